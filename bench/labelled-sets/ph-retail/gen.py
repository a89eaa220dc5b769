#!/usr/bin/env python3
"""gen.py -- synthetic, fully labelled customer record-linkage benchmark (Philippines).

Invented business: Kalasag Builders & Agri Supply Corp., a Quezon City wholesaler of
construction, hardware and agricultural supplies that keeps its customers in QuickBooks
Online (Philippines).  "existing" = the bookkeeper's QBO customer list; "incoming" =
records from the online order portal, the sales agents' app and imports, to be linked.

Python 3 standard library only.  One random.Random(SEED) drives everything and no set is
ever iterated, so the output is byte-identical for any PYTHONHASHSEED.

Usage:  python3 gen.py [--out DIR]     (writes set.jsonl and meta.jsonl)
"""
import argparse
import copy
import json
import os
import re
import random
import unicodedata

SEED = 20250611
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 825
NEW_PLAN = [(1, 350), (2, 65), (3, 15)]          # (occurrences, entities) -> 525 records
HN_PER_TYPE = 15
HN_TYPES = ["chain_branch", "group_company", "namesake_other_town", "father_son",
            "family_sibling_firm", "same_building", "shared_bookkeeper_mailbox",
            "similar_name_other_trade", "household_member", "government_office"]
NAME_F = ["displayName", "givenName", "familyName", "companyName"]
CHAN_F = ["email", "phone", "address"]
FIELDS = NAME_F + CHAN_F
PROFILES = {"light": (1, 2), "medium": (2, 4), "harsh": (4, 9)}
DRASTIC_WHATS = ("missing", "changed", "moved", "partial")

def L(s):
    return [x.strip() for x in s.replace("\n", "|").split("|") if x.strip()]

def pick(seq):
    return seq[R.randrange(len(seq))]

def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]

def chance(p):
    return R.random() < p

# =============================================================================== pools
GIVEN_M = L("""Juan|Jose|Pedro|Roberto|Ricardo|Eduardo|Antonio|Francisco|Ferdinand|Reynaldo|Rogelio|Wilfredo|Alfredo
Danilo|Romeo|Ernesto|Benjamin|Leonardo|Gregorio|Vicente|Mario|Arnel|Rolando|Rodel|Ramon|Manuel|Fernando|Rafael
Carlos|Miguel|Gabriel|Enrique|Ariel|Jerome|Mark Anthony|John Paul|John Michael|Jose Mari|Juan Carlos|Christian
Kenneth|Ryan|Jayson|Noel|Dennis|Edgardo|Nestor|Efren|Felipe|Virgilio|Lorenzo|Emmanuel|Jonathan|Marlon|Randy|Ronaldo
Ronnie|Allan|Alvin|Edwin|Joel|Jerry|Rommel|Arturo|Rodolfo|Teodoro|Ignacio|Isidro|Crisanto|Bienvenido|Herminio
Florencio|Celestino|Leopoldo|Renato|Dominador|Dionisio|Mariano|Teofilo|Nicanor|Jaime|Angelo|Paolo|Carlo|Joshua
Jericho|Aldrin|Darwin|Raymond|Jeffrey|Gilbert|Alberto|Oscar|Gerardo|Armando|Andres|Salvador|Melchor|Cesar|Elmer
Rufino|Honorato|Gaudencio|Arsenio|Generoso|Rodrigo|Bernardo|Ruben|Santiago|Marcelino|Zaldy|Wilmer|Jessie|Reymart
Anthony""")
GIVEN_F = L("""Maria|Maria Cristina|Maria Theresa|Maria Luisa|Maria Lourdes|Maria Victoria|Maria Fe|Teresita|Rosario
Corazon|Josefina|Remedios|Milagros|Erlinda|Evangeline|Marilou|Rebecca|Lorna|Norma|Gloria|Imelda|Lourdes|Elena
Carmelita|Leonora|Perla|Rosalinda|Cecilia|Luzviminda|Marites|Maricel|Mylene|Rowena|Jocelyn|Analyn|Jennifer|Michelle
Kristine|Angelica|Princess|Mary Grace|Mary Ann|Mary Joy|Anna Marie|Rose Ann|Cherry|Liza|Girlie|Sheila|Marivic|Lea
Joy|Melanie|Grace|Irene|Agnes|Dolores|Estrella|Felicidad|Nenita|Trinidad|Zenaida|Adoracion|Purificacion|Concepcion
Visitacion|Catalina|Rosemarie|Maribel|Charito|Divina|Aurora|Myrna|Edna|Lilia|Nora|Vilma|Susan|Jovelyn|Kimberly
Camille|Patricia|Katherine|Abigail|Bernadette|Cristina|Theresa|Jasmine|Rhea|Diana|Karen|Clarissa|Precious|Hazel
Arlene|Marissa|Lydia|Elvira|Violeta|Pacita|Mercedita|Editha""")
CHN_GIVEN_M = L("William|Jonathan|Kenneth|Vincent|Kelvin|Henry|Robert|Wilson|Johnson|Stanley|Edison|"
                "Jackson|Patrick|Bryan|Dexter|Harvey|Albert|Benson|Andrew|Stephen|Raymond|Jeffrey|Eric|Alvin")
CHN_GIVEN_F = L("Michelle|Jennifer|Cynthia|Grace|Irene|Karen|Stephanie|Sharon|Melissa|Janice|Tiffany|"
                "Kimberly|Jacqueline|Evelyn|Lilian|Vivian|Charmaine|Angeline|Rowena|Marilyn")
SURNAMES = L("""Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Torres|Tomas|Andrada|Castillo|Flores|Villanueva
Ramos|Castro|Rivera|Aquino|Navarro|Salazar|Mercado|Aguilar|Gonzales|Lopez|Hernandez|Perez|Fernandez|Francisco
Domingo|Gutierrez|Marquez|Manalo|Pascual|Soriano|Valdez|Rosales|Padilla|Enriquez|Santiago|Corpuz|Robles|Velasco
Sarmiento|Sison|Tolentino|Vergara|Zamora|Manalastas|Macaraeg|Dimaculangan|Dimagiba|Dimaano|Magbanua|Panganiban
Mangahas|Mangubat|Dizon|Lagman|Bernardo|Evangelista|Buenaventura|Javier|Pineda|Medina|Mallari|Catapang|Batungbakal
Manabat|Malabanan|Agbayani|Dumlao|Tabuena|Villareal|Salonga|Samonte|Ignacio|Jimenez|Legaspi|Cabrera|Concepcion
Alvarez|Esguerra|Galang|Guevarra|Lacsamana|Laxamana|Lising|Manalili|Maglaya|Mangalindan|Nepomuceno|Obispo|Pamintuan
Quiambao|Quizon|Sablan|Sagun|Serrano|Tuazon|Yambao|Yumul|Cabral|Bacani|Balagtas|Baluyot|Cajucom|Calma|Carpio
Caballero|Cortez|Diaz|Ebarle|Fajardo|Gamboa|Gomez|Ilagan|Katigbak|Lontoc|Magsino|Marasigan|Atienza|Ilao|Kalaw|Umali
Ylagan|Panopio|Arellano|Abad|Abella|Agustin|Alcantara|Ambrosio|Aranas|Arceo|Cañete|Ceniza|Cuenca|Dacanay|Dalisay
Delfin|Duque|Espiritu|Ferrer|Gatdula|Geronimo|Gozon|Hilario|Ibarra|Jacinto|Lacuna|Lanuza|Layug|Montemayor|Nacpil
Pacheco|Paras|Punzalan|Regalado|Sevilla|Sicat|Silva|Trinidad|Ubaldo|Valencia|Vasquez|Alcoseba|Ybañez|Cabahug|Bacalso
Tumulak|Sanchez|Ouano|Pacaña|Bontuyan|Gabuya|Labrador|Alferez|Villamor|Tupas|Gellada|Jalandoni|Ledesma|Yulo|Acosta
Neri|Lagbas|Roa|Chaves|Abrenica|Macalalad|Mendiola|Lualhati|Saludo|Tanglao|Pangan|Sibal|Bustamante|Eusebio|Madrigal
Paguio|Rellosa|Tablante|Tiongson""")
COMPOUND = [["dela Cruz", "Dela Cruz", "De la Cruz", "Delacruz", "De La Cruz"],
            ["de los Santos", "De los Santos", "Delos Santos", "delos Santos", "De Los Santos"],
            ["de Guzman", "De Guzman", "Deguzman"], ["del Rosario", "Del Rosario", "Delrosario"],
            ["dela Peña", "Dela Peña", "Dela Pena", "De la Peña"], ["de Leon", "De Leon", "Deleon"],
            ["dela Torre", "Dela Torre", "De la Torre"], ["delos Reyes", "Delos Reyes", "De los Reyes"],
            ["de Castro", "De Castro", "Decastro"], ["dela Rosa", "Dela Rosa", "De la Rosa"],
            ["del Mundo", "Del Mundo", "Delmundo"], ["dela Paz", "Dela Paz", "De la Paz"]]
CHN_SURNAMES = L("Tan|Lim|Uy|Sy|Go|Chua|Co|Ong|Yu|Ang|Dy|Chan|Ty|Yap|Tiu|Gaw|Ching|Lao|Que|Yao|Chiong|"
                 "Ngo|Lua|Ko|Ting|Siy|Tang|Cheng|See|Teng|Kho|Tiongco|Limjoco|Sia|Chong|Lee|Yang|Uykim")
NICK_TXT = """Roberto:Bobby,Bert,Obet|Jose:Pepe,Joey,Jojo|Ricardo:Carding,Ricky|Eduardo:Eddie,Edong
Antonio:Tony,Anton,Tonyo|Francisco:Kiko,Paco,Isko|Ferdinand:Ferdie,Andy|Reynaldo:Rey,Naldo|Rogelio:Roger,Eli
Wilfredo:Willy,Fred|Alfredo:Fred,Freddie|Danilo:Danny|Romeo:Romy,Omeng|Ernesto:Erning,Ernie|Benjamin:Benjie,Jamin
Leonardo:Leo,Nardo|Gregorio:Greg,Gorio|Vicente:Enteng,Vic|Mario:Mar|Arnel:Nel|Rolando:Lando,Roly|Ramon:Mon,Monching
Manuel:Maning,Manny|Fernando:Nanding,Andoy|Rafael:Paeng,Raffy|Carlos:Caloy|Miguel:Migs,Miggy|Gabriel:Gab,Gabby
Enrique:Ike,Iking|Pedro:Pido,Pete|Juan:Johnny|Mark Anthony:Macky,Mac|John Paul:JP,Pau|John Michael:JM
Jose Mari:Jomari|Juan Carlos:JC|Christian:Tian|Jonathan:Jon,Nathan|Teodoro:Teddy,Dodoy|Ignacio:Nacing,Iggy
Isidro:Siding|Crisanto:Santi,Cris|Bienvenido:Benny,Bening|Florencio:Floro,Enciong|Leopoldo:Pol,Polding
Renato:Rene,Nato|Dominador:Doming,Dom|Mariano:Anong|Teofilo:Pilo|Nicanor:Kanor,Nick|Salvador:Badong,Buddy
Armando:Mandy,Mando|Edgardo:Egay,Ed|Virgilio:Gil|Jaime:Jimmy,Jimboy|Rodolfo:Rudy,Dolfo|Arturo:Art,Turing
Gerardo:Gerry|Alberto:Albert,Berting|Rodrigo:Rod,Digoy|Bernardo:Bernie,Nardo|Ruben:Ben|Santiago:Tiago,Santi
Marcelino:Celing,Marcel|Maria:Mary,Maya|Maria Cristina:Tina,Cris,Tintin|Maria Theresa:Tess,Tessa,Maite
Maria Luisa:Malou,Weng|Maria Lourdes:Lulu,Malou|Maria Victoria:Marivic,Vicky|Maria Fe:Fe|Teresita:Tess,Tessie,Sita
Rosario:Charing,Rose,Rosie|Corazon:Cora,Cory|Josefina:Pining,Josie|Remedios:Medy,Remy|Milagros:Mila,Mims
Erlinda:Linda,Erly|Evangeline:Vangie|Marilou:Malou|Rebecca:Becky|Gloria:Glo,Gloring|Imelda:Meldy,Mel
Lourdes:Lulu,Ludy|Elena:Leny,Ellen|Carmelita:Lita,Mely|Leonora:Leony,Nora|Perla:Perly|Rosalinda:Linda,Rosa
Cecilia:Cecil,Celia|Luzviminda:Luz,Minda|Marites:Tess|Maricel:Cel|Jocelyn:Joy,Jo|Jennifer:Jen,Jenny
Michelle:Mich,Mitch|Kristine:Tin,Kris|Angelica:Gel,Angel|Mary Grace:Grace,MG|Mary Ann:Ann,Mae|Mary Joy:Joy
Rowena:Weng,Wena|Dolores:Loleng,Dolly|Estrella:Esting|Felicidad:Fely|Nenita:Nita,Nening|Trinidad:Trining,Trini
Zenaida:Zeny,Naida|Adoracion:Dory|Purificacion:Puri,Pacing|Concepcion:Connie,Choning|Visitacion:Bising
Catalina:Lina,Talin|Rosemarie:Rose|Maribel:Mabel,Bel|Charito:Cha|Aurora:Rory|Patricia:Pat,Patty|Katherine:Kat,Kath
Abigail:Abby,Gail|Bernadette:Badette|Cristina:Cris,Tina|Theresa:Tess|William:Bill,Willy|Kenneth:Ken|Vincent:Vince
Henry:Harry|Robert:Bob,Bobby|Stanley:Stan|Stephanie:Steph|Jacqueline:Jackie|Evelyn:Evie|Vivian:Vivi|Cynthia:Thea"""
NICK = {}
for _part in L(NICK_TXT):
    _k, _v = _part.split(":")
    NICK[_k] = _v.split(",")
GEN_NICK_M = L("Boy|Bong|Nonoy|Dodong|Jojo|Toto|Jonjon|Bobot")
GEN_NICK_F = L("Baby|Nene|Inday|Bing|Ging|Neneng|Girlie|Beth")
MANG = L("Ben|Kanor|Pilo|Berto|Tonyo|Ambo|Pepe|Isko|Nato|Caloy|Dado|Jun|Boy|Nanding|Inggo|Pido|Toto|Andoy|Tasyo|Celso")
ALING = L("Nena|Charing|Baby|Inday|Tessie|Lorna|Loleng|Pacing|Cora|Mila|Norma|Linda|Rosing|Biring|Meding|"
          "Nita|Puring|Lucing|Seling|Ising")

NCR = ["Metro Manila", "NCR", "National Capital Region"]
PROV_VARIANTS = {"NCR": NCR, "Davao del Sur": ["Davao del Sur", "Davao"],
                 "Negros Occidental": ["Negros Occidental", "Neg. Occ."],
                 "Misamis Oriental": ["Misamis Oriental", "Mis. Or."]}
