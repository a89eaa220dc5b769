import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** Transpiles src/emulator into a temporary directory, so the test does not depend on the rest of the tree building. */
function transpileEmulator(): string {
  const source = resolve(__dirname, '../../src/emulator');
  const out = mkdtempSync(join(tmpdir(), 'qbo-emulator-'));
  for (const file of readdirSync(source).filter((f) => f.endsWith('.ts'))) {
    const output = ts.transpileModule(readFileSync(join(source, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), output.outputText);
  }
  return out;
}

describe('QBO emulator: main (npm run emulator)', () => {
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    dir = transpileEmulator();
  });
  afterAll(() => {
    if (child?.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on EMULATOR_PORT (0 = any free port) and prints a JSON log line and a plain line', async () => {
    child = spawn(process.execPath, [join(dir, 'main.js')], {
      env: { ...process.env, EMULATOR_PORT: '0', NODE_PATH: resolve(__dirname, '../../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const plain = await new Promise<string>((resolvePlain, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line; got: ${lines.join('\n')}`)), 15_000);
      let buffer = '';
      child?.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          if (line.startsWith('QBO emulator listening on ')) {
            clearTimeout(timer);
            resolvePlain(line);
          }
        }
      });
      child?.once('exit', (code) => reject(new Error(`exited with ${String(code)}: ${lines.join('\n')}`)));
    });
    const url = plain.slice('QBO emulator listening on '.length);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const jsonLine = lines.map((l) => { try { return JSON.parse(l) as Record<string, unknown>; } catch { return null; } }).find((j) => j?.['url'] === url);
    if (!jsonLine) throw new Error(lines.join("\n"));
    expect(jsonLine).toMatchObject({ msg: 'QBO emulator listening', url });
    const health = await fetch(`${url}/_emulator/health`);
    expect(await health.json()).toEqual({ ok: true });
    const exited = new Promise<number | null>((r) => child?.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
