"""The people of the dev18 privacy set (``privacy_cases_dev18.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a workplace's, club's or practice's
domain now and then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Kendall", "Brenna", "Tavon", "Maci", "Bodhi", "Lyric", "Alton", "Darnell", "Rosalyn", "Cheyenne", "Thaddeus", "Paisley"),
           ("Kettering", "Ashcombe", "Lockridge", "Mayweather", "Grissom", "Halvorsen", "Stroud", "Wexler", "Dellinger", "Fairweather",
            "Harkness", "Yarbrough")),
    "IN": (("Anirudh", "Poorvi", "Tejas", "Mansi", "Keerthana", "Ojas", "Bhavya", "Pranav", "Nakul", "Shalini"),
           ("Kelkar", "Venkataraman", "Purohit", "Ranade", "Sabharwal", "Tiwary", "Kirloskar", "Nagarajan", "Bhandari", "Lokhande")),
    "BR": (("Diogo", "Gisele", "Railson", "Kethlen", "Yuri", "Mirela", "Luan", "Jadson"),
           ("Pimentel", "Bittencourt", "Arruda", "Aragão", "Coelho", "Sodré", "Furtado", "Lustosa")),
    "GB": (("Henrietta", "Clemency", "Jolyon", "Perdita", "Giles", "Araminta", "Crispian", "Verity"),
           ("Pennington", "Ramsbottom", "Huxtable", "Winterbottom", "Bellamy", "Crabtree", "Goodall", "Hotchkiss")),
    "DE": (("Bjarne", "Frauke", "Henning", "Insa", "Jörn", "Kerstin", "Eike", "Gesa"),
           ("Böttcher", "Hagedorn", "Kröger", "Ostermann", "Pohlmann", "Ritter", "Uhlig", "Wendt")),
    "MX": (("Yahir", "Quetzalli", "Osvaldo", "Nayeli", "Heriberto", "Marisela"), ("Garza", "Huerta", "Trejo", "Valdivia", "Mendívil", "Urquidi")),
    "FR": (("Aurélien", "Perrine", "Grégoire", "Capucine", "Jordane", "Bérénice"), ("Guillot", "Lacroix", "Poirier", "Tessier", "Courtois", "Jacquemin")),
    "ID": (("Yudha", "Anggun", "Nyoman", "Ketut", "Wayan", "Gede"), ("Saragih", "Pangaribuan", "Rahmawati", "Susanto", "Purba", "Hutapea")),
    "PH": (("Jovelyn", "Noel", "Jhunrey", "Bituin", "Gerardo", "Lorna"), ("Pangilinan", "Ocampo", "Salvador", "Maglaya", "Dimagiba", "Gatdula")),
    "NG": (("Ebuka", "Tochukwu", "Yetunde", "Kehinde", "Obiageli", "Adewale"), ("Okoro", "Onyeama", "Anyanwu", "Ogbonna", "Akintola", "Oduya")),
    "JP": (("Souta", "Kotone", "Tsubasa", "Chihiro", "Asahi", "Hiyori"), ("Morita", "Murakami", "Okada", "Maeda", "Kuroda", "Takeuchi")),
    "CA": (("Alexis", "Jaspreet", "Mathilde", "Rémi", "Kiran", "Noémie"), ("Boisvert", "Paquette", "Lapointe", "Morin", "Gill", "Boparai")),
    "ES": (("Gorka", "Leire", "Unax", "Olatz", "Iratxe", "Ibai"), ("Santana", "Urrutia", "Goikoetxea", "Zubiaurre", "Larrañaga", "Arrieta")),
    "IT": (("Ettore", "Ludovico", "Ottavia", "Benedetta", "Carlotta", "Gianluca"), ("Bonfiglio", "Caputo", "Pellegrino", "Zanetti", "Mancuso", "Sartori")),
    "PK": (("Shahzaib", "Areeba", "Muneeb", "Laiba", "Asad"), ("Gondal", "Lodhi", "Warraich", "Bajwa", "Minhas")),
    "TR": (("Berke", "Sude", "Oğuz", "Damla"), ("Tekin", "Karaca", "Kılıç", "Erdoğan")),
    "EG": (("Hazem", "Shaimaa", "Yasmine", "Tamer"), ("Tawfik", "Soliman", "Gamal", "Sabry")),
    "VN": (("Lộc", "Hiếu", "Yến", "Hùng"), ("Phan", "Lương", "Hồ", "Khổng")),
    "BD": (("Mahfuz", "Sumaiya", "Tahmina", "Shapla"), ("Majumder", "Khandaker", "Mridha", "Mondal")),
    "KR": (("Hyejin", "Sungmin", "Junho", "Haeun"), ("Bae", "Moon", "Nam", "Oh")),
    "AU": (("Indi", "Skye", "Darcy", "Layla"), ("Dunlop", "Sutherland", "Kearney", "Lyons")),
    "ZA": (("Mpho", "Nandi", "Riaan", "Tshepo"), ("Joubert", "Sithole", "Nel", "Radebe")),
    "KE": (("Kiprotich", "Wekesa", "Mwende", "Nyaga"), ("Langat", "Mutai", "Onyango", "Kiplimo")),
    "CO": (("Yeison", "Leidy", "Brayan", "Yuliana"), ("Marulanda", "Bedoya", "Gaitán", "Agudelo")),
    "AR": (("Valentino", "Ludmila", "Candela", "Maidana"), ("Gauna", "Ponce", "Bustos", "Godoy")),
    "PL": (("Przemysław", "Jadwiga", "Mateusz", "Weronika"), ("Michalska", "Grabowski", "Jabłońska", "Michalak")),
    "NL": (("Gijs", "Maartje", "Jeroen", "Willemijn"), ("Verhoeven", "Kuipers", "Schouten", "Bos")),
    "TH": (("Anurak", "Chatchai", "Kanokwan"), ("Chaiyasit", "Kongkaew", "Thongsuk")),
    "RU": (("Irina", "Svetlana", "Tatiana"), ("Smirnova", "Popova", "Vasilyeva")),
    "MY": (("Zulkifli", "Hafizah", "Irfan"), ("Balakrishnan", "Ahmad", "Osman")),
    "SA": (("Hessah", "Mishari"), ("Al-Subaie", "Al-Shammari")),
    "AE": (("Rashid", "Fatma"), ("Al Mazrouei", "Al Dhaheri")),
    "SG": (("Hock Seng", "Guan Wee"), ("Quek", "Tay")),
    "NZ": (("Rawiri", "Kahurangi"), ("Tamatea", "Ruatapu")),
    "GH": (("Kwesi", "Kojo"), ("Nkansah", "Amoah")),
    "MA": (("Ilyas", "Oumaima"), ("Belhaj", "Ouazzani")),
    "PE": (("Yanet", "Wilfredo"), ("Apaza", "Ticona")),
    "CL": (("Bastián", "Cristóbal"), ("Bórquez", "Fuenzalida")),
    "SE": (("Viggo", "Axel"), ("Sundqvist", "Hedlund")),
    "CN": (("Yichen", "Ruoxi"), ("Tang", "Deng")),
    "BE": (("Lowie", "Fien"), ("Verbruggen", "Vandenberghe")), "AT": (("Ferdinand", "Stefanie"), ("Egger", "Aigner")),
    "PT": (("Rafaela", "Simão"), ("Antunes", "Pinheiro")), "IE": (("Tadhg", "Clodagh"), ("Murtagh", "Loughlin")),
    "FI": (("Eino", "Siiri"), ("Kukkonen", "Salminen")), "CH": (("Ladina", "Dario"), ("Bühler", "Caflisch")),
    "NO": (("Håkon", "Tuva"), ("Larsen", "Nilsen")),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "hotmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "bol.com.br", "terra.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "live.co.uk"),
    "DE": ("gmail.com", "gmx.de", "web.de", "t-online.de", "freenet.de", "mailbox.org"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "sfr.fr", "wanadoo.fr", "yahoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "softbank.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "alice.it", "hotmail.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca"),
    "AU": ("gmail.com", "gmail.com", "outlook.com", "optusnet.com.au", "hotmail.com"), "NL": ("gmail.com", "hotmail.com", "live.nl", "xs4all.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "gazeta.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "webmail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "live.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("tidewell-dental.com", "ashgrove-surveyors.net", "kestrelpath.studio", "marrowbone-physio.org", "saltmarsh-freight.io",
        "juniperhall-weddings.co")  # anywhere
LOCAL_ORGS = {"US": ("pinecrest-usd.k12.us",), "CA": ("northshore-vet.ca",), "GB": ("hollybank-surgery.co.uk",), "IN": ("kaveri-infotech.in",),
              "DE": ("elbufer-steuer.de",), "AU": ("wattle-accounting.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    given, family = FOLKS.get(region, FOLKS["US"])
    return f"{r.choice(given)} {r.choice(family)}"


def _plain(text: str) -> str:
    """Lower-case ASCII letters only: what a mail provider lets a name become."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalpha())


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    given, family = (name or person(r, region)).split(" ", 1)
    g, f = _plain(given), _plain(family)
    year = r.randint(1966, 2009)
    shapes = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{year % 100:02d}", f"{f}.{g}", f"{g}{year}", f"{f}-{g[0]}",
              f"{g}{f[0]}{r.randint(1, 99)}", f"{g[0]}.{f}", f"{g}.{f}+{r.choice(['rent', 'kids', 'receipts', 'club'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
