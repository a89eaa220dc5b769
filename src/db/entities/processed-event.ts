import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The inbox: one row per event applied, so a redelivered eventId changes nothing. */
@Entity({ name: 'processed_events' })
export class ProcessedEvent {
  @PrimaryColumn({ type: 'text', name: 'event_id' }) eventId!: string;
  @Column({ type: 'text', name: 'tenant_id' }) tenantId!: string;
  @Column({ type: 'text' }) type!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'integer', name: 'kafka_partition' }) kafkaPartition!: number;
  @Column({ type: 'bigint', name: 'kafka_offset' }) kafkaOffset!: string;
  @Column({ type: 'timestamptz', name: 'processed_at' }) processedAt!: Date;
}
