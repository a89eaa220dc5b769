#!/usr/bin/env python3
"""in-traders: synthetic labelled benchmark for customer record linkage.

Scenario: a Pune wholesaler of electrical goods, cables and switchgear (with a
Mumbai depot) keeps its customer list in QuickBooks Online India.  Upstream
systems (a Tally import, a sales reps' app, a B2B web shop, counter sales) send
customer records that must be linked to an existing customer or recognised as
new.  Every person, firm, address, phone number and mailbox is invented.

Python 3 standard library only.  One random.Random(SEED); no iteration over
sets; output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> writes set.jsonl and meta.jsonl next to itself
    python3 gen.py --out DIR  -> writes them into DIR
"""
import argparse
import copy
import json
import os
import re
import random

SEED = 20250611
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN_PER_TYPE = 10


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def ordn(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


# ---------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------
MR_M = ['Rahul', 'Rahul', 'Rahul', 'Sachin', 'Sachin', 'Amit', 'Amit', 'Sandeep', 'Sandeep', 'Prashant',
        'Nitin', 'Vijay', 'Sunil', 'Anil', 'Mahesh', 'Ganesh', 'Santosh', 'Santosh', 'Sanjay', 'Rajesh',
        'Dnyaneshwar', 'Vitthal', 'Balasaheb', 'Dattatray', 'Shrikant', 'Yogesh', 'Vikas', 'Pravin',
        'Sagar', 'Tushar', 'Nilesh', 'Abhijit', 'Aniket', 'Omkar', 'Swapnil', 'Kiran', 'Rohit', 'Manoj',
        'Ajay', 'Deepak', 'Ravindra', 'Sudhir', 'Vinayak', 'Prakash', 'Dilip', 'Ashok', 'Suresh',
        'Ramesh', 'Mangesh', 'Shivaji', 'Sambhaji', 'Hemant', 'Shailesh', 'Umesh', 'Chetan', 'Pankaj',
        'Chandrakant', 'Suryakant', 'Pandurang', 'Sadashiv', 'Yashwant', 'Ramchandra', 'Rajendra',
        'Narendra', 'Jitendra', 'Vishwas', 'Pradeep', 'Girish', 'Madhukar', 'Arun', 'Uday', 'Milind',
        'Sharad', 'Anand']
MR_F = ['Priya', 'Pooja', 'Snehal', 'Sneha', 'Swati', 'Aarti', 'Ashwini', 'Madhuri', 'Manisha', 'Sunita',
        'Vaishali', 'Sujata', 'Rupali', 'Shital', 'Kavita', 'Varsha', 'Jyoti', 'Anjali', 'Supriya',
        'Rohini', 'Mrunal', 'Smita', 'Archana', 'Deepali', 'Pallavi', 'Prajakta', 'Manasi', 'Gauri',
        'Sarika', 'Vandana', 'Shubhangi', 'Ujwala', 'Rekha', 'Lata', 'Laxmi']
MR_FAM = ['Patil', 'Patil', 'Patil', 'Pawar', 'Pawar', 'Jadhav', 'Jadhav', 'Shinde', 'Shinde', 'Kulkarni',
          'Kulkarni', 'Deshpande', 'Joshi', 'Joshi', 'Gaikwad', 'Kale', 'More', 'More', 'Chavan', 'Deshmukh',
          'Bhosale', 'Salunkhe', 'Mane', 'Kadam', 'Thorat', 'Jagtap', 'Kamble', 'Sawant', 'Khedekar',
          'Gokhale', 'Apte', 'Phadke', 'Karandikar', 'Wagh', 'Shirke', 'Nikam', 'Mohite', 'Londhe',
          'Bhujbal', 'Khandare', 'Dhumal', 'Ingale', 'Kharat', 'Lokhande', 'Shelar', 'Tawde', 'Rane',
          'Desai', 'Naik', 'Walunj', 'Bhide', 'Ranade', 'Paranjape', 'Dixit', 'Godbole', 'Sathe', 'Wadekar',
          'Dalvi', 'Mhatre', 'Patwardhan', 'Gadgil', 'Kelkar', 'Limaye', 'Shitole', 'Borade', 'Ghule',
          'Tupe', 'Zende', 'Dhamale', 'Kokate', 'Bhor', 'Jondhale', 'Sonawane', 'Gawade', 'Chaudhari',
          'Ahire', 'Pingale', 'Hande', 'Bhagat']
GJ_M = ['Ramesh', 'Mahesh', 'Jignesh', 'Hitesh', 'Kalpesh', 'Bhavesh', 'Paresh', 'Nilesh', 'Dharmesh',
        'Mukesh', 'Jayesh', 'Ketan', 'Chirag', 'Hardik', 'Pratik', 'Nirav', 'Bhavin', 'Viral', 'Dhaval',
        'Pankaj', 'Dinesh', 'Haresh', 'Kirit', 'Jitendra', 'Bharat', 'Ashwin', 'Yogesh', 'Manish', 'Sanjay',
        'Vipul', 'Alpesh', 'Rakesh', 'Kamlesh', 'Amrut', 'Vinod', 'Navin', 'Hasmukh', 'Pravin', 'Mehul',
        'Tejas', 'Sagar', 'Parth', 'Darshan', 'Rajnikant', 'Natwarlal', 'Maganlal', 'Chandrakant', 'Dilip',
        'Arvind', 'Girish']
GJ_F = ['Hetal', 'Nisha', 'Bhavna', 'Falguni', 'Jigna', 'Rina', 'Kinjal', 'Dimple', 'Komal', 'Hiral',
        'Shilpa', 'Urvashi', 'Daxa', 'Hansa', 'Manisha', 'Krupa', 'Mittal', 'Purvi', 'Pinal', 'Sejal',
        'Bhumika', 'Nayna', 'Jyotsna', 'Varsha', 'Meena']
GJ_FAM = ['Patel', 'Patel', 'Patel', 'Patel', 'Shah', 'Shah', 'Shah', 'Mehta', 'Desai', 'Parikh', 'Joshi',
          'Trivedi', 'Bhatt', 'Pandya', 'Modi', 'Gandhi', 'Thakkar', 'Chauhan', 'Solanki', 'Parmar',
          'Vaghela', 'Rana', 'Dave', 'Vyas', 'Panchal', 'Mistry', 'Soni', 'Gajjar', 'Kothari', 'Doshi',
          'Sheth', 'Choksi', 'Vora', 'Amin', 'Prajapati', 'Makwana', 'Rathod', 'Jadeja', 'Zala', 'Sanghvi',
          'Vasani', 'Ladani', 'Dholakia', 'Raval', 'Jani', 'Bhalodia', 'Kakadia', 'Savaliya', 'Ghoghari',
          'Lakhani', 'Ruparelia', 'Sutariya']
KA_M = ['Ramesh', 'Srinivas', 'Venkatesh', 'Manjunath', 'Manjunath', 'Nagaraj', 'Raghavendra', 'Prakash',
        'Suresh', 'Mahesh', 'Ravi', 'Girish', 'Harish', 'Naveen', 'Praveen', 'Santosh', 'Shivakumar',
        'Basavaraj', 'Mallikarjun', 'Chandrashekar', 'Umesh', 'Anand', 'Vinay', 'Kiran', 'Sudhakar',
        'Muralidhar', 'Gururaj', 'Satish', 'Prasanna', 'Rajendra', 'Lokesh', 'Chetan', 'Sandeep', 'Shankar',
        'Nagesh', 'Puttaraju', 'Siddaraju', 'Mahadevappa', 'Hanumanthappa', 'Veeresh', 'Shivanand', 'Ashok',
        'Vasanth']
KA_F = ['Lakshmi', 'Savitha', 'Kavitha', 'Shwetha', 'Roopa', 'Deepa', 'Rekha', 'Sudha', 'Asha', 'Vidya',
        'Shobha', 'Geetha', 'Latha', 'Pushpa', 'Nandini', 'Bhavya', 'Sowmya', 'Divya', 'Ramya', 'Shilpa',
        'Usha', 'Vanaja', 'Hemalatha']
KA_FAM = ['Rao', 'Rao', 'Shetty', 'Shetty', 'Hegde', 'Gowda', 'Gowda', 'Gowda', 'Naik', 'Bhat', 'Kamath',
          'Pai', 'Shenoy', 'Kulkarni', 'Patil', 'Reddy', 'Murthy', 'Prasad', 'Acharya', 'Joshi', 'Desai',
          'Hiremath', 'Angadi', 'Nayak', 'Poojary', 'Kotian', 'Hosamani', 'Biradar', 'Math', 'Pujar',
          'Badiger', 'Kambar']
TN_M = ['Srinivasan', 'Venkatesan', 'Murugan', 'Karthik', 'Senthil', 'Subramanian', 'Krishnan',
        'Ramachandran', 'Balasubramanian', 'Ganesan', 'Saravanan', 'Rajagopal', 'Sundaram', 'Natarajan',
        'Arumugam', 'Selvam', 'Kannan', 'Ravichandran']
TN_F = ['Meena', 'Lakshmi', 'Kamala', 'Revathi', 'Vasanthi', 'Malathi', 'Priya', 'Sumathi']
NORTH_M = ['Rajesh', 'Ramesh', 'Suresh', 'Anil', 'Vinod', 'Sanjay', 'Amit', 'Ravi Shankar', 'Ram Prakash',
           'Shiv', 'Manoj', 'Rakesh', 'Pawan', 'Ashok', 'Deepak', 'Dinesh', 'Mukesh', 'Sunil', 'Ajay',
           'Vikas', 'Rajiv', 'Sandeep', 'Alok', 'Brijesh', 'Santosh', 'Umesh', 'Ram Naresh', 'Dharmendra',
           'Harish', 'Lalji']
NORTH_F = ['Sunita', 'Rekha', 'Neha', 'Pooja', 'Anita', 'Kiran', 'Seema', 'Asha', 'Geeta', 'Kavita',
           'Usha', 'Manju']
NORTH_FAM = ['Sharma', 'Sharma', 'Gupta', 'Gupta', 'Verma', 'Singh', 'Singh', 'Yadav', 'Mishra', 'Tiwari',
             'Pandey', 'Dubey', 'Shukla', 'Chaurasia', 'Maurya', 'Jaiswal', 'Srivastava', 'Tripathi',
             'Upadhyay', 'Rajput', 'Vishwakarma']
MUS_M = ['Iqbal', 'Imran', 'Salim', 'Rafiq', 'Javed', 'Arif', 'Asif', 'Irfan', 'Faisal', 'Shahid', 'Aslam',
         'Anwar', 'Yusuf', 'Abdul Rahim', 'Abdul Karim', 'Nadeem', 'Sameer', 'Rizwan', 'Zakir', 'Mushtaq',
         'Ayub', 'Ismail', 'Ibrahim', 'Aziz', 'Hanif', 'Sajid', 'Wasim', 'Naseer', 'Altaf', 'Feroz']
MUS_F = ['Shabana', 'Nasreen', 'Farzana', 'Rukhsana', 'Ayesha', 'Heena', 'Shaheen', 'Tabassum', 'Rubina',
         'Zeenat']
MUS_FAM = ['Shaikh', 'Shaikh', 'Shaikh', 'Khan', 'Khan', 'Sayyed', 'Ansari', 'Qureshi', 'Pathan', 'Momin',
           'Bagwan', 'Tamboli', 'Mulla', 'Inamdar', 'Attar', 'Mujawar', 'Kazi', 'Siddiqui', 'Memon',
           'Khatib', 'Mansuri', 'Pinjari']
JAIN_M = ['Mahavir', 'Sunil', 'Rajendra', 'Pramod', 'Ashok', 'Vimal', 'Kamal', 'Pravin', 'Sanjay', 'Dilip',
          'Anand', 'Nitin', 'Lalit', 'Ritesh', 'Rupesh', 'Sumit', 'Prakash', 'Subhash', 'Manish', 'Abhay',
          'Rajesh', 'Naresh', 'Vinod', 'Gautam', 'Sushil', 'Mahendra', 'Dinesh', 'Nilesh']
JAIN_F = ['Sangeeta', 'Sushila', 'Manju', 'Kanchan', 'Sapna', 'Rekha', 'Chandana', 'Pushpa']
JAIN_FAM = ['Jain', 'Jain', 'Jain', 'Oswal', 'Agarwal', 'Bafna', 'Chordia', 'Lunawat', 'Bothra', 'Kothari',
            'Sancheti', 'Munot', 'Bhandari', 'Surana', 'Maheshwari', 'Rathi', 'Mundada', 'Baheti',
            'Khandelwal', 'Lodha', 'Golechha', 'Katariya', 'Dugar', 'Parakh', 'Chopda', 'Kankariya', 'Nahar',
            'Bhansali']
GOAN_M = ['Joseph', 'Anthony', 'Francis', 'Peter', 'Michael', 'Cajetan', 'Agnelo', 'Savio', 'Melwyn',
          'Clement', 'Sebastian', 'Lawrence', 'Valentine', 'Wilfred', 'Dominic', 'Nelson', 'Joaquim']
GOAN_F = ['Maria', 'Sheila', 'Fatima', 'Priscilla', 'Rosy', 'Lavina', 'Jennifer', 'Agnes', 'Flavia', 'Joyce']
GOAN_FAM = ["D'Souza", "D'Souza", 'Fernandes', 'Rodrigues', 'Pereira', 'Gonsalves', "D'Mello", "D'Costa",
            "D'Silva", 'Menezes', 'Lobo', 'Pinto', 'Dias', 'Almeida', 'Coutinho', 'Noronha', 'Mascarenhas',
            'Carvalho']
KER_M = ['Shaji', 'Biju', 'Saji', 'Anil', 'Suresh', 'Rajesh', 'Sajeev', 'Jayakumar', 'Abdul Rahman',
         'Mohammed Ali', 'Shihab', 'Noushad', 'Latheef', 'Sreekumar', 'Unnikrishnan', 'Jose', 'Tomy', 'Binu',
         'Rajan', 'Sunil', 'Prakash', 'Shibu', 'Manoj', 'Ashraf', 'Shafeeq']
KER_F = ['Bindu', 'Sheeba', 'Jincy', 'Anitha', 'Sindhu', 'Reshma']
KER_FAM = ['Nair', 'Menon', 'Pillai', 'Kurian', 'Thomas', 'Varghese', 'Mathew', 'Panicker', 'Kutty',
           'Abraham', 'Chacko', 'Nambiar', 'Kunju', 'Koya']

CULT_POOLS = {
    'mr': (MR_M, MR_F, MR_FAM), 'gj': (GJ_M, GJ_F, GJ_FAM), 'ka': (KA_M, KA_F, KA_FAM),
    'tn': (TN_M, TN_F, None), 'north': (NORTH_M, NORTH_F, NORTH_FAM), 'muslim': (MUS_M, MUS_F, MUS_FAM),
    'jain': (JAIN_M, JAIN_F, JAIN_FAM), 'goan': (GOAN_M, GOAN_F, GOAN_FAM), 'kerala': (KER_M, KER_F, KER_FAM),
}
CULT_KIND = {'mr': 'person_marathi', 'gj': 'person_gujarati', 'ka': 'person_kannada', 'tn': 'person_tamil',
             'north': 'person_north_indian', 'muslim': 'person_muslim', 'jain': 'person_jain_marwari',
             'goan': 'person_goan_catholic', 'kerala': 'person_keralite'}
CULT_BY_STATE = {
    'MH': [('mr', 62), ('jain', 10), ('north', 9), ('muslim', 10), ('gj', 5), ('goan', 2), ('ka', 1), ('kerala', 1)],
    'GJ': [('gj', 76), ('jain', 10), ('muslim', 8), ('north', 6)],
    'KA': [('ka', 62), ('tn', 10), ('muslim', 8), ('jain', 8), ('north', 5), ('kerala', 4), ('mr', 3)],
    'AE': [('kerala', 45), ('muslim', 20), ('gj', 15), ('mr', 10), ('tn', 5), ('goan', 5)],
}
INITIAL_LETTERS = 'BSKHMNRGVTCDPAYL'
MOHD_FORMS = ['Mohammed', 'Mohd.', 'Md.', 'Mohammad', 'Mohd', 'Muhammad']

GIVEN_VAR = {
    'Sandeep': ['Sandip'], 'Pradeep': ['Pradip'], 'Dilip': ['Dileep', 'Deelip'], 'Pravin': ['Praveen'],
    'Praveen': ['Pravin'], 'Navin': ['Naveen'], 'Naveen': ['Navin'], 'Vitthal': ['Vithal'],
    'Dattatray': ['Dattatraya', 'Dattatreya'], 'Dnyaneshwar': ['Dnyaneshvar', 'Gyaneshwar', 'Dhyaneshwar'],
    'Srinivas': ['Shrinivas', 'Sreenivas', 'Srinivasa'], 'Lakshmi': ['Laxmi'], 'Laxmi': ['Lakshmi'],
    'Shrikant': ['Shrikanth', 'Srikant'], 'Vinayak': ['Vinayaka'], 'Nagaraj': ['Nagraj', 'Nagaraja'],
    'Manjunath': ['Manjunatha'], 'Raghavendra': ['Ragavendra', 'Raghvendra'],
    'Chandrashekar': ['Chandrasekhar', 'Chandrashekhar'], 'Shivakumar': ['Shiva Kumar', 'Shivkumar'],
    'Basavaraj': ['Basavaraju', 'Basvaraj'], 'Mallikarjun': ['Mallikarjuna'], 'Venkatesh': ['Venkatesha'],
    'Kalpesh': ['Kalpeshkumar'], 'Dharmesh': ['Dharmeshkumar'], 'Jitendra': ['Jeetendra', 'Jitendrakumar'],
    'Ashwini': ['Aswini', 'Ashvini'], 'Shital': ['Sheetal'], 'Vaishali': ['Vaishalee'], 'Rupali': ['Roopali'],
    'Roopa': ['Rupa'], 'Geetha': ['Geeta', 'Gita'], 'Kavitha': ['Kavita'], 'Savitha': ['Savita'],
    'Shwetha': ['Shweta', 'Swetha'], 'Sowmya': ['Soumya', 'Saumya'], 'Mrunal': ['Mrinal'], 'Jyoti': ['Jyothi'],
    'Abhijit': ['Abhijeet'], 'Vishwas': ['Vishvas'], 'Swapnil': ['Swapneel'], 'Nilesh': ['Neelesh'],
    'Santosh': ['Santhosh'], 'Satish': ['Sathish'], 'Girish': ['Gireesh'], 'Harish': ['Hareesh'],
    'Gururaj': ['Gururaja'], 'Prasanna': ['Prasana'], 'Lokesh': ['Lokesha'], 'Imran': ['Imraan'],
    'Salim': ['Saleem'], 'Rafiq': ['Rafik', 'Rafeeq'], 'Javed': ['Javid', 'Jawed'], 'Arif': ['Aarif'],
    'Yusuf': ['Yousuf', 'Yusuff'], 'Nadeem': ['Nadim'], 'Sameer': ['Samir'], 'Nasreen': ['Nasrin'],
    'Ayesha': ['Aisha'], 'Heena': ['Hina'], 'Falguni': ['Phalguni'], 'Bhavna': ['Bhavana'], 'Daxa': ['Daksha'],
    'Pooja': ['Puja'], 'Deepali': ['Dipali'], 'Deepak': ['Dipak'], 'Sudhir': ['Sudheer'],
    'Mahavir': ['Mahaveer'], 'Ritesh': ['Reetesh'], 'Rupesh': ['Roopesh'], 'Sumit': ['Sumeet'],
    'Ravi Shankar': ['Ravishankar'], 'Ram Prakash': ['Ramprakash'], 'Amrut': ['Amrit'], 'Hasmukh': ['Hasmukhlal'],
    'Kirit': ['Kiritkumar'], 'Bharat': ['Bharatkumar'], 'Vimal': ['Vimalkumar'], 'Yogesh': ['Yogeshkumar'],
    'Sreekumar': ['Srikumar'], 'Latheef': ['Latif', 'Lateef'], 'Shafeeq': ['Shafiq'], 'Noushad': ['Naushad'],
    'Unnikrishnan': ['Unni Krishnan'], 'Sajeev': ['Sajiv'], 'Tomy': ['Tommy'], 'Vasanth': ['Vasant'],
    'Shivanand': ['Shivananda'], 'Veeresh': ['Viresh'], 'Ujwala': ['Ujjwala'], 'Snehal': ['Snehall'],
}
FAM_VAR = {
    'Sharma': ['Sarma'], 'Shaikh': ['Sheikh', 'Shaik', 'Shekh'], 'Sayyed': ['Syed', 'Saiyed', 'Sayed'],
    'Qureshi': ['Kureshi'], 'Jadhav': ['Jadhao'], 'Pawar': ['Powar'], 'Bhosale': ['Bhosle', 'Bhonsale'],
    'Gaikwad': ['Gayakwad', 'Gaekwad'], 'Salunkhe': ['Salunke'], 'Walunj': ['Walunje'], 'Khandare': ['Khandre'],
    'Paranjape': ['Paranjpe'], 'Wadekar': ['Vadekar'], 'Mhatre': ['Mhatare'], 'Parikh': ['Parekh'],
    'Sheth': ['Shet', 'Seth'], 'Thakkar': ['Thakar'], 'Vaghela': ['Waghela'], 'Choksi': ['Chokshi'],
    'Vora': ['Vohra'], 'Agarwal': ['Agrawal', 'Aggarwal'], 'Chordia': ['Chordiya', 'Choradia'],
    'Lunawat': ['Lunavat'], 'Bothra': ['Bothara'], 'Maheshwari': ['Maheswari'], 'Shetty': ['Shetti'],
    'Hegde': ['Hegade', 'Heggade'], 'Gowda': ['Gouda'], 'Murthy': ['Murty', 'Moorthy'], 'Kamath': ['Kamat'],
    'Reddy': ['Reddi'], 'Chaurasia': ['Chourasia', 'Chaurasiya'], 'Tiwari': ['Tiwary', 'Tewari'],
    'Mishra': ['Misra'], 'Pandey': ['Pande'], 'Dubey': ['Dube'], 'Maurya': ['Mourya'], 'Fernandes': ['Fernandez'],
    'Rodrigues': ['Rodriguez'], 'Gonsalves': ['Goncalves'], 'Nair': ['Nayar'], 'Kurian': ['Kuriyan'],
    'Varghese': ['Verghese'], 'Mathew': ['Mathews'], 'Chaudhari': ['Chaudhary', 'Choudhari'],
    'Sonawane': ['Sonavane'], 'Kamble': ['Kambale'], 'Ingale': ['Ingle'], 'Katariya': ['Kataria'],
    'Kankariya': ['Kankaria'], 'Poojary': ['Pujari'], 'Biradar': ['Biradara'], 'Mujawar': ['Mujavar'],
    'Pinjari': ['Pinjara'], 'Siddiqui': ['Siddiqi'], 'Srivastava': ['Shrivastava'], 'Upadhyay': ['Upadhyaya'],
    'Vishwakarma': ['Vishvakarma'], 'Jaiswal': ['Jayaswal'], 'Ruparelia': ['Ruparel'], 'Sutariya': ['Sutaria'],
    'Savaliya': ['Savalia'], 'Kakadia': ['Kakadiya'], 'Bhalodia': ['Bhalodiya'],
}
NICK = {
    'Rajendra': ['Raju'], 'Rajesh': ['Raju'], 'Dattatray': ['Datta'], 'Balasaheb': ['Bala', 'Balu'],
    'Venkatesh': ['Venky'], 'Srinivas': ['Srini', 'Seenu'], 'Raghavendra': ['Raghu'], 'Chandrashekar': ['Chandru'],
    'Shivakumar': ['Shiva'], 'Basavaraj': ['Basu'], 'Abhijit': ['Abhi'], 'Jitendra': ['Jitu'],
    'Narendra': ['Naru'], 'Vijay': ['Viju'], 'Santosh': ['Santu'], 'Dnyaneshwar': ['Dnyanesh', 'Mauli'],
    'Shrikant': ['Shri'], 'Chandrakant': ['Chandu'], 'Suryakant': ['Surya'], 'Ramchandra': ['Ram'],
    'Abdul Rahman': ['Rahman'], 'Muralidhar': ['Murali'], 'Ravi Shankar': ['Ravi'], 'Yashwant': ['Yash'],
    'Pandurang': ['Pandu'], 'Sadashiv': ['Sada'], 'Anthony': ['Tony'], 'Joseph': ['Joe'], 'Francis': ['Frank'],
    'Mallikarjun': ['Mallik'], 'Manjunath': ['Manju'], 'Unnikrishnan': ['Unni'], 'Sreekumar': ['Sree'],
    'Mohammed Ali': ['Ali'], 'Hasmukh': ['Hasu'], 'Natwarlal': ['Natu'], 'Maganlal': ['Magan'],
    'Rajnikant': ['Rajni'], 'Bhavesh': ['Bhavu'], 'Abdul Rahim': ['Rahim'], 'Abdul Karim': ['Karim'],
    'Subramanian': ['Subbu', 'Mani'], 'Balasubramanian': ['Balu'], 'Ramachandran': ['Ramu'],
    'Krishnan': ['Kittu'], 'Vasanthi': ['Vasu'], 'Madhukar': ['Madhu'], 'Hanumanthappa': ['Hanumanth'],
    'Mahadevappa': ['Mahadev'], 'Ganesh': ['Ganu'], 'Ashwini': ['Ashu'], 'Supriya': ['Supi'],
    'Sandeep': ['Sandy'], 'Ravindra': ['Ravi'], 'Mahendra': ['Mahi'], 'Dharmendra': ['Dharmu'], 'Hitesh': ['Hitu'],
    'Jignesh': ['Jigu'], 'Venkatesan': ['Venky'], 'Srinivasan': ['Srini', 'Cheenu'], 'Vishwas': ['Vishu'],
    'Sambhaji': ['Shambhu'], 'Ramesh': ['Ramu'], 'Gururaj': ['Guru'], 'Nagaraj': ['Nagu'], 'Veeresh': ['Veeru'],
    'Karthik': ['Karthi'], 'Rajagopal': ['Gopal'], 'Natarajan': ['Nataraj'], 'Ravichandran': ['Ravi'],
    'Kamlesh': ['Kamu'], 'Mukesh': ['Mukku'], 'Prashant': ['Prashu'], 'Abhay': ['Abhi'], 'Shailesh': ['Shailu'],
    'Mangesh': ['Mangya'], 'Pravin': ['Pravya'], 'Sunil': ['Sunny'], 'Vinod': ['Vinu'], 'Yogesh': ['Yogi'],
    'Shivakumar': ['Shiva'], 'Sreekumar': ['Sree'], 'Jayakumar': ['Jayan'], 'Sajeev': ['Saju'], 'Ibrahim': ['Ibbu'],
    'Ismail': ['Ismu'], 'Rizwan': ['Rizu'], 'Iqbal': ['Iqbu'], 'Pramod': ['Pammi'], 'Rajiv': ['Raju'],
    'Ramchandra': ['Ram', 'Ramu'], 'Dattatray': ['Datta', 'Dattu'], 'Chandrashekar': ['Chandru', 'Chandu'],
    'Sushila': ['Sushi'], 'Jyotsna': ['Jyotsu'], 'Meenakshi': ['Meenu'], 'Pallavi': ['Pallu'], 'Priya': ['Piu'],
}
PROF_TITLES = [('Dr.', 5), ('Er.', 4), ('Adv.', 2), ('CA', 1)]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
# key, state, city forms, STD code (without 0), weight, language, localities [(forms, pin, industrial)],
# streets (str or list of forms), towns (localities that can stand in the city field)
CITY_ROWS = [
    ('pune', 'MH', ['Pune', 'Poona', 'Pune City'], '20', 30, 'mr',
     [(['Kothrud'], '411038', 0), (['Shivajinagar', 'Shivaji Nagar'], '411005', 0), (['Budhwar Peth'], '411002', 0),
      (['Raviwar Peth', 'Ravivar Peth'], '411002', 0), (['Kasba Peth'], '411011', 0), (['Narayan Peth'], '411030', 0),
      (['Sadashiv Peth'], '411030', 0), (['Hadapsar'], '411028', 0),
      (['Hadapsar Industrial Estate', 'Hadapsar Indl. Estate', 'Hadapsar I.E.'], '411013', 1),
      (['Kondhwa Budruk', 'Kondhwa Bk.', 'Kondhwa'], '411048', 0), (['Bibwewadi'], '411037', 0),
      (['Market Yard', 'Marketyard'], '411037', 0), (['Swargate'], '411042', 0), (['Wakad'], '411057', 0),
      (['Baner'], '411045', 0), (['Aundh'], '411007', 0), (['Yerawada', 'Yerwada'], '411006', 0),
      (['Pune Camp', 'Camp'], '411001', 0), (['Dhayari'], '411041', 0), (['Katraj'], '411046', 0),
      (['Warje'], '411058', 0), (['Karve Nagar', 'Karvenagar'], '411052', 0), (['Viman Nagar', 'Vimannagar'], '411014', 0),
      (['Kharadi'], '411014', 0), (['Wagholi'], '412207', 0), (['Mundhwa'], '411036', 0), (['Erandwane'], '411004', 0),
      (['Ganesh Peth'], '411002', 0), (['Gultekdi Industrial Estate', 'Gultekdi Indl. Estate', 'Gultekdi'], '411037', 1),
      (['Dhanori'], '411015', 0)],
     ['Karve Road', 'Paud Road', 'Laxmi Road', 'Tilak Road', 'Bajirao Road', ['Jangli Maharaj Road', 'J.M. Road', 'JM Road'],
      ['Fergusson College Road', 'F.C. Road', 'FC Road'], 'Nagar Road', 'Solapur Road', 'Satara Road', 'Sinhagad Road',
      'Baner Road', 'Station Road', 'Kumthekar Road', 'Shivaji Road', 'Kelkar Road',
      ['Mumbai-Bengaluru Highway', 'Mumbai-Bangalore Highway', 'Mumbai Bangalore Bypass'], 'Bund Garden Road',
      'Dhole Patil Road', 'Prabhat Road', 'Alandi Road', 'Market Yard Road'],
     ['Hadapsar', 'Wagholi', 'Kharadi']),
    ('pcmc', 'MH', ['Pimpri-Chinchwad', 'Pimpri Chinchwad', 'PCMC', 'Pune'], '20', 8, 'mr',
     [(['Bhosari MIDC', 'MIDC Bhosari', 'M.I.D.C. Bhosari'], '411026', 1), (['Bhosari'], '411039', 0),
      (['Pimpri'], '411018', 0), (['Chinchwad'], '411019', 0), (['Nigdi'], '411044', 0), (['Akurdi'], '411035', 0),
      (['Chikhali'], '411062', 0), (['Moshi'], '412105', 0), (['Thergaon'], '411033', 0), (['Sangvi'], '411027', 0),
      (['Kasarwadi'], '411034', 0), (['Pimpri MIDC', 'MIDC Pimpri', 'Pimpri Industrial Area'], '411018', 1),
      (['Chinchwad MIDC', 'MIDC Chinchwad', 'Chinchwad Industrial Area'], '411019', 1),
      (['Kudalwadi, Chikhali', 'Kudalwadi'], '411062', 1)],
     [['Old Mumbai-Pune Highway', 'Old Pune-Mumbai Highway', 'Mumbai-Pune Road'], 'Telco Road', 'Spine Road',
      'Nashik Phata Road', 'Link Road', 'Station Road', 'Kalewadi Main Road', 'Dehu Road', 'Chakan Road'],
     ['Pimpri', 'Chinchwad', 'Bhosari', 'Nigdi', 'Akurdi', 'Chikhali', 'Moshi']),
    ('chakan', 'MH', ['Chakan', 'Chakan, Tal. Khed'], '2135', 2, 'mr',
     [(['Chakan MIDC', 'MIDC Chakan', 'Chakan Industrial Area'], '410501', 1), (['Chakan'], '410501', 0),
      (['Mahalunge'], '410501', 1)],
     ['Pune-Nashik Highway', 'Talegaon Road', 'Ambethan Road'], []),
    ('talegaon', 'MH', ['Talegaon Dabhade', 'Talegaon'], '2114', 1, 'mr',
     [(['Talegaon MIDC', 'MIDC Talegaon'], '410507', 1), (['Talegaon Station', 'Talegaon Stn.'], '410507', 0),
      (['Talegaon Gaon'], '410506', 0)],
     ['Station Road', 'Chakan Road', 'Old Mumbai-Pune Highway'], []),
    ('baramati', 'MH', ['Baramati'], '2112', 1, 'mr',
     [(['Baramati MIDC', 'MIDC Baramati'], '413133', 1), (['Bhigwan Road'], '413102', 0), (['Baramati'], '413102', 0)],
     ['Bhigwan Road', 'Indapur Road', 'Station Road'], []),
    ('mumbai', 'MH', ['Mumbai', 'Bombay', 'Greater Mumbai'], '22', 10, 'mr',
     [(['Lamington Road', 'Grant Road (East)'], '400007', 0), (['Lohar Chawl'], '400002', 0),
      (['Masjid Bunder', 'Masjid Bunder (East)'], '400009', 0), (['Kalbadevi'], '400002', 0),
      (['Dadar (West)', 'Dadar West', 'Dadar (W)'], '400028', 0), (['Dadar (East)', 'Dadar East', 'Dadar (E)'], '400014', 0),
      (['Andheri (East)', 'Andheri East', 'Andheri (E)'], '400069', 0),
      (['MIDC Andheri (East)', 'Andheri MIDC', 'M.I.D.C., Andheri (E)'], '400093', 1),
      (['Goregaon (East)', 'Goregaon East', 'Goregaon (E)'], '400063', 0),
      (['Malad (West)', 'Malad West', 'Malad (W)'], '400064', 0),
      (['Borivali (West)', 'Borivali West', 'Borivali (W)'], '400092', 0),
      (['Kandivali (East)', 'Kandivali East', 'Kandivali (E)'], '400101', 0),
      (['Kurla (West)', 'Kurla West', 'Kurla (W)'], '400070', 0), (['Chembur'], '400071', 0),
      (['Ghatkopar (West)', 'Ghatkopar West', 'Ghatkopar (W)'], '400086', 0),
      (['Vikhroli (West)', 'Vikhroli West', 'Vikhroli (W)'], '400083', 0),
      (['Bhandup (West)', 'Bhandup West', 'Bhandup (W)'], '400078', 0),
      (['Mulund (West)', 'Mulund West', 'Mulund (W)'], '400080', 0), (['Sion'], '400022', 0),
      (['Lower Parel'], '400013', 0), (['Byculla'], '400027', 0), (['Saki Naka', 'Sakinaka'], '400072', 1),
      (['Marol', 'Marol Naka'], '400059', 1)],
     ['Lamington Road', ['Swami Vivekanand Road', 'S.V. Road', 'SV Road'], ['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'],
      'Andheri-Kurla Road', 'Mahakali Caves Road', 'New Link Road', 'Dr. Ambedkar Road', 'Senapati Bapat Marg',
      ['N. M. Joshi Marg', 'N.M. Joshi Marg'], 'Station Road', 'Veer Savarkar Marg', 'Ranade Road', 'Gokhale Road',
      'Abdul Rehman Street', 'Narshi Natha Street', ['Western Express Highway', 'W.E. Highway', 'WEH'],
      'Saki Vihar Road', 'Jawahar Road', 'Carnac Road'],
     []),
    ('thane', 'MH', ['Thane', 'Thana'], '22', 4, 'mr',
     [(['Wagle Estate', 'Wagle Industrial Estate', 'Wagle Ind. Estate'], '400604', 1), (['Naupada'], '400602', 0),
      (['Thane (West)', 'Thane West', 'Thane (W)'], '400601', 0), (['Kolshet Road'], '400607', 1),
      (['Majiwada'], '400601', 0), (['Kopri'], '400603', 0)],
     ['Ghodbunder Road', 'Pokhran Road No. 2', 'Gokhale Road', 'Station Road', 'Road No. 16', 'L.B.S. Marg'], []),
    ('navimumbai', 'MH', ['Navi Mumbai', 'New Mumbai', 'New Bombay'], '22', 3, 'mr',
     [(['Vashi'], '400703', 0), (['Turbhe MIDC', 'MIDC Turbhe', 'TTC Industrial Area, Turbhe'], '400705', 1),
      (['Nerul'], '400706', 0), (['Rabale MIDC', 'MIDC Rabale'], '400701', 1), (['Kopar Khairane'], '400709', 0),
      (['Mahape MIDC', 'MIDC Mahape'], '400710', 1)],
     ['Palm Beach Road', 'Thane-Belapur Road', 'Sector 17 Main Road', 'Sion-Panvel Highway'],
     ['Vashi', 'Nerul']),
    ('bhiwandi', 'MH', ['Bhiwandi'], '2522', 1.5, 'mr',
     [(['Narpoli'], '421302', 0), (['Anjur Phata'], '421302', 0), (['Kalher'], '421302', 1), (['Gaibi Nagar'], '421302', 0)],
     ['Kalyan Road', 'Agra Road', 'Mumbai-Nashik Highway'], []),
    ('kalyan', 'MH', ['Kalyan', 'Kalyan (W)'], '251', 1.5, 'mr',
     [(['Kalyan (West)', 'Kalyan West'], '421301', 0), (['Dombivli MIDC', 'MIDC Dombivli (E)'], '421203', 1),
      (['Dombivli (East)', 'Dombivli East'], '421201', 0)],
     ['Station Road', 'Murbad Road', 'Shil Road', 'Manpada Road'], []),
    ('nashik', 'MH', ['Nashik', 'Nasik'], '253', 4, 'mr',
     [(['Satpur MIDC', 'MIDC Satpur', 'Satpur Industrial Area'], '422007', 1),
      (['Ambad MIDC', 'MIDC Ambad', 'Ambad Industrial Area'], '422010', 1), (['Nashik Road'], '422101', 0),
      (['Panchavati'], '422003', 0), (['College Road'], '422005', 0), (['Main Road, Ravivar Karanja', 'Ravivar Karanja'], '422001', 0),
      (['Cidco', 'CIDCO'], '422008', 0), (['Dwarka'], '422011', 0)],
     ['Trimbak Road', 'Gangapur Road', ['Mumbai-Agra Highway', 'Mumbai-Agra Road'], 'Sharanpur Road', 'Old Agra Road',
      'Dwarka Road', 'Pathardi Road'], []),
    ('aurangabad', 'MH', ['Aurangabad', 'Chhatrapati Sambhajinagar', 'Aurangabad (MS)'], '240', 3, 'mr',
     [(['Waluj MIDC', 'MIDC Waluj', 'Waluj Industrial Area'], '431136', 1),
      (['Chikalthana MIDC', 'MIDC Chikalthana'], '431006', 1), (['Osmanpura'], '431005', 0), (['CIDCO N-5', 'Cidco N5'], '431003', 0),
      (['Gulmandi'], '431001', 0), (['Shahganj'], '431001', 0)],
     ['Jalna Road', 'Adalat Road', 'Station Road', 'Paithan Road', 'Beed Bypass Road'], []),
    ('kolhapur', 'MH', ['Kolhapur'], '231', 2.5, 'mr',
     [(['Shiroli MIDC', 'MIDC Shiroli'], '416122', 1), (['Gokul Shirgaon MIDC', 'Gokul Shirgaon'], '416234', 1),
      (['Rajarampuri'], '416008', 0), (['Shahupuri'], '416001', 0), (['Laxmipuri'], '416002', 0),
      (['Shivaji Udyamnagar', 'Udyamnagar'], '416008', 1)],
     ['Station Road', 'Tarabai Road', 'Mahadwar Road', 'Pune-Bengaluru Highway'], []),
    ('sangli', 'MH', ['Sangli'], '233', 1.5, 'mr',
     [(['Sangli'], '416416', 0), (['Kupwad MIDC', 'MIDC Kupwad'], '416436', 1), (['Vishrambag'], '416415', 0),
      (['Ganpati Peth'], '416416', 0)],
     ['Station Road', 'Miraj Road', 'Sangli-Miraj Road'], []),
    ('satara', 'MH', ['Satara'], '2162', 1.5, 'mr',
     [(['Satara'], '415001', 0), (['MIDC Satara', 'Satara MIDC'], '415004', 1), (['Sadar Bazar'], '415001', 0)],
     ['Powai Naka Road', 'Rajwada Road', 'Pune-Bengaluru Highway'], []),
    ('solapur', 'MH', ['Solapur', 'Sholapur'], '217', 1.5, 'mr',
     [(['Navi Peth'], '413001', 0), (['Akkalkot Road MIDC', 'MIDC Akkalkot Road'], '413006', 1), (['Hotgi Road'], '413003', 0)],
     ['Railway Lines', 'Akkalkot Road', 'Hotgi Road', 'Station Road'], []),
    ('ahmednagar', 'MH', ['Ahmednagar', 'Ahilyanagar', 'Nagar'], '241', 1.5, 'mr',
     [(['Maliwada'], '414001', 0), (['Ahmednagar MIDC', 'MIDC Nagar'], '414111', 1), (['Savedi'], '414003', 0)],
     ['Station Road', 'Manmad Road', 'Pune Road'], []),
    ('nagpur', 'MH', ['Nagpur'], '712', 1, 'mr',
     [(['Itwari'], '440002', 0), (['Sitabuldi'], '440012', 0), (['Hingna MIDC', 'MIDC Hingna'], '440016', 1),
      (['Butibori MIDC', 'MIDC Butibori'], '441122', 1)],
     ['Central Avenue', 'Wardha Road', 'Amravati Road'], []),
    ('ahmedabad', 'GJ', ['Ahmedabad', 'Amdavad', 'Ahmadabad'], '79', 5.5, 'gu',
     [(['Relief Road'], '380001', 0), (['Gandhi Road'], '380001', 0), (['Naroda GIDC', 'GIDC Naroda'], '382330', 1),
      (['Vatva GIDC', 'GIDC Vatva'], '382445', 1), (['Odhav GIDC', 'GIDC Odhav'], '382415', 1), (['Navrangpura'], '380009', 0),
      (['Maninagar'], '380008', 0), (['Bapunagar'], '380024', 0), (['Naranpura'], '380013', 0), (['Satellite'], '380015', 0),
      (['Kalupur'], '380001', 0), (['Bopal'], '380058', 0), (['Chandkheda'], '382424', 0)],
     ['Relief Road', 'Ashram Road', ['C.G. Road', 'CG Road', 'Chimanlal Girdharlal Road'], ['S.G. Highway', 'SG Highway', 'Sarkhej-Gandhinagar Highway'],
      'Gandhi Road', 'Tilak Road', 'Naroda Road', ['132 Feet Ring Road', '132 Ft. Ring Road'], 'Drive-In Road', 'Satellite Road'], []),
    ('surat', 'GJ', ['Surat'], '261', 3, 'gu',
     [(['Ring Road'], '395002', 0), (['Udhna'], '394210', 0), (['Sachin GIDC', 'GIDC Sachin'], '394230', 1),
      (['Katargam'], '395004', 0), (['Varachha'], '395006', 0), (['Adajan'], '395009', 0),
      (['Pandesara GIDC', 'GIDC Pandesara'], '394221', 1), (['Athwa Lines', 'Athwalines'], '395001', 0)],
     ['Ring Road', 'Station Road', 'Udhna Main Road', 'Varachha Road', 'Ghod Dod Road'], ['Udhna']),
    ('vadodara', 'GJ', ['Vadodara', 'Baroda'], '265', 2.5, 'gu',
     [(['Makarpura GIDC', 'GIDC Makarpura'], '390010', 1), (['Raopura'], '390001', 0), (['Alkapuri'], '390007', 0),
      (['Gorwa'], '390016', 0), (['Karelibaug'], '390018', 0), (['Manjalpur'], '390011', 0)],
     [['R.C. Dutt Road', 'RC Dutt Road'], 'Old Padra Road', 'Makarpura Road', 'Station Road', 'Race Course Road'], []),
    ('rajkot', 'GJ', ['Rajkot'], '281', 2, 'gu',
     [(['Aji GIDC', 'Aji Industrial Area'], '360003', 1), (['Bhaktinagar'], '360002', 0), (['Gondal Road'], '360004', 0),
      (['Shapar Veraval', 'Shapar'], '360024', 1), (['Kalawad Road'], '360005', 0), (['Dhebar Road'], '360001', 0)],
     ['Gondal Road', 'Kalawad Road', 'Dhebar Road', '150 Feet Ring Road', 'Station Road'], []),
    ('vapi', 'GJ', ['Vapi'], '260', 1, 'gu',
     [(['GIDC Vapi', 'Vapi GIDC'], '396195', 1), (['Vapi Town'], '396191', 0), (['Chala'], '396191', 0)],
     ['Daman Road', 'Station Road', 'National Highway No. 48'], []),
    ('ankleshwar', 'GJ', ['Ankleshwar', 'Anklesvar'], '2646', 0.7, 'gu',
     [(['GIDC Ankleshwar', 'Ankleshwar GIDC'], '393002', 1), (['Ankleshwar'], '393001', 0)],
     ['Old National Highway', 'Station Road'], []),
    ('bharuch', 'GJ', ['Bharuch', 'Broach'], '2642', 0.5, 'gu',
     [(['Bharuch'], '392001', 0), (['Zadeshwar'], '392011', 0)], ['Station Road', 'Zadeshwar Road'], []),
    ('anand', 'GJ', ['Anand'], '2692', 0.5, 'gu',
     [(['Anand'], '388001', 0), (['Vallabh Vidyanagar', 'V.V. Nagar'], '388120', 0),
      (['Vithal Udyognagar GIDC', 'Vitthal Udyognagar'], '388121', 1)],
     ['Station Road', 'Anand-Vidyanagar Road'], []),
    ('jamnagar', 'GJ', ['Jamnagar'], '288', 0.5, 'gu',
     [(['Jamnagar'], '361001', 0), (['Udyognagar GIDC', 'GIDC Udyognagar'], '361004', 1), (['Shankar Tekri'], '361004', 1)],
     ['Bedi Bunder Road', 'Station Road'], []),
    ('bengaluru', 'KA', ['Bengaluru', 'Bangalore', 'Bangalore Urban', "B'lore"], '80', 8, 'kn',
     [(['S.P. Road', 'SP Road'], '560002', 0), (['Chickpet', 'Chikpet'], '560053', 0), (['Avenue Road'], '560002', 0),
      (['Peenya Industrial Area', 'Peenya Ind. Area', 'Peenya 2nd Stage'], '560058', 1), (['Rajajinagar'], '560010', 0),
      (['Rajajinagar Industrial Town', 'Rajajinagar Ind. Town'], '560044', 1), (['Jayanagar'], '560011', 0),
      (['Whitefield'], '560066', 0), (['Yeshwanthpur', 'Yeshwantpur'], '560022', 0),
      (['Bommasandra Industrial Area', 'Bommasandra Ind. Area'], '560099', 1), (['Electronic City', 'Electronics City'], '560100', 1),
      (['Malleshwaram', 'Malleswaram'], '560003', 0), (['Basavanagudi'], '560004', 0), (['Kengeri'], '560060', 0),
      (['Hebbal'], '560024', 0), (['Banashankari'], '560070', 0), (['Vijayanagar'], '560040', 0),
      (['K.R. Puram', 'KR Puram'], '560036', 0)],
     ['@KA', '@KA', ['S.P. Road', 'SP Road'], 'Avenue Road', 'Tumkur Road', 'Old Madras Road', 'Hosur Road', 'Mysore Road',
      ['Dr. Rajkumar Road', 'Dr Rajkumar Road'], 'Bellary Road', 'Kanakapura Road', 'Sampige Road', ['80 Feet Road', '80 Ft Road']],
     []),
    ('hubballi', 'KA', ['Hubballi', 'Hubli', 'Hubli-Dharwad'], '836', 2, 'kn',
     [(['Gokul Road'], '580030', 0), (['Durgadbail'], '580020', 0), (['Tarihal Industrial Area', 'Tarihal Ind. Area'], '580026', 1),
      (['Keshwapur'], '580023', 0), (['Vidyanagar'], '580031', 0)],
     ['@KA', 'Station Road', 'Koppikar Road', 'Gokul Road', 'P.B. Road'], []),
    ('belagavi', 'KA', ['Belagavi', 'Belgaum'], '831', 1.5, 'kn',
     [(['Tilakwadi'], '590006', 0), (['Udyambag'], '590008', 1), (['Khade Bazar'], '590001', 0), (['Shahapur'], '590003', 0),
      (['Macche Industrial Area', 'Machhe Ind. Area'], '590014', 1)],
     ['@KA', 'Khanapur Road', 'College Road', 'Congress Road'], []),
    ('mysuru', 'KA', ['Mysuru', 'Mysore'], '821', 1, 'kn',
     [(['Devaraja Mohalla'], '570001', 0), (['Hebbal Industrial Area', 'Hebbal Ind. Area'], '570016', 1),
      (['Vijayanagar 2nd Stage', 'Vijayanagar II Stage'], '570017', 0), (['Saraswathipuram'], '570009', 0)],
     ['@KA', 'Sayyaji Rao Road', 'Hunsur Road', 'Bannur Road'], []),
    ('mangaluru', 'KA', ['Mangaluru', 'Mangalore'], '824', 1, 'kn',
     [(['Bunder'], '575001', 0), (['Baikampady Industrial Area', 'Baikampady Ind. Area'], '575011', 1),
      (['Kankanady'], '575002', 0), (['Hampankatta'], '575001', 0)],
     ['@KA', 'Market Road', 'Falnir Road', 'Kankanady Road'], []),
    ('kalaburagi', 'KA', ['Kalaburagi', 'Gulbarga'], '8472', 0.5, 'kn',
     [(['Super Market'], '585101', 0), (['Kapnoor Industrial Area', 'Kapnoor'], '585104', 1)],
     ['@KA', 'Station Road', 'Sedam Road'], []),
    ('davanagere', 'KA', ['Davanagere', 'Davangere'], '8192', 0.5, 'kn',
     [(['P.J. Extension', 'PJ Extension'], '577002', 0), (['KIADB Industrial Area', 'KIADB Ind. Area'], '577006', 1)],
     ['@KA', 'Hadadi Road', 'P.B. Road'], []),
    ('dubai', 'DU', ['Dubai'], '4', 0, 'ae',
     [(['Deira'], '', 0), (['Al Ras, Deira', 'Al Ras'], '', 0), (['Naif, Deira', 'Naif'], '', 0), (['Bur Dubai'], '', 0),
      (['Al Quoz Industrial Area 3', 'Al Quoz Ind. Area 3', 'Al Quoz 3'], '', 1),
      (['Al Qusais Industrial Area 2', 'Al Qusais Ind. Area 2'], '', 1), (['Jebel Ali Free Zone', 'JAFZA'], '', 1),
      (['Ras Al Khor Industrial Area 2', 'Ras Al Khor Ind. Area 2'], '', 1)],
     ['Naif Road', 'Al Rigga Street', 'Sheikh Zayed Road', 'Al Khail Road', 'Damascus Street', 'Baniyas Road', 'Al Musalla Road'], []),
    ('sharjah', 'SH', ['Sharjah'], '6', 0, 'ae',
     [(['Industrial Area 6', 'Ind. Area 6'], '', 1), (['Industrial Area 13', 'Ind. Area 13'], '', 1), (['Rolla'], '', 0),
      (['Al Nahda'], '', 0), (['Al Majaz'], '', 0)],
     ['Al Wahda Street', 'King Faisal Street', 'Al Arouba Street', 'Maliha Road'], []),
    ('abudhabi', 'AD', ['Abu Dhabi'], '2', 0, 'ae',
     [(['Mussafah Industrial Area', 'Mussafah', 'M-14, Mussafah'], '', 1), (['Hamdan Street'], '', 0),
      (['Al Khalidiya', 'Khalidiya'], '', 0), (['Tourist Club Area'], '', 0)],
     ['Hamdan Bin Mohammed Street', 'Electra Street', 'Khalifa Street'], []),
    ('ajman', 'AJ', ['Ajman'], '6', 0, 'ae',
     [(['Al Jurf Industrial Area', 'Al Jurf Ind. Area'], '', 1), (['Al Nuaimiya'], '', 0)],
     ['Sheikh Khalifa Bin Zayed Street', 'Al Ittihad Street'], []),
]
CITY = {}
for _row in CITY_ROWS:
    CITY[_row[0]] = {'key': _row[0], 'state': _row[1], 'forms': _row[2], 'std': _row[3], 'w': _row[4],
                     'lang': _row[5], 'locs': _row[6], 'streets': _row[7], 'towns': _row[8]}
INDIA_CITY_WEIGHTS = [(k, CITY[k]['w']) for k in CITY if CITY[k]['w'] > 0]
UAE_CITY_WEIGHTS = [('dubai', 55), ('sharjah', 25), ('abudhabi', 12), ('ajman', 8)]
STATE_FORMS = {
    'MH': ['Maharashtra', 'MH', 'Maharastra', 'Maha.'], 'GJ': ['Gujarat', 'GJ', 'Gujrat', 'Guj.'],
    'KA': ['Karnataka', 'KA', 'Karnatak', 'Kar.'], 'DU': ['Dubai', 'DXB'], 'SH': ['Sharjah', 'SHJ'],
    'AD': ['Abu Dhabi', 'AUH'], 'AJ': ['Ajman', 'AJM'],
}
COUNTRY_FORMS = {'IN': ['India', 'IN', 'INDIA'], 'AE': ['United Arab Emirates', 'AE', 'UAE', 'U.A.E.']}


def state_of(city_key):
    return CITY[city_key]['state']


def country_of(city_key):
    return 'AE' if CITY[city_key]['lang'] == 'ae' else 'IN'


def macro_state(city_key):
    st = state_of(city_key)
    return 'AE' if st in ('DU', 'SH', 'AD', 'AJ') else st


BLDG_NAMES = {
    'mr': ['Sai Krupa', 'Ganesh Krupa', 'Shiv Krupa', 'Matru Chhaya', 'Datta Niwas', 'Laxmi Niwas', 'Gajanan',
           'Sai Sadan', 'Om Shanti', 'Shivneri', 'Sahyadri', 'Rajgad', 'Vrundavan', 'Gokul', 'Suyash',
           'Saptashrungi', 'Panchavati', 'Ashirwad', 'Pushpak', 'Mangalmurti', 'Chintamani', 'Yashoda',
           'Dnyanesh', 'Parijat', 'Mayur', 'Kasturi', 'Sankalp', 'Shubham', 'Amrut', 'Tulsi', 'Kamdhenu',
           'Samarth', 'Vinayak', 'Mauli', 'Akshay', 'Siddhivinayak', 'Omkar', 'Swanand', 'Shree Ram', 'Vitthal Krupa',
           'Aai', 'Sukhsagar', 'Jai Bhavani', 'Prathamesh', 'Ganga', 'Godavari', 'Indrayani', 'Trimurti'],
    'gu': ['Shreeji', 'Shivam', 'Sunrise', 'Shaligram', 'Swastik', 'Sardar', 'Mahavir', 'Parshwanath', 'Ambika',
           'Umiya', 'Krishna', 'Shanti', 'Rajhans', 'Sahjanand', 'Narayan', 'Sanskar', 'Dev', 'Sarthi', 'Aaryan',
           'Madhav', 'Gokuldham', 'Pramukh', 'Akshar', 'Siddhi', 'Maruti', 'Nilkanth', 'Radhe', 'Jalaram',
           'Samruddhi', 'Harikrupa', 'Arihant', 'Navrang'],
    'kn': ['Sri Lakshmi', 'Manjunatha', 'Sri Sai', 'Venkateshwara', 'Raghavendra', 'Vinayaka', 'Annapoorna',
           'Kaveri', 'Tunga', 'Brindavan', 'Basava', 'Chamundi', 'Nandi', 'Sri Rama', 'Ganga', 'Shanthi',
           'Mahalakshmi', 'Surya', 'Sri Krishna', 'Balaji', 'Banashankari', 'Gokula', 'Ananda', 'Srinidhi',
           'Kalyani', 'Sapthagiri'],
    'ae': ['Al Noor', 'Al Safa', 'Gulf', 'Al Khaleej', 'Al Faris', 'Al Reem', 'Al Yasmeen', 'Al Bustan',
           'Al Waha', 'Al Sadaf', 'Al Mina', 'Al Nakheel', 'Golden Sands', 'Crystal', 'Al Marwa', 'Al Hilal',
           'Al Dana', 'Al Shams'],
}
BLDG_TYPES = {
    'mr': ['Building', 'Apartment', 'Complex', 'Plaza', 'Arcade', 'Heights', 'Chambers', 'Bhavan', 'Niwas',
           'Sankul', 'Residency', 'Commercial Complex', 'Shopping Centre', 'Market', 'Apartments', 'Tower', 'Chawl'],
    'gu': ['Complex', 'Arcade', 'Chambers', 'Plaza', 'Estate', 'Shopping Centre', 'Apartment', 'Avenue',
           'Business Hub', 'Trade Centre', 'Hub', 'Square', 'Tower', 'Flats'],
    'kn': ['Complex', 'Arcade', 'Towers', 'Building', 'Nilaya', 'Mansion', 'Plaza', 'Enclave', 'Chambers', 'Market'],
    'ae': ['Building', 'Tower', 'Centre', 'Plaza'],
}
IND_ESTATES = {
    'mr': ['Udyog Bhavan', 'Laghu Udyog', 'Shivshakti Industrial Estate', 'Sai Industrial Estate',
           'Jai Hind Industrial Estate', 'Sonawala Industrial Estate', 'Raj Industrial Complex'],
    'gu': ['Gopal Industrial Estate', 'Shreeji Industrial Estate', 'Swastik Industrial Park', 'Sardar Estate',
           'Umiya Industrial Estate', 'Jay Khodiyar Estate'],
    'kn': ['SSI Area', 'KSSIDC Industrial Estate', 'Shree Industrial Estate', 'Sri Venkateshwara Industrial Estate'],
    'ae': ['Warehouse Complex', 'Al Khail Warehouses', 'Star Warehouses'],
}
LANDMARK_OBJ = {
    'mr': ['Ganpati Mandir', 'Hanuman Mandir', 'Vitthal Mandir', 'Datta Mandir', 'Sai Baba Mandir', 'Maruti Mandir',
           'Railway Station', 'Bus Stand', 'S.T. Stand', 'Post Office', 'Petrol Pump', 'Water Tank', 'Police Chowki',
           'Municipal School', 'Bhaji Mandai', 'Shivaji Chowk', 'Ambedkar Chowk', 'Gandhi Chowk', 'Tilak Chowk',
           'Sambhaji Chowk', 'Civil Hospital', 'Tahsil Office', 'Railway Crossing', 'Flyover', 'Masjid',
           'Jain Mandir', 'Vegetable Market', 'Gram Panchayat Office', 'Hotel Sai Palace', 'Hotel Surabhi',
           'Shani Mandir', 'Khandoba Mandir'],
    'gu': ['Jalaram Mandir', 'Swaminarayan Mandir', 'Ambaji Mandir', 'Railway Station', 'Bus Stand', 'Post Office',
           'Petrol Pump', 'Water Tank', 'Police Chowky', 'Municipal School', 'Vegetable Market', 'Gandhi Baug',
           'Sardar Baug', 'Over Bridge', 'Jain Derasar', 'Masjid', 'Civil Hospital', 'Char Rasta', 'Chokdi'],
    'kn': ['Town Hall Circle', 'Bus Stand', 'Railway Station', 'Ganesha Temple', 'Anjaneya Temple',
           'Raghavendra Swamy Mutt', 'Post Office', 'Petrol Bunk', 'Water Tank', 'Police Station',
           'Government School', 'KSRTC Bus Stand', 'Market', 'Ring Road Junction', 'Masjid', 'Church',
           'Basaveshwara Circle'],
    'ae': ['Clock Tower', 'Gold Souk', 'Fish Market', 'Metro Station', 'Bus Station', 'Petrol Station', 'Masjid',
           'Fire Station', 'Municipality Office'],
}
LANDMARK_PREP = [('Near', 45), ('Opposite', 30), ('Behind', 12), ('Next to', 8), ('Beside', 5)]

MOB_PREFIX = {
    'MH': ['98220', '98221', '98222', '98230', '98231', '98500', '98501', '98810', '98811', '98900', '98901',
           '99600', '99601', '99700', '99701', '94220', '94221', '94230', '97630', '77090', '80070', '88880',
           '90110', '93250', '93730', '90490', '70200', '73870', '84840', '86000', '95450', '96570', '98600',
           '99750', '77200', '72760', '91580', '98190', '98200', '98210', '98330', '98670', '98920', '90040',
           '82910', '70450', '99200', '98690'],
    'GJ': ['98240', '98250', '98980', '98790', '94270', '94260', '99090', '99130', '76000', '88660', '97250',
           '99250', '98795', '90990', '63520', '70160', '78780', '95860'],
    'KA': ['98450', '94480', '94490', '98800', '98860', '99020', '99800', '97310', '97410', '80500', '70190',
           '63600', '96860', '99450', '81970', '74110', '88840', '90080'],
}

# ---------------------------------------------------------------------------
# Firm name material
# ---------------------------------------------------------------------------
DEV_PREFIX = {
    'shree': ['Shree', 'Shri', 'Sri', 'Shre', 'Sree'],
    'om': ['Om', 'Aum'],
    'jai': ['Jai', 'Jay'],
    'new': ['New'],
}
# devotional cores: (forms, allowed prefixes, languages)
DEV_CORES = [
    (['Ganesh', 'Ganesha'], ['shree', 'shree', None, 'jai', 'new'], 'mr gu kn'),
    (['Balaji'], ['shree', None, 'jai'], 'mr gu kn'),
    (['Mahalaxmi', 'Mahalakshmi', 'Maha Laxmi'], ['shree', None, 'new', 'jai'], 'mr gu kn'),
    (['Siddhivinayak', 'Siddhi Vinayak', 'Sidhivinayak'], ['shree', None], 'mr'),
    (['Gajanan', 'Gajanand'], ['shree', None, 'jai'], 'mr'),
    (['Swami Samarth', 'Swami Samartha'], ['shree', None], 'mr'),
    (['Datta', 'Dutta'], ['shree', None], 'mr'),
    (['Vitthal', 'Vithal'], ['shree', None, 'jai'], 'mr'),
    (['Tuljabhavani', 'Tulja Bhavani'], ['shree', 'jai'], 'mr'),
    (['Bhavani', 'Bhawani'], ['jai', 'shree'], 'mr'),
    (['Malhar'], ['jai'], 'mr'),
    (['Sai'], ['om', 'shree', None, 'jai'], 'mr gu kn'),
    (['Sai Ram', 'Sairam'], ['om', 'shree', None], 'mr kn'),
    (['Mata Di', 'Mataji'], ['jai'], 'mr gu'),
    (['Krishna', 'Krushna'], ['shree', None], 'mr gu'),
    (['Ram', 'Rama'], ['shree', 'jai'], 'mr gu kn'),
    (['Hanuman'], ['shree', 'jai'], 'mr gu'),
    (['Umiya'], ['shree', 'jai'], 'gu'),
    (['Khodiyar', 'Khodiar'], ['shree', 'jai'], 'gu'),
    (['Jalaram'], ['shree', 'jai'], 'gu'),
    (['Ambe', 'Ambey'], ['jai'], 'gu'),
    (['Shreeji', 'Shriji'], [None], 'gu'),
    (['Manjunatha', 'Manjunath'], ['shree'], 'kn'),
    (['Venkateshwara', 'Venkateswara'], ['shree'], 'kn'),
    (['Banashankari'], ['shree'], 'kn'),
    (['Chamundeshwari', 'Chamundi'], ['shree'], 'kn'),
    (['Raghavendra'], ['shree'], 'kn'),
    (['Renuka', 'Renukamba'], ['shree'], 'kn mr'),
    (['Mahavir', 'Mahaveer'], ['shree', None], 'mr gu kn'),
    (['Parshwanath', 'Parshvanath'], ['shree', None], 'mr gu'),
    (['Arihant', 'Arihanth'], [None, 'shree'], 'mr gu kn'),
    (['Navkar', 'Navakar'], [None, 'shree'], 'mr gu'),
    (['Padmavati', 'Padmavathi'], ['shree'], 'mr gu kn'),
    (['Laxmi Narayan', 'Lakshmi Narayan', 'Laxminarayan'], ['shree', None], 'mr gu kn'),
    (['Shiv Shakti', 'Shivshakti'], [None, 'jai', 'om'], 'mr gu'),
    (['Saptashrungi', 'Saptashringi'], ['shree', None], 'mr'),
    (['Ambika'], ['shree', 'jai'], 'mr gu'),
]
BRAND_CORES = [['Tejas'], ['Suryoday', 'Suryodaya'], ['Vidyut'], ['Jyoti', 'Jyothi'], ['Deep'], ['Kiran'], ['Roshni', 'Roshani'],
               ['Ujala'], ['Prabha'], ['Sunrise'], ['Kohinoor'], ['Star'], ['Bright'], ['Galaxy'], ['Modern'],
               ['National'], ['Royal'], ['Classic'], ['Perfect'], ['Unique'], ['Supreme'], ['Metro'], ['Deccan'],
               ['Sahyadri'], ['Konkan'], ['Godavari'], ['Narmada'], ['Sabarmati'], ['Kaveri', 'Cauvery'], ['Indrayani'],
               ['Western'], ['Apex'], ['Pinnacle'], ['Zenith'], ['Electrotech', 'Electro Tech'], ['Powerline', 'Power Line'],
               ['Lightway'], ['Shubh'], ['Mangal'], ['Anand'], ['Prakash'], ['Ujwal', 'Ujjwal'], ['Chetak'], ['Everest'],
               ['Himalaya'], ['Trimurti'], ['Swastik'], ['Omkar'], ['Yash'], ['Vijay'], ['Samarth'], ['Shivam'],
               ['Sanket'], ['Aditya'], ['Akash', 'Aakash'], ['Amar'], ['Unity'], ['Bharat'], ['Hind'], ['Sagar'],
               ['Nav Bharat', 'Navbharat'], ['Shakti'], ['Vishwa', 'Vishva'], ['Janata'], ['Pragati'], ['Siddhi'],
               ['Riddhi Siddhi', 'Ridhi Sidhi'], ['Mayur'], ['Chirag'], ['Tirupati', 'Tirupathi'], ['Dwarka', 'Dwarika'],
               ['Kamdhenu'], ['Paras'], ['Ratna'], ['Heera', 'Hira'], ['Suvarna'], ['Kalash'], ['Navratna'],
               ['Volt-Tech', 'Volttech'], ['Ampere'], ['Powermax', 'Power Max'], ['Electra'], ['Dynamic'],
               ['Precision'], ['Accurate'], ['Quality'], ['Excel'], ['Ace'], ['Alpha'], ['Orbit'], ['Vector'],
               ['Spark'], ['Flash'], ['Lumina'], ['Radiant'], ['Vertex'], ['Sigma'], ['Polar'], ['Saffron'],
               ['Pushpak'], ['Ganga'], ['Kalpak'], ['Vaibhav'], ['Vardhman', 'Vardhaman'], ['Yamuna'], ['Tapti', 'Tapi'],
               ['Mahi'], ['Sharavati'], ['Tunga'], ['Malaprabha'], ['Kanchan'], ['Nirmal'], ['Kaustubh'], ['Prism']]
INIT_CORES = [['S.K.', 'S. K.', 'SK'], ['R.K.', 'R. K.', 'RK'], ['M.J.', 'M. J.', 'MJ'], ['A.B.', 'A. B.', 'AB'],
              ['J.K.', 'J. K.', 'JK'], ['V.R.', 'V. R.', 'VR'], ['P.M.', 'P. M.', 'PM'], ['S.S.', 'S. S.', 'SS'],
              ['N.K.', 'N. K.', 'NK'], ['D.P.', 'D. P.', 'DP'], ['H.M.', 'H. M.', 'HM'], ['G.K.', 'G. K.', 'GK'],
              ['K.P.', 'K. P.', 'KP'], ['B.R.', 'B. R.', 'BR'], ['A.R.', 'A. R.', 'AR'], ['M.K.', 'M. K.', 'MK']]

TRADES = {
    'electricals': ['Electricals', 'Electrical', 'Elect.', 'Elec.'],
    'electric_stores': ['Electric Stores', 'Electric Store', 'Elec. Stores', 'Electrical Stores'],
    'electric_agencies': ['Electric Agencies', 'Electrical Agencies', 'Elec. Agencies', 'Electric Agency'],
    'electric_co': ['Electric Company', 'Electric Co.', 'Elec. Co.'],
    'electric_corp': ['Electric Corporation', 'Electric Corpn.', 'Elec. Corp.', 'Electric Corp.'],
    'enterprises': ['Enterprises', 'Enterprise', 'Ent.', 'Enterprize'],
    'traders': ['Traders', 'Trader', 'Tradors'],
    'trading_co': ['Trading Company', 'Trading Co.', 'Trdg. Co.'],
    'agencies': ['Agencies', 'Agency'],
    'switchgear': ['Switchgear', 'Switchgears', 'Switch Gear'],
    'cables': ['Cables', 'Cable'],
    'wires_cables': ['Wires & Cables', 'Wires and Cables', 'Wire & Cable'],
    'power_systems': ['Power Systems', 'Power System', 'Power Sys.'],
    'power_solutions': ['Power Solutions', 'Power Solution'],
    'engineering_works': ['Engineering Works', 'Engg. Works', 'Engineering Work', 'Engg Works'],
    'engineers': ['Engineers', 'Engrs.'],
    'lighting': ['Lighting Solutions', 'Lighting Solution'],
    'lights': ['Lights', 'Light'],
    'electric_hardware': ['Electric & Hardware', 'Electricals & Hardware', 'Electric and Hardware', 'Elec. & Hardware'],
    'sales_corp': ['Sales Corporation', 'Sales Corpn.', 'Sales Corp.'],
    'marketing': ['Marketing', 'Marketing Co.', 'Mktg.'],
    'distributors': ['Distributors', 'Distributor'],
    'industries': ['Industries', 'Industry', 'Inds.'],
    'automation': ['Automation', 'Automations'],
    'controls': ['Controls', 'Control'],
    'electro_services': ['Electro Services', 'Electro Service', 'Electro-Services'],
    'electrical_contractors': ['Electrical Contractors', 'Electric Contractors', 'Elect. Contractors', 'Electrical Contractor'],
    'electrical_works': ['Electrical Works', 'Electric Works', 'Elect. Works'],
    'electrical_services': ['Electrical Services', 'Electric Services', 'Elec. Services'],
    'infra': ['Infra', 'Infrastructure'],
    'infra_projects': ['Infra Projects', 'Infraprojects'],
    'constructions': ['Constructions', 'Construction'],
    'developers': ['Developers', 'Developer'],
    'realty': ['Realty', 'Realtors'],
    'buildcon': ['Buildcon', 'Build Con'],
    'auto_components': ['Auto Components', 'Auto Comp.', 'Autocomponents'],
    'pumps': ['Pumps & Motors', 'Pumps and Motors', 'Pump & Motors'],
    'hardware': ['Hardware', 'Hardwares'],
    'hardware_paints': ['Hardware & Paints', 'Hardware and Paints'],
    'electronics': ['Electronics', 'Electronic'],
    'steel': ['Steel Traders', 'Steel Trader'],
    'sanitary': ['Tiles & Sanitary', 'Tiles and Sanitary'],
    'plywood': ['Plywood & Laminates', 'Plywood and Laminates'],
    'fabricators': ['Fabricators', 'Fabrication Works'],
    'solar': ['Solar Solutions', 'Solar Systems'],
    'electrical_trading': ['Electrical Trading', 'Electrical Trdg.', 'Elect. Trading', 'Electricals Trading'],
    'electromechanical': ['Electromechanical', 'Electro Mechanical', 'Electro-Mechanical'],
    'building_materials': ['Building Materials Trading', 'Bldg. Materials Trading', 'Building Material Trading'],
    'general_trading': ['General Trading', 'Gen. Trading', 'General Trdg.'],
    'technical_services': ['Technical Services', 'Technical Service', 'Tech. Services'],
}
# trades of a different line of business (similar-name hard negatives)
OTHER_TRADE = {
    'electricals': ['electronics', 'hardware_paints', 'steel', 'sanitary', 'plywood', 'electrical_contractors'],
    'electric_stores': ['electronics', 'hardware', 'sanitary'],
    'electric_agencies': ['electronics', 'steel', 'plywood'],
    'enterprises': ['electronics', 'sanitary', 'steel', 'fabricators'],
    'traders': ['steel', 'plywood', 'sanitary'],
    'agencies': ['electronics', 'plywood'],
    'electric_hardware': ['sanitary', 'plywood', 'steel'],
    'lights': ['electronics', 'sanitary'],
    'sales_corp': ['steel', 'plywood'],
    'electrical_works': ['fabricators', 'solar'],
    'electrical_contractors': ['fabricators', 'solar', 'constructions'],
    'electrical_services': ['solar', 'fabricators'],
    'engineers': ['fabricators', 'solar'],
    'electro_services': ['solar', 'electronics'],
    'power_solutions': ['solar', 'fabricators'],
    'electric_co': ['electronics', 'steel'],
    'electric_corp': ['electronics', 'steel'],
}
LEGAL = {
    'co': ['& Co.', '& Co', 'and Co.', '& Company'],
    'sons': ['& Sons', 'and Sons', "& Son's", '& Sons.'],
    'bros': ['Brothers', 'Bros.', 'Bros'],
    'assoc': ['& Associates', 'and Associates', '& Asso.'],
    'pvt': ['Pvt. Ltd.', 'Private Limited', 'Pvt Ltd', '(P) Ltd.', 'P. Ltd.', 'Pvt. Ltd', 'Pvt.Ltd.', 'Private Ltd.'],
    'ltd': ['Limited', 'Ltd.', 'Ltd'],
    'llp': ['LLP', 'L.L.P.', 'LLP.'],
    'chs': ['Co-operative Housing Society Ltd.', 'Co-op. Hsg. Soc. Ltd.', 'CHS Ltd.', 'CHSL', 'CHS Ltd',
            'Co-operative Housing Society Limited', 'Co.Op.Hsg.Soc.Ltd.'],
    'gjsoc': ['Co-op. Housing Service Society Ltd.', 'Co-operative Housing Service Society Ltd.', 'CHSS Ltd.',
              'Co.Op.Hou.Ser.Soc.Ltd.'],
    'aoa': ['Apartment Owners Association', "Apartment Owners' Association", 'Apt. Owners Assn.', 'AOA'],
    'llc': ['LLC', 'L.L.C.', 'Co. L.L.C.', 'Co. LLC'],
    'fze': ['FZE', 'F.Z.E.'],
}
SOC_NAMES = ['Sai Darshan', 'Gokul Dham', 'Shanti Kunj', 'Panchavati', 'Vrindavan', 'Ganga Sagar', 'Kailash',
             'Mayur Kunj', 'Om Sai Park', 'Shubham Residency', 'Raj Vaibhav', 'Sukh Shanti', 'Swapnapurti',
             'Ashiyana', 'Anand Vihar', 'Suyog', 'Mangal Murti', 'Padmavati Park', 'Shivtirth', 'Ganga Jamuna',
             'Nisarg', 'Ekta Nagar', 'Sagar Darshan', 'Amrut Kumbh', 'Saket', 'Sahyog', 'Green Valley',
             'Silver Oak', 'Lake View', 'Hill View', 'Shree Ganesh Park', 'Navjeevan', 'Swarganga', 'Dwarka Dham',
             'Tulsi Vihar', 'Sun City', 'Rose Garden', 'Kamal Kunj', 'Prathamesh', 'Parijat', 'Vasant Vihar',
             'Jeevan Anand', 'Pushpak Park', 'Gulmohar', 'Shivam', 'Yashodhan', 'Madhuban', 'Neelkanth',
             'Krishna Kunj', 'Sindhu Nagar', 'Samarth Nagar', 'Prabhat Nagar', 'Akashganga', 'Sai Sampada',
             'Mahavir Nagar', 'Harmony', 'Sai Shraddha', 'Avanti', 'Mrunmayee', 'Sankalp Siddhi', 'Dnyaneshwari',
             'Kalpataru Vihar', 'Saptagiri', 'Ganesh Prasad', 'Shri Hari', 'Vishwakarma', 'Girija', 'Manas',
             'Aishwarya', 'Brindavan Gardens', 'Sneh Sadan']
SCHOOL_NAMES = ['Dnyandeep', 'Vidya Niketan', 'Saraswati Vidyalaya', 'Jnanjyoti', 'Vidya Bharati', 'Bal Shikshan',
                'New Era', 'Little Flower', 'Gurukul', 'Adarsh', 'Pragati', 'Navjeevan', 'Sanskar', 'Jnanaganga',
                'Vidya Vardhini', 'Sri Sharada', 'Vidyaranya', 'Dnyanprabodhini', 'Shishu Vihar', 'Podar Jumbo',
                'Gyanodaya', 'Shree Vidya', 'Sanskriti', 'Akshar', 'Vidyodaya', 'Bright Future', 'Holy Angels',
                'Sunshine', 'Blooming Buds', 'Lokmanya', 'Jijamata', 'Savitribai Phule Kanya']
SCHOOL_TYPES = [['English Medium School', 'English Med. School', 'E.M. School'],
                ['High School & Junior College', 'High School and Jr. College', 'High School & Jr. College'],
                ['Vidyalaya', 'Vidyalay'], ['Public School', 'Pub. School'], ['International School', 'Intl. School'],
                ['Primary School', 'Prathamik Shala', 'Pri. School']]
HOSP_NAMES = ['Sanjeevani', 'Lifeline', 'Jeevan Jyoti', 'Dhanwantari', 'Aarogya', 'Mangal', 'Sushrut', 'Niramay',
              'Kalyani', 'Arogyam', 'Sevasadan', 'Aastha', 'Chaitanya', 'Swasthya', 'Jeevandeep', 'Matoshree',
              'Suyash', 'Kamal', 'Sparsh', 'Ankur', 'Navjeevan', 'Shree Siddhivinayak', 'Sai Sneh', 'Dhanvantari',
              'Samarth', 'Om Sai', 'Sahyog', 'Lokmanya', 'Sanjivani Children', 'Nirmal']
HOSP_TYPES = [['Hospital', 'Hosp.'], ['Multispeciality Hospital', 'Multi-Speciality Hospital', 'Multispecialty Hospital', 'Multi Speciality Hosp.'],
              ['Hospital & Research Centre', 'Hospital and Research Center', 'Hosp. & Research Centre'],
              ['Nursing Home', 'Nursing Home & Maternity Centre'], ["Children's Hospital", 'Childrens Hospital', 'Children Hospital'],
              ['Eye Hospital', 'Eye Hosp.'], ['Maternity & Surgical Hospital', 'Maternity and Surgical Hospital'],
              ['Diagnostic Centre', 'Diagnostic Center', 'Diagnostics']]
BUILDER_CORES = [['Sankalp'], ['Vastu Shilp', 'Vastushilp'], ['Shubh Labh'], ['Gagan'], ['Vishwa Nirman'], ['Pride Line'],
                 ['Nirman'], ['Kalpavruksha', 'Kalpavriksha'], ['Shrushti', 'Srushti'], ['Ashtavinayak'],
                 ['Swaraj'], ['Aakar'], ['Sumukh'], ['Paranjape Kulkarni'], ['Rachana'], ['Shivalik'], ['Sangam'],
                 ['Arham'], ['Sthapatya'], ['Navkar'], ['Dev Infra'], ['Sai Siddhi'], ['Prathamesh'], ['Aarambh'],
                 ['Vedant'], ['Mahalaxmi'], ['Pranav'], ['Kaveri Nirman'], ['Rudra'], ['Shree Balaji']]
PROJECT_SUFFIX = ['Greens', 'Heights', 'Residency', 'Park', 'Paradise', 'Towers', 'Enclave', 'Nagari', 'Vihar',
                  'Meadows', 'Sparsh', 'Gardens', 'Avenue', 'Elite']
FRANCHISE_BRANDS = [
    (['Prakash Lighting Studio', 'Prakash Lighting Studios', 'Prakash Light Studio'], 'prakashlighting.in', 'helpline'),
    (['Jyoti Light House', 'Jyoti Lighthouse', 'Jyoti Light-House'], 'jyotilighthouse.com', 'none'),
    (['Switchkart Gallery', 'SwitchKart Gallery', 'Switch Kart Gallery'], 'switchkart.co.in', 'tollfree'),
    (['Urja Electric Point', 'Urja Electric Pt.', 'Urja Electrical Point'], 'urjaelectricpoint.in', 'helpline'),
    (['Ujjwal Lights World', 'Ujjwal Light World', 'Ujwal Lights World'], 'ujjwallights.in', 'tollfree'),
    (['Deepshikha Lighting Gallery', 'Deepshikha Lighting Galery', 'Deep Shikha Lighting Gallery'], 'deepshikhalighting.com', 'none'),
    (['Tejas Home Electric Studio', 'Tejas Home Electrics Studio', 'Tejas Home Elec. Studio'], 'tejashomeelectric.in', 'helpline'),
    (['Roshni Fan & Light Centre', 'Roshni Fan and Light Centre', 'Roshni Fan & Light Center'], 'roshnifanlight.com', 'tollfree'),
]
UAE_CORES = [['Al Noor', 'Al-Noor', 'Alnoor'], ['Al Faris', 'Al-Faris'], ['Gulf Star', 'Gulfstar'], ['Al Sadaf', 'Al-Sadaf'],
             ['Al Hilal', 'Al-Hilal'], ['Bin Saif', 'Bin-Saif'], ['Al Waha', 'Al-Waha'], ['Desert Rose'], ['Al Mina', 'Al-Mina'],
             ['Palm Line', 'Palmline'], ['Crescent'], ['Al Yasmeen', 'Al-Yasmeen', 'Al Yasmin'], ['Golden Falcon'],
             ['Al Reem', 'Al-Reem'], ['Blue Coast'], ['Al Bustan', 'Al-Bustan'], ['Sky Line', 'Skyline'], ['Al Marwa', 'Al-Marwa'],
             ['Emirates Light'], ['Al Manara', 'Al-Manara'], ['Royal Crown'], ['Al Qamar', 'Al-Qamar'], ['Silver Sands'],
             ['Al Dana', 'Al-Dana'], ['Star Bright', 'Starbright'], ['Al Safeer', 'Al-Safeer'], ['Fine Line'],
             ['Al Shams', 'Al-Shams'], ['Malabar Gulf'], ['Kerala Star'], ['Sree Durga', 'Shree Durga'], ['Cochin Star'],
             ['Al Tayer Line'], ['Noor Al Madina', 'Noor Al-Madina'], ['Baniyas Light'], ['Al Jazeera Power', 'Al-Jazeera Power'],
             ['Gulf Voltage'], ['Oasis Bright'], ['Al Buraq', 'Al-Buraq'], ['Sahara Lights']]

# public bodies: city -> (core forms, unit kind, units)
PUBLIC = {
    'pune': (['Pune Municipal Corporation', 'PMC', 'Pune Mahanagarpalika', 'Pune Municipal Corpn.'], 'ward',
             ['Kothrud-Bavdhan', 'Warje-Karvenagar', 'Dhole Patil Road', 'Nagar Road-Wadgaonsheri', 'Yerawada-Kalas-Dhanori',
              'Hadapsar-Mundhwa', 'Bibwewadi', 'Bhavani Peth', 'Kasba-Vishrambaugwada', 'Sinhagad Road', 'Aundh-Baner',
              'Shivajinagar-Ghole Road', 'Wanawadi-Ramtekdi', 'Kondhwa-Yewalewadi', 'Dhankawadi-Sahakarnagar']),
    'pcmc': (['Pimpri Chinchwad Municipal Corporation', 'PCMC', 'Pimpri Chinchwad Mahanagarpalika', 'Pimpri-Chinchwad Municipal Corpn.'],
             'letter', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']),
    'mumbai': (['Brihanmumbai Municipal Corporation', 'BMC', 'MCGM', 'Municipal Corporation of Greater Mumbai'], 'bmc',
               ['K/East', 'K/West', 'P/North', 'P/South', 'R/Central', 'G/North', 'F/South', 'L', 'M/East', 'N', 'S', 'T', 'H/East']),
    'thane': (['Thane Municipal Corporation', 'TMC', 'Thane Mahanagarpalika'], 'samiti',
              ['Naupada-Kopri', 'Wagle', 'Majiwada-Manpada', 'Uthalsar', 'Kalwa', 'Vartak Nagar']),
    'nashik': (['Nashik Municipal Corporation', 'NMC', 'Nashik Mahanagarpalika'], 'division',
               ['Nashik Road', 'Panchavati', 'Satpur', 'Cidco', 'Nashik East', 'Nashik West']),
    'ahmedabad': (['Ahmedabad Municipal Corporation', 'AMC', 'Amdavad Municipal Corporation'], 'zone',
                  ['East', 'West', 'North', 'South', 'Central', 'New West']),
    'surat': (['Surat Municipal Corporation', 'SMC', 'Surat Mahanagarpalika'], 'zone',
              ['Udhna', 'Varachha', 'Athwa', 'Katargam', 'Rander', 'Limbayat', 'Central']),
    'vadodara': (['Vadodara Municipal Corporation', 'VMC', 'Vadodara Mahanagar Seva Sadan'], 'zone',
                 ['North', 'South', 'East', 'West']),
    'bengaluru': (['Bruhat Bengaluru Mahanagara Palike', 'BBMP', 'Bruhat Bangalore Mahanagara Palike'], 'zone',
                  ['Rajarajeshwari Nagar', 'Mahadevapura', 'Bommanahalli', 'Yelahanka', 'Dasarahalli', 'South', 'West', 'East']),
    'hubballi': (['Hubballi-Dharwad Municipal Corporation', 'HDMC', 'Hubli-Dharwad Municipal Corporation'], 'zonal',
                 ['1', '2', '3', '4', '5']),
}
PWD_UNITS = ['Electrical Division No. 1', 'Electrical Division No. 2', 'Electrical Sub-Division No. 1',
             'Electrical Sub-Division No. 2', 'Electrical Sub-Division No. 3', 'Electrical Division (North)',
             'Electrical Division (South)']
ZP_DEPTS = [('Works Department', 'Bandhkam Vibhag', 'Works Dept.'), ('Health Department', 'Aarogya Vibhag', 'Health Dept.'),
            ('Education Department', 'Shikshan Vibhag', 'Education Dept.'),
            ('Rural Water Supply Department', 'Gramin Pani Puravatha Vibhag', 'RWS Dept.'),
            ('Irrigation Department', 'Jalsinchan Vibhag', 'Irrigation Dept.')]
FREEMAIL = [('gmail.com', 55), ('yahoo.co.in', 12), ('rediffmail.com', 9), ('yahoo.com', 8), ('hotmail.com', 6),
            ('outlook.com', 5), ('yahoo.in', 3)]
FREEMAIL_AE = [('gmail.com', 50), ('hotmail.com', 20), ('yahoo.com', 15), ('outlook.com', 15)]
FREEMAIL_SET = ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'yahoo.in']

# streets that belong to a locality (used instead of random city-wide roads)
LOC_STREETS = {
    ('pune', 'Kothrud'): ['Karve Road', 'Paud Road', 'Mayur Colony Road', ['D.P. Road', 'DP Road']],
    ('pune', 'Shivajinagar'): [['Jangli Maharaj Road', 'J.M. Road', 'JM Road'], ['Fergusson College Road', 'F.C. Road', 'FC Road'], 'Ganeshkhind Road'],
    ('pune', 'Budhwar Peth'): ['Laxmi Road', 'Appa Balwant Chowk', 'Bohori Ali'],
    ('pune', 'Raviwar Peth'): ['Bohori Ali', 'Laxmi Road', 'Sonya Maruti Chowk'],
    ('pune', 'Kasba Peth'): ['Kumbharwada Road', 'Kasba Peth Road'],
    ('pune', 'Narayan Peth'): ['Laxmi Road', 'Kelkar Road'],
    ('pune', 'Sadashiv Peth'): ['Tilak Road', 'Bajirao Road', 'Kumthekar Road'],
    ('pune', 'Hadapsar'): ['Solapur Road', 'Magarpatta Road', 'Saswad Road'],
    ('pune', 'Hadapsar Industrial Estate'): ['Solapur Road', 'Industrial Estate Road'],
    ('pune', 'Kondhwa Budruk'): ['Kondhwa Road', 'NIBM Road'],
    ('pune', 'Bibwewadi'): ['Bibwewadi-Kondhwa Road', 'Upper Indira Nagar Road'],
    ('pune', 'Market Yard'): ['Market Yard Road', 'Gultekdi Road'],
    ('pune', 'Swargate'): ['Satara Road', 'Shankarshet Road'],
    ('pune', 'Wakad'): ['Wakad Road', 'Hinjewadi Road', 'Datta Mandir Road'],
    ('pune', 'Baner'): ['Baner Road', 'Baner-Pashan Link Road'],
    ('pune', 'Aundh'): [['D.P. Road', 'DP Road'], 'ITI Road', 'Aundh Road'],
    ('pune', 'Yerawada'): ['Nagar Road', 'Airport Road', 'Shastri Nagar Road'],
    ('pune', 'Pune Camp'): [['M.G. Road', 'Mahatma Gandhi Road', 'MG Road'], 'East Street', 'Centre Street'],
    ('pune', 'Dhayari'): ['Sinhagad Road', 'Dhayari Phata Road'],
    ('pune', 'Katraj'): ['Satara Road', 'Katraj-Kondhwa Road'],
    ('pune', 'Warje'): ['Warje Malwadi Road', ['Mumbai-Bengaluru Highway', 'Mumbai-Bangalore Highway']],
    ('pune', 'Karve Nagar'): ['Karve Road', ['D.P. Road', 'DP Road']],
    ('pune', 'Viman Nagar'): ['Viman Nagar Road', 'Airport Road'],
    ('pune', 'Kharadi'): ['Kharadi Road', 'Nagar Road'],
    ('pune', 'Wagholi'): ['Pune-Nagar Road', 'Kesnand Road'],
    ('pune', 'Mundhwa'): ['Mundhwa Road', 'Keshav Nagar Road'],
    ('pune', 'Erandwane'): ['Karve Road', 'Prabhat Road', 'Law College Road'],
    ('pune', 'Ganesh Peth'): ['Ganesh Peth Road', 'Nana Peth Road'],
    ('pune', 'Gultekdi Industrial Estate'): ['Market Yard Road', 'Gultekdi Road'],
    ('pune', 'Dhanori'): ['Dhanori Road', 'Vishrantwadi Road'],
    ('pcmc', 'Bhosari MIDC'): ['Telco Road', 'MIDC Road', 'Sector No. 10 Road'],
    ('pcmc', 'Bhosari'): ['Alandi Road', 'Landewadi Road'],
    ('pcmc', 'Pimpri'): [['Old Mumbai-Pune Highway', 'Old Pune-Mumbai Highway'], 'Pimpri Station Road'],
    ('pcmc', 'Chinchwad'): ['Chinchwad Station Road', 'Link Road'],
    ('pcmc', 'Nigdi'): ['Spine Road', 'Pradhikaran Road'],
    ('pcmc', 'Akurdi'): ['Akurdi Station Road', ['Old Mumbai-Pune Highway', 'Old Pune-Mumbai Highway']],
    ('pcmc', 'Chikhali'): ['Spine Road', 'Chikhali-Moshi Road'],
    ('pcmc', 'Moshi'): ['Alandi-Moshi Road', 'Pune-Nashik Highway'],
    ('pcmc', 'Thergaon'): ['Kalewadi Main Road', 'Dange Chowk Road'],
    ('pcmc', 'Sangvi'): ['Sangvi-Pimple Gurav Road', 'Old Sangvi Road'],
    ('pcmc', 'Kasarwadi'): [['Old Mumbai-Pune Highway', 'Old Pune-Mumbai Highway']],
    ('pcmc', 'Pimpri MIDC'): ['MIDC Road', 'Pimpri Industrial Area Road'],
    ('pcmc', 'Chinchwad MIDC'): ['Telco Road', 'MIDC Road'],
    ('pcmc', 'Kudalwadi, Chikhali'): ['Kudalwadi Road', 'Spine Road'],
    ('mumbai', 'Lamington Road'): ['Lamington Road', ['Dr. D.B. Marg', 'D.B. Marg']],
    ('mumbai', 'Lohar Chawl'): ['Lohar Chawl Road', 'Kalbadevi Road'],
    ('mumbai', 'Masjid Bunder'): ['Narshi Natha Street', 'Mohammed Ali Road', 'Yusuf Meherali Road'],
    ('mumbai', 'Kalbadevi'): ['Kalbadevi Road', 'Princess Street'],
    ('mumbai', 'Dadar (West)'): ['Ranade Road', 'Gokhale Road', ['N.C. Kelkar Road', 'N C Kelkar Road']],
    ('mumbai', 'Dadar (East)'): ['Dr. Ambedkar Road', 'Tilak Road'],
    ('mumbai', 'Andheri (East)'): ['Andheri-Kurla Road', 'Mahakali Caves Road', 'Sahar Road'],
    ('mumbai', 'MIDC Andheri (East)'): ['Road No. 7', 'Central Road', 'Street No. 13'],
    ('mumbai', 'Goregaon (East)'): [['Western Express Highway', 'W.E. Highway', 'WEH'], 'Aarey Road', 'Film City Road'],
    ('mumbai', 'Malad (West)'): [['Swami Vivekanand Road', 'S.V. Road', 'SV Road'], 'Marve Road', 'Link Road'],
    ('mumbai', 'Borivali (West)'): [['Swami Vivekanand Road', 'S.V. Road', 'SV Road'], ['L.T. Road', 'LT Road'], 'Chandavarkar Road'],
    ('mumbai', 'Kandivali (East)'): ['Akurli Road', 'Thakur Village Road'],
    ('mumbai', 'Kurla (West)'): [['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'], 'S.G. Barve Marg'],
    ('mumbai', 'Chembur'): [['R.C. Marg', 'RC Marg'], 'Sion-Trombay Road'],
    ('mumbai', 'Ghatkopar (West)'): [['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'], 'Jawahar Road'],
    ('mumbai', 'Vikhroli (West)'): [['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'], 'Park Site Road'],
    ('mumbai', 'Bhandup (West)'): [['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'], 'Station Road'],
    ('mumbai', 'Mulund (West)'): [['Lal Bahadur Shastri Marg', 'L.B.S. Marg', 'LBS Road'], ['M.G. Road', 'MG Road']],
    ('mumbai', 'Sion'): ['Sion Road', 'Dr. Ambedkar Road'],
    ('mumbai', 'Lower Parel'): ['Senapati Bapat Marg', ['N. M. Joshi Marg', 'N.M. Joshi Marg']],
    ('mumbai', 'Byculla'): ['Clare Road', 'Dr. Ambedkar Road'],
    ('mumbai', 'Saki Naka'): ['Saki Vihar Road', 'Andheri-Kurla Road'],
    ('mumbai', 'Marol'): ['Marol Maroshi Road', 'Military Road'],
    ('bengaluru', 'S.P. Road'): [['S.P. Road', 'SP Road'], 'Old Taragupet Road'],
    ('bengaluru', 'Chickpet'): ['Chickpet Main Road', 'Avenue Road'],
    ('bengaluru', 'Avenue Road'): ['Avenue Road', 'Balepet Main Road'],
    ('bengaluru', 'Peenya Industrial Area'): ['@KA', 'Tumkur Road'],
    ('bengaluru', 'Rajajinagar'): ['@KA', ['Dr. Rajkumar Road', 'Dr Rajkumar Road']],
    ('bengaluru', 'Rajajinagar Industrial Town'): ['@KA'],
    ('bengaluru', 'Jayanagar'): ['@KA', '11th Main Road'],
    ('bengaluru', 'Whitefield'): ['Whitefield Main Road', 'ITPL Main Road'],
    ('bengaluru', 'Yeshwanthpur'): ['Tumkur Road', '@KA'],
    ('bengaluru', 'Bommasandra Industrial Area'): ['Hosur Road', '@KA'],
    ('bengaluru', 'Electronic City'): ['Hosur Road', '@KA'],
    ('bengaluru', 'Malleshwaram'): ['Sampige Road', 'Margosa Road', '@KA'],
    ('bengaluru', 'Basavanagudi'): ['Bull Temple Road', ['D.V.G. Road', 'DVG Road'], '@KA'],
    ('bengaluru', 'Kengeri'): ['Mysore Road', '@KA'],
    ('bengaluru', 'Hebbal'): ['Bellary Road', '@KA'],
    ('bengaluru', 'Banashankari'): ['Kanakapura Road', '@KA'],
    ('bengaluru', 'Vijayanagar'): ['@KA', 'Chord Road'],
    ('bengaluru', 'K.R. Puram'): ['Old Madras Road', '@KA'],
    ('ahmedabad', 'Relief Road'): ['Relief Road', 'Tankshal Road'],
    ('ahmedabad', 'Gandhi Road'): ['Gandhi Road'],
    ('ahmedabad', 'Naroda GIDC'): ['Naroda Road', 'GIDC Road'],
    ('ahmedabad', 'Vatva GIDC'): ['GIDC Phase 1 Road', 'Ramol Road'],
    ('ahmedabad', 'Odhav GIDC'): ['Odhav Ring Road', 'Odhav Road'],
    ('ahmedabad', 'Navrangpura'): [['C.G. Road', 'CG Road', 'Chimanlal Girdharlal Road'], 'Ashram Road'],
    ('ahmedabad', 'Maninagar'): ['Maninagar Station Road', 'Jawahar Chowk Road'],
    ('ahmedabad', 'Bapunagar'): ['India Colony Road', 'Bapunagar Main Road'],
    ('ahmedabad', 'Naranpura'): ['Naranpura Road', 'Ankur Road'],
    ('ahmedabad', 'Satellite'): ['Satellite Road', 'Ramdev Nagar Road'],
    ('ahmedabad', 'Kalupur'): ['Kalupur Station Road', 'Relief Road'],
    ('ahmedabad', 'Bopal'): ['Bopal-Ghuma Road', ['S.P. Ring Road', 'SP Ring Road']],
    ('ahmedabad', 'Chandkheda'): ['Visat-Gandhinagar Highway', 'Chandkheda Station Road'],
}
GENERIC_STREETS = {
    'mr': ['Main Road', 'Station Road', 'Market Road', 'Mandir Road', 'Lane No. 3', 'Lane No. 5', 'Lane No. 7',
           'Galli No. 2', 'Gaothan Road', 'Shivaji Path', 'Tilak Path', 'Nehru Marg', 'Ambedkar Road', 'College Road',
           'Hospital Road'],
    'gu': ['Main Road', 'Station Road', 'Society Road', 'Gali No. 3', 'Bazar Road', 'Sardar Patel Marg', 'College Road',
           'Panchvati Road'],
    'kn': ['@KA', '@KA', '@KA', 'Main Road', 'Market Road', 'Temple Street'],
    'ae': [],
}

# ---------------------------------------------------------------------------
# Registries (membership only; never iterated)
# ---------------------------------------------------------------------------
USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_DOMAINS = set()
NAME_CITY = {}      # truth name key + city -> count (existing + new + hn)
ADDR_SEQ = [0]


def new_id():
    while True:
        x = 'c%07x' % R.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_aid():
    ADDR_SEQ[0] += 1
    return ADDR_SEQ[0]


def slug(s):
    return re.sub(r'[^a-z0-9]', '', s.lower())


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
def _reg_phone(nat):
    if nat in USED_PHONES:
        return False
    USED_PHONES.add(nat)
    return True


def new_mobile(state):
    if state not in MOB_PREFIX:
        state = 'MH'
    while True:
        nat = pick(MOB_PREFIX[state]) + '%05d' % R.randrange(100000)
        if _reg_phone(nat):
            return {'nat': nat, 'kind': 'mobile', 'std': ''}


def new_landline(city_key):
    c = CITY[city_key]
    std = c['std']
    if c['lang'] == 'ae':
        while True:
            nat = std + str(R.randint(2, 8)) + '%06d' % R.randrange(1000000)
            if _reg_phone(nat):
                return {'nat': nat, 'kind': 'uae_land', 'std': std}
    n_local = 10 - len(std)
    while True:
        first = pick('2222226674')
        nat = std + first + ''.join(str(R.randrange(10)) for _ in range(n_local - 1))
        if _reg_phone(nat):
            return {'nat': nat, 'kind': 'landline', 'std': std}


def new_uae_mobile():
    while True:
        nat = '5' + pick('02568') + '%07d' % R.randrange(10000000)
        if _reg_phone(nat):
            return {'nat': nat, 'kind': 'uae_mobile', 'std': ''}


def new_tollfree():
    while True:
        nat = '1800' + str(R.randint(1, 4)) + '%06d' % R.randrange(1000000)
        if _reg_phone(nat):
            return {'nat': nat, 'kind': 'tollfree', 'std': ''}


def new_mobile_for_city(city_key):
    if country_of(city_key) == 'AE':
        return new_uae_mobile()
    return new_mobile(state_of(city_key))


def _grp(local):
    n = len(local)
    if n == 8:
        return local[:4] + ' ' + local[4:]
    if n == 7:
        return local[:3] + ' ' + local[3:]
    return local[:3] + ' ' + local[3:]


PHONE_FMTS = ['plain', 'spaced', 'dashed', 'intl_sp', 'intl', 'intl_dash', 'intl00', 'trunk0']


def fmt_phone(ph, fmt):
    n = ph['nat']
    k = ph['kind']
    if k == 'mobile':
        return {'plain': n, 'spaced': n[:5] + ' ' + n[5:], 'dashed': n[:3] + '-' + n[3:6] + '-' + n[6:],
                'intl_sp': '+91 ' + n[:5] + ' ' + n[5:], 'intl': '+91' + n, 'intl_dash': '+91-' + n,
                'intl00': '0091 ' + n, 'trunk0': '0' + n}[fmt]
    if k == 'landline':
        std = ph['std']
        loc = n[len(std):]
        return {'plain': '0' + std + '-' + loc, 'spaced': '0' + std + ' ' + _grp(loc), 'dashed': '0' + std + '-' + _grp(loc),
                'intl_sp': '+91 ' + std + ' ' + _grp(loc), 'intl': '+91' + n, 'intl_dash': '+91-' + std + '-' + loc,
                'intl00': '0091 ' + std + ' ' + loc, 'trunk0': '(0' + std + ') ' + _grp(loc)}[fmt]
    if k == 'uae_mobile':
        return {'plain': '0' + n, 'spaced': '0' + n[:2] + ' ' + n[2:5] + ' ' + n[5:], 'dashed': '0' + n[:2] + '-' + n[2:],
                'intl_sp': '+971 ' + n[:2] + ' ' + n[2:5] + ' ' + n[5:], 'intl': '+971' + n,
                'intl_dash': '+971-' + n[:2] + '-' + n[2:], 'intl00': '00971 ' + n[:2] + ' ' + n[2:],
                'trunk0': '0' + n[:2] + ' ' + n[2:]}[fmt]
    if k == 'uae_land':
        return {'plain': '0' + n, 'spaced': '0' + n[0] + ' ' + n[1:4] + ' ' + n[4:], 'dashed': '0' + n[0] + '-' + n[1:],
                'intl_sp': '+971 ' + n[0] + ' ' + n[1:4] + ' ' + n[4:], 'intl': '+971' + n,
                'intl_dash': '+971-' + n[0] + '-' + n[1:], 'intl00': '00971 ' + n[0] + ' ' + n[1:],
                'trunk0': '(0' + n[0] + ') ' + n[1:]}[fmt]
    # toll free
    sp = n[:4] + ' ' + n[4:7] + ' ' + n[7:]
    da = n[:4] + '-' + n[4:7] + '-' + n[7:]
    return {'plain': n, 'spaced': sp, 'dashed': da}.get(fmt, sp)


def parse_phone_nats(s):
    """national numbers found in a phone field (gen-side parser)."""
    out = []
    if not s:
        return out
    for chunk in re.split(r'[/,;]', s):
        d = re.sub(r'\D', '', chunk)
        if d.startswith('00'):
            d = d[2:]
        if d.startswith('91') and len(d) == 12:
            d = d[2:]
        elif d.startswith('971') and len(d) in (11, 12):
            d = d[3:]
        elif d.startswith('0'):
            d = d[1:]
        if len(d) >= 8:
            out.append(d)
    return out


# ---------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------
def _reg_email(e):
    if e in USED_EMAILS:
        return False
    USED_EMAILS.add(e)
    return True


def person_email(p, city_key):
    ae = country_of(city_key) == 'AE'
    g = slug(p['given'].split()[0])
    if p['family']:
        f = slug(p['family'])
    else:
        f = slug(''.join(p['initials'] or ['x']))
    dom = wpick(FREEMAIL_AE if ae else FREEMAIL)
    for attempt in range(50):
        yy = R.randint(60, 99)
        pats = [g + '.' + f, g + f, g + '_' + f, g + f + str(R.randint(1, 99)), g[0] + f, g + '.' + f + str(yy),
                f + '.' + g, g + str(R.randint(100, 9999)), g + f[0] + str(R.randint(1, 999)), f + g,
                g + '.' + f + '.' + str(R.randint(1, 9))]
        if p.get('prof') == 'Er.':
            pats.append('er.' + g + f)
        if p.get('prof') == 'Dr.':
            pats.append('dr.' + g + f)
        loc = pick(pats)
        if attempt > 3:
            loc += str(R.randint(10, 999))
        e = loc + '@' + dom
        if _reg_email(e):
            return e
    raise RuntimeError('email')


def new_domain(base, ae=False):
    words = [slug(w) for w in base.replace('&', ' ').split()]
    words = [w for w in words if w]
    b = ''
    for i, w in enumerate(words):
        if i > 0 and len(b) + len(w) > 20:
            break
        if i >= 2 and chance(0.4):
            break
        b += w
    base = b or slug(base)[:20]
    for attempt in range(50):
        b = base if attempt == 0 else base + pick(['india', 'group', 'pune', 'co', 'in', 'online', str(R.randint(1, 99))])
        tld = wpick([('.ae', 45), ('.com', 55)]) if ae else wpick([('.in', 35), ('.co.in', 35), ('.com', 25), ('.net', 5)])
        d = b + tld
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError('domain')


def domain_email(domain, locals_):
    for loc in locals_:
        e = loc + '@' + domain
        if _reg_email(e):
            return e
    for i in range(2, 99):
        e = locals_[0] + str(i) + '@' + domain
        if _reg_email(e):
            return e
    raise RuntimeError('domain email')


CITY_SHORT = {'pcmc': 'pcmc', 'navimumbai': 'vashi', 'bengaluru': 'blr', 'ahmedabad': 'amd', 'aurangabad': 'abad',
              'ahmednagar': 'nagar', 'talegaon': 'talegaon', 'abudhabi': 'auh', 'mumbai': 'mumbai', 'hubballi': 'hubli',
              'belagavi': 'belgaum', 'mysuru': 'mysore', 'mangaluru': 'mangalore', 'kalaburagi': 'gulbarga',
              'vadodara': 'baroda', 'davanagere': 'dvg'}


def free_email(base, city_key, extra=''):
    ae = country_of(city_key) == 'AE'
    dom = wpick(FREEMAIL_AE if ae else FREEMAIL)
    words = [slug(w) for w in base.replace('&', ' ').replace('.', ' . ').split()]
    words = [w for w in words if w]
    b = ''
    for i, w in enumerate(words):
        if i > 0 and len(b) + len(w) > 22:
            break
        b += w
    b = b or slug(base)[:22]
    cshort = CITY_SHORT.get(city_key, slug(CITY[city_key]['forms'][0]))
    for attempt in range(60):
        pats = [b, b + cshort, b + '.' + cshort, b + str(R.randint(1, 99)), b + '_' + cshort, b + extra,
                b + '.' + extra if extra else b + '1']
        loc = pick(pats)
        if attempt > 4:
            loc += str(R.randint(1, 999))
        e = loc + '@' + dom
        if _reg_email(e):
            return e
    raise RuntimeError('free email')


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
def ka_cross():
    a = R.randint(1, 14)
    b = R.randint(1, 12)
    k = R.randrange(3)
    if k == 0:
        return ['%s Cross, %s Main' % (ordn(a), ordn(b)), '%s Cross %s Main' % (ordn(a), ordn(b)),
                '%s Crs, %s Main' % (ordn(a), ordn(b))]
    if k == 1:
        return ['%s Main Road' % ordn(b), '%s Main Rd' % ordn(b)]
    return ['%s Cross Road' % ordn(a), '%s Cross Rd' % ordn(a), '%s Crs' % ordn(a)]


def pick_loc(city_key, industrial=None, exclude=None):
    locs = CITY[city_key]['locs']
    cands = []
    for i, l in enumerate(locs):
        if exclude is not None and i in exclude:
            continue
        if industrial is None or bool(l[2]) == industrial:
            cands.append(i)
    if not cands:
        cands = [i for i in range(len(locs)) if exclude is None or i not in exclude]
    if not cands:
        cands = list(range(len(locs)))
    return pick(cands)


BLDG_EXCL = {
    'office': ['Chawl', 'Niwas', 'Apartment', 'Apartments', 'Residency', 'Flats', 'Nilaya', 'Mansion', 'Enclave'],
    'home': ['Shopping Centre', 'Market', 'Commercial Complex', 'Chambers', 'Trade Centre', 'Business Hub', 'Hub',
             'Square', 'Centre', 'Arcade'],
    'shop': ['Residency', 'Flats', 'Nilaya', 'Enclave', 'Heights'],
}


def make_bldg(lang, kind, purpose='shop'):
    nm = pick(BLDG_NAMES[lang])
    if kind == 'estate':
        return pick(IND_ESTATES[lang])
    if chance(0.8):
        types = [x for x in BLDG_TYPES[lang] if x not in BLDG_EXCL.get(purpose, [])]
        return nm + ' ' + pick(types)
    return nm


ADDR_KEYS = set()


def new_address(city_key, purpose, loc_idx=None, industrial=None, bldg=None, street=None):
    for attempt in range(40):
        a = _new_address(city_key, purpose, loc_idx, industrial, bldg, street)
        key = (a['city'], a['li'], a['unit'], a['bldg'])
        if key not in ADDR_KEYS:
            ADDR_KEYS.add(key)
            return a
    return a


def _new_address(city_key, purpose, loc_idx=None, industrial=None, bldg=None, street=None):
    C = CITY[city_key]
    lang = C['lang']
    if industrial is None:
        industrial = purpose == 'industrial'
    li = loc_idx if loc_idx is not None else pick_loc(city_key, industrial)
    loc = C['locs'][li]
    unit = None
    floor = None
    b = None
    if purpose == 'shop':
        if city_key in ('mumbai', 'thane', 'bhiwandi') and chance(0.25):
            unit = ('Gala No.', str(R.randint(1, 60)))
        elif lang == 'kn' and chance(0.5):
            unit = ('No.', '%d' % R.randint(1, 420) + (('/' + str(R.randint(1, 9))) if chance(0.3) else ''))
        elif lang == 'gu' and chance(0.3):
            unit = ('', '%s-%d' % (pick('ABCDFG'), R.randint(1, 60)))
        elif lang == 'ae':
            unit = ('Shop No.', str(R.randint(1, 40)))
        else:
            unit = ('Shop No.', str(R.randint(1, 45)))
        floor = wpick([(None, 40), ('Ground Floor', 45), ('1st Floor', 10), ('Upper Ground Floor', 5)])
        b = make_bldg(lang, 'b', 'shop') if chance(0.85) else None
    elif purpose == 'office':
        fl = R.randint(1, 7)
        unit = (pick(['Office No.', 'Office No.', 'Unit No.']) if lang != 'kn' else pick(['No.', 'Office No.']),
                str(fl * 100 + R.randint(1, 12)))
        floor = ordn(fl) + ' Floor' if chance(0.4) else None
        b = make_bldg(lang, 'b', 'office')
    elif purpose == 'industrial':
        if lang == 'mr':
            unit = wpick([(('Plot No.', '%s-%d' % (pick('ABCDEFGJTWX'), R.randint(1, 260))), 55),
                          (('Gat No.', str(R.randint(10, 999))), 15), (('Gala No.', str(R.randint(1, 40))), 15),
                          (('S. No.', '%d/%d' % (R.randint(10, 300), R.randint(1, 9))), 15)])
        elif lang == 'gu':
            unit = wpick([(('Plot No.', '%d' % R.randint(1, 900)), 40), (('Shed No.', '%s-%d/%d' % (pick('ABC'), R.randint(1, 90), R.randint(1, 4))), 30),
                          (('Plot No.', 'C1/%d' % R.randint(1, 600)), 30)])
        elif lang == 'kn':
            unit = wpick([(('Plot No.', '%d' % R.randint(1, 400)), 50), (('No.', '%d-%s' % (R.randint(1, 300), pick('ABCDE'))), 30),
                          (('Shed No.', str(R.randint(1, 80))), 20)])
        else:
            unit = wpick([(('Warehouse No.', str(R.randint(1, 60))), 60), (('Plot', 'M-%d' % R.randint(1, 45)), 40)])
        b = make_bldg(lang, 'estate') if chance(0.35) else None
    elif purpose == 'home':
        if lang == 'kn':
            unit = wpick([(('No.', str(R.randint(1, 999))), 60), (('Flat No.', str(R.randint(1, 6) * 100 + R.randint(1, 8))), 40)])
        elif lang == 'ae':
            unit = ('Flat No.', str(R.randint(1, 15) * 100 + R.randint(1, 12)))
        elif chance(0.2):
            unit = ('House No.', str(R.randint(10, 1999)))
        else:
            unit = ('Flat No.', str(R.randint(1, 12) * 100 + R.randint(1, 8)))
        b = make_bldg(lang, 'b', 'home') if (unit[0] != 'House No.' or chance(0.3)) else None
    elif purpose == 'site':
        unit = wpick([(('S. No.', '%d/%d' % (R.randint(10, 300), R.randint(1, 9))), 50), (('Gat No.', str(R.randint(10, 999))), 30),
                      (('Plot No.', str(R.randint(1, 90))), 20)])
    elif purpose == 'campus':
        unit = wpick([(('Plot No.', str(R.randint(1, 200))), 40), (('S. No.', '%d/%d' % (R.randint(10, 300), R.randint(1, 9))), 30),
                      (None, 30)])
    elif purpose == 'public':
        unit = None
        b = bldg
    if bldg is not None:
        b = bldg
    if street is None:
        st = None
        if chance(0.75):
            ls = LOC_STREETS.get((city_key, loc[0][0]))
            gen_ = GENERIC_STREETS.get(lang, [])
            if ls and chance(0.75):
                st = pick(ls)
            elif ls or not C['streets'] or (gen_ and chance(0.5)):
                st = pick(gen_) if gen_ else None
            else:
                st = pick(C['streets'])
            if st == '@KA':
                st = ka_cross()
            elif isinstance(st, str):
                st = [st]
    else:
        st = street
    lm = None
    if chance(0.5 if purpose != 'industrial' else 0.25):
        lm = (wpick(LANDMARK_PREP), pick(LANDMARK_OBJ[lang]))
        if lm[1] in ('Char Rasta', 'Chokdi'):
            lm = (lm[0], loc[0][0].split(',')[0].split(' (')[0] + ' ' + lm[1])
    pobox = None
    if lang == 'ae' and chance(0.6):
        pobox = 'P.O. Box %d' % R.randint(1000, 99999)
    return {'aid': new_aid(), 'unit': unit, 'floor': floor, 'bldg': b, 'street': st, 'landmark': lm,
            'loc': list(loc[0]), 'li': li, 'town': loc[0][0] in C['towns'], 'city': city_key, 'pin': loc[1],
            'pobox': pobox, 'purpose': purpose}


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
def pick_city(state=None, ae=False):
    if ae:
        return wpick(UAE_CITY_WEIGHTS)
    if state is None:
        return wpick(INDIA_CITY_WEIGHTS)
    return wpick([(k, w) for k, w in INDIA_CITY_WEIGHTS if CITY[k]['state'] == state])


def pick_culture(city_key):
    return wpick(CULT_BY_STATE[macro_state(city_key)])


def make_person(culture, gender=None, family=None, father=None, given=None, prof_ok=True):
    M, F, FAM = CULT_POOLS[culture]
    if gender is None:
        gender = 'M' if chance(0.8) else 'F'
    if given is None:
        given = pick(M if gender == 'M' else F)
    p = {'culture': culture, 'gender': gender, 'given': given, 'father': None, 'family': None,
         'initials': None, 'ipost': False, 'mohd': False, 'kumar': False, 'prof': None}
    if culture in ('mr', 'gj', 'jain', 'north'):
        p['father'] = father or pick(CULT_POOLS[culture][0])
        if culture in ('jain', 'north') and father is None and chance(0.5):
            p['father'] = None
    if culture == 'ka':
        if family is None and chance(0.45):
            p['initials'] = [pick(INITIAL_LETTERS)] + ([pick(INITIAL_LETTERS)] if chance(0.4) else [])
        else:
            p['family'] = family or pick(FAM)
    elif culture == 'tn':
        p['initials'] = [pick(INITIAL_LETTERS)] + ([pick(INITIAL_LETTERS)] if chance(0.2) else [])
    elif culture == 'kerala':
        if family is None and chance(0.3):
            p['initials'] = [pick(INITIAL_LETTERS), pick(INITIAL_LETTERS)]
            p['ipost'] = True
        else:
            p['family'] = family or pick(FAM)
    else:
        p['family'] = family or pick(FAM)
    if culture == 'muslim' and gender == 'M' and ' ' not in given and chance(0.5):
        p['mohd'] = True
    if culture == 'north' and gender == 'M' and ' ' not in given and chance(0.5):
        p['kumar'] = True
    if prof_ok and chance(0.12):
        p['prof'] = wpick(PROF_TITLES)
    return p


def person_key(p):
    g = slug(p['given'].split()[0] if not p['mohd'] else p['given'])
    f = slug(p['family']) if p['family'] else slug(''.join(p['initials'] or []))
    return 'p|' + g + '|' + f


def base_entity(kind, city_key, etype):
    return {'id': new_id(), 'type': etype, 'kind': kind, 'city': city_key, 'addr': None, 'phones': [],
            'emails': [], 'domain': None, 'p': None, 'parts': None, 'contact': None, 'role': {}, 'nkey': None}


def person_entity(city_key, culture=None, gender=None, family=None, father=None, given=None, addr=None,
                  landline=None, check_unique=True):
    if culture is None:
        culture = pick_culture(city_key)
    for attempt in range(200):
        p = make_person(culture, gender=gender, family=family, father=father, given=given if attempt < 20 else None)
        if not check_unique or name_city_count(person_key(p), city_key) == 0:
            break
    e = base_entity(CULT_KIND[culture], city_key, 'person')
    e['p'] = p
    e['nkey'] = person_key(p)
    e['addr'] = addr if addr is not None else new_address(city_key, 'home')
    e['phones'].append(new_mobile_for_city(city_key))
    if chance(0.15):
        e['phones'].append(new_mobile_for_city(city_key))
    if landline is not None:
        e['phones'].append(landline)
    elif chance(0.15) and country_of(city_key) == 'IN':
        e['phones'].append(new_landline(city_key))
    if chance(0.8):
        e['emails'].append(person_email(p, city_key))
    if chance(0.15):
        e['emails'].append(person_email(p, city_key))
    return e


ORG_LEGAL_WORDS = set(['pvt', 'ltd', 'private', 'limited', 'llp', 'co', 'company', 'and', 'llc', 'fze', 'chs', 'chsl',
                       'chss', 'cooperative', 'coop', 'op', 'operative', 'hsg', 'hou', 'ser', 'soc', 'society', 'housing',
                       'service', 'aoa', 'apartment', 'apt', 'owners', 'association', 'assn', 'sons', 'son', 'bros',
                       'brothers', 'associates', 'asso', 'messrs', 'the'])
ORG_DEV = {'shri': 'shree', 'sri': 'shree', 'sree': 'shree', 'shre': 'shree', 'jay': 'jai', 'aum': 'om'}


def _clean(s):
    s = (s or '').replace('\u00e2\u20ac\u2122', '').replace('\u2019', '').replace("'", '').replace('\u00e2\u20ac\u201c', ' ')
    return s.casefold()


def org_tokens_g(name):
    s = _clean(name)
    s = re.sub(r'm/s\.?|messrs\.?', ' ', s)
    s = re.sub(r'\bl\.\s?l\.\s?p\.?', ' llp ', s)
    s = re.sub(r'\bl\.\s?l\.\s?c\.?', ' llc ', s)
    s = re.sub(r'\bf\.\s?z\.\s?e\.?', ' fze ', s)
    s = re.sub(r'\(p\)', ' pvt ', s)
    s = re.sub(r'\bp\.\s?ltd', ' pvt ltd', s)
    out = []
    for w in re.split(r'[^a-z0-9]+', s):
        if not w or w in ORG_LEGAL_WORDS:
            continue
        w = ORG_DEV.get(w, w)
        if len(w) > 4 and w.endswith('s'):
            w = w[:-1]
        if w not in out:
            out.append(w)
    return out


def org_name_keys(parts):
    combos = ['']
    for sl, forms in parts:
        if sl == 'legal':
            continue
        if sl == 'qual':
            combos = [c + f for c in combos for f in forms]
        else:
            combos = [c + ' ' + f for c in combos for f in forms]
    keys = []
    for c in combos:
        k = 'o|' + ' '.join(sorted(org_tokens_g(c)))
        if k not in keys:
            keys.append(k)
    return keys


def org_count(parts, city_key):
    return max(name_city_count(k, city_key) for k in org_name_keys(parts))


def entity_keys(e):
    if e['type'] == 'person':
        return [person_key(e['p'])]
    return org_name_keys(e['parts'])


def metro(city_key):
    return 'pune' if city_key == 'pcmc' else city_key


def register(e):
    for key in entity_keys(e):
        k = key + '|' + metro(e['city'])
        NAME_CITY[k] = NAME_CITY.get(k, 0) + 1


def name_city_count(nkey, city_key):
    return NAME_CITY.get(nkey + '|' + metro(city_key), 0)


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
def lang_of(city_key):
    return CITY[city_key]['lang']


def dev_name(city_key):
    lang = lang_of(city_key)
    if lang == 'ae':
        lang = 'mr'
    cands = [d for d in DEV_CORES if lang in d[2].split()]
    forms, prefs, _ = pick(cands)
    pref = pick(prefs)
    parts = []
    if pref is not None:
        pf = list(DEV_PREFIX[pref])
        if pref == 'shree' and lang == 'kn':
            pf = ['Sri', 'Shree', 'Shri', 'Sree']
        parts.append(['prefix', pf])
    parts.append(['core', list(forms)])
    return parts


def org_nkey(parts):
    out = []
    for slot, forms in parts:
        if slot == 'legal':
            continue
        f = forms[0]
        if slot == 'prefix':
            f = {'Shri': 'Shree', 'Sri': 'Shree', 'Sree': 'Shree', 'Shre': 'Shree', 'Jay': 'Jai', 'Aum': 'Om'}.get(f, f)
        out.append(slug(f))
    return 'o|' + '|'.join(out)


def org_entity(kind, city_key, parts, contact, purpose, addr=None):
    e = base_entity(kind, city_key, 'org')
    e['parts'] = parts
    e['contact'] = contact
    e['nkey'] = org_nkey(parts)
    e['addr'] = addr if addr is not None else new_address(city_key, purpose)
    return e


def org_words(parts):
    return ' '.join(f[0] for s, f in parts if s in ('prefix', 'core', 'trade'))


def add_org_contacts(e, landline_p=0.5, mobile_p=0.9, dom_p=0.3, free_p=0.5, second_mobile=0.15, locals_=None):
    ck = e['city']
    if e['contact'] is not None and chance(mobile_p):
        e['phones'].append(new_mobile_for_city(ck))
        e['role']['contact_mobile'] = e['phones'][-1]['nat']
    if chance(landline_p):
        e['phones'].append(new_landline(ck))
    if not e['phones']:
        e['phones'].append(new_mobile_for_city(ck))
    if chance(second_mobile):
        e['phones'].append(new_mobile_for_city(ck))
    base = org_words(e['parts'])
    if chance(dom_p):
        e['domain'] = new_domain(base, ae=country_of(ck) == 'AE')
        locs = locals_ or [pick(['info', 'sales', 'accounts', 'purchase', 'office', 'contact', 'admin'])]
        e['emails'].append(domain_email(e['domain'], locs))
        other = [x for x in ['accounts', 'sales', 'purchase', 'info', 'enquiry'] if x not in locs]
        if e['contact'] is not None:
            other = [slug(e['contact']['given'].split()[0])] + other
        e['emails'].append(domain_email(e['domain'], other))
    elif chance(free_p):
        e['emails'].append(free_email(base, ck))
        if e['contact'] is not None and chance(0.3):
            e['emails'].append(person_email(e['contact'], ck))
    elif e['contact'] is not None and chance(0.5):
        e['emails'].append(person_email(e['contact'], ck))


def unique_parts(builder, city_key, tries=80):
    for attempt in range(tries):
        parts = builder()
        if org_count(parts, city_key) == 0:
            return parts
    return parts


PROP_TRADES = [('electricals', 30), ('electric_stores', 10), ('electric_agencies', 8), ('enterprises', 15),
               ('traders', 12), ('agencies', 6), ('electric_hardware', 6), ('lights', 3), ('sales_corp', 3),
               ('electrical_works', 2), ('electric_co', 3), ('electric_corp', 2)]
PVT_TRADES = [('switchgear', 10), ('cables', 8), ('wires_cables', 6), ('power_systems', 8), ('power_solutions', 6),
              ('engineering_works', 8), ('industries', 10), ('automation', 6), ('controls', 5), ('electro_services', 5),
              ('auto_components', 6), ('pumps', 4), ('electrical_services', 4), ('distributors', 4), ('marketing', 3),
              ('trading_co', 4), ('electric_corp', 3), ('lighting', 4), ('infra', 3), ('solar', 3)]
CONTR_TRADES = [('electrical_contractors', 40), ('electrical_works', 20), ('electrical_services', 15), ('engineers', 10),
                ('electro_services', 8), ('power_solutions', 7)]


def build_proprietorship(city_key, culture=None):
    owner = make_person(culture or pick_culture(city_key), gender='M' if chance(0.93) else 'F')

    def b():
        k = wpick([('dev', 50), ('given', 13), ('sur', 10), ('brand', 22), ('init', 5)])
        tr = wpick(PROP_TRADES)
        if k == 'dev':
            parts = dev_name(city_key)
        elif k == 'given':
            parts = [['core', [owner['given']] + GIVEN_VAR.get(owner['given'], [])]]
        elif k == 'sur' and owner['family']:
            parts = [['core', [owner['family']] + FAM_VAR.get(owner['family'], [])]]
        elif k == 'init':
            parts = [['core', list(pick(INIT_CORES))]]
        else:
            parts = [['core', list(pick(BRAND_CORES))]]
            if chance(0.12):
                parts.insert(0, ['prefix', ['New']])
        parts.append(['trade', list(TRADES[tr])])
        return parts
    parts = unique_parts(b, city_key)
    e = org_entity('proprietorship', city_key, parts, owner, 'shop')
    add_org_contacts(e, landline_p=0.45, mobile_p=1.0, dom_p=0.15, free_p=0.6, second_mobile=0.2)
    return e


def build_partnership(city_key):
    cult = pick_culture(city_key)
    c = make_person(cult, gender='M')

    def b():
        lg = wpick([('co', 35), ('sons', 30), ('bros', 20), ('assoc', 15)])
        if c['family'] and chance(0.7):
            core = [c['family']] + FAM_VAR.get(c['family'], [])
        else:
            core = list(pick(BRAND_CORES))
        parts = [['core', core]]
        if lg in ('co', 'assoc') and chance(0.5):
            parts.append(['trade', list(TRADES[wpick([('electricals', 4), ('traders', 3), ('electric_co', 1), ('agencies', 2)])])])
        parts.append(['legal', list(LEGAL[lg])])
        return parts
    parts = unique_parts(b, city_key)
    e = org_entity('partnership', city_key, parts, c, 'shop')
    add_org_contacts(e, landline_p=0.6, mobile_p=0.9, dom_p=0.3, free_p=0.6)
    return e


def build_pvt(city_key, core=None, trade=None, legal='pvt', kind='private_limited', purpose=None):
    c = make_person(pick_culture(city_key), gender='M' if chance(0.85) else 'F')

    def b():
        if core is not None:
            cr = list(core)
        else:
            k = wpick([('brand', 65), ('sur', 20), ('dev', 10), ('init', 5)])
            if k == 'sur' and c['family']:
                cr = [c['family']] + FAM_VAR.get(c['family'], [])
            elif k == 'dev':
                return dev_name(city_key) + [['trade', list(TRADES[trade or wpick(PVT_TRADES)])], ['legal', list(LEGAL[legal])]]
            elif k == 'init':
                cr = list(pick(INIT_CORES))
            else:
                cr = list(pick(BRAND_CORES))
        return [['core', cr], ['trade', list(TRADES[trade or wpick(PVT_TRADES)])], ['legal', list(LEGAL[legal])]]
    parts = unique_parts(b, city_key)
    if purpose is None:
        purpose = 'industrial' if chance(0.5) else 'office'
    e = org_entity(kind, city_key, parts, c, purpose)
    add_org_contacts(e, landline_p=0.8, mobile_p=0.6, dom_p=0.85, free_p=0.8)
    return e


def build_contractor(city_key):
    c = make_person(pick_culture(city_key), gender='M')

    def b():
        k = wpick([('sur', 30), ('brand', 35), ('dev', 25), ('given', 10)])
        if k == 'sur' and c['family']:
            parts = [['core', [c['family']] + FAM_VAR.get(c['family'], [])]]
        elif k == 'dev':
            parts = dev_name(city_key)
        elif k == 'given':
            parts = [['core', [c['given']] + GIVEN_VAR.get(c['given'], [])]]
        else:
            parts = [['core', list(pick(BRAND_CORES))]]
        parts.append(['trade', list(TRADES[wpick(CONTR_TRADES)])])
        lg = wpick([(None, 70), ('co', 10), ('pvt', 20)])
        if lg:
            parts.append(['legal', list(LEGAL[lg])])
        return parts
    parts = unique_parts(b, city_key)
    if chance(0.3):
        c['prof'] = 'Er.'
    e = org_entity('contractor', city_key, parts, c, 'office' if chance(0.4) else 'shop')
    add_org_contacts(e, landline_p=0.35, mobile_p=1.0, dom_p=0.2, free_p=0.7)
    return e


def project_quals(core_word):
    proj = core_word + ' ' + pick(PROJECT_SUFFIX)
    return proj, [' - Site Office, %s' % proj, ' (%s Site)' % proj, ' - %s Project' % proj, ', %s Site' % proj]


def build_builder(city_key, core=None):
    c = make_person(pick_culture(city_key), gender='M')
    if chance(0.4):
        c['prof'] = 'Er.'

    def b():
        cr = list(core) if core else list(pick(BUILDER_CORES))
        tr = wpick([('developers', 35), ('constructions', 25), ('realty', 15), ('buildcon', 10), ('infra', 15)])
        lg = wpick([('pvt', 50), ('llp', 30), (None, 20)])
        parts = [['core', cr], ['trade', list(TRADES[tr])]]
        if lg:
            parts.append(['legal', list(LEGAL[lg])])
        proj, q = project_quals(cr[0].split()[0])
        parts.append(['qual', q])
        return parts
    parts = unique_parts(b, city_key)
    e = org_entity('builder_site_office', city_key, parts, c, 'site')
    e['addr']['bldg'] = None
    proj = parts[-1][1][0].split(', ')[-1]
    e['addr']['bldg'] = proj
    add_org_contacts(e, landline_p=0.2, mobile_p=1.0, dom_p=0.6, free_p=0.6)
    return e


def build_society(city_key):
    st = state_of(city_key)
    c = make_person(pick_culture(city_key), gender='M' if chance(0.8) else 'F', prof_ok=False)
    lg = 'chs' if st == 'MH' else ('gjsoc' if st == 'GJ' else 'aoa')

    def b():
        nm = pick(SOC_NAMES)
        forms = [nm]
        if ' ' in nm and chance(0.3):
            forms.append(nm.replace(' ', ''))
        return [['core', forms], ['legal', list(LEGAL[lg])]]
    parts = unique_parts(b, city_key)
    nm = parts[0][1][0]
    addr = new_address(city_key, 'home', bldg=None)
    addr['unit'] = wpick([(None, 50), (('S. No.', '%d/%d' % (R.randint(10, 300), R.randint(1, 9))), 30), (('Plot No.', str(R.randint(1, 120))), 20)])
    addr['bldg'] = nm + pick([' Society', ' Complex', ' Apartments', ''])
    e = org_entity('housing_society', city_key, parts, c, 'home', addr=addr)
    add_org_contacts(e, landline_p=0.2, mobile_p=0.95, dom_p=0.0, free_p=0.6)
    return e


def public_unit_quals(city_key, kind, unit):
    if kind == 'ward':
        return [' - %s Ward Office' % unit, ' (%s Kshetriya Karyalay)' % unit, ', Ward Office %s' % unit,
                ' %s Ward Office' % unit.replace('-', ' ')]
    if kind == 'letter':
        return [" - '%s' Ward Office" % unit, ' (%s Kshetriya Karyalay)' % unit, ', %s Ward' % unit, ' %s-Ward Office' % unit]
    if kind == 'bmc':
        u2 = unit.replace('/', '-')
        return [' - %s Ward' % unit, ' (%s Ward Office)' % unit, ', Ward %s' % u2, ' %s Ward Office' % u2]
    if kind == 'samiti':
        return [' - %s Prabhag Samiti' % unit, ' (%s Ward Committee)' % unit, ', %s Prabhag Samiti Office' % unit]
    if kind == 'division':
        return [' - %s Division' % unit, ' (%s Vibhag)' % unit, ', %s Divisional Office' % unit]
    if kind == 'zone':
        return [' - %s Zone' % unit, ' (%s Zone Office)' % unit, ', %s Zonal Office' % unit]
    if kind == 'zonal':
        return [' - Zonal Office %s' % unit, ' (Zone %s)' % unit, ', Zonal Office No. %s' % unit]
    raise ValueError(kind)


def public_bodies_for(city_key):
    """list of (parts-builder-key, core forms, unit quals) available for a city"""
    out = []
    cname = CITY[city_key]['forms'][0]
    if city_key in PUBLIC:
        core, kind, units = PUBLIC[city_key]
        for u in units:
            out.append(('muni', list(core), public_unit_quals(city_key, kind, u), u))
    if CITY[city_key]['lang'] != 'ae':
        for u in PWD_UNITS:
            out.append(('pwd', ['Public Works Department', 'PWD', 'P.W.D.', 'Sarvajanik Bandhkam Vibhag'],
                        [' - %s, %s' % (u, cname), ' (%s, %s)' % (u.replace('Division', 'Dn.').replace('Sub-Dn.', 'Sub Dn.'), cname),
                         ', %s %s' % (u.replace('Electrical', 'Elect.'), cname)], u))
        if city_key in ('pune', 'nashik', 'aurangabad', 'kolhapur', 'sangli', 'satara', 'solapur', 'ahmednagar', 'nagpur', 'thane'):
            for d in ZP_DEPTS:
                out.append(('zp', ['Zilla Parishad %s' % cname, 'Z.P. %s' % cname, 'ZP %s' % cname, '%s Zilla Parishad' % cname],
                            [' - %s' % d[0], ' (%s)' % d[1], ', %s' % d[2]], d[0]))
    return out


PUBLIC_USED = set()


def public_bldg(kind):
    if kind == 'muni':
        return pick(['Ward Office Building', 'Kshetriya Karyalay', 'Prashaskiya Bhavan', 'Zonal Office Building',
                     'Ward Office'])
    if kind == 'pwd':
        return pick(['PWD Office Complex', 'Bandhkam Bhavan', 'PWD Rest House Compound', 'Government Office Complex'])
    return pick(['Zilla Parishad Bhavan', 'ZP Main Building', 'Zilla Parishad Office Complex', 'ZP Annexe Building'])


def public_email(o, city_key):
    unit = slug(re.split(r'[^A-Za-z0-9]+', o[3].replace('/', ''))[0] or 'office')
    if o[0] == 'muni':
        base = pick([unit + 'wardoffice.' + slug(o[1][1]), slug(o[1][1]) + '.' + unit + 'ward', 'wo.' + unit + '.' + slug(o[1][1])])
    elif o[0] == 'pwd':
        base = pick(['ee.pwd.elect.' + unit, 'pwd' + unit + 'division', 'de.pwd.' + slug(o[3])[-6:]])
    else:
        base = pick(['zp.' + unit, unit + 'dept.zp', 'zp' + unit + 'section'])
    return free_email(base, city_key)


def build_public(city_key, choice=None):
    opts = public_bodies_for(city_key)
    opts = [o for o in opts if (city_key + '|' + o[0] + '|' + o[3]) not in PUBLIC_USED]
    if not opts:
        return None
    o = choice if choice is not None else pick(opts)
    PUBLIC_USED.add(city_key + '|' + o[0] + '|' + o[3])
    parts = [['core', list(o[1])], ['qual', list(o[2])]]
    c = make_person(pick_culture(city_key), gender='M' if chance(0.8) else 'F', prof_ok=False)
    if chance(0.5):
        c['prof'] = 'Er.'
    e = org_entity('public_body', city_key, parts, c, 'public')
    e['addr']['bldg'] = public_bldg(o[0])
    e['role']['public'] = (o[0], o[3])
    e['phones'].append(new_landline(city_key))
    if chance(0.4):
        e['phones'].append(new_mobile_for_city(city_key))
    if chance(0.6):
        e['emails'].append(public_email(o, city_key))
    return e


def build_school(city_key):
    c = make_person(pick_culture(city_key), gender='M' if chance(0.6) else 'F', prof_ok=False)
    c['prof'] = pick([None, None, 'Dr.', 'Prof.']) if chance(0.5) else None

    def b():
        nm = pick(SCHOOL_NAMES)
        typ = pick(SCHOOL_TYPES)
        loc = CITY[city_key]['locs'][pick_loc(city_key, False)][0][0]
        parts = [['core', [nm]], ['trade', list(typ)]]
        if chance(0.6):
            parts.append(['qual', [' - ' + loc, ' (' + loc + ')', ', ' + loc]])
        return parts
    parts = unique_parts(b, city_key)
    e = org_entity('school', city_key, parts, c, 'campus')
    add_org_contacts(e, landline_p=0.85, mobile_p=0.4, dom_p=0.4, free_p=0.8)
    return e


def build_hospital(city_key):
    c = make_person(pick_culture(city_key), gender='M' if chance(0.7) else 'F', prof_ok=False)
    c['prof'] = 'Dr.' if chance(0.5) else None

    def b():
        nm = pick(HOSP_NAMES)
        typ = pick(HOSP_TYPES)
        parts = [['core', [nm]], ['trade', list(typ)]]
        if chance(0.3):
            parts.append(['legal', list(LEGAL['pvt'])])
        return parts
    parts = unique_parts(b, city_key)
    e = org_entity('hospital', city_key, parts, c, 'campus')
    add_org_contacts(e, landline_p=0.85, mobile_p=0.4, dom_p=0.45, free_p=0.7)
    return e


def build_uae(city_key):
    cult = wpick(CULT_BY_STATE['AE'])
    c = make_person(cult, gender='M')

    def b():
        tr = wpick([('electrical_trading', 40), ('electromechanical', 20), ('building_materials', 15),
                    ('general_trading', 15), ('technical_services', 10)])
        lg = 'fze' if chance(0.1) else 'llc'
        return [['core', list(pick(UAE_CORES))], ['trade', list(TRADES[tr])], ['legal', list(LEGAL[lg])]]
    parts = unique_parts(b, city_key)
    e = org_entity('uae_trading', city_key, parts, c, 'industrial' if chance(0.5) else 'shop')
    add_org_contacts(e, landline_p=0.75, mobile_p=0.85, dom_p=0.55, free_p=0.8)
    return e


def build_franchise(brand, city_key, loc_idx):
    forms, dom, help_kind = brand
    loc = CITY[city_key]['locs'][loc_idx][0]
    l0 = loc[0]
    quals = [' - ' + l0, ' (' + l0 + ')', ', ' + l0] + ([' - ' + loc[1]] if len(loc) > 1 else [])
    parts = [['core', list(forms)], ['qual', quals]]
    c = make_person(pick_culture(city_key), gender='M' if chance(0.85) else 'F')
    e = org_entity('franchise_outlet', city_key, parts, c, 'shop', addr=new_address(city_key, 'shop', loc_idx=loc_idx))
    e['phones'].append(new_mobile_for_city(city_key))
    if chance(0.3):
        e['phones'].append(new_landline(city_key))
    e['domain'] = dom
    e['emails'].append(domain_email(dom, [slug(l0)[:12], slug(l0)[:8] + '.store']))
    if chance(0.4):
        e['emails'].append(person_email(c, city_key))
    e['role']['brand'] = dom
    return e

# ---------------------------------------------------------------------------
# Styles: how one source writes one customer.  render(truth, style) is pure.
# ---------------------------------------------------------------------------
APOS_FORMS = 6


def apos_form(name, k):
    if "'" not in name or k == 0:
        return name
    head, tail = name.split("'", 1)
    if k == 1:
        return head + '\u2019' + tail
    if k == 2:
        return head + tail.lower()
    if k == 3:
        return head + ' ' + tail
    if k == 4:
        return head + '\u00e2\u20ac\u2122' + tail        # UTF-8 read as cp1252 (mojibake)
    return head + tail


def initials_str(letters, fmt):
    if fmt == 0:
        return ' '.join(l + '.' for l in letters)
    if fmt == 1:
        return ''.join(l + '.' for l in letters)
    if fmt == 2:
        return ' '.join(letters)
    return ''.join(letters)


def apply_case(x, mode):
    if x is None:
        return None
    if mode == 'upper':
        return x.upper()
    if mode == 'lower':
        return x.lower()
    return x


def person_name(p, ps):
    given = p['given']
    if ps['nick'] is not None and given in NICK:
        g = NICK[given][ps['nick'] % len(NICK[given])]
    else:
        forms = [given] + GIVEN_VAR.get(given, [])
        g = forms[ps['gform'] % len(forms)]
    if ps['ginit']:
        g = g[0] + '.'
    else:
        if p['culture'] == 'gj' and ps['sfx'] and not g.endswith('kumar'):
            suf = 'bhai' if p['gender'] == 'M' else 'ben'
            g = g + suf if ps['sfx'] == 1 else g + ' ' + suf.capitalize()
        if p['kumar'] and ps['kumar']:
            g = g + ' Kumar'
        if p['mohd'] and ps['mohd']:
            g = ps['mohd'] + ' ' + g
    mid = None
    if p['father'] and ps['mid'] != 'none':
        if ps['mid'] == 'init':
            mid = p['father'][0] + '.'
        else:
            mid = p['father']
            if p['culture'] == 'gj' and ps['sfx']:
                mid = mid + ('bhai' if ps['sfx'] == 1 else ' Bhai')
    fam = None
    if p['family']:
        forms = [p['family']] + FAM_VAR.get(p['family'], [])
        fam = apos_form(forms[ps['fform'] % len(forms)], ps['apos'])
    ini = initials_str(p['initials'], ps['ifmt']) if p['initials'] else None
    if fam is None:
        core = [ini, g] if ps['ipos'] == 'pre' else [g, ini]
        gf, ff = g, ini
    else:
        if ps['order'] == 'gf':
            core = [g] + ([mid] if mid else []) + [fam]
        else:
            core = [fam, g] + ([mid] if mid else [])
        gf = g + (' ' + mid if (mid and ps['gmid']) else '')
        ff = fam
    full = ' '.join(core)
    disp = (ps['title'] + ' ' + full) if ps['title'] else full
    if ps['fields'] == 'swapped':
        gf, ff = ff, gf
    elif ps['fields'] == 'given_all':
        gf, ff = full, None
    elif ps['fields'] == 'none':
        gf = ff = None
    return disp, gf, ff


def org_name(parts, os_):
    words = []
    qual = ''
    pc = []
    rest = []
    for slot, forms in parts:
        i = os_['forms'].get(slot, 0)
        if i is None or i < 0:
            continue
        w = forms[i % len(forms)]
        if slot == 'qual':
            qual = w
        elif slot in ('prefix', 'core'):
            pc.append(w)
        else:
            rest.append(w)
    if os_['acro']:
        ws = ' '.join(pc).replace('-', ' ').split()
        if len(ws) >= 2:
            pc = [''.join(w[0].upper() + '.' for w in ws)]
    words = pc + rest
    name = ' '.join(words) + qual
    if os_['ms']:
        name = os_['ms'] + name
    return name


def render_email(t, es):
    if es['idx'] is None or not t['emails']:
        return None
    e = t['emails'][es['idx'] % len(t['emails'])]
    if es['case'] == 1:
        loc, dom = e.split('@')
        e = '.'.join(x[:1].upper() + x[1:] for x in loc.split('.')) + '@' + dom[:1].upper() + dom[1:]
    elif es['case'] == 2:
        e = e.upper()
    return e


PHONE_PRE = ['', 'M: ', 'Mob. ', 'Mob: ', 'Ph: ', 'Tel: ', 'Off: ', 'Mobile ']
PHONE_SUF = ['', ' (WhatsApp)', ' (O)', ' (R)', ' (M)', ' (WA)', ' - WhatsApp']


def label_opts(ph):
    if ph['kind'] in ('mobile', 'uae_mobile'):
        return [0, 1, 2, 3, 4, 7], [0, 1, 4, 5, 6]
    if ph['kind'] == 'tollfree':
        return [0, 4], [0]
    return [0, 4, 5, 6], [0, 2, 3]


def render_phone(t, ts):
    chunks = []
    for it in ts['items']:
        idx, fmt, pre, suf = it
        if idx >= len(t['phones']):
            continue
        ph = t['phones'][idx]
        s = fmt_phone(ph, fmt)
        if ts.get('consec') and ph['kind'] == 'landline' and fmt in ('dashed', 'plain'):
            s = s + '/' + '%02d' % ((int(ph['nat'][-2:]) + 1) % 100)
        chunks.append(PHONE_PRE[pre] + s + PHONE_SUF[suf])
    if not chunks:
        return None
    return ts['sep'].join(chunks)


UNIT_FORMS = {
    'Shop No.': ['Shop No. {}', 'Shop No.{}', 'Shop no {}', 'Shop {}'],
    'Gala No.': ['Gala No. {}', 'Gala No.{}', 'Gala no {}', 'Gala {}'],
    'Office No.': ['Office No. {}', 'Office No.{}', 'Off. No. {}', 'Office {}'],
    'Unit No.': ['Unit No. {}', 'Unit No.{}', 'Unit no {}', 'Unit {}'],
    'Plot No.': ['Plot No. {}', 'Plot No.{}', 'Plot no {}', 'Plot {}'],
    'Plot': ['Plot {}', 'Plot No. {}', 'Plot No.{}', 'Plot {}'],
    'Shed No.': ['Shed No. {}', 'Shed No.{}', 'Shed no {}', 'Shed {}'],
    'Gat No.': ['Gat No. {}', 'Gat No.{}', 'Gat no {}', 'Gat {}'],
    'S. No.': ['S. No. {}', 'Survey No. {}', 'Sr. No. {}', 'S.No.{}'],
    'Flat No.': ['Flat No. {}', 'Flat No.{}', 'Flat {}', 'Flat no {}'],
    'House No.': ['House No. {}', 'H. No. {}', 'H.No.{}', 'House {}'],
    'No.': ['No. {}', 'No.{}', '#{}', '# {}'],
    'Warehouse No.': ['Warehouse No. {}', 'W/H No. {}', 'WH {}', 'Warehouse {}'],
    '': ['{}', '{}', '{}', '{}'],
}
ABBR = [
    # (level, full, short)
    (1, 'Opposite', 'Opp.'), (1, 'Near', 'Nr.'), (1, 'Building', 'Bldg.'), (1, 'Apartments', 'Apts.'),
    (1, 'Apartment', 'Apt.'), (1, 'Society', 'Soc.'),
    (2, 'Road', 'Rd.'), (2, 'Industrial', 'Ind.'), (2, 'Estate', 'Est.'), (2, 'Floor', 'Flr.'), (2, 'Ground', 'Grd.'),
    (2, 'Station', 'Stn.'), (2, 'Behind', 'B/h'), (2, 'Complex', 'Cmplx.'), (2, 'Shopping Centre', 'Shopping Ctr.'),
    (2, 'Chambers', 'Chmbrs.'), (2, 'Market', 'Mkt.'),
]
TRANSLIT = [('Krupa', 'Kripa'), ('Niwas', 'Nivas'), ('Chowk', 'Chauk'), ('Bhavan', 'Bhawan'), ('Mandir', 'Temple'),
            ('Chawl', 'Chaal'), ('Sankul', 'Complex'), ('Vihar', 'Vihaar'), ('Laxmi', 'Lakshmi'), ('Shree', 'Shri'),
            ('Char Rasta', 'Cross Road'), ('Chokdi', 'Chowkdi'), ('Mandai', 'Market'), ('Peth', 'Pet'),
            ('Chhaya', 'Chaya'), ('Vrundavan', 'Vrindavan'), ('Bunder', 'Bandar'),
            ('Chowky', 'Chowki'), ('Masjid', 'Mosque'), ('Derasar', 'Jain Temple')]


def word_sub(s, a, b):
    return re.sub(r'(?<![A-Za-z])' + re.escape(a) + r'(?![A-Za-z])', b, s)


def abbreviate(s, level, dots=True):
    if level <= 0:
        return s
    for lv, full, short in ABBR:
        if lv <= level:
            s = word_sub(s, full, short if dots else short.replace('.', ''))
    return s


def translit(s):
    for a, b in TRANSLIT:
        s = word_sub(s, a, b)
    return s


DASHES = [' - ', ' \u2013 ', ' \u00e2\u20ac\u201c ', '-']


def render_addr(a, st):
    if a is None or st is None:
        return None
    C = CITY[a['city']]
    ae = C['lang'] == 'ae'
    unit = None
    if a['unit'] is not None:
        typ, no = a['unit']
        forms = UNIT_FORMS.get(typ, UNIT_FORMS[''])
        unit = forms[st['unit_fmt'] % len(forms)].format(no)
    floor = a['floor'] if st['floor'] else None
    bldg = a['bldg']
    street = None
    if a['street'] and st['street']:
        street = a['street'][st['street_form'] % len(a['street'])]
    lm = None
    if a['landmark'] and st['landmark']:
        lm = a['landmark'][0] + ' ' + a['landmark'][1]
    loc = a['loc'][st['loc_form'] % len(a['loc'])]
    cname = C['forms'][st['city_form'] % len(C['forms'])]
    city = cname
    mode = st['city_mode']
    if mode == 'loc' and not a['town']:
        mode = 'loc_city'
    if mode == 'loc_city':
        city = cname if loc.casefold() == cname.casefold() else loc + ', ' + cname
        loc = None
    elif mode == 'loc':
        city = loc
        loc = None
    lay = st['layout']
    dash = DASHES[st['dash'] % len(DASHES)]
    pin = a['pin'] or None
    pin_txt = None
    if pin:
        pin_txt = pin[:3] + ' ' + pin[3:] if st['pin'] == 'space' else pin
    if lay == 'split':
        l1 = [unit, floor, bldg]
        l2 = [lm, street, loc]
    elif lay == 'split2':
        l1 = [unit, floor, bldg, street]
        l2 = [lm, loc]
    elif lay == 'jam':
        l1 = [unit, floor, bldg, lm, street, loc]
        l2 = []
    elif lay == 'jam_city':
        tail = cname
        if pin and st['pin'] != 'none':
            tail = cname + dash + pin_txt
        if st.get('sil'):
            tail = tail + ', ' + STATE_FORMS[C['state']][0]
        l1 = [unit, floor, bldg, lm, street, loc, tail]
        l2 = []
    elif lay == 'short':
        l1 = [unit, bldg]
        l2 = [loc]
    else:   # city_only
        l1 = []
        l2 = []
    l1 = [x for x in l1 if x]
    l2 = [x for x in l2 if x]
    if not l1 and l2:
        l1, l2 = l2, []
    if ae and a['pobox'] and st['pin'] == 'line' and lay != 'city_only':
        l2.append(a['pobox'])
    sep = st['comma']
    line1 = sep.join(l1) if l1 else None
    line2 = sep.join(l2) if l2 else None
    if not ae and pin and st['pin'] == 'line' and lay not in ('jam_city', 'city_only'):
        if line2:
            line2 = line2 + dash + pin
        elif line1:
            line1 = line1 + dash + pin
    postal = None
    if ae:
        if a['pobox'] and st['pin'] in ('plain', 'space'):
            postal = a['pobox']
    elif pin and st['pin'] in ('plain', 'space'):
        postal = pin_txt
    elif pin and st['pin'] == 'line' and lay == 'jam_city':
        postal = pin
    region = None
    if st['region'] is not None:
        forms = STATE_FORMS[C['state']]
        region = forms[st['region'] % len(forms)]
    country = None
    if st['country'] is not None:
        forms = COUNTRY_FORMS['AE' if ae else 'IN']
        country = forms[st['country'] % len(forms)]
    out = {}
    for k, v in (('line1', line1), ('line2', line2), ('city', city)):
        if v is not None:
            v = abbreviate(v, st['abbr'], st['dots'])
            if st['translit']:
                v = translit(v)
            v = apply_case(v, st['case'])
        out[k] = v
    out['region'] = apply_case(region, 'upper' if st['case'] == 'upper' else 'title') if region else None
    out['postalCode'] = postal
    out['country'] = country
    if st['city_drop']:
        out['city'] = None
    ordered = {}
    for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'):
        v = out[k]
        ordered[k] = v if v else None
    if all(ordered[k] is None for k in ordered):
        return None
    return ordered


def render(t, s):
    rec = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None,
           'email': None, 'phone': None, 'address': None}
    nc = s['ncase']
    if t['type'] == 'person':
        d, g, f = person_name(t['p'], s['p'])
        rec['displayName'] = d
        rec['givenName'] = g
        rec['familyName'] = f
    else:
        comp = org_name(t['parts'], s['o'])
        cd = cg = cf = None
        if s['c'] is not None and t['contact'] is not None:
            cd, cg, cf = person_name(t['contact'], s['c'])
        disp = comp
        if s['o']['disp'] == 'company_contact' and cd:
            disp = comp + ' (' + cd + ')'
        elif s['o']['disp'] == 'contact' and cd:
            disp = cd
        rec['displayName'] = disp
        rec['companyName'] = comp
        rec['givenName'] = cg
        rec['familyName'] = cf
    for k in ('displayName', 'givenName', 'familyName', 'companyName'):
        rec[k] = apply_case(rec[k], nc)
    if s['extra']:
        rec['displayName'] = rec['displayName'] + s['extra']
    if s['dspace']:
        rec['displayName'] = rec['displayName'].replace(' ', '  ', 1)
    rec['email'] = render_email(t, s['e'])
    rec['phone'] = render_phone(t, s['t'])
    rec['address'] = render_addr(t['addr'], s['a'])
    for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if rec[k] is not None:
            rec[k] = rec[k].strip()
            if not rec[k]:
                rec[k] = None
    return rec


