"""The people of the dev25 privacy set (``privacy_cases_dev25.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a watch workshop's, a smithy's or a
clinic's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ermaline', 'Lafayette', 'Ollie Mae', 'Lorenza', 'Bertram', 'Zelphia', 'Almon', 'Vennie', 'Lamar', 'Oneta', 'Emmitt', 'Dorcas'), ('Pinegar', 'Wigginton', 'Stooksbury', 'Ketchum', 'Tharpe-Ogle', 'Whisenant', 'Brumbelow', 'Crisp', 'Dunnaway', 'Fulcher', 'Gentry-Rhea', 'Hamblen')),
    'IN': (('Jayashree', 'Raghunath', 'Bhavesh', 'Lalitha', 'Gopinath', 'Shubhangi', 'Ambarish', 'Vedika', 'Padmanabh', 'Tanmayi'), ('Hegde-Shenoy', 'Kamath', 'Pai-Baliga', 'Nadkarni-Prabhu')),
    'BR': (('Gercino', 'Erenilda', 'Marluce', 'Arlindo', 'Valdinéia', 'Josafá'), ('Cavalcante-Bezerril',)),
    'GB': (('Barnaby-Jude', 'Hermione-Rose'), ('Attenborough-Pike', 'Gotobed', 'Scattergood', 'Sidebottom-Hurst', 'Stirzaker')),
    'DE': (('Hinnerk', 'Okko', 'Imke-Marie', 'Fokko'), ('Janssen-Ubbena', 'Bruns-Gerdesmann', 'Hinrichs-Aden', 'Ihnen', 'Uphoff-Freese', 'Eiben')),
    'MX': (('Itzel-Anahí', 'Ehécatl'), ('Xicoténcatl', 'Cuevas-Ochoterena', 'Tlapalcoyotl', 'Tlapale', 'Zempoalteca')),
    'FR': (('Gwladys', 'Eudes', 'Bénédicte', 'Thibaud'), ('Fourcade', 'Puyjalon', 'Darrigrand', 'Etcheverry', 'Harispe', 'Lassalle-Bordes')),
    'ID': (('Wahyuni', 'Sugeng', 'Kartini', 'Slamet'), ('Hadiwijaya',)),
    'PH': (('Purificacion', 'Filomeno', 'Remedios', 'Nestorio'), ('Dimaano-Salonga', 'Macaraeg-Uy')),
    'NG': (('Chidiebere', 'Oluwatoyin'), ('Adeyemo-Bakare', 'Nwachukwu-Agu', 'Eze-Nnaji')),
    'JP': (('Sakuzo', 'Kiyoe', 'Tomoharu', 'Yaeko'), ('Tokiwa', 'Morinaga', 'Higuchi', 'Tateishi', 'Ishiguro', 'Kamimura')),
    'CA': (('Ghyslain', 'Gisèle-Ange', 'Rosaire', 'Huguette'), ('Bouchard-Lévesque', 'Thiboutot')),
    'ES': (('Aitzol', 'Oihana'), ('Zubiaurre-Olano',)),
    'IT': (('Gerolamo', 'Clelia', 'Serafino', 'Ornella'), ('Castiglioni', 'Fumagalli', 'Colombo-Riva', 'Galimberti', 'Longoni', 'Brivio')),
    'PK': (('Shehroz', 'Maheen', 'Taimur'), ('Awan-Qureshi',)),
    'TR': (('Nevin', 'Orhan', 'Sevgül', 'Tayfun'), ('Karadağ', 'Altıntaş', 'Kocabıyık', 'Eroğlu', 'Dumlupınar')),
    'EG': (('Nesrine', 'Medhat', 'Ghadeer', 'Sobhy'), ('Elbaradei-Fouad', 'Abouzeid')),
    'VN': (('Phùng Khải', 'Nghĩa', 'Xuyến'), ('Lưu',)),
    'BD': (('Nurunnahar', 'Mahbubul'), ('Talukdar-Bhuiyan',)),
    'KR': (('Jaehwan', 'Sooyeon'), ('Gwak',)),
    'AU': (('Shaylee', 'Kynan', 'Raelene', 'Wayne-O'), ('Rowbotham', 'Mudgee-Hart', 'Trengove', 'Trebilco', 'Chenoweth', 'Tonkin')),
    'ZA': (('Nokwanda', 'Sifiso'), ('Masilela',)),
    'KE': (('Wairimu-Njeri',), ('Kiprono-Odhiambo',)),
    'CO': (('Dairon', 'Yenifer'), ('Mosquera-Palacio', 'Cuesta-Rivas', 'Murillo-Renteria', 'Hinestroza', 'Cordoba-Mena')),
    'AR': (('Ciriaco', 'Eulalia'), ('Iturraspe', 'Goyenechea', 'Echeverz', 'Arbeleche')),
    'PL': (('Bronisław', 'Leokadia', 'Wiesław'), ('Kaczmarczyk-Róg', 'Wróblewska', 'Jędrzejczak', 'Przybylski', 'Gołębiowska', 'Szczygieł')),
    'NL': (('Tsjitske', 'Tjeerd', 'Aukje', 'Wopke'), ('Dijkstra-Postmus', 'Wiersma-Hoekstra')),
    'TH': (('Thanakrit', 'Rattikorn'), ('Srisuwan',)),
    'RU': (('Yaropolk', 'Zlatoslava', 'Avdotya', 'Trofim'), ('Chasovshchikov', 'Kuznetsova-Molot', 'Nakovalnin', 'Mayatnikova', 'Kolesov', 'Strelkina')),
    'MY': (('Nurul Izzah', 'Hazrul'), ('Zulkarnain', 'Rosmadi', 'Mat-Saman')),
    'SA': (('Lulwah', 'Mutlaq'), ('Alsahli', 'Alrasheedi', 'Alyami', 'Alhajri', 'Alenezi')),
    'AE': (('Afra', 'Hamda'), ('Alneyadi', 'Alteneiji', 'Alkhoori', 'Almarzooqi', 'Alzaabi')),
    'SG': (('Junhao', 'Xinhui', 'Weiliang'), ('Teo-Goh',)),
    'NZ': (('Hinewai', 'Ihaia'), ('Rongonui',)),
    'GH': (('Akosua Serwaa', 'Kwaku Boateng'), ('Agyeman-Duah',)),
    'MA': (('Anouar', 'Ibtissam'), ('Tazi-Alaoui',)),
    'PE': (('Clorinda', 'Fortunato', 'Nelida', 'Melquíades'), ('Quispe-Huamán',)),
    'CL': (('Rayen', 'Nahuelpán'), ('Paillalef', 'Huaiquil', 'Llancapán', 'Ancamil', 'Millanao')),
    'SE': (('Ingvor', 'Algot', 'Sigbritt'), ('Hedqvist', 'Hedenström')),
    'CN': (('Xiaoqing', 'Mingzhe'), ('Shangguan', 'Ouyang')),
    'BE': (('Jozef', 'Godelieve', 'Rembert'), ('Vandewalle', 'Vanhoutte', 'De Clercq', 'Van Acker')),
    'AT': (('Walpurga', 'Gottlieb-Ignaz'), ('Huber-Moser', 'Oberhollenzer')),
    'PT': (('Albano', 'Deolinda', 'Hermínio', 'Laurinda'), ('Seixas-Lobo',)),
    'IE': (('Fionnuala', 'Donncha'), ('Mac Suibhne', 'Ní Dhuibhir', 'Ó Raghallaigh', 'Ó Ciardha', 'Mac Donncha')),
    'FI': (('Aili', 'Tauno', 'Oiva'), ('Hyvärinen',)),
    'CH': (('Cilgia', 'Gion Reto'), ('Tgetgel', 'Capaul', 'Sgier', 'Tuor', 'Cavelti', 'Collenberg')),
    'NO': (('Gudrun', 'Aslak', 'Ingebrigt'), ('Skjeldal', 'Nordbø', 'Bjørgum', 'Aasland-Rø', 'Vik')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "aol.com"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.in", "outlook.com", "rediffmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "outlook.com"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "talktalk.net"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de", "outlook.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"),
    "FR": ("gmail.com", "gmail.com", "laposte.net", "free.fr", "hotmail.fr", "orange.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "gmail.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.com", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "hotmail.it"), "CA": ("gmail.com", "gmail.com", "hotmail.ca", "videotron.ca", "telus.net"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "outlook.com", "iinet.net.au"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "mynet.com"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("hairspring-horology.com", "tourbillonwick-watchworks.net", "anvilcroft-smithy.org", "quenchmoor-clinic.co",
        "swagefield-library.net", "pendulumgate-data.io")  # anywhere
LOCAL_ORGS = {"US": ("brackenhollow-elementary.org",), "CA": ("loonwater-curling.ca",), "GB": ("pennydown-parish.org.uk",), "IN": ("sahyadri-watchworks.in",),
              "DE": ("uhrmacherei-elbmarsch.de",), "AU": ("quandong-physio.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
