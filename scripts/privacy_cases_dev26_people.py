"""The people of the dev26 privacy set (``privacy_cases_dev26.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a glass studio's, a saddlery's or a
ski school's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Verlon', 'Theron', 'Lutricia', 'Elbert', 'Delmer', 'Orvella', 'Quincella', 'Zenobia', 'Murrell', 'Inola', 'Burley', 'Merline'), ('Swofford', 'Pettyjohn', 'Haskew', 'Raybon', 'Stidham-Cole', 'Bledsoe', 'Tackett', 'Ruffner', 'Pennebaker', 'Cranfill', 'Ashcraft-Lowe', 'Gwaltney')),
    'IN': (('Yashodhara', 'Vaijayanti', 'Shrirang', 'Madhushree', 'Pundalik', 'Girish Chandra', 'Ujjwala', 'Omkarnath', 'Keshavrao', 'Abhijat'), ('Deshpande-Gokhale', 'Kulkarni-Joshi', 'Panigrahi', 'Mohapatra-Das')),
    'BR': (('Ivanilde', 'Rosimeire', 'Erotildes', 'Genival', 'Adamastor', 'Gildete'), ('Albuquerque-Tavares',)),
    'GB': (('Peregrine-Hugh', 'Ottoline-May'), ('Tresidder', 'Nankivell', 'Tregarthen-Lowe', 'Featherstonhaugh', 'Ravenscroft')),
    'DE': (('Meike-Inken', 'Lorenz-Ocke', 'Hauke-Jan', 'Heike-Swantje'), ('Thiessen-Ahrens', 'Jürgensen', 'Petersen-Lorenzen', 'Hansen-Bahnsen', 'Feddersen-Boysen', 'Clausen')),
    'MX': (('Xóchitl-Citlali', 'Nezahualli'), ('Ixtepan', 'Olmedo-Ixtláhuac', 'Cuauhtémoc-Anaya', 'Tepozteco', 'Huitrón')),
    'FR': (('Gwenola', 'Riwal', 'Goulven', 'Soizic'), ('Le Gall-Kerhervé', 'Kervella', "Le Floc'h", 'Le Goff-Riou', 'Guillerm', 'Morvan-Le Roux')),
    'ID': (('Sumarni', 'Sukarsih', 'Tumini', 'Parjo'), ('Wiryawan',)),
    'PH': (('Leonila', 'Teofisto', 'Erlinda', 'Perpetuo'), ('Tumbaga-Villareal', 'Agbayani-Ramos')),
    'NG': (('Ngozika', 'Olumuyiwa'), ('Okonkwo-Ibe', 'Ajayi-Oyewole', 'Uzodinma')),
    'JP': (('Genzaburo', 'Fusae', 'Kazuomi', 'Chiyoko'), ('Hanawa', 'Kurosaki', 'Nagatomo', 'Sakakibara', 'Tsuchiya', 'Uemura')),
    'CA': (('Rosaire-Émile', 'Jocelyne-Marie', 'Normand', 'Pierrette'), ('Tremblay-Gagnon', 'Tremblay-Bouchard')),
    'ES': (('Xurde', 'Covadonga'), ('Fernández-Llaneza',)),
    'IT': (('Efisio', 'Bonaria', 'Gavino', 'Itria'), ('Porcu', 'Meloni-Atzeni', 'Sanna-Piras', 'Cossu', 'Deiana', 'Murgia')),
    'PK': (('Shahbaz', 'Fakhar', 'Zarrar'), ('Khattak-Durrani',)),
    'TR': (('Hatice Nur', 'Şükrü', 'Mukaddes', 'Ertuğrul'), ('Karabulut-Eren', 'Çakıroğlu', 'Yazıcıoğlu', 'Kahraman', 'Tepebaşı')),
    'EG': (('Naglaa', 'Essam', 'Rehab', 'Marwa'), ('Elshennawy', 'Abdelmeguid')),
    'VN': (('Thạch Sanh', 'Lành', 'Huyền Trân'), ('Tiêu',)),
    'BD': (('Shamsunnahar', 'Anisuzzaman'), ('Chowdhury-Mridha',)),
    'KR': (('Dongwook', 'Seoyoon'), ('Seonwoo',)),
    'AU': (('Kylie-Jo', 'Jacinta', 'Tahnee', 'Darcy-Lee'), ('Tregenza-Pascoe', 'Tregenza-Hart', 'Blackmore', 'Cockburn', 'Prisk', 'Rodda')),
    'ZA': (('Kgomotso', 'Tshepiso'), ('Mokoena-Sithole',)),
    'KE': (('Wambui Nyambura', 'Kamau Gitau'), ('Wanjiru-Kariuki',)),
    'CO': (('Dagoberto', 'Yasmín'), ('Valoyes-Palacios', 'Mosquera-Asprilla', 'Rentería-Lozano', 'Perea-Córdoba', 'Murillo-Cuesta')),
    'AR': (('Remigio', 'Evarista'), ('Urquiza', 'Ibarbia', 'Goñi-Echagüe', 'Lacunza')),
    'PL': (('Apolonia', 'Zbysław', 'Władysława'), ('Pietrzykowski', 'Szymczak-Bąk', 'Kołodziejczyk', 'Grzelak', 'Wróbel-Pająk', 'Stępniewska')),
    'NL': (('Hiltsje', 'Sjoerd-Jan', 'Aafke', 'Jelmer'), ('Bosma-Veenstra', 'Kuipers-Zijlstra')),
    'TH': (('Kittiphong', 'Wannapa'), ('Rattanakosin',)),
    'RU': (('Yevpraksiya', 'Pelageya', 'Mstislav', 'Feofan'), ('Stekolnikova', 'Sedelnikov', 'Kozhemyakin', 'Shornikova', 'Vydutova', 'Stremyannikov')),
    'MY': (('Siti Aishah', 'Nur Syafiqah'), ('Hamzah-Rashid', 'Che Hassan', 'Mat-Isa')),
    'SA': (('Ghala', 'Mishaal'), ('Alqurashi', 'Alghamdi-Zahrani', 'Almutairi-Fahad', 'Aldossary', 'Alzahrani-Saad')),
    'AE': (('Hazza', 'Mahra'), ('Alzaabi-Hamad', 'Almansoori-Obaid', 'Alhammadi', 'Alkaabi-Saeed', 'Alyaqoubi')),
    'SG': (('Jiaxuan', 'Xiuling', 'Zhenghao'), ('Ong-Lim',)),
    'NZ': (('Ngaire', 'Hōhepa'), ('Tūhoe-Rangi',)),
    'GH': (('Efua Mansa', 'Kofi Ansah'), ('Amponsah-Boateng',)),
    'MA': (('Anass', 'Hafsa'), ('Bennani-Smires',)),
    'PE': (('Eusebia', 'Teodomiro', 'Justina', 'Saturnino'), ('Quispe-Mamani',)),
    'CL': (('Anahí-Rayén', 'Huenu'), ('Nahuelhual', 'Cayupán', 'Llanquileo', 'Huenchumán', 'Curilem')),
    'SE': (('Gullvi', 'Edvin', 'Majvor'), ('Bergqvist', 'Öhrvall')),
    'CN': (('Jingshu', 'Ruolan'), ('Zhuge', 'Sima')),
    'BE': (('Fientje', 'Remi', 'Bavo'), ('Verhaeghe', 'Vanneste', 'De Muynck', 'Vanhecke')),
    'AT': (('Kunigunde', 'Florian-Leopold'), ('Pichler-Gruber', 'Untersteiner')),
    'PT': (('Amadeu', 'Ermelinda', 'Hélder', 'Idalina'), ('Barbosa-Pires',)),
    'IE': (('Niamh Rós', 'Donnchadh'), ('Mac Giolla Bhríde', 'Ní Cheallaigh', 'Ó Dálaigh', 'Ó Murchú', 'Mac Aodha')),
    'FI': (('Impi', 'Lyyli', 'Iivari'), ('Kärkkäinen',)),
    'CH': (('Chatrina', 'Men Duri'), ('Florinett', 'Grass', 'Pitsch', 'Bezzola', 'Giacometti-Bass', 'Mischol')),
    'NO': (('Solveig-Marit', 'Trygve', 'Ragnvald'), ('Hovland', 'Skogstad', 'Lien-Brekke', 'Sæther-Moe', 'Aarseth')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net", "aol.com"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "bol.com.br", "outlook.com"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com", "virginmedia.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "mailbox.org", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "kakao.com", "gmail.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "tiscali.it", "alice.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "shaw.ca", "sympatico.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "planet.nl", "live.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("163.com", "qq.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("furnace-row-glassworks.com", "marverlane-studio.net", "cantlebrook-saddlery.org", "pontilhill-clinic.co",
        "latigo-ridge-skischool.net", "cullet-data.io")  # anywhere
LOCAL_ORGS = {"US": ("swofford-middle-school.org",), "CA": ("chicoutimi-arena.ca",), "GB": ("penhaligon-parish.org.uk",), "IN": ("konkan-glassworks.in",),
              "DE": ("glashuette-nordfriesland.de",), "AU": ("bendigo-saddlery.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
