"""The people of the dev19 privacy set (``privacy_cases_dev19.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a workplace's, club's or practice's
domain now and then; first and last name joined, an initial, a nickname and a number), all made up.
"""

from __future__ import annotations

import random
import unicodedata

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Marlowe", "Tenley", "Quincy", "Saylor", "Everett", "Journee", "Lamont", "Jericho", "Delphine", "Kasey", "Booker", "Oaklynn"),
           ("Pettigrew", "Tillman", "Quarles", "Coralie", "Tillotson", "Crutchfield", "Haverty", "Ledbetter", "Sorensen", "Whitlock",
            "Mabry", "Pruett")),
    "IN": (("Ruchira", "Ishani", "Aarush", "Sanvi", "Niharika", "Kshitij", "Charulata", "Mrunal", "Siddhesh", "Vaidehi"),
           ("Pranjal", "Yashoda", "Girish", "Bhagwat", "Joglekar", "Apte", "Phadnis", "Nimbalkar", "Shetty", "Agarkar")),
    "BR": (("Wesley", "Ítalo", "Ueslei", "Raíssa", "Adriele", "Letícia", "Davi", "Nathália"),
           ("Prado", "Jucélia", "Rosivaldo", "Edileuza", "Claudionor", "Valdirene", "Genivaldo", "Sobral")),
    "GB": (("Honor", "Philippa", "Digby", "Hermione", "Montague", "Tamsin", "Cressida", "Ferrers"),
           ("Fothergill", "Ackroyd", "Postlethwaite", "Higginbottom", "Sowerby", "Trelawney", "Whitworth", "Braithwaite")),
    "DE": (("Fenja", "Malte", "Imke", "Hauke", "Swantje", "Ole", "Heike", "Lasse"),
           ("Dreßler", "Hinrichs", "Lüdemann", "Reimers", "Thiessen", "Wilke", "Jannes", "Ehlers")),
    "MX": (("Jacinto", "Eréndira", "Uriel", "Yaretzi", "Ixchel", "Eleazar"), ("Zamudio", "Ochoa", "Saucedo", "Arreola", "Villaseñor", "Camarena")),
    "FR": (("Maëlys", "Anatole", "Anselme", "Héloïse", "Ombeline", "Tanguy"), ("Firmin", "Fabre", "Ricard", "Leclerc", "Brunet", "Morel")),
    "ID": (("Taufik", "Puspita", "Komang", "Kadek", "Made", "Tambunan"), ("Simanjuntak", "Nainggolan", "Wibisono", "Manurung", "Sembiring", "Ginting")),
    "PH": (("Marites", "Eljay", "Precious", "Jericson", "Jennylyn", "Mylene"), ("Ernesto", "Crisanto", "Manansala", "Magbanua", "Catacutan", "Pagdanganan")),
    "NG": (("Oluchi", "Ayodele", "Ifeoma", "Ebere", "Nnamdi", "Olufemi"), ("Yewande", "Anozie", "Nwachukwu", "Ezeani", "Uchenna", "Ajayi")),
    "JP": (("Hinata", "Yua", "Yuzuki", "Yoshida", "Yamato", "Honoka"), ("Fujiwara", "Minato", "Tsumugi", "Kanazawa", "Matsuda", "Okamoto")),
    "CA": (("Ludovic", "Manpreet", "Brielle", "Tegan", "Harjot", "Navdeep"), ("Rosalie", "Pelletier", "Levesque", "Sandhu", "Sidhu", "Bains")),
    "ES": (("Koldo", "Amaia", "Eneko", "Asier", "Jon", "Maialen"), ("Echeverría", "Garazi", "Etxeberria", "Olaizola", "Garmendia", "Uriarte")),
    "IT": (("Ascanio", "Jacopo", "Costanza", "Vittoria", "Ferruccio", "Serena"), ("Cattaneo", "Ferraro", "Marchetti", "Morelli", "Bellini", "Guerra")),
    "PK": (("Taimoor", "Rana", "Zohaib", "Kashif", "Ghumman"), ("Janjua", "Tarar", "Satti", "Gilani", "Kiyani")),
    "TR": (("Emir", "Barış", "Kerem", "Ilgaz"), ("Nehir", "Alp", "Demirci", "Kaplan")),
    "EG": (("Menna", "Nourhan", "Ragab", "Elshamy"), ("Badawi", "Fawzy", "Hegazy", "Shehata")),
    "VN": (("Khoa", "Lý", "Vy", "Dũng"), ("Tạ", "Mai", "Ninh", "Cao")),
    "BD": (("Tania", "Rumana", "Rupa", "Shuvo"), ("Nasrin", "Habib", "Kabir", "Howlader")),
    "KR": (("Chaeyoung", "Gunwoo", "Soyeon", "Minseok"), ("Nayeon", "Cha", "Jang", "Song")),
    "AU": (("Banjo", "Murchison", "Cavanagh", "Brodie"), ("Tallis", "Ellery", "Kennedy", "Pearce")),
    "ZA": (("Jaco", "Palesesa", "Lwazi", "Thandeka"), ("Refilwe", "Hennie", "Ntuli", "Ngcobo")),
    "KE": (("Mumbua", "Auma", "Ndirangu", "Atieno"), ("Moraa", "Macharia", "Kirui", "Kimaiyo")),
    "CO": (("Estiven", "Yefferson", "Jhon", "Sneider"), ("Yurani", "Cristian", "Duvan", "Katherine")),
    "AR": (("Delfina", "Funes", "Maitena", "Ciro"), ("Iara", "Rearte", "Paz", "Sabatini")),
    "PL": (("Małgorzata", "Dąbrowska", "Jagoda", "Dariusz"), ("Halina", "Leszek", "Bożena", "Kubiak")),
    "NL": (("Joost", "Vermeulen", "Marloes", "Anouk"), ("de Graaf", "Floor", "Wolters", "Hoekstra")),
    "TH": (("Wanida", "Thammasat", "Thanakorn"), ("Ratchanee", "Suwannarat", "Chanthara")),
    "RU": (("Nikolai", "Dmitri", "Arkady"), ("Kuznetsova", "Sokolov", "Zinaida")),
    "MY": (("Farah", "Danial", "Haziq"), ("Kamaruddin", "Ilham", "Aisyah")),
    "SA": (("Lulwa", "Bandar"), ("Jawaher", "Al-Shahrani")),
    "AE": (("Mansoor", "Marzooqi"), ("Al Mheiri", "Al Kaabi")),
    "SG": (("Xiu", "Jun Jie"), ("Seah", "Ong")),
    "NZ": (("Rangihuna", "Whata"), ("Paewai", "Herewini")),
    "GH": (("Adjoa", "Yeboah"), ("Ofori", "Frimpong")),
    "MA": (("Anas", "Khadija"), ("Nabil", "Fassi")),
    "PE": (("Yolanda", "Percy"), ("Edwin", "Rosaura")),
    "CL": (("Henríquez", "Riquelme"), ("Cárcamo", "Astudillo")),
    "SE": (("Sjöberg", "Holmgren"), ("Albin", "Ekström")),
    "CN": (("Zihan", "Haoran"), ("Yutong", "Feng")),
    "BE": (("Jolien", "Jelle"), ("Marthe", "Jansens")), "AT": (("Valentin", "Wimmer"), ("Brandstätter", "Haslinger")),
    "PT": (("Sequeira", "Gouveia"), ("Carneiro", "Vieira Lobo")), "IE": (("Donnelly", "Keane"), ("Brennock", "Ó Súilleabháin")),
    "FI": (("Aatu", "Iida"), ("Niemi", "Koskinen")), "CH": (("Reto", "Seraina"), ("Zürcher", "Tschudi")),
    "NO": (("Torbjørn", "Sigrid"), ("Eilif", "Marit")),
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

