"""People of the dev58 privacy set (``privacy_cases_dev58.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand), and, for the regions where
every name tried was taken or too few were free (given names of US, GB, DE, MX, FR, NG, ES, VN, EG, KR,
AU, ZA, KE, CO, AR, PL, TH, MY, SA, AE, SG, NZ, GH, MA, CL, SE, CN, BE, AT, PT, IE, CH and NO, family
names of BR, GB, CA, ES, PK, VN, EG, BD, KR, ZA, KE, CO, TH, MY, SA, AE, SG, NZ, MA, PE, CL, CN, BE and
IE), one or two of dev30's; and the addresses they pick: a free provider of their country most often
(dev40's table), a tenkara club's, a canicross club's, a school crossing patrol's, a meals-on-wheels
round's, a hedgehog rescue's or a ski patrol's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Corliss", "Beaulah",), ("Bramblett", "Bellweather", "Goodnight",)),
    "IN": (("Ishwarya", "Yashasvi", "Anirudha", "Devyani",), ("Bhatkhande", "Ghatge",)),
    "BR": (("Juscelino", "Rosicleide", "Jacira", "Ubirajara",), ("Cordeiro-Paixão", "Maranhão-Leite",)),
    "GB": (("Evander", "Hyacinth",), ("Bickerstaffe", "Wolstenholme",)),
    "DE": (("Hiltrud", "Reinhild",), ("Eichelberger", "Hinterhuber", "Kaltenbrunner", "Quabeck", "Scharnweber", "Tiedemann",)),
    "MX": (("Yoltzin", "Mixtli",), ("Tepatl", "Meztli",)),
    "FR": (("Aldebert", "Hermance",), ("Fougerolles", "Quatrefages", "Rochechouart",)),
    "ID": (("Cahyo", "Purnama", "Anjani", "Rengganis",), ("Prawirodirdjo", "Mangunkusumo", "Tjokrosuseno", "Wongsonegoro",)),
    "PH": (("Dodong", "Inday", "Emmanuelito",), ("Tumangan", "Bacolod",)),
    "NG": (("Adaobi", "Eberechi",), ("Onyekachukwu", "Ogunbanjo", "Ebubedike",)),
    "JP": (("Sumire", "Nobuhiro", "Chitose",), ("Okuyama", "Takenouchi", "Mizushima",)),
    "CA": (("Normande", "Gaétane", "Hervé",), ("Melanson", "Pelchat",)),
    "ES": (("Casilda", "Uxue",), ("Urdangarin-Sarasola", "Arregi-Zubillaga",)),
    "IT": (("Ersilia", "Raffaella", "Gennaro", "Liborio",), ("Capuozzo", "Iannaccone", "Pagliarulo", "Squillace",)),
    "PK": (("Zulqarnain", "Ghazanfar", "Nausheen", "Sikandar",), ("Tiwana", "Gakhar",)),
    "TR": (("Feridun", "Mualla", "Sabahattin",), ("Eskiyapan", "Hacioglu", "Dumlupinar",)),
    "VN": (("Nhàn", "Thục Đoan",), ("Lã", "Thân",)),
    "EG": (("Hayam", "Ezzeldin",), ("Fayed", "Abouelnaga",)),
    "BD": (("Rupali", "Nilufar",), ("Molla", "Bepari",)),
    "KR": (("Yerim", "Jiyul",), ("Seomun", "Sagong",)),
    "AU": (("Shayla", "Brax",), ("Dangerfield", "Bellchambers", "Wollaston", "Coghlan",)),
    "ZA": (("Boitumelo", "Sizwe-Lungelo",), ("Ramaphakela",)),
    "KE": (("Cherotich", "Kipsang",), ("Chepkemoi", "Onyancha",)),
    "CO": (("Yurleidy", "Arbey",), ("Hurtatiz", "Chalarca",)),
    "AR": (("Teodolina", "Hermenegildo",), ("Iparraguirre", "Zubiría",)),
    "PL": (("Wszebora", "Mszczuj",), ("Szczepańczyk", "Żółtowska", "Dziewulski",)),
    "TH": (("Sirinya", "Ratree",), ("Kaewkham", "Somboonsuk",)),
    "RU": (("Evdokia", "Afanasy",), ("Zamyatina", "Lopukhin", "Kolokoltsev", "Pogrebnyak",)),
    "NL": (("Fokke", "Baukje", "Sietse",), ("Posthumus",)),
    "MY": (("Nur Batrisyia", "Ridzuan",), ("Megat Iskandar", "Syed Hakimi",)),
    "SA": (("Yazeed", "Jawza",), ("Albalawi-Thamer", "Alharthi-Ziyad",)),
    "AE": (("Saqr", "Theyab",), ("Alnaqbi-Hareb", "Alshehhi-Ghobash",)),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh",)),
    "NZ": (("Ngaio", "Rāwiri",), ("Pohatu", "Poutama",)),
    "GH": (("Mawunyo", "Nhyira",), ("Akufo", "Danquah",)),
    "MA": (("Nouhaila", "Yassir",), ("Fennich",)),
    "PE": (("Sumac", "Wayra",), ("Ccahua",)),
    "CL": (("Caupolicán", "Antumalén",), ("Curihual", "Huentelaf",)),
    "SE": (("Gunilla", "Inga-Lill",), ("Norrby",)),
    "CN": (("Xinyue", "Qiao",), ("Linghu", "Zhuansun",)),
    "BE": (("Annelies",), ("Vanhaverbeke", "Vandeputte",)),
    "AT": (("Hermengild",), ("Hinteregger", "Mitterlehner", "Pichlmayr", "Zauner",)),
    "PT": (("Virgílio", "Adelino",), ("Albergaria",)),
    "IE": (("Nóra", "Piaras",), ("Mac Lochlainn", "Ó Gallchobhair",)),
    "FI": (("Sointu",), ("Heiskanen",)),
    "CH": (("Madlaina", "Chasper",), ("Zgraggen", "Zurbriggen", "Imboden", "Inderbitzin",)),
    "NO": (("Torbjørg", "Asbjørn-Kåre",), ("Lyngstad", "Vestby",)),
}
ORGS = ("tenkara-streamside.org", "canicross-trailpack.org", "crossingpatrol-volunteers.org", "hotdinner-round.org",
        "prickles-hedgehog-rescue.org", "highcol-skipatrol.org")
LOCAL_ORGS = {"US": ("bluelinetenkara-club.org",), "CA": ("canicross-laurentides.ca",), "GB": ("spikyfriends-rescue.org.uk",),
              "IN": ("himalayan-tenkara.in",), "DE": ("canicross-eifel.de",), "BR": ("marmita-solidaria-vizinhos.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
