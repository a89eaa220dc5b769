import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import { AWAITING_COMPANY_SETTINGS_METHOD, AWAITING_INVOICE_METHOD, WAITING_METHODS } from './customer-link-repository';

/** Where the read of the tenant's company settings and lists is (qbo_company_lists), for the status. */
export interface CompanySettingsLoad {
  /** 'not-started': the company is not connected yet, or the read was not claimed yet (lists of a former company: not started). */
  status: 'not-started' | 'loading' | 'ready' | 'failed';
  /** Failed reads since the last success (the retry delay doubles with each, up to 10 minutes). */
  failures: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

/** A tenant's customers not created yet because their create waits, by what they wait for. */
export interface WaitingCustomers {
  /** Multi-currency: waiting for their first invoice (its currency). */
  firstInvoice: number;
  /** Just after a connect: waiting for the company's settings to be read. */
  companySettings: number;
  /** Where that read is. */
  settingsLoad: CompanySettingsLoad;
}

/**
 * The customers whose create waits (links 'pending' with a waiting method; a deletion clears the
 * wait), for the status, with where the read of the company's settings is, so a wait that lasts
 * shows its cause.
 */
@injectable()
export class ReadWaitingCustomers {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async run(tenantId: string): Promise<WaitingCustomers> {
    const [counts, settingsLoad] = await Promise.all([this.count(tenantId), this.settingsLoad(tenantId)]);
    return { ...counts, settingsLoad };
  }

  private async count(tenantId: string): Promise<{ firstInvoice: number; companySettings: number }> {
    const rows = (await this.db.query(
      `SELECT count(*) FILTER (WHERE method = '${AWAITING_INVOICE_METHOD}')::int AS invoice,
              count(*) FILTER (WHERE method = '${AWAITING_COMPANY_SETTINGS_METHOD}')::int AS settings
         FROM customer_links WHERE tenant_id = $1 AND method = ANY($2::text[]) AND status = 'pending'`,
      [tenantId, WAITING_METHODS],
    )) as Array<{ invoice: number; settings: number }>;
    return { firstInvoice: rows[0]?.invoice ?? 0, companySettings: rows[0]?.settings ?? 0 };
  }

  private async settingsLoad(tenantId: string): Promise<CompanySettingsLoad> {
    const rows = (await this.db.query(
      `SELECT CASE WHEN l.realm_id = c.realm_id THEN l.status ELSE 'not-started' END AS status, l.attempts, l.last_error, l.next_attempt_at
         FROM qbo_company_lists l LEFT JOIN qbo_connections c ON c.tenant_id = l.tenant_id WHERE l.tenant_id = $1`,
      [tenantId],
    )) as Array<{ status: CompanySettingsLoad['status']; attempts: number; last_error: string | null; next_attempt_at: Date | null }>;
    const r = rows[0];
    if (r === undefined) return { status: 'not-started', failures: 0, lastError: null, nextAttemptAt: null };
    return {
      status: r.status,
      // attempts counts the retries claimed (CompanyListsTask): a failed read not retried yet is one more.
      failures: r.status === 'failed' ? r.attempts + 1 : r.status === 'loading' ? r.attempts : 0,
      lastError: r.status === 'ready' || r.status === 'not-started' ? null : r.last_error,
      nextAttemptAt: r.status === 'failed' ? new Date(r.next_attempt_at ?? Date.now()).toISOString() : null,
    };
  }
}
