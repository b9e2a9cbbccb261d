"""Cards, IBANs, bank accounts and national identifiers for the held-out privacy set
(``privacy_cases_heldout.py``), each drawn afresh by the rule its issuer publishes.

Cards: the networks' IIN ranges and lengths, the last digit Luhn's. IBANs: each country's BBAN as the
SWIFT registry lays it out, with the national check where the country has one (France's RIB key,
Spain's two CCC digits, Italy's CIN, the Dutch eleven test, Belgium's and Portugal's mod 97, Poland's
sort-code digit, Finland's Luhn, Norway's mod 11), then ISO 13616's two check digits. Accounts: ABA
routing numbers (3-7-1), CLABE (3-7-1 mod 10), NUBAN (3-7-3 mod 10), Argentina's CBU (two blocks,
each with its digit) and the printed shapes of IFSC, sort, BSB, transit and branch codes. National
identifiers: their check digits, birth dates and place codes by the issuing offices' rules; the
Verhoeff tables are built from the dihedral group they come from.

Nothing here asks an identifier library: the set's test referees every value with python-stdnum
and rules written apart.
"""

from __future__ import annotations

import datetime
import random
import string

DIGITS = string.digits
UPPER = string.ascii_uppercase


def run(r: random.Random, n: int) -> str:
    """``n`` random digits."""
    return "".join(r.choice(DIGITS) for _ in range(n))


def luhn_digit(body: str) -> str:
    """The digit that makes ``body`` + it pass Luhn's check."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (1 if i % 2 else 2)
        total += d // 10 + d % 10
    return str(-total % 10)


def mod97_iban(country: str, bban: str) -> str:
    """``bban`` of ``country`` with ISO 13616's check digits: the IBAN, compact."""
    moved = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def spaced(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


# --- cards ----------------------------------------------------------------------------------------

NETWORKS: dict[str, tuple[tuple[tuple[int, int, int], ...], tuple[int, ...]]] = {  # brand: (IIN ranges with their shares, lengths)
    "visa": (((4, 4, 1),), (16,)),
    "mastercard": (((51, 55, 5), (2221, 2720, 1)), (16,)),  # the 2-series, opened in 2017, still the smaller part
    "amex": (((34, 34, 1), (37, 37, 3)), (15,)),
    "discover": (((6011, 6011, 3), (644, 649, 1), (65, 65, 2)), (16,)),
    "jcb": (((3528, 3589, 1),), (16,)),
    "unionpay": (((62, 62, 1),), (16, 16, 19)),
    "rupay": (((5085, 5089, 1), (6521, 6522, 2), (81, 82, 1)), (16,)),
    "mir": (((2200, 2204, 1),), (16,)),
}
CARD_COUNTS = {"visa": 16, "mastercard": 12, "amex": 4, "discover": 2, "jcb": 2, "unionpay": 2, "rupay": 2, "mir": 1}


def card_number(r: random.Random, brand: str) -> str:
    ranges, lengths = NETWORKS[brand]
    low, high, _ = r.choices(ranges, weights=[share for _, _, share in ranges])[0]
    length = r.choice(lengths)
    body = str(r.randint(low, high))
    body += run(r, length - 1 - len(body))
    return body + luhn_digit(body)


def as_printed(r: random.Random, number: str) -> str:
    """The way a card is copied out: the embossed groups (Amex 4-6-5), dashes, or one run."""
    if len(number) == 15:
        groups = f"{number[:4]} {number[4:10]} {number[10:]}"
    elif len(number) == 19:
        groups = f"{spaced(number[:16])} {number[16:]}"
    else:
        groups = spaced(number)
    return r.choices([groups, groups.replace(" ", "-"), number], weights=[6, 2, 3])[0]


# --- IBANs ----------------------------------------------------------------------------------------

IBAN_COUNTS = {"DE": 8, "FR": 5, "ES": 4, "IT": 4, "NL": 3, "BE": 2, "AT": 2, "PT": 2, "PL": 2, "TR": 2, "GB": 1, "IE": 1, "FI": 1,
               "CH": 1, "NO": 1, "AE": 1}

_CIN_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)


