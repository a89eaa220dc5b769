import { z } from 'zod';
import { eventSchema } from './event-schemas';

/**
 * The event contract as JSON Schema (draft 2020-12), generated from `eventSchema`, the one
 * schema parseEvent validates with, so the published document cannot drift from the code
 * (refinements JSON Schema cannot express, such as "a real calendar date", are left out).
 * `npm run schema` writes docs/event-contract.schema.json; a unit test checks it is current.
 */
export function eventContractJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(eventSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...json,
    $id: 'https://qbo-sync.example/schemas/event-contract.schema.json',
    title: 'qbo-sync event contract: message values on customer-events and invoice-events',
  };
}
