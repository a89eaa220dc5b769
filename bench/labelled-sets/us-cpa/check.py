"""Sanity checks for us-cpa set.jsonl / meta.jsonl (stdlib only). python3 check.py"""
import json, os, re, collections
here = os.path.dirname(os.path.abspath(__file__))
S = [json.loads(l) for l in open(os.path.join(here, "set.jsonl"), encoding="utf-8")]
M = [json.loads(l) for l in open(os.path.join(here, "meta.jsonl"), encoding="utf-8")]
assert len(S) == len(M), "meta not aligned"
FIELDS = {"displayName", "givenName", "familyName", "companyName", "email", "phone", "address"}
AF = {"line1", "line2", "city", "region", "postalCode", "country"}
ex_ids, ex_names, phase = set(), set(), "existing"
seen_inc = set(); cnt = collections.Counter(); cats = collections.Counter()
ev = collections.defaultdict(set)
bad_ev = 0
for i, (s, m) in enumerate(zip(S, M), 1):
    assert m["line"] == i and m["set"] == s["set"] and m["entity"] == s["entity"], i
    c = s["contact"]; assert set(c) == FIELDS, i
    assert c["address"] is None or set(c["address"]) == AF, i
    for k, v in [kv for kv in c.items() if kv[0] != "address"] + list((c["address"] or {}).items()):
        assert v is None or isinstance(v, str), (i, k)
    assert c["displayName"], i
    if s["set"] == "existing":
        assert phase == "existing", "existing after incoming at line %d" % i
        assert s["entity"] not in ex_ids, "dup existing id %s" % s["entity"]
        assert c["displayName"].lower() not in ex_names, "dup display %s" % c["displayName"]
        ex_ids.add(s["entity"]); ex_names.add(c["displayName"].lower()); cnt["existing"] += 1
    else:
        phase = "incoming"
        kind = m["changes"][0]
        if kind == "existing_match":
            assert s["entity"] in ex_ids, i
        elif kind == "new":
            assert s["entity"] not in ex_ids and s["entity"] not in seen_inc, i
        else:
            assert kind == "repeat_of_new" and s["entity"] in seen_inc, i
        if kind != "new":
            keys = {("e", (c["email"] or "").lower()), ("p", re.sub(r"\D", "", c["phone"] or "")[-10:])} - {("e", ""), ("p", "")}
            if not keys & ev[s["entity"]]:
                bad_ev += 1
        seen_inc.add(s["entity"]); cnt[kind] += 1
    cats[(s["set"], m["category"])] += 1
    for k in [("e", (c["email"] or "").lower()), ("p", re.sub(r"\D", "", c["phone"] or "")[-10:])]:
        if k[1]:
            ev[s["entity"]].add(k)
hard = sum(1 for m in M if any(x.startswith("hard_negative_of:") for x in m["changes"]))
print("counts:", dict(cnt), "hard_negatives:", hard, "links_without_shared_email_or_phone:", bad_ev)
for k in sorted(cats):
    print("  %-9s %-24s %d" % (k[0], k[1], cats[k]))
assert bad_ev == 0
print("OK")
