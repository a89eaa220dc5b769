import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { CliCommand, CliContext } from '../cli-command';
import { CountDeadLetters } from '../../ingest/dead-letter-counts';
import { DeadLetterReader, parseId, StoredDeadLetter } from '../../ingest/dead-letter-reader';
import { RedriveDeadLetters } from '../../ingest/redrive-dead-letters';
import { KAFKA_ADMIN, KAFKA_PRODUCER } from '../../tokens';

const USAGE = [
  'dead-letters list [--limit N] [--reason <code>] [--json]   the newest letters (N per partition, default 50) and counts by reason',
  'dead-letters show <partition:offset> [--json]             one letter: headers, key, value',
  'dead-letters redrive <partition:offset>... [--value-file <file>] [--force] [--by <name>]',
  '    re-publish letters to their source topic as they are, or one corrected from a file',
].join('\n');

/**
 * `qbo-sync dead-letters list|show|redrive`: reads the dead-letter topic without Kafka tools
 * and re-publishes chosen letters (as they are, or corrected) to their source topic.
 */
export const deadLetters: CliCommand = {
  name: 'dead-letters',
  usage: 'dead-letters list|show|redrive …',
  summary: 'list, show and redrive dead letters (re-publish to their source topic, as-is or corrected)',
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const [sub, ...rest] = args;
    if (sub !== 'list' && sub !== 'show' && sub !== 'redrive') {
      process.stderr.write(`usage:\n${USAGE}\n`);
      return 2;
    }
    const admin = ctx.container.get(KAFKA_ADMIN);
    await admin.connect();
    try {
      if (sub === 'list') return await list(ctx, rest);
      if (sub === 'show') return await show(ctx, rest);
      return await redrive(ctx, rest);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  },
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positional(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
}

async function list(ctx: CliContext, args: string[]): Promise<number> {
  const limit = Number(option(args, '--limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write('--limit must be a positive integer\n');
    return 2;
  }
  const reason = option(args, '--reason');
  const counts = await ctx.container.get(CountDeadLetters).run();
  const letters = (await ctx.container.get(DeadLetterReader).newest(limit)).filter((l) => reason === undefined || l.code === reason);
  if (args.includes('--json')) {
    ctx.out(JSON.stringify({ counts, letters: letters.map(summary) }, null, 2));
    return 0;
  }
  ctx.out(`dead letters recorded: ${counts.total} (${counts.open} not redriven)`);
  for (const r of counts.byReason) ctx.out(`  ${r.code}: ${r.count} (${r.open} not redriven), last at ${r.lastAt}`);
  ctx.out('');
  ctx.out(letters.length === 0 ? 'no letter on the topic' : `newest letters on ${ctx.config.kafka.topics.deadLetter}:`);
  for (const l of letters) {
    const s = summary(l);
    ctx.out(`  ${s.id.padEnd(10)} ${s.failedAt}  ${s.code.padEnd(20)} from ${s.source}${s.tenantId ? `  tenant ${s.tenantId}` : ''}${s.truncated ? `  (cut: ${s.truncated})` : ''}`);
    ctx.out(`             ${s.message.slice(0, 160)}`);
  }
  return 0;
}

async function show(ctx: CliContext, args: string[]): Promise<number> {
  const [id] = positional(args, []);
  if (id === undefined || parseId(id) === null) {
    process.stderr.write('usage: dead-letters show <partition:offset> [--json]\n');
    return 2;
  }
  const [letter] = await ctx.container.get(DeadLetterReader).at([id]);
  if (letter === undefined) {
    process.stderr.write(`no letter at ${id} on ${ctx.config.kafka.topics.deadLetter}\n`);
    return 1;
  }
  const value = letter.value?.toString('utf8') ?? null;
  if (args.includes('--json')) {
    ctx.out(JSON.stringify({ ...summary(letter), headers: letter.headers, key: letter.key?.toString('utf8') ?? null, value }, null, 2));
    return 0;
  }
  ctx.out(`letter ${letter.id} on ${ctx.config.kafka.topics.deadLetter}`);
  for (const [k, v] of Object.entries(letter.headers)) ctx.out(`  ${k}: ${v}`);
  ctx.out(`  key: ${letter.key?.toString('utf8') ?? '(none)'}`);
  ctx.out('value:');
  ctx.out(pretty(value));
  return 0;
}

async function redrive(ctx: CliContext, args: string[]): Promise<number> {
  const ids = positional(args, ['--value-file', '--by']);
  const file = option(args, '--value-file');
  if (ids.length === 0 || ids.some((id) => parseId(id) === null) || (file !== undefined && ids.length !== 1)) {
    process.stderr.write('usage: dead-letters redrive <partition:offset>... [--value-file <file> (one letter)] [--force] [--by <name>]\n');
    return 2;
  }
  const letters = await ctx.container.get(DeadLetterReader).at(ids);
  const missing = ids.filter((id) => !letters.some((l) => l.id === id));
  for (const id of missing) process.stderr.write(`no letter at ${id}\n`);
  if (letters.length === 0) return 1;
  let correctedValue: Buffer | undefined;
  try {
    correctedValue = file === undefined ? undefined : readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    process.stderr.write(`--value-file ${file ?? ''}: cannot be read (${e instanceof Error ? e.message : String(e)}); nothing redriven\n`);
    return 2;
  }
  const by = option(args, '--by') ?? process.env.SUDO_USER ?? safeUser();
  const producer = ctx.container.get(KAFKA_PRODUCER);
  await producer.connect();
  try {
    const outcomes = await ctx.container.get(RedriveDeadLetters).run(
      letters.map((letter) => ({ letter, correctedValue, force: args.includes('--force') })),
      by,
    );
    for (const o of outcomes) {
      ctx.out(o.outcome === 'redriven' ? `${o.id}: redriven to ${o.topic}${o.corrected ? ' (corrected)' : ''}` : `${o.id}: refused: ${o.reason}`);
    }
    return outcomes.every((o) => o.outcome === 'redriven') && missing.length === 0 ? 0 : 1;
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

function summary(l: StoredDeadLetter) {
  let tenantId: string | null = null;
  try {
    const v = JSON.parse(l.value?.toString('utf8') ?? 'null') as { tenantId?: unknown } | null;
    tenantId = typeof v?.tenantId === 'string' ? v.tenantId : null;
  } catch {
    tenantId = null;
  }
  return {
    id: l.id,
    failedAt: l.failedAt,
    code: l.code,
    message: l.message,
    source: `${l.originalTopic} ${l.originalPartition}:${l.originalOffset}`,
    tenantId,
    truncated: l.truncated,
    bytes: l.value?.length ?? 0,
  };
}

function pretty(value: string | null): string {
  if (value === null) return '(no value)';
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
