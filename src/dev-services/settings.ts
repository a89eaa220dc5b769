import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';

/**
 * Everything the dev services read from the environment, in one place. Documented in
 * docs/services.md; keep the two in step.
 */
export interface ServicesSettings {
  /** The project root (the folder holding this project's package.json). */
  projectRoot: string;
  /** Where local state lives: data dirs, logs, pid files, downloaded jars. */
  stateDir: string;
  /** Short stable id of this checkout: labels containers, names fallback dirs. */
  projectId: string;
  /** `auto` picks docker when an engine answers, else local. */
  forcedMode: 'auto' | 'docker' | 'local';
  pgPort: number;
  kafkaPort: number;
  kafkaControllerPort: number;
  kafkaHeap: string;
  readyTimeoutMs: number;
  pgImage: string;
  kafkaImage: string;
  db: { user: string; password: string; database: string };
}

export const PROJECT_PACKAGE_NAME = 'qbo-sync';
export const KAFKA_VERSION = '3.9.1';
export const DOCKER_LABEL = 'qbo-sync.dev-services';

/** Walks up from this file to the folder whose package.json is this project's. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(pkg, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === PROJECT_PACKAGE_NAME) {
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function intEnv(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return def;
  const t = raw.trim();
  if (!/^\d+$/.test(t)) throw new Error(`${name} must be an integer, got "${raw}"`);
  const n = Number(t);
  if (n < min || n > max) throw new Error(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function strEnv(env: NodeJS.ProcessEnv, name: string, def: string): string {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? def : raw.trim();
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): ServicesSettings {
  const projectRoot = findProjectRoot();
  const mode = strEnv(env, 'QBO_SYNC_SERVICES_MODE', 'auto');
  if (mode !== 'auto' && mode !== 'docker' && mode !== 'local') {
    throw new Error(`QBO_SYNC_SERVICES_MODE must be auto, docker or local, got "${mode}"`);
  }
  const kafkaPort = intEnv(env, 'QBO_SYNC_KAFKA_PORT', 19092, 1, 65535);
  return {
    projectRoot,
    stateDir: resolve(projectRoot, strEnv(env, 'QBO_SYNC_SERVICES_DIR', '.services')),
    projectId: createHash('sha256').update(projectRoot).digest('hex').slice(0, 10),
    forcedMode: mode,
    pgPort: intEnv(env, 'QBO_SYNC_PG_PORT', 54329, 1, 65535),
    kafkaPort,
    kafkaControllerPort: intEnv(env, 'QBO_SYNC_KAFKA_CONTROLLER_PORT', kafkaPort + 1, 1, 65535),
    kafkaHeap: strEnv(env, 'QBO_SYNC_KAFKA_HEAP', '512m'),
    readyTimeoutMs: intEnv(env, 'QBO_SYNC_SERVICES_TIMEOUT_MS', 180_000, 1000, 3_600_000),
    pgImage: strEnv(env, 'QBO_SYNC_PG_IMAGE', 'postgres:16-alpine'),
    kafkaImage: strEnv(env, 'QBO_SYNC_KAFKA_IMAGE', 'confluentinc/cp-kafka:7.9.1'),
    db: { user: 'qbo_sync', password: 'qbo_sync', database: 'qbo_sync' },
  };
}

export function postgresUrl(s: ServicesSettings, host: string, port: number): string {
  const { user, password, database } = s.db;
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${database}`;
}
