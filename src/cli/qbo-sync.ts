#!/usr/bin/env node
import 'reflect-metadata';
import { Container } from 'inversify';
import { createCliContext } from './cli-context';
import { CLI_COMMAND } from './cli-command';
import { cliModule } from './cli-module';

/** The commands, without connecting anything (help needs no database). */
function listCommands() {
  const c = new Container();
  c.loadSync(cliModule);
  return c.getAll(CLI_COMMAND);
}

/**
 * `qbo-sync <command> [args]` (the package's bin, and a command in the image), or
 * `npm run cli -- <command> [args]` in a checkout: operator commands against the worker's
 * database and QBO.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const commands = listCommands();
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
  ctx.container.loadSync(cliModule);
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
