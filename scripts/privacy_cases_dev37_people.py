"""The people of the dev37 privacy set (``privacy_cases_dev37.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a rockhounding club's or a woodturning
guild's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names, providers and domains are this set's own.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Merritt', 'Virgle', 'Alpha', 'Omie', 'Docia', 'Ersel', 'Lonzo', 'Eulis', 'Maudie', 'Rubye'),
           ('Triplett', 'Gibbs-Noble', 'Stacy', 'Bolling', 'Dingus', 'Fyffe', 'Hurt', 'Isom', 'Justus', 'Kincer')),
    'IN': (('Vishwanath', 'Leelavathi', 'Basavaraj', 'Shivaleela', 'Mallikarjun', 'Girija', 'Channappa', 'Siddalingappa', 'Kallavva', 'Neelamma'),
           ('Hiremath', 'Kambar', 'Angadi', 'Hosamani', 'Kadadi', 'Shettar', 'Mudhol', 'Hunagund', 'Kolhar', 'Bagalkot')),
    'BR': (('Adelir', 'Jucemara', 'Nerci', 'Lurdes', 'Sirlei', 'Irineu', 'Marlise', 'Valmor', 'Neuza', 'Udo'),
           ('Kuhnen', 'Schlickmann', 'Heidemann', 'Wiggers', 'Hoepers', 'Kormann', 'Petry', 'Boing', 'Schmitz-Kuhn', 'Hostins')),
    'GB': (('Jowan', 'Perran', 'Jenifer', 'Treve', 'Ebrel', 'Wenna', 'Kitto', 'Cador'),
           ('Trewhella', 'Chegwidden', 'Nancarrow', 'Angove', 'Jelbert', 'Hocking', 'Kessell')),
    'DE': (('Eckhard', 'Rudolfine', 'Adalbert'),
           ('Auerhammer', 'Oberpaul', 'Hagenauer', 'Riedlbauer', 'Kreuzpointner', 'Hinterstocker', 'Schwarzenböck', 'Weichselbaumer', 'Eibl', 'Stangassinger')),
    'MX': (('Candelaria', 'Eulalio', 'Ausencio', 'Filiberta', 'Tiburcio'),
           ('Tepal', 'Netzahual', 'Mazatzi')),
    'FR': (('Yvonig', 'Loeiz', 'Annaïg', 'Jezekel', 'Soazig'),
           ('Kerdraon', "Guivarc'h", 'Quillévéré', 'Le Meur-Cadiou', 'Penven', 'Le Ru', 'Jaouen')),
    'ID': (('Putu', 'Ngurah', 'Sayu', 'Nengah'),
           ('Sudarsana', 'Arimbawa', 'Wiradana', 'Suartika', 'Mahendradatta', 'Sukerta', 'Astawa', 'Parwata', 'Widiantara', 'Suarjaya')),
    'PH': (('Efren', 'Teodulo', 'Clarita'),
           ('Baylon', 'Ebarle', 'Lagrosas', 'Mabansag', 'Dagohoy', 'Lumapas', 'Tagalogon', 'Ygot', 'Bayawa', 'Ompad')),
    'NG': (('Uduak', 'Idongesit', 'Ekaette', 'Aniekan', 'Imaobong', 'Ofonmbuk', 'Utibe', 'Nsikak', 'Edidiong', 'Mfon'),
           ('Udofia', 'Akpabio', 'Etuk', 'Inyang', 'Ekpenyong', 'Umoren', 'Essien-Udo', 'Ukpong', 'Ibanga', 'Udoh-Ekong')),
    'JP': (('Kiyoshi', 'Harumi', 'Isao', 'Kunio', 'Mitsue', 'Hideyo'),
           ('Aoyagi', 'Kurokawa', 'Hirasawa', 'Tsukamoto', 'Ikegami', 'Haneda', 'Okuno', 'Tokunaga', 'Amemiya', 'Sekiguchi')),
    'CA': (('Ovila', 'Lionel', 'Edouardina', 'Théotime', 'Philias', 'Zélia', 'Alcide'),
           ('Haché', 'Thériault', 'Babineau', 'Daigle', 'Chiasson')),
    'ES': (('Uxía', 'Brais', 'Antía', 'Xoán', 'Iago', 'Sabela', 'Olalla', 'Breixo', 'Lois', 'Noela'),
           ('Figueiras', 'Outeiral', 'Rodicio', 'Seoane', 'Carballeira', 'Pazos-Lema', 'Mouriño', 'Fandiño', 'Cotelo', 'Boullosa')),
    'IT': (('Efisia', 'Salvatorangelo', 'Raimonda', 'Sisinnio'),
           ('Cocco', 'Dessì', 'Floris', 'Lai', 'Sulis', 'Usai', 'Zedda')),
    'PK': (('Sher Zaman', 'Nawab', 'Mir Afzal'),
           ('Gandapur', 'Mohmand', 'Swati')),
    'TR': (('Zekiye', 'Sükrü', 'Nazmi', 'Ramazan'),
           ('Uzunoğlu', 'Hamurcu', 'Kalaycı', 'Taşdemir', 'Bakırcı', 'Karakaya', 'Yavuzer', 'Kazancı')),
    'VN': (('Nhạn', 'Vĩnh', 'Thiều', 'Lũy'),
           ('Lường', 'Từ')),
    'EG': (('Osama', 'Refaat', 'Nadia', 'Fawzeya'),
           ('Elshenawy', 'Elmenshawy', 'Elsharkawy', 'Gadallah')),
    'BD': (('Akkas', 'Hasna', 'Shamsun', 'Fazlul'),
           ('Akondo', 'Khondokar')),
    'KR': (('Chilbok', 'Deoksu', 'Yeongsun', 'Jeomrye', 'Gaptae', 'Ssangsun', 'Yeonghwa'),
           ('Tak', 'Mo', 'Ok', 'Gang-Tak')),
    'AU': (('Keith', 'Wal', 'Nev', 'Coral', 'Barry'),
           ('Toohey', 'Buckmaster', 'Delahunty', 'McKinnon-Bray', 'Scanlan', 'Hogarth')),
    'ZA': (('Mandla', 'Busisiwe'),
           ('Shabalala', 'Buthelezi-Mthethwa')),
    'KE': (('Jemutai', 'Jepchirchir', 'Kipkemoi', 'Jelagat'),
           ('Bett', 'Tarus', 'Chepkwony', 'Serem', 'Tuwei')),
    'CO': (('Aldemar', 'Gilma'),
           ('Loaiza', 'Tangarife', 'Holguín')),
    'AR': (('Ubaldo', 'Elbio', 'Blanca', 'Eustaquio'),
           ('Nieva', 'Albornoz', 'Soria', 'Bazán')),
    'PL': (('Hieronim', 'Salomea', 'Eustachy', 'Teofil'),
           ('Szczepański', 'Dudziak', 'Piątek', 'Gołębiowski', 'Chmielarz')),
    'TH': (('Anan', 'Lamai', 'Wandee', 'Chamnan', 'Rampai'),
           ('Rattanapong', 'Phothong')),
    'RU': (('Feoktista', 'Yevlampiy'),
           ('Pimenov', 'Pimenova', 'Lykov', 'Lykova', 'Shishkin', 'Shishkina', 'Tetерин', 'Rogozhin', 'Rogozhina')),
    'NL': (('Fokje', 'Durk', 'Sytske', 'Oene', 'Jikke'),
           ('Hylkema', 'Hettinga')),
    'MY': (('Zaiton', 'Che Puteh', 'Nik Rahimah', 'Zabedah', 'Kamsiah'),
           ('Mat Zin',)),
    'SA': (('Fahhad', 'Bedour', 'Ghazi', 'Modhi', 'Hamoud'),
           ('Aldawsari',)),
    'AE': (('Afraa', 'Khadim'),
           ('Aldhuhoori',)),
    'SG': (('Mui Khim', 'Soo Chin'),
           ('Quah', 'Yeow')),
    'NZ': (('Matiu', 'Kiri'),
           ('Te Kani', 'Herangi')),
    'GH': (('Kwasi', 'Yaaba', 'Kakra', 'Ato'),
           ('Aidoo', 'Baiden', 'Quaicoe', 'Ghartey')),
    'MA': (('Tudert', 'Hmad'),
           ('Idbelkas', 'Oulhaj', 'Ouchen', 'Boutkhil')),
    'PE': (('Eulogia', 'Hipólita', 'Melquiades'),
           ('Ttito', 'Huallpa')),
    'CL': (('Lientur', 'Pichún', 'Llanca'),
           ('Caniulef', 'Curiqueo', 'Collío')),
    'SE': (('Valborg', 'Sonja'),
           ('Öhman', 'Lindkvist', 'Bäckman', 'Sjölund', 'Nordlöf', 'Grahn')),
    'CN': (('Guihua', 'Jianjun', 'Yumei', 'Jinlong'),
           ('Shi', 'Bai')),
    'BE': (('Lieven', 'Marijke'),
           ('Ghekiere', 'Vanlerberghe')),
    'AT': (('Kreszentia', 'Engelbrecht', 'Zenzi', 'Annerl'),
           ('Gstrein', 'Kathrein', 'Neururer', 'Rudigier')),
    'PT': (('Felismina', 'Domingos'),
           ('Brás', 'Fontinha', 'Mourato')),
    'IE': (('Síle', 'Máirín'),
           ('Ó Sé', 'Ní Dhuinn', 'Ní Fhátharta', 'Ó Flatharta')),
    'FI': (('Terttu', 'Alli', 'Vilho'),
           ('Huttunen', 'Mustonen', 'Tiihonen', 'Paananen')),
    'CH': (('Kaspar', 'Bethli', 'Margrith'),
           ('Rüfenacht', 'Aebi', 'Tschanz', 'Flückiger')),
    'NO': (('Åsmund', 'Tormod'),
           ('Fossum', 'Røysland')),
}

PROVIDERS = {  # the free mail providers people there use, the biggest listed more than once
    "US": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"),
    "IN": ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
    "BR": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"),
    "GB": ("gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"),
    "DE": ("gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de"),
    "MX": ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"),
    "FR": ("gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr"),
    "JP": ("gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"), "KR": ("naver.com", "naver.com", "daum.net", "hanmail.net"),
    "RU": ("yandex.ru", "mail.ru", "gmail.com", "bk.ru"), "ES": ("gmail.com", "gmail.com", "hotmail.es", "telefonica.net"),
    "IT": ("gmail.com", "libero.it", "alice.it", "tiscali.it"), "CA": ("gmail.com", "gmail.com", "hotmail.com", "sympatico.ca", "shaw.ca"),
    "AU": ("gmail.com", "gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"),
    "PL": ("gmail.com", "wp.pl", "onet.pl", "interia.pl"), "NG": ("gmail.com", "gmail.com", "yahoo.com"), "PH": ("gmail.com", "gmail.com", "yahoo.com"),
    "ID": ("gmail.com", "gmail.com", "yahoo.co.id"), "PK": ("gmail.com", "yahoo.com"), "ZA": ("gmail.com", "mweb.co.za", "telkomsa.net"),
    "KE": ("gmail.com", "gmail.com", "yahoo.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com.tr"), "CN": ("qq.com", "163.com"),
    "SE": ("gmail.com", "hotmail.se"), "AR": ("gmail.com", "hotmail.com.ar"), "CO": ("gmail.com", "outlook.com"),
}

ORGS = ("cabochon-cutters.org", "thunderegg-rockhounds.net", "slabsaw-society.club", "bowlgouge-guild.org",
        "spindle-and-faceplate.net", "shavings-turners.club")  # anywhere
LOCAL_ORGS = {"US": ("coyote-ridge-rockhounds.org",), "CA": ("kingsbridge-gemclub.ca",), "GB": ("wealdhurst-lapidary.org.uk",),
              "IN": ("saharanpur-woodturners.in",), "DE": ("drechsler-erzgebirge.de",), "AU": ("gumleaf-woodturners.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names, providers and domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
