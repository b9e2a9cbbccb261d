"""The people of the dev50 privacy set (``privacy_cases_dev50.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a pysanky circle's or a shinty club's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the free providers are dev40's table; the names and domains are
this set's own, none of them in an earlier set's modules or lines.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Kristi", "Colleen", "Chad", "Randy", "Candace", "Rickey"), ("Dodson", "Haney", "Dunlap", "Maddox", "Mcintyre", "Singleton")),
    "IN": (("Pratyush", "Samaksh", "Neelima", "Rachita", "Anay", "Chaitaly"), ("Bakshi", "Koshy", "Khurana", "Brahmbhatt", "Soman", "Kothari")),
    "BR": (("Gabrielly", "Otávio", "Cauã", "Ayla", "Jussara", "Dirceu"),
           ("Quintanilha", "Fagundes", "Mangabeira", "Jatobá", "Valença", "Dornelles")),
    "GB": (("Clive", "Jayne", "Kieran", "Ruaridh", "Torquil", "Marmaduke"), ("Marsden", "Potts", "Humphries", "Skinner", "Parkes", "Howells")),
    "DE": (("Cosima", "Annedore", "Willfried", "Ehrentraud", "Valerij", "Ladislaus"),
           ("Staude", "Radisch", "Eckbauer", "Mangold", "Pruschke", "Pergande")),
    "MX": (("Wendolin", "Silvano", "Caridad", "Ariadna", "Fidel", "Esmeralda"),
           ("Valladares", "Centeno", "Ozuna", "Villagómez", "Salcido", "Nájera")),
    "FR": (("Audrey", "Christophe", "Stéphane", "Sixtine", "Albane", "Blandine"),
           ("Vaillant", "Dupré", "Petitjean", "Chauveau", "Lemaître", "Coulon")),
    "ID": (("Ikhsan", "Mutia", "Okto", "Jatmiko", "Kacung", "Dalimin"), ("Pudjiastuti", "Safitri", "Winarno", "Pangestu", "Laksita", "Firmansyah")),
    "PH": (("Jesusa", "Charito", "Honeylet", "Norberto", "Nilo", "Pacita"), ("Lumbao", "Abad", "Hizon", "Lapuz", "Ongpin", "Punzalan")),
    "NG": (("Adesua", "Atinuke", "Morolake", "Ewatomi", "Subomi", "Iyadunni"), ("Oyinlola", "Kolade", "Ninalowo", "Makinwa", "Afolayan", "Olaiya")),
    "JP": (("Mituru", "Taichi", "Yosuke", "Manabu", "Mikako", "Kyosuke"), ("Nishiyama", "Miyazawa", "Sugimura", "Kobori", "Oyama", "Kanemoto")),
    "CA": (("Maude", "Jacynthe", "Lysanne", "Marjolaine", "Raynald", "Francine"),
           ("Guay", "Champagne", "Labonté", "Sirois", "Bolduc", "Chartrand")),
    "ES": (("Dafne", "Cleto", "Eutimio", "Encarna", "Nayara", "Adelaida"), ("Blázquez", "Diéguez", "Seguí", "Aguiló", "Gomis", "Revilla")),
    "IT": (("Enzio", "Giustino", "Uberto", "Gelsomina", "Fabia", "Tonino"), ("Ruffini", "Marenzio", "Errigo", "Ferrucci", "Camiscione", "Iannotti")),
    "PK": (("Kasam", "Rafee", "Ghafoor", "Taban", "Naib", "Zahur"), ("Qadeer", "Sadaqat", "Ihtiram", "Raaghib", "Saaqib", "Fazli")),
    "TR": (("Mahigül", "Kenter", "Özgün", "Çolpan", "Nejdet", "Gülsevil"), ("Yüksel", "Eskici", "Boztepe", "Cebeci", "Dağlı", "Fidan")),
    "VN": (("Ngoan", "Tuoi", "Phu", "Thien", "Canh", "Hoai"), ("Vuu", "Tiet", "Tra", "Hac")),
    "EG": (("Wagdy", "Fayza", "Rushdy", "Mohsen", "Nesma", "Soad"), ("Nasr", "Serag", "Morsy", "Sallam", "Tantawy", "Haggag")),
    "BD": (("Mamun", "Babul", "Shilpi", "Afroza", "Masud", "Kakoli"), ("Khondaker", "Shaha", "Mian", "Tapadar", "Biswash", "Hawladar")),
    "KR": (("Bitna", "Saetbyeol", "Areum", "Geonwoo", "Hyeonjun", "Ryeowon"), ("Pung", "Beom", "Pil", "Cheong")),
    "AU": (("Lacey", "Shelby", "Melinda", "Kristie", "Sherri", "Kyah"), ("Proctor", "Cobb", "Townsend", "Kline", "Ware", "Sherman")),
    "ZA": (("Siphesihle", "Bandile", "Mandlakhe", "Thembekile", "Nonjabulo", "Sphiwe"),
           ("Magoza", "Mathula", "Nyawo", "Makhaye", "Khathini", "Mfeka")),
    "KE": (("Kinaya", "Yakobo", "Adia", "Osogo", "Anasa", "Makuu"), ("Kahinu", "Wario", "Magombo", "Kipkemei", "Anyango", "Msuya")),
    "CO": (("Adiela", "Edisson", "Nury", "Jeisson", "Mayerly", "Cristhian"), ("Ardila", "Ospino", "Corredor", "Yepes", "Rendón", "Monsalve")),
    "AR": (("Eluney", "Baltasar", "Selva", "Nahir", "Eliseo"), ("Brizuela", "Campana", "Colman", "Heredia", "Pucheta", "Alderete")),
    "PL": (("Julianna", "Arkadiusz", "Miłosz", "Nela", "Nataniel", "Maksymilian"),
           ("Osiadacz", "Kłysz", "Czerniec", "Zegadło", "Deryło", "Wochnik")),
    "TH": (("Anuwat", "Chalermchai", "Kamolwan", "Nongnuch", "Thitima", "Sakda"),
           ("Phanthong", "Bunnag", "Wattana", "Suksawat", "Chaisiri", "Pattanapong")),
    "RU": (("Avksentiy", "Savvatiy", "Frol", "Gedeon", "Anisim", "Konon"), ("Strelkov", "Bobylev", "Yakushev", "Kostin", "Doronin", "Likhachev")),
    "NL": (("Carlijn", "Annemijn", "Joep", "Niek", "Pim", "Bastiaan"), ("Heere", "Draaisma", "Brievingh", "Lensen", "Erhout", "Brugman")),
    "MY": (("Hazwani", "Zulhilmi", "Amsyar", "Naqiuddin", "Nurin", "Umairah"), ("Saari", "Sidek", "Taib", "Nawi", "Yunus", "Arshad")),
    "SA": (("Abdulrahman", "Hussam", "Nada", "Adel", "Latifah", "Meshari"), ("Dawsari", "Amri", "Ghamidi", "Kathiri", "Osaimi", "Tuwaijri")),
    "AE": (("Fatema", "Abdulla", "Ahlam", "Alanood", "Omran", "Aysha"), ("Habtoor", "Ghurair", "Tayer", "Jaber", "Owais", "Bastaki")),
    "SG": (("Kengwee", "Yongsheng", "Liting", "Kokleong", "Siewmei", "Boonhock"), ("Kiang", "Yio", "Pua", "Thio")),
    "NZ": (("Rachelle", "Keegan", "Indie", "Manawa", "Sione", "Jorja"), ("Trask", "Cragg", "Robb", "Turnbull", "Murdoch", "Reardon")),
    "GH": (("Akwasi", "Abeiku", "Ohemaa", "Owusua", "Agyeiwaa", "Adjei"), ("Boahen", "Danso", "Dwamena", "Nkansa", "Akyeampong", "Frema")),
    "MA": (("Rachid", "Abdelkader", "Mohcine", "Adil", "Abdellatif", "Redouane"),
           ("Haddaoui", "Jebli", "Rifi", "Saadi", "Bouhlal", "Zerhouni")),
    "PE": (("Nereida", "Carmelo", "Tomasa", "Jenaro", "Ceferino", "Albino"), ("Quirós", "Torrijos", "Pelayo", "Salgado", "Robledo", "Valera")),
    "CL": (("Salomón", "Franchesca", "Dilan", "Gricelda", "Maira", "Raimundo"),
           ("Galleguillos", "Adasme", "Sobarzo", "Riveros", "Jofré", "Droguett")),
    "SE": (("Pernilla", "Waldemar", "Gerda", "Natanael", "Alve", "Ethel"), ("Södergren", "Granlund", "Turesson", "Ingvarsson", "Berntsson", "Flink")),
    "CN": (("Ruixue", "Yiting", "Hongwei", "Lijuan", "Yanting", "Hanwen"), ("Zang", "Pu", "Zha", "Miao")),
    "BE": (("Sien", "Renaat", "Lize", "Ludo", "Bieke", "Joppe"), ("Lenaerts", "Holvoet", "Devolder", "Goyvaerts", "Huybrechts", "Samyn")),
    "AT": (("Nadin", "Berra", "Theodor", "Florin", "Luise", "Armin"), ("Aichholzer", "Redl", "Brandner", "Reischl", "Zangerl", "Feichtner")),
    "PT": (("Kévim", "Henriqueta", "Cremilde", "Justino"), ("Vilaça", "Espinho", "Gameiro", "Taveira", "Valadas", "Louro")),
    "IE": (("Manus", "Conall", "Pearse", "Tiarnan", "Siofra", "Dearbhail"),
           ("Mullooney", "Freeney", "MacConachy", "Hession", "Sigerson", "McGeady")),
    "FI": (("Jouni", "Ritva", "Jaakko", "Sirpa", "Aukusti", "Kirsi"), ("Haverinen", "Pakarinen", "Pirinen", "Männistö", "Puranen", "Ylitalo")),
    "CH": (("Alwin", "Luzia", "Rahel", "Kaltrina", "Nelio", "Imelda"), ("Christen", "Seiler", "Felder", "Pfister", "Jost", "Näf")),
    "NO": (("Hege", "Sondre", "Øystein", "Kjetil", "Randi", "Svein"), ("Skaug", "Bergstrøm", "Nesse", "Tollefsen", "Vestre", "Wold")),
}
ORGS = ("pysanka-circle.org", "kistka-studio.net", "krashanka-friends.club", "shinty-club.scot", "camanachd-league.net", "hailpost-team.club")
LOCAL_ORGS = {"US": ("cleveland-pysanky.org",), "CA": ("edmonton-pysanky.ca",), "GB": ("badenoch-shinty.org.uk",),
              "IN": ("pune-pysanky.in",), "DE": ("muenchen-pysanky.de",), "AU": ("sydney-shinty.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
