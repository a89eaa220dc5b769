"""Static word lists for gen.py (us-cpa). Stdlib only, no randomness here."""

# ----------------------------------------------------------------- places
# state, city, zips, area codes, weight (state mix ~ TX 35 / GA 25 / IL 20 / CA 20)
CITIES = [
    ("TX", "Houston", "77002 77004 77006 77007 77008 77019 77024 77036 77042 77057 77063 77072 77077 77081 77096 77099", "713 281 832 346", 11),
    ("TX", "Sugar Land", "77478 77479 77498", "281 832", 3),
    ("TX", "Katy", "77449 77450 77493 77494", "281 832 346", 3),
    ("TX", "Pearland", "77581 77584", "281 832", 1.5),
    ("TX", "Dallas", "75201 75204 75206 75214 75218 75228 75230 75243 75248", "214 469 972", 5),
    ("TX", "Plano", "75023 75024 75025 75074 75075 75093", "972 469", 2.5),
    ("TX", "Frisco", "75033 75034 75035", "972 469", 1.5),
    ("TX", "Irving", "75038 75039 75061 75062", "972 469", 1.5),
    ("TX", "Garland", "75040 75041 75043 75044", "972 469", 1),
    ("TX", "Austin", "78701 78704 78723 78727 78745 78748 78750 78757", "512 737", 2.5),
    ("TX", "San Antonio", "78201 78209 78213 78216 78230 78240 78249 78258", "210 726", 2.5),
    ("GA", "Atlanta", "30303 30305 30306 30308 30309 30310 30312 30318 30324 30327 30331 30342", "404 678 470", 7),
    ("GA", "Marietta", "30060 30062 30064 30066 30067 30068", "770 678", 2.5),
    ("GA", "Duluth", "30096 30097", "770 678 470", 2.5),
    ("GA", "Suwanee", "30024", "770 678", 1.5),
    ("GA", "Alpharetta", "30004 30005 30009 30022", "770 678 470", 2),
    ("GA", "Norcross", "30071 30092 30093", "770 678", 1.5),
    ("GA", "Lawrenceville", "30043 30044 30045 30046", "770 678 470", 2),
    ("GA", "Decatur", "30030 30032 30033", "404 470", 1.5),
    ("GA", "Stone Mountain", "30083 30087 30088", "770 678", 1),
    ("GA", "Roswell", "30075 30076", "770 678", 1.5),
    ("GA", "Savannah", "31401 31405 31406 31419", "912", 1),
    ("IL", "Chicago", "60605 60607 60608 60610 60614 60616 60618 60622 60625 60630 60634 60640 60641 60647 60657 60659", "312 773 872", 8),
    ("IL", "Naperville", "60540 60563 60564 60565", "630 331", 2),
    ("IL", "Schaumburg", "60173 60193 60194 60195", "847 224", 1.5),
    ("IL", "Skokie", "60076 60077", "847 224", 1.5),
    ("IL", "Evanston", "60201 60202", "847 224", 1),
    ("IL", "Aurora", "60502 60504 60505 60506", "630 331", 1.5),
    ("IL", "Cicero", "60804", "708", 1),
    ("IL", "Niles", "60714", "847 224", 1),
    ("IL", "Bolingbrook", "60440 60490", "630 331", 1),
    ("IL", "Bridgeview", "60455", "708", 0.5),
    ("IL", "Joliet", "60431 60432 60435", "815 779", 1),
    ("CA", "Los Angeles", "90004 90005 90006 90010 90012 90015 90019 90020 90026 90036 90042 90045 90064 90066", "213 323 310 818", 5),
    ("CA", "Irvine", "92602 92603 92604 92606 92612 92614 92618 92620", "949", 2),
    ("CA", "Garden Grove", "92840 92841 92843 92844 92845", "714 657", 1.5),
    ("CA", "Westminster", "92683", "714 657", 1),
    ("CA", "Santa Ana", "92701 92703 92704 92705 92706 92707", "714 657", 1.5),
    ("CA", "Anaheim", "92801 92802 92804 92805", "714 657", 1),
    ("CA", "Fullerton", "92831 92832 92833 92835", "714 657", 1),
    ("CA", "San Jose", "95110 95112 95116 95118 95120 95122 95123 95125 95127 95129 95133 95148", "408 669", 3),
    ("CA", "Fremont", "94536 94538 94539 94555", "510", 1.5),
    ("CA", "Sacramento", "95811 95814 95816 95819 95822 95823 95828 95831", "916 279", 1.5),
    ("CA", "Long Beach", "90802 90803 90804 90805 90807 90808 90810 90813 90815", "562", 1),
]

