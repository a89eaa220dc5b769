#!/usr/bin/env python3
"""Synthetic labelled benchmark set for customer record linkage.

Scenario: pt-contabilidade -- a Portuguese certified-accountancy practice
(gabinete de contabilidade, offices in Porto, Braga, Lisboa and Funchal) that
bills monthly avencas through QuickBooks Online (EUR, Portugal).

python3 gen.py            -> writes set.jsonl and meta.jsonl next to this file
python3 gen.py --out DIR  -> writes them into DIR

Standard library only, one random.Random(SEED); output is byte-identical for
any PYTHONHASHSEED (no iteration over sets / hash-ordered containers).
"""

import json
import os
import random
import re
import sys
import unicodedata
from difflib import SequenceMatcher

SEED = 20240611
RNG = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD = 150

# ---------------------------------------------------------------------------
# 1. Name data
# ---------------------------------------------------------------------------

PT_MALE = [
    "João", "José", "António", "Manuel", "Francisco", "Luís", "Carlos", "Pedro",
    "Paulo", "Rui", "Miguel", "Nuno", "Jorge", "Ricardo", "Tiago", "Bruno",
    "André", "Diogo", "Rodrigo", "Gonçalo", "Duarte", "Tomás", "Martim",
    "Afonso", "Fernando", "Joaquim", "Mário", "Sérgio", "Vítor", "Hugo",
    "Filipe", "Fábio", "Daniel", "Hélder", "Marco", "Alexandre", "Eduardo",
    "Henrique", "Armando", "Albino", "Abílio", "Américo", "Domingos", "Alberto",
    "Artur", "Custódio", "Adelino", "Agostinho", "Bernardo", "Guilherme",
    "Simão", "Vasco", "Leonel", "Serafim", "Ilídio", "Rogério", "Amândio",
    "Belmiro", "Cândido", "Delfim", "Fernão", "Gaspar", "Horácio", "Inácio",
    "Jaime", "Lourenço", "Moisés", "Norberto", "Óscar", "Patrício", "Raul",
    "Samuel", "Valter", "Zeferino", "Aurélio", "Casimiro", "Emanuel", "Fausto",
]
PT_FEMALE = [
    "Maria", "Ana", "Joana", "Catarina", "Sofia", "Inês", "Mariana", "Beatriz",
    "Rita", "Sara", "Marta", "Patrícia", "Sandra", "Cláudia", "Susana", "Paula",
    "Carla", "Teresa", "Isabel", "Helena", "Cristina", "Fernanda", "Filomena",
    "Rosa", "Conceição", "Fátima", "Graça", "Lurdes", "Manuela", "Margarida",
    "Luísa", "Alice", "Leonor", "Matilde", "Carolina", "Daniela", "Andreia",
    "Vera", "Liliana", "Tânia", "Raquel", "Diana", "Célia", "Elisabete",
    "Glória", "Olívia", "Alzira", "Adelaide", "Deolinda", "Irene", "Emília",
    "Lúcia", "Natália", "Rosário", "Sílvia", "Alexandra", "Bárbara", "Cecília",
    "Dulce", "Ermelinda", "Florbela", "Gabriela", "Judite", "Laura", "Mafalda",
    "Noémia", "Odete", "Palmira", "Rosalina", "Salomé", "Vitória", "Zulmira",
    "Amélia", "Benedita", "Clotilde", "Estela", "Francisca", "Henriqueta",
]
PT_MALE_COMPOUND = [
    "João Pedro", "João Paulo", "José Manuel", "José Carlos", "Luís Miguel",
    "Carlos Alberto", "António José", "Pedro Miguel", "Rui Miguel",
    "Nuno Miguel", "Paulo Jorge", "Francisco Xavier", "Manuel António",
    "José António", "João Carlos", "Jorge Manuel", "Luís Filipe", "José Luís",
    "Mário Jorge", "Fernando José", "Vítor Manuel", "Rui Pedro", "João Miguel",
    "Hugo Filipe", "Tiago Alexandre", "Nuno Gonçalo", "Joaquim Manuel",
]
PT_FEMALE_COMPOUND = [
    "Maria João", "Maria José", "Ana Rita", "Ana Margarida", "Maria do Carmo",
    "Maria da Conceição", "Maria de Fátima", "Maria de Lurdes", "Maria da Graça",
    "Maria Helena", "Ana Isabel", "Ana Sofia", "Maria Teresa", "Ana Cristina",
    "Maria Manuela", "Ana Paula", "Maria Luísa", "Sandra Cristina",
    "Maria Alice", "Ana Catarina", "Maria Inês", "Sofia Isabel", "Maria Clara",
    "Maria do Rosário", "Maria Fernanda", "Ana Filipa", "Joana Raquel",
]
PT_SURNAMES = [
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
    "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes",
    "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira",
    "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro",
    "Cardoso", "Rocha", "Neves", "Coelho", "Cruz", "Cunha", "Pires", "Ramos",
    "Reis", "Simões", "Antunes", "Matos", "Fonseca", "Machado", "Araújo",
    "Barbosa", "Tavares", "Lourenço", "Castro", "Figueiredo", "Azevedo",
    "Freitas", "Magalhães", "Guimarães", "Sá", "Vasconcelos", "Queirós",
    "Brandão", "Meireles", "Barros", "Morais", "Faria", "Macedo", "Baptista",
    "Campos", "Miranda", "Lima", "Leite", "Fontes", "Valente", "Sampaio",
    "Quintela", "Peixoto", "Amorim", "Couto", "Mota", "Torres", "Esteves",
    "Abreu", "Paiva", "Salgado", "Portela", "Pacheco", "Brito", "Branco",
    "Dias", "Henriques", "Loureiro", "Rebelo", "Serrano", "Pimentel",
    "Sequeira", "Vaz", "Cerqueira", "Dantas", "Gaspar", "Leal", "Louro",
    "Nogueira", "Ventura", "Xavier", "Bastos", "Bessa", "Calado", "Godinho",
    "Pinheiro", "Resende", "Sarmento", "Seabra", "Tomé", "Veloso", "Carneiro",
]
# surnames that usually carry a particle
PT_PARTICLE_SURNAMES = [
    "da Silva", "dos Santos", "de Sousa", "da Costa", "de Jesus", "do Carmo",
    "das Neves", "de Oliveira", "da Cunha", "de Almeida", "de Matos",
    "da Rocha", "de Castro", "de Freitas", "de Abreu", "da Mota", "de Sá",
    "do Couto", "da Fonseca", "de Magalhães", "de Carvalho", "da Cruz",
    "do Vale", "dos Reis", "de Azevedo", "da Conceição", "do Nascimento",
]
MADEIRA_SURNAMES = [
    "Gouveia", "Freitas", "Andrade", "Nóbrega", "Jardim", "Câmara", "Drumond",
    "Spínola", "Ornelas", "Aguiar", "Pestana", "Camacho", "Mendonça", "Quintal",
    "Figueira", "Vasconcelos", "Teixeira", "Abreu", "Rodrigues", "Fernandes",
    "Sousa", "Correia", "Gonçalves", "Pita", "Caires", "Faria", "Barreto",
    "Ferraz", "Perestrelo", "Vieira",
]
MADEIRA_PARTICLE = ["de Freitas", "de Gouveia", "de Andrade", "da Câmara",
                    "de Nóbrega", "de Ornelas", "de Aguiar", "de Abreu"]

BR_MALE = ["Thiago", "Lucas", "Gabriel", "Rafael", "Felipe", "Matheus",
           "Leandro", "Anderson", "Wellington", "Cleiton", "Edson", "Rodrigo",
           "Marcos Vinícius", "Luiz Fernando", "João Victor", "Gustavo",
           "Diego", "Vinícius", "Renan", "Caio", "Márcio", "Ronaldo", "Everton"]
BR_FEMALE = ["Juliana", "Fernanda", "Camila", "Aline", "Larissa", "Tatiane",
             "Priscila", "Gisele", "Vanessa", "Letícia", "Bruna", "Thaís",
             "Rayssa", "Jéssica", "Ana Paula", "Maria Eduarda", "Luana",
             "Daiane", "Kelly", "Patrícia", "Simone", "Adriana", "Renata"]
BR_SURNAMES = ["Silva", "Santos", "Oliveira", "Souza", "Nascimento", "Lima",
               "Araújo", "Barbosa", "Cavalcanti", "Albuquerque", "Medeiros",
               "Rocha", "Ribeiro", "Moura", "Carvalho", "Batista", "Pereira",
               "Gomes", "Freitas", "Cardoso", "Teixeira", "Vasconcelos",
               "Andrade", "Monteiro", "Nogueira", "Siqueira", "Bezerra",
               "Brandão", "Macedo", "Queiroz"]
BR_PARTICLE = ["de Souza", "da Silva", "dos Santos", "de Oliveira", "de Paula",
               "de Lima", "da Costa", "de Jesus"]

CV_MALE = ["Nilton", "Edmilson", "Adilson", "Jailson", "Arlindo", "Nelson",
           "Aristides", "Januário", "Euclides", "Elton", "Djalma", "Hélio",
           "Carlos", "José", "Ivo", "Emanuel", "Osvaldo", "Jacinto"]
CV_FEMALE = ["Djamila", "Zenaida", "Odete", "Elisângela", "Ivone", "Vanusa",
             "Edna", "Marilene", "Nilda", "Sónia", "Jandira", "Filomena",
             "Dulce", "Eunice", "Arminda", "Celeste"]
CV_SURNAMES = ["Tavares", "Monteiro", "Lopes", "Semedo", "Fortes", "Brito",
               "Évora", "Delgado", "Mendes", "Gomes", "Varela", "Pina",
               "Fernandes", "Andrade", "Spencer", "Rodrigues", "Moreno",
               "Cabral", "Barros", "Furtado", "Sanches", "Correia", "Baessa",
               "Centeio", "Silva"]

AO_MALE = ["Mauro", "Edvaldo", "Wilson", "Hélio", "Inocêncio", "Domingos",
           "Eduardo", "Manuel", "Bernardo", "Adão", "Sebastião", "Kiala",
           "Nelo", "Osvaldo", "Valdemar", "Ezequiel", "Anacleto", "Lando"]
AO_FEMALE = ["Nádia", "Yola", "Kátia", "Luzia", "Ndalu", "Esperança",
             "Madalena", "Teresa", "Benvinda", "Josefa", "Mbali", "Isilda",
             "Albertina", "Graciete", "Joaquina", "Rosária"]
AO_SURNAMES = ["dos Santos", "da Costa", "Neto", "Kiala", "Lukamba",
               "Cassoma", "Kiluange", "Sebastião", "Cambinda", "Chipenda",
               "Kandimba", "Vunge", "Capitango", "Manuel", "Domingos",
               "Fernandes", "João", "Paulo", "Bento", "Tchissola", "Muhongo",
               "Calunga", "Quissanga", "Sapalo"]

# Ukrainian: canonical spelling first, then transliteration variants seen in
# Portuguese documents (passport vs AIMA/SEF vs the person's own writing)
UA_MALE = [["Oleksandr", "Aleksandr", "Oleksander"], ["Andriy", "Andrii", "Andrei"],
           ["Mykola", "Nikolai", "Mykola"], ["Serhiy", "Sergii", "Sergiy"],
           ["Volodymyr", "Vladimir", "Volodimir"], ["Dmytro", "Dmitro", "Dmitriy"],
           ["Taras", "Taras", "Tarasse"], ["Bohdan", "Bogdan", "Bohdan"],
           ["Vasyl", "Vasil", "Vasyl"], ["Yuriy", "Iurii", "Yuri"],
           ["Ihor", "Igor", "Ihor"], ["Petro", "Petro", "Pedro"]]
UA_FEMALE = [["Olena", "Elena", "Olena"], ["Iryna", "Irina", "Iryna"],
             ["Yulia", "Iuliia", "Julia"], ["Oksana", "Oksana", "Oxana"],
             ["Tetiana", "Tatiana", "Tetyana"], ["Nataliya", "Natalia", "Natalya"],
             ["Viktoriya", "Viktoriia", "Victoria"], ["Halyna", "Galina", "Halyna"],
             ["Svitlana", "Svetlana", "Svitlana"], ["Lyudmyla", "Liudmyla", "Ludmila"],
             ["Mariya", "Mariia", "Maria"], ["Larysa", "Larisa", "Larysa"]]
UA_SURNAMES = [["Kovalenko", "Kovalenko", "Kowalenko"], ["Shevchenko", "Chevtchenko", "Shevtchenko"],
               ["Bondarenko", "Bondarenko", "Bondarenco"], ["Tkachenko", "Tkatchenko", "Tkachenko"],
               ["Kravchenko", "Kravtchenko", "Kravchenko"], ["Melnyk", "Melnik", "Melnyk"],
               ["Boyko", "Boiko", "Boyko"], ["Koval", "Koval", "Kowal"],
               ["Petrenko", "Petrenko", "Petrenco"], ["Moroz", "Moroz", "Moroz"],
               ["Lysenko", "Lisenko", "Lysenko"], ["Savchuk", "Savtchuk", "Savchuk"],
               ["Rudenko", "Rudenko", "Roudenko"], ["Polishchuk", "Polischuk", "Polishuk"],
               ["Hnatyuk", "Gnatiuk", "Hnatiuk"], ["Marchenko", "Martchenko", "Marchenko"],
               ["Ivanyshyn", "Ivanishin", "Ivanyshyn"], ["Hrytsenko", "Gritsenko", "Hrytsenko"]]
UA_FEMININE = {"Kovalenko": "Kovalenko", "Koval": "Koval", "Melnyk": "Melnyk"}

# Portuguese nicknames / short forms used in daily life and on web forms
NICKNAMES = {
    "José": ["Zé"], "António": ["Tó", "Toni"], "Joaquim": ["Quim"],
    "Francisco": ["Chico", "Xico"], "Manuel": ["Manel", "Nelo"],
    "Fernando": ["Nando"], "Isabel": ["Bela"], "Helena": ["Lena"],
    "Margarida": ["Guida"], "Conceição": ["São"], "Cristina": ["Cris"],
    "Alexandra": ["Xana"], "Teresa": ["Teté"], "Eduardo": ["Edu"],
    "Guilherme": ["Gui"], "Rosário": ["Rosarinho"], "Vítor": ["Vitinho"],
    "Alexandre": ["Alex"], "Fátima": ["Fá"], "Luísa": ["Lu"],
    "Maria João": ["Mijó"], "Maria José": ["Zezinha"], "Ana Rita": ["Rita"],
    "João Pedro": ["JP"], "José Manuel": ["Zé Manel"], "Francisca": ["Kika"],
    "Gabriela": ["Gabi"], "Daniela": ["Dani"], "Rafael": ["Rafa"],
    "Thiago": ["Thi"], "Juliana": ["Ju"], "Aristides": ["Tide"],
    "Oleksandr": ["Sasha"], "Volodymyr": ["Volodya"], "Mariya": ["Masha"],
}

TITLES_M = ["Sr.", "Dr.", "Eng.", "Sr. Dr.", "Prof."]
TITLES_F = ["Sra.", "Dra.", "D.", "Sra. D.", "Eng.ª"]

SUFFIXES = ["Júnior", "Filho", "Neto"]
SUFFIX_FORMS = {"Júnior": ["Júnior", "Jr.", "Junior", "Jr"],
                "Filho": ["Filho", "Fº", "Filho"],
                "Neto": ["Neto", "Neto", "Neto"]}

# ---------------------------------------------------------------------------
# 2. Geography (real places; street numbers, floors and postcode suffixes are
#    invented).  Each street: (street type, street name, cp4, bairro/freguesia
#    as people write it).
# ---------------------------------------------------------------------------

STREET_ABBR = {  # type -> (common abbreviation, AT/e-fatura abbreviation)
    "Rua": ("R.", "R"), "Avenida": ("Av.", "AV"), "Travessa": ("Trav.", "TV"),
    "Largo": ("Lg.", "LG"), "Praça": ("Pç.", "PC"), "Urbanização": ("Urb.", "URB"),
    "Estrada": ("Estr.", "EST"), "Alameda": ("Al.", "AL"), "Calçada": ("Calç.", "CC"),
    "Caminho": ("Cam.", "CAM"), "Beco": ("Bc.", "BC"), "Quinta": ("Qta.", "QTA"),
    "Praceta": ("Pct.", "PCT"), "Rotunda": ("Rot.", "ROT"), "Vereda": ("Ver.", "VER"),
}

GENERIC_STREETS = [
    ("Rua", "da Igreja"), ("Rua", "Central"), ("Rua", "do Comércio"),
    ("Rua", "Nova"), ("Rua", "da Estação"), ("Avenida", "da República"),
    ("Rua", "de São João"), ("Rua", "da Fonte"), ("Travessa", "da Escola"),
    ("Largo", "da Feira"), ("Rua", "das Flores"), ("Rua", "do Outeiro"),
    ("Rua", "de Santo António"), ("Rua", "do Calvário"),
    ("Urbanização", "da Quinta do Sol"), ("Rua", "Almirante Gago Coutinho"),
    ("Avenida", "Dom Afonso Henriques"), ("Rua", "Cândido dos Reis"),
    ("Rua", "Elias Garcia"), ("Rua", "Alexandre Herculano"),
    ("Rua", "Infante Dom Henrique"), ("Rua", "Luís de Camões"),
    ("Rua", "Padre António Vieira"), ("Rua", "Gil Vicente"),
    ("Rua", "Sacadura Cabral"), ("Travessa", "do Moinho"), ("Rua", "do Pinhal"),
    ("Rua", "da Lameira"), ("Largo", "do Cruzeiro"), ("Rua", "de Santa Maria"),
    ("Praceta", "Fernando Pessoa"), ("Rua", "Dr. Manuel de Arriaga"),
    ("Avenida", "Humberto Delgado"), ("Rua", "Bartolomeu Dias"),
    ("Rua", "Vasco da Gama"), ("Rua", "Florbela Espanca"),
    ("Rua", "Aquilino Ribeiro"), ("Travessa", "das Fontainhas"),
    ("Rua", "do Cruzeiro"), ("Urbanização", "do Alto da Bela Vista"),
]

