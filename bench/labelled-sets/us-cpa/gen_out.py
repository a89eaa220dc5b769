"""Rendering of entities + scenarios (part of gen.py)."""
import build as G
from build import r, W, pname, ascii_, slug, typo, fmt_phone, render_addr, given_variant, family_variant

def person_disp(p, g, f, ch, lvl):
    x = r.random()
    if p["origin"] == "vietnamese" and x < 0.25 and lvl:
        ch.append("vietnamese_order"); return f"{f} {p['middle']} {g}"
    if lvl and x < 0.45 and x >= 0.25:
        ch.append("last_first"); return f"{f}, {g}"
    if lvl >= 2 and x > 0.93:
        ch.append("swapped_names"); return f"{f} {g}"
    s = g + (" " + p["middle"][0] + "." if p.get("middle") and p["origin"] != "vietnamese" and r.random() < 0.4 else "") + " " + f
    if p.get("suffix") and r.random() < 0.7:
        s += r.choice([" ", ", "]) + p["suffix"] + ("." if r.random() < 0.3 else "")
    return s

def suffix_variant(suf, ch, lvl):
    if not suf:
        return ""
    x = r.random()
    if lvl and x < 0.25:
        ch.append("legal_suffix_dropped"); return ""
    if lvl and x < 0.5:
        ch.append("legal_suffix_variant")
        return {"LLC": r.choice([", LLC", " L.L.C.", " llc"]), "Inc": r.choice([", Inc.", " Incorporated", " INC"]),
                "PLLC": r.choice([", PLLC", " P.L.L.C."]), "PC": " P.C.", "PA": " P.A.", "LP": r.choice([", L.P.", " Ltd"]),
                "Corp": " Corporation", "Ltd": " Ltd.", "DDS PLLC": ", DDS, PLLC"}.get(suf, " " + suf)
    return " " + suf

def render(e, lvl, ch, force=None):
    """lvl 0 = existing record; 1 light, 2 medium, 3 heavy. force: dict of overrides."""
    force = force or {}
    p = e["p"]; k = e["kind"]
    g = given_variant(r, p, ch, lvl >= 2) if lvl else p["given"]
    f = force.get("family") or (family_variant(r, p, ch, lvl >= 2) if lvl else p["family"])
    c = {"displayName": None, "givenName": g, "familyName": f, "companyName": None, "email": None, "phone": None, "address": None}
    if k == "individual":
        c["displayName"] = person_disp(p, g, f, ch, lvl) if lvl else pname(p)
    elif k == "couple":
        s = e["spouse"]; sg = s["given"]
        sf = s["family"]
        x = r.random() if lvl else 0.1
        if sf != p["family"]:
            c["displayName"] = f"{g} {f} & {sg} {sf}" if x < 0.7 else f"{g} {f} and {sg} {sf}"
        elif x < 0.3:
            c["displayName"] = f"{g} & {sg} {f}"
        elif x < 0.5:
            c["displayName"] = f"{f}, {g} and {sg}"; ch.append("last_first")
        elif x < 0.65:
            c["displayName"] = f"{g} and {sg} {f}"
        elif x < 0.8:
            c["displayName"] = f"{sg} & {g} {f}"; ch.append("spouse_order_swapped")
        else:
            c["displayName"] = f"{sg} {sf}"; c["givenName"], c["familyName"] = sg, sf; ch.append("one_spouse_only")
    elif k == "sole_prop":
        x = r.random() if lvl else 0.1
        tr = e["trade"]
        if lvl and r.random() < 0.3:
            tr = tr.replace(" Services", "").replace("Cleaning", "Cleaning Services") if r.random() < 0.5 else typo(r, tr); ch.append("trade_name_variant")
        if x < 0.45:
            c["displayName"] = f"{g} {f} DBA {tr}" if r.random() < 0.6 or not lvl else f"{g} {f} dba {tr}"
        elif x < 0.8:
            c["displayName"] = tr; ch.append("dba_only")
        else:
            c["displayName"] = f"{g} {f}"; ch.append("owner_name_only")
        c["companyName"] = tr if x < 0.8 else None
    else:
        base = force.get("base") or e["base"]
        if lvl >= 2 and r.random() < 0.25:
            base = typo(r, base); ch.append("typo_company")
        if lvl and r.random() < 0.15:
            base = base.replace(" and ", " & ") if " and " in base else base.replace(" & ", " and "); 
        suf = force.get("suf", e.get("suf"))
        name = base + suffix_variant(suf, ch, lvl)
        if lvl and r.random() < 0.12:
            name = name.upper(); ch.append("all_caps")
        c["displayName"] = name; c["companyName"] = name if r.random() < 0.85 else None
        if r.random() < (0.5 if k == "business" else 0.3):
            pass
        else:
            c["givenName"] = c["familyName"] = None
    if lvl and k != "business" and r.random() < 0.08:
        c["displayName"] = c["displayName"].upper()
        c["givenName"] = c["givenName"].upper() if c["givenName"] else None
        c["familyName"] = c["familyName"].upper() if c["familyName"] else None
        ch.append("all_caps")
    if lvl and r.random() < 0.06 and c["givenName"]:
        c["givenName"] = c["familyName"] = None; ch.append("missing_name_parts")
    # contact points
    em = force.get("email", e["email"]); ph = force.get("phone", e["phone"]); ad = force.get("addr", e["addr"])
    c["email"] = em.upper() if em and lvl and r.random() < 0.05 else em
    c["phone"] = fmt_phone(r, ph, lvl >= 2) if ph else None
    c["address"] = render_addr(r, ad, [0, 0.1, 0.4, 0.8][lvl]) if ad else None
    return c
