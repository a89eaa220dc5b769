#!/usr/bin/env python3
"""Synthetic labelled benchmark for customer record linkage.

Scenario: a family-owned funeral home and cremation group in Ohio (Dayton,
Springfield, Xenia) and western Pennsylvania (Erie), with a crematory and a
monument shop, billing through QuickBooks Online (USD).

Writes set.jsonl (1,500 existing customers + 1,500 incoming records) and
meta.jsonl (labels, one line per record, same order).

Standard library only; one random.Random(SEED); output is byte-identical for
any PYTHONHASHSEED (no iteration over sets or hash-ordered containers).

Usage:  python3 gen.py [--out DIR]
"""

import argparse
import copy
import json
import os
import random
import re
import sys

SEED = 4417_2024

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD_NEG = 150

# ---------------------------------------------------------------------------
# Geography: real Ohio and western Pennsylvania towns, ZIP codes, area codes,
# real street names (house numbers are invented).
# kind: urban / suburb / town / rural / amish
# alts: other city names the post office or the families use for the place
# ---------------------------------------------------------------------------

PLACES = [
    # ---- Montgomery County, OH (Dayton area) -----------------------------
    dict(city="Dayton", region="OH", county="Montgomery", area="937", weight=24, kind="urban",
         zips=["45402", "45403", "45404", "45405", "45406", "45407", "45408", "45410",
               "45414", "45415", "45416", "45417", "45418", "45419", "45420", "45426",
               "45427", "45428", "45432", "45439", "45449"],
         alts=[],
         streets=["Salem Ave", "Wayne Ave", "Brown St", "Smithville Rd", "Philadelphia Dr",
                  "Hoover Ave", "Gettysburg Ave", "Germantown St", "Linden Ave",
                  "Watervliet Ave", "Far Hills Ave", "Wilmington Pike", "Free Pike",
                  "Wolf Creek Pike", "Catalpa Dr", "Riverview Ave", "Huffman Ave",
                  "Xenia Ave", "Keowee St", "Troy St", "Burkhardt Ave", "Harshman Rd",
                  "Woodman Dr", "Hillcrest Ave", "Siebenthaler Ave", "Cornell Dr",
                  "Kumler Ave", "Superior Ave", "Oakridge Dr", "Fauver Ave", "Lakeview Ave",
                  "Ravenwood Ave", "Nicholas Rd", "Union Rd", "Liscum Dr", "Otterbein Ave",
                  "Delphos Ave", "Stewart St", "Forest Ave", "Daleview Ave", "Ruskin Rd",
                  "Shroyer Rd", "Needmore Rd", "Old Troy Pike", "Little Richmond Rd",
                  "Hoch St", "Cory Dr", "Elmhurst Rd", "Mapleview Ave", "Kammer Ave",
                  "W Third St", "E Fifth St", "N Main St", "S Smithville Rd", "Wyoming St",
                  "Pursell Ave", "Bancroft St", "Ardmore Ave", "Argonne Dr", "Westwood Ave"]),
    dict(city="Kettering", region="OH", county="Montgomery", area="937", weight=5, kind="suburb",
         zips=["45429", "45409", "45419", "45420", "45440"], alts=["Dayton"],
         streets=["Stroop Rd", "Dorothy Ln", "Wilmington Pike", "Bigger Rd", "Marshall Rd",
                  "Shroyer Rd", "Ackerman Blvd", "Galewood St", "Glengarry Dr", "Forrer Blvd",
                  "Wiltshire Blvd", "Acosta St", "Bellemeade Dr", "Storms Rd", "Patterson Rd",
                  "Ridgeway Rd", "Beverly Pl", "Oak Knoll Dr"]),
    dict(city="Beavercreek", region="OH", county="Greene", area="937", weight=4, kind="suburb",
         zips=["45431", "45432", "45434", "45440"], alts=["Dayton", "Beavercreek Twp"],
         streets=["Dayton-Xenia Rd", "Grange Hall Rd", "Shakertown Rd", "Indian Ripple Rd",
                  "Fairfield Rd", "Kemp Rd", "Orchard Ln", "Beaver Valley Rd", "Factory Rd",
                  "Hanes Rd", "Research Blvd", "Valley Springs Rd", "Longview Dr", "Pepper Ln"]),
    dict(city="Fairborn", region="OH", county="Greene", area="937", weight=4, kind="town",
         zips=["45324"], alts=[],
         streets=["Broad St", "Main St", "Dayton-Yellow Springs Rd", "Central Ave",
                  "Funderburg Rd", "Kauffman Ave", "Trebein Rd", "Maple Ave", "Grand Ave",
                  "Rona Pkwy", "Colonel Glenn Hwy", "Dellwood Dr", "Beaver Dr", "Zink Rd"]),
    dict(city="Huber Heights", region="OH", county="Montgomery", area="937", weight=4, kind="suburb",
         zips=["45424"], alts=["Dayton"],
         streets=["Brandt Pike", "Chambersburg Rd", "Fishburg Rd", "Taylorsville Rd",
                  "Powell Rd", "Endicott Dr", "Harshmanville Rd", "Rip Rap Rd", "Kitridge Rd",
                  "Tomberg St", "Shull Rd", "Fordham Dr", "Bellefontaine Rd"]),
    dict(city="Miamisburg", region="OH", county="Montgomery", area="937", weight=3, kind="town",
         zips=["45342"], alts=["Miami Twp"],
         streets=["Main St", "Central Ave", "Linden Ave", "Heincke Rd", "Benner Rd",
                  "Lyons Rd", "Gebhart Church Rd", "Sycamore St", "Ferry St", "Riverview Ave",
                  "Mound Rd", "Zechman Rd", "Lantis Dr"]),
    dict(city="Centerville", region="OH", county="Montgomery", area="937", weight=3, kind="suburb",
         zips=["45458", "45459"], alts=["Dayton", "Washington Twp"],
         streets=["Far Hills Ave", "Clyo Rd", "Spring Valley Rd", "Alex Bell Rd",
                  "Franklin St", "Sheehan Rd", "Whipp Rd", "Normandy Ln",
                  "Centerville Station Rd", "Bigger Rd", "Marwood Dr", "Virginia Ave"]),
    dict(city="Trotwood", region="OH", county="Montgomery", area="937", weight=4, kind="suburb",
         zips=["45426", "45416"], alts=["Dayton"],
         streets=["Main St", "Olive Rd", "Shiloh Springs Rd", "Wolf Creek Pike", "Free Pike",
                  "Westbrook Rd", "Salem Ave", "Denlinger Rd", "Hoke Rd", "Guenther Rd",
                  "Broadway St", "Trotwood Blvd", "Lakeridge Dr"]),
    dict(city="Vandalia", region="OH", county="Montgomery", area="937", weight=2, kind="town",
         zips=["45377"], alts=["Butler Twp"],
         streets=["National Rd", "Dixie Dr", "Peters Pike", "Helke Rd", "Stonequarry Rd",
                  "Northwoods Blvd", "Kenbrook Dr", "Maple St", "Cassel Rd"]),
    dict(city="Englewood", region="OH", county="Montgomery", area="937", weight=2, kind="town",
         zips=["45322"], alts=["Clayton"],
         streets=["Main St", "Union Blvd", "Taywood Rd", "Haas Rd", "National Rd",
                  "Wenger Rd", "Phillipsburg-Union Rd", "Hillcrest Dr", "Cottage Ave"]),
    dict(city="West Carrollton", region="OH", county="Montgomery", area="937", weight=2, kind="town",
         zips=["45449"], alts=["Dayton"],
         streets=["Central Ave", "Alex Rd", "Elm St", "Dixie Dr", "Miami Ave",
                  "Pease Ave", "Marcella Dr", "Kettering Blvd"]),
    dict(city="Germantown", region="OH", county="Montgomery", area="937", weight=1, kind="town",
         zips=["45327"], alts=[],
         streets=["Main St", "Center St", "Market St", "Plum St",
                  "Farmersville-Germantown Pike", "Warner St", "Walnut St"]),
    dict(city="Oakwood", region="OH", county="Montgomery", area="937", weight=1, kind="suburb",
         zips=["45419", "45409"], alts=["Dayton"],
         streets=["Far Hills Ave", "Oakwood Ave", "Schantz Ave", "Park Rd", "Shafor Blvd",
                  "Volusia Ave", "Aberdeen Ave"]),
    # ---- Greene County, OH ------------------------------------------------
    dict(city="Xenia", region="OH", county="Greene", area="937", weight=12, kind="town",
         zips=["45385"], alts=["Xenia Twp"],
         streets=["Detroit St", "Main St", "Church St", "Bellbrook Ave", "Home Ave", "Hill St",
                  "Market St", "W Second St", "E Third St", "Kinsey Rd", "Country Club Dr",
                  "Shawnee Dr", "Trumbull St", "Columbus St", "Lexington Ave",
                  "Old Springfield Pike", "Stadium Dr", "Cincinnati Ave", "Fairground Rd",
                  "Orchard St", "Dayton Ave", "Leaman St", "King St", "Wilson Dr",
                  "Bellbrook Rd", "Hollywood Blvd", "Innsbrook Dr", "Towler Rd",
                  "Old US 35", "Jasper Rd", "Union Rd", "Colorado Dr", "Maplewood Dr"]),
    dict(city="Yellow Springs", region="OH", county="Greene", area="937", weight=1, kind="town",
         zips=["45387"], alts=[],
         streets=["Xenia Ave", "Dayton St", "Corry St", "Limestone St", "Livermore St",
                  "Glen St", "Allen St", "Fairfield Pike"]),
    dict(city="Cedarville", region="OH", county="Greene", area="937", weight=1, kind="town",
         zips=["45314"], alts=[],
         streets=["Main St", "Xenia Ave", "Chillicothe St", "Federal Pike",
                  "Wilberforce-Clifton Rd", "Cedar St", "Elm St"]),
    dict(city="Jamestown", region="OH", county="Greene", area="937", weight=1, kind="rural",
         zips=["45335"], alts=[],
         streets=["Limestone St", "Xenia St", "Washington St", "Hussey Rd", "Charleston Rd",
                  "Jasper Rd", "Cottonwood Dr"]),
    dict(city="Wilberforce", region="OH", county="Greene", area="937", weight=1, kind="rural",
         zips=["45384"], alts=["Xenia"],
         streets=["Brush Row Rd", "Wilberforce-Clifton Rd", "Stevenson Rd", "Tarbox Cemetery Rd"]),
    dict(city="Bellbrook", region="OH", county="Greene", area="937", weight=2, kind="town",
         zips=["45305"], alts=["Sugarcreek Twp"],
         streets=["Main St", "Franklin St", "Washington Mill Rd", "Feedwire Rd", "Ferry Rd",
                  "Upper Bellbrook Rd", "Little Sugarcreek Rd", "Royal Oak Dr"]),
    dict(city="Spring Valley", region="OH", county="Greene", area="937", weight=1, kind="rural",
         zips=["45370"], alts=[],
         streets=["Main St", "Walnut St", "Mill St", "Roxanna-New Burlington Rd"]),
    # ---- Clark County, OH (Springfield) -----------------------------------
    dict(city="Springfield", region="OH", county="Clark", area="937", weight=15, kind="urban",
         zips=["45502", "45503", "45504", "45505", "45506"], alts=[],
         streets=["High St", "Limestone St", "Main St", "Plum St", "Fountain Ave", "Selma Rd",
                  "Derr Rd", "Moorefield Rd", "Burnett Rd", "Lagonda Ave", "Warder St",
                  "Mitchell Blvd", "Bechtle Ave", "Tuttle Rd", "Yellow Springs St",
                  "Clifton Ave", "Harding Rd", "Kenton St", "Center St", "Sherman Ave",
                  "Rebert Pike", "Villa Rd", "Dibert Ave", "Snyder St", "Pleasant St",
                  "Columbia St", "Bird Rd", "Northern Ave", "Grand Ave", "Wittenberg Ave",
                  "Kenwood Ave", "Lowry Ave", "Rose St", "Cedar St", "Clairmont Ave",
                  "Sunset Ave", "Old Mill Rd", "Hustead Rd", "Troy Rd"]),
    dict(city="New Carlisle", region="OH", county="Clark", area="937", weight=2, kind="town",
         zips=["45344"], alts=["Bethel Twp"],
         streets=["Main St", "Lake Ave", "Jefferson St", "Dayton Rd", "Scarff Rd", "Troy Rd",
                  "Madison St", "Kennison Ave"]),
    dict(city="Enon", region="OH", county="Clark", area="937", weight=1, kind="town",
         zips=["45323"], alts=["Springfield"],
         streets=["Main St", "Enon Rd", "Xenia Dr", "Hustead Rd", "Mound St", "Greenfield Dr"]),
    dict(city="South Charleston", region="OH", county="Clark", area="937", weight=1, kind="rural",
         zips=["45368"], alts=[],
         streets=["Chillicothe St", "Mound St", "Charleston Pike", "Columbus St"]),
    dict(city="Medway", region="OH", county="Clark", area="937", weight=1, kind="rural",
         zips=["45341"], alts=["New Carlisle"],
         streets=["Lower Valley Pike", "Spangler Rd", "Main St", "Fern Dr"]),
    # ---- Neighbouring Ohio counties ----------------------------------------
    dict(city="Urbana", region="OH", county="Champaign", area="937", weight=2, kind="town",
         zips=["43078"], alts=[],
         streets=["Main St", "Scioto St", "Miami St", "Washington Ave", "Bloomfield Ave",
                  "Russell Rd", "Court St", "Ward St", "Lafayette Ave"]),
    dict(city="Mechanicsburg", region="OH", county="Champaign", area="937", weight=1, kind="rural",
         zips=["43044"], alts=[],
         streets=["Main St", "Sandusky St", "Walnut St", "Urbana-Mechanicsburg Rd"]),
    dict(city="Tipp City", region="OH", county="Miami", area="937", weight=2, kind="town",
         zips=["45371"], alts=[],
         streets=["Main St", "Hyatt St", "Evanston Rd", "Peters Rd", "Kessler-Cowlesville Rd",
                  "Third St", "Sixth St", "Tipp-Cowlesville Rd", "Broadway St"]),
    dict(city="Troy", region="OH", county="Miami", area="937", weight=2, kind="town",
         zips=["45373"], alts=[],
         streets=["Main St", "Market St", "Staunton Rd", "Peters Ave", "Dorset Rd",
                  "McKaig Ave", "Adams St", "Swailes Rd", "Ridge Ave"]),
    dict(city="Piqua", region="OH", county="Miami", area="937", weight=1, kind="town",
         zips=["45356"], alts=[],
         streets=["Main St", "Broadway", "Spring St", "Ash St", "Garbry Rd",
                  "Washington Ave", "Young St", "Covington Ave"]),
    dict(city="Lebanon", region="OH", county="Warren", area="513", weight=1, kind="town",
         zips=["45036"], alts=[],
         streets=["Broadway", "Main St", "Cincinnati Ave", "Columbus Ave", "Mulberry St",
                  "Silver St"]),
    dict(city="Waynesville", region="OH", county="Warren", area="513", weight=1, kind="town",
         zips=["45068"], alts=[],
         streets=["Main St", "Miami St", "Third St", "High St"]),
    dict(city="Wilmington", region="OH", county="Clinton", area="937", weight=1, kind="town",
         zips=["45177"], alts=[],
         streets=["Main St", "Locust St", "Rombach Ave", "Mulberry St", "Nelson Ave"]),
    dict(city="London", region="OH", county="Madison", area="740", weight=1, kind="town",
         zips=["43140"], alts=[],
         streets=["Main St", "High St", "Oak St", "Elm St", "Walnut St"]),
    dict(city="Sidney", region="OH", county="Shelby", area="937", weight=1, kind="town",
         zips=["45365"], alts=[],
         streets=["Main St", "Court St", "Michigan St", "Wapakoneta Ave", "Russell Rd"]),
    dict(city="Greenville", region="OH", county="Darke", area="937", weight=1, kind="town",
         zips=["45331"], alts=[],
         streets=["Broadway", "Main St", "Martin St", "Wayne Ave", "Sweitzer St"]),
    # ---- Erie County, PA ---------------------------------------------------
    dict(city="Erie", region="PA", county="Erie", area="814", weight=20, kind="urban",
         zips=["16501", "16502", "16503", "16504", "16505", "16506", "16507", "16508",
               "16509", "16510", "16511"], alts=["Millcreek", "Millcreek Twp"],
         streets=["State St", "Peach St", "Parade St", "Buffalo Rd", "W 26th St", "E 38th St",
                  "Pine Ave", "Liberty St", "Cherry St", "Greengarden Blvd", "Zuck Rd",
                  "W Lake Rd", "Sassafras St", "Myrtle St", "Raspberry St", "Poplar St",
                  "Wallace St", "Holland St", "German St", "E 10th St", "W 8th St",
                  "Glenwood Park Ave", "E Grandview Blvd", "Pittsburgh Ave", "Peninsula Dr",
                  "Old French Rd", "Wayne St", "Ash St", "East Ave", "Brandes St",
                  "McClelland Ave", "Norcross Rd", "Kuhl Rd", "W 21st St", "E 29th St",
                  "W 32nd St", "Cascade St", "Weschler Ave", "Hess Ave", "Marne Rd",
                  "Elmwood Ave", "Perry St", "Reed St", "E 6th St", "W 12th St"]),
    dict(city="Harborcreek", region="PA", county="Erie", area="814", weight=2, kind="suburb",
         zips=["16421"], alts=["Erie", "Harborcreek Twp"],
         streets=["Buffalo Rd", "Station Rd", "Depot Rd", "Nagle Rd", "Clark Rd",
                  "Hannon Rd", "Rt 955"]),
    dict(city="North East", region="PA", county="Erie", area="814", weight=2, kind="town",
         zips=["16428"], alts=[],
         streets=["Main St", "Lake St", "Gibson St", "Freeport Rd", "Shadduck Rd",
                  "Clay St", "Orchard Beach Rd", "Middle Rd"]),
    dict(city="Girard", region="PA", county="Erie", area="814", weight=1, kind="town",
         zips=["16417"], alts=[],
         streets=["Main St", "Rice Ave", "Peck St", "Dobler Rd", "Olin Ave", "Ridge Rd"]),
    dict(city="Fairview", region="PA", county="Erie", area="814", weight=1, kind="suburb",
         zips=["16415"], alts=["Fairview Twp"],
         streets=["W Ridge Rd", "Avonia Rd", "Dutch Rd", "Water St", "Manchester Rd",
                  "Millfair Rd"]),
    dict(city="Edinboro", region="PA", county="Erie", area="814", weight=1, kind="town",
         zips=["16412"], alts=[],
         streets=["Erie St", "Meadville St", "Plum St", "Waterford St", "Sharp Rd",
                  "Crane Rd"]),
    dict(city="Corry", region="PA", county="Erie", area="814", weight=3, kind="amish",
         zips=["16407"], alts=[],
         streets=["Center St", "Main St", "Washington St", "Wayne St", "Smith St",
                  "Sciota St", "Hatch Hollow Rd", "Bush Rd", "Beaver Dam Rd", "Route 6",
                  "Route 77", "Lovell Ave"]),
    dict(city="Union City", region="PA", county="Erie", area="814", weight=2, kind="amish",
         zips=["16438"], alts=[],
         streets=["Main St", "Market St", "S Main St", "Hatch Hollow Rd", "Shreve Ridge Rd",
                  "Route 8", "Route 97", "Bull Rd", "Miles St"]),
    dict(city="Waterford", region="PA", county="Erie", area="814", weight=1, kind="rural",
         zips=["16441"], alts=[],
         streets=["High St", "Walnut St", "Old Route 19", "Sturgis Rd", "Route 97",
                  "Hamot Rd"]),
    dict(city="McKean", region="PA", county="Erie", area="814", weight=1, kind="rural",
         zips=["16426"], alts=[],
         streets=["Main St", "Edinboro Rd", "Sterrettania Rd", "Thomas Rd"]),
    dict(city="Wattsburg", region="PA", county="Erie", area="814", weight=1, kind="amish",
         zips=["16442"], alts=[],
         streets=["Main St", "Route 8", "Depot St", "Lake Pleasant Rd", "Jamestown Rd"]),
    dict(city="Albion", region="PA", county="Erie", area="814", weight=1, kind="rural",
         zips=["16401"], alts=[],
         streets=["State St", "Smock Hwy", "Pearl St", "Route 18"]),
    dict(city="Lake City", region="PA", county="Erie", area="814", weight=1, kind="town",
         zips=["16423"], alts=[],
         streets=["Main St", "Rice Ave", "Lake St", "Maple Ave"]),
    # ---- Crawford / Warren County, PA ---------------------------------------
    dict(city="Meadville", region="PA", county="Crawford", area="814", weight=3, kind="town",
         zips=["16335"], alts=[],
         streets=["Park Ave", "Chestnut St", "Market St", "Grove St", "N Main St",
                  "Poplar St", "Baldwin St", "Liberty St", "Washington St", "Linden St",
                  "Walnut St", "Mercer Pike"]),
    dict(city="Cambridge Springs", region="PA", county="Crawford", area="814", weight=1, kind="town",
         zips=["16403"], alts=[],
         streets=["Federal St", "Venango Ave", "Church St", "Route 86", "Beach Ave"]),
    dict(city="Spartansburg", region="PA", county="Crawford", area="814", weight=2, kind="amish",
         zips=["16434"], alts=[],
         streets=["Main St", "Route 77", "Sparta Rd", "Hill Rd", "Beaver Rd",
                  "Mulligan Rd", "Riceville Rd"]),
    dict(city="Guys Mills", region="PA", county="Crawford", area="814", weight=1, kind="amish",
         zips=["16327"], alts=[],
         streets=["Route 27", "Guys Mills Rd", "Townville Rd", "Harmonsburg Rd"]),
    dict(city="Cochranton", region="PA", county="Crawford", area="814", weight=1, kind="amish",
         zips=["16314"], alts=[],
         streets=["Franklin St", "Pine St", "Route 173", "Mercer Pike", "Stoltz Rd"]),
    dict(city="Saegertown", region="PA", county="Crawford", area="814", weight=1, kind="town",
         zips=["16433"], alts=[],
         streets=["Main St", "Erie St", "Mill St", "Route 198"]),
    dict(city="Titusville", region="PA", county="Crawford", area="814", weight=1, kind="town",
         zips=["16354"], alts=[],
         streets=["Franklin St", "Spring St", "Perry St", "Main St", "Brown St"]),
    dict(city="Conneaut Lake", region="PA", county="Crawford", area="814", weight=1, kind="town",
         zips=["16316"], alts=[],
         streets=["Water St", "Line St", "Route 6", "Lakeview Dr"]),
    dict(city="Linesville", region="PA", county="Crawford", area="814", weight=1, kind="town",
         zips=["16424"], alts=[],
         streets=["Erie St", "State St", "Mercer St", "Penn St"]),
    dict(city="Warren", region="PA", county="Warren", area="814", weight=1, kind="town",
         zips=["16365"], alts=[],
         streets=["Pennsylvania Ave", "Liberty St", "Market St", "Conewango Ave",
                  "Fourth Ave", "Jackson Run Rd"]),
]

PLACE_BY_CITY = {p["city"]: p for p in PLACES}
HOME_TOWNS = ["Dayton", "Springfield", "Xenia", "Erie"]

REGION_NAMES = {"OH": "Ohio", "PA": "Pennsylvania"}
REGION_VARIANTS = {
    "OH": ["Ohio", "oh", "Oh", "OHIO", "O.H."],
    "PA": ["Pennsylvania", "pa", "Pa", "Penna", "Penn.", "PENNSYLVANIA"],
}

# ---------------------------------------------------------------------------
# People: given names by generation and community, surnames by community.
# ---------------------------------------------------------------------------

