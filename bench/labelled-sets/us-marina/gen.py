#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark for customer record linkage.

Scenario "us-marina": a family-owned marina and boatyard group (full-service
marina in Annapolis MD, dry-stack marina and fuel dock in Stuart FL, boatyard
in Beaufort NC) billing slip rent, winter storage, fuel accounts and yard work
through QuickBooks Online (USD).

Python 3 standard library only.  One random.Random(SEED) drives everything;
nothing iterates over a set or depends on str hashing, so the output is
byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> ./set.jsonl  ./meta.jsonl
    python3 gen.py --out DIR  -> DIR/set.jsonl DIR/meta.jsonl
"""
import argparse
import json
import os
import re
import random
import sys
import unicodedata

SEED = 20250611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HN = 150
# matches: 590 customers once, 95 twice, 15 three times = 825 records / 700 customers
MATCH_PLAN = [(1, 590), (2, 95), (3, 15)]
# new customers: 300 once, 75 twice, 25 three times = 525 records / 400 customers
NEW_PLAN = [(1, 300), (2, 75), (3, 25)]

SOURCES = ["marina_mgmt", "fuel_pos", "yard_workorder", "web_reservation", "broker_referral"]

# ---------------------------------------------------------------------------
# small helpers (all randomness goes through R)
# ---------------------------------------------------------------------------


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight) or dict item -> weight"""
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    acc = 0.0
    for it, w in pairs:
        acc += w
        if x < acc:
            return it
    return pairs[-1][0]


def wpick_d(d):
    return wpick(list(d.items()))


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def has_accent(s):
    return s is not None and strip_accents(s) != s


def norm_name(s):
    if s is None:
        return ""
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).casefold())