# ---------------------------------------------------------------------------
# Style samplers per source
# ---------------------------------------------------------------------------
SOURCES = ['tally', 'reps', 'web', 'counter']
SOURCE_W = [('tally', 25), ('reps', 30), ('web', 30), ('counter', 15)]


def pstyle(p, source, contact=False):
    ps = {'title': None, 'order': 'gf', 'mid': 'none', 'gform': 0, 'fform': 0, 'nick': None, 'sfx': 0,
          'kumar': True, 'mohd': None, 'ipos': 'post' if p['ipost'] else 'pre', 'ifmt': 0, 'fields': 'normal',
          'gmid': False, 'ginit': False, 'apos': 0}
    if p['mohd']:
        ps['mohd'] = wpick([('Mohammed', 30), ('Mohd.', 30), ('Md.', 15), ('Mohammad', 10), ('Mohd', 10), (None, 5)])
    if p['kumar']:
        ps['kumar'] = chance(0.75)
    if p['culture'] == 'gj':
        ps['sfx'] = wpick([(0, 45), (1, 45), (2, 10)])
    if p['initials']:
        ps['ifmt'] = wpick([(0, 45), (1, 35), (2, 15), (3, 5)])
        if not p['ipost']:
            ps['ipos'] = 'pre' if chance(0.7) else 'post'
    if chance(0.1):
        ps['gform'] = R.randint(1, 3)
    if chance(0.08):
        ps['fform'] = R.randint(1, 3)
    if p['father'] and not contact:
        if source == 'tally':
            ps['mid'] = wpick([('none', 35), ('full', 45), ('init', 20)])
        elif source in ('qbo', 'web'):
            ps['mid'] = wpick([('none', 60), ('full', 25), ('init', 15)])
        else:
            ps['mid'] = wpick([('none', 80), ('full', 10), ('init', 10)])
        ps['gmid'] = ps['mid'] != 'none' and chance(0.25)
    if not contact:
        tp = {'qbo': 0.18, 'tally': 0.3, 'reps': 0.1, 'web': 0.15, 'counter': 0.05}[source]
        if chance(tp):
            if p['prof'] and chance(0.8):
                ps['title'] = p['prof']
            elif p['gender'] == 'F' and p['culture'] == 'north' and chance(0.4):
                ps['title'] = pick(['Kumari', 'Km.'])
            elif p['gender'] == 'F':
                ps['title'] = pick(['Smt.', 'Smt', 'Mrs.', 'Ms.'])
            else:
                ps['title'] = pick(['Mr.', 'Mr', 'Shri', 'Shri.', 'Sri'] if p['culture'] in ('ka', 'tn') else ['Mr.', 'Mr', 'Shri', 'Shri.'])
        if p['family'] and source == 'tally' and chance(0.45):
            ps['order'] = 'fg'
        elif p['family'] and source == 'qbo' and chance(0.06):
            ps['order'] = 'fg'
        fw = {'qbo': [('normal', 95), ('given_all', 3), ('swapped', 2)],
              'tally': [('normal', 75), ('given_all', 20), ('swapped', 5)],
              'reps': [('normal', 80), ('given_all', 12), ('swapped', 8)],
              'web': [('normal', 92), ('given_all', 3), ('swapped', 5)],
              'counter': [('normal', 55), ('given_all', 30), ('none', 10), ('swapped', 5)]}[source]
        ps['fields'] = wpick(fw)
    else:
        if source in ('tally', 'counter') and chance(0.2):
            ps['fields'] = 'given_all'
        if p['prof'] and chance(0.2):
            ps['title'] = p['prof']
    return ps


