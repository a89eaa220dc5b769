import { z } from 'zod';

/**
 * One validated schema over the environment. A bad value stops the boot with a
 * message naming the variable.
 */

const intFrom = (name: string, def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      if (!/^-?\d+$/.test(v.trim())) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer, got "${v}"` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be between ${min} and ${max}, got ${n}` });
        return z.NEVER;
      }
      return n;
    });

const boolFrom = (name: string, def: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const t = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(t)) return true;
      if (['0', 'false', 'no', 'off'].includes(t)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false, got "${v}"` });
      return z.NEVER;
    });

const nonEmpty = (name: string, def?: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const value = v === undefined || v.trim() === '' ? def : v.trim();
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `${name} is required` });
        return z.NEVER;
      }
      return value;
    });

const topicName = (name: string, def: string) =>
  nonEmpty(name, def).refine((v) => /^[a-zA-Z0-9._-]{1,249}$/.test(v), {
    message: `${name} must be a Kafka topic name (letters, digits, ".", "_", "-")`,
  });

const envSchema = z.object({
  DATABASE_URL: nonEmpty('DATABASE_URL').refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: 'DATABASE_URL must be a postgres:// URL',
  }),
  DB_POOL_SIZE: intFrom('DB_POOL_SIZE', 10, 1, 200),
  KAFKA_BROKERS: nonEmpty('KAFKA_BROKERS').transform((v, ctx) => {
    const brokers = v.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
    const bad = brokers.find((b) => !/^[^\s:]+:\d{1,5}$/.test(b));
    if (brokers.length === 0 || bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `KAFKA_BROKERS must be a comma-separated list of host:port, got "${v}"` });
      return z.NEVER;
    }
    return brokers;
  }),
  KAFKA_CLIENT_ID: nonEmpty('KAFKA_CLIENT_ID', 'qbo-sync'),
  KAFKA_GROUP_ID: nonEmpty('KAFKA_GROUP_ID', 'qbo-sync'),
  KAFKA_TOPIC_CUSTOMERS: topicName('KAFKA_TOPIC_CUSTOMERS', 'customer-events'),
  KAFKA_TOPIC_INVOICES: topicName('KAFKA_TOPIC_INVOICES', 'invoice-events'),
  KAFKA_TOPIC_DEAD_LETTER: topicName('KAFKA_TOPIC_DEAD_LETTER', 'qbo-sync.dead-letter'),
  KAFKA_FROM_BEGINNING: boolFrom('KAFKA_FROM_BEGINNING', true),
  INGEST_PARTITIONS_CONCURRENTLY: intFrom('INGEST_PARTITIONS_CONCURRENTLY', 3, 1, 64),
  INGEST_MAX_BYTES_PER_PARTITION: intFrom('INGEST_MAX_BYTES_PER_PARTITION', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
  HTTP_HOST: nonEmpty('HTTP_HOST', '0.0.0.0'),
  HTTP_PORT: intFrom('HTTP_PORT', 8080, 0, 65535),
  LOG_LEVEL: nonEmpty('LOG_LEVEL', 'info').refine(
    (v) => ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v),
    { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' },
  ),
  SHUTDOWN_TIMEOUT_MS: intFrom('SHUTDOWN_TIMEOUT_MS', 25000, 1000, 600000),
  MIGRATIONS_RUN_AT_BOOT: boolFrom('MIGRATIONS_RUN_AT_BOOT', true),
});

export type Config = {
  databaseUrl: string;
  dbPoolSize: number;
  kafka: {
    brokers: string[];
    clientId: string;
    groupId: string;
    topics: { customers: string; invoices: string; deadLetter: string };
    fromBeginning: boolean;
    partitionsConsumedConcurrently: number;
    maxBytesPerPartition: number;
  };
  http: { host: string; port: number };
  logLevel: string;
  shutdownTimeoutMs: number;
  migrationsRunAtBoot: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const variable = String(i.path[0] ?? 'environment');
      return i.message.startsWith(variable) ? i.message : `${variable}: ${i.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      groupId: e.KAFKA_GROUP_ID,
      topics: {
        customers: e.KAFKA_TOPIC_CUSTOMERS,
        invoices: e.KAFKA_TOPIC_INVOICES,
        deadLetter: e.KAFKA_TOPIC_DEAD_LETTER,
      },
      fromBeginning: e.KAFKA_FROM_BEGINNING,
      partitionsConsumedConcurrently: e.INGEST_PARTITIONS_CONCURRENTLY,
      maxBytesPerPartition: e.INGEST_MAX_BYTES_PER_PARTITION,
    },
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    migrationsRunAtBoot: e.MIGRATIONS_RUN_AT_BOOT,
  };
}
