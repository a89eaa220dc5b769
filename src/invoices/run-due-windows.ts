import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { RunInvoiceWindow, WindowRunResult } from './run-invoice-window';
import { WindowSchedule } from '../domain/window-schedule';

export interface DueWindow {
  tenantId: string;
  /** The cron occurrence this window stands for; null when only an interrupted window is resumed. */
  scheduledFor: Date | null;
}

interface TenantRow {
  tenant_id: string;
  batch_cron: string;
  time_zone: string;
  connected_at: Date;
  last_scheduled: Date | null;
  has_running: boolean;
}

/** Tenants' windows run at once by one replica (INVOICE_WINDOW_CONCURRENCY). */
export const WINDOW_CONCURRENCY: ServiceIdentifier<number> = Symbol.for('WindowConcurrency');

/**
 * One scheduler pass: for every enabled tenant with a QuickBooks connection, the occurrences
 * are derived forward from the last scheduled window (or from when the tenant connected): the
 * latest occurrence after it and at or before `now` is due (a window missed while every pod
 * was down runs now, once). Clock changes: see WindowSchedule. A
 * window left running by a dead runner is resumed. Due windows run with bounded concurrency.
 */
@injectable()
export class RunDueWindows {
  private readonly logger: Logger;
  private readonly badSchedules = new Map<string, string>();

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(RunInvoiceWindow) private readonly runWindow: RunInvoiceWindow,
    @inject(WINDOW_CONCURRENCY) private readonly concurrency: number,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoice-scheduler' });
  }

  async due(now: Date): Promise<DueWindow[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.tenant_id, t.batch_cron, t.time_zone, qc.created_at AS connected_at,
              (SELECT max(w.scheduled_for) FROM invoice_windows w WHERE w.tenant_id = t.tenant_id AND w.trigger = 'schedule') AS last_scheduled,
              EXISTS (SELECT 1 FROM invoice_windows w WHERE w.tenant_id = t.tenant_id AND w.status = 'running') AS has_running
         FROM tenants t JOIN qbo_connections qc ON qc.tenant_id = t.tenant_id
        WHERE t.enabled AND qc.status IN ('connected', 'needs_reconnect')
        ORDER BY t.tenant_id`,
    )) as TenantRow[];
    const out: DueWindow[] = [];
    for (const r of rows) {
      let schedule: WindowSchedule;
      try {
        schedule = WindowSchedule.parse(r.batch_cron, r.time_zone);
        this.badSchedules.delete(r.tenant_id);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        if (this.badSchedules.get(r.tenant_id) !== why) this.logger.warn({ tenantId: r.tenant_id, reason: why }, 'tenant schedule unusable; no window runs');
        this.badSchedules.set(r.tenant_id, why);
        continue;
      }
      const since = r.last_scheduled ? new Date(r.last_scheduled) : new Date(r.connected_at);
      const due = schedule.latestBetween(since, now);
      if (due !== null) out.push({ tenantId: r.tenant_id, scheduledFor: due.at });
      else if (r.has_running) out.push({ tenantId: r.tenant_id, scheduledFor: null });
    }
    return out;
  }

  async run(now: Date, signal?: AbortSignal): Promise<Array<{ due: DueWindow; result: WindowRunResult | { outcome: 'error'; error: string } }>> {
    const queue = await this.due(now);
    const results: Array<{ due: DueWindow; result: WindowRunResult | { outcome: 'error'; error: string } }> = [];
    const worker = async () => {
      for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
        if (signal?.aborted) return;
        try {
          const result = await this.runWindow.run(
            d.scheduledFor === null
              ? { tenantId: d.tenantId, trigger: 'resume', signal }
              : { tenantId: d.tenantId, trigger: 'schedule', scheduledFor: d.scheduledFor, signal },
          );
          results.push({ due: d, result });
        } catch (e) {
          this.logger.error({ err: e, tenantId: d.tenantId }, 'invoice window failed; retried at the next tick');
          results.push({ due: d, result: { outcome: 'error', error: e instanceof Error ? e.message : String(e) } });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    return results;
  }
}
