import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';

/** 'retry': a window that ended incomplete tried again the same night (WindowRetries). */
export type WindowTrigger = 'schedule' | 'run_now' | 'retry';
export type WindowStatus = 'running' | 'finished' | 'incomplete' | 'skipped';

export interface WindowFailure {
  invoiceId: string;
  number: string | null;
  code: string;
  reason: string;
}

export interface WindowSummary {
  pushed: number;
  updated: number;
  voided: number;
  failed: number;
  waiting: number;
  carried: number;
  batches: number;
  failures: WindowFailure[];
  note: string | null;
}

export interface WindowRecord extends WindowSummary {
  id: string;
  tenantId: string;
  trigger: WindowTrigger;
  scheduledFor: Date | null;
  status: WindowStatus;
  runner: string;
  requestedBy: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  resumed: number;
}

interface Row {
  id: string;
  tenant_id: string;
  trigger: WindowTrigger;
  scheduled_for: Date | null;
  status: WindowStatus;
  runner: string;
  requested_by: string | null;
  started_at: Date;
  finished_at: Date | null;
  resumed: number;
  pushed: number;
  updated: number;
  voided: number;
  failed: number;
  waiting: number;
  carried: number;
  batches: number;
  failures: WindowFailure[];
  note: string | null;
}

/** At most this many failures are kept per window row (the count is exact). */
const MAX_FAILURES_KEPT = 200;

/** The invoice_windows table: one row per window run (scheduled occurrence or run-now). */
@injectable()
export class InvoiceWindowRepository {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** A window left 'running' by a runner that died (call while holding the tenant's lock). */
  async findRunning(tenantId: string): Promise<WindowRecord | null> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM invoice_windows WHERE tenant_id = $1 AND status = 'running' ORDER BY started_at DESC LIMIT 1`,
      [tenantId],
    )) as Row[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async hasOccurrence(tenantId: string, scheduledFor: Date): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM invoice_windows WHERE tenant_id = $1 AND trigger = 'schedule' AND scheduled_for = $2`,
      [tenantId, scheduledFor],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Starts a window row; null when this scheduled occurrence already has one. */
  async start(tenantId: string, trigger: WindowTrigger, scheduledFor: Date | null, runner: string, requestedBy: string | null): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `INSERT INTO invoice_windows (tenant_id, trigger, scheduled_for, runner, requested_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, scheduled_for) WHERE trigger = 'schedule' DO NOTHING
       RETURNING id`,
      [tenantId, trigger, scheduledFor, runner, requestedBy],
    )) as Array<{ id: string }>;
    return rows[0] ? String(rows[0].id) : null;
  }

  async markResumed(id: string, runner: string): Promise<void> {
    await this.dataSource.query(`UPDATE invoice_windows SET resumed = resumed + 1, runner = $2 WHERE id = $1`, [id, runner]);
  }

  /** Closes a window, adding this run's counts to what an earlier (crashed) run of it recorded. */
  async finish(id: string, status: Exclude<WindowStatus, 'running'>, s: WindowSummary): Promise<void> {
    await this.dataSource.query(
      `UPDATE invoice_windows SET status = $2, finished_at = now(),
         pushed = pushed + $3, updated = updated + $4, voided = voided + $5, failed = failed + $6,
         waiting = $7, carried = $8, batches = batches + $9,
         failures = (SELECT COALESCE(jsonb_agg(f), '[]'::jsonb) FROM (
                       SELECT f FROM jsonb_array_elements(failures || $10::jsonb) f LIMIT ${MAX_FAILURES_KEPT}) x),
         note = $11
       WHERE id = $1`,
      [id, status, s.pushed, s.updated, s.voided, s.failed, s.waiting, s.carried, s.batches, JSON.stringify(s.failures), s.note],
    );
  }

  async latest(tenantId: string, opts: { finishedOnly?: boolean } = {}): Promise<WindowRecord | null> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM invoice_windows WHERE tenant_id = $1 ${opts.finishedOnly ? `AND status <> 'running'` : ''}
        ORDER BY started_at DESC, id DESC LIMIT 1`,
      [tenantId],
    )) as Row[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The tenant's windows, newest first, `limit` at most, older than window `beforeId` when given. */
  async page(tenantId: string, limit: number, beforeId: string | null): Promise<WindowRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM invoice_windows WHERE tenant_id = $1 AND ($3::bigint IS NULL OR id < $3::bigint)
        ORDER BY id DESC LIMIT $2`,
      [tenantId, limit, beforeId],
    )) as Row[];
    return rows.map(toRecord);
  }

  async list(tenantId: string): Promise<WindowRecord[]> {
    const rows = (await this.dataSource.query(`SELECT * FROM invoice_windows WHERE tenant_id = $1 ORDER BY started_at, id`, [tenantId])) as Row[];
    return rows.map(toRecord);
  }
}

function toRecord(r: Row): WindowRecord {
  return {
    id: String(r.id),
    tenantId: r.tenant_id,
    trigger: r.trigger,
    scheduledFor: r.scheduled_for ? new Date(r.scheduled_for) : null,
    status: r.status,
    runner: r.runner,
    requestedBy: r.requested_by,
    startedAt: new Date(r.started_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
    resumed: r.resumed,
    pushed: r.pushed,
    updated: r.updated,
    voided: r.voided,
    failed: r.failed,
    waiting: r.waiting,
    carried: r.carried,
    batches: r.batches,
    failures: r.failures,
    note: r.note,
  };
}
