"""The people of the dev31 privacy set (``privacy_cases_dev31.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a falconry club's, a mews' or a bell-ringing
band's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Lavada', 'Cleon', 'Wilburn', 'Dovie', 'Birdie', 'Lutie', 'Virgie', 'Zettie', 'Euel', 'Nannie', 'Oather', 'Elgin'),
           ('Stapleton', 'Fugitt', 'Cornett', 'Caudill', 'Gilreath', 'Collinsworth', 'Profitt', 'Gayheart', 'Sturgill', 'Maggard', 'Amburgey',
            'Combs-Halcomb')),
    'IN': (('Gargi', 'Mandar', 'Rasika', 'Padmakar', 'Shalmali', 'Durva', 'Anagha', 'Saumitra', 'Asawari', 'Chitrangada'),
           ('Natu', 'Modak')),
    'BR': (('Anatália', 'Lindinalva', 'Orlandina', 'Zenóbio', 'Ivanildes', 'Erivaldo'), ('Mourão', 'Araripe', 'Tabosa')),
    'GB': (('Petronella', 'Rosamund', 'Hereward'), ('Pocklington', 'Tattersall', 'Bellhouse', 'Chatterley', 'Nettleship')),
    'DE': (('Irmtraud', 'Burkhard', 'Liselotte', 'Volkmar'), ('Falkenrath', 'Sperlinger', 'Rabenhorst', 'Geier-Lutz', 'Glockmann', 'Habichtreiter')),
    'MX': (('Yaotl', 'Ameyalli'), ('Zacatenco', 'Popoca', 'Tlaseca', 'Axotla')),
    'FR': (('Enguerrand', 'Hippolyte', 'Eudoxie', 'Aymeric'), ('Campanier', 'Tierceline', 'Fauconnier-Brun', 'Clochard-Ruel', 'Beffroi', 'Autourier')),
    'ID': (('Tuginem', 'Ngadimin', 'Saminah', 'Kasmirah'), ('Hadiwinoto', 'Partodiharjo')),
    'PH': (('Maricar', 'Dionisio'), ('Pacquing', 'Cabungcal')),
    'NG': (('Ebubechukwu', 'Olanrewaju', 'Chinwendu'), ('Onwudiwe', 'Adegbite', 'Okeke-Agulu')),
    'JP': (('Toshizo', 'Kihachi', 'Tamae', 'Chiyono'), ('Takagari', 'Suzumura', 'Kanetsuki', 'Washio-Tani', 'Hayashibara', 'Takanohara')),
    'CA': (('Philomène', 'Télesphore', 'Zéphirin', 'Délima'), ('Doiron-Savoie', 'Gaudet', 'Robichaud')),
    'ES': (('Gotzone', 'Joseba', 'Aritz'), ('Urkiola-Bengoetxea', 'Agirrezabala')),
    'IT': (('Crocifissa', 'Accursio', 'Calcedonio', 'Vincenzina'), ('Scaglione', 'Sparacino', 'Terrasi', 'Mistretta', 'Lo Campo', 'Scaglione-Terrasi')),
    'PK': (('Mahjabeen', 'Inayatullah', 'Zarghuna'), ('Achakzai', 'Sherbaz-Achakzai')),
    'TR': (('Saadet', 'Nazife'), ('Kartaloğlu', 'Doğangün', 'Çakırkuş', 'Şahinkaya', 'Atmacaoğlu')),
    'EG': (('Naima', 'Fathiya', 'Zeinab', 'Hoda'), ('Elsaqqa',)),
    'VN': (('Huệ', 'Trâm', 'Thắm'), ('Đàm', 'Bạch')),
    'BD': (('Moyna', 'Mokhlesur'), ('Matubbar', 'Abul-Kashem')),
    'KR': (('Seungheon', 'Boram', 'Gyeoul'), ('Sobong', 'Dongbang', 'Seomoon', 'Chungmu')),
    'AU': (('Tamsyn', 'Brock', 'Digger', 'Cobar'), ('Throsby', 'Pankhurst', 'Trethowan', 'Cullinan-Hayes')),
    'ZA': (('Nosipho', 'Lwandle'), ('Gumede', 'Ntshangase')),
    'KE': (('Jebet', 'Nduta', 'Kawira', 'Jepkemboi'), ('Gachanja', 'Oduor', 'Nyaboke')),
    'CO': (('Yadira', 'Norbey', 'Edilson'), ('Cuero',)),
    'AR': (('Nicasia', 'Primitivo'), ('Bengoechea', 'Aranguren', 'Aranguren-Bengoechea')),
    'PL': (('Dobrosława', 'Radomiła', 'Sulisław'), ('Sokołowska-Kania', 'Dzwonnik', 'Jastrząb', 'Kobuzowski', 'Krogulecka')),
    'NL': (('Sybren', 'Gerlof'), ('Klokman', 'Valkhof')),
    'TH': (('Somsak', 'Nittaya'), ('Phromsuwan',)),
    'RU': (('Mitrofan', 'Efrosinya'), ('Sokolovskaya', 'Kolokolnikova', 'Zvonaryova', 'Berkutova', 'Krechetov', 'Yastrebtsev')),
    'MY': (('Aina', 'Anuar'), ('Nik Hanis', 'Wan Azmi')),
    'SA': (('Sattam', 'Munirah'), ('Alrashidi', 'Alqarni', 'Aljuhani-Eid')),
    'AE': (('Wadeema', 'Rashed'), ('Alhosani', 'Altenaiji')),
    'SG': (('Wen Xuan',), ('Toh-Liew', 'Seet')),
    'NZ': (('Tāwhiri', 'Mihi', 'Hohepa Rongomai'), ('Kereama',)),
    'GH': (('Kobina', 'Akua', 'Nyarko', 'Akua Nyarko'), ('Ampofo', 'Asiedu-Addo', 'Ampofo-Nyarko')),
    'MA': (('Ouiam', 'Imad'), ('Bouzoubaa',)),
    'PE': (('Fortunata', 'Policarpo', 'Crisóstomo', 'Huarachi'), ('Cusipuma',)),
    'CL': (('Amancay', 'Pewen', 'Ailín'), ('Lienlaf', 'Quidel', 'Coliqueo', 'Lican')),
    'SE': (('Helmer', 'Arvid-Sture', 'Ulla-Karin'), ('Klockhoff', 'Falkgren-Klockhoff')),
    'CN': (('Zhenyu', 'Meiling', 'Ziyi'), ('Ximen', 'Nangong', 'Gongsun')),
    'BE': (('Roosmarijn',), ('Vandecasteele', 'Demuynck', 'Vandecasteele-Demuynck')),
    'AT': (('Hannelore',), ('Zechmeister', 'Hinterleitner')),
    'PT': (('Ilídio', 'Aníbal', 'Ilídio-Aníbal'), ('Carrilho',)),
    'IE': (('Aoibhinn', 'Diarmuid'), ('Ní Chonchúir', 'Ó Loingsigh', 'Mac Conmara', 'Ní Bhraonáin')),
    'FI': (('Tellervo', 'Aarno'), ('Hiltunen-Koski', 'Rautakorpi')),
    'CH': (('Urezza', 'Jachen'), ('Duosch', 'Cloetta')),
    'NO': (('Signy', 'Torgunn', 'Signy-Torgunn'), ('Klokkervold', 'Haukeland', 'Klokkervold-Haukeland')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "sfr.fr", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "alice.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "sympatico.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("jesses-and-bells.net", "hoodblock-falconry.co", "plainbob-band.org", "creance-hawking.net",
        "sallie-and-stay.org", "tiercel-mews.io")  # anywhere
LOCAL_ORGS = {"US": ("high-plains-falconers.org",), "CA": ("carillon-sonneurs-acadie.ca",), "GB": ("fenland-ringing-guild.org.uk",),
              "IN": ("deccan-raptor-rescue.in",), "DE": ("falknerei-am-glockenturm.de",), "AU": ("goldfields-bellringers.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
