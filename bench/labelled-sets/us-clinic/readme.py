"""Writes README.txt with the description and the counts of the generated set."""
import os
from collections import Counter


def _table(counter, indent="    "):
    width = max([len(str(k)) for k in counter] + [4])
    return "\n".join("%s%-*s %5d" % (indent, width, k, v) for k, v in counter.most_common())


def write_readme(out, metas, seed):
    ex = [m for m in metas if m["set"] == "existing"]
    inc = [m for m in metas if m["set"] == "incoming"]
    cat = Counter(m["category"] for m in inc)
    hn = Counter(m["subtype"] for m in inc if m["category"] == "hard_negative")
    rep = Counter(m["subtype"] for m in inc if m["category"] == "repeat")
    kinds_in = Counter(m["kind"] for m in inc)
    kinds_ex = Counter("org" if m["subtype"].startswith("org") else "person" for m in ex)
    cult = Counter(m.get("culture") or "org" for m in metas)
    ch = Counter()
    for m in inc:
        if m["category"] == "duplicate":
            seen = set()
            for c in m["changes"]:
                h = c.split(":")[0]
                if c.startswith("name_change"):
                    h = ":".join(c.split(":")[:2])
                elif c.startswith("given_form"):
                    h = "given_form:" + c.split(":")[-1]
                elif c.startswith(("missing", "typo", "added")):
                    for fld in c.split(":")[1].split("+"):
                        k = c.split(":")[0] + ":" + fld
                        if k not in seen:
                            ch[k] += 1
                            seen.add(k)
                    continue
                elif c.startswith(("phone_changed", "email_changed")):
                    h = c
                if h not in seen:
                    ch[h] += 1
                    seen.add(h)
    fmt_only = sum(1 for m in inc if m["category"] == "duplicate" and m["subtype"] == "format_only")
    anc = Counter(len(m["anchors_kept"]) for m in inc if m["category"] == "duplicate")
    ex_notes = Counter(n.split(":")[0] + (":" + n.split(":")[1] if n.startswith("household_pair") else "")
                       for m in ex for n in m["notes"] if n.startswith(("household", "married")))
    n_dup_ent = len(set(m["entity"] for m in inc if m["category"] == "duplicate"))
    text = f"""Labelled record-linkage test set: clinic customers (QuickBooks Online vs practice-management app)
=====================================================================================================

Scenario
--------
A group of veterinary and pediatric-dental clinics in Texas, Arizona and Southern
California bills the responsible party (pet owner, parent/guardian, or an
organisation such as a rescue, foster agency, school, county shelter, ranch LLC
or school district).  QuickBooks Online already holds {len(ex)} customers
("existing"); the practice-management app sends {len(inc)} customer records
("incoming").  Every incoming record is either an existing customer, a customer
that already appeared earlier in the incoming stream, or a new customer.

Files
-----
  set.jsonl    {len(metas)} lines: all existing lines first (sorted by displayName,
               case- and accent-insensitively, like a QuickBooks export), then the
               incoming lines in arrival order.
               {{"set", "entity", "contact": {{displayName, givenName, familyName,
               companyName, email, phone, address{{line1, line2, city, region,
               postalCode, country}} | null}}}}
               "entity" is the true identity id (random hex, carries no category).
  meta.jsonl   same line order. Fields:
               line, set, entity, category (existing|duplicate|new|hard_negative|repeat),
               subtype, kind (person|org), culture (name pool used),
               changes (duplicate/repeat: every content change and format difference
               applied relative to the record it copies), anchors_kept (which of
               email/phone/address still agree exactly after normalisation),
               existing_line (duplicate: line of its QuickBooks record),
               first_line (repeat: line of the earlier incoming record it repeats),
               related_entity + related_line (hard_negative: the existing customer it
               resembles), notes (hard_negative: how it resembles; existing:
               household pairs, married name on file, household display form),
               relations (existing: true family/business ties to other entities).
  README.txt   this file.
  gen.py       entry point (python3 gen.py; standard library only; seed {seed}).
               names.py    hand-written given names / surnames / real nicknames
                           (Hispanic incl. compound given names and two surnames,
                           Vietnamese, Filipino, Anglo, African-American, Navajo)
               places.py   cities with real ZIPs and area codes, arterial streets,
                           Spanish street names, e-mail providers, organisation names
               entities.py true identities, addresses, phones, e-mails, orgs
               render.py   how each system writes a record (formats, display forms),
                           typo models
               variants.py the changes that turn one record into another of the
                           same customer, with a recognisability check
               hardneg.py  builders for look-alike different customers
               readme.py   this README
  selfcheck.py label-invariant checks only (ordering, entity rules, hard
               negatives never identical to their anchor); not a matcher.
  Output is byte-identical on every run (seeded RNG, no hash-order dependence).

Counts
------
existing: {len(ex)}  ({kinds_ex['person']} persons, {kinds_ex['org']} organisations; one record per entity)
incoming: {len(inc)}  ({kinds_in['person']} persons, {kinds_in['org']} organisations)
{_table(cat)}

duplicates: {cat['duplicate']} records of {n_dup_ent} distinct existing customers
  (60 existing customers arrive twice, both times labelled duplicate);
  {fmt_only} differ only in formatting (phone format, address abbreviations,
  display form, accents).  Exact anchors kept (email/phone/address):
{_table(Counter({str(k) + ' anchors': v for k, v in anc.items()}))}
  Content changes (number of duplicate records containing each):
{_table(ch)}

hard negatives by subtype (each a different entity from related_entity):
{_table(hn)}

repeats: {cat['repeat']} (entity first appeared earlier in the incoming list)
{_table(rep)}

existing-set structure:
{_table(ex_notes)}

name pools over all records:
{_table(cult)}

How it was made
---------------
1. Existing customers: {kinds_ex['org']} organisations and persons with city-weighted
   cultures (e.g. Westminster/Garden Grove Vietnamese-heavy, National City Filipino,
   Window Rock/Chinle/Tuba City/Kayenta Navajo with PO boxes and HC box addresses,
   Laredo/El Paso/Brownsville mostly Hispanic).  Some existing customers are already
   households in QuickBooks (spouses, Jr/Sr, parent + adult child, twins: different
   entities sharing address and sometimes phone or the family e-mail).  ~15% of
   adult women carry a married surname with the maiden name known (their e-mail often
   still shows the maiden name); some records use a household display form
   ("Garcia, Maria & Jose", "Maria & Jose Garcia") - the entity is the first-named
   billing person.  QuickBooks requires unique display names, so exact clashes were
   resolved the way bookkeepers do: a middle initial, " (2)", " 2" or " - City".
   QuickBooks-side formats: mostly "(602) 555-0143"/"602-555-0143", "Last, First"
   in ~1/4, occasional ALL CAPS rows and rows with only displayName filled.
2. Hard negatives: for a chosen existing customer a related but different person or
   organisation is created: spouse at the same address (shared phone or home line,
   often the family e-mail, own or shared surname), son Jr./father Sr. with the same
   name (Hispanic second surname differs when written; usually same address; in a
   few the suffix is not written but phone and e-mail differ), namesake with the same
   common name in the same city, twin (same surname and birth year, similar or
   different given name), sister-in-law with the same married surname on the same
   street, co-parent at another address sharing the child's surname (rarely the old
   family e-mail), adult child at the parents' address, grandparent raising
   grandchildren, owner vs business (ranch/rescue owner personally, or a rescue run
   from a customer's home with the customer as contact person), and related
   organisations (sibling rescue with the same name prefix, sister LLC of a ranch,
   "Friends of ..." shelter support group, district education foundation, school
   PTO/PTA).  Every hard negative keeps at least one real distinguishing detail
   (given name, Jr/Sr, or a different phone/e-mail/address) and none is identical to
   the record it resembles.
3. New customers are generated the same way as existing ones (a few arrive as new
   two-person households).
4. Duplicates start from the app's own habits (E.164 or bare-digit phones, "US"
   country, more spelled-out "North"/"Street", unit on line2, fewer accents) and get
   0-4 content changes: typos (keyboard slips, 1 per field in 1-2 fields, sometimes
   2 in one long field), nickname or the other given name (Guadalupe/Lupe,
   Francisco/Pancho, Robert/Bob, "Maria Isabel"/"Isabel"), one of two surnames or
   hyphenated form, marriage (new, hyphenated or maiden+new surname) or divorce back
   to the maiden name, given/family swapped, e-mail changed (new provider or family
   vs personal box), phone changed (new number, or home line instead of mobile),
   move (same city or elsewhere in the metro), missing e-mail/phone/address,
   ALL CAPS, middle name added/dropped.  Recognisability rule: at least one of
   e-mail, phone or address must still agree exactly with the QuickBooks record
   (two where the surname changed or the name was changed in two ways when
   possible); name changes are never combined with typos or nickname changes.
5. Repeats: later records of new customers (85%) or of hard-negative people (15%),
   produced with the same change model relative to the earlier incoming record
   (no surname change between two incoming records); inserted at a random later
   position.

Caveats
-------
- Phone numbers are random valid-looking NANP numbers for the city's real area
  codes (not the 555-01xx fiction range, which is too small); e-mail local parts are
  invented at real providers.  ZIP codes are real for the city; ZIP+4 add-ons,
  house numbers and street/ZIP pairings are not verified against USPS data.
- County shelter and school-district names are real public bodies used only as
  plausible customer names; all contact data attached to them is invented.
- Birth-era realism of given names is not modelled.
- Labels are the ground truth of the generator: a duplicate with a new phone, a new
  e-mail and a move would not exist here (at least one anchor is always kept), so a
  matcher that needs more than one shared contact field will miss some duplicates by
  design, and hard negatives that share address + phone are meant to be rejected on
  the name.
"""
    with open(os.path.join(out, "README.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
