/** A response kept for requestid replay. */
export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
  storedAtMs: number;
}

/** requestid replay: same company + same endpoint + same requestid gives the original response. */
export class IdempotencyCache {
  private readonly entries = new Map<string, StoredResponse>();

  static key(realmId: string, method: string, endpoint: string, requestId: string): string {
    return JSON.stringify([realmId, method, endpoint, requestId]);
  }

  get(key: string, retentionSeconds: number, now = Date.now()): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.storedAtMs + retentionSeconds * 1000 <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  put(key: string, response: Omit<StoredResponse, 'storedAtMs'>): void {
    this.entries.set(key, { ...response, storedAtMs: Date.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