PORTO_STREETS = [
    ("Rua", "de Santa Catarina", "4000", "Bonfim"),
    ("Rua", "de Cedofeita", "4050", "Cedofeita"),
    ("Avenida", "da Boavista", "4100", "Boavista"),
    ("Rua", "da Constituição", "4200", "Paranhos"),
    ("Rua", "de Costa Cabral", "4200", "Paranhos"),
    ("Rua", "do Bonjardim", "4000", "Santo Ildefonso"),
    ("Rua", "de Sá da Bandeira", "4000", "Santo Ildefonso"),
    ("Rua", "Formosa", "4000", "Santo Ildefonso"),
    ("Rua", "de Fernandes Tomás", "4000", "Bonfim"),
    ("Rua", "do Campo Alegre", "4150", "Massarelos"),
    ("Avenida", "de França", "4050", "Boavista"),
    ("Rua", "Júlio Dinis", "4050", "Boavista"),
    ("Rua", "de Oliveira Monteiro", "4050", "Cedofeita"),
    ("Rua", "do Heroísmo", "4300", "Bonfim"),
    ("Rua", "de Antero de Quental", "4200", "Paranhos"),
    ("Rua", "da Alegria", "4000", "Bonfim"),
    ("Avenida", "Fernão de Magalhães", "4300", "Bonfim"),
    ("Rua", "de Serpa Pinto", "4050", "Carvalhido"),
    ("Rua", "Damião de Góis", "4050", "Marquês"),
    ("Rua", "de Pedro Hispano", "4100", "Ramalde"),
    ("Avenida", "Marechal Gomes da Costa", "4150", "Foz do Douro"),
    ("Rua", "de Diogo Botelho", "4150", "Lordelo do Ouro"),
    ("Rua", "do Amial", "4200", "Paranhos"),
    ("Rua", "de Gonçalo Cristóvão", "4000", "Santo Ildefonso"),
    ("Rua", "de Miguel Bombarda", "4050", "Cedofeita"),
    ("Rua", "de Álvares Cabral", "4050", "Cedofeita"),
    ("Rua", "do Breiner", "4050", "Cedofeita"),
    ("Rua", "de Faria Guimarães", "4200", "Marquês"),
    ("Rua", "Latino Coelho", "4000", "Bonfim"),
    ("Rua", "do Almada", "4050", "Vitória"),
    ("Rua", "das Flores", "4050", "Sé"),
    ("Rua", "de Nossa Senhora de Fátima", "4050", "Boavista"),
    ("Rua", "do Freixo", "4300", "Campanhã"),
    ("Rua", "de Pinto Bessa", "4300", "Campanhã"),
    ("Avenida", "de Rodrigues de Freitas", "4000", "Bonfim"),
    ("Rua", "da Senhora da Luz", "4150", "Foz do Douro"),
    ("Rua", "de Gondarém", "4150", "Nevogilde"),
    ("Avenida", "do Brasil", "4150", "Foz do Douro"),
    ("Rua", "do Molhe", "4150", "Foz do Douro"),
    ("Travessa", "de Cedofeita", "4050", "Cedofeita"),
    ("Rua", "de Monsanto", "4250", "Paranhos"),
    ("Rua", "de Augusto Lessa", "4200", "Paranhos"),
    ("Rua", "Dr. Alves da Veiga", "4000", "Bonfim"),
    ("Largo", "do Padrão", "4000", "Bonfim"),
    ("Praça", "da República", "4050", "Cedofeita"),
    ("Rua", "de António Cardoso", "4150", "Boavista"),
    ("Rua", "Tenente Valadim", "4100", "Ramalde"),
    ("Rua", "do Paraíso", "4000", "Bonfim"),
    ("Rua", "de Aval de Cima", "4200", "Paranhos"),
    ("Rua", "do Ouro", "4150", "Lordelo do Ouro"),
    ("Rua", "de Requesende", "4050", "Ramalde"),
    ("Rua", "de São Roque da Lameira", "4350", "Campanhã"),
    ("Rua", "Brito e Cunha", "4000", "Bonfim"),
]
LISBOA_STREETS = [
    ("Avenida", "da Liberdade", "1250", "Santo António"),
    ("Rua", "Augusta", "1100", "Baixa"),
    ("Avenida", "Almirante Reis", "1150", "Arroios"),
    ("Avenida", "de Roma", "1700", "Alvalade"),
    ("Rua", "Morais Soares", "1900", "Arroios"),
    ("Avenida", "Guerra Junqueiro", "1000", "Areeiro"),
    ("Avenida", "da República", "1050", "Avenidas Novas"),
    ("Avenida", "Fontes Pereira de Melo", "1050", "Avenidas Novas"),
    ("Rua", "Castilho", "1250", "Santo António"),
    ("Rua", "de São Bento", "1200", "Estrela"),
    ("Calçada", "da Estrela", "1200", "Estrela"),
    ("Rua", "da Escola Politécnica", "1250", "Príncipe Real"),
    ("Avenida", "de Berna", "1050", "Avenidas Novas"),
    ("Rua", "Braamcamp", "1250", "Santo António"),
    ("Avenida", "Estados Unidos da América", "1700", "Alvalade"),
    ("Rua", "Carlos Mardel", "1900", "Arroios"),
    ("Rua", "de Campolide", "1070", "Campolide"),
    ("Estrada", "de Benfica", "1500", "Benfica"),
    ("Avenida", "do Uruguai", "1500", "Benfica"),
    ("Rua", "Tomás da Anunciação", "1350", "Campo de Ourique"),
    ("Rua", "Ferreira Borges", "1350", "Campo de Ourique"),
    ("Avenida", "Infante Santo", "1350", "Estrela"),
    ("Rua", "dos Fanqueiros", "1100", "Baixa"),
    ("Rua", "Marquês de Fronteira", "1070", "Campolide"),
    ("Avenida", "de Paris", "1000", "Areeiro"),
    ("Rua", "Pascoal de Melo", "1000", "Arroios"),
    ("Avenida", "Columbano Bordalo Pinheiro", "1070", "Sete Rios"),
    ("Rua", "de Belém", "1300", "Belém"),
    ("Rua", "da Junqueira", "1300", "Belém"),
    ("Alameda", "dos Oceanos", "1990", "Parque das Nações"),
    ("Rua", "Conde de Redondo", "1150", "Santo António"),
    ("Rua", "do Ouro", "1100", "Baixa"),
    ("Avenida", "Rovisco Pais", "1000", "Areeiro"),
    ("Avenida", "Padre Cruz", "1600", "Lumiar"),
    ("Alameda", "das Linhas de Torres", "1750", "Lumiar"),
    ("Largo", "do Rato", "1250", "Santo António"),
    ("Rua", "da Prata", "1100", "Baixa"),
    ("Avenida", "António Augusto de Aguiar", "1050", "Avenidas Novas"),
    ("Rua", "Saraiva de Carvalho", "1350", "Campo de Ourique"),
    ("Rua", "Actor Vale", "1900", "Penha de França"),
    ("Rua", "Francisco Sanches", "1170", "Arroios"),
    ("Avenida", "de Madrid", "1000", "Areeiro"),
    ("Rua", "Cidade de Cardiff", "1170", "Penha de França"),
    ("Travessa", "do Carvalho", "1200", "Misericórdia"),
    ("Rua", "Professor Lima Basto", "1070", "São Domingos de Benfica"),
    ("Avenida", "do Brasil", "1700", "Alvalade"),
    ("Rua", "de Arroios", "1150", "Arroios"),
    ("Calçada", "de Santo Amaro", "1300", "Alcântara"),
]
BRAGA_STREETS = [
    ("Avenida", "da Liberdade", "4710", "Sé"),
    ("Rua", "do Souto", "4700", "Sé"),
    ("Avenida", "Central", "4710", "Sé"),
    ("Rua", "Dom Diogo de Sousa", "4700", "Sé"),
    ("Rua", "Nova de Santa Cruz", "4710", "São Vítor"),
    ("Rua", "dos Chãos", "4710", "São Lázaro"),
    ("Rua", "Andrade Corvo", "4700", "Maximinos"),
    ("Rua", "de São Vicente", "4710", "São Vicente"),
    ("Avenida", "João XXI", "4715", "São Vítor"),
    ("Rua", "do Raio", "4710", "São Lázaro"),
    ("Praça", "Conde de Agrolongo", "4700", "Sé"),
    ("Rua", "de Santa Margarida", "4710", "São Vicente"),
    ("Rua", "Conselheiro Januário", "4700", "Maximinos"),
    ("Avenida", "António Macedo", "4700", "Maximinos"),
    ("Avenida", "Frei Bartolomeu dos Mártires", "4715", "São Vítor"),
    ("Rua", "do Caires", "4700", "Maximinos"),
    ("Rua", "Dom Pedro V", "4710", "São Vicente"),
    ("Rua", "da Boavista", "4700", "Maximinos"),
    ("Rua", "de Gualtar", "4710", "Gualtar"),
    ("Rua", "de Lamaçães", "4715", "Lamaçães"),
    ("Rua", "de Nogueiró", "4715", "Nogueiró"),
    ("Avenida", "Robert Smith", "4715", "Nogueira"),
    ("Rua", "Cidade do Porto", "4705", "Ferreiros"),
    ("Rua", "da Quinta da Armada", "4715", "Nogueira"),
    ("Avenida", "da Imaculada Conceição", "4700", "Maximinos"),
    ("Rua", "Bernardo Sequeira", "4715", "São Vítor"),
    ("Rua", "de Dom Frei Caetano Brandão", "4700", "Sé"),
    ("Largo", "de São Paulo", "4700", "Sé"),
    ("Rua", "Padre Feliciano Rocha Martins", "4705", "Real"),
    ("Rua", "Dr. Francisco Duarte", "4715", "São Vítor"),
]
FUNCHAL_STREETS = [
    ("Avenida", "Arriaga", "9000", "Sé"),
    ("Rua", "da Carreira", "9000", "São Pedro"),
    ("Rua", "dos Netos", "9000", "Sé"),
    ("Rua", "de João Tavira", "9000", "Sé"),
    ("Rua", "do Aljube", "9000", "Sé"),
    ("Estrada", "Monumental", "9000", "São Martinho"),
    ("Rua", "das Pretas", "9000", "São Pedro"),
    ("Rua", "de Santa Maria", "9060", "Santa Maria Maior"),
    ("Caminho", "do Monte", "9050", "Monte"),
    ("Rua", "Latino Coelho", "9050", "Santa Luzia"),
    ("Rua", "do Carmo", "9050", "Santa Luzia"),
    ("Rua", "da Levada dos Barreiros", "9000", "São Martinho"),
    ("Rua", "do Dr. Pita", "9000", "São Martinho"),
    ("Avenida", "do Infante", "9000", "São Pedro"),
    ("Caminho", "de São Martinho", "9000", "São Martinho"),
    ("Rua", "da Conceição", "9000", "Sé"),
    ("Rua", "do Bom Jesus", "9050", "Santa Luzia"),
    ("Caminho", "do Palheiro", "9060", "São Gonçalo"),
    ("Rua", "Dr. Fernão de Ornelas", "9050", "Sé"),
    ("Caminho", "da Achada", "9020", "Santo António"),
    ("Rua", "da Casa Branca", "9000", "São Martinho"),
    ("Vereda", "do Pico", "9020", "Santo António"),
]
GUIMARAES_STREETS = [
    ("Rua", "de Santo António", "4800", "Oliveira do Castelo"),
    ("Largo", "do Toural", "4800", "Oliveira do Castelo"),
    ("Rua", "Paio Galvão", "4810", "Azurém"),
    ("Alameda", "de São Dâmaso", "4810", "Oliveira do Castelo"),
    ("Rua", "da Rainha Dona Maria II", "4800", "Oliveira do Castelo"),
    ("Avenida", "Conde Margaride", "4810", "Creixomil"),
    ("Rua", "Francisco Agra", "4800", "Urgezes"),
]
GAIA_STREETS = [
    ("Avenida", "da República", "4430", "Mafamude"),
    ("Rua", "Cândido dos Reis", "4400", "Santa Marinha"),
    ("Rua", "General Torres", "4400", "Santa Marinha"),
    ("Rua", "Soares dos Reis", "4400", "Mafamude"),
    ("Avenida", "Vasco da Gama", "4430", "Oliveira do Douro"),
    ("Rua", "de Rei Ramiro", "4400", "Santa Marinha"),
    ("Rua", "Conceição Fernandes", "4430", "Mafamude"),
]
MATOSINHOS_STREETS = [
    ("Rua", "Brito Capelo", "4450", "Matosinhos"),
    ("Rua", "Roberto Ivens", "4450", "Matosinhos"),
    ("Rua", "de Sousa Aroso", "4450", "Matosinhos"),
    ("Rua", "Heróis de França", "4450", "Matosinhos"),
    ("Rua", "Alfredo Cunha", "4450", "Matosinhos"),
    ("Rua", "Tomaz Ribeiro", "4450", "Matosinhos"),
]

# locality records: concelho, postal locality, distrito, cp4 list, landline
# prefix, own streets, bairros (for generic streets), weight
PLACES = [
    # Porto district
    dict(key="porto", concelho="Porto", locality="Porto", distrito="Porto", cp4=["4000", "4050", "4100", "4150", "4200", "4250", "4300", "4350"], land="22", streets=PORTO_STREETS, bairros=[], w=25.0),
    dict(key="matosinhos", concelho="Matosinhos", locality="Matosinhos", distrito="Porto", cp4=["4450"], land="22", streets=MATOSINHOS_STREETS, bairros=["Matosinhos"], w=2.5),
    dict(key="leca", concelho="Matosinhos", locality="Leça da Palmeira", distrito="Porto", cp4=["4450"], land="22", streets=[], bairros=["Leça da Palmeira"], w=1.0),
    dict(key="srahora", concelho="Matosinhos", locality="Senhora da Hora", distrito="Porto", cp4=["4460"], land="22", streets=[], bairros=["Senhora da Hora"], w=1.5),
    dict(key="smamede", concelho="Matosinhos", locality="São Mamede de Infesta", distrito="Porto", cp4=["4465"], land="22", streets=[], bairros=["São Mamede de Infesta"], w=1.0),
    dict(key="gaia", concelho="Vila Nova de Gaia", locality="Vila Nova de Gaia", distrito="Porto", cp4=["4400", "4430"], land="22", streets=GAIA_STREETS, bairros=["Mafamude", "Santa Marinha"], w=4.0),
    dict(key="canidelo", concelho="Vila Nova de Gaia", locality="Canidelo", distrito="Porto", cp4=["4400"], land="22", streets=[], bairros=["Canidelo"], w=0.8),
    dict(key="valadares", concelho="Vila Nova de Gaia", locality="Valadares", distrito="Porto", cp4=["4405"], land="22", streets=[], bairros=["Valadares"], w=0.6),
    dict(key="arcozelo", concelho="Vila Nova de Gaia", locality="Arcozelo", distrito="Porto", cp4=["4410"], land="22", streets=[], bairros=["Arcozelo"], w=0.6),
    dict(key="maia", concelho="Maia", locality="Maia", distrito="Porto", cp4=["4470", "4475"], land="22", streets=[("Avenida", "Visconde de Barreiros", "4470", "Maia"), ("Rua", "Dr. Carlos Pires Felgueiras", "4470", "Maia")], bairros=["Maia", "Gueifães", "Vermoim"], w=2.2),
    dict(key="aguassantas", concelho="Maia", locality="Águas Santas", distrito="Porto", cp4=["4425"], land="22", streets=[], bairros=["Águas Santas", "Pedrouços"], w=0.8),
    dict(key="gondomar", concelho="Gondomar", locality="Gondomar", distrito="Porto", cp4=["4420"], land="22", streets=[], bairros=["São Cosme", "Valbom"], w=1.2),
    dict(key="riotinto", concelho="Gondomar", locality="Rio Tinto", distrito="Porto", cp4=["4435"], land="22", streets=[], bairros=["Rio Tinto"], w=1.0),
    dict(key="ermesinde", concelho="Valongo", locality="Ermesinde", distrito="Porto", cp4=["4445"], land="22", streets=[], bairros=["Ermesinde"], w=0.8),
    dict(key="povoa", concelho="Póvoa de Varzim", locality="Póvoa de Varzim", distrito="Porto", cp4=["4490"], land="252", streets=[("Rua", "da Junqueira", "4490", "Póvoa de Varzim"), ("Avenida", "dos Banhos", "4490", "Póvoa de Varzim")], bairros=["Póvoa de Varzim"], w=0.9),
    dict(key="viladoconde", concelho="Vila do Conde", locality="Vila do Conde", distrito="Porto", cp4=["4480"], land="252", streets=[], bairros=["Vila do Conde"], w=0.7),
    # Braga district
    dict(key="braga", concelho="Braga", locality="Braga", distrito="Braga", cp4=["4700", "4705", "4710", "4715"], land="253", streets=BRAGA_STREETS, bairros=[], w=14.0),
    dict(key="guimaraes", concelho="Guimarães", locality="Guimarães", distrito="Braga", cp4=["4800", "4810", "4835"], land="253", streets=GUIMARAES_STREETS, bairros=["Azurém", "Creixomil", "Urgezes"], w=4.0),
    dict(key="barcelos", concelho="Barcelos", locality="Barcelos", distrito="Braga", cp4=["4750"], land="253", streets=[("Avenida", "da Liberdade", "4750", "Barcelos"), ("Rua", "Dom António Barroso", "4750", "Barcelos"), ("Largo", "da Porta Nova", "4750", "Barcelos")], bairros=["Barcelos", "Arcozelo"], w=2.0),
    dict(key="famalicao", concelho="Vila Nova de Famalicão", locality="Vila Nova de Famalicão", distrito="Braga", cp4=["4760"], land="252", streets=[("Rua", "Adriano Pinto Basto", "4760", "Famalicão"), ("Avenida", "Marechal Humberto Delgado", "4760", "Famalicão")], bairros=["Famalicão", "Calendário"], w=2.0),
    dict(key="vilaverde", concelho="Vila Verde", locality="Vila Verde", distrito="Braga", cp4=["4730"], land="253", streets=[], bairros=["Vila Verde"], w=1.0),
    dict(key="amares", concelho="Amares", locality="Amares", distrito="Braga", cp4=["4720"], land="253", streets=[], bairros=["Amares"], w=0.5),
    dict(key="lanhoso", concelho="Póvoa de Lanhoso", locality="Póvoa de Lanhoso", distrito="Braga", cp4=["4830"], land="253", streets=[], bairros=["Póvoa de Lanhoso"], w=0.5),
    dict(key="esposende", concelho="Esposende", locality="Esposende", distrito="Braga", cp4=["4740"], land="253", streets=[], bairros=["Esposende", "Apúlia"], w=0.5),
    # Lisboa district (+ Almada, Setúbal district)
    dict(key="lisboa", concelho="Lisboa", locality="Lisboa", distrito="Lisboa", cp4=["1000", "1050", "1070", "1100", "1150", "1170", "1200", "1250", "1300", "1350", "1500", "1600", "1700", "1750", "1900", "1990"], land="21", streets=LISBOA_STREETS, bairros=[], w=14.0),
    dict(key="amadora", concelho="Amadora", locality="Amadora", distrito="Lisboa", cp4=["2700", "2720"], land="21", streets=[], bairros=["Venteira", "Falagueira", "Mina de Água"], w=2.0),
    dict(key="odivelas", concelho="Odivelas", locality="Odivelas", distrito="Lisboa", cp4=["2675"], land="21", streets=[], bairros=["Odivelas", "Póvoa de Santo Adrião"], w=1.5),
    dict(key="oeiras", concelho="Oeiras", locality="Oeiras", distrito="Lisboa", cp4=["2780"], land="21", streets=[], bairros=["Oeiras", "São Julião da Barra"], w=0.8),
    dict(key="alges", concelho="Oeiras", locality="Algés", distrito="Lisboa", cp4=["1495"], land="21", streets=[], bairros=["Algés"], w=0.6),
    dict(key="carnaxide", concelho="Oeiras", locality="Carnaxide", distrito="Lisboa", cp4=["2790"], land="21", streets=[], bairros=["Carnaxide"], w=0.6),
    dict(key="cascais", concelho="Cascais", locality="Cascais", distrito="Lisboa", cp4=["2750"], land="21", streets=[], bairros=["Cascais"], w=0.7),
    dict(key="estoril", concelho="Cascais", locality="Estoril", distrito="Lisboa", cp4=["2765"], land="21", streets=[], bairros=["Estoril", "Monte Estoril"], w=0.5),
    dict(key="parede", concelho="Cascais", locality="Parede", distrito="Lisboa", cp4=["2775"], land="21", streets=[], bairros=["Parede"], w=0.4),
    dict(key="queluz", concelho="Sintra", locality="Queluz", distrito="Lisboa", cp4=["2745"], land="21", streets=[], bairros=["Queluz", "Massamá"], w=0.8),
    dict(key="cacem", concelho="Sintra", locality="Agualva-Cacém", distrito="Lisboa", cp4=["2735"], land="21", streets=[], bairros=["Cacém", "Agualva"], w=0.7),
    dict(key="sintra", concelho="Sintra", locality="Sintra", distrito="Lisboa", cp4=["2710"], land="21", streets=[], bairros=["Sintra", "Portela de Sintra"], w=0.5),
    dict(key="loures", concelho="Loures", locality="Loures", distrito="Lisboa", cp4=["2670"], land="21", streets=[], bairros=["Loures"], w=0.5),
    dict(key="sacavem", concelho="Loures", locality="Sacavém", distrito="Lisboa", cp4=["2685"], land="21", streets=[], bairros=["Sacavém"], w=0.5),
    dict(key="almada", concelho="Almada", locality="Almada", distrito="Setúbal", cp4=["2800"], land="21", streets=[], bairros=["Almada", "Cacilhas", "Pragal"], w=1.0),
    # Madeira
    dict(key="funchal", concelho="Funchal", locality="Funchal", distrito="Madeira", cp4=["9000", "9004", "9020", "9050", "9060"], land="291", streets=FUNCHAL_STREETS, bairros=[], w=5.0),
    dict(key="camaralobos", concelho="Câmara de Lobos", locality="Câmara de Lobos", distrito="Madeira", cp4=["9300"], land="291", streets=[], bairros=["Câmara de Lobos"], w=0.9),
    dict(key="estreito", concelho="Câmara de Lobos", locality="Estreito de Câmara de Lobos", distrito="Madeira", cp4=["9325"], land="291", streets=[], bairros=["Estreito de Câmara de Lobos"], w=0.3),
    dict(key="canico", concelho="Santa Cruz", locality="Caniço", distrito="Madeira", cp4=["9125"], land="291", streets=[], bairros=["Caniço"], w=0.6),
    dict(key="santacruz", concelho="Santa Cruz", locality="Santa Cruz", distrito="Madeira", cp4=["9100"], land="291", streets=[], bairros=["Santa Cruz"], w=0.3),
    dict(key="machico", concelho="Machico", locality="Machico", distrito="Madeira", cp4=["9200"], land="291", streets=[], bairros=["Machico"], w=0.4),
    dict(key="ribeirabrava", concelho="Ribeira Brava", locality="Ribeira Brava", distrito="Madeira", cp4=["9350"], land="291", streets=[], bairros=["Ribeira Brava"], w=0.2),
]
PLACE = {p["key"]: p for p in PLACES}
REGION_LONG = {"Porto": "Distrito do Porto", "Braga": "Distrito de Braga",
               "Lisboa": "Distrito de Lisboa", "Setúbal": "Distrito de Setúbal",
               "Madeira": "Região Autónoma da Madeira"}
# which office looks after which distrito (used only for realism of e-mails)
MADEIRA_KEYS = [p["key"] for p in PLACES if p["distrito"] == "Madeira"]

# Emigrant / non-resident clients (IRS category F rents in Portugal etc.)
FOREIGN_PLACES = [
    dict(country="FR", names=["França", "France", "FR", "FRANCE"], city="Champigny-sur-Marne", pc="94500", region="Île-de-France", streets=["Rue des Lilas", "Avenue Jean Jaurès", "Rue de la République"]),
    dict(country="FR", names=["França", "France", "FR", "FRANCE"], city="Paris", pc="75011", region="Île-de-France", streets=["Rue de la Roquette", "Boulevard Voltaire", "Rue Oberkampf"]),
    dict(country="FR", names=["França", "France", "FR", "FRANCE"], city="Lyon", pc="69003", region="Auvergne-Rhône-Alpes", streets=["Rue Paul Bert", "Cours Gambetta"]),
    dict(country="CH", names=["Suíça", "Suisse", "CH", "SUISSE"], city="Genève", pc="1203", region="Genève", streets=["Rue de Lyon", "Avenue de Châtelaine"]),
    dict(country="CH", names=["Suíça", "Suisse", "CH", "SUISSE"], city="Lausanne", pc="1004", region="Vaud", streets=["Avenue d'Echallens", "Rue de la Borde"]),
    dict(country="LU", names=["Luxemburgo", "Luxembourg", "LU", "LUXEMBOURG"], city="Luxembourg", pc="L-1740", region=None, streets=["Rue de Hollerich", "Route d'Esch"]),
    dict(country="GB", names=["Reino Unido", "United Kingdom", "GB", "UK"], city="London", pc="SW8 1RT", region=None, streets=["Wandsworth Road", "South Lambeth Road"]),
    dict(country="BR", names=["Brasil", "Brazil", "BR", "BRASIL"], city="São Paulo", pc="04538-132", region="SP", streets=["Rua Bandeira Paulista", "Avenida Brigadeiro Faria Lima"]),
    dict(country="AO", names=["Angola", "Angola", "AO", "ANGOLA"], city="Luanda", pc=None, region="Luanda", streets=["Rua Rainha Ginga", "Avenida Comandante Valódia"]),
]

# ---------------------------------------------------------------------------
# 3. Business data
# ---------------------------------------------------------------------------

