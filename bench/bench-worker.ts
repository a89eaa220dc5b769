import { ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A free TCP port on 127.0.0.1 (for a worker's HTTP port). */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface BenchWorker {
  process: ChildProcess;
  /** The exit code once it exited, null while it runs. */
  exited(): number | null;
  stop(): Promise<void>;
}

/** A worker started as the image starts it (`node --max-old-space-size=128 dist/src/main.js`), with `env` on top of this process's. */
export function spawnWorker(env: Record<string, string>, name: string): BenchWorker {
  const child = spawn(process.execPath, ['--max-old-space-size=128', resolve(__dirname, '../src/main.js')], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    // BENCH_WORKER_LOG=<path>: the workers' logs (level warn and above) appended to that file.
    stdio: ['ignore', process.env.BENCH_WORKER_LOG ? openSync(process.env.BENCH_WORKER_LOG, 'a') : 'ignore', 'pipe'],
  });
  let code: number | null = null;
  child.on('exit', (c) => (code = c ?? -1));
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  return {
    process: child,
    exited: () => code,
    stop: async () => {
      if (code !== null) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
    },
  };
}

/** Runs the operator CLI (`dist/src/cli/qbo-sync.js`) once; resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [resolve(__dirname, '../src/cli/qbo-sync.js'), ...args], {
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('exit', (c) => ok({ code: c ?? -1, stdout }));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it answers true; throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs: number, everyMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}
