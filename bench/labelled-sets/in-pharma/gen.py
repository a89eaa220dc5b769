#!/usr/bin/env python3
"""
gen.py -- deterministic generator for the "in-pharma" customer record-linkage
benchmark (a pharmaceutical / surgical-supplies distributor in India that keeps
its customers in QuickBooks Online India).

Python 3 standard library only.  Every run writes set.jsonl and meta.jsonl next
to this file and produces byte-identical output (fixed seed, no set/dict-order
dependence, no clock, no environment input).

    python3 gen.py

All names, phone numbers, e-mail addresses, domains and street addresses are
fictitious (random digits, invented combinations).
"""
import copy
import json
import os
import re
import random

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def L(s):
    return [x.strip() for x in s.split(',') if x.strip()]


def wchoice(items):
    if isinstance(items, dict):
        items = list(items.items())
    tot = float(sum(w for _, w in items))
    x = R.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def join(*parts):
    return ' '.join(p for p in parts if p)


def slug(s):
    return re.sub(r'[^a-z0-9]', '', s.lower())


def osa(a, b):
    """optimal-string-alignment (restricted Damerau) distance"""
    la, lb = len(a), len(b)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


def wreplace(s, a, b):
    if not s:
        return s
    return re.sub(r'(?<![A-Za-z])' + re.escape(a) + r'(?![A-Za-z])', lambda m: b, s, count=1)


def has_word(s, a):
    return bool(s) and re.search(r'(?<![A-Za-z])' + re.escape(a) + r'(?![A-Za-z])', s) is not None


