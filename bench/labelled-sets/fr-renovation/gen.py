#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - writes the fr-renovation customer record-linkage benchmark.

An invented French renovation company (Lyon) matches incoming customer
records against its QuickBooks Online France customer list.

Usage:  python3 gen.py [--out DIR]      (default: the folder of this file)
Writes set.jsonl and meta.jsonl.  Python 3 standard library only.
Deterministic: one random.Random(SEED); sets are only used for membership.
"""
import argparse
import copy
import json
import os
import random
import re
import unicodedata

SEED = 69003
N_EXISTING = 1500
N_MATCH = 825
N_NEW = 525
NEW_REPEAT_PLAN = (75, 15)          # entities seen twice, three times
HN_PLAN = [
    ('namesake_other_town', 20),
    ('spouse_same_address', 18),
    ('later_occupant', 14),
    ('neighbour_same_building', 14),
    ('father_son', 14),
    ('copro_same_syndic', 18),
    ('agence_other_town', 14),
    ('holding_vs_operating', 12),
    ('other_establishment', 12),
    ('same_core_other_trade', 14),
]
PROFILE_WEIGHTS = [('light', 30), ('medium', 40), ('harsh', 30)]

HN_RULES = {
    'namesake_other_town': "Same given and family name, but another town and postcode, and no e-mail, phone or address in common: a namesake. A true match always keeps an e-mail, phone or address.",
    'spouse_same_address': "Same home address and family name, but another given name and civility, with an own e-mail and mobile: the spouse, a separate customer (only a 'M. et Mme' household account covers both).",
    'later_occupant': "Same flat (line 1 and line 2), but an unrelated name and no e-mail or phone in common: a later tenant or owner of the flat.",
    'neighbour_same_building': "Same building (line 1) but another flat in line 2, an unrelated name and no e-mail or phone in common: a neighbour.",
    'father_son': "Same given and family name, but the name carries pere/fils, the address is another one and no e-mail or phone is shared: the father or the son, a separate customer.",
    'copro_same_syndic': "Same syndic mailbox and/or phone (shared by all copropriétés of that syndic), but another résidence name and another address: another copropriété managed by the same syndic.",
    'agence_other_town': "Same company, but the name gives another agence/town and the address and phone differ (an accounts mailbox may be common to all agences): another agence, billed separately.",
    'holding_vs_operating': "Same group (shared address and/or accounts mailbox), but the name carries holding words (Holding, Participations, Financière, Invest) and another legal form, and the phone differs: the group's other company.",
    'other_establishment': "Same brand, but another quartier/town in the name, another address and another phone: another établissement, billed separately.",
    'same_core_other_trade': "Same trade-name core, but another trade word, another town and no e-mail, phone or address in common: an unrelated company.",
}

# ---------------------------------------------------------------- text helpers
SPECIAL = {'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ł': 'l',
           'Ł': 'L', '’': "'", 'ø': 'o'}


def fold(s):
    if s is None:
        return None
    s = ''.join(SPECIAL.get(c, c) for c in s)
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(c))


def slug(s, sep='-'):
    s = fold(s).lower()
    return re.sub(r'[^a-z0-9]+', sep, s).strip(sep)


def has_accent(s):
    return s is not None and fold(s) != s


def one_edit(a, b):
    """True when Levenshtein(a, b) == 1."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(1 for x, y in zip(a, b) if x != y) == 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def del_keys(s):
    out = [s]
    for i in range(len(s)):
        k = s[:i] + s[i + 1:]
        if k not in out:
            out.append(k)
    return out


def lev(a, b):
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


AZERTY = {
    'a': 'zqs', 'z': 'aes', 'e': 'zrd', 'r': 'etf', 't': 'ryg', 'y': 'tuh',
    'u': 'yij', 'i': 'uok', 'o': 'ipl', 'p': 'om', 'q': 'asw', 's': 'qdz',
    'd': 'sfe', 'f': 'dgr', 'g': 'fht', 'h': 'gjy', 'j': 'hku', 'k': 'jli',
    'l': 'kmo', 'm': 'lp', 'w': 'xq', 'x': 'wc', 'c': 'xv', 'v': 'cb',
    'b': 'vn', 'n': 'bm',
}


def typo_word(w, rng, kinds=('sub', 'del', 'ins', 'swap', 'dup', 'phon')):
    """One keyboard/phonetic slip inside w (first letter kept)."""
    if w is None or len(w) < 4:
        return None
    for _ in range(30):
        k = rng.choice(kinds)
        i = rng.randrange(1, len(w))
        c = w[i]
        up = c.isupper()
        low = fold(c).lower()
        nw = None
        if k == 'sub' and low in AZERTY:
            r = rng.choice(AZERTY[low])
            nw = w[:i] + (r.upper() if up else r) + w[i + 1:]
        elif k == 'del' and c.isalpha():
            nw = w[:i] + w[i + 1:]
        elif k == 'ins' and low in AZERTY:
            r = rng.choice(AZERTY[low])
            nw = w[:i] + (r.upper() if up else r) + w[i:]
        elif k == 'swap' and i < len(w) - 1 and w[i] != w[i + 1] \
                and w[i].isalpha() and w[i + 1].isalpha():
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == 'dup' and c.isalpha():
            nw = w[:i] + c + w[i:]
        elif k == 'phon':
            for a, b in (('t', 'd'), ('ph', 'f'), ('y', 'i'), ('ll', 'l'), ('nn', 'n'),
                         ('ss', 's'), ('ai', 'ei'), ('au', 'o'), ('c', 'k'), ('tt', 't')):
                if rng.random() < 0.5:
                    a, b = b, a
                pos = w.lower().find(a, 1)
                if pos > 0:
                    seg = w[pos:pos + len(a)]
                    rep = b.upper() if seg.isupper() else b
                    nw = w[:pos] + rep + w[pos + len(a):]
                    break
        if nw and nw != w and fold(nw).lower() != fold(w).lower():
            return nw
    return None


def near_local(local, rng):
    """Exactly one edit (substitution, insertion or deletion) in an e-mail local part."""
    for _ in range(40):
        k = rng.choice(('sub', 'del', 'ins', 'dotdel', 'digit'))
        if k == 'dotdel' and '.' in local:
            i = local.index('.')
            nl = local[:i] + local[i + 1:]
        elif k == 'digit':
            nl = local + str(rng.randint(1, 9)) if not local[-1].isdigit() else local[:-1]
        else:
            i = rng.randrange(1, len(local))
            c = local[i]
            if c not in AZERTY:
                continue
            if k == 'sub':
                nl = local[:i] + rng.choice(AZERTY[c]) + local[i + 1:]
            elif k == 'del':
                nl = local[:i] + local[i + 1:]
            else:
                nl = local[:i] + rng.choice(AZERTY[c]) + local[i:]
        if nl and nl != local and one_edit(nl, local) and nl[0].isalnum() and nl[-1].isalnum() \
                and '..' not in nl:
            return nl
    return None


# ---------------------------------------------------------------- name data
FR_M = ("Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Christian Patrick "
        "Gérard Christophe Nicolas Frédéric Stéphane Laurent Éric Olivier Sébastien Thierry "
        "David Pascal Julien Alexandre Emmanuel François Guillaume Thomas Antoine Vincent "
        "Mathieu Maxime Benjamin Romain Hugo Lucas Raphaël Jérôme Yves Gilles Didier Serge "
        "Denis Hervé Bruno Joël Rémi Cédric Arnaud Fabien Florian Valentin Anthony Grégory "
        "Franck Loïc Benoît Xavier Marc Paul Louis Henri Gabriel Léo Clément Damien Ludovic "
        "Jonathan Kévin Adrien Quentin Aurélien Bastien Jérémy Guy Roger René Marcel Raymond "
        "Lucien Georges Robert Maurice Joseph Étienne Régis Sylvain Fabrice Hubert Dominique "
        "Claude Gaëtan Yannick Mickaël Jordan Thibault Baptiste Corentin").split()
FR_M_COMP = ["Jean-Pierre", "Jean-Claude", "Jean-Luc", "Jean-Marc", "Jean-François",
             "Jean-Michel", "Jean-Paul", "Jean-Louis", "Jean-Christophe", "Jean-Baptiste",
             "Pierre-Yves", "Marc-Antoine", "Paul-Henri", "Jean-Jacques", "Jean-Philippe"]
FR_F = ("Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine "
        "Sophie Stéphanie Céline Véronique Nicole Anne Martine Christiane Brigitte Hélène "
        "Aurélie Julie Émilie Caroline Camille Laura Sarah Léa Manon Chloé Pauline Mathilde "
        "Claire Élodie Virginie Florence Patricia Corinne Delphine Laurence Béatrice Agnès "
        "Danielle Josiane Géraldine Karine Audrey Mélanie Alexandra Charlotte Inès Noémie "
        "Margaux Océane Élisabeth Jacqueline Odile Colette Gisèle Ghislaine Annie Chantal "
        "Évelyne Muriel Carole Cécile Juliette Lucie Marion Alice Anaïs Amandine Jeanne Solène "
        "Maud Estelle Fabienne Myriam Sabine Frédérique Emmanuelle Séverine Gaëlle Joëlle").split()
FR_F_COMP = ["Marie-Claude", "Marie-Christine", "Marie-Hélène", "Anne-Marie", "Marie-Pierre",
             "Marie-France", "Anne-Sophie", "Marie-Laure", "Marie-Thérèse", "Marie-José",
             "Marie-Noëlle", "Anne-Laure", "Marie-Agnès"]
GIVEN_ORIG = {
    'pt': {'m': ["José", "Manuel", "Antonio", "Carlos", "Paulo", "Fernando", "Joaquim", "Joao", "Luis", "Rui"],
           'f': ["Maria", "Ana", "Fátima", "Conceição", "Rosa", "Isabel", "Célia", "Sandra"]},
    'it': {'m': ["Giuseppe", "Salvatore", "Antonio", "Marco", "Luca", "Giovanni", "Francesco", "Mario"],
           'f': ["Giulia", "Francesca", "Rosa", "Maria", "Angela", "Carla", "Paola"]},
    'es': {'m': ["José", "Manuel", "Francisco", "Antonio", "Miguel", "Juan", "Rafael", "Pedro"],
           'f': ["Carmen", "Pilar", "Dolores", "Isabel", "Mercedes", "Rosario", "Lucia"]},
    'mg': {'m': ["Mohamed", "Ahmed", "Karim", "Mehdi", "Rachid", "Samir", "Nordine", "Youssef",
                 "Abdelkader", "Hakim", "Farid", "Sofiane", "Bilal", "Mourad", "Kamel", "Redouane"],
           'f': ["Fatima", "Samira", "Nadia", "Leïla", "Yasmina", "Karima", "Amina", "Soraya",
                 "Malika", "Nawel", "Sonia", "Houria", "Djamila"]},
    'am': {'m': ["Aram", "Hagop", "Vahé", "Garo", "Krikor", "Ara", "Haroutioun"],
           'f': ["Anahide", "Nairi", "Araksi", "Sirvart", "Lousine"]},
    'vn': {'m': ["Van Minh", "Van Tuan", "Van Hung", "Duc Anh", "Thanh", "Quang"],
           'f': ["Thi Lan", "Thi Mai", "Thi Hoa", "Linh", "Thi Huong", "Ngoc Anh"]},
    'pl': {'m': ["Piotr", "Stanislas", "Jan", "Tomasz", "Marek", "Michał", "Andrzej"],
           'f': ["Anna", "Katarzyna", "Agnieszka", "Ewa", "Małgorzata", "Barbara"]},
}
FR_FAM = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
          "Lefebvre Michel Roux Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent "
          "Muller Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand "
          "Gauthier Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson "
          "Marchand Duval Denis Dumont Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud "
          "Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Gérard Roche Renard Schmitt Roy "
          "Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix "
          "Olivier Philippe Bourgeois Benoît Rey Leclerc Rolland Guillaume Lecomte Dupuy "
          "Guillot Hubert Berger Carpentier Dupuis Moulin Deschamps Huet Vasseur Boucher Fleury "
          "Royer Klein Jacquet Adam Poirier Marty Aubry Guyot Carré Charpentier Ménard Maillard "
          "Baron Bertin Bailly Collet Léger Bouvier Prévost Millet Perrot Cousin Germain Breton "
          "Besson Langlois Rémy Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber "
          "Mallet Hamon Monnier Michaud Guichard Gillet Étienne Poulain Tessier Chauvin Bouchet "
          "Gay Lemaître Humbert Reynaud Perret Barthélemy Cordier Pichon Lejeune Gilbert Lamy "
          "Delaunay Pasquier Carlier Laporte Bonnard Chapuis Thévenet Berthet Ravier Perrichon "
          "Guillermin Mathevon Chabert Giraudon Bessenay Dumontet Ducroz Pinet Vial Genin Gonin "
          "Chambon Jacquemet Peyrard Tardy Villard Cholat Badin Rivoire Bonnefoy Chavanne "
          "Sarrazin Crozet Tissot Favre Rochette Blanchet Brunel Mollard Cuzin Desgranges "
          "Ferrand Jourdan Magnin Bouvard Grange Charvet Mermet Bourdon Chanel Verdier Servant "
          "Lacombe Collomb Girardet Fayolle Bruyère Montagnon Journoud Riboulet Dumas Peyron").split()
FR_FAM_PART = ["de la Fontaine", "de Montfort", "de la Roche", "de Villeneuve", "du Bois",
               "Le Gall", "Le Goff", "Le Roux", "Le Bihan", "de Lattre", "du Plessis",
               "de Saint-Just", "Le Floch", "de Vaulx", "de la Salle", "Le Cornec"]
FAM_ORIG = {
    'pt': ["Da Silva", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Gonçalves", "Fernandes",
           "Lopes", "Martins", "Carvalho", "Teixeira", "De Oliveira", "Da Costa", "Pinto",
           "Ribeiro", "Monteiro", "D'Almeida", "Mendes", "Cardoso"],
    'it': ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Di Stefano", "Lo Presti",
           "Santoro", "De Luca", "Marino", "Greco", "Conti", "Gallo", "Mancini", "D'Angelo",
           "Costa", "Barbieri", "Lombardi", "Ricci"],
    'es': ["García", "Martínez", "López", "Sánchez", "Fernández", "Gómez", "Pérez", "Rodríguez",
           "Ruiz", "Jiménez", "Moreno", "Navarro", "Ortega", "Delgado", "Castillo"],
    'mg': ["Ben Ali", "Ben Salah", "Bouzid", "Haddad", "Mansouri", "Belkacem", "Boukhari", "Cherif",
           "Amrani", "Saidi", "Hamdi", "Khelifi", "Ben Amar", "Ait Ahmed", "Meziane", "Brahimi",
           "Zerrouki", "Bensaïd", "Djebbar", "Benhamou", "Toumi", "Larbi", "Bouaziz"],
    'am': ["Kévorkian", "Manoukian", "Der Petrossian", "Papazian", "Boghossian", "Hovsepian",
           "Sarkissian", "Tchakarian", "Khatchadourian", "Arakelian", "Aznavourian"],
    'vn': ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Truong", "Phan"],
    'pl': ["Kowalski", "Nowak", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
           "Wiśniewski", "Dąbrowski", "Mazur", "Krawczyk"],
}
ORIGINS = [('fr', 70), ('pt', 6), ('it', 6), ('es', 4), ('mg', 8), ('am', 2), ('vn', 2), ('pl', 2)]

NICK = {
    'Frédéric': ['Fred'], 'Frédérique': ['Fred'], 'Emmanuel': ['Manu'], 'Emmanuelle': ['Manue'],
    'Alexandre': ['Alex'], 'Alexandra': ['Alex'], 'Nicolas': ['Nico'], 'Sébastien': ['Seb', 'Séb'],
    'Stéphane': ['Steph', 'Stéph'], 'Stéphanie': ['Steph', 'Stéph'], 'Christophe': ['Chris'],
    'Christine': ['Chris'], 'Catherine': ['Cathy', 'Cath'], 'Isabelle': ['Isa'],
    'Valérie': ['Val'], 'Valentin': ['Val'], 'Philippe': ['Phil'], 'Maxime': ['Max'],
    'Thomas': ['Tom'], 'Patrick': ['Pat'], 'Patricia': ['Pat', 'Patou'], 'Benjamin': ['Ben'],
    'Anthony': ['Tony'], 'Caroline': ['Caro'], 'Véronique': ['Véro'], 'Béatrice': ['Béa'],
    'Élisabeth': ['Babeth'], 'Joseph': ['Jo'], 'Raphaël': ['Raph'], 'Florence': ['Flo'],
    'Florian': ['Flo'], 'Jérémy': ['Jérem'], 'Abdelkader': ['Kader'], 'Giuseppe': ['Pino'],
    'Francisco': ['Paco'], 'Dominique': ['Dom'], 'Aurélien': ['Aurel'], 'Mohamed': ['Momo'],
    'Salvatore': ['Toto'], 'Anne-Sophie': ['Anne-So'], 'Marie-Christine': ['Marie-Chris'],
}
GIVEN_VAR = {
    'Mohamed': ['Mohammed', 'Mohamad', 'Mohammad'], 'Mehdi': ['Medhi'], 'Youssef': ['Youcef', 'Yousef'],
    'Abdelkader': ['Abdel Kader', 'Abdel-Kader'], 'Leïla': ['Leila', 'Layla'], 'Nordine': ['Nordin', 'Nourdine'],
    'Sofiane': ['Soufiane'], 'Redouane': ['Redwane', 'Ridouane'], 'Kamel': ['Kamal'],
    'Fatima': ['Fatma', 'Fatimah'], 'Joao': ['João'], 'Giuseppe': ['Guiseppe'], 'Stanislas': ['Stanislaw'],
    'Michał': ['Michal', 'Michel'], 'Katarzyna': ['Katarzina'], 'Hagop': ['Agop'], 'Vahé': ['Vahe'],
    'Van Minh': ['Van-Minh', 'Minh'], 'Thi Lan': ['Thi-Lan', 'Lan'], 'Duc Anh': ['Duc-Anh'],
    'Thi Mai': ['Mai'], 'Thi Hoa': ['Hoa'], 'Thi Huong': ['Huong'], 'Van Tuan': ['Tuan'],
    'Van Hung': ['Hung'], 'Ngoc Anh': ['Ngoc-Anh'], 'Anahide': ['Anahid'], 'Haroutioun': ['Harout'],
    'Mickaël': ['Michaël', 'Mikaël'], 'Gaëlle': ['Gaelle'], 'Yannick': ['Yanick'],
    'Małgorzata': ['Malgorzata', 'Margot'], 'Luis': ['Louis'],
}
FAM_VAR = {
    'Ben Ali': ['Benali', 'Ben-Ali'], 'Ben Salah': ['Bensalah', 'Ben-Salah'], 'Ben Amar': ['Benamar'],
    'Ait Ahmed': ['Aït Ahmed', 'Ait-Ahmed', 'Aitahmed'], 'Da Silva': ['Dasilva', 'Da-Silva', 'DaSilva'],
    'Dos Santos': ['Dossantos', 'Dos-Santos'], 'De Oliveira': ['Deoliveira', "D'Oliveira"],
    'Da Costa': ['Dacosta', 'Da-Costa'], 'Di Stefano': ['Distefano', 'Di-Stefano'],
    'Lo Presti': ['Lopresti'], 'De Luca': ['Deluca'], "D'Angelo": ['Dangelo', 'D Angelo'],
    "D'Almeida": ['Dalmeida', 'D Almeida', 'De Almeida'], 'Der Petrossian': ['Derpetrossian', 'Der-Petrossian', 'Ter-Petrossian'],
    'Kévorkian': ['Kevorkian', 'Kévorkyan'], 'Wójcik': ['Wojcik', 'Woicik'], 'Kowalski': ['Kowalsky'],
    'Boukhari': ['Boukhary'], 'Cherif': ['Chérif', 'Chrif'], 'Haddad': ['Hadad'],
    'Mansouri': ['Mansoury'], 'Gonçalves': ['Goncalves'], 'Fernandes': ['Fernandez'],
    'Rodrigues': ['Rodriguez'], 'Muller': ['Müller', 'Mueller'], 'Schmitt': ['Schmidt'],
    'Lefebvre': ['Lefèbvre', 'Lefebre'], 'Dupont': ['Dupond'], 'Bensaïd': ['Bensaid', 'Ben Saïd'],
    'Saidi': ['Saïdi'], 'Zieliński': ['Zielinski'], 'Kamiński': ['Kaminski'], 'Lewandowski': ['Lewandowsky'],
    'Szymański': ['Szymanski'], 'Wiśniewski': ['Wisniewski'], 'Dąbrowski': ['Dabrowski'],
    'Tchakarian': ['Tchakarjan'], 'Khatchadourian': ['Khachadourian'], 'Papazian': ['Papazyan'],
    'Hovsepian': ['Ovsepian'], 'Meziane': ['Méziane'], 'Benhamou': ['Ben Hamou', 'Ben-Hamou'],
}
CIVF = {'M.': ['M.', 'M', 'Monsieur', 'Mr', 'M.'],
        'Mme': ['Mme', 'Mme.', 'Madame', 'MME', 'Mme'],
        'Mlle': ['Mlle', 'Melle', 'Mademoiselle', 'MLLE', 'Mlle']}
HH_SAME = ['M. et Mme {G} {F}', 'M. et Mme {F}', 'M. & Mme {F}', 'Mr et Mme {F}', '{FU} {G} et {G2}',
           '{G} et {G2} {F}', 'Époux {F}', 'M. et Mme {FU}', 'Famille {F}', 'M. et Mme {FU} {G}']
