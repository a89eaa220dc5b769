import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';

export type RetryResult = { ok: true; number: string | null } | { ok: false; reason: 'unknown' | 'not-failed'; message: string };

/**
 * A person asks for a failed invoice to be sent again without waiting for a newer version from
 * upstream (the fix was made in QuickBooks: a number freed, a customer reactivated, a period
 * reopened). Its failure is cleared, so the invoice is pending again (the invoice-sync-state
 * triggers) and goes out in the next window, or at once with Send now. Logged with who asked.
 */
@injectable()
export class RetryFailedInvoice {
  private readonly logger: Logger;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async run(tenantId: string, invoiceId: string, actor: string): Promise<RetryResult> {
    if (invoiceId.includes('\u0000')) return { ok: false, reason: 'unknown', message: 'no such invoice is known for this account' }; // Postgres text cannot hold NUL
    const known = (await this.db.query(`SELECT number FROM invoices WHERE tenant_id = $1 AND id = $2`, [tenantId, invoiceId])) as Array<{ number: string | null }>;
    const invoice = known[0];
    if (invoice === undefined) return { ok: false, reason: 'unknown', message: `no invoice ${invoiceId} is known for this account` };
    const cleared = (await this.db.query(
      `UPDATE invoice_sync s SET failed_version = NULL, failure_code = NULL, failure_reason = NULL, conflict_qbo_invoice_id = NULL,
              retry_count = 0, last_error = NULL, updated_at = now()
         FROM invoices i
        WHERE s.tenant_id = $1 AND s.invoice_id = $2 AND i.tenant_id = s.tenant_id AND i.id = s.invoice_id
          AND s.failed_version IS NOT NULL AND s.failed_version >= i.version
        RETURNING s.invoice_id`,
      [tenantId, invoiceId],
    )) as [unknown[], number];
    if (cleared[1] === 0) return { ok: false, reason: 'not-failed', message: `invoice ${invoice.number ?? invoiceId} is not failed (any more): nothing to retry` };
    this.logger.info({ tenantId, invoiceId, actor }, 'failed invoice released for a retry');
    return { ok: true, number: invoice.number };
  }
}
