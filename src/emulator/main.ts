import pino from 'pino';
import { startEmulator } from './index';

/** `npm run emulator`: serves the emulator on EMULATOR_PORT (default 8090; 0 = any free port). */
async function main(): Promise<void> {
  // Synchronous stdout, so the JSON "listening" line is out before the plain one.
  const logger = pino({ name: 'qbo-emulator', level: process.env['EMULATOR_LOG_LEVEL'] ?? 'info' }, pino.destination({ dest: 1, sync: true }));
  const rawPort = process.env['EMULATOR_PORT'] ?? '8090';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`EMULATOR_PORT must be a port number, got "${rawPort}"`);
  const emulator = await startEmulator({ port, host: process.env['EMULATOR_HOST'] ?? '127.0.0.1', logger });
  logger.info({ url: emulator.url }, 'QBO emulator listening');
  console.log(`QBO emulator listening on ${emulator.url}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
