"""The people of the dev15 privacy set (``privacy_cases_dev15.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a school's or employer's domain now and
then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Brianna", "Desmond", "Jasmine", "Trevor", "Natalie", "Marcus", "Savannah", "Elijah", "Courtney", "Dustin", "Yesenia", "Kendrick"),
           ("Abernathy", "Beaumont", "Caruso", "Delacroix", "Engstrom", "Gallagher", "Hendricks", "Iverson", "Jablonski", "Mahoney", "Oyelowo",
            "Vanderpool")),
    "IN": (("Ananya", "Rohit", "Sneha", "Vikram", "Tanvi", "Arjun", "Kavya", "Siddharth", "Riya", "Harsh"),
           ("Agarwal", "Banerjee", "Iyer", "Joshi", "Khanna", "Nair", "Rao", "Venkatesan", "Dutta", "Reddy")),
    "BR": (("Camila", "Vinícius", "Bianca", "Rodrigo", "Juliana", "Thiago", "Priscila", "Caio"),
           ("Albuquerque", "Cavalcanti", "Damasceno", "Falcão", "Guimarães", "Queiroz", "Rezende", "Teixeira")),
    "GB": (("Eleanor", "Alfie", "Rosie", "Declan", "Freya", "Oscar", "Tilly", "Angus"),
           ("Atherton", "Blackwood", "Cartwright", "Edgerton", "Hargreaves", "Pemberton", "Thornbury", "Wakefield")),
    "DE": (("Maximilian", "Clara", "Niklas", "Johanna", "Jonas", "Marlene", "Moritz", "Greta"),
           ("Baumann", "Engel", "Fuchs", "Haas", "Lorenz", "Roth", "Vogel", "Zimmermann")),
    "MX": (("Renata", "Diego", "Valeria", "Mateo", "Regina", "Rodolfo"), ("Salazar", "Ibarra", "Montoya", "Espinoza", "Cordero", "Tapia")),
    "FR": (("Chloé", "Antoine", "Inès", "Lucas", "Margaux", "Baptiste"), ("Chevalier", "Dubois", "Fournier", "Marchand", "Perrin", "Gauthier")),
    "ID": (("Dewi", "Agus", "Rina", "Yoga", "Sari", "Bayu"), ("Pratama", "Nugroho", "Setiawan", "Lestari", "Wibowo", "Halim")),
    "PH": (("Maricel", "Jomar", "Lovely", "Arnel", "Jhoanna", "Ramil"), ("Reyes", "Castillo", "Aquino", "Macaraeg", "Pascual", "Soriano")),
    "NG": (("Ngozi", "Olumide", "Chiamaka", "Babatunde", "Zainab", "Ifeanyi"), ("Nwosu", "Oyelaran", "Obi", "Abubakar", "Akinwale", "Uche")),
    "JP": (("Riku", "Hina", "Kaito", "Sakura", "Yuto", "Rin"), ("Sato", "Suzuki", "Takahashi", "Nakagawa", "Yamamoto", "Kato")),
    "CA": (("Ethan", "Gabrielle", "Noah", "Simran", "Xavier", "Brooke"), ("Bouchard", "Lavoie", "Fraser", "Chan", "Côté", "Grewal")),
    "ES": (("Carmen", "Iker", "Irene", "Sergio", "Nerea", "Adrián"), ("Ortega", "Serrano", "Castro", "Iglesias", "Rubio", "Aranda")),
    "IT": (("Francesca", "Alessandro", "Elena", "Davide", "Martina", "Federico"), ("Ferrari", "Romano", "Gallo", "Conti", "De Luca", "Mancini")),
    "PK": (("Fatima", "Usman", "Mahnoor", "Hamza", "Zara"), ("Butt", "Sheikh", "Raza", "Abbasi", "Hashmi")),
    "TR": (("Elif", "Mert", "Selin", "Kaan"), ("Demir", "Çelik", "Kaya", "Öztürk")),
    "EG": (("Ahmed", "Salma", "Karim", "Mona"), ("Ibrahim", "Abdelrahman", "Saleh", "Farouk")),
    "VN": (("Huy", "Linh", "Tuấn", "Hương"), ("Lê", "Hoàng", "Võ", "Đặng")),
    "BD": (("Arif", "Farhana", "Mahmud", "Tasnim"), ("Islam", "Sarkar", "Begum", "Talukder")),
    "KR": (("Doyun", "Seoyeon", "Jihoon", "Eunji"), ("Kim", "Lee", "Yoon", "Kang")),
    "AU": (("Harrison", "Charlotte", "Mitchell", "Zoe"), ("Campbell", "Murphy", "Kelly", "Fitzpatrick")),
    "ZA": (("Sipho", "Naledi", "Johan", "Ayanda"), ("Mokoena", "Botha", "Khumalo", "Naidoo")),
    "KE": (("Njeri", "Kiprop", "Wambui", "Omondi"), ("Wanjala", "Kiplagat", "Chege", "Owino")),
    "CO": (("Daniela", "Camilo", "Laura", "Julián"), ("Gómez", "Cárdenas", "Zapata", "Londoño")),
    "AR": (("Martina", "Tomás", "Lucía", "Joaquín"), ("Rodríguez", "Acosta", "Medina", "Ledesma")),
    "PL": (("Katarzyna", "Tomasz", "Magdalena", "Marcin"), ("Kowalski", "Wiśniewska", "Lewandowski", "Kamińska")),
    "NL": (("Thijs", "Lotte", "Ruben", "Eva"), ("Visser", "Smit", "Mulder", "de Boer")),
    "TH": (("Kittisak", "Siriporn", "Nattapong"), ("Wongsakul", "Boonmee", "Thongchai")),
    "RU": (("Alexei", "Ekaterina", "Sergei"), ("Kuznetsov", "Sokolova", "Volkov")),
    "MY": (("Hafiz", "Siti", "Wei Ming"), ("Rahman", "Yusof", "Teoh")),
    "SA": (("Abdullah", "Noura"), ("Al-Otaibi", "Al-Shehri")),
    "AE": (("Khalid", "Aisha"), ("Al Hashimi", "Al Falasi")),
    "SG": (("Jun Hao", "Hui Min"), ("Lim", "Ng")),
    "NZ": (("Nikau", "Grace"), ("Parata", "Thompson")),
    "GH": (("Kofi", "Efua"), ("Mensah", "Owusu")),
    "MA": (("Hamza", "Salma"), ("El Idrissi", "Berrada")),
    "PE": (("Luis", "Rosa"), ("Quispe", "Huamán")),
    "CL": (("Benjamín", "Catalina"), ("Muñoz", "Rojas")),
    "SE": (("Oskar", "Ebba"), ("Lindberg", "Karlsson")),
    "CN": (("Wei", "Xiaoling"), ("Li", "Zhang")),
    "BE": (("Arne", "Elise"), ("Janssens", "Claes")), "AT": (("Florian", "Katharina"), ("Steiner", "Moser")),
    "PT": (("Tiago", "Beatriz"), ("Ferreira", "Carvalho")), "IE": (("Oisín", "Niamh"), ("Doyle", "Brennan")),
    "FI": (("Juho", "Emma"), ("Mäkinen", "Nieminen")), "CH": (("Noah", "Mia"), ("Baumgartner", "Frei")),
    "NO": (("Henrik", "Ingrid"), ("Olsen", "Berg")),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "comcast.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"),
    "DE": ("gmail.com", "gmx.de", "web.de", "web.de", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "daum.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com"), "ES": ("gmail.com", "gmail.com", "hotmail.com", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "shaw.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "outlook.com", "bigpond.com", "hotmail.com"), "NL": ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.co.uk"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("quarrybank-vets.com", "hollowpine.design", "gantry-freight.co", "marram-physio.org", "inkwell-tutors.net", "seabright-clinic.com")  # anywhere
LOCAL_ORGS = {"US": ("lakeshore.edu",), "CA": ("northshore-health.ca",), "GB": ("fenwick-solicitors.co.uk",), "IN": ("kaverisoft.in",),
              "DE": ("elbtal-logistik.de",), "NO": ("fjordlys.no",)}


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
    year = r.randint(1970, 2007)
    shapes = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}.{f}{year % 100:02d}", f"{f}.{g[0]}{r.randint(1, 99)}", f"{g}{f[0]}{year}",
              f"{g}_{f}", f"{f}{g}", f"{g[0]}.{f}{r.randint(2, 9)}", f"{g}{f[0]}+{r.choice(['receipts', 'school', 'bills', 'travel'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
