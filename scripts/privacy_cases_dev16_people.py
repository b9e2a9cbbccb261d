"""The people of the dev16 privacy set (``privacy_cases_dev16.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a school's or employer's domain now and
then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Kaylee", "Tristan", "Desiree", "Jalen", "Brittany", "Wyatt", "Mackenzie", "Jermaine", "Tamara", "Griffin", "Latoya", "Beau"),
           ("Bancroft", "Culpepper", "Eckhart", "Farnsworth", "Gillespie", "Hartigan", "Kincaid", "Larkin", "Merriweather", "Ostrowski",
            "Thibodeaux", "Yarborough")),
    "IN": (("Aarushi", "Hrithik", "Gauri", "Mihir", "Jhanvi", "Omkar", "Neha", "Ritesh", "Sakshi", "Tushar"),
           ("Ahuja", "Bhatnagar", "Dwivedi", "Gokhale", "Hegde", "Jaiswal", "Kapoor", "Naidu", "Rastogi", "Tandon")),
    "BR": (("Giovana", "Heitor", "Jéssica", "Danilo", "Natália", "Wellington", "Sabrina", "Yasmin"),
           ("Correia", "Drummond", "Esteves", "Farias", "Lacerda", "Peixoto", "Toledo", "Ribeiro")),
    "GB": (("Poppy", "Barnaby", "Florence", "Rupert", "Millie", "Hamish", "Esme", "Reggie"),
           ("Ashdown", "Bellingham", "Dunmore", "Fenwick", "Haworth", "Loxley", "Ormerod", "Rowntree")),
    "DE": (("Lina", "Konstantin", "Mathilda", "Finn", "Ida", "Emil", "Lotta", "Benedikt"),
           ("Franke", "Göbel", "Krause", "Möller", "Neumann", "Schuster", "Thiele", "Weiß")),
    "MX": (("Montserrat", "Rogelio", "Dulce", "Arturo", "Paulina", "Ulises"), ("Bustamante", "Carrillo", "Escobar", "Galindo", "Hinojosa", "Robles")),
    "FR": (("Clémence", "Bastien", "Océane", "Romain", "Juliette", "Elodie"), ("Bertrand", "Carpentier", "Deschamps", "Guérin", "Masson", "Vasseur")),
    "ID": (("Anisa", "Dimas", "Fitri", "Gilang", "Nabila", "Arief"), ("Hartono", "Kurniawan", "Nasution", "Purnomo", "Rahayu", "Utomo")),
    "PH": (("Mary Grace", "Jayson", "Analyn", "Kenneth", "Rhodora", "Ramon"), ("Buenaventura", "Dimaculangan", "Esguerra", "Fajardo", "Lacson", "Panganiban")),
    "NG": (("Chidinma", "Oluwaseun", "Amarachi", "Segun", "Hadiza", "Obinna"), ("Chukwu", "Danjuma", "Ekwueme", "Fashola", "Ibekwe", "Olatunji")),
    "JP": (("Hikari", "Shota", "Miyu", "Takumi", "Nanami", "Ryota"), ("Ishikawa", "Mori", "Nishimura", "Ogawa", "Shimizu", "Yamada")),
    "CA": (("Connor", "Gurpreet", "Olivier", "Jasmeet", "Félix", "Samuel"), ("Bergeron", "Cloutier", "Dhaliwal", "Fortin", "MacLeod", "Ouellet")),
    "ES": (("Ainhoa", "Borja", "Lorena", "Gonzalo", "Íñigo", "Rubén"), ("Blanco", "Cano", "Cabrera", "Jiménez", "Lozano", "Sanz")),
    "IT": (("Alessia", "Gabriele", "Ilaria", "Tommaso", "Giorgia", "Edoardo"), ("Lombardi", "Moretti", "Pellegrini", "Santoro", "Villa", "Bianchi")),
    "PK": (("Amna", "Junaid", "Iqra", "Waqas", "Maryam"), ("Afridi", "Baig", "Gillani", "Khokhar", "Niazi")),
    "TR": (("Ece", "Onur", "Merve", "Tolga"), ("Aksoy", "Doğan", "Erdem", "Polat")),
    "EG": (("Amr", "Hesham", "Tarek", "Rania"), ("Abdallah", "Gaber", "Khalil", "Naguib")),
    "VN": (("Khánh", "Phương", "Duy", "Trang"), ("Đỗ", "Huỳnh", "Ngô", "Trịnh")),
    "BD": (("Rakib", "Sharmin", "Sohel", "Mehjabin"), ("Haque", "Mollah", "Rahim", "Sarker")),
    "KR": (("Yejun", "Subin", "Jiho", "Chaewon"), ("Shin", "Kwon", "Hwang", "Ahn")),
    "AU": (("Flynn", "Isabella", "Tahlia", "Evie"), ("Baxter", "Fletcher", "Hawkins", "Whitlam")),
    "ZA": (("Bongani", "Thandiwe", "Francois", "Lindiwe"), ("Mthembu", "Ndlovu", "Pretorius", "Venter")),
    "KE": (("Nekesa", "Kibet", "Wairimu", "Barasa"), ("Kimani", "Ochieng", "Muthoni", "Rotich")),
    "CO": (("Manuela", "Felipe", "Isabela", "Esteban"), ("Arango", "Betancur", "Henao", "Jaramillo")),
    "AR": (("Florencia", "Ezequiel", "Brenda", "Valentín"), ("Domínguez", "Gutiérrez", "Ibáñez", "Villalba")),
    "PL": (("Natalia", "Michał", "Joanna", "Paweł"), ("Dąbrowski", "Jankowska", "Pawlak", "Woźniak")),
    "NL": (("Lieke", "Joris", "Maaike", "Luuk"), ("Hendriks", "van Leeuwen", "Dekker", "Brouwer")),
    "TH": (("Chaiwat", "Malee", "Prasert"), ("Sukprasert", "Kongsuk", "Phromma")),
    "RU": (("Mikhail", "Yulia", "Pavel"), ("Lebedeva", "Novikov", "Fedorova")),
    "MY": (("Farid", "Aishah", "Chee Keong"), ("Hashim", "Othman", "Subramaniam")),
    "SA": (("Sultan", "Lama"), ("Al-Dosari", "Al-Mutairi")),
    "AE": (("Humaid", "Shamma"), ("Al Ketbi", "Al Shamsi")),
    "SG": (("Zhi Hao", "Ming Wei"), ("Teo", "Koh")),
    "NZ": (("Wiremu", "Manaia"), ("Henare", "Parker")),
    "GH": (("Yaw", "Akosua"), ("Appiah", "Osei")),
    "MA": (("Othmane", "Imane"), ("Tazi", "Chraibi")),
    "PE": (("Kiara", "Alonso"), ("Condori", "Vilca")),
    "CL": (("Vicente", "Josefa"), ("Fuentealba", "Contreras")),
    "SE": (("Elsa", "Wilma"), ("Bergström", "Lundqvist")),
    "CN": (("Lei", "Fang"), ("Zhao", "Zhou")),
    "BE": (("Jens", "Amélie"), ("Wouters", "Willems")), "AT": (("Leopold", "Simon"), ("Wallner", "Auer")),
    "PT": (("Afonso", "Matilde"), ("Rodrigues", "Machado")), "IE": (("Darragh", "Ciara"), ("Moriarty", "Donoghue")),
    "FI": (("Onni", "Venla"), ("Laine", "Heikkinen")), "CH": (("Yannick", "Elin"), ("Schmid", "Widmer")),
    "NO": (("Eirik", "Solveig"), ("Bakke", "Lie")),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"),
    "DE": ("gmail.com", "gmx.de", "gmx.net", "web.de", "web.de", "t-online.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "sfr.fr", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "rambler.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "alice.it", "hotmail.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca"),
    "AU": ("gmail.com", "gmail.com", "outlook.com", "optusnet.com.au", "icloud.com"), "NL": ("gmail.com", "hotmail.com", "live.nl", "xs4all.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com.ph"),
    "ID": ("gmail.com", "gmail.com", "yahoo.com"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "mweb.co.za", "webmail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "outlook.com"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("tidewater-dental.com", "brackenridge-law.net", "cobaltfinch.studio", "larchmont-pediatrics.org", "saltmarsh-analytics.io",
        "pennywhistle-events.co")  # anywhere
LOCAL_ORGS = {"US": ("riverbend.k12.us",), "CA": ("maplecrest-clinic.ca",), "GB": ("harrowgate-surveyors.co.uk",), "IN": ("godavari-infotech.in",),
              "DE": ("rheinauen-bau.de",), "AU": ("wattlebank-accounting.com.au",)}


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
              f"{g}_{f}", f"{f}{g}", f"{g[0]}.{f}{r.randint(2, 9)}", f"{g}{f[0]}+{r.choice(['orders', 'kids', 'rent', 'newsletters'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
