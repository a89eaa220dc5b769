#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- synthetic labelled benchmark set for customer record linkage.

Scenario "us-tuition": a US private-education group (two K-12 day schools in
suburban Atlanta GA and Charlotte NC, a music & tutoring center in Columbus OH,
summer camps near Asheville NC) bills tuition, fees and camps through
QuickBooks Online (USD).  The PAYER is the customer, never the student.

Writes set.jsonl (1,500 existing customers + 1,500 incoming records) and
meta.jsonl (labels) into this folder, or into --out DIR.

Standard library only, one random.Random(SEED); output is byte-identical for
any PYTHONHASHSEED (no iteration over sets/hash-ordered containers is ever
allowed to influence the output).

Everything is invented: people, firms, mailboxes, phone numbers and house
numbers.  Place names, ZIP codes, area codes and major road names are real
geography.  Free-mail domains are the ones US households actually use;
organisation domains are invented small domains or *.example.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
import random
from difflib import SequenceMatcher

SEED = 20240611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_EXISTING_ORGS = 225

# match customers: (count of customers, records per customer)
MATCH_PLAN = [(591, 1), (90, 2), (18, 3)]            # 699 customers, 825 records
NEW_PLAN = [(300, 1), (75, 2), (25, 3)]              # 400 customers, 525 records
N_HARD_NEGATIVES = 150

FIELDS = ['displayName', 'givenName', 'familyName', 'companyName',
          'email', 'phone', 'address']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']

