import { inject, injectable } from 'inversify';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { DATA_SOURCE, KAFKA_PRODUCER, LOGGER } from '../tokens';
import { StoredDeadLetter } from './dead-letter-reader';
import { parseEvent } from './event-schemas';

export interface RedriveRequest {
  letter: StoredDeadLetter;
  /** A corrected value to publish instead of the letter's own. */
  correctedValue?: Buffer;
  /** Publish even when the value still fails validation (it will be dead-lettered again). */
  force?: boolean;
}

export type RedriveOutcome =
  | { id: string; outcome: 'redriven'; topic: string; corrected: boolean }
  | { id: string; outcome: 'refused'; reason: string };

/**
 * Re-publishes dead letters to their source topic (x-original-topic), with their original key
 * and either their value as it is (after a fix in the worker, for `unprocessable` or
 * `rejected_by_database`) or a corrected one. Refused: a letter whose value was cut to fit the
 * dead-letter topic (unless corrected), and a value that still fails the event contract
 * (unless forced). Replaying is harmless: ingest records only what is new (the eventId inbox
 * and the version guards). Each redrive is recorded on its dead_letters row.
 */
@injectable()
export class RedriveDeadLetters {
  private readonly log: Logger;

  constructor(
    @inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'dead-letters' });
  }

  async run(requests: readonly RedriveRequest[], by: string): Promise<RedriveOutcome[]> {
    const out: RedriveOutcome[] = [];
    for (const { letter, correctedValue, force } of requests) {
      const value = correctedValue ?? letter.value;
      if (letter.originalTopic === '') {
        out.push({ id: letter.id, outcome: 'refused', reason: 'the letter names no source topic (x-original-topic)' });
        continue;
      }
      if (correctedValue === undefined && letter.truncated !== null) {
        out.push({ id: letter.id, outcome: 'refused', reason: `the letter was cut to fit (x-truncated: ${letter.truncated}): redrive it corrected (--value-file), or from its original at ${letter.originalTopic} ${letter.originalPartition}:${letter.originalOffset}` });
        continue;
      }
      const parsed = parseEvent(value);
      if (!parsed.ok && force !== true) {
        out.push({ id: letter.id, outcome: 'refused', reason: `it would be dead-lettered again (${parsed.code}: ${parsed.message}); correct it, or --force` });
        continue;
      }
      await this.producer.send({
        topic: letter.originalTopic,
        acks: -1,
        messages: [{ key: letter.key, value, headers: { 'x-redriven-from': letter.id, 'x-redriven-by': by } }],
      });
      await this.dataSource.query(
        `UPDATE dead_letters SET redriven_at = now(), redriven_by = $4, redrive_count = redrive_count + 1
         WHERE original_topic = $1 AND original_partition = $2 AND original_offset = $3`,
        [letter.originalTopic, letter.originalPartition, letter.originalOffset, by],
      );
      this.log.warn({ id: letter.id, topic: letter.originalTopic, corrected: correctedValue !== undefined, by }, 'dead letter redriven');
      out.push({ id: letter.id, outcome: 'redriven', topic: letter.originalTopic, corrected: correctedValue !== undefined });
    }
    return out;
  }
}