def slug(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


def words_title(s):
    """Title-case but keep Mc/Mac/O' and short particles sensible."""
    out = []
    for w in s.split(" "):
        if not w:
            out.append(w)
            continue
        lw = w.lower()
        if lw in ("de", "la", "du", "des", "van", "von", "der", "rue", "avenue", "chemin", "boulevard"):
            out.append(lw if out else lw.capitalize())
            continue
        t = "-".join(p[:1].upper() + p[1:].lower() for p in lw.split("-"))
        if t.startswith("Mc") and len(t) > 2:
            t = "Mc" + t[2].upper() + t[3:]
        if t.startswith("O'") and len(t) > 2:
            t = "O'" + t[2].upper() + t[3:]
        out.append(t)
    return " ".join(out)


def mojibake(s):
    """UTF-8 bytes read as Windows-1252 - the classic 'JosÃ©' mangling."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        b = ch.encode("utf-8")
        try:
            out.append(b.decode("cp1252"))
        except UnicodeDecodeError:
            out.append(b.decode("latin-1"))
    return "".join(out)


def qmark(s):
    """Non-ASCII letters replaced by '?' (old POS / CSV export)."""
    return "".join(ch if ord(ch) < 128 else "?" for ch in s)


KEYB = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
    "o": "ipl", "p": "ol", "a": "qsz", "s": "awdx", "d": "sefc", "f": "drgv", "g": "fthb",
    "h": "gyjn", "j": "hukm", "k": "jil", "l": "kop", "z": "asx", "x": "zsc", "c": "xdv",
    "v": "cfb", "b": "vgn", "n": "bhm", "m": "njk",
}


def typo(s, kinds=("sub", "swap", "drop", "dup")):
    """One realistic keyboard typo, never on the first character."""
    if s is None or len(s) < 4:
        return s
    idx = [i for i in range(1, len(s)) if s[i].isalpha()]
    if not idx:
        return s
    for _ in range(8):
        k = pick(list(kinds))
        i = pick(idx)
        ch = s[i]
        if k == "sub":
            lo = ch.lower()
            if lo not in KEYB:
                continue
            n = pick(KEYB[lo])
            n = n.upper() if ch.isupper() else n
            t = s[:i] + n + s[i + 1:]
        elif k == "swap":
            if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1] == ch:
                continue
            t = s[:i] + s[i + 1] + ch + s[i + 2:]
        elif k == "drop":
            if i > 0 and s[i - 1] == ch:
                continue
            t = s[:i] + s[i + 1:]
        else:
            t = s[:i] + ch + s[i:]
        if t != s and t.casefold() != s.casefold():
            return t
    return s


def digits_of(s):
    if s is None:
        return ""
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d


# ---------------------------------------------------------------------------
# people: given names with nicknames
# ---------------------------------------------------------------------------


def parse_nicks(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if ":" in line:
            n, nk = line.split(":", 1)
            out.append((n.strip(), [x.strip() for x in nk.split(",") if x.strip()]))
        else:
            out.append((line, []))
    return out


def parse_list(block):
    out = []
    for line in block.strip().splitlines():
        for x in line.split(","):
            x = x.strip()
            if x and not x.startswith("#"):
                out.append(x)
    return out


MALE = parse_nicks("""
Thomas:Tom,Tommy
Robert:Bob,Rob,Bobby
William:Bill,Will,Billy
James:Jim,Jimmy,Jamie
John:Jack,Johnny
Richard:Rick,Rich,Dick
Michael:Mike
David:Dave
Charles:Chuck,Charlie
Joseph:Joe
Steven:Steve
Mark
Paul
Daniel:Dan,Danny
Kenneth:Ken,Kenny
Gary
Edward:Ed,Eddie,Ted
Donald:Don
Ronald:Ron
George
Timothy:Tim
Stephen:Steve
Jeffrey:Jeff
Scott
Gregory:Greg
Frank
Raymond:Ray
Lawrence:Larry
Peter:Pete
Douglas:Doug
Bruce
Dennis
Walter:Walt
Patrick:Pat
Gerald:Jerry
Harold:Hal
Carl
Arthur:Art
Henry:Hank
Roger
Keith
Wayne
Philip:Phil
Andrew:Andy,Drew
Matthew:Matt
Christopher:Chris
Brian
Kevin
Eric
Jonathan:Jon
Benjamin:Ben
Samuel:Sam
Nicholas:Nick
Alexander:Alex
Bradley:Brad
Craig
Glenn
Russell:Russ
Randall:Randy
Curtis:Curt
Dale
Neil
Stuart:Stu
Alan
Martin:Marty
Vincent:Vince
Anthony:Tony
Frederick:Fred
Albert:Al
Leonard:Len
Eugene:Gene
Theodore:Ted
Gordon
Howard
Warren
Stanley:Stan
Jason
Ryan
Kyle
Zachary:Zach
Nathan:Nate
Tyler
Preston
Clayton:Clay
Wesley:Wes
Mitchell:Mitch
Jeremy
Todd
Chad
Derek
Spencer
Garrett
Franklin:Frank
Benton:Ben
Mason
Everett
Elliott
""")

FEMALE = parse_nicks("""
Linda
Susan:Sue
Patricia:Pat,Patty
Elizabeth:Liz,Beth,Betsy
Barbara:Barb
Margaret:Peggy,Maggie,Meg
Jennifer:Jen,Jenny
Deborah:Deb,Debbie
Catherine:Cathy,Kate
Katherine:Kathy,Kate,Katie
Nancy
Karen
Carol
Sandra:Sandy
Donna
Sharon
Cynthia:Cindy
Kimberly:Kim
Rebecca:Becky
Christine:Chris
Pamela:Pam
Janet
Diane
Cheryl
Laura
Anne
Mary
Judith:Judy
Virginia:Ginny
Victoria:Vicki,Tori
Jacqueline:Jackie
Suzanne:Sue
Theresa:Terri
Caroline:Carrie
Amanda:Mandy
Samantha:Sam
Melissa:Missy
Jessica:Jess
Alexandra:Alex
Heather
Amy
Julie
Lisa
Michelle
Stephanie:Steph
Kathleen:Kathy,Kate
Ellen
Eleanor:Ellie
Dorothy:Dottie
Frances:Fran
Marilyn
Joanne:Jo
Gail
Lynn
Wendy
Tracy
Kristen
Lauren
Megan:Meg
Sarah
Emily
Abigail:Abby
Madeline:Maddie
Leslie
Joyce
Beverly:Bev
Constance:Connie
Roberta:Bobbie
Gwendolyn:Gwen
Claire
Allison:Ally
Whitney
Courtney
""")

FR_MALE = parse_nicks("""
Jean-Guy
Pierre
Luc
André
Réjean
Gilles
Michel
François
Sylvain
Normand
Benoît
Jérôme
Stéphane
Yves
Marc
Denis
Claude
Gaétan
Serge
Jean-François
""")

FR_FEMALE = parse_nicks("""
Sylvie
Nathalie
Josée
Francine
Hélène
Chantal
Geneviève
Manon
Louise
Lise
Céline
Johanne
Isabelle
Danielle
Micheline
Ginette
Mélanie
Véronique
""")

HISP_MALE = parse_nicks("""
José:Pepe
Luis
Carlos
Jorge
Raúl
Ramón
Miguel
Alejandro:Alex
Fernando
Ricardo:Rick
Eduardo:Eddie
Héctor
Andrés
Julio
Rafael:Rafa
""")

HISP_FEMALE = parse_nicks("""
María
Carmen
Rosa
Lucía
Ana
Isabel
Elena
Sofía
Gabriela:Gaby
Marisol
Beatriz
Verónica
Adriana
Mónica
Teresa
""")

SURNAMES = {
    "general": parse_list("""
Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King,
Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips,
Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Cook, Rogers, Morgan, Cooper,
Peterson, Reed, Bailey, Bell, Howard, Ward, Cox, Richardson, Wood, Watson, Brooks, Bennett,
Gray, Hughes, Price, Sanders, Myers, Long, Ross, Foster, Powell, Jenkins, Perry, Russell,
Fisher, Hayes, Graham, Wallace, West, Cole, Hamilton, Ellis, Harrison, Gibson, Marshall, Owens,
Wells, Hartley, Hollis, Whitaker, Pemberton, Ashworth, Thornton, Blackwell, Holloway, Prescott,
Sterling, Langley, Hartman, Eldridge, Radcliffe, Kingsley, Winslow, Beaumont, Carrington,
Hastings, Pendleton, Whitfield, Ainsworth, Bancroft, Chamberlain, Emerson, Fairbanks, Abernathy,
Barlow, Caldwell, Dawson, Fletcher, Garrison, Hadley, Ingram, Jennings, Kendall, Lawson,
Merritt, Norris, Osborne, Pratt, Quincy, Rowe, Sherwood, Talbot, Underwood, Vaughn, Webster,
Yates, Brewster, Calloway, Dunbar, Easton, Forsythe, Goodwin, Holcomb, Ives, Judd, Keller,
Lockwood, Maddox, Newcomb, Oakley, Payne, Redding, Sutton, Tanner, Upton, Vance, Wheeler,
Ayers, Bradford, Crane, Dorsey, Elliott, Faulkner, Griffin, Hale, Irwin, Jarvis, Kirby, Lyons,
Monroe, Nash, Ogden, Pope, Randolph, Sawyer, Tate, Vickers, Wade, Barnes, Shepherd, Tucker
"""),
    "chesapeake": parse_list("""
Tilghman, Spedden, Trippe, Parks, Bradshaw, Crockett, Pruitt, Dize, Harrison, Marshall,
Jarrell, Hopkins, Lowery, Cannon, Sewell, Wrightson, Windsor, Todd, Mister, Evans,
Tyler, Horner, Kellam, Slacum, Creighton, Hambleton, Faulkner, Dashiell
"""),
    "downeast": parse_list("""
Willis, Guthrie, Fulcher, Gillikin, Chadwick, Salter, Piner, Styron, Lupton, Yeomans,
Pigott, Hamilton, Nelson, Hancock, Rose, Davis, Lewis, Moore, Mason, Golden, Brooks,
Garner, Dickinson, Murdoch, Harker, Bell, Pittman, Tosto, Daniels, Gaskill
"""),
    "irish": parse_list("""
Walsh, O'Brien, O'Connor, O'Neill, McCarthy, Donnelly, Fitzgerald, Gallagher, Brennan, Keane,
Murray, Quinn, Doyle, Kelly, Murphy, Sullivan, Callahan, Delaney, Dempsey, Finnegan, Garrity,
Halloran, Kearney, Lynch, Mahoney, Nolan, Reilly, Shea, Sweeney, Tierney, McGrath, Flanagan,
Driscoll, Hennessy, Kavanagh, McNamara, Duffy, Moriarty, Costello, Gilligan, Regan, Cullen
"""),
    "german": parse_list("""
Schmidt, Mueller, Schneider, Fischer, Weber, Wagner, Becker, Hoffman, Koch, Richter,
Zimmerman, Krueger, Lehman, Yoder, Stoltzfus, Hershberger, Brenneman, Eberly, Kauffman,
Reinhardt, Schaefer, Vogel, Hartung, Kessler, Metzger, Ritter, Wolfe, Baumann, Keller, Frey
"""),
    "italian": parse_list("""
Lombardi, Russo, Esposito, Romano, Colombo, DiMarco, Santangelo, Greco, Marino, Costa,
Ricci, Bruno, Gallo, Conti, De Luca, Mancini, Rizzo, Moretti, Barbieri, Fontana, Caruso,
Ferrara, Vitale, Amato, Sorrentino, Pellegrino, Iacono, Battaglia
"""),
    "polish": parse_list("""
Kowalski, Nowak, Wisniewski, Kaminski, Lewandowski, Zielinski, Szymanski, Wozniak,
Dabrowski, Kozlowski, Jankowski, Mazur, Krawczyk, Piotrowski, Grabowski, Pawlak, Sokolowski
"""),
    "greek": parse_list("""
Papadopoulos, Karras, Stavropoulos, Nikolaidis, Georgiou, Kostas, Manos, Pappas, Demos,
Vlahos, Anagnostou, Christakis
"""),
    "ashkenazi": parse_list("""
Goldberg, Rosen, Katz, Levin, Friedman, Shapiro, Weiss, Kaplan, Bernstein, Feldman, Adler,
Rubin, Greenberg, Silverman, Hirsch, Stern, Epstein, Margolis
"""),
    "scandinavian": parse_list("""
Iverson, Jorgensen, Lindqvist, Magnusson, Nygaard, Olsen, Petersen, Sorensen, Thorsen,
Lindstrom, Halvorsen, Bergstrom, Dahl, Lund, Engstrom
"""),
    "scottish": parse_list("""
MacDonald, MacLeod, Fraser, MacKenzie, Robertson, Sinclair, Douglas, Munro, Cameron, Gordon,
MacIntyre, Ferguson, Buchanan, Henderson, McAllister, Grant, Ross, Murdoch, Lennox, Kerr,
Boyd, Drummond, Laidlaw, McKay, Crawford, Matheson
"""),
    "french": parse_list("""
Gagnon, Tremblay, Côté, Bélanger, Lévesque, Gauthier, Pelletier, Bérubé, Thériault,
Desjardins, Lalonde, Charbonneau, Bouchard, Gagné, Roy, Poirier, Leblanc, Ouellet, Fortin,
Gélinas, Brisebois, Lemieux, Séguin, Ménard, Girard, Paquette, Hébert, Fréchette
"""),
    "hispanic": parse_list("""
Hernández, García, Martínez, Rodríguez, López, González, Pérez, Sánchez, Ramírez, Peña,
Núñez, Ortiz, Castillo, Vargas, Jiménez, Díaz, Morales, Reyes, Cruz, Álvarez, Suárez, Ibáñez
"""),
    "asian": parse_list("""
Park, Kim, Lee, Chen, Wang, Nguyen, Tran, Patel, Shah, Gupta, Iyer, Choi, Yamamoto, Tanaka,
Huang, Liu, Zhao, Desai, Mehta, Cho, Ho, Lin
"""),
}

# surname mix by home-region group
SN_MIX = {
    "md_water": {"general": 45, "chesapeake": 18, "irish": 12, "german": 10, "italian": 5, "polish": 4, "greek": 3, "asian": 3},
    "md_inland": {"general": 38, "irish": 12, "german": 10, "italian": 9, "polish": 7, "greek": 5, "ashkenazi": 8, "asian": 7, "hispanic": 3, "chesapeake": 1},
    "dc_va": {"general": 42, "irish": 12, "german": 8, "italian": 6, "ashkenazi": 9, "asian": 10, "hispanic": 5, "greek": 3, "scottish": 5},
    "pa": {"general": 30, "german": 20, "italian": 15, "polish": 12, "irish": 12, "ashkenazi": 6, "greek": 3, "scandinavian": 2},
    "oh": {"general": 35, "german": 25, "irish": 12, "italian": 8, "polish": 8, "scandinavian": 6, "greek": 3, "ashkenazi": 3},
    "ne": {"general": 35, "irish": 15, "italian": 15, "german": 12, "polish": 8, "scandinavian": 8, "ashkenazi": 7},
    "fl": {"general": 45, "hispanic": 15, "irish": 10, "german": 8, "italian": 8, "asian": 3, "greek": 3, "scandinavian": 3, "ashkenazi": 5},
    "nc_coast": {"general": 45, "downeast": 35, "irish": 8, "german": 6, "scottish": 6},
    "nc_inland": {"general": 55, "irish": 10, "german": 8, "scottish": 8, "asian": 7, "hispanic": 4, "downeast": 4, "ashkenazi": 4},
    "on": {"general": 33, "scottish": 28, "irish": 14, "italian": 5, "german": 5, "french": 10, "asian": 5},
    "qc": {"french": 85, "scottish": 5, "general": 10},
}

TITLES_M = ["Dr.", "Capt.", "CDR", "Col.", "Rev.", "Hon."]
TITLES_F = ["Dr.", "Capt.", "Rev.", "Hon."]

# ---------------------------------------------------------------------------
# places: real towns, real ZIP/postal prefixes and area codes, street names
# (house numbers and units are invented)
# key: (city, region, country, zips, area codes, street list, group, numrange)
# ---------------------------------------------------------------------------

REGION_NAMES = {
    "MD": "Maryland", "VA": "Virginia", "DC": "District of Columbia", "DE": "Delaware",
    "PA": "Pennsylvania", "OH": "Ohio", "NY": "New York", "MI": "Michigan", "CT": "Connecticut",
    "NJ": "New Jersey", "FL": "Florida", "NC": "North Carolina", "ON": "Ontario", "QC": "Québec",
}

PLACES = {}


def place(key, city, region, zips, areas, streets, group, nums=(100, 9899), country="US", aliases=()):
    PLACES[key] = {
        "key": key, "city": city, "region": region, "zips": zips, "areas": areas,
        "streets": [s.strip() for s in streets.split(";") if s.strip()],
        "group": group, "nums": nums, "country": country, "aliases": list(aliases),
    }


# --- Chesapeake / Annapolis marina catchment ---------------------------------
place("annapolis", "Annapolis", "MD", ["21401", "21403", "21409"], ["410", "443"],
      "Bay Ridge Ave; Forest Dr; Hillsmere Dr; Tyler Ave; Chesapeake Ave; Severn Ave; Spa Rd; West St;"
      "Cedar Park Rd; Ridgely Ave; Bay Head Rd; Whitehall Rd; Edgewood Rd; Georgetown Rd; Admiral Dr;"
      "Melvin Ave; Southgate Ave; Boucher Ave; Lafayette Ave; Thompson St; Second St; Fourth St;"
      "Sixth St; Americana Dr; Windell Ave; Primrose Rd", "md_water", (10, 2999))
place("arnold", "Arnold", "MD", ["21012"], ["410", "443"],
      "College Pkwy; Pleasant Plains Rd; Arnold Rd; Mago Vista Rd; Cape St Claire Rd; Broadwater Way;"
      "Sherwood Forest Dr; Lake Claire Dr", "md_water")
place("severna_park", "Severna Park", "MD", ["21146"], ["410", "443"],
      "Benfield Rd; Jumpers Hole Rd; McKinsey Rd; Riggs Ave; Round Bay Rd; Old County Rd; Evergreen Rd;"
      "Cypress Creek Rd; Boone Trl", "md_water")
place("edgewater", "Edgewater", "MD", ["21037"], ["410", "443"],
      "Mayo Rd; Central Ave E; Pike Ridge Rd; Shore Acres Rd; Turkey Point Rd; Londontown Rd; Selby Blvd;"
      "Beach Dr; Glebe Rd", "md_water")
place("pasadena", "Pasadena", "MD", ["21122"], ["410", "443"],
      "Mountain Rd; Fort Smallwood Rd; Bayside Beach Rd; Riviera Dr; Magothy Bridge Rd; Lake Shore Dr",
      "md_water")
place("shady_side", "Shady Side", "MD", ["20764"], ["410"],
      "Shady Side Rd; Snug Harbor Rd; Columbia Beach Rd; Parrish Creek Ln; Cedarhurst Rd", "md_water")
place("deale", "Deale", "MD", ["20751"], ["410"],
      "Deale Rd; Rockhold Creek Rd; Drum Point Rd; Masons Beach Rd; Franklin Manor Rd", "md_water")
place("galesville", "Galesville", "MD", ["20765"], ["410"],
      "Main St; Riverside Dr; Galesville Rd; West Benning Rd", "md_water", (100, 1999))
place("stevensville", "Stevensville", "MD", ["21666"], ["410", "443"],
      "Love Point Rd; Main St; Cox Neck Rd; Romancoke Rd; Thompson Creek Rd; Kent Point Rd; Bay City Rd",
      "md_water")
place("chester", "Chester", "MD", ["21619"], ["410", "443"],
      "Castle Marina Rd; Cove Rd; Piney Creek Rd; Harbor Dr; Kentmorr Rd", "md_water")
place("grasonville", "Grasonville", "MD", ["21638"], ["410"],
      "Main St; Perry Corner Rd; Nesbit Rd; Greenwood Creek Rd", "md_water")
place("st_michaels", "St. Michaels", "MD", ["21663"], ["410"],
      "Talbot St; Railroad Ave; Cherry St; Mulberry St; Green St; Church Neck Rd; Perry Cabin Dr",
      "md_water", (100, 9999), aliases=["Saint Michaels", "St Michaels"])
place("easton", "Easton", "MD", ["21601"], ["410"],
      "Washington St; Dover St; Goldsborough St; Harrison St; Bay St; Port St; Oxford Rd; Peachblossom Rd",
      "md_water")
place("oxford_md", "Oxford", "MD", ["21654"], ["410"],
      "Morris St; Tilghman St; The Strand; Oxford Rd; Pier St; Bachelor Point Rd", "md_water", (100, 1999))
place("rock_hall", "Rock Hall", "MD", ["21661"], ["410"],
      "Main St; Sharp St; Rock Hall Ave; Bayside Ave; Gratitude Rd", "md_water")
place("chestertown", "Chestertown", "MD", ["21620"], ["410"],
      "High St; Cross St; Washington Ave; Queen St; Water St", "md_water")
place("solomons", "Solomons", "MD", ["20688"], ["410"],
      "Solomons Island Rd; Dowell Rd; Alexander Ln; Back Creek Dr; Patuxent Ave", "md_water",
      aliases=["Solomons Island"])
place("cambridge_md", "Cambridge", "MD", ["21613"], ["410"],
      "Race St; High St; Water St; Glasgow St; Hambrooks Blvd", "md_water")
# --- Baltimore, DC suburbs, Virginia, Delaware, south-east PA ----------------
place("baltimore", "Baltimore", "MD", ["21224", "21230", "21231", "21210", "21218"], ["410", "443", "667"],
      "Boston St; Fort Ave; Thames St; Aliceanna St; Eastern Ave; Light St; Key Hwy; N Charles St;"
      "Roland Ave; Falls Rd; W Cold Spring Ln; Belvedere Ave; Keswick Rd; S Clinton St; Fleet St",
      "md_inland")
place("towson", "Towson", "MD", ["21204", "21286"], ["410", "443"],
      "Dulaney Valley Rd; York Rd; E Joppa Rd; Providence Rd; Stevenson Ln; Burke Ave", "md_inland")
place("lutherville", "Lutherville", "MD", ["21093"], ["410", "443"],
      "Seminary Ave; Ridgely Rd; Bellona Ave; Charlesbrooke Rd", "md_inland",
      aliases=["Lutherville-Timonium", "Lutherville Timonium"])
place("ellicott_city", "Ellicott City", "MD", ["21042", "21043"], ["410", "443"],
      "Main St; Frederick Rd; Centennial Ln; Montgomery Rd; Old Columbia Pike", "md_inland")
place("columbia_md", "Columbia", "MD", ["21044", "21045"], ["410", "443"],
      "Little Patuxent Pkwy; Cedar Ln; Harpers Farm Rd; Owen Brown Rd; Oakland Mills Rd", "md_inland")
place("bethesda", "Bethesda", "MD", ["20814", "20816", "20817"], ["301", "240"],
      "Bradley Blvd; Old Georgetown Rd; Wilson Ln; Greentree Rd; Massachusetts Ave; River Rd; Bradmoor Dr",
      "md_inland")
place("chevy_chase", "Chevy Chase", "MD", ["20815"], ["301", "240"],
      "Connecticut Ave; Brookville Rd; Leland St; Bradley Ln; Oliver St", "md_inland")
place("potomac", "Potomac", "MD", ["20854"], ["301", "240"],
      "River Rd; Falls Rd; Bells Mill Rd; Glen Rd; Persimmon Tree Rd; Democracy Blvd", "md_inland")
place("rockville", "Rockville", "MD", ["20850", "20852"], ["301", "240"],
      "Veirs Mill Rd; Montrose Rd; Twinbrook Pkwy; Falls Chapel Way", "md_inland")
place("silver_spring", "Silver Spring", "MD", ["20901", "20910"], ["301", "240"],
      "Colesville Rd; Dale Dr; Sligo Ave; Woodside Pkwy; Dennis Ave", "md_inland")
place("gaithersburg", "Gaithersburg", "MD", ["20878"], ["301", "240"],
      "Quince Orchard Rd; Muddy Branch Rd; Kentlands Blvd", "md_inland")
place("washington_dc", "Washington", "DC", ["20007", "20016", "20008", "20003", "20002"], ["202"],
      "Reservoir Rd NW; Q St NW; MacArthur Blvd NW; Cathedral Ave NW; Connecticut Ave NW;"
      "Massachusetts Ave NW; E Capitol St NE; North Carolina Ave SE; G St SE; Tilden St NW; 29th St NW",
      "dc_va", (100, 4999))
place("arlington_va", "Arlington", "VA", ["22201", "22207"], ["703", "571"],
      "N Glebe Rd; Military Rd; Wilson Blvd; N Quincy St; N Taylor St; Lee Hwy; N Harrison St", "dc_va")
place("alexandria", "Alexandria", "VA", ["22314", "22301"], ["703", "571"],
      "King St; Prince St; Duke St; S Lee St; N Fairfax St; Mount Vernon Ave; S Union St", "dc_va")
place("mclean", "McLean", "VA", ["22101", "22102"], ["703", "571"],
      "Chain Bridge Rd; Old Dominion Dr; Georgetown Pike; Kirby Rd; Dolley Madison Blvd", "dc_va",
      aliases=["Mc Lean", "Mclean"])
place("great_falls", "Great Falls", "VA", ["22066"], ["703", "571"],
      "Georgetown Pike; Walker Rd; Seneca Rd", "dc_va")
place("fairfax", "Fairfax", "VA", ["22030", "22032"], ["703", "571"],
      "Main St; Chain Bridge Rd; Braddock Rd; Pickett Rd", "dc_va")
place("richmond_va", "Richmond", "VA", ["23221", "23226"], ["804"],
      "Monument Ave; Grove Ave; Cary Street Rd; Patterson Ave; Three Chopt Rd", "dc_va")
place("virginia_beach", "Virginia Beach", "VA", ["23451", "23454"], ["757"],
      "Atlantic Ave; Shore Dr; Laskin Rd; Wolfsnare Rd; Bay Colony Dr", "dc_va")
place("wilmington_de", "Wilmington", "DE", ["19803", "19807"], ["302"],
      "Kennett Pike; Montchanin Rd; Lancaster Pike; Shipley Rd; Rockland Rd", "ne")
place("west_chester", "West Chester", "PA", ["19380", "19382"], ["610", "484"],
      "High St; Market St; Street Rd; Birmingham Rd; Marshall Dr", "pa")
# --- Pittsburgh and the rest of PA -------------------------------------------
place("pittsburgh", "Pittsburgh", "PA", ["15217", "15232", "15228", "15238"], ["412"],
      "Beechwood Blvd; Shady Ave; Murray Ave; Forbes Ave; Fifth Ave; Negley Ave; Walnut St;"
      "Washington Rd; Fox Chapel Rd; Darlington Rd; Wightman St", "pa")
place("sewickley", "Sewickley", "PA", ["15143"], ["412"],
      "Beaver St; Centennial Ave; Blackburn Rd; Backbone Rd; Frederick Ave", "pa")
place("wexford", "Wexford", "PA", ["15090"], ["724"],
      "Perry Hwy; Wexford Bayne Rd; Mingo Rd; Brandt School Rd", "pa")
place("cranberry", "Cranberry Township", "PA", ["16066"], ["724"],
      "Rochester Rd; Freedom Rd; Franklin Rd; Powell Rd", "pa", aliases=["Cranberry Twp", "Cranberry"])
place("lancaster_pa", "Lancaster", "PA", ["17601", "17603"], ["717"],
      "Lititz Pike; Marietta Ave; N Duke St; Columbia Ave; Buchanan Ave", "pa")
place("york_pa", "York", "PA", ["17403"], ["717"],
      "Country Club Rd; S George St; Springettsbury Ave; Market St", "pa")
# --- Ohio ---------------------------------------------------------------------
place("bexley", "Bexley", "OH", ["43209"], ["614"],
      "E Broad St; Drexel Ave; Parkview Ave; Columbia Ave; Ardmore Rd", "oh")
place("upper_arlington", "Upper Arlington", "OH", ["43221"], ["614"],
      "Tremont Rd; Lane Ave; Northam Rd; Fishinger Rd; Arlington Ave", "oh",
      aliases=["Columbus"])
place("dublin_oh", "Dublin", "OH", ["43017"], ["614"],
      "Muirfield Dr; Brand Rd; Avery Rd; Dublin Rd; Memorial Dr", "oh")
place("westerville", "Westerville", "OH", ["43081", "43082"], ["614"],
      "State St; Schrock Rd; Africa Rd; Old County Line Rd", "oh")
place("westlake", "Westlake", "OH", ["44145"], ["440"],
      "Detroit Rd; Clague Rd; Crocker Rd; Hilliard Blvd; Dover Center Rd", "oh")
place("bay_village", "Bay Village", "OH", ["44140"], ["440"],
      "Lake Rd; Wolf Rd; Bassett Rd; Cahoon Rd", "oh")
place("rocky_river", "Rocky River", "OH", ["44116"], ["440"],
      "Lake Rd; Detroit Rd; Wooster Rd; Morewood Pkwy", "oh")
place("lakewood_oh", "Lakewood", "OH", ["44107"], ["216"],
      "Clifton Blvd; Edgewater Dr; Detroit Ave; Lake Ave", "oh")
place("shaker_heights", "Shaker Heights", "OH", ["44120", "44122"], ["216"],
      "Shaker Blvd; Fairmount Blvd; S Park Blvd; Van Aken Blvd", "oh")
place("chagrin_falls", "Chagrin Falls", "OH", ["44022", "44023"], ["440"],
      "Chagrin Blvd; E Washington St; Bell St; Solon Rd", "oh")
place("hudson_oh", "Hudson", "OH", ["44236"], ["330", "234"],
      "Aurora St; Streetsboro St; Hines Hill Rd; Stow Rd", "oh")
place("akron", "Akron", "OH", ["44313", "44333"], ["330", "234"],
      "W Market St; Sand Run Rd; Portage Path; Merriman Rd", "oh")
place("cincinnati", "Cincinnati", "OH", ["45208", "45243"], ["513"],
      "Erie Ave; Grandin Rd; Observatory Ave; Madison Rd; Indian Hill Rd", "oh")
# --- New York, Michigan, New England / New Jersey -----------------------------
place("rochester_ny", "Rochester", "NY", ["14618", "14610", "14607"], ["585"],
      "East Ave; Elmwood Ave; Highland Ave; Park Ave; Monroe Ave", "ne")
place("pittsford", "Pittsford", "NY", ["14534"], ["585"],
      "Main St; Mendon Rd; Clover St; East Ave", "ne")
place("buffalo", "Buffalo", "NY", ["14222", "14216"], ["716"],
      "Delaware Ave; Lincoln Pkwy; Bidwell Pkwy; Elmwood Ave; Middlesex Rd", "ne")
place("grand_rapids", "Grand Rapids", "MI", ["49506"], ["616"],
      "Lake Dr SE; Plymouth Ave SE; Cambridge Blvd SE; Fulton St E", "ne")
place("ann_arbor", "Ann Arbor", "MI", ["48104", "48105"], ["734"],
      "Washtenaw Ave; Geddes Ave; Packard St; Hill St", "ne")
place("birmingham_mi", "Birmingham", "MI", ["48009"], ["248"],
      "W Maple Rd; Pierce St; Lakeside Dr; Quarton Rd", "ne")
place("grosse_pointe", "Grosse Pointe", "MI", ["48230", "48236"], ["313"],
      "Lake Shore Rd; Kercheval Ave; Rivard Blvd; Cadieux Rd", "ne")
place("greenwich", "Greenwich", "CT", ["06830"], ["203"],
      "Round Hill Rd; Field Point Rd; North St; Lake Ave", "ne")
place("morristown", "Morristown", "NJ", ["07960"], ["973"],
      "Madison Ave; Mount Kemble Ave; Western Ave; James St", "ne")
place("princeton", "Princeton", "NJ", ["08540"], ["609"],
      "Nassau St; Stockton St; Library Pl; Hodge Rd", "ne")
# --- Treasure Coast (Stuart dry-stack and fuel dock) ---------------------------
place("stuart", "Stuart", "FL", ["34994", "34996", "34997"], ["772"],
      "SE Ocean Blvd; SE St Lucie Blvd; SE Osprey St; SE Dixie Hwy; SE Monterey Rd; SE Federal Hwy;"
      "SE Indian St; SE Cove Rd; SE Salerno Rd; SE Palm Beach Rd; SE Seminole St; SE Central Pkwy;"
      "NE Ocean Blvd; SE MacArthur Blvd; SE Harbor Pointe Dr", "fl", (100, 9999))
place("sewalls_point", "Stuart", "FL", ["34996"], ["772"],
      "S Sewall's Point Rd; N Sewall's Point Rd; S River Rd; Heritage Way; Palmetto Dr", "fl",
      (1, 199), aliases=["Sewall's Point", "Sewalls Point"])
place("palm_city", "Palm City", "FL", ["34990"], ["772"],
      "SW Martin Hwy; SW Mapp Rd; SW Murphy Rd; SW Berry Ave; SW Cornell Ave; SW Harbor Isles Dr;"
      "SW Lighthouse Dr", "fl", (100, 9999))
place("jensen_beach", "Jensen Beach", "FL", ["34957"], ["772"],
      "NE Indian River Dr; NE Jensen Beach Blvd; NE Skyline Dr; NE Savannah Rd; NE Ocean Blvd;"
      "NE Pineapple Ave", "fl", (100, 9999), aliases=["Hutchinson Island", "Jensen Bch"])
place("port_st_lucie", "Port St. Lucie", "FL", ["34952", "34953", "34983", "34986"], ["772"],
      "SE Port St Lucie Blvd; SW Bayshore Blvd; SE Westmoreland Blvd; SW California Blvd; SE Floresta Dr;"
      "SW Darwin Blvd; SE Lennard Rd", "fl", (100, 9999),
      aliases=["Port Saint Lucie", "Port St Lucie", "Pt St Lucie"])
place("hobe_sound", "Hobe Sound", "FL", ["33455"], ["772"],
      "SE Bridge Rd; SE Gomez Ave; SE Federal Hwy; SE Island Way; SE Saint Lucie Blvd", "fl", (100, 9999))
place("jupiter", "Jupiter", "FL", ["33458", "33477"], ["561"],
      "W Indiantown Rd; Center St; Loxahatchee Dr; Riverside Dr; Jupiter Heights Dr; N Ocean Dr;"
      "Seabrook Rd", "fl")
place("tequesta", "Tequesta", "FL", ["33469"], ["561"],
      "Tequesta Dr; Country Club Dr; Beach Rd; Riverside Dr", "fl")
place("vero_beach", "Vero Beach", "FL", ["32960", "32963"], ["772"],
      "Ocean Dr; Indian River Blvd; Royal Palm Blvd; Seagrape Dr; Riomar Dr; Club Dr", "fl")
place("fort_pierce", "Fort Pierce", "FL", ["34949", "34950", "34982"], ["772"],
      "Seaway Dr; Indian River Dr; S Ocean Dr; Orange Ave; Delaware Ave", "fl",
      aliases=["Ft Pierce", "Ft. Pierce"])
place("sebastian", "Sebastian", "FL", ["32958"], ["772"],
      "Indian River Dr; Main St; Barber St; Schumann Dr", "fl")
place("palm_beach_gardens", "Palm Beach Gardens", "FL", ["33410", "33418"], ["561"],
      "PGA Blvd; Burns Rd; Military Trl; Prosperity Farms Rd; Ellison Wilson Rd", "fl",
      aliases=["Palm Bch Gdns", "PB Gardens"])
# --- Crystal Coast (Beaufort boatyard) -------------------------------------------
place("beaufort_nc", "Beaufort", "NC", ["28516"], ["252"],
      "Front St; Ann St; Broad St; Turner St; Live Oak St; Lennoxville Rd; Pine St; Orange St; Moore St;"
      "Cedar St; Marsh St; Craven St; Pollock St; Gordon St", "nc_coast", (100, 1999))
place("morehead_city", "Morehead City", "NC", ["28557"], ["252"],
      "Arendell St; Evans St; Bridges St; Shepard St; Fisher St; Bay St; Shackleford St; Country Club Rd",
      "nc_coast", aliases=["Morehead"])
place("atlantic_beach", "Atlantic Beach", "NC", ["28512"], ["252"],
      "W Fort Macon Rd; E Fort Macon Rd; Henderson Blvd; Bogue Sound Dr", "nc_coast")
place("pine_knoll_shores", "Pine Knoll Shores", "NC", ["28512"], ["252"],
      "Salter Path Rd; Mimosa Blvd; Oakleaf Dr; Yaupon Dr; Loblolly Dr", "nc_coast",
      aliases=["Pine Knoll Shrs"])
place("emerald_isle", "Emerald Isle", "NC", ["28594"], ["252"],
      "Emerald Dr; Ocean Dr; Coast Guard Rd; Reed Dr; Sound Dr", "nc_coast")
place("swansboro", "Swansboro", "NC", ["28584"], ["910"],
      "Main St; W Corbett Ave; Front St; Hammocks Beach Rd", "nc_coast")
place("cape_carteret", "Cape Carteret", "NC", ["28584"], ["252"],
      "Taylor Notion Rd; W B McLean Dr; Manatee St; Bayshore Dr", "nc_coast")
place("newport_nc", "Newport", "NC", ["28570"], ["252"],
      "Chatham St; Howard Blvd; Nine Foot Rd; Old Winberry Rd; Mill Creek Rd", "nc_coast")
place("harkers_island", "Harkers Island", "NC", ["28531"], ["252"],
      "Harkers Island Rd; Island Rd; Bayview Dr; Ferry Dock Rd", "nc_coast", (100, 1999))
place("marshallberg", "Marshallberg", "NC", ["28553"], ["252"],
      "Marshallberg Rd; Sleepy Creek Rd; Harbor Dr", "nc_coast", (100, 999))
place("gloucester_nc", "Gloucester", "NC", ["28528"], ["252"],
      "Gloucester Rd; Pigott Rd; Straits Rd", "nc_coast", (100, 999))
place("oriental", "Oriental", "NC", ["28571"], ["252"],
      "Broad St; Hodges St; Water St; South Ave; Midyette St", "nc_coast", (100, 1999))
place("new_bern", "New Bern", "NC", ["28560", "28562"], ["252"],
      "E Front St; Pollock St; Craven St; Broad St; Trent Blvd; Country Club Rd; Tryon Palace Dr",
      "nc_coast")
place("havelock", "Havelock", "NC", ["28532"], ["252"],
      "Miller Blvd; Fontana Blvd; Greenfield Heights Blvd; Lake Rd", "nc_coast")
place("wilmington_nc", "Wilmington", "NC", ["28401", "28403", "28405", "28409"], ["910"],
      "Market St; Oleander Dr; Wrightsville Ave; Eastwood Rd; Airlie Rd; Middle Sound Loop Rd", "nc_inland")
place("raleigh", "Raleigh", "NC", ["27608", "27609", "27612", "27614", "27615"], ["919", "984"],
      "Glenwood Ave; Six Forks Rd; Oberlin Rd; St Marys St; Wade Ave; Falls of Neuse Rd; Lead Mine Rd;"
      "Ridge Rd", "nc_inland")
place("cary", "Cary", "NC", ["27511", "27513", "27518", "27519"], ["919", "984"],
      "Kildaire Farm Rd; High House Rd; Cary Pkwy; Tryon Rd; Walnut St", "nc_inland")
place("durham", "Durham", "NC", ["27705", "27707"], ["919", "984"],
      "Hope Valley Rd; University Dr; Club Blvd; Cornwallis Rd", "nc_inland")
place("chapel_hill", "Chapel Hill", "NC", ["27514", "27517"], ["919", "984"],
      "E Franklin St; Raleigh Rd; Weaver Dairy Rd; Gimghoul Rd", "nc_inland")
place("greenville_nc", "Greenville", "NC", ["27858"], ["252"],
      "E 5th St; Greenville Blvd; Charles Blvd; E Arlington Blvd; Red Banks Rd", "nc_inland")
place("charlotte", "Charlotte", "NC", ["28207", "28209", "28211"], ["704", "980"],
      "Queens Rd; Providence Rd; Selwyn Ave; Sharon Rd; Colony Rd", "nc_inland")
place("greensboro", "Greensboro", "NC", ["27408"], ["336"],
      "Lawndale Dr; Cornwallis Dr; Friendly Ave; Kemp Rd", "nc_inland")
place("winston_salem", "Winston-Salem", "NC", ["27104", "27106"], ["336"],
      "Reynolda Rd; Robinhood Rd; Buena Vista Rd; Country Club Rd", "nc_inland",
      aliases=["Winston Salem"])
# --- Ontario and Quebec snowbirds (postal codes: real FSA, invented LDU) ------
place("toronto", "Toronto", "ON", ["M4W", "M5R", "M4N", "M8X"], ["416", "647"],
      "Yonge St; Avenue Rd; Bayview Ave; Mount Pleasant Rd; St Clair Ave W; Lawrence Ave E;"
      "The Kingsway; Queen St E; Glen Rd; Poplar Plains Rd", "on", (10, 2999), "CA")
place("oakville", "Oakville", "ON", ["L6J", "L6K", "L6L"], ["905", "289"],
      "Lakeshore Rd E; Trafalgar Rd; Reynolds St; Navy St; Chartwell Rd; Morrison Rd; Balsam Dr",
      "on", (10, 2999), "CA")
place("burlington_on", "Burlington", "ON", ["L7R", "L7S", "L7T"], ["905", "289"],
      "Lakeshore Rd; Brant St; Plains Rd E; Spruce Ave; Guelph Line", "on", (10, 4999), "CA")
place("mississauga", "Mississauga", "ON", ["L5H", "L5G"], ["905", "289"],
      "Mississauga Rd; Lakeshore Rd W; Indian Rd; Mineola Rd E", "on", (10, 2999), "CA")
place("ottawa", "Ottawa", "ON", ["K1S", "K1M", "K2A"], ["613", "343"],
      "Riverside Dr; Bank St; Elgin St; Island Park Dr; Carling Ave; Clemow Ave; Acacia Ave",
      "on", (10, 2999), "CA")
place("kingston_on", "Kingston", "ON", ["K7L", "K7M"], ["613", "343"],
      "King St W; Union St; Johnson St; Sydenham St; Earl St", "on", (10, 999), "CA")
place("london_on", "London", "ON", ["N6A", "N6G"], ["519", "226"],
      "Richmond St; Wharncliffe Rd N; Commissioners Rd W; Oxford St W", "on", (10, 1999), "CA")
place("barrie", "Barrie", "ON", ["L4M", "L4N"], ["705", "249"],
      "Dunlop St E; Bayfield St; Kempenfelt Dr; Shanty Bay Rd", "on", (10, 999), "CA")
place("hamilton_on", "Hamilton", "ON", ["L8P", "L9H"], ["905", "289"],
      "Aberdeen Ave; Locke St S; Main St W; Mountain Brow Blvd", "on", (10, 999), "CA")
place("niagara_otl", "Niagara-on-the-Lake", "ON", ["L0S"], ["905", "289"],
      "Queen St; King St; Ricardo St; Niagara Blvd", "on", (10, 999), "CA",
      aliases=["Niagara on the Lake", "NOTL"])
place("collingwood", "Collingwood", "ON", ["L9Y"], ["705", "249"],
      "Hurontario St; Hume St; Beachwood Rd", "on", (10, 999), "CA")
place("montreal", "Montréal", "QC", ["H3Y", "H2V", "H3G"], ["514", "438"],
      "avenue Victoria; rue Sherbrooke Ouest; avenue Laurier Ouest; chemin de la Côte-Sainte-Catherine;"
      "rue Saint-Denis; avenue du Musée", "qc", (100, 4999), "CA", aliases=["Montreal"])
place("laval", "Laval", "QC", ["H7N", "H7W"], ["450", "579"],
      "boulevard des Prairies; boulevard Lévesque Est; rue Principale", "qc", (100, 4999), "CA")
place("quebec_city", "Québec", "QC", ["G1R", "G1S"], ["418", "581"],
      "Grande Allée Est; avenue Cartier; chemin Sainte-Foy; rue Saint-Jean", "qc", (100, 2999), "CA",
      aliases=["Quebec", "Québec City", "Quebec City"])
place("sherbrooke", "Sherbrooke", "QC", ["J1H", "J1J"], ["819", "873"],
      "rue King Ouest; rue Wellington Nord; boulevard de Portland", "qc", (100, 2999), "CA")

# where customers live, by marina site
SITE_LOCAL = {
    "annapolis": {"annapolis": 30, "arnold": 6, "severna_park": 8, "edgewater": 8, "pasadena": 4, "shady_side": 3,
                  "deale": 3, "galesville": 2, "stevensville": 5, "chester": 3, "grasonville": 2,
                  "st_michaels": 4, "easton": 4, "oxford_md": 2, "rock_hall": 2, "chestertown": 2,
                  "solomons": 2, "cambridge_md": 2},
    "stuart": {"stuart": 30, "sewalls_point": 5, "palm_city": 10, "jensen_beach": 10, "port_st_lucie": 10,
               "hobe_sound": 6, "jupiter": 6, "tequesta": 3, "vero_beach": 5, "fort_pierce": 4,
               "sebastian": 2, "palm_beach_gardens": 3},
    "beaufort": {"beaufort_nc": 25, "morehead_city": 15, "atlantic_beach": 6, "pine_knoll_shores": 4,
                 "emerald_isle": 6, "swansboro": 3, "cape_carteret": 3, "newport_nc": 4, "harkers_island": 4,
                 "marshallberg": 1, "gloucester_nc": 1, "oriental": 4, "new_bern": 6, "havelock": 2},
}
SITE_INLAND = {
    "annapolis": {"baltimore": 12, "towson": 5, "lutherville": 2, "ellicott_city": 4, "columbia_md": 4,
                  "bethesda": 6, "chevy_chase": 3, "potomac": 4, "rockville": 2, "silver_spring": 2,
                  "gaithersburg": 1, "washington_dc": 8, "arlington_va": 4, "alexandria": 4, "mclean": 3,
                  "great_falls": 1, "fairfax": 1, "wilmington_de": 2, "west_chester": 2, "pittsburgh": 6,
                  "sewickley": 2, "wexford": 1, "cranberry": 1, "lancaster_pa": 2, "york_pa": 1,
                  "richmond_va": 2},
    "stuart": {"palm_beach_gardens": 4, "jupiter": 3, "vero_beach": 2, "fort_pierce": 2, "bexley": 1,
               "washington_dc": 1, "bethesda": 1, "greenwich": 1},
    "beaufort": {"raleigh": 12, "cary": 6, "durham": 4, "chapel_hill": 3, "greenville_nc": 5, "charlotte": 5,
                 "wilmington_nc": 4, "greensboro": 2, "winston_salem": 2, "richmond_va": 1,
                 "virginia_beach": 2, "pittsburgh": 1, "bexley": 1},
}
SNOWBIRD_NORTH = {
    "upper_arlington": 4, "bexley": 3, "dublin_oh": 3, "westerville": 2, "westlake": 3, "bay_village": 2,
    "rocky_river": 2, "lakewood_oh": 1, "shaker_heights": 2, "chagrin_falls": 2, "hudson_oh": 2, "akron": 2,
    "cincinnati": 3, "pittsburgh": 5, "sewickley": 2, "wexford": 1, "cranberry": 1, "lancaster_pa": 1,
    "rochester_ny": 3, "pittsford": 2, "buffalo": 2, "grand_rapids": 2, "ann_arbor": 2,
    "birmingham_mi": 2, "grosse_pointe": 2, "greenwich": 2, "morristown": 2, "princeton": 1,
    "annapolis": 2, "bethesda": 2, "towson": 1, "wilmington_de": 1,
}
CANADA_NORTH = {
    "toronto": 10, "oakville": 6, "burlington_on": 4, "mississauga": 3, "ottawa": 5, "kingston_on": 3,
    "london_on": 3, "barrie": 2, "hamilton_on": 2, "niagara_otl": 2, "collingwood": 2,
    "montreal": 8, "laval": 3, "quebec_city": 5, "sherbrooke": 2,
}
FL_SEASONAL = {"stuart": 25, "sewalls_point": 3, "jensen_beach": 14, "palm_city": 8, "port_st_lucie": 6,
               "hobe_sound": 5, "jupiter": 5, "tequesta": 3, "vero_beach": 5, "fort_pierce": 3}

# the group's own facilities (for liveaboards; slip / rack numbers go in line2)
MARINA_ADDR = {
    "annapolis": {"num": "721", "street": "Second St", "pkey": "annapolis", "zip": "21403"},
    "stuart": {"num": "4750", "street": "SE Dixie Hwy", "pkey": "stuart", "zip": "34997"},
    "beaufort": {"num": "1020", "street": "Lennoxville Rd", "pkey": "beaufort_nc", "zip": "28516"},
}

STREET_TYPES = {
    "Ave": "Avenue", "St": "Street", "Rd": "Road", "Dr": "Drive", "Ln": "Lane", "Ct": "Court",
    "Blvd": "Boulevard", "Pl": "Place", "Cir": "Circle", "Ter": "Terrace", "Hwy": "Highway",
    "Pkwy": "Parkway", "Trl": "Trail", "Pt": "Point", "Way": "Way", "Pike": "Pike", "Line": "Line",
    "Path": "Path", "Row": "Row", "Loop": "Loop",
}
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
        "SE": "Southeast", "SW": "Southwest"}

# ---------------------------------------------------------------------------
# boats
# ---------------------------------------------------------------------------

BOAT_NAMES = parse_list("""
Serenity, Serenity, Serenity, Reel Time, Reel Time, Reel Time, Knot Working, Knot Working,
Knot Working, Aquaholic, Aquaholic, Sea Breeze, Sea Breeze, Second Wind, Second Wind, Osprey, Osprey,
Blue Heron, Blue Heron, Wind Dancer, Pura Vida, Pura Vida, Island Time, Island Time, Seas the Day,
Seas the Day, Happy Hour, Reel Therapy, Liquid Asset, Nauti Buoy, Knot Again, Therapy, Andiamo,
Carpe Diem, Carpe Diem, Freedom, Grace, Kismet, Tranquility, Dream Catcher, Salty Dog, Salty Dog,
Nomad, Odyssey, Windsong, Sea Gypsy, Blue Moon, Pelican, Sandpiper, Egret, Tern Around, Shore Thing,
Reel Estate, Sea Señora, Mañana, Bon Vivant, Joie de Vivre, Mon Rêve, C'est la Vie, Fin-atical,
Reel Deal, Lucky Lady, Miss Linda, Miss Carolina, Chesapeake Belle, Bay Dreamer, Skipjack, Whisper,
Gypsy Soul, Windward, Leeward, Dawn Treader, Valkyrie, Aurora, Nirvana, Shangri-La, Wanderlust,
Moondance, Starlight, Cool Change, Changes in Latitude, Attitude Adjustment, Ocean Motion, Sea Esta,
Island Girl, Lady Jane, Sweet Pea, Bella, Bella Luna, Luna, Sirius, Polaris, Halcyon, Tempest, Zephyr,
Sirocco, Mistral, Spindrift, Sea Smoke, True North, Compass Rose, Last Dance, Plan B, Second Chance,
Sunset Chaser, Morning Star, Evening Star, Irish Rover, Tar Heel, Carolina Girl, Down East, Mystic,
Runaway, Escapade, Hideaway, Getaway, Wind Walker, Sea Witch, Black Pearl, Jolly Roger, Persistence,
Patience, Perseverance, Endeavour, Resolute, Intrepid, Valiant, Gratitude, Serendipity, Good Karma,
Zen, Namaste, Sea Fever, Sea Ya Later, Knot Home, Seaquel, Reel Love, Pair-a-Dice, Fishful Thinking,
Reel Estate, Obsession, Temptation, Sea Dog, Old Salt, Pirate's Booty, Marlin Madness, Hooked Up,
Reel Busy, Bottom Line, Her Highness, Wet Willie, Miss Behavin', Blue Water, Bluewater Gypsy,
Southern Cross, Northern Light, Tidewater, Sea Hag, Shenanigans, Irie, Kokomo, Aloha, Rum Runner,
Rum Line, Tipsy Gypsy, Dock Holiday, Unsinkable II, Miss Molly, Katie Lou, Sarah Jane, Emma Rose,
Pegasus, Osprey II, Serenity Now, Reel Time II, Quest, Grand Cru, Passages, Nightingale, Daydream
""")

SAIL_MAKES = ["Catalina 30'", "Catalina 34'", "Beneteau 40'", "Jeanneau 42'", "Hunter 36'", "Island Packet 38'",
              "Pearson 30'", "Tartan 37'", "Sabre 38'", "C&C 35'", "Hallberg-Rassy 42'", "J/105", "Lagoon 42' cat",
              "Leopard 45' cat", "Cape Dory 28'", "Passport 40'", "Valiant 40'", "Bristol 35'"]
POWER_MAKES = ["Grady-White 30'", "Boston Whaler 27'", "Regulator 34'", "Albemarle 32'", "Sea Ray 40'",
               "Grand Banks 42'", "Viking 52'", "Carolina Classic 35'", "Jarrett Bay 46'", "Mainship 34'",
               "Back Cove 32'", "Everglades 29'", "Yellowfin 36'", "Contender 32'", "Pursuit 32'",
               "Hatteras 50'", "Bertram 35'", "Parker 25'", "Sea Hunt 27'", "Eastern 31'", "Duffy 22'"]

# ---------------------------------------------------------------------------
# e-mail domains
# ---------------------------------------------------------------------------

FREEMAIL_US = {"gmail.com": 34, "yahoo.com": 12, "aol.com": 8, "icloud.com": 8, "comcast.net": 6,
               "verizon.net": 4, "hotmail.com": 5, "outlook.com": 4, "msn.com": 2, "me.com": 3, "att.net": 3}
FREEMAIL_BY_GROUP = {
    "md_water": {"comcast.net": 5, "verizon.net": 5},
    "md_inland": {"comcast.net": 6, "verizon.net": 5},
    "dc_va": {"verizon.net": 5, "cox.net": 3},
    "pa": {"comcast.net": 6, "verizon.net": 3},
    "oh": {"roadrunner.com": 2, "sbcglobal.net": 5, "wowway.com": 1},
    "ne": {"optonline.net": 3, "sbcglobal.net": 2},
    "fl": {"bellsouth.net": 6, "comcast.net": 2},
    "nc_coast": {"ec.rr.com": 7, "embarqmail.com": 3, "bellsouth.net": 3},
    "nc_inland": {"nc.rr.com": 4, "bellsouth.net": 3},
    "on": {"rogers.com": 8, "sympatico.ca": 6, "bell.net": 5, "cogeco.ca": 3},
    "qc": {"videotron.ca": 8, "sympatico.ca": 4, "bell.net": 3},
}
FREEMAIL_ALL = sorted(set(list(FREEMAIL_US) + [d for g in FREEMAIL_BY_GROUP.values() for d in g]))
EMAIL_DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gmaill.com", "gnail.com"],
    "yahoo.com": ["yahooo.com", "yaho.com", "yahoo.co"],
    "aol.com": ["aol.co", "aoll.com"],
    "icloud.com": ["iclod.com", "icloud.co"],
    "comcast.net": ["comcast.com", "comcat.net"],
    "verizon.net": ["verizon.com", "verison.net"],
    "hotmail.com": ["hotmial.com", "hotmail.co"],
    "bellsouth.net": ["bellsouth.com", "belsouth.net"],
    "ec.rr.com": ["ec.rr.net", "ec.rr.co"],
    "outlook.com": ["outlok.com"],
    "rogers.com": ["roger.com", "rogers.ca"],
    "sympatico.ca": ["sympatico.com"],
}

# ---------------------------------------------------------------------------
# organisations: stems (distinctive words), trades and legal forms
# ---------------------------------------------------------------------------

STEMS_SITE = {
    "annapolis": parse_list("""
Spa Creek, Back Creek, Whitehall Bay, Mill Creek, Weems Creek, Lake Ogleton, Carr Creek, Harness Creek,
Broadneck, Thomas Point, Sandy Point, Greenbury Point, Horn Point, Tolly Point, Severn, South River,
West River, Rhode River, Magothy, Chester River, Miles River, Wye River, Tred Avon, Choptank,
Kent Narrows, Eastern Shore, Chesapeake, Patuxent, Herring Bay, Bodkin Point, Bay Ridge, Eastport,
Hillsmere, Fishing Bay, Poplar Island, Bloody Point, Love Point
"""),
    "stuart": parse_list("""
St. Lucie, Indian River, Treasure Coast, Sewall's Point, Manatee Pocket, Hutchinson Island, Jensen,
Hobe Sound, Jupiter Inlet, Loxahatchee, Peck Lake, Port Salerno, Rio St. Lucie, Palm City, Crossroads,
Sailfish Coast, Gilbert's Bar, Bathtub Reef, Seminole Shores, North Fork, Roosevelt Bridge,
Stuart Causeway, Pirate's Cove, Frances Langford, Seagate
"""),
    "beaufort": parse_list("""
Crystal Coast, Bogue Sound, Taylor's Creek, Gallants Channel, Core Sound, Back Sound, Shackleford,
Cape Lookout, Carrot Island, Newport River, North River, Town Creek, Calico Creek, Harkers Island,
Fort Macon, Beaufort Inlet, Neuse, Pamlico, Down East, Carteret, Radio Island, Pivers Island,
Lennoxville, Sugarloaf, Whitehurst
"""),
}
STEMS_GENERIC = parse_list("""
Harbor Light, Compass Rose, Anchor Point, Blue Water, Windward, Leeward, True North, Northstar,
Mariner's Way, Old Salt, Lighthouse, Bowline, Spinnaker, Halyard, Starboard, Tidewater, Sea Star,
Seaside, Sound Side, Channel Marker, Sea Glass, Dockside, Bayside, Shoreline, Waypoint, Landfall,
Safe Passage, Fair Winds, Following Seas, High Water, Slack Tide, Ebb Tide, Flood Tide, Dead Reckoning,
Bluefin, Sandbar, Breakwater, Jetty, Pilot House, Wheelhouse, Foredeck, Topsail, Jib & Main,
Square Rigger, Clipper, Schooner, Sextant, Tiller, Keel Line, Bilge Pump, Mooring Line, Turning Basin,
Three Sisters, Heron Cove, Osprey Nest, Pelican Point, Egret Landing, Sandpiper Cove, Dolphin Run,
Tarpon Bay, Snook Alley, Redfish, Bluewater Bay, Coastal Breeze, Atlantic Coast, Intracoastal,
Mile Marker, Red Nun, Green Can, Bell Buoy, Admiral's Row, Commodore's Point, Blackbeard's, Gold Coast
""")

TRADES = {
    "yacht_management": ["Yacht Management", "Yacht Services", "Marine Management", "Yacht Care",
                         "Boat Management", "Yacht Concierge"],
    "charter_company": ["Charters", "Sailing Charters", "Fishing Charters", "Yacht Charters", "Sportfishing",
                        "Boat Rentals", "Sail Charters", "Sunset Cruises"],
    "dealer_broker": ["Yacht Sales", "Yacht Brokerage", "Yachts", "Boat Sales", "Marine Sales", "Yacht Brokers"],
    "marine_surveyor": ["Marine Surveyors", "Marine Surveys", "Marine Survey & Consulting", "Yacht Surveys"],
    "insurer": ["Marine Insurance", "Insurance Agency", "Mutual Insurance", "Marine Underwriters",
                "Insurance Group", "Yacht Insurance"],
    "marine_trade": ["Marine Canvas", "Marine Electronics", "Marine Electric", "Diving Services",
                     "Yacht Detailing", "Rigging", "Marine Diesel", "Boat Detailing", "Bottom Cleaning",
                     "Varnish Works", "Marine Upholstery", "Outboard Service", "Mobile Marine"],
}
LEGAL_BY_KIND = {
    "yacht_management": {"LLC": 70, "Inc.": 25, "": 5},
    "charter_company": {"LLC": 65, "Inc.": 20, "": 15},
    "dealer_broker": {"LLC": 50, "Inc.": 40, "": 10},
    "marine_surveyor": {"LLC": 60, "Inc.": 15, "": 25},
    "insurer": {"Inc.": 40, "LLC": 25, "Co.": 15, "": 20},
    "marine_trade": {"LLC": 65, "Inc.": 15, "": 20},
    "boat_llc": {"LLC": 100},
}
# unrelated trades for "similar name of another trade"
OTHER_TRADES = ["Realty", "Builders", "Landscaping", "Catering", "Dental Associates", "Construction",
                "Plumbing & Heating", "Title Company", "Wealth Management", "Pest Control", "Seafood",
                "Outfitters", "Home Inspections", "Roofing", "Vacation Rentals", "Brewing Company",
                "Family Dentistry", "Physical Therapy", "Veterinary Clinic", "Pool Service"]
# a group's other companies (same stem, same domain)
GROUP_TRADES = ["Yacht Sales", "Yacht Charters", "Yacht Management", "Marine Service", "Boat Rentals",
                "Boat Storage", "Marine Electronics", "Sailing School", "Yacht Brokerage", "Boat Club"]

CLUB_TYPES = ["Yacht Club", "Yacht Club", "Sailing Club", "Cruising Club", "Boat Club", "Power Squadron"]
SCHOOL_NAMES = ["{s} Sailing School", "{s} Sailing Foundation", "{s} Junior Sailing", "{s} Community Sailing",
                "{s} Sailing Academy"]
HOA_NAMES = ["{s} Homeowners Association", "{s} Property Owners Association", "{s} Community Association",
             "{s} Yacht Basin Condominium Association", "{s} Boat Owners Association",
             "{s} Harbour Association", "{s} Marina Condominium Association", "{s} Civic Association"]
HOA_PLACES = parse_list("""
Heron Cove Landing, Osprey Pointe, Pelican Bay Harbour, Mariner's Landing, Harbour Isles, Snug Harbor,
Oyster Cove, Bay Hills, Riva Trace, Sherwood Forest Club, Cape St. Claire, Amberley, Winchester on the Severn,
Hillsmere Shores, Bay Ridge Civic, Arundel on the Bay, Sewall's Landing, River Reach, Mariner Bay,
Harbour Ridge, Palm Cove, Yacht & Racquet, Pirate's Cove Village, Sandsprit Shores, Island Colony,
Ocean Pointe, Beacon Point, Taylor's Creek Landing, Sound Shores, Spooner's Creek, Brandywine Bay,
Beaufort Landing, Gallants Point, Pelletier Harbor, Coral Bay, Bogue Watch, Fairview Landing, Oyster Point
""")

# county / state / town bodies with units (real public bodies; addresses and phones invented)
AGENCY_BODIES = {
    "annapolis": ["City of Annapolis", "Anne Arundel County", "Talbot County", "Queen Anne's County",
                  "Calvert County", "Kent County", "Town of St. Michaels", "Maryland Natural Resources Police",
                  "Maryland Department of Natural Resources"],
    "stuart": ["Martin County", "St. Lucie County", "Indian River County", "City of Stuart",
               "Town of Sewall's Point", "Town of Jupiter", "City of Fort Pierce",
               "Florida Fish and Wildlife Conservation Commission"],
    "beaufort": ["Town of Beaufort", "Carteret County", "Craven County", "Town of Morehead City",
                 "Town of Atlantic Beach", "Town of Emerald Isle", "Town of Oriental",
                 "NC Wildlife Resources Commission", "NC Division of Marine Fisheries"],
}
AGENCY_UNITS_COUNTY = ["Sheriff's Office - Marine Unit", "Fire Rescue - Marine Operations", "Parks & Recreation",
                       "Public Works", "Mosquito Control", "Emergency Management", "Engineering Department",
                       "Utilities Department", "Harbor & Waterways", "Police Department - Marine Patrol"]
AGENCY_UNITS_TOWN = ["Harbormaster", "Police Department - Marine Patrol", "Public Works", "Fire Department",
                     "Parks & Recreation", "Waterfront Services", "Finance Department"]
AGENCY_UNITS_STATE = ["Marine Patrol", "Fleet Services", "Law Enforcement Division", "Fisheries Research",
                      "Boating Access Program", "Accounts Payable"]

AP_MAILBOXES = ["accountspayable", "ap", "invoices", "billing", "accounting"]

# ---------------------------------------------------------------------------
# registries (membership tests only; never iterated)
# ---------------------------------------------------------------------------

USED_EIDS = set()
USED_PERSON = set()
USED_EMAIL = set()
USED_PHONE = set()
USED_ADDR = set()
USED_DOMAIN = set()
USED_STEM = set()
USED_AGENCY = set()
ALL_CUSTS = []

MIDDLE_LETTERS = list("AABCDDEFGHJJKLLMMNPRRSSTW")
CA_LDU_LETTERS = list("ABCEGHJKLMNPRSTVWXYZ")


def new_eid():
    while True:
        e = "c%07x" % R.getrandbits(28)
        if e not in USED_EIDS:
            USED_EIDS.add(e)
            return e


def new_phone(area):
    while True:
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex in (555, 950, 958, 959, 976):
            continue
        d = "%s%03d%04d" % (area, ex, R.randint(0, 9999))
        if d not in USED_PHONE:
            USED_PHONE.add(d)
            return d


def parse_street(s):
    toks = s.split(" ")
    pre = post = typ = None
    if len(toks) > 1 and toks[0] in DIRS:
        pre = toks.pop(0)
    if len(toks) > 1 and toks[-1] in DIRS:
        post = toks.pop()
    if len(toks) > 1 and toks[-1] in STREET_TYPES:
        typ = toks.pop()
    return pre, " ".join(toks), typ, post


def ca_postal(fsa):
    return "%s %d%s%d" % (fsa, R.randint(0, 9), pick(CA_LDU_LETTERS), R.randint(0, 9))


HIGH_RISE = ("washington_dc", "baltimore", "toronto", "arlington_va", "alexandria", "montreal", "ottawa",
             "mississauga", "oakville", "bethesda", "chevy_chase", "silver_spring", "virginia_beach")


def new_address(pkey, unit_p=0.1, unit_types=("Apt", "Unit"), pobox_p=0.0, street=None, num=None):
    p = PLACES[pkey]
    city_n = norm_name(p["city"])
    if pobox_p and chance(pobox_p):
        for _ in range(200):
            box = str(R.randint(1, 1999))
            key = ("box" + box, city_n)
            if key not in USED_ADDR:
                break
        USED_ADDR.add(key)
        zipc = pick(p["zips"])
        return {"num": None, "pre": None, "name": None, "type": None, "post": None, "unit": None,
                "pobox": box, "city": p["city"], "region": p["region"], "zip": zipc, "zip4": None,
                "country": p["country"], "pkey": pkey}
    lo, hi = p["nums"]
    key = None
    for _ in range(400):
        n = num if num is not None else str(R.randint(lo, hi))
        if num is None and chance(0.35) and int(n) > 100:
            n = str(int(n) - int(n) % 10)          # round-ish numbers are common
        key = (n, city_n)
        if key not in USED_ADDR or num is not None:
            break
    USED_ADDR.add(key)
    pre, name, typ, post = parse_street(street or pick(p["streets"]))
    if p["country"] == "CA":
        zipc = ca_postal(pick(p["zips"]))
        zip4 = None
    else:
        zipc = pick(p["zips"])
        zip4 = "%04d" % R.randint(1000, 9899) if chance(0.5) else None
    unit = None
    if chance(unit_p):
        ut = pick(list(unit_types))
        if ut in ("Apt", "Unit", "#"):
            if pkey in HIGH_RISE or p["group"] == "fl":
                uv = pick([str(R.randint(101, 1808)), "%d%02d" % (R.randint(1, 12), R.randint(1, 12)),
                           "%d%s" % (R.randint(1, 9), pick("ABCDEF"))])
            else:
                uv = pick([str(R.randint(1, 12)), "%d%s" % (R.randint(1, 4), pick("ABCD")), pick("ABC")])
        elif ut == "Suite":
            uv = str(pick([100, 101, 110, 200, 201, 210, 300, 301, 400, 450, 500]))
        else:
            uv = str(R.randint(1, 40))
        unit = (ut, uv)
    return {"num": n, "pre": pre, "name": name, "type": typ, "post": post, "unit": unit, "pobox": None,
            "city": p["city"], "region": p["region"], "zip": zipc, "zip4": zip4, "country": p["country"],
            "pkey": pkey}


class Cust:
    def __init__(self, party, kind, site, is_new):
        self.eid = new_eid()
        self.party = party
        self.kind = kind
        self.site = site
        self.is_new = is_new
        self.home = None
        # person
        self.gender = None
        self.given = None
        self.nicks = []
        self.middle = None
        self.family = None
        self.suffix = None
        self.title = None
        self.maiden = None
        self.sn_group = "general"
        self.partner_given = None
        self.partner_nicks = []
        self.partner_family = None
        # organisation
        self.core = None
        self.legal = ""
        self.stem = None
        self.trade = None
        self.contacts = []
        self.domain = None
        self.body = None
        # contact data
        self.emails = []
        self.phones = []
        self.addr = None
        self.addr2 = None
        self.boats = []
        self.manager = None
        self.addr_mgr = None
        self.owner_box = None
        self.moved_addr = None
        self.captain_phone = None
        self.slip = None
        ALL_CUSTS.append(self)

    @property
    def company(self):
        return join_legal(self.core, self.legal)


def join_legal(core, legal):
    if not legal:
        return core
    if legal.startswith(","):
        return core + legal
    return core + " " + legal


def gen_name(group, gender=None, family=None, register=True, given=None):
    """returns dict(given, nicks, family, gender, sg)"""
    for attempt in range(300):
        g_ = gender or ("M" if chance(0.64) else "F")
        sg = wpick_d(SN_MIX[group])
        fam = family or pick(SURNAMES[sg])
        if family:
            sg = "general"
            for k in SURNAMES:
                if family in SURNAMES[k]:
                    sg = k
                    break
        if given:
            gv, nk = given, []
        else:
            if sg == "french":
                lst = FR_MALE if g_ == "M" else FR_FEMALE
            elif sg == "hispanic" and chance(0.7):
                lst = HISP_MALE if g_ == "M" else HISP_FEMALE
            else:
                lst = MALE if g_ == "M" else FEMALE
            gv, nk = pick(lst)
        key = (norm_name(gv), norm_name(fam))
        if register and key in USED_PERSON and attempt < 299:
            continue
        if register:
            USED_PERSON.add(key)
        return {"given": gv, "nicks": list(nk), "family": fam, "gender": g_, "sg": sg}
    raise RuntimeError("name space exhausted")


def pick_freemail(group):
    d = dict(FREEMAIL_US)
    if group in ("on", "qc"):
        d = {"gmail.com": 30, "hotmail.com": 8, "yahoo.ca": 4, "icloud.com": 5, "outlook.com": 4}
    for k, v in FREEMAIL_BY_GROUP.get(group, {}).items():
        d[k] = d.get(k, 0) + v
    return wpick_d(d)


def register_email(local, domain):
    local = re.sub(r"[^a-z0-9._-]", "", local.lower()).strip("._-") or "boater"
    e = "%s@%s" % (local, domain)
    n = 0
    while e in USED_EMAIL:
        n += 1
        e = "%s%d@%s" % (local, pick([n, R.randint(2, 99), R.randint(50, 79)]), domain)
    USED_EMAIL.add(e)
    return e


def person_email(given, family, nicks, group, boat=None, domain=None, middle=None):
    g = slug(given)
    f = slug(family)
    nk = slug(nicks[0]) if nicks else g
    yy = "%02d" % R.randint(40, 99)
    pats = [("%s.%s" % (g, f), 18), ("%s%s" % (g[0], f), 16), ("%s%s" % (g, f), 8), ("%s%s" % (f, g[0]), 5),
            ("%s.%s%s" % (g, f, yy), 6), ("%s%s" % (nk, f), 4), ("%s.%s" % (nk, f), 5), ("%s.%s" % (f, g), 3),
            ("%s_%s" % (g, f), 2), ("%s%s" % (f, yy), 3), ("%s%s%s" % (g[0], (middle or "x")[0].lower(), f), 3)]
    if boat:
        b = slug(boat)
        pats += [("%s%s" % (b, R.randint(1, 99)), 5), ("sv%s" % b, 1), ("capt%s" % nk, 2)]
    local = wpick(pats)
    return register_email(local, domain or pick_freemail(group))


EMPLOYER_A = ["Kestrel", "Ironbridge", "Brightwater", "Northgate", "Stonebrook", "Ridgeline", "Bluestem",
              "Cedarline", "Harbourview", "Fieldstone", "Larkspur", "Westbrook", "Oakmont", "Pinecrest",
              "Millbrook", "Copperleaf", "Silverbirch", "Foxhollow", "Elmstead", "Glenmere"]
EMPLOYER_B = [("Partners", "partners"), ("Law Group", "law"), ("Health", "health"), ("Consulting", "consulting"),
              ("Capital", "capital"), ("Engineering", "eng"), ("Advisors", "advisors"), ("Dental", "dental"),
              ("Orthopedics", "ortho"), ("Architects", "arch"), ("Builders", "builders")]


def employer_domain():
    a = pick(EMPLOYER_A)
    b = pick(EMPLOYER_B)
    return slug(a) + b[1] + pick([".com", ".com", ".net"])


def make_boats(n=1, kind=None):
    out = []
    for _ in range(n):
        name = pick(BOAT_NAMES)
        sail = chance(0.42)
        if kind == "charter_company" and chance(0.6):
            sail = False
        if sail:
            pre = wpick({"S/V": 70, "SV": 15, "": 15})
            make = pick(SAIL_MAKES)
        else:
            pre = wpick({"M/V": 55, "MV": 15, "M/Y": 10, "F/V": 5, "": 15})
            make = pick(POWER_MAKES)
        out.append({"name": name, "pre": pre, "make": make})
    return out


def slip_label(site):
    if site == "stuart":
        return wpick({"Rack %d-%02d" % (R.randint(1, 4), R.randint(1, 60)): 60,
                      "Slip F-%d" % R.randint(1, 30): 25, "Wet Slip %d" % R.randint(1, 24): 15})
    if site == "beaufort":
        return wpick({"Slip %d" % R.randint(1, 48): 50, "Yard Space %d" % R.randint(1, 40): 30,
                      "T-Dock %d" % R.randint(1, 12): 20})
    return wpick({"Slip %s-%d" % (pick("ABCDEF"), R.randint(1, 42)): 70,
                  "Dock %s Slip %d" % (pick("ABCD"), R.randint(1, 30)): 20,
                  "Mooring %d" % R.randint(1, 25): 10})


def choose_home(kind, site):
    if kind == "snowbird":
        return wpick_d(SNOWBIRD_NORTH)
    if kind == "canadian_snowbird":
        return wpick_d(CANADA_NORTH)
    if kind == "managed_owner":
        if chance(0.25):
            return wpick_d(SNOWBIRD_NORTH)
        return wpick_d(SITE_INLAND[site])
    if kind == "fuel_customer":
        return wpick_d(SITE_LOCAL[site])
    if chance(0.58):
        return wpick_d(SITE_LOCAL[site])
    return wpick_d(SITE_INLAND[site])


def person_unit_p(pkey):
    if pkey in ("washington_dc", "baltimore", "toronto", "arlington_va", "alexandria", "montreal", "ottawa"):
        return 0.35
    if PLACES[pkey]["group"] == "fl":
        return 0.25
    return 0.06


def fill_person(c, nm):
    c.gender = nm["gender"]
    c.given = nm["given"]
    c.nicks = nm["nicks"]
    c.family = nm["family"]
    c.sn_group = nm["sg"]


def make_person(kind, site, is_new, home=None, force_name=None, suffix=None):
    c = Cust("person", kind, site, is_new)
    c.home = home or choose_home(kind, site)
    p = PLACES[c.home]
    grp = p["group"]
    if force_name:
        nm = gen_name(grp, gender=force_name.get("gender"), family=force_name["family"],
                      given=force_name["given"], register=False)
        nm["nicks"] = list(force_name.get("nicks", []))
    else:
        nm = gen_name(grp)
    fill_person(c, nm)
    if chance(0.5):
        c.middle = pick(MIDDLE_LETTERS)
    if suffix:
        c.suffix = suffix
    elif c.gender == "M" and kind != "co_owners" and c.sn_group not in ("french", "hispanic") and chance(0.045):
        c.suffix = wpick({"Jr.": 60, "III": 20, "II": 10, "Sr.": 10})
    if chance(0.045):
        c.title = pick(TITLES_M if c.gender == "M" else TITLES_F)
    if c.gender == "F" and chance(0.12):
        c.maiden = pick(SURNAMES[wpick_d(SN_MIX[grp])])
        if c.maiden == c.family:
            c.maiden = None
    if kind == "co_owners":
        if chance(0.78):
            pn = gen_name(grp, gender="F" if c.gender == "M" else "M", family=c.family, register=False)
        else:
            pn = gen_name(grp, gender=pick(["M", "F"]))
            c.partner_family = pn["family"]
        c.partner_given = pn["given"]
        c.partner_nicks = pn["nicks"]
    # boats
    nb = 2 if chance(0.14) else 1
    if kind == "fuel_customer":
        nb = 1
    c.boats = make_boats(nb)
    # address(es)
    pobox = 0.3 if c.home in ("harkers_island", "marshallberg", "gloucester_nc", "oriental", "galesville") else 0.0
    if kind == "liveaboard":
        m = MARINA_ADDR[site]
        a = new_address(m["pkey"], unit_p=0, street=m["street"], num=m["num"])
        a["zip"] = m["zip"]
        a["zip4"] = None
        c.slip = slip_label(site)
        a["unit"] = ("", c.slip)
        c.addr = a
        c.home = m["pkey"]
    else:
        c.addr = new_address(c.home, unit_p=person_unit_p(c.home), pobox_p=pobox)
    if kind in ("snowbird", "canadian_snowbird") or (kind == "managed_owner" and grp in ("oh", "ne", "pa") and chance(0.4)):
        fl = wpick_d(FL_SEASONAL)
        c.addr2 = new_address(fl, unit_p=0.6, unit_types=("Unit", "Apt", "#"))
    if c.slip is None and chance(0.5):
        c.slip = slip_label(site)
    # phones
    home_area = pick(p["areas"])
    if kind == "liveaboard":
        home_area = pick(PLACES[{"annapolis": "annapolis", "stuart": "stuart", "beaufort": "beaufort_nc"}[site]]["areas"]) \
            if chance(0.5) else home_area
    c.phones.append(new_phone(home_area))
    if chance(0.5) or kind in ("snowbird", "canadian_snowbird"):
        if kind == "canadian_snowbird" and chance(0.45):
            c.phones.append(new_phone(pick(["772", "561"])))
        else:
            c.phones.append(new_phone(home_area if chance(0.6) else pick(p["areas"])))
    # e-mails
    boat = c.boats[0]["name"] if c.boats else None
    if kind == "co_owners" and chance(0.35):
        g2 = slug(c.partner_given)
        local = wpick({"%sand%s" % (slug(c.given), g2): 40, "the%ss" % slug(c.family): 25,
                       "%s%s" % (slug(c.family), pick(["family", "s", "crew"])): 20,
                       "%s.%s" % (slug(c.nicks[0] if c.nicks else c.given), slug(c.family)): 15})
        c.emails.append(register_email(local, pick_freemail(grp)))
    else:
        c.emails.append(person_email(c.given, c.family, c.nicks, grp, boat=boat, middle=c.middle))
    if chance(0.3):
        if chance(0.35):
            c.emails.append(person_email(c.given, c.family, c.nicks, grp, domain=employer_domain(), middle=c.middle))
        else:
            c.emails.append(person_email(c.given, c.family, c.nicks, grp, boat=boat, middle=c.middle,
                                         domain=pick(["gmail.com", "icloud.com", "gmail.com", "yahoo.com"])))
    if kind == "co_owners" and chance(0.5):
        c.emails.append(person_email(c.partner_given, c.partner_family or c.family, c.partner_nicks, grp))
    return c


# --------------------------------------------------------------------------- organisations

STEM_KIND = {}


def take_stem(site, prefer_surname=False, allow_surname=True):
    for attempt in range(600):
        kind = "place"
        r = R.random()
        if allow_surname and ((prefer_surname and r < 0.5) or (not prefer_surname and r < 0.22) or attempt > 60):
            s = pick(SURNAMES[pick(["general", "irish", "chesapeake", "downeast", "german", "scottish"])])
            kind = "surname"
            if chance(0.25):
                s2 = pick(SURNAMES[pick(["general", "irish", "german"])])
                if s2 != s:
                    s = "%s & %s" % (s, s2)
        elif not allow_surname and attempt > 60:
            base = pick(STEMS_SITE[site])
            tail = pick(["Harbor", "Cove", "Landing", "Point", "Bay", "Shores", "Narrows", "Reach"])
            if tail in base or base.split(" ")[-1] in ("Creek", "River", "Sound", "Bay", "Point", "Inlet"):
                s = "%s %s" % (pick(["North", "South", "East", "West", "Upper", "Lower"]), base)
            else:
                s = "%s %s" % (base, tail)
        elif r < 0.7:
            s = pick(STEMS_SITE[site])
        else:
            s = pick(STEMS_GENERIC)
        if s not in USED_STEM:
            USED_STEM.add(s)
            STEM_KIND[s] = kind
            return s
    raise RuntimeError("stems exhausted")


TRADE_SLUG = {"Yacht Management": "yachtmgmt", "Yacht Services": "yachtservices", "Marine Management": "marinemgmt",
              "Yacht Care": "yachtcare", "Boat Management": "boatmgmt", "Yacht Concierge": "yachtconcierge",
              "Charters": "charters", "Sailing Charters": "sailingcharters", "Fishing Charters": "fishingcharters",
              "Yacht Charters": "yachtcharters", "Sportfishing": "sportfishing", "Boat Rentals": "boatrentals",
              "Sail Charters": "sailcharters", "Sunset Cruises": "cruises", "Yacht Sales": "yachtsales",
              "Yacht Brokerage": "yachtbrokerage", "Yachts": "yachts", "Boat Sales": "boatsales",
              "Marine Sales": "marinesales", "Yacht Brokers": "yachtbrokers", "Marine Surveyors": "marinesurveyors",
              "Marine Surveys": "marinesurveys", "Marine Survey & Consulting": "marinesurvey",
              "Yacht Surveys": "yachtsurveys", "Marine Insurance": "marineins", "Insurance Agency": "insurance",
              "Mutual Insurance": "mutual", "Marine Underwriters": "underwriters", "Insurance Group": "insgroup",
              "Yacht Insurance": "yachtins"}


def new_domain(base, tld=".com"):
    base = slug(base)[:40] or "marine"
    d = base + tld
    n = 1
    while d in USED_DOMAIN:
        n += 1
        d = "%s%d%s" % (base, n, tld)
    USED_DOMAIN.add(d)
    return d


def org_contacts(c, n, group):
    for _ in range(n):
        nm = gen_name(group)
        ct = {"given": nm["given"], "nicks": nm["nicks"], "family": nm["family"], "gender": nm["gender"],
              "email": None, "phone": None}
        c.contacts.append(ct)


def org_address(c, site, pkey=None, unit_p=0.35):
    pkey = pkey or wpick_d(SITE_LOCAL[site])
    c.home = pkey
    c.addr = new_address(pkey, unit_p=unit_p, unit_types=("Suite", "Suite", "Unit"),
                         pobox_p=0.12 if PLACES[pkey]["group"] == "nc_coast" else 0.04)


def finish_org_contact_mail(c, role_boxes, personal_p=0.5):
    """role mailbox first, then contact people's own mailboxes on the org domain"""
    if c.domain:
        c.emails.append(register_email(pick(role_boxes), c.domain))
    for ct in c.contacts:
        if c.domain and chance(personal_p):
            g = slug(ct["given"])
            f = slug(ct["family"])
            ct["email"] = register_email(wpick({g: 25, "%s%s" % (g[0], f): 35, "%s.%s" % (g, f): 30, f: 10}),
                                         c.domain)
            c.emails.append(ct["email"])


def make_org(kind, site, is_new, **kw):
    c = Cust("org", kind, site, is_new)
    group = {"annapolis": "md_water", "stuart": "fl", "beaufort": "nc_coast"}[site]
    area = pick(PLACES[{"annapolis": "annapolis", "stuart": "stuart", "beaufort": "beaufort_nc"}[site]]["areas"])
    if kind == "boat_llc":
        owner_home = kw.get("owner_home") or choose_home("boat_owner", site)
        canadian = PLACES[owner_home]["country"] == "CA"
        ogroup = PLACES[owner_home]["group"]
        nm = gen_name(ogroup, gender="M" if chance(0.8) else "F")
        c.contacts.append({"given": nm["given"], "nicks": nm["nicks"], "family": nm["family"],
                           "gender": nm["gender"], "email": None, "phone": None})
        c.boats = make_boats(1)
        b = c.boats[0]["name"]
        if canadian and chance(0.6):
            c.core = "%d %s" % (R.randint(1000000, 2999999), "Ontario" if ogroup == "on" else "Québec")
            c.legal = "Inc."
            c.stem = c.core
        else:
            fam = nm["family"]
            c.core = wpick({"%s Holdings" % b: 30, b: 15, "%s Marine" % b: 12, "%s Yacht Holdings" % b: 8,
                            "%s Maritime" % fam: 10, "%s Yachting" % fam: 8,
                            "%s%s Marine Ventures" % (nm["given"][0], fam[0]): 7, "SV %s" % b: 5,
                            "%s Charters" % b: 5})
            c.legal = "LLC"
            c.stem = b if b in c.core else c.core
        r = R.random()
        if r < 0.7:
            c.addr = new_address(owner_home, unit_p=person_unit_p(owner_home))
            c.home = owner_home
        elif r < 0.85:
            c.addr = new_address("wilmington_de", unit_p=1.0, unit_types=("Suite",), street="N Market St")
            c.home = "wilmington_de"
        else:
            c.home = owner_home
            c.addr = new_address(owner_home, unit_p=0.0)
        c.phones.append(new_phone(pick(PLACES[owner_home]["areas"])))
        c.contacts[0]["phone"] = c.phones[0]
        r = R.random()
        if r < 0.6:
            c.emails.append(person_email(nm["given"], nm["family"], nm["nicks"], ogroup, boat=b))
        elif r < 0.75:
            c.emails.append(register_email("%sllc" % slug(b), "gmail.com"))
        else:
            c.domain = employer_domain()
            c.emails.append(person_email(nm["given"], nm["family"], nm["nicks"], ogroup, domain=c.domain))
        c.contacts[0]["email"] = c.emails[0]
        if chance(0.3):
            org_contacts(c, 1, group)  # the captain
            c.contacts[-1]["phone"] = new_phone(area)
            c.phones.append(c.contacts[-1]["phone"])
        return c
    if kind in ("yacht_management", "charter_company", "dealer_broker", "marine_surveyor", "insurer", "marine_trade"):
        c.stem = kw.get("stem") or take_stem(site, prefer_surname=kind in ("marine_surveyor", "insurer", "marine_trade"))
        c.trade = kw.get("trade") or pick(TRADES[kind])
        c.core = "%s %s" % (c.stem, c.trade)
        c.legal = kw.get("legal", wpick_d(LEGAL_BY_KIND[kind]))
        if c.legal == "Co." and "Company" in c.core:
            c.legal = "Inc."
        small = kind in ("charter_company", "marine_trade", "marine_surveyor") and chance(0.35)
        if small:
            c.domain = None
        else:
            c.domain = new_domain(c.stem + TRADE_SLUG.get(c.trade, slug(c.trade).replace("marine", "")[:12] or "marine"))
        org_contacts(c, 1 if kind in ("marine_surveyor", "marine_trade") else R.randint(1, 3), group)
        boxes = {"yacht_management": ["office", "accounts", "service", "info"],
                 "charter_company": ["book", "info", "captain", "charters"],
                 "dealer_broker": ["sales", "info", "office"],
                 "marine_surveyor": ["surveys", "office", "info"],
                 "insurer": ["claims", "marineclaims", "service", "info"],
                 "marine_trade": ["office", "service", "info", "shop"]}[kind]
        if small:
            ct = c.contacts[0]
            local = wpick({"capt%s" % slug(ct["nicks"][0] if ct["nicks"] else ct["given"]): 30,
                           slug(c.stem) + slug(c.trade.split(" ")[-1]): 40,
                           "%s%s" % (slug(ct["given"])[0], slug(ct["family"])): 30})
            c.emails.append(register_email(local, pick_freemail(group)))
            ct["email"] = c.emails[0]
        else:
            finish_org_contact_mail(c, boxes)
        pk = kw.get("pkey")
        if kind == "insurer" and not pk and chance(0.5):
            pk = pick(["baltimore", "towson", "richmond_va", "raleigh", "wilmington_nc", "palm_beach_gardens",
                       "jupiter", "annapolis", "greenwich", "morristown"])
        org_address(c, site, pk)
        c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
        for ct in c.contacts:
            if chance(0.45):
                ct["phone"] = new_phone(pick(PLACES[c.home]["areas"]))
                c.phones.append(ct["phone"])
        if kind == "charter_company":
            c.boats = make_boats(R.randint(2, 4), kind)
        elif kind == "dealer_broker" and chance(0.3):
            c.boats = make_boats(1)
        return c
    if kind == "yacht_club":
        c.stem = kw.get("stem") or take_stem(site, allow_surname=False)
        c.trade = pick(CLUB_TYPES)
        c.core = "%s %s" % (c.stem, c.trade)
        c.legal = wpick({"": 55, "Inc.": 35, ", Inc.": 10})
        c.domain = new_domain(c.stem + ("yc" if "Yacht" in c.trade else slug(c.trade.split(" ")[0])), ".org")
        org_contacts(c, R.randint(1, 2), group)
        finish_org_contact_mail(c, ["office", "manager", "frontdesk", "commodore"], personal_p=0.2)
        org_address(c, site, unit_p=0.0)
        c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
        return c
    if kind == "sailing_school":
        club = kw.get("club")
        if club is not None:
            c.stem = club.stem
            c.core = pick(SCHOOL_NAMES).format(s=club.stem)
            c.domain = club.domain
            c.legal = wpick({"": 50, "Inc.": 50})
            org_contacts(c, 1, group)
            c.emails.append(register_email(pick(["sailing", "juniors", "school", "learntosail"]), c.domain))
            c.addr = dict(club.addr)
            c.addr["unit"] = pick([("Box", str(R.randint(2, 9))), ("", "Sailing Office"), ("Suite", "B"),
                                   ("", "Attn: Sailing School"), ("Unit", "2")])
            c.home = club.home
            c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
            return c
        c.stem = kw.get("stem") or take_stem(site, allow_surname=False)
        c.core = pick(SCHOOL_NAMES).format(s=c.stem)
        c.legal = wpick({"": 40, "Inc.": 35, "LLC": 25})
        if "Foundation" in c.core or "Community" in c.core:
            c.legal = wpick({"": 50, "Inc.": 50})
        c.domain = new_domain(c.stem + "sailing", pick([".org", ".com"]))
        org_contacts(c, 1, group)
        finish_org_contact_mail(c, ["sail", "info", "learn", "office"], personal_p=0.4)
        org_address(c, site, unit_p=0.15)
        c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
        return c
    if kind == "hoa":
        for _ in range(200):
            s = pick(HOA_PLACES)
            if s not in USED_STEM:
                break
        USED_STEM.add(s)
        c.stem = s
        c.core = pick(HOA_NAMES).format(s=s)
        c.legal = wpick({"Inc.": 45, "": 45, ", Inc.": 10})
        org_contacts(c, R.randint(1, 2), group)
        if chance(0.35):
            c.emails.append(register_email(slug(s)[:20] + pick(["hoa", "poa", "board", "treasurer"]), "gmail.com"))
        else:
            c.domain = new_domain(s + pick(["hoa", "poa", "community", ""]), pick([".org", ".com"]))
            finish_org_contact_mail(c, ["board", "manager", "treasurer", "office"], personal_p=0.3)
        org_address(c, site, unit_p=0.1)
        c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
        return c
    if kind == "agency":
        body, unit = kw.get("body"), kw.get("unit")
        if body is None:
            for _ in range(400):
                body = pick(AGENCY_BODIES[site])
                unit = pick(agency_units(body))
                if (body, unit) not in USED_AGENCY:
                    break
        USED_AGENCY.add((body, unit))
        c.body = body
        c.stem = body
        c.trade = unit
        c.core = agency_name(body, unit)
        c.legal = ""
        c.domain = agency_domain(body, site)
        org_contacts(c, R.randint(1, 2), group)
        c.emails.append(register_email(slug(unit.split(" - ")[-1])[:18] or "office", c.domain))
        if chance(0.5):
            c.emails.append(register_email(pick(AP_MAILBOXES), c.domain))
        for ct in c.contacts:
            if chance(0.4):
                ct["email"] = register_email("%s.%s" % (slug(ct["given"]), slug(ct["family"])), c.domain)
                c.emails.append(ct["email"])
        org_address(c, site, AGENCY_SEAT.get(body), unit_p=0.3)
        c.phones.append(new_phone(pick(PLACES[c.home]["areas"])))
        return c
    raise ValueError(kind)


AGENCY_SEAT = {"City of Annapolis": "annapolis", "Anne Arundel County": "annapolis", "Talbot County": "easton",
               "Queen Anne's County": "stevensville", "Calvert County": "solomons", "Kent County": "chestertown",
               "Town of St. Michaels": "st_michaels", "Maryland Natural Resources Police": "annapolis",
               "Maryland Department of Natural Resources": "annapolis", "Martin County": "stuart",
               "St. Lucie County": "fort_pierce", "Indian River County": "vero_beach", "City of Stuart": "stuart",
               "Town of Sewall's Point": "sewalls_point", "Town of Jupiter": "jupiter",
               "City of Fort Pierce": "fort_pierce", "Florida Fish and Wildlife Conservation Commission": "fort_pierce",
               "Town of Beaufort": "beaufort_nc", "Carteret County": "beaufort_nc", "Craven County": "new_bern",
               "Town of Morehead City": "morehead_city", "Town of Atlantic Beach": "atlantic_beach",
               "Town of Emerald Isle": "emerald_isle", "Town of Oriental": "oriental",
               "NC Wildlife Resources Commission": "morehead_city", "NC Division of Marine Fisheries": "morehead_city"}


def agency_units(body):
    if body.endswith("County"):
        return AGENCY_UNITS_COUNTY
    if body.startswith("Town of") or body.startswith("City of"):
        return AGENCY_UNITS_TOWN
    return AGENCY_UNITS_STATE


def agency_name(body, unit):
    if unit.startswith("Sheriff") or unit.startswith("Fire") or unit.startswith("Police") or \
            unit.startswith("Parks") or unit.startswith("Public") or unit.startswith("Mosquito") or \
            unit.startswith("Emergency") or unit.startswith("Engineering") or unit.startswith("Utilities") or \
            unit.startswith("Harbor") or unit.startswith("Harbormaster") or unit.startswith("Waterfront") or \
            unit.startswith("Finance"):
        return "%s %s" % (body, unit)
    return "%s - %s" % (body, unit)


def agency_domain(body, site):
    st = {"annapolis": "md", "stuart": "fl", "beaufort": "nc"}[site]
    b = slug(body.replace("Town of ", "").replace("City of ", "").replace("County", "co"))
    d = "%s-%s.example" % (b[:28], st)
    USED_DOMAIN.add(d)
    return d

# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------


class Log:
    """field -> list of 'what' (how a rendered record deviates from canonical truth)"""

    def __init__(self):
        self.d = {}

    def add(self, field, what):
        lst = self.d.setdefault(field, [])
        if what not in lst:
            lst.append(what)

    def addall(self, field, whats):
        for w in whats:
            self.add(field, w)

    def get(self, field):
        return list(self.d.get(field, []))


ADDR_SUB = ["line1", "line2", "city", "region", "postalCode", "country"]

PHONE_FMT = {
    "paren": lambda d: "(%s) %s-%s" % (d[:3], d[3:6], d[6:]),
    "paren_tight": lambda d: "(%s)%s-%s" % (d[:3], d[3:6], d[6:]),
    "dash": lambda d: "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
    "dot": lambda d: "%s.%s.%s" % (d[:3], d[3:6], d[6:]),
    "plain": lambda d: d,
    "space": lambda d: "%s %s %s" % (d[:3], d[3:6], d[6:]),
    "intl": lambda d: "+1 %s %s %s" % (d[:3], d[3:6], d[6:]),
    "intl_dash": lambda d: "+1-%s-%s-%s" % (d[:3], d[3:6], d[6:]),
    "one_dash": lambda d: "1-%s-%s-%s" % (d[:3], d[3:6], d[6:]),
    "one_paren": lambda d: "1 (%s) %s-%s" % (d[:3], d[3:6], d[6:]),
    "e164": lambda d: "+1" + d,
    "slash": lambda d: "%s/%s-%s" % (d[:3], d[3:6], d[6:]),
}
SRC_PHONE_FMT = {
    "existing": {"paren": 65, "dash": 28, "dot": 7},
    "marina_mgmt": {"dash": 40, "paren": 25, "dot": 15, "slash": 8, "space": 7, "one_dash": 5},
    "fuel_pos": {"plain": 65, "dash": 25, "paren": 10},
    "yard_workorder": {"dash": 45, "plain": 20, "dot": 15, "paren": 15, "intl": 5},
    "web_reservation": {"plain": 30, "paren_tight": 15, "dash": 20, "space": 10, "paren": 12, "intl": 6,
                        "intl_dash": 3, "e164": 4},
    "broker_referral": {"paren": 45, "dash": 30, "dot": 15, "one_paren": 5, "intl": 5},
}


def fmt_phone(d, src):
    return PHONE_FMT[wpick_d(SRC_PHONE_FMT[src])](d)


def digit_off(d):
    i = R.randint(3, 9)
    n = str((int(d[i]) + pick([1, 2, 8, 9])) % 10)
    return d[:i] + n + d[i + 1:]


def dir_form(x, form):
    if form == "full":
        return DIRS[x]
    if form == "dot":
        return ".".join(list(x)) + "."
    return x


def type_form(t, form):
    if form == "full":
        return STREET_TYPES[t]
    if form == "dot" and t not in ("Way", "Pike", "Line", "Row", "Loop", "Path"):
        return t + "."
    return t


def unit_str(u, form="std"):
    ut, uv = u
    if not ut:
        return uv
    if form == "hash" and ut in ("Apt", "Unit", "Suite"):
        return "#" + uv
    if ut == "#":
        return "#" + uv
    if form == "ste" and ut == "Suite":
        return "Ste " + uv
    return "%s %s" % (ut, uv)


def street_line(a, tform="abbr", dform="abbr", pobox_form="PO Box"):
    if a["pobox"]:
        return "%s %s" % (pobox_form, a["pobox"])
    parts = [a["num"]]
    if a["pre"]:
        parts.append(dir_form(a["pre"], dform))
    parts.append(a["name"])
    if a["type"]:
        parts.append(type_form(a["type"], tform))
    if a["post"]:
        parts.append(dir_form(a["post"], dform))
    return " ".join(parts)


def case_apply(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


ADDR_STYLE_DEFAULT = {"tform": "abbr", "dform": "abbr", "unit": "line2", "case": "title", "city": "canon",
                      "region": "code", "zip": "five", "country": "code", "pobox": "PO Box", "slip": None,
                      "typo_line1": False, "typo_city": False, "zip_only": False, "num_typo": False}


def render_addr(a, st, L):
    """a: truth address; st: style dict (see ADDR_STYLE_DEFAULT); logs deviations into L"""
    s = dict(ADDR_STYLE_DEFAULT)
    s.update(st)
    p = PLACES[a["pkey"]]
    us = a["country"] == "US"
    # postal code
    z = a["zip"]
    if s["zip"] == "plus4" and us and a["zip4"]:
        z = "%s-%s" % (a["zip"], a["zip4"])
        L.add("address.postalCode", "zip4")
    elif s["zip"] == "none":
        z = None
    elif s["zip"] == "wrong":
        if us:
            i = R.randint(2, 4)
            z = a["zip"][:i] + str((int(a["zip"][i]) + pick([1, 3, 7])) % 10) + a["zip"][i + 1:]
        else:
            z = a["zip"][:4] + str((int(a["zip"][4]) + 1) % 10) + a["zip"][5:]
        L.add("address.postalCode", "wrong_postcode")
    elif s["zip"] == "nospace" and not us:
        z = a["zip"].replace(" ", "")
        L.add("address.postalCode", "format")
    elif s["zip"] == "lower" and not us:
        z = a["zip"].lower().replace(" ", pick(["", " "]))
        L.add("address.postalCode", "case")
    elif s["zip"] == "zip4_space" and us and a["zip4"]:
        z = "%s %s" % (a["zip"], a["zip4"])
        L.add("address.postalCode", "zip4")
    country_val = {"code": "US" if us else "CA", "USA": "USA" if us else "Canada",
                   "full": "United States" if us else "Canada", "none": None,
                   "lower": "usa" if us else "canada"}[s["country"]]
    if s["country"] in ("USA", "full", "lower"):
        L.add("address.country", "country_format")
    if s["zip_only"]:
        return {"line1": None, "line2": None, "city": None, "region": None, "postalCode": (z or a["zip"])[:5] if us else z,
                "country": None}
    # line1 / line2
    l1 = street_line(a, s["tform"], s["dform"], s["pobox"])
    if a["pobox"] and s["pobox"] != "PO Box":
        L.add("address.line1", "po_box_format")
    if s["tform"] == "full" and a["type"]:
        L.add("address.line1", "street_type_expanded")
    if s["tform"] == "dot" and a["type"] and a["type"] not in ("Way", "Pike", "Line", "Row", "Loop", "Path"):
        L.add("address.line1", "punctuation")
    if s["dform"] != "abbr" and (a["pre"] or a["post"]):
        L.add("address.line1", "directional_format")
    l2 = None
    u = a["unit"]
    if u:
        mode = s["unit"]
        if mode == "line2":
            l2 = unit_str(u)
        elif mode == "hash":
            l2 = unit_str(u, "hash")
            if u[0] in ("Apt", "Unit", "Suite"):
                L.add("address.line2", "unit_format")
        elif mode in ("merged", "merged_comma"):
            l1 = l1 + (", " if mode == "merged_comma" else " ") + unit_str(u, pick(["std", "hash"]))
            L.add("address.line1", "unit_merged")
            L.add("address.line2", "unit_merged")
        elif mode == "ca_prefix" and not us and u[0] in ("Unit", "Apt", "#") and a["num"]:
            l1 = "%s-%s" % (u[1], l1)
            L.add("address.line1", "unit_merged")
            L.add("address.line2", "unit_merged")
        elif mode == "dropped":
            L.add("address.line2", "unit_dropped")
        else:
            l2 = unit_str(u)
    if s["slip"]:
        if l2:
            l1 = l1 + ", " + l2
            L.add("address.line1", "unit_merged")
        l2 = s["slip"]
        L.add("address.line2", "slip_added")
    if s["num_typo"] and a["num"] and l1.startswith(a["num"]):
        n = a["num"]
        if len(n) >= 2 and n[0] != n[1] and chance(0.5):
            n2 = n[1] + n[0] + n[2:]
        elif len(n) >= 3 and chance(0.5):
            n2 = n[:-1]
        else:
            n2 = n[:-1] + str((int(n[-1]) + pick([1, 2, 9])) % 10)
        if n2 != n and n2 and n2[0] != "0":
            l1 = n2 + l1[len(n):]
            L.add("address.line1", "house_number_typo")
    if s["typo_line1"] and not a["pobox"]:
        t = typo(l1)
        if t != l1:
            l1 = t
            L.add("address.line1", "typo")
    # city
    city = a["city"]
    if s["city"] == "alias" and p["aliases"]:
        city = pick(p["aliases"])
        L.add("address.city", "city_alias")
    if s["typo_city"]:
        t = typo(city)
        if t != city:
            city = t
            L.add("address.city", "typo")
    # region
    reg = a["region"]
    if s["region"] == "full":
        reg = REGION_NAMES[reg]
        L.add("address.region", "region_spelled")
    elif s["region"] == "lower":
        reg = reg.lower()
        L.add("address.region", "case")
    elif s["region"] == "dotted" and us:
        reg = reg[0] + "." + reg[1] + "."
        L.add("address.region", "punctuation")
    # case
    if s["case"] in ("upper", "lower"):
        l1 = case_apply(l1, s["case"])
        l2 = case_apply(l2, s["case"])
        city = case_apply(city, s["case"])
        if s["region"] != "lower":
            reg = case_apply(reg, s["case"])
        if country_val:
            country_val = case_apply(country_val, s["case"])
        for f in ("line1", "line2", "city", "region", "country"):
            L.add("address." + f, "case")
    return {"line1": l1, "line2": l2, "city": city, "region": reg, "postalCode": z, "country": country_val}


def mangle_str(s, how):
    if s is None or not has_accent(s):
        return s
    if how == "mojibake":
        return mojibake(s)
    if how == "qmark":
        return qmark(s)
    return strip_accents(s)


MANGLE_WHAT = {"mojibake": "mangled", "qmark": "mangled", "strip": "accent_dropped"}


def mangle_addr(ad, how, L):
    if ad is None:
        return ad
    for f in ("line1", "line2", "city", "region"):
        v = ad.get(f)
        if v and has_accent(v):
            ad[f] = mangle_str(v, how)
            L.add("address." + f, MANGLE_WHAT[how])
    return ad


def clean_contact(ct):
    """empty strings -> None; all-None address -> None; enforce length limits"""
    lim = {"displayName": 100, "givenName": 100, "familyName": 100, "companyName": 100, "email": 100,
           "phone": 30}
    for k, n in lim.items():
        v = ct.get(k)
        if v is not None:
            v = re.sub(r"\s+", " ", v).strip()
            ct[k] = v[:n].rstrip() if v else None
            if ct[k] == "":
                ct[k] = None
    a = ct.get("address")
    if a is not None:
        alim = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}
        for k in ADDR_SUB:
            v = a.get(k)
            if v is not None:
                v = re.sub(r"\s+", " ", v).strip()
                a[k] = v[:alim[k]] if v else None
        if all(a.get(k) is None for k in ADDR_SUB):
            ct["address"] = None
        else:
            ct["address"] = {k: a.get(k) for k in ADDR_SUB}
    return ct


def contact(display, given, family, company, email, phone, address):
    return clean_contact({"displayName": display, "givenName": given, "familyName": family,
                          "companyName": company, "email": email, "phone": phone, "address": address})


# ---------------------------------------------------------------------------
# existing records: the accounting system's customer list
# ---------------------------------------------------------------------------


def existing_addr_style():
    return {"tform": wpick({"abbr": 86, "full": 11, "dot": 3}),
            "unit": wpick({"line2": 86, "merged": 9, "merged_comma": 5}),
            "zip": wpick({"five": 78, "plus4": 22}),
            "country": wpick({"code": 55, "USA": 25, "none": 20})}


def render_existing(c):
    L = Log()
    ch = {}
    if c.party == "person":
        given = c.given
        if c.nicks and chance(0.17):
            given = c.nicks[0]
            L.add("givenName", "nickname")
            L.add("displayName", "nickname")
        family = c.family
        if c.maiden and chance(0.4):
            family = c.maiden
            L.add("familyName", "married_name")
            L.add("displayName", "married_name")
        if chance(0.012):
            t = typo(family)
            if t != family:
                family = t
                L.add("familyName", "typo")
                L.add("displayName", "typo")
        ch["given"] = given
        ch["family"] = family
        mid = None
        if c.middle and chance(0.12):
            mid = c.middle + "."
            L.add("displayName", "middle_initial")
        if c.kind == "co_owners":
            pg = c.partner_given if not (c.partner_nicks and chance(0.2)) else c.partner_nicks[0]
            if c.partner_family:
                disp = "%s %s & %s %s" % (given, family, pg, c.partner_family)
            else:
                disp = "%s %s %s" % (given, pick(["&", "and"]), pg) + " " + family
            L.add("displayName", "co_owner_names")
            ch["couple"] = True
        else:
            disp = given + (" " + mid if mid else "") + " " + family
        if c.suffix:
            disp += " " + c.suffix
        if c.title and chance(0.4):
            disp = c.title + " " + disp
            L.add("displayName", "title")
        company = None
        # e-mail
        em = None
        r = R.random()
        if r < 0.13:
            ch["email"] = None
        elif r < 0.22 and len(c.emails) > 1:
            ch["email"] = "e1"
            L.add("email", "other_address")
        else:
            ch["email"] = "e0"
        if ch["email"]:
            em = c.emails[int(ch["email"][1:])]
        # phone
        r = R.random()
        if r < 0.08:
            ch["phone"] = None
        elif r < 0.26 and len(c.phones) > 1:
            ch["phone"] = "p1"
            L.add("phone", "other_number")
        else:
            ch["phone"] = "p0"
        ph = fmt_phone(c.phones[int(ch["phone"][1:])], "existing") if ch["phone"] else None
        # address
        ad = None
        r = R.random()
        if r < 0.1 and c.kind != "liveaboard":
            ch["addr"] = None
        else:
            ch["addr"] = "home"
            a = c.addr
            if c.addr2 is not None and chance(0.42):
                ch["addr"] = "seasonal"
                a = c.addr2
                for f in truth_addr_diff(c.addr, a):
                    L.add("address." + f, "seasonal_address")
            elif c.addr_mgr is not None and chance(0.4):
                ch["addr"] = "mgr"
                a = c.addr_mgr
                for f in truth_addr_diff(c.addr, a):
                    L.add("address." + f, "care_of_manager")
            ad = render_addr(a, existing_addr_style(), L)
        if em is None and ph is None and ad is None:
            ch["phone"] = "p0"
            ph = fmt_phone(c.phones[0], "existing")
        ct = contact(disp, given, family, company, em, ph, ad)
        return ct, L, ch
    # organisation
    disp = c.company
    comp = c.company
    given = family = None
    ch["contact"] = None
    if c.contacts and chance(0.72):
        ch["contact"] = 0
        given = c.contacts[0]["given"]
        family = c.contacts[0]["family"]
    em = None
    r = R.random()
    if r < 0.1:
        ch["email"] = None
    elif r < 0.25 and len(c.emails) > 1:
        ch["email"] = "e1"
        L.add("email", "contact_mailbox")
    else:
        ch["email"] = "e0"
    if ch["email"]:
        em = c.emails[int(ch["email"][1:])]
    ch["phone"] = "p0" if chance(0.9) else None
    ph = fmt_phone(c.phones[0], "existing") if ch["phone"] else None
    ad = None
    if chance(0.9) or (em is None and ph is None):
        ch["addr"] = "home"
        ad = render_addr(c.addr, existing_addr_style(), L)
    else:
        ch["addr"] = None
    ct = contact(disp, given, family, comp, em, ph, ad)
    return ct, L, ch


# ---------------------------------------------------------------------------
# incoming records: five upstream systems, each with its own habits,
# plus profile noise (light / medium / harsh)
# ---------------------------------------------------------------------------

PROF = {
    "light": dict(nick=.10, initial=.02, typo=.04, swap=.01, mangle=.20, legal=.30, abbr=.15, contact_change=.12,
                  e_drop=.06, e_other=.05, e_typo=.02, p_drop=.06, p_other=.05, p_digit=.01, a_drop=.08,
                  a_move=.02, a_noise=1),
    "medium": dict(nick=.22, initial=.06, typo=.12, swap=.04, mangle=.40, legal=.50, abbr=.30, contact_change=.25,
                   e_drop=.14, e_other=.15, e_typo=.06, p_drop=.14, p_other=.14, p_digit=.04, a_drop=.16,
                   a_move=.07, a_noise=2),
    "harsh": dict(nick=.32, initial=.14, typo=.25, swap=.08, mangle=.65, legal=.70, abbr=.45, contact_change=.40,
                  e_drop=.22, e_other=.28, e_typo=.12, p_drop=.22, p_other=.25, p_digit=.10, a_drop=.25,
                  a_move=.15, a_noise=4),
}
SRC_AV = {
    "marina_mgmt": {"email": .62, "phone": .93, "addr": .78},
    "fuel_pos": {"email": 0.0, "phone": .99, "addr": 0.0},
    "yard_workorder": {"email": .60, "phone": .96, "addr": .50},
    "web_reservation": {"email": 1.0, "phone": .93, "addr": .92},
    "broker_referral": {"email": .88, "phone": .82, "addr": .55},
}
SRC_NICK = {"marina_mgmt": 1.2, "fuel_pos": 0.6, "yard_workorder": 1.4, "web_reservation": 1.6, "broker_referral": 0.3}
SRC_INIT = {"marina_mgmt": 0.8, "fuel_pos": 0.3, "yard_workorder": 3.0, "web_reservation": 0.3, "broker_referral": 0.2}
SRC_SWAP = {"marina_mgmt": 1.0, "fuel_pos": 0.0, "yard_workorder": 0.6, "web_reservation": 1.6, "broker_referral": 0.2}
SRC_MID = {"marina_mgmt": .10, "fuel_pos": .5, "yard_workorder": .05, "web_reservation": .08, "broker_referral": .4}

AGENTS = []   # filled after organisations exist: brokers' and insurers' people


def site_area(site):
    return pick(PLACES[{"annapolis": "annapolis", "stuart": "stuart", "beaufort": "beaufort_nc"}[site]]["areas"])


def valid_id(x, prefix, n):
    return isinstance(x, str) and x.startswith(prefix) and x[1:].isdigit() and int(x[1:]) < n


def email_typo(e):
    local, dom = e.split("@", 1)
    if dom in EMAIL_DOMAIN_TYPOS and chance(0.6):
        return local + "@" + pick(EMAIL_DOMAIN_TYPOS[dom])
    if len(local) >= 4:
        t = typo(local, kinds=("swap", "drop", "dup", "sub"))
        if t != local:
            return t + "@" + dom
    return local + "@" + dom.replace(".", "", 1) if dom.count(".") > 1 else local + "." + "@" + dom


def pick_email(c, src, P, ref, L, force, agent, party):
    """returns value, choice id"""
    if "email" in force:
        cid = force["email"]
    else:
        if src == "fuel_pos":
            return None, None
        if src != "web_reservation" and (not chance(SRC_AV[src]["email"]) or chance(P["e_drop"])):
            return None, None
        base = ref.get("email")
        if not valid_id(base, "e", len(c.emails)):
            base = "e0"
        if src == "broker_referral" and agent is not None and chance(0.4):
            cid = "agent"
        elif chance(P["e_other"] * (1.5 if src == "web_reservation" else 1.0)):
            others = ["e%d" % i for i in range(len(c.emails)) if "e%d" % i != base]
            if others and chance(0.6):
                cid = pick(others)
            else:
                if party == "person":
                    grp = PLACES[c.home]["group"] if c.home in PLACES else "md_water"
                    e = person_email(c.given, c.family, c.nicks, grp,
                                     domain=pick(["gmail.com", "icloud.com", "gmail.com", "outlook.com"]))
                else:
                    ct = c.contacts[0] if c.contacts else {"given": "office", "family": "mail"}
                    e = register_email("%s%s" % (slug(ct["given"])[:1], slug(ct["family"])),
                                       c.domain or "gmail.com")
                c.emails.append(e)
                cid = "e%d" % (len(c.emails) - 1)
        else:
            cid = base
    if cid is None:
        return None, None
    if cid == "agent":
        val = agent["email"]
    else:
        val = c.emails[int(cid[1:])]
    rb = ref.get("email")
    if rb is not None and cid != rb:
        L.add("email", "agent_email" if cid == "agent" else ("other_address" if party == "person" else "other_mailbox"))
    elif rb is None and cid == "agent":
        L.add("email", "agent_email")
    if not force.get("exact") and chance(P["e_typo"]):
        t = email_typo(val)
        if t.lower() != val.lower():
            val = t
            L.add("email", "typo")
    return val, cid


def pick_phone(c, src, P, ref, L, force, agent):
    if "phone" in force:
        cid = force["phone"]
    else:
        if not chance(SRC_AV[src]["phone"]) or chance(P["p_drop"] * (0.4 if src == "fuel_pos" else 1.0)):
            return None, None
        base = ref.get("phone")
        if not valid_id(base, "p", len(c.phones)):
            base = "p0"
        r = R.random()
        if src == "yard_workorder" and c.boats and r < 0.3:
            cid = "captain"
        elif src == "broker_referral" and agent is not None and r < 0.25:
            cid = "agent"
        elif chance(P["p_other"]):
            others = ["p%d" % i for i in range(len(c.phones)) if "p%d" % i != base]
            if others and chance(0.65):
                cid = pick(others)
            else:
                c.phones.append(new_phone(pick(PLACES[c.home]["areas"]) if c.home in PLACES else site_area(c.site)))
                cid = "p%d" % (len(c.phones) - 1)
        else:
            cid = base
    if cid is None:
        return None, None
    if cid == "captain":
        if c.captain_phone is None:
            c.captain_phone = new_phone(site_area(c.site))
        d = c.captain_phone
    elif cid == "agent":
        d = agent["phone"]
    else:
        d = c.phones[int(cid[1:])]
    rb = ref.get("phone")
    if (rb is not None and cid != rb) or (rb is None and cid in ("captain", "agent")):
        L.add("phone", {"captain": "captain_number", "agent": "agent_number"}.get(cid, "other_number"))
    if not force.get("exact") and chance(P["p_digit"]):
        d = digit_off(d)
        L.add("phone", "digit_off")
    return fmt_phone(d, src), cid


def keep_one_phone(c, src, P, ref, L, force, agent):
    """every upstream record carries at least one way to reach the customer"""
    base = ref.get("phone")
    if not valid_id(base, "p", len(c.phones)):
        base = "p0"
    f2 = dict(force)
    f2["phone"] = base
    return pick_phone(c, src, P, ref, L, f2, agent)


def addr_style(src, P, c, caps):
    st = {}
    a_al = False
    if src == "marina_mgmt":
        st["case"] = "upper" if caps and chance(0.7) else "title"
        st["region"] = wpick({"code": 85, "full": 10, "dotted": 5})
        st["country"] = wpick({"none": 55, "code": 25, "USA": 20})
        st["zip"] = wpick({"five": 85, "plus4": 10, "none": 5})
        st["unit"] = wpick({"line2": 70, "merged": 20, "hash": 10})
        if c.slip and chance(0.3):
            st["slip"] = c.slip
    elif src == "yard_workorder":
        st["country"] = wpick({"none": 60, "code": 40})
        st["zip"] = wpick({"five": 90, "none": 10})
        st["unit"] = wpick({"line2": 60, "merged_comma": 30, "dropped": 10})
        st["case"] = "upper" if caps and chance(0.5) else "title"
    elif src == "web_reservation":
        st["case"] = wpick({"title": 60, "lower": 32, "upper": 8})
        st["tform"] = wpick({"abbr": 55, "full": 35, "dot": 10})
        st["dform"] = wpick({"abbr": 70, "full": 25, "dot": 5})
        st["unit"] = wpick({"merged": 35, "merged_comma": 20, "line2": 35, "hash": 10, "ca_prefix": 0})
        if c.addr is not None and c.addr.get("country") == "CA" and chance(0.4):
            st["unit"] = "ca_prefix"
        st["region"] = wpick({"code": 70, "full": 20, "lower": 10})
        st["country"] = wpick({"full": 30, "USA": 30, "code": 25, "none": 10, "lower": 5})
        st["zip"] = wpick({"five": 85, "plus4": 5, "wrong": 4, "nospace": 6})
        a_al = chance(0.25)
    elif src == "broker_referral":
        st["country"] = wpick({"USA": 45, "code": 30, "none": 25})
        st["zip"] = wpick({"five": 70, "plus4": 30})
        st["tform"] = wpick({"abbr": 70, "full": 30})
    if a_al:
        st["city"] = "alias"
    for _ in range(P["a_noise"]):
        if not chance(0.45):
            continue
        k = wpick({"typo_line1": 18, "typo_city": 14, "alias": 14, "zip_none": 12, "zip_wrong": 10,
                   "unit_dropped": 10, "tform_full": 12, "region_full": 10, "num_typo": 9})
        if k == "num_typo":
            st["num_typo"] = True
        elif k == "typo_line1":
            st["typo_line1"] = True
        elif k == "typo_city":
            st["typo_city"] = True
        elif k == "alias":
            st["city"] = "alias"
        elif k == "zip_none":
            st["zip"] = "none"
        elif k == "zip_wrong":
            st["zip"] = "wrong"
        elif k == "unit_dropped":
            st["unit"] = "dropped"
        elif k == "tform_full":
            st["tform"] = "full"
        elif k == "region_full":
            st["region"] = "full"
    return st


def truth_addr_diff(a, b):
    """which address sub-fields differ between two truth addresses"""
    out = []
    k1 = lambda x: (x["num"], x["pre"], x["name"], x["type"], x["post"], x["pobox"])  # noqa: E731
    if k1(a) != k1(b):
        out.append("line1")
    if a["unit"] != b["unit"]:
        out.append("line2")
    if a["city"] != b["city"]:
        out.append("city")
    if a["region"] != b["region"]:
        out.append("region")
    if a["zip"] != b["zip"] or a["zip4"] != b["zip4"]:
        out.append("postalCode")
    if a["country"] != b["country"]:
        out.append("country")
    return out


def pick_addr(c, src, P, ref, L, force, caps, party):
    if "addr" in force:
        aid = force["addr"]
    else:
        if src == "fuel_pos":
            if c.addr is not None and c.addr["country"] == "US" and chance(0.22):
                zid = "seasonal" if (c.addr2 is not None and chance(0.5)) else "home"
                rb = ref.get("addr")
                if rb in ("home", "seasonal", "mgr") and rb != zid:
                    L.add("address.postalCode", "seasonal_address" if "seasonal" in (rb, zid) else "care_of_manager")
                return render_addr(c.addr2 if zid == "seasonal" else c.addr, {"zip_only": True}, Log()), zid
            return None, None
        if not chance(SRC_AV[src]["addr"]) or chance(P["a_drop"]):
            return None, None
        base = ref.get("addr") if ref.get("addr") in ("home", "seasonal", "mgr") else "home"
        if ref.get("addr") == "moved_again" and c.moved_addr is not None:
            base = "moved_again"
        if base == "seasonal" and c.addr2 is None:
            base = "home"
        if base == "mgr" and c.addr_mgr is None:
            base = "home"
        if chance(P["a_move"]):
            aid = "moved"
        elif c.addr2 is not None and chance({"marina_mgmt": .35, "yard_workorder": .3, "web_reservation": .3,
                                             "broker_referral": .2}.get(src, .3)):
            aid = "seasonal" if base == "home" else "home"
        elif c.addr_mgr is not None and chance(0.3):
            aid = "mgr" if base == "home" else "home"
        else:
            aid = base
    if aid is None:
        return None, None
    if aid == "moved":
        if party == "person":
            pk = c.home if chance(0.65) else choose_home(c.kind if c.kind != "liveaboard" else "boat_owner", c.site)
            a = new_address(pk, unit_p=person_unit_p(pk))
        else:
            a = new_address(c.home if chance(0.5) else wpick_d(SITE_LOCAL[c.site]), unit_p=0.35,
                            unit_types=("Suite", "Unit"))
        c.moved_addr = a
    elif aid == "moved_again":
        a = c.moved_addr
    else:
        a = {"home": c.addr, "seasonal": c.addr2, "mgr": c.addr_mgr}[aid]
    st = addr_style(src, P, c, caps)
    if force.get("exact"):
        for k in ("typo_line1", "typo_city", "num_typo"):
            st.pop(k, None)
        if st.get("zip") == "wrong":
            st["zip"] = "five"
    ad = render_addr(a, st, L)
    rb = ref.get("addr")
    if rb is not None and aid != rb and not (aid == "moved_again" and rb == "moved"):
        w = {"moved": "moved", "moved_again": "moved", "seasonal": "seasonal_address", "home": "home_address",
             "mgr": "care_of_manager"}[aid]
        if rb == "seasonal" and aid == "home":
            w = "seasonal_address"
        if rb == "mgr" and aid == "home":
            w = "care_of_manager"
        old = {"home": c.addr, "seasonal": c.addr2, "mgr": c.addr_mgr, "moved_again": c.moved_addr,
               "zip": None}.get(rb)
        for f in (truth_addr_diff(old, a) if old is not None else ADDR_SUB):
            L.add("address." + f, w)
    return ad, ("moved_again" if aid == "moved" else aid)


def mangle_choice(src, P):
    if src == "fuel_pos":
        return "strip" if chance(0.7) else "qmark"
    if src == "marina_mgmt":
        return (pick(["mojibake", "mojibake", "strip"])) if chance(P["mangle"]) else None
    if src == "web_reservation":
        return "mojibake" if chance(P["mangle"] * 0.5) else None
    if src == "yard_workorder":
        return "strip" if chance(P["mangle"] * 0.6) else None
    return "strip" if chance(0.25) else None


def boat_tag(b, with_pre=True):
    if with_pre and b["pre"]:
        return "%s %s" % (b["pre"], b["name"])
    return b["name"]


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------


def render_person(c, src, prof, ref, force=None):
    force = force or {}
    P = PROF[prof]
    L = Log()
    ch = {}
    gw, fw, dw = [], [], []
    clean = force.get("name_clean", False)
    given, nicks, family = c.given, c.nicks, c.family
    couple = False
    pgiven = c.partner_given
    if c.kind == "co_owners" and not force.get("primary"):
        r = R.random()
        if r < 0.2:
            given, nicks = c.partner_given, c.partner_nicks
            gw.append("co_owner")
            dw.append("co_owner")
            if c.partner_family:
                family = c.partner_family
                fw.append("co_owner")
        elif r < 0.2 + {"web_reservation": .5, "marina_mgmt": .35, "broker_referral": .5}.get(src, .1):
            couple = True
    dw_given = []
    if ref.get("couple") and not couple:
        dw.append("co_owner_names")
    if couple:
        dw_given.append("co_owner_names")
    if c.maiden and not clean and chance(0.2):
        family = c.maiden
        fw.append("married_name")
    if "family_str" in force:
        family = force["family_str"]
    # given-name form
    if "given_str" in force:
        given = force["given_str"]
    elif not clean:
        if nicks and chance(P["nick"] * SRC_NICK[src]):
            given = pick(nicks)
            gw.append("nickname")
        elif chance(P["initial"] * SRC_INIT[src]):
            given = given[0] + "."
            gw.append("initial")
    if not clean and not force.get("exact") and src != "fuel_pos":   # card names come off the magstripe
        if chance(P["typo"]) and not given.endswith("."):
            t = typo(given)
            if t != given:
                given = t
                gw.append("typo")
        if chance(P["typo"]):
            t = typo(family)
            if t != family:
                family = t
                fw.append("typo")
    # accents
    how = None
    if has_accent(given) or has_accent(family) or (couple and has_accent(pgiven)):
        how = mangle_choice(src, P) if not force.get("exact") else None
        if how:
            if has_accent(given):
                given = mangle_str(given, how)
                gw.append(MANGLE_WHAT[how])
            if has_accent(family):
                family = mangle_str(family, how)
                fw.append(MANGLE_WHAT[how])
            pgiven = mangle_str(pgiven, how) if pgiven else pgiven
    mid = None
    if c.middle and chance(SRC_MID[src]) and not clean:
        mid = c.middle + ("" if src == "fuel_pos" else ".")
    # suffix
    suf_disp = c.suffix
    suf_fam = None
    if c.suffix and not force.get("keep_suffix"):
        r = R.random()
        if r < 0.22:
            suf_disp = None
            suf_fam = c.suffix
            fw.append("suffix_added")
        elif r < 0.45:
            suf_disp = None
            dw.append("suffix_dropped")
    if "suffix" in force:
        suf_disp = force["suffix"]
    gf = given + (" " + mid if (mid and src in ("web_reservation", "marina_mgmt", "fuel_pos")) else "")
    if mid and src in ("web_reservation", "marina_mgmt", "fuel_pos"):
        gw.append("middle_initial")
    ff = family + (" " + suf_fam if suf_fam else "")
    # swap
    swapped = False
    if not clean and chance(P["swap"] * SRC_SWAP[src]):
        gf, ff = ff, gf
        swapped = True
        L.add("givenName", "swapped")
        L.add("familyName", "swapped")
    L.addall("givenName", gw)
    L.addall("familyName", fw)
    b = pick(c.boats) if c.boats else None
    boat_what = None
    if b is not None and has_accent(b["name"]) and not force.get("exact"):
        hb = how or mangle_choice(src, P)
        if hb:
            b = dict(b)
            b["name"] = mangle_str(b["name"], hb)
            boat_what = MANGLE_WHAT[hb]
    # couple phrase
    if couple:
        pg = pgiven
        if c.partner_nicks and chance(0.3):
            pg = pick(c.partner_nicks)
        amp = pick([" & ", " and ", " & "])
        if c.partner_family:
            first_last = "%s %s%s%s %s" % (given, family, amp, pg, c.partner_family)
            last_first = "%s, %s%s%s %s" % (family, given, amp, pg, c.partner_family)
        else:
            first_last = "%s%s%s %s" % (given, amp, pg, family)
            last_first = "%s, %s%s%s" % (family, given, amp, pg)
    else:
        first_last = "%s%s %s" % (given, (" " + mid) if mid else "", family)
        last_first = "%s, %s%s" % (family, given, (" " + mid) if mid else "")
        if mid:
            dw.append("middle_initial")
    if suf_disp:
        first_last += " " + suf_disp
        last_first = last_first.replace(family + ",", family + " " + suf_disp + ",", 1)
    uses_given = True
    company = None
    case_mode = "title"
    email_case = False
    # ---- the source's own way of writing the name
    if src == "marina_mgmt":
        style = force.get("style") or wpick({"first_last": 22, "LAST, FIRST": 18, "Last, First": 14, "LAST/BOAT": 12,
                                             "Boat - First Last": 14, "PREFIX Boat (Last)": 10, "FIRST LAST": 10})
        if b is None and style in ("LAST/BOAT", "Boat - First Last", "PREFIX Boat (Last)"):
            style = "Last, First"
        if style == "first_last":
            disp = first_last
        elif style == "LAST, FIRST":
            disp = last_first.upper()
            dw += ["last_first", "case"]
        elif style == "Last, First":
            disp = last_first
            dw.append("last_first")
        elif style == "LAST/BOAT":
            disp = ("%s/%s" % (family, b["name"])).upper()
            dw += ["boat_name", "case", "given_dropped"]
            uses_given = False
        elif style == "Boat - First Last":
            disp = "%s - %s" % (b["name"], first_last)
            dw.append("boat_name")
        elif style == "PREFIX Boat (Last)":
            disp = "%s (%s)" % (boat_tag(b), family)
            dw += ["boat_name", "given_dropped"]
            uses_given = False
        else:
            disp = first_last.upper()
            dw.append("case")
        caps = disp.isupper()
        if caps and chance(0.6):
            case_mode = "upper"
            email_case = chance(0.3)
        if b is not None and not clean and chance(0.05):
            ff = "%s (%s)" % (ff, b["name"])
            L.add("familyName", "boat_name")
        if b is not None and not clean and not force.get("no_company") and chance(0.04):
            company = boat_tag(b)
            L.add("companyName", "boat_name")
        if c.title and chance(0.2):
            disp = c.title + " " + disp
            dw.append("title")
    elif src == "fuel_pos":
        fam_c = strip_accents(family).upper().replace(".", "")
        giv_c = strip_accents(gf).upper().replace(".", "")
        style = wpick({"slash": 40, "first": 35, "lastfirst": 25})
        sfx = (" " + c.suffix.upper().replace(".", "")) if (c.suffix and chance(0.5)) else ""
        if style == "slash":
            card = "%s%s/%s" % (fam_c, sfx, giv_c)
            dw += ["card_name", "last_first"]
        elif style == "first":
            card = "%s %s%s" % (giv_c, fam_c, sfx)
            dw.append("card_name")
        else:
            card = "%s%s %s" % (fam_c, sfx, giv_c)
            dw += ["card_name", "last_first"]
        dw.append("case")
        if len(card) > 26:
            card = card[:26].rstrip()
            dw.append("truncated")
        disp = card
        case_mode = "upper"
        if chance(0.35) and not force.get("keep_names"):
            gf = ff = None
            L.add("givenName", "not_collected")
            L.add("familyName", "not_collected")
        else:
            gf = giv_c if not swapped else fam_c
            ff = fam_c if not swapped else giv_c
    elif src == "yard_workorder":
        style = force.get("style") or wpick({"SV Boat c/o I. Last": 25, "Boat (Last)": 25, "Last - Boat": 20,
                                             "Boat - Make - Last": 12, "First Last": 18})
        if b is None:
            style = "First Last"
        ini = given[0] + "."
        if style == "SV Boat c/o I. Last":
            disp = "%s c/o %s %s" % (boat_tag(b), ini, family)
            dw += ["boat_name", "initial"]
        elif style == "Boat (Last)":
            disp = "%s (%s)" % (b["name"], family)
            dw += ["boat_name", "given_dropped"]
            uses_given = False
        elif style == "Last - Boat":
            disp = "%s - %s" % (family, b["name"])
            dw += ["boat_name", "given_dropped"]
            uses_given = False
        elif style == "Boat - Make - Last":
            disp = "%s - %s - %s" % (b["name"], b["make"], family)
            dw += ["boat_name", "given_dropped"]
            uses_given = False
        else:
            disp = first_last
        if chance(0.1):
            case_mode = "upper"
            disp = disp.upper()
            dw.append("case")
    elif src == "web_reservation":
        disp = first_last
        case_mode = wpick({"title": 55, "lower": 35, "upper": 10})
        if swapped:
            disp = "%s %s" % (gf, ff)
            dw.append("swapped")
        if case_mode != "title":
            disp = case_apply(disp, case_mode)
            dw.append("case")
        email_case = chance(0.08)
    else:  # broker_referral
        style = force.get("style") or wpick({"title": 32, "plain": 30, "last_first": 15, "boat": 15, "formal_couple": 8})
        ttl = c.title or ("Mr." if c.gender == "M" else pick(["Ms.", "Mrs."]))
        if style == "title":
            disp = "%s %s" % (ttl, first_last)
            dw.append("title")
        elif style == "last_first":
            disp = last_first
            dw.append("last_first")
        elif style == "boat" and b is not None:
            disp = "%s (%s)" % (first_last, b["name"])
            dw.append("boat_name")
        elif style == "formal_couple" and c.kind == "co_owners" and not c.partner_family:
            disp = "%s & %s %s %s" % (ttl if ttl != "Ms." else "Mr.", "Mrs." if c.gender == "M" else "Mr.",
                                      given, family)
            dw += ["title", "co_owner_names"]
        else:
            disp = first_last
    if uses_given:
        dw = gw + dw_given + dw
    dw = fw + dw
    if boat_what and b["name"].upper() in disp.upper():
        dw.append(boat_what)
    L.addall("displayName", dw)
    if case_mode in ("upper", "lower") and gf is not None:
        gf = case_apply(gf, case_mode)
        ff = case_apply(ff, case_mode)
        L.add("givenName", "case")
        L.add("familyName", "case")
    # broker referral: agent
    agent = None
    if src == "broker_referral":
        agent = pick(AGENTS_BY_SITE[c.site]) if AGENTS_BY_SITE.get(c.site) else pick(AGENTS)
        if not clean and chance(0.08) and not force.get("no_company"):
            company = agent["company"]
            L.add("companyName", "agent_company")
    em, ch["email"] = pick_email(c, src, P, ref, L, force, agent, "person")
    if em and email_case:
        em = em.upper() if case_mode == "upper" else em[:1].upper() + em[1:]
        if em != em.lower():
            L.add("email", "case")
    ph, ch["phone"] = pick_phone(c, src, P, ref, L, force, agent)
    ad, ch["addr"] = pick_addr(c, src, P, ref, L, force, case_mode == "upper", "person")
    if em is None and ph is None and (ad is None or not house_no(ad.get("line1"))):
        ph, ch["phone"] = keep_one_phone(c, src, P, ref, L, force, agent)
    if ad is not None and not force.get("exact"):
        h = mangle_choice(src, P) if src != "fuel_pos" else None
        if h:
            mangle_addr(ad, h, L)
    ch["given"] = given
    ch["couple"] = couple
    return contact(disp, gf, ff, company, em, ph, ad), L, ch


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------

LEGAL_VARIANTS = {"LLC": ["L.L.C.", "Llc", ", LLC", "LLC."], "Inc.": ["Inc", ", Inc.", "Incorporated", "INC"],
                  ", Inc.": ["Inc.", "Inc", ", Inc"], "Co.": ["Company", "Co"], "Ltd.": ["Ltd", "Limited"]}
ABBREVS = [("Yacht Club", "YC"), ("Management", "Mgmt"), ("Management", "Mgmt."), ("Insurance", "Ins."),
           ("Homeowners Association", "HOA"), ("Property Owners Association", "POA"),
           ("Association", "Assn."), ("Association", "Assoc."), ("Condominium", "Condo"), ("Department", "Dept."),
           ("Services", "Svcs"), ("Service", "Svc."), (" and ", " & "), (" & ", " and "), ("Point", "Pt."),
           ("Recreation", "Rec"), ("Division of", "Div. of"), ("Commission", "Comm."), ("Sportfishing", "Sport Fishing"),
           ("Brokerage", "Brokers"), ("Underwriters", "Underwriting"), ("Surveyors", "Surveying"),
           ("County", "Co."), ("Sheriff's Office", "Sheriff's Dept."), ("Sheriff's Office", "SO"),
           ("Fire Rescue", "Fire/Rescue"), ("Police Department", "PD"), ("Community", "Comm."),
           ("Charters", "Charter"), ("Foundation", "Fdn."),
           ("Florida Fish and Wildlife Conservation Commission", "FWC"), ("Maryland Natural Resources Police", "MD NRP"),
           ("NC Wildlife Resources Commission", "NCWRC"), ("NC Division of Marine Fisheries", "NC DMF"),
           ("Maryland Department of Natural Resources", "MD DNR"), ("Town of ", ""), ("City of ", ""),
           ("St. ", "Saint "), ("St. ", "St "), ("Marine", "Mar."), ("Power Squadron", "Sail & Power Squadron"),
           ("Holdings", "Hldgs"), ("Harbour", "Harbor"), ("Yachts", "Yacht Sales"), ("Engineering", "Eng.")]


def abbreviate(core):
    opts = [(a, b) for a, b in ABBREVS if a in core]
    if not opts:
        return core
    a, b = pick(opts)
    return core.replace(a, b, 1)


def org_name_variant(c, P, src, force, nw):
    core = c.core
    legal = c.legal
    clean = force.get("name_clean", False)
    prot = norm_name(force["protect"]) if force.get("protect") else None

    def ok(t):
        return prot is None or prot in norm_name(t)

    if legal and not clean and chance(P["legal"]):
        if chance(0.45):
            legal = ""
        else:
            legal = pick(LEGAL_VARIANTS.get(legal, [""]))
        nw.append("legal_form")
    elif not legal and not clean and c.kind in ("charter_company", "marine_trade", "dealer_broker") and chance(0.05):
        legal = "LLC"
        nw.append("legal_form")
    if not clean and chance(P["abbr"]):
        t = abbreviate(core)
        if t != core and ok(t):
            core = t
            nw.append("abbreviated")
    if not clean and core.startswith("The ") and chance(0.4):
        core = core[4:]
        nw.append("abbreviated")
    if not clean and not force.get("exact") and chance(P["typo"] * 0.7):
        t = typo(core)
        if t != core and ok(t):
            core = t
            nw.append("typo")
    if "'" in core and not force.get("exact") and chance(P["mangle"] * 0.6):
        r = R.random()
        if r < 0.45:
            t = core.replace("'", "")
            w = "punctuation"
        elif r < 0.8:
            t = core.replace("'", "\u2019")
            w = "punctuation"
        else:
            t = core.replace("'", mojibake("\u2019"))
            w = "mangled"
        if ok(t):
            core = t
            nw.append(w)
    return join_legal(core, legal)


def render_org(c, src, prof, ref, force=None):
    force = force or {}
    P = PROF[prof]
    L = Log()
    ch = {}
    nw = []
    name = org_name_variant(c, P, src, force, nw)
    b = pick(c.boats) if c.boats else None
    dw = list(nw)
    cw = list(nw)
    case_mode = "title"
    if src == "marina_mgmt":
        if chance(0.35):
            case_mode = "upper"
        disp = name
        if b is not None and chance(0.3):
            disp = pick(["%s (%s)" % (name, boat_tag(b)), "%s - %s" % (boat_tag(b), name)])
            dw.append("boat_name")
    elif src == "fuel_pos":
        card = strip_accents(name).upper()
        if card != name.upper():
            dw.append("accent_dropped")
            cw.append("accent_dropped")
        case_mode = "upper"
        if len(card) > 26:
            card = card[:26].rstrip(" ,-")
            dw.append("truncated")
            cw.append("truncated")
        disp = card
        name = card
        dw.append("card_name")
    elif src == "yard_workorder":
        disp = name
        if b is not None and chance(0.45):
            disp = pick(["%s - %s" % (name, boat_tag(b)), "%s (%s)" % (boat_tag(b), name)])
            dw.append("boat_name")
        if chance(0.08):
            case_mode = "upper"
    elif src == "web_reservation":
        case_mode = wpick({"title": 70, "lower": 25, "upper": 5})
        disp = name
    else:
        disp = name
        if c.kind == "insurer" and chance(0.45):
            disp = "%s - %s %s" % (name, pick(["Claim", "Claim #", "Clm", "File"]),
                                   "%s-%d-%05d" % (pick(["MD", "FL", "NC", "HM", "YT"]), R.randint(22, 25), R.randint(100, 99999)))
            dw.append("claim_reference")
        elif c.kind in ("dealer_broker",) and b is not None and chance(0.3):
            disp = "%s - re: %s" % (name, boat_tag(b))
            dw.append("boat_name")
    if case_mode in ("upper", "lower"):
        disp = case_apply(disp, case_mode)
        name = case_apply(name, case_mode)
        dw.append("case")
        cw.append("case")
    L.addall("displayName", dw)
    L.addall("companyName", cw)
    # contact person
    rc = ref.get("contact")
    if "contact" in force:
        ci = force["contact"]
    else:
        r = R.random()
        if src == "fuel_pos" and r < 0.4:
            ci = None
        elif r < P["contact_change"] and c.contacts:
            others = [i for i in range(len(c.contacts)) if i != rc]
            if others and chance(0.6):
                ci = pick(others)
            else:
                org_contacts(c, 1, {"annapolis": "md_water", "stuart": "fl", "beaufort": "nc_coast"}[c.site])
                ci = len(c.contacts) - 1
        elif r < P["contact_change"] + 0.18:
            ci = None
        else:
            ci = rc if rc is not None else (0 if c.contacts and chance(0.6) else None)
    gf = ff = None
    if ci is not None:
        ct = c.contacts[ci]
        gf = ct["given"]
        ff = ct["family"]
        if not force.get("name_clean"):
            if ct["nicks"] and chance(P["nick"] * SRC_NICK[src]):
                gf = pick(ct["nicks"])
                L.add("givenName", "nickname")
            elif chance(P["initial"] * SRC_INIT[src]):
                gf = gf[0] + "."
                L.add("givenName", "initial")
            if chance(P["typo"] * 0.5):
                t = typo(ff)
                if t != ff:
                    ff = t
                    L.add("familyName", "typo")
        if src == "fuel_pos":
            gf = strip_accents(gf).upper()
            ff = strip_accents(ff).upper()
        if rc is not None and ci != rc:
            L.add("givenName", "contact_changed")
            L.add("familyName", "contact_changed")
        if case_mode in ("upper", "lower"):
            gf = case_apply(gf, case_mode)
            ff = case_apply(ff, case_mode)
            L.add("givenName", "case")
            L.add("familyName", "case")
    ch["contact"] = ci
    agent = None
    em, ch["email"] = pick_email(c, src, P, ref, L, force, agent, "org")
    if em and case_mode == "upper" and chance(0.3):
        em = em.upper()
        L.add("email", "case")
    ph, ch["phone"] = pick_phone(c, src, P, ref, L, force, agent)
    ad, ch["addr"] = pick_addr(c, src, P, ref, L, force, case_mode == "upper", "org")
    if em is None and ph is None and (ad is None or not house_no(ad.get("line1"))):
        ph, ch["phone"] = keep_one_phone(c, src, P, ref, L, force, agent)
    return contact(disp, gf, ff, name, em, ph, ad), L, ch


def render(c, src, prof, ref, force=None):
    if c.party == "person":
        return render_person(c, src, prof, ref, force)
    return render_org(c, src, prof, ref, force)


AGENTS_BY_SITE = {}


# ---------------------------------------------------------------------------
# agents (brokers' and insurers' people) and yacht managers
# ---------------------------------------------------------------------------


def build_agents():
    for c in ALL_CUSTS:
        if c.kind not in ("dealer_broker", "insurer"):
            continue
        for ct in c.contacts:
            em = ct["email"]
            if em is None:
                if c.domain:
                    em = register_email("%s%s" % (slug(ct["given"])[0], slug(ct["family"])), c.domain)
                else:
                    em = c.emails[0]
            ph = ct["phone"] or c.phones[0]
            ag = {"given": ct["given"], "family": ct["family"], "email": em, "phone": ph,
                  "company": c.company, "site": c.site, "org": c.eid}
            AGENTS.append(ag)
            AGENTS_BY_SITE.setdefault(c.site, []).append(ag)


def attach_manager(c, mgr, share_box=None, share_phone=None):
    """an absentee owner whose boat is looked after by a yacht-management company"""
    c.manager = mgr
    if mgr.owner_box is None:
        if mgr.domain:
            mgr.owner_box = register_email(pick(["owners", "accounts", "ownerservices", "billing"]), mgr.domain)
        else:
            mgr.owner_box = mgr.emails[0]
    if share_box if share_box is not None else chance(0.7):
        c.emails.insert(0, mgr.owner_box)
    if share_phone if share_phone is not None else chance(0.5):
        c.phones.insert(0, mgr.phones[0])
    a = dict(mgr.addr)
    a["unit"] = ("", "c/o " + mgr.company)
    c.addr_mgr = a


# ---------------------------------------------------------------------------
# hard negatives: another customer under the business's rules that shares
# a name, family name, address, phone, e-mail or company stem with an
# existing customer (the anchor)
# ---------------------------------------------------------------------------

YOUNG_M = ["Tyler", "Ryan", "Kyle", "Connor", "Jake", "Evan", "Logan", "Austin", "Hunter", "Cole", "Trevor", "Brandon"]
YOUNG_F = ["Megan", "Lauren", "Kelsey", "Brittany", "Caitlin", "Hannah", "Morgan", "Taylor", "Emily", "Lindsay"]

HN_PLAN = [
    ("namesake_other_town", 13), ("namesake_same_town", 8), ("parent_child_same_name", 13),
    ("spouse_billed_apart", 13), ("household_member", 9), ("later_occupant", 11),
    ("new_owner_sold_boat", 11), ("boat_llc_vs_owner", 10), ("owner_vs_boat_llc", 6),
    ("managers_other_client", 10), ("manager_vs_managed_owner", 6), ("club_vs_sailing_school", 8),
    ("group_other_company", 10), ("agency_other_unit", 7), ("similar_name_other_trade", 8),
    ("proprietor_apart_from_firm", 7),
]

HN_RULES = {
    "namesake_other_town": "Same name as an existing boat owner but another person: other home town, other boat, "
                           "no shared e-mail, phone or address.",
    "namesake_same_town": "Same name and same town as an existing owner, but another person with another house, "
                          "boat, e-mail and phone.",
    "parent_child_same_name": "Father and son with the same name who each own a boat are two customers.",
    "spouse_billed_apart": "Spouse who keeps a boat and slip billed in their own name: a co-owner billed apart is "
                           "their own customer.",
    "household_member": "Adult child at the parents' address with a boat of their own: another customer.",
    "later_occupant": "Bought the anchor customer's former house: same address, different person and account.",
    "new_owner_sold_boat": "New owner of the boat the existing customer sold: boat name, slip and old phone stay on "
                           "the record, but the new owner is a new customer.",
    "boat_llc_vs_owner": "Boat held in an LLC and billed as the LLC: the LLC is its own customer, not the "
                         "owner's personal account.",
    "owner_vs_boat_llc": "The owner billed personally (other boat / fuel account) is another customer than the "
                         "LLC that holds his boat.",
    "managers_other_client": "Another owner whose boat is run by the same yacht-management company; the manager's "
                             "mailbox or phone is on both, but each owner billed directly is their own customer.",
    "manager_vs_managed_owner": "Owner billed directly care of the yacht-management company: the manager is its own "
                                "customer and so is each owner billed directly.",
    "club_vs_sailing_school": "A yacht club and its sailing school (same address, other mailbox) are two customers.",
    "group_other_company": "The group's other company (same owners, same domain) is billed as a separate customer.",
    "agency_other_unit": "Another department of the same county/town/state body, billed separately.",
    "similar_name_other_trade": "Unrelated business of another trade that happens to share the name stem.",
    "proprietor_apart_from_firm": "The proprietor's own boat, billed to him personally, is not the firm's account.",
}


def hn_person_like(anchor, kind="boat_owner", home=None, force_name=None, suffix=None, site=None):
    return make_person(kind, site or anchor.site, True, home=home, force_name=force_name, suffix=suffix)


def addr_of(c, choice):
    if choice == "seasonal":
        return c.addr2
    if choice == "home":
        return c.addr
    return None


def other_place(pkey, site):
    for _ in range(50):
        k = wpick_d(SITE_LOCAL[site]) if chance(0.5) else wpick_d(SITE_INLAND[site])
        if norm_name(PLACES[k]["city"]) != norm_name(PLACES[pkey]["city"]) if pkey else True:
            return k
    return "raleigh" if PLACES.get(pkey, {}).get("city") != "Raleigh" else "pittsburgh"


def build_hn(t, a, act, ach):
    """t: hn type, a: anchor Cust, act/ach: anchor's existing contact/choices.
    returns dict or None if the anchor does not fit"""
    out = {"type": t, "force": {}, "designed": [], "stem": None, "log": Log()}
    f = out["force"]
    hl = out["log"]
    P_SRC = {"marina_mgmt": 30, "web_reservation": 30, "yard_workorder": 20, "broker_referral": 20}
    if t in ("namesake_other_town", "namesake_same_town"):
        if a.party != "person" or a.kind == "co_owners" or act["givenName"] is None:
            return None
        anc_addr = addr_of(a, ach.get("addr"))
        if t == "namesake_same_town":
            if anc_addr is None or anc_addr["pobox"] or a.kind == "liveaboard":
                return None
            home = anc_addr["pkey"]
        else:
            home = other_place(anc_addr["pkey"] if anc_addr else a.home, a.site)
        h = hn_person_like(a, home=home, force_name={"given": a.given, "family": a.family, "gender": a.gender,
                                                      "nicks": a.nicks})
        h.suffix = None
        h.maiden = None
        f.update({"given_str": act["givenName"], "family_str": act["familyName"], "name_clean": True,
                  "keep_names": True, "addr": "home"})
        out["designed"] = ["name", "familyName"] + (["city"] if t == "namesake_same_town" else [])
        out["src"] = wpick(P_SRC)
    elif t == "parent_child_same_name":
        if a.party != "person" or a.gender != "M" or a.kind in ("co_owners", "liveaboard") or \
                a.suffix in ("II", "III") or act["givenName"] is None:
            return None
        anc_addr = addr_of(a, ach.get("addr"))
        suf = "Jr." if a.suffix in (None, "Sr.") else "Sr."
        same_addr = anc_addr is not None and not anc_addr["pobox"] and chance(0.5)
        if not same_addr and ach.get("phone") is None:
            if anc_addr is None or anc_addr["pobox"]:
                return None
            same_addr = True
        home = anc_addr["pkey"] if anc_addr else a.home
        h = hn_person_like(a, home=home, force_name={"given": a.given, "family": a.family, "gender": "M",
                                                      "nicks": a.nicks}, suffix=suf)
        h.maiden = None
        f.update({"given_str": act["givenName"], "family_str": act["familyName"], "name_clean": True,
                  "keep_names": True, "suffix": suf, "keep_suffix": True})
        if same_addr:
            h.addr = anc_addr
            f["addr"] = "home"
            out["designed"] = ["name", "familyName", "address"]
        else:
            h.phones.insert(0, a.phones[int(ach["phone"][1:])])
            f["phone"] = "p0"
            f["addr"] = "home"
            out["designed"] = ["name", "familyName", "phone"]
        hl.add("displayName", "suffix")
        out["src"] = wpick({"marina_mgmt": 35, "web_reservation": 35, "yard_workorder": 30})
        f["style"] = {"marina_mgmt": pick(["first_last", "Last, First", "LAST, FIRST"]),
                      "yard_workorder": "First Last"}.get(out["src"])
    elif t in ("spouse_billed_apart", "household_member"):
        if a.party != "person" or a.kind in ("co_owners", "liveaboard"):
            return None
        anc_addr = addr_of(a, ach.get("addr"))
        if anc_addr is None or act["familyName"] is None:
            return None
        grp = PLACES[anc_addr["pkey"]]["group"]
        keep_family = True
        if t == "spouse_billed_apart":
            g = "F" if a.gender == "M" else "M"
            keep_family = chance(0.75)
            if keep_family:
                nm = gen_name(grp, gender=g, family=a.family)
            else:
                nm = gen_name(grp, gender=g)
        else:
            g = pick(["M", "F"])
            nm = gen_name(grp, gender=g, family=a.family, given=pick(YOUNG_M if g == "M" else YOUNG_F))
        h = hn_person_like(a, home=anc_addr["pkey"], force_name={"given": nm["given"], "family": nm["family"],
                                                                  "gender": g, "nicks": nm["nicks"]})
        USED_PERSON.add((norm_name(nm["given"]), norm_name(nm["family"])))
        h.addr = anc_addr
        h.addr2 = None
        h.maiden = None
        h.suffix = None
        f["addr"] = "home"
        out["designed"] = ["address"]
        if keep_family:
            f["family_str"] = act["familyName"]
            f["name_clean"] = True
            out["designed"].append("familyName")
        if t == "spouse_billed_apart" and ach.get("phone") is not None and chance(0.4):
            h.phones.insert(0, a.phones[int(ach["phone"][1:])])
            f["phone"] = "p0"
            out["designed"].append("phone")
        hl.add("givenName", "spouse" if t == "spouse_billed_apart" else "household_member")
        hl.add("displayName", "spouse" if t == "spouse_billed_apart" else "household_member")
        out["src"] = wpick({"web_reservation": 45, "marina_mgmt": 35, "broker_referral": 20})
    elif t == "later_occupant":
        if a.party != "person" or a.kind == "liveaboard":
            return None
        anc_addr = addr_of(a, ach.get("addr"))
        if anc_addr is None or anc_addr["pobox"] or ach.get("addr") != "home":
            return None
        h = hn_person_like(a, home=anc_addr["pkey"])
        h.addr = anc_addr
        h.addr2 = None
        f["addr"] = "home"
        out["designed"] = ["address"]
        hl.add("displayName", "other_person")
        out["src"] = wpick({"web_reservation": 45, "marina_mgmt": 30, "broker_referral": 25})
    elif t == "new_owner_sold_boat":
        if a.party != "person" or not a.boats or ach.get("phone") is None:
            return None
        h = hn_person_like(a, home=wpick_d(SITE_LOCAL[a.site]) if chance(0.6) else None)
        h.boats = [dict(a.boats[0])]
        h.slip = a.slip
        h.phones.insert(0, a.phones[int(ach["phone"][1:])])
        f["phone"] = "p0"
        out["designed"] = ["phone"]
        hl.add("displayName", "new_owner")
        out["src"] = wpick({"marina_mgmt": 65, "yard_workorder": 35})
        f["style"] = pick(["Boat - First Last", "PREFIX Boat (Last)", "LAST/BOAT"]) if out["src"] == "marina_mgmt" \
            else pick(["Boat (Last)", "SV Boat c/o I. Last", "Boat - Make - Last"])
    elif t == "boat_llc_vs_owner":
        if a.party != "person" or a.kind == "co_owners" or act["givenName"] is None:
            return None
        if ach.get("email") is None and ach.get("phone") is None:
            return None
        h = Cust("org", "boat_llc", a.site, True)
        b = pick(a.boats)["name"]
        h.core = wpick({"%s Holdings" % b: 40, "%s Marine" % b: 20, "%s Yacht Holdings" % b: 15,
                        "%s Maritime" % a.family: 15, "%s Yachting" % a.family: 10})
        h.legal = "LLC"
        h.stem = h.core
        h.boats = [dict(pick(a.boats))]
        h.contacts = [{"given": act["givenName"], "family": act["familyName"], "nicks": [], "gender": a.gender,
                       "email": None, "phone": None}]
        h.home = a.home
        if chance(0.5):
            h.addr = addr_of(a, ach.get("addr")) or a.addr
        else:
            h.addr = new_address("wilmington_de", unit_p=1.0, unit_types=("Suite",), street="N Market St")
            h.home = "wilmington_de"
        share = []
        if ach.get("email") is not None and (ach.get("phone") is None or chance(0.6)):
            h.emails = [a.emails[int(ach["email"][1:])]]
            h.phones = [new_phone(pick(PLACES[a.home]["areas"]))]
            f["email"] = "e0"
            share.append("email")
        else:
            h.phones = [a.phones[int(ach["phone"][1:])]]
            h.emails = [register_email("%sllc" % slug(b), "gmail.com")]
            f["phone"] = "p0"
            share.append("phone")
        f["contact"] = 0
        f["name_clean"] = True
        out["designed"] = ["name"] + share
        hl.add("displayName", "llc_name")
        hl.add("companyName", "llc_name")
        out["src"] = wpick({"marina_mgmt": 40, "yard_workorder": 30, "broker_referral": 30})
    elif t == "owner_vs_boat_llc":
        if a.kind != "boat_llc" or act["givenName"] is None or not a.contacts:
            return None
        if ach.get("contact") != 0 or (ach.get("email") is None and ach.get("phone") is None):
            return None
        ct = a.contacts[0]
        h = hn_person_like(a, home=a.home if a.home in PLACES and PLACES[a.home]["group"] not in ("ne",) else None,
                           force_name={"given": ct["given"], "family": ct["family"], "gender": ct["gender"],
                                       "nicks": ct["nicks"]})
        h.suffix = None
        h.maiden = None
        f.update({"given_str": act["givenName"], "family_str": act["familyName"], "name_clean": True,
                  "keep_names": True})
        share = []
        em = a.emails[int(ach["email"][1:])] if ach.get("email") else None
        if em is not None and em.split("@")[1] in FREEMAIL_ALL and chance(0.6):
            h.emails.insert(0, em)
            f["email"] = "e0"
            share.append("email")
        elif ach.get("phone") is not None:
            h.phones.insert(0, a.phones[int(ach["phone"][1:])])
            f["phone"] = "p0"
            share.append("phone")
        else:
            return None
        out["designed"] = ["name"] + share
        hl.add("displayName", "owner_personal")
        hl.add("companyName", "owner_personal")
        out["src"] = wpick({"marina_mgmt": 40, "web_reservation": 35, "yard_workorder": 25})
    elif t == "managers_other_client":
        if a.kind != "managed_owner" or a.manager is None:
            return None
        em = a.emails[int(ach["email"][1:])] if ach.get("email") else None
        ph = a.phones[int(ach["phone"][1:])] if ach.get("phone") else None
        sb = em is not None and em == a.manager.owner_box
        sp = ph is not None and ph == a.manager.phones[0]
        if not sb and not sp:
            return None
        h = make_person("managed_owner", a.site, True)
        attach_manager(h, a.manager, share_box=sb, share_phone=sp)
        out["designed"] = []
        if sb:
            f["email"] = "e0"
            out["designed"].append("email")
        if sp:
            f["phone"] = "p0"
            out["designed"].append("phone")
        hl.add("displayName", "other_owner")
        out["src"] = wpick({"marina_mgmt": 35, "yard_workorder": 35, "broker_referral": 30})
    elif t == "manager_vs_managed_owner":
        if a.kind != "yacht_management" or ach.get("addr") is None or ach.get("phone") != "p0":
            return None
        h = make_person("managed_owner", a.site, True)
        attach_manager(h, a, share_box=True, share_phone=chance(0.6))
        f["addr"] = "mgr"
        f["email"] = "e0"
        out["designed"] = ["address"]
        hl.add("displayName", "managed_owner")
        hl.add("companyName", "managed_owner")
        out["src"] = wpick({"marina_mgmt": 50, "yard_workorder": 50})
    elif t == "club_vs_sailing_school":
        if a.kind != "yacht_club" or ach.get("addr") is None or getattr(a, "school", None) is not None:
            return None
        h = make_org("sailing_school", a.site, True, club=a)
        a.school = h
        f.update({"addr": "home", "email": "e0", "protect": a.stem})
        out["designed"] = ["company_stem", "address"]
        out["stem"] = a.stem
        hl.add("displayName", "sailing_school")
        hl.add("companyName", "sailing_school")
        out["src"] = wpick({"marina_mgmt": 40, "web_reservation": 35, "fuel_pos": 25})
        if out["src"] == "fuel_pos":
            out["src"] = "marina_mgmt"
    elif t == "group_other_company":
        if a.kind not in ("dealer_broker", "charter_company", "yacht_management", "marine_trade") or not a.domain:
            return None
        if ach.get("email") is None:
            return None
        trades = [x for x in GROUP_TRADES if x != a.trade and x not in a.core]
        tr = pick(trades)
        kind = {"Yacht Sales": "dealer_broker", "Yacht Brokerage": "dealer_broker", "Yacht Charters": "charter_company",
                "Boat Rentals": "charter_company", "Boat Club": "charter_company",
                "Yacht Management": "yacht_management", "Marine Service": "marine_trade",
                "Marine Electronics": "marine_trade", "Boat Storage": "marine_trade",
                "Sailing School": "sailing_school"}[tr]
        if kind == "sailing_school":
            kind = "charter_company"
        h = make_org(kind, a.site, True, stem=a.stem, trade=tr,
                     pkey=a.home if chance(0.5) else None)
        h.domain = a.domain
        used_boxes = [e.split("@")[0] for e in a.emails]
        box = pick([x for x in ["sales", "charters", "service", "storage", "rentals", "info", "office", "parts",
                                "accounts"] if x not in used_boxes])
        h.emails = [register_email(box, a.domain)]
        if chance(0.4):
            h.addr = a.addr
            h.home = a.home
        f.update({"email": "e0", "addr": "home", "protect": a.stem})
        out["designed"] = ["company_stem", "email_domain"]
        out["stem"] = a.stem
        hl.add("displayName", "other_company")
        hl.add("companyName", "other_company")
        out["src"] = wpick({"marina_mgmt": 40, "broker_referral": 30, "yard_workorder": 30})
    elif t == "agency_other_unit":
        if a.kind != "agency" or ach.get("email") is None:
            return None
        units = [u for u in agency_units(a.body) if (a.body, u) not in USED_AGENCY]
        if not units:
            return None
        h = make_org("agency", a.site, True, body=a.body, unit=pick(units))
        if chance(0.4):
            h.addr = dict(a.addr)
            h.addr["unit"] = ("Suite", str(pick([100, 110, 200, 210, 300])))
            if a.addr["unit"] == h.addr["unit"]:
                h.addr["unit"] = ("Room", str(R.randint(101, 350)))
        f.update({"email": "e0", "protect": a.body})
        out["designed"] = ["company_stem", "email_domain"]
        out["stem"] = a.body
        hl.add("displayName", "other_unit")
        hl.add("companyName", "other_unit")
        out["src"] = wpick({"marina_mgmt": 40, "fuel_pos": 30, "yard_workorder": 30})
    elif t == "similar_name_other_trade":
        if a.kind not in ("yacht_management", "charter_company", "dealer_broker", "marine_surveyor", "insurer",
                          "marine_trade", "yacht_club", "sailing_school") or not a.stem or \
                STEM_KIND.get(a.stem) != "place":
            return None
        h = Cust("org", "local_business", a.site, True)
        h.stem = a.stem
        h.trade = pick(OTHER_TRADES)
        h.core = "%s %s" % (a.stem, h.trade)
        h.legal = wpick({"LLC": 55, "Inc.": 30, "": 15})
        grp = {"annapolis": "md_water", "stuart": "fl", "beaufort": "nc_coast"}[a.site]
        org_contacts(h, 1, grp)
        if chance(0.6):
            h.domain = new_domain(a.stem + slug(h.trade)[:10])
            finish_org_contact_mail(h, ["info", "office", "hello"])
        else:
            ct = h.contacts[0]
            h.emails.append(register_email(slug(a.stem)[:14] + slug(h.trade)[:10], pick_freemail(grp)))
        org_address(h, a.site, (a.home if chance(0.5) else None), unit_p=0.3)
        h.phones.append(new_phone(pick(PLACES[h.home]["areas"])))
        f.update({"protect": a.stem})
        out["designed"] = ["company_stem"]
        out["stem"] = a.stem
        hl.add("displayName", "other_trade")
        hl.add("companyName", "other_trade")
        out["src"] = wpick({"marina_mgmt": 35, "web_reservation": 30, "yard_workorder": 20, "fuel_pos": 15})
    elif t == "proprietor_apart_from_firm":
        if a.kind not in ("marine_surveyor", "marine_trade", "charter_company", "dealer_broker") or \
                act["givenName"] is None or ach.get("contact") is None:
            return None
        ct = a.contacts[ach["contact"]]
        em = a.emails[int(ach["email"][1:])] if ach.get("email") else None
        ph = a.phones[int(ach["phone"][1:])] if ach.get("phone") else None
        h = hn_person_like(a, home=wpick_d(SITE_LOCAL[a.site]),
                           force_name={"given": ct["given"], "family": ct["family"], "gender": ct["gender"],
                                       "nicks": ct["nicks"]})
        h.suffix = None
        h.maiden = None
        f.update({"given_str": act["givenName"], "family_str": act["familyName"], "name_clean": True,
                  "keep_names": True})
        share = []
        if em is not None and em.split("@")[1] in FREEMAIL_ALL:
            h.emails.insert(0, em)
            f["email"] = "e0"
            share.append("email")
        elif ph is not None:
            h.phones.insert(0, ph)
            f["phone"] = "p0"
            share.append("phone")
        elif ct.get("phone"):
            h.phones.insert(0, ct["phone"])
            f["phone"] = "p0"
        out["designed"] = ["name"] + share
        hl.add("displayName", "proprietor_personal")
        hl.add("companyName", "proprietor_personal")
        out["src"] = wpick({"web_reservation": 40, "marina_mgmt": 35, "yard_workorder": 25})
    else:
        raise ValueError(t)
    out["cust"] = h
    return out


# ---------------------------------------------------------------------------
# evidence, sharing and findability (check.py re-implements these rules)
# ---------------------------------------------------------------------------
from fractions import Fraction  # noqa: E402

FREEMAIL_ALL = sorted(set(FREEMAIL_ALL + ["yahoo.ca", "gmail.com", "hotmail.com", "icloud.com", "outlook.com"]))
FREEMAIL_SET = set(FREEMAIL_ALL)
NAME_STOP = set("llc inc incorporated co corp corporation company ltd lp pllc the and of mr mrs ms dr capt "
                "jr sr ii iii iv sv mv my fv cdr col rev hon".split())
SUFFIX_TOK = set(["jr", "sr", "ii", "iii", "iv"])


def name_tokens(ct):
    out = set()
    for f in ("displayName", "givenName", "familyName", "companyName"):
        v = ct.get(f)
        if not v:
            continue
        for t in re.split(r"[^a-z0-9]+", strip_accents(v).casefold()):
            if len(t) >= 2 and t not in NAME_STOP:
                out.add(t)
    return out


def jacc(a, b):
    u = len(a | b)
    return Fraction(len(a & b), u) if u else Fraction(0)


def city_key(ct):
    a = ct.get("address")
    if not a or not a.get("city"):
        return None
    s = strip_accents(a["city"]).casefold()
    s = re.sub(r"\bsaint\b", "st", s)
    s = re.sub(r"[^a-z0-9]", "", s)
    return s or None


def email_key(ct):
    e = ct.get("email")
    return e.strip().lower() if e else None


def phone_key(ct):
    d = digits_of(ct.get("phone"))
    return d if len(d) == 10 else None


def postal_key(p):
    if not p:
        return None
    s = re.sub(r"[^A-Za-z0-9]", "", p).upper()
    if len(s) >= 5 and s[:5].isdigit():
        return s[:5]
    return s or None


def house_no(line1):
    if not line1:
        return None
    s = strip_accents(line1).lower().strip()
    m = re.match(r"^(?:p\.?\s*o\.?\s*box|pob|post office box|box)\s*#?\s*(\d+)", s)
    if m:
        return "box" + m.group(1)
    s = re.sub(r"^\d+[a-z]?\s*-\s*(?=\d)", "", s)
    m = re.search(r"\d+", s)
    return m.group(0) if m else None


def addr_shared(x, y):
    a, b = x.get("address"), y.get("address")
    if not a or not b:
        return False
    ha, hb = house_no(a.get("line1")), house_no(b.get("line1"))
    if not ha or ha != hb:
        return False
    pa, pb = postal_key(a.get("postalCode")), postal_key(b.get("postalCode"))
    if pa and pa == pb:
        return True
    ca, cb = city_key(x), city_key(y)
    return bool(ca and ca == cb)


def evidence(x, y):
    ev = []
    if email_key(x) and email_key(x) == email_key(y):
        ev.append("email")
    if phone_key(x) and phone_key(x) == phone_key(y):
        ev.append("phone")
    if addr_shared(x, y):
        ev.append("address")
    return ev


def given_key(ct):
    g = ct.get("givenName")
    if not g:
        return None
    toks = g.split()
    return (norm_name(toks[0]) or None) if toks else None


def family_key(ct):
    f = ct.get("familyName")
    if not f:
        return None
    toks = [norm_name(t) for t in f.split()]
    toks = [t for t in toks if t and t not in SUFFIX_TOK]
    return "".join(toks) or None


def company_key(ct):
    v = ct.get("companyName")
    if not v:
        return None
    toks = [t for t in re.split(r"[^a-z0-9]+", strip_accents(v).casefold()) if t and t not in NAME_STOP]
    return " ".join(toks) or None


def email_domain(ct):
    e = email_key(ct)
    if not e or "@" not in e:
        return None
    return e.split("@", 1)[1]


def stem_in(stem, ct):
    k = norm_name(stem)
    for f in ("companyName", "displayName"):
        if ct.get(f) and k in norm_name(ct[f]):
            return True
    return False


def shared_items(x, y, stem=None):
    sh = []
    gx, gy, fx, fy = given_key(x), given_key(y), family_key(x), family_key(y)
    cx, cy = company_key(x), company_key(y)
    if (gx and fx and gx == gy and fx == fy) or (cx and cx == cy):
        sh.append("name")
    if fx and fx == fy:
        sh.append("familyName")
    if email_key(x) and email_key(x) == email_key(y):
        sh.append("email")
    dx, dy = email_domain(x), email_domain(y)
    if dx and dx == dy and dx not in FREEMAIL_SET:
        sh.append("email_domain")
    if phone_key(x) and phone_key(x) == phone_key(y):
        sh.append("phone")
    if addr_shared(x, y):
        sh.append("address")
    if city_key(x) and city_key(x) == city_key(y):
        sh.append("city")
    if stem and stem_in(stem, x) and stem_in(stem, y):
        sh.append("company_stem")
    return sh


FIND_MIN = Fraction(3, 10)
FIND_MARGIN = Fraction(3, 20)


def findable_by_name_city(ct, cmp_ct, pool, self_ids):
    """pool: list of (entity, contact, id); compared record must be the clear best
    name match among the pool's records of the same city"""
    ck = city_key(ct)
    if ck is None or ck != city_key(cmp_ct):
        return False
    t = name_tokens(ct)
    s0 = jacc(t, name_tokens(cmp_ct))
    if s0 < FIND_MIN:
        return False
    for ent, other, oid in pool:
        if oid in self_ids:
            continue
        if city_key(other) != ck:
            continue
        if jacc(t, name_tokens(other)) > s0 - FIND_MARGIN:
            return False
    return True


# ---------------------------------------------------------------------------
# change lists
# ---------------------------------------------------------------------------

TOP_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
LOOSE_WHATS = set(["punctuation", "accent_dropped", "case", "legal_form", "directional_format", "unit_format",
                   "format", "po_box_format", "street_type_expanded"])


def loose(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).casefold())