def ostyle(t, source):
    os_ = {'forms': {}, 'ms': None, 'acro': False, 'disp': 'company'}
    for slot, forms in t['parts']:
        if slot == 'legal':
            os_['forms'][slot] = 0 if chance(0.55) else R.randrange(len(forms))
        elif slot == 'qual':
            os_['forms'][slot] = 0 if chance(0.7) else R.randrange(len(forms))
        else:
            os_['forms'][slot] = 0 if chance(0.85) else R.randrange(len(forms))
    msp = {'qbo': 0.06, 'tally': 0.35, 'reps': 0.08, 'web': 0.03, 'counter': 0.1}[source]
    if chance(msp):
        os_['ms'] = pick(['M/s. ', 'M/S. ', 'M/s ', 'M/S '])
    if source == 'web' and chance(0.15):
        os_['disp'] = 'contact'
    elif source in ('reps', 'counter') and chance(0.1):
        os_['disp'] = 'company_contact'
    return os_


def tstyle(t, source):
    n = len(t['phones'])
    if n == 0:
        return {'items': [], 'sep': ' / ', 'consec': False}
    order = list(range(n))
    if t['type'] == 'org' and chance(0.4):
        order = order[::-1]
    cnt = {'qbo': [(1, 65), (2, 30), (3, 5)], 'tally': [(1, 40), (2, 45), (3, 15)], 'reps': [(1, 80), (2, 20)],
           'web': [(1, 90), (2, 10)], 'counter': [(1, 100)]}[source]
    k = min(n, wpick(cnt))
    fw = {'qbo': [('plain', 30), ('spaced', 25), ('intl_sp', 15), ('intl', 8), ('trunk0', 6), ('dashed', 8), ('intl_dash', 4), ('intl00', 4)],
          'tally': [('plain', 35), ('trunk0', 20), ('intl_dash', 8), ('spaced', 12), ('intl00', 10), ('dashed', 15)],
          'reps': [('spaced', 45), ('plain', 38), ('dashed', 10), ('intl_sp', 7)],
          'web': [('intl_sp', 35), ('intl', 40), ('intl_dash', 10), ('plain', 15)],
          'counter': [('plain', 80), ('spaced', 20)]}[source]
    items = []
    for i in order[:k]:
        pre = 0
        suf = 0
        pres, sufs = label_opts(t['phones'][i])
        if source == 'tally' and chance(0.2):
            pre = pick(pres)
        if source == 'reps' and chance(0.2):
            suf = pick(sufs)
        if source == 'qbo' and chance(0.08):
            suf = pick(sufs)
        items.append([i, wpick(fw), pre, suf])
    return {'items': items, 'sep': wpick([(' / ', 40), ('/', 25), (', ', 25), (',', 10)]),
            'consec': source == 'tally' and chance(0.15)}


