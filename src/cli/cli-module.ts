import { ContainerModule } from 'inversify';
import { CLI_COMMAND } from './cli-command';
import { customers } from './commands/customers';
import { deadLetters } from './commands/dead-letters';
import { duplicates } from './commands/duplicates';
import { items } from './commands/items';
import { replay } from './commands/replay';
import { resync } from './commands/resync';
import { rotateKey } from './commands/rotate-key';
import { runNow } from './commands/run-now';
import { status } from './commands/status';
import { tenantLink } from './commands/tenant-link';
import { revokeTenantLinks } from './commands/revoke-tenant-links';

/** The CLI: its commands (multi-bound CLI_COMMAND), run against the worker's own container. Add new ones here. */
export const cliModule = new ContainerModule(({ bind }) => {
  for (const command of [customers, duplicates, items, status, runNow, tenantLink, revokeTenantLinks, deadLetters, replay, resync, rotateKey]) bind(CLI_COMMAND).toConstantValue(command);
});
