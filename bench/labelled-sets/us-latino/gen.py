#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - builds the synthetic, fully labelled customer-record benchmark "us-latino".

Scenario: "Gulf Coast Building & Auto Supply" (invented), Houston TX, QuickBooks Online (US, USD).
The customer list (existing) and the records arriving from the web shop, the sales reps' app and
imports (incoming) of a supplier with many Hispanic customers.

    python3 gen.py              -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR    -> writes them into DIR

Python 3 standard library only.  One seeded random generator (SEED below); no iteration over sets, so the
output is byte-identical for any PYTHONHASHSEED.
"""
import copy
import json
import os
import re
import sys
import unicodedata
import random

SEED = 20250713
N_EXISTING = 1500
N_MATCH = 825
N_HN_PER_TYPE = 15
NEW_SINGLE, NEW_DOUBLE, NEW_TRIPLE = 360, 60, 15          # 360 + 2*60 + 3*15 = 525 records

# ---------------------------------------------------------------------------------------- vocabulary
GIVEN_M = ["José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco", "Antonio", "Jorge", "Pedro",
           "Manuel", "Ricardo", "Roberto", "Alejandro", "Fernando", "Javier", "Eduardo", "Raúl", "Sergio",
           "Ramón", "Arturo", "Héctor", "Guillermo", "Enrique", "Ignacio", "Alberto", "Rigoberto", "Rafael",
           "Mario", "Víctor", "Salvador", "Armando", "Rubén", "Óscar", "Gerardo", "Alfredo", "Ernesto",
           "Gustavo", "Martín", "Andrés", "Joaquín", "Efraín", "Rodolfo", "Gilberto", "Julio", "Daniel",
           "David", "Adrián", "Israel", "Hugo", "Lorenzo", "Agustín", "Benito", "Santiago", "Tomás", "Emilio",
           "Felipe", "Ismael", "Nicolás", "Octavio", "Esteban", "Baltazar", "Reynaldo", "Humberto", "Abel",
           "Ulises", "Alfonso", "Marcos", "Pablo", "Samuel", "Rogelio", "Leonel", "Fidel", "Lázaro", "Jaime",
           "Moisés", "Noé", "Saúl", "Aurelio", "Margarito", "Bernardo", "Gregorio", "Teodoro", "Valentín",
           "Heriberto", "Isidro", "Amador", "Cipriano", "Everardo", "Fermín", "Gonzalo", "Hilario"]
GIVEN_F = ["María", "Guadalupe", "Ana", "Rosa", "Carmen", "Juana", "Josefina", "Patricia", "Elena", "Teresa",
           "Leticia", "Graciela", "Concepción", "Dolores", "Isabel", "Verónica", "Adriana", "Gabriela",
           "Claudia", "Silvia", "Alejandra", "Lucía", "Sofía", "Yolanda", "Margarita", "Beatriz", "Martha",
           "Irma", "Norma", "Sandra", "Araceli", "Blanca", "Esperanza", "Rocío", "Mónica", "Angélica",
           "Cecilia", "Socorro", "Rosario", "Consuelo", "Maribel", "Yesenia", "Marisol", "Liliana", "Diana",
           "Laura", "Alma", "Elvira", "Ofelia", "Estela", "Gloria", "Raquel", "Natalia", "Ximena", "Itzel",
           "Mercedes", "Alicia", "Lorena", "Susana", "Brenda", "Karina", "Érika", "Reyna", "Victoria",
           "Cristina", "Paola", "Daniela", "Fernanda", "Jazmín", "Nayeli", "Griselda", "Aurora", "Imelda",
           "Lourdes", "Pilar", "Irene", "Carolina", "Angélica", "Minerva", "Rebeca"]
COMP_M = [["José", "Luis"], ["Juan", "Carlos"], ["José", "Antonio"], ["Juan", "Manuel"], ["Luis", "Miguel"],
          ["Miguel", "Ángel"], ["José", "Manuel"], ["Jorge", "Luis"], ["Juan", "José"], ["Francisco", "Javier"],
          ["Carlos", "Alberto"], ["José", "Guadalupe"], ["Juan", "Pablo"], ["José", "Alfredo"],
          ["Luis", "Fernando"], ["José", "de Jesús"], ["Juan", "Antonio"], ["José", "Ángel"], ["Víctor", "Manuel"],
          ["José", "Ramón"], ["Jesús", "Alberto"], ["Juan", "Francisco"], ["José", "Eduardo"]]
COMP_F = [["María", "Guadalupe"], ["María", "de Jesús"], ["María", "del Carmen"], ["María", "Elena"],
          ["María", "Teresa"], ["Ana", "María"], ["María", "Isabel"], ["María", "de los Ángeles"],
          ["Rosa", "María"], ["María", "Fernanda"], ["María", "Luisa"], ["María", "Cristina"],
          ["Martha", "Alicia"], ["María", "de la Luz"], ["María", "Dolores"], ["María", "Concepción"],
          ["Ana", "Laura"], ["María", "Eugenia"], ["Blanca", "Estela"], ["María", "Socorro"]]
SURNAMES = ["García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez",
            "Flores", "Gómez", "Díaz", "Torres", "Vásquez", "Vázquez", "Cruz", "Morales", "Reyes", "Gutiérrez",
            "Ortiz", "Ruiz", "Chávez", "Ramos", "Mendoza", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera",
            "Medina", "Aguilar", "Vargas", "Guzmán", "Salazar", "Muñoz", "Castro", "Rojas", "Ortega", "Delgado",
            "Contreras", "Guerrero", "Estrada", "Sandoval", "Figueroa", "Domínguez", "Espinoza", "Cortés",
            "Ríos", "Juárez", "Navarro", "Acosta", "Luna", "Cervantes", "Campos", "Silva", "Rosales", "Soto",
            "Núñez", "Ibarra", "Ochoa", "Cárdenas", "Fuentes", "Valdez", "Escobar", "Maldonado", "Zamora",
            "Ávila", "Trujillo", "Villarreal", "Cantú", "Garza", "Treviño", "Saldaña", "Peña", "Barrera",
            "Benavides", "Cavazos", "Alvarado", "Olivares", "Montemayor", "Quintanilla", "Solís", "Villanueva",
            "Zúñiga", "Galván", "Leal", "Hinojosa", "Elizondo", "Rentería", "Ybarra", "Tijerina", "Guajardo",
            "Longoria", "Salinas", "Cisneros", "Esparza", "Lozano", "Mata", "Pineda", "Bermúdez", "Carrillo",
            "Becerra", "Arredondo", "Cuéllar", "Montoya", "Padilla", "Orozco", "Serrano", "Calderón", "Rangel",
            "Sepúlveda", "Tovar", "Vela", "Zapata", "Balderas", "Ibáñez", "Patiño", "Espinosa", "Meléndez",
            "Arriaga", "Bañuelos", "Villegas", "Escamilla", "Nava", "Quiñones", "Yáñez", "Téllez", "Uribe",
            "Fajardo", "Gallegos", "Jaramillo", "Lira", "Mireles", "Ocampo", "Pacheco", "Robles", "Saucedo"]
PARTICLE_SURNAMES = ["de la Cruz", "de la Garza", "de León", "del Río", "de los Santos", "de la Rosa",
                     "de la Fuente", "del Ángel", "de la Torre", "de Hoyos", "de la Peña", "del Toro"]

# nicknames and anglicised forms, keyed by the accent-less lower-case canonical given name
NICK = {"jose": ["Pepe", "Chepe"], "francisco": ["Paco", "Pancho"], "guadalupe": ["Lupe", "Lupita"],
        "jesus": ["Chuy", "Chucho"], "guillermo": ["Memo"], "ignacio": ["Nacho"], "alberto": ["Beto"],
        "roberto": ["Beto"], "humberto": ["Beto"], "gilberto": ["Beto"], "eduardo": ["Lalo"],
        "antonio": ["Toño"], "graciela": ["Chela"], "concepcion": ["Conchita", "Concha"],
        "dolores": ["Lola", "Lolita"], "enrique": ["Quique"], "rigoberto": ["Rigo"], "salvador": ["Chava"],
        "rafael": ["Rafa"], "alfonso": ["Poncho"], "rosario": ["Chayo"], "socorro": ["Coco"],
        "fernando": ["Nando"], "lorenzo": ["Lencho"], "gustavo": ["Tavo"], "ernesto": ["Neto"],
        "gabriela": ["Gaby"], "leticia": ["Lety"], "veronica": ["Vero"], "patricia": ["Paty"],
        "isabel": ["Chabela"], "teresa": ["Tere"], "mercedes": ["Meche"], "rodolfo": ["Fito"],
        "santiago": ["Chago"], "beatriz": ["Bety"], "manuel": ["Manolo"], "joaquin": ["Quino"]}
ANGL = {"jesus": ["Jesse"], "enrique": ["Henry"], "miguel": ["Mike"], "jose": ["Joe"], "francisco": ["Frank"],
        "antonio": ["Tony"], "roberto": ["Robert", "Bobby"], "ricardo": ["Richard", "Rick"], "ramon": ["Ray"],
        "rodolfo": ["Rudy"], "gilberto": ["Gilbert"], "rafael": ["Ralph"], "eduardo": ["Eddie", "Edward"],
        "arturo": ["Art", "Arthur"], "alberto": ["Albert"], "jorge": ["George"], "pedro": ["Peter"],
        "juan": ["John"], "luis": ["Louie", "Louis"], "carlos": ["Charlie"], "manuel": ["Manny"],
        "salvador": ["Sal"], "guillermo": ["William", "Willie"], "alejandro": ["Alex"], "andres": ["Andy"],
        "daniel": ["Danny"], "maria": ["Mary"], "rosa": ["Rose"], "lucia": ["Lucy"], "elena": ["Helen"],
        "teresa": ["Terry"], "josefina": ["Josie"], "margarita": ["Maggie"], "alicia": ["Alice"],
        "consuelo": ["Connie"], "patricia": ["Pat"], "ignacio": ["Nick"], "reynaldo": ["Ray"]}
GIVEN_ABBR = {"maría": "Ma.", "guadalupe": "Gpe.", "francisco": "Fco.", "josé": "J."}

TRADES = ["Roofing", "Construction", "Drywall", "Tile & Stone", "Concrete", "Framing", "Painting", "Remodeling",
          "Fencing", "Plumbing", "Electric", "Masonry", "Flooring", "Stucco", "Siding", "Welding", "Demolition",
          "Iron Works", "Cabinets", "Carpentry", "Foundation Repair", "Gutters", "Insulation", "Paving",
          "Sheetrock", "Home Improvement", "Windows & Doors", "Tile", "Roofing & Siding", "Pressure Washing"]
SP_CONTRACT = ["Construcciones", "Remodelaciones", "Techos", "Pintura", "Herrería", "Albañilería", "Pisos"]
PLACE_WORDS = ["Jalisco", "Azteca", "Maya", "Tres Hermanos", "Lone Star", "Rio Grande", "Alamo", "El Sol",
               "Estrella", "Michoacán", "Guanajuato", "Zacatecas", "Durango", "Los Primos", "El Águila",
               "San Jacinto", "Bayou City", "Gulf Breeze", "Texas Star", "Chihuahua", "Sonora", "Oaxaca",
               "Monarca", "Tapatío", "Los Altos", "Golden Eagle", "Five Star", "La Roca", "Cuatro Vientos",
               "Nuevo León", "Veracruz", "San Antonio", "Guerrero", "Hidalgo", "Puebla", "Potosino", "Colima"]
FOOD_NAMES = ["El Güero", "La Esperanza", "Los Compadres", "El Paisa", "Jalisco", "El Rey", "Los Cuates",
              "El Torito", "La Herradura", "El Sol", "La Palma", "Don Pepe", "Doña María", "El Tapatío",
              "La Bamba", "El Rancherito", "Los Arcos", "San Miguel", "La Fe", "El Maizal", "La Guadalupana",
              "La Poblanita", "El Michoacano", "Los Altos", "El Chaparro", "La Única", "El Jarocho",
              "La Costeña", "Las Brisas", "El Potosino", "La Norteña", "El Regio", "Los Tres Reyes",
              "La Estrella", "El Nopal", "Las Palmas", "El Dorado", "La Villita", "El Charro", "La Catrina",
              "El Huasteco", "La Sierra", "El Sabor", "La Tapatía", "El Zarape", "La Chiquita", "El Molcajete",
              "Las Fuentes", "El Mezquite", "La Hacienda", "El Buen Gusto", "La Sirenita", "El Fogón",
              "La Cabaña", "Los Magueyes", "El Farolito", "La Diana", "El Amigo", "La Perla", "El Portal"]
FOOD_TYPES = ["Taquería", "Tortillería", "Panadería", "Restaurante", "Mariscos", "Pupusería", "Birriería",
              "Antojitos", "Tacos", "Raspas", "Cocina", "Carnitas"]
SHOP_TYPES = ["Tienda", "Carnicería", "Mini Super", "Abarrotes", "Mercado", "Botánica", "Paletería",
              "Ferretería", "Dulcería", "Frutería", "Joyería", "Tienda Naturista"]
AUTO_PAT = ["{S} Auto Repair", "Taller Mecánico {S}", "Llantera {F}", "{G}'s Transmission", "{S} Body Shop",
            "Hojalatería y Pintura {S}", "Mofles {F}", "{P} Auto Service", "{S} Auto Parts", "Refaccionaria {F}",
            "{S} Tire Shop", "{G}'s Mobile Mechanic", "{S} Diesel Repair", "{P} Muffler & Brakes"]
LAND_PAT = ["{S} Landscaping", "{G}'s Lawn Service", "Jardinería {S}", "{P} Landscaping & Irrigation",
            "{S} Tree Service", "Paisajes {P}", "{S} Lawn Care", "{P} Nursery & Landscaping"]
CHURCH_TYPES = ["Iglesia Bautista", "Iglesia Cristiana", "Iglesia Pentecostal", "Templo", "Ministerio",
                "Centro Cristiano", "Iglesia Evangélica", "Iglesia de Dios", "Asamblea de Dios",
                "Iglesia Apostólica", "Iglesia Metodista"]
CHURCH_NAMES = ["Nueva Vida", "Roca de Salvación", "Bethel", "El Buen Pastor", "Fuente de Vida", "Monte Sinaí",
                "Getsemaní", "Emanuel", "Maranatha", "La Gran Comisión", "Nuevo Amanecer", "Casa de Oración",
                "Príncipe de Paz", "Rey de Reyes", "Sión", "Nueva Jerusalén", "Cordero de Dios", "Agua Viva",
                "Pan de Vida", "El Shaddai", "Vida Abundante", "Cristo Viene", "Betania", "Peniel", "Elim",
                "Horeb", "Canaán", "Filadelfia", "Monte de Sión", "Puerta del Cielo", "Luz y Verdad",
                "Fe y Esperanza", "El Calvario", "Jehová Jireh", "La Hermosa", "Alfa y Omega", "Jesús el Camino",
                "Manantial de Vida", "Arca de Noé", "Nuevo Pacto", "Pozo de Jacob", "Tierra Prometida",
                "Ebenezer", "Monte Horeb", "Siloé", "Hebrón", "Sinaí", "Esmirna", "Antioquía", "Galilea"]
CATHOLIC = ["Parroquia San José", "Parroquia Nuestra Señora de Guadalupe", "St. Joseph Catholic Church",
            "Sagrado Corazón Church", "Parroquia San Juan Bautista", "Our Lady of Guadalupe Church",
            "Parroquia Santa Ana", "Parroquia San Martín de Porres", "St. Anthony Catholic Church",
            "Parroquia Cristo Rey", "Parroquia San Judas Tadeo", "Parroquia Santo Niño de Atocha"]
GOV_NAMES = [("Pasadena ISD - Maintenance", "Pasadena"), ("Galena Park ISD", "Galena Park"),
             ("Houston ISD - Facilities", "Houston"), ("Aldine ISD - Purchasing", "Houston"),
             ("Goose Creek CISD", "Baytown"), ("Alief ISD - Maintenance", "Houston"), ("Laredo ISD", "Laredo"),
             ("United ISD - Facilities", "Laredo"), ("McAllen ISD", "McAllen"),
             ("Brownsville ISD - Maintenance", "Brownsville"), ("Ysleta ISD", "El Paso"),
             ("Edgewood ISD", "San Antonio"), ("City of Pasadena - Public Works", "Pasadena"),
             ("City of Baytown - Parks & Recreation", "Baytown"), ("City of Houston - General Services", "Houston"),
             ("City of Galena Park", "Galena Park"), ("City of South Houston", "South Houston"),
             ("City of Laredo - Utilities", "Laredo"), ("City of Brownsville - Public Works", "Brownsville"),
             ("City of Jacinto City", "Jacinto City"), ("Harris County Precinct 2", "Houston"),
             ("Katy ISD - Facilities", "Katy"), ("City of Sugar Land - Public Works", "Sugar Land"),
             ("City of La Porte", "La Porte"), ("City of Deer Park - Utilities", "Deer Park"),
             ("Socorro ISD", "El Paso"), ("Harlandale ISD", "San Antonio"), ("Channelview ISD", "Channelview"),
             ("City of McAllen - Public Works", "McAllen"), ("Dallas ISD - Maintenance", "Dallas"),
             ("Galveston ISD", "Galveston"), ("City of Galveston - Streets", "Galveston")]
MX_PAT = [("Constructora {S}", "S.A. de C.V."), ("Materiales {F}", "S.A. de C.V."),
          ("Ferretería {F}", None), ("Refaccionaria {F}", "S.A. de C.V."), ("Transportes {S}", "S.A. de C.V."),
          ("Acabados {F}", "S. de R.L. de C.V."), ("Grupo Constructor {S}", "S.A. de C.V."),
          ("Aceros {F}", "S.A. de C.V."), ("Herrajes {F}", None), ("Autopartes {F}", "S. de R.L. de C.V.")]
CHAIN_BRANDS = [("Taquería Los Cuates", "restaurant", "#"), ("Tortillería La Guadalupana", "restaurant", "#"),
                ("Llantera Los Primos", "auto", "-"), ("Mariscos El Pescador", "restaurant", "#"),
                ("Mini Super La Palma", "tienda", "#"), ("Mofles El Güero", "auto", "#"),
                ("Panadería La Reina", "restaurant", "-"), ("Carnicería El Rodeo", "tienda", "#"),
                ("Tacos El Tapatío", "restaurant", "#"), ("Raspas La Nieve", "restaurant", "-")]
GROUP_LINES = ["Concrete", "Trucking", "Equipment Rental", "Properties", "Roofing", "Landscaping", "Drywall",
               "Framing", "Materials", "Transport", "Excavation", "Fencing", "Welding", "Homes"]
GROUP_HEADS = ["{S} Holdings", "{S} Group", "Grupo {S}", "{S} Enterprises", "{S} Companies"]

# cities: name, region, metro, weight, zips, phone area codes, streets
# street = (prefix dir, name, type, suffix dir, special)
def _st(spec):
    p = spec.split("|")
    while len(p) < 5:
        p.append("")
    return tuple(p)

CITIES = [
    ("Houston", "TX", "HOU", 40, ["77003", "77009", "77011", "77012", "77016", "77017", "77020", "77022", "77023",
                                 "77026", "77028", "77033", "77036", "77037", "77038", "77039", "77040", "77055",
                                 "77060", "77061", "77074", "77076", "77081", "77087", "77088", "77091", "77093"],
     ["713", "832", "281", "346"],
     ["|Airline|Dr", "|Aldine Bender|Rd", "|Fulton|St", "|Irvington|Blvd", "|Navigation|Blvd", "|Harrisburg|Blvd",
      "|Telephone|Rd", "|Bellaire|Blvd", "|Gessner|Rd", "|Long Point|Rd", "|Hillcroft|Ave", "|Bissonnet|St",
      "|Jensen|Dr", "W|Tidwell|Rd", "W|Little York|Rd", "N|Shepherd|Dr", "|Canal|St", "|Lyons|Ave", "|Wayside|Dr",
      "|Gulfton|St", "|Fondren|Rd", "|Beechnut|St", "|Edgebrook|Dr", "|Almeda|Rd", "|Cullen|Blvd",
      "|Broadway|St", "|Fuqua|St", "|Hempstead|Rd", "|Antoine|Dr", "|Kempwood|Dr", "|Wallisville|Rd",
      "|Mesa|Dr", "|Airport|Blvd", "|Bellfort|Ave", "E|Crosstimbers|St", "|Gulf|Fwy", "|Northwest|Fwy",
      "|1960||W|fm", "|529|||fm", "|249|||hwy", "|de las Americas|||avenida", "|Sonora|||calle",
      "|Alegre|||calle", "N|Main|St", "|Quitman|St", "|Lockwood|Dr", "|Kirkpatrick|Blvd", "|Homestead|Rd"]),
    ("Pasadena", "TX", "HOU", 8, ["77502", "77503", "77504", "77505", "77506"], ["713", "281", "832"],
     ["|Red Bluff|Rd", "|Spencer|Hwy", "|Southmore|Ave", "|Shaver|St", "|Burke|Rd", "|Richey|St",
      "|Pasadena|Blvd", "|Strawberry|Rd", "|Harris|Ave", "|Tatar|St", "|Preston|Ave", "|Allen Genoa|Rd"]),
    ("South Houston", "TX", "HOU", 2, ["77587"], ["713", "832"],
     ["|Spencer|Hwy", "|Texas|Ave", "|Avenue A||", "|Main|St", "|Allen Genoa|Rd"]),
    ("Deer Park", "TX", "HOU", 1, ["77536"], ["281", "832"], ["|Center|St", "|Pasadena|Blvd", "|13th|St"]),
    ("La Porte", "TX", "HOU", 1, ["77571"], ["281", "832"], ["W|Main|St", "|Fairmont|Pkwy", "|Broadway|St"]),
    ("Galena Park", "TX", "HOU", 2, ["77547"], ["713", "832"], ["|Clinton|Dr", "|Keene|St", "|2nd|St"]),
    ("Channelview", "TX", "HOU", 2, ["77530"], ["281", "832"], ["|Sheldon|Rd", "|Market|St", "|Dell Dale|St"]),
    ("Jacinto City", "TX", "HOU", 1, ["77029"], ["713", "832"], ["|Mercury|Dr", "|Holland|Ave", "|Oates|Rd"]),
    ("Baytown", "TX", "HOU", 5, ["77520", "77521"], ["281", "346", "832"],
     ["|Garth|Rd", "|Decker|Dr", "|Market|St", "N|Main|St", "|Texas|Ave", "|Bayway|Dr", "|Alexander|Dr",
      "|Cedar Bayou|Rd"]),
    ("Katy", "TX", "HOU", 4, ["77449", "77450", "77493", "77494"], ["281", "832", "346"],
     ["|Mason|Rd", "|Fry|Rd", "|Franz|Rd", "|Katy Hockley|Rd", "|1093|||fm", "|Avenue D||", "|Clay|Rd",
      "|Westgreen|Blvd"]),
    ("Sugar Land", "TX", "HOU", 3, ["77478", "77479", "77498"], ["281", "832"],
     ["|Eldridge|Rd", "|Dairy Ashford|Rd", "|Kirkwood|Rd", "|6|||hwy", "|Brooks|St", "|Highway 90A||"]),
    ("Galveston", "TX", "GAL", 3, ["77550", "77551", "77554"], ["409"],
     ["|Broadway|Ave", "|Seawall|Blvd", "|61st|St", "|Avenue O||", "|Postoffice|St", "|Church|St"]),
    ("San Antonio", "TX", "SAT", 6, ["78201", "78207", "78211", "78221", "78228", "78237"], ["210", "726"],
     ["|Guadalupe|St", "|Zarzamora|St", "S|Flores|St", "W|Commerce|St", "|Nogalitos|St", "SW|Military|Dr",
      "|Culebra|Rd", "|Bandera|Rd", "|Frio City|Rd", "|Castroville|Rd", "|Pleasanton|Rd"]),
    ("Laredo", "TX", "LRD", 5, ["78040", "78041", "78043", "78045", "78046"], ["956"],
     ["|San Bernardo|Ave", "|Santa Maria|Ave", "|Guadalupe|St", "|Saunders|St", "|del Norte|||calle",
      "|Zapata|Hwy", "|Mines|Rd", "|McPherson|Rd", "|Santa Rita|Ave"]),
    ("McAllen", "TX", "MCA", 4, ["78501", "78503", "78504"], ["956"],
     ["N|10th|St", "|Pecan|Blvd", "|Nolana|Ave", "|Bicentennial|Blvd", "N|23rd|St", "|Jackson|Ave",
      "|Dallas|Ave"]),
    ("Brownsville", "TX", "BRO", 3, ["78520", "78521", "78526"], ["956"],
     ["|Boca Chica|Blvd", "|Southmost|Rd", "|Central|Blvd", "E|14th|St", "|Retama|||calle",
      "|Paredes Line|Rd", "|Alton Gloor|Blvd"]),
    ("El Paso", "TX", "ELP", 3, ["79901", "79903", "79905", "79907", "79915", "79924"], ["915"],
     ["|Alameda|Ave", "|Dyer|St", "|Montana|Ave", "|Zaragoza|Rd", "N|Mesa|St", "S|Paisano|Dr", "|Yarbrough|Dr",
      "|de las Flores|||avenida"]),
    ("Dallas", "TX", "DAL", 4, ["75211", "75212", "75216", "75217", "75220", "75227"], ["214", "469", "972"],
     ["W|Jefferson|Blvd", "|Singleton|Blvd", "|Harry Hines|Blvd", "|Buckner|Blvd", "|Bryan|St", "|Ross|Ave",
      "S|Westmoreland|Rd", "W|Davis|St"]),
]
MX_CITIES = [
    ("Monterrey", "NL", "MTY", 2, "81",
     [("Av.", "Constitución", "Ote.", "Centro", "64000"), ("Calle", "Padre Mier", "Ote.", "Centro", "64000"),
      ("Av.", "Ruiz Cortines", "", "Moderna", "64530"), ("Av.", "Lincoln", "", "Valle Verde", "64117"),
      ("Calle", "Zaragoza", "Sur", "Centro", "64000"), ("Av.", "Madero", "Pte.", "Obrera", "64010"),
      ("Av.", "Colón", "Ote.", "Industrial", "64440"), ("Calle", "Washington", "Ote.", "Centro", "64000")]),
    ("Guadalupe", "NL", "MTY", 1, "81",
     [("Av.", "Benito Juárez", "", "Centro", "67100"), ("Av.", "Pablo Livas", "", "Valle de Guadalupe", "67140")]),
    ("San Nicolás de los Garza", "NL", "MTY", 1, "81",
     [("Av.", "Universidad", "", "Anáhuac", "66450"), ("Av.", "Diego Díaz de Berlanga", "", "Santo Domingo", "66440")]),
    ("Reynosa", "TAMPS", "REY", 1, "899",
     [("Blvd.", "Hidalgo", "", "Longoria", "88660"), ("Calle", "Zaragoza", "", "Centro", "88500"),
      ("Blvd.", "Morelos", "", "Rodríguez", "88630"), ("Calle", "Aldama", "", "Aztlán", "88740")]),
    ("Nuevo Laredo", "TAMPS", "NLD", 1, "867",
     [("Av.", "Guerrero", "", "Centro", "88000"), ("Calle", "Victoria", "", "Juárez", "88060"),
      ("Av.", "Reforma", "", "Jardín", "88260"), ("Calle", "González", "", "Sector Centro", "88000")]),
]
CITY = {}
for _c in CITIES:
    CITY[_c[0]] = {"name": _c[0], "reg": _c[1], "metro": _c[2], "w": _c[3], "zips": _c[4], "area": _c[5],
                   "streets": [_st(s) for s in _c[6]], "mx": False}
for _c in MX_CITIES:
    CITY[_c[0]] = {"name": _c[0], "reg": _c[1], "metro": _c[2], "w": _c[3], "area": [_c[4]], "mxst": _c[5],
                   "mx": True, "zips": sorted(set(x[4] for x in _c[5]))}
CITY_NAMES = [c[0] for c in CITIES] + [c[0] for c in MX_CITIES]
HOU_METRO = [c for c in CITY_NAMES if CITY[c]["metro"] == "HOU"]
TX_CITIES = [c[0] for c in CITIES]

STREET_TYPES = {"St": ["St", "Street", "St."], "Dr": ["Dr", "Drive", "Dr."], "Rd": ["Rd", "Road", "Rd."],
                "Blvd": ["Blvd", "Boulevard", "Blvd."], "Ave": ["Ave", "Avenue", "Ave."], "Ln": ["Ln", "Lane"],
                "Pkwy": ["Pkwy", "Parkway"], "Fwy": ["Fwy", "Freeway"], "Hwy": ["Hwy", "Highway"]}
DIRS = {"N": ["N", "North", "N."], "S": ["S", "South", "S."], "E": ["E", "East", "E."], "W": ["W", "West", "W."],
        "SW": ["SW", "Southwest"]}
UNIT_FORMS = {"apt": ["Apt {u}", "#{u}", "Apt. {u}", "Unit {u}", "Apartment {u}", "# {u}"],
              "lot": ["Lot {u}", "Lot #{u}", "#{u}", "Lot No. {u}"],
              "ste": ["Ste {u}", "Suite {u}", "Ste. {u}", "#{u}"],
              "unit": ["Unit {u}", "#{u}"]}
REGION_FORMS = {"TX": ["TX", "Texas", "Tx"], "NL": ["N.L.", "NL", "Nuevo León", "Nuevo Leon"],
                "TAMPS": ["Tamps.", "Tamaulipas", "TAMPS", "Tamps"]}
COUNTRY_FORMS = {"US": [None, "USA", "US", "United States"], "MX": ["Mexico", "México", "MX", "MEX"]}
PO_FORMS = ["PO Box {n}", "P.O. Box {n}", "Post Office Box {n}", "PO BOX {n}", "P O Box {n}"]
MX_TYPE_FORMS = {"Av.": ["Av.", "Avenida", "Ave."], "Calle": ["Calle", ""], "Blvd.": ["Blvd.", "Boulevard"]}
MX_DIR_FORMS = {"Ote.": ["Ote.", "Oriente"], "Pte.": ["Pte.", "Poniente"], "Sur": ["Sur"], "": [""]}
MX_NUM_FORMS = ["{n}", "#{n}", "No. {n}", "Núm. {n}"]
EMAIL_DOMAINS = [("gmail.com", 40), ("yahoo.com", 14), ("hotmail.com", 14), ("outlook.com", 8), ("att.net", 7),
                 ("sbcglobal.net", 4), ("icloud.com", 4), ("live.com", 3), ("comcast.net", 2), ("aol.com", 2)]
MX_DOMAINS = [("hotmail.com", 30), ("gmail.com", 35), ("yahoo.com.mx", 15), ("prodigy.net.mx", 10),
              ("outlook.es", 10)]
KEYB = {"a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
        "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad",
        "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "xs"}
PHONETIC = {"z": "s", "s": "z", "v": "b", "b": "v", "c": "s", "i": "y", "y": "i", "j": "h"}

# ---------------------------------------------------------------------------------------- text helpers
def strip_acc(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                 if not unicodedata.combining(c)))


def to_nn(s):
    return strip_acc(s.replace("ñ", "nn").replace("Ñ", "NN"))


def to_moji(s):
    out = []
    for c in s:
        if c in "áéíóúñü":
            out.append(c.encode("utf-8").decode("cp1252"))
        else:
            out.append(c)
    return "".join(out)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def fixmoji(s):
    if "Ã" not in s:
        return s
    try:
        return s.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def has_moji(s):
    return s is not None and fixmoji(s) != s


def acc(s):
    return fold(fixmoji(s)).replace("nn", "n")


def fmt(s):
    return re.sub(r"[^a-z0-9]", "", acc(s))


def toks(s):
    return re.findall(r"[a-z0-9]+", acc(s))


def within_one(a, b):
    """Damerau (optimal string alignment) distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def prefix_len(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return i


def is_typo(a, b):
    """one edit, not on the first letter of a word (compared on the accent-folded strings)"""
    x, y = acc(a), acc(b)
    if x == y or not within_one(x, y):
        return False
    p = prefix_len(x, y)
    q = 0
    while q < min(len(x), len(y)) - p and x[len(x) - 1 - q] == y[len(y) - 1 - q]:
        q += 1
    edited = x[p:len(x) - q] + y[p:len(y) - q]
    return p > 0 and x[p - 1].isalnum() and edited.isalpha()


def title_word(w):
    return w[:1].upper() + w[1:]


# ---------------------------------------------------------------------------------------- keys
LABEL_WORDS = r"(?:cell|cel|celular|mobile|home|casa|office|oficina|work|main|tel|whatsapp)"
MX_PREFIXES = ("52", "521", "044", "045", "01", "01152", "011521")


def phone_parse(s):
    """-> list of (national 10-digit key, extension, prefix)"""
    if s is None:
        return []
    t = s.lower()
    out = []
    for part in re.split(r"\s*(?:/|;|,|\||\bor\b)\s*", t):
        part = re.sub(r"\(?\b" + LABEL_WORDS + r"\b\)?\s*:?", " ", part)
        part = part.strip(" .:-()")
        ext = None
        m = re.search(r"(?:\bext\.?|\bextension|\bx)\s*(\d{1,6})$", part)
        if m:
            ext = m.group(1)
            part = part[:m.start()]
        d = re.sub(r"\D", "", part)
        if not d:
            continue
        pre = ""
        if d.startswith("011"):
            pre, d = "011", d[3:]
        if len(d) == 11 and d[0] == "1":
            pre, d = pre + "1", d[1:]
        elif len(d) == 12 and d.startswith("52"):
            pre, d = pre + "52", d[2:]
        elif len(d) == 13 and d.startswith("521"):
            pre, d = pre + "521", d[3:]
        elif len(d) == 13 and d[:3] in ("044", "045"):
            pre, d = d[:3], d[3:]
        elif len(d) == 12 and d.startswith("01"):
            pre, d = "01", d[2:]
        out.append((d, ext, pre))
    return out


def phone_keys(s):
    ks = []
    for k, _, _ in phone_parse(s):
        if k not in ks:
            ks.append(k)
    return ks


def email_key(s):
    return None if s is None else s.strip().lower()


STREET_MAP = {"street": "st", "drive": "dr", "road": "rd", "boulevard": "blvd", "avenue": "ave", "av": "ave",
              "avenida": "ave", "lane": "ln", "parkway": "pkwy", "freeway": "fwy", "highway": "hwy",
              "court": "ct", "circle": "cir", "place": "pl", "trail": "trl", "north": "n", "south": "s",
              "east": "e", "west": "w", "southwest": "sw", "northwest": "nw", "oriente": "ote",
              "poniente": "pte", "norte": "nte"}
ADDR_DROP = {"apt", "apartment", "unit", "ste", "suite", "lot", "no", "num", "spc", "space", "calle"}
UNIT_RE = r"(?:,\s*)?(?:\b(?:apt|apartment|unit|ste|suite|lot|spc|space)\b\.?\s*(?:no\.?\s*)?#?\s*[a-z0-9-]+|#\s*[a-z0-9-]+)"


def _addr_text(a):
    parts = []
    for ln in (a.get("line1"), a.get("line2")):
        t = acc(ln or "")
        t = re.sub(r"\bcol(?:onia)?\b\.?.*$", " ", t)
        parts.append(t)
    t = " ".join(parts)
    t = re.sub(r"\bp\s*\.?\s*o\s*\.?\s*box\b", " pobox ", t)
    t = re.sub(r"\bpost\s+office\s+box\b", " pobox ", t)
    t = re.sub(r"\bfarm\s+to\s+market(?:\s+(?:road|rd))?\b", " fm ", t)
    t = re.sub(r"\bf\s*\.\s*m\s*\.?", " fm ", t)
    return t


def _zip5(a):
    d = re.sub(r"\D", "", a.get("postalCode") or "")
    return d[:5] if len(d) >= 5 else None


def addr_key(a):
    if not a:
        return None
    z = _zip5(a)
    if z is None:
        return None
    tk = [STREET_MAP.get(x, x) for x in re.findall(r"[a-z0-9]+", _addr_text(a)) if x not in ADDR_DROP]
    if not tk:
        return None
    return z + "|" + " ".join(sorted(tk))


def building_key(a):
    if not a:
        return None
    z = _zip5(a)
    if z is None:
        return None
    t = re.sub(UNIT_RE, " ", _addr_text(a))
    tk = [STREET_MAP.get(x, x) for x in re.findall(r"[a-z0-9]+", t) if x not in ADDR_DROP]
    return z + "|" + " ".join(sorted(tk))


PARTICLES = ("de", "la", "del", "los", "las", "y")
SUFFIX_TOK = ("jr", "sr", "ii", "iii", "iv")
ABBR_TOK = {"ma": "maria", "gpe": "guadalupe", "fco": "francisco", "hnos": "hermanos", "hno": "hermano",
            "cia": "compania", "bros": "brothers", "const": "construction", "constr": "construction",
            "svc": "service", "svcs": "services", "mtz": "martinez", "hdz": "hernandez", "glz": "gonzalez",
            "rdz": "rodriguez", "sta": "santa", "sto": "santo", "st": "saint", "ntra": "nuestra",
            "sra": "senora", "mfg": "manufacturing", "intl": "international", "assoc": "associates"}
CONNECT = ("and", "y", "e")
LEGAL_ONE = ("llc", "inc", "co", "corp", "corporation", "incorporated", "company", "ltd", "lp", "llp",
             "pllc", "pc")
LEGAL_SEQ = (("s", "de", "rl", "de", "cv"), ("sa", "de", "cv"), ("s", "de", "rl"))
STOP = ("de", "la", "el", "los", "las", "del", "y", "and", "e", "the", "of")
DBA_RE = r"\s+(?:dba|d/b/a|d\.b\.a\.?|doing business as)\s+"


def _canon_tables():
    inv = {}
    for table in (NICK, ANGL):
        for k in sorted(table):
            for n in table[k]:
                inv.setdefault(acc(n), []).append(k)
    return inv


NICK_INV_ALL = _canon_tables()


def given_canon(t):
    t = ABBR_TOK.get(t, t)
    out = [t]
    for c in NICK_INV_ALL.get(t, []):
        if c not in out:
            out.append(c)
    return out


def first_given_token(g):
    for t in toks(g):
        if t in PARTICLES or len(t) == 1:
            continue
        return t
    return None


def first_surname_unit(f):
    tk = toks(f)
    unit = ""
    for t in tk:
        unit += t
        if t not in PARTICLES:
            return unit
    return unit or None


def person_keys(c):
    g, f = c.get("givenName"), c.get("familyName")
    if not g or not f:
        return []
    gt, fu = first_given_token(g), first_surname_unit(f)
    if not gt or not fu:
        return []
    return sorted(set("|".join(sorted([x, fu])) for x in given_canon(gt)))


def strip_qual(s):
    return re.sub(r"\s*(?:\([^()]*\)|-\s*\d+)\s*$", "", s)


def core_of(s):
    t = acc(strip_qual(s))
    t = re.sub(DBA_RE, " ", t)
    tk = join_single(re.findall(r"[a-z0-9]+", t.replace("&", " and ")))
    tk = drop_legal(tk)
    tk = [ABBR_TOK.get(x, x) for x in tk]
    tk = [x for x in tk if x not in STOP]
    return " ".join(sorted(set(tk)))


def name_cores(c):
    out = []
    for fld in ("displayName", "companyName"):
        v = c.get(fld)
        if not v:
            continue
        cands = [v]
        m = re.split(DBA_RE, acc(strip_qual(v)))
        if len(m) == 2:
            cands += m
        for x in cands:
            k = core_of(x)
            if k and k not in out:
                out.append(k)
    return out


def join_single(tk):
    out, run = [], ""
    for t in tk:
        if len(t) == 1 and t.isalpha():
            run += t
        else:
            if run:
                out.append(run)
                run = ""
            out.append(t)
    if run:
        out.append(run)
    return out


def drop_legal(tk):
    tk = list(tk)
    changed = True
    while changed:
        changed = False
        for seq in LEGAL_SEQ:
            n = len(seq)
            for i in range(len(tk) - n + 1):
                if tuple(tk[i:i + n]) == seq:
                    tk = tk[:i] + tk[i + n:]
                    changed = True
                    break
            if changed:
                break
    return [t for t in tk if t not in LEGAL_ONE]


# ---------------------------------------------------------------------------------------- label classifier
def _np(tk):
    return [t for t in tk if t not in PARTICLES]


def _nickpair(x, y, table):
    if x == y:
        return False
    ix = [k for k in sorted(table) if x in [acc(n) for n in table[k]]]
    iy = [k for k in sorted(table) if y in [acc(n) for n in table[k]]]
    if y in ix or x in iy:
        return True
    return bool(set(ix) & set(iy))


def _align(A, B, rel, allow_drop):
    """B aligned into A (or A into B) in order, pairs equal or rel(), >=1 rel pair."""
    S, L = (A, B) if len(A) <= len(B) else (B, A)
    if not allow_drop and len(S) != len(L):
        return False

    def rec(i, j, used):
        if i == len(S):
            return used and (allow_drop or j == len(L))
        if len(L) - j < len(S) - i:
            return False
        for jj in range(j, len(L) if allow_drop else j + 1):
            if S[i] == L[jj] and rec(i + 1, jj + 1, used):
                return True
            if rel(S[i], L[jj]) and rec(i + 1, jj + 1, True):
                return True
        return False
    return rec(0, 0, False)


def _is_subseq(S, L):
    it = iter(L)
    return all(any(x == y for y in it) for x in S)


def _abbrev_norm(s):
    tk = re.findall(r"[a-z0-9]+", acc(s).replace("&", " and "))
    tk = [ABBR_TOK.get(t, t) for t in tk]
    return "".join(t for t in tk if t not in CONNECT)


def _split_dba(s):
    parts = re.split(DBA_RE, acc(s))
    return parts if len(parts) == 2 else None


def name_preds(field, a, b):
    """ordered list of structural labels whose predicate holds (a = compared, b = this record)"""
    out = []
    qa, qb = strip_qual(a), strip_qual(b)
    if (qa != a or qb != b) and fmt(qa) == fmt(qb):
        out.append("qualifier")
    a, b = qa, qb
    da, db = _split_dba(a), _split_dba(b)
    if (da and not db and fmt(b) in (fmt(da[0]), fmt(da[1]))) or \
       (db and not da and fmt(a) in (fmt(db[0]), fmt(db[1]))) or \
       (da and db and (fmt(da[0]) == fmt(db[0]) or fmt(da[1]) == fmt(db[1]))):
        out.append("dba")
    A, B = toks(a), toks(b)
    sa = [t for t in A if t not in SUFFIX_TOK]
    sb = [t for t in B if t not in SUFFIX_TOK]
    if sa == sb and A != B:
        out.append("suffix")
    ja, jb = join_single(A), join_single(B)
    la, lb = drop_legal(ja), drop_legal(jb)
    if la == lb and ja != jb:
        out.append("legal_form")
    if _abbrev_norm(a) == _abbrev_norm(b):
        out.append("abbrev")
    pa, pb = _np(A), _np(B)
    if _align(pa, pb, lambda x, y: _nickpair(x, y, NICK), True):
        out.append("nickname")
    if _align(pa, pb, lambda x, y: _nickpair(x, y, ANGL), True):
        out.append("anglicized")
    if _align(pa, pb, lambda x, y: (len(x) == 1 and x.isalpha() and y.startswith(x)) or
              (len(y) == 1 and y.isalpha() and x.startswith(y)), False):
        out.append("initial")
    if field == "givenName":
        if pb and len(pb) < len(pa) and pa[:len(pb)] == pb:
            out.append("compound_dropped")
        if pa and len(pa) < len(pb) and pb[:len(pa)] == pa:
            out.append("compound_added")
    if field == "familyName":
        if pb and len(pb) < len(pa) and pa[:len(pb)] == pb:
            out.append("second_dropped")
        elif pb and len(pb) < len(pa) and pa[-len(pb):] == pb:
            out.append("first_dropped")
        if pa and len(pa) < len(pb) and pb[:len(pa)] == pa:
            out.append("second_added")
        elif pa and len(pa) < len(pb) and pb[-len(pa):] == pa:
            out.append("first_added")
    if is_typo(a, b):
        out.append("typo")
    if len(B) < len(A) and _is_subseq(B, A):
        out.append("word_dropped")
    if len(A) < len(B) and _is_subseq(A, B):
        out.append("word_added")
    if A != B and sorted(A) == sorted(B):
        out.append("reordered")
    return out


def cls_name(field, a, b, ra, rb):
    if a == b:
        return None
    if a is None:
        return "added"
    if b is None:
        return "missing"
    if a.casefold() == b.casefold():
        return "case"
    if (has_moji(a) or has_moji(b)) and fixmoji(a).casefold() == fixmoji(b).casefold():
        return "mojibake"
    if acc(a) == acc(b):
        return "accents"
    if fmt(a) == fmt(b):
        A = toks(a.replace("-", " "))
        B = toks(b.replace("-", " "))
        if ("-" in a or "-" in b) and A == B:
            return "hyphen"
        if sum(t in PARTICLES for t in toks(a)) != sum(t in PARTICLES for t in toks(b)):
            return "particle"
        return "format"
    if field in ("givenName", "familyName"):
        if ra.get("givenName") and ra.get("familyName") and rb.get("givenName") and rb.get("familyName") and \
                fmt(rb["givenName"]) == fmt(ra["familyName"]) and fmt(rb["familyName"]) == fmt(ra["givenName"]):
            return "swapped"
    p = name_preds(field, a, b)
    return p[0] if p else "changed"


def cls_email(a, b):
    if a == b:
        return None
    if a is None:
        return "added"
    if b is None:
        return "missing"
    if a.lower() == b.lower():
        return "case"
    if within_one(a.lower(), b.lower()):
        return "typo"
    return "changed"


def cls_phone(a, b):
    if a == b:
        return None
    if a is None:
        return "added"
    if b is None:
        return "missing"
    pa, pb = phone_parse(a), phone_parse(b)
    ka, kb = [x[0] for x in pa], [x[0] for x in pb]
    sa, sb = sorted(set(ka)), sorted(set(kb))
    if sa == sb:
        ea = dict((x[0], x[1]) for x in pa)
        eb = dict((x[0], x[1]) for x in pb)
        if ea != eb:
            return "extension"
        fa = dict((x[0], x[2]) for x in pa)
        fb = dict((x[0], x[2]) for x in pb)
        if fa != fb:
            diffs = [(fa[k], fb[k]) for k in sa if fa[k] != fb[k]]
            if any(x in MX_PREFIXES or y in MX_PREFIXES for x, y in diffs):
                return "mx_prefix"
            if all(x in ("", "1") and y in ("", "1") for x, y in diffs):
                return "country_code"
        return "format"
    if set(sa) > set(sb) and sb:
        return "second_dropped"
    if set(sb) > set(sa) and sa:
        return "second_added"
    if len(sa) == 1 and len(sb) == 1 and within_one(sa[0], sb[0]):
        return "typo"
    if not set(sa) & set(sb):
        return "changed"
    return "BAD_PHONE_OVERLAP"


ADDR_SUB = ("line1", "line2", "city", "region", "postalCode", "country")
ADDR_CORE = ("line1", "line2", "city", "region", "postalCode")


def _unit_free(a):
    t = " ".join(acc(a.get(s) or "") for s in ("line1", "line2"))
    t = re.sub(UNIT_RE, " ", t)
    return " ".join(re.findall(r"[a-z0-9]+", t))


def cls_addr(a, b):
    if a == b:
        return None
    if a is None:
        return "added"
    if b is None:
        return "missing"
    diff = [s for s in ADDR_SUB if a[s] != b[s]]

    def eq(f):
        return all((a[s] is None and b[s] is None) or (a[s] is not None and b[s] is not None and f(a[s]) == f(b[s]))
                   for s in ADDR_SUB)
    if eq(lambda x: x.casefold()):
        return "case"
    if eq(acc):
        return "accents"
    ka, kb = addr_key(a), addr_key(b)
    if ka is not None and ka == kb:
        if diff == ["postalCode"]:
            return "zip4"
        if diff == ["region"]:
            return "region"
        if diff == ["country"]:
            return "country"
        if set(diff) <= {"line1", "line2"} and _unit_free(a) == _unit_free(b) and \
                re.findall(UNIT_RE, " ".join(acc(a.get(s) or "") for s in ("line1", "line2"))):
            return "unit"
        if diff == ["line1"]:
            return "street_abbrev"
        return "format"
    if diff == ["country"]:
        return "country"
    if a["country"] == b["country"]:
        na = [s for s in ADDR_CORE if a[s] is not None]
        nb = [s for s in ADDR_CORE if b[s] is not None]
        if set(nb) < set(na) and all(acc(b[s]) == acc(a[s]) for s in nb):
            return "partial"
        if set(na) < set(nb) and all(acc(a[s]) == acc(b[s]) for s in na):
            return "completed"
    if diff == ["line1"] and a["line1"] and b["line1"] and is_typo(a["line1"], b["line1"]):
        return "typo"
    ba, bb = building_key(a), building_key(b)
    if ba is not None and ba == bb:
        return "other_unit"
    if not a["line1"] or not b["line1"] or within_one(acc(a["line1"] + " " + (a["line2"] or "")),
                                                      acc(b["line1"] + " " + (b["line2"] or ""))):
        return "BAD_ADDR"
    return "moved"


FIELDS = ("displayName", "givenName", "familyName", "companyName", "email", "phone", "address")
SEVERE = ("missing", "changed", "moved", "partial")


def labels_for(a, b):
    out = []
    for f in FIELDS:
        if f in ("displayName", "givenName", "familyName", "companyName"):
            l = cls_name(f, a[f], b[f], a, b)
        elif f == "email":
            l = cls_email(a[f], b[f])
        elif f == "phone":
            l = cls_phone(a[f], b[f])
        else:
            l = cls_addr(a[f], b[f])
        if l:
            out.append(f + ":" + l)
    return out


def fits(profile, labels):
    n = len(labels)
    sev = sum(1 for l in labels if l.split(":")[1] in SEVERE)
    if profile == "light":
        return 1 <= n <= 2
    if profile == "medium":
        return 2 <= n <= 4
    return n >= 4 and sev >= 2


# ---------------------------------------------------------------------------------------- rendering
def style_text(s, accst, casest):
    if s is None:
        return None
    if accst == "strip":
        s = strip_acc(s)
    elif accst == "nn":
        s = to_nn(s)
    elif accst == "moji":
        s = to_moji(s)
    if casest == "upper":
        s = s.upper()
    elif casest == "lower":
        s = s.lower()
    return s


def render_unit(u, pst):
    w = u.split(" ")
    if len(w) > 1 and w[0] in ("de", "del") and u in PARTICLE_SURNAMES:
        if pst == "cap":
            return " ".join(title_word(x) for x in w)
        if pst == "capfirst":
            return title_word(w[0]) + " " + " ".join(w[1:])
        if pst == "joined":
            return title_word("".join(w).lower())
        if pst == "camel":
            return "".join(title_word(x) for x in w)
        return u
    if len(w) > 1 and w[0] == "de" and pst in ("cap", "camel"):
        return "De " + " ".join(w[1:])
    return u


def compose_person(p):
    g = " ".join(p["given"])
    f = p["fjoin"].join(render_unit(u, p["pst"]) for u in p["family"])
    sfx = (" " + p["suffix"]) if p["suffix"] else ""
    d = p["disp"]
    if d == "GF":
        dn = g + " " + f + sfx
    elif d == "F, G":
        dn = f + ", " + g + sfx
    elif d == "FG":
        dn = f + " " + g + sfx
    elif d == "trade":
        dn = p["trade"]
    elif d == "dba":
        dn = g + " " + f + sfx + " " + p["dbam"] + " " + p["trade"]
    else:
        dn = d                       # literal display (e.g. e-mail user name)
    gn = g if p["hg"] else None
    fn = (f + (sfx if p.get("sfam") else "")) if p["hf"] else None
    if p["swap"]:
        gn, fn = fn, gn
    return dn, gn, fn


def compose_org(o):
    comp = o["base"] + ((o["lsep"] + o["legal"]) if o["legal"] else "") + ((" " + o["loc"]) if o["loc"] else "")
    d = o["disp"]
    if d == "full":
        dn = comp
    elif d == "nolegal":
        dn = o["base"] + ((" " + o["loc"]) if o["loc"] else "")
    elif d == "trade":
        dn = o["trade"]
    elif d == "dba":
        dn = comp + " dba " + o["trade"]
    else:
        dn = d
    return dn, o["cg"], o["cf"], comp


def fmt_us(nat, sty):
    a, b, c = nat[:3], nat[3:6], nat[6:]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "plain": "%s%s%s", "dot": "%s.%s.%s",
            "plus1": "+1 %s %s %s", "plus1p": "+1 (%s) %s-%s", "one": "1-%s-%s-%s", "space": "%s %s %s",
            "plus1d": "+1-%s-%s-%s"}[sty] % (a, b, c)


