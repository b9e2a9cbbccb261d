"""The dev55 set's people (issue 51): made-up names common in each region, none in an earlier set's
modules or lines where a free one was found (for VN, EG, BD, KR, AR, PL, SA, AE, SG, GH, CN, PT and NO
every name tried was taken, so those hold a few of dev30's), and the addresses they pick: a free
provider of their country most often (dev40's table), a gorodki club's, a temari circle's, the
bookmobile's, the canal's lock-keepers' or a musher's kennel's domain now and then. How a name becomes
an address is dev19's ``mailbox``, imported, not copied.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Luanne", "Trudy", "Buck", "Connie", "Collin", "Tonya",), ("Tolbert", "Burkhalter", "Crumpler", "Mosley", "Hess", "Richmond",)),
    "IN": (("Naveen", "Oeshi", "Prisha", "Karan", "Radha", "Aarini",), ("Swamy", "Bhavsar", "Badami", "Nayak", "Gandhi", "Bail",)),
    "BR": (("Waldirene", "Gessica", "Lucivaldo", "Cleiton", "Gilvan", "Uilian",), ("Rabelo", "Vasques", "Peçanha",)),
    "GB": (("Wystan", "Aurea",), ("Smallbone", "Gillingham", "Haythornthwaite", "Openshaw", "Coles", "Garner",)),
    "DE": (("Heino", "Joerg", "Marietta", "Vittorio", "Evangelia", "Aneta",), ("Knappe", "Trub", "Etzler", "Kroker", "Austermühle", "Wilmsen",)),
    "MX": (("Leobardo",), ("Canales", "Covarrubias", "Alcántar", "Rascón", "Urías",)),
    "FR": (("Blanchine", "Foulques",), ("Dufresnoy", "Courtecuisse", "Lemarchand", "Malherbe", "Castelnau", "Beauregard",)),
    "ID": (("Danuja", "Prakosa", "Intan", "Kenari", "Mahesa", "Cahyono",), ("Suryatmi", "Prastuti", "Adriansyah", "Prasetya", "Suryono", "Astuti",)),
    "PH": (("Kristen", "Sheri", "Christie",), ("Pittman", "Barnett", "Levine",)),
    "NG": (("Ninioluwa", "Adeolu", "Olansile", "Iseoluwa", "Oladare", "Boluwatife",), ("Ilori", "Omidina", "Oyeniyi", "Shekoni", "Faloye", "Owolabi",)),
    "JP": (("Michiko", "Kenji", "Tsutomu", "Yasuko", "Mitsuo", "Toshiko",), ("Nagasawa", "Kitagawa", "Fujimura",)),
    "CA": (("Euclide", "Alphonsine", "Fleurette",), ("Bisson", "Marcotte", "Séguin", "Lessard", "Roberge", "Trottier",)),
    "ES": (("Dalila", "Soraya", "Juanito", "Florentino", "Erasmo", "Prudencia",), ("Villalonga", "Bertrán", "Navas", "Ramis", "Izquierdo", "Villaverde",)),
    "IT": (("Baccio", "Annalisa", "Elladio", "Giuseppina", "Salvi", "Valerio",), ("Rusticucci", "Alfieri", "Pininfarina", "Pezzali", "Cabrini", "Pistoletto",)),
    "PK": (("Qasid", "Baha", "Talhah", "Saburah", "Sabiq", "Khaalid",), ("Rabar", "Tadeen", "Rabb", "Sabir", "Mahbeer", "Tajammul",)),
    "TR": (("Selçuk", "Süzer", "Nurmelek", "Akdora", "Şennur", "Karaer",), ("İnönü",)),
    "VN": (("Khuê", "Nhàn",), ("Lã", "Thân",)),
    "EG": (("Abdelfattah", "Samiha",), ("Hanafy", "Gaballah", "Abulmagd",)),
    "BD": (("Shahana", "Nargis", "Faruk", "Morjina", "Aminul", "Monirul",), ("Molla", "Bepari",)),
    "KR": (("Sujin", "Yunho", "Jaewook", "Sanghyun", "Woojin", "Kyunghee",), ("Jegal", "Seomun",)),
    "AU": (("Shanelle", "Baz", "Gazza",), ("Hanson", "Webster", "Gould", "Wallis",)),
    "ZA": (("Ntombizodwa", "Nkosinathi", "Phindile", "Buhle",), ("Shangase", "Ngubeni", "Mzileni", "Nxasana", "Sondini", "Mkholo",)),
    "KE": (("Philemon", "Winny", "Evalyne", "Abednego", "Everlyne", "Mutunga",), ("Kobia", "Ndanu", "Mawia", "Chepkemboi", "Mwanzia", "Syombua",)),
    "CO": (("Jeferson", "Bibiana", "Lizeth", "Gerson", "Azucena", "Jackeline",), ("Hincapié",)),
    "AR": (("Teodolina", "Hermenegildo",), ("Scarpetta", "Gianelli", "Lamberti",)),
    "PL": (("Dobrogniewa", "Wszebora",), ("Chrząszcz", "Pszczółkowski",)),
    "TH": (("Chalisa", "Pakjira", "Sittikorn", "Tunradee", "Supasita", "Niracha",), ("Titipatrayunyong", "Wannapaitoonsri", "Pasuk", "Tianvarich", "Sittisaowapak", "Choeychuen",)),
    "RU": (("Vyacheslav", "Anatoly",), ("Vorobyov",)),
    "NL": (("Tijn", "Twan", "Annabel", "Jurre", "Rens", "Jente",), ("Scuylenborchs", "Tammerijn", "Stinis", "Weyland", "Broek", "Weeldenburg",)),
    "MY": (("Opung", "Sakti", "Wakiman", "Adinata", "Raharja", "Mitra",), ("Waskita", "Laksmiwati", "Utama", "Prayoga", "Hutasoit", "Iswahyudi",)),
    "SA": (("Renad",), ("Albalawi-Thamer", "Alharthi-Ziyad",)),
    "AE": (("Jumaa",), ("Alnaqbi-Hareb", "Alshehhi-Ghobash",)),
    "SG": (("Ruiqi", "Siying", "Jiaming", "Qiaoling", "Zikang",), ("Seow-Pang", "Pang-Soh",)),
    "NZ": (("Taine", "Tangaroa", "Piper", "Zane", "Jayden", "Shayne",), ("Burgess", "Patterson", "Middlemiss", "Ching", "Watt", "Broughan",)),
    "GH": (("Nhyira", "Abla Dzifa",), ("Koomson", "Akyaa", "Yawson", "Amoakowaa", "Otiwa", "Yaamoa",)),
    "MA": (("Arezki", "Nacer", "Sofiane", "Massinissa", "Chiraz", "Rochdi",), ("Soudani", "Hadji", "Derouiche", "Bettahar", "Seddiki", "Slimani",)),
    "PE": (("Yoselin", "Kely",), ("Tupa",)),
    "CL": (("Tabita", "Isolina", "Darling", "Andy", "Milovan", "Amaro",), ("Lazcano", "Villar", "Machuca", "Bastías", "Avendaño", "Rubilar",)),
    "SE": (("Margret", "Georg", "Sören", "Helga", "Ebbe", "Eskil",), ("Söderman", "Sandgren", "Lindahl", "Backlund", "Sköld", "Johannesson",)),
    "CN": (("Haiyan", "Weiping", "Shuhua", "Yufang", "Jinhai",), ("Dongfang-Yue", "Linghu",)),
    "BE": (("Steffi", "Wim", "Annick", "Anja", "Inge", "Louisa",), ("Geerts", "Boonen", "Colpaert", "Rogiers", "Willaert", "Vermeire",)),
    "AT": (("Laureen", "Anja", "Benedict", "Adriano", "Constanze", "Alexandar",), ("Schmied", "Nagel", "Fink", "Fuhrmann", "Thurner", "Prohaska",)),
    "PT": (("Adelino", "Sebastião-Luís",), ("Prata", "Espinheira",)),
    "IE": (("Eanna", "Aishling", "Rosarie", "Marjorie", "Helga", "Ethne",), ("Lonndún", "Grialais", "Bodhlaeir", "Céitinn", "Capua", "Barún",)),
    "FI": (("Airi", "Mira", "Veijo", "Niina", "Eemeli", "Anssi",), ("Leskinen", "Pitkänen", "Kosonen", "Ylönen", "Jaatinen", "Kortelainen",)),
    "CH": (("Wilhelm", "Cátia", "Samira", "Yann", "Arlette", "Malea",), ("Burri", "Hofmann", "Benz", "Sigrist", "Schaub", "Kälin",)),
    "NO": (("Torbjørg", "Solrun-Oda",), ("Furu",)),
}
ORGS = ("gorodki-figures.org", "temari-thread-circle.net", "roaming-shelves-bookmobile.org", "flight-of-locks.co",
        "frostline-kennels.com", "bita-and-figure.club")
LOCAL_ORGS = {"US": ("hudson-valley-gorodki.org",), "CA": ("yukon-trail-mushers.ca",), "GB": ("kennet-lockkeepers.org.uk",),
              "IN": ("temari-stitchers-pune.in",), "DE": ("gorodki-verein-leipzig.de",), "BR": ("biblioteca-sobre-rodas.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``, from this set's own table (dev19's ``person``)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` would have: dev19's ``mailbox`` with this set's names, providers and clubs."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
