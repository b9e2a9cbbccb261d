"""People of the dev63 privacy set (``privacy_cases_dev63.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given names of US, DE
and SG, one of FR, JP, ID and NL, the family names of US, DE, FR, JP, ID and SG and one of GB and NG;
for the rest, where the names tried were taken and no more time was spent hunting, dev30's; and the addresses they
pick: a free provider of their country most often (dev40's table), a roundnet club's, a chainmaille
workshop's, a fungus foray group's, a water vole survey's, an oyster restoration group's or a canal
restoration trust's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Alvaretta", "Yeardley"), ("Lathrop", "Kinnaird")),
    "IN": (("Chaitraly", "Yugandhar"), ("Mhaiskar", "Ghatpande")),
    "BR": (("Jucilene", "Valdeci"), ("Maranhão-Leite", "Quixadá")),
    "GB": (("Evander", "Ianthe"), ("Bramwell", "Wolstenholme")),
    "DE": (("Gerwin", "Brunhilde"), ("Plattner", "Wiedenhöft")),
    "MX": (("Mixtli", "Yoltzin"), ("Cuapio", "Coyotzi")),
    "FR": (("Ondine", "Aldebert"), ("Chaumeil", "Peyrelongue")),
    "ID": (("Purwanto", "Poniyem"), ("Soedibyo", "Wartono")),
    "PH": (("Rosemarie-Faith", "Analiza"), ("Bacalso-Tumulak", "Sumaylo")),
    "NG": (("Adebimpe", "Eberechi"), ("Bankole", "Ogbonnaya")),
    "JP": (("Hirotaka", "Fumie"), ("Shimokawara", "Nishikori")),
    "CA": (("Germaine-Lise", "Adélard"), ("Melanson", "Pelchat")),
    "ES": (("Garbiñe", "Uxue"), ("Urdangarin-Sarasola", "Arregi-Zubillaga")),
    "IT": (("Ciruzzo", "Tammaro"), ("Scognamiglio", "Acampora")),
    "PK": (("Mehrban", "Noorulain"), ("Tiwana", "Gakhar")),
    "TR": (("Rüştü", "Rıfat"), ("Karamanlı", "Akyüzlü")),
    "VN": (("Khuê", "Thục Đoan"), ("Lã", "Thân")),
    "EG": (("Abdelfattah", "Ezzeldin"), ("Abouelnaga",)),
    "BD": (("Sultana", "Anisur"), ("Molla", "Bepari")),
    "KR": (("Jiyul", "Doyoon"), ("Seomun", "Namkoong")),
    "AU": (("Brax", "Jedda"), ("Stribling", "Mcinnerney")),
    "ZA": (("Boitumelo", "Sizwe-Lungelo"), ("Ramaphakela",)),
    "KE": (("Wangari Gathoni", "Kipsang"), ("Kemboi-Tanui", "Onyancha")),
    "CO": (("Yurleidy", "Arbey"), ("Hurtatiz", "Gamboa")),
    "AR": (("Teodolina", "Hermenegildo"), ("Elizalde-Iribarne", "Aguirrezábal")),
    "PL": (("Dobrogniewa", "Mszczuj"), ("Pszczółkowski", "Dziędzielewicz")),
    "TH": (("Chutima", "Ratree"), ("Somboonsuk",)),
    "RU": (("Akulina", "Ermolai"), ("Plotvina", "Lukovnikov")),
    "NL": (("Wilhelmus", "Gerbrich"), ("Bosgra", "Hoogeveen-Tjalma")),
    "MY": (("Nur Batrisyia", "Ridzuan"), ("Megat Iskandar", "Syed Hakimi")),
    "SA": (("Yazeed", "Jawza"), ("Alharthi-Ziyad", "Almalki-Bader")),
    "AE": (("Shamsa", "Theyab"), ("Alnaqbi-Hareb", "Alshehhi-Ghobash")),
    "SG": (("Huixin-Clara", "Boon-Keat"), ("Seetoh", "Tay-Ong")),
    "NZ": (("Ngaio", "Tāmati Rongo"), ("Poutama",)),
    "GH": (("Abla Dzifa", "Doreen-Sefakor"), ("Bediako", "Agyare")),
    "MA": (("Yassir", "Kaoutar"), ("Fennich",)),
    "PE": (("Teófila", "Evaristo"), ("Ccahua",)),
    "CL": (("Likán", "Antumalén"), ("Calfuqueo-Díaz", "Melillán")),
    "SE": (("Torvald-Erik", "Inga-Lill"), ("Strömberg-Hellqvist", "Fagerholm-Sund")),
    "CN": (("Xiaoran", "Qiao"), ("Dongfang-Yue", "Zhuansun")),
    "BE": (("Annelies",), ("Vanhaverbeke", "Vanderstraeten-Wyns")),
    "AT": (("Hermengild",), ("Aichhorn", "Pöltl-Gschwandtner")),
    "PT": (("Sebastião-Luís", "Virgílio"), ("Pestana",)),
    "IE": (("Nóra", "Piaras"), ("Ní Dhomhnaill", "Ó Gallchobhair")),
    "FI": (("Viljo-Antero", "Saima-Inkeri"), ("Laakso-Heinonen", "Pulkkinen")),
    "CH": (("Madlaina", "Chasper"), ("Dermont", "Cajacob")),
    "NO": (("Asbjørn-Kåre", "Solrun-Oda"), ("Sørbø", "Eikeland-Lunde")),
}
ORGS = ("spikeline-roundnet.org", "butted-rings-chainmaille.org", "gillsandspores-foray.org", "burrowwatch-watervoles.org",
        "reefcage-oysters.org", "lockgate-canaltrust.org")
LOCAL_ORGS = {"US": ("tulsa-roundnet.org",), "GB": ("montgomery-canaltrust.org.uk",), "CA": ("fundy-oysterreef.ca",),
              "IN": ("coonoor-fungi.in",), "DE": ("kettenhemd-werkstatt.de",), "BR": ("roundnet-floripa.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
