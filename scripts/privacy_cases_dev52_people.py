"""The people of the dev52 privacy set (``privacy_cases_dev52.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a fierljeppen club's or a mizuhiki
class's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the free providers are dev40's table; the names and domains are
this set's own, none of them in an earlier set's modules or lines (but where every family name a
region commonly has was taken already: BD, KR, SG and CN hold one each that an earlier set has).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (('Roberta', 'Jaclyn', 'Brittney', 'Vicki', 'Phyllis', 'Jackie'), ('Sweeney', 'Mcguire', 'Dudley', 'Savage', 'Stark', 'Massey')),
    "IN": (('Ekalinga', 'Dipta', 'Chaaya', 'Unnati', 'Gopal', 'Girindra'), ('Yogi', 'Yadav', 'Thaman', 'Krishnan', 'Barad')),
    "BR": (('Jociane', 'Aparecido', 'Gleice', 'Eliseu', 'Lucimar', 'Derivaldo'), ('Paranhos', 'Malheiros')),
    "GB": (('Leofric', 'Gervase', 'Sholto', 'Posy'), ('Reeves', 'Dobson', 'Conway', 'Bennett', 'Simmons', 'Herbert')),
    "DE": (('Hans-Heinrich', 'Regine', 'Hans-Günter', 'Betina', 'Waldtraut', 'Franca'), ('Hauffer', 'Haering', 'Pärtzelt', 'Aumann', 'Weimer', 'Trapp')),
    "MX": (('Leocadio', 'Maclovio', 'Crisóforo'), ('Valdés', 'Olivares', 'Colunga', 'Dueñas', 'Montañez', 'Terrazas')),
    "FR": (('Maixent', 'Domitille', 'Marceline'), ('Coste', 'Baudry', 'Duval', 'Bonneau', 'Couturier', 'Laroche')),
    "ID": (('Garan', 'Nyana', 'Lidya', 'Shania', 'Cahyadi', 'Wira'), ('Fujiati', 'Lailasari', 'Haryanto', 'Mayasari', 'Nuraini', 'Pradipta')),
    "PH": (('Leizl', 'Dexter', 'Jerico', 'Rhealiza', 'Ronwaldo'), ('Malapitan', 'Cabangon', 'Magsaysay', 'Dimasalang')),
    "NG": (('Sowande', 'Oluwafemi', 'Oladimeji', 'Fibikemi', 'Iyabode', 'Gbowoade'), ('Oloyede', 'Edun', 'Aloba', 'Owokoniran', 'Kosoko', 'Ayandokun')),
    "JP": (('Kazunori', 'Tomohiro', 'Michiru', 'Hideaki', 'Shunsuke'), ('Kawabata', 'Yanagida', 'Kuwahara', 'Shimabukuro')),
    "CA": (('Larry', 'Sheena', 'Fernando', 'Tasha', 'Tricia', 'Clinton'), ('Fleming', 'Copeland', 'Crosby', 'Graves', 'Weiss', 'Pierce')),
    "ES": (('Poncio', 'Valero', 'Loreto', 'Pili', 'Odalis', 'Pancho'), ('Gibert', 'Nadal', 'Hervás', 'Segura', 'Pomares', 'Rocamora')),
    "IT": (('Adelmo', 'Piergiorgio', 'Sebastiano', 'Iolanda', 'Alessio', 'Armando'), ('Antelami', 'Antonacci', 'Rocca', 'Abbagnale', 'Pigafetta', 'Pareto')),
    "PK": (('Luay', 'Maher', 'Baqir', 'Wahhaab', 'Talat', 'Qaim'), ('Zarar', 'Ubadah', 'Bashaarat', 'Ubay', 'Barraq', 'Zaahir')),
    "TR": (('Eflâtun', 'Gökçe', 'Azettin', 'Özkent', 'Feremez', 'Günsel'), ('Yüceer', 'Güngördü', 'Taşkıran', 'Karabacak', 'Sarıgül')),
    "VN": (('Quỳnh',), ('Hoàng-Lê',)),
    "EG": (('Bassem', 'Abdelazim', 'Shadia', 'Fekry'), ('Elbadrawy', 'Abulela')),
    "BD": (('Rafsan', 'Mushfiq', 'Asif'), ('Talukder',)),
    "KR": (('Donghyun', 'Youngjae', 'Sungho', 'Kyungmin', 'Chanwoo', 'Seolhyun'), ('Byun',)),
    "AU": (('Brandi', 'Krista'), ('Steele', 'Chaney', 'Phelps', 'Benton')),
    "ZA": (('Thulisile', 'Mthunzi', 'Nompumelelo'), ('Khambule', 'Mashimane', 'Maziya', 'Mhlabandlovu', 'Mageba', 'Jobe')),
    "KE": (('Nyuki', 'Sarabi', 'Makunga', 'Zwatie', 'Angavu', 'Athumani'), ('Maina', 'Sayyid', 'Adamu', 'Kipkirui', 'Madhubuti', 'Abdi')),
    "CO": (('Isaías', 'Yury', 'Yudy', 'Eduar', 'Diana', 'Edier'), ('Bonilla', 'Rincón', 'Mantilla', 'Murcia', 'Meza', 'Galvis')),
    "AR": (('Lihuel',), ('Goycoechea', 'Anchorena')),
    "PL": (('Maks', 'Stefan', 'Fryderyk', 'Łukasz', 'Franciszek', 'Igor'), ('Kwiatkowski', 'Pawłowski', 'Wrzosek', 'Żurawski', 'Gąsiorowski')),
    "TH": (('Pakorn', 'Chalida', 'Arisa'), ('Inthavong',)),
    "RU": (('Snezhana', 'Lyubava'), ('Vorontsov', 'Zhdanov', 'Tretyakov')),
    "NL": (('Fem', 'Duuk', 'Alyssa', 'Tijmen', 'Mees', 'Loes'), ('Evers', 'Molegraaf', 'Haselaar', 'Bud', 'Ehlert', 'Bastiaanse')),
    "MY": (('Nurul-Ain', 'Amani', 'Nurfarahin', 'Hazirah', 'Ikhwan'), ('Yahaya',)),
    "SA": (('Abdulmohsen', 'Abdulwahab', 'Fahda'), ('Alhumaidi', 'Alsaqer', 'Alturaifi', 'Alkhamis', 'Alrashed', 'Alaqeel')),
    "AE": (('Ghanim', 'Alreem'), ('Almazrui', 'Almulla', 'Altayer', 'Alhabtoor')),
    "SG": (('Zhiying', 'Ruixuan', 'Junkai'), ('Seah',)),
    "NZ": (('Nixon', 'Ezra', 'Jessie', 'Asher', 'Belinda', 'Skylar'), ('Cumming', 'Rickard', 'Montgomery', 'Kemp', 'Clunies-Ross', 'Boyle')),
    "GH": (('Paapa', 'Adzo', 'Kwabla'), ('Owusu-Ansah', 'Ofori-Atta', 'Adutwum', 'Ampofowaa')),
    "MA": (('Fatima-Zahra', 'Abdelghani', 'Younes'), ('Benmoussa',)),
    "PE": (('Jhosep', 'Kenyi', 'Rusbel'), ('Challco', 'Chalco')),
    "CL": (('Avelino', 'Yanira', 'Waldo', 'Eydan', 'Edison', 'Erwin'), ('Mella', 'Pincheira', 'Parraguez', 'Videla', 'Mellado', 'Norambuena')),
    "SE": (('Sonny', 'Henric', 'Terese', 'Tyra', 'Eira', 'Torgny'), ('Frisk', 'Söderström', 'Vilhelmsson', 'Brodin', 'Hjelm', 'Granström')),
    "CN": (('Xiaomei', 'Siyu', 'Bowen', 'Siqi'), ('Gao',)),
    "BE": (('Tibe', 'Suzanna', 'Joran', 'Leen', 'Christiana'), ('Vermeiren', 'Devos', 'Reynders', 'Moerman', 'Leysen', 'Smolders')),
    "AT": (('Siena', 'Jasmina', 'Nils', 'Annabella', 'Melisa', 'Clarissa'), ('Lindorfer', 'Walcher', 'Köck', 'Eisl', 'Pilz', 'Neureiter')),
    "PT": (('Brites', 'Gualter'), ('Noronha',)),
    "IE": (('Seona', 'Eadaoin', 'Sean-Paul', 'Rhianne', 'Roseanna', 'Caomhan'), ('Qualter', 'McCarron', 'Victory', 'Keelan', 'Sloane', 'Cawley')),
    "FI": (('Arto', 'Tiia', 'Aapo', 'Elisabet', 'Martti', 'Ossi'), ('Tikka', 'Martikainen', 'Honkanen', 'Järvi', 'Viljanen', 'Kivinen')),
    "CH": (('Juri', 'Mirko', 'Egzona', 'Jil', 'Enis', 'Käthe'), ('Kern', 'Merz', 'Braun', 'Lustenberger', 'Betschart', 'Sidler')),
    "NO": (('Kristoffer', 'Bjørn', 'Wenche', 'Jenny', 'Marte', 'Morten'), ('Bakkevig', 'Fossheim', 'Skjervheim')),
}
ORGS = ("fierljep-club.frl", "polsstok-vrienden.nl", "skansje-team.club", "mizuhiki-kyoshitsu.jp", "awaji-knots.net", "noshi-friends.org")
LOCAL_ORGS = {"US": ("seattle-mizuhiki.org",), "CA": ("vancouver-mizuhiki.ca",), "NL": ("ljepclub-winsum.nl",), "JP": ("iida-mizuhiki.jp",),
              "GB": ("london-mizuhiki.org.uk",), "AU": ("perth-mizuhiki.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