# id|name|city spellings|province|ZIP codes|area code|weight|c(ity)/m(unicipality)|barangays
TOWN_TABLE = """
QC|Quezon City|Quezon City;QC;Q.C.;Quezon city|NCR|1100 1101 1102 1103 1105 1106 1107 1108 1109 1110 1111 1112 1113 1114 1115 1116 1117 1118 1119 1120 1121 1123 1124 1125 1126 1128|02|15|c|Bagong Pag-asa;Batasan Hills;Commonwealth;Holy Spirit;Culiat;Tandang Sora;Talipapa;Bagbag;Novaliches Proper;San Bartolome;Sauyo;Kamuning;Sacred Heart;Pinyahan;Bahay Toro;Payatas;Fairview;Santa Lucia;Gulod;Balingasa;Del Monte;Paltok;Masambong;San Antonio;Santo Domingo;Tatalon;Kaligayahan;Nagkaisang Nayon;Pasong Tamo;Greater Lagro
MNL|Manila|Manila;City of Manila;Manila City|NCR|1000 1001 1003 1004 1005 1006 1007 1008 1012 1013 1016 1017|02|6|c|105;128;186;20;256;310;412;471;587;649;688;720
MKT|Makati|Makati City;Makati|NCR|1200 1203 1204 1205 1206 1207 1208 1209 1210 1219 1223 1224 1226 1227 1229 1230 1232|02|5|c|Poblacion;Bel-Air;San Lorenzo;Guadalupe Nuevo;Guadalupe Viejo;Bangkal;Palanan;Pio del Pilar;San Antonio;Olympia;Valenzuela;Tejeros;Pembo;Comembo;Rizal
PSG|Pasig|Pasig City;Pasig|NCR|1600 1601 1602 1603 1604 1605 1606 1607 1608 1609 1610 1611 1612|02|5|c|Kapitolyo;Ugong;Pinagbuhatan;Caniogan;Manggahan;Rosario;Santolan;San Miguel;Maybunga;Bagong Ilog;Santa Lucia;Dela Paz;Kalawaan;Sagad
TGG|Taguig|Taguig City;Taguig|NCR|1630 1631 1632 1633 1634 1635 1636 1637 1638|02|4|c|Fort Bonifacio;Western Bicutan;Ususan;Tuktukan;Lower Bicutan;Signal Village;Bagumbayan;Calzada;Hagonoy;Pinagsama;Tipas;Wawa
CAL|Caloocan|Caloocan City;Caloocan|NCR|1400 1401 1403 1406 1408 1410 1420 1421 1422 1423 1424 1425 1426 1427 1428|02|5|c|Bagong Silang;Camarin;Deparo;Tala;Grace Park East;Bagumbong;Bagong Barrio;Maypajo;Sangandaan;Kaybiga;Llano
MRK|Marikina|Marikina City;Marikina|NCR|1800 1801 1802 1803 1804 1805 1806 1807 1808 1809 1810 1811|02|5|c|Concepcion Uno;Concepcion Dos;Nangka;Tumana;Parang;Malanday;Santo Niño;Marikina Heights;Fortune;Kalumpang;San Roque;Jesus dela Peña;Barangka;Industrial Valley;Santa Elena
MDL|Mandaluyong|Mandaluyong City;Mandaluyong|NCR|1550 1551 1552 1553 1554 1555 1556|02|3|c|Addition Hills;Barangka Drive;Highway Hills;Plainview;Wack-Wack Greenhills;Hulo;Mauway;Malamig
SJN|San Juan|San Juan City;San Juan|NCR|1500 1501 1502 1503 1504|02|2|c|Greenhills;Little Baguio;Addition Hills;Kabayanan;Salapan;Balong-Bato
PRQ|Parañaque|Parañaque City;Paranaque City;Parañaque;Paranaque|NCR|1700 1701 1702 1703 1704 1705 1709 1711 1713 1715 1720|02|3|c|BF Homes;San Dionisio;Sun Valley;Don Bosco;Moonwalk;Baclaran;San Antonio;Marcelo Green;Merville;Tambo
LPN|Las Piñas|Las Piñas City;Las Pinas City;Las Piñas;Las Pinas|NCR|1740 1741 1742 1744 1747 1750 1751 1752|02|2|c|Almanza Uno;Pamplona Dos;Talon Tres;Pulang Lupa Uno;Zapote;Manuyo Dos
MUN|Muntinlupa|Muntinlupa City;Muntinlupa|NCR|1770 1771 1772 1773 1774 1776 1780 1781|02|2|c|Alabang;Putatan;Bayanan;Tunasan;Poblacion;Cupang;Sucat;Buli
VAL|Valenzuela|Valenzuela City;Valenzuela|NCR|1440 1441 1442 1443 1444 1445 1446 1447|02|3|c|Malinta;Karuhatan;Marulas;Dalandanan;Paso de Blas;Lawang Bato;Ugong;Bignay;Canumay
MLB|Malabon|Malabon City;Malabon|NCR|1470 1471 1472 1473 1474 1475 1476 1477 1478 1479 1480|02|1|c|Potrero;Tinajeros;Longos;Tonsuya;Catmon;Acacia
PSY|Pasay|Pasay City;Pasay|NCR|1300 1301 1302 1303 1304 1305 1306 1307 1308 1309|02|2|c|Malibay;Maricaban;San Rafael;Santa Clara;San Isidro
BCR|Bacoor|Bacoor City;Bacoor|Cavite|4102|046|3|c|Molino III;Niog;Talaba;Habay;Panapaan;Queens Row;Zapote
IMS|Imus|Imus City;Imus|Cavite|4103|046|2|c|Anabu;Bucandala;Malagasang;Tanzang Luma;Pasong Buaya;Alapan
DAS|Dasmariñas|Dasmariñas City;Dasmarinas City;Dasmariñas;Dasmarinas|Cavite|4114 4115|046|3|c|Salitran;Paliparan;Burol;Sampaloc;Langkaan;San Agustin;Salawag
GTR|General Trias|General Trias City;General Trias;Gen. Trias|Cavite|4107|046|2|c|Manggahan;Pasong Camachile;Buenavista;San Francisco;Santiago
KWT|Kawit|Kawit|Cavite|4104|046|1|m|Binakayan;Tabon;Magdalo;Marulas;Kaingen
TGY|Tagaytay|Tagaytay City;Tagaytay|Cavite|4120|046|1|c|Silang Crossing;Kaybagal;Maharlika;Mendez Crossing
STR|Santa Rosa|Santa Rosa City;Sta. Rosa;Santa Rosa|Laguna|4026|049|3|c|Balibago;Dita;Tagapo;Pooc;Malitlit;Don Jose;Pulong Santa Cruz
BIN|Biñan|Biñan City;Binan City;Biñan;Binan|Laguna|4024|049|2|c|Canlalay;San Antonio;Santo Tomas;Platero;Zapote;Malaban;Timbao
CLB|Calamba|Calamba City;Calamba|Laguna|4027|049|3|c|Parian;Real;Halang;Canlubang;Pansol;Majada;Bucal;Lecheria
SPD|San Pedro|San Pedro City;San Pedro|Laguna|4023|049|2|c|Landayan;Pacita;San Antonio;Magsaysay;Cuyab
CBY|Cabuyao|Cabuyao City;Cabuyao|Laguna|4025|049|2|c|Pulo;Mamatid;Banlic;Niugan;Sala
SPB|San Pablo|San Pablo City;San Pablo|Laguna|4000|049|1|c|San Rafael;Del Remedio;San Lucas;Santa Monica
MLS|Malolos|City of Malolos;Malolos City;Malolos|Bulacan|3000|044|2|c|Longos;Sumapang Matanda;Tikay;Mojon;Guinhawa;Bulihan;Caingin
MEY|Meycauayan|Meycauayan City;Meycauayan|Bulacan|3020|044|2|c|Malhacan;Bancal;Calvario;Pandayan;Saluysoy;Perez
SJD|San Jose del Monte|San Jose del Monte City;San Jose del Monte;SJDM|Bulacan|3023|044|2|c|Muzon;Tungkong Mangga;Gaya-gaya;Graceville;Sapang Palay;Kaypian
MRL|Marilao|Marilao|Bulacan|3019|044|1|m|Loma de Gato;Lias;Abangan Norte;Patubig;Saog
BOC|Bocaue|Bocaue|Bulacan|3018|044|1|m|Lolomboy;Turo;Wakas;Bundukan;Taal
BLW|Baliwag|Baliwag City;Baliwag|Bulacan|3006|044|1|c|Tangos;Sabang;Pagala;Tarcan;Concepcion
CSF|San Fernando|City of San Fernando;San Fernando City;San Fernando|Pampanga|2000|045|2|c|Dolores;San Agustin;Telabastagan;Sindalan;Maimpis;Del Pilar
ANG|Angeles|Angeles City;Angeles|Pampanga|2009|045|2|c|Balibago;Malabanias;Pampang;Santo Rosario;Cutcut;Anunas
MAB|Mabalacat|Mabalacat City;Mabalacat|Pampanga|2010|045|1|c|Dau;Mabiga;Dapdap;Camachiles
GUA|Guagua|Guagua|Pampanga|2003|045|1|m|San Roque;Santo Cristo;Betis;Lambac
APL|Apalit|Apalit|Pampanga|2016|045|1|m|Sampaloc;San Juan;Capalangan;Sulipan
BTG|Batangas City|Batangas City|Batangas|4200|043|2|c|Kumintang Ibaba;Alangilan;Balagtas;Pallocan;Cuta
LIP|Lipa|Lipa City;Lipa|Batangas|4217|043|2|c|Marawoy;Sabang;Tambo;Antipolo del Norte;Inosloban;Bolbok
TAN|Tanauan|Tanauan City;Tanauan|Batangas|4232|043|1|c|Darasa;Natatas;Sambat;Poblacion
STM|Santo Tomas|Santo Tomas City;Sto. Tomas;Santo Tomas|Batangas|4234|043|1|c|San Roque;Santa Anastacia;San Rafael;Poblacion
CEB|Cebu City|Cebu City;Cebu|Cebu|6000|032|5|c|Lahug;Mabolo;Guadalupe;Talamban;Banilad;Kasambagan;Capitol Site;Tisa;Labangon;Pardo;Apas
MDE|Mandaue|Mandaue City;Mandaue|Cebu|6014|032|3|c|Subangdaku;Tipolo;Bakilid;Cabancalan;Casuntingan;Maguikay;Centro
LLC|Lapu-Lapu|Lapu-Lapu City;Lapu-Lapu|Cebu|6015|032|2|c|Pusok;Basak;Gun-ob;Pajo;Marigondon
TLS|Talisay|Talisay City;Talisay|Cebu|6045|032|1|c|Tabunok;Lawaan;Bulacao;Dumlog
DVO|Davao City|Davao City;Davao|Davao del Sur|8000|082|5|c|Buhangin;Talomo;Matina Crossing;Toril;Bajada;Lanang;Agdao;Sasa;Mintal;Catalunan Grande
ILO|Iloilo City|Iloilo City;Iloilo|Iloilo|5000|033|3|c|Jaro;Molo;Mandurriao;La Paz;Tabuc Suba;Lapuz;Arevalo;Tagbak
BAC|Bacolod|Bacolod City;Bacolod|Negros Occidental|6100|034|3|c|Villamonte;Mandalagan;Taculing;Alijis;Tangub;Estefania;Bata;Granada
CDO|Cagayan de Oro|Cagayan de Oro City;Cagayan de Oro;CDO|Misamis Oriental|9000|088|3|c|Carmen;Lapasan;Kauswagan;Bulua;Macasandig;Gusa;Nazareth;Balulang;Cugman
"""
TOWNS = {}
for _ln in TOWN_TABLE.strip().split("\n"):
    _f = _ln.split("|")
    TOWNS[_f[0]] = {"id": _f[0], "name": _f[1], "cities": _f[2].split(";"), "prov": _f[3],
                    "regions": PROV_VARIANTS.get(_f[3], [_f[3]]), "zips": _f[4].split(),
                    "area": _f[5], "w": int(_f[6]), "city": _f[7] == "c", "brgys": _f[8].split(";")}
TOWN_IDS = list(TOWNS)
TOWN_W = [(t, TOWNS[t]["w"]) for t in TOWN_IDS]

STREETS = L("""Rizal|Mabini|Bonifacio|Luna|Del Pilar|Aguinaldo|Burgos|Gomez|Jacinto|Silang|Quezon|Roxas|Magsaysay
Osmeña|Laurel|Recto|Dagohoy|Sampaguita|Ilang-Ilang|Camia|Dahlia|Rosal|Gumamela|Orchid|Narra|Molave|Acacia|Kamagong
Yakal|Banaba|Mangga|Santol|Kalamansi|Sampalok|Bayabas|Atis|Guyabano|Caimito|Macopa|Adelfa|Jasmin|Everlasting|Aster
Pag-asa|Maligaya|Mapayapa|Masagana|Malakas|Matatag|Kalayaan|Kapayapaan|Katipunan|Maharlika|Liwayway|Bituin|Tala
Buwan|Araw|Mayon|Apo|Makiling|Banahaw|Arayat|Gen. Luna|M.H. del Pilar|J.P. Rizal|A. Mabini|P. Burgos|E. Jacinto
San Pedro|Santa Ana|Sto. Niño|Balagtas|Lakandula|Soliman|Dimasalang|Tirona|Lopez Jaena|Panday Pira|Sikatuna
Kalantiaw|Gat Salamat""")
STREET_T = [("st", 74), ("ave", 9), ("rd", 7), ("dr", 6), ("ext", 4)]
AVES = [("Quezon", "ave"), ("Commonwealth", "ave"), ("Aurora", "blvd"), ("E. Rodriguez Sr.", "ave"),
        ("Timog", "ave"), ("Mindanao", "ave"), ("Visayas", "ave"), ("Congressional", "ave"),
        ("Ortigas", "ave"), ("Shaw", "blvd"), ("Meralco", "ave"), ("MacArthur", "hwy"),
        ("Aguinaldo", "hwy"), ("National", "rd"), ("Governor's", "dr"), ("A. Bonifacio", "ave"),
        ("Rizal", "ave"), ("Magsaysay", "ave"), ("Marcos", "hwy"), ("Sumulong", "hwy"), ("Circumferential", "rd")]
AVES_PROV = [("National", "hwy"), ("Diversion", "rd"), ("Circumferential", "rd"), ("Rizal", "ave"), ("Magsaysay", "ave"),
             ("Bonifacio", "ave"), ("Osmeña", "blvd"), ("Lacson", "st"), ("Luna", "st"), ("Mabini", "st"),
             ("Burgos", "ave"), ("Provincial", "rd"), ("Quezon", "ave"), ("Gov. Santos", "ave")]
SUBD_W = L("""Greenview|Sunrise|Villa Rosa|Golden Meadows|St. Dominic|Mapayapa|Sampaguita|Maharlika|Greenwoods
Vista Verde|Pleasant Hills|Monte Vista|Villa Esperanza|Tierra Verde|Grand Royale|Villa Carolina|Lakeview|Riverside
Palmera|Mira Verde|Las Palmas|Casa Buena|Bella Vista|Metroville|Sunshine|Evergreen|Northview|Villa Luisa|San Lorenzo
Del Rey|Villa Corazon|Kalayaan|Bagong Pag-asa|Silver Heights|Saint Anthony|Royal Palm|Mountain View|Country Homes
Green Valley|Hillside|Villa Nueva|Camella Verde|Teachers|Mabuhay|Doña Pepita""")
SUBD_T = [("subd", 40), ("vill", 30), ("homes", 15), ("heights", 10), ("estates", 5)]
BLDG_W = L("""Lumina|Tanglaw|Sentro|Kalayaan|Silangan|Goldcrest|Unison|Majestic|Westgate|Liberty|Sterling|Emerald
Sapphire|Topaz|Regent|Orient|Prestige|Crossroads|Plaza Verde|Metro Star|Harbor Point|Ilaw|Bagwis|Marasigan|Dimaano
Tuazon|Lacson Sr.|JMT|RCS|ABM|FSM|Capitol View|North Star""")
BLDG_T = [("bldg", 50), ("tower", 18), ("plaza", 8), ("center", 12), ("arcade", 12)]
PUROK_N = L("Mabuhay|Malinis|Sampaguita|Rosal|Ilang-Ilang|Narra|Maligaya|Masagana|Pag-asa|Bagong Buhay|Kawayan|Mangga")
SITIO = L("Malinis|Ilaya|Ibaba|Centro|Riverside|Bukid|Mangahan|Kalawakan|Tabing-Ilog|Looban|Kanluran|"
          "Silangan|Bagong Sikat|Pulo|Kamatisan|Mangahan Proper|Tuktok")
WV = {"st": ["St.", "Street", "St"], "ave": ["Ave.", "Avenue", "Ave"], "rd": ["Rd.", "Road"],
      "blvd": ["Blvd.", "Boulevard"], "hwy": ["Hwy.", "Highway"], "dr": ["Drive", "Dr."], "ext": ["Extension", "Ext."],
      "blk": ["Blk", "Blk.", "Block"], "ph": ["Phase", "Ph."], "bldg": ["Bldg.", "Building"], "tower": ["Tower"],
      "plaza": ["Plaza"], "center": ["Center"], "arcade": ["Arcade"], "subd": ["Subd.", "Subdivision"],
      "vill": ["Village", "Vill."], "homes": ["Homes"], "heights": ["Heights"], "estates": ["Estates"],
      "brgy": ["Brgy.", "Barangay", "Bgy.", "Brgy"], "rm": ["Rm.", "Room"], "unit": ["Unit"], "stall": ["Stall"],
      "door": ["Door"], "hall": ["Hall"], "residences": ["Residences"]}
MOBILE_PFX = L("917|918|919|920|921|905|906|915|916|926|927|935|936|945|955|956|966|977|995|998|999|908|909|"
               "910|912|928|929|939|947|949|961|975|976|994")
PDOM = [("gmail.com", 55), ("yahoo.com", 18), ("yahoo.com.ph", 10), ("outlook.com", 5), ("hotmail.com", 5),
        ("ymail.com", 4), ("icloud.com", 3)]
WEBMAIL = [("gmail.com", 60), ("yahoo.com", 25), ("yahoo.com.ph", 15)]

