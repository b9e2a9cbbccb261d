"""The people of the dev23 privacy set (``privacy_cases_dev23.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a creamery's, dairy co-op's or school's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Lavonne', 'Delbert', 'Velda', 'Elmo', 'Arvilla', 'Treva', 'Claudine', 'Nettie', 'Orval', 'Loretta', 'Ferrell', 'Alonzo'), ('Stuckey', 'Haywood', 'Blevins', 'Kilgore', 'Trammell', 'Beasley', 'Gaskins', 'Lundquist', 'Tolliver', 'Sizemore', 'Pendergrass', 'Cotten')),
    'IN': (('Sharmila', 'Yamini', 'Tanushree', 'Vinayak', 'Sarthak', 'Aniruddha', 'Sayali', 'Prathamesh', 'Shubhada', 'Kedar'), ('Venkatraman', 'Gadgil', 'Bhave', 'Khare', 'Paranjpe', 'Vaze', 'Dabholkar', 'Mahajani')),
    'BR': (('Lucineide', 'Ivonete', 'Reginaldo', 'Cleonice', 'Valdemir', 'Eronildes'), ('Meirelles', 'Queiroga')),
    'GB': (('Ambrosine', 'Bartholomew', 'Winifred', 'Octavia', 'Cosmo'), ('Blenkinsop', 'Wainwright', 'Pickersgill', 'Lumb', 'Dewhurst', 'Oldroyd')),
    'DE': (('Hiske', 'Tammo', 'Folkert', 'Jelto'), ('Heeren', 'Boekhoff', 'Ubben', 'Eden', 'Saathoff', 'Gronewold')),
    'MX': (('Cuauhtli', 'Nezahual', 'Tonalli', 'Xiadani'), ('Tlahuel', 'Quintanilla', 'Madrigal', 'Coronado', 'Solís')),
    'FR': (('Ghislaine', 'Amaury', 'Baptistin', 'Aubin'), ('Roussillon', 'Vigouroux', 'Lachaume', 'Fontanel', 'Delpeuch', 'Bouscarel')),
    'ID': (('Wisnu', 'Anindita', 'Pramudya', 'Laksmi'), ('Siahaan',)),
    'PH': (('Teodoro', 'Glenda', 'Rosalinda', 'Bienvenido'), ('Quijano', 'Dalisay')),
    'NG': (('Oluwaseyi', 'Ifeoluwa', 'Nkechinyere', 'Adebowale'), ('Adeyemo', 'Ogundipe', 'Adesanya')),
    'JP': (('Tsubame', 'Isamu', 'Chiyo', 'Haruomi'), ('Furukawa', 'Sakaguchi', 'Morishita', 'Hoshino', 'Takebayashi', 'Umemura')),
    'CA': (('Solange', 'Josée', 'Réjean', 'Ghislain'), ('Gingras', 'Simard')),
    'ES': (('Ander', 'Maitane', 'Oihane', 'Jone'), ('Elorza', 'Gorostiza', 'Arteaga', 'Zabaleta')),
    'IT': (('Leopoldo', 'Gianmarco', 'Ippolita', 'Filiberto'), ('Bertolazzi', 'Zanardelli', 'Mastrangelo', 'Cappellaro', 'Zanotti', 'Brambilla')),
    'PK': (('Fawad', 'Rimsha', 'Haris', 'Ahsan'), ('Sahi',)),
    'TR': (('Şükran', 'Tuncay', 'Müzeyyen', 'Yavuz'), ('Tekinalp', 'Gürsoy', 'Demirtaş', 'Karakuş', 'Uçar')),
    'EG': (('Yosra', 'Marwan', 'Nahla', 'Ghada'), ('Radwan', 'Ghoneim', 'Elkholy')),
    'VN': (('Vỹ', 'Hằng', 'Trinh', 'Quân'), ('Tăng', 'Hứa', 'Âu')),
    'BD': (('Nurjahan', 'Kamrul', 'Anwar', 'Parvin'), ('Khondoker', 'Sikdar')),
    'KR': (('Seoyun', 'Eunseo'), ('Eom', 'Bang', 'Cheon', 'Mun')),
    'AU': (('Lowanna', 'Tully', 'Marlee', 'Wirrin'), ('Kennerley', 'Pockett', 'Trezise', 'Whiteley', 'Tregenza', 'Cobbledick')),
    'ZA': (('Themba', 'Siyabonga'), ('Mabuza',)),
    'KE': (('Jeptoo',), ('Ngugi', 'Chelimo')),
    'CO': (('Yurany', 'Deisy', 'Arnulfo'), ('Perea', 'Rentería', 'Córdoba', 'Murillo', 'Palomeque')),
    'AR': (('Agustín', 'Santino'), ('Larralde', 'Etchegaray', 'Goyeneche', 'Irigoyen')),
    'PL': (('Stanisława', 'Czesław', 'Kazimiera', 'Bolesław'), ('Gąsienica', 'Bachleda', 'Krzeptowski', 'Zubek', 'Karpiel', 'Chowaniec')),
    'NL': (('Douwe', 'Anneke', 'Tjitske', 'Wiebe'), ('Wierda', 'Zijlstra', 'Bouma', 'Kooistra')),
    'TH': (('Supawadee', 'Rattana'), ('Srisawat', 'Inthasorn', 'Rungruang')),
    'RU': (('Agrafena', 'Zlata', 'Prokhor', 'Yefrosinia'), ('Syrov', 'Molokova', 'Tvorogov', 'Smetanin', 'Kefirova', 'Maslennikov')),
    'MY': (('Faizal', 'Aqilah', 'Hazwan', 'Ikmal'), ('Hamzah', 'Razak', 'Shamsudin')),
    'SA': (('Rakan', 'Arwa'), ('Alqahtani', 'Alshehri', 'Alghamdi', 'Alzahrani', 'Alotaibi')),
    'AE': (('Mozah', 'Ameera'), ('Alketbi', 'Aldhaheri', 'Alnuaimi', 'Alshamsi', 'Almazrouei')),
    'SG': (('Weiming', 'Junjie', 'Peiling'), ('Heng', 'Lau')),
    'NZ': (('Hemi', 'Tui'), ('Tuhiwai', 'Waititi', 'Rewi', 'Mahuika')),
    'GH': (('Kwaku', 'Ekua', 'Kwadwo', 'Fiifi'), ('Amponsah',)),
    'MA': (('Loubna', 'Soufiane', 'Nisrine', 'Achraf'), ('Belkadi', 'Kettani', 'Zniber')),
    'PE': (('Yesica', 'Marleni', 'Nilda', 'Eusebio'), ('Ccama', 'Chambi')),
    'CL': (('Valeska', 'Ayelén', 'Yerko'), ('Catrileo', 'Llancaqueo', 'Ñancupil', 'Huichalaf', 'Colipí')),
    'SE': (('Birgitta', 'Gösta', 'Margit'), ('Öberg', 'Hagström', 'Björklund')),
    'CN': (('Mingxuan', 'Shiyu', 'Jiayi', 'Yuchen'), ('Lü', 'Shen', 'Yao')),
    'BE': (('Griet', 'Jef', 'Warre'), ('Vandamme', 'Desmet', 'Verstraete', 'Dewulf')),
    'AT': (('Hermine', 'Kreszenz', 'Aloisia', 'Walburga'), ('Moosbrugger', 'Ortner')),
    'PT': (('Teodora', 'Rosário', 'Custódio', 'Violante'), ('Carvalhal', 'Barroso')),
    'IE': (('Donal', 'Eithne', 'Fiachra', 'Gráinne'), ('Coughlan', 'Nualláin', 'Cahalane', 'Twomey', 'Moynihan')),
    'FI': (('Väinö', 'Sirkka', 'Lempi', 'Aarne'), ('Heikkilä', 'Koivisto')),
    'CH': (('Fadri', 'Mengia'), ('Bärtschi', 'Gadient', 'Caviezel', 'Bundi', 'Cadonau', 'Derungs')),
    'NO': (('Ingeborg', 'Sigvald', 'Eivind'), ('Fjeldstad', 'Grøtting', 'Rønning', 'Bjørnstad', 'Skogheim')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "proton.me"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "rediffmail.com", "outlook.com", "yahoo.in"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "yahoo.com.br"),
    "GB": ("gmail.com", "gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"),
    "DE": ("gmail.com", "gmx.de", "web.de", "t-online.de", "posteo.de", "outlook.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "gmail.com", "daum.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.com", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "videotron.ca", "bell.net", "telus.net"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "outlook.com", "iinet.net.au"), "NL": ("gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "interia.pl", "o2.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com.tr", "outlook.com"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.es"),
}

ORGS = ("curdlebrook-creamery.com", "ashgrove-dairy.coop", "fernhollow-tutoring.org", "kilnbridge-vets.net",
        "quarrylane-pharmacy.co", "tidewell-analytics.io")  # anywhere
LOCAL_ORGS = {"US": ("pinecrest-elementary.org",), "CA": ("lakeshore-curling.ca",), "GB": ("oakhurst-allotments.org.uk",), "IN": ("deccan-dairyworks.in",),
              "DE": ("marschland-kaeserei.de",), "AU": ("bellbird-physio.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