HH_DIFF = ['M. {F} et Mme {F2}', '{G} {F} et {G2} {F2}', '{FU} {G} et {FU2} {G2}',
           'M. {G} {F} et Mme {G2} {F2}', 'M. et Mme {F} - {F2}', '{F} / {F2}']

PROVIDERS = [('orange.fr', 18), ('wanadoo.fr', 8), ('free.fr', 12), ('sfr.fr', 7), ('laposte.net', 7),
             ('gmail.com', 28), ('hotmail.fr', 9), ('yahoo.fr', 6), ('outlook.fr', 3), ('neuf.fr', 1),
             ('aliceadsl.fr', 1)]
ISP = [p for p, _ in PROVIDERS]
DOMAIN_TYPO = {'gmail.com': ['gmial.com', 'gmail.fr', 'gmal.com', 'gmail.con'],
               'orange.fr': ['orange.fe', 'ornage.fr', 'orange.com'],
               'wanadoo.fr': ['wanado.fr', 'wanadoo.com', 'wanadou.fr'],
               'free.fr': ['fre.fr', 'free.com'], 'sfr.fr': ['sfr.com', 'srf.fr'],
               'laposte.net': ['laposte.fr', 'lapost.net'], 'hotmail.fr': ['hotmial.fr', 'hotmail.com', 'hotmai.fr'],
               'yahoo.fr': ['yahoo.com', 'yaho.fr'], 'outlook.fr': ['outlook.com', 'outlok.fr'],
               'neuf.fr': ['neuf.com'], 'aliceadsl.fr': ['alice.fr']}

# ---------------------------------------------------------------- geography
# (city, postcode or None for arrondissements, dept, weight, urban)
TOWNS = [
    ('Lyon', None, '69', 34, True), ('Villeurbanne', '69100', '69', 7, True),
    ('Vénissieux', '69200', '69', 2, True), ('Caluire-et-Cuire', '69300', '69', 3, True),
    ('Bron', '69500', '69', 2, True), ('Saint-Priest', '69800', '69', 2, True),
    ('Vaulx-en-Velin', '69120', '69', 2, True), ('Écully', '69130', '69', 2, True),
    ('Tassin-la-Demi-Lune', '69160', '69', 2, True), ('Oullins', '69600', '69', 2, True),
    ('Sainte-Foy-lès-Lyon', '69110', '69', 2, True), ('Décines-Charpieu', '69150', '69', 1, True),
    ('Meyzieu', '69330', '69', 1, True), ('Rillieux-la-Pape', '69140', '69', 1, True),
    ('Saint-Genis-Laval', '69230', '69', 1, True), ('Limonest', '69760', '69', 1, False),
    ("Champagne-au-Mont-d'Or", '69410', '69', 1, False), ('Villefranche-sur-Saône', '69400', '69', 2, True),
    ('Givors', '69700', '69', 1, True), ('Craponne', '69290', '69', 1, False),
    ('Francheville', '69340', '69', 1, False), ("Saint-Didier-au-Mont-d'Or", '69370', '69', 1, False),
    ('Dardilly', '69570', '69', 1, False), ('Genas', '69740', '69', 1, False),
    ('Chassieu', '69680', '69', 1, False), ('Mions', '69780', '69', 1, False),
    ('Brignais', '69530', '69', 1, False), ('Irigny', '69540', '69', 1, False),
    ('Pierre-Bénite', '69310', '69', 1, True), ('Neuville-sur-Saône', '69250', '69', 1, False),
    ("L'Arbresle", '69210', '69', 1, False), ('Anse', '69480', '69', 1, False),
    ('Tarare', '69170', '69', 1, False), ('La Mulatière', '69350', '69', 1, True),
    ('Vaugneray', '69670', '69', 1, False), ('Mornant', '69440', '69', 1, False),
    ('Saint-Symphorien-sur-Coise', '69590', '69', 1, False), ("Chazay-d'Azergues", '69380', '69', 1, False),
    ('Beaujeu', '69430', '69', 1, False), ('Saint-Laurent-de-Chamousset', '69930', '69', 1, False),
    ('Saint-Étienne', '42000', '42', 2, True), ('Saint-Étienne', '42100', '42', 1, True),
    ('Roanne', '42300', '42', 1, True), ('Saint-Chamond', '42400', '42', 1, True),
    ('Grenoble', '38000', '38', 2, True), ('Grenoble', '38100', '38', 1, True),
    ('Échirolles', '38130', '38', 1, True), ('Meylan', '38240', '38', 1, True),
    ('Vienne', '38200', '38', 1, True), ('Bourgoin-Jallieu', '38300', '38', 1, True),
    ('Crémieu', '38460', '38', 1, False), ('Saint-Marcellin', '38160', '38', 1, False),
    ('Annecy', '74000', '74', 2, True), ('Annemasse', '74100', '74', 1, True),
    ('Thônes', '74230', '74', 1, False), ('Chambéry', '73000', '73', 2, True),
    ('Aix-les-Bains', '73100', '73', 1, True), ('Bourg-en-Bresse', '01000', '01', 1, True),
    ('Miribel', '01700', '01', 1, False), ('Trévoux', '01600', '01', 1, False),
    ('Oyonnax', '01100', '01', 1, True), ('Belley', '01300', '01', 1, False),
    ('Valence', '26000', '26', 1, True), ('Montélimar', '26200', '26', 1, True),
    ('Clermont-Ferrand', '63000', '63', 1, True),
    ('Paris', None, '75', 14, True), ('Boulogne-Billancourt', '92100', '92', 2, True),
    ('Neuilly-sur-Seine', '92200', '92', 1, True), ('Levallois-Perret', '92300', '92', 1, True),
    ('Issy-les-Moulineaux', '92130', '92', 1, True), ('Courbevoie', '92400', '92', 1, True),
    ('Rueil-Malmaison', '92500', '92', 1, True), ('Nanterre', '92000', '92', 1, True),
    ('Clichy', '92110', '92', 1, True), ('Montreuil', '93100', '93', 1, True),
    ('Saint-Denis', '93200', '93', 1, True), ('Vincennes', '94300', '94', 1, True),
    ('Saint-Maur-des-Fossés', '94100', '94', 1, True), ('Créteil', '94000', '94', 1, True),
    ('Ivry-sur-Seine', '94200', '94', 1, True), ('Nogent-sur-Marne', '94130', '94', 1, True),
    ('Versailles', '78000', '78', 1, True), ('Saint-Germain-en-Laye', '78100', '78', 1, True),
    ('Argenteuil', '95100', '95', 1, True), ('Massy', '91300', '91', 1, True),
    ('Meaux', '77100', '77', 1, True),
]
DEPTS = {
    '69': ('Rhône', 'ARA', ['72', '78', '37', '26', '27']), '42': ('Loire', 'ARA', ['77']),
    '38': ('Isère', 'ARA', ['76', '74']), '74': ('Haute-Savoie', 'ARA', ['50']),
    '73': ('Savoie', 'ARA', ['79']), '01': ('Ain', 'ARA', ['74']), '26': ('Drôme', 'ARA', ['75']),
    '63': ('Puy-de-Dôme', 'ARA', ['73']), '75': ('Paris', 'IDF', None),
    '92': ('Hauts-de-Seine', 'IDF', None), '93': ('Seine-Saint-Denis', 'IDF', None),
    '94': ('Val-de-Marne', 'IDF', None), '78': ('Yvelines', 'IDF', None),
    '91': ('Essonne', 'IDF', None), '95': ("Val-d'Oise", 'IDF', None), '77': ('Seine-et-Marne', 'IDF', None),
}
IDF_PFX = ['40', '42', '43', '44', '45', '46', '47', '48', '53', '55', '56', '39', '30', '34', '60', '64', '69']
REGIONS = {'ARA': ['Auvergne-Rhône-Alpes', 'Auvergne-Rhone-Alpes', 'ARA', 'AURA'],
           'IDF': ['Île-de-France', 'Ile-de-France', 'IDF', 'Ile de France']}
LYON_ARR_W = [2, 3, 4, 2, 2, 4, 3, 3, 2]
LYON_QUARTIERS = [('Croix-Rousse', 4), ('Part-Dieu', 3), ('Monplaisir', 8), ('Vieux Lyon', 5),
                  ('Confluence', 2), ('Brotteaux', 6), ('Gerland', 7), ('Vaise', 9), ('Montchat', 3),
                  ('Guillotière', 7), ('Jean Macé', 7), ('Saint-Paul', 5), ('Perrache', 2),
                  ('Bellecour', 2), ('Terreaux', 1), ('Saxe', 3), ('Foch', 6), ('Grange Blanche', 8)]

STREET_NAMES = [
    'Victor Hugo', 'de la République', 'Jean Jaurès', 'du Général de Gaulle', 'Pasteur', 'Gambetta',
    'de la Gare', 'des Écoles', "de l'Église", 'Voltaire', 'Émile Zola', 'Paul Bert', 'Garibaldi',
    'Duguesclin', 'Vendôme', 'Créqui', 'Servient', 'Marietton', 'Saint-Jean', 'des Tilleuls',
    'du Moulin', 'des Lilas', 'de la Liberté', 'Anatole France', 'Jules Ferry', 'Lamartine', 'Carnot',
    'du Maréchal Foch', 'Édouard Herriot', 'Jean Moulin', 'Antoine Lumière', 'des Acacias',
    'du Château', 'de Verdun', 'Saint-Exupéry', 'Marcel Pagnol', 'Paul Vaillant-Couturier', 'Molière',
    'de la Paix', 'des Peupliers', 'du Stade', 'du Lavoir', 'Sainte-Catherine', 'Saint-Georges',
    'de Bonnel', 'Tronchet', 'Vauban', 'de Marseille', 'de Sèze', 'Bugeaud', 'de Condé', 'Franklin',
    'Denfert-Rochereau', 'des Rosiers', 'Claude Bernard', 'du Docteur Roux', 'du Président Wilson',
    'de la Mairie', 'des Vignes', 'des Cerisiers', 'du Lac', 'de la Source', 'des Fleurs',
    'du Commerce', 'de Bourgogne', 'de Savoie', 'du Dauphiné', 'Saint-Antoine', 'Saint-Vincent',
    'des Marronniers', 'Berthelot', 'Félix Faure', 'Jean Macé', 'de Gerland', 'de Vaise',
    'des Chartreux', 'Sully', 'Masséna', 'de la Croix-Rousse', 'du 8 Mai 1945', 'du 11 Novembre',
    'Alsace-Lorraine', 'de Provence', 'Pierre Corneille', 'Racine', 'Montesquieu', 'Louis Blanc',
    'Danton', 'des Charmettes', 'Ney', "de la Tête d'Or", 'Boileau', 'de la Charité', 'Mercière',
    'Dumenge', 'Dunoyer', 'du Faubourg Saint-Antoine', 'du Faubourg Saint-Denis', 'Oberkampf',
    'de Charonne', 'des Martyrs', 'Lepic', 'de la Roquette', 'de Belleville', 'Championnet',
    'des Pyrénées', 'de la Convention', 'Lecourbe', 'de Vaugirard', 'de Clichy',
    'du Maréchal Leclerc', 'Aristide Briand', 'Henri Barbusse', 'Gabriel Péri', 'Roger Salengro',
    'Salvador Allende', 'Jean-Baptiste Clément', 'des Alpes', 'du Vercors', 'de Chartreuse',
    'de Belledonne', 'des Glières', 'du Mont-Blanc', 'Sainte-Anne', 'Saint-Martin',
    'du Général Leclerc', 'des Jardins', 'de Lorraine', 'Francis de Pressensé', 'Pierre Brossolette',
]
STYPES = [('rue', 55), ('avenue', 12), ('boulevard', 4), ('chemin', 7), ('impasse', 5), ('allée', 5),
          ('place', 2), ('route', 5), ('quai', 2), ('cours', 2), ('montée', 1)]
STYPE_FORMS = {
    'rue': ['rue', 'Rue', 'R.', 'RUE'], 'avenue': ['avenue', 'Avenue', 'Av.', 'av', 'Ave'],
    'boulevard': ['boulevard', 'Boulevard', 'Bd', 'bd', 'Bld'], 'chemin': ['chemin', 'Chemin', 'Ch.', 'Chem.'],
    'impasse': ['impasse', 'Impasse', 'Imp.', 'imp'], 'allée': ['allée', 'Allée', 'All.', 'allee'],
    'place': ['place', 'Place', 'Pl.', 'pl'], 'route': ['route', 'Route', 'Rte', 'rte'],
    'quai': ['quai', 'Quai', 'Quai', 'quai'], 'cours': ['cours', 'Cours', 'Crs', 'crs'],
    'montée': ['montée', 'Montée', 'Mte', 'montee'],
}
SUF_FORMS = {'bis': [' bis', 'bis', ' B', 'B', ' Bis'], 'ter': [' ter', 'ter', ' T', 'T', ' Ter']}
LD_FORMS = ['Lieu-dit', 'Lieudit', 'Lieu dit', 'LD', '']
LD_NAMES = ['Les Granges', 'Le Bourg', 'La Combe', 'Les Trois Chênes', 'Le Mollard', 'La Croix Blanche',
            'Les Essarts', 'Le Plat', 'La Grange Neuve', 'Montvert', 'Le Bois Joli', 'Les Varennes',
            'La Côte', 'Le Crêt', 'Les Fougères', 'La Chanal', 'Le Pilon', 'Les Molières']
L2F = {'apt': ['Apt {v}', 'Appt {v}', 'Appartement {v}', 'App. {v}'],
       'bat': ['Bât. {v}', 'Bâtiment {v}', 'Bat {v}', 'Bât {v}'],
       'esc': ['Escalier {v}', 'Esc. {v}', 'Esc {v}', 'Escalier {v}'],
       'etage': ['{v}e étage', 'Étage {v}', '{v}ème étage', '{v}e ét.'],
       'res': ['Résidence {v}', 'Rés. {v}', 'Résid. {v}', 'Résidence {v}'],
       'bp': ['BP {v}', 'B.P. {v}', 'BP{v}', 'BP {v}'],
       'co': ['c/o {v}', 'C/O {v}', 'chez {v}', 'c/o {v}'],
       'za': ['ZA {v}', 'Zone artisanale {v}', 'Z.A. {v}', 'ZA {v}'],
       'zi': ['ZI {v}', 'Zone industrielle {v}', 'Z.I. {v}', 'ZI {v}']}
L2_SEPS = [', ', ' - ', ' ', ' / ']
ZONE_NAMES = ['des Bruyères', 'du Chêne', 'de la Plaine', 'des Platières', 'du Moulin', 'Les Pierres',
              'de Champ Dolin', 'des Tuileries', 'du Perollier', 'Sud', 'Nord', 'des Granges']
RES_NAMES = ['Les Tilleuls', 'Le Clos Fleuri', 'Les Jardins de Saint-Just', 'Le Belvédère',
             'Les Terrasses du Rhône', 'Le Panoramique', 'Les Cèdres', 'Villa Monplaisir',
             'Le Carré Saint-Paul', 'Les Hauts de Fourvière', 'Le Domaine des Saules', 'Les Acacias',
             'Le Parc Montchat', 'Les Marronniers', "L'Orangerie", 'Le Saint-Exupéry',
             'Les Balcons de la Saône', 'Le Bellevue', 'Les Platanes', 'Le Clos des Lilas',
             'Les Glycines', "Le Jardin d'Ainay", 'Les Érables', 'Le Central', "L'Horizon",
             'Les Peupliers', 'Le Victor Hugo', 'Les Charmilles', 'Le Square Gambetta', 'Les Iris',
             'Le Rond-Point', "Le Parc de l'Europe", 'Les Mimosas', 'Le Patio', 'Les Jardins du Lac',
             'Le Roosevelt', "Les Rives de l'Yzeron", "L'Arche", 'Les Pins', 'Le Sévigné', 'Les Ormes',
             'Le Florence', 'Les Magnolias', 'Le Majestic', "L'Ambassadeur", 'Les Primevères',
             'Le Concorde', 'Les Hespérides', 'Le Vendôme', 'Les Lauriers', 'Le Parc Saint-Rambert',
             'Les Coteaux', 'Le Montaigne', 'Les Bruyères', 'Le Clos Saint-Irénée', 'Les Châtaigniers',
             'Le Trianon', 'Les Jonquilles', 'Les Alizés', 'Le Mermoz', 'Les Tonneliers', 'Le Kléber',
             'Les Cyprès', 'Le Beau Site', 'Les Sorbiers', 'Le Colombier', 'Les Airelles', 'Le Grand Large',
             'Les Tuileries', 'Le Vercors', 'Les Remparts', 'Le Pré Vert']

# ---------------------------------------------------------------- organisation data
TRADES_BUILD = ['Plomberie', 'Chauffage', 'Électricité', 'Menuiserie', 'Peinture', 'Couverture',
                'Maçonnerie', 'Carrelage', 'Serrurerie', 'Climatisation', 'Agencement', 'Rénovation',
                'Bâtiment', 'Énergie', 'Paysage', 'Nettoyage', 'Sécurité']
TRADES_SERV = ['Transports', 'Automobiles', 'Immobilier', 'Conseil', 'Informatique', 'Architecture',
               'Coiffure', 'Optique', 'Traiteur', 'Négoce', 'Distribution', 'Ingénierie', 'Expertise',
               'Patrimoine', 'Services', 'Logistique', 'Textile', 'Communication', 'Événements',
               'Assurances', 'Diffusion', 'Développement', 'Formation', 'Santé']
TRADES = TRADES_BUILD + TRADES_SERV
SHOP_HEADS = ['Garage', 'Boucherie', 'Pharmacie', 'Imprimerie', 'Fromagerie', 'Librairie', 'Fleurs',
              'Pressing', 'Cave', 'Quincaillerie', 'Épicerie', 'Charcuterie', 'Auto-école', 'Droguerie']
BRANDS = ['Altéa', 'Domaxis', 'Lumen', 'Novéa', 'Kalidéa', 'Oréa', 'Arcane', 'Hélios', 'Véga', 'Azur',
          'Horizon', 'Cristal', 'Orion', 'Boréal', 'Atlas', 'Ocre', 'Rhodan', 'Fourvière', 'Bellecour',
          'Canut', 'Lumière', 'Confluence', "Presqu'île", 'Terreaux', 'Gerland', 'Monplaisir',
          'Saint-Clair', 'Croix-Rousse', 'Brotteaux', 'Vercors', 'Chartreuse', 'Belledonne',
          'Mont-Blanc', 'Beaujolais', 'Dauphiné', 'Alpha', 'Delta', 'Sigma', 'Oméga', 'Nova', 'Aster',
          'Iris', 'Cèdre', 'Tilia', 'Kaolin', 'Basalte', 'Granit', 'Ardoise', 'Silex', 'Quartz',
          'Ambre', 'Sextant', 'Boussole', 'Cap Horn', 'Archipel', 'Pilat', 'Yzeron', 'Azergues',
          'Brévenne', 'Garon', 'Sérézin', 'Solaris', 'Ténéré', 'Zénith', 'Myriade', 'Odyssée',
          'Aurore', 'Équinoxe', 'Mistral', 'Sirocco', 'Tramontane', 'Caravelle', 'Galaxie']
LEGAL_FMT = {'SARL': ['SARL', 'S.A.R.L.', 'Sarl', 'S.A.R.L', 'SARL'], 'SAS': ['SAS', 'S.A.S.', 'Sas', 'S.A.S', 'SAS'],
             'SASU': ['SASU', 'S.A.S.U.', 'Sasu', 'S.A.S.U', 'SASU'], 'EURL': ['EURL', 'E.U.R.L.', 'Eurl', 'E.U.R.L', 'EURL'],
             'SA': ['SA', 'S.A.', 'S.A', 'SA', 'SA'], 'SNC': ['SNC', 'S.N.C.', 'Snc', 'S.N.C', 'SNC'],
             'SCI': ['SCI', 'S.C.I.', 'Sci', 'S.C.I', 'SCI'], 'EI': ['EI', 'E.I.', 'Entreprise individuelle', 'EI auto-entrepreneur', 'micro-entreprise'],
             'SCM': ['SCM', 'S.C.M.', 'Scm', 'S.C.M', 'SCM'], 'SC': ['SC', 'S.C.', 'Société civile', 'SC', 'SC'],
             'SELARL': ['SELARL', 'S.E.L.A.R.L.', 'Selarl', 'SELARL', 'SELARL']}
COMPANY_LEGAL = [('SARL', 35), ('SAS', 30), ('SASU', 10), ('EURL', 10), ('SA', 5), ('SNC', 4), (None, 6)]
ETS_HEADS = ['Établissements', 'Ets', 'Ets.', 'ETS', 'Etablissements']
SOC_HEADS = ['', 'Société', 'Sté']
FILS_FORMS = {'fils': ['& Fils', 'et Fils', 'Et Fils', '& fils', 'et fils'],
              'freres': ['Frères', 'Freres', 'Fr.', 'frères', 'Frères'],
              'cie': ['& Cie', 'et Cie', '& Compagnie', 'et Compagnie', '& Cie']}
COPRO_HEADS = ['Syndicat des copropriétaires', 'SDC', 'Synd. Copro.', 'Syndicat des Copropriétaires',
               'Copropriété', 'Synd. des copropriétaires', 'Syndic. copropriétaires']
