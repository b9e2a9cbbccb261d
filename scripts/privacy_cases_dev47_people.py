"""The people of the dev47 privacy set (``privacy_cases_dev47.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a gyotaku print circle's or a fistball
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Jared', 'Kellie', 'Erin', 'Krystal', 'Brendan'),
           ('Mooney', 'Jarvis', 'Bauer', 'Eaton', 'Sellers')),
    'IN': (('Naksh', 'Ekbal', 'Bimala', 'Samarth', 'Lopa', 'Rachit'),
           ('Zacharia', 'Ganesan', 'Modi', 'Kapur', 'Mitter', 'Wason')),
    'BR': (('Luigi', 'Eloá', 'Kaique', 'Ísis', 'Pietro', 'Ágatha'),
           ('Frota', 'Bragança')),
    'GB': (('Alison', 'Francis', 'Sean', 'Carole', 'Amy', 'Lynda'),
           ('Walton', 'Gough', 'Waters', 'Yates', 'Newton', 'Collier')),
    'DE': (('Siegried', 'Wibke', 'Eggert', 'Zdenka', 'Anni', 'Michail'),
           ('Girschner', 'Weitzel', 'Scheuermann', 'Jäntsch', 'Loos', 'Römer')),
    'MX': (('Conchita', 'Elvia', 'Darío', 'Berta', 'Socorro', 'Adán'),
           ('Reynoso', 'Nazario', 'Ávalos', 'Zúñiga', 'Casillas', 'Muñiz')),
    'FR': (('Sébastien', 'Alexandria', 'Colette', 'Alphonse', 'Geneviève', 'Maggie'),
           ('Chauvin', 'Jacques', 'Mercier', 'Bertin', 'Charrier', 'Fleury')),
    'ID': (('Dadap', 'Hardana', 'Wasis', 'Pranawa', 'Darmana', 'Legawa'),
           ('Yulianti', 'Firgantoro', 'Andriani', 'Maheswara', 'Kuswoyo', 'Suartini')),
    'PH': (('Jeffery', 'Maxwell', 'Kerri', 'Zachary', 'Madison'),
           ('Hinton', 'Boyd', 'Galvan', 'Hunter', 'Cowan')),
    'NG': (('Damilola', 'Kunle', 'Hauwa', 'Yakubu'),
           ('Garba', 'Tanko', 'Gambo', 'Shehu', 'Falana')),
    'JP': (('Himari', 'Hiroto'),
           ('Nakano', 'Yokoyama', 'Miyamoto', 'Taniguchi')),
    'CA': (('Béatrice', 'Brigitte', 'Josette', 'Jérôme', 'Hélène'),
           ('Archambault', 'Demers', 'Maltais', 'Gendron', 'Larose', 'Ménard')),
    'ES': (('Óscar', 'Dorita', 'Aristides', 'Lucho', 'Yésica', 'Ángela'),
           ('Cabañas', 'Valderrama', 'Espejo', 'Heras', 'Puig', 'Galán')),
    'IT': (('Fredo', 'Giacinto', 'Ugolino', 'Gioele', 'Bartolomeo', 'Gaspare'),
           ('Tarantini', 'Ovadia', 'Pacillo', 'Tacchini', 'Cesaroni', 'Trevisani')),
    'PK': (('Bizhan', 'Laeeq', 'Vahar', 'Zaakir', 'Kauthar', 'Muhallil'),
           ('Saafir', 'Awj', 'Ghunayn', 'Gulfam', 'Aadam', 'Wadi')),
    'TR': (('Aral', 'Hayret', 'Balatekin', 'Güçlüer', 'Şerman', 'Canseven'),
           ('Türk', 'Hançer', 'Mansız', 'Duran')),
    'VN': (('Duc', 'Hanh'),
           ('Trieu', 'Phung')),
    'EG': (('Nesreen', 'Mervat'),
           ('Mansy', 'Sharkawy', 'Gendy')),
    'BD': (('Hasina', 'Mumtahina'),
           ('Chakladar',)),
    'KR': (('Eunwoo', 'Jimin'),
           ('Gwon', 'Eum')),
    'AU': (('Gail', 'Hilary', 'Elaine', 'Hollie', 'Holly'),
           ('Davis', 'Mistry', 'Nicholls', 'Goodwin', 'Brookes', 'Howarth')),
    'ZA': (('Nomasonto', 'Zibuyile', 'Mthokozisi', 'Londiwe', 'Nomcebo', 'Bhekisisa'),
           ('Nzimande', 'Nondaba', 'Jamasijadu', 'Mbatha', 'Mkhwananzi', 'Lamula')),
    'KE': (('Mulwa', 'Felister', 'Dickson', 'Dismas', 'Nyamai', 'Mugambi'),
           ('Kitur', 'Mageto', 'Issak', 'Nyoike', 'Kaloki', 'Mbogo')),
    'CO': (('Jhonny', 'Efrén', 'Nayibe', 'Emiro', 'Franklin', 'Inés'),
           ('Molano', 'Garcés', 'Velandia', 'Duque', 'Narváez', 'Villamizar')),
    'AR': (('Tomàs', 'Francesco'),
           ('Galarza',)),
    'PL': (('Malwina', 'Gustaw', 'Artur', 'Angelika', 'Patryk', 'Wiktor'),
           ('Zawadzki', 'Wysocki', 'Krajewski')),
    'TH': (('Puntira', 'Patchaploy', 'Ratchanon', 'Jinjuta', 'Sarunporn', 'Yanisa'),
           ('Vethayasas', 'Pianduangsri', 'Suraprasert', 'Habpanom', 'Polauaypon', 'Chomsri')),
    'RU': (('Platon', 'Zinovy'),
           ('Mironov', 'Titov', 'Kuzmin')),
    'NL': (('Lisanne', 'Ize', 'Kiki', 'Nienke', 'Thom', 'Chris'),
           ('Kronenberg', 'Ouwel', 'Merckx', 'Nollee', 'Maaswinkel', 'Osterhoudt')),
    'MY': (('Amirah', 'Mahathir'),
           ('Zainudin', 'Fadzil')),
    'SA': (('Jawahir', 'Zahir'),
           ('Ghamri', 'Mughamsi', 'Sudairi')),
    'AE': (('Mana',),
           ('Hosani', 'Balushi', 'Otaiba')),
    'SG': (('Warren', 'Stephanie', 'Randall', 'Meagan', 'Deanna', 'Jodi'),
           ('Pham', 'Mcintosh', 'Peck', 'Malone', 'Patton')),
    'NZ': (('Shakira', 'Tayla', 'Ashton', 'Blair', 'Kaitlin'),
           ('Matheson', 'Flood', 'Patchett', 'Humphrey', 'Stokes')),
    'GH': (('Josiah', 'Tracy', 'Mathew', 'Ernestina', 'Roselyn'),
           ('Asiama', 'Afrakomaa', 'Daakoaa', 'Boadi', 'Quartey', 'Ofosu')),
    'MA': (('Hiba',),
           ('Kabbaj',)),
    'PE': (('Victoriano', 'Justiniano', 'Anatolia'),
           ('Atoccsa', 'Quispecahuana')),
    'CL': (('Lía', 'Eduard', 'Mirta', 'Jerman', 'Bayron', 'Dora'),
           ('Leyton', 'Cisternas', 'Pinilla', 'Villarroel', 'Cornejo', 'Jerez')),
    'SE': (('Julius', 'Ulrica', 'Michal', 'Tindra', 'Rolf', 'Christofer'),
           ('Samuelsson', 'Wiberg', 'Blomkvist', 'Österberg', 'Burman', 'Klasson')),
    'CN': (('Shihan', 'Kexin', 'Yiran'),
           ('Cong', 'Jiao')),
    'BE': (('Annie', 'Bjorn', 'Alexia', 'Katrijn', 'Suzy', 'Martijn'),
           ('Joos', 'Vaes', 'Steyaert', 'Proost', 'Vissers', 'Bruyninckx')),
    'AT': (('Konrad', 'Estelle', 'Mariella', 'Dilara', 'Viktoria'),
           ('Plank', 'Pieber', 'Jovanovic', 'Kohl', 'Gartner', 'Bodner')),
    'PT': (('Victória', 'Carminho', 'Júlia', 'Filipa', 'Constança'),
           ('Portela', 'Bettencourt')),
    'IE': (('Niall', 'Celine', 'Moya', 'Catherina', 'Leo', 'Cliona'),
           ('Risteard', 'Tóibín', 'Scribhín', 'Piogóid', 'Cúndún', 'Iústás')),
    'FI': (('Aki', 'Aada', 'Pia', 'Teemu', 'Orvokki'),
           ('Saarinen', 'Luukkonen', 'Halonen', 'Kovanen', 'Kujala', 'Haapaniemi')),
    'CH': (('Ulrich', 'Balthasar', 'Andrej', 'Raffaele', 'Zlatko', 'Maryline'),
           ('Hodel', 'Siegrist', 'Maier', 'Staub', 'Hafner', 'Bühlmann')),
    'NO': (('Sofie', 'Helene', 'Silje', 'Lars', 'Rune', 'Malin'),
           ('Fredriksen', 'Amundsen', 'Ellingsen', 'Madsen', 'Pettersen', 'Kristoffersen')),
}

ORGS = ("fishprint-circle.org", "gyotaku-printers.net", "inked-fish.club", "fistball-union.org",
        "faustball-friends.net", "fistline-league.club")  # anywhere
LOCAL_ORGS = {"US": ("portland-gyotaku.org",), "CA": ("kitchener-fistball.ca",), "GB": ("whitby-fishprint.org.uk",),
              "IN": ("kochi-gyotaku.in",), "DE": ("stuttgart-faustball.de",), "AU": ("hobart-fishprint.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