def astyle(a, source):
    st = {'layout': 'split', 'unit_fmt': 0, 'floor': True, 'landmark': True, 'street': True, 'abbr': 1,
          'dots': True, 'translit': False, 'street_form': 0, 'loc_form': 0, 'city_mode': 'city', 'city_form': 0,
          'region': 0, 'pin': 'plain', 'country': 0, 'case': 'title', 'dash': 0, 'comma': ', ', 'city_drop': False}
    if source == 'qbo':
        st['layout'] = wpick([('split', 55), ('split2', 20), ('jam', 20), ('short', 5)])
        st['abbr'] = wpick([(0, 30), (1, 60), (2, 10)])
        st['region'] = wpick([(0, 65), (1, 25), (None, 10)])
        st['pin'] = wpick([('plain', 80), ('space', 8), ('none', 7), ('line', 5)])
        st['country'] = wpick([(0, 45), (1, 40), (None, 15)])
        st['case'] = wpick([('title', 95), ('upper', 5)])
        st['unit_fmt'] = wpick([(0, 70), (1, 15), (2, 10), (3, 5)])
    elif source == 'tally':
        st['layout'] = wpick([('jam_city', 50), ('jam', 30), ('split', 20)])
        st['abbr'] = wpick([(0, 20), (1, 60), (2, 20)])
        st['region'] = wpick([(0, 85), (2, 5), (None, 10)])
        st['pin'] = wpick([('plain', 70), ('line', 20), ('space', 10)])
        st['country'] = wpick([(0, 70), (2, 15), (None, 15)])
        st['case'] = wpick([('title', 50), ('upper', 50)])
        st['unit_fmt'] = wpick([(0, 40), (1, 40), (2, 20)])
        st['dash'] = wpick([(0, 60), (1, 25), (2, 10), (3, 5)])
        st['comma'] = wpick([(', ', 70), (',', 30)])
        st['sil'] = chance(0.3)
    elif source == 'reps':
        st['layout'] = wpick([('short', 35), ('split', 40), ('jam', 25)])
        st['abbr'] = wpick([(1, 50), (2, 50)])
        st['dots'] = chance(0.5)
        st['region'] = wpick([(1, 50), (0, 25), (None, 25)])
        st['country'] = wpick([(None, 60), (1, 20), (0, 20)])
        st['pin'] = wpick([('plain', 60), ('none', 25), ('space', 15)])
        st['case'] = wpick([('title', 60), ('lower', 25), ('upper', 15)])
        st['landmark'] = chance(0.7)
        st['floor'] = chance(0.5)
        st['translit'] = chance(0.25)
        st['unit_fmt'] = R.randrange(4)
        if chance(0.25):
            st['city_form'] = R.randint(1, 3)
    elif source == 'web':
        st['layout'] = wpick([('split', 85), ('split2', 15)])
        st['abbr'] = wpick([(0, 50), (1, 50)])
        st['region'] = 0
        st['country'] = wpick([(1, 70), (0, 30)])
        st['pin'] = 'plain'
        st['case'] = wpick([('title', 85), ('upper', 5), ('lower', 10)])
        if chance(0.2):
            st['city_mode'] = 'loc_city'
    else:   # counter
        st['layout'] = wpick([('city_only', 40), ('short', 40), ('split', 20)])
        st['region'] = wpick([(None, 50), (1, 30), (0, 20)])
        st['country'] = wpick([(None, 60), (0, 40)])
        st['pin'] = wpick([('none', 50), ('plain', 50)])
        st['case'] = wpick([('title', 70), ('upper', 30)])
        st['abbr'] = 2
    if a is not None:
        if a['street'] and len(a['street']) > 1 and chance(0.3):
            st['street_form'] = R.randrange(len(a['street']))
        if len(a['loc']) > 1 and chance(0.25):
            st['loc_form'] = R.randrange(len(a['loc']))
        if a['town'] and chance(0.3):
            st['city_mode'] = 'loc'
        if source in ('qbo', 'tally') and chance(0.08):
            st['city_form'] = R.randrange(len(CITY[a['city']]['forms']))
    return st


