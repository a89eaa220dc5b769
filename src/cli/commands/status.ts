import type { CliContext } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { CountDeadLetters, DeadLetterCounts } from '../../ingest/dead-letter-counts';
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
    const deadLetters = await ctx.container.get(CountDeadLetters).run(tenantId);
    if (json) ctx.out(JSON.stringify({ ...s, deadLetters }, null, 2));
    else for (const line of [...statusLines(s), ...deadLetterLines(deadLetters)]) ctx.out(line);
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
  if (s.syncEvents) {
    const e = s.syncEvents;
    out.push(`Sync events not yet published: ${e.unpublished}${e.oldestUnpublishedAgeSeconds !== null ? ` (the oldest committed ${e.oldestUnpublishedAgeSeconds} s ago)` : ''}`);
  }
  if (s.quickbooks) {
    const q = s.quickbooks;
    out.push('');
    if (q.company) {
      const co = q.company;
      out.push(
        `QuickBooks company: ${co.name ?? '?'} (${co.country ?? '?'}, ${co.homeCurrency ?? '?'}${co.multiCurrency ? ', multi-currency' : ''}${co.country === 'US' ? (co.automatedSalesTax ? ', automated sales tax' : ', manual sales tax') : ''}; ${co.customTxnNumbers ? 'invoice numbers from your system' : 'QuickBooks numbers invoices sent without a number'})`,
      );
    }
    out.push(`Differences with QuickBooks' figures: ${q.differences.total}`);
    for (const d of q.differences.invoices.slice(0, 20)) out.push(`  ${d.number ?? d.invoiceId}: ${d.message}`);
    if (q.numberedByQuickBooks.total > 0) {
      out.push(`Numbered by QuickBooks: ${q.numberedByQuickBooks.total}`);
      for (const n of q.numberedByQuickBooks.invoices.slice(0, 20)) out.push(`  ${n.invoiceId} → ${n.docNumber}`);
    }
    out.push(`Payments: ${q.payments.paid} paid in full, ${q.payments.partlyPaid} partly paid`);
    for (const p of q.payments.invoices.slice(0, 20)) out.push(`  ${p.number ?? p.invoiceId}: ${p.paidState}, balance ${p.balance}${p.total !== null ? ` of ${p.total}` : ''}`);
  }
  if (s.qboUsage) out.push('', ...usageLines(s.qboUsage));
  if (s.customers) {
    const c = s.customers;
    out.push(
      '',
      `Customers held for review: ${c.heldForReviewTotal}; possible duplicates flagged: ${c.possibleDuplicatesTotal}; notices: ${c.notices.length}`,
      `  (details: npm run cli -- customers review ${s.tenantId}; npm run cli -- duplicates ${s.tenantId})`,
    );
    if (c.awaitingFirstInvoice.total > 0) out.push(`Customers not created yet: ${c.awaitingFirstInvoice.total}, ${c.awaitingFirstInvoice.reason}`);
    if (c.awaitingCompanySettings.total > 0) out.push(`Customers not created yet: ${c.awaitingCompanySettings.total}, ${c.awaitingCompanySettings.reason}`);
  }
  return out;
}

function deadLetterLines(d: DeadLetterCounts): string[] {
  if (d.total === 0) return ['', 'Dead letters: none'];
  const out = ['', `Dead letters: ${d.total} (${d.open} not redriven) — qbo-sync dead-letters list`];
  for (const r of d.byReason) out.push(`  ${r.count} × ${r.code} (${r.open} not redriven), last at ${r.lastAt}`);
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
  const what =
    w.trigger === 'run_now'
      ? `run now${w.requestedBy ? ` by ${w.requestedBy}` : ''}`
      : w.trigger === 'retry'
        ? `retry of an incomplete window${w.requestedBy ? ` (${w.requestedBy})` : ''}`
        : `scheduled for ${w.scheduledFor ?? '?'}`;
  const counts = `${w.pushed} pushed, ${w.updated} updated, ${w.voided} voided, ${w.failed} failed, ${w.waitingAtEnd} waiting, ${w.carriedToNextWindow} carried`;
  return `${w.status} (${what}; ${w.startedAt} → ${w.finishedAt ?? '…'}): ${counts}${w.note ? `; ${w.note}` : ''}`;
}

function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}