def _ccc(ten: str) -> str:
    value = 11 - sum(int(d) * w for d, w in zip(ten, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11
    return "0" if value == 11 else "1" if value == 10 else str(value)


def _cin(body: str) -> str:
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else UPPER.index(c)
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return UPPER[total % 26]


def _de(r: random.Random) -> str:
    return r.choice(["10010010", "20050550", "37050198", "50070010", "70020270", "10050000", "26050001", "68050101", "66050101",
                     "79050000", "50040000", "30020900"]) + run(r, 10)


def _fr(r: random.Random) -> str:
    bank, branch, account = r.choice(["30004", "30003", "20041", "10107", "30066", "13335", "17515", "14505", "11306"]), run(r, 5), run(r, 11)
    return bank + branch + account + f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es(r: random.Random) -> str:
    bank, branch, account = r.choice(["0049", "2100", "0182", "0081", "2038", "1465", "0128", "3058", "2085", "0073"]), run(r, 4), run(r, 10)
    return bank + branch + _ccc("00" + bank + branch) + _ccc(account) + account


def _it(r: random.Random) -> str:
    body = r.choice(["03069", "02008", "05034", "03111", "01005", "03032", "05696", "03440"]) + run(r, 5) + run(r, 12)
    return _cin(body) + body


def _nl(r: random.Random) -> str:
    while True:
        account = str(r.randint(10**8, 10**10 - 1)).zfill(10)
        if sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0:
            return r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + account


def _be(r: random.Random) -> str:
    ten = r.choice(["001", "068", "310", "363", "375", "735", "737", "750", "063"]) + run(r, 7)
    return ten + f"{int(ten) % 97 or 97:02d}"


def _at(r: random.Random) -> str:
    return r.choice(["20111", "12000", "32000", "14000", "60000", "38000", "35000", "15000"]) + run(r, 11)


def _pt(r: random.Random) -> str:
    body = r.choice(["0035", "0033", "0007", "0010", "0018", "0036", "0045", "0269"]) + run(r, 4) + run(r, 11)
    return body + f"{98 - int(body) * 100 % 97:02d}"


def _pl(r: random.Random) -> str:
    seven = r.choice(["1020", "1090", "1140", "1050", "1240", "1160", "1750", "1870"]) + run(r, 3)
    return seven + str(-sum(int(d) * w for d, w in zip(seven, (3, 9, 7, 1, 3, 9, 7))) % 10) + run(r, 16)


def _tr(r: random.Random) -> str:
    return r.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111", "00134", "00032"]) + "0" + run(r, 16)


def _gb(r: random.Random) -> str:
    bank, sort = r.choice([("NWBK", "60" + run(r, 4)), ("BARC", "20" + run(r, 4)), ("LOYD", "30" + run(r, 4)), ("HBUK", "40" + run(r, 4)),
                           ("MONZ", "040004"), ("SRLG", "608371")])
    return bank + sort + run(r, 8)


def _ie(r: random.Random) -> str:
    bank, sort = r.choice([("AIBK", "93" + run(r, 4)), ("BOFI", "90" + run(r, 4)), ("IPBS", "99" + run(r, 4)), ("ULSB", "98" + run(r, 4))])
    return bank + sort + run(r, 8)


def _fi(r: random.Random) -> str:
    body = r.choice(["1", "2", "5", "8", "31", "36", "39", "47"])
    body += run(r, 13 - len(body))
    return body + luhn_digit(body)


def _ch(r: random.Random) -> str:
    return r.choice(["00230", "00700", "04835", "09000", "80808", "00767", "00788"]) + run(r, 12)


def _no(r: random.Random) -> str:
    while True:
        ten = r.choice(["1503", "1206", "1594", "3000", "9710", "6011", "1254"]) + run(r, 6)
        check = 11 - sum(int(d) * w for d, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
        if check != 10:
            return ten + str(check % 11)


def _ae(r: random.Random) -> str:
    return r.choice(["033", "026", "035", "030", "044", "023"]) + run(r, 16)


_BBAN = {"DE": _de, "FR": _fr, "ES": _es, "IT": _it, "NL": _nl, "BE": _be, "AT": _at, "PT": _pt, "PL": _pl, "TR": _tr, "GB": _gb,
         "IE": _ie, "FI": _fi, "CH": _ch, "NO": _no, "AE": _ae}


def iban_of(r: random.Random, country: str) -> str:
    return mod97_iban(country, _BBAN[country](r))


def iban_printed(r: random.Random, value: str) -> str:
    """In groups of four, as banks print it (most often), or run together as forms take it."""
    return spaced(value) if r.random() < 0.7 else value


# --- labelled bank accounts -----------------------------------------------------------------------

NG_BANKS = {"GTBank": "058", "Access Bank": "044", "Zenith Bank": "057", "First Bank": "011", "UBA": "033", "Fidelity Bank": "070",
            "FCMB": "214", "Sterling Bank": "232", "Union Bank": "032"}


def routing_number(r: random.Random) -> str:
    """An ABA routing number: a Federal Reserve district (01-12, or 21-32 for thrifts), then the
    digit that makes 3-7-1 weights sum to a multiple of ten."""
    eight = f"{r.choice([r.randint(1, 12), r.randint(21, 32)]):02d}" + run(r, 6)
    return eight + str(-sum(int(d) * w for d, w in zip(eight, (3, 7, 1) * 3)) % 10)


def clabe(r: random.Random) -> str:
    seventeen = r.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137", "638", "646"]) + \
        r.choice(["180", "320", "580", "650", "540", "001", "027"]) + run(r, 11)
    return seventeen + str(-sum(int(d) * w % 10 for d, w in zip(seventeen, (3, 7, 1) * 6)) % 10)


def nuban(r: random.Random, bank_code: str) -> str:
    serial = run(r, 9)
    return serial + str(-sum(int(d) * w for d, w in zip(bank_code + serial, (3, 7, 3) * 4)) % 10)


def cbu(r: random.Random) -> str:
    first = r.choice(["007", "011", "014", "015", "017", "072", "285", "191", "150", "034"]) + run(r, 4)
    first += str(-sum(int(d) * w for d, w in zip(first, (7, 1, 3, 9, 7, 1, 3))) % 10)
    second = run(r, 13)
    return first + second + str(-sum(int(d) * w for d, w in zip(second, (3, 9, 7, 1) * 3 + (3,))) % 10)


def ifsc(r: random.Random) -> str:
    return r.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "UBIN", "IOBA", "BKID", "INDB", "FDRL"]) + "0" + \
        r.choice([run(r, 6), run(r, 6), "".join(r.choice(UPPER) for _ in range(3)) + run(r, 3)])


def sort_code(r: random.Random) -> str:
    return "-".join([r.choice(["20", "30", "40", "60", "77", "11", "09", "52", "83"]), run(r, 2), run(r, 2)])


def bsb(r: random.Random) -> str:
    return r.choice(["062", "063", "064", "012", "013", "014", "032", "034", "082", "083", "084", "633", "484", "923"]) + "-" + run(r, 3)


def transit(r: random.Random) -> str:
    return run(r, 5) + "-" + r.choice(["001", "002", "003", "004", "006", "010", "016", "039", "614", "815"])


def za_branch(r: random.Random) -> str:
    return r.choice(["25" + run(r, 4), "63" + run(r, 4), "1" + run(r, 5), "0" + run(r, 5)])


def br_agency(r: random.Random) -> str:
    return run(r, 4) if r.random() < 0.6 else f"{run(r, 4)}-{r.randint(0, 9)}"


def br_account(r: random.Random) -> str:
    return f"{run(r, r.choice([5, 6, 7, 8]))}-{r.randint(0, 9)}"


# --- national identifiers -------------------------------------------------------------------------

NATIONAL_IDS = {  # kind: (how many, what its holders call it, the python-stdnum module that referees it)
    "us_ssn": (9, "SSN", "us.ssn"), "in_aadhaar": (4, "Aadhaar", "in_.aadhaar"), "in_pan": (3, "PAN", "in_.pan"),
    "br_cpf": (4, "CPF", "br.cpf"), "mx_curp": (2, "CURP", "mx.curp"), "mx_rfc": (1, "RFC", "mx.rfc"), "gb_nhs": (2, "NHS number", "gb.nhs"),
    "de_idnr": (2, "Steuer-IdNr", "de.idnr"), "fr_nir": (2, "NIR", "fr.nir"), "es_dni": (2, "DNI", "es.dni"), "es_nie": (1, "NIE", "es.nie"),
    "it_codicefiscale": (2, "codice fiscale", "it.codicefiscale"), "ca_sin": (2, "SIN", "ca.sin"), "id_nik": (2, "NIK", "id.nik"),
    "pk_cnic": (1, "CNIC", "pk.cnic"), "tr_tckimlik": (1, "TC Kimlik", "tr.tckimlik"), "pl_pesel": (1, "PESEL", "pl.pesel"),
    "za_idnr": (1, "ID number", "za.idnr"), "kr_rrn": (1, "주민등록번호", "kr.rrn"), "cn_ric": (1, "身份证", "cn.ric"),
    "jp_in": (1, "マイナンバー", "jp.in_"), "au_tfn": (1, "TFN", "au.tfn"), "nl_bsn": (1, "BSN", "nl.bsn"),
    "th_pin": (1, "เลขบัตรประชาชน", "th.pin"), "my_nric": (1, "IC", "my.nric"), "ar_cuit": (1, "CUIL", "ar.cuit"),
    "cl_rut": (1, "RUT", "cl.rut"), "se_personnummer": (1, "personnummer", "se.personnummer"), "ie_pps": (1, "PPSN", "ie.pps"),
    "pt_nif": (1, "NIF", "pt.nif"),
}


def _born(r: random.Random, first: int = 1952, last: int = 2005) -> datetime.date:
    start = datetime.date(first, 1, 1)
    return start + datetime.timedelta(days=r.randrange((datetime.date(last, 12, 31) - start).days))


def _dihedral(j: int, k: int) -> int:
    """The product of j and k in the dihedral group of order 10, as Verhoeff numbers it."""
    if j < 5:
        return (j + k) % 5 if k < 5 else 5 + (j + k) % 5
    return 5 + (j - k) % 5 if k < 5 else (j - k) % 5


_PERM = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _PERM.append([_PERM[1][x] for x in _PERM[-1]])


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _dihedral(c, _PERM[(i + 1) % 8][int(d)])
    return str(next(k for k in range(10) if _dihedral(c, k) == 0))


def _ssn(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return value if r.random() < 0.85 else value.replace("-", "")


def _aadhaar(r: random.Random) -> str:
    while True:
        body = str(r.randint(2, 9)) + run(r, 10)
        value = body + verhoeff_digit(body)
        if value != value[::-1]:
            return r.choice([spaced(value), spaced(value), value, spaced(value, sep="-")])


def _pan(r: random.Random) -> str:
    return "".join(r.choice(UPPER) for _ in range(3)) + "P" + r.choice(UPPER) + f"{r.randint(1, 9999):04d}" + r.choice(UPPER)


def _cpf(r: random.Random) -> str:
    body = run(r, 9)
    while len(set(body)) == 1:
        body = run(r, 9)
    for start in (10, 11):
        rest = sum(int(d) * w for d, w in zip(body, range(start, 1, -1))) % 11
        body += "0" if rest < 2 else str(11 - rest)
    return r.choice([f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}", f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}", body])


_CURP_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
_CURP_PEOPLE = [("PEREZ", "LUNA", "JORGE", "H"), ("NAVARRO", "SOLIS", "ELENA", "M"), ("MORALES", "RIVAS", "PATRICIA", "M"),
                ("CASTRO", "MEJIA", "RAUL", "H"), ("DOMINGUEZ", "BRAVO", "SERGIO", "H"), ("RUIZ", "TAPIA", "ADRIANA", "M")]


def _first_inner(word: str, vowels: bool) -> str:
    return next(c for c in word[1:] if (c in "AEIOU") == vowels)


def _curp(r: random.Random) -> str:
    first, second, given, sex = r.choice(_CURP_PEOPLE)
    born = _born(r, 1960, 2006)
    head = first[0] + _first_inner(first, True) + second[0] + given[0]
    inner = _first_inner(first, False) + _first_inner(second, False) + _first_inner(given, False)
    state = r.choice(["DF", "JC", "NL", "PL", "GT", "VZ", "CH", "SL", "QT", "MN"])
    body = f"{head}{born:%y%m%d}{sex}{state}{inner}{r.choice(DIGITS) if born.year < 2000 else r.choice('ABCDEFGH')}"
    return body + str(-sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body)) % 10)


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def _rfc(r: random.Random) -> str:
    first, second, given, _ = r.choice(_CURP_PEOPLE)
    born = _born(r, 1960, 2004)
    while True:  # a remainder of 1 is written '1' by some and 'A' by others: such homoclaves are drawn again
        body = first[0] + _first_inner(first, True) + second[0] + given[0] + f"{born:%y%m%d}" + r.choice("123456789ABCDEFGHIJKLMNPRSTUV") + \
            r.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
        rest = sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(body)) % 11
        if rest != 1:
            return body + ("0" if rest == 0 else str(11 - rest))


