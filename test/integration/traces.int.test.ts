import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Kafka } from 'kafkajs';
import { tracingWanted } from '../../src/tracing';
import { aCustomerEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, spawnWorkerProcess, WorkerProcess, WorkerSettings } from '../support/worker-harness';

interface OtlpSpan {
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: { stringValue?: string } }>;
}
interface OtlpBody {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

/**
 * Traces, off by default and on through the standard OTEL_* variables: the worker process sends
 * its spans (OTLP over HTTP, JSON) to a collector of the test's own; consuming an event gives
 * kafkajs and pg spans, a probe gives an http span.
 */
describe('traces', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let s: WorkerSettings;
  let proc: WorkerProcess | undefined;
  let collector: Server;
  const received: OtlpBody[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    kafka = testKafka();
    s = await freshWorkerSettings(kafka, db.url, 1);
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') received.push(JSON.parse(body) as OtlpBody);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
  });
  afterAll(async () => {
    if (proc) {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
    await new Promise<void>((r) => collector.close(() => r()));
    await db.drop();
  });

  it('is off unless the OTEL_* variables ask for an exporter', () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_SERVICE_NAME: 'x' })).toBe(false);
    expect(tracingWanted({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(true);
    expect(tracingWanted({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingWanted({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });

  it('exports kafkajs, pg and http spans over OTLP', async () => {
    const port = (collector.address() as AddressInfo).port;
    const httpPort = await freePort();
    s.extraEnv = {
      HTTP_PORT: String(httpPort),
      INVOICE_SCHEDULER_ENABLED: 'false',
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/v1/traces`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      OTEL_SERVICE_NAME: 'qbo-sync-test',
    };
    proc = spawnWorkerProcess(s);
    const tenantId = uniqueName('acct');
    await produce(kafka, s.customersTopic, [asMessage(aCustomerEvent({ id: 'cus_t' }, { tenantId }))]);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: () => `the worker consumed (${(proc?.output() ?? '').slice(-2000)})` });

    await waitFor(async () => (await fetch(`http://127.0.0.1:${httpPort}/healthz`).catch(() => null))?.ok === true, { description: '/healthz' });

    const spans = () => received.flatMap((b) => b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((ss) => ss.spans.map((sp) => ({ scope: ss.scope.name, ...sp })))));
    const scopes = await waitFor(
      () => {
        const names = new Set(spans().map((sp) => sp.scope));
        return ['@opentelemetry/instrumentation-kafkajs', '@opentelemetry/instrumentation-pg', '@opentelemetry/instrumentation-http'].every((n) => names.has(n)) ? names : null;
      },
      { timeoutMs: 30_000, description: 'kafkajs, pg and http spans exported' },
    );
    expect(scopes.has('@opentelemetry/instrumentation-kafkajs')).toBe(true);
    const service = received[0]?.resourceSpans[0]?.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
    expect(service).toBe('qbo-sync-test');
    expect(spans().some((sp) => sp.scope === '@opentelemetry/instrumentation-kafkajs' && sp.name.includes(s.customersTopic))).toBe(true);
  });
});

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}
