import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'fs';
import { join } from 'path';
import { aptInstall, commandLine, isAlive, pollUntil, portInUse, runOk, tail, which } from './proc';
import { KAFKA_VERSION, ServicesSettings } from './settings';

/**
 * A one-node Apache Kafka in KRaft combined mode (broker + controller in one JVM), run
 * from its Maven Central jars. Everything lives in <stateDir>/kafka:
 *   libs/ (jars, gathered by mvn from src/dev-services/kafka/pom.xml), data/ (log.dirs),
 *   server.properties, log4j.properties, kafka.pid, kafka.log (the JVM's output).
 */

export interface KafkaPaths {
  dir: string;
  libs: string;
  data: string;
  pidFile: string;
  logFile: string;
  serverProperties: string;
  log4jProperties: string;
}

export interface LocalKafka {
  brokers: string;
  pid: number;
  clusterId: string;
  paths: KafkaPaths;
  /** True when this call launched the JVM (false: it was already running). */
  started: boolean;
}

type Log = (line: string) => void;

export function kafkaPaths(s: ServicesSettings): KafkaPaths {
  const dir = join(s.stateDir, 'kafka');
  return {
    dir,
    libs: join(dir, 'libs'),
    data: join(dir, 'data'),
    pidFile: join(dir, 'kafka.pid'),
    logFile: join(dir, 'kafka.log'),
    serverProperties: join(dir, 'server.properties'),
    log4jProperties: join(dir, 'log4j.properties'),
  };
}

function serverProperties(s: ServicesSettings, p: KafkaPaths): string {
  return `# Written by src/dev-services/local-kafka.ts on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${s.kafkaControllerPort}
listeners=PLAINTEXT://127.0.0.1:${s.kafkaPort},CONTROLLER://127.0.0.1:${s.kafkaControllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${s.kafkaPort}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=${p.data}
# Suited to tests: topics appear on first use, one replica of everything, no join delay.
auto.create.topics.enable=true
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
group.initial.rebalance.delay.ms=0
delete.topic.enable=true
`;
}

const LOG4J = `# Written by src/dev-services/local-kafka.ts. Everything goes to stdout, which is kafka.log.
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.log.LogCleaner=WARN
log4j.logger.org.apache.kafka.clients=WARN
log4j.logger.org.apache.kafka.common.utils.AppInfoParser=WARN
log4j.logger.org.apache.kafka.storage.internals.log=WARN
log4j.logger.kafka.coordinator.group=WARN
log4j.logger.org.apache.kafka.coordinator.group=WARN
`;

function javaBin(): string | null {
  const home = process.env.JAVA_HOME;
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  return which('java');
}

async function ensureTools(needMaven: boolean, log: Log): Promise<string> {
  const missing: string[] = [];
  if (javaBin() === null) missing.push('default-jdk-headless');
  if (needMaven && which('mvn') === null) missing.push('maven');
  if (missing.length > 0) await aptInstall(missing, `Kafka needs ${missing.includes('maven') ? 'java and mvn' : 'java'}, not found`, log);
  const java = javaBin();
  if (java === null) throw new Error('java still not found after installing it');
  return java;
}

