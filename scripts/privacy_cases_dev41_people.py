"""The people of the dev41 privacy set (``privacy_cases_dev41.py``): given names and family
names as they are common in each country the set's lines come from, and the e-mail addresses those
people pick (a free provider of their country most often, a bobbin-lace circle's or a land-yacht
club's domain now and then), all made up. How a name becomes an address is dev19's
(``privacy_cases_dev19_people``); the names and domains are this set's own, the
free mail providers dev40's (the same table).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev40_people import PROVIDERS  # the same free mail providers a country's people use

FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    'US': (('Angela', 'Brad', 'Selena', 'Gabriella', 'Marcia', 'Duane'),
           ('Weaver', 'Bryant', 'Lawson', 'Nichols', 'Mayer', 'Webb')),
    'IN': (('Arin', 'Qadim', 'Manan', 'Yauvani', 'Ekapad', 'Warjas'),
           ('Sundaram', 'Prabhakar', 'Narasimhan', 'Hayre', 'Kala', 'Ranganathan')),
    'BR': (('Calebe', 'Emilly', 'Cecília', 'Lucca', 'Theodoro', 'Ian'),
           ('Novais', 'Sá', 'Vargas', 'Leão', 'Caldeira', 'Costela')),
    'GB': (('Molly', 'Clifford', 'Kerry', 'Stephen', 'Nicholas', 'Abdul'),
           ('Hewitt', 'Allan', 'Watkins', 'Whitehead', 'Lloyd', 'Blake')),
    'DE': (('Nuri', 'Veronique', 'Liliane', 'Dagobert', 'Harald', 'William'),
           ('Linke', 'Kambs', 'Karz', 'Löchel', 'Barkholz', 'Schmidt')),
    'MX': (('Reina', 'Renato', 'Helena', 'Delia', 'Rosalia', 'Gabino'),
           ('Barajas', 'Malave', 'Perales', 'Vanegas', 'Quesada', 'Cardenas')),
    'FR': (('Éléonore', 'Valentine', 'Chantal', 'Théodore', 'Sylvie', 'Luce'),
           ('Mahe', 'Bonnin', 'Barbe', 'Potier', 'Launay', 'Blanc')),
    'ID': (('Mustika', 'Luwes', 'Padmi', 'Irwan', 'Latika', 'Elon'),
           ('Riyanti', 'Sitorus', 'Gunarto', 'Kuswandari', 'Farida', 'Mulyani')),
    'PH': (('Romeo', 'Rolando', 'Honorio', 'Nestor', 'Perla', 'Editha'),
           ('Tiongson', 'Galang', 'Samonte', 'Saguinsin', 'Tumang')),
    'NG': (('Paul', 'Ruth', 'Blessing', 'Juliet', 'Nathaniel', 'Stephen'),
           ('Oshodi', 'Adetokunbo', 'Obasanjo', 'Oyekan', 'Abiola', 'Nnamani')),
    'JP': (('Yuma', 'Yuina', 'Ichika', 'Kokona', 'Wakana', 'Fumika'),
           ('Nozaki', 'Hirose', 'Kubota', 'Noguchi', 'Matsuura', 'Ishihara')),
    'CA': (('Céline', 'Georges', 'Alain', 'Henriette', 'Françoise', 'Paul'),
           ('Legault', 'Gervais', 'Desbiens', 'Blanchette', 'Couture', 'Charbonneau')),
    'ES': (('Tristán', 'Ascensión', 'Luciano', 'Victorino', 'Brunilda', 'Perla'),
           ('Perelló', 'Saez', 'Iriarte', 'Donaire', 'Guzman', 'Egea')),
    'IT': (('Romana', 'Patrizia', 'Giuliana', 'Virginia', 'Ugo', 'Camillo'),
           ('Fuseli', 'Roero', 'Ziani', 'Scamarcio', 'Canali', 'Maccanelli')),
    'PK': (('Aalee', 'Mahboob', 'Kaysan', 'Ehan', 'Mahad', 'Ubaydullah'),
           ('Gulshan', 'Qais', 'Baseer', 'Luqmaan', 'Saboor', 'Aatiq')),
    'TR': (('Seda', 'Akmaner', 'Nurveren', 'Dalan', 'Milay', 'Soykan'),
           ('Sezgin', 'Akdeniz', 'Manço', 'Çetin', 'Durdu', 'Ülker')),
    'VN': (('Phát', 'Quyết', 'Diễm', 'Uyên'),
           ('Hầu', 'Lam', 'Nghiêm')),
    'EG': (('Ehab', 'Sameh', 'Raafat', 'Sahar', 'Eman'),
           ('Eltahan', 'Kandil', 'Marzouk', 'Nassar', 'Sharaf', 'Zidan')),
    'BD': (('Shahriar', 'Shamim', 'Mousumi', 'Nazmul', 'Fahmida', 'Rubel'),
           ('Laskar', 'Mallik', 'Dhali', 'Tarafdar', 'Mazumder', 'Baidya')),
    'KR': (('Jaehyun', 'Wonho', 'Kyuhyun', 'Jisung', 'Sooyoung', 'Dahyun'),
           ('Hyun', 'Eun', 'Seonu')),
    'AU': (('Darren', 'Shane', 'Leanne', 'Bronwyn', 'Cheryl', 'Glenn'),
           ('Hodgson', 'Cunningham', 'Bridges', 'Palmer', 'Bentley', 'Rowley')),
    'ZA': (('Luyanda', 'Gugulethu', 'Mzamo', 'Bhekani', 'Nokulunga', 'Nobantu'),
           ('Mvelase', 'Sokhela', 'Hadebe', 'Mbende', 'Gwija', 'Thwala')),
    'KE': (('Musee', 'Nzomo', 'Nyawira', 'Priscillah', 'Linet', 'Celestine'),
           ('Nyambu', 'Mugure', 'Wambura', 'Matano', 'Mwaka', 'Chepchumba')),
    'CO': (('Alberto', 'Tulio', 'Katherin', 'Erick', 'Heidy', 'Aleida'),
           ('Erazo', 'Tovar', 'Cáceres', 'Ballesteros', 'Saavedra', 'Obando')),
    'AR': (('Luisana', 'Máximo', 'Alejo', 'Oriana', 'Alma', 'Lisandro'),
           ('Benitez', 'Leiva', 'Velazquez', 'Gutierrez', 'Roldan', 'Gimenez')),
    'PL': (('Witold', 'Iwo', 'Krystian', 'Filip', 'Eryk', 'Kalina'),
           ('Mikołajczyk', 'Dobrowolski', 'Janiszewski', 'Olszewski', 'Urbaniak')),
    'TH': (('Pannawich', 'Prames', 'Suwijuk', 'Nutkrita', 'Sorawut', 'Jaruwan'),
           ('Norramon', 'Pongpanitch', 'Prakalpawong', 'Anekvorakul', 'Sireelert', 'Permchart')),
    'RU': (('Zakhar', 'Rodion', 'Milana', 'Taisiya', 'Agniya', 'Stanislava'),
           ('Zimin', 'Zimina', 'Gusev', 'Guseva', 'Shcherbakov', 'Shcherbakova')),
    'NL': (('Tirza', 'Eliza', 'Matthias', 'Sebastiaan', 'Giovanni', 'Quinty'),
           ('Heerkens', 'Pastoors', 'Beijring', 'Becht', 'Nijman', 'Lansink')),
    'MY': (('Afiqah', 'Syahirah', 'Atiqah', 'Najwa', 'Hidayah', 'Wardah'),
           ('Kassim', 'Husin', 'Ariffin', 'Abas', 'Latiff')),
    'SA': (('Khaled', 'Abdulmajeed', 'Meshal', 'Alanoud', 'Razan', 'Bashayer'),
           ('Alrasheed', 'Alhamdan', 'Alturki', 'Albassam', 'Alkhudair', 'Alajmi')),
    'AE': (('Khaled', 'Meshal', 'Alanoud', 'Razan'),
           ('Alomran', 'Alfaisal', 'Almuhanna', 'Alsaif')),
    'SG': (('Marc', 'Kristina', 'Carly', 'Nichole', 'Joyce', 'Jeremiah'),
           ('Rhodes', 'Holden', 'Riggs', 'Parrish', 'Mckay', 'Mcbride')),
    'NZ': (('Jarrod', 'Trent', 'Raewyn', 'Kingston', 'Sonya', 'Rochelle'),
           ('McDowall', 'McLeod', 'Herd', 'Cairns', 'Moran', 'Vercoe')),
    'GH': (('Gordon', 'Frederick', 'Russell', 'Naomi', 'Nicola', 'Gregory'),
           ('Ntiamoa', 'Fosu', 'Afirifa', 'Asenso', 'Anokye', 'Adusei')),
    'MA': (('Reda', 'Siham', 'Asmae', 'Widad'),
           ('Amrani', 'Ziani', 'Naciri', 'Rami')),
    'PE': (('Hilario', 'Lizbeth', 'Fiorella', 'Nilton', 'Yony'),
           ('Cahuana', 'Chuquimia', 'Sucasaca', 'Arpasi')),
    'CL': (('Yamilet', 'Denisse', 'Consuelo', 'Rigoberto', 'Muriel', 'Bairon'),
           ('Venegas', 'Arce', 'Barría', 'Lobos', 'Arancibia', 'Galdames')),
    'SE': (('Verner', 'Fredrik', 'Alvar', 'Vilhelm', 'Amina', 'Mahdi'),
           ('Nyman', 'Rosenberg', 'Söderberg', 'Löf', 'Vestin', 'Sjögren')),
    'CN': (('Jiahao', 'Mengyao', 'Wenjing', 'Tianyu'),
           ('Cen', 'Zhai')),
    'BE': (('Jessy', 'Jules', 'Antoon', 'Karel', 'Mauro', 'Abdul'),
           ('Geudens', 'Moreels', 'Meert', 'Vercauteren', 'Fransen', 'Huysmans')),
    'AT': (('Robin', 'Richard', 'Maida', 'Julijana', 'Anita', 'Milo'),
           ('Riedler', 'Seiwald', 'Lammer', 'Petz', 'Stummer', 'Schmidt')),
    'PT': (('Yara', 'Gabriela', 'Filipe', 'Mateus', 'Mara', 'Teresa'),
           ('Nunes', 'Leal', 'Monteiro', 'Matias', 'Maia', 'Loureiro')),
    'IE': (('Leone', 'Mortimer', 'Jeffrey', 'Eilish', 'Caroline', 'Lucy'),
           ('Landy', 'Macnamee', 'Carún', 'Searraigh', 'Dorcha', 'Cartúr')),
    'FI': (('Pauli', 'Yrjö', 'Simo', 'Kimmo', 'Edvard', 'Antti'),
           ('Tuomi', 'Eloranta', 'Malinen', 'Suhonen', 'Välimäki', 'Kähkönen')),
    'CH': (('Umberto', 'Raoul', 'Flavio', 'Heidy', 'Vivien', 'Léna'),
           ('Schär', 'Knecht', 'Iten', 'Gloor', 'Schärer', 'Bieri')),
    'NO': (('Stig', 'Kjell', 'Elisabeth', 'Frank', 'Hanne', 'Robert'),
           ('Mikkelsen', 'Sivertsen', 'Hagen', 'Jakobsen', 'Isaksen', 'Andresen')),
}

ORGS = ("bobbinlace-circle.org", "torchon-lacemakers.net", "honiton-guild.club", "landyacht-racers.org",
        "blokart-beach.net", "sandyacht-club.club")  # anywhere
LOCAL_ORGS = {"US": ("oregon-coast-landsailors.org",), "CA": ("sauble-beach-landsailing.ca",), "GB": ("bucks-point-lacemakers.org.uk",),
              "IN": ("chennai-lace-circle.in",), "DE": ("kloeppelkreis-erzgebirge.de",), "AU": ("lefroy-landyachts.org.au",)}


def person(r: random.Random, region: str) -> str:
    """A name of someone from ``region``, as dev19's ``person`` writes it from this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address as dev19's ``mailbox`` makes it, with this set's names and domains and dev40's providers."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
