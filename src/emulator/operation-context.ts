import type { EmulatorConfig } from './emulator-config';
import type { Realm } from './store';

/** A change worth telling webhook subscribers about. */
export interface ChangeEvent {
  realmId: string;
  name: string;
  id: string;
  operation: 'Create' | 'Update' | 'Delete' | 'Void' | 'Merge';
  lastUpdated: string;
  deletedId?: string;
}

/** What a business operation needs: the rules in force, the company, and where to report changes. */
export interface OperationContext {
  config: EmulatorConfig;
  realm: Realm;
  emit(event: ChangeEvent): void;
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