def _nhs(r: random.Random) -> str:
    while True:
        body = str(r.randint(4, 9)) + run(r, 8)
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
        if check != 10:
            value = body + str(check % 11)
            return r.choice([f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:3]}-{value[3:6]}-{value[6:]}", value])


def _idnr(r: random.Random) -> str:
    while True:
        body = str(r.randint(1, 9)) + run(r, 9)
        repeated = [d for d in set(body) if body.count(d) > 1]
        if len(repeated) == 1 and body.count(repeated[0]) in (2, 3) and repeated[0] * 3 not in body:
            break
    product = 10
    for d in body:
        s = (int(d) + product) % 10 or 10
        product = 2 * s % 11
    value = body + str((11 - product) % 10)
    return r.choice([value, f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"])


def _nir(r: random.Random) -> str:
    born = _born(r, 1950, 2004)
    department = r.choice(["75", "13", "69", "06", "33", "67", "59", "35", "44", "31"])
    body = f"{r.randint(1, 2)}{born:%y%m}{department}{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return r.choice([f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}", f"{body}{key:02d}"])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(r: random.Random) -> str:
    number = r.randint(1_000_000, 99_999_999)
    value = f"{number:08d}{_DNI_LETTERS[number % 23]}"
    return r.choice([value, f"{value[:8]}-{value[8]}"])


