import { Client } from 'pg';

export interface BenchDatabase {
  name: string;
  /** The new database's URL (the server's URL with its name). */
  url: string;
  /** Drops the database, closing its connections. */
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, text: string): Promise<void> {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * A new, empty database on the Postgres at `serverUrl` (the dev services' one), for one bench
 * run: `base` with this process's id (two benches started in the same millisecond once took
 * the same name and one failed).
 */
export async function createBenchDatabase(serverUrl: string, base: string): Promise<BenchDatabase> {
  const name = `${base}_${process.pid}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
