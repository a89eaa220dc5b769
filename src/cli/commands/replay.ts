import type { CliCommand, CliContext } from '../cli-command';
import { ReplayConsumerGroup, ReplayTarget } from '../../ingest/replay-consumer-group';
import { KAFKA_ADMIN } from '../../tokens';

const EXPLAIN = `What a replay does: the worker's consumer group is moved back, and when the worker starts
it reads those events again. Ingest records only what is new: an event whose eventId is in the
inbox is skipped, and one whose eventId was pruned changes nothing (every write is guarded by the
entity's version). A replay fills in what Postgres lacks (events lost to a database restore) and
is otherwise harmless; it never changes QuickBooks. To compare QuickBooks with what the worker
recorded and repair it, use \`qbo-sync resync <tenant>\`.`;

/**
 * `qbo-sync replay --to-beginning | --to <time> [--dry-run] [--json]`: moves the worker's consumer
 * group on the source topics, refusing while the group has live members.
 */
export const replay: CliCommand = {
  name: 'replay',
  usage: 'replay --to-beginning | --to <ISO time> [--dry-run] [--json]',
  summary: "move the worker's consumer group back (the worker must be stopped); explains what a replay does",
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const toIndex = args.indexOf('--to');
    let target: ReplayTarget | null = null;
    if (args.includes('--to-beginning')) target = { kind: 'beginning' };
    else if (toIndex >= 0) {
      const at = new Date(args[toIndex + 1] ?? '');
      if (Number.isNaN(at.getTime())) {
        process.stderr.write(`--to needs a time such as 2026-11-30T00:00:00Z, got "${args[toIndex + 1] ?? ''}"\n`);
        return 2;
      }
      target = { kind: 'time', at };
    }
    if (target === null) {
      process.stderr.write(`usage: qbo-sync ${replay.usage}\n\n${EXPLAIN}\n`);
      return 2;
    }
    const json = args.includes('--json');
    const dryRun = args.includes('--dry-run');
    const admin = ctx.container.get(KAFKA_ADMIN);
    await admin.connect();
    try {
      const use = ctx.container.get(ReplayConsumerGroup);
      const plan = await use.plan(target);
      if (!plan.ok) {
        if (json) ctx.out(JSON.stringify(plan, null, 2));
        else {
          process.stderr.write(`refused: ${plan.reason}\n`);
          for (const m of plan.members) process.stderr.write(`  member ${m}\n`);
        }
        return 3;
      }
      if (!dryRun) await use.apply(plan);
      if (json) {
        ctx.out(JSON.stringify({ ...plan, applied: !dryRun }, null, 2));
        return 0;
      }
      ctx.out(EXPLAIN);
      ctx.out();
      const where = target.kind === 'beginning' ? 'the beginning' : target.at.toISOString();
      ctx.out(`${dryRun ? 'Would move' : 'Moved'} group "${plan.groupId}" to ${where}:`);
      for (const m of plan.moves) ctx.out(`  ${m.topic}/${m.partition}: ${m.from ?? '(none)'} → ${m.to} (log end ${m.end}; ${m.reread} to read)`);
      const total = plan.moves.reduce((s, m) => s + m.reread, 0);
      ctx.out(dryRun ? `${total} events would be read again. Run without --dry-run to move the group.` : `${total} events will be read again when the worker starts.`);
      return 0;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  },
};