# ---------------------------------------------------------------------------
# small helpers (all randomness goes through R)
# ---------------------------------------------------------------------------


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight) -- deterministic order."""
    total = 0.0
    for _, w in pairs:
        total += w
    x = R.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x < acc:
            return item
    return pairs[-1][0]


def sample(seq, k):
    return R.sample(list(seq), k)


def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(ch))


def slug(s):
    s = strip_accents(s).lower()
    return re.sub(r'[^a-z0-9]', '', s)


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------------------
# PEOPLE: given names by (ethnic background, gender) for parents (born ~1972-1994)
# ---------------------------------------------------------------------------

ETHS = ['anglo', 'aa', 'korean', 'indian', 'nigerian', 'hispanic']

GIVEN = {
    ('anglo', 'F'): [
        'Jennifer', 'Elizabeth', 'Sarah', 'Jessica', 'Ashley', 'Amanda', 'Emily',
        'Lauren', 'Megan', 'Rachel', 'Katherine', 'Rebecca', 'Lindsey', 'Allison',
        'Kristen', 'Heather', 'Meredith', 'Caroline', 'Margaret', 'Anna',
        'Mary Beth', 'Anna Grace', 'Sara Beth', 'Laura', 'Erin', 'Courtney',
        'Brooke', 'Whitney', 'Natalie', 'Stephanie', 'Melissa', 'Amy', 'Kelly',
        'Christine', 'Susan', 'Leigh Ann', 'Holly', 'Abigail', 'Catherine',
        'Victoria', 'Hannah', 'Molly', 'Jill', 'Kathleen', 'Julie', 'Carrie',
        'Amber', 'Kimberly', 'Leslie', 'Tara', 'Kendall', 'Ellen', 'Claire',
        'Virginia', 'Mary Katherine', 'Elise', 'Shelby', 'Lacey', 'Brittany',
        'Jacqueline', 'Alexandra', 'Samantha', 'Cassandra', 'Rebekah', 'Jamie',
        'Patricia', 'Deborah', 'Cynthia', 'Tiffany', 'Mallory', 'Kristin',
    ],
    ('anglo', 'M'): [
        'Michael', 'Christopher', 'Matthew', 'James', 'William', 'John', 'David',
        'Robert', 'Andrew', 'Daniel', 'Joseph', 'Jonathan', 'Ryan', 'Brian',
        'Jason', 'Justin', 'Benjamin', 'Thomas', 'Charles', 'Patrick', 'Timothy',
        'Kevin', 'Steven', 'Jeffrey', 'Gregory', 'Bradley', 'Scott', 'Eric',
        'Mark', 'Richard', 'Nathan', 'Zachary', 'Adam', 'Kyle', 'Travis',
        'Wesley', 'Clayton', 'Bennett', 'Samuel', 'Joshua', 'Edward', 'Stephen',
        'Douglas', 'Philip', 'Russell', 'Grant', 'Lucas', 'Jeremy', 'Tyler',
        'Chad', 'Hunter', 'Alexander', 'Nicholas', 'Anthony', 'Kenneth',
        'Lawrence', 'Mitchell', 'Theodore', 'Frederick', 'Raymond', 'Jacob',
        'Garrett', 'Brandon', 'Derek', 'Cody', 'Dustin', 'Preston', 'Walker',
    ],
    ('aa', 'F'): [
        'Keisha', 'LaToya', 'Tamika', 'Ebony', 'Shanice', 'Aaliyah', 'Jasmine',
        'Monique', 'Kendra', 'Tiffany', 'Danielle', 'Crystal', 'Angela', 'Andrea',
        'Nicole', 'Kimberly', 'Latasha', 'Imani', 'Nia', 'Tanisha', 'Shameka',
        'Candace', 'Erica', 'Brandi', 'Precious', 'Janelle', 'Alicia', 'Yolanda',
        'Felicia', 'Tierra', 'Chantal', 'Simone', 'Adrienne', 'Raven', 'Jacqueline',
        'Kiara', 'Destiny', 'Tonya', 'Sherise', 'LaShonda', 'Ayanna', 'Dominique',
        'Whitney', 'Courtney', 'Brittany', 'Patricia', 'Vanessa', 'Regina',
    ],
    ('aa', 'M'): [
        'Marcus', 'Jamal', 'Darnell', 'DeShawn', 'Andre', 'Terrence', 'Brandon',
        'Jerome', 'Reginald', 'Cedric', 'Darius', 'Malik', 'Antoine', 'Dwayne',
        'Kendrick', 'Corey', 'Derrick', 'Jermaine', 'Maurice', 'Tremaine',
        'Xavier', 'Rashad', 'Lamar', 'Quincy', 'Julian', 'Isaiah', 'Kevin',
        'Anthony', 'Calvin', 'Troy', 'Roderick', 'Cornelius', 'Demetrius',
        'Michael', 'Christopher', 'Jonathan', 'Darryl', 'Terrell', 'Kareem',
        'Jarvis', 'Omari', 'Khalil', 'Dante', 'Frederick', 'Byron', 'Gregory',
    ],
    ('korean', 'F'): [
        'Ji-yeon', 'Seo-yeon', 'Soo-jin', 'Eun-ji', 'Mi-kyung', 'Hye-jin',
        'Min-ji', 'Yoon-hee', 'Ji-hye', 'Sun-young', 'Hyun-joo', 'Eun-young',
        'Grace', 'Esther', 'Christine', 'Sarah', 'Hannah', 'Jennifer', 'Julie',
        'Michelle', 'Sophia', 'Joanne', 'Rachel', 'Eunice', 'Helen', 'Sharon',
    ],
    ('korean', 'M'): [
        'Ji-hoon', 'Min-jun', 'Hyun-woo', 'Jae-won', 'Young-ho', 'Sung-min',
        'Dong-hyun', 'Seung-woo', 'Jin-woo', 'Tae-yang', 'Sang-hoon', 'Kyung-soo',
        'Daniel', 'David', 'Joseph', 'Paul', 'Peter', 'Andrew', 'John', 'Samuel',
        'James', 'Steven', 'Eugene', 'Timothy', 'Richard', 'Edward',
    ],
    ('indian', 'F'): [
        'Priya', 'Anjali', 'Deepa', 'Kavitha', 'Lakshmi', 'Sunita', 'Meera',
        'Neha', 'Pooja', 'Divya', 'Shreya', 'Aarti', 'Swati', 'Radhika', 'Sneha',
        'Nandini', 'Padma', 'Sangeetha', 'Vidya', 'Rupa', 'Archana', 'Smita',
        'Madhavi', 'Harini', 'Bhavana', 'Shalini', 'Kavya', 'Ritu', 'Anupama',
    ],
    ('indian', 'M'): [
        'Rajesh', 'Suresh', 'Venkatesh', 'Arjun', 'Vikram', 'Sanjay', 'Anil',
        'Ravi', 'Karthik', 'Srinivas', 'Prakash', 'Rahul', 'Amit', 'Nikhil',
        'Ashok', 'Ganesh', 'Harish', 'Manoj', 'Naveen', 'Pradeep', 'Ramesh',
        'Sunil', 'Vivek', 'Aditya', 'Sandeep', 'Venkata Ramana', 'Sai Krishna',
        'Rohit', 'Gautam', 'Siddharth', 'Abhishek', 'Krishna',
    ],
    ('nigerian', 'F'): [
        'Ngozi', 'Chiamaka', 'Adaeze', 'Funmilayo', 'Oluwadamilola', 'Temitope',
        'Folasade', 'Yetunde', 'Chinwe', 'Ifeoma', 'Nneka', 'Bukola', 'Omolara',
        'Adebimpe', 'Olayinka', 'Oluwakemi', 'Titilayo', 'Ebere', 'Uchechi',
        'Amarachi', 'Blessing', 'Chioma', 'Abimbola', 'Morenike',
    ],
    ('nigerian', 'M'): [
        'Chukwuemeka', 'Oluwaseun', 'Babatunde', 'Adebayo', 'Olumide', 'Chinedu',
        'Obinna', 'Ikenna', 'Oluwafemi', 'Kayode', 'Tochukwu', 'Uchenna',
        'Olusegun', 'Adewale', 'Oluwatobi', 'Nnamdi', 'Chidiebere', 'Akinwale',
        'Ifeanyi', 'Emmanuel', 'Oladele', 'Gbenga', 'Ayodele', 'Chibuike',
    ],
    ('hispanic', 'F'): [
        'María', 'Ana', 'Carmen', 'Sofía', 'Lucía', 'Gabriela', 'Valeria',
        'Adriana', 'Daniela', 'Marisol', 'Yesenia', 'Verónica', 'Claudia',
        'Patricia', 'Rosa', 'Elena', 'Isabel', 'Mónica', 'Alejandra', 'Leticia',
        'Guadalupe', 'Beatriz', 'Paola', 'Natalia', 'María José', 'Ana Lucía',
        'Mariana', 'Jessica', 'Vanessa', 'Liliana', 'Maritza', 'Araceli',
    ],
    ('hispanic', 'M'): [
        'José', 'Juan', 'Luis', 'Carlos', 'Alejandro', 'Javier', 'Miguel',
        'Ricardo', 'Fernando', 'Andrés', 'Diego', 'Eduardo', 'Francisco',
        'Jorge', 'Rafael', 'Roberto', 'Sergio', 'Héctor', 'Raúl', 'Óscar',
        'Manuel', 'Antonio', 'Jesús', 'Ignacio', 'Juan Carlos', 'José Luis',
        'Gerardo', 'Arturo', 'Rubén', 'Martín', 'Joaquín', 'Alberto',
    ],
}

# grandparents (born ~1945-1962)
ELDER_GIVEN = {
    ('anglo', 'F'): ['Linda', 'Barbara', 'Carol', 'Patricia', 'Judith', 'Donna',
                     'Sharon', 'Brenda', 'Deborah', 'Janet', 'Joyce', 'Diane',
                     'Cheryl', 'Gloria', 'Shirley', 'Beverly', 'Peggy', 'Martha',
                     'Frances', 'Gail', 'Nancy', 'Sandra', 'Kathy', 'Margaret'],
    ('anglo', 'M'): ['Richard', 'Gerald', 'Harold', 'Ronald', 'Larry', 'Dennis',
                     'Roger', 'Gary', 'Wayne', 'Kenneth', 'Donald', 'Charles',
                     'Frank', 'Raymond', 'Earl', 'Walter', 'Bobby', 'Jimmy',
                     'Dale', 'Curtis', 'William', 'Thomas', 'James', 'Robert'],
    ('aa', 'F'): ['Gloria', 'Bernice', 'Dorothy', 'Loretta', 'Gwendolyn',
                  'Shirley', 'Betty', 'Evelyn', 'Annie', 'Mattie', 'Delores',
                  'Brenda', 'Cynthia', 'Barbara', 'Carolyn'],
    ('aa', 'M'): ['Willie', 'Clarence', 'Otis', 'Leroy', 'Alvin', 'James',
                  'Robert', 'Charles', 'Henry', 'Eddie', 'Curtis', 'Larry',
                  'Harold', 'Melvin', 'Roosevelt'],
    ('korean', 'F'): ['Young-ja', 'Soon-ja', 'Myung-hee', 'Kyung-ja', 'Jung-sook',
                      'Grace', 'Helen', 'Esther', 'Susan', 'Mary'],
    ('korean', 'M'): ['Young-soo', 'Sang-chul', 'Byung-ho', 'Kwang-soo',
                      'Jong-il', 'Paul', 'John', 'Peter', 'Samuel', 'Joseph'],
    ('indian', 'F'): ['Lakshmi', 'Saraswati', 'Kamala', 'Usha', 'Savitri',
                      'Sarala', 'Vasantha', 'Meenakshi', 'Pushpa', 'Shanta'],
    ('indian', 'M'): ['Venkataraman', 'Krishnamurthy', 'Ramaswamy', 'Subramaniam',
                      'Gopal', 'Mohan', 'Narayan', 'Bharat', 'Jagdish', 'Mahesh'],
    ('nigerian', 'F'): ['Grace', 'Comfort', 'Mercy', 'Florence', 'Victoria',
                        'Ngozi', 'Folake', 'Adunni', 'Nkechi', 'Bolanle'],
    ('nigerian', 'M'): ['Emmanuel', 'Samuel', 'Joseph', 'Festus', 'Gabriel',
                        'Olufemi', 'Chukwudi', 'Adeyinka', 'Okechukwu', 'Babajide'],
    ('hispanic', 'F'): ['Rosa', 'Josefina', 'Guadalupe', 'María', 'Carmen',
                        'Teresa', 'Dolores', 'Consuelo', 'Esperanza', 'Graciela'],
    ('hispanic', 'M'): ['Jesús', 'Rogelio', 'José', 'Manuel', 'Ramón', 'Armando',
                        'Guillermo', 'Salvador', 'Enrique', 'Rodolfo'],
}

CHILD_GIVEN = {
    'F': ['Emma', 'Olivia', 'Ava', 'Sophia', 'Charlotte', 'Amelia', 'Harper',
          'Evelyn', 'Abigail', 'Ella', 'Avery', 'Scarlett', 'Grace', 'Chloe',
          'Lily', 'Zoe', 'Madison', 'Aubrey', 'Nora', 'Riley', 'Layla',
          'Brooklyn', 'Anna Grace', 'Mary Claire', 'Kennedy', 'Zuri', 'Amara',
          'Jada', 'Aaliyah', 'Ximena', 'Camila', 'Valentina', 'Isabella', 'Mia',
          'Seo-ah', 'Ananya', 'Diya', 'Ishita', 'Adaeze', 'Chidera', 'Tomi',
          'Sadie', 'Eloise', 'Margaret', 'Hazel', 'Ruby', 'Genesis', 'Naomi'],
    'M': ['Liam', 'Noah', 'William', 'James', 'Benjamin', 'Lucas', 'Henry',
          'Alexander', 'Jackson', 'Elijah', 'Mason', 'Carter', 'Wyatt',
          'Grayson', 'Hudson', 'Jaxon', 'Caleb', 'Isaiah', 'Josiah', 'Jaylen',
          'Cameron', 'Miles', 'Mateo', 'Santiago', 'Sebastian', 'Aarav',
          'Vihaan', 'Arjun', 'Ethan', 'Daniel', 'Jun', 'Minjun', 'Chidi', 'Tobi',
          'Ayo', 'Jayden', 'Bryson', 'Brantley', 'Beckett', 'Walker', 'Theo',
          'Hayes', 'Jude', 'Ezra', 'Landon', 'Micah'],
}

FAMILY = {
    'anglo': [
        'Carter', 'Mitchell', 'Thompson', 'Harrison', 'Whitaker', 'Caldwell',
        'Brooks', 'Henderson', 'Sullivan', "O'Brien", 'McAllister', 'Patterson',
        'Callahan', 'Ellison', 'Bennett', 'Hayes', 'Prescott', 'Holloway',
        'Sinclair', 'Pruitt', 'Vaughn', 'Bledsoe', 'Gentry', 'Hollis', 'Stroud',
        'Tate', 'Ashby', 'Kincaid', 'Lowery', 'Faulkner', 'Montgomery', 'Whitley',
        'Yarbrough', 'Cobb', 'Pickens', 'Honeycutt', 'Lockhart', 'Strickland',
        'Blackwell', 'Dunaway', 'Ratliff', 'Shelnutt', 'Cathcart', 'Gwinn',
        'Abernathy', 'Barnhill', 'Beasley', 'Bishop', 'Bowen', 'Brantley',
        'Burgess', 'Chandler', 'Chastain', 'Crenshaw', 'Crawford', 'Davenport',
        'Dobbins', 'Duncan', 'Eubanks', 'Farris', 'Fitzgerald', 'Fletcher',
        'Garrison', 'Gilliam', 'Goodwin', 'Greer', 'Hammond', 'Hardin', 'Hendrix',
        'Hutchins', 'Ingle', 'Jernigan', 'Kendrick', 'Lancaster', 'Langford',
        'Ledford', 'Maddox', 'Massey', 'McBride', 'McDaniel', 'McKenzie',
        'McLeod', 'Merritt', 'Moody', 'Morrow', 'Nash', 'Norris', 'Odom',
        'Osborne', 'Parrish', 'Peacock', 'Pendergrass', 'Poole', 'Pryor',
        'Quinn', 'Rhodes', 'Riddle', 'Rowland', 'Satterfield', 'Sexton',
        'Shepherd', 'Sizemore', 'Spivey', 'Stanton', 'Sutton', 'Talley',
        'Thornton', 'Tidwell', 'Underwood', 'Vance', 'Waldrop', 'Whitmire',
        'Wilkes', 'Womack', 'Yates', 'Smith', 'Johnson', 'Williams', 'Brown',
        'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore',
        'Martin', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King',
        'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell',
        'Roberts', 'Turner', 'Phillips', 'Parker', 'Evans', 'Edwards', 'Collins',
        'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper',
        'Peterson', 'Reed', 'Bailey', 'Kelly', 'Howard', 'Ward', 'Cox',
        'Richardson', 'Watson', 'Gray', 'Hughes', 'Price', 'Myers', 'Foster',
        'Sanders', 'Powell', 'Russell', 'Perry', 'Butler', 'Barnes', 'Fisher',
        'Reynolds', 'Hamilton', 'Graham', 'Wallace', 'Cole', 'Bryant', 'Gibson',
        'Ellis', 'Stevens', 'Tucker', 'Porter', 'Hunter', 'Boyd', 'Warren',
        'Gordon', 'Shaw', 'Holmes', 'Palmer', 'Grant', 'Knight', 'Ferguson',
        'Hawkins', 'Dunn', 'Perkins', 'Hudson', 'Spencer', 'Pierce', 'Carroll',
        'St. John', 'DeLoach', 'Van Buskirk', 'McGuire', "O'Neal", 'MacDonald',
    ],
    'anglo_oh': [
        'Schneider', 'Hoffman', 'Wagner', 'Becker', 'Schultz', 'Klein', 'Meyer',
        'Kaufman', 'Zimmerman', 'Vogel', 'Kessler', 'Reinhardt', 'Dietrich',
        'Baumgartner', 'Brenneman', 'Yoder', 'Stoltzfus', 'Hartman', 'Kraus',
        'Lehman', 'Ritter', 'Shumaker', 'Wolfe', 'Fenstermaker', 'Kowalski',
        'Novak', 'Sabatino', 'DiFranco', 'Lombardi',
    ],
    'aa': [
        'Washington', 'Jefferson', 'Jackson', 'Robinson', 'Freeman', 'Coleman',
        'Gaines', 'Booker', 'Mosley', 'Dawson', 'Whitfield', 'Hairston',
        'Tolliver', 'Pettaway', 'McCray', 'Blakely', 'Ransom', 'Battle',
        'Cofield', 'Sims', 'Merriweather', 'Boykin', 'Goins', 'Lassiter',
        'Outlaw', 'Peoples', 'Staton', 'Wimberly', 'Cherry', 'Howell', 'Bynum',
        'Spears', 'Gadsden', 'Bellamy', 'Stokes', 'Grier', 'Hargrove', 'Tillman',
        'Mack', 'Person', 'Ingram', 'Jenkins', 'Brown', 'Williams', 'Johnson',
        'Harris', 'Thomas', 'Walker', 'Moore', 'Davis', 'Green', 'Simmons',
        'Bryant', 'Gilmore', 'Pettiford', 'Chisholm', 'Dukes', 'Faison',
    ],
    'korean': [
        'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang',
        'Lim', 'Han', 'Shin', 'Oh', 'Seo', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo',
        'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Baek', 'Chung', 'Nam', 'Byun',
    ],
    'indian': [
        'Patel', 'Shah', 'Sharma', 'Gupta', 'Reddy', 'Rao', 'Iyer', 'Krishnan',
        'Subramanian', 'Venkataraman', 'Nair', 'Menon', 'Desai', 'Mehta', 'Joshi',
        'Kulkarni', 'Chatterjee', 'Banerjee', 'Agarwal', 'Bhat', 'Srinivasan',
        'Natarajan', 'Pillai', 'Chowdhury', 'Kapoor', 'Malhotra', 'Sinha',
        'Verma', 'Trivedi', 'Parikh', 'Amin', 'Narayanan', 'Raghavan',
        'Ramachandran', 'Balasubramanian', 'Chandrasekaran', 'Mukherjee',
        'Dutta', 'Goswami', 'Singh', 'Bhatt', 'Kothari', 'Jain',
    ],
    'nigerian': [
        'Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Olawale',
        'Adebayo', 'Obi', 'Okeke', 'Ogunleye', 'Afolabi', 'Chukwu', 'Nwachukwu',
        'Oyelaran', 'Adeleke', 'Oladipo', 'Uzoma', 'Ibekwe', 'Akinola',
        'Adewale', 'Ogundipe', 'Oyewole', 'Anyanwu', 'Emenike', 'Okoro', 'Ilori',
        'Fashola', 'Bakare', 'Ajayi', 'Adeniyi', 'Olatunji', 'Onwuachi', 'Nnaji',
        'Ezeani', 'Oguntoye', 'Ogbonna', 'Onyeama',
    ],
    'hispanic': [
        'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González',
        'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez',
        'Díaz', 'Morales', 'Ortiz', 'Castillo', 'Vargas', 'Peña', 'Muñoz',
        'Ibáñez', 'Castañeda', 'Núñez', 'Ordóñez', 'Reyes', 'Cruz', 'Gutiérrez',
        'Mendoza', 'Ruiz', 'Aguilar', 'Medina', 'Herrera', 'Jiménez', 'Vásquez',
        'Salazar', 'Delgado', 'Cabrera', 'Montoya', 'Zúñiga', 'Espinoza',
        'De la Cruz', 'Villaseñor',
    ],
}

# nicknames / short forms a person is really called by
NICK = {
    'Elizabeth': ['Beth', 'Liz', 'Betsy', 'Libby'], 'William': ['Bill', 'Will', 'Billy'],
    'James': ['Jim', 'Jimmy', 'Jamie'], 'Katherine': ['Kate', 'Katie', 'Kathy'],
    'Catherine': ['Cathy', 'Cat', 'Kate'], 'Kathleen': ['Kathy', 'Kate'],
    'Christopher': ['Chris'], 'Christine': ['Chris', 'Christy'],
    'Robert': ['Rob', 'Bob', 'Bobby'], 'Michael': ['Mike'],
    'Jennifer': ['Jen', 'Jenny'], 'Margaret': ['Maggie', 'Meg', 'Peggy'],
    'Richard': ['Rick', 'Rich'], 'Thomas': ['Tom', 'Tommy'], 'Jonathan': ['Jon'],
    'Matthew': ['Matt'], 'Andrew': ['Andy', 'Drew'], 'Patricia': ['Patty', 'Trish', 'Pat'],
    'Rebecca': ['Becky', 'Becca'], 'Rebekah': ['Becky'], 'Samuel': ['Sam'],
    'Samantha': ['Sam', 'Sammi'], 'Alexander': ['Alex'], 'Alexandra': ['Alex', 'Lexi'],
    'Benjamin': ['Ben'], 'Daniel': ['Dan', 'Danny'], 'David': ['Dave'],
    'Edward': ['Ed', 'Ted'], 'Jacqueline': ['Jackie'], 'Jessica': ['Jess'],
    'Joseph': ['Joe'], 'Joshua': ['Josh'], 'Kimberly': ['Kim'], 'Lawrence': ['Larry'],
    'Nicholas': ['Nick'], 'Stephanie': ['Steph'], 'Steven': ['Steve'],
    'Stephen': ['Steve'], 'Susan': ['Sue', 'Susie'], 'Theodore': ['Ted', 'Teddy'],
    'Timothy': ['Tim'], 'Victoria': ['Tori', 'Vicky'], 'Anthony': ['Tony'],
    'Deborah': ['Deb', 'Debbie'], 'Cynthia': ['Cindy'], 'Gregory': ['Greg'],
    'Kenneth': ['Ken', 'Kenny'], 'Donald': ['Don'], 'Ronald': ['Ron', 'Ronnie'],
    'Charles': ['Charlie', 'Chuck'], 'Frederick': ['Fred', 'Freddie'],
    'Abigail': ['Abby'], 'Allison': ['Ally', 'Allie'], 'Amanda': ['Mandy'],
    'Cassandra': ['Cassie'], 'Caroline': ['Carrie'], 'Jeffrey': ['Jeff'],
    'Mitchell': ['Mitch'], 'Philip': ['Phil'], 'Raymond': ['Ray'],
    'Zachary': ['Zach'], 'Douglas': ['Doug'], 'Bradley': ['Brad'],
    'Jacob': ['Jake'], 'Gerald': ['Jerry'], 'Harold': ['Hal'], 'Dennis': ['Denny'],
    'Judith': ['Judy'], 'Barbara': ['Barb'], 'Sandra': ['Sandy'], 'Nancy': ['Nan'],
    'Walter': ['Walt'], 'Beverly': ['Bev'], 'Frances': ['Fran'],
    'Mary Beth': ['MB', 'Mary'], 'Anna Grace': ['Anna'], 'Sara Beth': ['Sara'],
    'Leigh Ann': ['Leigh'], 'Mary Katherine': ['Mary Kate', 'MK'],
    'Reginald': ['Reggie'], 'Terrence': ['Terry'], 'Demetrius': ['Meech'],
    'Cornelius': ['Neil'], 'Jermaine': ['Maine'], 'Roderick': ['Rod'],
    'Darryl': ['Daryl'], 'Latasha': ['Tasha'], 'Danielle': ['Dani'],
    'Angela': ['Angie'], 'Nicole': ['Nikki'], 'Andrea': ['Andi'],
    'Jasmine': ['Jazz'], 'Yolanda': ['Yoli'], 'Dominique': ['Dom'],
    'Chukwuemeka': ['Emeka'], 'Oluwaseun': ['Seun'], 'Babatunde': ['Tunde'],
    'Adebayo': ['Bayo'], 'Olumide': ['Mide'], 'Chinedu': ['Nedu'],
    'Ikenna': ['Ike'], 'Oluwafemi': ['Femi'], 'Tochukwu': ['Tochi'],
    'Olusegun': ['Segun'], 'Adewale': ['Wale'], 'Oluwatobi': ['Tobi'],
    'Chidiebere': ['Chidi'], 'Ifeanyi': ['Ify'], 'Chiamaka': ['Amaka'],
    'Adaeze': ['Ada'], 'Funmilayo': ['Funmi'], 'Oluwadamilola': ['Dami', 'Lola'],
    'Temitope': ['Tope'], 'Folasade': ['Sade'], 'Ifeoma': ['Ify'],
    'Bukola': ['Bukky'], 'Omolara': ['Lara'], 'Oluwakemi': ['Kemi'],
    'Titilayo': ['Titi'], 'Abimbola': ['Bimbo'], 'Ayodele': ['Ayo'],
    'Alejandro': ['Alex'], 'Guadalupe': ['Lupe'], 'Francisco': ['Paco', 'Frank'],
    'Roberto': ['Beto'], 'Alberto': ['Beto'], 'Eduardo': ['Lalo'],
    'Ignacio': ['Nacho'], 'Gabriela': ['Gaby'], 'Alejandra': ['Ale'],
    'Fernando': ['Fer'], 'Juan Carlos': ['JC'], 'José Luis': ['Pepe'],
    'Venkatesh': ['Venky'], 'Srinivas': ['Srini'], 'Vikram': ['Vik'],
    'Rajesh': ['Raj'], 'Venkata Ramana': ['Ramana'], 'Sai Krishna': ['Sai'],
    'Siddharth': ['Sid'], 'Abhishek': ['Abhi'], 'Lakshmi': ['Lakshmi'],
    'Krishnamurthy': ['Murthy'], 'Venkataraman': ['Raman'],
    'Ji-hoon': ['Jay'], 'Min-jun': ['Mike'], 'Hyun-woo': ['Harry'],
    'Seo-yeon': ['Sally'], 'Soo-jin': ['Susan'], 'Eun-ji': ['Angie'],
    'Mi-kyung': ['Michelle'], 'Jae-won': ['Jay'], 'Sung-min': ['Sam'],
}

# alternative spellings people and clerks produce
SPELLING = {
    'Jennifer': 'Jenifer', 'Katherine': 'Kathryn', 'Catherine': 'Katherine',
    'Steven': 'Stephen', 'Stephen': 'Steven', 'Sarah': 'Sara', 'Sara Beth': 'Sarah Beth',
    'Philip': 'Phillip', 'Jeffrey': 'Geoffrey', 'Rebecca': 'Rebekah',
    'Allison': 'Alison', 'Megan': 'Meghan', 'Kristen': 'Kristin', 'Kristin': 'Kristen',
    'Lindsey': 'Lindsay', 'Brittany': 'Britney', 'Aaliyah': 'Aliyah',
    'Jacqueline': 'Jaqueline', 'Leslie': 'Lesley', 'Erin': 'Erinn',
    'Shanice': 'Shaniece', 'Tamika': 'Tameka', 'Latasha': 'LaTasha',
    'LaToya': 'Latoya', 'DeShawn': 'Deshawn', 'Terrence': 'Terrance',
    'Darnell': 'Darnel', 'Jermaine': 'Jermain', 'Monique': 'Monica',
    'Andre': 'André', 'Marcus': 'Markus', 'Kendra': 'Kendrah',
    'McAllister': 'MacAllister', 'Thompson': 'Thomson', 'Pruitt': 'Pruett',
    'Holloway': 'Halloway', 'Yarbrough': 'Yarborough', 'Whitley': 'Whitely',
    'Strickland': 'Stricklin', 'Subramanian': 'Subramaniam',
    'Srinivasan': 'Srinivasen', 'Chowdhury': 'Choudhury', 'Adeyemi': 'Adeyemmi',
    'Okonkwo': 'Okonkow', 'Lee': 'Yi', 'Park': 'Pak', 'Choi': 'Choe',
    'Jung': 'Chung', 'Kang': 'Gang', 'Cho': 'Jo', 'Yoon': 'Yun', 'Lim': 'Im',
    'Shin': 'Sin', 'Kwon': 'Gwon', 'Yoo': 'Yu', 'Reid': 'Reed',
    'Honeycutt': 'Hunnicutt', 'Shelnutt': 'Shellnut', 'Gwinn': 'Gwynn',
    'Whitmire': 'Whitmore', 'Merriweather': 'Meriwether', 'Pettaway': 'Petteway',
    'Hairston': 'Harston', 'Mosley': 'Moseley', 'Tolliver': 'Toliver',
    'Chastain': 'Chastaine', 'Ledford': 'Leadford', 'Gentry': 'Gentery',
    'Reynolds': 'Reynold', 'Kowalski': 'Kowalsky', 'Schultz': 'Shultz',
    'Schneider': 'Snyder', 'Zimmerman': 'Zimmermann', 'Hoffman': 'Hoffmann',
    'Ogunleye': 'Ogunlaye', 'Oyelaran': 'Oyeleran', 'Nwachukwu': 'Nwachuku',
    'Gutiérrez': 'Gutierres', 'Vásquez': 'Vázquez', 'Villaseñor': 'Villasenor',
    'Mohammed': 'Muhammad', 'Geoffrey': 'Jeffrey', 'Gregory': 'Gregroy',
    'Venkataraman': 'Venkatraman', 'Balasubramanian': 'Balasubramaniam',
    'Chandrasekaran': 'Chandrasekharan', 'Narayanan': 'Narayan',
}

TITLES_M = ['Mr.']
TITLES_F = ['Mrs.', 'Ms.']
SUFFIXES = ['Jr.', 'Sr.', 'II', 'III', 'IV']

GRADES = ['PK3', 'PK4', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10',
          '11', '12']


# ---------------------------------------------------------------------------
# GEOGRAPHY (real places, ZIP codes, area codes, major roads)
# city: (name, state, metro, zips, area codes, postal-city alias or None,
#        real roads in town, weight)
# ---------------------------------------------------------------------------

CITY_TABLE = [
    # --- metro Atlanta (Georgia) -------------------------------------------
    ('Alpharetta', 'GA', 'atl', ['30004', '30005', '30009', '30022'], ['770', '678', '470'], None,
     ['Old Milton Pkwy', 'Haynes Bridge Rd', 'Kimball Bridge Rd', 'Webb Bridge Rd', 'Mayfield Rd'], 9),
    ('Roswell', 'GA', 'atl', ['30075', '30076'], ['770', '678', '470'], None,
     ['Holcomb Bridge Rd', 'Old Alabama Rd', 'Crabapple Rd', 'Hembree Rd', 'Riverside Rd'], 10),
    ('Marietta', 'GA', 'atl', ['30060', '30062', '30064', '30066', '30067', '30068'], ['770', '678', '470'], None,
     ['Johnson Ferry Rd', 'Sandy Plains Rd', 'Canton Rd', 'Whitlock Ave', 'Roswell Rd', 'Paper Mill Rd'], 8),
    ('Sandy Springs', 'GA', 'atl', ['30328', '30350', '30342'], ['404', '770', '678'], 'Atlanta',
     ['Roswell Rd', 'Mount Vernon Hwy', 'Dunwoody Club Dr', 'Spalding Dr', 'Heards Ferry Rd'], 7),
    ('Dunwoody', 'GA', 'atl', ['30338'], ['770', '678', '404'], 'Atlanta',
     ['Chamblee Dunwoody Rd', 'Mount Vernon Rd', 'Tilly Mill Rd', 'Womack Rd', 'Vermack Rd'], 5),
    ('Brookhaven', 'GA', 'atl', ['30319'], ['404', '470'], 'Atlanta',
     ['Ashford Dunwoody Rd', 'Dresden Dr', 'Johnson Ferry Rd NE', 'Windsor Pkwy', 'Osborne Rd NE'], 4),
    ('Johns Creek', 'GA', 'atl', ['30097', '30022', '30005'], ['770', '678', '470'], 'Duluth',
     ['Medlock Bridge Rd', 'State Bridge Rd', 'Jones Bridge Rd', 'Abbotts Bridge Rd', 'Parsons Rd'], 7),
    ('Milton', 'GA', 'atl', ['30004'], ['770', '678'], 'Alpharetta',
     ['Birmingham Hwy', 'Hopewell Rd', 'Freemanville Rd', 'Arnold Mill Rd', 'Bethany Bend'], 4),
    ('Duluth', 'GA', 'atl', ['30096', '30097'], ['770', '678', '470'], None,
     ['Pleasant Hill Rd', 'Peachtree Industrial Blvd', 'Buford Hwy', 'Abbotts Bridge Rd'], 4),
    ('Peachtree Corners', 'GA', 'atl', ['30092'], ['770', '678'], 'Norcross',
     ['Spalding Dr', 'Peachtree Pkwy', 'Holcomb Bridge Rd', 'Technology Pkwy'], 3),
    ('Decatur', 'GA', 'atl', ['30030', '30033'], ['404', '470'], None,
     ['Clairmont Rd', 'Scott Blvd', 'N Decatur Rd', 'Ponce de Leon Ave', 'Church St', 'Lavista Rd'], 5),
    ('Smyrna', 'GA', 'atl', ['30080', '30082'], ['770', '678'], None,
     ['Concord Rd', 'Spring Rd', 'Atlanta Rd', 'King Springs Rd'], 3),
    ('Kennesaw', 'GA', 'atl', ['30144', '30152'], ['770', '678', '470'], None,
     ['Chastain Rd', 'Jiles Rd', 'Cobb Pkwy', 'Stilesboro Rd'], 3),
    ('Cumming', 'GA', 'atl', ['30040', '30041'], ['770', '678', '470'], None,
     ['Bethelview Rd', 'Post Rd', 'Old Atlanta Rd', 'Castleberry Rd'], 5),
    ('Suwanee', 'GA', 'atl', ['30024'], ['770', '678'], None,
     ['Lawrenceville Suwanee Rd', 'Suwanee Dam Rd', 'Buford Hwy', 'McGinnis Ferry Rd'], 3),
    ('Lawrenceville', 'GA', 'atl', ['30043', '30044', '30045'], ['770', '678', '470'], None,
     ['Sugarloaf Pkwy', 'Riverside Pkwy', 'Collins Hill Rd', 'Old Norcross Rd'], 3),
    ('Tucker', 'GA', 'atl', ['30084'], ['770', '678', '404'], None,
     ['Lavista Rd', 'Chamblee Tucker Rd', 'Lawrenceville Hwy', 'Montreal Rd'], 2),
    ('Atlanta', 'GA', 'atl', ['30305', '30306', '30307', '30309', '30318', '30327', '30342'], ['404', '470', '678'], None,
     ['Peachtree Rd NE', 'Piedmont Rd NE', 'Northside Dr NW', 'W Paces Ferry Rd NW', 'N Highland Ave NE',
      'Howell Mill Rd NW', 'Moores Mill Rd NW', 'Wieuca Rd NE', 'Lenox Rd NE'], 8),
    ('Woodstock', 'GA', 'atl', ['30188', '30189'], ['770', '678', '470'], None,
     ['Towne Lake Pkwy', 'Arnold Mill Rd', 'Bells Ferry Rd', 'Main St'], 3),
    ('Canton', 'GA', 'atl', ['30114', '30115'], ['770', '678'], None,
     ['Riverstone Pkwy', 'Marietta Hwy', 'Hickory Flat Hwy'], 1),
    ('Snellville', 'GA', 'atl', ['30078', '30039'], ['770', '678'], None,
     ['Scenic Hwy', 'Oak Rd', 'Ronald Reagan Pkwy'], 1),
    # --- metro Charlotte (North + South Carolina) --------------------------
    ('Charlotte', 'NC', 'clt', ['28202', '28203', '28204', '28205', '28207', '28209', '28210', '28211',
                               '28226', '28270', '28277', '28269', '28262'], ['704', '980'], None,
     ['Providence Rd', 'Sharon Rd', 'Selwyn Ave', 'Park Rd', 'Queens Rd', 'Randolph Rd', 'Rea Rd',
      'Ballantyne Commons Pkwy', 'Carmel Rd', 'Fairview Rd', 'Colony Rd', 'Mallard Creek Rd',
      'Monroe Rd', 'Central Ave', 'Old Pineville Rd', 'Sardis Rd'], 24),
    ('Matthews', 'NC', 'clt', ['28104', '28105'], ['704', '980'], None,
     ['Matthews-Mint Hill Rd', 'Sam Newell Rd', 'Trade St', 'John St', 'Weddington Rd'], 4),
    ('Mint Hill', 'NC', 'clt', ['28227'], ['704', '980'], 'Charlotte',
     ['Lawyers Rd', 'Matthews-Mint Hill Rd', 'Wilgrove Mint Hill Rd', 'Brief Rd'], 2),
    ('Huntersville', 'NC', 'clt', ['28078'], ['704', '980'], None,
     ['Gilead Rd', 'Sam Furr Rd', 'Beatties Ford Rd', 'Huntersville-Concord Rd'], 4),
    ('Cornelius', 'NC', 'clt', ['28031'], ['704', '980'], None,
     ['Catawba Ave', 'Jetton Rd', 'Bailey Rd', 'Westmoreland Rd'], 2),
    ('Davidson', 'NC', 'clt', ['28036'], ['704', '980'], None,
     ['Griffith St', 'Concord Rd', 'Davidson-Concord Rd', 'Grey Rd'], 2),
    ('Mooresville', 'NC', 'clt', ['28115', '28117'], ['704', '980'], None,
     ['Brawley School Rd', 'Williamson Rd', 'Main St', 'Oak Tree Rd'], 2),
    ('Concord', 'NC', 'clt', ['28025', '28027'], ['704', '980'], None,
     ['Poplar Tent Rd', 'Union St N', 'George W Liles Pkwy', 'Cabarrus Ave W'], 2),
    ('Pineville', 'NC', 'clt', ['28134'], ['704', '980'], None,
     ['Main St', 'Johnston Rd', 'Dover St'], 1),
    ('Indian Trail', 'NC', 'clt', ['28079'], ['704', '980'], None,
     ['Indian Trail Rd', 'Unionville Indian Trail Rd', 'Sardis Church Rd'], 2),
    ('Waxhaw', 'NC', 'clt', ['28173'], ['704', '980'], None,
     ['Providence Rd S', 'Waxhaw Pkwy', 'Cuthbertson Rd', 'Kensington Dr'], 3),
    ('Weddington', 'NC', 'clt', ['28104', '28173'], ['704', '980'], 'Matthews',
     ['Weddington Rd', 'Providence Rd S', 'Hemby Rd'], 2),
    ('Fort Mill', 'SC', 'clt', ['29707', '29708', '29715'], ['803', '839'], None,
     ['Gold Hill Rd', 'Springfield Pkwy', 'Sutton Rd', 'Tom Hall St'], 4),
    ('Rock Hill', 'SC', 'clt', ['29730', '29732'], ['803', '839'], None,
     ['Cherry Rd', 'Celanese Rd', 'India Hook Rd', 'Ebenezer Rd'], 2),
    ('Tega Cay', 'SC', 'clt', ['29708'], ['803'], 'Fort Mill',
     ['Tega Cay Dr', 'Gold Hill Rd', 'Stonecrest Blvd'], 1),
    # --- metro Columbus (Ohio) ---------------------------------------------
    ('Columbus', 'OH', 'cbus', ['43201', '43202', '43206', '43214', '43215', '43220', '43235', '43224'],
     ['614', '380'], None,
     ['N High St', 'Olentangy River Rd', 'Indianola Ave', 'E Broad St', 'Parsons Ave', 'Henderson Rd',
      'Bethel Rd', 'Morse Rd', 'Karl Rd', 'Summit St'], 14),
    ('Dublin', 'OH', 'cbus', ['43016', '43017'], ['614', '380'], None,
     ['Avery Rd', 'Hayden Run Rd', 'Brand Rd', 'Muirfield Dr', 'Post Rd'], 4),
    ('Worthington', 'OH', 'cbus', ['43085'], ['614'], None,
     ['N High St', 'Wilson Bridge Rd', 'Highland Ave', 'Morning St'], 3),
    ('Westerville', 'OH', 'cbus', ['43081', '43082'], ['614', '380'], None,
     ['N State St', 'Schrock Rd', 'Africa Rd', 'County Line Rd'], 3),
    ('Upper Arlington', 'OH', 'cbus', ['43221', '43220'], ['614'], 'Columbus',
     ['Tremont Rd', 'Lane Ave', 'Northwest Blvd', 'Riverside Dr', 'Arlington Ave'], 3),
    ('Bexley', 'OH', 'cbus', ['43209'], ['614'], 'Columbus',
     ['E Main St', 'N Cassady Ave', 'Drexel Ave', 'Parkview Ave'], 2),
    ('Gahanna', 'OH', 'cbus', ['43230'], ['614', '380'], None,
     ['Granville St', 'Hamilton Rd', 'Clotts Rd', 'Agler Rd'], 2),
    ('Hilliard', 'OH', 'cbus', ['43026'], ['614', '380'], None,
     ['Cemetery Rd', 'Main St', 'Leap Rd', 'Scioto Darby Rd'], 2),
    ('Grandview Heights', 'OH', 'cbus', ['43212'], ['614'], 'Columbus',
     ['Grandview Ave', 'W 1st Ave', 'Oxley Rd'], 1),
    ('Powell', 'OH', 'cbus', ['43065'], ['614', '740'], None,
     ['Liberty Rd', 'Seldom Seen Rd', 'Sawmill Pkwy'], 2),
    ('New Albany', 'OH', 'cbus', ['43054'], ['614'], None,
     ['Market St', 'Reynoldsburg-New Albany Rd', 'Johnstown Rd'], 1),
    ('Grove City', 'OH', 'cbus', ['43123'], ['614', '380'], None,
     ['Broadway', 'Stringtown Rd', 'Hoover Rd'], 1),
    ('Reynoldsburg', 'OH', 'cbus', ['43068'], ['614', '380'], None,
     ['E Main St', 'Brice Rd', 'Taylor Rd'], 1),
    # --- Asheville area (North Carolina mountains) -------------------------
    ('Asheville', 'NC', 'ashe', ['28801', '28803', '28804', '28805', '28806'], ['828'], None,
     ['Merrimon Ave', 'Haywood Rd', 'Tunnel Rd', 'Charlotte St', 'Kimberly Ave', 'Beaverdam Rd',
      'Sweeten Creek Rd', 'Town Mountain Rd', 'Montford Ave'], 8),
    ('Black Mountain', 'NC', 'ashe', ['28711'], ['828'], None,
     ['Montreat Rd', 'State St', 'Cragmont Rd'], 2),
    ('Weaverville', 'NC', 'ashe', ['28787'], ['828'], None,
     ['N Main St', 'Reems Creek Rd', 'Monticello Rd'], 2),
    ('Hendersonville', 'NC', 'ashe', ['28739', '28791', '28792'], ['828'], None,
     ['Kanuga Rd', 'Haywood Rd', 'Church St', 'Greenville Hwy'], 3),
    ('Fletcher', 'NC', 'ashe', ['28732'], ['828'], None,
     ['Howard Gap Rd', 'Cane Creek Rd'], 1),
    ('Arden', 'NC', 'ashe', ['28704'], ['828'], None,
     ['Airport Rd', 'Long Shoals Rd'], 1),
    ('Brevard', 'NC', 'ashe', ['28712'], ['828'], None,
     ['N Broad St', 'Country Club Rd'], 1),
    # --- other towns camp families come from -------------------------------
    ('Greenville', 'SC', 'other', ['29601', '29605', '29607', '29609', '29615'], ['864'], None,
     ['Augusta St', 'Pelham Rd', 'Wade Hampton Blvd', 'E North St'], 4),
    ('Spartanburg', 'SC', 'other', ['29302', '29307'], ['864'], None, ['E Main St', 'Pine St'], 1),
    ('Charleston', 'SC', 'other', ['29401', '29403', '29407', '29412'], ['843', '854'], None,
     ['King St', 'Folly Rd', 'Savannah Hwy'], 3),
    ('Mount Pleasant', 'SC', 'other', ['29464', '29466'], ['843', '854'], None,
     ['Coleman Blvd', 'Rifle Range Rd', 'Ben Sawyer Blvd'], 2),
    ('Columbia', 'SC', 'other', ['29205', '29206'], ['803', '839'], None, ['Devine St', 'Forest Dr'], 1),
    ('Raleigh', 'NC', 'other', ['27608', '27609', '27612', '27615'], ['919', '984'], None,
     ['Glenwood Ave', 'Six Forks Rd', 'Falls of Neuse Rd'], 3),
    ('Durham', 'NC', 'other', ['27705', '27707'], ['919', '984'], None, ['Hope Valley Rd', 'Club Blvd'], 1),
    ('Chapel Hill', 'NC', 'other', ['27514', '27516', '27517'], ['919', '984'], None, ['Weaver Dairy Rd'], 1),
    ('Greensboro', 'NC', 'other', ['27408', '27410'], ['336', '743'], None, ['Lawndale Dr', 'New Garden Rd'], 1),
    ('Winston-Salem', 'NC', 'other', ['27104', '27106'], ['336'], None, ['Reynolda Rd'], 1),
    ('Knoxville', 'TN', 'other', ['37919', '37922', '37934'], ['865'], None, ['Kingston Pike', 'Northshore Dr'], 2),
    ('Johnson City', 'TN', 'other', ['37601', '37604'], ['423'], None, ['N Roan St'], 1),
    ('Nashville', 'TN', 'other', ['37205', '37215'], ['615', '629'], None,
     ['Hillsboro Pike', 'Belle Meade Blvd', 'Harding Pike'], 2),
    ('Franklin', 'TN', 'other', ['37064', '37069'], ['615', '629'], None, ['Hillsboro Rd'], 1),
    ('Savannah', 'GA', 'other', ['31405', '31406'], ['912'], None, ['Abercorn St', 'Skidaway Rd'], 2),
    ('Athens', 'GA', 'other', ['30605', '30606'], ['706', '762'], None, ['Milledge Ave', 'Prince Ave'], 1),
    ('Augusta', 'GA', 'other', ['30907', '30909'], ['706', '762'], None, ['Washington Rd', 'Walton Way'], 1),
]

CITIES = {}
for _row in CITY_TABLE:
    CITIES[_row[0] + ',' + _row[1]] = {
        'name': _row[0], 'state': _row[1], 'metro': _row[2], 'zips': _row[3],
        'acs': _row[4], 'postal': _row[5], 'roads': _row[6], 'w': _row[7],
    }
CITY_KEYS = list(CITIES.keys())


def cities_of(metro):
    return [k for k in CITY_KEYS if CITIES[k]['metro'] == metro]


def pick_city(metro, exclude=None):
    keys = [k for k in cities_of(metro) if k != exclude]
    return wpick([(k, CITIES[k]['w']) for k in keys])


STATE_NAMES = {'GA': 'Georgia', 'NC': 'North Carolina', 'SC': 'South Carolina',
               'OH': 'Ohio', 'TN': 'Tennessee', 'NE': 'Nebraska', 'MO': 'Missouri',
               'CO': 'Colorado', 'KY': 'Kentucky', 'TX': 'Texas', 'MA': 'Massachusetts'}
STATE_VARIANTS = {
    'GA': ['Ga', 'Georgia', 'GA.', 'Ga.', 'ga'], 'NC': ['N.C.', 'North Carolina', 'Nc', 'N Carolina', 'nc'],
    'SC': ['S.C.', 'South Carolina', 'Sc', 'sc'], 'OH': ['Ohio', 'Oh', 'OH.', 'oh'],
    'TN': ['Tenn.', 'Tennessee', 'Tn'], 'NE': ['Neb.', 'Nebraska'], 'MO': ['Mo.', 'Missouri'],
    'CO': ['Colo.', 'Colorado'], 'KY': ['Ky.', 'Kentucky'], 'TX': ['Tex.', 'Texas'],
    'MA': ['Mass.', 'Massachusetts'],
}

# USPS-style city abbreviations / frequent hand-typed forms
CITY_ABBREV = {
    'Fort Mill': ['Ft Mill', 'Ft. Mill'], 'Mount Pleasant': ['Mt Pleasant', 'Mt. Pleasant'],
    'Sandy Springs': ['Sandy Spgs'], 'Peachtree Corners': ['Peachtree Cors'],
    'Johns Creek': ["John's Creek", 'Johns Crk'], 'Upper Arlington': ['Upper Arlngtn', 'UA'],
    'Grandview Heights': ['Grandview Hts', 'Grandview'], 'Hendersonville': ['Hendersonvlle'],
    'Black Mountain': ['Black Mtn'], 'Winston-Salem': ['Winston Salem', 'W-S'],
    'Charlotte': ['Clt', 'CLT'], 'Atlanta': ['Atl', 'ATL'], 'Columbus': ['Cbus', 'Columbus OH'],
    'Lawrenceville': ['Lawrenceville GA', 'Lville'], 'Huntersville': ['Hville'],
    'Weaverville': ['Weaverville NC'], 'Chapel Hill': ['Chapel Hl'], 'Johnson City': ['Johnson Cty'],
    'Peachtree City': ['Ptc'], 'Indian Trail': ['Indian Trl'], 'Mint Hill': ['Minthill'],
    'New Albany': ['New Albany OH'], 'Grove City': ['Grove Cty'], 'Tega Cay': ['Tega Cay SC'],
}

# metro weights for where customers live
METRO_W_PERSON = [('atl', 36), ('clt', 30), ('cbus', 15), ('ashe', 8), ('other', 11)]
METRO_W_ORG = [('atl', 38), ('clt', 33), ('cbus', 17), ('ashe', 8), ('other', 4)]

ETH_W = {
    'atl': [('anglo', 42), ('aa', 26), ('korean', 7), ('indian', 10), ('nigerian', 5), ('hispanic', 10)],
    'clt': [('anglo', 48), ('aa', 24), ('korean', 4), ('indian', 9), ('nigerian', 4), ('hispanic', 11)],
    'cbus': [('anglo', 55), ('aa', 18), ('korean', 3), ('indian', 11), ('nigerian', 5), ('hispanic', 8)],
    'ashe': [('anglo', 76), ('aa', 8), ('korean', 2), ('indian', 3), ('nigerian', 1), ('hispanic', 10)],
    'other': [('anglo', 62), ('aa', 18), ('korean', 3), ('indian', 6), ('nigerian', 2), ('hispanic', 9)],
}

# generic (invented, but ubiquitous) subdivision street names
STREET_A = [
    'Oak', 'Willow', 'Magnolia', 'Dogwood', 'Hickory', 'Laurel', 'Cedar', 'Maple',
    'Birch', 'Chestnut', 'Pine', 'Poplar', 'Sycamore', 'Walnut', 'Ashford',
    'Brookstone', 'Briar', 'Hunters', 'Foxcroft', 'Quail', 'Wren', 'Cardinal',
    'Heron', 'Summit', 'Stone', 'River', 'Mill', 'Spring', 'Meadow', 'Fair',
    'Hampton', 'Wellington', 'Windsor', 'Kingston', 'Ashley', 'Avery',
    'Carlisle', 'Chadwick', 'Devonshire', 'Edgewood', 'Fieldstone', 'Greystone',
    'Hawthorne', 'Ivy', 'Juniper', 'Kensington', 'Lakeview', 'Middleton',
    'Northgate', 'Oakmont', 'Pebble', 'Ridgewood', 'Saddlebrook', 'Thornbury',
    'Whitehall', 'Wildwood', 'Woodland', 'Yorkshire', 'Heritage', 'Bramble',
    'Cobblestone', 'Sweetgum', 'Tupelo', 'Azalea', 'Camellia', 'Gardenia',
    'Honeysuckle', 'Jasmine', 'Bluebird', 'Mockingbird', 'Whippoorwill',
    'Canterbury', 'Stratford', 'Sterling', 'Bradford', 'Chatham', 'Harrington',
    'Lockwood', 'Pemberton', 'Riverstone', 'Shadowood', 'Timberline', 'Westbury',
    'Copper', 'Silver', 'Autumn', 'Harvest', 'Bent', 'Deer', 'Eagle', 'Falcon',
]
STREET_B = [
    '', '', '', '', 'Ridge', 'Creek', 'Hollow', 'Brook', 'Glen', 'Springs',
    'Meadow', 'Wood', 'Field', 'Crest', 'Hill', 'Lake', 'Farm', 'Pond', 'Chase',
    'Park', 'Grove', 'Knoll', 'Vale', 'Haven', 'Mill', 'Forest', 'Valley', 'Bluff',
]
STYPE_FULL = {
    'St': 'Street', 'Dr': 'Drive', 'Rd': 'Road', 'Ln': 'Lane', 'Ct': 'Court',
    'Ave': 'Avenue', 'Blvd': 'Boulevard', 'Cir': 'Circle', 'Pkwy': 'Parkway',
    'Pl': 'Place', 'Ter': 'Terrace', 'Trl': 'Trail', 'Way': 'Way', 'Xing': 'Crossing',
    'Hwy': 'Highway', 'Pt': 'Point', 'Run': 'Run', 'Cv': 'Cove', 'Trce': 'Trace',
    'Bnd': 'Bend', 'Lndg': 'Landing', 'Pass': 'Pass', 'Walk': 'Walk', 'Sq': 'Square',
    'Loop': 'Loop', 'Row': 'Row', 'Pike': 'Pike', 'Broadway': 'Broadway',
}
STYPE_GENERIC = [('Dr', 22), ('Ct', 14), ('Ln', 12), ('Way', 8), ('Rd', 7), ('Cir', 6),
                 ('Trl', 5), ('Pl', 4), ('Trce', 3), ('Run', 3), ('Xing', 2), ('Pt', 2),
                 ('Bnd', 2), ('Cv', 2), ('Ter', 2), ('Lndg', 1), ('Pass', 1), ('Loop', 1),
                 ('St', 3), ('Ave', 2)]
DIR_FULL = {'N': 'North', 'S': 'South', 'E': 'East', 'W': 'West',
            'NE': 'Northeast', 'NW': 'Northwest', 'SE': 'Southeast', 'SW': 'Southwest'}

# office corridors for organisations: (street, city key, zip)
OFFICE_ROADS = {
    'atl': [('Peachtree St NE', 'Atlanta,GA', '30309'), ('Peachtree Rd NE', 'Atlanta,GA', '30305'),
            ('Piedmont Rd NE', 'Atlanta,GA', '30305'), ('Lenox Rd NE', 'Atlanta,GA', '30326'),
            ('Perimeter Center Pkwy', 'Dunwoody,GA', '30346'), ('Windward Pkwy', 'Alpharetta,GA', '30005'),
            ('Northpoint Pkwy', 'Alpharetta,GA', '30022'), ('Mansell Rd', 'Alpharetta,GA', '30022'),
            ('Holcomb Bridge Rd', 'Roswell,GA', '30076'), ('Powers Ferry Rd', 'Marietta,GA', '30067'),
            ('Roswell St', 'Marietta,GA', '30060'), ('E Ponce de Leon Ave', 'Decatur,GA', '30030'),
            ('Technology Pkwy', 'Peachtree Corners,GA', '30092'), ('Satellite Blvd', 'Duluth,GA', '30097')],
    'clt': [('S Tryon St', 'Charlotte,NC', '28202'), ('N Tryon St', 'Charlotte,NC', '28202'),
            ('Ballantyne Corporate Pl', 'Charlotte,NC', '28277'), ('Fairview Rd', 'Charlotte,NC', '28210'),
            ('Morrison Blvd', 'Charlotte,NC', '28211'), ('Carnegie Blvd', 'Charlotte,NC', '28209'),
            ('Rexford Rd', 'Charlotte,NC', '28211'), ('Sharon Rd', 'Charlotte,NC', '28211'),
            ('South Blvd', 'Charlotte,NC', '28203'), ('Gilead Rd', 'Huntersville,NC', '28078'),
            ('Matthews Township Pkwy', 'Matthews,NC', '28105'), ('Carolina Pl Pkwy', 'Fort Mill,SC', '29708')],
    'cbus': [('N High St', 'Columbus,OH', '43215'), ('E Broad St', 'Columbus,OH', '43215'),
             ('Polaris Pkwy', 'Westerville,OH', '43082'), ('Emerald Pkwy', 'Dublin,OH', '43017'),
             ('Frantz Rd', 'Dublin,OH', '43017'), ('Olentangy River Rd', 'Columbus,OH', '43214'),
             ('Lane Ave', 'Upper Arlington,OH', '43221'), ('Worthington Woods Blvd', 'Worthington,OH', '43085')],
    'ashe': [('Patton Ave', 'Asheville,NC', '28801'), ('Biltmore Ave', 'Asheville,NC', '28801'),
             ('College St', 'Asheville,NC', '28801'), ('Hendersonville Rd', 'Asheville,NC', '28803'),
             ('N Main St', 'Hendersonville,NC', '28792')],
    'other': [('E Washington St', 'Greenville,SC', '29601'), ('Meeting St', 'Charleston,SC', '29401'),
              ('Fayetteville St', 'Raleigh,NC', '27601'), ('Gay St', 'Knoxville,TN', '37902')],
}
# ZIPs used only by offices (not in CITY_TABLE lists)
EXTRA_OFFICE_ZIPS = ['30326', '30346', '27601', '37902']

SCHOOL_ADDR = {}
OWN_CITY = {'Westbrook Academy': 'Roswell,GA', 'Carmel Hill Day School': 'Charlotte,NC'}

# The group's own schools and centres (context only; never customers)
OWN_UNITS = {
    'atl': 'Westbrook Academy',            # K-12 day school, Roswell GA
    'clt': 'Carmel Hill Day School',       # K-12 day school, Charlotte NC
    'cbus': 'Clintonville Music & Tutoring Center',
    'ashe': 'Camp Laurel Cove',
}


# ---------------------------------------------------------------------------
# MAILBOXES, PHONES, ADDRESSES  (all invented, all unique)
# ---------------------------------------------------------------------------

FREEMAIL_W = {
    'atl': [('gmail.com', 50), ('yahoo.com', 11), ('icloud.com', 9), ('outlook.com', 5),
            ('hotmail.com', 5), ('aol.com', 3), ('bellsouth.net', 6), ('att.net', 4),
            ('comcast.net', 3), ('me.com', 2), ('live.com', 1), ('mac.com', 1)],
    'clt': [('gmail.com', 52), ('yahoo.com', 11), ('icloud.com', 9), ('outlook.com', 5),
            ('hotmail.com', 5), ('aol.com', 3), ('bellsouth.net', 3), ('carolina.rr.com', 3),
            ('att.net', 2), ('charter.net', 1), ('me.com', 2), ('live.com', 1)],
    'cbus': [('gmail.com', 50), ('yahoo.com', 12), ('icloud.com', 8), ('outlook.com', 5),
             ('hotmail.com', 5), ('aol.com', 3), ('columbus.rr.com', 4), ('sbcglobal.net', 3),
             ('wowway.com', 3), ('att.net', 2), ('me.com', 2), ('live.com', 1)],
    'ashe': [('gmail.com', 52), ('yahoo.com', 10), ('icloud.com', 8), ('outlook.com', 4),
             ('hotmail.com', 4), ('aol.com', 4), ('charter.net', 5), ('bellsouth.net', 4),
             ('frontier.com', 2), ('me.com', 2)],
    'other': [('gmail.com', 52), ('yahoo.com', 11), ('icloud.com', 9), ('outlook.com', 5),
              ('hotmail.com', 5), ('aol.com', 3), ('bellsouth.net', 3), ('att.net', 3),
              ('comcast.net', 3), ('me.com', 2), ('live.com', 1)],
}
FREEMAIL = sorted(set(d for lst in FREEMAIL_W.values() for d, _ in lst))

EMAIL_DOMAIN_TYPOS = {
    'gmail.com': ['gmial.com', 'gmai.com', 'gmail.co', 'gmail.con', 'gmal.com', 'gnail.com', 'gmaill.com', 'gmail.cm'],
    'yahoo.com': ['yaho.com', 'yahoo.co', 'yahooo.com', 'yhoo.com', 'yahoo.con'],
    'icloud.com': ['iclould.com', 'icloud.co', 'icoud.com', 'icloud.con'],
    'outlook.com': ['outlok.com', 'outloook.com', 'outlook.co'],
    'hotmail.com': ['hotmial.com', 'hotmai.com', 'hotmail.co'],
    'aol.com': ['aol.co', 'aoll.com'],
    'bellsouth.net': ['bellsouth.com', 'belsouth.net', 'bellsouth.ne'],
    'att.net': ['att.com', 'at.net'],
    'comcast.net': ['comcast.com', 'comcast.ner'],
    'me.com': ['me.co'],
    'carolina.rr.com': ['carolina.rr.co', 'carolinarr.com'],
    'columbus.rr.com': ['columbus.rr.co', 'columbusrr.com'],
    'sbcglobal.net': ['sbcglobel.net', 'sbcgloabl.net'],
}

USED_EMAILS = set()
USED_PHONES = set()
USED_ADDRS = set()
USED_DOMAINS = set()
USED_EIDS = set()


def new_eid():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in USED_EIDS:
            USED_EIDS.add(e)
            return e


def claim_email(local, domain):
    local = re.sub(r'\.+', '.', local).strip('.')
    cand = local + '@' + domain
    n = 0
    while cand.lower() in USED_EMAILS:
        n += 1
        cand = '%s%d@%s' % (local, R.randint(2, 99) if n < 5 else R.randint(100, 9999), domain)
    USED_EMAILS.add(cand.lower())
    return cand


def new_phone(acs):
    while True:
        ac = pick(acs)
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555 or ex in (950, 958, 959, 976):
            continue
        line = R.randint(0, 9999)
        d = '%s%03d%04d' % (ac, ex, line)
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def new_tollfree():
    return new_phone(['800', '888', '877', '866', '855'])


def metro_acs(metro):
    acs = []
    for k in cities_of(metro):
        for a in CITIES[k]['acs']:
            if a not in acs:
                acs.append(a)
    return acs


def person_email(given, family, metro, gender='F', birth_year=1983, domain=None, city=None):
    g = slug(given.split()[0]) or 'x'
    fam = family.split('-')[-1] if '-' in family and chance(0.5) else family
    f = slug(fam) or 'y'
    yy = '%02d' % (birth_year % 100)
    nn = str(R.randint(1, 99))
    mi = pick('abcdefghjklmnprstw')
    pats = [
        (g + '.' + f, 20), (g + f, 14), (g[0] + f, 14), (g + '.' + f + nn, 7),
        (g[0] + f + nn, 8), (g + f[0], 3), (f + '.' + g, 3), (g + '_' + f, 3),
        (g + yy, 3), (f + 'family', 2), ('the' + f + 's', 2), (g + f + yy, 6),
        (g[0] + mi + f, 6), (g + f + str(R.randint(1, 9)), 4), (g + '.' + f[:4], 2),
    ]
    if city:
        pats.append((g + '.' + f + '.' + slug(city)[:5], 1))
    if gender == 'F':
        pats.append(('mrs' + f, 1))
        pats.append((g + 'mom' + str(R.randint(1, 5)), 1))
    else:
        pats.append((g + f + 'jr' if chance(0.1) else g + 'dad' + nn, 1))
    local = wpick(pats)
    if domain is None:
        domain = wpick(FREEMAIL_W[metro])
    return claim_email(local, domain)


def work_email(given, family, domain):
    g = slug(given.split()[0]) or 'x'
    f = slug(family.split('-')[-1]) or 'y'
    local = wpick([(g[0] + f, 40), (g + '.' + f, 35), (g, 8), (g + f[0], 7), (f + g[0], 5), (g + '_' + f, 5)])
    return claim_email(local, domain)


def claim_domain(base, tld='.com'):
    base = re.sub(r'[^a-z0-9-]', '', base.lower()).strip('-') or 'firm'
    cand = base + tld
    n = 0
    while cand in USED_DOMAINS:
        n += 1
        cand = base + pick(['-inc', 'co', 'group', 'usa', 'hq', str(R.randint(2, 99))]) + tld
        if n > 6:
            cand = base + str(R.randint(100, 999)) + tld
    USED_DOMAINS.add(cand)
    return cand


def parse_road(road):
    toks = road.split()
    predir = postdir = stype = None
    if len(toks) >= 3 and toks[0] in DIR_FULL:
        predir = toks.pop(0)
    if len(toks) >= 2 and toks[-1] in DIR_FULL:
        postdir = toks.pop()
    full_to_abbr = {v: k for k, v in STYPE_FULL.items()}
    if len(toks) >= 2:
        last = toks[-1]
        if last in STYPE_FULL:
            stype = toks.pop()
        elif last in full_to_abbr:
            toks.pop()
            stype = full_to_abbr[last]
    return predir, ' '.join(toks), stype, postdir


def generic_street():
    a = pick(STREET_A)
    b = pick(STREET_B)
    name = a if not b else a + ' ' + b
    return name, wpick(STYPE_GENERIC)


def make_home_addr(city_key, apt_p=0.1, num=None, street=None, avoid_num=None):
    c = CITIES[city_key]
    for _ in range(200):
        z = pick(c['zips'])
        predir = postdir = None
        if street is not None:
            predir, st, stype, postdir = street
        elif c['roads'] and chance(0.33):
            predir, st, stype, postdir = parse_road(pick(c['roads']))
        else:
            st, stype = generic_street()
            if c['name'] == 'Atlanta':
                postdir = wpick([('NE', 6), ('NW', 4)])
        unit = None
        if chance(apt_p):
            unit = wpick([(('Apt', str(R.randint(1, 3)) + '%02d' % R.randint(1, 40)), 6),
                          (('Apt', pick('ABCDEFGH')), 1),
                          (('Unit', str(R.randint(100, 2400))), 3),
                          (('Unit', str(R.randint(1, 9)) + pick('ABCD')), 2)])
            n = num or str(R.randint(100, 6999))
        else:
            n = num or wpick([(str(R.randint(100, 999)), 3), (str(R.randint(1000, 5999)), 5),
                              (str(R.randint(6000, 13999)), 2)])
        key = (n, st.lower(), (stype or '').lower(), c['name'].lower())
        if key in USED_ADDRS or n == avoid_num:
            num = None
            continue
        USED_ADDRS.add(key)
        return {'num': n, 'predir': predir, 'street': st, 'stype': stype, 'postdir': postdir,
                'unit': unit, 'city': c['name'], 'city_key': city_key, 'state': c['state'],
                'zip': z, 'zip4': '%04d' % R.randint(1000, 9999), 'po': None}
    raise RuntimeError('address space exhausted')


def make_po_box(city_key):
    c = CITIES[city_key]
    while True:
        box = str(wpick([(R.randint(10, 999), 3), (R.randint(1000, 9999), 5), (R.randint(10000, 99999), 1)]))
        key = ('po' + box, '', '', c['name'].lower())
        if key not in USED_ADDRS:
            USED_ADDRS.add(key)
            return {'num': None, 'predir': None, 'street': None, 'stype': None, 'postdir': None,
                    'unit': None, 'city': c['name'], 'city_key': city_key, 'state': c['state'],
                    'zip': pick(c['zips']), 'zip4': '%04d' % R.randint(1000, 9999), 'po': box}


def make_office_addr(metro, suite_p=0.8):
    road, ck, z = pick(OFFICE_ROADS[metro])
    predir, st, stype, postdir = parse_road(road)
    while True:
        n = str(wpick([(R.randint(100, 999), 3), (R.randint(1000, 4999), 5), (R.randint(5000, 11999), 2)]))
        key = (n, st.lower(), (stype or '').lower(), CITIES[ck]['name'].lower())
        if key not in USED_ADDRS:
            USED_ADDRS.add(key)
            break
    unit = None
    if chance(suite_p):
        unit = ('Suite', wpick([(str(R.randint(1, 18)) + '00', 5), (str(R.randint(100, 1950)), 4),
                                (pick('ABCDEF'), 1)]))
    c = CITIES[ck]
    return {'num': n, 'predir': predir, 'street': st, 'stype': stype, 'postdir': postdir,
            'unit': unit, 'city': c['name'], 'city_key': ck, 'state': c['state'], 'zip': z,
            'zip4': '%04d' % R.randint(1000, 9999), 'po': None}


def addr_same_place_copy(a):
    return dict(a)


# 529 plan servicers and similar pay from processing centres in other states
REMOTE_PO = [('Omaha', 'NE', '68103'), ('Kansas City', 'MO', '64121'), ('Denver', 'CO', '80217'),
             ('Louisville', 'KY', '40233'), ('Boston', 'MA', '02266'), ('Columbus', 'OH', '43218'),
             ('Raleigh', 'NC', '27611'), ('Atlanta', 'GA', '30348'), ('Dallas', 'TX', '75266')]


def make_remote_po():
    city, st, z = pick(REMOTE_PO)
    while True:
        box = str(R.randint(10000, 999999))
        key = ('po' + box, '', '', city.lower())
        if key not in USED_ADDRS:
            USED_ADDRS.add(key)
            break
    return {'num': None, 'predir': None, 'street': None, 'stype': None, 'postdir': None,
            'unit': None, 'city': city, 'city_key': None, 'state': st, 'zip': z,
            'zip4': '%04d' % R.randint(1000, 9999), 'po': box}


# ---------------------------------------------------------------------------
# ORGANISATION NAME MATERIAL (invented firms)
# ---------------------------------------------------------------------------

CORP_STEMS = [
    'Harwell', 'Piedmont', 'Catawba', 'Chattahoochee', 'Blue Ridge', 'Peachtree',
    'Buckeye', 'Scioto', 'Olentangy', 'Queen City', 'Sweetwater', 'Brightline',
    'Northwind', 'Ironbridge', 'Redstone', 'Summit Ridge', 'Keystone', 'Crescent',
    'Palmetto', 'Magnolia', 'Oakhurst', 'Tallwood', 'Greystone', 'Bellwether',
    'Cardinal', 'Kestrel', 'Meridian', 'Lakeside', 'Ridgeview', 'Stonebridge',
    'Harbor Point', 'Halcyon', 'Larkspur', 'Copperline', 'Sablewood', 'Foxhall',
    'Amberly', 'Riverbend', 'Pinnacle', 'Cornerstone', 'Trailhead', 'Signal Hill',
    'Granite Falls', 'Sourwood', 'Tanglewood', 'Whitestone', 'Arbor', 'Bluestem',
    'Cypress', 'Evergreen', 'Fairhaven', 'Highpoint', 'Laurel Hill', 'Millbrook',
    'Southpark', 'Westover', 'Big Creek', 'Hightower', 'Canopy', 'Vantage Point',
    'Brightwater', 'Red Oak', 'Summit', 'Beacon', 'Silverline', 'Clearwater',
    'Ashgrove', 'Lantern', 'Tidewater', 'Rockbridge', 'Wolf Creek', 'Falcon Ridge',
    'Sandhill', 'Broad River', 'Yadkin', 'Mill Creek', 'Dogwood', 'Hawthorne',
]
TRADES = [
    ('Logistics', ['Inc.', 'LLC']), ('Freight Systems', ['Inc.']),
    ('Health Partners', ['LLC', 'PLLC']), ('Analytics', ['LLC', 'Inc.']),
    ('Engineering', ['Inc.', 'PLLC', 'LLC']), ('Construction', ['Co.', 'Inc.', 'LLC']),
    ('Wealth Management', ['LLC']), ('Financial Advisors', ['LLC']),
    ('Insurance Group', ['Inc.', 'LLC']), ('Realty Group', ['LLC']), ('Properties', ['LLC']),
    ('Software', ['Inc.', 'LLC']), ('Data Systems', ['Inc.', 'Corp.']),
    ('Manufacturing', ['Co.', 'Inc.', 'Corp.']), ('Packaging', ['Corp.', 'Inc.']),
    ('Capital Partners', ['LLC', 'L.P.']), ('Consulting Group', ['LLC', 'Inc.']),
    ('Architects', ['PLLC', 'P.C.', 'Inc.']), ('Energy Services', ['Inc.', 'LLC']),
    ('Medical Associates', ['P.C.', 'PLLC']), ('Veterinary Hospital', ['P.C.', 'LLC']),
    ('Landscape Services', ['LLC', 'Inc.']), ('Roofing & Restoration', ['LLC']),
    ('Heating & Air', ['Inc.', 'LLC']), ('Title & Escrow', ['LLC']),
    ('Staffing Solutions', ['Inc.', 'LLC']), ('Marketing Group', ['LLC']),
    ('Media', ['LLC']), ('Printing', ['Co.', 'Inc.']), ('Outfitters', ['LLC', 'Inc.']),
    ('Brewing Company', ['LLC']), ('Automotive', ['Inc.', 'LLC']), ('Labs', ['Inc.']),
    ('Robotics', ['Inc.']), ('Aerospace', ['Corp.']), ('Biosciences', ['Inc.']),
    ('Builders', ['Inc.', 'LLC']), ('Electric', ['Co.', 'Inc.']), ('Foods', ['Inc.', 'Co.']),
    ('Pediatric Therapy', ['PLLC', 'LLC']), ('Homes', ['LLC', 'Inc.']),
]
PRACTICES = [
    # (pattern, legal forms, practitioner title, domain word)
    ('{F} Family Dentistry', ['P.C.', 'PLLC', 'P.A.'], 'Dr.', 'dentistry'),
    ('{F} Orthodontics', ['PLLC', 'P.C.', 'P.A.'], 'Dr.', 'ortho'),
    ('{F} Pediatrics', ['P.A.', 'PLLC', 'P.C.'], 'Dr.', 'peds'),
    ('{F} Eye Care', ['P.C.', 'LLC'], 'Dr.', 'eyecare'),
    ('{F} Chiropractic', ['LLC', 'P.C.'], 'Dr.', 'chiro'),
    ('{F} Law Group', ['LLC', 'P.C.', 'PLLC'], None, 'law'),
    ('{F} CPA Group', ['PLLC', 'P.C.', 'LLC'], None, 'cpa'),
    ('{F} Insurance Agency', ['Inc.', 'LLC'], None, 'insurance'),
    ('{F} Realty Group', ['LLC'], None, 'realty'),
    ('{F} Veterinary Clinic', ['P.C.', 'PLLC'], 'Dr.', 'vet'),
    ('{F} Dermatology', ['P.C.', 'PLLC'], 'Dr.', 'derm'),
    ('{F} Financial Planning', ['LLC'], None, 'financial'),
]
PARTNERSHIP_PATTERNS = [
    ('{F1} & {F2}', ['LLP', 'P.C.', 'LLC']), ('{F1}, {F2} & {F3}', ['LLP', 'P.C.']),
    ('{F1} {F2}', ['LLP', 'PLLC']), ('{F1} & Associates', ['P.C.', 'LLC', 'CPAs, PLLC']),
]
LOCAL_BUSINESS = [
    ('{S} Pizza Co.', []), ('{S} Coffee Roasters', ['LLC']), ('{S} Swim School', ['LLC']),
    ('{S} Martial Arts', ['LLC']), ('{S} Bakery', ['LLC']), ('{S} Bicycle Shop', ['Inc.']),
    ('{S} Dance Academy', ['LLC']), ('{S} Tire & Auto', ['Inc.']), ('{S} Pool & Spa', ['LLC']),
    ('{S} Pest Control', ['Inc.', 'LLC']), ('{S} Smokehouse', ['LLC']), ('{S} Music Store', ['Inc.']),
]

CHURCH_WORDS = ['Grace', 'Hope', 'Faith', 'Trinity', 'Covenant', 'Redeemer', 'Cornerstone',
                'Harvest', 'Crossroads', 'Lifepoint', 'Mosaic', 'Journey', 'Good Shepherd',
                'Living Water', 'Bethel', 'Ebenezer', 'Shiloh', 'Calvary', 'Emmanuel',
                'Providence', 'Northside', 'Westside', 'New Covenant', 'Antioch', 'Victory']
SAINTS = ['Andrew', 'Mark', 'Luke', 'John', 'Peter', 'Paul', 'Michael', 'Matthew', 'James',
          'Thomas', 'Brigid', 'Catherine', 'Francis', 'Jude', 'Anne', 'Gabriel', 'Benedict',
          'Monica', 'Patrick', 'Columba', 'Philip', 'Bartholomew', 'Margaret', 'Stephen']
CHURCH_PATTERNS = [
    ('First Baptist Church of {C}', 'city', 10), ('{C} First United Methodist Church', 'city', 7),
    ('{C} Presbyterian Church', 'city', 5), ('St. {S} Catholic Church', 'none', 7),
    ("St. {S}'s Episcopal Church", 'none', 6), ('{W} Fellowship Church', 'none', 8),
    ('{W} Community Church', 'none', 8), ('New Hope Missionary Baptist Church', 'none', 3),
    ('Mount Zion AME Church', 'none', 3), ('Greater {W} Baptist Church', 'none', 4),
    ('Korean Presbyterian Church of {C}', 'city', 3), ('{C} Korean Baptist Church', 'city', 2),
    ('Iglesia Bautista {E}', 'none', 2), ('Christ the King Lutheran Church', 'none', 2),
    ('Holy Trinity Lutheran Church', 'none', 2), ('{W} Church of Christ', 'none', 3),
    ('{W} Presbyterian Church', 'none', 4), ('{W} Bible Church', 'none', 3),
    ('{W} United Methodist Church', 'none', 4), ('Abundant Life Church', 'none', 2),
    ('{W} Baptist Church', 'none', 5), ('Redeemed Christian Fellowship of {C}', 'city', 1),
]
IGLESIA_WORDS = ['Nueva Vida', 'Fuente de Vida', 'El Buen Pastor', 'Cristo Rey', 'La Roca',
                 'Monte Horeb', 'Getsemaní', 'Emanuel']

SCHOOL_DISTRICTS = [
    ('Fulton County Schools', 'atl', 'Atlanta,GA', 'Special Education Services'),
    ('Cobb County School District', 'atl', 'Marietta,GA', 'Special Education'),
    ('Gwinnett County Public Schools', 'atl', 'Suwanee,GA', 'Special Education & Psychological Services'),
    ('DeKalb County School District', 'atl', 'Tucker,GA', 'Exceptional Students'),
    ('Forsyth County Schools', 'atl', 'Cumming,GA', 'Special Education'),
    ('Cherokee County School District', 'atl', 'Canton,GA', 'Special Education'),
    ('City Schools of Decatur', 'atl', 'Decatur,GA', 'Student Services'),
    ('Marietta City Schools', 'atl', 'Marietta,GA', 'Special Education'),
    ('Charlotte-Mecklenburg Schools', 'clt', 'Charlotte,NC', 'Exceptional Children'),
    ('Union County Public Schools', 'clt', 'Indian Trail,NC', 'Exceptional Children'),
    ('Cabarrus County Schools', 'clt', 'Concord,NC', 'Exceptional Children'),
    ('Iredell-Statesville Schools', 'clt', 'Mooresville,NC', 'Exceptional Children'),
    ('Fort Mill School District', 'clt', 'Fort Mill,SC', 'Special Services'),
    ('Columbus City Schools', 'cbus', 'Columbus,OH', 'Office of Special Education'),
    ('Worthington City Schools', 'cbus', 'Worthington,OH', 'Pupil Services'),
    ('Dublin City Schools', 'cbus', 'Dublin,OH', 'Student Services'),
    ('Upper Arlington City School District', 'cbus', 'Upper Arlington,OH', 'Student Services'),
    ('Westerville City School District', 'cbus', 'Westerville,OH', 'Special Education'),
    ('Buncombe County Schools', 'ashe', 'Asheville,NC', 'Exceptional Children'),
    ('Asheville City Schools', 'ashe', 'Asheville,NC', 'Exceptional Children'),
]

PLAN_529 = [
    'Peach State 529 Plan Services', 'CollegeBound Carolina Trust', 'Buckeye Futures 529 Administration',
    'Summit College Savings Plan', 'NextStep 529 Servicing', 'Ascend Education Savings Trust',
    'Keystone College Savings Administrators', 'Palmetto Scholars 529 Program',
    'Bright Horizon Tuition Savings', 'Guardian Path 529 Services', 'Blue Heron College Savings',
    'Lighthouse 529 Plan Administration',
]

GENERIC_FOUNDATIONS = [
    ("Carolina Children's Scholarship Fund", 'clt'), ('Peach State Tuition Assistance Foundation', 'atl'),
    ('Queen City Education Foundation', 'clt'), ('Buckeye Kids Scholarship Fund', 'cbus'),
    ('Blue Ridge Camp Scholarship Fund', 'ashe'), ('North Fulton Student Scholarship Organization', 'atl'),
    ('Metro Atlanta Tuition Grant Fund', 'atl'), ('Central Ohio Music Scholarship Trust', 'cbus'),
    ('Lake Norman Education Foundation', 'clt'), ('Piedmont Scholars Fund', 'clt'),
    ('Mecklenburg Tuition Aid Society', 'clt'), ('Chattahoochee Education Fund', 'atl'),
    ('Mountain Kids Outdoors Fund', 'ashe'), ('Gwinnett Student Opportunity Fund', 'atl'),
    ('Scioto Valley Youth Arts Foundation', 'cbus'), ('Southern Crescent Scholars Foundation', 'atl'),
    ('Catawba Valley Learning Foundation', 'clt'), ('Cobb Education Access Fund', 'atl'),
    ('Dublin Arts & Learning Foundation', 'cbus'), ('Foothills Camperships Fund', 'ashe'),
]
FAMILY_FOUNDATION_PATTERNS = [
    ('The {F} Family Foundation', 6), ('{F} Family Foundation', 5), ('{G1} and {G2} {F} Foundation', 3),
    ('{F} Charitable Trust', 2), ('{F} Scholarship Fund', 2), ('The {F} Foundation', 3),
]

SCHOOL_WORDS = ['Hillside', 'Oak Grove', 'Brookfield', 'Cedar Ridge', 'Maple Hollow', 'Willow Bend',
                'Fox Run', 'Stonegate', 'Meadowbrook', 'Ashton Park', 'Laurel Springs', 'Heritage Oaks',
                'Pine Lake', 'Kingsley Park', 'Bramblewood', 'Harmony Grove', 'Deer Creek',
                'Summerfield', 'River Trace', 'Whitfield Park', 'Cardinal Ridge', 'Copper Creek']
SCHOOL_LEVELS = ['Elementary', 'Middle School', 'High School', 'Montessori School', 'Elementary School']
PARENT_ORG_TYPES = [
    ('PTO', 'pto'), ('PTA', 'pta'), ('PTSA', 'ptsa'), ('Parent Teacher Organization', 'pto'),
    ('Athletic Booster Club', 'boosters'), ('Band Boosters', 'band'), ('Fine Arts Boosters', 'arts'),
    ("Parents' Association", 'parents'), ('Booster Club', 'boosters'), ('Theatre Boosters', 'theatre'),
]
PARENT_ORG_SLUG = dict(PARENT_ORG_TYPES)
ORG_TYPES_BY_LEVEL = {
    'Elementary': ['PTO', 'PTA', 'Parent Teacher Organization', "Parents' Association"],
    'Elementary School': ['PTO', 'PTA', 'Parent Teacher Organization'],
    'Montessori School': ['PTO', "Parents' Association", 'Parent Teacher Organization'],
    'Middle School': ['PTSA', 'PTO', 'Band Boosters', 'Athletic Booster Club'],
    'High School': ['PTSA', 'Athletic Booster Club', 'Band Boosters', 'Fine Arts Boosters',
                    'Theatre Boosters', 'Booster Club'],
    'own': ["Parents' Association", 'Athletic Booster Club', 'Fine Arts Boosters', 'PTO',
            'Band Boosters', 'Theatre Boosters'],
}


def school_level(school):
    for lv in ('Elementary School', 'Montessori School', 'Middle School', 'High School', 'Elementary'):
        if school.endswith(lv):
            return lv
    return 'own'


# ---------------------------------------------------------------------------
# CUSTOMER MODEL -- persons
# ---------------------------------------------------------------------------

PERSON_KINDS = ['household', 'single_parent', 'divorced_parent', 'grandparent', 'guardian',
                'adult_learner']
ORG_KINDS = ['employer', 'sponsor', 'foundation', 'church', 'parent_org', 'school_district',
             'plan_529']

USED_ORG_NAMES = set()


def family_for(eth, metro):
    if eth == 'anglo' and metro == 'cbus' and chance(0.35):
        return pick(FAMILY['anglo_oh'])
    if eth == 'hispanic':
        f = pick(FAMILY['hispanic'])
        if chance(0.2):
            g = pick(FAMILY['hispanic'])
            if g != f:
                f = f + ' ' + g
        return f
    if eth == 'aa' and chance(0.35):
        return pick(FAMILY['anglo'])
    return pick(FAMILY[eth])


def given_for(eth, gender, elder=False):
    tbl = ELDER_GIVEN if elder else GIVEN
    return pick(tbl[(eth, gender)])


def mini_person(eth, gender, metro, elder=False, family=None):
    """a person who is not (yet) a customer: partner, ex, contact, pastor ..."""
    given = given_for(eth, gender, elder)
    fam = family or family_for(eth, metro)
    nick = pick(NICK[given]) if given in NICK and chance(0.5) else None
    return {'given': given, 'family': fam, 'gender': gender, 'eth': eth, 'nick': nick,
            'middle': pick('ABCDEFGHJKLMNPRSTW') if chance(0.5) else None}


def child_of(family, eth):
    g = pick(['F', 'M'])
    cand = CHILD_GIVEN[g]
    given = pick(cand)
    return {'given': given, 'family': family, 'gender': g, 'grade': pick(GRADES)}


def make_person(kind, metro=None, city_key=None, eth=None, gender=None, given=None,
                family=None, employer_pool=None, no_partner=False):
    if metro is None:
        if kind == 'adult_learner':
            metro = wpick([('cbus', 80), ('atl', 8), ('clt', 8), ('ashe', 4)])
        elif kind == 'grandparent':
            metro = wpick([('atl', 28), ('clt', 24), ('cbus', 12), ('ashe', 18), ('other', 18)])
        else:
            metro = wpick(METRO_W_PERSON)
    if city_key is None:
        city_key = pick_city(metro)
    eth = eth or wpick(ETH_W[metro])
    elder = kind == 'grandparent'
    if gender is None:
        gw = {'household': 0.66, 'single_parent': 0.78, 'divorced_parent': 0.6,
              'grandparent': 0.66, 'guardian': 0.7, 'adult_learner': 0.55}[kind]
        gender = 'F' if chance(gw) else 'M'
    given = given or given_for(eth, gender, elder)
    birth_year = R.randint(1946, 1962) if elder else (
        R.randint(1958, 2003) if kind == 'adult_learner' else R.randint(1972, 1994))
    birth_family = family or family_for(eth, metro)
    p = {'party': 'person', 'kind': kind, 'metro': metro, 'city_key': city_key, 'eth': eth,
         'gender': gender, 'given': given, 'birth_year': birth_year,
         'family': birth_family, 'alt_family': None, 'alt_kind': None,
         'title': None, 'suffix': None, 'middle': None, 'nick': None, 'office_nick': False,
         'partner': None, 'ex': None, 'children': [], 'work': None,
         'emails': {}, 'phones': {}, 'addrs': {}}
    if given in NICK and chance(0.55):
        p['nick'] = pick(NICK[given])
        p['office_nick'] = chance(0.3)
    if chance(0.55):
        p['middle'] = pick('ABCDEFGHJKLMNPRSTW')
    r = R.random()
    if r < 0.035:
        p['title'] = 'Dr.'
    elif r < 0.045 and not elder:
        p['title'] = 'Rev.'
    if gender == 'M' and chance(0.06 if not elder else 0.1):
        p['suffix'] = wpick([('Jr.', 50), ('III', 18), ('II', 14), ('Sr.', 12 if not elder else 60), ('IV', 3)])

    # household composition and surnames
    if kind == 'household' and not no_partner and chance(0.9):
        pg = 'M' if gender == 'F' else 'F'
        if chance(0.04):
            pg = gender
        peth = eth if chance(0.85) else wpick(ETH_W[metro])
        partner = mini_person(peth, pg, metro)
        r = R.random()
        if gender == 'F' and pg == 'M':
            if r < 0.55:           # took his name; maiden name still around
                p['alt_family'], p['alt_kind'] = birth_family, 'maiden'
                p['family'] = partner['family']
            elif r < 0.67:         # hyphenated
                p['family'] = birth_family + '-' + partner['family'] if ' ' not in birth_family else birth_family
                p['alt_family'], p['alt_kind'] = partner['family'], 'married'
            elif r < 0.75:         # remarried recently: new married name not yet everywhere
                p['family'] = birth_family
                p['alt_family'], p['alt_kind'] = partner['family'], 'married'
            # else kept her own name, partner has his
            kid_family = partner['family']
        elif gender == 'M' and pg == 'F':
            if r < 0.65:
                partner['family'] = birth_family
            elif r < 0.75 and ' ' not in partner['family']:
                partner['family'] = partner['family'] + '-' + birth_family
            kid_family = birth_family
        else:
            kid_family = birth_family
        p['partner'] = partner
        if p['family'] == partner['family'] and partner['given'] == given:
            partner['given'] = given_for(peth, pg)
    elif kind == 'divorced_parent':
        eg = 'M' if gender == 'F' else 'F'
        ex = mini_person(eth if chance(0.85) else wpick(ETH_W[metro]), eg, metro)
        r = R.random()
        if gender == 'F':
            if r < 0.5:            # kept the ex-husband's surname
                p['alt_family'], p['alt_kind'] = birth_family, 'maiden'
                p['family'] = ex['family']
            elif r < 0.7:          # went back to her maiden name; the kids did not
                p['alt_family'], p['alt_kind'] = ex['family'], 'married'
            kid_family = ex['family']
        else:
            if r < 0.5:
                ex['family'] = birth_family
                ex['alt_family'] = None
            kid_family = birth_family
        p['ex'] = ex
    elif kind == 'single_parent':
        kid_family = birth_family if chance(0.75) else family_for(eth, metro)
    elif kind == 'grandparent':
        kid_family = birth_family if chance(0.6) else family_for(eth, metro)
    elif kind == 'guardian':
        kid_family = birth_family if chance(0.5) else family_for(eth, metro)
    else:
        kid_family = birth_family
    if kind != 'adult_learner':
        nk = {'household': wpick([(1, 35), (2, 45), (3, 17), (4, 3)]),
              'single_parent': wpick([(1, 55), (2, 35), (3, 10)]),
              'divorced_parent': wpick([(1, 45), (2, 45), (3, 10)]),
              'grandparent': wpick([(1, 75), (2, 25)]),
              'guardian': wpick([(1, 70), (2, 30)])}[kind]
        for _ in range(nk):
            ch = child_of(kid_family, eth)
            if all(ch['given'] != x['given'] for x in p['children']):
                p['children'].append(ch)

    # identifiers
    acs = metro_acs(metro)
    fam_for_mail = p['family']
    p['emails']['p0'] = person_email(given if not (p['nick'] and chance(0.3)) else p['nick'],
                                     fam_for_mail, metro, gender, birth_year,
                                     city=CITIES[city_key]['name'])
    mob_acs = acs if chance(0.82) else metro_acs(wpick(METRO_W_PERSON))
    p['phones']['m0'] = new_phone(mob_acs)
    if chance(0.55 if elder else 0.14):
        p['phones']['home'] = new_phone(CITIES[city_key]['acs'])
    apt_p = 0.18 if CITIES[city_key]['name'] in ('Atlanta', 'Charlotte', 'Columbus', 'Decatur') else 0.07
    if kind == 'adult_learner':
        apt_p = 0.3
    p['addrs']['h0'] = make_home_addr(city_key, apt_p)
    if p['partner'] is not None:
        pt = p['partner']
        pt['email'] = person_email(pt['given'], pt['family'], metro, pt['gender'], birth_year)
        pt['phone'] = new_phone(acs)
    if employer_pool and not elder and chance(0.24):
        emp = pick(employer_pool)
        p['work'] = {'org': emp, 'email': work_email(given, p['family'], emp['domain']) if emp.get('domain') else None,
                     'ext': str(R.randint(100, 4999)) if chance(0.6) else None,
                     'direct': new_phone(metro_acs(emp['metro'])) if chance(0.4) else None}
    return p


def lazy_email(c, label):
    """new mailboxes are created on first use and then kept (later records reuse them)"""
    if label not in c['emails']:
        if c['party'] == 'person':
            nm = c['nick'] if c.get('nick') and chance(0.4) else c['given']
            fam = c['alt_family'] if c.get('alt_family') and chance(0.3) else c['family']
            c['emails'][label] = person_email(nm, fam, c['metro'], c['gender'], c['birth_year'])
        elif c['domain']:
            loc = pick(['accounting', 'payables', 'finance', 'billing', 'admin', 'office', 'bookkeeping'])
            c['emails'][label] = claim_email(loc, c['domain'])
        else:
            loc = slug(c.get('school') or c['core'])[:14] + pick(['treasurer', 'billing', 'office', 'finance'])
            c['emails'][label] = claim_email(loc, wpick(FREEMAIL_W[c['metro'] if c['metro'] in FREEMAIL_W else 'atl']))
    return c['emails'][label]


def lazy_phone(c, label):
    if label not in c['phones']:
        if label == 'home':
            ck = c['addrs']['h1']['city_key'] if 'h1' in c['addrs'] and c['addrs']['h1']['city_key'] else c['city_key']
            c['phones'][label] = new_phone(CITIES[ck]['acs'])
        else:
            c['phones'][label] = new_phone(metro_acs(c['metro']))
    return c['phones'][label]


def lazy_addr(c, label):
    if label not in c['addrs']:
        if label == 'h1':       # the family moved
            if chance(0.75):
                ck = pick_city(c['metro']) if chance(0.55) else c['city_key']
            else:
                ck = pick_city(wpick([m for m in METRO_W_PERSON if m[0] != c['metro']]))
            c['addrs'][label] = make_home_addr(ck, 0.1, avoid_num=c['addrs']['h0']['num'])
        elif label == 'h2':     # moved across town: same city, new street
            c['addrs'][label] = make_home_addr(c['city_key'], 0.1, avoid_num=c['addrs']['h0']['num'])
        elif label == 'po':
            ck = c['city_key'] or pick_city(c['metro'])
            c['addrs'][label] = make_po_box(ck)
        elif label == 'o1':
            c['addrs'][label] = make_office_addr(c['metro'])
        else:
            raise KeyError(label)
    return c['addrs'][label]


# ---------------------------------------------------------------------------
# CUSTOMER MODEL -- organisations
# ---------------------------------------------------------------------------

JOB_TITLES = {
    'employer': ['Benefits Manager', 'HR Generalist', 'Accounts Payable', 'Payroll & Benefits',
                 'Controller', 'Office Manager', 'HR Director'],
    'sponsor': ['Office Manager', 'Marketing Coordinator', 'Owner', 'Practice Manager', 'Bookkeeper'],
    'foundation': ['Executive Director', 'Program Officer', 'Grants Manager', 'Treasurer',
                   'Scholarship Coordinator'],
    'church': ['Church Administrator', 'Business Manager', 'Finance Secretary', 'Treasurer',
               'Youth Director'],
    'parent_org': ['Treasurer', 'President', 'Co-President', 'VP Finance'],
    'school_district': ['Placement Coordinator', 'Program Specialist', 'Accounts Payable',
                        'Coordinator', 'Director'],
    'plan_529': ['Disbursements', 'Client Services', 'Withdrawals Team'],
}
ROLE_LOCALS = {
    'employer': ['ap', 'accountspayable', 'benefits', 'hr', 'payables', 'invoices'],
    'sponsor': ['office', 'info', 'billing', 'frontdesk', 'accounting'],
    'foundation': ['scholarships', 'grants', 'info', 'admin', 'office'],
    'church': ['office', 'finance', 'churchoffice', 'admin', 'bookkeeper'],
    'parent_org': ['treasurer', 'pto', 'boosters', 'info'],
    'school_district': ['placements', 'ap', 'ec-contracts', 'sped-billing', 'accountspayable'],
    'plan_529': ['disbursements', 'withdrawals', 'clientservices', 'payments'],
}


def org_full_name(o, legal=None, sep=None, the=None):
    the = o['the'] if the is None else the
    legal = o['legal'] if legal is None else legal
    sep = o['legal_sep'] if sep is None else sep
    s = ('The ' if the else '') + o['core']
    if legal:
        s += sep + legal
    return s


def make_contact(o, eth=None, person=None, title=None):
    if person is None:
        person = mini_person(eth or wpick(ETH_W[o['metro'] if o['metro'] in ETH_W else 'atl']),
                             pick(['F', 'F', 'M']), o['metro'] if o['metro'] in ETH_W else 'atl')
    ct = {'given': person['given'], 'family': person['family'], 'gender': person['gender'],
          'nick': person.get('nick'), 'job': title or pick(JOB_TITLES[o['kind']]),
          'ext': str(R.randint(100, 899)) if chance(0.6) else None}
    if o['domain']:
        ct['email'] = work_email(ct['given'], ct['family'], o['domain'])
    else:
        ct['email'] = person_email(ct['given'], ct['family'], o['metro'] if o['metro'] in ETH_W else 'atl',
                                   ct['gender'])
    return ct


def _name_ok(core):
    k = slug(core)
    if k in USED_ORG_NAMES:
        return False
    USED_ORG_NAMES.add(k)
    return True


def make_org(kind, metro=None, forced=None):
    """forced: dict with pre-set name parts (core, legal, stem ...) for hard negatives"""
    metro = metro or wpick(METRO_W_ORG)
    o = {'party': 'org', 'kind': kind, 'metro': metro, 'core': None, 'legal': '', 'legal_sep': ' ',
         'the': False, 'stem': None, 'domain': None, 'contacts': [], 'role_email': None,
         'emails': {}, 'phones': {}, 'addrs': {}, 'city_key': None, 'person': None,
         'person_role': None, 'dept': None, 'trade': None}
    forced = forced or {}
    for _ in range(500):
        legal, sep, the, stem, dom_base, tld = '', ' ', False, None, None, '.com'
        if 'core' in forced:
            core = forced['core']
            legal = forced.get('legal', '')
            sep = forced.get('legal_sep', ' ')
            stem = forced.get('stem')
            dom_base = forced.get('dom_base') or slug(core)[:18]
            the = forced.get('the', False)
            tld = forced.get('tld', '.com')
            if kind == 'parent_org':
                o['school'] = forced.get('school') or stem
                o['org_type'] = forced.get('org_type')
                dom_base = None
            o['trade'] = forced.get('trade')
            if forced.get('person'):
                o['person'] = forced['person']
                o['person_role'] = forced.get('person_role')
        elif kind in ('employer', 'sponsor'):
            r = R.random()
            if kind == 'sponsor' and r < 0.42 or kind == 'employer' and r < 0.12:
                pat, legals, ptitle, dword = pick(PRACTICES)
                eth = wpick(ETH_W[metro if metro in ETH_W else 'atl'])
                pr = mini_person(eth, pick(['F', 'M']), metro)
                pf = pr['family'] if pr['family'].startswith(('St.', 'De ', 'Van ')) else pr['family'].split(' ')[0]
                core = pat.replace('{F}', pf)
                legal = pick(legals)
                sep = ', ' if chance(0.5) else ' '
                stem = pf
                dom_base = slug(stem) + dword
                o['person'] = dict(pr, title=ptitle)
                o['person_role'] = 'practitioner'
                o['trade'] = pat
            elif r < 0.22:
                pat, legals = pick(PARTNERSHIP_PATTERNS)
                fams = [pick(FAMILY['anglo']) for _ in range(3)]
                if len(set(fams)) < 3:
                    continue
                core = pat.replace('{F1}', fams[0]).replace('{F2}', fams[1]).replace('{F3}', fams[2])
                legal = pick(legals)
                sep = ', ' if ',' in core or chance(0.3) else ' '
                stem = fams[0]
                dom_base = slug(fams[0]) + (slug(fams[1]) if chance(0.6) else 'law')
                o['trade'] = 'partnership'
            elif kind == 'sponsor' and r < 0.6:
                pat, legals = pick(LOCAL_BUSINESS)
                s = pick(CORP_STEMS + [c.split(',')[0] for c in cities_of(metro)])
                core = pat.replace('{S}', s)
                legal = pick(legals) if legals else ''
                stem = s
                dom_base = slug(s) + slug(pat.split()[1])
                o['trade'] = pat
            else:
                s = pick(CORP_STEMS)
                trade, legals = pick(TRADES)
                core = s + ' ' + trade
                legal = pick(legals)
                sep = ', ' if chance(0.35) else ' '
                stem = s
                dom_base = slug(s) + (slug(trade.split()[0]) if chance(0.7) else '')
                o['trade'] = trade
        elif kind == 'foundation':
            if chance(0.55):
                pat = wpick(FAMILY_FOUNDATION_PATTERNS)
                eth = wpick(ETH_W[metro])
                fam = family_for(eth, metro).split(' ')[0]
                g1 = given_for(eth, 'M')
                g2 = given_for(eth, 'F')
                core = pat.replace('{F}', fam).replace('{G1}', g1).replace('{G2}', g2)
                if core.startswith('The '):
                    core = core[4:]
                    the = True
                legal = ', Inc.' if chance(0.25) else ''
                legal = legal.replace(', ', '')
                sep = ', '
                stem = fam
                dom_base = slug(fam) + pick(['foundation', 'familyfoundation', 'fdn', 'fund'])
                tld = '.org'
                o['person'] = {'given': g1 if chance(0.5) else g2, 'family': fam, 'eth': eth,
                               'gender': None, 'title': None}
                o['person']['gender'] = 'M' if o['person']['given'] == g1 else 'F'
                o['person_role'] = 'founder'
            else:
                cands = [g for g in GENERIC_FOUNDATIONS if slug(g[0]) not in USED_ORG_NAMES]
                if not cands:
                    continue
                core, metro = pick(cands)
                o['metro'] = metro
                legal = 'Inc.' if chance(0.3) else ''
                sep = ', '
                stem = ' '.join(core.split()[:2])
                dom_base = ''.join(w[0] for w in re.findall(r'[A-Za-z]+', core)).lower() + pick(['fund', 'scholars', 'foundation'])
                tld = '.org'
        elif kind == 'church':
            pat = wpick([(p_[0], p_[2]) for p_ in CHURCH_PATTERNS])
            ck = pick_city(metro)
            cname = CITIES[ck]['name']
            core = (pat.replace('{C}', cname).replace('{S}', pick(SAINTS))
                    .replace('{W}', pick(CHURCH_WORDS)).replace('{E}', pick(IGLESIA_WORDS)))
            if '{C}' in pat:
                o['city_key'] = ck
            legal = 'Inc.' if chance(0.15) else ''
            sep = ', '
            words = [w for w in core.split() if w not in ('Church', 'of', 'The', 'St.', 'First', 'United')]
            stem = ' '.join(core.split()[:2]) if not core.startswith('First') else core
            if '{C}' in pat:
                head = core.split(' of ')[0] if ' of ' in core else core.replace(cname, '').strip()
                ini = ''.join(w[0] for w in head.split() if w[0].isalpha()).lower()
                dom_base = (ini + slug(cname)) if chance(0.6) else slug(cname) + ini
            else:
                dom_base = slug(' '.join(words[:2])) + ('' if chance(0.6) else pick(['church', 'online', 'atl', 'clt']))
            tld = '.org'
            eth = 'korean' if 'Korean' in core else ('hispanic' if 'Iglesia' in core else (
                'nigerian' if 'Redeemed' in core else ('aa' if ('AME' in core or 'Missionary' in core or 'Greater' in core) else wpick(ETH_W[metro]))))
            pastor = mini_person(eth, 'M' if chance(0.8) else 'F', metro)
            pastor['title'] = pick(['Rev.', 'Rev.', 'Pastor', 'Rev. Dr.'])
            o['person'] = pastor
            o['person_role'] = 'pastor'
        elif kind == 'parent_org':
            if chance(0.3) and metro in ('atl', 'clt'):
                school = OWN_UNITS[metro]
            else:
                school = pick(SCHOOL_WORDS) + ' ' + pick(SCHOOL_LEVELS)
            typ = pick(ORG_TYPES_BY_LEVEL[school_level(school)])
            core = school + ' ' + typ
            legal = 'Inc.' if chance(0.25) else ''
            sep = ', '
            stem = school
            dom_base = None
            o['school'] = school
            o['org_type'] = typ
        elif kind == 'school_district':
            cands = [d for d in SCHOOL_DISTRICTS if slug(d[0]) not in USED_ORG_NAMES and (metro is None or d[1] == metro)]
            if not cands:
                cands = [d for d in SCHOOL_DISTRICTS if slug(d[0]) not in USED_ORG_NAMES]
            core, metro, ck, dept = pick(cands)
            o['metro'] = metro
            o['city_key'] = ck
            o['dept'] = dept
            stem = core.split(' School')[0].split(' Public')[0].split(' City')[0].split(' County')[0]
            dom_base = slug(stem) + pick(['schools', 'k12', 'ps'])
            tld = '.example'
        elif kind == 'plan_529':
            cands = [n for n in PLAN_529 if slug(n) not in USED_ORG_NAMES]
            core = pick(cands)
            legal = pick(['LLC', 'Inc.', '', ''])
            sep = ', ' if chance(0.4) else ' '
            stem = ' '.join(core.split()[:2])
            dom_base = slug(' '.join(core.split()[:2])) + pick(['529', 'plans', 'savings', ''])
        else:
            raise ValueError(kind)
        if 'core' in forced:
            USED_ORG_NAMES.add(slug(core))
            break
        if not _name_ok(core):
            continue
        break
    if legal in ('Co.', 'Corp.', 'L.P.', 'LLP') and sep == ', ' and 'core' not in forced:
        sep = ' '
    o['core'], o['legal'], o['legal_sep'], o['the'], o['stem'] = core, legal, sep, the, stem
    # domain
    if dom_base is not None:
        o['domain'] = forced.get('domain') or claim_domain(dom_base, tld)
    # address
    if forced.get('city_key'):
        o['city_key'] = forced['city_key']
    if o['city_key'] is None:
        o['city_key'] = pick_city(o['metro'])
    if kind == 'plan_529':
        o['addrs']['o0'] = make_remote_po()
        o['phones']['main'] = new_tollfree()
    elif kind == 'parent_org':
        if o['school'] in OWN_CITY:
            o['city_key'] = OWN_CITY[o['school']]
        if chance(0.55):
            # parent organisations use the school's street address
            skey = (o['school'], o['metro'])
            if skey not in SCHOOL_ADDR:
                SCHOOL_ADDR[skey] = make_home_addr(o['city_key'], 0.0)
            o['addrs']['o0'] = SCHOOL_ADDR[skey]
            o['city_key'] = SCHOOL_ADDR[skey]['city_key']
            o['addr_is_school'] = True
        else:
            o['addrs']['o0'] = make_po_box(o['city_key'])
        o['phones']['main'] = new_phone(metro_acs(o['metro']))
    elif kind == 'church':
        o['addrs']['o0'] = make_home_addr(o['city_key'], 0.0)
        o['phones']['main'] = new_phone(CITIES[o['city_key']]['acs'])
    elif kind == 'foundation' and o['person_role'] == 'founder' and chance(0.4):
        o['addrs']['o0'] = make_home_addr(o['city_key'], 0.0)    # run from the founder's home
        o['founder_home'] = True
        o['phones']['main'] = new_phone(metro_acs(o['metro']))
    elif kind == 'school_district':
        o['addrs']['o0'] = make_home_addr(o['city_key'], 0.0)
        o['phones']['main'] = new_phone(CITIES[o['city_key']]['acs'])
    else:
        o['addrs']['o0'] = make_office_addr(o['metro'], 0.75)
        o['city_key'] = o['addrs']['o0']['city_key']
        o['phones']['main'] = new_phone(metro_acs(o['metro']))
    if chance(0.12) and kind not in ('plan_529',):
        o['addrs']['opo'] = make_po_box(o['city_key'])
    # contacts
    ncont = wpick([(1, 40), (2, 40), (3, 20)])
    if kind == 'parent_org':
        o['role_email'] = claim_email(slug(o['school'])[:14] + PARENT_ORG_SLUG.get(o.get('org_type'), 'pto'),
                                      wpick(FREEMAIL_W[o['metro'] if o['metro'] in FREEMAIL_W else 'atl']))
    elif o['domain']:
        o['role_email'] = claim_email(pick(ROLE_LOCALS[kind]), o['domain'])
    for i in range(ncont):
        o['contacts'].append(make_contact(o))
    if o['person_role'] in ('practitioner', 'pastor', 'founder') and chance(0.4):
        pr = o['person']
        o['contacts'][0] = make_contact(o, person={'given': pr['given'], 'family': pr['family'],
                                                    'gender': pr.get('gender') or 'M', 'nick': None},
                                        title={'practitioner': 'Owner', 'pastor': 'Senior Pastor',
                                               'founder': 'President'}[o['person_role']])
        o['contact_is_person'] = True
    o['emails']['role'] = o['role_email']
    for i, ct in enumerate(o['contacts']):
        o['emails']['c%d' % i] = ct['email']
    return o


def org_name_parts_copy(o):
    return {k: o[k] for k in ('core', 'legal', 'legal_sep', 'the', 'stem')}


# ---------------------------------------------------------------------------
# NOISE PRIMITIVES
# ---------------------------------------------------------------------------

KEYB = {
    'q': 'wa', 'w': 'qes', 'e': 'wrd', 'r': 'etf', 't': 'ryg', 'y': 'tuh', 'u': 'yij', 'i': 'uok',
    'o': 'ipl', 'p': 'ol', 'a': 'qsz', 's': 'awdz', 'd': 'sefx', 'f': 'drgc', 'g': 'fthv',
    'h': 'gyjb', 'j': 'hukn', 'k': 'jilm', 'l': 'kop', 'z': 'asx', 'x': 'zsdc', 'c': 'xdfv',
    'v': 'cfgb', 'b': 'vghn', 'n': 'bhjm', 'm': 'njk',
}
KEYPAD = {'0': '89', '1': '24', '2': '135', '3': '26', '4': '157', '5': '2468', '6': '359',
          '7': '48', '8': '5790', '9': '68'}


def typo(s, allow_first=False):
    """one realistic keyboard slip; always returns a different string"""
    if not s:
        return s
    for _ in range(30):
        idx = [i for i, ch in enumerate(s) if ch.isalpha() and (allow_first or i > 0)]
        if not idx:
            idx = [i for i, ch in enumerate(s) if ch.isalpha()]
        if not idx:
            return s
        i = pick(idx)
        op = wpick([('del', 3), ('dup', 2), ('swap', 3), ('sub', 3)])
        ch = s[i]
        if op == 'del' and len([c for c in s if c.isalpha()]) > 3:
            t = s[:i] + s[i + 1:]
        elif op == 'dup':
            t = s[:i] + ch + s[i:]
        elif op == 'swap' and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != ch.lower():
            t = s[:i] + s[i + 1] + ch + s[i + 2:]
        elif op == 'sub' and ch.lower() in KEYB:
            n = pick(KEYB[ch.lower()])
            t = s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
        else:
            continue
        if t != s and t.strip():
            return t
    return s + s[-1]


def phone_typo(d):
    for _ in range(50):
        i = R.randrange(3, 10)
        if chance(0.45) and i < 9 and d[i] != d[i + 1]:
            t = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        else:
            t = d[:i] + pick(KEYPAD[d[i]]) + d[i + 1:]
        if t != d and t not in USED_PHONES and t[3] not in '01':
            USED_PHONES.add(t)
            return t
    raise RuntimeError('phone typo')


def email_typo(e):
    local, dom = e.split('@', 1)
    for _ in range(50):
        if dom.lower() in EMAIL_DOMAIN_TYPOS and chance(0.5):
            t = local + '@' + pick(EMAIL_DOMAIN_TYPOS[dom.lower()])
        elif '.' in local and chance(0.25):
            t = local.replace('.', '', 1) + '@' + dom
        else:
            t = typo(local, allow_first=False) + '@' + dom
        if t.lower() != e.lower() and t.lower() not in USED_EMAILS:
            USED_EMAILS.add(t.lower())
            return t
    raise RuntimeError('email typo')


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        'paren': '(%s) %s-%s' % (a, b, c), 'dash': '%s-%s-%s' % (a, b, c),
        'dot': '%s.%s.%s' % (a, b, c), 'plain': d, 'e164': '+1' + d,
        'intl': '+1 %s %s %s' % (a, b, c), 'intl_dash': '+1 %s-%s-%s' % (a, b, c),
        'one_dash': '1-%s-%s-%s' % (a, b, c), 'space': '%s %s %s' % (a, b, c),
        'paren_tight': '(%s)%s-%s' % (a, b, c), 'dash_space': '%s %s-%s' % (a, b, c),
        'one_paren': '1 (%s) %s-%s' % (a, b, c),
    }[style]


EXT_FORMATS = [(' x{e}', 4), (' ext. {e}', 3), (' Ext {e}', 2), (' ext {e}', 2), (' #{e}', 1), (' X{e}', 1)]
ANNOTATIONS = [('{p} (H)', 3), ('{p} (C)', 3), ('{p} (W)', 1), ('{p} cell', 2), ('C: {p}', 1),
               ('Cell: {p}', 1), ('Home {p}', 1), ('{p} (mobile)', 1)]


def mojibake(s):
    return s.encode('utf-8').decode('cp1252', errors='replace')


def ascii_q(s):
    return ''.join('?' if ord(ch) > 127 else ch for ch in s)


def has_accent(s):
    return any(ord(ch) > 127 for ch in s)


def apply_encoding(s, mode):
    if not s or not has_accent(s):
        return s
    if mode == 'mojibake':
        return mojibake(s)
    if mode == 'strip':
        return strip_accents(s)
    if mode == 'qmark':
        return ascii_q(s)
    return s


def apply_punct(s, mode):
    if not s or "'" not in s:
        return s
    return {'curly': s.replace("'", '\u2019'), 'drop': s.replace("'", ''),
            'html': s.replace("'", '&#39;'), 'space': s.replace("'", ' '),
            'double': s.replace("'", "''")}.get(mode, s)


def apply_case(s, mode):
    if s is None:
        return s
    if mode == 'upper':
        return s.upper()
    if mode == 'lower':
        return s.lower()
    if mode == 'title':
        return s.lower().title()
    return s


def hyphen_variant(s, mode):
    """'Carter-Mitchell' / 'Ji-hoon' / 'Mary Beth' / 'Hernández Ruiz' variants"""
    if mode == 'space':
        return s.replace('-', ' ')
    if mode == 'join':
        return s.replace('-', '').replace(' ', '') if ('-' in s or ' ' in s) else s
    if mode == 'cap':       # Ji-hoon -> Ji-Hoon
        return '-'.join(p[:1].upper() + p[1:] for p in s.split('-'))
    if mode == 'hyphen':    # Mary Beth -> Mary-Beth ; García López -> García-López
        return s.replace(' ', '-')
    if mode == 'first':
        return re.split(r'[- ]', s)[0]
    if mode == 'last':
        return re.split(r'[- ]', s)[-1]
    return s


ORG_ABBREV = [
    ('United Methodist Church', 'UMC'), ('First Baptist Church', 'FBC'),
    ('Parent Teacher Organization', 'PTO'), ('Foundation', 'Fdn'), ('Foundation', 'Fdn.'),
    ('Church', 'Ch.'), ('Association', 'Assn'), ('Associates', 'Assoc.'), ('Company', 'Co.'),
    ('Scholarship', 'Schol.'), ('Education', 'Educ.'), ('Presbyterian', 'Presb.'),
    ('Athletic', 'Athl.'), ('Management', 'Mgmt'), ('Services', 'Svcs'), ('Systems', 'Sys.'),
    ('Manufacturing', 'Mfg'), ('Construction', 'Constr.'), ('Insurance', 'Ins.'),
    ('Elementary', 'Elem.'), ('Middle School', 'MS'), ('High School', 'HS'),
    ('County', 'Co.'), ('Public Schools', 'Pub. Schools'), ('School District', 'Sch. Dist.'),
    ('District', 'Dist.'), ('Orthodontics', 'Ortho'), ('Pediatrics', 'Peds'),
    ('Family Dentistry', 'Family Dental'), ('Mountain', 'Mtn'), ('Missionary Baptist', 'M.B.'),
    ('Boosters', 'Booster'), ('Booster Club', 'Boosters'), ('Tuition', 'Tuit.'),
    ('Administration', 'Admin'), ('Administrators', 'Admin.'), ('Savings', 'Svgs'),
    ('Program', 'Prog.'), ('Financial', 'Fin.'), ('Consulting', 'Cnsltg'),
    ('Charitable Trust', 'Char. Trust'), ('Fellowship', 'Fellowshp'), ('Day School', 'Day Sch'),
    ('Academy', 'Acad.'), ('Veterinary', 'Vet'), ('Health Partners', 'Health'),
    ('Engineering', 'Eng.'), ('Properties', 'Prop.'), ('Logistics', 'Logist.'),
]
LEGAL_VARIANTS = {
    'Inc.': ['Inc', 'INC', 'Incorporated', 'inc.', 'Inc'], 'LLC': ['L.L.C.', 'llc', 'Llc', 'L.L.C'],
    'LLP': ['L.L.P.', 'llp', 'LLP.'], 'P.C.': ['PC', 'P.C', 'Professional Corporation'],
    'PLLC': ['P.L.L.C.', 'Pllc', 'P.L.L.C'], 'P.A.': ['PA', 'P.A', 'Professional Association'],
    'Co.': ['Co', 'Company'], 'Corp.': ['Corp', 'Corporation', 'CORP'], 'L.P.': ['LP', 'L.P'],
    'CPAs, PLLC': ['CPAs PLLC', 'CPAS, P.L.L.C.'],
}


def org_abbreviate(core, n=1):
    out = core
    done = 0
    cands = [ab for ab in ORG_ABBREV if re.search(r'\b' + re.escape(ab[0]) + r'\b', out)]
    R.shuffle(cands)
    for full, ab in cands:
        if done >= n:
            break
        if re.search(r'\b' + re.escape(full) + r'\b', out):
            out = re.sub(r'\b' + re.escape(full) + r'\b', ab, out, count=1)
            done += 1
    return out


def swap_amp(core):
    if ' & ' in core:
        return core.replace(' & ', ' and ', 1)
    if ' and ' in core:
        return core.replace(' and ', ' & ', 1)
    return core


def grade_text(g, style):
    if g in ('PK3', 'PK4'):
        return {'ord': g, 'gr': g, 'grade': 'Pre-K', 'short': g}[style]
    if g == 'K':
        return {'ord': 'K', 'gr': 'K', 'grade': 'Kindergarten', 'short': 'K'}[style]
    n = int(g)
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return {'ord': '%d%s gr' % (n, suf), 'gr': 'Gr %d' % n, 'grade': '%d%s grade' % (n, suf),
            'short': '%d%s' % (n, suf)}[style]


# ---------------------------------------------------------------------------
# ADDRESS RENDERING (returns the contact.address dict and the ops it implies)
# ---------------------------------------------------------------------------

CANON_ADDR_STYLE = {'stype': 'abbr', 'dir': 'abbr', 'unit': 'line2', 'case': None, 'zip': 'zip',
                    'city': 'city', 'region': 'abbr', 'country': 'US', 'street_typo': False,
                    'number_typo': False, 'partial': False, 'attn': None, 'po_fmt': 'PO Box',
                    'city_typo_s': None, 'zip_wrong_s': None, 'region_s': None, 'city_abbr_s': None,
                    'unit_fmt': None}


def render_addr(a, style):
    st = dict(CANON_ADDR_STYLE)
    st.update(style)
    ops = []
    if a is None:
        return None, ops
    line1 = line2 = None
    if st['partial']:
        ops.append('partial')
    elif a['po']:
        fmt = st['po_fmt']
        line1 = '%s %s' % (fmt, a['po'])
        if fmt != 'PO Box':
            ops.append('format=' + fmt)
        if st['attn']:
            line2, line1 = line1, st['attn']
            ops.append('attn_added=' + st['attn'])
    else:
        parts = [a['num']]
        if a['predir']:
            if st['dir'] == 'full':
                parts.append(DIR_FULL[a['predir']])
                ops.append('expanded')
            elif st['dir'] == 'dot':
                parts.append('.'.join(a['predir']) + '.')
                ops.append('format')
            else:
                parts.append(a['predir'])
        street = a['street']
        if st['street_typo']:
            street = typo(street)
            ops.append('typo=' + street)
        parts.append(street)
        if a['stype']:
            if st['stype'] == 'full' and STYPE_FULL[a['stype']] != a['stype']:
                parts.append(STYPE_FULL[a['stype']])
                ops.append('expanded')
            elif st['stype'] == 'dot' and a['stype'] not in ('Way', 'Run', 'Pass', 'Walk', 'Loop', 'Row', 'Pike', 'Broadway'):
                parts.append(a['stype'] + '.')
                ops.append('format')
            else:
                parts.append(a['stype'])
        if a['postdir']:
            if st['dir'] == 'drop_quadrant':
                ops.append('quadrant_dropped')
            elif st['dir'] == 'full':
                parts.append(DIR_FULL[a['postdir']])
                ops.append('expanded')
            elif st['dir'] == 'dot':
                parts.append('.'.join(a['postdir']) + '.')
                ops.append('format')
            else:
                parts.append(a['postdir'])
        if st['number_typo']:
            n = a['num']
            if len(n) >= 2 and n[-1] != n[-2] and chance(0.6):
                n2 = n[:-2] + n[-1] + n[-2]
            else:
                j = R.randrange(len(n))
                n2 = n[:j] + pick([d for d in KEYPAD[n[j]] if not (j == 0 and d == '0')] or ['1']) + n[j + 1:]
            if n2 != n:
                parts[0] = n2
                ops.append('number_typo=' + n2)
        line1 = ' '.join(parts)
        if a['unit']:
            kind, uid = a['unit']
            mode = st['unit']
            ufmt = st['unit_fmt']
            if ufmt == 'hash':
                utxt = '#' + uid
            elif ufmt == 'dot':
                utxt = {'Apt': 'Apt.', 'Unit': 'Unit', 'Suite': 'Ste.'}[kind] + ' ' + uid
            elif ufmt == 'ste' and kind == 'Suite':
                utxt = 'Ste ' + uid
            elif ufmt == 'full' and kind == 'Apt':
                utxt = 'Apartment ' + uid
            else:
                utxt = kind + ' ' + uid
                ufmt = None
            if ufmt:
                ops.append('unit_format=' + ufmt)
            if mode == 'drop':
                ops.append('unit_dropped')
            elif mode == 'merged':
                line1 = line1 + ' ' + utxt
                ops.append('lines_merged')
            elif mode == 'merged_comma':
                line1 = line1 + ', ' + utxt
                ops.append('lines_merged')
            else:
                line2 = utxt
        if st['attn']:
            if line2 is None:
                line2 = line1
                line1 = st['attn']
            else:
                line1, line2 = st['attn'], line1 + ', ' + line2
            ops.append('attn_added=' + st['attn'])
    # city
    city = a['city']
    cmode = st['city']
    if cmode == 'postal':
        ck = a.get('city_key')
        alias = CITIES[ck]['postal'] if ck else None
        if alias:
            city = alias
            ops.append('postal_city')
    elif cmode == 'abbrev' and city in CITY_ABBREV:
        city = st['city_abbr_s'] or pick(CITY_ABBREV[city])
        ops.append('city_abbrev=' + city)
    elif cmode == 'typo':
        city = st['city_typo_s'] or typo(city)
        ops.append('city_typo=' + city)
    elif cmode == 'none':
        city = None
        ops.append('city_dropped')
    region = a['state']
    if st['region'] != 'abbr':
        region = st['region_s'] or pick(STATE_VARIANTS[a['state']])
        ops.append('region_format=' + region)
    z = a['zip']
    if st['zip'] == 'zip4':
        z = a['zip'] + '-' + a['zip4']
        ops.append('zip4_added')
    elif st['zip'] == 'zip4_space':
        z = a['zip'] + ' ' + a['zip4']
        ops.append('zip4_added')
    elif st['zip'] == 'none':
        z = None
        ops.append('zip_dropped')
    elif st['zip'] == 'wrong':
        z = st['zip_wrong_s'] or wrong_zip(a)
        ops.append('zip_wrong=' + z)
    elif st['zip'] == 'excel' and a['zip'].startswith('0'):
        z = a['zip'].lstrip('0')
        ops.append('zip_wrong=' + z)
    country = st['country']
    if country != 'US':
        ops.append('country_dropped' if country is None else 'country_format=' + country)
    if st['case']:
        line1 = apply_case(line1, st['case'])
        line2 = apply_case(line2, st['case'])
        city = apply_case(city, st['case'])
        if st['case'] in ('upper', 'lower'):
            region = apply_case(region, st['case']) if st['case'] == 'upper' else region
        ops.append('case=' + st['case'])
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': z,
           'country': country}
    if all(v is None for v in out.values()):
        return None, ['dropped']
    return out, uniq(ops)


def wrong_zip(a):
    ck = a.get('city_key')
    others = [z for z in (CITIES[ck]['zips'] if ck else []) if z != a['zip']]
    if others and chance(0.6):
        return pick(others)
    z = a['zip']
    i = R.randrange(2, 5)
    return z[:i] + str((int(z[i]) + pick([1, -1, 2])) % 10) + z[i + 1:]


# ---------------------------------------------------------------------------
# RECORD BUILDERS
# A record carries its field values, the list of deviations ("ops") from the
# customer's canonical business-office form per field, and its provenance
# (which mailbox / number / address / person it names).  Changes between two
# records are derived from these, restricted to fields whose values differ.
# ---------------------------------------------------------------------------

NAME_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName']


def new_rec():
    return {'f': {k: None for k in FIELDS}, 'ops': {k: [] for k in FIELDS}, 'uses': {},
            'prov': {'email': None, 'phone': None, 'address': None, 'who': 'primary',
                     'contact': None, 'ext': None}}


def add_ops(rec, field, ops):
    for o in ops:
        if o not in rec['ops'][field]:
            rec['ops'][field].append(o)


def person_atoms(c, spec):
    who = spec.get('who', 'primary')
    src = c['partner'] if who == 'partner' else c
    gops, fops = ([], []) if who == 'primary' else (['other_parent'], ['other_parent'])
    legal = src['given']
    g = legal
    gform = spec.get('gform', 'legal')
    if gform == 'nick' and src.get('nick') and src['nick'] != legal:
        g = src['nick']
        gops.append('nickname=' + g)
    elif gform == 'initial':
        g = legal[0] + '.'
        gops.append('initial')
    elif gform == 'spelling' and legal in SPELLING:
        g = SPELLING[legal]
        gops.append('spelling')
    if spec.get('ghyphen') and ('-' in g or ' ' in g):
        g2 = hyphen_variant(g, spec['ghyphen'])
        if g2 != g:
            g = g2
            gops.append(('hyphen_format=' if spec['ghyphen'] != 'first' else 'nickname=') + spec['ghyphen'])
    fam = src['family']
    fform = spec.get('fform', 'current')
    if fform == 'alt' and src.get('alt_family'):
        fam = src['alt_family']
        fops.append('married_name')
    elif fform in ('space', 'join', 'hyphen') and ('-' in fam or ' ' in fam):
        f2 = hyphen_variant(fam, fform)
        if f2 != fam:
            fam = f2
            fops.append('hyphen_format=' + fform)
    elif fform in ('first', 'last') and ('-' in fam or ' ' in fam) and not fam.startswith(('De ', 'St', 'Van ')):
        f2 = hyphen_variant(fam, fform)
        if f2 != fam:
            fops.append(('married_name=' if '-' in fam else 'double_surname=') + fform)
            fam = f2
    if spec.get('fspell') and fam in SPELLING:
        fam = SPELLING[fam]
        fops.append('spelling')
    if spec.get('gtypo') and gform != 'initial':
        g = typo(g)
        gops.append('typo=' + g)
    if spec.get('ftypo'):
        fam = typo(fam)
        fops.append('typo=' + fam)
    enc = spec.get('enc')
    if enc:
        g2, f2 = apply_encoding(g, enc), apply_encoding(fam, enc)
        if g2 != g:
            gops.append('encoding=' + enc)
            g = g2
        if f2 != fam:
            fops.append('encoding=' + enc)
            fam = f2
    if spec.get('punct'):
        f2 = apply_punct(fam, spec['punct'])
        if f2 != fam:
            fops.append('punctuation=' + spec['punct'])
            fam = f2
    title = src.get('title') if spec.get('title') else None
    suffix = src.get('suffix') if who == 'primary' else None
    sops = []
    if suffix:
        sm = spec.get('suffix', 'keep')
        if sm == 'drop':
            suffix = None
            sops.append('suffix_dropped')
        elif sm == 'nodot' and suffix.endswith('.'):
            suffix = suffix[:-1]
            sops.append('format=nodot')
        elif sm == 'comma':
            suffix = ', ' + suffix
            sops.append('format=comma')
    middle = src.get('middle') if spec.get('middle') else None
    # component-prefixed ops: g=given atom, f=family atom, s=suffix, t=title, m=middle initial
    return {'g': g, 'gops': ['g:' + o for o in gops], 'f': fam, 'fops': ['f:' + o for o in fops],
            'title': title, 'suffix': suffix, 'sops': ['s:' + o for o in sops], 'middle': middle, 'who': who}


def kid_for(c, spec):
    if not c.get('children'):
        return None
    i = spec.get('kid', 0) % len(c['children'])
    return c['children'][i]


def compose_person_dn(c, A, spec):
    form = spec.get('dn', 'first_last')
    g, f = A['g'], A['f']
    name_ops = A['gops'] + A['fops'] + A['sops']
    t, suf, mid = A['title'], A['suffix'], A['middle']
    first = g + (' ' + mid + '.' if mid else '')
    suf_txt = '' if not suf else (suf if suf.startswith(',') else ' ' + suf)
    tops = ['t:title_added'] if t else []
    mops = ['m:middle_added'] if mid else []
    kid = kid_for(c, spec)
    partner = c.get('partner') if A['who'] == 'primary' else None
    if form in ('student_note', 'family_kids', 'parent_of', 'child', 'grand_note') and kid is None:
        form = 'last_first' if form == 'student_note' else 'first_last'
    if form in ('joint', 'mr_mrs') and not partner:
        form = 'first_last'
    if form == 'mr_mrs' and partner and partner['gender'] == c['gender']:
        form = 'joint'
    if form == 'household' and not (partner or c.get('children')):
        form = 'first_last'
    if form == 'first_last':
        dn = (t + ' ' if t else '') + first + ' ' + f + suf_txt
        ops = name_ops + tops + mops
    elif form == 'last_first':
        dn = f + suf_txt + ', ' + (t + ' ' if t else '') + first
        ops = name_ops + tops + mops + ['last_first']
    elif form == 'swapped':
        dn = f + ' ' + first
        ops = name_ops + mops + ['swapped'] + (['s:suffix_dropped'] if c.get('suffix') and A['who'] == 'primary' else [])
    elif form == 'household':
        hpat = pick(['The %s Family', '%s Family', 'The %s Household', '%s Household', 'The %ss'])
        dn = hpat % f
        ops = A['fops'] + ['household_name=' + hpat]
    elif form == 'mr_mrs':
        husband = c if c['gender'] == 'M' else partner
        hf = husband['family'] if husband is c else partner['family']
        dn = 'Mr. and Mrs. %s %s' % (husband['given'], hf)
        ops = ['household_name=mr_mrs']
    elif form == 'joint':
        pg = partner['nick'] if partner.get('nick') and chance(0.4) else partner['given']
        if partner['family'] == c['family']:
            dn = '%s & %s %s' % (g, pg, f) if chance(0.75) else '%s and %s %s' % (g, pg, f)
        else:
            dn = '%s %s & %s %s' % (g, f, pg, partner['family'])
        ops = name_ops + ['joint_name=' + dn]
    elif form == 'family_kids':
        kids = [k['given'] for k in c['children']]
        dn = '%s Family (%s)' % (f, ', '.join(kids))
        ops = A['fops'] + ['household_name=kids', 'student_note=' + dn]
    elif form == 'student_note':
        gt = grade_text(kid['grade'], pick(['ord', 'gr', 'short']))
        sep = pick([' - ', ' - ', ' / ', ' (', ' -- '])
        dn = '%s, %s%s%s %s' % (f, first, sep, kid['given'], gt) + (')' if sep == ' (' else '')
        ops = name_ops + mops + ['last_first', 'student_note=' + kid['given'] + sep + gt] + (['s:suffix_dropped'] if c.get('suffix') and A['who'] == 'primary' and not A['sops'] else [])
    elif form == 'parent_of':
        dn = pick(['Parent of %s %s', 'Parent of %s %s', 'Parent/Guardian of %s %s', '%s %s (parent)']) % (kid['given'], kid['family'])
        ops = ['student_name=' + dn]
    elif form == 'child':
        dn = '%s %s' % (kid['given'], kid['family'])
        if chance(0.3):
            dn += pick([' (camper)', ' - camper', ' (student)', ' - Session 2', ' (Wk 3)'])
        ops = ['student_name=' + dn]
    elif form == 'initial_last':
        dn = (t + ' ' if t else '') + A['g'][0] + '. ' + f + suf_txt
        ops = A['fops'] + A['sops'] + tops + ['initial']
    elif form == 'grand_note':
        rel = 'Grandmother' if c['gender'] == 'F' else 'Grandfather'
        dn = pick(['%s (%s of %s)', '%s - %s of %s', '%s (%s, %s)']) % (
            (t + ' ' if t else '') + first + ' ' + f + suf_txt, pick([rel, rel[:5] + ('ma' if c['gender'] == 'F' else 'pa')]),
            kid['given'])
        ops = name_ops + tops + mops + ['student_note=' + dn]
    else:
        raise ValueError(form)
    if suf and form in ('household', 'mr_mrs', 'parent_of', 'child', 'family_kids'):
        pass
    case = spec.get('dn_case')
    if case:
        d2 = apply_case(dn, case)
        if d2 != dn:
            ops = ops + ['case=' + case]
            dn = d2
    uses = {'first_last': 'gfstm', 'last_first': 'gfstm', 'swapped': 'gfsm', 'household': 'f',
            'mr_mrs': '', 'joint': 'gf', 'family_kids': 'f', 'student_note': 'gfsm', 'parent_of': '',
            'child': '', 'initial_last': 'fst', 'grand_note': 'gfstm'}[form]
    return dn[:100], uniq(ops), set(uses)


def resolve_person_email(c, label):
    if label is None:
        return None
    if label == 'w':
        return c['work']['email'] if c.get('work') else None
    if label == 'partner':
        return c['partner']['email'] if c.get('partner') else None
    return lazy_email(c, label)


def resolve_person_phone(c, label):
    """returns (digits, ext)"""
    if label is None:
        return None, None
    if label == 'work':
        w = c.get('work')
        if not w:
            return None, None
        if w.get('direct'):
            return w['direct'], None
        return w['org']['phones']['main'], w.get('ext')
    if label == 'partner':
        return (c['partner']['phone'], None) if c.get('partner') else (None, None)
    return lazy_phone(c, label), None


def resolve_person_addr(c, label):
    if label is None:
        return None
    if label == 'work':
        w = c.get('work')
        return w['org']['addrs']['o0'] if w else None
    return lazy_addr(c, label)


def render_email(rec, val, spec):
    ops = []
    if spec.get('etypo'):
        val = email_typo(val)
        ops.append('typo=' + val)
    ef = spec.get('efmt')
    if ef == 'upper':
        v2 = val.upper()
    elif ef == 'cap':
        v2 = val[:1].upper() + val[1:]
    elif ef == 'mixed':
        loc, dom = val.split('@', 1)
        v2 = '.'.join(p[:1].upper() + p[1:] for p in loc.split('.')) + '@' + dom
    elif ef == 'space':
        v2 = val + ' '
    else:
        v2 = val
    if v2 != val:
        ops.append('whitespace' if ef == 'space' else 'case=' + ef)
        val = v2
    rec['f']['email'] = val
    add_ops(rec, 'email', ops)


def render_phone(rec, digits, ext, spec, canon_ext_fmt=' x{e}'):
    ops = []
    if spec.get('ptypo'):
        digits = phone_typo(digits)
        ops.append('typo=' + digits)
    style = spec.get('pfmt', 'paren')
    txt = fmt_phone(digits, style)
    if style != 'paren':
        ops.append('format=' + style)
    if ext and not spec.get('drop_ext'):
        ef = spec.get('ext_fmt', canon_ext_fmt)
        txt += ef.replace('{e}', ext)
        if ef != canon_ext_fmt:
            ops.append('format=ext' + ef)
        rec['prov']['ext'] = ext
    ann = spec.get('annot')
    if ann and not ext:
        txt = ann.replace('{p}', txt)
        ops.append('format=' + ann)
    rec['f']['phone'] = txt[:30]
    add_ops(rec, 'phone', uniq(ops))


def build_person_rec(c, spec):
    rec = new_rec()
    A = person_atoms(c, spec)
    rec['prov']['who'] = A['who']
    dn, dops, duses = compose_person_dn(c, A, spec)
    rec['f']['displayName'] = dn
    rec['uses']['displayName'] = duses
    add_ops(rec, 'displayName', dops)
    kid = kid_for(c, spec)
    gf = spec.get('gfield', 'given')
    ff = spec.get('ffield', 'family')
    if gf == 'child' and kid is None:
        gf = 'given'
    if ff == 'child' and kid is None:
        ff = 'family'
    fcase = spec.get('fields_case')
    # given
    if gf == 'given':
        gv = A['g'] + (' ' + A['middle'] + '.' if A['middle'] and spec.get('middle_in_given') else '')
        gops = A['gops'] + (['m:middle_added'] if A['middle'] and spec.get('middle_in_given') else [])
        guses = 'gm'
    elif gf == 'none':
        gv, gops, guses = None, [], ''
    elif gf == 'child':
        gv, gops, guses = kid['given'], ['student_name=' + kid['given']], ''
    elif gf == 'full':
        gv, gops, guses = A['g'] + ' ' + A['f'], A['gops'] + A['fops'] + ['field_mixup'], 'gf'
    elif gf == 'swap':
        gv, gops, guses = A['f'], A['fops'] + ['swapped'], 'f'
    elif gf == 'initial':
        gv, gops, guses = A['g'][0] + ('.' if chance(0.6) else ''), ['initial'], ''
    else:
        raise ValueError(gf)
    rec['uses']['givenName'] = set(guses)
    # family
    if ff == 'family':
        fv = A['f']
        fops = list(A['fops'])
        fuses = 'f'
        if spec.get('suffix_in_family') and A['suffix']:
            fv = fv + (A['suffix'] if A['suffix'].startswith(',') else ' ' + A['suffix'])
            fops.append('s:suffix_added')
            fuses = 'fs'
    elif ff == 'none':
        fv, fops, fuses = None, [], ''
    elif ff == 'swap':
        fv, fops, fuses = A['g'], A['gops'] + ['swapped'], 'g'
    elif ff == 'child':
        fv, fops, fuses = kid['family'], ['student_name=' + kid['family']] if kid['family'] != c['family'] else [], ''
    else:
        raise ValueError(ff)
    rec['uses']['familyName'] = set(fuses)
    if fcase:
        g2, f2 = apply_case(gv, fcase), apply_case(fv, fcase)
        if g2 != gv:
            gops = gops + ['case=' + fcase]
        if f2 != fv:
            fops = fops + ['case=' + fcase]
        gv, fv = g2, f2
    rec['f']['givenName'] = gv[:100] if gv else None
    rec['f']['familyName'] = fv[:100] if fv else None
    add_ops(rec, 'givenName', gops)
    add_ops(rec, 'familyName', fops)
    # a source that wrongly puts the employer into companyName
    if spec.get('wrong_company') and c.get('work'):
        rec['f']['companyName'] = org_full_name(c['work']['org'])[:100]
        add_ops(rec, 'companyName', ['wrongly_filled'])
    # email
    lab = spec.get('email')
    val = resolve_person_email(c, lab)
    if val:
        rec['prov']['email'] = lab
        render_email(rec, val, spec)
    # phone
    lab = spec.get('phone')
    d, ext = resolve_person_phone(c, lab)
    if d:
        rec['prov']['phone'] = lab
        render_phone(rec, d, ext, spec)
    # address
    lab = spec.get('addr')
    a = resolve_person_addr(c, lab)
    if a is not None:
        out, aops = render_addr(a, spec.get('astyle', {}))
        if out is not None:
            rec['f']['address'] = out
            rec['prov']['address'] = lab
            add_ops(rec, 'address', aops)
    return rec


# ----- organisations --------------------------------------------------------

def org_name_variant(o, spec, for_dn=False):
    ops = []
    name = o['core']
    if spec.get('abbrev'):
        n2 = spec['abbrev_s']
        if n2 != name:
            ops.append('abbreviation=' + n2)
            name = n2
    if spec.get('amp'):
        n2 = swap_amp(name)
        if n2 != name:
            ops.append('ampersand')
            name = n2
    if spec.get('expand_st') and 'St. ' in name:
        name = name.replace('St. ', 'Saint ', 1)
        ops.append('unabbreviated')
    if spec.get('otypo'):
        name = spec['otypo_s']
        ops.append('typo=' + name)
    if spec.get('enc'):
        n2 = apply_encoding(name, spec['enc'])
        if n2 != name:
            ops.append('encoding=' + spec['enc'])
            name = n2
    if spec.get('punct'):
        n2 = apply_punct(name, spec['punct'])
        if n2 != name:
            ops.append('punctuation=' + spec['punct'])
            name = n2
    the = o['the']
    tm = spec.get('the_mode', 'keep')
    if tm == 'drop' and o['the']:
        the = False
        ops.append('the_dropped')
    elif tm == 'add' and not o['the'] and o['kind'] == 'foundation':
        the = True
        ops.append('the_added')
    legal, sep = o['legal'], o['legal_sep']
    lm = spec.get('legal_dn' if for_dn else 'legal', 'keep')
    if lm == 'drop' and legal:
        legal = ''
        ops.append('legal_form_dropped')
    elif lm == 'variant' and legal in LEGAL_VARIANTS:
        legal = spec.get('legal_s') or pick(LEGAL_VARIANTS[legal])
        ops.append('legal_form=' + legal)
    elif lm == 'sep' and legal:
        sep = ' ' if sep == ', ' else ', '
        ops.append('legal_form=sep')
    elif lm == 'add' and not legal and o['kind'] in ('foundation', 'church', 'parent_org'):
        legal, sep = 'Inc.', ', '
        ops.append('legal_form_added')
    s = ('The ' if the else '') + name + (sep + legal if legal else '')
    if spec.get('dept'):
        s = s + spec['dept_sep'] + spec['dept']
        ops.append('dept_added=' + spec['dept_sep'] + spec['dept'])
    if for_dn and spec.get('note'):
        s = s + spec['note']
        ops.append('note_added=' + spec['note'])
    case = spec.get('case_dn' if for_dn else 'case')
    if case:
        s2 = apply_case(s, case)
        if s2 != s:
            ops.append('case=' + case)
            s = s2
    return s[:100], uniq(ops)


def build_org_rec(o, spec):
    rec = new_rec()
    cn, cops = org_name_variant(o, spec, for_dn=False)
    rec['f']['companyName'] = cn
    add_ops(rec, 'companyName', cops)
    if spec.get('dn_same', True) and not spec.get('note') and spec.get('legal_dn', spec.get('legal', 'keep')) == spec.get('legal', 'keep') \
            and spec.get('case_dn') == spec.get('case'):
        rec['f']['displayName'] = cn
        add_ops(rec, 'displayName', cops)
    else:
        dn, dops = org_name_variant(o, spec, for_dn=True)
        rec['f']['displayName'] = dn
        add_ops(rec, 'displayName', dops)
    ci = spec.get('contact')
    if ci is not None and ci < len(o['contacts']):
        ct = o['contacts'][ci]
        rec['prov']['contact'] = ci
        g = ct['nick'] if spec.get('cnick') and ct.get('nick') else ct['given']
        gops = ['nickname'] if g != ct['given'] else []
        f = ct['family']
        fops = []
        if spec.get('ctypo'):
            f = typo(f)
            fops.append('typo=' + f)
        if spec.get('cenc'):
            g2, f2 = apply_encoding(g, spec['cenc']), apply_encoding(f, spec['cenc'])
            if g2 != g:
                gops.append('encoding=' + spec['cenc'])
            if f2 != f:
                fops.append('encoding=' + spec['cenc'])
            g, f = g2, f2
        fc = spec.get('fields_case')
        if fc:
            g2, f2 = apply_case(g, fc), apply_case(f, fc)
            if g2 != g:
                gops.append('case=' + fc)
            if f2 != f:
                fops.append('case=' + fc)
            g, f = g2, f2
        if spec.get('contact_given_none'):
            g, gops = None, []
        rec['f']['givenName'] = g
        rec['f']['familyName'] = f
        add_ops(rec, 'givenName', gops)
        add_ops(rec, 'familyName', fops)
    # email
    lab = spec.get('email')
    val = None
    if lab == 'role':
        val = o['role_email']
    elif lab and lab.startswith('c'):
        i = int(lab[1:])
        val = o['contacts'][i]['email'] if i < len(o['contacts']) else None
    elif lab:
        val = lazy_email(o, lab)
    if val:
        rec['prov']['email'] = lab
        render_email(rec, val, spec)
    # phone
    lab = spec.get('phone')
    if lab:
        if lab not in o['phones']:
            o['phones'][lab] = new_phone(metro_acs(o['metro'])) if o['kind'] != 'plan_529' else new_tollfree()
        ext = None
        if spec.get('phone_ext_contact') is not None and spec['phone_ext_contact'] < len(o['contacts']):
            ext = o['contacts'][spec['phone_ext_contact']]['ext']
        rec['prov']['phone'] = lab
        render_phone(rec, o['phones'][lab], ext, spec)
    # address
    lab = spec.get('addr')
    if lab:
        a = o['addrs'][lab] if lab in o['addrs'] else lazy_addr(o, lab)
        out, aops = render_addr(a, spec.get('astyle', {}))
        if out is not None:
            rec['f']['address'] = out
            rec['prov']['address'] = lab
            add_ops(rec, 'address', aops)
    return rec


# ---------------------------------------------------------------------------
# SOURCES AND THEIR HABITS
# ---------------------------------------------------------------------------

SOURCE_DESC = {
    'sis_export': 'student information system export (Blackbaud/FACTS-style household and '
                  'third-party billing records; "LAST, FIRST", household names, ZIP+4, upper case)',
    'enrollment_form': 'online enrollment / registration form typed by parents or contacts '
                       '(free-mail, mobile numbers, nicknames, typed addresses, smart quotes)',
    'camp_app': 'summer camp registration app (camper names in name fields, E.164 phones, '
                'abbreviations, HTML-escaped apostrophes)',
    'business_office': 'business office hand entries (typos, work phones and e-mails with '
                       'extensions, PO boxes, "Carter, Jennifer - Liam 3rd gr", notes)',
    'lessons_portal': 'music & tutoring center booking portal in Columbus (student names, '
                      'city/state/ZIP-only addresses)',
}
LVL = {'light': 0, 'medium': 1, 'harsh': 2, 'first': 0}


def person_sources(c):
    m, kind = c['metro'], c['kind']
    kids = bool(c.get('children'))
    opts = []
    if kind == 'adult_learner':
        opts = [('lessons_portal', 45 if m == 'cbus' else 10), ('business_office', 25),
                ('enrollment_form', 20)]
        return opts
    if m in ('atl', 'clt'):
        opts += [('sis_export', 30), ('enrollment_form', 22), ('business_office', 20)]
        if kids:
            opts.append(('camp_app', 14))
    elif m == 'cbus':
        opts += [('lessons_portal', 38), ('business_office', 20), ('enrollment_form', 14)]
        if kids:
            opts.append(('camp_app', 14))
    else:
        opts += [('camp_app', 48 if kids else 10), ('business_office', 22), ('enrollment_form', 16)]
    return opts


def org_sources(o):
    k, m = o['kind'], o['metro']
    opts = [('business_office', 55)]
    if k in ('foundation', 'school_district', 'employer', 'church', 'plan_529') and m in ('atl', 'clt'):
        opts.append(('sis_export', 28))
    if k in ('sponsor', 'parent_org', 'church', 'employer'):
        opts.append(('enrollment_form', 14))
    if k in ('church', 'parent_org') and m in ('ashe', 'other', 'cbus'):
        opts.append(('camp_app', 8))
    return opts


def choose_source(c):
    return wpick(person_sources(c) if c['party'] == 'person' else org_sources(c))


# ----- persons: identity (which person/mailbox/number/address a record names)

def person_identity(c, profile, src):
    lvl = LVL[profile]
    s = {'who': 'primary'}
    if c.get('partner') and lvl >= 1 and src != 'lessons_portal' and chance(0.09 if lvl == 1 else 0.16):
        s['who'] = 'partner'
    person = c['partner'] if s['who'] == 'partner' else c
    fam = person['family']
    if person.get('alt_family') and lvl >= 1 and chance(0.22 if lvl == 1 else 0.4):
        s['fform'] = 'alt'
    elif '-' in fam or (' ' in fam and not fam.startswith(('De ', 'St', 'Van '))):
        s['fform'] = wpick([('current', 45), ('space', 15), ('join', 5), ('first', 15), ('last', 15),
                            ('hyphen', 5)]) if lvl >= 1 else wpick([('current', 80), ('space', 10), ('hyphen', 10)])
    g = person['given']
    if '-' in g or ' ' in g:
        s['ghyphen'] = wpick([(None, 55), ('join', 18), ('space', 10), ('cap', 10), ('first', 7), ('hyphen', 5)])
    # e-mail
    keep = {0: 0.93, 1: 0.72, 2: 0.45}[lvl]
    missing = {'business_office': 0.14, 'sis_export': 0.03, 'lessons_portal': 0.02,
               'camp_app': 0.0, 'enrollment_form': 0.0}[src]
    has_work_mail = bool(c.get('work') and c['work'].get('email'))
    if s['who'] == 'partner' and chance(0.7):
        s['email'] = 'partner'
    elif chance(keep):
        s['email'] = 'p0'
    else:
        s['email'] = wpick([('p1', 62), ('w', 22 if has_work_mail and src in ('business_office', 'sis_export') else 4 if has_work_mail else 0),
                            (None, 20)])
    if s['email'] and chance(missing):
        s['email'] = None
    # phone
    keep = {0: 0.92, 1: 0.72, 2: 0.45}[lvl]
    if s['who'] == 'partner' and chance(0.6):
        s['phone'] = 'partner'
    elif chance(keep):
        s['phone'] = 'm0'
    else:
        s['phone'] = wpick([('m1', 55), ('home', 18 if 'home' in c['phones'] or src == 'sis_export' else 3),
                            ('work', 14 if c.get('work') else 0), (None, 20)])
    if s['phone'] and chance({'business_office': 0.1, 'sis_export': 0.02, 'lessons_portal': 0.03,
                              'camp_app': 0.0, 'enrollment_form': 0.0}[src]):
        s['phone'] = None
    # address
    keep = {0: 0.95, 1: 0.82, 2: 0.58}[lvl]
    if chance(keep):
        s['addr'] = 'h0'
    else:
        s['addr'] = wpick([('h1', 62), ('po', 18 if src == 'business_office' else 4 if c['metro'] in ('ashe', 'other') else 2),
                           (None, 28)])
    if s['addr'] and chance({'camp_app': 0.14, 'lessons_portal': 0.1, 'business_office': 0.05,
                             'sis_export': 0.0, 'enrollment_form': 0.02}[src]):
        s['addr'] = None
    if lvl == 2 and chance(0.12) and s['who'] == 'primary':
        # a family that moved across town and changed mobile and mailbox
        s['email'] = 'p1' if chance(0.8) else None
        s['phone'] = 'm1'
        s['addr'] = 'h2'
    if not (s['email'] or s['phone'] or s['addr']):
        s['email'] = 'p0' if chance(0.5) else 'p1'
    return s


def p_sis(c, s, lvl):
    hh = bool(c.get('partner') or c.get('children'))
    s['dn'] = wpick([('last_first', 45), ('first_last', 22), ('household', 12 if hh else 0),
                     ('mr_mrs', 8 if c.get('partner') else 0), ('student_note', 5 if lvl >= 1 else 0)])
    if chance(0.3):
        s['dn_case'] = 'upper'
        if chance(0.7):
            s['fields_case'] = 'upper'
    s['middle'] = chance(0.25)
    s['middle_in_given'] = s['middle'] and chance(0.5)
    s['gform'] = 'nick' if chance(0.08) else 'legal'
    s['suffix_in_family'] = chance(0.35)
    s['enc'] = wpick([(None, 30), ('mojibake', 25), ('qmark', 10), ('strip', 35)])
    if s['enc'] == 'mojibake' and s.get('dn_case') == 'upper':
        s['enc'] = pick(['qmark', 'strip'])     # the export upper-cases before it mangles
    s['punct'] = 'drop' if chance(0.3) else None
    s['title'] = chance(0.5)
    s['pfmt'] = wpick([('paren', 35), ('dash', 40), ('dot', 15), ('paren_tight', 10)])
    if chance(0.22):
        s['annot'] = wpick(ANNOTATIONS)
    if s.get('dn_case') == 'upper' and chance(0.3):
        s['efmt'] = 'upper'
    s['astyle'] = {'case': 'upper' if s.get('dn_case') == 'upper' and chance(0.7) else None,
                   'zip': 'zip4' if chance(0.35) else 'zip',
                   'country': wpick([('US', 45), (None, 35), ('USA', 20)]),
                   'stype': 'full' if chance(0.15) else 'abbr',
                   'unit_fmt': 'hash' if chance(0.15) else None}


def p_form(c, s, lvl):
    s['dn'] = wpick([('first_last', 93), ('swapped', 3 if lvl >= 1 else 0), ('child', 4 if lvl >= 2 else 0)])
    if s['dn'] == 'swapped':
        s['gfield'], s['ffield'] = 'swap', 'swap'
    if s['dn'] == 'child':
        s['gfield'] = 'child'
        s['ffield'] = 'child'
    if lvl >= 1 and s['dn'] == 'first_last' and chance(0.05):
        s['gfield'] = 'full'
        s['ffield'] = pick(['family', 'none'])
    s['gform'] = 'nick' if c.get('nick') and chance(0.32) else 'legal'
    fc = wpick([(None, 78), ('lower', 10), ('upper', 5), ('title', 7)])
    s['fields_case'] = fc
    s['dn_case'] = fc
    s['enc'] = wpick([(None, 50), ('strip', 50)])
    s['punct'] = wpick([(None, 55), ('curly', 40), ('drop', 5)])
    s['suffix'] = wpick([('keep', 50), ('drop', 35), ('nodot', 15)])
    s['efmt'] = wpick([(None, 85), ('cap', 12), ('mixed', 3)])
    s['pfmt'] = wpick([('plain', 35), ('dash', 30), ('paren', 15), ('dot', 10), ('space', 10)])
    s['astyle'] = {'stype': wpick([('abbr', 50), ('full', 35), ('dot', 15)]),
                   'dir': 'full' if chance(0.2) else 'abbr',
                   'unit': wpick([('line2', 40), ('merged', 30), ('merged_comma', 30)]),
                   'unit_fmt': wpick([(None, 50), ('hash', 25), ('dot', 15), ('full', 10)]),
                   'case': wpick([(None, 85), ('lower', 12), ('upper', 3)]),
                   'zip': 'zip4' if chance(0.05) else 'zip',
                   'region': 'abbr' if chance(0.8) else 'var',
                   'country': wpick([('United States', 40), ('USA', 20), (None, 40)])}


def p_camp(c, s, lvl):
    kids = bool(c.get('children'))
    s['dn'] = wpick([('first_last', 50), ('parent_of', 18 if kids else 0),
                     ('child', 10 if kids and lvl >= 1 else 0), ('family_kids', 12 if kids else 0),
                     ('initial_last', 5), ('last_first', 5),
                     ('grand_note', 10 if c['kind'] == 'grandparent' and kids else 0)])
    if s['dn'] in ('parent_of', 'child') and chance(0.6):
        s['gfield'] = 'child'
    s['kid'] = R.randrange(4)
    s['gform'] = 'nick' if c.get('nick') and chance(0.4) else 'legal'
    s['suffix'] = wpick([('keep', 55), ('drop', 45)])
    s['fields_case'] = 'title' if chance(0.1) else None
    s['punct'] = wpick([(None, 60), ('html', 25), ('curly', 15)])
    s['enc'] = wpick([(None, 35), ('strip', 50), ('mojibake', 15)])
    s['pfmt'] = wpick([('e164', 45), ('intl_dash', 15), ('paren', 40)])
    s['astyle'] = {'stype': 'dot' if chance(0.25) else 'abbr',
                   'city': wpick([('city', 75), ('abbrev', 15), ('postal', 10)]),
                   'country': 'US', 'unit': 'merged' if chance(0.3) else 'line2'}


def p_office(c, s, lvl):
    kids = bool(c.get('children'))
    s['dn'] = wpick([('first_last', 45), ('last_first', 20), ('student_note', 15 if kids else 0),
                     ('joint', 8 if c.get('partner') else 0), ('initial_last', 4),
                     ('grand_note', 12 if c['kind'] == 'grandparent' and kids else 0)])
    s['kid'] = R.randrange(4)
    s['title'] = chance(0.6)
    s['suffix'] = wpick([('keep', 65), ('drop', 25), ('nodot', 10)])
    s['gfield'] = wpick([('given', 84), ('none', 12), ('initial', 4)])
    s['gform'] = 'nick' if c.get('nick') and chance(0.2) else 'legal'
    s['enc'] = wpick([(None, 50), ('strip', 50)])
    s['pfmt'] = wpick([('paren', 50), ('dash', 25), ('dot', 10), ('dash_space', 5), ('one_dash', 5), ('one_paren', 5)])
    s['ext_fmt'] = wpick(EXT_FORMATS)
    s['astyle'] = {'city': wpick([('city', 80), ('postal', 12), ('abbrev', 8)]),
                   'zip': wpick([('zip', 85), ('none', 10), ('zip4', 5)]),
                   'country': wpick([('US', 50), (None, 45), ('USA', 5)]),
                   'unit_fmt': 'hash' if chance(0.2) else None,
                   'po_fmt': wpick([('PO Box', 60), ('P.O. Box', 25), ('Post Office Box', 5), ('POB', 5), ('Box', 5)])}
    s['wrong_company'] = bool(c.get('work')) and chance(0.25)
    s['efmt'] = 'space' if chance(0.03) else None


def p_lessons(c, s, lvl):
    kids = bool(c.get('children'))
    s['dn'] = wpick([('first_last', 70), ('child', 10 if kids else 0), ('last_first', 10),
                     ('parent_of', 10 if kids else 0)])
    if s['dn'] == 'child' and chance(0.5):
        s['gfield'] = 'child'
    s['kid'] = R.randrange(4)
    s['gform'] = 'nick' if c.get('nick') and chance(0.3) else 'legal'
    s['pfmt'] = wpick([('dash', 60), ('paren', 40)])
    s['astyle'] = {'partial': chance(0.35), 'country': wpick([('US', 60), ('USA', 20), (None, 20)]),
                   'stype': 'full' if chance(0.2) else 'abbr'}


PERSON_HABITS = {'sis_export': p_sis, 'enrollment_form': p_form, 'camp_app': p_camp,
                 'business_office': p_office, 'lessons_portal': p_lessons}

TYPO_TARGETS_P = [('gtypo', 22), ('ftypo', 22), ('etypo', 14), ('street_typo', 14),
                  ('city_typo', 8), ('ptypo', 8), ('number_typo', 3), ('fspell', 5), ('gspell', 4)]
TYPO_TARGETS_O = [('otypo', 36), ('etypo', 18), ('street_typo', 18), ('city_typo', 10),
                  ('ptypo', 10), ('ctypo', 8)]


def n_typos(lvl):
    return {0: wpick([(0, 88), (1, 12)]), 1: wpick([(0, 42), (1, 42), (2, 16)]),
            2: wpick([(1, 35), (2, 40), (3, 25)])}[lvl]


def apply_typos(s, lvl, targets):
    a = s.setdefault('astyle', {})
    for _ in range(n_typos(lvl)):
        t = wpick(targets)
        if t in ('street_typo', 'number_typo'):
            a[t] = True
        elif t == 'city_typo':
            a['city'] = 'typo'
        elif t == 'gspell':
            s['gform'] = 'spelling'
        else:
            s[t] = True
    if lvl >= 1:
        r = R.random()
        if r < 0.05:
            a['zip'] = 'none'
        elif r < 0.09:
            a['zip'] = 'wrong'
        if chance(0.06):
            a['region'] = 'var'


def person_spec(c, profile, src):
    lvl = LVL[profile]
    s = person_identity(c, profile, src)
    PERSON_HABITS[src](c, s, lvl)
    apply_typos(s, lvl, TYPO_TARGETS_P)
    if lvl == 2:
        if chance(0.05) and s.get('gfield', 'given') == 'given' and s.get('dn') == 'first_last':
            s['gfield'], s['ffield'], s['dn'] = 'swap', 'swap', 'swapped'
        if chance(0.08) and c.get('nick'):
            s['gform'] = 'nick'
    if not s.get('email'):
        s.pop('etypo', None)
    if not s.get('phone'):
        s.pop('ptypo', None)
    if profile == 'first':
        # a first sighting carries no change labels, so no wrongly filled companyName
        s['wrong_company'] = False
    return s


def existing_person_spec(c):
    s = {'who': 'primary', 'email': 'p0', 'phone': 'm0', 'addr': 'h0'}
    s['dn'] = wpick([('first_last', 82), ('joint', 12 if c.get('partner') else 0), ('last_first', 6)])
    s['title'] = chance(0.5)
    s['gform'] = 'nick' if c['office_nick'] else 'legal'
    s['pfmt'] = 'paren' if chance(0.78) else 'dash'
    s['enc'] = 'strip' if chance(0.4) else None
    s['astyle'] = {'country': 'US' if chance(0.7) else None}
    if c.get('work') and c['work'].get('email') and chance(0.08):
        s['email'] = 'w'
    elif chance(0.05):
        s['email'] = None
    r = R.random()
    if 'home' in c['phones'] and r < 0.12:
        s['phone'] = 'home'
    elif c.get('work') and r < 0.16:
        s['phone'] = 'work'
    elif r < 0.23 and not ('home' in c['phones'] or c.get('work')) and chance(0.4):
        s['phone'] = None
    r = R.random()
    if r < 0.02:
        s['addr'] = 'po'
    elif r < 0.08:
        s['addr'] = None
    if not (s['email'] or s['phone'] or s['addr']):
        s['email'] = 'p0'
    if chance(0.025):
        s[pick(['gtypo', 'ftypo'])] = True
    if chance(0.015):
        s['astyle']['street_typo'] = True
    return s


# ----- organisations ---------------------------------------------------------

ORG_NOTES = {
    'employer': [' (tuition benefit)', ' - Tuition Assistance', ' (employer)', ' - tuition reimb.'],
    'foundation': [' - scholarship', ' (scholarships)', ' - Scholarship Fund'],
    'church': [' (sponsor)', ' - church sponsorship', ' (scholarship)'],
    'school_district': [' - placement', ' (EC placement)', ' - contract'],
    'plan_529': [' (529)', ' - 529 disbursement', ' (529 plan)'],
    'sponsor': [' (event sponsor)', ' - Sponsor', ' (gala sponsor)'],
    'parent_org': [' - facility rental', ' (parent org)', ' - event'],
}
ORG_ATTN = {
    'employer': ['Attn: Accounts Payable', 'ATTN: AP', 'Attn: Benefits', 'Attn: HR / Tuition Benefit'],
    'sponsor': ['Attn: Office Manager', 'Attn: Accounting'],
    'foundation': ['Attn: Scholarship Program', 'Attn: Grants', 'c/o Executive Director'],
    'church': ['Attn: Finance Office', 'Attn: Church Office', 'c/o Treasurer'],
    'school_district': ['Attn: Accounts Payable', 'Attn: Exceptional Children', 'Attn: Special Education'],
    'plan_529': ['Attn: Disbursements', 'Attn: Withdrawals'],
    'parent_org': ['c/o Treasurer', 'Attn: Treasurer'],
}
ORG_DEPTS = {
    'employer': ['Accounts Payable', 'HR Dept', 'Benefits Dept.', 'Human Resources'],
    'foundation': ['Scholarship Program', 'Grants Office'],
    'church': ['Finance Office', 'Church Office'],
    'sponsor': ['Accounting'],
    'plan_529': ['Disbursements', 'Withdrawal Processing'],
    'parent_org': ['Treasurer'],
}


def org_identity(o, profile, src, canon_contact=0):
    lvl = LVL[profile]
    s = {}
    nc = len(o['contacts'])
    r = R.random()
    if r < {0: 0.78, 1: 0.55, 2: 0.35}[lvl]:
        s['contact'] = 0
    elif r < {0: 0.86, 1: 0.8, 2: 0.72}[lvl] and nc > 1:
        s['contact'] = R.randrange(1, nc)
    else:
        s['contact'] = None if chance(0.5) else 0
    if o['kind'] == 'plan_529' and chance(0.7):
        s['contact'] = None
    keep = {0: 0.9, 1: 0.7, 2: 0.45}[lvl]
    if chance(keep):
        s['email'] = 'role' if o['role_email'] and (s['contact'] is None or chance(0.6)) else 'c%d' % (s['contact'] or 0)
    else:
        s['email'] = wpick([('acct', 35 if o['domain'] else 5), (('c%d' % s['contact']) if s['contact'] is not None else 'c0', 35),
                            (None, 30)])
    keep = {0: 0.94, 1: 0.8, 2: 0.58}[lvl]
    s['phone'] = 'main' if chance(keep) else wpick([('main1', 55), (None, 45)])
    if s['phone'] == 'main' and s['contact'] is not None and chance(0.5):
        s['phone_ext_contact'] = s['contact']
    keep = {0: 0.95, 1: 0.84, 2: 0.62}[lvl]
    if chance(keep):
        s['addr'] = 'o0'
    else:
        s['addr'] = wpick([('o1', 50 if o['kind'] not in ('plan_529',) else 0),
                           ('opo', 25 if 'opo' in o['addrs'] else 0), (None, 25)])
    if not (s['email'] or s['phone'] or s['addr']):
        s['phone'] = 'main'
    return s


def org_habits(o, s, src, lvl):
    k = o['kind']
    a = s.setdefault('astyle', {})
    if src == 'business_office':
        s['abbrev'] = chance(0.25)
        if chance(0.15):
            s['note'] = pick(ORG_NOTES[k])
        s['legal'] = wpick([('keep', 60), ('drop', 22), ('variant', 12), ('sep', 6)])
        s['legal_dn'] = s['legal']
        s['the_mode'] = 'drop' if chance(0.35) else 'keep'
        s['pfmt'] = wpick([('paren', 55), ('dash', 25), ('dot', 10), ('one_dash', 5), ('dash_space', 5)])
        s['ext_fmt'] = wpick(EXT_FORMATS)
        if chance(0.14):
            a['attn'] = pick(ORG_ATTN[k])
        a['country'] = wpick([('US', 50), (None, 45), ('USA', 5)])
        a['city'] = wpick([('city', 85), ('postal', 15)])
        a['po_fmt'] = wpick([('PO Box', 60), ('P.O. Box', 30), ('POB', 5), ('Post Office Box', 5)])
        if k in ORG_DEPTS and chance(0.08):
            s['dept'] = pick(ORG_DEPTS[k])
            s['dept_sep'] = pick([' - ', ', ', ' '])
    elif src == 'sis_export':
        if chance(0.35):
            s['case'] = 'upper'
            s['case_dn'] = 'upper'
            if chance(0.6):
                s['fields_case'] = 'upper'
        if k == 'school_district' and chance(0.45):
            s['dept'] = o['dept']
            s['dept_sep'] = pick([' - ', ' ', ', '])
        s['legal'] = wpick([('keep', 70), ('variant', 15), ('drop', 15)])
        s['legal_dn'] = s['legal']
        s['pfmt'] = wpick([('paren', 35), ('dash', 45), ('dot', 20)])
        a['zip'] = 'zip4' if chance(0.35) else 'zip'
        a['country'] = wpick([('US', 45), (None, 35), ('USA', 20)])
        if s.get('case') == 'upper' and chance(0.7):
            a['case'] = 'upper'
        s['enc'] = wpick([(None, 50), ('mojibake', 30), ('qmark', 20)])
    elif src == 'enrollment_form':
        s['legal'] = wpick([('keep', 40), ('drop', 45), ('variant', 15)])
        s['legal_dn'] = s['legal']
        s['amp'] = chance(0.2)
        s['the_mode'] = 'drop' if chance(0.4) else 'keep'
        c = wpick([(None, 80), ('lower', 10), ('upper', 10)])
        s['case'] = s['case_dn'] = c
        s['fields_case'] = wpick([(None, 85), ('lower', 10), ('title', 5)])
        s['cnick'] = chance(0.3)
        s['pfmt'] = wpick([('plain', 35), ('dash', 35), ('paren', 20), ('dot', 10)])
        a['stype'] = wpick([('abbr', 50), ('full', 35), ('dot', 15)])
        a['unit'] = wpick([('line2', 45), ('merged', 25), ('merged_comma', 30)])
        a['unit_fmt'] = wpick([(None, 50), ('hash', 20), ('ste', 30)])
        a['country'] = wpick([('United States', 40), ('USA', 20), (None, 40)])
        s['punct'] = 'curly' if chance(0.4) else None
    else:   # camp_app (church youth groups, parent orgs booking camp weeks)
        s['legal'] = 'drop' if chance(0.5) else 'keep'
        s['legal_dn'] = s['legal']
        s['pfmt'] = wpick([('e164', 50), ('paren', 50)])
        a['stype'] = 'dot' if chance(0.3) else 'abbr'
        a['country'] = 'US'
        s['punct'] = 'html' if chance(0.3) else None
    if lvl >= 1 and chance(0.15):
        s['abbrev'] = True


def finalize_org_spec(o, s):
    """pre-draw every random variant so companyName and displayName agree"""
    if s.get('abbrev'):
        s['abbrev_s'] = org_abbreviate(o['core'], wpick([(1, 75), (2, 25)]))
    if s.get('otypo'):
        s['otypo_s'] = typo(s.get('abbrev_s') or o['core'])
    for key in ('legal', 'legal_dn'):
        if s.get(key) == 'variant' and o['legal'] in LEGAL_VARIANTS and 'legal_s' not in s:
            s['legal_s'] = pick(LEGAL_VARIANTS[o['legal']])
    if s.get('contact') is None:
        s.pop('ctypo', None)
    if not s.get('email'):
        s.pop('etypo', None)
    if not s.get('phone'):
        s.pop('ptypo', None)
    return s


def org_spec(o, profile, src):
    lvl = LVL[profile]
    s = org_identity(o, profile, src)
    org_habits(o, s, src, lvl)
    apply_typos(s, lvl, TYPO_TARGETS_O)
    return finalize_org_spec(o, s)


def existing_org_spec(o):
    s = {'contact': 0 if chance(0.72) else None}
    if o['kind'] == 'plan_529':
        s['contact'] = None if chance(0.7) else 0
    s['email'] = 'role' if o['role_email'] and (s['contact'] is None or chance(0.6)) else 'c0'
    s['phone'] = 'main'
    if s['contact'] is not None and chance(0.5):
        s['phone_ext_contact'] = s['contact']
    s['addr'] = 'opo' if 'opo' in o['addrs'] and chance(0.5) else 'o0'
    s['pfmt'] = 'paren' if chance(0.8) else 'dash'
    s['astyle'] = {'country': 'US' if chance(0.7) else None}
    if chance(0.03):
        s['email'] = None
    if chance(0.02):
        s['otypo'] = True
    return finalize_org_spec(o, s)


# ---------------------------------------------------------------------------
# CHANGES BETWEEN TWO RECORDS
# ---------------------------------------------------------------------------

INVERSE = {}
for _a, _b in [('nickname', 'formal_name'), ('initial', 'full_given'), ('middle_added', 'middle_dropped'),
               ('title_added', 'title_dropped'), ('suffix_added', 'suffix_dropped'),
               ('last_first', 'first_last'), ('household_name', 'personal_name'),
               ('joint_name', 'joint_name_dropped'), ('student_note', 'student_note_dropped'),
               ('student_name', 'payer_name'), ('disambiguation', 'disambiguation_dropped'),
               ('abbreviation', 'unabbreviated'), ('expanded', 'abbreviated'),
               ('zip4_added', 'zip4_dropped'), ('zip_dropped', 'zip_added'),
               ('lines_merged', 'lines_split'), ('unit_dropped', 'unit_added'),
               ('quadrant_dropped', 'quadrant_added'), ('attn_added', 'attn_dropped'),
               ('country_dropped', 'country_added'), ('city_dropped', 'city_added'),
               ('partial', 'completed'), ('note_added', 'note_dropped'), ('dept_added', 'dept_dropped'),
               ('the_dropped', 'the_added'), ('legal_form_dropped', 'legal_form_added'),
               ('wrongly_filled', 'wrongly_filled_removed'), ('city_abbrev', 'city_expanded')]:
    INVERSE[_a] = _b
    INVERSE[_b] = _a


def _cf(v):
    if isinstance(v, dict):
        return tuple((k, (v[k] or '').casefold()) for k in ADDR_FIELDS)
    return v.casefold() if isinstance(v, str) else v


def ident_tag(field, xi, yi):
    if field == 'email':
        if xi == 'w':
            return 'work'
        if yi == 'w':
            return 'personal'
        if 'partner' in (xi, yi):
            return 'other_parent'
        if re.fullmatch(r'c\d+', xi) and re.fullmatch(r'c\d+', yi):
            return 'contact_changed'
        if 'role' in (xi, yi) and (re.fullmatch(r'c\d+', xi) or re.fullmatch(r'c\d+', yi)):
            return 'other_mailbox'
        return 'new'
    if field == 'phone':
        if xi == 'work':
            return 'work'
        if yi == 'work':
            return 'personal'
        if 'partner' in (xi, yi):
            return 'other_parent'
        if xi == 'home':
            return 'home_phone'
        if yi == 'home':
            return 'mobile'
        return 'new'
    if xi in ('po', 'opo'):
        return 'po_box'
    if yi in ('po', 'opo'):
        return 'street_address'
    if xi == 'work':
        return 'work_address'
    if yi == 'work':
        return 'home_address'
    return 'moved'


def field_changes(field, X, Y):
    xv, yv = X['f'][field], Y['f'][field]
    if xv == yv:
        return []
    if xv is None:
        return ['dropped']
    if yv is None:
        return uniq(['added'] + [o for o in X['ops'][field] if o == 'wrongly_filled'])
    tags = []
    if field in ('email', 'phone', 'address'):
        xi, yi = X['prov'][field], Y['prov'][field]
        if xi != yi:
            if field == 'address' and 'partial' in X['ops'][field] and yi in ('po', 'opo'):
                return ['partial']
            return [ident_tag(field, xi, yi)]
        if field == 'phone' and X['prov']['ext'] != Y['prov']['ext']:
            if Y['prov']['ext'] is None:
                tags.append('extension_added')
            elif X['prov']['ext'] is None:
                tags.append('extension_dropped')
            else:
                tags.append('extension_changed')
    elif field in ('givenName', 'familyName'):
        if X['prov']['contact'] is not None and Y['prov']['contact'] is not None \
                and X['prov']['contact'] != Y['prov']['contact']:
            tags.append('contact_changed')
    xo, yo = X['ops'][field], Y['ops'][field]
    xu, yu = X['uses'].get(field), Y['uses'].get(field)
    x_bare = set(_split_op(o)[1] for o in xo)
    for o in xo:
        if o not in yo:
            comp, bare = _split_op(o)
            if comp and yu is not None and comp not in yu and bare not in ADDITIVE_OPS:
                continue            # the compared record does not carry that name part at all
            tags.append(bare)
    for o in yo:
        if o not in xo:
            comp, bare = _split_op(o)
            if comp and xu is not None and comp not in xu:
                continue
            # the same kind of deviation in another variant is reported as is, not inverted
            tags.append(bare if bare in x_bare else INVERSE.get(bare, bare))
    if not tags:
        bx = [_split_op(o)[1] for o in xo]
        by = [_split_op(o)[1] for o in yo]
        common = [o for o in bx if o in by]
        if 'typo' in bx or 'typo' in by:
            tags = ['typo']
        elif any(o in common for o in VARIANT_OPS):
            tags = [o for o in VARIANT_OPS if o in common][:1]
        elif _cf(xv) == _cf(yv):
            tags = ['case']
        else:
            tags = ['format']
    return uniq(tags)


ADDITIVE_OPS = {'title_added', 'suffix_added', 'middle_added'}
# ops that can differ between two records that both carry them (two different variants)
VARIANT_OPS = ['student_note', 'student_name', 'legal_form', 'hyphen_format', 'encoding', 'punctuation',
               'abbreviation', 'note_added', 'dept_added', 'household_name', 'joint_name', 'married_name',
               'nickname', 'initial', 'unit_format', 'region_format', 'country_format', 'zip_wrong',
               'city_abbrev', 'city_typo', 'attn_added', 'zip4_added']


def _split_op(o):
    """'g:nickname=Beth' -> ('g', 'nickname'); ops carry the name part and the variant"""
    comp = None
    if len(o) > 2 and o[1] == ':' and o[0] in 'gfstm':
        comp, o = o[0], o[2:]
    return comp, o.split('=', 1)[0]


def record_changes(X, Y):
    out = []
    for f in FIELDS:
        for t in field_changes(f, X, Y):
            out.append(f + ':' + t)
    return out


def hn_changes(X, Y):
    return [f + ':other_party' for f in FIELDS if X['f'][f] != Y['f'][f]]


# ---------------------------------------------------------------------------
# WHAT TWO RECORDS SHARE (value level, however each source writes it)
# ---------------------------------------------------------------------------

STATE_CODES = {'ga', 'nc', 'sc', 'oh', 'tn', 'ne', 'mo', 'co', 'ky', 'tx', 'ma'}
CITY_TOKEN_MAP = {'ft': 'fort', 'mt': 'mount', 'mtn': 'mountain', 'spgs': 'springs',
                  'cors': 'corners', 'crk': 'creek', 'hts': 'heights', 'st': 'saint'}
STYPE_WORDS = set(k.lower() for k in STYPE_FULL) | set(v.lower() for v in STYPE_FULL.values())
DIR_WORDS = set(k.lower() for k in DIR_FULL) | set(v.lower() for v in DIR_FULL.values())


def norm_email(e):
    if not e:
        return None
    return e.strip().casefold()


def norm_phone(p):
    if not p:
        return None
    p = re.sub(r'(?i)\s*(?:x|ext\.?|extension|#)\s*\d+\s*$', '', p)
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def norm_city(c):
    if not c:
        return None
    t = strip_accents(c).casefold().replace("'", '').replace('\u2019', '').replace('.', ' ').replace('-', ' ')
    toks = re.findall(r'[a-z0-9]+', t)
    if len(toks) > 1 and toks[-1] in STATE_CODES:
        toks = toks[:-1]
    toks = [CITY_TOKEN_MAP.get(x, x) for x in toks]
    return ' '.join(toks) or None


def zip5(a):
    z = (a or {}).get('postalCode')
    if not z:
        return None
    m = re.match(r'\s*(\d{5})', z)
    return m.group(1) if m else None


def addr_key(a):
    if not a:
        return None
    for ln in (a.get('line1'), a.get('line2')):
        if not ln:
            continue
        t = strip_accents(ln).casefold()
        m = re.search(r'\b(?:p\.?\s*o\.?\s*b(?:ox)?|post office box|box)\s*#?\s*(\d+)', t)
        if m:
            return ('po', m.group(1), '')
        m = re.match(r'\s*(\d+)\s+(.*)', t)
        if m:
            num, rest = m.group(1), m.group(2)
            rest = re.split(r'\b(?:apt|apartment|unit|ste|suite)\b|#|,', rest)[0]
            toks = re.findall(r'[a-z0-9]+', rest)
            core = [x for x in toks if x not in STYPE_WORDS and x not in DIR_WORDS]
            return ('st', num, ' '.join(core or toks))
    return None


def same_address(a, b):
    ka, kb = addr_key(a), addr_key(b)
    if not ka or not kb or ka[0] != kb[0] or ka[1] != kb[1]:
        return False
    if ka[0] == 'st' and ka[2] != kb[2]:
        if not ka[2] or not kb[2]:
            return False
        if sorted(ka[2]) != sorted(kb[2]) and SequenceMatcher(None, ka[2], kb[2]).ratio() < 0.75:
            return False
    za, zb = zip5(a), zip5(b)
    if za and zb and za == zb:
        return True
    ca, cb = norm_city(a.get('city')), norm_city(b.get('city'))
    return bool(ca and cb and ca == cb)


def evidence(xf, yf):
    ev = []
    if norm_email(xf['email']) and norm_email(xf['email']) == norm_email(yf['email']):
        ev.append('email')
    if norm_phone(xf['phone']) and norm_phone(xf['phone']) == norm_phone(yf['phone']):
        ev.append('phone')
    if same_address(xf['address'], yf['address']):
        ev.append('address')
    return ev


NAME_STOP = {'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'pastor', 'jr', 'sr', 'ii', 'iii', 'iv', 'the',
             'family', 'and', 'of', 'parent', 'guardian', 'household', 'inc', 'llc', 'llp', 'pllc',
             'pc', 'pa', 'corp', 'co', 'ltd', 'lp', 'camper', 'student'}


def name_tokens(f):
    text = ' '.join(p for p in (f['displayName'], f['givenName'], f['familyName'], f['companyName']) if p)
    text = strip_accents(text).casefold().replace('&#39;', '').replace('\u2019', '').replace("'", '')
    toks = re.findall(r'[a-z0-9]+', text)
    return sorted(set(t for t in toks if t not in NAME_STOP and len(t) > 1))


def _tok_match(a, b):
    return a == b or (len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8)


def name_score(xt, yt):
    if not xt or not yt:
        return 0.0
    mx = sum(1 for a in xt if any(_tok_match(a, b) for b in yt)) / len(xt)
    my = sum(1 for b in yt if any(_tok_match(a, b) for a in xt)) / len(yt)
    return round((mx + my) / 2, 6)


def record_city(f):
    return norm_city((f['address'] or {}).get('city'))


def name_city_clear(xf, yf, others):
    """yf must be the clear best name match for xf among records of xf's city"""
    cx = record_city(xf)
    if not cx or cx != record_city(yf):
        return False
    xt = name_tokens(xf)
    best = name_score(xt, name_tokens(yf))
    if best < 0.5:
        return False
    for z in others:
        if z is yf:
            continue
        if name_score(xt, name_tokens(z)) > best - 0.2:
            return False
    return True