def ordinal(n):
    return str(n) + ({1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th'))


# --------------------------------------------------------------------------
# geography
# --------------------------------------------------------------------------
_CITY_ROWS = [
    ('Mumbai', 'Maharashtra', '022', 8, '400', ['Bombay', 'Mumbai City'], 10,
     'Andheri East:069, Dadar West:028, Borivali West:092, Ghatkopar East:077, Bandra West:050, Chembur:071, '
     'Malad West:064, Kurla West:070, Mulund West:080, Goregaon East:063, Vile Parle East:057, Byculla:008, '
     'Girgaon:004, Santacruz West:054, Kandivali West:067',
     'S. V. Road, L. B. S. Marg, M. G. Road, Station Road, Linking Road, N. M. Joshi Marg, Tilak Road, Hill Road, '
     'Gokhale Road, Jawaharlal Nehru Road'),
    ('Pune', 'Maharashtra', '020', 8, '411', ['Poona', 'Pune City'], 7,
     'Kothrud:038, Shivajinagar:005, Hadapsar:028, Aundh:007, Deccan Gymkhana:004, Pimpri:018, Wakad:057, '
     'Sadashiv Peth:030, Camp:001, Viman Nagar:014, Karve Nagar:052, Bibwewadi:037',
     'F. C. Road, J. M. Road, Karve Road, Paud Road, Satara Road, Solapur Road, Nagar Road, Tilak Road, '
     'Laxmi Road, Sinhagad Road'),
    ('Hyderabad', 'Telangana', '040', 8, '500', ['Hyd', 'Hyderabad City'], 9,
     'Banjara Hills:034, Dilsukhnagar:060, Kukatpally:072, Ameerpet:016, Secunderabad:003, Mehdipatnam:028, '
     'Kothapet:035, Begumpet:016, Madhapur:081, Himayatnagar:029, Abids:001, Malakpet:036, Tarnaka:017',
     'Road No. 12, Tank Bund Road, S. P. Road, Main Road, Station Road, Nizampet Road, Sarojini Devi Road, '
     'Rashtrapati Road, Abids Road, Malakpet Main Road'),
    ('Chennai', 'Tamil Nadu', '044', 8, '600', ['Madras'], 9,
     'T. Nagar:017, Mylapore:004, Adyar:020, Anna Nagar:040, Velachery:042, Tambaram:045, Purasawalkam:007, '
     'Kodambakkam:024, Nungambakkam:034, Porur:116, Ashok Nagar:083, Perambur:011',
     'Usman Road, Anna Salai, Arcot Road, Poonamallee High Road, L. B. Road, Kamarajar Salai, Gandhi Street, '
     'Nehru Street, 2nd Main Road, Dr. Radhakrishnan Salai'),
    ('Bengaluru', 'Karnataka', '080', 8, '560', ['Bangalore', 'Bengaluru Urban'], 9,
     'Jayanagar:041, Koramangala:034, Malleshwaram:003, Indiranagar:038, Basavanagudi:004, Rajajinagar:010, '
     'Whitefield:066, BTM Layout:076, HSR Layout:102, Yelahanka:064, Vijayanagar:040, J. P. Nagar:078',
     '100 Feet Road, Sampige Road, 80 Feet Road, Bannerghatta Road, Hosur Road, Old Airport Road, Margosa Road, '
     'Chord Road, Bull Temple Road, 4th Main Road'),
    ('Kolkata', 'West Bengal', '033', 8, '700', ['Calcutta'], 8,
     'Salt Lake:091, Park Street:016, Gariahat:019, Behala:034, Dum Dum:028, Shyambazar:004, Tollygunge:033, '
     'Ballygunge:019, New Town:156, Jadavpur:032, Lake Town:089',
     'Rashbehari Avenue, S. P. Mukherjee Road, B. T. Road, Prince Anwar Shah Road, Gariahat Road, '
     'Diamond Harbour Road, Jessore Road, Bidhan Sarani, A. J. C. Bose Road, Lenin Sarani'),
    ('Ahmedabad', 'Gujarat', '079', 8, '380', ['Amdavad', 'Ahmadabad'], 7,
     'Navrangpura:009, Maninagar:008, Satellite:015, Vastrapur:015, Bopal:058, Naranpura:013, Paldi:007, '
     'Ghatlodia:061, Chandkheda:005, Vadaj:013, Nikol:049, Bapunagar:024',
     'C. G. Road, Ashram Road, S. G. Highway, Relief Road, Drive-In Road, Satellite Road, Naranpura Road, '
     'Paldi Road, Nikol Road, Gandhi Road'),
    ('Jaipur', 'Rajasthan', '0141', 7, '302', [], 5,
     'Malviya Nagar:017, Vaishali Nagar:021, Mansarovar:020, C-Scheme:001, Raja Park:004, Bani Park:016, '
     'Sanganer:029, Jhotwara:012, Sodala:006, Tilak Nagar:004',
     'Tonk Road, M. I. Road, J. L. N. Marg, Ajmer Road, Sikar Road, Gopalpura Bypass, Station Road, '
     'Bais Godam Road, Amer Road, Agra Road'),
    ('Lucknow', 'Uttar Pradesh', '0522', 7, '226', [], 5,
     'Gomti Nagar:010, Hazratganj:001, Aliganj:024, Indira Nagar:016, Aminabad:018, Chowk:003, Alambagh:005, '
     'Mahanagar:006, Rajajipuram:017, Vikas Nagar:022',
     'Shahnajaf Road, Kanpur Road, Faizabad Road, Sitapur Road, Station Road, Vidhan Sabha Marg, Ashok Marg, '
     'Park Road, Latouche Road, Hardoi Road'),
    ('Kochi', 'Kerala', '0484', 7, '682', ['Cochin', 'Ernakulam'], 5,
     'Edappally:024, Kakkanad:030, Palarivattom:025, Vyttila:019, Kaloor:017, Ernakulam North:018, '
     'Fort Kochi:001, Thrippunithura:301, Kadavanthra:020, Panampilly Nagar:036',
     'M. G. Road, Banerji Road, Chittoor Road, Sahodaran Ayyappan Road, Palarivattom Road, '
     'Seaport-Airport Road, Kaloor-Kadavanthra Road, Market Road, Hospital Road, Shanmugham Road'),
    ('Coimbatore', 'Tamil Nadu', '0422', 7, '641', ['Kovai', 'CBE'], 4,
     'R. S. Puram:002, Gandhipuram:012, Peelamedu:004, Saibaba Colony:011, Singanallur:005, '
     'Ramanathapuram:045, Town Hall:001, Vadavalli:041, Saravanampatti:035, Ganapathy:006',
     'Avinashi Road, Trichy Road, Mettupalayam Road, D. B. Road, Cross Cut Road, Sathy Road, Oppanakara Street, '
     'Big Bazaar Street, Marudhamalai Road, Thadagam Road'),
    ('Indore', 'Madhya Pradesh', '0731', 7, '452', [], 4,
     'Vijay Nagar:010, Palasia:001, Rajwada:002, Sudama Nagar:009, Bhawarkua:001, Scheme No. 54:010, '
     'Annapurna:009, Khajrana:016, Navlakha:001, Malharganj:002',
     'A. B. Road, M. G. Road, Ring Road, Jawahar Marg, Khajrana Road, Annapurna Road, Sapna Sangeeta Road, '
     'Bhawarkua Main Road, Old Palasia Road, Rajendra Nagar Road'),
    ('Patna', 'Bihar', '0612', 7, '800', [], 4,
     'Boring Road:001, Kankarbagh:020, Rajendra Nagar:016, Patliputra Colony:013, Ashok Rajpath:004, '
     'Danapur:012, Bailey Road:014, Anisabad:002, Gardanibagh:002, Kadamkuan:003',
     'Bailey Road, Boring Canal Road, Ashok Rajpath, Fraser Road, Exhibition Road, Kankarbagh Main Road, '
     'Station Road, Gandhi Maidan Road, Danapur Road, Rajendra Nagar Road'),
    ('Bhubaneswar', 'Odisha', '0674', 7, '751', ['Bhubaneshwar', 'BBSR'], 4,
     'Saheed Nagar:007, Nayapalli:012, Patia:024, Jaydev Vihar:013, Old Town:002, Unit 4:001, '
     'Chandrasekharpur:016, Khandagiri:030, Rasulgarh:010, Baramunda:003',
     'Janpath, Cuttack Road, Jayadev Vihar Road, Nayapalli Road, Sachivalaya Marg, Lewis Road, Station Road, '
     'Khandagiri Road, Rasulgarh Road, Patia Road'),
    ('Nagpur', 'Maharashtra', '0712', 7, '440', [], 4,
     'Dharampeth:010, Sitabuldi:012, Sadar:001, Manish Nagar:015, Mahal:002, Ramdaspeth:010, Pratap Nagar:022, '
     'Itwari:002, Wardhaman Nagar:008, Trimurti Nagar:022',
     'Wardha Road, Amravati Road, Central Avenue, Great Nag Road, Kamptee Road, Hingna Road, Ring Road, '
     'North Ambazari Road, Dharampeth Road, Sitabuldi Main Road'),
    ('Visakhapatnam', 'Andhra Pradesh', '0891', 7, '530', ['Vizag', 'Vishakhapatnam'], 4,
     'Dwaraka Nagar:016, MVP Colony:017, Gajuwaka:026, Seethammadhara:013, Maddilapalem:013, Asilmetta:003, '
     'Madhurawada:048, Akkayyapalem:016, Resapuvanipalem:013, Jagadamba Junction:002',
     'Beach Road, Waltair Main Road, Dabagardens Road, Gajuwaka Main Road, Asilmetta Road, Station Road, '
     'MVP Double Road, Akkayyapalem Road, NH-16, Daba Gardens Main Road'),
]

CITY = {}
for _row in _CITY_ROWS:
    _n, _st, _std, _ll, _pp, _alt, _w, _areas, _roads = _row
    _al = []
    for _a in L(_areas):
        _nm, _p3 = _a.rsplit(':', 1)
        _al.append((_nm.strip(), _pp + _p3.strip()))
    CITY[_n] = dict(name=_n, state=_st, std=_std, ll=_ll, alt=_alt, w=_w, areas=_al, roads=L(_roads))
CITY_NAMES = [r[0] for r in _CITY_ROWS]
CITY_W = [(r[0], r[6]) for r in _CITY_ROWS]

STATE_CODES = {'Maharashtra': ['MH'], 'Telangana': ['TG', 'TS'], 'Tamil Nadu': ['TN'], 'Karnataka': ['KA'],
               'West Bengal': ['WB'], 'Gujarat': ['GJ'], 'Rajasthan': ['RJ'], 'Uttar Pradesh': ['UP'],
               'Kerala': ['KL'], 'Madhya Pradesh': ['MP'], 'Bihar': ['BR'], 'Odisha': ['OD', 'OR'],
               'Andhra Pradesh': ['AP']}
STATE_ALT = {'Odisha': 'Orissa'}

CITY_REGIONS = {
    'Mumbai': {'marathi': 30, 'gujarati': 15, 'north': 14, 'muslim': 14, 'christian': 9, 'parsi': 5, 'tamil': 3,
               'kerala': 3, 'bengali': 2, 'sikh': 3, 'kannada': 2},
    'Pune': {'marathi': 50, 'north': 12, 'gujarati': 6, 'muslim': 10, 'christian': 5, 'parsi': 3, 'sikh': 3,
             'tamil': 3, 'kerala': 3, 'kannada': 3, 'bengali': 2},
    'Nagpur': {'marathi': 55, 'north': 20, 'muslim': 10, 'sikh': 5, 'bengali': 3, 'gujarati': 4, 'christian': 3},
    'Hyderabad': {'telugu': 50, 'muslim': 25, 'north': 8, 'tamil': 4, 'marathi': 3, 'kannada': 3, 'kerala': 3,
                  'christian': 2, 'bengali': 2},
    'Visakhapatnam': {'telugu': 70, 'muslim': 8, 'odia': 6, 'north': 6, 'tamil': 4, 'christian': 3, 'bengali': 3},
    'Chennai': {'tamil': 68, 'telugu': 8, 'muslim': 8, 'kerala': 5, 'north': 4, 'christian': 4, 'gujarati': 3},
    'Coimbatore': {'tamil': 75, 'kerala': 10, 'telugu': 4, 'muslim': 5, 'north': 3, 'christian': 3},
    'Bengaluru': {'kannada': 40, 'tamil': 12, 'telugu': 12, 'kerala': 8, 'north': 10, 'muslim': 8, 'christian': 5,
                  'bengali': 3, 'marathi': 2},
    'Kochi': {'kerala': 78, 'muslim': 10, 'tamil': 5, 'north': 3, 'christian': 4},
    'Kolkata': {'bengali': 70, 'north': 12, 'muslim': 10, 'sikh': 2, 'christian': 2, 'odia': 2, 'gujarati': 2},
    'Ahmedabad': {'gujarati': 70, 'north': 10, 'muslim': 10, 'marathi': 3, 'sikh': 3, 'parsi': 2, 'christian': 2},
    'Jaipur': {'north': 80, 'muslim': 8, 'sikh': 6, 'gujarati': 3, 'bengali': 3},
    'Lucknow': {'north': 72, 'muslim': 20, 'sikh': 4, 'bengali': 2, 'christian': 2},
    'Indore': {'north': 60, 'marathi': 15, 'muslim': 10, 'sikh': 6, 'gujarati': 5, 'bengali': 2, 'christian': 2},
    'Patna': {'north': 80, 'muslim': 14, 'bengali': 4, 'sikh': 2},
    'Bhubaneswar': {'odia': 78, 'bengali': 8, 'north': 8, 'telugu': 3, 'muslim': 3},
}

# --------------------------------------------------------------------------
# person-name pools
# --------------------------------------------------------------------------
NORTH_M = L("Anil, Sunil, Rajesh, Ramesh, Suresh, Mahesh, Rakesh, Sanjay, Vijay, Ajay, Amit, Sumit, Rohit, Deepak, "
            "Pankaj, Manoj, Vinod, Ashok, Alok, Vivek, Nitin, Sachin, Gaurav, Saurabh, Abhishek, Rahul, Vikas, Arun, "
            "Praveen, Naveen, Sandeep, Pradeep, Rajiv, Sanjeev, Hemant, Yogesh, Dinesh, Mukesh, Umesh, Ravi, Shyam, "
            "Om Prakash, Ram Prasad, Devendra, Narendra, Virendra, Shailendra, Ashish, Anurag, Manish, Neeraj, Tarun, "
            "Varun, Harish, Girish, Satish, Jitendra, Kamlesh, Brijesh")
NORTH_F = L("Sunita, Anita, Kavita, Savita, Neeta, Rekha, Meena, Pooja, Priya, Neha, Swati, Shweta, Anjali, Ritu, "
            "Nidhi, Shalini, Preeti, Seema, Suman, Kiran, Asha, Usha, Kamla, Sarita, Manju, Geeta, Rashmi, Deepa, "
            "Vandana, Archana, Sadhana, Renu, Poonam, Mamta, Alka")
NORTH_MID_M = ['Kumar'] * 6 + L("Prakash, Chandra, Nath, Lal, Mohan")
NORTH_MID_F = L("Devi, Kumari, Rani")
NORTH_SUR = L("Sharma, Gupta, Verma, Agarwal, Singh, Srivastava, Mishra, Tiwari, Yadav, Jain, Saxena, Khanna, "
              "Malhotra, Kapoor, Chauhan, Pandey, Dubey, Tripathi, Rastogi, Mathur, Bansal, Goyal, Mittal, Garg, "
              "Arora, Sinha, Jha, Prasad, Thakur, Choudhary, Rathore, Bhatnagar, Maurya, Awasthi, Bajpai, Dixit, "
              "Shukla, Kushwaha, Khandelwal, Maheshwari")
ODIA_M = L("Prasanta, Debasish, Manoranjan, Bijay, Pradeep, Sanjay, Ranjan, Bibhuti, Ashok, Sarat, Subrat, Sisir, "
           "Chittaranjan, Biswanath, Rabindra, Nirmal, Santosh, Tapan, Amiya, Gyana")
ODIA_F = L("Subhashree, Sasmita, Smruti, Lipika, Mamata, Sujata, Pratima, Sangita, Jyotirmayee, Bandana, Itishree, "
           "Rashmita")
ODIA_SUR = L("Mohanty, Patnaik, Das, Sahoo, Nayak, Panda, Behera, Rath, Tripathy, Mohapatra, Swain, Jena, Pradhan, "
             "Mishra, Routray, Samal, Senapati, Dash")
SIKH_M = L("Gurpreet, Harpreet, Jaswinder, Sukhwinder, Kuldeep, Manpreet, Harjeet, Baljeet, Paramjit, Amarjit, "
           "Jaspal, Harbhajan, Gurmeet, Inderjit, Ranjit, Daljit, Satnam, Navjot, Tejinder, Rajinder")
SIKH_F = L("Gurpreet, Harpreet, Manpreet, Jaswinder, Simran, Harleen, Amrit, Navneet, Rupinder, Kulwant, Paramjit")
SIKH_SUR = L("Gill, Sandhu, Bedi, Chadha, Anand, Sethi, Bhatia, Grewal, Dhillon, Sidhu, Bajwa, Kohli, Oberoi, Suri")
MAR_M = L("Suresh, Ramesh, Sunil, Prakash, Vijay, Sanjay, Ganesh, Mahesh, Santosh, Sachin, Rahul, Amol, Nilesh, "
          "Prashant, Sandeep, Vinayak, Dattatray, Shrikant, Ajit, Milind, Rajendra, Dilip, Avinash, Nitin, Tushar, "
          "Yogesh, Mangesh, Sameer, Abhijit")
MAR_F = L("Sunita, Manisha, Vaishali, Swati, Asmita, Sujata, Madhuri, Rupali, Pallavi, Snehal, Ashwini, Kavita, "
          "Shubhangi, Vandana, Archana")
MAR_FATHER = L("Ramrao, Vitthal, Dattatray, Shankar, Narayan, Ganpat, Pandurang, Sadashiv, Vasant, Dinkar, Bhaskar, "
               "Madhukar, Prabhakar, Shivaji, Maruti, Baburao, Anant, Vishnu, Tukaram, Raghunath, Balasaheb, Yashwant")
MAR_SUR = L("Patil, Deshmukh, Kulkarni, Joshi, Pawar, Jadhav, Shinde, Gaikwad, Deshpande, Bhosale, Kale, More, "
            "Chavan, Salunkhe, Kadam, Mane, Sawant, Gokhale, Apte, Phadke, Wagh, Bhide, Nimbalkar, Mhatre, Naik, "
            "Lokhande, Wankhede, Khandekar")
GUJ_M = L("Kiran, Jayesh, Hitesh, Nilesh, Paresh, Bharat, Mahesh, Dinesh, Rajesh, Mukesh, Ketan, Chirag, Hardik, "
          "Jignesh, Bhavesh, Alpesh, Sanjay, Pankaj, Haresh, Kalpesh, Tushar, Nirav, Pratik, Mehul")
GUJ_F = L("Hetal, Nisha, Bhavna, Jyoti, Falguni, Priti, Rina, Kinjal, Daksha, Hansa, Varsha, Shilpa, Dipti, Sejal")
GUJ_FATHER = L("Mahendrabhai, Rameshbhai, Jayantilal, Ramanlal, Chimanlal, Natvarlal, Hasmukhbhai, Pravinbhai, "
               "Kantilal, Dhirubhai, Vinodbhai, Arvindbhai, Bipinchandra, Navinchandra, Babubhai, Harshadbhai")
GUJ_SUR = L("Shah, Patel, Mehta, Desai, Parikh, Trivedi, Modi, Thakkar, Doshi, Gandhi, Vora, Sheth, Panchal, Soni, "
            "Bhatt, Dave, Chauhan, Parmar, Solanki, Kothari, Amin, Pandya, Vyas")
TAM_M = L("Venkatesan, Ramesh, Suresh, Murugan, Senthil, Karthik, Balaji, Saravanan, Ganesan, Rajendran, Selvam, "
          "Arumugam, Palaniappan, Sivakumar, Ramanathan, Subramanian, Natarajan, Srinivasan, Krishnamurthy, "
          "Manikandan, Prakash, Anand, Vignesh, Elango, Kannan, Muthukumar")
TAM_F = L("Lakshmi, Meenakshi, Kavitha, Priya, Selvi, Revathi, Malathi, Vasanthi, Geetha, Sumathi, Anitha, Jayanthi, "
          "Kalpana, Shanthi, Deepa, Padmini")
TAM_FATHER = L("Rangaswamy, Srinivasan, Krishnan, Subramanian, Natarajan, Ramasamy, Kandasamy, Murugesan, "
               "Palanisamy, Sundaram, Venkataraman, Gopalan, Chinnasamy, Arumugam, Periyasamy, Thangaraj, "
               "Duraisamy, Shanmugam, Balasubramanian, Jayaraman, Mani, Velusamy")
TEL_M = L("Srinivasa Rao, Venkata Ramana, Satyanarayana, Ravi Kumar, Nageswara Rao, Prasad, Suresh Babu, "
          "Krishna Mohan, Rama Krishna, Sai Kiran, Chandra Sekhar, Venkatesh, Anil Kumar, Raju, Mallikarjun, "
          "Koteswara Rao, Srinivas")
TEL_F = L("Padmavathi, Lakshmi, Sravani, Swathi, Madhavi, Sujatha, Aruna, Bhavani, Radhika, Sirisha, Anuradha")
TEL_HOUSE = L("Kondapalli, Yarlagadda, Nallamothu, Gadde, Vemula, Chinta, Bandi, Kotha, Pothula, Mandava, "
              "Peddireddy, Alluri, Ponnam, Gummadi, Tummala, Jonnalagadda, Kolli, Mutyala, Akula, Boddu, Dasari, "
              "Nelluri, Ravuri, Suryadevara")
TEL_FATHER = L("Venkata, Satya, Naga, Rama, Siva, Lakshmi, Durga")
KAN_M = L("Manjunath, Nagaraj, Prakash, Raghavendra, Shivakumar, Basavaraj, Girish, Mahesh, Chandrashekar, "
          "Puttaswamy, Ramesh, Srinath, Umesh, Harish, Mohan")
KAN_F = L("Shobha, Roopa, Savitha, Kavya, Geetha, Pushpa, Rekha, Shwetha, Vidya, Sumana")
KAN_VILLAGE = L("Hosahalli, Nanjangud, Belur, Channapatna, Mandya, Tumkur, Kolar, Hassan, Gubbi, Maddur")
KAN_FATHER = L("Nanjappa, Siddappa, Ramaiah, Lingappa, Basappa, Shivanna, Kempaiah, Rangappa, Thimmaiah, Honnappa")
KAN_SUR = L("Hegde, Shetty, Gowda, Bhat, Kamath, Pai, Rao, Murthy, Acharya, Shenoy")
KH_M = L("Suresh Kumar, Anil Kumar, Rajesh, Sreekumar, Unnikrishnan, Ajith, Biju, Shaji, Sajeev, Pradeep, "
         "Vinod Kumar, Hari, Gopakumar, Manoj")
KH_F = L("Lakshmi, Sreeja, Divya, Remya, Anjana, Sindhu, Beena, Jayasree, Sreelatha, Asha")
KH_SUR = L("Nair, Menon, Pillai, Nambiar, Kurup, Warrier, Panicker")
KERALA_HOUSE = L("Puthenveettil, Kizhakkedathu, Vadakkumcheril, Thekkekara, Chirayil, Kalarickal, Parayil, Madathil, "
                 "Kunnath, Pallath, Edathil, Thottathil, Kollamparambil, Moolayil, Manjaly, Olickal, Valiyaparambil")
KC_M = L("Joseph, Thomas, Mathew, George, Jacob, Varghese, Kurian, Abraham, Philip, Jose, Biju, Shibu, Saji, Tomy, "
         "Jaison, Sebastian")
KC_F = L("Mary, Annamma, Elizabeth, Sherly, Leelamma, Mini, Jincy, Sini, Teresa, Reena, Alice, Sophia")
BEN_M = L("Arindam, Debashis, Sourav, Partha, Abhijit, Anirban, Soumitra, Subhas, Tapas, Biswajit, Prasenjit, "
          "Amitava, Sanjib, Indranil, Kaushik, Sandip, Rajib, Tanmoy, Pradip, Swapan, Dipankar")
BEN_F = L("Moumita, Rina, Tanushree, Sharmila, Sumita, Ananya, Paromita, Sohini, Rituparna, Mousumi, Chandana, "
          "Shampa, Debjani, Sreyashi")
BEN_SUR = L("Banerjee, Chatterjee, Mukherjee, Ganguly, Bhattacharya, Chakraborty, Das, Bose, Ghosh, Sen, Dutta, Roy, "
            "Sarkar, Mitra, Majumdar, Paul, Saha, Mondal, Biswas, Dey, Nandi, Haldar, Chowdhury")
MUS_M = L("Irfan, Salim, Imran, Asif, Javed, Rashid, Arif, Aslam, Nadeem, Wasim, Shahid, Zaheer, Faisal, Tariq, "
          "Anwar, Akbar, Iqbal, Abdul Rahman, Abdul Kareem, Yusuf, Ismail, Ibrahim, Riyaz, Altaf, Feroz, Sajid, "
          "Khalid, Mustafa, Zubair")
MUS_F = L("Fatima, Ayesha, Nasreen, Shabana, Rukhsar, Zainab, Farida, Sultana, Rehana, Nazia, Shaheen, Tabassum, "
          "Yasmin, Salma, Zareena")
MUS_SUR = L("Khan, Shaikh, Ansari, Qureshi, Siddiqui, Pathan, Hussain, Rizvi, Baig, Mirza, Farooqui, Momin, Khatib, "
            "Ali, Sayyed")
MUS_SUR_F = L("Khan, Shaikh, Begum, Ansari, Siddiqui, Qureshi, Bano, Pathan")
CHR_M = L("Anthony, Francis, Joseph, Peter, Savio, Cyril, Joel, Melwyn, Glen, Nelson, Wilson, Clement, Agnelo, "
          "Rosario, Lawrence, Vincent")
CHR_F = L("Maria, Agnes, Lavina, Sheila, Merlyn, Flavia, Sandra, Jennifer, Gladys, Rita, Cynthia, Blossom, Priscilla, "
          "Carol")
CHR_SUR = L("D'Souza, Fernandes, Pereira, Rodrigues, D'Costa, Pinto, D'Mello, Lobo, Menezes, Gonsalves, Almeida, "
            "Noronha, Coutinho, Saldanha, Mascarenhas, Castelino, Dias, Correia")
PARSI_M = L("Cyrus, Farokh, Jehangir, Rustom, Dinshaw, Homi, Kersi, Percy, Zubin, Darius, Noshir, Behram, Jamshed, "
            "Firoz")
PARSI_F = L("Zarine, Perin, Roshan, Shernaz, Dilnaz, Freny, Khorshed, Nergish, Hutoxi")
PARSI_SUR = L("Irani, Wadia, Mistry, Contractor, Engineer, Daruwala, Batliwala, Billimoria, Dastur, Bharucha, "
              "Kapadia, Sethna, Lalkaka, Vakil, Pavri, Screwvala")

SPELL_GROUPS = [
    ['Banerjee', 'Bandyopadhyay', 'Banerji'], ['Chatterjee', 'Chattopadhyay', 'Chatterji'],
    ['Mukherjee', 'Mukhopadhyay', 'Mukherji'], ['Ganguly', 'Gangopadhyay', 'Ganguli'],
    ['Bhattacharya', 'Bhattacharjee', 'Bhattacharyya'], ['Chakraborty', 'Chakrabarti', 'Chakravarty'],
    ['Bose', 'Basu'], ['Dutta', 'Datta'], ['Roy', 'Ray'], ['Sarkar', 'Sircar'], ['Majumdar', 'Mazumdar'],
    ['Paul', 'Pal'], ['Mondal', 'Mandal'], ['Haldar', 'Halder'], ['Chowdhury', 'Choudhury'],
    ['Choudhary', 'Chaudhary'], ['Agarwal', 'Aggarwal', 'Agrawal'], ['Srivastava', 'Shrivastava'],
    ['Pandey', 'Pande'], ['Patnaik', 'Pattnaik', 'Pattanaik'], ['Mohanty', 'Mahanty'], ['Mohapatra', 'Mahapatra'],
    ['Sahoo', 'Sahu'], ['Tripathy', 'Tripathi'], ['Shaikh', 'Sheikh', 'Shaik'], ['Syed', 'Sayyed', 'Sayed'],
    ['Qureshi', 'Kureshi'], ['Siddiqui', 'Siddiqi'], ['Hussain', 'Husain'], ['Baig', 'Beg'],
    ['Farooqui', 'Faruqui'], ['Mohammed', 'Mohd.', 'Md.', 'Muhammad', 'Mohammad'],
    ["D'Souza", 'Dsouza', 'De Souza', 'D Souza'], ['Fernandes', 'Fernandez'], ['Pereira', 'Periera'],
    ['Rodrigues', 'Rodriques'], ["D'Costa", 'Dcosta', 'Da Costa'], ["D'Mello", 'Dmello', 'De Mello'],
    ['Gonsalves', 'Gonsalvez'], ['Correia', 'Correa'], ['Mathew', 'Mathews'], ['Varghese', 'Verghese'],
    ['Lakshmi', 'Laxmi'], ['Srinivasa Rao', 'Sreenivasa Rao', 'Shrinivasa Rao'], ['Srinivasan', 'Sreenivasan'],
    ['Pradeep', 'Pradip'], ['Sandeep', 'Sandip'], ['Kuldeep', 'Kuldip'], ['Rajiv', 'Rajeev'],
    ['Sanjeev', 'Sanjiv'], ['Deepak', 'Dipak'], ['Sourav', 'Saurav'], ['Debashis', 'Debasish'],
    ['Satyanarayana', 'Satyanarayan'], ['Subramanian', 'Subramaniam'], ['Gurpreet', 'Gurprit'],
    ['Sukhwinder', 'Sukhvinder'], ['Jaswinder', 'Jasvinder'], ['Harjeet', 'Harjit'], ['Baljeet', 'Baljit'],
    ['Paramjit', 'Paramjeet'], ['Amarjit', 'Amarjeet'], ['Ranjit', 'Ranjeet'], ['Daljit', 'Daljeet'],
    ['Inderjit', 'Inderjeet'], ['Kavitha', 'Kavita'], ['Geetha', 'Geeta'], ['Shanthi', 'Shanti'],
    ['Sujatha', 'Sujata'], ['Swathi', 'Swati'], ['Savitha', 'Savita'], ['Jayasree', 'Jayashree'],
    ['Yusuf', 'Yousuf'], ['Riyaz', 'Riyas'], ['Feroz', 'Firoz'], ['Javed', 'Jawed'], ['Wasim', 'Waseem'],
    ['Nadeem', 'Nadim'], ['Tariq', 'Tarique'], ['Zaheer', 'Zahir'], ['Abdul Rahman', 'Abdul Rehman'],
    ['Abdul Kareem', 'Abdul Karim'], ['Chandra Sekhar', 'Chandrasekhar'], ['Venkata Ramana', 'Venkataramana'],
    ['Rama Krishna', 'Ramakrishna'], ['Om Prakash', 'Omprakash'], ['Ram Prasad', 'Ramprasad'],
    ['Suresh Kumar', 'Sureshkumar'], ['Anil Kumar', 'Anilkumar'], ['Sreekumar', 'Srikumar'],
    ['Manjunath', 'Manjunatha'], ['Nagaraj', 'Nagaraja'], ['Chandrashekar', 'Chandrashekhar'],
    ['Basavaraj', 'Basavaraju'], ['Ramaiah', 'Ramayya'], ['Rangaswamy', 'Rangasamy'], ['Ramasamy', 'Ramaswamy'],
    ['Kandasamy', 'Kandaswamy'], ['Palanisamy', 'Palaniswamy'], ['Chinnasamy', 'Chinnaswamy'],
    ['Periyasamy', 'Periyaswamy'], ['Duraisamy', 'Duraiswamy'], ['Kondapalli', 'Kondapally'],
    ['Yarlagadda', 'Yarlagada'], ['Puthenveettil', 'Puthenveetil'], ['Kalarickal', 'Kalarikkal'],
    ['Bhosale', 'Bhosle'], ['Gaikwad', 'Gaekwad'], ['Salunkhe', 'Salunke'], ['Thakkar', 'Thakker'],
    ['Vora', 'Vohra'], ['Sheth', 'Seth'], ['Parikh', 'Parekh'], ['Kapoor', 'Kapur'], ['Saxena', 'Saksena'],
    ['Tiwari', 'Tiwary', 'Tewari'], ['Dubey', 'Dube'], ['Chauhan', 'Chouhan'], ['Bajpai', 'Vajpayee'],
    ['Awasthi', 'Avasthi'], ['Dixit', 'Dikshit'], ['Dhillon', 'Dhilon'], ['Daruwala', 'Daruwalla'],
    ['Batliwala', 'Batliwalla'], ['Billimoria', 'Bilimoria'], ['Bharucha', 'Barucha'], ['Jehangir', 'Jahangir'],
    ['Farokh', 'Farrokh'], ['Rustom', 'Rustam'], ['Jamshed', 'Jamshid'], ['Behram', 'Bahram'],
    ['Venkatesh', 'Venkatesha'], ['Meenakshi', 'Minakshi'], ['Mallikarjun', 'Mallikarjuna'],
    ['Koteswara Rao', 'Koteshwara Rao'], ['Srinivas', 'Sreenivas', 'Shrinivas'],
]
VARIANTS = {}
for _g in SPELL_GROUPS:
    for _w in _g:
        VARIANTS[_w] = [x for x in _g if x != _w]
# groups where any member is a normal "canonical" spelling for a new person
CANON_ALT_OK = ['Bandyopadhyay', 'Chattopadhyay', 'Mukhopadhyay', 'Gangopadhyay', 'Bhattacharjee', 'Chakrabarti',
                'Basu', 'Datta', 'Pattnaik', 'Sahu', 'Tripathi', 'Sheikh', 'Dsouza', 'Fernandez', 'Aggarwal',
                'Choudhury', 'Chaudhary', 'Mahapatra', 'Siddiqi', 'Husain', 'Majumdar', 'Mazumdar']

FEMALE_SHARE = {'doctor': 0.35, 'chemist_proprietor': 0.15, 'nurse': 0.85, 'homecare_patient': 0.5,
                'contact': 0.25}

DEGREES = [(['MBBS'], 15), (['MBBS', 'MD'], 15), (['MBBS', 'MS'], 8), (['MBBS', 'MD (Paed)'], 5),
           (['MBBS', 'DGO'], 5), (['MBBS', 'MS (Ortho)'], 5), (['MBBS', 'DNB'], 4), (['BDS'], 10),
           (['BDS', 'MDS'], 5), (['BAMS'], 10), (['BHMS'], 8), (['MBBS', 'DCH'], 3)]

TITLE_ALTS = {'Shri': ['Sri', 'Mr.', 'Shree'], 'Sri': ['Shri', 'Mr.'], 'Mr.': ['Shri', 'Mr'], 'Smt.': ['Mrs.', 'Smt'],
              'Mrs.': ['Smt.', 'Mrs'], 'Kum.': ['Miss', 'Ms.'], 'Ms.': ['Miss', 'Ms'], 'Miss': ['Kum.', 'Ms.'],
              'Dr.': ['Dr', 'DR.'], 'Dr': ['Dr.'], 'DR.': ['Dr.'], 'Sister': ['Sr.', 'Sis.'], 'Sr.': ['Sister'],
              'Sis.': ['Sister'], 'Thiru': ['Mr.', 'Thiru.'], 'Thiru.': ['Thiru', 'Mr.'], 'Tmt.': ['Mrs.', 'Smt.'],
              'S.': ['Sardar', 'S'], 'Sardar': ['S.'], 'S': ['S.'], 'Shree': ['Shri'], 'Mr': ['Mr.'],
              'Smt': ['Smt.'], 'Mrs': ['Mrs.'], 'Ms': ['Ms.']}
TITLE_SHOW = {'doctor': 0.9, 'nurse': 0.4, 'homecare_patient': 0.45, 'chemist_proprietor': 0.25}


# --------------------------------------------------------------------------
# registries (uniqueness of contact data across all entities)
# --------------------------------------------------------------------------
USED_EMAIL = set()
USED_LOCAL = set()
USED_SKEL = set()
USED_DOMAIN = set()
USED_PHONE = set()
USED_ADDR = set()
USED_ORGKEY = set()
USED_PKEY = set()
USED_IDS = set()


def new_id():
    while True:
        i = 'c%07x' % R.getrandbits(28)
        if i not in USED_IDS:
            USED_IDS.add(i)
            return i


MOB_PREFIX = L("98, 99, 97, 96, 94, 93, 90, 88, 89, 87, 86, 85, 84, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72, "
               "70, 63, 62")


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))


def new_mobile():
    while True:
        n = pick(MOB_PREFIX) + digits(8)
        if n not in USED_PHONE:
            USED_PHONE.add(n)
            return {'kind': 'm', 'num': n}


def new_landline(city):
    c = CITY[city]
    while True:
        first = '2' if c['ll'] == 7 else pick(['2', '2', '2', '4', '6'])
        n = first + digits(c['ll'] - 1)
        key = c['std'][1:] + n
        if key not in USED_PHONE:
            USED_PHONE.add(key)
            return {'kind': 'l', 'std': c['std'], 'num': n}


def phone_key(ph):
    return ph['num'] if ph['kind'] == 'm' else ph['std'][1:] + ph['num']


MOB_FMTS = ['+91 {a} {b}', '+91-{n}', '+91{n}', '0{n}', '{n}', '{a} {b}', '{a}-{b}', '91 {a} {b}',
            '+91 {c} {d} {e}', '(+91) {n}']
