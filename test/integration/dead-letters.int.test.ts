import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kafka } from 'kafkajs';
import { CountDeadLetters } from '../../src/ingest/dead-letter-counts';
import type { Worker } from '../../src/worker';
import { aCustomerEvent, asMessage } from '../support/builders';
import { produce, testKafka } from '../support/kafka';
import { runCli } from '../support/run-cli';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { freshWorkerSettings, startInProcessWorker, workerEnv, WorkerSettings } from '../support/worker-harness';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';

interface ListedLetter {
  id: string;
  code: string;
  tenantId: string | null;
  source: string;
}

/**
 * Dead letters without Kafka tools: the worker dead-letters two bad events (indexed in Postgres
 * by reason and tenant), `qbo-sync dead-letters list|show` reads them back, `redrive` refuses
 * to re-publish one that would fail again and re-publishes its corrected version, which the
 * worker then records.
 */
describe('qbo-sync dead-letters', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let s: WorkerSettings;
  let worker: Worker;
  const tenantId = uniqueName('acct');

  beforeAll(async () => {
    db = await createTestDatabase();
    kafka = testKafka();
    s = await freshWorkerSettings(kafka, db.url, 2);
    s.extraEnv = { INVOICE_SCHEDULER_ENABLED: 'false' };
    worker = await startInProcessWorker(s);
  });
  afterAll(async () => {
    await worker.stop();
    await db.drop();
  });

  it('lists, shows and redrives letters, corrected', async () => {
    const good = aCustomerEvent({ id: 'cus_good' }, { tenantId });
    const bad = aCustomerEvent({ id: 'cus_fixed', email: 42 }, { tenantId });
    await produce(kafka, s.customersTopic, [asMessage(good), asMessage(bad), { key: tenantId, value: '{"not json' }]);
    await waitFor(async () => (await new CountDeadLetters(db.dataSource).run()).total === 2, { description: 'two letters indexed' });

    const env = workerEnv(s);
    const listed = await runCli(['dead-letters', 'list', '--json'], env);
    expect(listed.stderr).toBe('');
    const body = JSON.parse(listed.stdout) as { counts: { total: number; byReason: Array<{ code: string; count: number }> }; letters: ListedLetter[] };
    expect(body.counts.total).toBe(2);
    expect(body.counts.byReason.map((r) => [r.code, r.count]).sort()).toEqual([['invalid_json', 1], ['schema_violation', 1]]);
    expect(body.letters.map((l) => l.code).sort()).toEqual(['invalid_json', 'schema_violation']);
    const letter = body.letters.find((l) => l.code === 'schema_violation') as ListedLetter;
    expect(letter).toMatchObject({ tenantId, source: expect.stringContaining(s.customersTopic) });

    const shown = await runCli(['dead-letters', 'show', letter.id, '--json'], env);
    const one = JSON.parse(shown.stdout) as { value: string; headers: Record<string, string> };
    expect(JSON.parse(one.value)).toEqual(bad);
    expect(one.headers['x-error-message']).toContain('data.email');

    // As it is, it would only be dead-lettered again.
    const refused = await runCli(['dead-letters', 'redrive', letter.id], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('refused: it would be dead-lettered again (schema_violation');

    const dir = mkdtempSync(path.join(tmpdir(), 'redrive-'));
    const file = path.join(dir, 'fixed.json');
    writeFileSync(file, JSON.stringify({ ...bad, data: { ...(bad.data as object), email: 'fixed@example.com' } }));
    const redriven = await runCli(['dead-letters', 'redrive', letter.id, '--value-file', file, '--by', 'test'], env);
    expect({ code: redriven.code, out: redriven.stdout.trim() }).toEqual({ code: 0, out: `${letter.id}: redriven to ${s.customersTopic} (corrected)` });

    const row = await waitFor(
      async () =>
        ((await db.dataSource.query(`SELECT email FROM customers WHERE tenant_id = $1 AND id = 'cus_fixed'`, [tenantId])) as Array<{ email: string }>)[0],
      { description: 'the corrected event recorded' },
    );
    expect(row.email).toBe('fixed@example.com');
    // The tenant's count by reason (the status shows it) says it was redriven.
    expect(await new CountDeadLetters(db.dataSource).run(tenantId)).toMatchObject({
      total: 1,
      open: 0,
      byReason: [{ code: 'schema_violation', count: 1, open: 0 }],
    });
  });
});
