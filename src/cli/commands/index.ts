import { CliContext } from '../cli-context';
import { customers } from './customers';
import { duplicates } from './duplicates';
import { status } from './status';
import { runNow } from './run-now';
import { tenantLink } from './tenant-link';

export interface CliCommand {
  /** e.g. "status" */
  name: string;
  /** e.g. "status <tenantId> [--json]" */
  usage: string;
  summary: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/** Every command of `npm run cli -- <command>`. Add new ones here. */
export const commands: CliCommand[] = [
  customers,
  duplicates,
  status,
  runNow,
  tenantLink,
];