EN_PRE = L("Golden|Silver|Triple|Royal|Prime|Grand|United|Metro|Pacific|Northern|Southern|Eastern|Orient|Sun|"
           "Star|First|Great|Bright|Blue|Green|Red|Ever|True|Solid|Iron|Twin|Big|Fair|Noble|Sure")
EN_NOUN = L("Harvest|Crown|Bridge|Stone|Rock|Eagle|Lion|Tiger|Phoenix|Peak|Point|Field|Land|Gate|Pillar|Anchor|"
            "Summit|Horizon|Rise|Wave|Grove|Valley|Crest|Forge|Hammer|Beam|Arrow|Falcon|Oak|Pine")
TAG_WORDS = L("Tibay|Lakas|Sikat|Masagana|Bayanihan|Mabuhay|Maharlika|Tanglaw|Silangan|Sinag|Bagwis|Kalasag|"
              "Haligi|Tanaw|Ligaya|Bukal|Batis|Kawayan|Magiting|Matatag|Malaya|Likha|Tahanan|Kabalikat|Hiraya|"
              "Dalisay|Bituin|Bahaghari|Alon|Habagat|Amihan|Balangay|Diwa|Himig|Lingap|Sandigan|Tagumpay|"
              "Kaagapay|Biyaya|Pag-asa|Sulong|Ningning|Tinig|Dakila|Liwanag|Talisay|Sampaguita|Marilag")
SAINT_STEMS = L("St. Jude|Sto. Niño|Holy Family|Divine Mercy|St. Joseph|San Isidro|Our Lady of Fatima|"
                "St. Francis|San Lorenzo|St. Michael|Holy Cross|St. Anthony|San Roque|Sta. Clara")
ORG_PHRASES = {
    "construction": ["Construction & Development", "Builders", "Construction", "Engineering & Construction",
                     "Builders & Developers", "Construction Services", "Construction & Supply"],
    "hardware": ["Hardware & Construction Supply", "Hardware", "Hardware & Electrical Supply", "Steel & Hardware",
                 "Lumber & Hardware", "Construction Supply", "Builders Supply", "Glass & Aluminum Supply"],
    "agri": ["Agri-Supply", "Agrivet Supply", "Farm Supply", "Feeds & Agri Trading", "Agricultural Supply",
             "Agri Ventures", "Rice Mill & Trading", "Poultry Farms"],
    "general": ["General Merchandise", "Trading", "Enterprises", "Marketing", "Industrial Sales",
                "Aggregates Trading", "Trucking Services"],
    "realty": ["Realty & Development", "Realty", "Properties", "Land Development"],
}
CAT_W = [("construction", 30), ("hardware", 30), ("agri", 16), ("general", 16), ("realty", 8)]
SP_TRADES = [("{ini} Hardware", "hardware", 14), ("{ini} Construction Supply", "hardware", 8),
             ("{fam} Hollow Blocks", "construction", 6), ("{nick}'s Agrivet Supply", "agri", 6),
             ("{fam} Rice & Feeds Trading", "agri", 6), ("{ini} Enterprises", "general", 10),
             ("{ini} General Merchandise", "general", 8), ("{nick}'s Glass & Aluminum", "glass", 5),
             ("{fam} Trucking Services", "trucking", 4), ("{ini} Builders", "construction", 7),
             ("{fam} Furniture & Woodcraft", "furniture", 3), ("{fam} Poultry Farm", "agri", 4),
             ("{fam} Piggery", "agri", 3), ("{fam} Fishpond", "agri", 2), ("{ini} Electrical Supply", "hardware", 4),
             ("{fam} Farm Supply", "agri", 4), ("{ini} Welding Shop", "welding", 3),
             ("Aling {aling} Sari-Sari Store", "store", 6), ("Mang {mang}'s Welding Shop", "welding", 3),
             ("{kids} Hardware", "hardware", 4), ("{kids} Enterprises", "general", 4)]
SP_OTHER = {"hardware": "Trucking Services", "construction": "Water Refilling Station", "agri": "Printing Services",
            "general": "Auto Repair Shop", "glass": "Bakeshop", "trucking": "Hardware", "furniture": "Carinderia",
            "welding": "Rice Retailer", "store": "Carinderia"}
OTHER_CAT_TRADE = {"construction": ["Water Refilling Station", "Bakeshop", "Printing Services"],
                   "hardware": ["Trucking Services", "Laundry Shop", "Computer Center"],
                   "agri": ["Realty", "Printing Services", "Auto Supply"],
                   "general": ["Dental Clinic", "Catering Services", "Review Center"],
                   "realty": ["Agrivet Supply", "Bakeshop", "Travel & Tours"]}
FAM_PATTERNS = L("{S} Hardware|{S} Brothers Trading|{S} & Sons Hardware|New {S} Hardware & Construction Supply|"
                 "{S} Lumber & Hardware|{S} Steel Trading|{S} Agri Trading|{S} Glass & Aluminum Supply|"
                 "{S} Hardware & Electrical Supply|Golden {S} Trading|{S} Builders Supply|{S} Brothers Hardware|"
                 "{S} Paint Center|{S} Marketing|{S} Kim Hardware|{S} Bolts & Nuts Trading|{S} Pipes & Fittings Center")
COOP_TYPES = L("Farmers Multi-Purpose Cooperative|Agrarian Reform Beneficiaries Multi-Purpose Cooperative|"
               "Vendors Multi-Purpose Cooperative|Rice Farmers Multi-Purpose Cooperative|"
               "Women's Multi-Purpose Cooperative|Credit and Multi-Purpose Cooperative|"
               "Fisherfolk Multi-Purpose Cooperative|Livestock Raisers Multi-Purpose Cooperative|"
               "Transport Service Cooperative|Farmers Producers Cooperative")
SCHOOL_TYPES = L("Learning Center, Inc.|Montessori School, Inc.|Christian Academy, Inc.|School of {T}, Inc.|"
                 "Integrated School, Inc.|Technical Institute, Inc.|Academy of {T}, Inc.")
CHURCH_TYPES = L("Christian Fellowship, Inc.|Bible Church of {T}, Inc.|Baptist Church, Inc.|Gospel Church, Inc.|"
                 "Christian Church of {T}, Inc.|Full Gospel Assembly, Inc.|Community Church, Inc.")
HOA_TYPES = ["Homeowners Association, Inc.", "Homeowners' Association, Inc.", "Village Association, Inc."]
CHAINS = [("TopBuild Depot", "TopBuild Home Depot Corporation", "topbuilddepot.com.ph", 0, 9),
          ("Kasa Hardware Center", "Kasa Hardware Centers, Inc.", "kasahardware.ph", 1, 8),
          ("AgriMaster Farm Supply", "AgriMaster Farm Supply Corp.", "agrimasterfarm.com.ph", 2, 8),
          ("BahayBuild", "BahayBuild Construction Centers Inc.", "bahaybuild.ph", 0, 7),
          ("Sigla Agrivet Center", "Sigla Agrivet Centers Corporation", "siglaagrivet.com.ph", 1, 7),
          ("Matibay Steel Depot", "Matibay Steel & Construction Depot, Inc.", "matibaysteel.com.ph", 3, 6),
          ("HomeLine Builders Center", "HomeLine Builders Center Corp.", "homelinebuilders.ph", 2, 5),
          ("PinoyBuild Depot", "PinoyBuild Depot Inc.", "pinoybuilddepot.com.ph", 1, 5)]
BRANCH_FORMS = ["{b} - Branch {t}", "{b} ({t} Branch)", "{b} - {t}", "{b} {t}"]
GROUPS = [("Macaraeg", 3), ("Dimaculangan", 3), ("Sandoval", 3), ("Evangelista", 3), ("Buenaventura", 3),
          ("Manalastas", 3), ("Tolentino", 3), ("Magbanua", 3), ("Villaluz", 2), ("Tupaz", 2),
          ("Galvez", 2), ("Salonga", 2)]
GROUP_COS = ["Holdings Inc.", "Construction & Development Corp.", "Realty Corp.", "Agri Ventures Inc.",
             "Aggregates Trading Inc.", "Builders Supply Inc.", "Land Inc.", "Properties Corp.",
             "Equipment Rentals Inc.", "Farms Corp."]
BOOKKEEPERS = [("JMC Bookkeeping Services", "jmc.bookkeeping@gmail.com", 5),
               ("RDL Accounting & Tax Services", "rdl.acctgservices@yahoo.com", 5),
               ("Sarmiento Tax & Bookkeeping", "sarmiento.taxbooks@gmail.com", 4),
               ("A. Lacuna Accounting Office", "lacuna.acctgoffice@gmail.com", 4),
               ("Tuazon & Co. Bookkeeping", "books@tuazonbookkeeping.com.ph", 4),
               ("BMV Business Services", "bmv.bizservices@yahoo.com.ph", 4),
               ("Cruz-Abad Accounting", "cruzabad.accounting@gmail.com", 4), ("EZ Books PH", "clients@ezbooksph.com", 4)]
CITY_OFFICES = ["Office of the City Engineer", "City General Services Office", "City Agriculture Office",
                "City Disaster Risk Reduction and Management Office", "City Environment and Natural Resources Office",
                "City Health Office", "City Social Welfare and Development Office"]
MUN_OFFICES = ["Municipal Engineering Office", "Municipal Agriculture Office",
               "Municipal Disaster Risk Reduction and Management Office", "Municipal Health Office"]
SPOUSE_FORMS = ["Sps. {g1} and {g2} {f}", "Sps. {g1} & {g2} {f}", "{g1} & {g2} {f}", "Mr. & Mrs. {g1} {f}",
                "Spouses {g1} and {g2} {f}", "{f}, {g1} & {g2}"]
ABBR_SWAPS = [("Construction", "Const.", "b"), ("Development", "Dev't", "b"), ("General Merchandise", "Gen. Mdse.", "b"),
              ("Hardware", "Hdwe.", "b"), ("Enterprises", "Ent.", "b"), ("Trading", "Trdg.", "b"),
              ("Brothers", "Bros.", "b"), ("Marketing", "Mktg.", "b"), ("Industrial", "Ind'l", "b"),
              ("Services", "Svcs.", "b"), ("Homeowners Association", "HOA", "f"), ("Association", "Assn.", "b"),
              ("Barangay", "Brgy.", "b"), ("Agricultural", "Agri", "f"), ("Cooperative", "Coop", "b"),
              ("Supply", "Sply.", "b"), ("Aggregates", "Aggr.", "b"), ("Center", "Ctr.", "b"),
              ("Properties", "Prop.", "f")]
LEGAL_SWAPS = [("Corporation", "Corp.", "b"), ("Incorporated", "Inc.", "b"), ("Company", "Co.", "b"),
               ("(OPC)", "OPC", "b"), ("One Person Corporation", "OPC", "f"),
               ("Multi-Purpose Cooperative", "MPC", "b"), ("Multi-Purpose Cooperative", "Multi Purpose Coop", "f")]
LEGAL_END = re.compile(r",?\s+(?:Co\.,\s*Inc\.|Inc\.|Incorporated|Corp\.|Corporation|Co\.|Company|OPC|\(OPC\)|"
                       r"One Person Corporation)$")

# ====================================================================== text utilities

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def words(s):
    s = strip_acc(s).casefold().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", " ", s).split()

def slug(s):
    return "".join(words(s))

def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def within1(a, b):
    a, b = sorted((a, b), key=len)
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1:]

def dels(s):
    return [s] + [s[:i] + s[i + 1:] for i in range(len(s))]

ADDR_ABBR = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard", "hwy": "highway",
             "blk": "block", "ph": "phase", "bldg": "building", "subd": "subdivision", "vill": "village",
             "rm": "room", "dr": "drive", "ext": "extension", "sta": "santa", "sto": "santo", "gen": "general"}
CITY_ALIAS = {"qc": "quezon", "q c": "quezon", "cdo": "cagayan de oro", "sjdm": "san jose del monte",
              "sta rosa": "santa rosa", "sto tomas": "santo tomas", "gen trias": "general trias"}

def city_key(c):
    t = words(c or "")
    t = t[2:] if t[:2] == ["city", "of"] else t
    s = " ".join(t[:-1] if len(t) > 1 and t[-1] == "city" else t)
    return CITY_ALIAS.get(s, s)

def addr_tokens(a):
    toks = []
    for ln in (a.get("line1"), a.get("line2")):
        for seg in (ln or "").split(","):
            t = words(seg)
            if not t or t[0] in ("brgy", "bgy", "barangay"):
                continue
            toks.extend(ADDR_ABBR.get(w, w) for w in t)
    return sorted(toks)

def addr_key(a):
    if not a or not a.get("city"):
        return None
    t = addr_tokens(a)
    return city_key(a["city"]) + "|" + " ".join(t) if t else None

EXT_RE = re.compile(r"\s*(?:loc\.?|local|ext\.?)\s*(\d+)\s*$", re.I)

def phone_split(p):
    """(national number with leading 0, extension or None)"""
    m = EXT_RE.search(p)
    d = re.sub(r"\D", "", p[:m.start()] if m else p)
    return ("0" + d[2:] if d.startswith("63") else d), (m.group(1) if m else None)

LEGAL_TOK = ("inc", "incorporated", "corp", "corporation", "co", "company", "opc", "ltd")
STOP_TOK = ("and", "the", "of", "sps", "spouses", "mr", "mrs", "ms", "engr", "atty", "dr", "arch")
SUFFIX_TOK = ("jr", "sr", "ii", "iii", "iv")
CORE_MAP = {"const": "construction", "devt": "development", "gen": "general", "mdse": "merchandise",
            "hdwe": "hardware", "ent": "enterprises", "trdg": "trading", "bros": "brothers", "mktg": "marketing",
            "indl": "industrial", "svcs": "services", "hoa": "homeowners association", "assn": "association",
            "brgy": "barangay", "bgy": "barangay", "agri": "agricultural", "coop": "cooperative", "sply": "supply",
            "aggr": "aggregates", "ctr": "center", "prop": "properties", "mpc": "multi purpose cooperative",
            "ma": "maria", "sto": "santo", "sta": "santa", "st": "saint"}
QUAL_RE = re.compile(r"\s*(\([^)]*\)|-\s*\d+)\s*$")

def name_core(s):
    """Name without case, accents, punctuation, abbreviations, legal form or bookkeeper qualifier."""
    if not s:
        return None
    s = strip_acc(QUAL_RE.sub("", s)).casefold().replace("one person corporation", " opc ")
    out = [x for w in words(s) for x in CORE_MAP.get(w, w).split() if x not in LEGAL_TOK and x not in STOP_TOK]
    return " ".join(sorted(out)) or None

def pkey(given, family):
    g = [w for w in words(given or "") if w not in SUFFIX_TOK and w not in STOP_TOK]
    f = [w for w in words(family or "") if w not in SUFFIX_TOK]
    return ("maria" if g[0] == "ma" else g[0]) + "|" + "".join(f) if g and f else None

# ============================================================================ registry
class Registry:
    """Keys of every entity, so that distinct customers never collide by accident."""
    def __init__(self):
        self.em, self.emd, self.ph, self.ad, self.pk, self.stem = {}, {}, {}, {}, {}, {}

    def em_ok(self, e, eid):
        k = e.casefold()
        return not any(within1(o, k) and any(x != eid for x in self.em[o]) for d in dels(k) for o in self.emd.get(d, ()))

    def ok(self, table, k, eid):
        return k is not None and all(x == eid for x in getattr(self, table).get(k, ()))

    def add(self, table, k, eid):
        if k is None:
            return
        t = getattr(self, table)
        if table == "em" and k not in t:
            for d in dels(k):
                self.emd.setdefault(d, []).append(k)
        lst = t.setdefault(k, [])
        if eid not in lst:
            lst.append(eid)

    def em_add(self, e, eid):
        self.add("em", e.casefold(), eid)

    def stem_ok(self, s):
        return slug(s) not in self.stem

    def stem_add(self, s, eid):
        self.stem.setdefault(slug(s), eid)

REG = Registry()
EIDS = {}

def new_eid():
    e = "c%07x" % R.getrandbits(28)
    return EIDS.setdefault(e, e) if e not in EIDS else new_eid()

def pick_town(exclude=(), prov_not=None):
    t = wpick(TOWN_W)
    return t if t not in exclude and not (prov_not and TOWNS[t]["prov"] == prov_not) else pick_town(exclude, prov_not)

# ============================================================================ channels
CANON_AST = {"w": {k: 0 for k in WV}, "hash": False, "brgy": "l2", "split": 0, "city": 0, "region": 0,
             "zip": True, "country": 0, "upper": False, "partial": 0}

