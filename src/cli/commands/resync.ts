import { userInfo } from 'node:os';
import type { CliCommand, CliContext } from '../cli-command';
import { Drift, ResyncTenant } from '../../invoices/resync-tenant';
import { RunInvoiceWindow } from '../../invoices/run-invoice-window';

/**
 * `qbo-sync resync <tenant> [--dry-run] [--now] [--json]`: compares QuickBooks with what the worker
 * recorded and plans the repairs; prints them with --dry-run, writes them otherwise (sent in the
 * next window, or at once with --now).
 */
export const resync: CliCommand = {
  name: 'resync',
  usage: 'resync <tenantId> [--dry-run] [--now] [--json]',
  summary: 'compare QuickBooks with what was recorded (invoices deleted/voided/changed there, customers gone/inactive) and repair',
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const tenantId = args.find((a) => !a.startsWith('--'));
    if (tenantId === undefined) {
      process.stderr.write(`usage: qbo-sync ${resync.usage}\n`);
      return 2;
    }
    const dryRun = args.includes('--dry-run');
    const use = ctx.container.get(ResyncTenant);
    const plan = await use.plan(tenantId);
    if (plan === null) {
      process.stderr.write(`tenant "${tenantId}" has no connected QuickBooks company: nothing to compare\n`);
      return 1;
    }
    const applied = dryRun ? 0 : await use.apply(plan);
    let window: string | null = null;
    if (!dryRun && args.includes('--now') && applied > 0) {
      const r = await ctx.container.get(RunInvoiceWindow).run({ tenantId, trigger: 'run_now', requestedBy: `resync by ${safeUser()}` });
      window = r.outcome === 'ran' ? `window ${r.windowId} ${r.status}: ${r.summary.pushed} pushed, ${r.summary.updated} updated, ${r.summary.failed} failed` : `no window ran (${r.outcome})`;
    }
    if (args.includes('--json')) {
      ctx.out(JSON.stringify({ ...plan, dryRun, applied, window }, null, 2));
      return 0;
    }
    ctx.out(`Compared ${plan.checked.invoices} invoices and ${plan.checked.customers} linked customers of ${tenantId} with QuickBooks (realm ${plan.realmId}) in ${plan.qboQueries} queries.`);
    if (plan.drift.length === 0) ctx.out('QuickBooks holds what the worker recorded: nothing to repair.');
    for (const d of plan.drift) ctx.out(`  ${line(d)}`);
    if (plan.drift.length > 0) {
      ctx.out(dryRun ? `${plan.drift.length} repairs planned (--dry-run: nothing written).` : `${applied} of ${plan.drift.length} repairs written; ${window ?? 'they go out in the next window (or add --now).'}`);
    }
    return 0;
  },
};

function line(d: Drift): string {
  switch (d.kind) {
    case 'invoice-deleted':
      return `invoice ${d.invoiceId}: deleted in QuickBooks (Id ${d.qboInvoiceId}) → ${d.repair}`;
    case 'invoice-voided':
      return `invoice ${d.invoiceId}: voided in QuickBooks (Id ${d.qboInvoiceId}) → ${d.repair}`;
    case 'invoice-changed':
      return `invoice ${d.invoiceId}: changed in QuickBooks (Id ${d.qboInvoiceId}, SyncToken ${d.recordedSyncToken ?? '?'} → ${d.qboSyncToken}) → ${d.repair}`;
    case 'customer-missing':
      return `customer ${d.customerId}: its QuickBooks customer ${d.qboCustomerId} is gone → ${d.repair}`;
    case 'customer-inactive':
      return `customer ${d.customerId}: its QuickBooks customer ${d.qboCustomerId} was made inactive (or merged away) → ${d.repair}`;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