FREEMAIL_PT = ["gmail.com"] * 8 + ["hotmail.com"] * 4 + ["sapo.pt"] * 3 + \
    ["outlook.pt"] * 2 + ["outlook.com", "live.com.pt", "netcabo.pt", "iol.pt",
                          "yahoo.com", "clix.pt", "msn.com", "icloud.com"]
FREEMAIL_BR = ["gmail.com"] * 5 + ["hotmail.com"] * 3 + ["yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br"]
FREEMAIL_UA = ["gmail.com"] * 5 + ["ukr.net"] * 3 + ["i.ua", "outlook.com"]
FREEMAIL_ALL = sorted(set(FREEMAIL_PT + FREEMAIL_BR + FREEMAIL_UA + ["hotmail.fr", "gmx.ch", "gmx.net", "free.fr", "orange.fr", "bluewin.ch"]))
EMAIL_TYPO_DOMAINS = {"gmail.com": ["gmial.com", "gmail.pt", "gmai.com", "gmail.co"],
                      "hotmail.com": ["hotmial.com", "hotmail.pt", "hotmai.com", "hotmail.co"],
                      "sapo.pt": ["sapo.com", "sapo.p", "sappo.pt"],
                      "outlook.pt": ["outlook.com.pt", "outlok.pt"],
                      "outlook.com": ["outlok.com", "outlook.cm"],
                      "live.com.pt": ["live.pt", "live.com"],
                      "netcabo.pt": ["netcabo.com"], "iol.pt": ["iol.com"],
                      "yahoo.com": ["yahoo.co", "yaho.com"], "clix.pt": ["clix.com"],
                      "ukr.net": ["urk.net"], "yahoo.com.br": ["yahoo.com"],
                      "uol.com.br": ["uol.com"], "bol.com.br": ["bol.com"]}

# ENI trades: how the sole trader's activity is written after the name
ENI_TRADES = [
    "Canalizações", "Eletricidade", "Construção Civil", "Cabeleireira",
    "Mediação Imobiliária", "Táxi", "Transportes", "Reparações Auto",
    "Restauração", "Comércio de Frutas", "Explicações", "Fisioterapia",
    "Design Gráfico", "Consultoria Informática", "Fotografia", "Pintura",
    "Carpintaria", "Serralharia", "Jardinagem", "Limpezas",
    "Costura e Arranjos", "Estética", "Traduções", "Arquitetura", "Advocacia",
    "Psicologia", "Alojamento Local", "Agricultura", "Mercearia",
    "Venda Ambulante", "Personal Trainer", "Pastelaria", "Sapateiro",
    "Relojoaria", "Eletrodomésticos", "Manutenção de Piscinas",
    "Pichelaria", "Estofador", "Vidraceiro", "Massagens", "Nutrição",
    "Marketing Digital", "Organização de Eventos", "Mudanças",
]
MADEIRA_TRADES = ["Bordados", "Pesca", "Vinho Madeira", "Alojamento Local",
                  "Táxi", "Agricultura - Banana", "Floricultura", "Turismo Rural"]

# company business words: (word, short form used by payroll/AT, is_trade_shop)
BUSINESS_TYPES = [
    ("Padaria", "Pad.", True), ("Pastelaria", "Past.", True), ("Café", "Café", True),
    ("Restaurante", "Rest.", True), ("Snack-Bar", "Snack-Bar", True),
    ("Marisqueira", "Marisq.", True), ("Talho", "Talho", True),
    ("Mercearia", "Merc.", True), ("Frutaria", "Frut.", True),
    ("Farmácia", "Farm.", True), ("Clínica Dentária", "Clín. Dent.", True),
    ("Ótica", "Ótica", True), ("Oficina", "Of.", True), ("Stand Automóvel", "Stand Auto", True),
    ("Construções", "Const.", False), ("Imobiliária", "Imob.", False),
    ("Mediação Imobiliária", "Med. Imob.", False), ("Transportes", "Transp.", False),
    ("Têxteis", "Têxteis", False), ("Confecções", "Conf.", False),
    ("Calçado", "Calçado", False), ("Metalomecânica", "Metalomec.", False),
    ("Serralharia", "Serralh.", True), ("Carpintaria", "Carp.", True),
    ("Móveis", "Móveis", True), ("Eletricidade", "Elet.", False),
    ("Canalizações", "Canaliz.", False), ("Informática", "Inform.", False),
    ("Soluções Digitais", "Sol. Digitais", False), ("Consultoria", "Consult.", False),
    ("Mediação de Seguros", "Med. Seguros", True), ("Agência de Viagens", "Ag. Viagens", True),
    ("Cabeleireiro", "Cabel.", True), ("Estética", "Estética", True),
    ("Ginásio", "Ginásio", True), ("Escola de Condução", "Esc. Condução", True),
    ("Lavandaria", "Lavand.", True), ("Papelaria", "Papel.", True),
    ("Livraria", "Livr.", True), ("Florista", "Florista", True),
    ("Tipografia", "Tipog.", False), ("Vinhos", "Vinhos", False),
    ("Distribuição Alimentar", "Distrib. Alimentar", False),
    ("Alojamento Local", "AL", False), ("Engenharia", "Eng.", False),
    ("Arquitetura", "Arq.", False), ("Contabilidade e Gestão", "Cont. Gestão", False),
    ("Comércio de Automóveis", "Com. Automóveis", True),
    ("Material de Escritório", "Mat. Escritório", False),
    ("Serviços de Limpeza", "Serv. Limpeza", False),
    ("Cervejaria", "Cerv.", True), ("Churrasqueira", "Churrasq.", True),
    ("Tasca", "Tasca", True), ("Geladaria", "Gelad.", True),
    ("Drogaria", "Drog.", True), ("Sapataria", "Sapat.", True),
]
MADEIRA_BUSINESS = [("Bordados", "Bord.", True), ("Vinhos da Madeira", "Vinhos Madeira", False),
                    ("Turismo", "Turismo", False), ("Poncha Bar", "Poncha Bar", True)]

CORE_NAMES = [
    "Central", "Estrela", "do Norte", "Atlântico", "Boavista", "Lusitana",
    "Minhota", "Tripeira", "Vale do Ave", "Vale do Cávado", "Douro", "Tejo",
    "Oceano", "Sol Nascente", "Primavera", "Bom Sucesso", "Nova Era",
    "Aurora", "Horizonte", "Real", "Moderna", "Popular", "Ibérica",
    "Atlântida", "Flor de Lis", "Girassol", "Avenida", "O Cantinho",
    "Rosa dos Ventos", "Bela Vista", "São Bento", "Bracarense", "Vimaranense",
    "Gaiense", "Matosinhense", "Invicta", "Alfacinha", "Oriente", "Estoril",
    "Alvorada", "Mar Azul", "Serra da Estrela", "Arco-Íris", "Triunfo",
    "Nova Aliança", "Progresso", "Vitória", "Caravela", "Galeão",
    "Do Largo", "da Esquina", "Três Marias", "Pérola", "Sete Mares",
    "Bom Pastor", "Miramar", "Rio Douro", "Ponte Velha", "Ribeira",
    "Costa Verde", "Terra Quente", "Alto Minho", "Montanha", "Jardim",
    "Sameiro", "Bom Jesus", "Citânia", "Castelo", "Torre", "Farol",
    "Convento", "Fontainhas", "Palmeira", "Magnólia", "Camélia", "Oliveira",
]
MADEIRA_CORE = ["Laurissilva", "Funchalense", "Madeirense", "Ilha Dourada",
                "Pico do Areeiro", "Levada", "Atlântico Sul", "Bordal",
                "Cabo Girão", "Porto Santo", "Monte Palace", "Lido"]
BUILDING_NAMES = [
    "Atlântico", "Boavista Plaza", "Solar das Camélias", "Torre Norte",
    "Jardins da Foz", "Residencial Parque", "Miradouro", "Mar à Vista",
    "Sol Poente", "Quinta das Rosas", "Alto do Sol", "Império",
    "Avenida Park", "Santa Luzia", "Douro Vista", "Palácio", "Cidade Jardim",
    "Primavera", "Belo Horizonte", "Panorama", "Nova Cidade", "Bela Vista",
    "Lumiar Park", "Oceanus", "Vila Verde", "Terraços do Rio", "Monte Belo",
    "Torres do Mar", "Jardim Botânico", "Alvorada", "Cruzeiro", "Estrela Polar",
    "Alameda", "Galeria", "Marquês", "Parque Real", "Quinta do Lago",
    "Porta do Sol", "Colinas", "Atrium", "Varandas do Tejo", "Laranjeiras",
]
ASSOC_PATTERNS = [
    ("associacao", "Associação Recreativa e Cultural de {p}"),
    ("associacao", "Associação de Moradores de {p}"),
    ("associacao", "Associação de Pais da Escola Básica de {p}"),
    ("associacao", "Rancho Folclórico de {p}"),
    ("associacao", "Associação Cultural {c}"),
    ("associacao", "Banda Filarmónica de {p}"),
    ("associacao", "Associação de Comerciantes de {p}"),
    ("ipss", "Centro Social de {p}"),
    ("ipss", "Associação de Solidariedade Social {c}"),
    ("ipss", "Centro de Dia de {p}"),
    ("ipss", "Cooperativa de Solidariedade Social {c}, CRL"),
    ("ipss", "Fundação {s}"),
    ("ipss", "Associação de Apoio à Infância de {p}"),
    ("ipss", "Lar Nossa Senhora da {v}"),
    ("clube", "Grupo Desportivo de {p}"),
    ("clube", "Clube de Futebol {c}"),
    ("clube", "Clube de Ténis {c}"),
    ("clube", "Clube de Caçadores de {p}"),
    ("clube", "Associação Desportiva {c}"),
    ("clube", "Clube de Xadrez {c}"),
    ("clube", "Clube Náutico de {p}"),
]
OUR_LADIES = ["Conceição", "Graça", "Paz", "Luz", "Guia", "Saúde", "Esperança",
              "Boa Viagem", "Piedade", "Ajuda", "Assunção", "Natividade"]

ADMIN_NAMES = [  # administradoras de condomínios (invented)
    ("GestiPrédio", "porto"), ("Condominius Norte", "porto"),
    ("Administra Mais", "gaia"), ("CondoGest Invicta", "porto"),
    ("Predial Minho", "braga"), ("Bracondo", "braga"),
    ("Lisgest Condomínios", "lisboa"), ("Alfama Gestão Predial", "lisboa"),
    ("Condoeste", "oeiras"), ("InsulaGest", "funchal"), ("Matosgest", "matosinhos"),
    ("Gestão Predial Avenidas", "lisboa"),
]

GROUP_STEMS = [  # groups of companies (invented)
    ("Grupo Ferreira Lopes", "Ferreira Lopes", "ferreiralopes"),
    ("Grupo Vale do Cávado", "Vale do Cávado", "valedocavado"),
    ("Grupo Atlântida", "Atlântida", "atlantida-grupo"),
    ("Grupo Sousa Meireles", "Sousa Meireles", "sousameireles"),
    ("Grupo Nortemar", "Nortemar", "nortemar"),
    ("Grupo Lusoterra", "Lusoterra", "lusoterra"),
    ("Grupo Quintela & Filhos", "Quintela", "quintelaefilhos"),
    ("Grupo Barbosa Teixeira", "Barbosa Teixeira", "barbosateixeira"),
    ("Grupo Sete Colinas", "Sete Colinas", "setecolinas"),
    ("Grupo Insular", "Insular", "grupoinsular"),
    ("Grupo Magalhães Sampaio", "Magalhães Sampaio", "magalhaessampaio"),
    ("Grupo Minhoto", "Minhoto", "grupominhoto"),
    ("Grupo Tejo Sul", "Tejo Sul", "tejosul"),
    ("Grupo Peixoto Amorim", "Peixoto Amorim", "peixotoamorim"),
    ("Grupo Alto Douro", "Alto Douro", "altodouro-grupo"),
    ("Grupo Costa Veloso", "Costa Veloso", "costaveloso"),
]
GROUP_UNITS = [
    ("{s} - Construções", "lda"), ("{s} Imobiliária", "lda"), ("{s}, SGPS", "sa"),
    ("{s} Transportes", "lda"), ("{s} Distribuição", "sa"), ("{s} Hotelaria", "lda"),
    ("{s} - Gestão de Imóveis", "lda"), ("{s} Agrícola", "lda"),
    ("{s} Serviços Partilhados", "unip"), ("{s} Têxteis", "sa"),
    ("{s} Energia", "lda"), ("{s} Restauração", "lda"),
]

ORG_ABBR = [  # (long, short) as written by people / payroll exports
    ("Condomínio do Edifício", "Cond. Edif."), ("Condomínio do Prédio", "Cond. Prédio"),
    ("Condomínio", "Cond."), ("Associação", "Assoc."), ("Construções", "Const."),
    ("Comércio", "Com."), ("Sociedade", "Soc."), ("Transportes", "Transp."),
    ("Restaurante", "Rest."), ("Mediação Imobiliária", "Med. Imob."),
    ("Imobiliária", "Imob."), ("Distribuição", "Distrib."),
    ("Recreativa e Cultural", "Rec. e Cult."), ("Solidariedade Social", "Solid. Social"),
    ("Desportivo", "Desp."), ("Desportiva", "Desp."), ("Clínica Dentária", "Clín. Dent."),
    ("Serviços", "Serv."), ("Informática", "Inf."), ("Consultoria", "Consult."),
    ("Herança Indivisa", "Her. Indivisa"), ("Herança", "Her."),
    ("Cabeça de Casal da Herança", "Cab. Casal Her."),
    ("Filarmónica", "Filarm."), ("Cooperativa", "Coop."), ("Centro Social", "C. Social"),
    ("Irmãos", "Irm."), ("Engenharia", "Eng."), ("Gestão", "Gest."),
    ("Metalomecânica", "Metalomec."), ("Carpintaria", "Carp."),
]

LEGAL_FORMS = {
    "lda": {"std": ", Lda", "dot": ", Lda.", "nocomma": " Lda", "upper": " LDA",
            "long": ", Limitada", "lda_a": ", L.da", "none": ""},
    "unip": {"std": ", Unipessoal Lda", "dot": " - Unipessoal, Lda.", "nocomma": " Unipessoal Lda",
             "upper": " UNIPESSOAL LDA", "long": ", Unipessoal Limitada", "lda_a": " Unip. Lda",
             "none": ""},
    "sa": {"std": ", S.A.", "dot": ", SA", "nocomma": " SA", "upper": " S.A.",
           "long": ", Sociedade Anónima", "lda_a": " S. A.", "none": ""},
    "sprl": {"std": ", SP, RL", "dot": ", S.P., R.L.", "nocomma": " SP RL", "upper": " SP, RL",
             "long": ", Sociedade Profissional de Responsabilidade Limitada", "lda_a": " SP RL",
             "none": ""},
}

# ---------------------------------------------------------------------------
# 4. Text utilities
# ---------------------------------------------------------------------------

PARTICLES = ("de", "da", "do", "dos", "das", "e", "d'")


def strip_accents(s):
    if s is None:
        return None
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))


def strip_accents_keep_ord(s):
    """João -> Joao, 3º stays 3º (keyboard without dead keys)."""
    if s is None:
        return None
    res = []
    for c in s:
        if c in "ºª":
            res.append(c)
            continue
        d = unicodedata.normalize("NFKD", c)
        res.append("".join(x for x in d if not unicodedata.combining(x)))
    return "".join(res)


def mangle_char(c):
    if ord(c) < 128:
        return c
    try:
        return c.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return c


def mojibake(s):
    """UTF-8 bytes read as Windows-1252: João -> JoÃ£o."""
    if s is None:
        return None
    return "".join(mangle_char(c) for c in s)


def qmark(s):
    """lossy code-page conversion: João -> Jo?o"""
    if s is None:
        return None
    return "".join(c if ord(c) < 128 else "?" for c in s)


MOJI_SRC = "áàâãäéèêëíìîïóòôõöúùûüçñÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇѺª"
MOJI_TABLE = sorted(((mangle_char(c), c) for c in MOJI_SRC if mangle_char(c) != c),
                    key=lambda t: (-len(t[0]), t[0]))


def fold(s):
    """comparison key: mojibake repaired, accents removed, casefolded"""
    if s is None:
        return ""
    for bad, good in MOJI_TABLE:
        if bad in s:
            s = s.replace(bad, good)
    s = s.replace("º", " ").replace("ª", " ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().strip()


def pt_title(s):
    """Title case the Portuguese way: particles stay lower case."""
    if s is None:
        return None
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in ("de", "da", "do", "dos", "das", "e", "a", "o"):
            out.append(lw)
        elif lw in ("lda", "lda.", "sa", "s.a.", "sgps", "crl", "sp,", "rl"):
            out.append({"lda": "Lda", "lda.": "Lda.", "sa": "SA", "s.a.": "S.A.",
                        "sgps": "SGPS", "crl": "CRL", "sp,": "SP,", "rl": "RL"}[lw])
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


KEY_NEIGH = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh",
    "u": "yij", "i": "uok", "o": "ipl", "p": "ol", "a": "qsz", "s": "adw",
    "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy", "j": "hku", "k": "jli",
    "l": "ko", "z": "xa", "x": "zc", "c": "xv", "v": "cb", "b": "vn",
    "n": "bm", "m": "n",
}


def typo(s, rng):
    """one realistic keyboard slip inside a word (never the first letter)"""
    if not s:
        return s
    idx = [i for i in range(1, len(s)) if s[i].isalpha() and s[i - 1].isalpha()]
    if not idx:
        return s
    for _ in range(8):
        i = rng.choice(idx)
        op = rng.choice(["swap", "drop", "double", "neigh", "neigh"])
        c = s[i]
        if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
            t = s[:i] + s[i + 1] + c + s[i + 2:]
        elif op == "drop":
            t = s[:i] + s[i + 1:]
        elif op == "double":
            t = s[:i] + c + s[i:]
        else:
            base = strip_accents(c.lower())
            nb = KEY_NEIGH.get(base)
            if not nb:
                continue
            r = rng.choice(nb)
            t = s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
        if t != s and fold(t) != fold(s):
            return t
    return s


def fmt_phone(d, style):
    """d: 9 national digits"""
    if d is None:
        return None
    a, b, c = d[:3], d[3:6], d[6:]
    if style == "spaced":
        return f"{a} {b} {c}"
    if style == "pairs":
        if d[0] == "2" and d[1] in "12":
            return f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"
        return f"{a} {b} {c}"
    if style == "plain":
        return d
    if style == "cc_spaced":
        return f"+351 {a} {b} {c}"
    if style == "cc_plain":
        return "+351" + d
    if style == "intl00":
        return f"00351 {d}"
    if style == "dashed":
        return f"{a}-{b}-{c}"
    if style == "paren":
        return f"(+351) {a} {b} {c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "cc_dashed":
        return f"+351-{a}-{b}-{c}"
    raise ValueError(style)


def digit_off(d, rng):
    i = rng.randrange(3, 9)
    nd = str((int(d[i]) + rng.choice([1, 2, 8, 9])) % 10)
    return d[:i] + nd + d[i + 1:]


# ----- comparators (README documents them; check.py re-implements them) -----

def email_key(e):
    return e.strip().casefold() if e else None


def phone_keys(p):
    if not p:
        return []
    keys = []
    for part in re.split(r"[/;,]| ou ", p):
        dg = re.sub(r"\D", "", part)
        if dg.startswith("00351"):
            dg = dg[5:]
        elif dg.startswith("351") and len(dg) == 12:
            dg = dg[3:]
        if len(dg) == 9:
            keys.append(dg)
    return sorted(set(keys))


ADDR_ABBR = {"r": "rua", "av": "avenida", "avda": "avenida", "trav": "travessa",
             "tv": "travessa", "lg": "largo", "lgo": "largo", "pc": "praca",
             "pca": "praca", "urb": "urbanizacao", "estr": "estrada", "est": "estrada",
             "al": "alameda", "calc": "calcada", "cc": "calcada", "cam": "caminho",
             "bc": "beco", "qta": "quinta", "pct": "praceta", "rot": "rotunda",
             "ver": "vereda"}
ADDR_STOP = {"de", "da", "do", "dos", "das", "e", "n", "no", "numero", "num"}
ADDR_FLOOR = {"esq", "esquerdo", "esqdo", "dto", "dt", "dir", "direito", "dta",
              "rc", "res", "chao", "andar", "frente", "fte", "tras", "loja", "cave",
              "sub", "cv", "piso", "bloco", "fraccao", "fracao", "apartamento",
              "apto", "ap", "hab", "habitacao", "porta", "lote", "sala", "escritorio",
              "lj", "sl", "centro", "cto"}


def addr_parts(a):
    text = (a.get("line1") or "") + " " + (a.get("line2") or "")
    t = fold(text)
    t = re.sub(r"\br\s*/\s*c\b", " rc ", t)
    toks = re.findall(r"[a-z0-9]+", t)
    words, nums = [], []
    for tok in toks:
        if tok.isdigit():
            nums.append(tok)
            continue
        tok = ADDR_ABBR.get(tok, tok)
        if tok in ADDR_STOP or tok in ADDR_FLOOR or len(tok) < 2:
            continue
        if any(ch.isdigit() for ch in tok):
            continue
        words.append(tok)
    pcd = re.sub(r"\D", "", a.get("postalCode") or "")
    pc4 = pcd[:4] if len(pcd) >= 4 else None
    city = fold(a.get("city")) or None
    return " ".join(words), (nums[0] if nums else None), pc4, city


def addr_shared(a, b):
    if not a or not b:
        return False
    sa, na, pa, ca = addr_parts(a)
    sb, nb, pb, cb = addr_parts(b)
    if not sa or not sb:
        return False
    if SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    if na != nb:
        return False
    pc_cmp = bool(pa and pb)
    city_cmp = bool(ca and cb)
    if pc_cmp and pa == pb:
        return True
    if city_cmp and ca == cb:
        return True
    return not pc_cmp and not city_cmp


NAME_DROP = {"de", "da", "do", "dos", "das", "e", "lda", "limitada", "sa",
             "unipessoal", "unip", "sociedade", "soc", "anonima", "sr", "sra",
             "dr", "dra", "eng", "dona", "prof", "ld"}