LL_FMTS = ['{std}-{n}', '{std} {h1} {h2}', '({std}) {h1} {h2}', '+91 {s} {h1} {h2}', '+91-{s}-{n}', '{std}{n}',
           '{std}-{h1}-{h2}', '+91{s}{n}', '{std} {n}', '{std}-{h1} {h2}']


def render_phone(ph, fmt):
    if ph['kind'] == 'm':
        n = ph['num']
        return MOB_FMTS[fmt % len(MOB_FMTS)].format(n=n, a=n[:5], b=n[5:], c=n[:3], d=n[3:6], e=n[6:])
    n = ph['num']
    k = len(n) // 2
    return LL_FMTS[fmt % len(LL_FMTS)].format(std=ph['std'], s=ph['std'][1:], n=n, h1=n[:k], h2=n[k:])


FREE_P = [('gmail.com', 55), ('yahoo.co.in', 12), ('yahoo.com', 6), ('rediffmail.com', 10), ('hotmail.com', 5),
          ('outlook.com', 6), ('ymail.com', 2), ('rocketmail.com', 1)]
FREE_O = [('gmail.com', 70), ('yahoo.co.in', 10), ('rediffmail.com', 15), ('outlook.com', 5)]
GENERIC_LOCALS = ['accounts', 'info', 'purchase', 'billing', 'admin', 'office', 'contact', 'stores', 'pharmacy',
                  'principal', 'hospital', 'school', 'care', 'orders', 'finance', 'mail', 'enquiry', 'lab']


def skel(local):
    return re.sub(r'[^a-z]', '', local.lower())


def local_ok(local, avoid, strict=True):
    if len(local) < 5 or local in USED_LOCAL:
        return False
    if strict and skel(local) in USED_SKEL:
        return False
    for a in avoid:
        if osa(local, a) <= 3 or skel(local) == skel(a):
            return False
    return True


def register_email(local, domain, personal=True):
    e = local + '@' + domain
    USED_EMAIL.add(e)
    if personal:
        USED_LOCAL.add(local)
        USED_SKEL.add(skel(local))
    return e


def person_email(p, city, kind, avoid=()):
    g = slug(p['given'].split(' ')[0])
    if p['family']:
        f = slug(p['family'])
    elif p['ini']:
        f = slug(p['ini'][-1][1])
    else:
        f = ''
    ini = ''.join(x[0].lower() for x in p['ini'])
    for attempt in range(60):
        yy = '%02d' % pick(list(range(60, 100)) + list(range(0, 6)))
        nn = str(R.randint(1, 999))
        pats = [('{g}.{f}', 8), ('{g}{f}', 6), ('{g}_{f}', 2), ('{g0}{f}', 3), ('{f}.{g}', 2), ('{g}.{f}{yy}', 4),
                ('{g}{f}{nn}', 3), ('{g}{yy}', 2), ('{g}{nn}', 2)]
        if ini:
            pats += [('{g}.{ini}', 4), ('{ini}{g}', 3), ('{g}{ini}{yy}', 2)]
        if kind == 'doctor':
            pats += [('dr.{g}{f}', 6), ('dr{g}.{f}', 3), ('dr.{g}{nn}', 2)]
        if p['prefix'] and kind != 'doctor':
            pats += [('md{g}{nn}', 1)]
        if attempt > 20:
            pats = [('{g}{f}{nn}', 1), ('{g}.{f}{nn}', 1), ('{g}{yy}{nn}', 1)]
        pat = wchoice(pats)
        local = pat.format(g=g, f=f, g0=g[:1], yy=yy, nn=nn, ini=ini).strip('._')
        local = re.sub(r'[._]{2,}', '.', local)
        dom = wchoice(FREE_P)
        if local_ok(local, avoid, attempt < 45) and (local + '@' + dom) not in USED_EMAIL:
            return register_email(local, dom)
    raise RuntimeError('email')


def org_free_email(base, city, area=None, avoid=()):
    cs = slug(city)[:3] if chance(0.5) else slug(city)
    for attempt in range(80):
        pats = [('{b}', 5), ('{b}.{c}', 3), ('{b}{c}', 2), ('{b}{yy}', 2), ('{b}.{a}', 1)]
        if attempt > 20:
            pats = [('{b}{nn}', 1), ('{b}.{c}{nn}', 1)]
        if attempt > 45:
            pats = [('{b}.' + pick(['office', 'accts', 'billing', 'orders', 'purchase']) + '{nn}', 1)]
        pat = wchoice(pats)
        local = pat.format(b=base, c=cs, yy='%02d' % R.randint(0, 23), a=slug(area or city)[:10],
                           nn=R.randint(1, 999))
        dom = wchoice(FREE_O)
        if local_ok(local, avoid, attempt < 45) and (local + '@' + dom) not in USED_EMAIL:
            return register_email(local, dom)
    raise RuntimeError('org email')


def org_domain(base, tlds=None):
    tlds = tlds or [('in', 5), ('com', 4), ('co.in', 3), ('net', 1)]
    for attempt in range(50):
        b = base if attempt < 10 else base + str(R.randint(2, 99))
        d = b + '.' + wchoice(tlds)
        if d not in USED_DOMAIN:
            USED_DOMAIN.add(d)
            return d
    raise RuntimeError('domain')


def domain_email(domain, local=None):
    local = local or wchoice([('accounts', 6), ('info', 4), ('purchase', 3), ('billing', 2), ('admin', 2),
                              ('office', 1), ('contact', 1)])
    e = local + '@' + domain
    USED_EMAIL.add(e)
    return e


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
BUILD_COMM = L("Sai Darshan Complex, Krishna Complex, Laxmi Plaza, Shivam Arcade, Kamdhenu Complex, Navkar Complex, "
               "Siddhi Vinayak Building, Jai Hind Building, Meenakshi Arcade, Raj Mahal Complex, Ashoka Complex, "
               "Srinivasa Towers, Kaveri Complex, Surya Complex, Janata Market, Kalpataru Plaza, "
               "Shiv Shakti Complex, Mahalaxmi Chambers, Ambika Arcade, Tirumala Plaza, Heritage Plaza, "
               "Manish Market, Gandhi Market, Station Plaza, City Centre Arcade, Anand Complex, Padmavathi Complex, "
               "Venkatadri Plaza, Rajlaxmi Complex, Sunder Complex, Ganga Shopping Centre, Prabhat Arcade, "
               "Shanti Shopping Complex, Medical Plaza, Doctors Complex, Pearl Building")
BUILD_RES = L("Sai Residency, Shanti Niwas, Ganga Apartments, Royal Enclave, Sunrise Towers, Mahaveer Heights, "
              "Gokul Dham Society, Vrindavan Society, Shree Krishna Bhavan, Ashirwad Building, Om Sai Apartments, "
              "Anand Bhavan, Padmavathi Nilayam, Lakshmi Nivas, Sri Sai Towers, Green Park Apartments, "
              "Silver Oak Residency, Jayanthi Apartments, Narmada Apartments, Nandanvan Society, Gulmohar Apartments, "
              "Annapurna Bhavan, Sai Krupa Apartments, Shubham Residency, Krishna Kunj, Saraswati Sadan, "
              "Navratna Apartments, Sagar Darshan, Vasant Vihar Apartments, Sea Breeze Apartments")
LM_PLACES = L("Bus Stand, Railway Station, Hanuman Mandir, Civil Hospital, Post Office, Clock Tower, SBI, "
              "Bank of Baroda, Police Station, Govt. Hospital, Municipal Office, Petrol Pump, Sai Baba Temple, "
              "Vegetable Market, Jama Masjid, St. Mary's Church, Bus Depot, Town Hall, Gandhi Statue, Canara Bank, "
              "Union Bank, District Court, Collectorate, Water Tank, Ganesh Mandir, Fire Station, "
              "Telephone Exchange, Head Post Office, Municipal School, Vegetable Mandi")
LM_KINDS = [('near', 5), ('opp', 4), ('behind', 1), ('beside', 1)]

UNIT_FMT = {
    'shop': ['Shop No. {}', 'Shop No {}', 'Shop {}', 'Shop No.{}', 'S. No. {}'],
    'plot': ['Plot No. {}', 'Plot No {}', 'Plot {}', 'P. No. {}'],
    'flat': ['Flat {}', 'Flat No. {}', 'Flat No {}', 'F. No. {}'],
    'door': ['No. {}', 'No {}', '#{}', 'Door No. {}', 'D. No. {}'],
    'hno': ['H.No. {}', 'H. No. {}', 'House No. {}', 'H No {}', 'H.No.{}'],
    'office': ['Office No. {}', 'Office {}', 'Off. No. {}', 'Unit {}'],
    'gala': ['Gala No. {}', 'Gala {}', 'Unit No. {}'],
    'bare': ['{}'],
}
FLOOR_FMT = {'G': ['Ground Floor', 'Grd Floor', 'G/F', 'Ground Flr'], '1': ['1st Floor', 'First Floor', '1st Flr'],
             '2': ['2nd Floor', 'Second Floor', '2nd Flr']}
LM_FMT = {'near': ['Near', 'Nr.', 'Nr'], 'opp': ['Opp.', 'Opposite', 'Opp'], 'behind': ['Behind', 'Bhd.'],
          'beside': ['Beside', 'Next to']}
ABBR = [(r'\bRoad\b', 'Rd'), (r'\bNagar\b', 'Ngr'), (r'\bColony\b', 'Col.'), (r'\bStreet\b', 'St.'),
        (r'\bApartments\b', 'Apts'), (r'\bBuilding\b', 'Bldg.'), (r'\bSociety\b', 'Soc.'), (r'\bComplex\b', 'Cmplx'),
        (r'\bHighway\b', 'Hwy'), (r'\bAvenue\b', 'Ave.'), (r'\bMain\b', 'Mn.'), (r'\bCross\b', 'Crs.')]
ABBR_NAMES = ['Road->Rd', 'Nagar->Ngr', 'Colony->Col.', 'Street->St.', 'Apartments->Apts', 'Building->Bldg.',
              'Society->Soc.', 'Complex->Cmplx', 'Highway->Hwy', 'Avenue->Ave.', 'Main->Mn.', 'Cross->Crs.']


def home_unit(city):
    if city in ('Hyderabad', 'Visakhapatnam'):
        n = '%d-%d-%d' % (R.randint(1, 22), R.randint(1, 12), R.randint(1, 400))
        if chance(0.3):
            n += '/' + pick('ABC')
        return 'hno', n
    if city in ('Chennai', 'Coimbatore'):
        return 'door', (str(R.randint(1, 180)) + (('/' + str(R.randint(1, 40))) if chance(0.3) else ''))
    if city == 'Bengaluru':
        return 'door', str(R.randint(1, 900))
    if city == 'Kochi':
        return 'door', '%d/%d' % (R.randint(20, 64), R.randint(100, 3999))
    if city == 'Kolkata':
        return 'bare', pick(['%d/%d%s' % (R.randint(1, 200), R.randint(1, 9), pick(['A', 'B', ''])),
                             'P-%d' % R.randint(1, 300), '%d%s' % (R.randint(1, 300), pick('ABCD'))])
    k = wchoice([('flat', 5), ('plot', 2), ('hno', 2), ('bare', 1)])
    if k == 'flat':
        return 'flat', pick(['%d%s' % (R.randint(1, 12), pick('ABCD')), '%d0%d' % (R.randint(1, 14), R.randint(1, 8)),
                             '%s-%d0%d' % (pick('ABCDE'), R.randint(1, 12), R.randint(1, 6))])
    if k == 'plot':
        return 'plot', str(R.randint(1, 350)) + (pick(['/A', '/B', '-A']) if chance(0.15) else '')
    if k == 'hno':
        return 'hno', str(R.randint(1, 999))
    return 'bare', '%s-%d' % (pick('ABCDEFG'), R.randint(1, 400))


def new_address(city, purpose, avoid_area=None):
    c = CITY[city]
    for _ in range(200):
        areas = [a for a in c['areas'] if a[0] != avoid_area] or c['areas']
        area, pin = pick(areas)
        floor = None
        bldg = None
        if purpose == 'shop':
            ukind = 'shop'
            unum = str(R.randint(1, 60)) + (pick(['A', 'B', '-A']) if chance(0.12) else '')
            if chance(0.1):
                unum = 'G-%d' % R.randint(1, 30)
            if chance(0.3):
                floor = 'G' if chance(0.75) else '1'
            if chance(0.6):
                bldg = pick(BUILD_COMM)
        elif purpose == 'big':
            ukind = 'plot'
            unum = str(R.randint(1, 350)) + (pick(['/A', '/1', '-B']) if chance(0.12) else '')
            if chance(0.15):
                bldg = pick(BUILD_COMM)
        elif purpose == 'office':
            ukind = 'gala' if city == 'Mumbai' and chance(0.5) else 'office'
            unum = str(R.randint(1, 120))
            bldg = pick(BUILD_COMM)
            if chance(0.5):
                floor = pick(['G', '1', '2'])
        else:
            ukind, unum = home_unit(city)
            if ukind == 'flat' or (ukind in ('plot', 'hno', 'bare') and chance(0.3)):
                bldg = pick(BUILD_RES)
        if city == 'Bengaluru' and chance(0.45):
            street = '%s Cross, %s Main' % (ordinal(R.randint(1, 14)), ordinal(R.randint(1, 9)))
        elif chance(0.85):
            street = pick(c['roads'])
        else:
            street = None
        lm = (wchoice(LM_KINDS), pick(LM_PLACES)) if chance(0.45) else None
        a = dict(ukind=ukind, unum=unum, floor=floor, bldg=bldg, street=street, lm=lm, area=area, city=city,
                 pin=pin)
        key = (ukind, unum, bldg, street, area, city)
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            return a
    raise RuntimeError('address')


def addr_style():
    return dict(ufmt=R.randrange(5) if chance(0.5) else 0, ffmt=R.randrange(4) if chance(0.3) else 0,
                lfmt=R.randrange(3) if chance(0.4) else 0, lm=chance(0.9), floor=chance(0.9),
                split=wchoice([(0, 5), (1, 3), (2, 1), (3, 1), (4, 2)]),
                abbr=sorted(R.sample(range(len(ABBR)), R.randint(1, 3))) if chance(0.35) else [],
                pfmt=wchoice([('plain', 85), ('space', 13), ('none', 2)]),
                pin_line=chance(0.06),
                state=wchoice([('full', 55), ('code', 35), ('lower', 3), ('none', 7)]),
                cvar=0 if chance(0.9) else 1,
                country=wchoice([('IN', 58), ('India', 38), (None, 4)]),
                case=wchoice([('asis', 92), ('upper', 7), ('lower', 1)]),
                typos=[])


def city_name(city, cvar):
    if cvar == 0:
        return city
    alts = CITY[city]['alt']
    if not alts:
        return city
    return alts[(cvar - 1) % len(alts)]


def render_addr(a, st):
    uf = UNIT_FMT[a['ukind']]
    A = [uf[st['ufmt'] % len(uf)].format(a['unum'])]
    if a['floor'] and st['floor']:
        ff = FLOOR_FMT[a['floor']]
        A.append(ff[st['ffmt'] % len(ff)])
    if a['bldg']:
        A.append(a['bldg'])
    B = [a['street']] if a['street'] else []
    C = []
    if a['lm'] and st['lm']:
        lf = LM_FMT[a['lm'][0]]
        C = [lf[st['lfmt'] % len(lf)] + ' ' + a['lm'][1]]
    D = [a['area']]
    sp = st['split']
    if sp == 0:
        l1, l2 = A + B, C + D
    elif sp == 1:
        l1, l2 = A, B + C + D
    elif sp == 2:
        l1, l2 = A + B + C + D, []
    elif sp == 3:
        l1, l2 = A + B + D, C
    else:
        l1, l2 = A + B + C, D
    line1 = ', '.join(l1)
    line2 = ', '.join(l2) if l2 else None
    for i in st['abbr']:
        pat, rep = ABBR[i]
        line1 = re.sub(pat, rep, line1)
        if line2:
            line2 = re.sub(pat, rep, line2)
    for (x, y) in st['typos']:
        if has_word(line1, x):
            line1 = wreplace(line1, x, y)
        elif line2 and has_word(line2, x):
            line2 = wreplace(line2, x, y)
    cname = city_name(a['city'], st['cvar'])
    pin = a['pin']
    pin_s = pin if st['pfmt'] == 'plain' else (pin[:3] + ' ' + pin[3:])
    postal = None if st['pfmt'] == 'none' else pin_s
    if st['pin_line']:
        tail = '%s - %s' % (cname, pin_s)
        if line2:
            line2 = line2 + ', ' + tail
        else:
            line2 = tail
    stname = CITY[a['city']]['state']
    s = st['state']
    if s == 'full':
        region = stname
    elif s == 'code':
        region = STATE_CODES[stname][0]
    elif s == 'code2':
        region = STATE_CODES[stname][-1]
    elif s == 'alt':
        region = STATE_ALT.get(stname, stname)
    elif s == 'lower':
        region = stname.lower()
    else:
        region = None
    out = dict(line1=line1, line2=line2, city=cname, region=region, postalCode=postal, country=st['country'])
    if st['case'] == 'upper':
        for k in ('line1', 'line2', 'city'):
            if out[k]:
                out[k] = out[k].upper()
    elif st['case'] == 'lower':
        for k in ('line1', 'line2', 'city'):
            if out[k]:
                out[k] = out[k].lower()
    return out


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------
def sur_pick(pool):
    f = pick(pool)
    if f in VARIANTS and chance(0.25):
        alts = [x for x in VARIANTS[f] if x in CANON_ALT_OK]
        if alts:
            f = pick(alts)
    return f


