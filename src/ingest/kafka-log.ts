import { logLevel, LogEntry } from 'kafkajs';
import { Logger } from '../logger';

/** Routes kafkajs's own log lines into the pino logger. */
export function kafkaLogCreator(logger: Logger) {
  const child = logger.child({ component: 'kafkajs' });
  return () =>
    ({ level, log }: LogEntry): void => {
      const { message, ...extra } = log;
      switch (level) {
        case logLevel.ERROR:
          child.error(extra, message);
          break;
        case logLevel.WARN:
          child.warn(extra, message);
          break;
        case logLevel.INFO:
          child.info(extra, message);
          break;
        default:
          child.debug(extra, message);
      }
    };
}

/** kafkajs's numeric level matching a pino level name (kafkajs INFO is chatty: keep it at WARN unless debugging). */
export function kafkaLogLevel(pinoLevel: string): logLevel {
  if (pinoLevel === 'debug' || pinoLevel === 'trace') return logLevel.INFO;
  if (pinoLevel === 'silent' || pinoLevel === 'fatal') return logLevel.NOTHING;
  if (pinoLevel === 'error') return logLevel.ERROR;
  return logLevel.WARN;
}
