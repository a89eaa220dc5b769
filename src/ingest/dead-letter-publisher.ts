import { createHash } from 'node:crypto';
import { inject, injectable, optional, ServiceIdentifier } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { Admin, ConfigResourceTypes, IHeaders, Message, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DATA_SOURCE, KAFKA_ADMIN, KAFKA_PRODUCER, LOGGER } from '../tokens';
import { Logger } from '../logger';

/** One message that cannot be processed, with the reason retrying won't fix. */
export interface DeadLetter {
  key: Buffer | null;
  value: Buffer | null;
  code: string;
  message: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
}

/** The dead-letter topic's name (KAFKA_TOPIC_DEAD_LETTER). */
export const DEAD_LETTER_TOPIC: ServiceIdentifier<string> = Symbol.for('DeadLetterTopic');

/** Kafka's default max.message.bytes (message.max.bytes), used when the topic's own cannot be read. */
export const KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;
/** Room left in a record batch for its header (61 bytes), the record's varints and each header's lengths. */
const BATCH_OVERHEAD = 512;
/** A key longer than this is cut too when the letter does not fit (keys are tenant ids: this is a bad message's key). */
const MAX_KEPT_KEY_BYTES = 1024;

/**
 * Writes rejected messages to the dead-letter topic with their original key and value
 * and the contract's headers. Awaited (acks from all in-sync replicas) before the
 * consumer moves past them, so a dead letter is never lost.
 *
 * A letter must fit the dead-letter topic's `max.message.bytes` (read from the broker once)
 * although its original only had to fit the source topic without the headers: one that does
 * not fit carries its value cut to what fits, with `x-truncated: value`, `x-original-size`
 * and `x-original-sha256` (of the whole value), so it can be matched with the original still
 * on the source topic. Letters are sent in groups that fit one request each.
 */
@injectable()
export class DeadLetterPublisher {
  private readonly logger: Logger;
  private limit?: Promise<number>;

  constructor(
    @inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @inject(KAFKA_ADMIN) private readonly admin: Admin,
    @inject(DEAD_LETTER_TOPIC) private readonly topic: string,
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(LOGGER) logger: Logger,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'ingest' });
  }

  async publish(letters: readonly DeadLetter[], now: Date = new Date()): Promise<void> {
    if (letters.length === 0) return;
    const limit = await this.maxMessageBytes();
    const messages = letters.map((l) => fitted(toMessage(l, now), limit));
    let group: Message[] = [];
    let groupBytes = 0;
    for (const m of messages) {
      const size = estimatedSize(m);
      if (group.length > 0 && groupBytes + size > limit) {
        await this.send(group);
        group = [];
        groupBytes = 0;
      }
      group.push(m);
      groupBytes += size;
    }
    await this.send(group);
    await this.index(letters, now);
    for (const l of letters) this.metrics?.deadLettered.inc({ reason: l.code });
  }

  /**
   * Records each letter in dead_letters (by its source position, so a redelivered bad message
   * counts once), with the tenant and event ids when its value names them: what status, metrics
   * and `qbo-sync dead-letters` count and list. Best effort: the letter is already safe on the topic.
   */
  private async index(letters: readonly DeadLetter[], now: Date): Promise<void> {
    try {
      const ids = letters.map((l) => idsOf(l.value));
      await this.dataSource.query(
        `INSERT INTO dead_letters (original_topic, original_partition, original_offset, code, tenant_id, event_id, failed_at)
         SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
         ON CONFLICT DO NOTHING`,
        [
          letters.map((l) => l.originalTopic),
          letters.map((l) => l.originalPartition),
          letters.map((l) => l.originalOffset),
          letters.map((l) => l.code),
          ids.map((i) => i.tenantId),
          ids.map((i) => i.eventId),
          letters.map(() => now),
        ],
      );
    } catch (e) {
      this.logger.warn({ err: e, letters: letters.length }, 'dead letters published but not indexed in Postgres');
    }
  }

  private async send(messages: Message[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.send({ topic: this.topic, acks: -1, messages });
  }

  /** The dead-letter topic's max.message.bytes, read once (Kafka's default if it cannot be read). */
  maxMessageBytes(): Promise<number> {
    this.limit ??= this.readLimit();
    return this.limit;
  }

  private async readLimit(): Promise<number> {
    try {
      const { resources } = await this.admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: this.topic, configNames: ['max.message.bytes'] }],
      });
      const value = Number(resources[0]?.configEntries.find((e) => e.configName === 'max.message.bytes')?.configValue);
      if (Number.isInteger(value) && value > 0) return value;
    } catch (e) {
      this.logger.warn({ err: e, topic: this.topic }, "could not read the dead-letter topic's max.message.bytes; assuming Kafka's default");
      this.limit = undefined; // read again next time
    }
    return KAFKA_DEFAULT_MAX_MESSAGE_BYTES;
  }
}