FEMALE_OLD = [
    "Dorothy", "Mildred", "Helen", "Ruth", "Betty", "Margaret", "Virginia", "Frances",
    "Evelyn", "Doris", "Shirley", "Jean", "Joan", "Lois", "Marjorie", "Norma", "Phyllis",
    "Wilma", "Gladys", "Irene", "Thelma", "Mary", "Anna", "Alice", "Edna", "Ethel",
    "Florence", "Hazel", "Louise", "Martha", "Geraldine", "Barbara", "Patricia", "Carol",
    "Joyce", "Juanita", "Pauline", "Bernice", "Lucille", "Velma", "Opal", "Imogene",
    "Delores", "Loretta", "Rosemary", "Kathleen", "Eleanor", "Esther", "Beatrice", "Bonnie",
    "Janet", "Nancy", "Marilyn", "Arlene", "Wanda", "Darlene", "Peggy", "Charlotte",
    "Violet", "Ida", "Bertha", "Viola", "Inez", "Naomi", "Rosalie", "Genevieve", "Agnes",
    "Theresa", "Rita", "Jeanette", "Elaine", "Audrey", "Maxine", "Fern", "Reba", "Leona",
    "Myrtle", "Della", "Alma", "Lorraine", "Catherine", "Elizabeth", "Judith", "Sally",
    "Eileen", "Gertrude", "Harriet", "Lillian", "Mabel", "Josephine", "Constance",
]
MALE_OLD = [
    "Harold", "Eugene", "Robert", "William", "James", "Charles", "Donald", "Richard",
    "Kenneth", "Raymond", "Paul", "Ralph", "Howard", "Earl", "Carl", "Clarence", "Walter",
    "Roy", "Herbert", "Lawrence", "Leonard", "Gerald", "Wayne", "Dale", "Floyd", "Lloyd",
    "Delbert", "Elmer", "Chester", "Vernon", "Marvin", "Glenn", "Francis", "Joseph",
    "Edward", "Thomas", "George", "Frank", "Albert", "Arthur", "Frederick", "Henry",
    "Stanley", "Norman", "Russell", "Ernest", "Harvey", "Virgil", "Orville", "Wilbur",
    "Homer", "Everett", "Leroy", "Cecil", "Lester", "Clyde", "Jack", "Bernard", "Melvin",
    "Roger", "Gerald", "Lawrence", "Dean", "Merle", "Darrell", "Edgar", "Luther",
    "Willard", "Gilbert", "Leon", "Alvin", "Emmett", "Sherman", "Theodore", "Walter",
    "Ronald", "Daniel", "Michael", "John", "Kenneth", "Eugene",
]
FEMALE_MID = [
    "Linda", "Deborah", "Susan", "Karen", "Donna", "Cynthia", "Sandra", "Pamela", "Sharon",
    "Kimberly", "Brenda", "Teresa", "Debra", "Diane", "Lisa", "Tammy", "Angela", "Rhonda",
    "Tina", "Lori", "Denise", "Cheryl", "Julie", "Connie", "Vicki", "Kathy", "Laura",
    "Michelle", "Terri", "Sheila", "Beth", "Melissa", "Dawn", "Jennifer", "Regina",
    "Yvonne", "Tracy", "Robin", "Wendy", "Annette", "Carla", "Jacqueline", "Paula",
    "Renee", "Gina", "Kelly", "Christine", "Amy", "Stephanie", "Heather", "Rebecca",
    "Patricia", "Catherine", "Elizabeth", "Margaret", "Jill", "Marcia", "Peggy", "Joanne",
    "Renée",
]
MALE_MID = [
    "Michael", "David", "Mark", "Steven", "Gary", "Timothy", "Jeffrey", "Scott", "Kevin",
    "Gregory", "Daniel", "Randy", "Ricky", "Terry", "Dennis", "Keith", "Brian", "Douglas",
    "Bruce", "Craig", "Todd", "Rodney", "Troy", "Anthony", "Kenneth", "Matthew",
    "Christopher", "Darren", "Barry", "Phillip", "Curtis", "Jerome", "Vincent", "Patrick",
    "Sean", "Eric", "Shawn", "Joseph", "Jonathan", "Rick", "Russell", "Wesley", "Dwayne",
    "Lonnie", "Jimmy", "Bobby", "Danny", "Robert", "William", "James", "Thomas", "Richard",
    "Stephen", "Edward", "Charles", "Larry", "Ronald", "Donald",
]
AA_FEMALE_OLD = [
    "Gloria", "Bernice", "Lillie", "Mattie", "Ernestine", "Hattie", "Geraldine", "Loretta",
    "Juanita", "Ruby", "Alberta", "Willie Mae", "Annie", "Essie", "Cora", "Pearlie",
    "Odessa", "Vera", "Mamie", "Ola", "Earnestine", "Minnie", "Rosa", "Dorothy", "Bessie",
    "Lula", "Carrie", "Fannie", "Inez", "Thelma",
]
AA_FEMALE_MID = [
    "Yolanda", "Tonya", "Sherry", "LaTonya", "Kimberly", "Angela", "Felicia", "Vanessa",
    "Tameka", "Monique", "Keisha", "Rochelle", "Darlene", "Valerie", "Sonya", "Tracey",
    "Andrea", "Cassandra", "Denise", "Regina", "Sheila", "Gwendolyn", "Jacqueline",
    "Lakeisha", "Tanya", "Carmen", "Robin", "Bridget", "Crystal", "Latrice",
]
AA_MALE_OLD = [
    "Willie", "Otis", "Leroy", "Curtis", "Clarence", "Roosevelt", "Ernest", "Booker",
    "Isaiah", "Jessie", "Nathaniel", "Cleveland", "Eddie", "Johnnie", "Sylvester",
    "Alonzo", "Lonnie", "Percy", "Cornelius", "Freddie", "Melvin", "Ulysses", "Elijah",
    "Herman", "Wendell", "Calvin", "Lucius", "Odell", "James", "Robert",
]
AA_MALE_MID = [
    "Darnell", "Reginald", "Terrence", "Marcus", "Cedric", "Derrick", "Tyrone", "Jerome",
    "Kevin", "Anthony", "Dwayne", "Andre", "Rodney", "Jermaine", "Lamont", "Maurice",
    "Kenneth", "Gregory", "Darryl", "Byron", "Antoine", "Cornell", "Demetrius", "Rashad",
    "Orlando", "Vernon", "Bernard", "Travis", "Carlos", "Keith",
]
AMISH_MALE = [
    "Amos", "Eli", "Levi", "Jonas", "Mose", "Ezra", "Daniel", "Jacob", "Samuel", "John",
    "Joseph", "David", "Menno", "Christ", "Emanuel", "Noah", "Aden", "Reuben", "Andy",
    "Melvin", "Henry", "Enos", "Abe", "Ervin", "Mahlon", "Atlee", "Vernon", "Roman",
    "Jake", "Eli", "Levi", "Joe", "Dan", "Mose",
]
AMISH_FEMALE = [
    "Rebecca", "Lydia", "Sarah", "Mattie", "Fannie", "Katie", "Mary", "Anna", "Esther",
    "Ruth", "Barbara", "Lizzie", "Emma", "Susie", "Edna", "Malinda", "Elsie", "Ada",
    "Miriam", "Lovina", "Laura", "Verna", "Ella", "Martha", "Leah", "Salome",
]
HISP_MALE = ["José", "Juan", "Miguel", "Luis", "Carlos", "Jesús", "Ramón", "Raúl", "Pedro"]
HISP_FEMALE = ["María", "Rosa", "Guadalupe", "Carmen", "Elena", "Lucía", "Ana", "Dolores"]

SURN_APPALACHIAN = [
    "Hale", "Caudill", "Slone", "Combs", "Sizemore", "Adkins", "Spurlock", "Hatfield",
    "Mullins", "Begley", "Napier", "Fugate", "Couch", "Maggard", "Whitaker", "Bowling",
    "Gabbard", "Noble", "Ritchie", "Stidham", "Hensley", "Estep", "Shepherd", "Blevins",
    "Sturgill", "Triplett", "Hounshell", "Collinsworth", "Stamper", "Sexton", "Akers",
    "Bentley", "Mosley", "Tackett", "Justice", "Bolen", "Conley", "Kidd", "Osborne",
    "Pennington", "Ison", "Engle", "Frazier", "Halcomb", "Holbrook", "Jent", "Lykins",
    "McIntosh", "Messer", "Profitt", "Salyer", "Tolliver", "Wireman", "Brewer",
    "Hammonds", "Lovins", "Vance", "Hacker", "Caudle", "Gilbert", "Ramey", "Cornett",
]
SURN_AA = [
    "Washington", "Jefferson", "Jackson", "Johnson", "Williams", "Brown", "Davis",
    "Robinson", "Harris", "Thomas", "Moore", "Coleman", "Gaines", "Pettiford", "Tolbert",
    "Hairston", "Mosby", "Ransom", "Crutcher", "Bledsoe", "Whitlock", "Stallworth",
    "Merriweather", "Tate", "Cobb", "Gholston", "Greer", "Hightower", "Pryor", "Sims",
    "Tillman", "Toney", "Battle", "Lacy", "Holloway", "Booker", "Fields", "McGee", "Ware",
    "Whitsett", "Staten", "Mabry", "Dixon", "Goins", "Hardaway", "Jeter", "Lyles",
    "Maxey", "Nunnally", "Peoples", "Rucker", "Spates", "Threatt", "Woodfork",
]
SURN_GERMAN = [
    "Schaefer", "Schneider", "Hoffman", "Zimmerman", "Kuntz", "Wagner", "Huber", "Stoner",
    "Brumbaugh", "Shaffer", "Heitman", "Kessler", "Ritter", "Eichelberger", "Gebhart",
    "Heckman", "Kinsey", "Rinehart", "Weidner", "Wolfe", "Ziegler", "Bauer", "Gumm",
    "Kreitzer", "Mauch", "Sperling", "Wetzel", "Hartman", "Holzapfel", "Kline", "Lehman",
    "Snyder", "Landis", "Brubaker", "Hess", "Horst", "Musser", "Burkholder", "Stauffer",
    "Shenk", "Ebersole", "Frey", "Geis", "Hemmelgarn", "Kremer", "Luthman", "Moeller",
    "Obringer", "Pohlman", "Schulte", "Thieman", "Voisard", "Wendeln",
]
SURN_AMISH = [
    "Yoder", "Miller", "Byler", "Hershberger", "Troyer", "Mast", "Hostetler", "Schlabach",
    "Gingerich", "Swartzentruber", "Shetler", "Raber", "Weaver", "Kurtz", "Detweiler",
    "Schrock", "Kauffman", "Stutzman", "Zook", "Beiler", "King", "Fisher", "Lapp",
    "Stoltzfus", "Beachy", "Borntrager", "Wengerd", "Keim", "Hochstetler", "Yoder",
    "Miller", "Byler", "Yoder", "Miller",
]
SURN_GENERAL = [
    "Smith", "Miller", "Jones", "Taylor", "Wilson", "Anderson", "Thompson", "White", "Clark",
    "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Adams",
    "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Cook", "Morgan",
    "Bell", "Bailey", "Cooper", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson",
    "Brooks", "Bennett", "Gray", "James", "Hughes", "Price", "Sanders", "Myers", "Long",
    "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Henderson", "Simmons",
    "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Wallace", "Cole", "West",
    "Hayes", "Gibson", "Ellis", "Stevens", "Marshall", "Owens", "Harrison", "Kennedy",
    "Wells", "Hunt", "Ford", "Black", "Rice", "Hicks", "Stone", "Dean", "Lane", "Hart",
    "Cross", "Bishop", "Fletcher", "Sheets", "Custer", "Huffman", "Yount", "Swartz",
]
SURN_IRISH = [
    "Brennan", "O'Malley", "McLaughlin", "Fitzgerald", "Sullivan", "Murphy", "Kelly",
    "Doyle", "Gallagher", "Dolan", "Flaherty", "Quinn", "Byrne", "Keenan", "Mahoney",
    "Donovan", "O'Brien", "O'Connor", "McCarthy", "Callahan", "Hennessey", "Walsh", "Duffy",
    "Kearney", "Cassidy", "Dunleavy", "McManus", "Hogan", "Nolan", "Rafferty", "O'Neill",
    "D'Angelo",
]
SURN_POLISH = [
    "Kowalski", "Nowak", "Wisniewski", "Dombrowski", "Szymanski", "Pawlak", "Kaminski",
    "Lewandowski", "Zielinski", "Wojcik", "Jablonski", "Sobczak", "Krol", "Mazur",
    "Grabowski", "Piotrowski", "Kubiak", "Kaczmarek", "Wozniak", "Sadowski",
    "Mroczkowski", "Ostrowski", "Przybylski", "Rutkowski", "Tomczak", "Sienkiewicz",
    "Zablocki", "Bartkowiak", "Dziedzic", "Gorski", "Wolski", "Stefanski",
]
SURN_ITALIAN = [
    "Ferrara", "DiPaolo", "Carrozza", "Marino", "Calabrese", "Russo", "DeSantis",
    "Scarpitti", "Fiorelli", "Mangini", "Ianello", "Pasquale", "Vendetti", "Giordano",
    "Palumbo", "Sciarrino", "DeMarco", "Lupo", "Corsi", "Ruggiero", "Tomassi", "Nardo",
    "Spinelli", "Zappia", "DiNicola", "Agresti", "Cappabianca",
]
SURN_HISP = ["Garcia", "Hernandez", "Martinez", "Peña", "Rodriguez", "Lopez", "Ramírez", "Ortiz"]

# community mix per place kind / home town (weights)
ETH_MIX = {
    "Dayton":      [("aa", 38), ("appal", 18), ("general", 22), ("german", 12), ("irish", 5), ("hisp", 3), ("italian", 2)],
    "Trotwood":    [("aa", 55), ("appal", 12), ("general", 23), ("german", 10)],
    "Springfield": [("aa", 22), ("appal", 26), ("general", 30), ("german", 14), ("irish", 4), ("hisp", 4)],
    "Xenia":       [("aa", 22), ("appal", 26), ("general", 32), ("german", 15), ("irish", 5)],
    "Wilberforce": [("aa", 70), ("general", 20), ("appal", 10)],
    "Erie":        [("polish", 22), ("italian", 15), ("irish", 16), ("german", 18), ("general", 20), ("aa", 7), ("hisp", 2)],
    "_oh":         [("appal", 25), ("general", 40), ("german", 25), ("aa", 6), ("irish", 4)],
    "_pa":         [("general", 36), ("german", 24), ("polish", 14), ("irish", 12), ("italian", 10), ("amish", 4)],
    "_amish":      [("amish", 62), ("general", 20), ("german", 12), ("polish", 6)],
}

SURNAMES_BY_ETH = {
    "appal": SURN_APPALACHIAN, "aa": SURN_AA, "german": SURN_GERMAN, "amish": SURN_AMISH,
    "general": SURN_GENERAL, "irish": SURN_IRISH, "polish": SURN_POLISH,
    "italian": SURN_ITALIAN, "hisp": SURN_HISP,
}

# Pennsylvania Dutch / Amish spellings that the same family writes both ways
SPELLING_VARIANTS = {
    "Stoltzfus": ["Stoltzfoos", "Stolzfus"], "Beiler": ["Byler", "Beiller"],
    "Byler": ["Beiler", "Biler"], "Schrock": ["Shrock", "Schrack"],
    "Hostetler": ["Hostetter", "Hochstetler"], "Hochstetler": ["Hostetler"],
    "Detweiler": ["Detwiler", "Dettweiler"], "Gingerich": ["Gingrich", "Gingerick"],
    "Kauffman": ["Kaufman", "Kauffmann"], "Swartzentruber": ["Schwartzentruber", "Swartzentruver"],
    "Hershberger": ["Hersberger", "Hershburger"], "Borntrager": ["Borntreger", "Borntraeger"],
    "Schlabach": ["Slabaugh", "Schlabaugh"], "Stutzman": ["Stutsman"],
    "Brumbaugh": ["Brumbach", "Brumbough"], "Eichelberger": ["Eichelburger"],
    "Rinehart": ["Reinhart", "Rhinehart"], "Shaffer": ["Schaeffer", "Shafer"],
    "Schaefer": ["Shafer", "Schaffer"], "Snyder": ["Schneider", "Snider"],
    "Zimmerman": ["Zimmermann"], "Hoffman": ["Hoffmann", "Huffman"],
    "Caudill": ["Caudle", "Cordill"], "Sizemore": ["Sizmore"], "Profitt": ["Proffitt", "Profit"],
    "Hensley": ["Hensly", "Henslee"], "Tolliver": ["Taliaferro", "Toliver"],
    "Whitaker": ["Whittaker"], "Halcomb": ["Holcomb"], "Stidham": ["Stidam"],
    "Hennessey": ["Hennessy"], "Callahan": ["Callaghan"], "Dombrowski": ["Dabrowski", "Dombroski"],
    "Wisniewski": ["Wisnewski", "Wiśniewski"], "Szymanski": ["Symanski", "Szymański"],
    "Kaminski": ["Kaminsky"], "Lewandowski": ["Lewandoski"], "Zielinski": ["Zelinski"],
    "Wojcik": ["Wojcick", "Wójcik"], "Mroczkowski": ["Mrozkowski"],
    "DiPaolo": ["Di Paolo", "DePaolo"], "DeSantis": ["De Santis", "Desantis"],
    "DeMarco": ["De Marco", "Demarco"], "DiNicola": ["Di Nicola"],
    "Merriweather": ["Meriwether", "Merriwether"], "Nunnally": ["Nunley", "Nunnelly"],
    "Hairston": ["Hairstone"], "Pettiford": ["Petiford"],
}

NICKNAMES = {
    "Dorothy": ["Dottie", "Dot", "Dolly"], "Mildred": ["Millie"], "Margaret": ["Peggy", "Marge", "Maggie", "Peg"],
    "Virginia": ["Ginny", "Ginger"], "Frances": ["Fran", "Frannie"], "Evelyn": ["Evie"],
    "Elizabeth": ["Betty", "Liz", "Beth", "Libby"], "Patricia": ["Pat", "Patty", "Trish"],
    "Barbara": ["Barb", "Barbie"], "Katherine": ["Kathy", "Kate"], "Kathleen": ["Kathy", "Kay"],
    "Catherine": ["Cathy", "Kate"], "Deborah": ["Debbie", "Deb"], "Debra": ["Debbie", "Deb"],
    "Cynthia": ["Cindy"], "Susan": ["Sue", "Susie"], "Judith": ["Judy"], "Sandra": ["Sandy"],
    "Pamela": ["Pam"], "Rebecca": ["Becky", "Becca"], "Christine": ["Chris", "Chrissy"],
    "Kimberly": ["Kim"], "Jacqueline": ["Jackie"], "Josephine": ["Jo", "Josie"],
    "Geraldine": ["Gerri", "Dina"], "Theresa": ["Terri", "Tess"], "Teresa": ["Terri"],
    "Eleanor": ["Ellie", "Nell"], "Florence": ["Flo"], "Gertrude": ["Trudy", "Gertie"],
    "Harriet": ["Hattie"], "Lillian": ["Lil", "Lillie"], "Loretta": ["Rett"],
    "Marjorie": ["Margie"], "Martha": ["Marty", "Patsy"], "Phyllis": ["Phyl"],
    "Rosemary": ["Rosie"], "Wilhelmina": ["Willa"], "Constance": ["Connie"],
    "Harold": ["Hal", "Harry"], "Eugene": ["Gene"], "Robert": ["Bob", "Bobby", "Rob"],
    "William": ["Bill", "Billy", "Will"], "James": ["Jim", "Jimmy"], "Charles": ["Chuck", "Charlie"],
    "Donald": ["Don", "Donnie"], "Richard": ["Dick", "Rick", "Rich"], "Kenneth": ["Ken", "Kenny"],
    "Raymond": ["Ray"], "Lawrence": ["Larry"], "Leonard": ["Len", "Lenny"], "Gerald": ["Jerry"],
    "Joseph": ["Joe", "Joey"], "Edward": ["Ed", "Eddie", "Ted"], "Thomas": ["Tom", "Tommy"],
    "Frederick": ["Fred", "Freddie"], "Albert": ["Al", "Bert"], "Walter": ["Walt"],
    "Herbert": ["Herb"], "Theodore": ["Ted", "Teddy"], "Ronald": ["Ron", "Ronnie"],
    "Daniel": ["Dan", "Danny"], "Michael": ["Mike", "Mickey"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Gregory": ["Greg"], "Timothy": ["Tim"], "Jeffrey": ["Jeff"],
    "Douglas": ["Doug"], "Anthony": ["Tony"], "Matthew": ["Matt"], "Christopher": ["Chris"],
    "Phillip": ["Phil"], "Jonathan": ["Jon"], "Vincent": ["Vince", "Vinnie"],
    "Patrick": ["Pat"], "Nathaniel": ["Nate", "Nat"], "Cornelius": ["Neil"],
    "Sylvester": ["Sly"], "Reginald": ["Reggie"], "Terrence": ["Terry"], "Frank": ["Frankie"],
    "Francis": ["Frank"], "Stanley": ["Stan"], "Bernard": ["Bernie"], "Leroy": ["Roy"],
    "Samuel": ["Sam"], "Jacob": ["Jake"], "Emanuel": ["Manny"], "Abraham": ["Abe"],
    "Alonzo": ["Lonnie"], "Clarence": ["Clancy"], "Everett": ["Ev"], "Wilbur": ["Web"],
    "Benjamin": ["Ben"], "Andrew": ["Andy"], "Elizabeth ": ["Betsy"], "Lucille": ["Lucy"],
    "Beatrice": ["Bea"], "Josephine ": ["Josie"], "Gwendolyn": ["Gwen"], "Valerie": ["Val"],
    "Cassandra": ["Cassie"], "Vanessa": ["Nessa"], "Jennifer": ["Jenny", "Jen"],
    "Stephanie": ["Steph"], "Melissa": ["Missy"], "Angela": ["Angie"], "Regina": ["Gina"],
    "Christopher ": ["Kit"], "Darrell": ["Darl"], "Delbert": ["Del"], "Melvin": ["Mel"],
    "Vernon": ["Vern"], "Orville": ["Orv"], "Russell": ["Russ"], "Marvin": ["Marv"],
    "Wendell": ["Wendy"], "Ernestine": ["Tina"], "Bernice": ["Bernie"], "Imogene": ["Jean"],
    "Genevieve": ["Gen", "Jenny"], "Rosalie": ["Rose"], "Lorraine": ["Lori"],
}

MIDDLE_NAMES_F = ["Ann", "Marie", "Louise", "Jean", "Mae", "Elizabeth", "Lynn", "Kay", "Sue",
                  "Joan", "Irene", "Faye", "Ellen", "Rose", "Jane", "Grace", "Lee", "Dawn"]
MIDDLE_NAMES_M = ["Lee", "Allen", "Eugene", "Wayne", "Dean", "Ray", "Edward", "Joseph", "James",
                  "Lynn", "Carl", "Paul", "Francis", "Dale", "Earl", "Leroy", "Thomas", "Michael"]

RELATIONSHIPS_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law", "stepson"]
RELATIONSHIPS_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "widow"]

# ---------------------------------------------------------------------------
# E-mail: free-mail and ISP domains as Ohio and Pennsylvania families use them.
# ---------------------------------------------------------------------------

FREEMAIL_OLD = [("aol.com", 24), ("yahoo.com", 15), ("att.net", 7), ("sbcglobal.net", 7),
                ("comcast.net", 6), ("gmail.com", 14), ("hotmail.com", 5), ("msn.com", 4),
                ("windstream.net", 3), ("frontier.com", 3), ("embarqmail.com", 2),
                ("juno.com", 2), ("netzero.net", 1), ("earthlink.net", 2)]
FREEMAIL_MID = [("gmail.com", 46), ("yahoo.com", 16), ("hotmail.com", 8), ("aol.com", 6),
                ("outlook.com", 5), ("icloud.com", 5), ("att.net", 3), ("sbcglobal.net", 2),
                ("comcast.net", 3), ("live.com", 2), ("frontier.com", 2), ("windstream.net", 2)]
REGIONAL_ISP = {
    "OH": [("woh.rr.com", 5), ("sbcglobal.net", 3), ("ameritech.net", 2), ("ctcn.net", 1)],
    "PA": [("zoominternet.net", 5), ("verizon.net", 4), ("roadrunner.com", 2), ("velocity.net", 1)],
}
# mailbox providers that were folded into others (the same local part lives on)
DOMAIN_MIGRATIONS = {"sbcglobal.net": "att.net", "ameritech.net": "att.net", "verizon.net": "aol.com",
                     "woh.rr.com": "roadrunner.com", "roadrunner.com": "spectrum.net",
                     "netzero.net": "juno.com", "msn.com": "outlook.com", "hotmail.com": "outlook.com",
                     "embarqmail.com": "centurylink.net"}
FREEMAIL = sorted(set(d for d, _ in FREEMAIL_OLD + FREEMAIL_MID) |
                  set(d for v in REGIONAL_ISP.values() for d, _ in v) |
                  set(DOMAIN_MIGRATIONS.values()))
DOMAIN_TYPOS = {"aol.com": ["aol.cm", "aoll.com", "aol.con", "ao.com"],
                "yahoo.com": ["yahooo.com", "yaho.com", "yahoo.cm", "yhoo.com"],
                "gmail.com": ["gmial.com", "gmail.cm", "gmai.com", "gamil.com", "gmail.co"],
                "hotmail.com": ["hotmial.com", "hotmai.com", "hotmail.co"],
                "comcast.net": ["comcast.com", "comcats.net", "concast.net"],
                "sbcglobal.net": ["sbcglobel.net", "sbcgloabl.net", "sbcglobal.com"],
                "att.net": ["att.com", "at.net"],
                "zoominternet.net": ["zoominternet.com", "zoominternt.net"],
                "windstream.net": ["windstrem.net", "windstream.com"],
                "frontier.com": ["fronteir.com", "frontier.net"],
                "icloud.com": ["icould.com", "icloud.co"],
                "outlook.com": ["outlok.com", "outloook.com"]}

# words people build their mailbox names from: (word, gender or None, region or None)
EMAIL_HOBBIES = [
    ("buckeyefan", None, "OH"), ("bengalsfan", None, "OH"), ("brownsfan", None, "OH"),
    ("steelersfan", None, "PA"), ("gardener", None, None), ("bowler", None, None),
    ("redbird", None, None), ("bluebird", None, None), ("sunshine", "F", None),
    ("lakeerie", None, "PA"), ("presqueisle", None, "PA"), ("daytonian", None, "OH"),
    ("grandma", "F", None), ("nana", "F", None), ("mawmaw", "F", "OH"), ("quilter", "F", None),
    ("choirlady", "F", None), ("angel", "F", None), ("cookie", "F", None), ("honeybee", "F", None),
    ("ohiogirl", "F", "OH"), ("pagirl", "F", "PA"), ("nanaof5", "F", None), ("gramma", "F", None),
    ("mamaw", "F", "OH"), ("xeniagirl", "F", "OH"), ("eriegal", "F", "PA"), ("grandpa", "M", None),
    ("papa", "M", None), ("pawpaw", "M", "OH"), ("fisherman", "M", None), ("deerhunter", "M", None),
    ("mopar", "M", None), ("harley", "M", None), ("farmall", "M", None), ("johndeere", "M", None),
    ("hillbilly", "M", "OH"), ("vetusaf", "M", None), ("usmcvet", "M", None), ("armyvet", "M", None),
    ("pappy", "M", None), ("springfieldguy", "M", "OH"), ("bigred", "M", None), ("wpafb", "M", "OH"),
    ("walleye", "M", "PA"), ("bayfront", None, "PA"), ("bucknut", None, "OH"), ("polkaqueen", "F", "PA"),
]

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

SAINTS = ["Mary", "Joseph", "Patrick", "Brigid", "Anthony", "Francis", "Michael", "Peter",
          "Paul", "John the Baptist", "Luke", "Mark", "James", "Stanislaus", "Casimir",
          "Hedwig", "Adalbert", "Ann", "Andrew", "Boniface", "Benedict", "Rita", "Jude",
          "Teresa", "Charles Borromeo", "Albert the Great", "Helen", "Rose of Lima",
          "Gabriel", "Christopher", "Vincent de Paul", "Luke the Evangelist", "Agatha",
          "Thomas Aquinas", "Elizabeth Ann Seton", "Cecilia", "Raphael", "Leo", "Brendan"]
MARIAN_TITLES = ["St. Mary of the Assumption", "Our Lady of Mercy", "Our Lady of Peace",
                 "Our Lady of Good Hope", "Holy Rosary", "Immaculate Conception", "Holy Family",
                 "Holy Trinity", "Holy Angels", "Sacred Heart", "Blessed Sacrament",
                 "Resurrection", "Precious Blood", "St. Mary of the Lake", "Holy Cross",
                 "Our Lady of the Rosary", "Corpus Christi", "Nativity of Our Lord"]
BAPTIST_PREFIXES = ["Mt. Zion", "Mt. Olive", "Mt. Calvary", "Mt. Pisgah", "Mt. Enon", "Mt. Moriah",
                    "Greater New Hope", "New Bethel", "Bethlehem", "Shiloh", "Greater Allen",
                    "Macedonia", "Zion Hill", "Corinthian", "Ebenezer", "Friendship", "Pleasant Green",
                    "Second Ebenezer", "Greater Mt. Carmel", "Philippian", "Antioch", "Tabernacle",
                    "Gethsemane", "Mt. Sinai", "Emmanuel", "New Jerusalem"]
AME_NAMES = ["Bethel", "Wayman Chapel", "St. Paul", "Quinn Chapel", "Allen Chapel", "Payne Chapel",
             "Brown Chapel", "Trinity", "St. John", "Greater Allen", "Shorter Chapel"]
