import { inject, injectable, ServiceIdentifier } from 'inversify';
import { KAFKA_PRODUCER } from '../tokens';
import { Producer } from 'kafkajs';

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

/**
 * Writes rejected messages to the dead-letter topic with their original key and value
 * and the contract's headers. Awaited (acks from all in-sync replicas) before the
 * consumer moves past them, so a dead letter is never lost.
 */
@injectable()
export class DeadLetterPublisher {
  constructor(
    @inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @inject(DEAD_LETTER_TOPIC) private readonly topic: string,
  ) {}

  async publish(letters: readonly DeadLetter[], now: Date = new Date()): Promise<void> {
    if (letters.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: letters.map((l) => ({
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
      })),
    });
  }
}