def render_addr(ad, st):
    t, w = TOWNS[ad["town"]], st["w"]

    def V(k):
        return WV[k][w.get(k, 0) % len(WV[k])]
    sn, stp = ad.get("street") or (None, None)
    blk = ad.get("blk")
    comps = [x for x in (
        ad.get("unit") and f"{V(ad['unit'][0])} {ad['unit'][1]}", ad.get("bldg") and f"{ad['bldg'][0]} {V(ad['bldg'][1])}",
        blk and f"{V('blk')} {blk[0]} Lot {blk[1]}" + (f" {V('ph')} {blk[2]}" if blk[2] else ""),
        sn and (("#" if st["hash"] else "") + ad["num"] + " " if ad.get("num") else "") + sn + (" " + V(stp) if stp else ""),
        ad.get("subd") and f"{ad['subd'][0]} {V(ad['subd'][1])}", ad.get("purok"),
        ad.get("sitio") and "Sitio " + ad["sitio"]) if x]
    brgy = f"{V('brgy')} {ad['brgy']}"
    if st.get("partial"):
        l1, l2 = ([brgy] if st["partial"] == 1 else []), []
    else:
        k = st["split"] if 0 < st["split"] < len(comps) else len(comps)
        l1, l2 = comps[:k], comps[k:]
        if st["brgy"] == "l1":
            l1.append(brgy)
        elif st["brgy"] == "l2":
            l2.append(brgy)
    line1, line2 = ", ".join(l1) or None, ", ".join(l2) or None
    if line1 is None:
        line1, line2 = line2, None
    out = {"line1": line1, "line2": line2, "city": t["cities"][st["city"] % len(t["cities"])],
           "region": t["regions"][st["region"] % len(t["regions"])] if st["region"] >= 0 else None,
           "postalCode": ad["zip"] if st["zip"] else None,
           "country": ["Philippines", "PH", None][st["country"]]}
    if st["upper"]:
        out = {k: (v.upper() if v else v) for k, v in out.items()}
    return out

def rand_addr_style(mode="existing", upper=False):
    return {"w": {k: R.randrange(len(v)) if chance(0.5) else 0 for k, v in WV.items()},
            "hash": chance(0.12), "brgy": wpick([("l1", 45), ("l2", 37), ("drop", 18 if mode == "existing" else 28)]),
            "split": R.choice([0, 0, 1, 2]), "city": R.choice([0, 0, 0, 1, 2, 3]),
            "region": R.choice([0, 0, 0, 1, 2, -1]) if mode == "existing" else R.choice([0, 1, -1, -1]),
            "zip": chance(0.75 if mode == "existing" else 0.45),
            "country": wpick([(0, 70), (1, 8), (2, 22)]) if mode == "existing" else wpick([(0, 35), (1, 15), (2, 50)]),
            "upper": upper, "partial": 0}

def make_addr(town, pref, eid, brgy=None, subd=None, hall=None):
    t = TOWNS[town]
    prov = t["area"] != "02"
    for _ in range(400):
        a = {"town": town, "brgy": brgy or pick(t["brgys"]), "zip": pick(t["zips"])}
        if hall:
            a.update(bldg=hall, num=str(R.randint(1, 999)), street=(pick(STREETS), wpick(STREET_T)))
            typ = "hall"
        elif subd:
            typ = "blk" if chance(0.7) else "house"
        elif pref == "site":
            typ = wpick([("house", 75), ("blk", 10), ("purok", 15 if prov else 0)])
        elif pref == "bldg":
            typ = "bldg"
        elif pref == "biz":
            typ = wpick([("house", 45), ("bldg", 35), ("blk", 10), ("purok", 10 if prov else 0)])
        else:
            typ = wpick([("house", 45), ("blk", 40), ("purok", 18 if prov else 0)])
        if typ == "hall":
            pass
        elif typ == "bldg":
            u = wpick([("unit", 60), ("rm", 25), ("stall", 10), ("door", 5)])
            uv = (f"{R.randint(1, 24)}{pick('ABCDEF')}" if chance(0.5) else str(R.randint(101, 2412))) \
                if u == "unit" else str(R.randint(1, 60) if u in ("stall", "door") else R.randint(101, 905))
            bn = pick(BLDG_W) if chance(0.75) else pick(SURNAMES)
            a.update(unit=(u, uv), bldg=(bn, wpick(BLDG_T)), num=str(R.randint(1, 2500)),
                     street=pick(AVES_PROV if prov else AVES))
        elif typ == "house":
            a.update(num=str(R.randint(1, 1999)), street=(pick(STREETS), wpick(STREET_T)))
            if subd or chance(0.2):
                a["subd"] = subd or (pick(SUBD_W), wpick(SUBD_T))
        elif typ == "blk":
            a.update(blk=(str(R.randint(1, 60)), str(R.randint(1, 48)), str(R.randint(1, 6)) if chance(0.35) else None),
                     subd=subd or (pick(SUBD_W), wpick(SUBD_T)))
            if chance(0.3):
                a["street"] = (pick(STREETS), wpick(STREET_T))
        else:
            a["purok"] = f"Purok {R.randint(1, 9)}" if chance(0.6) else f"Purok {pick(PUROK_N)}"
            if chance(0.7):
                a["sitio"] = pick(SITIO)
            if chance(0.4):
                a.update(num=str(R.randint(1, 300)), street=(pick(STREETS), "st"))
        k = addr_key(render_addr(a, CANON_AST))
        if REG.ok("ad", k, eid):
            REG.add("ad", k, eid)
            return a
    raise RuntimeError("no free address")

def make_phone(town, eid, kind="mobile", ext=False):
    t = TOWNS[town]
    for _ in range(400):
        if kind == "mobile":
            num, pk = pick(MOBILE_PFX) + "%07d" % R.randrange(10 ** 7), "mobile"
        elif t["area"] == "02":
            num, pk = "28" + "%07d" % R.randrange(10 ** 7), "mm"
        else:
            num, pk = t["area"][1:] + str(R.randint(2, 9)) + "%06d" % R.randrange(10 ** 6), "prov"
        if REG.ok("ph", "0" + num, eid):
            REG.add("ph", "0" + num, eid)
            return {"kind": pk, "num": num, "ext": str(R.randint(100, 899)) if ext and pk != "mobile" else None}
    raise RuntimeError("no free phone")

EXT_FORMS = [" loc. {}", " local {}", " ext. {}", " Loc {}", " loc {}"]

def fmt_phone(ph, st):
    n = ph["num"]
    if ph["kind"] == "mobile":
        a, b, c = n[:3], n[3:6], n[6:]
        forms = [f"0{a}-{b}-{c}", f"0{a} {b} {c}", f"0{a}{b}{c}", f"+63 {a} {b} {c}", f"+63{a}{b}{c}",
                 f"63{a}{b}{c}", f"+63-{a}-{b}-{c}", f"(0{a}) {b}-{c}"]
    elif ph["kind"] == "mm":
        s = n[1:]
        forms = [f"(02) {s[:4]}-{s[4:]}", f"02-{s[:4]}-{s[4:]}", f"02 {s[:4]} {s[4:]}", f"+63 2 {s[:4]} {s[4:]}",
                 f"(+632) {s[:4]}-{s[4:]}", f"02{s}", f"+632-{s[:4]}-{s[4:]}", f"(02){s}"]
    else:
        ar, s = n[:2], n[2:]
        forms = [f"(0{ar}) {s[:3]}-{s[3:]}", f"0{ar}-{s[:3]}-{s[3:]}", f"0{ar} {s[:3]} {s[3:]}",
                 f"+63 {ar} {s[:3]} {s[3:]}", f"(+63{ar}) {s[:3]}-{s[3:]}", f"0{ar}{s}", f"(0{ar}) {s}",
                 f"+63-{ar}-{s[:3]}-{s[3:]}"]
    out = forms[st["f"] % len(forms)]
    if st.get("ext"):
        out += EXT_FORMS[st["xf"] % len(EXT_FORMS)].format(st["ext"])
    return out

def rand_phone_style(ph, mode="existing"):
    return {"f": R.randrange(8) if chance(0.6) else 0, "ext": ph["ext"] if ph["ext"] and chance(0.75) else None,
            "xf": R.randrange(5)}

EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*[a-z0-9]@[a-z0-9-]+(\.[a-z0-9-]+)+$")

def edit1(s, i, pool):
    """One edit at position i: substitution, deletion or a doubled letter."""
    op = pick(["sub", "del", "dup"])
    if op == "sub":
        rep = pick([c for c in pool if c != s[i].lower()])
        return s[:i] + (rep.upper() if s[i].isupper() else rep) + s[i + 1:]
    return s[:i] + s[i + 1:] if op == "del" else s[:i] + s[i] + s[i:]

def email_typo(e):
    loc, dom = e.split("@", 1)
    dl = dom.split(".")
    for _ in range(30):
        in_dom = not chance(0.8) and len(dl[0]) >= 4
        s = dl[0] if in_dom else loc
        if len(s) < 3:
            continue
        t = edit1(s, R.randint(1, len(s) - 1), "abcdefghijklmnoprstuvy")
        out = f"{loc}@{t}.{'.'.join(dl[1:])}" if in_dom else f"{t}@{dom}"
        if out != e and EMAIL_RE.match(out.lower()) and within1(out.casefold(), e.casefold()):
            return out
    return None

def name_typo(s):
    """One-letter typo inside a word of 4+ letters, never on the word's first letter."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not spans:
        return None
    a, b = pick(spans)
    i = R.randint(a + 1, b - 1)
    t = edit1(s, i, "aeiou" if s[i].lower() in "aeiou" else "bcdfghklmnprstvy")
    return t if t != s else None

# ============================================================================ persons
def surname():
    if chance(0.1):
        grp = pick(COMPOUND)
        return grp[0] if chance(0.5) else pick(grp)
    return pick(SURNAMES)

def var_group(fam):
    if not fam:
        return None
    for g in COMPOUND:
        if fam in g:
            return g
    return None

def new_pname(g, chinese):
    if chinese:
        given = pick(CHN_GIVEN_M if g == "M" else CHN_GIVEN_F) if chance(0.65) else pick(GIVEN_M if g == "M" else GIVEN_F)
        fam = pick(CHN_SURNAMES)
        mid = pick(CHN_SURNAMES) if chance(0.5) else surname()
    else:
        given = pick(GIVEN_M if g == "M" else GIVEN_F)
        fam, mid = surname(), surname()
    while slug(mid) == slug(fam):
        mid = surname()
    return given, mid, fam

def short_of(given):
    if " " not in given:
        return None
    a, b = given.split(" ", 1)
    return b if a in ("Maria", "Mary") else a

def make_trade(p):
    """Trade name of a sole proprietor registered with DTI under the owner's own name."""
    for _ in range(200):
        pat, cat, _w = wpick([((a, b, c), c) for a, b, c in SP_TRADES])
        key = pat[pat.index("{") + 1:pat.index("}")]
        if key == "aling" and p["g"] != "F" or key == "mang" and p["g"] != "M":
            continue
        vals = {"ini": (p["given"][0] + p["mid"][0] + p["family"][0]).upper(), "fam": p["family"],
                "nick": p["nick"] or p["given"].split()[0], "aling": pick(ALING), "mang": pick(MANG),
                "kids": pick(GIVEN_M + GIVEN_F).split()[0][:3] + pick(GIVEN_M + GIVEN_F).split()[0][:3].lower()}
        trade = pat.format(**vals)
        stem = {"aling": "Aling ", "mang": "Mang "}.get(key, "") + vals[key] + ("'s" if "{nick}'s" in pat else "")
        if REG.stem_ok(trade) and (key == "fam" or REG.stem_ok(stem)):
            return trade, stem, cat
    raise RuntimeError("no trade")

def make_person(kind, town=None, gender=None, chinese=None, name=None, allow_dup=False, married=None,
                suffix="auto", eid=None, trade=None):
    eid = eid or new_eid()
    town = town or pick_town()
    chinese = chance(0.12) if chinese is None else chinese
    for _ in range(500):
        g = gender or ("M" if kind == "person/spouses" or chance(0.56) else "F")
        given, mid, fam = name if name else new_pname(g, chinese)
        husband = None
        if g == "F" and kind != "person/spouses" and (married if married is not None else chance(0.4)):
            husband = surname()
            while slug(husband) == slug(fam):
                husband = surname()
        keys = [pkey(given, fam)] + ([pkey(given, husband)] if husband else [])
        if allow_dup or all(REG.ok("pk", k, eid) for k in keys):
            break
    else:
        raise RuntimeError("no free person name")
    for k in keys:
        REG.add("pk", k, eid)
    p = {"eid": eid, "kind": kind, "org": False, "g": g, "given": given, "mid": mid, "family": fam,
         "husband": husband, "fam_var": var_group(fam), "hus_var": var_group(husband), "short": short_of(given),
         "suffix": None, "nick": None, "title": None, "trade": None, "stem": None, "trade_cat": None,
         "spouse": None, "town": town, "chinese": chinese, "uniq": ["email", "phone", "address"], "always": []}
    p["suffix"] = suffix if suffix != "auto" else wpick([(None, 90), ("Jr.", 7), ("Sr.", 1.5), ("III", 1.5)]) \
        if g == "M" and kind != "person/spouses" else None
    fk = given if given in NICK else given.split()[0]
    if p["suffix"] == "Jr." and chance(0.5):
        p["nick"] = pick(["Jun", "Junjun", "Jun-Jun"])
    elif fk in NICK and chance(0.75):
        p["nick"] = pick(NICK[fk])
    elif chance(0.35):
        p["nick"] = pick(GEN_NICK_M if g == "M" else GEN_NICK_F)
    if kind == "person/professional":
        p["title"] = wpick([("Engr.", 55), ("Arch.", 15), ("Atty.", 15), ("Dr.", 15)])
    if kind == "person/spouses":
        for _ in range(100):
            sp = pick(GIVEN_F)
            if REG.ok("pk", pkey(sp, fam), eid):
                break
        p["spouse"] = sp
        REG.add("pk", pkey(sp, fam), eid)
    if kind == "person/sole_proprietor":
        p["trade"], p["stem"], p["trade_cat"] = trade or make_trade(p)
        REG.stem_add(p["trade"], eid)
        REG.stem_add(p["stem"], eid)
    p["email"] = person_email(p, eid)
    p["phone"] = make_phone(town, eid, "mobile" if chance(0.9 if kind != "person/sole_proprietor" else 0.75) else "land")
    p["addr"] = make_addr(town, "biz" if kind == "person/sole_proprietor" else "res", eid)
    return p

def claim_email(gen, eid, avoid=None):
    """Draw candidate addresses until one is free (no other customer's e-mail within one edit)."""
    for _ in range(300):
        e = gen()
        if EMAIL_RE.match(e) and REG.em_ok(e, eid) and not (avoid and within1(e, avoid.casefold())):
            REG.em_add(e, eid)
            return e
    raise RuntimeError("no free e-mail")

def use_mailbox(o, mbox):
    o["email"] = o["mbox"] = mbox
    REG.em_add(mbox, o["eid"])

def person_email(p, eid, avoid=None):
    g, f, m = slug(p["given"].split()[0]), slug(p["husband"] or p["family"]), slug(p["mid"])[:1]
    n, ts = slug(p["nick"] or ""), slug(p.get("trade") or "")[:20]

    def gen():
        yy = str(R.randint(60, 99)) if chance(0.5) else str(R.randint(1, 999))
        pats = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}.{f}{yy}", f"{g}{m}{f}", f"{f}.{g}",
                f"{g}{f}{yy}", f"{g[0]}{m}{f}{yy}", f"{g}.{m}{f}"]
        pats += [f"{n}{f}", f"{n}.{f}{yy}", f"{n}_{f}{yy}"] if n else []
        pats += [ts, ts + yy, f"{ts}.{f}"] if ts else []
        return pick(pats) + "@" + wpick(PDOM)
    return claim_email(gen, eid, avoid)

# =============================================================================== orgs
def make_stem():
    r = R.random()
    if r < 0.22:
        return "".join(pick("ABCDEFGJLMNPRSTV") for _ in range(pick([2, 3, 3, 3, 4])))
    if r < 0.42:
        return f"{pick(EN_PRE)} {pick(EN_NOUN)}"
    if r < 0.62:
        return pick(TAG_WORDS) if chance(0.6) else f"{pick(TAG_WORDS)} {pick(TAG_WORDS)}"
    if r < 0.77:
        return pick(SURNAMES)
    if r < 0.9:
        return pick(GIVEN_M + GIVEN_F).split()[0][:3] + pick(GIVEN_M + GIVEN_F).split()[0][:3].lower()
    return pick(SAINT_STEMS)