def fmt_mx(nat, sty):
    if nat.startswith("81"):
        a, r1, r2 = nat[:2], nat[2:6], nat[6:]
    else:
        a, r1, r2 = nat[:3], nat[3:6], nat[6:]
    r = r1 + " " + r2
    return {"p52": "+52 %s %s" % (a, r), "p521": "+52 1 %s %s" % (a, r), "044": "044 %s %s" % (a, r),
            "045": "045 %s %s" % (a, r), "01": "01 %s %s" % (a, r), "011": "011 52 %s %s" % (a, r),
            "loc": "%s %s" % (a, r), "par": "(%s) %s-%s" % (a, r1, r2), "plain": nat,
            "p52c": "+52" + nat}[sty]


US_STYLES = ["paren", "dash", "plain", "dot", "plus1", "plus1p", "one", "space", "plus1d"]
US_STYLE_W = [40, 30, 9, 7, 5, 3, 3, 2, 1]
MX_STYLES = ["p52", "p521", "044", "045", "01", "011", "loc", "par", "plain", "p52c"]
MX_STYLE_W = [25, 12, 12, 6, 8, 7, 12, 8, 5, 5]
EXT_FORMS = [" ext {e}", " x{e}", " Ext. {e}", " ext. {e}"]


def compose_phone(ph):
    if ph is None:
        return None
    out = []
    for n in ph["nums"]:
        s = fmt_mx(n["nat"], n["sty"]) if n["cc"] == "52" else fmt_us(n["nat"], n["sty"])
        if n.get("ext"):
            s += EXT_FORMS[n["extf"]].format(e=n["ext"])
        lab = n.get("lab")
        if lab:
            if n["lpos"] == "pre" or n.get("ext"):
                s = lab + " " + s
            elif n["lpos"] == "prec":
                s = title_word(lab) + ": " + s
            else:
                s = s + " (" + lab + ")"
        out.append(s)
    return ph["join"].join(out)


