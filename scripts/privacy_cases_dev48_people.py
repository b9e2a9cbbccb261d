"""The people of the dev48 privacy set (``privacy_cases_dev48.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a kumihimo braiding guild's or a floorball
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Reginald", "Erica", "Patty", "Brent", "Darius", "Kathryn"),
           ("Bowman", "Cooley", "Durham", "Decker", "Burch", "Gaines")),
    "IN": (("Ronith", "Harshil", "Teerth", "Bhavika", "Zarna", "Harish"),
           ("Gade", "Bahl", "Batra", "Luthra", "Karpe", "Parikh")),
    "BR": (("Lívia", "Emanuelly", "Kamilly", "Eloah", "Mirella", "Lunna"),
           ("Maciel", "Dutra", "Prates", "Galvão", "Campelo", "Pedrosa")),
    "GB": (("Siobhan", "Alastair", "Morag", "Rory", "Cerys", "Dafydd"),
           ("Bradshaw", "Wheeler", "Whitehouse", "Middleton", "Harding", "Willis")),
    "DE": (("Reinhardt", "Erhard", "Knud", "Conny", "Loni", "Anatol"),
           ("Kühnert", "Oderwald", "Jüttner", "Pieper", "Hiller", "Siering")),
    "MX": (("Oswaldo", "Estefanía", "Mitzy", "Homero", "Arcelia", "Aldonza"),
           ("Baeza", "Gaona", "Barrientos", "Meraz", "Sauceda", "Mondragón")),
    "FR": (("Victoire", "Anastasie", "Aurore", "Auguste", "Adrienne", "Théophile"),
           ("Lebrun", "Lemonnier", "Imbert", "Buisson", "Perret", "Legros")),
    "ID": (("Daliman", "Febi", "Maryadi", "Darmaji", "Prayitna", "Gangsar"),
           ("Puspasari", "Padmasari", "Anggriawan", "Hardiansyah", "Rajasa", "Wasita")),
    "PH": (("Angelo", "Rey", "Shiela", "Joylyn", "Benjie", "Chona"),
           ("Lumabas", "Malabanan", "Dimayuga", "Tanedo", "Mallari", "Carandang")),
    "NG": (("Aminu", "Femi", "Dapo", "Kemi", "Funmi", "Amaka", "Nneka", "Binta"),
           ("Afolabi", "Igwe", "Akande", "Oladipo", "Oyebanji", "Ezenwa")),
    "JP": (("Yusuke", "Naoki", "Masaru", "Kumiko", "Sachiko", "Nozomi"),
           ("Ueda", "Sakai", "Miyazaki", "Takagi", "Kubo", "Hattori")),
    "CA": (("Kayden", "Ryder", "Colton", "Shawna", "Ashlyn", "Easton"),
           ("Dubé", "Poulin", "Nadeau", "Vachon", "Friesen", "Klassen")),
    "ES": (("Benigna", "Casemiro", "Fermín", "Tecla", "Begoña", "Maximino"),
           ("Bárcena", "Borrell", "Peláez", "Cañete", "Sureda", "Tamarit")),
    "IT": (("Gioacchino", "Rocco", "Pasquale", "Romolo", "Lucrezia", "Eraldo"),
           ("Ceschi", "Acerbi", "Navarria", "Impastato", "Bettin", "Righi")),
    "PK": (("Zain", "Shahzad", "Adeel", "Umair", "Nida", "Aqsa"),
           ("Shaikh", "Goraya", "Aulakh", "Ghuman")),
    "TR": (("Gizem", "Pınar", "Tuğba", "Ozan", "Alper", "Yiğit"),
           ("Özkan", "Karataş", "Bulut", "Gündoğdu", "Başaran", "Tezcan")),
    "VN": (("Binh", "Cuong", "Toan", "Uyen", "Nguyet", "Thinh"),
           ("Huynh", "Nghiem", "Khong", "Tieu")),
    "EG": (("Waleed", "Engy", "Sherine", "Basma", "Moataz", "Seif"),
           ("Khalaf", "Lotfy", "Shokry", "Helmy", "Wahba", "Galal")),
    "BD": (("Nayeem", "Tamanna", "Papiya", "Jubayer", "Sujon", "Shanta"),
           ("Khatun", "Mojumder", "Podder", "Karmaker", "Sarder")),
    "KR": (("Jihun", "Hayun", "Soyul", "Kyungho", "Seungmin", "Hyewon"),
           ("Sung", "Joo", "Myung", "Chun", "Rhee", "Pyun")),
    "AU": (("Kalinda", "Yindi", "Alinta", "Corey", "Wade", "Tenille"),
           ("Doherty", "Maloney", "Wheatley", "Rutherford", "Merriman", "Quinn")),
    "ZA": (("Sibonelo", "Zinhle", "Silondile", "Thabani", "Ndumiso", "Dumisani"),
           ("Nodanga", "Ndlondlo", "Sishi", "Malevu", "Ntaka", "Mahlase")),
    "KE": (("Fridah", "Nickson", "Wycliffe", "Alphonce", "Mwendwa", "Prudence"),
           ("Nyamawi", "Wangila", "Mogaka", "Kisilu", "Wavinya", "Kithinji")),
    "CO": (("Reinel", "Yeny", "Deicy", "Esneider", "Yecid", "Yineth"),
           ("Bohórquez", "Granados", "Rengifo", "Manrique", "Castellanos", "Flórez")),
    "AR": (("Graciela", "Aldana", "Yamila", "Daiana", "Nehuén", "Fiorela"),
           ("Luppi", "Bertolotti", "Gorosito", "Chiappe", "Almirón", "Romagnoli")),
    "PL": (("Urszula", "Marika", "Rafał", "Hubert", "Maurycy", "Ewelina"),
           ("Jakubowski", "Chmielewski", "Sawicki", "Kucharski", "Mazurek", "Głowacki")),
    "TH": (("Narong", "Niran", "Chanida", "Jiraporn", "Patcharee", "Pongsakorn"),
           ("Wongsa", "Kongsri", "Sombatsiri", "Limsakul", "Sangthong", "Nakprasit")),
    "RU": (("Stepan", "Makar", "Taisia", "Alisa", "Nadezhda", "Zoya"),
           ("Baranov", "Yakovlev", "Zakharov", "Gerasimov", "Lazarev", "Vinogradov")),
    "NL": (("Kyan", "Fedde", "Senna", "Jasmijn", "Melle", "Feline"),
           ("Hoeks", "Opmans", "Reijers", "Rijcken", "Coret", "Arent")),
    "MY": (("Afiq", "Insyirah", "Qistina", "Zulaikha", "Shazwan", "Harith"),
           ("Johari", "Khairuddin", "Yahya", "Mustafa")),
    "SA": (("Abdulilah", "Atheer"),
           ("Alasiri", "Bamatraf", "Baeshen", "Jamjoom", "Alnemer", "Abaalkhail")),
    "AE": (("Rawdha", "Zayed", "Suhail"),
           ("Almarzouqi", "Alromaithi", "Altunaiji", "Alserkal", "Binhendi")),
    "SG": (("Clarice", "Kavitha", "Suresh", "Melvin"),
           ("Thong", "Siow", "Peh", "Boey", "Gwee", "Yip")),
    "NZ": (("Dillon", "Kauri", "Ashlee", "Maree", "Gaylene", "Keanu"),
           ("McGill", "Boyce", "Stratford", "Bishell", "Berkahn", "Currie")),
    "GH": (("Obaa", "Panyin", "Makafui", "Eyram", "Mawuena", "Enyonam"),
           ("Ahortor", "Agyapomaa", "Okyere", "Asieduwaa", "Kyeiwaa", "Tiwaa")),
    "MA": (("Meriem", "Sanae", "Ikram", "Abdellah"),
           ("Bouzidi", "Benchekroun", "Moussaoui", "Laraki", "Belghiti", "Tounsi")),
    "PE": (("Piero", "Fabrizio", "Yordi", "Nataly", "Haydee", "Maruja"),
           ("Carhuamaca", "Sucapuca", "Aroni", "Huayhua", "Mollo", "Ccasa")),
    "CL": (("Isidora", "Demetrio", "Lisette", "Zunilda", "Rossana", "Baltazar"),
           ("Elgueta", "Peñaloza", "Corvalán", "Saldivia", "Oñate", "Troncoso")),
    "SE": (("Vilma", "Eleonor", "Alfons", "Catrin", "Vilgot", "Gillis"),
           ("Robertsson", "Bertilsson", "Eklöf", "Höglund", "Torstensson", "Folkesson")),
    "CN": (("Mengqi", "Dongmei", "Xiaoyan", "Yanping", "Tingting", "Weiwei"),
           ("Zhong", "Xiong", "Xing", "Zhuo")),
    "BE": (("Flore", "Nand", "Stef", "Elien", "Ignace", "Marlies"),
           ("Temmerman", "Theys", "Neirynck", "Heymans", "Boeckx", "Hellemans")),
    "AT": (("Adelina", "Josefine", "Jannis", "Ronja", "Karolina", "Tanja"),
           ("Bachinger", "Zettl", "Hufnagl", "Reisinger", "Steinlechner", "Klocker")),
    "PT": (("Soraia", "Ângelo", "Micael", "Salomé", "Martim", "Mafalda"),
           ("Sarmento", "Vilela", "Queirós", "Frade", "Seabra", "Fidalgo")),
    "IE": (("Cathleen", "Lucinda", "Fionnula", "Flannan", "Brigid", "Cait"),
           ("Cullinane", "Heffernan", "Kinsella", "Mulvihill", "Keohane", "Hanrahan")),
    "FI": (("Taneli", "Marita", "Ilkka", "Leevi", "Helinä", "Aatos"),
           ("Eskola", "Keskinen", "Penttilä", "Sillanpää", "Keränen", "Makkonen")),
    "CH": (("Annelise", "Andrin", "Sereina", "Jaron", "Erion", "Arsim"),
           ("Friedli", "Fankhauser", "Blaser", "Scherrer", "Mettler", "Wenger")),
    "NO": (("Trine", "Unni", "Øyvind", "Håvard", "Steinar", "Bente"),
           ("Thorsen", "Henriksen", "Hanssen", "Simonsen", "Danielsen", "Mathisen")),
}

ORGS = ("kumihimo-guild.org", "braiding-stand.net", "marudai-makers.club", "floorball-union.net", "innebandy-friends.org",
        "unihockey-league.club")  # anywhere
LOCAL_ORGS = {"US": ("asheville-kumihimo.org",), "CA": ("winnipeg-floorball.ca",), "GB": ("york-braiders.org.uk",),
              "IN": ("pune-floorball.in",), "DE": ("kiel-unihockey.de",), "AU": ("geelong-kumihimo.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
