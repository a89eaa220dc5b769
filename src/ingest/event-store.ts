import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, QueryRunner } from 'typeorm';
import { IngestEvent } from './event-schemas';

/** Where an event was read from: recorded in the inbox for tracing. */
export interface EventSource {
  topic: string;
  partition: number;
  offset: string;
  /** The message as received, kept so a later rejection can dead-letter it unchanged. */
  key: Buffer | null;
  value: Buffer | null;
}

export type SourcedEvent = IngestEvent & { source: EventSource };

export interface WriteOutcome {
  /** Events whose eventId was new: recorded in the inbox and offered to the upserts. */
  accepted: number;
  /** Events whose eventId was already in the inbox (replays, redeliveries). */
  duplicates: number;
  /** Entity rows actually changed (an older or equal version changes nothing). */
  customersChanged: number;
  invoicesChanged: number;
}

/**
 * Records a batch of good events in one Postgres transaction: the inbox of eventIds,
 * then the customer and invoice upserts, each guarded by version. Every statement is a
 * single multi-row statement over arrays, so a batch of thousands costs a few round trips.
 */
@injectable()
export class EventStore {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async write(events: readonly SourcedEvent[]): Promise<WriteOutcome> {
    if (events.length === 0) return { accepted: 0, duplicates: 0, customersChanged: 0, invoicesChanged: 0 };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const fresh = await this.recordInbox(runner, events);
      await this.registerTenants(runner, fresh);
      const customersChanged =
        (await this.upsertCustomers(runner, latestPerEntity(fresh, 'customer.upserted'))) +
        (await this.markEntities(runner, { table: 'customers', flag: 'deleted' }, latestPerEntity(fresh, 'customer.deleted')));
      const invoicesChanged =
        (await this.upsertInvoices(runner, latestPerEntity(fresh, 'invoice.upserted'))) +
        (await this.markEntities(runner, { table: 'invoices', flag: 'voided' }, latestPerEntity(fresh, 'invoice.voided')));
      await runner.commitTransaction();
      return { accepted: fresh.length, duplicates: events.length - fresh.length, customersChanged, invoicesChanged };
    } catch (e) {
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction().catch(() => undefined);
      }
      throw e;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** Inserts the batch's eventIds; returns the events whose id was not there before. */
  private async recordInbox(runner: QueryRunner, events: readonly SourcedEvent[]): Promise<SourcedEvent[]> {
    const firstById = new Map<string, SourcedEvent>();
    for (const e of events) if (!firstById.has(e.eventId)) firstById.set(e.eventId, e);
    const unique = [...firstById.values()].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
    const rows: Array<{ event_id: string }> = await runner.query(
      `INSERT INTO processed_events (event_id, tenant_id, type, topic, kafka_partition, kafka_offset)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[])
       ON CONFLICT (event_id) DO NOTHING
       RETURNING event_id`,
      [
        unique.map((e) => e.eventId),
        unique.map((e) => e.tenantId),
        unique.map((e) => e.type),
        unique.map((e) => e.source.topic),
        unique.map((e) => e.source.partition),
        unique.map((e) => e.source.offset),
      ],
    );
    const inserted = new Set(rows.map((r) => r.event_id));
    return unique.filter((e) => inserted.has(e.eventId));
  }

  /** Every tenant seen gets a row (integration disabled until its user enables it). */
  private async registerTenants(runner: QueryRunner, events: readonly SourcedEvent[]): Promise<void> {
    const tenants = [...new Set(events.map((e) => e.tenantId))].sort();
    if (tenants.length === 0) return;
    await runner.query(
      `INSERT INTO tenants (tenant_id) SELECT unnest($1::text[]) ON CONFLICT (tenant_id) DO NOTHING`,
      [tenants],
    );
  }

  private async upsertCustomers(
    runner: QueryRunner,
    events: Array<Extract<SourcedEvent, { type: 'customer.upserted' }>>,
  ): Promise<number> {
    if (events.length === 0) return 0;
    const rows: unknown[] = await runner.query(
      `INSERT INTO customers AS c (tenant_id, id, version, deleted, display_name, given_name, family_name,
                                   company_name, email, phone, billing_address, notes, data, last_event_id, occurred_at)
       SELECT t.tenant_id, t.id, t.version, false, t.display_name, t.given_name, t.family_name, t.company_name,
              t.email, t.phone, t.billing_address::jsonb, t.notes, t.data::jsonb, t.event_id, t.occurred_at
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
            AS t(tenant_id, id, version, display_name, given_name, family_name, company_name, email, phone,
                 billing_address, notes, data, event_id, occurred_at)
       ON CONFLICT (tenant_id, id) DO UPDATE SET
         version = EXCLUDED.version, deleted = false, display_name = EXCLUDED.display_name,
         given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, company_name = EXCLUDED.company_name,
         email = EXCLUDED.email, phone = EXCLUDED.phone, billing_address = EXCLUDED.billing_address,
         notes = EXCLUDED.notes, data = EXCLUDED.data, last_event_id = EXCLUDED.last_event_id,
         occurred_at = EXCLUDED.occurred_at, updated_at = now()
       WHERE c.version < EXCLUDED.version
       RETURNING 1`,
      [
        events.map((e) => e.tenantId),
        events.map((e) => e.data.id),
        events.map((e) => e.version),
        events.map((e) => e.data.displayName ?? null),
        events.map((e) => e.data.givenName ?? null),
        events.map((e) => e.data.familyName ?? null),
        events.map((e) => e.data.companyName ?? null),
        events.map((e) => e.data.email ?? null),
        events.map((e) => e.data.phone ?? null),
        events.map((e) => (e.data.billingAddress == null ? null : JSON.stringify(e.data.billingAddress))),
        events.map((e) => e.data.notes ?? null),
        events.map((e) => extras(e.data, CUSTOMER_COLUMNS)),
        events.map((e) => e.eventId),
        events.map((e) => e.occurredAt),
      ],
    );
    return rows.length;
  }

