"""The people of the dev33 privacy set (``privacy_cases_dev33.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a caving club's, a cave-rescue team's or a
sheepdog-trial society's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Orrin', 'Roscoe', 'Wava', 'Ivalee', 'Versie', 'Dencil', 'Vergil', 'Elzie', 'Cleda', 'Pearlie'),
           ('Hatmaker', 'Skaggs', 'Hensley', 'Napier', 'Slone', 'Gabbard', 'Eversole', 'Creech', 'Stamper', 'Brashear', 'Gabbard-Slone')),
    'IN': (('Shrinidhi', 'Anvitha', 'Raghottam', 'Vadiraj', 'Mahalasa', 'Sudhindra', 'Ashwath', 'Nagaveni'),
           ('Hebbar', 'Upadhyaya', 'Udupa', 'Tantri', 'Karanth', 'Aithal', 'Kedlaya')),
    'BR': (('Dalvani', 'Jucelino', 'Adalgisa', 'Osvaldina'), ('Assunção', 'Resende', 'Resende-Assunção')),
    'GB': (('Thirza', 'Annis', 'Hedley', 'Rowland'), ('Metcalfe', 'Alderson', 'Kearton', 'Dinsdale', 'Capstick', 'Airey')),
    'DE': (('Gotthilf', 'Reinhilde', 'Friedhelm', 'Gudula', 'Siegbert'), ('Kazmaier', 'Hägele', 'Schwenkedel', 'Vöhringer', 'Wiedmaier')),
    'MX': (('Filogonio', 'Tranquilina', 'Pánfilo', 'Cutberto'), ('Tzompantzi', 'Tepatzi', 'Tepatzi-Tzompantzi')),
    'FR': (('Fernande', 'Léonce', 'Odilon'), ('Bouissou', 'Malzac', 'Pradal', 'Vialaret')),
    'ID': (('Sutarmi', 'Karsono', 'Saminem', 'Legiman'), ('Atmodirjo', 'Hadisusanto', 'Reksodiputro')),
    'PH': (('Concordia', 'Teofila', 'Dakila'), ('Dulawan', 'Lingbawan', 'Bacwaden')),
    'NG': (('Ebunoluwa', 'Tamunotonye', 'Ibiere', 'Chidiebube'), ('Georgewill', 'Amachree', 'Ikiriko', 'Amachree-Georgewill')),
    'JP': (('Kiyomasa', 'Fusako', 'Hidenori'), ('Horaguchi', 'Akiyoshi', 'Iwaya')),
    'CA': (('Dougald', 'Ranald', 'Rosaleen'), ('MacIsaac', 'Chisholm', 'Beaton')),
    'ES': (('Eutiquio', 'Petronila', 'Baldomero'), ('Sotillos', 'Peñalba', 'Cubillo')),
    'IT': (('Liberale', 'Gioconda', 'Fiorenzo'), ('Zanier', 'Tomasin', 'Carniel', 'Grottanelli')),
    'PK': (('Gulzar', 'Zarmeena', 'Sherdil'), ('Orakzai', 'Painda')),
    'TR': (('Nezaket', 'Rıdvan', 'Zühtü'), ('Karakeçili', 'Yörük', 'Sürücü')),
    'EG': (('Tawadros', 'Demiana'), ('Wissa', 'Girgis', 'Abdelmessih')),
    'VN': (('Thoa', 'Nguyệt'), ('Lều', 'Đào')),
    'BD': (('Monowara', 'Joygun'), ('Akanda',)),
    'KR': (('Gwangsu', 'Okja'), ('Yeom',)),
    'AU': (('Bazza', 'Noeline', 'Lyle'), ('Hegarty', 'Whitelaw', 'Kilby')),
    'ZA': (('Bhekizizwe', 'Sibongiseni'), ('Mkhize', 'Mkhwanazi')),
    'KE': (('Jeruto', 'Kagwe'), ('Kinyanjui', 'Mwangangi')),
    'CO': (('Ancízar', 'Argemiro', 'Edelmira'), ('Echeverri', 'Múnera')),
    'AR': (('Hipólito', 'Dominga', 'Cipriano'), ('Pardo', 'Basualdo', 'Echenique')),
    'PL': (('Franciszka', 'Jędrzej'), ('Kuchta', 'Wawrytko', 'Pitoń')),
    'NL': (('Roelof', 'Gerritje'), ('Bosscher', 'Schaapveld', 'Heuvelink')),
    'TH': (('Chanpen', 'Sombat'), ('Inthawong',)),
    'RU': (('Yefrosinya', 'Savva'), ('Ovchinnikov', 'Ovchinnikova', 'Peshkov')),
    'MY': (('Rosnah', 'Ramlah'), ('Sulong', 'Embong')),
    'SA': (('Ohoud', 'Shuaa'), ('Alsharari',)),
    'AE': (('Fakhra',), ('Alghufli',)),
    'SG': (('Siok Keow',), ('Khoo',)),
    'NZ': (('Heeni', 'Whetu', 'Mihiroa'), ('McKendry', 'Urquhart')),
    'GH': (('Ewurabena', 'Araba'), ('Asamoah', 'Kyerewaa')),
    'MA': (('Itto',), ('Oubella',)),
    'PE': (('Isidoro', 'Ruperta'), ('Choquehuanca',)),
    'CL': (('Pascuala', 'Ercilia'), ('Millaqueo', 'Rapiman', 'Curaqueo')),
    'SE': (('Holger', 'Hjalmar', 'Birger'), ('Hallgren', 'Wikström', 'Skoglund')),
    'CN': (('Hongmei', 'Yulan', 'Dezhi'), ('Gou',)),
    'BE': (('Gustaaf',), ('Notebaert', 'Cnudde', 'Hoebeke')),
    'AT': (('Kajetan',), ('Schwaighofer', 'Gugganig', 'Höllbacher')),
    'PT': (('Noémia', 'Aurélio'), ('Zuzarte', 'Penedo')),
    'IE': (('Nollaig', 'Peadar'), ('Ó Fearghail', 'Ó Cinnéide')),
    'FI': (('Saara', 'Vieno', 'Tapani'), ('Lampinen', 'Hirvonen', 'Vuorinen')),
    'CH': (('Fridolin', 'Rosmarie'), ('Schafroth', 'Hirschi')),
    'NO': (('Torleif', 'Borghild'), ('Grotle', 'Hølleland', 'Sauvik')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "inbox.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "alice.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "sympatico.ca", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("swallet-cavers.org", "shakehole-diggers.net", "outrun-and-lift.club", "crossdrive-handlers.org",
        "flowstone-survey.net", "comebye-trials.org")  # anywhere
LOCAL_ORGS = {"US": ("cumberland-plateau-grotto.org",), "CA": ("okanagan-stockdog.ca",), "GB": ("dales-swallet-club.org.uk",),
              "IN": ("meghalaya-caving-trust.in",), "DE": ("hoehlenforscher-alb.de",), "AU": ("riverina-working-kelpies.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
