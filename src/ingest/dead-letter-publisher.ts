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

/**
 * Writes rejected messages to the dead-letter topic with their original key and value
 * and the contract's headers. Awaited (acks from all in-sync replicas) before the
 * consumer moves past them, so a dead letter is never lost.
 */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly topic: string,
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
