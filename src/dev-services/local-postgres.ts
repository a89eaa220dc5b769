import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { Client } from 'pg';
import { aptInstall, isAlive, isRoot, portInUse, run, runOk, tail, which } from './proc';
import { postgresUrl, ServicesSettings } from './settings';

/**
 * A Postgres cluster of the machine's own binaries, private to this checkout:
 * data in <stateDir>/postgres/data, TCP on 127.0.0.1 only, no Unix socket.
 * Postgres refuses to run as root, so as root everything runs as the `postgres` user.
 */

export interface LocalPostgres {
  url: string;
  pid: number;
  port: number;
  dataDir: string;
  logFile: string;
}

type Log = (line: string) => void;

/** The OS user that runs Postgres: `postgres` when we are root, else ourselves (null). */
function runAsUser(): string | null {
  return isRoot() ? 'postgres' : null;
}

function pgBinDirFromPath(): string | null {
  const pgCtl = which('pg_ctl');
  if (pgCtl === null || which('initdb') === null) return null;
  return dirname(realpathSync(pgCtl));
}

function pgBinDirFromDebianLayout(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(base, versions[0], 'bin');
}

async function findPgBinDir(log: Log): Promise<string> {
  const found = pgBinDirFromPath() ?? pgBinDirFromDebianLayout();
  if (found !== null) return found;
  await aptInstall(['postgresql'], 'Postgres binaries (initdb, pg_ctl) not found', log);
  const installed = pgBinDirFromPath() ?? pgBinDirFromDebianLayout();
  if (installed === null) throw new Error('installed postgresql but still cannot find initdb/pg_ctl');
  return installed;
}

async function canWrite(user: string | null, dir: string): Promise<boolean> {
  if (user === null) return true;
  const r = await run('test', ['-w', dir, '-a', '-x', dir], { runAs: user });
  return r.code === 0;
}

/**
 * The folder holding data/ and the log. Under the state dir when the Postgres user can
 * reach it; otherwise (a checkout under /root, say) a folder in /tmp named after the checkout.
 */
export async function postgresHome(s: ServicesSettings, create: boolean): Promise<string> {
  const preferred = join(s.stateDir, 'postgres');
  const fallback = join(tmpdir(), `qbo-sync-services-${s.projectId}`, 'postgres');
  if (!create) {
    if (existsSync(join(fallback, 'data', 'PG_VERSION')) && !existsSync(join(preferred, 'data', 'PG_VERSION'))) return fallback;
    return preferred;
  }
  const user = runAsUser();
  for (const dir of [preferred, fallback]) {
    mkdirSync(dir, { recursive: true });
    if (user !== null) await runOk('chown', [user, dir]);
    if (await canWrite(user, dir)) return dir;
  }
  throw new Error(`the ${user ?? 'current'} user can write neither ${preferred} nor ${fallback}`);
}

/** The live postmaster of a data dir, read from postmaster.pid; null when none runs. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isAlive(pid)) return null;
  return { pid, port };
}

const CONF_FILE = 'qbo-sync.conf';
const CONF = `# Written by src/dev-services/local-postgres.ts on every start; edits are overwritten.
# Local development and tests only: reachable from this machine only, durability traded for speed.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
log_checkpoints = off
log_line_prefix = '%m [%p] '
`;

async function initCluster(s: ServicesSettings, binDir: string, home: string, dataDir: string, user: string | null, log: Log): Promise<void> {
  log(`postgres: initialising a new cluster in ${dataDir}`);
  rmSync(dataDir, { recursive: true, force: true }); // a half-made cluster from an interrupted run
  const pwFile = join(home, '.pwfile');
  writeFileSync(pwFile, `${s.db.password}\n`, { mode: 0o600 });
  try {
    if (user !== null) await runOk('chown', [user, pwFile]);
    await runOk(
      join(binDir, 'initdb'),
      ['-D', dataDir, '-U', s.db.user, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-sync'],
      { runAs: user, cwd: home },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
  appendFileSync(join(dataDir, 'postgresql.conf'), `\n# qbo-sync dev services\ninclude_if_exists = '${CONF_FILE}'\n`);
}

async function ensureDatabase(s: ServicesSettings, port: number): Promise<void> {
  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: s.db.user,
    password: s.db.password,
    database: 'postgres',
    connectionTimeoutMillis: 5000,
  });
  await admin.connect();
  try {
    const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [s.db.database]);
    if (r.rowCount === 0) await admin.query(`CREATE DATABASE "${s.db.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** Starts the cluster (initialising it on first use), or finds it already running. */
