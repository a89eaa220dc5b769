import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QboError } from '../qbo/qbo-error';
import { BackgroundTask } from '../background-task';
import { PollingLoop } from './polling-loop';
import { SyncCustomerMirror } from './sync-customer-mirror';
import { EstimateLinkageParameters } from './estimate-linkage-parameters';
import { RekeyCustomerMirror } from './rekey-customer-mirror';

export interface CustomerMirrorTaskOptions {
  databaseUrl: string;
  pollIntervalMs: number;
  /** How long a replica owns a load before another may take it over. */
  leaseMs: number;
}

export const CUSTOMER_MIRROR_TASK_OPTIONS: ServiceIdentifier<CustomerMirrorTaskOptions> = Symbol.for('CustomerMirrorTaskOptions');

const WEBHOOK_CHANNEL = 'qbo_webhook';

/**
 * Background task: loads the mirror of each newly connected tenant (woken by NOTIFY qbo_webhook,
 * polled as well), re-estimates each tenant's linkage parameters (EM) after a load and
 * periodically, and re-keys one ready mirror keyed under an older LINKAGE_KEYS_VERSION per round
 * (RekeyCustomerMirror: from the stored rows, no QuickBooks read). Work is claimed in Postgres,
 * so replicas share it. Changes after the load (webhooks, the daily CDC backstop) are read by the
 * invoices part's ProcessCompanyChanges with one CDC call for every entity, which hands the
 * customers to SyncCustomerMirror.applyChanges.
 */
@injectable()
export class CustomerMirrorTask implements BackgroundTask {
  private readonly logger: Logger;
  readonly name = 'customer-mirror';
  private readonly loop: PollingLoop;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SyncCustomerMirror) private readonly sync: SyncCustomerMirror,
    @inject(EstimateLinkageParameters) private readonly estimate: EstimateLinkageParameters,
    @inject(RekeyCustomerMirror) private readonly rekey: RekeyCustomerMirror,
    @inject(CUSTOMER_MIRROR_TASK_OPTIONS) private readonly options: CustomerMirrorTaskOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-mirror' });
    const wakeOn = { databaseUrl: options.databaseUrl, channels: [WEBHOOK_CHANNEL] };
    this.loop = new PollingLoop(this.name, options.pollIntervalMs, () => this.tick(), this.logger, wakeOn);
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
    // One tenant's EM estimate per round (after its mirror loads, then every interval), claimed: any replica may take it.
    const estimated = await this.estimate.runDue(1);
    // One tenant's local re-key per round (after an upgrade that changed the keys), claimed; it never throws.
    const rekeyed = await this.rekey.runOnce();
    return estimated > 0 || rekeyed?.done === true;
  }

  private async loadNewTenants(): Promise<void> {
    const claimed: Array<{ tenant_id: string; realm_id: string; realm_changed: boolean }> = await this.db.query(
      `WITH fresh AS (
         INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, claimed_until)
         SELECT q.tenant_id, q.realm_id, 'loading', now() + $1 * interval '1 millisecond'
         FROM qbo_connections q LEFT JOIN qbo_customer_mirror_state s ON s.tenant_id = q.tenant_id
         WHERE q.status = 'connected' AND s.tenant_id IS NULL
         ON CONFLICT (tenant_id) DO NOTHING
         RETURNING tenant_id, realm_id, false AS realm_changed),
       retry AS (
         UPDATE qbo_customer_mirror_state s SET status = 'loading', claimed_until = now() + $1 * interval '1 millisecond',
                attempts = s.attempts + 1, updated_at = now()
         FROM qbo_connections q
         WHERE q.tenant_id = s.tenant_id AND q.status = 'connected' AND (s.status <> 'ready' OR s.realm_id <> q.realm_id)
           AND s.next_attempt_at <= now() AND (s.claimed_until IS NULL OR s.claimed_until < now())
         RETURNING s.tenant_id, q.realm_id, s.realm_id <> q.realm_id AS realm_changed)
       SELECT * FROM fresh UNION ALL SELECT * FROM retry`,
      [this.options.leaseMs],
    );
    for (const t of claimed) {
      try {
        if (t.realm_changed) await this.db.query(`DELETE FROM qbo_customer_mirror WHERE tenant_id = $1`, [t.tenant_id]);
        await withCallPurpose('load', () => this.sync.loadFull(t.tenant_id, t.realm_id));
      } catch (e) {
        await this.recordFailure(t.tenant_id, e, true);
      }
    }
  }

  private async recordFailure(tenantId: string, e: unknown, loading: boolean): Promise<void> {
    const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
    this.logger.warn({ tenantId, err: e, loading }, 'customer mirror load failed; will retry');
    await this.db.query(
      `UPDATE qbo_customer_mirror_state SET last_error = $2, claimed_until = NULL, updated_at = now(),
              status = CASE WHEN $3 THEN 'failed' ELSE status END,
              next_attempt_at = now() + least(power(2, attempts), 600) * interval '1 second',
              last_cdc_at = CASE WHEN $3 THEN last_cdc_at ELSE now() END
       WHERE tenant_id = $1`,
      [tenantId, message, loading],
    );
  }
}
