import { inject, injectable, ServiceIdentifier } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { BackgroundTask } from '../background-task';
import { PollingLoop } from '../customers/polling-loop';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { ProcessCompanyChanges } from './process-company-changes';
import { SyncCompanyLists } from './sync-company-lists';

export interface CompanyListsTaskOptions {
  databaseUrl: string;
  pollIntervalMs: number;
  leaseMs: number;
}

export const COMPANY_LISTS_TASK_OPTIONS: ServiceIdentifier<CompanyListsTaskOptions> = Symbol.for('CompanyListsTaskOptions');

/**
 * Background task: reads each newly connected (or reconnected) tenant's company lists and
 * profile, and reads every tenant's company changes (ProcessCompanyChanges: one CDC call for
 * customers, lists, invoices and payments, for its webhook notifications and as the daily
 * backstop; woken by NOTIFY qbo_webhook). Work is claimed in Postgres, so replicas share it.
 */
@injectable()
export class CompanyListsTask implements BackgroundTask {
  readonly name = 'company-lists';
  private readonly logger: Logger;
  private readonly loop: PollingLoop;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SyncCompanyLists) private readonly sync: SyncCompanyLists,
    @inject(ProcessCompanyChanges) private readonly changes: ProcessCompanyChanges,
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
    const handled = await this.changes.run(50);
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
        // Claimed with the others of this round, loaded one after another: a window may have read them meanwhile (LoadRunCompany).
        const done = (await this.db.query(`SELECT 1 FROM qbo_company_lists WHERE tenant_id = $1 AND realm_id = $2 AND status = 'ready'`, [t.tenant_id, t.realm_id])) as unknown[];
        if (done.length > 0) continue;
        await withCallPurpose('connect', () => this.sync.loadFull(t.tenant_id, t.realm_id));
      } catch (e) {
        await this.recordFailure(t.tenant_id, e);
      }
    }
  }

  private async recordFailure(tenantId: string, e: unknown): Promise<void> {
    const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
    this.logger.warn({ tenantId, err: e }, 'company lists load failed; will retry');
    await this.db.query(
      `UPDATE qbo_company_lists SET last_error = $2, claimed_until = NULL, updated_at = now(), status = 'failed',
              next_attempt_at = now() + least(power(2, attempts), 600) * interval '1 second'
       WHERE tenant_id = $1`,
      [tenantId, message],
    );
  }
}
