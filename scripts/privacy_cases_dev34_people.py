"""The people of the dev34 privacy set (``privacy_cases_dev34.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an orienteering club's, a rogaining
club's or a balloon club's domain now and then), all made up. How a name becomes an address is
dev19's (``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Verlin', 'Leota', 'Zelma', 'Arsenio', 'Rosendo', 'Zenaida', 'Kaylene', 'Lavon', 'Merle', 'Euell', 'Ozell', 'Lorene', 'Elzora'),
           ('Archuleta', 'Maestas', 'Sisneros', 'Quintana', 'Vigil', 'Gallegos', 'Lucero', 'Trujillo', 'Abeyta', 'Benavidez', 'Apodaca',
            'Gurule', 'Atencio', 'Archuleta-Vigil')),
    'IN': (('Pratibha', 'Yogini', 'Kshitija', 'Ninad', 'Shalaka', 'Manasi', 'Dhanashree', 'Parag', 'Rohini', 'Ajinkya', 'Tanmay', 'Vrushali',
            'Nilima'),
           ('Sathe', 'Ketkar', 'Karve', 'Tilak', 'Patwardhan', 'Damle', 'Barve', 'Nene', 'Pitre')),
    'BR': (('Valdecir', 'Rosineide', 'Lucinéia', 'Francineide', 'Josimar', 'Elisângela', 'Cícero', 'Aldenora'),
           ('Bandeira', 'Caldas', 'Torquato', 'Feitosa', 'Gadelha', 'Feitosa-Bandeira')),
    'GB': (('Gwendolen', 'Evadne', 'Linus', 'Hattie', 'Wilf', 'Cedric'), ('Duckworth', 'Pickles', 'Greenwood', 'Heptonstall', 'Shackleton', 'Holroyd')),
    'DE': (('Ortwin', 'Hartmut', 'Irmgard', 'Edeltraud', 'Gernot', 'Roswitha', 'Lothar'),
           ('Pfannenstiel', 'Brockhaus', 'Terhorst', 'Hülsmann', 'Tenhagen', 'Wienbrock', 'Kemper')),
    'MX': (('Macrina', 'Epifania', 'Rutilio', 'Gumersindo', 'Nicéforo', 'Fortino', 'Toribia'), ('Nava', 'Apango', 'Zacapantzi', 'Apango-Nava')),
    'FR': (('Armand', 'Rolande', 'Léontine', 'Marcelin', 'Norbert', 'Monique'), ('Quéré', 'Cornec', 'Guillou', 'Kermarrec', 'Prigent')),
    'ID': (('Ngatini', 'Paijo', 'Suyatno', 'Sukirah'), ('Partowiyono', 'Wiryosudarmo', 'Sastroamidjojo', 'Kartodikromo')),
    'PH': (('Felicidad', 'Zosimo', 'Florante', 'Ludivina', 'Teodulfo', 'Rufino'), ('Bulanadi', 'Sicat', 'Yabut', 'Pamintuan')),
    'NG': (('Olusegun', 'Morenike', 'Ayotunde', 'Folasade', 'Bolanle', 'Oyebola', 'Titilayo'),
           ('Fagbemi', 'Oladipupo', 'Ogundele', 'Ojelabi', 'Adeyemi-Oke')),
    'JP': (('Takanori', 'Kazue', 'Yoshiharu', 'Masuo', 'Chizuru', 'Tokiko', 'Haruyo', 'Tetsuji', 'Setsuko'),
           ('Kumagai', 'Akiyama', 'Tanabe', 'Ichikawa', 'Ochiai', 'Maruyama')),
    'CA': (('Cyprien', 'Bernadette', 'Lauréat'), ('Gallant', 'Doucette', 'Comeau')),
    'ES': (('Herminia', 'Leoncio', 'Visitación', 'Fulgencio', 'Casimiro', 'Restituto', 'Macarena'),
           ('Urquijo', 'Olabarria', 'Lizarazu', 'Ugarte', 'Azpiazu', 'Beitia')),
    'IT': (('Loredana', 'Settimio', 'Fosca', 'Italo', 'Albina', 'Nives'), ('Galbiati', 'Sironi', 'Mapelli', 'Pirovano', 'Redaelli', 'Ronchi', 'Vismara')),
    'PK': (('Mehboob', 'Nasreen', 'Zulfiqar', 'Shaheen', 'Rukhsana', 'Iftikhar', 'Naheed', 'Tariq'), ('Chattha', 'Virk', 'Kahlon')),
    'TR': (('Mükerrem', 'Necdet', 'Fikriye', 'Muammer', 'Gülten', 'İhsan'), ('Eğilmez', 'Tosunoğlu', 'Öztoprak', 'Bayraktar', 'Ekinci')),
    'EG': (('Shenouda', 'Bishoy', 'Youanna', 'Mina'), ('Boutros', 'Iskander', 'Tadros', 'Rizk')),
    'VN': (('Hưng', 'Thuận', 'Đạt', 'Xuân', 'Cúc'), ('Thái',)),
    'BD': (('Rahima', 'Mokbul', 'Sufia', 'Habibur', 'Sahera', 'Lutfa'), ('Prodhan',)),
    'KR': (('Sunja', 'Byeongcheol', 'Malsun', 'Dongsu', 'Soonja', 'Gapsu', 'Bokja'), ('Chae',)),
    'AU': (('Darryl', 'Sheryl', 'Kev', 'Shazza', 'Bevan', 'Lorraine'), ('Pocock', 'Haddrick', 'Fitzsimons', 'Bourke', 'Dwyer')),
    'ZA': (('Khanyisile', 'Mandlenkosi'), ('Shezi', 'Ngubane', 'Mhlongo', 'Cele')),
    'KE': (('Khisa', 'Nanjala', 'Nasimiyu'), ('Wanyonyi', 'Simiyu', 'Masinde', 'Makokha', 'Wanyama', 'Nyongesa', 'Wamalwa')),
    'CO': (('Aicardo', 'Eudoxia', 'Rubiel', 'Nohora', 'Libardo', 'Gladys', 'Duberney', 'Omaira'), ('Hoyos', 'Grisales', 'Tabares')),
    'AR': (('Fermina', 'Ramón', 'Abel'), ('Galeano', 'Acuña', 'Villarruel', 'Ojeda', 'Leguizamón', 'Coronel')),
    'PL': (('Mirosław', 'Ryszard'), ('Szostak', 'Dudek', 'Wieczorek', 'Jabłoński', 'Baran')),
    'NL': (('Hendrikje', 'Geertruida', 'Sijbrand'), ('Bergsma', 'Wijbenga')),
    'TH': (('Somjai', 'Wanpen', 'Sukanya', 'Thawatchai'), ('Boonma', 'Chantawong')),
    'RU': (('Kuzma', 'Tikhon', 'Yevlampiya', 'Ferapont'), ('Shestakov', 'Shestakova', 'Zaitsev', 'Vereshchagin', 'Kolesnikov', 'Kolesnikova',
                                                           'Loginov', 'Loginova')),
    'MY': (('Zaitun', 'Norsiah'), ('Awang', 'Mamat', 'Deraman', 'Yusoff')),
    'SA': (('Hissah', 'Moneera'), ('Aljohani', 'Alsaleh', 'Alhumaid', 'Alsudairi')),
    'AE': (('Ameena', 'Khulood'), ('Alhajeri',)),
    'SG': (('Swee Huat', 'Geok Choo'), ('Chew', 'Kwek')),
    'NZ': (('Moana', 'Ngāire'), ('Hapeta', 'Whatuira')),
    'GH': (('Ekow', 'Selasi', 'Elikem', 'Edem', 'Mawuli', 'Kekeli', 'Maame'), ('Oppong', 'Antwi')),
    'MA': (('Brahim', 'Fadma', 'Mimoun', 'Yamna'), ('Ouzzine', 'Amzil', 'Ouhaddou')),
    'PE': (('Juvenal', 'Feliciano', 'Nicolasa', 'Cirila', 'Wenceslao'), ('Cusihuamán', 'Sucasaire', 'Quisocala')),
    'CL': (('Rosalba', 'Nolberto', 'Eliana', 'Patricio'), ('Huenchumil', 'Nahuelpan', 'Tralma', 'Colipán')),
    'SE': (('Märta', 'Bertil', 'Karl-Erik', 'Yvonne'), ('Nordqvist', 'Fransson', 'Henriksson', 'Lundmark', 'Strömgren')),
    'CN': (('Guifang', 'Shulan', 'Baoshan', 'Cuilan', 'Fugui', 'Xiuying'), ('Geng', 'Meng')),
    'BE': (('Marnix', 'Rika', 'Guido', 'Dirk', 'Annemie'), ('Bogaert', 'Deprez')),
    'AT': (('Sepp', 'Gertraud'), ('Leitgeb', 'Steinwender', 'Holzer')),
    'PT': (('Firmino', 'Rosalina'), ('Fragoso', 'Carapinha', 'Salgueiro', 'Caeiro', 'Valente')),
    'IE': (('Treasa', 'Ailbhe', 'Úna', 'Máirtín', 'Seosamh'), ('Ó Duibhir', 'Mac Domhnaill', 'Ní Ghallchóir', 'Ní Mhurchú')),
    'FI': (('Irja', 'Helvi', 'Reino'), ('Räsänen', 'Pesonen', 'Hyvönen', 'Kinnunen', 'Turunen')),
    'CH': (('Ruedi', 'Margrit'), ('Zbinden', 'Aebischer', 'Schneuwly', 'Jungo')),
    'NO': (('Torstein', 'Jorunn'), ('Skjelbred', 'Fosse')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "live.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("controlflag-orienteers.org", "attackpoint-harriers.net", "handrail-o-club.org", "burnerframe-aeronauts.club",
        "chasecrew-balloonists.org", "envelope-and-basket.net")  # anywhere
LOCAL_ORGS = {"US": ("front-range-orienteering.org",), "CA": ("fraser-valley-balloonists.ca",), "GB": ("pennine-fell-orienteers.org.uk",),
              "IN": ("nilgiri-orienteering.in",), "DE": ("ballonfahrer-oberschwaben.de",), "AU": ("canberra-rogaining.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
