"""Hand-written name data for the synthetic clinic customer set.

Entries are written as "Name:Nick1,Nick2" -- the part after the colon lists
real, commonly used short forms.  Compound given names are written with a
"|" after which the forms the person is actually called by are listed.
"""


def _parse(block):
    out = []
    for tok in block.split(";"):
        tok = tok.strip()
        if not tok:
            continue
        if ":" in tok:
            name, nicks = tok.split(":", 1)
            out.append((name.strip(), [n.strip() for n in nicks.split(",") if n.strip()]))
        else:
            out.append((tok, []))
    return out


def _words(block):
    return [w.strip() for w in block.split(";") if w.strip()]


# ---------------------------------------------------------------- Hispanic
HISP_F = _parse("""
María; Guadalupe:Lupe,Lupita; Ana; Rosa; Carmen; Josefina:Josie,Fina; Juana;
Margarita:Margie; Verónica:Vero; Leticia:Lety; Patricia:Paty; Elizabeth:Liz;
Sofía:Sofi; Ximena; Valeria; Daniela:Dani; Gabriela:Gaby; Alejandra:Ale;
Adriana; Claudia; Mónica; Yolanda:Yoli; Silvia; Teresa:Tere; Martha; Luz;
Esperanza:Espe; Irma; Norma; Blanca; Araceli; Maricela; Yesenia; Brenda;
Karina; Liliana; Angélica:Angie; Beatriz:Bety; Cecilia:Ceci; Dolores:Lola;
Elena; Erika; Estela; Graciela:Chela; Isabel:Chabela; Jazmín; Lorena; Lucía;
Marisol; Mayra; Nayeli; Paola; Raquel; Rocío; Sandra; Socorro:Coco; Susana;
Victoria:Vicky; Rosario:Chayo; Consuelo:Chelo; Concepción:Conchita,Concha;
Soledad:Chole; Mercedes:Meche; Francisca:Paquita,Pancha; Jimena; Itzel;
Fernanda; Camila; Natalia:Naty; Andrea; Diana; Laura; Alma; Gloria; Ofelia;
Rebeca; Viviana; Griselda; Reyna; Elvira; Amparo; Celia; Marina
""")

HISP_M = _parse("""
José:Pepe,Chepe; Juan; Jesús:Chuy,Chucho; Francisco:Pancho,Paco,Frank;
Ignacio:Nacho; Guillermo:Memo; Eduardo:Lalo,Eddie; Alejandro:Alex;
Luis; Carlos; Miguel; Jorge; Manuel:Manny; Antonio:Toño,Tony;
Ricardo:Ricky; Roberto:Beto,Bobby; Rafael:Rafa; Fernando:Nando;
Javier; Alberto:Beto; Arturo; Sergio; Raúl; Ramón; Héctor; Armando:Mando;
Rubén; Enrique:Kike; Pedro; Pablo; Martín; Víctor; Óscar; Andrés:Andy;
Gerardo:Jerry; Gustavo:Tavo,Gus; Salvador:Chava; Jaime; Julio; César;
Mario; Hugo; Adrián; Gilberto:Gil; Ernesto:Neto; Rodolfo:Rudy,Fito;
Alfredo:Freddy; Joaquín; Santiago; Mateo; Diego; Emiliano; Leonardo:Leo;
Ángel; Marco; Israel; Efraín; Lorenzo:Lencho; Rigoberto:Rigo; Felipe;
Tomás; Agustín; Benjamín:Benny; Octavio:Tavo; Daniel:Danny; Abel; Ismael;
Saúl; Moisés; Reynaldo:Rey; Everardo; Humberto:Beto; Leobardo:Leo
""")

# full compound given name | names the person goes by (second name, nickname)
HISP_F_COMPOUND = [
    ("María Guadalupe", ["Guadalupe", "Lupe", "Lupita"]),
    ("María Elena", ["Elena", "Malena"]),
    ("María Isabel", ["Isabel", "Maribel"]),
    ("María del Carmen", ["Carmen", "Mari Carmen"]),
    ("María Teresa", ["Teresa", "Tere", "Maite"]),
    ("María de los Ángeles", ["Ángeles", "Angie"]),
    ("María Luisa", ["Luisa", "Malu"]),
    ("María Fernanda", ["Fernanda", "Marifer"]),
    ("Ana María", ["Ana"]),
    ("Rosa María", ["Rosa", "Rosy"]),
    ("Juana María", ["Juana"]),
    ("María Dolores", ["Dolores", "Lola"]),
    ("María Concepción", ["Concepción", "Conchita"]),
    ("Ana Laura", ["Laura"]),
    ("María José", ["Majo"]),
]
HISP_M_COMPOUND = [
    ("José Luis", ["Luis"]),
    ("Juan Carlos", ["Carlos"]),
    ("José Antonio", ["Antonio", "Tony"]),
    ("Juan Manuel", ["Manuel", "Manny"]),
    ("Jesús Manuel", ["Jesús", "Chuy"]),
    ("Luis Alberto", ["Luis", "Beto"]),
    ("Jorge Luis", ["Jorge"]),
    ("Miguel Ángel", ["Miguel"]),
    ("José Manuel", ["Manuel"]),
    ("Juan José", ["Juanjo"]),
    ("Francisco Javier", ["Javier", "Pancho", "Paco"]),
    ("José Guadalupe", ["Lupe"]),
    ("Carlos Alberto", ["Carlos"]),
    ("José Alfredo", ["Alfredo", "Freddy"]),
    ("Juan Pablo", ["Pablo"]),
]

