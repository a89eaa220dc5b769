# Label sanity checks only (counts, ordering, entity rules, hard negatives not identical). Not a matcher.
import json, os, unicodedata
from collections import Counter
S=[json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.jsonl'))]
M=[json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'meta.jsonl'))]
def n(s):
    s=s or ''
    return ''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c)).lower()
ex=[r for r in S if r['set']=='existing']; inc=[r for r in S if r['set']=='incoming']
assert len(ex)==1800 and len(inc)==1800 and S[:1800]==ex
assert len(set(r['entity'] for r in ex))==1800
dns=[n(r['contact']['displayName']) for r in ex]; print('dup displayNames in existing', len(dns)-len(set(dns)))
keys=[(n(r['contact']['displayName']), r['contact']['displayName']) for r in ex]; print('sorted', keys==sorted(keys) or 'NO')
exent=set(r['entity'] for r in ex); seen=set()
for r,m in zip(S[1800:],M[1800:]):
    e=r['entity']; c=m['category']
    if c=='duplicate': assert e in exent
    elif c=='repeat': assert e in seen and e not in exent
    else: assert e not in exent and e not in seen, (c,e)
    if c=='hard_negative': assert m['related_entity']!=e
    seen.add(e)
    assert r['contact']['displayName'].strip()
def digits(p): return ''.join(ch for ch in (p or '') if ch.isdigit())[-10:] or None
# hard negatives: at least one distinguishing detail
bad=0
for r,m in zip(S,M):
    if m['category']!='hard_negative': continue
    a=S[m['related_line']-1]['contact']; b=r['contact']
    same_dn = n(a['displayName'])==n(b['displayName'])
    gi = n(a['givenName'] or a['displayName'].split()[0]).split()[:1]==n(b['givenName'] or b['displayName'].split()[0]).split()[:1]
    if same_dn and digits(a['phone'])==digits(b['phone']) and n(a['email'])==n(b['email']): bad+=1; print('IDENT', a, b)
print('hn identical-ish', bad)
print(Counter(m['category'] for m in M))
print('incoming persons/orgs', Counter(m['kind'] for m in M[1800:]))
print('existing orgs', sum(1 for m in M[:1800] if m['subtype'].startswith('org')))
import re
def core(dn): return re.sub(r'\b(jr|sr)\.?','',n(dn)).replace(',','').split()
def akey(a): return None if not a else (n(a['line1']), n(a['city']))
weak=0
for r,m in zip(S,M):
    if m['category']!='hard_negative': continue
    a=S[m['related_line']-1]['contact']; b=r['contact']
    if sorted(core(a['displayName']))!=sorted(core(b['displayName'])): continue
    sfx = bool(re.search(r'\b(jr|sr)\b', n(b['displayName'])+' '+n(b['familyName']))) != bool(re.search(r'\b(jr|sr)\b', n(a['displayName'])+' '+n(a['familyName'])))
    dphone = b['phone'] and a['phone'] and digits(a['phone'])!=digits(b['phone'])
    demail = b['email'] and a['email'] and n(a['email'])!=n(b['email'])
    daddr = akey(a['address']) and akey(b['address']) and akey(a['address'])!=akey(b['address'])
    if not (sfx or dphone or demail or daddr):
        weak+=1; print('WEAK', m['subtype'], a, '\n     ', b)
print('weak', weak)
