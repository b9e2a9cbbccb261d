"""The people of the dev42 privacy set (``privacy_cases_dev42.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a marquetry society's or an
underwater-hockey club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Alisha', 'Alec', 'Stacie', 'Spencer', 'Dalton', 'Katie'),
           ('Hobbs', 'Vaughan', 'Beard', 'Conley', 'Gray', 'Griffith')),
    'IN': (('Anjali', 'Indrajit', 'Zilmil', 'Lipika', 'Chanakya', 'Hitesh'),
           ('Jha', 'Sinha', 'Saini', 'Ghose', 'Solanki', 'Borra')),
    'BR': (('Daniel', 'Bárbara', 'Marcelo', 'Rhavi', 'Ryan', 'Eduarda'),
           ('Viana', 'Silveira', 'Nascimento', 'Mendonça', 'Gomes', 'Fogaça')),
    'GB': (('Sylvia', 'Leslie', 'Jemma', 'Julia', 'Tracey', 'Shannon'),
           ('Norton', 'Fisher', 'Heath', 'Sheppard', 'Todd', 'Slater')),
    'DE': (('Pero', 'Marianna', 'Edelbert', 'Laszlo', 'Horst-Dieter', 'Mechthilde'),
           ('Weller', 'Christoph', 'Hande', 'Hahn', 'Hettner', 'Kranz')),
    'MX': (('Modesto', 'Gerónimo', 'Soledad', 'Estela', 'Margarita', 'Esperanza'),
           ('Solano', 'Partida', 'Rosas', 'Santillán', 'Batista', 'Adame')),
    'FR': (('Raymond', 'Michel', 'Adélaïde', 'Stéphanie', 'Paulette', 'Philippe'),
           ('Bodin', 'Klein', 'Camus', 'Gosselin', 'Lévy', 'Thierry')),
    'ID': (('Puput', 'Siska', 'Sabar', 'Respati', 'Gamanto', 'Lintang'),
           ('Kusumo', 'Hartati', 'Wastuti', 'Thamrin', 'Hassanah', 'Pranowo')),
    'PH': (('Jhunjie', 'Arlene', 'Mayet', 'Junjun'),
           ('Bernabe', 'Lapitan', 'Quitoriano', 'Baluyot', 'Cayabyab', 'Balagtas')),
    'NG': (('Akinkunmi', 'Folashade', 'Ololade', 'Ishola', 'Akanmu', 'Omotara'),
           ('Ajewole', 'Oyadiran', 'Bamiloye', 'Oyeyemi', 'Aderibigbe', 'Jaiyeola')),
    'JP': (('Yumiko', 'Ryohei', 'Yoichi', 'Taro', 'Hanako', 'Naoto'),
           ('Wakabayashi', 'Miyagawa', 'Shibuya', 'Ikeda')),
    'CA': (('Pénélope', 'Laurent', 'Laetitia', 'Michèle', 'Hugues', 'Stéphanie'),
           ('Asselin', 'Potvin', 'Laplante', 'Dumont', 'Lepage', 'Villeneuve')),
    'ES': (('Elías', 'Chelo', 'Piedad', 'Alfonso', 'Anselma', 'Marcial'),
           ('Carbajo', 'Vallés', 'Zorrilla', 'Baquero', 'Ferrández', 'Criado')),
    'IT': (('Lolita', 'Sylvia', 'Caterina', 'Maura', 'Fulvio', 'Romina'),
           ('Contarini', 'Golgi', 'Tanzini', 'Lollobrigida', 'Morlacchi', 'Luzi')),
    'PK': (('Ruwaihim', 'Mizhir', 'Saalih', 'Naasir', 'Raheel', 'Ikraam'),
           ('Yawer', 'Maalik', 'Saajid', 'Ibraaheem', 'Qasif', 'Yahyaa')),
    'TR': (('Nuretdin', 'Tuğtaş', 'Gülbeyan', 'Lüfen', 'Sultane', 'Kâzime'),
           ('Şener', 'Öcalan', 'Şama', 'Tevetoğlu', 'Bilgin', 'Ergül')),
    'VN': (('Thuy', 'Ngoc', 'Kieu', 'Chau', 'Lanh'),
           ('Duong', 'Dinh', 'Quach', 'Truong', 'Luu')),
    'EG': (('Ayman', 'Yasmeen'),
           ('Barakat', 'Halawa')),
    'BD': (('Tahsin', 'Jannat', 'Tithi', 'Arifa', 'Mehedi', 'Sanjida'),
           ('Bhowmik', 'Saha')),
    'KR': (('Minjae', 'Jiyoon', 'Yeonwoo', 'Haewon'),
           ('Paeng',)),
    'AU': (('Tara', 'Todd', 'Vickie', 'Caitlyn', 'Mandy', 'Mallory'),
           ('Myers', 'Norris', 'Moyer', 'Trevino', 'Washington', 'Pitts')),
    'ZA': (('Nomagugu', 'Thembeka', 'Jabulani', 'Thabisile', 'Thandazile', 'Lwandile'),
           ('Gumbi', 'Thuliswayo', 'Mabhena', 'Njapha', 'Nhleko', 'Nyokayebululu')),
    'KE': (('Micah', 'Stellah', 'Benard', 'Maingi', 'Mercy', 'Damaris'),
           ('Mumbe', 'Komora', 'Mogeni', 'Wanga', 'Abdirahman', 'Minayo')),
    'CO': (('Elcy', 'Cecilia', 'Yéssica', 'Stella', 'Clemencia', 'Adalberto'),
           ('Tamayo', 'Serna', 'Perdomo', 'Monroy', 'Quiroz', 'Benavides')),
    'AR': (('Constantino', 'Tiziano', 'Gino', 'Charo', 'Abigail', 'Bastian'),
           ('Valdez', 'Ortiz', 'Franco', 'Cardozo', 'Aguero', 'Mansilla')),
    'PL': (('Sylwia', 'Antoni', 'Aleks', 'Janina', 'Marek', 'Bianka'),
           ('Zalewski', 'Kołodziej', 'Szymański', 'Borkowski', 'Jaworski')),
    'TH': (('Nutwadee', 'Kamolchanok', 'Anon', 'Pattamon', 'Supasit', 'Arisara'),
           ('Kitprapa', 'Lertsattayanusak', 'Wimolnot', 'Tungkasethakul', 'Prachayaroch', 'Methavorakul')),
    'RU': (('Nifont', 'Anatoliy', 'Serafim', 'Demyan', 'Nikodim', 'Timofey'),
           ('Pakhomov', 'Ilin', 'Merkushev', 'Kulakov', 'Drozdov', 'Gorbunov')),
    'NL': (('Linn', 'Catharina', 'Jason', 'Raf', 'Dex', 'Joël'),
           ('Perck', 'Volcke', 'Bleijenberg', 'Prinsen', 'Roosenboom', 'Berends')),
    'MY': (('Aqil', 'Nadhirah'),
           ('Rahmat', 'Samsudin')),
    'SA': (('Norah', 'Ghaida', 'Lujain', 'Rayan', 'Joud', 'Abdulelah'),
           ('Alrowais', 'Alfraih', 'Aljasser', 'Aldawood', 'Alkhaldi', 'Alwabel')),
    'AE': (('Asma', 'Joud', 'Rayan', 'Abdulelah'),
           ('Almarri', 'Alsayegh', 'Bukhatir', 'Gargash')),
    'SG': (('Weijie', 'Shumin', 'Kaixin', 'Yihan'),
           ('Yeap', 'Mok')),
    'NZ': (('Kristy', 'Lindsay', 'Glen', 'Regan', 'Sinead', 'Daryl'),
           ('Nielsen', 'Holdaway', 'Guthrie', 'Stevenson', 'Todd', 'Zimmerman')),
    'GH': (('Colins', 'Deborah', 'Donald', 'Salomey', 'Edward', 'Katy'),
           ('Boakyewaa', 'Kwaakye', 'Bona', 'Prempeh', 'Nyaakoaa', 'Frimpomaa')),
    'MA': (('Samy', 'Houcine', 'Salima', 'Lotfi', 'Nedjma', 'Kahina'),
           ('Hocine', 'Abdellaoui', 'Benabdellah', 'Bouguerra', 'Chergui', 'Khelif')),
    'PE': (('Rosmery', 'Gianella'),
           ('Quisquiche', 'Sulca')),
    'CL': (('Amaru', 'Rony', 'Nicol', 'Thomás', 'Melany', 'Makarena'),
           ('Ormeño', 'Escalona', 'Céspedes', 'Medel', 'Villablanca', 'Matus')),
    'SE': (('Ulf', 'Louis', 'Lilian', 'Amadeus', 'Assar', 'Isac'),
           ('Östberg', 'Dahlqvist', 'Ivarsson', 'Erlandsson', 'Smith', 'Blixt')),
    'CN': (('Xia', 'Tao', 'Qiang', 'Chao'),
           ('Liang', 'Cai', 'Xie', 'Zhu', 'Zeng', 'Sun')),
    'BE': (('Birgit', 'Angèle', 'Antoinette', 'Giuseppe', 'Christianne', 'Joëlle'),
           ('Beyens', 'Verheyen', 'Herman', 'Dewilde', 'Buyse', 'Callebaut')),
    'AT': (('Kilian', 'Karoline', 'Jennifer', 'Bastian', 'Christine', 'Elyas'),
           ('Hofbauer', 'Oberndorfer', 'Fitz', 'Steurer', 'Frey', 'Vogl')),
    'PT': (('Daniel', 'Bárbara', 'Vítor', 'Jaime', 'Emília', 'Márcio'),
           ('Abreu', 'Barros', 'Faria', 'Reis', 'Simões', 'Lourenço')),
    'IE': (('Brid', 'Toni', 'Grainne', 'Priscilla', 'Celina', 'Eveline'),
           ('Táilliúir', 'Páirceir', 'Consaidín', 'Béataigh', 'Díscín', 'Tighe')),
    'FI': (('Jyrki', 'Tuulia', 'Tuomo', 'Kasper', 'Kyllikki', 'Topias'),
           ('Koistinen', 'Raatikainen', 'Pääkkönen', 'Parviainen', 'Oinonen', 'Tarvainen')),
    'CH': (('Luljeta', 'Ivica', 'Endrit', 'Hannes', 'Volkan', 'Ilija'),
           ('Zingg', 'Forster', 'Steinmann', 'Stocker', 'Erni', 'Studer')),
    'NO': (('Emilie', 'Mette', 'Kristian', 'Joakim', 'Arild', 'Gro'),
           ('Edvardsen', 'Aas', 'Kristensen', 'Gulbrandsen', 'Gundersen', 'Martinsen')),
}

ORGS = ("veneer-cutters-guild.org", "fretsaw-marquetry.net", "sandshading-society.club", "octopush-league.org",
        "deep-end-puck.net", "uwh-sticks.club")  # anywhere
LOCAL_ORGS = {"US": ("puget-sound-octopush.org",), "CA": ("rideau-uwh.ca",), "GB": ("wessex-marquetarians.org.uk",),
              "IN": ("pune-octopush.in",), "DE": ("intarsienkreis-kassel.de",), "AU": ("moreton-bay-uwh.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
