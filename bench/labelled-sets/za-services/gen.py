#!/usr/bin/env python3
"""Generator for the za-services labelled record-linkage test set.

Python 3 standard library only, deterministic (fixed seed, no iteration over
sets of strings).  Writes set.jsonl and meta.jsonl next to this file.

Scenario: a South African business-services firm (bookkeeping, payroll, IT
support) with offices in Johannesburg, Cape Town, Durban and Pretoria.  The
QuickBooks Online customer list ("existing") holds one record per customer;
an upstream business app sends customer records ("incoming") in arrival order.
"""
import json
import os
import random
import re
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 27061994
R = random.Random(SEED)


def chance(p):
    return R.random() < p


def W(pairs):
    tot = float(sum(w for _, w in pairs))
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_acc(s).lower())


def cap1(s):
    return s[:1].upper() + s[1:]


def lst(s):
    return [x.strip() for x in s.split(',') if x.strip()]


# ----------------------------------------------------------------------------
# Geography: (metro, suburb, city, street postcode, box postcode)
# ----------------------------------------------------------------------------
REGION = {'JHB': 'Gauteng', 'PTA': 'Gauteng', 'CPT': 'Western Cape', 'DBN': 'KwaZulu-Natal'}
METRO_CITY = {'JHB': 'Johannesburg', 'PTA': 'Pretoria', 'CPT': 'Cape Town', 'DBN': 'Durban'}
METRO_W = [('JHB', 35), ('CPT', 25), ('DBN', 22), ('PTA', 18)]
SUBURBS_RAW = """
JHB|Sandton|Sandton|2196|2146
JHB|Bryanston|Sandton|2191|2021
JHB|Rivonia|Sandton|2191|2128
JHB|Sunninghill|Sandton|2157|2157
JHB|Morningside|Sandton|2196|2057
JHB|Rosebank|Johannesburg|2196|2132
JHB|Parkhurst|Johannesburg|2193|2120
JHB|Greenside|Johannesburg|2193|2034
JHB|Melville|Johannesburg|2092|2109
JHB|Northcliff|Johannesburg|2195|2115
JHB|Houghton Estate|Johannesburg|2198|2041
JHB|Fourways|Johannesburg|2191|2055
JHB|Linden|Randburg|2195|2104
JHB|Ferndale|Randburg|2194|2160
JHB|Randpark Ridge|Randburg|2169|2156
JHB|Bedfordview|Bedfordview|2007|2008
JHB|Edenvale|Edenvale|1609|1610
JHB|Kempton Park|Kempton Park|1619|1620
JHB|Midrand|Midrand|1685|1685
JHB|Roodepoort|Roodepoort|1724|1725
JHB|Alberton|Alberton|1449|1450
JHB|Boksburg|Boksburg|1459|1460
JHB|Benoni|Benoni|1501|1500
JHB|Germiston|Germiston|1401|1400
JHB|Orlando East|Soweto|1804|1804
JHB|Diepkloof|Soweto|1862|1864
PTA|Hatfield|Pretoria|0083|0028
PTA|Brooklyn|Pretoria|0181|0011
PTA|Lynnwood|Pretoria|0081|0040
PTA|Menlo Park|Pretoria|0081|0102
PTA|Waterkloof|Pretoria|0181|0145
PTA|Faerie Glen|Pretoria|0081|0043
PTA|Moreleta Park|Pretoria|0044|0167
PTA|Garsfontein|Pretoria|0081|0042
PTA|Arcadia|Pretoria|0083|0007
PTA|Silverton|Pretoria|0184|0127
PTA|Montana|Pretoria|0182|0151
PTA|Pretoria North|Pretoria|0182|0116
PTA|Mamelodi|Pretoria|0122|0101
PTA|Centurion|Centurion|0157|0046
PTA|Lyttelton|Centurion|0157|0140
PTA|Eldoraigne|Centurion|0157|0171
PTA|Irene|Centurion|0157|0062
CPT|Sea Point|Cape Town|8005|8060
CPT|Green Point|Cape Town|8005|8051
CPT|Gardens|Cape Town|8001|8010
CPT|Woodstock|Cape Town|7925|7915
CPT|Observatory|Cape Town|7925|7935
CPT|Rondebosch|Cape Town|7700|7701
CPT|Newlands|Cape Town|7700|7725
CPT|Claremont|Cape Town|7708|7735
CPT|Kenilworth|Cape Town|7708|7745
CPT|Constantia|Cape Town|7806|7848
CPT|Tokai|Cape Town|7945|7966
CPT|Muizenberg|Cape Town|7945|7950
CPT|Fish Hoek|Fish Hoek|7975|7974
CPT|Pinelands|Cape Town|7405|7430
CPT|Milnerton|Cape Town|7441|7435
CPT|Table View|Cape Town|7441|7439
CPT|Bellville|Bellville|7530|7535
CPT|Durbanville|Durbanville|7550|7551
CPT|Parow|Cape Town|7500|7499
CPT|Goodwood|Cape Town|7460|7459
CPT|Brackenfell|Brackenfell|7560|7561
CPT|Kuils River|Kuils River|7580|7579
CPT|Somerset West|Somerset West|7130|7129
CPT|Strand|Strand|7140|7139
CPT|Stellenbosch|Stellenbosch|7600|7599
CPT|Khayelitsha|Cape Town|7784|7783
CPT|Mitchells Plain|Cape Town|7785|7789
DBN|Umhlanga|Umhlanga|4319|4320
DBN|Morningside|Durban|4001|4007
DBN|Berea|Durban|4001|4007
DBN|Glenwood|Durban|4001|4062
DBN|Musgrave|Durban|4001|4062
DBN|Durban North|Durban|4051|4016
DBN|Westville|Westville|3629|3630
DBN|Pinetown|Pinetown|3610|3600
DBN|Hillcrest|Hillcrest|3610|3650
DBN|Kloof|Kloof|3610|3640
DBN|Chatsworth|Durban|4092|4030
DBN|Phoenix|Durban|4068|4080
DBN|Overport|Durban|4091|4067
DBN|Reservoir Hills|Durban|4091|4090
DBN|Queensburgh|Queensburgh|4093|4070
DBN|Amanzimtoti|Amanzimtoti|4126|4125
DBN|Umlazi|Durban|4031|4031
DBN|Ballito|Ballito|4420|4420
DBN|Verulam|Verulam|4340|4340
"""
SUBS = {'JHB': [], 'PTA': [], 'CPT': [], 'DBN': []}
for _ln in SUBURBS_RAW.strip().splitlines():
    _m, _s, _c, _pc, _bc = _ln.split('|')
    SUBS[_m].append({'suburb': _s, 'city': _c, 'code': _pc, 'box': _bc})

STREETS = {
    'JHB': lst("Rivonia Road, Jan Smuts Avenue, William Nicol Drive, Oxford Road, Bompas Road, Beyers Naude Drive,"
               " Witkoppen Road, Republic Road, Louis Botha Avenue, Grayston Drive, Katherine Street, Fricker Road,"
               " Cradock Avenue, Barry Hertzog Avenue, 7th Street, 4th Avenue, Pretoria Road, Vilakazi Street,"
               " Main Reef Road, Van Buuren Road, Rockey Street, Ontdekkers Road"),
    'PTA': lst("Lynnwood Road, Atterbury Road, Solomon Mahlangu Drive, Garsfontein Road, Rigel Avenue,"
               " Lois Avenue, Jan Shoba Street, Nelson Mandela Drive, Hendrik Potgieter Street, Jochemus Street,"
               " Rubenstein Drive, Kingfisher Street, Glenwood Road, Cliff Avenue, Gerhard Street, Jean Avenue"),
    'CPT': lst("Main Road, Kloof Street, Regent Road, Voortrekker Road, Durban Road, Bree Street, Long Street,"
               " Beach Road, Koeberg Road, Belvedere Road, Kromboom Road, Station Road, Albert Road,"
               " Tygervalley Road, Lourensford Road, Dorp Street, Marine Drive"),
    'DBN': lst("Florida Road, Musgrave Road, Umhlanga Rocks Drive, Lilian Ngoyi Road, Chris Hani Road,"
               " Jan Hofmeyr Road, Old Main Road, Inanda Road, Ridge Road, Problem Mkhize Road, Sarnia Road,"
               " Higginson Highway, Kingsway, Brickfield Road, Randles Road, Crompton Street"),
}
GENERIC_STREETS = lst(
    "Protea Street, Acacia Avenue, Jacaranda Street, Oak Avenue, Kiaat Road, Bougainvillea Drive, Aloe Crescent,"
    " Marula Street, Milkwood Close, Yellowwood Lane, Impala Road, Kudu Street, Eland Avenue, Church Street,"
    " Park Lane, Hill Street, Victoria Road, Queen Street, Tambotie Street, Disa Road, Erica Street,"
    " Fynbos Close, Heron Crescent, Hadeda Street, Kingfisher Drive, Loerie Lane, Tortelduif Street,"
    " Rooihout Street, Wildevy Avenue, Olienhout Street, Buffalo Road, Eagle Street, Falcon Close, Nyala Road,"
    " Springbok Street, Sunbird Lane, Koppie Road, Boundary Road, Long Avenue, Vlei Road, Dassie Street")
SCHEME_W1 = lst("Sunset, Palm, Jacaranda, Oak Tree, Silver Oaks, Willow, Blue Crane, Mountain, Bay, Eagle's,"
                " Lakeside, Protea, Rosewood, Coral, Ocean, Hillside, Riverside, Fern, Acacia, Milkwood, Amber,"
                " Ivory, Sandpiper, Kingfisher, Weaver, Marula, Stonehaven, Fairview, Greenways, Highgrove,"
                " Loerie, Olive, Summerhill, Tamboti, Waterberry, Wisteria, Yellowwood, Kiepersol, Dolphin,"
                " Seagull, Cederberg, Magalies, Drakensview, Karee, Umdoni, Msinsi, Harbour, Vineyard")
SCHEME_W2 = lst("Gardens, Court, Mews, Village, Estate, Villas, Heights, Terraces, Place, Manor, Park, Ridge,"
                " View, Lodge, Close, Square, Gate, Chalets")
PARKS = lst("Waterfall Office Park, The Pavilion, Woodlands Office Park, Corporate Corner, Riverside Office Park,"
            " Lakeview Business Park, Oakhurst Office Park, Highgate Chambers, Gateway Business Park,"
            " The Ridge Office Park, Cedar Square Offices, Sunnyrock Business Centre, Kiepersol Office Park,"
            " Glenfield Office Park, Harbour View Centre, Tygerpoort Offices, Berea Centre, Ridgeside Chambers,"
            " Jet Park Industrial, Montague Business Park, Willowbridge Offices, Menlyn Corporate Park")
COMPLEXES = []
for _a in SCHEME_W1:
    for _b in SCHEME_W2:
        COMPLEXES.append(_a + ' ' + _b)

# ----------------------------------------------------------------------------
# People names.  "Formal/Spelling|Nick|Nick"
# ----------------------------------------------------------------------------


def parse_given(s):
    out = []
    for item in lst(s):
        parts = item.split('|')
        forms = parts[0].split('/')
        out.append({'forms': forms, 'nicks': parts[1:]})
    return out


