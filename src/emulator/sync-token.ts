import { QboFault } from './fault-shapes';
import type { JsonObject } from './json-types';
import type { StoredEntity } from './store';
import { requiredMissing } from './validation';

/** Id and SyncToken are required on every update, void and delete. */
export function requireUpdateKeys(body: JsonObject): { id: string; syncToken: string } {
  const id = body['Id'];
  const syncToken = body['SyncToken'];
  if (id === undefined || id === null || id === '') throw requiredMissing('Id');
  if (syncToken === undefined || syncToken === null || syncToken === '') throw requiredMissing('SyncToken');
  return { id: String(id), syncToken: String(syncToken) };
}

/** A stale SyncToken means someone else changed the record since the client read it. */
export function checkSyncToken(existing: StoredEntity, syncToken: string): void {
  if (String(existing.data['SyncToken']) !== syncToken) {
    throw QboFault.validation(
      '5010',
      'Stale Object Error',
      `Stale Object Error : You and another user were working on the same thing. The other user finished before you did, so your work was not saved. (${existing.type} Id=${existing.id} has SyncToken ${String(existing.data['SyncToken'])}, request had ${syncToken})`,
    );
  }
}
