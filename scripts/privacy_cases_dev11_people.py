"""The people of the dev11 privacy set (``privacy_cases_dev11.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a school's or employer's domain now and
then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Ashley", "Brandon", "Destiny", "Garrett", "Jenna", "Malik", "Rosa", "Trevor", "Whitney", "Xavier", "Crystal", "Dustin"),
           ("Abernathy", "Bui", "Coleman", "Esparza", "Gallagher", "Hollis", "Jankowski", "Mbeki", "Nakamura", "Ramsey", "Sutter", "Vance")),
    "IN": (("Anusha", "Devansh", "Harini", "Jatin", "Lavanya", "Mohit", "Riya", "Siddharth", "Tanvi", "Yash"),
           ("Agarwal", "Banerjee", "Gowda", "Iyer", "Joshi", "Nair", "Rathore", "Reddy", "Sethi", "Varma")),
    "BR": (("Beatriz", "Caio", "Débora", "Enzo", "Heloísa", "Murilo", "Renata", "Vinícius"),
           ("Almeida", "Barbosa", "Cavalcanti", "Duarte", "Pacheco", "Rezende", "Sampaio", "Tavares")),
    "GB": (("Alfie", "Bethany", "Declan", "Eloise", "Gareth", "Isla", "Niamh", "Toby"),
           ("Blackwood", "Cartwright", "Ellison", "Hargreaves", "Kaur", "Naylor", "Pickering", "Thornton")),
    "DE": (("Björn", "Carla", "Dennis", "Frieda", "Henrik", "Katrin", "Moritz", "Svenja"),
           ("Bergmann", "Dietrich", "Engel", "Fuchs", "Haas", "Kühn", "Lorenz", "Vogt")),
    "MX": (("Araceli", "Braulio", "Guadalupe", "Jimena", "Octavio", "Rodrigo"), ("Barrera", "Cervantes", "Ibarra", "Montoya", "Peralta", "Salazar")),
    "FR": (("Anaïs", "Clément", "Élodie", "Florian", "Margaux", "Quentin"), ("Aubert", "Barbier", "Guerin", "Marchand", "Perrin", "Renaud")),
    "ID": (("Agus", "Dewi", "Indah", "Rudi", "Sari", "Wahyu"), ("Gunawan", "Lestari", "Nugroho", "Pratama", "Setiawan", "Utami")),
    "PH": (("Carlo", "Divina", "Jomar", "Lovely", "Rhea", "Ronaldo"), ("Castillo", "Domingo", "Garcia", "Manalo", "Pascual", "Reyes")),
    "NG": (("Adaeze", "Babatunde", "Chiamaka", "Ifeanyi", "Ngozi", "Yusuf"), ("Abubakar", "Adebayo", "Nwosu", "Obi", "Ogunleye", "Uche")),
    "JP": (("Daiki", "Hina", "Kenta", "Mio", "Riku", "Sakura"), ("Fujita", "Hayashi", "Kimura", "Nakajima", "Sasaki", "Yamaguchi")),
    "CA": (("Brayden", "Émilie", "Jaxon", "Noor", "Rowan", "Tessa"), ("Bouchard", "Chan", "Fraser", "Leblanc", "Patel", "Stewart")),
    "ES": (("Adrián", "Carmen", "Hugo", "Irene", "Nerea", "Sergio"), ("Castro", "Delgado", "Medina", "Ortega", "Rubio", "Serrano")),
    "IT": (("Alessandro", "Beatrice", "Davide", "Federica", "Simone", "Valentina"), ("Barbieri", "Conti", "Fontana", "Gallo", "Greco", "Rinaldi")),
    "PK": (("Danish", "Fatima", "Imran", "Mehwish", "Usman"), ("Akhtar", "Butt", "Javed", "Raza", "Sheikh")),
    "TR": (("Ahmet", "Elif", "Mert", "Selin"), ("Çelik", "Demir", "Kaya", "Öztürk")),
    "EG": (("Ahmed", "Mona", "Karim", "Salma"), ("Abdelrahman", "Ibrahim", "Saleh", "Zaki")),
    "VN": (("Hoa", "Tuấn", "Linh", "Đức"), ("Lê", "Hoàng", "Vũ", "Đặng")),
    "BD": (("Arif", "Farhana", "Sabbir", "Tasnim"), ("Ahmed", "Islam", "Karim", "Sarkar")),
    "KR": (("Seoyeon", "Jihoon", "Yuna", "Dohyun"), ("Kim", "Lee", "Kang", "Yoon")),
    "AU": (("Archie", "Isla", "Harrison", "Zara"), ("Campbell", "Kelly", "Murphy", "Walsh")),
    "ZA": (("Sipho", "Naledi", "Johan", "Ayanda"), ("Mokoena", "Botha", "Khumalo", "Naidoo")),
    "KE": (("Kipchoge", "Njeri", "Baraka", "Akinyi"), ("Kariuki", "Wafula", "Chebet", "Omondi")),
    "CO": (("Camilo", "Daniela", "Mateo", "Juliana"), ("Cardona", "Giraldo", "Quintero", "Zapata")),
    "AR": (("Lautaro", "Micaela", "Tomás", "Rocío"), ("Acosta", "Gómez", "Medina", "Romero")),
    "PL": (("Bartosz", "Magdalena", "Krzysztof", "Aleksandra"), ("Kamiński", "Lewandowska", "Mazur", "Wójcik")),
    "NL": (("Jesse", "Fleur", "Thijs", "Lotte"), ("van Dijk", "Visser", "Smit", "Mulder")),
    "TH": (("Anong", "Kittisak", "Nattaya"), ("Wongsawat", "Saetang", "Boonmee")),
    "RU": (("Artem", "Polina", "Kirill"), ("Kuznetsov", "Orlova", "Lebedev")),
    "MY": (("Hafiz", "Siti", "Wei Ling"), ("Rahman", "Yusof", "Tan")),
    "SA": (("Abdullah", "Noura"), ("Al-Otaibi", "Al-Ghamdi")),
    "AE": (("Hamdan", "Aisha"), ("Al Falasi", "Al Suwaidi")),
    "SG": (("Jun Hao", "Hui Min"), ("Lim", "Ng")),
    "NZ": (("Nikau", "Ruby"), ("Parata", "Thompson")),
    "GH": (("Kofi", "Abena"), ("Mensah", "Owusu")),
    "MA": (("Youssef", "Salma"), ("Benali", "El Idrissi")),
    "PE": (("Renzo", "Milagros"), ("Huamán", "Quispe")),
    "CL": (("Benjamín", "Javiera"), ("Muñoz", "Rojas")),
    "SE": (("Oskar", "Ebba"), ("Nilsson", "Lund")),
    "CN": (("Wei", "Xiaoyu"), ("Zhang", "Liu")),
    "BE": (("Arne", "Louise"), ("Claes", "Jacobs")), "AT": (("Florian", "Theresa"), ("Pichler", "Steiner")),
    "PT": (("Tiago", "Mariana"), ("Costa", "Pereira")), "IE": (("Oisín", "Saoirse"), ("Murphy", "Gallagher")),
    "FI": (("Juho", "Emilia"), ("Mäkinen", "Nieminen")), "CH": (("Nico", "Alina"), ("Brunner", "Baumann")),
    "NO": (("Sander", "Ingrid"), ("Haugen", "Berg")),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.in", "hotmail.com", "rediffmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "terra.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com"),
    "DE": ("gmail.com", "gmx.net", "web.de", "web.de", "t-online.de", "posteo.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "hotmail.fr", "sfr.fr", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "hotmail.it", "alice.it"), "CA": ("gmail.com", "gmail.com", "hotmail.ca", "sympatico.ca", "telus.net"),
    "AU": ("gmail.com", "gmail.com", "outlook.com", "optusnet.com.au", "iinet.net.au"), "NL": ("gmail.com", "hotmail.nl", "xs4all.nl", "live.nl"),
    "PL": ("gmail.com", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"),
    "KE": ("gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("brightloom.io", "cedarpoint-dental.com", "sunbay-realty.com", "kitemill.co", "copperleaf.studio", "tallgrass.coop")  # anywhere
LOCAL_ORGS = {"US": ("pinecrest.edu",), "CA": ("mapleway-logistics.ca",), "GB": ("riverstone-law.co.uk",), "IN": ("helixbio.in",),
              "DE": ("nordlicht-gmbh.de",), "NO": ("fjordline-analytics.no",)}


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
    year = r.randint(1972, 2006)
    shapes = [f"{g}.{f}", f"{g}{f}", f"{g[0]}.{f}", f"{g}_{f}{year % 100:02d}", f"{f}{g[0]}{r.randint(1, 99)}", f"{g}{year}",
              f"{g}.{f[0]}{r.randint(10, 999)}", f"{f}.{g}", f"{g}-{f}", f"{g}.{f}+{r.choice(['bills', 'news', 'travel', 'work'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
