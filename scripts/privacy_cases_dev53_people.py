"""The people of the dev53 privacy set (``privacy_cases_dev53.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a kubb club's or a quilling circle's
domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the free providers are dev40's table; the names and domains are
this set's own, none of them in an earlier set's modules or lines (but where every name a region
commonly has that was tried was taken already: VN holds a given and a family name, KR, SG, CN, PT
and AR one name each, that an earlier set has).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (('Bonnie', 'James', 'Johnathan', 'Brandy', 'Gina', 'Lori'), ('Nolan', 'Boyer', 'Tate', 'Blackwell', 'Woodward', 'Hines')),
    "IN": (('Eesha', 'Shivani', 'Amruta', 'Wriddhish', 'Varsha', 'Harinakshi'), ('Natt', 'Sagar', 'Saran', 'Baria', 'Manne', 'Ganguly')),
    "BR": (('Elizângela', 'Cleidson', 'Rivaldo', 'Nilzete', 'Dorival', 'Creuza'), ('Albernaz', 'Bulhões')),
    "GB": (('Jemima', 'Seraphina'), ('Simpson', 'Pearson', 'Morton', 'Reynolds', 'Gardner', 'Fairbrother')),
    "DE": (('Thorben', 'Karlheinz', 'Sigmar', 'Sinaida', 'Antonino', 'Tomislav'), ('Kaul', 'Röhricht', 'Mielcarek', 'Weinhold', 'Plath', 'Gerlach')),
    "MX": (('Refugio', 'Candelario', 'Juventino', 'Jovita', 'Cenobia'), ('Ledezma', 'Tinajero', 'Serrato', 'Ulibarri', 'Sanches', 'Loera')),
    "FR": (('Gatien', 'Faustine'), ('Clerc', 'Durand', 'Cordier', 'Lejeune', 'Grondin', 'Léger')),
    "ID": (('Liman', 'Taswir', 'Timbul', 'Lulut', 'Wirda', 'Jaiman'), ('Marpaung', 'Wahyudin', 'Salahudin', 'Ardianto', 'Rajata', 'Hastuti')),
    "PH": (('Randolf', 'Genalyn', 'Jojo', 'Pinky', 'Cresencia', 'Jolina'), ('Evangelista', 'Yumul', 'Villacorta', 'Alcantara')),
    "NG": (('Abebi', 'Chukwudi', 'Adetoun', 'Kolawole', 'Adesewa', 'Adeoti'), ('Olukotun', 'Akinrinola', 'Osuntokun', 'Ojukwu', 'Awodiran', 'Oyetoro')),
    "JP": (('Yoshitaka', 'Noriko', 'Tatsuya', 'Sayaka', 'Yuzuru'), ('Tsutsui', 'Higashiyama', 'Kobayakawa', 'Okabe', 'Furuhashi')),
    "CA": (('Kenzie', 'Rylan', 'Maddison', 'Rhett', 'Tanis', 'Shauna'), ('Fortier', 'Plante', 'Lapierre', 'Rioux', 'Dupuis', 'Robertson')),
    "ES": (('Maricela', 'Graciano', 'Baudelio', 'Lupita', 'Odalys', 'Maxi'), ('Portillo', 'Azcona', 'Quevedo', 'Palomar', 'Arnaiz', 'Porcel')),
    "IT": (('Gioachino', 'Giorgio', 'Oreste', 'Marcello', 'Telemaco', 'Adelasia'), ('Petrucci', 'Campanella', 'Gargallo', 'Gadda', 'Travaglio', 'Bixio')),
    "PK": (('Wafeeq', 'Berezat', 'Ghaazi', 'Tirdad', 'Jahm', 'Ubaid'), ('Kasim', 'Abaan', 'Eshan', 'Taanish', 'Zafar', 'Jahdami')),
    "TR": (('Tükelalp', 'Deha', 'Sernur', 'Canfeza', 'Zerafet', 'Seyithan'), ('Kılıçaslan', 'Kurtuluş', 'Çakır', 'Sarıbaş', 'Erdoğdu', 'Bilgiç')),
    "VN": (('Thoa',), ('Lã',)),
    "EG": (('Safwat',), ('Elhefnawy', 'Abdelrahim', 'Elgammal')),
    "BD": (('Rakibul', 'Mostafiz', 'Ashraful', 'Zubair', 'Rubaiya'), ('Munshe',)),
    "KR": (('Sangmin', 'Yoonah', 'Kyuri', 'Hayoung'), ('Pyo',)),
    "AU": (('Clint',), ('Treweeke', 'Spargo', 'Pickett', 'Coutts', 'Ridley', 'Gorman')),
    "ZA": (('Vusi',), ('Thango', 'Chiliza', 'Mayise', 'Nsindane', 'Gwagwa', 'Mnangwe')),
    "KE": (('Muthui', 'Samson', 'Lillian', 'Aftin', 'Kuchanua', 'Ayub'), ('Muindi', 'Ekitela', 'Obare', 'Ngui', 'Masese', 'Sakwa')),
    "CO": (('Anyi', 'Milton', 'Yeimy', 'Jerson', 'Edinson', 'Oliva'), ('Buitrago', 'Alarcón', 'Jaimes', 'Espinosa', 'Nieto', 'Prada')),
    "AR": (('Ayelén',), ('Olavarría', 'Iturburu', 'Mendiondo')),
    "PL": (('Jolanta', 'Irena', 'Sławomir'), ('Wawrzyniak', 'Rutkowski', 'Urbański', 'Ziółkowski')),
    "TH": (('Nutcha', 'Pattatomporn', 'Chawin', 'Kodchaporn', 'Parin', 'Kulnun'), ('Suraprachit', 'Vinyuvanichkul', 'Kittakun', 'Chaihirankarn', 'Charoensuksopol', 'Pikatsingkorn')),
    "RU": (('Avgust', 'Averyan', 'Agafon', 'Yevdokia', 'Akim'), ('Gromov', 'Voloshin', 'Samoilov', 'Kozlov', 'Zaytsev')),
    "NL": (('Benthe', 'Eline', 'Danique', 'Noud', 'Mehmet', 'Guus'), ('Roukes', 'Grondel', 'Wipstrik', 'Groenestein', 'Eerden')),
    "MY": (('Haslinda', 'Norliza', 'Suhaila'), ('Nasir',)),
    "SA": (('Sadeem',), ('Alomari', 'Alsharif')),
    "AE": (('Shaima', 'Humood', 'Hamdah'), ('Alali', 'Alzarooni')),
    "SG": (('Junwei', 'Guanhua', 'Yihong', 'Zhenhao'), ('Sng',)),
    "NZ": (('Mervyn', 'Manaaki', 'Sasha', 'Kaia', 'Kaleb', 'Skyla'), ('Allerby', 'Hoare', 'Foley', 'Craw', 'Whyte', 'Jeffries')),
    "GH": (('Nyamekye', 'Akwele', 'Kpakpo', 'Akwesi'), ('Badu', 'Akyeampomaa', 'Donkor', 'Yirenkyi', 'Twumasi')),
    "MA": (('Fadoua',), ('Lahrichi', 'Benslimane', 'Elalaoui')),
    "PE": (('Alipio',), ('Quispesivana', 'Añamuro', 'Cjuno', 'Cusihuallpa', 'Pariona')),
    "CL": (('Angie', 'Evelin', 'Lucrecia', 'Yaritza', 'Giovanny', 'Byron'), ('Briceño', 'Moncada', 'Bahamondes', 'Gajardo', 'Aracena', 'Badilla')),
    "SE": (('Cajsa', 'Melwin', 'Casper', 'Åsa', 'Hedvig', 'Hannele'), ('Lundström', 'Wennberg', 'Svensson', 'Lindvall', 'Modig', 'Hedin')),
    "CN": (('Xinyu',), ('Tian',)),
    "BE": (('Koenraad', 'Theodoor', 'Bertha', 'Franciscus', 'Rob', 'Kaat'), ('Gustin', 'Bouillon', 'Schepers', 'Blondiau', 'Pierret', 'Helsen')),
    "AT": (('Elona', 'Leander', 'Nisa', 'Rayana', 'Sahra', 'Viola'), ('Haderer', 'Bartl', 'Zöhrer', 'Buchberger', 'Schuller', 'Bacher')),
    "PT": (('Otília',), ('Lampreia', 'Alvim', 'Vidigal', 'Morgado')),
    "IE": (('Emmet', 'Charmaine', 'Karley', 'Caoimhin', 'Shannen', 'Conchur'), ('Cusack', 'Tubridy', 'Grattan', 'Dobbin', 'Annsboro', 'Hedderman')),
    "FI": (('Mikael', 'Taisto', 'Anu', 'Liisa', 'Juulia', 'Pertti'), ('Kivistö', 'Auvinen', 'Immonen', 'Ollikainen', 'Lindroos', 'Ojala')),
    "CH": (('Aldin', 'Slobodan', 'Enver', 'Lilly', 'Sybille', 'Rosaria'), ('Bourquard', 'Monnet', 'Rappaz', 'Berberat', 'Isella')),
    "NO": (('Bodil', 'Vilde', 'Grete'), ('Sunde',)),
}
ORGS = ("kubbklubb-visby.se", "kastpinne-vanner.se", "baslinjen-kubb.club", "quillcircle.org", "paperquillers.net", "coilform-friends.org")
LOCAL_ORGS = {"US": ("duluth-kubb.org",), "CA": ("saskatoon-quillers.ca",), "GB": ("harrogate-quillers.org.uk",), "AU": ("fremantle-kubb.org.au",),
              "DE": ("kubb-freunde-kiel.de",), "SE": ("gotlandskubb.se",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region`` (dev19's ``person`` on this set's names)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have (dev19's ``mailbox`` on this set's names and domains)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