def diff_fields(a, b):
    out = []
    for f in TOP_FIELDS:
        if a.get(f) != b.get(f):
            out.append(f)
    aa, bb = a.get("address"), b.get("address")
    if (aa is None) != (bb is None):
        out.append("address")
    elif aa is not None:
        for sf in ADDR_SUB:
            if aa.get(sf) != bb.get(sf):
                out.append("address." + sf)
    return out


def labels_for(field, old, new, whats):
    if new is None:
        return ["missing"]
    if old is None:
        return whats or ["added"]
    if field == "phone":
        if digits_of(old) == digits_of(new) and len(digits_of(new)) == 10:
            return ["format"]
        w = [x for x in whats if x != "format"]
        return w or ["other_number"]
    if field == "email":
        if old.strip().lower() == new.strip().lower():
            return ["case"]
        w = [x for x in whats if x != "case"]
        return w or ["other_address"]
    if old.casefold() == new.casefold():
        return ["case"]
    if loose(old) == loose(new):
        w = [x for x in whats if x in LOOSE_WHATS]
        return w or ["punctuation"]
    w = [x for x in whats if x not in ("format",)]
    return w or ["changed"]


def changes_for(cmp_ct, ct, logs, default=None):
    out = []
    for f in diff_fields(cmp_ct, ct):
        whats = []
        for L in logs:
            for w in L.get(f):
                if w not in whats:
                    whats.append(w)
        if f == "address":
            ws = ["missing"] if ct["address"] is None else ["added"]
            if default and ct["address"] is not None:
                ws = [default]
        else:
            if f.startswith("address."):
                sf = f.split(".", 1)[1]
                old, new = cmp_ct["address"].get(sf), ct["address"].get(sf)
            else:
                old, new = cmp_ct.get(f), ct.get(f)
            if default and not whats and old is not None and new is not None and f not in ("phone", "email"):
                whats = [default]
            if default and f in ("phone", "email") and not whats:
                whats = [default]
            ws = labels_for(f, old, new, whats)
        for w in ws:
            out.append("%s:%s" % (f, w))
    return out


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