def gen_person(city, kind, region=None, gender=None):
    region = region or wchoice(CITY_REGIONS[city])
    gender = gender or ('f' if chance(FEMALE_SHARE[kind]) else 'm')
    m = gender == 'm'
    p = dict(region=region, gender=gender, given=None, middle=None, family=None, prefix=None, ini=[],
             style='western', bhai=None, ji=False, single=False, marker=None, title=None, degrees=None,
             christian=False, kind=kind)
    if region == 'north':
        p['given'] = pick(NORTH_M if m else NORTH_F)
        if chance(0.35 if m else 0.25):
            p['middle'] = pick(NORTH_MID_M if m else NORTH_MID_F)
        p['family'] = sur_pick(NORTH_SUR)
        if city == 'Patna' and chance(0.3):
            p['middle'] = None
            p['family'] = 'Kumar' if m else 'Kumari'
        if city in ('Jaipur', 'Indore', 'Lucknow') and m and kind in ('homecare_patient', 'chemist_proprietor') \
                and chance(0.3):
            p['ji'] = True
    elif region == 'odia':
        p['given'] = pick(ODIA_M if m else ODIA_F)
        if chance(0.3 if m else 0.1):
            p['middle'] = pick(['Kumar', 'Ranjan', 'Chandra', 'Prasad'])
        p['family'] = sur_pick(ODIA_SUR)
    elif region == 'sikh':
        p['given'] = pick(SIKH_M if m else SIKH_F)
        sk = 'Singh' if m else 'Kaur'
        if chance(0.55):
            p['middle'] = sk
            p['family'] = pick(SIKH_SUR)
        else:
            p['family'] = sk
    elif region == 'marathi':
        p['given'] = pick(MAR_M if m else MAR_F)
        if chance(0.8):
            p['middle'] = pick(MAR_FATHER) if m or chance(0.5) else pick(MAR_M)
        p['family'] = pick(MAR_SUR)
    elif region == 'gujarati':
        p['given'] = pick(GUJ_M if m else GUJ_F)
        if chance(0.7):
            p['middle'] = pick(GUJ_FATHER)
        p['family'] = pick(GUJ_SUR)
        if chance(0.45):
            p['bhai'] = 'bhai' if m else 'ben'
    elif region == 'bengali':
        p['given'] = pick(BEN_M if m else BEN_F)
        if m and chance(0.2):
            p['middle'] = pick(['Kumar', 'Chandra', 'Ranjan', 'Prasad', 'Nath'])
        p['family'] = sur_pick(BEN_SUR)
    elif region == 'muslim':
        p['given'] = pick(MUS_M if m else MUS_F)
        if m and chance(0.35):
            p['prefix'] = wchoice([('Mohammed', 5), ('Mohd.', 3), ('Md.', 2), ('Mohammad', 1)])
        elif m and chance(0.12):
            p['prefix'] = wchoice([('Syed', 3), ('Sayyed', 1)])
        p['family'] = sur_pick(MUS_SUR if m else MUS_SUR_F)
        if p['prefix'] in ('Syed', 'Sayyed') and p['family'] == 'Sayyed':
            p['family'] = 'Ali'
    elif region == 'christian':
        p['given'] = pick(CHR_M if m else CHR_F)
        p['family'] = sur_pick(CHR_SUR)
    elif region == 'parsi':
        p['given'] = pick(PARSI_M if m else PARSI_F)
        if chance(0.7):
            p['middle'] = pick(PARSI_M)
        p['family'] = pick(PARSI_SUR)
    elif region == 'tamil':
        p['style'] = 'initial'
        p['given'] = pick(TAM_M if m else TAM_F)
        fs = R.sample(TAM_FATHER, 2)
        p['ini'] = [(x[0], x) for x in (fs if chance(0.3) else fs[:1])]
        p['single'] = chance(0.12)
    elif region == 'telugu':
        p['style'] = 'initial'
        p['given'] = pick(TEL_M if m else TEL_F)
        h = pick(TEL_HOUSE)
        p['ini'] = [(h[0], h)]
        if chance(0.25):
            f = pick(TEL_FATHER)
            p['ini'].append((f[0], f))
    elif region == 'kannada':
        if chance(0.5):
            p['style'] = 'initial'
            p['given'] = pick(KAN_M if m else KAN_F)
            v, f = pick(KAN_VILLAGE), pick(KAN_FATHER)
            p['ini'] = [(v[0], v), (f[0], f)] if chance(0.6) else [(f[0], f)]
        else:
            p['given'] = pick(KAN_M if m else KAN_F)
            p['family'] = pick(KAN_SUR)
    elif region == 'kerala':
        if chance(0.45):
            p['style'] = 'initial'
            p['christian'] = True
            p['given'] = pick(KC_M if m else KC_F)
            h, f = pick(KERALA_HOUSE), pick([x for x in KC_M if x != p['given']])
            p['ini'] = [(h[0], h), (f[0], f)]
        elif chance(0.5):
            p['given'] = pick(KH_M if m else KH_F)
            p['family'] = pick(KH_SUR)
        else:
            p['style'] = 'initial'
            p['given'] = pick(KH_M if m else KH_F)
            h = pick(KERALA_HOUSE)
            p['ini'] = [(h[0], h)]
    else:
        raise ValueError(region)
    # titles / degrees
    if kind == 'doctor':
        p['title'] = 'Dr.'
        p['degrees'] = wchoice(DEGREES)
    elif kind == 'nurse':
        if region == 'kerala' and p['christian'] and not m:
            p['title'] = 'Sister'
        else:
            p['title'] = 'Ms.' if not m else 'Mr.'
    elif region == 'tamil':
        p['title'] = 'Thiru' if m else 'Tmt.'
    elif region == 'sikh' and m and chance(0.35):
        p['title'] = 'S.'
    elif m:
        p['title'] = wchoice([('Shri', 4), ('Sri', 2), ('Mr.', 4)])
    else:
        p['title'] = wchoice([('Smt.', 5), ('Mrs.', 3), ('Kum.', 1), ('Ms.', 2)])
    return p


def person_forms(p):
    """form-id -> (display core, given field, family field)"""
    F = {}
    if p['style'] == 'western':
        G, M, S, PRE = p['given'], p['middle'], p['family'], p['prefix']
        GP = join(PRE, G)
        F['full'] = (join(GP, M, S), join(GP, M), S)
        if M:
            F['nomiddle'] = (join(GP, S), GP, S)
            F['midinit'] = (join(GP, M[0] + '.', S), join(GP, M[0] + '.'), S)
        if S:
            ii = ' '.join(w[0] + '.' for w in join(GP, M).replace('.', '').split())
            F['initials'] = (ii + ' ' + S, ii, S)
            F['surname_first'] = (join(S, GP, M), join(GP, M), S)
        if PRE:
            F['noprefix'] = (join(G, M, S), join(G, M), S)
        if M in ('Singh', 'Kaur') and S:
            F['singh_only'] = (join(GP, M), GP, M)
    else:
        G, ini = p['given'], p['ini']
        dots = ' '.join(l + '.' for l, _ in ini)
        comp = ''.join(l + '.' for l, _ in ini)
        exps = [x for _, x in ini]
        F['init_front'] = (dots + ' ' + G, G, dots)
        F['init_back'] = (G + ' ' + dots, G, dots)
        F['init_compact'] = (comp + ' ' + G, G, comp)
        F['init_back_compact'] = (G + ' ' + comp, G, comp)
        if not p['christian']:
            F['expanded'] = (' '.join(exps) + ' ' + G, ' '.join(exps), G)
        F['father_back'] = (G + ' ' + exps[-1], G, exps[-1])
        if len(ini) >= 2 and p['region'] == 'kerala':
            F['house_full'] = (G + ' ' + exps[-1] + ' ' + exps[0], G + ' ' + exps[-1], exps[0])
        if p['single']:
            F['single'] = (G, G, None)
    return F


FORM_W = {
    'north': {'full': 6, 'nomiddle': 3, 'midinit': 1, 'initials': 0.5, 'surname_first': 0.3},
    'odia': {'full': 6, 'nomiddle': 3, 'midinit': 1, 'initials': 0.5},
    'bengali': {'full': 7, 'nomiddle': 2, 'initials': 0.5},
    'sikh': {'full': 7, 'nomiddle': 1.5, 'singh_only': 1.5},
    'marathi': {'full': 5, 'surname_first': 2, 'nomiddle': 2, 'midinit': 1, 'initials': 0.5},
    'gujarati': {'full': 4, 'surname_first': 1.5, 'nomiddle': 3, 'midinit': 1},
    'muslim': {'full': 6, 'noprefix': 2, 'nomiddle': 1, 'initials': 0.3},
    'christian': {'full': 8, 'initials': 0.5},
    'parsi': {'full': 5, 'nomiddle': 3, 'midinit': 2},
    'kannada': {'full': 6, 'nomiddle': 2, 'initials': 1, 'init_front': 6, 'init_back': 1, 'expanded': 1,
                'father_back': 2},
    'kerala': {'full': 7, 'initials': 1, 'init_front': 4, 'init_back': 2, 'father_back': 3, 'house_full': 2,
               'expanded': 1},
    'tamil': {'init_front': 6, 'init_back': 1.5, 'init_compact': 1, 'init_back_compact': 1, 'expanded': 0.5,
              'father_back': 1, 'single': 0.3},
    'telugu': {'init_front': 4.5, 'expanded': 3, 'father_back': 2, 'init_back': 0.5},
}
FORM_DESC = {'full': 'full name', 'nomiddle': "without middle/father's name", 'midinit': 'middle name as initial',
             'initials': 'given names as initials', 'surname_first': 'surname written first',
             'noprefix': 'without Mohammed/Syed prefix', 'singh_only': 'surname dropped (Singh/Kaur kept)',
             'init_front': 'initials before name', 'init_back': 'initials after name',
             'init_compact': 'initials run together', 'init_back_compact': 'initials run together after name',
             'expanded': 'initials expanded to full names',
             'father_back': "father's/house name written out as surname", 'house_full': 'house name in full',
             'single': 'single name without initials'}


def pick_form(p):
    forms = person_forms(p)
    w = dict((k, v) for k, v in FORM_W[p['region']].items() if k in forms)
    if p['single']:
        w['single'] = 7
    return wchoice(sorted(w.items()))


def apply_vars(p, vs):
    if not vs:
        return p
    q = dict(p)
    for a, b in sorted(vs.items()):
        for k in ('given', 'middle', 'family', 'prefix'):
            if q[k] and has_word(q[k], a):
                q[k] = wreplace(q[k], a, b)
        q['ini'] = [(l, wreplace(x, a, b) if has_word(x, a) else x) for l, x in q['ini']]
    return q


def deg_str(deg, fmt):
    if fmt == 0:
        return ', ' + ', '.join(deg)
    if fmt == 1:
        return ' ' + ' '.join(deg)
    if fmt == 2:
        return ' (' + ', '.join(deg) + ')'
    if fmt == 3:
        out = []
        for d in deg:
            parts = d.split(' ', 1)
            t = '.'.join(parts[0]) + '.'
            out.append(t + (' ' + parts[1] if len(parts) > 1 else ''))
        return ', ' + ', '.join(out)
    return ', ' + ' '.join(deg)


def apply_case(s, mode):
    if not s:
        return s
    if mode == 'upper':
        return s.upper()
    if mode == 'lower':
        return s.lower()
    if mode == 'title':
        return ' '.join(w[:1].upper() + w[1:].lower() for w in s.split(' '))
    return s


def render_person_name(e, st):
    p0 = e['p']
    p = apply_vars(p0, st['vars'])
    G, M = p['given'], p['middle']
    if st.get('bhai') and p['bhai']:
        parts = G.split(' ')
        parts[0] = parts[0] + p['bhai']
        G = ' '.join(parts)
    if M and st.get('mid_nobhai') and M.endswith('bhai'):
        M = M[:-4]
    q = dict(p, given=G, middle=M)
    forms = person_forms(q)
    form = st['form'] if st['form'] in forms else ('full' if 'full' in forms else 'init_front')
    disp, gn, fn = forms[form]
    if st.get('ji') and p['ji'] and p['family'] and disp.endswith(' ' + p['family']):
        disp = disp[:-len(p['family'])] + 'Ji ' + p['family']
    for (a, b, ft) in st['typos']:
        disp = wreplace(disp, a, b)
        if ft:
            gn = wreplace(gn, a, b)
            fn = wreplace(fn, a, b)
    if st['fields'] == 'swapped' and fn:
        gn, fn = fn, gn
    if st['title']:
        disp = st['title'] + ' ' + disp
    if st['deg'] is not None and p['degrees']:
        disp += deg_str(p['degrees'], st['deg'])
    if p['marker']:
        disp += ' ' + p['marker']
        if fn and st['fields'] != 'swapped':
            fn = fn + ' ' + p['marker']
    if st.get('disamb'):
        disp += st['disamb']
    if st['fields'] == 'display_only':
        gn = fn = None
    c = st['ncase']
    return apply_case(disp, c), apply_case(gn, c), apply_case(fn, c), None


def contact_fields(cp):
    forms = person_forms(cp)
    form = cp.get('_cform') or ('nomiddle' if 'nomiddle' in forms else ('full' if 'full' in forms else 'init_front'))
    d, g, f = forms[form]
    return g, f


# --------------------------------------------------------------------------
# organisations
# --------------------------------------------------------------------------
SRI = ['Sri', 'Shri', 'Shree', 'Sree']
DEITY = [['Balaji'], ['Lakshmi', 'Laxmi'], ['Ganesh', 'Ganesha'], ['Sai'], ['Venkateswara', 'Venkateshwara'],
         ['Krishna'], ['Durga'], ['Annapurna', 'Annapoorna'], ['Mahalaxmi', 'Mahalakshmi'],
         ['Siddhivinayak', 'Siddhi Vinayak'], ['Murugan'], ['Ayyappa'], ['Jagannath', 'Jagannatha'], ['Kali'],
         ['Hanuman'], ['Ambika'], ['Saraswati', 'Saraswathi'], ['Vinayaka'], ['Raghavendra'], ['Renuka'],
         ['Bhavani'], ['Tirupati', 'Tirupathi'], ['Shiv Shakti', 'Shivshakti'], ['Sainath'], ['Gajanan'],
         ['Mahavir', 'Mahaveer'], ['Parshva', 'Parshwa'], ['Navkar'], ['Guru Nanak'], ['Gurukripa', 'Guru Kripa'],
         ['Jalaram'], ['Chamunda'], ['Umiya'], ['Meenakshi'], ['Kamakshi'], ['Padmavathi', 'Padmavati'],
         ['Mookambika'], ['Dhanvantari', 'Dhanwantari'], ['Sai Krupa', 'Saikrupa', 'Sai Kripa'], ['Omkar'],
         ['Vighnaharta'], ['Datta'], ['Khandoba'], ['Vitthal', 'Vithal'], ['Tulja Bhavani'], ['Santoshi Maa'],
         ['Vaishno'], ['Banke Bihari'], ['Shyam'], ['Radhe Krishna', 'Radhekrishna'], ['Rama'], ['Anjaneya'],
         ['Subramanya'], ['Kanaka Durga'], ['Sarada'], ['Tara Maa'], ['Loknath'], ['Mangala'], ['Sri Ram'],
         ['Gayatri', 'Gayathri'], ['Manikanta'], ['Kalpataru'], ['Venkatadri'], ['Annamalai'], ['Kumaran'],
         ['Bajrang'], ['Kuldevi'], ['Ekvira']]
SECULAR = [['City'], ['Royal'], ['Janata'], ['Apna'], ['Care'], ['Life Care', 'Lifecare'],
           ['Health Plus', 'Healthplus'], ['Family'], ['Prime'], ['Metro'], ['National'], ['Modern'], ['Popular'],
           ['Public'], ['Star'], ['Sunrise'], ['Welcome'], ['Friends'], ['Lifeline'], ['Wellness'], ['Nova'],
           ['Cure'], ['Al-Shifa', 'Al Shifa', 'Alshifa'], ['Madina', 'Madeena'], ['Noor'], ['Zam Zam', 'Zamzam'],
           ['Crescent'], ['Rehmat', 'Rahmat'], ['Globe'], ['Unique'], ['Good Health'], ['Sanjeevani', 'Sanjivani'],
           ['Arogya', 'Aarogya'], ['Amrit', 'Amrut'], ['Navjeevan', 'Nav Jeevan'], ['Jeevan'], ['Swasthya'],
           ['Medicare'], ['Bharat'], ['Hindustan'], ['Kaveri', 'Cauvery'], ['Ganga'], ['Narmada'], ['Nilgiri'],
           ['Green Cross'], ['Wellcare', 'Well Care'], ['Citizen'], ["People's", 'Peoples'], ['Comfort'],
           ['Vishwas'], ['Shanti', 'Shanthi'], ['Anand'], ['Mangal'], ['Shubham'], ['Sparsh'], ['Aastha', 'Astha'],
           ['Kalyan'], ['Samarth'], ['Suvidha'], ['Seva'], ['Raksha'], ['Sehat'], ['Daya'], ['Sukh Shanti'],
           ['Vardaan', 'Vardan'], ['Mediworld'], ['Pharma Point'], ['Health Hub'], ['Remedy'], ['Trust Well']]
REGIONAL = [['Deccan'], ['Konkan'], ['Malabar'], ['Vindhya'], ['Satpura'], ['Utkal'], ['Kalinga'], ['Magadh'],
            ['Awadh'], ['Marwar'], ['Saurashtra', 'Saurastra'], ['Vidarbha'], ['Coromandel'], ['Godavari'],
            ['Krishna Valley'], ['Mahanadi'], ['Yamuna'], ['Tapti', 'Tapi'], ['Chambal'], ['Bharat'],
            ['Hindustan'], ['National'], ['Universal'], ['Global'], ['United'], ['Supreme'], ['Pioneer'],
            ['Reliable'], ['Eastern'], ['Western'], ['Southern'], ['Central'], ['Aravali', 'Aravalli'],
            ['Nilachal'], ['Sahyadri'], ['Kaveri', 'Cauvery'], ['Tungabhadra'], ['Vaigai'], ['Periyar'],
            ['Brahmaputra'], ['Ganga'], ['Narmada']]
SURNAME_CORES = sorted(set(NORTH_SUR + GUJ_SUR + MAR_SUR + L("Reddy, Naidu, Rao, Iyer, Pillai, Menon, Das, Ghosh, "
                                                               "Khan, Jain, Agarwal, Bansal, Kothari, Chettiar, "
                                                               "Mudaliar, Nadar, Shetty, Kamath, Pai, Mohanty")))
SURNAME_CORES = [s for s in SURNAME_CORES if s not in ('Singh',)]
REGION_SURNAMES = {
    'north': NORTH_SUR, 'odia': ODIA_SUR, 'sikh': SIKH_SUR, 'marathi': MAR_SUR, 'gujarati': GUJ_SUR,
    'bengali': BEN_SUR, 'muslim': MUS_SUR, 'christian': CHR_SUR, 'parsi': PARSI_SUR,
    'tamil': L("Iyer, Pillai, Chettiar, Mudaliar, Nadar, Gounder, Iyengar"),
    'telugu': L("Reddy, Naidu, Rao, Chowdary, Varma, Raju, Setty"), 'kannada': KAN_SUR,
    'kerala': KH_SUR + L("Thomas, George, Kurian, Varghese, Mathew")}
DEITY_REGION = {
    'Murugan': 'tamil', 'Meenakshi': 'tamil', 'Kamakshi': 'tamil', 'Annamalai': 'tamil', 'Kumaran': 'tamil',
    'Venkateswara': 'telugu', 'Padmavathi': 'telugu', 'Kanaka Durga': 'telugu', 'Manikanta': 'telugu',
    'Venkatadri': 'telugu', 'Tirupati': 'telugu', 'Balaji': 'telugu', 'Anjaneya': 'telugu',
    'Jalaram': 'gujarati', 'Umiya': 'gujarati', 'Chamunda': 'gujarati', 'Navkar': 'gujarati',
    'Parshva': 'gujarati', 'Mahavir': 'gujarati', 'Siddhivinayak': 'marathi', 'Gajanan': 'marathi',
    'Khandoba': 'marathi', 'Vitthal': 'marathi', 'Tulja Bhavani': 'marathi', 'Ekvira': 'marathi',
    'Omkar': 'marathi', 'Datta': 'marathi', 'Vighnaharta': 'marathi', 'Sainath': 'marathi',
    'Jagannath': 'odia', 'Loknath': 'bengali', 'Tara Maa': 'bengali', 'Kali': 'bengali', 'Sarada': 'bengali',
    'Mangala': 'odia', 'Ayyappa': 'kerala', 'Mookambika': 'kannada', 'Raghavendra': 'kannada',
    'Subramanya': 'kannada', 'Renuka': 'kannada', 'Banke Bihari': 'north', 'Shyam': 'north', 'Vaishno': 'north',
    'Bajrang': 'north', 'Santoshi Maa': 'north', 'Radhe Krishna': 'north', 'Kuldevi': 'north',
    'Guru Nanak': 'sikh', 'Gurukripa': 'sikh'}


def surname_for(city):
    return pick(REGION_SURNAMES[wchoice(CITY_REGIONS[city])])


def deity_for(city):
    w = CITY_REGIONS[city]
    items = []
    for d in DEITY:
        r = DEITY_REGION.get(d[0])
        items.append((d, 1.0 if r is None else 0.1 + 0.12 * w.get(r, 0)))
    return wchoice(items)

RETAIL_CATS = [(['Medicals', 'Medical Stores', 'Medical Store', 'Medical'], 30), (['Medical Hall'], 8),
               (['Chemists & Druggists', 'Chemist & Druggist', 'Chemists and Druggists'], 10),
               (['Chemists', 'Chemist'], 8), (['Pharmacy'], 12), (['Medicos', 'Medico'], 6), (['Drug House'], 4),
               (['Medical & General Stores', 'Medical and General Stores', 'Medical & General Store'], 6),
               (['Pharma'], 4)]
