"""The people of the dev14 privacy set (``privacy_cases_dev14.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a school's or employer's domain now and
then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Amber", "Caleb", "Dominique", "Ethan", "Felicia", "Gavin", "Hailey", "Isaiah", "Kayla", "Logan", "Marisol", "Tyrone"),
           ("Albright", "Brennan", "Castellano", "Dunleavy", "Fitzgerald", "Greer", "Huang", "Kowalczyk", "Lindqvist", "Okafor", "Pruitt", "Whitaker")),
    "IN": (("Aarav", "Bhavna", "Chirag", "Divya", "Gaurav", "Ishita", "Kunal", "Meera", "Nikhil", "Pooja"),
           ("Bhatt", "Chopra", "Deshpande", "Kulkarni", "Menon", "Pillai", "Saxena", "Trivedi", "Upadhyay", "Malhotra")),
    "BR": (("Larissa", "Gustavo", "Fernanda", "Rafael", "Thaís", "Leandro", "Aline", "Diego"),
           ("Moreira", "Figueiredo", "Nogueira", "Araújo", "Castilho", "Vasconcelos", "Bezerra", "Siqueira")),
    "GB": (("Harriet", "Callum", "Imogen", "Rhys", "Phoebe", "Finlay", "Georgia", "Ewan"),
           ("Ashworth", "Brewster", "Dawson", "Fairclough", "Holloway", "Lockwood", "Sinclair", "Whitmore")),
    "DE": (("Jannik", "Lea", "Tobias", "Miriam", "Lukas", "Annika", "Felix", "Sophie"),
           ("Brandt", "Krüger", "Seidel", "Winkler", "Schubert", "Hartmann", "Pohl", "Ziegler")),
    "MX": (("Itzel", "Emiliano", "Ximena", "Santiago", "Fernanda", "Leonardo"), ("Arellano", "Bautista", "Cisneros", "Orozco", "Villalobos", "Zavala")),
    "FR": (("Léa", "Maxime", "Camille", "Théo", "Manon", "Hugo"), ("Lefèvre", "Bonnet", "Fontaine", "Girard", "Lemoine", "Rousseau")),
    "ID": (("Budi", "Ayu", "Fajar", "Putri", "Hendra", "Nia"), ("Santoso", "Wijaya", "Hidayat", "Kusuma", "Saputra", "Permata")),
    "PH": (("Angelica", "Jerome", "Kristine", "Mark", "Princess", "Rodel"), ("Bautista", "Dela Cruz", "Mendoza", "Santos", "Tolentino", "Villanueva")),
    "NG": (("Chinedu", "Funmilayo", "Emeka", "Aisha", "Tunde", "Kelechi"), ("Okonkwo", "Balogun", "Eze", "Lawal", "Okafor", "Adeyemi")),
    "JP": (("Haruto", "Yui", "Sota", "Aoi", "Ren", "Mei"), ("Tanaka", "Watanabe", "Ito", "Kobayashi", "Matsumoto", "Inoue")),
    "CA": (("Liam", "Chloé", "Owen", "Priya", "Mathieu", "Avery"), ("Tremblay", "Gagnon", "MacDonald", "Wong", "Roy", "Singh")),
    "ES": (("Lucía", "Pablo", "Marta", "Javier", "Alba", "Álvaro"), ("Navarro", "Romero", "Vidal", "Gil", "Molina", "Herrera")),
    "IT": (("Giulia", "Matteo", "Chiara", "Lorenzo", "Sara", "Andrea"), ("Ricci", "Marino", "Costa", "Bruno", "Colombo", "Esposito")),
    "PK": (("Ayesha", "Bilal", "Hina", "Kamran", "Sana"), ("Qureshi", "Malik", "Chaudhry", "Siddiqui", "Mirza")),
    "TR": (("Emre", "Zeynep", "Burak", "Ayşe"), ("Yılmaz", "Aydın", "Arslan", "Şahin")),
    "EG": (("Omar", "Nour", "Youssef", "Heba"), ("Hassan", "Mostafa", "Fathy", "Mahmoud")),
    "VN": (("Minh", "Thảo", "Quang", "Ngọc"), ("Nguyễn", "Trần", "Phạm", "Bùi")),
    "BD": (("Rafiq", "Nusrat", "Tanvir", "Sadia"), ("Hossain", "Rahman", "Chowdhury", "Uddin")),
    "KR": (("Minjun", "Jiwoo", "Seojun", "Hayoon"), ("Park", "Choi", "Jung", "Han")),
    "AU": (("Lachlan", "Matilda", "Cooper", "Ivy"), ("Nguyen", "Taylor", "Brown", "O'Brien")),
    "ZA": (("Thabo", "Lerato", "Pieter", "Zanele"), ("Dlamini", "van der Merwe", "Nkosi", "Pillay")),
    "KE": (("Wanjiru", "Otieno", "Achieng", "Mwangi"), ("Kamau", "Odhiambo", "Mutua", "Njoroge")),
    "CO": (("Valentina", "Sebastián", "Mariana", "Andrés"), ("Ospina", "Restrepo", "Valencia", "Castaño")),
    "AR": (("Agustina", "Facundo", "Sofía", "Nicolás"), ("Fernández", "Pereyra", "Sosa", "Benítez")),
    "PL": (("Zofia", "Jakub", "Agnieszka", "Piotr"), ("Nowak", "Zieliński", "Szymańska", "Wróbel")),
    "NL": (("Daan", "Sanne", "Bram", "Femke"), ("de Vries", "Bakker", "Janssen", "Meijer")),
    "TH": (("Somchai", "Pimchanok", "Arthit"), ("Srisuk", "Chaiyaporn", "Rattanakul")),
    "RU": (("Dmitry", "Anastasia", "Nikita"), ("Smirnov", "Ivanova", "Popov")),
    "MY": (("Amir", "Nurul", "Jia Hui"), ("Ismail", "Abdullah", "Lim")),
    "SA": (("Faisal", "Reem"), ("Al-Qahtani", "Al-Harbi")),
    "AE": (("Saeed", "Mariam"), ("Al Mansoori", "Al Nuaimi")),
    "SG": (("Wei Jie", "Shu Ting"), ("Tan", "Goh")),
    "NZ": (("Tama", "Olivia"), ("Ngata", "Wilson")),
    "GH": (("Kwame", "Ama"), ("Asante", "Boateng")),
    "MA": (("Mehdi", "Fatima Zahra"), ("Alaoui", "Bennani")),
    "PE": (("Diego", "Lucía"), ("Mamani", "Flores")),
    "CL": (("Matías", "Antonia"), ("González", "Soto")),
    "SE": (("Elias", "Maja"), ("Andersson", "Johansson")),
    "CN": (("Hao", "Mei"), ("Wang", "Chen")),
    "BE": (("Wout", "Margaux"), ("Peeters", "Maes")), "AT": (("Lukas", "Johanna"), ("Gruber", "Huber")),
    "PT": (("João", "Inês"), ("Silva", "Santos")), "IE": (("Cian", "Aoife"), ("O'Sullivan", "Byrne")),
    "FI": (("Eero", "Aino"), ("Virtanen", "Korhonen")), "CH": (("Luca", "Lena"), ("Meier", "Keller")),
    "NO": (("Magnus", "Nora"), ("Hansen", "Johansen")),
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

ORGS = ("northgate-clinic.com", "bluefinch.dev", "oakridge-property.com", "lumen-works.co", "harborview.org", "quillstack.io")  # anywhere
LOCAL_ORGS = {"US": ("westbrook.edu",), "CA": ("prairieline.ca",), "GB": ("kestrel-accountants.co.uk",), "IN": ("novaline.in",),
              "DE": ("bergblick-werke.de",), "NO": ("nordkapp-data.no",)}


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
              f"{g}.{f[0]}{r.randint(10, 999)}", f"{f}.{g}", f"{g}-{f}", f"{g}.{f}+{r.choice(['shop', 'kids', 'taxes', 'jobs'])}"]
    domain = r.choice(ORGS + LOCAL_ORGS.get(region, ())) if r.random() < 0.15 else r.choice(PROVIDERS.get(region, PROVIDERS["US"]))
    return f"{r.choice(shapes)}@{domain}"
