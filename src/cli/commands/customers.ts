import type { CliContext } from '../cli-command';
import { CliCommand } from '../cli-command';
import { CreateCustomerByHand } from '../../customers/create-customer-by-hand';
import { ExplainCustomer } from '../../customers/explain-customer';
import { LinkCustomerByHand } from '../../customers/link-customer-by-hand';
import { ListCustomersForReview } from '../../customers/list-customers-for-review';

const USAGE = [
  'customers review <tenantId> [--json]                 customers held for review, with their candidates',
  'customers link <tenantId> <customerId> <qboId>       link a customer to a QBO customer',
  'customers create <tenantId> <customerId>             create a new QBO customer for it',
  'customers explain <tenantId> <customerId> [--json]   why it is linked (or held) where it is',
].join('\n');

/** `npm run cli -- customers <review|link|create|explain> ...` */
export const customers: CliCommand = {
  name: 'customers',
  usage: 'customers <review|link|create|explain> <tenantId> ...',
  summary: 'review, link, create or explain customers (QBO resolution)',
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const json = args.includes('--json');
    const [sub, tenantId, customerId, qboId] = args.filter((a) => a !== '--json');
    const c = ctx.container;
    if (sub === 'review' && tenantId !== undefined) {
      const r = await c.get(ListCustomersForReview).run(tenantId);
      if (json) {
        ctx.out(JSON.stringify(r, null, 2));
        return 0;
      }
      if (r.customers.length === 0) ctx.out(`tenant ${tenantId}: no customer held for review`);
      for (const x of r.customers) {
        ctx.out(`${x.customerId}  "${x.displayName ?? ''}"  ${x.email ?? ''}  (${x.waitingInvoices} invoice(s) waiting)`);
        ctx.out(`  why: ${x.reason ?? ''}`);
        for (const cand of x.candidates) ctx.out(`  candidate #${cand.qboCustomerId} "${cand.displayName}" score ${cand.score}${cand.active ? '' : ' (inactive)'}: ${cand.evidence.join(', ')}`);
      }
      for (const n of r.notices) ctx.out(`notice ${n.createdAt} ${n.kind}: ${n.message}`);
      return 0;
    }
    if (sub === 'link' && tenantId !== undefined && customerId !== undefined && qboId !== undefined) {
      const r = await c.get(LinkCustomerByHand).run(tenantId, customerId, qboId, 'cli');
      ctx.out(r.ok ? r.message : `refused: ${r.error}`);
      return r.ok ? 0 : 1;
    }
    if (sub === 'create' && tenantId !== undefined && customerId !== undefined) {
      const r = await c.get(CreateCustomerByHand).run(tenantId, customerId, 'cli');
      ctx.out(r.ok ? r.message : `refused: ${r.error}`);
      return r.ok ? 0 : 1;
    }
    if (sub === 'explain' && tenantId !== undefined && customerId !== undefined) {
      const e = await c.get(ExplainCustomer).run(tenantId, customerId);
      if (json) {
        ctx.out(JSON.stringify(e, null, 2));
        return 0;
      }
      if (e.link === null && e.decisions.length === 0) {
        ctx.out(`no customer ${customerId} for tenant ${tenantId}`);
        return 1;
      }
      const l = e.link;
      ctx.out(`customer ${customerId} (tenant ${tenantId}): ${l === null ? 'no link' : `${l.status}${l.qboCustomerId ? ` → QBO #${l.qboCustomerId}` : ''} (method ${l.method ?? '-'}, version ${l.resolvedVersion ?? '-'})`}`);
      if (l?.statusReason) ctx.out(`  ${l.statusReason}`);
      for (const d of e.decisions) {
        ctx.out(`${d.createdAt.toISOString()} v${d.customerVersion ?? '-'} ${d.outcome} by ${d.method}${d.score === null ? '' : ` score ${d.score}`}${d.qboCustomerId ? ` → #${d.qboCustomerId}` : ''} [${d.actor}]`);
        ctx.out(`  ${d.reason}`);
        for (const cand of d.candidates) ctx.out(`  weighed #${cand.qboCustomerId} "${cand.displayName}" ${cand.score}${cand.active ? '' : ' (inactive)'}: ${cand.evidence.join(', ')}`);
        for (const r of d.repairs) ctx.out(`  repaired ${r.field}: ${r.problem} (${JSON.stringify(r.before)} → ${JSON.stringify(r.after)})`);
      }
      return 0;
    }
    process.stderr.write(`usage:\n${USAGE}\n`);
    return 2;
  },
};
