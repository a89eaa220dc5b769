import { CustomerRecord } from './customer-record';
import { InvoiceRecord } from './invoice-record';
import { ProcessedEvent } from './processed-event';

/** Every entity. Add new ones here. */
export const entities = [CustomerRecord, InvoiceRecord, ProcessedEvent];
