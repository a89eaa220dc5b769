import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { KAFKA, KAFKA_ADMIN } from '../tokens';
import type { Admin } from 'kafkajs';
import { DEAD_LETTER_TOPIC } from './dead-letter-publisher';

/** One letter as it sits on the dead-letter topic. */
export interface StoredDeadLetter {
  /** Its own place on the dead-letter topic: `partition:offset`, what `show` and `redrive` take. */
  id: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  code: string;
  message: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  failedAt: string;
  /** `value` or `key,value` when the letter was cut to fit the topic (the original is on its source topic). */
  truncated: string | null;
  headers: Record<string, string>;
}

const READ_TIMEOUT_MS = 30_000;

/**
 * Reads letters back from the dead-letter topic (for `qbo-sync dead-letters`): the newest
 * `limit` of each partition, or the ones at given places. It reads with a throwaway consumer
 * group that it deletes afterwards, and commits nothing.
 */
@injectable()
export class DeadLetterReader {
  constructor(
    @inject(KAFKA) private readonly kafka: Kafka,
    @inject(KAFKA_ADMIN) private readonly admin: Admin,
    @inject(DEAD_LETTER_TOPIC) private readonly topic: string,
  ) {}

  /** The newest `limit` letters of each partition, oldest first. */
  async newest(limit: number): Promise<StoredDeadLetter[]> {
    const offsets = await this.admin.fetchTopicOffsets(this.topic);
    const ranges = offsets
      .map((o) => ({ partition: o.partition, from: BigInt(Math.max(Number(o.low), Number(o.high) - limit)), to: BigInt(o.high) }))
      .filter((r) => r.from < r.to);
    const all = await this.readRanges(ranges);
    return all.sort((a, b) => a.failedAt.localeCompare(b.failedAt) || a.id.localeCompare(b.id));
  }

  /** The letters at `ids` (`partition:offset`); the ones not found are missing from the answer. */
  async at(ids: readonly string[]): Promise<StoredDeadLetter[]> {
    const offsets = await this.admin.fetchTopicOffsets(this.topic);
    const ranges = [];
    for (const id of ids) {
      const p = parseId(id);
      const o = p && offsets.find((x) => x.partition === p.partition);
      if (!p || !o || p.offset < BigInt(o.low) || p.offset >= BigInt(o.high)) continue;
      ranges.push({ partition: p.partition, from: p.offset, to: p.offset + 1n });
    }
    const found = await this.readRanges(ranges);
    return ids.flatMap((id) => found.filter((l) => l.id === id));
  }

  /** Reads each [from, to) range once. */
  private async readRanges(ranges: Array<{ partition: number; from: bigint; to: bigint }>): Promise<StoredDeadLetter[]> {
    if (ranges.length === 0) return [];
    const groupId = `qbo-sync-dead-letters-${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 200, retry: { retries: 3 } });
    const out: StoredDeadLetter[] = [];
    const remaining = new Map<string, { partition: number; from: bigint; to: bigint }>();
    ranges.forEach((r, i) => remaining.set(String(i), r));
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
      let finish: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const byPartition = new Map<number, Array<{ from: bigint; to: bigint }>>();
      for (const r of ranges) byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), r]);
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const offset = BigInt(message.offset);
          for (const [k, r] of remaining) {
            if (r.partition !== partition || offset < r.from || offset >= r.to) continue;
            if (!out.some((l) => l.id === `${partition}:${message.offset}`)) out.push(toLetter(partition, message));
            if (offset + 1n >= r.to) remaining.delete(k);
          }
          const next = [...remaining.values()].filter((r) => r.partition === partition && r.from > offset).sort((a, b) => (a.from < b.from ? -1 : 1))[0];
          const stillHere = [...remaining.values()].some((r) => r.partition === partition && r.from <= offset && offset + 1n < r.to);
          if (next && !stillHere) consumer.seek({ topic: this.topic, partition, offset: String(next.from) });
          if (remaining.size === 0) finish();
        },
      });
      for (const [partition, rs] of byPartition) {
        const first = rs.reduce((m, r) => (r.from < m ? r.from : m), rs[0]?.from ?? 0n);
        consumer.seek({ topic: this.topic, partition, offset: String(first) });
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, READ_TIMEOUT_MS)));
      await Promise.race([done, late]);
      clearTimeout(timer);
    } finally {
      await consumer.disconnect().catch(() => undefined);
      await this.admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return out;
  }
}

export function parseId(id: string): { partition: number; offset: bigint } | null {
  const m = /^(\d+):(\d+)$/.exec(id.trim());
  return m ? { partition: Number(m[1]), offset: BigInt(m[2] as string) } : null;
}

function text(h: IHeaders, name: string): string {
  const v = h[name];
  if (v === undefined) return '';
  const one = Array.isArray(v) ? v[0] : v;
  return one === undefined ? '' : Buffer.isBuffer(one) ? one.toString('utf8') : String(one);
}

function toLetter(partition: number, m: KafkaMessage): StoredDeadLetter {
  const h = m.headers ?? {};
  const headers = Object.fromEntries(Object.keys(h).map((k) => [k, text(h, k)]));
  return {
    id: `${partition}:${m.offset}`,
    partition,
    offset: m.offset,
    key: m.key,
    value: m.value,
    code: text(h, 'x-error-code'),
    message: text(h, 'x-error-message'),
    originalTopic: text(h, 'x-original-topic'),
    originalPartition: Number(text(h, 'x-original-partition')),
    originalOffset: text(h, 'x-original-offset'),
    failedAt: text(h, 'x-failed-at'),
    truncated: headers['x-truncated'] ?? null,
    headers,
  };
}