CULT = {
    'afr': {
        'm': parse_given("Johannes|Johan|Hannes, Jacobus|Kobus|Koos, Petrus|Piet|Pieter, Hendrik|Henk|Hennie,"
                         " Gerhardus|Gerhard|Gert, Christiaan|Christo, Stephanus|Fanie|Stefan, Andries|Dries,"
                         " Marthinus|Tinus, Cornelius|Neels, Willem|Willie, Daniel|Danie, Francois|Frans, Jan,"
                         " Riaan, Ruan, Jaco, Werner, Dewald, Morné/Morne, Deon, Theunis|Theuns, Schalk, Louis,"
                         " Anton, Ettienne/Etienne, Wynand, Gideon, Barend|Bennie, Nicolaas|Nico, Wikus,"
                         " Hercules|Herkie, Jurie, Abraham|Braam, Tjaart, Gysbert|Gys"),
        'f': parse_given("Anel, Marietjie, Elna, Annelie, Liezl/Liesl, Mariska, Elmarie, Ronel, Sonja, Carina,"
                         " Karin, Elize, Suzette, Anri, Marlize, Hanlie, Tanja, Retha, Ilse, Johanna|Hanna,"
                         " Susanna|Sannie|Susan, Magdalena|Magda|Lena, Catharina|Tina, Wilhelmina|Mina,"
                         " Petronella|Nellie, Elsabé/Elsabe, Riana, Chantelle, Zelda, Lizelle,"
                         " Madelein/Madeleine, Jolene, Christelle, Annemarie, René/Rene, Alet, Hester|Hettie"),
        's': lst("van der Merwe, du Plessis, de Villiers, van Wyk, Botha, Pretorius, Nel, Smit, Venter, Coetzee,"
                 " Steyn, Fourie, du Toit, Kruger, Joubert, Swanepoel, Erasmus, Marais, Olivier, le Roux,"
                 " van Zyl, Visser, Vermeulen, Bezuidenhout, Grobler, de Klerk, Louw, Potgieter, Cronjé,"
                 " Engelbrecht, van Niekerk, Malan, Viljoen, Jansen van Rensburg, Oosthuizen, Badenhorst,"
                 " Lombard, Theron, du Preez, van Heerden, Burger, Mostert, Rossouw, Hattingh, de Beer, Wessels,"
                 " Bester, Pienaar, Strydom, Greyling, Liebenberg, Snyman, Nortjé, Brits, van Rooyen, Loubser"),
        'metro': [('PTA', 35), ('CPT', 30), ('JHB', 25), ('DBN', 10)],
        'tm': [('Mr', 60), ('Mnr', 12), ('Dr', 5), ('Ds', 2)], 'tf': [('Mrs', 45), ('Ms', 25), ('Mev', 10), ('Dr', 4)],
    },
    'eng': {
        'm': parse_given("Michael|Mike, David|Dave, Robert|Rob|Bob, William|Will|Bill, Andrew|Andy, Richard|Rick,"
                         " James|Jamie, Stuart|Stu, Craig, Grant, Brendan, Gareth, Trevor, Kevin, Warren, Bruce,"
                         " Shaun/Sean, Ryan, Jason, Nicholas|Nick, Matthew|Matt, Christopher|Chris, Jonathan|Jon,"
                         " Timothy|Tim, Gregory|Greg, Anthony|Tony, Douglas|Doug, Graham, Keith, Neil, Duncan"),
        'f': parse_given("Sarah, Lauren, Nicole|Nicky, Michelle|Shelley, Claire, Kirsten|Kirsty,"
                         " Jennifer|Jenny|Jen, Megan|Meg, Tracey/Tracy, Samantha|Sam, Lisa, Gillian|Gill,"
                         " Bronwyn|Bron, Candice, Catherine|Cathy|Kate, Elizabeth|Liz|Beth, Margaret|Maggie,"
                         " Deborah|Debbie, Rebecca|Becky, Victoria|Vicky, Alexandra|Alex, Kimberley|Kim, Shannon,"
                         " Kerry, Lynette|Lyn, Jacqueline|Jackie, Caroline|Caro"),
        's': lst("Smith, Williams, Brown, Taylor, Harris, Robertson, Campbell, Stewart, Murray, Thomson, Reid,"
                 " Graham, Baxter, Hunter, Fletcher, Wood, Turner, Parker, Cooper, Ward, Hughes, Bennett, Collins,"
                 " Morgan, Mitchell, Kerr, Lloyd, Pearce, Barnes, Holmes, Watson, Fraser, Gordon, Sinclair,"
                 " Macdonald, Shaw, Wilkinson, Ellis, Hartley, Kemp, Rowe, Sutherland, Abbott, Whitfield,"
                 " Carruthers, Pennington, Ashworth, Hendry"),
        'metro': [('JHB', 35), ('CPT', 35), ('DBN', 20), ('PTA', 10)],
        'tm': [('Mr', 80), ('Dr', 5), ('Prof', 1)], 'tf': [('Mrs', 45), ('Ms', 40), ('Miss', 5), ('Dr', 4)],
    },
    'ngu': {
        'm': parse_given("Sibusiso|Sbu, Sipho, Mandla, Themba, Lwazi, Bongani|Bonga, Sizwe, Siyabonga|Siya,"
                         " Andile, Xolani, Luthando, Vusumuzi|Vusi, Musa, Nkosinathi|Nathi, Thulani,"
                         " Lunga, Bhekithemba|Bheki, Mthokozisi|Mthoko, Sandile, Lungelo, Khaya, Zola,"
                         " Mzwandile|Mzwa, Simphiwe, Thamsanqa|Thami, Mxolisi, Sifiso, Njabulo, Mlungisi,"
                         " Zwelakhe, Phumlani, Velaphi"),
        'f': parse_given("Thandeka|Thandi, Nomvula, Zanele, Nokuthula|Thuli, Lindiwe|Lindi, Phumzile|Phumi,"
                         " Nandi, Busisiwe|Busi, Khanyisile|Khanyi, Lungile, Sihle, Akhona, Yonela, Zodwa,"
                         " Nosipho, Ntombi, Nomsa, Nonhlanhla|Hlanhla, Thembeka, Sindisiwe|Sindi, Zinhle,"
                         " Unathi, Noluthando|Lulu, Nompumelelo|Mpume, Hlengiwe, Nomthandazo, Siphesihle"),
        's': lst("Dlamini, Nkosi, Ndlovu, Khumalo, Zulu, Mthembu, Ngcobo, Mkhize, Buthelezi, Shabalala, Cele,"
                 " Zungu, Mhlongo, Mahlangu, Nxumalo, Gumede, Msimang, Sithole, Mabaso, Hlongwane, Ntuli,"
                 " Ngubane, Tshabalala, Mtshali, Makhanya, Ngema, Qwabe, Jali, Gqola, Nqoro, Sonjica, Mntambo,"
                 " Mabuza, Masilela, Skosana, Magagula, Mazibuko, Hadebe, Majola, Mbatha, Zwane, Nhlapo, Mnguni,"
                 " Xaba, Mtolo, Bhengu, Mdletshe, Nene, Biyela, Dube, Ntshangase, Mpanza, Zondi, Makhaye,"
                 " Sokhela, Ngesi, Matiwane, Dyantyi, Mgudlwa, Qamata, Nkohla, Mafu, Jafta, Booi, Mbambo"),
        'metro': [('JHB', 35), ('DBN', 35), ('PTA', 15), ('CPT', 15)],
        'tm': [('Mr', 90), ('Dr', 4), ('Adv', 2)], 'tf': [('Mrs', 50), ('Ms', 40), ('Dr', 4), ('Adv', 2)],
    },
    'sot': {
        'm': parse_given("Thabo, Tshepo, Tumelo, Kagiso, Karabo, Lebogang|Lebo, Mpho, Kgomotso, Mosa,"
                         " Tebogo|Tebza, Neo, Katlego|Kat, Kabelo, Thapelo, Lesego, Teboho, Motlatsi, Tlotlo,"
                         " Oratile, Itumeleng|Itu, Sello, Molefi, Pule, Tshiamo, Kamogelo, Letlhogonolo|Lets"),
        'f': parse_given("Lerato, Palesa, Refilwe|Refi, Boitumelo|Tumi, Dineo, Nthabiseng|Thabi, Keabetswe|Kea,"
                         " Onalenna, Reabetswe|Rea, Masego, Kelebogile|Kele, Dikeledi, Puleng, Lineo, Mamello,"
                         " Tshegofatso|Tshego, Naledi, Kamohelo, Bontle, Goitseone|Goitse, Kgothatso, Mmabatho,"
                         " Kedibone|Kedi, Matshidiso|Tshidi"),
        's': lst("Mokoena, Molefe, Mofokeng, Motaung, Tau, Letsie, Mohapi, Moloi, Tsotetsi, Mosia, Khoza,"
                 " Radebe, Modise, Mothibi, Sebego, Kgosana, Masilo, Mokgosi, Seleka, Mogale, Sekgobela, Phiri,"
                 " Moeketsi, Ramokgopa, Maseko, Nkadimeng, Mashaba, Mabena, Lekalakala, Makgoba, Matlala,"
                 " Ledwaba, Mokwena, Sefara, Rapoo, Nthite, Mahlaba, Moremi, Letlhake, Pitso, Mphahlele, Morake,"
                 " Monyane, Lesetja, Makhubela, Baloyi, Chauke, Maluleke, Mathebula, Mudau, Rakgoale, Setshedi"),
        'metro': [('JHB', 45), ('PTA', 35), ('DBN', 5), ('CPT', 15)],
        'tm': [('Mr', 90), ('Dr', 4), ('Adv', 2)], 'tf': [('Mrs', 50), ('Ms', 40), ('Dr', 4), ('Adv', 2)],
    },
    'ind': {
        'm': parse_given("Devan|Dev, Rajesh|Raj, Suresh, Pravin, Ashwin|Ash, Thirumalai|Thiru, Selvan, Logan,"
                         " Kumaran|Kumar, Nishal, Kreesan, Vishnu, Ravi, Sanjay, Dinesh, Mervyn, Vernon,"
                         " Preven, Kesavan|Kes, Yuvan, Nivesh, Darshan"),
        'f': parse_given("Priya, Kavitha, Nirasha, Yashika, Kribashini|Kriba, Reshma, Shamila, Thirusha,"
                         " Sharmila, Nalini, Vanitha, Kershnee, Denisha, Sasha, Pranitha, Yogeshni|Yogi,"
                         " Saloshni, Melanie, Tanusha, Rowena"),
        's': lst("Naidoo, Pillay, Govender, Moodley, Reddy, Chetty, Padayachee, Singh, Maharaj, Ramlall,"
                 " Naicker, Moonsamy, Perumal, Sewpersad, Rampersad, Munsamy, Ramsamy, Gounden, Pather,"
                 " Soobramoney, Narainsamy, Maistry, Chinsamy, Ramdass, Sookdeo, Bhagwandeen, Subramoney,"
                 " Mudaly, Thaver, Ramkissoon"),
        'metro': [('DBN', 70), ('JHB', 18), ('PTA', 6), ('CPT', 6)],
        'tm': [('Mr', 85), ('Dr', 8)], 'tf': [('Mrs', 50), ('Ms', 35), ('Dr', 6)],
    },
    'mus': {
        'm': parse_given("Mohammed/Mohamed/Muhammad|Mo, Yusuf/Yousuf, Zaheer, Imraan/Imran, Riaz, Ismail,"
                         " Faizal/Faisal, Shaheed, Junaid, Aslam, Ahmed/Ahmad, Goolam, Rashid, Naeem, Fayaaz/Fayaz"),
        'f': parse_given("Fatima/Fathima, Aisha/Ayesha, Shireen, Naadira/Nadira, Zainab, Rukhsana, Nazia,"
                         " Safiyya/Safiya, Razia, Tasneem, Shabnam, Zaida, Yasmin/Yasmeen, Raeesa"),
        's': lst("Desai, Patel, Bhana, Essop, Khan, Cassim, Moosa, Jeena, Mahomed, Ebrahim, Suleman, Dawood,"
                 " Hoosen, Amod, Vawda, Jadwat, Seedat, Carrim, Dadabhai, Omar, Paruk, Bayat, Mayet, Kajee"),
        'metro': [('DBN', 45), ('JHB', 35), ('PTA', 10), ('CPT', 10)],
        'tm': [('Mr', 85), ('Dr', 8)], 'tf': [('Mrs', 50), ('Ms', 35), ('Dr', 6)],
    },
    'por': {
        'm': parse_given("Manuel|Manny, José/Jose, António/Antonio|Tony, Carlos, Fernando|Nando, Paulo,"
                         " Ricardo|Rick, Nuno, Luís/Luis, João/Joao|John, Duarte, Rui, Sérgio/Sergio, Miguel"),
        'f': parse_given("Maria, Ana, Isabel, Sofia, Cristina|Tina, Rosa, Teresa, Fátima/Fatima,"
                         " Lúcia/Lucia, Helena, Catarina, Joana, Filipa, Patrícia/Patricia|Patty"),
        's': lst("Ferreira, da Silva, dos Santos, Gomes, Pereira, Rodrigues, Fernandes, Gonçalves, de Sousa,"
                 " Correia, Teixeira, de Freitas, Pestana, Nóbrega, Abreu, Mendonça, Vieira, Camacho, de Andrade,"
                 " Marques, Pinto, Carvalho, Fonseca, Jardim, Quintal, Spínola, Faria, Gouveia"),
        'metro': [('JHB', 50), ('PTA', 20), ('CPT', 20), ('DBN', 10)],
        'tm': [('Mr', 85), ('Sr', 3), ('Dr', 5)], 'tf': [('Mrs', 50), ('Ms', 35), ('Dr', 5)],
    },
}
CULT_W = [('afr', 25), ('eng', 19), ('ngu', 24), ('sot', 13), ('ind', 10), ('mus', 4), ('por', 5)]
CULT_BY_METRO = {
    'JHB': [('afr', 18), ('eng', 18), ('ngu', 26), ('sot', 22), ('ind', 6), ('mus', 4), ('por', 8)],
    'PTA': [('afr', 40), ('eng', 8), ('ngu', 18), ('sot', 24), ('ind', 3), ('mus', 2), ('por', 5)],
    'CPT': [('afr', 35), ('eng', 30), ('ngu', 20), ('sot', 5), ('ind', 3), ('mus', 3), ('por', 4)],
    'DBN': [('afr', 10), ('eng', 20), ('ngu', 35), ('sot', 3), ('ind', 25), ('mus', 6), ('por', 1)],
}
ALT_GIVEN = {
    'm': lst("Patrick, Gift, Lucky, Elias, Joseph, Samuel, Moses, Simon, Isaac, Bernard, Wiseman, Goodwill,"
             " Justice, Innocent, Lawrence, Vincent, Solomon, Jabulani, Enoch, Richard, Eric, Victor, Prince"),
    'f': lst("Grace, Precious, Patience, Prudence, Beauty, Gloria, Faith, Mercy, Rose, Agnes, Dorothy, Portia,"
             " Constance, Lindelwa, Charity, Elizabeth, Joyce, Thandiwe, Florence, Priscilla, Sylvia, Queen"),
}
CLANS = lst("Dlamini, Zulu, Ngcobo, Khumalo, Mkhize, Ndlovu, Shezi, Mthembu, Cele, Radebe, Ntuli, Hlongwane,"
            " Sithole, Majola, Gumede")

# ----------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------
WORD_STEMS = lst(
    "Highveld, Karoo, Boland, Zululand, Table Bay, Berea, Magalies, Drakensberg, Vaal, Lowveld, Kalahari,"
    " Garden Route, Bushveld, Umgeni, Tugela, Mzansi, Ubuntu, Indaba, Sizwe, Masakhane, Siyakhula, Kgotso,"
    " Phakama, Ikhwezi, Lesedi, Thuthuka, Vukani, Khanya, Impumelelo, Blue Crane, Silverline, Redstone,"
    " Ironwood, Apex, Summit, Pinnacle, Keystone, Northstar, Bluewater, Greenfield, Clearview, Brightside,"
    " Sunrise, Goldfields, Coastal, Metro, Urban, Prime, Crestview, Falcon, Kingfisher, Heron, Fish Eagle,"
    " Leopard, Rhino, Baobab, Marula, Yellowwood, Stinkwood, Aloe, Fynbos, Waterberg, Cederberg, Maluti,"
    " Limpopo, Hex River, Atlantic, Indian Ocean, Southern Cross, Jacaranda, Matla, Tswelopele, Kopano,"
    " Letsatsi, Mvelo, Amandla, Isibane, Ilanga, Nala, Bokamoso, Harbour, Peninsula, Midlands, Crocodile River,"
    " Big Five, Springbok, Kudu, Impala, Eland, Sable, Oryx")
