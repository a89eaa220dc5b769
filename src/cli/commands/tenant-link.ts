import type { CliCommand } from '../cli-command';
import { TenantRepository } from '../../connections/tenant-repository';
import { isValidTenantId } from '../../connections/tenant-settings';
import { TenantLinkGenerations } from '../../connections/tenant-link-generations';
import { TenantLinkSigner } from '../../http/tenant-link-signer';

/** `npm run cli -- tenant-link <tenantId> [--hours N]`: prints a signed, expiring link to the tenant's settings page. */
export const tenantLink: CliCommand = {
  name: 'tenant-link',
  usage: 'tenant-link <tenantId> [--hours N]',
  summary: "print a signed link to a tenant's QuickBooks settings page",
  async run(ctx, args) {
    const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--hours');
    const tenantId = positional[0];
    const hoursAt = args.indexOf('--hours');
    const hours = hoursAt >= 0 ? Number(args[hoursAt + 1]) : ctx.config.connect.tenantLinkTtlHours;
    if (tenantId === undefined || !isValidTenantId(tenantId) || positional.length > 1) {
      process.stderr.write('usage: npm run cli -- tenant-link <tenantId> [--hours N]\n');
      return 2;
    }
    if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 366) {
      process.stderr.write(`--hours must be a number of hours from 0 to 8784, got "${args[hoursAt + 1] ?? ''}"\n`);
      return 2;
    }
    const signer = ctx.container.get(TenantLinkSigner);
    if (!signer.configured) {
      process.stderr.write('TENANT_LINK_SECRET is not set: set it (at least 32 characters, e.g. `openssl rand -base64 32`) to the value the worker uses\n');
      return 2;
    }
    if ((await ctx.container.get(TenantRepository).find(tenantId)) === null) {
      process.stderr.write(`tenant ${tenantId} is not known: it appears with its first event, or create it with PATCH /api/tenants/${encodeURIComponent(tenantId)}\n`);
      return 1;
    }
    const expiresAt = new Date(Date.now() + hours * 3_600_000);
    ctx.out(signer.link(ctx.config.connect.publicBaseUrl, tenantId, expiresAt, await ctx.container.get(TenantLinkGenerations).current(tenantId)));
    process.stderr.write(`valid until ${expiresAt.toISOString()}\n`);
    return 0;
  },
};
