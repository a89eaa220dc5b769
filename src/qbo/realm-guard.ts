import { QboError } from './qbo-error';

/**
 * The condition every local write that records QuickBooks ids carries (issue 11 item 5): the
 * tenant is still on the company (realm) the write was computed for. `tenant` and `realm` are
 * SQL expressions, usually placeholders ('$1', '$7'). The connection row is held FOR SHARE until
 * the writing transaction ends, so a reconnect to another company waits for the write and its
 * trigger (company-switch migration) then forgets it; a write that comes after the reconnect
 * matches nothing and is dropped.
 */
export function realmGuardSql(tenant: string, realm: string): string {
  return `EXISTS (SELECT 1 FROM qbo_connections rg WHERE rg.tenant_id = ${tenant} AND rg.realm_id = ${realm} FOR SHARE OF rg)`;
}

/** The refusal of work computed for a company the tenant is no longer connected to: nothing is sent or written. */
export function realmChangedError(tenantId: string, realmId: string, what: string): QboError {
  return new QboError({
    kind: 'halted',
    code: 'REALM_CHANGED',
    message: `tenant ${tenantId} is no longer connected to company ${realmId}: ${what} dropped`,
    explanation: 'The account was reconnected to another QuickBooks company; nothing is sent to the old one, and what was computed for it is dropped.',
  });
}