def email_domain(e):
    if not e or '@' not in e:
        return None
    return e.strip().casefold().rsplit('@', 1)[1]


def person_name_key(f):
    if not f['givenName'] or not f['familyName']:
        return None
    g = norm_name(f['givenName'])
    fam = norm_name(f['familyName'], drop_suffix=True)
    if not g or not fam:
        return None
    return g + '|' + fam


def norm_name(s, drop_suffix=False):
    t = strip_accents(s).casefold().replace('&#39;', '').replace('\u2019', '').replace("'", '')
    toks = re.findall(r'[a-z0-9]+', t)
    if drop_suffix:
        toks = [x for x in toks if x not in ('jr', 'sr', 'ii', 'iii', 'iv')]
    return ' '.join(toks)


LEGAL_TOKENS = {'inc', 'llc', 'llp', 'pllc', 'pc', 'pa', 'corp', 'co', 'corporation', 'incorporated',
                'company', 'lp', 'ltd', 'the'}


def org_name_key(f):
    if not f['companyName']:
        return None
    t = strip_accents(f['companyName']).casefold().replace('&', ' and ')
    toks = [x for x in re.findall(r'[a-z0-9]+', t) if x not in LEGAL_TOKENS]
    return ' '.join(toks) or None


def contains_stem(text, stem):
    if not text or not stem:
        return False
    t = ' ' + ' '.join(re.findall(r'[a-z0-9]+', strip_accents(text).casefold())) + ' '
    s = ' ' + ' '.join(re.findall(r'[a-z0-9]+', strip_accents(stem).casefold())) + ' '
    return s.strip() != '' and s in t


