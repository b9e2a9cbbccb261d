"""The people of the dev21 privacy set (``privacy_cases_dev21.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a workshop's, co-operative's or practice's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ozella', 'Leland', 'Cletus', 'Dorinda', 'Ephraim', 'Hezekiah', 'Twyla', 'Obadiah', 'Lavinia', 'Jubal', 'Mehitabel', 'Lemuel'), ('Stubblefield', 'Satterfield', 'Higginbotham', 'Bumgarner', 'Honeycutt', 'Pennypacker', 'Overstreet', 'Wigglesworth', 'Shufflebarger', 'Kettlewell', 'Applewhite', 'Trueblood')),
    'IN': (('Tejaswini', 'Devdutt', 'Malavika', 'Sarang', 'Hemangi', 'Purandar', 'Sulochana', 'Yashodhan', 'Hrishikesh', 'Sharvari'), ('Deodhar', 'Athavale', 'Nadkarni', 'Mhatre', 'Chitnis', 'Limaye', 'Godbole', 'Sahasrabuddhe', 'Karmarkar', 'Pendse')),
    'BR': (('Cleidiane', 'Adenilson', 'Francinete', 'Lucivânia', 'Edinaldo', 'Deusdete'), ('Quintella', 'Mesquita', 'Rebouças')),
    'GB': (('Algernon', 'Tarquin', 'Hermia', 'Fenella', 'Wilfred'), ('Featherstonehaugh', 'Oddie', 'Hebblethwaite', 'Micklethwaite', 'Illingworth', 'Bottomley')),
    'DE': (('Okke', 'Tjark', 'Sönke', 'Hinrich'), ('Dreesen', 'Oltmanns', 'Tjaden', 'Wübbena', 'Rieken', 'Onken')),
    'MX': (('Citlalli', 'Tlaloc', 'Yolotl'), ('Ixtlahuac', 'Arizmendi', 'Tlacuilo', 'Atzin')),
    'FR': (('Sidonie', 'Aristide', 'Philibert', 'Hortense'), ('Vautrin', 'Peyrefitte', 'Castagnier', 'Bonnefoy')),
    'ID': (('Wulan', 'Larasati', 'Danang', 'Kinanti'), ('Panjaitan', 'Tampubolon', 'Lumbantobing', 'Pasaribu')),
    'PH': (('Jerameel', 'Bongbong', 'Honeylyn', 'Arvin'), ('Quiambao', 'Manalastas', 'Sumulong', 'Lacsamana')),
    'NG': (('Olamide',), ('Ezeigbo', 'Babangida')),
    'JP': (('Mitsuki', 'Akane', 'Kohei', 'Ayumu'), ('Tachibana', 'Shimazu', 'Yamanouchi', 'Mochizuki')),
    'CA': (('Marie-Claude', 'Jaskaran', 'Pier-Luc', 'Sukhpreet'), ('Bélanger',)),
    'ES': (('Jokin',), ('Zubizarreta', 'Agirre', 'Mendizabal', 'Lizarraga')),
    'IT': (('Ippolito', 'Tancredi', 'Ortensia', 'Lapo'), ('Zanella', 'Benvenuti', 'Zucchetti', 'Carraro')),
    'PK': (('Zunaira', 'Hamna', 'Anum'), ('Kiani',)),
    'TR': (('Ebru', 'Nilüfer', 'Ferhat', 'Şule'), ('Çelikkol', 'Bozkurt', 'Aydoğan', 'Korkmaz')),
    'EG': (('Rahma', 'Yehia'), ('Elmasry', 'Zaghloul', 'Shalaby', 'Elnaggar')),
    'VN': (('Hạnh', 'Quyên', 'Toàn'), ('Mạc', 'Khúc', 'Triệu')),
    'BD': (('Rashedul', 'Shamima', 'Mizanur', 'Lipi'), ('Munshi', 'Pramanik')),
    'KR': (('Siwoo', 'Sohee', 'Bora'), ('Kwak', 'Heo', 'Yoo')),
    'AU': (('Tallulah', 'Coen', 'Finnegan'), ('Cuthbertson', 'Trethewey', 'Polglase', 'Rossiter')),
    'ZA': (('Karabo',), ('Vermaak', 'Zungu')),
    'KE': (('Chepkoech', 'Kerubo'), ('Ndungu', 'Kipruto')),
    'CO': (('Yuliet', 'Marleny', 'Erika'), ('Mosquera', 'Arboleda', 'Caicedo')),
    'AR': (('Belén',), ('Paredes',)),
    'PL': (('Wiesława', 'Bogumił', 'Mieczysław'), ('Zielińska', 'Wojciechowska', 'Sikorski')),
    'NL': (('Gerrit', 'Marieke', 'Sjoerd'), ('Dijkstra', 'Kuiper', 'Zwart', 'Postma')),
    'TH': (('Wanchai', 'Ratana', 'Supachai', 'Chayanin'), ('Jaidee',)),
    'RU': (('Svyatoslav', 'Vsevolod', 'Agafya'), ('Grigoryev', 'Arkhipov', 'Sviridova')),
    'MY': (('Syafiqah', 'Khairul', 'Nurhaliza', 'Shafiq'), ('Zakaria', 'Jamaluddin')),
    'SA': (('Rawan', 'Dalal', 'Ghalia'), ('Al-Balawi', 'Al-Asmari')),
    'AE': (('Mouza', 'Alyazia'), ('Al-Falasi', 'Al-Ketbi')),
    'SG': (('Xinyi', 'Huimin'), ('Lee-Ong',)),
    'NZ': (('Tamati', 'Anahera'), ('Whaanga', 'Karaka', 'Pomare')),
    'GH': (('Afia',), ('Acheampong', 'Sarpong', 'Agyei', 'Quaye')),
    'MA': (('Ghita', 'Meryem'), ('Sqalli', 'Filali')),
    'PE': (('Wilber', 'Flor'), ('Ccahuana', 'Huarcaya')),
    'CL': (('Amparo', 'Ignacia', 'Monserrat'), ('Valdebenito', 'Manríquez')),
    'SE': (('Sixten', 'Ture', 'Majken'), ('Holmqvist', 'Bergkvist', 'Norling')),
    'CN': (('Jiaxin', 'Zimo', 'Xinran'), ('Zheng', 'Xiao')),
    'BE': (('Jorien', 'Nele'), ('Verhaegen',)),
    'AT': (('Hedwig', 'Notburga', 'Vroni'), ('Hinterberger', 'Pfeifenberger', 'Kogler')),
    'PT': (('Benedita',), ('Meireles', 'Quaresma')),
    'IE': (('Cathal', 'Eoin', 'Siobhán'), ('Mulcahy', 'Lenihan', 'Tierney')),
    'FI': (('Lauri', 'Kerttu', 'Veikko'), ('Hämäläinen', 'Hakala')),
    'CH': (('Flurina', 'Curdin'), ('Gisler', 'Frehner', 'Caduff')),
    'NO': (('Ragnar', 'Liv'), ('Kristiansen', 'Fjeld', 'Dahle')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "rediffmail.com", "outlook.com", "yahoo.co.in"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "bol.com.br", "terra.com.br"),
    "GB": ("gmail.com", "gmail.com", "sky.com", "outlook.com", "virginmedia.com", "live.co.uk"),
    "DE": ("gmail.com", "gmx.net", "web.de", "t-online.de", "mailbox.org", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "live.com.mx", "prodigy.net.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "sfr.fr", "wanadoo.fr", "yahoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "softbank.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "alice.it", "hotmail.it"), "CA": ("gmail.com", "gmail.com", "rogers.com", "sympatico.ca", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "optusnet.com.au", "outlook.com", "tpg.com.au"), "NL": ("gmail.com", "live.nl", "xs4all.nl", "planet.nl"),
    "PL": ("gmail.com", "o2.pl", "onet.pl", "op.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.co.uk"), "PH": ("gmail.com", "gmail.com", "ymail.com"),
    "ID": ("gmail.com", "gmail.com", "ymail.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "webmail.co.za"),
    "KE": ("gmail.com", "gmail.com", "outlook.com"), "TR": ("gmail.com", "yandex.com.tr", "hotmail.com"), "CN": ("163.com", "sina.com"),
    "SE": ("gmail.com", "bredband.net"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("ashgrove-pottery.com", "tidemill-cooperative.org", "quillfeather-legal.net", "marrowbone-dental.co",
        "copperkettle-catering.events", "lanternfish-labs.io")  # anywhere
LOCAL_ORGS = {"US": ("willowcreek-isd.k12.us",), "CA": ("riverbend-chiro.ca",), "GB": ("larchfield-practice.co.uk",), "IN": ("sahyadri-softlabs.in",),
              "DE": ("moorland-hausverwaltung.de",), "AU": ("kookaburra-conveyancing.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
