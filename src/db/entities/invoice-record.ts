import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface InvoiceLineRecord {
  description: string;
  quantity: string;
  unitPrice: string;
  itemCode?: string | null;
  taxable?: boolean | null;
}

/** An upstream invoice as last recorded from its events (newest version wins). */
@Entity({ name: 'invoices' })
export class InvoiceRecord {
  @PrimaryColumn({ type: 'text', name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) version!: number;
  @Column({ type: 'boolean' }) voided!: boolean;
  @Column({ type: 'text', name: 'customer_id', nullable: true }) customerId!: string | null;
  @Column({ type: 'text', nullable: true }) number!: string | null;
  @Column({ type: 'date', name: 'issue_date', nullable: true }) issueDate!: string | null;
  @Column({ type: 'date', name: 'due_date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'text', nullable: true }) currency!: string | null;
  @Column({ type: 'text', nullable: true }) memo!: string | null;
  @Column({ type: 'jsonb', nullable: true }) lines!: InvoiceLineRecord[] | null;
  /** Fields of the latest event's data beyond the columns above (forward compatibility); null when none. */
  @Column({ type: 'jsonb', nullable: true }) data!: Record<string, unknown> | null;
  @Column({ type: 'text', name: 'last_event_id' }) lastEventId!: string;
  @Column({ type: 'timestamptz', name: 'occurred_at' }) occurredAt!: Date;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
