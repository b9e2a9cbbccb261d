"""The people of the dev28 privacy set (``privacy_cases_dev28.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a boatyard's, a sail loft's or a
sailing school's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Arvella', 'Dorsey', 'Eulalee', 'Leamon', 'Orvaline', 'Thaddeus-Lee', 'Vesta', 'Wendell-Ray', 'Zenola', 'Odell', 'Burnice', 'Lavetta'), ('Mabrey-Colt', 'Cottingham', 'Yarbrough-Lee', 'Satterlund', 'Bledshaw', 'Honeysett', 'Wingate', 'Truett', 'Spivey', 'Lundsgaard-Pike', 'Grubbs-Hale', 'Faircloth')),
    'IN': (('Sudhanshu', 'Vasundhara', 'Kshitindra', 'Malayalika', 'Purushottam', 'Hemaprabha', 'Devavrat', 'Sharmishtha', 'Trivikram', 'Nivedita'), ('Menon-Pillai', 'Nambiathiri', 'Kurup-Varma', 'Thampi')),
    'BR': (('Valdenora', 'Zuleide', 'Josivaldo', 'Gerusa', 'Aristeu', 'Lindomar-Ana'), ('Carvalhal-Peixoto',)),
    'GB': (('Tamsin-Rose', 'Barnaby-Jack'), ('Pendelbury', 'Trevithick', 'Hollinrake-Shaw', 'Winstanley', 'Hawksworth-Lee')),
    'DE': (('Frauke-Telse', 'Momme-Jens', 'Ove-Harm', 'Wiebke-Antje'), ('Ketelsen-Matthiesen', 'Ingwersen', 'Brodersen-Nissen', 'Momsen', 'Paulsen-Carstens', 'Lassen')),
    'MX': (('Itzel-Yaretzi', 'Cuauhtzin'), ('Tlaxcalteca', 'Zacatzi-Ortega', 'Mixcóatl-Reyes', 'Tecuanhuey', 'Ahuatzi')),
    'FR': (('Maëlenn', 'Erwan-Loïc', 'Tugdual', 'Nolwena'), ('Le Bihan-Caradec', 'Quéméneur', "Le Scao", 'Le Dantec-Piriou', 'Kerhoas', 'Mahé-Le Du')),
    'ID': (('Sukinem', 'Painem', 'Tukiyem', 'Slametwiyono'), ('Sastrowardoyo',)),
    'PH': (('Crisanta', 'Eleazar-Pio', 'Filipinas', 'Macario'), ('Dimaculangan-Reyes', 'Magbanua-Cruz')),
    'NG': (('Chinyere', 'Oluwatoyosi'), ('Nwaozuzu-Obi', 'Adeyemi-Ogunleye', 'Ikemefuna')),
    'JP': (('Sadakichi', 'Tomoe', 'Yoshiaki', 'Kikue'), ('Funakoshi', 'Minatoya', 'Shiomi', 'Urashima', 'Hamaguchi', 'Oki')),
    'CA': (('Gaétan-Luc', 'Ghislaine-Rose', 'Rénald', 'Rollande'), ('Boudreau-Arsenault', 'LeBlanc-Cormier')),
    'ES': (('Iñaki-Xabier', 'Arantxa'), ('Etxeberria-Goikoetxea',)),
    'IT': (('Gennarino', 'Assunta', 'Salvatore-Pio', 'Carmela'), ('Esposito-Scotto', 'Iacono', 'Lubrano-Lavadera', 'Starace', 'Aprea', 'Mazzella')),
    'PK': (('Junaidullah', 'Sarmad', 'Rameez'), ('Baloch-Marri',)),
    'TR': (('Hayrünisa', 'Nusret', 'Şerife', 'Kemalettin'), ('Denizci-Kaya', 'Kaptanoğlu', 'Gemicioğlu', 'Yelkenci', 'Balıkçıoğlu')),
    'EG': (('Samah', 'Hatim-Nour', 'Doaa', 'Sherifeldin'), ('Elmarakby', 'Abdelwahab-Said')),
    'VN': (('Hải Yến', 'Thủy Tiên', 'Bảo Ngọc'), ('Lạc-Phan',)),
    'BD': (('Nurun Nishat', 'Mahfuzul'), ('Talukder-Sarkar',)),
    'KR': (('Haneol', 'Minjeok'), ('Namgung',)),
    'AU': (('Shanae', 'Brodie-Jay', 'Kirralee-Jade', 'Tarnee'), ('Ashby-Quinlan', 'Ashby-Treloar', 'Hutchence', 'Penhaligon-Ross', 'Varcoe', 'Tonkinson')),
    'ZA': (('Lufuno', 'Mpho-Rudzani'), ('Mudau-Ravele',)),
    'KE': (('Chebet Jepkosgei', 'Kiprono Kiptoo'), ('Rotich-Kimutai',)),
    'CO': (('Yeiner', 'Dairo-Andrés'), ('Caicedo-Angulo', 'Quiñónez-Valencia', 'Cortés-Riascos', 'Preciado-Obregón', 'Castillo-Hurtado')),
    'AR': (('Aniceto', 'Clotilde-Rosa'), ('Etcheverry-Lasalle', 'Garaycochea', 'Urrutia-Zabala', 'Arrieta-Unzué')),
    'PL': (('Genowefa-Ewa', 'Bronimir', 'Zdzisława'), ('Szulc-Kaszuba', 'Konkel', 'Bieszk', 'Formela', 'Kwidzińska', 'Labuda-Grzenkowicz')),
    'NL': (('Trijntje', 'Klaas-Willem', 'Grietje', 'Tjalling'), ('Zwaagstra-Hoekstra', 'Brouwer-Schuil')),
    'TH': (('Chatchawan', 'Pornpimol'), ('Saengsuriya',)),
    'RU': (('Agrippina', 'Matryona', 'Zosima', 'Fotiy'), ('Korabelnikova', 'Parusov', 'Vyosilova', 'Lodochnikov', 'Yakornova', 'Shturmanov')),
    'MY': (('Nur Amalina', 'Wan Zulkifli'), ('Wan Hassan', 'Nik Aziz', 'Tengku-Zahid')),
    'SA': (('Lamees', 'Wejdan'), ('Alotaibi-Saud', 'Aldosari-Mubarak', 'Alshammari-Hamad', 'Alsubaie-Fahd', 'Alruwaili-Turki')),
    'AE': (('Amna-Saeed', 'Humaid-Obaid'), ('Almazrouei-Khalid', 'Alketbi-Juma', 'Alremeithi-Hamdan', 'Almheiri-Saif', 'Alblooshi-Ahmed')),
    'SG': (('Weixiang', 'Jiayun', 'Zhiyuan-Kai'), ('Koh-Teo',)),
    'NZ': (('Arohanui', 'Wiremu-Tame'), ('Te Huia-Rewi',)),
    'GH': (('Akosua Dufie', 'Yaw Boakye'), ('Owusu-Afriyie',)),
    'MA': (('Ayoub-Idris', 'Salmane'), ('Berrada-Fassi',)),
    'PE': (('Dionisia', 'Fortunio', 'Gregoria', 'Eleodoro'), ('Ccahuana-Huillca',)),
    'CL': (('Millaray-Ayelén', 'Lautaro-Nahuel'), ('Catriñir', 'Quilapán', 'Painequeo', 'Ancalaf', 'Calfucura')),
    'SE': (('Maj-Britt', 'Sixten-Olof', 'Inez'), ('Strömqvist-Berg', 'Åkesson-Lund')),
    'CN': (('Haoqing', 'Yuning'), ('Ouyang-Lin', 'Shangguan-Lu')),
    'BE': (('Godelinde', 'Jozef-Maria', 'Lieve-Marie'), ('Vanhoorebeke', 'Debruyne', 'Vermeulen-Boone', 'Vandaele-Hoste')),
    'AT': (('Notburga-Maria', 'Valentin-Josef'), ('Hofstätter-Eder', 'Wallnöfer')),
    'PT': (('Custódio-Manuel', 'Arminda', 'Leonel', 'Zulmira'), ('Quintas-Lobo',)),
    'IE': (('Saoirse Bríd', 'Tadhg Eoin'), ('Mac Con Iomaire', 'Ní Fhlaithearta', 'Ó Flaithearta', 'Ó Conghaile', 'Mac Donnchadha')),
    'FI': (('Saimi-Elina', 'Toivo-Juhani', 'Elma'), ('Vähäkangas',)),
    'CH': (('Ursina-Ladina', 'Flurin-Andri'), ('Caviezel-Pajarola', 'Cathomas', 'Derungs-Cavelti', 'Vincenz', 'Spescha-Tomaschett', 'Bundi-Casutt')),
    'NO': (('Torunn', 'Eldbjørg-Anne', 'Halvdan'), ('Haugland-Vik', 'Strand-Myklebust', 'Brekke-Nygård', 'Fjellheim-Dahl', 'Sjursen')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "verizon.net", "msn.com"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.in", "outlook.com", "hotmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "terra.com.br", "outlook.com"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "talktalk.net", "outlook.com", "live.co.uk"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "yahoo.de", "outlook.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "softbank.ne.jp", "au.com"), "KR": ("naver.com", "naver.com", "hanmail.net", "gmail.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "inbox.ru"), "ES": ("gmail.com", "gmail.com", "yahoo.es", "outlook.es"),
    "IT": ("gmail.com", "libero.it", "email.it", "yahoo.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "bell.net", "telus.net"),
    "AU": ("gmail.com", "gmail.com", "bigpond.net.au", "tpg.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "xs4all.nl", "outlook.com"),
    "PL": ("gmail.com", "wp.pl", "gazeta.pl", "op.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "icloud.com", "outlook.com"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com"), "CN": ("qq.com", "sina.com"),
    "SE": ("gmail.com", "outlook.com"), "AR": ("gmail.com", "hotmail.com"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("garboard-cove-boatworks.com", "cringle-sail-loft.net", "oakum-and-pitch.org", "transom-clinic.co",
        "harbourside-cattery.net", "keelson-data.io")  # anywhere
LOCAL_ORGS = {"US": ("bayside-yc-regatta.org",), "CA": ("lunenburg-sailschool.ca",), "GB": ("ouse-rowingclub.org.uk",), "IN": ("kochi-boatclub.in",),
              "DE": ("segelverein-schlei.de",), "AU": ("ballina-rowing.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