E_PERSON = {"boat_owner": 600, "snowbird": 130, "canadian_snowbird": 75, "co_owners": 105, "liveaboard": 40,
            "managed_owner": 55, "fuel_customer": 45}
E_ORG = {"boat_llc": 115, "yacht_management": 30, "charter_company": 45, "yacht_club": 22, "sailing_school": 14,
         "marine_surveyor": 25, "insurer": 35, "dealer_broker": 45, "hoa": 40, "agency": 32, "marine_trade": 47}
N_PERSON = {"boat_owner": 160, "snowbird": 35, "canadian_snowbird": 20, "co_owners": 28, "liveaboard": 10,
            "managed_owner": 12, "fuel_customer": 15}
N_ORG = {"boat_llc": 30, "yacht_management": 8, "charter_company": 12, "yacht_club": 4, "sailing_school": 4,
         "marine_surveyor": 7, "insurer": 10, "dealer_broker": 12, "hoa": 10, "agency": 8, "marine_trade": 15}
SITE_W = {"annapolis": 45, "stuart": 30, "beaufort": 25}
N_EXISTING_NAMESAKES = 15
N_EXISTING_FATHER_SON = 6
N_LINKED_SCHOOLS = 5

SRC_PERSON = {"marina_mgmt": 30, "fuel_pos": 14, "yard_workorder": 18, "web_reservation": 24, "broker_referral": 14}
SITE_SRC_MULT = {"annapolis": {"marina_mgmt": 1.3, "fuel_pos": 0.5, "yard_workorder": 0.7},
                 "stuart": {"fuel_pos": 2.0, "yard_workorder": 0.6},
                 "beaufort": {"yard_workorder": 2.2, "marina_mgmt": 0.6, "fuel_pos": 0.7}}
