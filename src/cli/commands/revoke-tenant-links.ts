import type { CliCommand } from '../cli-command';
import { TenantLinkGenerations } from '../../connections/tenant-link-generations';
import { isValidTenantId } from '../../connections/tenant-settings';

/** `npm run cli -- revoke-tenant-links <tenantId>`: every page link of the tenant issued so far stops working. */
export const revokeTenantLinks: CliCommand = {
  name: 'revoke-tenant-links',
  usage: 'revoke-tenant-links <tenantId>',
  summary: "revoke every signed link (and page cookie) to a tenant's QuickBooks settings page",
  async run(ctx, args) {
    const tenantId = args[0];
    if (tenantId === undefined || !isValidTenantId(tenantId) || args.length > 1) {
      process.stderr.write('usage: npm run cli -- revoke-tenant-links <tenantId>\n');
      return 2;
    }
    const generation = await ctx.container.get(TenantLinkGenerations).revoke(tenantId);
    if (generation === null) {
      process.stderr.write(`tenant ${tenantId} is not known\n`);
      return 1;
    }
    ctx.out(`every link to ${tenantId}'s page issued so far is revoked (link generation ${generation}); make a new one with: npm run cli -- tenant-link ${tenantId}`);
    return 0;
  },
};
