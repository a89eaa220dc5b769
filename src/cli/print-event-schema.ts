import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { eventContractJsonSchema } from '../ingest/contract-schema';
import { syncEventsJsonSchema } from '../outbox/sync-event-contract-schema';

/**
 * `npm run schema`: writes the machine-readable contracts from the worker's own validation schemas:
 * docs/event-contract.schema.json (what upstream publishes) and docs/sync-events.schema.json (what
 * the worker publishes back).
 */
const docs = path.resolve(__dirname, '../../../docs');
for (const [file, schema] of [
  ['event-contract.schema.json', eventContractJsonSchema()],
  ['sync-events.schema.json', syncEventsJsonSchema()],
] as const) {
  const target = path.join(docs, file);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${target}\n`);
}
