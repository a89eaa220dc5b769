#!/usr/bin/env python3
"""gen.py - synthetic, fully labelled customer record-linkage benchmark.

Scenario: an invented Sao Paulo distributor of office, cleaning and IT supplies and
maintenance services keeps its customers in QuickBooks Online (Brazil).  "existing"
is the bookkeeper's customer list, "incoming" are records from the web shop, the sales
reps' app and NF-e imports that must be linked (or recognised as new customers).

Python 3 standard library only.  One random.Random(SEED); no set is ever iterated, so
the output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR  -> writes them into DIR
"""
import argparse
import copy
import json
import os
import random
import re
import unicodedata

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH = 825
N_HN_EACH = 15
NEW_PLAN = [1] * 330 + [2] * 75 + [3] * 15          # 420 new customers, 525 records
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]

# =========================================================================== text helpers
def strip_acc(s):
    """Drop diacritics for display (keeps symbols such as the ordinal sign)."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))

def fold(s):
    """Comparison form: accents removed, casefolded, spaces collapsed."""
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())

def lev(a, b):
    if a == b: return 0
    if len(a) < len(b): a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1): cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def within_one(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 1: return False
    if la == lb: return sum(1 for x, y in zip(a, b) if x != y) <= 1
    if la > lb: a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]: i += 1
    return a[i:] == b[i + 1:]
def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))
def wpick(pairs):
    return R.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]
def wshuffle(items, weights):
    keyed = [(R.random() ** (1.0 / w), i) for i, w in zip(items, weights)]
    keyed.sort(key=lambda t: -t[0])
    return [i for _, i in keyed]

# =========================================================================== places
UF_NAME = {"SP": "São Paulo", "RJ": "Rio de Janeiro", "MG": "Minas Gerais", "PR": "Paraná",
           "SC": "Santa Catarina", "RS": "Rio Grande do Sul", "BA": "Bahia", "PE": "Pernambuco",
           "DF": "Distrito Federal", "GO": "Goiás"}
# city, UF, DDD, CEP 5-digit prefix ranges, weight
TOWNS = [
    ("São Paulo", "SP", 11, [(1001, 5899), (8010, 8490)], 45),
    ("Campinas", "SP", 19, [(13010, 13139)], 4), ("Guarulhos", "SP", 11, [(7010, 7299)], 2),
    ("Osasco", "SP", 11, [(6010, 6299)], 1), ("Santo André", "SP", 11, [(9010, 9295)], 1),
    ("São Bernardo do Campo", "SP", 11, [(9600, 9899)], 1), ("Jundiaí", "SP", 11, [(13200, 13219)], 1),
    ("Sorocaba", "SP", 15, [(18010, 18109)], 2), ("Ribeirão Preto", "SP", 16, [(14010, 14114)], 2),
    ("São José dos Campos", "SP", 12, [(12210, 12248)], 2), ("Santos", "SP", 13, [(11010, 11095)], 2),
    ("Piracicaba", "SP", 19, [(13400, 13424)], 1), ("Bauru", "SP", 14, [(17010, 17099)], 1),
    ("São José do Rio Preto", "SP", 17, [(15010, 15099)], 1), ("Limeira", "SP", 19, [(13480, 13489)], 1),
    ("Americana", "SP", 19, [(13465, 13479)], 1), ("Indaiatuba", "SP", 19, [(13330, 13349)], 1),
    ("Itu", "SP", 11, [(13300, 13314)], 1), ("Taubaté", "SP", 12, [(12010, 12119)], 1),
    ("Presidente Prudente", "SP", 18, [(19010, 19099)], 1), ("Marília", "SP", 14, [(17500, 17529)], 1),
    ("Araraquara", "SP", 16, [(14800, 14811)], 1), ("São Carlos", "SP", 16, [(13560, 13575)], 1),
    ("Franca", "SP", 16, [(14400, 14414)], 1), ("Barueri", "SP", 11, [(6400, 6499)], 1),
    ("Mogi das Cruzes", "SP", 11, [(8700, 8899)], 1), ("Botucatu", "SP", 14, [(18600, 18619)], 1),
    ("Atibaia", "SP", 11, [(12940, 12954)], 1),
    ("Rio de Janeiro", "RJ", 21, [(20010, 23799)], 6), ("Niterói", "RJ", 21, [(24020, 24370)], 1),
    ("Petrópolis", "RJ", 24, [(25600, 25779)], 1), ("Nova Iguaçu", "RJ", 21, [(26010, 26099)], 1),
    ("Campos dos Goytacazes", "RJ", 22, [(28010, 28099)], 1),
    ("Belo Horizonte", "MG", 31, [(30110, 31999)], 5), ("Contagem", "MG", 31, [(32010, 32399)], 1),
    ("Uberlândia", "MG", 34, [(38400, 38415)], 1), ("Juiz de Fora", "MG", 32, [(36010, 36099)], 1),
    ("Curitiba", "PR", 41, [(80010, 82999)], 4), ("Londrina", "PR", 43, [(86010, 86099)], 1),
    ("Maringá", "PR", 44, [(87010, 87099)], 1), ("Ponta Grossa", "PR", 42, [(84010, 84099)], 1),
    ("Florianópolis", "SC", 48, [(88010, 88099)], 2), ("Joinville", "SC", 47, [(89200, 89239)], 2),
    ("Blumenau", "SC", 47, [(89010, 89099)], 1), ("Criciúma", "SC", 48, [(88800, 88819)], 1),
    ("Porto Alegre", "RS", 51, [(90010, 91999)], 4), ("Caxias do Sul", "RS", 54, [(95010, 95129)], 1),
    ("Canoas", "RS", 51, [(92010, 92479)], 1), ("Pelotas", "RS", 53, [(96010, 96099)], 1),
    ("Salvador", "BA", 71, [(40010, 42499)], 4), ("Feira de Santana", "BA", 75, [(44001, 44099)], 1),
    ("Vitória da Conquista", "BA", 77, [(45000, 45099)], 1),
    ("Recife", "PE", 81, [(50010, 52999)], 4), ("Olinda", "PE", 81, [(53010, 53299)], 1),
    ("Jaboatão dos Guararapes", "PE", 81, [(54010, 54499)], 1), ("Caruaru", "PE", 81, [(55002, 55099)], 1),
    ("Brasília", "DF", 61, [(70040, 72799)], 4),
    ("Goiânia", "GO", 62, [(74010, 74899)], 3), ("Anápolis", "GO", 62, [(75010, 75149)], 1),
    ("Aparecida de Goiânia", "GO", 62, [(74900, 74999)], 1),
]
CAPITALS = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Florianópolis", "Porto Alegre", "Salvador",
            "Recife", "Brasília", "Goiânia"]
BAIRROS = {
    "São Paulo": ["Bela Vista", "Consolação", "Jardim Paulista", "Pinheiros", "Vila Mariana", "Moema", "Santana",
                  "Tatuapé", "Mooca", "Lapa", "Perdizes", "Ipiranga", "Brás", "Bom Retiro", "Liberdade",
                  "Itaim Bibi", "Vila Madalena", "Butantã", "Santo Amaro", "Penha", "Vila Prudente",
                  "Freguesia do Ó", "Campo Belo", "Saúde", "Jabaquara", "Cambuci", "Aclimação", "Barra Funda",
                  "Água Branca", "Vila Olímpia", "Brooklin", "Cerqueira César", "Vila Leopoldina"],
    "Rio de Janeiro": ["Copacabana", "Botafogo", "Tijuca", "Centro", "Barra da Tijuca", "Méier", "Madureira",
                       "Flamengo", "Laranjeiras", "Leblon", "Ipanema", "Vila Isabel", "Campo Grande", "Jacarepaguá"],
    "Belo Horizonte": ["Savassi", "Funcionários", "Lourdes", "Centro", "Pampulha", "Santa Efigênia", "Barro Preto",
                       "Buritis", "Floresta", "Sion", "Santo Agostinho"],
    "Curitiba": ["Batel", "Centro", "Água Verde", "Bigorrilho", "Portão", "Boa Vista", "Cabral", "Rebouças",
                 "Santa Felicidade", "Juvevê"],
    "Porto Alegre": ["Moinhos de Vento", "Centro Histórico", "Petrópolis", "Menino Deus", "Cidade Baixa",
                     "Bom Fim", "Navegantes", "Tristeza"],
    "Salvador": ["Barra", "Pituba", "Rio Vermelho", "Itaigara", "Comércio", "Graça", "Brotas", "Ondina", "Stiep"],
    "Recife": ["Boa Viagem", "Espinheiro", "Graças", "Boa Vista", "Santo Amaro", "Pina", "Madalena", "Torre",
               "Derby", "Parnamirim"],
    "Brasília": ["Asa Sul", "Asa Norte", "Lago Sul", "Sudoeste", "Taguatinga", "Águas Claras", "Guará",
                 "Cruzeiro", "Noroeste"],
    "Goiânia": ["Setor Bueno", "Setor Oeste", "Setor Marista", "Centro", "Jardim Goiás", "Setor Sul"],
    "Florianópolis": ["Centro", "Trindade", "Coqueiros", "Estreito", "Ingleses", "Itacorubi", "Saco dos Limões"],
}
GENERIC_BAIRROS = ["Centro", "Jardim América", "Vila Nova", "Jardim Europa", "Vila Industrial", "Jardim Paulista",
                   "Parque Industrial", "Vila Santa Cecília", "Jardim das Flores", "Bela Vista", "Boa Vista",
                   "São Judas", "Jardim Santa Rosa", "Cidade Nova", "Vila Rica", "Jardim Bela Vista",
                   "Distrito Industrial", "Jardim São Paulo", "Vila Maria", "Jardim Primavera", "Vila São José",
                   "Parque São Jorge", "Jardim Planalto", "Jardim Brasil", "Vila Esperança"]
STREETS = [("Rua", s) for s in [
    "XV de Novembro", "Sete de Setembro", "Tiradentes", "São Bento", "Dom Pedro II", "Marechal Deodoro",
    "Barão do Rio Branco", "Santos Dumont", "Duque de Caxias", "Floriano Peixoto", "Benjamin Constant",
    "das Flores", "das Palmeiras", "dos Andradas", "José Bonifácio", "Rui Barbosa", "Padre Anchieta",
    "Coronel Oliveira Lima", "Doutor Arnaldo Pereira", "Bahia", "Paraná", "Amazonas", "Minas Gerais", "Goiás",
    "Professor Lima Barros", "General Osório", "Senador Feijó", "Capitão Salomão", "Tenente Silveira",
    "Santa Cruz", "Santo Antônio", "Voluntários da Pátria", "da Paz", "do Comércio", "Pernambuco", "Sergipe",
    "Alagoas", "Piauí", "Ceará", "Mato Grosso", "Quintino Bocaiúva", "Visconde de Mauá", "Conselheiro Crispiniano",
    "Joaquim Nabuco", "Castro Alves", "Aurora", "Boa Vista", "Primavera", "das Acácias", "dos Ipês",
    "das Orquídeas", "dos Jasmins", "das Margaridas", "dos Girassóis", "Governador Pedro Toledo"]] + [
    ("Avenida", s) for s in ["Brasil", "Presidente Vargas", "Getúlio Vargas", "da Independência", "das Nações",
                             "Nossa Senhora de Fátima", "Rio Branco", "Ipiranga", "Marechal Floriano",
                             "Santa Catarina", "Brigadeiro Lima e Silva"]] + [
    ("Alameda", "dos Anjos"), ("Alameda", "das Rosas"), ("Travessa", "São José"), ("Travessa", "do Mercado"),
    ("Largo", "do Rosário"), ("Estrada", "Velha"), ("Estrada", "dos Romeiros")]
SP_STREETS = [("Rua", "Augusta"), ("Avenida", "Paulista"), ("Rua", "da Consolação"), ("Avenida", "Rebouças"),
              ("Avenida", "Brigadeiro Faria Lima"), ("Rua", "Teodoro Sampaio"), ("Rua", "Vergueiro"),
              ("Rua", "Domingos de Morais"), ("Alameda", "Santos"), ("Rua", "Oscar Freire"),
              ("Avenida", "Ibirapuera"), ("Rua", "Haddock Lobo"), ("Alameda", "Lorena"),
              ("Rua", "Cardeal Arcoverde"), ("Avenida", "Angélica"), ("Rua", "Tuiuti"), ("Avenida", "Celso Garcia"),
              ("Rua", "Bresser"), ("Rua", "da Mooca"), ("Avenida", "Santo Amaro"), ("Rua", "Clélia"),
              ("Estrada", "do Campo Limpo"), ("Avenida", "Engenheiro Luís Carlos Berrini"), ("Rua", "Pamplona"),
              ("Avenida", "Jabaquara"), ("Rua", "Cerro Corá"), ("Avenida", "Sumaré"), ("Rua", "Maria Antônia")]
COMMERCIAL = [s for s in STREETS if s[0] == "Avenida"] + [("Rua", "XV de Novembro"), ("Rua", "Marechal Deodoro")]
SQUARES = ["da Matriz", "da Bandeira", "Cívica", "dos Expedicionários", "Dom José Gaspar", "Getúlio Vargas"]
ROADS = {"SP": ["SP-330", "SP-348", "SP-280", "SP-075", "SP-101"], "RJ": ["BR-116", "RJ-106"],
         "MG": ["BR-381", "BR-040"], "PR": ["BR-277", "BR-376"], "SC": ["BR-101", "SC-401"],
         "RS": ["BR-116", "RS-118"], "BA": ["BR-324", "BA-099"], "PE": ["BR-232", "PE-015"],
         "DF": ["DF-003", "BR-070"], "GO": ["BR-153", "GO-060"]}
STYPE_ABBR = {"Rua": "R.", "Avenida": "Av.", "Alameda": "Al.", "Travessa": "Trav.", "Praça": "Pça.",
              "Estrada": "Estr.", "Rodovia": "Rod.", "Largo": "Lgo."}
SNAME_ABBR = {"Presidente": "Pres.", "Marechal": "Mal.", "Coronel": "Cel.", "Doutor": "Dr.", "Padre": "Pe.",
              "Professor": "Prof.", "General": "Gen.", "Senador": "Sen.", "Governador": "Gov.",
              "Engenheiro": "Eng.", "Santo": "Sto.", "Santa": "Sta.", "Nossa": "N.", "Senhora": "Sra.",
              "Capitão": "Cap.", "Tenente": "Ten.", "Brigadeiro": "Brig.", "Conselheiro": "Cons.",
              "Visconde": "Visc."}
COMP_FORMS = {"Apto": ["Apto", "Ap.", "Apto.", "Apartamento", "ap"], "Sala": ["Sala", "Sl.", "sala", "Sl", "Sala"],
              "Conj.": ["Conj.", "Cj.", "Conjunto", "cj", "Conj"], "Loja": ["Loja", "Lj.", "loja", "Lj", "Loja"],
              "Bloco": ["Bloco", "Bl.", "Bloco", "Bl", "bloco"], "Casa": ["Casa", "Casa", "casa", "Casa", "Casa"],
              "Galpão": ["Galpão", "Galpao", "Galpão", "galpão", "Galpão"]}

# =========================================================================== people
GIVEN_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
           "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo", "Manoel",
           "Mateus", "André", "Fernando", "Fábio", "Leonardo", "Gustavo", "Guilherme", "Leandro", "Tiago",
           "Anderson", "Ricardo", "Márcio", "Jorge", "Sebastião", "Alexandre", "Roberto", "Edson", "Diego", "Vitor",
           "Sérgio", "Cláudio", "Renato", "Otávio", "Vinícius", "Júlio", "Augusto", "Henrique", "Rogério",
           "Wellington", "Adriano", "Wagner", "Reinaldo", "Benedito", "Geraldo", "Joaquim", "Osvaldo", "Valdir",
           "Nelson", "Caio", "Murilo", "Heitor", "Davi", "Arthur", "Samuel", "Hélio", "Milton", "Gilberto", "Douglas"]
GIVEN_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
           "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Luciana", "Vanessa", "Mariana",
           "Gabriela", "Vera", "Larissa", "Cláudia", "Beatriz", "Luana", "Rita", "Sônia", "Renata", "Eliane",
           "Simone", "Daniela", "Cristina", "Tatiane", "Carolina", "Raquel", "Débora", "Isabela", "Priscila",
           "Regina", "Helena", "Lúcia", "Rosângela", "Elisabete", "Fátima", "Tereza", "Roberta", "Natália",
           "Viviane", "Fabiana", "Kátia", "Silvana", "Andréa", "Marta", "Célia", "Valéria", "Lívia", "Giovana",
           "Heloísa"]
DOUBLE_M = ["João Paulo", "João Pedro", "José Carlos", "José Roberto", "José Luiz", "José Antônio", "Carlos Eduardo",
            "Carlos Alberto", "Paulo Roberto", "Paulo César", "Antônio Carlos", "Luiz Carlos", "Luiz Fernando",
            "Luiz Henrique", "Pedro Henrique", "João Vitor", "Marco Antônio", "Jorge Luiz", "Francisco José",
            "José Ricardo", "Luiz Augusto", "Marcos Vinícius", "José Maria", "João Batista"]
DOUBLE_F = ["Maria Aparecida", "Maria José", "Maria de Fátima", "Maria das Graças", "Maria Eduarda", "Ana Paula",
            "Ana Carolina", "Ana Beatriz", "Ana Luiza", "Ana Cláudia", "Maria Cristina", "Maria Helena",
            "Maria Lúcia", "Maria Luíza", "Maria Clara", "Maria Fernanda", "Ana Lúcia", "Maria Tereza",
            "Maria do Carmo", "Ana Maria", "Maria Elisabete", "Ana Júlia", "Maria Rita"]
GENDER = {}
for _g in GIVEN_M + DOUBLE_M: GENDER[_g] = "M"
for _g in GIVEN_F + DOUBLE_F: GENDER[_g] = "F"
NICK = {"José": ["Zé", "Juca"], "Sebastião": ["Tião"], "Francisco": ["Chico"], "Elisabete": ["Bete"],
        "Fernando": ["Nando"], "Eduardo": ["Dudu"], "Augusto": ["Guto"], "Gustavo": ["Guto"], "Luciana": ["Lu"],
        "Fátima": ["Fafá"], "Antônio": ["Tonho", "Toninho"], "Carlos": ["Cacá"], "Roberto": ["Beto"],
        "Rafael": ["Rafa"], "Gabriela": ["Gabi"], "Mariana": ["Mari"], "Daniela": ["Dani"], "Leonardo": ["Léo"],
        "Francisca": ["Chica"], "Patrícia": ["Paty"], "Rodrigo": ["Digo"], "Guilherme": ["Gui"],
        "Vinícius": ["Vini"], "Fernanda": ["Nanda"], "Cláudia": ["Cacá"], "Fabiana": ["Fabi"], "Isabela": ["Bela"],
        "Juliana": ["Ju"], "Rosângela": ["Rô"], "Joaquim": ["Quim"], "Alexandre": ["Xande"], "Tereza": ["Tetê"],
        "Beatriz": ["Bia"], "Heloísa": ["Helô"], "Valéria": ["Val"], "Raimundo": ["Mundinho"], "Manoel": ["Mané"],
        "Benedito": ["Dito"], "Luiz": ["Lula"], "Marcos": ["Marquinho"], "João": ["Joãozinho"]}
NICK_FULL = {"Maria de Fátima": ["Fafá"], "Maria Eduarda": ["Duda"], "Maria José": ["Zezé"],
             "Carlos Eduardo": ["Cadu"], "Luiz Fernando": ["Nando"], "Maria das Graças": ["Gracinha"],
             "Luiz Augusto": ["Guto"], "Maria Elisabete": ["Bete"], "Ana Carolina": ["Carol"],
             "Ana Beatriz": ["Bia"], "Maria Luíza": ["Malu"], "José Carlos": ["Zé Carlos"]}
SURNAMES = ["Silva", "da Silva", "da Silva", "Santos", "dos Santos", "dos Santos", "Oliveira", "de Oliveira", "Souza",
            "de Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "de Lima", "Gomes", "Costa",
            "da Costa", "Ribeiro", "Martins", "Carvalho", "de Carvalho", "Almeida", "de Almeida", "Lopes", "Soares",
            "Fernandes", "Vieira", "Barbosa", "Rocha", "da Rocha", "Dias", "Nascimento", "do Nascimento",
            "Andrade", "de Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "de Freitas",
            "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "de Araújo", "Moraes", "de Moraes",
            "Campos", "Pinto", "Correia", "Monteiro", "Cavalcanti", "Azevedo", "Batista", "Castro", "de Castro",
            "Miranda", "Farias", "Prado", "do Prado", "Fonseca", "da Fonseca", "Brandão", "Tavares", "Pires",
            "Sampaio", "Queiroz", "de Queiroz", "Nogueira", "Borges", "Guimarães", "Bezerra", "Siqueira", "Peixoto",
            "Leite", "Magalhães", "Rezende", "Figueiredo", "da Conceição", "de Jesus", "dos Reis", "das Neves",
            "do Carmo", "Aguiar", "Bittencourt", "Cruz", "da Cruz", "Medeiros", "Xavier", "Coelho", "Vasconcelos",
            "Paiva", "Duarte", "Sales", "Barros", "de Barros", "Mota", "Lacerda", "Toledo", "Franco", "Bueno",
            "Camargo", "de Camargo", "Amaral", "do Amaral", "Moura", "de Moura"]
SUR_GERMAN = ["Schmidt", "Becker", "Müller", "Schneider", "Weber", "Hoffmann", "Krüger", "Wagner", "Zimmermann"]
SUR_SLAVIC = ["Kowalski", "Kowalczyk", "Zielinski", "Lewandowski", "Dombrowski", "Bondarenko"]
SUR_JAPANESE = ["Yamamoto", "Tanaka", "Nakamura", "Suzuki", "Watanabe", "Kobayashi", "Takahashi", "Yoshida"]
SUR_ITALIAN = ["Rossi", "Ferrari", "Bianchi", "Romano", "Zanetti", "Colombo", "Ricci", "Marchetti", "Bertolini"]
PARTICLES = ["da", "de", "do", "das", "dos", "e"]
COMMON_NAMES = [("José", ["da Silva"]), ("Maria", ["da Silva"]), ("João", ["dos Santos"]),
                ("Maria Aparecida", ["dos Santos"]), ("Antônio Carlos", ["de Oliveira"]), ("Francisco", ["de Souza"]),
                ("Ana Paula", ["de Souza"]), ("José Carlos", ["dos Santos"]), ("Maria José", ["da Silva"]),
                ("Paulo Roberto", ["Pereira"]), ("Luiz Carlos", ["da Silva"]), ("Ana Maria", ["de Oliveira"]),
                ("Antônio", ["Pereira"]), ("Francisca", ["da Silva"]), ("José Roberto", ["da Silva"]),
                ("Maria das Graças", ["Souza"]), ("Carlos Alberto", ["Rodrigues"]), ("João Batista", ["de Oliveira"]),
                ("Sebastião", ["da Silva"]), ("Maria Helena", ["Costa"]), ("Pedro Henrique", ["Santos"]),
                ("Ana Carolina", ["Alves"]), ("Rafael", ["Lima"]), ("Lucas", ["Oliveira"]), ("Marcos", ["Ferreira"])]
MEI_SERVICES = ["Eletricista", "Encanador", "Pinturas", "Reformas", "Fretes e Mudanças", "Doces e Salgados",
                "Marmitas", "Costura e Reparos", "Manutenção de Computadores", "Jardinagem", "Serviços de Limpeza",
                "Refrigeração", "Estética", "Festas e Eventos", "Chaveiro", "Serralheria", "Vidraçaria",
                "Artesanato", "Bolos e Tortas", "Manutenção Predial", "Instalações", "Climatização"]
PERSONAL_DOMAINS = [("gmail.com", 40), ("hotmail.com", 20), ("yahoo.com.br", 8), ("uol.com.br", 8),
                    ("bol.com.br", 6), ("terra.com.br", 5), ("outlook.com", 9), ("ig.com.br", 2), ("globo.com", 2)]

# =========================================================================== organisations
FORMS = {"ltda": ["Ltda", "Ltda.", "LTDA", "Limitada"], "me": ["Ltda ME", "Ltda - ME", "Ltda. ME", "ME", "Ltda-ME"],
         "epp": ["Ltda EPP", "Ltda - EPP", "EPP", "Ltda. EPP"], "eireli": ["EIRELI", "Eireli", "EIRELI - ME", "Eireli ME"],
         "sa": ["S.A.", "S/A", "SA"], "ss": ["Sociedade Simples", "S/S", "SS", "Sociedade Simples Ltda"]}
ABBR = {"Comércio": "Com.", "Comercial": "Coml.", "Indústria": "Ind.", "Serviços": "Serv.",
        "Distribuidora": "Distrib.", "Materiais": "Mat.", "Material": "Mat.", "Construção": "Constr.",
        "Construções": "Constr.", "Administração": "Adm.", "Associação": "Assoc.", "Companhia": "Cia.",
        "Empreendimentos": "Emp.", "Participações": "Particip.", "Engenharia": "Eng.", "Transportes": "Transp.",
        "Representações": "Repres.", "Importação": "Imp.", "Exportação": "Exp.", "Produtos": "Prod.",
        "Equipamentos": "Equip.", "Condomínio": "Cond.", "Edifício": "Ed.", "Residencial": "Res.",
        "Drogaria": "Drog.", "Escritório": "Escr.", "Contábil": "Cont.", "Assessoria": "Assess.",
        "Laboratório": "Lab.", "Odontológica": "Odont.", "Manutenção": "Manut.", "Informática": "Inf."}
ORG_CANON = {}
for _full, _ab in ABBR.items():
    ORG_CANON[fold(_full)] = fold(_ab).rstrip(".")
    ORG_CANON[fold(_ab).rstrip(".")] = fold(_ab).rstrip(".")
ORG_CANON["dist"] = "distrib"
LEGAL_TAIL = ("ltda", "limitada", "me", "epp", "eireli", "sa", "ss", "mei")
STOP = ("de", "da", "do", "das", "dos", "e")
B_PRE = ["Tecno", "Metal", "Agro", "Eletro", "Info", "Plast", "Quimi", "Brasi", "Multi", "Inter", "Uni", "Max",
         "Mega", "Sul", "Norte", "Flex", "Fort", "Vitta", "Prime", "Alpha", "Delta", "Omni", "Cristal", "Serra",
         "Vale", "Terra", "Nova", "Astro", "Geo", "Bio"]
B_SUF = ["sul", "tec", "log", "mix", "vale", "flex", "plus", "mar", "nort", "lar", "sol", "bras", "pack", "med",
         "link", "fer", "par", "tex", "car", "quip", "via", "cor", "lux", "pel", "pax", "lim", "zon", "ton", "max"]
FANTASY = ["Bom Preço", "Ponto Certo", "Nova Era", "Boa Vista", "São Jorge", "Santa Rita", "Estrela", "Horizonte",
           "Progresso", "Bandeirantes", "Ideal", "Imperial", "Aliança", "Primavera", "Vale Verde", "Serra Azul",
           "Mundo Novo", "Três Irmãos", "Estrela do Sul", "Sol Nascente", "Bela Vista", "Recanto", "Pioneira",
           "Conquista", "Vitória", "Esperança", "Canaã", "Paraíso", "Central", "Nossa Terra", "Dois Irmãos",
           "Bom Jesus", "Santa Luzia", "São Francisco", "Girassol", "Beija-Flor", "Sabiá", "Ipê Amarelo",
           "Pôr do Sol", "Flor de Lis", "Ouro Verde", "Lua Cheia", "Bem-Te-Vi", "Sete Quedas", "Nova Aurora",
           "Porto Seguro", "Alvorada", "Arco-Íris", "Tropical", "Cristal"]
TRADE_ACT = {"Mercadinho": "Comércio de Gêneros Alimentícios", "Padaria": "Panificadora e Confeitaria",
             "Auto Peças": "Comércio de Peças Automotivas", "Papelaria": "Comércio de Artigos de Papelaria",
             "Restaurante": "Serviços de Alimentação", "Lanchonete": "Comércio de Lanches",
             "Pet Shop": "Comércio de Produtos Veterinários", "Ótica": "Comércio de Artigos Ópticos",
             "Academia": "Atividades Esportivas", "Oficina Mecânica": "Serviços Automotivos",
             "Supermercado": "Supermercados", "Farmácia": "Drogaria e Perfumaria", "Hotel": "Hotelaria",
             "Pousada": "Hospedagem e Turismo", "Buffet": "Buffet e Eventos",
             "Sorveteria": "Indústria e Comércio de Sorvetes", "Açougue": "Comércio de Carnes",
             "Livraria": "Comércio de Livros", "Floricultura": "Comércio de Flores e Plantas",
             "Lavanderia": "Serviços de Lavanderia", "Empório": "Comércio de Alimentos Finos",
             "Distribuidora": "Distribuidora de Bebidas"}
TRADES = ["Materiais de Construção", "Alimentos", "Ferragens", "Materiais Elétricos", "Embalagens", "Transportes",
          "Informática", "Papelaria", "Móveis", "Tintas", "Madeiras", "Confecções", "Calçados", "Produtos de Limpeza",
          "Refrigeração", "Vidros e Espelhos", "Autopeças", "Hortifruti", "Laticínios", "Gráfica", "Climatização"]
ACTIVITIES = ["Indústria e Comércio de Embalagens", "Comércio de Equipamentos de Informática",
              "Serviços de Manutenção Predial", "Distribuidora de Produtos de Limpeza", "Engenharia e Construções",
              "Administração de Imóveis", "Transportes e Logística", "Representações Comerciais",
              "Importação e Exportação", "Comércio de Produtos Alimentícios", "Indústria Metalúrgica",
              "Serviços de Limpeza e Conservação", "Comércio de Materiais de Escritório", "Tecnologia da Informação",
              "Comércio de Produtos Agropecuários", "Equipamentos Hospitalares", "Móveis para Escritório",
              "Comércio de Materiais Elétricos", "Serviços de Segurança Eletrônica", "Indústria de Plásticos"]
ACT_SHORT = ["Comércio de Ferragens", "Transportes", "Materiais de Construção", "Distribuidora de Alimentos",
             "Serviços", "Comércio e Representações", "Auto Peças", "Comércio de Madeiras"]
GOODS = ["Materiais", "Materiais Elétricos", "Ferragens", "Tintas", "Materiais de Limpeza", "Produtos Alimentícios",
         "Embalagens", "Peças"]
SAINTS = ["São José", "Santo Antônio", "São Judas Tadeu", "Nossa Senhora Aparecida", "São Francisco de Assis",
          "Santa Rita de Cássia", "São Sebastião", "Nossa Senhora das Graças", "São Pedro", "Santa Luzia",
          "São Benedito", "Nossa Senhora de Fátima", "Sagrado Coração de Jesus", "Santa Teresinha", "São Cristóvão",
          "São Vicente de Paulo", "Santa Clara", "São Lucas", "Santa Cecília", "São Camilo"]
CHURCH = ["Nova Aliança", "Vida Nova", "Monte Sião", "Betel", "Shalom", "Maranata", "Getsêmani", "Filadélfia",
          "Peniel", "Emanuel", "Ebenézer", "Nova Jerusalém", "Fonte de Vida", "Rocha Eterna", "Água Viva"]
CONDO_A = ["Solar", "Parque", "Jardim", "Mirante", "Recanto", "Portal", "Morada", "Bosque", "Villa", "Torres",
           "Residencial"]
CONDO_B = ["das Palmeiras", "das Flores", "das Acácias", "do Vale", "dos Ipês", "do Sol", "Verde", "Toscana",
           "Imperial", "das Orquídeas", "dos Pássaros", "das Hortênsias", "Bela Vista", "São Francisco",
           "Santa Mônica", "Monte Carlo", "Atlântico", "dos Girassóis", "das Magnólias", "do Bosque", "Veneza",
           "das Águas", "Azul", "dos Lagos"]
CHAIN_TYPES = ["Drogaria", "Supermercado", "Padaria", "Auto Peças", "Ótica", "Pet Shop", "Academia", "Papelaria",
               "Lavanderia", "Escola de Idiomas", "Casa de Materiais"]
GROUP_OTHERS = [("Participações", "sa"), ("Participações", "ltda"), ("Administração de Bens", "ltda"),
                ("Empreendimentos Imobiliários", "ltda"), ("Logística", "ltda"), ("Holding Patrimonial", "ltda")]
SIBLING_QUAL = ["do Vale", "Express", "Center", "Prime", "Nova Geração", "Brasil", "Mais", "Total", "II"]
SECRETARIAS = ["Educação", "Saúde", "Obras e Serviços Urbanos", "Assistência Social", "Cultura e Turismo",
               "Esportes e Lazer", "Meio Ambiente", "Administração"]

# =========================================================================== keys (mirrored in check.py)
ST_TYPES = ("rua", "r", "avenida", "av", "alameda", "al", "travessa", "trav", "tv", "praca", "pca", "estrada",
            "estr", "rodovia", "rod", "largo", "lgo")
ST_EXP = {"pres": "presidente", "mal": "marechal", "cel": "coronel", "dr": "doutor", "pe": "padre",
          "prof": "professor", "gen": "general", "sen": "senador", "gov": "governador", "eng": "engenheiro",
          "sto": "santo", "sta": "santa", "n": "nossa", "sra": "senhora", "cap": "capitao", "ten": "tenente",
          "brig": "brigadeiro", "cons": "conselheiro", "visc": "visconde"}
COMP_WORDS = r"(?:apartamento|apto|ap|sala|sl|conjunto|conj|cj|loja|lj|casa|galpao|bloco|bl)"
RE_COMP = re.compile(r"(?:\s*[,\-]\s*|\s+)" + COMP_WORDS + r"\b.*$")
RE_UNIT = re.compile(r"\b(apartamento|apto|ap|sala|sl|conjunto|conj|cj|loja|lj|casa|galpao)\b\.?\s*([0-9a-z]+)")
UNIT_CANON = {"apartamento": "apto", "ap": "apto", "sl": "sala", "conjunto": "conj", "cj": "conj", "lj": "loja"}
RE_EXT = re.compile(r"(?:\s*-\s*|\s+)(?:ramal|r\.|ext\.?)\s*:?\s*(\d+)\s*$", re.I)

def addr_key(a):
    if not a or not a.get("line1"): return None
    s = fold(a["line1"])
    s = re.sub(r"(\d)\.(\d)", r"\1\2", s)
    s = RE_COMP.sub("", s)
    m = re.search(r"\bkm\s*(\d+)", s)
    if m: num, street = "km" + m.group(1), s[:m.start()]
    else:
        m = re.search(r"\bs/n\b", s)
        if m: num, street = "sn", s[:m.start()]
        else:
            ms = list(re.finditer(r"\b\d+\b", s))
            if not ms: return None
            num, street = ms[-1].group(0), s[:ms[-1].start()]
    toks = [t.replace(".", "").replace("-", "") for t in re.split(r"[\s,]+", street)]
    toks = [t for t in toks if t]
    while toks and toks[-1] in ("no", "n"): toks.pop()
    if toks and toks[0] in ST_TYPES: toks = toks[1:]
    toks = [ST_EXP.get(t, t) for t in toks]
    return re.sub(r"[^a-z0-9]", "", "".join(toks)) + "|" + num + "|" + fold(a.get("city") or "")
def addr_units(a):
    if not a: return []
    s = fold((a.get("line1") or "") + " " + (a.get("line2") or ""))
    return sorted((UNIT_CANON.get(t, t), v) for t, v in RE_UNIT.findall(s))
def canon_addr_key(a):
    num = a["num"]
    nk = "sn" if num == "S/N" else ("km" + num.split()[1] if num.startswith("Km") else num)
    return re.sub(r"[^a-z0-9]", "", fold(a["sname"])) + "|" + nk + "|" + fold(a["city"])
def phone_key(p):
    if not p: return None, None
    ext = None
    m = RE_EXT.search(p)
    if m: ext, p = m.group(1), p[:m.start()]
    d = re.sub(r"\D", "", p)
    if len(d) in (12, 13) and d.startswith("55"): d = d[2:]
    return d.lstrip("0"), ext
def orgcore(s):
    s = fold(s).replace("s/a", " sa ").replace("s.a.", " sa ").replace("s/s", " ss ")
    toks = re.sub(r"[^a-z0-9 ]", " ", s).split()
    while toks:
        if toks[-1] in LEGAL_TAIL: toks.pop()
        elif toks[-2:] == ["sociedade", "simples"]: toks = toks[:-2]
        else: break
    return " ".join(ORG_CANON.get(t, t) for t in toks if t not in STOP)
def strip_disamb(s):
    s = re.sub(r"\s\([^()]*\)$", "", s)
    return re.sub(r"\s-\s\d+$", "", s)

# =========================================================================== registries
ENTS = {}
EMAIL_OWNER, DEL_IDX, PHONE_OWNER, ADDR_OWNER, NAME_OWNER, DOMAIN_OWNER = {}, {}, {}, {}, {}, {}
def _add(d, k, v):
    lst = d.setdefault(k, [])
    if v not in lst: lst.append(v)
def new_id():
    while True:
        i = "c%07x" % R.randrange(16 ** 7)
        if i not in ENTS:
            ENTS[i] = None
            return i
def email_near(k):
    cands = ([k] if k in EMAIL_OWNER else []) + DEL_IDX.get(k, [])
    for i in range(len(k)):
        d = k[:i] + k[i + 1:]
        if d in EMAIL_OWNER: cands.append(d)
        cands += DEL_IDX.get(d, [])
    return [c for c in cands if within_one(c, k)]
def email_free(e, owner):
    for c in email_near(e.lower()):
        if any(o != owner for o in EMAIL_OWNER[c]): return False
    return True
def reg_email(e, owner):
    k = e.lower()
    if k not in EMAIL_OWNER:
        for i in range(len(k)): _add(DEL_IDX, k[:i] + k[i + 1:], k)
    _add(EMAIL_OWNER, k, owner)
def reg_name(key, owner):
    _add(NAME_OWNER, key, owner)
def name_free(key):
    return key not in NAME_OWNER

# =========================================================================== channel makers
def pick_town(uf=None, not_city=None, not_uf=None):
    c = [t for t in TOWNS if (uf is None or t[1] == uf) and t[0] != not_city and t[1] != not_uf] or \
        [t for t in TOWNS if t[0] != not_city and t[1] != not_uf]
    return R.choices(c, [t[4] for t in c])[0]
def make_cep(town):
    lo, hi = R.choice(town[3])
    suf = R.randint(0, 89) * 10 if R.random() < 0.6 else R.randint(0, 899)
    return "%05d%03d" % (R.randint(lo, hi), suf)
def house_number():
    r = R.random()
    return R.randint(1, 300) if r < 0.5 else (R.randint(301, 1500) if r < 0.85 else R.randint(1501, 4800))

def new_address(town, hint="home", owner=None):
    city, uf = town[0], town[1]
    for _ in range(500):
        if city == "São Paulo" and R.random() < 0.5: stype, sname = R.choice(SP_STREETS)
        elif hint in ("office", "shop") and R.random() < 0.5: stype, sname = R.choice(COMMERCIAL)
        else: stype, sname = R.choice(STREETS)
        num, comp = str(house_number()), []
        if hint == "industrial" and R.random() < 0.4 and city not in CAPITALS:
            stype, sname, num = "Rodovia", R.choice(ROADS[uf]), "Km %d" % R.randint(2, 320)
        if hint == "public" and R.random() < 0.35: stype, sname, num = "Praça", R.choice(SQUARES), "S/N"
        if hint == "apto":
            comp = ([("Bloco", R.choice("ABCD"))] if R.random() < 0.3 else []) + \
                   [("Apto", str(R.randint(1, 24) * 10 + R.randint(1, 4)))]
        elif hint == "home" and R.random() < 0.12: comp = [("Casa", str(R.randint(1, 6)))]
        elif hint == "office":
            comp = [R.choice([("Sala", str(R.randint(1, 22) * 100 + R.randint(1, 20))),
                              ("Conj.", str(R.randint(1, 25) * 10 + R.randint(1, 4))),
                              ("Sala", str(R.randint(1, 40)))])]
        elif hint == "shop" and R.random() < 0.5: comp = [("Loja", str(R.randint(1, 30)))]
        elif hint == "industrial" and R.random() < 0.3: comp = [("Galpão", str(R.randint(1, 9)))]
        bairro = R.choice(BAIRROS.get(city, GENERIC_BAIRROS))
        a = {"stype": stype, "sname": sname, "num": num, "comp": comp, "bairro": bairro, "city": city, "uf": uf,
             "cep": make_cep(town)}
        a["key"] = canon_addr_key(a)
        if a["key"] not in ADDR_OWNER:
            if owner: _add(ADDR_OWNER, a["key"], owner)
            return a
    raise RuntimeError("address space exhausted")

def new_phone(ddd, mobile, owner=None):
    while True:
        if mobile: num = "9" + str(R.randint(6, 9)) + "%07d" % R.randrange(10 ** 7)
        else:
            num = str(R.choice([2, 3, 3, 3, 4, 5])) + "%07d" % R.randrange(10 ** 7)
            if num[:3] in ("300", "400"): continue
        k = "%d%s" % (ddd, num)
        if k not in PHONE_OWNER:
            if owner: _add(PHONE_OWNER, k, owner)
            return (ddd, num)

def person_email(given, surnames, owner, trade=None, avoid=None):
    gt = [slug(x) for x in given.split(" ") if fold(x) not in PARTICLES]
    sc = [slug(u.split(" ")[-1]) for u in surnames]
    for _ in range(200):
        f, l = gt[0], sc[-1]
        pats = [f + "." + l, f + l, f + "_" + l, f + "." + sc[0], f + l + str(R.randint(1, 99)), f[0] + l,
                f + "." + l + R.choice(["70", "78", "82", "85", "88", "90", "93", "1980", "2011"]),
                "".join(x[0] for x in gt) + l, f + "." + "".join(x[0] for x in sc)]
        if len(sc) > 1: pats += [f + sc[0] + l, f + sc[0][0] + l]
        if len(gt) > 1: pats += [gt[0] + gt[1] + "." + l, gt[0] + gt[1][0] + l]
        if trade: pats += [slug(trade)] * 4 + [slug(trade) + str(R.randint(1, 99))]
        e = R.choice(pats) + "@" + wpick(PERSONAL_DOMAINS)
        if (avoid is None or lev(e, avoid) > 1) and email_free(e, owner): return e
    raise RuntimeError("no email")

GENERIC_DOM = ["comercio", "industria", "servicos", "distribuidora", "associacao", "condominio", "edificio",
               "residencial", "clinica", "escola", "colegio", "centro", "laboratorio", "igreja", "comunidade",
               "sociedade", "beneficente", "hospital", "escritorio", "contabil", "odontologica", "medica",
               "veterinaria", "fisioterapia", "analises", "clinicas", "materiais", "construcao", "construcoes",
               "produtos", "alimenticios", "comercial", "representacoes", "tecnologia", "informacao", "equipamentos",
               "cultural", "esportiva", "moradores", "varejista", "educacional", "infantil", "educacao", "generos",
               "artigos", "assessoria", "contadores", "associados", "ltda", "maternidade", "hospitalar"]

def dom_base(name):
    ws = [slug(w) for w in name.replace("&", " ").split(" ")]
    ws = [w for w in ws if w and w not in STOP]
    idx = [i for i, w in enumerate(ws) if w not in GENERIC_DOM] or [0, 1][:len(ws)]
    if len(idx) == 1 and len(ws) > 1: idx = sorted(idx + [idx[0] - 1 if idx[0] > 0 else idx[0] + 1])
    out = ""
    for i in idx:
        if out and len(out) + len(ws[i]) > 22: break
        out += ws[i]
    return out

def org_domain(name, owner):
    base = dom_base(name)
    for suf in ["", "br", "sp", "ltda", "online", "oficial"] + [str(i) for i in range(2, 40)]:
        d = base + suf + ".com.br"
        if d not in DOMAIN_OWNER:
            DOMAIN_OWNER[d] = owner
            return d
    raise RuntimeError("domain")

def org_email(domain, owner, locals_=None, avoid=None):
    locals_ = locals_ or ["contato", "financeiro", "compras", "adm", "administrativo", "fiscal", "comercial",
                          "atendimento", "vendas", "nfe", "suprimentos", "escritorio"]
    for loc in R.sample(locals_, len(locals_)):
        e = loc + "@" + domain
        if (avoid is None or lev(e, avoid) > 1) and email_free(e, owner): return e
    raise RuntimeError("org email")

# =========================================================================== entities
def rand_surnames(uf):
    n = R.choices([1, 2, 3], [25, 60, 15])[0]
    out = []
    while len(out) < n:
        r = R.random()
        if uf in ("SC", "RS") and r < 0.18: s = R.choice(SUR_GERMAN)
        elif uf == "PR" and r < 0.12: s = R.choice(SUR_SLAVIC)
        elif uf == "SP" and r < 0.06: s = R.choice(SUR_JAPANESE)
        elif uf in ("SP", "RS", "SC") and r > 0.94: s = R.choice(SUR_ITALIAN)
        else: s = R.choice(SURNAMES)
        if s.split(" ")[-1] not in [u.split(" ")[-1] for u in out]: out.append(s)
    return out
def pkey(given, surnames, suffix):
    return "p:" + fold(" ".join([given] + surnames + ([suffix] if suffix else [])))
def base_ent(kind, town):
    eid = new_id()
    e = {"id": eid, "kind": kind, "otype": kind.split("/")[0], "town": town, "tags": {}, "email": None,
         "phone": None, "ext": None, "addr": None, "title": None, "suffix": None, "married": False,
         "trade": None, "core": None, "form": None, "filial": None, "contact": None, "gender": None}
    ENTS[eid] = e
    return e

def new_person(kind, town, gender=None, given=None, surnames=None, suffix="auto", allow_dup=False,
               addr_hint=None, channels=True):
    e = base_ent(kind, town)
    for _ in range(300):
        g = gender or (GENDER[given] if given else R.choice("MF"))
        gv = given or (R.choice(DOUBLE_F if g == "F" else DOUBLE_M) if R.random() < 0.33
                       else R.choice(GIVEN_F if g == "F" else GIVEN_M))
        sn = list(surnames) if surnames else rand_surnames(town[1])
        sx = suffix if suffix != "auto" else (
            R.choices(["Filho", "Júnior", "Neto", "Sobrinho"], [45, 40, 10, 5])[0]
            if g == "M" and R.random() < 0.1 else None)
        mar = False
        if suffix == "auto" and not surnames and g == "F" and R.random() < 0.25:
            h = R.choice(SURNAMES).split(" ")[-1]
            if h not in [u.split(" ")[-1] for u in sn]:
                sn.append(h)
                mar = True
        key = pkey(gv, sn, sx)
        if allow_dup or name_free(key): break
    else: raise RuntimeError("person name")
    e.update(gender=g, given=gv, surnames=sn, suffix=sx, married=mar)
    reg_name(key, e["id"])
    if kind == "person/professional":
        e["title"] = R.choice(["Dr.", "Dr.", "Eng."]) if g == "M" else R.choice(["Dra.", "Dra.", "Eng."])
    if kind == "person/mei":
        for _ in range(200):
            first = gv.split(" ")[0]
            nick = R.choice(NICK[first]) if first in NICK else first
            svc = R.choice(MEI_SERVICES)
            ini = "".join(x[0] for x in gv.split(" ") if fold(x) not in PARTICLES) + sn[-1].split(" ")[-1][0]
            t = R.choice([nick + " " + svc, first + " " + svc, ini + " " + svc,
                          (("Salão da " if g == "F" else "Oficina do ") + nick),
                          (("Cantinho da " if g == "F" else "Cantinho do ") + nick),
                          svc + " " + sn[-1].split(" ")[-1]])
            if name_free("o:" + orgcore(t)):
                e["trade"] = t
                reg_name("o:" + orgcore(t), e["id"])
                break
    if channels:
        e["email"] = person_email(gv, sn, e["id"], trade=e["trade"])
        reg_email(e["email"], e["id"])
        e["phone"] = new_phone(town[2], R.random() < 0.88, e["id"])
        e["addr"] = new_address(town, addr_hint or R.choice(["home", "home", "apto", "apto"] +
                                                             (["office"] if e["title"] else [])), e["id"])
    return e
def contact_person():
    g = R.choice("MF")
    return (R.choice(GIVEN_F if g == "F" else GIVEN_M), R.choice(SURNAMES).split(" ")[-1])

def brand_name():
    while True:
        p = R.choice(B_PRE)
        s = R.choice(B_SUF)
        b = p + s
        if fold(p)[-3:] != s[:3] and name_free("b:" + fold(b)):
            reg_name("b:" + fold(b), "brand")
            return b
def register_org(e):
    for n in [e["core"], e["trade"]]:
        if n: reg_name("o:" + orgcore(n), e["id"])
def org_free(core, trade=None):
    return name_free("o:" + orgcore(core)) and (trade is None or name_free("o:" + orgcore(trade)))

def company_name(uf, pattern=None):
    for _ in range(300):
        s1 = R.choice(SURNAMES).split(" ")[-1]
        s2 = R.choice(SURNAMES).split(" ")[-1]
        pat = pattern or R.choices(["com", "surname_trade", "filhos", "irmaos", "two", "brand", "cia", "initials"],
                                   [12, 22, 8, 8, 12, 24, 4, 10])[0]
        trade = None
        if pat == "com": core = "Comércio de %s %s" % (R.choice(GOODS), s1)
        elif pat == "surname_trade":
            trade = R.choice(TRADES)
            core = s1 + " " + trade
        elif pat == "filhos": core = "%s & Filhos %s" % (s1, R.choice(ACT_SHORT))
        elif pat == "irmaos": core = "Irmãos %s %s" % (s1, R.choice(ACT_SHORT))
        elif pat == "two":
            if s1 == s2: continue
            core = "%s & %s %s" % (s1, s2, R.choice(ACTIVITIES))
        elif pat == "brand": core = brand_name() + " " + R.choice(ACTIVITIES)
        elif pat == "cia": core = "%s & Cia %s" % (s1, R.choice(ACT_SHORT))
        else:
            core = "%s. %s. %s %s" % (R.choice("ABCDEFGJLMPRSV"), R.choice("ABCDEFGJLMPRSV"), s1,
                                      R.choice(ACTIVITIES))
        if org_free(core): return core, pat, trade
    raise RuntimeError("company name")

def finish_org(e, hint, mobile_p=0.2, email=True, contact_p=0.55):
    town = e["town"]
    register_org(e)
    if contact_p and R.random() < contact_p: e["contact"] = contact_person()
    if email:
        dom = org_domain(e["trade"] or e["core"], e["id"]) if R.random() < 0.75 else None
        e["domain"] = dom
        if dom: e["email"] = org_email(dom, e["id"])
        else:
            nm = (e["trade"] or e["core"]).split(" ")
            e["email"] = slug(nm[0] + nm[-1]) + R.choice(["", str(R.randint(1, 99))]) + "@" + \
                wpick(PERSONAL_DOMAINS[:3])
            if not email_free(e["email"], e["id"]):
                e["domain"] = org_domain(e["core"], e["id"])
                e["email"] = org_email(e["domain"], e["id"])
        reg_email(e["email"], e["id"])
    e["phone"] = new_phone(town[2], R.random() < mobile_p, e["id"])
    if len(e["phone"][1]) == 8 and R.random() < 0.25:
        e["ext"] = str(R.choice([R.randint(10, 40), R.randint(200, 260), R.randint(2000, 2100)]))
    e["addr"] = new_address(town, hint, e["id"])
    return e

def new_org(kind, town, **kw):
    e = base_ent(kind, town)
    uf = town[1]
    hint, form = "office", None
    for _ in range(300):
        trade, pat = None, None
        if kind == "org/company":
            core, pat, _t = company_name(uf, kw.get("pattern"))
            e["tags"]["pattern"] = pat
            if pat == "surname_trade": e["tags"]["trade_word"] = _t
            form = R.choices(["ltda", "me", "epp", "eireli", "sa"], [40, 28, 14, 10, 8])[0]
            hint = R.choice(["office", "shop", "shop", "industrial", "home"])
        elif kind == "org/trade_name":
            pre = R.choice(sorted(TRADE_ACT))
            trade = pre + " " + R.choice(FANTASY)
            s1, s2 = R.choice(SURNAMES).split(" ")[-1], R.choice(SURNAMES).split(" ")[-1]
            owner = R.choice([s1 + " & " + s2, R.choice("ABCDEFGJLMPRSV") + ". " + s1, brand_name(), s1])
            core = owner + " " + TRADE_ACT[pre]
            form = R.choices(["ltda", "me", "epp", "eireli"], [35, 35, 15, 15])[0]
            hint = R.choice(["shop", "shop", "office", "home"])
        elif kind == "org/condominio":
            nm = R.choice(CONDO_A) + " " + R.choice(CONDO_B)
            core = R.choice(["Condomínio Edifício ", "Condomínio Residencial ", "Condomínio "]) + nm
            trade = ("Edifício " + nm) if R.random() < 0.25 else None
            hint = "home"
        elif kind == "org/associacao":
            core = R.choice(["Associação de Moradores do " + R.choice(GENERIC_BAIRROS),
                             "Associação Beneficente " + R.choice(SAINTS),
                             "Associação Esportiva " + R.choice(FANTASY),
                             "Associação Cultural " + R.choice(FANTASY),
                             "Associação dos Comerciantes do " + R.choice(GENERIC_BAIRROS)])
        elif kind == "org/igreja":
            core = R.choice(["Igreja Batista ", "Igreja Evangélica ", "Comunidade Cristã ",
                             "Igreja Presbiteriana ", "Primeira Igreja Batista "]) + R.choice(CHURCH)
            if R.random() < 0.35: core = "Paróquia " + R.choice(SAINTS)
            core += R.choice(["", " de " + town[0]])
            hint = R.choice(["home", "public"])
        elif kind == "org/escola":
            r = R.random()
            pn = R.choice(GIVEN_F + GIVEN_M) + " " + " ".join(rand_surnames(uf)[:2])
            if r < 0.3:
                fem = GENDER.get(pn.split(" ")[0]) == "F"
                core = "Escola Municipal de Ensino Fundamental " + ("Professora " if fem else "Professor ") + pn
                trade = "EMEF " + ("Profa. " if fem else "Prof. ") + pn
            elif r < 0.5:
                core = "Escola Estadual " + R.choice(["Doutor ", "Professor ", ""]) + pn
                trade = "E.E. " + core.split("Estadual ")[1].replace("Doutor ", "Dr. ").replace("Professor ", "Prof. ")
            else:
                fan = R.choice(FANTASY)
                core = R.choice(["Colégio ", "Centro Educacional ", "Escola de Educação Infantil "]) + fan
                trade = R.choice([None, "Colégio " + fan, "Escolinha " + fan])
                form = R.choice(["ltda", "me", "eireli"])
            hint = R.choice(["home", "public", "shop"])
        elif kind == "org/clinica":
            fan = R.choice(FANTASY)
            core = R.choice(["Clínica Odontológica ", "Clínica Médica ", "Clínica Veterinária ",
                             "Laboratório de Análises Clínicas ", "Clínica de Fisioterapia "]) + fan
            if R.random() < 0.2:
                core = R.choice(SURNAMES).split(" ")[-1] + " & " + R.choice(SURNAMES).split(" ")[-1] + \
                    R.choice([" Odontologia", " Clínica Médica", " Fisioterapia"])
            trade = R.choice([None, None, "Odonto " + fan, "Clínica " + fan, "Lab " + fan])
            form = R.choice(["ltda", "me", "ss", "ss"])
            hint = R.choice(["office", "office", "shop"])
        elif kind == "org/hospital":
            st = R.choice(SAINTS)
            core = R.choice(["Hospital e Maternidade " + st, "Associação Hospitalar " + st,
                             "Sociedade Beneficente Hospital " + st])
            form = "ltda" if core.startswith("Hospital e") else None
            trade = "Hospital " + st
            hint = "public"
        elif kind == "org/contabilidade":
            s1, s2 = R.choice(SURNAMES).split(" ")[-1], R.choice(SURNAMES).split(" ")[-1]
            core, form = R.choice([(s1 + " Assessoria Contábil", R.choice(["ltda", "me"])),
                                   ("Escritório Contábil " + s1, "ss"),
                                   ("Contabilidade " + R.choice(FANTASY), R.choice(["ltda", "me"])),
                                   (s1 + " & " + s2 + " Contadores Associados", "ss")])
            trade = ("Contábil " + s1) if R.random() < 0.4 else None
        elif kind == "org/prefeitura":
            core = "Prefeitura Municipal de " + town[0]
            trade = R.choice(["Prefeitura de " + town[0], "PM de " + town[0], "PM " + town[0], None])
            hint = "public"
        elif kind == "org/secretaria":
            area = R.choice(SECRETARIAS)
            core = R.choice(["Secretaria Municipal de %s de %s" % (area, town[0]),
                             "Fundo Municipal de Saúde de %s" % town[0] if area == "Saúde" else
                             "Secretaria Municipal de %s de %s" % (area, town[0])])
            trade = R.choice([None, "Secretaria de %s - %s" % (area, town[0])])
            hint = "public"
        else: raise ValueError(kind)
        if org_free(core, trade): break
    else: raise RuntimeError("org name " + kind)
    e.update(core=core, trade=trade, form=form)
    public = kind in ("org/prefeitura", "org/secretaria")
    if public:
        register_org(e)
        e["contact"] = contact_person() if R.random() < 0.5 else None
        area = slug(core.split(" de ")[1].split(" ")[0]) + "." if kind == "org/secretaria" else "pm"
        for _ in range(50):
            em = "%s.%s%s@%s" % (R.choice(["compras", "licitacao", "almoxarifado", "suprimentos", "financeiro"]),
                                 area, slug(town[0]), R.choice(["gmail.com", "hotmail.com", "outlook.com"]))
            if email_free(em, e["id"]): break
        e["email"] = em
        reg_email(em, e["id"])
        e["phone"] = new_phone(town[2], False, e["id"])
        e["addr"] = new_address(town, "public", e["id"])
        return e
    if kind == "org/condominio":
        finish_org(e, hint, mobile_p=0.4, email=False, contact_p=0.9)
        c = e["contact"] or contact_person()
        em = R.choice(["sindico." + slug(core.split(" ")[-2] + core.split(" ")[-1]),
                       "cond" + slug(core.split(" ", 2)[-1])[:18], "adm." + slug(core.split(" ")[-1])]) + \
            "@" + wpick(PERSONAL_DOMAINS[:3])
        e["email"] = em if email_free(em, e["id"]) else person_email(c[0], [c[1]], e["id"])
        reg_email(e["email"], e["id"])
        return e
    return finish_org(e, hint, contact_p=0.6 if kind != "org/igreja" else 0.4)

def make_chain(town):
    ctype = R.choice(CHAIN_TYPES)
    while True:
        brand = R.choice([brand_name(), R.choice(FANTASY)])
        trade = ctype + " " + brand
        core = trade if R.random() < 0.5 else brand + " Comércio Varejista"
        if org_free(core, trade): break
    ch = {"id": new_id(), "trade": trade, "core": core, "form": R.choice(["ltda", "ltda", "sa", "epp"]),
          "town": town, "style": R.choice(["Filial {b}", "Loja {n}", "Unidade {b}", "Filial {n}"]),
          "used": [], "n": 0, "sep": R.choice([0, 0, 1])}
    ENTS[ch["id"]] = None
    reg_name("o:" + orgcore(core), ch["id"])
    reg_name("o:" + orgcore(trade), ch["id"])
    ch["domain"] = org_domain(brand, ch["id"])
    ch["mailbox"] = R.choice(["financeiro", "contasapagar", "fiscal", "nfe"]) + "@" + ch["domain"]
    reg_email(ch["mailbox"], ch["id"])
    return ch

def make_filial(ch, own_email_p=0.25):
    town = ch["town"] if R.random() < 0.8 else pick_town(uf=ch["town"][1])
    e = base_ent("org/filial", town)
    while True:
        ch["n"] += 1
        b = R.choice(BAIRROS.get(town[0], GENERIC_BAIRROS))
        lab = ch["style"].format(b=b, n=ch["n"])
        if town[0] != ch["town"][0] and "{b}" in ch["style"]: lab = ch["style"].format(b=town[0], n=ch["n"])
        if lab not in ch["used"]:
            ch["used"].append(lab)
            break
    e.update(core=ch["core"], trade=ch["trade"], form=ch["form"], filial=lab)
    e["tags"]["chain"] = ch
    e["tags"]["fsep"] = ch["sep"]
    if R.random() < own_email_p:
        e["email"] = org_email(ch["domain"], e["id"], ["loja%d" % ch["n"], "filial%d" % ch["n"],
                                                        slug(lab)[:14], "gerencia.loja%d" % ch["n"]])
    else: e["email"] = ch["mailbox"]
    reg_email(e["email"], e["id"])
    if R.random() < 0.5: e["contact"] = contact_person()
    e["phone"] = new_phone(town[2], False, e["id"])
    e["addr"] = new_address(town, "shop", e["id"])
    if "{b}" in ch["style"] and town[0] == ch["town"][0]: e["addr"]["bairro"] = b
    return e

def make_group(town):
    brand = brand_name()
    g = {"id": new_id(), "brand": brand, "town": town, "used": []}
    ENTS[g["id"]] = None
    g["domain"] = org_domain(brand, g["id"])
    g["mailbox"] = R.choice(["contasapagar", "cap", "financeiro.grupo", "tesouraria"]) + "@" + g["domain"]
    g["hq"] = new_address(town, R.choice(["office", "industrial"]), g["id"])
    return g

def make_group_company(g, role, use_mailbox):
    e = base_ent("org/group_company", g["town"])
    if role == "operating":
        while True:
            core = g["brand"] + " " + R.choice(ACTIVITIES)
            if org_free(core): break
        form = R.choice(["ltda", "ltda", "sa", "epp"])
        e["trade"] = g["brand"] if R.random() < 0.5 else None
    else:
        while True:
            act, form = R.choice(GROUP_OTHERS)
            core = g["brand"] + " " + act
            if act not in g["used"] and org_free(core):
                g["used"].append(act)
                break
    e.update(core=core, form=form)
    e["tags"].update(group=g, role=role)
    register_org(e)
    if use_mailbox: e["email"] = g["mailbox"]
    else:
        e["email"] = org_email(g["domain"], e["id"], ["contato", "compras", "suprimentos", "juridico", "diretoria",
                                                      "holding", "administrativo"])
    reg_email(e["email"], e["id"])
    e["contact"] = contact_person() if R.random() < 0.6 else None
    e["phone"] = new_phone(g["town"][2], False, e["id"])
    if R.random() < 0.3: e["ext"] = str(R.randint(200, 260))
    e["addr"] = g["hq"]
    _add(ADDR_OWNER, g["hq"]["key"], e["id"])
    return e

# =========================================================================== record state + rendering
def default_ast():
    return {"stype": "full", "sabbr": False, "numsep": ", ", "numdot": False, "cw": "l1dash", "compv": 0,
            "comp": True, "bairro": True, "cep": "dash", "cityacc": True, "region": "uf", "country": "Brasil",
            "case": "proper", "noacc": False}

def base_rs(e):
    rs = {"otype": e["otype"], "case": "proper", "noacc": False, "disamb": None, "email": e["email"],
          "phone": e["phone"], "ext": e["ext"], "ext_shown": bool(e["ext"]), "pfmt": 0, "extfmt": 0,
          "addr": e["addr"], "ast": default_ast()}
    if e["otype"] == "person":
        rs.update(title=e["title"], given=e["given"], surnames=list(e["surnames"]), suffix=e["suffix"],
                  dn_mode="trade" if e["trade"] else "name", trade=e["trade"], mei_tag=False,
                  given_hidden=False, family_hidden=False)
    else:
        rs.update(core=e["core"], trade=e["trade"], form=e["form"], cn_var=0 if e["form"] else None,
                  dn_var=None, dn_mode="trade" if (e["trade"] or e["filial"]) else "legal", abbr_cn=False,
                  abbr_dn=False, abbr_drop=False, filial=e["filial"], fsep=e["tags"].get("fsep", 0),
                  contact=e["contact"], contact_hidden=False)
    return rs

FSEP = [" - ", " ", " / ", " – "]
EXT_FMT = [" ramal {}", " r. {}", " - ramal {}", " Ramal: {}"]

def render_core(core, abbr, drop):
    out = []
    for w in core.split(" "):
        if abbr and w in ABBR: out.append(ABBR[w])
        elif abbr and drop and w in ("de", "e"): continue
        else: out.append(w)
    return " ".join(out)
def form_txt(ftype, var):
    return "" if (ftype is None or var is None) else " " + FORMS[ftype][var]
def tcase(s, case, noacc):
    if s is None: return None
    if noacc: s = strip_acc(s)
    return s.upper() if case == "upper" else (s.lower() if case == "lower" else s)

def phone_txt(ddd, num, f):
    mob = len(num) == 9
    a, b = (num[:5], num[5:]) if mob else (num[:4], num[4:])
    d = str(ddd)
    F = ["(%s) %s-%s" % (d, a, b), d + num, "+55 %s %s-%s" % (d, a, b),
         ("+55 %s %s %s-%s" % (d, num[0], num[1:5], num[5:])) if mob else "+55 (%s) %s-%s" % (d, a, b),
         "+55" + d + num, "0xx%s %s-%s" % (d, a, b), "(%s) %s %s" % (d, a, b), "%s %s-%s" % (d, a, b),
         "(0%s) %s-%s" % (d, a, b), "(%s)%s-%s" % (d, a, b), "55 %s %s-%s" % (d, a, b),
         ("%s %s.%s-%s" % (d, num[0], num[1:5], num[5:])) if mob else "%s %s.%s" % (d, a, b)]
    return F[f]

def render_addr(a, st):
    if a is None: return None
    stype = STYPE_ABBR[a["stype"]] if st["stype"] == "abbr" else a["stype"]
    sname = a["sname"]
    if st["sabbr"]: sname = " ".join(SNAME_ABBR.get(w, w) for w in sname.split(" "))
    num = a["num"]
    if st["numdot"] and num.isdigit() and len(num) >= 4: num = num[:-3] + "." + num[-3:]
    sep = st["numsep"]
    if not num[0].isdigit() and sep == ", nº ": sep = ", "
    line1 = stype + " " + sname + sep + num
    l2 = []
    if a["comp"] and st["comp"]:
        comp = ", ".join(COMP_FORMS[t][st["compv"]] + " " + v for t, v in a["comp"])
        if st["cw"] == "l1dash": line1 += " - " + comp
        elif st["cw"] == "l1comma": line1 += ", " + comp
        else: l2.append(comp)
    if st["bairro"] and a["bairro"]: l2.append(a["bairro"])
    line2 = " - ".join(l2) or None
    city = a["city"] if st["cityacc"] else strip_acc(a["city"])
    region = a["uf"] if st["region"] == "uf" else UF_NAME[a["uf"]]
    cep = a["cep"]
    pc = None if st["cep"] is None else (cep[:5] + "-" + cep[5:] if st["cep"] == "dash" else cep)
    c, n = st["case"], st["noacc"]
    country = st["country"]
    if c == "upper" and country: country = country.upper()
    return {"line1": tcase(line1, c, n), "line2": tcase(line2, c, n), "city": tcase(city, c, n),
            "region": tcase(region, c, n), "postalCode": pc, "country": country}

def render(rs):
    c, n = rs["case"], rs["noacc"]
    if rs["otype"] == "person":
        fam = " ".join(rs["surnames"] + ([rs["suffix"]] if rs["suffix"] else []))
        if rs["dn_mode"] == "trade": dn = rs["trade"] + (" - MEI" if rs["mei_tag"] else "")
        else: dn = " ".join(([rs["title"]] if rs["title"] else []) + [rs["given"], fam])
        gn = None if rs["given_hidden"] else rs["given"]
        fn = None if rs["family_hidden"] else fam
        cn = None
    else:
        cn = render_core(rs["core"], rs["abbr_cn"], rs["abbr_drop"]) + form_txt(rs["form"], rs["cn_var"])
        if rs["dn_mode"] == "trade": base = rs["trade"] or rs["core"]
        else: base = render_core(rs["core"], rs["abbr_dn"], rs["abbr_drop"]) + form_txt(rs["form"], rs["dn_var"])
        dn = base + (FSEP[rs["fsep"]] + rs["filial"] if rs["filial"] else "")
        if rs["contact"] is None or rs["contact_hidden"]: gn = fn = None
        else: gn, fn = rs["contact"]
    dn, gn, fn, cn = [tcase(x, c, n) for x in (dn, gn, fn, cn)]
    if rs["disamb"]: dn += rs["disamb"]
    ph = None
    if rs["phone"]:
        ph = phone_txt(rs["phone"][0], rs["phone"][1], rs["pfmt"])
        if rs["ext"] and rs["ext_shown"]: ph += EXT_FMT[rs["extfmt"]].format(rs["ext"])
    return {"displayName": dn, "givenName": gn, "familyName": fn, "companyName": cn, "email": rs["email"],
            "phone": ph, "address": render_addr(rs["addr"], rs["ast"])}

def existing_style(rs, e):
    r = R.random()
    if r < 0.06:
        rs["case"], rs["noacc"] = "upper", R.random() < 0.7
        rs["ast"]["case"], rs["ast"]["noacc"] = "upper", rs["noacc"]
    elif r < 0.09: rs["noacc"] = True
    a = rs["ast"]
    a["stype"] = "abbr" if R.random() < 0.3 else "full"
    a["sabbr"] = R.random() < 0.1
    a["numsep"] = wpick([(", ", 80), (" ", 10), (", nº ", 10)])
    a["numdot"] = R.random() < 0.05
    a["cw"] = wpick([("l1dash", 45), ("l1comma", 25), ("l2", 30)])
    a["compv"] = wpick([(0, 80), (1, 10), (2, 10)])
    a["comp"] = R.random() < 0.95
    a["bairro"] = R.random() < 0.6
    a["cep"] = wpick([("dash", 82), ("plain", 14), (None, 4)])
    a["cityacc"] = R.random() < 0.92
    a["region"] = "uf" if R.random() < 0.85 else "name"
    a["country"] = wpick([("Brasil", 50), (None, 35), ("BR", 8), ("Brazil", 7)])
    rs["pfmt"] = 0 if R.random() < 0.75 else R.choice([1, 2, 6, 7, 9])
    rs["ext_shown"] = bool(rs["ext"]) and R.random() < 0.8
    if rs["otype"] == "person":
        if e["trade"]:
            rs["dn_mode"] = "trade" if R.random() < 0.85 else "name"
            rs["mei_tag"] = R.random() < 0.15
        if e["title"] and R.random() < 0.15: rs["title"] = None
    else:
        if e["trade"] and not e["filial"]: rs["dn_mode"] = "trade" if R.random() < 0.7 else "legal"
        if e["form"]:
            rs["cn_var"] = R.choices(list(range(len(FORMS[e["form"]]))) + [None],
                                     [50] + [12] * (len(FORMS[e["form"]]) - 1) + [8])[0]
            rs["dn_var"] = None if R.random() < 0.45 else R.randrange(len(FORMS[e["form"]]))
        rs["abbr_cn"] = R.random() < 0.06
        rs["abbr_dn"] = R.random() < 0.08
        rs["abbr_drop"] = R.random() < 0.5
        rs["contact_hidden"] = R.random() < 0.15

def incoming_style(rs, e, src=None):
    src = src or R.choices(["ecommerce", "salesapp", "nfe", "manual"], [35, 30, 20, 15])[0]
    a = rs["ast"]
    a["stype"] = R.choice(["full", "abbr"])
    a["sabbr"] = R.random() < 0.2
    a["numsep"] = wpick([(", ", 60), (" ", 25), (", nº ", 15)])
    a["cw"] = R.choice(["l1dash", "l1comma", "l2"])
    a["compv"] = R.randrange(5)
    a["bairro"] = R.random() < 0.5
    a["region"] = "uf" if R.random() < 0.8 else "name"
    if src == "ecommerce":
        if rs["otype"] == "person" and R.random() < 0.25: rs["case"] = "lower"
        rs["noacc"] = R.random() < 0.25
        a["cep"] = R.choice(["dash", "plain"])
        a["country"] = wpick([(None, 50), ("Brasil", 40), ("Brazil", 10)])
        rs["pfmt"] = R.choice([1, 4, 7, 0])
        a["cityacc"] = R.random() < 0.7
    elif src == "salesapp":
        a["country"] = wpick([(None, 70), ("Brasil", 30)])
        a["stype"] = "abbr" if R.random() < 0.6 else "full"
        rs["pfmt"] = R.choice([0, 7, 2, 3, 6, 11])
        a["cep"] = wpick([("dash", 60), (None, 20), ("plain", 20)])
    elif src == "nfe":
        rs["case"], rs["noacc"] = "upper", True
        a["case"], a["noacc"] = "upper", True
        a["cep"] = "plain"
        a["country"] = R.choice(["BR", "Brasil", "BRASIL"])
        a["region"] = "uf"
        rs["pfmt"] = R.choice([1, 0, 9])
        if rs["otype"] == "org":
            rs["dn_mode"] = "legal" if not rs["filial"] else rs["dn_mode"]
            rs["dn_var"] = rs["cn_var"] = R.randrange(len(FORMS[rs["form"]])) if rs["form"] else None
    else:
        a["cep"] = wpick([("dash", 60), ("plain", 30), (None, 10)])
        a["country"] = wpick([(None, 40), ("Brasil", 40), ("BR", 10), ("Brazil", 10)])
        rs["pfmt"] = R.randrange(12)
        a["cityacc"] = R.random() < 0.8
    rs["ext_shown"] = bool(rs["ext"]) and R.random() < 0.5
    if rs["otype"] == "person" and e["trade"] and src != "nfe":
        rs["dn_mode"] = "trade" if R.random() < 0.6 else "name"
    if rs["otype"] == "org" and src != "nfe":
        if e["trade"] and not e["filial"]: rs["dn_mode"] = "trade" if R.random() < 0.6 else "legal"
        if e["form"]:
            rs["cn_var"] = R.choice(list(range(len(FORMS[e["form"]]))) + [None])
            rs["dn_var"] = R.choice([None, None] + list(range(len(FORMS[e["form"]]))))
        rs["abbr_cn"] = R.random() < 0.12
        rs["abbr_dn"] = R.random() < 0.15
        rs["abbr_drop"] = R.random() < 0.5
        rs["contact_hidden"] = R.random() < 0.4
    return src

# =========================================================================== change operations
OPS = {}
ORDER = []

def op(name, otype="any", destroys=None, w=2):
    def deco(fn):
        OPS[name] = (fn, otype, destroys, w)
        ORDER.append(name)
        return fn
    return deco

def typo_word(w):
    for _ in range(40):
        i = R.randint(1, len(w) - 1)
        kind = R.choice(["sub", "sub", "del", "dup"])
        c = w[i]
        base = fold(c)
        if len(base) != 1 or not base.isalpha(): continue
        if kind == "sub":
            n = R.choice([x for x in ("aeiou" if base in "aeiou" else "bcdfglmnprstvz") if x != base])
            res = w[:i] + (n.upper() if c.isupper() else n) + w[i + 1:]
        elif kind == "del":
            if len(w) < 5: continue
            res = w[:i] + w[i + 1:]
        else: res = w[:i] + c + w[i:]
        if lev(fold(res), fold(w)) == 1: return res
    return None
@op("disamb", w=0)
def op_disamb(rs, e):
    if not rs["disamb"]: return None
    rs["disamb"] = None
    return "disambiguator"
@op("mei_swap", "person", w=3)
def op_mei_swap(rs, e):
    if not e["trade"]: return None
    rs["dn_mode"] = "name" if rs["dn_mode"] == "trade" else "trade"
    return "person_name" if rs["dn_mode"] == "name" else "trade_name"
@op("dn_swap", "org", w=4)
def op_dn_swap(rs, e):
    if not e["trade"] or e["filial"]: return None
    rs["dn_mode"] = "legal" if rs["dn_mode"] == "trade" else "trade"
    return "legal_name" if rs["dn_mode"] == "legal" else "trade_name"
@op("nickname", "person", w=3)
def op_nickname(rs, e):
    g = rs["given"]
    if g != e["given"]: return None
    t = g.split(" ")
    if g in NICK_FULL and (R.random() < 0.6 or t[0] not in NICK): rs["given"] = R.choice(NICK_FULL[g])
    elif t[0] in NICK: rs["given"] = " ".join([R.choice(NICK[t[0]])] + t[1:])
    else: return None
    return "nickname"
@op("given_short", "person", w=2)
def op_given_short(rs, e):
    t = rs["given"].split(" ")
    if len(t) < 2: return None
    rs["given"] = t[0]
    return "short"
@op("short", "person", w=3)
def op_short(rs, e):
    u = rs["surnames"]
    if len(u) < 2 and " " not in u[-1]: return None
    rs["surnames"] = [u[-1].split(" ")[-1]]
    return "short"
@op("first_surname_dropped", "person", w=2)
def op_fsd(rs, e):
    if len(rs["surnames"]) < 2 or (e["married"] and len(rs["surnames"]) < 3): return None
    rs["surnames"] = rs["surnames"][1:]
    return "first_surname_dropped"
@op("married", "person", w=2)
def op_married(rs, e):
    if e["gender"] != "F" or e["married"] or rs["surnames"] != e["surnames"]: return None
    h = R.choice(SURNAMES).split(" ")[-1]
    if h in [x.split(" ")[-1] for x in rs["surnames"]]: return None
    rs["surnames"] = rs["surnames"] + [h]
    return "married"
@op("maiden", "person", w=6)
def op_maiden(rs, e):
    if not e["married"] or rs["surnames"] != e["surnames"]: return None
    rs["surnames"] = rs["surnames"][:-1]
    return "maiden"
@op("suffix_format", "person", w=12)
def op_suffix(rs, e):
    if rs["suffix"] not in ("Júnior", "Jr.", "Junior"): return None
    rs["suffix"] = R.choice([x for x in ("Júnior", "Jr.", "Junior", "Jr") if x != rs["suffix"]])
    return "suffix_format"
@op("title_added", "person", w=1)
def op_title_added(rs, e):
    if rs["title"] or rs["dn_mode"] != "name": return None
    rs["title"] = e["title"] or (("Sr." if e["gender"] == "M" else "Sra.") if R.random() < 0.7 else
                                 ("Dr." if e["gender"] == "M" else "Dra."))
    return "title_added"
@op("title_dropped", "person", w=6)
def op_title_dropped(rs, e):
    if not rs["title"] or rs["dn_mode"] != "name": return None
    rs["title"] = None
    return "title_dropped"
@op("given_missing", "person", w=1)
def op_given_missing(rs, e):
    rs["given_hidden"] = True
    return "missing"
@op("family_missing", "person", w=1)
def op_family_missing(rs, e):
    rs["family_hidden"] = True
    return "missing"
@op("abbrev_cn", "org", w=3)
def op_abbrev_cn(rs, e):
    if rs["abbr_cn"] or not any(w in ABBR for w in rs["core"].split(" ")): return None
    rs["abbr_cn"] = True
    rs["abbr_drop"] = R.random() < 0.5
    return "abbrev"
@op("abbrev_dn", "org", w=3)
def op_abbrev_dn(rs, e):
    if rs["abbr_dn"] or rs["dn_mode"] != "legal" or not any(w in ABBR for w in rs["core"].split(" ")): return None
    rs["abbr_dn"] = True
    return "abbrev"
@op("lf_cn", "org", w=4)
def op_lf_cn(rs, e):
    if not rs["form"]: return None
    rs["cn_var"] = R.choice([v for v in list(range(len(FORMS[rs["form"]]))) + [None] if v != rs["cn_var"]])
    return "legal_form"
@op("lf_dn", "org", w=3)
def op_lf_dn(rs, e):
    if not rs["form"] or rs["dn_mode"] != "legal": return None
    rs["dn_var"] = R.choice([v for v in list(range(len(FORMS[rs["form"]]))) + [None] if v != rs["dn_var"]])
    return "legal_form"
@op("filial_punct", "org", w=5)
def op_filial_punct(rs, e):
    if not rs["filial"]: return None
    rs["fsep"] = R.choice([i for i in range(len(FSEP)) if i != rs["fsep"]])
    return "punctuation"
@op("contact_changed", "org", w=2)
def op_contact_changed(rs, e):
    c = rs["contact"]
    if c is None or rs["contact_hidden"]: return None
    n = contact_person()
    if lev(fold(n[0]), fold(c[0])) < 2 or lev(fold(n[1]), fold(c[1])) < 2: return None
    rs["contact"] = n
    return "changed"
@op("contact_missing", "org", w=2)
def op_contact_missing(rs, e):
    if rs["contact"] is None or rs["contact_hidden"]: return None
    rs["contact_hidden"] = True
    return "missing"
@op("contact_added", "org", w=2)
def op_contact_added(rs, e):
    if rs["contact"] is not None and not rs["contact_hidden"]: return None
    rs["contact"] = rs["contact"] or e["contact"] or contact_person()
    rs["contact_hidden"] = False
    return "added"
@op("typo_name", w=3)
def op_typo_name(rs, e):
    if rs["otype"] == "person":
        gt = rs["given"].split(" ")
        c = [("g", i) for i, w in enumerate(gt) if len(w) >= 4] + \
            [("s", j) for j, u in enumerate(rs["surnames"]) if len(u.split(" ")[-1]) >= 4]
        if not c: return None
        t, i = R.choice(c)
        if t == "g":
            gt[i] = typo_word(gt[i]) or gt[i]
            rs["given"] = " ".join(gt)
        else:
            p = rs["surnames"][i].split(" ")
            p[-1] = typo_word(p[-1]) or p[-1]
            rs["surnames"][i] = " ".join(p)
        return "typo"
    tgt = "trade" if (rs["dn_mode"] == "trade" and rs["trade"] and R.random() < 0.5) else "core"
    ws = rs[tgt].split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha() and w not in ABBR and fold(w) not in STOP]
    if not idx: return None
    i = R.choice(idx)
    ws[i] = typo_word(ws[i]) or ws[i]
    rs[tgt] = " ".join(ws)
    return "typo"
@op("recase", w=3)
def op_recase(rs, e):
    opts = [c for c in (["upper", "upper", "lower"] if rs["otype"] == "person" else ["upper"]) + ["proper"]
            if c != rs["case"]]
    rs["case"] = R.choice(opts)
    return "case"
@op("noacc", w=3)
def op_noacc(rs, e):
    rs["noacc"] = not rs["noacc"]
    return "accents"
@op("email_case", w=2)
def op_email_case(rs, e):
    m = rs["email"]
    if not m: return None
    loc, dom = m.split("@")
    rs["email"] = R.choice([m.upper(), loc.capitalize() + "@" + dom, loc.capitalize() + "@" + dom.capitalize()])
    return "case"
def typo_email(m):
    loc, dom = m.split("@")
    if R.random() < 0.7 and len(loc) >= 4:
        i = R.randint(1, len(loc) - 1)
        if not loc[i].isalpha(): return None
        k = R.choice(["sub", "del", "dup"])
        if k == "sub": return loc[:i] + R.choice([x for x in "aeioulnrst" if x != loc[i]]) + loc[i + 1:] + "@" + dom
        return (loc[:i] + loc[i + 1:] if k == "del" else loc[:i] + loc[i] + loc[i:]) + "@" + dom
    head, rest = dom.split(".", 1)
    i = R.randint(1, len(head) - 1)
    return loc + "@" + head[:i] + head[i + 1:] + "." + rest
@op("email_typo", w=2)
def op_email_typo(rs, e):
    m = rs["email"]
    if not m: return None
    for _ in range(20):
        v = typo_email(m)
        if v and "@" in v and lev(v.lower(), m.lower()) == 1 and email_free(v, e["id"]):
            rs["email"] = v
            return "typo"
    return None
def alt_email(e, old):
    if e["otype"] == "person": return person_email(e["given"], e["surnames"], e["id"], trade=e["trade"], avoid=old)
    dom = e.get("domain") or (e["tags"].get("chain") or {}).get("domain") or \
        (e["tags"].get("group") or {}).get("domain")
    if dom and R.random() < 0.8:
        try: return org_email(dom, e["id"], avoid=old)
        except RuntimeError: pass
    c = e["contact"] or contact_person()
    return person_email(c[0], [c[1]], e["id"], avoid=old)
@op("email_changed", destroys="email", w=3)
def op_email_changed(rs, e):
    if not rs["email"]: return None
    rs["email"] = alt_email(e, rs["email"].lower())
    return "changed"
@op("email_missing", destroys="email", w=3)
def op_email_missing(rs, e):
    if not rs["email"]: return None
    rs["email"] = None
    return "missing"
@op("email_added", w=2)
def op_email_added(rs, e):
    if rs["email"]: return None
    rs["email"] = e["email"]
    return "added"
@op("phone_format", w=5)
def op_phone_format(rs, e):
    if not rs["phone"]: return None
    rs["pfmt"] = R.choice([i for i in range(12) if i != rs["pfmt"]])
    return "format"
@op("phone_ext", w=6)
def op_phone_ext(rs, e):
    if not rs["phone"] or not rs["ext"]: return None
    rs["ext_shown"] = not rs["ext_shown"]
    rs["extfmt"] = R.randrange(len(EXT_FMT))
    return "extension"
@op("phone_changed", destroys="phone", w=3)
def op_phone_changed(rs, e):
    if not rs["phone"]: return None
    rs["phone"] = new_phone(rs["phone"][0], len(rs["phone"][1]) == 9 or R.random() < 0.3)
    rs["ext_shown"] = False
    return "changed"
@op("phone_missing", destroys="phone", w=3)
def op_phone_missing(rs, e):
    if not rs["phone"]: return None
    rs["phone"] = None
    return "missing"
@op("phone_added", w=2)
def op_phone_added(rs, e):
    if rs["phone"]: return None
    rs["phone"] = e["phone"]
    return "added"
@op("addr_format", w=4)
def op_addr_format(rs, e):
    a, st = rs["addr"], rs["ast"]
    if not a: return None
    o = ["stype", "numsep"] + (["sabbr"] if any(w in SNAME_ABBR for w in a["sname"].split(" ")) else []) + \
        (["numdot"] if a["num"].isdigit() and len(a["num"]) >= 4 else []) + (["cw", "compv"] if a["comp"] and st["comp"] else [])
    o = R.choice(o)
    if o == "stype": st["stype"] = "abbr" if st["stype"] == "full" else "full"
    elif o == "numsep": st["numsep"] = R.choice([x for x in (", ", " ", ", nº ") if x != st["numsep"]])
    elif o in ("sabbr", "numdot"): st[o] = not st[o]
    elif o == "cw": st["cw"] = R.choice([x for x in ("l1dash", "l1comma", "l2") if x != st["cw"]])
    else: st["compv"] = R.choice([x for x in range(5) if x != st["compv"]])
    return "format"
@op("addr_cep_format", w=3)
def op_addr_cep_format(rs, e):
    if not rs["addr"] or rs["ast"]["cep"] is None: return None
    rs["ast"]["cep"] = "plain" if rs["ast"]["cep"] == "dash" else "dash"
    return "cep_format"
@op("addr_cep_dropped", w=2)
def op_addr_cep_dropped(rs, e):
    if not rs["addr"] or rs["ast"]["cep"] is None: return None
    rs["ast"]["cep"] = None
    return "cep_dropped"
@op("addr_country", w=3)
def op_addr_country(rs, e):
    if not rs["addr"]: return None
    rs["ast"]["country"] = R.choice([c for c in ("Brasil", "Brazil", "BR", None) if c != rs["ast"]["country"]])
    return "country"
@op("addr_region", w=3)
def op_addr_region(rs, e):
    if not rs["addr"]: return None
    rs["ast"]["region"] = "name" if rs["ast"]["region"] == "uf" else "uf"
    return "region"
@op("addr_city_accents", w=2)
def op_addr_city_accents(rs, e):
    if not rs["addr"] or strip_acc(rs["addr"]["city"]) == rs["addr"]["city"]: return None
    rs["ast"]["cityacc"] = not rs["ast"]["cityacc"]
    return "city_accents"
@op("addr_bairro", w=2)
def op_addr_bairro(rs, e):
    if not rs["addr"]: return None
    rs["ast"]["bairro"] = not rs["ast"]["bairro"]
    return "bairro_added" if rs["ast"]["bairro"] else "bairro_dropped"
@op("addr_complement", w=2)
def op_addr_complement(rs, e):
    if not rs["addr"] or not rs["addr"]["comp"] or not rs["ast"]["comp"]: return None
    rs["ast"]["comp"] = False
    return "complement_dropped"
@op("addr_case", w=2)
def op_addr_case(rs, e):
    if not rs["addr"]: return None
    st = rs["ast"]
    st["case"] = "proper" if st["case"] == "upper" else "upper"
    st["noacc"] = st["case"] == "upper" and R.random() < 0.7
    return "case"
@op("addr_moved", destroys="address", w=2)
def op_addr_moved(rs, e):
    if not rs["addr"]: return None
    town = e["town"] if R.random() < 0.7 else pick_town(uf=e["town"][1])
    rs["addr"] = new_address(town, "apto" if e["otype"] == "person" else R.choice(["office", "shop"]))
    return "moved"
@op("addr_missing", destroys="address", w=3)
def op_addr_missing(rs, e):
    if not rs["addr"]: return None
    rs["addr"] = None
    return "missing"
@op("addr_added", w=2)
def op_addr_added(rs, e):
    if rs["addr"]: return None
    rs["addr"] = e["addr"]
    return "added"

EXCL = {}
for _grp in [["given_missing", "nickname", "given_short"], ["family_missing", "short", "first_surname_dropped",
             "married", "maiden", "suffix_format"], ["short", "first_surname_dropped"], ["married", "maiden"],
             ["title_added", "title_dropped"], ["contact_changed", "contact_missing", "contact_added"],
             ["email_changed", "email_missing", "email_added", "email_typo"], ["email_changed", "email_case"],
             ["email_missing", "email_case"], ["phone_changed", "phone_missing", "phone_added", "phone_format"],
             ["phone_changed", "phone_ext"], ["phone_missing", "phone_ext"],
             ["addr_moved", "addr_missing", "addr_added", "addr_format", "addr_cep_format", "addr_cep_dropped",
              "addr_country", "addr_region", "addr_city_accents", "addr_bairro", "addr_complement", "addr_case"],
             ["addr_cep_format", "addr_cep_dropped"], ["given_missing", "family_missing"]]:
    for _a in _grp:
        for _b in _grp:
            if _a != _b and not (_grp[0] == "addr_moved" and _a not in ("addr_moved", "addr_missing", "addr_added")
                                 and _b not in ("addr_moved", "addr_missing", "addr_added")):
                EXCL.setdefault(_a, []).append(_b)

# =========================================================================== label semantics (mirrored in check.py)
NEUTRAL = ["case", "accents", "disambiguator", "title_added", "title_dropped", "suffix_format", "legal_form",
           "abbrev", "punctuation"]
RE_TITLE = re.compile(r"^(?:dr|dra|sr|sra|eng|prof|profa)\.?\s+")
def neutral(s, labs):
    if "disambiguator" in labs: s = strip_disamb(s)
    f = fold(s)
    if "title_added" in labs or "title_dropped" in labs: f = RE_TITLE.sub("", f)
    if "suffix_format" in labs: f = re.sub(r"\b(?:junior|jr)\b\.?", "junior", f)
    if "legal_form" in labs or "abbrev" in labs: f = orgcore(f)
    if "punctuation" in labs: f = " ".join(re.sub(r"[\-–/.,]", " ", f).split())
    return f

def field_ok(f, labs, a, b):
    if "missing" in labs or "added" in labs:
        return len(labs) == 1 and ((b is None and a is not None) if labs[0] == "missing" else (a is None and b is not None))
    if a is None or b is None or a == b: return False
    if f == "email":
        ka, kb = a.lower(), b.lower()
        if "changed" in labs or "different" in labs:
            return len(labs) == 1 and (lev(ka, kb) > 1 if labs[0] == "changed" else ka != kb)
        if "typo" in labs: return lev(ka, kb) == 1
        return labs == ["case"] and ka == kb
    if f == "phone":
        (ka, ea), (kb, eb) = phone_key(a), phone_key(b)
        if "changed" in labs or "different" in labs: return len(labs) == 1 and ka != kb
        return ka == kb and ((ea != eb) == ("extension" in labs)) and all(x in ("format", "extension") for x in labs)
    if f == "address":
        ka, kb = addr_key(a), addr_key(b)
        if "moved" in labs or "different" in labs: return len(labs) == 1 and ka != kb
        if ka != kb: return False
        ua, ub = addr_units(a), addr_units(b)
        if "unit" in labs and not (ua and ub and ua != ub): return False
        if "cep_format" in labs and not (a["postalCode"] and b["postalCode"] and a["postalCode"] != b["postalCode"]
                                         and re.sub(r"\D", "", a["postalCode"]) == re.sub(r"\D", "", b["postalCode"])):
            return False
        if "cep_dropped" in labs and not (a["postalCode"] and b["postalCode"] is None): return False
        if "country" in labs and a["country"] == b["country"]: return False
        if "region" in labs and a["region"] == b["region"]: return False
        if "complement_dropped" in labs and not (ua and not ub): return False
        return True
    # name fields
    if "changed" in labs or "different" in labs:
        return len(labs) == 1 and (lev(fold(a), fold(b)) > 1 if labs[0] == "changed" else fold(a) != fold(b))
    rest = [x for x in labs if x not in NEUTRAL]
    if not rest:
        if all(x == "case" for x in labs): return a.casefold() == b.casefold()
        if all(x == "accents" for x in labs): return strip_acc(a) == strip_acc(b)
        return neutral(a, labs) == neutral(b, labs)
    na, nb = neutral(a, labs), neutral(b, labs)
    if rest == ["typo"]:
        wa, wb = na.split(), nb.split()
        return lev(na, nb) == 1 and len(wa) == len(wb) and all(x[0] == y[0] for x, y in zip(wa, wb))
    if rest == ["short"] or rest == ["first_surname_dropped"] or rest == ["maiden"]:
        return na != nb and all(w in na.split() for w in nb.split())
    if rest == ["married"]: return na != nb and all(w in nb.split() for w in na.split())
    return na != nb or fold(a) != fold(b)
def labels_ok(a, b, labels):
    by = {}
    for l in labels:
        f, w = l.split(":", 1)
        by.setdefault(f, []).append(w)
    diff = [f for f in FIELDS if a[f] != b[f]]
    if sorted(by) != sorted(diff): return False
    return all(field_ok(f, by[f], a[f], b[f]) for f in by)

# =========================================================================== variants
PROFILE = {"light": (1, 2), "medium": (2, 4), "harsh": (4, 12)}
def apply_ops(base, e, ops):
    rs = copy.deepcopy(base)
    start = cur = render(rs)
    labels = []
    for name in (["disamb"] if base["disamb"] else []) + sorted(ops, key=ORDER.index):
        lab = OPS[name][0](rs, e)
        if lab is None: return None
        new = render(rs)
        ch = [f for f in FIELDS if new[f] != cur[f]]
        if not ch: return None
        for f in ch:
            if f + ":" + lab not in labels: labels.append(f + ":" + lab)
        cur = new
    if not labels_ok(start, cur, labels): return None
    return rs, cur, labels
def exclusive_channels(c, eid):
    out = []
    if c["email"] and EMAIL_OWNER.get(c["email"].lower()) == [eid]: out.append("email")
    if c["phone"] and PHONE_OWNER.get(phone_key(c["phone"])[0]) == [eid]: out.append("phone")
    if c["address"] and ADDR_OWNER.get(addr_key(c["address"])) == [eid]: out.append("address")
    return out
def entity_evidence(a, b, eid, labels):
    ev = []
    if a["email"] and b["email"]:
        ka, kb = a["email"].lower(), b["email"].lower()
        if (ka == kb or ("email:typo" in labels and lev(ka, kb) == 1)) and EMAIL_OWNER.get(ka) == [eid] \
                and email_free(kb, eid):
            ev.append("email")
    for ch, kf, reg in (("phone", lambda p: phone_key(p)[0], PHONE_OWNER), ("address", addr_key, ADDR_OWNER)):
        if a[ch] and b[ch] and kf(a[ch]) == kf(b[ch]) and reg.get(kf(a[ch])) == [eid]: ev.append(ch)
    return ev

def make_variant(e, base, profile, keep, extra_ok=None):
    lo, hi = PROFILE[profile]
    base_c = render(base)
    names = [n for n in ORDER if n != "disamb" and OPS[n][1] in ("any", e["otype"]) and OPS[n][2] != keep]
    for _ in range(150):
        target = {"light": R.choice([1, 1, 2]), "medium": R.choice([2, 3, 3, 4]),
                  "harsh": R.choice([4, 5, 5, 6, 7])}[profile]
        ws = [OPS[n][3] * (4 if profile == "harsh" and OPS[n][2] else 1) for n in names]
        chosen = []
        res = apply_ops(base, e, chosen)
        if res is None: continue
        for n in wshuffle(names, ws):
            if len(res[2]) >= target: break
            if any(c in EXCL.get(n, []) for c in chosen): continue
            t = apply_ops(base, e, chosen + [n])
            if t is None or len(t[2]) > hi: continue
            chosen.append(n)
            res = t
        rs, c, labels = res
        if lo <= len(labels) <= hi and keep in entity_evidence(base_c, c, e["id"], labels) and \
                (extra_ok is None or extra_ok(c)):
            return rs, c, labels
    raise RuntimeError("variant " + e["id"])
def accept(rs, eid):
    if rs["email"]: reg_email(rs["email"], eid)
    if rs["phone"]: _add(PHONE_OWNER, "%d%s" % rs["phone"], eid)
    if rs["addr"]: _add(ADDR_OWNER, rs["addr"]["key"], eid)

def auto_labels(a, b):
    labels = []
    for f in FIELDS:
        x, y = a[f], b[f]
        if x == y: continue
        if x is None or y is None: labels.append(f + (":added" if x is None else ":missing"))
        elif f == "email": labels.append(f + (":case" if x.lower() == y.lower() else ":different"))
        elif f == "phone":
            (kx, ex), (ky, ey) = phone_key(x), phone_key(y)
            if kx != ky: labels.append("phone:different")
            else:
                if ex != ey: labels.append("phone:extension")
                if RE_EXT.sub("", x) != RE_EXT.sub("", y): labels.append("phone:format")
        elif f == "address":
            if addr_key(x) != addr_key(y): labels.append("address:different")
            else:
                ux, uy = addr_units(x), addr_units(y)
                labels.append("address:unit" if (ux and uy and ux != uy) else "address:format")
        else:
            sx = strip_disamb(x) if f == "displayName" else x
            if sx != x: labels.append(f + ":disambiguator")
            if sx == y: continue
            if sx.casefold() == y.casefold(): labels.append(f + ":case")
            elif strip_acc(sx) == strip_acc(y): labels.append(f + ":accents")
            elif fold(sx) == fold(y): labels += [f + ":case", f + ":accents"]
            else: labels.append(f + ":different")
    return labels

# =========================================================================== existing customers
EX_RS, EX_C = {}, {}

def hide_channels(rs, pe, pp, pa, must=()):
    for ch, p in (("email", pe), ("phone", pp), ("addr", pa)):
        if ch not in must and rs[ch] is not None and R.random() < p: rs[ch] = None
    if rs["email"] is None and rs["phone"] is None and rs["addr"] is None: return False
    return True

def build_existing():
    orgs, persons = [], []
    offices = []
    while len(orgs) < 46:
        ch = make_chain(pick_town())
        for k in range(R.randint(3, 5)): orgs.append(make_filial(ch, own_email_p=0.0 if k < 2 else 0.35))
    for gi in range(22):
        g = make_group(pick_town())
        orgs.append(make_group_company(g, "operating", gi < 6))
        if gi < 6: orgs.append(make_group_company(g, "holding", True))
    for t in R.sample(TOWNS, 18): orgs.append(new_org("org/prefeitura", t))
    for _ in range(10):
        o = new_org("org/contabilidade", pick_town())
        o["tags"]["office"] = True
        mb = R.choice(["fiscal", "nfe", "documentos", "clientes", "dp", "escrita"]) + "@" + o["domain"] \
            if o.get("domain") else None
        if not mb or not email_free(mb, o["id"]):
            mb = "%s.%s@gmail.com" % (R.choice(["fiscal", "nfe", "documentos"]), slug(o["core"])[:20])
        reg_email(mb, o["id"])
        offices.append({"ent": o, "mailbox": mb, "town": o["town"]})
        orgs.append(o)
    for kind, n in (("org/condominio", 45), ("org/associacao", 18), ("org/igreja", 18), ("org/escola", 30),
                    ("org/clinica", 35), ("org/hospital", 10), ("org/trade_name", 150)):
        for _ in range(n): orgs.append(new_org(kind, pick_town()))
    while len(orgs) < 750:
        orgs.append(new_org("org/company", pick_town(), pattern="surname_trade" if len(orgs) % 6 == 0 else None))
    commons = COMMON_NAMES + [R.choice(COMMON_NAMES) for _ in range(15)]
    for i, (g, sn) in enumerate(commons):
        twin = [p for p in persons if p["given"] == g and p["surnames"] == sn]
        town = twin[0]["town"] if twin and i % 4 == 0 else pick_town()
        p = new_person("person/individual", town, given=g, surnames=sn, suffix=None, allow_dup=True)
        p["tags"]["common"] = True
        persons.append(p)
    for kind, n in (("person/professional", 70), ("person/mei", 110)):
        for _ in range(n): persons.append(new_person(kind, pick_town()))
    while len(persons) < 750: persons.append(new_person("person/individual", pick_town()))
    ents = orgs + persons
    # accountant offices' shared mailbox: used as e-mail by several small clients
    small = [e for e in ents if e["kind"] in ("person/mei", "person/professional", "org/trade_name")
             or (e["kind"] == "org/company" and e["form"] in ("me", "eireli"))]
    R.shuffle(small)
    for off in offices:
        cl = [e for e in small if "office_of" not in e["tags"] and e["town"][1] == off["town"][1]][:4]
        cl += [e for e in small if "office_of" not in e["tags"] and e not in cl][:4 - len(cl)]
        for e in cl:
            e["tags"]["office_of"] = off
            e["email"] = off["mailbox"]
            reg_email(off["mailbox"], e["id"])
    # bookkeeper-style records
    for e in ents:
        rs = base_rs(e)
        existing_style(rs, e)
        must = []
        if e["email"] and (e["email"] == (e["tags"].get("chain") or {}).get("mailbox") or "office_of" in e["tags"]
                           or e["email"] == (e["tags"].get("group") or {}).get("mailbox")):
            must.append("email")
        if e["kind"] in ("org/prefeitura", "org/group_company") or "office_of" in e["tags"] or \
                e["tags"].get("common"):
            must.append("addr")
        while True:
            trial = copy.deepcopy(rs)
            if hide_channels(trial, 0.12, 0.12, 0.09, must): break
        EX_RS[e["id"]] = trial
    # QBO requires unique display names: bookkeeper appends " (Town)" or " - 2"
    seen = {}
    for e in ents:
        dn = render(EX_RS[e["id"]])["displayName"]
        k = fold(dn)
        if k in seen:
            first = seen[k]
            city = e["town"][0]
            cand = " (%s)" % city
            if city == first["town"][0] or fold(dn + cand) in seen:
                n = 2
                while fold(dn + " - %d" % n) in seen: n += 1
                cand = " - %d" % n
            EX_RS[e["id"]]["disamb"] = cand
            seen[fold(dn + cand)] = e
        else: seen[k] = e
    for e in ents: EX_C[e["id"]] = render(EX_RS[e["id"]])
    ents.sort(key=lambda e: fold(EX_C[e["id"]]["displayName"]))
    return ents

# =========================================================================== hard negatives
def hn_rs(h, shared):
    rs = base_rs(h)
    incoming_style(rs, h)
    if h["otype"] == "person": rs["given_hidden"] = rs["family_hidden"] = False
    if "email" not in shared and R.random() < 0.2: rs["email"] = None
    if R.random() < 0.15: rs["phone"] = None
    if rs["addr"] and rs["addr"]["comp"]: rs["ast"]["comp"] = True
    return rs
def sig_tokens(c):
    if c["companyName"] or not c["givenName"]: s = orgcore(strip_disamb(c["companyName"] or c["displayName"]))
    else: s = fold(c["givenName"] + " " + (c["familyName"] or ""))
    return [t for t in s.split() if len(t) >= 3 and t not in PARTICLES]

def hn_make(t, a):
    ac = EX_C[a["id"]]
    city = a["town"][0]
    if t == "filial":
        ch = a["tags"]["chain"]
        h = make_filial(ch, own_email_p=0.0)
        return h, ["email", "companyName"], ("another filial of the chain '%s' (%s vs %s): same razão social and the "
                                             "chain's shared mailbox %s, but its own branch name, address and phone; "
                                             "each filial is billed as its own customer"
                                             % (ch["trade"], h["filial"], a["filial"], ch["mailbox"]))
    if t == "group_company":
        g = a["tags"]["group"]
        share = ac["email"] == g["mailbox"]
        h = make_group_company(g, "other", share)
        return h, ["address"] + (["email"] if share else []), (
            "'%s' is another legal entity of the %s group (holding/asset company) at the same head office; "
            "shared address%s are not evidence, the legal name differs from '%s'"
            % (h["core"], g["brand"], " and contas a pagar mailbox" if share else "", a["core"]))
    if t == "namesake":
        town = pick_town(not_city=city, not_uf=a["town"][1] if R.random() < 0.6 else None)
        h = new_person("person/individual", town, given=a["given"], surnames=a["surnames"], suffix=None,
                       allow_dup=True)
        return h, ["name"], ("namesake: the common name '%s' belongs to a different person in %s/%s (anchor in "
                             "%s/%s); e-mail, phone and address all differ"
                             % (" ".join([a["given"]] + a["surnames"]), town[0], town[1], city, a["town"][1]))
    if t == "father_son":
        sx = None if a["suffix"] in ("Filho", "Júnior", "Neto") else R.choice(["Filho", "Filho", "Júnior", "Neto"])
        if not name_free(pkey(a["given"], a["surnames"], sx)): return None
        town = a["town"] if R.random() < 0.6 else pick_town(uf=a["town"][1], not_city=city)
        h = new_person("person/individual", town, given=a["given"], surnames=a["surnames"], suffix=sx)
        rel = "son (%s)" % sx if sx else "father (anchor is %s)" % a["suffix"]
        return h, ["name_tokens"] + (["city"] if town[0] == city else []), (
            "father and son: the incoming customer is the %s of the same name; the generational suffix differs and "
            "so do e-mail, phone and address" % rel)
    if t == "sibling_firm":
        core = a["core"]
        if core.startswith("Irmãos "):
            w = core.split(" ")
            new = " ".join([w[1], "& Filhos"] + w[2:])
        elif " & Filhos" in core: new = "Irmãos " + core.replace(" & Filhos", "")
        else: new = core + " " + R.choice(SIBLING_QUAL + (["Paulista"] if a["town"][1] == "SP" else []))
        if not org_free(new): return None
        town = pick_town(uf=a["town"][1] if R.random() < 0.6 else None, not_city=city)
        h = base_ent("org/company", town)
        h.update(core=new, form=R.choice(["ltda", "me", "epp", "eireli"]))
        h["tags"]["pattern"] = "sibling"
        finish_org(h, R.choice(["office", "shop", "industrial"]))
        return h, ["name_tokens"], ("sibling firm with a similar name but different owners: '%s' in %s vs '%s' in "
                                    "%s; no e-mail, phone or address in common" % (new, town[0], core, city))
    if t == "same_building":
        aa = a["addr"]
        ct, cv = aa["comp"][0]
        kind = R.choice(["org/company", "org/clinica", "org/contabilidade", "org/trade_name"])
        h = new_org(kind, a["town"])
        while True:
            nv = str(int(cv) + R.choice([-3, -2, -1, 1, 2, 5, 10, 100])) if cv.isdigit() else "1"
            if nv != cv and int(nv) > 0: break
        h["addr"] = dict(aa, comp=[(ct, nv)])
        _add(ADDR_OWNER, aa["key"], h["id"])
        return h, ["building"], ("another business in the same building (%s %s, %s): different unit (%s %s vs %s), "
                                 "company name, phone and e-mail" % (aa["stype"], aa["sname"], aa["num"], ct, nv, cv))
    if t == "accountant_client":
        off = a["tags"]["office_of"]
        kind = R.choice(["person/mei", "org/company", "org/trade_name", "person/professional"])
        town = off["town"] if R.random() < 0.7 else pick_town(uf=off["town"][1])
        h = new_person(kind, town) if kind.startswith("person") else new_org(kind, town)
        h["email"] = off["mailbox"]
        reg_email(off["mailbox"], h["id"])
        return h, ["email"], ("both are clients of the accounting office '%s', whose mailbox %s they share; names, "
                              "phone and address differ" % (off["ent"]["core"], off["mailbox"]))
    if t == "similar_trade":
        s1, tw = a["core"].split(" ")[0], a["tags"]["trade_word"]
        new = s1 + " " + R.choice([x for x in TRADES if x != tw])
        if not org_free(new): return None
        h = base_ent("org/company", a["town"])
        h.update(core=new, form=R.choice(["ltda", "me", "epp", "eireli"]))
        h["tags"]["pattern"] = "surname_trade"
        finish_org(h, R.choice(["shop", "office", "industrial"]))
        return h, ["name_tokens", "city"], ("same family name, different trade: '%s' vs '%s' in %s; e-mail, phone "
                                            "and address differ" % (new, a["core"], city))
    if t == "household":
        last = a["surnames"][-1]
        rel = R.choice(["spouse", "child", "child", "parent"])
        g = ("F" if a["gender"] == "M" else "M") if rel == "spouse" else R.choice("MF")
        for _ in range(50):
            gv = R.choice(GIVEN_F if g == "F" else GIVEN_M)
            if lev(fold(gv), fold(a["given"].split(" ")[0])) > 2 and gv.split(" ")[0] not in a["given"]: break
        if rel == "parent": sn = [a["surnames"][-2] if a["married"] else last]
        else:
            sn = [R.choice(SURNAMES), last]
            if sn[0].split(" ")[-1] == last.split(" ")[-1]: sn = sn[1:]
        if not name_free(pkey(gv, sn, None)): return None
        h = new_person("person/individual", a["town"], gender=g, given=gv, surnames=sn, suffix=None)
        h["addr"] = a["addr"]
        _add(ADDR_OWNER, a["addr"]["key"], h["id"])
        return h, ["address", "surname"], ("household member (%s) living at the same address: %s is a different "
                                           "person from %s, with their own e-mail and phone"
                                           % (rel, gv, a["given"]))
    if t == "secretaria":
        h = new_org("org/secretaria", a["town"])
        return h, ["city"], ("'%s' is a municipal secretaria billed separately from the Prefeitura of %s: different "
                             "name, address, phone and e-mail; only the town is shared" % (h["core"], city))
    raise ValueError(t)

HN_TYPES = ["filial", "group_company", "secretaria", "accountant_client", "namesake", "similar_trade",
            "same_building", "sibling_firm", "father_son", "household"]

def hn_pool(t, ents):
    def shows(e, *chs):
        c = EX_C[e["id"]]
        return all(c[ch] for ch in chs)
    if t == "filial":
        return [e for e in ents if e["kind"] == "org/filial" and EX_C[e["id"]]["email"] == e["tags"]["chain"]["mailbox"]
                and shows(e, "address")]
    if t == "group_company": return [e for e in ents if e["tags"].get("role") == "operating" and shows(e, "address")]
    if t == "secretaria": return [e for e in ents if e["kind"] == "org/prefeitura" and shows(e, "address")]
    if t == "accountant_client": return [e for e in ents if "office_of" in e["tags"] and shows(e, "email", "address")]
    if t == "namesake": return [e for e in ents if e["tags"].get("common") and shows(e, "address")]
    if t == "similar_trade":
        return [e for e in ents if e["tags"].get("pattern") == "surname_trade" and shows(e, "address")]
    if t == "same_building":
        return [e for e in ents if e["otype"] == "org" and e["addr"]["comp"] and e["kind"] != "org/group_company"
                and e["addr"]["comp"][0][0] in ("Sala", "Conj.", "Loja") and shows(e, "address")
                and EX_RS[e["id"]]["ast"]["comp"]]
    if t == "sibling_firm":
        return [e for e in ents if e["kind"] == "org/company" and e["tags"].get("pattern") != "surname_trade"
                and shows(e, "address")]
    if t == "father_son": return [e for e in ents if e["kind"] == "person/individual" and e["gender"] == "M"
                and not e["tags"].get("common") and shows(e, "address")]
    return [e for e in ents if e["kind"] in ("person/individual", "person/professional")
            and not e["tags"].get("common") and shows(e, "address")]

def build_hn(ents):
    out, used = [], []
    for t in HN_TYPES:
        pool = [e for e in hn_pool(t, ents) if e["id"] not in used]
        R.shuffle(pool)
        n = 0
        for a in pool:
            if n == N_HN_EACH: break
            res = hn_make(t, a)
            if res is None: continue
            h, shared, rule = res
            rs = hn_rs(h, shared)
            c = render(rs)
            if t == "accountant_client" and [x for x in sig_tokens(c) if x in sig_tokens(EX_C[a["id"]])]: continue
            if "surname" in shared and fold(c["familyName"]).split()[-1] != \
                    fold(EX_C[a["id"]]["familyName"]).split()[-1]:
                shared = [x for x in shared if x != "surname"]
            used.append(a["id"])
            n += 1
            out.append({"entity": h["id"], "contact": c, "meta": {
                "category": "hard_negative", "kind": h["kind"], "changes": auto_labels(EX_C[a["id"]], c),
                "anchor": a["id"], "hn_type": t, "rule": rule, "shared": shared}})
        if n < N_HN_EACH: raise RuntimeError("not enough anchors for " + t)
    return out

# =========================================================================== new customers
def name_sets(contacts_kinds):
    dn, pn, core = {}, {}, {}
    for c, k in contacts_kinds:
        dn[fold(strip_disamb(c["displayName"]))] = 1
        core[orgcore(strip_disamb(c["displayName"]))] = 1
        if c["companyName"]: core[orgcore(c["companyName"])] = 1
        if k.startswith("person") and c["givenName"] and c["familyName"]:
            pn[fold(c["givenName"] + " " + c["familyName"])] = 1
    return dn, pn, core
def clash(c, kind, sets):
    dn, pn, core = sets
    if fold(c["displayName"]) in dn or orgcore(c["displayName"]) in core: return True
    if c["companyName"] and orgcore(c["companyName"]) in core: return True
    return bool(kind.startswith("person") and c["givenName"] and c["familyName"]
                and fold(c["givenName"] + " " + c["familyName"]) in pn)

NEW_KINDS = [("person/individual", 38), ("person/mei", 8), ("person/professional", 4), ("org/company", 22),
             ("org/trade_name", 13), ("org/condominio", 4), ("org/clinica", 3), ("org/escola", 2),
             ("org/associacao", 2), ("org/igreja", 2), ("org/contabilidade", 1), ("org/hospital", 1)]

def build_new(sets):
    out = []
    for occ in NEW_PLAN:
        while True:
            kind = wpick(NEW_KINDS)
            town = pick_town()
            e = new_person(kind, town) if kind.startswith("person") else new_org(kind, town)
            rs = base_rs(e)
            incoming_style(rs, e)
            while not hide_channels(rs, 0.12, 0.15, 0.25):
                rs.update(email=e["email"], phone=e["phone"], addr=e["addr"])
            c = render(rs)
            if not clash(c, kind, sets): break
        recs = [{"entity": e["id"], "contact": c, "meta": {"category": "new", "kind": kind, "changes": [],
                                                            "occurrence": 1}}]
        for k in range(2, occ + 1):
            keep = R.choice([ch for ch, v in (("email", c["email"]), ("phone", c["phone"]),
                                              ("address", c["address"])) if v])
            prof = wpick([("light", 40), ("medium", 40), ("harsh", 20)])
            vrs, vc, labels = make_variant(e, rs, prof, keep, extra_ok=lambda x: not clash(x, kind, sets))
            accept(vrs, e["id"])
            recs.append({"entity": e["id"], "contact": vc, "meta": {
                "category": "new", "kind": kind, "changes": labels, "occurrence": k, "profile": prof}})
        out += recs
    return out

# =========================================================================== matches
def build_matches(ents):
    cands = [e for e in ents if exclusive_channels(EX_C[e["id"]], e["id"])]
    out = []
    for e in R.sample(cands, N_MATCH):
        base = EX_RS[e["id"]]
        keep = R.choice(exclusive_channels(EX_C[e["id"]], e["id"]))
        prof = wpick([("light", 45), ("medium", 35), ("harsh", 20)])
        rs, c, labels = make_variant(e, base, prof, keep)
        accept(rs, e["id"])
        out.append({"entity": e["id"], "contact": c, "meta": {"category": "match", "kind": e["kind"],
                                                              "changes": labels, "profile": prof}})
    return out

# =========================================================================== assembly
def record_evidence(a, b, eid, labels, maps):
    em, ph, ad, near = maps
    ev = []
    if a["email"] and b["email"]:
        ka, kb = a["email"].lower(), b["email"].lower()
        if (ka == kb or ("email:typo" in labels and lev(ka, kb) == 1)) and \
                all(o == eid for k in (ka, kb) for o in em.get(k, [])) and \
                all(o == eid for k in (ka, kb) for o in near(k)):
            ev.append("email")
    if a["phone"] and b["phone"] and phone_key(a["phone"])[0] == phone_key(b["phone"])[0] and \
            ph[phone_key(a["phone"])[0]] == [eid]:
        ev.append("phone")
    if a["address"] and b["address"] and addr_key(a["address"]) == addr_key(b["address"]) and \
            ad[addr_key(a["address"])] == [eid]:
        ev.append("address")
    return ev

def build_all():
    ents = build_existing()
    existing = [{"entity": e["id"], "contact": EX_C[e["id"]],
                 "meta": {"category": "existing", "kind": e["kind"], "changes": []}} for e in ents]
    ex_index = {r["entity"]: i for i, r in enumerate(existing)}
    assert len(existing) == N_EXISTING and len(ex_index) == N_EXISTING
    sets = name_sets([(EX_C[e["id"]], e["kind"]) for e in ents])
    hns = build_hn(ents)
    news = build_new(sets)
    matches = build_matches(ents)
    incoming = hns + news + matches
    R.shuffle(incoming)
    # later occurrences of a new customer come after its first occurrence
    pos = {}
    for i, r in enumerate(incoming):
        if r["meta"]["category"] == "new": pos.setdefault(r["entity"], []).append(i)
    for eid, ps in pos.items():
        recs = sorted((incoming[p] for p in ps), key=lambda r: r["meta"]["occurrence"])
        for p, r in zip(ps, recs): incoming[p] = r
    first = {}
    for i, r in enumerate(incoming):
        m = r["meta"]
        if m["category"] == "new" and m["occurrence"] == 1: first[r["entity"]] = i
    # record-level owner maps for the evidence rule
    em, ph, ad = {}, {}, {}
    for r in existing + incoming:
        c = r["contact"]
        if c["email"]: _add(em, c["email"].lower(), r["entity"])
        if c["phone"]: _add(ph, phone_key(c["phone"])[0], r["entity"])
        if c["address"]: _add(ad, addr_key(c["address"]), r["entity"])
    dix = {}
    for k in em:
        for i in range(len(k)): _add(dix, k[:i] + k[i + 1:], k)

    def near(k):
        cs = ([k] if k in em else []) + dix.get(k, [])
        for i in range(len(k)):
            d = k[:i] + k[i + 1:]
            cs += ([d] if d in em else []) + dix.get(d, [])
        return [o for x in cs if within_one(x, k) for o in em[x]]
    maps = (em, ph, ad, near)
    lines_set, lines_meta = [], []
    for i, r in enumerate(existing):
        lines_set.append({"set": "existing", "entity": r["entity"], "contact": r["contact"]})
        lines_meta.append(dict([("set", "existing"), ("index", i), ("entity", r["entity"])] + list(r["meta"].items())))
    for i, r in enumerate(incoming):
        m = r["meta"]
        meta = {"set": "incoming", "index": i, "entity": r["entity"], "category": m["category"], "kind": m["kind"],
                "changes": m["changes"]}
        if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] > 1):
            if m["category"] == "new":
                meta["occurrence"] = m["occurrence"]
                cset, cidx, comp = "incoming", first[r["entity"]], incoming[first[r["entity"]]]["contact"]
            else: cset, cidx, comp = "existing", ex_index[r["entity"]], existing[ex_index[r["entity"]]]["contact"]
            ev = record_evidence(comp, r["contact"], r["entity"], m["changes"], maps)
            assert ev, (r["entity"], m)
            meta.update(profile=m["profile"], evidence=ev, compare_set=cset, compare_index=cidx)
        elif m["category"] == "new": meta["occurrence"] = 1
        else:
            meta.update(anchor=m["anchor"], anchor_index=ex_index[m["anchor"]], hn_type=m["hn_type"],
                        rule=m["rule"], shared=m["shared"])
        lines_set.append({"set": "incoming", "entity": r["entity"], "contact": r["contact"]})
        lines_meta.append(meta)
    return lines_set, lines_meta

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    s, m = build_all()
    for name, rows in (("set.jsonl", s), ("meta.jsonl", m)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            for row in rows: fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__": main()
