#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark for customer record linkage.

Scenario "ch-treuhand": a Swiss fiduciary and payroll office (Treuhand /
fiduciaire / fiduciaria) with offices in Bern, Lausanne and Lugano bills its
clients through QuickBooks Online.  The existing customer list (1,500 records)
is the accounting system; the incoming records (1,500) come from the client
portal, the payroll program's export, bookkeepers' manual entries and the old
CRM.  Everything (people, firms, mailboxes, phones, house numbers) is invented;
places and postcodes are real.

    python3 gen.py             -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR   -> writes them into DIR

Standard library only, one random.Random(SEED), byte-identical output for any
PYTHONHASHSEED (no iteration over sets or hash-ordered containers).
"""
import argparse
import copy
import json
import os
import re
import random
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 41071291
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)"""
    total = 0.0
    for _, w in pairs:
        total += w
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    R.shuffle(seq)
    return seq[:k]


# ---------------------------------------------------------------------------
# text utilities
# ---------------------------------------------------------------------------

def strip_accents(s):
    out = []
    for ch in unicodedata.normalize('NFKD', s):
        if not unicodedata.combining(ch):
            out.append(ch)
    return unicodedata.normalize('NFC', ''.join(out))


def umlaut_ascii(s):
    """German transliteration: ä -> ae, ö -> oe, ü -> ue (case aware)."""
    out = []
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if ch in 'äöü':
            out.append({'ä': 'ae', 'ö': 'oe', 'ü': 'ue'}[ch])
        elif ch in 'ÄÖÜ':
            base = {'Ä': 'A', 'Ö': 'O', 'Ü': 'U'}[ch]
            out.append(base + ('E' if nxt.isupper() else 'e'))
        else:
            out.append(ch)
    return ''.join(out)


def ascii_slug(s, sep=''):
    s = umlaut_ascii(s)
    s = s.replace('ß', 'ss').replace('œ', 'oe').replace('Œ', 'Oe').replace('æ', 'ae')
    s = strip_accents(s).lower()
    s = s.replace("'", '').replace('’', '')
    s = re.sub(r'[^a-z0-9]+', sep, s)
    if sep:
        s = s.strip(sep)
    return s


def mojibake(s):
    """UTF-8 bytes read as Windows-1252; None if not representable."""
    out = []
    changed = False
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        try:
            m = ch.encode('utf-8').decode('cp1252')
        except UnicodeDecodeError:
            return None
        if any(x.isspace() or ord(x) < 32 or 127 <= ord(x) < 160 for x in m):
            return None
        out.append(m)
        changed = True
    if not changed:
        return None
    return ''.join(out)


def fix_moji(s):
    if s is None:
        return None
    try:
        return s.encode('cp1252').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def has_non_ascii(s):
    return any(ord(ch) > 127 for ch in s)


def has_umlaut(s):
    return any(ch in 'äöüÄÖÜ' for ch in s)


def has_accent(s):
    return any(ch in 'àâçéèêëîïôùûÀÂÇÉÈÊÎÔÙÛìòíóúÌÒ' for ch in s)


def title_case(s):
    parts = re.split(r'(\s+|-)', s.lower())
    out = []
    for p in parts:
        if p and p[0].isalpha():
            out.append(p[0].upper() + p[1:])
        else:
            out.append(p)
    return ''.join(out)


def caps(s):
    """ALL CAPS as a payroll program writes it (ß is kept, Python would give SS)."""
    if s is None:
        return None
    return ''.join('ß' if ch == 'ß' else ch.upper() for ch in s)


KB_ROWS = ['1234567890', 'qwertzuiopü', 'asdfghjklöä', 'yxcvbnm']


