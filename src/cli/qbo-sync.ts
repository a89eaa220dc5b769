#!/usr/bin/env node
import 'reflect-metadata';
import { createCliContext } from './cli-context';
import { commands } from './commands';

/**
 * `qbo-sync <command> [args]` (the package's bin, and a command in the image), or
 * `npm run cli -- <command> [args]` in a checkout: operator commands against the worker's
 * database and QBO.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (name === undefined || name === 'help' || name === '--help' || command === undefined) {
    const lines = ['usage: qbo-sync <command> [args]   (in a checkout: npm run cli -- <command> [args])', '', 'commands:'];
    for (const c of commands) lines.push(`  ${c.usage.padEnd(48)} ${c.summary}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    if (name !== undefined && name !== 'help' && name !== '--help') {
      process.stderr.write(`unknown command "${name}"\n`);
      return 2;
    }
    return 0;
  }
  const ctx = await createCliContext();
  try {
    return await command.run(ctx, args);
  } finally {
    await ctx.dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
