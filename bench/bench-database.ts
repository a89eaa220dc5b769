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

/** A new, empty database `name` on the Postgres at `serverUrl` (the dev services' one), for one bench run. */
export async function createBenchDatabase(serverUrl: string, name: string): Promise<BenchDatabase> {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