def render_street(st, sv, dv, xv):
    pre, name, typ, post, special = st
    if special == "fm":
        core = ["FM {n}", "Farm to Market Rd {n}", "F.M. {n}", "Farm to Market Road {n}"][xv % 4].format(n=name)
    elif special == "hwy":
        core = ["Hwy {n}", "Highway {n}", "Hwy. {n}"][xv % 3].format(n=name)
    elif special == "avenida":
        core = ["Avenida {n}", "Ave {n}", "Av. {n}"][xv % 3].format(n=name)
    elif special == "calle":
        core = "Calle " + name
    else:
        core = name + ((" " + STREET_TYPES[typ][sv % len(STREET_TYPES[typ])]) if typ else "")
    if pre:
        core = DIRS[pre][dv % len(DIRS[pre])] + " " + core
    if post:
        core = core + " " + DIRS[post][dv % len(DIRS[post])]
    return core


def compose_addr(ad, accst, casest):
    if ad is None:
        return None
    line2 = None
    if ad["k"] == "po":
        line1 = PO_FORMS[ad["pv"]].format(n=ad["po"])
    elif ad["k"] == "mx":
        typ = MX_TYPE_FORMS[ad["mxt"]][ad["mtv"] % len(MX_TYPE_FORMS[ad["mxt"]])]
        dr = MX_DIR_FORMS[ad["mxd"]][ad["mdv"] % len(MX_DIR_FORMS[ad["mxd"]])]
        line1 = " ".join(x for x in (typ, ad["name"], MX_NUM_FORMS[ad["mnv"]].format(n=ad["num"]), dr) if x)
        colo = ad["cv"] + " " + ad["col"]
        if ad["cp"] == "l1":
            line1 += ", " + colo
        elif ad["cp"] == "l2":
            line2 = colo
    else:
        line1 = ad["num"] + " " + render_street(ad["st"], ad["sv"], ad["dv"], ad["xv"])
        if ad["unit"]:
            ut, uid = ad["unit"]
            u = UNIT_FORMS[ut][ad["uv"] % len(UNIT_FORMS[ut])].format(u=uid)
            if ad["up"] == "l1":
                line1 += " " + u
            elif ad["up"] == "l1c":
                line1 += ", " + u
            else:
                line2 = u
    if ad.get("l1typo"):
        line1 = ad["l1typo"]
    reg = REGION_FORMS[ad["reg"]][ad["rv"] % len(REGION_FORMS[ad["reg"]])]
    pc = ad["zip"] + (("-" + ad["zip4"]) if (ad["zs"] == 9 and ad.get("zip4")) else "")
    ctry = COUNTRY_FORMS[ad["ctry"]][ad["cs"] % len(COUNTRY_FORMS[ad["ctry"]])]
    out = {"line1": line1, "line2": line2, "city": ad["city"], "region": reg, "postalCode": pc, "country": ctry}
    for k in ("line1", "line2", "city", "region"):
        out[k] = style_text(out[k], accst, casest)
    if casest == "upper" and out["country"]:
        out["country"] = out["country"].upper()
    for k in ad.get("drop", []):
        out[k] = None
    if all(out[k] is None for k in ADDR_CORE):
        return None
    return out


