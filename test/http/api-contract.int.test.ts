import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { uniqueName } from '../support/unique';
import { ADMIN_TOKEN, ConnectHarness } from './connect-harness';

/**
 * The admin API's contract, fuzzed from its own document (GET /api/openapi.json) against the
 * worker's real HTTP side (container, guards, Postgres, the emulator): for every operation,
 * requests built from the documented schemas (valid values, known tenants) and from outside
 * them (any text in a path segment, control characters, very long segments, bodies of any
 * JSON); every answer must be one the document lists for the operation, its body must match
 * the schema listed, and none may be a 5xx. Undeclared methods on known paths answer 405.
 */

jest.setTimeout(180_000);

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface FuzzRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  body: { value: unknown } | null;
}

const RUNS = Number(process.env.CONTRACT_RUNS ?? 40);
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

let h: ConnectHarness;
let doc: { paths: Record<string, Record<string, Operation>> };
const known: string[] = [];
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  h = await ConnectHarness.start();
  for (let i = 0; i < 2; i++) {
    const t = uniqueName('contract');
    await h.createTenant(t, { enabled: true });
    known.push(t);
  }
  await h.connect(known[0] ?? '', 'Contract Plumbing');
  const res = await h.api('GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.json as unknown as typeof doc;
});

afterAll(async () => {
  await h?.close();
});

/** Values that the schema accepts. */
function valid(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    const { examples, ...rest } = schema;
    return fc.oneof({ arbitrary: fc.constantFrom(...(examples as unknown[])), weight: 3 }, { arbitrary: valid(rest), weight: 1 });
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map(valid));
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (type.length > 1) return fc.oneof(...type.map((t) => valid({ ...schema, type: t })));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number | undefined) ?? -1000, max: (schema.maximum as number | undefined) ?? 1000 });
    case 'number': {
      const min = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined) ?? -1000;
      return fc.double({ min, max: (schema.maximum as number | undefined) ?? 1000, noNaN: true, noDefaultInfinity: true }).filter((n) => schema.exclusiveMinimum === undefined || n > min);
    }
    case 'string': {
      const minLength = (schema.minLength as number | undefined) ?? 0;
      const maxLength = Math.min((schema.maxLength as number | undefined) ?? 40, 120);
      const base = fc.string({ unit: 'grapheme', minLength, maxLength });
      if (typeof schema.pattern !== 'string') return base;
      const re = new RegExp(schema.pattern, 'u');
      if (schema.pattern.includes('[^')) return base.filter((s) => re.test(s) && s.length >= Math.max(1, minLength));
      return fc.stringMatching(re).filter((s) => s.length >= minLength && s.length <= maxLength);
    }
    case 'array':
      return fc.array(valid((schema.items as Schema | undefined) ?? {}), { maxLength: 3 });
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valid(s)])), { requiredKeys: required });
    }
    default:
      return fc.jsonValue();
  }
}

/** A path segment: mostly valid or a known tenant, sometimes anything at all. */
function segment(p: Parameter): fc.Arbitrary<string> {
  // "." and ".." are left out: a URL client resolves them as dot-segments, so they address another path.
  const anything = fc
    .oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 101, maxLength: 300 }),
      fc.constantFrom('%', '%zz', ' ', '\u0000x', 'a\nb', 'x'.repeat(1200)),
    )
    .filter((v) => v !== '.' && v !== '..');
  const ok = valid(p.schema) as fc.Arbitrary<string>;
  return p.name === 'tenantId' ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: ok, weight: 2 }, { arbitrary: anything, weight: 2 }) : fc.oneof(ok, anything);
}

