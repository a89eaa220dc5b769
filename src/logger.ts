import pino, { Logger } from 'pino';

export type { Logger };

/** Keys whose values never reach a log line, wherever they sit in the object. */
const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'password',
  '*.password',
  'clientSecret',
  '*.clientSecret',
  'databaseUrl',
  '*.databaseUrl',
];

/** JSON lines on stdout; `toStderr` for command-line tools, whose stdout is their output. */
export function createLogger(level: string, name = 'qbo-sync', toStderr = false): Logger {
  const options = {
    name,
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return toStderr ? pino(options, pino.destination(2)) : pino(options);
}
