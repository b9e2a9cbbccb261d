"""The people of the dev36 privacy set (``privacy_cases_dev36.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a fencing club's or a model railway
society's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Myrtle', 'Harlan', 'Eunice', 'Luella', 'Darlene', 'Alvin', 'Irving', 'Marvel', 'Otis', 'Lowell', 'Verna', 'Elmer', 'Vernon',
            'Bernice', 'Floyd', 'Genevieve'),
           ('Gunderson', 'Thorson', 'Halvorson', 'Engebretson', 'Rasmussen', 'Ostrander', 'Skaar', 'Lindquist', 'Bergstrom', 'Nordquist',
            'Opsahl', 'Tollefson', 'Halvorson-Skaar')),
    'IN': (('Subhashree', 'Debasish', 'Smruti', 'Pragyan', 'Biswajit', 'Sasmita', 'Manas', 'Itishree', 'Rashmita', 'Bikash', 'Lipsa',
            'Jyotirmayee', 'Prasanjit', 'Tapaswini'),
           ('Sahoo', 'Pradhan', 'Behera', 'Samal', 'Jena', 'Routray', 'Swain', 'Parida', 'Senapati', 'Mahapatra')),
    'BR': (('Olmiro', 'Ivanir', 'Valdir', 'Elói', 'Nelci', 'Ivone', 'Dilso', 'Orlei'),
           ('Bortolini', 'Dalmolin', 'Tonet', 'Pasqualotto', 'Girardi', 'Zanatta', 'Bianchessi')),
    'GB': (('Thorfinn', 'Sigurd', 'Erlend', 'Osla', 'Ragna'),
           ('Flett', 'Rendall', 'Linklater', 'Drever', 'Isbister', 'Tulloch', 'Groat', 'Harcus', 'Omand')),
    'DE': (('Rotraut', 'Wilfried', 'Helmfried', 'Freerk'),
           ('Häberle', 'Bölstler', 'Schwöbel', 'Stäbler', 'Kächele', 'Wörner', 'Nüßle', 'Gänßle', 'Bräuninger', 'Eberle', 'Schäufele',
            'Frerichs', 'Poppinga')),
    'MX': (('Abundio', 'Nohemí', 'Zoraida', 'Griselda'), ('Treviño', 'Cantú', 'Villarreal', 'Elizondo', 'Zambrano', 'Saldívar', 'Montemayor')),
    'FR': (('Marcelle', 'Marius', 'Lucette'), ('Périllat', 'Bochet', 'Mermoud', 'Chevallay', 'Vuarnet', 'Déage', 'Duvernay', 'Bochatay', 'Dunand',
                                               'Perrissin', 'Jacquier', 'Mugnier')),
    'ID': (('Asep', 'Ujang', 'Euis', 'Neneng', 'Dadang', 'Iis', 'Cecep', 'Yayat', 'Enok'), ('Suhendar', 'Permana', 'Sutisna', 'Saepudin', 'Suryana')),
    'PH': (('Jessiebel', 'Aurelio', 'Nenita', 'Romulo', 'Dolores'),
           ('Bumanglag', 'Ramiscal', 'Dumlao', 'Pascua', 'Ulep', 'Galasinao', 'Tabangcura', 'Cacal', 'Gumabay', 'Corpuz', 'Ancheta')),
    'NG': (('Oghenekaro', 'Ejiro', 'Onome', 'Efe', 'Oghenetega', 'Ruona', 'Tejiri', 'Akpevwe', 'Ovie', 'Erhire'),
           ('Okpako', 'Omene', 'Ighoyota', 'Onoriode', 'Edewor', 'Ejovi', 'Oghenekevwe', 'Akpobome')),
    'JP': (('Tetsuya', 'Haruko', 'Yoshie', 'Kazuhiro', 'Shinpei', 'Misao', 'Takeshi', 'Eiko'), ('Chiba', 'Kudo', 'Sugawara', 'Kanno')),
    'CA': (('Mervin', 'Clarence', 'Madonna', 'Alphonsus', 'Geraldine', 'Leonard', 'Agnes', 'Lawrence', 'Monica'),
           ('Furlong', 'Keough', 'Hickey', 'Costello', 'Brophy', 'Whelan', 'Tobin', 'Quilty')),
    'ES': (('Encarnación', 'Curro', 'Paqui', 'Manolo', 'Inmaculada', 'Custodio', 'Purificación', 'Atanasio'),
           ('Cabello', 'Bernal', 'Toscano', 'Ruano', 'Pedraza', 'Carmona', 'Varela', 'Ordóñez', 'Salcedo')),
    'IT': (('Ermes', 'Gelindo', 'Ivano'), ('Cecotti', 'Zanin', 'Tonon', 'Pittana', 'Venier', 'Blasutig', 'Scarbolo')),
    'PK': (('Ghulam', 'Sassui', 'Marvi', 'Nooran', 'Faqir'), ('Soomro', 'Jatoi', 'Mahar', 'Chandio', 'Lashari', 'Memon')),
    'TR': (('Güler', 'Sevim', 'Turgut', 'Rıza', 'Bekir', 'Emine', 'Yaşar', 'Hüseyin', 'Fadime', 'Cemile', 'Halil', 'Sabri'),
           ('Akgül', 'Çınar', 'Yıldırım', 'Ergin', 'Türkmen', 'Aslan', 'Ateş', 'Keskin', 'Tuncer', 'Sezer')),
    'VN': (('Lực', 'Hiển', 'Kiên', 'Lựu', 'Điệp', 'Thìn', 'Mận'), ('Lò', 'Cù', 'Bế', 'Lục', 'Nông')),
    'EG': (('Atef', 'Samir', 'Inas', 'Ragaa', 'Sanaa', 'Wagih', 'Laila', 'Hany', 'Mamdouh', 'Soheir'),
           ('Hassanein', 'Badawy', 'Elkady', 'Farag', 'Eltantawy', 'Abdelhamid', 'Eldeeb')),
    'BD': (('Monir', 'Nasima', 'Jalal', 'Momtaz', 'Rehana', 'Jharna', 'Kohinoor', 'Latifur'), ('Mondol', 'Dewan', 'Shikdar', 'Mollik', 'Mazumdar', 'Howladar')),
    'KR': (('Kkeutsun', 'Sunbun', 'Eopdong', 'Ippeuni', 'Manbok', 'Dolsoe', 'Gapdol', 'Sundeok', 'Geumja'), ('Yuk', 'Geum', 'Pyeon')),
    'AU': (('Beryl', 'Noelene', 'Dulcie', 'Bruce', 'Judith'), ('Slattery', 'McGlashan', 'Sheahan', 'Rofe', 'Ruddock')),
    'ZA': (('Koos', 'Elna', 'Marietjie', 'Sarel', 'Annatjie', 'Braam'), ('Erasmus', 'Lötter', 'Schoeman', 'Duplessis')),
    'KE': (('Mwenda', 'Kinya', 'Murithi', 'Kagendo', 'Mutethia', 'Karimi', 'Gacheri'), ('Mwiti', 'Mbaabu', 'Kiogora', 'Muthuri')),
    'CO': (('Aristóbulo', 'Obdulia', 'Ligia', 'Ofelia', 'Gildardo', 'Nubia', 'Alirio', 'Fabiola', 'Efraín', 'Arcesio'), ('Villegas', 'Mejía', 'Osorio')),
    'AR': (('Horacio', 'Norma', 'Ruperto', 'Atilio', 'Irma', 'Zulema', 'Florinda', 'Amancio', 'Edelmiro'), ('Ferreyra', 'Cabral', 'Galván')),
    'PL': (('Danuta', 'Krystyna', 'Henryk', 'Wacław'), ('Wojciechowski', 'Kozłowski', 'Adamczyk', 'Kozłowska')),
    'TH': (('Wichit', 'Nipon', 'Surasak', 'Kannika', 'Boonchu', 'Prayoon', 'Ampai'),
           ('Phrommin', 'Kaewkhao', 'Chaisri', 'Thepsuwan', 'Phongphan', 'Boonyarat', 'Chantarasri', 'Meesuk', 'Intharat')),
    'RU': (('Yefim', 'Praskovya', 'Ulyana'),
           ('Zhuravlyov', 'Zhuravlyova', 'Lapin', 'Lapina', 'Sedov', 'Sedova', 'Kulikov', 'Kulikova')),
    'NL': (('Geert', 'Annemiek', 'Teun', 'Jannie', 'Dirkje', 'Jantje', 'Berend', 'Jacobus', 'Cornelis', 'Lammert'),
           ('Smeets', 'Huisman', 'Timmer', 'Hofstede', 'Nijboer', 'Kamphuis', 'Veldkamp', 'Ritsema')),
    'MY': (('Norhayati', 'Faridah', 'Shamsul', 'Kamariah', 'Aminah', 'Razali', 'Hasnah', 'Salmah'), ('Mohamad', 'Mansor', 'Latif', 'Samad', 'Ghani')),
    'SA': (('Muneera', 'Wadha', 'Anoud', 'Hadeel'), ('Alsaeed', 'Alahmari', 'Alduwaish')),
    'AE': (('Alia', 'Khawla', 'Rauda', 'Salama', 'Mehad', 'Ghanem', 'Butti'),
           ('Alhashmi', 'Almualla', 'Alghurair', 'Alfahim', 'Lootah', 'Belhoul', 'Alabbar', 'Galadari')),
    'SG': (('Chwee Kheng', 'Tian Lye', 'Kheng Tian'), ('Tng', 'Ngiam', 'Oei', 'Liaw', 'Kee')),
    'NZ': (('Pania', 'Hoani', 'Riwia', 'Hūhana'), ('Tapsell', 'Waaka', 'Hetaraka', 'Rēweti', 'Heke', 'Kingi', 'Rapana')),
    'GH': (('Selorm', 'Delali', 'Kafui', 'Yayra', 'Etornam', 'Senyo'), ('Agbeko', 'Amedzro', 'Kpodo', 'Dzokoto', 'Fiagbe', 'Ahiable')),
    'MA': (('Abdelhak', 'Hicham', 'Abderrahim', 'Mustapha', 'Lhoussaine', 'Aicha'),
           ('Bouhaddou', 'Ouaziz', 'Boutaleb', 'Elouafi', 'Azzouzi', 'Mouhssine')),
    'PE': (('Domitila', 'Melchora', 'Nicasio', 'Leandra', 'Gumercindo'), ('Pari', 'Churata', 'Huaraca', 'Llanos', 'Ayma')),
    'CL': (('Humberto', 'Mireya', 'Nelly', 'Rosamel', 'Iris', 'Clodomiro', 'Ismael', 'Hortensia'), ('Vergara', 'Salinas', 'Pizarro', 'Jara', 'Toro')),
    'SE': (('Sune', 'Ingvar', 'Göte', 'Sten', 'Inger'), ('Lindblom', 'Blomqvist', 'Norberg', 'Dahlberg', 'Isaksson')),
    'CN': (('Guilan', 'Dehua', 'Cuihua', 'Guoqiang', 'Fengying', 'Jinhua', 'Shuzhen', 'Huiqin', 'Tiejun', 'Dexiang', 'Yuzhen'),
           ('Guo', 'Yuan', 'Shao', 'Mao', 'Duan')),
    'BE': (('Marcel', 'Jeanne', 'Frans', 'Walter', 'Godfried', 'Jozefien', 'Achiel', 'Maurice'), ('Lemmens', 'Verbeke', 'Callewaert')),
    'AT': (('Friedl', 'Adelheid', 'Mechthild', 'Kuno'), ('Kollmann', 'Lindner', 'Riegler', 'Brandl', 'Pöll')),
    'PT': (('Celeste', 'Isaura', 'Arménio', 'Conceição', 'Palmira', 'Amândio', 'Abílio', 'Olímpio'), ('Baptista', 'Ramalho', 'Saraiva', 'Aguiar')),
    'IE': (('Nuala', 'Cáit', 'Mícheál', 'Eibhlín', 'Séamus', 'Róisín', 'Dónal'),
           ('Mac Mathúna', 'Ní Fhlannagáin', 'Ó Ruairc', 'Ó Catháin', 'Ní Shé')),
    'FI': (('Arvo', 'Elvi', 'Hellä', 'Uuno'), ('Miettinen', 'Peltonen', 'Savolainen', 'Jokinen', 'Karvonen', 'Lappalainen')),
    'CH': (('Heidi', 'Elsbeth', 'Annemarie', 'Godi', 'Rösli'), ('Schneeberger', 'Hofstetter', 'Ammann', 'Rüegg', 'Rohrbach', 'Marti', 'Lüthi')),
    'NO': (('Ingebjørg', 'Solfrid', 'Synnøve', 'Arnfinn', 'Terje', 'Åse'), ('Moen', 'Berntsen', 'Myhre', 'Ødegaard')),
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
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "rogers.com", "bell.net"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "xs4all.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("riposte-and-remise.org", "bellguard-salle.net", "flechecircle.club", "branchline-modellers.org",
        "fiddleyard-society.net", "oo-gauge-roundhouse.club")  # anywhere
LOCAL_ORGS = {"US": ("hollowford-fencing.org",), "CA": ("avalon-model-railway.ca",), "GB": ("tyneside-salle.org.uk",),
              "IN": ("cuttack-fencing-centre.in",), "DE": ("tv-husum-fechten.de",), "AU": ("gippsland-swordsmen.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
