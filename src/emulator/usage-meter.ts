import type { EmulatorConfig } from './emulator-config';
import { isJsonObject, type JsonValue } from './json-types';

/** Intuit's two classes of Accounting API calls: Core (data in: writes, unmetered) and CorePlus (data out: reads, metered). */
export interface UsageCounts {
  core: number;
  corePlus: number;
}

/** The app of a request: its OAuth client id, or "*" for companies created without one. */
export type AppId = string;

export interface UsageReport {
  month: string;
  corePlusMonthlyCap: number | null;
  apps: Array<{ appId: AppId; core: number; corePlus: number; capped: boolean }>;
  companies: Array<{ realmId: string; core: number; corePlus: number; apps: Array<{ appId: AppId; core: number; corePlus: number }> }>;
}

function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function add(into: UsageCounts, c: UsageCounts): void {
  into.core += c.core;
  into.corePlus += c.corePlus;
}

/**
 * Meters Core and CorePlus calls per company and per app, for the current (UTC) month, and
 * refuses CorePlus calls of an app past `usage.corePlusMonthlyCap` (Intuit blocks a free-tier app
 * after 500,000 CorePlus calls a month across its companies). A batch is metered item by item, as
 * Intuit's batch sample says: a query item is CorePlus, any other item Core.
 */
export class UsageMeter {
  private month = monthOf(Date.now());
  private readonly apps = new Map<AppId, UsageCounts>();
  private readonly companies = new Map<string, Map<AppId, UsageCounts>>();

  /** What one request costs. GET, POST /query and batch query items are CorePlus; writes are Core. */
  static classify(method: string, endpoint: string, body: unknown): UsageCounts {
    if (/\/batch$/i.test(endpoint)) {
      const items = isJsonObject(body as JsonValue) ? (body as { BatchItemRequest?: unknown }).BatchItemRequest : undefined;
      const list = Array.isArray(items) ? items : [];
      const reads = list.filter((i) => isJsonObject(i as JsonValue) && 'Query' in (i as object)).length;
      return { core: list.length - reads, corePlus: reads };
    }
    if (method.toUpperCase() === 'GET' || /\/query$/i.test(endpoint)) return { core: 0, corePlus: 1 };
    return { core: 1, corePlus: 0 };
  }

  /** True when the app has spent its monthly CorePlus calls and this request would read. */
  overCap(appId: AppId, cost: UsageCounts, config: EmulatorConfig, now = Date.now()): boolean {
    this.roll(now);
    const cap = config.usage.corePlusMonthlyCap;
    if (cap === null || cost.corePlus === 0) return false;
    return (this.apps.get(appId)?.corePlus ?? 0) >= cap;
  }

  record(realmId: string, appId: AppId, cost: UsageCounts, now = Date.now()): void {
    this.roll(now);
    add(this.counts(this.apps, appId), cost);
    let byApp = this.companies.get(realmId);
    if (!byApp) {
      byApp = new Map();
      this.companies.set(realmId, byApp);
    }
    add(this.counts(byApp, appId), cost);
  }

  report(config: EmulatorConfig, realmId?: string, now = Date.now()): UsageReport {
    this.roll(now);
    const cap = config.usage.corePlusMonthlyCap;
    const companies = [...this.companies.entries()]
      .filter(([id]) => realmId === undefined || id === realmId)
      .map(([id, byApp]) => {
        const apps = [...byApp.entries()].map(([appId, c]) => ({ appId, ...c }));
        const total = { core: 0, corePlus: 0 };
        for (const a of apps) add(total, a);
        return { realmId: id, ...total, apps };
      });
    return {
      month: this.month,
      corePlusMonthlyCap: cap,
      apps: [...this.apps.entries()].map(([appId, c]) => ({ appId, ...c, capped: cap !== null && c.corePlus >= cap })),
      companies,
    };
  }

  clear(): void {
    this.apps.clear();
    this.companies.clear();
  }

  private roll(now: number): void {
    const month = monthOf(now);
    if (month !== this.month) {
      this.month = month;
      this.clear();
    }
  }

  private counts(map: Map<AppId, UsageCounts>, key: AppId): UsageCounts {
    let c = map.get(key);
    if (!c) {
      c = { core: 0, corePlus: 0 };
      map.set(key, c);
    }
    return c;
  }
}