def name_tokens(s):
    if not s:
        return []
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s)
    toks = re.findall(r"[a-z0-9]+", fold(s))
    return [t for t in toks if t not in NAME_DROP and len(t) > 1]


def name_sim(a, b):
    ka, kb = " ".join(sorted(name_tokens(a))), " ".join(sorted(name_tokens(b)))
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()


def family_last(f):
    toks = [t for t in re.findall(r"[a-z]+", fold(f)) if t not in ("junior", "jr", "filho", "neto", "fo")]
    return toks[-1] if toks else None


def email_domain(e):
    if not e or "@" not in e:
        return None
    return e.strip().casefold().rsplit("@", 1)[1]

# ---------------------------------------------------------------------------
# 5. Entities (the truth behind the records)
# ---------------------------------------------------------------------------

USED_IDS = set()
USED_EMAILS = set()
USED_PHONES = set()
USED_NAMEKEYS = set()
USED_DOMAINS = set()


def new_eid():
    while True:
        e = "c" + "".join(RNG.choice("0123456789abcdef") for _ in range(7))
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def wchoice(pairs):
    """pairs: list of (item, weight)"""
    tot = sum(w for _, w in pairs)
    x = RNG.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def pick_place(region=None):
    cands = [p for p in PLACES if region is None or p["distrito"] in region]
    return wchoice([(p["key"], p["w"]) for p in cands])


def nearby_place(key):
    """another locality of the same distrito (moves, branches)"""
    d = PLACE[key]["distrito"]
    cands = [p for p in PLACES if p["distrito"] == d and p["key"] != key]
    if not cands:
        return key
    return wchoice([(p["key"], p["w"]) for p in cands])


def other_city_place(key):
    """a locality in another concelho (namesakes elsewhere)"""
    c = PLACE[key]["concelho"]
    cands = [p for p in PLACES if p["concelho"] != c]
    return wchoice([(p["key"], p["w"]) for p in cands])


# ----- phones -----

def new_mobile():
    while True:
        d = "9" + RNG.choice("11122333666") + "".join(RNG.choice("0123456789") for _ in range(7))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


def new_landline(place_key):
    pre = PLACE[place_key]["land"] if place_key in PLACE else "21"
    while True:
        first = RNG.choice("2345678" if len(pre) == 2 else "0123456789")
        d = pre + first + "".join(RNG.choice("0123456789") for _ in range(8 - len(pre)))
        if d not in USED_PHONES:
            USED_PHONES.add(d)
            return d


# ----- addresses -----

def rand_floor(kind):
    r = RNG.random()
    if kind == "home":
        if r < 0.38:
            return None
        if r < 0.48:
            return {"lvl": "RC", "n": None, "side": RNG.choice(["Esq", "Dto", None])}
        return {"lvl": str(RNG.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8])), "n": None,
                "side": RNG.choice(["Esq", "Dto", "Esq", "Dto", "Frente", "Trás", "Centro"])}
    if kind == "shop":
        if r < 0.35:
            return {"lvl": "Loja", "n": str(RNG.randint(1, 24)), "side": None}
        if r < 0.7:
            return {"lvl": "RC", "n": None, "side": None}
        return None
    if kind == "office":
        if r < 0.35:
            return None
        if r < 0.65:
            return {"lvl": str(RNG.randint(1, 9)), "n": None, "side": RNG.choice(["Esq", "Dto", "Frente", None])}
        return {"lvl": "Sala", "n": str(RNG.randint(1, 40)), "side": None,
                "sub": str(RNG.randint(1, 6))}
    return None


def rand_number(stype, sname):
    if stype == "Avenida" and sname in ("da Boavista", "da República", "Fernão de Magalhães", "Almirante Reis"):
        return str(RNG.randint(1, 2200))
    r = RNG.random()
    if r < 0.55:
        return str(RNG.randint(1, 150))
    if r < 0.85:
        return str(RNG.randint(150, 600))
    return str(RNG.randint(600, 1900))


def new_address(place_key, kind="home"):
    pl = PLACE[place_key]
    if pl["streets"] and (not pl["bairros"] or RNG.random() < 0.8):
        stype, sname, cp4, bairro = RNG.choice(pl["streets"])
    else:
        stype, sname = RNG.choice(GENERIC_STREETS)
        cp4 = RNG.choice(pl["cp4"])
        bairro = RNG.choice(pl["bairros"]) if pl["bairros"] else RNG.choice(pl["streets"])[3]
    lote = stype == "Urbanização"
    num = str(RNG.randint(1, 60)) if lote else rand_number(stype, sname)
    if not lote and RNG.random() < 0.02 and kind == "home":
        num = None  # sem número
    floor = rand_floor("home" if kind == "building" else kind)
    if kind == "building":
        floor = None
    cp3 = "%03d" % RNG.randint(0, 999)
    return {"country": "PT", "stype": stype, "sname": sname, "num": num, "lote": lote,
            "floor": floor, "cp4": cp4, "cp3": cp3, "locality": pl["locality"],
            "concelho": pl["concelho"], "bairro": bairro, "distrito": pl["distrito"],
            "place": place_key}


def new_foreign_address():
    fp = RNG.choice(FOREIGN_PLACES)
    return {"country": fp["country"], "street": RNG.choice(fp["streets"]),
            "num": str(RNG.randint(2, 180)), "pc": fp["pc"], "city": fp["city"],
            "region": fp["region"], "names": fp["names"], "floor": None,
            "place": None}


# ----- names -----

def slug(s, sep=""):
    s = strip_accents(s or "").lower()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return sep.join(s.split())


def pick_surnames(origin):
    n = wchoice([(1, 0.05), (2, 0.45), (3, 0.38), (4, 0.12)])
    if origin == "ua":
        return [RNG.randrange(len(UA_SURNAMES))]
    if origin == "br":
        pool, ppool = BR_SURNAMES, BR_PARTICLE
        n = min(n, 3)
    elif origin == "cv":
        pool, ppool = CV_SURNAMES, ["da Silva", "dos Santos", "de Pina", "da Veiga"]
        n = min(n, 3)
    elif origin == "ao":
        pool, ppool = AO_SURNAMES, ["dos Santos", "da Costa", "de Almeida"]
        n = min(n, 3)
    elif origin == "mad":
        pool = MADEIRA_SURNAMES + PT_SURNAMES[:30]
        ppool = MADEIRA_PARTICLE + PT_PARTICLE_SURNAMES[:8]
    else:
        pool, ppool = PT_SURNAMES, PT_PARTICLE_SURNAMES
    out = []
    while len(out) < max(n, 1):
        s = RNG.choice(ppool) if RNG.random() < 0.22 else RNG.choice(pool)
        last = s.split()[-1]
        if any(o.split()[-1] == last for o in out):
            continue
        out.append(s)
    if len(out) >= 2 and out[-1].startswith(("de ", "da ", "do ", "dos ", "das ")) and RNG.random() < 0.5:
        out[-1], out[0] = out[0], out[-1]
    return out


def pick_given(origin, gender):
    if origin == "ua":
        pool = UA_MALE if gender == "m" else UA_FEMALE
        return RNG.randrange(len(pool))
    if origin == "br":
        return RNG.choice(BR_MALE if gender == "m" else BR_FEMALE)
    if origin == "cv":
        return RNG.choice(CV_MALE if gender == "m" else CV_FEMALE)
    if origin == "ao":
        return RNG.choice(AO_MALE if gender == "m" else AO_FEMALE)
    simple = PT_MALE if gender == "m" else PT_FEMALE
    comp = PT_MALE_COMPOUND if gender == "m" else PT_FEMALE_COMPOUND
    if RNG.random() < 0.38:
        return RNG.choice(comp)
    g = RNG.choice(simple)
    if RNG.random() < 0.12:  # two simple given names
        g2 = RNG.choice(simple)
        if g2 != g:
            g = g + " " + g2
    return g


def person_full_plain(p, variant=0):
    g, s = person_given_surn(p, variant)
    return g + " " + " ".join(s)


def person_given_surn(p, variant=0):
    if p["origin"] == "ua":
        pool = UA_MALE if p["gender"] == "m" else UA_FEMALE
        g = pool[p["given"]][variant]
        s = [UA_SURNAMES[i][variant] for i in p["surnames"]]
        return g, s
    g = p["given"]
    s = list(p["surnames"])
    if variant and p["origin"] == "br":
        s = [x.replace("Souza", "Sousa").replace("Batista", "Baptista").replace("Queiroz", "Queirós") for x in s]
        g = g.replace("Luiz", "Luís").replace("Thiago", "Tiago")
    if variant and p["origin"] in ("cv", "ao"):
        g = strip_accents(g) if variant == 1 else g
    return g, s


def new_person(origin=None, gender=None, place=None, surnames=None, unique=True):
    if origin is None:
        if place and PLACE[place]["distrito"] == "Madeira":
            origin = "mad" if RNG.random() < 0.88 else wchoice([("pt", 6), ("br", 3), ("ua", 1)])
        else:
            origin = wchoice([("pt", 76), ("br", 11), ("cv", 4), ("ao", 4), ("ua", 5)])
    if gender is None:
        gender = RNG.choice("mf")
    for _ in range(50):
        go = "pt" if origin == "mad" else origin
        p = {"origin": origin, "gender": gender, "given": pick_given(go, gender),
             "surnames": list(surnames) if surnames else pick_surnames(origin),
             "suffix": None, "married_extra": None}
        key = fold(person_full_plain(p))
        if not unique or key not in USED_NAMEKEYS:
            USED_NAMEKEYS.add(key)
            return p
    return p


def first_given(p, variant=0):
    g, _ = person_given_surn(p, variant)
    return g.split(" ")[0]


# ----- e-mails -----

def register_email(e):
    if e in USED_EMAILS:
        return False
    USED_EMAILS.add(e)
    return True


def personal_email(p, pool=None):
    if pool is None:
        pool = FREEMAIL_BR if p["origin"] == "br" else FREEMAIL_UA if p["origin"] == "ua" else FREEMAIL_PT
    g, s = person_given_surn(p)
    gl = slug(g.split(" ")[0])
    g2 = slug(g.split(" ")[1]) if " " in g and g.split(" ")[1] not in ("do", "da", "de") else None
    last = slug(s[-1].split(" ")[-1])
    mid = slug(s[-2].split(" ")[-1]) if len(s) >= 2 else None
    yy = str(RNG.choice(list(range(60, 100)) + list(range(0, 8)))).zfill(2)
    pats = [f"{gl}.{last}", f"{gl}{last}", f"{gl}_{last}", f"{gl}.{last}{yy}",
            f"{gl[0]}{last}", f"{last}.{gl}", f"{gl}{last}{RNG.randint(1, 99)}",
            f"{gl}.{mid}.{last}" if mid else f"{gl}.{last}.{yy}",
            f"{gl}{g2}{last}" if g2 else f"{gl}{yy}{last}",
            f"{gl[0]}{mid or ''}{last}", f"{gl}-{last}", f"{gl}{yy}"]
    for _ in range(40):
        loc = RNG.choice(pats)
        dom = RNG.choice(pool)
        e = f"{loc}@{dom}"
        if register_email(e):
            return e
        pats.append(f"{gl}.{last}{RNG.randint(100, 999)}")
    raise RuntimeError("email")


DOMAIN_STOP = {"de", "da", "do", "dos", "das", "e", "o", "a", "lda", "sa"}


def make_domain(words, tld=None):
    ws = [w for w in slug(words, " ").split() if w not in DOMAIN_STOP] or slug(words, " ").split()
    base = "".join(ws)
    if len(base) > 18:
        base = ws[0] + "-" + ws[-1] if len(ws[0]) + len(ws[-1]) <= 20 else "".join(w[0] for w in ws[:-1]) + ws[-1]
    if len(ws) == 1 and not tld:
        base = base + RNG.choice(["-lda", "online", "-grupo", "net"])
    for i in range(30):
        t = tld or wchoice([(".pt", 70), (".com.pt", 15), (".com", 15)])
        cand = base + ("" if i == 0 else RNG.choice(["-", ""]) + RNG.choice(["lda", "pt", "net", "grupo", str(RNG.randint(2, 99))])) + t
        if cand not in USED_DOMAINS:
            USED_DOMAINS.add(cand)
            return cand
    raise RuntimeError("domain")


def org_email(domain, local=None):
    for loc in ([local] if local else []) + ["geral", "info", "contabilidade", "financeiro",
                                             "escritorio", "administrativo", "faturacao",
                                             "secretaria", "admin", "contacto"]:
        e = f"{loc}@{domain}"
        if register_email(e):
            return e
    raise RuntimeError("org email")


def staff_email(domain, p):
    g, s = person_given_surn(p)
    gl, last = slug(g.split(" ")[0]), slug(s[-1].split(" ")[-1])
    for loc in [f"{gl}.{last}", f"{gl[0]}{last}", f"{gl}", f"{gl}.{last}{RNG.randint(1, 9)}"]:
        e = f"{loc}@{domain}"
        if register_email(e):
            return e
    raise RuntimeError("staff email")


def small_biz_gmail(name_words, place_key):
    base = slug(name_words, RNG.choice([".", "", "_"]))[:28].strip("._")
    city = slug(PLACE[place_key]["locality"])[:12]
    for cand in [base, f"{base}.{city}", f"{base}{RNG.randint(1, 99)}", f"{base}.{city}{RNG.randint(1, 9)}"]:
        e = cand + "@" + RNG.choice(["gmail.com", "gmail.com", "sapo.pt", "hotmail.com"])
        if register_email(e):
            return e
    raise RuntimeError("biz gmail")


def base_entity(kind, place):
    party = "person" if kind in ("person", "couple", "eni") else "org"
    return {"eid": new_eid(), "kind": kind, "party": party, "place": place,
            "person": None, "A": None, "B": None, "trade": None, "org": None,
            "contacts": [], "emails": [], "phones": [], "addresses": [],
            "fiscal": 0, "nform0": "full", "flags": {}, "ex": None}


def pick_nform0(p):
    n = len(person_given_surn(p)[1])
    if n <= 2:
        return wchoice([("full", 90), ("short", 10)])
    return wchoice([("full", 55), ("std", 35), ("short", 10)])


def ent_person(place=None, origin=None, gender=None, nonresident=False):
    place = place or pick_place()
    T = base_entity("person", place)
    p = new_person(origin, gender, place)
    T["person"] = p
    T["nform0"] = pick_nform0(p)
    if nonresident:
        rep = new_person("pt", RNG.choice("mf"), place, surnames=[RNG.choice(PT_SURNAMES), p["surnames"][-1]])
        T["flags"]["rep"] = rep
        T["emails"] = [personal_email(rep), personal_email(p, ["gmail.com", "hotmail.fr", "orange.fr", "gmx.ch", "free.fr"])]
        T["phones"] = [new_mobile()]
        T["addresses"] = [new_foreign_address(), new_address(place, "home")]
        T["flags"]["nonresident"] = True
        return T
    T["emails"] = [personal_email(p)]
    T["phones"] = [new_mobile()]
    if RNG.random() < 0.3:
        T["phones"].append(new_landline(place))
    T["addresses"] = [new_address(place, "home")]
    return T


def ent_couple(place=None):
    place = place or pick_place()
    T = base_entity("couple", place)
    ga = "m" if RNG.random() < 0.85 else "f"
    origin = None
    A = new_person(None, ga, place)
    B = new_person(A["origin"] if A["origin"] != "ua" else "ua", "f" if ga == "m" else "m", place)
    if A["origin"] not in ("ua",) and B["origin"] not in ("ua",) and RNG.random() < 0.45:
        last = A["surnames"][-1]
        if last not in B["surnames"]:
            B["surnames"] = B["surnames"][-2:] + [last] if len(B["surnames"]) > 2 else B["surnames"] + [last]
    T["A"], T["B"] = A, B
    T["nform0"] = "std"
    T["flags"]["couple0"] = wchoice([("both_short", 60), ("both_full", 40)])
    if RNG.random() < 0.35:
        _, sa = person_given_surn(A)
        fam = slug(sa[-1].split()[-1])
        for _ in range(10):
            e = f"{RNG.choice(['familia', 'casa', 'fam'])}{RNG.choice(['.', '', '_'])}{fam}{RNG.choice(['', str(RNG.randint(1, 99))])}@{RNG.choice(FREEMAIL_PT)}"
            if register_email(e):
                break
        T["emails"] = [e, personal_email(A), personal_email(B)]
    else:
        T["emails"] = [personal_email(A), personal_email(B)]
    T["phones"] = [new_mobile(), new_mobile()]
    if RNG.random() < 0.35:
        T["phones"].append(new_landline(place))
    T["addresses"] = [new_address(place, "home")]
    return T


def ent_eni(place=None):
    place = place or pick_place()
    T = base_entity("eni", place)
    p = new_person(None, None, place)
    T["person"] = p
    T["nform0"] = pick_nform0(p)
    if PLACE[place]["distrito"] == "Madeira" and RNG.random() < 0.4:
        T["trade"] = RNG.choice(MADEIRA_TRADES)
    else:
        T["trade"] = RNG.choice(ENI_TRADES)
    if RNG.random() < 0.3:
        _, s = person_given_surn(p)
        T["emails"] = [small_biz_gmail(T["trade"] + " " + s[-1].split()[-1], place), personal_email(p)]
    else:
        T["emails"] = [personal_email(p)]
    T["phones"] = [new_mobile()]
    if RNG.random() < 0.35:
        T["phones"].append(new_landline(place))
    if RNG.random() < 0.4:
        T["addresses"] = [new_address(place, "shop"), new_address(place, "home")]
        T["fiscal"] = 1
        T["flags"]["shop"] = 0
    else:
        T["addresses"] = [new_address(place, "home")]
    return T


def company_name(place, madeira):
    bt = RNG.choice(BUSINESS_TYPES + (MADEIRA_BUSINESS if madeira else []))
    core = RNG.choice(CORE_NAMES + (MADEIRA_CORE if madeira else []))
    s1 = RNG.choice(PT_SURNAMES + (MADEIRA_SURNAMES if madeira else []))
    s2 = RNG.choice(PT_SURNAMES)
    pat = wchoice([("P1", 30), ("P2", 14), ("P3", 18), ("P4", 12), ("P5", 8), ("P6", 12), ("P7", 3)])
    legal = wchoice([("lda", 78), ("sa", 8), ("unip", 14)])
    shop = bt[2]
    bt1 = bt[0].split(" ")[0].split("-")[0]
    owner = None
    if pat == "P1":
        base, stem, dw = f"{bt[0]} {core}", core, f"{core} {bt1}"
    elif pat == "P2":
        base = RNG.choice([f"{s1} & Filhos", f"Irmãos {s1}", f"{s1} & {s2}", f"{s1} & Irmão",
                           f"Viúva de {RNG.choice(PT_MALE)} {s1}", f"{s1}, {s2} & Cª"])
        stem, shop = s1, False
        dw = base.replace("&", " ").replace("Cª", "")
    elif pat == "P3":
        base = RNG.choice([f"{bt[0]} {s1}", f"{bt[0]} {s1} & {s2}", f"{bt[0]} {s1} {s2}"])
        stem, dw = s1, f"{bt1} {s1}"
    elif pat == "P4":
        base, stem, dw = f"{core} - {bt[0]}", core, f"{core} {bt1}"
    elif pat == "P5":
        ini = "".join(RNG.choice("ABCDEFGJLMNPRST") for _ in range(RNG.choice([2, 3, 3])))
        base, stem, dw = f"{ini} - {bt[0]}", ini, f"{ini} {bt1}"
    elif pat == "P6":
        g = RNG.choice(PT_MALE + PT_FEMALE)
        base, stem, legal, dw = f"{g} {s1} - {bt[0]}", s1, "unip", f"{g} {s1} {bt1}"
        owner = (g, s1)
    else:
        base = f"{s1}, {s2} & Associados - Sociedade de Advogados"
        stem, legal, shop, dw = f"{s1}, {s2}", "sprl", False, f"{s1} {s2} advogados"
    return base, legal, stem, bt[0], shop, core, dw, owner


def ent_company(place=None, group=None, unit=None, force=None):
    place = place or pick_place()
    T = base_entity("company", place)
    madeira = PLACE[place]["distrito"] == "Madeira"
    dw, owner = None, None
    for _ in range(60):
        if group:
            base, legal = unit[0].format(s=group["stem"]), unit[1]
            stem, bt, shop, core = group["stem"], None, False, group["stem"]
        elif force:
            base, legal, stem, bt, shop, core = force
            dw = f"{core} {bt.split(' ')[0]} {PLACE[place]['locality']}"
        else:
            base, legal, stem, bt, shop, core, dw, owner = company_name(place, madeira)
        k = "org:" + fold(base)
        if k not in USED_NAMEKEYS or force:
            USED_NAMEKEYS.add(k)
            break
    T["org"] = {"base": base, "legal": legal, "stem": stem, "btype": bt, "core": core}
    g = new_person(None, None, place)
    if owner:
        g["given"] = owner[0] if g["origin"] not in ("ua",) else g["given"]
        if g["origin"] == "ua":
            g = new_person("pt", None, place)
            g["given"] = owner[0]
        g["gender"] = "f" if owner[0] in PT_FEMALE else "m"
        g["surnames"] = g["surnames"][-1:] + [owner[1]] if g["surnames"][-1] != owner[1] else [owner[1]]
    T["contacts"] = [g]
    if RNG.random() < 0.5:
        T["contacts"].append(new_person(None, None, place))
    if group:
        T["emails"] = [group["email"]]
        T["phones"] = [group["phone"]]
        T["addresses"] = [group["address"]]
        T["flags"]["group"] = group["id"]
        T["emails"].append(staff_email(group["domain"], g))
        T["phones"].append(new_mobile())
        return T
    if RNG.random() < 0.68:
        dom = make_domain(dw or base)
        T["flags"]["domain"] = dom
        T["emails"] = [org_email(dom), staff_email(dom, g)]
    else:
        T["emails"] = [small_biz_gmail(base, place), personal_email(g)]
    T["phones"] = [new_landline(place) if RNG.random() < 0.7 else new_mobile(), new_mobile()]
    kind = "shop" if shop else "office"
    T["addresses"] = [new_address(place, kind)]
    if shop:
        T["flags"]["shop"] = 0
    return T


