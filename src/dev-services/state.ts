import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'fs';
import { join } from 'path';
import { delay, isAlive } from './proc';
import { ServicesSettings } from './settings';

/** What `up` started, so `env` and `down` find it again: <stateDir>/state.json. */
export interface ServicesState {
  mode: 'docker' | 'local';
  databaseUrl: string;
  kafkaBrokers: string;
  startedAt: string;
  local?: { pgDataDir: string; kafkaDir: string };
  docker?: { containerIds: string[] };
}

const stateFile = (s: ServicesSettings): string => join(s.stateDir, 'state.json');

export function readState(s: ServicesSettings): ServicesState | null {
  try {
    const parsed = JSON.parse(readFileSync(stateFile(s), 'utf8')) as Partial<ServicesState>;
    if ((parsed.mode === 'docker' || parsed.mode === 'local') && typeof parsed.databaseUrl === 'string' && typeof parsed.kafkaBrokers === 'string') {
      return parsed as ServicesState;
    }
    return null;
  } catch {
    return null;
  }
}

export function writeState(s: ServicesSettings, state: ServicesState): void {
  mkdirSync(s.stateDir, { recursive: true });
  const tmp = `${stateFile(s)}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, stateFile(s));
}

export function clearState(s: ServicesSettings): void {
  rmSync(stateFile(s), { force: true });
}

/**
 * Serialises up/down between processes (a CLI and a jest run started together must not
 * both launch a broker). The lock file holds the owner's pid; a dead owner's lock is taken over.
 */
export async function withLock<T>(s: ServicesSettings, timeoutMs: number, log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  mkdirSync(s.stateDir, { recursive: true });
  const lockFile = join(s.stateDir, 'services.lock');
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(lockFile, 'utf8').trim());
      } catch {
        // vanished meanwhile; retry
      }
      // An empty file may be a lock being written right now; only a known dead owner is stale.
      if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() >= deadline) throw new Error(`timed out waiting for ${lockFile} (held by pid ${owner})`);
      if (!told) {
        log(`waiting for another services command (pid ${owner}) to finish`);
        told = true;
      }
      await delay(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
