import type { ServiceIdentifier } from 'inversify';
import type { CliContext } from './cli-context';

/** One operator command of `qbo-sync <command>`. */
export interface CliCommand {
  /** e.g. "status" */
  name: string;
  /** e.g. "status <tenantId> [--json]" */
  usage: string;
  summary: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/** Multi-bound by the CLI module: every command, in the order help lists them. */
export const CLI_COMMAND: ServiceIdentifier<CliCommand> = Symbol.for('CliCommand');