ADMINS = []


def make_admins():
    for name, key in ADMIN_NAMES:
        dom = make_domain(name, ".pt")
        staff = [new_person("pt", None, key) for _ in range(3)]
        ADMINS.append({"name": name, "place": key, "domain": dom,
                       "email": org_email(dom, RNG.choice(["geral", "condominios", "gestao", "info"])),
                       "phone": new_landline(key), "office": new_address(key, "office"),
                       "staff": staff})


def ent_condo(place=None, admin=None, self_managed=False):
    if admin is not None:
        place = place or (admin["place"] if RNG.random() < 0.6 else nearby_place(admin["place"]))
    place = place or pick_place()
    T = base_entity("condominio", place)
    for _ in range(60):
        b = new_address(place, "building")
        if b["num"] is None:
            b["num"] = str(RNG.randint(1, 300))
        r = RNG.random()
        stype, sname = b["stype"], b["sname"]
        if stype == "Urbanização":
            base = f"Condomínio do Lote {b['num']} da {stype} {sname}"
        elif r < 0.5:
            base = f"Condomínio do Edifício {RNG.choice(BUILDING_NAMES)}"
        elif r < 0.8:
            base = f"Condomínio {stype} {sname}, {b['num']}"
        else:
            base = f"Condomínio do Prédio n.º {b['num']} da {stype} {sname}"
        k = "org:" + fold(base)
        if k not in USED_NAMEKEYS:
            USED_NAMEKEYS.add(k)
            break
    T["org"] = {"base": base, "legal": None, "stem": None, "btype": "Condomínio", "core": None}
    if admin is not None and not self_managed:
        T["flags"]["admin"] = ADMINS.index(admin)
        T["emails"] = [admin["email"]]
        T["phones"] = [admin["phone"]]
        T["addresses"] = [admin["office"], b]
        T["fiscal"] = 1
        T["contacts"] = [RNG.choice(admin["staff"])] if RNG.random() < 0.6 else []
    else:
        p = new_person(None, None, place)
        T["contacts"] = [p]
        T["emails"] = [personal_email(p)]
        T["phones"] = [new_mobile()]
        T["addresses"] = [b]
    return T


def ent_heranca(place=None):
    place = place or pick_place()
    T = base_entity("heranca", place)
    origin = "mad" if PLACE[place]["distrito"] == "Madeira" else "pt"
    dec = new_person(origin, "m" if RNG.random() < 0.65 else "f", place)
    if RNG.random() < 0.6:
        cc = new_person(origin, "f" if dec["gender"] == "m" else "m", place)
        if RNG.random() < 0.5:
            cc["surnames"] = cc["surnames"][-2:] + [dec["surnames"][-1]]
        T["flags"]["cc_spouse"] = True
    else:
        cc = new_person(origin, None, place, surnames=dec["surnames"][-2:] if len(dec["surnames"]) > 1 else dec["surnames"])
        T["flags"]["cc_spouse"] = False
    T["person"] = dec
    T["contacts"] = [cc]
    T["org"] = {"base": None, "legal": None, "stem": None, "btype": "Herança", "core": None}
    T["emails"] = [personal_email(cc)]
    T["phones"] = [new_mobile()]
    if RNG.random() < 0.4:
        T["phones"].append(new_landline(place))
    T["addresses"] = [new_address(place, "home")]
    return T


def ent_assoc(sub, place=None):
    place = place or pick_place()
    T = base_entity(sub, place)
    pl = PLACE[place]
    for _ in range(60):
        pat = RNG.choice([p for k, p in ASSOC_PATTERNS if k == sub])
        pname = RNG.choice(pl["bairros"] or [s[3] for s in pl["streets"]] or [pl["locality"]])
        if RNG.random() < 0.3:
            pname = pl["locality"]
        core = RNG.choice(CORE_NAMES)
        sname = f"{RNG.choice(PT_MALE + PT_FEMALE)} {RNG.choice(PT_SURNAMES)}"
        base = pat.format(p=pname, c=core, s=sname, v=RNG.choice(OUR_LADIES))
        k = "org:" + fold(base)
        if k not in USED_NAMEKEYS:
            USED_NAMEKEYS.add(k)
            break
    legal = None
    if base.endswith(", CRL"):
        base, legal = base[:-5], "crl"
    T["org"] = {"base": base, "legal": legal, "stem": None, "btype": sub, "core": core}
    T["contacts"] = [new_person(None, None, place)]
    if RNG.random() < 0.5:
        T["contacts"].append(new_person(None, None, place))
    if RNG.random() < 0.45:
        dom = make_domain(base)
        T["flags"]["domain"] = dom
        T["emails"] = [org_email(dom), staff_email(dom, T["contacts"][0])]
    else:
        T["emails"] = [small_biz_gmail(base, place), personal_email(T["contacts"][0])]
    T["phones"] = [new_landline(place) if RNG.random() < 0.6 else new_mobile(), new_mobile()]
    T["addresses"] = [new_address(place, "office")]
    return T


LEGAL_FORMS["crl"] = {"std": ", CRL", "dot": ", C.R.L.", "nocomma": " CRL", "upper": " CRL",
                      "long": ", Cooperativa de Responsabilidade Limitada", "lda_a": " C.R.L.", "none": ""}


def alt_email(T, who=None):
    """a new mailbox for this customer (appended, returns its index)"""
    if T["party"] == "org" and T["contacts"] and T["flags"].get("domain") and RNG.random() < 0.6:
        p = new_person(None, None, T["place"])
        e = staff_email(T["flags"]["domain"], p)
    else:
        p = who or (T["person"] if T["kind"] in ("person", "eni") else T["A"] if T["kind"] == "couple"
                    else (T["contacts"][0] if T["contacts"] else new_person(None, None, T["place"])))
        if T["kind"] == "heranca":
            p = T["contacts"][0]
        e = personal_email(p)
    T["emails"].append(e)
    return len(T["emails"]) - 1


def alt_phone(T):
    d = new_mobile() if RNG.random() < 0.7 else new_landline(T["place"])
    T["phones"].append(d)
    return len(T["phones"]) - 1


def alt_address(T):
    if T["flags"].get("nonresident"):
        a = new_foreign_address() if RNG.random() < 0.5 else new_address(T["place"], "home")
    else:
        pk = T["place"] if RNG.random() < 0.6 else nearby_place(T["place"])
        kind = "home" if T["party"] == "person" or T["kind"] == "heranca" else "office"
        a = new_address(pk, kind)
    T["addresses"].append(a)
    return len(T["addresses"]) - 1


def alt_contact(T):
    T["contacts"].append(new_person(None, None, T["place"]))
    return len(T["contacts"]) - 1


# ---------------------------------------------------------------------------
# 6. Rendering a record from (truth, variant choices, style dimensions)
# ---------------------------------------------------------------------------

FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone",
          "address", "address.line1", "address.line2", "address.city", "address.region",
          "address.postalCode", "address.country"]
NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
ADDR_SUB = ["address.line1", "address.line2", "address.city", "address.region",
            "address.postalCode", "address.country"]

DEFAULT_D = dict(ncase="asis", nacc="keep", order="normal", split="std", legal="std",
                 abbrev=False, amp="&", particles="keep", trunc=None, sfx=0, disamb=None, initials=None,
                 pfmt="spaced", ecase="lower", stype="full", apart="keep", floor="line2",
                 ffmt="ord", nfmt="comma", acase="asis", aacc="keep", ckind="concelho",
                 rfmt="distrito", pcfmt="full", cfmt="name_pt")


def default_v(T):
    return dict(nform=T["nform0"], nick=0, title=None, married=False, translit=0,
                couple=T["flags"].get("couple0", "both_short"), eni="dash",
                estate="heranca_de", contact=0 if T["contacts"] else None,
                email=0 if T["emails"] else None, phone=(0,) if T["phones"] else (),
                addr=0 if T["addresses"] else None, pc_wrong=None)


def drop_particles(s):
    return " ".join(w for w in s.split(" ") if w.lower() not in ("de", "da", "do", "dos", "das"))


def render_person(p, v, d, form=None):
    g, s = person_given_surn(p, v["translit"])
    form = form or v["nform"]
    if form == "full":
        gs, ss = g, list(s)
    elif form == "std":
        gs, ss = g, list(s[-2:])
    elif form == "short":
        gs, ss = g.split(" ")[0], list(s[-1:])
    elif form == "first_last2":
        gs, ss = g.split(" ")[0], list(s[-2:])
    elif form == "last_only":
        gs, ss = None, list(s[-1:])
    else:
        raise ValueError(form)
    if v["nick"] and gs:
        nk = NICKNAMES.get(g) or NICKNAMES.get(g.split(" ")[0])
        if nk:
            gs = nk[(v["nick"] - 1) % len(nk)]
    if v["married"] and p.get("married_extra"):
        ss = ss + [p["married_extra"]]
    if d["particles"] == "drop":
        gs = drop_particles(gs) if gs else gs
        ss = [drop_particles(x) for x in ss]
    if d["initials"] == "middle" and len(ss) > 1:
        # "Ana Rita F. S. Santos": middle surnames as initials (payroll field widths)
        ss = [x.split(" ")[-1][0] + "." for x in ss[:-1]] + ss[-1:]
    elif d["initials"] == "first" and gs:
        # "A. R. Santos"
        gs = " ".join(w[0] + "." for w in gs.split(" ") if w not in ("do", "da", "de", "dos", "das"))
    fam = " ".join(ss)
    last_unit = ss[-1]
    if p.get("suffix"):
        sf = SUFFIX_FORMS[p["suffix"]][d["sfx"] % len(SUFFIX_FORMS[p["suffix"]])]
        fam += " " + sf
        last_unit += " " + sf
    return gs, fam, last_unit


def split_names(gs, fam, last_unit, mode):
    if mode == "std":
        return gs, fam
    if mode == "first_token":
        toks = ((gs + " ") if gs else "").split() + fam.split()
        return toks[0], (" ".join(toks[1:]) or None)
    if mode == "swapped":
        return fam, gs
    if mode == "last_only":
        return gs, last_unit
    if mode == "none":
        return None, None
    raise ValueError(mode)


def apply_abbr(s):
    for long, short in ORG_ABBR:
        if long in s:
            s = s.replace(long, short)
    return s


def render_floor(f, ffmt):
    if not f:
        return None
    lvl = f["lvl"]
    if lvl == "RC":
        base = {"ord": "R/C", "plain": "RC", "words": "Rés-do-Chão", "at": "RC"}[ffmt]
    elif lvl == "Loja":
        base = {"ord": f"Loja {f['n']}", "plain": f"Loja {f['n']}", "words": f"Loja {f['n']}", "at": f"LJ {f['n']}"}[ffmt]
    elif lvl == "Sala":
        sub = f["sub"]
        base = {"ord": f"{sub}º Sala {f['n']}", "plain": f"{sub} Sala {f['n']}",
                "words": f"{sub}º Andar, Sala {f['n']}", "at": f"{sub} SL {f['n']}"}[ffmt]
    else:
        base = {"ord": f"{lvl}º", "plain": lvl, "words": f"{lvl}º Andar", "at": lvl}[ffmt]
    side = f.get("side")
    if side:
        sides = {"Esq": ("Esq.", "Esq", "Esquerdo", "ESQ"), "Dto": ("Dto", "Dto", "Direito", "DTO"),
                 "Frente": ("Frente", "Fte", "Frente", "FTE"), "Trás": ("Trás", "Tras", "Trás", "TRAS"),
                 "Centro": ("Centro", "Cto", "Centro", "CTO")}[side]
        base += " " + sides[["ord", "plain", "words", "at"].index(ffmt)]
    return base


def case_fn(mode):
    if mode == "upper":
        return lambda s: s.upper() if s else s
    if mode == "lower":
        return lambda s: s.lower() if s else s
    if mode == "naive_title":
        return lambda s: s.title() if s else s
    return lambda s: s


def acc_fn(mode):
    if mode == "strip":
        return strip_accents_keep_ord
    if mode == "mojibake":
        return mojibake
    if mode == "qmark":
        return qmark
    return lambda s: s


def render_addr(a, v, d):
    if a is None:
        return None
    cf, af = case_fn(d["acase"]), acc_fn(d["aacc"])
    if a["country"] != "PT":
        c = a["country"]
        if c in ("FR", "GB"):
            l1 = f"{a['num']} {a['street']}"
        elif c == "CH":
            l1 = f"{a['street']} {a['num']}"
        elif c == "LU":
            l1 = f"{a['num']}, {a['street']}"
        else:
            l1 = f"{a['street']}, {a['num']}"
        region = None if d["rfmt"] == "none" else a["region"]
        pc = None if d["pcfmt"] == "none" else a["pc"]
        ci = {"name_pt": 0, "name_local": 1, "code": 2, "upper": 3}
        country = None if d["cfmt"] == "none" else a["names"][ci[d["cfmt"]]]
        out = {"line1": l1, "line2": None, "city": a["city"], "region": region,
               "postalCode": pc, "country": country}
    else:
        stype = {"full": a["stype"], "abbr": STREET_ABBR[a["stype"]][0], "at": STREET_ABBR[a["stype"]][1]}[d["stype"]]
        sname = a["sname"]
        if d["apart"] == "drop":
            sname = re.sub(r"^(de|da|do|dos|das) ", "", sname)
        if a["lote"]:
            nump = f"Lote {a['num']}"
            sep = " " if d["nfmt"] == "space" else ", "
        elif a["num"] is None:
            nump, sep = "s/n", ", "
        else:
            nump = {"comma": a["num"], "n": f"nº {a['num']}", "n2": f"n.º {a['num']}", "space": a["num"]}[d["nfmt"]]
            sep = " " if d["nfmt"] == "space" else ", "
        l1 = f"{stype} {sname}{sep}{nump}"
        fl = render_floor(a["floor"], d["ffmt"])
        l2 = None
        if fl:
            if d["floor"] == "line2":
                l2 = fl
            elif d["floor"] == "merged":
                l1 = l1 + ", " + fl
            elif d["floor"] == "merged_dash":
                l1 = l1 + " - " + fl
        city = {"concelho": a["concelho"], "locality": a["locality"], "bairro": a["bairro"]}[d["ckind"]]
        region = {"distrito": a["distrito"], "long": REGION_LONG[a["distrito"]], "none": None}[d["rfmt"]]
        pc = v.get("pc_wrong") or f"{a['cp4']}-{a['cp3']}"
        pcs = {"full": pc, "short": pc[:4], "space": pc.replace("-", " "), "nodash": pc.replace("-", ""),
               "with_city": f"{pc} {a['locality']}", "none": None}[d["pcfmt"]]
        country = {"name_pt": "Portugal", "name_local": "Portugal", "code": "PT", "upper": "PORTUGAL", "none": None}[d["cfmt"]]
        out = {"line1": l1, "line2": l2, "city": city, "region": region, "postalCode": pcs, "country": country}
    for k in ("line1", "line2", "city", "region", "postalCode"):
        out[k] = af(cf(out[k]))
    if out["country"] and out["country"] not in ("PT", "FR", "CH", "LU", "GB", "BR", "AO"):
        out["country"] = af(cf(out["country"]))
    return out


def render(T, v, d):
    kind = T["kind"]
    disp = given = family = company = None
    if kind in ("person", "eni"):
        p = T["person"]
        gs, fam, lu = render_person(p, v, d)
        body = f"{gs} {fam}" if gs else fam
        if d["order"] == "last_first" and gs:
            body = f"{fam}, {gs}"
        if v["title"]:
            body = f"{v['title']} {body}"
        given, family = split_names(gs, fam, lu, d["split"])
        if kind == "eni":
            tr = T["trade"]
            if v["eni"] == "dash":
                body = f"{body} - {tr}"
            elif v["eni"] == "paren":
                body = f"{body} ({tr})"
            elif v["eni"] == "company":
                company = tr
        disp = body
    elif kind == "couple":
        A, B = T["A"], T["B"]
        ag, af_, alu = render_person(A, v, d)
        bg, bf, blu = render_person(B, v, d, form=v["nform"] if v["couple"] != "both_short" else "short")
        mode = v["couple"]
        if mode == "both_short":
            disp = f"{ag.split(' ')[0]} e {bg.split(' ')[0]} {af_}"
        elif mode == "both_full":
            disp = f"{ag} {af_} e {bg} {bf}"
        elif mode == "A_only":
            disp = f"{ag} {af_}" if d["order"] != "last_first" else f"{af_}, {ag}"
        else:
            disp = f"{bg} {bf}" if d["order"] != "last_first" else f"{bf}, {bg}"
        if mode == "B_only":
            given, family = split_names(bg, bf, blu, d["split"])
        else:
            given, family = split_names(ag, af_, alu, d["split"])
    else:
        if kind == "heranca":
            g, s = person_given_surn(T["person"])
            x = f"{g} {' '.join(s)}"
            if d["particles"] == "drop":
                x = drop_particles(x)
            base = {"heranca_de": f"Herança de {x}", "indivisa": f"Herança Indivisa de {x}",
                    "cabeca": f"Cabeça de Casal da Herança de {x}",
                    "obito": f"Herança Aberta por Óbito de {x}"}[v["estate"]]
        else:
            base = T["org"]["base"]
        if d["abbrev"]:
            base = apply_abbr(base)
        if d["amp"] == "e":
            base = base.replace(" & ", " e ")
        lg = T["org"]["legal"]
        if lg:
            base = base + LEGAL_FORMS[lg][d["legal"]]
        company = disp = base
        if v["contact"] is not None:
            c = T["contacts"][v["contact"]]
            cg, cs = person_given_surn(c)
            cfam = " ".join(cs[-2:])
            given, family = split_names(cg, cfam, cs[-1], d["split"])
    cf, af = case_fn(d["ncase"]), acc_fn(d["nacc"])
    disp, given, family, company = [af(cf(x)) if x else x for x in (disp, given, family, company)]
    if d["trunc"]:
        disp = disp[:d["trunc"]].rstrip(" ,-")
        if company:
            company = company[:d["trunc"]].rstrip(" ,-")
    if d["disamb"]:
        disp = disp + d["disamb"]
    email = None
    if v["email"] is not None:
        email = T["emails"][v["email"]]
        if d["ecase"] == "upper":
            email = email.upper()
        elif d["ecase"] == "cap":
            email = email[:1].upper() + email[1:]
    phone = None
    if v["phone"]:
        phone = " / ".join(fmt_phone(T["phones"][i], d["pfmt"]) for i in v["phone"])
        if len(phone) > 30:
            phone = " / ".join(T["phones"][i] for i in v["phone"])
    addr = render_addr(T["addresses"][v["addr"]], v, d) if v["addr"] is not None else None
    return {"displayName": disp, "givenName": given or None, "familyName": family or None,
            "companyName": company or None, "email": email, "phone": phone, "address": addr}


def make_rec(T, v, d, noise_ops=()):
    c = render(T, v, d)
    rec = {"T": T, "v": v, "d": d, "noise": [], "c": c}
    for op in noise_ops:
        op(rec)
    return rec


def field_get(c, f):
    if f.startswith("address."):
        return c["address"][f[8:]] if c["address"] else None
    if f == "address":
        return c["address"]
    return c[f]


def field_set(c, f, val):
    if f.startswith("address."):
        c["address"][f[8:]] = val
    else:
        c[f] = val


def diff_fields(a, b):
    out = []
    for f in FIELDS:
        if f == "address":
            if (a["address"] is None) != (b["address"] is None):
                out.append(f)
            continue
        if f.startswith("address."):
            if a["address"] is None or b["address"] is None:
                continue
        if field_get(a, f) != field_get(b, f):
            out.append(f)
    return out


# ---------------------------------------------------------------------------
# 7. Explaining differences: the "changes" list
# ---------------------------------------------------------------------------

def acc_what(a, b):
    s = (a, b)
    if "mojibake" in s:
        return "mojibake"
    if "qmark" in s:
        return "encoding"
    return "accents"


def opt_what(inc_val, cmp_val, changed="format"):
    if inc_val in (None, "none", ()):
        return "dropped"
    if cmp_val in (None, "none", ()):
        return "added"
    return changed


def u_email(rec):
    v = rec["v"]
    return rec["T"]["emails"][v["email"]] if v["email"] is not None else None


def u_phones(rec):
    return tuple(rec["T"]["phones"][i] for i in rec["v"]["phone"])


def u_addr(rec):
    v = rec["v"]
    return rec["T"]["addresses"][v["addr"]] if v["addr"] is not None else None


def u_contact(rec):
    v = rec["v"]
    return rec["T"]["contacts"][v["contact"]] if v["contact"] is not None else None


def name_truth(T):
    def pk(p):
        return None if p is None else (p["origin"], repr(p["given"]), tuple(repr(x) for x in p["surnames"]), p.get("suffix"))
    org = T["org"]
    return (T["kind"], pk(T["person"]), pk(T["A"]), pk(T["B"]), T["trade"],
            None if org is None else (org["base"], org["legal"]))