HISP_SUR = _words("""
García; Hernández; López; Martínez; González; Rodríguez; Pérez; Sánchez;
Ramírez; Flores; Rivera; Gómez; Díaz; Reyes; Cruz; Morales; Ortiz; Gutiérrez;
Chávez; Ramos; Ruiz; Álvarez; Mendoza; Castillo; Jiménez; Vásquez; Moreno;
Romero; Herrera; Medina; Aguilar; Torres; Castro; Vargas; Guzmán; Muñoz;
Salazar; Delgado; Soto; Contreras; Estrada; Núñez; Ríos; Domínguez; Sandoval;
Espinoza; Valdez; Luna; Ibarra; Cervantes; Villarreal; Fuentes; Mejía;
Juárez; Zamora; Cisneros; Trujillo; Orozco; Maldonado; Navarro; Acosta;
Cabrera; Lara; Rosales; Montoya; Vega; Figueroa; Solís; Campos; Peña;
Carrillo; Serrano; Robles; Ochoa; Ávila; Rangel; Galván; Escobar; Tapia;
Ponce; Velázquez; Padilla; Quintero; Barrera; De la Cruz; De León;
De la Garza; Villanueva; Saucedo; Arellano; Treviño; Zúñiga; Olivas;
Bustamante; Montes; Carrasco; Valenzuela; Esparza; Duarte; Lucero; Gallegos;
Baca; Archuleta; Holguín; Quiñones; Benavides; Calderón; Cantú; Garza;
Longoria; Elizondo; Saldaña; Tijerina; Villegas; Ybarra; Armendáriz;
Granados; Ceballos; Lozano; Márquez; Beltrán; Nava; Osorio; Pacheco
""")

# weight extra on the really common ones (namesakes happen with these)
HISP_SUR_COMMON = _words("García; Hernández; López; Martínez; González; Rodríguez; Pérez; Sánchez; Ramírez; Flores")

# ---------------------------------------------------------------- Vietnamese
# (plain US spelling, spelling with diacritics)
VIET_SUR = [("Nguyen", "Nguyễn"), ("Tran", "Trần"), ("Le", "Lê"), ("Pham", "Phạm"),
            ("Hoang", "Hoàng"), ("Huynh", "Huỳnh"), ("Phan", "Phan"), ("Vu", "Vũ"),
            ("Vo", "Võ"), ("Dang", "Đặng"), ("Bui", "Bùi"), ("Do", "Đỗ"), ("Ho", "Hồ"),
            ("Ngo", "Ngô"), ("Duong", "Dương"), ("Ly", "Lý"), ("Truong", "Trương"),
            ("Dinh", "Đinh"), ("Lam", "Lâm"), ("Mai", "Mai"), ("Ta", "Tạ"), ("Luu", "Lưu")]
VIET_F = _words("Anh; Dung; Hanh; Hoa; Huong; Lan; Linh; Mai; Ngoc; Phuong; Thao; Thu; "
                "Thuy; Trang; Trinh; Tuyet; Yen; Kim; Loan; Nhung; Diep; Hang; Hien; Vy; Nga")
VIET_M = _words("Bao; Binh; Cuong; Duc; Hai; Hieu; Hung; Khanh; Long; Minh; Nam; Quang; "
                "Quoc; Son; Tam; Thanh; Tuan; Vinh; Viet; Khoa; Phuc; Tien; Dat; Huy; Trung")
# Vietnamese-Americans frequently use an English given name
VIET_ENG_F = _words("Tina; Jennifer; Kimberly; Christine; Vivian; Nancy; Julie; Tiffany; Amy; Linda")
VIET_ENG_M = _words("Kevin; Tony; Peter; Danny; Steven; Andrew; Kenny; David; Michael; Jimmy")

