"""The people of the dev45 privacy set (``privacy_cases_dev45.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a pyrography studio's or a tchoukball
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Justin', 'Stuart', 'Latasha', 'Dominic', 'Gregg', 'Perry'),
           ('Reilly', 'Kane', 'Robinson', 'Mccann', 'Hogan', 'Davila')),
    'IN': (('Deepa', 'Falak', 'Shaurya', 'Urmi', 'Adya', 'Ansh'),
           ('Palan', 'Nath', 'Garg', 'Chandran', 'Krishnamurthy', 'Bala')),
    'BR': (('Breno', 'Yago', 'Maysa', 'Kauê', 'Agatha', 'Bento'),
           ('Dantas', 'Marinho')),
    'GB': (('Conor', 'Duncan', 'Ashleigh', 'Lynne', 'Joan', 'Charlie'),
           ('Morley', 'Davidson', 'Watson', 'Morris', 'Bailey', 'Leach')),
    'DE': (('Lidija', 'Juliane', 'Vadim', 'Kordula', 'Sylke', 'Iwan'),
           ('Mitschke', 'Eigenwillig', 'Mies', 'Segebahn', 'Faust', 'Dörschner')),
    'MX': (('Zeferino', 'Alicia', 'Noelia', 'Leticia', 'Espartaco', 'Israel'),
           ('Bahena', 'Carrión', 'Espino', 'Sáenz', 'Cabán', 'Rico')),
    'FR': (('Édouard', 'Christelle', 'Nathalie', 'Rémy', 'Emmanuel', 'Noémi'),
           ('Lelièvre', 'Lamy', 'Traore', 'Guillon', 'Letellier', 'Bègue')),
    'ID': (('Limar', 'Paramita', 'Nrima', 'Karja', 'Zalindra', 'Tirtayasa'),
           ('Palastri', 'Jailani', 'Mardhiyah', 'Mangunsong', 'Putra', 'Samosir')),
    'PH': (('Leonora', 'Jhun', 'Jonel'),
           ('Lumibao',)),
    'NG': (('Chidera', 'Tobenna', 'Olaide', 'Gloria', 'Peace'),
           ('Okorie', 'Obiora', 'Umeh', 'Eke', 'Uzor')),
    'JP': (('Fuyuki', 'Kanako', 'Shohei', 'Rintaro', 'Mayuko', 'Chisato'),
           ('Yokoi', 'Kusakabe', 'Enomoto', 'Shibata', 'Arakawa', 'Nomura')),
    'CA': (('Zacharie', 'Emmanuel', 'René', 'Éric', 'Rémy', 'Henri'),
           ('Giroux', 'Leduc', 'Auger', 'Lussier', 'Duchesne', 'Gagné')),
    'ES': (('Eli', 'Nacho', 'América', 'Xiomara', 'Marisa', 'Natalio'),
           ('Chaparro', 'Barceló', 'Castañeda', 'Lasa', 'Becerra', 'Rebollo')),
    'IT': (('Annibale', 'Marissa', 'Graziano', 'Baldassare', 'Giulietta', 'Pomponio'),
           ('Desio', 'Bandello', 'Zoppetto', 'Garobbio', 'Pasolini', 'Gemito')),
    'PK': (('Rabee', 'Yaqoot', 'Yathrib', 'Chawish', 'Aryan', 'Tahir'),
           ('Omair', 'Raatib', 'Jaabir', 'Tali', 'Ubaadah', 'Madiyan')),
    'TR': (('Esenbay', 'Şevket', 'İncifir', 'Hekmet', 'Abdülsamed', 'Ferzi'),
           ('Gül', 'Demirel', 'Zorlu', 'Akgündüz', 'Çamurcuoğlu', 'Arsoy')),
    'VN': (('Diem', 'Khuong', 'Quyen', 'Tuyet', 'Bich'),
           ('Vuong', 'Thach', 'Hoang', 'Ngo')),
    'EG': (('Wessam', 'Yomna', 'Hadeer', 'Amira'),
           ('Zahran', 'Darwish')),
    'BD': (('Moushumi', 'Rubina'),
           ('Kazi', 'Siddique')),
    'KR': (('Hyojin', 'Seojin', 'Nari', 'Gyuri'),
           ('Yeon',)),
    'AU': (('Neil', 'Scott', 'Patrick', 'Josh', 'Aimee', 'Jeremy'),
           ('Clayton', 'Chamberlain', 'Gibbons', 'Benson', 'Daly', 'Lynch')),
    'ZA': (('Zenzele', 'Vusumuzi', 'Mcebisi', 'Noxolo', 'Nomusa', 'Zakhele'),
           ('Mahulube', 'Madlula', 'Dwala', 'Shengele', 'Mahlinza', 'Khomo')),
    'KE': (('Mungai', 'Jemimah', 'Jackline', 'Monicah', 'Josphine', 'Issack'),
           ('Mbaka', 'Mwongeli', 'Ndichu', 'Nyambane', 'Ngala', 'Chemtai')),
    'CO': (('Elsy', 'Janneth', 'Jair', 'Elkin', 'Xiomara'),
           ('Garzón', 'Suárez', 'Aguilar', 'Cuéllar', 'Barreto', 'Patiño')),
    'AR': (('Milena', 'Joaquin', 'Maximo', 'Agustin', 'Nahiara'),
           ('Ferrario',)),
    'PL': (('Andrzej', 'Natasza', 'Rozalia', 'Radosław', 'Olgierd', 'Adrianna'),
           ('Duda', 'Szewczyk', 'Czarnecki', 'Sadowski')),
    'TH': (('Aunyaporn', 'Atit', 'Chanya', 'Wasin', 'Teetat', 'Apisara'),
           ('Trikasemmart', 'Todsapornpitakul', 'Neerachapong', 'Posalee', 'Kumsoontorn', 'Bunlupong')),
    'RU': (('Ksenia', 'Egor', 'Arseny'),
           ('Grigoriev', 'Nikitin', 'Tarasov', 'Belousov', 'Medvedev', 'Komarov')),
    'NL': (('Tygo', 'Liza', 'Naud', 'Quinten', 'Nout'),
           ('Pasman', 'Scholten', 'Woudenberg', 'Coolen', 'Kuilenburg', 'Vertoor')),
    'MY': (('Izzat', 'Sofea', 'Haikal', 'Adlina'),
           ('Tajuddin', 'Shukor')),
    'SA': (('Ruba',),
           ('Sahli', 'Hazmi', 'Sulami')),
    'AE': (('Ruba',),
           ('Khoori', 'Nuwais', 'Zaabi', 'Muhairi')),
    'SG': (('Cory', 'Andre', 'Kelsey', 'Damon', 'Sophia', 'Curtis'),
           ('Holmes', 'Nelson', 'Howell', 'Bishop', 'Cortez', 'Donovan')),
    'NZ': (('Gillian', 'Alexandra', 'Hayden', 'Aidan', 'Rodney', 'Bernard'),
           ('Knowles', 'Ritchie', 'Bowater', 'McCarthy', 'Pollard', 'Donaldson')),
    'GH': (('Sharon', 'Natasha', 'Janet', 'Elliott'),
           ('Akoto', 'Gyasi', 'Boadu', 'Oti', 'Amponsa')),
    'MA': (('Abdessamad', 'Jamila', 'Lamiae', 'Mouad', 'Btissam', 'Souad'),
           ('Ouali', 'Chaoui', 'Bouazza')),
    'PE': (('Grimaldo', 'Yonathan'),
           ('Anccasi', 'Cusihuaman')),
    'CL': (('Mirtha', 'Marion', 'Catherine', 'Leónidas', 'Aurelia', 'Mía'),
           ('Cancino', 'Vivanco', 'Cofré', 'Cabezas', 'Mondaca', 'Barriga')),
    'SE': (('Evy', 'Susann', 'Tapio', 'Sigge', 'Ronny', 'Jasmin'),
           ('Werner', 'Sundström', 'Vesterlund', 'Månsson', 'Martinsson', 'Viberg')),
    'CN': (('Shuhui', 'Jingwen', 'Zeyu', 'Xiaoming'),
           ('Taishi', 'Puyang')),
    'BE': (('Rebecca', 'Guillaume', 'Isabelle', 'Kenny', 'Gerry', 'Eddy'),
           ('Bossuyt', 'Demeyere', 'Eeckhout', 'Slegers', 'Dejonghe', 'Verschueren')),
    'AT': (('Jovana', 'Erina', 'Natan', 'Patrik', 'Leni'),
           ('Kaltenegger', 'Dorn', 'Rottensteiner', 'Rieser', 'Trummer')),
    'PT': (('Nádia', 'Sérgio', 'Ariana', 'Cláudio', 'Fabiana', 'António'),
           ('Rebocho', 'Raposo')),
    'IE': (('Darran', 'Gretta', 'Susanne', 'Pauric'),
           ('Gabháin', 'Seoighe', 'MacCrohan', 'Mistéal', 'Colum')),
    'FI': (('Eelis', 'Leila', 'Katri', 'Marjaana', 'Sini'),
           ('Antikainen', 'Anttila', 'Vainio', 'Sirviö', 'Sutinen')),
    'CH': (('Cindy', 'Odile', 'Aurel', 'Nathanael', 'Metin', 'Joachim'),
           ('Thommen', 'Schumacher', 'Weibel', 'Scheidegger', 'Schlatter', 'Käser')),
    'NO': (('Thor', 'Alf', 'Kjersti', 'Erling', 'Petter'),
           ('Abrahamsen', 'Antonsen', 'Næss', 'Karlsen', 'Svendsen')),
}

ORGS = ("pyrography-circle.org", "woodburners-guild.net", "basswood-studio.club", "tchoukball-union.org",
        "reboundframe-club.net", "tchouk-league.club")  # anywhere
LOCAL_ORGS = {"US": ("denver-tchoukball.org",), "CA": ("laval-pyrographie.ca",), "GB": ("leeds-tchoukball.org.uk",),
              "IN": ("mysuru-pyrography.in",), "DE": ("tchoukball-kassel.de",), "AU": ("hobart-tchoukball.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
