import { userInfo } from 'node:os';
import type { CliContext } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { RunInvoiceWindow } from '../../invoices/run-invoice-window';

/**
 * `npm run cli -- run-now <tenantId>`: runs the tenant's invoice window now, for support cases.
 * Logged with who asked; one at a time per tenant (the same lock as the scheduler's windows).
 */
export const runNow: CliCommand = {
  name: 'run-now',
  usage: 'run-now <tenantId> [--by <name>]',
  summary: "push a tenant's invoices now instead of at its next window (support only; logged)",
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const tenantId = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--by');
    if (tenantId === undefined) {
      process.stderr.write('usage: npm run cli -- run-now <tenantId> [--by <name>]\n');
      return 2;
    }
    const byIndex = args.indexOf('--by');
    const requestedBy = (byIndex >= 0 ? args[byIndex + 1] : undefined) ?? process.env.SUDO_USER ?? safeUser();
    ctx.logger.warn({ tenantId, requestedBy, command: 'run-now' }, 'operator asked for an invoice window now');
    const result = await ctx.container.get(RunInvoiceWindow).run({ tenantId, trigger: 'run_now', requestedBy });
    if (result.outcome === 'busy') {
      process.stderr.write(`a window is running for ${tenantId} right now (scheduler or another run-now); try again when it is done\n`);
      return 3;
    }
    if (result.outcome !== 'ran') {
      process.stderr.write(`nothing ran (${result.outcome})\n`);
      return 1;
    }
    const s = result.summary;
    ctx.out(
      `window ${result.windowId} ${result.status}: ${s.pushed} pushed, ${s.updated} updated, ${s.voided} voided, ${s.failed} failed, ` +
        `${s.waiting} waiting, ${s.carried} carried, ${s.batches} batch requests${s.note ? `; ${s.note}` : ''}`,
    );
    for (const f of s.failures.slice(0, 20)) ctx.out(`  failed ${f.number ?? f.invoiceId}: ${f.reason}`);
    if (result.resumedWindowId !== null) ctx.out(`  (first finished window ${result.resumedWindowId}, interrupted earlier)`);
    ctx.logger.warn({ tenantId, requestedBy, windowId: result.windowId, status: result.status }, 'operator window done');
    return result.status === 'skipped' ? 4 : 0;
  },
};

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