def legal_for(kind):
    if kind == "org/opc":
        return wpick([(" OPC", 6), (" (OPC)", 2), (" One Person Corporation", 1)])
    if kind == "org/partnership":
        return wpick([(" Co.", 4), (" Company", 2), (" & Co.", 2)])
    return wpick([(" Inc.", 40), (", Inc.", 15), (" Corp.", 15), (" Corporation", 15), (" Incorporated", 4),
                  (" Co., Inc.", 5)])

def swap_once(s, pairs, forward_only=False):
    opts = []
    for a, b, d in pairs:
        for x, y in [(a, b)] + ([(b, a)] if d == "b" and not forward_only else []):
            pat = r"(?<![A-Za-z(])" + re.escape(x) + r"(?![A-Za-z)])"
            if re.search(pat, s):
                opts.append((pat, y))
    if not opts:
        return None
    pat, y = pick(opts)
    t = re.sub(pat, lambda m: y, s, count=1)
    return t if t != s else None

def drop_legal(s):
    t = LEGAL_END.sub("", s)
    return t if t != s and t else None

def abbreviate(s):
    t = swap_once(s, ABBR_SWAPS, forward_only=True)
    return (swap_once(t, ABBR_SWAPS, forward_only=True) or t) if t and chance(0.5) else t

def set_forms(o, dnf, cnf):
    """dn_forms / cn_forms: the ways the bookkeeper or a customer writes the name, with weights."""
    for key, fs in (("dn", dnf), ("cn", cnf)):
        out, seen = [], {}
        for lab, s, w in fs:
            if s and s not in seen:
                seen[s] = 1
                out.append((lab, s, w))
        o[key + "_forms"], o[key + "_w"] = [(a, b) for a, b, _ in out], [w for _, _, w in out]

def make_contact(eid, family=None, chinese=False, avoid=None):
    for _ in range(300):
        g = "M" if chance(0.55) else "F"
        given, _m, fam = new_pname(g, chinese)
        fam = family or fam
        if avoid and (within1(given.casefold(), avoid["given"].casefold()) or
                      (not family and within1(fam.casefold(), avoid["family"].casefold()))):
            continue
        if REG.ok("pk", pkey(given, fam), eid):
            REG.add("pk", pkey(given, fam), eid)
            return {"given": given, "family": fam, "g": g}
    raise RuntimeError("no contact")

def org_base(kind, town, eid):
    return {"eid": eid, "kind": kind, "org": True, "town": town, "contact": None, "stem": None, "trade_cat": None,
            "trade": None, "uniq": ["email", "phone", "address"], "always": [], "dom": None}

def make_org(kind, town=None, eid=None, stem=None, cat=None, fam=None, exclude_phr=(), brgy=None):
    eid, town = eid or new_eid(), town or pick_town()
    while kind == "org/barangay" and not brgy:       # a barangay is one customer: take one not yet used
        free = [x for x in TOWNS[town]["brgys"] if not x.isdigit() and REG.stem_ok(f"brgy {town} {x}")]
        brgy, town = (pick(free), town) if free else (None, pick_town())
    o = org_base(kind, town, eid)
    T = TOWNS[town]
    for _ in range(300):
        if kind in ("org/corporation", "org/opc", "org/partnership"):
            s = stem or make_stem()
            c = cat or wpick(CAT_W)
            phrase = pick(ORG_PHRASES[c])
            if kind == "org/partnership" and chance(0.35) and not stem:
                s = f"{pick(SURNAMES)} & {pick(SURNAMES)}"
                phrase = pick(["Trading", "Hardware", "Enterprises", "Construction Supply", "Agri Trading"])
            reg = f"{s} {phrase}{legal_for(kind)}"
            short = phrase.split(" & ")[0]
            trade = f"{s} {short}" if short != phrase or chance(0.5) else s
            dnf = (("registered_name", reg, 45), ("trade_name", trade, 30), ("abbrev", abbreviate(reg), 15),
                        ("legal_form", drop_legal(reg), 10))
            o.update(stem=s, trade_cat=c, trade=trade, phrase=phrase)
        elif kind == "org/family_firm":
            s = fam or pick([x for x in CHN_SURNAMES if x != "Co"])
            pat = pick([p for p in FAM_PATTERNS if p not in exclude_phr])
            reg = pat.format(S=s) + wpick([(" Corp.", 3), (" Inc.", 3), (" Co.", 2), (" Corporation", 1),
                                           (" Co., Inc.", 1), (", Inc.", 1)])
            dnf = (("registered_name", reg, 55), ("legal_form", drop_legal(reg), 30), ("abbrev", abbreviate(reg), 15))
            o.update(stem=s, trade_cat="hardware" if "Agri" not in pat else "agri", trade=pat.format(S=s), phrase=pat)
        elif kind == "org/cooperative":
            place = pick(T["brgys"]) if chance(0.6) else T["name"]
            if place.isdigit():
                place = T["name"]
            ctype = pick(COOP_TYPES)
            reg = f"{place} {ctype}"
            s = place + " " + ctype.split()[0]
            dnf = (("registered_name", reg, 45), ("legal_form", swap_once(reg, LEGAL_SWAPS[5:6]), 35),
                        ("abbrev", swap_once(reg, ABBR_SWAPS[14:15], True), 20))
            o.update(stem=s, trade_cat="agri")
        elif kind in ("org/school", "org/church"):
            s = stem or (pick(TAG_WORDS) if chance(0.6) else f"{pick(EN_PRE)} {pick(EN_NOUN)}")
            typ = pick(SCHOOL_TYPES if kind == "org/school" else CHURCH_TYPES).replace("{T}", T["name"])
            reg = f"{s} {typ}"
            short = s + " " + typ.split(",")[0].split(" of ")[0]
            dnf = (("registered_name", reg, 50), ("legal_form", drop_legal(reg), 30), ("trade_name", short, 20))
            o.update(stem=s, trade_cat="institution")
        elif kind == "org/hoa":
            sw, st_ = pick(SUBD_W), pick(["Subdivision", "Village", "Homes", "Heights", "Residences"])
            s = f"{sw} {st_}"
            o["subd"] = (sw, {"Subdivision": "subd", "Village": "vill"}.get(st_, st_.lower()))
            reg = f"{s} {pick(HOA_TYPES)}"
            dnf = (("registered_name", reg, 40), ("abbrev", f"{s} HOA", 40), ("legal_form", drop_legal(reg), 20))
            o.update(stem=s, trade_cat="institution")
        elif kind == "org/lgu":
            n = T["name"]
            if T["city"]:
                reg = f"City Government of {n}"
                alts = [f"{n} Government" if n.endswith("City") else f"{n} City Government", f"LGU - {n}",
                        f"LGU {n}" if n.endswith("City") else f"City of {n}"]
            else:
                reg, alts = f"Municipality of {n}", [f"Municipal Government of {n}", f"LGU {n}", f"{n} Municipal Hall"]
            s = n
            dnf = (("registered_name", reg, 60), ("variant", alts[0], 20), ("variant", alts[1], 10),
                        ("variant", alts[2], 10))
            o.update(stem=s, trade_cat="government")
        elif kind == "org/barangay":
            b = brgy or pick([x for x in T["brgys"] if not x.isdigit()] or ["San Isidro"])
            reg = f"Barangay {b}, {T['cities'][0]}"
            s = b
            dnf = (("registered_name", f"Barangay {b}", 40), ("abbrev", f"Brgy. {b}", 35),
                   ("variant", f"Brgy. {b}, {T['name']}", 15), ("variant", f"Brgy. Council of {b}", 10))
            o.update(stem=s, trade_cat="government", brgy=b)
        else:
            raise ValueError(kind)
        core = name_core(reg)
        if kind == "org/lgu" or kind == "org/barangay" and REG.stem_ok(f"brgy {town} {b}"):
            break
        if REG.stem_ok(core) and (fam or stem or kind == "org/family_firm" or REG.stem_ok(s)):
            break
    else:
        raise RuntimeError("no org name " + kind)
    REG.stem_add(s, eid)
    REG.stem_add(core if kind != "org/barangay" else f"brgy {town} {b}", eid)
    o["reg"] = reg
    set_forms(o, dnf, [("registered_name", reg, 80), ("abbrev", abbreviate(reg), 12),
                       ("legal_form", swap_once(reg, LEGAL_SWAPS), 8)])
    if chance(0.7) or kind == "org/family_firm":
        o["contact"] = make_contact(eid, family=o["stem"] if kind == "org/family_firm" and chance(0.8) else None,
                                    chinese=kind == "org/family_firm")
    land = kind in ("org/lgu", "org/barangay", "org/school") or chance(0.55)
    o["phone"] = make_phone(town, eid, "land" if land else "mobile", ext=land and chance(0.25))
    if kind == "org/lgu":
        nm = T["name"]
        hall = (nm if nm.endswith("City") else nm + " City", "hall") if T["city"] else (nm + " Municipal", "hall")
        o["addr"] = make_addr(town, "site", eid, hall=hall)
    elif kind == "org/barangay":
        o["addr"] = make_addr(town, "site", eid, brgy=o["brgy"], hall=(o["brgy"] + " Barangay", "hall"))
    elif kind == "org/hoa":
        o["addr"] = make_addr(town, "site", eid, subd=o["subd"])
    elif kind in ("org/corporation", "org/opc", "org/partnership", "org/family_firm"):
        o["addr"] = make_addr(town, "bldg" if kind in ("org/corporation", "org/opc") and chance(0.3) else "biz", eid)
    else:
        o["addr"] = make_addr(town, "site", eid)
    o["email"] = org_email(o, eid)
    return o

def town_tag(T):
    w = words(T["name"])
    return "".join(w) if len("".join(w)) <= 10 else "".join(x[0] for x in w)

def org_email(o, eid, avoid=None):
    s, T, k = slug(o["stem"] or o["reg"])[:18], TOWNS[o["town"]], o["kind"]
    if k == "org/cooperative":
        ws = words(o["stem"])
        s = ("".join(x[0] for x in ws[:-1]) if len(ws) > 3 else "".join(ws[:-1])) + ws[-1] + pick(["mpc", "coop", ""])
    if o["dom"] is None and k in ("org/corporation", "org/opc", "org/partnership", "org/family_firm", "org/school") \
            and chance(0.6):
        tld = ".edu.ph" if k == "org/school" else pick([".com.ph", ".com.ph", ".ph", ".com"])
        o["dom"] = s + (slug(o.get("phrase") or "")[:8] if chance(0.5) else "") + tld
    ct = o.get("contact")

    def gen():
        if k == "org/lgu":
            off = "".join(w[0] for w in words(o["stem"]) if w not in STOP_TOK) if o.get("office") else \
                pick(['bac', 'gso', 'procurement', 'accounting', 'treasury', 'engineering'])
            return f"{off}.{town_tag(T)}{pick(['lgu', 'city' if T['city'] else 'mun', 'gov', ''])}@{wpick(WEBMAIL)}"
        if k == "org/barangay":
            pre = ["sk"] if o["stem"].startswith("SK ") else ["brgy", "bgy", "barangay"]
            return f"{pick(pre)}{pick(['', '.', '_'])}{slug(o['brgy'])}{pick(['', '.'])}{town_tag(T)}" \
                   f"{pick(['', str(R.randint(1, 99))])}@{wpick(WEBMAIL)}"
        if o["dom"] and chance(0.8):
            return pick(["info", "sales", "purchasing", "accounting", "admin", "office", "procurement", "orders"] +
                        ([slug(ct["given"].split()[0])[0] + slug(ct["family"])] if ct else [])) + "@" + o["dom"]
        return f"{s}{pick(['', '.inc', 'corp', '_ph', '.official', str(R.randint(1, 99)), '.' + town_tag(T)])}" \
               f"@{wpick(WEBMAIL)}"
    return claim_email(gen, eid, avoid)

def make_chain_branch(ch, town, eid=None, mailbox=True):
    eid = eid or new_eid()
    o = org_base("org/chain_branch", town, eid)
    b, tn = ch["brand"], TOWNS[town]["name"]
    o.update(reg=ch["legal"], stem=b, trade_cat="hardware", chain=ch["id"], trade=b)
    set_forms(o, [("branch_format", f.format(b=b, t=tn), 80 if i == ch["style"] else 7)
                  for i, f in enumerate(BRANCH_FORMS)], [("registered_name", ch["legal"], 1)])
    o["contact"] = make_contact(eid) if chance(0.6) else None
    o["phone"] = make_phone(town, eid, "land" if chance(0.85) else "mobile", ext=chance(0.3))
    o["addr"] = make_addr(town, "bldg" if chance(0.5) else "biz", eid)
    if mailbox:
        use_mailbox(o, ch["mbox"])
        o["uniq"], o["always"] = ["phone", "address"], ["email"]
    else:
        o["email"] = claim_email(lambda: f"{slug(tn)}{pick(['', '.branch', 'branch', '.store'])}@{ch['dom']}", eid)
    return o

def make_group_co(g, suffix, eid=None, hq=True, mailbox=True, town=None):
    eid = eid or new_eid()
    o = org_base("org/group_company", town or g["hq"]["town"], eid)
    reg = f"{g['name']} {suffix}"
    o.update(reg=reg, stem=g["name"], trade_cat="group", group=g["id"], contact=make_contact(eid))
    set_forms(o, [("registered_name", reg, 60), ("legal_form", drop_legal(reg), 25), ("abbrev", abbreviate(reg), 15)],
              [("registered_name", reg, 85), ("legal_form", swap_once(reg, LEGAL_SWAPS), 15)])
    o["phone"] = make_phone(o["town"], eid, "land", ext=chance(0.4))
    o["uniq"], o["always"] = ["phone"], ["phone"]
    if hq:
        o["addr"], o["hq"] = g["hq"], True
        REG.add("ad", addr_key(render_addr(g["hq"], CANON_AST)), eid)
        o["always"].append("address")
    else:
        o["addr"] = make_addr(o["town"], "biz", eid)
        o["uniq"].append("address")
    if mailbox:
        use_mailbox(o, g["mbox"])
        o["always"].append("email")
    else:
        co = slug(suffix.split()[0])
        o["email"] = claim_email(lambda: f"{pick(['purchasing', 'accounting', 'admin', 'info'])}.{co}@{g['dom']}", eid)
        o["uniq"].append("email")
    return o

# ========================================================================== rendering
def person_style(p, mode):
    ex = mode == "existing"
    st = {"ma": p["given"].startswith("Maria ") and chance(0.45), "title": bool(p["title"]) and chance(0.85),
          "married": bool(p["husband"]) and chance(0.75), "nosfx": False, "famv": None, "short": False,
          "gnick": False, "gmid": False, "honor": None, "hyph": False, "one": False,
          "sfx": wpick([("disp", 50), ("fam", 35), ("given", 15)]),
          "gn": chance(0.93 if ex else 0.85), "fn": chance(0.93 if ex else 0.85),
          "upper": chance(0.04 if ex else 0.08), "gboth": False}
    k = p["kind"]
    if k == "person/sole_proprietor":
        st["form"] = wpick([("trade", 70), ("trade_owner", 15), ("owner_trade", 10), ("dba", 5)]) if ex else \
            wpick([("trade", 60), ("owner", 15), ("trade_owner", 10), ("owner_trade", 10), ("dba", 5)])
    elif k == "person/spouses":
        st["form"] = wpick([(0, 35), (1, 20), (2, 15), (3, 15), (4, 10), (5, 5)])
        st["gboth"] = chance(0.3)
    else:
        st["form"] = wpick([("GMF", 33), ("GF", 30), ("F,G", 12), ("F,GM", 12), ("GmF", 8), ("nick", 5)]) if ex else \
            wpick([("GF", 45), ("GMF", 25), ("F,G", 5), ("F,GM", 5), ("GmF", 10), ("nick", 10)])
        if st["form"] == "nick" and not p["nick"]:
            st["form"] = "GF"
    return st

def p_fam(p, st):
    if st.get("married") and p["husband"]:
        fam, mid, var = p["husband"], p["family"], p["hus_var"]
        if st.get("hyph"):
            fam, var = p["family"] + "-" + p["husband"], None
    else:
        fam, mid, var = p["family"], p["mid"], p["fam_var"]
    if st.get("famv") is not None and var:
        fam = var[st["famv"] % len(var)]
    return fam, mid

