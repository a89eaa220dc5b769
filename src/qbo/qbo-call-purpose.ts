import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Why a QuickBooks call is made, for the counters (qbo_call_counts.purpose) and the read budget:
 * - write: a create, update, void or batch of writes (Core; never deferred);
 * - load: the full read of a company's customers when it connects (or reconnects);
 * - webhook: reading what a webhook announced;
 * - backstop: the periodic CDC catch-up and periodic re-reads (deferred past the budget's warning share);
 * - check: reads a window makes to settle an uncertain outcome (DocNumber, SyncToken) or a 6240 (name holders);
 * - lookup: reads of stable lists (the item invoice lines refer to);
 * - connect, operator: a connect's company info; an operator's command;
 * - probe: the one read that tells whether QuickBooks refuses the app or one company;
 * - other: anything not labelled.
 */
export type CallPurpose = 'write' | 'load' | 'webhook' | 'backstop' | 'check' | 'lookup' | 'connect' | 'operator' | 'probe' | 'other';

export interface CallLabel {
  purpose: CallPurpose;
  /** A read that may wait when the app's read budget runs low (a backstop, a periodic re-read). */
  deferrable: boolean;
}

const storage = new AsyncLocalStorage<CallLabel>();

/**
 * Runs `fn` with every QuickBooks call it makes (through any QboClient method, including ones
 * added later) labelled with `purpose`: counted under it, and deferred when it is `deferrable`
 * and the app's read budget is past its warning share. Callers in other parts label their work
 * this way instead of passing options through every client method.
 */
export function withCallPurpose<T>(purpose: CallPurpose, fn: () => Promise<T>, opts: { deferrable?: boolean } = {}): Promise<T> {
  return storage.run({ purpose, deferrable: opts.deferrable ?? purpose === 'backstop' }, fn);
}

/** The label of the calls made now (null outside withCallPurpose). */
export function currentCallLabel(): CallLabel | null {
  return storage.getStore() ?? null;
}
