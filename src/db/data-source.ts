import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/**
 * The one DataSource shape used by the worker, the migration CLI and the tests. No entities:
 * TypeORM carries the connection pool, transactions (query runners) and the migrations; every
 * query is raw SQL (see the README's Design section).
 */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: opts.poolSize ?? 10,
    applicationName: opts.applicationName ?? 'qbo-sync',
    extra: {
      // A dead Postgres must surface as an error fast, so ingestion can back off and retry.
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    },
  });
}

/** Arbitrary but fixed key for the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK_KEY = 7_130_421_001;

/**
 * Applies pending migrations while holding a session-level advisory lock, so replicas
 * booting together don't race: the first applies, the others wait and then find nothing
 * to do. Returns the names of the migrations this call applied.
 */
export async function runMigrationsLocked(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