/** The tenantId and eventId a dead letter's value names, when it is a JSON object that names them. */
function idsOf(value: Buffer | null): { tenantId: string | null; eventId: string | null } {
  const none = { tenantId: null, eventId: null };
  if (value === null || value.length > 512 * 1024) return none;
  try {
    const v: unknown = JSON.parse(value.toString('utf8'));
    if (typeof v !== 'object' || v === null) return none;
    const o = v as Record<string, unknown>;
    const text = (x: unknown) => (typeof x === 'string' && x.length > 0 && x.length <= 200 && !x.includes('\u0000') && !/[\ud800-\udfff]/.test(x) ? x : null);
    return { tenantId: text(o.tenantId), eventId: text(o.eventId) };
  } catch {
    return none;
  }
}

function toMessage(l: DeadLetter, now: Date): Message {
  return {
    key: l.key,
    value: l.value,
    headers: {
      'x-error-code': l.code,
      'x-error-message': l.message.slice(0, 1000),
      'x-original-topic': l.originalTopic,
      'x-original-partition': String(l.originalPartition),
      'x-original-offset': l.originalOffset,
      'x-failed-at': now.toISOString(),
    },
  };
}

const byteLength = (v: Message['key'] | Message['value']): number =>
  v === null || v === undefined ? 0 : typeof v === 'string' ? Buffer.byteLength(v) : v.length;

function headerBytes(h: IHeaders | undefined): number {
  let n = 0;
  for (const [k, v] of Object.entries(h ?? {})) n += Buffer.byteLength(k) + (typeof v === 'string' ? Buffer.byteLength(v) : byteLength(v as Buffer)) + 10;
  return n;
}

/** What the message takes in a record batch, generously. */
function estimatedSize(m: Message): number {
  return byteLength(m.key) + byteLength(m.value) + headerBytes(m.headers) + BATCH_OVERHEAD;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The message, or its cut version when it does not fit `limit` bytes. */
export function fitted(m: Message, limit: number): Message {
  if (estimatedSize(m) <= limit) return m;
  const headers: IHeaders = { ...m.headers };
  const cut: string[] = [];
  let key = m.key === null || m.key === undefined ? null : Buffer.from(m.key);
  if (key !== null && key.length > MAX_KEPT_KEY_BYTES) {
    headers['x-original-key-size'] = String(key.length);
    headers['x-original-key-sha256'] = sha256(key);
    key = key.subarray(0, MAX_KEPT_KEY_BYTES);
    cut.push('key');
  }
  const value = m.value === null || m.value === undefined ? null : Buffer.from(m.value);
  const draft: Message = { key, value: null, headers: { ...headers, 'x-truncated': [...cut, 'value'].join(',') } };
  if (value !== null) {
    draft.headers = { ...draft.headers, 'x-original-size': String(value.length), 'x-original-sha256': sha256(value) };
    const room = Math.max(0, limit - estimatedSize(draft));
    draft.value = value.subarray(0, Math.min(room, value.length));
  }
  if (value === null || draft.value?.length === value.length) {
    // The value was not what made it too big: only the key was cut.
    draft.value = value;
    draft.headers = { ...headers, ...(cut.length > 0 ? { 'x-truncated': cut.join(',') } : {}) };
  }
  return draft;
}
