import { z } from 'zod';
import { customerUpsertedSchema, entityRefSchema, invoiceUpsertedSchema } from './event-schemas';

/**
 * The event contract as JSON Schema (draft 2020-12), generated from the very schemas the
 * worker validates with, so the published document cannot drift from the code.
 * `npm run schema` writes docs/event-contract.schema.json; a unit test checks it is current.
 */
export function eventContractJsonSchema(): Record<string, unknown> {
  const envelope = (type: string, data: z.ZodType) =>
    z.object({
      eventId: z.string().min(1).max(200).describe('Unique per event; a repeated eventId changes nothing'),
      type: z.literal(type),
      tenantId: z.string().min(1).max(100).describe('The upstream account; also the recommended message key'),
      occurredAt: z.string().describe('ISO-8601 time with zone, e.g. 2026-11-21T10:15:00Z'),
      version: z.number().int().min(1).describe('Grows with every change of the entity; older or equal versions are ignored'),
      data,
    });
  const schema = z.union([
    envelope(
      'customer.upserted',
      customerUpsertedSchema.describe('Needs id and at least one of displayName, givenName, familyName, companyName'),
    ),
    envelope('customer.deleted', entityRefSchema),
    envelope(
      'invoice.upserted',
      invoiceUpsertedSchema.describe(
        'Money and quantities are decimal strings ("75.00"; JSON numbers accepted); line amount = quantity × unitPrice rounded half-up to cents',
      ),
    ),
    envelope('invoice.voided', entityRefSchema),
  ]);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...json,
    $id: 'https://qbo-sync.example/schemas/event-contract.schema.json',
    title: 'qbo-sync event contract: message values on customer-events and invoice-events',
  };
}
