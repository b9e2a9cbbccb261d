"""The people of the dev39 privacy set (``privacy_cases_dev39.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a puppet theatre's or a juggling club's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Oral', 'Wendel', 'Cathy', 'Diane', 'Howard', 'Karla', 'Vanessa', 'Sally', 'Evan', 'Kristopher'),
           ('Whitacre', 'Pettus', 'Goforth', 'Herring', 'Suarez', 'Wilkinson', 'Carlson', 'Bartlett', 'Larson', 'Jacobson')),
    'IN': (('Ravindranath', 'Sharadamma', 'Gowramma', 'Nanjundaswamy', 'Bhadregowda', 'Siddamma', 'Warhi', 'Suhani', 'Dalaja', 'Charan'),
           ('Hiregoudar', 'Kattimani', 'Badiger', 'Honnalli', 'Hadimani', 'Yaligar', 'Kembhavi', 'Talikoti', 'Datta', 'Murthy')),
    'BR': (('Rosicler', 'Nelsi', 'Dorvalina', 'Leoni', 'Celito', 'Alana', 'Isabel', 'Luara', 'Matheus', 'Francisco'),
           ('Tomazoni', 'Scapini', 'Menegat', 'Zanchet', 'Bonatto', 'Novaes', 'Jesus', 'Fernandes', 'Melo', 'Borges')),
    'GB': (('Aled', 'Hefin', 'Gethin', 'Nerys', 'Rhodri', 'Tegwen', 'Terry', 'Ellie'),
           ('Prydderch', 'Meredydd', 'Gwilym', 'Pughe', 'Ithel', 'Andrews', 'Rees')),
    'DE': (('Jeanette', 'Ljubica', 'Esther'),
           ('Ziegelmeier', 'Schwingshackl', 'Wallenreiter', 'Pfisterer', 'Hundsrucker', 'Kaltenecker', 'Zwickl', 'Sperrer', 'Döhn', 'Noack')),
    'MX': (('Lilia', 'Violeta', 'Karla', 'Zacarías', 'Mauricio'),
           ('Alva', 'López', 'Almanza')),
    'FR': (('Maiwenn', 'Gwendal', 'Enora', 'Tangi', 'Augustin'),
           ('Cloarec', 'Gourvennec', 'Guillet', 'Pottier', 'Alexandre', 'Guyot', 'Maillard')),
    'ID': (('Dayu', 'Kalim', 'Anggabaya', 'Lala'),
           ('Wirawan', 'Sudiartha', 'Adnyana', 'Pramesti', 'Sumantra', 'Wirata', 'Dharmayasa', 'Suarsana', 'Yudiastra', 'Suwarno')),
    'PH': (('Cynthia', 'Jonathon', 'Pamela'),
           ('Cabahug', 'Lapinig', 'Sumalinog', 'Tabanao', 'Quiamco', 'Briggs', 'Velasquez', 'Barker', 'Morrison', 'Barron')),
    'NG': (('Ochuko', 'Efemena', 'Avwerosuoghene', 'Omonigho', 'Eguono', 'Ufuoma', 'Ajoke', 'Arinola', 'Olumorotimi', 'Inioluwa'),
           ('Oghenekome', 'Efetobore', 'Akpomedaye', 'Ovwigho', 'Egbedi', 'Irikefe', 'Ogheneovo', 'Tobrise', 'Olugbayila', 'Iyanda')),
    'JP': (('Yuta', 'Sayuri', 'Kaori', 'Hideki', 'Naoko', 'Kazuya'),
           ('Mizutani', 'Nakagawara', 'Tsujimoto', 'Iwashita', 'Kanamori', 'Shiozawa', 'Ota', 'Yamashita', 'Fujii', 'Ishii')),
    'CA': (('Onésime', 'Dosithée', 'Frédéric', 'Roger', 'Sarah', 'Maryse', 'Joséphine'),
           ('Bourque', 'Goulet', 'Chabot', 'Boily', 'Delisle')),
    'ES': (('Dani', 'Nidia', 'Berto', 'Isaac', 'Yaiza', 'Guiomar', 'Amanda', 'Azahara', 'Verónica', 'Eduardo'),
           ('Urkiza', 'Gabilondo', 'Errasti', 'Mujika', 'Cámara', 'Gisbert', 'Mariño', 'Montero', 'Cobo', 'Andres')),
    'IT': (('Bachisio', 'Ermanno', 'Susanna', 'Vanessa'),
           ('Mureddu', 'Sechi', 'Gelli', 'Antonini', 'Florio', 'Micca', 'Galiazzo')),
    'PK': (('Jabr', 'Laqeet', 'Cheragh'),
           ('Barr', 'Tafazal', 'Wadood')),
    'TR': (('Bedriye', 'Eral', 'Safura', 'Süsen'),
           ('Karagöz', 'Hacivatoğlu', 'Demirkol', 'Değirmenci', 'Bozkurtlu', 'Gökçeoğlu', 'Sakarya', 'Şafak')),
    'VN': (('Khiêm', 'Tấn'),
           ('Chử', 'Ôn')),
    'EG': (('Hamdeya', 'Hosneya', 'Mabrouka', 'Sonbol'),
           ('Abdelmaksoud', 'Abdelghaffar', 'Bahgat')),
    'BD': (('Jobeda', 'Golapi'),
           ('Hosne',)),
    'KR': (('Ilnam', 'Dalsu', 'Sunok', 'Bongrye', 'Ggeutsun', 'Yeonpil'),
           ('Gam', 'Jeup', 'Bing', 'Gyo')),
    'AU': (('Clem', 'Noreen', 'Susan', 'Valerie', 'Samantha'),
           ('Jefferson', 'Douglas', 'Garrison', 'Lambert', 'Johnston', 'Sutton')),
    'ZA': (('Sithembiso', 'Nomathemba'),
           ('Mngomezulu', 'Mtimande')),
    'KE': (('Umande', 'Nyasi', 'Takatifu', 'Madaha'),
           ('Waweru', 'Abwao', 'Kimachu', 'Hussein', 'Mohamed')),
    'CO': (('Carmenza', 'Ángel'),
           ('Pabón', 'Forero', 'Ceballos')),
    'AR': (('Malena', 'Fausto', 'Faustino', 'Jeremias'),
           ('Carabajal', 'Carrizo', 'Suarez', 'Maldonado')),
    'PL': (('Mieszko', 'Elżbieta', 'Kamila', 'Cezary'),
           ('Wilczyński', 'Kostek', 'Parafiniuk', 'Buszta', 'Superson')),
    'TH': (('Prapai', 'Siriphan', 'Thanomsak'),
           ('Thongprasoet', 'Chaiyawongsa', 'Khemthong', 'Buakhao')),
    'RU': (('Evstolia', 'Glikeriya', 'Mavra'),
           ('Kuzovkin', 'Kuzovkina', 'Bortnikov', 'Bortnikova', 'Samsonov', 'Samsonova', 'Mezentsev', 'Mezentseva', 'Pribytkov')),
    'NL': (('Xavi', 'Zoë', 'Elizabeth', 'Esther', 'Loïs'),
           ('Jurrijens', 'Brumleve')),
    'MY': (('Roshidah', 'Zubaidah'),
           ('Kamaruzzaman', 'Shamsuddin', 'Hasbullah')),
    'SA': (('Dhaifallah', 'Mashael', 'Tarfa', 'Dawud'),
           ('Alsuhaibani', 'Alrumaih', 'Alfozan')),
    'AE': (('Dawud', 'Tarfa'),
           ('Alrais',)),
    'SG': (('Rebekah', 'Renee'),
           ('Loke',)),
    'NZ': (('Bryan', 'Mikayla'),
           ('Lammas', 'McEwen')),
    'GH': (('Kweku', 'Marian', 'Christina', 'Gifty'),
           ('Acquah', 'Tawia', 'Akowua', 'Safo')),
    'MA': (('Ithri', 'Ittou'),
           ('Aitouhanni', 'Amezzian', 'Boukhris', 'Amghar', 'Oukhouya', 'Ichou')),
    'PE': (('Crescencia', 'Evangelina', 'Nicodemo'),
           ('Escribano', 'Dávila', 'Mayta')),
    'CL': (('Cristina', 'Neftalí', 'Alex'),
           ('Zamorano', 'Santibáñez', 'Naranjo')),
    'SE': (('Linnéa', 'Valdemar'),
           ('Norrbom', 'Ågren', 'Westerlund', 'Näslund', 'Hedberg', 'Sjölander')),
    'CN': (('Lanfang', 'Ruyue'),
           ('Huangfu', 'Xuanyuan', 'Zhongli', 'Xiahou')),
    'BE': (('Bert', 'Edgard'),
           ('Laenen', 'Casier')),
    'AT': (('Calvin', 'Sandra', 'Ariane', 'Janine'),
           ('Troger', 'Haslwanter', 'Strolz', 'Gamsjäger')),
    'PT': (('Naiara', 'Isabel'),
           ('Pardal', 'Morais', 'Guerreiro')),
    'IE': (('Barbara', 'Juanita'),
           ('Hynman', 'Ruiséal', 'Searlóg', 'Proinnsias')),
    'FI': (('Jouko', 'Karoliina', 'Paavo'),
           ('Rautiainen', 'Kauppila', 'Matilainen', 'Palomäki')),
    'CH': (('Hanspeter', 'Eugenio', 'Veronika'),
           ('Stalder', 'Bättig', 'Felber', 'Bucher')),
    'NO': (('Johannes', 'Egil'),
           ('Knudsen', 'Ødegård')),
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
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "inbox.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "hotmail.nl", "live.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "webmail.co.za", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("marionette-guild.org", "stringpuppet-players.net", "shadowscreen-theatre.club", "cascade-jugglers.org",
        "siteswap-society.net", "clubpassing-collective.club")  # anywhere
LOCAL_ORGS = {"US": ("sagebrush-puppeteers.org",), "CA": ("ficelle-marionnettes.ca",), "GB": ("pennant-vale-jugglers.org.uk",),
              "IN": ("kathputli-mysuru.in",), "DE": ("figurentheater-allgaeu.de",), "AU": ("banksia-jugglers.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names, providers and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
