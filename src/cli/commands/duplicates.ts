import type { CliContext } from '../cli-command';
import { CliCommand } from '../cli-command';
import { ListDuplicates } from '../../customers/list-duplicates';

/** `npm run cli -- duplicates <tenantId> [--json]` */
export const duplicates: CliCommand = {
  name: 'duplicates',
  usage: 'duplicates <tenantId> [--json]',
  summary: 'QBO customers the sync created that probably duplicate another, with merge steps',
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const json = args.includes('--json');
    const [tenantId] = args.filter((a) => a !== '--json');
    if (tenantId === undefined) {
      process.stderr.write('usage: duplicates <tenantId> [--json]\n');
      return 2;
    }
    const report = await ctx.container.get(ListDuplicates).run(tenantId);
    if (json) {
      ctx.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (report.pairs.length === 0) ctx.out(`tenant ${tenantId}: no probable duplicates`);
    report.pairs.forEach((p, i) => {
      ctx.out(`${i + 1}. "${p.phaseOut.displayName}" (#${p.phaseOut.qboCustomerId}, created by the sync) probably duplicates "${p.keeper.displayName}" (#${p.keeper.qboCustomerId}), score ${p.score}`);
      ctx.out(`   evidence: ${p.evidence.join(', ')}`);
      p.mergeSteps.forEach((s, j) => ctx.out(`   step ${j + 1}: ${s}`));
      ctx.out(`   afterwards: ${p.afterwards}`);
    });
    return 0;
  },
};