def compose_email(em):
    if em is None:
        return None
    v = em["v"]
    if em["st"] == "upper":
        return v.upper()
    if em["st"] == "cap":
        loc, dom = v.split("@")
        loc = re.sub(r"[a-z]+", lambda m: title_word(m.group(0)), loc)
        return loc + "@" + title_word(dom)
    return v


def compose(rs):
    if rs["o"] is not None:
        dn, gn, fn, cn = compose_org(rs["o"])
    else:
        dn, gn, fn = compose_person(rs["p"])
        cn = None
    a, c = rs["acc"], rs["case"]
    dn, gn, fn, cn = (style_text(x, a, c) for x in (dn, gn, fn, cn))
    if rs.get("qual"):
        dn = dn + rs["qual"]
    ov = rs.get("ovr", {})
    out = {"displayName": ov.get("displayName", dn), "givenName": ov.get("givenName", gn),
           "familyName": ov.get("familyName", fn), "companyName": ov.get("companyName", cn),
           "email": compose_email(rs["email"]), "phone": compose_phone(rs["phone"]),
           "address": compose_addr(rs["addr"], rs["aacc"], rs["acase"])}
    for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if out[k] is not None:
            out[k] = re.sub(r"\s+", " ", out[k]).strip() or None
    return out


# ---------------------------------------------------------------------------------------- generator state
class St(object):
    def __init__(self):
        self.R = random.Random(SEED)
        self.eids = {}
        self.phones = {}        # national number -> owner tag
        self.emails = {}        # e-mail -> owner tag
        self.email_by_len = {}  # len -> [e-mails]   (for the one-edit rule)
        self.addrs = {}         # address key -> owner tag
        self.ents = {}

    def wpick(self, items, weights):
        x = self.R.random() * sum(weights)
        for it, w in zip(items, weights):
            x -= w
            if x < 0:
                return it
        return items[-1]

    def chance(self, p):
        return self.R.random() < p

    def new_eid(self):
        while True:
            e = "c%07x" % self.R.getrandbits(28)
            if e not in self.eids:
                self.eids[e] = 1
                return e

    # ---- phones
    def fresh_nat(self, city, owner):
        C = CITY[city]
        while True:
            a = self.R.choice(C["area"])
            if C["mx"]:
                n = a + "".join(str(self.R.randint(0, 9)) for _ in range(10 - len(a)))
                if n[len(a)] == "0":
                    continue
            else:
                n = a + "555" + "%04d" % self.R.randint(100, 9999)
            if n not in self.phones:
                self.phones[n] = owner
                return n

    # ---- e-mails
    def email_ok(self, e, owner=None):
        if e in self.emails:
            return False
        for L in (len(e) - 1, len(e), len(e) + 1):
            for x in self.email_by_len.get(L, []):
                if within_one(x, e) and self.emails[x] != owner:
                    return False
        return True

    def take_email(self, e, owner):
        self.emails[e] = owner
        self.email_by_len.setdefault(len(e), []).append(e)

    def fresh_email(self, cands, owner):
        for e in cands:
            e = e.lower()
            if self.email_ok(e, owner):
                self.take_email(e, owner)
                return e
        raise RuntimeError("no e-mail")

    # ---- addresses
    def register_addr(self, ad, owner):
        k = addr_key(compose_addr(plain_addr_style(ad), "keep", "normal"))
        if k is None or k in self.addrs:
            return False
        self.addrs[k] = owner
        return True


def asc(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def plain_addr_style(ad):
    s = dict(ad)
    s.update({"sv": 0, "dv": 0, "xv": 0, "uv": 0, "up": "l2", "zs": 5, "rv": 0, "cs": 0, "pv": 0, "mtv": 0,
              "mdv": 0, "mnv": 0, "cp": "l2", "cv": "Col.", "drop": []})
    return s


def unit_id(st, kind):
    R = st.R
    if kind == "lot":
        return str(R.randint(1, 140))
    if kind == "ste":
        return str(R.choice([100, 110, 120, 150, 200, 204, 210, 250, 300, 310, 400, 500, 600]) + R.randint(0, 9))
    if kind == "unit":
        return R.choice(["A", "B", "C", "D", "E", "F"]) + str(R.randint(1, 20))
    f = R.randint(0, 3)
    if f == 0:
        return str(R.randint(1, 4)) + "%02d" % R.randint(1, 40)
    if f == 1:
        return R.choice("ABCDEFGH") + str(R.randint(1, 30))
    if f == 2:
        return str(R.randint(1, 40)) + R.choice("ABCD")
    return str(R.randint(100, 3999))


def gen_address(st, city, kind, owner, base=None, unit=None):
    """kind: house, apt, lot, po, com, ste"""
    R = st.R
    C = CITY[city]
    for _ in range(500):
        if base is not None:
            ad = copy.deepcopy(base)
            ad["unit"] = (base["unit"][0], unit if unit else unit_id(st, base["unit"][0]))
        elif C["mx"]:
            mxt, name, mxd, col, z = R.choice(C["mxst"])
            ad = {"k": "mx", "mxt": mxt, "name": name, "mxd": mxd, "col": col, "num": str(R.randint(100, 4999)),
                  "city": city, "reg": C["reg"], "zip": z, "zip4": None, "ctry": "MX"}
        elif kind == "po":
            ad = {"k": "po", "po": str(R.choice([R.randint(100, 9999), R.randint(10000, 99999)])), "city": city,
                  "reg": "TX", "zip": R.choice(C["zips"]), "zip4": "%04d" % R.randint(1, 9999), "ctry": "US"}
        else:
            stt = R.choice(C["streets"])
            num = R.randint(1000, 25999) if stt[4] in ("fm", "hwy") else R.choice(
                [R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 15999)])
            u = None
            if kind in ("apt", "lot", "ste", "unit"):
                u = (kind, unit_id(st, kind))
            ad = {"k": "us", "num": str(num), "st": stt, "unit": u, "city": city, "reg": "TX",
                  "zip": R.choice(C["zips"]), "zip4": "%04d" % R.randint(1, 9999), "ctry": "US"}
        if st.register_addr(ad, owner):
            return ad
    raise RuntimeError("address space exhausted")


# ---------------------------------------------------------------------------------------- entities
def pick_city(st, mx_ok=True):
    names = CITY_NAMES if mx_ok else TX_CITIES
    return st.wpick(names, [CITY[c]["w"] for c in names])


def person_name(st, sex=None, mx=False):
    R = st.R
    sex = sex or R.choice("mf")
    if R.random() < 0.27:
        given = list(R.choice(COMP_M if sex == "m" else COMP_F))
    else:
        given = [R.choice(GIVEN_M if sex == "m" else GIVEN_F)]
    sur1 = R.choice(PARTICLE_SURNAMES) if R.random() < 0.07 else R.choice(SURNAMES)
    sur2 = None
    if R.random() < (0.95 if mx else 0.55):
        sur2 = R.choice(SURNAMES)
        while sur2 == sur1:
            sur2 = R.choice(SURNAMES)
    return sex, given, sur1, sur2


def person_email_cands(st, given, sur1, sur2, mx=False, tag="", sex=None):
    R = st.R
    g = asc(given[0])
    g2 = asc(given[1]) if len(given) > 1 else ""
    s = asc(sur1)
    s2 = asc(sur2) if sur2 and not sur2.startswith("de ") else ""
    nk = NICK.get(acc(given[0]))
    doms = MX_DOMAINS if mx else EMAIL_DOMAINS
    out = []
    for _ in range(60):
        d = st.wpick([x[0] for x in doms], [x[1] for x in doms])
        yy = str(R.choice([R.randint(60, 99), R.randint(0, 9), R.randint(10, 29), R.randint(100, 999)]))
        pat = R.randint(0, 11)
        if pat == 0:
            loc = g + "." + s
        elif pat == 1:
            loc = g + s + yy
        elif pat == 2:
            loc = g[0] + s + yy
        elif pat == 3:
            loc = s + g[0] + yy
        elif pat == 4 and nk:
            loc = asc(R.choice(nk)) + s + yy
        elif pat == 5 and s2:
            loc = g + "." + s + "." + s2
        elif pat == 6:
            loc = g + "_" + s + yy
        elif pat == 7 and g2:
            loc = g[0] + g2[0] + s + yy
        elif pat == 8:
            loc = g + s[0] + yy
        elif pat == 9 and s2:
            loc = g + s + s2[0] + yy
        elif pat == 10 and sex:
            loc = ("la" if sex == "f" else "el") + g + yy
        else:
            loc = g + "." + s + yy
        out.append(loc + tag + "@" + d)
    return out


def family_email_cands(st, sur1):
    R = st.R
    s = asc(sur1)
    out = []
    for _ in range(40):
        yy = str(R.randint(1, 99))
        pat = R.randint(0, 3)
        loc = ["familia" + s + yy, s + "family" + yy, "los" + s + yy, "familia." + s + yy][pat]
        out.append(loc + "@" + st.wpick(["gmail.com", "yahoo.com", "hotmail.com", "att.net"], [5, 2, 2, 1]))
    return out


def org_email_cands(st, slug, kind, given=None, mx=False, domain=True):
    R = st.R
    out = []
    for _ in range(60):
        nn = str(R.randint(1, 99))
        pat = R.randint(0, 7)
        if pat <= 1 and domain and kind != "org/government":
            out.append(R.choice(["info", "office", "ventas", "admin", "contact", "billing"]) + "@" + slug +
                       R.choice([".com", ".net", ".com", ".us"]))
        elif pat == 2 and given:
            out.append(asc(given) + "@" + slug + ".com")
        elif pat == 3:
            out.append(slug + nn + "@" + R.choice(["yahoo.com", "hotmail.com", "outlook.com"]))
        elif pat == 4:
            out.append(slug + "@" + ("hotmail.com" if mx else "gmail.com"))
        elif pat == 5:
            out.append(slug + "." + R.choice(["tx", "htx", "llc", "inc", "us"]) + "@gmail.com")
        else:
            out.append(slug + nn + "@gmail.com")
    return out


def org_slug(base):
    words = re.findall(r"[a-z0-9]+", fold(base))
    out = ""
    for w in words:
        if len(out) + len(w) > 22 and out:
            break
        out += w
    return out


def church_email_cands(st, slug, contact):
    R = st.R
    out = []
    for _ in range(40):
        nn = str(R.randint(1, 99))
        pat = R.randint(0, 5)
        if pat == 0:
            out.append(slug + "@gmail.com")
        elif pat == 1:
            out.append(R.choice(["info", "oficina", "secretaria", "office"]) + "@" + slug + ".org")
        elif pat == 2 and contact:
            out.append("pastor" + asc(contact["sur1"]) + nn + "@gmail.com")
        elif pat == 3:
            out.append(slug + nn + "@yahoo.com")
        else:
            out.append(slug + nn + "@gmail.com")
    return out


def make_phones(st, city, eid, n_cell=1, office=False, ext=False, home=False):
    ph = []
    if office:
        ph.append({"cc": "52" if CITY[city]["mx"] else "1", "nat": st.fresh_nat(city, eid), "kind": "office",
                   "ext": str(st.R.choice([st.R.randint(10, 99), st.R.randint(100, 999)])) if ext else None})
    for _ in range(n_cell):
        ph.append({"cc": "52" if CITY[city]["mx"] else "1", "nat": st.fresh_nat(city, eid), "kind": "cell",
                   "ext": None})
    if home:
        ph.append({"cc": "52" if CITY[city]["mx"] else "1", "nat": st.fresh_nat(city, eid), "kind": "home",
                   "ext": None})
    return ph


def new_person(st, kind, city=None, sex=None, name=None, addr=None, addr_kind=None, email=True, suffix=None,
               married_to=None):
    R = st.R
    eid = st.new_eid()
    city = city or pick_city(st)
    mx = CITY[city]["mx"]
    if name is None:
        sex, given, sur1, sur2 = person_name(st, sex, mx)
    else:
        sex, given, sur1, sur2 = name
    if married_to and sex == "f":
        sur2 = "de " + married_to
    elif name is None and sex == "f" and sur2 and R.random() < 0.25:
        sur2 = "de " + R.choice(SURNAMES)
    ent = {"eid": eid, "kind": kind, "org": False, "sex": sex, "given": given, "sur1": sur1, "sur2": sur2,
           "suffix": suffix, "city": city, "mx": mx, "trade": None}
    nk = NICK.get(acc(given[0]))
    an = ANGL.get(acc(given[0]))
    ent["nick"] = R.choice(nk) if nk else None
    ent["angl"] = R.choice(an) if an else None
    if addr is None:
        ak = addr_kind or st.wpick(["house", "apt", "lot", "po"], [76, 13, 4, 7])
        addr = gen_address(st, city, ak if not mx else "house", eid)
    ent["addr"] = addr
    ent["phones"] = make_phones(st, city, eid, 1, home=R.random() < 0.08)
    ent["email"] = st.fresh_email(person_email_cands(st, given, sur1, sur2, mx, sex=sex), eid) if email else None
    st.ents[eid] = ent
    return ent


def trade_name(st, sur, given, nick):
    R = st.R
    f = R.randint(0, 9)
    if f <= 3:
        return sur + " " + R.choice(TRADES)
    if f == 4:
        return (nick or given[0]) + "'s " + R.choice(["Tile", "Lawn Service", "Handyman", "Painting", "Drywall",
                                                       "Roofing", "Remodeling", "Fencing", "Welding"])
    if f == 5:
        return R.choice(["Mofles", "Tacos", "Raspas", "Llantera", "Herrería"]) + " " + R.choice(FOOD_NAMES)
    if f == 6:
        return R.choice(PLACE_WORDS) + " " + R.choice(TRADES)
    if f == 7:
        return R.choice(SP_CONTRACT) + " " + sur
    if f == 8:
        return sur + " " + R.choice(["Handyman Services", "Lawn Care", "Tree Service", "Mobile Mechanic"])
    return given[0] + " " + sur + " " + R.choice(["Drywall", "Painting", "Trucking", "Construction"])


def pick_legal(st, kind):
    if kind in ("org/church", "org/government"):
        return st.wpick([None, "Inc.", "Inc"], [80, 15, 5])
    return st.wpick(["LLC", "Inc", "Co.", "Corp", "Inc.", None], [52, 8, 5, 3, 5, 27])


def org_base(st, kind, city, surname=None, given=None):
    R = st.R
    S = surname or R.choice(SURNAMES)
    G = given or R.choice(GIVEN_M)
    P = R.choice(PLACE_WORDS)
    F = R.choice(FOOD_NAMES)
    if kind == "org/contractor":
        f = st.wpick(range(9), [34, 5, 8, 10, 7, 8, 18, 5, 5])
        T = R.choice(TRADES)
        if f == 0:
            return S + " " + T, S
        if f == 1:
            return S + " & Sons " + R.choice(["Construction", "Roofing", "Concrete", "Fencing"]), S
        if f == 2:
            return R.choice([S + " Hnos. ", S + " Hermanos ", "Hermanos " + S + " "]) + T, S
        if f == 3:
            return R.choice(SP_CONTRACT) + " " + S, S
        if f == 4:
            return R.choice("ABCDEFGHJLMRSV") + R.choice("ABCDEGHJLMRSV") + " " + T, None
        if f == 5:
            return G + "'s " + T, None
        if f == 6:
            return P + " " + T, None
        if f == 7:
            S2 = R.choice(SURNAMES)
            return S + " & " + S2 + " " + R.choice(["Construction", "Contractors", "Builders"]), S
        return S + " " + T + " & Remodeling", S
    if kind == "org/landscaping":
        pat = R.choice(LAND_PAT)
        return pat.format(S=S, G=G, P=P), (S if "{S}" in pat else None)
    if kind == "org/auto_shop":
        pat = R.choice(AUTO_PAT)
        return pat.format(S=S, G=G, P=P, F=F), (S if "{S}" in pat else None)
    if kind == "org/restaurant":
        f = R.randint(0, 9)
        if f <= 7:
            return R.choice(FOOD_TYPES) + " " + F, None
        if f == 8:
            return G + "'s Kitchen", None
        return "Restaurante " + S, S
    if kind == "org/tienda":
        return R.choice(SHOP_TYPES) + " " + R.choice(FOOD_NAMES + PLACE_WORDS), None
    if kind == "org/church":
        if R.random() < 0.15:
            return R.choice(CATHOLIC), None
        return R.choice(CHURCH_TYPES) + " " + R.choice(CHURCH_NAMES), None
    if kind == "org/mexico":
        pat, _ = R.choice(MX_PAT)
        return pat.format(S=S, F=R.choice(FOOD_NAMES + PLACE_WORDS)), (S if "{S}" in pat else None)
    raise ValueError(kind)


def new_org(st, kind, city=None, base=None, legal="pick", surname=None, contact="pick", addr=None,
            addr_kind=None, email="pick", loc=None, phones=None, taken_cores=None):
    R = st.R
    eid = st.new_eid()
    if kind == "org/mexico" and city is None:
        city = st.wpick([c[0] for c in MX_CITIES], [c[3] for c in MX_CITIES])
    city = city or pick_city(st, mx_ok=False)
    mx = CITY[city]["mx"]
    sur_used = surname
    if base is None:
        for _ in range(200):
            base, sur_used = org_base(st, kind, city, surname)
            k = core_of(base + ((" " + loc) if loc else ""))
            if taken_cores is None or k not in taken_cores:
                break
    if legal == "pick":
        if kind == "org/mexico":
            legal = [p[1] for p in MX_PAT if p[0].split(" ")[0] == base.split(" ")[0]][0] if R.random() < 0.85 \
                else None
        else:
            legal = pick_legal(st, kind)
    if contact == "pick":
        contact = None
        if R.random() < (0.55 if kind in ("org/government", "org/church") else 0.72):
            sx, g, s1, s2 = person_name(st, None, mx)
            if sur_used and kind in ("org/contractor", "org/landscaping", "org/auto_shop", "org/mexico") \
                    and R.random() < 0.8:
                s1 = sur_used
            contact = {"sex": sx, "given": g, "sur1": s1, "sur2": s2}
    ent = {"eid": eid, "kind": kind, "org": True, "base": base, "legal": legal, "loc": loc, "city": city, "mx": mx,
           "contact": contact, "surname": sur_used, "trade": None}
    if addr is None:
        ak = addr_kind or st.wpick(["com", "ste", "po", "unit"], [62, 20, 8, 10])
        addr = gen_address(st, city, ak if not mx else "house", eid)
    ent["addr"] = addr
    if phones is None:
        phones = make_phones(st, city, eid, n_cell=1 if R.random() < 0.12 else 0, office=True,
                             ext=kind == "org/government" or R.random() < 0.06)
    ent["phones"] = phones
    if email == "pick":
        slug = org_slug(base)
        if kind == "org/government":
            short = org_slug(re.split(r" - ", base)[0])
            dept = (re.split(r" - ", base) + [""])[1]
            email = st.fresh_email([R.choice(["purchasing", "accountspayable", "ap", asc(dept) or "facilities",
                                              "maintenance"]) + "@" + short + R.choice([".org", ".net", ".us"])
                                    for _ in range(30)], eid)
        elif kind == "org/church":
            email = st.fresh_email(church_email_cands(st, slug, contact), eid)
        else:
            email = st.fresh_email(org_email_cands(st, slug, kind, contact["given"][0] if contact else None, mx),
                                   eid)
    ent["email"] = email
    st.ents[eid] = ent
    return ent


