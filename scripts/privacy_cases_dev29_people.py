"""The people of the dev29 privacy set (``privacy_cases_dev29.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a cooperage's, a thatcher's or a winery's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Orabelle', 'Lavoy', 'Elvanna', 'Wardell', 'Rayburn', 'Loretta-Mae', 'Merlene-Fay', 'Idabelle', 'Carlus', 'Velma-Jo', 'Neville-Ray', 'Truella'),
           ('Hackworth', 'Ratcliffe-Sloan', 'Brannigan-Lowe', 'Tuggle', 'Tollefsrud', 'Blankenship-Ross', 'Puckett-Strother', 'Vandergriff', 'Ellenburg',
            'Kilgore-Mott', 'Haynesworth', 'Pippenger')),
    'IN': (('Gandharva', 'Hiranmayi', 'Raghuvir', 'Kadambari', 'Nandakishore', 'Suvarna', 'Sulochana-Devi', 'Dhananjay', 'Lavanika', 'Ojasvi'),
           ('Ghorpade-Naik', 'Dhamne', 'Wadekar', 'Chitnis-Rane')),
    'BR': (('Clodoaldo', 'Rosilene-Maria', 'Valdemiro', 'Edineia', 'Valdomiro-José', 'Eudóxia-Maria'), ('Bittencourt-Valadares',)),
    'GB': (('Ottoline-Grace', 'Crispin-Ambrose'), ('Higginshaw', 'Trethewey-Hosking', 'Ormerod-Hale', 'Ackerley-Pounds', 'Cattermole-Bye')),
    'DE': (('Gesche-Marie', 'Sönke-Arne', 'Rieke-Lotte', 'Tammo-Jelle'), ('Fassbender-Otten', 'Böttcher-Kühl', 'Kiepe-Hölscher', 'Dannemann',
                                                                         'Schnoor-Wulf', 'Hinsch')),
    'MX': (('Xóchitl-Anahí', 'Tlacaélel'), ('Huitrón-Salas', 'Cuautle-Mena', 'Xicohténcatl', 'Meneses-Tlapa', 'Ocotlán-Ruiz')),
    'FR': (('Gwenhaël', 'Aurèle-Yvon', 'Solène-Maud', 'Théophane'), ('Tonnelier-Roux', 'Chaumier', 'Barriquand', 'Doleac-Pujol', 'Capdevielle',
                                                                     'Lasserre-Baylac')),
    'ID': (('Sriyatun', 'Parjiyem', 'Wagiman', 'Sugiyarti'), ('Hadiwijoyo',)),
    'PH': (('Rosalinda-Fe', 'Florencio-Jun', 'Milagros-Joy', 'Ambrosio'), ('Macaraeg-Dulay', 'Tolentino-Agbayani')),
    'NG': (('Ngozichukwu', 'Olamiposi'), ('Anyanwu-Ubah', 'Akinwande-Bello', 'Ezeokoli')),
    'JP': (('Kinuyo', 'Kanesaburo', 'Tsuruyo', 'Genjiro'), ('Taruya', 'Okegawa', 'Kayabuki', 'Sakadaru', 'Warabe', 'Kuraishi')),
    'CA': (('Jean-Roch', 'Murielle-Anne', 'Réjeanne', 'Clovis'), ('Bouchard-Lapointe', 'Thibodeau-Landry')),
    'ES': (('Ainhoa-Itziar', 'Beñat-Xabier'), ('Arrizabalaga-Zubiri',)),
    'IT': (('Ciro-Maria', 'Nunziatina', 'Pasqualino', 'Immacolata'), ('Bottaio-Russo', 'Cerchiai', 'Doga', 'Scarpati', 'Vinciguerra', 'Ruocco')),
    'PK': (('Zarghoon', 'Shahmeer', 'Mehrunnisa'), ('Leghari-Mazari',)),
    'TR': (('Güllüzar', 'Muzaffer', 'Nebahat', 'Fahrettin'), ('Fıçıcı', 'Sazcı-Yılmaz', 'Kamışlı', 'Damcı', 'Saraçoğlu-Ak')),
    'EG': (('Sabreen', 'Mostafa-Kamal', 'Nagwa', 'Fathallah'), ('Eldemerdash', 'Abouzeid-Hassan')),
    'VN': (('Diệu Linh', 'Quế Anh', 'Thanh Tâm'), ('Tôn-Thất',)),
    'BD': (('Shahnaz Parvin', 'Mostakim'), ('Bhuiyan-Chowdhury',)),
    'KR': (('Daeun', 'Sanghoon'), ('Dokgo',)),
    'AU': (('Tahlia-Rae', 'Koby-Lee', 'Jaxon-Reece', 'Meika'), ('Gillard-Ross', 'Treloar-Hicks', 'Bottrill', 'Penglase', 'Dunstan-Kerr', 'Coad')),
    'ZA': (('Mashudu-Rendani', 'Ndivhuwo'), ('Nemakonde-Ramudzuli',)),
    'KE': (('Wanjiru Nyokabi', 'Kipchumba Rono'), ('Kiprotich-Sang',)),
    'CO': (('Leidy-Johana', 'Jhon-Fredy'), ('Mosquera-Palacios', 'Rentería-Mena', 'Valencia-Hinestroza', 'Asprilla-Lemos', 'Murillo-Chaverra')),
    'AR': (('Ponciano', 'Nélida-Ester'), ('Oyhanarte', 'Echegaray-Iturbe', 'Larrañaga-Goñi', 'Aramburu-Olaeta')),
    'PL': (('Bożysława', 'Czcibor', 'Wieńczysława'), ('Bednarz-Kowal', 'Strzecha', 'Dachówko', 'Gontarz', 'Trzcina-Bednarski')),
    'NL': (('Hiltje', 'Sjoerd-Wybe', 'Aaltje', 'Wiebren'), ('Kuiper-Rietveld', 'Rietdekker-Bos')),
    'TH': (('Phongsakorn', 'Wannaporn'), ('Thongsuk-Charoen',)),
    'RU': (('Evpraksiya', 'Feoktist', 'Stefanida', 'Parfeniy'), ('Bondareva', 'Kadushkin', 'Solomennikova', 'Bochkaryov', 'Kryshnikova', 'Obruchev')),
    'MY': (('Nurul Syazwani', 'Mohd Firdaus'), ('Wan Zahari', 'Che Mat', 'Raja-Ahmad')),
    'SA': (('Shoug', 'Jawaher-Nasser'), ('Alqahtani-Mishal', 'Alharbi-Sultan', 'Almutairi-Badr', 'Alzahrani-Majed', 'Alghamdi-Nawaf')),
    'AE': (('Shamma-Rashid', 'Khalifa-Majid'), ('Alnuaimi-Sultan', 'Alshamsi-Hamad', 'Alzaabi-Obaid', 'Almansoori-Ali', 'Alfalasi-Saeed')),
    'SG': (('Yongxiang', 'Peiling-Ann', 'Wenjie-Kai'), ('Goh-Sim',)),
    'NZ': (('Tamatea-Ihaia', 'Hinewai-Rose'), ('Te Rangi-Paki',)),
    'GH': (('Adwoa Serwaa', 'Kwadwo Agyekum'), ('Boateng-Amoako',)),
    'MA': (('Ilyass-Amine', 'Khaoula'), ('Tazi-Mokha',)),
    'PE': (('Teodosia', 'Eusebio-Inocencio', 'Brígida', 'Hermógenes'), ('Ccopa-Turpo',)),
    'CL': (('Antu-Rayen', 'Pehuén-Ignacio'), ('Quintriqueo', 'Lincoqueo', 'Curinao', 'Antileo-Marín', 'Painemal-Rapimán')),
    'SE': (('Gun-Britt', 'Edvin-Olle', 'Ingegerd-Svea'), ('Tunnbindare-Ek', 'Halmström-Lind')),
    'CN': (('Yutong-Lan', 'Muqing'), ('Zhuge-Han', 'Situ-Ling')),
    'BE': (('Marieke-Ann', 'Remi-Jozef', 'Hilde-Lien'), ('Vandekerckhove', 'Dewaele', 'Vercruysse-Baert', 'Van Hecke-Roels')),
    'AT': (('Kreszenz-Anna', 'Florian-Vinzenz'), ('Fassbinder-Huber', 'Pichler-Strohmaier')),
    'PT': (('Deolinda-Rosa', 'Belmiro', 'Balbina', 'Albano-José'), ('Tanoeiro-Vaz',)),
    'IE': (('Gráinne Méabh', 'Donncha Ruairí'), ('Mac an tSaoir', 'Ní Chonaill', 'Ó Dubhghaill', 'Mac Fhlannchadha', 'Ó Cadhain')),
    'FI': (('Aune-Maija', 'Veikko-Ilmari', 'Sylvi-Anneli'), ('Olkkonen',)),
    'CH': (('Seraina-Giulia', 'Duri-Flurin'), ('Capaul-Casty', 'Jenal', 'Tscharner-Camenisch', 'Cavegn-Sgier', 'Sialm-Nay', 'Brunold-Cadruvi')),
    'NO': (('Gudrun-Signe', 'Aslak-Ivar', 'Tordis'), ('Takstein-Vik', 'Bøe-Halvorsen', 'Grønli-Moe', 'Tjønneland', 'Solheim-Rustad')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "laposte.net", "sfr.fr", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"), "KR": ("naver.com", "naver.com", "daum.net", "gmail.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "alice.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "sympatico.ca", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "kpnmail.nl", "hotmail.nl", "outlook.com"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "outlook.com"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("hogshead-cooperage.com", "croze-and-chime.net", "longstraw-roofing.org", "stavewright.co",
        "rinse-and-fold-laundrette.net", "cellardoor-ledger.io")  # anywhere
LOCAL_ORGS = {"US": ("sonoma-cask-exchange.org",), "CA": ("okanagan-cooperage.ca",), "GB": ("wessex-master-thatchers.org.uk",),
              "IN": ("nashik-vineyard-estates.in",), "DE": ("fassbinderei-suedpfalz.de",), "AU": ("barossa-stave-mill.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