PROTESTANT_ADJ = ["Grace", "Trinity", "St. Paul", "St. John", "Faith", "Hope", "Zion", "Emmanuel",
                  "St. Mark", "Christ", "Calvary", "Good Shepherd", "Peace", "Redeemer", "Bethany",
                  "Salem", "Memorial", "Westminster", "First", "Central", "Covenant", "Community"]
PROTESTANT_DENOMS = [("Lutheran Church", "Lutheran"), ("United Methodist Church", "Methodist"),
                     ("Presbyterian Church", "Presbyterian"), ("United Church of Christ", "UCC"),
                     ("Church of the Brethren", "Brethren"), ("Evangelical Lutheran Church", "Lutheran"),
                     ("Episcopal Church", "Episcopal"), ("Church of God", "Church of God"),
                     ("Church of the Nazarene", "Nazarene"), ("Free Will Baptist Church", "Baptist"),
                     ("Mennonite Church", "Mennonite"), ("Christian Church", "Christian")]
TOWN_CHURCHES = ["First Baptist Church of {t}", "First Presbyterian Church of {t}",
                 "First United Methodist Church of {t}", "{t} Church of the Brethren",
                 "{t} Mennonite Church", "{t} Church of God", "Second Baptist Church of {t}",
                 "{t} Christian Church", "{t} Church of Christ", "{t} Full Gospel Tabernacle",
                 "Old Order Amish Fellowship of {t}", "{t} Free Methodist Church",
                 "{t} Bible Church", "{t} Pentecostal Holiness Church"]
CEMETERY_STEMS = ["Maple Grove", "Woodlawn", "Greenwood", "Fairview", "Rose Hill", "Cedar Hill",
                  "Pleasant Hill", "Evergreen", "Oakwood", "Riverside", "Glen Haven", "Hillcrest",
                  "Mound Hill", "Spring Grove", "Highland", "Sunset Hill", "Laurel Hill", "Forest Lawn",
                  "Mt. Pleasant", "Willow Brook", "Locust Grove", "Union Chapel", "Mt. Tabor",
                  "Walnut Ridge", "Shawnee Hills", "Bethel Ridge", "Lakeside", "Crestview",
                  "Shady Rest", "Valley View", "Eden Hill", "Pine Grove", "Stony Point"]
CEMETERY_FORMS = ["{s} Cemetery Association", "{s} Cemetery", "{s} Memorial Gardens",
                  "{s} Cemetery Assn. of {t}", "{s} Burial Park", "{t} Township Cemetery",
                  "{s} Memorial Park", "{t} Union Cemetery Association",
                  "St. {saint} Catholic Cemetery"]
INSURER_STEMS_A = ["Buckeye", "Keystone", "Allegheny", "Great Lakes", "Ohio Valley", "Miami Valley",
                   "Lake Erie", "Presque Isle", "Conestoga", "Western Reserve", "Penn Frontier",
                   "Heartland", "Liberty Crest", "Sentinel", "Cardinal", "Mahoning", "Scioto",
                   "Tuscarora", "Susquehanna", "Monongahela", "Chippewa", "Shawnee",
                   "Laurel Highlands", "Cuyahoga", "Maumee", "Muskingum", "Sandusky",
                   "Blue Ridge", "Tri-State", "Old Northwest", "Frontier Trail", "Riverbend"]
INSURER_STEMS_B = ["Heritage", "Benefit", "Fidelity", "Family", "Pioneer", "Guardian", "Legacy",
                   "Security", "Assurance", "Protective", "Memorial", "Home", "Provident",
                   "Continental", "Capitol"]
INSURER_FORMS = ["{s} Life Insurance Company", "{s} Life & Casualty Co.",
                 "{s} Burial Insurance Company", "{s} Mutual Life Insurance Co.",
                 "{s} Life Assurance Company", "{s} Final Expense Life Insurance Co.",
                 "{s} Fraternal Benefit Society", "{s} Life Insurance Co."]
INSURER_GROUP_SIBLING_FORMS = ["{s} Casualty & Burial Insurance Co.", "{s} Annuity & Life Company",
                               "{s} National Life Insurance Co.", "{s} Fire & Casualty Company",
                               "{s} Preneed Life Company", "{s} American Life Insurance Co.",
                               "{s} Indemnity Company", "{s} Life Insurance Company of New York"]
ASSIGNMENT_FORMS = ["{s} Funeral Funding LLC", "{s} Assignment Services, Inc.",
                    "{s} Policy Advance Co.", "{s} Funeral Finance Group LLC",
                    "{s} Insurance Assignment Corp.", "{s} Claim Funding, Inc."]
ASSIGNMENT_STEMS = ["FirstLine", "Bridgeway", "Cornerstone", "Dependable", "Swift", "Family First",
                    "Keystone Assignment", "Midwest", "Harbor", "Providence", "Summit", "Advance",
                    "Liberty", "Trustmark", "Pathway", "Beacon", "Anchor", "Meridian", "Evergreen",
                    "Lakeshore", "Tri-County", "Compass", "Sterling", "Horizon", "Unity", "Benchmark",
                    "Crossroads", "Northstar", "Allied", "Heartland Assignment", "Prompt", "Reliance"]
COUNTIES_OH = ["Montgomery", "Greene", "Clark", "Miami", "Champaign", "Warren", "Clinton",
               "Madison", "Preble", "Darke", "Shelby"]
COUNTIES_PA = ["Erie", "Crawford", "Warren", "Mercer"]
COUNTY_SEATS = {"Montgomery": "Dayton", "Greene": "Xenia", "Clark": "Springfield", "Miami": "Troy",
                "Champaign": "Urbana", "Warren": "Lebanon", "Clinton": "Wilmington",
                "Madison": "London", "Preble": "Dayton", "Darke": "Greenville", "Shelby": "Sidney",
                "Erie": "Erie", "Crawford": "Meadville", "Mercer": "Meadville"}
COUNTY_SEATS_PA = {"Erie": "Erie", "Crawford": "Meadville", "Warren": "Warren", "Mercer": "Meadville"}
COUNTY_OFFICES = ["{c} County Coroner's Office", "{c} County Indigent Burial Program",
                  "{c} County Job & Family Services", "{c} County Board of Commissioners",
                  "{c} County Veterans Service Commission", "{c} County Sheriff's Office",
                  "{c} County Public Health", "{c} County Probate Court"]
COUNTY_OFFICES_PA = ["{c} County Coroner's Office", "{c} County Office of Veterans Affairs",
                     "{c} County Office of Children & Youth", "{c} County Human Services",
                     "{c} County Commissioners", "{c} County Area Agency on Aging"]
TOWNSHIPS_OH = ["Xenia Township", "Sugarcreek Township", "Bath Township", "Beavercreek Township",
                "Miami Township", "Harmony Township", "Mad River Township", "Springfield Township",
                "German Township", "Bethel Township", "Pike Township", "Pleasant Township",
                "Green Township", "Moorefield Township", "Jefferson Township", "Butler Township",
                "Clay Township", "Washington Township", "Jackson Township", "Caesarscreek Township",
                "Silvercreek Township", "New Jasper Township", "Cedarville Township",
                "Spring Valley Township", "Ross Township", "Miami Township"]
VETERANS_FORMS = ["American Legion Post {n}", "VFW Post {n}", "AMVETS Post {n}",
                  "DAV Chapter {n}", "Marine Corps League Detachment {n}",
                  "Vietnam Veterans of America Chapter {n}", "Catholic War Veterans Post {n}",
                  "Polish Legion of American Veterans Post {n}", "Korean War Veterans Chapter {n}"]
VETERANS_AUX = {"American Legion Post {n}": "American Legion Auxiliary Unit {n}",
                "VFW Post {n}": "VFW Auxiliary to Post {n}",
                "AMVETS Post {n}": "AMVETS Auxiliary Post {n}",
                "DAV Chapter {n}": "DAV Auxiliary Unit {n}",
                "Marine Corps League Detachment {n}": "Marine Corps League Auxiliary Unit {n}",
                "Vietnam Veterans of America Chapter {n}": "Associates of VVA Chapter {n}",
                "Catholic War Veterans Post {n}": "Catholic War Veterans Auxiliary {n}",
                "Polish Legion of American Veterans Post {n}": "PLAV Ladies Auxiliary {n}",
                "Korean War Veterans Chapter {n}": "Korean War Veterans Auxiliary {n}"}
CARE_STEMS = ["Brookview", "Cedar Ridge", "Willow Creek", "Heritage Oaks", "Maple Crest",
              "Autumn Woods", "Greenbriar", "Hickory Glen", "Lakeshore", "Meadowbrook", "Oak Hill",
              "Parkview", "Pine Haven", "Riverside Terrace", "Shady Lawn", "Springbrook",
              "Sycamore Glen", "Valley View", "Walnut Hills", "Wesleyan Village", "Whispering Pines",
              "Bayview", "Presque Isle Manor", "Harbor Light", "Stony Creek", "Spring Meadow",
              "Country Meadows", "Golden Years", "Evergreen Manor", "Beacon Pointe", "Silver Birch",
              "Hilltop", "Orchard Park", "Fountain Square", "Kinsey Crossing", "Mad River"]
CARE_FORMS = ["{s} Nursing & Rehabilitation Center", "{s} Manor", "{s} Care Center",
              "{s} Hospice", "{s} Senior Living", "{s} Health Care Center", "{s} Assisted Living",
              "{s} Hospice & Palliative Care", "{s} Skilled Nursing Facility", "{s} Retirement Community"]
FUNERAL_FORMS = ["{a} Funeral Home", "{a} & Sons Funeral Home", "{a}-{b} Funeral Home",
                 "{a} Family Funeral Chapel", "{a} Memorial Chapel", "{a} Funeral Home & Crematory",
                 "{a} & {b} Funeral Service", "{a} Funeral Home, Inc.", "{a}-{b} Funeral Homes LLC",
                 "{a} Cremation & Funeral Services", "{a} Brothers Funeral Home"]
FLORIST_STEMS = ["Petals on Main", "Lakeside", "Blooming Prairie", "Garden Gate", "Rosebud",
                 "Forget-Me-Not", "Lily of the Valley", "Heavenly Scent", "Sweet Pea", "Ivy Lane",
                 "Tulip Tree", "Bluebell", "Wildflower", "Country Rose", "Morning Glory",
                 "Peach Street", "Bayfront", "Olde Town", "Primrose", "Dogwood", "Magnolia Lane",
                 "Enchanted Garden", "Flower Cart", "Stems & Vines", "The Posy Shop"]
FLORIST_FORMS = ["{s} Florist", "{s} Flowers & Gifts", "{s} Floral Design", "{s} Flower Shop",
                 "{a}'s Flower Shop", "{a} Florist & Greenhouse", "{s} Florals LLC"]
MONUMENT_STEMS = ["Keystone Granite", "Miami Valley", "Lake Erie", "Buckeye", "Crawford County",
                  "Greene County", "Eternal Rest", "Heritage", "Rock of Ages Dealer", "Allegheny Stone",
                  "Clark County", "Mad River", "Presque Isle", "Barre Granite", "Erie Memorial"]
MONUMENT_FORMS = ["{s} Monument Co.", "{s} Granite & Memorials", "{a} Monument Company",
                  "{a} Memorials", "{s} Memorial Works", "{a} & Sons Monuments", "{a} Vault & Monument"]

LEGAL_FORMS = {
    "Inc.": ["Inc", ", Inc.", "Incorporated", "INC", ""],
    "LLC": ["L.L.C.", ", LLC", "Llc", ""],
    "Company": ["Co.", "Co", ""],
    "Co.": ["Company", "Co", ""],
    "Corp.": ["Corporation", "Corp", ""],
}

# Abbreviations / expansions people write both ways in organisation names
ORG_ABBREV = [
    (r"\bSaint ", "St. "), (r"\bSt\. ", "Saint "), (r"\bSt\. ", "St "), (r"\bMount ", "Mt. "),
    (r"\bMt\. ", "Mount "), (r"\bMt\. ", "Mt "), (r"\bCompany\b", "Co."), (r"\bCo\.", "Company"),
    (r"\bIncorporated\b", "Inc."), (r"\bAssociation\b", "Assn."), (r"\bAssn\.", "Association"),
    (r"\bCemetery\b", "Cem."), (r"\bMemorial Gardens\b", "Mem. Gardens"),
    (r"\bDepartment\b", "Dept."), (r"\bInsurance\b", "Ins."), (r"\bIns\.", "Insurance"),
    (r"\bFuneral Home\b", "F.H."), (r"\bFuneral Home\b", "Funeral Hm"),
    (r" and ", " & "), (r" & ", " and "), (r"\bMissionary Baptist\b", "M.B."),
    (r"\bMissionary Baptist Church\b", "MBC"), (r"\bA\.M\.E\.", "AME"), (r"\bAME\b", "A.M.E."),
    (r"\bAME Church\b", "African Methodist Episcopal Church"),
    (r"\bUnited Methodist Church\b", "UMC"), (r"\bUnited Methodist Church\b", "United Methodist"),
    (r"\bVFW\b", "Veterans of Foreign Wars"), (r"\bAmerican Legion\b", "Am. Legion"),
    (r"\bRehabilitation\b", "Rehab"), (r"\bCenter\b", "Ctr"), (r"\bServices\b", "Svcs"),
    (r"\bTownship\b", "Twp."), (r"\bTownship\b", "Twp"), (r"\bCounty\b", "Co."),
    (r"\bCoroner's Office\b", "Coroner"), (r"\bBrothers\b", "Bros."),
    (r"\bPresbyterian\b", "Presb."), (r"\bLutheran Church\b", "Lutheran"),
    (r"\bCatholic Church\b", "Catholic"), (r"\bCatholic Church\b", "Parish"),
    (r"\bCatholic Church\b", "R.C. Church"), (r"'s\b", "s"), (r"\bPost (\d)", r"Post #\1"),
    (r"\bPost (\d)", r"Post No. \1"), (r"\bChapter (\d)", r"Ch. \1"),
    (r"\bJob & Family Services\b", "JFS"), (r"\bVeterans Service Commission\b", "Veterans Services"),
    (r"\bCommissioners\b", "Comm."), (r"\bNursing & Rehabilitation Center\b", "Nursing Home"),
    (r"\bHospice & Palliative Care\b", "Hospice"), (r"\bFraternal Benefit Society\b", "FBS"),
    (r"\bLife Insurance Company\b", "Life Ins. Co."), (r"\bLife Insurance Co\.", "Life"),
    (r"\bMonument Co\.", "Monuments"), (r"\bMonument Company\b", "Monument Co."),
    (r"\bGranite & Memorials\b", "Granite"), (r"\bFlowers & Gifts\b", "Flowers"),
    (r"\bChurch of the Brethren\b", "C.O.B."), (r"\bChurch of God\b", "COG"),
    (r"\bOur Lady\b", "O.L."), (r"\bImmaculate Conception\b", "Immaculate Conc."),
]

CONTACT_TITLES_CHURCH = ["Parish Secretary", "Church Treasurer", "Business Manager", "Pastor"]
CLAIM_DEPTS = ["Claims Dept", "Death Claims", "Claims Department", "Attn: Claims",
               "Funeral Claims Unit", "Policy Services", "Claims Processing Center"]
AP_DEPTS = ["Accounts Payable", "Attn: Accounts Payable", "Attn: Business Office",
            "Attn: Treasurer", "Attn: Finance", "Billing Office"]

# ---------------------------------------------------------------------------
# Keyboard neighbours for realistic typos (US QWERTY)
# ---------------------------------------------------------------------------
KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
KEY_NEIGH = {}
for _r, _row in enumerate(KEY_ROWS):
    for _i, _ch in enumerate(_row):
        _n = []
        if _i > 0:
            _n.append(_row[_i - 1])
        if _i < len(_row) - 1:
            _n.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(KEY_ROWS):
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(KEY_ROWS[_rr]):
                        _n.append(KEY_ROWS[_rr][_j])
        KEY_NEIGH[_ch] = "".join(_n)

# Windows-1252 mojibake for characters US systems meet: accents, smart quotes
MOJIBAKE = {"é": "Ã©", "è": "Ã¨", "ñ": "Ã±", "á": "Ã¡", "í": "Ã­", "ó": "Ã³", "ú": "Ãº",
            "ë": "Ã«", "ś": "Å›", "ń": "Å„", "ó ": "Ã³ ", "’": "â€™", "Ñ": "Ã‘", "É": "Ã‰"}
ASCII_FOLD = {"é": "e", "è": "e", "ñ": "n", "á": "a", "í": "i", "ó": "o", "ú": "u", "ë": "e",
              "ś": "s", "ń": "n", "Ñ": "N", "É": "E", "’": "'"}

# Cities where insurers, assignment companies and other out-of-area payers keep
# their offices (real cities, invented addresses).
OFFICE_CITIES = [
    dict(city="Columbus", region="OH", zips=["43215", "43219", "43229", "43235"], area="614",
         streets=["E Broad St", "N High St", "Olentangy River Rd", "Sawmill Rd", "Polaris Pkwy"]),
    dict(city="Cincinnati", region="OH", zips=["45202", "45241", "45246", "45249"], area="513",
         streets=["Vine St", "Fifth St", "Reed Hartman Hwy", "Glendale-Milford Rd", "Kenwood Rd"]),
    dict(city="Cleveland", region="OH", zips=["44114", "44115", "44131"], area="216",
         streets=["Euclid Ave", "Superior Ave", "Rockside Rd", "Lakeside Ave"]),
    dict(city="Toledo", region="OH", zips=["43604", "43615", "43623"], area="419",
         streets=["Madison Ave", "Monroe St", "Central Ave", "Secor Rd"]),
    dict(city="Akron", region="OH", zips=["44308", "44333"], area="330",
         streets=["S Main St", "W Market St", "Ghent Rd"]),
    dict(city="Pittsburgh", region="PA", zips=["15219", "15222", "15237", "15275"], area="412",
         streets=["Liberty Ave", "Grant St", "McKnight Rd", "Penn Ave", "Parkway Center Dr"]),
    dict(city="Harrisburg", region="PA", zips=["17101", "17110", "17112"], area="717",
         streets=["Market St", "N Front St", "Linglestown Rd", "Union Deposit Rd"]),
    dict(city="Lancaster", region="PA", zips=["17601", "17602", "17603"], area="717",
         streets=["Harrisburg Pike", "N Queen St", "Centerville Rd", "Lititz Pike"]),
    dict(city="Camp Hill", region="PA", zips=["17011"], area="717",
         streets=["Market St", "Trindle Rd", "Erford Rd"]),
    dict(city="Indianapolis", region="IN", zips=["46204", "46240", "46268"], area="317",
         streets=["N Meridian St", "Keystone Crossing", "W 86th St"]),
    dict(city="Louisville", region="KY", zips=["40202", "40222", "40299"], area="502",
         streets=["W Main St", "Hurstbourne Pkwy", "Bardstown Rd"]),
    dict(city="Nashville", region="TN", zips=["37203", "37214", "37219"], area="615",
         streets=["Broadway", "Church St", "Elm Hill Pike"]),
    dict(city="Des Moines", region="IA", zips=["50309", "50266"], area="515",
         streets=["Grand Ave", "Locust St", "Westown Pkwy"]),
    dict(city="Omaha", region="NE", zips=["68102", "68114", "68154"], area="402",
         streets=["Farnam St", "Dodge St", "Pacific St"]),
    dict(city="Little Rock", region="AR", zips=["72201", "72211"], area="501",
         streets=["Main St", "Chenal Pkwy", "Financial Centre Pkwy"]),
]

# Parish business offices ("shared services" of deaneries and vicariates) that pay
# parish invoices.  Invented names and addresses.
PARISH_OFFICES = [
    dict(name="Dayton North Deanery Business Office", city="Dayton", line1="1840 Salem Ave",
         zip="45406", domain="daytonnorthdeanery.org"),
    dict(name="Dayton South Deanery Business Office", city="Kettering", line1="3120 Far Hills Ave",
         zip="45429", domain="daytonsouthdeanery.org"),
    dict(name="Greene County Catholic Parish Services", city="Xenia", line1="212 N King St",
         zip="45385", domain="greenecatholicparishes.org"),
    dict(name="Clark-Champaign Parish Finance Office", city="Springfield", line1="525 E High St",
         zip="45505", domain="clarkchampaignparishes.org"),
    dict(name="Erie East Vicariate Parish Services", city="Erie", line1="2608 Buffalo Rd",
         zip="16510", domain="erieeastvicariate.org"),
    dict(name="Erie West Vicariate Parish Services", city="Erie", line1="4215 W 26th St",
         zip="16506", domain="eriewestvicariate.org"),
    dict(name="Erie Central Parish Accounts Office", city="Erie", line1="818 Sassafras St",
         zip="16501", domain="eriecentralparishes.org"),
    dict(name="Crawford Deanery Finance Office", city="Meadville", line1="347 Chestnut St",
         zip="16335", domain="crawforddeanery.org"),
    dict(name="Miami Valley Parish Collaborative Office", city="Troy", line1="118 W Main St",
         zip="45373", domain="mvparishcollab.org"),
    dict(name="Northeast Erie County Parish Office", city="North East", line1="46 S Lake St",
         zip="16428", domain="neeriecountyparishes.org"),
    dict(name="Dayton Central Parish Services Center", city="Dayton", line1="640 Brown St",
         zip="45402", domain="daytoncentralparishes.org"),
    dict(name="Corry-Union City Catholic Office", city="Corry", line1="233 N Center St",
         zip="16407", domain="corryunioncatholic.org"),
]

FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]

SOURCES = ["arrangement", "preneed_app", "monument_pos", "web_payment", "insurer_intake"]

# ===========================================================================
# Normalisers (the same rules are written out again, independently, in
# check.py; evidence and shared claims are computed with them)
# ===========================================================================

STREET_ABBR = {
    "street": "st", "str": "st", "st": "st", "avenue": "ave", "av": "ave", "ave": "ave",
    "road": "rd", "rd": "rd", "drive": "dr", "dr": "dr", "lane": "ln", "ln": "ln",
    "court": "ct", "ct": "ct", "boulevard": "blvd", "blvd": "blvd", "parkway": "pkwy",
    "pkwy": "pkwy", "highway": "hwy", "hwy": "hwy", "circle": "cir", "cir": "cir",
    "place": "pl", "pl": "pl", "terrace": "ter", "ter": "ter", "pike": "pike", "pk": "pike",
    "route": "rt", "rte": "rt", "rt": "rt", "north": "n", "n": "n", "south": "s", "s": "s",
    "east": "e", "e": "e", "west": "w", "w": "w", "apartment": "apt", "apt": "apt",
    "unit": "apt", "suite": "apt", "ste": "apt", "lot": "lot", "trailer": "lot",
    "number": "", "no": "", "crossing": "xing", "xing": "xing",
}
ADDR_SKIP_RE = re.compile(r"^\s*(c/o|c\\o|care of|attn|attention|claim|policy|ref|acct|beneficiary)\b")


def norm_email(e):
    if not e:
        return None
    e = e.strip().casefold()
    return e or None


def norm_phone(p):
    if not p:
        return None
    p = re.split(r"(?i)\s*(?:ext\.?|x|extension)\s*\d+\s*$", p.strip())[0]
    d = re.sub(r"\D", "", p)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


def norm_street(a):
    parts = []
    for k in ("line1", "line2"):
        v = a.get(k)
        if not v:
            continue
        t = v.casefold()
        if ADDR_SKIP_RE.match(t):
            continue
        parts.append(t)
    s = " ".join(parts)
    s = s.replace("#", " apt ")
    s = re.sub(r"\bp\s*\.?\s*o\s*\.?\s*box\b", " pobox ", s)
    s = re.sub(r"\bpost office box\b", " pobox ", s)
    s = re.sub(r"\brural route\b", " rr ", s)
    s = re.sub(r"\br\s*\.?\s*r\s*\.?(?=\s*\d)", " rr ", s)
    out = []
    for t in re.findall(r"[a-z0-9]+", s):
        t = STREET_ABBR.get(t, t)
        if t and not (t == "apt" and out and out[-1] == "apt"):
            out.append(t)
    return " ".join(out)


def addr_parts(a):
    """(street key, zip5, city) or None."""
    if not a:
        return None
    street = norm_street(a)
    z = re.sub(r"\D", "", a.get("postalCode") or "")[:5]
    city = (a.get("city") or "").strip().casefold()
    return street, (z if len(z) == 5 else ""), city


def same_address(a, b):
    pa, pb = addr_parts(a), addr_parts(b)
    if not pa or not pb or not pa[0] or not pb[0]:
        return False
    if pa[0] != pb[0]:
        return False
    return bool((pa[1] and pa[1] == pb[1]) or (pa[2] and pa[2] == pb[2]))


NAME_STOP = {"mr", "mrs", "ms", "miss", "dr", "rev", "jr", "sr", "ii", "iii", "iv", "estate",
             "of", "est", "the", "inc", "llc", "co", "company", "corp", "and", "c", "o",
             "exec", "executor", "executrix", "formerly", "a", "l"}


def name_tokens(c):
    texts = [c.get("displayName"), c.get("companyName")]
    if not c.get("companyName"):
        texts += [c.get("givenName"), c.get("familyName")]
    toks = []
    for t in texts:
        if not t:
            continue
        t = t.casefold()
        t = re.sub(r"\(\s*\d+\s*\)", " ", t)
        for w in re.findall(r"[a-z0-9]+", t):
            if w not in NAME_STOP and w not in toks:
                toks.append(w)
    return toks


def trigram_set(tokens):
    g = set()
    for t in tokens:
        p = "  " + t + " "
        for i in range(len(p) - 2):
            g.add(p[i:i + 3])
    return g


def name_sim(c1, c2):
    a, b = trigram_set(name_tokens(c1)), trigram_set(name_tokens(c2))
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def city_of(c):
    a = c.get("address")
    if not a or not a.get("city"):
        return None
    return a["city"].strip().casefold()


def person_name_key(c):
    g = (c.get("givenName") or "").strip().casefold()
    f = (c.get("familyName") or "").strip().casefold()
    if not g or not f:
        return None
    return re.sub(r"[^a-z0-9 ]", "", g + " " + f)


def org_name_key(c):
    n = c.get("companyName")
    if not n:
        return None
    return " ".join(re.findall(r"[a-z0-9]+", n.casefold()))


def email_domain(e):
    e = norm_email(e)
    if not e or "@" not in e:
        return None
    return e.rsplit("@", 1)[1]


