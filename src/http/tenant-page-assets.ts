/**
 * The settings page's own stylesheet and script, served by the worker (nothing from a CDN).
 * Kept as strings so that `npm run build` ships them without a copy step.
 */

export const TENANT_PAGE_CSS = `
:root { --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; --card: #fff; --brand: #2c7a2c;
  --brand-dark: #1f5c1f; --danger: #b42318; --focus: #0b5fff; --ok-bg: #e8f5e9; --err-bg: #fdecea; --info-bg: #e8f0fe; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
body { margin: 0; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; top: 1rem; z-index: 10; }
.page-header { background: var(--brand-dark); color: #fff; padding: .6rem 1.5rem; }
.page-header .product { margin: 0; font-weight: 600; letter-spacing: .02em; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h1 .tenant { color: var(--muted); font-weight: 400; font-size: 1.1rem; }
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem; margin: 0 0 1.25rem; }
.field { margin: 0 0 1.1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1.1rem; padding: .75rem 1rem .25rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
.radio { display: flex; align-items: center; gap: .5rem; margin-bottom: .5rem; }
.radio label { display: inline; font-weight: 400; margin: 0; }
input[type=text], input[type=date], select { width: 100%; max-width: 28rem; padding: .45rem .6rem; border: 1px solid #8c959f; border-radius: 6px; font: inherit; background: #fff; }
input[aria-invalid=true], select[aria-invalid=true] { border-color: var(--danger); border-width: 2px; }
.hint { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
.muted { color: var(--muted); }
.field-error { color: var(--danger); font-weight: 600; margin: .3rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.switch-field { display: grid; grid-template-columns: auto 1fr; column-gap: .75rem; align-items: center; }
.switch-field .hint, .switch-field .field-error { grid-column: 1 / -1; }
.switch-field label { margin: 0; }
input[role=switch] { appearance: none; -webkit-appearance: none; width: 3rem; height: 1.6rem; border-radius: 1rem; background: #8c959f; position: relative; cursor: pointer; margin: 0; transition: background .15s; }
input[role=switch]::after { content: ""; position: absolute; top: .2rem; left: .2rem; width: 1.2rem; height: 1.2rem; border-radius: 50%; background: #fff; transition: left .15s; }
input[role=switch]:checked { background: var(--brand); }
input[role=switch]:checked::after { left: 1.6rem; }
button { font: inherit; font-weight: 600; border-radius: 6px; padding: .55rem 1.1rem; cursor: pointer; border: 2px solid transparent; }
.button-primary { background: var(--brand); color: #fff; }
.button-primary:hover { background: var(--brand-dark); }
.button-secondary { background: #fff; color: var(--brand-dark); border-color: var(--brand); }
.button-danger { background: #fff; color: var(--danger); border-color: var(--danger); }
.actions { display: flex; gap: .75rem; flex-wrap: wrap; align-items: center; margin-top: .5rem; }
.inline-form { display: inline; margin: 0; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
input[role=switch]:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; }
.notice { padding: .75rem 1rem; border-radius: 6px; margin: 0 0 1rem; border-left: 5px solid; }
.notice-success { background: var(--ok-bg); border-color: var(--brand); }
.notice-error { background: var(--err-bg); border-color: var(--danger); }
.notice-info { background: var(--info-bg); border-color: var(--focus); }
.error-summary { border: 3px solid var(--danger); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; background: #fff; }
.error-summary h2 { color: var(--danger); }
.error-summary a { color: var(--danger); font-weight: 600; }
.connection { font-size: 1.05rem; margin: 0 0 .5rem; }
.connection-connected::before { content: "● "; color: var(--brand); }
.connection-needs_reconnect::before, .connection-disconnected::before { content: "● "; color: var(--danger); }
.connection-not_connected::before { content: "○ "; color: var(--muted); }
.status-lines { padding-left: 1.2rem; margin: 0; }
.status-lines li { margin-bottom: .35rem; }
.failures li, .reviews li { margin-bottom: .35rem; }
.duplicate { border-top: 1px solid var(--line); padding-top: .5rem; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;

export const TENANT_PAGE_JS = `
(function () {
  'use strict';
  // Ask before disconnecting (the form works without this script too).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
  // Move focus to the error summary so keyboard and screen-reader users land on it.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  // Say "on"/"off" next to the switch as it changes.
  var toggle = document.getElementById('enabled');
  if (toggle) {
    var state = document.createElement('span');
    state.className = 'muted';
    state.setAttribute('aria-hidden', 'true');
    var show = function () { state.textContent = toggle.checked ? 'On' : 'Off'; };
    show();
    toggle.addEventListener('change', show);
    var label = document.querySelector('label[for=enabled]');
    if (label) label.appendChild(document.createTextNode(' ')), label.appendChild(state);
  }
})();
`;
