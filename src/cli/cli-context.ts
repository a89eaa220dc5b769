import 'reflect-metadata';
import { Config, ConfigError, loadConfig } from '../config';
import { buildOfflineContainer } from '../container';
import { createDataSource } from '../db/data-source';
import { createLogger } from '../logger';
import type { CliContext } from './cli-command';


export async function createCliContext(): Promise<CliContext> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n(run \`eval "$(npm run -s services -- env)"\` for the local services)\n`);
      process.exit(2);
    }
    throw e;
  }
  // Logs go to stderr so command output on stdout stays clean.
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'qbo-sync', true);
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 4, applicationName: 'qbo-sync-cli' });
  await dataSource.initialize();
  // Commands work on Postgres and QBO only: Kafka clients are never connected.
  const container = buildOfflineContainer({ config, logger, dataSource }, `${config.kafka.clientId}-cli`);
  return { config, logger, dataSource, container, out: (line = '') => process.stdout.write(`${line}\n`) };
}