HOSP_CATS = [(['Hospital', 'Hospital', 'Hosp.'], 30),
             (['Multispeciality Hospital', 'Multi Speciality Hospital', 'Multi-Speciality Hospital',
               'Multispecialty Hospital'], 12),
             (['Nursing Home', 'Nursing Home', 'N. Home'], 14),
             (['Maternity & Nursing Home', 'Maternity and Nursing Home'], 5),
             (["Children's Hospital", 'Childrens Hospital', 'Children Hospital'], 5), (['Eye Hospital'], 5),
             (['Ortho Hospital', 'Orthopaedic Hospital', 'Orthopedic Hospital'], 4),
             (['Medical Centre', 'Medical Center'], 5),
             (['Hospital & Research Centre', 'Hospital and Research Centre', 'Hospital & Research Center'], 4)]
HOSP_CORES = [['Lifeline'], ['Sunshine'], ['Sanjivani', 'Sanjeevani'], ['Shanti', 'Shanthi'], ['Sparsh'],
              ['Aastha', 'Astha'], ['Jeevan Jyoti', 'Jeevanjyoti'], ['Surya'], ['Chandrakala'],
              ['Sai Krupa', 'Saikrupa'], ['Samarth'], ['Prerna', 'Prerana'], ['Arpan'], ['Niramay', 'Niramaya'],
              ['Swasthya'], ['Ankur'], ['Matruchhaya'], ['Vatsalya'], ['Sushrusha', 'Shushrusha'], ['Siddhi'],
              ['Aarogyam', 'Arogyam'], ['Shraddha'], ['Vishwas'], ['Amrut', 'Amrit'], ['Kalpataru'], ['Nirmal'],
              ['Janani'], ['Sevasadan', 'Seva Sadan'], ['Dhanvantari', 'Dhanwantari'], ['Navjeevan', 'Nav Jeevan'],
              ['Sahara'], ['Udaan'], ['Kamakshi'], ['Padmavathi'], ['Venkateswara', 'Venkateshwara'], ['Vijaya'],
              ['Chaitanya'], ['Ashwini'], ['Sharda', 'Sharada'], ['Mahavir', 'Mahaveer'], ['Guru Nanak'],
              ['Al-Ameen', 'Al Ameen'], ['Crescent'], ['Holy Family'], ['Sacred Heart'], ['Lotus'], ['Orchid'],
              ['Rainbow Kids'], ['Sunrise'], ['Pragati'], ['Suyash'], ['Shubham'], ['Anand'], ['Kalyani'],
              ['Mangalam'], ['Deep'], ['Om Sai'], ['Sree Gokulam'], ['Lakshmi', 'Laxmi'], ['Kasturi'],
              ['Meenakshi'], ['Saraswati', 'Saraswathi'], ['Ganga'], ['Yamuna'], ['Triveni'], ['Sangam'],
              ['Prakash'], ['Jyoti'], ['Nidaan'], ['Ekta'], ['Asha'], ['Parivar'], ['Vedant'], ['Aditya'],
              ['Sanjay Gandhi Memorial'], ['Ram Manohar'], ['Motherhood Care'], ['Cradle']]
CLINIC_CATS = [(['Clinic'], 20), (['Dental Clinic'], 12), (['Skin Clinic', 'Skin & Hair Clinic'], 5),
               (['Ayurveda Clinic', 'Ayurvedic Clinic'], 6),
               (['Homoeo Clinic', 'Homeo Clinic', 'Homoeopathic Clinic'], 6),
               (["Children's Clinic", 'Childrens Clinic', 'Child Clinic'], 5),
               (['Physiotherapy Clinic', 'Physio Clinic'], 5), (['Eye Clinic'], 4), (['ENT Clinic'], 3),
               (['Diabetes Clinic', 'Diabetic Clinic'], 4)]
CLINIC_CORES = [['Smile'], ['Smile Care'], ['Pearl'], ['Dentcare', 'Dent Care'], ['Sparsh'], ['Aarogya', 'Arogya'],
                ['Family'], ['City'], ['Sunrise'], ['Healing Touch'], ['Niramay'], ['Shubham'], ['Anand'],
                ['Prakriti'], ['Ayush'], ['Dhanvantari', 'Dhanwantari'], ['Kalpavriksha'], ['Sanjeevani'],
                ['Navjeevan'], ['Arogyam'], ['Wellness'], ['Ortho Care'], ['Glow'], ['Derma'], ['Little Stars'],
                ['Mother Care'], ['Vision'], ['Spine'], ['Balance'], ['Kids'], ['Tooth Care'], ['Clear Vision'],
                ['Nature Cure'], ['Vaidya'], ['Siddha'], ['Hope'], ['Cure Well'], ['Shifa'], ['Jeevan'],
                ['Care Point'], ['Amrita'], ['Samadhan'], ['Swastik'], ['Tulsi'], ['Neem'], ['Om'], ['Akshay'],
                ['Sai'], ['Shree'], ['Lotus'], ['Apex'], ['Elite'], ['Perfect'], ['Grace'], ['Bliss'], ['Angel']]
LAB_CATS = [(['Diagnostics', 'Diagnostic Centre', 'Diagnostic Center'], 20),
            (['Pathology Lab', 'Pathology Laboratory', 'Path Lab'], 14),
            (['Clinical Laboratory', 'Clinical Lab'], 6), (['Scans & Diagnostics', 'Scans and Diagnostics'], 6),
            (['Imaging Centre', 'Imaging Center'], 4), (['Diagnostic Laboratory', 'Diagnostic Lab'], 4)]
LAB_CORES = [['Accurate'], ['Precision'], ['Lifecare', 'Life Care'], ['Prime'], ['Sure'], ['Reliable'], ['Trust'],
             ['Healthway'], ['Medilab'], ['Unique'], ['Pinnacle'], ['Insight'], ['Clarity'], ['Vital'], ['Focus'],
             ['Nidaan'], ['Parikshan'], ['Pragati'], ['Sanjeevani'], ['Apex'], ['Alpha'], ['Zenith'], ['Orbit'],
             ['Spectrum'], ['Radiant'], ['Crystal'], ['Aarogya'], ['Niramaya'], ['Suraksha'], ['Modern'],
             ['Anand'], ['Sai'], ['Balaji'], ['Vijaya'], ['Lotus'], ['Care'], ['Metro'], ['City'], ['Star'],
             ['Dhanvantari'], ['Prakash'], ['Satyam'], ['Shivam'], ['Sundaram'], ['Jeevan'], ['Ayush'],
             ['Wellness'], ['Quest Care'], ['Citizen'], ['Neuberg Care'], ['Sigma'], ['Delta'], ['Omega'],
             ['Pulse'], ['Scanray'], ['Biocare'], ['Pathcare'], ['Medscan'], ['Diagno Care'], ['Healthline']]
POLY_CATS = [(['Polyclinic', 'Poly Clinic', 'Poly-Clinic'], 1)]
DIST_PATTERNS = [
    ('pharma_dist', ['Pharma Distributors', 'Pharma Distributor', 'Pharmaceutical Distributors'], 'core', 0.25, 14),
    ('pharma', ['Pharma'], 'core', 1.0, 8), ('healthcare', ['Healthcare', 'Health Care'], 'core', 1.0, 7),
    ('sons', ['& Sons', 'and Sons', '& Son'], 'sur', 0.0, 8), ('co', ['& Co.', '& Co', '& Company'], 'sur', 0.0, 7),
    ('ent', ['Enterprises', 'Enterprise'], 'core', 0.0, 9), ('agencies', ['Agencies', 'Agency'], 'core', 0.0, 9),
    ('medagencies', ['Medical Agencies', 'Medical Agency'], 'core', 0.0, 6),
    ('traders', ['Traders', 'Trader'], 'core', 0.0, 6), ('surgicals', ['Surgicals', 'Surgical'], 'core', 0.2, 8),
    ('dist', ['Distributors', 'Distributor'], 'core', 0.15, 7), ('bros', ['Brothers', 'Bros.', 'Bros'], 'sur', 0.0, 4),
    ('lifesci', ['Lifesciences', 'Life Sciences'], 'core', 1.0, 3),
    ('stockist', ['Pharma Stockists', 'Pharma Stockist'], 'core', 0.0, 3),
    ('medisales', ['Medisales', 'Medi Sales'], 'core', 0.0, 3)]
LEGAL = {'pvt': ['Pvt. Ltd.', 'Pvt Ltd', 'Private Limited', '(P) Ltd.', 'Pvt. Ltd'], 'llp': ['LLP', 'L.L.P.']}
OUTLET_FMT = ['{0} - {1}', '{0} ({1})', '{0}, {1}', '{0} {1}', '{0} - {1} Branch']
CITY_SUFFIX_FMT = [', {0}', ' ({0})', ' - {0}', ' {0}']
MS_FORMS = ['M/s. ', 'M/s ', 'M/S. ', 'M/S ']


def seg(role, vars_, canon=0):
    return {'role': role, 'vars': list(vars_), 'canon': canon}


def org_key(segs, outlet=None):
    parts = [s['vars'][0].lower() for s in segs if s['role'] not in ('prefix', 'legal')]
    return '|'.join(parts) + '|' + (outlet or '').lower()


def canon_name(o):
    return ' '.join(s['vars'][s['canon']] for s in o['segs'])


def claim_key(k):
    if k in USED_ORGKEY:
        return False
    USED_ORGKEY.add(k)
    return True


def deity_prefix_segs(core):
    segs = []
    r = R.random()
    if r < 0.55:
        segs.append(seg('prefix', SRI, R.randrange(4)))
    elif r < 0.63:
        segs.append(seg('pre', ['New']))
    elif r < 0.68:
        segs.append(seg('pre', ['Om']))
    elif r < 0.72:
        segs.append(seg('pre', ['Jai']))
    segs.append(seg('core', core, 0 if chance(0.75) else R.randrange(len(core))))
    return segs


def retail_name(city):
    for _ in range(500):
        cat = wchoice(RETAIL_CATS)
        r = R.random()
        if r < 0.5:
            segs = deity_prefix_segs(deity_for(city))
        elif r < 0.78:
            core = pick(SECULAR)
            segs = ([seg('pre', ['New'])] if chance(0.1) else []) + [seg('core', core, 0 if chance(0.8) else
                                                                              R.randrange(len(core)))]
        else:
            segs = [seg('core', [surname_for(city)])]
        segs.append(seg('cat', cat, 0 if chance(0.7) else R.randrange(len(cat))))
        if claim_key(org_key(segs)):
            return segs
    raise RuntimeError('retail name')


def generic_name(cores, cats, legal_p=0.0, prefix_p=0.0, tail=None):
    for _ in range(500):
        core = pick(cores)
        cat = wchoice(cats)
        segs = []
        if prefix_p and chance(prefix_p):
            segs.append(seg('prefix', SRI, R.randrange(4)))
        segs.append(seg('core', core, 0 if chance(0.75) else R.randrange(len(core))))
        segs.append(seg('cat', cat, 0 if chance(0.7) else R.randrange(len(cat))))
        if tail:
            segs.append(seg('tail', tail))
        if legal_p and chance(legal_p):
            segs.append(seg('legal', LEGAL['pvt'], R.randrange(5)))
        if claim_key(org_key(segs)):
            return segs
    raise RuntimeError('generic name')


def dist_name(city, exclude_pattern=None, core=None):
    excl_words = set()
    if exclude_pattern:
        excl_words = set(w for x in DIST_PATTERNS if x[0] == exclude_pattern for w in x[1][0].lower().split())
    for it in range(500):
        pats = [(x, x[4]) for x in DIST_PATTERNS if x[0] != exclude_pattern
                and not (set(x[1][0].lower().split()) & excl_words)]
        pid, cat, ctype, legal_p, _w = wchoice(pats)
        if core is not None:
            if (ctype == 'sur') != core[1] and it < 200:
                continue
            c = core[0]
        elif ctype == 'sur':
            c = [surname_for(city)]
        else:
            c = pick(REGIONAL + SECULAR) if chance(0.6) else deity_for(city)
        segs = []
        if ctype == 'core' and c in DEITY and chance(0.5):
            segs.append(seg('prefix', SRI, R.randrange(4)))
        segs.append(seg('core', c, 0 if chance(0.8) else R.randrange(len(c))))
        segs.append(seg('cat', cat, 0 if chance(0.75) else R.randrange(len(cat))))
        if chance(legal_p):
            if pid == 'healthcare' and chance(0.5):
                segs.append(seg('legal', LEGAL['llp'], R.randrange(2)))
            else:
                segs.append(seg('legal', LEGAL['pvt'], R.randrange(5)))
        if claim_key(org_key(segs)):
            return segs, pid, (c, ctype == 'sur')
    raise RuntimeError('dist name')


def base_slug(segs, with_cat=True):
    parts = []
    for s in segs:
        if s['role'] in ('legal', 'tail'):
            continue
        if s['role'] == 'cat' and not with_cat:
            continue
        v = s['vars'][s['canon']]
        if s['role'] == 'cat':
            v = v.split(' ')[0].replace('&', '')
        parts.append(v)
    return slug(' '.join(parts))


def make_org(sub, city, segs, purpose, email_mode, contact_p=0.3, proprietor=False, addr=None):
    e = {'id': new_id(), 'kind': 'org', 'sub': sub, 'city': city, 'o': {'segs': segs, 'outlet': None},
         'contact': None, 'proprietor': False}
    if contact_p and chance(contact_p):
        cp = gen_person(city, 'contact')
        e['contact'] = cp
        e['proprietor'] = proprietor
    e['addr'] = addr or new_address(city, purpose)
    if email_mode == 'free':
        e['email'] = org_free_email(base_slug(segs) if chance(0.7) else base_slug(segs, False) + 'med', city,
                                    e['addr']['area'])
        e['domain'] = None
    elif email_mode == 'domain':
        d = org_domain(base_slug(segs))
        e['domain'] = d
        e['email'] = domain_email(d)
    else:
        e['email'] = None
        e['domain'] = None
    if sub in ('hospital', 'diagnostic_lab', 'trust_hospital', 'trust_school', 'hospital_pharmacy', 'polyclinic') \
            and chance(0.6):
        e['phone'] = new_landline(city)
    elif sub in ('distributor',) and chance(0.4):
        e['phone'] = new_landline(city)
    elif chance(0.2):
        e['phone'] = new_landline(city)
    else:
        e['phone'] = new_mobile()
    return e


def person_key(p, city):
    forms = person_forms(p)
    d = forms['full'][0] if 'full' in forms else forms['init_front'][0]
    return slug(d) + '|' + city


def make_person_entity(sub, city, p=None, addr=None, claim=True):
    for _ in range(200):
        pp = p or gen_person(city, sub)
        k = person_key(pp, city)
        if not claim or k not in USED_PKEY:
            if claim:
                USED_PKEY.add(k)
            break
        if p is not None:
            raise RuntimeError('person key clash')
    else:
        raise RuntimeError('person')
    e = {'id': new_id(), 'kind': 'person', 'sub': sub, 'city': city, 'p': pp, 'contact': None}
    if addr is None:
        if sub == 'doctor':
            purpose = 'shop' if chance(0.5) else 'home'
        elif sub == 'chemist_proprietor':
            purpose = 'shop' if chance(0.6) else 'home'
        else:
            purpose = 'home'
        addr = new_address(city, purpose)
    e['addr'] = addr
    noemail = {'homecare_patient': 0.25, 'nurse': 0.15, 'chemist_proprietor': 0.1, 'doctor': 0.05}[sub]
    e['email'] = None if chance(noemail) else person_email(pp, city, sub)
    e['phone'] = new_mobile() if chance(0.95) or sub != 'doctor' else new_landline(city)
    return e


# --------------------------------------------------------------------------
# rendering of a whole record
# --------------------------------------------------------------------------
def render_org_name(e, st):
    o = e['o']

    def build(drop):
        parts = []
        for sg in o['segs']:
            if sg['role'] in drop:
                continue
            parts.append(sg['vars'][st['idx'].get(sg['role'], sg['canon']) % len(sg['vars'])])
        return ' '.join(parts)

    disp = build(st['drop'])
    comp = build(st['cdrop'])
    if o.get('outlet'):
        disp = OUTLET_FMT[st['ofmt'] % len(OUTLET_FMT)].format(disp, o['outlet'])
        if st.get('comp_outlet', True):
            comp = OUTLET_FMT[st['ofmt'] % len(OUTLET_FMT)].format(comp, o['outlet'])
    if st['andw']:
        disp = disp.replace(' & ', ' and ')
        comp = comp.replace(' & ', ' and ')
    if st['city_suffix'] is not None:
        f, cv = st['city_suffix']
        disp += CITY_SUFFIX_FMT[f].format(city_name(e['city'], cv))
    if st['ms']:
        disp = st['ms'] + disp
    for (a, b, ft) in st['typos']:
        disp = wreplace(disp, a, b)
        if ft:
            comp = wreplace(comp, a, b)
    gn = fn = None
    if st['contact'] and e['contact']:
        gn, fn = contact_fields(e['contact'])
    if st.get('disamb'):
        disp += st['disamb']
    comp = comp if st['company'] else None
    c = st['ncase']
    return apply_case(disp, c), apply_case(gn, c), apply_case(fn, c), apply_case(comp, c)


def render_name(e, st):
    if e['kind'] == 'person':
        return render_person_name(e, st)
    return render_org_name(e, st)


def email_case(em, mode):
    if mode == 'upper':
        return em.upper()
    if mode == 'cap':
        loc, dom = em.split('@')
        loc = '.'.join(x[:1].upper() + x[1:] for x in loc.split('.'))
        return loc + '@' + dom[:1].upper() + dom[1:]
    return em


def render(e, st):
    d, g, f, c = render_name(e, st)
    email = None
    if st['email_on'] and e.get('email'):
        email = email_case(st['email_over'] or e['email'], st['ecase'])
    phone = render_phone(e['phone'], st['pfmt']) if st['phone_on'] and e.get('phone') else None
    addr = None
    if e.get('addr') and st['addr_on'] == 'full':
        addr = render_addr(e['addr'], st['ast'])
    elif e.get('addr') and st['addr_on'] == 'city':
        full = render_addr(e['addr'], st['ast'])
        addr = dict(line1=None, line2=None, city=full['city'], region=full['region'], postalCode=None,
                    country=full['country'])
    return dict(displayName=d, givenName=g, familyName=f, companyName=c, email=email, phone=phone, address=addr)


