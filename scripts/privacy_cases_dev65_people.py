"""People of the dev65 privacy set (``privacy_cases_dev65.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given names of US and
IN and one of FR, NG and JP, the family names of US, GB, DE, FR, IN, NG, PH and JP; for the rest, where
no more time was spent hunting, dev30's; and the addresses they pick: a free provider of their country
most often (dev40's table), a tamburello club's, a scherenschnitte circle's, a drystone walling group's,
an owl pellet class's, a well dressing team's or a scarecrow festival's domain now and then. How a name
becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Alpheus", "Drusilla"), ("Whitsett", "Vinyard")),
    "IN": (("Ranjitsinh", "Hemalatha"), ("Vaidyanathan", "Kulkarni-Joglekar")),
    "BR": (("Jucilene", "Valdeci"), ("Quixadá", "Cordeiro-Paixão")),
    "GB": (("Evander", "Ianthe"), ("Marjoribanks", "Pennefather")),
    "DE": (("Hiltrud", "Wendelin"), ("Hirschvogel", "Schwertfeger")),
    "MX": (("Yoltzin", "Mixtli"), ("Tecpanécatl", "Coyotzi")),
    "FR": (("Guénolé", "Hermance"), ("Kerboriou", "Tanguy-Rivoal")),
    "ID": (("Suparmin", "Ngadiyem"), ("Kartodirjo",)),
    "PH": (("Rosemarie-Faith", "Analiza"), ("Tamayo-Dizon",)),
    "NG": (("Anwuli", "Eberechi"), ("Emenike", "Okonkwo-Nwosu")),
    "JP": (("Kozue", "Hisashi"), ("Ishibashi", "Oshikiri")),
    "CA": (("Fernand", "Adélard"), ("Hébert-Doucet", "Pelchat")),
    "ES": (("Garbiñe", "Uxue"), ("Urdangarin-Sarasola", "Arregi-Zubillaga")),
    "IT": (("Ciruzzo", "Tammaro"), ("Formisano", "Castaldo-Iovine")),
    "PK": (("Noorulain", "Mehrban"), ("Tiwana", "Gakhar")),
    "TR": (("Seniha", "Rıfat"), ("Demirbağ", "Akyüzlü")),
    "VN": (("Khuê", "Thục Đoan"), ("Lã", "Thân")),
    "EG": (("Ezzeldin", "Nabawia"), ("Abouelnaga",)),
    "BD": (("Sultana", "Anisur"), ("Molla", "Bepari")),
    "KR": (("Doyoon", "Yeseul"), ("Sagong", "Namkoong")),
    "AU": (("Kyzer", "Jedda"), ("Stribling", "Mcinnerney")),
    "ZA": (("Boitumelo", "Sizwe-Lungelo"), ("Ramaphakela",)),
    "KE": (("Kipsang", "Gakii Nkatha"), ("Onyancha", "Kemboi-Tanui")),
    "CO": (("Yurleidy", "Arbey"), ("Hurtatiz", "Gamboa")),
    "AR": (("Teodolina", "Hermenegildo"), ("Oyhamburu", "Larreguy")),
    "PL": (("Mszczuj", "Wszebora"), ("Gżegżółka", "Chmielowiec")),
    "TH": (("Chutima", "Ratree"), ("Somboonsuk",)),
    "RU": (("Akulina", "Ermolai"), ("Lineva", "Lukovnikov")),
    "NL": (("Gerbrich", "Sjoerdtje"), ("Bosgra", "Hoogeveen-Tjalma")),
    "MY": (("Nur Batrisyia", "Ridzuan"), ("Megat Iskandar", "Syed Hakimi")),
    "SA": (("Yazeed", "Jawza"), ("Almalki-Bader", "Alharthi-Ziyad")),
    "AE": (("Shamsa", "Theyab"), ("Alnaqbi-Hareb", "Alshehhi-Ghobash")),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh")),
    "NZ": (("Tāmati Rongo", "Ngaio"), ("Poutama",)),
    "GH": (("Mawunyo", "Doreen-Sefakor"), ("Agyare", "Bediako")),
    "MA": (("Nouhaila", "Kaoutar"), ("Fennich",)),
    "PE": (("Rufina", "Evaristo"), ("Ccahua",)),
    "CL": (("Likán", "Antumalén"), ("Huentelaf", "Melillán")),
    "SE": (("Inga-Lill", "Gunhild"), ("Strömberg-Hellqvist", "Fagerholm-Sund")),
    "CN": (("Qiao", "Xiaoran"), ("Zhuansun", "Linghu")),
    "BE": (("Annelies",), ("Vanderstraeten-Wyns", "Vandeputte")),
    "AT": (("Hermengild",), ("Pöltl-Gschwandtner", "Aichhorn")),
    "PT": (("Sebastião-Luís", "Virgílio"), ("Pestana",)),
    "IE": (("Nóra", "Piaras"), ("Mac Lochlainn", "Ó Flaithbheartaigh")),
    "FI": (("Viljo-Antero", "Saima-Inkeri"), ("Laakso-Heinonen", "Pulkkinen")),
    "CH": (("Madlaina", "Chasper"), ("Dermont", "Cajacob")),
    "NO": (("Torbjørg", "Asbjørn-Kåre"), ("Vestbø", "Midtbø")),
}
ORGS = ("sferisterio-tamburello.org", "foldedheart-scherenschnitte.org", "copestone-wallers.org", "pelletbox-owlclass.org",
        "petalboard-welldressing.org", "strawman-scarecrowfest.org")
LOCAL_ORGS = {"US": ("lancaster-papercutters.org",), "GB": ("dalesdrystone.org.uk",), "CA": ("prairie-scarecrows.ca",),
              "IN": ("nilgiri-owlwatch.in",), "DE": ("scherenschnitt-allgaeu.de",), "BR": ("recorte-de-papel.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