STATE_NAMES = {"TX": "Texas", "GA": "Georgia", "IL": "Illinois", "CA": "California"}

ORIGIN_CITIES = {
    "vietnamese": ["Houston", "Garden Grove", "Westminster", "San Jose", "Sugar Land", "Norcross", "Duluth", "Santa Ana"],
    "korean": ["Duluth", "Suwanee", "Los Angeles", "Fullerton", "Niles", "Irvine", "Plano", "Skokie"],
    "chinese": ["Sugar Land", "San Jose", "Fremont", "Irvine", "Plano", "Alpharetta", "Chicago", "Houston"],
    "indian": ["Sugar Land", "Plano", "Frisco", "Irving", "Alpharetta", "Naperville", "Schaumburg", "Fremont", "San Jose", "Katy"],
    "nigerian": ["Houston", "Katy", "Pearland", "Atlanta", "Lawrenceville", "Stone Mountain", "Chicago", "Dallas"],
    "arabic": ["Houston", "Plano", "Irvine", "Anaheim", "Chicago", "Bridgeview", "Bolingbrook", "Dallas", "Marietta"],
    "hispanic": ["San Antonio", "Houston", "Dallas", "Los Angeles", "Santa Ana", "Cicero", "Chicago", "Aurora", "Garland", "Austin", "Pearland"],
}

STREET_NAMES = (
    "Oak Maple Cedar Pine Elm Willow Magnolia Pecan Cypress Hickory Birch Walnut Chestnut Sycamore Dogwood "
    "Juniper Aspen Laurel Spruce Poplar Lakeview Hillcrest Ridgewood Briarwood Meadowbrook Fairview Highland "
    "Sunset Lincoln Washington Jefferson Madison Franklin Jackson Monroe Adams Church Mill River Spring Forest "
    "Valley Prairie Bayou Westheimer Bellaire Bissonnet Kirby Memorial Peachtree Piedmont Buford Satellite "
    "Clark Devon Milwaukee Lawrence Halsted Ogden Brookhurst Bolsa Harbor Wilshire Western Olympic Tully Story "
    "Stevens Mission Vista Sierra Palmetto Gessner Beechnut Wilcrest Mockingbird Preston Coit Lamar Burnet "
    "Congress Guadalupe Blanco Broadway Roswell Holcomb Pleasant Ashford Glenwood Riverbend Stonegate Foxcroft "
    "Autumn Heather Larkin Cobblestone Greenbriar Edgewater Kingsley Wexford Bradford Ashland Canterbury Bluebonnet "
    "Longhorn Mesquite Sawgrass Thornton Whitfield Carriage Harvest Orchard Mulberry Redbud Sweetgum Timber"
).split()

STREET_TYPES = [("St", "Street", 20), ("Ave", "Avenue", 12), ("Dr", "Drive", 18), ("Ln", "Lane", 10), ("Rd", "Road", 10),
                ("Blvd", "Boulevard", 6), ("Ct", "Court", 7), ("Way", "Way", 5), ("Pl", "Place", 3), ("Cir", "Circle", 4),
                ("Trl", "Trail", 3), ("Pkwy", "Parkway", 2)]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West")]

# ----------------------------------------------------------------- person names
ANGLO_M = ("James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony "
           "Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan "
           "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander "
           "Patrick Frank Raymond Jack Dennis Gerald Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle "
           "Harold Carl Jeremy Keith Roger Arthur Terrence Lawrence Sean Albert Ethan Austin Jesse Bruce Jordan Ralph "
           "Roy Dylan Eugene Wayne Alan Louis Russell Philip Vincent Logan DeShawn Darnell Tyrone Jamal Marcus Terrell "
           "Andre Reginald Cedric Demetrius Travis Bradley Clayton Dwayne Curtis Leon Theodore Frederick Raymond").split()
ANGLO_F = ("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra "
           "Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon "
           "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Christine Rachel "
           "Carolyn Janet Catherine Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith "
           "Megan Cheryl Martha Andrea Frances Hannah Jacqueline Gloria Jean Kathryn Alice Teresa Janice Doris Julia "
           "Grace Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana Brittany Natalie Sophia Rose "
           "Charlotte Tamika Latoya Keisha Ebony Shanice Aaliyah Imani Jasmine Monique Tiffany Erica Courtney").split()