def shared_with(xf, yf, stem=None):
    out = []
    xk = person_name_key(xf)
    yk = person_name_key(yf)
    same_person_name = bool(xk and yk and xk == yk)
    same_org_name = bool(org_name_key(xf) and org_name_key(xf) == org_name_key(yf))
    if same_person_name or same_org_name:
        out.append('name')
    if xf['familyName'] and yf['familyName'] and \
            norm_name(xf['familyName'], True) == norm_name(yf['familyName'], True):
        out.append('familyName')
    if norm_email(xf['email']) and norm_email(xf['email']) == norm_email(yf['email']):
        out.append('email')
    dx, dy = email_domain(xf['email']), email_domain(yf['email'])
    if dx and dx == dy and dx not in FREEMAIL:
        out.append('email_domain')
    if norm_phone(xf['phone']) and norm_phone(xf['phone']) == norm_phone(yf['phone']):
        out.append('phone')
    if same_address(xf['address'], yf['address']):
        out.append('address')
    if record_city(xf) and record_city(xf) == record_city(yf):
        out.append('city')
    if stem and (contains_stem(yf['companyName'], stem) or contains_stem(yf['displayName'], stem)) and \
            (contains_stem(xf['companyName'], stem) or contains_stem(xf['displayName'], stem)):
        out.append('company_stem')
    return out


