// The probability tool: node pairprob.js ROOT_A ROOT_B set... [V=N]: each labelled pair's match probability alone (default parameters, term frequencies
// counted from the set's existing records as the mirror would), under two builds; counts of pairs at or above 0.93 and crossings.
const fs=require('fs'),path=require('path');
const [A,B,...sets]=process.argv.slice(2);const V=Number(process.env.V||0);
const load=(r)=>{const rec=require(path.join(r,'dist/src/domain/linkage/linkage-record.js'));const sc=require(path.join(r,'dist/src/domain/linkage/linkage-scoring.js'));const P=require(path.join(r,'dist/src/domain/linkage/linkage-parameters.js')).DEFAULT_LINKAGE_PARAMETERS;const D=require(path.join(r,'dist/src/domain/linkage/linkage-decision.js'));return {rec,sc,P,D};};
const L=[load(A),load(B)];
const short=(c)=>[c.displayName,c.givenName,c.familyName,c.companyName,c.email,c.phone,c.address&&[c.address.line1,c.address.line2,c.address.city,c.address.postalCode].join(',')].join(' | ');
let tot={pa:0,pb:0,ha:0,hb:0};
for(const s of sets){const dir=path.join(path.resolve(__dirname,'..'),s);
const S=fs.readFileSync(dir+'/set.jsonl','utf8').trim().split('\n').map(JSON.parse);const M=fs.readFileSync(dir+'/meta.jsonl','utf8').trim().split('\n').map(JSON.parse);
const ex=S.filter(r=>r.set==='existing'),inc=S.filter(r=>r.set==='incoming');
const ctx=L.map(l=>{const counts=new Map();const exr=ex.map(r=>l.rec.linkageRecord(r.contact));for(const r of exr)for(const k of l.rec.linkageKeys(r))counts.set(k,(counts.get(k)||0)+1);return {counts,exr};});
const st={pos:{a:0,b:0,n:0},hn:{a:0,b:0,n:0}};const moved=[];
for(let i=0;i<S.length;i++){const m=M[i];if(m.set!=='incoming')continue;let o;
 if(m.compare_index!==undefined)o=(m.compare_set==='existing'?ex:inc)[m.compare_index];else if(m.anchor_index!==undefined)o=ex[m.anchor_index];if(!o)continue;
 const cat=m.category==='hard_negative'?'hn':'pos';const ps=L.map((l,j)=>{const x=l.rec.linkageRecord(S[i].contact),y=l.rec.linkageRecord(o.contact);
  const keys=l.rec.linkageKeys(x);const counts=new Map(keys.map(k=>[k,ctx[j].counts.get(k)||0]).filter(([k,v])=>v>0));
  const tf={mirrorSize:ex.length,counts};const sc=l.sc.linkageScoring(x,y,l.P,tf);const pi=l.D.priorInverseOdds(l.P,ex.length);const od=l.D.candidateOdds(sc,l.P,pi,ex.length);return {p:od/(1+od),sc};});
 const q=st[cat];q.n++;if(ps[0].p>=0.93)q.a++;if(ps[1].p>=0.93)q.b++;
 if((ps[0].p>=0.93)!==(ps[1].p>=0.93))moved.push({cat,k:m.hn_type||m.kind,pa:ps[0].p,pb:ps[1].p,IN:short(S[i].contact),TO:short(o.contact),f:ps[1].sc.fields.map(f=>`${f.field}:${f.level}:${Math.round(f.weight*10)/10}`).join(' '),ns:ps[1].sc.namesakeWeight});}
console.log(`${s}: pos ${st.pos.a}->${st.pos.b} of ${st.pos.n} at>=0.93; hn ${st.hn.a}->${st.hn.b} of ${st.hn.n}`);
tot.pa+=st.pos.a;tot.pb+=st.pos.b;tot.ha+=st.hn.a;tot.hb+=st.hn.b;
for(const r of moved.slice(0,V))console.log(`  [${r.cat} ${r.k}] ${r.pa.toFixed(3)} -> ${r.pb.toFixed(3)} ns=${r.ns}\n    IN ${r.IN}\n    TO ${r.TO}\n    ${r.f}`);}
console.log('total',JSON.stringify(tot));