def compute_evidence(c1, c2):
    ev = []
    e1, e2 = norm_email(c1.get("email")), norm_email(c2.get("email"))
    if e1 and e1 == e2:
        ev.append("email")
    p1, p2 = norm_phone(c1.get("phone")), norm_phone(c2.get("phone"))
    if p1 and p1 == p2:
        ev.append("phone")
    if same_address(c1.get("address"), c2.get("address")):
        ev.append("address")
    return ev


def compute_shared(c1, c2):
    sh = []
    k1 = person_name_key(c1) if not c1.get("companyName") else org_name_key(c1)
    k2 = person_name_key(c2) if not c2.get("companyName") else org_name_key(c2)
    pk1, pk2 = person_name_key(c1), person_name_key(c2)
    if (k1 and k1 == k2) or (pk1 and pk1 == pk2):
        sh.append("name")
    f1 = (c1.get("familyName") or "").strip().casefold()
    f2 = (c2.get("familyName") or "").strip().casefold()
    if f1 and f1 == f2:
        sh.append("familyName")
    e1, e2 = norm_email(c1.get("email")), norm_email(c2.get("email"))
    if e1 and e1 == e2:
        sh.append("email")
    d1, d2 = email_domain(c1.get("email")), email_domain(c2.get("email"))
    if d1 and d1 == d2 and e1 != e2 and d1 not in FREEMAIL:
        sh.append("email_domain")
    p1, p2 = norm_phone(c1.get("phone")), norm_phone(c2.get("phone"))
    if p1 and p1 == p2:
        sh.append("phone")
    if same_address(c1.get("address"), c2.get("address")):
        sh.append("address")
    ci1, ci2 = city_of(c1), city_of(c2)
    if ci1 and ci1 == ci2:
        sh.append("city")
    return sh


def findable_by_name_city(inc, target, pool, min_score=0.5, min_margin=0.12):
    """target must be the clear best name match among pool records of inc's city."""
    city = city_of(inc)
    if not city or city_of(target) != city:
        return False
    best = name_sim(inc, target)
    if best < min_score:
        return False
    for other in pool:
        if other is target or city_of(other) != city:
            continue
        if name_sim(inc, other) > best - min_margin:
            return False
    return True


# ===========================================================================
# Small helpers
# ===========================================================================

def is_local_place(place):
    return PLACE_BY_CITY.get(place.get("city")) is place


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def slug(s):
    s = s.replace("&", "and")
    for k, v in ASCII_FOLD.items():
        s = s.replace(k, v)
    return re.sub(r"[^a-z0-9]", "", s.casefold())


def fold_ascii(s):
    for k, v in ASCII_FOLD.items():
        s = s.replace(k, v)
    return s


def typo(rng, s, protect_first=True):
    """One keyboard typo: neighbour key, dropped, doubled or transposed letter."""
    if not s or len(s) < 3:
        return s
    idx = [i for i, ch in enumerate(s) if ch.isalpha() and (i > 0 or not protect_first)]
    if not idx:
        return s
    for _ in range(10):
        i = rng.choice(idx)
        ch = s[i]
        kind = rng.choice(["neigh", "neigh", "drop", "double", "swap"])
        if kind == "neigh" and ch.lower() in KEY_NEIGH:
            n = rng.choice(KEY_NEIGH[ch.lower()])
            n = n.upper() if ch.isupper() else n
            out = s[:i] + n + s[i + 1:]
        elif kind == "drop":
            out = s[:i] + s[i + 1:]
        elif kind == "double":
            out = s[:i] + ch + s[i:]
        elif kind == "swap" and i + 1 < len(s) and s[i + 1].isalpha():
            out = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            continue
        if out != s and out.strip():
            return out
    return s


def title_case(s):
    out = []
    for w in s.split(" "):
        if not w:
            out.append(w)
            continue
        out.append(w[0].upper() + w[1:].lower())
    return " ".join(out)


def apply_case(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    if mode == "title":
        return title_case(s)
    return s


def fmt_phone(d, style, ext=None):
    a, b, c = d[:3], d[3:6], d[6:]
    f = {
        "paren": f"({a}) {b}-{c}",
        "paren_tight": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "digits": f"{a}{b}{c}",
        "space": f"{a} {b} {c}",
        "one_dash": f"1-{a}-{b}-{c}",
        "plus": f"+1 {a}-{b}-{c}",
        "plus_space": f"+1 {a} {b} {c}",
        "local": f"{b}-{c}",
        "slash": f"{a}/{b}-{c}",
    }[style]
    if ext:
        f += rng_ext_form(ext)
    return f


def rng_ext_form(ext):
    return f" ext. {ext}" if len(ext) == 3 else f" x{ext}"


def detect_phone_style(p):
    if p is None:
        return None
    for st in ["paren", "paren_tight", "dash", "dot", "digits", "space", "one_dash", "plus",
               "plus_space", "slash"]:
        d = norm_phone(p)
        if d and fmt_phone(d, st) == p.split(" ext")[0].split(" x")[0]:
            return st
    return None


TOWNSHIP_CITY = {
    "Xenia Township": "Xenia", "Sugarcreek Township": "Bellbrook", "Bath Township": "Fairborn",
    "Beavercreek Township": "Beavercreek", "Miami Township": "Miamisburg",
    "Harmony Township": "Springfield", "Mad River Township": "Enon",
    "Springfield Township": "Springfield", "German Township": "New Carlisle",
    "Bethel Township": "New Carlisle", "Green Township": "South Charleston",
    "Moorefield Township": "Springfield", "Jefferson Township": "Dayton",
    "Butler Township": "Vandalia", "Clay Township": "Englewood",
    "Washington Township": "Centerville", "Jackson Township": "Germantown",
    "Caesarscreek Township": "Xenia", "Silvercreek Township": "Jamestown",
    "New Jasper Township": "Xenia", "Cedarville Township": "Cedarville",
    "Spring Valley Township": "Spring Valley", "Ross Township": "Jamestown",
    "Pike Township": "New Carlisle", "Pleasant Township": "South Charleston",
}
COUNTY_SEAT_OH = {"Montgomery": "Dayton", "Greene": "Xenia", "Clark": "Springfield", "Miami": "Troy",
                  "Champaign": "Urbana", "Warren": "Lebanon", "Clinton": "Wilmington",
                  "Madison": "London", "Darke": "Greenville", "Shelby": "Sidney"}
COUNTY_SEAT_PA = {"Erie": "Erie", "Crawford": "Meadville", "Warren": "Warren"}
COUNTY_OFFICE_LOCAL = {"Coroner": "coroner", "Indigent": "indigentburial", "Job": "jfs",
                       "Board": "commissioners", "Veterans": "vso", "Sheriff": "sheriff",
                       "Public": "vitalstats", "Probate": "probate", "Office of Veterans": "veterans",
                       "Children": "cyf", "Human": "humanservices", "Commissioners": "commissioners",
                       "Area": "aging"}

AMISH_INITIALS = list("JMEADLSRNHCYBK")


class World:
    """Builds the invented people and organisations with their true attributes."""

    def __init__(self, rng):
        self.rng = rng
        self.used_ids = set()
        self.used_emails = set()
        self.used_phones = set()
        self.used_streets = set()
        self.used_person = set()        # (given, family, city) casefolded
        self.used_org = set()           # (name, city) casefolded
        self.used_stems = set()
        self.used_domains = set()
        self.used_posts = set()

    # ------------------------------------------------------------------ ids
    def new_id(self):
        while True:
            v = "c%07x" % self.rng.getrandbits(28)
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    # --------------------------------------------------------------- places
    def pick_place(self, home_bias=1.0, region=None, exclude=None):
        pairs = []
        for p in PLACES:
            if region and p["region"] != region:
                continue
            if exclude and p["city"] == exclude:
                continue
            w = p["weight"] * (home_bias if p["city"] in HOME_TOWNS else 1.0)
            pairs.append((p, w))
        return wchoice(self.rng, pairs)

    def pick_place_near(self, place, same_city_p=0.5):
        rng = self.rng
        if rng.random() < same_city_p:
            return place
        cands = [p for p in PLACES if p["region"] == place["region"] and p["city"] != place["city"]
                 and (p["county"] == place["county"] or rng.random() < 0.35)]
        return rng.choice(cands) if cands else place

    # ---------------------------------------------------------------- phones
    def make_phone(self, area, tollfree=False):
        rng = self.rng
        while True:
            a = rng.choice(["800", "866", "877", "888", "855"]) if tollfree else area
            ex = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
            if ex[1:] == "11" or ex == "555" or ex == "950" or ex == "976":
                continue
            line = "%04d" % rng.randint(0, 9999)
            d = a + ex + line
            if d not in self.used_phones:
                self.used_phones.add(d)
                return d

    # ------------------------------------------------------------- addresses
    def make_street_address(self, place, allow_unit=True, allow_box=True, business=False):
        rng = self.rng
        for _ in range(200):
            kind = place["kind"]
            street = rng.choice(place["streets"])
            box = None
            if allow_box and not business and kind in ("rural", "amish", "town") and rng.random() < 0.06:
                box = "PO Box %d" % rng.randint(1, 1999)
                line1 = box
            elif allow_box and not business and kind in ("rural", "amish") and rng.random() < 0.05:
                line1 = "RR %d Box %d" % (rng.randint(1, 6), rng.randint(10, 399))
            else:
                ruralroad = street.startswith(("Route", "Rt ", "Old Route")) or street.endswith(("Rd", "Pike", "Hwy"))
                if kind in ("rural", "amish") and ruralroad:
                    num = rng.randint(1000, 29999)
                elif kind in ("rural", "amish"):
                    num = rng.randint(10, 999)
                elif kind == "urban":
                    num = rng.choice([rng.randint(10, 999), rng.randint(100, 4999), rng.randint(1000, 5999)])
                elif kind == "suburb":
                    num = rng.randint(100, 9999)
                else:
                    num = rng.randint(10, 1999)
                line1 = "%d %s" % (num, street)
            unit = None
            if allow_unit and not box and not line1.startswith("RR"):
                r = rng.random()
                if business and r < 0.12:
                    unit = rng.choice(["Suite %d" % rng.randint(100, 450), "Ste %d" % rng.randint(1, 30)])
                elif not business and kind == "urban" and r < 0.13:
                    unit = "Apt " + rng.choice([str(rng.randint(1, 24)), "%d%s" % (rng.randint(1, 4), rng.choice("ABCD")),
                                                str(rng.randint(101, 412))])
                elif not business and kind in ("suburb", "town") and r < 0.06:
                    unit = "Apt " + str(rng.randint(1, 40))
                elif not business and kind in ("town", "rural", "suburb") and r < 0.09:
                    unit = "Lot %d" % rng.randint(1, 140)
            z = rng.choice(place["zips"])
            a = dict(line1=line1, unit=unit, city=place["city"], region=place["region"], zip=z, co=None)
            key = norm_street(dict(line1=line1 + (" " + unit if unit else "")))
            if (key, z) in self.used_streets:
                continue
            self.used_streets.add((key, z))
            return a
        raise RuntimeError("address space exhausted for %s" % place["city"])

    def make_office_address(self, oc):
        rng = self.rng
        while True:
            line1 = "%d %s" % (rng.randint(100, 9999), rng.choice(oc["streets"]))
            unit = rng.choice([None, None, "Suite %d" % rng.randint(100, 1900), "Floor %d" % rng.randint(2, 22)])
            z = rng.choice(oc["zips"])
            key = norm_street(dict(line1=line1 + (" " + unit if unit else "")))
            if (key, z) in self.used_streets:
                continue
            self.used_streets.add((key, z))
            return dict(line1=line1, unit=unit, city=oc["city"], region=oc["region"], zip=z, co=None)

    # ---------------------------------------------------------------- people
    def pick_eth(self, place):
        mix = ETH_MIX.get(place["city"])
        if not mix:
            if place["kind"] == "amish":
                mix = ETH_MIX["_amish"]
            else:
                mix = ETH_MIX["_oh"] if place["region"] == "OH" else ETH_MIX["_pa"]
        return wchoice(self.rng, mix)

    def pick_given(self, eth, gender, gen):
        rng = self.rng
        if eth == "amish":
            return rng.choice(AMISH_MALE if gender == "M" else AMISH_FEMALE)
        if eth == "aa" and rng.random() < 0.6:
            if gender == "M":
                return rng.choice(AA_MALE_OLD if gen == "old" else AA_MALE_MID)
            return rng.choice(AA_FEMALE_OLD if gen == "old" else AA_FEMALE_MID)
        if eth == "hisp" and rng.random() < 0.7:
            return rng.choice(HISP_MALE if gender == "M" else HISP_FEMALE)
        if gender == "M":
            return rng.choice(MALE_OLD if gen == "old" else MALE_MID)
        return rng.choice(FEMALE_OLD if gen == "old" else FEMALE_MID)

    def pick_family(self, eth):
        return self.rng.choice(SURNAMES_BY_ETH[eth])

    def pick_middle(self, eth, gender):
        rng = self.rng
        if eth == "amish":
            return rng.choice(AMISH_INITIALS)
        if rng.random() < 0.25:
            return None
        return rng.choice(MIDDLE_NAMES_M if gender == "M" else MIDDLE_NAMES_F)

    def person_email(self, given, family, gen, region, byear, spouse=None, family_style=False, gender=None):
        rng = self.rng
        g, f = slug(given), slug(family)
        if not g or not f:
            g, f = g or "mail", f or "box"
        dom_pairs = list(FREEMAIL_OLD if gen == "old" else FREEMAIL_MID)
        dom_pairs += REGIONAL_ISP.get(region, [])
        for _ in range(100):
            yy = "%02d" % (byear % 100)
            nick = slug(rng.choice(NICKNAMES.get(given, [given])))
            hob = rng.choice([h for h, g_, r_ in EMAIL_HOBBIES
                              if g_ in (None, gender) and r_ in (None, region)])
            if family_style:
                local = rng.choice([f"the{f}s", f"{f}family", f"{f}clan", f"the{f}family",
                                    f"{f}{rng.randint(1, 99)}", f"{f}house"])
            elif gen == "old":
                local = rng.choice([
                    f"{g}{f}", f"{g[0]}{f}", f"{g}{f}{yy}", f"{g[0]}{f}{rng.randint(1, 99)}",
                    f"{f}{g[0]}", f"{g}{f[0]}{yy}", f"{hob}{yy}", f"{hob}{rng.randint(1, 999)}",
                    f"{f}{rng.randint(1, 9999)}", f"{nick}{f}", f"{nick}{yy}",
                    f"{g}and{slug(spouse)}" if spouse else f"{g}{f}{rng.randint(1, 9)}",
                    f"{g[0]}{f[0]}{f}{rng.randint(10, 99)}", f"{hob}{g}"])
            else:
                local = rng.choice([
                    f"{g}.{f}", f"{g}{f}", f"{g}.{f}{rng.randint(1, 99)}", f"{g[0]}{f}",
                    f"{g}{f}{yy}", f"{g}_{f}", f"{nick}{f}{rng.randint(1, 99)}", f"{f}.{g}",
                    f"{hob}{rng.randint(1, 99)}", f"{g}{rng.randint(1965, 1999)}",
                    f"{g[0]}{f}{rng.randint(1, 999)}", f"{nick}.{f}"])
            dom = wchoice(rng, dom_pairs)
            e = f"{local}@{dom}"
            if len(e) <= 60 and e not in self.used_emails:
                self.used_emails.add(e)
                return e
        raise RuntimeError("email space")

    def new_person(self, kind, place=None, eth=None, family=None, gender=None, gen=None,
                   given=None, unique=True):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.6)
        eth = eth or self.pick_eth(place)
        if gen is None:
            if kind in ("preneed_purchaser", "joint_spouses", "estate"):
                gen = "old" if rng.random() < 0.9 else "mid"
            elif kind == "next_of_kin":
                gen = "mid" if rng.random() < 0.68 else "old"
            else:
                gen = "mid" if rng.random() < 0.5 else "old"
        if kind == "joint_spouses":
            gender = "M"
        gender = gender or rng.choice("MF")
        for _ in range(200):
            g = given or self.pick_given(eth, gender, gen)
            f = family or self.pick_family(eth)
            key = (g.casefold(), f.casefold(), place["city"].casefold())
            if not unique or key not in self.used_person:
                break
        else:
            raise RuntimeError("person names exhausted")
        self.used_person.add(key)
        byear = rng.randint(1926, 1952) if gen == "old" else rng.randint(1950, 1982)
        p = dict(id=None, party="person", kind=kind, eth=eth, gender=gender, gen=gen, byear=byear,
                 given=g, middle=self.pick_middle(eth, gender), family=f, suffix=None,
                 other_family=None, other_kind=None, husband_given=None, spouse_given=None,
                 exec=None, place=place, email=None, email2=None, phone=None, address=None,
                 amish=(eth == "amish"))
        if gender == "M" and eth != "amish":
            r = rng.random()
            if r < 0.05:
                p["suffix"] = "Jr."
            elif r < 0.07:
                p["suffix"] = "Sr."
            elif r < 0.08:
                p["suffix"] = rng.choice(["II", "III"])
        if gender == "F" and eth != "amish":
            if gen == "old":
                if rng.random() < 0.55:
                    p["husband_given"] = self.pick_given(eth, "M", "old")
                if rng.random() < 0.35:
                    p["other_family"] = self.pick_family(self.pick_eth(place))
                    p["other_kind"] = "maiden"
            elif rng.random() < 0.22:
                p["other_family"] = self.pick_family(self.pick_eth(place))
                p["other_kind"] = rng.choice(["maiden", "married"])
        if p["other_family"] == f:
            p["other_family"] = None
            p["other_kind"] = None
        if kind == "joint_spouses":
            p["spouse_given"] = self.pick_given(eth, "F", gen)
        # contact details
        region = place["region"]
        has_email = {"old": 0.5, "mid": 0.86}[gen]
        if eth == "amish":
            has_email = 0.0
        if rng.random() < has_email:
            p["email"] = self.person_email(g, f, gen, region, byear, spouse=p["spouse_given"], gender=gender)
        has_phone = 0.45 if eth == "amish" else 0.93
        if rng.random() < has_phone:
            p["phone"] = self.make_phone(place["area"])
        has_addr = 1.0 if eth == "amish" else (0.78 if kind == "monument_buyer" else 0.93)
        if rng.random() < has_addr or not (p["email"] or p["phone"]):
            p["address"] = self.make_street_address(place)
        return p

    def new_estate(self, place=None):
        """Estate of a deceased person; the executor (a grown child, or a sibling)
        writes in the estate's name."""
        rng = self.rng
        p = self.new_person("estate", place=place, gen="old")
        p["suffix"] = p["suffix"] if p["gender"] == "M" else None
        ex_gender = rng.choice("MF")
        ex_family = p["family"] if (ex_gender == "M" or rng.random() < 0.45) else self.pick_family(self.pick_eth(p["place"]))
        ex_place = self.pick_place_near(p["place"], 0.6)
        ex = self.new_person("next_of_kin", place=ex_place, eth=p["eth"] if ex_family == p["family"] else None,
                             family=ex_family, gender=ex_gender, gen="mid")
        if not ex["email"] and not ex["amish"] and rng.random() < 0.6:
            ex["email"] = self.person_email(ex["given"], ex["family"], "mid", ex_place["region"], ex["byear"],
                                            gender=ex["gender"])
        if not ex["address"]:
            ex["address"] = self.make_street_address(ex_place)
        p["exec"] = ex
        p["email"] = ex["email"] if rng.random() < 0.8 else None
        p["phone"] = ex["phone"] if rng.random() < 0.85 else p["phone"]
        home = p["address"]
        if rng.random() < 0.55 or not home:
            a = dict(ex["address"])
            if rng.random() < 0.7:
                a["co"] = "%s %s" % (ex["given"], ex["family"])
            p["address"] = a
            p["addr_is_exec"] = True
        else:
            p["addr_is_exec"] = False
        return p

    # ---------------------------------------------------------- organisations
    def _unique_org(self, name, city):
        key = (name.casefold(), city.casefold())
        if key in self.used_org or len(name) > 90:
            return False
        self.used_org.add(key)
        return True

    def _domain(self, base, tld, town=None):
        d = slug(base)[:28] + tld
        if d in self.used_domains and town:
            d = slug(base)[:22] + slug(town)[:14] + tld
        n = 2
        while d in self.used_domains:
            d = slug(base)[:26] + str(n) + tld
            n += 1
        self.used_domains.add(d)
        return d

    def _org_email(self, local, domain):
        e = f"{local}@{domain}"
        n = 2
        while e in self.used_emails:
            e = f"{local}{n}@{domain}"
            n += 1
        self.used_emails.add(e)
        return e

    def _free_org_email(self, base, region, numbered=True):
        rng = self.rng
        pairs = [("aol.com", 3), ("gmail.com", 5), ("yahoo.com", 2), ("sbcglobal.net", 1),
                 ("windstream.net", 1), ("frontier.com", 1)] + REGIONAL_ISP.get(region, [])
        words = [w_ for w_ in re.findall(r"[A-Za-z0-9]+", fold_ascii(base).replace("&", " "))
                 if w_.lower() not in ("of", "the", "and")]
        compact = slug(base)
        if len(compact) > 20 and len(words) > 1:
            compact = slug(words[0]) + "".join(w_[0].lower() for w_ in words[1:])
        for attempt in range(50):
            local = compact[:24]
            if (numbered and rng.random() < 0.4) or attempt > 0:
                local += str(rng.randint(1, 99))
            e = f"{local}@{wchoice(rng, pairs)}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        raise RuntimeError("org freemail")

    def _contact(self, place, gender=None, gen="mid"):
        eth = self.pick_eth(place)
        if eth == "amish":
            eth = "german"
        gender = gender or self.rng.choice("MF")
        return (self.pick_given(eth, gender, gen), self.pick_family(eth))

    def _org_base(self, kind, name, stem, place, address=None):
        return dict(id=None, party="org", kind=kind, name=name, stem=stem, place=place,
                    contact=None, alt_contacts=[], email=None, phone=None,
                    address=address, domain=None, renamed=None, denom=None,
                    parish_office=None, county=None, post_form=None, post_n=None,
                    offices=[], group_stem=None)

    def new_church(self, place=None, ctype=None, denom=None, exclude_names=()):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.4)
        city = place["city"]
        for _ in range(300):
            if ctype:
                t = ctype
            elif place["kind"] == "amish":
                t = wchoice(rng, [("catholic", 25), ("protestant", 40), ("town", 35)])
            elif city == "Erie" or place["region"] == "PA":
                t = wchoice(rng, [("catholic", 55), ("protestant", 28), ("baptist", 7), ("ame", 3), ("town", 7)])
            elif city in ("Dayton", "Trotwood", "Springfield", "Xenia", "Wilberforce"):
                t = wchoice(rng, [("catholic", 22), ("baptist", 32), ("ame", 12), ("protestant", 24), ("town", 10)])
            else:
                t = wchoice(rng, [("catholic", 28), ("baptist", 12), ("ame", 3), ("protestant", 42), ("town", 15)])
            if t == "catholic":
                saints = SAINTS
                if city == "Erie" and rng.random() < 0.3:
                    saints = ["Stanislaus", "Casimir", "Hedwig", "Adalbert", "John Kanty", "Josaphat"]
                saint = rng.choice(saints)
                r = rng.random()
                if r < 0.25:
                    stem = rng.choice(MARIAN_TITLES)
                    name = stem + rng.choice([" Catholic Church", " Catholic Church", " Parish", " Church"])
                else:
                    stem = "St. " + saint
                    name = stem + rng.choice([" Catholic Church", " Catholic Church", " Parish", " Church",
                                              " Roman Catholic Church"])
                    if rng.random() < 0.12:
                        name = "Church of " + stem
                d = "Catholic"
            elif t == "baptist":
                stem = rng.choice(BAPTIST_PREFIXES)
                suffix = rng.choice(["Missionary Baptist Church", "Missionary Baptist Church", "Baptist Church"])
                name = f"{stem} {suffix}"
                d = suffix
            elif t == "ame":
                stem = rng.choice(AME_NAMES)
                suffix = rng.choice(["AME Church", "A.M.E. Church", "AME Church"])
                name = f"{stem} {suffix}"
                d = "AME Church" if "AME" in suffix else "A.M.E. Church"
            elif t == "protestant":
                stem = rng.choice(PROTESTANT_ADJ)
                full, _short = rng.choice(PROTESTANT_DENOMS)
                if denom:
                    full = denom
                name = f"{stem} {full}"
                d = full
            else:
                form = rng.choice(TOWN_CHURCHES)
                if "Amish" in form and place["kind"] != "amish":
                    continue
                name = form.format(t=city)
                stem = city
                d = form.replace("{t}", "").replace(" of ", " ").strip()
            if denom and d != denom:
                continue
            if name in exclude_names:
                continue
            if self._unique_org(name, city):
                break
        else:
            raise RuntimeError("church names")
        o = self._org_base("church", name, stem, place)
        o["denom"] = d
        o["ctype"] = t
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=False, business=True)
        o["phone"] = self.make_phone(place["area"])
        if rng.random() < 0.45:
            o["domain"] = self._domain(name.replace("Catholic Church", "").replace("Church", "") + city, ".org")
            o["email"] = self._org_email(rng.choice(["office", "parishoffice", "secretary", "info",
                                                     "treasurer", "admin", "churchoffice"]), o["domain"])
        elif rng.random() < 0.8:
            base = rng.choice([stem + city, name.replace(" Church", ""), stem + "church"])
            o["email"] = self._free_org_email(base, place["region"])
        if rng.random() < 0.75:
            o["contact"] = self._contact(place, gender=rng.choice("FFFM"))
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        return o

    def new_cemetery(self, place=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.2)
        for _ in range(300):
            form = rng.choice(CEMETERY_FORMS)
            stem = rng.choice(CEMETERY_STEMS)
            saint = rng.choice(SAINTS[:20])
            name = form.format(s=stem, t=place["city"], saint=saint)
            if "{t} Township" in form and place["kind"] == "urban":
                continue
            if self._unique_org(name, place["city"]):
                break
        else:
            raise RuntimeError("cemetery names")
        if "St. " in name and "Catholic Cemetery" in name:
            stem = "St. " + saint
        elif "{s}" not in form:
            stem = place["city"]
        o = self._org_base("cemetery", name, stem, place)
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=rng.random() < 0.3,
                                                business=True)
        o["phone"] = self.make_phone(place["area"])
        if rng.random() < 0.3:
            o["domain"] = self._domain(name.replace("Association", ""), ".org", place["city"])
            o["email"] = self._org_email(rng.choice(["office", "sexton", "info", "superintendent"]), o["domain"])
        elif rng.random() < 0.7:
            o["email"] = self._free_org_email(stem + "cemetery", place["region"])
        if rng.random() < 0.7:
            o["contact"] = self._contact(place, gen=rng.choice(["old", "mid"]))
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        return o

    def new_insurer(self, stem=None, form=None, oc=None):
        rng = self.rng
        for _ in range(300):
            s = stem or (rng.choice(INSURER_STEMS_A) + " " + rng.choice(INSURER_STEMS_B))
            if stem is None and s in self.used_stems:
                continue
            f = form or rng.choice(INSURER_FORMS)
            name = f.format(s=s)
            oc_ = oc or rng.choice(OFFICE_CITIES)
            if self._unique_org(name, "*"):
                break
        else:
            raise RuntimeError("insurer names")
        self.used_stems.add(s)
        oc = oc_
        o = self._org_base("insurer", name, s, oc)
        o["group_stem"] = s
        o["address"] = self.make_office_address(oc)
        o["phone"] = self.make_phone(oc["area"], tollfree=rng.random() < 0.75)
        o["domain"] = self._domain(s + ("life" if "Life" in name else "ins"), ".com")
        o["email"] = self._org_email(rng.choice(["claims", "deathclaims", "funeralclaims", "claimsdept",
                                                 "preneedclaims", "assignments"]), o["domain"])
        if rng.random() < 0.6:
            o["contact"] = self._contact(PLACE_BY_CITY["Dayton"])
        o["alt_contacts"] = [self._contact(PLACE_BY_CITY["Dayton"]) for _ in range(3)]
        # other claims offices of the same company
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            oc2 = rng.choice([c for c in OFFICE_CITIES if c["city"] != oc["city"]])
            o["offices"].append(dict(address=self.make_office_address(oc2),
                                     phone=self.make_phone(oc2["area"]), place=oc2))
        return o

    def new_assignment(self):
        rng = self.rng
        for _ in range(300):
            s = rng.choice(ASSIGNMENT_STEMS)
            name = rng.choice(ASSIGNMENT_FORMS).format(s=s)
            oc = rng.choice(OFFICE_CITIES)
            if s not in self.used_stems and self._unique_org(name, "*"):
                break
        else:
            raise RuntimeError("assignment names")
        self.used_stems.add(s)
        o = self._org_base("assignment_company", name, s, oc)
        o["address"] = self.make_office_address(oc)
        o["phone"] = self.make_phone(oc["area"], tollfree=rng.random() < 0.8)
        o["domain"] = self._domain(s + "funding", ".com")
        o["email"] = self._org_email(rng.choice(["funding", "assignments", "verifications", "ops",
                                                 "funeralhomes"]), o["domain"])
        if rng.random() < 0.5:
            o["contact"] = self._contact(PLACE_BY_CITY["Dayton"])
        o["alt_contacts"] = [self._contact(PLACE_BY_CITY["Dayton"]) for _ in range(2)]
        return o

    def new_county_office(self, county=None, region=None, exclude_form=None, form=None):
        rng = self.rng
        for _ in range(300):
            if county is None and rng.random() < 0.25 and region in (None, "OH"):
                twp = rng.choice(sorted(TOWNSHIP_CITY))
                city = TOWNSHIP_CITY[twp]
                name = rng.choice([f"{twp} Trustees", f"{twp} Board of Trustees",
                                   f"{twp} Fiscal Office"])
                reg, cty, stem = "OH", None, twp
            else:
                reg = region or ("OH" if rng.random() < 0.72 else "PA")
                seats = COUNTY_SEAT_OH if reg == "OH" else COUNTY_SEAT_PA
                cty = county or rng.choice(sorted(seats))
                city = seats[cty]
                forms = COUNTY_OFFICES if reg == "OH" else COUNTY_OFFICES_PA
                f = form or rng.choice([x for x in forms if x != exclude_form])
                name = f.format(c=cty)
                stem = f"{cty} County"
            place = PLACE_BY_CITY[city]
            if self._unique_org(name, city):
                break
        else:
            raise RuntimeError("county names")
        o = self._org_base("county_program", name, stem, place)
        o["county"] = cty
        o["address"] = self.make_street_address(place, allow_unit=rng.random() < 0.3, allow_box=False,
                                                business=True)
        o["phone"] = self.make_phone(place["area"])
        dom = f"{slug(stem)}{place['region'].lower()}.example"
        self.used_domains.add(dom)
        o["domain"] = dom
        key = name.split(" ")[-2] if len(name.split(" ")) > 2 else "office"
        local = "office"
        for k, v in COUNTY_OFFICE_LOCAL.items():
            if k in name:
                local = v
        if stem.endswith("Township"):
            local = rng.choice(["fiscalofficer", "trustees", "admin"])
        o["email"] = self._org_email(local, dom) if rng.random() < 0.85 else None
        o["contact"] = self._contact(place) if rng.random() < 0.8 else None
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        _ = key
        return o

    def new_veterans(self, place=None, form=None, n=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.2)
        for _ in range(300):
            f = form or rng.choice(VETERANS_FORMS[:5] * 3 + VETERANS_FORMS[5:])
            if "Polish" in f and place["region"] != "PA":
                continue
            if n is not None:
                num = n
            elif "Legion" in f:
                num = rng.randint(1, 799)
            elif f.startswith("VFW"):
                num = rng.randint(1, 9999)
            else:
                num = rng.randint(1, 999)
            name = f.format(n=num)
            if (f, num) in self.used_posts:
                continue
            if self._unique_org(name, place["city"]):
                break
        else:
            raise RuntimeError("veterans names")
        self.used_posts.add((f, num))
        o = self._org_base("veterans_org", name, f.split(" {n}")[0].replace(" Post", "").replace(" Chapter", "").replace(" Detachment", ""), place)
        o["post_form"], o["post_n"] = f, num
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=rng.random() < 0.4,
                                                business=True)
        o["phone"] = self.make_phone(place["area"]) if rng.random() < 0.85 else None
        short = {"American Legion": "legion", "VFW": "vfw", "AMVETS": "amvets", "DAV": "dav",
                 "Marine Corps League": "mcl", "Vietnam Veterans of America": "vva",
                 "Catholic War Veterans": "cwv", "Polish Legion of American Veterans": "plav",
                 "Korean War Veterans": "kwva"}
        s = "post"
        for k, v in short.items():
            if name.startswith(k):
                s = v
        if rng.random() < 0.8:
            o["email"] = self._free_org_email(f"{s}post{num}" if rng.random() < 0.6 else f"{s}{num}{slug(place['city'])[:12]}",
                                              place["region"], numbered=False)
        o["contact"] = self._contact(place, gender="M", gen="old") if rng.random() < 0.8 else None
        o["alt_contacts"] = [self._contact(place, gender="M", gen="old") for _ in range(2)]
        return o

    def new_care(self, place=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.3)
        for _ in range(300):
            stem = rng.choice(CARE_STEMS)
            name = rng.choice(CARE_FORMS).format(s=stem)
            if self._unique_org(name, place["city"]) and (stem, place["city"]) not in self.used_stems:
                break
        else:
            raise RuntimeError("care names")
        self.used_stems.add((stem, place["city"]))
        o = self._org_base("nursing_hospice", name, stem, place)
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=False, business=True)
        o["phone"] = self.make_phone(place["area"])
        o["domain"] = self._domain(stem + ("hospice" if "Hospice" in name else "care"), ".com", place["city"])
        o["email"] = self._org_email(rng.choice(["businessoffice", "socialservices", "admissions",
                                                 "billing", "frontdesk"]), o["domain"]) if rng.random() < 0.85 else None
        o["contact"] = self._contact(place, gender=rng.choice("FFM")) if rng.random() < 0.8 else None
        o["alt_contacts"] = [self._contact(place) for _ in range(3)]
        return o

    def _surname_for(self, place):
        eth = self.pick_eth(place)
        if eth in ("amish", "hisp"):
            eth = "german"
        return self.pick_family(eth)

    def new_funeral_home(self, place=None, a=None, b=None, form=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=0.4)
        for _ in range(300):
            aa = a or self._surname_for(place)
            bb = b or self._surname_for(place)
            if aa == bb or "'" in aa + bb:
                continue
            f = form or rng.choice(FUNERAL_FORMS)
            name = f.format(a=aa, b=bb)
            stem = f.split(" Funeral")[0].split(" Family")[0].split(" Memorial")[0].split(" Cremation")[0].format(a=aa, b=bb)
            if stem.endswith(" Brothers"):
                stem = stem
            if self._unique_org(name, place["city"]) and ("fh", stem) not in self.used_stems:
                break
        else:
            raise RuntimeError("funeral names")
        self.used_stems.add(("fh", stem))
        o = self._org_base("funeral_home", name, stem, place)
        o["surname"] = aa
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=False, business=True)
        o["phone"] = self.make_phone(place["area"])
        o["domain"] = self._domain(stem + "funeralhome", ".com", place["city"])
        o["email"] = self._org_email(rng.choice(["info", "office", "director", slug(aa)[:10], "arrangements"]),
                                     o["domain"]) if rng.random() < 0.9 else None
        owner = (self.pick_given(self.pick_eth(place) if self.pick_eth(place) != "amish" else "german", "M", "mid"), aa)
        o["contact"] = owner if rng.random() < 0.7 else self._contact(place)
        o["owner"] = owner
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        return o

    def new_florist(self, place=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=1.0)
        for _ in range(300):
            f = rng.choice(FLORIST_FORMS)
            s = rng.choice(FLORIST_STEMS)
            aa = self._surname_for(place)
            name = f.format(s=s, a=aa)
            stem = s if "{s}" in f else aa
            if self._unique_org(name, place["city"]) and ("fl", stem) not in self.used_stems:
                break
        else:
            raise RuntimeError("florist names")
        self.used_stems.add(("fl", stem))
        o = self._org_base("florist", name, stem, place)
        o["address"] = self.make_street_address(place, allow_unit=rng.random() < 0.3, allow_box=False, business=True)
        o["phone"] = self.make_phone(place["area"])
        if rng.random() < 0.55:
            o["domain"] = self._domain(stem + "flowers", ".com", place["city"])
            o["email"] = self._org_email(rng.choice(["orders", "info", "shop", "flowers"]), o["domain"])
        else:
            o["email"] = self._free_org_email(stem + "florist", place["region"])
        owner = self._contact(place, gender=rng.choice("FFM"))
        if "{a}" in f:
            owner = (owner[0], aa)
        o["contact"] = owner if rng.random() < 0.7 else None
        o["owner"] = owner
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        return o

    def new_monument_dealer(self, place=None):
        rng = self.rng
        place = place or self.pick_place(home_bias=0.8)
        for _ in range(300):
            f = rng.choice(MONUMENT_FORMS)
            s = rng.choice(MONUMENT_STEMS)
            aa = self._surname_for(place)
            name = f.format(s=s, a=aa)
            stem = s if "{s}" in f else aa
            if self._unique_org(name, place["city"]) and ("md", stem) not in self.used_stems:
                break
        else:
            raise RuntimeError("monument names")
        self.used_stems.add(("md", stem))
        o = self._org_base("monument_dealer", name, stem, place)
        o["address"] = self.make_street_address(place, allow_unit=False, allow_box=False, business=True)
        o["phone"] = self.make_phone(place["area"])
        if rng.random() < 0.6:
            o["domain"] = self._domain(stem + "monuments", ".com", place["city"])
            o["email"] = self._org_email(rng.choice(["sales", "info", "office"]), o["domain"])
        else:
            o["email"] = self._free_org_email(stem + "monument", place["region"])
        owner = self._contact(place, gender="M")
        if "{a}" in f:
            owner = (owner[0], aa)
        o["contact"] = owner if rng.random() < 0.75 else None
        o["owner"] = owner
        o["alt_contacts"] = [self._contact(place) for _ in range(2)]
        return o

    def new_entity(self, kind, **kw):
        if kind == "estate":
            e = self.new_estate(**kw)
        elif kind in ("next_of_kin", "preneed_purchaser", "joint_spouses", "monument_buyer"):
            e = self.new_person(kind, **kw)
        else:
            e = {"church": self.new_church, "cemetery": self.new_cemetery, "insurer": self.new_insurer,
                 "assignment_company": self.new_assignment, "county_program": self.new_county_office,
                 "veterans_org": self.new_veterans, "nursing_hospice": self.new_care,
                 "funeral_home": self.new_funeral_home, "florist": self.new_florist,
                 "monument_dealer": self.new_monument_dealer}[kind](**kw)
        e["id"] = self.new_id()
        return e