KIND_SRC_MULT = {"fuel_customer": {"fuel_pos": 4.0}, "liveaboard": {"marina_mgmt": 2.0},
                 "managed_owner": {"broker_referral": 1.5, "yard_workorder": 1.5, "web_reservation": 0.5},
                 "snowbird": {"web_reservation": 1.2}, "canadian_snowbird": {"web_reservation": 1.3}}
SRC_ORG = {
    "boat_llc": {"marina_mgmt": 30, "fuel_pos": 15, "yard_workorder": 25, "web_reservation": 10, "broker_referral": 20},
    "yacht_management": {"marina_mgmt": 30, "fuel_pos": 20, "yard_workorder": 35, "web_reservation": 5,
                         "broker_referral": 10},
    "charter_company": {"marina_mgmt": 30, "fuel_pos": 35, "yard_workorder": 25, "web_reservation": 5,
                        "broker_referral": 5},
    "yacht_club": {"marina_mgmt": 40, "fuel_pos": 15, "yard_workorder": 15, "web_reservation": 25,
                   "broker_referral": 5},
    "sailing_school": {"marina_mgmt": 35, "fuel_pos": 25, "yard_workorder": 20, "web_reservation": 20},
    "marine_surveyor": {"marina_mgmt": 20, "yard_workorder": 45, "web_reservation": 15, "broker_referral": 20},
    "insurer": {"broker_referral": 55, "yard_workorder": 35, "marina_mgmt": 10},
    "dealer_broker": {"marina_mgmt": 30, "yard_workorder": 30, "broker_referral": 30, "web_reservation": 10},
    "hoa": {"marina_mgmt": 45, "web_reservation": 35, "yard_workorder": 20},
    "agency": {"marina_mgmt": 30, "fuel_pos": 45, "yard_workorder": 25},
    "marine_trade": {"marina_mgmt": 35, "yard_workorder": 30, "fuel_pos": 20, "web_reservation": 15},
}
PROFILE_W = {"light": 40, "medium": 40, "harsh": 20}


