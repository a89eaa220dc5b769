#!/usr/bin/env node
// Writes standalone, strict JSON schemas per Kubernetes kind for kubeconform, offline:
//   node scripts/k8s-schemas.cjs <out dir> <kubectl-validate builtins dir for one version> [CRD yaml files...]
// Layout: <out>/<group or v1>/<kind lowercased>_<version>.json, what kubeconform's
// -schema-location '<out>/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json' reads.
// Native kinds come from the OpenAPI v3 documents that sigs.k8s.io/kubectl-validate embeds
// (pkg/openapiclient/builtins/<version>), CRDs from their openAPIV3Schema. Like kubeconform's own
// openapi2jsonschema: refs inlined as definitions, int-or-string and quantities as either type,
// nullable as a null type, and every object with properties closed (additionalProperties: false)
// unless it preserves unknown fields, so a misspelt field fails.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const [outDir, builtinsDir, ...crdFiles] = process.argv.slice(2);
if (!outDir || !builtinsDir) {
  console.error('usage: k8s-schemas.cjs <out dir> <builtins dir> [crd.yaml...]');
  process.exit(2);
}

const REF = '#/components/schemas/';

/** Rewrites one schema node in place: refs, int-or-string, nullable, strictness. */
function normalise(node, name) {
  if (Array.isArray(node)) return node.map((n) => normalise(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.startsWith(REF) ? `#/definitions/${v.slice(REF.length)}` : v;
    else if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, normalise(s)]));
    } else out[k] = normalise(v);
  }
  if (out['x-kubernetes-int-or-string'] === true || out.format === 'int-or-string' || name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') {
    delete out.type;
    delete out.format;
    out.oneOf = [{ type: 'string' }, { type: 'integer' }];
  }
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') {
    delete out.format;
    out.type = ['string', 'number'];
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  if (out.properties && out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function refsOf(node, found) {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) found.add(v.slice(REF.length));
      else refsOf(v, found);
    }
  }
}

function write(group, kind, version, schema) {
  const dir = path.join(outDir, group === '' ? 'v1' : group);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${kind.toLowerCase()}_${version}.json`), JSON.stringify(schema));
}

let kinds = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith('.json')) native(JSON.parse(fs.readFileSync(p, 'utf8')));
  }
}

function native(doc) {
  const all = (doc.components && doc.components.schemas) || {};
  for (const [name, schema] of Object.entries(all)) {
    const gvks = schema['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvks) || gvks.length !== 1 || name.endsWith('List') || !schema.properties || !schema.properties.kind) continue;
    const closure = new Set();
    const queue = [name];
    while (queue.length > 0) {
      const n = queue.pop();
      if (closure.has(n) || !all[n]) continue;
      closure.add(n);
      const found = new Set();
      refsOf(all[n], found);
      queue.push(...found);
    }
    const definitions = {};
    for (const n of closure) definitions[n] = normalise(all[n], n);
    const { group, kind, version } = gvks[0];
    write(group, kind, version, { $schema: 'http://json-schema.org/draft-07/schema#', ...definitions[name], definitions });
    kinds += 1;
  }
}

walk(builtinsDir);
for (const file of crdFiles) {
  for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON())) {
    if (!doc || doc.kind !== 'CustomResourceDefinition') continue;
    for (const v of doc.spec.versions) {
      const schema = v.schema && v.schema.openAPIV3Schema;
      if (!schema) continue;
      write(doc.spec.group, doc.spec.names.kind, v.name, { $schema: 'http://json-schema.org/draft-07/schema#', ...normalise(schema) });
      kinds += 1;
    }
  }
}
console.log(`${kinds} kinds written to ${outDir}`);