# ---------------------------------------------------------------------------------------- record specs
def initial_of(unit):
    w = [x for x in unit.split(" ") if x not in PARTICLES]
    return w[-1][0].upper() + "."


def person_spec(st, ent, mode, force=()):
    R = st.R
    given = list(ent["given"])
    r = R.random()
    if "plain_given" not in force and ent["nick"] and r < (0.08 if mode == "existing" else 0.07):
        given = [ent["nick"]]
    elif "plain_given" not in force and ent["angl"] and r < (0.14 if mode == "existing" else 0.12):
        given = [ent["angl"]]
    elif len(given) > 1:
        r2 = R.random()
        if r2 < 0.22:
            given = given[:1]
        elif r2 < 0.30:
            given = [given[0], initial_of(given[1])]
        elif r2 < 0.55 and given[0] == "María":
            given = [st.wpick(["Ma.", "Ma"], [75, 25])] + given[1:]
        elif r2 < 0.60 and given == ["José", "de Jesús"] and "plain_given" not in force:
            given = ["J.", "Jesús"]
    fam = [ent["sur1"]] + ([ent["sur2"]] if ent["sur2"] else [])
    fjoin = " "
    if len(fam) == 2 and "both_surnames" not in force:
        r3 = R.random()
        if r3 < (0.40 if mode == "existing" else 0.50):
            fam = fam[:1]
        elif r3 < 0.46:
            fjoin = "-"
        elif r3 < 0.51:
            fam = [re.sub(r"^de ", "", fam[1])]
    if "both_surnames" in force:
        fjoin = " "
    if "first_surname" in force:
        fam, fjoin = [ent["sur1"]], " "
    sfx = ent.get("suffix")
    if sfx:
        sfx = st.wpick([sfx, sfx.rstrip("."), sfx.upper()], [70, 25, 5])
    p = {"given": given, "family": fam, "fjoin": fjoin,
         "pst": st.wpick(["lower", "cap", "capfirst", "joined", "camel"], [35, 35, 10, 12, 8]),
         "suffix": sfx, "sfam": False, "hg": True, "hf": True, "swap": False,
         "disp": "GF", "trade": ent.get("trade"), "dbam": st.wpick(["dba", "DBA", "d/b/a", "DBA"], [50, 30, 10, 10])}
    if ent["kind"] == "person/dba":
        if "show_trade" in force:
            p["disp"] = st.wpick(["dba", "trade"], [55, 45])
        else:
            p["disp"] = st.wpick(["dba", "trade", "GF"], [45, 40, 15])
    else:
        if mode == "existing":
            p["disp"] = st.wpick(["GF", "F, G", "FG"], [88, 8, 4])
        else:
            p["disp"] = st.wpick(["GF", "F, G", "FG"], [94, 3, 3])
        if sfx and ("show_suffix" in force):
            p["disp"] = "GF"
    if "fields" not in force:
        if R.random() < (0.04 if mode == "existing" else 0.03):
            p["hg"] = p["hf"] = False
        elif R.random() < 0.02:
            p["swap"] = True
    if sfx and R.random() < 0.1 and "show_suffix" not in force:
        p["sfam"] = True
    return p


LEGAL_VARIANTS = {"LLC": (["LLC", "L.L.C.", "Llc", "LLC."], [80, 10, 5, 5]), "Inc": (["Inc", "Inc."], [60, 40]),
                  "Inc.": (["Inc.", "Inc"], [70, 30]), "Co.": (["Co.", "Co"], [60, 40]),
                  "Corp": (["Corp", "Corp."], [60, 40]),
                  "S.A. de C.V.": (["S.A. de C.V.", "SA de CV", "S.A. DE C.V."], [60, 30, 10]),
                  "S. de R.L. de C.V.": (["S. de R.L. de C.V.", "S de RL de CV"], [70, 30])}


def org_spec(st, ent, mode, force=()):
    R = st.R
    lg = ent["legal"]
    if lg:
        v, w = LEGAL_VARIANTS[lg]
        lg = st.wpick(v, w)
    o = {"base": ent["base"], "legal": lg, "lsep": ", " if (lg and R.random() < 0.15) else " ", "loc": ent["loc"],
         "disp": "full", "trade": ent.get("trade"), "cg": None, "cf": None}
    if lg and R.random() < 0.12:
        o["disp"] = "nolegal"
    c = ent["contact"]
    if c and (R.random() < 0.85 or "contact" in force):
        o["cg"] = " ".join(c["given"]) if (len(c["given"]) > 1 and R.random() < 0.35) else c["given"][0]
        o["cf"] = (c["sur1"] + " " + c["sur2"]) if (c["sur2"] and R.random() < 0.25) else c["sur1"]
        if R.random() < 0.03 and "contact" not in force:
            o["cf"] = None
    return o


def phone_spec(st, ent, mode, show_all=False):
    R = st.R
    nums = []
    mx_sty = st.wpick(MX_STYLES, MX_STYLE_W)
    us_sty = st.wpick(US_STYLES, US_STYLE_W)
    for i, ph in enumerate(ent["phones"]):
        if i > 0 and not show_all and R.random() > 0.6:
            continue
        nums.append({"cc": ph["cc"], "nat": ph["nat"], "kind": ph["kind"],
                     "ext": ph["ext"] if (ph["ext"] and R.random() < 0.85) else None, "extf": R.randint(0, 3),
                     "lab": None, "lpos": st.wpick(["pre", "prec", "post"], [50, 20, 30]),
                     "sty": mx_sty if ph["cc"] == "52" else us_sty})
    if not nums:
        return None
    lab_forms = {"cell": ["cell", "cel", "Cell", "mobile"], "home": ["home", "casa"],
                 "office": ["office", "oficina", "main", "Office"]}
    if len(nums) > 1:
        for n in nums:
            if R.random() < 0.8:
                n["lab"] = R.choice(lab_forms[n["kind"]])
    elif nums[0]["kind"] == "cell" and R.random() < 0.08:
        nums[0]["lab"] = R.choice(lab_forms["cell"])
    return {"nums": nums, "join": st.wpick([" / ", "; ", " or ", ", ", " | "], [45, 20, 15, 15, 5])}


def addr_spec(st, ad, mode):
    R = st.R
    s = copy.deepcopy(ad)
    s["sv"] = st.wpick([0, 1, 2], [70, 20, 10])
    s["dv"] = st.wpick([0, 1, 2], [78, 17, 5])
    s["xv"] = R.randint(0, 3)
    s["uv"] = st.wpick(range(6), [45, 25, 12, 10, 4, 4])
    s["up"] = st.wpick(["l1", "l1c", "l2"], [45, 12, 43])
    s["zs"] = 9 if (R.random() < (0.22 if mode == "existing" else 0.12)) else 5
    s["rv"] = st.wpick([0, 1, 2, 3], [82, 10, 5, 3])
    s["cs"] = st.wpick([0, 1, 2, 3], [60, 25, 10, 5]) if ad["ctry"] == "US" else st.wpick([0, 1, 2, 3], [40, 35, 15, 10])
    s["pv"] = st.wpick(range(5), [45, 30, 8, 10, 7])
    s["mtv"] = st.wpick([0, 1, 2], [65, 25, 10])
    s["mdv"] = R.randint(0, 1)
    s["mnv"] = st.wpick([0, 1, 2, 3], [50, 20, 20, 10])
    s["cp"] = st.wpick(["l2", "l1", "none"], [55, 35, 10])
    s["cv"] = st.wpick(["Col.", "Colonia", "COL."], [75, 20, 5])
    s["drop"] = []
    return s


def email_spec(st, e, casest):
    if e is None:
        return None
    R = st.R
    if casest == "upper" and R.random() < 0.5:
        return {"v": e, "st": "upper"}
    return {"v": e, "st": st.wpick(["lower", "cap", "upper"], [93, 5, 2])}


def has_ntilde(ent):
    txt = " ".join(ent["given"] + [ent["sur1"], ent["sur2"] or ""]) if not ent["org"] else \
        ent["base"] + " " + " ".join((ent["contact"] or {}).get("given", []))
    return "ñ" in txt


def has_accent(s):
    return s is not None and strip_acc(s) != s


def record_spec(st, ent, mode, force=()):
    R = st.R
    rs = {"p": None, "o": None, "qual": None, "ovr": {}}
    if ent["org"]:
        rs["o"] = org_spec(st, ent, mode, force)
    else:
        rs["p"] = person_spec(st, ent, mode, force)
    if mode == "existing":
        rs["case"] = st.wpick(["normal", "upper", "lower"], [89, 9, 2])
        rs["acc"] = st.wpick(["keep", "strip", "nn", "moji"], [46, 49, 2, 3])
    else:
        rs["case"] = st.wpick(["normal", "upper", "lower"], [83, 4, 13])
        rs["acc"] = st.wpick(["keep", "strip", "nn", "moji"], [40, 57, 2, 1])
    if rs["acc"] == "nn" and not has_ntilde(ent):
        rs["acc"] = "strip"
    if rs["acc"] == "moji" and rs["case"] != "normal":
        rs["acc"] = "strip"
    if "normal_case" in force:
        rs["case"] = "normal"
    rs["aacc"] = rs["acc"] if R.random() < 0.85 else "keep"
    if rs["aacc"] == "moji":
        rs["aacc"] = "strip"
    rs["acase"] = rs["case"] if R.random() < 0.9 else "normal"
    rs["email"] = email_spec(st, ent["email"], rs["case"])
    rs["phone"] = phone_spec(st, ent, mode)
    rs["addr"] = addr_spec(st, ent["addr"], mode) if ent["addr"] else None
    if "lot_word" in force and rs["addr"]["k"] == "us" and rs["addr"]["unit"] and rs["addr"]["unit"][0] == "lot":
        rs["addr"]["uv"] = R.choice([0, 1, 3])
    # realistic gaps
    pm = {"existing": (0.125, 0.10, 0.15), "incoming": (0.10, 0.18, 0.22)}[mode]
    keep = [x for x in ("email", "phone", "addr") if "keep_" + x in force]
    for ch, p in zip(("email", "phone", "addr"), pm):
        if ch not in keep and rs[ch] is not None and R.random() < p:
            if sum(1 for c in ("email", "phone", "addr") if rs[c] is not None) > 1:
                rs[ch] = None
    if rs["addr"] is not None and mode == "existing" and "keep_addr" not in force and rs["addr"]["k"] == "us":
        if R.random() < 0.03:
            rs["addr"]["drop"] = ["postalCode"]
    return rs


# ---------------------------------------------------------------------------------------- existing population
def build_population(st):
    R = st.R
    ex = []            # list of (entity, force tuple)
    org_cores = []     # cores of organisation names in use

    def oc_add(e):
        org_cores.append(core_of(e["base"] + ((" " + e["loc"]) if e["loc"] else "")))

    # --- households: spouses
    for i in range(25):
        city = st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES])
        h = new_person(st, "person/household", city, sex="m", email=False)
        wsex, wg, ws1, ws2 = person_name(st, "f")
        style = R.random()
        if style < 0.4:
            wname = ("f", wg, ws1, "de " + h["sur1"])
        elif style < 0.7:
            wname = ("f", wg, h["sur1"], None)
        else:
            wname = ("f", wg, ws1, ws2)
        w = new_person(st, "person/household", city, name=wname, addr=copy.deepcopy(h["addr"]), email=False)
        st.addrs[addr_key(compose_addr(plain_addr_style(h["addr"]), "keep", "normal"))] = "hh"
        if R.random() < 0.5:
            fam = st.fresh_email(family_email_cands(st, h["sur1"]), "hh")
            h["email"] = w["email"] = fam
        else:
            h["email"] = st.fresh_email(person_email_cands(st, h["given"], h["sur1"], h["sur2"]), h["eid"])
            w["email"] = st.fresh_email(person_email_cands(st, w["given"], w["sur1"], w["sur2"]), w["eid"])
        if R.random() < 0.3:
            land = {"cc": "1", "nat": st.fresh_nat(city, "hh"), "kind": "home", "ext": None}
            h["phones"] = [p for p in h["phones"] if p["kind"] == "cell"] + [land]
            w["phones"] = [p for p in w["phones"] if p["kind"] == "cell"] + [dict(land)]
        h["hh"] = w["eid"]
        w["hh"] = h["eid"]
        ex += [(h, ()), (w, ())]
    # --- households: father / son
    for i in range(10):
        city = st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES])
        sx, g, s1, s2 = person_name(st, "m")
        f = new_person(st, "person/household", city, name=("m", g[:1], s1, s2), suffix="Sr.")
        s = new_person(st, "person/household", city, name=("m", g[:1], s1, R.choice(SURNAMES)), suffix="Jr.",
                       addr=copy.deepcopy(f["addr"]))
        st.addrs[addr_key(compose_addr(plain_addr_style(f["addr"]), "keep", "normal"))] = "hh"
        ex += [(f, ("show_suffix", "fields", "first_surname")), (s, ("show_suffix", "fields", "first_surname"))]
    # --- households: parent / child, siblings
    for i in range(10):
        city = st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES])
        a = new_person(st, "person/household", city, email=False)
        sx, g, s1, s2 = person_name(st, None)
        b = new_person(st, "person/household", city, name=(sx, g, a["sur1"], s2 if R.random() < 0.5 else a["sur2"]),
                       addr=copy.deepcopy(a["addr"]), email=False)
        st.addrs[addr_key(compose_addr(plain_addr_style(a["addr"]), "keep", "normal"))] = "hh"
        if R.random() < 0.6:
            fam = st.fresh_email(family_email_cands(st, a["sur1"]), "hh")
            a["email"] = b["email"] = fam
        else:
            a["email"] = st.fresh_email(person_email_cands(st, a["given"], a["sur1"], a["sur2"]), a["eid"])
            b["email"] = st.fresh_email(person_email_cands(st, b["given"], b["sur1"], b["sur2"]), b["eid"])
        ex += [(a, ()), (b, ())]
    # --- individuals: anchors
    for i in range(15):
        sx, g, s1, s2 = person_name(st, "m")
        e = new_person(st, "person/individual", st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES]),
                       name=("m", g, s1, s2), suffix="Sr.", addr_kind="house")
        e["hn"] = "father_son"
        ex.append((e, ("show_suffix", "fields", "keep_addr", "first_surname", "plain_given")))
    for i in range(15):
        sx, g, s1, s2 = person_name(st, None)
        if s2 is None or s2.startswith("de "):
            s2 = R.choice([x for x in SURNAMES if x != s1])
        e = new_person(st, "person/individual", st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES]),
                       name=(sx, g, s1, s2))
        e["hn"] = "namesake"
        ex.append((e, ("both_surnames", "fields", "keep_addr", "plain_given")))
    for i in range(15):
        e = new_person(st, "person/individual", st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES]),
                       addr_kind=R.choice(["house", "house", "apt"]))
        e["hn"] = "spouses"
        ex.append((e, ("fields", "keep_addr")))
    parks = []
    for city in ["Houston", "Pasadena", "Channelview", "Baytown", "Brownsville"]:
        parks.append(gen_address(st, city, "lot", "park"))
    complexes = []
    for city in ["Houston", "Houston", "Pasadena", "Katy", "San Antonio", "Dallas"]:
        complexes.append(gen_address(st, city, "apt", "complex"))
    for group, n_anchor, n_other, hn in ((parks, 15, 10, "trailer_park"), (complexes, 15, 15, "apartment")):
        for i in range(n_anchor + n_other):
            base = group[i % len(group)]
            ad = gen_address(st, base["city"], None, "tmp", base=base)
            e = new_person(st, "person/individual", base["city"], addr=ad)
            st.addrs[addr_key(compose_addr(plain_addr_style(ad), "keep", "normal"))] = e["eid"]
            if i < n_anchor:
                e["hn"] = hn
                ex.append((e, ("fields", "keep_addr", "lot_word")))
            else:
                ex.append((e, ()))
    # existing namesake pairs (both in the books)
    for i in range(15):
        sx, g, s1, s2 = person_name(st, None)
        c1 = st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES])
        c2 = c1 if i < 3 else st.wpick(TX_CITIES, [CITY[c]["w"] for c in TX_CITIES])
        e1 = new_person(st, "person/individual", c1, name=(sx, g, s1, None))
        o2 = R.choice([x for x in SURNAMES if x != s1])
        e2 = new_person(st, "person/individual", c2, name=(sx, g, s1, o2 if R.random() < 0.5 else None))
        e2["ns_of"] = e1["eid"]
        ex += [(e1, ("plain_given",)), (e2, ("plain_given",))]
    for i in range(250):
        ex.append((new_person(st, "person/individual"), ()))
    for i in range(130):
        ex.append((new_person(st, "person/sole_proprietor", pick_city(st, False)), ()))
    trade_cores = []
    for i in range(110):
        e = new_person(st, "person/dba", pick_city(st, False))
        for _ in range(100):
            t = trade_name(st, strip_acc(e["sur1"]) if R.random() < 0.5 else e["sur1"], e["given"], e["nick"])
            if core_of(t) not in trade_cores and core_of(t) not in org_cores:
                break
        e["trade"] = t
        trade_cores.append(core_of(t))
        if i < 15:
            e["hn"] = "dba_other_city"
            ex.append((e, ("show_trade", "keep_addr", "fields")))
        else:
            ex.append((e, ()))
    for i in range(40):
        ex.append((new_person(st, "person/mexico", st.wpick([c[0] for c in MX_CITIES], [c[3] for c in MX_CITIES])),
                   ()))
    # --- organisations
    for kind, n in (("org/contractor", 280), ("org/landscaping", 60), ("org/auto_shop", 100),
                    ("org/restaurant", 90), ("org/tienda", 50), ("org/church", 40), ("org/mexico", 30)):
        for i in range(n):
            if kind == "org/contractor" and i < 15:
                S = R.choice(SURNAMES)
                e = None
                for _ in range(50):
                    base = S + " " + R.choice(TRADES)
                    if core_of(base) not in org_cores and core_of(base) not in trade_cores:
                        break
                sx, g, s1, s2 = person_name(st, "m")
                e = new_org(st, kind, base=base, surname=S, contact={"sex": "m", "given": g[:1], "sur1": S, "sur2": s2})
                e["hn"] = "brothers_firms"
                ex.append((e, ("contact", "keep_addr")))
            else:
                e = new_org(st, kind, city=pick_city(st, False) if kind != "org/mexico" else None,
                            taken_cores=org_cores + trade_cores)
                if kind == "org/church" and i < 15:
                    e["hn"] = "church_city"
                    ex.append((e, ("keep_addr",)))
                else:
                    ex.append((e, ()))
            oc_add(e)
    gov = list(GOV_NAMES)
    R.shuffle(gov)
    for name, city in gov[:20]:
        e = new_org(st, "org/government", city=city, base=name, legal=None)
        oc_add(e)
        ex.append((e, ()))
    st.gov_left = gov[20:]
    # --- chains
    sizes = [5, 5, 4, 4, 4, 4, 4, 4, 3, 3]
    st.chains = []
    chain_locs = []
    for (brand, cat, mstyle), n in zip(CHAIN_BRANDS, sizes):
        slug = asc(strip_acc(brand))
        mailbox = st.fresh_email([slug + "@gmail.com", slug + "@yahoo.com", slug + "tx@gmail.com"], "chain")
        home = st.wpick(HOU_METRO, [CITY[c]["w"] for c in HOU_METRO])
        nums = sorted(R.sample(range(1, 12), n))
        cities = []
        ch = {"brand": brand, "mstyle": mstyle, "mailbox": mailbox, "used": [], "home": home}
        for j in range(n):
            city = home if R.random() < 0.5 else st.wpick(HOU_METRO + ["San Antonio", "Laredo"],
                                                          [CITY[c]["w"] for c in HOU_METRO] + [6, 5])
            if mstyle == "#":
                loc = "#" + str(nums[j])
            else:
                avail = [c for c in HOU_METRO + ["San Antonio", "Laredo", "Dallas"] if c not in cities]
                city = R.choice(avail)
                cities.append(city)
                loc = "- " + city
            ch["used"].append(loc)
            e = new_org(st, "org/chain_location", city=city, base=brand, legal=None, loc=loc,
                        email=mailbox if R.random() < 0.75 else "pick")
            e["chain"] = len(st.chains)
            oc_add(e)
            chain_locs.append(e)
            ex.append((e, ()))
        st.chains.append(ch)
    for e in R.sample(chain_locs, 15):
        e["hn"] = "chain_location"
    # --- groups of companies
    st.groups = []
    gsizes = [4] + [3] * 12
    group_members = []
    gsurs = R.sample(SURNAMES, 13)
    for gi, n in enumerate(gsizes):
        S = gsurs[gi]
        city = st.wpick(HOU_METRO + ["San Antonio", "Laredo", "McAllen"], [CITY[c]["w"] for c in HOU_METRO] + [6, 5, 4])
        office = gen_address(st, city, "ste", "group")
        slug = asc(strip_acc(S))
        mailbox = st.fresh_email(["office@" + slug + "group.com", "office@" + slug + "companies.com",
                                  "admin@grupo" + slug + ".com", slug + "group.office@gmail.com"], "group")
        main = {"cc": "1", "nat": st.fresh_nat(city, "group"), "kind": "office", "ext": None}
        head = R.choice(GROUP_HEADS).format(S=S)
        lines = R.sample(GROUP_LINES, n - 1 + 3)
        sx, g, s1, s2 = person_name(st, "m")
        owner = {"sex": "m", "given": g, "sur1": S, "sur2": s2}
        grp = {"S": S, "office": office, "mailbox": mailbox, "main": main, "lines": lines, "next": n - 1,
               "owner": owner, "city": city}
        for j in range(n):
            base = head if j == 0 else S + " " + lines[j - 1]
            if j == 0:
                phones = [dict(main)]
            else:
                r = R.random()
                own = {"cc": "1", "nat": None, "kind": "office", "ext": None}
                if r < 0.55:
                    phones = [own]
                elif r < 0.8:
                    phones = [own, dict(main)]
                else:
                    phones = [dict(main)]
            e = new_org(st, "org/group_member", city=city, base=base, legal="LLC",
                        contact=owner if R.random() < 0.5 else "pick", addr=copy.deepcopy(office),
                        phones=phones, email=mailbox if R.random() < 0.85 else "pick")
            for p in e["phones"]:
                if p["nat"] is None:
                    p["nat"] = st.fresh_nat(city, e["eid"])
            e["group"] = gi
            oc_add(e)
            group_members.append(e)
            ex.append((e, ()))
        st.groups.append(grp)
    anchors = R.sample([m for m in group_members if m["email"] == st.groups[m["group"]]["mailbox"]], 15)
    for e in anchors:
        e["hn"] = "group_llc"
    st.org_cores = org_cores
    st.trade_cores = trade_cores
    return ex


