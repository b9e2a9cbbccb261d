"""People of the dev60 privacy set (``privacy_cases_dev60.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes, each part of a compound checked (checked by a script; picked by
hand), and, for the regions where every name tried was taken or too few were free (given names of IN,
BR, GB, DE, MX, FR, ID, PH, NG, CA, ES, IT, TR, VN, EG, BD, KR, AU, ZA, KE, CO, AR, PL, TH, RU, NL, MY,
SA, AE, SG, NZ, GH, MA, PE, CL, SE, CN, BE, AT, PT, IE, FI, CH and NO, family names of US, IN, BR, GB,
MX, ID, PH, NG, JP, CA, ES, PK, TR, VN, EG, BD, KR, AU, ZA, KE, CO, AR, PL, TH, RU, NL, MY, SA, AE, SG,
NZ, GH, MA, PE, CL, SE, CN, BE, AT, PT, IE, FI, CH and NO), one or two of dev30's; and the addresses
they pick: a free provider of their country most often (dev40's table), a kin-ball club's, a shodo
circle's, a bat survey group's, a beach clean's, a tree wardens' or a litter-picking group's domain
now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (('Orpha', 'Vernice'), ('Hunnicutt', 'Vanhooser')),
    "IN": (('Tanmayee', 'Aadvik'), ('Chattopadhyay-Sen', 'Khandekar')),
    "BR": (('Edilene', 'Anizio'), ('Maranhão-Leite', 'Quixadá')),
    "GB": (('Lancelot', 'Hyacinth'), ('Inchbald', 'Oddingsells')),
    "DE": (('Hiltrud', 'Wendelin'), ('Leuschner', 'Mertineit', 'Zschocke')),
    "MX": (('Yoltzin', 'Mixtli'), ('Tepoxtecatl', 'Tlatelpa')),
    "FR": (('Gersende', 'Philippine'), ('Moncorgé', 'Ferrandou')),
    "ID": (('Wagirah', 'Poniyem'), ('Mangkunegara', 'Kartodirjo')),
    "PH": (('Rosemarie-Faith', 'Analiza'), ('Bacalso-Tumulak', 'Sumaylo')),
    "NG": (('Kelechukwu', 'Adebimpe'), ('Ogbonnaya', 'Olatunbosun')),
    "JP": (('Tsuneko', 'Kiyohide'), ('Hanazono', 'Kanemitsu')),
    "CA": (('Laurier', 'Germaine-Lise'), ('Hébert-Doucet', 'Melanson')),
    "ES": (('Nekane-Irati', 'Garbiñe'), ('Zuloaga', 'Urdangarin-Sarasola')),
    "IT": (('Carmelina', 'Concetta'), ('Mangiapane', 'Spadafora')),
    "PK": (('Sanober', 'Farrukh'), ('Tiwana', 'Gakhar')),
    "TR": (('Necmettin', 'Nazmiye'), ('Çırakoğlu', 'Karamanlı')),
    "VN": (('Khuê', 'Nhàn'), ('Lã', 'Thân')),
    "EG": (('Abdelfattah', 'Samiha'), ('Abdelmoneim', 'Abouelnaga')),
    "BD": (('Shiuli', 'Sultana'), ('Molla', 'Bepari')),
    "KR": (('Yeseul', 'Jiyul'), ('Jegal', 'Seomun')),
    "AU": (('Shayla', 'Brax'), ('Pethybridge', 'Trewartha')),
    "ZA": (('Boitumelo', 'Sizwe-Lungelo'), ('Ramaphakela',)),
    "KE": (('Wangari Gathoni', 'Cherotich'), ('Kemboi-Tanui', 'Mutuma-Kirimi')),
    "CO": (('Yurleidy', 'Arbey'), ('Pinillo', 'Chalarca')),
    "AR": (('Teodolina', 'Hermenegildo'), ('Elizalde-Iribarne', 'Aguirrezábal')),
    "PL": (('Świętosława', 'Dobrogniewa'), ('Kołodziejczak', 'Chrząszcz')),
    "TH": (('Chutima', 'Ratree'), ('Somboonsuk',)),
    "RU": (('Evlampy', 'Varvara'), ('Pustovalov', 'Sudakevich')),
    "NL": (('Jitske', 'Gerbrich'), ('Bosgra', 'Hoogeveen-Tjalma')),
    "MY": (('Nur Batrisyia', 'Ridzuan'), ('Megat Iskandar', 'Syed Hakimi')),
    "SA": (('Yazeed', 'Jawza'), ('Albalawi-Thamer', 'Alharthi-Ziyad')),
    "AE": (('Shamsa', 'Theyab'), ('Alnaqbi-Hareb', 'Alshehhi-Ghobash')),
    "SG": (('Yixuan-Gabriel',), ('Seow-Pang', 'Pang-Soh')),
    "NZ": (('Rāwiri', 'Ngaio'), ('Poutama',)),
    "GH": (('Nhyira', 'Abla Dzifa'), ('Amankwah-Sarfo', 'Bediako')),
    "MA": (('Rim-Chaimae', 'Yassir'), ('Fennich',)),
    "PE": (('Killa', 'Teófila'), ('Ccahua',)),
    "CL": (('Aylin', 'Likán'), ('Marileo', 'Calfuqueo-Díaz')),
    "SE": (('Gunhild', 'Torvald-Erik'), ('Strömberg-Hellqvist', 'Fagerholm-Sund')),
    "CN": (('Zhaoyang', 'Xiaoran'), ('Dongfang-Yue', 'Linghu')),
    "BE": (('Annelies',), ('Vanhaverbeke', 'Vandeputte')),
    "AT": (('Hermengild',), ('Aichhorn', 'Pöltl-Gschwandtner')),
    "PT": (('Bartolomeu', 'Adelino'), ('Pestana',)),
    "IE": (('Nóra', 'Piaras'), ('Ní Dhomhnaill', 'Ó Gallchobhair')),
    "FI": (('Viljo-Antero', 'Saima-Inkeri'), ('Laakso-Heinonen', 'Pulkkinen')),
    "CH": (('Madlaina', 'Chasper'), ('Dermont', 'Cajacob')),
    "NO": (('Gudveig', 'Torbjørg'), ('Myrvold', 'Sørbø')),
}
ORGS = ("bigball-kinball.org", "sumi-shodo-circle.org", "duskcount-batgroup.org", "tideline-beachclean.org",
        "streettree-wardens.org", "grabber-litterpick.org")
LOCAL_ORGS = {"US": ("lakeshore-kinball.org",), "GB": ("bude-beachcleaners.org.uk",), "CA": ("kinball-sherbrooke.ca",),
              "IN": ("konkan-beachclean.in",), "DE": ("fledermaus-nordheide.de",), "BR": ("praia-limpa-itapua.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region``'s lists: a given name and a family name, in the order the region writes them."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or for someone of ``region``): dev19's ``mailbox`` with this set's people and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
