import { servicesDown, servicesEnv, servicesUp, ServiceEndpoints } from '../dev-services';

/**
 * npm run services -- up | down | env
 * Progress goes to stderr; stdout carries only shell lines, so both
 * `eval "$(npm run -s services -- env)"` and `eval "$(npm run -s services -- up)"` work.
 */

const USAGE = `usage: npm run services -- <command>
  up     start (or reuse) Postgres and Kafka and wait until both answer; prints export lines
  down   stop what up started
  env    print export lines for the running services (exit 1 when they are not running)
See docs/services.md.`;

const log = (line: string): void => {
  process.stderr.write(`services: ${line}\n`);
};

/** POSIX single-quoting, so any value survives eval. */
const shellQuote = (v: string): string => `'${v.replace(/'/g, `'\\''`)}'`;

function exportLines(ep: ServiceEndpoints): string {
  return `export DATABASE_URL=${shellQuote(ep.databaseUrl)}\nexport KAFKA_BROKERS=${shellQuote(ep.kafkaBrokers)}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.length > 0 || command === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  switch (command) {
    case 'up': {
      const t0 = Date.now();
      const ep = await servicesUp({ log });
      log(`ready (${ep.mode}) in ${((Date.now() - t0) / 1000).toFixed(1)}s: DATABASE_URL and KAFKA_BROKERS below`);
      process.stdout.write(exportLines(ep));
      return 0;
    }
    case 'down':
      await servicesDown({ log });
      return 0;
    case 'env': {
      const ep = await servicesEnv();
      if (ep === null) {
        log('not running; start them with: npm run services -- up');
        return 1;
      }
      process.stdout.write(exportLines(ep));
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