TRADES = lst(
    "Plumbing, Electrical, Construction, Engineering, Logistics, Transport, Consulting, IT Solutions, Trading,"
    " Properties, Investments, Catering, Security Services, Cleaning Services, Auto Repairs, Panelbeaters,"
    " Printing, Landscaping, Interiors, Joinery, Steel Fabrication, Medical Supplies, Travel, Events,"
    " Marketing, Projects, Tiling, Roofing, Glass & Aluminium, Fresh Produce, Butchery, Bakery, Tyres,"
    " Hardware, Training Academy, Recruitment, Civils, Refrigeration, Signage, Couriers, Office Supplies,"
    " Packaging, Pest Control, Solar, Paving, Waterproofing, Scaffolding, Electronics, Furniture,"
    " Shopfitting, Hydraulics, Agri Supplies, Air Conditioning, Plant Hire")
TRADE_EXT = lst("Supplies, Contractors, Solutions, Services, Wholesalers, Specialists")
EXT_OK = set(lst("Plumbing, Electrical, Roofing, Tiling, Paving, Refrigeration, Hydraulics, Solar, Waterproofing,"
                 " Scaffolding, Signage, Packaging, Electronics, Joinery, Landscaping, Shopfitting, Glass & Aluminium,"
                 " Air Conditioning, Steel Fabrication, Civils"))
ABBREV_WORDS = {
    'Engineering': 'Eng.', 'Services': 'Svcs', 'Construction': 'Constr.', 'Consulting': 'Cons.',
    'Electrical': 'Elec.', 'Transport': 'Transp.', 'Holdings': 'Hldgs', 'Investments': 'Inv.',
    'Properties': 'Props', 'Solutions': 'Sol.', 'Management': 'Mgmt', 'Trading': 'Trdg',
    'Attorneys': 'Attys', 'Accountants': 'Accts', 'International': 'Intl', 'Development': 'Dev.',
    'Supplies': 'Suppl.', 'Contractors': 'Contr.', 'Logistics': 'Log.', 'Fabrication': 'Fab.',
    'Association': 'Assoc.', 'Community': 'Comm.', 'Centre': 'Ctr', 'Refrigeration': 'Refrig.',
    'Academy': 'Acad.', 'Interiors': 'Int.', 'Security': 'Sec.', 'Group': 'Grp',
}
INC_KINDS = lst("Attorneys, Attorneys, Attorneys, Chartered Accountants, Consulting Engineers, Architects")
MED_KINDS = lst("Dental Practice, Medical Practice, Physiotherapy, Optometrists, Radiology, Orthodontics")
NPO_KINDS = lst(
    "Community Care Centre, Hospice, Animal Welfare Society, Educare Centre, Youth Development,"
    " Ratepayers Association, Residents Association, Sports Club, Cricket Club, Bowling Club, Child Welfare,"
    " Soup Kitchen, Early Learning Centre, Music Society, Arts Foundation, Women's Forum,"
    " Senior Citizens Club, Methodist Church, Baptist Church, Tennis Club, Conservancy, Feeding Scheme")
SOLE_TRADES = lst(
    "Hair Studio, Beauty Salon, Tiling, Catering, Photography, Tutoring, Garden Services, Mobile Mechanic,"
    " Tailoring, Cake Studio, Pet Grooming, Handyman Services, Upholstery, Driving School, Design Studio,"
    " Transport, Cleaning, Nails & Beauty, Physio, Yoga Studio, Decor, Car Wash, Locksmiths, Printing")
TRUST_PURPOSE = lst("Property, Investment, Education, Development, Heritage, Share, Empowerment, Bursary")
FRAN_BRANDS = [
    ('Bean Street Coffee', 'BSC', 'beanstreetcoffee.co.za'),
    ('Spark Print & Copy', 'SPC', 'sparkprint.co.za'),
    ('Jabulani Car Wash', 'JCW', 'jabulanicarwash.co.za'),
    ('Lekker Bites', 'LB', 'lekkerbites.co.za'),
    ('Urban Fit Gym', 'UFG', 'urbanfitgym.co.za'),
    ('Mzansi Mobile Repairs', 'MMR', 'mzansimobile.co.za'),
    ('Shisa Grill', 'SG', 'shisagrill.co.za'),
    ('Bright Minds Tutoring', 'BMT', 'brightminds.co.za'),
    ('PawPals Pet Grooming', 'PPG', 'pawpals.co.za'),
    ('Tread & Tyre Express', 'TTE', 'treadtyre.co.za'),
]
AGENT_NAMES = lst(
    "Kestrel Property Management, Greenway Sectional Title Managers, Meridian Body Corporate Services,"
    " Coastline Managing Agents, Summit Estates Administration, Bluegum Property Administrators,"
    " Capeview Sectional Title Services, Umhlanga Managing Agents, Acacia Levy Management")
FREE = [('gmail.com', 40), ('outlook.com', 8), ('yahoo.com', 5), ('icloud.com', 6), ('hotmail.com', 5),
        ('mweb.co.za', 10), ('telkomsa.net', 7), ('webmail.co.za', 6), ('vodamail.co.za', 4),
        ('iafrica.com', 4), ('absamail.co.za', 2)]
MOBILE_PFX = lst("060, 061, 062, 063, 064, 065, 066, 067, 068, 071, 072, 073, 074, 076, 078, 079, 081, 082,"
                 " 083, 084")
LAND = {'JHB': ['011', '011', '010'], 'PTA': ['012'], 'CPT': ['021'], 'DBN': ['031']}

# ----------------------------------------------------------------------------
# Normalisation (same rules as check.py)
# ----------------------------------------------------------------------------
TITLES = set(lst("mr, mrs, ms, miss, dr, prof, adv, ds, mnr, mev, mej, sr, rev"))
LEGAL = set(lst("pty, ltd, limited, proprietary, cc, inc, incorporated, npc, npo, rf, the, close, corporation,"
                " non, profit, company, body, corporate, corp, bc, ta, and, of, trustees, sectional, title,"
                " scheme, ss"))


def name_key(s):
    if not s:
        return ''
    s = strip_acc(s).lower().replace('&', ' and ').replace('t/a', ' ta ')
    s = re.sub(r'\bc\.\s*c\.?', ' cc ', s)
    s = re.sub(r"['\u2019`]", '', s)
    toks = re.findall(r'[a-z]+|[0-9]+', s)
    toks = [t for t in toks if t not in TITLES and t not in LEGAL]
    return ' '.join(sorted(toks))


def near_keys(a, b):
    if not a or not b:
        return False
    if a == b:
        return True
    sm = SequenceMatcher(None, a, b)
    if sm.real_quick_ratio() < 0.88 or sm.quick_ratio() < 0.88:
        return False
    return sm.ratio() >= 0.88


ABBR_RE = [(r'\bst\b', 'street'), (r'\brd\b', 'road'), (r'\bave?\b', 'avenue'), (r'\bdr\b', 'drive'),
           (r'\bcres\b', 'crescent'), (r'\bcl\b', 'close'), (r'\bln\b', 'lane'), (r'\bgdns\b', 'gardens'),
           (r'\bste\b', 'suite'), (r'\bpk\b', 'park'), (r'\bp o\b', 'po'), (r'\bposbus\b', 'po box'),
           (r'\bpobox\b', 'po box'), (r'\bhwy\b', 'highway')]


def line_key(s):
    if not s:
        return ''
    s = strip_acc(s).lower()
    s = re.sub(r'[^a-z0-9 ]', ' ', s)
    s = ' '.join(s.split())
    for a, b in ABBR_RE:
        s = re.sub(a, b, s)
    toks = [t for t in s.split() if t not in ('unit', 'suite', 'no', 'office', 'u', 'nr')]
    return ' '.join(toks)


def pc_key(s):
    d = re.sub(r'\D', '', s or '')
    return d.zfill(4) if 3 <= len(d) <= 4 else ''


def phone_key(s):
    d = re.sub(r'\D', '', s or '')
    if d.startswith('270') and len(d) == 12:
        d = '0' + d[3:]
    elif d.startswith('27') and len(d) == 11:
        d = '0' + d[2:]
    return d if len(d) == 10 and d[0] == '0' else ''


def email_key(s):
    return (s or '').strip().lower()


# ----------------------------------------------------------------------------
# Registries (values are generated unique unless sharing is intended)
# ----------------------------------------------------------------------------
PERSON_REG = set()
ORG_REG = set()
EMAIL_REG = set()
PHONE_REG = set()
ADDR_REG = set()
DOMAIN_REG = set()
SCHEME_REG = set()


def reg_email(local, dom):
    local = re.sub(r'[^a-z0-9._-]', '', strip_acc(local).lower()).strip('._-') or 'info'
    base = local
    while True:
        em = local + '@' + dom
        if em not in EMAIL_REG:
            EMAIL_REG.add(em)
            return em
        local = base + str(R.randint(2, 99))


def person_email(g, f, dom=None):
    g1, f1 = slug(g), slug(f)
    pats = [(g1 + '.' + f1, 30), (g1 + f1, 12), (g1[0] + f1, 12), (g1 + '.' + f1 + str(R.randint(1, 99)), 8),
            (g1 + '_' + f1, 5), (f1 + g1[0], 6), (g1 + str(R.randint(60, 99)), 6), (g1[0] + '.' + f1, 8),
            (f1 + '.' + g1, 5), (g1 + '.' + f1[:3], 3)]
    return reg_email(W(pats), dom or W(FREE))


def new_domain(words, tld=None):
    base = ''
    for w in words.split():
        if base and len(base) + len(slug(w)) > 20:
            break
        base += slug(w)
    base = base[:24] or 'mail'
    if chance(0.15) and ' ' in words.strip():
        base = '-'.join(slug(w) for w in words.split()[:2])
    tld = tld or W([('.co.za', 85), ('.com', 10), ('.net', 5)])
    d = base + tld
    n = 2
    while d in DOMAIN_REG:
        d = base + str(n) + tld
        n += 1
    DOMAIN_REG.add(d)
    return d


