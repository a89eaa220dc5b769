import { inject, injectable, optional } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { candidatesToFlag, MatchDecision, WeighedCandidate } from '../domain/linkage/linkage-decision';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { CreateOutcome, CreateQboCustomer } from './create-qbo-customer';
import { CustomerDecisionLog } from './customer-decision-log';
import { CustomerLinkage } from './customer-linkage';
import { CustomerLinkRepository, UpstreamCustomer, WAITING_METHODS } from './customer-link-repository';
import { CustomerMirrorRepository, MirroredCustomer } from './customer-mirror-repository';

/** The customer being resolved, with the company the resolution is computed for. */
type RealmCustomer = UpstreamCustomer & { realmId: string };

export type ResolutionResult =
  | { outcome: 'linked'; qboCustomerId: string; method: string; reason: string }
  | { outcome: 'created'; qboCustomerId: string; reason: string }
  | { outcome: 'review'; reason: string }
  /** Not created yet: the company's settings are not read, or a multi-currency company and no invoice tells its currency (claimed again when they come). */
  | { outcome: 'waiting'; reason: string }
  | { outcome: 'unchanged'; reason: string };

/**
 * Resolves one upstream customer to its QBO customer, in order: an existing link (following
 * merges; an inactive target is held for review and the tenant told); the linkage model
 * against the mirror (link above the link probability, ambiguous in the review band, create
 * below); then create. One upstream customer, one QBO customer: a link to a QBO customer that
 * already belongs to another upstream customer of the tenant is ambiguous, with the reason.
 * Ambiguous customers are created and flagged (policy 'create') or held for an operator
 * (policy 'review'); every create is flagged with its likely candidates. Every decision is
 * recorded with each field's level and weight. In a multi-currency company a customer to create
 * with no invoice yet waits for its first one (its currency is fixed at creation): the link stays
 * 'pending' with the reason (AWAITING_INVOICE_METHOD), resolved at its version, and is due again
 * when an invoice is recorded (linkDueSql); a link found meanwhile is made at once. Likewise, just
 * after a connect, a customer to create waits for the company's settings to be read (whether the
 * company works in several currencies is not known yet: AWAITING_COMPANY_SETTINGS_METHOD), and
 * is due again once its lists are loaded; linking to an existing QuickBooks customer never waits.
 * QBO failures are thrown (QboError, decide by `retriable`).
 */
