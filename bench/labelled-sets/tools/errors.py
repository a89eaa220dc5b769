# errors.py LOG SETDIR fl|dup [create|review]: a bench log (run-set.sh, DEBUG=2) read against the set's meta.jsonl: each false link
# or duplicate with its record, its category, kind and changes, and the record it was linked to or should have been.
import json,sys,re
log,setdir,mode=sys.argv[1],sys.argv[2],sys.argv[3]
pol=sys.argv[4] if len(sys.argv)>4 else 'create'
S=[json.loads(l) for l in open(setdir+'/set.jsonl')]
M=[json.loads(l) for l in open(setdir+'/meta.jsonl')]
key={}
for i,r in enumerate(S):
    if r['set']=='incoming': key.setdefault(json.dumps(r['contact'],sort_keys=True),[]).append(i)
ex={r['entity']:r for r in S if r['set']=='existing'}
def short(c):
    a=c.get('address') or {}
    return ' | '.join(str(x) for x in [c.get('displayName'),c.get('givenName'),c.get('familyName'),c.get('companyName'),c.get('email'),c.get('phone'),a.get('line1'),a.get('line2'),a.get('city'),a.get('region'),a.get('postalCode'),a.get('country')])
pat = 'false link' if mode=='fl' else 'duplicate'
lines=open(log).read().split('\n')
n=0
for j,l in enumerate(lines):
    m=re.match(r'\s+%s \(([^,]+), (\w+)[^)]*\)(?:, p=[^)]*\))?: ?(\{.*\})(.*)$'%pat,l)
    if not m:
        m=re.match(r'\s+%s \(([^,]+), (\w+), [^)]*\): (\{.*?\}) (→.*)$'%pat,l)
    if not m: continue
    if m.group(2)!=pol: continue
    # find JSON contact: greedy to the matching brace
    s=l[l.index('{'):]
    dep=0
    for k,ch in enumerate(s):
        if ch=='{':dep+=1
        elif ch=='}':
            dep-=1
            if dep==0: break
    c=json.loads(s[:k+1]); rest=s[k+1:]
    idx=key.get(json.dumps(c,sort_keys=True),[None])[0]
    n+=1
    mt=M[idx] if idx is not None else {}
    print(f"#{n} [{mt.get('category')}/{mt.get('kind')}/{mt.get('hn_type','')}/{mt.get('profile','')}] changes={mt.get('changes')}")
    print('   IN :',short(c))
    if mode=='fl':
        mm=re.search(r'\[(c[0-9a-f]+)\] → "(.*)" \[(c[0-9a-f]+)\] (.*)$',rest)
        if mm:
            t=ex.get(mm.group(3))
            print('   TO :',short(t['contact']) if t else mm.group(2), ' ev:',mm.group(4)[:300])
            if mt.get('category')=='match' or mt.get('category')=='new':
                own=ex.get(mt.get('entity'))
                if own: print('   OWN:',short(own['contact']))
    else:
        print('  ',rest[:600])
        k2=j+1
        while k2<len(lines) and lines[k2].startswith('      cand'):
            print('  ',lines[k2].strip()[:300]); k2+=1
print('total',n)