def key_what(k, vi, vc, same_entity):
    """name of the change when variant/dimension k differs (inc value vi, compared value vc)"""
    if k == "email":
        return opt_what(vi, vc, "new" if same_entity else "other")
    if k == "phone":
        if not vi:
            return "dropped"
        if not vc:
            return "added"
        if set(vc) < set(vi):
            return "number_added"
        if set(vi) < set(vc):
            return "number_dropped"
        return "new" if same_entity else "other"
    if k == "addr":
        if vi is None:
            return "dropped"
        if vc is None:
            return "added"
        return "moved" if same_entity else "other_address"
    if k == "contact":
        if vi is None:
            return "contact_dropped"
        if vc is None:
            return "contact_added"
        return "contact_changed" if same_entity else "other_contact"
    if k == "pc_wrong":
        return "wrong"
    if k == "couple":
        if vi == "A_only":
            return "spouse_dropped"
        if vi == "B_only" or vc == "B_only":
            return "other_spouse"
        return "couple_format"
    if k in ("nacc", "aacc"):
        return acc_what(vi, vc)
    if k == "split":
        s = (vi, vc)
        return "swapped" if "swapped" in s else "dropped" if vi == "none" else "added" if vc == "none" else "name_split"
    if k == "floor":
        return "floor_dropped" if vi == "none" else "floor_added" if vc == "none" else "floor_layout"
    if k in ("rfmt", "cfmt"):
        return opt_what(vi, vc)
    if k == "pcfmt":
        w = opt_what(vi, vc)
        return "shortened" if w == "format" and "short" in (vi, vc) else w
    if k == "disamb":
        return "disambiguation_dropped" if not vi else "disambiguation"
    return {"nform": "name_form", "nick": "nickname", "title": "title", "married": "married_name",
            "translit": "transliteration", "eni": "trade_name", "estate": "estate_form",
            "ncase": "case", "acase": "case", "order": "last_first", "legal": "legal_form",
            "abbrev": "abbreviated", "amp": "ampersand", "particles": "particles", "trunc": "truncated",
            "sfx": "suffix_format", "initials": "initials", "pfmt": "format", "ecase": "case", "stype": "street_type",
            "apart": "particles", "ffmt": "floor_format", "nfmt": "number_format",
            "ckind": "city_variant"}[k]


VALUE_KEYS = ("email", "phone", "addr", "contact")
NAME_V_KEYS = ("nform", "nick", "title", "married", "translit", "couple", "eni", "estate")


def flat(c):
    out = {}
    for f in FIELDS:
        if f == "address":
            out[f] = c["address"] is None
        elif f.startswith("address."):
            out[f] = field_get(c, f)
        else:
            out[f] = c[f]
    return out


def attribute(inc, cmp, extra=()):
    """changes = 'field:what' for exactly the fields that differ between the two
    records; each difference is explained by reverting one choice at a time
    (counterfactual rendering) plus the string-level noise of both records."""
    W = {f: [] for f in FIELDS}

    def add(fields, what):
        for f in fields:
            if what not in W[f]:
                W[f].append(what)

    Ti, Tc = inc["T"], cmp["T"]
    same_entity = Ti is Tc
    same_kind = Ti["kind"] == Tc["kind"]
    vi, di = inc["v"], inc["d"]
    base = flat(render(Ti, vi, di))

    def probe(T2, v2, d2, what):
        alt = flat(render(T2, v2, d2))
        add([f for f in FIELDS if alt[f] != base[f]], what)

    if not same_entity and name_truth(Ti) != name_truth(Tc):
        if Ti["party"] == "person" or Tc["party"] == "person" or not same_kind:
            add(NAME_FIELDS, "other_customer")
        else:
            add(["displayName", "companyName"], "other_customer")
    # value-level choices: put the compared record's underlying value in
    uvals = {"email": (u_email(inc), u_email(cmp)), "phone": (u_phones(inc), u_phones(cmp)),
             "addr": (u_addr(inc), u_addr(cmp)), "contact": (u_contact(inc), u_contact(cmp))}
    lists = {"email": "emails", "phone": "phones", "addr": "addresses", "contact": "contacts"}
    for k in VALUE_KEYS:
        a, b = uvals[k]
        if (a is b) or (k != "contact" and a == b):
            continue
        T2 = dict(Ti)
        v2 = dict(vi)
        if k == "phone":
            T2["phones"] = list(Ti["phones"]) + list(b)
            v2["phone"] = tuple(range(len(Ti["phones"]), len(Ti["phones"]) + len(b)))
        elif b is None:
            v2[k] = None
        else:
            T2[lists[k]] = list(Ti[lists[k]]) + [b]
            v2[k] = len(T2[lists[k]]) - 1
        if k == "addr":
            v2["pc_wrong"] = cmp["v"]["pc_wrong"] if (b is not None and a is not None and a == b) else None
        probe(T2, v2, di, key_what(k, a, b, same_entity))
    if vi["pc_wrong"] != cmp["v"]["pc_wrong"] and u_addr(inc) is not None and u_addr(inc) == u_addr(cmp):
        v2 = dict(vi, pc_wrong=cmp["v"]["pc_wrong"])
        probe(Ti, v2, di, "wrong")
    elif vi["pc_wrong"] and u_addr(inc) is not None and u_addr(inc) != u_addr(cmp):
        probe(Ti, dict(vi, pc_wrong=None), di, "wrong")
    if same_kind:
        for k in NAME_V_KEYS:
            if vi[k] != cmp["v"][k]:
                probe(Ti, dict(vi, **{k: cmp["v"][k]}), di, key_what(k, vi[k], cmp["v"][k], same_entity))
    for k in DEFAULT_D:
        if di[k] != cmp["d"][k]:
            probe(Ti, vi, dict(di, **{k: cmp["d"][k]}), key_what(k, di[k], cmp["d"][k], same_entity))
    for f, w in inc["noise"] + cmp["noise"]:
        add([f], w)
    for f, w in extra:
        add([f], w)
    diffs = diff_fields(inc["c"], cmp["c"])
    missing = [f for f in diffs if not W[f]]
    if missing:
        # masked by two choices at once (e.g. country 'PORTUGAL' from both the
        # upper-case habit and the upper-case country name): revert cumulatively
        T2, v2, d2 = dict(Ti), dict(vi), dict(di)
        prev = base
        steps = []
        for k in VALUE_KEYS:
            a, b = uvals[k]
            if (a is b) or (k != "contact" and a == b):
                continue
            steps.append(("v", k, b, key_what(k, a, b, same_entity)))
        steps.append(("v", "pc_wrong", cmp["v"]["pc_wrong"], "wrong"))
        if same_kind:
            steps += [("v", k, cmp["v"][k], key_what(k, vi[k], cmp["v"][k], same_entity)) for k in NAME_V_KEYS if vi[k] != cmp["v"][k]]
        steps += [("d", k, cmp["d"][k], key_what(k, di[k], cmp["d"][k], same_entity)) for k in DEFAULT_D if di[k] != cmp["d"][k]]
        for kind_, k, val, w in steps:
            if kind_ == "d":
                d2[k] = val
            elif k in VALUE_KEYS:
                if k == "phone":
                    T2["phones"] = list(T2["phones"]) + list(val)
                    v2["phone"] = tuple(range(len(T2["phones"]) - len(val), len(T2["phones"])))
                elif val is None:
                    v2[k] = None
                else:
                    T2[lists[k]] = list(T2[lists[k]]) + [val]
                    v2[k] = len(T2[lists[k]]) - 1
            else:
                v2[k] = val
            cur = flat(render(T2, v2, d2))
            add([f for f in missing if cur[f] != prev[f]], w)
            prev = cur
    out = []
    for f in diffs:
        if not W[f]:
            raise AssertionError(f"unexplained difference in {f}: {field_get(inc['c'], f)!r} vs "
                                 f"{field_get(cmp['c'], f)!r} ({inc['T']['kind']}, {inc.get('src')})")
        out.extend(f"{f}:{w}" for w in W[f])
    return out


def evidence(a, b):
    ev = []
    if a["email"] and b["email"] and email_key(a["email"]) == email_key(b["email"]):
        ev.append("email")
    if set(phone_keys(a["phone"])) & set(phone_keys(b["phone"])):
        ev.append("phone")
    if addr_shared(a["address"], b["address"]):
        ev.append("address")
    return ev


def shared_with(a, b):
    sh = []
    if name_sim(a["displayName"], b["displayName"]) >= 0.85:
        sh.append("name")
    fa, fb = family_last(a["familyName"]), family_last(b["familyName"])
    if fa and fb and fa == fb:
        sh.append("familyName")
    if a["email"] and b["email"] and email_key(a["email"]) == email_key(b["email"]):
        sh.append("email")
    da, db = email_domain(a["email"]), email_domain(b["email"])
    if da and db and da == db and da not in FREEMAIL_ALL:
        sh.append("email_domain")
    if set(phone_keys(a["phone"])) & set(phone_keys(b["phone"])):
        sh.append("phone")
    if addr_shared(a["address"], b["address"]):
        sh.append("address")
    ca = fold(a["address"]["city"]) if a["address"] else ""
    cb = fold(b["address"]["city"]) if b["address"] else ""
    if ca and cb and ca == cb:
        sh.append("city")
    return sh


def findable_name_city(c, target, pool, exclude_entity=None):
    """target must be the clear best name match among pool records of c's city"""
    if not c["address"] or not c["address"]["city"] or not target["c"]["address"]:
        return False
    city = fold(c["address"]["city"])
    if fold(target["c"]["address"]["city"]) != city:
        return False
    best = name_sim(c["displayName"], target["c"]["displayName"])
    if best < 0.7:
        return False
    for r in pool:
        if r is target or (exclude_entity and r["T"]["eid"] == exclude_entity):
            continue
        if not r["c"]["address"] or fold(r["c"]["address"]["city"]) != city:
            continue
        if name_sim(c["displayName"], r["c"]["displayName"]) > best - 0.1:
            return False
    return True


# ---------------------------------------------------------------------------
# 8. Noise operations (upstream habits and profile noise)
# ---------------------------------------------------------------------------

def is_foreign_name(T):
    p = T["person"] if T["kind"] in ("person", "eni") else T["A"] if T["kind"] == "couple" else None
    return p is not None and p["origin"] in ("ua", "br", "cv", "ao")


def main_person(T):
    if T["kind"] in ("person", "eni"):
        return T["person"]
    if T["kind"] == "couple":
        return T["A"]
    return None


def op_case(T, v, d):
    d["ncase"] = RNG.choice([x for x in ("upper", "lower", "naive_title", "asis") if x != d["ncase"]])
    return True


def op_accents(T, v, d):
    d["nacc"] = RNG.choice([x for x in ("strip", "strip", "mojibake", "qmark") if x != d["nacc"]])
    if RNG.random() < 0.7:
        d["aacc"] = d["nacc"] if d["nacc"] != "qmark" else "strip"
    return True


def op_nick(T, v, d):
    p = main_person(T)
    if not p or v["nform"] == "last_only":
        return False
    g, _ = person_given_surn(p)
    if not (NICKNAMES.get(g) or NICKNAMES.get(g.split(" ")[0])):
        return False
    v["nick"] = 1 if v["nick"] != 1 else 2
    return True


def op_name_form(T, v, d):
    if T["kind"] not in ("person", "eni", "couple"):
        return False
    opts = ["full", "std", "short", "first_last2"]
    if T["kind"] == "person" and RNG.random() < 0.08:
        opts = ["last_only"]
    opts = [o for o in opts if o != v["nform"]]
    v["nform"] = RNG.choice(opts)
    if v["nform"] == "last_only":
        v["nick"] = 0
        v["title"] = RNG.choice(TITLES_M[:1] if T["person"]["gender"] == "m" else TITLES_F[:1])
    return True


def op_last_first(T, v, d):
    if T["party"] != "person" or v["nform"] == "last_only":
        return False
    d["order"] = "last_first" if d["order"] == "normal" else "normal"
    return True


def op_swap(T, v, d):
    if d["split"] == "none":
        return False
    d["split"] = "swapped" if d["split"] != "swapped" else "std"
    return True


def op_title(T, v, d):
    p = main_person(T)
    if not p or T["kind"] == "couple":
        return False
    if v["title"] and v["nform"] != "last_only":
        v["title"] = None
        return True
    v["title"] = RNG.choice(TITLES_M if p["gender"] == "m" else TITLES_F)
    return True


def op_married(T, v, d):
    p = main_person(T)
    if not p or T["kind"] == "couple" or p["gender"] != "f" or p["origin"] == "ua":
        return False
    if not p.get("married_extra"):
        pool = MADEIRA_SURNAMES if p["origin"] == "mad" else PT_SURNAMES
        cand = [s for s in pool if s not in p["surnames"]]
        p["married_extra"] = RNG.choice(cand)
    v["married"] = not v["married"]
    return True


def op_translit(T, v, d):
    p = main_person(T)
    if not p or p["origin"] not in ("ua", "br", "cv", "ao"):
        return False
    v["translit"] = RNG.choice([x for x in (0, 1, 2) if x != v["translit"]]) if p["origin"] == "ua" else (1 - min(v["translit"], 1))
    return True


def op_legal(T, v, d):
    if not (T["org"] and T["org"]["legal"]):
        return False
    d["legal"] = RNG.choice([x for x in LEGAL_FORMS["lda"] if x != d["legal"]])
    return True


def op_abbrev(T, v, d):
    if T["party"] != "org":
        return False
    base = T["org"]["base"] or "Herança"
    if not any(l in base for l, _ in ORG_ABBR):
        return False
    d["abbrev"] = not d["abbrev"]
    return True


def op_amp(T, v, d):
    if not (T["org"] and T["org"]["base"] and " & " in T["org"]["base"]):
        return False
    d["amp"] = "e" if d["amp"] == "&" else "&"
    return True


def op_particles(T, v, d):
    d["particles"] = "drop" if d["particles"] == "keep" else "keep"
    return True


def op_initials(T, v, d):
    p = main_person(T)
    if not p or v["nform"] == "last_only" or d["initials"]:
        return False
    d["initials"] = "middle" if RNG.random() < 0.6 else "first"
    return True


def op_sfx(T, v, d):
    p = main_person(T)
    if not p or not p.get("suffix"):
        return False
    d["sfx"] = (d["sfx"] + RNG.randint(1, 3)) % 4
    return True


def op_contact_change(T, v, d):
    if T["party"] != "org":
        return False
    others = [i for i in range(len(T["contacts"])) if i != v["contact"]]
    if others and RNG.random() < 0.5:
        v["contact"] = RNG.choice(others)
    else:
        v["contact"] = alt_contact(T)
    if d["split"] == "none":
        d["split"] = "std"
    return True


def op_contact_drop(T, v, d):
    if T["party"] != "org" or v["contact"] is None:
        return False
    v["contact"] = None
    return True


def op_email_new(T, v, d):
    others = [i for i in range(len(T["emails"])) if i != v["email"]]
    if others and RNG.random() < 0.5:
        v["email"] = RNG.choice(others)
    elif T["party"] == "org" and T["flags"].get("domain") and v["contact"] is not None:
        e = staff_email_or_none(T["flags"]["domain"], T["contacts"][v["contact"]])
        if e is None or e in T["emails"]:
            v["email"] = alt_email(T)
        else:
            T["emails"].append(e)
            v["email"] = len(T["emails"]) - 1
    else:
        v["email"] = alt_email(T)
    return True


def staff_email_or_none(domain, p):
    g, s = person_given_surn(p)
    gl, last = slug(g.split(" ")[0]), slug(s[-1].split(" ")[-1])
    for loc in [f"{gl}.{last}", f"{gl[0]}{last}", f"{gl}"]:
        e = f"{loc}@{domain}"
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    return None


def op_email_drop(T, v, d):
    if v["email"] is None:
        return False
    v["email"] = None
    return True


def op_email_case(T, v, d):
    if v["email"] is None:
        return False
    d["ecase"] = RNG.choice([x for x in ("upper", "cap", "lower") if x != d["ecase"]])
    return True


def op_phone_new(T, v, d):
    v["phone"] = (alt_phone(T),)
    return True


def op_phone_drop(T, v, d):
    if not v["phone"]:
        return False
    v["phone"] = ()
    return True


def op_phone_fmt(T, v, d):
    if not v["phone"]:
        return False
    d["pfmt"] = RNG.choice([x for x in ("spaced", "plain", "cc_spaced", "cc_plain", "intl00", "dashed",
                                        "paren", "dots", "pairs", "cc_dashed") if x != d["pfmt"]])
    return True


def op_phone_both(T, v, d):
    if len(T["phones"]) < 2 or len(v["phone"]) != 1:
        return False
    other = [i for i in range(len(T["phones"])) if i != v["phone"][0]][0]
    v["phone"] = tuple(sorted((v["phone"][0], other)))
    return True


def op_phone_other(T, v, d):
    """the customer's other known number (landline vs mobile)"""
    if len(T["phones"]) < 2 or len(v["phone"]) != 1:
        return False
    v["phone"] = (RNG.choice([i for i in range(len(T["phones"])) if i != v["phone"][0]]),)
    return True


def op_addr_move(T, v, d):
    others = [i for i in range(len(T["addresses"])) if i != v["addr"]]
    if others and RNG.random() < 0.4:
        v["addr"] = RNG.choice(others)
    else:
        v["addr"] = alt_address(T)
    v["pc_wrong"] = None
    return True


def op_addr_drop(T, v, d):
    if v["addr"] is None:
        return False
    v["addr"] = None
    v["pc_wrong"] = None
    return True


def op_pc_wrong(T, v, d):
    if v["addr"] is None:
        return False
    a = T["addresses"][v["addr"]]
    if a["country"] != "PT":
        return False
    cp4, cp3 = a["cp4"], a["cp3"]
    if RNG.random() < 0.7:
        i = RNG.randrange(3)
        nd = str((int(cp3[i]) + RNG.randint(1, 9)) % 10)
        cp3 = cp3[:i] + nd + cp3[i + 1:]
    else:
        cands = [c for c in PLACE[a["place"]]["cp4"] if c != cp4] or [cp4[:3] + str((int(cp4[3]) + 5) % 10)]
        cp4 = RNG.choice(cands)
    v["pc_wrong"] = f"{cp4}-{cp3}"
    return True


def op_pc_fmt(T, v, d):
    if v["addr"] is None:
        return False
    d["pcfmt"] = RNG.choice([x for x in ("full", "short", "space", "nodash", "with_city", "none") if x != d["pcfmt"]])
    return True


def op_city_variant(T, v, d):
    if v["addr"] is None or T["addresses"][v["addr"]]["country"] != "PT":
        return False
    d["ckind"] = RNG.choice([x for x in ("concelho", "locality", "bairro") if x != d["ckind"]])
    return True


def op_floor(T, v, d):
    if v["addr"] is None or not T["addresses"][v["addr"]].get("floor"):
        return False
    d["floor"] = RNG.choice([x for x in ("line2", "merged", "merged_dash", "none") if x != d["floor"]])
    return True


def op_floor_fmt(T, v, d):
    if v["addr"] is None or not T["addresses"][v["addr"]].get("floor"):
        return False
    d["ffmt"] = RNG.choice([x for x in ("ord", "plain", "words") if x != d["ffmt"]])
    return True


def op_street_type(T, v, d):
    if v["addr"] is None or T["addresses"][v["addr"]]["country"] != "PT":
        return False
    d["stype"] = RNG.choice([x for x in ("full", "abbr", "at") if x != d["stype"]])
    if RNG.random() < 0.3:
        d["apart"] = "drop" if d["apart"] == "keep" else "keep"
    return True


def op_number_fmt(T, v, d):
    if v["addr"] is None:
        return False
    d["nfmt"] = RNG.choice([x for x in ("comma", "n", "n2", "space") if x != d["nfmt"]])
    return True


def op_region(T, v, d):
    if v["addr"] is None:
        return False
    d["rfmt"] = RNG.choice([x for x in ("distrito", "long", "none") if x != d["rfmt"]])
    return True


def op_country(T, v, d):
    if v["addr"] is None:
        return False
    d["cfmt"] = RNG.choice([x for x in ("name_pt", "code", "upper", "none") if x != d["cfmt"]])
    return True


def op_addr_case(T, v, d):
    if v["addr"] is None:
        return False
    d["acase"] = RNG.choice([x for x in ("upper", "lower", "asis") if x != d["acase"]])
    return True


# ----- post-render noise (string level) -----

def post_typo_name(rec):
    c = rec["c"]
    fields = ["displayName"]
    if c["givenName"]:
        fields.append("givenName")
    if c["familyName"]:
        fields.append("familyName")
    f = RNG.choice(fields)
    old = c[f]
    new = typo(old, RNG)
    if new == old:
        return
    c[f] = new
    rec["noise"].append((f, "typo"))
    if f == "displayName" and c["companyName"] and c["companyName"] == old:
        c["companyName"] = new
        rec["noise"].append(("companyName", "typo"))


def post_typo_addr(rec):
    a = rec["c"]["address"]
    if not a:
        return
    f = "line1" if RNG.random() < 0.75 or not a["city"] else "city"
    new = typo(a[f], RNG)
    if new != a[f]:
        a[f] = new
        rec["noise"].append(("address." + f, "typo"))


def post_typo_email(rec):
    e = rec["c"]["email"]
    if not e:
        return
    loc, dom = e.rsplit("@", 1)
    if dom.lower() in EMAIL_TYPO_DOMAINS and RNG.random() < 0.55:
        nd = RNG.choice(EMAIL_TYPO_DOMAINS[dom.lower()])
        new = loc + "@" + (nd.upper() if dom.isupper() else nd)
    elif "." in loc and RNG.random() < 0.5:
        new = loc.replace(".", "", 1) + "@" + dom
    else:
        new = typo(loc, RNG) + "@" + dom
    if new != e:
        rec["c"]["email"] = new
        rec["noise"].append(("email", "typo"))


def post_digit_off(rec):
    v = rec["v"]
    if len(v["phone"]) != 1:
        return
    d0 = rec["T"]["phones"][v["phone"][0]]
    d1 = digit_off(d0, RNG)
    rec["c"]["phone"] = fmt_phone(d1, rec["d"]["pfmt"])
    rec["noise"].append(("phone", "digit_off"))


def post_whitespace(rec):
    c = rec["c"]
    s = c["displayName"]
    if " " not in s:
        return
    i = RNG.choice([k for k, ch in enumerate(s) if ch == " "])
    c["displayName"] = s[:i] + "  " + s[i + 1:] if RNG.random() < 0.6 else s + " "
    rec["noise"].append(("displayName", "whitespace"))


def post_phone_note(rec):
    """Excel habit: a note after the number ('912 345 678 (Sr. Rui)' / 'tlm')"""
    if not rec["c"]["phone"] or len(rec["v"]["phone"]) != 1:
        return
    T = rec["T"]
    p = main_person(T) or (T["contacts"][0] if T["contacts"] else None)
    note = RNG.choice(["(tlm)", "(escritório)", "(fixo)", "- só manhãs"] +
                      ([f"({first_given(p)})"] if p else []))
    if len(rec["c"]["phone"] + " " + note) > 30:
        return
    rec["c"]["phone"] = rec["c"]["phone"] + " " + note
    rec["noise"].append(("phone", "note_added"))


