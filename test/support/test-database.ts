import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrationsLocked } from '../../src/db/data-source';
import { uniqueName } from './unique';

export interface TestDatabase {
  url: string;
  name: string;
  /** A migrated DataSource on this database, for assertions. */
  dataSource: DataSource;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the jest global setup starts the services');
  return url;
}

/** A fresh database of its own for one test file, migrated; dropped afterwards. */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const base = new URL(serverUrl());
  const name = uniqueName('qbo_test').toLowerCase();
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 4, applicationName: 'qbo-sync-test' });
  await dataSource.initialize();
  if (opts.migrate !== false) await runMigrationsLocked(dataSource);
  return {
    url: url.toString(),
    name,
    dataSource,
    async drop() {
      await dataSource.destroy().catch(() => undefined);
      const c = new Client({ connectionString: base.toString() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