# ===========================================================================
# Rendering: an entity's name components ("comp") -> the record's name fields
# ===========================================================================

def person_comp(e, rng):
    c = dict(party="person", given=e["given"], middle=e["middle"], family=e["family"],
             suffix=e["suffix"], spouse=e.get("spouse_given"), husband=e.get("husband_given"),
             title=None, maiden=None, rel=None, rel_in_family=False, form="fl", mi_mode="none",
             mid_in_given=False, given_mode="given", family_mode="family", given_init=False,
             sfx_style="dot", sfx_in_family=False, case="asis", swap=False, disamb=None,
             exec=None, company=None)
    if e["middle"] and rng.random() < (0.7 if e.get("amish") else 0.3):
        c["mi_mode"] = "initial"
    if e["kind"] == "joint_spouses":
        c["form"] = "j_amp"
        c["given_mode"] = "joint" if rng.random() < 0.5 else "given"
    if e["kind"] == "estate":
        c["form"] = "e_of"
        c["exec"] = (e["exec"]["given"], e["exec"]["family"])
    return c


def org_comp(e):
    cg, cf = e["contact"] if e.get("contact") else (None, None)
    return dict(party="org", name=e["name"], cg=cg, cf=cf, case="asis", claim=None, disamb=None)


def _mid(c):
    m = c["middle"]
    if not m or c["mi_mode"] == "none":
        return ""
    if len(m) == 1 or c["mi_mode"] in ("initial", "initial_nodot"):
        return m[0] + ("" if c["mi_mode"] == "initial_nodot" else ".")
    return m


def render_person(c):
    g = c["given"] or ""
    if c["given_init"] and g:
        g = g[0] + "."
    mid = _mid(c)
    sfx = c["suffix"] or ""
    if sfx and c["sfx_style"] == "nodot":
        sfx = sfx.rstrip(".")
    fam = c["family"] or ""
    if sfx:
        famsfx = fam + (", " if c["sfx_style"] == "comma" else " ") + sfx
    else:
        famsfx = fam
    first = " ".join(x for x in [g, mid] if x)
    sp = c["spouse"] or ""
    form = c["form"]
    if form == "fl":
        disp = " ".join(x for x in [c["title"], first, "(%s)" % c["maiden"] if c["maiden"] else None, famsfx] if x)
    elif form == "lf":
        rest = " ".join(x for x in [c["title"], first] if x)
        disp = famsfx + (", " + rest if rest else "")
    elif form == "fam_only":
        disp = famsfx
    elif form == "mrs":
        disp = "Mrs. %s %s" % (c["husband"], famsfx)
    elif form == "j_amp":
        disp = "%s & %s %s" % (first, sp, famsfx)
    elif form == "j_and":
        disp = "%s and %s %s" % (first, sp, famsfx)
    elif form == "j_mrmrs":
        disp = "Mr. & Mrs. %s %s" % (first, famsfx)
    elif form == "j_lf":
        disp = "%s, %s & %s" % (famsfx, first, sp)
    elif form == "e_of":
        disp = "Estate of %s %s" % (first, famsfx)
    elif form == "e_suffix":
        disp = "%s %s Estate" % (first, famsfx)
    elif form == "e_est":
        disp = "Est. of %s %s" % (g, famsfx)
    elif form == "e_lf":
        disp = "%s, %s (Estate)" % (famsfx, first)
    elif form == "e_lf_dec":
        disp = "%s, %s - Estate" % (famsfx, first)
    elif form == "e_exec":
        disp = "Estate of %s %s c/o %s %s" % (first, famsfx, c["exec"][0], c["exec"][1])
    else:
        raise ValueError(form)
    disp = re.sub(r"\s+", " ", disp).strip()
    if c["rel"]:
        disp += " (%s)" % c["rel"]
    gm = c["given_mode"]
    if gm == "given":
        gf = first if c["mid_in_given"] else g
    elif gm == "joint":
        gf = "%s & %s" % (g, sp)
    elif gm == "exec":
        gf = c["exec"][0]
    else:
        gf = None
    fm = c["family_mode"]
    if fm == "family":
        ff = fam + ((" " + sfx) if (sfx and c["sfx_in_family"]) else "")
        if c["rel"] and c["rel_in_family"]:
            ff += " (%s)" % c["rel"]
    elif fm == "exec":
        ff = c["exec"][1]
    else:
        ff = None
    if c["swap"]:
        gf, ff = ff, gf
        if form == "fl":
            disp = " ".join(x for x in [gf, ff] if x)
    case = c["case"]
    disp, gf, ff = apply_case(disp, case), apply_case(gf, case), apply_case(ff, case)
    if c["disamb"]:
        disp = disp + " " + c["disamb"]
    return dict(displayName=disp[:100], givenName=gf or None, familyName=ff or None,
                companyName=c["company"])


def render_org(c):
    company = c["name"] + ((" " + c["claim"]) if c["claim"] else "")
    case = c["case"]
    company = apply_case(company, case)
    disp = company
    if c["disamb"]:
        disp = disp + " " + c["disamb"]
    cg, cf = c["cg"], c["cf"]
    if case == "upper":
        cg, cf = apply_case(cg, "upper"), apply_case(cf, "upper")
    return dict(displayName=disp[:100], givenName=cg, familyName=cf, companyName=company[:100])


def render_names(c):
    return render_person(c) if c["party"] == "person" else render_org(c)


def render_address(a, rng, country):
    if not a:
        return None
    line1, unit, line2 = a["line1"], a["unit"], None
    if a.get("co"):
        street = line1 + ((" " + unit) if unit else "")
        return dict(line1="c/o " + a["co"], line2=street, city=a["city"], region=a["region"],
                    postalCode=a["zip"], country=country)
    if unit:
        r = rng.random()
        if r < 0.6:
            line2 = unit
        elif r < 0.85 or not unit.startswith("Apt"):
            line1 = line1 + rng.choice([" ", ", "]) + unit
        else:
            line1 = line1 + " #" + unit.split(" ", 1)[1]
    return dict(line1=line1, line2=line2, city=a["city"], region=a["region"], postalCode=a["zip"],
                country=country)


def existing_country(rng):
    return wchoice(rng, [("USA", 55), (None, 30), ("US", 10), ("United States", 5)])


def existing_phone(rng, d, org=False):
    if not d:
        return None
    st = wchoice(rng, [("paren", 60), ("dash", 30), ("dot", 5), ("digits", 5)])
    p = fmt_phone(d, st)
    if org and rng.random() < 0.06:
        p += " ext. %d" % rng.randint(100, 299)
    return p


# ===========================================================================
# Source habits (formatting applied to every record a source sends)
# ===========================================================================

SOURCE_STYLE = {
    "arrangement": dict(name_case=[("asis", 92), ("upper", 4), ("title", 4)],
                        org_case=[("asis", 95), ("upper", 5)],
                        phone=[("paren", 55), ("dash", 40), ("paren_tight", 5)],
                        region=[("code", 92), ("name", 8)],
                        country=[("USA", 55), (None, 40), ("United States", 5)],
                        addr_case=[("asis", 94), ("upper", 6)]),
    "preneed_app": dict(name_case=[("asis", 80), ("upper", 10), ("title", 10)],
                        org_case=[("asis", 90), ("upper", 10)],
                        phone=[("dot", 35), ("digits", 30), ("dash", 30), ("paren", 5)],
                        region=[("code", 60), ("name", 40)],
                        country=[("US", 60), ("USA", 25), (None, 15)],
                        addr_case=[("asis", 85), ("upper", 15)]),
    "monument_pos": dict(name_case=[("upper", 72), ("asis", 28)],
                         org_case=[("upper", 55), ("asis", 45)],
                         phone=[("digits", 55), ("space", 20), ("dash", 25)],
                         region=[("code", 95), ("lower", 5)],
                         country=[(None, 75), ("USA", 25)],
                         addr_case=[("upper", 60), ("asis", 40)]),
    "web_payment": dict(name_case=[("asis", 72), ("lower", 18), ("upper", 5), ("title", 5)],
                        org_case=[("asis", 90), ("lower", 5), ("upper", 5)],
                        phone=[("dash", 30), ("paren", 20), ("digits", 20), ("dot", 10),
                               ("plus", 8), ("one_dash", 7), ("space", 5)],
                        region=[("code", 55), ("name", 30), ("lower", 15)],
                        country=[("United States", 50), ("US", 20), (None, 20), ("USA", 10)],
                        addr_case=[("asis", 75), ("lower", 20), ("upper", 5)]),
    "insurer_intake": dict(name_case=[("upper", 80), ("asis", 20)],
                           org_case=[("asis", 70), ("upper", 30)],
                           phone=[("digits", 60), ("dash", 30), ("paren", 10)],
                           region=[("code", 100)],
                           country=[("USA", 70), ("US", 20), (None, 10)],
                           addr_case=[("upper", 70), ("asis", 30)]),
}

SOURCE_BY_KIND = {
    "next_of_kin": [("arrangement", 50), ("web_payment", 28), ("monument_pos", 10), ("insurer_intake", 8), ("preneed_app", 4)],
    "preneed_purchaser": [("preneed_app", 55), ("arrangement", 15), ("web_payment", 18), ("monument_pos", 12)],
    "estate": [("arrangement", 48), ("web_payment", 14), ("insurer_intake", 22), ("monument_pos", 16)],
    "joint_spouses": [("preneed_app", 42), ("arrangement", 26), ("monument_pos", 22), ("web_payment", 10)],
    "monument_buyer": [("monument_pos", 70), ("web_payment", 30)],
    "church": [("arrangement", 50), ("monument_pos", 20), ("web_payment", 30)],
    "cemetery": [("arrangement", 40), ("monument_pos", 50), ("web_payment", 10)],
    "insurer": [("insurer_intake", 90), ("arrangement", 10)],
    "assignment_company": [("insurer_intake", 100)],
    "county_program": [("arrangement", 70), ("insurer_intake", 30)],
    "veterans_org": [("arrangement", 60), ("web_payment", 20), ("monument_pos", 20)],
    "nursing_hospice": [("arrangement", 80), ("web_payment", 20)],
    "funeral_home": [("arrangement", 60), ("web_payment", 20), ("monument_pos", 20)],
    "florist": [("web_payment", 40), ("arrangement", 60)],
    "monument_dealer": [("monument_pos", 80), ("arrangement", 20)],
}

STREET_SWAPS = [
    (r"\bSt$", "Street"), (r"\bStreet$", "St"), (r"\bSt$", "St."), (r"\bAve$", "Avenue"),
    (r"\bAvenue$", "Ave"), (r"\bAve$", "Ave."), (r"\bRd$", "Road"), (r"\bRoad$", "Rd"),
    (r"\bRd$", "Rd."), (r"\bDr$", "Drive"), (r"\bDrive$", "Dr"), (r"\bLn$", "Lane"),
    (r"\bCt$", "Court"), (r"\bBlvd$", "Boulevard"), (r"\bPkwy$", "Parkway"), (r"\bHwy$", "Highway"),
    (r"\bPl$", "Place"), (r"^(\d+) W ", r"\1 West "), (r"^(\d+) E ", r"\1 East "),
    (r"^(\d+) N ", r"\1 North "), (r"^(\d+) S ", r"\1 South "), (r"^(\d+) W ", r"\1 W. "),
    (r"^(\d+) E ", r"\1 E. "), (r"^(\d+) N ", r"\1 N. "), (r"^(\d+) S ", r"\1 S. "),
    (r"\bRoute\b", "Rt"), (r"\bRoute\b", "Rte"), (r"\bRt\b", "Route"), (r"\bPO Box\b", "P.O. Box"),
    (r"\bPO Box\b", "P O Box"), (r"\bPO Box\b", "Post Office Box"), (r"\bPO Box\b", "Box"),
    (r"\bRR (\d+)", r"Rural Route \1"), (r"\bRR (\d+)", r"R.R. \1"), (r"\bApt\b", "Apartment"),
    (r"\bApt ", "#"), (r"\bSuite\b", "Ste"), (r"\bSte\b", "Suite"), (r"\bLot\b", "Trailer"),
]


def _street_line_key(addr):
    """Which of line1/line2 holds the street (the other may be c/o or attention)."""
    for k in ("line1", "line2"):
        v = addr.get(k)
        if v and not ADDR_SKIP_RE.match(v.casefold()):
            return k
    return None


def split_unit(s):
    m = re.match(r"^(.*?)(?:,\s*|\s+)((?:Apt|Apartment|Unit|Suite|Ste|Lot|Trailer)\.?\s+\S+|#\s*\S+)$", s)
    if m:
        return m.group(1), m.group(2)
    return s, None


# ===========================================================================
# Variant engine: noise that real upstream systems put on a customer's record
# ===========================================================================

class Variant:
    def __init__(self, base_contact, base_comp):
        self.base = base_contact
        self.comp = copy.deepcopy(base_comp)
        self.comp["disamb"] = None
        c = copy.deepcopy(base_contact)
        self.email, self.phone, self.addr = c["email"], c["phone"], c["address"]
        self.tags = {}
        self.phone_style_locked = False
        self.base_disamb = base_comp.get("disamb")

    def tag(self, field, what):
        lst = self.tags.setdefault(field, [])
        if what not in lst:
            lst.append(what)

    def tag_name(self, fields, what):
        for f in fields:
            self.tag(f, what)

    def contact(self):
        n = render_names(self.comp)
        return dict(displayName=n["displayName"], givenName=n["givenName"], familyName=n["familyName"],
                    companyName=n["companyName"], email=self.email, phone=self.phone,
                    address=copy.deepcopy(self.addr))


def diff_fields(a, b):
    """Fields (as named in 'changes') whose values differ between two contacts."""
    out = []
    for f in FIELDS:
        if a.get(f) != b.get(f):
            out.append(f)
    aa, ba = a.get("address"), b.get("address")
    if (aa is None) != (ba is None):
        out.append("address")
    elif aa is not None:
        for k in ADDR_FIELDS:
            if aa.get(k) != ba.get(k):
                out.append("address." + k)
    return out


