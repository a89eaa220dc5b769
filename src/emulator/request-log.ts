/** One API request as the emulator saw it. Never holds the Authorization header. */
export interface RequestLogEntry {
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  requestId: string | null;
  status: number | null;
  faultCode: string | null;
  throttled: boolean;
  dropped: boolean;
  replayed: boolean;
  injectedError: boolean;
  durationMs: number;
}

export class RequestLog {
  private readonly realms = new Map<string, RequestLogEntry[]>();

  add(realmId: string, entry: RequestLogEntry, maxEntries: number): void {
    let entries = this.realms.get(realmId);
    if (!entries) {
      entries = [];
      this.realms.set(realmId, entries);
    }
    entries.push(entry);
    if (entries.length > maxEntries) entries.splice(0, entries.length - maxEntries);
  }

  list(realmId: string): RequestLogEntry[] {
    return [...(this.realms.get(realmId) ?? [])];
  }

  clear(): void {
    this.realms.clear();
  }
}
