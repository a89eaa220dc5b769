import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Metrics } from '../../src/metrics/metrics';

const ROOT = path.resolve(__dirname, '../..');
/** Series that other work registers (the CorePlus counters of the API-economy work), named here ahead of it. */
const PROVIDED_ELSEWHERE = new Set(['qbo_sync_coreplus_budget_used_ratio']);

function seriesNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\b(qbo_sync_[a-z0-9_]+|process_[a-z0-9_]+|nodejs_[a-z0-9_]+)\b/g)].map((m) => m[1] as string))];
}

/** The metric a series belongs to (a histogram's _bucket, _sum, _count are its series). */
function metricOf(series: string, known: Set<string>): string {
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (series.endsWith(suffix) && known.has(series.slice(0, -suffix.length))) return series.slice(0, -suffix.length);
  }
  return series;
}

describe('the dashboard and the alerts', () => {
  const metrics = new Metrics();
  const known = new Set(metrics.registry.getMetricsAsArray().map((m) => m.name));

  it.each([
    ['deploy/grafana/qbo-sync-dashboard.json'],
    ['deploy/helm/qbo-sync/templates/prometheusrule.yaml'],
    ['deploy/helm/qbo-sync/templates/scaledobject.yaml'],
  ])('%s queries only series the worker exports', (file) => {
    const names = seriesNames(readFileSync(path.join(ROOT, file), 'utf8'));
    expect(names.length).toBeGreaterThan(0);
    const unknown = names.filter((n) => !known.has(metricOf(n, known)) && !PROVIDED_ELSEWHERE.has(n));
    expect(unknown).toEqual([]);
  });

  it('has a runbook section for every alert', () => {
    const rules = readFileSync(path.join(ROOT, 'deploy/helm/qbo-sync/templates/prometheusrule.yaml'), 'utf8');
    const runbooks = readFileSync(path.join(ROOT, 'docs/runbooks.md'), 'utf8');
    const alerts = [...rules.matchAll(/- alert: (\w+)/g)].map((m) => m[1] as string);
    expect(alerts).toEqual(['QboSyncConsumerLagHigh', 'QboSyncDeadLetters', 'QboSyncTenantsNeedReconnect', 'QboSyncWindowsIncomplete', 'QboSyncCorePlusBudget']);
    for (const a of alerts) {
      expect(runbooks).toContain(`\n## ${a}\n`);
      expect(rules).toContain(`#${a.toLowerCase()}`);
    }
  });
});
