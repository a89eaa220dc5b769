import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

/**
 * `docker compose up` must leave a running worker: the worker's environment in
 * docker-compose.yml, with compose's own `${VAR:-default}` defaults and nothing else set,
 * passes the same config schema the worker boots with. And nothing is published beyond the
 * host's loopback.
 */

interface ComposeService {
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8')) as ComposeFile;

/** What compose does with an empty shell environment: `${X:-d}` and `${X-d}` become d, `${X}` empty. */
function interpolate(value: string, shell: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g, (_m, name: string, def: string | undefined) => shell[name] ?? def ?? '');
}

function workerEnv(shell: Record<string, string> = {}): Record<string, string> {
  const env = compose.services.worker?.environment ?? {};
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v), shell)]));
}

describe('docker-compose.yml', () => {
  it("the worker's environment, with compose's defaults, passes the config schema", () => {
    const env = workerEnv();
    expect(() => loadConfig(env)).not.toThrow();
    const config = loadConfig(env);
    expect(config.connect.adminApiToken).toBe(env.ADMIN_API_TOKEN);
    expect(config.connect.tenantLinkSecret).toBe(env.TENANT_LINK_SECRET);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const port of service.ports ?? []) {
        expect(`${name} ${port}`).toMatch(new RegExp(`^${name} 127\\.0\\.0\\.1:\\d+:\\d+$`));
      }
    }
  });
});