PRE_OPS = {
    "case": op_case, "accents": op_accents, "nick": op_nick, "name_form": op_name_form,
    "last_first": op_last_first, "swap": op_swap, "title": op_title, "married": op_married,
    "translit": op_translit, "legal": op_legal, "abbrev": op_abbrev, "amp": op_amp,
    "particles": op_particles, "sfx": op_sfx, "initials": op_initials, "contact_change": op_contact_change,
    "contact_drop": op_contact_drop, "email_new": op_email_new, "email_drop": op_email_drop,
    "email_case": op_email_case, "phone_new": op_phone_new, "phone_drop": op_phone_drop,
    "phone_fmt": op_phone_fmt, "phone_both": op_phone_both, "phone_other": op_phone_other,
    "addr_move": op_addr_move, "addr_drop": op_addr_drop, "pc_wrong": op_pc_wrong,
    "pc_fmt": op_pc_fmt, "city_variant": op_city_variant, "floor": op_floor,
    "floor_fmt": op_floor_fmt, "street_type": op_street_type, "number_fmt": op_number_fmt,
    "region": op_region, "country": op_country, "addr_case": op_addr_case,
}
POST_OPS = {"typo_name": post_typo_name, "typo_addr": post_typo_addr, "typo_email": post_typo_email,
            "digit_off": post_digit_off, "whitespace": post_whitespace, "phone_note": post_phone_note}

PROFILE_OPS = {
    "light": [("case", 2), ("phone_fmt", 4), ("legal", 3), ("pc_fmt", 2), ("street_type", 2),
              ("floor", 2), ("region", 2), ("country", 2), ("typo_name", 3), ("abbrev", 1),
              ("amp", 1), ("title", 1), ("number_fmt", 1), ("floor_fmt", 1), ("email_case", 1),
              ("whitespace", 1), ("phone_note", 1), ("sfx", 1)],
    "medium": [("case", 2), ("phone_fmt", 3), ("legal", 2), ("pc_fmt", 2), ("street_type", 2),
               ("floor", 2), ("region", 1), ("typo_name", 4), ("abbrev", 1), ("title", 1),
               ("nick", 3), ("name_form", 4), ("last_first", 2), ("swap", 2), ("accents", 3),
               ("contact_change", 3), ("city_variant", 3), ("typo_email", 2), ("typo_addr", 3),
               ("phone_both", 1), ("phone_other", 1), ("pc_wrong", 2), ("translit", 2),
               ("married", 1), ("email_drop", 2), ("phone_drop", 2), ("particles", 1),
               ("email_new", 1), ("sfx", 1), ("initials", 2)],
    "harsh": [("typo_name", 4), ("nick", 3), ("name_form", 4), ("last_first", 2), ("swap", 2),
              ("accents", 4), ("contact_change", 3), ("contact_drop", 2), ("city_variant", 3),
              ("typo_email", 2), ("typo_addr", 3), ("pc_wrong", 2), ("translit", 3),
              ("married", 2), ("email_drop", 3), ("phone_drop", 3), ("email_new", 4),
              ("phone_new", 4), ("addr_move", 4), ("addr_drop", 2), ("digit_off", 2),
              ("case", 2), ("legal", 2), ("abbrev", 2), ("particles", 1), ("phone_other", 1),
              ("title", 1), ("pc_fmt", 1), ("initials", 2)],
}
PROFILE_N = {"light": (0, 1), "medium": (2, 3), "harsh": (3, 5)}


def profile_ops(profile):
    lo, hi = PROFILE_N[profile]
    n = RNG.randint(lo, hi)
    chosen = []
    pool = list(PROFILE_OPS[profile])
    while len(chosen) < n and pool:
        op = wchoice(pool)
        pool = [(o, w) for o, w in pool if o != op]
        chosen.append(op)
    return chosen


# ---------------------------------------------------------------------------
# 9. Upstream sources and their habits
# ---------------------------------------------------------------------------
# folha_excel      the practice's own client sheet (Excel), kept by staff for years
# efatura_at       import of the AT / e-fatura client list: capitals, full legal
#                  names, NIF in a note field that is dropped, fiscal address
# formulario_web   the web form clients fill in themselves
# salarios_export  export of the payroll software (employers only), CSV with
#                  encoding trouble and truncated names
# qbo_manual       a colleague typed the customer again straight into QuickBooks

SOURCES = ["folha_excel", "efatura_at", "formulario_web", "salarios_export", "qbo_manual"]


def pick_source(T, weights=None):
    w = dict(weights or {"folha_excel": 30, "efatura_at": 25, "formulario_web": 20,
                         "salarios_export": 12, "qbo_manual": 13})
    if T["kind"] in ("person", "couple", "heranca"):
        w["salarios_export"] = 0
    if T["kind"] == "eni":
        w["salarios_export"] = w["salarios_export"] * 0.4
    if T["flags"].get("nonresident"):
        w["salarios_export"] = 0
    return wchoice(list(w.items()))


def habits(src, T, v, d):
    person = T["party"] == "person"
    d["disamb"] = None
    if src == "folha_excel":
        d["ncase"] = wchoice([("asis", 85), ("upper", 10), ("naive_title", 5)])
        if person and RNG.random() < 0.2:
            d["order"] = "last_first"
        d["legal"] = wchoice([("std", 40), ("dot", 20), ("none", 25), ("nocomma", 15)])
        d["pfmt"] = wchoice([("spaced", 50), ("plain", 30), ("pairs", 20)])
        if len(T["phones"]) >= 2 and len(v["phone"]) == 1 and RNG.random() < 0.25:
            op_phone_both(T, v, d)
        d["floor"] = wchoice([("merged", 60), ("line2", 40)])
        d["nfmt"] = wchoice([("comma", 60), ("n", 25), ("n2", 15)])
        d["stype"] = wchoice([("full", 60), ("abbr", 40)])
        d["rfmt"] = wchoice([("none", 70), ("distrito", 30)])
        d["cfmt"] = wchoice([("none", 60), ("name_pt", 40)])
        d["pcfmt"] = wchoice([("full", 90), ("short", 10)])
        if T["kind"] in ("person", "eni"):
            v["nform"] = wchoice([(v["nform"], 60), ("std", 20), ("short", 20)])
        if T["kind"] == "couple":
            v["couple"] = wchoice([("both_short", 50), ("both_full", 30), ("A_only", 20)])
        if T["kind"] == "eni":
            v["eni"] = wchoice([("dash", 70), ("paren", 20), ("none", 10)])
    elif src == "efatura_at":
        d["ncase"] = "upper" if RNG.random() < 0.95 else "asis"
        d["nacc"] = wchoice([("keep", 45), ("strip", 40), ("mojibake", 10), ("qmark", 5)])
        v["nform"] = "full"
        v["title"] = None
        v["nick"] = 0
        v["married"] = False
        v["translit"] = 0
        d["order"] = "normal"
        v["couple"] = "A_only"
        v["eni"] = "none"
        v["estate"] = wchoice([("heranca_de", 50), ("indivisa", 30), ("obito", 20)])
        d["split"] = "first_token" if person else "std"
        v["contact"] = None
        d["legal"] = wchoice([("upper", 40), ("long", 30), ("std", 30)])
        d["amp"] = "e" if RNG.random() < 0.4 else "&"
        d["abbrev"] = False
        if RNG.random() < 0.85:
            v["email"] = None
        if RNG.random() < 0.85:
            v["phone"] = ()
        if T["addresses"]:
            v["addr"] = T["fiscal"]
        d["stype"] = "at"
        d["apart"] = "drop" if RNG.random() < 0.6 else "keep"
        d["nfmt"] = "space"
        d["floor"] = "merged"
        d["ffmt"] = "at"
        d["acase"] = "upper"
        d["aacc"] = d["nacc"] if d["nacc"] != "qmark" else "strip"
        d["ckind"] = "locality"
        d["rfmt"] = "none"
        d["pcfmt"] = "full"
        d["cfmt"] = wchoice([("upper", 50), ("code", 30), ("none", 20)])
    elif src == "formulario_web":
        d["ncase"] = wchoice([("asis", 70), ("lower", 15), ("naive_title", 10), ("upper", 5)])
        d["nacc"] = wchoice([("keep", 40), ("strip", 60)]) if is_foreign_name(T) else wchoice([("keep", 70), ("strip", 30)])
        if T["kind"] in ("person", "eni"):
            v["nform"] = wchoice([("short", 35), ("std", 25), ("full", 40)])
            if RNG.random() < 0.1:
                op_nick(T, v, d)
            if RNG.random() < 0.08:
                op_title(T, v, d)
            if is_foreign_name(T) and RNG.random() < 0.35:
                op_translit(T, v, d)  # people transliterate / spell their own name
        if T["kind"] == "couple":
            v["couple"] = wchoice([("A_only", 40), ("B_only", 20), ("both_short", 40)])
        if T["kind"] == "eni":
            v["eni"] = wchoice([("none", 50), ("company", 25), ("dash", 25)])
        if T["kind"] == "heranca":
            v["estate"] = wchoice([("cabeca", 50), ("heranca_de", 50)])
        if T["party"] == "org" and RNG.random() < 0.5:
            op_contact_change(T, v, d)
        d["legal"] = wchoice([("none", 50), ("std", 20), ("dot", 15), ("lda_a", 5), ("long", 10)])
        if RNG.random() < 0.3:
            op_email_new(T, v, d)
        d["pfmt"] = wchoice([("plain", 40), ("cc_plain", 20), ("cc_spaced", 20), ("spaced", 20)])
        d["ecase"] = "cap" if RNG.random() < 0.1 else "lower"
        d["stype"] = wchoice([("full", 50), ("abbr", 50)])
        d["floor"] = wchoice([("line2", 70), ("merged_dash", 30)])
        d["ffmt"] = wchoice([("ord", 50), ("plain", 40), ("words", 10)])
        d["nfmt"] = wchoice([("comma", 60), ("n", 30), ("space", 10)])
        d["acase"] = wchoice([("asis", 80), ("lower", 15), ("upper", 5)])
        d["aacc"] = d["nacc"] if d["nacc"] != "qmark" else "strip"
        d["ckind"] = wchoice([("concelho", 50), ("locality", 30), ("bairro", 20)])
        d["rfmt"] = wchoice([("distrito", 60), ("long", 20), ("none", 20)])
        d["pcfmt"] = wchoice([("full", 60), ("short", 15), ("with_city", 10), ("space", 10), ("nodash", 5)])
        d["cfmt"] = wchoice([("name_pt", 80), ("none", 20)])
    elif src == "salarios_export":
        d["ncase"] = wchoice([("upper", 55), ("asis", 45)])
        d["nacc"] = wchoice([("mojibake", 45), ("keep", 40), ("strip", 15)])
        if RNG.random() < 0.25:
            d["trunc"] = 40
        if T["party"] == "person" and RNG.random() < 0.25:
            op_initials(T, v, d)
        d["legal"] = wchoice([("upper", 40), ("dot", 30), ("std", 30)])
        if T["party"] == "org" and RNG.random() < 0.5:
            op_contact_change(T, v, d)
        if RNG.random() < 0.4:
            op_email_new(T, v, d)
        d["pfmt"] = wchoice([("plain", 60), ("spaced", 40)])
        d["floor"] = "merged"
        d["nfmt"] = wchoice([("space", 50), ("comma", 50)])
        d["stype"] = wchoice([("abbr", 50), ("at", 50)])
        d["acase"] = "upper" if d["ncase"] == "upper" else "asis"
        d["aacc"] = d["nacc"]
        d["ckind"] = wchoice([("concelho", 60), ("locality", 40)])
        d["rfmt"] = "none"
        d["pcfmt"] = wchoice([("full", 70), ("nodash", 30)])
        d["cfmt"] = wchoice([("none", 60), ("code", 40)])
    elif src == "qbo_manual":
        if RNG.random() < 0.1:
            op_title(T, v, d)
        if RNG.random() < 0.4:
            op_legal(T, v, d)
        if RNG.random() < 0.4:
            op_phone_fmt(T, v, d)
        d["rfmt"] = wchoice([("none", 50), ("distrito", 50)])
    else:
        raise ValueError(src)


LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100,
          "email": 100, "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}


def within_limits(c):
    for k, n in LIMITS.items():
        if c[k] is not None and (len(c[k]) > n or not c[k].strip()):
            return False
    if not c["displayName"] or not c["displayName"].strip():
        return False
    if c["address"]:
        for k, n in ALIMITS.items():
            if c["address"][k] is not None and (len(c["address"][k]) > n or not c["address"][k].strip()):
                return False
        if not any(c["address"].values()):
            return False
    return True


def copyv(v):
    return dict(v)


def gen_record(T, base_v, base_d, src, profile, extra_pre=()):
    v, d = copyv(base_v), dict(base_d)
    habits(src, T, v, d)
    post = []
    ops = list(extra_pre) + profile_ops(profile)
    for op in ops:
        if op in PRE_OPS:
            PRE_OPS[op](T, v, d)
        else:
            post.append(POST_OPS[op])
    rec = make_rec(T, v, d, post)
    rec["src"] = src
    return rec


# ---------------------------------------------------------------------------
# 10. The accounting system's customer list (existing)
# ---------------------------------------------------------------------------

GROUPS = []


def group_home(stem):
    if stem in ("Insular",):
        return "funchal"
    if stem in ("Tejo Sul", "Sete Colinas", "Atlântida"):
        return "lisboa"
    if stem in ("Vale do Cávado", "Minhoto", "Barbosa Teixeira"):
        return "braga"
    if stem in ("Alto Douro",):
        return "gaia"
    return "porto"


def make_groups():
    for gi, (gname, stem, dslug) in enumerate(GROUP_STEMS):
        place = group_home(stem)
        dom = make_domain(dslug, ".pt")
        units = list(GROUP_UNITS)
        RNG.shuffle(units)
        GROUPS.append({"id": gi, "name": gname, "stem": stem, "domain": dom, "place": place,
                       "email": org_email(dom, RNG.choice(["contabilidade", "financeiro", "geral"])),
                       "phone": new_landline(place), "address": new_address(place, "office"),
                       "units": units, "used": 0})


def next_group_company(g):
    unit = g["units"][g["used"]]
    g["used"] += 1
    return ent_company(g["place"], group=g, unit=unit)


def existing_spec(T):
    v = default_v(T)
    d = dict(DEFAULT_D)
    d["ncase"] = "upper" if RNG.random() < 0.03 else "asis"
    d["nacc"] = "strip" if RNG.random() < 0.04 else "keep"
    d["legal"] = wchoice([("std", 70), ("dot", 15), ("nocomma", 10), ("upper", 5)])
    d["pfmt"] = wchoice([("spaced", 55), ("plain", 25), ("cc_spaced", 15), ("pairs", 5)])
    d["floor"] = wchoice([("line2", 55), ("merged", 45)])
    d["stype"] = "full" if RNG.random() < 0.85 else "abbr"
    d["nfmt"] = wchoice([("comma", 80), ("n2", 10), ("n", 10)])
    d["ffmt"] = "ord" if RNG.random() < 0.9 else "plain"
    d["aacc"] = d["nacc"]
    d["acase"] = d["ncase"]
    d["ckind"] = "concelho" if RNG.random() < 0.85 else "locality"
    d["rfmt"] = "distrito" if RNG.random() < 0.7 else "none"
    d["pcfmt"] = "full" if RNG.random() < 0.96 else "short"
    d["cfmt"] = "name_pt" if RNG.random() < 0.92 else "none"
    if T["party"] == "org" and T["contacts"] and RNG.random() < 0.25:
        v["contact"] = None
    if RNG.random() < 0.1 and T["kind"] != "condominio":
        v["email"] = None
    r = RNG.random()
    if r < 0.1 and len(T["phones"]) >= 2:
        v["phone"] = (0, 1)
    elif r < 0.2:
        v["phone"] = ()
    if T["kind"] == "condominio" and len(T["addresses"]) == 2:
        v["addr"] = 0 if RNG.random() < 0.6 else 1
    elif RNG.random() < 0.07:
        v["addr"] = None
    if v["email"] is None and not v["phone"] and v["addr"] is None:
        v["email"] = 0
    if T["kind"] == "person" and RNG.random() < 0.03:
        v["title"] = "Dr." if T["person"]["gender"] == "m" else "Dra."
    if T["flags"].get("nonresident"):
        v["email"] = 0
        v["addr"] = 0
    return v, d


def build_existing_entities():
    ents = []
    make_admins()
    make_groups()
    # companies of groups (2-3 each in the list)
    for g in GROUPS:
        for _ in range(RNG.choice([2, 2, 3, 3])):
            ents.append(next_group_company(g))
    n_group = len(ents)
    # trade-name twins in different cities ("Café Central" Braga vs Porto)
    twins = []
    for _ in range(6):
        pl = pick_place()
        T1 = ent_company(pl)
        while not T1["org"]["btype"] or not T1["org"]["base"].startswith(T1["org"]["btype"] + " "):
            T1 = ent_company(pl)
        pl2 = other_city_place(pl)
        o = T1["org"]
        T2 = ent_company(pl2, force=(o["base"], RNG.choice(["lda", "unip", "lda"]), o["stem"], o["btype"], True, o["core"]))
        twins += [T1, T2]
    ents += twins
    n_company = 560 - len(ents)
    for _ in range(n_company):
        ents.append(ent_company())
    # condominios
    for i in range(130):
        if i < 110:
            ad = ADMINS[i % len(ADMINS)] if i < 2 * len(ADMINS) else RNG.choice(ADMINS)
            ents.append(ent_condo(admin=ad))
        else:
            ents.append(ent_condo(self_managed=True))
    for sub, n in (("associacao", 30), ("ipss", 28), ("clube", 22)):
        for _ in range(n):
            ents.append(ent_assoc(sub))
    for _ in range(40):
        ents.append(ent_heranca())
    # persons: namesakes (other city and same city), fathers and sons, emigrants
    for i in range(15):
        T1 = ent_person(origin="pt")
        pl2 = other_city_place(T1["place"]) if i < 12 else T1["place"]
        T2 = ent_person(place=pl2, origin="pt")
        T2["person"] = dict(T1["person"], married_extra=None)
        T2["nform0"] = T1["nform0"]
        T2["emails"] = [personal_email(T2["person"])]
        T2["flags"]["namesake_of"] = T1["eid"]
        ents += [T1, T2]
    for i in range(6):
        T1 = ent_person(origin=RNG.choice(["pt", "pt", "mad"]), gender="m")
        T2 = ent_person(place=T1["place"], origin="pt", gender="m")
        T2["person"] = dict(T1["person"], suffix=RNG.choice(SUFFIXES), married_extra=None)
        T2["nform0"] = T1["nform0"]
        T2["emails"] = [personal_email(T2["person"])]
        if RNG.random() < 0.5:
            T2["addresses"] = [T1["addresses"][0]]
        ents += [T1, T2]
    for i in range(10):
        T = ent_person(origin="pt", gender="m")
        T["person"]["suffix"] = RNG.choice(SUFFIXES)
        ents.append(T)
    for i in range(25):
        ents.append(ent_person(origin="pt", nonresident=True))
    n_person = 450 - 30 - 12 - 10 - 25
    for _ in range(n_person):
        ents.append(ent_person())
    for _ in range(110):
        ents.append(ent_couple())
    for _ in range(130):
        ents.append(ent_eni())
    assert len(ents) == N_EXISTING, len(ents)
    return ents


def city_of(c):
    return c["address"]["city"] if c["address"] and c["address"]["city"] else None


def build_existing():
    ents = build_existing_entities()
    recs = []
    for T in ents:
        for _ in range(20):
            v, d = existing_spec(T)
            rec = make_rec(T, v, d)
            if within_limits(rec["c"]):
                break
        rec["src"] = "qbo"
        T["ex"] = rec
        recs.append(rec)
    # QuickBooks requires unique display names: disambiguate
    seen = {}
    for rec in recs:
        k = rec["c"]["displayName"].casefold()
        seen.setdefault(k, []).append(rec)
    taken = set(seen.keys())
    for k in sorted(seen.keys()):
        group = seen[k]
        if len(group) < 2:
            continue
        first_city = fold(city_of(group[0]["c"]) or PLACE[group[0]["T"]["place"]]["locality"])
        n = 2
        for rec in group[1:]:
            city = city_of(rec["c"]) or PLACE[rec["T"]["place"]]["locality"]
            suffix = f" ({city})"
            cand = (rec["c"]["displayName"] + suffix).casefold()
            if fold(city) == first_city or cand in taken or RNG.random() < 0.35:
                while True:
                    suffix = f" ({n})"
                    n += 1
                    cand = (rec["c"]["displayName"] + suffix).casefold()
                    if cand not in taken:
                        break
            taken.add(cand)
            rec["d"]["disamb"] = suffix
            rec["c"]["displayName"] = rec["c"]["displayName"] + suffix
    recs.sort(key=lambda r: r["c"]["displayName"].casefold())
    for i, r in enumerate(recs):
        r["index"] = i
    return recs


# ---------------------------------------------------------------------------
# 11. Incoming: matches and new customers
# ---------------------------------------------------------------------------

def pick_profile():
    return wchoice([("light", 35), ("medium", 40), ("harsh", 25)])


class CityIndex:
    def __init__(self, recs):
        self.by_city = {}
        for r in recs:
            c = city_of(r["c"])
            if c:
                self.by_city.setdefault(fold(c), []).append(r)

    def pool(self, c):
        city = city_of(c)
        return self.by_city.get(fold(city), []) if city else []


