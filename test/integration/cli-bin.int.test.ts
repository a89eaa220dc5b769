import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI } from '../support/run-cli';

/**
 * The operator CLI as the image carries it: `qbo-sync` on PATH, a symlink to the built
 * dist/src/cli/qbo-sync.js (the Dockerfile's `ln -s` and `chmod 0755`), run by its shebang.
 */
describe('qbo-sync on PATH', () => {
  it('runs by its shebang through a symlink and lists the operator commands', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it)`);
    chmodSync(CLI, 0o755);
    const bin = mkdtempSync(path.join(tmpdir(), 'qbo-sync-bin-'));
    symlinkSync(CLI, path.join(bin, 'qbo-sync'));
    const r = spawnSync('qbo-sync', ['help'], {
      cwd: tmpdir(),
      env: { PATH: `${bin}:${path.dirname(process.execPath)}:/usr/bin:/bin` },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    for (const command of ['status', 'run-now', 'dead-letters', 'rotate-key', 'replay']) expect(r.stdout).toContain(`\n  ${command}`);
  });
});
