"""People of the dev64 privacy set (``privacy_cases_dev64.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given names of US, DE,
FR and IN and one of JP, IE and PH, the family names of US, DE, FR, IN, GB, NG and PH; for the rest, where no
more time was spent hunting, dev30's; and the addresses they pick: a free provider of their country
most often (dev40's table), a footvolley club's, a smocking circle's, a hedgelaying group's, a scything
course's, a tandem cycling club's or a community orchard's domain now and then. How a name becomes an
address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Tiberius", "Isolde"), ("Quimby", "Haverkamp")),
    "IN": (("Vasanthi", "Kodandaram"), ("Ramaswamy", "Thirumalai")),
    "BR": (("Anizio", "Claudemir"), ("Maranhão-Leite", "Quixadá")),
    "GB": (("Lancelot", "Hyacinth"), ("Thistlewood", "Cordwainer")),
    "DE": (("Hildegund", "Hieronymus"), ("Reinwald", "Kapfhammer")),
    "MX": (("Yoltzin", "Mixtli"), ("Tlatelpa", "Cuapio")),
    "FR": (("Clotaire", "Séverine"), ("Larrouturou", "Boissonnade")),
    "ID": (("Wagirah", "Poniyem"), ("Kartodirjo",)),
    "PH": (("Makisig", "Analiza"), ("Magsaysay-Lacsamana", "Kalaw-Tirona")),
    "NG": (("Kelechukwu", "Adebimpe"), ("Ezeoke", "Adewusi")),
    "JP": (("Yukiho", "Yasugoro"), ("Kanemitsu", "Tsurumaki")),
    "CA": (("Laurier", "Germaine-Lise"), ("Hébert-Doucet", "Melanson")),
    "ES": (("Nekane-Irati", "Garbiñe"), ("Urdangarin-Sarasola", "Arregi-Zubillaga")),
    "IT": (("Carmelina", "Concetta"), ("Cacciapuoti", "Scognamiglio")),
    "PK": (("Zubaida", "Mehrban"), ("Tiwana", "Gakhar")),
    "TR": (("Nazmiye", "Rüştü"), ("Çırakoğlu", "Karamanlı")),
    "VN": (("Khuê", "Nhàn"), ("Lã", "Thân")),
    "EG": (("Abdelfattah", "Samiha"), ("Abouelnaga",)),
    "BD": (("Sultana", "Anisur"), ("Molla", "Bepari")),
    "KR": (("Yeseul", "Jiyul"), ("Jegal", "Seomun")),
    "AU": (("Shayla", "Brax"), ("Pethybridge", "Trewartha")),
    "ZA": (("Boitumelo", "Sizwe-Lungelo"), ("Ramaphakela",)),
    "KE": (("Wangari Gathoni", "Cherotich"), ("Kemboi-Tanui", "Mutuma-Kirimi")),
    "CO": (("Yurleidy", "Arbey"), ("Pinillo", "Chalarca")),
    "AR": (("Teodolina", "Hermenegildo"), ("Elizalde-Iribarne", "Aguirrezábal")),
    "PL": (("Dobrogniewa", "Wszebora"), ("Chrząszcz", "Pszczółkowski")),
    "TH": (("Chutima", "Ratree"), ("Somboonsuk",)),
    "RU": (("Varvara", "Fadei"), ("Sudakevich", "Plotvina")),
    "NL": (("Gerbrich", "Sjoerdtje"), ("Bosgra", "Hoogeveen-Tjalma")),
    "MY": (("Nur Batrisyia", "Ridzuan"), ("Megat Iskandar", "Syed Hakimi")),
    "SA": (("Yazeed", "Jawza"), ("Albalawi-Thamer", "Alharthi-Ziyad")),
    "AE": (("Shamsa", "Theyab"), ("Alnaqbi-Hareb", "Alshehhi-Ghobash")),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh")),
    "NZ": (("Rāwiri", "Ngaio"), ("Poutama",)),
    "GH": (("Nhyira", "Abla Dzifa"), ("Amankwah-Sarfo", "Bediako")),
    "MA": (("Rim-Chaimae", "Yassir"), ("Fennich",)),
    "PE": (("Teófila", "Epifanio"), ("Ccahua",)),
    "CL": (("Aylin", "Likán"), ("Marileo", "Calfuqueo-Díaz")),
    "SE": (("Gunhild", "Torvald-Erik"), ("Strömberg-Hellqvist", "Fagerholm-Sund")),
    "CN": (("Zhaoyang", "Xiaoran"), ("Dongfang-Yue", "Linghu")),
    "BE": (("Annelies",), ("Vanhaverbeke", "Vandeputte")),
    "AT": (("Hermengild",), ("Aichhorn", "Pöltl-Gschwandtner")),
    "PT": (("Adelino", "Sebastião-Luís"), ("Pestana",)),
    "IE": (("Lorcan", "Nóra"), ("Ní Dhomhnaill", "Ó Gallchobhair")),
    "FI": (("Viljo-Antero", "Saima-Inkeri"), ("Laakso-Heinonen", "Pulkkinen")),
    "CH": (("Madlaina", "Chasper"), ("Dermont", "Cajacob")),
    "NO": (("Torbjørg", "Solrun-Oda"), ("Myrvold", "Sørbø")),
}
ORGS = ("sandcourt-footvolley.org", "honeycomb-smockingcircle.org", "pleachers-hedgelaying.org", "peenjig-scythecourse.org",
        "stokerandpilot-tandems.org", "wassailhill-orchard.org")
LOCAL_ORGS = {"US": ("outerbanks-footvolley.org",), "GB": ("marchesscythers.org.uk",), "CA": ("valleygrafters.ca",),
              "IN": ("pune-smockers.in",), "DE": ("heckenleger-allgaeu.de",), "BR": ("futevolei-arpoador.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