def new_style(t, source, force_email=None, force_phone=None, force_addr=None, force_contact=None):
    s = {'ncase': 'title', 'extra': None, 'dspace': False, 'p': None, 'o': None, 'c': None}
    nc = {'qbo': [('title', 95), ('upper', 5)], 'tally': [('title', 55), ('upper', 45)],
          'reps': [('title', 65), ('lower', 20), ('upper', 15)], 'web': [('title', 80), ('upper', 10), ('lower', 10)],
          'counter': [('title', 70), ('upper', 30)]}[source]
    s['ncase'] = wpick(nc)
    if t['type'] == 'person':
        s['p'] = pstyle(t['p'], source)
    else:
        s['o'] = ostyle(t, source)
        cp = {'qbo': 0.8, 'tally': 0.5, 'reps': 0.7, 'web': 0.9, 'counter': 0.6}[source]
        if force_contact is not None:
            cp = 1.0 if force_contact else 0.0
        if t['contact'] is not None and chance(cp):
            s['c'] = pstyle(t['contact'], source, contact=True)
        if s['c'] is None and s['o']['disp'] != 'company':
            s['o']['disp'] = 'company'
    ep = {'qbo': 0.85, 'tally': 0.45, 'reps': 0.55, 'web': 1.0, 'counter': 0.25}[source]
    if force_email is not None:
        ep = 1.0 if force_email else 0.0
    s['e'] = {'idx': 0 if (t['emails'] and chance(ep)) else None,
              'case': wpick([(0, 90), (1, 8), (2, 2)]) if source != 'tally' else wpick([(0, 70), (2, 30)])}
    if s['e']['idx'] is not None and len(t['emails']) > 1 and chance(0.15):
        s['e']['idx'] = 1
    s['t'] = tstyle(t, source)
    pp = {'qbo': 0.92, 'tally': 0.9, 'reps': 0.98, 'web': 0.95, 'counter': 1.0}[source]
    if force_phone is not None:
        pp = 1.0 if force_phone else 0.0
    if not chance(pp):
        s['t']['items'] = []
    ap = {'qbo': 0.8, 'tally': 0.95, 'reps': 0.7, 'web': 0.95, 'counter': 0.6}[source]
    if force_addr is not None:
        ap = 1.0 if force_addr else 0.0
    s['a'] = astyle(t['addr'], source) if (t['addr'] is not None and chance(ap)) else None
    return s

