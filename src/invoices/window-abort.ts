import type { QboError } from '../qbo/qbo-error';

/** Stops the whole window: the connection needs a reconnect, or the sync was switched off (nothing is dropped). */
export class WindowAbort extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }

  static reconnect(e: QboError): WindowAbort {
    return new WindowAbort(reconnectReason(e));
  }
}

export function reconnectReason(e: QboError): string {
  if (e.kind === 'halted') return `nothing was sent to QuickBooks: ${e.explanation} The invoices are kept.`;
  return `the QuickBooks connection needs a reconnect (${e.explanation}); the invoices are kept and go once it is reconnected`;
}
