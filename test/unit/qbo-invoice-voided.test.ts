import { isVoidedInQbo } from '../../src/invoices/qbo-invoice-voided';

describe('isVoidedInQbo', () => {
  it('takes zero amounts with the note "Voided" for a void', () => {
    expect(isVoidedInQbo({ Id: '1', SyncToken: '2', PrivateNote: 'Voided', TotalAmt: 0, Balance: 0 })).toBe(true);
    expect(isVoidedInQbo({ Id: '1', SyncToken: '2', PrivateNote: ' voided ', TotalAmt: 0 })).toBe(true);
  });

  it('does not take a live invoice, or a note alone, for one', () => {
    expect(isVoidedInQbo({ Id: '1', SyncToken: '0', PrivateNote: 'qbo-sync:inv_1', TotalAmt: 120, Balance: 120 })).toBe(false);
    expect(isVoidedInQbo({ Id: '1', SyncToken: '1', PrivateNote: 'Voided by mistake, re-issued', TotalAmt: 120, Balance: 120 })).toBe(false);
    expect(isVoidedInQbo({ Id: '1', SyncToken: '1', PrivateNote: 'qbo-sync:inv_1', TotalAmt: 0, Balance: 0 })).toBe(false);
  });
});
