import { servicesUp } from '../../src/dev-services';
import { ensureChromium } from '../../src/dev-services/browser';

/**
 * Jest globalSetup: a real Postgres and a real Kafka for the whole run (see docs/services.md).
 * Sets DATABASE_URL and KAFKA_BROKERS here, in the parent process, so every test worker
 * inherits them. The services stay up afterwards: the next run reuses them, and .ci/run
 * (or `npm run services -- down`) stops them.
 *
 * Also makes sure Debian's Chromium is there for the end-to-end test (apt-get when missing).
 *
 * The global setup of the `integration` project only (jest.config.js): jest runs it when at
 * least one *.int.test.ts is selected, so unit tests never start services. Skipped with
 * QBO_SYNC_SKIP_SERVICES=1.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.QBO_SYNC_SKIP_SERVICES === '1') return;

  const t0 = Date.now();
  const ep = await servicesUp({ log: (line) => process.stderr.write(`[services] ${line}\n`) });
  process.env.DATABASE_URL = ep.databaseUrl;
  process.env.KAFKA_BROKERS = ep.kafkaBrokers;
  process.env.QBO_SYNC_SERVICES_MODE_IN_USE = ep.mode;
  // The end-to-end test needs Debian's Chromium: installed here when missing, so `npm test` works on a fresh machine.
  process.env.CHROMIUM_PATH = await ensureChromium((line) => process.stderr.write(`[services] ${line}\n`));
  process.stderr.write(`[services] ${ep.mode} services ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (Kafka ${ep.kafkaBrokers})\n`);
}
