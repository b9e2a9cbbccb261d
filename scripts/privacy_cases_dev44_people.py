"""The people of the dev44 privacy set (``privacy_cases_dev44.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a cyanotype darkroom's or a korfball
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Tanner', 'Willie', 'Greg', 'Rick', 'Traci', 'Dorothy'),
           ('Pena', 'Mayo', 'Casey', 'Jensen', 'Bowers', 'Williams')),
    'IN': (('Imaran', 'Wahab', 'Garima', 'Jagat', 'Saksham', 'Turvi'),
           ('Tella', 'Sura', 'Ravel', 'Bahri', 'Chokshi', 'Natarajan')),
    'BR': (('Luiza', 'Ravy', 'Benício', 'Mariane', 'Apollo', 'Laís'),
           ('Tenório', 'Veloso')),
    'GB': (('Joanne', 'Elliot', 'Fiona', 'Norman', 'Timothy', 'Mohammad'),
           ('Higgins', 'Thomson', 'Harper', 'Sanderson', 'Cooke', 'Anderson')),
    'DE': (('Ditmar', 'Susana', 'Hildburg', 'Miroslawa', 'Magrit', 'Jurij'),
           ('Wiek', 'Bachmann', 'Carsten', 'Mülichen', 'Hölzenbecher', 'Bloch')),
    'MX': (('Rafaél', 'Angélica', 'Esparta', 'Abraham', 'Jonás', 'Enrique'),
           ('Garay', 'Ureña', 'Orosco', 'Cervántez', 'Orellana', 'Enríquez')),
    'FR': (('Véronique', 'Agathe', 'Corinne', 'Adèle', 'Constance', 'Martine'),
           ('Lefort', 'Moulin', 'Dupont', 'Guichard', 'Goncalves', 'Vallet')),
    'ID': (('Rusman', 'Saiful', 'Cawisono', 'Zaenab', 'Suci', 'Vero'),
           ('Narpati', 'Widiastuti', 'Prasasta', 'Kusmawati', 'Saptono', 'Zulaika')),
    'PH': (('Judy', 'Brady', 'Candice', 'Harold', 'Annette'),
           ('Wilkins', 'Marsh', 'Waller', 'Sanford', 'Poole')),
    'NG': (('Chioma', 'Yemisi', 'Babajide', 'Bukola', 'Comfort', 'Patience'),
           ('Ugwu', 'Onwuachu', 'Ojo')),
    'JP': (('Daichi', 'Kazuki', 'Tomoya', 'Asuka', 'Saki', 'Ayaka'),
           ('Harada', 'Tamura', 'Kaneko', 'Wada', 'Ishida', 'Ono')),
    'CA': (('Danielle', 'Virginie', 'Nicole', 'Raphaël', 'Margot', 'Aurélie'),
           ('Veilleux', 'Drouin', 'Vallée', 'Bilodeau', 'Lebel', 'Lavigne')),
    'ES': (('Conrado', 'Anastasio', 'Rómulo', 'Aarón', 'Silvia', 'Geraldo'),
           ('Agudo', 'Franch', 'Calleja', 'Falcón', 'Molins', 'Rosselló')),
    'IT': (('Gilberto', 'Allegra', 'Pierangelo', 'Gianpietro', 'Simonetta', 'Micheletto'),
           ('Mezzetta', 'Bompiani', 'Barracco', 'Ciani', 'Fittipaldi', 'Pratesi')),
    'PK': (('Naazhim', 'Aasif', 'Zafir', 'Ghazawan', 'Daanish', 'Qadar'),
           ('Yar', 'Umar', 'Kaamil', 'Quadir', 'Rafay', 'Sadan')),
    'TR': (('Zihni', 'Sirap', 'Aydinç', 'Cihan', 'Safet', 'Işin'),
           ('Ertaş', 'Bilir', 'Eraslan', 'Akça', 'İhsanoğlu', 'Çorlu')),
    'VN': (('Khanh', 'Hieu', 'Phuong', 'Duyen', 'Tam'),
           ('Luong', 'Diep')),
    'EG': (('Nermin', 'Wafaa', 'Hosny'),
           ('Shaaban', 'Hosny')),
    'BD': (('Roksana', 'Ferdous', 'Subarna', 'Shathi', 'Rezaul', 'Mahmuda'),
           ('Barua',)),
    'KR': (('Jieun', 'Mirae', 'Hyeri', 'Hanbyeol', 'Seul'),
           ('Jeong', 'Ryoo')),
    'AU': (('Tony', 'Jodie', 'Nigel', 'Kirsty', 'Iain'),
           ('Roberts', 'Carr', 'Howe', 'Glover', 'Burrows')),
    'ZA': (('Sandile', 'Nomathalente', 'Nonhlanhla', 'Thabisa', 'Njabulo', 'Nothando'),
           ('Mathebula', 'Mbuyisa', 'Cebisa', 'Mbuyazi', 'Dlakela', 'Gobhozi')),
    'KE': (('Reagan', 'Suleiman', 'Dancan', 'Kwamboka'),
           ('Kiptum', 'Athman', 'Mukhwana', 'Jelimo', 'Onsongo', 'Miriti')),
    'CO': (('Amalia', 'Nilson', 'Fabio', 'Elver', 'Jaider', 'Jonatan'),
           ('Sanabria', 'Roa', 'Ramírez', 'Ariza', 'Arévalo', 'Parra')),
    'AR': (('Genaro', 'Jeronimo', 'Alvaro', 'Jazmin', 'Luisina', 'Morena'),
           ('Mendez', 'Chavez', 'Olivera', 'Rivero')),
    'PL': (('Liwia', 'Adrian', 'Jerzy', 'Monika', 'Mikołaj', 'Aniela'),
           ('Domański', 'Cieślak', 'Górecki', 'Błaszczyk')),
    'TH': (('Darin', 'Phubes', 'Pachongruk', 'Sitiwat', 'Yada', 'Chaiwut'),
           ('Kongchayasukawut', 'Pothanun', 'Benchapatranon', 'Boonpungbaramee', 'Krittayanukoon', 'Kamalanon')),
    'RU': (('Boris', 'Fyodor', 'Matvey', 'Lev', 'Oleg', 'Larisa'),
           ('Belov', 'Fomin', 'Kiselev', 'Rogov', 'Ignatov', 'Osipov')),
    'NL': (('Kyano', 'Dean', 'Renske', 'Phileine', 'Elize', 'Jolijn'),
           ('Kleibrink', 'Rademaker', 'Texier', 'Hanegraaff', 'Vignon', 'Aarts')),
    'MY': (('Liyana', 'Fatin', 'Ezzati', 'Jamil'),
           ('Baharom', 'Sallehuddin')),
    'SA': (('Abdulaziz', 'Wijdan', 'Nagi', 'Murad'),
           ('Shamrani', 'Asiri', 'Qurashi', 'Jabri')),
    'AE': (('Abdulaziz', 'Wijdan', 'Murad'),
           ('Shehhi', 'Rumaithi', 'Mansouri')),
    'SG': (('Gary', 'Terri', 'Breanna', 'Phillip'),
           ('Holland', 'Ellis', 'Forbes', 'Nunez', 'Shea', 'Kelley')),
    'NZ': (('Beverley', 'Britney', 'Aiden', 'Nevaeh', 'Kathleen', 'Vicky'),
           ('Meredith', 'Stubbs', 'Prouse', 'Hayward', 'McMahon', 'Healey')),
    'GH': (('Hannabel', 'Georgina', 'Akumaa', 'Shaun'),
           ('Boatemaah', 'Adwubi', 'Appia', 'Otuo', 'Ampadu', 'Kyei')),
    'MA': (('Karima', 'Ouafae', 'Rachida', 'Hamid'),
           ('Bouzid', 'Sefrioui', 'Tadlaoui', 'Bakkali', 'Chafik')),
    'PE': (('Edith',),
           ('Paucar', 'Callo', 'Yauri')),
    'CL': (('Desiderio', 'Yenny', 'Justo', 'Yohan', 'Marlon', 'Katia'),
           ('Carvajal', 'Alfaro', 'Chacón', 'Belmar', 'Gaete', 'Zárate')),
    'SE': (('Jarl', 'Idun', 'Yngve', 'Lovis', 'Elsie'),
           ('Nylén', 'Häggström', 'Stenström', 'Friberg', 'Westman', 'Lindström')),
    'CN': (('Rui', 'Ying', 'Yuwen'),
           ('Baili', 'Yuwen')),
    'BE': (('Serge', 'Marjan', 'Niels', 'Tess', 'Cecile'),
           ('Mahieu', 'Declerck', 'Bruneel', 'Mariën', 'Verlinden', 'Vleugels')),
    'AT': (('Melek', 'Arda', 'Fabian', 'Sascha'),
           ('Eisner', 'Thaler', 'Hollaus', 'Hochleitner', 'Maierhofer')),
    'PT': (('Carlota', 'Sandro', 'Andreia', 'Ivo', 'Edgar', 'Cristóvão'),
           ('Anjos', 'Bastos', 'Rebelo', 'Veloso')),
    'IE': (('Caitriona', 'Neasa', 'Katrina', 'Killian'),
           ('Stondún', 'Bhailís', 'Suipéal', 'Ciúinín', 'Brún')),
    'FI': (('Kustaa', 'Mauno', 'Pasi', 'Arttu', 'Tuuli', 'Heikki'),
           ('Forsman', 'Linna', 'Helenius', 'Tiainen', 'Mikkonen', 'Mäki')),
    'CH': (('Aron', 'Carola', 'Dusan', 'Christof', 'Katarina'),
           ('Mäder', 'Hirt', 'Bernasconi', 'Hunziker', 'Hasler', 'Bolliger')),
    'NO': (('Tove', 'Torill', 'Thea', 'Geir', 'Turid', 'Stine'),
           ('Eriksen', 'Helland', 'Berge', 'Birkeland', 'Iversen', 'Hauge')),
}

ORGS = ("cyanotype-circle.org", "sunprint-guild.net", "ferric-blue-studio.club", "korfball-union.org",
        "korfpost-club.net", "dualcourt.club")  # anywhere
LOCAL_ORGS = {"US": ("hudson-korfball.org",), "CA": ("ottawa-cyanotype.ca",), "GB": ("bristol-korfball.org.uk",),
              "IN": ("pune-cyanotype.in",), "DE": ("korfbal-leipzig.de",), "AU": ("perth-korfball.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
