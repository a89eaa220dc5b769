import { Worker } from '../../src/worker';
import { CustomerHarness } from './customer-harness';

/** The client id of a person editing the company in QuickBooks: another app's connection, so its calls are not the worker's. */
export const PERSON = 'a-person-in-quickbooks';

/**
 * A customer harness with one in-process worker, webhooks on as in production: a tenant's
 * notifications wait up to 1.5 s to be read together; no CDC backstop during the test (an hour).
 */
export async function startWebhookHarness(): Promise<{ h: CustomerHarness; worker: Worker }> {
  const h = await CustomerHarness.start();
  const worker = await h.startWorker({ CUSTOMER_WEBHOOK_DELAY_MS: '1500', CUSTOMER_WEBHOOK_OTHER_DELAY_MS: '1500', CUSTOMER_CDC_BACKSTOP_MS: '3600000' });
  h.emulator.updateConfig({ webhooks: { urls: [`http://127.0.0.1:${worker.httpPort ?? 0}/webhooks/intuit`], createUpdateEvents: true } });
  return { h, worker };
}

export async function stopWebhookHarness(h: CustomerHarness | undefined): Promise<void> {
  h?.emulator.updateConfig({ webhooks: { urls: [] } });
  await h?.close();
}

/** Calls to company `realmId` as the person in QuickBooks. */
export async function asPerson(h: CustomerHarness, realmId: string): Promise<(method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>> {
  const conn = await h.admin<{ accessToken: string }>('POST', `/_emulator/realms/${realmId}/connections`, { clientId: PERSON });
  return async (method, path, body) => {
    const res = await fetch(`${h.emulator.url}/v3/company/${realmId}${path}`, {
      method,
      headers: { authorization: `Bearer ${conn.accessToken}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
}

/** The company's webhook notifications not yet processed. */
export async function pendingNotifications(h: CustomerHarness, realmId: string): Promise<number> {
  const rows = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM qbo_webhook_notifications WHERE realm_id = $1 AND processed_at IS NULL`, [realmId])) as Array<{ n: number }>;
  return rows[0]?.n ?? 0;
}