def _nie(r: random.Random) -> str:
    lead = r.choice("XYZ")
    seven = run(r, 7)
    return f"{lead}{seven}{_DNI_LETTERS[int(str('XYZ'.index(lead)) + seven) % 23]}"


_CF_EVEN = {c: i for i, c in enumerate(DIGITS)} | {c: i for i, c in enumerate(UPPER)}
_CF_ODD = {c: _CIN_ODD[i] for i, c in enumerate(DIGITS)} | {c: _CIN_ODD[i] for i, c in enumerate(UPPER)}


def _codice_fiscale(r: random.Random) -> str:
    born = _born(r, 1955, 2004)
    female = r.random() < 0.5
    letters = r.choice(["BRBGNN", "CNTLSN", "FNTMRC", "GLLPLA", "GRCSFN", "RNLCRL", "CSTMTT", "MRTLRA"])
    body = f"{letters}{born:%y}{'ABCDEHLMPRST'[born.month - 1]}{born.day + (40 if female else 0):02d}" + \
        r.choice(["H501", "F205", "L219", "F839", "A944", "D612", "G224", "C351"])
    return body + UPPER[sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(body)) % 26]


def _sin(r: random.Random) -> str:
    body = str(r.randint(1, 7)) + run(r, 7)
    value = body + luhn_digit(body)
    return r.choice([f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:3]}-{value[3:6]}-{value[6:]}", value])


