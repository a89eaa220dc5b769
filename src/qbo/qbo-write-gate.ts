import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import { QboError } from './qbo-error';

/**
 * Asked right before every call that writes to QuickBooks (create, update, void, batch), on
 * every attempt: may this tenant write to this company now? Read from Postgres each time, never
 * from a cache, so a switch turned off or a reconnect to another company on any replica stops
 * the next write of every replica. Refusals are QboError kind `halted` (nothing was sent; the
 * work waits) or `reconnect`.
 */
@injectable()
export class QboWriteGate {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async check(tenantId: string, realmId: string): Promise<void> {
    const rows = (await this.db.query(
      `SELECT COALESCE(t.enabled, false) AS enabled, qc.realm_id, qc.status
       FROM qbo_connections qc LEFT JOIN tenants t ON t.tenant_id = qc.tenant_id
       WHERE qc.tenant_id = $1`,
      [tenantId],
    )) as Array<{ enabled: boolean; realm_id: string; status: string }>;
    const row = rows[0];
    if (row === undefined || row.status !== 'connected') {
      throw new QboError({
        kind: 'reconnect',
        code: row === undefined ? 'NOT_CONNECTED' : row.status === 'disconnected' ? 'DISCONNECTED' : 'NEEDS_RECONNECT',
        message: `tenant ${tenantId} has no usable QuickBooks connection`,
        explanation: 'The QuickBooks connection of this company must be reconnected by a user; its work waits until then.',
      });
    }
    if (row.realm_id !== realmId) {
      throw new QboError({
        kind: 'halted',
        code: 'REALM_CHANGED',
        message: `tenant ${tenantId} is now connected to company ${row.realm_id}, not ${realmId}`,
        explanation: 'The account was reconnected to another QuickBooks company; nothing is sent to the old one.',
      });
    }
    if (!row.enabled) {
      throw new QboError({
        kind: 'halted',
        code: 'SYNC_DISABLED',
        message: `QuickBooks sync is switched off for tenant ${tenantId}`,
        explanation: 'QuickBooks sync is switched off for this account: nothing is sent until it is switched on; the work is kept.',
      });
    }
  }
}
