import { inject, injectable, optional } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { FlushInvoices, FlushResult } from './flush-invoices';
import { InvoiceBacklog } from './invoice-backlog';
import { InvoiceWindowRepository, WindowStatus, WindowSummary, WindowTrigger } from './invoice-window-repository';
import { TenantWindowLock } from './tenant-window-lock';

export interface WindowRequest {
  tenantId: string;
  /** 'schedule' (with the cron occurrence it stands for), 'run_now' (operator), 'resume' (finish an interrupted window only). */
  trigger: WindowTrigger | 'resume';
  scheduledFor?: Date;
  requestedBy?: string;
  signal?: AbortSignal;
}

export type WindowRunResult =
  | { outcome: 'busy' }
  | { outcome: 'already-ran' }
  | { outcome: 'nothing-to-resume' }
  | { outcome: 'ran'; windowId: string; status: Exclude<WindowStatus, 'running'>; summary: WindowSummary; resumedWindowId: string | null };

interface TenantGate {
  enabled: boolean;
  connection_status: string | null;
  connection_reason: string | null;
}

/**
 * Runs one tenant's window, on exactly one replica at a time (the tenant's advisory lock).
 * A window left 'running' by a runner that died is resumed first. A disabled tenant or a
 * connection that needs a reconnect gives a 'skipped' window with the reason: nothing is pushed,
 * nothing is dropped.
 */
@injectable()
export class RunInvoiceWindow {
  private readonly logger: Logger;
  private readonly runner = `${hostname()}:${process.pid}`;

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(TenantWindowLock) private readonly lock: TenantWindowLock,
    @inject(InvoiceWindowRepository) private readonly windows: InvoiceWindowRepository,
    @inject(FlushInvoices) private readonly flush: FlushInvoices,
    @inject(InvoiceBacklog) private readonly backlog: InvoiceBacklog,
    @inject(LOGGER) logger: Logger,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async run(req: WindowRequest): Promise<WindowRunResult> {
    const started = process.hrtime.bigint();
    const result = await this.runOnce(req);
    const outcome = result.outcome === 'ran' ? result.status : result.outcome;
    this.metrics?.windows.inc({ trigger: req.trigger, outcome });
    if (result.outcome === 'ran') {
      this.metrics?.windowSeconds.observe({ trigger: req.trigger, status: result.status }, Number(process.hrtime.bigint() - started) / 1e9);
    }
    return result;
  }

  private async runOnce(req: WindowRequest): Promise<WindowRunResult> {
    const lock = await this.lock.tryAcquire(req.tenantId);
    if (lock === null) return { outcome: 'busy' };
    // The window stops between batches when asked to (shutdown) or when the lock is lost.
    req = { ...req, signal: req.signal ? AbortSignal.any([req.signal, lock.signal]) : lock.signal };
    try {
      let resumedWindowId: string | null = null;
      let last: WindowRunResult | null = null;
      const orphan = await this.windows.findRunning(req.tenantId);
      if (orphan) {
        this.logger.warn({ tenantId: req.tenantId, windowId: orphan.id, runner: orphan.runner }, 'resuming a window whose runner stopped');
        await this.windows.markResumed(orphan.id, this.runner);
        resumedWindowId = orphan.id;
        last = await this.execute(req, orphan.id, null);
      }
      if (req.trigger === 'resume') return last ?? { outcome: 'nothing-to-resume' };
      if (req.trigger === 'schedule') {
        if (req.scheduledFor === undefined) throw new Error('a scheduled window needs its occurrence time');
        if (await this.windows.hasOccurrence(req.tenantId, req.scheduledFor)) return last ?? { outcome: 'already-ran' };
      }
      const id = await this.windows.start(req.tenantId, req.trigger, req.scheduledFor ?? null, this.runner, req.requestedBy ?? null);
      if (id === null) return last ?? { outcome: 'already-ran' };
      return await this.execute(req, id, resumedWindowId);
    } finally {
      await lock.release();
    }
  }

  private async execute(req: WindowRequest, windowId: string, resumedWindowId: string | null): Promise<WindowRunResult> {
    const log = this.logger.child({ tenantId: req.tenantId, windowId, trigger: req.trigger });
    const started = Date.now();
    const gate = await this.gate(req.tenantId);
    let result: FlushResult;
    if (!gate.enabled) {
      result = skipped('the tenant is disabled: its events are recorded, nothing is pushed');
    } else if (gate.connection_status === null) {
      result = skipped('no QuickBooks company is connected');
    } else if (gate.connection_status !== 'connected') {
      result = skipped(`the QuickBooks connection is ${gate.connection_status.replace('_', ' ')}${gate.connection_reason ? ` (${gate.connection_reason})` : ''}: reconnect it; the invoices are kept`);
    } else {
      try {
        result = await this.flush.run({ tenantId: req.tenantId, windowId, signal: req.signal, readChangesFirst: req.trigger === 'run_now' ? 'pending' : 'due' });
      } catch (e) {
        log.error({ err: e }, 'invoice window failed');
        const backlog = await this.backlog.read(req.tenantId).catch(() => null);
        await this.windows.finish(windowId, 'incomplete', {
          ...emptySummary(),
          waiting: backlog?.waitingTotal ?? 0,
          carried: backlog ? backlog.ready + backlog.inFlight : 0,
          note: `stopped by an error: ${e instanceof Error ? e.message : String(e)}; the next run continues`,
        });
        throw e;
      }
    }
    const backlog = await this.backlog.read(req.tenantId);
    const summary: WindowSummary = { ...result.summary, waiting: backlog.waitingTotal, carried: backlog.ready + backlog.inFlight };
    const status = result.outcome === 'skipped' ? 'skipped' : result.outcome === 'incomplete' ? 'incomplete' : 'finished';
    await this.windows.finish(windowId, status, summary);
    log.info(
      {
        status,
        pushed: summary.pushed,
        updated: summary.updated,
        voided: summary.voided,
        failed: summary.failed,
        waiting: summary.waiting,
        carried: summary.carried,
        batches: summary.batches,
        ms: Date.now() - started,
        note: summary.note,
      },
      'invoice window done',
    );
    return { outcome: 'ran', windowId, status, summary, resumedWindowId };
  }

  private async gate(tenantId: string): Promise<TenantGate> {
    const rows = (await this.dataSource.query(
      `SELECT COALESCE(t.enabled, false) AS enabled, qc.status AS connection_status, qc.status_reason AS connection_reason
         FROM (SELECT $1::text AS tenant_id) x
         LEFT JOIN tenants t ON t.tenant_id = x.tenant_id
         LEFT JOIN qbo_connections qc ON qc.tenant_id = x.tenant_id`,
      [tenantId],
    )) as TenantGate[];
    return rows[0] ?? { enabled: false, connection_status: null, connection_reason: null };
  }
}

function emptySummary(): WindowSummary {
  return { pushed: 0, updated: 0, voided: 0, failed: 0, waiting: 0, carried: 0, batches: 0, failures: [], note: null };
}

function skipped(note: string): FlushResult {
  return { outcome: 'skipped', summary: { ...emptySummary(), note } };
}
