// The pair tool: node pairdiff.js ROOT_A ROOT_B set... compares every labelled pair (a match or repeat and its record, a hard
// negative and its anchor) field by field as two builds (each root's dist/, `npm run build` there) read it; V=N prints N changed
// pairs per set. Run each set's gen.py first.
const fs = require('fs'); const path = require('path');
const [A, B, ...sets] = process.argv.slice(2);
const load = (root) => ({ lr: require(path.join(root, 'dist/src/domain/linkage/linkage-record.js')).linkageRecord, cmp: require(path.join(root, 'dist/src/domain/linkage/field-comparisons.js')).compareRecords });
const a = load(A), b = load(B);
const V = Number(process.env.V ?? 0);
const short = (c) => [c.displayName, c.givenName, c.familyName, c.companyName, c.email, c.phone, c.address && [c.address.line1, c.address.line2, c.address.city, c.address.region, c.address.postalCode, c.address.country].join(',')].join(' | ');
const lv = (x) => x.map((f) => `${f.field}:${f.level}${f.clash ? "!" + f.clash : ""}`).join(' ');
let total = 0;
for (const s of sets) {
  const dir = path.join(path.resolve(__dirname, '..'), s);
  const S = fs.readFileSync(path.join(dir, 'set.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const M = fs.readFileSync(path.join(dir, 'meta.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (M.length !== S.length) { console.log(s + ': no meta'); continue; }
  const ex = S.filter((r) => r.set === 'existing'), inc = S.filter((r) => r.set === 'incoming');
  let n = 0, changed = 0;
  for (let i = 0; i < S.length; i++) {
    const m = M[i]; if (m.set !== 'incoming') continue;
    let other;
    if (m.compare_set !== undefined && m.compare_index !== undefined) other = (m.compare_set === 'existing' ? ex : inc)[m.compare_index];
    else if (m.anchor_index !== undefined) other = ex[m.anchor_index];
    if (!other) continue;
    n++;
    let ra, rb;
    try { ra = lv(a.cmp(a.lr(S[i].contact), a.lr(other.contact))); } catch (e) { ra = 'ERR ' + e.message; }
    try { rb = lv(b.cmp(b.lr(S[i].contact), b.lr(other.contact))); } catch (e) { rb = 'ERR ' + e.message; }
    if (ra !== rb) {
      changed++;
      if (changed <= V) console.log(`[${s} ${m.category}/${m.hn_type ?? m.kind}]\n  IN ${short(S[i].contact)}\n  TO ${short(other.contact)}\n  A: ${ra}\n  B: ${rb}`);
    }
  }
  total += changed;
  console.log(`${s}: ${changed} of ${n} pairs changed`);
}
console.log(`total changed ${total}`);