class Mutator:
    def __init__(self, rng, world):
        self.rng = rng
        self.world = world
        self.fallback_tags = 0
        self._build_ops()

    # ------------------------------------------------------------ op table
    def _build_ops(self):
        P, O, A = "person", "org", "any"
        S = SOURCES
        def w(default=1.0, **kw):
            d = {s: default for s in S}
            d.update(kw)
            return d
        self.ops = [
            # name, level, party, group, weights
            ("nickname", "M", P, "given", w(1.5, web_payment=3, arrangement=2, insurer_intake=0.3)),
            ("given_typo", "M", P, "given", w(1.2, preneed_app=2, arrangement=1.6)),
            ("family_typo", "M", P, "family", w(1.0, preneed_app=1.6, monument_pos=1.3)),
            ("family_variant", "M", P, "family", w(3.0)),
            ("apostrophe", "L", P, "family", w(3.0)),
            ("mojibake", "H", P, "enc", w(2.0, monument_pos=0.5)),
            ("accent_fold", "L", P, "enc", w(3.0)),
            ("middle_toggle", "L", P, "middle", w(1.5, insurer_intake=3, preneed_app=2)),
            ("middle_in_given", "M", P, "middle", w(0.5, preneed_app=1.5, insurer_intake=1.5)),
            ("title", "L", P, "title", w(0.8, arrangement=1.5, preneed_app=1.2, web_payment=0.6)),
            ("suffix_drop", "L", P, "suffix", w(3.0)),
            ("suffix_style", "L", P, "suffix", w(1.5)),
            ("last_first", "L", P, "nameform", w(0.6, insurer_intake=4, preneed_app=1.5, monument_pos=1.5)),
            ("swap", "H", P, "nameform", w(0.3, web_payment=2.5, preneed_app=0.8)),
            ("initials", "M", P, "given", w(0.4, monument_pos=3, insurer_intake=1)),
            ("given_dropped", "M", P, "given", w(0.3, monument_pos=2, insurer_intake=0.8)),
            ("family_only", "M", P, "nameform", w(0.0, monument_pos=2.5)),
            ("mrs", "H", P, "nameform", w(0.3, arrangement=4, preneed_app=1.5)),
            ("maiden", "M", P, "maiden", w(0.5, arrangement=4, web_payment=1.5, monument_pos=1)),
            ("married", "H", P, "family", w(3.0)),
            ("relationship", "M", P, "rel", w(0.0, arrangement=4, web_payment=0.6)),
            ("joint_form", "L", P, "nameform", w(4.0)),
            ("joint_single", "M", P, "joint", w(3.0)),
            ("estate_form", "L", P, "nameform", w(4.0)),
            ("estate_exec", "M", P, "exec", w(2.5, insurer_intake=3)),
            ("company_filled", "H", P, "company", w(0.2, web_payment=1.2, preneed_app=0.6)),
            # organisations
            ("abbrev", "L", O, "abbrev", w(3.0, monument_pos=4)),
            ("abbrev2", "M", O, "abbrev2", w(1.2, monument_pos=2)),
            ("legal", "L", O, "legal", w(3.0)),
            ("org_typo", "M", O, "orgtypo", w(1.5)),
            ("the", "L", O, "the", w(0.8)),
            ("claim", "M", O, "claim", w(0.0, insurer_intake=5)),
            ("location", "L", O, "location", w(0.8, arrangement=1.2)),
            ("parish_variant", "M", O, "abbrev2", w(3.0)),
            ("renamed", "H", O, "renamed", w(6.0)),
            ("org_mojibake", "H", O, "enc", w(2.0)),
            ("contact_change", "M", O, "contact", w(3.0)),
            ("contact_drop", "L", O, "contact", w(1.2)),
            ("contact_add", "L", O, "contact", w(1.5)),
            # e-mail
            ("email_case", "L", A, "email", w(0.8, monument_pos=1.5)),
            ("email_typo", "M", A, "email", w(1.0, arrangement=1.5, preneed_app=1.5)),
            ("email_new", "M", A, "email", w(1.2, web_payment=2.5)),
            ("email_drop", "M", A, "email", w(1.0, monument_pos=3, insurer_intake=2)),
            ("email_migrated", "M", A, "email", w(2.5)),
            ("email_add", "L", A, "email", w(1.5, web_payment=3)),
            ("email_family", "H", P, "email", w(0.6, web_payment=1.5)),
            # phone
            ("phone_digit", "H", A, "phone", w(1.0)),
            ("phone_new", "M", A, "phone", w(1.2, web_payment=1.8)),
            ("phone_drop", "M", A, "phone", w(0.8, web_payment=1.2)),
            ("phone_local", "M", A, "phone", w(0.4, arrangement=1.2, monument_pos=1.0)),
            ("phone_ext", "L", O, "phone", w(1.0)),
            ("phone_add", "L", A, "phone", w(1.5)),
            # address
            ("addr_moved", "H", A, "addr_main", w(1.0, preneed_app=2.5)),
            ("addr_office", "M", O, "addr_main", w(0.0, insurer_intake=5, arrangement=2)),
            ("addr_pobox", "M", A, "addr_main", w(0.4, insurer_intake=0.8)),
            ("addr_drop", "M", A, "addr_main", w(0.6, monument_pos=3.5, web_payment=1.0)),
            ("addr_add", "L", A, "addr_main", w(2.0)),
            ("addr_abbrev", "L", A, "addr_line", w(2.5)),
            ("addr_typo", "M", A, "addr_line", w(1.0, preneed_app=1.6)),
            ("addr_number", "H", A, "addr_line", w(0.6)),
            ("addr_unit", "L", A, "addr_unit", w(2.0)),
            ("addr_unit_drop", "M", A, "addr_unit", w(0.6)),
            ("addr_co", "M", P, "addr_co", w(0.2, arrangement=2.5, insurer_intake=1)),
            ("addr_co_drop", "L", A, "addr_co", w(3.0)),
            ("addr_attn", "L", O, "addr_co", w(1.5, insurer_intake=2)),
            ("addr_zip_drop", "M", A, "zip", w(0.8, monument_pos=1.5)),
            ("addr_zip4", "L", A, "zip", w(1.0, insurer_intake=2.5, web_payment=1.5)),
            ("addr_zip_wrong", "H", A, "zip", w(0.6)),
            ("addr_city_typo", "M", A, "city", w(0.9)),
            ("addr_city_alt", "M", A, "city", w(1.2)),
        ]
        self.op_index = {o[0]: o for o in self.ops}

    # --------------------------------------------------------------- helpers
    def _fields_person_name(self, comp, given=True, family=True):
        out = ["displayName"]
        if given:
            out.append("givenName")
        if family:
            out.append("familyName")
        return out

    # ------------------------------------------------------------ name ops
    def op_nickname(self, v, e, src):
        c = v.comp
        if c["given_init"] or not c["given"]:
            return False
        opts = NICKNAMES.get(c["given"])
        if not opts:
            return False
        c["given"] = self.rng.choice(opts)
        v.tag_name(["displayName", "givenName"], "nickname")
        return True

    def op_given_typo(self, v, e, src):
        c = v.comp
        if c["given_init"] or not c["given"] or len(c["given"]) < 4:
            return False
        c["given"] = typo(self.rng, c["given"])
        v.tag_name(["displayName", "givenName"], "typo")
        return True

    def op_family_typo(self, v, e, src):
        c = v.comp
        if not c["family"] or len(c["family"]) < 4:
            return False
        c["family"] = typo(self.rng, c["family"])
        v.tag_name(["displayName", "familyName"], "typo")
        return True

    def op_family_variant(self, v, e, src):
        c = v.comp
        opts = SPELLING_VARIANTS.get(c["family"])
        if not opts:
            return False
        c["family"] = self.rng.choice(opts)
        v.tag_name(["displayName", "familyName"], "spelling_variant")
        return True

    def op_apostrophe(self, v, e, src):
        c = v.comp
        f = c["family"] or ""
        if "'" not in f:
            return False
        c["family"] = f.replace("'", self.rng.choice(["", " ", "’", "`"]))
        v.tag_name(["displayName", "familyName"], "apostrophe")
        return True

    def op_mojibake(self, v, e, src):
        c = v.comp
        done = False
        for k in ("family", "given"):
            s = c[k] or ""
            if "'" in s and k == "family":
                s = s.replace("'", "’")
            t = s
            for ch, mj in MOJIBAKE.items():
                t = t.replace(ch, mj)
            if t != (c[k] or ""):
                c[k] = t
                v.tag_name(["displayName", "givenName" if k == "given" else "familyName"], "mojibake")
                done = True
        return done

    def op_accent_fold(self, v, e, src):
        c = v.comp
        done = False
        for k in ("family", "given", "spouse"):
            s = c.get(k)
            if s and fold_ascii(s) != s and "'" not in s:
                c[k] = fold_ascii(s)
                v.tag_name(["displayName"] + (["givenName"] if k == "given" else ["familyName"] if k == "family" else []),
                           "accent_dropped")
                done = True
        return done

    def op_middle_toggle(self, v, e, src):
        c = v.comp
        if not c["middle"] or c["form"] in ("mrs", "fam_only", "e_est"):
            return False
        if c["mi_mode"] == "none":
            c["mi_mode"] = "full" if (len(c["middle"]) > 1 and self.rng.random() < 0.4) else "initial"
            v.tag("displayName", "middle_added")
        else:
            c["mi_mode"] = "none"
            v.tag("displayName", "middle_dropped")
        if c["mid_in_given"]:
            v.tag("givenName", "middle_added")
        return True

    def op_middle_in_given(self, v, e, src):
        c = v.comp
        if not c["middle"] or c["given_mode"] != "given" or c["given_init"]:
            return False
        if c["mi_mode"] == "none":
            c["mi_mode"] = "full" if len(c["middle"]) > 1 else "initial"
            v.tag("displayName", "middle_added")
        c["mid_in_given"] = True
        v.tag("givenName", "middle_added")
        return True

    def op_title(self, v, e, src):
        c = v.comp
        if c["form"] not in ("fl", "lf") or e["kind"] == "estate":
            return False
        if c["title"]:
            c["title"] = None
            v.tag("displayName", "title_dropped")
            return True
        if e["gender"] == "M":
            t = self.rng.choice(["Mr.", "Mr", "Mr."])
        elif e["gen"] == "old":
            t = self.rng.choice(["Mrs.", "Mrs.", "Mrs", "Ms."])
        else:
            t = self.rng.choice(["Ms.", "Mrs.", "Ms"])
        c["title"] = t
        v.tag("displayName", "title_added")
        return True

    def op_suffix_drop(self, v, e, src):
        c = v.comp
        if not c["suffix"]:
            return False
        c["suffix"] = None
        v.tag("displayName", "suffix_dropped")
        if c["sfx_in_family"]:
            v.tag("familyName", "suffix_dropped")
        return True

    def op_suffix_style(self, v, e, src):
        c = v.comp
        if not c["suffix"]:
            return False
        r = self.rng.random()
        if r < 0.4 and c["suffix"].endswith("."):
            c["sfx_style"] = "nodot"
            v.tag("displayName", "suffix_format")
        elif r < 0.7:
            c["sfx_style"] = "comma"
            v.tag("displayName", "suffix_format")
        else:
            c["sfx_in_family"] = True
            v.tag("familyName", "suffix_added")
        return True

    def op_last_first(self, v, e, src):
        c = v.comp
        if c["form"] != "fl" or c["swap"]:
            return False
        c["form"] = "lf"
        v.tag("displayName", "last_first")
        return True

    def op_swap(self, v, e, src):
        c = v.comp
        if c["form"] != "fl" or c["given_mode"] != "given" or not c["given"] or c["swap"]:
            return False
        c["swap"] = True
        v.tag_name(["displayName", "givenName", "familyName"], "swapped")
        return True

    def op_initials(self, v, e, src):
        c = v.comp
        if not c["given"] or c["given_init"] or c["form"] in ("mrs",) or len(c["given"]) < 3:
            return False
        c["given_init"] = True
        if c["middle"]:
            c["mi_mode"] = "initial"
        v.tag_name(["displayName", "givenName"], "initial")
        return True

    def op_given_dropped(self, v, e, src):
        c = v.comp
        if c["given_mode"] == "none":
            return False
        c["given_mode"] = "none"
        v.tag("givenName", "dropped")
        return True

    def op_family_only(self, v, e, src):
        c = v.comp
        if c["form"] not in ("fl", "j_amp", "j_and"):
            return False
        c["form"] = "fam_only"
        v.tag("displayName", "family_only")
        return True

    def op_mrs(self, v, e, src):
        c = v.comp
        if e["gender"] != "F" or not c.get("husband") or c["form"] != "fl" or e["kind"] == "estate":
            return False
        c["form"] = "mrs"
        v.tag("displayName", "husband_name_form")
        if self.rng.random() < 0.6:
            c["given_mode"] = "none"
            v.tag("givenName", "dropped")
        return True

    def op_maiden(self, v, e, src):
        c = v.comp
        if e.get("other_kind") != "maiden" or c["form"] != "fl" or c["maiden"] or c["swap"]:
            return False
        c["maiden"] = e["other_family"]
        v.tag("displayName", "maiden_added")
        return True

    def op_married(self, v, e, src):
        c = v.comp
        if e.get("other_kind") != "married" or c["family"] != e["family"]:
            return False
        c["family"] = e["other_family"]
        v.tag_name(["displayName", "familyName"], "married_name")
        return True

    def op_relationship(self, v, e, src):
        c = v.comp
        if e["kind"] not in ("next_of_kin", "monument_buyer") or c["rel"]:
            return False
        rels = RELATIONSHIPS_M if e["gender"] == "M" else RELATIONSHIPS_F
        if e["gen"] == "old":
            rels = ["husband", "brother", "brother-in-law"] if e["gender"] == "M" else ["wife", "widow", "sister", "sister-in-law"]
        c["rel"] = self.rng.choice(rels)
        v.tag("displayName", "relationship_added")
        if self.rng.random() < 0.3 and c["family_mode"] == "family":
            c["rel_in_family"] = True
            v.tag("familyName", "relationship_added")
        return True

    def op_joint_form(self, v, e, src):
        c = v.comp
        if e["kind"] != "joint_spouses" or not c["spouse"]:
            return False
        forms = [f for f in ("j_amp", "j_and", "j_mrmrs", "j_lf") if f != c["form"]]
        c["form"] = self.rng.choice(forms)
        v.tag("displayName", "joint_form")
        if self.rng.random() < 0.4:
            c["given_mode"] = "given" if c["given_mode"] == "joint" else "joint"
            v.tag("givenName", "joint_form")
        return True

    def op_joint_single(self, v, e, src):
        c = v.comp
        if e["kind"] != "joint_spouses" or not c["spouse"]:
            return False
        if self.rng.random() < 0.55:
            c["given"] = c["spouse"]
            c["middle"] = None
            c["suffix"] = None
        c["spouse"] = None
        c["form"] = "fl"
        c["given_mode"] = "given"
        v.tag_name(["displayName", "givenName"], "one_spouse_only")
        return True

    def op_estate_form(self, v, e, src):
        c = v.comp
        if e["kind"] != "estate":
            return False
        forms = [f for f in ("e_of", "e_suffix", "e_est", "e_lf", "e_lf_dec") if f != c["form"]]
        c["form"] = self.rng.choice(forms)
        v.tag("displayName", "estate_form")
        return True

    def op_estate_exec(self, v, e, src):
        c = v.comp
        if e["kind"] != "estate":
            return False
        r = self.rng.random()
        if r < 0.45 and c["form"] == "e_of":
            c["form"] = "e_exec"
            v.tag("displayName", "executor_added")
        else:
            c["given_mode"] = "exec"
            c["family_mode"] = "exec"
            v.tag_name(["givenName", "familyName"], "executor_name")
        return True

    def op_company_filled(self, v, e, src):
        c = v.comp
        if c["company"]:
            return False
        fam = c["family"] or e["family"]
        c["company"] = self.rng.choice(["%s Family" % fam, "N/A", "None", "Self", "n/a", "-",
                                        "Family of %s %s" % (e["given"], e["family"]), "Retired", "Homemaker"])
        v.tag("companyName", "wrongly_filled")
        return True

    # ------------------------------------------------------------- org ops
    def _org_name_tag(self, v, what):
        v.tag_name(["displayName", "companyName"], what)

    def op_abbrev(self, v, e, src, n=1):
        c = v.comp
        cands = [(p, r) for p, r in ORG_ABBREV if re.search(p, c["name"])]
        if not cands:
            return False
        done = 0
        for _ in range(n):
            if not cands:
                break
            p, r = self.rng.choice(cands)
            new = re.sub(p, r, c["name"], count=1)
            if new != c["name"] and len(new) > 3:
                c["name"] = new
                done += 1
            cands = [(p2, r2) for p2, r2 in ORG_ABBREV if re.search(p2, c["name"]) and p2 != p]
        if done:
            self._org_name_tag(v, "abbreviation")
        return done > 0

    def op_abbrev2(self, v, e, src):
        return self.op_abbrev(v, e, src, n=2)

    def op_legal(self, v, e, src):
        c = v.comp
        name = c["name"]
        for lf, variants in LEGAL_FORMS.items():
            m = re.search(r",?\s*" + re.escape(lf) + r"$", name)
            if m:
                rep = self.rng.choice(variants)
                stem = name[:m.start()]
                if rep == "":
                    new = stem
                elif rep.startswith(","):
                    new = stem + rep
                else:
                    new = stem + " " + rep
                if new != name and len(new) > 3:
                    c["name"] = new
                    self._org_name_tag(v, "legal_form")
                    return True
                return False
        if e["kind"] in ("funeral_home", "florist", "monument_dealer", "assignment_company"):
            c["name"] = name + self.rng.choice([", Inc.", " Inc", " LLC", ", LLC", " Co."])
            self._org_name_tag(v, "legal_form")
            return True
        return False

    def op_org_typo(self, v, e, src):
        c = v.comp
        words = c["name"].split(" ")
        idx = [i for i, w_ in enumerate(words) if len(w_) >= 4 and w_.isalpha()]
        if not idx:
            return False
        i = self.rng.choice(idx)
        words[i] = typo(self.rng, words[i])
        c["name"] = " ".join(words)
        self._org_name_tag(v, "typo")
        return True

    def op_the(self, v, e, src):
        c = v.comp
        if c["name"].startswith("The "):
            c["name"] = c["name"][4:]
            self._org_name_tag(v, "the_dropped")
        elif e["kind"] in ("church", "funeral_home", "florist", "nursing_hospice", "cemetery", "monument_dealer"):
            c["name"] = "The " + c["name"]
            self._org_name_tag(v, "the_added")
        else:
            return False
        return True

    def op_claim(self, v, e, src):
        c = v.comp
        if e["kind"] not in ("insurer", "assignment_company") or c["claim"]:
            return False
        ini = "".join(w_[0] for w_ in e["stem"].split() if w_[0].isalpha()).upper()[:3]
        n = self.rng.randint(10000, 9999999)
        c["claim"] = self.rng.choice(["Claim #%s-%d" % (ini, n), "- Claim %d" % n, "Clm# %d" % n,
                                      "(Policy %s%d)" % (ini, n), "Ref %d-%02d" % (n, self.rng.randint(1, 99)),
                                      "- Policy No. %d" % n])
        self._org_name_tag(v, "claim_number")
        return True

    def op_location(self, v, e, src):
        c = v.comp
        city = e["place"]["city"]
        if city in c["name"] or e["kind"] in ("insurer", "assignment_company", "county_program"):
            return False
        c["name"] = c["name"] + self.rng.choice([" - %s", " (%s)", " of %s", ", %s"]) % city
        self._org_name_tag(v, "location_added")
        return True

    def op_parish_variant(self, v, e, src):
        c = v.comp
        if e["kind"] != "church" or e.get("ctype") != "catholic" or not c["name"].startswith("St. "):
            return False
        stem = e["stem"]
        if not c["name"].startswith(stem):
            return False
        saint = stem[4:]
        if " " in saint:
            new = self.rng.choice(["Saint %s Parish" % saint, "St %s Church" % saint, "%s Parish" % stem])
        else:
            new = self.rng.choice(["St. %s's" % saint, "Saint %s's" % saint, "St %ss" % saint,
                                   "St. %s's Church" % saint, "Saint %s's Parish" % saint,
                                   "St. %s R.C. Church" % saint])
        if new == c["name"]:
            return False
        c["name"] = new
        self._org_name_tag(v, "parish_name_variant")
        return True

    def op_renamed(self, v, e, src):
        c = v.comp
        if not e.get("renamed"):
            return False
        old = e["name"]
        new = e["renamed"]
        c["name"] = self.rng.choice(["%s (formerly %s)" % (new, old), "%s, formerly %s" % (new, old),
                                     "%s - formerly %s" % (new, old), "%s (fka %s)" % (new, old)])[:100]
        self._org_name_tag(v, "renamed_formerly")
        return True

    def op_org_mojibake(self, v, e, src):
        c = v.comp
        if "'" not in c["name"]:
            return False
        c["name"] = c["name"].replace("'", "â€™")
        self._org_name_tag(v, "mojibake")
        return True

    def op_contact_change(self, v, e, src):
        c = v.comp
        alts = [a for a in e.get("alt_contacts", []) if a != (c["cg"], c["cf"])]
        if not alts:
            return False
        c["cg"], c["cf"] = self.rng.choice(alts)
        v.tag_name(["givenName", "familyName"], "other_contact")
        return True

    def op_contact_drop(self, v, e, src):
        c = v.comp
        if not c["cg"] and not c["cf"]:
            return False
        c["cg"], c["cf"] = None, None
        v.tag_name(["givenName", "familyName"], "dropped")
        return True

    def op_contact_add(self, v, e, src):
        c = v.comp
        if c["cg"] or c["cf"] or not e.get("alt_contacts"):
            return False
        c["cg"], c["cf"] = self.rng.choice(e["alt_contacts"])
        v.tag_name(["givenName", "familyName"], "added")
        return True

    # ------------------------------------------------------------ e-mail ops
    def op_email_case(self, v, e, src):
        if not v.email:
            return False
        local, dom = v.email.split("@", 1)
        r = self.rng.random()
        if r < 0.35:
            new = v.email.upper()
        elif r < 0.7:
            new = local[:1].upper() + local[1:] + "@" + dom
        else:
            new = local + "@" + dom.upper()
        if new == v.email:
            return False
        v.email = new
        v.tag("email", "case")
        return True

    def op_email_typo(self, v, e, src):
        if not v.email:
            return False
        local, dom = v.email.split("@", 1)
        if dom.lower() in DOMAIN_TYPOS and self.rng.random() < 0.6:
            new = local + "@" + self.rng.choice(DOMAIN_TYPOS[dom.lower()])
        elif len(local) >= 4:
            new = typo(self.rng, local) + "@" + dom
            if self.rng.random() < 0.3:
                new = local + "@" + dom.replace(".", ",", 1) if "." in dom else new
        else:
            return False
        if new == v.email:
            return False
        v.email = new
        v.tag("email", "typo")
        return True

    def _new_email_for(self, e):
        rng = self.rng
        if e["party"] == "person":
            if e["kind"] == "estate":
                ex = e["exec"]
                return self.world.person_email(ex["given"], ex["family"], "mid", ex["place"]["region"], ex["byear"],
                                               gender=ex["gender"])
            return self.world.person_email(e["given"], e["family"], e["gen"], e["place"]["region"], e["byear"],
                                           spouse=e.get("spouse_given"), gender=e["gender"])
        cg, cf = rng.choice(e["alt_contacts"]) if e.get("alt_contacts") else ("office", "main")
        if e.get("domain"):
            local = rng.choice([slug(cg)[:1] + slug(cf), slug(cg) + "." + slug(cf), slug(cg),
                                "accounting", "ap", "billing", "office"])
            return self.world._org_email(local, e["domain"])
        return self.world._free_org_email(e["stem"] + rng.choice(["office", "treasurer", "sec", ""]),
                                          e["place"]["region"])

    def op_email_new(self, v, e, src):
        if not v.email or e.get("amish"):
            return False
        v.email = self._new_email_for(e)
        v.tag("email", "new")
        return True

    def op_email_drop(self, v, e, src):
        if not v.email:
            return False
        v.email = None
        v.tag("email", "dropped")
        return True

    def op_email_migrated(self, v, e, src):
        if not v.email:
            return False
        local, dom = v.email.split("@", 1)
        nd = DOMAIN_MIGRATIONS.get(dom.lower())
        if not nd:
            return False
        new = local + "@" + nd
        if new.lower() in self.world.used_emails:
            return False
        self.world.used_emails.add(new.lower())
        v.email = new
        v.tag("email", "provider_changed")
        return True

    def op_email_add(self, v, e, src):
        if v.email or e.get("amish"):
            return False
        v.email = self._new_email_for(e)
        v.tag("email", "added")
        return True

    def op_email_family(self, v, e, src):
        if e["party"] != "person" or e.get("amish"):
            return False
        v.email = self.world.person_email(e["given"], e["family"], "mid", e["place"]["region"], e["byear"],
                                          family_style=True)
        v.tag("email", "family_mailbox" if self.base_had(v, "email") else "added")
        return True

    def base_had(self, v, field):
        return bool(v.base.get(field))

    # -------------------------------------------------------------- phone ops
    def op_phone_digit(self, v, e, src):
        if not v.phone:
            return False
        d = norm_phone(v.phone)
        if not d:
            return False
        i = self.rng.randint(3, 9)
        nd = d[:i] + str((int(d[i]) + self.rng.choice([1, 9, 2, 8])) % 10) + d[i + 1:]
        if self.rng.random() < 0.4:
            j = self.rng.randint(4, 8)
            nd2 = d[:j] + d[j + 1] + d[j] + d[j + 2:]
            if nd2 != d:
                nd = nd2
        if nd in self.world.used_phones:
            return False
        self.world.used_phones.add(nd)
        st = detect_phone_style(v.phone) or "dash"
        v.phone = fmt_phone(nd, st)
        v.phone_style_locked = False
        v.tag("phone", "digit_off")
        return True

    def _area_of(self, e):
        return e["place"].get("area", "937")

    def op_phone_new(self, v, e, src):
        if not v.phone:
            return False
        v.phone = fmt_phone(self.world.make_phone(self._area_of(e)), "dash")
        v.tag("phone", "new")
        return True

    def op_phone_drop(self, v, e, src):
        if not v.phone:
            return False
        v.phone = None
        v.tag("phone", "dropped")
        return True

    def op_phone_local(self, v, e, src):
        d = norm_phone(v.phone)
        if not d or d[:3] in ("800", "866", "877", "888", "855"):
            return False
        v.phone = fmt_phone(d, "local")
        v.phone_style_locked = True
        v.tag("phone", "area_code_dropped")
        return True

    def op_phone_ext(self, v, e, src):
        if not v.phone or "x" in v.phone.lower():
            return False
        d = norm_phone(v.phone)
        if not d:
            return False
        ext = str(self.rng.randint(10, 499))
        v.phone = fmt_phone(d, detect_phone_style(v.phone) or "dash") + self.rng.choice([" ext ", " x", " ext. ", " Ext "]) + ext
        v.phone_style_locked = True
        v.tag("phone", "extension_added")
        return True

    def op_phone_add(self, v, e, src):
        if v.phone:
            return False
        if e.get("phone") and self.rng.random() < 0.5:
            d = e["phone"]
        else:
            d = self.world.make_phone(self._area_of(e))
        v.phone = fmt_phone(d, "dash")
        v.tag("phone", "added")
        return True

    # ------------------------------------------------------------ address ops
    def _new_addr_record(self, a_ent, country):
        return render_address(a_ent, self.rng, country)

    def _tag_addr_all(self, v, what, old, new):
        if old is None and new is not None:
            v.tag("address", "added")
            return
        if new is None:
            v.tag("address", "dropped")
            return
        for k in ADDR_FIELDS:
            if old.get(k) != new.get(k):
                v.tag("address." + k, what)

    def op_addr_moved(self, v, e, src):
        if not v.addr:
            return False
        place = e["place"]
        if not is_local_place(place):
            return False
        newplace = self.world.pick_place_near(place, 0.55)
        a = self.world.make_street_address(newplace, allow_unit=e["party"] == "person",
                                           allow_box=e["party"] == "person", business=e["party"] == "org")
        new = self._new_addr_record(a, v.addr.get("country"))
        old = v.addr
        v.addr = new
        self._tag_addr_all(v, "old_address" if src == "preneed_app" else "moved", old, new)
        return True

    def op_addr_office(self, v, e, src):
        if e["kind"] not in ("insurer", "assignment_company") or not e.get("offices") or not v.addr:
            return False
        off = self.rng.choice(e["offices"])
        new = self._new_addr_record(off["address"], v.addr.get("country"))
        old = v.addr
        v.addr = new
        self._tag_addr_all(v, "other_claims_office", old, new)
        if v.phone and self.rng.random() < 0.7:
            v.phone = fmt_phone(off["phone"], "dash")
            v.tag("phone", "other_claims_office")
        return True

    def op_addr_pobox(self, v, e, src):
        if not v.addr or "box" in (v.addr.get("line1") or "").lower():
            return False
        old = v.addr
        new = dict(old)
        new["line1"] = self.rng.choice(["PO Box %d", "P.O. Box %d", "Box %d"]) % self.rng.randint(1, 2999)
        new["line2"] = None
        v.addr = new
        self._tag_addr_all(v, "po_box", old, new)
        return True

    def op_addr_drop(self, v, e, src):
        if not v.addr:
            return False
        v.addr = None
        v.tag("address", "dropped")
        return True

    def op_addr_add(self, v, e, src):
        if v.addr:
            return False
        a = e.get("address")
        if not a or self.rng.random() < 0.3:
            place = e["place"]
            if not is_local_place(place):
                return False
            a = self.world.make_street_address(place, business=e["party"] == "org")
        v.addr = self._new_addr_record(a, None)
        v.tag("address", "added")
        return True

    def op_addr_abbrev(self, v, e, src):
        if not v.addr:
            return False
        k = _street_line_key(v.addr)
        if not k:
            return False
        s = v.addr[k]
        main, unit = split_unit(s)
        tail = s[len(main):]
        cands = [(p, r, "main") for p, r in STREET_SWAPS if re.search(p, main)]
        if unit:
            cands += [(p, r, "unit") for p, r in STREET_SWAPS if re.search(p, unit)]
        if not cands:
            return False
        p, r, where = self.rng.choice(cands)
        if where == "main":
            new = re.sub(p, r, main, count=1) + tail
        else:
            new = main + tail.replace(unit, re.sub(p, r, unit, count=1), 1)
        if new == s:
            return False
        v.addr = dict(v.addr)
        v.addr[k] = new
        v.tag("address." + k, "abbreviation")
        return True

    def op_addr_moved_local(self, v, e, src):
        if not v.addr or not is_local_place(e["place"]):
            return False
        a = self.world.make_street_address(e["place"], allow_unit=e["party"] == "person",
                                           allow_box=False, business=e["party"] == "org")
        new = self._new_addr_record(a, v.addr.get("country"))
        old = v.addr
        v.addr = new
        self._tag_addr_all(v, "moved", old, new)
        return True

    def op_addr_typo(self, v, e, src):
        if not v.addr:
            return False
        k = _street_line_key(v.addr)
        if not k:
            return False
        s = v.addr[k]
        words = s.split(" ")
        idx = [i for i, w_ in enumerate(words) if len(w_) >= 4 and w_.isalpha()
               and w_.lower() not in STREET_ABBR and w_.lower() != "box"]
        if not idx:
            return False
        i = self.rng.choice(idx)
        words[i] = typo(self.rng, words[i])
        v.addr = dict(v.addr)
        v.addr[k] = " ".join(words)
        v.tag("address." + k, "typo")
        return True

    def op_addr_number(self, v, e, src):
        if not v.addr:
            return False
        k = _street_line_key(v.addr)
        if not k:
            return False
        s = v.addr[k]
        m = re.match(r"^(\d{2,5})(\s.*)$", s)
        if not m:
            return False
        n = m.group(1)
        if self.rng.random() < 0.5 and len(n) >= 2:
            i = self.rng.randint(0, len(n) - 2)
            n2 = n[:i] + n[i + 1] + n[i] + n[i + 2:]
        else:
            i = self.rng.randint(0, len(n) - 1)
            n2 = n[:i] + str((int(n[i]) + 1) % 10) + n[i + 1:]
        if n2 == n or n2.startswith("0"):
            return False
        v.addr = dict(v.addr)
        v.addr[k] = n2 + m.group(2)
        v.tag("address." + k, "house_number_typo")
        return True

    def op_addr_unit(self, v, e, src):
        a = v.addr
        if not a:
            return False
        if a.get("line2") and re.match(r"^(Apt|Apartment|Unit|Suite|Ste|Lot|#)", a["line2"]) and \
                not ADDR_SKIP_RE.match(a["line1"].casefold()):
            new = dict(a)
            new["line1"] = a["line1"] + self.rng.choice([" ", ", "]) + a["line2"]
            new["line2"] = None
            v.addr = new
            v.tag("address.line1", "unit_merged")
            v.tag("address.line2", "unit_merged")
            return True
        main, unit = split_unit(a["line1"])
        if unit and not a.get("line2"):
            new = dict(a)
            new["line1"] = main
            new["line2"] = unit if not unit.startswith("#") else "Apt " + unit[1:].strip()
            v.addr = new
            v.tag("address.line1", "unit_split")
            v.tag("address.line2", "unit_split")
            return True
        return False

    def op_addr_unit_drop(self, v, e, src):
        a = v.addr
        if not a:
            return False
        if a.get("line2") and re.match(r"^(Apt|Apartment|Unit|Suite|Ste|Lot|#)", a["line2"]):
            new = dict(a)
            new["line2"] = None
            v.addr = new
            v.tag("address.line2", "unit_dropped")
            return True
        k = _street_line_key(a)
        if not k:
            return False
        main, unit = split_unit(a[k])
        if unit:
            new = dict(a)
            new[k] = main
            v.addr = new
            v.tag("address." + k, "unit_dropped")
            return True
        return False

    def op_addr_co(self, v, e, src):
        a = v.addr
        if not a or ADDR_SKIP_RE.match(a["line1"].casefold()) or e["party"] != "person":
            return False
        if e["kind"] == "estate":
            who = "%s %s" % (e["exec"]["given"], e["exec"]["family"])
        else:
            g = self.world.pick_given(e["eth"], self.rng.choice("MF"), "mid")
            who = "%s %s" % (g, e["family"])
        new = dict(a)
        street = a["line1"] + ((" " + a["line2"]) if a.get("line2") else "")
        new["line1"] = self.rng.choice(["c/o ", "C/O ", "c/o "]) + who
        new["line2"] = street
        v.addr = new
        v.tag("address.line1", "care_of_added")
        v.tag("address.line2", "care_of_added")
        return True

    def op_addr_co_drop(self, v, e, src):
        a = v.addr
        if not a or not ADDR_SKIP_RE.match(a["line1"].casefold()) or not a.get("line2"):
            return False
        new = dict(a)
        new["line1"] = a["line2"]
        new["line2"] = None
        v.addr = new
        v.tag("address.line1", "care_of_dropped")
        v.tag("address.line2", "care_of_dropped")
        return True

    def op_addr_attn(self, v, e, src):
        a = v.addr
        if not a or a.get("line2") or e["party"] != "org":
            return False
        new = dict(a)
        new["line2"] = self.rng.choice(CLAIM_DEPTS if e["kind"] in ("insurer", "assignment_company") else AP_DEPTS)
        if not new["line2"].lower().startswith("attn"):
            new["line2"] = "Attn: " + new["line2"]
        v.addr = new
        v.tag("address.line2", "attention_added")
        return True

    def op_addr_zip_drop(self, v, e, src):
        if not v.addr or not v.addr.get("postalCode"):
            return False
        v.addr = dict(v.addr)
        v.addr["postalCode"] = None
        v.tag("address.postalCode", "dropped")
        return True

    def op_addr_zip4(self, v, e, src):
        if not v.addr or not v.addr.get("postalCode") or "-" in v.addr["postalCode"]:
            return False
        v.addr = dict(v.addr)
        v.addr["postalCode"] = v.addr["postalCode"] + "-%04d" % self.rng.randint(1, 9999)
        v.tag("address.postalCode", "zip4_added")
        return True

    def op_addr_zip_wrong(self, v, e, src):
        if not v.addr or not v.addr.get("postalCode"):
            return False
        z = v.addr["postalCode"][:5]
        place = PLACE_BY_CITY.get(v.addr.get("city"))
        others = [x for x in (place["zips"] if place else []) if x != z]
        if others and self.rng.random() < 0.6:
            nz = self.rng.choice(others)
        else:
            i = self.rng.randint(3, 4)
            nz = z[:i] + str((int(z[i]) + self.rng.choice([1, 2, 8, 9])) % 10) + z[i + 1:]
        if nz == z:
            return False
        v.addr = dict(v.addr)
        v.addr["postalCode"] = nz
        v.tag("address.postalCode", "wrong")
        return True

    def op_addr_city_typo(self, v, e, src):
        if not v.addr or not v.addr.get("city") or len(v.addr["city"]) < 4:
            return False
        v.addr = dict(v.addr)
        v.addr["city"] = typo(self.rng, v.addr["city"])
        v.tag("address.city", "typo")
        return True

    def op_addr_city_alt(self, v, e, src):
        if not v.addr or not v.addr.get("city"):
            return False
        place = PLACE_BY_CITY.get(v.addr["city"])
        if not place or not place["alts"]:
            return False
        v.addr = dict(v.addr)
        v.addr["city"] = self.rng.choice(place["alts"])
        v.tag("address.city", "postal_city_variant")
        return True

    # ------------------------------------------------------------- styling
    def apply_style(self, v, e, src, strength=1.0):
        rng = self.rng
        st = SOURCE_STYLE[src]
        c = v.comp
        if rng.random() < strength:
            if c["party"] == "person":
                case = wchoice(rng, st["name_case"])
            else:
                case = wchoice(rng, st["org_case"])
            if case != c["case"]:
                c["case"] = case
                v.tag_name(["displayName", "givenName", "familyName"] +
                           (["companyName"] if c["party"] == "org" else []), "case")
        # phone format
        if v.phone and not v.phone_style_locked and rng.random() < strength:
            d = norm_phone(v.phone)
            if d:
                ext = ""
                m = re.search(r"(?i)\s*(ext\.?|x)\s*\d+\s*$", v.phone)
                if m:
                    ext = v.phone[m.start():]
                newp = fmt_phone(d, wchoice(rng, st["phone"])) + ext
                if newp != v.phone:
                    v.phone = newp
                    v.tag("phone", "format")
        if v.addr:
            a = dict(v.addr)
            if rng.random() < strength:
                rmode = wchoice(rng, st["region"])
                reg = a.get("region")
                code = reg if reg in REGION_NAMES else None
                if code is None:
                    for k, vv in REGION_VARIANTS.items():
                        if reg in vv:
                            code = k
                if code:
                    newr = {"code": code, "name": REGION_NAMES.get(code, code),
                            "lower": code.lower()}[rmode]
                    if newr != reg:
                        a["region"] = newr
                        v.tag("address.region", "format")
                cty = wchoice(rng, st["country"])
                if cty != a.get("country"):
                    if a.get("country") is None:
                        v.tag("address.country", "added")
                    elif cty is None:
                        v.tag("address.country", "dropped")
                    else:
                        v.tag("address.country", "format")
                    a["country"] = cty
                acase = wchoice(rng, st["addr_case"])
                if acase != "asis":
                    for k in ("line1", "line2", "city"):
                        if a.get(k):
                            nv = apply_case(a[k], acase)
                            if nv != a[k]:
                                a[k] = nv
                                v.tag("address." + k, "case")
            v.addr = a

    # ---------------------------------------------------------- selection
    def applicable_ops(self, e, src, levels):
        out = []
        for name, level, party, group, weights in self.ops:
            if level not in levels:
                continue
            if party != "any" and party != e["party"]:
                continue
            wt = weights.get(src, 0)
            if wt <= 0:
                continue
            out.append((name, level, group, wt))
        return out

    def apply_op(self, name, v, e, src):
        spec = self.op_index.get(name)
        if spec and spec[2] != "any" and spec[2] != e["party"]:
            return False
        return getattr(self, "op_" + name)(v, e, src)

    PRIORITY = {"addr_main": 0, "addr_co": 1, "addr_unit": 2, "addr_line": 3}

    def random_ops(self, v, e, src, profile):
        rng = self.rng
        n = {"light": rng.choice([1, 1, 2]), "medium": rng.choice([2, 3, 3]),
             "harsh": rng.choice([3, 4, 4, 5])}[profile]
        levels = {"light": ("L",), "medium": ("L", "M"), "harsh": ("L", "M", "H")}[profile]
        must = {"light": None, "medium": "M", "harsh": "H"}[profile]
        pool = self.applicable_ops(e, src, levels)
        used_groups = []
        applied = []
        # the op that makes the profile what it is comes first
        tries = 0
        while len(applied) < n and pool and tries < 60:
            tries += 1
            if must and not any(self.op_index[a][1] == must for a in applied):
                cands = [p for p in pool if p[1] == must and p[2] not in used_groups]
                if not cands:
                    cands = [p for p in pool if p[2] not in used_groups]
            else:
                cands = [p for p in pool if p[2] not in used_groups]
            if not cands:
                break
            op = wchoice(rng, [(p, p[3]) for p in cands])
            pool = [p for p in pool if p[0] != op[0]]
            applied.append(op[0])
            used_groups.append(op[2])
        applied.sort(key=lambda nme: self.PRIORITY.get(self.op_index[nme][3], 9))
        done = []
        for nme in applied:
            if self.apply_op(nme, v, e, src):
                done.append(nme)
        return done

    # ---------------------------------------------------------- finalising
    def finish(self, v):
        """Render, reconcile tags against the real differences, return (contact, changes)."""
        c = v.contact()
        base = v.base
        if v.base_disamb and base["displayName"] != c["displayName"]:
            v.tag("displayName", "disambiguator_dropped")
        diffs = diff_fields(base, c)
        changes = []
        order = FIELDS + ["address"] + ["address." + k for k in ADDR_FIELDS]
        for f in order:
            if f not in diffs:
                continue
            whats = v.tags.get(f)
            if f == "address":
                whats = ["added"] if c.get("address") else ["dropped"]
            if not whats:
                whats = ["reformatted"]
                self.fallback_tags += 1
            for wt in whats:
                changes.append("%s:%s" % (f, wt))
        return c, changes, copy.deepcopy(v.comp)

    def make_variant(self, base_contact, base_comp, e, src, profile, force=None):
        v = Variant(base_contact, base_comp)
        if force:
            for nme in force:
                self.apply_op(nme, v, e, src)
        else:
            self.random_ops(v, e, src, profile)
        self.apply_style(v, e, src, strength={"light": 0.6, "medium": 0.85, "harsh": 1.0}[profile])
        return self.finish(v)


