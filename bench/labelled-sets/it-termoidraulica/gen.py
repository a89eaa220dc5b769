#!/usr/bin/env python3
"""Generator for the it-termoidraulica record-linkage benchmark.

Scenario: Termoidraulica Emiliana S.r.l. (invented), Bologna wholesaler of
plumbing/heating/AC supplies with a Milan branch.  Existing = QuickBooks
Online customer list; incoming = web shop, sales reps' app, legacy imports,
point of sale.  Python 3 standard library only; one random.Random(SEED).
"""
import argparse
import copy
import json
import os
import random
import re
import unicodedata
from difflib import SequenceMatcher

SEED = 40121
R = random.Random(SEED)


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- pools
MALE = ["Marco", "Luca", "Andrea", "Giuseppe", "Giovanni", "Francesco", "Antonio", "Mario",
        "Paolo", "Stefano", "Alessandro", "Roberto", "Davide", "Matteo", "Simone", "Lorenzo",
        "Massimo", "Fabio", "Claudio", "Maurizio", "Luigi", "Sergio", "Enrico", "Nicolò",
        "Riccardo", "Federico", "Daniele", "Alberto", "Emanuele", "Filippo", "Pietro", "Carlo",
        "Vittorio", "Michele", "Salvatore", "Vincenzo", "Domenico", "Tommaso", "Mattia",
        "Gabriele", "Edoardo", "Ivano", "Loris", "Mirco", "Giacomo", "Ermanno", "Franco",
        "Gianni", "Fabrizio", "Valerio", "Cristian", "Denis", "Ivan", "Gino", "Athos", "Ettore"]
FEMALE = ["Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura", "Elena", "Silvia",
          "Valentina", "Paola", "Federica", "Alessandra", "Roberta", "Cristina", "Monica",
          "Barbara", "Daniela", "Elisa", "Martina", "Simona", "Giovanna", "Patrizia", "Rita",
          "Lucia", "Manuela", "Raffaella", "Antonella", "Sonia", "Ilaria", "Nadia", "Lorena",
          "Morena", "Cinzia", "Marisa", "Loredana", "Elisabetta", "Mirella", "Lidia"]
DOUBLE_M = [("Gian Luca", ["Gianluca"]), ("Gian Marco", ["Gianmarco"]), ("Pier Paolo", ["Pierpaolo"]),
            ("Gian Franco", ["Gianfranco"]), ("Gian Piero", ["Gianpiero"]), ("Pier Luigi", ["Pierluigi"]),
            ("Gian Carlo", ["Giancarlo"])]
DOUBLE_F = [("Maria Grazia", ["Mariagrazia", "M. Grazia"]), ("Anna Maria", ["Annamaria"]),
            ("Maria Teresa", ["Mariateresa", "M. Teresa"]), ("Maria Luisa", ["Marialuisa"]),
            ("Anna Rita", ["Annarita"]), ("Maria Cristina", ["Mariacristina"])]
NICK = {"Giuseppe": ["Beppe", "Pino", "Peppe"], "Luigi": ["Gigi"], "Antonio": ["Tonino", "Toni"],
        "Francesco": ["Checco", "Franco"], "Giovanni": ["Gianni", "Nanni"], "Alessandro": ["Sandro", "Alex"],
        "Roberto": ["Roby"], "Domenico": ["Mimmo"], "Salvatore": ["Totò"], "Vincenzo": ["Enzo"],
        "Massimo": ["Max"], "Maurizio": ["Mauri"], "Federico": ["Fede"], "Riccardo": ["Ricky"],
        "Tommaso": ["Tommy"], "Filippo": ["Pippo"], "Emanuele": ["Manu"], "Francesca": ["Franci"],
        "Alessandra": ["Ale"], "Giovanna": ["Gianna"], "Elisabetta": ["Betta", "Elisa"],
        "Patrizia": ["Patty"], "Raffaella": ["Lella"], "Valentina": ["Vale"], "Antonella": ["Anto"],
        "Gian Luca": ["Luca"], "Gian Franco": ["Franco"], "Pier Luigi": ["Gigi"],
        "Maria Grazia": ["Grazia"], "Anna Maria": ["Annamaria"], "Nicolò": ["Nico"],
        "Ermanno": ["Manno"], "Daniela": ["Dani"], "Gabriele": ["Gabri"]}
SURN = ["Rossi", "Bianchi", "Ferrari", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti",
        "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferri", "Fabbri",
        "Zanetti", "Gualandi", "Bertolini", "Tartarini", "Malaguti", "Zucchini", "Venturi",
        "Montanari", "Benassi", "Guidetti", "Bassi", "Cavazza", "Grandi", "Sarti", "Mazzoni",
        "Pancaldi", "Bonfiglioli", "Tampellini", "Guizzardi", "Castaldini", "Lambertini", "Nanni",
        "Vitali", "Neri", "Galli", "Bonetti", "Rossetti", "Magnani", "Bellei", "Ligabue",
        "Corradini", "Ghidoni", "Tagliavini", "Bacchi", "Rubbiani", "Zambelli", "Tedeschi",
        "Pedrini", "Orlandi", "Casadei", "Pirazzoli", "Ravaglia", "Giorgini", "Minguzzi", "Lugli",
        "Baraldi", "Malavasi", "Borghi", "Ferretti", "Cattani", "Roncaglia", "Sala", "Brambilla",
        "Villa", "Cattaneo", "Fumagalli", "Galbiati", "Riva", "Mauri", "Longoni", "Sironi", "Pozzi",
        "Ronchi", "Cantù", "Bertè", "Pellè", "Menabue", "Stanzani", "Bernardi", "Poggi", "Zini",
        "Vecchi", "Gamberini", "Righi", "Albertazzi", "Monari", "Fiorini", "Sabattini", "Serra",
        "Govoni", "Zappoli", "Bortolotti", "Martelli", "Gherardi", "Capelli", "Marchesini"]
PARTICLE = [("De Luca", ["Deluca", "De luca", "DeLuca"]), ("Di Stefano", ["Distefano", "Di stefano"]),
            ("Lo Russo", ["Lorusso", "Lo russo"]), ("D'Angelo", ["Dangelo", "D Angelo", "D`Angelo", "D’Angelo"]),
            ("De Santis", ["Desantis"]), ("Di Pietro", ["Dipietro", "Di pietro"]), ("Lo Bianco", ["Lobianco"]),
            ("D'Amico", ["Damico", "D Amico", "D’Amico"]), ("Della Rosa", ["Dellarosa", "Della rosa"]),
            ("Dal Monte", ["Dalmonte"]), ("De Simone", ["Desimone"]), ("Di Giacomo", ["Digiacomo"]),
            ("La Rosa", ["Larosa"]), ("D'Alessandro", ["Dalessandro", "D Alessandro"]),
            ("Dall'Olio", ["Dallolio", "Dall Olio", "Dall’Olio"]), ("Dalla Valle", ["Dallavalle"]),
            ("Del Bue", ["Delbue"]), ("Degli Esposti", ["Degliesposti", "Esposti"])]
IMM = {
    "ro": dict(m=[("Ion", []), ("Vasile", []), ("Gheorghe", ["Gheorghi"]), ("Mihai", ["Mihail"]), ("Andrei", []),
                  ("Florin", []), ("Costel", [])],
               f=[("Elena", []), ("Ioana", []), ("Mariana", []), ("Daniela", []), ("Andreea", ["Andrea"])],
               s=[("Popescu", []), ("Ionescu", []), ("Popa", []), ("Dumitru", []), ("Munteanu", []),
                  ("Moldovan", []), ("Ștefănescu", ["Stefanescu"]), ("Năstase", ["Nastase"]), ("Țurcanu", ["Turcanu"])]),
    "al": dict(m=[("Arben", []), ("Besnik", []), ("Ilir", []), ("Gentian", ["Genti"]), ("Erion", []), ("Fatmir", [])],
               f=[("Blerina", []), ("Elona", []), ("Arjola", []), ("Mirela", [])],
               s=[("Hoxha", ["Hoxa", "Hoca"]), ("Shehu", ["Sheu"]), ("Gashi", []), ("Krasniqi", ["Krasnici"]),
                  ("Dervishi", []), ("Çela", ["Cela"]), ("Muça", ["Muca"]), ("Leka", []), ("Berisha", [])]),
    "ma": dict(m=[("Mohamed", ["Mohammed", "Muhammad", "Mohammad"]), ("Youssef", ["Yousef", "Yusuf"]),
                  ("Abdelkader", ["Abdel Kader"]), ("Rachid", ["Rashid"]), ("Khalid", ["Khaled"]), ("Hassan", ["Hasan"])],
               f=[("Fatima", ["Fatma"]), ("Khadija", ["Khadidja"]), ("Samira", []), ("Naima", [])],
               s=[("El Amrani", ["Elamrani", "Amrani"]), ("Benali", ["Ben Ali"]), ("Bouzid", []),
                  ("El Idrissi", ["Elidrissi", "Idrissi"]), ("Ait Ali", ["Aitali"]), ("Chakir", ["Shakir"]),
                  ("El Mansouri", ["Elmansouri", "Mansouri"])]),
    "cn": dict(m=[("Wei", []), ("Jie", []), ("Jianguo", ["Jian Guo"]), ("Hui", []), ("Xiaoming", ["Xiao Ming"])],
               f=[("Li Na", ["Lina"]), ("Mei", []), ("Xiaoli", ["Xiao Li"]), ("Yan", [])],
               s=[("Hu", []), ("Chen", []), ("Zhou", ["Zhu"]), ("Wang", []), ("Zhang", []), ("Lin", []),
                  ("Ye", []), ("Jin", []), ("Xu", [])]),
    "sn": dict(m=[("Mamadou", ["Mamadu"]), ("Ousmane", ["Usman"]), ("Cheikh", ["Cheick", "Sheikh"]),
                  ("Ibrahima", ["Ibrahim"]), ("Moussa", ["Musa"])],
               f=[("Fatou", ["Fatu"]), ("Aminata", []), ("Awa", [])],
               s=[("Diop", []), ("Ndiaye", ["N'Diaye", "N Diaye"]), ("Fall", []), ("Sow", []), ("Diallo", []),
                  ("Gueye", ["Gaye"]), ("Mbaye", ["M'Baye"]), ("Sarr", ["Sar"]), ("Faye", [])]),
}
TITLES_M = ["Geom.", "Ing.", "Arch.", "Dott.", "Sig.", "Per. Ind.", "Rag."]
TITLES_F = ["Arch.", "Dott.ssa", "Sig.ra", "Ing.", "Geom.", "Avv."]

# city, prov, caps, region, landline prefix, frazioni
CITIES = [
    ("Bologna", "BO", [str(c) for c in range(40121, 40142)], "Emilia-Romagna", "051", [], 30),
    ("Casalecchio di Reno", "BO", ["40033"], "Emilia-Romagna", "051", ["Ceretolo"], 4),
    ("San Lazzaro di Savena", "BO", ["40068"], "Emilia-Romagna", "051", ["Ponticella", "Idice"], 4),
    ("Castel Maggiore", "BO", ["40013"], "Emilia-Romagna", "051", ["Trebbo di Reno"], 3),
    ("Imola", "BO", ["40026"], "Emilia-Romagna", "0542", ["Sesto Imolese", "Ponticelli"], 4),
    ("Budrio", "BO", ["40054"], "Emilia-Romagna", "051", ["Mezzolara", "Vedrana"], 2),
    ("Medicina", "BO", ["40059"], "Emilia-Romagna", "051", ["Ganzanigo", "Villa Fontana"], 2),
    ("Ozzano dell'Emilia", "BO", ["40064"], "Emilia-Romagna", "051", ["Ponte Rizzoli"], 2),
    ("Zola Predosa", "BO", ["40069"], "Emilia-Romagna", "051", ["Riale"], 2),
    ("Pianoro", "BO", ["40065"], "Emilia-Romagna", "051", ["Rastignano"], 2),
    ("Castenaso", "BO", ["40055"], "Emilia-Romagna", "051", [], 2),
    ("Granarolo dell'Emilia", "BO", ["40057"], "Emilia-Romagna", "051", ["Quarto Inferiore"], 2),
    ("Valsamoggia", "BO", ["40053"], "Emilia-Romagna", "051", ["Bazzano", "Crespellano"], 2),
    ("Milano", "MI", [str(c) for c in range(40121 - 20000, 40163 - 20000)], "Lombardia", "02", [], 14),
    ("Sesto San Giovanni", "MI", ["20099"], "Lombardia", "02", [], 2),
    ("Cinisello Balsamo", "MI", ["20092"], "Lombardia", "02", [], 2),
    ("Rho", "MI", ["20017"], "Lombardia", "02", ["Mazzo"], 1),
    ("Segrate", "MI", ["20054"], "Lombardia", "02", ["Redecesio", "Milano Due"], 1),
    ("San Donato Milanese", "MI", ["20097"], "Lombardia", "02", [], 1),
    ("Monza", "MB", ["20900"], "Lombardia", "039", [], 2),
    ("Modena", "MO", [str(c) for c in range(41121, 41127)], "Emilia-Romagna", "059", [], 4),
    ("Carpi", "MO", ["41012"], "Emilia-Romagna", "059", ["Fossoli"], 2),
    ("Sassuolo", "MO", ["41049"], "Emilia-Romagna", "0536", [], 1),
    ("Formigine", "MO", ["41043"], "Emilia-Romagna", "059", ["Casinalbo"], 1),
    ("Castelfranco Emilia", "MO", ["41013"], "Emilia-Romagna", "059", ["Piumazzo"], 1),
    ("Reggio Emilia", "RE", [str(c) for c in range(42121, 42125)], "Emilia-Romagna", "0522", [], 3),
    ("Scandiano", "RE", ["42019"], "Emilia-Romagna", "0522", [], 1),
    ("Correggio", "RE", ["42015"], "Emilia-Romagna", "0522", [], 1),
    ("Parma", "PR", [str(c) for c in range(43121, 43127)], "Emilia-Romagna", "0521", [], 3),
    ("Fidenza", "PR", ["43036"], "Emilia-Romagna", "0524", [], 1),
    ("Forlì", "FC", ["47121", "47122"], "Emilia-Romagna", "0543", ["Ronco"], 2),
    ("Cesena", "FC", ["47521", "47522"], "Emilia-Romagna", "0547", ["Martorano"], 2),
    ("Forlimpopoli", "FC", ["47034"], "Emilia-Romagna", "0543", [], 1),
]
CITY_BY_NAME = {c[0]: c for c in CITIES}
MILAN_AREA = [c for c in CITIES if c[1] in ("MI", "MB")]