def person_names(p, st):
    fam, mid = p_fam(p, st)
    gw = p["short"] if st.get("short") and p["short"] else p["given"]
    if st.get("ma") and gw.startswith("Maria "):
        gw = "Ma. " + gw[6:]
    sfx = None if st.get("nosfx") else p["suffix"]
    mi = mid[0].upper() + "."
    famx = fam + (" " + sfx if sfx else "")
    k, form = p["kind"], st["form"]
    gn = p["nick"] if st.get("gnick") and p["nick"] else gw
    if k == "person/sole_proprietor":
        own = f"{gw} {fam}"
        dn = {"trade": p["trade"], "trade_owner": f"{p['trade']} ({own})", "owner_trade": f"{own} - {p['trade']}",
              "dba": f"{gw} {mi} {fam} dba {p['trade']}", "owner": f"{gw} {mi} {famx}"}[form]
    elif k == "person/spouses":
        if st.get("one"):
            dn = f"{p['spouse']} {fam}"
            gn = p["spouse"]
        else:
            dn = SPOUSE_FORMS[form].format(g1=gw, g2=p["spouse"], f=fam)
            if st.get("gboth"):
                gn = f"{gw} & {p['spouse']}"
    else:
        dn = {"GF": f"{gw} {famx}", "GMF": f"{gw} {mi} {famx}", "GmF": f"{gw} {mid} {famx}",
              "F,G": f"{famx}, {gw}", "F,GM": f"{famx}, {gw} {mi}", "nick": f"{p['nick']} {famx}"}[form]
        ttl = (p["title"] if st.get("title") else None) or st.get("honor")
        if ttl and form in ("GF", "GMF", "GmF", "nick"):
            dn = f"{ttl} {dn}"
    if st.get("gmid"):
        gn += " " + mi
    if sfx and st.get("sfx") == "given" and k != "person/spouses":
        gn += " " + sfx
    fn = fam + (" " + sfx if sfx and st.get("sfx") == "fam" else "")
    out = {"displayName": dn, "givenName": gn if st.get("gn", True) else None,
           "familyName": fn if st.get("fn", True) else None, "companyName": None}
    if st.get("upper"):
        out = {k2: (v.upper() if v else v) for k2, v in out.items()}
    return out

def org_style(o, mode):
    ex = mode == "existing"
    idx = list(range(len(o["dn_forms"])))
    dn = wpick(list(zip(idx, o["dn_w"]))) if ex else wpick([(i, 1 + (w if o["dn_forms"][i][0] != "abbrev" else 0))
                                                            for i, w in zip(idx, o["dn_w"])])
    cidx = list(range(len(o["cn_forms"])))
    cn = wpick(list(zip(cidx, o["cn_w"]))) if ex else (0 if chance(0.85) else pick(cidx))
    return {"dn": dn, "cn": cn, "contact": bool(o["contact"]) and chance(0.7 if ex else 0.6), "ct": None,
            "upper": chance(0.04 if ex else 0.08)}

def org_names(o, st):
    ct = st.get("ct") or o["contact"]
    show = bool(st.get("contact") and ct)
    out = {"displayName": o["dn_forms"][st["dn"]][1], "givenName": ct["given"] if show else None,
           "familyName": ct["family"] if show else None, "companyName": o["cn_forms"][st["cn"]][1]}
    if st.get("upper"):
        out = {k: (v.upper() if v else v) for k, v in out.items()}
    return out

def names_of(e, st):
    return org_names(e, st) if e["org"] else person_names(e, st)

def contact_of(rec):
    c = dict(names_of(rec["ent"], rec["nst"]))
    c["email"] = rec["email"]
    c["phone"] = fmt_phone(*rec["ph"]) if rec["ph"] else None
    c["address"] = render_addr(*rec["ad"]) if rec["ad"] else None
    return {k: c[k] for k in FIELDS}

def render(e, mode, force=(), nover=None):
    ex = mode == "existing"
    nst = org_style(e, mode) if e["org"] else person_style(e, mode)
    if nover:
        nst.update(nover)
    pres = {"email": chance(0.86 if ex else 0.8), "phone": chance(0.9 if ex else 0.88),
            "address": chance(0.86 if ex else 0.72)}
    for k in list(force) + e["always"]:
        pres[k] = True
    if not any(pres[k] for k in e["uniq"]):
        pres[pick(e["uniq"])] = True
    up = nst["upper"]
    rec = {"ent": e, "nst": nst, "email": e["email"] if pres["email"] else None,
           "ph": [e["phone"], rand_phone_style(e["phone"], mode)] if pres["phone"] else None,
           "ad": [e["addr"], rand_addr_style(mode, up)] if pres["address"] else None, "qual": None}
    rec["contact"] = contact_of(rec)
    return rec

# ======================================================================== perturbation
IND = ("person/individual", "person/professional")
SP, SPS = "person/sole_proprietor", "person/spouses"
SW_FMT = {"GF": "F,G", "F,G": "GF", "GMF": "F,GM", "F,GM": "GMF"}
SW_MID = {"GF": "GMF", "GMF": "GF", "GmF": "GF", "F,G": "F,GM", "F,GM": "F,G"}

def _t(cond, s, **kw):
    """Style mutation helper: apply kw to the style s when cond holds, else report 'not applicable'."""
    if not cond:
        return False
    s.update(kw)

def other_idx(n, cur):
    opts = [i for i in range(n) if i != cur]
    return pick(opts) if opts else None

def m_title(c, e, s):
    if s["form"] not in ("GF", "GMF", "GmF", "nick") or e["kind"] not in IND:
        return False
    if e["kind"] == "person/professional":
        s["title"] = not s.get("title")
    else:
        s["honor"] = None if s.get("honor") else ("Mr." if e["g"] == "M" else ("Mrs." if e["husband"] else "Ms."))

def m_famv(c, e, s):
    var = e["hus_var"] if s.get("married") and e["husband"] else e["fam_var"]
    if not var or s.get("hyph"):
        return False
    cur = p_fam(e, s)[0]
    s["famv"] = pick([i for i, v in enumerate(var) if v != cur])

def m_contact_changed(c, e, s):
    ct = s.get("ct") or e["contact"]
    if not (s.get("contact") and ct):
        return False
    fam = ct["family"] if e["kind"] == "org/family_firm" else None
    s["ct"] = make_contact(c["eid"], family=fam, chinese=e["kind"] == "org/family_firm", avoid=ct)

SPF_LAB = {"owner": "owner_name", "trade": "trade_name"}
# (mutation(c, entity, style) -> False when not applicable, label or label function, weight)
P_STYLE = [
    (lambda c, e, s: _t(e["kind"] in IND and s["form"] in SW_FMT and not (s.get("title") and e["title"]) and
                        not s.get("honor"), s, form=SW_FMT.get(s["form"])), "format", 6),
    (lambda c, e, s: _t(e["kind"] in IND and bool(e["nick"]) and s["form"] != "nick", s, form="nick"), "nickname", 6),
    (lambda c, e, s: _t(bool(e["nick"]) and not s.get("gnick") and s.get("gn", True) and e["kind"] != SPS, s,
                        gnick=True), "nickname", 4),
    (lambda c, e, s: _t(e["kind"] in IND and s["form"] in SW_MID, s, form=SW_MID.get(s["form"])), "middle_name", 6),
    (lambda c, e, s: _t(s.get("gn", True) and not s.get("gnick") and e["kind"] != SPS, s, gmid=not s.get("gmid")),
     "middle_name", 2),
    (m_title, "honorific", 4),
    (lambda c, e, s: _t(bool(e["suffix"]) and not s.get("nosfx"), s, nosfx=True), "suffix", 8),
    (lambda c, e, s: _t(bool(e["husband"]) and not s.get("hyph"), s, married=not s.get("married"), famv=None),
     lambda f, o, n, s: "married_name" if s["married"] else "maiden_name", 12),
    (lambda c, e, s: _t(bool(e["husband"]) and s.get("married") and not s.get("hyph"), s, hyph=True, famv=None),
     "hyphenated", 3),
    (m_famv, lambda f, o, n, s: "case" if o.casefold() == n.casefold() else "spelling", 12),
    (lambda c, e, s: _t(e["given"].startswith("Maria ") and not s.get("short"), s, ma=not s.get("ma")), "abbrev", 8),
    (lambda c, e, s: _t(bool(e["short"]) and e["kind"] != SPS, s, short=not s.get("short")), "short_form", 6),
    (lambda c, e, s: _t(e["kind"] == SP, s, form=pick([f for f in ("trade", "owner", "trade_owner", "owner_trade",
                                                                   "dba") if f != s["form"]])),
     lambda f, o, n, s: SPF_LAB.get(s["form"], "variant"), 10),
    (lambda c, e, s: _t(e["kind"] == SPS and not s.get("one"), s, form=other_idx(len(SPOUSE_FORMS), s["form"])),
     "spouses_format", 10),
    (lambda c, e, s: _t(e["kind"] == SPS and not s.get("one"), s, one=True),
     lambda f, o, n, s: "one_spouse" if f == "displayName" else "other_spouse", 4),
    (lambda c, e, s: _t(s.get("gn", True) or s.get("fn", True), s, gn=False, fn=False), "missing", 3),
    (lambda c, e, s: _t(not (s.get("gn", True) and s.get("fn", True)), s, gn=True, fn=True), "added", 5),
]
O_STYLE = [
    (lambda c, e, s: _t(len(e["dn_forms"]) > 1, s, dn=other_idx(len(e["dn_forms"]), s["dn"])),
     lambda f, o, n, s: s["_e"]["dn_forms"][s["dn"]][0], 12),
    (lambda c, e, s: _t(len(e["cn_forms"]) > 1, s, cn=other_idx(len(e["cn_forms"]), s["cn"])),
     lambda f, o, n, s: s["_e"]["cn_forms"][s["cn"]][0], 3),
    (m_contact_changed, "changed", 4),
    (lambda c, e, s: _t(s.get("contact") and bool(s.get("ct") or e["contact"]), s, contact=False), "missing", 3),
    (lambda c, e, s: _t(not s.get("contact") and bool(e["contact"]), s, contact=True), "added", 4),
]

def sop(c, mut, lab):
    new = copy.deepcopy(c["nst"])
    if mut(c, c["ent"], new) is False:
        return None
    vals = names_of(c["ent"], new)
    ch = [f for f in NAME_F if vals[f] != c["inc"][f]]
    if not ch or any(f in c["touched"] for f in ch):
        return None
    c["nst"] = new
    for f in ch:
        lb = lab(f, c["inc"][f], vals[f], dict(new, _e=c["ent"])) if callable(lab) else lab
        c["inc"][f] = vals[f]
        c["touched"][f] = 1
        c["labels"].append(f"{f}:{lb}")
    return len(ch)

def style_op(mut, lab):
    return lambda c: sop(c, mut, lab)

def str_op(f, fn, lab):
    def op(c):
        v = c["inc"][f]
        if v is None or f in c["touched"] or v.upper() == v:
            return None
        t = fn(v)
        if not t or t == v:
            return None
        c["inc"][f] = t
        c["touched"][f] = 1
        c["labels"].append(f"{f}:{lab}")
        return 1
    return op

def amp_swap(s):
    return s.replace(" & ", " and ", 1) if " & " in s else (s.replace(" and ", " & ", 1) if " and " in s else None)

def punct(s):
    return re.sub(r"\s+", " ", s.replace(".", "").replace(",", "")).strip()

def legal_op(s):
    return drop_legal(s) if chance(0.35) else swap_once(s, LEGAL_SWAPS)

def post_op(kind, f=None):
    def op(c):
        key = (kind, f)
        if key in c["post"]:
            return None
        if kind == "typo" and (c["inc"][f] is None or not re.search(r"[A-Za-zÀ-ÿ]{4,}", c["inc"][f])):
            return None
        if kind != "typo" and (c["nst"].get("upper") or ("lower", "displayName") in c["post"] or
                               ("upper", None) in c["post"]):
            return None
        c["post"].append(key)
        return sum(1 for x in NAME_F if c["inc"][x]) + (1 if c["ad"] else 0) if kind == "upper" else 1
    return op

def chan_op(ch, what):
    """E-mail / phone / address operations; labels are derived in finalize()."""
    def op(c):
        e, cd, fl = c["ent"], c["cdone"], c["flags"]
        if what == "case":             # e-mail written with capitals (may follow a typo)
            v = c["email"]
            if not v or cd.get("email_case") or fl.get("em_changed"):
                return None
            loc, dom = v.split("@", 1)
            c["email"] = pick([x for x in (v.upper(), loc.capitalize() + "@" + dom, loc.upper() + "@" + dom,
                                           ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom) if x != v])
            cd["email_case"] = 1
            return 1
        key = {"email": "email", "phone": "ph", "address": "ad"}[ch]
        cur, base = c[key], c["base"][ch]
        if cd.get(ch) or (ch == "email" and cd.get("email_case")):
            return None
        if what == "added":
            if base is not None:
                return None
            c[key] = e["email"] if ch == "email" else [e["phone"], rand_phone_style(e["phone"])] if ch == "phone" \
                else [e["addr"], rand_addr_style("incoming", c["nst"].get("upper", False))]
        elif cur is None or (what in ("changed", "missing", "moved", "partial") and c["keep"] == ch):
            return None
        elif what == "missing":
            c[key] = None
        elif what == "typo":
            t = email_typo(cur)
            if not t or not REG.em_ok(t, c["eid"]):
                return None
            REG.em_add(t, c["eid"])
            c[key] = t
        elif what == "changed" and ch == "email":
            new = org_email(dict(e, dom=None if chance(0.5) else e["dom"]), c["eid"], avoid=cur) if e["org"] \
                else person_email(e, c["eid"], avoid=cur)
            if within1(new.casefold(), cur.casefold()):
                return None
            c[key] = new
            fl["em_changed"] = 1
        elif what == "changed":
            kind = "mobile" if cur[0]["kind"] == "mobile" or chance(0.3) else "land"
            ph = make_phone(e["town"] if chance(0.7) else pick_town(), c["eid"], kind, ext=chance(0.2))
            c[key] = [ph, rand_phone_style(ph)]
        elif what == "format":
            obj, st = cur
            show = fmt_phone if ch == "phone" else render_addr
            for _ in range(20):
                ns = dict(st, f=R.randrange(8)) if ch == "phone" else rand_addr_style("incoming", st["upper"])
                if show(obj, ns) != show(obj, st):
                    break
            else:
                return None
            c[key] = [obj, ns]
        elif what == "extension":
            ph, st = cur
            if ph["kind"] == "mobile":
                return None
            ns = dict(st, xf=R.randrange(5), ext=(None if chance(0.6) else str(R.randint(100, 899))) if st.get("ext")
                      else ph["ext"] or str(R.randint(10, 899)))
            if ns["ext"] == st.get("ext"):
                return None
            c[key] = [ph, ns]
        elif what == "moved":
            ad = make_addr(e["town"] if chance(0.6) else pick_town(), "biz" if e["org"] or e["kind"] == SP else "res",
                           c["eid"])
            c[key] = [ad, rand_addr_style("incoming", cur[1]["upper"])]
        elif what == "partial":
            c[key] = [cur[0], dict(cur[1], partial=pick([1, 2]))]
        cd[ch] = 1
        if ch == "email" and what != "typo":
            cd["email_case"] = 1
        return 1
    return op

P_OPS = [(style_op(m, lab), w) for m, lab, w in P_STYLE] + [
    (post_op("typo", "displayName"), 4), (post_op("typo", "givenName"), 2), (post_op("typo", "familyName"), 3),
    (post_op("upper"), 3), (post_op("lower", "displayName"), 2)]
O_OPS = [(style_op(m, lab), w) for m, lab, w in O_STYLE] + [
    (str_op("displayName", legal_op, "legal_form"), 4), (str_op("companyName", legal_op, "legal_form"), 5),
    (str_op("displayName", lambda s: swap_once(s, ABBR_SWAPS), "abbrev"), 4),
    (str_op("companyName", lambda s: swap_once(s, ABBR_SWAPS), "abbrev"), 4),
    (str_op("displayName", amp_swap, "format"), 2), (str_op("companyName", amp_swap, "format"), 1),
    (str_op("displayName", punct, "format"), 2), (str_op("companyName", punct, "format"), 3),
    (post_op("typo", "displayName"), 4), (post_op("typo", "companyName"), 3), (post_op("typo", "givenName"), 1),
    (post_op("upper"), 3), (post_op("lower", "displayName"), 1)]
C_OPS = [(chan_op(ch, w), n) for ch, w, n in (
    ("email", "case", 3), ("email", "typo", 4), ("email", "changed", 4), ("email", "missing", 4),
    ("email", "added", 4), ("phone", "format", 10), ("phone", "extension", 3), ("phone", "changed", 4),
    ("phone", "missing", 4), ("phone", "added", 4), ("address", "format", 10), ("address", "moved", 4),
    ("address", "missing", 4), ("address", "partial", 2), ("address", "added", 4))]