# ===========================================================================
# The data set
# ===========================================================================

EXISTING_KINDS = [
    ("next_of_kin", 560), ("preneed_purchaser", 250), ("estate", 100), ("joint_spouses", 80),
    ("monument_buyer", 60), ("church", 110), ("cemetery", 55), ("insurer", 55),
    ("assignment_company", 15), ("county_program", 35), ("veterans_org", 40),
    ("nursing_hospice", 45), ("funeral_home", 50), ("florist", 25), ("monument_dealer", 20),
]
NEW_KINDS = [
    ("next_of_kin", 160), ("preneed_purchaser", 65), ("estate", 28), ("joint_spouses", 20),
    ("monument_buyer", 17), ("church", 25), ("cemetery", 12), ("insurer", 14),
    ("assignment_company", 4), ("county_program", 9), ("veterans_org", 11),
    ("nursing_hospice", 12), ("funeral_home", 12), ("florist", 6), ("monument_dealer", 5),
]
MATCH_MULT = [(1, 590), (2, 95), (3, 15)]      # 700 existing customers, 825 records
NEW_MULT = [(1, 290), (2, 95), (3, 15)]        # 400 new customers, 525 records
PROFILES = [("light", 35), ("medium", 40), ("harsh", 25)]
MIN_CHANGED_FIELDS = {"light": 1, "medium": 2, "harsh": 3}

HN_PLAN = [
    ("estate_vs_executor", 10), ("spouse_vs_estate", 9), ("sibling_share", 10),
    ("father_son_same_name", 10), ("daughter_pays", 9), ("namesake_elsewhere", 10),
    ("later_occupant", 9), ("amish_neighbour", 8), ("insurer_group_sibling", 9),
    ("parish_via_office", 8), ("same_denomination_same_city", 9), ("funeral_home_other_town", 9),
    ("proprietor_vs_firm", 8), ("resident_at_facility", 8), ("similar_name_other_trade", 8),
    ("county_other_office", 8), ("veterans_auxiliary_or_post", 8),
]