def new_phone(kind, metro='JHB'):
    while True:
        pfx = R.choice(MOBILE_PFX) if kind == 'm' else R.choice(LAND[metro])
        n = pfx + str(R.randint(2, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(6))
        if n not in PHONE_REG:
            PHONE_REG.add(n)
            return n


def is_land(n):
    return n[:3] in ('010', '011', '012', '021', '031')


def new_addr(metro, kind, sub=None):
    while True:
        s = sub or R.choice(SUBS[metro])
        a = {'kind': kind, 'metro': metro, 'suburb': s['suburb'], 'city': s['city'], 'region': REGION[metro],
             'code': s['code']}
        if kind in ('street', 'complex', 'office', 'scheme', 'shop'):
            a['num'] = R.randint(1, 260)
            a['street'] = R.choice(STREETS[metro] + GENERIC_STREETS)
        if kind == 'complex':
            a['unit'] = R.randint(1, 140)
            a['cplx'] = R.choice(COMPLEXES)
        if kind == 'office':
            a['unit'] = W([('Suite %d' % R.randint(1, 40), 4), ('Office %d' % R.randint(101, 412), 3),
                           ('Unit %d' % R.randint(1, 30), 3), ('Block %s' % R.choice('ABCDEF'), 2)])
            a['park'] = R.choice(PARKS)
        if kind == 'shop':
            a['unit'] = 'Shop %d' % R.randint(1, 80)
            a['park'] = s['suburb'] + ' ' + R.choice(['Junction', 'Square', 'Crossing', 'Centre', 'Mall',
                                                        'Village Centre', 'Plaza'])
        if kind == 'box':
            a['boxno'] = R.randint(100, 99999)
            a['code'] = s['box']
        if kind == 'postnet':
            a['suite'] = R.randint(1, 999)
            a['bag'] = R.randint(1, 99)
            a['code'] = s['box']
        key = (metro, a['suburb'], a.get('num'), a.get('street'), a.get('unit'), a.get('cplx'),
               a.get('park'), a.get('boxno'), a.get('suite'))
        if key not in ADDR_REG:
            ADDR_REG.add(key)
            return a


# ----------------------------------------------------------------------------
# Person names
# ----------------------------------------------------------------------------
def pkey(g, f):
    return slug(g) + '|' + slug(f)


def surname_display(f):
    """Capitalise a leading particle ('van der Merwe' -> 'Van der Merwe') for sorted forms."""
    return cap1(f)


FAM_GIVENS = {}
GIV_FAMS = {}


def person_clash(givens, fam):
    """near-twin of an already used name: same surname and a given name that is a near spelling or
    contains the other (Phumi / Phumlani, Sipho / Nosipho), or same given name and a near surname
    (Mbambo / Mntambo).  Relatives get clearly different given names."""
    fs = slug(fam)
    for g in givens:
        gs = slug(g)
        for g2 in FAM_GIVENS.get(fs, []):
            if g2 != gs and (gs in g2 or g2 in gs or SequenceMatcher(None, gs, g2).ratio() >= 0.75):
                return True
        for f2 in GIV_FAMS.get(gs, []):
            if f2 != fs and SequenceMatcher(None, fs, f2).ratio() >= 0.75:
                return True
    return False


def make_pname(culture=None, gender=None, family=None, metro=None, exclude_given=(), register=True,
               married_ok=True):
    if culture is None:
        culture = W(CULT_BY_METRO[metro]) if metro else W(CULT_W)
    C = CULT[culture]
    for _ in range(2000):
        gd = gender or R.choice('mf')
        ge = R.choice(C[gd])
        fam = family or R.choice(C['s'])
        if any(slug(x) in exclude_given for x in ge['forms'] + ge['nicks']):
            continue
        gvars = [ge['forms'][0]] + ge['nicks']
        surs = [fam]
        maiden = None
        if married_ok and gd == 'f' and culture in ('afr', 'eng', 'por', 'ind') and family is None and chance(0.28):
            maiden = R.choice(C['s'])
            if maiden == fam:
                maiden = None
            else:
                surs = [fam, maiden, cap1(maiden) + '-' + cap1(fam) if culture != 'por' else maiden + ' ' + fam]
        alt = None
        if culture in ('ngu', 'sot') and chance(0.35):
            alt = R.choice(ALT_GIVEN[gd])
        keys = [pkey(g, s) for g in gvars + ge['forms'][1:] + ([alt] if alt else []) for s in surs]
        if register and any(k in PERSON_REG for k in keys):
            continue
        if register and person_clash(gvars + ge['forms'][1:], fam):
            continue
        break
    else:
        raise RuntimeError('person names exhausted')
    if register:
        for k in keys:
            PERSON_REG.add(k)
        for g in gvars + ge['forms'][1:]:
            FAM_GIVENS.setdefault(slug(fam), []).append(slug(g))
            GIV_FAMS.setdefault(slug(g), []).append(slug(fam))
    base_g = gvars[0] if (len(gvars) == 1 or chance(0.62)) else R.choice(gvars[1:])
    base_f = fam
    sur_alts = []
    if maiden:
        # existing record may show maiden, married or double-barrelled form
        base_f = W([(surs[0], 55), (surs[1], 20), (surs[2], 25)])
        sur_alts = [s for s in surs if s != base_f]
    mids = [x for x in C[gd] if x is not ge]
    middle = R.choice(mids)['forms'][0] if chance(0.3) else None
    clan = None
    if culture == 'ngu' and gd == 'f' and chance(0.3):
        clan = 'Ma' + R.choice([c for c in CLANS if c != fam])
    title = W(C['tm'] if gd == 'm' else C['tf'])
    return {'culture': culture, 'gender': gd, 'given': base_g, 'gvars': gvars, 'spell': ge['forms'][1:],
            'formal': ge['forms'][0], 'family': base_f, 'sur_alts': sur_alts, 'alt': alt, 'middle': middle,
            'clan': clan, 'title': title, 'fam_root': fam}


# ----------------------------------------------------------------------------
# Entities
# ----------------------------------------------------------------------------
ENT = []


def ent(type_, metro, **kw):
    e = {'type': type_, 'metro': metro, 'emails': [], 'phones': [], 'addrs': [], 'box': None, 'cluster': None,
         'hn': None, 'imitates': None, 'shared': [], 'contact': None, 'contacts': [], 'keep': [],
         'relation': None, 'recs': [], 'seen_e': [], 'seen_p': []}
    e.update(kw)
    e['idx'] = len(ENT)
    ENT.append(e)
    return e


ORG_BUCKET = {}


def reg_org(name):
    """Register an organisation name; refuse exact duplicates and near-twins (same trade words and a
    first word that differs only slightly, e.g. 'Munsamy Hydraulics' vs 'Moonsamy Hydraulics')."""
    k = name_key(name)
    if not k or k in ORG_REG:
        return False
    words = strip_acc(name).lower().replace("'", '').split()
    if words and words[0] == 'the':
        words = words[1:]
    stem, bucket = slug(words[0]) if words else '', ' '.join(words[1:])
    for s2 in ORG_BUCKET.get(bucket, []):
        if s2 != stem and SequenceMatcher(None, stem, s2).ratio() >= 0.7:
            return False
    ORG_BUCKET.setdefault(bucket, []).append(stem)
    ORG_REG.add(k)
    return True


def make_person_ent(metro=None, pn=None, new_contacts=True):
    if pn is None:
        pn = make_pname(metro=metro) if metro else make_pname()
    metro = metro or W(CULT[pn['culture']]['metro'])
    e = ent('person', metro, p=pn)
    if new_contacts:
        person_contacts(e, pn)
    return e


def person_contacts(e, pn, email_p=0.9):
    metro = e['metro']
    if chance(email_p):
        e['emails'].append(person_email(pn['given'], pn['fam_root'] if chance(0.7) else pn['family']))
    mob = new_phone('m')
    if chance(0.12):
        e['phones'] = [new_phone('l', metro), mob]
    else:
        e['phones'] = [mob]
    e['addrs'].append(new_addr(metro, W([('street', 55), ('complex', 45)])))
    if chance(0.08):
        e['box'] = new_addr(metro, W([('box', 70), ('postnet', 30)]), sub=None)


def make_household(metro=None):
    metro = metro or W(METRO_W)
    for _ in range(200):
        c = W(CULT_BY_METRO[metro])
        fam = R.choice(CULT[c]['s'])
        if ('hh|' + slug(fam)) in ORG_REG:
            continue
        try:
            p1 = make_pname(culture=c, gender='m', family=fam, married_ok=False)
            p2 = make_pname(culture=c, gender='f', family=fam, married_ok=False,
                            exclude_given=[slug(x) for x in p1['gvars']])
        except RuntimeError:
            continue
        ORG_REG.add('hh|' + slug(fam))
        break
    e = ent('household', metro, p1=p1, p2=p2, family=fam)
    if chance(0.5):
        e['emails'].append(reg_email(slug(fam) + R.choice(['family', 'fam', 'home', 's', 'household']), W(FREE)))
    else:
        e['emails'].append(person_email(p1['given'] if chance(0.5) else p2['given'], fam))
    e['phones'] = [new_phone('l', metro) if chance(0.35) else new_phone('m')]
    e['addrs'].append(new_addr(metro, W([('street', 60), ('complex', 40)])))
    return e


def org_contacts(e, stem_words, contact, small_p=0.6, tld=None):
    """Generic e-mail / phone / address for an organisation."""
    metro = e['metro']
    small = chance(small_p)
    e['small'] = small
    dom = None
    if not small or chance(0.55):
        dom = new_domain(stem_words, tld)
    e['domain'] = dom
    if dom:
        if chance(0.3) and contact:
            e['emails'].append(reg_email(slug(contact['given']) if chance(0.6) else
                                         slug(contact['given'])[0] + slug(contact['fam_root']), dom))
            e['contact_direct'] = True
        else:
            e['emails'].append(reg_email(W([('accounts', 30), ('info', 30), ('admin', 20), ('finance', 8),
                                            ('office', 8), ('reception', 4)]), dom))
    elif contact:
        e['emails'].append(person_email(contact['given'], contact['fam_root']))
        e['contact_direct'] = True
    if small and contact and chance(0.5):
        e['phones'].append(new_phone('m'))
        e['contact_mobile'] = True
    else:
        e['phones'].append(new_phone('l', metro))
    e['addrs'].append(new_addr(metro, W([('office', 45), ('street', 40), ('complex', 10), ('shop', 5)])))
    if chance(0.25):
        e['box'] = new_addr(metro, W([('box', 70), ('postnet', 30)]))


def surname_stem():
    c = W(CULT_W)
    return cap1(R.choice(CULT[c]['s']))


def make_company(form, metro=None, core=None, stem=None, trade=None, contact=None, kind=None):
    metro = metro or W(METRO_W)
    for _ in range(500):
        if core is None:
            st = stem or (R.choice(WORD_STEMS) if chance(0.55) else surname_stem())
            tr = trade or R.choice(TRADES)
            c = st + ' ' + tr
        else:
            st, tr, c = stem, trade, core
        if reg_org(c):
            break
        if core is not None:
            raise RuntimeError('org name taken: ' + c)
    else:
        raise RuntimeError('org names exhausted')
    contact = contact or make_pname(metro=metro)
    e = ent(kind or form, metro, core=c, stem=st, trade=tr, form=form, contact=contact)
    org_contacts(e, c, contact, tld='.org.za' if form in ('npc', 'npo', 'none') and chance(0.6) else None)
    if form in ('pty', 'cc') and chance(0.14):
        for _ in range(50):
            t = R.choice(WORD_STEMS) + ' ' + tr
            if t != c and reg_org(t):
                e['trading'] = t
                break
    e['ex_trading'] = bool(e.get('trading')) and chance(0.3)
    return e


def make_inc(metro=None):
    metro = metro or W(METRO_W)
    for _ in range(500):
        x = R.random()
        if x < 0.55:
            s1, s2 = surname_stem(), surname_stem()
            if s1 == s2:
                continue
            core = s1 + ' ' + s2 + ' ' + R.choice(INC_KINDS) if chance(0.6) else s1 + ' & Associates'
        elif x < 0.8:
            pn = make_pname(metro=metro)
            core = 'Dr ' + pn['given'][0] + ' ' + cap1(pn['fam_root'])
            if reg_org(core):
                e = ent('inc', metro, core=core, stem=core, trade='', form='inc', contact=pn)
                org_contacts(e, pn['fam_root'] + ' ' + R.choice(['dental', 'medical', 'physio', 'practice']),
                             pn, small_p=0.7)
                return e
            continue
        else:
            core = surname_stem() + ' ' + R.choice(MED_KINDS)
        if reg_org(core):
            break
    e = ent('inc', metro, core=core, stem=core.split()[0], trade='', form='inc', contact=make_pname(metro=metro))
    org_contacts(e, core, e['contact'], small_p=0.3)
    return e


def make_npo(metro=None, contact=None):
    metro = metro or W(METRO_W)
    for _ in range(500):
        sub = R.choice(SUBS[metro])
        place = sub['suburb'] if chance(0.6) else R.choice(WORD_STEMS)
        if place != sub['suburb']:
            sub = None
        core = place + ' ' + R.choice(NPO_KINDS)
        if reg_org(core):
            break
    form = 'none' if re.search(r'Club|Association|Church|Conservancy', core) and chance(0.6) else \
        W([('npc', 55), ('npo', 45)])
    contact = contact or make_pname(metro=metro)
    e = ent('npo', metro, core=core, stem=core, trade='', form=form, contact=contact)
    org_contacts(e, core, contact, small_p=0.7, tld='.org.za' if chance(0.6) else None)
    if sub is not None:
        e['addrs'][0] = new_addr(metro, W([('street', 60), ('office', 25), ('shop', 15)]), sub=sub)
    return e


def make_trust_family(metro=None, trustee=None):
    metro = metro or W(METRO_W)
    fixed = trustee is not None
    for _ in range(300):
        if not fixed:
            trustee = make_pname(metro=metro)
        st = cap1(trustee['fam_root'])
        if ('ftrust|' + slug(st)) not in ORG_REG and reg_org('The ' + st + ' Family Trust'):
            ORG_REG.add('ftrust|' + slug(st))
            break
        if fixed:
            return None
    else:
        raise RuntimeError('trust names exhausted')
    e = ent('trust_family', metro, stem=st, contact=trustee,
            itno='%d/%d' % (R.randint(100, 9999), R.randint(1988, 2022)))
    trust_contacts(e, trustee)
    return e


def trust_contacts(e, trustee):
    metro = e['metro']
    if chance(0.4):
        e['emails'].append(reg_email(slug(e['stem'].split()[-1]) + R.choice(['trust', '.trust', 'familytrust',
                                                                            'trust1']), W(FREE)))
    else:
        e['emails'].append(person_email(trustee['given'], trustee['fam_root']))
    e['phones'].append(new_phone('m') if chance(0.75) else new_phone('l', metro))
    e['addrs'].append(new_addr(metro, W([('street', 45), ('complex', 30), ('office', 25)])))
    if chance(0.3):
        e['box'] = new_addr(metro, 'box')


def make_trust_it(metro=None):
    metro = metro or W(METRO_W)
    for _ in range(500):
        st = R.choice(WORD_STEMS) if chance(0.5) else surname_stem()
        core = st + ' ' + R.choice(TRUST_PURPOSE)
        if reg_org(core + ' Trust'):
            break
    trustee = make_pname(metro=metro)
    e = ent('trust_it', metro, core=core, stem=core, contact=trustee,
            itno=(R.randint(100, 9999), R.randint(1992, 2022)))
    trust_contacts(e, trustee)
    return e


def make_soleprop(metro=None):
    metro = metro or W(METRO_W)
    owner = make_pname(metro=metro)
    for _ in range(500):
        x = R.random()
        tr = R.choice(SOLE_TRADES)
        if x < 0.4:
            t = owner['given'] + "'s " + tr
        elif x < 0.7:
            t = cap1(owner['fam_root']) + ' ' + tr
        else:
            t = R.choice(WORD_STEMS) + ' ' + tr
        if reg_org(t):
            break
    e = ent('soleprop', metro, trading=t, p=owner, contact=owner)
    if chance(0.4):
        e['emails'].append(reg_email(slug(t)[:20], W([('gmail.com', 70), ('outlook.com', 15), ('webmail.co.za', 15)])))
    else:
        e['emails'].append(person_email(owner['given'], owner['fam_root']))
    e['phones'].append(new_phone('m'))
    e['addrs'].append(new_addr(metro, W([('street', 40), ('complex', 25), ('shop', 35)])))
    return e


AGENTS = []


def make_agent(name, metro):
    dom = new_domain(' '.join(name.split()[:2]))
    pms = [make_pname(metro=metro) for _ in range(2)]
    ag = {'name': name, 'metro': metro, 'domain': dom,
          'emails': [reg_email(x, dom) for x in ['levies', 'accounts', 'bodycorporates', 'portfolio']],
          'phone': new_phone('l', metro), 'box': new_addr(metro, 'box'), 'pms': pms,
          'cluster': 'agent:' + slug(name)[:16]}
    AGENTS.append(ag)
    return ag


def new_scheme():
    for _ in range(1000):
        s = R.choice(COMPLEXES)
        if s not in SCHEME_REG and reg_org('Body Corporate ' + s):
            SCHEME_REG.add(s)
            return s
    raise RuntimeError('schemes exhausted')


def make_bc(agent=None, metro=None):
    metro = agent['metro'] if agent else (metro or W(METRO_W))
    sch = new_scheme()
    e = ent('bc', metro, scheme=sch, agent=agent, ss='%d/%d' % (R.randint(1, 1200), R.randint(1972, 2021)))
    a = new_addr(metro, 'scheme')
    a['cplx'] = sch
    e['addrs'].append(a)
    if agent:
        e['emails'].append(R.choice(agent['emails'][:3]))
        e['phones'].append(agent['phone'])
        e['box'] = agent['box']
        e['contact'] = R.choice(agent['pms'])
        e['cluster'] = agent['cluster']
        if chance(0.3):
            e['emails'].append(reg_email('trustees.' + slug(sch)[:14], W(FREE)))
    else:
        chair = make_pname(metro=metro)
        e['contact'] = chair
        e['emails'].append(reg_email(slug(sch)[:14] + R.choice(['bc', '.bc', 'trustees', 'bodycorp']), W(FREE)))
        e['phones'].append(new_phone('m'))
    return e


FRAN_LOCS = {}


def make_outlet(bi, metro=None):
    brand = FRAN_BRANDS[bi]
    used = FRAN_LOCS.setdefault(bi, [])
    for _ in range(500):
        m = metro or W(METRO_W)
        sub = R.choice(SUBS[m])
        if sub['suburb'] not in used:
            break
    used.append(sub['suburb'])
    owner = make_pname(metro=m)
    for _ in range(200):
        fcore = cap1(owner['fam_root']) + ' ' + R.choice(['Ventures', 'Trading', 'Investments', 'Enterprises',
                                                          'Holdings', 'Family Investments'])
        if reg_org(fcore):
            break
        owner = make_pname(metro=m)
    ffo = W([('pty', 75), ('cc', 25)])
    reg_org(brand[0] + ' ' + sub['suburb'])
    e = ent('franchise', m, brand=bi, loc=sub['suburb'], fcore=fcore, fform=ffo, contact=owner, p=owner)
    if chance(0.55):
        e['emails'].append(reg_email(slug(sub['suburb']), brand[2]))
    else:
        e['emails'].append(person_email(owner['given'], owner['fam_root']))
    e['phones'].append(new_phone('l', m) if chance(0.7) else new_phone('m'))
    e['addrs'].append(new_addr(m, 'shop', sub=sub))
    return e


GROUPS = []


def make_group(metro=None, n=3):
    metro = metro or W(METRO_W)
    for _ in range(200):
        st = surname_stem() if chance(0.6) else R.choice(WORD_STEMS)
        if ('grp|' + slug(st)) not in ORG_REG:
            ORG_REG.add('grp|' + slug(st))
            break
    dom = new_domain(st + ' group')
    g = {'stem': st, 'metro': metro, 'domain': dom, 'finance': reg_email(R.choice(['finance', 'accounts',
                                                                                    'creditors']), dom),
         'phone': new_phone('l', metro), 'ho': new_addr(metro, 'office'), 'fm': make_pname(metro=metro),
         'cluster': 'grp:' + slug(st)[:16], 'trades': []}
    GROUPS.append(g)
    members = []
    if chance(0.7):
        members.append(group_member(g, 'Group Holdings' if chance(0.6) else 'Holdings'))
        n -= 1
    for _ in range(n):
        members.append(group_member(g))
    return g, members


def group_member(g, trade=None):
    for _ in range(100):
        tr = trade or R.choice(TRADES)
        core = g['stem'] + ' ' + tr
        if tr not in g['trades'] and reg_org(core):
            break
        trade = None
    g['trades'].append(tr)
    metro = g['metro']
    e = ent('group', metro, core=core, stem=g['stem'], trade=tr, form='pty', group=g, cluster=g['cluster'])
    e['contact'] = g['fm'] if chance(0.6) else make_pname(metro=metro)
    e['emails'].append(g['finance'] if chance(0.7) else reg_email(R.choice(['accounts', 'info', 'admin']) + '.' +
                                                                    slug(tr)[:8], g['domain']))
    e['phones'].append(g['phone'] if chance(0.6) else new_phone('l', metro))
    e['addrs'].append(g['ho'] if chance(0.8) else new_addr(metro, 'office'))
    if chance(0.3):
        e['emails'].append(reg_email(slug(tr)[:10], g['domain']))
    return e


# ----------------------------------------------------------------------------
# Rendering: names
# ----------------------------------------------------------------------------
def typo_word(w):
    if len(w) < 4:
        return w
    i = R.randint(1, len(w) - 2)
    op = R.choice(['del', 'swap', 'sub', 'dup'])
    if op == 'del':
        return w[:i] + w[i + 1:]
    if op == 'swap':
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 'sub':
        return w[:i] + R.choice('aeiounrstlmk') + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typo_phrase(s):
    words = s.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = R.choice(idx)
    words[i] = typo_word(words[i])
    return ' '.join(words)


PARTICLE_WORDS = ('van', 'der', 'den', 'du', 'de', 'le', 'da', 'dos', 'das')


def split_particle(f):
    words = f.split(' ')
    i = 0
    while i < len(words) - 1 and words[i].lower() in PARTICLE_WORDS:
        i += 1
    return words[:i], ' '.join(words[i:])


def particle_var(f, heavy):
    if f.startswith('Jansen van Rensburg'):
        return R.choice(['Janse van Rensburg', 'Jansen Van Rensburg', 'van Rensburg'] if heavy else
                        ['Jansen Van Rensburg', 'JANSEN VAN RENSBURG'])
    parts, main = split_particle(f)
    if not parts:
        return f
    if not heavy:
        return R.choice([' '.join(cap1(p) for p in parts) + ' ' + main, cap1(f)])
    opts = [''.join(cap1(p) if k == 0 else p for k, p in enumerate(parts)) + main.lower(),
            ''.join(parts).capitalize() + main]
    pl = ' '.join(parts).lower()
    if pl == 'van der':
        opts += ['vd ' + main, 'v.d. ' + main, 'V/d ' + main]
    elif pl == 'van':
        opts += ['v ' + main, 'V. ' + main]
    elif pl in ('da', 'dos', 'de', 'das') and chance(0.6):
        opts += [main, main]
    elif pl == 'du':
        opts += ['Du-' + main]
    return R.choice(opts)


def initials(g, mid=None, dots=None):
    ini = [g[0].upper()] + ([mid[0].upper()] if mid else [])
    if dots is None:
        dots = chance(0.5)
    return ('.'.join(ini) + '.') if dots else ''.join(ini)


def render_person_name(p, lvl, tags, allow_clan=True):
    g, f, mid = p['given'], p['family'], p['middle']
    if lvl == 'existing':
        return g + ' ' + f, g, f
    heavy = lvl == 'heavy'
    if heavy:
        x = R.random()
        if x < 0.24 and len(p['gvars']) > 1:
            g = R.choice([v for v in p['gvars'] if v != g])
            tags.append('nickname_or_formal')
        elif x < 0.32 and p['spell'] and g == p['formal']:
            g = R.choice(p['spell'])
            tags.append('spelling_variant')
        elif x < 0.50 and p['alt']:
            g = R.choice([p['alt'], g + ' ' + p['alt'], p['alt'] + ' ' + g])
            tags.append('alt_given_name')
        if p['sur_alts'] and chance(0.5):
            f = R.choice(p['sur_alts'])
            tags.append('surname_change')
        if chance(0.18):
            if chance(0.5):
                f2 = typo_phrase(f)
                if f2 != f:
                    f = f2
                    tags.append('typo_name')
            else:
                g2 = typo_word(g)
                if g2 != g:
                    g = g2
                    tags.append('typo_name')
    if split_particle(f)[0] or f.startswith('Jansen'):
        if chance(0.35):
            f = particle_var(f, heavy)
            tags.append('particle_variant')
    if strip_acc(g + f) != g + f and chance(0.4):
        g, f = strip_acc(g), strip_acc(f)
        tags.append('accent_dropped')
    title = p['title']
    fmts = [('gf', 44), ('fg_comma', 12), ('title_gf', 9), ('upper_gf', 5), ('upper_fg', 5), ('lower', 2)]
    if heavy:
        fmts += [('initial_f', 12), ('title_initial_f', 9), ('f_initial', 6)]
        if mid:
            fmts += [('gmf', 8)]
        if split_particle(f)[0] and f == p['family']:
            fmts += [('particle_sort', 3)]
        if p['clan'] and allow_clan:
            fmts += [('clan', 10)]
    fmt = W(fmts)
    F = surname_display(f)
    if fmt == 'gf':
        d = g + ' ' + f
    elif fmt == 'fg_comma':
        d = F + ', ' + g
    elif fmt == 'title_gf':
        d = title + ' ' + g + ' ' + f
    elif fmt == 'upper_gf':
        d = (g + ' ' + f).upper()
    elif fmt == 'upper_fg':
        d = (f + ' ' + g).upper()
    elif fmt == 'lower':
        d = (g + ' ' + f).lower()
    elif fmt == 'initial_f':
        d = initials(g, mid) + ' ' + f
    elif fmt == 'title_initial_f':
        d = title + ' ' + initials(g, mid) + ' ' + f
    elif fmt == 'f_initial':
        d = F + (', ' if chance(0.5) else ' ') + initials(g, mid)
    elif fmt == 'gmf':
        d = g + ' ' + mid + ' ' + f
    elif fmt == 'particle_sort':
        parts, main = split_particle(f)
        d = main + ', ' + g + ' ' + ' '.join(parts).lower()
    else:  # clan
        d = g + ' ' + f + ' (' + p['clan'] + ')' if chance(0.6) else g + ' ' + p['clan'] + ' ' + f
    if fmt != 'gf':
        tags.append('name_format:' + fmt)
    # given / family fields
    x = R.random()
    if x < 0.10:
        gv, fv = None, None
        tags.append('name_fields_missing')
    elif x < 0.14:
        gv, fv = f, g
        tags.append('name_fields_swapped')
    elif x < 0.22 and mid:
        gv, fv = g + ' ' + mid, f
    else:
        gv, fv = g, f
    if fmt in ('upper_gf', 'upper_fg') and gv and chance(0.5):
        gv, fv = gv.upper(), (fv or '').upper() or None
    return d, gv, fv


FORM_BASE = {'pty': '(Pty) Ltd', 'cc': 'CC', 'inc': 'Inc.', 'npc': 'NPC', 'npo': 'NPO', 'none': ''}
FORM_ALT = {'pty': ['(Pty) Ltd', 'Pty Ltd', '(PTY) LTD', '(Pty) Limited', 'Proprietary Limited',
                    '(Proprietary) Limited', 'Pty. Ltd.'],
            'cc': ['CC', 'cc', 'C.C.', 'Close Corporation', 'CC.'],
            'inc': ['Inc.', 'Inc', 'Incorporated', 'INC'],
            'npc': ['NPC', '(NPC)', 'Non-Profit Company', '(RF) NPC'],
            'npo': ['NPO', '(NPO)'], 'none': ['']}


def legal_name(core, form):
    return (core + ' ' + FORM_BASE[form]).strip()


def legal_variant(core, form, tags=None):
    suf = R.choice(FORM_ALT[form])
    if tags is not None and suf != FORM_BASE[form]:
        tags.append('legal_form_variant')
    return (core + ' ' + suf).strip()


def abbrev_words(s):
    out = []
    for w in s.split(' '):
        out.append(ABBREV_WORDS.get(w, w) if chance(0.8) else w)
    return ' '.join(out)


def amp_swap(s, tags):
    if '&' in s and chance(0.35):
        tags.append('ampersand_and')
        return s.replace('&', 'and')
    if ' and ' in s and chance(0.35):
        tags.append('ampersand_and')
        return s.replace(' and ', ' & ')
    return s


def case_noise(d, tags, p_up=0.07, p_low=0.03):
    x = R.random()
    if x < p_up:
        tags.append('upper_case')
        return d.upper()
    if x < p_up + p_low:
        tags.append('lower_case')
        return d.lower()
    return d


def contact_fields(e, lvl, tags):
    c = e.get('contact')
    if c is None:
        return None, None
    if lvl == 'existing':
        if not e.get('ex_contact'):
            return None, None
        return c['given'], c['family']
    if not chance(0.55):
        return None, None
    if lvl == 'heavy' and chance(0.15):
        nc = make_pname(metro=e['metro'])
        e['contacts'].append(nc)
        c = nc
        tags.append('contact_changed')
    elif lvl == 'heavy' and e['contacts'] and chance(0.5):
        c = R.choice(e['contacts'])
        tags.append('contact_changed')
    else:
        tags.append('contact_person')
    g = c['given']
    if lvl == 'heavy' and len(c['gvars']) > 1 and chance(0.2):
        g = R.choice([v for v in c['gvars'] if v != g])
    return g, c['family']


def rn_company(e, lvl, tags):
    core, form = e['core'], e['form']
    legal = legal_name(core, form)
    if lvl == 'existing':
        disp = (legal + ' t/a ' + e['trading']) if e.get('ex_trading') else legal
        return disp, legal
    c = core
    if lvl == 'heavy':
        if chance(0.3):
            c2 = abbrev_words(c)
            if c2 != c:
                c = c2
                tags.append('name_abbrev')
        if chance(0.15):
            c2 = typo_phrase(c)
            if c2 != c:
                c = c2
                tags.append('typo_name')
    c = amp_swap(c, tags)
    x = R.random()
    suf = FORM_BASE[form]
    if lvl == 'heavy' and form != 'none' and x < 0.22:
        suf = ''
        tags.append('legal_form_dropped')
    elif lvl == 'heavy' and form == 'cc' and x < 0.34:
        suf = '(Pty) Ltd'
        tags.append('cc_converted')
    elif x < 0.6:
        s2 = R.choice(FORM_ALT[form])
        if s2 != suf:
            suf = s2
            tags.append('legal_form_variant')
    disp = (c + ' ' + suf).strip()
    if e.get('trading') and lvl == 'heavy' and chance(0.35):
        if chance(0.5):
            disp = e['trading']
            tags.append('trading_name_only')
        else:
            disp = disp + ' t/a ' + e['trading']
            tags.append('ta_format')
    elif e.get('trading') and e.get('ex_trading') and chance(0.5):
        disp = disp + ' t/a ' + e['trading']
    if not disp.startswith('The ') and (e.get('stem') in WORD_STEMS or e['type'] == 'npo') and chance(0.06):
        disp = 'The ' + disp
        tags.append('the_prefix')
    disp = case_noise(disp, tags)
    x = R.random()
    comp = legal_variant(core, form) if x < 0.6 else (None if x < 0.8 else disp)
    return disp, comp


def rn_trust_family(e, lvl, tags):
    s = e['stem']
    base = 'The ' + s + ' Family Trust'
    if lvl == 'existing':
        return base, base
    opts = [(base, 40), (s + ' Family Trust', 25), ('Trustees of the ' + s + ' Family Trust', 6),
            ('THE ' + s.upper() + ' FAMILY TRUST', 5), (s + ' Family Trust (IT ' + e['itno'] + ')', 0)]
    if lvl == 'heavy':
        opts += [(s + ' Familie Trust', 12), (s + ' Familietrust', 6), (s + ' Fam Trust', 6),
                 (s + ' Family Trust IT' + e['itno'], 8), (s + ' Trust', 5)]
    d = W(opts)
    if d != base:
        tags.append('trust_name_variant')
    comp = base if chance(0.5) else (None if chance(0.5) else d)
    return d, comp


def rn_trust_it(e, lvl, tags):
    n, y = e['itno']
    core = e['core']
    base = '%s Trust IT %d/%d' % (core, n, y)
    if lvl == 'existing':
        return base, base
    opts = [(base, 35), ('%s Trust (IT %d/%d)' % (core, n, y), 15), ('%s Trust IT%d/%d' % (core, n, y), 15),
            (base.upper(), 5)]
    if lvl == 'heavy':
        opts += [(core + ' Trust', 12), ('%s Trust IT %d/%02d' % (core, n, y % 100), 8),
                 ('The %s Trust' % core, 6), ('%s Tr IT%d/%d' % (core, n, y), 5),
                 ('Trustees for the time being of the %s Trust' % core, 4)]
    d = W(opts)
    if d != base:
        tags.append('trust_name_variant')
    comp = base if chance(0.5) else None
    return d, comp


def scheme_abbrev(s):
    return s.replace('Gardens', 'Gdns').replace('Village', 'Vlg').replace('Terraces', 'Terr').replace(
        'Heights', 'Hts').replace('Estate', 'Est').replace('Manor', 'Mnr')


def rn_bc(e, lvl, tags):
    s = e['scheme']
    base = 'Body Corporate ' + s
    if lvl == 'existing':
        return base, 'Body Corporate of ' + s if chance(0.3) else base
    opts = [(base, 30), (s + ' Body Corporate', 20), ('BC ' + s, 10), (s + ' BC', 10),
            ('Body Corporate of ' + s, 8), (base.upper(), 4)]
    if lvl == 'heavy':
        opts += [('Body Corp ' + scheme_abbrev(s), 8), (s + ' SS' + e['ss'], 6), (s + ' Sectional Title Scheme', 6),
                 ('The Body Corporate of ' + s + ' (SS ' + e['ss'] + ')', 5)]
    d = W(opts)
    if d != base:
        tags.append('bc_name_variant')
    comp = None if chance(0.5) else 'Body Corporate of ' + s
    return d, comp


def rn_franchise(e, lvl, tags):
    b = FRAN_BRANDS[e['brand']]
    base = b[0] + ' ' + e['loc']
    fl = legal_name(e['fcore'], e['fform'])
    if lvl == 'existing':
        return base, fl
    opts = [(base, 35), (b[0] + ' - ' + e['loc'], 20), (b[0] + ' (' + e['loc'] + ')', 15), (base.upper(), 4)]
    if lvl == 'heavy':
        short = ' '.join(b[0].split()[:-1]) if len(b[0].split()) > 2 else b[0]
        opts += [(b[1] + ' ' + e['loc'], 8), (fl + ' t/a ' + base, 10), (short + ' ' + e['loc'], 8),
                 (base + ' (' + legal_variant(e['fcore'], e['fform']) + ')', 5)]
    d = W(opts)
    if d != base:
        tags.append('franchise_name_variant')
    comp = legal_variant(e['fcore'], e['fform']) if chance(0.6) else None
    return d, comp


def rn_soleprop(e, lvl, tags):
    t = e['trading']
    o = e['p']
    own = o['given'] + ' ' + o['family']
    if lvl == 'existing':
        return t, t
    opts = [(t, 45), (t.upper(), 5), (t.replace("'s ", 's '), 5)]
    if lvl == 'heavy':
        opts += [(own + ' t/a ' + t, 15), (own, 12), (t + ' (' + own + ')', 8), (abbrev_words(t), 4)]
    d = W(opts)
    if d == own:
        tags.append('owner_name_only')
    elif d != t:
        tags.append('soleprop_name_variant')
    comp = t if chance(0.55) else None
    return d, comp


def rn_household(e, lvl, tags):
    a, b, fam = e['p1'], e['p2'], e['family']
    g1, g2 = a['given'], b['given']
    base = g1 + ' & ' + g2 + ' ' + fam
    if lvl == 'existing':
        return base, g1, fam
    opts = [(base, 40), (g1 + ' and ' + g2 + ' ' + fam, 15), (cap1(fam) + ', ' + g1 + ' & ' + g2, 15),
            (base.upper(), 4), (g2 + ' & ' + g1 + ' ' + fam, 8)]
    if lvl == 'heavy':
        opts += [('Mr & Mrs ' + g1[0] + ' ' + cap1(fam), 10), (g1[0] + ' & ' + g2[0] + ' ' + cap1(fam), 8),
                 (cap1(fam) + ' Household', 6), ('Mr & Mrs ' + g1 + ' ' + fam, 6)]
    d = W(opts)
    if d != base:
        tags.append('household_format')
    x = R.random()
    if x < 0.6:
        return d, g1, fam
    if x < 0.85:
        tags.append('other_spouse_contact')
        return d, g2, fam
    return d, None, None


def render_name(e, lvl, tags):
    """returns displayName, givenName, familyName, companyName"""
    t = e['type']
    if t == 'person':
        d, g, f = render_person_name(e['p'], lvl, tags)
        return d, g, f, None
    if t == 'household':
        d, g, f = rn_household(e, lvl, tags)
        return d, g, f, None
    if t == 'soleprop':
        d, comp = rn_soleprop(e, lvl, tags)
        o = e['p']
        if lvl == 'existing' or chance(0.75):
            return d, o['given'], o['family'], comp
        return d, None, None, comp
    if t in ('pty', 'cc', 'inc', 'npo', 'group'):
        d, comp = rn_company(e, lvl, tags)
    elif t == 'trust_family':
        d, comp = rn_trust_family(e, lvl, tags)
    elif t == 'trust_it':
        d, comp = rn_trust_it(e, lvl, tags)
    elif t == 'bc':
        d, comp = rn_bc(e, lvl, tags)
    elif t == 'franchise':
        d, comp = rn_franchise(e, lvl, tags)
    else:
        raise ValueError(t)
    g, f = contact_fields(e, lvl, tags)
    return d, g, f, comp


# ----------------------------------------------------------------------------
# Rendering: phone, e-mail, address
# ----------------------------------------------------------------------------
def fmt_phone(n, style):
    a, b, c = n[1:3], n[3:6], n[6:]
    return {
        'sp': '0%s %s %s' % (a, b, c), 'plain': n, 'intl_sp': '+27 %s %s %s' % (a, b, c),
        'intl': '+27' + n[1:], 'dash': '0%s-%s-%s' % (a, b, c), 'paren': '(0%s) %s %s' % (a, b, c),
        'intl0': '+27 (0)%s %s %s' % (a, b, c), 'cc': '27' + n[1:], 'paren_dash': '(0%s) %s-%s' % (a, b, c),
        'sp2': '0%s %s %s %s' % (a, b, c[:2], c[2:]),
    }[style]


def phone_style(n, lvl):
    if lvl == 'existing':
        return W([('paren', 50), ('sp', 50)]) if is_land(n) else W([('sp', 75), ('plain', 25)])
    return W([('sp', 25), ('plain', 18), ('intl_sp', 14), ('intl', 12), ('dash', 6), ('paren', 8 if is_land(n) else 2),
              ('intl0', 5), ('cc', 5), ('paren_dash', 3), ('sp2', 4)])


def email_case(em, tags):
    local, dom = em.split('@')
    x = R.random()
    if x < 0.5:
        local = '.'.join(cap1(p) for p in local.split('.'))
    elif x < 0.75:
        local, dom = local.upper(), dom.upper()
    else:
        dom = cap1(dom)
    tags.append('email_case')
    return local + '@' + dom


def email_typo(em):
    local, dom = em.split('@')
    for _ in range(20):
        if chance(0.6) and len(local) >= 4:
            l2, d2 = typo_word(local), dom
        else:
            l2 = local
            d2 = R.choice(['gmial.com', 'gmail.co.za', 'gmail.con', 'gamil.com', 'outlok.com', 'mweb.co.az',
                           'telkomsa.com', 'yahoo.co', 'icloud.co']) if dom in (
                'gmail.com', 'outlook.com', 'mweb.co.za', 'telkomsa.net', 'yahoo.com', 'icloud.com') else dom[
                :-1] if dom.endswith('.co.za') else dom + '.za'
        em2 = l2 + '@' + d2
        if em2 != em and em2 not in EMAIL_REG:
            EMAIL_REG.add(em2)
            return em2
    return None


def phone_typo(n):
    for _ in range(20):
        i = R.randint(4, 8)
        n2 = n[:i] + n[i + 1] + n[i] + n[i + 2:]
        if n2 != n and n2 not in PHONE_REG:
            PHONE_REG.add(n2)
            return n2
    return None


STREET_ABBR = [('Street', 'St'), ('Road', 'Rd'), ('Avenue', 'Ave'), ('Drive', 'Dr'), ('Crescent', 'Cres'),
               ('Close', 'Cl'), ('Lane', 'Ln'), ('Gardens', 'Gdns'), ('Suite', 'Ste'), ('Park', 'Pk'),
               ('Highway', 'Hwy'), ('Private Bag', 'P/Bag')]
CITY_VARS = {'Johannesburg': ['Joburg', 'JHB', 'Jhb', 'Johannesburg'], 'Pretoria': ['PTA', 'Tshwane', 'Pta'],
             'Cape Town': ['CPT', 'Kaapstad', 'Cape town'], 'Durban': ['DBN', 'eThekwini', 'Dbn']}
REGION_VARS = {'Gauteng': ['GP', 'GAUTENG', 'Gauteng Province', 'GT'],
               'Western Cape': ['WC', 'W Cape', 'Wes-Kaap', 'W. Cape'],
               'KwaZulu-Natal': ['KZN', 'Kwazulu Natal', 'KwaZulu Natal', 'K.Z.N.']}
COUNTRY_VARS = ['ZA', 'RSA', 'SA', 'Suid-Afrika', 'South africa']


def addr_lines(a):
    k = a['kind']
    if k == 'street':
        return '%d %s' % (a['num'], a['street']), a['suburb']
    if k == 'complex':
        return 'Unit %d, %s' % (a['unit'], a['cplx']), '%d %s, %s' % (a['num'], a['street'], a['suburb'])
    if k in ('office', 'shop'):
        return '%s, %s' % (a['unit'], a['park']), '%d %s, %s' % (a['num'], a['street'], a['suburb'])
    if k == 'scheme':
        return a['cplx'], '%d %s, %s' % (a['num'], a['street'], a['suburb'])
    if k == 'box':
        return 'PO Box %d' % a['boxno'], a['suburb']
    if k == 'postnet':
        return 'Postnet Suite %d' % a['suite'], 'Private Bag X%d, %s' % (a['bag'], a['suburb'])
    raise ValueError(k)


def render_addr(a, lvl, tags):
    """lvl: existing | first | light (postcode kept) | heavy"""
    l1, l2 = addr_lines(a)
    city, region, pc, country = a['city'], a['region'], a['code'], 'South Africa'
    if lvl == 'existing':
        if chance(0.05):
            region = None
        if chance(0.12):
            country = None
        return {'line1': l1, 'line2': l2, 'city': city, 'region': region, 'postalCode': pc, 'country': country}
    heavy = lvl == 'heavy'
    if chance(0.45 if heavy else 0.25):
        o1, o2 = l1, l2
        for x, y in STREET_ABBR:
            if chance(0.85):
                l1 = re.sub(r'\b%s\b' % x, y, l1)
                l2 = re.sub(r'\b%s\b' % x, y, l2)
        if (l1, l2) != (o1, o2):
            tags.append('addr_abbrev')
    k = a['kind']
    if k == 'complex' and heavy and chance(0.35):
        l1 = R.choice(['%d %s' % (a['unit'], a['cplx']), '%s %d' % (a['cplx'], a['unit']),
                       'No %d %s' % (a['unit'], a['cplx']), 'Unit %d %s' % (a['unit'], a['cplx'])])
        tags.append('unit_format')
    if k == 'box' and chance(0.45):
        l1 = R.choice(['P.O. Box %d', 'P O Box %d', 'Box %d', 'Posbus %d', 'POBox %d', 'PO BOX %d']) % a['boxno']
        tags.append('box_format')
    if k == 'postnet' and chance(0.45):
        l1 = R.choice(['PostNet Suite %d', 'Postnet Ste %d', 'Suite %d']) % a['suite']
        tags.append('box_format')
    if heavy and chance(0.12):
        if ', ' in l2:
            l2 = l2.rsplit(', ', 1)[0]
        else:
            l2 = None
        tags.append('suburb_missing')
    if l2 and chance(0.15):
        l1, l2 = l1 + ', ' + l2, None
        tags.append('addr_merged')
    if chance(0.25):
        opts = list(CITY_VARS.get(city, []))
        mc = METRO_CITY[a['metro']]
        if city != mc:
            opts.append(mc)
        if a['suburb'] != city:
            opts.append(a['suburb'])
        opts = [o for o in opts if o != city]
        if opts:
            city = R.choice(opts)
            tags.append('city_variant')
    if heavy and chance(0.05):
        city = None
        tags.append('city_missing')
    x = R.random()
    if x < 0.18:
        region = R.choice(REGION_VARS[region])
        tags.append('region_variant')
    elif x < 0.30:
        region = None
        tags.append('region_missing')
    if pc.startswith('0') and chance(0.3):
        pc = pc[1:]
        tags.append('postcode_no_leading_zero')
    elif heavy and chance(0.08):
        pc = None
        tags.append('postcode_missing')
    x = R.random()
    if x < 0.2:
        country = R.choice(COUNTRY_VARS)
        tags.append('country_variant')
    elif x < 0.4:
        country = None
    out = {'line1': l1, 'line2': l2, 'city': city, 'region': region, 'postalCode': pc, 'country': country}
    if heavy and chance(0.05):
        out = {k2: (v.upper() if v else v) for k2, v in out.items()}
        tags.append('addr_upper')
    return out


NULL_ADDR = {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': None}


# ----------------------------------------------------------------------------
# Hard negatives: new customers that look like an existing one
# ----------------------------------------------------------------------------
def share(Y, X, field, front=True):
    if field == 'email':
        if not X['emails']:
            return False
        v = X['emails'][0]
        Y['emails'] = [v] + [x for x in Y['emails'] if x != v]
    elif field == 'phone':
        v = X['phones'][0]
        Y['phones'] = [v] + [x for x in Y['phones'] if x != v]
    else:
        v = X['addrs'][0]
        Y['addrs'] = [v] + [x for x in Y['addrs'] if x is not v]
    if field not in Y['shared']:
        Y['shared'].append(field)
    if field not in X['keep']:
        X['keep'].append(field)
    return True


def finish_hn(Y, X, kind, relation, probs):
    Y['hn'] = kind
    Y['imitates'] = X
    Y['relation'] = relation
    for field, p in probs:
        if chance(p):
            share(Y, X, field)
    if probs and not Y['shared']:
        for field, _ in probs:
            if share(Y, X, field):
                break
    if Y['cluster'] is None and X['cluster'] is not None and Y['shared']:
        Y['cluster'] = X['cluster']
    return Y


def hn_person_company(X):
    p = X['p']
    stem = cap1(p['fam_root'])
    for _ in range(200):
        trade = R.choice(TRADES)
        core = stem + ' ' + trade
        if reg_org(core):
            break
    form = W([('pty', 70), ('cc', 30)])
    Y = ent(form, X['metro'], core=core, stem=stem, trade=trade, form=form, contact=p)
    org_contacts(Y, core, p, small_p=0.9)
    return finish_hn(Y, X, 'director_company', 'own_company_of_existing_person',
                     [('email', 0.6), ('phone', 0.65), ('address', 0.5)])


def hn_company_person(X):
    c = X['contact']
    Y = ent('person', X['metro'], p=c)
    Y['emails'] = [person_email(c['given'], c['fam_root'])]
    Y['phones'] = [new_phone('m')]
    Y['addrs'] = [new_addr(X['metro'], W([('street', 55), ('complex', 45)]))]
    probs = [('phone', 0.85 if X.get('contact_mobile') else 0.15), ('address', 0.3),
             ('email', 0.6 if X.get('contact_direct') else 0.0)]
    return finish_hn(Y, X, 'director_company', 'director_of_existing_company', probs)


def hn_family_trust(X):
    Y = make_trust_family(metro=X['metro'], trustee=X['p'])
    if Y is None:
        return None
    return finish_hn(Y, X, 'family_trust', 'trust_of_existing_person',
                     [('email', 0.7), ('phone', 0.45), ('address', 0.7)])


def hn_sister(X):
    if X['type'] == 'group':
        Y = group_member(X['group'])
        Y['hn'], Y['imitates'], Y['relation'] = 'sister_company', X, 'same_group'
        for field in ('email', 'phone', 'address'):
            ya = {'email': Y['emails'][0], 'phone': Y['phones'][0], 'address': Y['addrs'][0]}[field]
            xa = {'email': X['emails'][0], 'phone': X['phones'][0], 'address': X['addrs'][0]}[field]
            if ya is xa or ya == xa:
                Y['shared'].append(field)
                if field not in X['keep']:
                    X['keep'].append(field)
        if not Y['shared']:
            share(Y, X, 'email')
        return Y
    stem = X['stem']
    for _ in range(50):
        tr = R.choice(['Holdings', 'Group Holdings', 'Properties', 'Investments', 'Property Holdings',
                       'Management Services', 'Group'])
        core = stem + ' ' + tr
        if reg_org(core):
            break
    else:
        return None
    contact = X['contact'] if chance(0.6) else make_pname(metro=X['metro'])
    Y = ent('pty', X['metro'], core=core, stem=stem, trade=tr, form='pty', contact=contact)
    org_contacts(Y, core, contact, small_p=0.3)
    cl = 'grp:' + slug(stem)[:12] + str(X['idx'])
    X['cluster'] = cl
    Y['cluster'] = cl
    return finish_hn(Y, X, 'sister_company', 'holding_or_sister_of_existing_company',
                     [('email', 0.55), ('phone', 0.6), ('address', 0.85)])


def hn_bc(X):
    Y = make_bc(agent=X['agent'])
    Y['hn'], Y['imitates'], Y['relation'] = 'body_corporate_same_agent', X, 'other_scheme_same_managing_agent'
    if chance(0.8):
        Y['emails'][0] = X['emails'][0]
    for field, a, b in (('email', Y['emails'][0], X['emails'][0]), ('phone', Y['phones'][0], X['phones'][0])):
        if a == b:
            Y['shared'].append(field)
    return Y


def hn_franchise(X):
    Y = make_outlet(X['brand'], metro=X['metro'] if chance(0.6) else None)
    Y['hn'], Y['imitates'], Y['relation'] = 'franchise_other_outlet', X, 'same_brand_other_franchisee'
    return Y


def hn_relative(X):
    p = X['p']
    rel = W([('spouse', 50), ('child', 30), ('parent', 20)])
    gd = ('f' if p['gender'] == 'm' else 'm') if rel == 'spouse' else R.choice('mf')
    pn = make_pname(culture=p['culture'], gender=gd, family=p['fam_root'], married_ok=False,
                    exclude_given=[slug(v) for v in p['gvars'] + p['spell']])
    if rel == 'spouse' and gd == 'f' and p['culture'] == 'ngu' and chance(0.4):
        pn['clan'] = 'Ma' + R.choice([c for c in CLANS if c != p['fam_root']])
    Y = ent('person', X['metro'], p=pn)
    Y['phones'] = [new_phone('m')]
    if chance(0.85):
        Y['emails'] = [person_email(pn['given'], pn['fam_root'])]
    Y['addrs'] = []
    probs = [('address', 1.0), ('phone', 0.75 if is_land(X['phones'][0]) else 0.0), ('email', 0.2)]
    return finish_hn(Y, X, 'relative_same_address', rel, probs)


def hn_namesake(X):
    p = X['p']
    pn = dict(p)
    C = CULT[p['culture']]
    pn['sur_alts'] = []
    pn['alt'] = None
    pn['clan'] = None
    pn['middle'] = R.choice(C[p['gender']])['forms'][0] if chance(0.3) else None
    if pn['middle'] == p['middle']:
        pn['middle'] = None
    pn['title'] = W(C['tm'] if p['gender'] == 'm' else C['tf'])
    metro = R.choice([m for m in ('JHB', 'PTA', 'CPT', 'DBN') if m != X['metro']])
    Y = ent('person', metro, p=pn)
    person_contacts(Y, pn, email_p=0.92)
    return finish_hn(Y, X, 'namesake_elsewhere', 'same_name_other_city', [])


def hn_similar(X):
    metro = R.choice([m for m in ('JHB', 'PTA', 'CPT', 'DBN') if m != X['metro']])
    form = 'cc' if X['form'] == 'pty' else 'pty'
    for _ in range(100):
        if chance(0.5) and X['trade'] in EXT_OK:
            core = X['stem'] + ' ' + X['trade'] + ' ' + R.choice(TRADE_EXT)
        else:
            core = X['stem'] + ' ' + R.choice(TRADES)
        if core != X['core'] and not near_keys(name_key(core), name_key(X['core'])) and name_key(core) not in ORG_REG:
            break
    else:
        return None
    Y = make_company(form, metro=metro, core=core, stem=X['stem'], trade=core[len(X['stem']) + 1:])
    return finish_hn(Y, X, 'similar_name_company', 'similar_name_other_city', [])


def hn_npo(X):
    Y = make_npo(metro=X['metro'], contact=X['p'])
    return finish_hn(Y, X, 'npo_officer', 'npo_where_existing_person_is_officer',
                     [('email', 0.7), ('phone', 0.6), ('address', 0.3)])


# ----------------------------------------------------------------------------
# Build the world
# ----------------------------------------------------------------------------
def build_world():
    existing = []
    n_grp = 0
    while n_grp < 60:
        n = min(R.randint(2, 4), 60 - n_grp)
        if n == 1:
            n = 1
        g, mem = make_group(n=n if n >= 2 else 2)
        mem = mem[:60 - n_grp]
        existing += mem
        n_grp += len(mem)
    agent_metros = ['JHB', 'JHB', 'PTA', 'CPT', 'JHB', 'DBN', 'CPT', 'DBN']
    for i in range(8):
        ag = make_agent(AGENT_NAMES[i], agent_metros[i])
        for _ in range(7):
            existing.append(make_bc(agent=ag))
    brands = list(range(8)) * 3 + [R.randrange(8) for _ in range(20)]
    for bi in brands:
        existing.append(make_outlet(bi))
    plan = [('pty', 310), ('cc', 105), ('inc', 45), ('npo', 50), ('trust_family', 40), ('trust_it', 30),
            ('soleprop', 75), ('household', 20), ('person', 665)]
    existing += make_batch(plan)
    for e in existing:
        e['existing'] = True
    assert len(existing) == 1500, len(existing)

    plain_plan = [('person', 125), ('household', 5), ('soleprop', 20), ('pty', 65), ('cc', 25), ('inc', 10),
                  ('npo', 15), ('trust_family', 10), ('trust_it', 8), ('bc', 7)]
    plain = make_batch(plain_plan)
    for i in range(10):
        plain.append(make_outlet(8 + i % 2))

    # hard negatives
    used = set()

    def pool(pred):
        L = [e for e in existing if pred(e) and e['idx'] not in used]
        R.shuffle(L)
        return L

    hn = []

    def take(L, builder, n):
        made = 0
        while made < n and L:
            X = L.pop()
            if X['idx'] in used:
                continue
            Y = builder(X)
            if Y is None:
                continue
            used.add(X['idx'])
            hn.append(Y)
            made += 1
        assert made == n, (builder.__name__, made, n)

    is_person = lambda e: e['type'] == 'person'
    take(pool(is_person), hn_person_company, 25)
    take(pool(lambda e: e['type'] in ('pty', 'cc', 'inc') and (e.get('contact_direct') or e.get('contact_mobile'))),
         hn_company_person, 25)
    take(pool(is_person), hn_family_trust, 35)
    take(pool(lambda e: e['type'] == 'group'), hn_sister, 25)
    take(pool(lambda e: e['type'] == 'pty' and not e.get('trading')), hn_sister, 15)
    take(pool(lambda e: e['type'] == 'bc'), hn_bc, 30)
    take(pool(lambda e: e['type'] == 'franchise'), hn_franchise, 25)
    take(pool(is_person), hn_relative, 40)
    take(pool(is_person), hn_namesake, 35)
    take(pool(lambda e: e['type'] in ('pty', 'cc') and e['stem'] in WORD_STEMS), hn_similar, 25)
    take(pool(is_person), hn_npo, 20)
    for e in plain + hn:
        e['existing'] = False
    return existing, plain, hn


def make_batch(plan):
    out = []
    for t, n in plan:
        for _ in range(n):
            if t in ('pty', 'cc'):
                out.append(make_company(t))
            elif t == 'inc':
                out.append(make_inc())
            elif t == 'npo':
                out.append(make_npo())
            elif t == 'trust_family':
                out.append(make_trust_family())
            elif t == 'trust_it':
                out.append(make_trust_it())
            elif t == 'soleprop':
                out.append(make_soleprop())
            elif t == 'household':
                out.append(make_household())
            elif t == 'bc':
                out.append(make_bc())
            else:
                out.append(make_person_ent())
    return out


# ----------------------------------------------------------------------------
# Records, indexes, anchors
# ----------------------------------------------------------------------------
RECS = []
EIDX, PIDX, PCIDX, LIDX = {}, {}, {}, {}
INC_DISP = set()
EX_DISP = set()


def disp_key(d):
    return ' '.join((d or '').split()).casefold()


def rec_keys(c):
    nks = []
    for s in (c['displayName'], c['companyName']):
        k = name_key(s)
        if k and k not in nks:
            nks.append(k)
    return {'ek': email_key(c['email']), 'pk': phone_key(c['phone']), 'nks': nks,
            'pc': pc_key(c['address']['postalCode']), 'lk': line_key(c['address']['line1'])}


def same_place(a, b):
    return bool((a['pc'] and a['pc'] == b['pc']) or (a['lk'] and a['lk'] == b['lk']))


def names_near(a, b):
    return any(near_keys(x, y) for x in a['nks'] for y in b['nks'])


def pair_anchors(a, b):
    out = []
    if a['ek'] and a['ek'] == b['ek']:
        out.append('email')
    if a['pk'] and a['pk'] == b['pk']:
        out.append('phone')
    if same_place(a, b) and names_near(a, b):
        out.append('name+address')
    return out


def place_candidates(k):
    out = []
    seen = set()
    for i in PCIDX.get(k['pc'], []) + LIDX.get(k['lk'], []):
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


def link_anchors(k, e):
    """(own anchors, distinctive anchors) of record keys k against earlier records of entity e."""
    own = []
    for ri in e['recs']:
        for a in pair_anchors(k, RECS[ri]['k']):
            if a not in own:
                own.append(a)
    dist = []
    for a in own:
        if a == 'email' and EIDX[k['ek']] == [e['idx']]:
            dist.append(a)
        elif a == 'phone' and PIDX[k['pk']] == [e['idx']]:
            dist.append(a)
        elif a == 'name+address':
            clash = False
            for ri in place_candidates(k):
                r = RECS[ri]
                if r['e'] is not e and same_place(k, r['k']) and names_near(k, r['k']):
                    clash = True
                    break
            if not clash:
                dist.append(a)
    return own, dist


def collides(k, e):
    """plain new record: shares nothing with another entity"""
    if k['ek'] and EIDX.get(k['ek']):
        return True
    if k['pk'] and PIDX.get(k['pk']):
        return True
    for ri in place_candidates(k):
        r = RECS[ri]
        if r['e'] is not e and same_place(k, r['k']) and names_near(k, r['k']):
            return True
    return False


def add_rec(e, c, aobj, setname, cat, tags, anchors=None):
    k = rec_keys(c)
    ri = len(RECS)
    RECS.append({'e': e, 'c': c, 'aobj': aobj, 'k': k, 'set': setname, 'cat': cat, 'tags': tags,
                 'anchors': anchors})
    e['recs'].append(ri)
    for idx, key in ((EIDX, k['ek']), (PIDX, k['pk'])):
        if key:
            L = idx.setdefault(key, [])
            if e['idx'] not in L:
                L.append(e['idx'])
    if k['pc']:
        PCIDX.setdefault(k['pc'], []).append(ri)
    if k['lk']:
        LIDX.setdefault(k['lk'], []).append(ri)
    if c['email'] and email_key(c['email']) not in [email_key(x) for x in e['seen_e']]:
        e['seen_e'].append(c['email'])
    if k['pk'] and k['pk'] not in e['seen_p']:
        e['seen_p'].append(k['pk'])
    return ri


def contact(d, g, f, comp, email, phone, addr):
    return {'displayName': d, 'givenName': g, 'familyName': f, 'companyName': comp, 'email': email,
            'phone': phone, 'address': addr if addr else dict(NULL_ADDR)}


def build_existing(e):
    tags = []
    e['ex_contact'] = chance(0.5)
    d, g, f, comp = render_name(e, 'existing', tags)
    if chance(0.03):
        d = d.upper()
        tags.append('legacy_upper_case')
    must_addr = e['cluster'] is not None or bool(e['keep'])
    em = e['emails'][0] if e['emails'] and ('email' in e['keep'] or chance(0.9)) else None
    ph = e['phones'][0] if ('phone' in e['keep'] or chance(0.88)) else None
    aobj = None
    if must_addr or chance(0.95):
        aobj = e['box'] if (e['box'] and 'address' not in e['keep'] and chance(0.2)) else e['addrs'][0]
    if sum(x is not None for x in (em, ph, aobj)) < 2:
        if em is None and e['emails']:
            em = e['emails'][0]
        if ph is None:
            ph = e['phones'][0]
    for fld, v in (('email_missing', em), ('phone_missing', ph), ('address_missing', aobj)):
        if v is None:
            tags.append(fld)
    if aobj is not None and aobj['kind'] in ('box', 'postnet'):
        tags.append('postal_address')
    addr = render_addr(aobj, 'existing', tags) if aobj else None
    phs = fmt_phone(ph, phone_style(ph, 'existing')) if ph else None
    return contact(d, g, f, comp, em, phs, addr), aobj, tags


def new_email_for(e):
    t = e['type']
    if t in ('person', 'household', 'soleprop'):
        p = e.get('p') or e.get('p1')
        if chance(0.25) and t == 'person':
            dom = new_domain(R.choice(WORD_STEMS) + ' ' + R.choice(TRADES).split()[0])
            return reg_email(slug(p['given']) + ('.' + slug(p['fam_root']) if chance(0.5) else ''), dom)
        return person_email(p['given'], p['fam_root'])
    dom = e.get('domain')
    if dom and chance(0.7):
        return reg_email(R.choice(['accounts', 'admin', 'info', 'finance', 'office', 'bookkeeping', 'payments',
                                   'creditors', 'hello']), dom)
    c = e.get('contact')
    if c:
        return person_email(c['given'], c['fam_root'])
    return reg_email(slug(name_key(render_name(e, 'existing', [])[0]))[:16], W(FREE))


def move_addr(e):
    metro = e['metro'] if chance(0.75) else R.choice(['JHB', 'PTA', 'CPT', 'DBN'])
    if e['type'] in ('person', 'household'):
        kind = W([('street', 50), ('complex', 50)])
    elif e['type'] == 'bc':
        return None
    else:
        kind = W([('office', 50), ('street', 35), ('shop', 15)])
    a = new_addr(metro, kind)
    e['addrs'].append(a)
    return a


def known_addr(e):
    objs = [RECS[ri]['aobj'] for ri in e['recs'] if RECS[ri]['aobj'] is not None]
    if objs and chance(0.8):
        return objs[-1] if chance(0.6) else R.choice(objs)
    return e['addrs'][0]


def build_first(e):
    tags = []
    if e['shared']:
        tags += ['shares_' + s + '_with_imitated' for s in e['shared']]
    if e['relation']:
        tags.append('relation:' + e['relation'])
    d, g, f, comp = render_name(e, 'first', tags)
    sh = e['shared']
    must_addr = e['cluster'] is not None or e['hn'] is not None
    em = e['emails'][0] if e['emails'] and ('email' in sh or chance(0.9)) else None
    ph = e['phones'][0] if e['phones'] and ('phone' in sh or chance(0.88)) else None
    aobj = None
    if 'address' in sh or must_addr or chance(0.9):
        aobj = e['addrs'][0]
        if e['box'] and 'address' not in sh and not must_addr and chance(0.12):
            aobj = e['box']
    if sum(x is not None for x in (em, ph, aobj)) < 2:
        if em is None and e['emails']:
            em = e['emails'][0]
        if ph is None and e['phones']:
            ph = e['phones'][0]
        if aobj is None:
            aobj = e['addrs'][0]
    for fld, v in (('email_missing', em), ('phone_missing', ph), ('address_missing', aobj)):
        if v is None:
            tags.append(fld)
    if em and chance(0.06):
        em = email_case(em, tags)
    addr = render_addr(aobj, 'first', tags) if aobj else None
    phs = fmt_phone(ph, phone_style(ph, 'first')) if ph else None
    return contact(d, g, f, comp, em, phs, addr), aobj, tags


def build_link(e, forced=None):
    tags = []
    earlier = [RECS[ri] for ri in e['recs']]
    cand_e = []
    cand_p = []
    for r in earlier:
        if r['k']['ek'] and EIDX[r['k']['ek']] == [e['idx']] and r['c']['email'] not in cand_e:
            cand_e.append(r['c']['email'])
        if r['k']['pk'] and PIDX[r['k']['pk']] == [e['idx']] and r['k']['pk'] not in cand_p:
            cand_p.append(r['k']['pk'])
    cand_a = [r for r in earlier if r['aobj'] is not None and r['k']['pc']]
    opts = []
    if cand_e:
        opts.append(('email', 40))
    if cand_p:
        opts.append(('phone', 35))
    if cand_a:
        opts.append(('name+address', 25))
    if not opts:
        raise RuntimeError('no anchor candidates for ' + e['id'])
    avail = [o for o, _ in opts]
    anchor = forced if forced in avail else W(opts)
    # name
    d, g, f, comp = render_name(e, 'light' if anchor == 'name+address' else 'heavy', tags)
    # e-mail
    if anchor == 'email':
        em = email_key(R.choice(cand_e))
        if chance(0.12):
            em = email_case(em, tags)
    else:
        known = [email_key(x) for x in e['seen_e']]
        x = R.random()
        if not known:
            x = 0.35 if chance(0.5) else 0.7
        if x < 0.33:
            em = known[-1] if chance(0.6) else R.choice(known)
            if chance(0.1):
                em = email_case(em, tags)
        elif x < 0.55:
            em = new_email_for(e)
            e['emails'].append(em)
            tags.append('email_changed')
        elif x < 0.60:
            alts = [v for v in e['emails'] if v not in known]
            if alts:
                em = alts[0]
                tags.append('email_alt')
            else:
                em = None
                tags.append('email_missing')
        elif x < 0.88:
            em = None
            tags.append('email_missing')
        else:
            em = email_typo(R.choice(known))
            tags.append('email_typo' if em else 'email_missing')
    # phone
    if anchor == 'phone':
        ph = R.choice(cand_p)
    else:
        known = list(e['seen_p'])
        x = R.random()
        if not known:
            x = 0.4 if chance(0.5) else 0.7
        if x < 0.35:
            ph = known[-1] if chance(0.6) else R.choice(known)
        elif x < 0.57:
            ph = new_phone('m') if (e['type'] in ('person', 'household', 'soleprop') or chance(0.4)) else \
                new_phone('l', e['metro'])
            e['phones'].append(ph)
            tags.append('phone_changed')
        elif x < 0.62:
            alts = [v for v in e['phones'] if v not in known]
            ph = alts[0] if alts else None
            tags.append('phone_alt' if ph else 'phone_missing')
        elif x < 0.92:
            ph = None
            tags.append('phone_missing')
        else:
            ph = phone_typo(R.choice(known))
            tags.append('phone_typo' if ph else 'phone_missing')
    phs = None
    if ph:
        st = phone_style(ph, 'first')
        phs = fmt_phone(ph, st)
        tags.append('phone_format:' + st)
    # address
    if anchor == 'name+address':
        ref = R.choice(cand_a) if chance(0.3) else cand_a[0]
        aobj = ref['aobj']
        addr = render_addr(aobj, 'light', tags)
    else:
        x = R.random()
        aobj = None
        if x < 0.47:
            aobj = known_addr(e)
            addr = render_addr(aobj, 'heavy', tags)
        elif x < 0.62:
            aobj = move_addr(e)
            if aobj is None:
                aobj = known_addr(e)
            else:
                tags.append('moved')
            addr = render_addr(aobj, 'heavy', tags)
        elif x < 0.70:
            if e['box'] is None:
                e['box'] = new_addr(e['metro'] if chance(0.8) else 'JHB', W([('box', 70), ('postnet', 30)]))
            aobj = e['box']
            addr = render_addr(aobj, 'heavy', tags)
            tags.append('postal_address')
        elif x < 0.93:
            addr = None
            tags.append('address_missing')
        else:
            aobj = known_addr(e)
            addr = render_addr(aobj, 'heavy', tags)
            addr['line1'] = addr['line2'] = None
            tags.append('address_partial')
    return contact(d, g, f, comp, em, phs, addr), aobj, tags, anchor


def dedup(c, tags):
    """the upstream app, like QuickBooks, refuses duplicate display names: it numbers the newcomer"""
    if disp_key(c['displayName']) in INC_DISP:
        for n in range(2, 9):
            d = '%s (%d)' % (c['displayName'], n)
            if disp_key(d) not in INC_DISP:
                c['displayName'] = d
                tags.append('display_dedup_suffix')
                return


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
def main():
    existing, plain, hn = build_world()
    new_ents = plain + hn
    ids = R.sample(range(10000, 100000), len(ENT))
    for e, i in zip(ENT, ids):
        e['id'] = 'E%05d' % i

    # existing list (QuickBooks exports alphabetically by display name)
    ex_rows = []
    for e in existing:
        for _ in range(50):
            c, aobj, tags = build_existing(e)
            if disp_key(c['displayName']) not in EX_DISP:
                break
        else:
            raise RuntimeError('existing display clash ' + c['displayName'])
        EX_DISP.add(disp_key(c['displayName']))
        ex_rows.append((disp_key(c['displayName']), e, c, aobj, tags))
    ex_rows.sort(key=lambda r: (r[0], r[1]['id']))
    for _, e, c, aobj, tags in ex_rows:
        add_rec(e, c, aobj, 'existing', 'existing', tags)

    # incoming events
    targets = [e['imitates'] for e in hn]
    tgt_ids = []
    for X in targets:
        if X['idx'] not in tgt_ids:
            tgt_ids.append(X['idx'])
    R.shuffle(tgt_ids)
    chosen = tgt_ids[:int(len(tgt_ids) * 0.6)]
    rest = [e['idx'] for e in existing if e['idx'] not in set(chosen)]
    R.shuffle(rest)
    chosen += rest[:635 - len(chosen)]
    twice = set(R.sample(chosen, 40))
    events = []
    for i in chosen:
        events += [ENT[i]] * (2 if i in twice else 1)
    rep = R.sample([e['idx'] for e in new_ents], 195)
    rep2 = set(R.sample(rep, 30))
    rep = set(rep)
    for e in new_ents:
        k = 1 + (1 if e['idx'] in rep else 0) + (1 if e['idx'] in rep2 else 0)
        events += [e] * k
    R.shuffle(events)
    assert len(events) == 1500, len(events)

    seen_new = set()
    for e in events:
        if e['existing']:
            cat = 'existing_match'
        elif e['idx'] in seen_new:
            cat = 'repeat_of_new'
        else:
            cat = 'new'
            seen_new.add(e['idx'])
        if cat == 'new':
            ok = False
            for attempt in range(80):
                c, aobj, tags = build_first(e)
                if attempt >= 40:
                    dedup(c, tags)
                if disp_key(c['displayName']) in INC_DISP:
                    continue
                k = rec_keys(c)
                if e['hn'] is None and collides(k, e):
                    if attempt % 10 == 9:
                        e['addrs'][0] = new_addr(e['metro'], e['addrs'][0]['kind'])
                    continue
                ok = True
                break
            if not ok:
                raise RuntimeError('could not place new record for ' + e['id'])
            INC_DISP.add(disp_key(c['displayName']))
            add_rec(e, c, aobj, 'incoming', cat, tags)
        else:
            ok = False
            for attempt in range(120):
                forced = None
                if attempt >= 100:
                    forced = R.choice(['email', 'phone', 'name+address'])
                c, aobj, tags, anchor = build_link(e, forced)
                if attempt >= 60:
                    dedup(c, tags)
                if disp_key(c['displayName']) in INC_DISP:
                    continue
                own, dist = link_anchors(rec_keys(c), e)
                if not dist:
                    continue
                ok = True
                break
            if not ok:
                raise RuntimeError('could not build defensible link for ' + e['id'])
            INC_DISP.add(disp_key(c['displayName']))
            add_rec(e, c, aobj, 'incoming', cat, tags, anchors=own)

    # write
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as fs, \
            open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
        for n, r in enumerate(RECS, 1):
            e = r['e']
            fs.write(json.dumps({'set': r['set'], 'entity': e['id'], 'contact': r['c']}, ensure_ascii=False) + '\n')
            m = {'line': n, 'entity': e['id'], 'category': r['cat'], 'kind': e['type'],
                 'hard_negative': e['hn'], 'imitates': e['imitates']['id'] if e['imitates'] else None,
                 'relation': e['relation'], 'cluster': e['cluster'], 'anchors': r['anchors'],
                 'changes': r['tags']}
            fm.write(json.dumps(m, ensure_ascii=False) + '\n')
    print('wrote %d lines (%d existing, %d incoming)' % (
        len(RECS), sum(1 for r in RECS if r['set'] == 'existing'), sum(1 for r in RECS if r['set'] == 'incoming')))


if __name__ == '__main__':
    main()
