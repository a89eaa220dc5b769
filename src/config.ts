import { z } from 'zod';
import { configSchema } from './config/config-schema';
import { readEnv } from './config/read-env';

/**
 * The worker's settings, read from the environment and validated at boot. Every setting is
 * declared once, in src/config/config-schema.ts; `Config` is that schema's output.
 */
export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` (process.env by default). Every bad value is reported at once, each message
 * naming its variable. With NODE_ENV=production the development defaults and test knobs are
 * refused too.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { input, settings } = readEnv(configSchema, env);
  const parsed = configSchema.safeParse(input);
  const problems: string[] = [];
  if (!parsed.success) {
    const variableAt = new Map(settings.map((s) => [s.path, s.meta.env]));
    for (const issue of parsed.error.issues) {
      const variable = variableAt.get(issue.path.join('.')) ?? 'environment';
      problems.push(issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`);
    }
  }
  if (env.NODE_ENV === 'production') {
    for (const s of settings) {
      const reason = s.meta.refuseInProduction?.(s.raw);
      if (reason !== undefined) problems.push(`${s.meta.env} ${reason} (refused with NODE_ENV=production)`);
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return parsed.data;
}
