import type { DataSource } from 'typeorm';
import type { Logger } from '../../src/logger';
import { QboReadBudget, ReadBudgetSettings } from '../../src/qbo/qbo-read-budget';
import { QboUsageMeter } from '../../src/qbo/qbo-usage-meter';

/** The read budget as the container builds it, on a test's database; caches off so tests see each change at once. */
export function readBudget(ds: DataSource, logger: Logger, settings: Partial<ReadBudgetSettings> = {}): QboReadBudget {
  return new QboReadBudget(ds, new QboUsageMeter(ds), { monthlyCorePlusBudget: 500_000, warnPercent: 80, probeIntervalMs: 3_600_000, totalCacheMs: 0, stateCacheMs: 0, ...settings }, logger);
}
