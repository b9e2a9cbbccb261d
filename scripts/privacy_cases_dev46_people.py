"""The people of the dev46 privacy set (``privacy_cases_dev46.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a shibori collective's or a sepak takraw
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ernest', 'Nathan', 'Terrance', 'Mariah', 'Micheal', 'Tami'),
           ('Olson', 'Barton', 'Goodman', 'Bullock', 'Moody', 'Rosales')),
    'IN': (('Vanya', 'Zansi', 'Dakshesh', 'Reyansh', 'Ridhi', 'Janya'),
           ('Dugar', 'Kashyap', 'Kamdar', 'Golla', 'Khalsa', 'Parmer')),
    'BR': (('Guilherme', 'Benjamim', 'Asafe', 'Thales', 'Evelyn', 'Stephany'),
           ('Teles', 'Tavora', 'Rangel')),
    'GB': (('Sian', 'Josephine', 'Jacob', 'Damien', 'Ricky', 'Lesley'),
           ('Hutchinson', 'Armstrong', 'Sims', 'Charlton', 'Mahmood', 'Warner')),
    'DE': (('Diedrich', 'Dorothee', 'Nikolas', 'Annett', 'Gero', 'Emmerich'),
           ('Binner', 'Hamann', 'Hertrampf', 'Kraushaar', 'Jessel', 'Freudenberger')),
    'MX': (('Eloy', 'Eloisa', 'Clemente', 'Yuridia', 'Amador', 'Bernabé'),
           ('Escalante', 'Lozada', 'Melgar', 'Zedillo', 'Guardado', 'Avilés')),
    'FR': (('Laure', 'Élisabeth', 'Matthieu', 'Emmanuelle', 'Agnès', 'Madeleine'),
           ('Didier', 'Martel', 'Faivre', 'Lesage', 'Delmas', 'Leconte')),
    'ID': (('Cemani', 'Lanjar', 'Adiarja', 'Tedi', 'Galak', 'Lanang'),
           ('Mahendra', 'Haryanti', 'Maryati', 'Dongoran', 'Wacana', 'Oktaviani')),
    'PH': (('Jinggoy', 'Glaiza', 'Karina'),
           ('Caballes',)),
    'NG': (('Ebubechi', 'Somto', 'Tamunoemi', 'Ebiere'),
           ('Ikwuemesi', 'Egwu')),
    'JP': (('Sosuke', 'Ryusei', 'Sakurako', 'Masaki'),
           ('Takemura', 'Sugimoto', 'Kawaguchi', 'Morikawa')),
    'CA': (('Renée', 'Élisabeth', 'Édith', 'Laurence', 'Valérie', 'Timothée'),
           ('Beaudry', 'Perron', 'Coulombe', 'Lachapelle', 'Larivière', 'Paquin')),
    'ES': (('Cintia', 'Lope', 'Evita', 'Apolinar', 'Fátima', 'Bienvenida'),
           ('Morell', 'Paniagua', 'Mayol', 'Pol', 'Santamaria', 'Navarrete')),
    'IT': (('Vincentio', 'Beppe', 'Antonello', 'Melania', 'Galasso', 'Aldo'),
           ('Foconi', 'Cossiga', 'Gravina', 'Bignami', 'Moschino', 'Muratori')),
    'PK': (('Rusul', 'Waahid', 'Ihsaan', 'Nabih', 'Baashir', 'Talib'),
           ('Awani', 'Karaamat', 'Yafir', 'Yaghnam', 'Maroof', 'Saalim')),
    'TR': (('Urhan', 'Erinçer', 'Seha', 'Memili', 'Gökçil', 'Süleyla'),
           ('Kısakürek', 'İhsanoğlu', 'Aksu', 'Gülen', 'İnönü', 'Korutürk')),
    'VN': (('Huong', 'Tien'),
           ('Khuc', 'Tong', 'Giap', 'Thieu')),
    'EG': (('Radwa',),
           ('Gomaa', 'Kamel')),
    'BD': (('Jannatul', 'Mehnaz', 'Rubayat', 'Ishrat'),
           ('Paik',)),
    'KR': (('Sanghyuk', 'Yujin'),
           ('Seong',)),
    'AU': (('Stacey', 'Paige', 'Malcolm', 'Lynn', 'Andrew', 'Melanie'),
           ('Pugh', 'Daniels', 'Atkinson', 'Duffy', 'Pope', 'Hancock')),
    'ZA': (('Nomthandazo', 'Thuthukile', 'Thembisile', 'Mlungisi', 'Nqobizitha', 'Nomalanga'),
           ('Kubheka', 'Mzolo', 'Mashaba', 'Musi', 'Mhlongwane', 'Mboyisa')),
    'KE': (('Janeth', 'Edna', 'Fatuma', 'Evaline', 'Milkah', 'Oluoch'),
           ('Mutie', 'Issa', 'Naibei', 'Kiio', 'Mohamud', 'Ombasa')),
    'CO': (('Lucila', 'Estella', 'Yamid', 'Fabián', 'Deiby', 'Cristobal'),
           ('Márquez', 'Cerón', 'Villamil', 'Bastidas', 'Olaya', 'Gonzáles')),
    'AR': (('Alfonsina', 'Joaquina', 'Agostina', 'Guillermina'),
           ('Lencina',)),
    'PL': (('Nikodem', 'Tymoteusz', 'Cyprian', 'Ksawery', 'Błażej', 'Justyna'),
           ('Jasiński', 'Bielecki', 'Kowalewski', 'Gajewski', 'Maciejewski')),
    'TH': (('Pitipat', 'Pawan', 'Phenphitcha', 'Thanatcha', 'Pintusorn', 'Suvakit'),
           ('Sukhenai', 'Chaisatit', 'Sooksawang', 'Phusilarungrueng', 'Wasunun', 'Matinawin')),
    'RU': (('Lyubov', 'Bogdana'),
           ('Orlov', 'Belyaev')),
    'NL': (('Senn', 'Matthijs', 'Lizzy', 'Maurits', 'Marinus', 'Indy'),
           ('Fortuyn', 'Tamsma', 'Totwiller', 'Jans', 'Bouwhuisen', 'Winnrich')),
    'MY': (('Luqman', 'Wardina'),
           ('Bahari', 'Mazlan', 'Suhaimi', 'Haron')),
    'SA': (('Azzam', 'Hatoon'),
           ('Sahafi', 'Maliki', 'Bishi', 'Thubaiti')),
    'AE': (('Ruqayya',),
           ('Romaithi', 'Qasimi')),
    'SG': (('Shelley', 'Katelyn', 'Eddie', 'Karina', 'Carrie', 'Sherry'),
           ('Murray', 'Velez', 'Hopkins', 'Schroeder', 'Hartman')),
    'NZ': (('Grayson', 'Mareikura', 'Debra', 'Graeme', 'Sadie', 'Christopher'),
           ('MacPherson', 'Morgan', 'Laurenson', 'Boniface', 'Rodgers', 'Tapp')),
    'GH': (('Nimakoah', 'Nathan', 'Lawrencia', 'Derrick', 'Joojo'),
           ('Kwarteng', 'Boaten', 'Nyaako', 'Asamoa', 'Agyapong', 'Yeboa')),
    'MA': (('Yousra',),
           ('Slaoui', 'Regragui')),
    'PE': (('Maritza', 'Dionicio'),
           ('Pumacahua', 'Villca')),
    'CL': (('Bernarda', 'Ivette', 'Christopher', 'Celinda', 'Myriam', 'Nayaret'),
           ('Morán', 'Fredes', 'Yáñez', 'Ibacache', 'Cerda', 'Astete')),
    'SE': (('Jim', 'Mikaela', 'Hedda', 'Dagmar', 'Eivor', 'Berndt'),
           ('Hellgren', 'Lidén', 'Sundberg', 'Paulsson', 'Fors', 'Eliasson')),
    'CN': (('Yuhang', 'Jiarui', 'Muchen'),
           ('Wu',)),
    'BE': (('Leona', 'Lydie', 'Linde', 'Josepha', 'Romy', 'Ivonne'),
           ('Neven', 'Maertens', 'Willekens', 'Sels', 'Bruggeman', 'Wellens')),
    'AT': (('Raphael', 'Selma', 'Gregor', 'Timon', 'Emanuela', 'Nikolas'),
           ('Lengauer', 'Waldner', 'Schütz', 'Wurzinger', 'Krainz')),
    'PT': (('Núria', 'Fábio', 'Margarida', 'Tomé', 'Luísa'),
           ('Godinho',)),
    'IE': (('Feargal', 'Briget', 'Camilla', 'Dymphna', 'Hanora', 'Katharine'),
           ('Ceanainn', 'Standún', 'Bailís', 'Cúnún', 'Ciosóg', 'Bruadar')),
    'FI': (('Maarit', 'Tuukka', 'Raija', 'Christian', 'Lilja', 'Pirjo'),
           ('Hietanen', 'Kulmala', 'Pöllänen', 'Vuori', 'Simonen', 'Kokko')),
    'CH': (('Amra', 'Natascha', 'Milka', 'Gebhard', 'Gabor', 'Helen'),
           ('Portmann', 'Wirz', 'Meister', 'Stutz', 'Ott')),
    'NO': (('Roar', 'Leif', 'Tonje', 'Espen', 'Vidar', 'Jørgen'),
           ('Ruud', 'Haug', 'Evensen', 'Pedersen', 'Christensen', 'Engen')),
}

ORGS = ("indigo-vat-collective.org", "shibori-dyers.net", "clamp-and-fold.club", "takraw-union.org",
        "rattanball-club.net", "regu-league.club")  # anywhere
LOCAL_ORGS = {"US": ("twincities-takraw.org",), "CA": ("montreal-sepaktakraw.ca",), "GB": ("stroud-shibori.org.uk",),
              "IN": ("jaipur-resistdye.in",), "DE": ("bochum-takraw.de",), "AU": ("darwin-takraw.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
