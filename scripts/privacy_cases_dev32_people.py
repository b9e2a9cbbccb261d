"""The people of the dev32 privacy set (``privacy_cases_dev32.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a fly-tyers' club's, a racing-pigeon
club's or a federation's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Ozro', 'Loyal', 'Lurline', 'Ferris', 'Almeda', 'Cordie', 'Lovisa', 'Ozro Loyal'),
           ('Hostetler', 'Beiler', 'Zook', 'Gingerich', 'Schrock', 'Troyer', 'Kauffman', 'Lapp', 'Swarey', 'Beiler-Zook')),
    'IN': (('Debolina', 'Anirban', 'Sohini', 'Tathagata', 'Paromita', 'Subhankar', 'Madhurima', 'Arijit'),
           ('Bhattacharjee', 'Sengupta', 'Mukhopadhyay', 'Dasgupta', 'Bandyopadhyay', 'Chakraborty')),
    'BR': (('Gerlúcio', 'Marineide', 'Rosileide'), ('Sobreira', 'Gurgel', 'Sobreira-Gurgel')),
    'GB': (('Clement', 'Hilda', 'Cuthbert', 'Mabel'), ('Cockcroft', 'Quinlivan-Cockcroft')),
    'DE': (('Gerhild', 'Reinhold', 'Wolfram', 'Sieglinde'), ('Taubenheim', 'Kröpelin', 'Angermeier', 'Forellmann')),
    'MX': (('Tlacael', 'Huitzil'), ('Tepox', 'Xolalpa', 'Coatl', 'Tepox-Xolalpa')),
    'FR': (('Honorine',), ('Mouchel', 'Colombel', 'Ramier', 'Plumereau')),
    'ID': (('Sukirno', 'Ponirah', 'Mardiyem'), ('Notonegoro', 'Pranoto')),
    'PH': (('Bayani', 'Ligaya'), ('Magsino',)),
    'NG': (('Ebube', 'Oluwatobiloba', 'Nkemdirim', 'Ayomikun'), ('Adebisi', 'Ezeonwuka', 'Ezeonwuka-Adebisi')),
    'JP': (('Haruhiko', 'Sumiko'), ('Ayukawa', 'Hatogaya', 'Hatori', 'Uonuma')),
    'CA': (('Cyril', 'Mildred', 'Gerard'), ('Critch', 'Hynes', 'Mercer')),
    'ES': (('Celedonio', 'Nieves'), ('Palomares', 'Pescador', 'Arrabal')),
    'IT': (('Ermenegildo', 'Arcangelo', 'Gesualda'), ('Piccione', 'Pescatore', 'Trotta', 'Colombini')),
    'PK': (('Shehzadi', 'Rehmatullah', 'Gulalai'), ('Marwat', 'Bangash')),
    'TR': (('Güllü', 'Nezihe'), ('Güvercin', 'Balıkçı', 'Kuşçu')),
    'EG': (('Abdelhalim', 'Safaa'), ('Elhamamy', 'Elsayyad')),
    'VN': (('Lụa', 'Phượng'), ('Kha',)),
    'BD': (('Rahela', 'Shafiqul'), ('Hawlader',)),
    'KR': (('Chanhee', 'Dasom'), ('Bong', 'Seol')),
    'AU': (('Merv', 'Shirl', 'Dazza'), ('Brownlow', 'Kilpatrick', 'Quinlivan')),
    'ZA': (('Sbusiso', 'Zodwa'), ('Zwane', 'Msimang')),
    'KE': (('Kipchirchir', 'Jerotich'), ('Kosgei', 'Kiptanui')),
    'CO': (('Yuranis', 'Eider', 'Neider'), ('Micolta', 'Perlaza')),
    'AR': (('Eulogio', 'Anunciación', 'Laureano'), ('Oyarzábal', 'Zapiola', 'Goicoechea')),
    'PL': (('Zenobiusz', 'Janusz'), ('Gołębiewski', 'Pstrągowski', 'Gołąb')),
    'NL': (('Hendrika',), ('Duivenvoorde', 'Snoek', 'Dijkhuizen')),
    'TH': (('Wanna', 'Chokchai', 'Tassanee'), ('Boonyarit',)),
    'RU': (('Yevdokiya', 'Foma'), ('Golubev', 'Golubeva', 'Shchukin')),
    'MY': (('Rosmah', 'Rozita'), ('Daud', 'Jusoh')),
    'SA': (('Haifa', 'Maysoon', 'Faizah'), ('Albishi',)),
    'AE': (('Mayed',), ('Alqubaisi', 'Alyammahi', 'Aldarmaki', 'Alrumaithi')),
    'SG': (('Kwee Lian', 'Teck Keng', 'Siew Guat'), ('Tham',)),
    'NZ': (('Rangimārie', 'Tāne'), ('Hēnare', 'Pōtae')),
    'GH': (('Asantewaa',), ('Mensah-Bonsu', 'Kyeremateng')),
    'MA': (('Driss',), ('Benkirane',)),
    'PE': (('Nicanora', 'Teodosio'), ('Huamani', 'Ccallo')),
    'CL': (('Galvarino', 'Lemuy'), ('Manquel',)),
    'SE': (('Gunvor', 'Evert'), ('Duvberg', 'Öhrling', 'Fjällström')),
    'CN': (('Jianguo', 'Guifen'), ('Murong',)),
    'BE': (('Gilberte',), ('Pattyn', 'Lievens', 'Debaere', 'Vanmaele')),
    'AT': (('Friederike', 'Poldi'), ('Forstner', 'Taubinger')),
    'PT': (('Joaquim',), ('Pombeiro', 'Trindade')),
    'IE': (('Pádraigín', 'Eimear', 'Fearghal'), ('Ó Broin', 'Ní Fhlatharta')),
    'FI': (('Pirkko',), ('Taimela', 'Kyyhkynen', 'Lohikoski')),
    'CH': (('Ueli', 'Vreni'), ('Zumstein', 'Feuz', 'Aebersold')),
    'NO': (('Olav', 'Gunvor'), ('Ørretveit', 'Duesund', 'Laksvik')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "kakao.com"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "yahoo.es"),
    "IT": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "rogers.com", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "hotmail.nl", "home.nl"),
    "PL": ("gmail.com", "wp.pl", "o2.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "hotmail.com"), "ZA": ("gmail.com", "webmail.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "CN": ("qq.com", "126.com"),
    "SE": ("gmail.com", "telia.com"), "AR": ("gmail.com", "yahoo.com.ar"), "CO": ("gmail.com", "hotmail.com"),
}

ORGS = ("hackle-and-hook.org", "tippet-tyers.net", "widowhood-loft.club", "basketing-night.org",
        "caddis-collective.net", "nestbox-racers.io")  # anywhere
LOCAL_ORGS = {"US": ("allegheny-flytyers.org",), "CA": ("miramichi-fly-dressers.ca",), "GB": ("north-road-racing-pigeons.org.uk",),
              "IN": ("himalayan-trout-anglers.in",), "DE": ("brieftauben-rheinland.de",), "AU": ("tasmanian-fly-tyers.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