# ---------------------------------------------------------------------------------------- variation operators
LETTERS = r"[A-Za-zÁÉÍÓÚÑÜáéíóúñü]+"


def make_typo(st, s, min_len=4):
    R = st.R
    words = [(m.start(), m.group(0)) for m in re.finditer(LETTERS, s)]
    cands = [(i, w) for i, w in words if len(w) >= min_len]
    if not cands:
        return None
    for _ in range(30):
        i, w = R.choice(cands)
        p = R.randint(1, len(w) - 1)
        op = R.choice(["swap", "drop", "double", "sub", "sub", "phon"])
        ch = w[p]
        if not ch.isascii():
            continue
        if op == "swap":
            if p + 1 >= len(w) or w[p] == w[p + 1] or not w[p + 1].isascii():
                continue
            nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]
        elif op == "drop":
            nw = w[:p] + w[p + 1:]
        elif op == "double":
            nw = w[:p] + ch + w[p:]
        else:
            lo = ch.lower()
            pool = PHONETIC.get(lo, "") if op == "phon" else KEYB.get(lo, "")
            if not pool:
                continue
            r = R.choice(pool)
            r = r.upper() if ch.isupper() else r
            nw = w[:p] + r + w[p + 1:]
        ns = s[:i] + nw + s[i + len(w):]
        if is_typo(s, ns):
            return ns
    return None


def email_typo(st, e):
    R = st.R
    loc, dom = e.split("@")
    swaps = {"gmail.com": ["gmial.com", "gmai.com", "gmail.co", "gmaill.com", "gmal.com"],
             "hotmail.com": ["hotmial.com", "hotmal.com", "hotmail.co", "hotmaill.com"],
             "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co", "yhaoo.com"],
             "outlook.com": ["outlok.com", "outllook.com", "otulook.com"]}
    for _ in range(20):
        if dom.lower() in swaps and R.random() < 0.5:
            ne = loc + "@" + R.choice(swaps[dom.lower()])
        else:
            p = R.randint(1, len(loc) - 1)
            op = R.choice(["swap", "drop", "double", "sub"])
            if op == "swap" and p + 1 < len(loc) and loc[p] != loc[p + 1]:
                nl = loc[:p] + loc[p + 1] + loc[p] + loc[p + 2:]
            elif op == "drop" and len(loc) > 3:
                nl = loc[:p] + loc[p + 1:]
            elif op == "double":
                nl = loc[:p] + loc[p] + loc[p:]
            elif op == "sub" and loc[p].lower() in KEYB:
                nl = loc[:p] + R.choice(KEYB[loc[p].lower()]) + loc[p + 1:]
            else:
                continue
            ne = nl + "@" + dom
        if ne.lower() != e.lower() and within_one(ne.lower(), e.lower()) and ne.lower() not in st.emails:
            return ne
    return None


def base_words_prefix(base):
    for p in sorted(FOOD_TYPES + SHOP_TYPES + CHURCH_TYPES + SP_CONTRACT +
                    ["Taller Mecánico", "Parroquia", "Hojalatería y Pintura", "Jardinería", "Paisajes",
                     "Llantera", "Mofles", "Refaccionaria", "Constructora", "Materiales", "Transportes",
                     "Acabados", "Grupo Constructor", "Aceros", "Herrajes", "Autopartes"], key=lambda x: -len(x)):
        if base.startswith(p + " ") and len(base) > len(p) + 3:
            return p
    return None


ORG_ABBR = [(r"\bHermanos\b", "Hnos."), (r"\bHnos\.", "Hermanos"), (r" & ", " and "), (r" and ", " & "),
            (r" y ", " & "), (r"\bConstruction\b", "Const."), (r"\bBrothers\b", "Bros."),
            (r"\bServices\b", "Svcs"), (r"\bService\b", "Svc"), (r"\bCompañía\b", "Cía."),
            (r"\bNuestra Señora\b", "Ntra. Sra."), (r"\bSt\. ", "Saint "), (r"\bSanta ", "Sta. ")]


OP_FIELDS = {
    "r_upper": "S", "r_lower": "S", "r_normal": "S", "r_strip": "S", "r_keep": "S", "r_moji": "S",
    "p_nick": "dg", "p_angl": "dg", "p_fullgiven": "dg", "p_initial": "dg", "p_compdrop": "dg", "p_compadd": "dg",
    "p_sur2drop": "df", "p_sur1drop": "df", "p_sur2add": "df", "p_hyphen": "df", "p_particle": "df",
    "p_swap": "gf", "p_reorder": "d", "p_suffix": "df", "p_typo_fam": "df", "p_typo_given": "dg",
    "p_typo_disp": "d", "p_abbrev": "dg", "p_given_missing": "g", "p_names_missing": "gf", "p_names_added": "gf",
    "p_dba": "d", "p_disp_email": "d",
    "o_legal": "dc", "o_legal_fmt": "dc", "o_abbrev": "dc", "o_word_drop": "dc", "o_nolegal": "d", "o_typo": "dc",
    "o_typo_disp": "d", "o_contact_changed": "gf", "o_contact_missing": "gf", "o_contact_added": "gf",
    "o_contact_nick": "g",
    "e_case": "e", "e_typo": "e", "e_changed": "e", "e_missing": "e", "e_added": "e",
    "ph_format": "p", "ph_ext": "p", "ph_add2": "p", "ph_drop2": "p", "ph_mx": "p", "ph_cc": "p", "ph_typo": "p",
    "ph_changed": "p", "ph_missing": "p", "ph_added": "p",
    "a_format": "a", "a_case": "a", "a_acc": "a", "a_typo": "a", "a_partial": "a", "a_completed": "a",
    "a_moved": "a", "a_missing": "a", "a_added": "a"}
SEVERE_OPS = ["e_changed", "e_missing", "ph_changed", "ph_missing", "a_moved", "a_partial", "a_missing",
              "o_contact_changed", "o_contact_missing", "p_given_missing", "p_names_missing", "p_disp_email"]
BREAKS = {"email": ["e_changed", "e_missing"], "phone": ["ph_typo", "ph_changed", "ph_missing", "ph_drop2"],
          "address": ["a_typo", "a_partial", "a_moved", "a_missing"]}


def apply_op(st, op, rs, ent, c):
    """mutates rs; returns True when the operator applied"""
    R = st.R
    p, o = rs["p"], rs["o"]
    if (op.startswith("o_") and o is None) or (op.startswith("p_") and p is None):
        return False
    if op == "r_upper":
        if rs["case"] == "upper":
            return False
        rs["case"] = rs["acase"] = "upper"
        if rs["acc"] == "moji" or R.random() < 0.6:
            rs["acc"] = rs["aacc"] = "strip"
        if rs["email"] and R.random() < 0.4:
            rs["email"]["st"] = "upper"
        return True
    if op == "r_lower":
        if rs["case"] == "lower":
            return False
        rs["case"] = "lower"
        if R.random() < 0.8:
            rs["acase"] = "lower"
        if rs["acc"] == "moji":
            rs["acc"] = "strip"
        if rs["email"] and rs["email"]["st"] != "lower":
            rs["email"]["st"] = "lower"
        return True
    if op == "r_normal":
        if rs["case"] == "normal" and rs["acase"] == "normal":
            return False
        rs["case"] = rs["acase"] = "normal"
        if R.random() < 0.5 and rs["acc"] != "keep":
            rs["acc"] = "keep"
        return True
    names_txt = " ".join(x for x in (c["displayName"], c["givenName"], c["familyName"], c["companyName"]) if x)
    canon = ent_text(ent)
    if op == "r_strip":
        if rs["acc"] == "strip" or not has_accent(canon):
            return False
        rs["acc"] = "strip"
        if R.random() < 0.7:
            rs["aacc"] = "strip"
        return True
    if op == "r_keep":
        if rs["acc"] == "keep" or not has_accent(canon):
            return False
        rs["acc"] = "keep"
        if R.random() < 0.5:
            rs["aacc"] = "keep"
        return True
    if op == "r_moji":
        if rs["case"] != "normal" or rs["acc"] == "moji" or not re.search("[áéíóúñ]", canon):
            return False
        if R.random() < 0.4 and "ñ" in canon:
            rs["acc"] = "nn"
        else:
            rs["acc"] = "moji"
        return True
    if p is not None:
        g0 = acc(ent["given"][0])
        if op == "p_nick":
            nk = NICK.get(g0)
            if not nk or p["given"][0] in nk or not p["hg"] and p["disp"] not in ("GF", "F, G", "FG", "dba"):
                return False
            p["given"] = [R.choice(nk)] + (p["given"][1:] if R.random() < 0.3 else [])
            return True
        if op == "p_angl":
            an = ANGL.get(g0)
            if not an or p["given"][0] in an:
                return False
            p["given"] = [R.choice(an)]
            return True
        if op == "p_fullgiven":
            if p["given"] == ent["given"] or acc(p["given"][0]) == g0:
                return False
            p["given"] = list(ent["given"])
            return True
        if op == "p_initial":
            if len(p["given"]) < 2 or len(p["given"][1]) <= 2:
                return False
            p["given"] = [p["given"][0], initial_of(p["given"][1])]
            return True
        if op == "p_compdrop":
            if len(p["given"]) < 2:
                return False
            p["given"] = p["given"][:1]
            return True
        if op == "p_compadd":
            if len(p["given"]) != 1 or len(ent["given"]) < 2 or p["given"][0] != ent["given"][0]:
                return False
            p["given"] = list(ent["given"])
            return True
        if op == "p_sur2drop":
            if len(p["family"]) != 2:
                return False
            p["family"] = p["family"][:1]
            return True
        if op == "p_sur1drop":
            if len(p["family"]) != 2:
                return False
            p["family"] = [re.sub(r"^de ", "", p["family"][1])]
            return True
        if op == "p_sur2add":
            if len(p["family"]) != 1 or not ent["sur2"] or p["family"][0] != ent["sur1"]:
                return False
            p["family"] = [ent["sur1"], ent["sur2"]]
            return True
        if op == "p_hyphen":
            if len(p["family"]) != 2 or p["family"][1].startswith("de "):
                return False
            p["fjoin"] = "-" if p["fjoin"] == " " else " "
            return True
        if op == "p_particle":
            if p["family"][0] not in PARTICLE_SURNAMES:
                return False
            if p["pst"] in ("joined", "camel"):
                p["pst"] = R.choice(["lower", "cap", "capfirst"])
            else:
                p["pst"] = R.choice(["joined", "camel"])
            return True
        if op == "p_swap":
            if not (p["hg"] and p["hf"]):
                return False
            p["swap"] = not p["swap"]
            return True
        if op == "p_reorder":
            if p["disp"] not in ("GF", "F, G", "FG"):
                return False
            p["disp"] = R.choice([x for x in ("GF", "F, G", "FG") if x != p["disp"]])
            return True
        if op == "p_suffix":
            if not ent.get("suffix") or p["disp"] not in ("GF", "F, G", "FG"):
                return False
            if p["suffix"]:
                p["suffix"] = None if R.random() < 0.7 else (p["suffix"].rstrip(".") if p["suffix"].endswith(".")
                                                             else p["suffix"] + ".")
            else:
                p["suffix"] = ent["suffix"]
            return True
        if op == "p_typo_fam":
            i = 0
            if p["family"][0] in PARTICLE_SURNAMES or p["family"][0].startswith("de "):
                return False
            t = make_typo(st, p["family"][i])
            if not t:
                return False
            p["family"] = [t] + p["family"][1:]
            return True
        if op == "p_typo_given":
            t = make_typo(st, p["given"][0])
            if not t:
                return False
            p["given"] = [t] + p["given"][1:]
            return True
        if op == "p_typo_disp":
            t = make_typo(st, c["displayName"])
            if not t:
                return False
            rs["ovr"]["displayName"] = t
            return True
        if op == "p_abbrev":
            if p["given"] == ["José", "de Jesús"]:
                p["given"] = ["J.", "Jesús"]
                return True
            k = fold(p["given"][0])
            if k not in ("maria", "guadalupe", "francisco") or (k != "maria" and len(p["given"]) > 1):
                return False
            p["given"] = [GIVEN_ABBR[p["given"][0].lower()] if p["given"][0].lower() in GIVEN_ABBR else
                          {"maria": "Ma.", "guadalupe": "Gpe.", "francisco": "Fco."}[k]] + p["given"][1:]
            return True
        if op == "p_given_missing":
            if not p["hg"] or not p["hf"] or p["swap"]:
                return False
            p["hg"] = False
            return True
        if op == "p_names_missing":
            if not p["hg"] or not p["hf"]:
                return False
            p["hg"] = p["hf"] = False
            return True
        if op == "p_names_added":
            if p["hg"] and p["hf"]:
                return False
            p["hg"] = p["hf"] = True
            return True
        if op == "p_dba":
            if ent["kind"] != "person/dba":
                return False
            p["disp"] = R.choice([x for x in ("dba", "trade", "GF") if x != p["disp"]])
            return True
        if op == "p_disp_email":
            if not c["email"]:
                return False
            rs["ovr"]["displayName"] = c["email"].split("@")[0].lower()
            return True
        if op.startswith("p_"):
            return False
    if o is not None:
        if op == "o_legal":
            if o["legal"] and (o["legal"].startswith("S.") or o["legal"].startswith("SA") or o["legal"].startswith("S ")):
                o["legal"] = None
                return True
            if ent["kind"] in ("org/church", "org/government", "org/chain_location") and not o["legal"]:
                return False
            choices = [x for x in ("LLC", "Inc.", "Inc", "Corp", "Co.", None) if fmt(x or "") != fmt(o["legal"] or "")]
            o["legal"] = R.choice(choices)
            return True
        if op == "o_legal_fmt":
            if not o["legal"]:
                return False
            alt = {"LLC": "L.L.C.", "L.L.C.": "LLC", "Llc": "LLC", "LLC.": "LLC", "Inc": "Inc.", "Inc.": "Inc",
                   "Co.": "Co", "Co": "Co.", "Corp": "Corp.", "Corp.": "Corp", "S.A. de C.V.": "SA de CV",
                   "SA de CV": "S.A. de C.V.", "S.A. DE C.V.": "S.A. de C.V.", "S. de R.L. de C.V.": "S de RL de CV",
                   "S de RL de CV": "S. de R.L. de C.V."}
            if R.random() < 0.3:
                o["lsep"] = ", " if o["lsep"] == " " else " "
            else:
                o["legal"] = alt[o["legal"]]
            return True
        if op == "o_abbrev":
            opts = [(a, b) for a, b in ORG_ABBR if re.search(a, o["base"])]
            if not opts:
                return False
            a, b = R.choice(opts)
            o["base"] = re.sub(a, b, o["base"], count=1)
            return True
        if op == "o_word_drop":
            pre = base_words_prefix(o["base"])
            if pre:
                o["base"] = o["base"][len(pre) + 1:]
                return True
            m = re.search(r" (?:& Sons|Hnos\.|Hermanos|& Remodeling)( |$)", o["base"])
            if m:
                o["base"] = (o["base"][:m.start()] + " " + o["base"][m.end():]).strip()
                return True
            return False
        if op == "o_nolegal":
            if not o["legal"] or o["disp"] not in ("full", "nolegal"):
                return False
            o["disp"] = "nolegal" if o["disp"] == "full" else "full"
            return True
        if op == "o_typo":
            t = make_typo(st, o["base"], 5)
            if not t:
                return False
            o["base"] = t
            return True
        if op == "o_typo_disp":
            t = make_typo(st, c["displayName"], 5)
            if not t:
                return False
            rs["ovr"]["displayName"] = t
            return True
        if op == "o_contact_changed":
            sx, g, s1, s2 = person_name(st, None, ent["mx"])
            if o["cg"] and fold(g[0]) == fold(o["cg"].split(" ")[0]):
                return False
            if o["cf"] and fold(s1) == fold(o["cf"].split(" ")[0]):
                return False
            o["cg"], o["cf"] = g[0], s1
            return True
        if op == "o_contact_missing":
            if not o["cg"] and not o["cf"]:
                return False
            o["cg"] = o["cf"] = None
            return True
        if op == "o_contact_added":
            if o["cg"] or o["cf"] or not ent["contact"]:
                return False
            o["cg"], o["cf"] = ent["contact"]["given"][0], ent["contact"]["sur1"]
            return True
        if op == "o_contact_nick":
            if not o["cg"] or not ent["contact"]:
                return False
            k = acc(ent["contact"]["given"][0])
            pool = NICK.get(k, []) + ANGL.get(k, [])
            if not pool or acc(o["cg"].split(" ")[0]) != k:
                return False
            o["cg"] = R.choice(pool)
            return True
        if op.startswith("o_"):
            return False
    return apply_channel_op(st, op, rs, ent, c)


