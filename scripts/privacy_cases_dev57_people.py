"""People of the dev57 privacy set (``privacy_cases_dev57.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand), and, for the regions where
every name tried was taken (given names of GB, MX, FR, PH, ES, IT, VN, EG, ZA, KE, CO, AR, RU, NL, SA,
AE, NZ, GH, MA, PE, CL, CN, AT, PT, IE, CH and NO, family names of BR, MX, PH, PK, VN, BD, KR, ZA, KE,
CO, AR, TH, MY, SA, AE, SG, GH, MA, PE, CN, BE, PT and FI), two of dev30's; and the addresses they
pick: a free provider of their country most often (dev40's table), a nalbinding guild's, a gateball
club's, a tool library's, a mobile vet's, a night ferry crew's or the mountain hut wardens' domain now
and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Lucius",), ("Vandermolen", "Tuttlebee",)),
    "IN": (("Tanmaya", "Hrishita",), ("Wagle",)),
    "BR": (("Deoclecio",), ("Maranhão-Leite", "Quixadá",)),
    "GB": (("Lancelot", "Hyacinth",), ("Heathcote", "Twistleton", "Pennycook",)),
    "DE": (("Gotthard", "Leberecht",), ("Obermayer", "Wachtelborn", "Fischbeck", "Rubsamen", "Haberkorn", "Ziegenhals",)),
    "MX": (("Yoltzin", "Mixtli",), ("Tlatelpa", "Cuapio",)),
    "FR": (("Philippine", "Hermance",), ("Vermorel", "Grandjean", "Bouchardeau", "Laforgue",)),
    "ID": (("Ganendra", "Bagas", "Damar",), ("Nugraha", "Hardjono", "Wiradinata", "Kusumawardani", "Soebroto",)),
    "PH": (("Rosemarie-Faith", "Analiza",), ("Bacalso-Tumulak", "Sumaylo",)),
    "NG": (("Temiloluwa", "Ayomiposi", "Oyinkansola",), ("Ezeogu",)),
    "JP": (("Chiaki", "Kotaro",), ("Morishige", "Uchibori", "Shiraishi", "Amagasa",)),
    "CA": (("Emilien", "Donatien",), ("Gaudreault",)),
    "ES": (("Nekane-Irati", "Garbiñe",), ("Zurbano", "Echeandia", "Peinado",)),
    "IT": (("Carmelina", "Concetta",), ("Cantarella", "Pellegatti",)),
    "PK": (("Sundas", "Wajahat", "Shehryar",), ("Tiwana", "Gakhar",)),
    "TR": (("Nurcihan", "Kutlu", "Ipek", "Tarkan", "Baturalp",), ("Yazicioglu", "Sarikaya", "Turkoglu", "Altintas", "Ozbilgin",)),
    "VN": (("Khuê", "Nhàn",), ("Lã", "Thân",)),
    "EG": (("Abdelfattah", "Samiha",), ("Eldesouky",)),
    "BD": (("Shampa", "Mizan",), ("Molla", "Bepari",)),
    "KR": (("Soobin",), ("Jegal", "Seomun",)),
    "AU": (("Ainslie",), ("Kilgour", "Brabham", "Hatherley", "Woolcock",)),
    "ZA": (("Boitumelo", "Sizwe-Lungelo",), ("Ramaphakela",)),
    "KE": (("Wangari Gathoni", "Cherotich",), ("Kemboi-Tanui", "Mutuma-Kirimi",)),
    "CO": (("Yurleidy", "Arbey",), ("Pinillo", "Chalarca",)),
    "AR": (("Teodolina", "Hermenegildo",), ("Elizalde-Iribarne", "Aguirrezábal",)),
    "PL": (("Wieslawa", "Radoslaw", "Przemyslaw",), ("Grzybowski", "Brzezinski", "Wojcicki",)),
    "TH": (("Wipawee",), ("Somboonsuk",)),
    "RU": (("Varvara", "Fadei",), ("Kuvshinov", "Gorbunova",)),
    "NL": (("Gerbrich", "Sjoerdtje",), ("Brinkman", "Dijkhuis", "Kloosterman", "Wijnbergen",)),
    "MY": (("Kumaran", "Thinesh",), ("Megat Iskandar", "Syed Hakimi",)),
    "SA": (("Yazeed", "Jawza",), ("Albalawi-Thamer", "Alharthi-Ziyad",)),
    "AE": (("Shamsa", "Theyab",), ("Alnaqbi-Hareb", "Alshehhi-Ghobash",)),
    "SG": (("Kaixuan", "Zhiming",), ("Seow-Pang", "Pang-Soh",)),
    "NZ": (("Rāwiri", "Ngaio",), ("Hoskings",)),
    "GH": (("Nhyira", "Abla Dzifa",), ("Amankwah-Sarfo", "Bediako",)),
    "MA": (("Rim-Chaimae", "Yassir",), ("Fennich",)),
    "PE": (("Teófila", "Epifanio",), ("Ccahua",)),
    "CL": (("Aylin", "Likán",), ("Rebolledo",)),
    "SE": (("Agnetha", "Stellan",), ("Nyberg", "Wallander",)),
    "CN": (("Zhaoyang", "Xiaoran",), ("Dongfang-Yue", "Linghu",)),
    "BE": (("Toon",), ("Vanhaverbeke", "Vandeputte",)),
    "AT": (("Hermengild",), ("Lackner",)),
    "PT": (("Adelino", "Sebastião-Luís",), ("Pestana",)),
    "IE": (("Nóra", "Piaras",), ("MacNamara",)),
    "FI": (("Sanni",), ("Laakso-Heinonen", "Pulkkinen",)),
    "CH": (("Madlaina", "Chasper",), ("Amstutz",)),
    "NO": (("Torbjørg", "Solrun-Oda",), ("Ronning", "Stensrud",)),
}
ORGS = ("nalbinders-guild.org", "gateballfriends.net", "toollibrary-coop.org", "vetonwheels.co",
        "nightferry-crew.net", "hutwardens.eu")
LOCAL_ORGS = {"US": ("eastsidetoollibrary.org",), "CA": ("gateballbc.ca",), "GB": ("mobilevets-kent.co.uk",),
              "IN": ("communityfridge-pune.in",), "DE": ("nadelbinden-verein.de",), "BR": ("gateball-paulista.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
