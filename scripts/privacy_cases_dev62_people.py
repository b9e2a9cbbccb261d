"""People of the dev62 privacy set (``privacy_cases_dev62.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes, each part of a compound checked (checked by a script; picked by
hand), and, for the regions where every name tried was taken or too few were free (given names of BR,
GB, MX, FR, ID, PH, NG, CA, ES, IT, PK, TR, VN, EG, BD, KR, AU, ZA, KE, CO, AR, RU, NL, MY, SA, AE, SG,
NZ, GH, MA, PE, CL, SE, CN, BE, AT, PT, IE, FI, CH, family names of BR, GB, PH, NG, ES, PK, TR, VN, EG,
BD, KR, AU, ZA, KE, CO, AR, TH, NL, MY, SA, AE, SG, NZ, GH, MA, PE, CL, CN, BE, PT, IE, FI, CH, NO), one
or two of dev30's; and the addresses they pick: a free provider of their country most often (dev40's
table), a jorkyball club's, a kokedama workshop's, a swift survey group's, a moth-trapping group's, a
dark-sky society's or a wild swimming group's domain now and then. How a name becomes an address is
dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Zebedee", "Philander"), ("Funderburk", "Gunderman")),
    "IN": (("Mrinmayi", "Advait"), ("Ambardekar", "Shirgaonkar")),
    "BR": (("Anizio", "Claudemir"), ("Quixadá", "Cordeiro-Paixão")),
    "GB": (("Lancelot", "Hyacinth"), ("Oddingsells", "Bickerstaffe")),
    "DE": (("Friedegund", "Heidemarie"), ("Düsterhöft", "Ohnesorge")),
    "MX": (("Xochiquetzal", "Yoltzin"), ("Tepoztécatl", "Ocelotl")),
    "FR": (("Philippine", "Hermance"), ("Maupertuis", "Ricordeau")),
    "ID": (("Karsinah", "Wagirah"), ("Wirjosoedarmo", "Notosusanto")),
    "PH": (("Rosemarie-Faith", "Analiza"), ("Bacalso-Tumulak", "Sumaylo")),
    "NG": (("Ugochinyere", "Kelechukwu"), ("Obiorah", "Olatunbosun")),
    "JP": (("Chiyoe", "Kunihiko"), ("Obinata", "Terashima")),
    "CA": (("Laurier", "Adélard"), ("Boudreault", "Larochelle")),
    "ES": (("Nekane-Irati", "Garbiñe"), ("Urdangarin-Sarasola",)),
    "IT": (("Carmelina", "Concetta"), ("Sepe", "Marotta")),
    "PK": (("Naveed", "Zubaida"), ("Tiwana", "Gakhar")),
    "TR": (("Nazmiye", "Seniha"), ("Kandemir", "Demirbağ")),
    "VN": (("Khuê", "Nhàn"), ("Lã", "Thân")),
    "EG": (("Zeinhom", "Samiha"), ("Abouelnaga",)),
    "BD": (("Nazrul", "Sultana"), ("Molla", "Bepari")),
    "KR": (("Yeseul", "Jiyul"), ("Eogeum", "Jegal")),
    "AU": (("Keeley", "Shayla"), ("Pethybridge", "Trewartha")),
    "ZA": (("Boitumelo", "Sizwe-Lungelo"), ("Vorster", "Ramaphakela")),
    "KE": (("Njambi", "Cherotich"), ("Mutuma-Kirimi", "Onyancha")),
    "CO": (("Yarleidis", "Arbey"), ("Pinillo", "Chalarca")),
    "AR": (("Teodolina", "Hermenegildo"), ("Oyhamburu", "Larreguy")),
    "PL": (("Dobiesław", "Przybysław"), ("Szczęsny", "Brzęczyszczykiewicz")),
    "TH": (("Ubonrat", "Sakchai"), ("Somboonsuk",)),
    "RU": (("Varvara", "Ermolai"), ("Kalashnikova", "Tsvetaeva")),
    "NL": (("Gerbrich", "Sjoerdtje"), ("Bosgra", "Hoogeveen-Tjalma")),
    "MY": (("Nur Batrisyia", "Ridzuan"), ("Megat Iskandar", "Syed Hakimi")),
    "SA": (("Yazeed", "Jawza"), ("Albalawi-Thamer", "Almalki-Bader")),
    "AE": (("Shamsa", "Theyab"), ("Alnaqbi-Hareb", "Alshehhi-Ghobash")),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh")),
    "NZ": (("Rāwiri", "Ngaio"), ("Poutama",)),
    "GH": (("Nhyira", "Mawunyo"), ("Ntiamoah", "Amankwah-Sarfo")),
    "MA": (("Rim-Chaimae", "Yassir"), ("Fennich",)),
    "PE": (("Teófila", "Epifanio"), ("Ccahua",)),
    "CL": (("Aylin", "Likán"), ("Ancapichún", "Marileo")),
    "SE": (("Åke", "Gunhild"), ("Söderlund", "Hammarskjöld")),
    "CN": (("Zhaoyang", "Xiaoran"), ("Dongfang-Yue", "Linghu")),
    "BE": (("Jorik", "Annelies"), ("Vanderelst", "Vanhaverbeke")),
    "AT": (("Hermengild",), ("Hinterseer", "Pichlmaier")),
    "PT": (("Adelino", "Virgílio"), ("Pestana",)),
    "IE": (("Nóra", "Piaras"), ("Ó Riordáin", "Mac Lochlainn")),
    "FI": (("Viljo-Antero", "Saima-Inkeri"), ("Kyllönen", "Pulkkinen")),
    "CH": (("Madlaina", "Chasper"), ("Dermont", "Cajacob")),
    "NO": (("Ragnfrid", "Sigve"), ("Myrvold", "Vestbø")),
}
ORGS = ("glasscage-jorkyball.org", "mossball-kokedama.org", "towerswifts-survey.org", "lighttrap-moths.org",
        "lowlight-darksky.org", "coldlake-swimmers.org")
LOCAL_ORGS = {"US": ("keokuk-jorkyball.org",), "GB": ("clun-swifts.org.uk",), "CA": ("charlevoix-astro.ca",),
              "IN": ("vagamon-kokedama.in",), "DE": ("falternacht-kaiserstuhl.de",), "BR": ("represa-nadadores.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A person of ``region`` as this set names them: dev19's ``person`` with this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address as this set's people pick them: dev19's ``mailbox`` with this set's names and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
