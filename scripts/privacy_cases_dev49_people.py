"""The people of the dev49 privacy set (``privacy_cases_dev49.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an ikebana circle's or a hornussen club's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the free providers are dev40's table; the names and domains are
this set's own, none of them in an earlier set's modules or lines.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Kelli", "Daisy", "Becky", "Allison", "Tracie", "Makayla"), ("Daugherty", "Huff", "Estes", "Harrington", "Conrad", "Spears")),
    "IN": (("Chakradhar", "Yahvi", "Manthan", "Ekansh", "Omaja", "Darika"),
           ("Rajagopal", "Mammen", "Sekhon", "Korpal", "Khosla", "Balasubramanian")),
    "BR": (("Rael", "Manuella", "Hadassa", "Isaque", "Pietra", "Isabelly"), ("Uchoa", "Jardim", "Nóbrega", "Espíndola", "Gusmão", "Junqueira")),
    "GB": (("Alasdair", "Xanthe", "Carys", "Euan", "Lowri", "Piers"), ("Perkins", "Pratt", "Chadwick", "Carey", "Pritchard", "Coates")),
    "DE": (("Steffen", "Janko", "Helmar", "Reimar", "Lisbeth", "Gundel"), ("Fliegner", "Harloff", "Kruschwitz", "Zorbach", "Rohleder", "Klemt")),
    "MX": (("Cristal", "Anel", "Evelio", "Wilfrido", "Serafín", "Indira"), ("Verdugo", "Pichardo", "Espinal", "Lomeli", "Godínez", "Curiel")),
    "FR": (("Margaud", "Olivie", "Yves", "Adrien", "Christiane", "Franck"), ("Meunier", "Jacquot", "Turpin", "Loiseau", "Lebreton", "Aubry")),
    "ID": (("Kambali", "Naradi", "Prabawa", "Gawati", "Gangsa", "Lasmanto"),
           ("Latupono", "Nasyidah", "Budiyanto", "Waluyo", "Namaga", "Yuliarti")),
    "PH": (("Tala", "Amihan", "Isagani", "Liwayway", "Kristel", "Nonoy"), ("Malonzo", "Lapid", "Lacuesta", "Katigbak", "Lagman", "Quimpo")),
    "NG": (("Chibuike", "Ikenna", "Abimbola", "Chinonso", "Damola", "Ijeoma"), ("Onwuka", "Adeleke", "Oyedepo", "Agbaje", "Dikko", "Gwarzo")),
    "JP": (("Minoru", "Momoko", "Akemi", "Sotaro", "Satomi", "Maaya"), ("Takano", "Yoshikawa", "Ebina", "Inagaki", "Mizuno", "Nagai")),
    "CA": (("Mireille", "Landon", "Maxence", "Emeric", "Ivanie", "Pascale"),
           ("Lachance", "MacKinnon", "Dufresne", "Falardeau", "Guilbault", "Laflamme")),
    "ES": (("Marciano", "Casandra", "Olimpia", "Bonifacio", "Cayetana", "Godofredo"), ("Arjona", "Albero", "Gárate", "Sedano", "Moraleda", "Asenjo")),
    "IT": (("Ignazio", "Calogero", "Raffaello", "Arnaldo", "Lando", "Serafina"),
           ("Persico", "Petrassi", "Chiaramonte", "Cantimori", "Branciforte", "Chiappetta")),
    "PK": (("Gulfaam", "Daawood", "Atheel", "Yameen", "Liyaaqat", "Wahhaaj"), ("Uhban", "Baleegh", "Tahmaseb", "Zaafir", "Sadeed", "Tawkeel")),
    "TR": (("Yetişal", "Özay", "Nurbanu", "Şüküfe", "İmge", "Öngen"), ("Turan", "Tunç", "Coşkun", "Balcı", "Durmaz", "Gök")),
    "VN": (("Triet", "Luyen", "Tuyen", "Truc", "Doanh", "Kiet"), ("Phi", "Khuat", "Uong", "Khieu")),
    "EG": (("Nevine", "Gehad", "Ihab", "Sawsan", "Lobna", "Amal"), ("Ebeid", "Gohar", "Hamouda", "Khattab", "Labib", "Mekky")),
    "BD": (("Fahim", "Rasel", "Lamia", "Parvez", "Nafisa", "Touhid"), ("Akhter", "Newaz", "Tarafder", "Halder", "Jamadar", "Karmakar")),
    "KR": (("Suah", "Harin", "Jiwan", "Seunga", "Yuchan", "Sebin"), ("Yook", "Ham", "Kook", "Seon")),
    "AU": (("Bree", "Kelton", "Shae", "Darcie", "Jarryd", "Nerida"), ("Hodges", "McAlister", "Radford", "Buckley", "Sheridan", "Durack")),
    "ZA": (("Thalente", "Bhekokwakhe", "Sibusisiwe", "Mnqobi", "Nkazimulo", "Londisizwe"),
           ("Ncanana", "Qomazitha", "Gubhela", "Sengwayo", "Mangcamane", "Ntanzi")),
    "KE": (("Hesbon", "Zipporah", "Athuman", "Mbithi", "Munyoki", "Dancun"), ("Kaingu", "Muchui", "Changawa", "Kitheka", "Ekeno", "Nthenya")),
    "CO": (("Herney", "Alveiro", "Dahiana", "Emilse", "Yulieth", "Alcira"), ("Pinzón", "Espitia", "Orjuela", "Bejarano", "Daza", "Rueda")),
    "AR": (("Aylén", "Bernardino", "Clementina", "Dalmacio", "Felisa", "Indalecio"), ("Quinteros", "Zalazar", "Montiel", "Palavecino", "Tolosa")),
    "PL": (("Konstanty", "Tymon", "Gaja", "Juliusz", "Dagmara", "Jeremi"), ("Markiel", "Stępak", "Czylok", "Zyguła", "Dziczek", "Władyka")),
    "TH": (("Apinya", "Jirawat", "Kanyarat", "Phongsak", "Sasithorn", "Warunee"),
           ("Intarasuk", "Pongsiri", "Ruangsri", "Tangsakul", "Yodsuwan", "Chanthong")),
    "RU": (("Antip", "Iraida", "Vladlen", "Ermil", "Gerasim", "Cheslav"), ("Dorofeev", "Sitnikov", "Kudryashov", "Lobanov", "Kapustin", "Uvarov")),
    "NL": (("Keano", "Myrthe", "Yinthe", "Suus", "Floortje", "Giel"), ("Jorlink", "Rijntjes", "Weijland", "Bierstraten", "Waardeloo", "Sarneel")),
    "MY": (("Faris", "Batrisya", "Adib", "Aniq", "Nabihah", "Wafiy"), ("Hussin", "Abidin", "Radzi", "Basri", "Junid", "Yaacob")),
    "SA": (("Ayed", "Buthaina", "Dhai", "Ebtisam", "Nayef", "Tahani"), ("Qarni", "Malki", "Enezi", "Faifi", "Hajri", "Khathami")),
    "AE": (("Noora", "Ghaya", "Dhabia", "Jassim", "Ohood", "Thani"), ("Tunaiji", "Naqbi", "Yammahi", "Memari", "Mehairbi", "Darmaki")),
    "SG": (("Dinesh", "Gwendolyn", "Kelvin", "Pearlyn", "Reuben", "Sherlyn"), ("Hoe", "Thng", "Hia", "Kuah")),
    "NZ": (("Awhina", "Waimarie", "Niko", "Alistair", "Vivienne", "Kaye"), ("Marfell", "Botham", "Southee", "Furness", "Farland", "Stace")),
    "GH": (("Kwadjo", "Abenaa", "Efia", "Esinam", "Kwaw", "Ohenewaa"), ("Amoanimaa", "Baafi", "Adutwumwaa", "Foriwaa", "Akyena", "Amoasi")),
    "MA": (("Jaouad", "Bouchra", "Mounir", "Najat", "Taoufik", "Zouhair"), ("Hajji", "Bensaid", "Daoudi", "Ezzahri", "Hamdaoui", "Lazrak")),
    "PE": (("Roxana", "Sheyla", "Zoila", "Alcides", "Genoveva"), ("Huayta", "Quillahuaman", "Pacompia", "Tintaya", "Inquilla", "Ninahuaman")),
    "CL": (("Mariluz", "Thiare", "Katherinne", "Narciso", "Vania", "Cristopher"),
           ("Oyarzún", "Aránguiz", "Erices", "Bahamonde", "Maureira", "Montecino")),
    "SE": (("Matts", "Tova", "Gottfrid", "Ingegärd", "Hilma", "Bernt"), ("Holgersson", "Norrman", "Engdahl", "Emilsson", "Forsell", "Brolin")),
    "CN": (("Ruochen", "Wenjun", "Yanxi", "Qiaoyu", "Boyang", "Huiying"), ("Cheng", "Dai", "Ding", "Chang")),
    "BE": (("Els", "Annita", "Brecht", "Kristien", "Veerle", "Zita"), ("Coenen", "Ceuppens", "Lippens", "Rottiers", "Meersman", "Cuyvers")),
    "AT": (("Florentin", "Emilian", "Teodor", "Raffael", "Nika", "Annabelle"),
           ("Ofner", "Huemer", "Kerschbaumer", "Gritsch", "Höglinger", "Dallinger")),
    "PT": (("Kyara", "Caetana", "Acácio", "Custódia", "Emídio", "Marcolino"), ("Fontoura", "Figueira", "Abrantes", "Damião", "Frazão")),
    "IE": (("Aengus", "Cormack", "Attracta", "Bairbre", "Finbar", "Honora"),
           ("Scannláin", "Feirtéar", "Cuineáin", "Cormican", "Loibhéad", "Doingeard")),
    "FI": (("Annukka", "Kauko", "Sisko", "Artturi", "Marketta", "Valtteri"),
           ("Puhakka", "Syrjälä", "Valkama", "Vesterinen", "Kuosmanen", "Jauhiainen")),
    "CH": (("Ljubisa", "Labinot", "Jael", "Imer", "Mirlinda", "Gioia"), ("Walder", "Amrein", "Lanz", "Stettler", "Furrer", "Grob")),
    "NO": (("Reidun", "Magne", "Sissel", "Stian", "Simen", "Grethe"), ("Bjerke", "Kleven", "Ramberg", "Vatne", "Jacobsen", "Sørensen")),
}
ORGS = ("ikebana-circle.org", "kenzan-studio.net", "ikenobo-friends.club", "hornuss-club.ch", "nouss-league.net", "schindel-team.club")
LOCAL_ORGS = {"US": ("portland-ikebana.org",), "CA": ("halifax-ikebana.ca",), "GB": ("bath-ikebana.org.uk",),
              "IN": ("mysore-ikebana.in",), "DE": ("freiburg-hornussen.de",), "AU": ("hobart-ikebana.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
