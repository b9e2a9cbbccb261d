"""The people of the dev24 privacy set (``privacy_cases_dev24.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a bindery's, print studio's or library's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Marvella', 'Thurman', 'Lyndell', 'Berniece', 'Royce', 'Garland', 'Iola', 'Virgil', 'Mavis', 'Lurleen', 'Ardith', 'Cleophus'), ('Womack', 'Ragsdale', 'Buckner', 'Cauthen', 'Dillard', 'Vanlandingham', 'Gilbreath', 'Hollingshead', 'Sprouse', 'Fancher', 'Rountree', 'Shumate')),
    'IN': (('Hemlata', 'Chandrakant', 'Shantanu', 'Kumudini', 'Nachiket', 'Kalyani', 'Dattatray', 'Sumedha', 'Vishwas', 'Aparna'), ('Kulkarni-Bapat', 'Tendolkar', 'Mhaskar', 'Chitale')),
    'BR': (('Genilda', 'Josélia', 'Adailton', 'Zenaide', 'Josenilda', 'Gildásio'), ('Albuquerque-Lins',)),
    'GB': (('Rufus', 'Isadora'), ('Ollerenshaw', 'Sowerbutts', 'Sugden', 'Hepworth', 'Stansfield')),
    'DE': (('Broder', 'Momme', 'Tade', 'Kerrin'), ('Petersen-Thiel', 'Carstensen', 'Feddersen', 'Lorenzen', 'Ketelsen', 'Paulsen')),
    'MX': (('Itzayana', 'Yoloxóchitl'), ('Xochihua', 'Tecuapetla', 'Olguín', 'Tepetla', 'Cuautle')),
    'FR': (('Gwenaëlle', 'Maïwenn', 'Erwan', 'Nolwenn'), ('Le Goff', 'Kerjean', 'Le Bihan', 'Quéméner', 'Le Floch', 'Le Gall')),
    'ID': (('Sulastri', 'Joko', 'Purwanti', 'Bambang'), ('Wicaksono',)),
    'PH': (('Marilou', 'Evangeline', 'Pacifico', 'Luzviminda'), ('Bautista-Lim', 'Sison-Tan')),
    'NG': (('Uchechukwu', 'Ifunanya'), ('Ezeobi', 'Nwankwo-Obi', 'Okafor-Eze')),
    'JP': (('Tokuji', 'Fumino', 'Masaomi', 'Rintarou'), ('Kurosawa', 'Shirakawa', 'Tsutsumi', 'Hirayama', 'Kageyama', 'Kuribayashi')),
    'CA': (('Jocelyn', 'Raymonde', 'Gaétan', 'Réal'), ('Tremblay-Roy', 'Desrosiers')),
    'ES': (('Ekaitz', 'Julen'), ('Ugalde-Iturbe',)),
    'IT': (('Ercole', 'Albertina', 'Quirino', 'Ermenegilda'), ('Scarpelli', 'Bonaventura', 'Morandini', 'Pellicciari', 'Sbaraglia', 'Pozzobon')),
    'PK': (('Daniyal', 'Arsalan', 'Sehrish'), ('Kharal',)),
    'TR': (('Nurten', 'Erdal', 'Gülizar', 'Kadir'), ('Sarıkaya', 'Öztürkmen', 'Tunçel', 'Akbulut', 'Yeşiltepe')),
    'EG': (('Shereen', 'Hanan', 'Dalia', 'Rasha'), ('Elshazly', 'Elsayed-Nour')),
    'VN': (('Khôi', 'Tùng', 'Thắng'), ('Đoàn',)),
    'BD': (('Shahidul', 'Moniruzzaman'), ('Sarkar-Munshi',)),
    'KR': (('Juwon', 'Seohyun'), ('Myeong',)),
    'AU': (('Kirrily', 'Bluey', 'Narelle', 'Dallas'), ('Hinchcliffe', 'Brocklebank', 'Quirk', 'Trebilcock', 'Cornish-Hay', 'Pascoe')),
    'ZA': (('Nokuthula', 'Thulani'), ('Nxumalo',)),
    'KE': (('Jeptanui',), ('Mwangi-Kariuki',)),
    'CO': (('Maryuri', 'Yorladis'), ('Valencia-Rúa', 'Asprilla', 'Ibargüen', 'Mena', 'Lozano-Ríos')),
    'AR': (('Benicio', 'Faustina'), ('Bidegain', 'Olaechea', 'Aguirrezabala', 'Errecalde')),
    'PL': (('Władysław', 'Eugenia', 'Tadeusz'), ('Wierzbicki', 'Grabowska', 'Pietrzak', 'Włodarczyk', 'Sobczak', 'Ratajczak')),
    'NL': (('Geertje', 'Hidde', 'Sjoukje', 'Rients'), ('Visser-Bakker', 'Hofstra')),
    'TH': (('Wiroj', 'Sunisa'), ('Saengthong',)),
    'RU': (('Radomir', 'Vasilisa', 'Feodosiya', 'Gleb'), ('Pechatnikov', 'Knigina', 'Pereplyotov', 'Bukvarev', 'Litvinova', 'Shriftova')),
    'MY': (('Farhanah', 'Syazwani'), ('Ramli', 'Jaafar', 'Omar-Baki')),
    'SA': (('Reema', 'Nawaf'), ('Aldosari', 'Alharbi', 'Almutairi', 'Alanazi', 'Alsubaie')),
    'AE': (('Moza', 'Sheikha'), ('Alfalasi', 'Almheiri', 'Alsuwaidi', 'Alkaabi', 'Alblooshi')),
    'SG': (('Zhiwei', 'Yihui', 'Kaiwen'), ('Ang-Lim',)),
    'NZ': (('Huia', 'Ataahua'), ('Takerei',)),
    'GH': (('Nana Yaa', 'Yaa Konadu'), ('Owusu-Ansah',)),
    'MA': (('Ayoub', 'Ghizlane'), ('Benjelloun-Sqalli',)),
    'PE': (('Lidia', 'Teófilo', 'Yaneth', 'Marcelina'), ('Mamani-Condori',)),
    'CL': (('Antü', 'Lautaro-Ñ'), ('Huenchumilla', 'Quilaqueo', 'Antiqueo', 'Caniullán', 'Curiñanco')),
    'SE': (('Dagny', 'Gunborg', 'Elvira'), ('Ekdahl', 'Strandberg')),
    'CN': (('Haoyu', 'Yuxin'), ('Qian', 'Xue')),
    'BE': (('Staf', 'Mieke', 'Rik'), ('Claeys', 'Van Damme', 'De Smedt', 'Van den Broeck')),
    'AT': (('Cäcilia', 'Rosina'), ('Gruber-Lechner', 'Eder')),
    'PT': (('Gervásio', 'Filomena', 'Anacleto', 'Benvinda'), ('Cerqueira',)),
    'IE': (('Orla', 'Ciarán'), ('Mac Giolla', 'Ní Bhriain', 'Ó Dónaill', 'Ó Ceallaigh', 'Mac Cárthaigh')),
    'FI': (('Tyyne', 'Toivo', 'Urho'), ('Mäkelä',)),
    'CH': (('Annatina', 'Duri'), ('Venzin', 'Cathomen', 'Dosch', 'Pult', 'Janett', 'Sialm')),
    'NO': (('Signe', 'Halvor', 'Sverre'), ('Bakketun', 'Strømsnes', 'Kvamme', 'Haugen-Lie', 'Bøe')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "proton.me"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "rediffmail.com", "outlook.com", "yahoo.co.in"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "bol.com.br", "terra.com.br"),
    "GB": ("gmail.com", "gmail.com", "sky.com", "outlook.com", "yahoo.co.uk", "virginmedia.com"),
    "DE": ("gmail.com", "gmx.net", "web.de", "t-online.de", "mailbox.org", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "sfr.fr", "wanadoo.fr", "yahoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "softbank.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "alice.it", "yahoo.it"), "CA": ("gmail.com", "gmail.com", "sympatico.ca", "shaw.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "optusnet.com.au", "hotmail.com", "tpg.com.au"), "NL": ("gmail.com", "live.nl", "xs4all.nl", "planet.nl"),
    "PL": ("gmail.com", "onet.pl", "poczta.fm", "gazeta.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.co.uk"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "ymail.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "webmail.co.za"),
    "KE": ("gmail.com", "gmail.com", "outlook.com"), "TR": ("gmail.com", "yandex.com.tr", "hotmail.com"), "CN": ("163.com", "sina.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("quirebrook-bindery.com", "tympanrow-press.org", "marblewick-library.net", "gallowfield-clinic.co",
        "bodkinlane-opticians.com", "ferrulewood-data.io")  # anywhere
LOCAL_ORGS = {"US": ("larchmere-middle.org",), "CA": ("otterholt-rowing.ca",), "GB": ("thistlecombe-parish.org.uk",), "IN": ("tarkarli-printworks.in",),
              "DE": ("nordmarsch-buchbinderei.de",), "AU": ("wombalong-dental.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
