#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - generator for the "ae-facilities" customer record-linkage benchmark.

An invented UAE facilities-management / AC-maintenance / cleaning / pest-control
company keeps its customers in QuickBooks Online (UAE).  This script writes

    set.jsonl   1,500 existing (QBO) customer records, then 1,500 incoming records
    meta.jsonl  one label line per set.jsonl line, same order

Usage:  python3 gen.py [--out DIR]        (default DIR: the folder of this file)

Deterministic: a single random.Random(SEED) drives everything; no set or hash
order is ever iterated, so the output is byte-identical for every run and every
PYTHONHASHSEED.  Python 3 standard library only.
"""
import copy
import json
import os
import random
import re
import sys
import unicodedata

SEED = 9712406
N_EXISTING = 1500
N_MATCH = 825
N_HN = 150
N_NEW_REC = 525

R = None  # random.Random, created in main()


def pr(p):
    return R.random() < p


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


# =============================================================== name data
# spelling variants; the first spelling is the canonical one
VAR = {
    # Arabic given names (male)
    "Mohammed": ["Mohammed", "Mohamed", "Muhammad", "Mohammad", "Mohamad", "Muhammed", "Mohd", "Mohd.", "Mhd"],
    "Ahmed": ["Ahmed", "Ahmad"],
    "Khalid": ["Khalid", "Khaled"],
    "Saeed": ["Saeed", "Said", "Saeid", "Saed"],
    "Rashid": ["Rashid", "Rashed"],
    "Sultan": ["Sultan", "Sultaan"],
    "Saif": ["Saif", "Sayf", "Saeef"],
    "Obaid": ["Obaid", "Obaed", "Ubaid", "Obeid"],
    "Humaid": ["Humaid", "Homaid", "Hmaid"],
    "Majid": ["Majid", "Majed", "Maged"],
    "Abdullah": ["Abdulla", "Abdullah", "Abdalla", "Abdallah", "Abd Allah"],
    "Abdulrahman": ["Abdulrahman", "Abdul Rahman", "Abdelrahman", "Abdul-Rahman", "Abd al-Rahman", "Abdurrahman"],
    "Abdulaziz": ["Abdulaziz", "Abdul Aziz", "Abdelaziz", "Abdul-Aziz", "Abd El Aziz"],
    "Abdulkarim": ["Abdulkarim", "Abdul Karim", "Abdelkarim", "Abdul Kareem"],
    "Yousef": ["Yousef", "Yousuf", "Youssef", "Yusuf", "Yousif"],
    "Omar": ["Omar", "Umar", "Omer"],
    "Mansour": ["Mansour", "Mansoor", "Mansur"],
    "Juma": ["Juma", "Jumaa", "Jumah"],
    "Salem": ["Salem", "Saleem", "Salim"],
    "Faisal": ["Faisal", "Faysal", "Faisel"],
    "Nasser": ["Nasser", "Naser", "Nasir"],
    "Hassan": ["Hassan", "Hasan"],
    "Hussain": ["Hussain", "Hussein", "Husain", "Hossain"],
    "Ibrahim": ["Ibrahim", "Ebrahim", "Ibraheem"],
    "Mubarak": ["Mubarak", "Mobarak"],
    "Suhail": ["Suhail", "Sohail", "Suhayl"],
    "Tariq": ["Tariq", "Tarek", "Tareq", "Tarik"],
    "Waleed": ["Waleed", "Walid"],
    "Eisa": ["Eisa", "Issa", "Esa"],
    "Jassim": ["Jassim", "Jasim", "Jasem"],
    "Ghanim": ["Ghanim", "Ghanem"],
    "Butti": ["Butti", "Buti"],
    "Fahad": ["Fahad", "Fahd"],
    "Nawaf": ["Nawaf", "Nawwaf"],
    "Mishaal": ["Mishaal", "Meshal", "Mishal"],
    "Badr": ["Badr", "Bader"],
    # Arabic given names (female)
    "Fatima": ["Fatima", "Fatma", "Fatimah"],
    "Mariam": ["Mariam", "Maryam", "Mariyam"],
    "Aisha": ["Aisha", "Ayesha", "Aysha"],
    "Noura": ["Noura", "Nora", "Nourah"],
    "Hessa": ["Hessa", "Hissa"],
    "Shamma": ["Shamma", "Shama"],
    "Moza": ["Moza", "Mozah", "Mouza"],
    "Alia": ["Alia", "Aliya", "Alya"],
    "Amna": ["Amna", "Aamna"],
    "Latifa": ["Latifa", "Latifah", "Lateefa"],
    "Maitha": ["Maitha", "Maytha"],
    "Sara": ["Sara", "Sarah"],
    "Reem": ["Reem", "Rim"],
    "Mahra": ["Mahra", "Mehra"],
    "Shaikha": ["Shaikha", "Sheikha"],
    "Lulwa": ["Lulwa", "Lulwah"],
    # Emirati / Gulf family roots (written with an Al particle)
    "Mansoori": ["Mansoori", "Mansouri", "Mansuri"],
    "Falasi": ["Falasi", "Falasy"],
    "Marri": ["Marri", "Mari"],
    "Mazrouei": ["Mazrouei", "Mazrouie", "Mazroui", "Mazrooei"],
    "Nuaimi": ["Nuaimi", "Nuaimy", "Noaimi"],
    "Ketbi": ["Ketbi", "Kitbi"],
    "Dhaheri": ["Dhaheri", "Daheri", "Dhahiri"],
    "Suwaidi": ["Suwaidi", "Suwaidy", "Swaidi"],
    "Hammadi": ["Hammadi", "Hamadi"],
    "Zaabi": ["Zaabi", "Za'abi"],
    "Muhairi": ["Muhairi", "Mehairi"],
    "Kaabi": ["Kaabi", "Ka'abi", "Kabi"],
    "Shehhi": ["Shehhi", "Shehi"],
    "Blooshi": ["Blooshi", "Bloushi", "Balooshi"],
    "Rumaithi": ["Rumaithi", "Romaithi"],
    "Hosani": ["Hosani", "Hosany"],
    "Ameri": ["Ameri", "Amri"],
    "Neyadi": ["Neyadi", "Niyadi"],
    "Tunaiji": ["Tunaiji", "Tenaiji"],
    "Naqbi": ["Naqbi", "Nagbi"],
    "Awadhi": ["Awadhi", "Awadi"],
    "Khoori": ["Khoori", "Khouri"],
    "Qubaisi": ["Qubaisi", "Kubaisi"],
    "Hajeri": ["Hajeri", "Hajiri"],
    "Dhanhani": ["Dhanhani", "Dhanhany"],
    "Yammahi": ["Yammahi", "Yamahi"],
    "Jneibi": ["Jneibi", "Junaibi"],
    "Otaibi": ["Otaibi", "Otaiby", "Oteibi"],
    "Balushi": ["Balushi", "Baloushi"],
    "Harthy": ["Harthy", "Harthi"],
    "Mutairi": ["Mutairi", "Mutairy"],
    "Shammari": ["Shammari", "Shamari"],
    "Dosari": ["Dosari", "Dossari"],
    "Kuwari": ["Kuwari", "Kuwary"],
    "Hinai": ["Hinai", "Hinaai"],
    "Sulaiti": ["Sulaiti", "Sulaity"],
    "Qahtani": ["Qahtani", "Kahtani"],
    "Enezi": ["Enezi", "Anazi", "Enizi"],
    # Egyptian / Levantine
    "Mahmoud": ["Mahmoud", "Mahmood", "Mahmud"],
    "Mostafa": ["Mostafa", "Mustafa", "Moustafa"],
    "Amr": ["Amr", "Amro"],
    "Hany": ["Hany", "Hani"],
    "Sherif": ["Sherif", "Sharif"],
    "Karim": ["Karim", "Kareem"],
    "Wael": ["Wael", "Wa'el"],
    "Ayman": ["Ayman", "Aiman"],
    "Hossam": ["Hossam", "Hosam", "Husam"],
    "Osama": ["Osama", "Usama"],
    "Rania": ["Rania", "Ranya"],
    "Heba": ["Heba", "Hiba"],
    "Mai": ["Mai", "May"],
    "Yasmine": ["Yasmine", "Yasmin"],
    "Sayed": ["Sayed", "Saied"],
    "AbdelAziz": ["Abdel Aziz", "Abdelaziz", "Abd El Aziz", "Abdul Aziz"],
    "AbdelRahman": ["Abdel Rahman", "Abdelrahman", "Abd El Rahman", "Abdul Rahman"],
    "Fathy": ["Fathy", "Fathi"],
    "Farouk": ["Farouk", "Farouq", "Farooq"],
    "Soliman": ["Soliman", "Suleiman", "Sulaiman"],
    "Masry": ["Masry", "Masri"],
    "Shehata": ["Shehata", "Shahata"],
    "Gaber": ["Gaber", "Jaber"],
    "Ragab": ["Ragab", "Rajab"],
    "Naguib": ["Naguib", "Nagib", "Najib"],
    "Boutros": ["Boutros", "Botros"],
    "Attia": ["Attia", "Atia", "Atiya"],
    "Sherbiny": ["Sherbiny", "Sherbini"],
    "Rami": ["Rami", "Ramy"],
    "Ziad": ["Ziad", "Ziyad"],
    "Fadi": ["Fadi", "Fady"],
    "Laith": ["Laith", "Layth", "Leith"],
    "Hamza": ["Hamza", "Hamzah"],
    "Lina": ["Lina", "Leena"],
    "Odeh": ["Odeh", "Odah", "Ouda"],
    "Qasem": ["Qasem", "Kassem", "Qassem"],
    "Zoubi": ["Zoubi", "Zubi", "Zu'bi"],
    "Obeidat": ["Obeidat", "Obaidat"],
    "AbuSaleh": ["Abu Saleh", "Abusaleh", "Abu Salih"],
    "Hijazi": ["Hijazi", "Hejazi", "Hijazy"],
    "Shawabkeh": ["Shawabkeh", "Shawabka"],
    "Georges": ["Georges", "George"],
    "Elie": ["Elie", "Eli"],
    "Charbel": ["Charbel", "Sharbel"],
    "Joseph": ["Joseph", "Josef"],
    "Rabih": ["Rabih", "Rabieh", "Rabie"],
    "Carla": ["Carla", "Karla"],
    "Joelle": ["Joelle", "Joëlle"],
    "Khoury": ["Khoury", "Khouri", "Khuri"],
    "Saab": ["Saab", "Sa'ab"],
    "AbiNader": ["Abi Nader", "Abinader", "Abi-Nader"],
    "Fares": ["Fares", "Faris"],
    "Hajj": ["Hajj", "Haj"],
    "Daher": ["Daher", "Dagher"],
    "Salameh": ["Salameh", "Salame", "Salama"],
    "Aoun": ["Aoun", "Aoon"],
    "Bassel": ["Bassel", "Basel", "Basil"],
    "Firas": ["Firas", "Feras"],
    "Kabbani": ["Kabbani", "Qabbani"],
    "Sabbagh": ["Sabbagh", "Sabagh"],
    "Dabbagh": ["Dabbagh", "Dabagh"],
    "Kurdi": ["Kurdi", "Kurdy"],
    "Hamwi": ["Hamwi", "Hamawi"],
    # Indian
    "Anil": ["Anil", "Aneel"],
    "Santhosh": ["Santhosh", "Santosh"],
    "Pradeep": ["Pradeep", "Pradip"],
    "Sreejith": ["Sreejith", "Srijith", "Shreejith"],
    "Rajeev": ["Rajeev", "Rajiv"],
    "Ajith": ["Ajith", "Ajit"],
    "Muhammed_k": ["Muhammed", "Mohammed", "Muhammad", "Mohd"],
    "AbdulNazar": ["Abdul Nazar", "Abdulnazar"],
    "Shameer": ["Shameer", "Shamir"],
    "Noushad": ["Noushad", "Naushad"],
    "Jaleel": ["Jaleel", "Jalil"],
    "Lakshmi": ["Lakshmi", "Laxmi"],
    "Fathima_k": ["Fathima", "Fatima"],
    "Panicker": ["Panicker", "Panikker"],
    "Warrier": ["Warrier", "Variar"],
    "Thomas": ["Thomas", "Tomas"],
    "Anitha": ["Anitha", "Anita"],
    "Jincy": ["Jincy", "Jinsy"],
    "Mathew": ["Mathew", "Mathews", "Matthew"],
    "Varghese": ["Varghese", "Verghese", "Vargese"],
    "Kurian": ["Kurian", "Kurien"],
    "Philip": ["Philip", "Philips", "Phillip"],
    "Chacko": ["Chacko", "Chako"],
    "Cherian": ["Cherian", "Cheriyan"],
    "Eapen": ["Eapen", "Eappen"],
    "DSouza": ["D'Souza", "Dsouza", "D Souza", "DSouza", "De Souza"],
    "Fernandes": ["Fernandes", "Fernandez"],
    "Rodrigues": ["Rodrigues", "Rodriguez"],
    "Pereira": ["Pereira", "Periera"],
    "DCosta": ["D'Costa", "Dcosta", "Da Costa"],
    "DMello": ["D'Mello", "Dmello", "De Mello"],
    "Gomes": ["Gomes", "Gomez"],
    "Menezes": ["Menezes", "Menezis"],
    "Colaco": ["Colaco", "Colaço"],
    "DCruz": ["D'Cruz", "Dcruz", "De Cruz"],
    "Noronha": ["Noronha", "Noronah"],
    "Agarwal": ["Agarwal", "Agrawal", "Aggarwal"],
    "Reddy": ["Reddy", "Reddi"],
    # Pakistani
    "Muhammad_pk": ["Muhammad", "Mohammad", "M.", "Muhammed", "Mohd"],
    "Zeeshan": ["Zeeshan", "Zeshan"],
    "Usman": ["Usman", "Osman"],
    "Naveed": ["Naveed", "Navid"],
    "Shahid": ["Shahid", "Shahed"],
    "Qureshi": ["Qureshi", "Qureshy", "Quraishi"],
    "Sheikh": ["Sheikh", "Shaikh"],
    "Chaudhry": ["Chaudhry", "Chaudhary", "Choudhry"],
    "Akhtar": ["Akhtar", "Akhter"],
    "Siddiqui": ["Siddiqui", "Siddiqi"],
    "Javed": ["Javed", "Javaid"],
    # Filipino
    "Maria_ph": ["Maria", "Ma."],
    "Theresa": ["Theresa", "Teresa"],
    "Jennifer": ["Jennifer", "Jenifer"],
    "Kristine": ["Kristine", "Christine"],
    "Jocelyn": ["Jocelyn", "Joselyn"],
    "Analyn": ["Analyn", "Annalyn"],
    "DelaCruz": ["Dela Cruz", "De la Cruz", "Delacruz", "De La Cruz"],
    "DelRosario": ["Del Rosario", "Delrosario"],
    "Gonzales": ["Gonzales", "Gonzalez"],
    # Western
    "Stephen": ["Stephen", "Steven"],
    "Matthew": ["Matthew", "Mathew"],
    "Sarah_b": ["Sarah", "Sara"],
    "Claire": ["Claire", "Clare"],
    "Katherine": ["Katherine", "Catherine", "Kathryn"],
    "Hannah": ["Hannah", "Hanna"],
    "Thompson": ["Thompson", "Thomson"],
    "Bennett": ["Bennett", "Bennet"],
    "Clarke": ["Clarke", "Clark"],
    "Phillips": ["Phillips", "Philips"],
    "MacDonald": ["MacDonald", "McDonald", "Macdonald"],
    "OBrien": ["O'Brien", "OBrien", "O Brien"],
    "Dmitry": ["Dmitry", "Dmitri", "Dmitriy"],
    "Sergey": ["Sergey", "Sergei"],
    "Alexey": ["Alexey", "Alexei", "Aleksei"],
    "Andrey": ["Andrey", "Andrei"],
    "Nikolay": ["Nikolay", "Nikolai"],
    "Mikhail": ["Mikhail", "Michail"],
    "Anastasia": ["Anastasia", "Anastasiya"],
    "Ekaterina": ["Ekaterina", "Yekaterina"],
    "Natalia": ["Natalia", "Natalya"],
    "Yulia": ["Yulia", "Julia", "Iuliia"],
    "Tatiana": ["Tatiana", "Tatyana"],
    "Kuznetsov": ["Kuznetsov", "Kouznetsov"],
    "Fedorov": ["Fedorov", "Fyodorov"],
    "Francois": ["François", "Francois"],
    "Sebastien": ["Sébastien", "Sebastien"],
    "Elodie": ["Élodie", "Elodie"],
    "Helene": ["Hélène", "Helene"],
    "Celine": ["Céline", "Celine"],
    "Chloe": ["Chloé", "Chloe"],
    "Amelie": ["Amélie", "Amelie"],
    "Lefevre": ["Lefèvre", "Lefevre"],
    # Iranian
    "Alireza": ["Alireza", "Ali Reza", "Ali-Reza"],
    "Mehdi": ["Mehdi", "Mahdi"],
    "Mohammad_ir": ["Mohammad", "Mohammed", "Mohamad"],
    "Hossein": ["Hossein", "Hosein", "Hussein"],
    "Dariush": ["Dariush", "Daryoush", "Darius"],
    "Maryam_ir": ["Maryam", "Mariam"],
    "Leila": ["Leila", "Layla", "Leyla"],
    "Moghadam": ["Moghadam", "Moghaddam", "Moqadam"],
    "Rezaei": ["Rezaei", "Rezaee", "Rezai"],
    "Hosseini": ["Hosseini", "Husseini", "Hoseini"],
    "Jafari": ["Jafari", "Jafary", "Jaafari"],
    "Sadeghi": ["Sadeghi", "Sadeqi"],
    "Mousavi": ["Mousavi", "Musavi"],
    "Ghorbani": ["Ghorbani", "Qorbani"],
    "Nouri": ["Nouri", "Nuri"],
}

EMI_M = ["Mohammed", "Mohammed", "Mohammed", "Ahmed", "Khalid", "Saeed", "Rashid", "Hamdan", "Sultan", "Saif",
         "Obaid", "Humaid", "Majid", "Abdullah", "Abdulrahman", "Abdulaziz", "Abdulkarim", "Hamad", "Yousef",
         "Ali", "Omar", "Mansour", "Juma", "Salem", "Faisal", "Nasser", "Hassan", "Ibrahim", "Mubarak",
         "Suhail", "Marwan", "Eisa", "Jassim", "Ghanim", "Matar", "Butti", "Thani", "Waleed", "Hussain"]
EMI_F = ["Fatima", "Mariam", "Aisha", "Noura", "Hessa", "Shamma", "Moza", "Alia", "Amna", "Latifa", "Maitha",
         "Sara", "Reem", "Hind", "Mahra", "Shaikha"]

NAMES = {
    "emirati": dict(pm=0.66, m=EMI_M, f=EMI_F,
                    fam=["al:" + x for x in ["Mansoori", "Falasi", "Marri", "Mazrouei", "Nuaimi", "Shamsi", "Ketbi",
                                             "Dhaheri", "Suwaidi", "Hammadi", "Zaabi", "Muhairi", "Kaabi", "Shehhi",
                                             "Blooshi", "Rumaithi", "Hosani", "Ameri", "Neyadi", "Tunaiji", "Naqbi",
                                             "Awadhi", "Khoori", "Qubaisi", "Hajeri", "Dhanhani", "Yammahi", "Jneibi"]]),
    "gulf": dict(pm=0.7, m=["Mohammed", "Abdullah", "Fahad", "Turki", "Nawaf", "Bandar", "Saud", "Mishaal", "Talal",
                            "Badr", "Ahmed", "Khalid", "Salem", "Hamad"],
                 f=["Noura", "Haya", "Dana", "Lulwa", "Asma", "Sara", "Mariam"],
                 fam=["al:" + x for x in ["Otaibi", "Ghamdi", "Balushi", "Harthy", "Mutairi", "Shammari", "Dosari",
                                          "Kuwari", "Hinai", "Ansari", "Sulaiti", "Qahtani", "Enezi"]]),
    "egyptian": dict(pm=0.72, m=["Mohammed", "Ahmed", "Mahmoud", "Mostafa", "Amr", "Tariq", "Hany", "Sherif", "Karim",
                                 "Wael", "Ayman", "Hossam", "Mina", "Osama", "Khalid", "Ibrahim", "Hassan"],
                     f=["Nourhan", "Dina", "Rania", "Heba", "Mai", "Yasmine", "Aya", "Salma"],
                     fam=["el:Sayed", "AbdelAziz", "Hassan", "Fathy", "Farouk", "Ibrahim", "Soliman", "el:Masry",
                          "Shehata", "Gaber", "Ragab", "Naguib", "Boutros", "Attia", "el:Sherbiny", "Mansour",
                          "AbdelRahman"]),
    "jordanian": dict(pm=0.68, m=["Omar", "Rami", "Ziad", "Fadi", "Samer", "Laith", "Hamza", "Yazan", "Mohammed",
                                  "Ahmed", "Khalid"],
                      f=["Lina", "Rana", "Dana", "Ruba", "Hala", "Farah"],
                      fam=["Haddad", "Nasser", "Odeh", "Qasem", "al:Zoubi", "al:Tamimi", "Obeidat", "Khalaf",
                           "AbuSaleh", "al:Masri", "Hijazi", "Shawabkeh"]),
    "lebanese": dict(pm=0.6, m=["Georges", "Elie", "Charbel", "Joseph", "Rabih", "Tony", "Karim", "Ziad", "Fadi"],
                     f=["Rita", "Nadine", "Maya", "Carla", "Joelle", "Rima"],
                     fam=["elopt:Khoury", "Haddad", "Saab", "AbiNader", "Frem", "Nassar", "Karam", "Fares",
                          "elopt:Hajj", "Daher", "Salameh", "Aoun"]),
    "syrian": dict(pm=0.65, m=["Bassel", "Ammar", "Maher", "Firas", "Ghassan", "Mazen", "Mohammed", "Omar"],
                   f=["Lama", "Rasha", "Hala", "Dima", "Razan"],
                   fam=["al:Halabi", "Kabbani", "al:Attar", "al:Jabri", "Sabbagh", "Dabbagh", "al:Shami", "Kurdi",
                        "Hamwi"]),
    "kerala": dict(pm=0.72, m=["Rajesh", "Suresh", "Anil Kumar", "Sunil Kumar", "Prakash", "Santhosh", "Vinod", "Manoj",
                               "Pradeep", "Sreejith", "Rajeev", "Ajith", "Muhammed_k Ashraf", "AbdulNazar", "Shameer",
                               "Noushad", "Jaleel"],
                   f=["Lakshmi", "Divya", "Sreeja", "Anjali", "Deepa", "Reshma", "Shabna", "Fathima_k"],
                   fam=["Nair", "Menon", "Pillai", "Kurup", "Nambiar", "Panicker", "Warrier"]),
    "kerala_chr": dict(pm=0.65, m=["Thomas", "Biju", "Shaji", "Sajan", "Jijo", "Binu", "Anish", "Jobin", "Jose", "Reji",
                                   "Joseph", "George"],
                       f=["Mary", "Anitha", "Jincy", "Liji", "Shiny", "Sherin", "Bindu", "Elizabeth"],
                       fam=["Mathew", "Varghese", "Kurian", "George", "Thomas", "Philip", "Chacko", "Joseph",
                            "Abraham", "Jacob", "Cherian", "John", "Eapen"]),
    "goan": dict(pm=0.55, m=["Francis", "Agnelo", "Savio", "Joaquim", "Anthony", "Cajetan", "Rosario", "Jude", "Melwyn"],
                 f=["Cheryl", "Lydia", "Maria", "Sonia", "Flavia", "Jacinta", "Shirley"],
                 fam=["DSouza", "Fernandes", "Rodrigues", "Pereira", "DCosta", "DMello", "Gomes", "Menezes", "Pinto",
                      "Colaco", "DCruz", "Noronha", "Carvalho"]),
    "north_indian": dict(pm=0.65, m=["Rahul", "Amit", "Vikram", "Sanjay", "Deepak", "Rohit", "Ankit", "Senthil Kumar",
                                     "Karthik", "Arjun", "Nikhil"],
                         f=["Priya", "Neha", "Pooja", "Kavita", "Sunita", "Meera", "Shalini"],
                         fam=["Sharma", "Gupta", "Mehta", "Singh", "Patel", "Agarwal", "Verma", "Kapoor", "Malhotra",
                              "Jain", "Shah", "Iyer", "Raman", "Reddy", "Chopra"]),
    "pakistani": dict(pm=0.8, m=["Imran", "Asif", "Faisal", "Zeeshan", "Usman", "Bilal", "Kamran", "Tahir", "Naveed",
                                 "Rizwan", "Adnan", "Waqas", "Shahid"],
                      f=["Sana", "Aisha", "Hina", "Saima", "Nadia", "Rabia", "Amna"],
                      fam=["Qureshi", "Khan", "Iqbal", "Ahmed", "Sheikh", "Butt", "Malik", "Chaudhry", "Mahmoud",
                           "Akhtar", "Siddiqui", "Hussain", "Raza", "Javed", "Abbasi", "Mirza"]),
    "filipino": dict(pm=0.45, m=["Jose", "Mark Anthony", "John Paul", "Ramon", "Rodel", "Arnel", "Jerome", "Rey",
                                 "Christian", "Jomar", "Ronaldo", "Ariel"],
                     f=["Maria_ph Cristina", "Mary Grace", "Maria_ph Theresa", "Rowena", "Jennifer", "Lorna",
                        "Marites", "Rhea", "Joy", "Kristine", "Jocelyn", "Analyn", "Maria_ph Lourdes"],
                     fam=["Santos", "Reyes", "DelaCruz", "Garcia", "Mendoza", "Bautista", "Villanueva", "Aquino",
                          "Castillo", "Ramos", "Gonzales", "DelRosario", "Fernandez", "Lopez", "Manalo", "Pascual",
                          "Soriano", "Domingo", "Navarro", "Salazar", "Ocampo", "Tolentino"]),
    "british": dict(pm=0.6, m=["James", "Oliver", "David", "Richard", "Thomas", "Andrew", "Mark", "Paul", "Simon",
                               "Stephen", "Daniel", "Matthew"],
                    f=["Sarah_b", "Emma", "Charlotte", "Claire", "Rebecca", "Katherine", "Louise", "Hannah"],
                    fam=["Whitfield", "Thompson", "Bennett", "Clarke", "Hughes", "Mitchell", "Harrison", "Wright",
                         "Turner", "Cooper", "Edwards", "Phillips", "Robinson", "Walker", "Morgan", "MacDonald",
                         "OBrien", "Fletcher", "Holloway"]),
    "russian": dict(pm=0.5, m=["Dmitry", "Sergey", "Alexey", "Andrey", "Nikolay", "Mikhail", "Ivan", "Pavel", "Vladimir"],
                    f=["Anastasia", "Ekaterina", "Natalia", "Yulia", "Olga", "Svetlana", "Irina", "Tatiana"],
                    fam=["Volkov", "Sokolov", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Morozov", "Lebedev",
                         "Kozlov", "Novikov", "Fedorov", "Orlov"]),
    "french": dict(pm=0.55, m=["Pierre", "Julien", "Nicolas", "Francois", "Olivier", "Sebastien", "Antoine", "Guillaume"],
                   f=["Camille", "Sophie", "Elodie", "Helene", "Celine", "Chloe", "Amelie"],
                   fam=["Dubois", "Laurent", "Moreau", "Lefevre", "Girard", "Mercier", "Fontaine", "Rousseau",
                        "Bonnet", "Lambert", "Chevalier", "Faure", "Garnier", "Leroy", "Dupont"]),
    "iranian": dict(pm=0.62, m=["Reza", "Alireza", "Mehdi", "Mohammad_ir Hossein", "Farhad", "Hamid", "Dariush", "Amir",
                                "Saeed"],
                    f=["Shirin", "Parisa", "Maryam_ir", "Nasrin", "Leila", "Mahsa"],
                    fam=["Tehrani", "Moghadam", "Karimi", "Rahimi", "Farahani", "Ahmadi", "Rezaei", "Hosseini",
                         "Kazemi", "Jafari", "Sadeghi", "Mousavi", "Ghorbani", "Nouri"]),
}
CULTURES = [("emirati", 22), ("gulf", 4), ("egyptian", 8), ("jordanian", 4), ("lebanese", 4), ("syrian", 3),
            ("kerala", 8), ("kerala_chr", 5), ("goan", 3), ("north_indian", 6), ("pakistani", 8), ("filipino", 9),
            ("british", 7), ("russian", 4), ("french", 2), ("iranian", 3)]
CONTACT_CULTURES = [("emirati", 8), ("egyptian", 10), ("jordanian", 6), ("lebanese", 6), ("syrian", 4),
                    ("kerala", 14), ("kerala_chr", 8), ("goan", 4), ("north_indian", 10), ("pakistani", 10),
                    ("filipino", 10), ("british", 6), ("russian", 2), ("iranian", 2)]
ARAB_CHAIN = ("emirati", "gulf")
FATHER_MIDDLE = ("egyptian", "jordanian", "syrian")

# ============================================================= place data
PLACE_W = [("Dubai", 50), ("Abu Dhabi", 17), ("Sharjah", 14), ("Ajman", 6), ("Ras Al Khaimah", 5), ("Al Ain", 5),
           ("Fujairah", 3)]
PLACE_INFO = {  # place -> (emirate, landline area code, abbreviation)
    "Dubai": ("Dubai", "4", "DXB"), "Abu Dhabi": ("Abu Dhabi", "2", "AUH"), "Sharjah": ("Sharjah", "6", "SHJ"),
    "Ajman": ("Ajman", "6", "AJM"), "Ras Al Khaimah": ("Ras Al Khaimah", "7", "RAK"), "Al Ain": ("Abu Dhabi", "3", "Al Ain"),
    "Fujairah": ("Fujairah", "9", "FUJ")}
AREAS = {
    "Dubai": {
        "apt": ["Dubai Marina", "Jumeirah Lake Towers", "Jumeirah Beach Residence", "Business Bay", "Downtown Dubai",
                "Al Barsha 1", "Al Nahda 1", "Al Nahda 2", "Deira", "Bur Dubai", "Al Karama", "Al Qusais 1",
                "Dubai Silicon Oasis", "Dubai Sports City", "International City", "Jumeirah Village Circle",
                "Al Satwa", "Barsha Heights", "Al Mankhool", "Al Rigga"],
        "villa": ["Al Barsha 2", "Al Barsha 3", "Jumeirah 1", "Jumeirah 3", "Umm Suqeim 2", "Mirdif", "Al Warqa 1",
                  "Al Mizhar 1", "Nad Al Sheba 1", "Al Khawaneej 1", "Al Twar 2", "Al Safa 1", "Umm Al Sheif"],
        "office": [("Trade Centre 1", "Sheikh Zayed Road"), ("Business Bay", "Al Abraj Street"),
                   ("Port Saeed", "Al Maktoum Road"), ("Bur Dubai", "Khalid Bin Al Waleed Road"),
                   ("Al Garhoud", "Airport Road"), ("Al Qusais 1", "Damascus Street"),
                   ("Al Barsha 1", "Sheikh Zayed Road"), ("Oud Metha", "Oud Metha Road"), ("Deira", "Al Rigga Road")],
        "ind": ["Al Quoz Industrial Area 3", "Al Quoz Industrial Area 4", "Ras Al Khor Industrial Area 2",
                "Al Qusais Industrial Area 4", "Dubai Investments Park 1", "Jebel Ali Industrial Area 1"]},
    "Abu Dhabi": {
        "apt": ["Al Reem Island", "Al Khalidiya", "Tourist Club Area", "Al Raha Beach", "Al Muroor", "Al Nahyan",
                "Al Danah"],
        "villa": ["Khalifa City A", "Mohammed Bin Zayed City", "Al Mushrif", "Al Bateen", "Al Shamkha", "Baniyas East"],
        "office": [("Al Markaziya", "Hamdan Street"), ("Al Khalidiya", "Electra Street"), ("Al Nahyan", "Airport Road"),
                   ("Al Danah", "Corniche Road"), ("Tourist Club Area", "Al Falah Street")],
        "ind": ["Mussafah Industrial Area", "ICAD 1", "Mussafah Shabiya"]},
    "Sharjah": {
        "apt": ["Al Majaz 1", "Al Majaz 3", "Al Nahda", "Al Taawun", "Al Khan", "Al Qasba", "Abu Shagara",
                "Al Qasimia", "Muwaileh Commercial"],
        "villa": ["Al Fisht", "Al Azra", "Al Rahmaniya", "Al Suyoh", "Al Riqa", "Halwan", "Al Ramtha"],
        "office": [("Al Majaz 2", "Al Wahda Street"), ("Al Qasimia", "King Faisal Street"), ("Rolla", "Al Arouba Street"),
                   ("Al Taawun", "Al Taawun Street")],
        "ind": ["Industrial Area 6", "Industrial Area 13", "Industrial Area 15"]},
    "Ajman": {
        "apt": ["Al Nuaimiya 1", "Al Nuaimiya 3", "Al Rashidiya 1", "Ajman Corniche", "Al Bustan"],
        "villa": ["Al Rawda 1", "Al Mowaihat 2", "Al Jurf 2", "Al Helio 1"],
        "office": [("Al Nuaimiya 1", "Sheikh Khalifa Bin Zayed Street"), ("Al Rashidiya 1", "Al Ittihad Street")],
        "ind": ["Ajman Industrial Area 1", "Ajman Industrial Area 2"]},
    "Ras Al Khaimah": {
        "apt": ["Al Nakheel", "Al Hamra Village", "Mina Al Arab", "Julphar"],
        "villa": ["Al Dhait South", "Khuzam", "Al Mairid", "Seih Al Uraibi"],
        "office": [("Al Nakheel", "Oman Street"), ("Al Qusaidat", "Sheikh Muhammad Bin Salem Road")],
        "ind": ["Al Jazeera Al Hamra Industrial Area", "Al Ghail Industrial Area"]},
    "Al Ain": {
        "apt": ["Al Jimi", "Al Mutaredh", "Central District"],
        "villa": ["Al Muwaiji", "Al Towayya", "Zakher", "Al Maqam", "Falaj Hazza"],
        "office": [("Central District", "Khalifa Bin Zayed Street"), ("Al Jimi", "Zayed Bin Sultan Street")],
        "ind": ["Al Ain Industrial Area"]},
    "Fujairah": {
        "apt": ["Al Faseel", "Sakamkam", "Al Gurfa"],
        "villa": ["Madhab", "Al Hail", "Dibba Al Fujairah"],
        "office": [("Fujairah City", "Hamad Bin Abdullah Road")],
        "ind": ["Fujairah Industrial Area"]},
}
AREA_ABBR = {"Jumeirah Lake Towers": "JLT", "Jumeirah Beach Residence": "JBR", "Jumeirah Village Circle": "JVC",
             "Dubai Silicon Oasis": "DSO", "Dubai Investments Park 1": "DIP 1", "Mohammed Bin Zayed City": "MBZ City",
             "Dubai Sports City": "Sports City", "Barsha Heights": "Tecom", "Downtown Dubai": "Downtown",
             "International City": "Intl City", "Trade Centre 1": "DWTC"}
BA = ["Marina", "Lake", "Palm", "Crescent", "Sapphire", "Emerald", "Golden", "Silver", "Pearl", "Royal", "Ocean", "Sky",
      "Sun", "Al Waha", "Al Noor", "Al Reem", "Al Safa", "Al Zahra", "Al Fajr", "Al Shams", "Al Manara", "Al Bustan",
      "Al Yasmeen", "Al Qamar", "Horizon", "Park", "Bay", "Creek", "Harbour", "Oasis", "Cedar", "Jasmine", "Orchid",
      "Lotus", "Diamond", "Ruby", "Topaz", "Coral", "Falcon", "Desert", "Regal", "Bluewater", "Amber", "Ivory"]
BB = ["Heights", "Residence", "Tower", "Towers", "Court", "Plaza", "Gate", "View", "Park", "Residences", "Apartments",
      "Building", "Point", "Square", "Terrace", "Mansion", "House", "Star"]
OWN_FAM = ["Al Moosa", "Al Attar", "Al Saqr", "Al Shafar", "Al Kazim", "Al Owais", "Al Jaziri", "Al Hamli",
           "Al Serkal", "Al Otaiba", "Bin Shabib", "Al Mulla", "Al Yousuf", "Al Gaith", "Al Fardan"]
FZ = [  # code, place, city label, legal forms, unit type, weight
    ("JAFZA", "Dubai", "Jebel Ali Free Zone", ["FZE", "FZCO"], "office", 18),
    ("DAFZA", "Dubai", "Dubai Airport Free Zone", ["FZE", "FZCO"], "office", 10),
    ("DMCC", "Dubai", "Jumeirah Lake Towers", ["DMCC"], "office", 16),
    ("DSO", "Dubai", "Dubai Silicon Oasis", ["FZE", "FZCO"], "office", 6),
    ("DIC", "Dubai", "Dubai Internet City", ["FZLLC"], "office", 7),
    ("DMC", "Dubai", "Dubai Media City", ["FZLLC"], "office", 5),
    ("SAIF", "Sharjah", "SAIF Zone", ["FZE"], "office", 8),
    ("HFZ", "Sharjah", "Hamriyah Free Zone", ["FZE"], "warehouse", 4),
    ("AFZ", "Ajman", "Ajman Free Zone", ["FZE"], "office", 5),
    ("RAKEZ", "Ras Al Khaimah", "Al Hamra Industrial Zone", ["FZLLC", "FZE"], "office", 6),
    ("FFZ", "Fujairah", "Fujairah Free Zone", ["FZE", "FZLLC"], "office", 3),
    ("KIZAD", "Abu Dhabi", "Khalifa Industrial Zone", ["FZE"], "plot", 4),
    ("2454", "Abu Dhabi", "Khalifa Park", ["FZLLC"], "office", 3),
]

# ============================================================== org data
FORMS = {
    "LLC": ["LLC", "L.L.C", "L.L.C.", "Limited Liability Company"],
    "CO_LLC": ["Co. L.L.C", "Co. LLC", "Company LLC", "Co. (L.L.C)"],
    "EST": ["Est.", "Est", "Establishment"],
    "SOLE": ["- Sole Proprietorship L.L.C.", "Sole Proprietorship LLC", "(Sole Proprietorship) L.L.C."],
    "FZE": ["FZE", "F.Z.E", "F.Z.E."],
    "FZLLC": ["FZ-LLC", "FZ LLC", "FZLLC", "F.Z-LLC"],
    "FZCO": ["FZCO", "FZ Co.", "F.Z.CO"],
    "DMCC": ["DMCC", "D.M.C.C"],
}
MAINLAND_FORMS = ("LLC", "CO_LLC", "EST", "SOLE")
FORM_LABEL = {"LLC": "LLC", "CO_LLC": "Co. LLC", "EST": "Est.", "SOLE": "Sole Proprietorship LLC", "FZE": "FZE",
              "FZLLC": "FZ-LLC", "FZCO": "FZCO", "DMCC": "DMCC"}
FREEZONE_FORMS = ("FZE", "FZLLC", "FZCO", "DMCC")
TYPEVAR = {
    "General Trading": ["General Trading", "Gen. Trdg.", "Gen Trading", "General Trdg."],
    "Trading": ["Trading", "Trdg", "Trdg."],
    "Building Materials Trading": ["Building Materials Trading", "Building Material Trading", "Bldg. Materials Trdg."],
    "Foodstuff Trading": ["Foodstuff Trading", "Foodstuffs Trading", "Foodstuff Trdg."],
    "Electronics Trading": ["Electronics Trading", "Electronics Trdg."],
    "Auto Spare Parts Trading": ["Auto Spare Parts Trading", "Auto Spare Parts Trdg.", "Auto Spareparts Trading"],
    "Textiles Trading": ["Textiles Trading", "Textile Trading", "Textiles Trdg."],
    "Perfumes Trading": ["Perfumes Trading", "Perfume Trading", "Perfumes Trdg."],
    "Furniture Trading": ["Furniture Trading", "Furniture Trdg."],
    "Technical Services": ["Technical Services", "Tech. Services", "Technical Svcs."],
    "Contracting": ["Contracting", "Contg."],
    "Electromechanical Works": ["Electromechanical Works", "Electro Mechanical Works", "Electro-Mechanical Works"],
    "Logistics": ["Logistics", "Logistics Services"],
    "Travel & Tourism": ["Travel & Tourism", "Travel and Tourism", "Travel & Tours"],
    "Real Estate Brokers": ["Real Estate Brokers", "Real Estate Brokerage"],
    "IT Solutions": ["IT Solutions", "I.T. Solutions"],
    "Consultancy": ["Consultancy", "Consultants"],
    "Events Management": ["Events Management", "Event Management"],
    "Equipment Rental": ["Equipment Rental", "Equipment Rentals"],
    "Interior Decoration": ["Interior Decoration", "Interior Decor"],
    "Steel Fabrication": ["Steel Fabrication", "Steel Fab."],
    "Marine Services": ["Marine Services", "Marine Svcs."],
    "Printing Press": ["Printing Press", "Printing"],
    "Medical Centre": ["Medical Centre", "Medical Center", "Med. Centre", "Medical Ctr."],
    "Polyclinic": ["Polyclinic", "Poly Clinic"],
    "Dental Clinic": ["Dental Clinic", "Dental Clinics"],
    "Physiotherapy Centre": ["Physiotherapy Centre", "Physiotherapy Center", "Physio Centre"],
    "Diagnostic Centre": ["Diagnostic Centre", "Diagnostic Center", "Diagnostics Centre"],
    "Day Surgery Centre": ["Day Surgery Centre", "Day Surgery Center"],
    "Medical Clinic": ["Medical Clinic", "Med. Clinic"],
    "Nursery": ["Nursery", "Nursery School"],
    "Private School": ["Private School", "Pvt. School", "Pvt School"],
    "British School": ["British School", "British Sch."],
    "Indian High School": ["Indian High School", "Indian High Sch.", "Indian H.S."],
    "International School": ["International School", "Intl. School", "Int'l School"],
    "Kindergarten": ["Kindergarten", "KG"],
    "Early Learning Centre": ["Early Learning Centre", "Early Learning Center"],
    "Hotel Apartments": ["Hotel Apartments", "Hotel Apts", "Hotel Apartment", "Hotel Apts."],
    "Hotel": ["Hotel"],
    "Suites Hotel": ["Suites Hotel", "Hotel Suites"],
    "Villas Compound": ["Villas Compound", "Villa Compound", "Villas Comp."],
    "Residential Compound": ["Residential Compound", "Res. Compound"],
    "Restaurant": ["Restaurant", "Rest.", "Restaurants"],
    "Cafeteria": ["Cafeteria", "Cafetaria"],
    "Cafe": ["Cafe", "Café"],
    "Grill": ["Grill", "Grills"],
    "Kitchen": ["Kitchen"],
    "Sweets": ["Sweets"],
    "Bakery": ["Bakery", "Bakeries"],
    "Ladies Salon": ["Ladies Salon", "Ladies Saloon", "Ladies Beauty Salon"],
    "Gents Salon": ["Gents Salon", "Gents Saloon"],
    "Laundry": ["Laundry", "Laundry Services"],
    "Fitness Centre": ["Fitness Centre", "Fitness Center"],
    "Typing Centre": ["Typing Centre", "Typing Center"],
    "Auto Repairing Workshop": ["Auto Repairing Workshop", "Auto Repair Workshop", "Auto Repairing W/Shop"],
    "Car Rental": ["Car Rental", "Rent A Car"],
    "Supermarket": ["Supermarket", "Super Market"],
    "Grocery": ["Grocery", "Groceries"],
    "Pharmacy": ["Pharmacy"],
    "Tailoring": ["Tailoring", "Tailors"],
    "Labour Accommodation": ["Labour Accommodation", "Labor Accommodation", "Labour Camp"],
    "Property Management": ["Property Management", "Property Mgmt."],
    "Owners Association": ["Owners Association", "OA", "Owners' Association", "Owners Assn."],
    "Community": ["Community", "Community Association", "Master Community"],
    "Developments": ["Developments", "Development"],
}
TRADING_TYPES = ["General Trading", "General Trading", "Trading", "Building Materials Trading", "Foodstuff Trading",
                 "Electronics Trading", "Auto Spare Parts Trading", "Textiles Trading", "Perfumes Trading",
                 "Furniture Trading", "Technical Services", "Technical Services", "Contracting",
                 "Electromechanical Works", "Logistics", "Travel & Tourism", "Real Estate Brokers", "IT Solutions",
                 "Consultancy", "Events Management", "Equipment Rental", "Interior Decoration", "Steel Fabrication",
                 "Marine Services", "Printing Press"]
FZ_TYPES = ["General Trading", "Trading", "Logistics", "IT Solutions", "Consultancy", "Electronics Trading",
            "Foodstuff Trading", "Marine Services", "Events Management", "Perfumes Trading"]
BRANCH_TYPES = ["Technical Services", "Contracting", "General Trading", "Electromechanical Works", "Logistics",
                "Real Estate Brokers", "Equipment Rental", "Building Materials Trading"]
SCHOOL_TYPES = ["Nursery", "Nursery", "Private School", "British School", "Indian High School", "International School",
                "Kindergarten", "Early Learning Centre"]
CLINIC_TYPES = ["Medical Centre", "Medical Centre", "Polyclinic", "Dental Clinic", "Physiotherapy Centre",
                "Diagnostic Centre", "Day Surgery Centre", "Medical Clinic"]
HOTEL_TYPES = ["Hotel Apartments", "Hotel Apartments", "Hotel", "Suites Hotel"]
COMPOUND_TYPES = ["Villas Compound", "Residential Compound", "Villas Compound"]
RESTO_TYPES = ["Restaurant", "Restaurant", "Cafeteria", "Cafeteria", "Cafe", "Grill", "Kitchen", "Sweets", "Bakery"]
BUSINESS_TYPES = [("Ladies Salon", "shop"), ("Gents Salon", "shop"), ("Laundry", "shop"), ("Fitness Centre", "shop"),
                  ("Typing Centre", "shop"), ("Auto Repairing Workshop", "warehouse"), ("Car Rental", "shop"),
                  ("Supermarket", "shop"), ("Grocery", "shop"), ("Pharmacy", "shop"), ("Tailoring", "shop"),
                  ("Labour Accommodation", "plot")]
CORE_AL = ["Al Noor", "Al Bayan", "Al Fajr", "Al Reem", "Al Safa", "Al Wasl", "Al Manara", "Al Hikma", "Al Yasmeen",
           "Al Sahraa", "Al Marwa", "Al Furqan", "Al Barakah", "Al Khaleej", "Al Maha", "Al Shams", "Al Qamar",
           "Al Waha", "Al Nakheel", "Al Jazeera", "Al Badr", "Al Zahra", "Al Rayyan", "Al Salam", "Al Amal",
           "Al Najah", "Al Tawfiq", "Al Itqan", "Al Sadaf", "Al Murjan", "Al Ameen", "Al Bustan", "Al Hilal",
           "Al Kawthar", "Al Sharq", "Al Fursan", "Al Nujoom", "Al Dana", "Al Luluah", "Al Anwar", "Al Sanabel",
           "Al Sidra", "Al Ghaf", "Al Yarmouk", "Al Rawabi", "Al Mumtaz", "Al Madina", "Al Andalus", "Al Asalah",
           "Al Wafa", "Al Ikhlas", "Al Thuraya", "Al Jawhara", "Al Motahida", "Al Khaima", "Al Fahidi"]
CORE_A = ["Golden", "Silver", "Blue", "Green", "Royal", "Grand", "Prime", "Smart", "Bright", "New", "Modern", "Desert",
          "Gulf", "Arabian", "Emirates", "Eastern", "Sky", "Star", "Crystal", "Ocean", "Sun", "Noble", "White", "Red",
          "Orient", "Atlas", "Pearl", "Falcon", "Cedar", "Unique", "Rapid", "Swift", "Global", "Metro", "Delta"]
CORE_B = ["Falcon", "Crescent", "Rose", "Pearl", "Sands", "Oasis", "Horizon", "Link", "Line", "Way", "Vision", "Palm",
          "Dune", "Gate", "Bridge", "Wave", "Light", "Crown", "Arrow", "Stone", "Leaf", "Hawk", "Dolphin", "Shield",
          "Point", "Peak", "Lotus", "Spring", "Harbour", "Field", "Anchor", "Compass", "Summit", "Bloom"]
CORE_EXPAT = ["Malabar", "Kerala", "Deccan", "Manila", "Luzon", "Caspian", "Volga", "Nile", "Indus", "Levant",
              "Damascus", "Beirut", "Lahore", "Karachi", "Punjab", "Bengal", "Goa", "Cochin", "Calicut", "Mangalore",
              "Visayas", "Mindanao", "Shiraz", "Isfahan", "Tabriz", "Aleppo", "Cairo", "Alexandria", "Amman"]
RESTO_CORE = ["Bait Al Mandi", "Tandoor Junction", "Manila Kusina", "Malabar Spice", "Beirut Bites", "Karak Corner",
              "Shawarma Station", "Pinoy Grill", "Lahore Tikka House", "Damascus Gate", "Kerala Thattukada",
              "Udupi Park", "Falafel Corner", "Mandi House", "Noodle Bay", "Chapati Point", "Biryani Box",
              "Hyderabad House", "Cairo Koshary", "Aleppo Kitchen", "Kabayan Kitchen", "Mumbai Chowpatty",
              "Punjabi Dhaba", "Saj Express", "Kunafa Corner", "Dosa Plaza", "Tikka Town", "Adobo House",
              "Persian Saffron", "Samovar Tea House", "Zaitoun Kitchen", "Fish Market Grill"]
COMM_X = ["Sahra", "Rimal", "Wadi", "Ghaf", "Reef", "Yasmin", "Zahra", "Nakhla", "Bustan", "Warda", "Sidra", "Shams",
          "Marjan", "Lulu", "Nujoom", "Ghadeer", "Samar", "Hadeel"]
COMM_Y = ["Gardens", "Hills", "Meadows", "Lakes", "Village", "Springs", "Greens", "Terraces", "Grove"]
ORG_LOCALS = ["accounts", "info", "admin", "finance", "facilities", "office", "procurement", "operations",
              "contact", "payables"]
FREEMAIL = [("gmail.com", 45), ("yahoo.com", 12), ("hotmail.com", 15), ("outlook.com", 10), ("icloud.com", 5),
            ("live.com", 5), ("eim.ae", 5), ("emirates.net.ae", 3)]
MOB_PREFIX = ["50", "52", "54", "55", "56", "58"]


# ====================================================== shared normalisers
# (check.py carries an independent copy of these)
def phone_norm(s):
    if not s:
        return None
    d = re.sub(r"\D", "", s)
    if d.startswith("00"):
        d = d[2:]
    if d.startswith("971"):
        pass
    elif d.startswith("0"):
        d = "971" + d[1:]
    elif len(d) == 9:
        d = "971" + d
    return d or None


def near1(a, b):
    """optimal-string-alignment distance exactly 1"""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def email_near(e1, e2):
    if not e1 or not e2:
        return False
    l1, _, d1 = e1.lower().partition("@")
    l2, _, d2 = e2.lower().partition("@")
    return d1 == d2 and near1(l1, l2)


UNIT_LABELS = {"apt": "unit", "apartment": "unit", "flat": "unit", "unit": "unit", "villa": "villa",
               "office": "office", "ofc": "office", "shop": "shop", "plot": "plot", "warehouse": "warehouse",
               "wh": "warehouse"}
TOKEN_MAP = {"st": "street", "str": "street", "rd": "road", "twr": "tower", "bldg": "building",
             "szr": "sheikh zayed road"}


def addr_key(line1):
    if not line1:
        return None
    s = ascii_fold(line1).lower()
    s = re.sub(r"\bground floor\b", " ", s)
    s = re.sub(r"\bgf\b", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = []
    for t in s.split():
        toks.extend(TOKEN_MAP.get(t, t).split())
    toks = [t for t in toks if t != "no"]
    unit = ""
    for i in range(len(toks) - 1):
        if toks[i] in UNIT_LABELS and re.search(r"\d", toks[i + 1]):
            unit = UNIT_LABELS[toks[i]] + " " + toks[i + 1]
            del toks[i:i + 2]
            break
    rest = " ".join(toks)
    if not rest and not unit:
        return None
    return unit + "|" + rest


def rec_addr_key(rec):
    a = rec.get("address")
    return addr_key(a.get("line1")) if a else None


def evidence(r0, r1):
    ev = []
    e0 = (r0.get("email") or "").lower()
    e1 = (r1.get("email") or "").lower()
    if e0 and e1:
        if e0 == e1:
            ev.append("email")
        elif email_near(e0, e1):
            ev.append("email_near")
    p0, p1 = phone_norm(r0.get("phone")), phone_norm(r1.get("phone"))
    if p0 and p0 == p1:
        ev.append("phone")
    k0, k1 = rec_addr_key(r0), rec_addr_key(r1)
    if k0 and k0 == k1:
        ev.append("address")
    return ev


EMIRATE_NAMES = {"dubai": "Dubai", "abu dhabi": "Abu Dhabi", "sharjah": "Sharjah", "ajman": "Ajman",
                 "ras al khaimah": "Ras Al Khaimah", "rak": "Ras Al Khaimah", "fujairah": "Fujairah",
                 "al ain": "Abu Dhabi", "umm al quwain": "Umm Al Quwain"}


def rec_emirate(rec):
    a = rec.get("address")
    if not a:
        return None
    for f in ("region", "city"):
        v = (a.get(f) or "").strip().lower()
        if v in EMIRATE_NAMES:
            return EMIRATE_NAMES[v]
    return None


# ============================================================ registries
IDS = {}
EMAILS = {}
EMAIL_DEL = {}
PHONES = {}
ADDR = {}
BUILDINGS = {}
AREA_BUILDINGS = {}
CORES = {}
DOMAINS = {}


def reset_registries():
    for d in (IDS, EMAILS, EMAIL_DEL, PHONES, ADDR, BUILDINGS, AREA_BUILDINGS, CORES, DOMAINS):
        d.clear()


def new_id():
    while True:
        h = "c%07x" % R.getrandbits(28)
        if h not in IDS:
            IDS[h] = 1
            return h


def _dels(local):
    return [local] + [local[:i] + local[i + 1:] for i in range(len(local))]


def email_conflicts(e):
    e = e.lower()
    local, _, dom = e.partition("@")
    out = []
    if e in EMAILS:
        out.append(e)
    for v in _dels(local):
        for other in EMAIL_DEL.get((dom, v), ()):
            if other != e and other not in out and near1(other.partition("@")[0], local):
                out.append(other)
    return out


def register_email(e):
    e = e.lower()
    if e in EMAILS:
        return
    EMAILS[e] = 1
    local, _, dom = e.partition("@")
    for v in _dels(local):
        EMAIL_DEL.setdefault((dom, v), []).append(e)


def try_email(e, allow=()):
    c = [x for x in email_conflicts(e) if x not in allow]
    if c:
        return False
    register_email(e)
    return True


def new_phone(kind, place):
    while True:
        if kind == "mobile":
            d = "971" + ch(MOB_PREFIX) + str(R.randint(1000000, 9999999))
        else:
            d = "971" + PLACE_INFO[place][1] + str(R.randint(2, 8)) + "%06d" % R.randrange(1000000)
        if d not in PHONES:
            PHONES[d] = 1
            return d


def digit_off(d):
    while True:
        i = R.randrange(len(d) - 7, len(d))
        nd = d[:i] + str((int(d[i]) + R.randint(1, 9)) % 10) + d[i + 1:]
        if i == len(d) - 7 and nd[i] == "0":
            continue
        if nd not in PHONES:
            PHONES[nd] = 1
            return nd


def fmt_phone(d, i):
    rest = d[3:]
    if rest[0] == "5":
        p, s = rest[:2], rest[2:]
        F = ["+971 %s %s %s" % (p, s[:3], s[3:]), "+971%s%s" % (p, s), "00971%s%s" % (p, s), "0%s-%s" % (p, s),
             "0%s%s" % (p, s), "971%s%s" % (p, s), "0%s %s %s" % (p, s[:3], s[3:]), "+971-%s-%s" % (p, s)]
    else:
        a, s = rest[0], rest[1:]
        F = ["+971 %s %s %s" % (a, s[:3], s[3:]), "0%s %s %s" % (a, s[:3], s[3:]), "0%s-%s" % (a, s),
             "0%s%s" % (a, s), "00971%s%s" % (a, s), "+971%s%s" % (a, s), "971 %s %s" % (a, s),
             "+971-%s-%s" % (a, s)]
    return F[i % len(F)]


def fmt_email(e, mode):
    if mode == 1:
        local, _, dom = e.partition("@")
        local = ".".join(x[:1].upper() + x[1:] for x in local.split("."))
        return local + "@" + dom
    if mode == 2:
        return e.upper()
    return e


# ============================================================== addresses
ULABEL = {"apt": ["Apt", "Flat", "Apartment", "Apt.", "Unit"], "villa": ["Villa", "Villa No."],
          "office": ["Office", "Office No.", "Ofc"], "shop": ["Shop", "Shop No."], "plot": ["Plot", "Plot No."],
          "warehouse": ["Warehouse", "Warehouse No.", "WH"]}
COUNTRY = ["AE", "UAE", "United Arab Emirates", None]
POBOX_FMT = ["P.O. Box {}", "PO Box {}", "P.O.Box {}", "POB {}"]
ABBR_FLAGS = ["street", "road", "tower", "building", "szr", "floor"]


def abbr_part(p, fl):
    if "szr" in fl:
        p = p.replace("Sheikh Zayed Road", "SZR")
    if "road" in fl:
        p = re.sub(r"\bRoad\b", "Rd", p)
    if "street" in fl:
        p = re.sub(r"\bStreet\b", "St.", p)
    if "tower" in fl:
        p = re.sub(r"\bTower\b", "Twr", p)
    if "building" in fl:
        p = re.sub(r"\bBuilding\b", "Bldg", p)
    if "floor" in fl:
        p = p.replace("Ground Floor", "GF")
    return p


def cse(s, c):
    if s is None:
        return None
    if c == "upper":
        return s.upper()
    if c == "lower":
        return s.lower()
    return s


def line1_of(a, s):
    parts = [abbr_part(p, s["abbr"]) for p in a["parts"]]
    comps = list(parts)
    if a["utype"]:
        labs = ULABEL[a["utype"]]
        u = "%s %s" % (labs[s["ul"] % len(labs)], a["unit"])
        if s["swap"] and a["utype"] in ("apt", "office"):
            comps = comps + [u]
        else:
            comps = [u] + comps
    line1 = (", " if s["commas"] else " ").join(comps)
    return cse(line1, s["case"])


def render_address(a, s):
    line1 = line1_of(a, s)
    line2 = None
    if s["line2"] == "pobox" and a["pobox"]:
        line2 = POBOX_FMT[s["pbf"] % 4].format(a["pobox"])
    elif s["line2"] == "makani" and a["makani"]:
        line2 = "Makani " + a["makani"][:5] + " " + a["makani"][5:]
    elif s["line2"] == "area" and a["area"] and a["area"].lower() not in line1.lower():
        line2 = a["area"]
    c = s["city"]
    if c == "area":
        city = a["area"] or a["place"]
    elif c == "abbr":
        city = AREA_ABBR.get(a["area"] or "", a["place"])
    elif c == "emirate":
        city = a["place"]
    else:
        city = None
    region = PLACE_INFO[a["place"]][0] if s["region"] else None
    postal = {"null": None, "zeros": "00000", "pobox": a["pobox"]}[s["postal"]]
    return {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postal,
            "country": COUNTRY[s["country"]]}


CANON_ADDR_STYLE = {"ul": 0, "abbr": [], "case": "as", "commas": True, "swap": False}


def canon_key(a):
    return addr_key(line1_of(a, CANON_ADDR_STYLE))


def mk_res_building(place, area):
    while True:
        name = "%s %s" % (ch(BA), ch(BB))
        if pr(0.2):
            name += " " + ch(["1", "2", "3", "A", "B"])
        k = slug(name)
        if k not in BUILDINGS:
            BUILDINGS[k] = (place, area)
            AREA_BUILDINGS.setdefault((place, area, "res"), []).append(name)
            return name


def mk_off_building(place, area):
    while True:
        name = ch(["%s Tower %d" % (ch(OWN_FAM), R.randint(1, 3)), "%s Business Centre" % ch(BA),
                   "%s Business Tower" % ch(BA), "%s Building" % ch(OWN_FAM), "%s Commercial Building" % ch(BA)])
        k = slug(name)
        if k not in BUILDINGS:
            BUILDINGS[k] = (place, area)
            AREA_BUILDINGS.setdefault((place, area, "off"), []).append(name)
            return name


def pick_building(place, area, kind="res", reuse=0.55):
    lst = AREA_BUILDINGS.get((place, area, kind), [])
    if lst and pr(reuse):
        return ch(lst)
    return mk_res_building(place, area) if kind == "res" else mk_off_building(place, area)


def mk_addr(utype, place, area=None, building=None, register=True, zone=None):
    for _ in range(2000):
        a = {"utype": utype, "unit": None, "parts": [], "area": None, "place": place, "pobox": None, "makani": None}
        if utype == "apt":
            ar = area or ch(AREAS[place]["apt"])
            b = building or pick_building(place, ar)
            a["unit"] = str(R.randint(1, 40) * 100 + R.randint(1, 18))
            a["parts"] = [b]
            a["area"] = ar
        elif utype == "villa":
            ar = area or ch(AREAS[place]["villa"])
            a["unit"] = str(R.randint(1, 140))
            a["parts"] = ["Street %d" % R.randint(1, 60), ar]
            a["area"] = ar
        elif utype == "office":
            ar, street = area or ch(AREAS[place]["office"])
            b = pick_building(place, ar, "off", 0.5)
            a["unit"] = str(R.randint(1, 38) * 100 + R.randint(1, 15))
            a["parts"] = [b, street]
            a["area"] = ar
        elif utype == "shop":
            ar = area or ch(AREAS[place]["apt"] + [o[0] for o in AREAS[place]["office"]])
            b = ("Building %d" % R.randint(1, 60)) if pr(0.5) else pick_building(place, ar)
            a["unit"] = str(R.randint(1, 24))
            a["parts"] = ["Ground Floor", b, ar]
            a["area"] = ar
        elif utype == "plot":
            ar = area or ch(AREAS[place]["villa"] + AREAS[place]["apt"])
            a["unit"] = "%d-%d" % (R.randint(100, 699), R.randint(100, 9999))
            a["parts"] = ["Street %d" % R.randint(1, 40), ar]
            a["area"] = ar
        elif utype == "warehouse":
            ar = area or ch(AREAS[place]["ind"])
            a["unit"] = str(R.randint(1, 80))
            a["parts"] = ["Street %d" % R.randint(1, 30), ar]
            a["area"] = ar
        elif utype == "tower":
            ar = area or ch(AREAS[place]["apt"])
            b = building or mk_res_building(place, ar)
            a["utype"] = None
            a["parts"] = [b]
            a["area"] = ar
        elif utype == "community":
            a["utype"] = None
            a["parts"] = ["Community Management Office", building]
            a["area"] = area
        elif utype == "fz":
            code, zplace, zarea, _forms, zu, _w = zone
            a["place"] = zplace
            a["area"] = zarea
            a["utype"] = zu
            if code == "JAFZA":
                a["parts"] = ["LOB %d" % R.randint(1, 21), "Jebel Ali Free Zone"]
            elif code == "DAFZA":
                a["parts"] = ["Building %d%s" % (R.randint(1, 8), ch("EWAB")), "Dubai Airport Free Zone"]
            elif code == "DMCC":
                a["parts"] = [pick_building("Dubai", "Jumeirah Lake Towers"), "Cluster %s" % ch("ABCDEFGHIJKLMNOPQRSTUVWXY")]
            elif code == "DSO":
                a["parts"] = ["Techno Hub %d" % R.randint(1, 2), "Dubai Silicon Oasis"]
            elif code == "DIC":
                a["parts"] = ["Building %d" % R.randint(1, 20), "Dubai Internet City"]
            elif code == "DMC":
                a["parts"] = ["Building %d" % R.randint(1, 12), "Dubai Media City"]
            elif code == "SAIF":
                a["parts"] = ["Q%d Building" % R.randint(1, 4), "SAIF Zone"]
            elif code == "HFZ":
                a["parts"] = ["Phase %d" % R.randint(1, 3), "Hamriyah Free Zone"]
            elif code == "AFZ":
                a["parts"] = ["Block %s" % ch("ABC"), "Ajman Free Zone"]
            elif code == "RAKEZ":
                a["parts"] = ["Business Centre %d" % R.randint(1, 5), "RAKEZ Al Hamra"]
            elif code == "FFZ":
                a["parts"] = ["Block %s" % ch("ABCD"), "Fujairah Free Zone"]
            elif code == "KIZAD":
                a["parts"] = ["Block %d" % R.randint(1, 9), "KIZAD"]
            else:
                a["parts"] = ["Building %d" % R.randint(1, 4), "twofour54"]
            if zu == "plot":
                a["unit"] = "%d-%d" % (R.randint(10, 99), R.randint(100, 999))
            elif zu == "warehouse":
                a["unit"] = str(R.randint(1, 120))
            else:
                a["unit"] = str(R.randint(1, 25) * 100 + R.randint(1, 40))
        k = canon_key(a)
        if k in ADDR:
            continue
        if register:
            ADDR[k] = 1
        return a
    raise RuntimeError("address space exhausted")


def addr_extras(a, org):
    if pr(0.6 if org else 0.14):
        a["pobox"] = str(R.randint(1000, 99999))
    if pr(0.07):
        a["makani"] = "%05d%05d" % (R.randint(10000, 99999), R.randrange(100000))
    return a


def addr_style():
    s = {"ul": wch([(0, 70), (1, 10), (2, 8), (3, 6), (4, 6)]), "abbr": [f for f in ABBR_FLAGS if pr(0.1)],
         "case": wch([("as", 88), ("upper", 9), ("lower", 3)]), "commas": pr(0.9), "swap": pr(0.04),
         "city": wch([("area", 45), ("emirate", 38), ("abbr", 6), ("null", 11)]), "region": pr(0.65),
         "country": wch([(0, 30), (1, 25), (2, 30), (3, 15)]),
         "postal": wch([("null", 60), ("zeros", 25), ("pobox", 15)]),
         "line2": wch([("none", 50), ("pobox", 35), ("makani", 6), ("area", 9)]), "pbf": R.randrange(4)}
    return s


# ================================================================= persons
def parse_fam(s):
    if ":" in s:
        pt, root = s.split(":")
        return [pt, root]
    return [None, s]


def sp(key, st):
    v = VAR.get(key, [key])
    return v[st["spell"].get(key, 0) % len(v)]


def mk_name(culture=None, gender=None, avoid_given=(), avoid_fam=()):
    c = culture or wch(CULTURES)
    N = NAMES[c]
    g = gender or ("m" if pr(N["pm"]) else "f")
    for _ in range(200):
        given = ch(N[g]).split()
        if given[0] not in avoid_given:
            break
    p = {"culture": c, "gender": g, "given": given, "father": None, "gfather": None, "family": None,
         "middle": None, "suffix": False, "initials": None, "muh": False}
    singles = [x for x in N["m"] if " " not in x]
    if c in ARAB_CHAIN:
        p["father"] = ch([x for x in singles if x != given[0]])
        if pr(0.6):
            p["gfather"] = ch([x for x in singles if x != p["father"]])
    elif c in FATHER_MIDDLE:
        p["father"] = ch([x for x in singles if x != given[0]])
    if c == "kerala":
        if pr(0.6):
            p["initials"] = [ch("KPMVTCANSR") for _ in range(R.randint(1, 2))]
        else:
            p["family"] = [None, ch(N["fam"])]
    else:
        for _ in range(200):
            fam = parse_fam(ch(N["fam"]))
            if fam[1] not in avoid_fam:
                break
        p["family"] = fam
    if c == "kerala_chr" and pr(0.3):
        p["initials"] = [ch("KPMVTCANSR")]
    if c == "pakistani" and g == "m" and pr(0.45):
        p["muh"] = True
    if c == "filipino":
        p["middle"] = ch([x for x in N["fam"] if x != p["family"][1]])
        p["suffix"] = g == "m" and pr(0.14)
    return p


def person_keys(p):
    ks = list(p["given"])
    for k in (p["father"], p["gfather"], p["middle"]):
        if k:
            ks.append(k)
    if p["family"]:
        ks.append(p["family"][1])
    if p["muh"]:
        ks.append("Muhammad_pk")
    out = []
    for k in ks:
        if k not in out:
            out.append(k)
    return out


def person_style(p, contact=False):
    spell = {}
    for k in person_keys(p):
        n = len(VAR.get(k, [k]))
        spell[k] = 0 if (n == 1 or pr(0.6)) else R.randrange(1, n)
    c = p["culture"]
    if c in ARAB_CHAIN:
        chain = wch([("short", 45), ("bin", 25), ("nobin", 15), ("full", 15 if p["gfather"] else 0)])
    elif c in FATHER_MIDDLE:
        chain = wch([("short", 55), ("nobin", 45)])
    else:
        chain = "short"
    st = {"spell": spell, "fp": wch([(0, 62), (1, 20), (2, 14), (3, 4)]), "chain": chain, "binc": pr(0.2),
          "order": "normal" if contact or pr(0.97) else "comma",
          "case": wch([("title", 90), ("upper", 8), ("lower", 2)]),
          "fields": "both" if contact or pr(0.86) else "none", "famchain": pr(0.2), "muh": pr(0.7),
          "middle": wch([("full", 40), ("initial", 40), ("none", 20)]), "sfx": pr(0.85), "sfx_i": R.randrange(3),
          "init_pos": wch([("after", 70), ("before", 30)]), "init_fmt": R.randrange(4), "init_show": pr(0.8),
          "typo": None}
    if contact:
        st["chain"] = "short"
        st["case"] = "title"
        st["famchain"] = False
    return st


KB = {"a": "qs", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo", "j": "hk",
      "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry",
      "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def apply_typo(s, ty):
    _part, op, pos, k = ty
    idx = [i for i, c in enumerate(s) if c.isalpha()][1:]
    if len(idx) < 3:
        return s
    i = idx[pos % len(idx)]
    c = s[i]
    if op == "sub":
        nb = KB.get(c.lower(), "e")
        r = nb[k % len(nb)]
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:]
    if op == "dup":
        return s[:i] + c + s[i:]
    if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != c.lower():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + s[i + 1:]


def initials_str(p, st):
    L = p["initials"]
    f = st["init_fmt"] % 4
    if f == 0:
        return "".join(x + "." for x in L)
    if f == 1:
        return " ".join(L)
    if f == 2:
        return "".join(L)
    return " ".join(x + "." for x in L)


def fam_str(p, st):
    f = p["family"]
    if f is None:
        return initials_str(p, st) if p["initials"] else ""
    pt, root = f
    r = sp(root, st)
    if p["culture"] == "russian" and p["gender"] == "f":
        r += "a"
    i = st["fp"]
    if pt == "al":
        return ["Al " + r, "Al-" + r, "Al" + r.lower(), "El " + r][i % 4]
    if pt == "el":
        return ["El " + r, "El-" + r, "El" + r.lower(), "Al " + r][i % 4]
    if pt == "elopt":
        return [r, "El " + r, "El-" + r, r][i % 4]
    return r


def render_person_name(p, st):
    given = " ".join(sp(k, st) for k in p["given"])
    if p["muh"] and st["muh"]:
        given = sp("Muhammad_pk", st) + " " + given
    fam = fam_str(p, st)
    c = p["culture"]
    chain = []
    if c in ARAB_CHAIN and p["father"]:
        conn = "bin" if p["gender"] == "m" else "bint"
        if st["binc"]:
            conn = conn.capitalize()
        mode = st["chain"]
        if mode in ("bin", "full"):
            chain += [conn, sp(p["father"], st)]
        if mode == "full" and p["gfather"]:
            chain += ["Bin" if st["binc"] else "bin", sp(p["gfather"], st)]
        if mode == "nobin":
            chain.append(sp(p["father"], st))
    elif c in FATHER_MIDDLE and p["father"] and st["chain"] == "nobin":
        chain.append(sp(p["father"], st))
    elif c == "filipino" and p["middle"]:
        m = sp(p["middle"], st)
        if st["middle"] == "full":
            chain.append(m)
        elif st["middle"] == "initial":
            chain.append(m[0] + ".")
    elif c == "kerala_chr" and p["initials"] and st["init_show"]:
        chain.append(initials_str(p, st))
    sfx = ""
    if p["suffix"] and st["sfx"]:
        sfx = ["Jr.", "Jr", "JR."][st["sfx_i"] % 3]
    ty = st.get("typo")
    if ty:
        if ty[0] == "family" and fam:
            fam = apply_typo(fam, ty)
        else:
            given = apply_typo(given, ty)
    order = st["order"]
    before = c == "kerala" and p["family"] is None and st["init_pos"] == "before"
    if before:
        display = "%s %s" % (fam, given)
    elif order == "comma" and fam:
        display = fam + ", " + " ".join([given] + chain) + (" " + sfx if sfx else "")
    elif order == "swap" and fam:
        display = " ".join([fam, given] + chain + ([sfx] if sfx else []))
    else:
        display = " ".join([given] + chain + ([fam] if fam else []) + ([sfx] if sfx else []))
    gn, fn = given, fam
    if st["famchain"] and chain and not before:
        fn = " ".join(chain + ([fam] if fam else []))
    if sfx:
        fn = (fn + " " + sfx).strip()
    if order == "swap" and fam:
        gn, fn = fn, gn
    if st["fields"] == "none":
        gn = fn = None
    cs = st["case"]
    return cse(display, cs), cse(gn or None, cs), cse(fn or None, cs)


def person_email(p, avoid=()):
    st0 = {"spell": {}}
    g = slug(sp(p["given"][0], st0)) or "user"
    if p["family"]:
        f = slug(sp(p["family"][1], st0))
        if p["family"][0] == "al" and pr(0.4):
            f = "al" + f
        if p["culture"] == "russian" and p["gender"] == "f":
            f += "a"
    elif p["initials"]:
        f = "".join(p["initials"]).lower()
    else:
        f = "x"
    for attempt in range(200):
        n2 = R.randint(1, 99)
        pat = ch(["%s.%s" % (g, f), "%s%s" % (g, f), "%s_%s" % (g, f), "%s%s" % (g[0], f), "%s.%s%d" % (g, f, n2),
                  "%s%d" % (g, R.randint(1965, 2005)), "%s.%s" % (f, g), "%s%s%d" % (g, f[0], n2),
                  "%s.%s%d" % (g, f[:3], n2)])
        if attempt > 20:
            pat += str(R.randint(100, 9999))
        e = "%s@%s" % (pat, wch(FREEMAIL))
        if try_email(e, allow=avoid):
            return e
    raise RuntimeError("email")


def mk_person_ent(kind, place=None, name=None, utype=None, phone_kind=None, email_p=0.86):
    p = dict(name or mk_name())
    p["etype"] = "person"
    p["kind"] = kind
    p["place"] = place or wch(PLACE_W)
    if utype is None:
        utype = "villa" if kind in ("person/villa",) else "apt"
    p["address"] = addr_extras(mk_addr(utype, p["place"]), False)
    p["units"] = [p["address"]]
    p["phone"] = new_phone(phone_kind or ("mobile" if pr(0.95) else "landline"), p["place"])
    p["email"] = person_email(p) if pr(email_p) else None
    p["contact"] = None
    return p


# ==================================================================== orgs
def mk_core(pool=None):
    for _ in range(5000):
        if pool:
            core = ch(pool)
        else:
            r = R.random()
            if r < 0.3:
                core = ch(CORE_AL)
            elif r < 0.85:
                a, b = ch(CORE_A), ch(CORE_B)
                if a == b:
                    continue
                core = a + " " + b
            elif r < 0.93:
                core = "%s %s" % (ch(["Hamdan", "Hamad", "Ali", "Matar", "Thani", "Saeed", "Rashid", "Obaid", "Juma",
                                      "Humaid", "Khalfan", "Butti", "Majid", "Sultan"]),
                                  ch(["Rashid", "Obaid", "Juma", "Saif", "Humaid", "Butti", "Khalfan", "Sultan",
                                      "Saeed", "Ghanim", "Matar"]))
                if core.split()[0] == core.split()[1]:
                    continue
            else:
                core = ch(CORE_EXPAT) + " " + ch(CORE_B)
            core = " ".join(sp(w, {"spell": {}}) if w in VAR else w for w in core.split(" "))
        k = slug(core)
        if k in CORES:
            if pool and len([x for x in pool if slug(x) not in CORES]) == 0:
                pool = None
            continue
        CORES[k] = 1
        return core
    raise RuntimeError("cores")


def mk_domain(core, typ=None):
    base = slug(core)
    for _ in range(200):
        mid = ch(["", "", "", slug(typ or "")[:5], "group", "uae", "me"])
        d = base + mid + ch([".ae", ".ae", ".com", ".com", ".co.ae", "-uae.com", ".net"])
        if d not in DOMAINS:
            DOMAINS[d] = 1
            return d
    raise RuntimeError("domain")


def org_email_at(domain, prefer=None, avoid=()):
    locs = ([prefer] if prefer else []) + [x for x in ORG_LOCALS if x != prefer]
    order = locs[:1] + R.sample(locs[1:], len(locs) - 1) if prefer else R.sample(locs, len(locs))
    for loc in order:
        e = "%s@%s" % (loc, domain)
        if try_email(e, allow=avoid):
            return e
    for _ in range(100):
        e = "%s%d@%s" % (ch(ORG_LOCALS), R.randint(1, 99), domain)
        if try_email(e, allow=avoid):
            return e
    raise RuntimeError("org email")


def free_org_email(core, typ):
    base = slug(core)[:14] + ch(["", slug(typ or "")[:6], "uae", "dxb"])
    for _ in range(200):
        e = "%s%s@%s" % (base, ch(["", str(R.randint(1, 99)), str(R.randint(1, 99))]),
                         wch([("gmail.com", 6), ("yahoo.com", 2), ("hotmail.com", 2), ("outlook.com", 1)]))
        if try_email(e):
            return e
    raise RuntimeError("free org email")


def mk_contact():
    return mk_name(wch(CONTACT_CULTURES))


def org_base(kind, core, typ, form, place, address, domain=None):
    return {"etype": "org", "kind": kind, "core": core, "type": typ, "form": form, "label": None,
            "contact": mk_contact() if pr(0.85) else None, "domain": domain, "email": None, "phone": None,
            "address": address, "place": place, "dev": None, "units": [address]}


def mainland_form():
    return wch([("LLC", 35), ("CO_LLC", 20), ("EST", 20), ("SOLE", 10), (None, 15)])


def mk_trading(kind="org/trading", place=None, core=None, typ=None, form="?"):
    place = place or wch(PLACE_W)
    core = core or mk_core()
    typ = typ or ch(TRADING_TYPES)
    form = mainland_form() if form == "?" else form
    ut = wch([("office", 70), ("shop", 20), ("warehouse", 10)])
    o = org_base(kind, core, typ, form, place, addr_extras(mk_addr(ut, place), True))
    r = R.random()
    if r < 0.72:
        o["domain"] = mk_domain(core, typ)
        o["email"] = org_email_at(o["domain"])
    elif r < 0.92:
        o["email"] = free_org_email(core, typ)
    o["phone"] = new_phone("landline" if pr(0.65) else "mobile", place)
    return o


def fz_zone(place=None):
    cands = [z for z in FZ if place is None or PLACE_INFO[z[1]][0] == PLACE_INFO[place][0]]
    if not cands:
        cands = [z for z in FZ if z[1] == "Dubai"]
    return wch([(z, z[5]) for z in cands])


def mk_freezone(kind="org/freezone", zone=None, core=None, typ=None, form=None):
    zone = zone or fz_zone()
    core = core or mk_core()
    typ = typ or ch(FZ_TYPES)
    form = form or ch(zone[3])
    a = addr_extras(mk_addr("fz", zone[1], zone=zone), True)
    o = org_base(kind, core, typ, form, zone[1], a)
    o["zone"] = zone[0]
    if pr(0.88):
        o["domain"] = mk_domain(core, typ)
        o["email"] = org_email_at(o["domain"])
    else:
        o["email"] = free_org_email(core, typ)
    o["phone"] = new_phone("landline" if pr(0.6) else "mobile", zone[1])
    return o


def mk_simple_org(kind, place=None):
    place = place or wch(PLACE_W)
    if kind == "org/school":
        typ = ch(SCHOOL_TYPES)
        form = wch([(None, 60), ("LLC", 40)])
        ut = "plot"
    elif kind == "org/clinic":
        typ = ch(CLINIC_TYPES)
        form = wch([(None, 55), ("LLC", 45)])
        ut = wch([("office", 50), ("shop", 20), ("villa", 15), ("plot", 15)])
    elif kind == "org/hotel":
        typ = ch(HOTEL_TYPES)
        form = wch([(None, 50), ("LLC", 50)])
        ut = "plot"
    elif kind == "org/compound":
        typ = ch(COMPOUND_TYPES)
        form = None
        ut = "plot"
    else:  # org/business
        typ, ut = ch(BUSINESS_TYPES)
        form = wch([("EST", 30), ("LLC", 25), ("SOLE", 10), (None, 35)])
    core = mk_core()
    if ut == "plot" and kind in ("org/compound", "org/hotel", "org/school"):
        area = ch(AREAS[place]["villa"] + AREAS[place]["apt"])
        a = mk_addr("plot", place, area=area)
    else:
        a = mk_addr(ut, place)
    o = org_base(kind, core, typ, form, place, addr_extras(a, True))
    r = R.random()
    dom_p = {"org/school": 0.85, "org/clinic": 0.75, "org/hotel": 0.9, "org/compound": 0.5}.get(kind, 0.35)
    if r < dom_p:
        o["domain"] = mk_domain(core, typ)
        o["email"] = org_email_at(o["domain"], prefer=ch(["accounts", "info", "admin", "facilities"]))
    elif r < 0.88:
        o["email"] = free_org_email(core, typ)
    land_p = {"org/business": 0.5, "org/compound": 0.5}.get(kind, 0.85)
    o["phone"] = new_phone("landline" if pr(land_p) else "mobile", place)
    return o


def mk_restaurant_brand(place=None):
    place = place or wch(PLACE_W)
    core = mk_core(RESTO_CORE if pr(0.55) else None)
    typ = ch(RESTO_TYPES)
    b = {"core": core, "type": typ, "form": wch([("LLC", 40), (None, 45), ("EST", 15)]), "place": place,
         "domain": None, "email": None, "outlets": []}
    if pr(0.6):
        b["domain"] = mk_domain(core, typ)
        b["email"] = org_email_at(b["domain"], prefer="accounts")
    return b


def mk_outlet(brand, place=None, kind="org/restaurant"):
    place = place or (brand["place"] if pr(0.8) else wch(PLACE_W))
    used = [u[1] for u in brand["outlets"]]
    areas = [x for x in AREAS[place]["apt"] + [o[0] for o in AREAS[place]["office"]] if x not in used]
    if not areas:
        place = "Dubai"
        areas = [x for x in AREAS[place]["apt"] if x not in used]
    area = ch(areas)
    brand["outlets"].append((place, area))
    o = org_base(kind, brand["core"], brand["type"], brand["form"], place,
                 addr_extras(mk_addr("shop", place, area=area), True), brand["domain"])
    o["label"] = {"kind": "outlet", "name": area}
    o["brand"] = brand
    if brand["email"] and pr(0.5):
        o["email"] = brand["email"]
    elif brand["domain"]:
        o["email"] = org_email_at(brand["domain"], prefer=slug(area)[:12])
    else:
        o["email"] = free_org_email(brand["core"] + " " + area, None) if pr(0.8) else None
    o["phone"] = new_phone("landline" if pr(0.6) else "mobile", place)
    return o


def mk_manager(place=None):
    place = place or wch([("Dubai", 60), ("Abu Dhabi", 20), ("Sharjah", 10), ("Ras Al Khaimah", 5), ("Ajman", 5)])
    core = mk_core()
    m = {"core": core, "name": "%s %s LLC" % (core, ch(["Property Management", "Owners Association Management",
                                                         "Community Management", "Real Estate Management"])),
         "place": place, "domain": mk_domain(core, "pm"), "staff": [mk_contact() for _ in range(3)], "towers": []}
    m["email"] = org_email_at(m["domain"], prefer=ch(["accounts", "finance", "payables"]))
    m["phone"] = new_phone("landline", place)
    return m


def mk_tower(mgr, kind="org/tower"):
    place = mgr["place"]
    area = ch(AREAS[place]["apt"])
    a = addr_extras(mk_addr("tower", place, area=area), True)
    T = a["parts"][0]
    o = org_base(kind, T, "Owners Association", None, place, a, mgr["domain"])
    o["label"] = {"kind": "tower", "name": T}
    o["manager"] = mgr
    o["contact"] = ch(mgr["staff"])
    o["email"] = mgr["email"] if pr(0.75) else org_email_at(mgr["domain"], prefer=slug(T)[:12] + ".oa")
    o["phone"] = mgr["phone"] if pr(0.8) else new_phone("landline", place)
    mgr["towers"].append(T)
    return o


def mk_developer():
    core = mk_core()
    place = wch([("Dubai", 60), ("Abu Dhabi", 25), ("Ras Al Khaimah", 15)])
    d = {"core": core, "name": "%s %s" % (core, ch(["Developments", "Properties", "Real Estate Development"])),
         "place": place, "domain": mk_domain(core, "dev"), "staff": [mk_contact() for _ in range(2)],
         "communities": []}
    d["email"] = org_email_at(d["domain"], prefer=ch(["communities", "community", "cm"]))
    d["phone"] = new_phone("landline", place)
    return d


def mk_community(dev, kind="org/community"):
    place = dev["place"]
    for _ in range(500):
        name = "%s %s" % (ch(COMM_X), ch(COMM_Y))
        if slug(name) not in CORES:
            CORES[slug(name)] = 1
            break
    area = ch(AREAS[place]["villa"])
    a = addr_extras(mk_addr("community", place, area=area, building=name), True)
    o = org_base(kind, name, "Community", None, place, a, dev["domain"])
    o["label"] = {"kind": "community", "name": name}
    o["dev"] = dev["name"]
    o["developer"] = dev
    o["contact"] = ch(dev["staff"])
    o["email"] = dev["email"]
    o["phone"] = dev["phone"] if pr(0.85) else new_phone("landline", place)
    dev["communities"].append(name)
    return o


def org_style(o):
    s = {"cp": wch([(0, 70), (1, 18), (2, 12)]), "ti": 0 if pr(0.7) else R.randrange(1, 4),
         "fi": 0 if pr(0.6) else R.randrange(1, 4), "form_drop": False, "li": R.randrange(4), "labbr": pr(0.15),
         "case": wch([("as", 88), ("upper", 10), ("lower", 2)]), "typo": None, "contact_show": pr(0.8),
         "cst": person_style(o["contact"], contact=True) if o["contact"] else None,
         "pf": R.randrange(8), "ecase": wch([(0, 88), (1, 6), (2, 6)]), "addr": addr_style(), "dsuffix": None}
    return s


def tv(typ, i):
    v = TYPEVAR.get(typ, [typ])
    return v[i % len(v)]


def core_str(core, st):
    if core.startswith("Al ") and len(core) > 4:
        rest = core[3:]
        k = st["cp"] % 3
        if k == 1:
            return "Al-" + rest
        if k == 2:
            return "Al" + rest.replace(" ", "").lower()
    return core


def render_org_name(o, st):
    core = core_str(o["core"], st)
    if st.get("typo"):
        core = apply_typo(core, st["typo"])
    typ = tv(o["type"], st["ti"])
    form = ""
    if o["form"] and not st["form_drop"]:
        fv = FORMS[o["form"]]
        form = fv[st["fi"] % len(fv)]
    k = o["kind"]
    lab = o.get("label")
    if lab and lab["kind"] == "tower":
        name = ["%s %s" % (core, typ), "%s %s" % (core, typ), "%s - %s" % (typ, core), "%s (%s)" % (core, typ)][st["li"] % 4]
    elif lab and lab["kind"] == "community":
        dev = o["dev"]
        name = "%s %s" % (core, typ) + [" - %s" % dev, " (%s)" % dev, "", " - %s" % dev][st["li"] % 4]
    else:
        name = "%s %s" % (core, typ)
        if form:
            name += " " + form
        if lab and lab["kind"] == "outlet":
            O = AREA_ABBR.get(lab["name"], lab["name"]) if st["labbr"] else lab["name"]
            name += [" - %s" % O, " (%s)" % O, ", %s" % O, " - %s Branch" % O][st["li"] % 4]
        elif lab and lab["kind"] == "branch":
            E = PLACE_INFO[lab["name"]][2] if st["labbr"] else lab["name"]
            name += [" - %s Branch" % E, " (%s Branch)" % E, " - Branch (%s)" % E, " %s Branch" % E][st["li"] % 4]
    name = re.sub(r"\s+", " ", name).strip()
    return cse(name, st["case"] if st["case"] != "as" else None)


# ================================================================ records
def render(e, st):
    if e["etype"] == "person":
        dn, gn, fn = render_person_name(e, st)
        cn = None
    else:
        cn = render_org_name(e, st)
        dn = cn
        gn = fn = None
        if e.get("contact") and st["contact_show"]:
            _d, gn, fn = render_person_name(e["contact"], st["cst"])
    if st.get("dsuffix"):
        dn = dn + st["dsuffix"]
    return {"displayName": dn, "givenName": gn, "familyName": fn, "companyName": cn,
            "email": fmt_email(e["email"], st["ecase"]) if e.get("email") else None,
            "phone": fmt_phone(e["phone"], st["pf"]) if e.get("phone") else None,
            "address": render_address(e["address"], st["addr"]) if e.get("address") else None}


def new_style(e):
    if e["etype"] == "person":
        st = person_style(e)
        st.update({"pf": R.randrange(8), "ecase": wch([(0, 90), (1, 7), (2, 3)]), "addr": addr_style(),
                   "dsuffix": None})
        return st
    return org_style(e)


CH = ("email", "phone", "address")


def rec_val(rec, c):
    if c == "email":
        return (rec["email"] or "").lower() or None
    if c == "phone":
        return phone_norm(rec["phone"])
    return rec_addr_key(rec)


# =============================================================== variants
PROFILES = {
    "light": {"email": [("keep", 88), ("near", 3), ("new", 3), ("drop", 6)],
              "phone": [("keep", 85), ("digit", 3), ("new", 3), ("drop", 9)],
              "address": [("keep", 86), ("moved", 4), ("drop", 10)], "add": 0.15,
              "name_ops": [(0, 40), (1, 60)], "fmt_ops": [(1, 55), (2, 45)]},
    "medium": {"email": [("keep", 62), ("near", 10), ("new", 13), ("drop", 15)],
               "phone": [("keep", 60), ("digit", 10), ("new", 12), ("drop", 18)],
               "address": [("keep", 58), ("moved", 18), ("drop", 24)], "add": 0.25,
               "name_ops": [(1, 60), (2, 40)], "fmt_ops": [(2, 50), (3, 50)]},
    "harsh": {"email": [("keep", 35), ("near", 18), ("new", 25), ("drop", 22)],
              "phone": [("keep", 35), ("digit", 18), ("new", 22), ("drop", 25)],
              "address": [("keep", 30), ("moved", 35), ("drop", 35)], "add": 0.35,
              "name_ops": [(2, 55), (3, 45)], "fmt_ops": [(2, 40), (3, 35), (4, 25)]},
}
# duplicates act as weights; ops that do not apply to a name (e.g. 'middle' for a non-Filipino) are skipped
P_NAME_LIGHT = ["translit"] * 4 + ["particle"] * 3 + ["chain_short"] * 3 + ["chain_expand"] * 3 + \
               ["middle", "initials", "suffix", "muh"] * 2 + ["upper", "lower", "fields", "comma"]
P_NAME_MORE = P_NAME_LIGHT + ["typo", "typo", "typo", "swap", "swap"]
O_NAME_LIGHT = ["form_variant", "form_variant", "type_variant", "type_variant", "core_particle", "core_particle",
                "core_particle", "upper", "lower", "label_variant", "label_variant", "contact_changed"]
O_NAME_MORE = O_NAME_LIGHT + ["form_drop", "typo", "typo", "contact_dropped", "contact_changed"]
FMT_OPS = ["phone_format", "phone_format", "email_case", "ulabel", "abbr", "acase", "commas", "aswap", "city",
           "city", "region", "country", "country", "postal", "line2"]
EXCLUSIVE = [{"contact:changed", "contact:dropped"}, {"company:legal_form_variant", "company:legal_form_dropped"},
             {"name:upper", "name:lower"}, {"company:upper", "company:lower"},
             {"name:chain_shortened", "name:chain_expanded"}, {"name:last_first", "name:given_family_swapped"},
             {"company:renamed", "company:type_wording"}]


def displayed_keys(p, st):
    ks = list(p["given"])
    c = p["culture"]
    if c in ARAB_CHAIN and p["father"] and st["chain"] != "short":
        ks.append(p["father"])
        if st["chain"] == "full" and p["gfather"]:
            ks.append(p["gfather"])
    if c in FATHER_MIDDLE and p["father"] and st["chain"] == "nobin":
        ks.append(p["father"])
    if c == "filipino" and p["middle"] and st["middle"] == "full":
        ks.append(p["middle"])
    if p["family"]:
        ks.append(p["family"][1])
    if p["muh"] and st["muh"]:
        ks.append("Muhammad_pk")
    return [k for k in ks if len(VAR.get(k, [k])) > 1]


def person_op(op, e, st, profile):
    c = e["culture"]
    if op == "translit":
        ks = displayed_keys(e, st)
        if not ks:
            return None
        k = ch(ks)
        n = len(VAR[k])
        cur = st["spell"].get(k, 0) % n
        st["spell"][k] = ch([i for i in range(n) if i != cur])
        return "name:translit"
    if op == "particle":
        if not e["family"] or not e["family"][0]:
            return None
        st["fp"] = ch([i for i in range(4) if i != st["fp"] % 4])
        return "name:particle"
    if op in ("chain_short", "chain_expand"):
        if c in ARAB_CHAIN and e["father"]:
            modes = ["short", "nobin", "bin"] + (["full"] if e["gfather"] else [])
        elif c in FATHER_MIDDLE and e["father"]:
            modes = ["short", "nobin"]
        else:
            return None
        i = modes.index(st["chain"]) if st["chain"] in modes else 0
        if op == "chain_short":
            if i == 0:
                return None
            st["chain"] = modes[R.randrange(0, i)]
            return "name:chain_shortened"
        if i == len(modes) - 1:
            return None
        st["chain"] = modes[R.randrange(i + 1, len(modes))]
        return "name:chain_expanded"
    if op in ("upper", "lower"):
        st["case"] = op
        return "name:" + op
    if op == "fields":
        st["fields"] = "none" if st["fields"] == "both" else "both"
        return "name:fields_dropped" if st["fields"] == "none" else "name:fields_added"
    if op == "middle":
        if c != "filipino" or not e["middle"]:
            return None
        st["middle"] = ch([m for m in ("full", "initial", "none") if m != st["middle"]])
        return "name:middle_name"
    if op == "initials":
        if not e["initials"]:
            return None
        if c == "kerala_chr":
            st["init_show"] = not st["init_show"]
        elif pr(0.5):
            st["init_pos"] = "before" if st["init_pos"] == "after" else "after"
        else:
            st["init_fmt"] = ch([i for i in range(4) if i != st["init_fmt"] % 4])
        return "name:initials"
    if op == "suffix":
        if not e["suffix"]:
            return None
        st["sfx"] = not st["sfx"]
        return "name:suffix"
    if op == "muh":
        if not e["muh"]:
            return None
        st["muh"] = not st["muh"]
        return "name:muhammad_prefix"
    if op == "comma":
        if st["order"] != "normal" or not e["family"]:
            return None
        st["order"] = "comma"
        return "name:last_first"
    if op == "swap":
        if st["order"] != "normal" or not e["family"]:
            return None
        st["order"] = "swap"
        return "name:given_family_swapped"
    if op == "typo":
        if st.get("typo"):
            return None
        st["typo"] = (ch(["given", "family"]), ch(["sub", "del", "dup", "swap"]), R.randrange(50), R.randrange(5))
        return "name:typo"
    return None


def org_op(op, e, st, profile, exact_kept):
    if op == "form_variant":
        if not e["form"] or st["form_drop"] or len(FORMS[e["form"]]) < 2:
            return None
        n = len(FORMS[e["form"]])
        st["fi"] = ch([i for i in range(n) if i != st["fi"] % n])
        return "company:legal_form_variant"
    if op == "form_drop":
        if not e["form"] or st["form_drop"]:
            return None
        st["form_drop"] = True
        return "company:legal_form_dropped"
    if op == "type_variant":
        n = len(TYPEVAR.get(e["type"], [1]))
        if n < 2:
            return None
        st["ti"] = ch([i for i in range(n) if i != st["ti"] % n])
        return "company:type_wording"
    if op == "core_particle":
        if not e["core"].startswith("Al "):
            return None
        st["cp"] = ch([i for i in range(3) if i != st["cp"] % 3])
        return "company:al_particle"
    if op in ("upper", "lower"):
        st["case"] = op
        return "company:" + op
    if op == "label_variant":
        if not e.get("label"):
            return None
        if e["label"]["kind"] in ("outlet", "branch") and pr(0.4):
            st["labbr"] = not st["labbr"]
        else:
            st["li"] = ch([i for i in range(4) if i != st["li"] % 4])
        return "company:label_format"
    if op == "typo":
        if st.get("typo"):
            return None
        st["typo"] = ("core", ch(["sub", "del", "dup", "swap"]), R.randrange(50), R.randrange(5))
        return "company:typo"
    if op == "contact_changed":
        if e["kind"] in ("org/tower", "org/community"):
            pool = (e.get("manager") or e.get("developer"))["staff"]
            cands = [x for x in pool if x is not e.get("contact")]
            e["contact"] = ch(cands)
        else:
            e["contact"] = mk_contact()
        st["cst"] = person_style(e["contact"], contact=True)
        st["contact_show"] = True
        return "contact:changed"
    if op == "contact_dropped":
        if not e.get("contact") or not st["contact_show"]:
            return None
        st["contact_show"] = False
        return "contact:dropped"
    if op == "renamed":
        if not exact_kept:
            return None
        if e["type"] in TRADING_TYPES:
            e["type"] = ch([t for t in TRADING_TYPES if t != e["type"]])
        elif e["type"] in RESTO_TYPES:
            e["type"] = ch([t for t in RESTO_TYPES if t != e["type"]])
        else:
            return None
        st["ti"] = 0
        return "company:renamed"
    return None


def fmt_op(op, e, st, fates):
    a = st["addr"]
    if op == "phone_format":
        if fates["phone"] != "keep":
            return None
        st["pf"] = ch([i for i in range(8) if i != st["pf"] % 8])
        return "phone:format"
    if op == "email_case":
        if fates["email"] != "keep":
            return None
        st["ecase"] = ch([i for i in range(3) if i != st["ecase"]])
        return "email:case"
    if fates["address"] != "keep":
        return None
    ad = e["address"]
    if op == "ulabel":
        if not ad["utype"]:
            return None
        n = len(ULABEL[ad["utype"]])
        a["ul"] = ch([i for i in range(n) if i != a["ul"] % n])
        return "address:unit_label"
    if op == "abbr":
        f = ch(ABBR_FLAGS)
        if f in a["abbr"]:
            a["abbr"] = [x for x in a["abbr"] if x != f]
        else:
            a["abbr"] = [x for x in ABBR_FLAGS if x in a["abbr"] or x == f]
        return "address:abbreviation"
    if op == "acase":
        a["case"] = ch([x for x in ("as", "upper", "lower") if x != a["case"]])
        return "address:case"
    if op == "commas":
        a["commas"] = not a["commas"]
        return "address:punctuation"
    if op == "aswap":
        if ad["utype"] not in ("apt", "office"):
            return None
        a["swap"] = not a["swap"]
        return "address:order"
    if op == "city":
        a["city"] = ch([x for x in ("area", "emirate", "abbr", "null") if x != a["city"]])
        return "address:city"
    if op == "region":
        a["region"] = not a["region"]
        return "address:region"
    if op == "country":
        a["country"] = ch([i for i in range(4) if i != a["country"]])
        return "address:country"
    if op == "postal":
        a["postal"] = ch([x for x in ("null", "zeros", "pobox") if x != a["postal"]])
        return "address:postal_code"
    if op == "line2":
        a["line2"] = ch([x for x in ("none", "pobox", "makani", "area") if x != a["line2"]])
        return "address:line2"
    return None


def new_email_for(e, old=None):
    if e["etype"] == "person":
        return person_email(e)
    dom = e.get("domain")
    if dom and pr(0.7):
        return org_email_at(dom)
    return free_org_email(e["core"], e["type"])


def moved_address(e):
    k = e["kind"]
    if k == "person/landlord" and len(e["units"]) > 1:
        cur = canon_key(e["address"])
        others = [u for u in e["units"] if canon_key(u) != cur]
        return ch(others), "address:other_unit"
    place = e["place"] if pr(0.8) else wch(PLACE_W)
    if e["etype"] == "person":
        ut = e["address"]["utype"] if e.get("address") else "apt"
        a = addr_extras(mk_addr(ut or "apt", place), False)
        if k == "person/landlord":
            e["units"].append(a)
        return a, ("address:moved_tower" if ut == "apt" else "address:moved")
    ut = e["address"]["utype"] if e.get("address") else "office"
    if ut not in ("apt", "villa", "office", "shop", "plot", "warehouse") or e.get("zone"):
        ut = "office"
    area = None
    if e.get("zone"):
        zone = [z for z in FZ if z[0] == e["zone"]][0]
        return addr_extras(mk_addr("fz", zone[1], zone=zone), True), "address:moved"
    if k == "org/restaurant":
        place = e["place"]
        ut = "shop"
        if e.get("label") and e["label"]["name"] in AREAS[place]["apt"]:
            area = e["label"]["name"]
    return addr_extras(mk_addr(ut, place, area=area), True), "address:moved"


def unique_channels(rec, eid, index):
    out = []
    for c in CH:
        v = rec_val(rec, c)
        if v and index[c].get(v) == [eid]:
            out.append(c)
    return out


def make_variant(base_e, base_st, base_rec, profile, uniq):
    """returns (entity copy, style, record, changes, fates)"""
    e = copy.deepcopy(base_e)
    # keep shared objects shared (brand / manager / developer dicts are reference data)
    for k in ("brand", "manager", "developer"):
        if k in base_e:
            e[k] = base_e[k]
    if base_e.get("contact") is not None and base_e["kind"] in ("org/tower", "org/community"):
        e["contact"] = base_e["contact"]
    st = copy.deepcopy(base_st)
    st["dsuffix"] = None
    changes = []
    if base_st.get("dsuffix"):
        changes.append("name:qbo_suffix_absent")
    P = PROFILES[profile]
    fates = {}
    for c in CH:
        if base_rec[c] is None:
            fates[c] = "added" if pr(P["add"]) else "absent"
        else:
            fates[c] = wch(P[c])
    if e["kind"] in ("org/tower", "org/community") and fates["address"] == "moved":
        fates["address"] = "keep"
    if fates["email"] == "near" and "email" not in uniq:
        fates["email"] = "keep"
    n_name = wch(P["name_ops"])
    if not any(fates[c] in ("keep", "near") and c in uniq for c in CH):
        fates[ch(uniq)] = "keep"
    if n_name >= 2 and not any(fates[c] == "keep" and c in uniq for c in CH):
        fates[ch(uniq)] = "keep"
    # channels
    if fates["email"] == "near":
        local, _, dom = e["email"].partition("@")
        for _ in range(200):
            op = ch(["sub", "del", "dup", "swap"])
            ty = ("x", op, R.randrange(50), R.randrange(5))
            cand = apply_typo(local, ty)
            if cand != local and near1(cand, local) and re.match(r"^[a-z0-9][a-z0-9._-]*[a-z0-9]$", cand) \
                    and ".." not in cand and try_email(cand + "@" + dom, allow=(e["email"],)):
                e["email"] = cand + "@" + dom
                changes.append("email:typo")
                break
        else:
            fates["email"] = "keep"
    if fates["email"] == "new":
        e["email"] = new_email_for(e)
        changes.append("email:new")
    elif fates["email"] == "drop":
        e["email"] = None
        changes.append("email:dropped")
    elif fates["email"] == "added":
        if not e.get("email"):
            e["email"] = new_email_for(e)
        changes.append("email:added")
    elif fates["email"] == "absent":
        e["email"] = None
    if fates["phone"] == "digit":
        e["phone"] = digit_off(e["phone"])
        changes.append("phone:digit_off")
    elif fates["phone"] == "new":
        e["phone"] = new_phone("mobile" if e["etype"] == "person" or pr(0.4) else "landline", e["place"])
        changes.append("phone:new")
    elif fates["phone"] == "drop":
        e["phone"] = None
        changes.append("phone:dropped")
    elif fates["phone"] == "added":
        if not e.get("phone"):
            e["phone"] = new_phone("mobile", e["place"])
        changes.append("phone:added")
    elif fates["phone"] == "absent":
        e["phone"] = None
    if fates["address"] == "moved":
        e["address"], chg = moved_address(e)
        changes.append(chg)
    elif fates["address"] == "drop":
        e["address"] = None
        changes.append("address:dropped")
    elif fates["address"] == "added":
        if not e.get("address"):
            e["address"], _c = moved_address(e)
        changes.append("address:added")
    elif fates["address"] == "absent":
        e["address"] = None
    if fates["address"] in ("moved", "added"):
        st["addr"] = addr_style()
    exact_kept = fates["email"] == "keep" or fates["phone"] == "keep"
    # name noise
    cur = render(e, st)
    if e["etype"] == "person":
        pool = list(P_NAME_LIGHT if profile == "light" else P_NAME_MORE)
    else:
        pool = list(O_NAME_LIGHT if profile == "light" else O_NAME_MORE)
        if profile == "harsh" and pr(0.12):
            pool = ["renamed"] + pool
    done = 0
    renamed_first = pool[0] == "renamed"
    pool = [x for x in pool if x != "renamed"]
    R.shuffle(pool)
    if renamed_first:
        pool = ["renamed"] + pool
    while done < n_name and pool:
        op = pool.pop(0)
        e2, st2 = copy.deepcopy(e), copy.deepcopy(st)
        for k in ("brand", "manager", "developer"):
            if k in e:
                e2[k] = e[k]
        if e["kind"] in ("org/tower", "org/community"):
            e2["contact"] = e.get("contact")
        chg = person_op(op, e2, st2, profile) if e["etype"] == "person" else org_op(op, e2, st2, profile, exact_kept)
        if not chg or chg in changes or any(chg in g and set(changes) & g for g in EXCLUSIVE):
            continue
        new = render(e2, st2)
        if new == cur:
            continue
        e, st, cur = e2, st2, new
        changes.append(chg)
        done += 1
    # format noise
    n_fmt = wch(P["fmt_ops"])
    pool = list(FMT_OPS)
    R.shuffle(pool)
    done = 0
    while pool and (done < n_fmt or cur == base_rec):
        op = pool.pop(0)
        st2 = copy.deepcopy(st)
        chg = fmt_op(op, e, st2, fates)
        if not chg or chg in changes:
            continue
        new = render(e, st2)
        if new == cur:
            continue
        st, cur = st2, new
        changes.append(chg)
        done += 1
    if cur == base_rec:
        raise RuntimeError("variant identical to base")
    return e, st, cur, changes, fates


# ======================================================== existing build
class Rec:
    def __init__(self, e, st, kind):
        self.e = e
        self.st = st
        self.kind = kind
        self.drop = []
        self.rec = None

    def view(self):
        v = dict(self.e)
        for c in self.drop:
            v[c] = None
        return v

    def render(self):
        self.rec = render(self.view(), self.st)
        return self.rec


def build_existing():
    out = []

    def add(e, kind=None):
        e["id"] = new_id()
        e["kind"] = kind or e["kind"]
        r = Rec(e, new_style(e), e["kind"])
        out.append(r)
        return r

    # --- organisations
    for _ in range(170):
        add(mk_trading())
    for _ in range(60):
        add(mk_freezone())
    for _ in range(25):  # groups: mainland LLC + free-zone company
        place = wch(PLACE_W)
        core, typ = mk_core(), ch(TRADING_TYPES[:12] + FZ_TYPES)
        a = mk_trading("org/group", place, core, typ, ch(["LLC", "CO_LLC"]))
        b = mk_freezone("org/group", fz_zone(place), core, typ)
        dom = a["domain"] or mk_domain(core, typ)
        a["domain"] = b["domain"] = dom
        if not a["email"] or "@" + dom not in a["email"]:
            a["email"] = org_email_at(dom, prefer="accounts")
        b["email"] = a["email"] if pr(0.5) else org_email_at(dom, prefer=ch(["fze", "finance", "fz.accounts"]))
        if pr(0.4):
            b["contact"] = a["contact"]
        add(a)
        add(b)
    sizes = [2] * 20 + [3] * 10
    for n in sizes:  # branches in other emirates
        place = wch(PLACE_W)
        core, typ = mk_core(), ch(BRANCH_TYPES)
        hq = mk_trading("org/branch", place, core, typ, ch(["LLC", "CO_LLC", "LLC"]))
        if not hq["domain"]:
            hq["domain"] = mk_domain(core, typ)
            hq["email"] = org_email_at(hq["domain"], prefer="accounts")
        comp = {"core": core, "type": typ, "form": hq["form"], "domain": hq["domain"], "email": hq["email"],
                "places": [place]}
        hq["company"] = comp
        add(hq)
        for _ in range(n - 1):
            add(mk_branch(comp))
    sizes = [1] * 6 + [2] * 12 + [3] * 8 + [4] * 4
    R.shuffle(sizes)
    for n in sizes:
        brand = mk_restaurant_brand()
        for _ in range(n):
            add(mk_outlet(brand))
    for n in [3, 4, 5, 6, 7, 8, 6, 7, 8, 6]:
        mgr = mk_manager()
        for _ in range(n):
            add(mk_tower(mgr))
    for n in [4, 3, 3]:
        dev = mk_developer()
        for _ in range(n):
            add(mk_community(dev))
    for kind, n in (("org/school", 45), ("org/clinic", 55), ("org/hotel", 40), ("org/compound", 25),
                    ("org/business", 170)):
        for _ in range(n):
            add(mk_simple_org(kind))
    # --- persons
    for _ in range(330):
        add(mk_person_ent("person/tenant"))
    for _ in range(230):
        add(mk_person_ent("person/villa", utype="villa"))
    for _ in range(60):
        add(mk_landlord())
    for _ in range(10):  # father and son, both customers, separate villas
        fa = mk_name(ch(["emirati", "emirati", "gulf"]), "m")
        if not fa["gfather"]:
            fa["gfather"] = ch([x for x in NAMES[fa["culture"]]["m"] if " " not in x and x != fa["father"]])
        son = dict(fa)
        son["given"] = [fa["father"]]
        son["father"] = fa["given"][0]
        son["gfather"] = fa["father"]
        place = wch(PLACE_W)
        f_ent = mk_person_ent("person/household", place, fa, "villa")
        s_ent = mk_person_ent("person/household", place, son, "villa")
        rf, rs = add(f_ent), add(s_ent)
        rs.st["spell"].update({k: v for k, v in rf.st["spell"].items()})
        rs.st["fp"] = rf.st["fp"]
    for _ in range(10):  # husband and wife, both customers, same home
        h = mk_person_ent("person/household", utype=ch(["villa", "apt"]))
        w = mk_spouse_name(h)
        we = dict(w)
        we.update({"etype": "person", "kind": "person/household", "place": h["place"], "address": h["address"],
                   "units": [h["address"]], "phone": new_phone("mobile", h["place"]), "contact": None})
        we["email"] = person_email(we) if pr(0.8) else None
        add(h)
        add(we)
    # namesakes: same name, other emirate
    persons = [r for r in out if r.kind in ("person/tenant", "person/villa")]
    for r in R.sample(persons, 15):
        nm = {k: copy.deepcopy(r.e[k]) for k in ("culture", "gender", "given", "father", "gfather", "family",
                                                 "middle", "suffix", "initials", "muh")}
        em = PLACE_INFO[r.e["place"]][0]
        place = ch([p for p, _w in PLACE_W if PLACE_INFO[p][0] != em])
        ne = mk_person_ent("person/tenant", place, nm)
        rn = add(ne)
        rn.st["spell"] = dict(r.st["spell"])
        rn.st["fp"] = r.st["fp"]
        rn.st["chain"] = r.st["chain"]
    return out


def mk_branch(comp, place=None, kind="org/branch"):
    if place is None:
        em_used = [PLACE_INFO[p][0] for p in comp["places"]]
        cands = [(p, w) for p, w in PLACE_W if PLACE_INFO[p][0] not in em_used]
        place = wch(cands)
    comp["places"].append(place)
    ut = wch([("office", 70), ("shop", 20), ("warehouse", 10)])
    o = org_base(kind, comp["core"], comp["type"], comp["form"], place, addr_extras(mk_addr(ut, place), True),
                 comp["domain"])
    o["label"] = {"kind": "branch", "name": place}
    o["company"] = comp
    if comp["email"] and pr(0.5):
        o["email"] = comp["email"]
    else:
        o["email"] = org_email_at(comp["domain"], prefer=slug(PLACE_INFO[place][2]) + ch(["", ".accounts", ".office"]))
    o["phone"] = new_phone("landline" if pr(0.8) else "mobile", place)
    return o


def mk_landlord(place=None, kind="person/landlord"):
    nm = mk_name(wch([("emirati", 40), ("gulf", 5), ("british", 12), ("north_indian", 12), ("kerala", 6),
                      ("pakistani", 8), ("russian", 7), ("lebanese", 5), ("iranian", 5)]))
    p = mk_person_ent(kind, place, nm, "apt", email_p=0.92)
    n = R.randint(2, 4)
    same = pr(0.5)
    for _ in range(n - 1):
        if same:
            a = mk_addr("apt", p["place"], area=p["address"]["area"], building=p["address"]["parts"][0])
        else:
            a = mk_addr("apt", p["place"])
        p["units"].append(addr_extras(a, False))
    return p


def mk_spouse_name(h):
    c = h["culture"]
    g = "f" if h["gender"] == "m" else "m"
    if pr(0.15):
        c = wch(CULTURES)
    w = mk_name(c, g, avoid_given=h["given"])
    keep_own = c in ("emirati", "gulf", "egyptian", "jordanian", "lebanese", "syrian", "iranian", "pakistani")
    if (not keep_own or pr(0.3)) and c == h["culture"] and h["family"]:
        w["family"] = list(h["family"])
        if c == "filipino" and g == "f":
            w["middle"] = ch([x for x in NAMES[c]["fam"] if x != h["family"][1]])
    if c == "russian" and w["family"] and h["family"] and w["family"][1] == h["family"][1]:
        pass
    return w


def fix_existing_channels(recs):
    """every existing record must show >= 2 channels and >= 1 channel that is unique to it"""
    for r in recs:
        present = [c for c in CH if r.e.get(c)]
        cands = [c for c in present]
        R.shuffle(cands)
        for c in cands:
            if len(present) - len(r.drop) <= 2:
                break
            p = {"email": 0.09, "phone": 0.06, "address": 0.09}[c]
            if r.kind in ("org/tower", "org/community") and c == "address":
                continue
            if pr(p):
                r.drop.append(c)
    for _round in range(10):
        for r in recs:
            r.render()
        index = build_index([r.rec for r in recs], [r.e["id"] for r in recs])
        bad = 0
        for r in recs:
            u = unique_channels(r.rec, r.e["id"], index)
            if not u:
                bad += 1
                if r.drop:
                    r.drop.pop()
        if not bad:
            return index
    raise RuntimeError("cannot make existing channels unique")


def build_index(recs, ids):
    index = {c: {} for c in CH}
    index["domain"] = {}
    for rec, eid in zip(recs, ids):
        for c in CH:
            v = rec_val(rec, c)
            if v:
                lst = index[c].setdefault(v, [])
                if eid not in lst:
                    lst.append(eid)
    return index


def resolve_display(recs):
    used = {}
    for r in recs:
        dn = r.rec["displayName"]
        if dn.lower() not in used:
            used[dn.lower()] = r
            continue
        holder = used[dn.lower()]
        cand = None
        em = PLACE_INFO[r.e["place"]][0] if r.e.get("place") else None
        if em and em != PLACE_INFO[holder.e["place"]][0]:
            c = " (%s)" % r.e["place"]
            if (dn + c).lower() not in used:
                cand = c
        n = 2
        while cand is None:
            c = " - %d" % n
            if (dn + c).lower() not in used:
                cand = c
            n += 1
        r.st["dsuffix"] = cand
        r.render()
        used[r.rec["displayName"].lower()] = r


# ========================================================== hard negatives
HN_PLAN = [("namesake_other_emirate", 22), ("father_son", 16), ("spouse", 16), ("new_tenant_same_villa", 14),
           ("other_apartment_same_tower", 16), ("org_namesake_other_emirate", 10), ("group_company", 14),
           ("branch_other_emirate", 14), ("restaurant_other_outlet", 12), ("tower_same_manager", 12),
           ("community_same_developer", 4)]


def hn_person_style(e, anchor_st=None):
    st = new_style(e)
    st["order"] = "normal"
    st["fields"] = "both"
    st["init_pos"] = "after"
    if st["case"] != "title":
        st["case"] = "title"
    if anchor_st:
        for k, v in anchor_st["spell"].items():
            st["spell"][k] = v
        st["fp"] = anchor_st["fp"]
    return st


def build_hn(existing, used_anchor, index):
    out = []
    by_kind = {}
    for r in existing:
        by_kind.setdefault(r.kind, []).append(r)

    def pick(cands):
        cands = [r for r in cands if r.e["id"] not in used_anchor]
        r = ch(cands)
        used_anchor[r.e["id"]] = 1
        return r

    def pfields_ok(r):
        return r.rec["givenName"] is not None and r.st["order"] == "normal" and r.rec["address"] is not None

    for hn_type, n in HN_PLAN:
        for _ in range(n):
            if hn_type == "namesake_other_emirate":
                a = pick([r for r in by_kind["person/tenant"] + by_kind["person/villa"] + by_kind["person/landlord"]
                          if rec_emirate(r.rec) and pfields_ok(r)])
                nm = {k: copy.deepcopy(a.e[k]) for k in ("culture", "gender", "given", "father", "gfather", "family",
                                                         "middle", "suffix", "initials", "muh")}
                em = PLACE_INFO[a.e["place"]][0]
                place = wch([(p, w) for p, w in PLACE_W if PLACE_INFO[p][0] != em])
                kind = a.kind if a.kind != "person/landlord" else "person/tenant"
                e = mk_person_ent(kind, place, nm, "villa" if kind == "person/villa" else "apt")
                st = hn_person_style(e, a.st)
                st["chain"] = a.st["chain"]
                st["addr"]["region"] = True
                st["addr"]["city"] = ch(["emirate", "area"])
                rule = ("same name as the anchor but a different customer: lives in %s (anchor: %s); "
                        "no phone, e-mail or address in common" % (place, a.e["place"]))
            elif hn_type == "father_son":
                a = pick([r for r in by_kind["person/villa"] + by_kind["person/tenant"]
                          if r.e["culture"] in ARAB_CHAIN and r.e["gender"] == "m" and r.e["father"]
                          and pfields_ok(r) and r.e["address"]["utype"] == "villa"])
                nm = {k: copy.deepcopy(a.e[k]) for k in ("culture", "gender", "given", "father", "gfather", "family",
                                                         "middle", "suffix", "initials", "muh")}
                son = a.st["chain"] in ("short", "nobin") or pr(0.5)
                nm["given"] = [a.e["father"]]
                if son:
                    nm["father"] = a.e["given"][0]
                    nm["gfather"] = a.e["father"]
                else:
                    nm["father"] = a.e["gfather"] or ch([x for x in EMI_M if x not in (a.e["father"],)])
                    nm["gfather"] = None
                e = mk_person_ent("person/household", a.e["place"], nm, "villa")
                ADDR.pop(canon_key(e["address"]), None)
                e["address"] = a.e["address"]
                e["units"] = [e["address"]]
                st = hn_person_style(e, a.st)
                st["chain"] = ch(["bin", "full"]) if son and nm["gfather"] else "bin"
                g_a = sp(a.e["given"][0], a.st)
                g_h = sp(nm["given"][0], st)
                if son:
                    rule = ("son of the anchor at the same villa: '%s bin %s' (named after his grandfather) vs anchor "
                            "'%s bin %s' - different given name, reversed patronymic; own phone and e-mail"
                            % (g_h, g_a, g_a, g_h))
                else:
                    rule = ("father of the anchor at the same villa: anchor is '%s bin %s', this is '%s' himself - "
                            "different given name; own phone and e-mail" % (g_a, g_h, g_h))
            elif hn_type == "spouse":
                a = pick([r for r in by_kind["person/villa"] + by_kind["person/tenant"] if pfields_ok(r)])
                w = mk_spouse_name(a.e)
                e = mk_person_ent("person/household", a.e["place"], w, a.e["address"]["utype"])
                ADDR.pop(canon_key(e["address"]), None)
                e["address"] = a.e["address"]
                e["units"] = [e["address"]]
                st = hn_person_style(e)
                if w["family"] and a.e["family"] and w["family"][1] == a.e["family"][1]:
                    st["spell"][w["family"][1]] = a.st["spell"].get(w["family"][1], 0)
                    st["fp"] = a.st["fp"]
                rule = ("spouse of the anchor at the same address: different given name (%s vs %s); own mobile "
                        "and e-mail" % (sp(w["given"][0], st), sp(a.e["given"][0], a.st)))
            elif hn_type == "new_tenant_same_villa":
                a = pick([r for r in by_kind["person/villa"] if pfields_ok(r)])
                fams = ([a.e["family"][1]] if a.e["family"] else []) + ([a.e["middle"]] if a.e["middle"] else [])
                nm = mk_name(avoid_given=a.e["given"], avoid_fam=fams)
                while nm["given"][0] in a.e["given"] or not nm["family"] or nm["family"][1] in fams \
                        or (nm["middle"] and nm["middle"] in fams):
                    nm = mk_name(avoid_given=a.e["given"], avoid_fam=fams)
                e = mk_person_ent("person/villa", a.e["place"], nm, "villa")
                ADDR.pop(canon_key(e["address"]), None)
                e["address"] = a.e["address"]
                e["units"] = [e["address"]]
                st = hn_person_style(e)
                rule = ("a later tenant of the anchor's villa: different person (given and family name differ); "
                        "no phone or e-mail in common")
            elif hn_type == "other_apartment_same_tower":
                a = pick([r for r in by_kind["person/tenant"] if pfields_ok(r) and r.e["address"]["utype"] == "apt"])
                if a.e["family"] and pr(0.4):
                    nm = mk_name(a.e["culture"], avoid_given=a.e["given"])
                    nm["family"] = list(a.e["family"])
                else:
                    nm = mk_name(avoid_given=a.e["given"])
                while nm["given"][0] in a.e["given"]:
                    nm = mk_name(avoid_given=a.e["given"])
                e = mk_person_ent("person/tenant", a.e["place"], nm, "apt")
                ADDR.pop(canon_key(e["address"]), None)
                e["address"] = addr_extras(mk_addr("apt", a.e["place"], area=a.e["address"]["area"],
                                                   building=a.e["address"]["parts"][0]), False)
                e["units"] = [e["address"]]
                st = hn_person_style(e)
                if nm["family"] and a.e["family"] and nm["family"][1] == a.e["family"][1]:
                    st["spell"][nm["family"][1]] = a.st["spell"].get(nm["family"][1], 0)
                    st["fp"] = a.st["fp"]
                rule = ("another apartment's tenant in the same building: unit %s vs %s, different given name; "
                        "own phone and e-mail" % (e["address"]["unit"], a.e["address"]["unit"]))
            elif hn_type == "org_namesake_other_emirate":
                a = pick([r for r in by_kind["org/trading"] + by_kind["org/business"] if rec_emirate(r.rec)])
                em = PLACE_INFO[a.e["place"]][0]
                place = wch([(p, w) for p, w in PLACE_W if PLACE_INFO[p][0] != em])
                if a.e["type"] in TRADING_TYPES:
                    typ = ch([t for t in TRADING_TYPES if t != a.e["type"]])
                else:
                    typ = ch([t for t, _u in BUSINESS_TYPES if t != a.e["type"]])
                cls = form_class(a.e["form"])
                form = ch([f for f in ("LLC", "EST", "SOLE", "CO_LLC") if form_class(f) != cls])
                e = mk_trading(a.kind, place, a.e["core"], typ, form)
                st = new_style(e)
                st["cp"] = a.st["cp"]
                st["addr"]["region"] = True
                rule = ("unrelated company with the same trade name: '%s' in %s vs anchor's '%s' in %s; "
                        "different activity and legal form, no shared contact" % (typ, place, a.e["type"],
                                                                                  a.e["place"]))
            elif hn_type == "group_company":
                a = pick([r for r in by_kind["org/trading"] + by_kind["org/freezone"]
                          if r.e["form"] and r.e["domain"] and r.rec["address"]])
                if a.e["form"] in FREEZONE_FORMS:
                    e = mk_trading("org/group", a.e["place"], a.e["core"], a.e["type"], ch(["LLC", "CO_LLC"]))
                else:
                    e = mk_freezone("org/group", fz_zone(a.e["place"]), a.e["core"], a.e["type"])
                e["domain"] = a.e["domain"]
                shared = a.rec["email"] is not None and pr(0.45)
                e["email"] = a.e["email"] if shared else org_email_at(a.e["domain"])
                if pr(0.4):
                    e["contact"] = a.e["contact"]
                st = new_style(e)
                st["cp"] = a.st["cp"]
                rule = ("sister company of the same group: %s vs anchor's %s (%s) at a different address and "
                        "phone%s" % (
                            FORM_LABEL[e["form"]], FORM_LABEL[a.e["form"]],
                            "free-zone company vs mainland company" if e["form"] in FREEZONE_FORMS else
                            "mainland company vs free-zone company",
                            "; shares the group's accounts e-mail" if shared else ""))
            elif hn_type == "branch_other_emirate":
                a = pick([r for r in by_kind["org/branch"] + by_kind["org/trading"]
                          if rec_emirate(r.rec) and r.e["form"] in ("LLC", "CO_LLC") and r.e["domain"]])
                comp = a.e.get("company")
                if comp is None:
                    comp = {"core": a.e["core"], "type": a.e["type"], "form": a.e["form"], "domain": a.e["domain"],
                            "email": a.e["email"], "places": [a.e["place"]]}
                em_used = [PLACE_INFO[p][0] for p in comp["places"]] + [PLACE_INFO[a.e["place"]][0]]
                place = wch([(p, w) for p, w in PLACE_W if PLACE_INFO[p][0] not in em_used])
                e = mk_branch(comp, place)
                if a.rec["email"] and a.e["email"] == comp["email"] and pr(0.6):
                    e["email"] = a.e["email"]  # the head office's accounts mailbox
                elif e["email"] == comp["email"]:
                    e["email"] = org_email_at(comp["domain"], prefer=slug(PLACE_INFO[place][2]) + ".accounts")
                st = new_style(e)
                st["cp"] = a.st["cp"]
                st["addr"]["region"] = True
                rule = ("the company's %s branch, billed separately: name says '%s Branch', address and phone in "
                        "%s (anchor: %s)" % (place, place, place, a.e["place"]))
            elif hn_type == "restaurant_other_outlet":
                a = pick(by_kind["org/restaurant"])
                brand = a.e["brand"]
                e = mk_outlet(brand, a.e["place"])
                if a.rec["email"] and a.e["email"] == brand["email"] and pr(0.6):
                    e["email"] = a.e["email"]  # the brand's group mailbox
                st = new_style(e)
                st["cp"] = a.st["cp"]
                rule = ("another outlet of the same restaurant brand: '%s' vs anchor's '%s'; own address and phone"
                        % (e["label"]["name"], a.e["label"]["name"]))
            elif hn_type == "tower_same_manager":
                a = pick([r for r in by_kind["org/tower"]
                          if (r.rec["email"] and r.e["email"] == r.e["manager"]["email"])
                          or (r.rec["phone"] and r.e["phone"] == r.e["manager"]["phone"])])
                mgr = a.e["manager"]
                e = mk_tower(mgr)
                e["email"] = mgr["email"]
                e["phone"] = mgr["phone"]
                st = new_style(e)
                rule = ("another tower of the same managing company: '%s' vs anchor's '%s'; shares only the "
                        "manager's accounts e-mail/phone" % (e["label"]["name"], a.e["label"]["name"]))
            else:  # community_same_developer
                a = pick([r for r in by_kind["org/community"] if r.rec["email"] or
                          (r.rec["phone"] and r.e["phone"] == r.e["developer"]["phone"])])
                dev = a.e["developer"]
                e = mk_community(dev)
                e["phone"] = dev["phone"]
                st = new_style(e)
                rule = ("another community of the same developer: '%s' vs anchor's '%s'; shares only the "
                        "developer's e-mail/phone" % (e["label"]["name"], a.e["label"]["name"]))
            # an HN may share a mailbox / phone with its anchor only as its type allows (see README); it
            # never shares one with some other existing customer that the anchor does not show
            a_email, a_phone = rec_val(a.rec, "email"), rec_val(a.rec, "phone")
            if e.get("email") and e["email"].lower() != a_email and e["email"].lower() in index["email"]:
                e["email"] = org_email_at(e["domain"]) if e.get("domain") else new_email_for(e)
            if e.get("phone") and e["phone"] != a_phone and e["phone"] in index["phone"]:
                e["phone"] = new_phone("landline", e["place"])
            e["id"] = new_id()
            rec = render(e, st)
            out.append({"e": e, "st": st, "rec": rec, "anchor": a, "hn_type": hn_type, "rule": rule})
    return out


def form_class(f):
    if f in FREEZONE_FORMS:
        return "freezone"
    if f in ("LLC", "CO_LLC", "SOLE"):
        return "llc"
    if f == "EST":
        return "est"
    return None


def hn_changes(a_rec, h_rec, hn_type):
    ch_ = ["name:different"]
    for c in CH:
        va, vh = rec_val(a_rec, c), rec_val(h_rec, c)
        if not vh:
            ch_.append(c + ":absent")
        elif va == vh:
            ch_.append(c + ":shared")
        elif c == "address" and va and va.split("|")[1] == vh.split("|")[1]:
            ch_.append("address:same_building_other_unit")
        else:
            ch_.append(c + ":different")
    extra = {"namesake_other_emirate": "address:other_emirate", "father_son": "name:patronymic_reversed",
             "spouse": "name:given_differs", "new_tenant_same_villa": "name:other_person",
             "other_apartment_same_tower": "address:other_unit", "org_namesake_other_emirate": "company:other_activity",
             "group_company": "company:legal_form_differs", "branch_other_emirate": "company:branch_label",
             "restaurant_other_outlet": "company:outlet_differs", "tower_same_manager": "company:tower_differs",
             "community_same_developer": "company:community_differs"}[hn_type]
    ch_.append(extra)
    return ch_


# ==================================================================== main
def main(out_dir):
    global R
    R = random.Random(SEED)
    reset_registries()
    existing = build_existing()
    assert len(existing) == N_EXISTING, len(existing)
    index = fix_existing_channels(existing)
    resolve_display(existing)
    index = build_index([r.rec for r in existing], [r.e["id"] for r in existing])

    incoming = []
    # ---- matches
    chosen = R.sample(existing, N_MATCH)
    for r in chosen:
        profile = wch([("light", 45), ("medium", 35), ("harsh", 20)])
        uniq = unique_channels(r.rec, r.e["id"], index)
        e, st, rec, changes, fates = make_variant(r.e, r.st, r.rec, profile, uniq)
        ev = evidence(r.rec, rec)
        assert ev, (r.e["id"], changes)
        incoming.append({"rec": rec, "entity": r.e["id"], "category": "match", "kind": r.kind,
                         "profile": profile, "evidence": ev, "changes": changes, "base": r})
    # ---- hard negatives
    used_anchor = {}
    for h in build_hn(existing, used_anchor, index):
        a = h["anchor"]
        incoming.append({"rec": h["rec"], "entity": h["e"]["id"], "category": "hard_negative",
                         "kind": h["e"]["kind"], "anchor": a, "hn_type": h["hn_type"], "rule": h["rule"],
                         "shared": [c for c in CH if rec_val(a.rec, c) and rec_val(a.rec, c) == rec_val(h["rec"], c)],
                         "changes": hn_changes(a.rec, h["rec"], h["hn_type"])})
    # ---- new customers
    kinds = (["org/trading"] * 55 + ["org/freezone"] * 25 + ["org/restaurant"] * 25 + ["org/tower"] * 15 +
             ["org/school"] * 15 + ["org/clinic"] * 20 + ["org/hotel"] * 15 + ["org/compound"] * 10 +
             ["org/business"] * 40 + ["person/tenant"] * 95 + ["person/villa"] * 65 + ["person/landlord"] * 20)
    R.shuffle(kinds)
    occ = [3] * 25 + [2] * 75 + [1] * 300
    R.shuffle(occ)
    assert sum(occ) == N_NEW_REC and len(occ) == len(kinds)
    for kind, n in zip(kinds, occ):
        if kind == "org/trading":
            e = mk_trading()
        elif kind == "org/freezone":
            e = mk_freezone()
        elif kind == "org/restaurant":
            e = mk_outlet(mk_restaurant_brand())
            if pr(0.5):
                e["label"] = None
        elif kind == "org/tower":
            e = mk_tower(mk_manager())
        elif kind in ("org/school", "org/clinic", "org/hotel", "org/compound", "org/business"):
            e = mk_simple_org(kind)
        elif kind == "person/tenant":
            e = mk_person_ent(kind)
        elif kind == "person/villa":
            e = mk_person_ent(kind, utype="villa")
        else:
            e = mk_landlord()
        e["id"] = new_id()
        st = new_style(e)
        rec0 = render(e, st)
        if not any(rec0[c] for c in CH):
            st["addr"] = addr_style()
            rec0 = render(e, st)
        group = [{"rec": rec0, "entity": e["id"], "category": "new", "kind": kind, "occurrence": 1,
                  "occurrences": n, "changes": []}]
        for k in range(2, n + 1):
            profile = wch([("light", 60), ("medium", 40)])
            uniq = [c for c in CH if rec0[c]]
            _e, _st, rec, changes, fates = make_variant(e, st, rec0, profile, uniq)
            group.append({"rec": rec, "entity": e["id"], "category": "new", "kind": kind, "occurrence": k,
                          "occurrences": n, "profile": profile, "evidence": evidence(rec0, rec),
                          "changes": changes})
            assert group[-1]["evidence"]
        incoming.extend(group)
    assert len(incoming) == N_EXISTING, len(incoming)

    # ---- order
    R.shuffle(incoming)
    pos = {}
    for i, it in enumerate(incoming):
        if it["category"] == "new":
            pos.setdefault(it["entity"], []).append(i)
    groups = {}
    for it in incoming:
        if it["category"] == "new":
            groups.setdefault(it["entity"], []).append(it)
    for eid, plist in pos.items():
        items = sorted(groups[eid], key=lambda x: x["occurrence"])
        for p, it in zip(sorted(plist), items):
            incoming[p] = it
    first_pos = {}
    for i, it in enumerate(incoming):
        if it["category"] == "new" and it["occurrence"] == 1:
            first_pos[it["entity"]] = i

    existing.sort(key=lambda r: (r.rec["displayName"].lower(), r.rec["displayName"], r.e["id"]))
    ex_index = {r.e["id"]: i for i, r in enumerate(existing)}

    os.makedirs(out_dir, exist_ok=True)
    set_lines, meta_lines = [], []
    for i, r in enumerate(existing):
        set_lines.append({"set": "existing", "entity": r.e["id"], "contact": r.rec})
        meta_lines.append({"set": "existing", "index": i, "entity": r.e["id"], "category": "existing",
                           "kind": r.kind, "changes": [],
                           "qbo_suffix": r.st.get("dsuffix") is not None})
    for i, it in enumerate(incoming):
        set_lines.append({"set": "incoming", "entity": it["entity"], "contact": it["rec"]})
        m = {"set": "incoming", "index": i, "entity": it["entity"], "category": it["category"], "kind": it["kind"]}
        if it["category"] == "match":
            m.update({"profile": it["profile"], "evidence": it["evidence"], "changes": it["changes"],
                      "compare_set": "existing", "compare_index": ex_index[it["entity"]]})
        elif it["category"] == "new":
            m.update({"occurrence": it["occurrence"], "occurrences": it["occurrences"], "changes": it["changes"]})
            if it["occurrence"] > 1:
                m.update({"profile": it["profile"], "evidence": it["evidence"], "compare_set": "incoming",
                          "compare_index": first_pos[it["entity"]]})
        else:
            a = it["anchor"]
            m.update({"anchor": a.e["id"], "anchor_index": ex_index[a.e["id"]], "anchor_kind": a.kind,
                      "hn_type": it["hn_type"], "rule": it["rule"], "shared": it["shared"],
                      "changes": it["changes"]})
        meta_lines.append(m)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    out = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args[:1] == ["--out"] and len(args) > 1:
        out = args[1]
    main(out)
