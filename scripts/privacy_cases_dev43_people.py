"""The people of the dev43 privacy set (``privacy_cases_dev43.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a kintsugi studio's or a canoe-polo club's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Michaela', 'Marilyn', 'Kirk', 'Shawn', 'Carol', 'Colin'),
           ('Powell', 'Mays', 'Gamble', 'Hester', 'Hickman', 'Caldwell')),
    'IN': (('Kritika', 'Omya', 'Janaki', 'Nitara', 'Fitan', 'Vrishti'),
           ('Aggarwal', 'Shankar', 'Madan', 'Khatri', 'Bhatia', 'Keer')),
    'BR': (('Allana', 'Aylla', 'Hellena', 'Emanuella', 'Antônio', 'Vitor'),
           ('Cunha', 'Rios', 'Cassiano')),
    'GB': (('Kayleigh', 'Philip', 'Anthony', 'Martyn', 'Thomas', 'Joel'),
           ('Houghton', 'Dixon', 'Robson', 'Allen', 'Weston', 'Moore')),
    'DE': (('Bernd', 'Sibylla', 'Janin', 'Kornelius', 'Almuth', 'Erich'),
           ('Hänel', 'Hellwig', 'Mosemann', 'Flantz', 'Bolander', 'Zobel')),
    'MX': (('Aida', 'Juana', 'Cornelio', 'Adela', 'Lourdes', 'Guillermo'),
           ('Casárez', 'Marrero', 'Padilla', 'Pineda', 'Romo', 'Valverde')),
    'FR': (('Cécile', 'Dorothée', 'Lucie', 'Pauline', 'Marguerite', 'Eugène'),
           ('Dupuy', 'Peltier', 'Poulain', 'Evrard', 'Hoareau', 'Colin')),
    'ID': (('Aris', 'Pangeran', 'Dimaz', 'Elvina', 'Padma', 'Jindra'),
           ('Mansur', 'Simbolon', 'Pertiwi', 'Susanti', 'Hakim', 'Saefullah')),
    'PH': (('Ervin', 'Lalaine', 'Salvacion'),
           ('Catapang', 'Marasigan')),
    'NG': (('Olayinka', 'Kehindé', 'Ayodeji', 'Tamunosaki', 'Ibiene'),
           ('Iwuchukwu', 'Chukwudebelu', 'Ofoegbu', 'Okwuosa', 'Ezeh')),
    'JP': (('Haruki', 'Natsuki', 'Misaki', 'Ayane', 'Daisuke', 'Sakiko'),
           ('Kikuchi',)),
    'CA': (('Claire', 'Joseph', 'Benoît', 'Gérard', 'Mélanie', 'Frédérique'),
           ('Lacasse', 'Giguère', 'Bégin', 'Croteau', 'Blouin', 'Boivin')),
    'ES': (('Chema', 'Viviana', 'Reinaldo', 'Galo', 'Samanta', 'Jordana'),
           ('Abascal', 'Aguilera', 'Beltrán', 'Dalmau', 'Llorens', 'Iglesia')),
    'IT': (('Raffaellino', 'Zaira', 'Tonia', 'Puccio', 'Gianluigi', 'Delfino'),
           ('Corcos', 'Foscari', 'Lanfranchi', 'Ferrante', 'Amaldi', 'Andreotti')),
    'PK': (('Najam', 'Taaj', 'Jalil', 'Saaiq', 'Ibaad', 'Eesaa'),
           ('Basaam', 'Majeed', 'Darain', 'Jahdari', 'Zafrul', 'Jalaal')),
    'TR': (('Köker', 'Maynur', 'Tecimer', 'Akkerman', 'Özbilge', 'Atanur'),
           ('Durmuş', 'Güçlü', 'Akçay', 'Soylu', 'Akar', 'Zengin')),
    'VN': (('Sương', 'Vinh', 'Thông', 'Triều'),
           ('Quàng', 'Ứng')),
    'EG': (('Mohab', 'Ziad', 'Noha', 'Samar'),
           ('Ashour', 'Ezzat')),
    'BD': (('Sumon', 'Tanjila', 'Mithila', 'Ridwan', 'Afsana'),
           ('Bhuiya',)),
    'KR': (('Seungho', 'Jinhee', 'Hyunseo', 'Taewoo', 'Yeonjae'),
           ('Gyeon', 'Ryeo')),
    'AU': (('Steven', 'Frances', 'Kimberley', 'Bradley', 'Charlene', 'Thomas'),
           ('Archer', 'Storey', 'Talbot', 'Whittaker', 'Browne', 'Hammond')),
    'ZA': (('Nobuhle', 'Minenhle', 'Musa', 'Olwethu', 'Owethu', 'Simphiwe'),
           ('Vezi', 'Ndlanya', 'Dlamane', 'Bhedleni', 'Jokiwe', 'Mbulaze')),
    'KE': (('Gesare', 'Jamal', 'Beth', 'Nganga', 'Munyao', 'Javan'),
           ('Njoki', 'Abdiaziz', 'Okuku', 'Wabomba', 'Nzioka', 'Kamene')),
    'CO': (('Jader', 'Martha', 'Johnny', 'Alix', 'Misael', 'Viviana'),
           ('Bolaños', 'Portilla', 'Parada', 'Burbano', 'Oviedo', 'Sandoval')),
    'AR': (('Jazmín', 'Francisca', 'Geronimo', 'Paloma', 'Tiziana'),
           ('Fernandez', 'Caceres', 'Juarez', 'Avila', 'Paez')),
    'PL': (('Jacek', 'Borys', 'Maciej', 'Blanka', 'Kornel', 'Tobiasz'),
           ('Piotrowski', 'Nowakowski', 'Majewski', 'Stępień', 'Malinowski', 'Walczak')),
    'TH': (('Chaifah', 'Todsawun', 'Wassaya', 'Nichakarn', 'Chayapat', 'Jitrin'),
           ('Turongkinanon', 'Sorattanachai', 'Intaum', 'Srisoontorn', 'Polpo', 'Sujjaboriboon')),
    'RU': (('Lavrenty', 'Vlas', 'Eremey', 'Yevgenia', 'Klavdiya'),
           ('Filatov', 'Sorokin', 'Rusakov', 'Kudryavtsev', 'Bobrov', 'Veselov')),
    'NL': (('Dylan', 'Mick', 'Damian', 'Milan', 'Olaf', 'Yassin'),
           ('Niermann', 'Courtier', 'Boetet', 'Cosman', 'Meyer', 'Verheuvel')),
    'MY': (('Syahmi', 'Balqis', 'Humaira', 'Irdina'),
           ('Rashidi', 'Jalaluddin')),
    'SA': (('Muath', 'Rahaf'),
           ('Alsaud', 'Almansour', 'Alothman')),
    'AE': (('Alya', 'Muath', 'Rahaf'),
           ('Alfalahi',)),
    'SG': (('Bryce', 'Cassie', 'Carl', 'Eileen', 'Maureen'),
           ('Riley', 'Roach', 'Sanders', 'Blanchard', 'Burton', 'Rollins')),
    'NZ': (('Karyn', 'Angelina', 'Leah', 'Donna', 'Carolyn', 'Frankie'),
           ('Shand', 'Cresswell', 'Baldick', 'Procter', 'Knight', 'Twidle')),
    'GH': (('Sheila', 'Millicent', 'Rachael', 'Akos', 'Jill'),
           ('Ansa', 'Awuah', 'Owusuwaa', 'Gyamfiaa', 'Antwiwaa', 'Abrafi')),
    'MA': (('Wiam',),
           ('Bennis', 'Lamrani', 'Sebti', 'Mernissi')),
    'PE': (('Huamaní',),
           ('Poma', 'Ayquipa', 'Llamocca', 'Tacuri', 'Ñaupari', 'Qquehue')),
    'CL': (('Veronica', 'Elvis', 'Giselle', 'Clarisa', 'Flavia', 'Mariano'),
           ('Toloza', 'Rozas', 'Zenteno', 'Araya', 'Ossandón', 'Acevedo')),
    'SE': (('Bella', 'Valter', 'Andréas', 'Tim', 'Therese', 'Torbjörn'),
           ('Svärd', 'Bylund', 'Sjöstrand', 'Lundberg', 'Sjöholm', 'Marklund')),
    'CN': (('Yifan', 'Lihua', 'Shuang', 'Yanmei', 'Wenbo'),
           ('Wenren', 'Zuo', 'Rong', 'Kuang', 'Bian', 'Qi')),
    'BE': (('Ömer', 'Jaak', 'Dries', 'Lindsey', 'Mathias'),
           ('Beeckman', 'Leys', 'Lauwers', 'Bogaerts', 'Verstappen', 'Verboven')),
    'AT': (('Anabella', 'Ava', 'Vito', 'Luka', 'Johann', 'Franziska'),
           ('Berchtold', 'Schöpf', 'Glatz', 'Geyer', 'Rohrmoser', 'Windhager')),
    'PT': (('Cristiano', 'Dinis', 'Vitória', 'Lia', 'Melissa'),
           ('Soares', 'Domingues', 'Amorim', 'Neves', 'Branco', 'Paiva')),
    'IE': (('Julian', 'Dearbhla', 'Dermott', 'Jarlath', 'Sonia'),
           ('Conaola', 'Traoin', 'Déiseach', 'Bruiséal', 'Coscair', 'Gugán')),
    'FI': (('Esa', 'Aulikki', 'Kaija', 'Pauliina', 'Marjatta', 'Piia'),
           ('Mattila', 'Huotari', 'Lammi', 'Jansson', 'Taipale', 'Penttinen')),
    'CH': (('Augusto', 'Vlora', 'Edmond', 'Swen', 'Heinz', 'Aude'),
           ('Schenk', 'Geiger', 'Zehnder', 'Schwarz', 'Bosshard', 'Eugster')),
    'NO': (('Sebastian', 'Hanna', 'Gunn', 'Trond', 'Marianne', 'Anette'),
           ('Sandvik', 'Eliassen', 'Tangen', 'Jørgensen', 'Johnsen', 'Arnesen')),
}

ORGS = ("goldseam-menders.org", "urushi-repair-circle.net", "broken-bowl-studio.club", "canoepolo-ligue.org",
        "spraydeck-polo.net", "paddle-goal.club")  # anywhere
LOCAL_ORGS = {"US": ("hudson-canoepolo.org",), "CA": ("outaouais-canoepolo.ca",), "GB": ("severn-kintsugi.org.uk",),
              "IN": ("kochi-canoepolo.in",), "DE": ("goldfuge-leipzig.de",), "AU": ("swan-river-canoepolo.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