def _kb_neighbours():
    pos = {}
    for r, row in enumerate(KB_ROWS):
        for c, ch in enumerate(row):
            pos[ch] = (r, c)
    nb = {}
    for ch, (r, c) in pos.items():
        lst = []
        for dr, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, 0), (1, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(KB_ROWS) and 0 <= cc < len(KB_ROWS[rr]):
                if rr == 0:
                    continue
                lst.append(KB_ROWS[rr][cc])
        nb[ch] = lst
    return nb


KB_NB = _kb_neighbours()


def typo(s):
    """One realistic keyboard slip (QWERTZ).  Returns a different string or None."""
    if not s or len(s) < 3:
        return None
    letters = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 3:
        return None
    for _ in range(12):
        i = pick(letters[1:])
        op = wpick([('sub', 4), ('del', 3), ('dup', 2), ('swap', 3)])
        ch = s[i]
        if op == 'sub':
            low = ch.lower()
            if low not in KB_NB or not KB_NB[low]:
                continue
            n = pick(KB_NB[low])
            if ch.isupper():
                n = n.upper()
            t = s[:i] + n + s[i + 1:]
        elif op == 'del':
            t = s[:i] + s[i + 1:]
        elif op == 'dup':
            t = s[:i] + ch + s[i:]
        else:
            if i + 1 >= len(s) or not s[i + 1].isalpha():
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t.strip():
            return t
    return None


def digit_slip(digits):
    """change one digit or swap two neighbours (not the leading 0/area)."""
    ds = list(digits)
    idxs = list(range(max(3, len(ds) - 7), len(ds)))
    for _ in range(10):
        if chance(0.5):
            i = pick(idxs)
            n = str((int(ds[i]) + pick([1, 2, 3, 7, 8, 9])) % 10)
            if n != ds[i]:
                ds[i] = n
                return ''.join(ds)
        else:
            i = pick(idxs[:-1])
            if ds[i] != ds[i + 1]:
                ds[i], ds[i + 1] = ds[i + 1], ds[i]
                return ''.join(ds)
    return None


# ---------------------------------------------------------------------------
# normalisers shared by evidence computation and findability (the validator
# check.py has its own, independently written, equivalents)
# ---------------------------------------------------------------------------

def norm_text(s):
    if s is None:
        return ''
    s = fix_moji(s)
    s = s.replace('ß', 'ss').replace('ẞ', 'ss')
    s = s.casefold()
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    s = strip_accents(s)
    s = s.replace('œ', 'oe').replace('æ', 'ae')
    while True:
        t = re.sub(r'([aou])e', r'\1', s)
        if t == s:
            break
        s = t
    s = re.sub(r'[^a-z0-9]+', ' ', s)
    return ' '.join(s.split())


def norm_phone(p):
    if not p:
        return None
    s = p.replace('(0)', '')
    d = re.sub(r'\D', '', s)
    if s.strip().startswith('+'):
        return d
    if d.startswith('00'):
        return d[2:]
    if d.startswith('0'):
        return '41' + d[1:]
    return d


def norm_email(e):
    if not e:
        return None
    return e.strip().casefold()


# ---------------------------------------------------------------------------
# people: given names (by language and sex), nicknames, family names
# ---------------------------------------------------------------------------

GIVEN = {
    'de': {
        'm': ['Hans', 'Peter', 'Urs', 'Beat', 'Markus', 'Daniel', 'Thomas', 'Martin',
              'Andreas', 'Stefan', 'Christian', 'Michael', 'Reto', 'Bruno', 'Kurt',
              'Walter', 'Ulrich', 'Jürg', 'Matthias', 'Lukas', 'Simon', 'Patrick',
              'Roland', 'Heinz', 'Ernst', 'Adrian', 'Marco', 'Jonas', 'Samuel',
              'Niklaus', 'Christoph', 'Rolf', 'René', 'Hans-Peter', 'Hansruedi',
              'Rudolf', 'Fritz', 'Bernhard', 'Res', 'Werner', 'Philipp', 'Fabian',
              'Dominik', 'Tobias', 'Mario', 'Pascal', 'Roger', 'Severin', 'Gerhard',
              'Erwin', 'Alfred', 'Hanspeter', 'Jakob', 'Manuel', 'Raphael', 'Silvan',
              'Cyrill', 'Benjamin', 'Florian', 'Nicolas', 'Oliver', 'Kilian'],
        'f': ['Ursula', 'Verena', 'Barbara', 'Elisabeth', 'Anna', 'Ruth', 'Monika',
              'Sandra', 'Nicole', 'Andrea', 'Claudia', 'Daniela', 'Karin', 'Susanne',
              'Christine', 'Regula', 'Esther', 'Margrit', 'Heidi', 'Rosmarie',
              'Brigitte', 'Katharina', 'Franziska', 'Sarah', 'Laura', 'Lea', 'Nadine',
              'Corinne', 'Jasmin', 'Silvia', 'Therese', 'Marianne', 'Doris',
              'Beatrice', 'Gertrud', 'Erika', 'Käthi', 'Vreni', 'Yvonne', 'Manuela',
              'Simone', 'Stefanie', 'Martina', 'Melanie', 'Sabine', 'Irene', 'Judith',
              'Bettina', 'Priska', 'Rahel', 'Tamara', 'Michelle', 'Fabienne', 'Jolanda',
              'Myriam', 'Marlies', 'Annelies', 'Rita', 'Edith', 'Hanna'],
    },
    'fr': {
        'm': ['Jean', 'Pierre', 'Jacques', 'Michel', 'Philippe', 'Alain', 'Daniel',
              'Christophe', 'Olivier', 'Nicolas', 'Laurent', 'Pascal', 'Claude',
              'Jean-Marc', 'Jean-Pierre', 'Jean-Claude', 'François', 'Bernard', 'Yves',
              'Frédéric', 'Sébastien', 'Cédric', 'Raphaël', 'Stéphane', 'Gilles',
              'Julien', 'Mathieu', 'Yannick', 'Grégoire', 'Benoît', 'Alexandre',
              'Dominique', 'Thierry', 'Fabrice', 'Patrice', 'Didier', 'Serge', 'Roger',
              'André', 'Marcel', 'Georges', 'Gérald', 'Vincent', 'Loïc', 'Joël',
              'Jérôme', 'Xavier', 'Guillaume', 'Lionel', 'Sylvain', 'Maxime', 'Romain',
              'Jean-Luc', 'Jean-François', 'Hervé', 'Régis', 'Emmanuel'],
        'f': ['Marie', 'Anne', 'Catherine', 'Isabelle', 'Nathalie', 'Françoise',
              'Christine', 'Monique', 'Sylvie', 'Valérie', 'Sophie', 'Céline',
              'Aurélie', 'Chantal', 'Josiane', 'Micheline', 'Danielle', 'Geneviève',
              'Hélène', 'Joëlle', 'Mélanie', 'Évelyne', 'Marie-Claude', 'Anne-Lise',
              'Martine', 'Émilie', 'Léa', 'Camille', 'Sandrine', 'Corinne',
              'Véronique', 'Brigitte', 'Nicole', 'Claudine', 'Patricia', 'Fabienne',
              'Laurence', 'Caroline', 'Stéphanie', 'Delphine', 'Myriam', 'Mireille',
              'Odile', 'Jacqueline', 'Ginette', 'Yvette', 'Gisèle', 'Maryline',
              'Marie-France', 'Anne-Catherine', 'Noémie', 'Justine', 'Chloé'],
    },
    'it': {
        'm': ['Marco', 'Luca', 'Paolo', 'Giorgio', 'Franco', 'Mario', 'Giovanni',
              'Giuseppe', 'Andrea', 'Fabio', 'Claudio', 'Sergio', 'Roberto', 'Stefano',
              'Alessandro', 'Matteo', 'Davide', 'Riccardo', 'Fabrizio', 'Gianluca',
              'Massimo', 'Mauro', 'Renato', 'Tiziano', 'Nicola', 'Pierluigi',
              'Gianfranco', 'Luigi', 'Antonio', 'Francesco', 'Enrico', 'Dario',
              'Lorenzo', 'Simone', 'Michele', 'Daniele', 'Ivano', 'Athos', 'Elvezio',
              'Fulvio', 'Gabriele', 'Manuel', 'Moreno', 'Omar', 'Piero', 'Raffaele',
              'Ruggero', 'Silvano', 'Valerio', 'Walter', 'Emanuele', 'Giacomo'],
        'f': ['Maria', 'Anna', 'Francesca', 'Giulia', 'Chiara', 'Paola', 'Laura',
              'Elena', 'Silvia', 'Sara', 'Monica', 'Daniela', 'Federica', 'Roberta',
              'Manuela', 'Simona', 'Cristina', 'Lucia', 'Rosanna', 'Graziella',
              'Tiziana', 'Antonella', 'Michela', 'Nicoletta', 'Mirella', 'Elisabetta',
              'Alessandra', 'Valentina', 'Barbara', 'Patrizia', 'Raffaella', 'Sonia',
              'Luisa', 'Marina', 'Ornella', 'Loredana', 'Fiorenza', 'Carla', 'Ilaria',
              'Martina', 'Giovanna', 'Marisa', 'Nadia', 'Wanda', 'Lorena', 'Katia',
              'Maria Grazia', 'Annamaria', 'Debora', 'Ivana'],
    },
    'xx': {
        'm': ['João', 'Arben', 'Mehmet', 'Dragan', 'Luis', 'Pedro', 'Milan', 'Besnik',
              'Ahmet', 'Goran', 'Rui', 'Nuno', 'Zoran', 'Bekim', 'Carlos', 'Miguel',
              'Dušan', 'Fatmir', 'Emre', 'Thanh'],
        'f': ['Ana', 'Valentina', 'Ayşe', 'Milica', 'Carmen', 'Fátima', 'Vjosa',
              'Elif', 'Jelena', 'Marta', 'Sónia', 'Ivana', 'Besa', 'Lucía', 'Zeynep',
              'Dragana', 'Mirjeta', 'Inês', 'Linh', 'Teuta'],
    },
}

OLD_GIVEN = {
    'de': {'m': ['Ernst', 'Walter', 'Fritz', 'Werner', 'Otto', 'Alfred', 'Hans',
                 'Max', 'Karl', 'Gottfried', 'Emil', 'Albert', 'Paul', 'Johann',
                 'Rudolf', 'Hermann', 'Arnold', 'Oskar'],
           'f': ['Hedwig', 'Gertrud', 'Margrit', 'Rosa', 'Frieda', 'Ida', 'Martha',
                 'Lina', 'Klara', 'Elsa', 'Bertha', 'Hulda', 'Rosmarie', 'Elsbeth',
                 'Anneliese', 'Lotti']},
    'fr': {'m': ['Marcel', 'Roger', 'René', 'Georges', 'André', 'Henri', 'Louis',
                 'Fernand', 'Gaston', 'Raymond', 'Edmond', 'Charles', 'Albert',
                 'Émile', 'Lucien', 'Maurice'],
           'f': ['Marguerite', 'Germaine', 'Yvette', 'Simone', 'Suzanne', 'Jeanne',
                 'Madeleine', 'Lucienne', 'Odette', 'Paulette', 'Renée', 'Denise',
                 'Berthe', 'Marthe', 'Colette', 'Andrée']},
    'it': {'m': ['Aldo', 'Elvezio', 'Gino', 'Ermenegildo', 'Attilio', 'Bruno',
                 'Camillo', 'Dante', 'Eugenio', 'Ferruccio', 'Guido', 'Ottavio',
                 'Plinio', 'Remo', 'Tarcisio', 'Virgilio'],
           'f': ['Ines', 'Carla', 'Rosa', 'Giuseppina', 'Agnese', 'Bice', 'Clelia',
                 'Elda', 'Enrichetta', 'Gemma', 'Iolanda', 'Lidia', 'Pierina',
                 'Teresa', 'Vittoria', 'Zita']},
}

NICKNAMES = {
    # Swiss German short forms and dialect forms
    'Andreas': ['Res', 'Andi', 'Ändu'], 'Christian': ['Chrigu', 'Chrigi', 'Chris'],
    'Daniel': ['Dani', 'Dänu'], 'Thomas': ['Tom', 'Thomi'], 'Matthias': ['Mätthu', 'Matthi'],
    'Michael': ['Michi', 'Mike'], 'Markus': ['Mark', 'Küsu'], 'Stefan': ['Stef', 'Steff'],
    'Samuel': ['Sämi', 'Sam'], 'Lukas': ['Luki'], 'Simon': ['Simu'],
    'Christoph': ['Stöffu', 'Chrigu'], 'Niklaus': ['Niggi', 'Klaus'], 'Jürg': ['Jürgu'],
    'Bernhard': ['Bernu', 'Beni'], 'Adrian': ['Adi'], 'Patrick': ['Pädu', 'Pat'],
    'Roland': ['Roli'], 'Walter': ['Walti'], 'Rudolf': ['Ruedi', 'Rüedu'],
    'Martin': ['Mättu', 'Tinu'], 'Peter': ['Pesche', 'Pedi'], 'Ulrich': ['Ueli'],
    'Hans-Peter': ['Hanspeter', 'Hämpu', 'HP'], 'Hanspeter': ['Hans-Peter', 'Hämpu'],
    'Hansruedi': ['Hans-Rudolf', 'Ruedi'], 'Jakob': ['Köbi'], 'Fritz': ['Fritzu'],
    'Dominik': ['Domi'], 'Tobias': ['Tobi'], 'Philipp': ['Phippu'], 'Fabian': ['Fäbu'],
    'Benjamin': ['Beni'], 'Raphael': ['Raphi'], 'Silvan': ['Silu'], 'Kilian': ['Kili'],
    'Verena': ['Vreni', 'Vre'], 'Vreni': ['Verena'], 'Elisabeth': ['Lisbeth', 'Lisa', 'Elsbeth'],
    'Susanne': ['Susi', 'Sanne'], 'Katharina': ['Käthi', 'Kathrin'], 'Käthi': ['Katharina'],
    'Franziska': ['Franzi'], 'Barbara': ['Babs', 'Bärbi'], 'Regula': ['Regi'],
    'Beatrice': ['Bea'], 'Rosmarie': ['Rosi'], 'Therese': ['Resli', 'Thesy'],
    'Gertrud': ['Trudi'], 'Christine': ['Christa', 'Tine'], 'Monika': ['Moni'],
    'Ursula': ['Ursi', 'Uschi'], 'Brigitte': ['Gitti'], 'Anna': ['Anni', 'Änni'],
    'Nicole': ['Nici'], 'Stefanie': ['Steffi'], 'Martina': ['Tina'], 'Manuela': ['Manu'],
    'Sabine': ['Bine'], 'Margrit': ['Margrith', 'Gritli'], 'Marianne': ['Maya'],
    # French
    'Jean-Pierre': ['J.-P.', 'JP'], 'Jean-Marc': ['J.-M.', 'JM'], 'Jean-Claude': ['J.-Cl.', 'JC'],
    'Jean-Luc': ['J.-L.'], 'Jean-François': ['J.-F.', 'JF'], 'Philippe': ['Phil'],
    'Christophe': ['Chris'], 'Nicolas': ['Nico'], 'Frédéric': ['Fred', 'Fredy'],
    'Alexandre': ['Alex'], 'Stéphane': ['Steph'], 'Dominique': ['Domi'],
    'Sébastien': ['Séb', 'Seb'], 'Raphaël': ['Raph'], 'Grégoire': ['Greg'],
    'Maxime': ['Max'], 'Guillaume': ['Guigui'], 'Catherine': ['Cathy', 'Cath'],
    'Isabelle': ['Isa'], 'Nathalie': ['Nath'], 'Valérie': ['Val'],
    'Marie-Claude': ['M.-Claude', 'Marie-Cl.'], 'Anne-Lise': ['Annelise'],
    'Émilie': ['Emilie'], 'Évelyne': ['Evelyne'], 'Joëlle': ['Joelle'],
    'Stéphanie': ['Steph'], 'Véronique': ['Véro'], 'Caroline': ['Caro'],
    'Jacqueline': ['Jacky'], 'Marie-France': ['M.-France'], 'Anne-Catherine': ['Anne-Cath.'],
    # Italian
    'Giuseppe': ['Beppe', 'Peppino', 'Pino'], 'Giovanni': ['Gianni', 'Giò'],
    'Francesco': ['Franco', 'Checco'], 'Alessandro': ['Ale', 'Sandro'],
    'Roberto': ['Robi', 'Berto'], 'Fabrizio': ['Fabri'], 'Massimo': ['Max', 'Massi'],
    'Riccardo': ['Ricky'], 'Pierluigi': ['Pier', 'Gigi'], 'Luigi': ['Gigi'],
    'Antonio': ['Toni', 'Tonino'], 'Gianfranco': ['Franco'], 'Emanuele': ['Manu'],
    'Francesca': ['Franci', 'Cesca'], 'Elisabetta': ['Betta', 'Elisa'],
    'Maria Grazia': ['Mariagrazia', 'Grazia'], 'Federica': ['Fede'],
    'Alessandra': ['Ale', 'Sandra'], 'Antonella': ['Anto', 'Nella'], 'Simona': ['Simo'],
    'Cristina': ['Cri'], 'Valentina': ['Vale'], 'Raffaella': ['Lella'],
    'Patrizia': ['Patty'], 'Annamaria': ['Anna Maria'], 'Giovanna': ['Gianna'],
}

FAMILY = {
    'de': ['Müller', 'Meier', 'Meyer', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider',
           'Steiner', 'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann',
           'Moser', 'Widmer', 'Wyss', 'Graf', 'Roth', 'Kunz', 'Marti', 'Bühler', 'Suter',
           'Hofmann', 'Lehmann', 'Bachmann', 'Kälin', 'Bürki', 'Stucki', 'Zürcher',
           'Aebischer', 'Bärtschi', 'Wüthrich', 'Rüegsegger', 'Schär', 'Habegger',
           'Lüthi', 'Hostettler', 'Zaugg', 'Gfeller', 'Ryser', 'Kämpf', 'Blaser',
           'Flückiger', 'Mühlemann', 'Tschanz', 'Jost', 'Bigler', 'Hänni', 'Küng',
           'Kohler', 'Studer', 'Rohrbach', 'Aeschlimann', 'Gyger', 'Rufener', 'Stettler',
           'Tschumi', 'Wenger', 'Zbinden', 'Zwahlen', 'Grossenbacher', 'Schürch',
           'Nyffeler', 'Maurer', 'Christen', 'Burkhalter', 'Bieri', 'Balmer', 'Egger',
           'Hofer', 'Mathys', 'Schüpbach', 'Siegenthaler', 'Amstutz', 'von Gunten',
           'von Känel', 'von Allmen', 'von Bergen', 'Gasser', 'Reber', 'Sommer',
           'Leuenberger', 'Iseli', 'Affolter', 'Ammann', 'Däppen', 'Fankhauser',
           'Zumstein', 'Oppliger', 'Jäggi', 'Schläfli', 'Käser', 'Gross', 'Strasser',
           'Nussbaum', 'Weiss', 'Kessler', 'Brönnimann', 'Messerli', 'Trachsel',
           'Würgler', 'Zahnd', 'Beutler', 'Krähenbühl', 'Salzmann', 'Zurbuchen',
           'Glauser', 'Hirschi', 'Rentsch', 'Scheidegger', 'Schwarz', 'Streit', 'Wälti'],
    'fr': ['Favre', 'Rochat', 'Dubois', 'Bonvin', 'Perrin', 'Cuendet', 'Chevalley',
           'Monnier', 'Jaquier', 'Pittet', 'Rey', 'Fournier', 'Gay', 'Bovet', 'Clément',
           'Mercier', 'Girard', 'Martin', 'Berset', 'Chappuis', 'Vuilleumier', 'Jaccard',
           'Mottier', 'Cretegny', 'Golay', 'Reymond', 'Delacrétaz', 'Dupuis', 'Maillard',
           'Roulin', 'Pasquier', 'Python', 'Brodard', 'Gremaud', 'Barras', 'Bochud',
           'Savary', 'Mauron', 'Dafflon', 'Sciboz', 'Dubey', 'Mivelaz', 'Rossier',
           'Théraulaz', 'Gaillard', 'Zufferey', 'Fragnière', 'Crettenand', 'Carron',
           'Michellod', 'Dorsaz', 'Luisier', 'Tornay', 'Pralong', 'Vouilloz', 'Mabillard',
           'de Montmollin', 'de Meuron', 'de Rham', 'de Weck', "d'Allèves", 'de Preux',
           'de Riedmatten', 'de Courten', 'Despland', 'Chollet', 'Blanc', 'Grandjean',
           'Jeanneret', 'Matthey', 'Perret', 'Robert', 'Droz', 'Calame', 'Huguenin',
           'Sandoz', 'Ducommun', 'Borel', 'Vaucher', 'Aubert', 'Ruchet', 'Bugnon',
           'Henchoz', 'Pahud', 'Rapin', 'Cottier', 'Nicolet', 'Jaquet', 'Guignard',
           'Ecoffey', 'Overney', 'Genoud', 'Moret', 'Dénervaud', "d'Ivernois", 'Métral'],
    'it': ['Bernasconi', 'Rossi', 'Ferrari', 'Bianchi', 'Galli', 'Colombo', 'Fontana',
           'Lurati', 'Pedrazzini', 'Rusconi', 'Gianella', 'Bassi', 'Balestra', 'Cattaneo',
           'Crivelli', 'Fumagalli', 'Gianini', 'Lepori', 'Lombardi', 'Mombelli', 'Monti',
           'Pellandini', 'Quadri', 'Rezzonico', 'Solari', 'Soldati', 'Stoppa', 'Tamò',
           'Valsangiacomo', 'Vassalli', 'Zanetti', 'Zanini', 'Bernardoni', 'Beffa',
           'Canonica', 'Ghirlanda', 'Guscetti', 'Maggetti', 'Bottinelli', 'Donati',
           'della Santa', 'Della Casa', 'della Torre', "Dell'Era", "Dall'Acqua",
           'De Luca', 'Delcò', 'Foletti', 'Ponti', 'Ramelli', 'Sciolli', 'Tognola',
           'Poretti', 'Cereghetti', 'Vanoni', 'Camponovo', 'Agustoni', 'Albertoni',
           'Arrigoni', 'Bazzi', 'Bettelini', 'Bianda', 'Boffa', 'Brenni', 'Caccia',
           'Cavadini', 'Chiesa', 'Codiroli', 'Fasola', 'Gaggini', 'Induni', 'Lucchini',
           'Maspoli', 'Morandi', 'Nessi', 'Orelli', 'Pelli', 'Pozzi', 'Sala', 'Taddei',
           'Vicari', 'Zappa', 'Righetti', 'Bonetti', 'Ferretti', 'Piazza'],
    'xx': ['Da Silva', 'Ferreira', 'Pereira', 'Rodrigues', 'Krasniqi', 'Berisha',
           'Gashi', 'Morina', 'Yilmaz', 'Demir', 'Kovačević', 'Petrović', 'Santos',
           'Oliveira', 'Fernández', 'García', 'Nguyen', 'Hoxha', 'Shala', 'Jovanović',
           'Costa', 'Gonçalves', 'Öztürk', 'Šimić'],
}

# family names where a German program may have written "ß"
ESZETT_OK = ('Grossenbacher', 'Gross', 'Strasser', 'Nussbaum', 'Weiss', 'Kessler',
             'Messerli', 'Salzmann')

TITLES = {
    'de': {'m': 'Herr', 'f': 'Frau', 'pair': 'Herr und Frau', 'family': 'Familie'},
    'fr': {'m': 'M.', 'f': 'Mme', 'pair': 'M. et Mme', 'family': 'Famille'},
    'it': {'m': 'Sig.', 'f': 'Sig.ra', 'pair': 'Sig. e Sig.ra', 'family': 'Famiglia'},
}
TITLES_LONG = {
    'de': {'m': 'Herrn', 'f': 'Frau'},
    'fr': {'m': 'Monsieur', 'f': 'Madame'},
    'it': {'m': 'Signor', 'f': 'Signora'},
}
AND = {'de': 'und', 'fr': 'et', 'it': 'e'}


# ---------------------------------------------------------------------------
# geography: real Swiss localities (postcode | locality | canton | language |
# phone area code | weight).  Clients cluster around the three offices.
# ---------------------------------------------------------------------------

PLACES_RAW = """
3011|Bern|BE|de|31|9
3012|Bern|BE|de|31|5
3013|Bern|BE|de|31|5
3014|Bern|BE|de|31|5
3005|Bern|BE|de|31|3
3006|Bern|BE|de|31|4
3007|Bern|BE|de|31|4
3008|Bern|BE|de|31|3
3018|Bern|BE|de|31|3
3027|Bern|BE|de|31|3
3084|Wabern|BE|de|31|2
3097|Liebefeld|BE|de|31|2
3098|Köniz|BE|de|31|3
3072|Ostermundigen|BE|de|31|3
3073|Gümligen|BE|de|31|2
3074|Muri b. Bern|BE|de|31|2
3076|Worb|BE|de|31|3
3110|Münsingen|BE|de|31|3
3122|Kehrsatz|BE|de|31|1
3123|Belp|BE|de|31|2
3150|Schwarzenburg|BE|de|31|1
3172|Niederwangen b. Bern|BE|de|31|1
3176|Neuenegg|BE|de|31|1
3302|Moosseedorf|BE|de|31|1
3303|Jegenstorf|BE|de|31|1
3322|Schönbühl|BE|de|31|1
3052|Zollikofen|BE|de|31|2
3053|Münchenbuchsee|BE|de|31|2
3063|Ittigen|BE|de|31|2
3065|Bolligen|BE|de|31|1
3510|Konolfingen|BE|de|31|2
3132|Riggisberg|BE|de|31|1
3400|Burgdorf|BE|de|34|4
3422|Kirchberg BE|BE|de|34|1
3425|Koppigen|BE|de|34|1
3432|Lützelflüh-Goldbach|BE|de|34|1
3454|Sumiswald|BE|de|34|1
3550|Langnau i.E.|BE|de|34|2
3600|Thun|BE|de|33|5
3612|Steffisburg|BE|de|33|2
3627|Heimberg|BE|de|33|1
3652|Hilterfingen|BE|de|33|1
3700|Spiez|BE|de|33|2
3714|Frutigen|BE|de|33|1
3800|Interlaken|BE|de|33|2
3818|Grindelwald|BE|de|33|1
3860|Meiringen|BE|de|33|1
3780|Gstaad|BE|de|33|1
3250|Lyss|BE|de|32|2
3270|Aarberg|BE|de|32|1
3294|Büren an der Aare|BE|de|32|1
2502|Biel/Bienne|BE|de|32|4
2503|Biel/Bienne|BE|fr|32|3
2504|Biel/Bienne|BE|de|32|2
2555|Brügg BE|BE|de|32|1
2560|Nidau|BE|de|32|2
2563|Ipsach|BE|de|32|1
2575|Täuffelen|BE|de|32|1
2540|Grenchen|SO|de|32|2
4500|Solothurn|SO|de|32|3
4528|Zuchwil|SO|de|32|1
4600|Olten|SO|de|62|2
4900|Langenthal|BE|de|62|2
4950|Huttwil|BE|de|62|1
5000|Aarau|AG|de|62|1
6003|Luzern|LU|de|41|2
6004|Luzern|LU|de|41|1
8001|Zürich|ZH|de|44|2
8004|Zürich|ZH|de|44|1
8008|Zürich|ZH|de|44|1
4051|Basel|BS|de|61|1
4058|Basel|BS|de|61|1
3280|Murten|FR|de|26|2
3186|Düdingen|FR|de|26|1
3900|Brig|VS|de|27|1
3930|Visp|VS|de|27|1
3920|Zermatt|VS|de|27|1
1700|Fribourg|FR|fr|26|4
1762|Givisiez|FR|fr|26|1
1763|Granges-Paccot|FR|fr|26|1
1782|Belfaux|FR|fr|26|1
1630|Bulle|FR|fr|26|2
1680|Romont FR|FR|fr|26|1
1564|Domdidier|FR|fr|26|1
1530|Payerne|VD|fr|26|1
1003|Lausanne|VD|fr|21|7
1004|Lausanne|VD|fr|21|5
1005|Lausanne|VD|fr|21|4
1006|Lausanne|VD|fr|21|4
1007|Lausanne|VD|fr|21|3
1010|Lausanne|VD|fr|21|3
1012|Lausanne|VD|fr|21|3
1018|Lausanne|VD|fr|21|3
1008|Prilly|VD|fr|21|2
1009|Pully|VD|fr|21|2
1020|Renens VD|VD|fr|21|2
1024|Ecublens VD|VD|fr|21|1
1030|Bussigny|VD|fr|21|1
1040|Echallens|VD|fr|21|1
1052|Le Mont-sur-Lausanne|VD|fr|21|1
1066|Epalinges|VD|fr|21|1
1095|Lutry|VD|fr|21|1
1096|Cully|VD|fr|21|1
1110|Morges|VD|fr|21|3
1162|Saint-Prex|VD|fr|21|1
1170|Aubonne|VD|fr|21|1
1180|Rolle|VD|fr|21|1
1510|Moudon|VD|fr|21|1
1800|Vevey|VD|fr|21|3
1815|Clarens|VD|fr|21|1
1820|Montreux|VD|fr|21|2
1347|Le Sentier|VD|fr|21|1
1196|Gland|VD|fr|22|1
1260|Nyon|VD|fr|22|2
1270|Trélex|VD|fr|22|1
1400|Yverdon-les-Bains|VD|fr|24|3
1450|Sainte-Croix|VD|fr|24|1
1350|Orbe|VD|fr|24|1
1860|Aigle|VD|fr|24|1
1870|Monthey|VS|fr|24|1
1890|Saint-Maurice|VS|fr|24|1
1920|Martigny|VS|fr|27|2
1950|Sion|VS|fr|27|3
1964|Conthey|VS|fr|27|1
3960|Sierre|VS|fr|27|2
1201|Genève|GE|fr|22|2
1202|Genève|GE|fr|22|1
1205|Genève|GE|fr|22|2
1207|Genève|GE|fr|22|1
1208|Genève|GE|fr|22|1
1212|Grand-Lancy|GE|fr|22|1
1217|Meyrin|GE|fr|22|1
1225|Chêne-Bourg|GE|fr|22|1
1227|Carouge GE|GE|fr|22|1
1228|Plan-les-Ouates|GE|fr|22|1
1290|Versoix|GE|fr|22|1
2000|Neuchâtel|NE|fr|32|3
2034|Peseux|NE|fr|32|1
2300|La Chaux-de-Fonds|NE|fr|32|2
2400|Le Locle|NE|fr|32|1
2800|Delémont|JU|fr|32|1
2900|Porrentruy|JU|fr|32|1
2610|Saint-Imier|BE|fr|32|1
2720|Tramelan|BE|fr|32|1
2740|Moutier|BE|fr|32|1
2710|Tavannes|BE|fr|32|1
6900|Lugano|TI|it|91|9
6962|Viganello|TI|it|91|2
6963|Pregassona|TI|it|91|2
6952|Canobbio|TI|it|91|1
6948|Porza|TI|it|91|1
6932|Breganzona|TI|it|91|1
6942|Savosa|TI|it|91|1
6943|Vezia|TI|it|91|1
6915|Pambio-Noranco|TI|it|91|1
6912|Pazzallo|TI|it|91|1
6926|Montagnola|TI|it|91|1
6928|Manno|TI|it|91|1
6930|Bedano|TI|it|91|1
6934|Bioggio|TI|it|91|1
6950|Tesserete|TI|it|91|1
6976|Castagnola|TI|it|91|1
6815|Melide|TI|it|91|1
6818|Melano|TI|it|91|1
6830|Chiasso|TI|it|91|3
6834|Morbio Inferiore|TI|it|91|1
6850|Mendrisio|TI|it|91|3
6855|Stabio|TI|it|91|1
6877|Coldrerio|TI|it|91|1
6883|Novazzano|TI|it|91|1
6500|Bellinzona|TI|it|91|3
6512|Giubiasco|TI|it|91|1
6514|Sementina|TI|it|91|1
6600|Locarno|TI|it|91|3
6612|Ascona|TI|it|91|1
6616|Losone|TI|it|91|1
6648|Minusio|TI|it|91|1
6710|Biasca|TI|it|91|1
6780|Airolo|TI|it|91|1
6988|Ponte Tresa|TI|it|91|1
6987|Caslano|TI|it|91|1
6982|Agno|TI|it|91|1
6983|Magliaso|TI|it|91|1
6997|Sessa|TI|it|91|1
6535|Roveredo GR|GR|it|91|1
7742|Poschiavo|GR|it|81|1
"""

PLACES = []


def _parse_places():
    for ln in PLACES_RAW.strip().splitlines():
        parts = ln.split('|')
        if len(parts) != 6:
            raise ValueError(ln)
        pc, city, canton, lang, area, w = parts
        PLACES.append({'postcode': pc, 'city': city, 'canton': canton, 'lang': lang,
                       'area': area, 'weight': int(w), 'country': 'CH'})


_parse_places()

PLACES_BY_LANG = {'de': [], 'fr': [], 'it': []}
for _p in PLACES:
    PLACES_BY_LANG[_p['lang']].append(_p)

# Postfach / case postale / casella postale postcodes of the larger towns
POBOX_POSTCODE = {
    'Bern': '3001', 'Lausanne': '1001', 'Lugano': '6901', 'Genève': '1211',
    'Fribourg': '1701', 'Biel/Bienne': '2501', 'Thun': '3601', 'Neuchâtel': '2001',
    'Bellinzona': '6501', 'Locarno': '6601', 'Luzern': '6002', 'Basel': '4001',
    'Solothurn': '4502', 'Yverdon-les-Bains': '1401', 'Sion': '1951',
    'Burgdorf': '3401', 'Chiasso': '6830', 'Mendrisio': '6850', 'Olten': '4601',
    'Zürich': '8021', 'Morges': '1110', 'Vevey': '1800', 'Nyon': '1260',
}

# locality names in other languages / official bilingual forms.  key: official
CITY_ALIASES = {
    'Biel/Bienne': ['Biel', 'Bienne', 'Biel-Bienne', 'Biel / Bienne'],
    'Fribourg': ['Freiburg', 'Fribourg/Freiburg', 'Freiburg i. Ü.', 'Friburgo'],
    'Sion': ['Sitten', 'Sion/Sitten', 'Sion 1'],
    'Genève': ['Genf', 'Ginevra', 'Geneva', 'Genève/Genf'],
    'Luzern': ['Lucerne', 'Lucerna', 'Lucerne/Luzern'],
    'Bern': ['Berne', 'Berna', 'Bern/Berne'],
    'Neuchâtel': ['Neuenburg', 'Neuchâtel/Neuenburg'],
    'Murten': ['Morat', 'Murten/Morat'],
    'Sierre': ['Siders', 'Sierre/Siders'],
    'Delémont': ['Delsberg'],
    'Basel': ['Bâle', 'Basilea'],
    'Zürich': ['Zurich', 'Zurigo'],
    'Solothurn': ['Soleure'],
    'Thun': ['Thoune'],
    'Brig': ['Brigue', 'Brig-Glis'],
    'Visp': ['Viège'],
    'Lausanne': ['Losanna'],
    'Bellinzona': ['Bellenz'],
    'Burgdorf': ['Berthoud'],
    'Grenchen': ['Granges SO'],
    'Düdingen': ['Guin'],
    'Muri b. Bern': ['Muri bei Bern'],
    'Langnau i.E.': ['Langnau im Emmental'],
    'Niederwangen b. Bern': ['Niederwangen'],
    'Kirchberg BE': ['Kirchberg'],
    'Brügg BE': ['Brügg'],
    'Romont FR': ['Romont'],
    'Renens VD': ['Renens'],
    'Ecublens VD': ['Ecublens'],
    'Carouge GE': ['Carouge'],
    'Roveredo GR': ['Roveredo'],
    'Schönbühl': ['Urtenen-Schönbühl'],
}

CANTONS = {
    'BE': {'de': 'Bern', 'fr': 'Berne', 'it': 'Berna'},
    'SO': {'de': 'Solothurn', 'fr': 'Soleure', 'it': 'Soletta'},
    'FR': {'de': 'Freiburg', 'fr': 'Fribourg', 'it': 'Friburgo'},
    'VD': {'de': 'Waadt', 'fr': 'Vaud', 'it': 'Vaud'},
    'VS': {'de': 'Wallis', 'fr': 'Valais', 'it': 'Vallese'},
    'GE': {'de': 'Genf', 'fr': 'Genève', 'it': 'Ginevra'},
    'NE': {'de': 'Neuenburg', 'fr': 'Neuchâtel', 'it': 'Neuchâtel'},
    'JU': {'de': 'Jura', 'fr': 'Jura', 'it': 'Giura'},
    'TI': {'de': 'Tessin', 'fr': 'Tessin', 'it': 'Ticino'},
    'GR': {'de': 'Graubünden', 'fr': 'Grisons', 'it': 'Grigioni'},
    'LU': {'de': 'Luzern', 'fr': 'Lucerne', 'it': 'Lucerna'},
    'ZH': {'de': 'Zürich', 'fr': 'Zurich', 'it': 'Zurigo'},
    'BS': {'de': 'Basel-Stadt', 'fr': 'Bâle-Ville', 'it': 'Basilea Città'},
    'AG': {'de': 'Aargau', 'fr': 'Argovie', 'it': 'Argovia'},
}
CANTON_PREFIX = {'de': 'Kanton', 'fr': 'Canton de', 'it': 'Cantone'}

COUNTRY_WORDS = {
    'CH': {'de': 'Schweiz', 'fr': 'Suisse', 'it': 'Svizzera', 'en': 'Switzerland'},
    'FR': {'de': 'Frankreich', 'fr': 'France', 'it': 'Francia', 'en': 'France'},
    'IT': {'de': 'Italien', 'fr': 'Italie', 'it': 'Italia', 'en': 'Italy'},
    'DE': {'de': 'Deutschland', 'fr': 'Allemagne', 'it': 'Germania', 'en': 'Germany'},
}

# cross-border commuters' places of residence (real localities and postcodes)
FOREIGN_PLACES = [
    # France -- département as region
    {'country': 'FR', 'postcode': '74100', 'city': 'Annemasse', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '74160', 'city': 'Saint-Julien-en-Genevois', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '74200', 'city': 'Thonon-les-Bains', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '74500', 'city': 'Évian-les-Bains', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '74140', 'city': 'Douvaine', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '74240', 'city': 'Gaillard', 'region': 'Haute-Savoie', 'rcode': '74', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '01210', 'city': 'Ferney-Voltaire', 'region': 'Ain', 'rcode': '01', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '01630', 'city': 'Saint-Genis-Pouilly', 'region': 'Ain', 'rcode': '01', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '01220', 'city': 'Divonne-les-Bains', 'region': 'Ain', 'rcode': '01', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '01170', 'city': 'Gex', 'region': 'Ain', 'rcode': '01', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '25300', 'city': 'Pontarlier', 'region': 'Doubs', 'rcode': '25', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '25500', 'city': 'Morteau', 'region': 'Doubs', 'rcode': '25', 'lang': 'fr'},
    {'country': 'FR', 'postcode': '39220', 'city': 'Les Rousses', 'region': 'Jura', 'rcode': '39', 'lang': 'fr'},
    # Italy -- provincia as region
    {'country': 'IT', 'postcode': '22100', 'city': 'Como', 'region': 'CO', 'rcode': 'Como', 'lang': 'it'},
    {'country': 'IT', 'postcode': '22012', 'city': 'Cernobbio', 'region': 'CO', 'rcode': 'Como', 'lang': 'it'},
    {'country': 'IT', 'postcode': '22026', 'city': 'Maslianico', 'region': 'CO', 'rcode': 'Como', 'lang': 'it'},
    {'country': 'IT', 'postcode': '22073', 'city': 'Fino Mornasco', 'region': 'CO', 'rcode': 'Como', 'lang': 'it'},
    {'country': 'IT', 'postcode': '22074', 'city': 'Lomazzo', 'region': 'CO', 'rcode': 'Como', 'lang': 'it'},
    {'country': 'IT', 'postcode': '21100', 'city': 'Varese', 'region': 'VA', 'rcode': 'Varese', 'lang': 'it'},
    {'country': 'IT', 'postcode': '21016', 'city': 'Luino', 'region': 'VA', 'rcode': 'Varese', 'lang': 'it'},
    {'country': 'IT', 'postcode': '21050', 'city': 'Porto Ceresio', 'region': 'VA', 'rcode': 'Varese', 'lang': 'it'},
    {'country': 'IT', 'postcode': '28921', 'city': 'Verbania', 'region': 'VB', 'rcode': 'Verbano-Cusio-Ossola', 'lang': 'it'},
    # Germany -- Land as region
    {'country': 'DE', 'postcode': '79539', 'city': 'Lörrach', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
    {'country': 'DE', 'postcode': '79576', 'city': 'Weil am Rhein', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
    {'country': 'DE', 'postcode': '78462', 'city': 'Konstanz', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
    {'country': 'DE', 'postcode': '79761', 'city': 'Waldshut-Tiengen', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
    {'country': 'DE', 'postcode': '79618', 'city': 'Rheinfelden (Baden)', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
    {'country': 'DE', 'postcode': '78224', 'city': 'Singen (Hohentwiel)', 'region': 'Baden-Württemberg', 'rcode': 'BW', 'lang': 'de'},
]

STREETS = {
    'de': ['Bahnhofstrasse', 'Hauptstrasse', 'Dorfstrasse', 'Kirchgasse', 'Schulhausstrasse',
           'Bernstrasse', 'Thunstrasse', 'Seftigenstrasse', 'Monbijoustrasse',
           'Länggassstrasse', 'Kramgasse', 'Marktgasse', 'Spitalgasse', 'Neuengasse',
           'Aarbergergasse', 'Breitenrainstrasse', 'Wylerstrasse', 'Muristrasse',
           'Effingerstrasse', 'Belpstrasse', 'Schwarztorstrasse', 'Laupenstrasse',
           'Freiburgstrasse', 'Weissensteinstrasse', 'Waldeggstrasse', 'Lindenweg',
           'Birkenweg', 'Ahornweg', 'Rosenweg', 'Sonnenweg', 'Feldstrasse',
           'Industriestrasse', 'Gewerbestrasse', 'Mattenweg', 'Kirchweg',
           'Oberdorfstrasse', 'Unterdorfstrasse', 'Sägestrasse', 'Mühleweg',
           'Bergstrasse', 'Seestrasse', 'Alpenstrasse', 'Jurastrasse', 'Hübeliweg',
           'Gartenstrasse', 'Poststrasse', 'Rainweg', 'Schlossstrasse', 'Zelgweg',
           'Steinackerweg', 'Tannenweg', 'Eichenweg', 'Buchenweg', 'Obere Zollgasse',
           'Untere Hauptgasse', 'Chutzenstrasse', 'Stockhornstrasse', 'Niesenweg',
           'Bälliz', 'Hofstettenstrasse', 'Emmentalstrasse', 'Lyssachstrasse',
           'Kirchbergstrasse', 'Dufourstrasse', 'Zentralstrasse', 'Unterer Quai',
           'Solothurnstrasse', 'Aarestrasse', 'Brunnmattstrasse', 'Könizstrasse',
           'Schwarzenburgstrasse', 'Worbstrasse', 'Thunstrasse', 'Sägemattstrasse',
           'Haldenweg', 'Quellenweg', 'Blumenweg', 'Moosweg', 'Riedweg', 'Ringstrasse'],
    'fr': ['Rue du Simplon', 'Avenue de la Gare', 'Rue de Lausanne', 'Chemin des Vignes',
           'Route de Berne', 'Rue Centrale', "Avenue d'Ouchy", 'Rue de Bourg',
           'Chemin du Languedoc', 'Avenue de Rumine', 'Rue du Midi', 'Chemin de Montolieu',
           'Rue du Lac', 'Chemin des Roses', 'Chemin de la Forêt', "Rue de l'Industrie",
           'Rue du Collège', 'Rue des Alpes', 'Rue du Marché', 'Avenue de Beaulieu',
           'Avenue de France', 'Route de Genève', 'Rue de la Poste', 'Chemin du Stade',
           'Rue du Temple', 'Grand-Rue', "Rue de l'Église", 'Chemin des Pâquerettes',
           'Avenue des Alpes', 'Route du Village', 'Rue du Jura', 'Chemin de Bérée',
           'Rue de Carouge', 'Boulevard de Grancy', 'Avenue de Cour', 'Rue de Romont',
           'Route de la Glâne', 'Rue de Morat', 'Boulevard de Pérolles', 'Rue des Moulins',
           'Chemin des Cerisiers', 'Rue du Château', 'Avenue de la Harpe', 'Rue de Genève',
           'Chemin du Closel', 'Rue des Remparts', 'Avenue de Morges', 'Rue du Nord',
           'Chemin des Écoliers', 'Route de Lavaux', 'Rue du Pont', 'Avenue Général-Guisan',
           'Rue de la Dixence', 'Avenue de Tourbillon', 'Rue du Rhône', 'Chemin des Mésanges',
           'Rue Jaquet-Droz', 'Rue de la Serre', 'Avenue Léopold-Robert', 'Rue des Parcs',
           'Chemin de la Colline', 'Route de Cossonay', 'Rue de la Plaine', 'Chemin du Verger'],
    'it': ['Via Cantonale', 'Via San Gottardo', 'Via Nassa', 'Via Pretorio', 'Via Trevano',
           'Corso Elvezia', 'Via Ciseri', 'Via Besso', 'Via Lugano', 'Via alla Stazione',
           'Via Vedeggio', 'Via Industria', 'Via Cattori', 'Via Maggio', 'Via Zurigo',
           'Via Brentani', 'Via Canova', 'Via Ronchetto', 'Via delle Scuole', 'Via al Lago',
           'Via ai Monti', 'Via Motta', 'Via Borghetto', 'Via Luini', "Via Collina d'Oro",
           'Via Vela', 'Via Bossi', 'Via Campagna', 'Via Stazione', 'Via Municipio',
           'Via Chiesa', 'Via Lavizzari', 'Via Franscini', 'Via Soldino', 'Via Boscioro',
           'Via Cortivallo', 'Via Tesserete', 'Via Beltramina', 'Via Sorengo', 'Via Serafino Balestra',
           'Via Dufour', 'Via Lucchini', 'Via Pessina', 'Via della Posta', 'Via Ospedale',
           'Via Varesi', 'Via Orselina', 'Via Sempione', 'Via Mirasole', 'Via Vincenzo Vela',
           'Via Livio', 'Via Bagutti', 'Via Ravecchia', 'Viale Stazione', 'Via Molinazzo',
           'Via ai Ronchi', 'Via Prada', 'Via Girella', 'Via Cercera', 'Via Crespera'],
}
# France: number first ("12 rue des Voirons"), Italy: "Via Roma 12", Germany: "Straße"
FOREIGN_STREETS = {
    'FR': ['rue des Voirons', 'avenue de Genève', 'rue du Salève', 'chemin des Bois',
           'rue de la Paix', 'route de Thonon', 'allée des Tilleuls', 'rue Nationale',
           'impasse des Lilas', 'rue du Mont-Blanc', 'chemin de la Fruitière',
           'rue des Écoles', 'route de Lyon', 'place du Marché'],
    'IT': ['Via Milano', 'Via Garibaldi', 'Via Roma', 'Via Mazzini', 'Via Cavour',
           'Via per Cernobbio', 'Via Cesare Battisti', 'Via Dante', 'Via Volta',
           'Via Borgo Vico', 'Via Regina', 'Via XXV Aprile'],
    'DE': ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße',
           'Basler Straße', 'Wiesentalstraße', 'Feldbergstraße', 'Rheinstraße',
           'Tumringer Straße', 'Brombacher Straße', 'Kaiserstraße', 'Lindenstraße'],
}
FOREIGN_PHONE_CC = {'FR': '33', 'IT': '39', 'DE': '49'}

# street abbreviations as bookkeepers write them
STREET_ABBR = [
    (r'strasse\b', 'str.'), (r'Strasse\b', 'Str.'), (r'^Avenue\b', 'Av.'),
    (r'^Chemin\b', 'Ch.'), (r'^Route\b', 'Rte'), (r'^Boulevard\b', 'Bd'),
    (r'^Place\b', 'Pl.'), (r'^Via\b', 'V.'), (r'^Corso\b', 'C.so'), (r'^Viale\b', 'V.le'),
]


# ---------------------------------------------------------------------------
# organisations: trades (with their names in the three languages), legal forms
# ---------------------------------------------------------------------------

TRADES = {
    'baeckerei': {'de': ['Bäckerei-Konditorei', 'Bäckerei'], 'fr': ['Boulangerie-Pâtisserie', 'Boulangerie'],
                  'it': ['Panetteria-Pasticceria', 'Panetteria']},
    'schreinerei': {'de': ['Schreinerei', 'Schreinerei & Innenausbau'], 'fr': ['Menuiserie', 'Menuiserie-Ébénisterie'],
                    'it': ['Falegnameria']},
    'garage': {'de': ['Garage', 'Autogarage', 'Carrosserie'], 'fr': ['Garage', 'Carrosserie'],
               'it': ['Garage', 'Autofficina', 'Carrozzeria']},
    'architekt': {'de': ['Architekturbüro', 'Architekten'], 'fr': ["Bureau d'architecture", 'Architectes'],
                  'it': ["Studio d'architettura", 'Architetti']},
    'coiffure': {'de': ['Coiffure', 'Coiffeursalon'], 'fr': ['Coiffure', 'Salon de coiffure'],
                 'it': ['Parrucchiera', 'Coiffure']},
    'malerei': {'de': ['Malerei', 'Malergeschäft'], 'fr': ['Peinture', 'Entreprise de peinture'],
                'it': ['Pittura', 'Impresa di pittura']},
    'elektro': {'de': ['Elektro', 'Elektroinstallationen'], 'fr': ['Électricité'], 'it': ['Elettricità', 'Impianti elettrici']},
    'sanitaer': {'de': ['Sanitär-Heizung', 'Haustechnik'], 'fr': ['Sanitaire-Chauffage', 'Installations sanitaires'],
                 'it': ['Sanitari-Riscaldamenti', 'Impianti sanitari']},
    'metzgerei': {'de': ['Metzgerei'], 'fr': ['Boucherie', 'Boucherie-Charcuterie'], 'it': ['Macelleria', 'Macelleria-Salumeria']},
    'transport': {'de': ['Transporte', 'Transport'], 'fr': ['Transports'], 'it': ['Trasporti']},
    'informatik': {'de': ['Informatik', 'IT-Services'], 'fr': ['Informatique'], 'it': ['Informatica']},
    'gartenbau': {'de': ['Gartenbau', 'Gartenbau & Unterhalt'], 'fr': ['Paysagiste', 'Jardins'], 'it': ['Giardinaggio', 'Giardini']},
    'bau': {'de': ['Bauunternehmung', 'Bau'], 'fr': ['Entreprise de construction', 'Construction'], 'it': ['Impresa di costruzioni', 'Costruzioni']},
    'holzbau': {'de': ['Holzbau', 'Zimmerei'], 'fr': ['Charpente', 'Construction bois'], 'it': ['Carpenteria', 'Costruzioni in legno']},
    'physio': {'de': ['Physiotherapie'], 'fr': ['Physiothérapie'], 'it': ['Fisioterapia']},
    'reinigung': {'de': ['Reinigung', 'Reinigungen'], 'fr': ['Nettoyage', 'Nettoyages'], 'it': ['Pulizie']},
    'druck': {'de': ['Druckerei'], 'fr': ['Imprimerie'], 'it': ['Tipografia']},
    'velo': {'de': ['Velos', 'Velo-Moto'], 'fr': ['Cycles', 'Cycles et motos'], 'it': ['Cicli', 'Cicli e moto']},
    'blumen': {'de': ['Blumen', 'Blumengeschäft'], 'fr': ['Fleurs', 'Fleuriste'], 'it': ['Fiori', 'Fioreria']},
    'optik': {'de': ['Optik'], 'fr': ['Optique'], 'it': ['Ottica']},
    'fahrschule': {'de': ['Fahrschule'], 'fr': ['Auto-école'], 'it': ['Scuola guida']},
    'kaeserei': {'de': ['Käserei', 'Dorfkäserei'], 'fr': ['Fromagerie'], 'it': ['Caseificio']},
    'treuhand': {'de': ['Treuhand', 'Buchhaltungen'], 'fr': ['Fiduciaire'], 'it': ['Fiduciaria']},
    'immobilien': {'de': ['Immobilien'], 'fr': ['Immobilier'], 'it': ['Immobiliare']},
    'beratung': {'de': ['Beratung', 'Consulting'], 'fr': ['Conseil', 'Consulting'], 'it': ['Consulenze', 'Consulting']},
    'dach': {'de': ['Bedachungen', 'Spenglerei'], 'fr': ['Couverture', 'Ferblanterie-Couverture'], 'it': ['Coperture', 'Lattoneria']},
    'plattenleger': {'de': ['Plattenbeläge'], 'fr': ['Carrelage'], 'it': ['Piastrelle']},
}
# trades typical for a sole proprietorship (Einzelfirma) and for small companies
TRADES_SOLE = ['baeckerei', 'schreinerei', 'garage', 'architekt', 'coiffure', 'malerei',
               'elektro', 'sanitaer', 'metzgerei', 'gartenbau', 'physio', 'reinigung',
               'velo', 'blumen', 'optik', 'fahrschule', 'kaeserei', 'treuhand', 'dach',
               'plattenleger', 'holzbau', 'informatik', 'beratung', 'transport']
TRADES_COMPANY = ['schreinerei', 'garage', 'architekt', 'malerei', 'elektro', 'sanitaer',
                  'transport', 'informatik', 'gartenbau', 'bau', 'holzbau', 'reinigung',
                  'druck', 'immobilien', 'beratung', 'dach', 'plattenleger', 'baeckerei',
                  'metzgerei', 'treuhand', 'optik']

LEGAL_FORMS = {
    'gmbh': {'de': ['GmbH', 'G.m.b.H.', 'Gesellschaft mit beschränkter Haftung', 'Gmbh'],
             'fr': ['Sàrl', 'SARL', 'S.à r.l.', 'Sarl', 'société à responsabilité limitée'],
             'it': ['Sagl', 'SAGL', 'S.a.g.l.', 'Sagl.', 'società a garanzia limitata']},
    'ag': {'de': ['AG', 'A.G.', 'Aktiengesellschaft'],
           'fr': ['SA', 'S.A.', 'Société anonyme', 'S.A'],
           'it': ['SA', 'S.A.', 'Società anonima']},
}
FORMER = {'de': ['vormals', 'vorm.'], 'fr': ['anc.', 'anciennement'], 'it': ['già', 'ex']}
BRANCH = {'de': ['Filiale', 'Zweigniederlassung'], 'fr': ['succursale de', 'Succursale'],
          'it': ['succursale di', 'Filiale']}

# invented stems for companies (place-flavoured, not real firms)
STEMS = {
    'de': ['Aaretal', 'Gantrisch', 'Gurten', 'Bantiger', 'Seeland', 'Schwarzwasser',
           'Stockhorn', 'Niesen', 'Belpberg', 'Frienisberg', 'Bucheggberg', 'Weissenstein',
           'Oberaargau', 'Napf', 'Hohgant', 'Chasseral', 'Jolimont', 'Brienzersee',
           'Sensetal', 'Limpach', 'Aaregg', 'Bernatec', 'Alvetra', 'Kelmo', 'Moflex',
           'Tecnorm', 'Lindmatt', 'Hubel', 'Sonnmatt', 'Ferenberg', 'Wankdorf',
           'Zytglogge', 'Bärenplatz', 'Emmenhof', 'Kiesental', 'Gürbetal', 'Rotmoos',
           'Grauholz', 'Dentenberg', 'Löwenmatt'],
    'fr': ['Lémanis', 'Lavaux', 'Jorat', 'Venoge', 'Salève', 'Moléson', 'Gibloux',
           'Chamblon', 'Mormont', 'Aubonne', 'Dent-de-Vaulion', 'Vuache', 'Sarine',
           'Glâne', 'Broye', 'Gruyère', 'Orbe', 'Chablais', 'Léman', 'Dôle',
           'Alpilum', 'Valorex', 'Sionnet', 'Morgetec', 'Arveyes', 'Mont-Pèlerin',
           'Sauvabelin', 'Vidy', 'Ouchy', 'Montbenon', 'Rhodania', 'Trient'],
    'it': ['Ceresio', 'Vedeggio', 'Malcantone', 'Generoso', 'Brè', 'Tamaro',
           'Verzasca', 'Leventina', 'Capriasca', 'Cassarate', 'Morcote', 'San Salvatore',
           'Arbostora', 'Gambarogno', 'Maggia', 'Breggia', 'Sottoceneri', 'Lucomagno',
           'Mesolcina', 'Tresa', 'Sassalto', 'Lucerta', 'Ticinox', 'Alpitec',
           'Montebello', 'Sasso Corbaro', 'Castelgrande', 'Monte Ceneri'],
}
STEM_SECTORS = {
    'de': ['Holding', 'Immobilien', 'Bau', 'Services', 'Logistik', 'Technik', 'Invest',
           'Management', 'Energie', 'Verwaltungen'],
    'fr': ['Holding', 'Immobilier', 'Construction', 'Services', 'Logistique', 'Technique',
           'Invest', 'Gestion', 'Énergie'],
    'it': ['Holding', 'Immobiliare', 'Costruzioni', 'Servizi', 'Logistica', 'Tecnica',
           'Invest', 'Gestioni', 'Energia'],
}

INNS = {
    'de': ['Restaurant Sternen', 'Gasthof Löwen', 'Restaurant Bären', 'Landgasthof Rössli',
           'Restaurant Kreuz', 'Gasthof Ochsen', 'Restaurant Linde', 'Hotel Restaurant Krone',
           'Restaurant Bahnhof', 'Café Bäckerstube', 'Restaurant Schützenhaus', 'Gasthof Hirschen',
           'Restaurant Traube', 'Restaurant Adler', 'Berggasthaus Gurnigel-Sicht',
           'Restaurant Waldhaus', 'Pizzeria Da Mario', 'Restaurant Zum Goldenen Schlüssel',
           'Café Rendez-vous', 'Restaurant Tramdepot-Stübli', 'Landgasthof Kreuzstrasse',
           'Restaurant Rebstock', 'Gasthaus Tanne', 'Restaurant Alpenblick'],
    'fr': ['Café du Commerce', 'Auberge de la Croix-Blanche', "Café de l'Union",
           'Restaurant du Lion d\'Or', 'Auberge communale', 'Café-Restaurant de la Gare',
           'Brasserie du Pont', 'Pinte du Vieux-Moulin', 'Auberge du Cheval-Blanc',
           'Hôtel-Restaurant de la Couronne', 'Café des Amis', 'Restaurant Le Vieux-Chêne',
           "Auberge de l'Étoile", 'Buvette du Port', 'Café-Restaurant du Marché',
           'Le Bistrot du Coin', 'Crêperie La Bretonne', "Restaurant de l'Hôtel-de-Ville"],
    'it': ['Ristorante Grotto del Sole', 'Osteria del Ponte', 'Grotto Morchino', 'Ristorante Vetta',
           'Osteria Ticino', 'Trattoria della Stazione', 'Ristorante Pizzeria Al Porto',
           'Grotto dei Pescatori', 'Osteria Bellavista', 'Ristorante Bar Centrale',
           'Bar Ristorante Lago', 'Albergo Ristorante Unione', 'Grotto della Salute',
           'Pizzeria La Botte', 'Osteria Al Castello', 'Ristorante Olivella'],
}
FARM_NAMES = {
    'de': ['Sonnhalde', 'Oberhus', 'Moosacker', 'Eichhof', 'Birchihof', 'Lindenhof',
           'Hinterfeld', 'Chrüzacker', 'Rütihof', 'Buechmatt', 'Bärgli', 'Vorderberg',
           'Hubelhof', 'Schwendi', 'Tannenhof', 'Weidli'],
    'fr': ['des Crêtes', 'du Chêne', 'de la Combe', 'des Ruaz', 'du Signal', 'de la Fontaine',
           'des Vergers', 'du Grand-Pré', 'de la Croix', 'des Ormes', 'du Moulin'],
    'it': ['Ai Ronchi', 'La Costa', 'Al Mulino', 'Le Vigne', 'Monte Bello', 'Ca’ di Sopra',
           'Cascina Bella', 'Il Castagneto', 'Alpe Rovana', 'Campagna Nuova'],
}

ASSOC = {
    'de': ['Turnverein {t}', 'Männerchor {t}', 'Musikgesellschaft {t}', 'Jodlerklub {t}',
           'FC {t}', 'Tennisclub {t}', 'Schützengesellschaft {t}', 'Frauenverein {t}',
           'Elternverein {t}', 'Spitex-Verein {t}', 'Hornusser-Gesellschaft {t}',
           'Trachtengruppe {t}', 'Skiclub {t}', 'Gemeinnütziger Frauenverein {t}',
           'Quartierverein {t}-Ost', 'Verein Kita {t}', 'Theaterverein {t}',
           'Handballclub {t}', 'Unihockeyclub {t}', 'Seniorenverein {t}'],
    'fr': ['Société de gymnastique {t}', 'Chœur mixte {t}', 'FC {t}', 'Fanfare {t}',
           'Société de développement {t}', "Association des parents d'élèves de {t}",
           'Club de tennis {t}', 'Ski-club {t}', 'Société de tir {t}', 'Jeunesse de {t}',
           'Association Crèche {t}', 'Club des aînés de {t}', 'Société de musique {t}',
           'Volleyball-Club {t}', 'Association du Carnaval de {t}'],
    'it': ['Società federale di ginnastica {t}', 'Filarmonica {t}', 'FC {t}',
           'Associazione genitori {t}', 'Coro {t}', 'Sci club {t}', 'Società tiro {t}',
           'Hockey Club {t}', 'Associazione anziani {t}', 'Società carnevale {t}',
           'Associazione asilo nido {t}', 'Corale {t}', 'Tennis Club {t}',
           'Associazione culturale {t}'],
}
FOUNDATION = {
    'de': ['Stiftung Alterswohnen {t}', 'Kulturstiftung {t}', 'Stiftung Wohnheim {n}',
           'Stiftung {f}-{f2}', 'Stiftung Kinderheim {t}', 'Stiftung Pro {t}',
           'Stiftung Behindertenwerk {t}', 'Personalvorsorgestiftung der {f} AG',
           'Stiftung Ferienhaus {n}', 'Stiftung Heimatmuseum {t}'],
    'fr': ['Fondation {f}', "Fondation pour l'aide aux aînés de {t}", 'Fondation du {n}',
           'Fondation Maison de retraite {t}', 'Fondation culturelle {t}',
           'Fondation {f}-{f2}', 'Fondation Jeunesse {t}', 'Fondation de prévoyance {f} SA'],
    'it': ['Fondazione {f}', 'Fondazione Casa anziani {t}', 'Fondazione {f}-{f2}',
           'Fondazione culturale {t}', 'Fondazione Museo {t}', 'Fondazione Pro {t}',
           'Fondazione Istituto {n}'],
}
COOP = {
    'de': ['Wohnbaugenossenschaft {n}', 'Käsereigenossenschaft {t}',
           'Wasserversorgungsgenossenschaft {t}', 'Genossenschaft {n}',
           'Landwirtschaftliche Genossenschaft {t}', 'Alpgenossenschaft {n}',
           'Baugenossenschaft {n}', 'Genossenschaft Dorfladen {t}'],
    'fr': ["Coopérative d'habitation {n}", 'Société coopérative {n}', 'Laiterie coopérative de {t}',
           'Cave coopérative de {t}', "Coopérative d'habitation Les {n}", 'Coopérative du Battoir de {t}'],
    'it': ['Cooperativa di abitazione {n}', 'Società cooperativa {n}', 'Cooperativa agricola {t}',
           'Cantina sociale {t}', 'Cooperativa Casa {n}'],
}
COOP_NAMES = {
    'de': ['Sonnmatt', 'Brunnmatt', 'Oberfeld', 'Rossfeld', 'Holligen', 'Bethlehemacker',
           'Wylergut', 'Murifeld', 'Tscharnergut', 'Lorraine', 'Eigerplatz', 'Stöckacker'],
    'fr': ['Cité-Jardin', 'Bellevaux', 'Pierrefleur', 'Florimont', 'Clos-Fleuri', 'Montelly',
           'Bergières', 'Valmont', 'Pré-Fleuri', 'Champ-Rond'],
    'it': ['Residenza al Sole', 'Cassarate Verde', 'Pratocarasso', 'Campagnola', 'Al Ronco',
           'Viarnetto', 'Molino Nuovo', 'Bellavista'],
}
VERWALTUNG = {
    'de': ['{f} Immobilien AG', 'Immobilienverwaltung {f} GmbH', '{s} Immobilien AG',
           'Liegenschaftsverwaltung {f}', '{f} + {f2} Immobilien GmbH', 'Verwaltungen {s} AG'],
    'fr': ['Régie {f} SA', 'Gérance {f} Sàrl', 'Régie du {s} SA', 'Gérance immobilière {f} SA',
           '{f} & {f2} Gérances SA'],
    'it': ['Amministrazione stabili {f} SA', '{s} Immobiliare Sagl', 'Gestioni immobiliari {f} SA',
           'Amministrazioni {f} & {f2} Sagl'],
}
STWEG_FORMS = {
    # canonical (accounting system), and how other sources write the same community
    'de': ['StWEG {a}', 'STWEG {a}', 'Stockwerkeigentümergemeinschaft {a}',
           'Stockwerkeigentümer-Gemeinschaft {a}', 'StWEG {a}', 'Gemeinschaft der Stockwerkeigentümer {a}'],
    'fr': ['PPE {a}', 'Copropriété PPE {a}', 'PPE Copropriété {a}', 'Communauté des copropriétaires PPE {a}'],
    'it': ['Condominio {a}', 'PPP {a}', 'Comunione dei comproprietari {a}', 'Cond. {a}'],
}
PRAXIS_FORMS = {
    'doc': {'de': ['Praxis Dr. med. {g} {f}', 'Hausarztpraxis Dr. med. {g} {f}'],
            'fr': ['Cabinet médical Dr {g} {f}', 'Cabinet médical du Dr {g} {f}'],
            'it': ['Studio medico Dr. med. {g} {f}', 'Studio medico dott. {g} {f}']},
    'dent': {'de': ['Zahnarztpraxis Dr. med. dent. {g} {f}'],
             'fr': ['Cabinet dentaire Dr {g} {f}', 'Cabinet dentaire du Dr {g} {f}'],
             'it': ['Studio dentistico Dr. med. dent. {g} {f}']},
}
# abbreviations and synonyms bookkeepers use in firm names
NAME_ABBR = [
    ('Gebrüder ', 'Gebr. '), ('Fratelli ', 'F.lli '),
    (' & Co.', ' & Cie'), (' & Cie', ' & Co.'), (' & Cia', ' & Co.'), (' und ', ' & '),
    (' et ', ' & '), (' e ', ' & '), ('Wohnbaugenossenschaft ', 'WBG '),
    ('Genossenschaft ', 'Gen. '), ('Stockwerkeigentümergemeinschaft ', 'StWEG '),
    ('StWEG ', 'Stockwerkeigentümergemeinschaft '), ('Dr. med. dent. ', 'Dr. '),
    ('Dr. med. ', 'Dr. med '), ('Dr. med. ', 'Dr '), ('Turnverein ', 'TV '), ('Männerchor ', 'MC '),
    ('Musikgesellschaft ', 'MG '), ('Société de gymnastique ', 'SFG '), ('Fondation ', 'Fond. '),
    ('Stiftung ', 'Stift. '), ('Società federale di ginnastica ', 'SFG '), ('Fondazione ', 'Fond. '),
    ('Immobilien', 'Immob.'), ('Restaurant ', 'Rest. '), ('Ristorante ', 'Rist. '),
    ('Bäckerei-Konditorei ', 'Bäckerei '), ('Boulangerie-Pâtisserie ', 'Boulangerie '),
    ('Panetteria-Pasticceria ', 'Panetteria '), ('Architekturbüro ', 'Architekturbuero '),
    ("Bureau d'architecture ", 'Bureau archi. '), ('Cabinet médical ', 'Cab. méd. '),
    ('Coopérative ', 'Coop. '), ('Cooperativa ', 'Coop. '), ('Société coopérative ', 'Sté coop. '),
    ('Hausarztpraxis ', 'Praxis '), ('Landwirtschaft ', 'Landw. '), ('Sanitär-Heizung', 'Sanitär + Heizung'),
    ('Elektroinstallationen', 'Elektro'), ('Condominio ', 'Cond. '), ('Copropriété PPE ', 'PPE '),
]

FREEMAIL_CH = [('bluewin.ch', 30), ('gmx.ch', 11), ('hispeed.ch', 6), ('sunrise.ch', 5),
               ('gmail.com', 26), ('outlook.com', 8), ('hotmail.com', 4), ('icloud.com', 3),
               ('bluemail.ch', 2), ('gmx.net', 2), ('protonmail.com', 2)]
FREEMAIL_FOREIGN = {
    'FR': [('orange.fr', 30), ('free.fr', 18), ('wanadoo.fr', 10), ('sfr.fr', 8), ('gmail.com', 30), ('hotmail.fr', 6)],
    'IT': [('libero.it', 25), ('alice.it', 10), ('virgilio.it', 8), ('gmail.com', 40), ('hotmail.it', 8), ('tiscali.it', 4)],
    'DE': [('web.de', 30), ('gmx.de', 25), ('t-online.de', 20), ('gmail.com', 25)],
}
FREEMAIL_ALL = sorted({d for d, _ in FREEMAIL_CH} |
                      {d for lst in FREEMAIL_FOREIGN.values() for d, _ in lst})
ORG_LOCALS = {
    'de': ['info', 'info', 'kontakt', 'office', 'mail', 'buchhaltung', 'admin', 'sekretariat'],
    'fr': ['info', 'info', 'contact', 'office', 'admin', 'comptabilite', 'secretariat'],
    'it': ['info', 'info', 'contatto', 'amministrazione', 'segreteria', 'ufficio'],
}
# what clients type into the portal's / bookkeepers into the "company" field of a private person
WRONG_COMPANY = {'de': ['Privat', 'privat', 'Rentner', 'Angestellt', 'selbständig', 'keine', '-privat-'],
                 'fr': ['Privé', 'privé', 'retraité', 'salarié', 'indépendant', 'aucune', 'particulier'],
                 'it': ['Privato', 'privato', 'pensionato', 'dipendente', 'indipendente', 'nessuna']}


# ---------------------------------------------------------------------------
# registries (everything invented must be unique unless shared on purpose)
# ---------------------------------------------------------------------------

EIDS = set()
UIDS = set()
EMAILS = set()
PHONES = set()
ADDR_KEYS = set()
DOMAINS = set()


def new_eid():
    while True:
        e = 'c%07x' % R.randrange(16 ** 7)
        if e not in EIDS:
            EIDS.add(e)
            return e


def new_uid():
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        c = 11 - (sum(a * b for a, b in zip(d, w)) % 11)
        if c == 10:
            continue
        if c == 11:
            c = 0
        digits = ''.join(str(x) for x in d) + str(c)
        uid = 'CHE-%s.%s.%s' % (digits[:3], digits[3:6], digits[6:])
        if uid not in UIDS:
            UIDS.add(uid)
            return uid


def rand_place(lang, exclude_city=None, big=False):
    cands = [p for p in PLACES_BY_LANG[lang] if p['city'] != exclude_city]
    if big:
        cands = [p for p in cands if p['weight'] >= 3] or cands
    return wpick([(p, p['weight']) for p in cands])


def town_of(place):
    """locality name without the canton suffix, as people say it"""
    c = place['city']
    c = re.sub(r' (BE|VD|GE|FR|GR|SO)$', '', c)
    c = c.replace(' b. Bern', '').replace(' i.E.', '')
    if c == 'Biel/Bienne':
        return 'Biel' if place.get('lang') == 'de' else 'Bienne'
    return c


# ---- phones (stored as E.164 digits without "+") ----

def new_phone(kind, place=None, country='CH'):
    for _ in range(1000):
        if country != 'CH':
            cc = FOREIGN_PHONE_CC[country]
            if country == 'FR':
                num = cc + pick(['6', '7']) + ''.join(str(R.randint(0, 9)) for _ in range(8))
            elif country == 'IT':
                num = cc + '3' + pick(['33', '34', '35', '38', '39', '40', '47', '48', '49']) + \
                    ''.join(str(R.randint(0, 9)) for _ in range(7))
            else:
                num = cc + pick(['151', '152', '160', '170', '171', '176']) + \
                    ''.join(str(R.randint(0, 9)) for _ in range(8))
        elif kind == 'mobile':
            num = '41' + pick(['76', '77', '78', '79', '79', '79', '78']) + str(R.randint(2, 9)) + \
                ''.join(str(R.randint(0, 9)) for _ in range(6))
        else:
            area = place['area'] if place else '31'
            num = '41' + area + str(R.randint(2, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(6))
        if num not in PHONES:
            PHONES.add(num)
            return num
    raise RuntimeError('phone space exhausted')


def fmt_phone(e164, style):
    if e164 is None:
        return None
    cc = e164[:2]
    if cc == '41':
        a, r = e164[2:4], e164[4:]
        p1, p2, p3 = r[:3], r[3:5], r[5:]
        forms = {
            'nat_sp': '0%s %s %s %s' % (a, p1, p2, p3),
            'intl_sp': '+41 %s %s %s %s' % (a, p1, p2, p3),
            'intl_00': '0041 %s %s %s %s' % (a, p1, p2, p3),
            'nat_compact': '0%s%s' % (a, r),
            'intl_compact': '+41%s%s' % (a, r),
            'intl_00_compact': '0041%s%s' % (a, r),
            'nat_slash': '0%s/%s %s %s' % (a, p1, p2, p3),
            'nat_7': '0%s %s' % (a, r),
            'intl_paren': '+41 (0)%s %s %s %s' % (a, p1, p2, p3),
            'nat_dash': '0%s-%s-%s-%s' % (a, p1, p2, p3),
            'nat_dots': '0%s.%s.%s.%s' % (a, p1, p2, p3),
            'intl_7': '+41 %s %s' % (a, r),
        }
        return forms.get(style, forms['nat_sp'])
    rest = e164[2:]
    if cc == '33':
        pairs = [rest[0]] + [rest[i:i + 2] for i in range(1, 9, 2)]
        if style in ('intl_00', 'intl_00_compact'):
            return '0033 ' + ' '.join(pairs)
        if style in ('nat_compact', 'intl_compact'):
            return '+33' + rest
        return '+33 ' + ' '.join(pairs)
    if cc == '39':
        if style in ('intl_00', 'intl_00_compact'):
            return '0039 %s %s' % (rest[:3], rest[3:])
        if style in ('nat_compact', 'intl_compact'):
            return '+39' + rest
        return '+39 %s %s %s' % (rest[:3], rest[3:6], rest[6:])
    if cc == '49':
        if style in ('intl_00', 'intl_00_compact'):
            return '0049 %s %s' % (rest[:3], rest[3:])
        if style in ('nat_compact', 'intl_compact'):
            return '+49' + rest
        return '+49 %s %s' % (rest[:3], rest[3:])
    return '+' + e164


def phone_is_mobile(e164):
    return e164 is not None and e164[:2] == '41' and e164[2] == '7'


# ---- addresses ----

def house_no(lang):
    n = wpick([(R.randint(1, 30), 6), (R.randint(31, 90), 3), (R.randint(91, 240), 1)])
    if chance(0.07):
        return '%d%s' % (n, pick(['a', 'b', 'a', 'c']) if lang != 'fr' else pick(['A', 'B', 'a']))
    return str(n)


def new_address(place, lang=None, street=None, no=None):
    lang = lang or place.get('lang', 'de')
    country = place['country']
    for _ in range(500):
        if country == 'CH':
            st = street or pick(STREETS[place['lang']])
        else:
            st = street or pick(FOREIGN_STREETS[country])
        n = no or house_no(place['lang'] if country == 'CH' else 'de')
        key = (place['city'], st, n)
        if key not in ADDR_KEYS:
            ADDR_KEYS.add(key)
            return {'street': st, 'no': n, 'line2': None, 'place': place, 'pobox_only': False}
        street = None
        no = None
    raise RuntimeError('address space exhausted')


def addr_key_of(a):
    return (a['place']['city'], a['street'], a['no'])


# ---- e-mail ----

def person_email(given, family, country='CH', birth=None):
    g = ascii_slug(given.split()[0].split('-')[0] if given else 'x')
    g_full = ascii_slug(given or 'x', '-')
    f = ascii_slug(family or 'x')
    if country == 'CH':
        doms = FREEMAIL_CH
    else:
        doms = FREEMAIL_FOREIGN[country]
    yy = '%02d' % ((birth or R.randint(1950, 2002)) % 100)
    for i in range(200):
        dom = wpick(doms)
        pattern = wpick([('{g}.{f}', 30), ('{g0}.{f}', 10), ('{g}{f}', 8), ('{f}.{g}', 6),
                         ('{g}.{f}{yy}', 10), ('{g}_{f}', 3), ('{f}{g0}', 4), ('{gf}.{f}', 4),
                         ('{g}{yy}', 3), ('{f}.{g0}', 3), ('{g}.{f}{n}', 4 if i else 0)])
        local = pattern.format(g=g, g0=g[0], f=f, yy=yy, gf=g_full, n=R.randint(1, 99))
        email = '%s@%s' % (local, dom)
        if email.casefold() not in EMAILS:
            EMAILS.add(email.casefold())
            return email
    raise RuntimeError('email')


def household_email(g1, g2, family):
    f = ascii_slug(family)
    a, b = ascii_slug(g1.split()[0]), ascii_slug(g2.split()[0])
    for i in range(100):
        dom = wpick(FREEMAIL_CH)
        local = wpick([('{a}.{b}.{f}', 4), ('fam.{f}', 3), ('familie.{f}', 2), ('{f}.{a}', 3),
                       ('{a}.{f}', 4), ('{a}{b}{f}', 1), ('{f}-{a}{b}', 1), ('{f}{n}', 1 if i else 0)]).format(
            a=a, b=b, f=f, n=R.randint(2, 99))
        email = '%s@%s' % (local, dom)
        if email.casefold() not in EMAILS:
            EMAILS.add(email.casefold())
            return email
    raise RuntimeError('email')


GIVEN_SLUGS = set()
for _l in GIVEN.values():
    for _lst in _l.values():
        for _g in _lst:
            for _w in re.split(r'[\s-]+', _g):
                GIVEN_SLUGS.add(ascii_slug(_w))
GIVEN_SLUGS -= {'franco', 'marco', 'roth', 'graf', 'frei', 'martin', 'python', 'robert', 'sala'}


def org_domain(core, place, extra=None):
    words = [w for w in re.split(r"[\s/,&+'’.-]+", core) if w]
    stop = {'de', 'du', 'des', 'la', 'le', 'di', 'del', 'della', 'der', 'und', 'et', 'e', 'dr', 'med',
            'dent', 'von', 'da', 'al', 'ai', 'les', 'l', 'd', 'c', 'o', 'dott', 'in', 'en', 'im', 'am',
            'chez', 'zum', 'zur', 'fu', 'pro', 'e', 'a'}
    words = [ascii_slug(w) for w in words]
    words = [w for w in words if w and w not in stop and w not in GIVEN_SLUGS]
    town = ascii_slug(town_of(place)) if place.get('country') == 'CH' else ascii_slug(place['city'])
    cands = []
    if words:
        cands.append('-'.join(words[:2]))
        cands.append(''.join(words[:2]))
        cands.append('-'.join(words[:3]))
        cands.append(words[-1] + '-' + town)
        cands.append('-'.join(words[:2]) + '-' + town)
        cands.append(words[0] + '-' + town)
    if extra:
        cands.insert(0, extra)
    for c in cands:
        c = c[:40].strip('-')
        if len(c) < 3:
            continue
        dom = c + '.ch'
        if dom not in DOMAINS:
            DOMAINS.add(dom)
            return dom
    while True:
        dom = '%s%d.ch' % ((words[0] if words else 'firma')[:20], R.randint(2, 999))
        if dom not in DOMAINS:
            DOMAINS.add(dom)
            return dom


def org_email(ent, place, local=None, domain=None, freemail=False):
    lang = ent['lang']
    for i in range(100):
        if freemail:
            words = [w for w in ascii_slug(ent['core'], '.').split('.') if w and w not in GIVEN_SLUGS
                     and w not in ('dr', 'med', 'dent', 'de', 'du', 'des', 'la', 'le', 'di', 'del')]
            base = '.'.join([words[0], words[-1]] if len(words) > 2 else words)[:30].strip('.') or 'firma'
            local_ = base if i == 0 else '%s%d' % (base, R.randint(1, 99))
            email = '%s@%s' % (local_, wpick(FREEMAIL_CH))
        else:
            dom = domain or ent.get('domain')
            if dom is None:
                dom = org_domain(ent['core'], place)
                ent['domain'] = dom
            lc = local or (pick(ORG_LOCALS[lang]) if i < 10 else 'mail%d' % i)
            email = '%s@%s' % (lc, dom)
        if email.casefold() not in EMAILS:
            EMAILS.add(email.casefold())
            return email
        local = None
    raise RuntimeError('org email')


def contact_email(contact, domain):
    g = ascii_slug(contact['given'].split()[0].split('-')[0])
    f = ascii_slug(contact['family'])
    for pat in ('{g}.{f}', '{g0}.{f}', '{f}', '{g}', '{g0}{f}', '{g}.{f}2'):
        email = '%s@%s' % (pat.format(g=g, f=f, g0=g[0]), domain)
        if email.casefold() not in EMAILS:
            EMAILS.add(email.casefold())
            return email
    return None


# ---------------------------------------------------------------------------
# entity constructors
# ---------------------------------------------------------------------------

def rand_person_name(lang, gender=None, old=False, foreign_ok=True):
    gender = gender or pick(['m', 'f'])
    if foreign_ok and chance(0.07):
        g = pick(GIVEN['xx'][gender])
        f = pick(FAMILY['xx'])
        return g, f, gender
    if old and chance(0.6):
        g = pick(OLD_GIVEN[lang][gender])
    else:
        g = pick(GIVEN[lang][gender])
    f = pick(FAMILY[lang])
    if chance(0.05):  # mixed marriages / moved across language border
        f = pick(FAMILY[pick(['de', 'fr', 'it'])])
    return g, f, gender


def base_ent(kind, party, lang):
    return {'eid': new_eid(), 'kind': kind, 'party': party, 'lang': lang,
            'given': None, 'family': None, 'gender': None, 'given2': None, 'family2': None,
            'gender2': None, 'heir': None, 'core': None, 'legal': None, 'uid': None,
            'trade': None, 'trade_idx': 0, 'trade_lang': None, 'trade_word': None,
            'stem': None, 'former': None, 'contact': None, 'manager': None,
            'email': None, 'phone': None, 'addr': None, 'domain': None, 'birth': None,
            'owner_of': None, 'heir_of': None}


def rand_contact(lang, family=None, gender=None):
    g, f, s = rand_person_name(lang, gender)
    return {'given': g, 'family': family or f, 'gender': s}


def make_person(kind, lang, place=None, given=None, family=None, gender=None, addr=None):
    e = base_ent(kind, 'person', lang)
    old = kind in ('pensioner',)
    if given is None:
        g, f, s = rand_person_name(lang, gender, old=old)
        given = g
        family = family or f
        gender = s
    e['given'], e['family'], e['gender'] = given, family, gender or 'm'
    e['birth'] = R.randint(1938, 1959) if old else R.randint(1960, 2003)
    if addr is None:
        place = place or rand_place(lang)
        addr = new_address(place)
    e['addr'] = addr
    place = addr['place']
    if old:
        e['phone'] = new_phone('landline', place) if chance(0.7) else new_phone('mobile')
        if chance(0.55):
            e['email'] = person_email(given, family, birth=e['birth'])
    else:
        e['phone'] = new_phone('mobile') if chance(0.75) else new_phone('landline', place)
        if chance(0.88):
            e['email'] = person_email(given, family, birth=e['birth'])
    if chance(0.08) and e['email']:
        e['phone'] = None
    return e


def make_household(lang, place=None):
    e = base_ent('household', 'person', lang)
    g1, fam, s1 = rand_person_name(lang, 'm' if chance(0.9) else 'f')
    s2 = 'f' if s1 == 'm' else ('m' if chance(0.7) else 'f')
    g2 = pick(GIVEN[lang][s2] if chance(0.9) else GIVEN['xx'][s2])
    while g2 == g1:
        g2 = pick(GIVEN[lang][s2])
    e['given'], e['family'], e['gender'] = g1, fam, s1
    e['given2'], e['gender2'] = g2, s2
    if chance(0.15):
        e['family2'] = pick(FAMILY[lang])
        if e['family2'] == fam:
            e['family2'] = None
    e['birth'] = R.randint(1945, 1990)
    place = place or rand_place(lang)
    e['addr'] = new_address(place)
    e['phone'] = new_phone('landline', place) if chance(0.5) else new_phone('mobile')
    if chance(0.85):
        e['email'] = household_email(g1, g2, fam) if chance(0.6) else person_email(g1, fam, birth=e['birth'])
    return e


def make_grenzgaenger(lang):
    country = {'fr': 'FR', 'it': 'IT', 'de': 'DE'}[lang]
    fp = pick([p for p in FOREIGN_PLACES if p['country'] == country])
    e = base_ent('grenzgaenger', 'person', lang)
    g, f, s = rand_person_name(lang, foreign_ok=False)
    if chance(0.35):  # French / Italian / German family names of the neighbour country
        f = pick(FAMILY[lang]) if country != 'DE' else pick(['Schmidt', 'Schneider', 'Wagner', 'Becker',
                                                          'Hoffmann', 'Schäfer', 'Koch', 'Bauer',
                                                          'Richter', 'Klein', 'Wolf', 'Schröder',
                                                          'Neumann', 'Schwarz', 'Zimmermann', 'Braun'])
    e['given'], e['family'], e['gender'] = g, f, s
    e['birth'] = R.randint(1965, 2000)
    e['addr'] = new_address(fp)
    e['phone'] = new_phone('mobile') if chance(0.55) else new_phone('mobile', country=country)
    if chance(0.92):
        e['email'] = person_email(g, f, country=country if chance(0.6) else 'CH', birth=e['birth'])
    return e


def make_estate(lang, heir=None, place=None):
    """Erbengemeinschaft / hoirie / comunione ereditaria, correspondence c/o an heir"""
    e = base_ent('estate', 'person', lang)
    s = 'm' if chance(0.55) else 'f'
    if heir is not None:
        fam = heir['family'] if chance(0.85) else pick(FAMILY[lang])
        g = pick(OLD_GIVEN[lang][s])
        e['heir'] = {'given': heir['given'], 'family': heir['family']}
        e['addr'] = copy.deepcopy(heir['addr'])
        e['addr']['line2'] = ('co', '%s %s' % (heir['given'], heir['family']))
        e['email'] = heir['email']
        e['phone'] = heir['phone']
        e['heir_of'] = heir['eid']
    else:
        g = pick(OLD_GIVEN[lang][s])
        fam = pick(FAMILY[lang])
        hs = pick(['m', 'f'])
        hg = pick(GIVEN[lang][hs])
        hf = fam if chance(0.7) else pick(FAMILY[lang])
        e['heir'] = {'given': hg, 'family': hf}
        place = place or rand_place(lang)
        e['addr'] = new_address(place)
        e['addr']['line2'] = ('co', '%s %s' % (hg, hf))
        e['phone'] = new_phone('mobile') if chance(0.6) else new_phone('landline', place)
        if chance(0.8):
            e['email'] = person_email(hg, hf)
    e['given'], e['family'], e['gender'] = g, fam, s
    e['birth'] = R.randint(1925, 1950)
    return e


def split_legal(name):
    for key in ('ag', 'gmbh'):
        for lang in ('de', 'fr', 'it'):
            lf = LEGAL_FORMS[key][lang][0]
            if name.endswith(' ' + lf):
                return name[:-len(lf) - 1], key
    return name, None


def trade_word(trade, lang, idx=None):
    lst = TRADES[trade][lang]
    if idx is None:
        idx = R.randrange(len(lst))
    idx = min(idx, len(lst) - 1)
    return lst[idx], idx


def _org_contact(e, place, owner=None, p=0.75):
    if owner is not None:
        e['contact'] = owner
    elif chance(p):
        e['contact'] = rand_contact(e['lang'])


def _org_phone_email(e, place, freemail_p=0.15, email_p=0.92, mobile_p=0.1):
    e['phone'] = new_phone('mobile') if chance(mobile_p) else new_phone('landline', place)
    if chance(email_p):
        if chance(freemail_p):
            e['email'] = org_email(e, place, freemail=True)
        elif e['contact'] and chance(0.25):
            e['domain'] = e['domain'] or org_domain(e['core'], place)
            e['email'] = contact_email(e['contact'], e['domain']) or org_email(e, place)
        else:
            e['email'] = org_email(e, place)


def make_einzelfirma(lang, place=None, owner=None, trade=None):
    e = base_ent('einzelfirma', 'org', lang)
    place = place or rand_place(lang)
    if owner is None:
        g, f, s = rand_person_name(lang)
        owner = {'given': g, 'family': f, 'gender': s}
    g, f = owner['given'], owner['family']
    roll = trade or wpick([('restaurant', 9), ('farm', 8), ('coiffure', 8), ('trade', 75)])
    if roll == 'restaurant':
        e['core'] = pick(INNS[lang])
        e['trade'] = 'restaurant'
    elif roll == 'farm':
        pat = pick({'de': ['Landwirtschaft {g} {f}', 'Hof {n}, {g} {f}', 'Biohof {n}', '{f} {g}, Landwirt'],
                    'fr': ['Exploitation agricole {g} {f}', 'Domaine {n}', 'Ferme {n}, {g} {f}'],
                    'it': ['Azienda agricola {g} {f}', 'Agriturismo {n}', 'Azienda agricola {n}']}[lang])
        e['core'] = pat.format(g=g, f=f, n=pick(FARM_NAMES[lang]))
        e['trade'] = 'farm'
    elif roll == 'coiffure':
        tw, idx = trade_word('coiffure', lang)
        pat = pick(['{t} {g}', '{t} {g} {f}', '{t} Chez {g}' if lang == 'fr' else '{t} {g} {f}', '{t} {f}'])
        e['core'] = pat.format(t=tw, g=g, f=f)
        e['trade'], e['trade_idx'], e['trade_lang'], e['trade_word'] = 'coiffure', idx, lang, tw
    else:
        t = trade if trade in TRADES else pick(TRADES_SOLE)
        tw, idx = trade_word(t, lang)
        pat = wpick([('{t} {g} {f}', 4), ('{t} {f}', 4), ('{f} {t}', 3), ('{g} {f} {t}', 1)])
        e['core'] = pat.format(t=tw, g=g, f=f)
        e['trade'], e['trade_idx'], e['trade_lang'], e['trade_word'] = t, idx, lang, tw
    e['stem'] = f
    if chance(0.4):
        e['uid'] = new_uid()
    e['contact'] = dict(owner)
    e['addr'] = new_address(place)
    _org_phone_email(e, place, freemail_p=0.35, email_p=0.85, mobile_p=0.3)
    return e


def make_praxis(lang, place=None, doctor=None):
    e = base_ent('praxis', 'org', lang)
    place = place or rand_place(lang, big=chance(0.5))
    if doctor is None:
        g, f, s = rand_person_name(lang)
        doctor = {'given': g, 'family': f, 'gender': s}
    spec = 'dent' if chance(0.35) else 'doc'
    pat = pick(PRAXIS_FORMS[spec][lang])
    e['core'] = pat.format(g=doctor['given'], f=doctor['family'])
    e['trade'] = 'praxis_' + spec
    e['stem'] = doctor['family']
    e['contact'] = dict(doctor)
    if chance(0.2):
        e['uid'] = new_uid()
    e['addr'] = new_address(place)
    _org_phone_email(e, place, freemail_p=0.2, email_p=0.9, mobile_p=0.02)
    return e


def make_company(kind, lang, place=None, stem=None, core=None):
    """GmbH / Sàrl / Sagl and AG / SA"""
    e = base_ent(kind, 'org', lang)
    place = place or rand_place(lang)
    legal = 'gmbh' if kind == 'gmbh' else 'ag'
    if core is None:
        f = pick(FAMILY[lang])
        s = stem or pick(STEMS[lang])
        t = pick(TRADES_COMPANY)
        tw, idx = trade_word(t, lang)
        roll = wpick([('ft', 34), ('tf', 18), ('st', 20), ('s', 6), ('ss', 8), ('ff', 9), ('rest', 5)])
        if stem:
            roll = pick(['st', 'ss', 's'])
        if roll == 'ft':
            core = '%s %s' % (f, tw)
            e['stem'] = f
        elif roll == 'tf':
            core = '%s %s' % (tw, f)
            e['stem'] = f
        elif roll == 'st':
            core = '%s %s' % (s, tw)
            e['stem'] = s
        elif roll == 's':
            core = s
            e['stem'] = s
        elif roll == 'ss':
            core = '%s %s' % (s, pick(STEM_SECTORS[lang]))
            e['stem'] = s
            t = None
        elif roll == 'ff':
            f2 = pick(FAMILY[lang])
            while f2 == f:
                f2 = pick(FAMILY[lang])
            core = '%s & %s' % (f, f2) if chance(0.6) else '%s + %s %s' % (f, f2, tw)
            e['stem'] = f
            if '+' not in core:
                t = None
        else:
            core = pick(INNS[lang])
            e['stem'] = core.split()[-1]
            t = 'restaurant'
        if t and t != 'restaurant' and tw in core:
            e['trade'], e['trade_idx'], e['trade_lang'], e['trade_word'] = t, idx, lang, tw
        elif t == 'restaurant':
            e['trade'] = 'restaurant'
    else:
        e['stem'] = stem
    e['core'] = core
    e['legal'] = legal
    e['uid'] = new_uid()
    _org_contact(e, place, p=0.7)
    e['addr'] = new_address(place)
    if chance(0.12):
        e['addr']['line2'] = ('pobox', str(R.randint(1, 899)) if chance(0.7) else '')
    _org_phone_email(e, place, freemail_p=0.06, email_p=0.93, mobile_p=0.05)
    return e


def make_kollektiv(lang, place=None):
    e = base_ent('kollektivgesellschaft', 'org', lang)
    place = place or rand_place(lang)
    f = pick(FAMILY[lang])
    f2 = pick(FAMILY[lang])
    t = pick(TRADES_SOLE)
    tw, idx = trade_word(t, lang)
    bro = {'de': 'Gebrüder', 'fr': 'Frères', 'it': 'Fratelli'}[lang]
    co = {'de': '& Co.', 'fr': '& Cie', 'it': '& Co.'}[lang]
    roll = wpick([('bro', 3), ('ff', 3), ('co', 2), ('tff', 2), ('brot', 2)])
    if roll == 'bro':
        core = '%s %s' % (bro, f)
    elif roll == 'ff':
        core = '%s %s %s' % (f, AND[lang] if chance(0.4) else '&', f2)
    elif roll == 'co':
        core = '%s %s %s' % (tw, f, co) if chance(0.5) else '%s %s' % (f, co)
    elif roll == 'tff':
        core = '%s %s & %s' % (tw, f, f2)
    else:
        core = '%s %s %s' % (tw, bro, f)
    e['core'] = core
    e['stem'] = f
    if tw in core:
        e['trade'], e['trade_idx'], e['trade_lang'], e['trade_word'] = t, idx, lang, tw
    if chance(0.6):
        e['uid'] = new_uid()
    e['contact'] = rand_contact(lang, family=f) if chance(0.8) else None
    e['addr'] = new_address(place)
    _org_phone_email(e, place, freemail_p=0.3, email_p=0.85, mobile_p=0.2)
    return e


def make_verein(lang, place=None, contact=None):
    e = base_ent('verein', 'org', lang)
    place = place or rand_place(lang)
    e['core'] = pick(ASSOC[lang]).format(t=town_of(place))
    e['stem'] = town_of(place)
    if chance(0.2):
        e['uid'] = new_uid()
    fem = any(w in e['core'] for w in ('Frauen', 'Trachten'))
    e['contact'] = contact or (rand_contact(lang, gender='f' if fem else None) if chance(0.85) else None)
    e['addr'] = new_address(place)
    if chance(0.25):
        e['addr']['line2'] = ('pobox', str(R.randint(1, 400)) if chance(0.5) else '')
    _org_phone_email(e, place, freemail_p=0.3, email_p=0.9, mobile_p=0.55)
    return e


def make_stiftung(lang, place=None, core=None):
    e = base_ent('stiftung', 'org', lang)
    place = place or rand_place(lang)
    f, f2 = pick(FAMILY[lang]), pick(FAMILY[lang])
    e['core'] = core or pick(FOUNDATION[lang]).format(t=town_of(place), f=f, f2=f2,
                                                       n=pick(COOP_NAMES[lang]))
    e['stem'] = town_of(place) if town_of(place) in e['core'] else f
    e['uid'] = new_uid()
    e['contact'] = rand_contact(lang) if chance(0.6) else None
    e['addr'] = new_address(place)
    if chance(0.2):
        e['addr']['line2'] = ('pobox', str(R.randint(1, 400)))
    _org_phone_email(e, place, freemail_p=0.08, email_p=0.9, mobile_p=0.05)
    return e


def make_genossenschaft(lang, place=None):
    e = base_ent('genossenschaft', 'org', lang)
    place = place or rand_place(lang)
    n = pick(COOP_NAMES[lang])
    e['core'] = pick(COOP[lang]).format(t=town_of(place), n=n)
    e['stem'] = n if n in e['core'] else town_of(place)
    e['uid'] = new_uid()
    e['contact'] = rand_contact(lang) if chance(0.6) else None
    e['addr'] = new_address(place)
    _org_phone_email(e, place, freemail_p=0.2, email_p=0.88, mobile_p=0.15)
    return e


def make_verwaltung(lang, place=None):
    e = base_ent('verwaltung', 'org', lang)
    place = place or rand_place(lang, big=True)
    f, f2 = pick(FAMILY[lang]), pick(FAMILY[lang])
    s = pick(STEMS[lang])
    name = pick(VERWALTUNG[lang]).format(f=f, f2=f2, s=s)
    core, legal = split_legal(name)
    e['core'], e['legal'] = core, legal
    e['stem'] = s if s in core else f
    e['uid'] = new_uid()
    e['contact'] = rand_contact(lang)
    e['addr'] = new_address(place)
    if chance(0.3):
        e['addr']['line2'] = ('pobox', str(R.randint(1, 999)))
    e['phone'] = new_phone('landline', place)
    e['email'] = org_email(e, place, local=pick(['info', 'verwaltung', 'bewirtschaftung', 'info'])
                           if lang == 'de' else pick(['info', 'gerance', 'regie', 'info'])
                           if lang == 'fr' else pick(['info', 'amministrazione', 'stabili']))
    return e


def make_stweg(lang, manager=None, place=None, street=None, no=None):
    e = base_ent('stweg', 'org', lang)
    if place is None:
        if manager is not None and chance(0.7):
            mp = manager['addr']['place']
            near = [p for p in PLACES_BY_LANG[mp['lang']] if p['area'] == mp['area']]
            place = wpick([(p, p['weight']) for p in near])
        else:
            place = rand_place(lang)
    addr = new_address(place, street=street, no=no)
    e['addr'] = addr
    a = '%s %s, %s' % (addr['street'], addr['no'], town_of(place))
    lang = place['lang']
    e['lang'] = lang
    if lang == 'it' and chance(0.35):
        e['core'] = 'Condominio %s' % pick(COOP_NAMES['it'])
    else:
        e['core'] = STWEG_FORMS[lang][0].format(a=a)
    e['stem'] = addr['street']
    if manager is not None:
        e['manager'] = manager['eid']
        e['email'] = manager['email']
        e['phone'] = manager['phone']
        e['contact'] = dict(manager['contact']) if chance(0.5) else rand_contact(manager['lang'])
        if chance(0.5):
            e['addr']['line2'] = ('co', manager_name(manager))
    else:
        e['contact'] = rand_contact(lang)
        e['phone'] = new_phone('mobile') if chance(0.6) else new_phone('landline', place)
        if chance(0.85):
            e['email'] = person_email(e['contact']['given'], e['contact']['family'])
    return e


def manager_name(m):
    return company_name(m, legal_var=0)


# ---------------------------------------------------------------------------
# rendering a customer (a "view" of an entity) the way one system writes it
# ---------------------------------------------------------------------------

CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS_OUT = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
SOURCES = ['portal', 'payroll', 'manual', 'crm']


def legal_text(key, lang, var=0):
    lst = LEGAL_FORMS[key][lang]
    return lst[var % len(lst)]


def company_name(v, legal_var=None, legal_drop=None):
    core = v.get('name_override') or v['core']
    name = core
    lv = v.get('legal_var', 0) if legal_var is None else legal_var
    ld = v.get('legal_drop', False) if legal_drop is None else legal_drop
    if v['legal'] and not ld and not v.get('name_override'):
        name = '%s %s' % (core, legal_text(v['legal'], v.get('legal_lang') or v['lang'], lv))
    if v.get('branch'):
        name = '%s, %s' % (name, v['branch'])
    if v.get('former_shown') and v.get('former'):
        word = pick(FORMER[v['lang']]) if v.get('former_word') is None else v['former_word']
        name = '%s (%s %s)' % (name, word, v['former'])
    return name


def household_display(v, style):
    lang = v['lang']
    g1, g2, f, f2 = v['given'], v['given2'], v['family'], v.get('family2')
    a = AND[lang]
    if style == 'std':
        if f2:
            return '%s %s %s %s %s' % (g1, f, a, g2, f2)
        return '%s %s %s %s' % (g1, a, g2, f)
    if style == 'amp':
        return '%s & %s %s' % (g1, g2, f)
    if style == 'rev':
        return '%s %s %s %s' % (f, g1, a, g2)
    if style == 'comma':
        return '%s, %s %s %s' % (f, g1, a, g2)
    if style == 'pair':
        return '%s %s' % (TITLES[lang]['pair'], f)
    if style == 'family':
        return '%s %s' % (TITLES[lang]['family'], f)
    if style == 'double':
        return '%s %s-%s %s %s' % (g1, f, f2 or f, a, g2) if f2 else '%s %s %s %s' % (g1, a, g2, f)
    return '%s %s %s %s' % (g1, a, g2, f)


ESTATE_FORMS = {
    'de': ['Erbengemeinschaft {g} {f}', 'Erben des {g} {f}', 'EG {g} {f}', 'Nachlass {g} {f}',
           'Erbengemeinschaft {f} {g}', 'Erbengem. {g} {f} sel.', 'Erbengemeinschaft {f}'],
    'fr': ['Hoirie {g} {f}', 'Succession {g} {f}', 'Hoirie feu {g} {f}', 'Hoirie {f}',
           'Hoirie {f} {g}', 'Succession de feu {g} {f}'],
    'it': ['Eredi fu {g} {f}', 'Comunione ereditaria fu {g} {f}', 'Eredi {f} {g}',
           'Comunione ereditaria {g} {f}', 'Eredità fu {g} {f}', 'Eredi fu {f} {g}'],
}


def person_display(v, src, hint):
    lang = v['lang'] if v['lang'] in TITLES else 'de'
    g, f = v['given'], v['family']
    if v['kind'] == 'household' and v.get('hh_single') is None:
        style = v.get('hh_style')
        if style is None:
            style = {'qbo': 'std',
                     'portal': wpick([('std', 4), ('amp', 4), ('double', 1)]),
                     'payroll': wpick([('rev', 5), ('family', 3), ('std', 2)]),
                     'manual': wpick([('comma', 4), ('std', 5), ('amp', 1)]),
                     'crm': wpick([('pair', 4), ('family', 2), ('std', 3), ('rev', 1)])}[src]
        if style != 'std':
            hint('displayName', 'household_form')
        return household_display(v, style)
    if v['kind'] == 'household':
        # one spouse registered alone
        if v['hh_single'] == 2:
            g = v['given2']
            f = v.get('family2') or v['family']
        hint('displayName', 'household_form')
    if v['kind'] == 'estate':
        idx = v.get('est_style')
        if idx is None:
            idx = 0 if src == 'qbo' else wpick([(0, 5), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1)])
        form = ESTATE_FORMS[lang][idx % len(ESTATE_FORMS[lang])]
        if idx % len(ESTATE_FORMS[lang]):
            hint('displayName', 'estate_form')
        return form.format(g=g, f=f)
    style = v.get('p_style')
    if style is None:
        style = {'qbo': 'std',
                 'portal': 'std',
                 'payroll': 'rev',
                 'manual': wpick([('comma', 45), ('std', 55)]),
                 'crm': wpick([('title', 40), ('rev', 25), ('std', 35)])}[src]
    suffix = v.get('name_suffix')
    if style == 'std':
        d = '%s %s' % (g, f)
    elif style == 'rev':
        d = '%s %s' % (f, g)
        hint('displayName', 'order')
    elif style == 'comma':
        d = '%s, %s' % (f, g)
        hint('displayName', 'order')
    else:
        t = TITLES[lang][v.get('gender') or 'm']
        if v.get('doctor'):
            t = t + ' Dr.'
        d = '%s %s %s' % (t, g, f) if chance(0.7) else '%s %s %s' % (t, f, g)
        hint('displayName', 'title')
    if suffix:
        d = '%s %s' % (d, suffix)
    return d


def phone_style(src, e164):
    if e164 and e164[:2] != '41':
        return {'qbo': 'intl_sp', 'portal': wpick([('intl_sp', 5), ('intl_compact', 3)]),
                'payroll': wpick([('intl_00', 5), ('intl_compact', 5)]),
                'manual': wpick([('intl_sp', 6), ('intl_00', 4)]),
                'crm': wpick([('intl_sp', 6), ('intl_00', 4)])}[src]
    return {
        'qbo': wpick([('nat_sp', 75), ('intl_sp', 25)]),
        'portal': wpick([('nat_sp', 35), ('nat_compact', 25), ('intl_sp', 20), ('intl_compact', 20)]),
        'payroll': wpick([('intl_00_compact', 40), ('nat_sp', 30), ('intl_compact', 30)]),
        'manual': wpick([('nat_slash', 25), ('nat_sp', 40), ('intl_paren', 15), ('nat_dash', 10), ('nat_7', 10)]),
        'crm': wpick([('nat_7', 35), ('intl_7', 10), ('intl_sp', 20), ('nat_sp', 20), ('nat_dots', 15)]),
    }[src]


POBOX_WORD = {'de': 'Postfach', 'fr': 'Case postale', 'it': 'Casella postale'}
POBOX_ABBR = {'de': ['Postfach', 'Pf.', 'PF'], 'fr': ['CP', 'Case postale', 'C.P.'], 'it': ['CP', 'C.P.', 'Casella postale']}


def line2_text(l2, lang, abbr=False):
    if l2 is None:
        return None
    kind, val = l2
    if kind == 'co':
        return 'c/o %s' % val
    word = pick(POBOX_ABBR[lang]) if abbr else POBOX_WORD[lang]
    return ('%s %s' % (word, val)).strip()


def render_address(a, src, lang, hint, protect):
    if a is None:
        return None
    pl = a['place']
    country = pl['country']
    alang = pl['lang'] if country == 'CH' else {'FR': 'fr', 'IT': 'it', 'DE': 'de'}[country]
    if a.get('pobox_only'):
        line1 = ('%s %s' % (POBOX_WORD[alang], a['pobox_no'])).strip()
    elif country == 'FR':
        line1 = '%s %s' % (a['no'], a['street']) if src != 'crm' else '%s, %s' % (a['no'], a['street'])
    elif country == 'IT':
        line1 = '%s, %s' % (a['street'], a['no']) if src in ('qbo', 'portal') else '%s %s' % (a['street'], a['no'])
    else:
        line1 = '%s %s' % (a['street'], a['no'])
    line2 = line2_text(a['line2'], alang, abbr=(src == 'crm' and chance(0.5)))
    if src == 'crm' and a['line2'] and a['line2'][0] == 'pobox' and line2 != line2_text(a['line2'], alang):
        hint('address.line2', 'abbreviated')
    city = a.get('city_text') or pl['city']
    postal = a.get('postal_text') or pl['postcode']
    if country == 'CH':
        region = pl['canton']
    else:
        region = pl['region']
    ctry = country
    if src == 'qbo':
        pass
    elif src == 'portal':
        if line2 is not None:
            r = R.random()
            if r < 0.5:
                line1 = '%s, %s' % (line1, line2) if chance(0.7) else '%s, %s' % (line2, line1)
                line2 = None
                hint('address.line1', 'merged')
                hint('address.line2', 'merged')
            elif r < 0.75:
                line2 = None
                hint('address.line2', 'dropped')
        r = R.random()
        if r < 0.55:
            region = None
        elif r < 0.85 and country == 'CH':
            region = CANTONS[pl['canton']][alang]
        r = R.random()
        if r < 0.6:
            ctry = COUNTRY_WORDS[country][alang]
        elif r < 0.75:
            ctry = COUNTRY_WORDS[country]['en']
        else:
            ctry = None
    elif src == 'payroll':
        if country != 'CH':
            ctry = country
            region = pl.get('rcode') if chance(0.5) else region
    elif src == 'manual':
        r = R.random()
        if r < 0.35:
            region = None
        elif r < 0.5 and country == 'CH':
            region = CANTONS[pl['canton']][alang]
        r = R.random()
        if r < 0.45:
            ctry = None
        elif r < 0.65:
            ctry = COUNTRY_WORDS[country][alang]
        if chance(0.08) and 'postal' not in protect:
            postal = '%s-%s' % ({'CH': 'CH', 'FR': 'F', 'IT': 'I', 'DE': 'D'}[country], postal)
            hint('address.postalCode', 'prefixed')
    elif src == 'crm':
        if country == 'CH':
            r = R.random()
            if r < 0.3:
                region = '%s %s' % (CANTON_PREFIX[alang], CANTONS[pl['canton']][alang])
            elif r < 0.6:
                region = None
        else:
            if chance(0.4):
                region = pl.get('rcode')
            if chance(0.3):
                postal = '%s-%s' % ({'FR': 'F', 'IT': 'I', 'DE': 'D'}[country], postal)
                hint('address.postalCode', 'prefixed')
        al = CITY_ALIASES.get(pl['city'])
        if al and chance(0.35) and 'city' not in protect and not a.get('city_text'):
            city = pick(al)
            hint('address.city', 'bilingual')
        r = R.random()
        if r < 0.5:
            ctry = COUNTRY_WORDS[country][alang]
        elif r < 0.7:
            ctry = None
    return {'line1': line1, 'line2': line2, 'city': city, 'region': region,
            'postalCode': postal, 'country': ctry}


def render(v, src, protect=()):
    """returns (contact dict, hints {field: [what, ...]})"""
    hints = {}

    def hint(f, w):
        lst = hints.setdefault(f, [])
        if w not in lst:
            lst.append(w)

    lang = v['lang']
    c = {k: None for k in CONTACT_KEYS}
    if v['party'] == 'person':
        c['displayName'] = person_display(v, src, hint)
        if v['kind'] == 'household' and v.get('hh_single') == 2:
            c['givenName'] = v['given2']
            c['familyName'] = v.get('family2') or v['family']
        else:
            c['givenName'] = v['given']
            c['familyName'] = v['family']
        if v.get('wrong_company'):
            c['companyName'] = v['wrong_company']
    else:
        name = company_name(v)
        if src == 'portal' and v['legal'] and not v.get('legal_drop') and chance(0.2):
            name = company_name(v, legal_drop=True)
            hint('companyName', 'legal_form_dropped')
            hint('displayName', 'legal_form_dropped')
        elif src == 'manual' and v['legal'] and not v.get('legal_drop') and chance(0.3):
            lv = R.randint(1, 4)
            n2 = company_name(v, legal_var=lv)
            if n2 != name:
                name = n2
                hint('companyName', 'legal_form')
                hint('displayName', 'legal_form')
        c['companyName'] = name
        c['displayName'] = name
        ct = v.get('contact')
        if ct:
            c['givenName'], c['familyName'] = ct['given'], ct['family']
            if src == 'payroll' and chance(0.35):
                c['givenName'] = c['familyName'] = None
    # e-mail
    em = v.get('email')
    if em:
        if src == 'portal' and chance(0.07):
            em = em[0].upper() + em[1:]
        elif src == 'payroll' and chance(0.35):
            em = em.upper()
        elif src == 'manual' and 'email' not in protect and chance(0.15):
            em = None
        elif src == 'crm' and chance(0.05):
            em = em[0].upper() + em[1:]
    c['email'] = em
    c['phone'] = fmt_phone(v.get('phone'), phone_style(src, v.get('phone')))
    c['address'] = render_address(v.get('addr'), src, lang, hint, protect)
    if src == 'payroll':
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            c[k] = caps(c[k])
        if v['party'] == 'org' and v.get('uid') and chance(0.7):
            if chance(0.6):
                tail = ' UID %s' % v['uid']
            else:
                tail = ', %s MWST' % v['uid']
            c['companyName'] = c['companyName'] + tail
            c['displayName'] = c['displayName'] + tail
            hint('companyName', 'uid_added')
            hint('displayName', 'uid_added')
        ad = c['address']
        if ad:
            for k in ('line1', 'line2', 'city'):
                ad[k] = caps(ad[k])
            if lang == 'de' and ad['line1'] and 'STRASSE' in ad['line1'] and chance(0.35):
                ad['line1'] = ad['line1'].replace('STRASSE', 'STRAßE')
        fam = v.get('family') if v['party'] == 'person' else None
        if fam and fam in ESZETT_OK and chance(0.3):
            for k in ('displayName', 'familyName'):
                if c[k]:
                    c[k] = c[k].replace(caps(fam), caps(fam).replace('SS', 'ß', 1))
        if chance(0.14):
            apply_mojibake(c, hint, fields=('displayName', 'givenName', 'familyName', 'companyName',
                                            'line1', 'city'))
    return c, hints


def apply_mojibake(c, hint, fields):
    done = False
    for k in fields:
        if k in ('line1', 'line2', 'city'):
            ad = c['address']
            if ad and ad[k] and has_non_ascii(ad[k]):
                m = mojibake(ad[k])
                if m:
                    ad[k] = m
                    hint('address.' + k, 'mojibake')
                    done = True
        elif c[k] and has_non_ascii(c[k]):
            m = mojibake(c[k])
            if m:
                c[k] = m
                hint(k, 'mojibake')
                done = True
    return done


def clean_contact(c):
    """empty strings -> None, trim, collapse whitespace, enforce limits"""
    for k in CONTACT_KEYS:
        if k == 'address':
            continue
        if c[k] is not None:
            s = ' '.join(str(c[k]).split())
            c[k] = s if s else None
    a = c['address']
    if a is not None:
        for k in ADDR_KEYS_OUT:
            if a[k] is not None:
                s = ' '.join(str(a[k]).split())
                a[k] = s if s else None
        if all(a[k] is None for k in ADDR_KEYS_OUT):
            c['address'] = None
    lim = {'displayName': 100, 'companyName': 100, 'givenName': 100, 'familyName': 100,
           'email': 100, 'phone': 30}
    for k, n in lim.items():
        if c[k] is not None and len(c[k]) > n:
            c[k] = c[k][:n].rstrip()
    return c


# ---------------------------------------------------------------------------
# comparison: evidence, shared items, name+city findability, change tags
# ---------------------------------------------------------------------------

CANTON_CODES = {k.lower() for k in CANTONS} | {'ag', 'zh', 'lu', 'bs', 'so', 'gr'}


def _build_city_alias():
    m = {}
    for official, alts in CITY_ALIASES.items():
        base = _city_base(official)
        m[base] = base
        for a in alts:
            m[_city_base(a)] = base
    return m


def _city_base(c):
    n = norm_text(c)
    n = n.replace(' bei ', ' b ')
    toks = n.split()
    if len(toks) > 1 and toks[-1] in CANTON_CODES:
        toks = toks[:-1]
    return ' '.join(toks)


CITY_ALIAS_NORM = _build_city_alias()


def city_key(c):
    if not c:
        return None
    b = _city_base(c)
    return CITY_ALIAS_NORM.get(b, b) or None


def norm_postcode(p):
    if not p:
        return None
    d = re.sub(r'^[A-Za-z]{1,2}\s*-\s*', '', p.strip())
    d = re.sub(r'\s+', '', d)
    return d or None


_EXPAND = [(r'\bc\.\s?so\b\.?', 'corso '), (r'\bv\.\s?le\b\.?', 'viale '), (r'str\b\.?', 'strasse '),
           (r'\bav\b\.?', 'avenue '), (r'\bch\b\.?', 'chemin '), (r'\brte\b\.?', 'route '),
           (r'\bbd\b\.?', 'boulevard '), (r'\bpl\b\.?', 'place '), (r'\bv\b\.?', 'via ')]


def street_parts(a):
    texts = []
    for k in ('line1', 'line2'):
        t = a.get(k)
        if not t:
            continue
        t = fix_moji(t).replace('ß', 'ss').replace('ẞ', 'ss')
        t = strip_accents(t.casefold())
        t = re.sub(r'\b(c/o|p\.\s?a\.|z\.\s?hd\.?)\s*[^,]*', ' ', t)
        t = re.sub(r'\b(postfach|case postale|casella postale|pf|cp)\b\.?\s*\d*', ' ', t)
        t = re.sub(r'\bc\.\s?p\.\s*\d*', ' ', t)
        texts.append(t)
    t = ' , '.join(texts)
    for pat, rep in _EXPAND:
        t = re.sub(pat, rep, t)
    m = re.search(r'\b(\d{1,4})\s?([a-z])?\b', t)
    number = (m.group(1) + (m.group(2) or '')) if m else None
    letters = re.sub(r'\b\d{1,4}\s?[a-z]?\b', ' ', t)
    letters = re.sub(r'[^a-z]', '', letters)
    return letters, number


def addr_equal(a, b):
    if not a or not b:
        return False
    sa, na = street_parts(a)
    sb, nb = street_parts(b)
    if not sa or not sb or not na or not nb or na != nb:
        return False
    if SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    pa, pb = norm_postcode(a.get('postalCode')), norm_postcode(b.get('postalCode'))
    if pa and pb and pa == pb:
        return True
    ca, cb = city_key(a.get('city')), city_key(b.get('city'))
    return bool(ca) and ca == cb


def evidence(rec, comp):
    ev = []
    if rec['email'] and comp['email'] and norm_email(rec['email']) == norm_email(comp['email']):
        ev.append('email')
    if rec['phone'] and comp['phone'] and norm_phone(rec['phone']) == norm_phone(comp['phone']):
        ev.append('phone')
    if rec['address'] and comp['address'] and addr_equal(rec['address'], comp['address']):
        ev.append('address')
    return ev


LEGAL_TOKENS = {'gmbh', 'ag', 'sa', 'sarl', 'sagl', 'aktiengesellschaft', 'gesellschaft', 'mit',
                'beschrankter', 'haftung', 'societe', 'anonyme', 'responsabilite', 'limitee',
                'societa', 'anonima', 'garanzia', 'limitata', 'uid', 'mwst', 'tva', 'iva', 'che',
                'g', 'm', 'b', 'h', 's', 'a', 'r', 'l'}
TITLE_TOKENS = {'herr', 'herrn', 'frau', 'mme', 'monsieur', 'madame', 'sig', 'ra', 'signor',
                'signora', 'dr', 'med', 'dent', 'dott'}
STOP_TOKENS = {'und', 'et', 'e', 'de', 'du', 'des', 'la', 'le', 'di', 'del', 'della', 'von', 'c', 'o',
               'd', 'l'}


def strip_uid(n):
    return re.sub(r'\bche \d{3} \d{3} \d{3}\b', ' ', n)


def name_tokens(c):
    if c['companyName']:
        s = c['companyName']
    elif c['givenName'] or c['familyName']:
        s = '%s %s' % (c['givenName'] or '', c['familyName'] or '')
    else:
        s = c['displayName'] or ''
    n = strip_uid(norm_text(s))
    drop = LEGAL_TOKENS | TITLE_TOKENS | STOP_TOKENS
    return [t for t in n.split() if t not in drop]


def tok_sim(A, B):
    if not A or not B:
        return 0.0

    def d(X, Y):
        return sum(max(SequenceMatcher(None, x, y).ratio() for y in Y) for x in X) / len(X)
    return (d(A, B) + d(B, A)) / 2.0


def person_name_key(c):
    if c['givenName'] and c['familyName']:
        return ' '.join(sorted(norm_text('%s %s' % (c['givenName'], c['familyName'])).split()))
    return None


def company_key(c):
    if not c['companyName']:
        return None
    n = strip_uid(norm_text(c['companyName']))
    toks = [t for t in n.split() if t not in LEGAL_TOKENS]
    return ' '.join(toks) or None


def email_domain(e):
    if not e or '@' not in e:
        return None
    return e.strip().casefold().rsplit('@', 1)[1]


def shared_items(rec, anc, stem=None):
    s = []
    pk1, pk2 = person_name_key(rec), person_name_key(anc)
    ck1, ck2 = company_key(rec), company_key(anc)
    if (pk1 and pk1 == pk2) or (ck1 and ck1 == ck2):
        s.append('name')
    if rec['familyName'] and anc['familyName'] and norm_text(rec['familyName']) == norm_text(anc['familyName']):
        s.append('familyName')
    if rec['email'] and anc['email'] and norm_email(rec['email']) == norm_email(anc['email']):
        s.append('email')
    else:
        d1, d2 = email_domain(rec['email']), email_domain(anc['email'])
        if d1 and d1 == d2 and d1 not in FREEMAIL_ALL:
            s.append('email_domain')
    if rec['phone'] and anc['phone'] and norm_phone(rec['phone']) == norm_phone(anc['phone']):
        s.append('phone')
    if rec['address'] and anc['address'] and addr_equal(rec['address'], anc['address']):
        s.append('address')
    if rec['address'] and anc['address'] and city_key(rec['address']['city']) and \
            city_key(rec['address']['city']) == city_key(anc['address']['city']):
        s.append('city')
    if stem and rec['companyName'] and anc['companyName']:
        ns = norm_text(stem)
        if ns and ns in norm_text(rec['companyName']) and ns in norm_text(anc['companyName']):
            s.append('company_stem')
    return s


def rec_city(c):
    return city_key(c['address']['city']) if c['address'] and c['address']['city'] else None


class CityIndex:
    def __init__(self):
        self.by_city = {}

    def add(self, key, c, eid):
        ck = rec_city(c)
        if ck:
            self.by_city.setdefault(ck, []).append((key, c, eid))

    def remove(self, key):
        for lst in self.by_city.values():
            for i in range(len(lst) - 1, -1, -1):
                if lst[i][0] == key:
                    del lst[i]


def namecity_ok(rec, comp, comp_eid, pools, self_key=None, margin=0.2, floor=0.8):
    ck = rec_city(rec)
    if not ck or ck != rec_city(comp):
        return False
    toks = name_tokens(rec)
    s_comp = tok_sim(toks, name_tokens(comp))
    if s_comp < floor:
        return False
    best_other = 0.0
    for pool in pools:
        for key, c, eid in pool.by_city.get(ck, []):
            if key == self_key or eid == comp_eid:
                continue
            s = tok_sim(toks, name_tokens(c))
            if s > best_other:
                best_other = s
    return s_comp - best_other >= margin


# ---- change tags ----

def _fmt_norm(s):
    return ' '.join(re.sub(r'[\s.,;:/()\-]+', ' ', s).split())


CLASS_STEPS = [
    ('mojibake', fix_moji),
    ('case', lambda s: s.lower()),
    ('eszett', lambda s: s.replace('ß', 'ss').replace('ẞ', 'SS')),
    ('umlaut_ascii', umlaut_ascii),
    ('accents', strip_accents),
    ('format', _fmt_norm),
    ('order', lambda s: ' '.join(sorted(s.replace(',', ' ').split()))),
]


def _combos(n):
    out = []
    for mask in range(1, 1 << n):
        out.append([i for i in range(n) if mask >> i & 1])
    out.sort(key=lambda c: (len(c), c))
    return out


CLASS_COMBOS = _combos(len(CLASS_STEPS))


def classify(old, new):
    for combo in CLASS_COMBOS:
        a, b = old, new
        for i in combo:
            a = CLASS_STEPS[i][1](a)
            b = CLASS_STEPS[i][1](b)
        if a == b:
            return [CLASS_STEPS[i][0] for i in combo]
    return None


def region_code(s):
    if not s:
        return None
    t = norm_text(s)
    for code, names in CANTONS.items():
        cands = {norm_text(code)}
        for l, n in names.items():
            cands.add(norm_text(n))
            cands.add(norm_text('%s %s' % (CANTON_PREFIX[l], n)))
        if t in cands:
            return 'CH-' + code
    for fp in FOREIGN_PLACES:
        if t in (norm_text(fp['region']), norm_text(fp['rcode'])):
            return fp['country'] + '-' + fp['rcode']
    return t


def country_code(s):
    if not s:
        return None
    t = norm_text(s)
    for code, words in COUNTRY_WORDS.items():
        if t in {norm_text(code), norm_text({'CH': 'CHE', 'FR': 'FRA', 'IT': 'ITA', 'DE': 'DEU'}[code])} | \
                {norm_text(w) for w in words.values()}:
            return code
    return t


def same_coded(field, old, new):
    """address parts that name the same thing in another writing"""
    if old is None or new is None:
        return None
    if field == 'address.postalCode' and norm_postcode(old) == norm_postcode(new):
        return ['prefixed'] if re.match(r'^[A-Za-z]', new) and not re.match(r'^[A-Za-z]', old) else ['format']
    if field == 'address.region' and region_code(old) == region_code(new):
        return classify(old, new) or ['format']
    if field == 'address.country' and country_code(old) == country_code(new):
        return classify(old, new) or ['format']
    return None


SURFACE_TAGS = {'case', 'accents', 'umlaut_ascii', 'mojibake', 'eszett', 'format'}
GONE_TAGS = {'missing', 'dropped', 'merged', 'po_box', 'moved', 'branch', 'contact_dropped', 'spouse'}
CAME_TAGS = {'added', 'moved', 'branch', 'contact_added', 'po_box', 'wrong_field', 'spouse'}


def auto_tags(field, old, new, hs, fallback):
    if new is None:
        return [h for h in hs if h in GONE_TAGS] or ['missing']
    if old is None:
        return [h for h in hs if h in CAME_TAGS] or ['added']
    same = same_coded(field, old, new)
    if same:
        return same
    if hs and field not in ('phone', 'email'):
        cl = classify(old, new)
        if cl is None and field in ('companyName', 'displayName'):
            cl = explain_firm_name(old, new)
        if cl and not (cl == ['format'] and hs):
            return cl
    if hs and set(hs) <= SURFACE_TAGS and field not in ('phone', 'email'):
        more = None
        if field in ('companyName', 'displayName'):
            more = explain_firm_name(old, new)
        if not more and field == 'displayName':
            more = explain_person_display(old, new)
        hs = hs + [t for t in (more or ['format']) if t not in hs]
    if hs:
        extra = []
        if new.isupper() and sum(ch.isalpha() for ch in new) >= 3 and any(ch.islower() for ch in old) \
                and 'case' not in hs and field not in ('phone', 'email'):
            extra.append('case')
        return hs + extra
    if field == 'phone':
        if norm_phone(old) == norm_phone(new):
            return ['format']
        return [fallback]
    if field == 'email':
        if norm_email(old) == norm_email(new):
            return ['case']
        return [fallback]
    cl = classify(old, new)
    if cl:
        return cl
    if field in ('companyName', 'displayName'):
        ex = explain_firm_name(old, new)
        if ex:
            return ex
    if field == 'displayName':
        ex = explain_person_display(old, new)
        if ex:
            return ex
    return [fallback]


PERSON_PREFIX_RE = re.compile(
    r'^(?:Herr und Frau|M\. et Mme|Sig\. e Sig\.ra|Herrn?|Frau|Monsieur|Madame|Mme|M\.|Sig\.ra|Sig\.|'
    r'Signora|Signor)\s+(?:Dr\.\s+)?', re.I)
ESTATE_PREFIX_RE = re.compile(r'^(?:Erbengemeinschaft|Erbengem\.|Erben|EG|Nachlass|Hoirie|Succession|Eredi|'
                              r'Eredità|Comunione ereditaria)\b', re.I)
FAMILY_PREFIX_RE = re.compile(r'^(?:Familie|Famille|Famiglia|Fam\.)\s+', re.I)


def explain_person_display(old, new):
    a, b = PERSON_PREFIX_RE.sub('', old), PERSON_PREFIX_RE.sub('', new)
    if (a != old or b != new):
        cl = [] if a == b else classify(a, b)
        if cl is not None:
            return ['title'] + cl
    if ESTATE_PREFIX_RE.match(old) or ESTATE_PREFIX_RE.match(new):
        return ['estate_form']
    if FAMILY_PREFIX_RE.match(old) or FAMILY_PREFIX_RE.match(new) or \
            re.search(r' (und|et|e|&) ', old + ' ' + new):
        return ['household_form']
    return None


UID_RE = re.compile(r'\s*,?\s*(?:UID\s*)?CHE-\d{3}\.\d{3}\.\d{3}(?:\s*(?:MWST|TVA|IVA))?', re.I)
LEGAL_SUFFIX_RE = re.compile(
    r'\s+(?:' + '|'.join(sorted({re.escape(v) for k in LEGAL_FORMS for l in LEGAL_FORMS[k]
                                 for v in LEGAL_FORMS[k][l]}, key=len, reverse=True)) + r')$', re.I)


def explain_firm_name(old, new):
    tags = []
    a, b = UID_RE.sub('', old), UID_RE.sub('', new)
    if a != old and b == new:
        tags.append('uid_dropped')
    elif b != new and a == old:
        tags.append('uid_added')
    elif a != old and b != new:
        tags.append('uid_format')
    a2, b2 = LEGAL_SUFFIX_RE.sub('', a), LEGAL_SUFFIX_RE.sub('', b)
    if a2 != a and b2 == b:
        tags.append('legal_form_dropped')
    elif b2 != b and a2 == a:
        tags.append('legal_form_added')
    elif a2 != a and b2 != b and a.lower() != b.lower():
        if classify(a2, b2) is not None or a2 == b2:
            if classify(a, b) is None:
                tags.append('legal_form')
    if a2 == b2:
        return tags or None
    cl = classify(a2, b2)
    if cl is None:
        return None
    return tags + cl


FALLBACK_LOG = []


def reconcile(rec, comp, hints, fallback='format', comp_base_display=None):
    changes = []

    def add(field, whats):
        for w in whats:
            t = '%s:%s' % (field, w)
            if t not in changes:
                changes.append(t)
                if w == 'format' and fallback == 'format' and field in (
                        'displayName', 'givenName', 'familyName', 'companyName', 'email'):
                    FALLBACK_LOG.append((field, comp.get(field), rec.get(field)))

    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        a, b = comp[f], rec[f]
        if a == b:
            continue
        hs = list(hints.get(f, []))
        if f == 'displayName' and comp_base_display is not None and b is not None:
            if b == comp_base_display:
                add(f, ['disambiguation'])
                continue
            add(f, ['disambiguation'])
            a = comp_base_display
        add(f, auto_tags(f, a, b, hs, fallback))
    ca, cb = comp['address'], rec['address']
    if ca is None and cb is None:
        pass
    elif cb is None:
        add('address', hints.get('address') or ['missing'])
    elif ca is None:
        add('address', hints.get('address') or ['added'])
    else:
        for k in ADDR_KEYS_OUT:
            a, b = ca[k], cb[k]
            if a == b:
                continue
            f = 'address.' + k
            add(f, auto_tags(f, a, b, list(hints.get(f, [])), fallback))
    return changes


# ---------------------------------------------------------------------------
# noise operations.  View operations change what the source knows about the
# customer (before rendering); record operations change how it was typed.
# Each returns True when it changed something and records hints "field:what".
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, v, ent, src, comp, keep, namecity):
        self.v = v
        self.ent = ent
        self.src = src
        self.comp = comp
        self.keep = set(keep)
        self.namecity = namecity
        self.hints = {}
        self.c = None
        self.used = []

    def hint(self, f, w):
        lst = self.hints.setdefault(f, [])
        if w not in lst:
            lst.append(w)

    def hint_names(self, w, fields=('displayName', 'givenName', 'familyName')):
        for f in fields:
            self.hint(f, w)


def _is_person(x):
    return x.v['party'] == 'person'


def _contact_holder(x):
    """dict holding given/family of the record's person (person itself or org contact)"""
    v = x.v
    if v['party'] == 'person':
        return v
    return v.get('contact')


# ---- view operations: names ----

def vo_nickname(x):
    h = _contact_holder(x)
    if not h or not h.get('given'):
        return False
    g = h['given']
    nk = NICKNAMES.get(g)
    if not nk:
        return False
    h['given'] = pick(nk)
    x.hint('givenName', 'nickname')
    if _is_person(x):
        x.hint('displayName', 'nickname')
    return True


def vo_initial(x):
    h = _contact_holder(x)
    if not h or not h.get('given') or len(h['given']) < 3:
        return False
    g = h['given']
    if '-' in g:
        ini = '-'.join(p[0] + '.' for p in g.split('-') if p)
    else:
        ini = g[0] + '.'
    h['given'] = ini
    x.hint('givenName', 'initial')
    if _is_person(x):
        x.hint('displayName', 'initial')
    return True


def vo_married(x):
    v = x.v
    if v['party'] != 'person' or v['kind'] not in ('employee', 'pensioner', 'grenzgaenger'):
        return False
    if v.get('gender') != 'f':
        return False
    fam = v['family']
    if '-' in fam and not fam.startswith(('de ', 'von ', 'della ', 'Della ')) and "'" not in fam:
        v['family'] = fam.split('-')[0]
    else:
        h = pick(FAMILY[v['lang']] if v['lang'] in FAMILY else FAMILY['de'])
        if h == fam:
            return False
        v['family'] = '%s-%s' % (h, fam) if chance(0.6) else h
    x.hint('familyName', 'married_name')
    x.hint('displayName', 'married_name')
    return True


def vo_hh_single(x):
    v = x.v
    if v['kind'] != 'household' or v.get('hh_single'):
        return False
    v['hh_single'] = 2 if chance(0.4) else 1
    x.hint('displayName', 'household_form')
    if v['hh_single'] == 2:
        x.hint('givenName', 'spouse')
        if v.get('family2'):
            x.hint('familyName', 'spouse')
    return True


def vo_hh_style(x):
    v = x.v
    if v['kind'] != 'household' or v.get('hh_single'):
        return False
    v['hh_style'] = pick(['amp', 'rev', 'comma', 'pair', 'family', 'double'])
    return True


def vo_estate_style(x):
    v = x.v
    if v['kind'] != 'estate':
        return False
    v['est_style'] = R.randint(1, 5)
    return True


def vo_wrong_company(x):
    v = x.v
    if v['party'] != 'person' or x.src not in ('portal', 'manual'):
        return False
    lang = v['lang'] if v['lang'] in WRONG_COMPANY else 'de'
    v['wrong_company'] = pick(WRONG_COMPANY[lang])
    x.hint('companyName', 'wrong_field')
    return True


# ---- view operations: firm names ----

def _org_name_hint(x, w):
    x.hint('companyName', w)
    x.hint('displayName', w)


def vo_legal_variant(x):
    v = x.v
    if v['party'] != 'org' or not v['legal'] or v.get('legal_drop') or v.get('name_override'):
        return False
    v['legal_var'] = R.randint(1, 4)
    city = v['addr']['place'].get('city') if v.get('addr') else None
    if city in BILINGUAL_TOWNS and chance(0.4):
        v['legal_lang'] = 'fr' if v['lang'] == 'de' else 'de'
    _org_name_hint(x, 'legal_form')
    return True


def vo_legal_drop(x):
    v = x.v
    if v['party'] != 'org' or not v['legal'] or v.get('legal_drop') or v.get('name_override'):
        return False
    v['legal_drop'] = True
    _org_name_hint(x, 'legal_form_dropped')
    return True


def vo_legal_changed(x):
    """GmbH converted into an AG (same UID): the same customer"""
    v = x.v
    if v['party'] != 'org' or v['legal'] != 'gmbh' or v.get('name_override') or v.get('former'):
        return False
    v['former'] = company_name(v, legal_var=0, legal_drop=False)
    v['legal'] = 'ag'
    v['legal_var'] = 0
    v['legal_drop'] = False
    v['former_shown'] = chance(0.5)
    _org_name_hint(x, 'legal_form_changed')
    return True


def vo_renamed_old(x):
    """old CRM still carries the name before the renaming"""
    v = x.v
    if v['party'] != 'org' or not x.ent.get('former') or v.get('name_override'):
        return False
    v['name_override'] = x.ent['former']
    v['former_shown'] = False
    _org_name_hint(x, 'renamed')
    return True


def vo_former_shown(x):
    v = x.v
    if v['party'] != 'org' or not v.get('former') or v.get('name_override') or v.get('former_shown'):
        return False
    v['former_shown'] = True
    _org_name_hint(x, 'former_name')
    return True


BILINGUAL_TOWNS = {'Biel/Bienne', 'Fribourg', 'Murten', 'Sierre', 'Sion', 'Düdingen', 'Brügg BE',
                   'Nidau', 'Moutier', 'Saint-Imier', 'Tramelan', 'Tavannes', 'Givisiez',
                   'Granges-Paccot', 'Belfaux', 'Visp', 'Brig'}
BRO = {'de': 'Gebrüder', 'fr': 'Frères', 'it': 'Fratelli'}
PRAXIS_WORDS = {'de': 'Praxis Dr. med.', 'fr': 'Cabinet médical Dr', 'it': 'Studio medico Dr. med.'}
DENT_WORDS = {'de': 'Zahnarztpraxis Dr. med. dent.', 'fr': 'Cabinet dentaire Dr', 'it': 'Studio dentistico Dr. med. dent.'}
STWEG_WORDS = {'de': 'StWEG', 'fr': 'PPE', 'it': 'Condominio'}


def _other_lang(lang):
    if lang == 'de':
        return wpick([('fr', 7), ('it', 3)])
    if lang == 'fr':
        return wpick([('de', 8), ('it', 2)])
    return wpick([('de', 6), ('fr', 4)])


def vo_translated(x):
    v = x.v
    if v['party'] != 'org' or v.get('name_override'):
        return False
    core = v['core']
    target = _other_lang(v.get('trade_lang') or v['lang'])
    done = False
    if v.get('trade') in TRADES and v.get('trade_word') and v['trade_word'] in core:
        lst = TRADES[v['trade']][target]
        tw = lst[min(v['trade_idx'], len(lst) - 1)]
        if tw != v['trade_word']:
            core = core.replace(v['trade_word'], tw, 1)
            v['trade_word'], v['trade_lang'] = tw, target
            done = True
    if not done:
        for table in (BRO, DENT_WORDS, PRAXIS_WORDS, STWEG_WORDS):
            for l, w in table.items():
                if core.startswith(w + ' ') or (' %s ' % w) in core:
                    tgt = table[target] if target != l else None
                    if tgt and tgt != w:
                        core = core.replace(w, tgt, 1)
                        done = True
                    break
            if done:
                break
    if not done:
        return False
    v['core'] = core
    if v['legal'] and chance(0.6):
        v['legal_lang'] = target
    _org_name_hint(x, 'translated')
    return True


def vo_abbrev(x):
    v = x.v
    if v['party'] != 'org' or v.get('name_override'):
        return False
    core = v['core']
    cands = [(a, b) for a, b in NAME_ABBR if a in core or (a.endswith(' ') and core.startswith(a))]
    if not cands:
        return False
    a, b = pick(cands)
    new = core.replace(a, b, 1)
    if new == core:
        return False
    v['core'] = new
    if v.get('trade_word') and v['trade_word'] not in new:
        v['trade_word'] = None
    _org_name_hint(x, 'abbreviated')
    return True


def vo_contact_changed(x):
    v = x.v
    if v['party'] != 'org':
        return False
    old = v.get('contact')
    for _ in range(5):
        ct = rand_contact(v['lang'])
        if not old or (ct['given'] != old['given'] or ct['family'] != old['family']):
            break
    if old is None:
        v['contact'] = ct
        x.hint('givenName', 'contact_added')
        x.hint('familyName', 'contact_added')
        return True
    v['contact'] = ct
    x.hint('givenName', 'contact_changed')
    x.hint('familyName', 'contact_changed')
    return True


def vo_contact_dropped(x):
    v = x.v
    if v['party'] != 'org' or not v.get('contact'):
        return False
    v['contact'] = None
    x.hint('givenName', 'contact_dropped')
    x.hint('familyName', 'contact_dropped')
    return True


def vo_contact_added(x):
    v = x.v
    if v['party'] != 'org' or v.get('contact'):
        return False
    v['contact'] = rand_contact(v['lang'])
    x.hint('givenName', 'contact_added')
    x.hint('familyName', 'contact_added')
    return True


# ---- view operations that break an identifier ----

def vo_email_new(x):
    v = x.v
    if v['party'] == 'person':
        g = v['given2'] if v.get('hh_single') == 2 else v['given']
        country = v['addr']['place']['country'] if v.get('addr') else 'CH'
        v['email'] = person_email(g, v['family'], country=country if chance(0.5) else 'CH')
    else:
        r = R.random()
        place = v['addr']['place'] if v.get('addr') else rand_place(v['lang'])
        if r < 0.4 and v.get('contact'):
            dom = v.get('domain') or org_domain(v['core'], place)
            v['domain'] = dom
            v['email'] = contact_email(v['contact'], dom) or org_email(v, place, freemail=True)
        elif r < 0.7:
            v['domain'] = org_domain(v['core'], place, extra=ascii_slug(v['core'], '-')[:25] + '-' + ascii_slug(town_of(place) if place['country'] == 'CH' else place['city'])[:12])
            v['email'] = org_email(v, place, domain=v['domain'])
        else:
            v['email'] = org_email(v, place, freemail=True)
    x.hint('email', 'new' if x.comp['email'] else 'added')
    return True


def vo_email_missing(x):
    if not x.v.get('email') and not x.comp['email']:
        return False
    x.v['email'] = None
    x.hint('email', 'missing')
    return True


def vo_phone_new(x):
    v = x.v
    if v['party'] == 'person':
        v['phone'] = new_phone('mobile') if chance(0.8) else new_phone('landline', v['addr']['place'] if v.get('addr') and v['addr']['place']['country'] == 'CH' else None)
    else:
        place = v['addr']['place'] if v.get('addr') and v['addr']['place']['country'] == 'CH' else None
        v['phone'] = new_phone('landline', place) if chance(0.7) else new_phone('mobile')
    x.hint('phone', 'new' if x.comp['phone'] else 'added')
    return True


def vo_phone_missing(x):
    x.v['phone'] = None
    x.hint('phone', 'missing')
    return True


def _hint_addr(x, w):
    for k in ADDR_KEYS_OUT:
        x.hint('address.' + k, w)


def vo_moved(x, within_city=False):
    v = x.v
    a = v.get('addr')
    if a is None:
        return False
    pl = a['place']
    if within_city:
        if pl['country'] != 'CH':
            return False
        for _ in range(20):
            na = new_address(pl)
            if na['street'] != a.get('street'):
                break
        v['addr'] = na
        _hint_addr(x, 'moved')
        return True
    if pl['country'] != 'CH':
        if chance(0.5):
            cands = [p for p in FOREIGN_PLACES if p['country'] == pl['country'] and p['city'] != pl['city']]
            npl = pick(cands)
        else:
            npl = rand_place(v['lang'] if v['lang'] in PLACES_BY_LANG else 'de')
    elif v['party'] == 'person' and v['kind'] != 'household' and chance(0.1):
        npl = pick(FOREIGN_PLACES)
    elif chance(0.2 if v['party'] == 'person' else 0.05):
        npl = rand_place(_other_lang(pl['lang']))
    else:
        npl = rand_place(pl['lang'], exclude_city=pl['city'])
    na = new_address(npl)
    if v['kind'] == 'estate' and a.get('line2'):
        na['line2'] = a['line2']
    v['addr'] = na
    _hint_addr(x, 'moved')
    return True


def vo_pobox(x):
    v = x.v
    a = v.get('addr')
    if v['party'] != 'org' or a is None or v['kind'] == 'stweg' or a['place']['country'] != 'CH':
        return False
    pl = dict(a['place'])
    pl['postcode'] = POBOX_POSTCODE.get(pl['city'], pl['postcode'])
    v['addr'] = {'street': None, 'no': None, 'line2': None, 'place': pl, 'pobox_only': True,
                 'pobox_no': str(R.randint(1, 2999))}
    x.hint('address.line1', 'po_box')
    x.hint('address.line2', 'po_box')
    x.hint('address.postalCode', 'po_box')
    return True


def vo_branch(x):
    v = x.v
    if v['party'] != 'org' or v['kind'] not in ('ag', 'gmbh') or not v.get('uid') or v.get('addr') is None:
        return False
    pl = v['addr']['place']
    npl = rand_place(pl['lang'] if chance(0.7) else _other_lang(pl['lang']), exclude_city=pl['city'], big=True)
    word = pick(BRANCH[npl['lang']])
    v['branch'] = '%s %s' % (word, town_of(npl))
    v['addr'] = new_address(npl)
    _org_name_hint(x, 'branch')
    _hint_addr(x, 'branch')
    return True


def vo_address_missing(x):
    x.v['addr'] = None
    x.hint('address', 'missing')
    return True


def vo_line2_added(x):
    v = x.v
    a = v.get('addr')
    if a is None or a.get('pobox_only') or a.get('line2'):
        return False
    a = dict(a)
    if v['party'] == 'person':
        fam = pick(FAMILY[v['lang']] if v['lang'] in FAMILY else FAMILY['de'])
        a['line2'] = ('co', fam if chance(0.5) else '%s %s' % (pick(GIVEN['de']['f'] + GIVEN['fr']['m']), fam))
    else:
        a['line2'] = ('pobox', str(R.randint(1, 999)) if chance(0.7) else '')
    v['addr'] = a
    x.hint('address.line2', 'added')
    return True


# ---- record operations (on the rendered contact) ----

def _replace_in_display(c, old, new):
    if c['displayName'] and old and old in c['displayName']:
        c['displayName'] = c['displayName'].replace(old, new, 1)
        return True
    return False


def ro_typo_family(x):
    c = x.c
    old = c['familyName']
    if not old:
        return False
    new = typo(old)
    if not new:
        return False
    c['familyName'] = new
    x.hint('familyName', 'typo')
    if _is_person(x) and _replace_in_display(c, old, new):
        x.hint('displayName', 'typo')
    return True


def ro_typo_given(x):
    c = x.c
    old = c['givenName']
    if not old or len(old) < 4:
        return False
    new = typo(old)
    if not new:
        return False
    c['givenName'] = new
    x.hint('givenName', 'typo')
    if _is_person(x) and _replace_in_display(c, old, new):
        x.hint('displayName', 'typo')
    return True


def ro_typo_company(x):
    c = x.c
    old = c['companyName']
    if not old:
        return False
    words = [w for w in old.split() if len(w) >= 5 and w.isalpha()]
    if not words:
        return False
    w = pick(words)
    t = typo(w)
    if not t:
        return False
    new = old.replace(w, t, 1)
    c['companyName'] = new
    x.hint('companyName', 'typo')
    if c['displayName'] == old:
        c['displayName'] = new
        x.hint('displayName', 'typo')
    return True


def ro_case_names(x):
    c = x.c
    mode = pick(['upper', 'lower', 'title']) if _is_person(x) else pick(['upper', 'title', 'lower'])
    fn = {'upper': caps, 'lower': lambda s: s.lower(), 'title': title_case}[mode]
    done = False
    for k in ('displayName', 'givenName', 'familyName', 'companyName'):
        if c[k]:
            n = fn(c[k])
            if n != c[k]:
                c[k] = n
                x.hint(k, 'case')
                done = True
    return done


def ro_swap(x):
    c = x.c
    if not c['givenName'] or not c['familyName']:
        return False
    c['givenName'], c['familyName'] = c['familyName'], c['givenName']
    x.hint('givenName', 'swapped')
    x.hint('familyName', 'swapped')
    return True


def _map_names(x, fn, what, with_address=False):
    c = x.c
    done = False
    for k in ('displayName', 'givenName', 'familyName', 'companyName'):
        if c[k]:
            n = fn(c[k])
            if n != c[k]:
                c[k] = n
                x.hint(k, what)
                done = True
    if with_address and c['address']:
        for k in ('line1', 'city'):
            if c['address'][k]:
                n = fn(c['address'][k])
                if n != c['address'][k]:
                    c['address'][k] = n
                    x.hint('address.' + k, what)
                    done = True
    return done


def ro_umlaut_ascii(x):
    return _map_names(x, umlaut_ascii, 'umlaut_ascii', with_address=chance(0.5))


def ro_accents(x):
    return _map_names(x, strip_accents, 'accents', with_address=chance(0.5))


def ro_mojibake(x):
    return apply_mojibake(x.c, x.hint, fields=('displayName', 'givenName', 'familyName', 'companyName',
                                               'line1', 'city'))


def ro_eszett(x):
    c = x.c
    done = False
    fam = c['familyName']
    if fam and _is_person(x):
        for w in ESZETT_OK:
            if fam.lower() == w.lower():
                new = re.sub('ss', 'ß', fam, count=1, flags=re.I)
                c['familyName'] = new
                x.hint('familyName', 'eszett')
                if _replace_in_display(c, fam, new):
                    x.hint('displayName', 'eszett')
                done = True
    a = c['address']
    if a and a['line1'] and re.search('strasse', a['line1'], re.I):
        a['line1'] = re.sub('strasse', 'straße', a['line1'], count=1)
        a['line1'] = re.sub('STRASSE', 'STRAßE', a['line1'], count=1)
        a['line1'] = re.sub('Strasse', 'Straße', a['line1'], count=1)
        x.hint('address.line1', 'eszett')
        done = True
    return done


def ro_email_case(x):
    c = x.c
    if not c['email']:
        return False
    e = c['email']
    n = e.upper() if chance(0.3) else '.'.join(p[:1].upper() + p[1:] for p in e.split('@')[0].split('.')) + '@' + e.split('@')[1]
    if n == e:
        return False
    c['email'] = n
    x.hint('email', 'case')
    return True


EMAIL_DOMAIN_SLIPS = {'gmail.com': ['gmial.com', 'gmail.ch', 'gmai.com', 'gmail.co'],
                      'bluewin.ch': ['bluewin.com', 'bluwin.ch', 'bluewinn.ch', 'bluewin.cg'],
                      'gmx.ch': ['gmx.cj', 'gmx.com', 'gmc.ch'], 'hispeed.ch': ['hispeed.com', 'hispee.ch'],
                      'outlook.com': ['outlok.com', 'outlook.ch'], 'hotmail.com': ['hotmial.com', 'hotmail.ch'],
                      'sunrise.ch': ['sunrise.com', 'sunrsie.ch']}


def ro_email_typo(x):
    c = x.c
    e = c['email']
    if not e or '@' not in e:
        return False
    local, dom = e.rsplit('@', 1)
    if dom.lower() in EMAIL_DOMAIN_SLIPS and chance(0.5):
        n = local + '@' + pick(EMAIL_DOMAIN_SLIPS[dom.lower()])
    else:
        t = typo(local) if len(local) >= 3 else None
        if not t:
            t = local + pick(['.', '1', 'x'])
        n = t + '@' + dom
    if norm_email(n) == norm_email(e):
        return False
    c['email'] = n
    x.hint('email', 'typo')
    return True


def ro_phone_typo(x):
    c = x.c
    p = c['phone']
    if not p:
        return False
    digits_pos = [i for i, ch in enumerate(p) if ch.isdigit()]
    if len(digits_pos) < 8:
        return False
    tail = digits_pos[-7:]
    chars = list(p)
    if chance(0.6):
        i = pick(tail)
        chars[i] = str((int(chars[i]) + pick([1, 2, 3, 7, 8, 9])) % 10)
    else:
        j = R.randrange(len(tail) - 1)
        a, b = tail[j], tail[j + 1]
        if chars[a] == chars[b]:
            chars[a] = str((int(chars[a]) + 1) % 10)
        else:
            chars[a], chars[b] = chars[b], chars[a]
    n = ''.join(chars)
    if norm_phone(n) == norm_phone(p):
        return False
    c['phone'] = n
    x.hint('phone', 'typo')
    return True


def _addr(x):
    return x.c['address']


def ro_street_abbrev(x):
    a = _addr(x)
    if not a or not a['line1']:
        return False
    l1 = a['line1']
    for pat, rep in STREET_ABBR:
        n = re.sub(pat, rep, l1, count=1)
        if n != l1:
            a['line1'] = n
            x.hint('address.line1', 'abbreviated')
            return True
    return False


def ro_street_typo(x):
    a = _addr(x)
    if not a or not a['line1']:
        return False
    m = re.match(r'^([^\d,]*[A-Za-zÀ-ÿ]{5,}[^\d,]*)(.*)$', a['line1'])
    if not m:
        return False
    st = m.group(1)
    t = typo(st.rstrip())
    if not t:
        return False
    a['line1'] = t + st[len(st.rstrip()):] + m.group(2)
    x.hint('address.line1', 'typo')
    return True


def ro_number_first(x):
    a = _addr(x)
    if not a or not a['line1']:
        return False
    m = re.match(r'^((?:Rue|Avenue|Chemin|Route|Boulevard|Place|Grand-Rue)\b.*?) (\d{1,4}[A-Za-z]?)$', a['line1'])
    if not m:
        return False
    st = m.group(1)
    a['line1'] = '%s, %s' % (m.group(2), st[0].lower() + st[1:] if not st.startswith('Grand') else st)
    x.hint('address.line1', 'format')
    return True


def ro_line_merge(x):
    a = _addr(x)
    if not a or not a['line2'] or not a['line1']:
        return False
    a['line1'] = '%s, %s' % (a['line1'], a['line2'])
    a['line2'] = None
    x.hint('address.line1', 'merged')
    x.hint('address.line2', 'merged')
    return True


def ro_line2_drop(x):
    a = _addr(x)
    if not a or not a['line2']:
        return False
    a['line2'] = None
    x.hint('address.line2', 'dropped')
    return True


def ro_postcode_missing(x):
    a = _addr(x)
    if not a or not a['postalCode'] or not a['city']:
        return False
    a['postalCode'] = None
    x.hint('address.postalCode', 'missing')
    return True


def ro_postcode_wrong(x):
    a = _addr(x)
    if not a or not a['postalCode'] or not a['city']:
        return False
    p = a['postalCode']
    ds = [i for i, ch in enumerate(p) if ch.isdigit()]
    if len(ds) < 4:
        return False
    i = pick(ds[-2:])
    chars = list(p)
    chars[i] = str((int(chars[i]) + pick([1, 2, 9, 8])) % 10)
    a['postalCode'] = ''.join(chars)
    x.hint('address.postalCode', 'wrong')
    return True


def ro_postcode_prefix(x):
    a = _addr(x)
    if not a or not a['postalCode'] or '-' in a['postalCode']:
        return False
    cc = x.v['addr']['place']['country'] if x.v.get('addr') else 'CH'
    a['postalCode'] = '%s-%s' % ({'CH': 'CH', 'FR': 'F', 'IT': 'I', 'DE': 'D'}[cc], a['postalCode'])
    x.hint('address.postalCode', 'prefixed')
    return True


def ro_city_bilingual(x):
    a = _addr(x)
    if not a or not x.v.get('addr'):
        return False
    off = x.v['addr']['place']['city']
    al = CITY_ALIASES.get(off)
    if not al:
        return False
    cur = a['city']
    opts = [c for c in [off] + al if c != cur and (cur is None or c.upper() != cur.upper())]
    if not opts:
        return False
    a['city'] = pick(opts)
    x.hint('address.city', 'bilingual')
    return True


def ro_city_case(x):
    a = _addr(x)
    if not a or not a['city']:
        return False
    n = caps(a['city']) if not a['city'].isupper() else title_case(a['city'])
    if n == a['city']:
        return False
    a['city'] = n
    x.hint('address.city', 'case')
    return True


def ro_city_typo(x):
    a = _addr(x)
    if not a or not a['city'] or len(a['city']) < 5:
        return False
    t = typo(a['city'])
    if not t:
        return False
    a['city'] = t
    x.hint('address.city', 'typo')
    return True


def ro_region_drop(x):
    a = _addr(x)
    if not a or not a['region']:
        return False
    a['region'] = None
    x.hint('address.region', 'missing')
    return True


def ro_region_name(x):
    a = _addr(x)
    if not a or not x.v.get('addr'):
        return False
    pl = x.v['addr']['place']
    if pl['country'] != 'CH':
        n = pl.get('rcode') if a['region'] != pl.get('rcode') else pl['region']
    else:
        lang = pick(['de', 'fr', 'it']) if chance(0.3) else pl['lang']
        n = pick([CANTONS[pl['canton']][lang], '%s %s' % (CANTON_PREFIX[lang], CANTONS[pl['canton']][lang]),
                  pl['canton']])
    if not n or n == a['region']:
        return False
    a['region'] = n
    x.hint('address.region', 'format')
    return True


def ro_country_drop(x):
    a = _addr(x)
    if not a or not a['country']:
        return False
    a['country'] = None
    x.hint('address.country', 'missing')
    return True


def ro_country_word(x):
    a = _addr(x)
    if not a or not x.v.get('addr'):
        return False
    cc = x.v['addr']['place']['country']
    n = pick([COUNTRY_WORDS[cc]['de'], COUNTRY_WORDS[cc]['fr'], COUNTRY_WORDS[cc]['it'],
              COUNTRY_WORDS[cc]['en'], cc, {'CH': 'CHE', 'FR': 'FRA', 'IT': 'ITA', 'DE': 'DEU'}[cc]])
    if n == a['country']:
        return False
    a['country'] = n
    x.hint('address.country', 'format')
    return True


# ---------------------------------------------------------------------------
# operation table and the derivation of one incoming record from a base view
# ---------------------------------------------------------------------------

# name, function, phase, level, weight for persons, weight for organisations, allowed when the
# record must stay findable by name+city
OPS = [
    ('legal_variant', vo_legal_variant, 'view', 'soft', 0, 3, True),
    ('legal_drop', vo_legal_drop, 'view', 'soft', 0, 3, True),
    ('abbrev', vo_abbrev, 'view', 'soft', 0, 2, False),
    ('hh_style', vo_hh_style, 'view', 'soft', 3, 0, True),
    ('estate_style', vo_estate_style, 'view', 'soft', 4, 0, False),
    ('contact_dropped', vo_contact_dropped, 'view', 'soft', 0, 1, True),
    ('contact_added', vo_contact_added, 'view', 'soft', 0, 1, True),
    ('line2_added', vo_line2_added, 'view', 'soft', 1, 1, True),
    ('case_names', ro_case_names, 'rec', 'soft', 2, 1, True),
    ('email_case', ro_email_case, 'rec', 'soft', 1, 1, True),
    ('street_abbrev', ro_street_abbrev, 'rec', 'soft', 2, 2, True),
    ('line_merge', ro_line_merge, 'rec', 'soft', 1, 1, True),
    ('line2_drop', ro_line2_drop, 'rec', 'soft', 1, 1, True),
    ('postcode_missing', ro_postcode_missing, 'rec', 'soft', 1, 1, True),
    ('postcode_prefix', ro_postcode_prefix, 'rec', 'soft', 1, 1, True),
    ('city_bilingual', ro_city_bilingual, 'rec', 'soft', 2, 2, False),
    ('region_drop', ro_region_drop, 'rec', 'soft', 1, 1, True),
    ('region_name', ro_region_name, 'rec', 'soft', 1, 1, True),
    ('country_drop', ro_country_drop, 'rec', 'soft', 1, 1, True),
    ('country_word', ro_country_word, 'rec', 'soft', 1, 1, True),
    ('number_first', ro_number_first, 'rec', 'soft', 1, 1, True),
    ('umlaut_ascii', ro_umlaut_ascii, 'rec', 'soft', 2, 1, True),
    ('accents', ro_accents, 'rec', 'soft', 2, 1, True),
    ('nickname', vo_nickname, 'view', 'mod', 5, 1, False),
    ('initial', vo_initial, 'view', 'mod', 2, 1, False),
    ('married', vo_married, 'view', 'mod', 3, 0, False),
    ('hh_single', vo_hh_single, 'view', 'mod', 3, 0, False),
    ('contact_changed', vo_contact_changed, 'view', 'mod', 0, 4, True),
    ('translated', vo_translated, 'view', 'mod', 0, 2, False),
    ('legal_changed', vo_legal_changed, 'view', 'mod', 0, 1, False),
    ('former_shown', vo_former_shown, 'view', 'mod', 0, 1, False),
    ('renamed_old', vo_renamed_old, 'view', 'mod', 0, 2, False),
    ('typo_given', ro_typo_given, 'rec', 'mod', 2, 1, True),
    ('typo_family', ro_typo_family, 'rec', 'mod', 3, 1, True),
    ('typo_company', ro_typo_company, 'rec', 'mod', 0, 3, True),
    ('swap', ro_swap, 'rec', 'mod', 2, 1, True),
    ('postcode_wrong', ro_postcode_wrong, 'rec', 'mod', 1, 1, True),
    ('city_case', ro_city_case, 'rec', 'mod', 1, 1, True),
    ('street_typo', ro_street_typo, 'rec', 'mod', 1, 1, True),
    ('mojibake', ro_mojibake, 'rec', 'mod', 1, 1, True),
    ('eszett', ro_eszett, 'rec', 'mod', 1, 1, True),
    ('wrong_company', vo_wrong_company, 'view', 'harsh', 1, 0, False),
    ('city_typo', ro_city_typo, 'rec', 'harsh', 1, 1, False),
]
CONFLICTS = [
    {'legal_variant', 'legal_drop', 'legal_changed', 'renamed_old'},
    {'legal_changed', 'renamed_old', 'former_shown'},
    {'umlaut_ascii', 'accents', 'mojibake', 'eszett'},
    {'line_merge', 'line2_drop', 'line2_added'},
    {'postcode_missing', 'postcode_wrong', 'postcode_prefix'},
    {'city_bilingual', 'city_case', 'city_typo'},
    {'region_drop', 'region_name'},
    {'country_drop', 'country_word'},
    {'contact_changed', 'contact_dropped', 'contact_added'},
    {'hh_style', 'hh_single'},
    {'nickname', 'initial'},
    {'translated', 'abbrev', 'renamed_old'},
    {'case_names', 'mojibake'},
]
LEVELS = {'light': ('soft',), 'medium': ('soft', 'mod'), 'harsh': ('soft', 'mod', 'harsh')}
N_OPS = {'light': (1, 2), 'medium': (2, 4), 'harsh': (4, 7)}


def choose_ops(x, profile):
    lo, hi = N_OPS[profile]
    n = R.randint(lo, hi)
    person = x.v['party'] == 'person'
    cands = [op for op in OPS if op[3] in LEVELS[profile] and (op[4] if person else op[5]) > 0
             and (op[6] or not x.namecity)]
    chosen = []
    blocked = set()
    while len(chosen) < n:
        avail = [op for op in cands if op[0] not in blocked]
        if not avail:
            break
        op = wpick([(op, op[4] if person else op[5]) for op in avail])
        chosen.append(op)
        blocked.add(op[0])
        for grp in CONFLICTS:
            if op[0] in grp:
                blocked |= grp
    return chosen


def break_field(x, f):
    """make field f no longer shared with the compared record; returns a record op or None"""
    org = x.v['party'] == 'org'
    if f == 'email':
        r = wpick([('new', 5), ('missing', 3), ('typo', 2)])
        if r == 'new':
            vo_email_new(x)
        elif r == 'missing':
            vo_email_missing(x)
        else:
            return ro_email_typo
        return None
    if f == 'phone':
        r = wpick([('new', 45), ('missing', 30), ('typo', 25)])
        if r == 'new':
            vo_phone_new(x)
        elif r == 'missing':
            vo_phone_missing(x)
        else:
            return ro_phone_typo
        return None
    if f == 'address':
        if x.namecity:
            if org and x.v['kind'] != 'stweg' and chance(0.3) and vo_pobox(x):
                return None
            if not vo_moved(x, within_city=True):
                vo_address_missing(x)
            return None
        r = wpick([('moved', 45), ('missing', 35), ('pobox', 10 if org else 0), ('branch', 10 if org else 0)])
        ok = False
        if r == 'pobox':
            ok = vo_pobox(x)
        elif r == 'branch':
            ok = vo_branch(x)
        elif r == 'missing':
            ok = vo_address_missing(x)
        if not ok:
            if not vo_moved(x):
                vo_address_missing(x)
        return None
    return None


def derive(base, ent, comp, comp_eid, src, profile, keep, namecity, pools=None, self_key=None,
           comp_base_display=None, tries=30):
    available = [f for f in ('email', 'phone', 'address') if comp[f] is not None]
    keep = [f for f in keep if f in available]
    drop = [f for f in available if f not in keep]
    if namecity and not comp['address']:
        return None
    if not namecity and not keep:
        return None
    for _ in range(tries):
        v = copy.deepcopy(base)
        x = Ctx(v, ent, src, comp, keep, namecity)
        sched = []
        for f in drop:
            r = break_field(x, f)
            if r:
                sched.append(r)
        ops = choose_ops(x, profile)
        if src == 'crm' and ent.get('former') and not namecity and chance(0.5):
            if vo_renamed_old(x):
                ops = [op for op in ops if op[0] not in ('legal_variant', 'legal_drop', 'legal_changed',
                                                           'former_shown', 'translated', 'abbrev')]
        for op in ops:
            if op[2] == 'view':
                op[1](x)
        protect = set(keep) | ({'city'} if namecity else set())
        c, rh = render(v, src, protect)
        x.c = c
        for f, ws in rh.items():
            for w in ws:
                x.hint(f, w)
        for fn in sched:
            fn(x)
        for op in ops:
            if op[2] == 'rec':
                op[1](x)
        clean_contact(c)
        if c['displayName'] is None:
            continue
        ev = evidence(c, comp)
        truth = [f for f in ('email', 'phone', 'address') if f in keep and c[f] is not None]
        if ev != truth:
            continue
        if namecity:
            if ev:
                continue
            if pools is not None and not namecity_ok(c, comp, comp_eid, pools, self_key):
                continue
        elif not ev:
            continue
        changes = reconcile(c, comp, x.hints, 'format', comp_base_display)
        if not changes:
            continue
        return {'contact': c, 'changes': changes, 'evidence': ev,
                'findable': 'identifier' if ev else 'name+city', 'source': src, 'profile': profile}
    return None


def choose_plan(comp, profile, allow_namecity=True):
    available = [f for f in ('email', 'phone', 'address') if comp[f] is not None]
    if allow_namecity and comp['address'] and chance(0.13):
        return [], True
    if profile == 'light':
        if chance(0.75) or len(available) == 1:
            keep = list(available)
        else:
            keep = sample(available, len(available) - 1)
    elif profile == 'medium':
        k = 2 if chance(0.6) else 1
        keep = sample(available, min(k, len(available)))
    else:
        keep = sample(available, 1)
    return sorted(keep, key=['email', 'phone', 'address'].index), False


def pick_source(v):
    if v['party'] == 'person':
        if v['kind'] == 'household':
            return wpick([('portal', 30), ('payroll', 10), ('manual', 30), ('crm', 30)])
        return wpick([('portal', 35), ('manual', 33), ('crm', 32)])
    return wpick([('portal', 25), ('payroll', 30), ('manual', 25), ('crm', 20)])


def pick_profile():
    return wpick([('light', 40), ('medium', 40), ('harsh', 20)])


def derive_robust(base, ent, comp, comp_eid, pools, self_key=None, comp_base_display=None,
                  allow_namecity=True):
    src = pick_source(base)
    profile = pick_profile()
    keep, nc = choose_plan(comp, profile, allow_namecity)
    r = derive(base, ent, comp, comp_eid, src, profile, keep, nc, pools, self_key, comp_base_display)
    if r is None and nc:
        keep, nc = choose_plan(comp, profile, False)
        r = derive(base, ent, comp, comp_eid, src, profile, keep, nc, pools, self_key, comp_base_display)
    if r is None:
        available = [f for f in ('email', 'phone', 'address') if comp[f] is not None]
        for prof in ('medium', 'light'):
            r = derive(base, ent, comp, comp_eid, src, prof, available, False, pools, self_key,
                       comp_base_display, tries=60)
            if r is not None:
                break
    if r is None:
        raise RuntimeError('could not derive a record for %s' % ent['eid'])
    return r


# ---------------------------------------------------------------------------
# the accounting system's customer list
# ---------------------------------------------------------------------------

def lang_pick():
    return wpick([('de', 45), ('fr', 33), ('it', 22)])


EXISTING_ORG_COUNTS = [('verwaltung', 22), ('stweg', 76), ('praxis', 62), ('einzelfirma', 185),
                       ('gmbh', 290), ('ag', 165), ('kollektivgesellschaft', 36),
                       ('genossenschaft', 36), ('verein', 62), ('stiftung', 41)]
EXISTING_PERSON_COUNTS = [('employee', 190), ('pensioner', 110), ('grenzgaenger', 70),
                          ('household', 120), ('estate', 35)]


ORG_NAME_TOWN = set()


def make_org_of_kind(kind, lang, place=None):
    for _ in range(20):
        e = _make_org_of_kind(kind, lang, place)
        key = (e['core'].casefold(), e['addr']['place']['city'])
        if key not in ORG_NAME_TOWN:
            ORG_NAME_TOWN.add(key)
            return e
    return e


def _make_org_of_kind(kind, lang, place=None):
    if kind == 'einzelfirma':
        return make_einzelfirma(lang, place)
    if kind == 'praxis':
        return make_praxis(lang, place)
    if kind in ('gmbh', 'ag'):
        return make_company(kind, lang, place)
    if kind == 'kollektivgesellschaft':
        return make_kollektiv(lang, place)
    if kind == 'genossenschaft':
        return make_genossenschaft(lang, place)
    if kind == 'verein':
        return make_verein(lang, place)
    if kind == 'stiftung':
        return make_stiftung(lang, place)
    if kind == 'verwaltung':
        return make_verwaltung(lang, place)
    if kind == 'stweg':
        return make_stweg(lang, None, place)
    raise ValueError(kind)


def make_person_of_kind(kind, lang):
    if kind == 'household':
        return make_household(lang)
    if kind == 'grenzgaenger':
        return make_grenzgaenger(wpick([('fr', 50), ('it', 38), ('de', 12)]))
    if kind == 'estate':
        return make_estate(lang)
    return make_person(kind, lang)


def give_former_name(e):
    lang = e['lang']
    tw = e.get('trade_word') or pick(STEM_SECTORS[lang])
    old_core = '%s %s' % (pick(FAMILY[lang]), tw)
    if old_core == e['core']:
        old_core = '%s %s' % (pick(STEMS[lang]), tw)
    old_legal = 'gmbh' if chance(0.5) else e['legal']
    e['former'] = '%s %s' % (old_core, legal_text(old_legal, lang))


def build_existing():
    ents = []
    counts = dict(EXISTING_ORG_COUNTS)
    # property managers and the condominium communities they run
    verws = [make_verwaltung(lang_pick()) for _ in range(counts['verwaltung'])]
    ents += verws
    managed = counts['stweg'] - 8
    per = [2] * len(verws)
    while sum(per) < managed:
        i = R.randrange(len(per))
        if per[i] < 6:
            per[i] += 1
    for V, k in zip(verws, per):
        for _ in range(k):
            ents.append(make_stweg(V['lang'], manager=V))
    for _ in range(8):
        ents.append(make_stweg(lang_pick()))
    # sister companies of one group (same stem, other UID)
    n_ag, n_gmbh = counts['ag'], counts['gmbh']
    for _ in range(14):
        lang = lang_pick()
        s = pick(STEMS[lang])
        place = rand_place(lang, big=True)
        secs = sample(STEM_SECTORS[lang], 2)
        a = make_company('ag', lang, place, stem=s, core='%s %s' % (s, secs[0]))
        k2 = 'ag' if chance(0.5) else 'gmbh'
        b = make_company(k2, lang, place, stem=s, core='%s %s' % (s, secs[1]))
        if chance(0.6):
            ADDR_KEYS.discard(addr_key_of(b['addr']))
            b['addr'] = copy.deepcopy(a['addr'])
        if chance(0.7) and a.get('domain') and b['email']:
            EMAILS.discard(b['email'].casefold())
            b['domain'] = a['domain']
            b['email'] = org_email(b, place, domain=a['domain'])
        ents += [a, b]
        n_ag -= 1
        if k2 == 'ag':
            n_ag -= 1
        else:
            n_gmbh -= 1
    for kind, n in (('praxis', counts['praxis']), ('einzelfirma', counts['einzelfirma']),
                    ('gmbh', n_gmbh), ('ag', n_ag),
                    ('kollektivgesellschaft', counts['kollektivgesellschaft']),
                    ('genossenschaft', counts['genossenschaft']), ('verein', counts['verein']),
                    ('stiftung', counts['stiftung'])):
        for _ in range(n):
            ents.append(make_org_of_kind(kind, lang_pick()))
    # renamed companies (old name still in the old CRM)
    comps = [e for e in ents if e['kind'] in ('gmbh', 'ag') and not e.get('former')]
    for e in sample(comps, 22):
        give_former_name(e)
    # persons
    owners = [e for e in ents if e['kind'] in ('einzelfirma', 'praxis') and e.get('contact')]
    R.shuffle(owners)
    owner_iter = iter(owners)
    persons = []
    pc = dict(EXISTING_PERSON_COUNTS)
    for _ in range(pc['employee']):
        lang = lang_pick()
        if len(persons) < 30:
            firm = next(owner_iter)
            ct = firm['contact']
            fp = firm['addr']['place']
            if firm.get('trade') == 'farm' or chance(0.2):
                addr = copy.deepcopy(firm['addr'])  # lives where the business is
            else:
                near = [p for p in PLACES_BY_LANG[fp['lang']] if p['area'] == fp['area']]
                addr = new_address(wpick([(p, p['weight']) for p in near]))
            p = make_person('proprietor', firm['lang'], given=ct['given'], family=ct['family'],
                            gender=ct['gender'], addr=addr)
            if firm['email'] and chance(0.3) and email_domain(firm['email']) in FREEMAIL_ALL:
                if p['email']:
                    EMAILS.discard(p['email'].casefold())
                p['email'] = firm['email']
            p['owner_of'] = firm['eid']
            firm['owner_linked'] = p['eid']
            persons.append(p)
        else:
            persons.append(make_person('employee', lang))
    for _ in range(pc['pensioner']):
        persons.append(make_person('pensioner', lang_pick()))
    for _ in range(pc['grenzgaenger']):
        persons.append(make_person_of_kind('grenzgaenger', None))
    for i in range(pc['household']):
        lang = lang_pick()
        h = make_household(lang)
        if i < 15:
            firm = next(owner_iter)
            ct = firm['contact']
            h['given'], h['family'], h['gender'] = ct['given'], ct['family'], ct['gender']
            if h['gender'] == 'f':
                h['gender2'] = 'm'
                h['given2'] = pick(GIVEN[firm['lang']]['m'])
            h['lang'] = firm['lang']
            if h['email']:
                EMAILS.discard(h['email'].casefold())
                h['email'] = household_email(h['given'], h['given2'], h['family'])
            h['owner_of'] = firm['eid']
            firm['owner_linked'] = h['eid']
        persons.append(h)
    heirs = [p for p in persons if p['kind'] in ('employee', 'pensioner') and not p.get('owner_of')]
    R.shuffle(heirs)
    for i in range(pc['estate']):
        if i < 12:
            heir = heirs[i]
            est = make_estate(heir['lang'], heir=heir)
            heir['heir_linked'] = est['eid']
            persons.append(est)
        else:
            persons.append(make_estate(lang_pick()))
    # namesakes inside the customer list (common names, other towns)
    plain = [p for p in persons if p['kind'] in ('employee', 'pensioner') and not p.get('owner_of')
             and not p.get('heir_linked')]
    R.shuffle(plain)
    for src_p, dst_p in zip(plain[:14], plain[14:28]):
        if src_p['lang'] == dst_p['lang'] or chance(0.3):
            dst_p['given'], dst_p['family'], dst_p['gender'] = src_p['given'], src_p['family'], src_p['gender']
            dst_p['namesake_of'] = src_p['eid']
            if dst_p['email']:
                EMAILS.discard(dst_p['email'].casefold())
                dst_p['email'] = person_email(dst_p['given'], dst_p['family'], birth=dst_p['birth'])
    ents += persons
    # what the accounting system lacks
    for e in ents:
        if e['party'] == 'org' and e['email'] and e['phone'] and chance(0.04):
            e['qbo_no_addr'] = True
        elif e['email'] and (e['phone'] or e['addr']) and chance(0.05):
            e['qbo_no_email'] = True
        elif e['phone'] and e['email'] and chance(0.03):
            e['qbo_no_phone'] = True
    return ents


def render_existing(e):
    c, _ = render(e, 'qbo')
    if e.get('qbo_no_addr'):
        c['address'] = None
    if e.get('qbo_no_email'):
        c['email'] = None
    if e.get('qbo_no_phone'):
        c['phone'] = None
    return clean_contact(c)


def disambiguate(recs, ents):
    """accounting-system style: 'Name (City)' or 'Name (2)' for repeated display names"""
    groups = {}
    for i, c in enumerate(recs):
        groups.setdefault(c['displayName'].casefold(), []).append(i)
    used = {c['displayName'].casefold() for c in recs}
    base = [None] * len(recs)
    for key in sorted(groups):
        idxs = groups[key]
        if len(idxs) < 2:
            continue
        n = 2
        for i in idxs[1:]:
            c = recs[i]
            b = c['displayName']
            town = None
            if c['address'] and c['address']['city']:
                town = town_of(ents[i]['addr']['place']) if ents[i].get('addr') else c['address']['city']
            cand = '%s (%s)' % (b, town) if town else None
            if cand is None or cand.casefold() in used or \
                    town == (recs[idxs[0]]['address'] or {}).get('city'):
                while True:
                    cand = '%s (%d)' % (b, n)
                    n += 1
                    if cand.casefold() not in used:
                        break
            if len(cand) > 100:
                cand = cand[:100]
            used.add(cand.casefold())
            base[i] = b
            c['displayName'] = cand
    return base


# ---------------------------------------------------------------------------
# hard negatives: another customer under the business rules, resembling an
# existing one.  builder(anchor) -> (entity, stem, need_all, need_any, forbid)
# ---------------------------------------------------------------------------

def reset_org_email(e, keep_domain=False):
    if e['email']:
        EMAILS.discard(e['email'].casefold())
    if not keep_domain:
        e['domain'] = None
    place = e['addr']['place'] if e.get('addr') else rand_place(e['lang'])
    e['email'] = org_email(e, place)


def _ch_addr(e):
    return e.get('addr') is not None and e['addr']['place']['country'] == 'CH' and not e['addr'].get('pobox_only')


def _plain_person(e):
    return e['party'] == 'person' and e['kind'] in ('employee', 'pensioner', 'proprietor') and _ch_addr(e) \
        and not e.get('heir_linked') and not e.get('namesake_of')


def hn_namesake_elsewhere(a):
    pl = a['addr']['place']
    lang = pl['lang']
    npl = rand_place(lang if chance(0.7) else _other_lang(lang), exclude_city=pl['city'])
    kind = 'pensioner' if a['kind'] == 'pensioner' else pick(['employee', 'employee', 'pensioner'])
    e = make_person(kind, a['lang'], place=npl, given=a['given'], family=a['family'], gender=a['gender'])
    return e, None, {'name', 'familyName'}, None, {'city', 'email', 'phone', 'address'}


def hn_namesake_firm_elsewhere(a):
    pl = a['addr']['place']
    npl = rand_place(pl['lang'], exclude_city=pl['city'])
    e = base_ent(a['kind'], 'org', a['lang'])
    for k in ('core', 'legal', 'trade', 'trade_idx', 'trade_lang', 'trade_word', 'stem'):
        e[k] = a[k]
    if a['legal'] or a['uid']:
        e['uid'] = new_uid()
    if a['kind'] == 'einzelfirma' and a.get('contact') and a['contact']['family'] in a['core']:
        e['contact'] = dict(a['contact'])  # same name, another person
    else:
        e['contact'] = rand_contact(a['lang']) if chance(0.7) else None
    e['addr'] = new_address(npl)
    _org_phone_email(e, npl, freemail_p=0.2)
    return e, None, {'name'}, None, {'city', 'email', 'phone', 'address'}


JR = {'de': {'old': 'sen.', 'young': 'jun.'}, 'fr': {'old': 'père', 'young': 'fils'},
      'it': {'old': 'sen.', 'young': 'jun.'}}


def hn_parent_child(a):
    kind = 'pensioner' if a['kind'] != 'pensioner' else 'employee'
    e = base_ent(kind, 'person', a['lang'])
    e['given'], e['family'], e['gender'] = a['given'], a['family'], a['gender']
    e['birth'] = (a['birth'] or 1970) + (-28 if kind == 'pensioner' else 28)
    e['addr'] = copy.deepcopy(a['addr'])
    e['addr']['line2'] = None
    if a['phone'] and not phone_is_mobile(a['phone']) and chance(0.7):
        e['phone'] = a['phone']
    else:
        e['phone'] = new_phone('mobile')
    if chance(0.8):
        e['email'] = person_email(e['given'], e['family'], birth=e['birth'])
    if chance(0.4) and e['gender'] == 'm':
        e['name_suffix'] = JR[a['lang'] if a['lang'] in JR else 'de']['old' if kind == 'pensioner' else 'young']
    return e, None, {'name', 'familyName', 'address'}, None, {'email'}


def hn_household_member(a):
    e = base_ent('employee', 'person', a['lang'])
    s = pick(['m', 'f'])
    lang = a['lang'] if a['lang'] in GIVEN else 'de'
    g = pick(GIVEN[lang][s])
    while g in (a['given'], a.get('given2')):
        g = pick(GIVEN[lang][s])
    e['given'], e['family'], e['gender'] = g, a['family'], s
    e['birth'] = R.randint(1985, 2004)
    e['addr'] = copy.deepcopy(a['addr'])
    e['addr']['line2'] = None
    if a['phone'] and not phone_is_mobile(a['phone']) and chance(0.5):
        e['phone'] = a['phone']
    else:
        e['phone'] = new_phone('mobile')
    if chance(0.85):
        e['email'] = person_email(g, a['family'], birth=e['birth'])
    return e, None, {'familyName', 'address'}, None, {'name', 'email'}


def hn_later_occupant(a):
    lang = a['addr']['place']['lang']
    for _ in range(10):
        g, f, s = rand_person_name(lang)
        if norm_text(f) != norm_text(a['family'] or ''):
            break
    addr = copy.deepcopy(a['addr'])
    addr['line2'] = None
    e = make_person(pick(['employee', 'employee', 'pensioner']), lang, given=g, family=f, gender=s, addr=addr)
    return e, None, {'address', 'city'}, None, {'familyName', 'name', 'email', 'phone'}


def hn_owner_private(a):
    ct = a['contact']
    fp = a['addr']['place']
    if a.get('trade') == 'farm' or chance(0.35):
        addr = copy.deepcopy(a['addr'])
        addr['line2'] = None
    else:
        near = [p for p in PLACES_BY_LANG[fp['lang']] if p['area'] == fp['area']]
        addr = new_address(wpick([(p, p['weight']) for p in near]))
    e = make_person('proprietor', a['lang'], given=ct['given'], family=ct['family'], gender=ct['gender'],
                    addr=addr)
    if a['email'] and chance(0.25):
        if e['email']:
            EMAILS.discard(e['email'].casefold())
        e['email'] = a['email']
    return e, None, {'name', 'familyName'}, None, set()


def hn_owner_new_firm(a):
    owner = {'given': a['given'], 'family': a['family'], 'gender': a['gender']}
    pl = a['addr']['place']
    e = make_einzelfirma(a['lang'], pl, owner=owner, trade=pick(['coiffure', 'trade', 'trade']))
    if chance(0.5):
        ADDR_KEYS.discard(addr_key_of(e['addr']))
        e['addr'] = copy.deepcopy(a['addr'])
        e['addr']['line2'] = None
    if a['phone'] and phone_is_mobile(a['phone']) and chance(0.6):
        e['phone'] = a['phone']
    if a['email'] and chance(0.35):
        if e['email']:
            EMAILS.discard(e['email'].casefold())
        e['email'] = a['email']
    return e, None, {'name', 'familyName'}, None, set()


def hn_successor_company(a):
    ct = a['contact']
    kind = 'gmbh' if chance(0.7) else 'ag'
    e = base_ent(kind, 'org', a['lang'])
    core = a['core']
    if ct and (ct['given'] + ' ') in core and chance(0.5):
        core = core.replace(ct['given'] + ' ', '', 1)
    e['core'] = core
    e['legal'] = 'gmbh' if kind == 'gmbh' else 'ag'
    for k in ('trade', 'trade_idx', 'trade_lang', 'trade_word'):
        e[k] = a[k]
    e['stem'] = a['stem']
    e['uid'] = new_uid()
    e['contact'] = dict(ct) if ct else rand_contact(a['lang'])
    if chance(0.75):
        e['addr'] = copy.deepcopy(a['addr'])
    else:
        e['addr'] = new_address(a['addr']['place'])
    e['phone'] = a['phone'] if a['phone'] and chance(0.6) else new_phone('landline', a['addr']['place'])
    if a['email'] and chance(0.25):
        e['email'] = a['email']
    else:
        e['email'] = org_email(e, a['addr']['place'])
    return e, a['stem'], {'company_stem'}, {'address', 'phone', 'email'}, set()


def hn_sister_company(a):
    s = a['stem']
    lang = a['lang']
    secs = [x for x in STEM_SECTORS[lang] if x not in a['core']]
    core = '%s %s' % (s, pick(secs))
    kind = 'ag' if chance(0.6) else 'gmbh'
    pl = a['addr']['place']
    e = make_company(kind, lang, pl, stem=s, core=core)
    if chance(0.65):
        ADDR_KEYS.discard(addr_key_of(e['addr']))
        e['addr'] = copy.deepcopy(a['addr'])
    if a.get('domain') and a['email'] and email_domain(a['email']) == a['domain'] and chance(0.7):
        if e['email']:
            EMAILS.discard(e['email'].casefold())
        e['domain'] = a['domain']
        e['email'] = org_email(e, pl, domain=a['domain'])
    if a['phone'] and chance(0.25):
        e['phone'] = a['phone']
    return e, s, {'company_stem'}, None, {'name'}


def hn_managed_stweg(a):
    e = make_stweg(a['lang'], manager=a)
    return e, None, set(), {'email', 'phone'}, set()


def hn_sibling_stweg(a):
    # another community of the same manager, next door
    mgr = ENTS_BY_EID[a['manager']]
    m = re.match(r'(\d+)', a['addr']['no'])
    base_no = int(m.group(1)) if m else 10
    for delta in sample([2, 4, -2, 1, 3, 6, -1], 7):
        no = str(max(1, base_no + delta))
        key = (a['addr']['place']['city'], a['addr']['street'], no)
        if key not in ADDR_KEYS:
            break
    e = make_stweg(a['lang'], manager=mgr, place=a['addr']['place'], street=a['addr']['street'], no=no)
    return e, a['addr']['street'], {'company_stem', 'city'}, {'email', 'phone'}, {'address'}


def hn_estate_vs_heir(a):
    e = make_estate(a['lang'], heir=a)
    return e, None, {'address'}, {'email', 'phone', 'familyName'}, {'name'}


def hn_association_treasurer(a):
    ct = {'given': a['given'], 'family': a['family'], 'gender': a['gender']}
    pl = a['addr']['place']
    e = make_verein(pl['lang'], place=pl, contact=ct)
    r = R.random()
    if a['email'] and r < 0.6:
        if e['email']:
            EMAILS.discard(e['email'].casefold())
        e['email'] = a['email']
    if a['phone'] and (r >= 0.6 or chance(0.4)):
        e['phone'] = a['phone']
    if chance(0.4) or not (a['email'] or a['phone']):
        ADDR_KEYS.discard(addr_key_of(e['addr']))
        e['addr'] = copy.deepcopy(a['addr'])
        e['addr']['line2'] = ('co', '%s %s' % (a['given'], a['family']))
    return e, None, {'name'}, {'email', 'phone', 'address'}, set()


def hn_practice_colleague(a):
    pl = a['addr']['place']
    e = make_praxis(a['lang'], place=pl)
    ADDR_KEYS.discard(addr_key_of(e['addr']))
    e['addr'] = copy.deepcopy(a['addr'])
    e['addr']['line2'] = None
    if a['phone'] and chance(0.4):
        e['phone'] = a['phone']
    return e, None, {'address', 'city'}, None, {'name'}


UNIT_FORMS = {'de': ['Gönnerverein {c}', 'Förderverein {c}', 'Stiftung {c}', 'Veteranenvereinigung {c}'],
              'fr': ['Fondation {c}', 'Amicale {c}', 'Fonds de soutien {c}'],
              'it': ['Fondazione {c}', 'Amici {c}', 'Fondo di sostegno {c}']}


def hn_other_unit(a):
    lang = a['lang']
    form = pick(UNIT_FORMS[lang])
    core = form.format(c=a['core'])
    pl = a['addr']['place']
    if form.split()[0] in ('Stiftung', 'Fondation', 'Fondazione'):
        e = make_stiftung(lang, place=pl, core=core)
    else:
        e = make_verein(lang, place=pl)
        e['core'] = core
        e['contact'] = rand_contact(lang) if chance(0.7) else None
    e['stem'] = a['core']
    if chance(0.4):
        ADDR_KEYS.discard(addr_key_of(e['addr']))
        e['addr'] = copy.deepcopy(a['addr'])
    reset_org_email(e)
    return e, a['core'], {'company_stem', 'city'}, None, {'name'}


def _firm_has_stem(e):
    return e.get('stem') and norm_text(e['stem']) in norm_text(e['core'] or '')


HN_TYPES = [
    ('namesake_elsewhere', hn_namesake_elsewhere,
     lambda e: _plain_person(e) and e['kind'] in ('employee', 'pensioner'),
     'same name, but another person living elsewhere (own address, phone and e-mail); persons are told apart by who they are, not by name'),
    ('namesake_firm_elsewhere', hn_namesake_firm_elsewhere,
     lambda e: e['kind'] in ('einzelfirma', 'gmbh', 'ag') and _ch_addr(e) and not e.get('former')
     and e.get('trade') is not None,
     'a firm of the same name in another town with its own UID and contact data is another payer'),
    ('parent_child_same_name', hn_parent_child,
     lambda e: _plain_person(e) and e['kind'] in ('employee', 'pensioner'),
     'parent and grown child of one name are two customers, even at the same address'),
    ('household_member', hn_household_member,
     lambda e: (_plain_person(e) or e['kind'] == 'household') and _ch_addr(e),
     'a grown child or other household member files separately; only spouses filing jointly form one household customer'),
    ('later_occupant', hn_later_occupant,
     lambda e: e['party'] == 'person' and e['kind'] in ('employee', 'pensioner', 'household') and _ch_addr(e),
     'another (later) occupant of the same address is another customer'),
    ('owner_private_return', hn_owner_private,
     lambda e: e['kind'] in ('einzelfirma', 'praxis') and e.get('contact') and not e.get('owner_linked') and _ch_addr(e),
     "the owner's private tax return and the firm are two customers"),
    ('owner_new_firm', hn_owner_new_firm,
     lambda e: _plain_person(e) and e['kind'] == 'employee',
     "a client's newly founded sole proprietorship (Einzelfirma) is a separate payer from the private tax file"),
    ('successor_company', hn_successor_company,
     lambda e: e['kind'] == 'einzelfirma' and e.get('trade') not in (None, 'restaurant', 'farm')
     and _firm_has_stem(e) and _ch_addr(e),
     'an Einzelfirma continued as a GmbH / AG is a new legal entity with a new UID and a new customer'),
    ('sister_company', hn_sister_company,
     lambda e: e['kind'] in ('gmbh', 'ag') and _firm_has_stem(e) and _ch_addr(e) and not e.get('former'),
     'sister company of the same group (same stem, other UID) is a different customer'),
    ('managed_stweg', hn_managed_stweg,
     lambda e: e['kind'] == 'verwaltung' and (e['email'] or e['phone']),
     "a property manager (Verwaltung) and each StWEG / PPE it manages are different customers, even with the manager's e-mail and phone"),
    ('sibling_stweg', hn_sibling_stweg,
     lambda e: e['kind'] == 'stweg' and e.get('manager') and e['addr']['street'] in (e['core'] or ''),
     'another condominium community run by the same manager (the house next door) is a different customer'),
    ('estate_vs_heir', hn_estate_vs_heir,
     lambda e: _plain_person(e) and not e.get('owner_of'),
     'an Erbengemeinschaft / hoirie is a customer apart from its heirs, even c/o the heir'),
    ('other_trade_same_name', None,
     lambda e: e['kind'] in ('einzelfirma', 'gmbh') and e.get('trade') in TRADES and e.get('trade_word')
     and _firm_has_stem(e) and _ch_addr(e) and e['stem'] in FAMILY.get(e['lang'], []),
     'a firm of another trade with a similar name (other UID) is a different firm'),
    ('association_treasurer', hn_association_treasurer,
     lambda e: _plain_person(e) and (e['email'] or e['phone']),
     "a club paying its own invoices is a different customer from its treasurer, even with the treasurer's contact data"),
    ('practice_colleague', hn_practice_colleague,
     lambda e: e['kind'] == 'praxis' and _ch_addr(e),
     'each practitioner billing on their own account is a separate customer, even in the same practice building'),
    ('other_unit', hn_other_unit,
     lambda e: e['kind'] in ('verein', 'genossenschaft', 'stiftung') and _ch_addr(e) and len(e['core']) < 60,
     "a foundation or supporters' association set up around an organisation is a separate legal person with its own accounts"),
]


def hn_other_trade(a):
    lang = a['lang']
    fam = a['stem']
    trades = [t for t in TRADES_SOLE if t != a['trade'] and t not in ('coiffure',)]
    t = pick(trades)
    tw, idx = trade_word(t, lang)
    pl = a['addr']['place']
    kind = pick(['einzelfirma', 'gmbh'])
    e = base_ent(kind, 'org', lang)
    e['core'] = pick(['{t} {f}', '{f} {t}']).format(t=tw, f=fam)
    e['trade'], e['trade_idx'], e['trade_lang'], e['trade_word'] = t, idx, lang, tw
    e['stem'] = fam
    e['legal'] = 'gmbh' if kind == 'gmbh' else None
    e['uid'] = new_uid() if kind == 'gmbh' or chance(0.4) else None
    e['contact'] = rand_contact(lang, family=fam if chance(0.5) else None)
    e['addr'] = new_address(pl)
    _org_phone_email(e, pl, freemail_p=0.25)
    return e, fam, {'company_stem', 'city'}, None, {'name', 'address', 'phone', 'email'}


HN_TYPES = [(n, (hn_other_trade if f is None else f), p, r) for n, f, p, r in HN_TYPES]
ENTS_BY_EID = {}


# ---------------------------------------------------------------------------
# new customers (not in the accounting system yet)
# ---------------------------------------------------------------------------

NEW_ORG_MIX = [('gmbh', 28), ('ag', 14), ('einzelfirma', 22), ('kollektivgesellschaft', 4),
               ('genossenschaft', 3), ('verein', 8), ('stiftung', 4), ('stweg', 8),
               ('verwaltung', 2), ('praxis', 7)]
NEW_PERSON_MIX = [('employee', 38), ('pensioner', 20), ('grenzgaenger', 14), ('household', 22),
                  ('estate', 6)]


def too_close_to_existing(c, pools, floor=0.85):
    ck = rec_city(c)
    if not ck:
        return False
    toks = name_tokens(c)
    for pool in pools:
        for _, c2, _ in pool.by_city.get(ck, []):
            if tok_sim(toks, name_tokens(c2)) >= floor:
                return True
    return False


def make_new_entity(pools):
    for _ in range(50):
        if chance(0.65):
            kind = wpick(NEW_ORG_MIX)
            e = make_org_of_kind(kind, lang_pick())
        else:
            kind = wpick(NEW_PERSON_MIX)
            e = make_person_of_kind(kind, lang_pick())
        c, _ = render(e, 'qbo')
        clean_contact(c)
        if not too_close_to_existing(c, pools):
            return e
    raise RuntimeError('new entity')


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

def build():
    # ---- existing ----
    ents = build_existing()
    for e in ents:
        ENTS_BY_EID[e['eid']] = e
    recs = [render_existing(e) for e in ents]
    base_disp = disambiguate(recs, ents)
    order = sorted(range(len(recs)), key=lambda i: (recs[i]['displayName'].casefold(), recs[i]['displayName']))
    ex = []
    for pos, i in enumerate(order):
        ex.append({'ent': ents[i], 'contact': recs[i], 'base_display': base_disp[i], 'index': pos})
    ex_by_eid = {x['ent']['eid']: x for x in ex}
    ex_index = CityIndex()
    for x in ex:
        ex_index.add(('E', x['index']), x['contact'], x['ent']['eid'])

    incoming = []

    def add_in(item):
        item['tmp'] = len(incoming)
        incoming.append(item)
        return item

    # ---- hard negatives ----
    n_types = len(HN_TYPES)
    per_type = [150 // n_types] * n_types
    for i in range(150 - sum(per_type)):
        per_type[i] += 1
    used_anchor = set()
    for (name, builder, pred, rule), n in zip(HN_TYPES, per_type):
        made = 0
        guard = 0
        while made < n:
            guard += 1
            if guard > 400:
                raise RuntimeError('hard negatives of type %s: only %d' % (name, made))
            cands = [x for x in ex if x['ent']['eid'] not in used_anchor and pred(x['ent'])]
            if not cands:
                raise RuntimeError('no anchor for %s' % name)
            ax = pick(cands)
            a = ax['ent']
            e, stem, need_all, need_any, forbid = builder(a)
            ENTS_BY_EID[e['eid']] = e
            src = pick_source(e)
            c, hints = render(e, src)
            x = Ctx(e, e, src, ax['contact'], [], False)
            x.c = c
            x.hints = hints
            if chance(0.35):
                for op in choose_ops(x, 'light'):
                    if op[2] == 'rec' and op[0] not in ('email_case', 'typo_family', 'typo_given',
                                                        'typo_company', 'swap'):
                        op[1](x)
            clean_contact(c)
            sh = shared_items(c, ax['contact'], stem)
            if not need_all <= set(sh):
                continue
            if need_any and not (need_any & set(sh)):
                continue
            if forbid & set(sh):
                continue
            if not sh:
                continue
            used_anchor.add(a['eid'])
            changes = reconcile(c, ax['contact'], {}, 'differs', ax['base_display'])
            meta = {'category': 'hard_negative', 'kind': e['kind'], 'party': e['party'],
                    'changes': changes, 'source': src, 'anchor': a['eid'], 'anchor_index': ax['index'],
                    'hn_type': name, 'rule': rule, 'shared': sh}
            if 'company_stem' in sh:
                meta['stem'] = stem
            add_in({'eid': e['eid'], 'contact': c, 'meta': meta})
            made += 1

    # ---- new customers ----
    new_ents = []
    occ_plan = [3] * 25 + [2] * 75 + [1] * 300
    for k in occ_plan:
        e = make_new_entity([ex_index])
        ENTS_BY_EID[e['eid']] = e
        new_ents.append((e, k))
    in_index = CityIndex()
    repeats = []
    for e, k in new_ents:
        src = pick_source(e)
        c, _ = render(e, src)
        clean_contact(c)
        first = add_in({'eid': e['eid'], 'contact': c,
                        'meta': {'category': 'new', 'kind': e['kind'], 'party': e['party'],
                                 'changes': [], 'source': src}, 'occ_base': None})
        in_index.add(('I', first['tmp']), c, e['eid'])
        for _ in range(k - 1):
            r = derive_robust(e, e, c, e['eid'], None)
            it = add_in({'eid': e['eid'], 'contact': r['contact'], 'occ_base': first['tmp'],
                         'meta': {'category': 'new', 'kind': e['kind'], 'party': e['party'],
                                  'changes': r['changes'], 'source': r['source'], 'profile': r['profile'],
                                  'evidence': r['evidence'], 'findable': r['findable']}})
            repeats.append(it)

    # ---- matches ----
    match_plan = [3] * 15 + [2] * 95 + [1] * 590
    chosen = sample(ex, len(match_plan))
    for x, k in zip(chosen, match_plan):
        e = x['ent']
        for _ in range(k):
            r = derive_robust(e, e, x['contact'], e['eid'], [ex_index], None, x['base_display'])
            add_in({'eid': e['eid'], 'contact': r['contact'],
                    'meta': {'category': 'match', 'kind': e['kind'], 'party': e['party'],
                             'changes': r['changes'], 'source': r['source'], 'profile': r['profile'],
                             'evidence': r['evidence'], 'findable': r['findable'],
                             'compare_set': 'existing', 'compare_index': x['index']}})

    # every incoming record goes into the city index (for the name+city check of new repeats)
    in_index = CityIndex()
    for it in incoming:
        in_index.add(('I', it['tmp']), it['contact'], it['eid'])

    # ---- name+city findability of new repeats against the full pool ----
    for _round in range(8):
        bad = []
        for it in repeats:
            if it['meta']['findable'] != 'name+city':
                continue
            base = incoming[it['occ_base']]
            if not namecity_ok(it['contact'], base['contact'], it['eid'], [ex_index, in_index],
                               self_key=('I', it['tmp'])):
                bad.append(it)
        if not bad:
            break
        for it in bad:
            e = ENTS_BY_EID[it['eid']]
            base = incoming[it['occ_base']]
            r = derive_robust(e, e, base['contact'], e['eid'], None, allow_namecity=False)
            it['contact'] = r['contact']
            it['meta'].update({'changes': r['changes'], 'source': r['source'], 'profile': r['profile'],
                               'evidence': r['evidence'], 'findable': r['findable']})
            in_index.remove(('I', it['tmp']))
            in_index.add(('I', it['tmp']), it['contact'], it['eid'])
    else:
        raise RuntimeError('name+city findability did not converge')

    # ---- order ----
    R.shuffle(incoming)
    pos_of = {it['tmp']: p for p, it in enumerate(incoming)}
    by_ent = {}
    for p, it in enumerate(incoming):
        if it['meta']['category'] == 'new':
            by_ent.setdefault(it['eid'], []).append(p)
    for eid, ps in by_ent.items():
        base_pos = [p for p in ps if incoming[p].get('occ_base') is None][0]
        first = min(ps)
        if base_pos != first:
            incoming[base_pos], incoming[first] = incoming[first], incoming[base_pos]
    pos_of = {it['tmp']: p for p, it in enumerate(incoming)}
    occ_count = {}
    for p, it in enumerate(incoming):
        m = it['meta']
        if m['category'] == 'new':
            occ_count[it['eid']] = occ_count.get(it['eid'], 0) + 1
            m['occurrence'] = occ_count[it['eid']]
            if it.get('occ_base') is not None:
                m['compare_set'] = 'incoming'
                m['compare_index'] = pos_of[it['occ_base']]
    return ex, incoming


CONTACT_ORDER = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


def contact_out(c):
    out = {}
    for k in CONTACT_ORDER:
        if k == 'address':
            a = c['address']
            out[k] = None if a is None else {kk: a[kk] for kk in ADDR_KEYS_OUT}
        else:
            out[k] = c[k]
    return out


META_ORDER = ['category', 'kind', 'party', 'changes', 'source', 'profile', 'evidence', 'findable',
              'compare_set', 'compare_index', 'occurrence', 'anchor', 'anchor_index', 'hn_type',
              'rule', 'shared', 'stem']


def write(ex, incoming, out_dir):
    set_lines = []
    meta_lines = []
    for x in ex:
        e = x['ent']
        set_lines.append({'set': 'existing', 'entity': e['eid'], 'contact': contact_out(x['contact'])})
        meta_lines.append({'set': 'existing', 'index': x['index'], 'entity': e['eid'],
                           'category': 'existing', 'kind': e['kind'], 'party': e['party'], 'changes': []})
    for i, it in enumerate(incoming):
        set_lines.append({'set': 'incoming', 'entity': it['eid'], 'contact': contact_out(it['contact'])})
        m = {'set': 'incoming', 'index': i, 'entity': it['eid']}
        for k in META_ORDER:
            if k in it['meta']:
                m[k] = it['meta'][k]
        meta_lines.append(m)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for ln in set_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for ln in meta_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    ex, incoming = build()
    write(ex, incoming, args.out)
    cats = {}
    for it in incoming:
        cats[it['meta']['category']] = cats.get(it['meta']['category'], 0) + 1
    sys.stderr.write('existing %d, incoming %d %s\n' % (len(ex), len(incoming),
                                                      json.dumps(cats, sort_keys=True)))
    if FALLBACK_LOG:
        sys.stderr.write('untagged-by-op differences (tagged "format"): %d\n' % len(FALLBACK_LOG))
        if os.environ.get('GEN_DEBUG'):
            for row in FALLBACK_LOG[:80]:
                sys.stderr.write('  %r\n' % (row,))


if __name__ == '__main__':
    main()
