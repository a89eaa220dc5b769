import { dockerAvailable, dockerContainersRunning, startDockerServices, stopDockerServices } from './docker-services';
import { kafkaDiedReason, kafkaPaths, runningKafkaPid, startLocalKafka, stopLocalKafka } from './local-kafka';
import { postgresHome, runningPostmaster, startLocalPostgres, stopLocalPostgres } from './local-postgres';
import { waitUntilReady } from './readiness';
import { loadSettings, ServicesSettings } from './settings';
import { clearState, readState, ServicesState, withLock, writeState } from './state';

/**
 * A real Postgres and a real Kafka for development, tests, the demo and CI. Chosen in order:
 *   1. env    — DATABASE_URL and KAFKA_BROKERS are set: use them, only check readiness;
 *   2. docker — a container engine answers: testcontainers (Postgres + Kafka containers);
 *   3. local  — the machine's Postgres binaries and Kafka's jars from Maven Central.
 * What runs is recorded in <stateDir>/state.json; `up` is idempotent. See docs/services.md.
 */

export interface ServiceEndpoints {
  mode: 'env' | 'docker' | 'local';
  databaseUrl: string;
  /** comma-separated host:port */
  kafkaBrokers: string;
}

export { loadSettings } from './settings';

type Log = (line: string) => void;
const quiet: Log = () => undefined;

function fromEnvironment(): ServiceEndpoints | null {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const kafkaBrokers = process.env.KAFKA_BROKERS?.trim();
  if (!databaseUrl || !kafkaBrokers) return null;
  return { mode: 'env', databaseUrl, kafkaBrokers };
}

/** Checks both services by a real round trip (SELECT 1; produce + consume back), polling until the deadline. */
export async function checkReady(ep: ServiceEndpoints, timeoutMs?: number): Promise<void> {
  await waitUntilReady(ep, timeoutMs ?? loadSettings().readyTimeoutMs);
}

async function upLocal(s: ServicesSettings, log: Log): Promise<ServiceEndpoints> {
  const [pg, kafka] = await Promise.all([startLocalPostgres(s, log), startLocalKafka(s, log)]);
  const ep: ServiceEndpoints = { mode: 'local', databaseUrl: pg.url, kafkaBrokers: kafka.brokers };
  writeState(s, {
    mode: 'local',
    databaseUrl: ep.databaseUrl,
    kafkaBrokers: ep.kafkaBrokers,
    startedAt: new Date().toISOString(),
    local: { pgDataDir: pg.dataDir, kafkaDir: kafka.paths.dir },
  });
  await waitUntilReady(ep, s.readyTimeoutMs, {
    abortIf: () => kafkaDiedReason(kafka) ?? (runningPostmaster(pg.dataDir) === null ? `the Postgres server exited; see its log ${pg.logFile}` : null),
    hint: { postgres: `Postgres log: ${pg.logFile}`, kafka: `Kafka log: ${kafka.paths.logFile}` },
  });
  return ep;
}

async function upDocker(s: ServicesSettings, log: Log): Promise<ServiceEndpoints> {
  const started = await startDockerServices(s, log);
  const ep: ServiceEndpoints = { mode: 'docker', databaseUrl: started.databaseUrl, kafkaBrokers: started.kafkaBrokers };
  writeState(s, {
    mode: 'docker',
    databaseUrl: ep.databaseUrl,
    kafkaBrokers: ep.kafkaBrokers,
    startedAt: new Date().toISOString(),
    docker: { containerIds: started.containerIds },
  });
  await waitUntilReady(ep, s.readyTimeoutMs, {
    hint: { postgres: 'see `docker logs` of the postgres container', kafka: 'see `docker logs` of the kafka container' },
  });
  return ep;
}

async function chooseMode(s: ServicesSettings, state: ServicesState | null, log: Log): Promise<'docker' | 'local'> {
  if (s.forcedMode !== 'auto') return s.forcedMode;
  if (state?.mode === 'local') return 'local'; // keep using what already runs (or ran) here
  if (await dockerAvailable()) return 'docker';
  log('no container engine answers; using local Postgres and Kafka');
  return 'local';
}

/** Provides running, ready services; starts them only when they are not running already. */
export async function servicesUp(opts?: { log?: Log }): Promise<ServiceEndpoints> {
  const log = opts?.log ?? quiet;
  const fromEnv = fromEnvironment();
  if (fromEnv !== null) {
    log('using DATABASE_URL and KAFKA_BROKERS from the environment; checking they answer');
    await checkReady(fromEnv);
    return fromEnv;
  }
  const s = loadSettings();
  return withLock(s, 15 * 60_000, log, async () => {
    const mode = await chooseMode(s, readState(s), log);
    if (mode === 'docker') {
      if (!(await dockerAvailable())) throw new Error('QBO_SYNC_SERVICES_MODE=docker but no container engine answers');
      return upDocker(s, log);
    }
    return upLocal(s, log);
  });
}

/** Stops what `up` started (local processes gracefully; containers stopped and removed). */
export async function servicesDown(opts?: { log?: Log }): Promise<void> {
  const log = opts?.log ?? quiet;
  const s = loadSettings();
  await withLock(s, 5 * 60_000, log, async () => {
    const state = readState(s);
    let stopped = 0;
    // Local processes are found through their pid files even without a state file.
    const [kafkaStopped, pgStopped] = await Promise.all([stopLocalKafka(s, log), stopLocalPostgres(s, log, state?.local?.pgDataDir)]);
    stopped += Number(kafkaStopped) + Number(pgStopped);
    if (state?.mode === 'docker' || s.forcedMode === 'docker') stopped += await stopDockerServices(s, log);
    clearState(s);
    log(stopped > 0 ? `stopped ${stopped} service${stopped === 1 ? '' : 's'}` : 'nothing was running');
  });
}

/** The endpoints of the running services (environment first, then what `up` started), or null. */
export async function servicesEnv(): Promise<ServiceEndpoints | null> {
  const fromEnv = fromEnvironment();
  if (fromEnv !== null) return fromEnv;
  const s = loadSettings();
  const state = readState(s);
  if (state === null) return null;
  const ep: ServiceEndpoints = { mode: state.mode, databaseUrl: state.databaseUrl, kafkaBrokers: state.kafkaBrokers };
  if (state.mode === 'docker') return (await dockerContainersRunning(state.docker?.containerIds ?? [])) ? ep : null;
  const pgDataDir = state.local?.pgDataDir ?? `${await postgresHome(s, false)}/data`;
  const alive = runningPostmaster(pgDataDir) !== null && (await runningKafkaPid(kafkaPaths(s))) !== null;
  return alive ? ep : null;
}