RES_HEADS = ['Résidence', 'Résid.', 'Rés.', '', 'RESIDENCE']
MAIRIE_HEADS = ['Mairie de', 'Commune de', 'Ville de', 'Mairie', 'MAIRIE DE']
MAIRIE_QUAL = ['- Services techniques', 'Services Techniques', '- Serv. techniques', 'ST', '- Services Techniques']
SCHOOL_TYPES = {
    'elem': ['École élémentaire', 'Ecole élémentaire', 'École élém.', 'École primaire', 'Ecole primaire'],
    'mat': ['École maternelle', 'Ecole maternelle', 'École mat.', 'Maternelle', 'Ecole Maternelle'],
    'gs': ['Groupe scolaire', 'Groupe Scolaire', 'GS', 'Gpe scolaire', 'Groupe scolaire'],
    'priv': ['École privée', 'Ecole privée', 'OGEC École', 'Ensemble scolaire', 'École privée'],
    'college': ['Collège', 'College', 'Collège privé', 'Collège', 'Clg'],
}
SCHOOL_NAMES = ['Jean Macé', 'Jules Ferry', 'Louis Pasteur', 'Les Marronniers', 'Anatole France',
                'Victor Hugo', 'Jean Moulin', 'Les Tilleuls', 'Condorcet', 'Paul Bert', 'Jean de la Fontaine',
                'Charles Perrault', 'Les Cerisiers', 'Marie Curie', 'Jacques Prévert', 'Antoine de Saint-Exupéry',
                'Albert Camus', 'Les Érables', 'Pierre et Marie Curie', 'Lamartine', 'Les Acacias',
                'Simone Veil', 'Robert Doisneau', 'Françoise Dolto', 'Joliot-Curie', 'Montessori du Parc']
SCHOOL_PRIV = ['Sainte-Marie', 'Saint-Joseph', 'Notre-Dame', 'Saint-Charles', 'Sainte-Thérèse',
               'Saint-Louis', 'Sainte-Famille', 'Saint-Bruno']
EHPAD_HEADS = ['EHPAD', 'Ehpad', 'E.H.P.A.D.', 'EHPAD Résidence', 'Résidence']
EHPAD_NAMES = ['Les Jardins d\'Automne', 'Le Val Fleuri', 'Les Balcons de Saône', 'La Roseraie',
               'Les Glycines', 'Le Clos des Vignes', 'La Maison du Lac', 'Les Hortensias', 'Villa Saint-Joseph',
               'Les Magnolias', 'Le Grand Chêne', 'Les Tournesols', 'La Chênaie', 'Le Parc des Sources',
               'Les Arcades', 'La Sérénité', 'Les Pervenches', 'Le Montlouis', 'Les Quatre Saisons',
               'Le Jardin des Cèdres', 'Les Églantines', 'La Colline']
HOTEL_CORES = ['Hôtel du Parc', 'Hôtel de la Gare', 'Hôtel des Célestins', 'Hôtel Le Saint-Vincent',
               'Hôtel Bellevue', 'Hôtel du Théâtre', 'Hôtel des Voyageurs', 'Grand Hôtel de la Poste',
               'Hôtel Le Lumière', 'Hôtel des Alpes', 'Hôtel du Lac', 'Hôtel Le Chalet', 'Hôtel de la Place',
               'Hôtel du Commerce', 'Hôtel Le Relais', 'Hôtel des Canuts', 'Hôtel de Savoie',
               'Hôtel du Midi', 'Hôtel Les Tilleuls', 'Hôtel Le Belvédère', 'Hôtel de la Croix-Rousse',
               'Hôtel du Beaujolais', 'Hôtel Saint-Georges', 'Hôtel des Arts', 'Hôtel Le Carré',
               'Hôtel de Bourgogne', 'Hôtel du Rhône', 'Hôtel Les Remparts', 'Hôtel du Dauphiné',
               'Hôtel Le Marais', 'Hôtel Montmartre Étoile', 'Hôtel du Château']
MED_KINDS = [
    (['Cabinet médical', 'Cabinet Médical', 'Cab. médical', 'Cabinet médical', 'Cabinet Medical'], 'place'),
    (['Cabinet dentaire', 'Cabinet Dentaire', 'Cab. dentaire', 'Cabinet dentaire', 'Centre dentaire'], 'doctor'),
    (['Cabinet de kinésithérapie', 'Cabinet kiné', 'Kinésithérapie', 'Cabinet de kiné', 'Cabinet de Kinésithérapie'], 'place'),
    (['Centre médical', 'Centre Médical', 'Ctre médical', 'Centre médical', 'Centre medical'], 'place'),
    (['Cabinet infirmier', 'Cabinet Infirmier', 'Cab. infirmier', 'Cabinet infirmier', 'Cabinet infirmier'], 'place'),
    (['Cabinet vétérinaire', 'Clinique vétérinaire', 'Cab. vétérinaire', 'Cabinet Vétérinaire', 'Cabinet veterinaire'], 'place'),
]
MED_PLACES = ['des Brotteaux', 'du Parc', 'Garibaldi', 'de la Mairie', 'des Lilas', 'du Centre',
              'Saint-Jean', 'des Tilleuls', 'de la Gare', 'du Plateau', 'Monplaisir', 'des Charmettes',
              'Pasteur', 'Victor Hugo', 'du Vieux Bourg', 'des Peupliers', 'Bellevue', 'de la Place']
RESTO_CORES = ['Le Petit Canut', 'La Table de Marius', 'Le Comptoir du Marché', 'Chez Paulette',
               'Le Bouchon des Pentes', 'La Mère Brazier du Coin', 'Le Café des Arts', 'La Terrasse',
               "L'Auberge du Pont", 'Le Vieux Four', 'La Bonne Franquette', 'Le Bistrot de la Place',
               'Le Relais des Monts', 'La Cantine de Lucie', 'Le Zinc', 'Le Garde-Manger',
               "L'Atelier Gourmand", 'Le Saint-Patron', 'Le Jardin des Saveurs', 'La Grange aux Loups',
               'Le Tire-Bouchon', 'Le Canon', 'Chez Dédé', 'La Fourchette Dorée', "L'Escale",
               'Le Pot Lyonnais', 'La Trattoria da Gino', 'Le Petit Saïgon', 'Le Caboulot', 'Les Halles de Pierre',
               'Le Moulin Gourmand', 'La Crêperie du Port', 'Le Trinquet', 'La Guinguette du Bord de Saône']
BAKERY_FAM = ['Boulangerie', 'Boulangerie-Pâtisserie', 'Boul.', 'Boulangerie Pâtisserie', 'BOULANGERIE']
RESTO_HEADS = ['', 'Restaurant', 'Rest.', 'Restaurant', 'Brasserie']
BRAND_ETAB = [('Au Pain Doré', 'bak'), ('La Mie Dorée', 'bak'), ('Le Fournil des Canuts', 'bak'),
              ('Maison Perrichon', 'bak'), ('Le Comptoir des Saveurs', 'resto'), ('Pizzeria Bella Napoli', 'resto'),
              ('Les Tartines de Léa', 'resto'), ('Sushi Zen', 'resto'), ('La Crêperie Bretonne', 'resto'),
              ('Le Burger du Coin', 'resto'), ('Pâtisserie Chabert', 'bak'), ('Le Grain de Blé', 'bak'),
              ('Café Moka', 'resto'), ('Pokebowl Factory', 'resto'), ('Le Bouchon Gourmand', 'resto'),
              ('Fournil Saint-Georges', 'bak'), ('Kebab Istanbul Grill', 'resto'), ('Au Délice de Pierre', 'bak')]
SYNDIC_NAMES = [('Régie Perrachon', 'lyon'), ('Cabinet Ravier Immobilier', 'lyon'),
                ('Régie des Brotteaux', 'lyon'), ('Cabinet Vidal & Associés', 'lyon'),
                ('Régie Saint-Clair', 'lyon'), ('Gerland Gestion Syndic', 'lyon'),
                ('Cabinet Chabert Syndic', 'lyon'), ('Régie Monplaisir', 'lyon'),
                ('Cabinet Bonnefoy', 'lyon'), ('Régie du Parc', 'lyon'), ('Syndic Confluence', 'lyon'),
                ('Cabinet Tardy & Cie', 'lyon'), ('Régie Rivoire', 'ara'), ('Cabinet Lemoine Gestion', 'idf'),
                ('Syndic Haussmann Copro', 'idf'), ('Régie Dauphinoise', 'ara'), ('Cabinet Mermet', 'ara'),
                ('Régie Croix-Rousse Gestion', 'lyon'), ('Administrateurs Associés Bellecour', 'lyon')]
BAILLEURS = ['Logirhône', 'Habitat Social Lyonnais', 'OPH des Monts d\'Or', 'Foyer Dauphinois Habitat',
             'Alpes Logis Social', 'Confluence Logement Social', 'OPH du Val d\'Yzeron', 'Saône Habitat Solidaire',
             'Logis Beaujolais', 'Habitat Francilien Solidaire', 'Résidences Sociales du Pilat']
HOLDING_FORMS = ['Holding {F}', '{F} Participations', 'Financière {F}', '{F} Invest', 'Holding {F} Patrimoine',
                 'Financière {F} Participations']
HOLDING_WORDS = ['holding', 'participations', 'financiere', 'invest']
AGENCE_PAT = [('{B} Immobilier', 'brand'), ('{F} Transports', 'fam'), ('{B} Intérim', 'brand'),
              ('{F} Sécurité', 'fam'), ('{B} Gestion Locative', 'brand'), ('{F} Location', 'fam'),
              ('{B} Assurances', 'brand'), ('{B} Nettoyage Services', 'brand')]
AGENCE_QUAL = ['- Agence de {q}', 'Agence {q}', '{q}', '- {q}', 'agence de {q}']
ETAB_QUAL = ['{q}', '- {q}', '{q}', '- {q}', '{q}']
ASSO_TEMPL = [
    (['Association Sportive', 'AS', 'Asso. Sportive', 'Association sportive', 'A.S.'], 'de {town}'),
    (['Comité des fêtes', 'Comité des Fêtes', 'Cté des fêtes', 'Comite des fetes', 'Comité des fêtes'], 'de {town}'),
    (['Amicale laïque', 'Amicale Laïque', 'Amicale laique', 'Amicale laïque', 'AMICALE LAIQUE'], 'de {town}'),
    (['MJC', 'Maison des Jeunes et de la Culture', 'M.J.C.', 'MJC', 'Mjc'], 'de {town}'),
    (["Association des parents d'élèves", 'APE', "Asso. parents d'élèves", "Association des Parents d'Élèves", 'A.P.E.'], "de l'école {school}"),
    (['Association', 'Asso.', 'Assoc.', 'Association', 'ASSOCIATION'], '{name}'),
    (['Club', 'Club', 'Club', 'Club', 'CLUB'], '{club} {town}'),
]
ASSO_NAMES = ['Les Amis du Vieux {town}', 'Culture et Loisirs {town}', 'Les Jardins Partagés de {town}',
              'Solidarité {town}', 'Lyon Arménie Culture', 'Les Petits Canuts', 'Entraide Seniors {town}',
              'Théâtre des Pentes', 'Les Amis de la Lecture', 'Les Restos du Quartier', 'Amicale des Locataires {town}',
              'Franco-Portugaise de {town}', 'Vietnam Rhône Amitié', 'Les Bouchons Solidaires', 'Chorale Arc-en-Ciel',
              'Les Randonneurs de {town}', 'Emmaüs Quartier {town}', 'Foot Loisirs {town}', 'Polonia Rhône']
CLUB_KINDS = ['de pétanque', 'de tennis', 'de judo', 'de basket', "d'échecs", 'nautique', 'de rugby', 'cycliste']
SCI_CORES = ['Les Lilas', 'du Parc', 'La Croix-Rousse', 'des Canuts', 'Bellevue', 'Saint-Jean', 'Les Tilleuls',
             'du Moulin', 'La Source', 'Les Vignes', 'du Lac', 'Les Érables', 'Montchat', 'La Colline',
             'Les Cèdres', 'Le Clos', 'Val de Saône', 'du Pilat', 'Les Hirondelles', 'Mont d\'Or',
             'La Fontaine', 'du Belvédère', 'Les Sources', 'Les Pins', 'Victor Hugo', 'Gambetta', 'Le Grand Pré']
ROLES = ['contact', 'compta', 'comptabilite', 'info', 'accueil', 'secretariat', 'direction',
         'administratif', 'factures', 'gestion', 'bureau', 'admin']


def wpick(rng, pairs):
    items = [p for p, _ in pairs]
    weights = [w for _, w in pairs]
    return rng.choices(items, weights)[0]


# ---------------------------------------------------------------- normalisation (link evidence)
KEY_ABBR = {'av': 'avenue', 'ave': 'avenue', 'bd': 'boulevard', 'bld': 'boulevard', 'blvd': 'boulevard',
            'bvd': 'boulevard', 'boul': 'boulevard', 'ch': 'chemin', 'chem': 'chemin', 'imp': 'impasse',
            'all': 'allee', 'pl': 'place', 'rte': 'route', 'fbg': 'faubourg', 'fg': 'faubourg',
            'crs': 'cours', 'mte': 'montee', 'sq': 'square', 'st': 'saint', 'ste': 'sainte',
            'gal': 'general', 'gen': 'general', 'mal': 'marechal', 'dr': 'docteur', 'pdt': 'president',
            'r': 'rue', 'res': 'residence', 'resid': 'residence', 'bat': 'batiment'}