def ent_text(ent):
    if ent["org"]:
        t = ent["base"]
        if ent["contact"]:
            t += " " + " ".join(ent["contact"]["given"]) + " " + ent["contact"]["sur1"]
        return t
    return " ".join(ent["given"] + [ent["sur1"], ent["sur2"] or "", ent.get("trade") or ""])


def own_email(st, e, eid):
    return e is not None and st.emails.get(e.lower()) == eid


def apply_channel_op(st, op, rs, ent, c):
    R = st.R
    eid = ent["eid"]
    if op == "e_case":
        if not rs["email"]:
            return False
        rs["email"]["st"] = R.choice([x for x in ("lower", "cap", "upper") if x != rs["email"]["st"]])
        return True
    if op == "e_typo":
        if not rs["email"]:
            return False
        t = email_typo(st, rs["email"]["v"])
        if not t:
            return False
        st.take_email(t.lower(), eid)
        rs["email"]["v"] = t
        return True
    if op == "e_changed":
        if not rs["email"]:
            return False
        if ent["org"]:
            cands = org_email_cands(st, org_slug(ent["base"]), ent["kind"], None, ent["mx"])
        else:
            cands = person_email_cands(st, ent["given"], ent["sur1"], ent["sur2"], ent["mx"])
        rs["email"] = {"v": st.fresh_email(cands, eid), "st": "lower"}
        return True
    if op == "e_missing":
        if not rs["email"]:
            return False
        rs["email"] = None
        return True
    if op == "e_added":
        if rs["email"] or not own_email(st, ent["email"], eid):
            return False
        rs["email"] = {"v": ent["email"], "st": "lower"}
        return True
    ph = rs["phone"]
    if op == "ph_format":
        if not ph:
            return False
        n = ph["nums"][0]
        styles = MX_STYLES if n["cc"] == "52" else US_STYLES
        pref = {"paren": "", "dash": "", "plain": "", "dot": "", "space": "", "plus1": "1", "plus1p": "1", "one": "1",
                "plus1d": "1"}
        cands = [s for s in styles if s != n["sty"] and (n["cc"] == "52" or pref[s] == pref[n["sty"]])]
        if n["cc"] == "52":
            cands = [s for s in cands if fmt_mx(n["nat"], s).split(" ")[0] in (fmt_mx(n["nat"], n["sty"]).split(" ")[0],)
                     or s in ("loc", "par", "plain") and n["sty"] in ("loc", "par", "plain")]
        if R.random() < 0.3 and len(ph["nums"]) > 1:
            ph["join"] = R.choice([x for x in (" / ", "; ", " or ", ", ") if x != ph["join"]])
            return True
        if not cands:
            return False
        s = R.choice(cands)
        for x in ph["nums"]:
            if x["cc"] == n["cc"]:
                x["sty"] = s
        if R.random() < 0.2 and n.get("lab"):
            n["lab"] = None
        return True
    if op == "ph_ext":
        if not ph:
            return False
        n = ph["nums"][0]
        if n.get("ext"):
            n["ext"] = None
        else:
            if not ent["org"] or n["kind"] != "office":
                return False
            n["ext"] = str(R.choice([R.randint(10, 99), R.randint(100, 999)]))
            n["extf"] = R.randint(0, 3)
            n["lab"] = None
        return True
    if op == "ph_add2":
        if not ph or len(ph["nums"]) != 1:
            return False
        n = ph["nums"][0]
        new = {"cc": n["cc"], "nat": st.fresh_nat(ent["city"], eid), "kind": "cell", "ext": None, "extf": 0,
               "lab": R.choice(["cell", "cel", "Cell"]), "lpos": R.choice(["pre", "post"]), "sty": n["sty"]}
        ph["nums"].append(new)
        ph["join"] = R.choice([" / ", "; ", " or "])
        return True
    if op == "ph_drop2":
        if not ph or len(ph["nums"]) < 2:
            return False
        ph["nums"] = [ph["nums"][0]] if R.random() < 0.7 else [ph["nums"][1]]
        ph["nums"][0]["lab"] = None if R.random() < 0.6 else ph["nums"][0]["lab"]
        return True
    if op == "ph_mx":
        if not ph or ph["nums"][0]["cc"] != "52":
            return False
        n = ph["nums"][0]
        pre = {"p52": "52", "p521": "521", "044": "044", "045": "045", "01": "01", "011": "01152", "loc": "",
               "par": "", "plain": "", "p52c": "52"}
        cands = [s for s in MX_STYLES if pre[s] != pre[n["sty"]]]
        n["sty"] = R.choice(cands)
        return True
    if op == "ph_cc":
        if not ph or ph["nums"][0]["cc"] != "1":
            return False
        n = ph["nums"][0]
        if n["sty"] in ("plus1", "plus1p", "one", "plus1d"):
            n["sty"] = R.choice(["paren", "dash", "plain"])
        else:
            n["sty"] = R.choice(["plus1", "plus1p", "one", "plus1d"])
        return True
    if op == "ph_typo":
        if not ph or len(ph["nums"]) != 1:
            return False
        n = ph["nums"][0]
        for _ in range(20):
            d = list(n["nat"])
            i = R.randint(4 if n["cc"] == "1" else 3, 8)
            if R.random() < 0.5 and d[i] != d[i + 1]:
                d[i], d[i + 1] = d[i + 1], d[i]
            else:
                d[i] = str((int(d[i]) + R.choice([1, 2, 3, 7, 8, 9])) % 10)
            nn = "".join(d)
            if nn not in st.phones:
                st.phones[nn] = eid
                n["nat"] = nn
                n["ext"] = None
                return True
        return False
    if op == "ph_changed":
        if not ph:
            return False
        n = ph["nums"][0]
        rs["phone"] = {"nums": [{"cc": n["cc"], "nat": st.fresh_nat(ent["city"], eid), "kind": "cell", "ext": None,
                                 "extf": 0, "lab": None, "lpos": "pre", "sty": n["sty"]}], "join": " / "}
        return True
    if op == "ph_missing":
        if not ph:
            return False
        rs["phone"] = None
        return True
    if op == "ph_added":
        if ph:
            return False
        sp = phone_spec(st, ent, "incoming")
        if not sp or any(st.phones.get(n["nat"]) != eid for n in sp["nums"]):
            return False
        rs["phone"] = sp
        return True
    ad = rs["addr"]
    if op == "a_format":
        if not ad:
            return False
        keys = ["sv", "dv", "zs", "rv", "cs"]
        if ad["k"] == "us":
            keys += ["xv", "uv", "up"]
        if ad["k"] == "po":
            keys = ["pv", "zs", "rv", "cs"]
        if ad["k"] == "mx":
            keys = ["mtv", "mdv", "mnv", "cp", "cv", "rv", "cs"]
        k = R.choice(keys)
        rng = {"sv": [0, 1, 2], "dv": [0, 1, 2], "xv": [0, 1, 2, 3], "uv": [0, 1, 2, 3, 4, 5], "up": ["l1", "l1c", "l2"],
               "zs": [5, 9], "rv": [0, 1, 2], "cs": [0, 1, 2, 3], "pv": [0, 1, 2, 3, 4], "mtv": [0, 1, 2],
               "mdv": [0, 1], "mnv": [0, 1, 2, 3], "cp": ["l2", "l1", "none"], "cv": ["Col.", "Colonia"]}[k]
        ad[k] = R.choice([x for x in rng if x != ad[k]])
        if ad.get("l1typo"):
            return False
        return True
    if op == "a_case":
        if not ad:
            return False
        rs["acase"] = R.choice([x for x in ("normal", "upper", "lower") if x != rs["acase"]])
        return True
    if op == "a_acc":
        if not ad or not has_accent(ent_addr_text(ad)):
            return False
        rs["aacc"] = "strip" if rs["aacc"] == "keep" else "keep"
        return True
    if op == "a_typo":
        if not ad or ad["k"] == "po":
            return False
        line1 = compose_addr(ad, rs["aacc"], rs["acase"])["line1"]
        t = make_typo(st, line1, 4)
        if not t:
            return False
        ad["l1typo"] = t
        return True
    if op == "a_partial":
        if not ad:
            return False
        cur = compose_addr(ad, rs["aacc"], rs["acase"])
        opts = [k for k in ("line2", "postalCode", "city") if cur[k] is not None]
        if not opts:
            return False
        k = R.choice(opts)
        ad["drop"] = ad["drop"] + ([k] if k != "city" else ["city", "region"])
        return True
    if op == "a_completed":
        if not ad or not ad["drop"]:
            return False
        ad["drop"] = []
        return True
    if op == "a_moved":
        if not ad:
            return False
        city = ent["city"] if (R.random() < 0.6 or CITY[ent["city"]]["mx"]) else "Houston"
        kind = "house" if not ent["org"] else "com"
        if ad["k"] == "us" and ad["unit"] and ad["unit"][0] == "apt":
            kind = "apt"
        nad = gen_address(st, city, kind, eid)
        rs["addr"] = addr_spec(st, nad, "incoming")
        return True
    if op == "a_missing":
        if not ad:
            return False
        rs["addr"] = None
        return True
    if op == "a_added":
        if ad or not ent["addr"]:
            return False
        k = addr_key(compose_addr(plain_addr_style(ent["addr"]), "keep", "normal"))
        if st.addrs.get(k) != eid:
            return False
        rs["addr"] = addr_spec(st, ent["addr"], "incoming")
        return True
    raise ValueError(op)


def ent_addr_text(ad):
    if ad["k"] == "mx":
        return ad["name"] + " " + ad["col"] + " " + ad["city"]
    if ad["k"] == "us":
        return ad["st"][1] + " " + ad["city"]
    return ad["city"]


# ---------------------------------------------------------------------------------------- ownership / evidence
class Owners(object):
    def __init__(self):
        self.E, self.P, self.A = {}, {}, {}

    def add(self, eid, c):
        k = email_key(c["email"])
        if k:
            self.E.setdefault(k, [])
            if eid not in self.E[k]:
                self.E[k].append(eid)
        for k in phone_keys(c["phone"]):
            self.P.setdefault(k, [])
            if eid not in self.P[k]:
                self.P[k].append(eid)
        k = addr_key(c["address"])
        if k:
            self.A.setdefault(k, [])
            if eid not in self.A[k]:
                self.A[k].append(eid)

    def unique_channels(self, eid, c):
        out = []
        k = email_key(c["email"])
        if k and self.E.get(k) == [eid]:
            out.append("email")
        if any(self.P.get(k) == [eid] for k in phone_keys(c["phone"])):
            out.append("phone")
        k = addr_key(c["address"])
        if k and self.A.get(k) == [eid]:
            out.append("address")
        return out


def evidence(cb, ca, labels, eid, own):
    """cb = this record, ca = compared record"""
    ev = []
    e1, e2 = email_key(cb["email"]), email_key(ca["email"])
    if e1 and e2 and own.E.get(e2) == [eid] and own.E.get(e1, [eid]) == [eid]:
        if e1 == e2 or ("email:typo" in labels and within_one(e1, e2)):
            ev.append("email")
    common = [k for k in phone_keys(cb["phone"]) if k in phone_keys(ca["phone"])]
    if any(own.P.get(k, [eid]) == [eid] for k in common):
        ev.append("phone")
    k1, k2 = addr_key(cb["address"]), addr_key(ca["address"])
    if k1 and k1 == k2 and own.A.get(k1, [eid]) == [eid]:
        ev.append("address")
    return ev


STYLE_W = {"r_upper": 3, "r_lower": 5, "r_normal": 3, "r_strip": 8, "r_keep": 4, "r_moji": 1}
MILD_W = {"p_nick": 6, "p_angl": 5, "p_fullgiven": 5, "p_initial": 3, "p_compdrop": 6, "p_compadd": 3,
          "p_sur2drop": 8, "p_sur1drop": 4, "p_sur2add": 5, "p_hyphen": 3, "p_particle": 6, "p_swap": 1,
          "p_reorder": 1, "p_suffix": 4, "p_typo_fam": 3, "p_typo_given": 2, "p_typo_disp": 1, "p_abbrev": 3,
          "p_names_added": 2, "p_dba": 4,
          "o_legal": 6, "o_legal_fmt": 3, "o_abbrev": 4, "o_word_drop": 3, "o_nolegal": 3, "o_typo": 3,
          "o_typo_disp": 1, "o_contact_added": 2, "o_contact_nick": 2,
          "e_case": 2, "e_typo": 3, "e_added": 1, "ph_format": 5, "ph_ext": 2, "ph_add2": 2, "ph_drop2": 2,
          "ph_mx": 4, "ph_cc": 2, "ph_typo": 1, "ph_added": 1, "a_format": 6, "a_case": 1, "a_acc": 2, "a_typo": 2,
          "a_completed": 2, "a_added": 1}
SEVERE_W = {"e_changed": 5, "e_missing": 5, "ph_changed": 4, "ph_missing": 5, "a_moved": 6, "a_partial": 4,
            "a_missing": 3, "o_contact_changed": 3, "o_contact_missing": 1, "p_given_missing": 1,
            "p_names_missing": 1, "p_disp_email": 1}


def contact_ok(c, is_org):
    if is_org and not c["companyName"]:
        return False
    if not is_org and c["companyName"]:
        return False
    if not c["displayName"]:
        return False
    return any(c[k] is not None for k in ("email", "phone", "address"))


def pick_apply(st, rs, ent, pool_w, k, forbid, touched):
    """apply up to k operators drawn by weight; operators that do not apply are skipped"""
    items = [x for x in sorted(pool_w) if x not in forbid]
    done = 0
    while done < k and items:
        op = st.wpick(items, [pool_w[x] for x in items])
        items.remove(op)
        f = OP_FIELDS[op]
        if f != "S" and any(ch in touched for ch in f):
            continue
        if apply_op(st, op, rs, ent, compose(rs)):
            done += 1
            if f != "S":
                touched += list(f)
    return done


def variant(st, base_rs, base_c, ent, profile, own, extra_check=None, keep_display=False):
    R = st.R
    uniq = own.unique_channels(ent["eid"], base_c)
    if not uniq:
        return None
    for attempt in range(150):
        rs = copy.deepcopy(base_rs)
        rs["qual"] = None
        rs["ovr"] = {}
        preserve = R.choice(uniq)
        forbid = list(BREAKS[preserve])
        touched = []
        if keep_display:
            forbid += [op for op in sorted(OP_FIELDS) if "d" in OP_FIELDS[op] or OP_FIELDS[op] == "S"]
        if profile == "light":
            n_style = 1 if R.random() < 0.25 else 0
            n_sev, n_mild = 0, (1 if R.random() < 0.7 else 2) - n_style
        elif profile == "medium":
            n_style = 1 if R.random() < 0.4 else 0
            n_sev, n_mild = 0, R.choice([2, 2, 3]) - n_style
        else:
            n_style = R.choice([0, 0, 1, 1, 2])
            n_sev, n_mild = R.choice([2, 2, 3]), R.choice([1, 1, 2, 2, 3])
        if n_style:
            pick_apply(st, rs, ent, STYLE_W, n_style, forbid, touched)
        if n_sev:
            pick_apply(st, rs, ent, SEVERE_W, n_sev, forbid, touched)
        if n_mild > 0:
            pick_apply(st, rs, ent, MILD_W, n_mild, forbid, touched)
        c = compose(rs)
        labels = labels_for(base_c, c)
        if not labels or any("BAD" in l for l in labels):
            continue
        if not fits(profile, labels) or not contact_ok(c, ent["org"]):
            continue
        ev = evidence(c, base_c, labels, ent["eid"], own)
        if not ev:
            continue
        if extra_check and not extra_check(c):
            continue
        return rs, c, labels, ev
    return None


# ---------------------------------------------------------------------------------------- hard negatives
HN_TYPES = ["father_son", "namesake", "brothers_firms", "chain_location", "group_llc", "spouses",
            "dba_other_city", "trailer_park", "apartment", "church_city"]
HN_RULES = {
    "father_son": "Father and son: the same name but Sr. vs Jr., each with his own phone and e-mail; sharing the "
                  "home address does not make them one customer.",
    "namesake": "Namesakes: the same given name and first surname but a different second surname, another city and "
                "no phone, e-mail or address in common.",
    "brothers_firms": "Brothers' separate firms: the same family name but another trade, another contact person and "
                      "their own address, phone and e-mail.",
    "chain_location": "Another location of the same chain: a different store number or location and address and its "
                      "own phone; a shared chain mailbox does not merge locations.",
    "group_llc": "Another LLC of the same group: the same head office (and office mailbox) but a different company "
                 "name and its own phone.",
    "spouses": "Husband and wife at one address: different given names, each with his or her own phone and e-mail.",
    "dba_other_city": "Another trader using the same trade words in another city: a different owner and no phone, "
                      "e-mail or address in common.",
    "trailer_park": "Same trailer park, other lot: a different person at a different lot number.",
    "apartment": "Same apartment complex, other unit: a different person in a different unit.",
    "church_city": "A church with a similar name in another city: a different pastor and no phone, e-mail or address "
                   "in common.",
}


def other_metro_city(st, city):
    m = CITY[city]["metro"]
    cands = [c for c in TX_CITIES if CITY[c]["metro"] != m]
    return st.wpick(cands, [CITY[c]["w"] for c in cands])


def other_given(st, sex, avoid):
    while True:
        g = st.R.choice(GIVEN_M if sex == "m" else GIVEN_F)
        if acc(g) != acc(avoid) and not _nickpair(acc(g), acc(avoid), NICK) and \
                not _nickpair(acc(g), acc(avoid), ANGL):
            return g