# ---------------------------------------------------------------------------
# GENERATION FLOWS
# ---------------------------------------------------------------------------

def build(c, spec):
    return build_person_rec(c, spec) if c['party'] == 'person' else build_org_rec(c, spec)


def spec_for(c, profile, src):
    return person_spec(c, profile, src) if c['party'] == 'person' else org_spec(c, profile, src)


def force_identifier(c, spec, Y):
    """keep one identifier of the compared record exactly as that customer has it"""
    prov = Y['prov']
    opts = [k for k in ('phone', 'email') if prov[k]]
    if opts:
        k = pick(opts)
        spec[k] = prov[k]
        spec.pop('ptypo' if k == 'phone' else 'etypo', None)
        if k == 'phone':
            spec.pop('annot', None)
    elif prov['address']:
        spec['addr'] = prov['address']
        spec['astyle'] = {}
    if c['party'] == 'org':
        finalize_org_spec(c, spec)


class World:
    def __init__(self):
        self.existing = []          # customers, in final (sorted) order
        self.ex_rec = {}            # eid -> rec
        self.ex_index = {}          # eid -> index
        self.city_index = {}        # norm city -> list of existing field dicts
        self.used_anchors = set()


W = World()


def others_in_city(xf, extra=()):
    cx = record_city(xf)
    lst = list(W.city_index.get(cx, [])) if cx else []
    return lst + list(extra)


