import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface PostalAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** An upstream customer as last recorded from its events (newest version wins). */
@Entity({ name: 'customers' })
export class CustomerRecord {
  @PrimaryColumn({ type: 'text', name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) version!: number;
  @Column({ type: 'boolean' }) deleted!: boolean;
  @Column({ type: 'text', name: 'display_name', nullable: true }) displayName!: string | null;
  @Column({ type: 'text', name: 'given_name', nullable: true }) givenName!: string | null;
  @Column({ type: 'text', name: 'family_name', nullable: true }) familyName!: string | null;
  @Column({ type: 'text', name: 'company_name', nullable: true }) companyName!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'jsonb', name: 'billing_address', nullable: true }) billingAddress!: PostalAddress | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  /** Fields of the latest event's data beyond the columns above (forward compatibility); null when none. */
  @Column({ type: 'jsonb', nullable: true }) data!: Record<string, unknown> | null;
  @Column({ type: 'text', name: 'last_event_id' }) lastEventId!: string;
  @Column({ type: 'timestamptz', name: 'occurred_at' }) occurredAt!: Date;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