STREETS = [
    ("Via", "Emilia", None), ("Via", "Guglielmo Marconi", "G. Marconi"), ("Via", "Giuseppe Mazzini", "G. Mazzini"),
    ("Via", "Giuseppe Garibaldi", "G. Garibaldi"), ("Via", "Alessandro Manzoni", "A. Manzoni"),
    ("Viale", "Giovanni Pepoli", "G. Pepoli"), ("Via", "dell'Indipendenza", None), ("Via", "San Donato", "S. Donato"),
    ("Via", "Stalingrado", None), ("Via", "della Liberazione", None), ("Piazza", "Giacomo Matteotti", "G. Matteotti"),
    ("Corso", "Vittorio Emanuele II", "V. Emanuele II"), ("Via", "Antonio Gramsci", "A. Gramsci"),
    ("Via", "Aldo Moro", "A. Moro"), ("Via", "Enrico Fermi", "E. Fermi"), ("Via", "dei Mille", None),
    ("Via", "Nazionale", None), ("Via", "Roma", None), ("Via", "Cesare Battisti", "C. Battisti"),
    ("Via", "Giacomo Leopardi", "G. Leopardi"), ("Viale", "della Repubblica", None),
    ("Via", "Don Giovanni Minzoni", "Don Minzoni"), ("Via", "Piero Gobetti", "P. Gobetti"), ("Via", "del Lavoro", None),
    ("Via", "dell'Industria", None), ("Via", "dell'Artigianato", None), ("Via", "Galileo Galilei", "G. Galilei"),
    ("Via", "Alessandro Volta", "A. Volta"), ("Via", "Larga", None), ("Via", "Saragozza", None),
    ("Via", "Castiglione", None), ("Via", "Santo Stefano", "S. Stefano"), ("Via", "Francesco Zanardi", "F. Zanardi"),
    ("Via", "Ferrarese", None), ("Via", "Giuseppe Massarenti", "G. Massarenti"), ("Corso", "Buenos Aires", None),
    ("Viale", "Monza", None), ("Via", "Padova", None), ("Corso", "Lodi", None), ("Via", "Vittor Pisani", "V. Pisani"),
    ("Viale", "Certosa", None), ("Via", "Giovanni Pascoli", "G. Pascoli"), ("Via", "Papa Giovanni XXIII", None),
    ("Viale", "della Libertà", None), ("Via", "dell'Unità d'Italia", None), ("Via", "Nino Bixio", "N. Bixio"),
    ("Piazza", "della Vittoria", None), ("Via", "Carlo Pisacane", "C. Pisacane"), ("Strada", "Maggiore", None),
    ("Via", "Francesco Baracca", "F. Baracca"), ("Via", "Amerigo Vespucci", "A. Vespucci"),
    ("Via", "Goffredo Mameli", "G. Mameli"), ("Via", "Ugo Foscolo", "U. Foscolo"), ("Via", "Cristoforo Colombo", "C. Colombo"),
    ("Via", "Porrettana", None), ("Via", "Bazzanese", None), ("Via", "Caduti di Cefalonia", None),
    ("Via", "Sandro Pertini", "S. Pertini"), ("Via", "Ludovico Ariosto", "L. Ariosto"), ("Largo", "Augusto Righi", "A. Righi"),
    ("Vicolo", "del Pozzo", None), ("Via", "dei Ciliegi", None), ("Via", "delle Querce", None), ("Via", "Benedetto Croce", "B. Croce"),
]
TYPE_ABBR = {"Via": ["V."], "Viale": ["V.le", "V.le", "Vle"], "Piazza": ["P.zza", "P.za", "Pzza", "P.zza"],
             "Corso": ["C.so"], "Largo": ["L.go"], "Strada": ["Str.", "Str"], "Vicolo": ["V.lo", "Vic."]}

MOBILE_PFX = ["320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340", "342",
              "345", "347", "348", "349", "351", "366", "370", "371", "388", "389", "392", "393"]
PERSONAL_DOMAINS = [("libero.it", 28), ("gmail.com", 30), ("alice.it", 9), ("hotmail.it", 7), ("virgilio.it", 6),
                    ("tiscali.it", 4), ("yahoo.it", 5), ("outlook.it", 4), ("tin.it", 2), ("icloud.com", 2)]
PEC_DOMAINS = ["pec.it", "legalmail.it", "arubapec.it", "pec.postecert.it"]

TRADES = ["Idraulica", "Termoidraulica", "Impianti", "Elettroimpianti", "Edilizia", "Costruzioni",
          "Termotecnica", "Idrotermica", "Climatizzazione", "Impianti Tecnologici", "Ristrutturazioni",
          "Idrotermosanitaria", "Termoimpianti", "Clima Service"]
PLACES = ["Reno", "Savena", "Navile", "Appennino", "Emilia", "Felsinea", "Lombarda", "Padana", "Secchia",
          "Panaro", "Romagna", "Idice", "Santerno", "Setta", "Samoggia", "Lambro", "Brianza", "Po"]
BRANDS = ["Termoclima", "Idrotherm", "Clima Comfort", "Acquatecnica", "Caldotecnica", "Geotherm", "Solartek",
          "Ecoterm", "Idroservice", "Fluidtech", "Termoservice", "Aria Pura", "Energia Casa", "Thermo Point",
          "Idrokappa", "Tecnoacque", "Calor Sistemi", "Ecoclima", "Bagno Idea", "Fonte Calda", "Impiantistica Moderna"]
HOTEL_NAMES = ["Garden", "Centrale", "Europa", "Astoria", "Excelsior", "Bellavista", "San Marco", "Al Portico",
               "Due Torri", "Rex", "Touring", "Paradiso", "Ambasciatori", "Internazionale", "Villa Rosa",
               "Stazione", "Cristallo", "Metropole", "Del Corso", "La Pergola", "Il Castello", "Ai Colli",
               "Panorama", "Royal", "Nettuno", "Commercio"]
SAINTS = ["San Giovanni Battista", "San Michele Arcangelo", "Santa Maria Assunta", "San Lorenzo", "San Martino",
          "Sant'Antonio di Padova", "San Giuseppe", "Santi Pietro e Paolo", "San Bartolomeo", "Santa Teresa",
          "San Francesco d'Assisi", "Santa Caterina", "San Paolo", "San Biagio", "Santi Vitale e Agricola",
          "San Mamante", "Santa Rita", "San Silvestro", "San Giacomo Maggiore", "Santa Lucia"]
SCHOOL_PEOPLE = ["Giovanni Pascoli", "Giosuè Carducci", "Alessandro Manzoni", "Guglielmo Marconi", "Aldo Moro",
                 "Don Lorenzo Milani", "Gianni Rodari", "Maria Montessori", "Italo Calvino", "Rita Levi Montalcini",
                 "Enrico Fermi", "Leonardo da Vinci", "Dante Alighieri", "Edmondo De Amicis", "Ugo Foscolo"]
COMUNE_DEPTS = ["Ufficio Tecnico", "Settore Lavori Pubblici", "Servizio Manutenzioni", "Settore Patrimonio",
                "Ufficio Scuole", "Servizio Impianti Sportivi", "Settore Ambiente", "Ufficio Economato"]
ASL_BODIES = [("Azienda USL di Bologna", "AUSL Bologna", "Bologna"), ("Azienda USL di Modena", "AUSL Modena", "Modena"),
              ("ASST Nord Milano", "ASST Nord Milano", "Sesto San Giovanni"), ("Azienda USL della Romagna", "AUSL Romagna", "Forlì"),
              ("Azienda USL di Imola", "AUSL Imola", "Imola")]
ASL_DEPTS = ["Servizio Tecnico", "UO Tecnico Patrimoniale", "Servizio Acquisti", "Ufficio Manutenzioni",
             "Servizio Attività Tecniche", "UOC Gestione Tecnica"]

ABBREV = [("Termoidraulica", ["Termoidr.", "Termoidraul."]), ("Idraulica", ["Idr."]), ("Elettroimpianti", ["Elettroimp."]),
          ("Impianti", ["Imp.", "Impt."]), ("Costruzioni", ["Costr."]), ("Edilizia", ["Ediliz.", "Edil."]),
          ("Cooperativa", ["Coop."]), ("Consorzio", ["Cons."]), ("Condominio", ["Cond.", "Condom."]),
          ("Istituto Comprensivo", ["I.C.", "IC", "Ist. Comprensivo", "Ist. Compr."]), ("Parrocchia", ["Parr."]),
          ("Fratelli", ["F.lli", "F.LLI"]), ("Ufficio", ["Uff."]), ("Settore", ["Sett."]), ("Servizio", ["Serv."]),
          ("Amministrazioni", ["Amm.ni"]), ("Santa Maria", ["S. Maria", "S.Maria"]), ("San ", ["S. "]), ("Santi ", ["SS. "]),
          ("Azienda USL", ["AUSL", "A.U.S.L."]), ("Tecnologici", ["Tecnol."]), ("Termotecnica", ["Termotec."]),
          ("Climatizzazione", ["Climatizz."]), ("Comune di", ["Comune", "COM. DI"]), ("Manutenzioni", ["Manut."]),
          ("Lavori Pubblici", ["LL.PP.", "LLPP"]), ("Società", ["Soc."])]

FORMS = {
    "srl": ["S.r.l.", "S.R.L.", "srl", "Srl", "s.r.l.", "SRL", "S.r.l", "Srl."],
    "srls": ["S.r.l.s.", "srls", "S.R.L.S.", "Srls", "S.r.l. semplificata", "s.r.l.s."],
    "spa": ["S.p.A.", "SpA", "spa", "S.P.A.", "Spa", "s.p.a."],
    "snc": ["S.n.c.", "snc", "s.n.c.", "SNC", "S.N.C.", "Snc"],
    "sas": ["S.a.s.", "sas", "s.a.s.", "SAS", "Sas", "S.A.S."],
    "coop": ["Soc. Coop.", "Società Cooperativa", "Soc. Coop. a r.l.", "Soc.Coop.", "S.C.", "Coop. a r.l.", "soc. coop."],
    "cons": ["Soc. Cons. a r.l.", "S.c.a.r.l.", "Scarl", "soc. cons. r.l."],
}
UNI = [" unipersonale", " Unipersonale", " a socio unico", " U.", " UNIPERSONALE"]

# ---------------------------------------------------------------- registries
_ids = set()
_phones = set()
_emails = set()
_addrs = set()


def new_id():
    while True:
        h = "c%07x" % R.getrandbits(28)
        if h not in _ids:
            _ids.add(h)
            return h


