"""Name pools for the nz-rural set (synthetic; stdlib only)."""

# formal given name -> nicknames.  Canonical records sometimes carry the
# nickname ("Bill Thompson") and incoming records the formal name or
# vice versa.
NICK_M = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Rob", "Robbie", "Bob"],
    "Richard": ["Rick", "Dick"], "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Jack", "Johnny"], "Michael": ["Mike", "Mick"],
    "Anthony": ["Tony"], "Christopher": ["Chris"], "Andrew": ["Andy"],
    "David": ["Dave"], "Stephen": ["Steve"], "Peter": ["Pete"],
    "Thomas": ["Tom", "Tommy"], "Edward": ["Ted", "Eddie"],
    "Gregory": ["Greg"], "Timothy": ["Tim"], "Matthew": ["Matt"],
    "Daniel": ["Dan", "Danny"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Alexander": ["Alex", "Sandy"], "Donald": ["Don"], "Ronald": ["Ron"],
    "Kenneth": ["Ken"], "Douglas": ["Doug"], "Stuart": ["Stu"],
    "Nicholas": ["Nick"], "Patrick": ["Paddy", "Pat"], "Gerald": ["Gerry"],
    "Lawrence": ["Laurie"], "Malcolm": ["Mal"], "Neville": ["Nev"],
    "Joseph": ["Joe"], "Charles": ["Charlie"], "Frederick": ["Fred"],
    "Raymond": ["Ray"], "Leonard": ["Len"], "Geoffrey": ["Geoff"],
}
NICK_F = {
    "Margaret": ["Maggie", "Marg", "Peg"], "Elizabeth": ["Liz", "Beth", "Libby"],
    "Katherine": ["Kathy", "Kate"], "Catherine": ["Cath", "Cathy"],
    "Susan": ["Sue"], "Patricia": ["Trish", "Pat"], "Jennifer": ["Jenny", "Jen"],
    "Rebecca": ["Becky", "Bec"], "Christine": ["Chrissy", "Chris"],
    "Deborah": ["Deb", "Debbie"], "Barbara": ["Barb"], "Victoria": ["Vicky"],
    "Jacqueline": ["Jackie"], "Josephine": ["Jo"], "Rosemary": ["Rosie"],
    "Gillian": ["Gill"], "Lynette": ["Lyn"], "Sandra": ["Sandy"],
    "Pamela": ["Pam"], "Judith": ["Judy"], "Nicola": ["Nicky"],
    "Philippa": ["Pip"], "Samantha": ["Sam"], "Alison": ["Ali"],
}
PLAIN_M = ["Graham", "Bruce", "Murray", "Craig", "Hamish", "Angus", "Fraser",
           "Campbell", "Trevor", "Wayne", "Barry", "Colin", "Ross", "Grant",
           "Brendon", "Shane", "Dean", "Blair", "Kelvin", "Lindsay", "Mark",
           "Paul", "Scott", "Glenn", "Keith", "Ian", "Alistair", "Duncan",
           "Logan", "Callum", "Lachlan", "Hayden", "Brett", "Warren", "Gavin",
           "Neil", "Allan", "Clive", "Russell", "Jeremy"]
PLAIN_F = ["Helen", "Anne", "Mary", "Sarah", "Rachel", "Fiona", "Heather",
           "Wendy", "Janice", "Karen", "Raewyn", "Robyn", "Glenys", "Denise",
           "Kirsty", "Megan", "Joanne", "Lisa", "Tracey", "Michelle", "Kylie",
           "Shona", "Annabel", "Lucy", "Emma", "Hannah", "Leanne", "Maree",
           "Bronwyn", "Colleen", "Jillian", "Carolyn", "Noeline", "Ngaire"]

