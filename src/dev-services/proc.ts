import { spawn } from 'child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'fs';
import { connect } from 'net';
import { delimiter, join } from 'path';

/** Small process helpers shared by the local services. No shell is involved anywhere. */

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Run as this OS user (via runuser); only meaningful when we are root. */
  runAs?: string | null;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Start the command in its own session, so what it forks outlives us and our terminal. */
  detached?: boolean;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs a command to completion, capturing its output. Never throws for a non-zero exit. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const [file, argv] = opts.runAs ? ['runuser', ['-u', opts.runAs, '--', cmd, ...args]] : [cmd, args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, argv, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: opts.detached ?? false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** Like run(), but a non-zero exit becomes an error carrying the output. */
export async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const out = `${r.stdout}\n${r.stderr}`.trim();
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code})${out ? `:\n${out}` : ''}`);
  }
  return r;
}

/** Looks a command up on PATH. */
export function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return null;
}

/** True while the process exists (a zombie counts as gone). EPERM means it exists under another user. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    // no /proc (macOS): trust kill(0)
  }
  return true;
}

/** The command line of a process, or null when unknown. */
export async function commandLine(pid: number): Promise<string | null> {
  const procFile = `/proc/${pid}/cmdline`;
  if (existsSync('/proc/self/cmdline')) {
    try {
      return readFileSync(procFile, 'utf8').split('\0').join(' ');
    } catch {
      return null;
    }
  }
  try {
    const r = await run('ps', ['-p', String(pid), '-o', 'args=']);
    return r.code === 0 ? r.stdout.trim() : null;
  } catch {
    return null;
  }
}

export const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `intervalMs` until it returns true or the deadline passes. */
export async function pollUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await delay(intervalMs);
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '(no log yet)';
  }
}

/**
 * Installs Debian packages when we are allowed to (root with apt-get); otherwise explains
 * what is missing. apt-get update runs only here, i.e. only when something is missing.
 */
export async function aptInstall(packages: string[], why: string, log: (line: string) => void): Promise<void> {
  if (!isRoot() || which('apt-get') === null) {
    throw new Error(`${why}. Install ${packages.join(', ')} (e.g. apt-get install -y ${packages.join(' ')}) and try again.`);
  }
  log(`${why}: installing ${packages.join(' ')} with apt-get (one time)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOk('apt-get', ['update', '-q'], { env });
  await runOk('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.once('error', () => resolvePromise(false));
  });
}
