"""The people of the dev17 privacy set (``privacy_cases_dev17.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an employer's, school's or clinic's
domain now and then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Brantley", "Kinsley", "Dashiell", "Everly", "Raelynn", "Colby", "Shaniqua", "Tucker", "Dakota", "Jolene", "Cornelius", "Braxton"),
           ("Blankenship", "Easterling", "Fairbanks", "Haverford", "Pendergast", "Stallworth", "Ainsworth", "Birdwell", "Cordova", "Dunaway",
            "Elkins", "Ingersoll")),
    "IN": (("Parth", "Devika", "Mrinalini", "Siddhant", "Yuvraj", "Harshita", "Abhay", "Ritika", "Vedant", "Shreya"),
           ("Chaturvedi", "Mahajan", "Wadhwa", "Chandrasekhar", "Dixit", "Goswami", "Iyengar", "Khandelwal", "Mukherjee", "Nambiar")),
    "BR": (("Renan", "Rayane", "Kauã", "Jaqueline", "Emanuelle", "Tainá", "Cauê", "Luana"),
           ("Brandão", "Magalhães", "Quintela", "Coutinho", "Fonseca", "Holanda", "Macedo", "Valadares")),
    "GB": (("Ptolemy", "Tabitha", "Archibald", "Crispin", "Ottilie", "Rafferty", "Clementine", "Fergus"),
           ("Attwood", "Blackburn", "Cheshire", "Dimmock", "Featherstone", "Hollingworth", "Treharne", "Aldridge")),
    "DE": (("Anton", "Henrike", "Jakob", "Mats", "Klara", "Ludwig", "Wiebke", "Torben"),
           ("Eichhorn", "Hofmeister", "Kessler", "Lindemann", "Pfeiffer", "Albrecht", "Brückner", "Dietz")),
    "MX": (("Xóchitl", "Citlali", "Jerónimo", "Maribel", "Saúl", "Tonatiuh"), ("Gallardo", "Meléndez", "Aguirre", "Bárcenas", "Fuentes", "Gámez")),
    "FR": (("Gaspard", "Maëlle", "Thibault", "Solène", "Apolline", "Corentin"), ("Delorme", "Lemaire", "Arnaud", "Boucher", "Charpentier", "Dufour")),
    "ID": (("Bagus", "Citra", "Eko", "Ratna", "Sekar", "Galih"), ("Lubis", "Harahap", "Irawan", "Maulana", "Prasetyo", "Sihombing")),
    "PH": (("Liezel", "Dindo", "Marivic", "Rowena", "Ariel", "Gerlie"), ("Dizon", "Sarmiento", "Bernardo", "Estrada", "Gatchalian", "Lualhati")),
    "NG": (("Folake", "Oluwadamilare", "Nkechi", "Yemi", "Chukwuemeka", "Temitope"), ("Okonjo", "Onyekachi", "Nwankwo", "Akinola", "Chukwuma", "Eboh")),
    "JP": (("Sora", "Koharu", "Hayato", "Akari", "Itsuki", "Kanata"), ("Takeda", "Sakamoto", "Aoki", "Endo", "Fukuda", "Hasegawa")),
    "CA": (("Brody", "Harjit", "Navneet", "Jacinthe", "Gurleen", "Étienne"), ("Beaulieu", "Lévesque", "McKenzie", "Caron", "Desjardins", "Thibodeau")),
    "ES": (("Itziar", "Aitor", "Maite", "Unai", "Almudena", "Jacobo"), ("Arroyo", "Garrido", "Prieto", "Bermúdez", "Calvo", "Herrero")),
    "IT": (("Ludovica", "Riccardo", "Arianna", "Filippo", "Ginevra", "Niccolò"), ("Ferrara", "Galli", "Amato", "Benedetti", "Fabbri", "Grasso")),
    "PK": (("Hira", "Fahad", "Rabia", "Saad", "Komal"), ("Durrani", "Awan", "Bhatti", "Cheema", "Kazmi")),
    "TR": (("Defne", "İrem", "Umut", "Ceren"), ("Koç", "Kurt", "Özdemir", "Güneş")),
    "EG": (("Yasser", "Dina", "Sherif", "Hossam"), ("Hamdy", "Mansour", "Shawky", "Abdelaziz")),
    "VN": (("Nhung", "Phúc", "Thịnh", "Oanh"), ("Dương", "Trương", "Lâm", "Quách")),
    "BD": (("Farzana", "Mitu", "Jahid", "Shirin"), ("Akter", "Biswas", "Sikder", "Bhuiyan")),
    "KR": (("Yerin", "Taeyang", "Sumin", "Jaewon"), ("Baek", "Seo", "Ryu", "Hong")),
    "AU": (("Sienna", "Harvey", "Lachie", "Jarrah"), ("Dunstan", "Prendergast", "Mulholland", "Ingram")),
    "ZA": (("Nomvula", "Annelie", "Kagiso", "Marike"), ("Zulu", "Mahlangu", "Steyn", "Coetzee")),
    "KE": (("Nyambura", "Kiptoo", "Jepkemoi", "Nafula"), ("Wanjiku", "Kiprono", "Cheruiyot", "Githinji")),
    "CO": (("Luisa", "Paola", "Marcela", "Wilmer"), ("Zuluaga", "Gaviria", "Vélez", "Uribe")),
    "AR": (("Julieta", "Abril", "Nahuel", "Ailén"), ("Figueroa", "Correa", "Giménez", "Quiroga")),
    "PL": (("Kinga", "Grzegorz", "Oliwia", "Szymon"), ("Sikora", "Kaczmarek", "Krawczyk", "Zając")),
    "NL": (("Stijn", "Roos", "Sietske", "Wessel"), ("Jansen", "Kok", "Peters", "Vos")),
    "TH": (("Kanya", "Suda", "Thanawat"), ("Chaiyaphum", "Rattanakorn", "Thongdee")),
    "RU": (("Darya", "Yekaterina", "Olga"), ("Volkova", "Zaitseva", "Morozova")),
    "MY": (("Amirul", "Syafiq", "Puteri"), ("Aziz", "Chong", "Ramasamy")),
    "SA": (("Turki", "Nouf"), ("Al-Zahrani", "Al-Anazi")),
    "AE": (("Hessa", "Khalfan"), ("Al Marri", "Al Hammadi")),
    "SG": (("Boon Keat", "Pei Shan"), ("Chua", "Yeo")),
    "NZ": (("Tane", "Mereana"), ("Tipene", "Horomona")),
    "GH": (("Kwabena", "Adwoa"), ("Agyeman", "Darko")),
    "MA": (("Zineb", "Kenza"), ("Benjelloun", "Lahlou")),
    "PE": (("Mariela", "Gianfranco"), ("Ccori", "Huanca")),
    "CL": (("Ignacio", "Josefina"), ("Sepúlveda", "Valenzuela")),
    "SE": (("Astrid", "Linnea"), ("Sandberg", "Nyström")),
    "CN": (("Jing", "Yuxuan"), ("Xu", "Gao")),
    "BE": (("Thibaut", "Lieselot"), ("Mertens", "Goossens")), "AT": (("Alois", "Severin"), ("Hofer", "Leitner")),
    "PT": (("Leonor", "Gonçalo"), ("Lopes", "Mendes")), "IE": (("Cillian", "Pádraig"), ("Geraghty", "Hennessy")),
    "FI": (("Aleksi", "Veeti"), ("Järvinen", "Lehtonen")), "CH": (("Lara", "Levin"), ("Graf", "Gerber")),
    "NO": (("Sindre", "Maren"), ("Dahl", "Strand")),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"),
    "DE": ("gmail.com", "gmx.de", "gmx.net", "web.de", "web.de", "posteo.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"), "KR": ("naver.com", "naver.com", "gmail.com", "daum.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "videotron.ca"),
    "AU": ("gmail.com", "gmail.com", "outlook.com", "bigpond.com", "icloud.com"), "NL": ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "telkomsa.net", "vodamail.co.za"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("emberline-health.com", "quayside-architects.net", "lanternfish.design", "brightwater-ortho.org", "copperleaf-logistics.io",
        "millbrook-events.co")  # anywhere
LOCAL_ORGS = {"US": ("oakhollow.k12.us",), "CA": ("cedarvale-dental.ca",), "GB": ("wyvern-chartered.co.uk",), "IN": ("narmada-softlabs.in",),
              "DE": ("isartal-planung.de",), "AU": ("banksia-legal.com.au",)}


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
    year = r.randint(1968, 2008)
    shapes = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}.{f}{year % 100:02d}", f"{f}.{g}", f"{g}{year}", f"{g}-{f}",
              f"{f}{g[0]}{r.randint(1, 99)}", f"{g[0]}.{f}", f"{g}.{f[0]}+{r.choice(['bills', 'school', 'travel', 'shop'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