ORGS = ("brightfern-orthodontics.com", "copperkettle-catering.net", "larkspur-legal.studio", "millbrook-pediatrics.org", "quayside-logistics.io",
        "ravenstone-events.co")  # anywhere
LOCAL_ORGS = {"US": ("maplehurst-isd.k12.us",), "CA": ("riverbend-animalhospital.ca",), "GB": ("thornfield-practice.co.uk",), "IN": ("godavari-softworks.in",),
              "DE": ("alsterblick-kanzlei.de",), "AU": ("banksia-bookkeeping.com.au",)}

def person(r: random.Random, region: str, folks: dict | None = None) -> str:
    """A made-up name as it is common in ``region`` (among ``folks``, this set's unless given)."""
    folks = folks or FOLKS
    given, family = folks.get(region, folks["US"])
    return f"{r.choice(given)} {r.choice(family)}"


def _plain(text: str) -> str:
    """Lower-case ASCII letters only: what a mail provider lets a name become."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalpha())


def mailbox(r: random.Random, region: str, name: str | None = None, *, folks: dict | None = None, providers: dict | None = None,
            orgs: tuple[str, ...] | None = None, local_orgs: dict | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have; ``folks``, ``providers``,
    ``orgs`` and ``local_orgs`` are this set's unless given."""
    providers, orgs, local_orgs = providers or PROVIDERS, orgs or ORGS, local_orgs if local_orgs is not None else LOCAL_ORGS
    given, family = (name or person(r, region, folks)).split(" ", 1)
    g, f = _plain(given), _plain(family)
    year = r.randint(1966, 2009)
    shapes = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{year % 100:02d}", f"{f}.{g}", f"{g}{year}", f"{f}-{g[0]}",
              f"{g}{f[0]}{r.randint(1, 99)}", f"{g[0]}.{f}", f"{g}.{f}+{r.choice(['bills', 'school', 'travel', 'shop'])}"]
    domain = r.choice(orgs + local_orgs.get(region, ())) if r.random() < 0.15 else r.choice(providers.get(region, providers["US"]))
    return f"{r.choice(shapes)}@{domain}"
