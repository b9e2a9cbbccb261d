"""The dev54 set's people (issue 50): made-up names common in each region, none in an earlier set's
modules or lines (checked as written and folded to ASCII; many drawn from python-faker's locale lists,
used offline as a source of names only, others picked by hand; where every name tried was taken, one
name an earlier set has: VN Lã, SA Yazeed/Albalawi-Thamer, SG Yixuan-Gabriel/Seow-Pang, GH Nhyira, PE Teófila), the kendama clubs' and bossaball leagues'
domains, and the free mail providers of dev40's table; addresses made by dev19's ``mailbox()``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Everard", "Winslow", "Cordelia", "Kaitlyn", "Jody", "Mindy",), ("Brackett", "Kingsford", "Shackleford", "Dunwoody", "Orr", "Sparks",)),
    "IN": (("Ruchir", "Aarohi", "Vihaan", "Tanvika", "Baljiwan", "Hamsini",), ("Thakkar", "Deol", "Mander", "Mahal", "Setty", "Jayaraman",)),
    "BR": (("Jurema", "Iracema", "Otaviano", "Deodato", "Marilene", "Epaminondas",), ("Bittar", "Brasileiro",)),
    "GB": (("Eglantine", "Letitia", "Honoria",), ("Fotheringham", "Bickerstaff", "Pennyfeather",)),
    "DE": (("Hellmut", "Gunther", "Wolf", "Lioba", "Harri", "Veit",), ("Kesselring", "Brauchle", "Hufnagel", "Obermaier", "Schwarzkopf", "Bechtold",)),
    "MX": (("Altagracia", "Eduviges", "Celia",), ("Zavaleta", "Roybal", "Olivas", "Verduzco", "Mireles", "Ferrer",)),
    "FR": (("Gislaine", "Josiane", "Pascal", "Eliane", "Fabienne", "Georgette",), ("Laframboise", "Beaumanoir", "Lachaussée", "Montaigu", "Vauquelin", "Quesnel",)),
    "ID": (("Adhitya", "Yudistira", "Bimo", "Dalima", "Jayadi", "Balapati",), ("Hadiningrat", "Susilo", "Kusumawati", "Setiabudi", "Suryadi", "Handoko",)),
    "PH": (("Corazon", "Jonjon",), ("Yambao", "Buenafe", "Macaspac", "Tabuzo",)),
    "NG": (("Similoluwa", "Ronke", "Oluwasanmi", "Aderopo", "Temidayo", "Oluwakemi",), ("Ogunbo", "Olasupo", "Ilupeju", "Alabi", "Ogindan", "Babtunde",)),
    "JP": (("Shigeru", "Tadashi", "Kazuko", "Noboru", "Yoshio", "Teruko",), ("Ichinose", "Oshiro", "Higa", "Kinjo", "Nakasone", "Miyagi",)),
    "CA": (("Winnifred", "Osgood", "Lorne", "Elwood",), ("Fitzwilliam", "Grandbois", "Beauchesne", "McTavish", "Lafontaine", "Pettipas",)),
    "ES": (("Ildefonso", "Sarita", "Gertrudis", "Artemio", "Jordi", "Miguela",), ("Arriaga", "Echevarría", "Olazábal", "Basurto", "Castell", "Palomino",)),
    "IT": (("Nazzareno", "Piermaria", "Vincenzo", "Giuliano", "Silvestro", "Benvenuto",), ("Quagliarella", "Cannavacciuolo", "Mazzocchi", "Dandolo", "Foletti", "Cicilia",)),
    "PK": (("Usama", "Anam", "Laiq", "Daiyaan", "Esfandyar", "Ubayd",), ("Bukhari", "Saabir", "Aalam", "Aasim", "Bilaal", "Qusay",)),
    "TR": (("Berkay", "Tuna", "Poyraz", "Kırgız", "Kalgay", "Ushan",), ("Karakoç", "Çelebi", "Özyurt", "Eryılmaz", "Tatlıses", "Kocatepe",)),
    "VN": (("Khiết",), ("Lã",)),
    "EG": (("Reham", "Samia", "Suad",), ("Abdelmalek", "Guirguis", "Abdelsayed", "Makram",)),
    "BD": (("Jesmin", "Moinul",), ("Akhanji", "Faraji",)),
    "KR": (("Seunghoon", "Taemin", "Jiwon", "Sehun",), ("Sunwoo",)),
    "AU": (("Briony", "Warwick",), ("Waddell", "McCubbin", "Lockyer", "Mountford",)),
    "ZA": (("Khaya", "Mbali", "Xolani",), ("Maseko", "Tshabalala",)),
    "KE": (("Shani", "Azizi", "Risasi", "Khamani", "Thabiti", "Sungara",), ("Muriuki", "Mumbi", "Kitumaini", "Hassani", "Baharia", "Dhadho",)),
    "CO": (("Margoth", "Tulia", "Miryam", "Francy", "Faber", "Yamile",), ("Tobón", "Saldarriaga",)),
    "AR": (("Braian",), ("Bianchetti", "Mastronardi", "Garibaldi",)),
    "PL": (("Lechosław", "Bartek", "Stanisław", "Dawid",), ("Kalinowski",)),
    "TH": (("Natthaphon", "Orathai", "Jintana",), ("Buasri", "Rungrot",)),
    "RU": (("Raisa", "Stanislav", "Fevronia",), ("Karpov", "Bogdanov", "Melnikov",)),
    "NL": (("Hendrik", "Fenna", "Esmee", "Valentijn", "Yfke", "Ise",), ("Zijlemans", "Dirven", "Spanhaak", "Persijn", "Rackham",)),
    "MY": (("Khairunnisa", "Husna",), ("Marzuki",)),
    "SA": (("Yazeed",), ("Albalawi-Thamer",)),
    "AE": (("Maktoum",), ("Al-Mazrouei", "Al-Suwaidi", "Al-Nuaimi", "Al-Shamsi", "Al-Mansoori", "Al-Hammadi",)),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang",)),
    "NZ": (("Terina", "Mikaere", "Briana", "Zac", "Aaliyah",), ("Rangihau", "Esson", "Perano", "Jamieson", "Griffiths", "Haines",)),
    "GH": (("Nhyira",), ("Anima", "Nti", "Pomaa", "Daako", "Aboraa", "Kwartemaa",)),
    "MA": (("Marouane",), ("Boukhari", "Hassani", "Bouazzaoui", "Ennaji",)),
    "PE": (("Teófila",), ("Quillca",)),
    "CL": (("Edita", "Willy", "Rafaella", "Eithan", "Abdón", "Dayana",), ("Errázuriz", "Larraín", "Undurraga", "Valdivieso", "Irarrázaval", "Ancapán",)),
    "SE": (("Alrik", "Nadja", "Agne", "Yousef", "Jonny", "Nellie",), ("Nordström", "Hellström", "Lindgren", "Dahlström", "Hedström", "Blom",)),
    "CN": (("Xiaoxue", "Yongmei", "Dewei", "Qiuyue", "Xiaolan", "Zhenhua",), ("Dugu", "Lüqiu", "Zuoqiu",)),
    "BE": (("Pieterjan", "Katrien", "Nore", "Seppe",), ("Vanderhaeghen", "Decock", "Coppens", "Lambrecht", "Demeyer",)),
    "AT": (("Herta", "Hildegard", "Constantin", "Lilli", "Alena", "Laurin",), ("Pfeifer", "Mayrhofer", "Reiter", "Grabher", "Rossmann", "Scheiber",)),
    "PT": (("Caetano",), ("Ribas", "Canelas",)),
    "IE": (("Aoibheann", "Éabha", "Fionn", "Cahir", "Bailie", "Saskia",), ("MacGiolla", "Mulryan", "Skehan", "McEvilly", "Hennelley", "Cahir",)),
    "FI": (("Kaisa", "Hilja", "Pekka", "Kristiina", "Jorma", "Miia",), ("Seppälä", "Manninen", "Nevalainen", "Rauhala", "Holmberg", "Salomaa",)),
    "CH": (("Verena", "Regula", "Annina", "Astrit", "Myrtha", "Maurizio",), ("Künzli", "Egli", "Stämpfli", "Kägi", "Schweizer", "Tobler",)),
    "NO": (("Gaute", "Åshild", "Gjertrud", "Sølvi",), ("Kvam", "Stokke", "Haugstad", "Gjerde", "Sveen",)),
}
ORGS = ("kendama-jam.example", "bossaball-liga.example.br", "ropeway-crew.example.at", "seed-swap-library.org", "tuner-round.net",
        "saltmarsh-wardens.org.uk")
LOCAL_ORGS = {"US": ("boise-kendama.club",), "CA": ("nightmarket-vendors.ca",), "GB": ("blakeney-marsh.org.uk",), "IN": ("kochi-pianoworks.in",),
              "DE": ("seilbahn-talstation.de",), "BR": ("bossaball-niteroi.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region`` (dev19's generator, this set's names)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have (dev19's generator, this set's names and domains)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