ANGLO_SURNAMES = """Thompson Williams Smith Wilson Brown Taylor Anderson Campbell
Stewart Robertson Macdonald McKenzie Fraser Murray Cameron Scott Reid Ross Grant
Kerr Hamilton Morrison Johnston Walker Wright Mitchell Young King Hughes Clark
Harris Martin Jackson White Lewis Hall Allen Bell Gray Hunter Miller Davidson
Henderson McLeod Paterson Sinclair Crawford Dunlop Gillespie McIntyre McLean
Munro Ritchie Shaw Sutherland Wallace Watson Baird Bruce Buchanan Duncan Ferguson
Forbes Gordon Hay Inglis Jamieson Kennedy Lindsay Milne Moffat Napier Ogilvie
Rutherford Simpson Turnbull Wood Cooper Parker Collins Edwards Barker Baxter
Bennett Carter Cox Dawson Ellis Fisher Fowler Gibson Hart Hayes Holmes Hopkins
Knight Lambert Lawrence Marshall Mason Matthews Newton O'Brien O'Connor Palmer
Payne Pearson Price Rowe Russell Saunders Spencer Stevens Sullivan Thomas Tucker
Ward Webb Wells West Wheeler Whyte Dobson Fitzgerald Hawkins McCaw Burrows Hogg
Aitken Blackmore Rolleston Acland Studholme Tripp Kidd Gunn Lamb Mackay McKay
Nicol Pringle Riddell Gemmell Kingsbury Lockhart McAlister Guthrie Cunningham
Elliott Armstrong Irvine Kirkpatrick McDougall Strachan Tait Rennie Lovell Dodd
Hewitt Chisholm Barnett Prebble Fairweather Cotter Harford Quinn Doherty Brosnan
McGregor Laidlaw Maxwell Nisbet Pollock Somerville Todd Urquhart Veitch Wylie
Beattie Blyth Bowie Cairns Dickie Drummond Galbraith Hislop Lyall Mather
Paton Renwick Sandilands Smaill Affleck Gardyne Hurst Jolly Kemp Loader""".split()

MAORI_GIVEN_M = ["Rāwiri", "Wīremu", "Hēmi", "Tama", "Tāne", "Manaia", "Kahu",
                 "Nīkau", "Kauri", "Ariki", "Ihaia", "Pita", "Hone", "Rewi",
                 "Hōhepa", "Mātiu", "Pāora", "Tipene", "Rīhari", "Rangi", "Tamati",
                 "Wiremu", "Hemi", "Te Ariki", "Piripi"]
MAORI_GIVEN_F = ["Mere", "Aroha", "Hine", "Anahera", "Mereana", "Huia", "Tūī",
                 "Kiri", "Moana", "Āwhina", "Tia", "Ngaire", "Rāhera", "Mihi",
                 "Pania", "Marama", "Hinemoa", "Ātaahua", "Waimārie", "Kōwhai"]
MAORI_SURNAMES = ["Tipene", "Ngata", "Parata", "Te Huia", "Hēnare", "Pōmare",
                  "Kereama", "Tāwhai", "Tamihana", "Te Kani", "Waaka", "Paewai",
                  "Tūhiwai", "Mātene", "Hōhaia", "Te Rangi", "Herewini", "Karaka",
                  "Te Paa", "Paki", "Kīngi", "Ruru", "Horomona", "Whāanga",
                  "Maihi", "Rāpana", "Hūnia", "Tautahi", "Tūrei", "Te Wheoro",
                  "Wētere", "Rēweti", "Tapsell", "Pōtaka", "Te Ao", "Mānihera",
                  "Katene", "Rīwai", "Tāwhiri", "Hapi", "Tomoana", "Mahuika",
                  "Te Hiko", "Poutama", "Wihongi", "Rāwhiti", "Tukiri", "Heke",
                  "Te Whata", "Nathan", "Pene", "Kawhia", "Tūhoro", "Rūātara"]