def _nik(r: random.Random) -> str:
    born = _born(r, 1962, 2005)
    place = r.choice(["317101", "317202", "327301", "357801", "347101", "517101", "127101", "737101"])
    day = born.day + (40 if r.random() < 0.5 else 0)
    return f"{place}{day:02d}{born:%m%y}{r.randint(1, 4999):04d}"


def _cnic(r: random.Random) -> str:
    value = f"{r.randint(1, 7)}{run(r, 4)}{run(r, 7)}{r.randint(1, 9)}"
    return r.choice([f"{value[:5]}-{value[5:12]}-{value[12]}", value])


def _tckimlik(r: random.Random) -> str:
    nine = str(r.randint(1, 9)) + run(r, 8)
    tenth = (7 * sum(int(d) for d in nine[0::2]) - sum(int(d) for d in nine[1::2])) % 10
    return f"{nine}{tenth}{(sum(int(d) for d in nine) + tenth) % 10}"


def _pesel(r: random.Random) -> str:
    born = _born(r, 1950, 2007)
    ten = f"{born:%y}{born.month + (20 if born.year >= 2000 else 0):02d}{born:%d}{run(r, 4)}"
    return ten + str(-sum(int(d) * w for d, w in zip(ten, (1, 3, 7, 9) * 3)) % 10)


def _za_id(r: random.Random) -> str:
    born = _born(r, 1950, 2005)
    twelve = f"{born:%y%m%d}{r.randint(0, 9999):04d}{r.choice('0001')}8"
    return twelve + luhn_digit(twelve)