export async function startLocalPostgres(s: ServicesSettings, log: Log): Promise<LocalPostgres> {
  const home = await postgresHome(s, true);
  const dataDir = join(home, 'data');
  const logFile = join(home, 'postgres.log');
  const running = runningPostmaster(dataDir);
  if (running !== null) {
    log(`postgres: already running (pid ${running.pid}, 127.0.0.1:${running.port})`);
    if (running.port !== s.pgPort) log(`postgres: note: it listens on ${running.port}, not QBO_SYNC_PG_PORT=${s.pgPort}; run down first to move it`);
    return { url: postgresUrl(s, '127.0.0.1', running.port), pid: running.pid, port: running.port, dataDir, logFile };
  }

  const binDir = await findPgBinDir(log);
  const user = runAsUser();
  if (user !== null && (await run('id', ['-u', user])).code !== 0) {
    throw new Error(`running as root, Postgres needs the "${user}" OS user, which does not exist (apt-get install postgresql creates it)`);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initCluster(s, binDir, home, dataDir, user, log);
  writeFileSync(join(dataDir, CONF_FILE), CONF, { mode: 0o644 });
  if (user !== null) await runOk('chown', [user, join(dataDir, CONF_FILE)]);
  if (!existsSync(logFile)) {
    writeFileSync(logFile, '');
    if (user !== null) await runOk('chown', [user, logFile]);
  }
  chmodSync(logFile, 0o644);

  if (await portInUse(s.pgPort)) {
    throw new Error(`port ${s.pgPort} on 127.0.0.1 is taken by another process, so Postgres cannot listen there. Stop it or choose another port with QBO_SYNC_PG_PORT.`);
  }
  log(`postgres: starting on 127.0.0.1:${s.pgPort} (log: ${logFile})`);
  // Detached: the postmaster lands in its own session and survives this CLI and its terminal.
  const r = await run(join(binDir, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', `-p ${s.pgPort}`, '-w', '-t', '90', 'start'], {
    runAs: user,
    cwd: home,
    detached: true,
  });
  const started = runningPostmaster(dataDir);
  if (r.code !== 0 || started === null) {
    throw new Error(
      `postgres did not start (pg_ctl exit ${r.code}): ${`${r.stdout}\n${r.stderr}`.trim()}\n` +
        `Last lines of its log ${logFile}:\n${tail(logFile, 20)}`,
    );
  }
  await ensureDatabase(s, started.port);
  return { url: postgresUrl(s, '127.0.0.1', started.port), pid: started.pid, port: started.port, dataDir, logFile };
}

/** Stops the cluster gracefully (fast shutdown: sessions end, data stays). True when one was running. */
export async function stopLocalPostgres(s: ServicesSettings, log: Log, dataDirHint?: string): Promise<boolean> {
  const dataDir = dataDirHint ?? join(await postgresHome(s, false), 'data');
  const running = runningPostmaster(dataDir);
  if (running === null) return false;
  const binDir = pgBinDirFromPath() ?? pgBinDirFromDebianLayout();
  log(`postgres: stopping pid ${running.pid}`);
  if (binDir !== null) {
    const r = await run(join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop'], { runAs: runAsUser(), cwd: dirname(dataDir) });
    if (r.code === 0) return true;
    log(`postgres: pg_ctl stop failed (${r.stderr.trim()}); sending SIGINT`);
  }
  try {
    process.kill(running.pid, 'SIGINT'); // SIGINT = fast shutdown
  } catch {
    // already gone
  }
  return true;
}
