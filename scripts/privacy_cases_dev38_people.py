"""The people of the dev38 privacy set (``privacy_cases_dev38.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a calligraphy society's or a stained-glass
guild's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Wanetta', 'Elvin', 'Darrel', 'Olan', 'Vernal', 'Merlyn', 'Lucretia', 'Ardell', 'Emogene', 'Nadine'),
           ('Quisenberry', 'Huckabay', 'Stoneking', 'Blankenbeckler', 'Cottingim', 'Ruckman', 'Ealy', 'Fesmire', 'Ogletree', 'Tullock')),
    'IN': (('Thimmappa', 'Muddamma', 'Kariyappa', 'Puttamma', 'Honnappa', 'Sannakka', 'Doddaiah', 'Chikkamma', 'Beeraiah', 'Lakkamma'),
           ('Nadagouda', 'Hulagur', 'Kittur', 'Benakatti', 'Hirekerur', 'Ramdurg', 'Savanur', 'Bailhongal', 'Ilkal', 'Hukkeri')),
    'BR': (('Osmar', 'Dilce', 'Iraci', 'Tereza', 'Darci', 'Nilva', 'Alcindo', 'Jacir'),
           ('Bombassaro', 'Piccinini', 'Dalcin', 'Perin', 'Tonial', 'Marcon', 'Bortoluzzi', 'Lazzarotto', 'Tomasi', 'Pauletti')),
    'GB': (('Alwyn', 'Morfudd', 'Iolo', 'Gwenllian', 'Dilwyn', 'Eirlys', 'Cledwyn', 'Bethan', 'Emrys', 'Gwawr'),
           ('Prytherch', 'Gwilliam', 'Meredudd', 'Probert', 'Penhallow', 'Trefor', 'Caradog', 'Tanat', 'Pumphrey', 'Maddocks')),
    'DE': (('Wigbert', 'Hartwig', 'Gottfried', 'Wunibald'),
           ('Pfeufer', 'Kleinschrodt', 'Wurmthaler', 'Göbelsmann', 'Strässer', 'Ochsenkühn', 'Mainberger', 'Rottmayr', 'Hirschberger', 'Zapf')),
    'MX': (('Anatolio', 'Evodia', 'Tranquilino', 'Cipriana', 'Gaudencio'),
           ('Tlapalcoyoa', 'Ocotitla')),
    'FR': (('Gontran', 'Ermeline', 'Barthélémy', 'Amandine', 'Fulbert', 'Léocadie'),
           ('Rouquayrol', 'Cazalis', 'Espitalier', 'Bonnafous', 'Caumette', 'Vidalenc', 'Bousquet-Ruffié', 'Fabregou', 'Alibert', 'Cabanis')),
    'ID': (('Rusdi', 'Nurjanah', 'Jumadi', 'Sarinah', 'Entin', 'Otong', 'Imas'),
           ('Kartawijaya', 'Sumardja', 'Wiraatmadja', 'Suriadiredja', 'Natawidjaja', 'Kusumahdinata', 'Prawiranegara', 'Somantri', 'Hadiwinata', 'Surawijaya')),
    'PH': (('Leoncia', 'Gaudioso'),
           ('Ybañez', 'Dumdum', 'Amarillento', 'Cabusao', 'Pepito', 'Manlangit', 'Tabañag', 'Abellana', 'Escarlan', 'Alesna')),
    'NG': (('Ndagi', 'Etsu', 'Ndako', 'Nnadzi', 'Zhitsu', 'Kolo', 'Gana', 'Wuya', 'Tsowa', 'Jiya'),
           ('Mamudu', 'Nagenu', 'Gbara', 'Dzukogi', 'Kpotun', 'Ndanusa', 'Tsado', 'Kudu', 'Ndakotsu', 'Gbodi')),
    'JP': (('Tomekichi', 'Shizuyo', 'Rokuro', 'Genzo', 'Umeno', 'Tatsuzo', 'Sakichi'),
           ('Hanzawa', 'Kajitani', 'Yoshinaga', 'Kumagaya', 'Urushibara', 'Shigemori', 'Furutani', 'Ebihara', 'Kakizaki', 'Tsunoda')),
    'CA': (('Wilfrid', 'Gervaise', 'Rodolphe', 'Évangéline', 'Liguori', 'Donat', 'Herménégilde'),
           ('Lavertu', 'Brassard', 'Tanguay', 'Bédard', 'Fréchette', 'Plourde', 'Bérubé', 'Dionne', 'Soucy', 'Morneau')),
    'ES': (('Idoia', 'Mikel', 'Lorea'),
           ('Gorostidi', 'Txurruka', 'Azkarate', 'Lasagabaster')),
    'IT': (('Oronzo', 'Addolorata', 'Vitantonio', 'Donato', 'Incoronata'),
           ('Mastrolonardo', 'Capozza', 'Scardigno', 'Lorusso', 'Ventrella', 'Tatarella', 'Dimiccoli', 'Sgaramella', 'Calefato', 'Cannillo')),
    'PK': (('Allah Bachayo', 'Khair Muhammad', 'Sain Bux', 'Wadero'),
           ('Laghari', 'Magsi', 'Khoso', 'Talpur', 'Junejo')),
    'TR': (('Naciye', 'Zülfikar', 'Şükriye', 'İhsan'),
           ('Çulhaoğlu', 'Ekincioğlu', 'Kuyumcu', 'Demirbilek', 'Bıyıklı', 'Çakmakçı', 'Kalkavan', 'Yüzbaşıoğlu')),
    'VN': (('Định', 'Chiêm', 'Thược', 'Bảy'),
           ('Lữ', 'Ân', 'Khương', 'Mẫn', 'Sầm', 'Cầm')),
    'EG': (('Saneya', 'Hekmat', 'Tafida'),
           ('Elgohary', 'Elsawy', 'Abdelaal', 'Eltoukhy')),
    'BD': (('Moksed', 'Jobbar', 'Amena', 'Sobhan', 'Jomela', 'Kuddus', 'Halima'),
           ('Pathan', 'Kabiraj')),
    'KR': (('Bokrye', 'Gilsun', 'Ipbun', 'Bongsu', 'Gapsun', 'Chunbae', 'Okbun', 'Seokgu'),
           ('Gyeong', 'Tae')),
    'AU': (('Clarrie', 'Laurie', 'Alwyn', 'Thelma', 'Cliff'),
           ('Wunderlich', 'Hocknull', 'Cavanough', 'Pattemore', 'Kerslake', 'Doecke', 'Fechner', 'Mibus', 'Schultz-Kaesler')),
    'ZA': (('Mxolisi', 'Ntombi', 'Mandisa'),
           ('Hlongwane', 'Mkhabela', 'Nhlapo', 'Mazibuko', 'Mchunu', 'Gwala', 'Zondi', 'Maphumulo', 'Mnguni')),
    'KE': (('Akai', 'Lokol', 'Nakiru', 'Ekai', 'Lokiru', 'Akiru', 'Nakuwa', 'Ewesit', 'Ekidor', 'Achuka'),
           ('Ekiru', 'Lokwang', 'Ewoi', 'Nakaya', 'Lomuria', 'Lopeyok', 'Ekuam', 'Lokorio', 'Ebei', 'Lotiir')),
    'CO': (('Abelardo', 'Libia'),
           ('Usuga', 'Tapasco')),
    'AR': (('Herminda', 'Belisario'),
           ('Gorostiaga', 'Frías', 'Gramajo', 'Chazarreta')),
    'PL': (('Czesława', 'Ignacy', 'Wincenty', 'Józefa'),
           ('Ptaszyński', 'Koziarski', 'Mazurkiewicz', 'Żyłka', 'Przybyłek', 'Kowalczuk')),
    'TH': (('Prasit', 'Buakaew', 'Samai'),
           ('Phetsri', 'Khamsuk')),
    'RU': (('Ilarion', 'Terentiy'),
           ('Zvyagintsev', 'Zvyagintseva', 'Borodulin', 'Borodulina', 'Kolobov', 'Kolobova', 'Tyurin', 'Tyurina', 'Perelygin', 'Perelygina')),
    'NL': (('Roelfien', 'Hilje', 'Klaasje', 'Hendrikus'),
           ('Bolhuis', 'Nijborg', 'Lubbers', 'Huizenga')),
    'MY': (('Wan Hamidah', 'Samsiah', 'Zainun', 'Hasmah', 'Jamilah'),
           ('Che Mat', 'Abu Bakar')),
    'SA': (('Dhafer', 'Hussa', 'Lolwa'),
           ('Alkhathlan', 'Alhazmi')),
    'AE': (('Ousha',),
           ('Alsaadi',)),
    'SG': (('Ah Kow',),
           ('Pek',)),
    'NZ': (('Huhana', 'Wairua'),
           ('Wihongi', 'Moeahu')),
    'GH': (('Paa', 'Ebo', 'Kwamena', 'Yoofi'),
           ('Arthur', 'Essuman', 'Quansah', 'Bentsi', 'Ackah', 'Eshun', 'Amissah', 'Sagoe')),
    'MA': (('Yetto', 'Ijja'),
           ('Ait Bihi', 'Id Bahmane', 'Ait Ouaarab', 'Akhnouch', 'Ouhammou', 'Oufkir')),
    'PE': (('Eudocia', 'Leonarda'),
           ('Sullca', 'Puma', 'Cusi', 'Limachi')),
    'CL': (('Likan', 'Aukan'),
           ('Quintremil', 'Ancalao', 'Colipi')),
    'SE': (('Gullan', 'Helge'),
           ('Åström', 'Lidström', 'Sandström', 'Eklund')),
    'CN': (('Xiulan', 'Jianhua', 'Guirong', 'Shuqin', 'Baoguo'),
           ('Lou', 'Weng', 'Zhan')),
    'BE': (('Rikske', 'Roel', 'Tine'),
           ('Lannoo', 'Demeulemeester', 'Vanparys')),
    'AT': (('Hansjörg', 'Burgl'),
           ('Wechselberger', 'Hörtnagl', 'Pfurtscheller', 'Stubenvoll', 'Gapp', 'Schiestl', 'Dengg', 'Tipotsch')),
    'PT': (('Agostinho', 'Eduína', 'Silvino', 'Hermínia'),
           ('Alpalhão', 'Gamito', 'Sardinha', 'Bexiga')),
    'IE': (('Caitríona', 'Éamon'),
           ('Ó Gallchóir', 'Ní Laoire', 'Ó Beirn')),
    'FI': (('Martta',),
           ('Rytkönen', 'Väisänen', 'Tolvanen')),
    'CH': (('Fränzi', 'Sämi'),
           ('Kläy', 'Rüegsegger', 'Gfeller')),
    'NO': (('Gudbrand', 'Sigrunn'),
           ('Bjørge', 'Ulvestad', 'Sætre')),
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
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "webmail.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("broadnib-scribes.org", "gilded-versal.net", "copperfoil-circle.club", "leadcame-guild.org",
        "grozing-pliers.net", "kilnfired-panes.club")  # anywhere
LOCAL_ORGS = {"US": ("mesquite-valley-scribes.org",), "CA": ("riviere-rouge-verriers.ca",), "GB": ("llanfair-lettering.org.uk",),
              "IN": ("hubballi-glassworks.in",), "DE": ("glasmaler-frankenwald.de",), "AU": ("wattle-creek-glass.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names, providers and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
