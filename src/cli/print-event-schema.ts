import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { eventContractJsonSchema } from '../ingest/contract-schema';

/** `npm run schema`: writes docs/event-contract.schema.json from the worker's own validation schemas. */
const target = path.resolve(__dirname, '../../../docs/event-contract.schema.json');
writeFileSync(target, `${JSON.stringify(eventContractJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
