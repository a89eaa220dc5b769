export interface AuthorizePageInput {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  realms: { realmId: string; companyName: string }[];
  error?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The sign-in + consent page of the emulated Intuit authorisation server. */
export function renderAuthorizePage(input: AuthorizePageInput): string {
  const e = escapeHtml;
  const realmOptions = input.realms
    .map((r) => `<option value="${e(r.realmId)}">${e(r.companyName)} (${e(r.realmId)})</option>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in - QBO emulator</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto}label{display:block;margin-top:1rem}input,select{width:100%;padding:.4rem}.error{color:#b00}button{margin-top:1.5rem;padding:.5rem 1rem}</style>
</head>
<body>
<h1>QuickBooks Online emulator</h1>
<p>The application <strong>${e(input.clientId)}</strong> asks to connect to a company (scope: <code>${e(input.scope)}</code>).</p>
${input.error ? `<p class="error" role="alert">${e(input.error)}</p>` : ''}
<form method="post" action="/connect/oauth2">
  <input type="hidden" name="client_id" value="${e(input.clientId)}">
  <input type="hidden" name="redirect_uri" value="${e(input.redirectUri)}">
  <input type="hidden" name="response_type" value="code">
  <input type="hidden" name="scope" value="${e(input.scope)}">
  <input type="hidden" name="state" value="${e(input.state)}">
  <label for="email">Email or user ID</label>
  <input id="email" name="email" type="email" autocomplete="username" required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <label for="realmId">Company to connect</label>
  <select id="realmId" name="realmId">
    <option value="new">Create a new company</option>
    ${realmOptions}
  </select>
  <label for="companyName">New company name (when creating a new company)</label>
  <input id="companyName" name="companyName" type="text" maxlength="100">
  <button type="submit" name="decision" value="allow">Connect</button>
  <button type="submit" name="decision" value="deny" formnovalidate>Cancel</button>
</form>
</body>
</html>`;
}

export function renderErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error - QBO emulator</title></head><body><h1>Authorisation error</h1><p role="alert">${escapeHtml(message)}</p></body></html>`;
}
