import type { CliContext } from '../cli-command';
import { CliCommand } from '../cli-command';
import { MapItemCode } from '../../invoices/map-item-code';
import { ReadCompanySetup } from '../../invoices/read-company-setup';

const USAGE = 'items list <tenantId> [--json] | items map <tenantId> <code> <item name or Id> | items unmap <tenantId> <code>';

/** `npm run cli -- items ...`: the company's items, accounts and tax codes by name, and the item codes mapped by hand. */
export const items: CliCommand = {
  name: 'items',
  usage: USAGE,
  summary: "the company's items, income accounts and tax codes; map an upstream item code to an item",
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const [sub, tenantId, code, ...rest] = args.filter((a) => a !== '--json');
    if (sub === 'list' && tenantId !== undefined) {
      const s = await ctx.container.get(ReadCompanySetup).run(tenantId);
      if (args.includes('--json')) {
        ctx.out(JSON.stringify(s, null, 2));
        return 0;
      }
      const p = s.profile;
      ctx.out(p === null ? `tenant ${tenantId}: the company's lists are not read yet` : `${p.companyName ?? tenantId}: ${p.country ?? '?'}, ${p.homeCurrency ?? '?'}${p.multiCurrency ? ', multi-currency' : ''}`);
      ctx.out(`items: ${s.items.map((i) => `${i.name} (#${i.id})`).join(', ') || 'none'}`);
      ctx.out(`income accounts: ${s.incomeAccounts.map((a) => a.name).join(', ') || 'none'}`);
      ctx.out(`tax codes: ${s.taxCodes.map((t) => t.name).join(', ') || 'none'}`);
      for (const m of s.mappings) ctx.out(`mapped: ${m.code} → ${m.itemName ?? '?'} (#${m.itemId})`);
      return 0;
    }
    if ((sub === 'map' && tenantId !== undefined && code !== undefined && rest.length > 0) || (sub === 'unmap' && tenantId !== undefined && code !== undefined)) {
      const r = await ctx.container.get(MapItemCode).run(tenantId, code, sub === 'map' ? rest.join(' ') : null);
      if (!r.ok) {
        process.stderr.write(`${r.message}\n`);
        return 1;
      }
      ctx.out(r.item === null ? `code ${code}: mapping removed` : `code ${code} → ${r.item.name} (#${r.item.id}); invoices held for it go in the next window`);
      return 0;
    }
    process.stderr.write(`usage: ${USAGE}\n`);
    return 2;
  },
};