def gen_linked(c, Y, profile, src, extra_others=(), tries=40):
    for attempt in range(tries):
        spec = spec_for(c, profile, src)
        if attempt >= tries // 2:
            force_identifier(c, spec, Y)
        X = build(c, spec)
        ch = record_changes(X, Y)
        if not ch and attempt < tries - 1:
            continue
        ev = evidence(X['f'], Y['f'])
        if ev:
            return X, ch, ev, 'identifier'
        if name_city_clear(X['f'], Y['f'], others_in_city(X['f'], extra_others)):
            return X, ch, ev, 'name+city'
    raise RuntimeError('could not link %s' % c['eid'])


def retarget(p, given=None, family=None):
    old_family = p['family']
    if given:
        p['given'] = given
        p['nick'] = pick(NICK[given]) if given in NICK and chance(0.5) else None
    if family:
        p['family'] = family
        p['alt_family'] = None
        p['alt_kind'] = None
        if p.get('partner') and p['partner']['family'] == old_family:
            p['partner']['family'] = family
        for ch in p.get('children', []):
            if ch['family'] == old_family:
                ch['family'] = family
    p['emails']['p0'] = person_email(p['given'], p['family'], p['metro'], p['gender'], p['birth_year'])
    return p


def person_key(p):
    return (norm_name(p['given']), norm_name(p['family'], True), p['city_key'])


