/** Service identifiers for the composition root. */
export const TOKENS = {
  Config: Symbol.for('Config'),
  Logger: Symbol.for('Logger'),
  DataSource: Symbol.for('DataSource'),
  Kafka: Symbol.for('Kafka'),
  Producer: Symbol.for('Producer'),
  KafkaAdmin: Symbol.for('KafkaAdmin'),
  EventStore: Symbol.for('EventStore'),
  DeadLetterPublisher: Symbol.for('DeadLetterPublisher'),
  IngestConsumer: Symbol.for('IngestConsumer'),
  AdminServer: Symbol.for('AdminServer'),
} as const;