DUTCH_GIVEN_M = [("Johannes", "Hans"), ("Pieter", "Piet"), ("Jan", None),
                 ("Willem", "Wim"), ("Gerrit", None), ("Hendrik", "Henk"),
                 ("Cornelis", "Kees"), ("Maarten", None), ("Sjoerd", None),
                 ("Dirk", None), ("Bas", None), ("Joost", None), ("Arjen", None),
                 ("Jeroen", None), ("Ruud", None), ("Theo", None)]
DUTCH_GIVEN_F = [("Anke", None), ("Ingrid", None), ("Marieke", None),
                 ("Annelies", None), ("Jacoba", "Coby"), ("Femke", None),
                 ("Wilma", None), ("Hennie", None), ("Greetje", None),
                 ("Sanne", None), ("Petra", None), ("Yvonne", None)]
DUTCH_SURNAMES = ["van der Berg", "de Vries", "van Dijk", "Bakker", "Jansen",
                  "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
                  "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
                  "de Wit", "Dijkstra", "de Graaf", "van der Meer",
                  "van den Brink", "Kok", "de Haan", "Vermeulen",
                  "van den Heuvel", "van der Veen", "van Beek", "Verhoeven",
                  "Hoekstra", "Koster", "Prins", "Huisman", "Post", "Schipper",
                  "van Wijk", "Zwart", "Veldhuizen", "Kuipers", "Oosterhof"]

FILIPINO_GIVEN_M = ["Jun", "Marlon", "Rodel", "Jerome", "Arnel", "Rommel",
                    "Mark Anthony", "Jomar", "Ramil", "Reynaldo", "Efren",
                    "Joel", "Rey", "Nestor", "Ariel", "Jayson"]
FILIPINO_GIVEN_F = ["Mary Grace", "Rowena", "Jocelyn", "Maricel", "Analyn",
                    "Cristina", "Lorna", "Marites", "Rhea", "Joy", "Liezel"]
FILIPINO_SURNAMES = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia",
                     "Mendoza", "Torres", "Villanueva", "Dela Cruz", "Ramos",
                     "Aquino", "Castillo", "Manalo", "Dizon", "Pascual",
                     "Salazar", "Navarro", "de Leon", "Soriano", "Tolentino",
                     "Gonzales", "Macaraeg", "Lacson", "Dimaculangan", "Magbanua",
                     "Panganiban", "Evangelista", "Sarmiento", "Cabrera"]

INDIAN_GIVEN_M = ["Gurpreet", "Harjit", "Manpreet", "Rajesh", "Sandeep",
                  "Amandeep", "Jaspreet", "Vikram", "Navdeep", "Harpreet",
                  "Kuldeep", "Sukhwinder", "Arjun", "Deepak", "Gurjeet",
                  "Baljit", "Ravinder", "Lakhvir"]
INDIAN_GIVEN_F = ["Priya", "Sunita", "Simran", "Rupinder", "Kamaljit",
                  "Parminder", "Anita", "Neha", "Pooja", "Jasvir"]
INDIAN_SURNAMES = ["Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Sidhu",
                   "Grewal", "Brar", "Patel", "Sharma", "Kumar", "Randhawa",
                   "Bains", "Virk", "Mann", "Cheema", "Aulakh", "Dhaliwal",
                   "Johal", "Bhullar"]

CHINESE_GIVEN_M = ["David", "Peter", "Kevin", "Raymond", "Wei", "Jun",
                   "Ken", "Allan", "Stanley", "Xiaoming", "Jian", "Henry",
                   "Gordon", "Tony", "Wing"]
CHINESE_GIVEN_F = ["Mei", "Ling", "Jenny", "Helen", "Lily", "Grace", "Yan",
                   "Susan", "May", "Xiu"]
CHINESE_SURNAMES = ["Wong", "Chan", "Lee", "Chin", "Ng", "Young", "Chung",
                    "Ah Chee", "Lowe", "Kwok", "Chang", "Zhang", "Wang", "Li",
                    "Liu", "Chen", "Yee", "Gock", "Chow", "Lum", "Wah", "Ting"]

