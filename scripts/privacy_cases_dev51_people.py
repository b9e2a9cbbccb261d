"""The people of the dev51 privacy set (``privacy_cases_dev51.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a wycinanki circle's or a pesäpallo
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the free providers are dev40's table; the names and domains are
this set's own, none of them in an earlier set's modules or lines.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Doris", "Caitlin", "Christy", "Jerry", "Earl", "Jeff"), ("Phillips", "Madden", "Schwartz", "Faulkner", "Mcmillan", "Mcknight")),
    "IN": (("Yashica", "Jeevika", "Samesh", "Nitesh", "Aachal", "Zayyan"), ("Swaminathan", "Vohra", "Dhingra", "Nadig", "Sachar", "Konda")),
    "BR": (("Valentim", "Edinalva", "Jucimara", "Ivanildo", "Claudiele", "Nildete"),
           ("Bitencourt", "Penteado", "Prudente", "Mascarenhas", "Trancoso")),
    "GB": (("Fergal", "Petroc", "Cadan", "Ysolde"), ("Pendleton", "Scobie", "Cardew", "Lightfoot", "Oglethorpe", "Thistlethwaite")),
    "DE": (("Elli", "Irmtrud", "Gertraut", "Abram", "Wolfhard", "Ingried"), ("Schleich", "Benthin", "Stahr", "Naser", "Jäkel", "Schomber")),
    "MX": (("Anabel", "Emilio", "Roberto", "Vanesa", "Mercedes", "Alejandra"), ("Munguía", "Riojas", "Almonte", "Rosado", "Sarabia")),
    "FR": (("Isaure", "Léandre", "Mahaut", "Séraphin", "Ysaline", "Alexandrie"), ("Lecomte", "Gallet", "Guibert", "Duhamel", "Barre")),
    "ID": (("Widya", "Lasmono", "Prayogo", "Mulyanto", "Harimurti", "Mursinin"),
           ("Purnawati", "Hidayanto", "Tarihoran", "Anggraini", "Sudiati", "Winarsih")),
    "PH": (("Girlie", "Dencio", "Rhealyn", "Carmelita", "Edralin"), ("Villaruz", "Sisante", "Bagatsing", "Manabat", "Abalos", "Dinglasan")),
    "NG": (("Fikayomi", "Folu", "Adekitan", "Ajani", "Abiona", "Oluwamuyiwa"), ("Olusanya", "Sobowale", "Fasasi", "Fadipe", "Ibikunle", "Fajimi")),
    "JP": (("Takuma", "Yoko", "Osamu", "Hiroshi", "Yasuhiro", "Chinatsu"), ("Hamasaki", "Matsuoka", "Nagano", "Okamura", "Fujisawa", "Hirano")),
    "CA": (("Laurentine", "Ghyslaine", "Micheline"), ("Robitaille", "Prévost", "Michaud", "Guillemette", "Dumas", "Chouinard")),
    "ES": (("Américo", "Fito", "Ricarda", "Teobaldo", "Basilio", "Amílcar"), ("Galiano", "Manso", "Prat", "Recio", "Bilbao", "Perera")),
    "IT": (("Nedda", "Bettina", "Gianni", "Giacomo", "Cirillo", "Giampaolo"), ("Quasimodo", "Gigli", "Tosi", "Pincherle", "Monicelli")),
    "PK": (("Daamin", "Dakhil", "Yadid", "Sadaf"), ("Rafi", "Labeeb", "Babar", "Taheem", "Baasit")),
    "TR": (("Enfes", "Terlan", "Yurdanur", "Görgünay", "Berkant"), ("Ersoy", "Aydemir", "Kılınç", "Şimşek", "Kocaman", "Özkaya")),
    "VN": (("Mừng", "Xinh", "Quý", "Lượm", "Sửu"), ("Tất", "Vòng")),
    "EG": (("Hanaa", "Adly"), ("Shoukry", "Mahfouz", "Tolba", "Ghali", "Moustafa")),
    "BD": (("Selina", "Tariqul", "Ruksana"), ("Akhanda", "Bhuian", "Hossen", "Khandakar")),
    "KR": (("Kyungsoo", "Jiyeon", "Seungwoo", "Sieun", "Jihoo", "Dabin"), ("Gye", "Shim", "Gook", "Bok")),
    "AU": (("Bridget", "Chelsey", "Shelia", "Debbie", "Lonnie", "Haley"), ("Davies", "Wilcox", "Browning", "Frazier", "Farley", "Spence")),
    "ZA": (("Dumisile", "Sibongile", "Andile", "Thando", "Sihawukele", "Amahle"),
           ("Dlangamandla", "Mqadi", "Somboni", "Sikhakhane", "Nsukuza", "Mabuya")),
    "KE": (("Penina", "Benta", "Liban", "Simeon", "Tyson"), ("Iminza", "Ondiek", "Ngatia", "Mutindi", "Kaburu", "Njiru")),
    "CO": (("Yazmín", "Freddy", "Silvio", "Gladis", "Stiven", "Andrey"), ("Pulido", "Castrillón", "Calderón", "Angarita", "Vásquez", "Cantillo")),
    "AR": (("Yamil", "Yanina", "Brisa"), ("Arguello", "Larrosa", "Lugones", "Bianchini", "Scarpatti", "Aldao")),
    "PL": (("Dorota", "Kamil", "Oliwier", "Tola", "Karol", "Aleksander"), ("Pietrzyk", "Kurek", "Sobczyk", "Jarosz", "Wilczek")),
    "TH": (("Pornchanok", "Peem", "Kunaporn", "Tunchanok", "Noppakao"),
           ("Bunlerngsri", "Chowitunkit", "Pichpandecha", "Youprasert", "Thantananont")),
    "RU": (("Yegor", "Lukyan", "Arseni"), ("Mukhin", "Pankratov", "Yermakov", "Chernyshev")),
    "NL": (("Lenn", "Esila", "Dylano", "Suze", "Loek", "Saar"), ("Kleybrink", "Mercks", "Schuylenborch", "Adriaansen", "Schroeff")),
    "MY": (("Adibah", "Iqbal", "Damia"), ("Hassim", "Hanafi", "Sapiee")),
    "SA": (("Munira", "Nawal", "Talal", "Areej", "Shaden"), ("Muqrin", "Baqami", "Shahri", "Otaiby", "Harthi", "Thunayan")),
    "AE": (("Ateeq", "Sumaya", "Tahnoun"), ("Matrooshi", "Suwaidan", "Kindi")),
    "SG": (("Guoliang", "Shihui", "Zhihao", "Boonkiat", "Cheekeong", "Huixin"), ("Ler", "Yee", "Tjio", "Yeoh", "Phang")),
    "NZ": (("Beauden", "Lance", "Harley", "Tiare", "Lynley", "Justine"), ("Richards", "Batchelar", "Shepherd", "Arnott", "Chambers", "Funnell")),
    "GH": (("Adoma", "Yawa", "Awesi"), ("Karikari", "Ansomah", "Andorful", "Opoku", "Ntim")),
    "MA": (("Yacine", "Yasmina", "Hayat", "Cherif"), ("Morsli", "Bouabdellah", "Saidani", "Boukhatem", "Khelifa", "Bahloul")),
    "PE": (("Nemesio", "Bernardina", "Deysi", "Sabina"), ("Huaccha", "Quispehuamán", "Llacsa", "Inca")),
    "CL": (("Maikol", "Moisés", "Arnoldo", "Natacha", "Floridor", "Aladino"), ("Azócar", "Maturana", "Neira", "Zepeda", "Celis", "Caballero")),
    "SE": (("Göran", "Vendela", "Leena", "Margareta", "Matheo", "Fredrika"), ("Söderqvist", "Hammar", "Bergman", "Pålsson", "Edman", "Norlin")),
    "CN": (("Sihan", "Yuqi", "Chenxi", "Shuhan", "Mingze"), ("Shang", "Chunyu", "Yuchi", "Helian", "Mou", "Diwu")),
    "BE": (("Elly", "Urbain", "Mathijs", "Jari", "Gunter", "Stefaan"), ("Verbrugghe", "Smits", "Verheyden", "Schepens", "Malfait", "Wauters")),
    "AT": (("Ilias", "Bernhard", "Kyra", "Annabell", "Eda", "Eleonora"), ("Lettner", "Dobler", "Praxmarer", "Meusburger", "Rohrer", "Kreidl")),
    "PT": (("Silvério", "Graciete", "Belmira", "Leopoldina", "Teotónio"), ("Falcato", "Ventura", "Carrapiço", "Bizarro", "Cachapuz")),
    "IE": (("Bláthnaid", "Eoghan", "Ronan", "Breege", "Edwina", "Garret"), ("Devereux", "Scanlon", "Costigan", "Cassidy", "Loughnane")),
    "FI": (("Jarno", "Verneri", "Kaarina", "Timo", "Hermanni", "Hellevi"), ("Peltoniemi", "Riihimäki", "Autio", "Kiuru", "Korpela", "Rossi")),
    "CH": (("Loris", "Slavko", "Heiko", "Yannic", "Besim", "Ralph"), ("Zollinger", "Wirth", "Isler", "Schuler", "Fehr", "Wegmann")),
    "NO": (("Frode", "Berit", "Gerd", "Cecilie", "Vegard", "Stein"), ("Sørli", "Lystad", "Holmen", "Kvalheim", "Rognstad", "Dybdahl")),
}
ORGS = ("wycinanki-circle.org", "lowicz-papercut.net", "leluja-studio.club", "pesis-seura.net", "lukkari-team.club", "kotipesa-friends.org")
LOCAL_ORGS = {"US": ("chicago-wycinanki.org",), "CA": ("winnipeg-wycinanki.ca",), "PL": ("kurpie-wycinanki.pl",),
              "FI": ("vimpeli-pesis.fi",), "SE": ("haparanda-pesapallo.se",), "AU": ("melbourne-pesapallo.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
