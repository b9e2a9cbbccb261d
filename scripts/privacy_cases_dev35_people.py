"""The people of the dev35 privacy set (``privacy_cases_dev35.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an archery club's or an astronomy
society's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Tammy', 'Rhonda', 'Lakisha', 'Bobbie', 'Waylon', 'Earlene', 'Lyman', 'Vernell', 'Wanda', 'Jimmie', 'Elvie', 'Ottis', 'Verda',
            'Ocie', 'Dessie', 'Arvel'),
           ('Goins', 'Mullins', 'Begley', 'Hatfield', 'Gullett', 'Tipton', 'Sexton', 'Lykins', 'Hounshell', 'Crase', 'Pelfrey', 'Hoskins',
            'Stepp', 'Begley-Goins')),
    'IN': (('Kanupriya', 'Sahana', 'Prajwal', 'Nagaraj', 'Shashank', 'Manjunath', 'Shwetha', 'Raghavendra', 'Chaitra', 'Pavithra', 'Yashas',
            'Deeksha', 'Sowmya', 'Vinutha'),
           ('Adiga', 'Kini', 'Ballal', 'Herle', 'Mallya', 'Holla', 'Uchil', 'Kedilaya', 'Upadhya', 'Shanbhag', 'Somayaji')),
    'BR': (('Marlucia', 'Joselita', 'Dorgival', 'Rosilda', 'Terezinha', 'Maricélia', 'Nivaldo', 'Claudinéia', 'Ademir'),
           ('Parente', 'Leitão', 'Rolim', 'Linhares', 'Colares', 'Ximenes', 'Fontenele')),
    'GB': (('Morwenna', 'Jago', 'Kerensa', 'Piran', 'Lowena', 'Demelza', 'Tristram', 'Loveday', 'Elowen'),
           ('Tregear', 'Penrose', 'Trelawny', 'Nance', 'Curnow', 'Jory', 'Tremayne', 'Vosper', 'Pender')),
    'DE': (('Dietlinde', 'Eberhard', 'Erdmute', 'Heinrike', 'Adelgunde', 'Bernfried', 'Gerlinde', 'Winfried'),
           ('Mühlbauer', 'Niederhuber', 'Rottmann', 'Zinkl', 'Gschwendtner', 'Brandstetter', 'Aschenbrenner', 'Grabmeier', 'Loibl', 'Kagerer')),
    'MX': (('Eustolia', 'Crescencio', 'Anacleta', 'Cirilo', 'Leocadia', 'Timoteo', 'Austreberta', 'Evodio', 'Filemón', 'Herlinda'),
           ('Coyotl', 'Tlapanco', 'Temoltzin', 'Xochipa', 'Cuamatzi', 'Quechol')),
    'FR': (('Odette', 'Gaston', 'Lucien', 'Jeannine', 'Yvette', 'Amédée', 'Maïté'),
           ('Hiriart', 'Elissalde', 'Harriague', 'Oyhenart', 'Larrouy', 'Camblong', 'Goyhenetche')),
    'ID': (('Suparmi', 'Tukiman', 'Wagiyem', 'Sarjono', 'Tuminah', 'Sukardi', 'Ngadiman', 'Kasiyem'),
           ('Hadisuwarno', 'Prawirodihardjo', 'Notosudiro', 'Atmosukarto', 'Wignyosoebroto', 'Soeryadarma')),
    'PH': (('Hermogenes', 'Saturnina', 'Eleuteria', 'Herminigildo', 'Apolonio', 'Natividad', 'Consolacion'),
           ('Mangahas', 'Lising', 'Sibug', 'Magat', 'Bondoc', 'Yuzon', 'Tiongco', 'Canlas', 'Dabu')),
    'NG': (('Terver', 'Msughter', 'Doosuur', 'Aondona', 'Mnena', 'Sewuese', 'Iveren', 'Ngodoo', 'Sughnen', 'Dooshima'),
           ('Iorliam', 'Tyonum', 'Agber', 'Ortese', 'Akaaer', 'Iorhemba', 'Gbaden', 'Ityavyar', 'Tarkaa')),
    'JP': (('Shigeko', 'Toshio', 'Kiyomi', 'Fumiko', 'Mitsuru', 'Sadako', 'Kuniaki', 'Hisae', 'Tsuneo', 'Michiyo'),
           ('Tsukimoto', 'Amano', 'Kitahara', 'Hoshikawa', 'Hoshiai', 'Tsukioka', 'Kumazawa', 'Ohtsubo')),
    'CA': (('Orest', 'Mykola', 'Halyna', 'Ostap', 'Olenka', 'Bohdan', 'Oksana'), ('Hnatiuk', 'Kowalchuk', 'Semeniuk', 'Fedoruk', 'Tkachuk', 'Yurkiw')),
    'ES': (('Celso', 'Balbino', 'Sinforosa', 'Xosé', 'Eladio', 'Maruxa', 'Secundino', 'Generosa', 'Ovidio'),
           ('Castiñeiras', 'Outeiriño', 'Piñeiro', 'Barreiro', 'Vilariño', 'Souto', 'Carballo', 'Couceiro')),
    'IT': (('Giommaria', 'Peppina', 'Tonina', 'Salvatorica', 'Antioco', 'Ignazia', 'Gonario', 'Baingio'),
           ('Pinna', 'Deriu', 'Mereu', 'Ledda', 'Pisanu', 'Satta', 'Fadda')),
    'PK': (('Sherzaman', 'Palwasha', 'Zarmina', 'Jehanzeb', 'Sajjad', 'Bakhtawar', 'Gulrukh', 'Shahzeb', 'Nazakat'),
           ('Yousafzai', 'Tanoli', 'Jadoon', 'Wazir', 'Kundi')),
    'TR': (('Hüsnü', 'Remzi', 'Şaban', 'Rüstem', 'Zeliha', 'Nevriye', 'Cevdet', 'Nadire', 'Münevver'),
           ('Kahveci', 'Uzunhasanoğlu', 'Topaloğlu', 'Kalaycıoğlu', 'Hamamcıoğlu', 'Melikoğlu', 'Kuruoğlu')),
    'EG': (('Fawzia', 'Hamdi', 'Sayeda', 'Tahany', 'Nabawiya', 'Ensaf', 'Magdy'), ('Elshafei', 'Elgendy', 'Sorour', 'Ragheb')),
    'VN': (('Thơm', 'Lợi', 'Khang', 'Hậu', 'Cường', 'Ngân', 'Hiền'), ('Vương', 'Đinh')),
    'BD': (('Jahanara', 'Mofizul', 'Shahjahan', 'Anwara', 'Delwar', 'Momena', 'Ferdousi'), ('Gazi', 'Fakir', 'Bhuyan', 'Sardar')),
    'KR': (('Chilseong', 'Bongsun', 'Yeongsik', 'Geumsun', 'Mansik', 'Okhee', 'Sunbok', 'Jeomsun', 'Eunbok'), ('Guk', 'Hyeon', 'Jin')),
    'AU': (('Glenys', 'Leonie', 'Darrell', 'Robyn', 'Lynette', 'Kerrie'), ('Cudmore', 'Polkinghorne', 'Bassett', 'Rowett')),
    'ZA': (('Palesa', 'Nthabiseng', 'Kabelo', 'Dineo', 'Lebogang', 'Katlego', 'Mmabatho', 'Tumelo'),
           ('Molefe', 'Modise', 'Motaung', 'Letsoalo', 'Mokgosi', 'Seabi', 'Mphahlele', 'Makgoba')),
    'KE': (('Kipkemboi', 'Jepkorir', 'Chelangat', 'Chemutai', 'Kipngetich', 'Cherono', 'Kipyegon', 'Chepngeno'),
           ('Koech', 'Kirwa', 'Lagat', 'Ngetich', 'Korir', 'Keter', 'Kipkorir', 'Biwott')),
    'CO': (('Yesid', 'Edilma', 'Jairo', 'Albeiro', 'Yolima', 'Rubiela', 'Hernando'), ('Arbeláez', 'Álzate')),
    'AR': (('Olegario', 'Ramona', 'Eladia', 'Teresita'), ('Ayala', 'Barrionuevo', 'Insaurralde', 'Valdéz')),
    'PL': (('Mirosława', 'Zenon', 'Bogusław', 'Kazimierz'), ('Nowicki', 'Sowa', 'Rybak', 'Kaczor', 'Wilk', 'Chmiel')),
    'NL': (('Akke', 'Rinske', 'Jouke', 'Froukje'), ('Feenstra', 'Jansma', 'Haitsma', 'Boersma', 'Tjalsma', 'Algra')),
    'TH': (('Buppha', 'Boonsong', 'Wichai', 'Sompong', 'Sunee', 'Pranee'), ('Kaewmanee', 'Saenkham', 'Sriwichai', 'Yodsiri', 'Boonruang')),
    'RU': (('Savely', 'Fedot', 'Glafira', 'Kapitolina', 'Nikanor', 'Stepanida'),
           ('Ponomaryov', 'Ponomaryova', 'Shchukina', 'Balabanov', 'Balabanova', 'Krylov', 'Krylova', 'Gorshkov')),
    'MY': (('Rokiah', 'Halimah', 'Jamaludin', 'Kamarudin', 'Zaleha', 'Azman'), ('Ghazali', 'Harun', 'Yaakob', 'Sulaiman', 'Ishak')),
    'SA': (('Nourah', 'Sultanah', 'Luluwah'), ('Aljuaid', 'Alamri')),
    'AE': (('Fakhriya', 'Shouq'), ('Alameri',)),
    'SG': (('Beng Kiat', 'Wai Fong', 'Yong Leng', 'Hwee Peng', 'Choon Kiat'), ('Sng',)),
    'NZ': (('Anaru', 'Piripi', 'Mātiu', 'Rīhari'), ('Hohaia', 'Karaitiana', 'Tawhai')),
    'GH': (('Naa', 'Nii', 'Korkor', 'Ayikai', 'Ayorkor', 'Odarkor', 'Baaba', 'Kukua'), ('Lamptey', 'Ankrah', 'Nortey', 'Quarshie', 'Okine')),
    'MA': (('Hammou', 'Lahcen', 'Mbarek', 'Rkia', 'Moha', 'Tuda'), ('Oubaha', 'Oulahcen', 'Amahrouch', 'Ikken')),
    'PE': (('Apolinario', 'Gaudencia', 'Santusa', 'Marcelino', 'Celestina', 'Hilaria'), ('Choque', 'Cutipa', 'Coaquira', 'Larico', 'Ticahuanca')),
    'CL': (('Hernán', 'Eduvigis', 'Belarmino', 'Fresia'), ('Millalén', 'Lincopán', 'Ñanculef', 'Huenul', 'Collio')),
    'SE': (('Gunnar', 'Agneta', 'Lennart', 'Barbro', 'Ulla-Britt'), ('Persson', 'Jonsson', 'Engström', 'Ljungqvist', 'Boström', 'Forsberg', 'Hägglund')),
    'CN': (('Yufen', 'Guiying', 'Defu', 'Chunhua', 'Lanying', 'Yongqiang', 'Meilan', 'Zhiqiang'), ('Qin', 'Jiang', 'Zou', 'Ruan')),
    'BE': (('Gilbert', 'Lutgarde', 'Marcella', 'Fons', 'Julien'), ('Deconinck',)),
    'AT': (('Resi', 'Franzl', 'Rosl', 'Hansi', 'Burgi', 'Kathi'), ('Fuchsbichler', 'Stadlmayr')),
    'PT': (('Otília', 'Leonilde', 'Alzira'), ('Amaral', 'Fontes', 'Cardoso', 'Matos')),
    'IE': (('Nóirín', 'Sorcha', 'Muireann', 'Éamonn', 'Orlaith'), ('Ó Muircheartaigh', 'Ó Briain', 'Ní Chonghaile', 'Ní Mhaoláin')),
    'FI': (('Eila', 'Hilkka', 'Raili', 'Senja', 'Pentti', 'Taimi'), ('Salonen', 'Laitinen', 'Kettunen', 'Rautio', 'Karjalainen', 'Leinonen')),
    'CH': (('Köbi', 'Hansruedi', 'Trudi', 'Ruthli'), ('Imhof', 'Wüthrich', 'Gasser', 'Schürch', 'Zaugg', 'Stucki')),
    'NO': (('Magnhild', 'Bjørg', 'Torgeir', 'Oddvar'), ('Nygaard', 'Aasen', 'Skogen')),
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
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "alice.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "shaw.ca", "sympatico.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("clout-and-roving-archers.org", "fistmele-bowmen.net", "nock-and-fletch.club", "darksky-observers.org",
        "dobsonian-builders.net", "meteorwatch-society.club")  # anywhere
LOCAL_ORGS = {"US": ("high-plains-astronomers.org",), "CA": ("okanagan-stargazers.ca",), "GB": ("mendip-toxophilites.org.uk",),
              "IN": ("udupi-archery-academy.in",), "DE": ("sternfreunde-allgaeu.de",), "AU": ("riverina-field-archers.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
