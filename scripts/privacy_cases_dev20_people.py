"""The people of the dev20 privacy set (``privacy_cases_dev20.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an employer's, surgery's or club's domain
now and then), all made up. How a name becomes an address is dev19's (``privacy_cases_dev19_people``);
the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ignatius', 'Philomena', 'Zebulon', 'Augustina', 'Ozias', 'Barnabas', 'Wilhelmina', 'Percival', 'Arabella', 'Horatio', 'Euphemia', 'Lysander'), ('Ravensworth', 'Quackenbush', 'Dinwiddie', 'Bixler', 'Throckmorton', 'Vanderhoof', 'Glasscock', 'Pettibone', 'Huckabee', 'Fennimore', 'Swearingen', 'Kimbrough')),
    'IN': (('Padmaja', 'Ritwik', 'Suhasini', 'Kalindi', 'Dhruvika', 'Parikshit', 'Manasvi', 'Shreyansh', 'Bhoomika', 'Chinmayee'), ('Sabnis', 'Karandikar', 'Bapat', 'Paranjape', 'Dandekar', 'Sathaye', 'Marathe', 'Vartak', 'Tambe', 'Khadilkar')),
    'BR': (('Gleiciane', 'Josenildo', 'Tayná', 'Rosângela', 'Wanderley', 'Edvaldo'), ('Nepomuceno', 'Cavalcante', 'Figueiró', 'Goulart', 'Honorato')),
    'GB': (('Peregrine', 'Ottoline', 'Jocasta', 'Aldous', 'Lettice', 'Perpetua'), ('Cholmondeley', 'Fanshawe', 'Throssell', 'Sidebottom', 'Greenhalgh', 'Entwistle')),
    'DE': (('Thilo', 'Meike', 'Enno', 'Anke', 'Knut', 'Silke'), ('Wohlgemuth', 'Pfannkuch', 'Rautenberg', 'Kleinschmidt', 'Gronau', 'Brinkmann')),
    'MX': (('Anahí', 'Cuauhtémoc', 'Nezahualcóyotl', 'Yatziri'), ('Tzintzun', 'Cuevas', 'Barragán', 'Olvera')),
    'FR': (('Eulalie', 'Clothilde', 'Honoré', 'Bertille'), ('Dubreuil', 'Montagnac', 'Lacombe', 'Rouquette')),
    'ID': (('Anggoro', 'Ratih', 'Raden', 'Krisna'), ('Pardede', 'Simatupang', 'Situmorang', 'Sinaga')),
    'PH': (('Lorelie', 'Ernanie', 'Jonalyn', 'Reynante'), ('Agbayani', 'Mangubat', 'Bacani', 'Dumalagan')),
    'NG': (('Ikechukwu', 'Ugochukwu'), ('Adebanjo', 'Onwuachi', 'Adegoke', 'Okoroafor')),
    'JP': (('Shiori', 'Hinako', 'Kaede'), ('Hayashida', 'Uchida', 'Fukuyama', 'Onodera')),
    'CA': (('Anne-Sophie', 'Harkirat', 'Rajvir', 'Marie-Ève'), ('Ouellette', 'Sangha', 'Brar', 'Turcotte')),
    'ES': (('Iñaki', 'Xabier', 'Oriol', 'Mireia'), ('Larrea', 'Ibarguren', 'Arregui', 'Aranburu')),
    'IT': (('Ottavio', 'Filippa', 'Annunziata', 'Gualtiero'), ('Trevisan', 'Lazzarini', 'Guidotti', 'Bonfanti')),
    'PK': (('Fareeha', 'Sidra', 'Rida'), ('Rajput', 'Mughal', 'Dogar', 'Khattak')),
    'TR': (('Melis', 'Sevgi', 'Cengiz', 'Gülay'), ('Karadeniz', 'Uysal', 'Kocabaş', 'Akyürek')),
    'EG': (('Habiba', 'Shahd', 'Aya'), ('Elgamal', 'Hafez', 'Elsayed', 'Abouelela')),
    'VN': (('Tuyết', 'Diệp', 'Ánh'), ('Tôn', 'Phùng', 'Lạc')),
    'BD': (('Mahbub', 'Taslima', 'Jewel', 'Shakil'), ('Akand', 'Miah', 'Patwary')),
    'KR': (('Yejin', 'Eunbi', 'Hajun', 'Dahye'), ('Jeon', 'Gong', 'Pyo')),
    'AU': (('Keely', 'Kirra', 'Tullah', 'Ruby-Mae'), ('Brumby', 'Ashby', 'Trevaskis', 'Pengelly')),
    'ZA': (('Thabiso', 'Lungile', 'Deon'), ('Swanepoel', 'Mabaso', 'Maluleke')),
    'KE': (('Jepkosgei', 'Nyokabi'), ('Gitonga', 'Mwaura')),
    'CO': (('Wilmar', 'Jhonatan', 'Dairo', 'Johana'), ('Cifuentes', 'Echavarría', 'Sinisterra')),
    'AR': (('Maximiliano', 'Tobías'), ('Coria', 'Villafañe', 'Lescano', 'Bordón')),
    'PL': (('Grażyna', 'Zbigniew', 'Bożydar', 'Teodozja'), ('Szczepańska', 'Michalski', 'Chmielewska')),
    'NL': (('Ilse', 'Maarten', 'Noortje', 'Wietske'), ('Timmermans', 'Verbeek', 'Schuurman', 'Hoogendoorn')),
    'TH': (('Anucha', 'Duangjai', 'Pornthip', 'Kriangsak'), ('Kaewkla', 'Phromphan')),
    'RU': (('Rostislav', 'Lyudmila', 'Gennady'), ('Vorobyova', 'Zhukov', 'Belyaeva', 'Tikhonov')),
    'MY': (('Izzati', 'Azlan', 'Nabilah', 'Firdaus'), ('Mohd', 'Baharuddin', 'Salleh', 'Nordin')),
    'SA': (('Ghadah', 'Maha', 'Abeer'), ('Al-Juhani', 'Al-Ruwaili')),
    'AE': (('Latifa', 'Maitha'), ('Sulayem', 'Nasser')),
    'SG': (('Shermaine', 'Poh'), ('Loh', 'Kerk')),
    'NZ': (('Kahu', 'Hine'), ('Tamihana', 'Rangi')),
    'GH': (('Afua', 'Yaa', 'Esi', 'Adjeley'), ('Agyemang', 'Osei-Bonsu', 'Amoako', 'Tetteh')),
    'MA': (('Hajar', 'Soukaina'), ('Bensouda', 'Tahiri', 'Skalli')),
    'PE': (('Rosario', 'Yessenia'), ('Chávez', 'Huaman', 'Layme')),
    'CL': (('Constanza', 'Antonella', 'Almendra'), ('Aravena', 'Fierro')),
    'SE': (('Olle', 'Tilde'), ('Lundgren', 'Åberg', 'Wallin')),
    'CN': (('Zixuan', 'Mingyu', 'Shuting'), ('Luo', 'Yin', 'Qiu')),
    'BE': (('Elke', 'Kobe'), ('Vermeersch', 'Smet', 'Van', 'Damme')),
    'AT': (('Leopoldine', 'Vinzenz', 'Theresia'), ('Steinbauer', 'Haider')),
    'PT': (('Carolina', 'Madalena', 'Vasco'), ('Marques', 'Salem')),
    'IE': (('Ruairí', 'Caoimhe', 'Donnacha'), ('Giolla', 'Breathnach', 'Cárthaigh', 'Ceallaigh')),
    'FI': (('Helmi', 'Tuula'), ('Laaksonen', 'Kivelä', 'Ahonen')),
    'CH': (('Urs', 'Mirjam', 'Corina', 'Gian'), ('Zwahlen', 'Wyss', 'Hürlimann')),
    'NO': (('Ingvild', 'Vebjørn', 'Ragnhild'), ('Bakken', 'Solberg', 'Nygård', 'Sæther')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "verizon.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.in", "outlook.com", "hotmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "yahoo.com.br"),
    "GB": ("gmail.com", "gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"),
    "DE": ("gmail.com", "gmx.net", "web.de", "t-online.de", "posteo.de", "gmx.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "gmail.com", "daum.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.com", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.ca", "outlook.com", "videotron.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "outlook.com", "iinet.net.au"), "NL": ("gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("saltmarsh-veterinary.com", "ironbridge-accounting.net", "wildcherry-bakehouse.co", "pinecrest-orthopaedics.org",
        "bluewater-freight.io", "goldfinch-studios.events")  # anywhere
LOCAL_ORGS = {"US": ("cedargrove-usd.k12.us",), "CA": ("northshore-physio.ca",), "GB": ("hawthorn-surgery.co.uk",), "IN": ("tungabhadra-infotech.in",),
              "DE": ("elbufer-steuerberatung.de",), "AU": ("wattle-conveyancing.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
