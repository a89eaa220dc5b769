import type { CliContext } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { ReadTenantStatus, TenantStatus, WindowView } from '../../invoices/read-tenant-status';
import type { QboUsageView } from '../../qbo/read-qbo-usage';

/** `npm run cli -- status <tenantId> [--json]`: the tenant's connection, invoices, schedule and last window. */
export const status: CliCommand = {
  name: 'status',
  usage: 'status <tenantId> [--json]',
  summary: "a tenant's invoices: pending, waiting, failed, next window, last window",
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const json = args.includes('--json');
    const tenantId = args.find((a) => !a.startsWith('--'));
    if (tenantId === undefined) {
      process.stderr.write('usage: npm run cli -- status <tenantId> [--json]\n');
      return 2;
    }
    const s = await ctx.container.get(ReadTenantStatus).run(tenantId);
    if (s === null) {
      process.stderr.write(`no tenant "${tenantId}" is known to this worker\n`);
      return 1;
    }
    if (json) ctx.out(JSON.stringify(s, null, 2));
    else for (const line of statusLines(s)) ctx.out(line);
    return 0;
  },
};

function statusLines(s: TenantStatus): string[] {
  const out: string[] = [];
  const c = s.connection;
  out.push(`Tenant ${s.tenantId} (${s.tenant.enabled ? 'enabled' : 'disabled: events are recorded, nothing is pushed'})`);
  out.push(`  QuickBooks: ${c.status}${c.company ? `, ${c.company}` : ''}${c.realm ? ` (realm ${c.realm})` : ''}${c.reason ? `: ${c.reason}` : ''}`);
  const i = s.invoices;
  out.push('');
  out.push(`Invoices pending: ${i.pending}${i.oldestPendingAgeSeconds !== null ? `, the oldest for ${age(i.oldestPendingAgeSeconds)}` : ''}`);
  out.push(`  ready for the next window: ${i.readyForNextWindow}; in a batch being sent: ${i.inFlight}`);
  if (i.waiting.total > 0) {
    out.push(`  waiting: ${i.waiting.total}`);
    for (const w of i.waiting.reasons) {
      out.push(`    ${w.count} × ${w.reason} (e.g. ${w.examples.map((e) => e.number ?? e.invoiceId).join(', ')})`);
    }
  }
  if (i.beforeSyncStartDate > 0) out.push(`  not synced, issued before ${s.tenant.syncFrom ?? 'the sync start date'}: ${i.beforeSyncStartDate}`);
  out.push(`Invoices failed: ${i.failed.total}${i.failed.total > 0 ? ' (each is retried by itself when a newer version arrives)' : ''}`);
  for (const f of i.failed.invoices.slice(0, 20)) out.push(`  ${f.number ?? f.invoiceId} (v${f.version}): ${f.reason}`);
  out.push('');
  const sc = s.schedule;
  out.push(`Schedule: "${sc.cron}" in ${sc.timeZone}; next window ${sc.nextWindow ? `${sc.nextWindow.local} (${sc.nextWindow.utc})` : 'unknown'}`);
  if (sc.clockChange) out.push(`  ${sc.clockChange}`);
  if (sc.note) out.push(`  ${sc.note}`);
  if (s.runningWindow) out.push(`Running now: ${windowLine(s.runningWindow)}`);
  out.push(s.lastWindow ? `Last window: ${windowLine(s.lastWindow)}` : 'Last window: none yet');
  for (const f of s.lastWindow?.failures.slice(0, 20) ?? []) out.push(`  failed ${f.number ?? f.invoiceId}: ${f.reason}`);
  if (s.qboUsage) out.push('', ...usageLines(s.qboUsage));
  if (s.customers) {
    const c = s.customers;
    out.push(
      '',
      `Customers held for review: ${c.heldForReviewTotal}; possible duplicates flagged: ${c.possibleDuplicatesTotal}; notices: ${c.notices.length}`,
      `  (details: npm run cli -- customers review ${s.tenantId}; npm run cli -- duplicates ${s.tenantId})`,
    );
  }
  return out;
}

function usageLines(u: QboUsageView): string[] {
  const t = u.tenant;
  const a = u.app;
  const purposes = t.byPurpose.filter((p) => p.corePlus > 0).map((p) => `${p.purpose} ${p.corePlus}`).join(', ');
  const out = [
    `QuickBooks calls in ${t.month} (UTC): ${t.core} Core (writes), ${t.corePlus} CorePlus (reads, metered)${purposes ? ` — reads: ${purposes}` : ''}; today ${t.today.core} / ${t.today.corePlus}`,
    `  the app, every tenant: ${a.app.core} Core, ${a.app.corePlus} CorePlus = ${a.sharePercent}% of the monthly read budget of ${a.budget} (warning at ${a.warnPercent}%)`,
  ];
  if (a.backstopDeferred) out.push(`  past ${a.warnPercent}%: backstop reads (CDC catch-ups, periodic re-reads) wait; writes go on`);
  if (a.readsRefused) {
    out.push(
      `  QuickBooks refuses ${a.readsRefused.scope === 'app' ? "this app's reads" : "this company's reads"} since ${a.readsRefused.since}: ${a.readsRefused.reason}; reads wait, writes go on (next try ${a.readsRefused.nextProbeAt})`,
    );
  }
  return out;
}

function windowLine(w: WindowView): string {
  const what = w.trigger === 'run_now' ? `run now${w.requestedBy ? ` by ${w.requestedBy}` : ''}` : `scheduled for ${w.scheduledFor ?? '?'}`;
  const counts = `${w.pushed} pushed, ${w.updated} updated, ${w.voided} voided, ${w.failed} failed, ${w.waitingAtEnd} waiting, ${w.carriedToNextWindow} carried`;
  return `${w.status} (${what}; ${w.startedAt} → ${w.finishedAt ?? '…'}): ${counts}${w.note ? `; ${w.note}` : ''}`;
}

function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}