ANGLO_SUR = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin "
             "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson "
             "Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy "
             "Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James "
             "Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Bell "
             "Coleman Butler Henderson Barnes Fisher Washington Simmons Patterson Jordan Reynolds Hamilton Graham "
             "Wallace Cole West Stone Hayes Bryant Ellis Harrison Gibson McDonald O'Brien O'Connor McCarthy Schmidt "
             "Schneider Mueller Kowalski Nowak Wojcik Novak Kaminski Lewandowski Fitzgerald Gallagher Romano Russo "
             "Esposito Whitfield Pruitt Holloway Caldwell Montgomery Beaumont Thibodeaux Broussard Hebert Landry").split()

NICKS = {
    "robert": ["Bob", "Rob", "Bobby"], "william": ["Bill", "Will", "Billy"], "james": ["Jim", "Jimmy"],
    "john": ["Johnny", "Jack"], "richard": ["Rick", "Rich", "Dick"], "michael": ["Mike"], "christopher": ["Chris"],
    "elizabeth": ["Liz", "Beth", "Betsy"], "katherine": ["Kathy", "Kate", "Katie"], "kathryn": ["Kathy", "Kate"],
    "catherine": ["Cathy", "Cat"], "margaret": ["Peggy", "Maggie", "Meg"], "jennifer": ["Jen", "Jenny"],
    "patricia": ["Pat", "Patty", "Trish"], "thomas": ["Tom", "Tommy"], "joseph": ["Joe", "Joey"], "daniel": ["Dan", "Danny"],
    "anthony": ["Tony"], "charles": ["Charlie", "Chuck"], "edward": ["Ed", "Eddie", "Ted"], "kenneth": ["Ken", "Kenny"],
    "steven": ["Steve"], "stephen": ["Steve"], "timothy": ["Tim"], "deborah": ["Debbie", "Deb"], "susan": ["Sue", "Suzy"],
    "rebecca": ["Becky"], "jessica": ["Jess"], "victoria": ["Vicky", "Tori"], "alexander": ["Alex"], "benjamin": ["Ben"],
    "nicholas": ["Nick"], "samantha": ["Sam"], "samuel": ["Sam"], "gregory": ["Greg"], "jonathan": ["Jon"],
    "matthew": ["Matt"], "andrew": ["Andy", "Drew"], "douglas": ["Doug"], "raymond": ["Ray"], "gerald": ["Jerry"],
    "lawrence": ["Larry"], "donald": ["Don"], "ronald": ["Ron"], "theodore": ["Ted", "Teddy"], "frederick": ["Fred"],
    "cynthia": ["Cindy"], "pamela": ["Pam"], "barbara": ["Barb"], "kimberly": ["Kim"], "christina": ["Tina"],
    "christine": ["Chris"], "stephanie": ["Steph"], "abigail": ["Abby"], "jacqueline": ["Jackie"], "terrence": ["Terry"],
    "zachary": ["Zach"], "jeffrey": ["Jeff"], "joshua": ["Josh"], "nathan": ["Nate"], "philip": ["Phil"],
    "frances": ["Fran"], "dorothy": ["Dottie"], "judith": ["Judy"], "carolyn": ["Carol"], "reginald": ["Reggie"],
    "walter": ["Walt"], "eugene": ["Gene"], "harold": ["Hal"], "vincent": ["Vince"], "russell": ["Russ"],
    # hispanic
    "jose": ["Pepe", "Joe"], "francisco": ["Paco", "Frank", "Pancho"], "guadalupe": ["Lupe"], "jesus": ["Chuy"],
    "ignacio": ["Nacho"], "roberto": ["Beto"], "alberto": ["Beto", "Al"], "eduardo": ["Lalo", "Eddie"],
    "enrique": ["Kike", "Henry"], "manuel": ["Manny"], "guillermo": ["Memo", "Willie"], "alejandro": ["Alex"],
    "alejandra": ["Alex"], "dolores": ["Lola"], "rosario": ["Chayo"], "concepcion": ["Concha"], "margarita": ["Maggie"],
    "gerardo": ["Jerry"], "antonio": ["Tony"], "ricardo": ["Rick", "Ricky"], "javier": ["Javi"], "veronica": ["Vero"],
    # indian
    "venkata": ["Venkat"], "srinivas": ["Srini"], "rajesh": ["Raj"], "krishna": ["Kris"], "satyanarayana": ["Satya"],
    "venkatesh": ["Venky"], "balasubramanian": ["Bala"], "chandrasekhar": ["Chandra"], "muralidharan": ["Murali"],
    "jayalakshmi": ["Jaya"], "vikram": ["Vik"], "nikhil": ["Nik"], "subramaniam": ["Subbu"], "lakshmipathy": ["Lucky"],
    "padmavathi": ["Padma"], "ramakrishnan": ["Ram"],
    # nigerian
    "oluwaseun": ["Seun"], "oluwatobi": ["Tobi"], "olumide": ["Mide"], "adebayo": ["Bayo"], "oluwafemi": ["Femi"],
    "olufunmilayo": ["Funmi"], "temitope": ["Tope"], "omolara": ["Lara"], "babatunde": ["Tunde"], "adewale": ["Wale"],
    "abimbola": ["Bimbo"], "folasade": ["Sade"], "ayodele": ["Ayo"], "chukwuemeka": ["Emeka"], "ikechukwu": ["Ike"],
    "uchenna": ["Uche"], "adaeze": ["Ada"], "chinedu": ["Chi"], "oluwakemi": ["Kemi"], "olubunmi": ["Bunmi"],
}