# ----- existing customers ----------------------------------------------------

EXISTING_PERSON_KINDS = [('household', 700), ('single_parent', 235), ('divorced_parent', 140),
                         ('grandparent', 80), ('guardian', 40), ('adult_learner', 80)]
EXISTING_ORG_KINDS = [('employer', 80), ('sponsor', 40), ('foundation', 25), ('church', 35),
                      ('parent_org', 25), ('school_district', 12), ('plan_529', 8)]
NEW_PERSON_KINDS = [('household', 185), ('single_parent', 65), ('divorced_parent', 35),
                    ('grandparent', 25), ('guardian', 10), ('adult_learner', 20)]
NEW_ORG_KINDS = [('employer', 20), ('sponsor', 12), ('foundation', 6), ('church', 8),
                 ('parent_org', 6), ('school_district', 4), ('plan_529', 4)]


def make_existing(emp_pool):
    orgs = []
    for kind, n in EXISTING_ORG_KINDS:
        if kind == 'employer':
            orgs += emp_pool[:n]
        elif kind == 'foundation':
            fam, gen = [], []
            while len(fam) < 15 or len(gen) < 10:
                o = make_org('foundation')
                if o['person_role'] == 'founder':
                    if len(fam) < 15:
                        fam.append(o)
                elif len(gen) < 10:
                    gen.append(o)
            orgs += fam + gen
        elif kind == 'church':
            for i in range(n):
                orgs.append(make_org('church', metro=wpick(METRO_W_ORG) if i >= 8 else pick(['atl', 'clt'])))
        else:
            orgs += [make_org(kind) for _ in range(n)]
    persons = []
    for kind, n in EXISTING_PERSON_KINDS:
        persons += [make_person(kind, employer_pool=emp_pool) for _ in range(n)]
    # deliberate namesakes inside the customer list (accounting-system disambiguation)
    base = sample([p for p in persons if p['kind'] != 'grandparent'], 16)
    for i, a in enumerate(base):
        twin = a
        if i < 3:
            ck = a['city_key']
        elif i < 8:
            ck = pick_city(a['metro'], exclude=a['city_key'])
        else:
            ck = pick_city(wpick([m for m in METRO_W_PERSON if m[0] != a['metro']]))
        b = make_person(pick(['household', 'single_parent', 'adult_learner']), metro=CITIES[ck]['metro'],
                        city_key=ck, eth=a['eth'], gender=a['gender'], employer_pool=emp_pool)
        retarget(b, given=a['given'], family=a['family'])
        b['title'] = None
        b['suffix'] = None
        b['nick'] = twin['nick']
        b['office_nick'] = twin['office_nick']
        persons.append(b)
    # trim to exact size (namesakes replace random singles of the biggest class)
    extra = len(persons) - (N_EXISTING - N_EXISTING_ORGS)
    if extra > 0:
        protected = set(id(p) for p in base) | set(id(p) for p in persons[-16:])
        drop = [p for p in persons if p['kind'] == 'household' and id(p) not in protected][:extra]
        dropped = set(id(p) for p in drop)
        persons = [p for p in persons if id(p) not in dropped]
    custs = persons + orgs
    assert len(custs) == N_EXISTING, len(custs)
    R.shuffle(custs)
    for c in custs:
        c['eid'] = new_eid()
        c['is_customer'] = True
    recs = []
    for c in custs:
        spec = existing_person_spec(c) if c['party'] == 'person' else existing_org_spec(c)
        recs.append(build(c, spec))
    # accounting-system disambiguation of duplicate display names
    groups = {}
    for i, r in enumerate(recs):
        groups.setdefault(r['f']['displayName'].casefold(), []).append(i)
    taken = set(groups.keys())
    for key in list(groups.keys()):
        idxs = groups[key]
        if len(idxs) < 2:
            continue
        first_city = (recs[idxs[0]]['f']['address'] or {}).get('city')
        n = 2
        for i in idxs[1:]:
            r = recs[i]
            city = (r['f']['address'] or {}).get('city')
            cand = None
            if city and city != first_city and chance(0.6):
                cand = '%s (%s)' % (r['f']['displayName'], city)
            if cand is None or cand.casefold() in taken:
                while True:
                    cand = '%s (%d)' % (r['f']['displayName'], n)
                    n += 1
                    if cand.casefold() not in taken:
                        break
            taken.add(cand.casefold())
            r['f']['displayName'] = cand[:100]
            add_ops(r, 'displayName', ['disambiguation'])
    order = sorted(range(len(custs)), key=lambda i: (recs[i]['f']['displayName'].casefold(),
                                                     recs[i]['f']['displayName']))
    W.existing = [custs[i] for i in order]
    for j, i in enumerate(order):
        c = custs[i]
        W.ex_rec[c['eid']] = recs[i]
        W.ex_index[c['eid']] = j
        cty = record_city(recs[i]['f'])
        if cty:
            W.city_index.setdefault(cty, []).append(recs[i]['f'])


