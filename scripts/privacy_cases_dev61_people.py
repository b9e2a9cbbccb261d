"""People of the dev61 privacy set (``privacy_cases_dev61.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes, each part of a compound checked (checked by a script; picked by
hand), and, for the regions where every name tried was taken or too few were free (given names of
PH, CA, ES, IT, VN, EG, KR, AU, ZA, KE, CO, AR, PL, RU, NL, MY, SA, AE, SG, NZ, GH, MA, PE, CL, SE, CN,
BE, AT, PT, IE, FI, CH and NO, family names of BR, ID, NG, CA, ES, PK, VN, EG, BD, KR, AU, KE, CO, PL,
TH, NL, MY, SA, AE, SG, NZ, GH, MA, PE, CL, SE, CN, BE, AT, PT, IE, FI, CH and NO), one or two of
dev30's; and the addresses they pick: a free provider of their country most often (dev40's table), a
teqball club's, a suminagashi circle's, a pond-dipping group's, a coppice group's, a geocaching club's
or an amateur radio club's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Dorrance", "Lutrelle"), ("Tankersley", "Poindexter")),
    "IN": (("Hridaan", "Pranjali"), ("Tamhankar", "Pendharkar")),
    "BR": (("Edineusa", "Wanderlei"), ("Quixadá", "Cordeiro-Paixão")),
    "GB": (("Eirwen", "Athelstan"), ("Gathercole", "Merewether")),
    "DE": (("Ekkehard", "Burglinde"), ("Hinrichsen", "Eichelbaum")),
    "MX": (("Ameyali", "Tlanextli"), ("Mazatzin", "Itzcoatl")),
    "FR": (("Maylis", "Théodule"), ("Tardiveau", "Lescarret")),
    "ID": (("Sumirah", "Giyanto"), ("Sastrodiharjo", "Kartodirjo")),
    "PH": (("Lorilyn", "Analiza"), ("Buenaflor", "Mabunga")),
    "NG": (("Chinedum", "Ezinne"), ("Oyenuga", "Anyaoku")),
    "JP": (("Sawako", "Masanobu"), ("Kawabuchi", "Mukaiyama")),
    "CA": (("Florentine", "Fernand"), ("Pelchat", "Hébert-Doucet")),
    "ES": (("Ainara", "Uxue"), ("Amezketa", "Arregi-Zubillaga")),
    "IT": (("Nunziata", "Tammaro"), ("Cacace", "Sannino")),
    "PK": (("Shagufta", "Mudassar"), ("Tiwana", "Gakhar")),
    "TR": (("Hasibe", "Yasin"), ("Kuyucu", "Eskiocak")),
    "VN": (("Khuê", "Nhàn"), ("Lã", "Thân")),
    "EG": (("Ezzeldin", "Nabawia"), ("Elbeltagy", "Abouelnaga")),
    "BD": (("Parul", "Mofizur"), ("Molla", "Bepari")),
    "KR": (("Hyeonwoo", "Doyoon"), ("Sagong", "Namkoong")),
    "AU": (("Binnie", "Kyzer"), ("Keneally", "Stribling")),
    "ZA": (("Nkululeko", "Boitumelo"), ("Sekhukhune", "Gildenhuys")),
    "KE": (("Kipsang", "Gakii Nkatha"), ("Onyancha", "Kemboi-Tanui")),
    "CO": (("Yurleidy", "Arbey"), ("Hurtatiz", "Gamboa")),
    "AR": (("Itatí", "Teodolina"), ("Lanusse", "Berisso")),
    "PL": (("Wawrzyniec", "Wszebora"), ("Kurzawa", "Chmielowiec")),
    "TH": (("Wirot", "Siriwan"), ("Somboonsuk",)),
    "RU": (("Fadei", "Akulina"), ("Zavyalov", "Sokolnikov")),
    "NL": (("Harmke", "Sjoerdtje"), ("Bosgra", "Hoogeveen-Tjalma")),
    "MY": (("Nur Batrisyia", "Ridzuan"), ("Megat Iskandar", "Syed Hakimi")),
    "SA": (("Yazeed", "Jawza"), ("Almalki-Bader", "Alharthi-Ziyad")),
    "AE": (("Shamsa", "Theyab"), ("Alnaqbi-Hareb", "Alshehhi-Ghobash")),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh")),
    "NZ": (("Rāwiri", "Tāmati Rongo"), ("Poutama",)),
    "GH": (("Abla Dzifa", "Mawunyo"), ("Agyare", "Bediako")),
    "MA": (("Nouhaila", "Kaoutar"), ("Fennich",)),
    "PE": (("Rufina", "Evaristo"), ("Ccahua",)),
    "CL": (("Likán", "Antumalén"), ("Curiñir", "Huentelaf")),
    "SE": (("Inga-Lill", "Gunhild"), ("Strömberg-Hellqvist", "Fagerholm-Sund")),
    "CN": (("Yuxi", "Qiao"), ("Zhuansun", "Linghu")),
    "BE": (("Annelies",), ("Vanderstraeten-Wyns", "Vandeputte")),
    "AT": (("Hermengild",), ("Pöltl-Gschwandtner", "Aichhorn")),
    "PT": (("Sebastião-Luís", "Virgílio"), ("Pestana",)),
    "IE": (("Nóra", "Piaras"), ("Mac Lochlainn", "Ó Flaithbheartaigh")),
    "FI": (("Viljo-Antero", "Saima-Inkeri"), ("Laakso-Heinonen", "Pulkkinen")),
    "CH": (("Madlaina", "Chasper"), ("Dermont", "Cajacob")),
    "NO": (("Torbjørg", "Solrun-Oda"), ("Hjelmeland", "Vestbø")),
}
ORGS = ("curvedtable-teqball.org", "floatingink-suminagashi.org", "netandtray-ponddipping.org", "hazelstool-coppice.org",
        "cachehunters-geocaching.org", "callsign-radioclub.org")
LOCAL_ORGS = {"US": ("prairie-teqball.org",), "GB": ("wealden-coppicegroup.org.uk",), "CA": ("geocache-saguenay.ca",),
              "IN": ("vembanad-ponddip.in",), "DE": ("amateurfunk-altmark.de",), "BR": ("marmorizado-sumi.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
