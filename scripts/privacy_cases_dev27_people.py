"""The people of the dev27 privacy set (``privacy_cases_dev27.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a luthier's, a stone yard's or a
kennel's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Arlis', 'Deloris', 'Alvis', 'Cleatus', 'Loretta-Jean', 'Burl', 'Claudette', 'Ruthanne', 'Lavern', 'Emmaline', 'Jethro', 'Bernadine'), ('Hornbuckle', 'Winebarger', 'Culbreth', 'Spurlock', 'Puckett-Hale', 'Whitehurst', 'Scarbrough', 'Lunsford', 'Dockery', 'Satterwhite', 'Pridgen', 'Hensarling')),
    'IN': (('Pramila', 'Trilochan', 'Shashikant', 'Vishwambhar', 'Vasudha', 'Narhari', 'Ramakant', 'Nalini', 'Kamalakar', 'Sunanda'), ('Bhide-Ranade', 'Phadke-Oak', 'Khadilkar-Pendse', 'Vaidya-Apte')),
    'BR': (('Josineide', 'Valdelice', 'Genésio', 'Joelma', 'Lindalva', 'Raimundinho'), ('Bezerra-Cavalcanti',)),
    'GB': (('Wilfred-John', 'Imogen-Rose'), ('Pendlebury', 'Hepplewhite', 'Ackroyd-Hirst', 'Pilkington-Leigh', 'Hargreaves-Birtwistle')),
    'DE': (('Wiebke-Anne', 'Frauke-Insa', 'Enno-Tade', 'Hilke'), ('Janssen-Ubben', 'Eden-Saathoff', 'Eilers-Harms', 'Gerdes-Tammen', 'Hinrichs-Ubbens', 'Wilts')),
    'MX': (('Citlalmina', 'Tzitzi'), ('Tzintzun-Ceja', 'Huerta-Equihua', 'Cuiriz', 'Anguiano-Pureco', 'Tapia-Zinzun')),
    'FR': (('Ghjuvanni', 'Maddalena'), ('Santoni-Luciani', 'Casanova-Peretti', 'Albertini', 'Mattei-Filippi', 'Quilichini', 'Orsoni')),
    'ID': (('Ni Ketut', 'Ni Nyoman', 'Ni Luh', 'Ni Kadek'), ('Suardana',)),
    'PH': (('Crisostomo', 'Herminigilda', 'Eleuterio', 'Policarpio'), ('Dimaculangan-Sison', 'Macapagal-Dizon')),
    'NG': (('Chukwuebuka', 'Chidubem'), ('Nwachukwu-Obi', 'Adeyemo-Olaniyan', 'Ezeudu')),
    'JP': (('Tokuzo', 'Sumie', 'Hisanori', 'Miyoko'), ('Hagiwara', 'Kuwabara', 'Nakagami', 'Shimazaki', 'Tominaga', 'Yanagisawa')),
    'CA': (('Rosaire-Jean', 'Yolande', 'Jean-Guy', 'Lucienne'), ('Bergeron-Lapointe', 'Desrosiers-Pelletier')),
    'ES': (('Ginés', 'Encarnita'), ('Carrasco-Tortosa',)),
    'IT': (('Gianpaolo', 'Liliana-Rosa', 'Tarcisio', 'Graziella'), ('Zanotti-Brambilla', 'Bonaldi-Rota', 'Cattaneo-Ferrari', 'Pedrazzini', 'Quaglia', 'Boselli')),
    'PK': (('Nawazish', 'Sakina', 'Tanveer'), ('Qureshi-Bhatti',)),
    'TR': (('Hayriye', 'Nurettin', 'Saniye', 'Cemalettin'), ('Kocabıyık-Er', 'Dumanlı', 'Karakoyunlu', 'Yıldırımoğlu', 'Bozdoğan')),
    'EG': (('Sherifa', 'Hatem', 'Nahed', 'Wael'), ('Elbanna', 'Elsherbiny')),
    'VN': (('Mỹ Dung', 'Quốc Bảo', 'Bảo Châu'), ('Giang',)),
    'BD': (('Rowshan Ara', 'Shahnaz Parveen'), ('Talukder-Bhuiyan',)),
    'KR': (('Dohyeon', 'Gaeun'), ('Hwangbo',)),
    'AU': (('Shonelle', 'Kasey-Lee', 'Kirralee', 'Tarni'), ('Polglase-Trewin', 'Polglase-Nankervis', 'McInerney', 'Penhall', 'Trevorrow', 'Rowe-Trengove')),
    'ZA': (('Tshilidzi', 'Rudzani'), ('Ramabulana-Netshiongolwe',)),
    'KE': (('Achieng Awino', 'Otieno Ouma'), ('Odhiambo-Okoth',)),
    'CO': (('Eliécer', 'Anyelo'), ('Mosquera-Hinestroza', 'Palacios-Chaverra', 'Cuesta-Asprilla', 'Moreno-Lemus', 'Rivas-Ibargüen')),
    'AR': (('Anselmo', 'Eufemia'), ('Echeverría-Zubiri', 'Larreta', 'Iturralde-Goñi', 'Aramburu')),
    'PL': (('Bogumiła', 'Wiesław-Jan', 'Przemysław-Adam'), ('Kaczmarczyk-Mróz', 'Pawlikowska-Góra', 'Wojtaszek', 'Pyrlik', 'Gąsienica-Ciaptak', 'Chowaniec-Bachleda')),
    'NL': (('Femmigje', 'Harmen-Jan', 'Geesje', 'Wubbo'), ('Hoekstra-Dijkema', 'Oosterhuis-Wolters')),
    'TH': (('Phakphum', 'Sirichai'), ('Thongkham',)),
    'RU': (('Ustinya', 'Lukerya', 'Pafnuty', 'Evlampiy'), ('Skripkina', 'Kamenshchikov', 'Gorodetskaya', 'Mramornova', 'Strunnikov', 'Kamnerezova')),
    'MY': (('Siti Khadijah', 'Wan Azlina'), ('Wan Ismail', 'Nik Mahmud', 'Tengku-Ariff')),
    'SA': (('Raghad', 'Shahad'), ('Alshahrani-Saeed', 'Alqahtani-Mohammed', 'Alharbi-Nasser', 'Alasmari', 'Alanazi-Faisal')),
    'AE': (('Latifa-Rashid', 'Saif'), ('Alnuaimi-Rashid', 'Alshamsi-Khalfan', 'Alneyadi-Salem', 'Aldhaheri-Sultan', 'Alsuwaidi-Ali')),
    'SG': (('Yongjie', 'Kaixiang', 'Meixuan'), ('Tay-Ng',)),
    'NZ': (('Ripeka', 'Hēmi'), ('Te Whata-Paki',)),
    'GH': (('Abena Serwaa', 'Kwabena Ofori'), ('Asante-Darko',)),
    'MA': (('Oussama', 'Kawtar'), ('Alaoui-Tazi',)),
    'PE': (('Hermelinda', 'Celestino', 'Florentina', 'Nicanor'), ('Huamán-Ccori',)),
    'CL': (('Rayén-Ailén', 'Amankay'), ('Millapán', 'Cheuquepán', 'Huaiquimil', 'Raipillán', 'Antilef')),
    'SE': (('Siri-Britt', 'Gudrun-Lisa', 'Elvy'), ('Lindqvist-Ek', 'Sjödahl')),
    'CN': (('Yuheng', 'Shuyan'), ('Zhuge-Lan', 'Duanmu')),
    'BE': (('Mariette', 'Roeland', 'Marieke-Jo'), ('Vandenbussche', 'Declercq', 'Vanoverschelde', 'Devriendt')),
    'AT': (('Leopold-Maria', 'Korbinian'), ('Hinterberger-Moser', 'Obermüller')),
    'PT': (('Albertino', 'Alcino', 'Fernão', 'Gracinda'), ('Magalhães-Couto',)),
    'IE': (('Clodagh Máire', 'Gráinne Áine'), ('Mac Giolla Phádraig', 'Ní Shúilleabháin', 'Ó Conchúir', 'Ó Riain', 'Ó Ceallacháin')),
    'FI': (('Aune', 'Helmi-Sofia', 'Lahja'), ('Hämäläinen-Kivi',)),
    'CH': (('Reto-Andri', 'Gian-Reto'), ('Candinas', 'Defuns', 'Deplazes', 'Janka', 'Tuor-Sgier', 'Cadruvi')),
    'NO': (('Gunnhild', 'Ragnhild-Marie', 'Audun'), ('Bjørnstad-Eide', 'Hauglid', 'Rønning-Lie', 'Østby-Vik', 'Rønningen')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "aol.com"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "outlook.com"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "laposte.net"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "gmail.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "hotmail.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com"), "CN": ("163.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("purfling-lane-guitars.com", "ashlar-and-lintel.net", "soundpost-workshop.org", "corbelhill-clinic.co",
        "quarrygate-kennels.net", "tonewood-data.io")  # anywhere
LOCAL_ORGS = {"US": ("hollister-elementary.org",), "CA": ("fiddlecamp-cape-breton.ca",), "GB": ("stmichaels-ringers.org.uk",), "IN": ("sector9-rwa.in",),
              "DE": ("posaunenchor-ostfriesland.de",), "AU": ("castlemaine-bushband.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