# ----- matches -------------------------------------------------------------------

def pick_profile():
    return wpick([('light', 35), ('medium', 40), ('harsh', 25)])


def make_matches():
    out = []
    n_cust = sum(n for n, _ in MATCH_PLAN)
    chosen = sample(W.existing, n_cust)
    plan = []
    for n, k in sorted(MATCH_PLAN, key=lambda t: -t[1]):
        plan += [k] * n
    for c, k in zip(chosen, plan):
        Y = W.ex_rec[c['eid']]
        for _ in range(k):
            profile = pick_profile()
            src = choose_source(c)
            X, ch, ev, fd = gen_linked(c, Y, profile, src)
            out.append({'cust': c, 'rec': X, 'category': 'match', 'source': src, 'profile': profile,
                        'changes': ch, 'evidence': ev, 'findable': fd})
    return out


# ----- new customers ------------------------------------------------------------

def make_new_customers(emp_pool):
    ex_keys = set(person_key(c) for c in W.existing if c['party'] == 'person')
    custs = []
    for kind, n in NEW_PERSON_KINDS:
        made = 0
        while made < n:
            p = make_person(kind, employer_pool=emp_pool)
            if person_key(p) in ex_keys:
                continue
            custs.append(p)
            made += 1
    for kind, n in NEW_ORG_KINDS:
        if kind == 'employer':
            custs += [o for o in emp_pool[80:80 + n]]
        else:
            custs += [make_org(kind) for _ in range(n)]
    R.shuffle(custs)
    for c in custs:
        c['eid'] = new_eid()
        c['is_customer'] = True
    plan = []
    for n, k in sorted(NEW_PLAN, key=lambda t: -t[1]):
        plan += [k] * n
    assert len(plan) == len(custs), (len(plan), len(custs))
    out = []
    for c, k in zip(custs, plan):
        src = choose_source(c)
        spec = spec_for(c, 'first', src)
        first = build(c, spec)
        e1 = {'cust': c, 'rec': first, 'category': 'new', 'source': src, 'occurrence': 1,
              'changes': [], 'group': c['eid']}
        out.append(e1)
        for occ in range(2, k + 1):
            profile = pick_profile()
            src = choose_source(c)
            X, ch, ev, fd = gen_linked(c, first, profile, src, extra_others=[first['f']])
            out.append({'cust': c, 'rec': X, 'category': 'new', 'source': src, 'occurrence': occ,
                        'profile': profile, 'changes': ch, 'evidence': ev, 'findable': fd,
                        'first': e1, 'group': c['eid']})
    return out


# ---------------------------------------------------------------------------
# HARD NEGATIVES: another customer under the business rules, resembling an
# existing one (anchor)
# ---------------------------------------------------------------------------

HN_PLAN = [
    ('divorced_coparent', 18), ('grandparent_payer', 16), ('jr_sr_same_house', 10),
    ('namesake_other_city', 20), ('later_occupant', 14), ('employer_vs_employee', 14),
    ('church_vs_pastor', 8), ('parent_org_sibling', 8), ('foundation_vs_founder', 8),
    ('adult_siblings', 14), ('group_other_company', 8), ('practitioner_vs_practice', 6),
    ('similar_name_other_org', 6),
]
HN_RULES = {
    'divorced_coparent': 'Divorced parents who each pay a share are two customers: same children, '
                         'separate household, address, phone and e-mail.',
    'grandparent_payer': 'A grandparent who pays (here for one grandchild) is their own customer, '
                         'not the parents\' household account.',
    'jr_sr_same_house': 'Father and son of one name (Sr./Jr.) living in one house are two payers '
                        'with two accounts.',
    'namesake_other_city': 'Same name, different payer elsewhere: a namesake in another city is '
                           'another customer.',
    'later_occupant': 'Another family at the same address (a later occupant / second household) '
                      'is another customer.',
    'employer_vs_employee': 'An employer\'s tuition benefit billed to the employer is the employer\'s '
                            'customer; the parent who works there, paying privately, is a different customer.',
    'church_vs_pastor': 'A church and its pastor are two customers: the church pays sponsorships, '
                        'the pastor pays for his or her own children.',
    'parent_org_sibling': 'Each PTO / booster club is its own organisation (own treasurer, own bank '
                          'account); two schools\' or two clubs\' accounts are not one customer.',
    'foundation_vs_founder': 'A foundation\'s scholarship is the foundation\'s customer; the founder\'s '
                             'family paying privately is another customer.',
    'adult_siblings': 'Adult siblings share a family name but pay for their own children from '
                      'separate households.',
    'group_other_company': 'Another company of the same group is a separate legal entity billed '
                           'separately.',
    'practitioner_vs_practice': 'A practitioner paying privately is a person customer apart from '
                                'the practice (a firm that sponsors or pays benefits).',
    'similar_name_other_org': 'A similarly named firm in another trade is an unrelated organisation.',
}
HN_MUST = {
    'divorced_coparent': [], 'grandparent_payer': [], 'jr_sr_same_house': ['name', 'address'],
    'namesake_other_city': ['name'], 'later_occupant': ['address'],
    'employer_vs_employee': ['email_domain'], 'church_vs_pastor': [],
    'parent_org_sibling': ['company_stem'], 'foundation_vs_founder': ['company_stem'],
    'adult_siblings': ['familyName'], 'group_other_company': ['company_stem'],
    'practitioner_vs_practice': [], 'similar_name_other_org': ['company_stem'],
}


def free_anchors(pred):
    return [c for c in W.existing if c['eid'] not in W.used_anchors and pred(c, W.ex_rec[c['eid']])]


def street_addr_rec(Y):
    return Y['prov']['address'] == 'h0' and Y['f']['address'] is not None and \
        addr_key(Y['f']['address']) is not None and addr_key(Y['f']['address'])[0] == 'st'


def hn_person_spec(p, src=None, email='p0', phone='m0', addr='h0', extra=None):
    src = src or choose_source(p)
    s = person_spec(p, 'light', src)
    s['who'] = 'primary'
    s['email'], s['phone'], s['addr'] = email, phone, addr
    s.pop('fform', None)
    for k in ('etypo', 'ptypo', 'gtypo', 'ftypo', 'fspell'):
        s.pop(k, None)
    a = s.setdefault('astyle', {})
    for k in ('street_typo', 'number_typo', 'partial'):
        a.pop(k, None)
    if a.get('city') in ('typo', 'none'):
        a['city'] = 'city'
    if a.get('zip') in ('none', 'wrong'):
        a['zip'] = 'zip'
    if s.get('gform') == 'spelling':
        s['gform'] = 'legal'
    s['wrong_company'] = False
    if extra:
        s.update(extra)
    return src, s


def hn_org_spec(o, src=None, extra=None):
    src = src or choose_source(o)
    s = org_identity(o, 'light', src)
    s['contact'] = 0
    s['email'] = 'role' if o['role_email'] and chance(0.6) else 'c0'
    s['phone'] = 'main'
    s['addr'] = 'o0'
    org_habits(o, s, src, 0)
    a = s.setdefault('astyle', {})
    a.pop('attn', None)
    if extra:
        s.update(extra)
    return src, finalize_org_spec(o, s)


def other_metro(m):
    return wpick([x for x in METRO_W_PERSON if x[0] != m])


def hn_divorced_coparent():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and c['kind'] == 'divorced_parent'
                          and c.get('ex') and c['children']))
    ex = A['ex']
    ck = A['city_key'] if chance(0.4) else pick_city(A['metro'])
    h = make_person('single_parent', metro=A['metro'], city_key=ck, eth=ex['eth'], gender=ex['gender'])
    h['kind'] = 'divorced_parent'
    retarget(h, given=ex['given'], family=ex['family'])
    h['children'] = [dict(ch) for ch in A['children']]
    h['ex'] = {'given': A['given'], 'family': A['family'], 'gender': A['gender'], 'eth': A['eth']}
    src, s = hn_person_spec(h)
    if chance(0.45):
        s['dn'] = pick(['student_note', 'parent_of', 'family_kids'])
    return A, h, src, s, None


def hn_grandparent_payer():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and c['kind'] in ('household', 'single_parent', 'divorced_parent')
                          and c['children']))
    kid = pick(A['children'])
    metro = A['metro'] if chance(0.55) else wpick([('ashe', 40), ('other', 40), ('atl', 10), ('clt', 10)])
    h = make_person('grandparent', metro=metro, eth=A['eth'])
    fam = kid['family'] if chance(0.6) else h['family']
    retarget(h, family=fam)
    h['children'] = [dict(kid)]
    src, s = hn_person_spec(h)
    if chance(0.4):
        s['dn'] = pick(['grand_note', 'parent_of'])
    return A, h, src, s, None


SUFFIX_PAIR = {'Sr.': 'Jr.', 'Jr.': 'Sr.', None: 'Jr.', 'II': 'III', 'III': 'IV', 'IV': 'III'}


def hn_jr_sr_same_house():
    cands = free_anchors(lambda c, Y: c['party'] == 'person' and c['gender'] == 'M' and
                         c['kind'] in ('household', 'single_parent', 'grandparent', 'divorced_parent')
                         and street_addr_rec(Y))
    suffixed = [c for c in cands if c.get('suffix')]
    A = pick(suffixed) if suffixed and chance(0.6) else pick(cands)
    suf = SUFFIX_PAIR.get(A.get('suffix'), 'Jr.')
    is_father = suf == 'Sr.' or (A.get('suffix') == 'IV')
    kind = 'grandparent' if is_father else 'household'
    h = make_person(kind, metro=A['metro'], city_key=A['addrs']['h0']['city_key'], eth=A['eth'], gender='M')
    retarget(h, given=A['given'], family=A['family'])
    h['suffix'] = suf
    h['title'] = None
    h['addrs']['h0'] = A['addrs']['h0']
    phone = 'm0'
    if 'home' in A['phones'] and chance(0.6):
        h['phones']['home'] = A['phones']['home']
        phone = 'home'
    src, s = hn_person_spec(h, phone=phone, extra={'suffix': 'keep'})
    if s.get('gfield') in ('none', 'initial', 'child', 'full', 'swap'):
        s['gfield'] = 'given'
    s['ffield'] = 'family'
    if s.get('dn') in ('household', 'mr_mrs', 'parent_of', 'child', 'family_kids', 'initial_last'):
        s['dn'] = 'first_last'
    s['gform'] = 'legal'
    s.pop('ghyphen', None)
    return A, h, src, s, None


def hn_namesake_other_city():
    if chance(0.2):
        cands = free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] == 'church' and
                             not any(CITIES[k]['name'] in c['core'] for k in CITY_KEYS))
        if cands:
            A = pick(cands)
            m = other_metro(A['metro'])
            ck = pick_city(m)
            words = [w for w in A['core'].split() if w not in ('Church', 'of', 'The')]
            h = make_org('church', metro=m, forced={'core': A['core'], 'legal': A['legal'], 'legal_sep': A['legal_sep'],
                                                    'stem': A['stem'], 'city_key': ck, 'tld': '.org',
                                                    'dom_base': slug(' '.join(words[:2])) + '-' + slug(CITIES[ck]['name'])})
            src, s = hn_org_spec(h)
            return A, h, src, s, None
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and c['kind'] != 'grandparent'
                          and Y['f']['givenName'] and Y['f']['familyName'] and Y['prov']['who'] == 'primary'))
    if chance(0.6):
        m = other_metro(A['metro'])
        ck = pick_city(m)
    else:
        m = A['metro']
        ck = pick_city(m, exclude=A['city_key'])
    h = make_person(pick(['household', 'single_parent', 'household', 'adult_learner']), metro=m, city_key=ck,
                    eth=A['eth'], gender=A['gender'])
    retarget(h, given=A['given'], family=A['family'])
    h['suffix'] = A.get('suffix')
    src, s = hn_person_spec(h)
    s['gform'] = 'legal'
    s.pop('ghyphen', None)
    s['gfield'] = 'given'
    s['ffield'] = 'family'
    s['suffix'] = 'keep'
    return A, h, src, s, None


def hn_later_occupant():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and street_addr_rec(Y)))
    a = A['addrs']['h0']
    while True:
        h = make_person(pick(['household', 'single_parent', 'household']), metro=A['metro'], city_key=a['city_key'])
        if norm_name(h['family']) != norm_name(A['family']):
            break
    h['addrs']['h0'] = a
    src, s = hn_person_spec(h)
    return A, h, src, s, None


def hn_employer_vs_employee():
    if chance(0.6):
        cands = free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] in ('employer', 'sponsor') and c['domain']
                             and email_domain(Y['f']['email']) == c['domain'])
        if cands:
            A = pick(cands)
            h = make_person('household', metro=A['metro'] if A['metro'] in ETH_W else 'atl')
            h['work'] = {'org': A, 'email': work_email(h['given'], h['family'], A['domain']),
                         'ext': str(R.randint(100, 4999)), 'direct': None}
            src, s = hn_person_spec(h, src=pick(['business_office', 'sis_export', 'enrollment_form']),
                                    email='w', phone='work' if chance(0.4) else 'm0',
                                    addr='work' if chance(0.2) else 'h0')
            return A, h, src, s, None
    cands = free_anchors(lambda c, Y: c['party'] == 'person' and Y['prov']['email'] == 'w'
                         and not c['work']['org'].get('is_customer'))
    A = pick(cands)
    o = A['work']['org']
    o['is_customer'] = True
    src, s = hn_org_spec(o, src=pick(['business_office', 'sis_export']))
    if chance(0.4):
        s['note'] = pick(ORG_NOTES['employer'])
    return A, o, src, s, None


def _person_at_org(A, role_person, kind='household'):
    pr = role_person
    h = make_person(kind, metro=A['metro'] if A['metro'] in ETH_W else 'atl', eth=pr.get('eth') or 'anglo',
                    gender=pr.get('gender') or 'M')
    retarget(h, given=pr['given'], family=pr['family'])
    if A.get('contact_is_person'):
        ct = A['contacts'][0]
        h['work'] = {'org': A, 'email': ct['email'], 'ext': ct['ext'], 'direct': None}
    else:
        h['work'] = {'org': A, 'email': work_email(h['given'], h['family'], A['domain']) if A['domain'] else None,
                     'ext': str(R.randint(100, 899)), 'direct': None}
    return h


def hn_church_vs_pastor():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] == 'church' and c['domain']
                          and email_domain(Y['f']['email']) == c['domain']))
    pr = A['person']
    h = _person_at_org(A, pr)
    h['title'] = 'Rev.' if 'Rev' in pr.get('title', '') else None
    src, s = hn_person_spec(h, src=pick(['business_office', 'sis_export', 'enrollment_form', 'camp_app']),
                            email='w' if chance(0.7) else 'p0', phone='work' if chance(0.35) else 'm0')
    s['title'] = True
    return A, h, src, s, None


def hn_parent_org_sibling():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] == 'parent_org'))
    school, typ = A['school'], A['org_type']
    same = ('PTO', 'Parent Teacher Organization')
    others = [t for t in ORG_TYPES_BY_LEVEL[school_level(school)] if t != typ and not (t in same and typ in same)]
    if others and chance(0.6):
        t2 = pick(others)
        core, stem, sch = school + ' ' + t2, school, school
    else:
        while True:
            if A['metro'] in ('atl', 'clt') and chance(0.3):
                sch = OWN_UNITS[A['metro']]
            else:
                sch = pick(SCHOOL_WORDS) + ' ' + pick(SCHOOL_LEVELS)
            if sch != school and typ in ORG_TYPES_BY_LEVEL[school_level(sch)]:
                break
        core, stem, t2 = sch + ' ' + typ, typ, typ
    h = make_org('parent_org', metro=A['metro'], forced={'core': core, 'legal': pick(['', '', 'Inc.']), 'legal_sep': ', ',
                                                          'stem': stem, 'school': sch, 'org_type': t2})
    if stem == school and A.get('addr_is_school') and chance(0.6):
        h['addrs']['o0'] = A['addrs']['o0']
    src, s = hn_org_spec(h)
    s['abbrev'] = False
    s.pop('abbrev_s', None)
    return A, h, src, s, stem


def hn_foundation_vs_founder():
    cands = free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] == 'foundation' and c['person_role'] == 'founder')
    if cands and chance(0.6):
        A = pick(cands)
        pr = A['person']
        h = make_person('household', metro=A['metro'], eth=pr.get('eth') or 'anglo', gender=pr.get('gender') or 'M')
        retarget(h, given=pr['given'], family=pr['family'])
        if A.get('founder_home'):
            h['addrs']['h0'] = A['addrs']['o0']
        src, s = hn_person_spec(h)
        s['dn'] = pick(['first_last', 'last_first', 'household', 'student_note'])
        s['ffield'] = 'family'
        s['fform'] = 'current'
        return A, h, src, s, pr['family']
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and c['kind'] == 'household' and
                          '-' not in c['family'] and ' ' not in c['family'] and street_addr_rec(Y)))
    fam = A['family']
    pat = pick(['{F} Family Foundation', '{F} Family Foundation', '{F} Charitable Trust', '{F} Foundation'])
    core = pat.replace('{F}', fam)
    h = make_org('foundation', metro=A['metro'], forced={
        'core': core, 'the': chance(0.4), 'legal': pick(['', 'Inc.']), 'legal_sep': ', ', 'stem': fam,
        'dom_base': slug(fam) + pick(['foundation', 'familyfdn', 'trust']), 'tld': '.org',
        'person': {'given': A['given'], 'family': fam, 'gender': A['gender'], 'eth': A['eth'], 'title': None},
        'person_role': 'founder'})
    h['contacts'][0] = make_contact(h, person={'given': A['given'], 'family': fam, 'gender': A['gender'], 'nick': None},
                                    title='President')
    h['emails']['c0'] = h['contacts'][0]['email']
    h['contact_is_person'] = True
    if chance(0.45):
        h['addrs']['o0'] = A['addrs']['h0']
        h['founder_home'] = True
    src, s = hn_org_spec(h)
    return A, h, src, s, fam


def hn_adult_siblings():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'person' and c['kind'] in ('household', 'single_parent', 'divorced_parent', 'guardian')
                          and c['alt_kind'] is None and '-' not in c['family'] and Y['f']['familyName']
                          and norm_name(Y['f']['familyName']) == norm_name(c['family'])))
    m = A['metro'] if chance(0.75) else other_metro(A['metro'])
    ck = A['city_key'] if (m == A['metro'] and chance(0.35)) else pick_city(m)
    while True:
        h = make_person(pick(['household', 'single_parent']), metro=m, city_key=ck, eth=A['eth'])
        if norm_name(h['given']) != norm_name(A['given']):
            break
    retarget(h, family=A['family'])
    src, s = hn_person_spec(h)
    s['ffield'] = 'family'
    s['fform'] = 'current'
    if s.get('gfield') == 'swap':
        s['gfield'] = 'given'
    if s.get('dn') == 'swapped':
        s['dn'] = 'first_last'
    return A, h, src, s, None


CORP_TRADES = [t for t, _ in TRADES]


def _corp_anchor():
    return pick(free_anchors(lambda c, Y: c['party'] == 'org' and c['kind'] in ('employer', 'sponsor')
                             and c.get('trade') in CORP_TRADES))


def hn_group_other_company():
    A = _corp_anchor()
    stem = A['stem']
    r = R.random()
    if r < 0.5:
        t2 = pick([t for t in CORP_TRADES if t != A['trade']])
        core = stem + ' ' + t2
    elif r < 0.75:
        core = stem + ' ' + pick(['Holdings', 'Group Holdings', 'Capital', 'Services Group'])
    else:
        core = A['core'] + ' ' + pick(['of the Carolinas', 'of Georgia', 'of Ohio', 'Southeast'])
    same_dom = chance(0.4)
    h = make_org('employer', metro=A['metro'], forced={'core': core, 'legal': pick(['LLC', 'Inc.', 'LLC']),
                                                        'legal_sep': pick([' ', ', ']), 'stem': stem,
                                                        'domain': A['domain'] if same_dom else None,
                                                        'dom_base': slug(stem) + slug(core.split()[len(stem.split())]),
                                                        'trade': 'group'})
    if chance(0.5):
        h['addrs']['o0'] = A['addrs']['o0']
    src, s = hn_org_spec(h)
    if same_dom:
        s['email'] = 'c0'
    s['abbrev'] = False
    s.pop('abbrev_s', None)
    return A, h, src, s, stem


def hn_practitioner_vs_practice():
    A = pick(free_anchors(lambda c, Y: c['party'] == 'org' and c.get('person_role') == 'practitioner'))
    pr = A['person']
    h = _person_at_org(A, pr)
    h['title'] = pr.get('title')
    src, s = hn_person_spec(h, src=pick(['business_office', 'sis_export', 'enrollment_form', 'camp_app', 'lessons_portal'])
                            if h['metro'] == 'cbus' else pick(['business_office', 'sis_export', 'enrollment_form', 'camp_app']),
                            email='w' if chance(0.5) and h['work']['email'] else 'p0',
                            phone='work' if chance(0.3) else 'm0')
    s['title'] = True
    s['dn'] = pick(['first_last', 'first_last', 'last_first', 'student_note'])
    s['ffield'] = 'family'
    s['fform'] = 'current'
    return A, h, src, s, A['stem']


def hn_similar_name_other_org():
    A = _corp_anchor()
    stem = A['stem']
    t2 = pick([t for t in CORP_TRADES if t != A['trade'] and t.split()[0] != A['trade'].split()[0]])
    core = stem + ' ' + t2
    m = A['metro'] if chance(0.5) else wpick([x for x in METRO_W_ORG if x[0] != A['metro']])
    h = make_org(pick(['sponsor', 'employer']), metro=m,
                 forced={'core': core, 'legal': pick(['LLC', 'Inc.', 'Co.']), 'legal_sep': ' ', 'stem': stem,
                         'dom_base': slug(stem) + slug(t2.split()[0]), 'trade': t2})
    src, s = hn_org_spec(h)
    s['abbrev'] = False
    s.pop('abbrev_s', None)
    return A, h, src, s, stem


HN_FUNCS = {
    'divorced_coparent': hn_divorced_coparent, 'grandparent_payer': hn_grandparent_payer,
    'jr_sr_same_house': hn_jr_sr_same_house, 'namesake_other_city': hn_namesake_other_city,
    'later_occupant': hn_later_occupant, 'employer_vs_employee': hn_employer_vs_employee,
    'church_vs_pastor': hn_church_vs_pastor, 'parent_org_sibling': hn_parent_org_sibling,
    'foundation_vs_founder': hn_foundation_vs_founder, 'adult_siblings': hn_adult_siblings,
    'group_other_company': hn_group_other_company, 'practitioner_vs_practice': hn_practitioner_vs_practice,
    'similar_name_other_org': hn_similar_name_other_org,
}


def make_hard_negatives():
    out = []
    for t, n in HN_PLAN:
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > n * 30:
                raise RuntimeError('hard negative %s' % t)
            A, h, src, s, stem = HN_FUNCS[t]()
            Y = W.ex_rec[A['eid']]
            X = build(h, s)
            sh = shared_with(X['f'], Y['f'], stem)
            if not [k for k in sh if k != 'city'] or any(m not in sh for m in HN_MUST[t]):
                continue
            if stem and 'company_stem' not in sh:
                stem = None
            # never an exact copy of the anchor's identifiers on all three channels
            if all(k in sh for k in ('email', 'phone', 'address')):
                continue
            h['eid'] = new_eid()
            h['is_customer'] = True
            W.used_anchors.add(A['eid'])
            out.append({'cust': h, 'rec': X, 'category': 'hard_negative', 'source': src,
                        'anchor': A, 'hn_type': t, 'rule': HN_RULES[t], 'shared': sh,
                        'stem': stem, 'changes': hn_changes(X, Y)})
            made += 1
    return out


# ---------------------------------------------------------------------------
# ASSEMBLY AND OUTPUT
# ---------------------------------------------------------------------------

SHARED_ORDER = ['name', 'familyName', 'email', 'email_domain', 'phone', 'address', 'city', 'company_stem']


def contact_json(f):
    a = f['address']
    return {
        'displayName': f['displayName'], 'givenName': f['givenName'], 'familyName': f['familyName'],
        'companyName': f['companyName'], 'email': f['email'], 'phone': f['phone'],
        'address': None if a is None else {k: a[k] for k in ADDR_FIELDS},
    }


def sanity(f):
    for k in FIELDS:
        v = f[k]
        if k == 'address':
            if v is not None:
                assert any(v[x] for x in ADDR_FIELDS), f
                for x in ADDR_FIELDS:
                    assert v[x] is None or (isinstance(v[x], str) and v[x].strip()), (x, v)
        else:
            assert v is None or (isinstance(v, str) and v.strip()), (k, v)
    assert f['displayName']


def generate():
    emp_pool = [make_org('employer') for _ in range(240)]
    make_existing(emp_pool)
    matches = make_matches()
    news = make_new_customers(emp_pool)
    hns = make_hard_negatives()
    incoming = matches + news + hns
    assert len(incoming) == N_INCOMING, len(incoming)
    R.shuffle(incoming)
    # first occurrences of a new customer come first in the stream
    pos = {}
    for i, e in enumerate(incoming):
        if e['category'] == 'new':
            pos.setdefault(e['group'], []).append(i)
    for g in pos:
        idxs = pos[g]
        ents = sorted((incoming[i] for i in idxs), key=lambda e: e['occurrence'])
        for i, e in zip(idxs, ents):
            incoming[i] = e
    index_of = {}
    for i, e in enumerate(incoming):
        index_of[id(e)] = i
    set_lines, meta_lines = [], []
    for j, c in enumerate(W.existing):
        r = W.ex_rec[c['eid']]
        sanity(r['f'])
        set_lines.append({'set': 'existing', 'entity': c['eid'], 'contact': contact_json(r['f'])})
        meta_lines.append({'set': 'existing', 'index': j, 'entity': c['eid'], 'category': 'existing',
                           'kind': c['kind'], 'party': c['party'], 'changes': []})
    for i, e in enumerate(incoming):
        c = e['cust']
        sanity(e['rec']['f'])
        set_lines.append({'set': 'incoming', 'entity': c['eid'], 'contact': contact_json(e['rec']['f'])})
        m = {'set': 'incoming', 'index': i, 'entity': c['eid'], 'category': e['category'],
             'kind': c['kind'], 'party': c['party'], 'source': e['source'], 'changes': e['changes']}
        if e['category'] == 'match':
            m.update({'profile': e['profile'], 'evidence': e['evidence'], 'findable': e['findable'],
                      'compare_set': 'existing', 'compare_index': W.ex_index[c['eid']]})
        elif e['category'] == 'new':
            m['occurrence'] = e['occurrence']
            if e['occurrence'] >= 2:
                m.update({'profile': e['profile'], 'evidence': e['evidence'], 'findable': e['findable'],
                          'compare_set': 'incoming', 'compare_index': index_of[id(e['first'])]})
        else:
            A = e['anchor']
            m.update({'anchor': A['eid'], 'anchor_index': W.ex_index[A['eid']], 'hn_type': e['hn_type'],
                      'rule': e['rule'], 'shared': [k for k in SHARED_ORDER if k in e['shared']]})
            if e['stem']:
                m['stem'] = e['stem']
        meta_lines.append(m)
    return set_lines, meta_lines


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(', ', ': ')) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[1])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    set_lines, meta_lines = generate()
    write_jsonl(os.path.join(args.out, 'set.jsonl'), set_lines)
    write_jsonl(os.path.join(args.out, 'meta.jsonl'), meta_lines)
    cats = {}
    for m in meta_lines:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    print('wrote %d + %d lines to %s  %s' % (len(set_lines), len(meta_lines), args.out,
                                             ' '.join('%s=%d' % kv for kv in sorted(cats.items()))))


if __name__ == '__main__':
    main()