# ----------------------------------------------------- place / farm words
FARM_PREFIX = ["Glen", "Green", "Ridge", "River", "Brook", "Fern", "Kōwhai",
               "Tōtara", "Rimu", "Mātai", "Tui", "Kererū", "Oak", "Willow",
               "Bell", "High", "Long", "Clover", "Golden", "Rock", "Stony",
               "Bush", "Hill", "Creek", "Lake", "Spring", "Cedar", "Ash",
               "Elm", "Pūriri", "Mānuka", "Kānuka", "Raupō", "Tussock",
               "Red", "Black", "White", "Blue", "Shannon", "Rose", "Castle",
               "Deer", "Heather", "Fox", "Moss", "Wren", "Silver", "Birch"]
FARM_SUFFIX = ["brook", "field", "dale", "view", "vale", "hills", "downs",
               "lea", "burn", "more", "side", "bank", "wood", "holme",
               "haven", "crest", "stone", "ford", "lands", "mere", "gate",
               "leigh", "park", "glen", "moor", "water"]
MAORI_PLACE_A = ["Puke", "Wai", "Roto", "Mata", "Kai", "Tau", "Rangi", "Manga",
                 "Whare", "Ara", "Maunga", "Awa", "Papa", "Kahu", "Tara",
                 "Ōtū", "Motu", "Hau", "Ruru", "Kōhatu", "Tahi", "Wharau"]
MAORI_PLACE_B = ["kohe", "rua", "ngaio", "tahi", "whenua", "moana", "nui",
                 "iti", "tea", "hou", "kura", "roa", "rangi", "pū", "hāpua",
                 "ātea", "kiwi", "toa", "whiti", "rere", "tūī", "pōuri",
                 "kino", "riki", "mārie", "āwhā", "tawa", "kawa"]
FARM_KIND = ["Station", "Farm", "Downs", "Dairies", "Holdings", "Pastoral",
             "Farming", "Land Company", "Estate", "Partners", "Agriculture",
             "Dairy Farm", "Grazing", "Ag"]

# iwi / hapū / rūnanga by region (macron forms are canonical)
IWI = {
    "Waikato": ["Ngāti Maniapoto", "Ngāti Hauā", "Ngāti Raukawa",
                "Ngāti Apakura", "Ngāti Hikairo", "Ngāti Mahuta", "Ngāti Korokī",
                "Ngāti Paretekawa", "Ngāti Hinetū", "Ngāti Wairere",
                "Ngāti Tamainupō", "Ngāti Rōrā"],
    "Canterbury": ["Ngāi Tahu", "Ngāi Tūāhuriri", "Te Taumutu", "Arowhenua",
                   "Waihao", "Koukourārata", "Wairewa", "Ōnuku"],
    "Southland": ["Ōraka Aparima", "Awarua", "Waihōpai", "Hokonui",
                  "Ngāti Māmoe", "Kāti Huirapa"],
    "Hawke's Bay": ["Ngāti Kahungunu", "Ngāti Hori", "Ngāti Hāwea",
                    "Ngāti Pāhauwera", "Ngāti Te Whatuiāpiti", "Ngāti Kere",
                    "Ngāi Te Ūpokoiri", "Ngāti Rangitāne", "Heretaunga Tamatea",
                    "Ngāti Mihi", "Ngāti Pārau"],
    "Northland": ["Ngāpuhi", "Ngāti Whātua", "Te Rarawa", "Ngāti Kahu",
                  "Ngāti Wai", "Ngāti Hine", "Ngāti Rēhia", "Ngāti Manu",
                  "Te Uri o Hau", "Te Roroa", "Ngāti Kurī", "Te Aupōuri"],
    "Manawatū": ["Rangitāne", "Ngāti Raukawa ki te Tonga", "Ngāti Apa",
                 "Ngāti Kauwhata", "Muaūpoko", "Ngāti Hauiti", "Ngāti Huia",
                 "Ngāti Whakatere"],
}