DRASTIC_P = [(P_OPS[15][0], 2)]
DRASTIC_O = [(O_OPS[2][0], 2), (O_OPS[3][0], 2)]
DRASTIC_C = [(chan_op(ch, w), n) for ch, w, n in (
    ("email", "changed", 3), ("email", "missing", 3), ("phone", "changed", 3), ("phone", "missing", 3),
    ("address", "moved", 3), ("address", "missing", 3), ("address", "partial", 1))]

def new_ctx(rec, keep, eid):
    base = rec["contact"]
    c = {"rec": rec, "ent": rec["ent"], "eid": eid, "base": base, "nst": copy.deepcopy(rec["nst"]),
         "inc": {f: base[f] for f in NAME_F}, "labels": [], "touched": {}, "post": [], "email": rec["email"],
         "ph": copy.deepcopy(rec["ph"]), "ad": copy.deepcopy(rec["ad"]), "keep": keep, "cdone": {}, "flags": {}}
    q = rec.get("qual")
    if q:
        c["inc"]["displayName"] = base["displayName"][:-len(q)]
        c["labels"].append("displayName:qualifier_dropped")
    return c

def finalize(c):
    inc = dict(c["inc"])
    labels = list(c["labels"])
    ad = copy.deepcopy(c["ad"])
    for kind, f in c["post"]:
        if kind == "typo":
            t = name_typo(inc[f]) if inc[f] and c["base"][f] else None
            if t:
                inc[f] = t
                labels.append(f + ":typo")
        elif kind == "upper":
            for x in NAME_F:
                if inc[x] and inc[x].upper() != inc[x]:
                    inc[x] = inc[x].upper()
                    if c["base"][x] is not None:
                        labels.append(x + ":case")
            if ad:
                ad[1] = dict(ad[1], upper=True)
        else:
            if inc["displayName"].lower() != inc["displayName"]:
                inc["displayName"] = inc["displayName"].lower()
                labels.append("displayName:case")
    inc["email"] = c["email"]
    inc["phone"] = fmt_phone(*c["ph"]) if c["ph"] else None
    inc["address"] = render_addr(*ad) if ad else None
    base = c["base"]
    labels += chan_labels(base, inc, ("changed", "changed", "moved"))
    out = []
    for lb in labels:
        f = lb.split(":")[0]
        if inc[f] != base[f] and lb not in out:
            out.append(lb)
    for f in FIELDS:
        if inc[f] != base[f] and not any(x.startswith(f + ":") for x in out):
            raise RuntimeError(("unlabelled change", f, base[f], inc[f]))
    return {k: inc[k] for k in FIELDS}, out, ad

def is_upper(a):
    return all(v == v.upper() for v in a.values() if v)

def chan_labels(b, n, words3):
    """Labels for e-mail/phone/address derived from the two values; None if a 'different' value is too close."""
    out = []
    x, y = b["email"], n["email"]
    if x != y:
        if x is None or y is None:
            out.append("email:added" if x is None else "email:missing")
        elif x.casefold() == y.casefold():
            out.append("email:case")
        elif within1(x.casefold(), y.casefold()):
            if words3[0] == "different":
                return None
            out += ["email:typo"] + (["email:case"] if y != y.lower() else [])
        else:
            out.append("email:" + words3[0])
    x, y = b["phone"], n["phone"]
    if x != y:
        if x is None or y is None:
            out.append("phone:added" if x is None else "phone:missing")
        elif phone_split(x)[0] != phone_split(y)[0]:
            out.append("phone:" + words3[1])
        elif words3[1] == "different":
            return None
        else:
            bx, nx = phone_split(x)[1], phone_split(y)[1]
            out += (["phone:extension"] if bx != nx else []) + \
                (["phone:format"] if EXT_RE.sub("", x) != EXT_RE.sub("", y) or bx == nx else [])
    x, y = b["address"], n["address"]
    if x != y:
        kx, ky = addr_key(x), addr_key(y)
        if x is None or y is None:
            out.append("address:added" if x is None else "address:missing")
        elif kx != ky:
            tx, ty = addr_tokens(x), addr_tokens(y)
            sub = city_key(x["city"]) == city_key(y["city"]) and len(ty) < len(tx) and all(ty.count(t) <= tx.count(t) for t in ty)
            out.append("address:" + ("partial" if sub and words3[2] != "different" else words3[2]))
        elif all((x[k] or "").casefold() == (y[k] or "").casefold() for k in x):
            out.append("address:case")
        else:
            out += ["address:format"] + (["address:case"] if is_upper(y) != is_upper(x) else [])
    return out

CH_KEY = {"email": lambda v: v.casefold(), "phone": lambda v: phone_split(v)[0], "address": addr_key}

def chan_unique(rec, ch, eid):
    v = rec["contact"][ch]
    if v is None or ch == "email":
        return v is not None and REG.em_ok(v, eid)
    return getattr(REG, "ph" if ch == "phone" else "ad").get(CH_KEY[ch](v), []) == [eid]

def keep_ok(base, inc, keep):
    b, n = base[keep], inc[keep]
    if b is None or n is None:
        return False
    return within1(b.casefold(), n.casefold()) if keep == "email" else CH_KEY[keep](b) == CH_KEY[keep](n)

def perturb(rec, profile, eid, accept=None):
    base, e = rec["contact"], rec["ent"]
    uniq = [ch for ch in CHAN_F if chan_unique(rec, ch, eid)]
    if not uniq:
        raise RuntimeError("no unique channel for " + eid)
    lo, hi = PROFILES[profile]
    ops = (O_OPS if e["org"] else P_OPS) + C_OPS
    drastic = (DRASTIC_O if e["org"] else DRASTIC_P) + DRASTIC_C
    for _attempt in range(300):
        if _attempt == 150 and profile == "harsh":
            profile, (lo, hi) = "medium", PROFILES["medium"]
        c = new_ctx(rec, pick(uniq), eid)
        target = R.randint(lo, min(hi, 6))
        n = len(c["labels"])
        got = 0
        for _ in range(30 if profile == "harsh" else 0):
            r = wpick(drastic)(c)
            n, got = n + (r or 0), got + bool(r)
            if got == 2:
                break
        for _ in range(60):
            if n >= target:
                break
            n += wpick(ops)(c) or 0
        inc, labels, ad = finalize(c)
        if not (lo <= len(labels) <= hi) or not keep_ok(base, inc, c["keep"]):
            continue
        if profile == "harsh" and sum(1 for x in labels if x.split(":")[1] in DRASTIC_WHATS) < 2:
            continue
        if accept and not accept(inc):
            continue
        nrec = {"ent": e, "nst": c["nst"], "email": inc["email"], "ph": c["ph"], "ad": ad, "qual": None,
                "contact": inc}
        return nrec, labels, profile
    raise RuntimeError("perturbation failed for " + eid)

# ============================================================================ existing
def build_existing():
    ents = []
    chains = []
    for i, (brand, legal, dom, style, n) in enumerate(CHAINS):
        ch = {"id": i, "brand": brand, "legal": legal, "dom": dom, "style": style, "towns": [],
              "mbox": pick(["accounting", "ap", "accountspayable", "finance"]) + "@" + dom}
        REG.stem_add(brand, "chain%d" % i)
        chains.append(ch)
        towns = []
        while len(towns) < n:
            t = pick_town(exclude=towns)
            towns.append(t)
        ch["towns"] = list(towns)
        mb = [True] * n
        for j in R.sample(range(n), R.randint(0, max(0, n - 2))) if chance(0.5) else []:
            mb[j] = False
        for t, m in zip(towns, mb):
            ents.append(make_chain_branch(ch, t, mailbox=m))
    groups = []
    for i, (gname, n) in enumerate(GROUPS):
        g = {"id": i, "name": gname, "dom": f"{slug(gname)}group.com.ph", "used": []}
        g["mbox"] = pick(["ap", "accounting", "payables"]) + "@" + g["dom"]
        REG.stem_add(gname, "group%d" % i)
        town = pick_town()
        first = new_eid()
        g["hq"] = make_addr(town, "bldg" if chance(0.6) else "biz", first)
        use_mb = chance(0.7)
        sufs = R.sample(GROUP_COS[:7], n)
        hq_flags = [True, True] + [chance(0.6) for _ in range(n - 2)]
        for j, suf in enumerate(sufs):
            g["used"].append(suf)
            ents.append(make_group_co(g, suf, eid=first if j == 0 else None, hq=hq_flags[j], mailbox=use_mb,
                                      town=None if hq_flags[j] else pick_town()))
        groups.append(g)
    plan = [("person/individual", 385 - 28), ("person/professional", 75), ("person/sole_proprietor", 250 - 8),
            ("person/spouses", 40), ("org/corporation", 300), ("org/opc", 45), ("org/partnership", 45),
            ("org/family_firm", 75), ("org/cooperative", 40), ("org/barangay", 22), ("org/school", 40),
            ("org/church", 30), ("org/hoa", 42)]
    # barangays of the same name in different towns (QBO needs " (Town)")
    for t1, t2, b in (("QC", "MKT", "San Antonio"), ("MKT", "MUN", "Poblacion"), ("LPN", "BCR", "Zapote"),
                      ("STR", "ANG", "Balibago")):
        for t in (t1, t2):
            o = make_org("org/barangay", town=t, brgy=b)
            o["ex_nover"] = {"dn": 0, "upper": False}
            ents.append(o)
    lgu_towns = R.sample(TOWN_IDS, 16)
    for t in lgu_towns:
        ents.append(make_org("org/lgu", town=t))
    for kind, n in plan:
        for _ in range(n):
            ents.append(make_org(kind) if kind.startswith("org/") else make_person(kind))
    # namesake pairs already in the list (different town -> " (Town)", same town -> " - 2")
    for i in range(14):
        p1 = make_person("person/individual", married=False, suffix=None)
        t2 = pick_town(exclude=[p1["town"]]) if i < 10 else p1["town"]
        p2 = make_person("person/individual", town=t2, gender=p1["g"], chinese=p1["chinese"], married=False,
                         suffix=None, allow_dup=True,
                         name=(p1["given"], pick([s for s in SURNAMES if s[0] != p1["mid"][0]]), p1["family"]))
        p1["nspair"] = p2["nspair"] = True
        p1["ex_nover"] = p2["ex_nover"] = {"form": "GF", "title": False, "honor": None, "upper": False}
        ents += [p1, p2]
    # the same trade name used by two sole proprietors in different towns
    for i in range(4):
        p1 = make_person("person/sole_proprietor")
        p2 = make_person("person/sole_proprietor", town=pick_town(exclude=[p1["town"]]),
                         trade=(p1["trade"], p1["stem"], p1["trade_cat"]))
        p1["nspair"] = p2["nspair"] = True
        p1["ex_nover"] = p2["ex_nover"] = {"form": "trade", "upper": False}
        ents += [p1, p2]
    # bookkeeping services: one mailbox for several small customers
    smalls = [e for e in ents if e["kind"] in ("person/sole_proprietor", "org/opc", "org/partnership") and
              not e.get("nspair")]
    chosen = R.sample(smalls, sum(n for _, _, n in BOOKKEEPERS))
    k = 0
    for bi, (_bname, mbox, n) in enumerate(BOOKKEEPERS):
        for e in chosen[k:k + n]:
            e["email"], e["bk"] = mbox, bi
            REG.em_add(mbox, e["eid"])
            e["uniq"], e["always"] = ["phone", "address"], ["email"]
        k += n
    assert len(ents) == N_EXISTING, len(ents)
    R.shuffle(ents)
    return ents, chains, groups

# ======================================================================== hard negatives
def has(rec, ch):
    return rec["contact"][ch] is not None

SMALL_ORG = ("org/corporation", "org/opc", "org/partnership")
HN_PRED = {
    "group_company": lambda r: r["ent"]["kind"] == "org/group_company" and r["ent"].get("hq") and has(r, "phone"),
    "chain_branch": lambda r: r["ent"]["kind"] == "org/chain_branch" and bool(r["ent"].get("mbox")),
    "shared_bookkeeper_mailbox": lambda r: r["ent"].get("bk") is not None,
    "government_office": lambda r: r["ent"]["kind"] in ("org/lgu", "org/barangay") and
    (has(r, "phone") or has(r, "email")),
    "family_sibling_firm": lambda r: r["ent"]["kind"] == "org/family_firm" and bool(r["ent"]["contact"]) and
    r["contact"]["familyName"] == r["ent"]["stem"],
    "same_building": lambda r: r["ent"]["org"] and r["ent"]["kind"] in SMALL_ORG + ("org/family_firm",) and
    bool(r["ent"]["addr"].get("bldg")) and has(r, "address") and (has(r, "phone") or has(r, "email")),
    "father_son": lambda r: r["ent"]["kind"] in IND and r["ent"]["g"] == "M" and not r["ent"].get("nspair"),
    "namesake_other_town": lambda r: r["ent"]["kind"] in IND and not r["ent"]["husband"] and
    not r["ent"].get("nspair") and has(r, "address"),
    "similar_name_other_trade": lambda r: (r["ent"]["kind"] in SMALL_ORG and r["ent"]["trade_cat"] in OTHER_CAT_TRADE)
    or (r["ent"]["kind"] == "person/sole_proprietor" and not r["ent"].get("nspair") and r["ent"]["stem"]),
    "household_member": lambda r: r["ent"]["kind"] in IND + ("person/sole_proprietor",) and has(r, "address") and
    has(r, "familyName") and has(r, "givenName") and
    (has(r, "phone") or has(r, "email")) and r["ent"].get("bk") is None,
}
HN_ORDER = ["group_company", "chain_branch", "shared_bookkeeper_mailbox", "government_office", "family_sibling_firm",
            "same_building", "father_son", "namesake_other_town", "similar_name_other_trade", "household_member"]

def other_mid(mid):
    for _ in range(100):
        m = surname()
        if m[0].upper() != mid[0].upper():
            return m
    return "Zamora"

def hn_labels(a, b):
    """Labels of how a hard negative differs from its anchor; None when a 'different' value is too close."""
    out = []
    for f in NAME_F:
        x, y = a[f], b[f]
        if x == y:
            continue
        tx, ty = [w for w in words(x or "") if w != "and"], [w for w in words(y or "") if w != "and"]
        if x is None or y is None or x.casefold() == y.casefold() or sorted(tx) == sorted(ty):
            out.append(f + (":added" if x is None else ":missing" if y is None else ":case"
                            if x.casefold() == y.casefold() else ":format"))
            continue
        rx, ry = list(tx), list(ty)
        for w in tx:
            if w in ry:
                ry.remove(w)
                rx.remove(w)
        rest = [w for w in rx + ry if w not in SUFFIX_TOK]
        if rest and not all(len(w) == 1 for w in rest) and within1(x.casefold(), y.casefold()):
            return None
        out += [f + ":suffix"] * any(w in SUFFIX_TOK for w in rx + ry) + \
            ([f + (":middle_name" if all(len(w) == 1 for w in rest) else ":different")] if rest else [])
    extra = chan_labels(a, b, ("different",) * 3)
    return None if extra is None else out + extra

def share_addr(h, e, force):
    h["addr"] = e["addr"]
    REG.add("ad", addr_key(render_addr(e["addr"], CANON_AST)), h["eid"])
    force.append("address")