  private async upsertInvoices(
    runner: QueryRunner,
    events: Array<Extract<SourcedEvent, { type: 'invoice.upserted' }>>,
  ): Promise<number> {
    if (events.length === 0) return 0;
    const rows: unknown[] = await runner.query(
      `INSERT INTO invoices AS i (tenant_id, id, version, voided, customer_id, number, issue_date, due_date,
                                  currency, memo, lines, data, last_event_id, occurred_at)
       SELECT t.tenant_id, t.id, t.version, false, t.customer_id, t.number, t.issue_date, t.due_date,
              t.currency, t.memo, t.lines::jsonb, t.data::jsonb, t.event_id, t.occurred_at
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::date[], $7::date[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
            AS t(tenant_id, id, version, customer_id, number, issue_date, due_date, currency, memo, lines, data,
                 event_id, occurred_at)
       ON CONFLICT (tenant_id, id) DO UPDATE SET
         version = EXCLUDED.version, voided = false, customer_id = EXCLUDED.customer_id, number = EXCLUDED.number,
         issue_date = EXCLUDED.issue_date, due_date = EXCLUDED.due_date, currency = EXCLUDED.currency,
         memo = EXCLUDED.memo, lines = EXCLUDED.lines, data = EXCLUDED.data, last_event_id = EXCLUDED.last_event_id,
         occurred_at = EXCLUDED.occurred_at, updated_at = now()
       WHERE i.version < EXCLUDED.version
       RETURNING 1`,
      [
        events.map((e) => e.tenantId),
        events.map((e) => e.data.id),
        events.map((e) => e.version),
        events.map((e) => e.data.customerId),
        events.map((e) => e.data.number ?? null),
        events.map((e) => e.data.issueDate),
        events.map((e) => e.data.dueDate ?? null),
        events.map((e) => e.data.currency ?? null),
        events.map((e) => e.data.memo ?? null),
        events.map((e) => JSON.stringify(e.data.lines)),
        events.map((e) => extras(e.data, INVOICE_COLUMNS)),
        events.map((e) => e.eventId),
        events.map((e) => e.occurredAt),
      ],
    );
    return rows.length;
  }

  /**
   * customer.deleted and invoice.voided: set the entity's flag at the event's version (a
   * row is created if the entity was never seen), guarded by version like the upserts.
   */
  private async markEntities(
    runner: QueryRunner,
    target: { table: 'customers'; flag: 'deleted' } | { table: 'invoices'; flag: 'voided' },
    events: Array<Extract<SourcedEvent, { type: 'customer.deleted' | 'invoice.voided' }>>,
  ): Promise<number> {
    if (events.length === 0) return 0;
    const { table, flag } = target;
    const rows: unknown[] = await runner.query(
      `INSERT INTO ${table} AS e (tenant_id, id, version, ${flag}, last_event_id, occurred_at)
       SELECT t.tenant_id, t.id, t.version, true, t.event_id, t.occurred_at
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[])
            AS t(tenant_id, id, version, event_id, occurred_at)
       ON CONFLICT (tenant_id, id) DO UPDATE SET
         version = EXCLUDED.version, ${flag} = true, last_event_id = EXCLUDED.last_event_id,
         occurred_at = EXCLUDED.occurred_at, updated_at = now()
       WHERE e.version < EXCLUDED.version
       RETURNING 1`,
      [
        events.map((e) => e.tenantId),
        events.map((e) => e.data.id),
        events.map((e) => e.version),
        events.map((e) => e.eventId),
        events.map((e) => e.occurredAt),
      ],
    );
    return rows.length;
  }
}

const CUSTOMER_COLUMNS = new Set(['id', 'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'billingAddress', 'notes']);
const INVOICE_COLUMNS = new Set(['id', 'customerId', 'number', 'issueDate', 'dueDate', 'currency', 'memo', 'lines']);

/**
 * The fields of an event's data beyond the mapped columns, as JSON (null when none): kept
 * so a field upstream adds before the worker knows it is not lost.
 */
function extras(data: Record<string, unknown>, mapped: ReadonlySet<string>): string | null {
  let rest: Record<string, unknown> | null = null;
  for (const key of Object.keys(data)) {
    if (mapped.has(key)) continue;
    rest ??= {};
    rest[key] = data[key];
  }
  return rest === null ? null : JSON.stringify(rest);
}

/**
 * For one event type, keeps only the newest version of each entity (one statement may
 * not touch a row twice), sorted by key so concurrent batches lock rows in one order.
 */
function latestPerEntity<T extends SourcedEvent['type']>(
  events: readonly SourcedEvent[],
  type: T,
): Array<Extract<SourcedEvent, { type: T }>> {
  const latest = new Map<string, Extract<SourcedEvent, { type: T }>>();
  for (const e of events) {
    if (e.type !== type) continue;
    const typed = e as Extract<SourcedEvent, { type: T }>;
    const key = `${e.tenantId}\u0000${e.data.id}`;
    const seen = latest.get(key);
    if (seen === undefined || seen.version < typed.version) latest.set(key, typed);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}
