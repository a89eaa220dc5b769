/**
 * The house plan, checked by `npm run lint` (depcruise src bench test):
 *   domain ← qbo ← customers ← invoices;  qbo ← connections;  ingest (alone);  customers ← retention
 *   domain ← outbox ← customers, invoices (they write sync events in their transactions)
 *   all of them ← http, cli ← container ← worker/main
 * and the emulator shares no code with the worker. See the README's Layout section.
 */
const WORKER = '^src/(domain|qbo|customers|invoices|connections|ingest|outbox|metrics|retention|http|db|config|cli/commands|background-task|tokens|logger|container|worker|main)';
const part = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles, anywhere.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds pure types and functions: it imports nothing of the project outside itself.',
      from: { path: part('domain') },
      to: { path: '^src/', pathNot: part('domain') },
    },
    {
      name: 'metrics-below-the-parts',
      severity: 'error',
      comment: 'metrics/ holds the registry every part records into: it imports no part (the parts register their scrape-time collectors).',
      from: { path: part('metrics') },
      to: { path: '^src/(domain|qbo|customers|invoices|connections|ingest|retention|http|cli)/' },
    },
    {
      name: 'emulator-shares-nothing',
      severity: 'error',
      comment: 'The emulator imports nothing of the worker.',
      from: { path: part('emulator') },
      to: { path: '^src/', pathNot: part('emulator') },
    },
    {
      name: 'worker-never-imports-emulator',
      severity: 'error',
      comment: 'The worker imports nothing of the emulator (only the demo, dev tools and tests start it).',
      from: { path: WORKER },
      to: { path: part('emulator') },
    },
    {
      name: 'parts-never-import-http-or-cli',
      severity: 'error',
      comment: 'A part never imports http/ or cli/: what a page needs is a use case of the part that owns the data.',
      from: { path: '^src/(domain|qbo|customers|invoices|connections|ingest|outbox|metrics|retention|db|config)' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'qbo-depends-on-domain-only',
      severity: 'error',
      comment: 'The QBO adapter sits under the parts that use it.',
      from: { path: part('qbo') },
      to: { path: '^src/(customers|invoices|connections|ingest)/' },
    },
    {
      name: 'customers-below-invoices',
      severity: 'error',
      comment: 'customers is used by invoices (the window resolves pending customers), never the other way.',
      from: { path: part('customers') },
      to: { path: '^src/(invoices|connections|ingest)/' },
    },
    {
      name: 'invoices-not-on-connections-or-ingest',
      severity: 'error',
      from: { path: part('invoices') },
      to: { path: '^src/(connections|ingest)/' },
    },
    {
      name: 'connections-not-on-siblings',
      severity: 'error',
      from: { path: part('connections') },
      to: { path: '^src/(customers|invoices|ingest)/' },
    },
    {
      name: 'ingest-alone',
      severity: 'error',
      comment: 'Ingest only writes Postgres: it never talks to QBO nor to the other parts.',
      from: { path: part('ingest') },
      to: { path: '^src/(qbo|customers|invoices|connections)/' },
    },
    {
      name: 'outbox-below-the-parts',
      severity: 'error',
      comment: 'The outbox sits under the parts that write sync events in their transactions (customers, invoices): it imports none of them.',
      from: { path: part('outbox') },
      to: { path: '^src/(qbo|customers|invoices|connections|ingest|retention)/' },
    },
    {
      name: 'retention-below-http',
      severity: 'error',
      comment: 'Retention prunes tables with SQL; it takes only what the consumers it prunes for declare (customers).',
      from: { path: part('retention') },
      to: { path: '^src/(qbo|invoices|connections|ingest)/' },
    },
    {
      name: 'only-the-composition-root-composes',
      severity: 'error',
      comment: 'Only the entry points (main, worker, the CLI, benches, tests) import the composition root.',
      from: { path: '^src/', pathNot: '^src/(main|worker|cli/|container)' },
      to: { path: '^src/(container|worker|main)\\.ts$' },
    },
    {
      name: 'only-entry-points-create-data-sources',
      severity: 'error',
      comment: 'Parts get the DataSource injected; only main/worker, the CLI and dev tools create one.',
      from: { path: '^src/', pathNot: '^src/(main|worker|cli/|dev-services/|db/)' },
      to: { path: '^src/db/data-source\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