# ---------------------------------------------------------------------------
# Comparison helpers (generator side; check.py has its own)
# ---------------------------------------------------------------------------
REC_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def diff_fields(a, b):
    out = []
    for f in REC_FIELDS:
        if a[f] != b[f]:
            out.append(f)
    aa, ba = a['address'], b['address']
    if (aa is None) != (ba is None):
        out.append('address')
    elif aa is not None:
        for f in ADDR_FIELDS:
            if aa[f] != ba[f]:
                out.append('address.' + f)
    return out


A_CANON = {'nr': 'near', 'opp': 'opposite', 'bldg': 'building', 'apt': 'apartment', 'apts': 'apartment',
           'apartments': 'apartment', 'soc': 'society', 'rd': 'road', 'ind': 'industrial', 'indl': 'industrial',
           'est': 'estate', 'flr': 'floor', 'grd': 'ground', 'stn': 'station', 'cmplx': 'complex', 'chmbrs': 'chambers',
           'mkt': 'market', 'ctr': 'centre', 'center': 'centre', 'kripa': 'krupa', 'nivas': 'niwas', 'chauk': 'chowk',
           'bhawan': 'bhavan', 'temple': 'mandir', 'chaal': 'chawl', 'vihaar': 'vihar', 'lakshmi': 'laxmi',
           'shri': 'shree', 'chowkdi': 'chokdi', 'pet': 'peth', 'chaya': 'chhaya', 'vrindavan': 'vrundavan',
           'bandar': 'bunder', 'chowki': 'chowky', 'mosque': 'masjid', 'sankul': 'complex', 'derasar': 'mandir'}
A_STOP = set(['no', 'near', 'opposite', 'behind', 'b', 'h', 'next', 'to', 'beside', 'building', 'apartment', 'society',
              'road', 'floor', 'ground', 'upper', 'shop', 'office', 'off', 'unit', 'plot', 'gala', 'flat', 'house', 's',
              'sr', 'survey', 'gat', 'shed', 'warehouse', 'wh', 'w', 'the', 'of', 'and', 'estate', 'industrial', 'area',
              'complex', 'plaza', 'arcade', 'chambers', 'centre', 'market', 'tower', 'towers', 'heights', 'residency',
              'p', 'o', 'box', 'lane', 'street', 'marg', 'main', 'cross', 'crs', 'stage', 'phase', 'sector', 'char',
              'rasta', 'e', 'east', 'west', 'jain', 'mandir', 'site', 'project'])


def addr_tokens(a):
    if a is None:
        return []
    txt = ' '.join(x for x in (a['line1'], a['line2']) if x)
    txt = txt.replace('\u00e2\u20ac\u201c', ' ').replace('\u00e2\u20ac\u2122', '').replace('\u2019', '').replace("'", '')
    txt = txt.lower()
    txt = re.sub(r'\b(upper\s+)?(ground|grd\.?|gr\.?|1st|2nd|3rd|4th|5th|first|second|third)\s*(floor|flr\.?)', ' ', txt)
    txt = re.sub(r'\b\d{3}\s\d{3}\b', ' ', txt)
    toks = []
    for w in re.split(r'[^a-z0-9]+', txt):
        if not w:
            continue
        if re.fullmatch(r'\d{6}', w):
            continue
        w = A_CANON.get(w, w)
        if w in A_STOP:
            continue
        if w not in toks:
            toks.append(w)
    return toks


def addr_sim(a, b):
    ta = addr_tokens(a)
    tb = addr_tokens(b)
    if not ta or not tb:
        return 0.0, 0
    inter = len([w for w in ta if w in tb])
    return inter / float(min(len(ta), len(tb))), inter


def has_lines(a):
    return a is not None and (a['line1'] is not None or a['line2'] is not None)


def addr_rich(a):
    return has_lines(a) and len(addr_tokens(a)) >= 3


def phones_shared(a, b):
    pa = parse_phone_nats(a)
    pb = parse_phone_nats(b)
    return any(x in pb for x in pa)


def evidence(cmp_rec, rec, same_addr):
    ev = []
    if cmp_rec['email'] and rec['email'] and cmp_rec['email'].casefold() == rec['email'].casefold():
        ev.append('email')
    if cmp_rec['phone'] and rec['phone'] and phones_shared(cmp_rec['phone'], rec['phone']):
        ev.append('phone')
    ok = True
    if addr_rich(cmp_rec['address']) and addr_rich(rec['address']):
        sim, inter = addr_sim(cmp_rec['address'], rec['address'])
        if same_addr:
            if sim >= 0.7 and inter >= 2:
                ev.append('address')
            else:
                ok = False
        elif sim >= 0.45 and inter >= 2:
            ok = False
    return ev, ok


def available(rec):
    av = []
    if rec['email']:
        av.append('email')
    if rec['phone']:
        av.append('phone')
    if addr_rich(rec['address']):
        av.append('address')
    return av


# ---------------------------------------------------------------------------
# Change steps: each mutates (truth, style); the change is what render shows
# ---------------------------------------------------------------------------
def _other(cur, n):
    opts = [i for i in range(n) if i != cur]
    return pick(opts) if opts else None


def ps_title(p, ps):
    if ps['title']:
        ps['title'] = None
        return True
    if p['prof']:
        ps['title'] = p['prof']
    elif p['gender'] == 'F' and p['culture'] == 'north' and chance(0.4):
        ps['title'] = pick(['Kumari', 'Km.'])
    elif p['gender'] == 'F':
        ps['title'] = pick(['Smt.', 'Mrs.', 'Ms.', 'Smt'])
    else:
        ps['title'] = pick(['Mr.', 'Shri', 'Mr', 'Shri.'])
    return True


def ps_order(p, ps):
    if not p['family']:
        return False
    ps['order'] = 'fg' if ps['order'] == 'gf' else 'gf'
    return True


def ps_mid(p, ps):
    if not p['father']:
        return False
    ps['mid'] = pick([x for x in ('none', 'full', 'init') if x != ps['mid']])
    return True


def ps_gmid(p, ps):
    if not p['father'] or ps['mid'] == 'none':
        return False
    ps['gmid'] = not ps['gmid']
    return True


def ps_gvar(p, ps):
    v = GIVEN_VAR.get(p['given'])
    if not v:
        return False
    n = len(v) + 1
    ps['gform'] = _other(ps['gform'] % n, n)
    ps['nick'] = None
    return True


def ps_fvar(p, ps):
    if not p['family']:
        return False
    v = FAM_VAR.get(p['family'])
    if not v:
        return False
    n = len(v) + 1
    ps['fform'] = _other(ps['fform'] % n, n)
    return True


def ps_nick(p, ps):
    if p['given'] not in NICK or ps['nick'] is not None:
        return False
    ps['nick'] = R.randrange(len(NICK[p['given']]))
    return True


def ps_sfx(p, ps):
    if p['culture'] != 'gj':
        return False
    ps['sfx'] = pick([x for x in (0, 1, 2) if x != ps['sfx']])
    return True


def ps_kumar(p, ps):
    if not p['kumar']:
        return False
    ps['kumar'] = not ps['kumar']
    return True


def ps_mohd(p, ps):
    if not p['mohd']:
        return False
    ps['mohd'] = pick([x for x in MOHD_FORMS + [None] if x != ps['mohd']])
    return True


def ps_ipos(p, ps):
    if not p['initials']:
        return False
    ps['ipos'] = 'post' if ps['ipos'] == 'pre' else 'pre'
    return True


def ps_ifmt(p, ps):
    if not p['initials']:
        return False
    ps['ifmt'] = _other(ps['ifmt'], 4)
    return True


def ps_apos(p, ps):
    if not p['family'] or "'" not in p['family']:
        return False
    ps['apos'] = _other(ps['apos'], APOS_FORMS)
    return True


def ps_given_all(p, ps):
    if ps['fields'] == 'given_all':
        return False
    ps['fields'] = 'given_all'
    return True


def ps_swapped(p, ps):
    if ps['fields'] == 'swapped':
        return False
    ps['fields'] = 'swapped'
    return True


def ps_ginit(p, ps):
    if ps['ginit'] or not p['family']:
        return False
    ps['ginit'] = True
    return True


def ps_none(p, ps):
    if ps['fields'] == 'none':
        return False
    ps['fields'] = 'none'
    return True


def on_person(fn):
    def f(t, s):
        if t['type'] != 'person':
            return False
        return fn(t['p'], s['p'])
    return f


def st_case(mode):
    def f(t, s):
        if s['ncase'] == mode:
            return False
        s['ncase'] = mode
        return True
    return f


def os_ms(t, s):
    s['o']['ms'] = None if s['o']['ms'] else pick(['M/s. ', 'M/S. ', 'M/s ', 'M/S ', 'Messrs. '])
    return True


def _slot(t, slot):
    for sl, forms in (t['parts'] or []):
        if sl == slot:
            return forms
    return None


def os_slot_var(slot):
    def f(t, s):
        forms = _slot(t, slot)
        if not forms or len(forms) < 2:
            return False
        cur = s['o']['forms'].get(slot, 0)
        if cur is None or cur < 0:
            return False
        s['o']['forms'][slot] = _other(cur % len(forms), len(forms))
        return True
    return f


def os_slot_drop(slot):
    def f(t, s):
        forms = _slot(t, slot)
        if not forms:
            return False
        cur = s['o']['forms'].get(slot, 0)
        if cur is None or cur < 0:
            return False
        if slot == 'trade' and _slot(t, 'core') is None:
            return False
        if slot == 'trade' and t['kind'] in ('school', 'hospital'):
            return False
        if slot == 'prefix' and _slot(t, 'core') is None:
            return False
        s['o']['forms'][slot] = -1
        return True
    return f


def os_acro(t, s):
    if s['o']['acro'] or t['kind'] in ('public_body', 'school', 'hospital', 'housing_society', 'franchise_outlet'):
        return False
    ws = []
    for sl, forms in t['parts']:
        if sl in ('prefix', 'core') and s['o']['forms'].get(sl, 0) >= 0:
            ws += forms[s['o']['forms'].get(sl, 0) % len(forms)].replace('-', ' ').split()
    if len(ws) < 2 or _slot(t, 'trade') is None or s['o']['forms'].get('trade', 0) < 0:
        return False
    s['o']['acro'] = True
    return True


def os_disp_cc(t, s):
    if s['c'] is None or t['contact'] is None or s['o']['disp'] != 'company':
        return False
    s['o']['disp'] = 'company_contact'
    return True


def os_disp_contact(t, s):
    if s['c'] is None or t['contact'] is None or s['o']['disp'] == 'contact':
        return False
    s['o']['disp'] = 'contact'
    return True


def os_contact_drop(t, s):
    if s['c'] is None:
        return False
    s['c'] = None
    s['o']['disp'] = 'company'
    return True


def os_contact_add(t, s):
    if s['c'] is not None or t['contact'] is None:
        return False
    s['c'] = pstyle(t['contact'], 'web', contact=True)
    return True


def os_contact_other(t, s):
    if t['contact'] is None:
        return False
    old = t['contact']
    np_ = make_person(pick_culture(t['city']), gender='M' if chance(0.8) else 'F', prof_ok=False)
    if np_['given'] == old['given']:
        return False
    t['contact'] = np_
    s['c'] = pstyle(np_, 'web', contact=True)
    return True


CONTACT_VARS = [ps_nick, ps_gvar, ps_fvar, ps_swapped, ps_given_all, ps_ifmt, ps_sfx, ps_mohd, ps_order]


def os_contact_var(t, s):
    if s['c'] is None or t['contact'] is None:
        return False
    fns = list(CONTACT_VARS)
    while fns:
        fn = pick(fns)
        fns.remove(fn)
        if fn(t['contact'], s['c']):
            return True
    return False


def on_org(fn):
    def f(t, s):
        if t['type'] != 'org':
            return False
        return fn(t, s)
    return f


# e-mail
def e_case(t, s):
    if s['e']['idx'] is None:
        return False
    s['e']['case'] = _other(s['e']['case'], 3)
    return True


def e_add(t, s):
    if s['e']['idx'] is not None or not t['emails']:
        return False
    s['e']['idx'] = 0
    return True


def e_drop(t, s):
    if s['e']['idx'] is None:
        return False
    s['e']['idx'] = None
    return True


def e_alt(t, s):
    if s['e']['idx'] is None or len(t['emails']) < 2:
        return False
    s['e']['idx'] = _other(s['e']['idx'] % len(t['emails']), len(t['emails']))
    return True


def fresh_email(t):
    ck = t['city']
    if t['type'] == 'person':
        return person_email(t['p'], ck)
    if t['domain'] and chance(0.5) and t['kind'] != 'franchise_outlet':
        return domain_email(t['domain'], [pick(['accounts', 'purchase', 'sales', 'billing', 'office', 'admin', 'store'])])
    if t['contact'] is not None and chance(0.5):
        return person_email(t['contact'], ck)
    return free_email(org_words(t['parts']), ck)


def e_new(t, s):
    t['emails'].append(fresh_email(t))
    s['e']['idx'] = len(t['emails']) - 1
    return True


# phone
def _shown(s):
    return [it[0] for it in s['t']['items']]


def t_fmt(t, s):
    if not s['t']['items']:
        return False
    it = pick(s['t']['items'])
    it[1] = pick([f for f in PHONE_FMTS if f != it[1]])
    return True


def t_label(t, s):
    if not s['t']['items']:
        return False
    it = pick(s['t']['items'])
    if it[0] >= len(t['phones']):
        return False
    pres, sufs = label_opts(t['phones'][it[0]])
    po = [x for x in pres if x != it[2]]
    so = [x for x in sufs if x != it[3]]
    if po and (chance(0.5) or not so):
        it[2] = pick(po)
    elif so:
        it[3] = pick(so)
    else:
        return False
    return True


def t_sep(t, s):
    if len(s['t']['items']) < 2:
        return False
    s['t']['sep'] = pick([x for x in (' / ', '/', ', ', ',', '; ') if x != s['t']['sep']])
    return True


def t_add(t, s):
    shown = _shown(s)
    hidden = [i for i in range(len(t['phones'])) if i not in shown]
    if not hidden:
        return False
    s['t']['items'].append([pick(hidden), pick(PHONE_FMTS[:4]), 0, 0])
    return True


def t_drop_one(t, s):
    if len(s['t']['items']) < 2:
        return False
    s['t']['items'].pop(R.randrange(len(s['t']['items'])))
    return True


def t_only_other(t, s):
    shown = _shown(s)
    hidden = [i for i in range(len(t['phones'])) if i not in shown]
    if not hidden or not shown:
        return False
    s['t']['items'] = [[pick(hidden), pick(PHONE_FMTS[:4]), 0, 0]]
    return True


def t_drop(t, s):
    if not s['t']['items']:
        return False
    s['t']['items'] = []
    return True


def t_new(t, s):
    t['phones'].append(new_mobile_for_city(t['city']))
    it = [len(t['phones']) - 1, pick(PHONE_FMTS[:5]), 0, 0]
    if s['t']['items'] and chance(0.3):
        s['t']['items'].insert(0, it)
    else:
        s['t']['items'] = [it]
    return True


# address
def _a(s):
    return s['a']


def a_abbr(t, s):
    if _a(s) is None:
        return False
    st = s['a']
    if chance(0.25):
        st['dots'] = not st['dots']
    else:
        st['abbr'] = _other(st['abbr'], 3)
    return True


def a_layout(t, s):
    if _a(s) is None or s['a']['layout'] not in ('split', 'split2', 'jam', 'jam_city'):
        return False
    s['a']['layout'] = pick([x for x in ('split', 'split2', 'jam', 'jam_city') if x != s['a']['layout']])
    return True


def a_pin(t, s):
    if _a(s) is None or not t['addr']['pin'] or s['a']['pin'] == 'none':
        return False
    s['a']['pin'] = pick([x for x in ('plain', 'space', 'line') if x != s['a']['pin']])
    return True


def a_region(t, s):
    if _a(s) is None:
        return False
    n = len(STATE_FORMS[CITY[t['addr']['city']]['state']])
    cur = s['a']['region']
    opts = [None] + list(range(n))
    s['a']['region'] = pick([x for x in opts if x != cur])
    return True


def a_country(t, s):
    if _a(s) is None:
        return False
    n = len(COUNTRY_FORMS[country_of(t['addr']['city'])])
    cur = s['a']['country']
    s['a']['country'] = pick([x for x in [None] + list(range(n)) if x != cur])
    return True


def a_city_alt(t, s):
    if _a(s) is None:
        return False
    n = len(CITY[t['addr']['city']]['forms'])
    if n < 2:
        return False
    s['a']['city_form'] = _other(s['a']['city_form'] % n, n)
    return True


def a_case(t, s):
    if _a(s) is None:
        return False
    s['a']['case'] = pick([x for x in ('title', 'upper', 'lower') if x != s['a']['case']])
    return True


def a_dash(t, s):
    if _a(s) is None:
        return False
    s['a']['dash'] = _other(s['a']['dash'], len(DASHES))
    return True


def a_unit_fmt(t, s):
    if _a(s) is None or t['addr']['unit'] is None:
        return False
    s['a']['unit_fmt'] = _other(s['a']['unit_fmt'] % 4, 4)
    return True


def a_add(t, s):
    if _a(s) is not None or t['addr'] is None:
        return False
    s['a'] = astyle(t['addr'], pick(['web', 'tally', 'reps']))
    if s['a']['layout'] == 'short':
        s['a']['layout'] = 'split'
    return True


def a_lm_drop(t, s):
    if _a(s) is None or not s['a']['landmark'] or t['addr']['landmark'] is None:
        return False
    s['a']['landmark'] = False
    return True


def a_floor_drop(t, s):
    if _a(s) is None or not s['a']['floor'] or t['addr']['floor'] is None:
        return False
    s['a']['floor'] = False
    return True


def a_street_drop(t, s):
    if _a(s) is None or not s['a']['street'] or t['addr']['street'] is None:
        return False
    s['a']['street'] = False
    return True


def a_translit(t, s):
    if _a(s) is None:
        return False
    s['a']['translit'] = not s['a']['translit']
    return True


def a_city_mode(t, s):
    if _a(s) is None:
        return False
    if s['a']['city_mode'] == 'city':
        s['a']['city_mode'] = 'loc' if (t['addr']['town'] and chance(0.5)) else 'loc_city'
    else:
        s['a']['city_mode'] = 'city'
    return True


def a_pin_drop(t, s):
    if _a(s) is None or not t['addr']['pin'] or s['a']['pin'] == 'none':
        return False
    s['a']['pin'] = 'none'
    return True


def a_short(t, s):
    if _a(s) is None or s['a']['layout'] in ('short', 'city_only'):
        return False
    a = t['addr']
    if a['unit'] is None and a['bldg'] is None:
        return False
    s['a']['layout'] = 'short'
    return True


def a_drop(t, s):
    if _a(s) is None:
        return False
    s['a'] = None
    return True


def a_moved(t, s):
    old = t['addr']
    ck = t['city']
    if chance(0.25) and country_of(ck) == 'IN':
        cands = [k for k, w in INDIA_CITY_WEIGHTS if CITY[k]['state'] == CITY[ck]['state'] and k != ck]
        if cands:
            ck = pick(cands)
    purpose = old.get('purpose', 'shop')
    if purpose == 'public':
        return False
    ex = [old['li']] if ck == old['city'] else None
    t['addr'] = new_address(ck, purpose, loc_idx=pick_loc(ck, None, exclude=ex))
    t['city'] = ck
    if s['a'] is None:
        s['a'] = astyle(t['addr'], 'web')
    return True


def a_city_only(t, s):
    if _a(s) is None or s['a']['layout'] == 'city_only':
        return False
    s['a']['layout'] = 'city_only'
    s['a']['city_drop'] = False
    return True


STEPS = [
    # name, level, group, tag, fn
    ('case_upper', 'L', 'case', 'upper_case', st_case('upper')),
    ('case_lower', 'L', 'case', 'lower_case', st_case('lower')),
    ('case_title', 'L', 'case', 'case_normalised', st_case('title')),
    ('title', 'L', 'title', 'title', on_person(ps_title)),
    ('ms', 'L', 'ms', 'ms_prefix', on_org(os_ms)),
    ('legal', 'L', 'legal', 'legal_form_variant', on_org(os_slot_var('legal'))),
    ('disp_cc', 'L', 'disp', 'contact_in_display', on_org(os_disp_cc)),
    ('contact_add', 'L', 'contact', 'contact_added', on_org(os_contact_add)),
    ('e_case', 'L', 'email', 'case', e_case),
    ('e_add', 'L', 'email', 'added', e_add),
    ('t_fmt', 'L', 't_fmt', 'reformatted', t_fmt),
    ('t_label', 'L', 't_label', 'label', t_label),
    ('t_sep', 'L', 't_sep', 'separator', t_sep),
    ('t_add', 'L', 't_add', 'number_added', t_add),
    ('a_abbr', 'L', 'a_abbr', 'abbreviation', a_abbr),
    ('a_layout', 'L', 'a_layout', 'lines_rearranged', a_layout),
    ('a_pin', 'L', 'a_pin', 'pin_format', a_pin),
    ('a_region', 'L', 'a_region', 'state_form', a_region),
    ('a_country', 'L', 'a_country', 'country_form', a_country),
    ('a_city_alt', 'L', 'a_city', 'city_alternate_name', a_city_alt),
    ('a_case', 'L', 'a_case', 'case', a_case),
    ('a_dash', 'L', 'a_dash', 'dash_encoding', a_dash),
    ('a_unit_fmt', 'L', 'a_unit', 'unit_format', a_unit_fmt),
    ('a_add', 'L', 'a_add', 'added', a_add),
    ('ifmt', 'L', 'ifmt', 'initials_format', on_person(ps_ifmt)),
    ('mid', 'M', 'mid', 'middle_name', on_person(ps_mid)),
    ('gmid', 'M', 'gmid', 'middle_name_in_given', on_person(ps_gmid)),
    ('order', 'M', 'order', 'surname_first', on_person(ps_order)),
    ('gvar', 'M', 'gvar', 'spelling_variant', on_person(ps_gvar)),
    ('fvar', 'M', 'fvar', 'spelling_variant', on_person(ps_fvar)),
    ('nick', 'M', 'gvar', 'nickname', on_person(ps_nick)),
    ('sfx', 'M', 'sfx', 'bhai_ben_suffix', on_person(ps_sfx)),
    ('kumar', 'M', 'kumar', 'kumar', on_person(ps_kumar)),
    ('mohd', 'M', 'mohd', 'mohammed_form', on_person(ps_mohd)),
    ('ipos', 'M', 'ipos', 'initials_position', on_person(ps_ipos)),
    ('apos', 'M', 'apos', 'apostrophe_mangled', on_person(ps_apos)),
    ('given_all', 'M', 'fields', 'full_name_in_given', on_person(ps_given_all)),
    ('prefix_var', 'M', 'prefix', 'devotional_prefix_variant', on_org(os_slot_var('prefix'))),
    ('core_var', 'M', 'core', 'spelling_variant', on_org(os_slot_var('core'))),
    ('trade_var', 'M', 'trade', 'trade_word_variant', on_org(os_slot_var('trade'))),
    ('qual_var', 'M', 'qual', 'qualifier_variant', on_org(os_slot_var('qual'))),
    ('legal_drop', 'M', 'legal', 'legal_form_dropped', on_org(os_slot_drop('legal'))),
    ('disp_contact', 'M', 'disp', 'display_is_contact_person', on_org(os_disp_contact)),
    ('contact_drop', 'M', 'contact', 'contact_dropped', on_org(os_contact_drop)),
    ('contact_other', 'M', 'contact', 'other_contact_person', on_org(os_contact_other)),
    ('contact_var', 'M', 'contact', 'contact_name_variant', on_org(os_contact_var)),
    ('e_drop', 'M', 'email', 'dropped', e_drop),
    ('e_alt', 'M', 'email', 'other_known_mailbox', e_alt),
    ('t_drop_one', 'M', 't_count', 'number_dropped', t_drop_one),
    ('t_only_other', 'M', 't_count', 'other_known_number', t_only_other),
    ('t_drop', 'M', 't_count', 'dropped', t_drop),
    ('a_lm_drop', 'M', 'a_lm', 'landmark_dropped', a_lm_drop),
    ('a_floor_drop', 'M', 'a_floor', 'floor_dropped', a_floor_drop),
    ('a_street_drop', 'M', 'a_street', 'street_dropped', a_street_drop),
    ('a_translit', 'M', 'a_translit', 'transliteration', a_translit),
    ('a_city_mode', 'M', 'a_city', 'locality_in_city', a_city_mode),
    ('a_pin_drop', 'M', 'a_pin', 'pin_dropped', a_pin_drop),
    ('a_short', 'M', 'a_layout', 'shortened', a_short),
    ('a_drop', 'M', 'a_add', 'dropped', a_drop),
    ('swapped', 'H', 'fields', 'given_family_swapped', on_person(ps_swapped)),
    ('ginit', 'H', 'ginit', 'given_initial_only', on_person(ps_ginit)),
    ('names_none', 'H', 'fields', 'names_dropped', on_person(ps_none)),
    ('prefix_drop', 'H', 'prefix', 'devotional_prefix_dropped', on_org(os_slot_drop('prefix'))),
    ('trade_drop', 'H', 'trade', 'trade_word_dropped', on_org(os_slot_drop('trade'))),
    ('qual_drop', 'H', 'qual', 'qualifier_dropped', on_org(os_slot_drop('qual'))),
    ('acro', 'H', 'acro', 'initialism', on_org(os_acro)),
    ('e_new', 'H', 'email', 'new_mailbox', e_new),
    ('t_new', 'H', 't_count', 'new_number', t_new),
    ('a_moved', 'H', 'a_add', 'moved', a_moved),
    ('a_city_only', 'H', 'a_layout', 'city_only', a_city_only),
]
STEP_BY_NAME = {}
for _st in STEPS:
    STEP_BY_NAME[_st[0]] = _st

BASE_W = {'nick': 4, 'gvar': 2.5, 'fvar': 2.5, 'sfx': 5, 'kumar': 10, 'mohd': 10, 'ipos': 4, 'ifmt': 4, 'order': 2,
          'mid': 2.5, 'apos': 4, 'title': 2, 'prefix_var': 3, 'core_var': 2, 'gmid': 1.5, 'ginit': 1.5, 'swapped': 1.5}
SRC_W = {
    'tally': {'case_upper': 5, 'ms': 4, 'order': 4, 'a_layout': 4, 'a_country': 2, 't_sep': 2, 't_add': 2, 'e_drop': 3,
              'a_pin': 2, 'legal': 2, 'mid': 2, 'case_lower': 0.2, 'e_new': 0.3, 'a_city_alt': 2, 'given_all': 2},
    'reps': {'case_lower': 4, 'a_abbr': 3, 'a_short': 4, 't_label': 4, 't_fmt': 2, 'nick': 3, 'a_region': 2, 'e_drop': 2,
             'a_translit': 3, 'trade_var': 2, 'a_city_alt': 2, 'prefix_var': 2, 'disp_cc': 2, 'a_lm_drop': 2},
    'web': {'e_new': 3, 't_fmt': 3, 'a_country': 3, 'disp_contact': 3, 'disp_cc': 2, 'legal': 2, 'e_case': 2, 'a_add': 3,
            'e_add': 3, 'case_upper': 2, 'contact_other': 2, 'a_moved': 2, 'case_title': 2},
    'counter': {'e_drop': 4, 'a_city_only': 5, 'a_drop': 3, 'disp_contact': 2, 't_only_other': 2, 'nick': 2,
                'given_all': 3, 'a_short': 3, 'ms': 0.3, 't_new': 2, 'names_none': 2},
}

# post-render edits ---------------------------------------------------------
KEYB = {'q': 'wa', 'w': 'qes', 'e': 'wrd', 'r': 'etf', 't': 'ryg', 'y': 'tuh', 'u': 'yij', 'i': 'uok', 'o': 'ipl',
        'p': 'ol', 'a': 'qsz', 's': 'adwx', 'd': 'sfe', 'f': 'dgr', 'g': 'fht', 'h': 'gjy', 'j': 'hku', 'k': 'jli',
        'l': 'ko', 'z': 'xa', 'x': 'zcs', 'c': 'xvd', 'v': 'cbf', 'b': 'vng', 'n': 'bmh', 'm': 'nj'}


def typo_word(w):
    for attempt in range(10):
        k = R.randrange(6)
        n = len(w)
        if k == 0 and n >= 4:
            i = R.randint(1, n - 2)
            x = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == 1 and n >= 5:
            i = R.randint(1, n - 1)
            x = w[:i] + w[i + 1:]
        elif k == 2:
            i = R.randint(1, n - 1)
            x = w[:i] + w[i] + w[i:]
        elif k == 3:
            i = R.randint(1, n - 1)
            c = w[i]
            lo = c.lower()
            if lo not in KEYB:
                continue
            r = pick(KEYB[lo])
            x = w[:i] + (r.upper() if c.isupper() else r) + w[i + 1:]
        elif k == 4:
            i = R.randint(1, n - 1)
            c = w[i].lower()
            sub = {'a': 'e', 'e': 'i', 'i': 'e', 'o': 'u', 'u': 'o'}.get(c)
            if not sub:
                continue
            x = w[:i] + (sub.upper() if w[i].isupper() else sub) + w[i + 1:]
        else:
            reps = [('ee', 'i'), ('oo', 'u'), ('sh', 's'), ('th', 't'), ('dh', 'd'), ('bh', 'b'), ('w', 'v'), ('v', 'w'),
                    ('aa', 'a'), ('kh', 'k'), ('ksh', 'x'), ('ch', 'chh')]
            cands = [(a, b) for a, b in reps if a in w[1:]]
            if not cands:
                continue
            a, b = pick(cands)
            i = w.index(a, 1)
            x = w[:i] + b + w[i + len(a):]
        if x != w and x.lower() != w.lower():
            return x
    return None


def _words(s):
    return [w for w in re.findall(r"[A-Za-z]+", s or '') if len(w) >= 4]


def pop_typo_name(rec, t):
    if t['type'] == 'org':
        fields = ['companyName']
    else:
        fields = [f for f in ('givenName', 'familyName') if rec[f]] or ['displayName']
    f = pick(fields)
    ws = _words(rec[f])
    if not ws:
        return None
    w = pick(ws)
    x = typo_word(w)
    if not x:
        return None
    targets = [f]
    if chance(0.7):
        targets.append('displayName')
    for g in targets:
        if rec[g] and w in rec[g]:
            rec[g] = rec[g].replace(w, x, 1)
    return rec


def pop_typo_addr(rec, t):
    a = rec['address']
    if a is None:
        return None
    keys = [k for k in ('line1', 'line2') if a[k] and _words(a[k])]
    if a['city'] and _words(a['city']) and chance(0.2):
        keys = ['city']
    if not keys:
        return None
    k = pick(keys)
    w = pick(_words(a[k]))
    x = typo_word(w)
    if not x:
        return None
    a[k] = a[k].replace(w, x, 1)
    return rec


DOM_TYPO = {'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com', 'gamil.com', 'gmail.con'],
            'yahoo.co.in': ['yahoo.co.inn', 'yaho.co.in', 'yahoo.co', 'yahooo.co.in'],
            'rediffmail.com': ['rediffmail.con', 'rediff.com', 'redifmail.com'],
            'yahoo.com': ['yahoo.con', 'yaho.com'], 'hotmail.com': ['hotmail.con', 'hotmil.com'],
            'outlook.com': ['outlok.com', 'outlook.co'], 'yahoo.in': ['yahoo.inn', 'yaho.in']}


def pop_typo_email(rec, t):
    e = rec['email']
    if not e or '@' not in e:
        return None
    loc, dom = e.split('@', 1)
    if dom.lower() in DOM_TYPO and chance(0.5):
        nd = pick(DOM_TYPO[dom.lower()])
        rec['email'] = loc + '@' + nd
        return rec
    if len(loc) < 4:
        return None
    i = R.randint(1, len(loc) - 2)
    if chance(0.5):
        loc2 = loc[:i] + loc[i + 1:]
    else:
        loc2 = loc[:i] + loc[i + 1] + loc[i] + loc[i + 2:]
    if loc2 == loc:
        return None
    rec['email'] = loc2 + '@' + dom
    return rec


def pop_phone_digit(rec, t):
    s = rec['phone']
    if not s:
        return None
    m = re.match(r'[^/,;]*', s)
    first = m.group(0)
    pos = [i for i, c in enumerate(first) if c.isdigit()]
    if len(pos) < 8:
        return None
    cand = pos[-7:-1]
    i = pick(cand)
    if chance(0.5):
        j = pos[pos.index(i) + 1]
        if s[i] == s[j]:
            return None
        lst = list(s)
        lst[i], lst[j] = lst[j], lst[i]
        ns = ''.join(lst)
    else:
        d = pick([c for c in '0123456789' if c != s[i]])
        ns = s[:i] + d + s[i + 1:]
    for n in parse_phone_nats(ns):
        if n in USED_PHONES and n not in parse_phone_nats(s):
            return None
    rec['phone'] = ns
    return rec


def pop_pin_typo(rec, t):
    a = rec['address']
    if a is None or not a['postalCode'] or not re.fullmatch(r'\d{3} ?\d{3}', a['postalCode']):
        return None
    p = a['postalCode']
    pos = [i for i, c in enumerate(p) if c.isdigit()][2:]
    i = pick(pos)
    d = pick([c for c in '0123456789' if c != p[i]])
    a['postalCode'] = p[:i] + d + p[i + 1:]
    return rec