# ---------------------------------------------------------------- Filipino
FIL_SUR = _words("""
Santos; Reyes; Cruz; Bautista; Ocampo; Mendoza; Tomas; Andrada; Villanueva;
Ramos; Aquino; Mercado; Dela Cruz; De Guzman; Del Rosario; Soriano; Manalo;
Pascual; Dizon; Lacson; Macaraeg; Agbayani; Magbanua; Panganiban;
Dimaculangan; Buenaventura; Tolentino; Gonzaga; Evangelista; Mangubat;
Sarmiento; Tan; Lim; Gatchalian; Quizon; Natividad; Domingo; Yap; Salonga;
Batungbakal; Castañeda; Fernandez; Alcantara; Valdez; Manansala
""")
FIL_F = _parse("""
Maria Cristina:Tina; Maria Theresa:Tess,Tessie; Jocelyn:Joy; Marites:Tess; Marilou;
Rowena:Weng; Rosalinda:Linda; Maricel; Analyn; Jennylyn; Lorna; Imelda:Mel;
Corazon:Cora; Perla; Erlinda; Luzviminda:Luz; Evangeline:Vangie;
Rosemarie; Lourdes:Lulu; Angelica:Angel; Kristine; Charmaine
""")
FIL_M = _parse("""
Rommel; Rodel; Jerome; Ferdinand:Ferdie; Reynaldo:Rey; Rogelio:Roger;
Danilo:Danny; Ernesto:Ernie; Arnel; Jonel; Mark Anthony; John Paul:JP;
Edgardo:Edgar; Rolando:Roland; Virgilio; Benigno:Ben; Leonardo:Leo;
Efren; Nestor; Romeo; Alvin; Marlon
""")

# ---------------------------------------------------------------- Anglo
ANG_M = _parse("""
James:Jim,Jimmy; John:Johnny,Jack; Robert:Bob,Rob,Bobby; Michael:Mike;
William:Bill,Will,Billy; David:Dave; Richard:Rick,Rich; Joseph:Joe;
Thomas:Tom,Tommy; Christopher:Chris; Daniel:Dan,Danny; Matthew:Matt;
Anthony:Tony; Mark; Steven:Steve; Paul; Andrew:Andy,Drew; Joshua:Josh;
Kenneth:Ken,Kenny; Kevin; Brian; George; Timothy:Tim; Ronald:Ron;
Jason; Jeffrey:Jeff; Ryan; Jacob:Jake; Gary; Nicholas:Nick; Eric;
Jonathan:Jon; Stephen:Steve; Larry; Justin; Scott; Brandon; Benjamin:Ben;
Samuel:Sam; Gregory:Greg; Patrick:Pat; Tyler; Dustin; Cody; Travis; Wyatt;
Hunter; Garrett; Douglas:Doug; Raymond:Ray; Charles:Charlie,Chuck;
Edward:Ed,Eddie; Donald:Don; Frederick:Fred; Bradley:Brad
""")
ANG_F = _parse("""
Mary; Patricia:Pat,Patty,Trish; Jennifer:Jen,Jenny; Linda; Elizabeth:Liz,Beth;
Barbara:Barb; Susan:Sue; Jessica:Jess; Sarah; Karen; Nancy; Lisa;
Margaret:Peggy,Maggie; Sandra:Sandy; Ashley; Kimberly:Kim; Emily;
Donna; Michelle; Carol; Amanda:Mandy; Melissa:Missy; Deborah:Debbie,Deb;
Stephanie:Steph; Rebecca:Becky; Laura; Sharon; Cynthia:Cindy;
Kathleen:Kathy; Amy; Shirley; Angela:Angie; Heather; Brittany; Megan;
Katherine:Kate,Katie,Kathy; Christina:Tina; Rachel; Kelsey; Courtney;
Hannah; Madison; Lauren; Victoria:Vicky,Tori; Abigail:Abby; Samantha:Sam;
Alexandra:Alex; Jacqueline:Jackie; Theresa:Terri,Tess; Pamela:Pam
""")
ANG_SUR = _words("""
Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson; Anderson;
Taylor; Thomas; Moore; Martin; Thompson; White; Harris; Clark; Lewis;
Walker; Young; Allen; King; Wright; Scott; Hill; Green; Adams; Baker; Nelson;
Carter; Mitchell; Roberts; Turner; Phillips; Campbell; Parker; Evans;
Edwards; Collins; Stewart; Morris; Murphy; Cook; Rogers; Morgan; Cooper;
Peterson; Reed; Bailey; Bell; Kelly; Howard; Ward; Cox; Richardson; Wood;
Watson; Brooks; Bennett; Gray; Hughes; Price; Sanders; Myers; Long; Ross;
Foster; Powell; Perry; Russell; Sullivan; Fisher; Henderson; Patterson;
Hayes; McDonald; O'Brien; O'Neal; McAllister; Schmidt; Mueller; Becker;
Hoffman; Schultz; Novak; Larsen; Olson; Bauer; Fitzgerald; Gallagher
""")