/** Gathers Kafka's jars into libs/ once (mvn reuses ~/.m2); a marker names what is there. */
async function ensureLibs(s: ServicesSettings, p: KafkaPaths, log: Log): Promise<void> {
  const pom = join(s.projectRoot, 'src', 'dev-services', 'kafka', 'pom.xml');
  const marker = join(p.libs, '.complete');
  const wanted = `kafka_2.13:${KAFKA_VERSION}\n${readFileSync(pom, 'utf8')}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return;
  const tmp = `${p.libs}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  log(`kafka: gathering Kafka ${KAFKA_VERSION} jars with mvn into ${p.libs} (first run only)`);
  const t0 = Date.now();
  await runOk('mvn', ['-B', '-q', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], { cwd: s.projectRoot });
  writeFileSync(join(tmp, '.complete'), wanted);
  rmSync(p.libs, { recursive: true, force: true });
  renameSync(tmp, p.libs);
  log(`kafka: jars ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

/** The cluster id stored by `StorageTool format` in data/meta.properties, or null before formatting. */
export function formattedClusterId(p: KafkaPaths): string | null {
  try {
    const m = /^cluster\.id=(.+)$/m.exec(readFileSync(join(p.data, 'meta.properties'), 'utf8'));
    return m?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

/** A Kafka Uuid as StorageTool random-uuid prints it: 16 random bytes, base64url, no padding. */
/**
 * A Kafka cluster id: 16 random bytes, base64url. Like Kafka's own Uuid.randomUuid(), never one
 * that starts with '-', which the storage tool's argument parser would take for an option.
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function readPid(p: KafkaPaths): number | null {
  try {
    const pid = Number(readFileSync(p.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of our running broker, or null. The command line must name our server.properties (pid reuse). */
export async function runningKafkaPid(p: KafkaPaths): Promise<number | null> {
  const pid = readPid(p);
  if (pid === null || !isAlive(pid)) return null;
  const cmd = await commandLine(pid);
  if (cmd !== null && !(cmd.includes('kafka.Kafka') && cmd.includes(p.serverProperties))) return null;
  return pid;
}

function classpath(p: KafkaPaths): string {
  return `${p.libs}/*`;
}

function rotateLog(file: string): void {
  try {
    if (statSync(file).size > 20 * 1024 * 1024) renameSync(file, `${file}.1`);
  } catch {
    // no log yet
  }
}

/** Starts the broker (formatting storage on first use), or finds it already running. */
export async function startLocalKafka(s: ServicesSettings, log: Log): Promise<LocalKafka> {
  const p = kafkaPaths(s);
  const brokers = `127.0.0.1:${s.kafkaPort}`;
  const running = await runningKafkaPid(p);
  if (running !== null) {
    const props = readFileSync(p.serverProperties, 'utf8');
    const port = /^listeners=PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/m.exec(props)?.[1] ?? String(s.kafkaPort);
    log(`kafka: already running (pid ${running}, 127.0.0.1:${port})`);
    if (Number(port) !== s.kafkaPort) log(`kafka: note: it listens on ${port}, not QBO_SYNC_KAFKA_PORT=${s.kafkaPort}; run down first to move it`);
    return { brokers: `127.0.0.1:${port}`, pid: running, clusterId: formattedClusterId(p) ?? 'unknown', paths: p, started: false };
  }
  rmSync(p.pidFile, { force: true });
  mkdirSync(p.dir, { recursive: true });

  const libsReady = existsSync(join(p.libs, '.complete'));
  const java = await ensureTools(!libsReady, log);
  await ensureLibs(s, p, log);

  for (const port of [s.kafkaPort, s.kafkaControllerPort]) {
    if (await portInUse(port)) {
      throw new Error(
        `port ${port} on 127.0.0.1 is taken by another process, so Kafka cannot listen there. ` +
          'Stop that process or choose other ports with QBO_SYNC_KAFKA_PORT / QBO_SYNC_KAFKA_CONTROLLER_PORT.',
      );
    }
  }

  writeFileSync(p.serverProperties, serverProperties(s, p));
  writeFileSync(p.log4jProperties, LOG4J);
  const log4jOpt = `-Dlog4j.configuration=file:${p.log4jProperties}`;

  let clusterId = formattedClusterId(p);
  if (clusterId === null) {
    clusterId = newClusterId();
    log(`kafka: formatting storage in ${p.data} (cluster id ${clusterId})`);
    rmSync(p.data, { recursive: true, force: true });
    await runOk(java, ['-Xmx256m', log4jOpt, '-cp', classpath(p), 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', p.serverProperties], {
      cwd: p.dir,
    });
  }

  rotateLog(p.logFile);
  log(`kafka: starting on ${brokers} (controller ${s.kafkaControllerPort}; log: ${p.logFile})`);
  const out = openSync(p.logFile, 'a');
  writeSync(out, `\n===== ${new Date().toISOString()} qbo-sync dev services: starting Kafka ${KAFKA_VERSION} =====\n`);
  let pid: number | undefined;
  try {
    const child = spawn(
      java,
      [
        `-Xmx${s.kafkaHeap}`,
        `-Xms${s.kafkaHeap}`,
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-XX:+ExplicitGCInvokesConcurrent',
        '-XX:+ExitOnOutOfMemoryError',
        '-Djava.awt.headless=true',
        log4jOpt,
        `-Dkafka.logs.dir=${p.dir}`,
        '-cp',
        classpath(p),
        'kafka.Kafka',
        p.serverProperties,
      ],
      { cwd: p.dir, detached: true, stdio: ['ignore', out, out] },
    );
    pid = child.pid;
    child.unref();
  } finally {
    closeSync(out);
  }
  if (pid === undefined) throw new Error(`could not launch ${java}; see ${p.logFile}`);
  writeFileSync(p.pidFile, `${pid}\n`);
  return { brokers, pid, clusterId, paths: p, started: true };
}

/** A reason to stop waiting for the broker: its process is gone. */
export function kafkaDiedReason(k: LocalKafka): string | null {
  if (isAlive(k.pid)) return null;
  return `the Kafka process (pid ${k.pid}) exited. Last lines of its log ${k.paths.logFile}:\n${tail(k.paths.logFile, 25)}`;
}

/** Stops the broker gracefully (SIGTERM, then SIGKILL after 60s). True when one was running. */
export async function stopLocalKafka(s: ServicesSettings, log: Log): Promise<boolean> {
  const p = kafkaPaths(s);
  const pid = await runningKafkaPid(p);
  if (pid === null) {
    rmSync(p.pidFile, { force: true });
    return false;
  }
  log(`kafka: stopping pid ${pid}`);
  process.kill(pid, 'SIGTERM');
  if (!(await pollUntil(() => !isAlive(pid), 60_000, 200))) {
    log(`kafka: pid ${pid} still running after 60s; killing it`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await pollUntil(() => !isAlive(pid), 10_000, 200);
  }
  rmSync(p.pidFile, { force: true });
  return true;
}