def make_hn(st, t, a_ent, a_c):
    R = st.R
    if t == "father_son":
        mother = R.choice([x for x in SURNAMES if x not in (a_ent["sur1"], a_ent["sur2"])])
        e = new_person(st, "person/household", a_ent["city"], name=("m", list(a_ent["given"]), a_ent["sur1"], mother),
                       suffix="Jr.", addr=copy.deepcopy(a_ent["addr"]))
        st.addrs[addr_key(compose_addr(plain_addr_style(a_ent["addr"]), "keep", "normal"))] = "shared"
        force = ("show_suffix", "fields", "keep_addr", "first_surname", "plain_given")
    elif t == "namesake":
        s2 = R.choice([x for x in SURNAMES if x not in (a_ent["sur1"], a_ent["sur2"])])
        e = new_person(st, "person/individual", other_metro_city(st, a_ent["city"]),
                       name=(a_ent["sex"], list(a_ent["given"]), a_ent["sur1"], s2))
        force = ("both_surnames", "fields", "keep_addr", "plain_given")
    elif t == "brothers_firms":
        S = a_ent["surname"]
        g2 = other_given(st, "m", a_ent["contact"]["given"][0])
        trades = [x for x in TRADES if fold(x) not in fold(a_ent["base"])]
        T = R.choice(trades)
        base = R.choice([S + " Hnos. " + T, "Hermanos " + S + " " + T, g2 + " " + S + " " + T, S + " Brothers " + T,
                         S + " & Sons " + T, strip_acc(S) + " Bros. " + T])
        city = a_ent["city"] if R.random() < 0.6 else st.wpick(HOU_METRO, [CITY[c]["w"] for c in HOU_METRO])
        e = new_org(st, "org/contractor", city, base=base, surname=S,
                    contact={"sex": "m", "given": [g2], "sur1": S, "sur2": None})
        force = ("contact", "keep_addr")
    elif t == "chain_location":
        ch = st.chains[a_ent["chain"]]
        if ch["mstyle"] == "#":
            n = R.choice([x for x in range(1, 15) if "#" + str(x) not in ch["used"]])
            loc = "#" + str(n)
            city = st.wpick(HOU_METRO, [CITY[c]["w"] for c in HOU_METRO])
        else:
            avail = [c for c in HOU_METRO + ["San Antonio", "Laredo", "Dallas", "McAllen", "Brownsville"]
                     if "- " + c not in ch["used"]]
            city = R.choice(avail)
            loc = "- " + city
        ch["used"].append(loc)
        mail = ch["mailbox"] if (a_ent["email"] == ch["mailbox"] and R.random() < 0.7) else "pick"
        e = new_org(st, "org/chain_location", city, base=ch["brand"], legal=None, loc=loc, email=mail)
        force = ("keep_email",) if mail != "pick" else ()
    elif t == "group_llc":
        g = st.groups[a_ent["group"]]
        line = g["lines"][g["next"]]
        g["next"] += 1
        own = {"cc": "1", "nat": None, "kind": "office", "ext": None}
        e = new_org(st, "org/group_member", g["city"], base=g["S"] + " " + line, legal="LLC",
                    contact=g["owner"] if R.random() < 0.5 else "pick", addr=copy.deepcopy(g["office"]),
                    phones=[own], email=g["mailbox"])
        own["nat"] = st.fresh_nat(g["city"], e["eid"])
        force = ("keep_addr", "keep_email")
    elif t == "spouses":
        if a_ent["sex"] == "m":
            sx, g, s1, s2 = person_name(st, "f")
            r = R.random()
            if r < 0.4:
                name = ("f", g, s1, "de " + a_ent["sur1"])
            elif r < 0.75:
                name = ("f", g, a_ent["sur1"], None)
            else:
                name = ("f", g, s1, s2)
        else:
            sx, g, s1, s2 = person_name(st, "m")
            hs = a_ent["sur2"][3:] if (a_ent["sur2"] or "").startswith("de ") else s1
            name = ("m", g, hs, s2)
        if acc(name[1][0]) == acc(a_ent["given"][0]):
            return None
        e = new_person(st, "person/household", a_ent["city"], name=name, addr=copy.deepcopy(a_ent["addr"]))
        st.addrs[addr_key(compose_addr(plain_addr_style(a_ent["addr"]), "keep", "normal"))] = "shared"
        force = ("fields", "keep_addr", "plain_given")
    elif t == "dba_other_city":
        city = other_metro_city(st, a_ent["city"])
        g2 = other_given(st, "m", a_ent["given"][0])
        sur = a_ent["sur1"] if fold(a_ent["sur1"]) in fold(a_ent["trade"]) else R.choice(SURNAMES)
        if R.random() < 0.7:
            e = new_person(st, "person/dba", city, name=("m", [g2], sur, None))
            e["trade"] = a_ent["trade"] if R.random() < 0.5 else strip_acc(a_ent["trade"])
            e["nick"] = e["angl"] = None
            force = ("show_trade", "fields", "keep_addr", "plain_given")
        else:
            e = new_org(st, "org/contractor", city, base=a_ent["trade"], legal=R.choice(["LLC", "Inc", "Co."]),
                        contact={"sex": "m", "given": [g2], "sur1": sur, "sur2": None})
            force = ("contact", "keep_addr")
    elif t in ("trailer_park", "apartment"):
        ad = gen_address(st, a_ent["city"], None, "tmp", base=a_ent["addr"])
        for _ in range(50):
            sx, g, s1, s2 = person_name(st, None)
            if acc(s1) != acc(a_ent["sur1"]) and acc(g[0]) != acc(a_ent["given"][0]):
                break
        e = new_person(st, "person/individual", a_ent["city"], name=(sx, g, s1, s2), addr=ad)
        st.addrs[addr_key(compose_addr(plain_addr_style(ad), "keep", "normal"))] = e["eid"]
        force = ("fields", "keep_addr", "plain_given")
    elif t == "church_city":
        city = other_metro_city(st, a_ent["city"])
        base = a_ent["base"]
        r = R.random()
        pre = [x for x in CHURCH_TYPES if base.startswith(x + " ")]
        if pre and r < 0.25:
            base = "Iglesia " + base[len(pre[0]) + 1:] if pre[0] != "Iglesia Bautista" or R.random() < 0.5 else \
                "Iglesia Cristiana " + base[len(pre[0]) + 1:]
        elif pre and r < 0.4:
            base = R.choice([x for x in CHURCH_TYPES if x != pre[0]]) + " " + base[len(pre[0]) + 1:]
        e = new_org(st, "org/church", city, base=base, legal=None)
        force = ("keep_addr",)
    else:
        raise ValueError(t)
    rs = record_spec(st, e, "incoming", force)
    if t in ("father_son", "spouses", "group_llc", "trailer_park", "apartment"):
        rs["addr"]["drop"] = []
    c = compose(rs)
    return e, rs, c


def hn_shared(t, c, a):
    sh = []
    if email_key(c["email"]) and email_key(c["email"]) == email_key(a["email"]):
        sh.append("email")
    if addr_key(c["address"]) and addr_key(c["address"]) == addr_key(a["address"]):
        sh.append("address")
    if t in ("father_son", "namesake"):
        sh.append("name")
    if t in ("father_son", "brothers_firms", "spouses") and _shared_surname(c, a, t):
        sh.append("surname")
    if t == "chain_location":
        sh.append("brand")
    if t == "group_llc":
        sh.append("group_name")
    if t == "dba_other_city":
        sh.append("trade_name")
    if t in ("trailer_park", "apartment"):
        sh.append("building")
    if t == "church_city":
        sh.append("name" if set(name_cores(c)) & set(name_cores(a)) else "name_words")
    if t in ("brothers_firms", "trailer_park", "apartment", "spouses", "father_son") and c["address"] and \
            a["address"] and c["address"]["city"] and a["address"]["city"] and \
            acc(c["address"]["city"]) == acc(a["address"]["city"]):
        sh.append("city")
    order = ["name", "surname", "trade_name", "brand", "group_name", "name_words", "email", "address", "building",
             "city"]
    return [x for x in order if x in sh]


def surname_units(f):
    """surnames with their particles glued on: 'De La Garza' / 'Delagarza' -> 'delagarza'"""
    out, buf = [], ""
    for t in toks(f or ""):
        if t in SUFFIX_TOK:
            continue
        buf += t
        if t not in PARTICLES:
            out.append(buf)
            buf = ""
    return out


def _shared_surname(c, a, t):
    def plain(x):
        return [u for u in _np(toks(x.get("familyName") or "")) if u not in SUFFIX_TOK]
    return bool(set(plain(c)) & set(plain(a))) or \
        bool(set(surname_units(c.get("familyName"))) & set(surname_units(a.get("familyName"))))


# ---------------------------------------------------------------------------------------- assembly
def anchor_ok(ent, c):
    t = ent.get("hn")
    if not t:
        return True
    ad = c["address"]
    if not ad or not addr_key(ad) or not ad["city"]:
        return False
    if t in ("father_son", "namesake", "spouses", "trailer_park", "apartment", "dba_other_city"):
        if not person_keys(c):
            return False
    if t == "father_son":
        return "sr" in toks(c["displayName"]) and "jr" not in toks(c["displayName"])
    if t == "namesake":
        return len(surname_units(c["familyName"])) >= 2
    if t in ("trailer_park", "apartment"):
        return building_key(ad) != addr_key(ad)
    if t == "dba_other_city":
        return fmt(ent["trade"]) in fmt(c["displayName"])
    if t == "brothers_firms":
        return bool(c["givenName"] and c["familyName"])
    if t == "group_llc":
        return email_key(c["email"]) is not None
    return True


NEW_KINDS = [("person/individual", 130), ("person/sole_proprietor", 35), ("person/dba", 25), ("person/mexico", 10),
             ("org/contractor", 95), ("org/landscaping", 20), ("org/auto_shop", 35), ("org/restaurant", 32),
             ("org/tienda", 20), ("org/church", 12), ("org/government", 6), ("org/mexico", 15)]


def pick_profile(st, w):
    return st.wpick(["light", "medium", "harsh"], w)


def build(st):
    R = st.R
    ex = build_population(st)
    recs = []
    rs_of = {}
    for ent, force in ex:
        for attempt in range(60):
            rs = record_spec(st, ent, "existing", force)
            if ent.get("ns_of"):          # namesakes typed the same way -> QuickBooks forces a qualifier
                twin = rs_of[ent["ns_of"]]
                for k in ("given", "family", "fjoin", "pst", "disp", "suffix", "hg", "hf", "swap"):
                    rs["p"][k] = copy.deepcopy(twin["p"][k])
                rs["acc"], rs["case"] = twin["acc"], twin["case"]
            c = compose(rs)
            if anchor_ok(ent, c):
                break
        else:
            raise RuntimeError("anchor " + ent["eid"])
        rs_of[ent["eid"]] = rs
        recs.append({"ent": ent, "rs": rs, "c": c})
    # QuickBooks needs unique display names: the bookkeeper adds " (Town)" or " - 2"
    seen = {}
    for r in recs:
        dn = r["c"]["displayName"]
        if dn.casefold() in seen:
            other = seen[dn.casefold()]
            town = r["ent"]["city"]
            q = " (" + town + ")"
            if town == other["ent"]["city"] or (dn + q).casefold() in seen:
                n = 2
                while (dn + " - " + str(n)).casefold() in seen:
                    n += 1
                q = " - " + str(n)
            r["rs"]["qual"] = q
            r["c"] = compose(r["rs"])
        seen[r["c"]["displayName"].casefold()] = r
    recs.sort(key=lambda r: r["c"]["displayName"].casefold())
    existing = recs
    ex_idx = dict((r["ent"]["eid"], i) for i, r in enumerate(existing))
    own = Owners()
    for r in existing:
        own.add(r["ent"]["eid"], r["c"])
    taken_p, taken_c = {}, {}
    for r in existing:
        for k in person_keys(r["c"]):
            taken_p[k] = 1
        for k in name_cores(r["c"]):
            taken_c[k] = 1
    ex_emails = [email_key(r["c"]["email"]) for r in existing if r["c"]["email"]]

    incoming = []
    # ---- hard negatives
    for t in HN_TYPES:
        anchors = [r for r in existing if r["ent"].get("hn") == t]
        anchors.sort(key=lambda r: r["ent"]["eid"])
        assert len(anchors) >= N_HN_PER_TYPE, (t, len(anchors))
        anchors = R.sample(anchors, N_HN_PER_TYPE)
        for a in anchors:
            for attempt in range(40):
                res = make_hn(st, t, a["ent"], a["c"])
                if res is None:
                    continue
                e, rs, c = res
                if set(phone_keys(c["phone"])) & set(phone_keys(a["c"]["phone"])):
                    continue
                ek, ak = email_key(c["email"]), email_key(a["c"]["email"])
                if ek and ak and ek != ak and within_one(ek, ak):
                    continue
                if not contact_ok(c, e["org"]):
                    continue
                break
            else:
                raise RuntimeError("hn " + t)
            sh = hn_shared(t, c, a["c"])
            incoming.append({"eid": e["eid"], "kind": e["kind"], "cat": "hard_negative", "c": c, "cmp": a["c"],
                             "anchor": a["ent"]["eid"], "anchor_index": ex_idx[a["ent"]["eid"]], "hn_type": t,
                             "rule": HN_RULES[t], "shared": sh, "labels": labels_for(a["c"], c)})
            own.add(e["eid"], c)
    for it in incoming:
        for k in person_keys(it["c"]):
            taken_p.setdefault(k, 2)
        for k in name_cores(it["c"]):
            taken_c.setdefault(k, 2)

    # ---- new customers
    def clash(c):
        return any(k in taken_p for k in person_keys(c)) or any(k in taken_c for k in name_cores(c))

    def clash_other(c, eid):
        return any(taken_p.get(k, eid) != eid for k in person_keys(c)) or \
            any(taken_c.get(k, eid) != eid for k in name_cores(c))

    new_ents = []
    gov = list(st.gov_left)
    for kind, n in NEW_KINDS:
        for i in range(n):
            for attempt in range(200):
                if kind.startswith("person/"):
                    city = None
                    if kind == "person/mexico":
                        city = st.wpick([x[0] for x in MX_CITIES], [x[3] for x in MX_CITIES])
                    elif kind != "person/individual":
                        city = pick_city(st, False)
                    e = new_person(st, kind, city)
                    if kind == "person/dba":
                        e["trade"] = trade_name(st, e["sur1"], e["given"], e["nick"])
                else:
                    if kind == "org/government":
                        name, city = gov.pop()
                        e = new_org(st, kind, city=city, base=name, legal=None)
                    else:
                        e = new_org(st, kind, city=None if kind == "org/mexico" else pick_city(st, False))
                rs = record_spec(st, e, "incoming")
                c = compose(rs)
                if clash(c) or not contact_ok(c, e["org"]):
                    continue
                if any(within_one(email_key(c["email"]), x) for x in ex_emails) if c["email"] else False:
                    continue
                break
            else:
                raise RuntimeError("new " + kind)
            for k in person_keys(c):
                taken_p[k] = e["eid"]
            for k in name_cores(c):
                taken_c[k] = e["eid"]
            own.add(e["eid"], c)
            new_ents.append({"ent": e, "rs": rs, "c": c})
    order = list(range(len(new_ents)))
    R.shuffle(order)
    reps = dict((i, 2) for i in order[:NEW_DOUBLE])
    reps.update(dict((i, 3) for i in order[NEW_DOUBLE:NEW_DOUBLE + NEW_TRIPLE]))
    for i, ne in enumerate(new_ents):
        grp = [{"eid": ne["ent"]["eid"], "kind": ne["ent"]["kind"], "cat": "new", "c": ne["c"], "base": True}]
        for k in range(reps.get(i, 1) - 1):
            res = None
            for prof in [pick_profile(st, [30, 40, 30]), "medium", "light"]:
                res = variant(st, ne["rs"], ne["c"], ne["ent"], prof, own,
                              extra_check=lambda c: not clash_other(c, ne["ent"]["eid"]))
                if res:
                    break
            if res is None:
                raise RuntimeError("repeat")
            rs2, c2, labels, ev = res
            own.add(ne["ent"]["eid"], c2)
            grp.append({"eid": ne["ent"]["eid"], "kind": ne["ent"]["kind"], "cat": "new", "c": c2, "base": False,
                        "profile": prof, "labels": labels, "ev": ev, "cmp": ne["c"]})
        incoming += grp
    n_new = sum(1 for x in incoming if x["cat"] == "new")
    assert n_new == NEW_SINGLE + 2 * NEW_DOUBLE + 3 * NEW_TRIPLE, n_new

    # ---- matches
    cand = list(range(len(existing)))
    R.shuffle(cand)
    matched = 0
    for i in cand:
        if matched >= N_MATCH:
            break
        r = existing[i]
        res = None
        kd = bool(r["rs"].get("qual")) and R.random() < 0.6
        for prof in [pick_profile(st, [35, 40, 25]), "medium", "light"]:
            res = variant(st, r["rs"], r["c"], r["ent"], prof, own, keep_display=kd)
            if res:
                break
        if res is None:
            continue
        rs2, c2, labels, ev = res
        own.add(r["ent"]["eid"], c2)
        incoming.append({"eid": r["ent"]["eid"], "kind": r["ent"]["kind"], "cat": "match", "c": c2, "cmp": r["c"],
                         "profile": prof, "labels": labels, "ev": ev, "compare_index": i})
        matched += 1
    assert matched == N_MATCH, matched
    assert len(incoming) == 1500, len(incoming)

    # ---- shuffle incoming; the first occurrence of a repeated new customer keeps the base record
    R.shuffle(incoming)
    pos = {}
    for j, it in enumerate(incoming):
        if it["cat"] == "new":
            pos.setdefault(it["eid"], []).append(j)
    for eid in sorted(pos):
        js = pos[eid]
        if len(js) > 1:
            items = [incoming[j] for j in js]
            items.sort(key=lambda x: 0 if x["base"] else 1)
            for j, it in zip(js, items):
                incoming[j] = it
    # ---- final owners, evidence, meta
    fown = Owners()
    for r in existing:
        fown.add(r["ent"]["eid"], r["c"])
    for it in incoming:
        fown.add(it["eid"], it["c"])
    set_lines, meta_lines = [], []
    for i, r in enumerate(existing):
        set_lines.append(rec_json("existing", r["ent"]["eid"], r["c"]))
        meta_lines.append(dict([("set", "existing"), ("index", i), ("entity", r["ent"]["eid"]),
                                ("category", "existing"), ("kind", r["ent"]["kind"]), ("changes", [])]))
    first = {}
    occ = {}
    for j, it in enumerate(incoming):
        set_lines.append(rec_json("incoming", it["eid"], it["c"]))
        m = [("set", "incoming"), ("index", j), ("entity", it["eid"]), ("category", it["cat"]), ("kind", it["kind"])]
        if it["cat"] == "match":
            ev = evidence(it["c"], it["cmp"], it["labels"], it["eid"], fown)
            assert ev, it
            m += [("changes", it["labels"]), ("profile", it["profile"]), ("evidence", ev),
                  ("compare_set", "existing"), ("compare_index", it["compare_index"])]
        elif it["cat"] == "new":
            occ[it["eid"]] = occ.get(it["eid"], 0) + 1
            if occ[it["eid"]] == 1:
                assert it["base"]
                first[it["eid"]] = j
                m += [("changes", []), ("occurrence", 1)]
            else:
                ev = evidence(it["c"], it["cmp"], it["labels"], it["eid"], fown)
                assert ev, it
                m += [("changes", it["labels"]), ("occurrence", occ[it["eid"]]), ("profile", it["profile"]),
                      ("evidence", ev), ("compare_set", "incoming"), ("compare_index", first[it["eid"]])]
        else:
            m += [("changes", it["labels"]), ("anchor", it["anchor"]), ("anchor_index", it["anchor_index"]),
                  ("hn_type", it["hn_type"]), ("rule", it["rule"]), ("shared", it["shared"])]
        meta_lines.append(dict(m))
    return set_lines, meta_lines


def rec_json(setname, eid, c):
    ad = c["address"]
    if ad is not None:
        ad = dict((k, ad[k]) for k in ADDR_SUB)
    contact = dict([("displayName", c["displayName"]), ("givenName", c["givenName"]),
                    ("familyName", c["familyName"]), ("companyName", c["companyName"]), ("email", c["email"]),
                    ("phone", c["phone"]), ("address", ad)])
    return dict([("set", setname), ("entity", eid), ("contact", contact)])


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    st = St()
    set_lines, meta_lines = build(st)
    with open(os.path.join(out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(set_lines), out))


if __name__ == "__main__":
    main(sys.argv[1:])