HISP_M = "José Juan Luis Carlos Jesús Francisco Miguel Antonio Manuel Pedro Alejandro Ricardo Roberto Fernando Jorge Eduardo Javier Sergio Raúl Arturo Héctor Rubén Ramón Enrique Alberto Guillermo Gerardo Ignacio Óscar Armando Alfredo Rogelio Jaime Efraín Martín Rodrigo Mauricio".split()
HISP_F = "María Guadalupe Rosa Ana Carmen Verónica Adriana Sofía Gabriela Daniela Leticia Patricia Alejandra Claudia Mónica Silvia Yolanda Laura Elena Lucía Dolores Concepción Rosario Margarita Teresa Isabel Beatriz Norma Araceli Marisol Yesenia Brenda Karina Esmeralda Lourdes Maribel".split()
HISP_M2 = ["José Luis", "Juan Carlos", "José Antonio", "Juan Manuel", "Luis Alberto", "Miguel Ángel", "Jesús Alberto", "José Manuel", "Juan Pablo"]
HISP_F2 = ["María Guadalupe", "María del Carmen", "Ana María", "María Elena", "Luz María", "María José", "María de Jesús", "Rosa María", "María Teresa"]
HISP_SUR = ("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz "
            "Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza Vásquez Castillo Jiménez Moreno "
            "Romero Herrera Medina Aguilar Vargas Guerrero Delgado Salazar Cortez Castro Fuentes Ibarra Zamora "
            "Villarreal Cantú Treviño Garza Sáenz Montemayor Espinoza Navarro Domínguez Calderón Escobedo Quintanilla "
            "Benavides Olivares Zúñiga Solís Valdez Cisneros Arredondo Barrera Figueroa Maldonado").split()

