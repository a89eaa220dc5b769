import { inject, injectable } from 'inversify';
import { LOGGER } from '../tokens';
import { syncMarker } from '../domain/invoice-payload';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QBO_CLIENT, QboClient, QboInvoice } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { QueryCondition, QueryProgrammingError } from '../qbo/qbo-query';
import { Candidate, InvoiceSyncRepository } from './invoice-sync-repository';
import { WindowAbort } from './window-abort';
import type { WindowRun } from './window-run';

/**
 * Settles an invoice whose QBO state is uncertain before it is planned:
 * 'lookup' (a create may have happened) looks it up by DocNumber and links it if it is ours;
 * 'reread' (stale SyncToken) reads the current SyncToken.
 */
@injectable()
export class CheckUncertainInvoices {
  private readonly logger: Logger;
  constructor(
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(InvoiceSyncRepository) private readonly repo: InvoiceSyncRepository,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  /** Returns the candidate to plan, or null when it is settled (failed, linked elsewhere) or retried later. */
  async check(run: WindowRun, c: Candidate): Promise<Candidate | null> {
    try {
      // Only when an outcome is uncertain (a lost answer, a 6140) or a SyncToken is stale (5010): never after a plain write.
      return await withCallPurpose('check', () => (c.needsCheck === 'reread' ? this.reread(run, c) : this.lookup(run, c)));
    } catch (e) {
      if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
      if (e instanceof QboError && e.retriable) {
        run.retryLater(c.invoiceId, run.backoff(run.attempts(c.invoiceId)));
        return null;
      }
      if (e instanceof QboError) {
        // A permanent answer about this one invoice fails this invoice, not the whole window.
        await this.fail(run, c, e.code, `QuickBooks refused the check of this invoice: ${e.explanation}`);
        return null;
      }
      if (e instanceof QueryProgrammingError) {
        // A value of this one invoice (e.g. a number with a tab or a line break) cannot go in a
        // QBO query: this invoice fails with the reason; the window goes on.
        await this.fail(run, c, 'UNSEARCHABLE', `the sync cannot look this invoice up in QuickBooks (${e.message}); check QuickBooks for it by hand, and change the number upstream`);
        return null;
      }
      throw e;
    }
  }

  private async reread(run: WindowRun, c: Candidate): Promise<Candidate | null> {
    if (c.qboInvoiceId === null) {
      await this.repo.clearCheck(run.tenantId, run.realmId, c.invoiceId);
      return { ...c, needsCheck: null };
    }
    const current = await this.qbo.readInvoice(run.tenantId, c.qboInvoiceId);
    if (current === null) {
      await this.fail(run, c, '610', 'the invoice no longer exists in QuickBooks (deleted there)');
      return null;
    }
    await this.repo.refreshSyncToken(run.tenantId, run.realmId, c.invoiceId, current.SyncToken);
    return { ...c, needsCheck: null, qboSyncToken: current.SyncToken };
  }

  private async lookup(run: WindowRun, c: Candidate): Promise<Candidate | null> {
    // The number the create was sent with: the upstream number may have changed since.
    const number = (c.lookupDocNumber ?? c.number)?.trim() ?? '';
    if (c.qboInvoiceId !== null) {
      await this.repo.clearCheck(run.tenantId, run.realmId, c.invoiceId);
      return { ...c, needsCheck: null };
    }
    if (number === '') return this.lookupByMarker(run, c);
    const found = await this.qbo.findInvoicesByDocNumber(run.tenantId, number);
    const ours = found.find((inv) => isOurs(inv, c.invoiceId));
    if (ours) {
      // Ours (it carries our marker, so QBO has not voided it: a void rewrites the note).
      await this.repo.linkFound(run.tenantId, run.realmId, c.invoiceId, { id: ours.Id, syncToken: ours.SyncToken, docNumber: ours.DocNumber ?? null, voided: false });
      run.linked += 1;
      this.logger.info({ tenantId: run.tenantId, invoiceId: c.invoiceId, qboId: ours.Id }, 'invoice found in QuickBooks by its number after an unknown outcome; linked, not created again');
      return { ...c, needsCheck: null, qboInvoiceId: ours.Id, qboSyncToken: ours.SyncToken, pushedPayload: null, pushedVersion: null, voidedInQbo: false };
    }
    const other = found[0];
    if (other) {
      await this.fail(
        run,
        c,
        '6140',
        `invoice number ${number} is already used in QuickBooks by invoice Id ${other.Id}, which this sync did not create: change the number upstream (or in QuickBooks)`,
        other.Id,
      );
      return null;
    }
    await this.repo.clearCheck(run.tenantId, run.realmId, c.invoiceId);
    return { ...c, needsCheck: null };
  }

  /**
   * A number-less create whose outcome is unknown outside a lone request (a missing item of a batch
   * persisted before creates without a number went alone): looked for by its marker among the
   * invoices of its date. Found: linked. Not found: created again.
   */
  private async lookupByMarker(run: WindowRun, c: Candidate): Promise<Candidate | null> {
    const ours = c.issueDate === null ? null : await this.findByMarker(run.tenantId, c.invoiceId, { txnDate: c.issueDate, createdAfter: null });
    if (ours === null) {
      await this.repo.clearCheck(run.tenantId, run.realmId, c.invoiceId);
      return { ...c, needsCheck: null };
    }
    await this.repo.linkFound(run.tenantId, run.realmId, c.invoiceId, { id: ours.Id, syncToken: ours.SyncToken, docNumber: ours.DocNumber ?? null, voided: false });
    run.linked += 1;
    return { ...c, needsCheck: null, qboInvoiceId: ours.Id, qboSyncToken: ours.SyncToken, pushedPayload: null, pushedVersion: null, voidedInQbo: false };
  }

  /**
   * This sync's invoice for `invoiceId` in QBO, found by its PrivateNote marker (not filterable in
   * QBO: the query narrows by the TxnDate it was sent with and/or its creation time, the marker is
   * compared here). One metered read per 1,000 invoices of that date. Retriable errors propagate.
   */
  async findByMarker(tenantId: string, invoiceId: string, sent: { txnDate: string | null; createdAfter: Date | null }): Promise<QboInvoice | null> {
    const conditions: QueryCondition[] = [];
    if (sent.txnDate !== null) conditions.push({ field: 'TxnDate', value: sent.txnDate });
    // An hour of slack for the clocks of QBO and this worker.
    if (sent.createdAfter !== null) conditions.push({ field: 'MetaData.CreateTime', op: '>=', value: new Date(sent.createdAfter.getTime() - 3_600_000).toISOString() });
    if (conditions.length === 0) throw new Error('findByMarker needs a TxnDate or a creation time to narrow the query');
    const found = await this.qbo.queryInvoices(tenantId, conditions);
    return found.find((inv) => isOurs(inv, invoiceId)) ?? null;
  }

  private async fail(run: WindowRun, c: Candidate, code: string, reason: string, conflictQboInvoiceId: string | null = null): Promise<void> {
    await this.repo.markFailed(run.tenantId, run.realmId, c.invoiceId, c.version, code, reason, conflictQboInvoiceId);
    run.noteFailed({ invoiceId: c.invoiceId, number: c.number, code, reason });
  }
}

function isOurs(inv: QboInvoice, invoiceId: string): boolean {
  return typeof inv.PrivateNote === 'string' && inv.PrivateNote.trim() === syncMarker(invoiceId);
}