def choose_source(c, ref_ct=None):
    if c.party == "person":
        w = dict(SRC_PERSON)
        for k, m in SITE_SRC_MULT[c.site].items():
            w[k] = w[k] * m
        for k, m in KIND_SRC_MULT.get(c.kind, {}).items():
            w[k] = w[k] * m
    else:
        w = dict(SRC_ORG[c.kind])
    if ref_ct is not None and phone_key(ref_ct) is None:
        w.pop("fuel_pos", None)
    return wpick_d(w)


def site_for(kind):
    if kind == "snowbird":
        return wpick({"stuart": 80, "beaufort": 12, "annapolis": 8})
    if kind == "canadian_snowbird":
        return wpick({"stuart": 85, "beaufort": 15})
    if kind == "fuel_customer":
        return wpick({"stuart": 70, "annapolis": 15, "beaufort": 15})
    return wpick_d(SITE_W)


def build_customers():
    existing, new = [], []
    # organisations first (managers, brokers and insurers are needed by persons)
    order = ["yacht_management", "dealer_broker", "insurer", "charter_company", "marine_surveyor", "marine_trade",
             "yacht_club", "sailing_school", "hoa", "agency", "boat_llc"]
    clubs = []
    for kind in order:
        for is_new, n in ((False, E_ORG[kind]), (True, N_ORG[kind])):
            for i in range(n):
                site = site_for(kind)
                if kind == "sailing_school" and not is_new and i < N_LINKED_SCHOOLS:
                    club = clubs[i]
                    c = make_org(kind, club.site, False, club=club)
                    club.school = c
                else:
                    c = make_org(kind, site, is_new)
                if kind == "yacht_club" and not is_new:
                    clubs.append(c)
                (new if is_new else existing).append(c)
    build_agents()
    managers = [c for c in existing + new if c.kind == "yacht_management"]
    # persons
    for is_new, plan in ((False, E_PERSON), (True, N_PERSON)):
        for kind, n in plan.items():
            if kind == "boat_owner" and not is_new:
                n -= N_EXISTING_NAMESAKES + N_EXISTING_FATHER_SON
            for i in range(n):
                c = make_person(kind, site_for(kind), is_new)
                if kind == "managed_owner":
                    same = [m for m in managers if m.site == c.site] or managers
                    attach_manager(c, pick(same))
                (new if is_new else existing).append(c)
    # designed existing namesakes (same name, other person elsewhere) and father/son pairs
    owners = [c for c in existing if c.kind == "boat_owner" and c.suffix is None]
    for i in range(N_EXISTING_NAMESAKES):
        src = owners[i * 7]
        site = pick([s for s in SITE_W if s != src.site])
        c = make_person("boat_owner", site, False,
                        force_name={"given": src.given, "family": src.family, "gender": src.gender,
                                    "nicks": src.nicks})
        existing.append(c)
    for i in range(N_EXISTING_FATHER_SON):
        dad = owners[200 + i * 9]
        if dad.gender != "M":
            dad.gender = "M"
        dad.suffix = "Sr." if chance(0.5) else None
        son = make_person("boat_owner", dad.site, False, home=dad.home,
                          force_name={"given": dad.given, "family": dad.family, "gender": "M", "nicks": dad.nicks},
                          suffix="Jr.")
        if chance(0.5):
            son.addr = dad.addr
        existing.append(son)
    assert len(existing) == N_EXISTING, len(existing)
    return existing, new