KEY_SUF = {'b': 'bis', 'bis': 'bis', 't': 'ter', 'ter': 'ter', 'q': 'quater', 'quater': 'quater'}
KEY_STOP = {'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'lieu', 'dit', 'lieudit', 'ld'}


def addr_key(address):
    """line1 folded + postcode; None when line1 or postcode is missing."""
    if not address:
        return None
    line1, pc = address.get('line1'), address.get('postalCode')
    if not line1 or not pc:
        return None
    pc = re.sub(r'\D', '', pc)
    if len(pc) != 5:
        return None
    toks = re.sub(r'[^a-z0-9]+', ' ', fold(line1).lower()).split()
    out = []
    for t in toks:
        m = re.fullmatch(r'(\d+)(bis|ter|quater|b|t|q)', t)
        if m:
            out += [m.group(1), KEY_SUF[m.group(2)]]
            continue
        if t in KEY_SUF and out and out[-1].isdigit():
            out.append(KEY_SUF[t])
            continue
        t = KEY_ABBR.get(t, t)
        if t in KEY_STOP:
            continue
        out.append(t)
    if not out:
        return None
    return ' '.join(out) + '|' + pc


def norm_phone(s):
    if not s:
        return None
    d = re.sub(r'\D', '', s)
    if d.startswith('0033'):
        d = d[4:]
    elif d.startswith('33') and len(d) in (11, 12):
        d = d[2:]
    if len(d) == 9:
        d = '0' + d
    return d or None


def split_email(e):
    if not e or '@' not in e:
        return None, None
    e = e.lower()
    local, dom = e.rsplit('@', 1)
    return local, dom


def evidence(a, b):
    """Link evidence between two contact dicts, in fixed order."""
    ev = []
    ea, eb = (a.get('email') or '').lower(), (b.get('email') or '').lower()
    if ea and eb:
        if ea == eb:
            ev.append('email')
        else:
            la, da = split_email(ea)
            lb, db = split_email(eb)
            if da == db and la and lb and one_edit(la, lb):
                ev.append('email_near')
    pa, pb = norm_phone(a.get('phone')), norm_phone(b.get('phone'))
    if pa and pb and pa == pb:
        ev.append('phone')
    ka, kb = addr_key(a.get('address')), addr_key(b.get('address'))
    if ka and kb and ka == kb:
        ev.append('address')
    return ev


NAME_GENERIC = {'sarl', 'sas', 'sasu', 'eurl', 'sa', 'snc', 'sci', 'ei', 'scm', 'sc', 'selarl', 'societe', 'ste',
                'ets', 'etablissements', 'et', 'fils', 'cie', 'compagnie', 'de', 'du', 'des', 'la', 'le', 'les',
                'l', 'd', 'm', 'mme', 'mlle', 'melle', 'mr', 'monsieur', 'madame', 'mademoiselle', 'nee', 'epoux',
                'famille', 'a', 'r', 'l', 'u', 's', 'c', 'i', 'e', 'n', 'o', 'p', 'f', 'freres', 'fr', 'en'}


def name_tokens(c, fields=('displayName', 'givenName', 'familyName', 'companyName')):
    toks = []
    for f in fields:
        v = c.get(f)
        if v:
            for t in re.sub(r'[^a-z0-9]+', ' ', fold(v).lower()).split():
                if t not in NAME_GENERIC and len(t) >= 2 and t not in toks:
                    toks.append(t)
    return toks


def tok_close(a, b):
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    if len(a) >= 4 and len(b) >= 4 and lev(a, b) <= 1:
        return True
    return False


def name_overlap(a, b):
    ta, tb = name_tokens(a), name_tokens(b)
    return any(tok_close(x, y) for x in ta for y in tb)


# ---------------------------------------------------------------- rendering
def default_pst():
    return {'order': 'GF', 'fam_upper': False, 'all_upper': False, 'all_lower': False, 'noaccent': False,
            'civ_show': False, 'civ_fmt': 0, 'given_form': 'full', 'nick': None, 'married': 'plain',
            'particle': 0, 'given_hide': False, 'fields': 'normal', 'hh': 0}


def default_ost():
    return {'legal_pos': 'suffix', 'legal_fmt': 0, 'head': 0, 'head2': 0, 'fils_i': 0, 'qual_i': 0,
            'upper': False, 'noaccent': False, 'saint_abbr': False, 'art_drop': False, 'disp': 'company',
            'contact_show': True}


def default_ast():
    return {'ld_fmt': 0, 'suf_fmt': 0, 'stype_fmt': 0, 'comma': False, 'case': 'normal', 'noaccent': False,
            'abbr': False, 'l2_fmt': 0, 'l2_sep': 0, 'city_fmt': 0, 'cedex': False, 'region_fmt': 0,
            'country_fmt': 0, 'merge': False, 'swap': False, 'pc_in_city': False, 'l2_drop': False}


PART_RE = re.compile(r"^(de la |de l'|de |du |des |le |la |d')(.+)$", re.I)


def particle_variant(fam, mode):
    if not fam or not mode:
        return fam
    m = PART_RE.match(fam)
    if not m:
        return fam
    part, rest = m.group(1), m.group(2)
    if mode == 1:       # capitalised particle
        words = part.split(' ')
        return ' '.join(w[:1].upper() + w[1:] for w in words) + rest if part.endswith("'") \
            else ' '.join(w[:1].upper() + w[1:] for w in words if w) + ' ' + rest
    if mode == 2:       # glued
        p = part.replace(' ', '').replace("'", '')
        return p[:1].upper() + p[1:].lower() + rest[:1].lower() + rest[1:] if len(rest) > 1 else p + rest
    if mode == 3:       # apostrophe as a space / lower particle
        if part.endswith("'"):
            return part[:-1].upper() + ' ' + rest
        return part.lower() + rest
    return fam


def given_render(given, st):
    f = st['given_form']
    if f == 'space':
        return given.replace('-', ' ')
    if f == 'initial':
        parts = [p for p in re.split(r'[- ]', given) if p]
        return '-'.join(p[0] + '.' for p in parts)
    if f == 'nick' and st['nick']:
        return st['nick']
    return given


def case_fold(vals, st):
    out = []
    for v in vals:
        if v:
            if st.get('noaccent'):
                v = fold(v)
            if st.get('all_upper') or st.get('upper'):
                v = v.upper()
            elif st.get('all_lower'):
                v = v.lower()
        out.append(v)
    return out


def render_person(p):
    st = p['st']
    pm = st['particle']
    if p['household']:
        G = given_render(p['given'], st)
        G2 = given_render(p['given2'], dict(st, given_form='full' if st['given_form'] in ('nick', 'initial') else st['given_form']))
        F = particle_variant(p['family'], pm)
        F2 = particle_variant(p['family2'], pm) if p['family2'] else None
        forms = HH_DIFF if F2 else HH_SAME
        tpl = forms[st['hh'] % len(forms)]
        disp = tpl.format(G=G, G2=G2, F=F, F2=F2, FU=F.upper(), FU2=(F2 or '').upper())
        gf, ff = G, F
    else:
        giv = given_render(p['given'], st)
        fam = particle_variant(p['family'], pm)
        mai = particle_variant(p['maiden'], pm) if p['maiden'] else None
        mf = st['married'] if mai else 'plain'
        if mf == 'hyphen':
            famf = mai + '-' + fam
        elif mf == 'maiden':
            famf = mai
        else:
            famf = fam
        famd = famf.upper() if st['fam_upper'] else famf
        nee = ''
        if mf == 'nee':
            nee = 'née ' + (mai.upper() if st['fam_upper'] else mai)
        civ = CIVF[p['civ']][st['civ_fmt'] % 5] if st['civ_show'] else ''
        gd = '' if st['given_hide'] else giv
        parts = [civ, gd, famd, nee] if st['order'] == 'GF' else [civ, famd, gd, nee]
        if p['marker']:
            parts.append(p['marker'])
        disp = ' '.join(x for x in parts if x)
        gf = None if st['given_hide'] else giv
        ff = famf
    fs = st['fields']
    if fs == 'swapped':
        gf, ff = ff, gf
    elif fs == 'none':
        gf = ff = None
    elif fs == 'family_only':
        gf = None
    return case_fold([disp, gf, ff], st)


def elide(s):
    return re.sub(r"\b([Dd])e ([AEIOUYÉÈÊaeiouyéèê])", r"\1'\2", s)


def drop_article(core):
    m = re.match(r"^(Le |La |Les |L')(.+)$", core)
    return m.group(2)[:1].upper() + m.group(2)[1:] if m else core


def saint_abbr(s):
    s = re.sub(r'\bSaint-', 'St-', s)
    s = re.sub(r'\bSainte-', 'Ste-', s)
    return s


def org_name(o, with_legal=True):
    st = o['st']
    parts = []
    lf = LEGAL_FMT[o['legal']][st['legal_fmt'] % 5] if o['legal'] else None
    h = o['heads'][st['head'] % len(o['heads'])] if o.get('heads') else ''
    pos = st['legal_pos']
    if pos == 'prefix' and h in ('Société', 'Sté', 'Société Financière'):
        pos = 'suffix'
    if lf and with_legal and pos == 'prefix':
        parts.append(lf)
    if h:
        parts.append(h)
    if o.get('heads2'):
        h = o['heads2'][st['head2'] % len(o['heads2'])]
        if h:
            parts.append(h)
    core = o['core']
    if st['art_drop']:
        core = drop_article(core)
    parts.append(core)
    if o.get('fils'):
        parts.append(FILS_FORMS[o['fils']][st['fils_i'] % 5])
    qf = o['qual_forms'][st['qual_i'] % len(o['qual_forms'])].format(q=o['qual']) if o.get('qual') else None
    if lf and with_legal and pos == 'suffix' and (not qf or qf.startswith('-')):
        parts.append(lf)
    if qf:
        parts.append(qf)
        if lf and with_legal and pos == 'suffix' and not qf.startswith('-'):
            parts.append(lf)
    s = elide(' '.join(parts))
    if st['saint_abbr']:
        s = saint_abbr(s)
    return s


def render_org(o):
    st = o['st']
    comp = org_name(o, True)
    disp = comp if st['disp'] == 'company' else org_name(o, False)
    gf = ff = None
    if o.get('contact') and st['contact_show']:
        gf, ff = o['contact']['given'], o['contact']['family']
    comp, disp, gf, ff = case_fold([comp, disp, gf, ff], st)
    return comp, disp, gf, ff


def fmt_phone(d, f):
    if not d:
        return None
    pr = [d[i:i + 2] for i in range(0, 10, 2)]
    f = f % 9
    if f == 0:
        return ' '.join(pr)
    if f == 1:
        return '.'.join(pr)
    if f == 2:
        return d
    if f == 3:
        return '+33 ' + d[1] + ' ' + ' '.join(pr[1:])
    if f == 4:
        return '+33 (0)' + d[1] + ' ' + ' '.join(pr[1:])
    if f == 5:
        return '0033' + d[1:]
    if f == 6:
        return '+33' + d[1:]
    if f == 7:
        return '-'.join(pr)
    return d[:2] + ' ' + d[2:4] + ' ' + d[4:6] + d[6:8] + ' ' + d[8:]


def render_email(e, c):
    if not e:
        return None
    if c == 1:
        local, dom = e.split('@')
        local = '.'.join(x[:1].upper() + x[1:] for x in local.split('.'))
        return local + '@' + dom
    if c == 2:
        return e.upper()
    if c == 3:
        local, dom = e.split('@')
        return local + '@' + dom[:1].upper() + dom[1:]
    return e


STREET_ABBR = [(r'\bSaint-', 'St-'), (r'\bSainte-', 'Ste-'), (r'\bGénéral\b', 'Gal'), (r'\bMaréchal\b', 'Mal'),
               (r'\bDocteur\b', 'Dr'), (r'\bPrésident\b', 'Pdt'), (r'\bFaubourg\b', 'Fbg')]


def city_render(a):
    st = a['st']
    c = a['city']
    f = st['city_fmt']
    if a['arr']:
        n = a['arr']
        e = '1er' if n == 1 else '%de' % n
        forms = [c, c + ' ' + e, '%s %02d' % (c, n), c + (' 1er' if n == 1 else ' %dème' % n),
                 c.upper(), '%s %02d' % (c.upper(), n), '%s %d' % (c, n)]
        out = forms[f % len(forms)]
    else:
        forms = [c, c.upper(), saint_abbr(c), c.replace('-', ' '), fold(c).upper(), fold(c)]
        out = forms[f % len(forms)]
    if st['cedex']:
        out += ' CEDEX' if (f % 2) else ' Cedex'
    return out


def l2_render(a):
    st = a['st']
    if not a['l2'] or st['l2_drop']:
        return None
    parts = []
    for k, v in a['l2']:
        if k == 'etage' and str(v) == '1':
            parts.append(['1er étage', 'Étage 1', '1er étage', '1er ét.'][st['l2_fmt'] % 4])
        else:
            parts.append(L2F[k][st['l2_fmt'] % 4].format(v=v))
    return L2_SEPS[st['l2_sep'] % 4].join(parts)


def render_addr(a):
    if a is None:
        return None
    st = a['st']
    if a['ld'] is not None:
        pre = LD_FORMS[st['ld_fmt'] % len(LD_FORMS)]
        line1 = (pre + ' ' if pre else '') + a['ld']
    else:
        num = str(a['num'])
        if a['suf']:
            num += SUF_FORMS[a['suf']][st['suf_fmt'] % 5]
        stype = STYPE_FORMS[a['stype']][st['stype_fmt'] % len(STYPE_FORMS[a['stype']])]
        sname = a['sname']
        if st['abbr']:
            for pat, rep in STREET_ABBR:
                sname = re.sub(pat, rep, sname)
        line1 = num + (',' if st['comma'] else '') + ' ' + stype + ' ' + sname
    if st['case'] == 'upper':
        line1 = line1.upper()
    elif st['case'] == 'lower':
        line1 = line1.lower()
    line2 = l2_render(a)
    if line2 and st['case'] == 'upper':
        line2 = line2.upper()
    if st['noaccent']:
        line1 = fold(line1)
        line2 = fold(line2)
    city = city_render(a)
    pc = a['pc']
    if st['merge'] and line2:
        line1, line2 = line1 + ' ' + line2, None
    if st['swap'] and line2:
        line1, line2 = line2, line1
    if st['pc_in_city']:
        city, pc = pc + ' ' + city, None
    rf = st['region_fmt'] % 6
    dept = DEPTS[a['dept']]
    region = [None, REGIONS[dept[1]][0], REGIONS[dept[1]][1], REGIONS[dept[1]][2], dept[0], None][rf]
    country = ['France', 'FR', None, 'FRANCE', 'France', 'FR'][st['country_fmt'] % 6]
    return {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': pc,
            'country': country}


def render(spec):
    if spec['type'] == 'person':
        disp, gf, ff = render_person(spec['p'])
        comp = None
    else:
        comp, disp, gf, ff = render_org(spec['o'])
    return {'displayName': disp, 'givenName': gf, 'familyName': ff, 'companyName': comp,
            'email': render_email(spec['email'], spec['email_case']),
            'phone': fmt_phone(spec['phone'], spec['phone_fmt']),
            'address': render_addr(spec['addr'])}


GROUPS = {'name': ('displayName', 'givenName', 'familyName', 'companyName'), 'email': ('email',),
          'phone': ('phone',), 'address': ('address',)}


def group_val(c, g):
    return json.dumps([c.get(f) for f in GROUPS[g]], sort_keys=True, ensure_ascii=False)


# ---------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.ids = set()
        self.phones = set()
        self.emails = set()
        self.email_dk = {}
        self.akeys = set()
        self.domains = set()
        self.onames = set()       # folded canonical organisation names
        self.heads_existing = set()  # first word of existing company cores
        self.pnames = set()       # folded given|family of persons
        self.towns_used_mairie = set()
        self.phase = 'existing'

    # ------------------------------------------------ registries
    def new_id(self):
        while True:
            i = 'c%07x' % self.rng.getrandbits(28)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def phone_for(self, kind, dept):
        rng = self.rng
        for _ in range(1000):
            if kind == 'mobile':
                d = rng.choice(['06', '06', '06', '07']) + '%08d' % rng.randrange(10 ** 8)
            elif kind == 'box':
                d = '09' + rng.choice(['50', '51', '52', '53', '54', '70', '72', '73', '77', '81']) + '%06d' % rng.randrange(10 ** 6)
            else:
                pf = DEPTS[dept][2]
                if pf is None:
                    d = '01' + rng.choice(IDF_PFX) + '%06d' % rng.randrange(10 ** 6)
                else:
                    d = '04' + rng.choice(pf) + '%06d' % rng.randrange(10 ** 6)
            if d[2] == '0':
                continue
            if d not in self.phones:
                self.phones.add(d)
                return d
        raise RuntimeError('phone space')

    def email_free(self, e, allow=None):
        e = e.lower()
        local, dom = split_email(e)
        if not local or e in self.emails and e != allow:
            return False
        for k in del_keys(local):
            for other in self.email_dk.get((dom, k), []):
                if allow and other + '@' + dom == allow:
                    continue
                if other == local or one_edit(other, local):
                    return False
        return True

    def reg_email(self, e):
        e = e.lower()
        if e in self.emails:
            return
        self.emails.add(e)
        local, dom = split_email(e)
        for k in del_keys(local):
            self.email_dk.setdefault((dom, k), []).append(local)

    def new_domain(self, base):
        rng = self.rng
        b = slug(base)[:40].strip('-')
        cands = [b, b.replace('-', ''), b + '-lyon', b + '-sas', 'groupe-' + b, b + '69', b + '-fr']
        for c in cands + [b + str(rng.randint(2, 99)) for _ in range(20)]:
            tld = wpick(rng, [('.fr', 75), ('.com', 20), ('.eu', 5)])
            d = c + tld
            if d not in self.domains and c:
                self.domains.add(d)
                return d
        raise RuntimeError('domain')

    def person_email(self, given, family, given2=None, household=False, isp=None):
        rng = self.rng
        g = slug(given, '')
        g1 = slug(given.split('-')[0].split(' ')[0], '')
        f = slug(family, '')
        fd = slug(family, '-')
        nick = NICK.get(given, [None])[0]
        for attempt in range(60):
            n = rng.choice([str(rng.randint(1, 99)), str(rng.randint(1955, 2004)), '69', str(rng.randint(60, 99)), '01', '38'])
            if household and given2:
                g2 = slug(given2.split('-')[0], '')
                pats = [f + '.famille', 'famille.' + f, g1 + '.' + g2 + '.' + f, f + '.' + g1[0] + g2[0],
                        g1 + 'et' + g2, f + g1[0] + g2[0] + n, g1 + '.' + f, 'fam.' + f + n]
            else:
                pats = [g + '.' + f, g + '.' + f, g1 + '.' + fd, g + f, g1[0] + f, g1[0] + '.' + f, f + '.' + g,
                        f + g1[0], g + '.' + f + n, g1 + f + n, g + '_' + f, f + '.' + g1 + n, f + n,
                        g1 + '-' + f, g1[0] + f + n]
                if nick:
                    pats.append(slug(nick, '') + '.' + f)
            local = pats[rng.randrange(len(pats))] if attempt < 40 else pats[0] + n + str(attempt)
            local = re.sub(r'[^a-z0-9._-]', '', local).strip('._-')
            dom = isp or wpick(rng, PROVIDERS)
            e = local + '@' + dom
            if self.email_free(e):
                self.reg_email(e)
                return e
        raise RuntimeError('email')

    def role_email(self, dom, role=None, exclude=()):
        rng = self.rng
        roles = [r for r in ROLES if r not in exclude]
        for _ in range(50):
            r = role or rng.choice(roles)
            e = r + '@' + dom
            if self.email_free(e):
                self.reg_email(e)
                return e
            role = None
        raise RuntimeError('role email')

    def isp_org_email(self, name):
        rng = self.rng
        words = [w for w in slug(name, ' ').split() if w not in KEY_STOP and w not in ('sarl', 'sas', 'sci', 'ei', 'l')]
        b = rng.choice(['.', '', '-', '.']).join(words[:3])[:26].strip('.-')
        for _ in range(40):
            local = b if rng.random() < 0.5 else b + str(rng.randint(1, 99))
            e = local + '@' + wpick(rng, PROVIDERS)
            if self.email_free(e):
                self.reg_email(e)
                return e
        raise RuntimeError('isp org email')

    # ------------------------------------------------ towns and addresses
    def pick_town(self, scope='any', urban=None, exclude_cities=()):
        rng = self.rng
        pool = []
        for t in TOWNS:
            city, pc, dept, w, urb = t
            reg = DEPTS[dept][1]
            if scope == 'lyon' and not (dept == '69' and (urb or city == 'Lyon')):
                continue
            if scope == 'rhone' and dept != '69':
                continue
            if scope == 'ara' and reg != 'ARA':
                continue
            if scope == 'ara_out' and (reg != 'ARA' or dept == '69'):
                continue
            if scope == 'idf' and reg != 'IDF':
                continue
            if scope == 'rural' and urb:
                continue
            if urban is not None and urb != urban:
                continue
            if city in exclude_cities:
                continue
            pool.append((t, w))
        if scope == 'any':
            pool = [(t, w * (1.0 if DEPTS[t[2]][1] == 'ARA' else 0.8)) for t, w in pool]
        t = wpick(rng, pool)
        city, pc, dept, w, urb = t
        arr = None
        if city == 'Lyon':
            arr = rng.choices(range(1, 10), LYON_ARR_W)[0]
            pc = '690%02d' % arr
        elif city == 'Paris':
            arr = rng.randint(1, 20)
            pc = '750%02d' % arr
        return {'city': city, 'pc': pc, 'dept': dept, 'arr': arr, 'urban': urb}

    def scope_pick(self):
        return wpick(self.rng, [('lyon', 52), ('rhone', 10), ('ara_out', 18), ('idf', 20)])

    def new_addr(self, town=None, scope=None, who='person', l2p=None, ldp=None, stype=None, sname=None,
                 l2=None, line1_from=None, num=None):
        rng = self.rng
        for attempt in range(400):
            t = town or self.pick_town(scope or self.scope_pick())
            a = {'num': None, 'suf': '', 'stype': None, 'sname': None, 'ld': None, 'l2': [],
                 'pc': t['pc'], 'city': t['city'], 'arr': t['arr'], 'dept': t['dept'], 'st': default_ast()}
            if line1_from is not None:
                for k in ('num', 'suf', 'stype', 'sname', 'ld'):
                    a[k] = line1_from[k]
            else:
                lp = ldp if ldp is not None else (0.35 if (who == 'person' and not t['urban']) else 0.0)
                if rng.random() < lp:
                    a['ld'] = rng.choice(LD_NAMES)
                else:
                    a['stype'] = stype or wpick(rng, STYPES)
                    a['sname'] = sname or rng.choice(STREET_NAMES)
                    hi = 900 if a['stype'] in ('chemin', 'route') else (30 if a['stype'] in ('impasse', 'place', 'allée') else 160)
                    a['num'] = num if num is not None else min(int(rng.paretovariate(0.9)) * rng.randint(1, 6), hi) or 1
                    r = rng.random()
                    a['suf'] = 'bis' if r < 0.07 else ('ter' if r < 0.09 else '')
            if l2 is not None:
                a['l2'] = copy.deepcopy(l2)
            else:
                p = l2p if l2p is not None else (0.5 if (who == 'person' and t['urban']) else (0.25 if who == 'org' else 0.0))
                if a['ld'] is None and rng.random() < p:
                    a['l2'] = self.rand_l2(who)
            key = addr_key(render_addr(a))
            if key and key not in self.akeys:
                self.akeys.add(key)
                return a
            if line1_from is not None:
                return None
        raise RuntimeError('address space')

    def rand_l2(self, who):
        rng = self.rng
        L = rng.choice('ABCDEFG')
        apt = str(rng.choice([rng.randint(1, 60), rng.randint(101, 512)]))
        if who == 'person':
            pat = rng.choice(['apt', 'apt', 'bat_apt', 'res_bat', 'bat_esc_et', 'res_apt', 'esc_apt', 'etage'])
            res = rng.choice(RES_NAMES)
            return {'apt': [('apt', apt)], 'bat_apt': [('bat', L), ('apt', apt)],
                    'res_bat': [('res', res), ('bat', L)], 'bat_esc_et': [('bat', L), ('esc', str(rng.randint(1, 4))), ('etage', str(rng.randint(1, 9)))],
                    'res_apt': [('res', res), ('apt', apt)], 'esc_apt': [('esc', str(rng.randint(1, 4))), ('apt', apt)],
                    'etage': [('etage', str(rng.randint(1, 9)))]}[pat]
        pat = rng.choice(['za', 'zi', 'bat', 'etage', 'za'])
        if pat in ('za', 'zi'):
            return [(pat, rng.choice(ZONE_NAMES))]
        if pat == 'bat':
            return [('bat', L)]
        return [('etage', str(rng.randint(1, 6)))]

    # ------------------------------------------------ persons
    def pick_name(self, gender=None, origin=None):
        rng = self.rng
        if gender is None:
            gender = 'm' if rng.random() < 0.5 else 'f'
        if origin is None:
            origin = wpick(rng, ORIGINS)
        if origin == 'fr' or rng.random() < 0.25:
            pool, comp = (FR_M, FR_M_COMP) if gender == 'm' else (FR_F, FR_F_COMP)
            given = rng.choice(comp) if rng.random() < 0.15 else rng.choice(pool)
        else:
            given = rng.choice(GIVEN_ORIG[origin][gender])
        if origin == 'fr':
            family = rng.choice(FR_FAM_PART) if rng.random() < 0.05 else rng.choice(FR_FAM)
        else:
            family = rng.choice(FAM_ORIG[origin])
            if origin == 'pl' and gender == 'f':
                family = re.sub(r'ski$', 'ska', re.sub(r'cki$', 'cka', family))
        if set(slug(given, ' ').split()) & set(slug(family, ' ').split()):
            return self.pick_name(gender, origin)
        return gender, given, family

    def free_pname(self, given, family):
        return (slug(given, '') + '|' + slug(family, '')) not in self.pnames

    def reg_pname(self, given, family):
        self.pnames.add(slug(given, '') + '|' + slug(family, ''))

    def person_spec(self, gender, given, family, household=False, maiden=None, given2=None, family2=None,
                    marker=None, civ=None):
        if civ is None:
            civ = 'M.' if gender == 'm' else ('Mlle' if self.rng.random() < 0.07 and not maiden else 'Mme')
        return {'gender': gender, 'civ': civ, 'given': given, 'family': family, 'maiden': maiden,
                'household': household, 'given2': given2, 'family2': family2, 'marker': marker,
                'st': default_pst()}

    def mk_person(self, scope=None, town=None, household=False, gender=None, given=None, family=None,
                  addr=None, marker=None, email_p=0.85, phone_p=0.92, mobile_p=0.75, allow_dup_name=False,
                  origin=None, maiden_p=0.3):
        rng = self.rng
        if household:
            gender = 'm'          # household accounts are written after the husband: "M. et Mme Jean Dupont"
        for _ in range(200):
            g, gv, fm = self.pick_name(gender, origin)
            if given:
                gv = given
            if family:
                fm = family
            if allow_dup_name or self.free_pname(gv, fm):
                break
        self.reg_pname(gv, fm)
        maiden = None
        if g == 'f' and not household and rng.random() < maiden_p:
            for _ in range(20):
                m = rng.choice(FR_FAM)
                if m != fm:
                    maiden = m
                    break
        given2 = family2 = None
        if household:
            _, given2, _ = self.pick_name('f' if g == 'm' else 'm', 'fr' if rng.random() < 0.8 else None)
            if rng.random() < 0.2:
                _, _, family2 = self.pick_name()
                if family2 == fm:
                    family2 = None
        p = self.person_spec(g, gv, fm, household, maiden, given2, family2, marker)
        town = town or (self.pick_town(scope or self.scope_pick()))
        if addr is None:
            addr = self.new_addr(town=town, who='person')
        email = None
        if rng.random() < email_p:
            email = self.person_email(gv, fm, given2, household)
        phone = None
        if rng.random() < phone_p or email is None:
            r = rng.random()
            kind = 'mobile' if r < mobile_p else ('box' if r < mobile_p + 0.08 else 'land')
            phone = self.phone_for(kind, addr['dept'])
        kind = 'person/household' if household else 'person/individual'
        spec = {'type': 'person', 'kind': kind, 'p': p, 'o': None, 'email': email, 'email_case': 0,
                'phone': phone, 'phone_fmt': 0, 'addr': addr}
        return {'id': self.new_id(), 'kind': kind, 'spec': spec, 'info': {'origin_town': town['city']}}

    def mk_contact(self, gender=None):
        g, gv, fm = self.pick_name(gender)
        civ = 'M.' if g == 'm' else 'Mme'
        return {'civ': civ, 'given': gv, 'family': fm}

    # ------------------------------------------------ organisations
    def org_spec(self, core, legal=None, heads=None, heads2=None, fils=None, qual=None, qual_forms=None,
                 contact=None, legal_pos='suffix'):
        st = default_ost()
        st['legal_pos'] = legal_pos
        return {'core': core, 'legal': legal, 'heads': heads, 'heads2': heads2, 'fils': fils, 'qual': qual,
                'qual_forms': qual_forms, 'contact': contact, 'st': st}

    def plain_name(self, o):
        o2 = copy.deepcopy(o)
        o2['st'] = default_ost()
        return org_name(o2, False)

    def canon(self, o):
        o2 = copy.deepcopy(o)
        o2['st'] = default_ost()
        return slug(org_name(o2, False), ' ')

    def claim_oname(self, o, allow_dup=False):
        c = self.canon(o)
        if c in self.onames and not allow_dup:
            return False
        self.onames.add(c)
        return True

    def org_entity(self, kind, o, email, phone, addr, info=None):
        spec = {'type': 'org', 'kind': kind, 'p': None, 'o': o, 'email': email, 'email_case': 0,
                'phone': phone, 'phone_fmt': 0, 'addr': addr}
        return {'id': self.new_id(), 'kind': kind, 'spec': spec, 'info': info or {}}

    def company_core(self, new=False):
        """Returns (core, heads, fils, head_word, trade)."""
        rng = self.rng
        for _ in range(300):
            r = rng.random()
            fam = rng.choice(FR_FAM + FR_FAM + FAM_ORIG['pt'] + FAM_ORIG['it'] + FAM_ORIG['mg'][:8])
            heads, fils = SOC_HEADS, None
            if r < 0.30:
                trade = rng.choice(TRADES)
                core, hw = fam + ' ' + trade, fam
            elif r < 0.45:
                trade = rng.choice(SHOP_HEADS)
                core, hw = trade + ' ' + fam, fam
                heads = None
            elif r < 0.60:
                trade = rng.choice(TRADES)
                b = rng.choice(BRANDS)
                core, hw = b + ' ' + trade, b
            elif r < 0.72:
                core, hw, trade = fam, fam, None
                heads = ETS_HEADS
                fils = wpick(rng, [('fils', 50), ('freres', 25), (None, 25)])
            elif r < 0.82:
                trade = rng.choice(TRADES)
                core, hw = fam + ' ' + trade, fam
                fils = wpick(rng, [('fils', 60), ('freres', 25), ('cie', 15)])
            elif r < 0.90:
                trade = rng.choice(TRADES)
                ini = ''.join(rng.choice('ABCDEFGHJLMNPRSTV') for _ in range(rng.choice([2, 3, 3, 4])))
                core, hw = ini + ' ' + trade, ini
            else:
                trade = rng.choice(SHOP_HEADS[:6])
                place = rng.choice(['du Parc', 'de la Gare', 'des Brotteaux', 'du Centre', 'de la Place',
                                    'Saint-Jean', 'du Marché', 'des Halles', 'du Pont', 'de la Mairie'])
                core, hw = trade + ' ' + place, trade + ' ' + place
                heads = None
            if new and slug(hw) in self.heads_existing:
                continue
            yield_ = (core, heads, fils, hw, trade)
            o = self.org_spec(core, heads=heads, fils=fils)
            if self.canon(o) in self.onames:
                continue
            return yield_
        raise RuntimeError('company core')

    def org_channels(self, name_for_email, dept, contact=None, isp_p=0.25, role=None, land_p=0.8,
                     email_p=0.93, phone_p=0.95, dom=None):
        rng = self.rng
        email = None
        if rng.random() < email_p:
            if dom is None and rng.random() < isp_p:
                email = self.isp_org_email(name_for_email)
            else:
                dom = dom or self.new_domain(name_for_email)
                if contact and rng.random() < 0.25:
                    loc = slug(contact['given'].split('-')[0], '') + '.' + slug(contact['family'], '')
                    if rng.random() < 0.5:
                        loc = loc[0] + '.' + slug(contact['family'], '')
                    e = loc + '@' + dom
                    if self.email_free(e):
                        self.reg_email(e)
                        email = e
                if email is None:
                    email = self.role_email(dom, role)
        phone = None
        if rng.random() < phone_p or email is None:
            phone = self.phone_for('land' if rng.random() < land_p else 'mobile', dept)
        return email, phone, dom

    def mk_company(self, kind='org/company', scope=None, new=False, core_info=None, legal=None, town=None):
        rng = self.rng
        core, heads, fils, hw, trade = core_info or self.company_core(new)
        if legal is None:
            legal = wpick(rng, COMPANY_LEGAL)
        contact = self.mk_contact() if rng.random() < 0.6 else None
        o = self.org_spec(core, legal=legal, heads=heads, fils=fils, contact=contact)
        self.claim_oname(o)
        if not new:
            self.heads_existing.add(slug(hw))
        town = town or self.pick_town(scope or self.scope_pick())
        addr = self.new_addr(town=town, who='org')
        if rng.random() < 0.05:
            addr['l2'].append(('bp', str(rng.randint(1, 400))))
            addr['st']['cedex'] = True
        email, phone, dom = self.org_channels(self.plain_name(o).replace('Établissements', 'Ets'), addr['dept'], contact)
        return self.org_entity(kind, o, email, phone, addr,
                               {'head': hw, 'trade': trade, 'core': core, 'legal': legal, 'town': town['city']})

    def mk_sci(self, new=False):
        rng = self.rng
        for _ in range(200):
            r = rng.random()
            if r < 0.5:
                core = rng.choice(SCI_CORES)
            elif r < 0.7:
                core = rng.choice(FR_FAM)
            elif r < 0.85:
                core = rng.choice(FR_FAM) + ' ' + rng.choice(['Frères', 'Patrimoine', 'Immobilier', 'Investissement'])
            else:
                core = ''.join(rng.choice('ABCDEFGHJLMNPRSTV') for _ in range(3)) + ' ' + rng.choice(['Patrimoine', 'Immo', 'Invest'])
            o = self.org_spec(core, legal='SCI', contact=self.mk_contact(),
                              legal_pos=wpick(rng, [('prefix', 80), ('suffix', 15), ('none', 5)]))
            if self.claim_oname(o):
                break
        c = o['contact']
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='person' if rng.random() < 0.6 else 'org')
        if rng.random() < 0.65:
            email = self.person_email(c['given'], c['family'])
        else:
            email = self.isp_org_email('sci ' + core)
        phone = self.phone_for('mobile' if rng.random() < 0.7 else 'land', addr['dept']) if rng.random() < 0.9 else None
        return self.org_entity('org/sci', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_ei(self, new=False):
        rng = self.rng
        for _ in range(200):
            c = self.mk_contact()
            r = rng.random()
            trade = rng.choice(TRADES_BUILD + ['Coiffure', 'Conseil', 'Informatique', 'Photographie', 'Ostéopathie',
                                               'Toilettage', 'Couture', 'Graphisme', 'Multiservices'])
            if r < 0.4:
                core = c['given'] + ' ' + c['family']
            elif r < 0.7:
                core = c['family'] + ' ' + trade
            elif r < 0.85:
                core = c['given'] + ' ' + c['family'] + ' ' + trade
            else:
                core = ''.join(w[0] for w in (c['given'] + ' ' + c['family']).replace('-', ' ').split()) + ' ' + trade
            o = self.org_spec(core, legal='EI', contact=c,
                              legal_pos=wpick(rng, [('suffix', 55), ('prefix', 30), ('none', 15)]))
            if self.claim_oname(o):
                break
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='person')
        email = self.person_email(c['given'], c['family']) if rng.random() < 0.6 else self.isp_org_email(core)
        phone = self.phone_for('mobile', addr['dept'])
        return self.org_entity('org/ei', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_asso(self, new=False):
        rng = self.rng
        for _ in range(300):
            town = self.pick_town(self.scope_pick())
            heads, tpl = rng.choice(ASSO_TEMPL)
            tn = town['city'] if not town['arr'] else rng.choice([town['city'], town['city'] + ' %de' % town['arr'] if town['arr'] > 1 else town['city'] + ' 1er'])
            core = tpl.format(town=tn, school=rng.choice(SCHOOL_NAMES),
                              name=rng.choice(ASSO_NAMES).format(town=tn), club=rng.choice(CLUB_KINDS))
            o = self.org_spec(core, heads=heads, contact=self.mk_contact())
            if self.claim_oname(o):
                break
        addr = self.new_addr(town=town, who='org', l2p=0.1)
        c = o['contact']
        email = self.isp_org_email(slug(heads[1] + ' ' + core, ' ')) if rng.random() < 0.6 else None
        if email is None:
            email, _, _ = self.org_channels(heads[1] + ' ' + core, town['dept'], None, isp_p=0.0, phone_p=0)
        phone = self.phone_for('mobile' if rng.random() < 0.7 else 'land', town['dept'])
        return self.org_entity('org/association', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_syndic(self, name, area):
        rng = self.rng
        scope = {'lyon': 'lyon', 'ara': 'ara_out', 'idf': 'idf'}[area]
        town = self.pick_town(scope)
        dom = self.new_domain(name)
        email = self.role_email(dom, rng.choice(['syndic', 'copro', 'gestion', 'compta', 'syndic.copro']))
        phone = self.phone_for('land', town['dept'])
        gest = [self.mk_contact() for _ in range(rng.randint(1, 3))]
        return {'name': name, 'area': scope, 'email': email, 'phone': phone, 'gest': gest, 'dom': dom,
                'towns': [], 'res': []}

    def mk_copro(self, syn, kind='org/copropriete'):
        rng = self.rng
        town = self.pick_town(syn['area']) if rng.random() < 0.85 or not syn['towns'] else rng.choice(syn['towns'])
        by_addr = rng.random() < 0.2
        addr = self.new_addr(town=town, who='org', l2p=0.0)
        if rng.random() < 0.35:
            addr['l2'] = [('co', syn['name'])]
        if by_addr:
            a2 = copy.deepcopy(addr)
            a2['l2'] = []
            a2['st'] = default_ast()
            a2['st']['stype_fmt'] = 0
            core = render_addr(a2)['line1']
            o = self.org_spec(core, heads=COPRO_HEADS, heads2=['du', ''], contact=rng.choice(syn['gest']))
        else:
            for _ in range(100):
                res = rng.choice(RES_NAMES)
                if res not in syn['res']:
                    break
            core = res
            o = self.org_spec(core, heads=COPRO_HEADS, heads2=RES_HEADS, contact=rng.choice(syn['gest']))
        syn['res'].append(core)
        syn['towns'].append(town)
        self.claim_oname(o, allow_dup=True)
        return self.org_entity(kind, o, syn['email'], syn['phone'], addr,
                               {'syndic': syn['name'], 'core': core, 'town': town['city']})

    def mk_mairie(self, new=False):
        rng = self.rng
        for _ in range(300):
            t = self.pick_town(rng.choice(['rhone', 'rhone', 'ara_out', 'idf']))
            if t['city'] in ('Lyon', 'Paris') or t['city'] in self.towns_used_mairie:
                continue
            break
        self.towns_used_mairie.add(t['city'])
        o = self.org_spec(t['city'], heads=MAIRIE_HEADS, contact=self.mk_contact() if rng.random() < 0.5 else None)
        if rng.random() < 0.35:
            o['qual'], o['qual_forms'] = 'x', [q.replace('x', '{q}') if False else q for q in MAIRIE_QUAL]
            o['qual_forms'] = MAIRIE_QUAL
        self.claim_oname(o, allow_dup=True)
        addr = self.new_addr(town=t, who='org', stype='place', sname=rng.choice(['de la Mairie', "de l'Hôtel de Ville", 'de la République', 'du Général de Gaulle', 'Jean Jaurès', 'de la Libération']), l2p=0.0, num=rng.randint(1, 12))
        dom = self.new_domain(rng.choice(['mairie-', 'ville-', '']) + slug(t['city']) + rng.choice(['-mairie', '-commune', '-ville', '']))
        email = self.role_email(dom, rng.choice(['accueil', 'services.techniques', 'st', 'mairie', 'comptabilite', 'finances']))
        phone = self.phone_for('land', t['dept'])
        return self.org_entity('org/mairie', o, email, phone, addr, {'core': t['city'], 'town': t['city']})

    def mk_school(self, new=False):
        rng = self.rng
        for _ in range(200):
            st = wpick(rng, [('elem', 35), ('mat', 20), ('gs', 20), ('priv', 15), ('college', 10)])
            core = rng.choice(SCHOOL_PRIV if st == 'priv' else SCHOOL_NAMES)
            o = self.org_spec(core, heads=SCHOOL_TYPES[st], contact=self.mk_contact() if rng.random() < 0.6 else None)
            if self.canon(o) not in self.onames or (not new and rng.random() < 0.15):
                break
        self.claim_oname(o, allow_dup=True)
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='org', l2p=0.0)
        email = self.isp_org_email('ecole ' + core) if rng.random() < 0.4 else \
            self.role_email(self.new_domain('ecole-' + slug(core) + '-' + slug(town['city'])[:10]), rng.choice(['direction', 'secretariat', 'ecole', 'contact']))
        phone = self.phone_for('land', town['dept'])
        return self.org_entity('org/ecole', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_ehpad(self, new=False):
        rng = self.rng
        for _ in range(200):
            core = rng.choice(EHPAD_NAMES)
            o = self.org_spec(core, heads=EHPAD_HEADS, contact=self.mk_contact() if rng.random() < 0.6 else None,
                              legal=rng.choice([None, None, 'SAS', 'SARL']))
            if self.claim_oname(o):
                break
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='org', l2p=0.0)
        email, phone, _ = self.org_channels('ehpad ' + core, town['dept'], o['contact'], isp_p=0.05, land_p=1.0, email_p=0.97)
        return self.org_entity('org/ehpad', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_hotel(self, new=False):
        rng = self.rng
        for _ in range(200):
            core = rng.choice(HOTEL_CORES)
            o = self.org_spec(core, legal=rng.choice([None, 'SARL', 'SAS', 'SARL']), contact=self.mk_contact() if rng.random() < 0.5 else None,
                              legal_pos=rng.choice(['suffix', 'prefix']))
            if self.canon(o) not in self.onames or (not new and rng.random() < 0.2):
                break
        self.claim_oname(o, allow_dup=True)
        town = self.pick_town(wpick(rng, [('lyon', 45), ('ara_out', 30), ('idf', 25)]))
        addr = self.new_addr(town=town, who='org', l2p=0.0)
        email, phone, _ = self.org_channels(core + ' ' + town['city'][:8], town['dept'], o['contact'], isp_p=0.15, land_p=1.0)
        return self.org_entity('org/hotel', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_medical(self, new=False):
        rng = self.rng
        for _ in range(200):
            r = rng.random()
            if r < 0.2:
                f1, f2 = rng.choice(FR_FAM), rng.choice(FR_FAM)
                if f1 == f2:
                    continue
                core = 'Docteurs %s et %s' % (f1, f2)
                o = self.org_spec(core, legal='SCM', legal_pos='prefix', contact=None)
            else:
                heads, mode = rng.choice(MED_KINDS)
                if mode == 'doctor':
                    core = rng.choice(['du Dr ', 'du Docteur ', 'Dr ']) + rng.choice(FR_FAM + FAM_ORIG['mg'] + FAM_ORIG['it'])
                else:
                    core = rng.choice(MED_PLACES)
                o = self.org_spec(core, heads=heads, legal=rng.choice([None, None, 'SCM', 'SELARL']),
                                  legal_pos=rng.choice(['prefix', 'suffix']), contact=self.mk_contact() if rng.random() < 0.5 else None)
            if self.claim_oname(o):
                break
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='org', l2p=0.3)
        email, phone, _ = self.org_channels('cabinet ' + core, town['dept'], o['contact'], isp_p=0.35, land_p=0.9)
        return self.org_entity('org/cabinet_medical', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_commerce(self, new=False):
        rng = self.rng
        for _ in range(200):
            if rng.random() < 0.45:
                fam = rng.choice(FR_FAM + FAM_ORIG['pt'] + FAM_ORIG['it'])
                core = fam
                heads = BAKERY_FAM
                hw = fam
            else:
                core = rng.choice(RESTO_CORES)
                heads = RESTO_HEADS
                hw = core
            if new and slug(hw) in self.heads_existing:
                continue
            o = self.org_spec(core, heads=heads, legal=rng.choice([None, 'SARL', 'SAS', 'EURL', 'SARL']),
                              legal_pos=rng.choice(['suffix', 'prefix', 'suffix']),
                              contact=self.mk_contact() if rng.random() < 0.5 else None)
            if self.claim_oname(o):
                break
        if not new:
            self.heads_existing.add(slug(hw))
        town = self.pick_town(self.scope_pick())
        addr = self.new_addr(town=town, who='org', l2p=0.0)
        email, phone, _ = self.org_channels(self.plain_name(o), town['dept'], o['contact'], isp_p=0.45, land_p=0.85)
        return self.org_entity('org/commerce', o, email, phone, addr, {'core': core, 'town': town['city']})

    def mk_bailleur(self, name):
        rng = self.rng
        o = self.org_spec(name, legal=rng.choice([None, None, 'SA']), contact=self.mk_contact() if rng.random() < 0.4 else None)
        self.claim_oname(o)
        town = self.pick_town('lyon' if 'Francilien' not in name else 'idf')
        addr = self.new_addr(town=town, who='org', l2p=0.2)
        email, phone, dom = self.org_channels(name, town['dept'], o['contact'], isp_p=0.0, land_p=1.0, email_p=1.0)
        return self.org_entity('org/bailleur_social', o, email, phone, addr, {'core': name, 'town': town['city']})

    # ---------- multi-record structures
    def agence_group(self, pat=None, bailleur=None):
        rng = self.rng
        for _ in range(200):
            if bailleur:
                core, hw = bailleur, bailleur
            else:
                tpl, kindw = pat or rng.choice(AGENCE_PAT)
                w = rng.choice(BRANDS) if kindw == 'brand' else rng.choice(FR_FAM)
                core, hw = tpl.format(B=w, F=w), w
            if slug(hw) in self.heads_existing:
                continue
            break
        self.heads_existing.add(slug(hw))
        legal = None if bailleur else wpick(rng, [('SAS', 50), ('SARL', 30), ('SA', 20)])
        dom = self.new_domain(core)
        shared = self.role_email(dom, rng.choice(['compta', 'comptabilite', 'factures', 'fournisseurs'])) if rng.random() < 0.6 else None
        area = wpick(rng, [('lyon', 60), ('ara', 30), ('idf', 10)])
        return {'core': core, 'legal': legal, 'dom': dom, 'shared': shared, 'towns': [], 'area': area,
                'bailleur': bool(bailleur), 'legal_pos': rng.choice(['suffix', 'prefix', 'none'])}

    def agence_town(self, grp):
        rng = self.rng
        for _ in range(300):
            r = rng.random()
            if grp['area'] == 'idf':
                t = self.pick_town('idf')
            elif r < 0.5:
                t = self.pick_town('rhone')
            else:
                t = self.pick_town('ara')
            label = t['city']
            if t['city'] == 'Lyon':
                q = [x for x in LYON_QUARTIERS if x[1] == t['arr']]
                label = rng.choice(q)[0] if q and rng.random() < 0.6 else 'Lyon %d' % t['arr'] if t['arr'] > 1 else 'Lyon 1er'
            if t['city'] == 'Paris':
                label = 'Paris %d' % t['arr'] if t['arr'] > 1 else 'Paris 1er'
            if label in grp['towns'] or any(slug(label).split('-')[0] == slug(x).split('-')[0] for x in grp['towns']):
                continue
            return t, label
        raise RuntimeError('agence town')

    def mk_agence(self, grp):
        rng = self.rng
        t, label = self.agence_town(grp)
        grp['towns'].append(label)
        o = self.org_spec(grp['core'], legal=grp['legal'], qual=label, qual_forms=AGENCE_QUAL,
                          contact=self.mk_contact() if rng.random() < 0.5 else None, legal_pos=grp['legal_pos'])
        self.claim_oname(o)
        addr = self.new_addr(town=t, who='org', l2p=0.2)
        if grp['shared'] and rng.random() < 0.8:
            email = grp['shared']
        else:
            loc = slug(label, '')[:14]
            email = self.role_email(grp['dom'], rng.choice(['agence.' + loc, loc, loc + '.agence', 'contact.' + loc]))
        phone = self.phone_for('land', t['dept'])
        return self.org_entity('org/agence', o, email, phone, addr, {'group': grp['core'], 'qual': label, 'town': t['city']})

    def brand_group(self, brand, btype):
        rng = self.rng
        dom = self.new_domain(brand)
        shared = self.role_email(dom, rng.choice(['compta', 'comptabilite', 'contact', 'admin'])) if rng.random() < 0.5 else None
        self.heads_existing.add(slug(brand))
        return {'brand': brand, 'type': btype, 'dom': dom, 'shared': shared, 'quarts': []}

    def etab_place(self, grp):
        rng = self.rng
        for _ in range(300):
            if rng.random() < 0.7:
                q, arr = rng.choice(LYON_QUARTIERS)
                t = {'city': 'Lyon', 'pc': '690%02d' % arr, 'dept': '69', 'arr': arr, 'urban': True}
            else:
                t = self.pick_town('lyon')
                if t['city'] == 'Lyon':
                    continue
                q = t['city'].replace('-et-Cuire', '').replace('-la-Demi-Lune', '').replace('-Charpieu', '')
            if q in grp['quarts']:
                continue
            return t, q
        raise RuntimeError('etab')

    def mk_etab(self, grp):
        rng = self.rng
        t, q = self.etab_place(grp)
        grp['quarts'].append(q)
        heads = None
        o = self.org_spec(grp['brand'], legal=rng.choice([None, 'SAS', 'SARL', None]), qual=q, qual_forms=ETAB_QUAL,
                          heads=heads, contact=self.mk_contact() if rng.random() < 0.5 else None,
                          legal_pos=rng.choice(['suffix', 'prefix']))
        self.claim_oname(o)
        addr = self.new_addr(town=t, who='org', l2p=0.0)
        if grp['shared'] and rng.random() < 0.7:
            email = grp['shared']
        else:
            email = self.role_email(grp['dom'], slug(q, '')[:14])
        phone = self.phone_for('land', '69')
        return self.org_entity('org/etablissement', o, email, phone, addr, {'brand': grp['brand'], 'qual': q, 'town': t['city']})

    def holding_group(self):
        rng = self.rng
        for _ in range(200):
            fam = rng.choice(FR_FAM)
            trade = rng.choice(TRADES)
            if slug(fam) in self.heads_existing:
                continue
            break
        self.heads_existing.add(slug(fam))
        op_legal = wpick(rng, [('SAS', 50), ('SARL', 35), ('SA', 15)])
        h_legal = rng.choice([x for x in ['SAS', 'SARL', 'SC', 'SASU'] if x != op_legal])
        htpl = rng.choice(HOLDING_FORMS)
        boss = self.mk_contact()
        dom = self.new_domain(fam + ' ' + trade)
        shared = self.role_email(dom, rng.choice(['compta', 'comptabilite', 'administratif', 'factures']))
        town = self.pick_town(wpick(rng, [('lyon', 70), ('ara_out', 20), ('idf', 10)]))
        hq = self.new_addr(town=town, who='org', l2p=0.3)
        return {'fam': fam, 'trade': trade, 'op_legal': op_legal, 'h_legal': h_legal, 'htpl': htpl,
                'boss': boss, 'dom': dom, 'shared': shared, 'hq': hq, 'town': town,
                'share_addr': rng.random() < 0.75, 'share_mail': rng.random() < 0.6}

    def mk_group_member(self, grp, which, force_share=False):
        rng = self.rng
        if which == 'operating':
            o = self.org_spec(grp['fam'] + ' ' + grp['trade'], legal=grp['op_legal'], contact=grp['boss'] if rng.random() < 0.5 else None,
                              legal_pos=rng.choice(['suffix', 'prefix']))
            email = grp['shared'] if rng.random() < 0.5 else self.role_email(grp['dom'], rng.choice(['contact', 'info', 'accueil']))
            addr = copy.deepcopy(grp['hq'])
            kind = 'org/operating'
        else:
            o = self.org_spec(grp['htpl'].format(F=grp['fam']), legal=grp['h_legal'], contact=grp['boss'],
                              legal_pos=rng.choice(['suffix', 'prefix']))
            sa, sm = grp['share_addr'], grp['share_mail']
            if force_share and not (sa or sm):
                sa = True
            email = grp['shared'] if sm else self.role_email(grp['dom'], rng.choice(['direction', 'holding', 'president']))
            if sa:
                addr = copy.deepcopy(grp['hq'])
            else:
                addr = self.new_addr(scope='lyon', who='person')
            kind = 'org/holding'
        self.claim_oname(o)
        phone = self.phone_for('land' if which == 'operating' else rng.choice(['land', 'mobile']), grp['hq']['dept'])
        return self.org_entity(kind, o, email, phone, addr, {'group': grp['fam'], 'which': which, 'town': grp['town']['city']})

    # ------------------------------------------------ styles
    def style(self, spec, incoming=False):
        rng = self.rng
        if spec['type'] == 'person':
            p = spec['p']
            st = p['st']
            if incoming:
                st['order'] = wpick(rng, [('GF', 55), ('FG', 45)])
                st['fam_upper'] = rng.random() < (0.75 if st['order'] == 'FG' else 0.15)
                st['civ_show'] = rng.random() < 0.3
                st['all_upper'] = rng.random() < 0.08
                st['all_lower'] = not st['all_upper'] and rng.random() < 0.05
                st['noaccent'] = rng.random() < 0.15
                st['fields'] = wpick(rng, [('normal', 85), ('family_only', 5), ('none', 10)])
            else:
                st['order'] = wpick(rng, [('GF', 55), ('FG', 45)])
                st['fam_upper'] = rng.random() < (0.8 if st['order'] == 'FG' else 0.05)
                st['civ_show'] = rng.random() < 0.15
                st['all_upper'] = rng.random() < 0.04
                st['noaccent'] = rng.random() < 0.06
                st['fields'] = wpick(rng, [('normal', 93), ('family_only', 3), ('none', 4)])
            st['civ_fmt'] = wpick(rng, [(0, 70), (2, 10), (3, 10), (1, 10)])
            if p['given'] and '-' in p['given'] and rng.random() < 0.1:
                st['given_form'] = 'space'
            if p['maiden']:
                st['married'] = wpick(rng, [('plain', 40), ('nee', 35), ('hyphen', 25)])
            st['hh'] = rng.randrange(6)
            if p['household'] or p['marker']:
                st['fields'] = 'normal'
        else:
            o = spec['o']
            st = o['st']
            if o['legal'] in ('SCI', 'SCM') and o['st']['legal_pos'] == 'prefix':
                pass
            elif o['legal']:
                if st['legal_pos'] == 'suffix':
                    st['legal_pos'] = wpick(rng, [('suffix', 60), ('prefix', 30), ('none', 10)])
            st['legal_fmt'] = wpick(rng, [(0, 80), (1, 10), (2, 10)])
            if o.get('heads'):
                st['head'] = 0 if rng.random() < 0.7 else rng.randrange(len(o['heads']))
                if o['heads'] is SOC_HEADS:
                    st['head'] = 0 if rng.random() < 0.88 else 1
            if o.get('heads2'):
                st['head2'] = 0 if rng.random() < 0.7 else rng.randrange(len(o['heads2']))
            if o.get('qual_forms'):
                st['qual_i'] = rng.randrange(len(o['qual_forms']))
            st['fils_i'] = 0 if rng.random() < 0.7 else rng.randrange(5)
            st['disp'] = 'company' if rng.random() < 0.78 else 'nolegal'
            st['upper'] = rng.random() < (0.12 if incoming else 0.08)
            st['noaccent'] = rng.random() < (0.15 if incoming else 0.05)
            st['contact_show'] = rng.random() < 0.65
            if incoming:
                st['disp'] = 'company'
        spec['phone_fmt'] = wpick(rng, [(0, 55), (2, 18), (1, 15), (3, 4), (4, 2), (5, 2), (6, 2), (7, 2)]) if incoming \
            else wpick(rng, [(0, 62), (2, 20), (1, 14), (3, 4)])
        spec['email_case'] = 0 if rng.random() < (0.93 if incoming else 0.97) else rng.choice([1, 2])
        a = spec['addr']
        if a:
            ast_ = a['st']
            ast_['stype_fmt'] = wpick(rng, [(0, 48), (1, 36), (2, 10), (3, 6)])
            ast_['suf_fmt'] = wpick(rng, [(0, 60), (1, 10), (2, 15), (3, 15)])
            ast_['comma'] = rng.random() < 0.15
            ast_['abbr'] = rng.random() < 0.15
            ast_['case'] = 'upper' if rng.random() < (0.08 if incoming else 0.05) else 'normal'
            ast_['noaccent'] = rng.random() < 0.08
            ast_['ld_fmt'] = rng.randrange(5)
            ast_['l2_fmt'] = wpick(rng, [(0, 55), (1, 20), (2, 15), (3, 10)])
            ast_['l2_sep'] = wpick(rng, [(0, 55), (1, 25), (2, 15), (3, 5)])
            ast_['city_fmt'] = (wpick(rng, [(0, 40), (1, 30), (2, 15), (4, 10), (3, 5)]) if a['arr']
                                else wpick(rng, [(0, 82), (1, 10), (2, 4), (3, 4)]))
            ast_['region_fmt'] = wpick(rng, [(0, 60), (1, 22), (2, 3), (3, 3), (4, 12)])
            ast_['country_fmt'] = wpick(rng, [(0, 50), (1, 28), (2, 22)])
        return spec

    # ------------------------------------------------ noise operations
    # each returns a change label ("group:what") or None when not applicable
    def op_name_order(self, s, ctx):
        p = s['p']
        if p['household']:
            return None
        st = p['st']
        st['order'] = 'FG' if st['order'] == 'GF' else 'GF'
        st['fam_upper'] = self.rng.random() < (0.75 if st['order'] == 'FG' else 0.1)
        return 'name:order'

    def op_name_case(self, s, ctx):
        rng = self.rng
        st = s['p']['st'] if s['type'] == 'person' else s['o']['st']
        if s['type'] == 'org':
            st['upper'] = not st['upper']
            return 'name:case'
        r = rng.random()
        if st['all_upper'] or st['all_lower']:
            st['all_upper'] = st['all_lower'] = False
        elif r < 0.45:
            st['all_upper'] = True
        elif r < 0.7:
            st['all_lower'] = True
        else:
            st['fam_upper'] = not st['fam_upper']
        return 'name:case'

    def op_name_accents(self, s, ctx):
        st = s['p']['st'] if s['type'] == 'person' else s['o']['st']
        if st['noaccent']:
            return None
        st['noaccent'] = True
        return 'name:accents'

    def op_name_civility(self, s, ctx):
        p = s['p']
        if p['household']:
            return None
        st = p['st']
        rng = self.rng
        if st['civ_show'] and rng.random() < 0.5:
            st['civ_show'] = False
        elif st['civ_show']:
            st['civ_fmt'] = (st['civ_fmt'] + rng.randint(1, 4)) % 5
            if p['civ'] in ('Mme', 'Mlle') and rng.random() < 0.3:
                p['civ'] = 'Mlle' if p['civ'] == 'Mme' else 'Mme'
        else:
            st['civ_show'] = True
            st['civ_fmt'] = rng.randrange(5)
        return 'name:civility'

    def op_name_hyphen(self, s, ctx):
        p = s['p']
        st = p['st']
        if '-' not in p['given'] or st['given_form'] not in ('full', 'space'):
            return None
        st['given_form'] = 'space' if st['given_form'] == 'full' else 'full'
        return 'name:hyphen'

    def op_name_initial(self, s, ctx):
        p = s['p']
        st = p['st']
        if st['given_form'] not in ('full', 'space') or st['given_hide']:
            return None
        st['given_form'] = 'initial'
        return 'name:initial'

    def op_name_nickname(self, s, ctx):
        p = s['p']
        st = p['st']
        if p['given'] not in NICK or st['given_form'] not in ('full', 'space') or st['given_hide']:
            return None
        st['given_form'] = 'nick'
        st['nick'] = self.rng.choice(NICK[p['given']])
        return 'name:nickname'

    def op_name_spelling(self, s, ctx):
        p = s['p']
        rng = self.rng
        opts = []
        if p['given'] in GIVEN_VAR:
            opts.append('g')
        if p['family'] in FAM_VAR:
            opts.append('f')
        if not opts:
            return None
        if rng.choice(opts) == 'g':
            p['given'] = rng.choice(GIVEN_VAR[p['given']])
            if p['st']['given_form'] == 'nick':
                p['st']['given_form'] = 'full'
        else:
            p['family'] = rng.choice(FAM_VAR[p['family']])
        return 'name:spelling'

    def op_name_particle(self, s, ctx):
        p = s['p']
        if not PART_RE.match(p['family']):
            return None
        st = p['st']
        st['particle'] = self.rng.choice([m for m in (1, 2, 3) if m != st['particle']])
        return 'name:particle'

    def op_name_married(self, s, ctx):
        p = s['p']
        if not p['maiden']:
            return None
        st = p['st']
        cmp_form = ctx['cmp']['p']['st']['married'] if ctx.get('cmp') and ctx['cmp']['type'] == 'person' else 'plain'
        opts = [f for f in ('plain', 'nee', 'hyphen') if f != st['married']]
        if cmp_form in ('nee', 'hyphen') and st['married'] != 'maiden':
            opts.append('maiden')
        st['married'] = self.rng.choice(opts)
        return 'name:married_name'

    def op_name_given_dropped(self, s, ctx):
        p = s['p']
        if p['household'] or p['st']['given_hide']:
            return None
        p['st']['given_hide'] = True
        if self.rng.random() < 0.7:
            p['st']['civ_show'] = True
        return 'name:given_dropped'

    def op_name_fields(self, s, ctx):
        st = s['p']['st']
        st['fields'] = self.rng.choice([f for f in ('swapped', 'none', 'family_only') if f != st['fields']])
        return 'name:fields'

    def op_name_household(self, s, ctx):
        p = s['p']
        if not p['household']:
            return None
        n = len(HH_DIFF if p['family2'] else HH_SAME)
        p['st']['hh'] = (p['st']['hh'] + self.rng.randint(1, n - 1)) % n
        return 'name:household_form'

    def op_name_typo(self, s, ctx):
        rng = self.rng
        done = ctx.setdefault('typo_done', [])
        if s['type'] == 'person':
            p = s['p']
            opts = []
            if 'given' not in done and p['st']['given_form'] in ('full', 'space') and len(p['given']) >= 4 \
                    and not p['st']['given_hide']:
                opts.append('given')
            if 'family' not in done:
                opts.append('family')
            if not opts:
                return None
            f = rng.choice(opts)
            words = p[f].split(' ')
            idx = max(range(len(words)), key=lambda i: len(words[i]))
            nw = typo_word(words[idx], rng)
            if not nw:
                return None
            words[idx] = nw
            p[f] = ' '.join(words)
            done.append(f)
            return 'name:typo'
        o = s['o']
        if 'core' in done:
            return None
        words = o['core'].split(' ')
        cand = [i for i, w in enumerate(words) if len(w) >= 4 and not any(ch.isdigit() for ch in w)]
        if not cand:
            return None
        i = rng.choice(cand)
        nw = typo_word(words[i], rng)
        if not nw:
            return None
        words[i] = nw
        o['core'] = ' '.join(words)
        done.append('core')
        return 'name:typo'

    def op_name_legal(self, s, ctx):
        o = s['o']
        if not o['legal']:
            return None
        st = o['st']
        rng = self.rng
        if rng.random() < 0.65:
            st['legal_pos'] = rng.choice([x for x in ('suffix', 'prefix', 'none') if x != st['legal_pos']])
        else:
            st['legal_fmt'] = (st['legal_fmt'] + rng.randint(1, 4)) % 5
            if st['legal_pos'] == 'none':
                st['legal_pos'] = 'suffix'
        st['disp'] = 'company'
        return 'name:legal_form'

    def op_name_wording(self, s, ctx):
        o = s['o']
        rng = self.rng
        opts = []
        if o.get('heads') and len(o['heads']) > 1:
            opts.append('head')
        if o.get('heads2') and len(o['heads2']) > 1:
            opts.append('head2')
        if not opts:
            return None
        k = rng.choice(opts)
        lst = o['heads'] if k == 'head' else o['heads2']
        o['st'][k] = (o['st'][k] + rng.randint(1, len(lst) - 1)) % len(lst)
        return 'name:wording'

    def op_name_abbrev(self, s, ctx):
        o = s['o']
        rng = self.rng
        opts = []
        if re.search(r'\bSainte?-', org_name(o)):
            opts.append('saint')
        if o.get('fils'):
            opts.append('fils')
        if not opts:
            return None
        k = rng.choice(opts)
        if k == 'saint':
            o['st']['saint_abbr'] = not o['st']['saint_abbr']
        else:
            o['st']['fils_i'] = (o['st']['fils_i'] + rng.randint(1, 4)) % 5
        return 'name:abbrev'

    def op_name_article(self, s, ctx):
        o = s['o']
        if not re.match(r"^(Le |La |Les |L')", o['core']):
            return None
        o['st']['art_drop'] = not o['st']['art_drop']
        return 'name:article'

    def op_name_contact(self, s, ctx):
        o = s['o']
        rng = self.rng
        if o.get('contact') and o['st']['contact_show']:
            if rng.random() < 0.6:
                o['st']['contact_show'] = False
            else:
                o['contact'] = self.mk_contact()
        elif o.get('contact'):
            o['st']['contact_show'] = True
        else:
            o['contact'] = self.mk_contact()
            o['st']['contact_show'] = True
        return 'name:contact'

    def op_name_qualifier(self, s, ctx):
        o = s['o']
        if not o.get('qual') or len(o['qual_forms']) < 2:
            return None
        n = len(o['qual_forms'])
        before = o['qual_forms'][o['st']['qual_i'] % n]
        for _ in range(10):
            o['st']['qual_i'] = self.rng.randrange(n)
            if o['qual_forms'][o['st']['qual_i']] != before:
                return 'name:qualifier'
        return None

    # ---- e-mail
    def op_email_case(self, s, ctx):
        if not s['email']:
            return None
        s['email_case'] = self.rng.choice([c for c in (1, 2, 3) if c != s['email_case']])
        return 'email:case'

    def op_email_near(self, s, ctx):
        if not s['email']:
            return None
        local, dom = split_email(s['email'])
        for _ in range(10):
            nl = near_local(local, self.rng)
            if nl and self.email_free(nl + '@' + dom, allow=s['email'].lower()):
                e = nl + '@' + dom
                self.reg_email(e)
                s['email'] = e
                return 'email:near_typo'
        return None

    def op_email_domain_typo(self, s, ctx):
        if not s['email']:
            return None
        local, dom = split_email(s['email'])
        rng = self.rng
        if dom in DOMAIN_TYPO:
            nd = rng.choice(DOMAIN_TYPO[dom])
        else:
            base, tld = dom.rsplit('.', 1)
            nd = rng.choice([base + '.' + ('com' if tld != 'com' else 'fr'), (typo_word(base, rng, ('del', 'sub', 'dup')) or base + 's') + '.' + tld])
        e = local + '@' + nd
        if not self.email_free(e):
            return None
        self.reg_email(e)
        s['email'] = e
        return 'email:domain_typo'

    def op_email_provider(self, s, ctx):
        if not s['email']:
            return None
        local, dom = split_email(s['email'])
        if dom not in ISP:
            return None
        for _ in range(10):
            nd = wpick(self.rng, [(p, w) for p, w in PROVIDERS if p != dom])
            e = local + '@' + nd
            if self.email_free(e):
                self.reg_email(e)
                s['email'] = e
                return 'email:provider_changed'
        return None

    def new_email_for(self, s):
        rng = self.rng
        if s['type'] == 'person':
            p = s['p']
            return self.person_email(p['given'], p['family'], p['given2'], p['household'])
        o = s['o']
        c = o.get('contact')
        if c and rng.random() < 0.5:
            return self.person_email(c['given'], c['family'])
        return self.isp_org_email(self.plain_name(o))

    def op_email_changed(self, s, ctx):
        if not s['email']:
            return None
        s['email'] = self.new_email_for(s)
        s['email_case'] = 0
        return 'email:changed'

    def op_email_missing(self, s, ctx):
        if not s['email']:
            return None
        s['email'] = None
        return 'email:missing'

    def op_email_added(self, s, ctx):
        if s['email']:
            return None
        s['email'] = self.new_email_for(s)
        return 'email:added'

    def op_email_other_mailbox(self, s, ctx):
        if s['type'] != 'org' or not s['email']:
            return None
        local, dom = split_email(s['email'])
        if dom in ISP:
            return None
        for _ in range(10):
            r = self.rng.choice(ROLES + ['facturation', 'achats', 'travaux', 'technique'])
            e = r + '@' + dom
            if r != local and not one_edit(r, local) and self.email_free(e):
                self.reg_email(e)
                s['email'] = e
                return 'email:other_mailbox'
        return None

    # ---- phone
    def op_phone_format(self, s, ctx):
        if not s['phone']:
            return None
        s['phone_fmt'] = self.rng.choice([f for f in range(9) if f != s['phone_fmt']])
        return 'phone:format'

    def op_phone_missing(self, s, ctx):
        if not s['phone']:
            return None
        s['phone'] = None
        return 'phone:missing'

    def new_phone_for(self, s):
        dept = s['addr']['dept'] if s['addr'] else '69'
        if s['type'] == 'person':
            kind = 'mobile' if self.rng.random() < 0.8 else 'box'
        else:
            kind = 'land' if self.rng.random() < 0.6 else 'mobile'
        return self.phone_for(kind, dept)

    def op_phone_changed(self, s, ctx):
        if not s['phone']:
            return None
        s['phone'] = self.new_phone_for(s)
        return 'phone:changed'

    def op_phone_added(self, s, ctx):
        if s['phone']:
            return None
        s['phone'] = self.new_phone_for(s)
        return 'phone:added'

    def op_phone_typo(self, s, ctx):
        d = s['phone']
        if not d:
            return None
        rng = self.rng
        for _ in range(20):
            i = rng.randrange(2, 10)
            if rng.random() < 0.5 and i < 9 and d[i] != d[i + 1]:
                nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
            else:
                nd = d[:i] + rng.choice([c for c in '0123456789' if c != d[i]]) + d[i + 1:]
            if nd not in self.phones:
                self.phones.add(nd)
                s['phone'] = nd
                return 'phone:typo'
        return None

    # ---- address
    def op_addr_format(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        rng = self.rng
        st = a['st']
        opts = ['case', 'comma', 'noaccent']
        if a['ld'] is None:
            opts += ['stype', 'stype', 'abbr']
            if a['suf']:
                opts += ['suf', 'suf']
        else:
            opts += ['ld', 'ld']
        for k in rng.sample(opts, min(len(opts), rng.choice([1, 1, 2]))):
            if k == 'case':
                st['case'] = rng.choice([c for c in ('normal', 'upper', 'lower') if c != st['case']])
            elif k == 'comma':
                st['comma'] = not st['comma']
            elif k == 'noaccent':
                st['noaccent'] = not st['noaccent']
            elif k == 'stype':
                st['stype_fmt'] = (st['stype_fmt'] + rng.randint(1, 3)) % 4
            elif k == 'abbr':
                st['abbr'] = not st['abbr']
            elif k == 'suf':
                st['suf_fmt'] = (st['suf_fmt'] + rng.randint(1, 4)) % 5
            elif k == 'ld':
                st['ld_fmt'] = (st['ld_fmt'] + rng.randint(1, 4)) % 5
        return 'address:format'

    def op_addr_city_format(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        a['st']['city_fmt'] = (a['st']['city_fmt'] + self.rng.randint(1, 6)) % (7 if a['arr'] else 6)
        return 'address:city_format'

    def op_addr_region(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        a['st']['region_fmt'] = (a['st']['region_fmt'] + self.rng.randint(1, 5)) % 6
        return 'address:region'

    def op_addr_country(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        a['st']['country_fmt'] = (a['st']['country_fmt'] + self.rng.randint(1, 2)) % 3
        return 'address:country'

    def op_addr_line2(self, s, ctx):
        a = s['addr']
        if not a or not a['l2'] or a['st']['l2_drop']:
            return None
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            a['st']['l2_drop'] = True
            return 'address:line2_dropped'
        if r < 0.7 or len(a['l2']) < 2:
            a['st']['l2_fmt'] = (a['st']['l2_fmt'] + rng.randint(1, 3)) % 4
        else:
            a['st']['l2_sep'] = (a['st']['l2_sep'] + rng.randint(1, 3)) % 4
        return 'address:line2_format'

    def op_addr_cedex(self, s, ctx):
        a = s['addr']
        if not a or s['type'] != 'org':
            return None
        a['st']['cedex'] = not a['st']['cedex']
        return 'address:cedex'

    def op_addr_street_typo(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        fld = 'ld' if a['ld'] is not None else 'sname'
        words = a[fld].split(' ')
        cand = [i for i, w in enumerate(words) if len(w) >= 4 and not w[0].isdigit()]
        if not cand:
            return None
        i = self.rng.choice(cand)
        nw = typo_word(words[i], self.rng)
        if not nw:
            return None
        words[i] = nw
        a[fld] = ' '.join(words)
        return 'address:street_typo'

    def op_addr_number_typo(self, s, ctx):
        a = s['addr']
        if not a or a['num'] is None:
            return None
        rng = self.rng
        if a['suf'] and rng.random() < 0.5:
            a['suf'] = ''
            return 'address:number_suffix_dropped'
        n = str(a['num'])
        if len(n) >= 2 and n[0] != n[1] and rng.random() < 0.5:
            n = n[1] + n[0] + n[2:]
        else:
            n = str(max(1, a['num'] + rng.choice([-2, -1, 1, 2, 10])))
        if int(n) == a['num'] or n.startswith('0'):
            return None
        a['num'] = int(n)
        return 'address:number_typo'

    def op_addr_postcode_typo(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        pc = a['pc']
        i = self.rng.randrange(2, 5)
        a['pc'] = pc[:i] + self.rng.choice([c for c in '0123456789' if c != pc[i]]) + pc[i + 1:]
        return 'address:postcode_typo'

    def op_addr_city_typo(self, s, ctx):
        a = s['addr']
        if not a:
            return None
        words = re.split(r'([- ])', a['city'])
        cand = [i for i, w in enumerate(words) if len(w) >= 4]
        if not cand:
            return None
        i = self.rng.choice(cand)
        nw = typo_word(words[i], self.rng)
        if not nw:
            return None
        words[i] = nw
        a['city'] = ''.join(words)
        return 'address:city_typo'

    def op_addr_moved(self, s, ctx):
        a = s['addr']
        if s['kind'] in ('org/copropriete', 'org/mairie', 'org/ecole', 'org/agence', 'org/etablissement'):
            return None             # the name carries the place
        rng = self.rng
        scope = 'lyon' if not a or a['dept'] == '69' and rng.random() < 0.7 else None
        who = 'person' if s['type'] == 'person' else 'org'
        na = self.new_addr(scope=scope, who=who)
        if a:
            na['st'] = copy.deepcopy(a['st'])
            na['st']['cedex'] = False
        s['addr'] = na
        return 'address:moved'

    def op_addr_missing(self, s, ctx):
        if not s['addr']:
            return None
        s['addr'] = None
        return 'address:missing'

    def op_addr_merged(self, s, ctx):
        a = s['addr']
        if not a or not a['l2'] or a['st']['l2_drop'] or a['st']['merge']:
            return None
        a['st']['merge'] = True
        return 'address:line2_merged'

    def op_addr_swap(self, s, ctx):
        a = s['addr']
        if not a or not a['l2'] or a['st']['l2_drop'] or a['st']['merge'] or a['st']['swap']:
            return None
        a['st']['swap'] = True
        return 'address:lines_swapped'

    def op_addr_pc_in_city(self, s, ctx):
        a = s['addr']
        if not a or a['st']['pc_in_city']:
            return None
        a['st']['pc_in_city'] = True
        return 'address:postcode_in_city'


OPS = [
    ('op_name_order', 'light', 3, 'p'), ('op_name_case', 'light', 2, 'b'), ('op_name_accents', 'light', 2, 'b'),
    ('op_name_civility', 'light', 2, 'p'), ('op_name_hyphen', 'light', 4, 'p'), ('op_name_legal', 'light', 4, 'o'),
    ('op_name_wording', 'light', 3, 'o'), ('op_name_abbrev', 'light', 3, 'o'), ('op_name_article', 'light', 3, 'o'),
    ('op_name_qualifier', 'light', 4, 'o'), ('op_email_case', 'light', 1, 'b'), ('op_phone_format', 'light', 5, 'b'),
    ('op_addr_format', 'light', 4, 'b'), ('op_addr_city_format', 'light', 3, 'b'), ('op_addr_region', 'light', 1, 'b'),
    ('op_addr_country', 'light', 2, 'b'), ('op_addr_line2', 'light', 3, 'b'), ('op_addr_cedex', 'light', 1, 'o'),
    ('op_name_typo', 'medium', 5, 'b'), ('op_name_nickname', 'medium', 10, 'p'), ('op_name_initial', 'medium', 1, 'p'),
    ('op_name_spelling', 'medium', 10, 'p'), ('op_name_particle', 'medium', 10, 'p'), ('op_name_married', 'medium', 6, 'p'),
    ('op_name_household', 'medium', 8, 'p'), ('op_name_contact', 'medium', 3, 'o'),
    ('op_email_missing', 'medium', 4, 'b'), ('op_email_changed', 'medium', 3, 'b'), ('op_email_provider', 'medium', 2, 'b'),
    ('op_email_near', 'medium', 2, 'b'), ('op_email_added', 'medium', 3, 'b'), ('op_phone_missing', 'medium', 4, 'b'),
    ('op_phone_changed', 'medium', 4, 'b'), ('op_phone_added', 'medium', 3, 'b'), ('op_addr_street_typo', 'medium', 2, 'b'),
    ('op_addr_city_typo', 'medium', 1, 'b'), ('op_addr_missing', 'medium', 1, 'b'),
    ('op_addr_moved', 'harsh', 4, 'b'), ('op_name_given_dropped', 'harsh', 1, 'p'), ('op_name_fields', 'harsh', 1, 'p'),
    ('op_phone_typo', 'harsh', 2, 'b'), ('op_email_domain_typo', 'harsh', 1, 'b'), ('op_addr_number_typo', 'harsh', 1, 'b'),
    ('op_addr_postcode_typo', 'harsh', 1, 'b'), ('op_addr_merged', 'harsh', 1, 'b'), ('op_addr_swap', 'harsh', 1, 'b'),
    ('op_addr_pc_in_city', 'harsh', 1, 'b'), ('op_email_other_mailbox', 'harsh', 1, 'o'),
]
ADDR_ONLY_FORBIDDEN = ('name:given_dropped', 'name:initial', 'name:married_name', 'name:fields')


class Index:
    """Channel index over records (email, near e-mail, phone, address key)."""

    def __init__(self):
        self.email, self.near, self.phone, self.addr = {}, {}, {}, {}

    def add(self, i, rec):
        e = (rec.get('email') or '').lower()
        if e:
            self.email.setdefault(e, []).append(i)
            local, dom = split_email(e)
            for k in del_keys(local):
                self.near.setdefault((dom, k), []).append((i, local))
        p = norm_phone(rec.get('phone'))
        if p:
            self.phone.setdefault(p, []).append(i)
        a = addr_key(rec.get('address'))
        if a:
            self.addr.setdefault(a, []).append(i)

    def holders(self, rec):
        out = {}
        e = (rec.get('email') or '').lower()
        if e:
            for i in self.email.get(e, []):
                out.setdefault(i, []).append('email')
            local, dom = split_email(e)
            seen = []
            for k in del_keys(local):
                for i, l in self.near.get((dom, k), []):
                    if l != local and one_edit(l, local) and i not in seen:
                        seen.append(i)
                        out.setdefault(i, []).append('email_near')
        p = norm_phone(rec.get('phone'))
        if p:
            for i in self.phone.get(p, []):
                out.setdefault(i, []).append('phone')
        a = addr_key(rec.get('address'))
        if a:
            for i in self.addr.get(a, []):
                out.setdefault(i, []).append('address')
        return out


def chan_equal(a, b, t):
    if t in ('email', 'email_near'):
        return bool(a.get('email')) and (a.get('email') or '').lower() == (b.get('email') or '').lower()
    if t == 'phone':
        return norm_phone(a.get('phone')) is not None and norm_phone(a.get('phone')) == norm_phone(b.get('phone'))
    return addr_key(a.get('address')) is not None and addr_key(a.get('address')) == addr_key(b.get('address'))


def is_person_ev_weak(ev):
    return set(ev) == {'address'}


# ---------------------------------------------------------------- noise driver
def noise_plan(rng, profile):
    if profile == 'light':
        return [('light', rng.choice([1, 1, 2, 2, 3]))]
    if profile == 'medium':
        return [('medium', rng.choice([1, 2, 2])), ('light', rng.choice([1, 1, 2]))]
    return [('harsh', rng.choice([1, 2, 2])), ('medium', rng.choice([1, 2, 2, 3])), ('light', rng.choice([0, 1, 2]))]


def apply_noise(g, base, base_rec, profile, has_suffix=False):
    rng = g.rng
    s = copy.deepcopy(base)
    ctx = {'cmp': base, 'typo_done': []}
    typ = 'p' if s['type'] == 'person' else 'o'
    labels = []
    cur = render(s)
    for tier, n in noise_plan(rng, profile):
        pool = [(name, w) for name, t, w, ty in OPS if t == tier and ty in ('b', typ)]
        applied = tries = 0
        while applied < n and tries < 40:
            tries += 1
            name = wpick(rng, pool)
            lab = getattr(g, name)(s, ctx)
            if not lab:
                continue
            new = render(s)
            grp = lab.split(':')[0]
            if group_val(new, grp) == group_val(cur, grp):
                continue
            labels.append(lab)
            cur = new
            applied += 1
    out = []
    for lab in labels:
        grp = lab.split(':')[0]
        if group_val(cur, grp) != group_val(base_rec, grp) and lab not in out:
            out.append(lab)
    for grp in ('email', 'phone', 'address'):
        mine = [l for l in out if l.startswith(grp + ':')]
        if not mine:
            continue
        if cur.get(grp) is None:
            repl = [grp + ':missing']
        elif base_rec.get(grp) is None:
            repl = [grp + ':added']
        elif grp + ':missing' in mine:
            repl = [l for l in mine if l not in (grp + ':missing', grp + ':added')] or [grp + ':changed']
        else:
            repl = mine
        for whole in (grp + ':changed', 'address:moved'):
            if whole in repl:           # a new value: the other labels of the group say nothing more
                repl = [whole]
        first = out.index(mine[0])
        out = [l for l in out if not l.startswith(grp + ':')]
        out[first:first] = repl
    if group_val(cur, 'name') != group_val(base_rec, 'name') and not any(l.startswith('name:') for l in out):
        out.append('name:qbo_suffix_dropped')
    elif has_suffix and 'name:qbo_suffix_dropped' not in out:
        out.append('name:qbo_suffix_dropped')
    return s, cur, out


def link_ok(g, inc, cmp_rec, cmp_i, labels, index, is_person, exclude=()):
    """Returns evidence list if the record satisfies the link-evidence rule, else None."""
    ev = evidence(inc, cmp_rec)
    if not ev:
        return None
    hold = index.holders(inc)
    uniq = []
    for t in ev:
        others = [i for i, ts in hold.items() if i != cmp_i and i not in exclude and
                  (t in ts or (t in ('email', 'email_near') and ('email' in ts or 'email_near' in ts)))]
        if not others:
            uniq.append(t)
    if not uniq:
        return None
    for i, ts in hold.items():
        if i == cmp_i or i in exclude:
            continue
        other = index.recs[i]
        for t in ts:
            if not chan_equal(cmp_rec, other, t):
                return None
    nname = sum(1 for l in labels if l.startswith('name:'))
    if ev == ['email_near'] and nname > 1:
        return None
    if is_person and is_person_ev_weak(ev):
        if any(l in ADDR_ONLY_FORBIDDEN for l in labels) or nname > 2:
            return None
    if not name_overlap(inc, cmp_rec):
        return None
    return ev


def make_variant(g, base, base_rec, cmp_i, index, profile, exclude=(), has_suffix=False):
    """Noisy copy of base that keeps link evidence with base_rec."""
    is_person = base['type'] == 'person'
    prof = profile
    for attempt in range(90):
        if attempt == 60:
            prof = 'medium' if profile == 'harsh' else 'light'
        if attempt == 75:
            prof = 'light'
        s, rec, labels = apply_noise(g, base, base_rec, prof, has_suffix)
        if not labels:
            continue
        ev = link_ok(g, rec, base_rec, cmp_i, labels, index, is_person, exclude)
        if ev:
            return s, rec, labels, ev, prof
    raise RuntimeError('no valid variant for %s' % base_rec['displayName'])


# ---------------------------------------------------------------- existing customers
def build_existing(g):
    rng = g.rng
    ents = []
    g.syndics, g.agence_groups, g.brand_groups, g.hold_groups = [], [], [], []
    # syndics and their copropriétés
    for name, area in SYNDIC_NAMES[:15]:
        syn = g.mk_syndic(name, area)
        syn['members'] = []
        for _ in range(rng.randint(4, 8)):
            e = g.mk_copro(syn)
            syn['members'].append(e['id'])
            ents.append(e)
        g.syndics.append(syn)
    # bailleurs sociaux
    for name in BAILLEURS[:6]:
        ents.append(g.mk_bailleur(name))
    # companies with agences (incl. 3 bailleurs with agences de proximité)
    for k in range(16):
        grp = g.agence_group(bailleur=BAILLEURS[6 + k - 13] if k >= 13 else None)
        grp['members'] = []
        for _ in range(rng.randint(2, 4)):
            e = g.mk_agence(grp)
            grp['members'].append(e['id'])
            ents.append(e)
        g.agence_groups.append(grp)
    # multi-site bakeries / restaurants
    for brand, btype in BRAND_ETAB[:14]:
        grp = g.brand_groups.append(g.brand_group(brand, btype)) or g.brand_groups[-1]
        grp['members'] = []
        for _ in range(rng.randint(2, 3)):
            e = g.mk_etab(grp)
            grp['members'].append(e['id'])
            ents.append(e)
    # groups: holding + operating company
    for k in range(28):
        grp = g.hold_groups.append(g.holding_group()) or g.hold_groups[-1]
        grp['members'] = {}
        which = ['operating', 'holding'] if k < 10 else (['operating'] if k < 24 else ['holding'])
        for w in which:
            e = g.mk_group_member(grp, w)
            grp['members'][w] = e['id']
            ents.append(e)
    for fn, n in ((g.mk_company, 250), (g.mk_sci, 50), (g.mk_ei, 45), (g.mk_asso, 35), (g.mk_mairie, 25),
                  (g.mk_school, 22), (g.mk_ehpad, 15), (g.mk_commerce, 40), (g.mk_hotel, 20), (g.mk_medical, 25)):
        for _ in range(n):
            ents.append(fn())
    n_org = len(ents)
    # persons
    for _ in range(85):
        ents.append(g.mk_person(household=True))
    for _ in range(15):                       # couples where both spouses are customers
        h = g.mk_person(gender='m', email_p=0.9, mobile_p=0.9)
        a = copy.deepcopy(h['spec']['addr'])
        w = g.mk_person(gender='f', family=h['spec']['p']['family'], addr=a, email_p=0.9, mobile_p=1.0,
                        allow_dup_name=False, maiden_p=0.5)
        h['info']['couple'] = w['id']
        w['info']['couple'] = h['id']
        ents += [h, w]
    for _ in range(8):                        # namesakes, both customers
        a = g.mk_person()
        p = a['spec']['p']
        town = g.pick_town(g.scope_pick(), exclude_cities=(a['spec']['addr']['city'],))
        b = g.mk_person(gender=p['gender'], given=p['given'], family=p['family'], allow_dup_name=True, town=town)
        a['info']['namesake'] = b['id']
        b['info']['namesake'] = a['id']
        ents += [a, b]
    for _ in range(8):                        # father and son with the same name, both customers
        mark = rng.random() < 0.5
        f = g.mk_person(gender='m', marker='père' if mark else None, origin='fr')
        p = f['spec']['p']
        s = g.mk_person(gender='m', given=p['given'], family=p['family'], allow_dup_name=True,
                        marker='fils' if mark else None, scope='lyon')
        f['info']['pf'] = s['id']
        s['info']['pf'] = f['id']
        ents += [f, s]
    while len(ents) < N_EXISTING:
        ents.append(g.mk_person())
    return ents, n_org


def finalize_existing(g, ents):
    """Style, render, de-duplicate display names (QBO suffix), sort."""
    rng = g.rng
    for e in ents:
        e['ex_spec'] = g.style(copy.deepcopy(e['spec']), incoming=False)
        e['ex_rec'] = render(e['ex_spec'])
        e['suffix'] = False
    # QBO: display names must be unique (case-insensitive)
    by = {}
    for e in ents:
        by.setdefault(e['ex_rec']['displayName'].casefold(), []).append(e)
    taken = set(by.keys())
    for key in sorted(by.keys()):
        grp = by[key]
        if len(grp) < 2:
            continue
        for k, e in enumerate(grp[1:], 2):
            rec = e['ex_rec']
            a = e['ex_spec']['addr']
            city = a['city'] if a else None
            cands = []
            if city and city != (grp[0]['ex_spec']['addr'] or {}).get('city'):
                cands.append(rec['displayName'] + ' (' + city + ')')
            cands += [rec['displayName'] + ' - %d' % n for n in range(k, k + 20)]
            for c in cands:
                if c.casefold() not in taken:
                    taken.add(c.casefold())
                    rec['displayName'] = c
                    e['suffix'] = True
                    break
    ents.sort(key=lambda e: (fold(e['ex_rec']['displayName']).casefold(), e['ex_rec']['displayName'], e['id']))
    for i, e in enumerate(ents):
        e['ex_index'] = i
    g.ex = ents
    g.ex_by_id = {e['id']: e for e in ents}
    g.ex_index = Index()
    g.ex_index.recs = [e['ex_rec'] for e in ents]
    for i, e in enumerate(ents):
        g.ex_index.add(i, e['ex_rec'])


# ---------------------------------------------------------------- hard negatives
COPRO_GENERIC = {'syndicat', 'copro', 'coproprietaires', 'copropriete', 'sdc', 'synd', 'syndic', 'residence',
                 'resid', 'res', 'rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'chemin', 'impasse', 'allee',
                 'route', 'quai', 'cours', 'montee', 'bis', 'ter', 'saint', 'st', 'sainte', 'ste'}


def tokens_of(s):
    return [t for t in re.sub(r'[^a-z0-9]+', ' ', fold(s or '').lower()).split() if t]


def city_norm(c):
    out = []
    for t in tokens_of(c):
        t = {'st': 'saint', 'ste': 'sainte'}.get(t, t)
        if t in ('cedex', 'er', 'e', 'eme') or t.isdigit() or re.fullmatch(r'\d+(er|e|eme)', t):
            continue
        out.append(t)
    return ' '.join(out)


def l2_norm(a):
    if not a or not a.get('line2'):
        return None
    toks = []
    for t in tokens_of(a['line2']):
        t = {'apt': 'appartement', 'appt': 'appartement', 'app': 'appartement', 'bat': 'batiment',
             'esc': 'escalier', 'res': 'residence', 'resid': 'residence', 'et': 'etage'}.get(t, t)
        m = re.fullmatch(r'(\d+)(e|eme|er)', t)
        if m:
            t = m.group(1)
        toks.append(t)
    return ' '.join(sorted(toks))


def org_name_tokens(c):
    return name_tokens(c, ('displayName', 'companyName'))


def hn_rule_ok(htype, rec, anc, shared, ex_index):
    """Decidability rule of each hard-negative type (mirrored in check.py)."""
    sh = set(shared)
    if htype in ('namesake_other_town', 'father_son'):
        if shared:
            return False
        need = tokens_of(anc.get('givenName')) + tokens_of(anc.get('familyName'))
        have = tokens_of(rec.get('displayName'))
        if not need or any(t not in have for t in need):
            return False
        if htype == 'namesake_other_town':
            ra, rb = rec.get('address') or {}, anc.get('address') or {}
            return bool(ra.get('postalCode')) and ra.get('postalCode') != rb.get('postalCode') \
                and city_norm(ra.get('city')) != city_norm(rb.get('city'))
        marks = [m for m in ('pere', 'fils') if m in have]
        if not marks or any(m in tokens_of(anc.get('displayName')) for m in marks):
            return False
        return addr_key(rec.get('address')) != addr_key(anc.get('address'))
    if htype == 'spouse_same_address':
        if shared != ['address']:
            return False
        fam = tokens_of(rec.get('familyName'))
        if not fam or not all(t in name_tokens(anc) for t in fam):
            return False
        ga, gb = tokens_of(rec.get('givenName')), tokens_of(anc.get('givenName'))
        return bool(ga) and bool(gb) and not any(tok_close(x, y) for x in ga for y in gb)
    if htype in ('later_occupant', 'neighbour_same_building'):
        if shared != ['address'] or name_overlap(rec, anc):
            return False
        la, lb = l2_norm(rec.get('address')), l2_norm(anc.get('address'))
        if htype == 'later_occupant':
            return la is not None and la == lb
        return la is not None and lb is not None and la != lb
    if htype == 'copro_same_syndic':
        if not shared or not sh <= {'email', 'phone'}:
            return False
        for t in shared:
            holders = [i for i, ts in ex_index.holders(rec).items() if t in ts]
            if len(holders) < 2:
                return False
        ta = [t for t in org_name_tokens(rec) if t not in COPRO_GENERIC and not t.isdigit()]
        tb = [t for t in org_name_tokens(anc) if t not in COPRO_GENERIC and not t.isdigit()]
        return bool(ta) and bool(tb) and not any(tok_close(x, y) for x in ta for y in tb)
    if htype == 'holding_vs_operating':
        if not shared or not sh <= {'email', 'address'}:
            return False
        ha = any(w in tokens_of(rec.get('companyName')) for w in HOLDING_WORDS)
        hb = any(w in tokens_of(anc.get('companyName')) for w in HOLDING_WORDS)
        return ha != hb
    if htype in ('agence_other_town', 'other_establishment', 'same_core_other_trade'):
        if not sh <= ({'email'} if htype != 'same_core_other_trade' else set()):
            return False
        ta, tb = org_name_tokens(rec), org_name_tokens(anc)
        if not any(t not in tb for t in ta) or not any(t not in ta for t in tb):
            return False
        if not name_overlap({'companyName': rec.get('companyName')}, {'companyName': anc.get('companyName')}):
            return False
        if htype == 'same_core_other_trade':
            ra, rb = rec.get('address') or {}, anc.get('address') or {}
            return city_norm(ra.get('city')) != city_norm(rb.get('city'))
        return True
    return False


def hn_holders_ok(g, rec, anc_i):
    anc = g.ex[anc_i]['ex_rec']
    for i, ts in g.ex_index.holders(rec).items():
        if i == anc_i:
            continue
        for t in ts:
            if not chan_equal(anc, g.ex[i]['ex_rec'], t):
                return False
    return True


def person_clean_anchor(e):
    s = e['ex_spec']
    if s['type'] != 'person' or s['p']['household'] or s['p']['marker']:
        return False
    if any(k in e['info'] for k in ('couple', 'namesake', 'pf')):
        return False
    st = s['p']['st']
    return st['fields'] == 'normal' and not st['given_hide'] and st['given_form'] == 'full' and s['addr'] is not None


def hn_style(g, spec, keep_fields=True):
    spec = g.style(spec, incoming=True)
    if spec['type'] == 'person':
        st = spec['p']['st']
        if keep_fields:
            st['fields'] = 'normal'
        st['given_form'] = 'full'
        st['given_hide'] = False
    return spec


def build_hn(g):
    rng = g.rng
    out = []
    used_anchor = set()
    persons = [e for e in g.ex if person_clean_anchor(e)]

    def take(pool, cond):
        cands = [e for e in pool if e['id'] not in used_anchor and cond(e)]
        rng.shuffle(cands)
        return cands

    def finish(htype, anc, ent, spec):
        rec = render(spec)
        shared = evidence(rec, anc['ex_rec'])
        la, lb = split_email(rec['email'])[0], split_email(anc['ex_rec']['email'])[0]
        if 'email' not in shared and la and lb and (la == lb or one_edit(la, lb)):
            return False            # same mailbox name at another provider would look like a provider change
        if not hn_rule_ok(htype, rec, anc['ex_rec'], shared, g.ex_index):
            return False
        if not hn_holders_ok(g, rec, anc['ex_index']):
            return False
        used_anchor.add(anc['id'])
        out.append({'id': ent['id'], 'kind': ent['kind'], 'spec': spec, 'rec': rec, 'anchor': anc,
                    'hn_type': htype, 'shared': shared})
        return True

    plan = dict(HN_PLAN)
    # namesakes in another town
    n = 0
    for anc in take(persons, lambda e: True):
        if n >= plan['namesake_other_town']:
            break
        p = anc['ex_spec']['p']
        town = g.pick_town(g.scope_pick(), exclude_cities=(anc['ex_spec']['addr']['city'],))
        ent = g.mk_person(gender=p['gender'], given=p['given'], family=p['family'], allow_dup_name=True, town=town)
        spec = hn_style(g, ent['spec'])
        if finish('namesake_other_town', anc, ent, spec):
            n += 1
    # spouse at the same address
    n = 0
    for anc in take(persons, lambda e: e['ex_spec']['addr']['ld'] is not None or True):
        if n >= plan['spouse_same_address']:
            break
        p = anc['ex_spec']['p']
        sg = 'f' if p['gender'] == 'm' else 'm'
        for _ in range(30):
            _, gv, _ = g.pick_name(sg, 'fr' if rng.random() < 0.8 else None)
            if gv[0] != p['given'][0] and lev(fold(gv).lower(), fold(p['given']).lower()) > 2:
                break
        addr = copy.deepcopy(anc['spec']['addr'])
        addr['st'] = default_ast()
        ent = g.mk_person(gender=sg, given=gv, family=p['family'], addr=addr, email_p=1.0, phone_p=1.0,
                          mobile_p=1.0, maiden_p=0.0)
        if sg == 'f' and rng.random() < 0.4:
            ent['spec']['p']['maiden'] = rng.choice(FR_FAM)
        spec = hn_style(g, ent['spec'])
        spec['p']['st']['civ_show'] = rng.random() < 0.7
        if spec['p']['st']['married'] == 'maiden':
            spec['p']['st']['married'] = 'plain'
        if finish('spouse_same_address', anc, ent, spec):
            n += 1
    # later tenant/owner of the same flat
    n = 0
    for anc in take(persons, lambda e: any(k == 'apt' for k, v in e['ex_spec']['addr']['l2'])):
        if n >= plan['later_occupant']:
            break
        addr = copy.deepcopy(anc['spec']['addr'])
        addr['st'] = default_ast()
        ent = g.mk_person(addr=addr)
        spec = hn_style(g, ent['spec'])
        if finish('later_occupant', anc, ent, spec):
            n += 1
    # neighbour in another flat of the same building
    n = 0
    for anc in take(persons, lambda e: len(e['ex_spec']['addr']['l2']) > 0 and not e['ex_spec']['addr']['st']['l2_drop']):
        if n >= plan['neighbour_same_building']:
            break
        addr = copy.deepcopy(anc['spec']['addr'])
        addr['st'] = default_ast()
        nl2 = []
        for k, v in addr['l2']:
            if k == 'apt':
                v = str(int(v) + rng.choice([-3, -2, -1, 1, 2, 3, 10, 100])) if int(v) > 3 else str(int(v) + rng.randint(1, 9))
            elif k in ('bat',):
                v = rng.choice([c for c in 'ABCDEFG' if c != v])
            elif k in ('esc', 'etage'):
                v = str(int(v) + rng.choice([1, 2, 3]))
            nl2.append((k, v))
        if not any(k in ('apt', 'bat', 'esc', 'etage') for k, v in nl2):
            nl2.append(('apt', str(rng.randint(1, 40))))
        addr['l2'] = nl2
        ent = g.mk_person(addr=addr)
        spec = hn_style(g, ent['spec'])
        if finish('neighbour_same_building', anc, ent, spec):
            n += 1
    # father / son
    n = 0
    for anc in take(persons, lambda e: e['ex_spec']['p']['gender'] == 'm'):
        if n >= plan['father_son']:
            break
        p = anc['ex_spec']['p']
        town = g.pick_town('lyon') if rng.random() < 0.5 else g.pick_town(g.scope_pick())
        ent = g.mk_person(gender='m', given=p['given'], family=p['family'], allow_dup_name=True, town=town,
                          marker=rng.choice(['fils', 'fils', 'père']))
        spec = hn_style(g, ent['spec'])
        if finish('father_son', anc, ent, spec):
            n += 1
    # another copropriété of the same syndic
    n = 0
    syn_of = {}
    for syn in g.syndics:
        for m in syn['members']:
            syn_of[m] = syn
    cop = [e for e in g.ex if e['kind'] == 'org/copropriete' and len(syn_of[e['id']]['members']) >= 3]
    for anc in take(cop, lambda e: True):
        if n >= plan['copro_same_syndic']:
            break
        syn = syn_of[anc['id']]
        for _ in range(5):
            ent = g.mk_copro(syn)
            r = rng.random()
            if r < 0.15:
                c = ent['spec']['o']['contact']
                e2 = slug(c['given'][0], '') + '.' + slug(c['family'], '') + '@' + syn['dom']
                if g.email_free(e2):
                    g.reg_email(e2)
                    ent['spec']['email'] = e2
            elif r < 0.25:
                ent['spec']['phone'] = g.phone_for('land', ent['spec']['addr']['dept'])
            spec = hn_style(g, ent['spec'])
            if finish('copro_same_syndic', anc, ent, spec):
                n += 1
                break
    # another agence of the same company
    n = 0
    grp_of = {}
    for grp in g.agence_groups:
        for m in grp['members']:
            grp_of[m] = grp
    ag = [e for e in g.ex if e['kind'] == 'org/agence']
    used_grp = []
    for anc in take(ag, lambda e: True):
        if n >= plan['agence_other_town']:
            break
        grp = grp_of[anc['id']]
        if used_grp.count(grp['core']) >= 1 and len(used_grp) < 16:
            continue
        ent = g.mk_agence(grp)
        if anc['spec']['email'] == grp['shared'] and grp['shared']:
            ent['spec']['email'] = grp['shared'] if rng.random() < 0.8 else ent['spec']['email']
        spec = hn_style(g, ent['spec'])
        if finish('agence_other_town', anc, ent, spec):
            n += 1
            used_grp.append(grp['core'])
    # holding vs operating company
    n = 0
    for grp in g.hold_groups:
        if n >= plan['holding_vs_operating']:
            break
        if len(grp['members']) != 1:
            continue
        have = list(grp['members'].keys())[0]
        anc = g.ex_by_id[grp['members'][have]]
        other = 'holding' if have == 'operating' else 'operating'
        ent = g.mk_group_member(grp, other, force_share=True)
        s = ent['spec']
        if not evidence(render(s), anc['ex_rec']):
            if anc['spec']['email'] == grp['shared']:
                s['email'] = grp['shared']
            else:
                s['addr'] = copy.deepcopy(anc['spec']['addr'])
        spec = hn_style(g, s)
        if finish('holding_vs_operating', anc, ent, spec):
            n += 1
    # another établissement of the same brand
    n = 0
    brand_of = {}
    for grp in g.brand_groups:
        for m in grp['members']:
            brand_of[m] = grp
    et = [e for e in g.ex if e['kind'] == 'org/etablissement']
    used_b = []
    for anc in take(et, lambda e: True):
        if n >= plan['other_establishment']:
            break
        grp = brand_of[anc['id']]
        if grp['brand'] in used_b:
            continue
        ent = g.mk_etab(grp)
        if grp['shared'] and anc['spec']['email'] == grp['shared'] and rng.random() < 0.7:
            ent['spec']['email'] = grp['shared']
        spec = hn_style(g, ent['spec'])
        if finish('other_establishment', anc, ent, spec):
            n += 1
            used_b.append(grp['brand'])
    # unrelated company with the same trade-name core
    n = 0
    comp = [e for e in g.ex if e['kind'] == 'org/company' and e['info'].get('trade')
            and e['info']['core'] == e['info']['head'] + ' ' + e['info']['trade']]
    for anc in take(comp, lambda e: True):
        if n >= plan['same_core_other_trade']:
            break
        hw, tr = anc['info']['head'], anc['info']['trade']
        for _ in range(30):
            t2 = rng.choice(TRADES)
            core = hw + ' ' + t2
            if t2 != tr and g.canon(g.org_spec(core, heads=SOC_HEADS)) not in g.onames:
                break
        else:
            continue
        town = g.pick_town(g.scope_pick(), exclude_cities=(anc['spec']['addr']['city'],))
        ent = g.mk_company(core_info=(core, SOC_HEADS, None, hw, t2), town=town, new=True)
        spec = hn_style(g, ent['spec'])
        if finish('same_core_other_trade', anc, ent, spec):
            n += 1
    counts = {}
    for h in out:
        counts[h['hn_type']] = counts.get(h['hn_type'], 0) + 1
    for t, k in HN_PLAN:
        if counts.get(t, 0) != k:
            raise RuntimeError('hard negatives %s: %d of %d' % (t, counts.get(t, 0), k))
    return out


# ---------------------------------------------------------------- matches
def build_matches(g):
    rng = g.rng
    cands = [e for e in g.ex if e['ex_rec']['email'] or e['ex_rec']['phone'] or addr_key(e['ex_rec']['address'])]
    chosen = rng.sample(cands, N_MATCH)
    out = []
    for e in chosen:
        prof = wpick(rng, PROFILE_WEIGHTS)
        s, rec, labels, ev, prof = make_variant(g, e['ex_spec'], e['ex_rec'], e['ex_index'], g.ex_index, prof,
                                                has_suffix=e['suffix'])
        out.append({'id': e['id'], 'kind': e['kind'], 'spec': s, 'rec': rec, 'labels': labels, 'evidence': ev,
                    'profile': prof, 'cmp': e})
    return out


# ---------------------------------------------------------------- new customers
def build_new(g):
    rng = g.rng
    ents = []
    g.phase = 'new'
    for name, area in SYNDIC_NAMES[15:17]:
        syn = g.mk_syndic(name, area)
        for _ in range(rng.randint(3, 5)):
            ents.append(g.mk_copro(syn))
    for name in BAILLEURS[9:11]:
        ents.append(g.mk_bailleur(name))
    for fn, n in ((lambda: g.mk_company(new=True), 82), (g.mk_sci, 15), (g.mk_ei, 15), (g.mk_asso, 12),
                  (lambda: g.mk_commerce(new=True), 15), (lambda: g.mk_hotel(new=True), 8),
                  (g.mk_medical, 10), (lambda: g.mk_school(new=True), 8), (lambda: g.mk_ehpad(new=True), 6),
                  (g.mk_mairie, 8)):
        for _ in range(n):
            ents.append(fn())
    for _ in range(25):
        ents.append(g.mk_person(household=True))
    n_ent = N_NEW - NEW_REPEAT_PLAN[0] - 2 * NEW_REPEAT_PLAN[1]
    while len(ents) < n_ent:
        ents.append(g.mk_person())
    rng.shuffle(ents)
    reps = [2] * NEW_REPEAT_PLAN[0] + [3] * NEW_REPEAT_PLAN[1] + [1] * (n_ent - sum(NEW_REPEAT_PLAN))
    rng.shuffle(reps)
    inc_index = Index()
    inc_index.recs = {}
    seq = 0
    out = []
    for e, k in zip(ents, reps):
        base = g.style(copy.deepcopy(e['spec']), incoming=True)
        base_rec = render(base)
        hold = g.ex_index.holders(base_rec)
        if hold:
            raise RuntimeError('new customer shares a channel with an existing record')
        first = {'id': e['id'], 'kind': e['kind'], 'spec': base, 'rec': base_rec, 'occ': 1, 'seq': seq}
        inc_index.add(seq, base_rec)
        inc_index.recs[seq] = base_rec
        seq += 1
        out.append(first)
        fam = [first['seq']]
        for occ in range(2, k + 1):
            prof = wpick(rng, PROFILE_WEIGHTS)
            for attempt in range(20):
                s, rec, labels, ev, prof2 = make_variant(g, base, base_rec, first['seq'], inc_index, prof,
                                                          exclude=fam)
                if not g.ex_index.holders(rec):
                    break
            else:
                raise RuntimeError('repeat shares a channel with an existing record')
            item = {'id': e['id'], 'kind': e['kind'], 'spec': s, 'rec': rec, 'occ': occ, 'seq': seq,
                    'labels': labels, 'evidence': ev, 'profile': prof2, 'base_seq': first['seq']}
            inc_index.add(seq, rec)
            inc_index.recs[seq] = rec
            fam.append(seq)
            seq += 1
            out.append(item)
    return out


# ---------------------------------------------------------------- output
def hn_changes(h):
    rec, anc = h['rec'], h['anchor']['ex_rec']
    t = h['hn_type']
    name_lab = {'namesake_other_town': 'name:namesake', 'spouse_same_address': 'name:other_given_name',
                'later_occupant': 'name:other_person', 'neighbour_same_building': 'name:other_person',
                'father_son': 'name:pere_fils', 'copro_same_syndic': 'name:other_residence',
                'agence_other_town': 'name:other_agence', 'holding_vs_operating': 'name:holding_vs_operating',
                'other_establishment': 'name:other_establishment', 'same_core_other_trade': 'name:other_trade'}[t]
    addr_lab = {'namesake_other_town': 'address:other_town', 'spouse_same_address': 'address:format',
                'later_occupant': 'address:format', 'neighbour_same_building': 'address:other_flat',
                'father_son': 'address:other_address', 'copro_same_syndic': 'address:other_residence',
                'agence_other_town': 'address:other_town', 'holding_vs_operating': 'address:other_address',
                'other_establishment': 'address:other_address', 'same_core_other_trade': 'address:other_town'}[t]
    out = []
    if group_val(rec, 'name') != group_val(anc, 'name'):
        out.append(name_lab)
    for grp in ('email', 'phone'):
        if group_val(rec, grp) != group_val(anc, grp):
            if not rec.get(grp):
                out.append(grp + ':missing')
            elif grp in h['shared'] or (grp == 'email' and 'email' in h['shared']):
                out.append(grp + ':format')
            else:
                out.append(grp + ':own')
    if group_val(rec, 'address') != group_val(anc, 'address'):
        if 'address' in h['shared'] and addr_lab != 'address:other_flat':
            out.append('address:format')
        else:
            out.append(addr_lab)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    g = Gen(SEED)
    ents, n_org = build_existing(g)
    finalize_existing(g, ents)
    hns = build_hn(g)
    matches = build_matches(g)
    news = build_new(g)
    rng = g.rng
    items = [('match', m) for m in matches] + [('hard_negative', h) for h in hns] + [('new', n) for n in news]
    assert len(items) == 1500, len(items)
    rng.shuffle(items)
    # the first record of a new customer must come first among its records
    pos = {}
    for k, (cat, it) in enumerate(items):
        if cat == 'new':
            pos.setdefault(it['id'], []).append(k)
    for eid, ks in pos.items():
        grp = sorted([items[k] for k in ks], key=lambda x: x[1]['occ'])
        for k, x in zip(ks, grp):
            items[k] = x
    seq_line = {}
    for k, (cat, it) in enumerate(items):
        if cat == 'new':
            seq_line[it['seq']] = N_EXISTING + k
    lines, metas = [], []
    for e in g.ex:
        lines.append({'set': 'existing', 'entity': e['id'], 'contact': e['ex_rec']})
        metas.append({'set': 'existing', 'index': e['ex_index'], 'entity': e['id'], 'category': 'existing',
                      'kind': e['kind'], 'changes': []})
    for k, (cat, it) in enumerate(items):
        idx = N_EXISTING + k
        lines.append({'set': 'incoming', 'entity': it['id'], 'contact': it['rec']})
        m = {'set': 'incoming', 'index': idx, 'entity': it['id'], 'category': cat, 'kind': it['kind']}
        if cat == 'match':
            m.update({'changes': it['labels'], 'profile': it['profile'], 'evidence': it['evidence'],
                      'compare_set': 'existing', 'compare_index': it['cmp']['ex_index']})
        elif cat == 'new':
            if it['occ'] == 1:
                m.update({'changes': [], 'occurrence': 1, 'profile': None, 'evidence': [],
                          'compare_set': None, 'compare_index': None})
            else:
                m.update({'changes': it['labels'], 'occurrence': it['occ'], 'profile': it['profile'],
                          'evidence': it['evidence'], 'compare_set': 'incoming',
                          'compare_index': seq_line[it['base_seq']]})
        else:
            m.update({'changes': hn_changes(it), 'anchor': it['anchor']['id'],
                      'anchor_index': it['anchor']['ex_index'], 'hn_type': it['hn_type'],
                      'rule': HN_RULES[it['hn_type']], 'shared': it['shared']})
        metas.append(m)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    cats = {}
    for m in metas:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    print('wrote %d records to %s: %s' % (len(lines), args.out, json.dumps(cats, sort_keys=True)))


if __name__ == '__main__':
    main()
