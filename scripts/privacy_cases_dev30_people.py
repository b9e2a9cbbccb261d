"""The people of the dev30 privacy set (``privacy_cases_dev30.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, an aquascaping club's, a frame builder's or
a bike co-op's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Rexford', 'Corliss', 'Beaulah', 'Jettie', 'Velva', 'Earnestine', 'Claudell', 'Loyce', 'Tressie', 'Orvel', 'Waymon', 'Zelpha'),
           ('Vanhooser', 'Gatlin', 'Shoemake', 'Fugate', 'Stoltzfus', 'Wingo', 'Vickery', 'Overbey', 'Tippins', 'Swindell', 'Kuykendall',
            'Mayfield-Oakes')),
    'IN': (('Aadvik', 'Ishwari', 'Chaitraly', 'Rudransh', 'Snehalata', 'Vibhavari', 'Kaustubh', 'Lalitambika', 'Yugandhar', 'Indumati'),
           ('Chattopadhyay-Sen', 'Khandekar', 'Bhalerao', 'Ghatpande', 'Mhaiskar', 'Dharmadhikari')),
    'BR': (('Anizio', 'Claudemir', 'Jucilene', 'Edivânia', 'Rosicléia', 'Valdeci'), ('Maranhão-Leite', 'Quixadá', 'Cordeiro-Paixão')),
    'GB': (('Lancelot', 'Hyacinth', 'Evander', 'Ianthe', 'Jocelind'), ('Oddingsells', 'Bickerstaffe', 'Wolstenholme', 'Smethurst', 'Ainscough')),
    'DE': (('Hiltrud', 'Wendelin', 'Reinhild', 'Gottlob'), ('Sauerbrey', 'Wachsmuth', 'Quandt-Heller', 'Ziegenhagen', 'Stuhlmacher', 'Brockhöft')),
    'MX': (('Yoltzin', 'Mixtli'), ('Tlatelpa', 'Cuapio', 'Tecpanécatl', 'Coyotzi', 'Ahuactzin')),
    'FR': (('Philippine', 'Hermance', 'Aldebert', 'Albéric'), ('Barbotin', 'Lagardère-Puech', 'Tastevin', 'Malbosc', 'Pignol-Sabatier', 'Castagnède')),
    'ID': (('Wagirah', 'Poniyem', 'Suparmin', 'Ngadiyem'), ('Kartodirjo',)),
    'PH': (('Rosemarie-Faith', 'Analiza'), ('Bacalso-Tumulak', 'Sumaylo')),
    'NG': (('Kelechukwu', 'Adebimpe', 'Eberechi'), ('Ogbonnaya', 'Olatunbosun', 'Anyaoku')),
    'JP': (('Yasugoro', 'Fumie', 'Mitsuko', 'Hisashi'), ('Kanemitsu', 'Tsurumaki', 'Oshikiri', 'Mizuguchi', 'Shiratori', 'Nakazono')),
    'CA': (('Laurier', 'Germaine-Lise', 'Fernand', 'Adélard'), ('Hébert-Doucet', 'Melanson', 'Pelchat')),
    'ES': (('Nekane-Irati', 'Garbiñe', 'Uxue'), ('Urdangarin-Sarasola', 'Arregi-Zubillaga')),
    'IT': (('Carmelina', 'Concetta', 'Ciruzzo', 'Tammaro'), ('Cacciapuoti', 'Scognamiglio', 'Formisano', 'Castaldo-Iovine', 'Acampora',
                                                            'Vitiello-Coppola')),
    'PK': (('Zubaida', 'Mehrban', 'Noorulain'), ('Tiwana', 'Gakhar')),
    'TR': (('Nazmiye', 'Rüştü', 'Seniha', 'Rıfat'), ('Çırakoğlu', 'Karamanlı', 'Demirbağ', 'Akyüzlü', 'Kuşçuoğlu')),
    'EG': (('Abdelfattah', 'Samiha', 'Ezzeldin', 'Nabawia'), ('Abouelnaga',)),
    'VN': (('Khuê', 'Nhàn', 'Thục Đoan'), ('Lã', 'Thân')),
    'BD': (('Sultana', 'Anisur'), ('Molla', 'Bepari')),
    'KR': (('Yeseul', 'Jiyul', 'Doyoon'), ('Jegal', 'Seomun', 'Sagong', 'Namkoong')),
    'AU': (('Shayla', 'Brax', 'Kyzer', 'Jedda'), ('Pethybridge', 'Trewartha', 'Stribling', 'Mcinnerney')),
    'ZA': (('Boitumelo', 'Sizwe-Lungelo'), ('Ramaphakela',)),
    'KE': (('Wangari Gathoni', 'Cherotich', 'Kipsang', 'Gakii Nkatha'), ('Kemboi-Tanui', 'Mutuma-Kirimi', 'Onyancha')),
    'CO': (('Yurleidy', 'Arbey'), ('Pinillo', 'Chalarca', 'Hurtatiz', 'Gamboa')),
    'AR': (('Teodolina', 'Hermenegildo'), ('Elizalde-Iribarne', 'Aguirrezábal', 'Oyhamburu', 'Larreguy')),
    'PL': (('Dobrogniewa', 'Wszebora', 'Mszczuj'), ('Chrząszcz', 'Pszczółkowski', 'Gżegżółka', 'Dziędzielewicz', 'Chmielowiec')),
    'NL': (('Gerbrich', 'Sjoerdtje'), ('Bosgra', 'Hoogeveen-Tjalma')),
    'TH': (('Chutima', 'Ratree'), ('Somboonsuk',)),
    'RU': (('Varvara', 'Fadei', 'Akulina', 'Ermolai'), ('Sudakevich', 'Plotvina', 'Lineva', 'Ershova', 'Sigova', 'Lukovnikov')),
    'MY': (('Nur Batrisyia', 'Ridzuan'), ('Megat Iskandar', 'Syed Hakimi')),
    'SA': (('Yazeed', 'Jawza'), ('Albalawi-Thamer', 'Alharthi-Ziyad', 'Almalki-Bader')),
    'AE': (('Shamsa', 'Theyab'), ('Alnaqbi-Hareb', 'Alshehhi-Ghobash')),
    'SG': (('Yixuan-Gabriel',), ('Seow-Pang', 'Pang-Soh')),
    'NZ': (('Rāwiri', 'Ngaio', 'Tāmati Rongo'), ('Poutama',)),
    'GH': (('Nhyira', 'Abla Dzifa', 'Mawunyo', 'Doreen-Sefakor'), ('Amankwah-Sarfo', 'Bediako', 'Agyare')),
    'MA': (('Rim-Chaimae', 'Yassir', 'Nouhaila', 'Kaoutar'), ('Fennich',)),
    'PE': (('Teófila', 'Epifanio', 'Rufina', 'Evaristo'), ('Ccahua',)),
    'CL': (('Aylin', 'Likán', 'Antumalén'), ('Marileo', 'Calfuqueo-Díaz', 'Huentelaf', 'Melillán')),
    'SE': (('Gunhild', 'Torvald-Erik', 'Inga-Lill'), ('Strömberg-Hellqvist', 'Fagerholm-Sund')),
    'CN': (('Zhaoyang', 'Xiaoran', 'Qiao'), ('Dongfang-Yue', 'Linghu', 'Zhuansun')),
    'BE': (('Annelies',), ('Vanhaverbeke', 'Vandeputte', 'Vanderstraeten-Wyns')),
    'AT': (('Hermengild',), ('Aichhorn', 'Pöltl-Gschwandtner')),
    'PT': (('Adelino', 'Sebastião-Luís', 'Virgílio'), ('Pestana',)),
    'IE': (('Nóra', 'Piaras'), ('Ní Dhomhnaill', 'Ó Gallchobhair', 'Mac Lochlainn', 'Ó Flaithbheartaigh')),
    'FI': (('Viljo-Antero', 'Saima-Inkeri'), ('Laakso-Heinonen', 'Pulkkinen')),
    'CH': (('Madlaina', 'Chasper'), ('Dermont', 'Cajacob')),
    'NO': (('Torbjørg', 'Solrun-Oda', 'Asbjørn-Kåre'), ('Myrvold', 'Sørbø', 'Eikeland-Lunde', 'Vestbø', 'Midtbø')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "me.com", "verizon.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "virginmedia.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "outlook.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "videotron.ca", "rogers.com"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "hotmail.nl", "outlook.com"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "o2.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "icloud.com"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("lugwork-cycles.com", "reefside-aquascapes.net", "chainstay-collective.org", "dropchecker-aquatics.co",
        "true-wheel-coop.net", "stemplant-society.io")  # anywhere
LOCAL_ORGS = {"US": ("cascade-aquascaping-society.org",), "CA": ("velo-atelier-rosemont.ca",), "GB": ("pennine-planted-tanks.org.uk",),
              "IN": ("pune-cycle-coop.in",), "DE": ("aquarienverein-elbflorenz.de",), "AU": ("fitzroy-bike-kitchen.com.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
