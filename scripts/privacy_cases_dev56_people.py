"""The dev56 set's people (issue 52): made-up names common in each region, none in an earlier set's
modules or lines where a free one was found (many drawn from python-faker's locale lists, used offline as a
source of names only, others picked by hand and checked; for GB, FR, CA, AU, RU, SA and PE given names, BR,
KR, CO and CN family names and VN, EG, BD, AR, PL, AE, SG, PT and NO both, every name tried was taken, so
those hold two of dev30's), and the addresses they pick: a free
provider of their country most often (dev40's table), a crokinole club's, a rosemaling circle's, the
blood-donation bus's, the lifeboat station's or the community radio station's domain now and then. How a
name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Meghan", "Beverly", "Peggy", "Tammie", "Kathy", "Fred",), ("Melton", "Bates", "Ewing", "Fowler", "Monroe", "Gilmore",)),
    "IN": (("Nimrat", "Tarak", "Aadhya", "Akshay", "Yug", "Qushi",), ("Mann", "Ahluwalia", "Dugal", "Behl", "Chatterjee", "Chaudry",)),
    "BR": (("Jocimar",), ("Maranhão-Leite", "Quixadá",)),
    "GB": (("Lancelot", "Hyacinth",), ("McLean", "Dunn", "Stevens", "Foster", "Mellor", "Thorpe",)),
    "DE": (("Magret", "Dajana", "Annegret", "Ursel", "Klaus", "Bruni",), ("Pechel", "Kensy", "Scheel", "Zahn", "Wohlgemut", "Jungfer",)),
    "MX": (("Nicandro", "Agripina", "Sessa",), ("Cintrón", "Palomo", "Tórrez", "Urbina", "Escobedo", "Linares",)),
    "FR": (("Philippine", "Hermance",), ("Bouchet", "Garnier", "Chartier", "Sauvage", "Pruvost", "Humbert",)),
    "ID": (("Parman", "Tirta", "Yani", "Kasiyah", "Rama", "Arsipatra",), ("Lazuardi", "Aryani", "Yuniar", "Pradana", "Sihotang", "Natsir",)),
    "PH": (("Ramoncito", "Sue",), ("Sumagaysay", "Compton", "Welch",)),
    "NG": (("Oluwagbemiga", "Oluwamumibori", "Lere", "Adenike", "Olufunke", "Alade",), ("Koya", "Bamidele", "Oyaifo", "Makinde", "Omojola", "Salami",)),
    "JP": (("Yoshiro",), ("Hirabayashi", "Morimoto", "Koizumi",)),
    "CA": (("Laurier", "Germaine-Lise",), ("Rivard", "Trépanier", "Dion", "Larouche", "Perreault", "Rodrigue",)),
    "ES": (("Melchor", "Tadeo", "Elba", "Aureliano", "Chita", "Amada",), ("Torralba", "Pujadas", "Acedo", "Gordillo", "Comas", "Aroca",)),
    "IT": (("Gioffre", "Alderano", "Antonietta", "Liberto", "Viridiana", "Azeglio",), ("Boccioni", "Salata", "Sagese", "Pacetti", "Gianinazzi", "Marini",)),
    "PK": (("Aabid", "Faizan", "Lut", "Radi", "Awamil", "Ghulaam",), ("Raakin", "Bashaar", "Awmar", "Umaarah", "Zahaar", "Ghasaan",)),
    "TR": (("Merva", "Ginyas", "Nerim", "Hariz", "Ferat", "Deviner",), ("Yazıcı", "Çelikkaya", "Alkaya",)),
    "VN": (("Khuê", "Nhàn",), ("Lã", "Thân",)),
    "EG": (("Abdelfattah", "Samiha",), ("Abouelnaga",)),
    "BD": (("Sultana", "Anisur",), ("Molla", "Bepari",)),
    "KR": (("Soojin", "Jongho", "Seonghee",), ("Jegal", "Seomun",)),
    "AU": (("Shayla", "Brax",), ("Barnes", "Bates", "Tomlinson", "Dickinson", "Dunn", "Parsons",)),
    "ZA": (("SimphiweyiNkosi", "Langalibalele",), ("Mphephethwa", "Mpumuza", "Mehloluhlaza", "Bhensela", "Mabhoko", "Mzila",)),
    "KE": (("Laban", "Dorcus", "Rajab", "Kemuma", "Bridgit", "Morine",), ("Kimanthi", "Muga", "Mbithe", "Muthike", "Ngumbao", "Thoya",)),
    "CO": (("Marly", "Yeferson", "Adolfo", "Vladimir", "Willian", "Zulma",), ("Pinillo", "Chalarca",)),
    "AR": (("Teodolina", "Hermenegildo",), ("Elizalde-Iribarne", "Aguirrezábal",)),
    "PL": (("Dobrogniewa", "Wszebora",), ("Chrząszcz", "Pszczółkowski",)),
    "TH": (("Suriyan", "Achara", "Patcharaporn", "Chanikan",), ("Losatapornpipit", "Pitanuwat", "Prayoonhong", "Siripaiboo",)),
    "RU": (("Varvara", "Fadei",), ("Kiselyov", "Tikhonova", "Sorokina", "Nazarov", "Komarova",)),
    "NL": (("Zoey", "Tijs", "Cato", "Noëlle", "Pepijn", "Janna",), ("Wilmont", "Zuijdveld", "Pauwels", "Zeldenrust", "Bijlsma", "Heerschop",)),
    "MY": (("Gambira", "Mujur", "Daniswara", "Ajimin", "Harsaya", "Martaka",), ("Mandasari", "Lazuardi", "Damanik", "Pradana", "Megantara", "Nashiruddin",)),
    "SA": (("Yazeed", "Jawza",), ("Albuqami",)),
    "AE": (("Shamsa", "Theyab",), ("Alnaqbi-Hareb", "Alshehhi-Ghobash",)),
    "SG": (("Yixuan-Gabriel",), ("Seow-Pang", "Pang-Soh",)),
    "NZ": (("Cherie", "Khloe", "Nikora", "Ria", "Brooklyn", "Addison",), ("Collis", "Wilton", "Eglinton", "Tait", "Gibson", "Jellyman",)),
    "GH": (("Eliabeth",), ("Kusi", "Asare", "Bonsra", "Afoakwa", "Fofie", "Amoa",)),
    "MA": (("Nassim", "Abderaouf", "Ilyes", "Nihad", "Taha", "Yahia",), ("Bencheikh", "Boudraa", "Dahmani", "Boucetta", "Smail", "Sahraoui",)),
    "PE": (("Teófila", "Epifanio",), ("Huaylla",)),
    "CL": (("Yanara", "Dany", "Adolfo", "Cristofer", "Blas", "Orfelina",), ("Quiñones", "Lizama", "Iturra", "Quezada", "Arriagada", "Astorga",)),
    "SE": (("Olov", "Ludvig", "Hillevi", "Christel", "Niclas", "Ulrik",), ("Hjalmarsson", "Johnsson", "Malmqvist", "Håkansson", "Rask", "Nylander",)),
    "CN": (("Meihua",), ("Dongfang-Yue", "Linghu",)),
    "BE": (("Carolien", "Muhammed", "Katelijne", "Senne", "Tijs", "Valère",), ("Pollet", "Verelst", "Luyckx", "Desmedt", "Vandevelde", "Moonen",)),
    "AT": (("Edda", "Ronya", "Carina", "Emilija", "Marijana", "Violetta",), ("Sommer", "Strauß", "Grünwald", "Stöger", "Neulinger", "Pühringer",)),
    "PT": (("Adelino", "Sebastião-Luís",), ("Pestana",)),
    "IE": (("Siobhain", "Katherina", "Dympna", "Columba", "Shinead", "Noleen",), ("Gineá", "Turraoin", "Puirséal", "Peircín", "Coinnér", "Paor",)),
    "FI": (("Seija", "Aaro", "Reijo", "Lassi", "Esko", "Terhi",), ("Myllymäki", "Luoma", "Ihalainen", "Kuusisto", "Juvonen", "Lehikoinen",)),
    "CH": (("Sinisa", "Sarina", "Muhammed", "Yanik", "Mihaela", "Kathrin",), ("Maurer", "Wettstein", "Hermann", "Kunz", "Ernst", "Stauffer",)),
    "NO": (("Torbjørg", "Solrun-Oda",), ("Myrvold", "Sørbø",)),
}
ORGS = ("crokinole-kaunas.lt", "twentyhole-league.org", "rosemaling-circle-valdres.no", "tineboks.studio",
        "bloodbus-rounds.org", "nightwave-fm.net")
LOCAL_ORGS = {"US": ("decorah-rosemalers.org",), "CA": ("wawota-crokinole.ca",), "GB": ("portree-lifeboat.org.uk",),
              "IN": ("raktdaan-bus.in",), "DE": ("crokinole-ostfriesland.de",), "BR": ("radiocomunitaria-serra.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``, from this set's own table (dev19's ``person``)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` would have: dev19's ``mailbox`` with this set's names, providers and clubs."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