def base_style(e, incoming=False):
    st = {'typos': [], 'disamb': None, 'vars': {}}
    if e['kind'] == 'person':
        p = e['p']
        st['form'] = pick_form(p)
        st['fields'] = 'full' if chance(0.8) else 'display_only'
        if st['form'] == 'single' and chance(0.5):
            st['fields'] = 'display_only'
        st['title'] = p['title'] if p['title'] and chance(TITLE_SHOW[e['sub']]) else None
        st['deg'] = R.randrange(5) if p['degrees'] and chance(0.6) else None
        st['bhai'] = bool(p['bhai']) and chance(0.5)
        st['mid_nobhai'] = False
        st['ji'] = p['ji'] and chance(0.7)
    else:
        roles = [s['role'] for s in e['o']['segs']]
        st['idx'] = {}
        st['drop'] = []
        st['cdrop'] = []
        if 'prefix' in roles and chance(0.15):
            st['drop'].append('prefix')
        if 'legal' in roles and chance(0.35):
            st['drop'].append('legal')
        st['ms'] = pick(MS_FORMS) if chance(0.05) else None
        st['andw'] = False
        st['city_suffix'] = None
        st['ofmt'] = e['o'].get('chain_fmt', 0) if chance(0.85) else R.randrange(len(OUTLET_FMT))
        st['comp_outlet'] = chance(0.6)
        st['company'] = chance(0.85)
        st['contact'] = e['contact'] is not None and chance(0.55)
    st['ncase'] = wchoice([('asis', 90), ('upper', 9), ('lower', 1)])
    st['email_on'] = e.get('email') is not None and chance(0.87)
    st['email_over'] = None
    st['ecase'] = wchoice([('lower', 92), ('cap', 6), ('upper', 2)])
    st['phone_on'] = e.get('phone') is not None and chance(0.93)
    st['pfmt'] = R.randrange(10)
    st['addr_on'] = wchoice([('full', 90), ('city', 4), ('none', 6)]) if e.get('addr') else 'none'
    st['ast'] = addr_style()
    if incoming:
        st['email_on'] = e.get('email') is not None and chance(0.93)
        st['phone_on'] = e.get('phone') is not None and chance(0.95)
        st['addr_on'] = wchoice([('full', 92), ('city', 3), ('none', 5)]) if e.get('addr') else 'none'
    # a record always carries something to reach the customer by
    if e['kind'] == 'person':
        if not st['email_on'] and not st['phone_on']:
            st['phone_on'] = e.get('phone') is not None
            st['email_on'] = not st['phone_on'] and e.get('email') is not None
    else:
        if e['sub'] == 'chain_outlet':
            st['addr_on'] = 'full'
        if not (st['email_on'] or st['phone_on'] or st['addr_on'] == 'full'):
            st['phone_on'] = True
    return st


# --------------------------------------------------------------------------
# noise: typos
# --------------------------------------------------------------------------
KEYB = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
        'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et', 's': 'ad',
        't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}


def typo_word(w):
    for _ in range(20):
        op = wchoice([('swap', 3), ('del', 3), ('dup', 2), ('sub', 3), ('vowel', 2)])
        i = R.randrange(1, len(w))
        ch = w[i]
        if not ch.isalpha():
            continue
        if op == 'swap':
            if i + 1 >= len(w) or not w[i + 1].isalpha() or w[i + 1] == ch:
                continue
            res = w[:i] + w[i + 1] + ch + w[i + 2:]
        elif op == 'del':
            res = w[:i] + w[i + 1:]
        elif op == 'dup':
            res = w[:i] + ch + w[i:]
        elif op == 'sub':
            nb = KEYB.get(ch.lower())
            if not nb:
                continue
            c2 = pick(nb)
            res = w[:i] + (c2.upper() if ch.isupper() else c2) + w[i + 1:]
        else:
            if ch.lower() not in 'aeiou':
                continue
            c2 = pick([v for v in 'aeiou' if v != ch.lower()])
            res = w[:i] + (c2.upper() if ch.isupper() else c2) + w[i + 1:]
        if res.lower() != w.lower():
            return res
    return None


def typo_local(local):
    """one-character typo inside an e-mail local part (never the first character)"""
    for _ in range(20):
        i = R.randrange(1, len(local))
        ch = local[i]
        if not ch.isalnum():
            continue
        op = wchoice([('swap', 3), ('del', 3), ('dup', 2), ('sub', 2)])
        if op == 'swap':
            if i + 1 >= len(local) or not local[i + 1].isalnum() or local[i + 1] == ch:
                continue
            res = local[:i] + local[i + 1] + ch + local[i + 2:]
        elif op == 'del':
            res = local[:i] + local[i + 1:]
        elif op == 'dup':
            res = local[:i] + ch + local[i:]
        else:
            nb = KEYB.get(ch)
            if not nb:
                continue
            res = local[:i] + pick(nb) + local[i + 1:]
        if res != local and len(res) >= 5:
            return res
    return None


DOMAIN_VARIANT = {'gmail.com': ['googlemail.com'], 'yahoo.co.in': ['yahoo.com', 'yahoo.in'],
                  'yahoo.com': ['yahoo.co.in'], 'rediffmail.com': ['rediff.com'], 'hotmail.com': ['hotmail.co.in'],
                  'outlook.com': ['outlook.in', 'hotmail.com'], 'ymail.com': ['yahoo.com'],
                  'rocketmail.com': ['yahoo.com']}
DOMAIN_TYPO = {'gmail.com': ['gmial.com', 'gmail.co', 'gmail.con', 'gamil.com', 'gmal.com', 'gmail.cm'],
               'yahoo.co.in': ['yaho.co.in', 'yahoo.co', 'yahoo.co.n', 'yhoo.co.in'],
               'yahoo.com': ['yaho.com', 'yahoo.cm', 'yahooo.com'],
               'rediffmail.com': ['redifmail.com', 'rediffmail.co', 'rediffmal.com'],
               'hotmail.com': ['hotmil.com', 'hotmail.co'], 'outlook.com': ['outlok.com', 'outlook.co'],
               'ymail.com': ['ymial.com'], 'rocketmail.com': ['rocketmal.com']}


def name_tokens_for_typo(e, st, d):
    """tokens of the current display name that may carry a typo"""
    bad = set()
    if e['kind'] == 'org':
        o = e['o']
        if o.get('outlet'):
            bad.update(o['outlet'].split())
        for s in o['segs']:
            if s['role'] in ('tail', 'legal'):
                for v in s['vars']:
                    bad.update(v.split())
    else:
        for t in TITLE_ALTS:
            bad.add(t.replace('.', ''))
        bad.update(['Junior', 'Sardar', 'Sister'])
        if e['p']['degrees']:
            for dg in e['p']['degrees']:
                bad.update(re.findall(r'[A-Za-z]+', dg))
    out = []
    for v in st.get('vars', {}).values():
        bad.update(v.split())
    if e['kind'] == 'org':
        for s in e['o']['segs']:
            if s['role'] == 'core' and st['idx'].get('core', s['canon']) != s['canon']:
                for v in s['vars']:
                    bad.update(v.split())
    for t in re.findall(r"[A-Za-z][A-Za-z']*", d):
        if len(t) >= 5 and t not in bad and t.lower() not in ('hospital', 'school', 'pharmacy', 'multi') \
                and "'" not in t \
                and not t.lower().endswith(('bhai', 'ben')):
            out.append(t)
    return out


# --------------------------------------------------------------------------
# noise: name operations
# --------------------------------------------------------------------------
FILLER = {'singh', 'kaur', 'kumar', 'kumari', 'devi', 'rani', 'mohammed', 'mohd', 'mohammad', 'syed', 'sayyed'}


def person_name_op(op, e, st):
    p = e['p']
    if op == 'form':
        forms = person_forms(apply_vars(p, st['vars']))
        cur = st['form'] if st['form'] in forms else None
        def words(x):
            return set(w.lower() for w in re.findall(r'[A-Za-z]{3,}', x)) - FILLER
        cw = words(forms[cur][0]) if cur else set()
        cands = [f for f in forms if f != cur and not (f == 'single' and not p['single'])
                 and {f, cur} != {'nomiddle', 'singh_only'} and (not cur or cw & words(forms[f][0]))]
        if not cands:
            return None
        new = pick(cands)
        st['form'] = new
        return 'name form changed: %s -> %s' % (FORM_DESC.get(cur, cur), FORM_DESC[new])
    if op == 'title':
        if st['title']:
            if chance(0.55):
                old = st['title']
                st['title'] = None
                return 'honorific dropped (%s)' % old
            alts = TITLE_ALTS.get(st['title'])
            if not alts:
                return None
            old = st['title']
            st['title'] = pick(alts)
            return 'honorific changed %s -> %s' % (old, st['title'])
        t = p['title'] or ('Mr.' if p['gender'] == 'm' else 'Smt.')
        st['title'] = t
        return 'honorific added (%s)' % t
    if op == 'deg':
        if not p['degrees']:
            return None
        if st['deg'] is None:
            st['deg'] = R.randrange(5)
            return 'degrees added after name'
        if chance(0.5):
            st['deg'] = None
            return 'degrees dropped'
        old = st['deg']
        st['deg'] = pick([x for x in range(5) if x != old])
        return 'degrees written differently'
    if op == 'spell':
        q = apply_vars(p, {})
        toks = []
        for k in ('given', 'middle', 'family', 'prefix'):
            if q[k]:
                if q[k] in VARIANTS:
                    toks.append(q[k])
                else:
                    toks += [w for w in q[k].split(' ') if w in VARIANTS]
        toks += [x for _, x in q['ini'] if x in VARIANTS]
        if not toks:
            return None
        t = pick(toks)
        cur = st['vars'].get(t, t)
        alts = [x for x in [t] + VARIANTS[t] if x != cur]
        nv = pick(alts)
        if nv == t:
            del st['vars'][t]
        else:
            st['vars'][t] = nv
        return 'spelling variant %s -> %s' % (cur, nv)
    if op == 'swap':
        if st['fields'] != 'full':
            return None
        st['fields'] = 'swapped'
        return 'given/family name fields swapped'
    if op == 'fields':
        if st['fields'] == 'full':
            st['fields'] = 'display_only'
            return 'given/family name fields left blank'
        st['fields'] = 'full'
        return 'given/family name fields filled in'
    if op == 'bhai':
        if not p['bhai']:
            return None
        st['bhai'] = not st['bhai']
        return ('suffix -%s added to given name' if st['bhai'] else 'suffix -%s dropped from given name') % p['bhai']
    if op == 'midbhai':
        if not (p['middle'] and p['middle'].endswith('bhai')):
            return None
        st['mid_nobhai'] = not st['mid_nobhai']
        return "-bhai dropped from father's name" if st['mid_nobhai'] else "-bhai added to father's name"
    if op == 'ji':
        if not p['ji']:
            return None
        st['ji'] = not st['ji']
        return 'suffix -ji added' if st['ji'] else 'suffix -ji dropped'
    return None


def org_name_op(op, e, st):
    o = e['o']
    segs = dict((s['role'], s) for s in o['segs'])
    if op in ('cat', 'core', 'tail'):
        s = segs.get(op)
        if not s or len(set(s['vars'])) < 2:
            return None
        cur = st['idx'].get(op, s['canon'])
        cands = [i for i in range(len(s['vars'])) if s['vars'][i] != s['vars'][cur]]
        n = pick(cands)
        st['idx'][op] = n
        return '"%s" written as "%s"' % (s['vars'][cur], s['vars'][n])
    if op == 'prefix':
        s = segs.get('prefix')
        if not s:
            return None
        if 'prefix' in st['drop']:
            st['drop'].remove('prefix')
            return 'prefix %s added' % s['vars'][st['idx'].get('prefix', s['canon'])]
        cur = st['idx'].get('prefix', s['canon'])
        if chance(0.45):
            st['drop'].append('prefix')
            return 'prefix %s dropped' % s['vars'][cur]
        n = pick([i for i in range(len(s['vars'])) if i != cur])
        st['idx']['prefix'] = n
        return 'prefix %s written as %s' % (s['vars'][cur], s['vars'][n])
    if op == 'legal':
        s = segs.get('legal')
        if not s:
            return None
        if 'legal' in st['drop']:
            st['drop'].remove('legal')
            return 'legal suffix %s added to display name' % s['vars'][st['idx'].get('legal', s['canon'])]
        cur = st['idx'].get('legal', s['canon'])
        if chance(0.4):
            st['drop'].append('legal')
            return 'legal suffix dropped from display name'
        n = pick([i for i in range(len(s['vars'])) if i != cur])
        st['idx']['legal'] = n
        return 'legal suffix %s written as %s' % (s['vars'][cur], s['vars'][n])
    if op == 'ms':
        if st['ms']:
            st['ms'] = None
            return 'M/s. prefix dropped'
        st['ms'] = pick(MS_FORMS)
        return 'M/s. prefix added'
    if op == 'and':
        if '&' not in canon_name(o) and not any('&' in v for s in o['segs'] for v in s['vars']):
            return None
        st['andw'] = not st['andw']
        return '"&" written as "and"' if st['andw'] else '"and" written as "&"'
    if op == 'city_suffix':
        if o.get('outlet'):
            return None
        if st['city_suffix'] is not None:
            st['city_suffix'] = None
            return 'city dropped from name'
        st['city_suffix'] = (R.randrange(len(CITY_SUFFIX_FMT)), 0 if chance(0.7) else 1)
        return 'city appended to name'
    if op == 'outlet_fmt':
        if not o.get('outlet'):
            return None
        cur = st['ofmt']
        st['ofmt'] = pick([i for i in range(len(OUTLET_FMT)) if i != cur])
        return 'outlet written differently after chain name'
    if op == 'company':
        st['company'] = not st['company']
        return 'company name field filled in' if st['company'] else 'company name field left blank'
    if op == 'contact':
        if not e['contact']:
            return None
        if st['contact']:
            if chance(0.5):
                st['contact'] = False
                return 'contact person name left blank'
            e['contact'] = gen_person(e['city'], 'contact')
            return 'different contact person named'
        st['contact'] = True
        return 'contact person name filled in'
    return None


PERSON_OPS = [('form', 4), ('title', 3), ('deg', 2), ('spell', 3), ('typo', 3), ('case', 2), ('swap', 1.2),
              ('fields', 1.5), ('bhai', 2), ('midbhai', 1), ('ji', 2)]
ORG_OPS = [('cat', 3), ('legal', 3), ('prefix', 3), ('core', 2), ('ms', 1.5), ('and', 1.5), ('typo', 3),
           ('case', 2), ('city_suffix', 1.2), ('outlet_fmt', 2), ('company', 1.2), ('contact', 1.2), ('tail', 1.5)]


def apply_name_ops(e, st, n_ops, allow_double_typo, ch):
    ops_pool = PERSON_OPS if e['kind'] == 'person' else ORG_OPS
    done = []
    tries = 0
    structural = []
    want_typo = 0
    want_case = False
    while len(done) < n_ops and tries < 40:
        tries += 1
        op = wchoice(ops_pool)
        if op in done and op not in ('spell',):
            continue
        if op == 'typo':
            if want_typo:
                continue
            want_typo = 2 if (allow_double_typo and chance(0.35)) else 1
            done.append(op)
            continue
        if op == 'case':
            if want_case:
                continue
            want_case = True
            done.append(op)
            continue
        before = render_name(e, st)
        snap = copy.deepcopy(st)
        csnap = copy.deepcopy(e.get('contact'))
        desc = person_name_op(op, e, st) if e['kind'] == 'person' else org_name_op(op, e, st)
        if desc is None:
            continue
        if render_name(e, st) == before:
            st.clear()
            st.update(snap)
            e['contact'] = csnap
            continue
        structural.append(desc)
        done.append(op)
    ch.extend(structural)
    if want_typo:
        d = render_name(e, st)[0]
        toks = name_tokens_for_typo(e, st, d)
        if e['kind'] == 'person':
            full_words = [t for t in re.findall(r"[A-Za-z][A-Za-z']+", d) if len(t) >= 3]
            if len(full_words) - len([t for t in full_words if t in ('Dr', 'Shri', 'Smt', 'Mrs', 'Sister',
                                                                       'Thiru', 'Tmt', 'Kum', 'Miss', 'Sardar',
                                                                       'Shree')]) < 2:
                toks = []
        R.shuffle(toks)
        if len(toks) < 3:
            want_typo = 1
        used = []
        for t in toks:
            if len(used) >= want_typo:
                break
            if t in [u[0] for u in used]:
                continue
            tw = typo_word(t)
            if tw:
                used.append((t, tw))
        for t, tw in used:
            st['typos'].append((t, tw, chance(0.7)))
            ch.append('typo in name: %s -> %s' % (t, tw))
    if want_case:
        cur = st['ncase']
        if cur == 'asis':
            st['ncase'] = 'upper' if chance(0.75) else 'lower'
        else:
            st['ncase'] = 'asis' if chance(0.6) else 'title'
        ch.append('name case changed (%s -> %s)' % (cur, st['ncase']))


# --------------------------------------------------------------------------
# noise: contact channels
# --------------------------------------------------------------------------
ADDR_OPS = [('split', 3), ('abbr', 3), ('pin', 2), ('state', 3), ('city', 1.5), ('country', 2), ('landmark', 2),
            ('ufmt', 2), ('floor', 1), ('lfmt', 1.5), ('case', 1.2), ('typo', 1.5), ('pin_line', 1)]


def addr_op(op, e, st, single):
    a = st['ast']
    ad = e['addr']
    if op == 'split':
        a['split'] = pick([x for x in range(5) if x != a['split']])
        return 'address lines split differently'
    if op == 'abbr':
        cur = set(a['abbr'])
        i = R.randrange(len(ABBR))
        if i in cur:
            a['abbr'] = sorted(cur - {i})
            return 'abbreviation expanded (%s)' % ABBR_NAMES[i].replace('->', ' <- ')
        a['abbr'] = sorted(cur | {i})
        return 'abbreviation used (%s)' % ABBR_NAMES[i]
    if op == 'pin':
        if a['pfmt'] == 'plain':
            a['pfmt'] = 'space'
            return 'PIN written with a space'
        if a['pfmt'] == 'space':
            a['pfmt'] = 'plain'
            return 'PIN written without space'
        a['pfmt'] = 'plain'
        return 'PIN added'
    if op == 'state':
        opts = ['full', 'code', 'lower', 'none']
        stname = CITY[ad['city']]['state']
        if len(STATE_CODES[stname]) > 1:
            opts.append('code2')
        if stname in STATE_ALT:
            opts.append('alt')
        if single:
            opts = [x for x in opts if x != 'none']
        old = a['state']
        a['state'] = pick([x for x in opts if x != old])
        return 'state written differently (%s -> %s)' % (old, a['state'])
    if op == 'city':
        if not CITY[ad['city']]['alt']:
            return None
        if a['cvar'] == 0:
            a['cvar'] = R.randint(1, len(CITY[ad['city']]['alt']))
            return 'city written as %s' % city_name(ad['city'], a['cvar'])
        a['cvar'] = 0
        return 'city written as %s' % ad['city']
    if op == 'country':
        old = a['country']
        a['country'] = pick([x for x in ['IN', 'India', None] if x != old])
        return 'country written differently (%s -> %s)' % (old, a['country'])
    if op == 'landmark':
        if not ad['lm']:
            return None
        a['lm'] = not a['lm']
        return 'landmark added' if a['lm'] else 'landmark dropped'
    if op == 'ufmt':
        a['ufmt'] = pick([x for x in range(5) if x != a['ufmt']])
        return 'unit/door number written differently'
    if op == 'floor':
        if not ad['floor']:
            return None
        if a['floor'] and chance(0.5):
            a['floor'] = False
            return 'floor dropped'
        a['floor'] = True
        a['ffmt'] = pick([x for x in range(4) if x != a['ffmt']])
        return 'floor written differently'
    if op == 'lfmt':
        if not (ad['lm'] and a['lm']):
            return None
        a['lfmt'] = pick([x for x in range(3) if x != a['lfmt']])
        return 'landmark word written differently (Near/Nr., Opp./Opposite)'
    if op == 'case':
        old = a['case']
        a['case'] = 'upper' if old != 'upper' else 'asis'
        return 'address case changed (%s -> %s)' % (old, a['case'])
    if op == 'typo':
        if single:
            return None
        words = []
        for fld in (ad['street'], ad['bldg'], ad['area']):
            if fld:
                words += [w for w in re.findall(r'[A-Za-z]+', fld) if len(w) >= 6]
        if not words:
            return None
        w = pick(words)
        tw = typo_word(w)
        if not tw:
            return None
        a['typos'] = a['typos'] + [(w, tw)]
        return 'typo in address: %s -> %s' % (w, tw)
    if op == 'pin_line':
        a['pin_line'] = not a['pin_line']
        return 'city and PIN repeated in address line' if a['pin_line'] else 'city and PIN removed from address line'
    return None