def disambiguate(ex_recs):
    groups = {}
    for r in ex_recs:
        groups.setdefault(r["contact"]["displayName"].casefold(), []).append(r)
    taken = set(groups.keys())
    for key in sorted(groups.keys()):
        rs = groups[key]
        if len(rs) < 2:
            continue
        rs.sort(key=lambda r: r["entity"])
        for n, r in enumerate(rs[1:], start=2):
            ct = r["contact"]
            base = ct["displayName"]
            city = ct["address"]["city"] if ct["address"] and ct["address"].get("city") else None
            cand = "%s (%s)" % (base, city) if city and chance(0.7) else "%s (%d)" % (base, n)
            k = 2
            while cand.casefold() in taken:
                k += 1
                cand = "%s (%d)" % (base, k)
            taken.add(cand.casefold())
            ct["displayName"] = cand[:100]
            r["log"].add("displayName", "disambiguation")


def build():
    existing, new = build_customers()
    # ---------------- existing records
    ex_recs = []
    for c in existing:
        ct, L, ch = render_existing(c)
        ex_recs.append({"entity": c.eid, "cust": c, "contact": ct, "log": L, "ch": ch})
    disambiguate(ex_recs)
    ex_recs.sort(key=lambda r: (r["contact"]["displayName"].casefold(), r["entity"]))
    ex_index = {}
    for i, r in enumerate(ex_recs):
        r["index"] = i
        ex_index[r["entity"]] = i
    # ---------------- matches
    inc = []
    picked = R.sample(ex_recs, sum(n for _, n in MATCH_PLAN))
    pos = 0
    for times, n in MATCH_PLAN[::-1]:
        for r in picked[pos:pos + n]:
            for k in range(times):
                c = r["cust"]
                src = choose_source(c, r["contact"])
                prof = wpick_d(PROFILE_W)
                ct, L, ch = render(c, src, prof, r["ch"])
                inc.append({"entity": c.eid, "cust": c, "category": "match", "contact": ct, "log": L, "ch": ch,
                            "source": src, "profile": prof, "cmp": r})
        pos += n
    # ---------------- new customers
    new_list = list(new)
    R.shuffle(new_list)
    pos = 0
    for times, n in NEW_PLAN[::-1]:
        for c in new_list[pos:pos + n]:
            src = choose_source(c)
            prof = wpick({"light": 50, "medium": 40, "harsh": 10})
            ct, L, ch = render(c, src, prof, {}, {"no_company": True})
            first = {"entity": c.eid, "cust": c, "category": "new", "contact": ct, "log": L, "ch": ch,
                     "source": src, "profile": None, "occurrence": 1, "cmp": None}
            inc.append(first)
            for k in range(2, times + 1):
                src = choose_source(c, first["contact"])
                prof = wpick_d(PROFILE_W)
                ct, L, ch = render(c, src, prof, first["ch"])
                inc.append({"entity": c.eid, "cust": c, "category": "new", "contact": ct, "log": L, "ch": ch,
                            "source": src, "profile": prof, "occurrence": k, "cmp": first})
        pos += n
    assert pos == len(new_list), (pos, len(new_list))
    # ---------------- hard negatives
    used_anchor = set()
    for t, n in HN_PLAN:
        cands = list(ex_recs)
        R.shuffle(cands)
        made = 0
        for r in cands:
            if made >= n:
                break
            if r["entity"] in used_anchor:
                continue
            spec = build_hn(t, r["cust"], r["contact"], r["ch"])
            if spec is None:
                continue
            h = spec["cust"]
            ok = None
            for attempt in range(30):
                prof = "light" if attempt < 12 else ("medium" if attempt < 20 else "light")
                if attempt >= 20:
                    spec["force"]["exact"] = True
                ct, L, ch = render(h, spec["src"], prof, {}, spec["force"])
                sh = shared_items(ct, r["contact"], spec["stem"])
                if all(d in sh for d in spec["designed"]) and (
                        "name" in sh or "familyName" in sh or "email" in sh or "phone" in sh or "address" in sh
                        or "company_stem" in sh):
                    ok = (ct, L, ch, prof, sh)
                    break
            if ok is None:
                continue
            ct, L, ch, prof, sh = ok
            used_anchor.add(r["entity"])
            inc.append({"entity": h.eid, "cust": h, "category": "hard_negative", "contact": ct, "log": L, "ch": ch,
                        "source": spec["src"], "profile": prof, "cmp": r, "hn_type": t, "shared": sh,
                        "stem": spec["stem"] if "company_stem" in sh else None, "hn_log": spec["log"]})
            made += 1
        if made < n:
            raise RuntimeError("not enough anchors for %s (%d/%d)" % (t, made, n))
    assert len(inc) == N_INCOMING, len(inc)
    # ---------------- shuffle; first occurrences of new customers come first
    R.shuffle(inc)
    by_ent = {}
    for i, rec in enumerate(inc):
        if rec["category"] == "new":
            by_ent.setdefault(rec["entity"], []).append(i)
    for ent in sorted(by_ent.keys()):
        slots = sorted(by_ent[ent])
        recs = sorted([inc[i] for i in slots], key=lambda x: x["occurrence"])
        for s_, rec in zip(slots, recs):
            inc[s_] = rec
    for i, rec in enumerate(inc):
        rec["index"] = i
    # ---------------- evidence / findability / patches / changes
    ex_pool = [(r["entity"], r["contact"], ("e", r["index"])) for r in ex_recs]
    inc_pool = [(r["entity"], r["contact"], ("i", r["index"])) for r in inc]
    n_patched = [0, 0]

    def pool_for(rec):
        if rec["category"] == "match":
            return ex_pool, set([("e", rec["cmp"]["index"])])
        return inc_pool, set([("i", x["index"]) for x in inc if x["entity"] == rec["entity"]])

    def restore_identifier(rec):
        ct = rec["contact"]
        cc = rec["cmp"]["contact"]
        pref = {"web_reservation": ["email", "phone", "address"], "broker_referral": ["email", "phone", "address"],
                "marina_mgmt": ["phone", "address", "email"], "yard_workorder": ["phone", "email", "address"],
                "fuel_pos": ["phone"]}[rec["source"]]
        for k in pref:
            if k == "phone" and phone_key(cc):
                ct["phone"] = fmt_phone(phone_key(cc), rec["source"])
                rec["log"].d.pop("phone", None)
                break
            if k == "email" and email_key(cc):
                ct["email"] = cc["email"]
                rec["log"].d.pop("email", None)
                break
            if k == "address" and cc["address"] and house_no(cc["address"].get("line1")):
                ct["address"] = dict(cc["address"])
                for f in ADDR_SUB:
                    rec["log"].d.pop("address." + f, None)
                break
        n_patched[0] += 1
        assert evidence(ct, cc), rec

    def moved_in_town(rec):
        """the owner moved across town and the source lost e-mail and phone"""
        c = rec["cust"]
        cc = rec["cmp"]["contact"]
        if rec["source"] == "fuel_pos" or not cc["address"] or not cc["address"].get("city"):
            return False
        ck = city_key(cc)
        pk = None
        for a in (c.addr, c.addr2, c.moved_addr):
            if a is not None and city_key({"address": {"city": a["city"]}}) == ck:
                pk = a["pkey"]
                break
        if pk is None:
            return False
        a = new_address(pk, unit_p=0.1)
        st = addr_style(rec["source"], PROF["light"], c, False)
        for k in ("typo_city", "num_typo"):
            st.pop(k, None)
        if st.get("city") == "alias":
            st["city"] = "canon"
        L2 = Log()
        ad = render_addr(a, st, L2)
        old = rec["contact"]["address"]
        rec["contact"]["address"] = ad
        if evidence(rec["contact"], cc) or not findable_by_name_city(rec["contact"], cc, *pool_for(rec)):
            rec["contact"]["address"] = old
            return False
        for f in ADDR_SUB:
            rec["log"].d.pop("address." + f, None)
            if f in ("line1", "line2", "postalCode"):
                rec["log"].add("address." + f, "moved")
            for w in L2.get("address." + f):
                rec["log"].add("address." + f, w)
        n_patched[1] += 1
        return True

    todo = [rec for rec in inc if rec["category"] in ("match", "new") and rec["cmp"] is not None]
    for rec in todo:
        if evidence(rec["contact"], rec["cmp"]["contact"]):
            continue
        if findable_by_name_city(rec["contact"], rec["cmp"]["contact"], *pool_for(rec)):
            continue
        if chance(0.45) and moved_in_town(rec):
            continue
        restore_identifier(rec)
    for rec in todo:
        ev = evidence(rec["contact"], rec["cmp"]["contact"])
        if not ev and not findable_by_name_city(rec["contact"], rec["cmp"]["contact"], *pool_for(rec)):
            restore_identifier(rec)
            ev = evidence(rec["contact"], rec["cmp"]["contact"])
        rec["evidence"] = ev
        rec["findable"] = "identifier" if ev else "name+city"
    for rec in inc:
        if rec["cmp"] is None:
            rec["changes"] = []
        elif rec["category"] == "hard_negative":
            rec["changes"] = changes_for(rec["cmp"]["contact"], rec["contact"], [rec["hn_log"], rec["log"]],
                                         default="other_customer")
        else:
            rec["changes"] = changes_for(rec["cmp"]["contact"], rec["contact"],
                                         [rec["log"], cmp_log_view(rec["cmp"], rec)])
            if not rec["changes"]:
                # upstream systems never reproduce a record byte for byte: re-key the phone
                ct = rec["contact"]
                if ct["phone"]:
                    d = phone_key(ct) or digits_of(ct["phone"])
                    alt = [k for k in PHONE_FMT if PHONE_FMT[k](d) != ct["phone"]]
                    ct["phone"] = PHONE_FMT[alt[0]](d)
                elif ct["displayName"]:
                    ct["displayName"] = ct["displayName"].upper() if not ct["displayName"].isupper() \
                        else ct["displayName"].title()
                rec["changes"] = changes_for(rec["cmp"]["contact"], ct, [rec["log"], cmp_log_view(rec["cmp"], rec)])
    sys.stderr.write("kept an identifier on %d records; %d moved within town\n" % tuple(n_patched))
    return ex_recs, inc


