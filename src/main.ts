// First: traces (off unless OTEL_* ask for them) must patch kafkajs, pg and http before they load.
import { tracing } from './tracing-bootstrap';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { Worker } from './worker';

/** Boot: config → logger → worker (Postgres, migrations, Kafka, HTTP, consumer); SIGTERM → bounded stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    // The worker keeps QuickBooks tokens: it cannot run without the key that encrypts them.
    if (config.qbo.tokenEncryptionKey === null) {
      throw new ConfigError([
        'QBO_TOKEN_ENCRYPTION_KEY is required: 32 random bytes, base64 or hex (generate one with `openssl rand -base64 32`)',
      ]);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  const worker = new Worker(config, logger);

  let signalled = false;
  /** Stops the worker within SHUTDOWN_TIMEOUT_MS and exits with `code` (1 if the stop fails or is late). */
  const shutdown = (signal: string, code = 0) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    worker
      .stop()
      .then(() => tracing?.shutdown().catch(() => undefined))
      .then(
        () => process.exit(code),
        (e: unknown) => {
          logger.error({ err: e }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Never a live process with a dead consumer: exit 1 so the orchestrator restarts it (and shows why).
  void worker.died.then((cause) => {
    logger.fatal({ err: cause }, 'the consumer died; exiting');
    shutdown('consumer died', 1);
  });

  try {
    await worker.start();
  } catch (e) {
    logger.fatal({ err: e }, 'worker failed to start');
    await worker.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