HN_RULES = {
    "estate_vs_executor": "An estate is a customer of its own: the executor who signs in the estate's name writes for the estate, and his or her own account is another customer.",
    "spouse_vs_estate": "The surviving spouse paying from his or her own account is a customer apart from the deceased's estate, even at the same house.",
    "sibling_share": "Adult children of one deceased, each paying a share under their own names, are separate customers sharing a surname, a family address and sometimes an e-mail.",
    "father_son_same_name": "Sr. and Jr. (or father and son of one name) are two customers.",
    "daughter_pays": "A widow's own pre-need contract stays her account; her daughter who pays is another customer.",
    "namesake_elsewhere": "A person of the same name in another town is another customer.",
    "later_occupant": "A later occupant of the same house or flat is another customer; only the address is shared.",
    "amish_neighbour": "Amish households share a community phone (phone shanty) and common surnames; another household is another customer.",
    "insurer_group_sibling": "Two insurers of one holding group are two customers, even at one headquarters address and mail domain.",
    "parish_via_office": "Each parish is its own customer even when the shared parish business office pays its invoices from one address.",
    "same_denomination_same_city": "Two churches of one denomination in one city are two customers.",
    "funeral_home_other_town": "Other funeral homes are customers per home: a chain's home in another town is another customer.",
    "proprietor_vs_firm": "A funeral director, florist or monument dealer paying for his or her own family is a customer apart from the firm.",
    "resident_at_facility": "A nursing-home or hospice resident buying a pre-need contract is a customer apart from the facility that refers families.",
    "similar_name_other_trade": "A similarly named business of another trade is another customer.",
    "county_other_office": "County offices and programmes are billed on their own vouchers: another office of the same county is another customer.",
    "veterans_auxiliary_or_post": "A veterans' auxiliary or another post of the same organisation is another customer than the post it resembles.",
}


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.world = World(self.rng)
        self.mut = Mutator(self.rng, self.world)
        self.existing = []          # dicts: entity, comp, contact
        self.incoming = []          # dicts: entity, contact, comp, meta

    # ------------------------------------------------------------ existing
    def render_existing(self, e):
        rng = self.rng
        if e["party"] == "person":
            comp = person_comp(e, rng)
        else:
            comp = org_comp(e)
        names = render_names(comp)
        country = existing_country(rng)
        email = e["email"]
        if email and rng.random() < 0.04:
            local, dom = email.split("@", 1)
            email = local[:1].upper() + local[1:] + "@" + dom
        contact = dict(displayName=names["displayName"], givenName=names["givenName"],
                       familyName=names["familyName"], companyName=names["companyName"],
                       email=email, phone=existing_phone(rng, e["phone"], org=e["party"] == "org"),
                       address=render_address(e["address"], rng, country))
        if e["party"] == "org" and contact["address"] and not contact["address"]["line2"] and rng.random() < 0.06:
            contact["address"]["line2"] = rng.choice(AP_DEPTS)
        return comp, contact

    def build_existing(self):
        rng, world = self.rng, self.world
        ents = []
        kinds = []
        for k, n in EXISTING_KINDS:
            kinds += [k] * n
        rng.shuffle(kinds)
        amish_forced = 34
        for k in kinds:
            if k in ("preneed_purchaser", "next_of_kin") and amish_forced > 0 and rng.random() < 0.12:
                amish_forced -= 1
                place = rng.choice([p for p in PLACES if p["kind"] == "amish"])
                e = world.new_entity(k, place=place, eth="amish")
                if not e["phone"] and rng.random() < 0.75:
                    e["phone"] = world.make_phone(place["area"])
            else:
                e = world.new_entity(k)
            ents.append(e)
        persons = [e for e in ents if e["kind"] in ("next_of_kin", "preneed_purchaser", "monument_buyer")]
        # namesakes inside the accounting system (disambiguated the QuickBooks way)
        pool = rng.sample(persons, 36)
        for i in range(0, 36, 2):
            a, b = pool[i], pool[i + 1]
            if a["amish"] or b["amish"]:
                continue
            b["given"], b["family"], b["gender"] = a["given"], a["family"], a["gender"]
            b["middle"] = world.pick_middle(b["eth"], b["gender"])
            b["suffix"] = None
            b["other_family"], b["other_kind"], b["husband_given"] = None, None, None
            if i < 10:
                b["place"] = a["place"]
                if b["address"]:
                    b["address"] = world.make_street_address(a["place"])
                if b["phone"]:
                    b["phone"] = world.make_phone(a["place"]["area"])
            if b["email"]:
                b["email"] = world.person_email(b["given"], b["family"], b["gen"], b["place"]["region"], b["byear"],
                                                gender=b["gender"])
        # Sr. / Jr. pairs
        males = [e for e in persons if e["gender"] == "M" and not e["amish"] and e not in pool]
        srjr = rng.sample(males, 5)
        for a in srjr:
            b = world.new_entity("next_of_kin", place=world.pick_place_near(a["place"], 0.7), eth=a["eth"],
                                 family=a["family"], gender="M", gen="mid" if a["gen"] == "old" else "old",
                                 given=a["given"], unique=False)
            a["suffix"], b["suffix"] = ("Sr.", "Jr.") if a["gen"] == "old" else ("Jr.", "Sr.")
            ents.remove(rng.choice([x for x in ents if x["kind"] == "next_of_kin" and x not in srjr
                                    and x not in pool and x["suffix"] is None]))
            ents.append(b)
        # parishes whose invoices are paid by a parish business office
        catholic = [e for e in ents if e["kind"] == "church" and e.get("ctype") == "catholic"]
        rng.shuffle(catholic)
        for off in PARISH_OFFICES:
            place = PLACE_BY_CITY[off["city"]]
            cands = [c for c in catholic if c["place"]["region"] == place["region"] and not c.get("parish_office")]
            if not cands:
                continue
            c = cands[0]
            c["parish_office"] = off
            c["address"] = dict(line1=off["line1"], unit=None, city=off["city"], region=place["region"],
                                zip=off["zip"], co=None)
            world.used_streets.add((norm_street(dict(line1=off["line1"])), off["zip"]))
            c["email"] = world._org_email(rng.choice(["ap", "accountspayable", "parishaccounts"]), off["domain"])
            catholic.remove(c)
        # funeral homes sold and renamed (the account stays with the home)
        fhs = [e for e in ents if e["kind"] == "funeral_home"]
        for e in rng.sample(fhs, 9):
            a = world._surname_for(e["place"])
            e["renamed"] = rng.choice(["%s Family Funeral Home", "%s Funeral Chapel", "%s-%s Funeral Home",
                                       "%s Memorial Funeral Home"]).replace("%s-%s", "%s-" + e["surname"]) % a
        assert len(ents) == N_EXISTING, len(ents)
        for e in ents:
            comp, contact = self.render_existing(e)
            if not (contact["email"] or contact["phone"] or contact["address"]):
                e["phone"] = world.make_phone(e["place"].get("area", "937"))
                contact["phone"] = existing_phone(rng, e["phone"])
            self.existing.append(dict(entity=e, comp=comp, contact=contact))
        self.disambiguate()
        self.existing.sort(key=lambda r: r["contact"]["displayName"].casefold())
        for i, r in enumerate(self.existing):
            r["index"] = i
        self.by_entity = {r["entity"]["id"]: r for r in self.existing}
        self.city_pool = {}
        for r in self.existing:
            c = city_of(r["contact"])
            if c:
                self.city_pool.setdefault(c, []).append(r["contact"])

    def disambiguate(self):
        groups = {}
        for r in self.existing:
            groups.setdefault(r["contact"]["displayName"].casefold(), []).append(r)
        taken = set(groups)
        for key in list(groups):
            rs = groups[key]
            if len(rs) < 2:
                continue
            first_city = city_of(rs[0]["contact"])
            n = 2
            for r in rs[1:]:
                city = r["contact"]["address"]["city"] if r["contact"]["address"] else None
                cities = [city_of(x["contact"]) for x in rs]
                if city and city.casefold() != first_city and cities.count(city.casefold()) == 1 \
                        and self.rng.random() < 0.7:
                    tag = "(%s)" % city
                else:
                    tag = "(%d)" % n
                    n += 1
                r["comp"]["disamb"] = tag
                names = render_names(r["comp"])
                while names["displayName"].casefold() in taken:
                    r["comp"]["disamb"] = "(%d)" % n
                    n += 1
                    names = render_names(r["comp"])
                taken.add(names["displayName"].casefold())
                r["contact"]["displayName"] = names["displayName"]

    # -------------------------------------------------------------- matches
    def pick_source(self, e):
        pairs = SOURCE_BY_KIND[e["kind"]]
        if e.get("amish"):
            # Plain families settle at the arrangement table or the monument counter, not online
            pairs = [(s, w_) for s, w_ in pairs if s in ("arrangement", "monument_pos", "preneed_app")] or \
                [("arrangement", 1)]
        return wchoice(self.rng, pairs)

    def gen_match_variant(self, base, e, src, profile, pool_fn):
        """Variant of base that shares an identifier with it or is findable by name+city."""
        rng = self.rng
        attempts = 0
        while attempts < 80:
            attempts += 1
            need = MIN_CHANGED_FIELDS[profile] if attempts <= 40 else 1
            force = None
            if profile == "harsh" and attempts <= 3 and rng.random() < 0.3:
                force = []
                if base["contact"]["email"]:
                    force.append(rng.choice(["email_new", "email_drop"]))
                if base["contact"]["phone"]:
                    force.append(rng.choice(["phone_new", "phone_drop"]))
                if base["contact"]["address"]:
                    force.append(rng.choice(["addr_moved_local", "addr_typo", "addr_number"]))
                force.append(rng.choice(["nickname", "title", "middle_toggle", "abbrev", "contact_change",
                                         "legal", "given_typo"]))
            c, changes, comp = self.mut.make_variant(base["contact"], base["comp"], e, src, profile, force=force)
            if not self.valid_contact(c, e):
                continue
            if len(set(x.split(":")[0] for x in changes)) < need:
                continue
            ev = compute_evidence(c, base["contact"])
            if ev:
                return c, changes, comp, ev, "identifier"
            if findable_by_name_city(c, base["contact"], pool_fn(c), 0.55, 0.17):
                return c, changes, comp, ev, "name+city"
        c, changes, comp = self.mut.make_variant(base["contact"], base["comp"], e, src, "light", force=[])
        ev = compute_evidence(c, base["contact"])
        assert ev, (base["contact"], c)
        return c, changes, comp, ev, "identifier"

    def valid_contact(self, c, e):
        if e["party"] == "person" and not (c["displayName"] and c["displayName"].strip()):
            return False
        if e["party"] == "org" and not c["companyName"]:
            return False
        for f in FIELDS:
            if c[f] is not None and not c[f].strip():
                return False
        a = c["address"]
        if a:
            if not a.get("line1") or not a.get("city"):
                return False
            for k in ADDR_FIELDS:
                if a.get(k) is not None and not a[k].strip():
                    return False
        return True

    def build_matches(self):
        rng = self.rng
        mults = []
        for m, n in MATCH_MULT:
            mults += [m] * n
        chosen = rng.sample(self.existing, len(mults))
        out = []
        for base, m in zip(chosen, mults):
            e = base["entity"]
            for _ in range(m):
                src = self.pick_source(e)
                profile = wchoice(rng, PROFILES)
                pool = lambda c: self.city_pool.get(city_of(c), [])
                c, changes, comp, ev, fnd = self.gen_match_variant(base, e, src, profile, pool)
                meta = dict(category="match", kind=e["kind"], party=e["party"], changes=changes,
                            source=src, profile=profile, evidence=ev, findable=fnd,
                            compare_set="existing", compare_index=base["index"])
                out.append(dict(entity=e, contact=c, comp=comp, meta=meta))
        self.matches = out

    # ------------------------------------------------------------ new ones
    def fresh_record(self, e, src):
        """First sighting of a customer: the entity as the source writes it."""
        base_comp, base_contact = self.render_existing(e)
        v = Variant(base_contact, base_comp)
        if e["party"] == "person" and src == "monument_pos" and self.rng.random() < 0.3:
            self.mut.apply_op("initials", v, e, src)
        if e["kind"] == "joint_spouses" and self.rng.random() < 0.5:
            self.mut.apply_op("joint_form", v, e, src)
        if e["kind"] == "estate" and self.rng.random() < 0.4:
            self.mut.apply_op("estate_form", v, e, src)
        if src == "insurer_intake" and e["party"] == "person" and self.rng.random() < 0.6:
            self.mut.apply_op("last_first", v, e, src)
        self.mut.apply_style(v, e, src, strength=1.0)
        c, _changes, comp = self.mut.finish(v)
        return c, comp

    def build_new(self):
        rng, world = self.rng, self.world
        kinds = []
        for k, n in NEW_KINDS:
            kinds += [k] * n
        rng.shuffle(kinds)
        mults = []
        for m, n in NEW_MULT:
            mults += [m] * n
        rng.shuffle(mults)
        out = []
        for k, m in zip(kinds, mults):
            e = world.new_entity(k)
            src = self.pick_source(e)
            c1, comp1 = self.fresh_record(e, src)
            for tries in range(20):
                if self.valid_contact(c1, e) and (c1["email"] or c1["phone"] or c1["address"]):
                    break
                c1, comp1 = self.fresh_record(e, src)
            group = [dict(entity=e, contact=c1, comp=comp1,
                          meta=dict(category="new", kind=k, party=e["party"], changes=[], source=src,
                                    occurrence=1))]
            base = dict(contact=c1, comp=comp1)
            for occ in range(2, m + 1):
                src2 = self.pick_source(e)
                profile = wchoice(rng, PROFILES)
                pool = lambda c: self.city_pool.get(city_of(c), [])
                c, changes, comp, ev, fnd = self.gen_match_variant(base, e, src2, profile, pool)
                group.append(dict(entity=e, contact=c, comp=comp,
                                  meta=dict(category="new", kind=k, party=e["party"], changes=changes,
                                            source=src2, occurrence=occ, profile=profile, evidence=ev,
                                            findable=fnd, compare_set="incoming")))
            out.append(group)
        self.new_groups = out

    # ------------------------------------------------------- hard negatives
    def _pick(self, used, pred):
        cands = [r for r in self.existing if r["entity"]["id"] not in used and pred(r["entity"], r["contact"])]
        if not cands:
            return None
        return self.rng.choice(cands)

    def _person_like(self, kind, **kw):
        e = self.world.new_person(kind, **kw)
        e["id"] = self.world.new_id()
        return e

    def _gender_of(self, given):
        fem = set(FEMALE_OLD + FEMALE_MID + AA_FEMALE_OLD + AA_FEMALE_MID + AMISH_FEMALE + HISP_FEMALE)
        return "F" if given in fem else "M"

    def hn_estate_vs_executor(self, used):
        rng, w = self.rng, self.world
        if rng.random() < 0.5:
            r = self._pick(used, lambda e, c: e["kind"] == "estate" and (c["email"] or e.get("addr_is_exec")))
            if r:
                E = r["entity"]
                h = copy.deepcopy(E["exec"])
                h["kind"] = "next_of_kin"
                h["id"] = w.new_id()
                return r, h, None, [], ["email", "address", "phone"]
        r = self._pick(used, lambda e, c: e["kind"] == "next_of_kin" and e["gen"] == "mid" and not e["amish"]
                       and (c["email"] or c["address"]))
        if not r:
            return None
        P = r["entity"]
        fam = P["family"] if (P["gender"] == "M" or rng.random() < 0.5) else None
        est = self._person_like("estate", place=w.pick_place_near(P["place"], 0.6), eth=P["eth"], family=fam,
                                gen="old", unique=False)
        if est["gender"] == "F":
            est["suffix"] = None
        est["exec"] = P
        est["email"] = P["email"]
        est["phone"] = P["phone"] if rng.random() < 0.7 else est["phone"]
        if P["address"]:
            a = dict(P["address"])
            a["co"] = ("%s %s" % (P["given"], P["family"])) if rng.random() < 0.7 else None
            est["address"] = a
        est["addr_is_exec"] = True
        return r, est, None, [], ["email", "address"]

    def hn_spouse_vs_estate(self, used):
        rng, w = self.rng, self.world
        if rng.random() < 0.5:
            r = self._pick(used, lambda e, c: e["kind"] == "estate" and not e.get("addr_is_exec") and c["address"])
            if r:
                E = r["entity"]
                g = "M" if E["gender"] == "F" else "F"
                h = self._person_like("next_of_kin", place=E["place"], eth=E["eth"], family=E["family"], gender=g,
                                      gen="old", unique=False)
                h["address"] = dict(E["address"])
                if E["phone"] and E["phone"] != E["exec"].get("phone") and rng.random() < 0.6:
                    h["phone"] = E["phone"]
                return r, h, None, ["address", "familyName"], []
        r = self._pick(used, lambda e, c: e["kind"] in ("next_of_kin", "preneed_purchaser") and e["gen"] == "old"
                       and not e["amish"] and c["address"] and not e["address"].get("co"))
        if not r:
            return None
        P = r["entity"]
        g = "M" if P["gender"] == "F" else "F"
        given = P.get("husband_given") if g == "M" and P.get("husband_given") else None
        est = self._person_like("estate", place=P["place"], eth=P["eth"], family=P["family"], gender=g,
                                gen="old", given=given, unique=False)
        if g == "F":
            est["suffix"] = None
        est["exec"] = P
        est["address"] = dict(P["address"])
        if rng.random() < 0.35:
            est["address"]["co"] = "%s %s" % (P["given"], P["family"])
        est["email"] = P["email"] if rng.random() < 0.5 else None
        est["phone"] = P["phone"] if rng.random() < 0.6 else None
        est["addr_is_exec"] = True
        return r, est, None, ["address", "familyName"], []

    def hn_sibling_share(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["kind"] == "next_of_kin" and e["gen"] == "mid" and not e["amish"]
                       and e["family"] and c["familyName"])
        if not r:
            return None
        P = r["entity"]
        for _ in range(20):
            h = self._person_like("next_of_kin", place=self.world.pick_place_near(P["place"], 0.5), eth=P["eth"],
                                  family=P["family"], gen="mid", unique=True)
            if h["given"] != P["given"]:
                break
        else:
            return None
        x = rng.random()
        if x < 0.5 and P["address"]:
            h["address"] = dict(P["address"])
            h["place"] = P["place"]
        if rng.random() < 0.3 and P["email"]:
            h["email"] = P["email"]
        return r, h, None, ["familyName"], []

    def hn_father_son_same_name(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["kind"] in ("next_of_kin", "preneed_purchaser", "monument_buyer")
                       and e["gender"] == "M" and not e["amish"] and e["suffix"] in (None, "Sr.", "Jr.")
                       and c["givenName"] and c["familyName"])
        if not r:
            return None
        P = r["entity"]
        h = self._person_like(rng.choice(["next_of_kin", "preneed_purchaser"]),
                              place=self.world.pick_place_near(P["place"], 0.7), eth=P["eth"],
                              family=P["family"], given=P["given"], gender="M",
                              gen="mid" if P["gen"] == "old" else "old", unique=False)
        if P["suffix"] == "Sr.":
            h["suffix"] = "Jr."
        elif P["suffix"] == "Jr.":
            h["suffix"] = "Sr."
        else:
            h["suffix"] = "Jr." if P["gen"] == "old" else "Sr."
        if rng.random() < 0.5:
            h["middle"] = P["middle"]
        if P["address"] and rng.random() < 0.35:
            h["address"] = dict(P["address"])
            h["place"] = P["place"]
        if P["phone"] and rng.random() < 0.2:
            h["phone"] = P["phone"]
        return r, h, None, ["name", "familyName"], []

    def hn_daughter_pays(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["kind"] == "preneed_purchaser" and e["gender"] == "F"
                       and e["gen"] == "old" and not e["amish"])
        if not r:
            return None
        P = r["entity"]
        fam = P["family"] if rng.random() < 0.45 else None
        h = self._person_like("next_of_kin", place=self.world.pick_place_near(P["place"], 0.5), eth=P["eth"],
                              family=fam, gender="F", gen="mid", unique=fam is None)
        if fam is None and h.get("other_kind") is None:
            h["other_family"], h["other_kind"] = P["family"], "maiden"
        if P["address"] and (rng.random() < 0.5 or fam is None and not P["phone"]):
            h["address"] = dict(P["address"])
            h["place"] = P["place"]
        if P["phone"] and rng.random() < 0.35:
            h["phone"] = P["phone"]
        return r, h, None, [], ["familyName", "address", "phone"]

    def hn_namesake_elsewhere(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] in ("next_of_kin", "preneed_purchaser", "monument_buyer")
                       and not e["amish"] and c["address"] and c["givenName"] and c["familyName"]
                       and e["suffix"] is None)
        if not r:
            return None
        P = r["entity"]
        place = w.pick_place(region=None if rng.random() < 0.5 else P["place"]["region"], exclude=P["place"]["city"])
        h = self._person_like(rng.choice(["next_of_kin", "preneed_purchaser", "monument_buyer"]), place=place,
                              family=P["family"], given=P["given"], gender=P["gender"], unique=False)
        if not h["address"]:
            h["address"] = w.make_street_address(place)
        return r, h, None, ["name"], []

    def hn_later_occupant(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["party"] == "person" and e["kind"] != "estate" and c["address"]
                       and e["address"] and not e["address"].get("co")
                       and re.match(r"^\d", e["address"]["line1"]))
        if not r:
            return None
        P = r["entity"]
        for _ in range(20):
            h = self._person_like(rng.choice(["next_of_kin", "preneed_purchaser"]), place=P["place"])
            if h["family"] != P["family"]:
                break
        else:
            return None
        h["address"] = dict(P["address"])
        return r, h, None, ["address"], []

    def hn_amish_neighbour(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e.get("amish") and c["phone"])
        if not r:
            return None
        P = r["entity"]
        fam = P["family"] if rng.random() < 0.6 else None
        same_given = rng.random() < 0.4
        h = self._person_like(rng.choice(["next_of_kin", "preneed_purchaser"]), place=P["place"], eth="amish",
                              family=fam, given=P["given"] if same_given else None,
                              gender=P["gender"] if same_given else None, unique=False)
        if same_given:
            h["middle"] = rng.choice([x for x in AMISH_INITIALS if x != P["middle"]])
        h["phone"] = P["phone"]
        h["email"] = None
        return r, h, None, ["phone"], []

    def hn_insurer_group_sibling(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "insurer")
        if not r:
            return None
        A = r["entity"]
        h = w.new_insurer(stem=A["stem"], form=rng.choice(INSURER_GROUP_SIBLING_FORMS), oc=A["place"])
        h["id"] = w.new_id()
        h["domain"] = A["domain"]
        alocal = A["email"].split("@")[0] if A["email"] else ""
        h["email"] = w._org_email(rng.choice([x for x in ["claims", "funeralclaims", "benefits", "lifeclaims",
                                                          "policyservice"] if x != alocal]), A["domain"])
        if rng.random() < 0.5:
            h["address"] = dict(A["address"])
        return r, h, A["stem"], ["email_domain"], []

    def hn_parish_via_office(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "church" and e.get("parish_office"))
        if not r:
            return None
        A = r["entity"]
        off = A["parish_office"]
        oplace = PLACE_BY_CITY[off["city"]]
        near = [p for p in PLACES if p["region"] == oplace["region"] and p["county"] == oplace["county"]]
        h = w.new_church(place=rng.choice(near), ctype="catholic", exclude_names=(A["name"],))
        h["id"] = w.new_id()
        h["parish_office"] = off
        h["address"] = dict(A["address"])
        if rng.random() < 0.5 and A["email"]:
            h["email"] = A["email"]
        else:
            h["email"] = w._org_email(slug(h["stem"])[:16], off["domain"])
        return r, h, None, ["address"], []

    def hn_same_denomination_same_city(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "church" and e.get("ctype") in ("baptist", "ame", "protestant")
                       and e["denom"].casefold() in e["name"].casefold())
        if not r:
            return None
        A = r["entity"]
        try:
            h = w.new_church(place=A["place"], ctype=A["ctype"], denom=A["denom"], exclude_names=(A["name"],))
        except RuntimeError:
            return None
        h["id"] = w.new_id()
        return r, h, A["denom"], ["city"], []

    def _org_like(self, kind, name, stem, place, A=None, share_domain=False):
        rng, w = self.rng, self.world
        if not w._unique_org(name, place["city"]):
            return None
        h = w._org_base(kind, name, stem, place)
        h["address"] = w.make_street_address(place, allow_unit=False, allow_box=False, business=True)
        h["phone"] = w.make_phone(place["area"])
        if share_domain and A and A.get("domain"):
            h["domain"] = A["domain"]
            alocal = A["email"].split("@")[0] if A["email"] else ""
            h["email"] = w._org_email(rng.choice([x for x in ["office", "info", "director", "arrangements",
                                                              slug(place["city"])[:10]] if x != alocal]), A["domain"])
        elif rng.random() < 0.5:
            h["domain"] = w._domain(name, ".com")
            h["email"] = w._org_email(rng.choice(["info", "office", "orders"]), h["domain"])
        else:
            h["email"] = w._free_org_email(name[:20], place["region"])
        h["contact"] = w._contact(place) if rng.random() < 0.7 else None
        h["alt_contacts"] = [w._contact(place) for _ in range(2)]
        h["id"] = w.new_id()
        return h

    def hn_funeral_home_other_town(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "funeral_home" and not e.get("renamed"))
        if not r:
            return None
        A = r["entity"]
        place = w.pick_place_near(A["place"], 0.0)
        if place["city"] == A["place"]["city"]:
            return None
        name = A["name"] + rng.choice([" - %s", " of %s", " (%s Chapel)", ", %s Chapel", " - %s Chapel"]) % place["city"]
        h = self._org_like("funeral_home", name, A["stem"], place, A, share_domain=True)
        if not h:
            return None
        h["surname"] = A["surname"]
        return r, h, A["stem"], [], []

    def hn_proprietor_vs_firm(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["kind"] in ("funeral_home", "florist", "monument_dealer")
                       and e.get("contact") and e.get("owner") == e.get("contact") and c["givenName"])
        if not r:
            return None
        A = r["entity"]
        g, f = A["owner"]
        h = self._person_like(rng.choice(["preneed_purchaser", "next_of_kin"]), place=A["place"], eth="general",
                              family=f, given=g, gender=self._gender_of(g), gen="mid", unique=False)
        if rng.random() < 0.35:
            h["phone"] = A["phone"]
        if not h["address"]:
            h["address"] = self.world.make_street_address(A["place"])
        return r, h, None, ["name", "familyName"], []

    def hn_resident_at_facility(self, used):
        rng = self.rng
        r = self._pick(used, lambda e, c: e["kind"] == "nursing_hospice" and c["address"])
        if not r:
            return None
        A = r["entity"]
        h = self._person_like("preneed_purchaser", place=A["place"], gen="old")
        h["address"] = dict(A["address"])
        h["address"]["unit"] = None
        if rng.random() < 0.5:
            h["phone"] = A["phone"]
        return r, h, None, ["address"], []

    def hn_similar_name_other_trade(self, used):
        rng, w = self.rng, self.world
        ok_kinds = ("cemetery", "florist", "nursing_hospice", "monument_dealer", "funeral_home")

        def stem_of(e):
            s = e.get("surname") if e["kind"] == "funeral_home" else e["stem"]
            return s if s and s.casefold() in e["name"].casefold() and "County" not in s and "St." not in s else None
        r = self._pick(used, lambda e, c: e["kind"] in ok_kinds and stem_of(e))
        if not r:
            return None
        A = r["entity"]
        s = stem_of(A)
        choices = {
            "cemetery": [("florist", "%s Florist"), ("florist", "%s Flowers & Gifts"), ("nursing_hospice", "%s Manor"),
                         ("monument_dealer", "%s Monument Co."), ("nursing_hospice", "%s Care Center")],
            "florist": [("cemetery", "%s Memorial Gardens"), ("nursing_hospice", "%s Senior Living"),
                        ("monument_dealer", "%s Memorials")],
            "nursing_hospice": [("florist", "%s Florist"), ("cemetery", "%s Cemetery Association"),
                                ("monument_dealer", "%s Granite & Memorials")],
            "monument_dealer": [("florist", "%s Florist & Gifts"), ("nursing_hospice", "%s Hospice"),
                                ("cemetery", "%s Memorial Park")],
            "funeral_home": [("monument_dealer", "%s Monument Co."), ("florist", "%s's Flower Shop"),
                             ("monument_dealer", "%s Vault & Septic"), ("florist", "%s Greenhouse & Florist")],
        }[A["kind"]]
        kind, fmt = rng.choice(choices)
        name = fmt % s
        place = w.pick_place_near(A["place"], 0.6)
        h = self._org_like(kind, name, s, place)
        if not h:
            return None
        return r, h, s, [], []

    def hn_county_other_office(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "county_program" and e.get("county"))
        if not r:
            return None
        A = r["entity"]
        try:
            h = w.new_county_office(county=A["county"], region=A["place"]["region"])
        except RuntimeError:
            return None
        h["id"] = w.new_id()
        if rng.random() < 0.4:
            h["address"] = dict(A["address"])
        return r, h, A["stem"], [], []

    def hn_veterans_auxiliary_or_post(self, used):
        rng, w = self.rng, self.world
        r = self._pick(used, lambda e, c: e["kind"] == "veterans_org")
        if not r:
            return None
        A = r["entity"]
        if rng.random() < 0.6:
            aux = {"Vietnam Veterans of America Chapter {n}": "Vietnam Veterans of America Chapter {n} Associates",
                   "Polish Legion of American Veterans Post {n}": "Polish Legion of American Veterans Ladies Auxiliary {n}"}
            fmt = aux.get(A["post_form"], VETERANS_AUX[A["post_form"]])
            name = fmt.format(n=A["post_n"])
            h = self._org_like("veterans_org", name, A["stem"], A["place"])
            if not h:
                return None
            h["address"] = dict(A["address"])
            if A["phone"] and rng.random() < 0.3:
                h["phone"] = A["phone"]
            h["contact"] = w._contact(A["place"], gender="F", gen="old")
            h["email"] = w._free_org_email(slug(name)[:18], A["place"]["region"])
        else:
            try:
                h = w.new_veterans(place=A["place"], form=A["post_form"])
            except RuntimeError:
                return None
            h["id"] = w.new_id()
        return r, h, A["stem"], [], []

    def hn_record(self, e, src):
        base_comp, base_contact = self.render_existing(e)
        v = Variant(base_contact, base_comp)
        self.mut.apply_style(v, e, src, strength=0.8)
        c, _changes, comp = self.mut.finish(v)
        return c, comp

    def build_hard_negatives(self):
        rng = self.rng
        used = set()
        out = []
        strong = ("name", "familyName", "email", "phone", "address", "company_stem")
        for hn_type, n in HN_PLAN:
            made = 0
            guard = 0
            while made < n:
                guard += 1
                if guard > 500:
                    raise RuntimeError("cannot build hard negatives of type " + hn_type)
                res = getattr(self, "hn_" + hn_type)(used)
                if res is None:
                    continue
                anchor, e, stem, need_all, need_any = res
                if e.get("id") is None:
                    e["id"] = self.world.new_id()
                src = self.pick_source(e)
                for _ in range(10):
                    c, comp = self.hn_record(e, src)
                    if not self.valid_contact(c, e):
                        continue
                    shared = compute_shared(c, anchor["contact"])
                    if stem:
                        if (c["companyName"] and anchor["contact"]["companyName"]
                                and stem.casefold() in c["companyName"].casefold()
                                and stem.casefold() in anchor["contact"]["companyName"].casefold()):
                            shared.append("company_stem")
                        else:
                            continue
                    if not all(x in shared for x in need_all):
                        continue
                    if need_any and not any(x in shared for x in need_any):
                        continue
                    if not any(x in shared for x in strong):
                        continue
                    if hn_type == "namesake_elsewhere" and "city" in shared:
                        continue
                    if hn_type == "later_occupant" and "familyName" in shared:
                        continue
                    break
                else:
                    continue
                used.add(anchor["entity"]["id"])
                changes = ["%s:other_customer" % f for f in diff_fields(anchor["contact"], c)]
                order = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
                shared = [x for x in order if x in shared]
                meta = dict(category="hard_negative", kind=e["kind"], party=e["party"], changes=changes,
                            source=src, anchor=anchor["entity"]["id"], anchor_index=anchor["index"],
                            hn_type=hn_type, rule=HN_RULES[hn_type], shared=shared)
                if stem:
                    meta["stem"] = stem
                out.append(dict(entity=e, contact=c, comp=comp, meta=meta))
                made += 1
        self.hard_negatives = out

    # ------------------------------------------------------------- assembly
    def build(self):
        self.build_existing()
        self.build_matches()
        self.build_new()
        self.build_hard_negatives()
        rng = self.rng
        records = list(self.matches) + [r for g in self.new_groups for r in g] + list(self.hard_negatives)
        assert len(records) == N_INCOMING, len(records)
        rng.shuffle(records)
        # the first sighting of a new customer comes first in the feed
        positions = {}
        for i, r in enumerate(records):
            if r["meta"]["category"] == "new":
                positions.setdefault(r["entity"]["id"], []).append(i)
        for g in self.new_groups:
            pos = positions[g[0]["entity"]["id"]]
            for p, r in zip(sorted(pos), g):
                records[p] = r
        first_index = {}
        for i, r in enumerate(records):
            r["index"] = i
            m = r["meta"]
            if m["category"] == "new":
                if m["occurrence"] == 1:
                    first_index[r["entity"]["id"]] = i
                else:
                    m["compare_index"] = first_index[r["entity"]["id"]]
        self.incoming_records = records

    # --------------------------------------------------------------- output
    @staticmethod
    def out_contact(c):
        a = c.get("address")
        addr = None
        if a is not None:
            addr = {k: a.get(k) for k in ADDR_FIELDS}
        return {"displayName": c["displayName"], "givenName": c["givenName"], "familyName": c["familyName"],
                "companyName": c["companyName"], "email": c["email"], "phone": c["phone"], "address": addr}

    def write(self, outdir):
        set_lines, meta_lines = [], []
        for r in self.existing:
            e = r["entity"]
            set_lines.append({"set": "existing", "entity": e["id"], "contact": self.out_contact(r["contact"])})
            meta_lines.append({"set": "existing", "index": r["index"], "entity": e["id"], "category": "existing",
                               "kind": e["kind"], "party": e["party"], "changes": []})
        meta_order = ["source", "profile", "evidence", "findable", "compare_set", "compare_index", "occurrence",
                      "anchor", "anchor_index", "hn_type", "rule", "shared", "stem"]
        for r in self.incoming_records:
            e, m = r["entity"], r["meta"]
            set_lines.append({"set": "incoming", "entity": e["id"], "contact": self.out_contact(r["contact"])})
            ml = {"set": "incoming", "index": r["index"], "entity": e["id"], "category": m["category"],
                  "kind": m["kind"], "party": m["party"], "changes": m["changes"]}
            for k in meta_order:
                if k in m:
                    ml[k] = m[k]
            meta_lines.append(ml)
        os.makedirs(outdir, exist_ok=True)
        with open(os.path.join(outdir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for l in set_lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for l in meta_lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        return len(set_lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                    help="output directory (default: the folder of gen.py)")
    args = ap.parse_args()
    b = Builder(SEED)
    b.build()
    n = b.write(args.out)
    cats = {}
    for r in b.incoming_records:
        cats[r["meta"]["category"]] = cats.get(r["meta"]["category"], 0) + 1
    sys.stderr.write("wrote %d records to %s (incoming: %s; untagged diffs: %d)\n"
                     % (n, args.out, ", ".join("%s=%d" % kv for kv in sorted(cats.items())),
                        b.mut.fallback_tags))


if __name__ == "__main__":
    main()