def new_email_for(e, old):
    if e['kind'] == 'person':
        oldloc = old.split('@')[0] if old else ''
        return person_email(e['p'], e['city'], e['sub'], avoid=[oldloc] if oldloc else [])
    segs = e['o']['segs']
    oldloc = old.split('@')[0] if old else ''
    if e.get('domain') and chance(0.4):
        cur = old.split('@')[0] if old else ''
        loc = pick([x for x in ['accounts', 'purchase', 'billing', 'admin', 'office', 'stores'] if x != cur])
        em = loc + '@' + e['domain']
        if em not in USED_EMAIL:
            USED_EMAIL.add(em)
            return em
    return org_free_email(base_slug(segs, False) + pick(['pharma', 'med', 'hc', 'group', 'accts']), e['city'],
                          avoid=[oldloc] if oldloc else [])


def new_phone_for(e):
    if e['kind'] == 'org' and chance(0.4):
        return new_landline(e['city'])
    return new_mobile()


def addr_is_shown(st):
    return st['addr_on'] == 'full'


PROFILE_CH = {'light': (0.95, 0.05), 'medium': (0.80, 0.12), 'harsh': (0.55, 0.20)}
NAME_OPS_N = {'light': [(0, 45), (1, 55)], 'medium': [(1, 55), (2, 45)], 'harsh': [(2, 55), (3, 45)]}


def make_variant(ent, st0, profile):
    """A noisy re-keying of the same customer, relative to style st0 (the record it must link to).
    Returns (entity copy, style, changes, evidence list) or None if the record cannot carry evidence."""
    e = copy.deepcopy(ent)
    st = copy.deepcopy(st0)
    ch = []
    is_person = e['kind'] == 'person'
    if st.get('disamb'):
        st['disamb'] = None
        ch.append('no QuickBooks display-name disambiguation suffix')
    avail = {'E': st0['email_on'] and bool(ent.get('email')),
             'P': st0['phone_on'] and bool(ent.get('phone')),
             'A': addr_is_shown(st0) and bool(ent.get('addr'))}
    pk, pdrop = PROFILE_CH[profile]
    state = {}
    for c in 'EPA':
        if not avail[c]:
            state[c] = 'absent'
            continue
        x = R.random()
        state[c] = 'keep' if x < pk else ('drop' if x < pk + pdrop else 'change')
    if is_person:
        need = ['E', 'P']
    elif e['sub'] == 'chain_outlet':
        need = ['A']
    else:
        need = ['E', 'P', 'A']
    cands = [c for c in need if avail[c]]
    if not cands:
        return None
    if not any(state[c] == 'keep' for c in need):
        state[pick(cands)] = 'keep'
    if e['sub'] == 'chain_outlet':
        state['A'] = 'keep'
    kept = [c for c in 'EPA' if state[c] == 'keep']
    single = len(kept) == 1
    exact = profile == 'light' and chance(0.06)

    # ---- name
    n_ops = 0 if exact else wchoice(NAME_OPS_N[profile])
    if single:
        n_ops = min(n_ops, 2)
    apply_name_ops(e, st, n_ops, allow_double_typo=(profile == 'harsh' and not single), ch=ch)

    # ---- e-mail
    if state['E'] == 'keep':
        loc, dom = e['email'].split('@')
        generic = loc in GENERIC_LOCALS or loc.startswith('accounts')
        if exact:
            o = 'same'
        elif single:
            o = wchoice([('same', 6), ('case', 2)])
        else:
            w = {'light': [('same', 10), ('case', 2), ('ltypo', 1), ('dtypo', 1)],
                 'medium': [('same', 6), ('case', 2), ('ltypo', 2), ('dvar', 1), ('dtypo', 1.5)],
                 'harsh': [('same', 3), ('case', 2), ('ltypo', 3), ('dvar', 1.5), ('dtypo', 2)]}[profile]
            o = wchoice(w)
        if o == 'case':
            old = st['ecase']
            st['ecase'] = pick([x for x in ['lower', 'cap', 'upper'] if x != old])
            ch.append('e-mail case changed')
        elif o == 'ltypo' and not generic:
            t = typo_local(loc)
            if t:
                st['email_over'] = t + '@' + dom
                ch.append('typo in e-mail: %s -> %s' % (loc, t))
        elif o == 'dvar' and not generic and dom in DOMAIN_VARIANT:
            nd = pick(DOMAIN_VARIANT[dom])
            st['email_over'] = loc + '@' + nd
            ch.append('same e-mail user name at another provider domain (%s -> %s)' % (dom, nd))
        elif o in ('dtypo', 'dvar', 'ltypo'):
            if dom in DOMAIN_TYPO:
                nd = pick(DOMAIN_TYPO[dom])
            else:
                nd = typo_local(dom.split('.')[0])
                nd = (nd + dom[len(dom.split('.')[0]):]) if nd else None
            if nd:
                st['email_over'] = loc + '@' + nd
                ch.append('typo in e-mail domain: %s -> %s' % (dom, nd))
    elif state['E'] == 'drop':
        st['email_on'] = False
        ch.append('e-mail missing')
    elif state['E'] == 'change':
        e['email'] = new_email_for(e, ent['email'])
        st['email_over'] = None
        st['email_on'] = True
        ch.append('different e-mail address (old one not used)')
    else:  # absent on the linked record
        if ent.get('email') and not st0['email_on'] and chance(0.5):
            st['email_on'] = True
            ch.append('e-mail given (blank on the other record)')
        elif not ent.get('email') and chance(0.25):
            e['email'] = new_email_for(e, None)
            st['email_on'] = True
            ch.append('e-mail added (none on the other record)')

    # ---- phone
    if state['P'] == 'keep':
        if not exact and chance(0.65):
            old = st['pfmt']
            before = render_phone(e['phone'], old)
            for _ in range(10):
                st['pfmt'] = R.randrange(10)
                if render_phone(e['phone'], st['pfmt']) != before:
                    break
            if render_phone(e['phone'], st['pfmt']) != before:
                ch.append('phone formatted differently')
    elif state['P'] == 'drop':
        st['phone_on'] = False
        ch.append('phone missing')
    elif state['P'] == 'change':
        e['phone'] = new_phone_for(e)
        st['phone_on'] = True
        ch.append('new phone number')
    else:
        if ent.get('phone') and not st0['phone_on'] and chance(0.5):
            st['phone_on'] = True
            ch.append('phone given (blank on the other record)')

    # ---- address
    if state['A'] == 'keep':
        if not exact:
            k = {'light': [(0, 25), (1, 60), (2, 15)], 'medium': [(1, 45), (2, 40), (3, 15)],
                 'harsh': [(1, 20), (2, 45), (3, 35)]}[profile]
            n = wchoice(k)
            done = []
            tries = 0
            while len(done) < n and tries < 30:
                tries += 1
                op = wchoice(ADDR_OPS)
                if op in done:
                    continue
                before = render_addr(e['addr'], st['ast'])
                snap = copy.deepcopy(st['ast'])
                d = addr_op(op, e, st, single)
                if d is None or render_addr(e['addr'], st['ast']) == before:
                    st['ast'] = snap
                    continue
                done.append(op)
                ch.append(d)
    elif state['A'] == 'drop':
        if chance(0.3):
            st['addr_on'] = 'city'
            ch.append('address reduced to city/state only')
        else:
            st['addr_on'] = 'none'
            ch.append('address missing')
    elif state['A'] == 'change':
        if chance(0.8):
            e['addr'] = new_address(e['city'], 'home' if is_person else 'shop', avoid_area=ent['addr']['area'])
            ch.append('moved: new address in %s (%s)' % (e['city'], e['addr']['area']))
        else:
            nc = pick([c for c in CITY_NAMES if c != e['city']])
            e['addr'] = new_address(nc, 'home' if is_person else 'shop')
            ch.append('moved to another city (%s -> %s)' % (e['city'], nc))
        st['addr_on'] = 'full'
        st['ast'] = addr_style()
    else:
        if ent.get('addr') and st0['addr_on'] != 'full' and chance(0.5):
            st['addr_on'] = 'full'
            ch.append('full address given (not on the other record)')

    evidence = ['name'] + [{'E': 'email', 'P': 'phone', 'A': 'address'}[c] for c in kept]
    if not ch:
        ch.append('no changes (exact copy of the other record)')
    return e, st, ch, evidence


# ==========================================================================
# build the world
# ==========================================================================
def city_pick():
    return wchoice(CITY_W)


EXISTING = []      # entities present in QuickBooks
NEW = []           # new entities (absent from QuickBooks)
HN = []            # hard negatives: (entity, anchor entity, hn_type, note)

# ---------------- chains (billed per outlet) ----------------
NATIONAL_CHAINS = [('Arogya Plus', ['Pharmacy'], 'arogyaplus'), ('MediKart', ['Pharmacy'], 'medikartpharmacy'),
                   ('DawaGhar', ['Chemists', 'Chemist'], 'dawaghar'), ('CureWell', ['Pharmacy'], 'curewellpharmacy'),
                   ('Swasthya', ['Medicos', 'Medico'], 'swasthyamedicos'), ('HealWay', ['Pharmacy'], 'healway')]
CHAINS = []


def build_chains():
    for core, cat, dslug in NATIONAL_CHAINS:
        cities = R.sample(CITY_NAMES, R.randint(3, 5))
        slots = []
        for c in cities:
            for a in CITY[c]['areas']:
                slots.append((c, a[0]))
        R.shuffle(slots)
        segs = [seg('core', [core]), seg('cat', cat)]
        claim_key(org_key(segs))
        dom = org_domain(dslug, [('in', 1), ('com', 1)])
        CHAINS.append(dict(segs=segs, email=domain_email(dom, 'accounts'), domain=dom,
                           phone=new_landline(cities[0]), slots=slots, fmt=R.randrange(len(OUTLET_FMT)),
                           national=True))
    for _ in range(22):
        c = city_pick()
        segs = retail_name(c)
        slots = [(c, a[0]) for a in CITY[c]['areas']]
        R.shuffle(slots)
        base = base_slug(segs)
        em = org_free_email(base + pick(['.accounts', 'group', '.group', 'accts']), c)
        CHAINS.append(dict(segs=segs, email=em, domain=None, phone=new_mobile(), slots=slots,
                           fmt=R.randrange(len(OUTLET_FMT)), national=False))


def make_outlet(ch):
    city, area = ch['slots'].pop()
    o = {'segs': copy.deepcopy(ch['segs']), 'outlet': area, 'chain_fmt': ch['fmt']}
    e = {'id': new_id(), 'kind': 'org', 'sub': 'chain_outlet', 'city': city, 'o': o, 'contact': None,
         'proprietor': False, 'chain': CHAINS.index(ch), 'domain': ch['domain']}
    a = new_address(city, 'shop')
    USED_ADDR.discard((a['ukind'], a['unum'], a['bldg'], a['street'], a['area'], a['city']))
    a['area'] = area
    a['pin'] = dict(CITY[city]['areas'])[area]
    USED_ADDR.add((a['ukind'], a['unum'], a['bldg'], a['street'], a['area'], a['city']))
    e['addr'] = a
    e['email'] = ch['email']
    e['phone'] = ch['phone'] if chance(0.8) else (new_mobile() if chance(0.6) else new_landline(city))
    if chance(0.15):
        e['contact'] = gen_person(city, 'contact')
    return e


# ---------------- trusts ----------------
TRUSTS = [(["Lokmanya Seva Mandal"], 'lokmanyaseva'), (['Jain Seva Sangh'], 'jainsevasangh'),
          (["St. Joseph's", 'St. Josephs', "Saint Joseph's"], 'stjosephs'),
          (['Guru Nanak Sewa Society', 'Guru Nanak Seva Society'], 'gnsewasociety'),
          (['Anjuman Khidmat Trust'], 'anjumankhidmat'), (['Ramakrishna Seva Samiti'], 'rkss'),
          (['Marwari Sewa Samiti', 'Marwari Seva Samiti'], 'marwarisewa'), (['Vivekananda Seva Trust'], 'vstrust'),
          (['Mahavir Jain Trust', 'Mahaveer Jain Trust'], 'mahavirjaintrust'), (['Sacred Heart'], 'sacredheart'),
          (['Holy Cross'], 'holycross'), (['Sant Gadge Baba Trust'], 'gadgebabatrust'),
          (['Sree Narayana Trust', 'Sri Narayana Trust'], 'sntrust'), (['Kasturba Seva Trust'], 'kasturbaseva'),
          (['Bharatiya Vidya Seva Trust'], 'bvstrust'), (['Sarvodaya Trust'], 'sarvodayatrust'),
          (['Parsi General Trust'], 'parsigeneraltrust'), (['Al-Ameen Educational & Medical Trust',
                                                             'Al Ameen Educational and Medical Trust'], 'alameen'),
          (['Gujarati Samaj Trust'], 'gujaratisamaj'), (['Bengali Association Trust'], 'bengaliassoc'),
          (['Kalinga Seva Trust'], 'kalingaseva'), (['Sai Seva Trust'], 'saisevatrust'),
          (['Arya Samaj Dayanand Trust'], 'aryasamajdt'), (['Nightingale Trust'], 'nightingaletrust'),
          (['Mother Teresa Seva Trust'], 'mtsevatrust'), (['Tilak Smarak Trust'], 'tilaksmarak')]
TRUST_CITY = {'Guru Nanak Sewa Society': ['Jaipur', 'Lucknow', 'Indore', 'Patna'],
              'Sree Narayana Trust': ['Kochi'], 'Bengali Association Trust': ['Kolkata', 'Patna'],
              'Gujarati Samaj Trust': ['Ahmedabad', 'Mumbai', 'Pune'], 'Parsi General Trust': ['Mumbai', 'Pune'],
              'Kalinga Seva Trust': ['Bhubaneswar'], 'Lokmanya Seva Mandal': ['Pune', 'Mumbai', 'Nagpur'],
              'Sant Gadge Baba Trust': ['Nagpur', 'Pune', 'Mumbai'], 'Tilak Smarak Trust': ['Pune']}
SCHOOL_CATS = [['English Medium School', 'English Medium School', 'E.M. School'], ['High School', 'High School'],
               ['Vidyalaya', 'Vidyalay'], ['Public School', 'Public School'], ['Convent School', 'Convent School']]


def make_trust(tdef):
    names, tslug = tdef
    city = pick(TRUST_CITY.get(names[0], CITY_NAMES))
    dom = org_domain(tslug, [('org', 3), ('in', 1), ('org.in', 1)])
    trust_mail = domain_email(dom, 'accounts')
    hsegs = [seg('core', names), seg('cat', pick([['Hospital', 'Hospital', 'Hosp.'],
                                                    ['Charitable Hospital', 'Charitable Hosp.'],
                                                    ['Memorial Hospital', 'Memorial Hosp.']]))]
    ssegs = [seg('core', names), seg('cat', pick(SCHOOL_CATS))]
    claim_key(org_key(hsegs))
    claim_key(org_key(ssegs))
    haddr = new_address(city, 'big')
    saddr = copy.deepcopy(haddr) if chance(0.35) else new_address(city, 'big')
    share = chance(0.5)
    insts = []
    for sub, segs, addr, loc in (('trust_hospital', hsegs, haddr, 'hospital'),
                                 ('trust_school', ssegs, saddr, pick(['principal', 'school', 'office']))):
        e = {'id': new_id(), 'kind': 'org', 'sub': sub, 'city': city, 'o': {'segs': segs, 'outlet': None},
             'contact': gen_person(city, 'contact') if chance(0.3) else None, 'proprietor': False,
             'domain': dom, 'addr': addr, 'trust': names[0]}
        e['email'] = trust_mail if share else domain_email(dom, loc)
        e['phone'] = new_landline(city) if chance(0.7) else new_mobile()
        insts.append(e)
    return insts


# ---------------- simple org factories ----------------
def mk_retail(city=None, proprietor_p=0.35):
    city = city or city_pick()
    segs = retail_name(city)
    prop = chance(proprietor_p)
    return make_org('retail_chemist', city, segs, 'shop', 'free' if chance(0.8) else ('none' if chance(0.5) else
                                                                                   'domain'),
                    contact_p=1.0 if prop else 0.15, proprietor=prop)


def mk_hospital(city=None):
    city = city or city_pick()
    if chance(0.2):
        sur = surname_for(city)
        core = pick([[sur], ["Dr. %s's" % sur, "Dr %s's" % sur, 'Dr. %s' % sur]])
        cats = [(['Nursing Home', 'Nursing Home', 'N. Home'], 3), (['Maternity & Nursing Home',
                                                                   'Maternity and Nursing Home'], 1),
                (['Hospital', 'Hospital', 'Hosp.'], 2)]
        for _ in range(100):
            segs = [seg('core', core, 0), seg('cat', wchoice(cats))]
            if claim_key(org_key(segs)):
                break
            sur = surname_for(city)
            core = [sur]
    else:
        segs = generic_name(HOSP_CORES, HOSP_CATS, legal_p=0.25, prefix_p=0.12)
    return make_org('hospital', city, segs, 'big', 'domain' if chance(0.75) else 'free', contact_p=0.35)


def mk_pharmacy_for(h):
    """hospital pharmacy billed apart from the hospital: same premises, own e-mail, often own phone"""
    segs = [copy.deepcopy(s) for s in h['o']['segs'] if s['role'] != 'legal']
    segs.append(seg('tail', ['Pharmacy', '- Pharmacy', '(Pharmacy)', 'Pharmacy Division'], R.randrange(3)))
    claim_key(org_key(segs))
    e = {'id': new_id(), 'kind': 'org', 'sub': 'hospital_pharmacy', 'city': h['city'],
         'o': {'segs': segs, 'outlet': None}, 'contact': gen_person(h['city'], 'contact') if chance(0.4) else None,
         'proprietor': False, 'domain': h.get('domain'), 'addr': copy.deepcopy(h['addr']), 'parent': h['id']}
    if h.get('domain') and chance(0.7):
        em = 'pharmacy@' + h['domain']
        if em in USED_EMAIL:
            em = 'pharmacy.store@' + h['domain']
        USED_EMAIL.add(em)
        e['email'] = em
    else:
        e['email'] = org_free_email(base_slug(segs, False) + 'pharmacy', h['city'])
    e['phone'] = h['phone'] if chance(0.35) else (new_mobile() if chance(0.5) else new_landline(h['city']))
    return e


def mk_clinic(city=None):
    city = city or city_pick()
    if chance(0.3):
        for _ in range(100):
            sur = surname_for(city)
            segs = [seg('core', ["Dr. %s's" % sur, "Dr %s's" % sur, "Dr. %s" % sur], R.randrange(2)),
                    seg('cat', wchoice(CLINIC_CATS))]
            if claim_key(org_key(segs)):
                break
    else:
        segs = generic_name(CLINIC_CORES, CLINIC_CATS, prefix_p=0.05)
    return make_org('clinic', city, segs, 'shop', 'free' if chance(0.75) else 'domain', contact_p=0.4)


def mk_lab(city=None):
    city = city or city_pick()
    segs = generic_name(LAB_CORES, LAB_CATS, legal_p=0.15)
    return make_org('diagnostic_lab', city, segs, 'shop', 'domain' if chance(0.55) else 'free', contact_p=0.3)


def mk_poly(city=None):
    city = city or city_pick()
    segs = generic_name(CLINIC_CORES + HOSP_CORES, POLY_CATS, prefix_p=0.1)
    return make_org('polyclinic', city, segs, 'shop', 'free' if chance(0.6) else 'domain', contact_p=0.35)


def mk_dist(city=None):
    city = city or city_pick()
    segs, pid, core = dist_name(city)
    prop = pid in ('sons', 'co', 'ent', 'agencies', 'traders', 'medagencies', 'bros') and chance(0.45)
    e = make_org('distributor', city, segs, 'office' if chance(0.5) else 'shop',
                 'domain' if chance(0.55) else 'free', contact_p=1.0 if prop else 0.3, proprietor=prop)
    e['dist_pattern'] = pid
    e['dist_core'] = core
    return e