@injectable()
export class ResolveCustomer {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
    @inject(CreateQboCustomer) private readonly create: CreateQboCustomer,
    @inject(LOGGER) logger: Logger,
    @inject(CustomerLinkage) private readonly linkage: CustomerLinkage,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'customers' });
  }

  async run(tenantId: string, customerId: string): Promise<ResolutionResult> {
    const result = await this.resolve(tenantId, customerId);
    this.metrics?.matching.inc({ outcome: result.outcome, method: result.outcome === 'linked' ? result.method : 'none' });
    return result;
  }

  private async resolve(tenantId: string, customerId: string): Promise<ResolutionResult> {
    const customer = await this.links.upstreamCustomer(tenantId, customerId);
    if (customer === null) return { outcome: 'unchanged', reason: 'unknown customer' };
    // The company this resolution is computed for: every write below is conditional on it.
    const realmId = await this.mirror.readyRealm(tenantId);
    if (realmId === null) throw mirrorNotReady(tenantId);
    const found = await this.links.find(tenantId, customerId);
    const link = found !== null && found.qboCustomerId !== null && found.realmId !== realmId ? null : found; // another company's link is no link
    const version = customer.version;
    const r = { ...customer, realmId };

    if (customer.deleted) {
      const reason = 'deleted upstream: receives no new invoices; QuickBooks is left as it is';
      await this.links.settle(tenantId, customerId, {
        status: link?.status ?? 'pending',
        qboCustomerId: link?.qboCustomerId ?? null,
        reason,
        method: link?.method != null && WAITING_METHODS.includes(link.method) ? null : (link?.method ?? null), // a deleted customer waits for nothing
        version,
        realmId,
      });
      await this.decisions.record({ tenantId, customerId, customerVersion: version, outcome: 'deleted', method: 'none', qboCustomerId: link?.qboCustomerId ?? null, reason });
      return { outcome: 'unchanged', reason };
    }

    // 1. An existing link.
    if (link !== null && link.qboCustomerId !== null && (link.status === 'linked' || link.method === 'inactive-hold')) {
      return this.keepLink(r, link.qboCustomerId, link.method ?? 'link');
    }

    let decision = await this.linkage.decide(tenantId, customer.contact);
    if (decision.outcome === 'link') {
      const taken = await this.takenReason(tenantId, customerId, decision.qboCustomerId);
      if (taken === null) {
        await this.settleLinked(r, decision.qboCustomerId, decision.method, decision.reason, decision, 'link');
        return { outcome: 'linked', qboCustomerId: decision.qboCustomerId, method: decision.method, reason: decision.reason };
      }
      decision = { outcome: 'ambiguous', method: decision.method, score: decision.score, reason: `${decision.reason}; but ${taken}`, candidates: decision.candidates };
    }
    if (decision.outcome === 'ambiguous' && (await this.links.ambiguousPolicy(tenantId)) === 'review') {
      return this.hold(r, decision);
    }
    return this.createFor(r, decision);
  }

  /** Why an automatic link to `qboCustomerId` may not be made (it belongs to another upstream customer), or null. */
  private async takenReason(tenantId: string, customerId: string, qboCustomerId: string): Promise<string | null> {
    const owner = await this.linkage.owner(tenantId, qboCustomerId, customerId);
    return owner === null
      ? null
      : `QBO customer #${qboCustomerId} already belongs to upstream customer ${owner.customerId} (one upstream customer, one QBO customer; a person can still link them by hand)`;
  }

  private async keepLink(customer: RealmCustomer, qboCustomerId: string, method: string): Promise<ResolutionResult> {
    const { tenantId, id: customerId, version } = customer;
    let target: MirroredCustomer | null = await this.mirror.get(tenantId, qboCustomerId);
    const seen = new Set<string>([qboCustomerId]);
    while (target !== null && target.mergedInto !== null && !seen.has(target.mergedInto)) {
      seen.add(target.mergedInto);
      target = await this.mirror.get(tenantId, target.mergedInto);
    }
    if (target !== null && target.qboId !== qboCustomerId) {
      const reason = `QBO customer #${qboCustomerId} was merged into #${target.qboId}: link moved`;
      await this.settleLinked(customer, target.qboId, 'merge', reason, null, 'merge-followed');
      await this.links.notice(tenantId, { customerId, qboCustomerId: target.qboId, kind: 'merge-followed', message: reason });
      return { outcome: 'linked', qboCustomerId: target.qboId, method: 'merge', reason };
    }
    if (target !== null && !target.active) {
      const reason = `the linked QBO customer #${qboCustomerId} ("${target.displayName}") is inactive in QuickBooks: its invoices wait until it is reactivated there or the customer is linked elsewhere`;
      await this.db.transaction(async (tx) => {
        await this.links.settle(tenantId, customerId, { status: 'review', qboCustomerId, reason, method: 'inactive-hold', version, realmId: customer.realmId }, tx);
        await this.decisions.record({ tenantId, customerId, customerVersion: version, outcome: 'inactive-hold', method: 'link', qboCustomerId, reason }, tx);
        // Told once, when the hold starts (a later version of the customer keeps the hold quietly).
        if (method !== 'inactive-hold') await this.links.notice(tenantId, { customerId, qboCustomerId, kind: 'customer-inactive', message: reason }, tx);
      });
      return { outcome: 'review', reason };
    }
    const reason = method === 'inactive-hold' ? `QBO customer #${qboCustomerId} is active again` : 'existing link kept';
    await this.settleLinked(customer, qboCustomerId, method === 'inactive-hold' ? 'link' : method, reason, null, method === 'inactive-hold' ? 'reactivated' : 'existing-link');
    return { outcome: 'linked', qboCustomerId, method, reason };
  }

  /**
   * Holds an ambiguous customer for an operator (policy 'review'), with the candidates it may be
   * (and `foundId`, the customer found after taking the create lock, when the decision had not weighed it).
   */
  private async hold(customer: RealmCustomer, decision: MatchDecision, foundId: string | null = null): Promise<ResolutionResult> {
    const { tenantId, id: customerId, version } = customer;
    const reason = `ambiguous: ${decision.reason}; held for review (link or create it on the bookkeeper's page, or through the API or CLI)`;
    const candidates = decision.candidates.map((c) => c.qboCustomerId);
    if (foundId !== null && !candidates.includes(foundId)) candidates.push(foundId);
    await this.db.transaction(async (tx) => {
      await this.links.settle(tenantId, customerId, { status: 'review', qboCustomerId: null, reason, method: decision.method, version, realmId: customer.realmId, candidates }, tx);
      await this.decisions.record(
        { tenantId, customerId, customerVersion: version, outcome: 'review', method: decision.method, score: decision.score, reason, candidates: decision.candidates },
        tx,
      );
    });
    return { outcome: 'review', reason };
  }

  private async settleLinked(
    customer: RealmCustomer,
    qboCustomerId: string,
    method: string,
    reason: string,
    decision: MatchDecision | null,
    outcome: 'link' | 'existing-link' | 'merge-followed' | 'reactivated',
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.links.settle(customer.tenantId, customer.id, { status: 'linked', qboCustomerId, reason, method, version: customer.version, realmId: customer.realmId }, tx);
      await this.decisions.record(
        {
          tenantId: customer.tenantId,
          customerId: customer.id,
          customerVersion: customer.version,
          outcome,
          method,
          score: decision?.score ?? null,
          qboCustomerId,
          reason,
          candidates: decision?.candidates ?? [],
        },
        tx,
      );
    });
  }

  private async createFor(customer: RealmCustomer, decision: MatchDecision): Promise<ResolutionResult> {
    const { tenantId, id: customerId, version } = customer;
    let created = await this.create.run({ tenantId, realmId: customer.realmId, customerId, version, contact: customer.contact, awaitFirstInvoice: true });
    let takenId: string | null = null;
    if (created.kind === 'waiting') return this.wait(customer, decision, created);
    if (created.kind === 'existing') {
      const taken = await this.takenReason(tenantId, customerId, created.qboCustomerId);
      if (taken !== null) {
        // Found after taking the create lock, but it is another upstream customer's: the policy decides.
        takenId = created.qboCustomerId;
        decision = { outcome: 'ambiguous', method: 'model', score: decision.score, reason: `${created.reason}; but ${taken}`, candidates: decision.candidates };
        if ((await this.links.ambiguousPolicy(tenantId)) === 'review') return this.hold(customer, decision, takenId);
        created = await this.create.run({
          tenantId,
          realmId: customer.realmId,
          customerId,
          version,
          contact: customer.contact,
          forceNew: true,
          forceNewReason: `it belongs to another upstream customer`,
          awaitFirstInvoice: true,
        });
        if (created.kind === 'waiting') return this.wait(customer, decision, created);
      }
    }
    if (created.kind === 'existing') {
      const reason = created.reason + (created.notes.length > 0 ? ` (${created.notes.join('; ')})` : '');
      await this.settleLinked(customer, created.qboCustomerId, created.method, reason, decision, 'link');
      return { outcome: 'linked', qboCustomerId: created.qboCustomerId, method: created.method, reason };
    }
    const createdId = created.qboCustomerId;
    const flagged: WeighedCandidate[] = candidatesToFlag(decision, createdId);
    if (takenId !== null && !flagged.some((c) => c.qboCustomerId === takenId)) {
      flagged.push(decision.candidates.find((c) => c.qboCustomerId === takenId) ?? takenCandidate(takenId));
    }
    const flagText = flagged.length > 0 ? `; flagged as a possible duplicate of ${flagged.map((c) => `#${c.qboCustomerId}`).join(', ')}` : '';
    const parts = [decision.outcome === 'ambiguous' ? `ambiguous (${decision.reason}): created${flagText}` : `created: ${decision.reason}${flagText}`, ...created.notes];
    if (created.displayName !== undefined) parts.push(`QBO DisplayName "${created.displayName}"`);
    const reason = parts.join('; ');
    await this.db.transaction(async (tx) => {
      await this.links.settle(tenantId, customerId, { status: 'linked', qboCustomerId: created.qboCustomerId, reason, method: 'create', version, realmId: customer.realmId }, tx);
      await this.decisions.record(
        {
          tenantId,
          customerId,
          customerVersion: version,
          outcome: decision.outcome === 'ambiguous' ? 'ambiguous-create' : 'create',
          method: decision.method,
          score: decision.score,
          qboCustomerId: created.qboCustomerId,
          reason,
          candidates: decision.candidates,
          repairs: created.repairs,
        },
        tx,
      );
      for (const c of flagged) {
        await tx.query(
          `INSERT INTO customer_duplicate_flags (tenant_id, qbo_customer_id, other_qbo_customer_id, customer_id, score, evidence)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING`,
          [tenantId, created.qboCustomerId, c.qboCustomerId, customerId, c.score, JSON.stringify(c.evidence)],
        );
      }
    });
    this.logger.info({ tenantId, customerId, qboCustomerId: created.qboCustomerId, ambiguous: decision.outcome === 'ambiguous' }, 'QBO customer created');
    return { outcome: 'created', qboCustomerId: created.qboCustomerId, reason };
  }

  /** A create that waits (for the customer's first invoice, or the company's settings): the link stays pending, with the reason, until it comes. */
  private async wait(customer: RealmCustomer, decision: MatchDecision, waiting: Extract<CreateOutcome, { kind: 'waiting' }>): Promise<ResolutionResult> {
    const { tenantId, id: customerId, version } = customer;
    const { method, reason } = waiting;
    await this.db.transaction(async (tx) => {
      await this.links.settle(tenantId, customerId, { status: 'pending', qboCustomerId: null, reason, method, version, realmId: customer.realmId }, tx);
      await this.decisions.record(
        { tenantId, customerId, customerVersion: version, outcome: method, method: decision.method, score: decision.score, reason, candidates: decision.candidates },
        tx,
      );
    });
    return { outcome: 'waiting', reason };
  }
}

/** The QBO customer found after taking the create lock, as a flagged candidate when the decision had not weighed it. */
function takenCandidate(qboCustomerId: string): WeighedCandidate {
  return { qboCustomerId, displayName: `#${qboCustomerId}`, active: true, score: 0, weight: 0, fields: [], evidence: ['found after taking the create lock; it belongs to another upstream customer'] };
}

/** The tenant's connected company has no loaded mirror yet (a reconnect to another company): resolution waits for it. */
function mirrorNotReady(tenantId: string): QboError {
  return new QboError({
    kind: 'halted',
    code: 'REALM_CHANGED',
    message: `tenant ${tenantId}: the customers of its connected QuickBooks company are not loaded yet`,
    explanation: 'The QuickBooks company changed, or its customers are still being loaded; customers are matched once they are.',
  });
}
