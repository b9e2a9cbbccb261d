"""The people of the dev22 privacy set (``privacy_cases_dev22.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an apiary's, boatyard's or clinic's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ardella', 'Verlie', 'Orville', 'Eudora', 'Wendell', 'Minerva', 'Augustus', 'Icie', 'Alvena', 'Odessa', 'Zenas', 'Theda'), ('Puckett', 'Hollingsworth', 'Ratliff', 'Grubbs', 'Loftis', 'Mayhugh', 'Tidwell', 'Scroggins', 'Wimberly', 'Buckalew', 'Honaker', 'Yoakum')),
    'IN': (('Anasuya', 'Ketaki', 'Vaishnavi', 'Bhargavi', 'Raghunandan', 'Srividya', 'Chinmay', 'Gangadhar', 'Manjiri', 'Abhijeet'), ('Bhandarkar', 'Upadhye', 'Mangalwedhe', 'Kanitkar', 'Ghaisas', 'Datar', 'Tamhane', 'Phadke')),
    'BR': (('Josinaldo', 'Gercina', 'Raimunda', 'Edivaldo', 'Marinalva', 'Rosilene'), ('Calado', 'Medeiros')),
    'GB': (('Godfrey', 'Ambrose', 'Mungo', 'Hephzibah', 'Rollo'), ('Higginson', 'Pilkington', 'Shufflebotham', 'Grimshaw', 'Sutcliffe', 'Butterworth')),
    'DE': (('Ubbo', 'Talea', 'Meinert', 'Gesche'), ('Harms', 'Eilers', 'Gerdes', 'Lüpkes', 'Ahlers', 'Cassens')),
    'MX': (('Izcóatl', 'Tenoch', 'Zyanya'), ('Tezcucano', 'Zamarripa', 'Cázares', 'Balderas')),
    'FR': (('Athénaïs', 'Eustache', 'Gonzague', 'Bérengère'), ('Marchadier', 'Pouzol', 'Chabrerie', 'Chassagne')),
    'ID': (('Ayuningtyas', 'Bagaskara', 'Prameswari', 'Gendis'), ('Hutagalung', 'Sitompul', 'Napitupulu')),
    'PH': (('Lovelyn', 'Jomarie', 'Ednalyn', 'Rodelio'), ('Macapagal', 'Villareal', 'Tuazon')),
    'NG': (('Olufunmilayo', 'Somtochukwu'), ('Odunsi',)),
    'JP': (('Hotaru', 'Shizuka', 'Rentaro', 'Kazuha'), ('Kusunoki', 'Hanazawa', 'Ogasawara', 'Kitajima')),
    'CA': (('Navpreet', 'Gurnoor', 'Ginette'), ('Desrochers', 'Vaillancourt')),
    'ES': (('Edurne', 'Aitziber', 'Josune'), ('Arrizabalaga', 'Olabarrieta')),
    'IT': (('Guendalina', 'Ruggero', 'Cosimo'), ('Tagliaferri', 'Bonaccorsi', 'Scarpellini', 'Pierobon')),
    'PK': (('Sheheryar', 'Mahrukh', 'Hammad'), ('Paracha',)),
    'TR': (('Gülsüm', 'Serkan', 'Nurcan', 'Oğuzhan'), ('Karaosmanoğlu', 'Yeşilyurt', 'Ergüven', 'Sönmez')),
    'EG': (('Nermeen', 'Shahenda'), ('Abdelrazek', 'Elsherif', 'Fahmy', 'Metwally')),
    'VN': (('Bích', 'Duyên', 'Khải'), ('Kiều', 'Giáp', 'Doãn')),
    'BD': (('Jahangir', 'Rokeya', 'Shahnaz', 'Rafiqul'), ('Akhand', 'Shikder')),
    'KR': (('Haneul', 'Dayeon', 'Junseo'), ('Maeng', 'Seok', 'Byeon')),
    'AU': (('Clancy', 'Bronte', 'Ned'), ('Penhaligon', 'Threlfall', 'Gilchrist', 'Treloar')),
    'ZA': (('Sibusiso',), ('Oosthuizen', 'Steenkamp')),
    'KE': (('Wangui', 'Awino'), ('Wambugu', 'Chepngetich')),
    'CO': (('Nelcy', 'Arley', 'Dubán'), ('Palacios', 'Cuesta', 'Renjifo')),
    'AR': (('Ramiro',), ('Iturriaga',)),
    'PL': (('Genowefa', 'Zdzisław', 'Bronisława'), ('Kaczmarczyk', 'Szczepaniak', 'Wróblewski')),
    'NL': (('Wouter', 'Hylke', 'Jildou'), ('Terpstra', 'Bosma', 'Wijnia', 'Hiemstra')),
    'TH': (('Kittipong', 'Ploypailin', 'Naphat'), ('Wongsuwan',)),
    'RU': (('Evdokiya', 'Yaroslav', 'Miroslava'), ('Tikhomirov', 'Zhuravleva', 'Pchelkin')),
    'MY': (('Hafizuddin', 'Azlina', 'Syazwan'), ('Rosli', 'Mokhtar')),
    'SA': (('Lamya', 'Waad', 'Bushra'), ('Alhumaidan', 'Alsuwailem')),
    'AE': (('Hind', 'Shaikha'), ('Alremeithi', 'Almansoori')),
    'SG': (('Jiahui', 'Shufen'), ('Chia-Phua',)),
    'NZ': (('Hinemoa', 'Ruihi'), ('Tawhiri', 'Tautahi')),
    'GH': (('Afriyie',), ('Gyamfi', 'Adomako')),
    'MA': (('Houda', 'Yassine'), ('Cherkaoui', 'Guessous')),
    'PE': (('Yovana', 'Edilberto'), ('Taipe', 'Yupanqui')),
    'CL': (('Florencio', 'Rayén', 'Millaray'), ('Huenchullán', 'Painemal')),
    'SE': (('Gunnel', 'Torsten', 'Ylva'), ('Forsgren', 'Åkesson')),
    'CN': (('Shuyi', 'Jingyi', 'Boyuan'), ('Dong', 'Gu')),
    'BE': (('Lieve', 'Wannes'), ('Vandenbroucke',)),
    'AT': (('Rosalinde', 'Waltraud', 'Engelbert'), ('Oberhuber', 'Stockinger')),
    'PT': (('Gaspar',), ('Lobato', 'Ferraz')),
    'IE': (('Sadhbh', 'Colm', 'Dervla'), ('Mulqueen', 'Fennelly', 'Dunphy')),
    'FI': (('Tuulikki', 'Ilmari', 'Saimi'), ('Rantanen', 'Tuominen')),
    'CH': (('Ursina', 'Flurin', 'Corsin'), ('Zuberbühler', 'Tscharner', 'Casutt')),
    'NO': (('Sigrun', 'Halvard'), ('Haugland', 'Aasheim', 'Tveit')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "proton.me"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "rediffmail.com", "outlook.com", "yahoo.in"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "yahoo.com.br"),
    "GB": ("gmail.com", "gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"),
    "DE": ("gmail.com", "gmx.de", "web.de", "t-online.de", "posteo.de", "outlook.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "gmail.com", "daum.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.com", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "videotron.ca", "bell.net", "telus.net"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "outlook.com", "iinet.net.au"), "NL": ("gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "interia.pl", "o2.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com.tr", "outlook.com"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.es"),
}

ORGS = ("heatherbank-apiary.com", "saltmarsh-boatyard.org", "quernstone-physio.net", "lodestar-tutoring.co",
        "brackenridge-vets.clinic", "windlass-robotics.io")  # anywhere
LOCAL_ORGS = {"US": ("cedar-hollow-schools.org",), "CA": ("maplewood-optometry.ca",), "GB": ("thornbury-surgery.co.uk",), "IN": ("konkan-agritech.in",),
              "DE": ("deichblick-steuerberatung.de",), "AU": ("wattle-grove-vets.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