# ---------------------------------------------------------------- African-American
AA_M = _parse("""
DeShawn; Jamal; Tyrone; Darnell; Marcus; Terrell; Andre; Malik; Jalen;
Darius; Reginald:Reggie; Cedric; Demetrius; Lamar; Kendrick; Jerome;
Dwayne; Maurice:Mo; Curtis; Terrence:Terry; Rashad; Isaiah; Xavier
""")
AA_F = _parse("""
Keisha; LaToya; Tamika; Shanice; Ebony; Aaliyah; Imani; Jasmine:Jazz;
Tiana; Monique; Latasha:Tasha; Kendra; Denise; Tanisha; Keyana; Destiny;
Dominique; Octavia; Tameka; Shonda; Felicia; Yvonne; Regina; Brianna:Bri
""")
AA_SUR = _words("""
Washington; Jefferson; Jackson; Banks; Freeman; Booker; Battle; Mosley;
Gaines; Dixon; Holloway; Robinson; Coleman; Jenkins; Bryant; Wallace;
Simmons; Franklin; Warren; Harrison; Hairston; Whitfield; Boykin; Pettaway;
Cheatham; Greene; Bradley; Hollins; Outlaw; Mayfield; Person; Tolbert
""")

# ---------------------------------------------------------------- Navajo (Diné)
NAV_SUR = _words("""
Begay; Yazzie; Tsosie; Benally; Nez; Tso; Begaye; Etsitty; Yellowhair;
Bitsui; Manygoats; Tsinajinnie; Chee; Peshlakai; Skeet; Silversmith; Cly;
Bedonie; Atcitty; Nakai; Wauneka; Tohonnie; Largo; Bahe; Yellowman; Curley;
Todacheenie; Haskie; Hosteen; Littleben
""")
NAV_F = _parse("""
Darlene; Loretta; Verna; Marlene; Lorraine; Roselyn; Tashina; Shandiin;
Kayla; Tiffany; Irene; Evangeline; Bernadine; Delphine; Arlene; Charlene;
Rosita; Cheryl; Nizhoni; Kateri
""")
NAV_M = _parse("""
Delbert; Leroy; Marvin; Calvin; Ervin; Lorenzo; Wilbert; Raymond:Ray;
Harrison; Wilson; Franklin; Herbert:Herb; Virgil; Loren; Kee; Tyrell;
Darrell; Vernon; Ahiga; Hoskie
""")

CULTURES = {
    "hisp": {"m": HISP_M, "f": HISP_F, "sur": HISP_SUR},
    "viet": {"m": [(n, []) for n in VIET_M], "f": [(n, []) for n in VIET_F],
             "sur": [s[0] for s in VIET_SUR]},
    "fil": {"m": FIL_M, "f": FIL_F, "sur": FIL_SUR},
    "anglo": {"m": ANG_M, "f": ANG_F, "sur": ANG_SUR},
    "aa": {"m": AA_M, "f": AA_F, "sur": AA_SUR},
    "nav": {"m": NAV_M, "f": NAV_F, "sur": NAV_SUR},
}

VIET_DIACRITIC = dict(VIET_SUR)

# reverse nickname look-up: every nickname -> the formal name(s)
NICKNAMES = {}
for _tbl in (HISP_F, HISP_M, FIL_F, FIL_M, ANG_M, ANG_F, AA_M, AA_F, NAV_M, NAV_F):
    for _n, _nicks in _tbl:
        NICKNAMES.setdefault(_n, [])
        for _k in _nicks:
            if _k not in NICKNAMES[_n]:
                NICKNAMES[_n].append(_k)

# Given-name pairs that are easy to confuse but are different people (twins,
# siblings).  Used for hard negatives.
SIMILAR_GIVEN = [
    ("Daniel", "David"), ("Mario", "Marco"), ("Adrián", "Andrés"),
    ("Julio", "Julián"), ("Ana", "Alma"), ("Elena", "Elisa"),
    ("Marisol", "Maricela"), ("Jasmine", "Jazmín"), ("Brian", "Bryan"),
    ("Jesse", "Jessie"), ("Christian", "Christina"), ("Alexis", "Alexa"),
    ("Minh", "Nam"), ("Kayla", "Kyla"), ("Tyler", "Taylor"), ("Gabriel", "Gabriela"),
    ("Daniel", "Daniela"), ("Luis", "Luisa"), ("Fernando", "Fernanda"),
    ("Jacob", "Joshua"), ("Emily", "Emma"), ("Mateo", "Matías"),
]