def gen_match(ex, cindex, blind=False):
    T = ex["T"]
    if blind:
        # the customer moved, changed number and mailbox: only name + city are left
        for attempt in range(8):
            src = RNG.choice(["folha_excel", "formulario_web", "qbo_manual", "efatura_at"])
            if T["kind"] in ("person", "couple", "heranca") and src == "salarios_export":
                continue
            pre = [RNG.choice(["addr_move", "addr_move", "addr_drop"]),
                   RNG.choice(["email_new", "email_drop"]), RNG.choice(["phone_new", "phone_drop"])]
            inc = gen_record(T, ex["v"], ex["d"], src, "light", extra_pre=pre)
            if not within_limits(inc["c"]) or evidence(inc["c"], ex["c"]):
                continue
            if findable_name_city(inc["c"], ex, cindex.pool(inc["c"])):
                return inc, "harsh", [], "name+city"
    for attempt in range(40):
        if attempt < 30:
            src, profile = pick_source(T), pick_profile()
        else:
            src, profile = RNG.choice(["folha_excel", "qbo_manual"]), "light"
        inc = gen_record(T, ex["v"], ex["d"], src, profile)
        if not within_limits(inc["c"]):
            continue
        ev = evidence(inc["c"], ex["c"])
        if ev:
            return inc, profile, ev, "identifier"
        if findable_name_city(inc["c"], ex, cindex.pool(inc["c"])):
            return inc, profile, ev, "name+city"
    raise RuntimeError("no findable match for " + T["eid"])


NEW_ADMINS = []


def new_entity(kind):
    if kind == "company":
        return ent_company()
    if kind == "condominio":
        if not NEW_ADMINS:
            for name, key in [("Habitat Gestão de Condomínios", "porto"), ("Minhocondo", "braga"),
                              ("Lisboa Prime Condomínios", "lisboa")]:
                dom = make_domain(name, ".pt")
                NEW_ADMINS.append({"name": name, "place": key, "domain": dom,
                                   "email": org_email(dom, "geral"), "phone": new_landline(key),
                                   "office": new_address(key, "office"),
                                   "staff": [new_person("pt", None, key) for _ in range(2)]})
        if RNG.random() < 0.5:
            return ent_condo(self_managed=True)
        ad = RNG.choice(NEW_ADMINS)
        T = ent_condo(admin=None, place=ad["place"] if RNG.random() < 0.6 else nearby_place(ad["place"]))
        b = T["addresses"][0]
        T["emails"], T["phones"], T["addresses"] = [ad["email"]], [ad["phone"]], [ad["office"], b]
        T["fiscal"] = 1
        T["contacts"] = [RNG.choice(ad["staff"])]
        return T
    if kind in ("associacao", "ipss", "clube"):
        return ent_assoc(kind)
    if kind == "heranca":
        return ent_heranca()
    if kind == "person":
        return ent_person(nonresident=RNG.random() < 0.04)
    if kind == "couple":
        return ent_couple()
    if kind == "eni":
        return ent_eni()
    raise ValueError(kind)


NEW_KINDS = [("company", 140), ("condominio", 30), ("associacao", 8), ("ipss", 7), ("clube", 5),
             ("heranca", 12), ("person", 125), ("couple", 30), ("eni", 43)]
NEW_SRC_W = {"folha_excel": 25, "efatura_at": 25, "formulario_web": 35, "salarios_export": 8, "qbo_manual": 7}


def gen_new_first(T):
    for _ in range(30):
        src = pick_source(T, NEW_SRC_W)
        profile = RNG.choice(["light", "medium"])
        v, d = default_v(T), dict(DEFAULT_D)
        d["rfmt"] = RNG.choice(["distrito", "none"])
        rec = gen_record(T, v, d, src, profile)
        if T["party"] == "person" and rec["c"]["companyName"]:
            continue  # a first sighting carries no change list to explain it
        if within_limits(rec["c"]) and (rec["c"]["email"] or rec["c"]["phone"] or rec["c"]["address"]):
            return rec
    raise RuntimeError("new first")


def gen_new_repeat(T, first):
    for attempt in range(40):
        if attempt < 30:
            src, profile = pick_source(T, NEW_SRC_W), pick_profile()
        else:
            src, profile = RNG.choice(["folha_excel", "qbo_manual"]), "light"
        inc = gen_record(T, first["v"], first["d"], src, profile)
        if not within_limits(inc["c"]):
            continue
        ev = evidence(inc["c"], first["c"])
        if ev:
            return inc, profile, ev
    raise RuntimeError("no findable repeat for " + T["eid"])


# ---------------------------------------------------------------------------
# 12. Hard negatives: another customer under the practice's rules that
#     resembles an existing one
# ---------------------------------------------------------------------------

HN_RULES = {
    "eni_became_company": "The sole trader incorporated a company: the Lda/Unipessoal Lda has its own NIF (pessoa colectiva) and its own avença; the person's ENI/IRS record stays a separate customer.",
    "condominio_same_admin": "Each building's condomínio is its own taxpayer (NIF) and customer, even when one administradora manages both from the same office, e-mail and phone.",
    "group_sister_company": "Companies of one group are separate legal persons with their own NIF and avença; they share the group's accounting mailbox and head office.",
    "father_son_same_name": "Father and son (Júnior/Filho/Neto) carry the same name but are two taxpayers with two IRS returns.",
    "namesake_other_city": "Same name, another person with another NIF living in another city.",
    "spouse_filing_separately": "Spouses who file IRS separately are two taxpayers and two customers, although they share the home address and phone.",
    "heranca_vs_living_spouse": "The herança indivisa has its own NIF and is billed separately from the surviving spouse (cabeça de casal), who files personal IRS.",
    "company_vs_socio_gerente": "The sócio-gerente's personal IRS is billed to the person (own NIF), apart from the company he or she manages.",
    "later_tenant_same_address": "A later tenant of the same shop is another business with its own NIF; only the address is the same.",
    "other_branch": "The branch is a separately registered entity (own NIF: the firm's sucursal / a separate Lda per unit) billed its own avença.",
    "similar_trade_name_other_city": "Same trade name, unrelated owner and NIF in another city.",
    "household_member": "An adult child living at the parents' address files his or her own IRS: a separate customer.",
    "shared_fiscal_representative": "Another non-resident client who uses the same relative as representante fiscal and contact; different NIF.",
}
HN_COUNTS = [("eni_became_company", 12), ("condominio_same_admin", 12), ("group_sister_company", 12),
             ("father_son_same_name", 12), ("namesake_other_city", 12), ("spouse_filing_separately", 12),
             ("heranca_vs_living_spouse", 10), ("company_vs_socio_gerente", 12),
             ("later_tenant_same_address", 12), ("other_branch", 10),
             ("similar_trade_name_other_city", 12), ("household_member", 12),
             ("shared_fiscal_representative", 10)]


def hn_anchor_ok(t, ex):
    T = ex["T"]
    k = T["kind"]
    if t == "eni_became_company":
        return k == "eni"
    if t == "condominio_same_admin":
        return k == "condominio" and "admin" in T["flags"]
    if t == "group_sister_company":
        return "group" in T["flags"] and GROUPS[T["flags"]["group"]]["used"] < len(GROUPS[T["flags"]["group"]]["units"])
    if t == "father_son_same_name":
        return k == "person" and T["person"]["gender"] == "m" and T["person"]["origin"] in ("pt", "mad") \
            and not T["flags"].get("nonresident") and "namesake_of" not in T["flags"]
    if t == "namesake_other_city":
        return k == "person" and not T["flags"].get("nonresident") and "namesake_of" not in T["flags"] \
            and ex["v"]["nform"] != "short"
    if t in ("spouse_filing_separately", "household_member"):
        return k == "person" and not T["flags"].get("nonresident") and ex["v"]["addr"] is not None \
            and (t == "spouse_filing_separately" or T["person"]["origin"] != "ua")
    if t == "heranca_vs_living_spouse":
        return k == "heranca" and T["flags"].get("cc_spouse")
    if t == "company_vs_socio_gerente":
        return k == "company" and ex["v"]["contact"] == 0
    if t == "later_tenant_same_address":
        return k in ("company", "eni") and T["flags"].get("shop") == 0 and ex["v"]["addr"] == 0
    if t == "other_branch":
        return k == "company" and "group" not in T["flags"] and T["flags"].get("domain")
    if t == "similar_trade_name_other_city":
        o = T["org"]
        return k == "company" and o and o["btype"] and o["base"].startswith(o["btype"] + " ") \
            and "group" not in T["flags"]
    if t == "shared_fiscal_representative":
        return k == "person" and T["flags"].get("nonresident")
    return False


def hn_build(t, ex):
    """returns (new truth, variant, dims, stem or None)"""
    A = ex["T"]
    stem = None
    if t == "eni_became_company":
        p = A["person"]
        g, s = person_given_surn(p)
        last = s[-1].split(" ")[-1]
        base = RNG.choice([f"{A['trade']} {last}", f"{g.split(' ')[0]} {last} - {A['trade']}",
                           f"{last} - {A['trade']}"])
        N = base_entity("company", A["place"])
        N["org"] = {"base": base, "legal": "unip" if RNG.random() < 0.6 else "lda",
                    "stem": A["trade"], "btype": A["trade"], "core": last}
        N["contacts"] = [p]
        if RNG.random() < 0.5:
            dom = make_domain(base)
            N["flags"]["domain"] = dom
            N["emails"] = [org_email(dom)]
        else:
            N["emails"] = [A["emails"][0]]
        N["phones"] = [A["phones"][0]] if RNG.random() < 0.7 else [new_landline(A["place"])]
        N["addresses"] = [A["addresses"][0]] if RNG.random() < 0.6 else [new_address(A["place"], "office")]
        stem = A["trade"]
    elif t == "condominio_same_admin":
        ad = ADMINS[A["flags"]["admin"]]
        N = ent_condo(admin=ad)
    elif t == "group_sister_company":
        g = GROUPS[A["flags"]["group"]]
        N = next_group_company(g)
        stem = g["stem"]
    elif t == "father_son_same_name":
        N = ent_person(place=A["place"], origin="pt", gender="m")
        suf = None if A["person"].get("suffix") else RNG.choice(SUFFIXES)
        N["person"] = dict(A["person"], suffix=suf, married_extra=None)
        N["nform0"] = ex["v"]["nform"]
        N["emails"] = [personal_email(N["person"])]
        if RNG.random() < 0.55:
            N["addresses"] = [A["addresses"][0]]
            if len(A["phones"]) >= 2 and RNG.random() < 0.6:
                N["phones"] = [A["phones"][1]]
    elif t == "namesake_other_city":
        N = ent_person(place=other_city_place(A["place"]), origin=A["person"]["origin"],
                       gender=A["person"]["gender"])
        N["person"] = dict(A["person"], married_extra=None)
        N["nform0"] = ex["v"]["nform"]
        N["emails"] = [personal_email(N["person"])]
    elif t == "spouse_filing_separately":
        pa = A["person"]
        N = ent_person(place=A["place"], origin=pa["origin"] if pa["origin"] != "mad" else "mad",
                       gender="f" if pa["gender"] == "m" else "m")
        if N["person"]["gender"] == "f" and pa["origin"] != "ua" and RNG.random() < 0.45:
            last = pa["surnames"][-1]
            if last not in N["person"]["surnames"]:
                N["person"]["surnames"] = N["person"]["surnames"][-2:] + [last]
                N["emails"] = [personal_email(N["person"])]
        N["addresses"] = [A["addresses"][ex["v"]["addr"]]]
        if len(A["phones"]) >= 2:
            N["phones"] = [N["phones"][0], A["phones"][1]]
    elif t == "heranca_vs_living_spouse":
        N = base_entity("person", A["place"])
        N["person"] = A["contacts"][0]
        N["nform0"] = pick_nform0(N["person"])
        N["emails"] = [A["emails"][0]]
        N["phones"] = list(A["phones"])
        N["addresses"] = [A["addresses"][0]]
    elif t == "company_vs_socio_gerente":
        cc = A["contacts"][0]
        N = base_entity("person", A["place"])
        N["person"] = cc
        N["nform0"] = pick_nform0(cc)
        N["emails"] = [A["emails"][1]] if len(A["emails"]) > 1 and RNG.random() < 0.4 else [personal_email(cc)]
        N["phones"] = [A["phones"][1]] if len(A["phones"]) > 1 and RNG.random() < 0.7 else [new_mobile()]
        N["addresses"] = [new_address(A["place"] if RNG.random() < 0.6 else nearby_place(A["place"]), "home")]
    elif t == "later_tenant_same_address":
        for _ in range(20):
            N = ent_company(A["place"])
            if N["org"]["btype"] != (A["org"]["btype"] if A["org"] else A["trade"]):
                break
        N["addresses"] = [A["addresses"][0]]
        N["flags"]["shop"] = 0
    elif t == "other_branch":
        pl = other_city_place(A["place"])
        loc = PLACE[pl]["locality"]
        o = A["org"]
        N = base_entity("company", pl)
        base = RNG.choice([f"{o['base']} {loc}", f"{o['base']} - {loc}"])
        N["org"] = {"base": base, "legal": o["legal"], "stem": o["base"], "btype": o["btype"], "core": o["core"]}
        N["contacts"] = [new_person(None, None, pl)]
        dom = A["flags"]["domain"]
        N["flags"]["domain"] = dom
        N["emails"] = [org_email(dom, slug(loc, "")[:14])]
        N["phones"] = [new_landline(pl)]
        N["addresses"] = [new_address(pl, "office")]
        stem = o["base"]
    elif t == "similar_trade_name_other_city":
        o = A["org"]
        pl = other_city_place(A["place"])
        N = ent_company(pl, force=(o["base"], RNG.choice(["lda", "unip", "lda", "sa"]), o["stem"], o["btype"], True, o["core"]))
        stem = o["base"]
    elif t == "household_member":
        pa = A["person"]
        gender = RNG.choice("mf")
        other = RNG.choice([s for s in PT_SURNAMES if s not in pa["surnames"]])
        sur = [other, pa["surnames"][-1]] if pa["gender"] == "m" else [pa["surnames"][-1], other]
        N = ent_person(place=A["place"], origin=pa["origin"] if pa["origin"] not in ("ua",) else "pt", gender=gender)
        N["person"] = new_person(N["person"]["origin"], gender, A["place"], surnames=sur)
        N["emails"] = [personal_email(N["person"])]
        N["addresses"] = [A["addresses"][ex["v"]["addr"]]]
        if len(A["phones"]) >= 2 and RNG.random() < 0.6:
            N["phones"] = [N["phones"][0], A["phones"][1]]
    elif t == "shared_fiscal_representative":
        pa = A["person"]
        N = ent_person(place=A["place"], origin="pt", nonresident=True)
        if RNG.random() < 0.6:
            N["person"] = new_person("pt", None, A["place"], surnames=[RNG.choice(PT_SURNAMES), pa["surnames"][-1]])
        N["flags"]["rep"] = A["flags"]["rep"]
        N["emails"] = [A["emails"][0], personal_email(N["person"], ["gmail.com", "hotmail.fr", "gmx.ch"])]
        N["phones"] = [A["phones"][0]]
    else:
        raise ValueError(t)
    v = default_v(N)
    d = dict(DEFAULT_D)
    if N["kind"] == "condominio" and len(N["addresses"]) == 2 and RNG.random() < 0.3:
        v["addr"] = 1
    if N["kind"] in ("person", "couple", "eni") and len(N["phones"]) >= 2 and N["phones"][-1] in A["phones"]:
        v["phone"] = (len(N["phones"]) - 1,) if RNG.random() < 0.5 else tuple(range(len(N["phones"])))
    return N, v, d, stem


STRONG = ("name", "familyName", "email", "phone", "address", "company_stem")


def gen_hn(t, ex):
    for attempt in range(12):
        N, v, d, stem = hn_build(t, ex)
        for _ in range(6):
            src = pick_source(N, {"folha_excel": 35, "efatura_at": 15, "formulario_web": 25,
                                  "salarios_export": 10, "qbo_manual": 15})
            rec = gen_record(N, v, d, src, "light")
            if not within_limits(rec["c"]):
                continue
            sh = shared_with(rec["c"], ex["c"])
            if stem:
                fs = fold(stem)
                names_a = fold(rec["c"]["displayName"]) + " | " + fold(rec["c"]["companyName"])
                names_b = fold(ex["c"]["displayName"]) + " | " + fold(ex["c"]["companyName"])
                if fs in names_a and fs in names_b:
                    sh.append("company_stem")
                else:
                    continue
            if any(s in STRONG for s in sh):
                return rec, sh, stem
    return None


# ---------------------------------------------------------------------------
# 13. Assembly and output
# ---------------------------------------------------------------------------

def contact_json(c):
    a = c["address"]
    return {"displayName": c["displayName"], "givenName": c["givenName"], "familyName": c["familyName"],
            "companyName": c["companyName"], "email": c["email"], "phone": c["phone"],
            "address": None if a is None else {"line1": a["line1"], "line2": a["line2"], "city": a["city"],
                                               "region": a["region"], "postalCode": a["postalCode"],
                                               "country": a["country"]}}


def main(argv):
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out_dir = argv[argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    existing = build_existing()
    cindex = CityIndex(existing)
    items = []  # incoming: dict(rec, meta)

    # --- matches: ~700 existing customers, some two or three times ---
    order = list(range(N_EXISTING))
    RNG.shuffle(order)
    targets = [(i, 1) for i in order[:585]] + [(i, 2) for i in order[585:685]] + [(i, 3) for i in order[685:700]]
    for idx, times in targets:
        ex = existing[idx]
        for _ in range(times):
            inc, profile, ev, findable = gen_match(ex, cindex, blind=RNG.random() < 0.08)
            meta = {"category": "match", "source": inc["src"], "profile": profile, "evidence": ev,
                    "findable": findable, "compare_set": "existing", "compare_index": idx,
                    "changes": attribute(inc, ex)}
            items.append({"rec": inc, "meta": meta})

    # --- hard negatives ---
    hn_items = []
    used_anchor = set()
    for t, n in HN_COUNTS:
        cands = [ex for ex in existing if hn_anchor_ok(t, ex) and ex["index"] not in used_anchor]
        RNG.shuffle(cands)
        made = 0
        for ex in cands:
            if made == n:
                break
            if not hn_anchor_ok(t, ex):
                continue
            res = gen_hn(t, ex)
            if res is None:
                continue
            rec, sh, stem = res
            used_anchor.add(ex["index"])
            meta = {"category": "hard_negative", "source": rec["src"], "anchor": ex["T"]["eid"],
                    "anchor_index": ex["index"], "hn_type": t, "rule": HN_RULES[t],
                    "shared": sh, "changes": attribute(rec, ex)}
            if stem:
                meta["stem"] = stem
            hn_items.append({"rec": rec, "meta": meta})
            made += 1
        if made < n:
            raise RuntimeError(f"not enough anchors for {t}: {made}/{n}")
    assert len(hn_items) == N_HARD

    # --- new customers, some appearing two or three times ---
    n_new_records = N_INCOMING - len(items) - N_HARD
    kinds = []
    for k, n in NEW_KINDS:
        kinds += [k] * n
    RNG.shuffle(kinds)
    n_ent = len(kinds)
    extra = n_new_records - n_ent
    n3 = 20
    n2 = extra - 2 * n3
    assert n2 > 0, (n_new_records, n_ent)
    occ = [3] * n3 + [2] * n2 + [1] * (n_ent - n2 - n3)
    new_groups = []
    for k, times in zip(kinds, occ):
        T = new_entity(k)
        first = gen_new_first(T)
        grp = [{"rec": first, "meta": {"category": "new", "source": first["src"], "occurrence": 1, "changes": []}}]
        for o in range(2, times + 1):
            inc, profile, ev = gen_new_repeat(T, first)
            grp.append({"rec": inc, "first": first,
                        "meta": {"category": "new", "source": inc["src"], "occurrence": o, "profile": profile,
                                 "evidence": ev, "findable": "identifier", "compare_set": "incoming",
                                 "changes": attribute(inc, first)}})
        new_groups.append(grp)
    for grp in new_groups:
        items += grp
    items += hn_items
    assert len(items) == N_INCOMING, len(items)

    RNG.shuffle(items)
    # occurrence 1 of a new customer comes before its repeats
    pos_by_ent = {}
    for pos, it in enumerate(items):
        if it["meta"]["category"] == "new":
            pos_by_ent.setdefault(it["rec"]["T"]["eid"], []).append(pos)
    for eid in sorted(pos_by_ent):
        poss = pos_by_ent[eid]
        grp = sorted((items[p] for p in poss), key=lambda it: it["meta"]["occurrence"])
        for p, it in zip(sorted(poss), grp):
            items[p] = it
    first_pos = {}
    for pos, it in enumerate(items):
        if it["meta"]["category"] == "new" and it["meta"]["occurrence"] == 1:
            first_pos[it["rec"]["T"]["eid"]] = pos
    for pos, it in enumerate(items):
        m = it["meta"]
        if m["category"] == "new" and m["occurrence"] > 1:
            m["compare_index"] = first_pos[it["rec"]["T"]["eid"]]

    # --- write ---
    set_lines, meta_lines = [], []
    for i, r in enumerate(existing):
        T = r["T"]
        set_lines.append({"set": "existing", "entity": T["eid"], "contact": contact_json(r["c"])})
        meta_lines.append({"set": "existing", "index": i, "entity": T["eid"], "category": "existing",
                           "kind": T["kind"], "party": T["party"], "changes": []})
    key_order = ["source", "profile", "evidence", "findable", "compare_set", "compare_index",
                 "occurrence", "anchor", "anchor_index", "hn_type", "rule", "shared", "stem"]
    for i, it in enumerate(items):
        T = it["rec"]["T"]
        m = it["meta"]
        set_lines.append({"set": "incoming", "entity": T["eid"], "contact": contact_json(it["rec"]["c"])})
        ml = {"set": "incoming", "index": i, "entity": T["eid"], "category": m["category"],
              "kind": T["kind"], "party": T["party"], "changes": m["changes"]}
        for k in key_order:
            if k in m:
                ml[k] = m[k]
        meta_lines.append(ml)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in set_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in meta_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    cats = {}
    for it in items:
        cats[it["meta"]["category"]] = cats.get(it["meta"]["category"], 0) + 1
    print(f"wrote {len(set_lines)} records to {out_dir}: existing {len(existing)}, incoming {cats}")


if __name__ == "__main__":
    main(sys.argv[1:])