def build_hn(t, a, chains, groups):
    e = a["ent"]
    tn = TOWNS[e["town"]]["name"]
    force = ["phone"]
    shared = []
    nover = None
    if t == "chain_branch":
        ch = chains[e["chain"]]
        t2 = pick_town(exclude=ch["towns"])
        ch["towns"].append(t2)
        h = make_chain_branch(ch, t2, mailbox=True)
        force += ["email", "address"]
        shared = ["companyName"]
        rule = (f"Another branch of the {ch['brand']} chain ({TOWNS[t2]['name']} branch, not {tn}): each branch is "
                f"its own customer with its own address and phone; only the legal name and the chain's shared "
                f"accounting mailbox are common.")
    elif t == "group_company":
        g = groups[e["group"]]
        suf = pick([s for s in GROUP_COS if s not in g["used"]])
        g["used"].append(suf)
        h = make_group_co(g, suf, hq=True, mailbox=bool(e.get("mbox")) and has(a, "email"))
        force += ["address"] + (["email"] if h.get("mbox") else [])
        shared = ["name_stem"]
        rule = (f"A different company of the {g['name']} group ('{h['reg']}' vs '{e['reg']}'): separate registered "
                f"company with its own phone and contact person; only the group's head-office address"
                f"{' and AP mailbox' if h.get('mbox') else ''} are shared.")
    elif t == "namesake_other_town":
        t2 = pick_town(prov_not=TOWNS[e["town"]]["prov"])
        h = make_person("person/individual", town=t2, gender=e["g"], chinese=e["chinese"], married=False,
                        suffix=None, allow_dup=True, name=(e["given"], other_mid(e["mid"]), e["family"]))
        force += ["address", "email"]
        shared = ["givenName", "familyName"]
        nover = {"gn": True, "fn": True, "form": pick(["GMF", "GmF", "F,GM"]), "title": False}
        rule = (f"Namesake: same name but a different middle name ({h['mid']} vs {e['mid']}, i.e. another mother), "
                f"lives in {TOWNS[t2]['name']} not {tn}, and shares no e-mail, phone or address.")
    elif t == "father_son":
        other = {"Jr.": "Sr.", "Sr.": "Jr.", "III": "Jr."}[e["suffix"]]
        h = make_person("person/individual", town=e["town"], gender="M", chinese=e["chinese"], married=False,
                        suffix=other, allow_dup=True, name=(e["given"], other_mid(e["mid"]), e["family"]))
        if e.get("fs_share"):
            share_addr(h, e, force)
        force.append("email")
        shared = ["givenName", "familyName"]
        nover = {"gn": True, "fn": True, "nosfx": False}
        rule = (f"Father and son: {e['given']} {e['family']} {e['suffix']} and {e['given']} {e['family']} {other} "
                f"are two people (the suffix differs), each with his own mobile number and e-mail"
                f"{', living in the same house' if e.get('fs_share') else ''}.")
    elif t == "family_sibling_firm":
        used = [p for p in FAM_PATTERNS if p.format(S=e["stem"]) in e["reg"]]
        h = make_org("org/family_firm", fam=e["stem"], exclude_phr=used + [e["phrase"]],
                     town=e["town"] if chance(0.4) else None)
        if not h["contact"] or h["contact"]["family"] != e["stem"]:
            h["contact"] = make_contact(h["eid"], family=e["stem"], chinese=True,
                                        avoid=e["contact"] or {"given": "", "family": ""})
        nst_force = {"contact": True}
        force += ["email", "address"]
        shared = ["familyName", "name_stem"]
        rule = (f"Sibling firm of the {e['stem']} family: '{h['reg']}' is a different registered company from "
                f"'{e['reg']}', run by another family member, with its own address, phone and e-mail.")
        rec = render(h, "incoming", force=force, nover=nst_force)
        if a["contact"]["familyName"] is None:
            shared.remove("familyName")
        return h, rec, shared, rule
    elif t == "same_building":
        ad = copy.deepcopy(e["addr"])
        for _ in range(100):
            u = ad["unit"][0]
            uv = f"{R.randint(1, 24)}{pick('ABCDEF')}" if u == "unit" else str(R.randint(101, 905))
            ad["unit"] = (u, uv)
            k = addr_key(render_addr(ad, CANON_AST))
            if REG.ok("ad", k, "x"):
                break
        kind = pick(["org/corporation", "org/opc", "person/professional"])
        h = make_org(kind, town=e["town"]) if kind.startswith("org") else make_person(kind, town=e["town"])
        h["addr"] = ad
        REG.add("ad", k, h["eid"])
        force += ["address", "email"]
        shared = ["building"]
        rule = (f"Another business in the same building ({ad['bldg'][0]}): different unit "
                f"({ad['unit'][1]} vs {e['addr']['unit'][1]}), different name, phone and e-mail.")
    elif t == "shared_bookkeeper_mailbox":
        bname, mbox, _ = BOOKKEEPERS[e["bk"]]
        kind = pick(["person/sole_proprietor", "org/opc", "person/sole_proprietor"])
        h = make_org(kind) if kind.startswith("org") else make_person(kind)
        h["email"], h["bk"] = mbox, e["bk"]
        REG.em_add(mbox, h["eid"])
        force += ["email", "address"]
        shared = []
        rule = (f"Both customers are clients of {bname} and give its mailbox {mbox}; the mailbox is shared, but "
                f"the business name, phone and address are different.")
    elif t == "similar_name_other_trade":
        if e["org"]:
            other = pick(OTHER_CAT_TRADE[e["trade_cat"]])
            if chance(0.5):
                h = make_person("person/sole_proprietor", trade=(f"{e['stem']} {other}", e["stem"], "other"))
            else:
                h = make_org("org/corporation", stem=e["stem"], cat=pick([k for k in ORG_PHRASES if k != e["trade_cat"]]))
                other = h["phrase"]
            what = e.get("phrase") or e["trade_cat"]
        else:
            other = SP_OTHER[e["trade_cat"]]
            h = make_person("person/sole_proprietor", trade=(f"{e['stem']} {other}", e["stem"], "other"))
            what = e["trade"]
        force += ["email", "address"]
        shared = ["name_stem"]
        if not h["org"]:
            nover = {"form": pick(["trade", "trade", "trade_owner", "owner_trade"])}
        rule = (f"Similar name, different line of business: '{e['reg'] if e['org'] else e['trade']}' vs '{h['reg'] if h['org'] else h['trade']}' "
                f"({other}); a different owner and no shared e-mail, phone or address.")
    elif t == "household_member":
        fam = e["husband"] if e["husband"] and a["nst"].get("married") else e["family"]
        for _ in range(200):
            g = "M" if chance(0.5) else "F"
            given = pick(GIVEN_M if g == "M" else GIVEN_F)
            nk = [x.casefold() for x in NICK.get(e["given"], []) + [e["nick"] or ""]]
            if given[0] != e["given"][0] and lev(given.casefold(), e["given"].casefold()) > 2 and \
                    given.casefold() not in nk and REG.ok("pk", pkey(given, fam), "x"):
                break
        h = make_person("person/individual", town=e["town"], gender=g, married=False, suffix=None,
                        name=(given, surname(), fam), chinese=e["chinese"])
        share_addr(h, e, force)
        force.append("email")
        shared = ["familyName"]
        nover = {"fn": True, "gn": True}
        rule = (f"Household member: {given} {fam} lives at the same address as {e['given']} but is a different "
                f"person (different given name) with {'his' if g == 'M' else 'her'} own e-mail and mobile number.")
    elif t == "government_office":
        T = TOWNS[e["town"]]
        if e["kind"] == "org/lgu":
            off = pick(CITY_OFFICES if T["city"] else MUN_OFFICES)
            parent = e["reg"]
            h = org_base("org/lgu", e["town"], new_eid())
            reg, dnf = f"{off}, {parent}", [f"{off} - {T['name']}", f"{T['name']} {off}"]
            h.update(reg=reg, stem=off, trade_cat="government", office=True)
        else:
            b = e["brgy"]
            parent = f"Barangay {b}"
            h = org_base("org/barangay", e["town"], new_eid())
            off, reg = "Sangguniang Kabataan", f"Sangguniang Kabataan - Barangay {b}, {T['cities'][0]}"
            dnf = [f"Sangguniang Kabataan of Barangay {b}", f"SK Brgy. {b}"]
            h.update(reg=reg, stem="SK " + b, trade_cat="government", brgy=b)
        set_forms(h, [("registered_name", dnf[0], 60), ("variant", dnf[1], 40)], [("registered_name", reg, 1)])
        h["contact"] = make_contact(h["eid"]) if chance(0.7) else None
        h["phone"] = make_phone(e["town"], h["eid"], "land" if chance(0.6) else "mobile", ext=chance(0.3))
        h["email"] = org_email(h, h["eid"])
        if has(a, "address") and chance(0.5):
            share_addr(h, e, force)
        else:
            h["addr"] = make_addr(e["town"], "site", h["eid"])
        force.append("email")
        shared = ["name_stem"]
        rule = (f"'{off}' is a separately billed government office, not {parent} itself; it has its own e-mail and "
                f"phone and pays from its own budget.")
    rec = render(h, "incoming", force=force, nover=nover)
    return h, rec, shared, rule

def hn_shared(t, a, b, declared):
    out = list(declared)
    ca, cb = a["contact"], b["contact"]
    if ca["email"] and cb["email"] and ca["email"].casefold() == cb["email"].casefold():
        out.append("email")
    if ca["address"] and cb["address"] and addr_key(ca["address"]) == addr_key(cb["address"]):
        out.append("address")
    return out

# ================================================================================ main
def build():
    ents, chains, groups = build_existing()
    exist = [render(e, "existing", nover=e.get("ex_nover")) for e in ents]
    # --- choose hard-negative anchors and prepare them
    used, anchors = {}, {}
    for t in HN_ORDER:
        cands = [r for r in exist if HN_PRED[t](r) and r["ent"]["eid"] not in used]
        if t == "group_company":      # at most two anchors per group (a group has 10 possible companies)
            cands = [r for i, r in enumerate(cands) if sum(x["ent"]["group"] == r["ent"]["group"] for x in cands[:i]) < 2]
        anchors[t] = R.sample(cands, HN_PER_TYPE)
        used.update((r["ent"]["eid"], 1) for r in anchors[t])
    for t in ("namesake_other_town", "father_son"):
        for j, r in enumerate(anchors[t]):
            e = r["ent"]
            force = ["phone", "email"] if t == "father_son" else ["address", "phone"]
            nov = {"form": pick(["GMF", "F,GM", "GmF"]), "married": False, "gn": True, "fn": True}
            if t == "father_son":
                e["suffix"] = e["suffix"] or pick(["Jr.", "Sr."])
                e["nick"] = None if e["nick"] in ("Jun", "Junjun", "Jun-Jun") and e["suffix"] != "Jr." else e["nick"]
                e["fs_share"] = chance(0.5)
                force += ["address"] * e["fs_share"]
                nov.update(nosfx=False, form=pick(["GF", "GMF", "F,GM", "GmF"]))
            nr = render(e, "existing", force=force, nover=nov)
            exist[[i for i, x in enumerate(exist) if x is r][0]] = nr
            anchors[t][j] = nr
    # --- QBO display-name uniqueness
    seen = {}
    for r in exist:
        dn = r["contact"]["displayName"]
        if dn.casefold() in seen:
            first = seen[dn.casefold()]
            cand = f"{dn} ({TOWNS[r['ent']['town']]['name']})" if first["ent"]["town"] != r["ent"]["town"] else f"{dn} - 2"
            n = 2
            while cand.casefold() in seen:
                n += 1
                cand = f"{dn} - {n}"
            r["contact"]["displayName"] = cand
            r["qual"] = cand[len(dn):]
        seen[r["contact"]["displayName"].casefold()] = r
    exist.sort(key=lambda r: r["contact"]["displayName"].casefold())
    # --- hard negatives
    hns = []
    for t in HN_TYPES:
        for a in anchors[t]:
            for _ in range(20):
                h, rec, declared, rule = build_hn(t, a, chains, groups)
                labs = hn_labels(a["contact"], rec["contact"])
                if labs is not None:
                    break
            else:
                raise RuntimeError("hn labels " + t)
            shared = hn_shared(t, a, rec, declared)
            hns.append({"rec": rec, "cat": "hard_negative", "eid": h["eid"], "kind": h["kind"], "changes": labs,
                        "extra": {"anchor": a["ent"]["eid"], "anchor_rec": a, "hn_type": t, "rule": rule,
                                  "shared": shared}})
    # --- new customers
    ex_cores, ex_pk = {}, {}
    for r in exist:
        for f in ("displayName", "companyName"):
            ex_cores[name_core(r["contact"][f])] = 1
        ex_pk[pkey(r["contact"]["givenName"], r["contact"]["familyName"])] = 1

    def new_ok(ct):
        if any(name_core(ct[f]) in ex_cores for f in ("displayName", "companyName") if ct[f]):
            return False
        k = pkey(ct["givenName"], ct["familyName"])
        return k is None or k not in ex_pk
    new_kinds = [(k, int(w)) for k, w in (x.split(":") for x in (
        "person/individual:30 person/professional:5 person/sole_proprietor:17 person/spouses:3 org/corporation:22 "
        "org/opc:4 org/partnership:3 org/family_firm:5 org/cooperative:3 org/school:3 org/church:2 org/hoa:3 "
        "org/barangay:2").split())]
    news = []
    for occ, n in NEW_PLAN:
        for _ in range(n):
            for _try in range(50):
                kind = wpick(new_kinds)
                e = make_org(kind) if kind.startswith("org/") else make_person(kind)
                r1 = render(e, "incoming")
                if new_ok(r1["contact"]):
                    break
            else:
                raise RuntimeError("new customer names")
            items = [{"rec": r1, "cat": "new", "eid": e["eid"], "kind": kind, "changes": [], "occ": 1}]
            for j in range(2, occ + 1):
                prof = wpick([("light", 40), ("medium", 40), ("harsh", 20)])
                nr, labs, prof = perturb(r1, prof, e["eid"], accept=new_ok)
                items.append({"rec": nr, "cat": "new", "eid": e["eid"], "kind": kind, "changes": labs, "occ": j,
                              "profile": prof, "cmp": items[0]})
            news.append(items)
    # --- matches
    matches = []
    for r in R.sample(exist, N_MATCH):
        prof = wpick([("light", 45), ("medium", 35), ("harsh", 20)])
        nr, labs, prof = perturb(r, prof, r["ent"]["eid"])
        matches.append({"rec": nr, "cat": "match", "eid": r["ent"]["eid"], "kind": r["ent"]["kind"],
                        "changes": labs, "profile": prof, "cmp_ex": r})
    # --- assemble incoming
    inc = matches + hns + [it for grp in news for it in grp]
    R.shuffle(inc)
    pos = {}
    for i, it in enumerate(inc):
        if it["cat"] == "new":
            pos.setdefault(it["eid"], []).append(i)
    for grp in news:
        if len(grp) > 1:
            slots = sorted(pos[grp[0]["eid"]])
            for s, it in zip(slots, grp):
                inc[s] = it
    ex_index = {id(r): i for i, r in enumerate(exist)}
    in_index = {id(it): i for i, it in enumerate(inc)}
    return exist, inc, ex_index, in_index

def evidence(eid, a, b, ev):
    """Strong channels of record a that truly hold for b and belong to this customer alone (ev: registry of the
    written records)."""
    out = []
    if a["email"] and b["email"] and within1(a["email"].casefold(), b["email"].casefold()) and \
            ev.em_ok(a["email"], eid) and ev.em_ok(b["email"], eid):
        out.append("email")
    for ch, key, tab in (("phone", lambda v: phone_split(v)[0], "ph"), ("address", addr_key, "ad")):
        if a[ch] and b[ch] and key(a[ch]) is not None and key(a[ch]) == key(b[ch]) and ev.ok(tab, key(b[ch]), eid):
            out.append(ch)
    return out

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    exist, inc, ex_index, in_index = build()
    maps = Registry()
    for eid, ct in [(r["ent"]["eid"], r["contact"]) for r in exist] + [(it["eid"], it["rec"]["contact"]) for it in inc]:
        if ct["email"]:
            maps.em_add(ct["email"], eid)
        maps.add("ph", ct["phone"] and phone_split(ct["phone"])[0], eid)
        maps.add("ad", addr_key(ct["address"]), eid)
    set_lines, meta_lines = [], []
    for i, r in enumerate(exist):
        set_lines.append({"set": "existing", "entity": r["ent"]["eid"], "contact": r["contact"]})
        meta_lines.append({"set": "existing", "index": i, "entity": r["ent"]["eid"], "category": "existing",
                           "kind": r["ent"]["kind"], "changes": []})
    for i, it in enumerate(inc):
        ct = it["rec"]["contact"]
        set_lines.append({"set": "incoming", "entity": it["eid"], "contact": ct})
        m = {"set": "incoming", "index": i, "entity": it["eid"], "category": it["cat"], "kind": it["kind"],
             "changes": it["changes"]}
        if it["cat"] == "new":
            m["occurrence"] = it["occ"]
        if it["cat"] == "match" or it["cat"] == "new" and it["occ"] > 1:
            ref, ex = (it["cmp_ex"], True) if it["cat"] == "match" else (it["cmp"]["rec"], False)
            ev = evidence(it["eid"], ct, ref["contact"], maps)
            assert ev, ("no evidence", it["eid"])
            m.update(profile=it["profile"], evidence=ev, compare_set="existing" if ex else "incoming",
                     compare_index=ex_index[id(ref)] if ex else in_index[id(it["cmp"])])
        elif it["cat"] == "hard_negative":
            x = it["extra"]
            m.update(anchor=x["anchor"], anchor_index=ex_index[id(x["anchor_rec"])], hn_type=x["hn_type"],
                     rule=x["rule"], shared=x["shared"])
        meta_lines.append(m)
    os.makedirs(args.out, exist_ok=True)
    for name, lines in (("set.jsonl", set_lines), ("meta.jsonl", meta_lines)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            for obj in lines:
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta_lines:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    print("wrote", len(set_lines), "records to", args.out, cats)

if __name__ == "__main__":
    main()