function requests(op: Operation, pathParams: Parameter[]): fc.Arbitrary<FuzzRequest> {
  const params = [...pathParams, ...(op.parameters ?? [])];
  const inPath = params.filter((p) => p.in === 'path');
  const inQuery = params.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  return fc.record({
    path: fc.record(Object.fromEntries(inPath.map((p) => [p.name, segment(p)]))) as fc.Arbitrary<Record<string, string>>,
    query: fc.record(
      Object.fromEntries(inQuery.map((p) => [p.name, fc.oneof(valid(p.schema).map(String), fc.string({ maxLength: 8 }))])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, string>>,
    body:
      bodySchema === undefined
        ? fc.constant(null)
        : fc.oneof({ arbitrary: valid(bodySchema).map((value) => ({ value })), weight: 3 }, { arbitrary: fc.jsonValue().map((value) => ({ value })), weight: 1 }, fc.constant(null)),
  });
}

async function send(method: string, template: string, r: FuzzRequest): Promise<{ status: number; body: unknown; allow: string | null }> {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(r.path[name] ?? ''));
  const qs = new URLSearchParams(r.query).toString();
  const headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` };
  if (r.body !== null) headers['content-type'] = 'application/json';
  const res = await fetch(`${h.base}${path}${qs ? `?${qs}` : ''}`, {
    method: method.toUpperCase(),
    headers,
    body: r.body === null ? undefined : JSON.stringify(r.body.value),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: the schema check below says so
  }
  return { status: res.status, body, allow: res.headers.get('allow') };
}

function checkAnswer(where: string, op: Operation, answer: { status: number; body: unknown }): void {
  if (answer.status >= 500) throw new Error(`${where}: ${answer.status} ${JSON.stringify(answer.body)}`);
  const documented = op.responses[String(answer.status)];
  if (documented === undefined) throw new Error(`${where}: answered ${answer.status}, which the document does not list (${Object.keys(op.responses).join(', ')}): ${JSON.stringify(answer.body)}`);
  const schema = documented.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`${where}: ${answer.status} has no JSON schema in the document`);
  const validate = ajv.compile(schema);
  if (!validate(answer.body)) throw new Error(`${where}: the ${answer.status} body does not match its schema: ${ajv.errorsText(validate.errors)}; body ${JSON.stringify(answer.body).slice(0, 500)}`);
}

it('documents every /api route, each with a schema for every answer', () => {
  const paths = Object.keys(doc.paths).sort();
  expect(paths).toEqual([
    '/api/openapi.json',
    '/api/sync-events/lag',
    '/api/tenants',
    '/api/tenants/{tenantId}',
    '/api/tenants/{tenantId}/company',
    '/api/tenants/{tenantId}/connect',
    '/api/tenants/{tenantId}/item-mappings/{code}',
    '/api/tenants/{tenantId}/customers/{customerId}/create',
    '/api/tenants/{tenantId}/customers/{customerId}/explain',
    '/api/tenants/{tenantId}/customers/{customerId}/link',
    '/api/tenants/{tenantId}/customers/review',
    '/api/tenants/{tenantId}/disconnect',
    '/api/tenants/{tenantId}/duplicates',
    '/api/tenants/{tenantId}/invoices/{invoiceId}/retry',
    '/api/tenants/{tenantId}/link',
    '/api/tenants/{tenantId}/links/revoke',
    '/api/tenants/{tenantId}/status',
    '/api/tenants/{tenantId}/windows',
  ].sort());
  const tenantId = doc.paths['/api/tenants/{tenantId}']?.get?.parameters?.find((p) => p.name === 'tenantId')?.schema;
  expect(tenantId).toMatchObject({ minLength: 1, maxLength: 100, pattern: expect.stringContaining('\\u0000-\\u001f') });
  const change = doc.paths['/api/tenants/{tenantId}']?.patch?.requestBody?.content['application/json']?.schema as { properties: Record<string, Schema> };
  expect(String(change.properties.batchCron?.description)).toContain('five-field cron');
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!METHODS.includes(method as (typeof METHODS)[number])) continue;
      for (const [status, r] of Object.entries(op.responses)) {
        expect([path, method, status, r.content?.['application/json']?.schema !== undefined]).toEqual([path, method, status, true]);
      }
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    }
  }
});

it('answers every fuzzed request with a documented status and body, never a 5xx', async () => {
  const reached = new Map<string, Set<number>>();
  for (const [template, ops] of Object.entries(doc.paths)) {
    const pathParams = ((ops as { parameters?: Parameter[] }).parameters ?? []) as Parameter[];
    for (const method of METHODS) {
      const op = ops[method];
      if (op === undefined) continue;
      await fc.assert(
        fc.asyncProperty(requests(op, pathParams), async (r) => {
          const answer = await send(method, template, r);
          const key = `${method.toUpperCase()} ${template}`;
          reached.set(key, (reached.get(key) ?? new Set()).add(answer.status));
          checkAnswer(`${method.toUpperCase()} ${template} ${JSON.stringify(r).slice(0, 300)}`, op, answer);
        }),
        { numRuns: RUNS, seed: Number(process.env.CONTRACT_SEED ?? Date.now() % 2 ** 31) },
      );
    }
  }
  // The fuzzing got past validation: every operation answered something other than a refused input.
  for (const [op, statuses] of reached) expect([op, [...statuses].some((s) => s !== 400 && s !== 414)]).toEqual([op, true]);
});

it('answers 405 with Allow for a method a known path does not declare, in the one error shape', async () => {
  const tenant = encodeURIComponent(known[1] ?? '');
  for (const [template, ops] of Object.entries(doc.paths)) {
    const path = template.replace('{tenantId}', tenant).replace('{customerId}', 'c1').replace('{code}', 'SKU-1').replace('{invoiceId}', 'inv1');
    const declared = METHODS.filter((m) => ops[m] !== undefined);
    for (const m of METHODS.filter((x) => !declared.includes(x))) {
      const answer = await send(m, path, { path: {}, query: {}, body: null });
      expect([template, m, answer.status]).toEqual([template, m, 405]);
      expect(answer.body).toEqual({ error: 'method_not_allowed', message: expect.any(String) });
      expect(answer.allow?.split(', ')).toEqual(expect.arrayContaining(declared.map((d) => d.toUpperCase())));
    }
  }
});
