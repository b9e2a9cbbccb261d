"""The people of the dev40 privacy set (``privacy_cases_dev40.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a quilt guild's or a dragon-boat club's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ellen', 'Kristin', 'Ronnie', 'Pam', 'Hayley', 'Jane'),
           ('Nicholson', 'Payne', 'York', 'Andersen', 'Beltran', 'Chapman')),
    'IN': (('Bhanumati', 'Champak', 'Chasmum', 'Zayan', 'Arya', 'Dayita'),
           ('Mallick', 'Dhawan', 'Choudhry', 'Sawhney', 'Butala', 'Dass')),
    'BR': (('Josué', 'Alícia', 'Enrico', 'Joana', 'Antony', 'Catarina'),
           ('Camargo', 'Cirino', 'Martins', 'Pimenta', 'Freitas', 'Oliveira')),
    'GB': (('Terence', 'Jacqueline', 'Matthew', 'Gemma', 'Leon', 'Shirley'),
           ('Sykes', 'Parkinson', 'Hooper', 'Parkin', 'Crawford', 'Gardiner')),
    'DE': (('Dietmar', 'Tibor', 'Thoralf', 'Willi', 'Hiltraud', 'Anika'),
           ('Lindau', 'Ackermann', 'Gehringer', 'Seifert', 'Stiffel', 'Röhrdanz')),
    'MX': (('Germán', 'Gregorio', 'Mónica', 'Víctor', 'Frida', 'Claudio'),
           ('Rojo', 'Armendáriz', 'Peres', 'Vallejo', 'Amaya', 'Corrales')),
    'FR': (('Thérèse', 'Arnaude', 'Denis', 'Célina', 'Michelle', 'Suzanne'),
           ('Payet', 'Hamel', 'Joly', 'Mace', 'Nicolas', 'Besnard')),
    'ID': (('Puji', 'Ozy', 'Syahrini', 'Rini', 'Argono', 'Bakiono'),
           ('Usamah', 'Habibi', 'Melani', 'Prabowo', 'Uyainah', 'Wijayanti')),
    'PH': (('Rommel', 'Edgardo'),
           ('Ilagan', 'Batungbakal')),
    'NG': (('Eniola', 'Ayoka', 'Adigun', 'Ogooluwa', 'Asake', 'Motunrayo'),
           ('Adekunle', 'Ogunde', 'Omotoso', 'Ogunbamigbe', 'Ajao', 'Ogunwobi')),
    'JP': (('Yuki', 'Miki', 'Kenichi', 'Ryosuke', 'Atsushi', 'Akira'),
           ('Abe', 'Miura', 'Kondo', 'Hashimoto', 'Yamazaki', 'Saito')),
    'CA': (('Gilles', 'André', 'Julie', 'François', 'Andrée', 'Karine'),
           ('Lemay', 'Gélinas', 'Labelle', 'Lemieux', 'Deschênes', 'Piché')),
    'ES': (('Mario', 'Otilia', 'Pastora', 'David', 'Candelas', 'Wálter'),
           ('Arnau', 'Otero', 'Roca', 'Cueto', 'Burgos', 'Guerrero')),
    'IT': (('Alfredo', 'Giovanna', 'Federigo', 'Giampiero', 'Giulio', 'Melina'),
           ('Salvo', 'Vianello', 'Bramante', 'Cilea', 'Serao', 'Fischetti')),
    'PK': (('Taisir', 'Baqar', 'Mahja', 'Dameer', 'Baaqee', 'Arham'),
           ('Ghauth', 'Rabbani', 'Majd', 'Sabil', 'Aazim', 'Urrab')),
    'TR': (('Şahinbey', 'Denizalp', 'Önel', 'Emin', 'Esmanperi', 'Törel'),
           ('Hayrioğlu', 'Yorulmaz', 'Tarhan', 'Şensoy', 'Alemdar', 'Fırat')),
    'VN': (('Hồng', 'Vân', 'Trung', 'Nhiên', 'Trọng', 'Tường'),
           ('Ung', 'Mông')),
    'EG': (('Shahira', 'Ashraf'),
           ('Abdelhady',)),
    'BD': (('Mosharraf', 'Anwarul'),
           ('Paikar',)),
    'KR': (('Sangwoo', 'Jaeseok', 'Minah', 'Seulgi'),
           ('Byun',)),
    'AU': (('Janice', 'Abbie', 'Wendy', 'Craig', 'Peter', 'Geoffrey'),
           ('Stephenson', 'Bull', 'Goddard', 'Burke', 'Arnold', 'Butler')),
    'ZA': (('Gugu', 'Thembile', 'Nozibusiso', 'Nhlanhla', 'Nozizwe', 'Zenzile'),
           ('Madi', 'Mlungwana', 'Ndima', 'Gatsheni', 'Ngobese', 'Ngotsha')),
    'KE': (('Makini', 'Faraja', 'Fanaka', 'Karama', 'Waseme', 'Asanti'),
           ('Mathenge', 'Owuor', 'Yudas', 'Abdullahi', 'Wanijiku', 'Sinema')),
    'CO': (('Ronald', 'César', 'Bladimir', 'Jhoana', 'Claudia', 'Wilder'),
           ('Rosero', 'Velasco', 'Puentes', 'Caro', 'Méndez', 'Bolívar')),
    'AR': (('Dante', 'Lucio', 'Ambar', 'Emanuel', 'Gael', 'Felicitas'),
           ('Miranda', 'Nuñez', 'Arias', 'Barrios', 'Moyano', 'Vazquez')),
    'PL': (('Mariusz', 'Julita', 'Dominik', 'Anastazja', 'Kornelia', 'Róża'),
           ('Zalewska', 'Górecka', 'Kurpiewski')),
    'TH': (('Supaporn', 'Waraporn'),
           ('Charoenrat', 'Intharaphan')),
    'RU': (('Yaroslava', 'Timofei'),
           ('Zhuravlev', 'Lapshin', 'Lapshina', 'Rybakov', 'Rybakova')),
    'NL': (('Jonathan', 'Kian', 'Cornelia', 'Nynke', 'Jesper', 'Ecrin'),
           ('Woutersz', 'Brizee', 'Lonen', 'Verharen', 'Knoers', 'Jochems')),
    'MY': (('Shahrul', 'Norazlina'),
           ('Zainal',)),
    'SA': (('Muhannad', 'Jumanah'),
           ('Albaqami',)),
    'AE': (('Eissa', 'Jumanah'),
           ('Albaqami',)),
    'SG': (('Madeline', 'Bobby', 'Melody', 'Denise'),
           ('Meyers', 'Edwards', 'Adkins', 'Saunders', 'Cantrell')),
    'NZ': (('Tiana', 'Jillian', 'Lydia', 'Jackson', 'Brendon', 'Aleisha'),
           ('Craven', 'Fulton', 'Carroll', 'Ford', 'Williamson', 'Wallace')),
    'GH': (('Margaret', 'Linda', 'Graham', 'Kujoe'),
           ('Boatemaa', 'Takyi', 'Gyasiwaa', 'Obeng', 'Safoaa')),
    'MA': (('Abdelilah', 'Hanane'),
           ('Elbakkali', 'Elfassi')),
    'PE': (('Porfirio', 'Noemí', 'Zoé', 'Reynaldo', 'Mayte'),
           ('Saldivar', 'Sotelo', 'Carrero', 'Menéndez', 'Lerma', 'Medrano')),
    'CL': (('Kimberly', 'Aracely', 'Jimmy', 'Mayra', 'Úrsula', 'Rebeca'),
           ('Olmos', 'Montes', 'Durán', 'Letelier', 'Román', 'Guevara')),
    'SE': (('Ottilia', 'Jessica', 'Siv', 'Betty', 'Alexander'),
           ('Brännström', 'Westin', 'Sjödin', 'Östling', 'Svedberg', 'Mattsson')),
    'CN': (('Yuqing', 'Meilin'),
           ('Huyan', 'Zhangsun')),
    'BE': (('Christa', 'Tuur', 'Sammy', 'Brigitta', 'Léon'),
           ('Reynaert', 'Decoster', 'Verdonck', 'Poelmans', 'Geeraerts', 'Jonckheere')),
    'AT': (('Aaron', 'Viktor', 'Katja', 'Gustav', 'Nikolaus', 'Antonius'),
           ('Zach', 'Haiden', 'Schatzl', 'Reichel', 'Strohmeier', 'Ullmann')),
    'PT': (('Raquel', 'Henrique', 'Mário', 'Frederico', 'Luciana', 'Lúcia'),
           ('Henriques', 'Pinho', 'Mota', 'Gonçalves', 'Brito', 'Azevedo')),
    'IE': (('Ivan', 'Janette', 'Davin', 'Nessa', 'Maire'),
           ('Blowick', 'Pléimeann', 'Luibhéad', 'Baróid', 'Capuaigh')),
    'FI': (('Katariina', 'Risto', 'Kalervo', 'Juuso', 'Markus'),
           ('Jalonen', 'Mäntylä', 'Niiranen', 'Kivimäki', 'Turpeinen', 'Kauppinen')),
    'CH': (('Fadil', 'Nuno', 'Jeannette', 'Cédric', 'Donatella', 'Angélique'),
           ('Herzog', 'Häfliger', 'Stadelmann', 'Frick', 'Jenni', 'Lüscher')),
    'NO': (('Kirsten', 'Einar', 'Anders', 'Cathrine', 'Janne', 'Tommy'),
           ('Knutsen', 'Thomassen', 'Jenssen', 'Johannessen', 'Andreassen', 'Strøm')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "alice.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "sympatico.ca", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "live.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("patchwork-circle.org", "hexie-quilters.net", "longarm-guild.club", "dragonboat-paddlers.org",
        "drumbeat-racing.net", "tigerhead-dragonboat.club")  # anywhere
LOCAL_ORGS = {"US": ("prairie-star-quilters.org",), "CA": ("fraser-paddle-dragons.ca",), "GB": ("severn-dragonboat.org.uk",),
              "IN": ("kantha-quilt-kolkata.in",), "DE": ("quiltfreunde-rheinhessen.de",), "AU": ("jacaranda-dragons.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names, providers and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