CHOICE_WHATS = set(["seasonal_address", "care_of_manager", "home_address", "moved", "other_address",
                    "other_mailbox", "contact_mailbox", "agent_email", "other_number", "captain_number",
                    "agent_number"])


def cmp_log_view(cmp_r, rec):
    """the compared record's own deviations, minus choice-type ones where both
    records made the same choice (same mailbox, same number, same address)"""
    L = Log()
    same = {"email": cmp_r["ch"].get("email") == rec["ch"].get("email"),
            "phone": cmp_r["ch"].get("phone") == rec["ch"].get("phone"),
            "addr": cmp_r["ch"].get("addr") == rec["ch"].get("addr")}
    for f, ws in cmp_r["log"].d.items():
        key = "addr" if f.startswith("address") else f
        for w in ws:
            if w in CHOICE_WHATS and same.get(key, False):
                continue
            L.add(f, w)
    return L


def meta_for_existing(r):
    c = r["cust"]
    return {"set": "existing", "index": r["index"], "entity": r["entity"], "category": "existing", "kind": c.kind,
            "party": c.party, "changes": []}


def meta_for_incoming(r):
    c = r["cust"]
    m = {"set": "incoming", "index": r["index"], "entity": r["entity"], "category": r["category"], "kind": c.kind,
         "party": c.party, "source": r["source"]}
    cat = r["category"]
    if cat == "match":
        m.update({"profile": r["profile"], "changes": r["changes"], "evidence": r["evidence"],
                  "findable": r["findable"], "compare_set": "existing", "compare_index": r["cmp"]["index"]})
    elif cat == "new":
        m["occurrence"] = r["occurrence"]
        if r["occurrence"] == 1:
            m["changes"] = []
        else:
            m.update({"profile": r["profile"], "changes": r["changes"], "evidence": r["evidence"],
                      "findable": r["findable"], "compare_set": "incoming", "compare_index": r["cmp"]["index"]})
    else:
        m.update({"changes": r["changes"], "anchor": r["cmp"]["entity"], "anchor_index": r["cmp"]["index"],
                  "hn_type": r["hn_type"], "rule": HN_RULES[r["hn_type"]], "shared": r["shared"]})
        if r["stem"]:
            m["stem"] = r["stem"]
    return m


def line_for(setname, r):
    return {"set": setname, "entity": r["entity"], "contact": r["contact"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    ex, inc = build()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as fs, \
            open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for r in ex:
            fs.write(json.dumps(line_for("existing", r), ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta_for_existing(r), ensure_ascii=False) + "\n")
        for r in inc:
            fs.write(json.dumps(line_for("incoming", r), ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta_for_incoming(r), ensure_ascii=False) + "\n")
    cats = {}
    for r in inc:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    sys.stderr.write("wrote %d existing + %d incoming %s\n" % (len(ex), len(inc), json.dumps(cats, sort_keys=True)))


if __name__ == "__main__":
    main()
