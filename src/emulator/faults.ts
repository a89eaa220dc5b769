import { z } from 'zod';

/** What PUT /_emulator/realms/{realmId}/faults accepts. Omitted members take their defaults (PUT replaces). */
export const faultSettingsSchema = z
  .object({
    /** Share (0..1) of requests answered with an injected 5xx before they are applied. */
    errorRate: z.number().min(0).max(1).default(0),
    errorStatuses: z.array(z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)])).min(1).default([500, 502, 503]),
    /** With a seed, the random decisions are a deterministic sequence. */
    seed: z.number().int().nullable().default(null),
    /** Added before each request is handled. */
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    /** Share (0..1) of requests whose connection is dropped AFTER they were applied (no response at all). */
    dropRate: z.number().min(0).max(1).default(0),
    /** Force 429 for the next N requests. */
    throttleNextRequests: z.number().int().min(0).default(0),
    /** Force 429 for the next T milliseconds. */
    throttleForMs: z.number().int().min(0).default(0),
    /** Requests whose path ends with one of these (e.g. "/preferences") are answered 503, every time, until the faults are set again. */
    unavailablePaths: z.array(z.string().min(1)).default([]),
  })
  .strict();

interface RealmFaults {
  errorRate: number;
  errorStatuses: number[];
  seed: number | null;
  latencyMs: number;
  dropRate: number;
  throttleRemaining: number;
  throttleUntilMs: number;
  unavailablePaths: string[];
  random: () => number;
}

/** mulberry32: a small, well-known seeded PRNG. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultView {
  errorRate: number;
  errorStatuses: number[];
  seed: number | null;
  latencyMs: number;
  dropRate: number;
  throttleRemaining: number;
  throttleUntil: string | null;
  unavailablePaths: string[];
}

/** Per-company fault injection. */
export class FaultInjector {
  private readonly realms = new Map<string, RealmFaults>();

  set(realmId: string, input: unknown): FaultView {
    const parsed = faultSettingsSchema.parse(input ?? {});
    this.realms.set(realmId, {
      errorRate: parsed.errorRate,
      errorStatuses: parsed.errorStatuses,
      seed: parsed.seed,
      latencyMs: parsed.latencyMs,
      dropRate: parsed.dropRate,
      throttleRemaining: parsed.throttleNextRequests,
      throttleUntilMs: parsed.throttleForMs > 0 ? Date.now() + parsed.throttleForMs : 0,
      unavailablePaths: parsed.unavailablePaths,
      random: parsed.seed === null ? Math.random : seededRandom(parsed.seed),
    });
    return this.view(realmId);
  }

  view(realmId: string): FaultView {
    const f = this.realms.get(realmId);
    return {
      errorRate: f?.errorRate ?? 0,
      errorStatuses: f?.errorStatuses ?? [500, 502, 503],
      seed: f?.seed ?? null,
      latencyMs: f?.latencyMs ?? 0,
      dropRate: f?.dropRate ?? 0,
      throttleRemaining: f?.throttleRemaining ?? 0,
      throttleUntil: f && f.throttleUntilMs > Date.now() ? new Date(f.throttleUntilMs).toISOString() : null,
      unavailablePaths: f?.unavailablePaths ?? [],
    };
  }

  latencyMs(realmId: string): number {
    return this.realms.get(realmId)?.latencyMs ?? 0;
  }

  /** A forced throttling burst: consumes one of the "next N" if any. */
  forcedThrottle(realmId: string): boolean {
    const f = this.realms.get(realmId);
    if (!f) return false;
    if (f.throttleUntilMs > Date.now()) return true;
    if (f.throttleRemaining > 0) {
      f.throttleRemaining -= 1;
      return true;
    }
    return false;
  }

  /** The status of an injected server error, or null: always 503 for a path made unavailable. */
  injectedError(realmId: string, path = ''): number | null {
    const f = this.realms.get(realmId);
    if (f !== undefined && f.unavailablePaths.some((p) => path.toLowerCase().endsWith(p.toLowerCase()))) return 503;
    if (!f || f.errorRate <= 0) return null;
    if (f.random() >= f.errorRate) return null;
    const index = Math.floor(f.random() * f.errorStatuses.length);
    return f.errorStatuses[index] ?? 500;
  }

  shouldDrop(realmId: string): boolean {
    const f = this.realms.get(realmId);
    return !!f && f.dropRate > 0 && f.random() < f.dropRate;
  }

  clear(): void {
    this.realms.clear();
  }
}