def mk_person(sub, city=None, region=None):
    city = city or city_pick()
    return make_person_entity(sub, city, gen_person(city, sub, region=region) if region else None)


ORG_FACTORY = {'retail_chemist': mk_retail, 'hospital': mk_hospital, 'clinic': mk_clinic,
               'diagnostic_lab': mk_lab, 'polyclinic': mk_poly, 'distributor': mk_dist}


def build():
    build_chains()
    # ---- chain outlets in QuickBooks: 6 national chains x 10, 22 local groups x 3 = 126 -> use 120
    nat = [c for c in CHAINS if c['national']]
    loc = [c for c in CHAINS if not c['national']]
    for c in nat:
        for _ in range(10):
            EXISTING.append(make_outlet(c))
    for c in loc[:20]:
        for _ in range(3):
            EXISTING.append(make_outlet(c))
    # ---- hospitals (100), 15 of them with their pharmacy also a customer
    hospitals = [mk_hospital() for _ in range(100)]
    EXISTING.extend(hospitals)
    with_ph = R.sample(hospitals, 15)
    for h in with_ph:
        EXISTING.append(mk_pharmacy_for(h))
    latent_h = [mk_hospital() for _ in range(15)]  # hospitals that are NOT customers
    for h in latent_h:
        h['latent'] = True
        EXISTING.append(mk_pharmacy_for(h))
    # ---- trusts: 5 with hospital+school both customers, 10 with one of the two
    tdefs = list(TRUSTS)
    R.shuffle(tdefs)
    trust_pairs = [make_trust(t) for t in tdefs[:15]]
    global TRUST_SPARE
    TRUST_SPARE = tdefs[15:]
    trust_single = []
    for i, pair in enumerate(trust_pairs):
        if i < 5:
            EXISTING.extend(pair)
        else:
            R.shuffle(pair)
            EXISTING.append(pair[0])
            trust_single.append((pair[0], pair[1]))
    # ---- others
    for sub, n in (('retail_chemist', 300), ('clinic', 90), ('diagnostic_lab', 70), ('polyclinic', 30),
                   ('distributor', 140)):
        for _ in range(n):
            EXISTING.append(ORG_FACTORY[sub]())
    for sub, n in (('doctor', 220), ('chemist_proprietor', 140), ('nurse', 60), ('homecare_patient', 180)):
        for _ in range(n):
            EXISTING.append(mk_person(sub))
    assert len(EXISTING) == 1500, len(EXISTING)

    # ---- new customers (absent from QuickBooks): 475 distinct entities
    for sub, n in (('retail_chemist', 113), ('hospital', 30), ('clinic', 35), ('diagnostic_lab', 30),
                   ('polyclinic', 10), ('distributor', 50)):
        for _ in range(n):
            NEW.append(ORG_FACTORY[sub]())
    for _ in range(8):  # hospital pharmacies whose hospital is not a customer either
        h = mk_hospital()
        NEW.append(mk_pharmacy_for(h))
    for t in TRUST_SPARE[:2]:  # two new trusts, both institutions new
        NEW.extend(make_trust(t))
    NEW.append(make_trust(TRUST_SPARE[2])[0])
    for c in loc[20:22]:  # two local groups that are not customers yet, two outlets each
        for _ in range(2):
            NEW.append(make_outlet(c))
    for sub, n in (('doctor', 70), ('chemist_proprietor', 45), ('nurse', 20), ('homecare_patient', 55)):
        for _ in range(n):
            NEW.append(mk_person(sub))
    assert len(NEW) == 475, len(NEW)

    for e in EXISTING:
        e['_st0'] = base_style(e)
    build_hard_negatives(nat, loc[:20], with_ph, latent_h, trust_single)
    assert len(HN) == 145, len(HN)


TRUST_SPARE = []
ANCHOR_ST = {}


def build_hard_negatives(nat, loc, with_ph, latent_h, trust_single):
    used_anchor = set()

    def take(pool, n, cond=lambda x: True):
        c = [x for x in pool if x['id'] not in used_anchor and cond(x)]
        R.shuffle(c)
        out = c[:n]
        for x in out:
            used_anchor.add(x['id'])
        if len(out) < n:
            raise RuntimeError('not enough anchors')
        return out

    ex = EXISTING
    persons = [x for x in ex if x['kind'] == 'person']

    # 1. father / son (22): same address, different e-mail AND phone, son marked Jr. or different given name
    for a in take(persons, 22, lambda x: x['addr'] is not None and x['p']['gender'] == 'm'
                  and x['_st0']['addr_on'] == 'full'):
        p = copy.deepcopy(a['p'])
        p['kind'] = 'homecare_patient'
        p['degrees'] = None
        p['title'] = pick(['Mr.', 'Shri', None])
        note = ''
        taken = set(w[0] for w in join(p['prefix'], p['given'], p['middle']).split())
        taken.update(l for l, _ in p['ini'])
        if p['style'] == 'initial':
            father = p['given']
            pool = {'tamil': TAM_M, 'telugu': TEL_M, 'kannada': KAN_M}.get(p['region'],
                                                                         KC_M if p['christian'] else KH_M)
            p['given'] = pick([x for x in pool if x[0] not in taken])
            if p['region'] in ('telugu', 'kerala'):
                p['ini'] = [p['ini'][0], (father[0], father)]
            else:
                p['ini'] = [(father[0], father)]
            p['single'] = False
            note = 'son: initial = father\'s given name, different given name'
        elif p['region'] in ('marathi', 'gujarati', 'parsi'):
            fg = p['given']
            pool = {'marathi': MAR_M, 'gujarati': GUJ_M, 'parsi': PARSI_M}[p['region']]
            p['given'] = pick([x for x in pool if x[0] not in taken])
            p['middle'] = fg + ('bhai' if p['region'] == 'gujarati' and chance(0.6) else '')
            p['bhai'] = None
            note = "son: different given name, father's name as middle name"
        elif chance(0.6):
            p['marker'] = pick(['Jr.', 'Jr', 'Junior'])
            note = 'son of the same name, marked %s' % p['marker']
        else:
            fg = p['given']
            pool = {'north': NORTH_M, 'odia': ODIA_M, 'sikh': SIKH_M, 'bengali': BEN_M, 'muslim': MUS_M,
                    'christian': CHR_M, 'kannada': KAN_M, 'kerala': KH_M}.get(p['region'], NORTH_M)
            p['given'] = pick([x for x in pool if x[0] not in taken])
            p['middle'] = None if p['middle'] in NORTH_MID_M + NORTH_MID_F else p['middle']
            note = 'son: different given name, same surname'
        sub = pick(['homecare_patient', 'chemist_proprietor', 'doctor'])
        if sub == 'doctor':
            p['title'] = 'Dr.'
            p['degrees'] = wchoice(DEGREES)
        p['kind'] = sub
        e = make_person_entity(sub, a['city'], p=p, addr=copy.deepcopy(a['addr']), claim=False)
        e['email'] = person_email(p, a['city'], sub, avoid=[a['email'].split('@')[0]] if a['email'] else [])
        HN.append((e, a, 'father_son', note + '; same address, different e-mail and phone'))

    # 2. chain's other outlet (24): same brand, different outlet area, often same group e-mail/phone
    outl = [x for x in ex if x['sub'] == 'chain_outlet']
    chains_nat = [CHAINS.index(c) for c in nat]
    n_nat = 14
    got = 0
    for ci in chains_nat * 3:
        if got >= n_nat:
            break
        anchors = [x for x in outl if x['chain'] == ci and x['id'] not in used_anchor]
        if not anchors:
            continue
        a = pick(anchors)
        used_anchor.add(a['id'])
        e = make_outlet(CHAINS[ci])
        HN.append((e, a, 'chain_other_outlet', 'another outlet of the same chain (%s vs %s), billed separately'
                   % (e['o']['outlet'], a['o']['outlet'])))
        got += 1
    for c in R.sample(loc, 10):
        ci = CHAINS.index(c)
        anchors = [x for x in outl if x['chain'] == ci and x['id'] not in used_anchor]
        a = pick(anchors)
        used_anchor.add(a['id'])
        e = make_outlet(c)
        HN.append((e, a, 'chain_other_outlet', 'another outlet of the same group (%s vs %s), billed separately'
                   % (e['o']['outlet'], a['o']['outlet'])))

    # 3. hospital vs its pharmacy (14)
    hosp_no_ph = [x for x in ex if x['sub'] == 'hospital' and x not in with_ph]
    for h in take(hosp_no_ph, 8):
        e = mk_pharmacy_for(h)
        HN.append((e, h, 'hospital_pharmacy', 'pharmacy of an existing hospital customer, billed separately'))
    ph_latent = [x for x in ex if x['sub'] == 'hospital_pharmacy' and any(x['parent'] == h['id']
                                                                         for h in latent_h)]
    for ph in take(ph_latent, 6):
        h = [x for x in latent_h if x['id'] == ph['parent']][0]
        HN.append((h, ph, 'hospital_pharmacy', 'the hospital whose pharmacy is an existing customer'))

    # 4. trust: hospital vs school (10)
    for present, other in trust_single:
        used_anchor.add(present['id'])
        HN.append((other, present, 'trust_sibling', 'same trust, other institution (%s vs %s)'
                   % (other['sub'], present['sub'])))

    # 5. namesake doctor in another city (24)
    docs = [x for x in persons if x['sub'] == 'doctor']
    for a in take(docs, 24):
        p = copy.deepcopy(a['p'])
        if chance(0.4):
            p['degrees'] = wchoice(DEGREES)
        nc = pick([c for c in CITY_NAMES if c != a['city']])
        e = make_person_entity('doctor', nc, p=p, claim=False)
        avoid = [a['email'].split('@')[0]] if a['email'] else []
        e['email'] = person_email(p, nc, 'doctor', avoid=avoid)
        HN.append((e, a, 'namesake_doctor', 'doctor of the same name in another city (%s vs %s)'
                   % (nc, a['city'])))

    # 6. sub-distributor's sister firm at the same address (18)
    dists = [x for x in ex if x['sub'] == 'distributor']
    for a in take(dists, 18, lambda x: x['_st0']['addr_on'] == 'full'):
        segs, pid, core = dist_name(a['city'], exclude_pattern=a['dist_pattern'], core=a['dist_core'])
        e = {'id': new_id(), 'kind': 'org', 'sub': 'distributor', 'city': a['city'],
             'o': {'segs': segs, 'outlet': None}, 'contact': copy.deepcopy(a['contact']) if a['contact'] and
             chance(0.5) else None, 'proprietor': False, 'addr': copy.deepcopy(a['addr']), 'dist_pattern': pid,
             'dist_core': core}
        if a.get('domain') and chance(0.5):
            d = org_domain(base_slug(segs))
        else:
            d = None
        e['domain'] = d
        e['email'] = domain_email(d) if d else org_free_email(base_slug(segs), a['city'],
                                                               avoid=[a['email'].split('@')[0]] if a['email'] else [])
        e['phone'] = a['phone'] if chance(0.4) else new_mobile()
        HN.append((e, a, 'sister_firm', 'sister firm at the same address with its own trade name (%s vs %s)'
                   % (canon_name(e['o']), canon_name(a['o']))))

    # 7. proprietor vs proprietorship firm with its own trade name (18)
    firms = [x for x in ex if x['kind'] == 'org' and x.get('proprietor') and x['contact']]
    for a in take(firms, 9, lambda x: x['_st0']['addr_on'] == 'full'):
        p = copy.deepcopy(a['contact'])
        p['kind'] = 'chemist_proprietor'
        if p['title'] is None:
            p['title'] = 'Mr.' if p['gender'] == 'm' else 'Smt.'
        e = make_person_entity('chemist_proprietor', a['city'], p=p, addr=copy.deepcopy(a['addr']), claim=False)
        e['email'] = person_email(p, a['city'], 'chemist_proprietor',
                                  avoid=[a['email'].split('@')[0]] if a['email'] else [])
        if a['phone']['kind'] == 'm' and chance(0.5):
            e['phone'] = a['phone']
        HN.append((e, a, 'proprietor_vs_firm', 'proprietor billed in own name; the firm (own trade name) is '
                   'the existing customer'))
    props = [x for x in persons if x['sub'] == 'chemist_proprietor' and x['_st0']['addr_on'] == 'full']
    for a in take(props, 9):
        segs = retail_name(a['city'])
        e = {'id': new_id(), 'kind': 'org', 'sub': 'retail_chemist', 'city': a['city'],
             'o': {'segs': segs, 'outlet': None}, 'contact': copy.deepcopy(a['p']), 'proprietor': True,
             'addr': copy.deepcopy(a['addr']), 'domain': None}
        e['contact']['kind'] = 'contact'
        e['email'] = org_free_email(base_slug(segs), a['city'],
                                    avoid=[a['email'].split('@')[0]] if a['email'] else [])
        e['phone'] = a['phone'] if chance(0.5) else new_mobile()
        HN.append((e, a, 'proprietor_vs_firm', 'proprietorship firm with its own trade name; the proprietor '
                   '(billed personally) is the existing customer'))

    # 8. namesake in the same city (15): same name, nothing else shared
    common = [x for x in persons if x['sub'] != 'doctor' and x['p']['style'] == 'western'
              and x['p']['region'] in ('sikh', 'north', 'muslim', 'bengali', 'marathi')]
    for a in take(common, 15):
        p = copy.deepcopy(a['p'])
        sub = pick(['homecare_patient', 'chemist_proprietor', 'nurse'])
        p['kind'] = sub
        e = make_person_entity(sub, a['city'], p=p, claim=False)
        e['addr'] = new_address(a['city'], 'home', avoid_area=a['addr']['area'] if a['addr'] else None)
        avoid = [a['email'].split('@')[0]] if a['email'] else []
        e['email'] = person_email(p, a['city'], sub, avoid=avoid) if chance(0.8) else None
        HN.append((e, a, 'namesake_same_city', 'different person of the same name in the same city; '
                   'no shared address, e-mail or phone'))


# ==========================================================================
# records
# ==========================================================================
def kind_label(e):
    return ('person/' if e['kind'] == 'person' else 'org/') + e['sub']


def main():
    build()
    # ---------- existing records ----------
    ex_records = []
    seen_disp = {}
    for e in EXISTING:
        st = e['_st0']
        c = render(e, st)
        key = c['displayName'].lower()
        note = []
        if key in seen_disp:
            # QuickBooks requires unique display names: the bookkeeper adds a distinguishing suffix
            a = e['addr']['area'] if e.get('addr') else e['city']
            for suf in (' (%s)' % a, ' - %s' % e['city'], ' (%s)' % e['city'], ' 2', ' 3', ' 4'):
                st['disamb'] = suf
                c = render(e, st)
                if c['displayName'].lower() not in seen_disp:
                    break
            note.append('display name given a suffix "%s" (QuickBooks display names must be unique)'
                        % st['disamb'].strip())
        seen_disp[c['displayName'].lower()] = e['id']
        ex_records.append((e, c, note))

    # ---------- incoming ----------
    inc = []   # (entity, contact, category, changes, extra)
    eligible = []
    for e in EXISTING:
        st = e['_st0']
        if e['kind'] == 'person':
            ok = st['email_on'] or st['phone_on']
        elif e['sub'] == 'chain_outlet':
            ok = st['addr_on'] == 'full'
        else:
            ok = st['email_on'] or st['phone_on'] or st['addr_on'] == 'full'
        if ok:
            eligible.append(e)
    R.shuffle(eligible)
    targets = eligible[:735]
    reps = [2] * 80 + [3] * 5 + [1] * (735 - 85)
    R.shuffle(reps)
    for e, k in zip(targets, reps):
        for j in range(k):
            prof = wchoice([('light', 30), ('medium', 45), ('harsh', 25)])
            res = make_variant(e, e['_st0'], prof)
            e2, st2, ch, ev = res
            c = render(e2, st2)
            if j > 0:
                ch = ['another incoming record of the same customer (%d of %d)' % (j + 1, k)] + ch
            inc.append((e, c, 'match', ch, {'profile': prof, 'evidence': ev}))

    def emit_new(e, category, first_note, extra, repeats):
        st = base_style(e, incoming=True)
        if extra.get('hn_type') in ('father_son', 'sister_firm', 'proprietor_vs_firm', 'hospital_pharmacy',
                                    'namesake_doctor'):
            st['addr_on'] = 'full'
        if extra.get('hn_type') in ('namesake_doctor', 'namesake_same_city'):
            a0 = ANCHOR_ST[extra['anchor']]
            st['form'] = a0['form']
            st['bhai'] = a0['bhai']
            st['ji'] = a0['ji']
        e['_st0'] = st
        c = render(e, st)
        inc.append((e, c, category, list(first_note), dict(extra)))
        for j in range(1, repeats):
            prof = wchoice([('light', 40), ('medium', 45), ('harsh', 15)])
            res = make_variant(e, st, prof)
            if res is None:
                continue
            e2, st2, ch, ev = res
            c2 = render(e2, st2)
            ch = list(first_note) + ['repeat of an earlier incoming record of the same new customer'] + ch
            ex2 = dict(extra)
            ex2['profile'] = prof
            ex2['evidence_vs_first'] = ev
            inc.append((e, c2, category, ch, ex2))

    rep_new = [2] * 50 + [1] * (len(NEW) - 50)
    R.shuffle(rep_new)
    ex_pkeys = {}
    for e in EXISTING:
        if e['kind'] == 'person':
            ex_pkeys.setdefault(slug(person_forms(e['p'])['full'][0] if 'full' in person_forms(e['p'])
                                     else person_forms(e['p'])['init_front'][0]), []).append(e['city'])
    for e, k in zip(NEW, rep_new):
        note = ['new customer (not in QuickBooks)']
        if e['kind'] == 'person':
            fs = person_forms(e['p'])
            kk = slug(fs['full'][0] if 'full' in fs else fs['init_front'][0])
            if kk in ex_pkeys:
                note.append('natural namesake of an existing customer in another city; nothing else shared')
        if e['sub'] == 'chain_outlet':
            note.append('outlet of a group that is not yet a customer')
        emit_new(e, 'new', note, {}, k)
    for e in EXISTING:
        ANCHOR_ST[e['id']] = e['_st0']
    rep_hn = [2] * 5 + [1] * (len(HN) - 5)
    R.shuffle(rep_hn)
    for (e, a, t, note), k in zip(HN, rep_hn):
        emit_new(e, 'hard_negative', ['hard negative: %s' % t, note], {'anchor': a['id'], 'hn_type': t}, k)
    assert len(inc) == N_INCOMING, len(inc)
    R.shuffle(ex_records)
    R.shuffle(inc)

    # ---------- write ----------
    set_lines, meta_lines = [], []
    for i, (e, c, note) in enumerate(ex_records):
        set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': c})
        meta_lines.append({'set': 'existing', 'index': i, 'entity': e['id'], 'category': 'existing',
                           'changes': note, 'kind': kind_label(e)})
    for i, (e, c, cat, ch, extra) in enumerate(inc):
        set_lines.append({'set': 'incoming', 'entity': e['id'], 'contact': c})
        m = {'set': 'incoming', 'index': i, 'entity': e['id'], 'category': cat, 'changes': ch,
             'kind': kind_label(e)}
        m.update(extra)
        meta_lines.append(m)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in set_lines:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for r in meta_lines:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    cnt = {}
    for m in meta_lines:
        cnt[m['category']] = cnt.get(m['category'], 0) + 1
    print('wrote %d records: %s' % (len(set_lines), ', '.join('%s=%d' % kv for kv in sorted(cnt.items()))))


if __name__ == '__main__':
    main()
