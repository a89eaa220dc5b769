import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventContractJsonSchema } from '../../src/ingest/contract-schema';

describe('published event contract schema', () => {
  it('is the one generated from the validation schemas (run `npm run schema` after changing them)', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/event-contract.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(eventContractJsonSchema())));
  });

  it('names the four event types', () => {
    const text = JSON.stringify(eventContractJsonSchema());
    for (const t of ['customer.upserted', 'customer.deleted', 'invoice.upserted', 'invoice.voided']) expect(text).toContain(`"${t}"`);
  });
});