def pop_spacing(rec, t):
    a = rec['address']
    opts = []
    if a is not None and a['line1'] and ', ' in a['line1']:
        opts.append('l1')
    if rec['phone'] and ' ' in rec['phone']:
        opts.append('ph')
    if rec['displayName'] and ' ' in rec['displayName']:
        opts.append('dn')
    if not opts:
        return None
    o = pick(opts)
    if o == 'l1':
        a['line1'] = a['line1'].replace(', ', ',')
    elif o == 'ph':
        rec['phone'] = rec['phone'].replace(' ', '', 1)
    else:
        rec['displayName'] = rec['displayName'].replace(' ', '  ', 1)
    return rec


POSTOPS = {'typo_name': ('typo', pop_typo_name), 'typo_addr': ('typo', pop_typo_addr),
           'typo_email': ('typo', pop_typo_email), 'phone_digit': ('digit_off', pop_phone_digit),
           'pin_typo': ('typo', pop_pin_typo), 'spacing': ('spacing', pop_spacing)}


# ---------------------------------------------------------------------------
# derive: compare record + truth + style  ->  changed record with change tags
# ---------------------------------------------------------------------------
def derive(compare, t, s, forced, plan, post, source, excluded=()):
    tags = {}

    def note(a, b, tag):
        for f in diff_fields(a, b):
            lst = tags.setdefault(f, [])
            if tag not in lst:
                lst.append(tag)
    cur = render(t, s)
    if diff_fields(compare, cur):
        raise RuntimeError('compare record is not reproducible: %s' % diff_fields(compare, cur))
    prev = cur
    used_groups = []
    for tag, fn in forced:
        if fn(t, s):
            cur = render(t, s)
            note(prev, cur, tag)
            prev = cur
    wts = SRC_W.get(source, {})
    for level, n in plan:
        pool = [st for st in STEPS if st[1] == level and st[0] not in excluded]
        applied = 0
        while applied < n and pool:
            pool = [st for st in pool if st[2] not in used_groups]
            if not pool:
                break
            st = wpick([(x, wts.get(x[0], 1.0) * BASE_W.get(x[0], 1.0)) for x in pool])
            pool.remove(st)
            if st[4](t, s):
                cur = render(t, s)
                if diff_fields(prev, cur):
                    note(prev, cur, st[3])
                    used_groups.append(st[2])
                    applied += 1
                prev = cur
    for name in post:
        tag, fn = POSTOPS[name]
        nr = fn(copy.deepcopy(prev), t)
        if nr is not None:
            note(prev, nr, tag)
            prev = nr
    final = prev
    changes = []
    for f in diff_fields(compare, final):
        if f not in tags:
            raise RuntimeError('untagged change %s' % f)
        for tg in tags[f]:
            changes.append(f + ':' + tg)
    return final, changes


def drop_extra(t, s):
    if not s['extra']:
        return False
    s['extra'] = None
    return True


def profile_plan(profile):
    if profile == 'light':
        plan = [('L', R.randint(1, 3))]
        post = ['spacing'] if chance(0.15) else []
    elif profile == 'medium':
        plan = [('L', R.randint(1, 2)), ('M', R.randint(1, 2))]
        post = []
        if chance(0.5):
            post.append(wpick([('typo_name', 45), ('typo_addr', 30), ('pin_typo', 15), ('typo_email', 10)]))
    else:
        plan = [('L', R.randint(1, 2)), ('M', R.randint(1, 3)), ('H', R.randint(1, 2))]
        post = []
        for _ in range(R.randint(1, 2)):
            x = wpick([('typo_name', 35), ('typo_addr', 20), ('typo_email', 15), ('phone_digit', 20), ('pin_typo', 10)])
            if x not in post:
                post.append(x)
    return plan, post


def make_variant(compare, t0, s0, profile, source, excluded=()):
    """A record of the same customer as `compare` (written by `source`)."""
    avail = available(compare)
    for attempt in range(120):
        t = copy.deepcopy(t0)
        s = copy.deepcopy(s0)
        plan, post = profile_plan(profile)
        rec, changes = derive(compare, t, s, [('qbo_disambiguator_absent', drop_extra)], plan, post, source, excluded)
        if not changes:
            continue
        same_addr = t['addr'] is not None and t0['addr'] is not None and t['addr']['aid'] == t0['addr']['aid']
        ev, ok = evidence(compare, rec, same_addr)
        if not ok:
            continue
        if profile == 'light' and len(ev) < len(avail):
            continue
        if profile == 'medium' and len(ev) < max(1, len(avail) - 1):
            continue
        if not ev:
            continue
        if rec['address'] is None and rec['phone'] is None and rec['email'] is None:
            continue
        return rec, changes, ev, t, s
    raise RuntimeError('no variant for %s' % compare['displayName'])

# ---------------------------------------------------------------------------
# The QuickBooks customer list ("existing")
# ---------------------------------------------------------------------------
GROUPS = []
AGENTS = []
BRAND_OUTLETS = {}


def ensure_domain(e):
    if e['domain'] is None:
        e['domain'] = new_domain(org_words(e['parts']), ae=country_of(e['city']) == 'AE')
        e['emails'].insert(0, domain_email(e['domain'], [pick(['info', 'sales', 'accounts', 'purchase', 'office'])]))


def make_branch(ho, city_key):
    cname = CITY[city_key]['forms'][0]
    parts = copy.deepcopy(ho['parts'])
    parts.append(['qual', [' - %s Branch' % cname, ' (%s Branch)' % cname, ' %s Branch' % cname, ' - %s' % cname]])
    c = make_person(pick_culture(city_key), gender='M' if chance(0.85) else 'F')
    e = org_entity(ho['kind'], city_key, parts, c, 'office' if chance(0.6) else 'industrial')
    e['phones'].append(new_landline(city_key))
    if chance(0.6):
        e['phones'].append(new_mobile_for_city(city_key))
        e['role']['contact_mobile'] = e['phones'][-1]['nat']
    e['domain'] = ho['domain']
    e['emails'].append(domain_email(ho['domain'], [slug(cname)[:10], 'branch.' + slug(cname)[:8], slug(cname)[:4] + '.sales']))
    e['role']['branch_of'] = ho['id']
    ho['role']['has_branch'] = True
    return e


GROUP_MEMBER_TRADES = [('infra', 'pvt'), ('constructions', 'llp'), ('electricals', None), ('developers', 'pvt'),
                       ('power_solutions', 'pvt'), ('engineering_works', None), ('enterprises', None), ('realty', 'llp'),
                       ('industries', 'pvt'), ('traders', 'co'), ('electrical_contractors', None), ('switchgear', 'pvt'),
                       ('solar', 'llp'), ('marketing', 'llp'), ('automation', 'pvt'), ('infra_projects', 'llp')]
KIND_BY_LEGAL = {'pvt': 'private_limited', 'llp': 'llp', 'co': 'partnership', None: 'proprietorship'}


def group_member(g, trade, legal):
    parts = [['core', list(g['root'])], ['trade', list(TRADES[trade])]]
    if legal:
        parts.append(['legal', list(LEGAL[legal])])
    kind = KIND_BY_LEGAL[legal]
    if trade == 'electrical_contractors':
        kind = 'contractor'
    if g['family'] and chance(0.7):
        c = make_person(g['culture'], gender='M', family=g['family'], father=g['patriarch'])
    else:
        c = make_person(pick_culture(g['city']), gender='M' if chance(0.8) else 'F')
    addr = copy.deepcopy(g['office'])
    e = org_entity(kind, g['city'], parts, c, 'office', addr=addr)
    e['phones'].append(g['landline'])
    if chance(0.8):
        e['phones'].append(new_mobile_for_city(g['city']))
        e['role']['contact_mobile'] = e['phones'][-1]['nat']
    e['emails'].append(g['mailbox'])
    if g['domain'] and chance(0.5):
        e['emails'].append(domain_email(g['domain'], [slug(TRADES[trade][0])[:10], slug(c['given'].split()[0])]))
    e['role']['group'] = g['gid']
    g['trades'].append(trade)
    return e


def make_group(gid):
    city = wpick([('pune', 40), ('pcmc', 10), ('mumbai', 15), ('thane', 5), ('nashik', 8), ('aurangabad', 5),
                  ('ahmedabad', 7), ('surat', 4), ('bengaluru', 6)])
    cult = pick_culture(city)
    fam = None
    for attempt in range(50):
        if chance(0.6):
            patriarch_p = make_person(cult, gender='M')
            if patriarch_p['family']:
                fam = patriarch_p['family']
                root = [fam] + FAM_VAR.get(fam, [])
            else:
                root = list(pick(BRAND_CORES))
        else:
            root = list(pick(BRAND_CORES))
        if not any(g['root'][0] == root[0] for g in GROUPS):
            break
    g = {'gid': gid, 'city': city, 'root': root, 'family': fam if fam and root[0] == fam else None,
         'culture': cult, 'patriarch': pick(CULT_POOLS[cult][0]) if cult in ('mr', 'gj', 'jain', 'north') else None,
         'office': new_address(city, 'office'), 'landline': new_landline(city), 'trades': []}
    if chance(0.6):
        g['domain'] = new_domain(root[0] + 'group')
        g['mailbox'] = domain_email(g['domain'], ['accounts', 'accts'])
    else:
        g['domain'] = None
        g['mailbox'] = free_email(root[0] + 'group.accounts', city)
    GROUPS.append(g)
    return g


def make_agent(aid):
    city = wpick([('pune', 55), ('pcmc', 10), ('mumbai', 12), ('thane', 8), ('nashik', 5), ('ahmedabad', 5), ('bengaluru', 5)])
    typ = wpick([('ca', 50), ('tax', 20), ('society_manager', 20), ('purchase_agent', 10)])
    p = make_person(pick_culture(city), gender='M' if chance(0.8) else 'F')
    fam = slug(p['family'] or ''.join(p['initials'] or ['x']))
    g0 = slug(p['given'].split()[0])
    if typ == 'ca':
        base = pick(['ca' + g0 + fam, g0[0] + fam + 'associates', fam + 'andco.ca', 'ca.' + fam + '.office'])
    elif typ == 'tax':
        base = pick([fam + 'taxconsultants', g0 + '.taxconsultant', fam + 'gstservices'])
    elif typ == 'society_manager':
        base = pick([g0 + 'propertymanagement', fam + 'facility.services', 'sai.society.services.' + g0])
    else:
        base = pick([g0 + fam + '.purchase', fam + 'indentagency', g0 + '.procurement'])
    dom = wpick(FREEMAIL)
    mb = base + '@' + dom
    while not _reg_email(mb):
        mb = base + str(R.randint(1, 99)) + '@' + dom
    a = {'aid': aid, 'city': city, 'type': typ, 'mailbox': mb, 'phone': new_mobile(state_of(city)), 'clients': []}
    AGENTS.append(a)
    return a


def make_existing():
    ents = []

    def add(e):
        register(e)
        ents.append(e)
        return e

    # branch pairs: head office in Maharashtra, separately registered branch in Gujarat / Karnataka
    for i in range(14):
        ho_city = wpick([('pune', 45), ('pcmc', 8), ('mumbai', 25), ('thane', 8), ('nashik', 8), ('aurangabad', 6)])
        ho = build_pvt(ho_city, legal='pvt' if chance(0.85) else 'llp',
                       kind='private_limited')
        if _slot(ho, 'legal')[0] == 'LLP':
            ho['kind'] = 'llp'
        ensure_domain(ho)
        add(ho)
        br_city = wpick([('ahmedabad', 30), ('surat', 15), ('vadodara', 15), ('rajkot', 10), ('bengaluru', 20),
                         ('hubballi', 5), ('belagavi', 5)])
        add(make_branch(ho, br_city))
    # business groups sharing an office, a landline and an accounts mailbox
    for gi in range(22):
        g = make_group(gi)
        n = 3 if chance(0.45) else 2
        trades = []
        for tr, lg in R.sample(GROUP_MEMBER_TRADES, len(GROUP_MEMBER_TRADES)):
            if len(trades) >= n:
                break
            trades.append((tr, lg))
        for tr, lg in trades:
            add(group_member(g, tr, lg))
    # franchise outlets
    for b in FRANCHISE_BRANDS:
        city = wpick([('pune', 60), ('mumbai', 20), ('nashik', 10), ('pcmc', 10)])
        helpline = None
        if b[2] == 'helpline':
            helpline = new_landline(city)
        elif b[2] == 'tollfree':
            helpline = new_tollfree()
        used = []
        for k in range(3):
            li = pick_loc(city, False, exclude=used)
            used.append(li)
            e = build_franchise(b, city, li)
            if helpline is not None:
                e['phones'].insert(1, helpline)
                e['role']['helpline'] = helpline['nat']
            add(e)
        BRAND_OUTLETS[b[1]] = {'city': city, 'used': used, 'helpline': helpline, 'brand': b}
    # public bodies
    pb_cities = [('pune', 8), ('pcmc', 4), ('mumbai', 5), ('thane', 3), ('nashik', 2), ('ahmedabad', 2), ('surat', 1),
                 ('vadodara', 1), ('bengaluru', 3), ('hubballi', 1), ('kolhapur', 1), ('satara', 1), ('sangli', 1)]
    for i in range(30):
        for attempt in range(20):
            e = build_public(wpick(pb_cities))
            if e is not None:
                add(e)
                break
    # housing societies
    for i in range(60):
        city = wpick([('pune', 42), ('mumbai', 15), ('thane', 14), ('navimumbai', 5), ('pcmc', 10), ('nashik', 4),
                      ('ahmedabad', 5), ('bengaluru', 5)])
        add(build_society(city))
    for i in range(30):
        add(build_school(pick_city()))
    for i in range(30):
        add(build_hospital(pick_city()))
    for i in range(35):
        add(build_uae(wpick(UAE_CITY_WEIGHTS)))
    counts = {}
    for e in ents:
        counts[e['kind']] = counts.get(e['kind'], 0) + 1
    targets = [('private_limited', 170), ('llp', 45), ('partnership', 90), ('contractor', 90), ('builder_site_office', 40)]
    for kind, n in targets:
        for i in range(max(0, n - counts.get(kind, 0))):
            city = pick_city()
            if kind == 'private_limited':
                add(build_pvt(city))
            elif kind == 'llp':
                add(build_pvt(city, legal='llp', kind='llp'))
            elif kind == 'partnership':
                add(build_partnership(city))
            elif kind == 'contractor':
                add(build_contractor(city))
            else:
                c2 = wpick([('pune', 45), ('pcmc', 15), ('mumbai', 10), ('thane', 10), ('nashik', 5), ('ahmedabad', 5),
                            ('bengaluru', 10)])
                add(build_builder(c2))
    n_org = len(ents)
    for i in range(975 - n_org):
        add(build_proprietorship(pick_city()))
    # agents: one mailbox and phone for several small clients
    for ai in range(12):
        a = make_agent(ai)
        if a['type'] == 'society_manager':
            pool = [e for e in ents if e['kind'] == 'housing_society' and e['city'] == a['city'] and 'agent' not in e['role']]
        else:
            pool = [e for e in ents if e['kind'] in ('proprietorship', 'contractor', 'partnership') and e['city'] == a['city']
                    and 'agent' not in e['role'] and 'group' not in e['role']]
        if len(pool) < 3:
            pool = [e for e in ents if e['kind'] in ('proprietorship', 'contractor', 'partnership') and
                    state_of(e['city']) == state_of(a['city']) and 'agent' not in e['role'] and 'group' not in e['role']]
        for e in R.sample(pool, 3):
            e['emails'].insert(0, a['mailbox'])
            e['phones'].insert(0, a['phone'])
            e['role']['agent'] = ai
            a['clients'].append(e['id'])
    # persons
    persons = []

    def addp(e):
        register(e)
        persons.append(e)
        return e
    for i in range(12):     # father and son, one home
        city = pick_city()
        cult = wpick([('mr', 50), ('gj', 20), ('north', 10), ('jain', 12), ('muslim', 8)])
        if cult not in [c for c, w in CULT_BY_STATE[macro_state(city)]]:
            city = 'pune'
        f = person_entity(city, culture=cult, gender='M')
        land = new_landline(city)
        f['phones'].append(land)
        addp(f)
        s = person_entity(city, culture=cult, gender='M', family=f['p']['family'], father=f['p']['given'],
                          addr=copy.deepcopy(f['addr']), landline=land)
        s['role']['father'] = f['id']
        f['role']['son'] = s['id']
        addp(s)
    for i in range(5):      # brothers
        city = pick_city()
        cult = pick_culture(city)
        if cult in ('tn', 'kerala', 'goan'):
            cult = 'mr' if state_of(city) == 'MH' else ('gj' if state_of(city) == 'GJ' else 'ka')
        a = addp(person_entity(city, culture=cult, gender='M'))
        same = chance(0.5)
        b = person_entity(city, culture=cult, gender='M', family=a['p']['family'], father=a['p']['father'],
                          addr=copy.deepcopy(a['addr']) if same else None)
        if a['p']['initials']:
            b['p']['initials'] = list(a['p']['initials'])
            b['nkey'] = person_key(b['p'])
        addp(b)
    for i in range(4):      # spouses
        city = pick_city('MH')
        cult = 'mr' if chance(0.7) else 'jain'
        h = addp(person_entity(city, culture=cult, gender='M'))
        w = person_entity(city, culture=cult, gender='F', family=h['p']['family'], father=h['p']['given'],
                          addr=copy.deepcopy(h['addr']))
        if h['emails'] and chance(0.5):
            w['emails'] = [h['emails'][0]] + w['emails'][:1]
        addp(w)
    for i in range(20):     # namesakes in other towns
        city = pick_city()
        cult = pick_culture(city)
        if cult not in ('mr', 'gj', 'north', 'muslim', 'jain', 'ka'):
            cult = 'mr'
        a = addp(person_entity(city, culture=cult, gender='M'))
        if a['p']['initials']:
            continue
        for attempt in range(30):
            c2 = pick_city(state_of(city)) if chance(0.6) else pick_city()
            if cult in [c for c, w in CULT_BY_STATE[macro_state(c2)]] and name_city_count(a['nkey'], c2) == 0:
                break
        b = person_entity(c2, culture=cult, gender='M', family=a['p']['family'], given=a['p']['given'])
        if b['nkey'] == a['nkey']:
            addp(b)
    while len(persons) < 525:
        if chance(0.03):
            city = wpick(UAE_CITY_WEIGHTS)
        else:
            city = pick_city()
        addp(person_entity(city))
    return ents + persons[:525]


def existing_style(e):
    s = new_style(e, 'qbo')
    if 'group' in e['role']:
        s['e']['idx'] = 0
        if s['a'] is None:
            s['a'] = astyle(e['addr'], 'qbo')
    if 'agent' in e['role']:
        s['e']['idx'] = 0
        if not any(it[0] == 0 for it in s['t']['items']):
            s['t']['items'].insert(0, [0, wpick([('plain', 50), ('spaced', 50)]), 0, 0])
        if s['a'] is None:
            s['a'] = astyle(e['addr'], 'qbo')
    if e['kind'] == 'franchise_outlet':
        s['e']['idx'] = 0
    if 'branch_of' in e['role'] and chance(0.5):
        s['o']['forms']['qual'] = -1
    if e['kind'] == 'public_body' and s['a'] is None:
        s['a'] = astyle(e['addr'], 'qbo')
    if s['a'] is not None and s['a']['layout'] == 'short' and e['addr']['unit'] is None and e['addr']['bldg'] is None:
        s['a']['layout'] = 'split'
    if s['e']['idx'] is None and not s['t']['items'] and s['a'] is None:
        if e['phones']:
            s['t'] = tstyle(e, 'qbo')
        else:
            s['a'] = astyle(e['addr'], 'qbo')
    return s


def disambiguator(e, level):
    a = e['addr']
    C = CITY[a['city']] if a else CITY[e['city']]
    if level == 0:
        return pick([' - ' + C['forms'][0], ' (' + C['forms'][0] + ')'])
    if level == 1:
        loc = a['loc'][0].split(',')[0] if a else C['forms'][0]
        return pick([' (' + loc + ')', ' - ' + loc])
    return ' (%d)' % level


def build_existing():
    ents = make_existing()
    X = []
    for e in ents:
        s = existing_style(e)
        rec = render(e, s)
        if not available(rec):
            s['t'] = tstyle(e, 'qbo')
            if not s['t']['items']:
                s['t']['items'] = [[0, 'plain', 0, 0]]
            rec = render(e, s)
        X.append({'e': e, 's': s, 'rec': rec})
    for level in range(0, 8):
        seen = {}
        dup = False
        for x in X:
            k = x['rec']['displayName'].casefold()
            if k in seen:
                dup = True
                x['s']['extra'] = (x['s']['extra'] or '') + disambiguator(x['e'], level) if level < 2 else ' (%d)' % level
                x['rec'] = render(x['e'], x['s'])
            else:
                seen[k] = True
        if not dup:
            break
    X.sort(key=lambda x: x['rec']['displayName'].casefold())
    for i, x in enumerate(X):
        x['idx'] = i
    return X

# ---------------------------------------------------------------------------
# Name / city helpers for claims (generator side)
# ---------------------------------------------------------------------------
P_TITLES = set(['mr', 'mrs', 'ms', 'smt', 'shri', 'sri', 'dr', 'er', 'adv', 'ca', 'prof', 'kumar', 'mohd', 'md',
                'mohammed', 'mohammad', 'muhammad'])
O_GENERIC = set(['shree', 'om', 'jai', 'new', 'electrical', 'electric', 'elec', 'elect', 'electrical', 'store', 'agencie',
                 'agency', 'enterprise', 'ent', 'enterprize', 'trader', 'tradors', 'trading', 'trdg', 'sale', 'corporation',
                 'corpn', 'corp', 'switchgear', 'switch', 'gear', 'cable', 'wire', 'power', 'system', 'sys', 'solution',
                 'engineering', 'engg', 'work', 'engineer', 'engr', 'lighting', 'light', 'hardware', 'marketing', 'mktg',
                 'distributor', 'industrie', 'industry', 'ind', 'inds', 'automation', 'control', 'electro', 'contractor',
                 'infra', 'infrastructure', 'project', 'infraproject', 'construction', 'developer', 'realty', 'realtor',
                 'buildcon', 'build', 'con', 'auto', 'component', 'comp', 'autocomponent', 'pump', 'motor', 'paint',
                 'electronic', 'steel', 'tile', 'sanitary', 'plywood', 'laminate', 'fabricator', 'fabrication', 'solar',
                 'mechanical', 'electromechanical', 'building', 'material', 'bldg', 'general', 'gen', 'technical', 'tech',
                 'ward', 'office', 'zone', 'zonal', 'division', 'dn', 'sub', 'department', 'dept', 'vibhag', 'school',
                 'hospital', 'hosp', 'english', 'medium', 'med', 'site', 'branch', 'kshetriya', 'karyalay', 'no',
                 'multispeciality', 'multispecialty', 'speciality', 'multi', 'research', 'centre', 'center', 'nursing',
                 'home', 'high', 'junior', 'jr', 'college', 'public', 'pub', 'international', 'intl', 'primary', 'pri',
                 'vidyalaya', 'vidyalay', 'prathamik', 'shala', 'studio', 'gallery', 'point', 'world', 'centre', 'fan',
                 'phase', 'wing', 'ii', 'inds'])


def name_tokens(rec):
    if rec['companyName']:
        return org_tokens_g(rec['companyName'])
    s = _clean(rec['displayName'])
    s = re.sub(r'\(.*?\)', ' ', s)
    out = []
    for w in re.split(r'[^a-z0-9]+', s):
        if len(w) < 2 or w in P_TITLES:
            continue
        for suf in ('bhai', 'ben'):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                w = w[:-len(suf)]
        if w in ('bhai', 'ben'):
            continue
        if w not in out:
            out.append(w)
    return out


def name_overlap(a, b):
    ta = name_tokens(a)
    tb = name_tokens(b)
    if not ta or not tb:
        return 0.0
    return len([w for w in ta if w in tb]) / float(min(len(ta), len(tb)))


def name_roots(rec):
    return [w for w in name_tokens(rec) if w not in O_GENERIC and not w.isdigit() and len(w) > 1]


CITY_CANON = {}
for _k, _c in CITY.items():
    for _f in _c['forms']:
        CITY_CANON.setdefault(_f.casefold(), 'pune' if _k == 'pcmc' else _k)
    for _f in _c['towns']:
        CITY_CANON.setdefault(_f.casefold(), 'pune' if _k == 'pcmc' else _k)
CITY_CANON['pune'] = 'pune'


def city_canon(a):
    if a is None or not a['city']:
        return None
    c = a['city'].replace('\u00e2\u20ac\u201c', '-').casefold()
    if c in CITY_CANON:
        return CITY_CANON[c]
    for part in reversed(c.split(',')):
        part = part.strip()
        if part in CITY_CANON:
            return CITY_CANON[part]
    return None


def email_domain(e):
    if not e or '@' not in e:
        return None
    return e.split('@', 1)[1].casefold()


def norm_word(w):
    return re.sub(r'[^a-z]', '', _clean(w or ''))


def first_given(rec):
    g = rec['givenName'] or ''
    for w in re.split(r'[^A-Za-z]+', g):
        lw = w.casefold()
        if len(lw) >= 2 and lw not in P_TITLES:
            for suf in ('bhai', 'ben'):
                if lw.endswith(suf) and len(lw) > len(suf) + 2:
                    lw = lw[:-len(suf)]
            return lw
    return None


def claim_ok(c, a, b):
    if c == 'name':
        return name_overlap(a, b) >= 0.66
    if c == 'name_root':
        ra = name_roots(a)
        return any(w in ra for w in name_roots(b))
    if c == 'familyName':
        return bool(a['familyName'] and b['familyName'] and norm_word(a['familyName']) == norm_word(b['familyName']))
    if c == 'contact_person':
        return bool(a['familyName'] and b['familyName'] and norm_word(a['familyName']) == norm_word(b['familyName'])
                    and first_given(a) and first_given(a) == first_given(b))
    if c == 'email':
        return bool(a['email'] and b['email'] and a['email'].casefold() == b['email'].casefold())
    if c == 'email_domain':
        da = email_domain(a['email'])
        return bool(da and da == email_domain(b['email']) and da not in FREEMAIL_SET)
    if c == 'phone':
        return bool(a['phone'] and b['phone'] and phones_shared(a['phone'], b['phone']))
    if c == 'address':
        if not (has_lines(a['address']) and has_lines(b['address'])):
            return False
        sim, inter = addr_sim(a['address'], b['address'])
        return sim >= 0.7 and inter >= 2
    if c == 'building':
        if not (has_lines(a['address']) and has_lines(b['address'])):
            return False
        sim, inter = addr_sim(a['address'], b['address'])
        return inter >= 2 and city_canon(a['address']) is not None and city_canon(a['address']) == city_canon(b['address'])
    if c == 'city':
        ca = city_canon(a['address'])
        return ca is not None and ca == city_canon(b['address'])
    raise ValueError(c)


def rec_state(rec, t):
    return macro_state(t['city'])


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------
HN_TYPES = ['namesake_person', 'namesake_firm', 'household_member', 'father_son', 'spouse', 'brother_own_firm',
            'branch_other_state', 'franchise_outlet', 'group_company', 'shared_agent_mailbox', 'later_occupant',
            'similar_name_other_trade', 'public_body_other_department', 'society_other_wing', 'director_personal']
RULES = {
    'namesake_person': 'one customer per person: same name, but another individual (other address, phone and e-mail)',
    'namesake_firm': 'one customer per legal entity (PAN/GSTIN): a same-named proprietorship in another town has another proprietor and registration',
    'household_member': 'one customer per person: a relative living at the same address buys on his or her own account',
    'father_son': 'one customer per person: father and son share a home (and landline) but are two customers',
    'spouse': 'one customer per person: husband and wife are separate customers even with a shared home or mailbox',
    'brother_own_firm': "one customer per legal entity: the brother's own proprietorship in the same building is a separate firm",
    'branch_other_state': 'one customer per GSTIN: a branch registered in another state has its own GSTIN and its own QuickBooks customer',
    'franchise_outlet': 'one customer per legal entity: each franchise outlet is run by its own franchisee with its own GSTIN',
    'group_company': "one customer per legal entity: a sister concern of the group (own PAN/GSTIN) even at the group's office and accounts mailbox",
    'shared_agent_mailbox': "one customer per legal entity: the mailbox and phone belong to the accountant/agent, who serves several clients",
    'later_occupant': 'one customer per legal entity/person: a later occupant of the same premises is not the earlier customer',
    'similar_name_other_trade': 'one customer per legal entity: a similarly named firm of another trade with another owner',
    'public_body_other_department': 'public bodies are kept per billing office (ward/division/department with its own DDO and budget head)',
    'society_other_wing': 'one customer per registered society: another phase/wing of the complex is a separately registered society',
    'director_personal': "one customer per legal entity/person: the director's personal purchases are not the private limited company's",
}
TRADE_KEY = {}
for _k, _v in TRADES.items():
    TRADE_KEY.setdefault(_v[0], _k)


def special_role(e):
    return any(k in e['role'] for k in ('group', 'agent', 'branch_of', 'has_branch', 'brand', 'public', 'father', 'son'))


def trade_key_of(e):
    f = _slot(e, 'trade')
    return TRADE_KEY.get(f[0]) if f else None


def shown_phone_idx(x):
    return [it[0] for it in x['s']['t']['items']]


def mk_tstyle(t, src, must=()):
    ts = tstyle(t, src)
    shown = [it[0] for it in ts['items']]
    for i in must:
        if i not in shown and i < len(t['phones']):
            ts['items'].append([i, pick(PHONE_FMTS[:4]), 0, 0])
    if not ts['items'] and t['phones']:
        ts['items'].append([0, pick(PHONE_FMTS[:4]), 0, 0])
    return ts


def other_given(p, gender):
    M, F, _ = CULT_POOLS[p['culture']]
    for _ in range(50):
        g = pick(M if gender == 'M' else F)
        if g != p['given'] and g != p['father']:
            return g
    return None


def hn_steps_identity(newid):
    def f(t, s):
        t['id'] = newid
        t['role'] = {}
        return True
    return f