def _rrn(r: random.Random) -> str:
    born = _born(r, 1960, 2005)
    sex = r.choice("12") if born.year < 2000 else r.choice("34")
    twelve = f"{born:%y%m%d}{sex}{r.randint(0, 96):02d}{run(r, 3)}"  # then the place of registration, then the office
    check = (11 - sum(int(d) * w for d, w in zip(twelve, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
    return f"{twelve[:6]}-{twelve[6:]}{check}"


def _ric(r: random.Random) -> str:
    born = _born(r, 1965, 2004)
    seventeen = r.choice(["110101", "110102", "110105", "110106", "110108", "310104"]) + f"{born:%Y%m%d}" + run(r, 3)
    check = (12 - sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(seventeen)) % 11) % 11
    return seventeen + ("X" if check == 10 else str(check))


def _my_number(r: random.Random) -> str:
    eleven = run(r, 11)
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(eleven), start=1))
    value = eleven + str(0 if total % 11 <= 1 else 11 - total % 11)
    return r.choice([value, f"{value[:4]} {value[4:8]} {value[8:]}"])


def _tfn(r: random.Random) -> str:
    while True:
        value = run(r, 9)
        if value[0] != "0" and sum(int(d) * w for d, w in zip(value, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0:
            return f"{value[:3]} {value[3:6]} {value[6:]}"


def _bsn(r: random.Random) -> str:
    while True:
        value = str(r.randint(1, 6)) + run(r, 8)
        if sum(int(d) * w for d, w in zip(value, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0:
            return value


def _thai(r: random.Random) -> str:
    twelve = str(r.randint(1, 8)) + run(r, 11)
    value = twelve + str((11 - sum(int(d) * (13 - i) for i, d in enumerate(twelve)) % 11) % 10)
    return r.choice([value, f"{value[0]} {value[1:5]} {value[5:10]} {value[10:12]} {value[12]}"])


def _nric(r: random.Random) -> str:
    born = _born(r, 1960, 2005)
    return f"{born:%y%m%d}-{r.choice(['01', '02', '05', '07', '08', '10', '12', '13', '14'])}-{run(r, 4)}"


def _cuit(r: random.Random) -> str:
    while True:
        ten = r.choice(["20", "27", "20", "27", "23"]) + str(r.randint(20_000_000, 47_999_999))
        check = 11 - sum(int(d) * w for d, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
        if check != 10:
            return f"{ten[:2]}-{ten[2:]}-{check % 11}"


def _rut(r: random.Random) -> str:
    body = str(r.randint(5_000_000, 26_999_999))
    rest = 11 - sum(int(d) * w for d, w in zip(reversed(body), (2, 3, 4, 5, 6, 7) * 2)) % 11
    check = "0" if rest == 11 else "K" if rest == 10 else str(rest)
    return f"{int(body):,}".replace(",", ".") + f"-{check}"


def _personnummer(r: random.Random) -> str:
    born = _born(r, 1950, 2005)
    nine = f"{born:%y%m%d}{run(r, 3)}"
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


def _pps(r: random.Random) -> str:
    seven = run(r, 7)
    return seven + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(d) * w for d, w in zip(seven, range(8, 1, -1))) % 23]


def _nif(r: random.Random) -> str:
    eight = str(r.randint(1, 2)) + run(r, 7)
    rest = 11 - sum(int(d) * w for d, w in zip(eight, range(9, 1, -1))) % 11
    return eight + str(0 if rest >= 10 else rest)


_IDS = {"us_ssn": _ssn, "in_aadhaar": _aadhaar, "in_pan": _pan, "br_cpf": _cpf, "mx_curp": _curp, "mx_rfc": _rfc, "gb_nhs": _nhs,
        "de_idnr": _idnr, "fr_nir": _nir, "es_dni": _dni, "es_nie": _nie, "it_codicefiscale": _codice_fiscale, "ca_sin": _sin,
        "id_nik": _nik, "pk_cnic": _cnic, "tr_tckimlik": _tckimlik, "pl_pesel": _pesel, "za_idnr": _za_id, "kr_rrn": _rrn,
        "cn_ric": _ric, "jp_in": _my_number, "au_tfn": _tfn, "nl_bsn": _bsn, "th_pin": _thai, "my_nric": _nric, "ar_cuit": _cuit,
        "cl_rut": _rut, "se_personnummer": _personnummer, "ie_pps": _pps, "pt_nif": _nif}


def national_id(r: random.Random, kind: str) -> str:
    """An identifier of ``kind`` made by its issuer's rule and written as its holders write it."""
    return _IDS[kind](r)
