import type { ServiceIdentifier } from 'inversify';
import type { Container } from 'inversify';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** What a CLI command gets: the worker's own container, with Postgres connected and Kafka idle. */
export interface CliContext {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  container: Container;
  out: (line?: string) => void;
}

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