def build_hn_spec(hn_type, x, src):
    e = x['e']
    rec = x['rec']
    spec = {'steps': [], 'claims': [], 'kind': None}
    nid = new_id()
    spec['steps'].append(('other_customer', hn_steps_identity(nid)))
    ck = e['city']

    if hn_type == 'namesake_person':
        p = e['p']
        if e['type'] != 'person' or p['initials'] or not rec['givenName'] or 'father' in e['role'] or 'son' in e['role']:
            return None
        same_city = p['father'] is not None and chance(0.3) and name_city_count(e['nkey'], ck) == 1
        if same_city:
            c2 = ck
        else:
            c2 = None
            for _ in range(40):
                cand = pick_city(state_of(ck)) if (chance(0.6) and country_of(ck) == 'IN') else pick_city()
                if cand != ck and p['culture'] in [c for c, w in CULT_BY_STATE[macro_state(cand)]] and name_city_count(e['nkey'], cand) == 0:
                    c2 = cand
                    break
            if c2 is None:
                return None

        def s_ident(t, s):
            t['p']['prof'] = None
            if same_city:
                t['p']['father'] = pick([g for g in CULT_POOLS[p['culture']][0] if g != p['father'] and g != p['given']])
                if s['p']['mid'] == 'none':
                    s['p']['mid'] = 'full'
            s['p']['title'] = None
            return True

        def s_addr(t, s):
            t['city'] = c2
            ex = [e['addr']['li']] if c2 == ck else None
            t['addr'] = new_address(c2, 'home', loc_idx=pick_loc(c2, False, exclude=ex))
            s['a'] = astyle(t['addr'], src)
            if s['a']['layout'] in ('city_only',):
                s['a']['layout'] = 'split'
            return True

        def s_phone(t, s):
            t['phones'] = [new_mobile_for_city(c2)]
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [person_email(t['p'], c2)] if chance(0.7) else []
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_person', s_ident), ('other_address', s_addr), ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['name'] + (['city'] if same_city else [])
        spec['nkey_city'] = (e['nkey'], c2, 1 if same_city else 0)
        return spec

    if hn_type == 'namesake_firm':
        if e['kind'] != 'proprietorship' or not (_slot(e, 'prefix') or any(_slot(e, 'core')[0] in d[0] for d in DEV_CORES)):
            return None
        if special_role(e):
            return None
        c2 = None
        for _ in range(40):
            cand = pick_city(state_of(ck)) if (chance(0.7) and country_of(ck) == 'IN') else pick_city()
            if cand != ck and org_count(e['parts'], cand) == 0:
                c2 = cand
                break
        if c2 is None:
            return None

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(c2), gender='M')
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            t['city'] = c2
            t['addr'] = new_address(c2, 'shop')
            s['a'] = astyle(t['addr'], src)
            return True

        def s_phone(t, s):
            t['phones'] = [new_mobile_for_city(c2)] + ([new_landline(c2)] if chance(0.4) else [])
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [free_email(org_words(t['parts']), c2)] if chance(0.6) else []
            t['domain'] = None
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_proprietor', s_contact), ('other_address', s_addr), ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['name']
        spec['nkey_city'] = (e['nkey'], c2, 0)
        return spec

    if hn_type in ('household_member', 'father_son', 'spouse'):
        p = e['p']
        if e['type'] != 'person' or not p['family'] or not rec['familyName'] or not has_lines(rec['address']):
            return None
        if p['culture'] not in ('mr', 'gj', 'north', 'jain', 'muslim', 'goan', 'ka', 'kerala'):
            return None
        if special_role(e) or x['s']['p']['fields'] != 'normal':
            return None
        np_ = copy.deepcopy(p)
        np_['prof'] = None
        np_['mohd'] = False
        np_['kumar'] = False
        title = None
        if hn_type == 'household_member':
            rel = pick(['brother', 'sister', 'mother', 'daughter', 'nephew', 'sister_in_law'])
            g = 'M' if rel in ('brother', 'nephew') else 'F'
            np_['gender'] = g
            np_['given'] = other_given(p, g)
            if rel in ('brother', 'sister'):
                np_['father'] = p['father']
            elif rel == 'daughter':
                np_['father'] = p['given'] if p['father'] is not None else None
            elif rel == 'mother':
                np_['father'] = p['father'] if p['culture'] in ('mr', 'gj') else None
                title = 'Smt.' if chance(0.5) else None
            elif rel == 'nephew':
                np_['father'] = other_given(p, 'M') if p['father'] is not None else None
            else:
                np_['father'] = other_given(p, 'M') if p['father'] is not None else None
        elif hn_type == 'father_son':
            if p['gender'] != 'M':
                return None
            if p['father'] and chance(0.5):
                np_['given'] = p['father']
                np_['father'] = other_given(p, 'M') if p['father'] else None
                title = 'Shri' if chance(0.3) else None
            else:
                np_['given'] = other_given(p, 'M')
                np_['father'] = p['given'] if p['culture'] in ('mr', 'gj', 'jain', 'north', 'muslim') else None
            np_['gender'] = 'M'
        else:
            if p['gender'] == 'M':
                np_['gender'] = 'F'
                np_['given'] = other_given(p, 'F')
                np_['father'] = p['given'] if p['culture'] in ('mr', 'gj', 'jain') else None
                title = pick(['Smt.', 'Mrs.', None, None])
            else:
                np_['gender'] = 'M'
                np_['given'] = p['father'] if (p['father'] and p['culture'] in ('mr', 'gj')) else other_given(p, 'M')
                np_['father'] = other_given(p, 'M') if p['father'] else None
                title = pick(['Mr.', 'Shri', None, None])
        if np_['given'] is None or np_['given'] == p['given']:
            return None
        anchor_land = [i for i in shown_phone_idx(x) if e['phones'][i]['kind'] == 'landline']
        share_mail = rec['email'] is not None and chance(0.4 if hn_type == 'spouse' else 0.2)

        def s_ident(t, s):
            t['p'] = np_
            t['kind'] = CULT_KIND[np_['culture']]
            ps = s['p']
            ps['title'] = title
            ps['nick'] = None
            ps['gform'] = 0
            ps['ginit'] = False
            ps['mohd'] = None
            if np_['father'] is None:
                ps['mid'] = 'none'
            elif ps['mid'] == 'none' and hn_type == 'father_son' and chance(0.6):
                ps['mid'] = 'full'
            return True

        def s_phone(t, s):
            keep = [e['phones'][i] for i in anchor_land]
            t['phones'] = [new_mobile_for_city(ck)] + keep
            s['t'] = mk_tstyle(t, src, must=list(range(1, 1 + len(keep))))
            return True

        def s_mail(t, s):
            if share_mail:
                return False
            t['emails'] = [person_email(np_, ck)] if chance(0.55) else []
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_person', s_ident), ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['address', 'familyName'] + (['phone'] if anchor_land else []) + (['email'] if share_mail else [])
        spec['pkey'] = person_key(np_)
        return spec

    if hn_type == 'brother_own_firm':
        c = e['contact']
        if e['kind'] not in ('proprietorship', 'partnership', 'contractor') or special_role(e) or c is None or not c['family']:
            return None
        if not rec['familyName'] or not has_lines(rec['address']) or e['addr']['unit'] is None:
            return None
        if not re.match(r'^[A-Z]?-?\d+', e['addr']['unit'][1]):
            return None
        tk = trade_key_of(e)
        same_core = _slot(e, 'core')[0] == c['family']
        for _ in range(30):
            ntk = pick(['electric_agencies', 'electric_corp', 'enterprises', 'traders', 'switchgear', 'wires_cables',
                        'electric_hardware', 'lights', 'electrical_works', 'sales_corp'])
            if ntk == tk:
                continue
            if same_core or chance(0.5):
                parts = [['core', [c['family']] + FAM_VAR.get(c['family'], [])], ['trade', list(TRADES[ntk])]]
            else:
                parts = [['core', [c['family']] + FAM_VAR.get(c['family'], [])], ['trade', list(TRADES[ntk])]]
            if org_count(parts, ck) == 0:
                break
        else:
            return None
        bro = copy.deepcopy(c)
        bro['given'] = other_given(c, 'M')
        bro['prof'] = None
        if bro['given'] is None:
            return None
        unit = e['addr']['unit']
        m = re.match(r'^([A-Z]?-?)(\d+)(.*)$', unit[1])
        num = int(m.group(2))
        newno = num + 1 if (num <= 1 or chance(0.5)) else num - 1
        nunit = (unit[0], m.group(1) + str(newno) + m.group(3))

        def s_firm(t, s):
            t['parts'] = parts
            t['kind'] = 'proprietorship'
            s['o']['forms'] = {'core': 0, 'trade': 0}
            s['o']['acro'] = False
            return True

        def s_contact(t, s):
            t['contact'] = bro
            if s['c'] is None:
                s['c'] = pstyle(bro, src, contact=True)
            s['c']['fields'] = 'normal'
            s['c']['nick'] = None
            return True

        def s_addr(t, s):
            na = copy.deepcopy(e['addr'])
            na['aid'] = new_aid()
            na['unit'] = nunit
            t['addr'] = na
            return True

        def s_phone(t, s):
            t['phones'] = [new_mobile_for_city(ck)] + ([new_landline(ck)] if chance(0.4) else [])
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [free_email(org_words(parts), ck)] if chance(0.5) else []
            t['domain'] = None
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_firm', s_firm), ('brother', s_contact), ('neighbouring_unit', s_addr),
                          ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['building', 'familyName'] + (['name_root'] if same_core else [])
        spec['okey'] = org_nkey(parts)
        return spec

    if hn_type == 'branch_other_state':
        if e['kind'] not in ('private_limited', 'llp') or e['role'].get('has_branch') or 'branch_of' in e['role'] or 'group' in e['role']:
            return None
        if not e['domain'] or email_domain(rec['email']) != e['domain'] or country_of(ck) != 'IN':
            return None
        if city_canon(rec['address']) is None:
            return None
        ms = macro_state(ck)
        if ms == 'MH':
            c2 = wpick([('ahmedabad', 30), ('surat', 15), ('vadodara', 15), ('rajkot', 10), ('bengaluru', 20), ('hubballi', 5), ('belagavi', 5)])
        else:
            c2 = wpick([('pune', 40), ('mumbai', 30), ('nashik', 10), ('thane', 10), ('aurangabad', 10)])
        if org_count(e['parts'], c2) != 0:
            return None
        cname = CITY[c2]['forms'][0]
        qual = ['qual', [' - %s Branch' % cname, ' (%s Branch)' % cname, ' %s Branch' % cname, ' - %s' % cname]]

        def s_branch(t, s):
            t['parts'] = [pp for pp in t['parts'] if pp[0] != 'qual'] + [qual]
            s['o']['forms']['qual'] = -1 if chance(0.4) else R.randrange(4)
            return True

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(c2), gender='M' if chance(0.85) else 'F')
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            t['city'] = c2
            t['addr'] = new_address(c2, 'office' if chance(0.6) else 'industrial')
            s['a'] = astyle(t['addr'], src)
            if s['a']['layout'] == 'city_only':
                s['a']['layout'] = 'split'
            return True

        def s_phone(t, s):
            t['phones'] = [new_landline(c2)] + ([new_mobile_for_city(c2)] if chance(0.6) else [])
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [domain_email(e['domain'], [slug(cname)[:10], 'branch.' + slug(cname)[:8], slug(cname)[:5] + '.office'])]
            s['e']['idx'] = 0
            return True
        spec['steps'] += [('other_branch', s_branch), ('other_contact_person', s_contact), ('other_address', s_addr),
                          ('other_number', s_phone), ('branch_mailbox', s_mail)]
        spec['claims'] = ['name', 'email_domain']
        spec['okey'] = org_nkey(e['parts'] + [qual])
        spec['nkey_city'] = (e['nkey'], c2, 0)
        return spec

    if hn_type == 'franchise_outlet':
        if e['kind'] != 'franchise_outlet' or not rec['email'] or email_domain(rec['email']) != e['domain']:
            return None
        bo = BRAND_OUTLETS[e['domain']]
        if bo['city'] != ck:
            return None
        li = pick_loc(ck, False, exclude=bo['used'])
        if li in bo['used']:
            return None
        bo['used'].append(li)
        loc = CITY[ck]['locs'][li][0]
        quals = [' - ' + loc[0], ' (' + loc[0] + ')', ', ' + loc[0]]
        helpline_shared = bo['helpline'] is not None and any(e['phones'][i]['nat'] == bo['helpline']['nat'] for i in shown_phone_idx(x))

        def s_outlet(t, s):
            t['parts'] = [pp for pp in t['parts'] if pp[0] != 'qual'] + [['qual', quals]]
            s['o']['forms']['qual'] = R.randrange(3)
            return True

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(ck), gender='M' if chance(0.85) else 'F')
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            t['addr'] = new_address(ck, 'shop', loc_idx=li)
            if s['a'] is None:
                s['a'] = astyle(t['addr'], src)
            if s['a']['layout'] == 'city_only':
                s['a']['layout'] = 'split'
            return True

        def s_phone(t, s):
            t['phones'] = [new_mobile_for_city(ck)] + ([bo['helpline']] if helpline_shared else [])
            s['t'] = mk_tstyle(t, src, must=[1] if helpline_shared else [])
            return True

        def s_mail(t, s):
            t['emails'] = [domain_email(e['domain'], [slug(loc[0])[:12], slug(loc[0])[:8] + '.store'])]
            s['e']['idx'] = 0
            return True
        spec['steps'] += [('other_outlet', s_outlet), ('other_franchisee', s_contact), ('other_address', s_addr),
                          ('other_number', s_phone), ('outlet_mailbox', s_mail)]
        spec['claims'] = ['name_root', 'city', 'email_domain'] + (['phone'] if helpline_shared else [])
        spec['okey'] = org_nkey([pp for pp in e['parts'] if pp[0] != 'qual'] + [['qual', quals]])
        return spec

    if hn_type == 'group_company':
        if 'group' not in e['role'] or not rec['email'] or not has_lines(rec['address']):
            return None
        g = GROUPS[e['role']['group']]
        if rec['email'].casefold() != g['mailbox'].casefold():
            return None
        free = [(tr, lg) for tr, lg in GROUP_MEMBER_TRADES if tr not in g['trades']]
        if not free:
            return None
        tr, lg = pick(free)
        nm = group_member(g, tr, lg)
        USED_IDS.discard(nm['id'])
        land_shown = any(e['phones'][i]['nat'] == g['landline']['nat'] for i in shown_phone_idx(x))

        def s_firm(t, s):
            t['parts'] = nm['parts']
            t['kind'] = nm['kind']
            s['o']['forms'] = {'core': s['o']['forms'].get('core', 0), 'trade': 0, 'legal': 0}
            s['o']['acro'] = False
            return True

        def s_contact(t, s):
            t['contact'] = nm['contact']
            if s['c'] is not None:
                s['c'] = pstyle(nm['contact'], src, contact=True)
            return True

        def s_phone(t, s):
            t['phones'] = nm['phones']
            s['t'] = mk_tstyle(t, src, must=[0] if land_shown else [])
            if not land_shown:
                s['t']['items'] = [it for it in s['t']['items'] if it[0] != 0] or [[len(t['phones']) - 1, 'spaced', 0, 0]]
            return True

        def s_mail(t, s):
            t['emails'] = nm['emails']
            t['domain'] = g['domain']
            s['e']['idx'] = 0
            return True
        spec['steps'] += [('sister_concern', s_firm), ('other_contact_person', s_contact), ('other_number', s_phone),
                          ('group_mailbox', s_mail)]
        spec['claims'] = ['address', 'email', 'name_root'] + (['phone'] if land_shown else [])
        spec['okey'] = org_nkey(nm['parts'])
        return spec

    if hn_type == 'shared_agent_mailbox':
        if 'agent' not in e['role'] or not rec['email'] or not rec['phone']:
            return None
        a = AGENTS[e['role']['agent']]
        if rec['email'].casefold() != a['mailbox'].casefold() or a['phone']['nat'] not in parse_phone_nats(rec['phone']):
            return None
        if a['type'] == 'society_manager':
            nb = build_society(ck)
        else:
            nb = build_proprietorship(ck) if chance(0.7) else build_contractor(ck)
        USED_IDS.discard(nb['id'])
        nb['emails'].insert(0, a['mailbox'])
        nb['phones'].insert(0, a['phone'])

        def s_firm(t, s):
            t['parts'] = nb['parts']
            t['kind'] = nb['kind']
            t['contact'] = nb['contact']
            t['domain'] = nb['domain']
            s['o'] = ostyle(nb, src)
            s['o']['disp'] = 'company'
            s['c'] = pstyle(nb['contact'], src, contact=True) if s['c'] is not None else None
            return True

        def s_addr(t, s):
            t['addr'] = nb['addr']
            if s['a'] is None:
                s['a'] = astyle(t['addr'], src)
            if s['a']['layout'] == 'city_only':
                s['a']['layout'] = 'split'
            return True

        def s_phone(t, s):
            t['phones'] = nb['phones']
            s['t'] = mk_tstyle(t, src, must=[0])
            return True

        def s_mail(t, s):
            t['emails'] = nb['emails']
            s['e']['idx'] = 0
            return True
        spec['steps'] += [('other_client', s_firm), ('other_address', s_addr), ('agent_number_kept', s_phone),
                          ('agent_mailbox_kept', s_mail)]
        spec['claims'] = ['email', 'phone']
        spec['okey'] = nb['nkey']
        return spec

    if hn_type == 'later_occupant':
        if not has_lines(rec['address']) or e['addr'].get('purpose') not in ('shop', 'office') or special_role(e):
            return None
        if e['addr']['unit'] is None:
            return None
        if x.get('addr_shared'):
            return None
        if e['type'] == 'person':
            return None
        if chance(0.8):
            nb = build_proprietorship(ck) if chance(0.7) else build_contractor(ck)
        else:
            nb = build_partnership(ck)
        USED_IDS.discard(nb['id'])

        def s_firm(t, s):
            t['parts'] = nb['parts']
            t['kind'] = nb['kind']
            t['contact'] = nb['contact']
            t['domain'] = nb['domain']
            s['o'] = ostyle(nb, src)
            s['o']['disp'] = 'company'
            s['c'] = pstyle(nb['contact'], src, contact=True) if chance(0.7) else None
            return True

        def s_phone(t, s):
            t['phones'] = nb['phones']
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = nb['emails']
            s['e']['idx'] = 0 if (nb['emails'] and chance(0.7)) else None
            return True
        spec['steps'] += [('new_occupant', s_firm), ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['address']
        spec['okey'] = nb['nkey']
        return spec

    if hn_type == 'similar_name_other_trade':
        tk = trade_key_of(e)
        if e['type'] != 'org' or tk not in OTHER_TRADE or special_role(e) or not (rec['address'] and rec['address']['city']):
            return None
        parts = [pp for pp in e['parts'] if pp[0] in ('prefix', 'core')]
        if not name_roots(rec):
            return None
        for _ in range(10):
            ntk = pick(OTHER_TRADE[tk])
            nparts = copy.deepcopy(parts) + [['trade', list(TRADES[ntk])]]
            if org_count(nparts, ck) == 0:
                break
        else:
            return None

        def s_firm(t, s):
            t['parts'] = nparts
            t['kind'] = 'contractor' if ntk in ('electrical_contractors', 'fabricators', 'solar', 'constructions') else 'proprietorship'
            s['o']['forms'] = {'prefix': s['o']['forms'].get('prefix', 0), 'core': s['o']['forms'].get('core', 0), 'trade': 0}
            s['o']['acro'] = False
            return True

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(ck), gender='M')
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            t['addr'] = new_address(ck, 'shop', loc_idx=pick_loc(ck, None, exclude=[e['addr']['li']]))
            if s['a'] is None:
                s['a'] = astyle(t['addr'], src)
            return True

        def s_phone(t, s):
            t['phones'] = [new_mobile_for_city(ck)] + ([new_landline(ck)] if chance(0.3) else [])
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [free_email(org_words(nparts), ck)] if chance(0.5) else []
            t['domain'] = None
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_trade', s_firm), ('other_proprietor', s_contact), ('other_address', s_addr),
                          ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['name_root', 'city']
        spec['okey'] = org_nkey(nparts)
        return spec

    if hn_type == 'public_body_other_department':
        if e['kind'] != 'public_body' or not (rec['address'] and rec['address']['city']):
            return None
        body, unit = e['role']['public']
        opts = [o for o in public_bodies_for(ck) if o[0] == body and (ck + '|' + o[0] + '|' + o[3]) not in PUBLIC_USED]
        if not opts:
            return None
        o = pick(opts)
        PUBLIC_USED.add(ck + '|' + o[0] + '|' + o[3])
        nparts = [['core', list(o[1])], ['qual', list(o[2])]]

        def s_dept(t, s):
            t['parts'] = nparts
            s['o']['forms']['qual'] = R.randrange(len(o[2]))
            return True

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(ck), gender='M' if chance(0.8) else 'F', prof_ok=False)
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            t['addr'] = new_address(ck, 'public', loc_idx=pick_loc(ck, False, exclude=[e['addr']['li']]))
            t['addr']['bldg'] = public_bldg(o[0])
            if s['a'] is None:
                s['a'] = astyle(t['addr'], src)
            return True

        def s_phone(t, s):
            t['phones'] = [new_landline(ck)] + ([new_mobile_for_city(ck)] if chance(0.4) else [])
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [public_email(o, ck)] if chance(0.5) else []
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_department', s_dept), ('other_officer', s_contact), ('other_address', s_addr),
                          ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['name_root', 'city']
        spec['okey'] = org_nkey(nparts)
        return spec

    if hn_type == 'society_other_wing':
        if e['kind'] != 'housing_society' or not has_lines(rec['address']) or not rec['address']['city']:
            return None
        nm = _slot(e, 'core')[0]
        if chance(0.5):
            forms = [nm + ' Phase II', nm + ' Phase-2', nm + ' Ph. II']
            bsuf = ' Phase II'
        else:
            w = pick(['B', 'C', 'D'])
            forms = [nm + " '%s' Wing" % w, nm + ' %s-Wing' % w, nm + ' %s Wing' % w]
            bsuf = ' %s Wing' % w
        nparts = [['core', forms]] + [pp for pp in e['parts'] if pp[0] == 'legal']
        if org_count(nparts, ck) != 0:
            return None
        share_phone = rec['phone'] is not None and chance(0.3)

        def s_soc(t, s):
            t['parts'] = nparts
            s['o']['forms']['core'] = R.randrange(3)
            return True

        def s_contact(t, s):
            t['contact'] = make_person(pick_culture(ck), gender='M' if chance(0.8) else 'F', prof_ok=False)
            if s['c'] is not None:
                s['c'] = pstyle(t['contact'], src, contact=True)
            return True

        def s_addr(t, s):
            na = copy.deepcopy(e['addr'])
            na['aid'] = new_aid()
            na['bldg'] = (e['addr']['bldg'] or nm) + bsuf
            t['addr'] = na
            return True

        def s_phone(t, s):
            if share_phone:
                return False
            t['phones'] = [new_mobile_for_city(ck)]
            s['t'] = mk_tstyle(t, src)
            return True

        def s_mail(t, s):
            t['emails'] = [free_email(slug(forms[0])[:14], ck)] if chance(0.5) else []
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('other_wing', s_soc), ('other_secretary', s_contact), ('other_wing_address', s_addr),
                          ('other_number', s_phone), ('other_mailbox', s_mail)]
        spec['claims'] = ['name_root', 'building'] + (['phone'] if share_phone else [])
        spec['okey'] = org_nkey(nparts)
        return spec

    if hn_type == 'director_personal':
        if e['kind'] not in ('private_limited', 'llp') or e['contact'] is None or 'contact_mobile' not in e['role']:
            return None
        cm = e['role']['contact_mobile']
        if not rec['phone'] or cm not in parse_phone_nats(rec['phone']) or not rec['givenName'] or not rec['familyName']:
            return None
        if x['s']['c'] is None or x['s']['c']['fields'] != 'normal' or e['contact']['initials']:
            return None
        if 'group' in e['role']:
            return None
        cp = copy.deepcopy(e['contact'])
        mob = [ph for ph in e['phones'] if ph['nat'] == cm][0]
        if name_city_count(person_key(cp), ck) != 0:
            return None

        def s_person(t, s):
            t['type'] = 'person'
            t['p'] = cp
            t['kind'] = CULT_KIND[cp['culture']]
            t['parts'] = None
            t['contact'] = None
            t['domain'] = None
            ps = copy.deepcopy(s['c'])
            ps['fields'] = 'normal'
            s['p'] = ps
            s['o'] = None
            s['c'] = None
            return True

        def s_addr(t, s):
            t['addr'] = new_address(ck, 'home')
            s['a'] = astyle(t['addr'], src)
            if s['a']['layout'] == 'city_only':
                s['a']['layout'] = 'short'
            return True

        def s_phone(t, s):
            t['phones'] = [mob] + ([new_landline(ck)] if chance(0.2) else [])
            s['t'] = mk_tstyle(t, src, must=[0])
            return True

        def s_mail(t, s):
            t['emails'] = [person_email(cp, ck)] if chance(0.7) else []
            s['e']['idx'] = 0 if t['emails'] else None
            return True
        spec['steps'] += [('personal_account', s_person), ('home_address', s_addr), ('own_mobile_kept', s_phone),
                          ('personal_mailbox', s_mail)]
        spec['claims'] = ['phone', 'contact_person']
        spec['pkey'] = person_key(cp)
        return spec
    raise ValueError(hn_type)


def hn_differs(hn_type, a, b, ta, tb):
    if hn_type in ('namesake_person', 'namesake_firm'):
        if claim_ok('phone', a, b) or claim_ok('email', a, b):
            return False
        if has_lines(a['address']) and has_lines(b['address']) and addr_sim(a['address'], b['address'])[0] >= 0.45:
            return False
        return True
    if hn_type in ('household_member', 'father_son', 'spouse'):
        return first_given(a) is not None and first_given(b) is not None and first_given(a) != first_given(b)
    if hn_type == 'branch_other_state':
        ca, cb = city_canon(a['address']), city_canon(b['address'])
        return ca is not None and cb is not None and macro_state(ca) != macro_state(cb)
    if hn_type == 'director_personal':
        return a['companyName'] is not None and b['companyName'] is None
    return sorted(name_tokens(a)) != sorted(name_tokens(b))


def make_hn(hn_type, x, ex_email, ex_phone):
    src = wpick(SOURCE_W)
    spec = build_hn_spec(hn_type, x, src)
    if spec is None:
        return None
    e0 = x['e']
    for attempt in range(12):
        t = copy.deepcopy(e0)
        s = copy.deepcopy(x['s'])
        plan = [('L', R.randint(0, 2))]
        excl = [st[0] for st in STEPS if st[1] != 'L'] + ['e_add', 't_add', 'a_add', 'contact_add', 'disp_cc']
        rec, changes = derive(x['rec'], t, s, [('qbo_disambiguator_absent', drop_extra)] + spec['steps'], plan, [], src, excl)
        if not all(claim_ok(c, x['rec'], rec) for c in spec['claims']):
            continue
        if not hn_differs(hn_type, x['rec'], rec, e0, t):
            continue
        bad = False
        if rec['email']:
            for j in ex_email.get(rec['email'].casefold(), []):
                if 'email' not in spec['claims'] or rec['email'].casefold() != (x['rec']['email'] or '').casefold():
                    bad = True
        anc = parse_phone_nats(x['rec']['phone'])
        for n in parse_phone_nats(rec['phone']):
            for j in ex_phone.get(n, []):
                if 'phone' not in spec['claims'] or n not in anc:
                    bad = True
        if bad:
            continue
        if rec['address'] is None and rec['email'] is None and rec['phone'] is None:
            continue
        t['nkey'] = person_key(t['p']) if t['type'] == 'person' else org_nkey(t['parts'])
        allowed = spec['nkey_city'][2] if ('nkey_city' in spec and spec['nkey_city'][0] == t['nkey']) else 0
        if t['type'] == 'person':
            cnt = name_city_count(t['nkey'], t['city'])
        else:
            cnt = org_count(t['parts'], t['city'])
            if _slot(t, 'qual') is not None:
                cnt = max(cnt, org_count([pp for pp in t['parts'] if pp[0] != 'qual'], t['city']))
        if cnt > allowed:
            continue
        register(t)
        return {'rec': rec, 'changes': changes, 'entity': t['id'], 'kind': t['kind'], 'claims': spec['claims'],
                'rule': RULES[hn_type], 't': t}
    return None


# ---------------------------------------------------------------------------
# New customers
# ---------------------------------------------------------------------------
NEW_KINDS = [('person', 35), ('proprietorship', 30), ('partnership', 6), ('private_limited', 11), ('llp', 3),
             ('contractor', 8), ('builder_site_office', 2), ('housing_society', 2), ('school', 1), ('hospital', 1),
             ('uae_trading', 1)]


def build_new_entity():
    k = wpick(NEW_KINDS)
    if k == 'person':
        city = wpick(UAE_CITY_WEIGHTS) if chance(0.03) else pick_city()
        return person_entity(city)
    if k == 'uae_trading':
        return build_uae(wpick(UAE_CITY_WEIGHTS))
    city = pick_city()
    if k == 'proprietorship':
        return build_proprietorship(city)
    if k == 'partnership':
        return build_partnership(city)
    if k == 'private_limited':
        return build_pvt(city)
    if k == 'llp':
        return build_pvt(city, legal='llp', kind='llp')
    if k == 'contractor':
        return build_contractor(city)
    if k == 'builder_site_office':
        return build_builder(wpick([('pune', 50), ('pcmc', 20), ('mumbai', 15), ('nashik', 15)]))
    if k == 'housing_society':
        return build_society(wpick([('pune', 50), ('thane', 25), ('mumbai', 25)]))
    if k == 'school':
        return build_school(city)
    return build_hospital(city)

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
NAME_CITY_ALLOWED = ['case_upper', 'case_lower', 'case_title', 'ms', 'legal', 'a_region', 'a_country', 'a_case']


def t_replace_new(t, s):
    t['phones'].append(new_mobile_for_city(t['city']))
    s['t']['items'] = [[len(t['phones']) - 1, pick(PHONE_FMTS[:4]), 0, 0]]
    return True


def make_name_city_variant(x):
    excl = [st[0] for st in STEPS if st[0] not in NAME_CITY_ALLOWED]
    for attempt in range(40):
        t = copy.deepcopy(x['e'])
        s = copy.deepcopy(x['s'])
        mail = ('dropped', e_drop) if chance(0.6) else ('new_mailbox', e_new)
        forced = [('qbo_disambiguator_absent', drop_extra), mail, ('new_number', t_replace_new), ('city_only', a_city_only)]
        src = pick(['counter', 'reps'])
        rec, changes = derive(x['rec'], t, s, forced, [('L', R.randint(0, 2))], [], src, excl)
        ev, ok = evidence(x['rec'], rec, False)
        if ev or not ok:
            continue
        if city_canon(rec['address']) is None or city_canon(rec['address']) != city_canon(x['rec']['address']):
            continue
        if sorted(name_tokens(rec)) != sorted(name_tokens(x['rec'])):
            continue
        return rec, changes, src
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    X = build_existing()
    assert len(X) == N_EXISTING
    ex_email = {}
    ex_phone = {}
    aid_count = {}
    nkey_count = {}
    tok_count = {}
    for x in X:
        if x['rec']['email']:
            ex_email.setdefault(x['rec']['email'].casefold(), []).append(x['idx'])
        for n in parse_phone_nats(x['rec']['phone']):
            ex_phone.setdefault(n, []).append(x['idx'])
        aid = x['e']['addr']['aid']
        aid_count[aid] = aid_count.get(aid, 0) + 1
        nkey_count[x['e']['nkey']] = nkey_count.get(x['e']['nkey'], 0) + 1
        tk = ' '.join(sorted(name_tokens(x['rec'])))
        tok_count[tk] = tok_count.get(tk, 0) + 1
    for x in X:
        x['addr_shared'] = aid_count[x['e']['addr']['aid']] > 1

    items = []
    # ---- hard negatives
    used_anchor = set()
    for hn_type in HN_TYPES:
        got = 0
        order = R.sample(range(len(X)), len(X))
        for i in order:
            if got >= N_HN_PER_TYPE:
                break
            if i in used_anchor:
                continue
            res = make_hn(hn_type, X[i], ex_email, ex_phone)
            if res is None:
                continue
            used_anchor.add(i)
            got += 1
            items.append({'rec': res['rec'], 'entity': res['entity'], 'category': 'hard_negative', 'kind': res['kind'],
                          'changes': res['changes'], 'extra': [('anchor', X[i]['e']['id']), ('anchor_index', i),
                                                               ('hn_type', hn_type), ('rule', res['rule']),
                                                               ('shared', res['claims'])]})
        if got < N_HN_PER_TYPE:
            raise RuntimeError('not enough hard negatives of type %s (%d)' % (hn_type, got))
    # ---- matches
    sample = R.sample(range(len(X)), N_MATCH - 100)
    targets = sample + sample[:100]
    n_name_city = 0
    for i in targets:
        x = X[i]
        e = x['e']
        if (n_name_city < 14 and e['type'] == 'org' and _slot(e, 'prefix') is None and
                e['kind'] in ('private_limited', 'llp', 'contractor', 'partnership', 'uae_trading', 'hospital') and
                nkey_count[e['nkey']] == 1 and tok_count[' '.join(sorted(name_tokens(x['rec'])))] == 1 and
                x['rec']['address'] is not None and city_canon(x['rec']['address']) is not None and
                not any(_slot(e, 'core')[0] in d[0] for d in DEV_CORES) and len(name_roots(x['rec'])) >= 1):
            r = make_name_city_variant(x)
            if r is not None:
                rec, changes, src = r
                n_name_city += 1
                items.append({'rec': rec, 'entity': e['id'], 'category': 'match', 'kind': e['kind'], 'changes': changes,
                              'extra': [('profile', 'harsh'), ('evidence', []), ('compare_set', 'existing'),
                                        ('compare_index', i)]})
                continue
        prof = wpick([('light', 30), ('medium', 40), ('harsh', 30)])
        src = wpick(SOURCE_W)
        rec, changes, ev, t, s = make_variant(x['rec'], e, x['s'], prof, src)
        items.append({'rec': rec, 'entity': e['id'], 'category': 'match', 'kind': e['kind'], 'changes': changes,
                      'extra': [('profile', prof), ('evidence', ev), ('compare_set', 'existing'), ('compare_index', i)]})
    # ---- new customers
    n_new_records = N_INCOMING - len(items)
    sizes = [3] * 30 + [2] * 60
    rest = n_new_records - sum(sizes)
    sizes += [1] * rest
    for gi, size in enumerate(sizes):
        for attempt in range(20):
            e = build_new_entity()
            src = wpick(SOURCE_W)
            s = new_style(e, src)
            if s['e']['idx'] is None and not s['t']['items'] and s['a'] is None:
                s['t'] = mk_tstyle(e, src)
            if s['a'] is not None and s['a']['layout'] == 'short' and e['addr']['unit'] is None and e['addr']['bldg'] is None:
                s['a']['layout'] = 'split'
            rec1 = render(e, s)
            if available(rec1):
                break
        register(e)
        first = {'rec': rec1, 'entity': e['id'], 'category': 'new', 'kind': e['kind'], 'changes': [],
                 'extra': [('occurrence', 1)], 'group': gi, 'occ': 1}
        items.append(first)
        for k in range(2, size + 1):
            prof = wpick([('light', 35), ('medium', 40), ('harsh', 25)])
            src2 = wpick(SOURCE_W)
            rec, changes, ev, t, s2 = make_variant(rec1, e, s, prof, src2)
            items.append({'rec': rec, 'entity': e['id'], 'category': 'new', 'kind': e['kind'], 'changes': changes,
                          'extra': [('occurrence', k), ('profile', prof), ('evidence', ev), ('compare_set', 'incoming')],
                          'group': gi, 'occ': k, 'first': first})
    assert len(items) == N_INCOMING, len(items)
    R.shuffle(items)
    # first occurrence of a repeated new customer comes first in the file
    gpos = {}
    for pos, it in enumerate(items):
        if it.get('group') is not None:
            gpos.setdefault(it['group'], []).append(pos)
    for g, plist in gpos.items():
        if len(plist) < 2:
            continue
        grp = sorted([items[p] for p in plist], key=lambda it: it['occ'])
        for p, it in zip(sorted(plist), grp):
            items[p] = it
    for pos, it in enumerate(items):
        it['idx'] = pos
    # ---- write
    os.makedirs(args.out, exist_ok=True)
    set_lines = []
    meta_lines = []
    for x in X:
        set_lines.append(json.dumps({'set': 'existing', 'entity': x['e']['id'], 'contact': x['rec']}, ensure_ascii=False))
        meta_lines.append(json.dumps({'set': 'existing', 'index': x['idx'], 'entity': x['e']['id'], 'category': 'existing',
                                      'kind': x['e']['kind'], 'changes': []}, ensure_ascii=False))
    for it in items:
        set_lines.append(json.dumps({'set': 'incoming', 'entity': it['entity'], 'contact': it['rec']}, ensure_ascii=False))
        m = {'set': 'incoming', 'index': it['idx'], 'entity': it['entity'], 'category': it['category'],
             'kind': it['kind'], 'changes': it['changes']}
        for k, v in it['extra']:
            m[k] = v
        if it['category'] == 'new' and it['occ'] >= 2:
            m['compare_index'] = it['first']['idx']
        meta_lines.append(json.dumps(m, ensure_ascii=False))
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(set_lines) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(meta_lines) + '\n')


if __name__ == '__main__':
    main()