VN_SUR = "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Cao Luu".split()
VN_MID_M = ["Van", "Van", "Van", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Cong"]
VN_MID_F = ["Thi", "Thi", "Thi", "Ngoc", "Kim", "Thu", "Thanh", "Bich", "Hong"]
VN_M = "Minh Tuan Hung Dung Anh Khanh Long Nam Phong Quang Son Thanh Trung Hieu Bao Duy Hai Hoang Khoa Loc Phuc Tai Thang Vinh Dat".split()
VN_F = "Linh Thao Hoa Lan Mai Phuong Trang Huong Vy Anh Ngoc Nhung Thuy Tuyet Yen Hanh Hien Loan Diem Oanh Kim Trinh".split()
VN_ALIAS_M = "Michael Kevin Tony Peter Jimmy David Henry Vincent Johnny Danny Steven Andy".split()
VN_ALIAS_F = "Jenny Tina Lisa Vivian Kathy Amy Cindy Tammy Nancy Julie Linda Annie".split()

KR_SUR = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Oh Moon Baek".split()
KR_SPELL = {"Lee": ["Yi", "Rhee"], "Park": ["Pak"], "Choi": ["Choe"], "Jung": ["Chung", "Jeong"], "Cho": ["Jo"],
            "Yoon": ["Yun"], "Lim": ["Im", "Rim"], "Shin": ["Sin"], "Yoo": ["Yu"], "Kang": ["Gang"], "Baek": ["Paik"]}
KR_M = "Ji-hoon Min-jun Hyun-woo Sung-min Young-ho Jae-won Dong-hyun Kyung-soo Sang-woo Jin-ho Tae-yang Seung-hyun Joon-young Byung-chul".split()
KR_F = "Seo-yeon Eun-ji Ji-young Hye-jin Soo-jin Min-seo Yeon-hee Mi-kyung Ji-eun Hyo-jin Su-bin Eun-young Jung-hee Sun-hee".split()
KR_ALIAS_M = "Jay Daniel Paul James John Joseph Andrew Peter David Sam Steve Chris".split()
KR_ALIAS_F = "Grace Sarah Christine Esther Sophia Hannah Julie Jane Irene Rachel Helen Joanne".split()

CN_SUR = "Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Lin Guo He Gao Luo Liang Tang Wong Chan Cheung Lau Leung".split()
CN_M = "Wei Jian Lei Qiang Hao Tao Jun Ming Bo Yong Gang Peng Xiaoming Zhiwei Jianguo Haoran".split()
CN_F = "Jing Li Min Hui Yan Mei Ling Yu Xin Ping Fang Xiaoyan Lijuan Yuqing Xiaohong Jiahui".split()
CN_ALIAS_M = "David Kevin Jason Eric Robert Frank Tony Michael Victor Henry Raymond Alan".split()
CN_ALIAS_F = "Amy Grace Linda Vivian Helen Jenny Cindy Emily Wendy Shirley Lily Annie".split()

IN_M = ("Venkata Srinivas Rajesh Suresh Ramesh Anil Sunil Vijay Sanjay Arun Karthik Prakash Ravi Krishna Vikram Rohit "
        "Amit Nikhil Harish Gopal Sridhar Muralidharan Balasubramanian Chandrasekhar Venkatesh Satyanarayana Ramakrishnan "
        "Rahul Manish Deepak Ashok Naveen Pradeep Kiran Mahesh Ajay Hitesh Jignesh Bhavesh Rakesh").split()
IN_F = ("Lakshmi Priya Anjali Deepa Kavitha Sunita Meena Padmavathi Swati Neha Pooja Ananya Jayalakshmi Divya Shalini "
        "Rekha Geeta Sangeeta Anita Usha Radhika Shreya Nisha Hema Vidya Bhavna Nirmala Kalpana").split()
IN_SUR = ("Patel Patel Patel Shah Shah Sharma Gupta Singh Reddy Rao Iyer Iyengar Nair Menon Pillai Krishnan Subramanian "
          "Ramanathan Venkataraman Srinivasan Chandrasekaran Natarajan Raghavan Desai Mehta Joshi Kulkarni Deshpande "
          "Agarwal Bhatt Chaudhary Kapoor Malhotra Banerjee Chatterjee Mukherjee Das Ghosh Naidu Thakkar Parikh "
          "Trivedi Vyas Gandhi Amin Dalal Kothari Bhattacharya Sundaram Ramaswamy").split()

NG_YOR_M = "Oluwaseun Oluwatobi Olumide Adebayo Oluwafemi Babatunde Adewale Ayodele Olusegun Kehinde Taiwo Damilola Gbenga Rotimi".split()
NG_YOR_F = "Olufunmilayo Temitope Omolara Abimbola Folasade Oluwakemi Olubunmi Yetunde Adenike Morenike Bolanle Titilayo".split()
NG_IGB_M = "Chukwuemeka Chinedu Obinna Ikechukwu Nnamdi Uchenna Ifeanyi Kelechi Chidi Emeka Okechukwu Tochukwu".split()
NG_IGB_F = "Ngozi Chioma Chidinma Adaeze Oluchi Nneka Amaka Ifeoma Chiamaka Obiageli Uzoamaka Ebere".split()
NG_YOR_SUR = "Adeyemi Adebayo Ogunleye Oyelaran Balogun Adeleke Afolabi Olawale Ogunbiyi Akinola Oyewole Adekunle Ogundipe Babalola Fashola Oladipo".split()
NG_IGB_SUR = "Okafor Okonkwo Eze Nwosu Obi Chukwu Okeke Ezeh Nwachukwu Okoro Uzor Onyeka Nnadi Anyanwu Igwe Obiora".split()

AR_M = "Mohammed Ahmed Ali Omar Khalid Hassan Hussein Youssef Ibrahim Mahmoud Tariq Karim Samir Rami Fadi Nabil Ziad Bilal Walid Imad".split()
AR_F = "Fatima Aisha Layla Mariam Noor Yasmin Rania Hana Salma Amira Dina Lina Reem Samira Nadia Huda".split()
AR_SUR = ("Al-Hassan Haddad Khoury Nasser Saleh Mansour Abdullah Hamdan Qureshi Farah Aziz Rahman Khalil Ibrahim "
          "El-Amin Abboud Darwish Jaber Awad Shaheen Odeh Zayed Barakat Suleiman Al-Masri Hijazi Al-Khatib Salameh").split()
AR_SPELL_G = {"Mohammed": ["Muhammad", "Mohamed", "Mohammad", "Mohamad"], "Ahmed": ["Ahmad"], "Omar": ["Umar"],
              "Khalid": ["Khaled"], "Hussein": ["Husain", "Hussain"], "Youssef": ["Yousef", "Yusuf"],
              "Mahmoud": ["Mahmud"], "Tariq": ["Tarek", "Tarik"], "Karim": ["Kareem"], "Samir": ["Sameer"],
              "Fatima": ["Fatimah"], "Aisha": ["Ayesha", "Aysha"], "Layla": ["Leila", "Laila"], "Mariam": ["Maryam"],
              "Noor": ["Nour", "Nur"], "Yasmin": ["Yasmine", "Jasmine"], "Walid": ["Waleed"], "Ziad": ["Zeyad"]}
AR_SPELL_F = {"Al-Hassan": ["Alhassan", "Al Hassan", "El-Hassan"], "El-Amin": ["Elamin", "El Amin", "Al-Amin"],
              "Al-Masri": ["Almasri", "El-Masri", "Al Masri"], "Al-Khatib": ["Alkhatib", "El-Khatib"],
              "Haddad": ["Hadad"], "Khoury": ["Khouri", "Khory"], "Abdullah": ["Abdallah"], "Saleh": ["Salih"],
              "Mansour": ["Mansur"], "Shaheen": ["Shahin"], "Suleiman": ["Sulaiman", "Soliman"]}

CANON_EXTRA = {
    # spelling variants -> canonical token (only used for matching in the label check)
    "muhammad": "mohammed", "mohamed": "mohammed", "mohammad": "mohammed", "mohamad": "mohammed",
    "ahmad": "ahmed", "umar": "omar", "khaled": "khalid", "husain": "hussein", "hussain": "hussein",
    "yousef": "youssef", "yusuf": "youssef", "mahmud": "mahmoud", "tarek": "tariq", "tarik": "tariq",
    "kareem": "karim", "sameer": "samir", "fatimah": "fatima", "ayesha": "aisha", "aysha": "aisha",
    "leila": "layla", "laila": "layla", "maryam": "mariam", "nour": "noor", "nur": "noor", "yasmine": "yasmin",
    "waleed": "walid", "zeyad": "ziad", "alhassan": "hassan", "elamin": "amin", "almasri": "masri",
    "alkhatib": "khatib", "hadad": "haddad", "khouri": "khoury", "khory": "khoury", "abdallah": "abdullah",
    "salih": "saleh", "mansur": "mansour", "shahin": "shaheen", "sulaiman": "suleiman", "soliman": "suleiman",
    "yi": "lee", "rhee": "lee", "pak": "park", "choe": "choi", "chung": "jung", "jeong": "jung", "jo": "cho",
    "yun": "yoon", "im": "lim", "rim": "lim", "sin": "shin", "yu": "yoo", "gang": "kang", "paik": "baek",
    "svcs": "services", "svc": "services", "srvcs": "services", "mgmt": "management", "mgt": "management",
    "assoc": "associates", "intl": "international", "bros": "brothers", "ctr": "center", "mtn": "mountain",
    "st": "saint", "ft": "fort", "rev": "revocable", "liv": "living", "irrev": "irrevocable", "fam": "family",
    "tr": "trust", "trst": "trust", "est": "estate", "partnership": "partners", "condo": "condominium",
    "constr": "construction", "dent": "dental", "trkg": "trucking", "transp": "transport", "llc's": "llc",
}

# ----------------------------------------------------------------- business words
PLACES = ("Oak Creek|Cypress Point|Willow Bend|Lakeside|Riverside|Pine Hollow|Magnolia|Peachtree|Stone Mountain|Buckhead|"
          "Sugar Creek|Brazos|Pecan Grove|Golden Gate|Sierra|Pacific|Mission|Lincoln Park|Lakeview|Prairie|Heritage|"
          "Summit|Gateway|Liberty|Eagle|Lone Star|Bayou|Harbor|Crescent|Legacy|Cornerstone|Silver Oak|Blue Ridge|"
          "Redwood|Sunset|Evergreen|Cedar Ridge|Fox Run|Hunters Glen|Stonebridge|Bellaire|Memorial|Gulf Coast|"
          "Chattahoochee|North Shore|Fairview|Brookhaven|Parkside|Westside|Eastgate|Southpoint|Northpark|Hillcrest|"
          "Meadow Lake|Timber Ridge|Spring Valley|Twin Oaks|Canyon Creek|Shadow Creek|Coral|Windsor|Kensington|Ashford").split("|")
NICE_WORDS = "Golden Lotus Elite Royal Bella Premier Diamond Star Sunshine Lucky Jade Pearl Crystal Crown Perfect Classy Glamour Modern Happy Bright".split()
DISTINCT_A = ("Quetzal Obsidian Tamarind Larkspur Kestrel Halcyon Saguaro Marigold Bluestem Ironwood Chickadee Foxglove "
              "Ocotillo Blackhaw Serendib Yarrow Persimmon Whitethorn Amberjack Sandpiper Thistledown Silverbell "
              "Nightjar Moonflower Ptarmigan Bramblewood Cardamom Loblolly Wintergreen Spicebush Bitterroot Coppervine "
              "Goldfinch Heronsgate Lindenhurst Marrowbone Peregrine Quillwort Redstart Skylark Tanager Vervain").split()
DISTINCT_B = "Ridge Lantern Hollow Forge Meadow Compass Anchor Thicket Harbor Bluff Orchard Wharf Lodge Grove Crossing Kiln".split()

VN_WORDS = ["Saigon", "Hoa Binh", "Hanoi", "Hue", "Mekong", "Thanh Long", "Pho Hoa", "Cali", "Bolsa", "Ben Thanh"]
KR_WORDS = ["Seoul", "Gangnam", "Busan", "Arirang", "Jeju", "Hanbat", "Myungdong", "Bukchon"]
CN_WORDS = ["Golden Dragon", "Jade Garden", "Lucky Star", "Szechuan", "Canton", "Shanghai", "Hunan", "Peking", "Panda"]
IN_WORDS = ["Taj", "Bombay", "Chennai", "Udupi", "Saffron", "Masala", "Namaste", "Kohinoor", "Darbar"]
ES_WORDS = ["La Michoacana", "El Sol", "Los Compadres", "El Rancho", "La Esperanza", "Jalisco", "Guadalajara",
            "Monterrey", "El Buen Sabor", "La Palma", "Los Cuates", "El Jefe", "La Fogata", "Don Pancho"]
NG_WORDS = ["Nkechi", "Ada", "Funke", "Naija", "Lagos", "Calabar", "Abuja", "Iya Basira"]
AR_WORDS = ["Al-Amir", "Beirut", "Damascus", "Zaytoon", "Petra", "Cedars", "Aleppo", "Sahara", "Jerusalem"]

TRADES = ["Roofing", "Plumbing", "Electric", "Drywall", "Concrete", "Painting", "HVAC", "Fence", "Flooring"]

MGMT_COS = [
    ("Crest Management Company", "crestmgmt"), ("Spectrum Association Management", "spectrumam"),
    ("Sentry Community Management", "sentrycm"), ("Heritage Property Management", "heritagepm"),
    ("Cornerstone Community Management", "cornerstonecm"), ("Principal Management Group", "pmgtx"),
    ("Lakeshore HOA Services", "lakeshorehoa"), ("Sunrise Association Management", "sunriseam"),
    ("Access Management Group", "accessmgt"), ("Peachtree Residential Services", "peachtreeres"),
    ("Pacific Coast Community Managers", "pccm"), ("Prairie Property Services", "prairieps"),
]

SAINTS = ["Mark", "George", "Mary", "Joseph", "Anthony", "Michael", "Thomas", "Peter", "Paul", "John", "Luke", "Anne"]
