import { inject, injectable, ServiceIdentifier } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { BackgroundTask } from '../background-task';
import { PollingLoop } from '../customers/polling-loop';
import { returnedRows } from '../customers/returned-rows';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { ProcessCompanyWebhooks } from './process-company-webhooks';
import { SyncCompanyLists } from './sync-company-lists';

export interface CompanyListsTaskOptions {
  databaseUrl: string;
  pollIntervalMs: number;
  /** How often CDC catches up items, accounts, tax codes and invoice balances (the backstop of webhooks). */
  cdcIntervalMs: number;
  leaseMs: number;
}

export const COMPANY_LISTS_TASK_OPTIONS: ServiceIdentifier<CompanyListsTaskOptions> = Symbol.for('CompanyListsTaskOptions');

/**
 * Background task: reads each newly connected (or reconnected) tenant's company lists and
 * profile, works through the webhook notifications of items, accounts, tax codes, invoices and
 * payments (woken by NOTIFY qbo_webhook), and runs the CDC backstop every `cdcIntervalMs`. Work is
 * claimed in Postgres, so replicas share it.
 */
@injectable()
export class CompanyListsTask implements BackgroundTask {
  readonly name = 'company-lists';
  private readonly logger: Logger;
  private readonly loop: PollingLoop;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SyncCompanyLists) private readonly sync: SyncCompanyLists,
    @inject(ProcessCompanyWebhooks) private readonly webhooks: ProcessCompanyWebhooks,
    @inject(COMPANY_LISTS_TASK_OPTIONS) private readonly options: CompanyListsTaskOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'company-lists' });
    this.loop = new PollingLoop(this.name, options.pollIntervalMs, () => this.tick(), this.logger, {
      databaseUrl: options.databaseUrl,
      channels: ['qbo_webhook'],
    });
  }

  async start(): Promise<void> {
    await this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** One round; true when there may be more to do at once. */
  async tick(): Promise<boolean> {
    await this.loadNewTenants();
    const handled = await this.webhooks.run(50);
    await this.pollDueTenants();
    return handled >= 50;
  }

  private async loadNewTenants(): Promise<void> {
    const claimed: Array<{ tenant_id: string; realm_id: string }> = await this.db.query(
      `WITH fresh AS (
         INSERT INTO qbo_company_lists (tenant_id, realm_id, status, claimed_until)
         SELECT q.tenant_id, q.realm_id, 'loading', now() + $1 * interval '1 millisecond'
         FROM qbo_connections q LEFT JOIN qbo_company_lists s ON s.tenant_id = q.tenant_id
         WHERE q.status = 'connected' AND s.tenant_id IS NULL
         ON CONFLICT (tenant_id) DO NOTHING
         RETURNING tenant_id, realm_id),
       retry AS (
         UPDATE qbo_company_lists s SET status = 'loading', realm_id = q.realm_id, claimed_until = now() + $1 * interval '1 millisecond',
                attempts = s.attempts + 1, updated_at = now()
         FROM qbo_connections q
         WHERE q.tenant_id = s.tenant_id AND q.status = 'connected' AND (s.status <> 'ready' OR s.realm_id <> q.realm_id)
           AND s.next_attempt_at <= now() AND (s.claimed_until IS NULL OR s.claimed_until < now())
         RETURNING s.tenant_id, q.realm_id)
       SELECT * FROM fresh UNION ALL SELECT * FROM retry`,
      [this.options.leaseMs],
    );
    for (const t of claimed) {
      try {
        await withCallPurpose('connect', () => this.sync.loadFull(t.tenant_id, t.realm_id));
      } catch (e) {
        await this.recordFailure(t.tenant_id, e, true);
      }
    }
  }

  private async pollDueTenants(): Promise<void> {
    const result: unknown = await this.db.query(
      `WITH due AS (
         SELECT s.tenant_id FROM qbo_company_lists s
         JOIN qbo_connections q ON q.tenant_id = s.tenant_id AND q.status = 'connected' AND q.realm_id = s.realm_id
         WHERE s.status = 'ready' AND (s.last_cdc_at IS NULL OR s.last_cdc_at < now() - $1 * interval '1 millisecond')
           AND (s.claimed_until IS NULL OR s.claimed_until < now())
         ORDER BY s.last_cdc_at NULLS FIRST LIMIT 20
         FOR UPDATE OF s SKIP LOCKED)
       UPDATE qbo_company_lists s SET claimed_until = now() + $2 * interval '1 millisecond'
       FROM due WHERE s.tenant_id = due.tenant_id RETURNING s.tenant_id, s.realm_id`,
      [this.options.cdcIntervalMs, this.options.leaseMs],
    );
    for (const t of returnedRows<{ tenant_id: string; realm_id: string }>(result)) {
      try {
        // The backstop of webhooks: deferred while the app's read budget is past its warning share.
        await withCallPurpose('backstop', () => this.sync.pollChanges(t.tenant_id, t.realm_id));
      } catch (e) {
        await this.recordFailure(t.tenant_id, e, false);
      }
    }
  }

  private async recordFailure(tenantId: string, e: unknown, loading: boolean): Promise<void> {
    const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
    this.logger.warn({ tenantId, err: e, loading }, loading ? 'company lists load failed; will retry' : 'company lists CDC poll failed; will retry');
    await this.db.query(
      `UPDATE qbo_company_lists SET last_error = $2, claimed_until = NULL, updated_at = now(),
              status = CASE WHEN $3 THEN 'failed' ELSE status END,
              next_attempt_at = now() + least(power(2, attempts), 600) * interval '1 second',
              last_cdc_at = CASE WHEN $3 THEN last_cdc_at ELSE now() END
       WHERE tenant_id = $1`,
      [tenantId, message, loading],
    );
  }
}