def strip_acc(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def slug(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def rdigits(n, first_nonzero=True):
    d = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    for _ in range(n - 1):
        d += str(R.randint(0, 9))
    return d


def new_landline(pfx):
    while True:
        if pfx == "02":
            num = pfx + rdigits(8)
        elif len(pfx) == 3:
            num = pfx + rdigits(pick([6, 7, 7]))
        else:
            num = pfx + rdigits(6)
        if num not in _phones:
            _phones.add(num)
            return num


def switchboard(pfx):
    while True:
        num = pfx + rdigits(4 if len(pfx) == 3 else (6 if pfx == "02" else 3)) + "111"
        if len(pfx) == 4:
            num = pfx + rdigits(3) + "111"
        if num not in _phones:
            _phones.add(num)
            return num


def new_mobile():
    while True:
        num = pick(MOBILE_PFX) + rdigits(7, False)
        if num not in _phones:
            _phones.add(num)
            return num


def reg_email(e):
    if e in _emails:
        return False
    _emails.add(e)
    return True


def pick_city(area=None):
    if area == "milan":
        return pick(MILAN_AREA)
    if area is not None:
        return CITY_BY_NAME[area]
    return wpick([(c, c[6]) for c in CITIES])


def new_addr(city=None, street=None, home=True, area=None):
    c = city if city is not None else pick_city(area)
    for _ in range(200):
        st = street if street is not None else pick(STREETS)
        n = R.randint(1, 240) if chance(0.8) else R.randint(1, 40)
        suf = pick(["A", "B", "C", "2"]) if chance(0.1) else None
        key = (st[1], n, suf, c[0])
        if key in _addrs:
            continue
        _addrs.add(key)
        a = {"type": st[0], "name": st[1], "short": st[2], "num": str(n), "suf": suf,
             "int": None, "scala": None, "fraz": None,
             "city": c[0], "prov": c[1], "cap": pick(c[2]), "region": c[3], "country": "IT"}
        if home and chance(0.35):
            a["int"] = str(R.randint(1, 24))
            if chance(0.35):
                a["scala"] = pick(["A", "B", "C", "D"])
        if c[5] and chance(0.3):
            a["fraz"] = pick(c[5])
        return a
    raise RuntimeError("address space exhausted")


def city_of(ent):
    if ent.get("addr"):
        return CITY_BY_NAME[ent["addr"]["city"]]
    return CITY_BY_NAME[ent["home_city"]]


# ---------------------------------------------------------------- persons
def person_email(given, family, year=None):
    g = slug(given)
    f = slug(family)
    yy = str(year % 100).zfill(2) if year else str(R.randint(60, 99))
    pats = [g + "." + f, g + f, f + "." + g, g[0] + "." + f, g + "." + f + yy, f + g + yy, g + "_" + f,
            f + "." + g[0], g + yy, f + "." + g + "." + pick(["bo", "mi", "casa"]), g[:3] + f[:4] + yy]
    for _ in range(50):
        loc = pick(pats)
        dom = wpick(PERSONAL_DOMAINS)
        e = loc + "@" + dom
        if reg_email(e):
            return e
        pats = [p + str(R.randint(1, 99)) for p in pats]
    raise RuntimeError


def gen_person(origin=None, city=None, family=None, given=None, gender=None, area=None, addr=True):
    if origin is None:
        origin = wpick([("it", 83), ("ro", 5), ("al", 4), ("ma", 4), ("cn", 2.5), ("sn", 1.5)])
    if gender is None:
        gender = "m" if chance(0.55) else "f"
    gvar, fvar = [], []
    if origin == "it":
        if given is None:
            if chance(0.1):
                given, gvar = pick(DOUBLE_M if gender == "m" else DOUBLE_F)
                gvar = list(gvar)
            else:
                given = pick(MALE if gender == "m" else FEMALE)
        if family is None:
            if chance(0.16):
                family, fvar = pick(PARTICLE)
                fvar = list(fvar)
            else:
                family = pick(SURN)
        else:
            for p, v in PARTICLE:
                if p == family:
                    fvar = list(v)
    else:
        pool = IMM[origin]
        if given is None:
            given, gvar = pick(pool["m"] if gender == "m" else pool["f"])
            gvar = list(gvar)
        if family is None:
            family, fvar = pick(pool["s"])
            fvar = list(fvar)
    title = None
    if origin == "it" and chance(0.13):
        title = pick(TITLES_M if gender == "m" else TITLES_F)
    c = city if city is not None else pick_city(area)
    ent = {"id": new_id(), "type": "person", "kind": "person_" + origin, "origin": origin, "gender": gender,
           "given": given, "gvar": gvar, "nick": list(NICK.get(given, [])), "family": family, "fvar": fvar,
           "title": title, "company": None, "home_city": c[0], "year": R.randint(1948, 2001)}
    ent["addr"] = new_addr(c) if addr and chance(0.88) else None
    phones = []
    if chance(0.88):
        phones.append(new_mobile())
    if chance(0.3) or not phones:
        phones.insert(0, new_landline(c[4])) if chance(0.5) else phones.append(new_landline(c[4]))
    ent["phones"] = phones
    ent["email"] = person_email(given.split()[0] if chance(0.5) else given, family, ent["year"]) if chance(0.78) else None
    ent["pec"] = None
    ent["contact"] = None
    return ent


# ---------------------------------------------------------------- organisations
def org_domain(name):
    base = slug(name)[:22]
    for i in range(50):
        d = base + ("" if i == 0 else str(i + 1)) + pick([".it", ".it", ".it", ".com", ".eu", ".net"])
        if d not in _emails:
            _emails.add(d)
            return d
    raise RuntimeError


def org_mail(name, domain=None, personal_ok=True):
    if personal_ok and chance(0.3):
        for _ in range(20):
            e = slug(name)[:18] + pick(["", "", "srl", "bo", str(R.randint(1, 99))]) + "@" + wpick(PERSONAL_DOMAINS)
            if reg_email(e):
                return e
    domain = domain or org_domain(name)
    for loc in ["info", "amministrazione", "ufficio", "contabilita", "acquisti", "commerciale", "segreteria"]:
        e = loc + "@" + domain
        if reg_email(e):
            return e
    e = slug(name)[:6] + str(R.randint(1, 999)) + "@" + domain
    reg_email(e)
    return e


def org_pec(name):
    for _ in range(30):
        e = slug(name)[:20] + pick(["", "", "srl", "pec", str(R.randint(1, 99))]) + "@" + pick(PEC_DOMAINS)
        if reg_email(e):
            return e
    raise RuntimeError


def base_org(kind, base, form, city, contact=None, uni=False, home=False):
    ent = {"id": new_id(), "type": "org", "kind": kind, "base": base, "form": form, "uni": uni,
           "owner": None, "contact": contact, "home_city": city[0], "trade": None, "core": None,
           "display_hint": None}
    ent["addr"] = new_addr(city, home=home)
    return ent


def contact_person(city=None, origin="it", family=None):
    p = gen_person(origin=origin, city=city, family=family, addr=False)
    return {"given": p["given"], "family": p["family"], "gvar": p["gvar"], "fvar": p["fvar"],
            "nick": p["nick"], "title": p["title"], "gender": p["gender"], "email_seed": None}


def std_contacts(ent, city, personal_ok=True, landline=True):
    name = ent["base"]
    ent["email"] = org_mail(name, personal_ok=personal_ok) if chance(0.9) else None
    ent["pec"] = org_pec(name) if chance(0.55) else None
    ph = []
    if landline and chance(0.85):
        ph.append(new_landline(city[4]))
    if chance(0.35) or not ph:
        ph.append(new_mobile())
    ent["phones"] = ph


def gen_company(city=None, kind=None, surname=None, area=None):
    c = city or pick_city(area)
    form = kind or wpick([("srl", 62), ("srls", 14), ("spa", 8)])
    sur = surname or pick(SURN + [p[0] for p in PARTICLE[:6]])
    pat = R.randrange(7)
    trade = pick(TRADES)
    if pat == 0:
        base = trade + " " + sur
    elif pat == 1:
        base = trade + " " + sur + pick([" & Figli", " e Figli", " Group", " Service"])
    elif pat == 2:
        base = sur + " " + trade
    elif pat == 3:
        base = pick(BRANDS) + (" " + pick(PLACES) if chance(0.4) else "")
        trade = None
    elif pat == 4:
        base = trade + " " + pick(PLACES)
    elif pat == 5:
        letters = "".join(pick("ABCDEFGMPRST") for _ in range(R.randint(2, 3)))
        base = ".".join(letters) + ". " + trade if chance(0.5) else letters + " " + trade
    else:
        base = "Nuova " + trade + " " + sur
    ent = base_org("org_" + form, base, form, c, uni=(form == "srl" and chance(0.25)))
    ent["trade"] = trade
    ent["sur"] = sur if pat in (0, 1, 2, 6) else None
    if chance(0.6):
        ent["contact"] = contact_person(c, family=sur if pat in (0, 1, 2) and chance(0.6) else None)
    std_contacts(ent, c)
    return ent


def gen_partnership(city=None, area=None):
    c = city or pick_city(area)
    form = "snc" if chance(0.65) else "sas"
    p = contact_person(c)
    g, f = p["given"], p["family"]
    pat = R.randrange(5)
    trade = pick(TRADES[:8])
    if pat == 0:
        base = f + " " + g + " & C."
    elif pat == 1:
        base = "F.lli " + f if chance(0.5) else "Fratelli " + f
    elif pat == 2:
        base = trade + " di " + f + " " + g + " & C."
    elif pat == 3:
        g2 = pick(MALE)
        base = f + " " + g + " e " + g2
    else:
        base = trade + " " + f + " di " + f + " " + g + " & C."
    ent = base_org("org_" + form, base, form, c, contact=p)
    ent["trade"] = trade if pat in (2, 4) else None
    ent["sur"] = f
    std_contacts(ent, c)
    return ent


def gen_ditta(city=None, area=None):
    c = city or pick_city(area)
    p = contact_person(c)
    g, f = p["given"], p["family"]
    trade = pick(TRADES[:9])
    pat = R.randrange(4)
    if pat == 0:
        main = trade + " " + f
    elif pat == 1:
        main = trade
    elif pat == 2:
        main = f + " " + trade
    else:
        main = trade + " " + pick(PLACES)
    ent = base_org("ditta_individuale", main, None, c, contact=p)
    ent["owner"] = (g, f)
    ent["trade"] = trade
    ent["sur"] = f
    ent["email"] = org_mail(f + trade, personal_ok=True) if chance(0.85) else None
    ent["pec"] = org_pec(f + g) if chance(0.5) else None
    ph = [new_mobile()]
    if chance(0.4):
        ph.insert(0, new_landline(c[4]))
    ent["phones"] = ph
    return ent


def gen_coop(city=None):
    c = city or pick_city()
    pat = R.randrange(4)
    if pat == 0:
        base = "Cooperativa Edile " + pick(PLACES)
    elif pat == 1:
        base = pick(["Coop. Lavoratori Riuniti", "Cooperativa Muratori e Impiantisti", "Cooperativa Servizi Tecnici",
                     "Cooperativa Costruzioni"]) + " " + pick(PLACES)
    elif pat == 2:
        base = "CO.IM." + pick(PLACES)[0] + ". Cooperativa Impianti " + pick(PLACES)
    else:
        base = pick(["La Fenice", "Il Ponte", "L'Operosa", "La Betulla", "Progetto Casa", "Nuovo Orizzonte"]) + " " + pick(["Cooperativa Sociale", "Cooperativa"])
    ent = base_org("coop", base, "coop", c, contact=contact_person(c) if chance(0.5) else None)
    std_contacts(ent, c, personal_ok=False)
    return ent


def gen_consorzio(city=None):
    c = city or pick_city()
    base = pick(["Consorzio Artigiani Impiantisti", "Consorzio Stabile", "Consorzio Idraulici", "Consorzio Servizi Edili",
                 "Consorzio Installatori"]) + " " + pick(PLACES + BRANDS[:5])
    ent = base_org("consorzio", base, "cons" if chance(0.6) else None, c, contact=contact_person(c) if chance(0.5) else None)
    std_contacts(ent, c, personal_ok=False)
    return ent


def gen_hotel(city=None, name=None):
    c = city or pick_city()
    nm = name or pick(HOTEL_NAMES)
    pat = R.randrange(3)
    p = contact_person(c)
    if pat == 0:
        base, form = "Hotel " + nm, "srl"
    elif pat == 1:
        base, form = "Albergo " + nm + " di " + p["family"] + " " + p["given"] + " & C.", "sas"
    else:
        base, form = "Hotel " + nm, None
    ent = base_org("hotel", base, form, c, contact=p if chance(0.6) else None)
    ent["hotel"] = nm
    std_contacts(ent, c, personal_ok=False)
    return ent


def gen_parish(city=None):
    c = city or pick_city()
    saint = pick(SAINTS)
    fr = c[5]
    place = pick(fr) if fr and chance(0.5) else c[0]
    base = "Parrocchia di " + saint + (" in " if chance(0.5) else " - ") + place
    p = contact_person(c)
    p["gender"] = "m"
    p["given"] = pick(MALE)
    p["gvar"], p["nick"] = [], list(NICK.get(p["given"], []))
    p["title"] = "Don"
    ent = base_org("parrocchia", base, None, c, contact=p if chance(0.7) else None)
    ent["email"] = org_mail(saint + place, personal_ok=True) if chance(0.8) else None
    ent["pec"] = None
    ent["phones"] = [new_landline(c[4])] + ([new_mobile()] if chance(0.3) else [])
    return ent


def gen_school(city=None, number=None):
    c = city or pick_city()
    if number is not None or chance(0.5):
        n = number if number is not None else R.randint(1, 22)
        base = "Istituto Comprensivo n. " + str(n) + " di " + c[0]
    else:
        base = "Istituto Comprensivo " + pick(SCHOOL_PEOPLE) + " - " + c[0]
    ent = base_org("scuola", base, None, c, contact=contact_person(c) if chance(0.4) else None)
    code = c[1].lower() + "ic8" + rdigits(5)
    ent["email"] = code + pick(["@istruzione-emr.example.it", "@scuole-lombardia.example.it"]) if chance(0.8) else None
    if ent["email"]:
        reg_email(ent["email"])
    ent["pec"] = code + "@pec.istruzione-emr.example.it" if chance(0.5) else None
    ent["phones"] = [new_landline(c[4])]
    ent["school_n"] = number
    return ent


def gen_public(kind, body, dept, city, shared):
    """shared: dict with municipio address, switchboard, domain, pec for the body."""
    base = body + " - " + dept
    ent = base_org(kind, base, None, city, contact=contact_person(city) if chance(0.5) else None)
    ent["body"] = body
    ent["dept"] = dept
    if chance(0.6):
        _addrs.discard(None)
        ent["addr"] = copy.deepcopy(shared["addr"])
    d = slug(dept.replace("Ufficio", "").replace("Settore", "").replace("Servizio", ""))[:16]
    e = d + "@" + shared["domain"]
    if not reg_email(e):
        e = d + str(R.randint(2, 9)) + "@" + shared["domain"]
        reg_email(e)
    ent["email"] = e
    ent["pec"] = shared["pec"] if chance(0.5) else None
    ent["phones"] = [shared["switch"]] if chance(0.5) else [new_landline(city[4])]
    ent["ext"] = str(R.randint(200, 499)) if ent["phones"][0] == shared["switch"] else None
    ent["shared"] = shared
    return ent


def public_body_shared(city, name_for_domain, kind):
    a = new_addr(city, street=pick([("Piazza", "Giacomo Matteotti", "G. Matteotti"), ("Piazza", "della Vittoria", None),
                                    ("Via", "Roma", None), ("Piazza", "dei Martiri", None), ("Via", "Aldo Moro", "A. Moro")]),
                 home=False)
    dom = ("comune." if kind == "comune_ufficio" else "") + slug(name_for_domain) + ".example.it"
    return {"addr": a, "switch": switchboard(city[4]), "domain": dom, "pec": "protocollo@pec." + dom}


def gen_condo(admin, city=None):
    c = city or CITY_BY_NAME[admin["city"]]
    a = new_addr(c, home=False)
    if chance(0.65):
        base = "Condominio " + a["type"] + " " + a["name"] + " " + a["num"] + (("/" + a["suf"]) if a["suf"] else "")
    else:
        base = "Condominio " + pick(["Le Querce", "Residenza Parco", "Il Girasole", "Le Magnolie", "Villa Verde",
                                     "Residence Reno", "Torre Azzurra", "Corte dei Tigli", "I Platani", "Santa Rita",
                                     "Giardino", "Le Vele", "Belvedere", "Aurora", "I Gelsi"]) + pick(["", "", " - " + a["city"]])
    if base in admin.setdefault("names", []):
        base = "Condominio " + a["type"] + " " + a["name"] + " " + a["num"]
    admin["names"].append(base)
    ent = base_org("condominio", base, None, c, contact=admin["person"])
    _addrs.add(None)
    ent["addr"] = a
    ent["admin"] = admin
    ent["email"] = admin["email"]
    ent["pec"] = admin["pec"]
    ent["phones"] = list(admin["phones"])
    return ent


def gen_admin(city=None):
    c = city or wpick([(CITY_BY_NAME["Bologna"], 6), (CITY_BY_NAME["Milano"], 3), (CITY_BY_NAME["Modena"], 1),
                       (CITY_BY_NAME["Casalecchio di Reno"], 1), (CITY_BY_NAME["Imola"], 1)])
    p = contact_person(c)
    studio = pick(["Studio " + p["family"] + " Amministrazioni", "Amministrazioni " + p["family"],
                   "Studio Geom. " + p["family"], "Studio " + p["family"] + " & Associati", "Gestioni Condominiali " + p["family"]])
    dom = org_domain(studio)
    em = pick(["amministrazione", "studio", "condomini", "info"]) + "@" + dom
    reg_email(em)
    return {"person": p, "studio": studio, "email": em, "pec": org_pec(studio), "city": c[0],
            "phones": [new_landline(c[4])] + ([new_mobile()] if chance(0.3) else []),
            "studio_addr": new_addr(c, home=False)}


def gen_accountant(city=None):
    c = city or pick_city()
    p = contact_person(c)
    studio = "Studio " + pick(["Commercialista ", "Rag. ", "Dott. ", "Associato "]) + p["family"]
    dom = org_domain(studio)
    em = pick(["studio", "segreteria", "clienti", "contabilita"]) + "@" + dom
    reg_email(em)
    return {"studio": studio, "email": em, "phone": new_landline(c[4]), "city": c[0]}


def gen_group(city=None):
    c = city or pick_city()
    sur = pick(SURN)
    hold = base_org("group_holding", pick(["Gruppo " + sur, sur + " Holding", sur + " Partecipazioni"]), "spa" if chance(0.5) else "srl", c)
    dom = org_domain("gruppo" + sur)
    sw = new_landline(c[4])
    hold["email"] = "amministrazione@" + dom
    reg_email(hold["email"])
    hold["pec"] = org_pec(hold["base"])
    hold["phones"] = [sw]
    hold["group"] = {"sur": sur, "domain": dom, "switch": sw, "addr": hold["addr"], "city": c[0]}
    hold["sur"] = sur
    ops = []
    for t in pick([["Impianti", "Costruzioni"], ["Impianti", "Service"], ["Clima", "Energia"], ["Costruzioni", "Immobiliare"],
                   ["Idrotermica", "Manutenzioni"]]):
        o = base_org("group_operating", sur + " " + t, "srl", c, contact=contact_person(c) if chance(0.5) else None)
        if chance(0.6):
            o["addr"] = copy.deepcopy(hold["addr"])
        e = pick(["info.", "ufficio.", ""]) + slug(t) + "@" + dom
        reg_email(e)
        o["email"] = e if chance(0.7) else hold["email"]
        o["pec"] = org_pec(o["base"]) if chance(0.5) else None
        o["phones"] = [sw] if chance(0.5) else [new_landline(c[4])]
        o["group"] = hold["group"]
        o["sur"] = sur
        o["trade"] = t
        ops.append(o)
    return [hold] + ops


# ---------------------------------------------------------------- rendering
def acc_apos(s):
    out = []
    for ch in s:
        base = strip_acc(ch)
        if base != ch and base.lower() in "aeiou":
            out.append(base + "'")
        else:
            out.append(base if base != ch else ch)
    return "".join(out)


def acc_moji(s):
    try:
        return s.encode("utf-8").decode("cp1252", errors="replace")
    except Exception:
        return s


def tx(s, st):
    if s is None:
        return None
    a = st.get("accent", "keep")
    if a == "drop":
        s = strip_acc(s)
    elif a == "apos":
        s = acc_apos(s)
    elif a == "moji":
        s = acc_moji(s)
    cs = st.get("case", "keep")
    if cs == "upper":
        s = s.upper()
    elif cs == "lower":
        s = s.lower()
    return s


def person_given(ent, st):
    g = ent["given"]
    gf = st.get("given_form")
    if gf:
        g = gf
    return g


def render_name_person(ent, st):
    g = person_given(ent, st)
    f = st.get("family_form") or ent["family"]
    title = ent.get("title") if st.get("title") else None
    g, f = tx(g, st), tx(f, st)
    if st.get("swap"):
        gn, fn = f, g
    else:
        gn, fn = g, f
    pd = st.get("pdisplay", "gf")
    if st.get("swap"):
        disp = gn + " " + fn
    elif pd == "fg":
        disp = f + " " + g
    elif pd == "FG":
        disp = f.upper() + " " + g
    else:
        disp = g + " " + f
    if title and st.get("title_in") == "given":
        gn = title + " " + gn
    elif title:
        disp = title + " " + disp
    if st.get("display_only"):
        gn, fn = None, None
    return disp, gn, fn


def abbreviate(s, k):
    n = 0
    for full, abbs in ABBREV:
        if full in s and n < k:
            s = s.replace(full, abbs[R.randrange(len(abbs))], 1)
            n += 1
    return s


def render_company(ent, st):
    base = st.get("base_form") or ent["base"]
    if ent["kind"] == "ditta_individuale":
        g, f = ent["owner"]
        om = st.get("owner_mode", "fg")
        if om == "fg":
            base = base + " di " + f + " " + g
        elif om == "gf":
            base = base + " di " + g + " " + f
        elif om == "dash":
            base = base + " - " + f + " " + g
        elif om == "owner_first":
            base = f + " " + g + " " + base
        # "drop": only the trade/main part
    if st.get("amp"):
        base = base.replace(" & C.", pick([" e C.", " & c.", " &C.", " e c."])).replace(" e Figli", " & Figli")
    if st.get("abbrev"):
        base = abbreviate(base, st["abbrev"])
    form = ent.get("form")
    fv = st.get("form_v", 0)
    if form and fv != "drop":
        fs = FORMS[form][fv % len(FORMS[form])]
        if ent.get("uni") and st.get("uni", True):
            fs += UNI[st.get("uni_v", 0) % len(UNI)]
        name = base + (", " if st.get("form_comma") else " ") + fs
    else:
        name = base
    return tx(name, st)


def fmt_num(num, style):
    if num.startswith("3"):
        a, b = num[:3], num[3:]
    elif num.startswith("02"):
        a, b = "02", num[2:]
    elif num[:3] in ("051", "059", "039"):
        a, b = num[:3], num[3:]
    else:
        a, b = num[:4], num[4:]
    if style == "plain":
        return num
    if style == "space":
        return a + " " + b
    if style == "grouped":
        parts = [b[i:i + 2] for i in range(0, len(b), 2)] if len(b) % 2 == 0 else [b[:3]] + [b[i:i + 2] for i in range(3, len(b), 2)]
        return a + " " + " ".join(parts)
    if style == "dots":
        return a + "." + (b[:3] + "." + b[3:] if len(b) > 5 else b)
    if style == "slash":
        return a + "/" + b
    if style == "dash":
        return a + "-" + b
    if style == "paren":
        return "(" + a + ") " + b
    return num


def fmt_phone_one(num, st):
    style = st.get("pfmt", "space")
    s = fmt_num(num, style)
    intl = st.get("intl")
    if intl == "+39":
        s = "+39 " + s
    elif intl == "+39n":
        s = "+39" + num
    elif intl == "0039":
        s = "0039 " + s
    elif intl == "(+39)":
        s = "(+39) " + s
    return s


def render_phone(ent, st):
    phones = st.get("phones_override") or ent.get("phones") or []
    if not phones or st.get("no_phone"):
        return None
    which = st.get("pwhich", "first")
    if which == "first" or len(phones) == 1:
        out = fmt_phone_one(phones[0], st)
    elif which == "last":
        out = fmt_phone_one(phones[-1], st)
    else:
        sep = st.get("psep", " / ")
        if sep == "labels":
            out = "tel. " + fmt_phone_one(phones[0], st) + " cell. " + fmt_phone_one(phones[1], st)
        else:
            out = fmt_phone_one(phones[0], st) + sep + fmt_phone_one(phones[1], st)
    if st.get("ext_rand") and not ent.get("ext") and phones[0][0] == "0" and which != "both":
        out += pick([" int. ", " (int. ", " int."]) + st["ext_rand"]
        if "(int" in out:
            out += ")"
    if ent.get("ext") and phones[0] == ent.get("shared", {}).get("switch") and st.get("ext", True):
        out += pick([" int. ", " (int. ", " interno ", " int."]) + ent["ext"]
        if "(int" in out:
            out += ")"
    return out


def render_email(ent, st):
    if st.get("no_email"):
        return None
    e, p = (st.get("email_override") or ent.get("email")), ent.get("pec")
    w = st.get("ewhich", "email")
    if w == "pec" and p:
        out = p
    elif w == "both" and e and p:
        out = e + pick(["; ", ", ", " ; "]) + p
    else:
        out = e or (p if st.get("pec_fallback", True) else None)
    if out is None:
        return None
    ec = st.get("ecase", "lower")
    if ec == "upper":
        out = out.upper()
    elif ec == "cap":
        out = out[0].upper() + out[1:]
    return out


def render_addr(a, st):
    if a is None or st.get("no_addr"):
        return None
    t = a["type"]
    if st.get("type_abbr") and t in TYPE_ABBR:
        t = TYPE_ABBR[t][R.randrange(len(TYPE_ABBR[t]))]
    nm = a["name"]
    if st.get("short") and a["short"]:
        nm = a["short"]
    num = a["num"]
    if a["suf"]:
        num += pick(["/" + a["suf"], "/" + a["suf"].lower(), " " + a["suf"], a["suf"]]) if st.get("numvar") else "/" + a["suf"]
    nf = st.get("numfmt", "plain")
    if nf == "n":
        num = "n. " + num
    elif nf == "n2":
        num = "n." + num
    elif nf == "nr":
        num = "nr. " + num
    elif nf == "civ":
        num = "civ. " + num
    line1 = t + " " + nm + ("," if st.get("comma") else "") + " " + num
    extra = []
    if a["scala"]:
        extra.append(pick(["scala ", "sc. ", "Scala "]) + a["scala"])
    if a["int"]:
        extra.append(pick(["int. ", "int ", "interno ", "Int. "]) + a["int"])
    fr = None
    if a["fraz"]:
        fr = pick(["Fraz. ", "Frazione ", "loc. ", "Loc. ", "fraz. "]) + a["fraz"]
    l2mode = st.get("l2", "sep")
    line2 = None
    if l2mode == "sep":
        parts = extra + ([fr] if fr else [])
        line2 = " ".join(parts) if parts else None
    elif l2mode == "merge":
        if extra:
            line1 += " " + " ".join(extra)
        line2 = fr
    else:  # drop
        line2 = fr if chance(0.5) else None
    if st.get("co"):
        co = st["co"]
        line2 = (co + (" - " + line2 if line2 else ""))
    city = a["city"]
    cm = st.get("citymode", "plain")
    if cm == "prov":
        city = city + " (" + a["prov"] + ")"
    elif cm == "provsp":
        city = city + " " + a["prov"]
    elif cm == "fraz" and a["fraz"]:
        city = a["fraz"] + " di " + city
    cap = a["cap"]
    cp = st.get("cap", "cap")
    if cp == "generic":
        gen = {"Bologna": "40100", "Milano": "20100", "Modena": "41100", "Reggio Emilia": "42100", "Parma": "43100",
               "Forlì": "47100", "Cesena": "47023"}
        cap = gen.get(a["city"], cap)
    elif cp == "none":
        cap = None
    rg = st.get("region", "prov")
    region = {"prov": a["prov"], "provlower": a["prov"].capitalize(), "name": a["region"], "none": None,
              "provname": {"BO": "Bologna", "MI": "Milano", "MB": "Monza e Brianza", "MO": "Modena", "RE": "Reggio Emilia",
                           "PR": "Parma", "FC": "Forlì-Cesena"}[a["prov"]]}[rg]
    country = st.get("country", "IT")
    if st.get("oneline"):
        line1 = line1 + (" " + line2 if line2 else "") + ", " + ((cap + " ") if cap else "") + city + ((" (" + a["prov"] + ")") if cm == "plain" else "")
        line2, city, cap, region = None, None, None, None
    out = {"line1": tx(line1, st), "line2": tx(line2, st), "city": tx(city, st), "region": tx(region, st) if region else None,
           "postalCode": cap, "country": tx(country, st) if country else None}
    if out["country"] and len(out["country"]) == 2:
        out["country"] = out["country"].upper()
    return out


def render(ent, st):
    if ent["type"] == "person":
        disp, gn, fn = render_name_person(ent, st)
        comp = None
    else:
        comp = render_company(ent, st)
        gn = fn = None
        cp = st.get("contact_override", ent.get("contact")) if st.get("contact", True) else None
        if cp:
            g = cp["given"] if not st.get("contact_nick") else st["contact_nick"]
            gn, fn = tx(g, st), tx(cp["family"], st)
            if st.get("contact_swap"):
                gn, fn = fn, gn
        od = st.get("odisplay", "company")
        if od == "company":
            disp = comp
        elif od == "hint" and ent.get("display_hint"):
            disp = tx(ent["display_hint"], st)
        elif od == "upper":
            disp = comp.upper()
        elif od == "contact" and gn:
            disp = comp + " - " + gn + " " + fn
        else:
            disp = comp
    addr = ent.get("addr")
    if st.get("addr_override") is not None:
        addr = st["addr_override"]
    c = {"displayName": disp, "givenName": gn, "familyName": fn, "companyName": comp,
         "email": render_email(ent, st), "phone": render_phone(ent, st), "address": render_addr(addr, st)}
    return clean(c)


def clean(c):
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        v = c.get(k)
        if v is not None:
            v = re.sub(r"\s+", " ", v).strip()
            c[k] = v if v else None
    if c["address"] is not None:
        a = c["address"]
        for k in ("line1", "line2", "city", "region", "postalCode", "country"):
            v = a.get(k)
            if v is not None:
                v = re.sub(r"\s+", " ", v).strip()
                a[k] = v if v else None
        if all(a[k] is None for k in a):
            c["address"] = None
    return c


# ---------------------------------------------------------------- styles
def base_style():
    return {"accent": "keep", "case": "keep", "pdisplay": "gf", "title": True, "form_v": 0, "uni": True, "uni_v": 0,
            "abbrev": 0, "type_abbr": False, "short": False, "numfmt": "plain", "comma": False, "l2": "sep",
            "citymode": "plain", "cap": "cap", "region": "prov", "country": "IT", "pfmt": "space", "intl": None,
            "pwhich": "first", "ewhich": "email", "ecase": "lower", "odisplay": "company", "owner_mode": "fg"}


def qbo_style(ent):
    st = base_style()
    st["pdisplay"] = wpick([("gf", 60), ("fg", 30), ("FG", 5)])
    if chance(0.07):
        st["case"] = "upper"
    st["title"] = chance(0.6)
    st["form_v"] = wpick([(0, 60), (1, 10), (2, 10), (3, 10), (4, 5), (5, 5)])
    st["uni"] = chance(0.7)
    st["type_abbr"] = chance(0.15)
    st["short"] = chance(0.3)
    st["numfmt"] = wpick([("plain", 80), ("n", 10), ("n2", 5), ("civ", 5)])
    st["comma"] = chance(0.3)
    st["l2"] = wpick([("sep", 75), ("merge", 25)])
    st["region"] = wpick([("prov", 80), ("none", 10), ("name", 10)])
    st["country"] = wpick([("IT", 55), ("Italia", 30), (None, 15)])
    st["pfmt"] = wpick([("space", 50), ("plain", 25), ("grouped", 10), ("dots", 5), ("slash", 10)])
    st["intl"] = wpick([(None, 85), ("+39", 15)])
    st["pwhich"] = wpick([("first", 70), ("both", 30)])
    st["psep"] = pick([" / ", " - ", "; "])
    st["ewhich"] = wpick([("email", 85), ("both", 10), ("pec", 5)])
    st["owner_mode"] = wpick([("fg", 60), ("gf", 25), ("dash", 10), ("owner_first", 5)])
    if ent["type"] == "org" and ent["kind"] == "condominio" and chance(0.5):
        st["co"] = "c/o " + ent["admin"]["studio"]
    return st


SOURCES = [("webshop", 35), ("agent_app", 30), ("legacy_import", 20), ("pos", 15)]


def source_style(src, ent):
    st = base_style()
    if src == "webshop":
        st["case"] = wpick([("keep", 78), ("lower", 15), ("upper", 7)])
        st["accent"] = wpick([("keep", 60), ("drop", 25), ("apos", 15)])
        st["pdisplay"] = "gf"
        st["title"] = False
        st["form_v"] = R.randrange(8)
        st["uni"] = chance(0.3)
        st["type_abbr"] = chance(0.2)
        st["short"] = chance(0.2)
        st["numfmt"] = wpick([("plain", 70), ("n", 15), ("n2", 10), ("nr", 5)])
        st["comma"] = chance(0.5)
        st["l2"] = wpick([("sep", 60), ("merge", 30), ("drop", 10)])
        st["region"] = wpick([("prov", 55), ("provname", 20), ("name", 10), ("provlower", 10), ("none", 5)])
        st["country"] = wpick([("IT", 60), ("Italia", 30), ("Italy", 10)])
        st["pfmt"] = wpick([("plain", 45), ("space", 35), ("grouped", 10), ("dash", 5), ("dots", 5)])
        st["intl"] = wpick([(None, 70), ("+39", 15), ("+39n", 15)])
        st["pwhich"] = wpick([("first", 60), ("last", 30), ("both", 10)])
        st["ewhich"] = "email"
        st["ecase"] = wpick([("lower", 90), ("cap", 10)])
    elif src == "agent_app":
        st["case"] = wpick([("keep", 65), ("upper", 35)])
        st["accent"] = wpick([("keep", 60), ("drop", 20), ("apos", 20)])
        st["pdisplay"] = wpick([("fg", 45), ("FG", 20), ("gf", 35)])
        st["title"] = chance(0.5)
        st["form_v"] = R.randrange(8)
        st["abbrev"] = wpick([(0, 50), (1, 35), (2, 15)])
        st["type_abbr"] = chance(0.55)
        st["short"] = chance(0.5)
        st["numfmt"] = wpick([("plain", 50), ("n", 30), ("n2", 10), ("civ", 10)])
        st["comma"] = chance(0.5)
        st["l2"] = wpick([("sep", 40), ("merge", 50), ("drop", 10)])
        st["citymode"] = wpick([("plain", 60), ("prov", 30), ("fraz", 10)])
        st["region"] = wpick([("prov", 85), ("none", 15)])
        st["country"] = wpick([("IT", 50), ("Italia", 20), ("ITALIA", 10), (None, 20)])
        st["pfmt"] = wpick([("space", 45), ("grouped", 25), ("slash", 15), ("dots", 15)])
        st["intl"] = wpick([(None, 85), ("+39", 15)])
        st["pwhich"] = wpick([("first", 50), ("both", 40), ("last", 10)])
        st["psep"] = pick([" / ", " - ", " oppure ", "labels", "; "])
        st["ewhich"] = wpick([("email", 75), ("both", 15), ("pec", 10)])
        st["owner_mode"] = wpick([("fg", 40), ("gf", 20), ("drop", 20), ("dash", 10), ("owner_first", 10)])
    elif src == "legacy_import":
        st["case"] = wpick([("upper", 70), ("keep", 30)])
        st["accent"] = wpick([("apos", 45), ("moji", 30), ("drop", 25)])
        st["pdisplay"] = wpick([("FG", 50), ("fg", 40), ("gf", 10)])
        st["title"] = chance(0.4)
        st["form_v"] = R.randrange(8)
        st["uni"] = chance(0.6)
        st["uni_v"] = R.randrange(5)
        st["abbrev"] = wpick([(0, 40), (1, 40), (2, 20)])
        st["type_abbr"] = chance(0.6)
        st["short"] = chance(0.5)
        st["numfmt"] = wpick([("plain", 50), ("n", 30), ("nr", 10), ("civ", 10)])
        st["comma"] = chance(0.6)
        st["l2"] = wpick([("merge", 60), ("sep", 30), ("drop", 10)])
        st["citymode"] = wpick([("plain", 50), ("prov", 35), ("provsp", 15)])
        st["cap"] = wpick([("cap", 45), ("generic", 45), ("none", 10)])
        st["region"] = wpick([("prov", 70), ("none", 30)])
        st["country"] = wpick([("ITALIA", 45), ("IT", 25), (None, 30)])
        st["oneline"] = chance(0.15)
        st["pfmt"] = wpick([("slash", 45), ("plain", 20), ("dots", 15), ("paren", 10), ("space", 10)])
        st["intl"] = wpick([(None, 75), ("0039", 20), ("(+39)", 5)])
        st["pwhich"] = wpick([("first", 50), ("both", 50)])
        st["psep"] = pick([" / ", " - ", "; "])
        st["ewhich"] = wpick([("email", 80), ("both", 10), ("pec", 10)])
        st["ecase"] = wpick([("lower", 55), ("upper", 45)])
        st["owner_mode"] = wpick([("fg", 70), ("drop", 15), ("owner_first", 15)])
    else:  # pos
        st["case"] = wpick([("keep", 50), ("upper", 40), ("lower", 10)])
        st["accent"] = wpick([("keep", 40), ("drop", 50), ("apos", 10)])
        st["pdisplay"] = wpick([("gf", 50), ("fg", 50)])
        st["title"] = False
        st["form_v"] = R.randrange(8)
        st["uni"] = False
        st["abbrev"] = wpick([(0, 60), (1, 40)])
        st["type_abbr"] = chance(0.5)
        st["short"] = chance(0.5)
        st["l2"] = wpick([("merge", 50), ("drop", 50)])
        st["region"] = wpick([("prov", 60), ("none", 40)])
        st["country"] = wpick([(None, 50), ("IT", 50)])
        st["pfmt"] = wpick([("plain", 60), ("space", 40)])
        st["intl"] = None
        st["pwhich"] = wpick([("first", 60), ("last", 40)])
        st["no_addr"] = chance(0.55)
        st["no_email"] = chance(0.45)
        st["display_only"] = ent["type"] == "person" and chance(0.2)
        st["owner_mode"] = wpick([("fg", 50), ("drop", 50)])
    if ent["type"] == "org":
        st["odisplay"] = wpick([("company", 80), ("upper", 10), ("contact", 10)])
        st["contact"] = chance(0.7)
        if chance(0.08):
            st["ext_rand"] = str(R.randint(1, 30))
        if ent["kind"] == "condominio" and chance(0.4):
            st["co"] = pick(["c/o ", "C/O ", "presso "]) + ent["admin"]["studio"]
    if st["form_v"] >= 6:
        st["form_v"] = "drop" if chance(0.5) else st["form_v"]
    return st


# ---------------------------------------------------------------- noise
KB = {"a": "sqz", "b": "vng", "c": "xvd", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht", "h": "gjy", "i": "uok",
      "l": "kop", "m": "nj", "n": "bmh", "o": "ipl", "p": "ol", "r": "etf", "s": "adw", "t": "ryg", "u": "yij",
      "v": "cbf", "z": "xas", "k": "jl", "j": "hk", "q": "wa", "w": "qe", "x": "zc", "y": "tu"}


def typo(s):
    if not s:
        return s
    pos = [i for i, ch in enumerate(s) if ch.isalpha() and i > 0]
    if not pos:
        return s
    for _ in range(10):
        i = pick(pos)
        op = R.randrange(4)
        if op == 0 and i + 1 < len(s) and s[i + 1].isalpha() and s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == 1:
            t = s[:i] + s[i + 1:]
        elif op == 2:
            t = s[:i] + s[i] + s[i:]
        else:
            ch = s[i].lower()
            if ch not in KB:
                continue
            rep = pick(KB[ch])
            t = s[:i] + (rep.upper() if s[i].isupper() else rep) + s[i + 1:]
        if t != s:
            return t
    return s[:-1] if len(s) > 2 else s + "x"


def email_typo(e):
    loc, dom = e.split("@", 1)
    if chance(0.7) and len(loc) > 3:
        return typo(loc) + "@" + dom
    bad = {"libero.it": ["libero.com", "lbero.it", "libera.it"], "gmail.com": ["gmail.it", "gmial.com", "gmai.com"],
           "alice.it": ["alice.com", "allice.it"], "hotmail.it": ["hotmail.com", "hotmal.it"], "virgilio.it": ["virgillio.it"]}
    if dom in bad:
        return loc + "@" + pick(bad[dom])
    return typo(loc) + "@" + dom


def digit_off(num):
    i = R.randrange(3, len(num))
    d = str((int(num[i]) + pick([1, 9, 2, 8])) % 10)
    if chance(0.5) and i + 1 < len(num) and num[i] != num[i + 1]:
        return num[:i] + num[i + 1] + num[i] + num[i + 2:]
    return num[:i] + d + num[i + 1:]


# ---------------------------------------------------------------- normalisation shared with check.py (duplicated there)
PHONE_SPLIT = re.compile(r"\s+/\s+|\s+-\s+|;|,|\s+oppure\s+|(?:tel|cell|fax|uff)\.?\s*:?\s*(?=[\d+(])", re.I)


def phone_set(s):
    out = []
    if not s:
        return out
    for piece in PHONE_SPLIT.split(s):
        piece = re.sub(r"\(?\s*(?:int\.?|interno)\s*\d+\s*\)?", "", piece, flags=re.I).strip()
        if not piece:
            continue
        d = re.sub(r"\D", "", piece)
        if re.match(r"^\(?\+", piece):
            if d.startswith("39"):
                d = d[2:]
        elif d.startswith("0039"):
            d = d[4:]
        if len(d) >= 6 and d not in out:
            out.append(d)
    return out


def email_set(s):
    if not s:
        return []
    return sorted(set(re.findall(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}", s.lower())))


def norm_txt(s):
    if s is None:
        return ""
    s = s.replace("Ã", "a")
    s = strip_acc(s).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


ST_STOP = set("via viale v le vle piazza p zza za pzza corso c so largo l go strada str vicolo lo vic n nr civ del della dei degli "
              "delle dell d di san s santo santa loc fraz localita frazione ii iii xxiii don".split())


def addr_parts(a):
    if not a:
        return None
    l1 = a.get("line1") or ""
    txt = norm_txt(l1)
    m = re.search(r"\d+", txt)
    num = m.group(0) if m else None
    street = txt[:m.start()] if m else txt
    toks = [t for t in street.split() if t not in ST_STOP and len(t) >= 3]
    key = toks[-1] if toks else ""
    allt = " ".join(norm_txt(a.get(k)) for k in ("line1", "line2", "city", "postalCode", "region"))
    cap = a.get("postalCode") or None
    if not cap:
        mm = re.search(r"\b(\d{5})\b", allt)
        cap = mm.group(1) if mm else None
    city = norm_txt(a.get("city"))
    if not city:
        mm = re.search(r"\d{5} ([a-z ]+?)(?: bo| mi| mo| re| pr| fc| mb)?$", norm_txt(l1))
        city = mm.group(1) if mm else ""
    city = re.sub(r" (bo|mi|mo|re|pr|fc|mb)$", "", city)
    return {"num": num, "key": key, "cap": cap, "city": city}


def addr_shared(a, b):
    pa, pb = addr_parts(a), addr_parts(b)
    if not pa or not pb or not pa["num"] or pa["num"] != pb["num"] or not pa["key"] or not pb["key"]:
        return False
    if pa["key"] != pb["key"] and SequenceMatcher(None, pa["key"], pb["key"]).ratio() < 0.7:
        return False
    if pa["cap"] and pb["cap"] and pa["cap"] == pb["cap"]:
        return True
    ca, cb = pa["city"], pb["city"]
    if ca and cb and (ca == cb or ca in cb or cb in ca):
        return True
    return False


def evidence(a, b):
    ev = []
    if set(email_set(a["email"])) & set(email_set(b["email"])):
        ev.append("email")
    if set(phone_set(a["phone"])) & set(phone_set(b["phone"])):
        ev.append("phone")
    if addr_shared(a["address"], b["address"]):
        ev.append("address")
    return ev


PERSONAL_DOMS = set(d for d, _ in PERSONAL_DOMAINS) | set(PEC_DOMAINS)
NAME_STOP = set("srl srls spa snc sas s r l p a n c soc coop cooperativa a r l e c di del della dei & figli f lli fratelli "
                "unipersonale socio unico u semplificata societa cons scarl the group service hotel albergo "
                "idraulica termoidraulica impianti elettroimpianti edilizia costruzioni termotecnica idrotermica "
                "climatizzazione tecnologici ristrutturazioni idrotermosanitaria termoimpianti clima imp idr termoidr "
                "costr edil ediliz elettroimp nuova condominio cond condom via viale piazza istituto comprensivo ic i "
                "comune ufficio settore servizio uff sett serv parrocchia parr in san santa santi s ss azienda usl ausl "
                "asst nord uo uoc tecnico studio amministrazioni".split())


def name_core(s):
    return [t for t in norm_txt(s).split() if t not in NAME_STOP and len(t) >= 3]


def domain_of(e):
    return [x.split("@")[1] for x in email_set(e)]


def shared_attrs(a, b):
    """What an incoming record a shares with an existing record b (used for hard negatives)."""
    sh = evidence(a, b)
    da = [d for d in domain_of(a["email"]) if d not in PERSONAL_DOMS]
    db = [d for d in domain_of(b["email"]) if d not in PERSONAL_DOMS]
    if set(da) & set(db) and "email" not in sh:
        sh.append("email_domain")
    if a["familyName"] and b["familyName"] and norm_txt(a["familyName"]) == norm_txt(b["familyName"]):
        sh.append("family_name")
    if a["givenName"] and b["givenName"] and norm_txt(a["givenName"]) == norm_txt(b["givenName"]):
        sh.append("given_name")
    ca = name_core(a["companyName"] or a["displayName"])
    cb = name_core(b["companyName"] or b["displayName"])
    if set(ca) & set(cb):
        sh.append("name_token")
    pa, pb = addr_parts(a["address"]), addr_parts(b["address"])
    if pa and pb and pa["city"] and pb["city"] and pa["city"] == pb["city"]:
        sh.append("city")
    if pa and pb and pa["key"] and pa["key"] == pb["key"] and "address" not in sh:
        sh.append("street")
    return sh


# ---------------------------------------------------------------- field diff (changes)
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
COVER = {"name": ["displayName", "givenName", "familyName"], "company": ["companyName", "displayName"],
         "contact": ["givenName", "familyName", "displayName"], "email": ["email"], "phone": ["phone"],
         "address": ["address"], "displayName": ["displayName"]}


def auto_changes(inc, cmp_, ops, word="format"):
    covered = []
    for op in ops:
        covered.extend(COVER.get(op.split(":")[0], []))
    out = list(ops)
    for f in FIELDS:
        a, b = inc[f], cmp_[f]
        if a == b or f in covered:
            continue
        if a is None:
            out.append(f + ":dropped")
        elif b is None:
            out.append(f + ":added")
        else:
            out.append(f + ":" + word)
    return out


# ---------------------------------------------------------------- perturbation for matches
def has_nonascii(*ss):
    return any(s and strip_acc(s) != s for s in ss)


LIGHT_EXCLUDE = ("address:moved", "phone:other_number", "email:new", "contact:other_person", "name:swapped_given_family",
                 "phone:digit_off", "email:typo", "address:oneline", "email:pec_instead")


def perturb(ent, src, profile, forbid=()):
    """Return (entity copy, style, ops, post-ops) for a matching record."""
    e = copy.deepcopy(ent)
    st = source_style(src, e)
    ops = []
    n = {"light": R.randint(0, 1), "medium": R.randint(2, 3), "harsh": R.randint(4, 6)}[profile]
    if profile == "light":
        # light: formatting differences only + at most one small thing
        st["abbrev"] = min(st.get("abbrev", 0), 1)
        st["no_addr"] = False if chance(0.6) else st.get("no_addr", False)
        if st.get("accent") == "moji":
            st["accent"] = "apos"
    pool = []
    if e["type"] == "person":
        if e["nick"]:
            pool.append("name:nickname")
        pool += ["name:swapped_given_family", "name:typo_given", "name:typo_family"]
        if e["gvar"]:
            pool.append("name:given_variant")
        if len(e["given"].split()) > 1:
            pool.append("name:second_given_dropped")
        if e["fvar"]:
            pool += ["name:family_variant", "name:family_variant"]
        if e["title"]:
            pool.append("name:title_in_given")
        if has_nonascii(e["given"], e["family"]):
            pool.append("name:accent_mangled")
    else:
        pool += ["company:typo", "company:legal_form_dropped", "company:abbreviated"]
        if e["kind"] == "ditta_individuale":
            pool += ["company:owner_part_dropped", "company:owner_first"]
        if " & C." in e["base"] or " e Figli" in e["base"]:
            pool.append("company:partners_written_otherwise")
        if e.get("contact"):
            pool += ["contact:other_person", "contact:dropped", "contact:nickname"]
        else:
            pool.append("contact:added")
    if e.get("email"):
        pool += ["email:new", "email:typo", "email:dropped", "email:upper"]
        if e.get("pec"):
            pool.append("email:pec_instead")
    elif e.get("pec"):
        pool.append("email:dropped")
    if e.get("phones"):
        pool += ["phone:digit_off", "phone:other_number", "phone:dropped", "phone:second_number_added", "phone:prefix_0039"]
    if e.get("addr"):
        pool += ["address:moved", "address:dropped", "address:street_typo", "address:generic_cap", "address:city_typo",
                 "address:oneline"]
        if e["addr"]["int"]:
            pool.append("address:interno_dropped")
    pool = [p for p in pool if p.split(":")[0] not in forbid]
    if profile == "light":
        pool = [p for p in pool if p not in LIGHT_EXCLUDE]
    R.shuffle(pool)
    chosen = []
    for p in pool:
        if len(chosen) >= n:
            break
        if p in chosen:
            continue
        if any(c.split(":")[0] == p.split(":")[0] and p.split(":")[0] in ("email", "phone") for c in chosen):
            continue
        if p.startswith("address:") and any(c.startswith("address:") for c in chosen):
            continue
        if p.startswith("contact:") and any(c.startswith("contact:") for c in chosen):
            continue
        if p.startswith("name:typo") and any(c.startswith("name:typo") for c in chosen):
            continue
        if p == "name:nickname" and any(c in ("name:given_variant", "name:second_given_dropped") for c in chosen):
            continue
        if p in ("name:given_variant", "name:second_given_dropped") and "name:nickname" in chosen:
            continue
        chosen.append(p)
    post = []
    for op in chosen:
        f, what = op.split(":")
        if op == "name:nickname":
            st["given_form"] = pick(e["nick"])
        elif op == "name:swapped_given_family":
            st["swap"] = True
            st["display_only"] = False
        elif op == "name:given_variant":
            st["given_form"] = pick(e["gvar"])
        elif op == "name:second_given_dropped":
            st["given_form"] = e["given"].split()[0]
        elif op == "name:family_variant":
            st["family_form"] = pick(e["fvar"])
        elif op == "name:title_in_given":
            st["title"] = True
            st["title_in"] = "given"
            st["display_only"] = False
        elif op == "name:accent_mangled":
            st["accent"] = pick(["drop", "apos", "moji"])
        elif op in ("name:typo_given", "name:typo_family", "company:typo"):
            post.append(op)
        elif op == "company:legal_form_dropped":
            if e.get("form"):
                st["form_v"] = "drop"
            else:
                continue
        elif op == "company:abbreviated":
            st["abbrev"] = 2
        elif op == "company:owner_part_dropped":
            st["owner_mode"] = "drop"
        elif op == "company:owner_first":
            st["owner_mode"] = "owner_first"
        elif op == "company:partners_written_otherwise":
            st["amp"] = True
        elif op == "contact:other_person":
            st["contact_override"] = contact_person(city_of(e))
            st["contact"] = True
        elif op == "contact:dropped":
            st["contact"] = False
        elif op == "contact:nickname":
            if e["contact"]["nick"]:
                st["contact_nick"] = pick(e["contact"]["nick"])
                st["contact"] = True
            else:
                st["contact_swap"] = True
                st["contact"] = True
                op = "contact:given_family_swapped"
        elif op == "contact:added":
            e["contact"] = contact_person(city_of(e))
            st["contact"] = True
        elif op == "email:new":
            if e["type"] == "person":
                e["email"] = person_email(e["given"], e["family"], None)
            else:
                dom = e["email"].split("@")[1]
                ne = None
                if dom not in PERSONAL_DOMS and chance(0.6):
                    locs = ["ufficio", "acquisti", "amministrazione", "contabilita", "fatture", "magazzino", "tecnico"]
                    if e.get("contact"):
                        locs.append(slug(e["contact"]["given"])[0] + "." + slug(e["contact"]["family"]))
                    R.shuffle(locs)
                    for loc in locs:
                        if reg_email(loc + "@" + dom):
                            ne = loc + "@" + dom
                            break
                e["email"] = ne or org_mail(e["base"], personal_ok=True)
            st["no_email"] = False
            st["ewhich"] = "email"
        elif op == "email:typo":
            post.append(op)
            st["no_email"] = False
            st["ewhich"] = "email"
        elif op == "email:dropped":
            st["no_email"] = True
        elif op == "email:upper":
            st["ecase"] = "upper"
            st["no_email"] = False
        elif op == "email:pec_instead":
            st["ewhich"] = "pec"
            st["no_email"] = False
        elif op == "phone:digit_off":
            i = 0 if st.get("pwhich") != "last" else len(e["phones"]) - 1
            e["phones"] = list(e["phones"])
            e["phones"][i] = digit_off(e["phones"][i])
            if st.get("pwhich") == "both" and len(e["phones"]) > 1:
                st["pwhich"] = "first" if i == 0 else "last"
        elif op == "phone:other_number":
            e["phones"] = [new_mobile()]
        elif op == "phone:dropped":
            st["no_phone"] = True
        elif op == "phone:second_number_added":
            e["phones"] = list(e["phones"]) + [new_mobile()] if len(e["phones"]) == 1 else list(e["phones"])
            st["pwhich"] = "both"
            st["psep"] = pick([" / ", " - ", " oppure ", "labels", "; "])
        elif op == "phone:prefix_0039":
            st["intl"] = pick(["0039", "+39", "+39n", "(+39)"])
        elif op == "address:moved":
            area = "milan" if e["addr"]["prov"] in ("MI", "MB") else None
            same_city = chance(0.6)
            e["addr"] = new_addr(CITY_BY_NAME[e["addr"]["city"]] if same_city else pick_city(area),
                                 home=e["type"] == "person")
            st["no_addr"] = False
        elif op == "address:dropped":
            st["no_addr"] = True
        elif op == "address:street_typo":
            post.append(op)
            st["no_addr"] = False
        elif op == "address:generic_cap":
            st["cap"] = "generic" if e["addr"]["city"] in ("Bologna", "Milano", "Modena", "Parma", "Reggio Emilia", "Forlì") else "none"
            st["no_addr"] = False
        elif op == "address:city_typo":
            post.append(op)
            st["no_addr"] = False
        elif op == "address:oneline":
            st["oneline"] = True
            st["no_addr"] = False
        elif op == "address:interno_dropped":
            e["addr"]["int"] = None
            e["addr"]["scala"] = None
            st["no_addr"] = False
        ops.append(op)
    return e, st, ops, post


def apply_post(c, post):
    for op in post:
        if op == "name:typo_given" and c["givenName"]:
            new = typo(c["givenName"])
            c["displayName"] = c["displayName"].replace(c["givenName"], new, 1)
            c["givenName"] = new
        elif op == "name:typo_family" and c["familyName"]:
            new = typo(c["familyName"])
            c["displayName"] = c["displayName"].replace(c["familyName"], new, 1)
            c["familyName"] = new
        elif op in ("name:typo_given", "name:typo_family"):
            c["displayName"] = typo(c["displayName"])
        elif op == "company:typo" and c["companyName"]:
            new = typo(c["companyName"])
            if c["displayName"] == c["companyName"]:
                c["displayName"] = new
            c["companyName"] = new
        elif op == "email:typo" and c["email"]:
            es = email_set(c["email"])
            if es:
                orig = c["email"]
                tgt = es[0]
                i = orig.lower().find(tgt)
                c["email"] = orig[:i] + email_typo(orig[i:i + len(tgt)]) + orig[i + len(tgt):]
        elif op == "address:street_typo" and c["address"]:
            l1 = c["address"]["line1"]
            m = re.search(r"\d", l1)
            head = l1[:m.start()] if m else l1
            words = head.split()
            idx = [i for i, w in enumerate(words) if len(w) >= 5]
            if idx:
                i = idx[-1]
                words[i] = typo(words[i])
                c["address"]["line1"] = " ".join(words) + (" " + l1[m.start():] if m else "")
        elif op == "address:city_typo" and c["address"] and c["address"]["city"]:
            c["address"]["city"] = typo(c["address"]["city"])
    return c


# ---------------------------------------------------------------- build existing
def build_existing():
    ents = []
    # organisations ~825
    orgs = []
    for _ in range(300):
        orgs.append(gen_company(area="milan" if chance(0.18) else None))
    for _ in range(90):
        orgs.append(gen_partnership())
    for _ in range(110):
        orgs.append(gen_ditta())
    for _ in range(30):
        orgs.append(gen_coop())
    for _ in range(15):
        orgs.append(gen_consorzio())
    # condomini: clusters per amministratore
    admins = []
    condos = []
    while len(condos) < 110:
        ad = gen_admin()
        admins.append(ad)
        for _ in range(min(R.randint(2, 6), 110 - len(condos))):
            condos.append(gen_condo(ad))
    orgs += condos
    # comuni
    publics = []
    comuni = ["Casalecchio di Reno", "San Lazzaro di Savena", "Castel Maggiore", "Budrio", "Medicina",
              "Ozzano dell'Emilia", "Zola Predosa", "Pianoro", "Castenaso", "Granarolo dell'Emilia", "Carpi", "Sassuolo",
              "Sesto San Giovanni", "Segrate", "Correggio", "Imola"]
    bodies = []
    for cn in comuni:
        c = CITY_BY_NAME[cn]
        sh = public_body_shared(c, cn, "comune_ufficio")
        depts = list(COMUNE_DEPTS)
        R.shuffle(depts)
        k = R.randint(1, 4)
        bodies.append(("comune_ufficio", "Comune di " + cn, c, sh, depts[k:]))
        for d in depts[:k]:
            if len(publics) < 40:
                publics.append(gen_public("comune_ufficio", "Comune di " + cn, d, c, sh))
    for bname, short, cn in ASL_BODIES:
        c = CITY_BY_NAME[cn]
        sh = public_body_shared(c, short, "asl_servizio")
        depts = list(ASL_DEPTS)
        R.shuffle(depts)
        k = 2 if bname != "Azienda USL di Bologna" else 4
        bodies.append(("asl_servizio", bname, c, sh, depts[k:]))
        for d in depts[:k]:
            publics.append(gen_public("asl_servizio", bname, d, c, sh))
    orgs += publics
    schools = []
    used_school = []
    while len(schools) < 30:
        c = pick_city()
        n = R.randint(1, 22) if chance(0.5) else None
        if n is not None and (c[0], n) in used_school:
            continue
        s = gen_school(c, n)
        if n is not None:
            used_school.append((c[0], n))
        schools.append(s)
    orgs += schools
    for _ in range(25):
        orgs.append(gen_parish())
    used_hotel = []
    hc = 0
    while hc < 30:
        c = pick_city()
        nm = pick(HOTEL_NAMES)
        if (c[0], nm) in used_hotel:
            continue
        used_hotel.append((c[0], nm))
        orgs.append(gen_hotel(c, nm))
        hc += 1
    groups = []
    for _ in range(11):
        g = gen_group()
        groups.append(g)
        orgs += g
    # accountant clusters: small firms whose mailbox/phone is the accountant's
    accts = []
    smalls = [o for o in orgs if o["kind"] in ("org_srls", "ditta_individuale", "org_snc")]
    for i in range(8):
        ac = gen_accountant()
        accts.append(ac)
        for o in smalls[i * 3:i * 3 + 2]:
            o["email"] = ac["email"]
            o["phones"] = [ac["phone"]] if chance(0.6) else [ac["phone"]] + o["phones"][:1]
            o["acct"] = ac
    # persons ~675
    persons = []
    npers = 1500 - len(orgs)
    while len(persons) < npers:
        r = R.random()
        if r < 0.06 and len(persons) < npers - 1:
            # household: spouse with her own surname, shared address and landline
            h = gen_person(origin="it", gender="m")
            if h["addr"] is None:
                h["addr"] = new_addr(city_of(h))
            w = gen_person(origin="it", gender="f", city=city_of(h))
            w["addr"] = copy.deepcopy(h["addr"])
            ll = new_landline(city_of(h)[4])
            h["phones"] = [ll] + h["phones"][-1:]
            w["phones"] = [ll] + w["phones"][-1:]
            persons += [h, w]
        elif r < 0.09 and len(persons) < npers - 1:
            # namesakes: same name, different city (QBO forces a distinct display name)
            a = gen_person(origin="it")
            b = gen_person(origin="it", given=a["given"], family=a["family"], gender=a["gender"])
            b["gvar"], b["fvar"], b["nick"] = a["gvar"], a["fvar"], a["nick"]
            persons += [a, b]
        else:
            persons.append(gen_person())
    ents = orgs + persons
    return ents, {"admins": admins, "bodies": bodies, "groups": groups, "accts": accts}


def ensure_contact_present(ent, c):
    return c["email"] or c["phone"] or c["address"]


# ---------------------------------------------------------------- main build
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    ents, ctx = build_existing()
    assert len(ents) == 1500, len(ents)
    # render existing with QBO style, unique display names
    ex_recs = []
    seen = {}
    for e in ents:
        for attempt in range(30):
            st = qbo_style(e)
            if e["type"] == "org" and e["kind"] in ("condominio",) and chance(0.3):
                st["abbrev"] = 1
            c = render(e, st)
            if ensure_contact_present(e, c):
                break
        key = c["displayName"].casefold()
        if key in seen:
            city = e["addr"]["city"] if e.get("addr") else e["home_city"]
            c["displayName"] = c["displayName"] + " (" + city + ")"
            key = c["displayName"].casefold()
            k = 2
            while key in seen:
                c["displayName"] = re.sub(r" \(\d+\)$", "", c["displayName"]) + " (" + str(k) + ")"
                key = c["displayName"].casefold()
                k += 1
        seen[key] = True
        e["existing"] = c
        ex_recs.append((c["displayName"].casefold(), e, c))
    ex_recs.sort(key=lambda t: t[0])
    existing = []
    for i, (_, e, c) in enumerate(ex_recs):
        e["ex_index"] = i
        existing.append((e, c))
    by_kind = {}
    for e, c in existing:
        by_kind.setdefault(e["kind"], []).append(e)

    # ---------------- plan incoming
    slots = []
    # matches: 825 (785 distinct entities + 40 repeats)
    order = [e for e, _ in existing]
    R.shuffle(order)
    m_ents = order[:785]
    m_ents += [pick(m_ents) for _ in range(40)]
    for e in m_ents:
        slots.append({"cat": "match", "ent": e})
    # new: 525 records
    new_ents = []
    for i in range(400):
        occ = 1 if i < 300 else (2 if i < 375 else 3)
        r = R.random()
        if r < 0.48:
            ne = gen_person()
        elif r < 0.72:
            ne = gen_company(area="milan" if chance(0.2) else None)
        elif r < 0.80:
            ne = gen_ditta()
        elif r < 0.86:
            ne = gen_partnership()
        elif r < 0.90:
            ne = gen_hotel(pick_city(), pick(HOTEL_NAMES))
        elif r < 0.94:
            ne = gen_condo(gen_admin())
        elif r < 0.97:
            ne = gen_coop()
        else:
            ne = gen_parish()
        if not (ne.get("email") or ne.get("phones") or ne.get("addr")):
            ne["phones"] = [new_mobile()]
        # pivot field kept stable across occurrences
        piv = []
        if ne.get("email"):
            piv.append("email")
        if ne.get("phones"):
            piv.append("phone")
        if ne.get("addr"):
            piv.append("address")
        ne["pivot"] = pick(piv)
        new_ents.append(ne)
        for _ in range(occ):
            slots.append({"cat": "new", "ent": ne})
    # hard negatives
    HN_PLAN = [("namesake_other_city", 12), ("namesake_same_city", 10), ("household_member", 13), ("father_son", 12),
               ("spouse", 12), ("other_branch", 12), ("group_company", 12), ("condominio_same_admin", 13),
               ("accountant_shared_mailbox", 8), ("later_occupant", 12), ("similar_name_other_trade", 12),
               ("public_other_department", 10), ("partner_private", 7), ("school_other_institute", 5)]
    for t, n in HN_PLAN:
        for _ in range(n):
            slots.append({"cat": "hard_negative", "hn_type": t})
    assert len(slots) == 1500, len(slots)
    R.shuffle(slots)

    # ---------------- generate incoming
    incoming = []
    meta_in = []
    first_occ = {}
    occ_count = {}
    used_anchor = {}
    persons_ex = [e for e, _ in existing if e["type"] == "person"]
    for idx, s in enumerate(slots):
        if s["cat"] == "match":
            e = s["ent"]
            cmp_ = e["existing"]
            profile = wpick([("light", 35), ("medium", 40), ("harsh", 25)])
            for attempt in range(40):
                src = wpick(SOURCES)
                e2, st, ops, post = perturb(e, src, profile)
                c = clean(apply_post(render(e2, st), post))
                ev = evidence(c, cmp_)
                if ev and c["displayName"]:
                    break
            else:
                raise RuntimeError("no evidence")
            ch = auto_changes(c, cmp_, ops)
            incoming.append((e, c))
            meta_in.append({"set": "incoming", "index": idx, "entity": e["id"], "category": "match", "kind": e["kind"],
                            "changes": ch, "source": src, "profile": profile, "evidence": ev,
                            "compare_set": "existing", "compare_index": e["ex_index"]})
        elif s["cat"] == "new":
            e = s["ent"]
            occ_count[e["id"]] = occ_count.get(e["id"], 0) + 1
            occ = occ_count[e["id"]]
            if occ == 1:
                src = wpick(SOURCES)
                for attempt in range(30):
                    st = source_style(src, e)
                    for k in ("no_email", "no_phone", "no_addr"):
                        st[k] = st.get(k, False) and ("email" if k == "no_email" else "phone" if k == "no_phone" else "address") != e["pivot"]
                    c = render(e, st)
                    if c["email"] or c["phone"] or c["address"]:
                        break
                first_occ[e["id"]] = (idx, c)
                incoming.append((e, c))
                meta_in.append({"set": "incoming", "index": idx, "entity": e["id"], "category": "new", "kind": e["kind"],
                                "changes": [], "source": src, "occurrence": 1})
            else:
                fidx, fc = first_occ[e["id"]]
                profile = wpick([("light", 40), ("medium", 45), ("harsh", 15)])
                forbid = (e["pivot"],)
                for attempt in range(40):
                    src = wpick(SOURCES)
                    e2, st, ops, post = perturb(e, src, profile, forbid=forbid)
                    for k, f in (("no_email", "email"), ("no_phone", "phone"), ("no_addr", "address")):
                        if f == e["pivot"]:
                            st[k] = False
                    c = clean(apply_post(render(e2, st), post))
                    ev = evidence(c, fc)
                    if ev:
                        break
                else:
                    raise RuntimeError("no evidence new")
                ch = auto_changes(c, fc, ops)
                incoming.append((e, c))
                meta_in.append({"set": "incoming", "index": idx, "entity": e["id"], "category": "new", "kind": e["kind"],
                                "changes": ch, "source": src, "occurrence": occ, "profile": profile, "evidence": ev,
                                "compare_set": "incoming", "compare_index": fidx})
        else:
            t = s["hn_type"]
            res = make_hn(t, existing, by_kind, persons_ex, used_anchor, ctx)
            he, anchor, c, rule, src, ch, sh = res
            incoming.append((he, c))
            meta_in.append({"set": "incoming", "index": idx, "entity": he["id"], "category": "hard_negative",
                            "kind": he["kind"], "changes": ch, "source": src, "anchor": anchor["id"],
                            "anchor_index": anchor["ex_index"], "hn_type": t, "rule": rule, "shared": sh})

    # ---------------- write
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e, c in existing:
            f.write(json.dumps({"set": "existing", "entity": e["id"], "contact": c}, ensure_ascii=False) + "\n")
        for e, c in incoming:
            f.write(json.dumps({"set": "incoming", "entity": e["id"], "contact": c}, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (e, c) in enumerate(existing):
            f.write(json.dumps({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                                "kind": e["kind"], "changes": []}, ensure_ascii=False) + "\n")
        for m in meta_in:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- hard negatives
RULES = {
    "namesake_other_city": "one customer per natural person: same name, but a different person (other town, other phone and e-mail, no shared contact)",
    "namesake_same_city": "one customer per natural person: a namesake in the same town with his/her own address, phone and e-mail",
    "household_member": "one customer per natural person: another member of the household at the same address (own codice fiscale)",
    "father_son": "one customer per natural person: father and son share surname and home but are two people, each invoiced separately",
    "spouse": "one customer per natural person: the spouse keeps her own surname and is her own customer, even with the shared home/phone/e-mail",
    "other_branch": "one customer per legal entity: the other outlet is run by a separate company with its own partita IVA",
    "group_company": "one customer per legal entity: a sister company of the same group (own partita IVA) sharing the group's offices",
    "condominio_same_admin": "each condominio is its own customer (own codice fiscale); the amministratore's studio mailbox/phone is shared by all his condomini",
    "accountant_shared_mailbox": "one customer per legal entity: another client of the same accountant, who handles e-mail/phone for both",
    "later_occupant": "a different customer who now occupies the premises/flat of the existing customer",
    "similar_name_other_trade": "one customer per legal entity: a different firm with a similar name in another trade",
    "public_other_department": "public bodies are invoiced per ufficio (own codice univoco ufficio for e-invoicing): another department is another customer",
    "partner_private": "the partnership is a legal entity; its partner buying for his own home is a separate private customer",
    "school_other_institute": "each Istituto Comprensivo is a separate public body with its own codice fiscale and codice univoco",
}

HN_NEED = {
    "namesake_other_city": lambda sh: "family_name" in sh and "given_name" in sh and not ({"email", "phone", "address", "city"} & set(sh)),
    "namesake_same_city": lambda sh: "family_name" in sh and "given_name" in sh and "city" in sh and not ({"email", "phone", "address"} & set(sh)),
    "household_member": lambda sh: "address" in sh and "given_name" not in sh,
    "father_son": lambda sh: "address" in sh and "family_name" in sh and "email" not in sh,
    "spouse": lambda sh: "address" in sh and ("email" in sh or "phone" in sh) and "family_name" not in sh,
    "other_branch": lambda sh: "name_token" in sh and "address" not in sh and "phone" not in sh,
    "group_company": lambda sh: "name_token" in sh and ("address" in sh or "phone" in sh or "email" in sh or "email_domain" in sh),
    "condominio_same_admin": lambda sh: "email" in sh or "phone" in sh,
    "accountant_shared_mailbox": lambda sh: "email" in sh or "phone" in sh,
    "later_occupant": lambda sh: "address" in sh and "email" not in sh and "phone" not in sh,
    "similar_name_other_trade": lambda sh: "name_token" in sh and "city" in sh and not ({"email", "phone", "address"} & set(sh)),
    "public_other_department": lambda sh: "name_token" in sh and ("address" in sh or "phone" in sh or "email_domain" in sh or "email" in sh),
    "partner_private": lambda sh: "family_name" in sh and "given_name" in sh and "phone" in sh,
    "school_other_institute": lambda sh: "city" in sh,
}


def choose_anchor(cands, used_anchor, pred=lambda e: True):
    cs = [e for e in cands if e["id"] not in used_anchor and pred(e)]
    if not cs:
        cs = [e for e in cands if pred(e)]
    a = pick(cs)
    used_anchor[a["id"]] = True
    return a


def hn_light_style(src, he):
    st = source_style(src, he)
    st["no_addr"] = False
    st["no_email"] = False if chance(0.6) else st.get("no_email", False)
    st["display_only"] = False
    return st


def make_hn(t, existing, by_kind, persons_ex, used_anchor, ctx):
    def kinds(*ks):
        out = []
        for k in ks:
            out += by_kind.get(k, [])
        return out

    for attempt in range(200):
        src = wpick(SOURCES)
        st_over = {}
        if t in ("namesake_other_city", "namesake_same_city"):
            a = choose_anchor(persons_ex, used_anchor)
            if t == "namesake_other_city":
                cities = [c for c in CITIES if c[0] != city_of(a)[0]]
                c = pick(cities)
            else:
                c = city_of(a)
            he = gen_person(origin=a["origin"], city=c, given=a["given"], family=a["family"], gender=a["gender"])
            he["gvar"], he["fvar"], he["nick"] = a["gvar"], a["fvar"], a["nick"]
            he["title"] = None
            if he["addr"] is None:
                he["addr"] = new_addr(c)
        elif t in ("household_member", "father_son", "spouse"):
            a = choose_anchor(persons_ex, used_anchor, lambda e: e.get("addr") is not None and e["origin"] != "cn")
            if t == "household_member":
                he = gen_person(origin=a["origin"], city=city_of(a), family=a["family"],
                                gender="f" if chance(0.5) else "m")
                if he["given"] == a["given"]:
                    continue
                he["fvar"] = a["fvar"]
            elif t == "father_son":
                he = gen_person(origin=a["origin"], city=city_of(a), family=a["family"], gender="m",
                                given=a["given"] if (a["gender"] == "m" and chance(0.5)) else None)
                he["fvar"] = a["fvar"]
                he["gvar"] = a["gvar"] if he["given"] == a["given"] else he["gvar"]
                he["title"] = None
                he["year"] = min(2004, a["year"] + R.randint(24, 34))
                if he.get("email"):
                    he["email"] = person_email(he["given"], he["family"], he["year"])
                if he["given"] == a["given"] and chance(0.6):
                    he["given"] = he["given"] + pick([" jr", " Jr.", " junior"])
            else:
                he = gen_person(origin=a["origin"], city=city_of(a), gender="f" if a["gender"] == "m" else "m")
                if he["family"] == a["family"]:
                    continue
                if a.get("email") and chance(0.6):
                    he["email"] = a["email"]
                elif a.get("phones"):
                    he["phones"] = [a["phones"][0]] + he["phones"][-1:]
            he["addr"] = copy.deepcopy(a["addr"])
            if t == "household_member" and a.get("phones") and a["phones"][0][0] == "0" and chance(0.6):
                he["phones"] = [a["phones"][0]] + [p for p in he["phones"] if p[0] == "3"][:1]
        elif t == "other_branch":
            a = choose_anchor(kinds("org_srl", "org_spa", "org_srls", "hotel"), used_anchor,
                              lambda e: len(name_core(e["base"])) > 0)
            c = pick(MILAN_AREA) if city_of(a)[1] not in ("MI", "MB") else pick([x for x in CITIES if x[1] == "BO"])
            he = copy.deepcopy(a)
            he["id"] = new_id()
            he["kind"] = a["kind"]
            he["base"] = a["base"] + " " + pick([c[0], c[0], "Nord", "Sud", c[0] + " Centro"])
            he["form"] = pick(["srl", "srls"])
            he["addr"] = new_addr(c, home=False)
            he["phones"] = [new_landline(c[4])]
            dom = (a.get("email") or "x@" + org_domain(a["base"])).split("@")[1]
            if dom in PERSONAL_DOMS:
                dom = org_domain(a["base"] + c[0])
            e2 = slug(c[0])[:8] + "@" + dom
            if not reg_email(e2):
                e2 = slug(c[0])[:8] + str(R.randint(2, 99)) + "@" + dom
                reg_email(e2)
            he["email"] = e2
            he["pec"] = org_pec(he["base"])
            he["contact"] = contact_person(c) if chance(0.6) else None
        elif t == "group_company":
            a = choose_anchor(kinds("group_holding", "group_operating"), used_anchor)
            g = a["group"]
            he = base_org("group_operating", g["sur"] + " " + pick(["Energia", "Servizi", "Real Estate", "Facility", "Logistica",
                                                                    "Impianti Nord", "Manutenzioni", "Green", "Engineering"]),
                          "srl", CITY_BY_NAME[g["city"]])
            if chance(0.6):
                he["addr"] = copy.deepcopy(g["addr"])
            e2 = pick(["info.", "ufficio.", "amm."]) + slug(he["base"].split()[-1]) + str(R.randint(1, 9)) + "@" + g["domain"]
            reg_email(e2)
            he["email"] = e2
            he["pec"] = org_pec(he["base"])
            he["phones"] = [g["switch"]] if chance(0.5) else [new_landline(CITY_BY_NAME[g["city"]][4])]
            he["group"] = g
            he["contact"] = contact_person(CITY_BY_NAME[g["city"]]) if chance(0.5) else None
        elif t == "condominio_same_admin":
            a = choose_anchor(kinds("condominio"), used_anchor)
            he = gen_condo(a["admin"])
            st_over = {"contact": True}
        elif t == "accountant_shared_mailbox":
            a = choose_anchor([e for e, _ in existing if e.get("acct")], used_anchor)
            ac = a["acct"]
            he = gen_ditta() if chance(0.5) else gen_company(kind="srls")
            he["email"] = ac["email"]
            he["phones"] = [ac["phone"]]
            he["acct"] = ac
        elif t == "later_occupant":
            a = choose_anchor([e for e, _ in existing if e.get("addr") and e["kind"] not in ("comune_ufficio", "asl_servizio", "condominio", "group_holding", "group_operating")],
                              used_anchor)
            if a["type"] == "person":
                he = gen_person(city=city_of(a))
                if he["family"] == a["family"]:
                    continue
            else:
                he = gen_company(city=city_of(a)) if chance(0.6) else gen_ditta(city=city_of(a))
            he["addr"] = copy.deepcopy(a["addr"])
        elif t == "similar_name_other_trade":
            a = choose_anchor([e for e, _ in existing if e.get("trade") and e.get("sur") and e["type"] == "org"
                               and e["kind"] not in ("group_holding", "group_operating")], used_anchor,
                              lambda e: e["sur"] in e["base"])
            tr = pick([x for x in TRADES if x != a["trade"]])
            he = base_org("org_" + pick(["srl", "srls", "snc"]), a["base"].replace(a["trade"], tr), pick(["srl", "srls", None]), city_of(a))
            if he["base"] == a["base"]:
                continue
            he["kind"] = "org_" + (he["form"] or "srl")
            std_contacts(he, city_of(a), personal_ok=True)
            he["trade"] = tr
            he["contact"] = contact_person(city_of(a), family=a["sur"]) if chance(0.5) else None
        elif t == "public_other_department":
            a = choose_anchor(kinds("comune_ufficio", "asl_servizio"), used_anchor)
            body = [b for b in ctx["bodies"] if b[1] == a["body"]][0]
            if not body[4]:
                continue
            d = body[4].pop(0)
            he = gen_public(a["kind"], a["body"], d, body[2], body[3])
        elif t == "partner_private":
            a = choose_anchor(kinds("org_snc", "org_sas"), used_anchor,
                              lambda e: e.get("contact") and not e.get("acct") and e["contact"]["family"] in e["base"])
            cp = a["contact"]
            he = gen_person(origin="it", given=cp["given"], family=cp["family"], gender=cp["gender"], city=city_of(a))
            he["gvar"], he["fvar"], he["nick"] = cp["gvar"], cp["fvar"], cp["nick"]
            he["title"] = None
            mob = [p for p in a["phones"] if p.startswith("3")]
            if not mob:
                continue
            he["phones"] = [mob[0]]
            st_over = {"pwhich": "first"}
        elif t == "school_other_institute":
            a = choose_anchor(kinds("scuola"), used_anchor)
            c = city_of(a)
            n = R.randint(1, 24)
            if a.get("school_n") == n:
                continue
            he = gen_school(c, n)
        else:
            raise ValueError(t)
        if not (he.get("email") or he.get("phones") or he.get("addr")):
            he["phones"] = [new_mobile()]
        ok = False
        for a2 in range(15):
            st = hn_light_style(src, he)
            st.update(st_over)
            if t in ("later_occupant", "household_member", "father_son", "spouse", "namesake_same_city", "similar_name_other_trade"):
                st["no_addr"] = False
            c = render(he, st)
            if not (c["email"] or c["phone"] or c["address"]):
                continue
            sh = shared_attrs(c, a["existing"])
            if HN_NEED[t](sh):
                ok = True
                break
        if ok:
            ch = auto_changes(c, a["existing"], [], "other_value")
            return he, a, c, RULES[t], src, ch, sh
        used_anchor.pop(a["id"], None)
    raise RuntimeError("could not build hard negative " + t)


if __name__ == "__main__":
    main()
