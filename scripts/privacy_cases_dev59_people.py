"""People of the dev59 privacy set (``privacy_cases_dev59.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes, each part of a compound checked (checked by a script; picked by
hand), and, for the regions where every name tried was taken or too few were free (given names of US,
BR, GB, DE, FR, PH, NG, CA, IT, TR, VN, EG, BD, KR, AU, ZA, KE, CO, AR, PL, NL, MY, SA, AE, SG, NZ, GH,
MA, CL, SE, CN, BE, AT, PT, IE, FI, CH and NO, family names of IN, MX, PH, NG, CA, VN, EG, BD, KR, ZA,
KE, CO, AR, TH, NL, MY, SA, AE, SG, NZ, GH, MA, PE, CL, CN, AT, PT, IE and FI), one or two of dev30's;
and the addresses they pick: a free provider of their country most often (dev40's table), a jianzi
club's, a sprang guild's, a food bank's, a sea scout group's, a toad patrol's or a night shelter's
domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (('Ransom', 'Rexford'), ('Varnadoe', 'Blankenbaker')),
    "IN": (('Abhiram', 'Rukmini', 'Jagannath'), ('Thakar', 'Chattopadhyay-Sen')),
    "BR": (('Anizio', 'Claudemir'), ('Vasconcellos', 'Medrado')),
    "GB": (('Gwendoline', 'Lancelot'), ('Heseltine', 'Clutterbuck')),
    "DE": (('Kunibert', 'Wendelin'), ('Hollerbach', 'Brockmöller', 'Wiesenthal', 'Rauschenbach')),
    "MX": (('Cuitláhuac', 'Tonantzin'), ('Cuautencos', 'Tlatelpa')),
    "FR": (('Théodric', 'Philippine'), ('Mauperthuis', 'Vaudrey', 'Chassepot', 'Ribaucourt')),
    "ID": (('Wisanggeni', 'Danendra'), ('Hadiwidjojo', 'Sosrodiningrat', 'Kusumawardhani', 'Partokusumo')),
    "PH": (('Luningning', 'Rosemarie-Faith'), ('Dumaguing', 'Bacalso-Tumulak')),
    "NG": (('Kelechukwu', 'Adebimpe'), ('Oyewumi', 'Ogbonnaya')),
    "JP": (('Shigemasa', 'Yasunori', 'Masahide'), ('Nakazato', 'Funabashi')),
    "CA": (('Laurier', 'Germaine-Lise'), ('Ducharme', 'Hébert-Doucet')),
    "ES": (('Iciar', 'Patxi'), ('Landaluce', 'Urrutikoetxea')),
    "IT": (('Nunzia', 'Carmelina'), ('Buscemi', 'Licata', 'Provenzano', 'Caltagirone')),
    "PK": (('Hajra', 'Kinza'), ('Mengal', 'Dasti')),
    "TR": (('Nazlı', 'Nazmiye'), ('Yücedağ', 'Kırağı', 'Başbuğ')),
    "VN": (('Khuê', 'Nhàn'), ('Lã', 'Thân')),
    "EG": (('Abdelfattah', 'Samiha'), ('Abouelnaga',)),
    "BD": (('Champa', 'Sultana'), ('Molla', 'Bepari')),
    "KR": (('Yeseul', 'Doyoon'), ('Jegal', 'Namkoong')),
    "AU": (('Shannyn', 'Kyzer'), ('Tregonning', 'Blundstone', 'Wardlaw')),
    "ZA": (('Boitumelo', 'Sizwe-Lungelo'), ('Ramaphakela',)),
    "KE": (('Wangari Gathoni', 'Gakii Nkatha'), ('Kemboi-Tanui', 'Mutuma-Kirimi')),
    "CO": (('Yeraldín', 'Yurleidy'), ('Pinillo', 'Gamboa')),
    "AR": (('Etelvina', 'Teodolina'), ('Elizalde-Iribarne', 'Aguirrezábal')),
    "PL": (('Ziemowit', 'Dobrogniewa'), ('Wierzbicka', 'Grzegorzewski', 'Koziełł', 'Brzęczyszczyk')),
    "TH": (('Apichart', 'Suriya'), ('Somboonsuk',)),
    "RU": (('Praskovia', 'Mefodiy', 'Olimpiada', 'Kharlampiy'), ('Zavarzin', 'Tolokonnikov', 'Bezborodova', 'Skvortsov')),
    "NL": (('Gerbrich', 'Sjoerdtje'), ('Bosgra', 'Hoogeveen-Tjalma')),
    "MY": (('Nur Batrisyia', 'Ridzuan'), ('Megat Iskandar', 'Syed Hakimi')),
    "SA": (('Yazeed', 'Jawza'), ('Almalki-Bader', 'Albalawi-Thamer')),
    "AE": (('Shamsa', 'Theyab'), ('Alnaqbi-Hareb', 'Alshehhi-Ghobash')),
    "SG": (('Yixuan-Gabriel',), ('Seow-Pang', 'Pang-Soh')),
    "NZ": (('Tāmati Rongo', 'Rāwiri'), ('Poutama',)),
    "GH": (('Abla Dzifa', 'Doreen-Sefakor'), ('Amankwah-Sarfo', 'Bediako')),
    "MA": (('Rim-Chaimae', 'Kaoutar'), ('Fennich',)),
    "PE": (('Nayra', 'Pacha'), ('Ccoyllo', 'Ccahua')),
    "CL": (('Aylin', 'Likán'), ('Lincoñir', 'Marileo')),
    "SE": (('Gunhild', 'Torvald-Erik'), ('Wennerström', 'Hjelmqvist', 'Söderbaum')),
    "CN": (('Zhaoyang', 'Xiaoran'), ('Dongfang-Yue', 'Linghu')),
    "BE": (('Annelies',), ('Vanmechelen', 'Ghesquière')),
    "AT": (('Hermengild',), ('Zehetner', 'Aichhorn')),
    "PT": (('Severino', 'Sebastião-Luís'), ('Pestana',)),
    "IE": (('Nóra', 'Piaras'), ('Ní Dhomhnaill', 'Ó Flaithbheartaigh')),
    "FI": (('Viljo-Antero', 'Saima-Inkeri'), ('Häkkinen', 'Laakso-Heinonen')),
    "CH": (('Madlaina', 'Chasper'), ('Tschümperlin', 'Pünter', 'Decurtins')),
    "NO": (('Eilert', 'Solrun-Oda'), ('Tvedt', 'Vatnedal')),
}
ORGS = ("shuttlekick-circle.org", "sprangframe-guild.org", "eastgate-foodbank.org", "harbourside-seascouts.org",
        "lanecrossing-toadpatrol.org", "winterbeds-nightshelter.org")
LOCAL_ORGS = {"US": ("jianzi-kickers-oakland.org",), "GB": ("sprang-weavers-york.org.uk",), "CA": ("banque-alimentaire-rive.ca",),
              "IN": ("sea-scouts-kochi.in",), "DE": ("kroetenzaun-helfer.de",), "BR": ("albergue-noturno-sul.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of the region: a given name and a family name from its lists."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for the person: a free provider of the region most often, an org's now and then."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
