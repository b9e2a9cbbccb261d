"""Values for the dev3 privacy set (``privacy_cases_dev3.py``): phones by national numbering plans,
IBANs and national account numbers with their check digits, national identifiers by their own rules.

Every value is made here from the published rule (never by asking python-stdnum or libphonenumber,
which ``tests/scripts/test_privacy_cases_dev3.py`` uses only as referees). The countries and
identifiers are chosen to widen what ``tuning`` and ``dev2`` show, not to match any other set.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, timedelta

from privacy_cases import digits, grouped, iban, luhn_complete

UPPER = string.ascii_uppercase
UPPER_DIGITS = string.ascii_uppercase + string.digits

# --- check-digit rules the other sets do not have -----------------------------------------------

_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff(body: str) -> str:
    """The Verhoeff check digit of ``body`` (Aadhaar)."""
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(d)]]
    return str([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c])


def mod_11_10(body: str) -> str:
    """The ISO 7064 MOD 11,10 check digit (German tax id, Croatian accounts)."""
    p = 10
    for d in body:
        s = (int(d) + p) % 10 or 10
        p = 2 * s % 11
    return str((11 - p) % 10)


def mod97_national(body: str) -> str:
    """Two check digits making ``body + check`` equal 1 mod 97 (Portuguese NIB, Slovenian,
    Serbian and Montenegrin account numbers)."""
    return f"{98 - int(body + '00') % 97:02d}"


def weighted(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights))


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale_check(body: str) -> str:
    """The check letter of an Italian codice fiscale (odd positions by the odd table)."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return chr(65 + total % 26)


def rib_key(bank: str, branch: str, account: str) -> str:
    """The French/Monegasque RIB key (digit-only accounts)."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def aba_check(body: str) -> str:
    """The ninth digit of a US ABA routing number (weights 3, 7, 1)."""
    return str(-weighted(body, (3, 7, 1, 3, 7, 1, 3, 7)) % 10)


def clabe_check(body: str) -> str:
    """The 18th digit of a Mexican CLABE (weights 3, 7, 1, products mod 10)."""
    return str((10 - sum(int(d) * w % 10 for d, w in zip(body, (3, 7, 1) * 6)) % 10) % 10)


def _cbu_check(body: str) -> str:
    return str((10 - sum(int(d) * (3, 1, 7, 9)[i % 4] for i, d in enumerate(reversed(body)))) % 10)


def _czech_root(rng: random.Random, n: int) -> str:
    """An ``n``-digit Czech/Slovak account part whose weighted sum is 0 mod 11."""
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, n - 2)
        d = -weighted(body.zfill(9), (6, 3, 7, 9, 10, 5, 8, 4, 2)) % 11
        if d < 10:
            return body + str(d)


def birth_date(rng: random.Random, start: int = 1952, end: int = 1999) -> date:
    return date(start, 1, 1) + timedelta(days=rng.randint(0, (date(end, 12, 31) - date(start, 1, 1)).days))


# --- phones: 36 countries, national and international forms -------------------------------------

def _n(rng: random.Random, k: int) -> str:
    return str(rng.randint(2, 9)) + digits(rng, k - 1)  # subscriber numbers rarely start with 0 or 1


PHONE_FORMS: dict[str, list[Callable[[random.Random], str]]] = {
    "PT": [lambda r: f"9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+351 9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}", lambda r: f"21 {_n(r, 3)} {digits(r, 4)}"],
    "IE": [lambda r: f"08{r.choice('35679')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+353 (0)8{r.choice('5679')} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"(01) 6{digits(r, 2)} {digits(r, 4)}"],
    "BE": [lambda r: f"04{r.choice('789')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+32 4{r.choice('789')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", lambda r: f"02 5{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "DK": [lambda r: f"2{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", lambda r: f"+45 2{digits(r, 1)}{digits(r, 2)}{digits(r, 2)}{digits(r, 2)}",
           lambda r: f"33 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "NO": [lambda r: f"{r.choice('49')}{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}", lambda r: f"+47 9{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}",
           lambda r: f"22 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "FI": [lambda r: f"04{r.choice('0456')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+358 50 {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"09 {_n(r, 4)} {digits(r, 3)}"],
    "CZ": [lambda r: f"{r.choice(['603', '604', '605', '731', '736', '777', '775'])} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+420 {r.choice(['602', '608', '724', '739', '776'])} {digits(r, 3)} {digits(r, 3)}", lambda r: f"224 {_n(r, 3)} {digits(r, 3)}"],
    "GR": [lambda r: f"69{r.choice('3479')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+30 69{r.choice('3479')} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"210 {_n(r, 3)} {digits(r, 4)}"],
    "TR": [lambda r: f"05{r.choice(['32', '33', '35', '42', '05', '55'])} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+90 5{r.choice(['32', '36', '44', '52'])} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}", lambda r: f"(0212) {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}"],
    "IL": [lambda r: f"05{r.choice('0234')}-{_n(r, 3)}-{digits(r, 4)}", lambda r: f"+972 5{r.choice('0234')}-{_n(r, 3)}-{digits(r, 4)}",
           lambda r: f"03-6{digits(r, 6)}"],
    "AE": [lambda r: f"05{r.choice('0256')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+971 5{r.choice('0256')} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"04 3{digits(r, 2)} {digits(r, 4)}"],
    "ZA": [lambda r: f"08{r.choice('234')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+27 7{r.choice('1234')} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"021 4{digits(r, 2)} {digits(r, 4)}"],
    "NG": [lambda r: f"0{r.choice(['803', '806', '813', '703', '805', '807'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"+234 {r.choice(['803', '806', '810', '906'])} {_n(r, 3)} {digits(r, 4)}"],
    "KE": [lambda r: f"07{r.choice('012')}{digits(r, 1)} {digits(r, 6)}", lambda r: f"+254 7{r.choice('012')}{digits(r, 1)} {digits(r, 6)}"],
    "SG": [lambda r: f"{r.choice('89')}{digits(r, 3)} {digits(r, 4)}", lambda r: f"+65 9{digits(r, 3)} {digits(r, 4)}",
           lambda r: f"6{r.choice('2346')}{digits(r, 2)} {digits(r, 4)}"],
    "HK": [lambda r: f"{r.choice('569')}{digits(r, 3)} {digits(r, 4)}", lambda r: f"+852 {r.choice('69')}{digits(r, 3)} {digits(r, 4)}"],
    "CN": [lambda r: f"1{r.choice(['38', '39', '86', '88', '58'])} {digits(r, 4)} {digits(r, 4)}",
           lambda r: f"+86 1{r.choice(['35', '37', '59', '87'])} {digits(r, 4)} {digits(r, 4)}", lambda r: f"010-6{digits(r, 3)} {digits(r, 4)}"],
    "TW": [lambda r: f"09{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}", lambda r: f"+886 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"(02) 2{digits(r, 3)}-{digits(r, 4)}"],
    "TH": [lambda r: f"08{r.choice('1469')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+66 {r.choice('689')}{r.choice('1246')} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"02 {_n(r, 3)} {digits(r, 4)}"],
    "PH": [lambda r: f"09{r.choice(['17', '18', '05', '27', '99'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"+63 9{r.choice(['17', '18', '20', '77'])} {_n(r, 3)} {digits(r, 4)}"],
    "ID": [lambda r: f"08{r.choice('1235')}{digits(r, 1)}-{_n(r, 4)}-{digits(r, 4)}", lambda r: f"+62 81{digits(r, 1)}-{_n(r, 4)}-{digits(r, 4)}"],
    "MY": [lambda r: f"01{r.choice('2367')}-{_n(r, 3)} {digits(r, 4)}", lambda r: f"+60 1{r.choice('2379')}-{_n(r, 3)} {digits(r, 4)}",
           lambda r: f"03-{r.choice('2789')}{digits(r, 3)} {digits(r, 4)}"],
    "VN": [lambda r: f"09{r.choice('0134678')} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}", lambda r: f"+84 9{r.choice('1378')} {_n(r, 3)} {digits(r, 4)}"],
    "NZ": [lambda r: f"02{r.choice('127')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+64 21 {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"(09) {r.choice('3456')}{digits(r, 2)} {digits(r, 4)}"],
    "CA": [lambda r: f"({r.choice(['416', '604', '514', '613', '403'])}) {r.randint(220, 989)}-{digits(r, 4)}",
           lambda r: f"+1 {r.choice(['647', '778', '438', '587'])} {r.randint(220, 989)} {digits(r, 4)}"],
    "AR": [lambda r: f"+54 9 11 {r.choice('2345')}{digits(r, 3)}-{digits(r, 4)}", lambda r: f"011 15-{r.choice('2345')}{digits(r, 3)}-{digits(r, 4)}",
           lambda r: f"(011) 4{digits(r, 3)}-{digits(r, 4)}"],
    "CL": [lambda r: f"+56 9 {_n(r, 4)} {digits(r, 4)}", lambda r: f"9 {_n(r, 4)} {digits(r, 4)}"],
    "CO": [lambda r: f"+57 3{r.choice(['00', '01', '10', '12', '15', '20'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"3{r.choice(['04', '11', '13', '16', '18'])} {_n(r, 3)} {digits(r, 4)}"],
    "PE": [lambda r: f"+51 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", lambda r: f"9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"],
    "RU": [lambda r: f"+7 9{r.choice(['12', '16', '26', '03', '85'])} {_n(r, 3)}-{digits(r, 2)}-{digits(r, 2)}",
           lambda r: f"8 (9{r.choice(['15', '17', '29', '99'])}) {_n(r, 3)}-{digits(r, 2)}-{digits(r, 2)}",
           lambda r: f"+7 495 {_n(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"],
    "UA": [lambda r: f"+380 {r.choice(['67', '50', '63', '93', '97'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"0{r.choice(['67', '66', '68', '95', '99'])} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}"],
    "HU": [lambda r: f"+36 {r.choice(['20', '30', '70'])} {_n(r, 3)} {digits(r, 4)}", lambda r: f"06 {r.choice(['20', '30', '70'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"06 1 {_n(r, 3)} {digits(r, 4)}"],
    "RO": [lambda r: f"07{r.choice('2456')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}", lambda r: f"+40 7{r.choice('2456')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"],
    "EG": [lambda r: f"01{r.choice('0125')} {_n(r, 4)} {digits(r, 4)}", lambda r: f"+20 1{r.choice('0125')} {_n(r, 4)} {digits(r, 4)}"],
    "SA": [lambda r: f"05{r.choice('03456')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+966 5{r.choice('03456')} {_n(r, 3)} {digits(r, 4)}"],
    "PK": [lambda r: f"03{r.choice(['00', '01', '21', '33', '45'])} {_n(r, 7)}", lambda r: f"+92 3{r.choice(['00', '12', '33', '45'])} {_n(r, 7)}"],
}


def phones(rng: random.Random) -> list[tuple[str, str]]:
    """``(region, written number)``: every form of every country once."""
    return [(region, form(rng)) for region, forms in PHONE_FORMS.items() for form in forms]


# --- IBANs: 30 countries, national check digits where the country has them ---------------------

def _cz_sk_bban(rng: random.Random, banks: list[str]) -> str:
    prefix = rng.choice(["000000", "000019", "000035"])  # 19 and 35 pass the prefix check
    return rng.choice(banks) + prefix + _czech_root(rng, 10)


def _hu_bban(rng: random.Random) -> str:
    w = (9, 7, 3, 1) * 4
    branch = rng.choice(["117", "104", "120", "101"]) + digits(rng, 4)
    account = digits(rng, 15)
    return branch + str(-weighted(branch, w) % 10) + account + str(-weighted(account, w) % 10)


def _hr_bban(rng: random.Random) -> str:
    account = str(rng.randint(1, 3)) + digits(rng, 8)
    return rng.choice(["2360000", "2340009", "2484008", "2402006"]) + account + mod_11_10(account)


def _ee_bban(rng: random.Random) -> str:
    body = digits(rng, 13)
    check = -sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(reversed(body))) % 10
    return rng.choice(["22", "10", "77", "96"]) + body + str(check)


def _is_bban(rng: random.Random) -> str:
    while True:  # the last ten digits are the holder's kennitala (DDMMYY, 2 digits, check, century)
        b = birth_date(rng)
        body = f"{b:%d%m%y}{digits(rng, 2)}"
        check = 11 - weighted(body, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
        if check != 10:
            return f"{rng.choice(['0133', '0515', '0101'])}26{digits(rng, 6)}{body}{check % 11}9"


def _mc_bban(rng: random.Random) -> str:
    bank, branch, account = rng.choice(["12739", "11468", "10096"]), digits(rng, 5), digits(rng, 11)
    return bank + branch + account + rib_key(bank, branch, account)


def _mod97_bban(rng: random.Random, banks: list[str], n: int) -> str:
    body = rng.choice(banks) + digits(rng, n)
    return body + mod97_national(body)


BBANS: dict[str, Callable[[random.Random], str]] = {
    "PT": lambda r: _mod97_bban(r, ["0035", "0033", "0007", "0010"], 15),
    "FI": lambda r: luhn_complete(r.choice(["1", "4", "5", "8"]), 14, r),
    "LU": lambda r: r.choice(["001", "002", "019"]) + "".join(r.choice(UPPER_DIGITS) for _ in range(13)),
    "CZ": lambda r: _cz_sk_bban(r, ["0800", "0100", "2010", "0300", "3030"]),
    "SK": lambda r: _cz_sk_bban(r, ["0900", "1100", "0200", "7500"]),
    "HU": _hu_bban,
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "".join(r.choice(UPPER_DIGITS) for _ in range(16)),
    "HR": _hr_bban,
    "SI": lambda r: _mod97_bban(r, ["10100", "19100", "02010", "61000"], 8),
    "GR": lambda r: r.choice(["011", "026", "014", "017"]) + digits(r, 20),
    "EE": _ee_bban,
    "LT": lambda r: r.choice(["73000", "70440", "40100", "32500"]) + digits(r, 11),
    "LV": lambda r: r.choice(["HABA", "UNLA", "RIKO"]) + digits(r, 13),
    "BG": lambda r: r.choice(["BNBG", "UNCR", "STSA", "FINV"]) + digits(r, 6) + "".join(r.choice(UPPER_DIGITS) for _ in range(8)),
    "MT": lambda r: r.choice(["MALT", "VALL", "APSB"]) + digits(r, 5) + "".join(r.choice(UPPER_DIGITS) for _ in range(18)),
    "CY": lambda r: r.choice(["002", "005", "018"]) + digits(r, 21),
    "IS": _is_bban,
    "LI": lambda r: r.choice(["08810", "08800"]) + digits(r, 12),
    "MC": _mc_bban,
    "TR": lambda r: r.choice(["00010", "00062", "00064", "00046"]) + "0" + digits(r, 16),
    "SA": lambda r: r.choice(["80", "10", "45"]) + digits(r, 18),
    "AE": lambda r: r.choice(["033", "026", "035"]) + digits(r, 16),
    "IL": lambda r: r.choice(["010", "012", "011", "020"]) + digits(r, 16),
    "QA": lambda r: r.choice(["QNBA", "DOHB", "CBQA"]) + digits(r, 21),
    "UA": lambda r: r.choice(["305299", "322001", "300528"]) + digits(r, 19),
    "RS": lambda r: _mod97_bban(r, ["160", "170", "265"], 13),
    "ME": lambda r: _mod97_bban(r, ["505", "510", "535"], 13),
    "GE": lambda r: r.choice(["TB", "BG"]) + digits(r, 16),
    "BR": lambda r: r.choice(["00000000", "00360305", "60701190"]) + digits(r, 15) + "C1",
    "KZ": lambda r: r.choice(["722", "601", "998"]) + "".join(r.choice(UPPER_DIGITS) for _ in range(13)),
}


def ibans(rng: random.Random) -> list[tuple[str, str]]:
    """``(country, compact IBAN)``: each country once, then a second value for every other one."""
    countries = list(BBANS) + list(BBANS)[::2]
    return [(c, iban(c, BBANS[c](rng))) for c in countries]


def iban_forms(value: str, i: int) -> str:
    """How the IBAN is written: grouped, compact, lower case (grouped or not), grouped by dashes."""
    return [grouped(value), value, value.lower(), grouped(value).lower(), grouped(value), value, grouped(value, sep="-")][i % 7]


# --- national account numbers -------------------------------------------------------------------

def aba(rng: random.Random) -> str:
    body = rng.choice(["01", "02", "03", "06", "07", "11", "12", "21", "22", "26", "31", "32"]) + digits(rng, 6)
    return body + aba_check(body)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "072", "021"]) + rng.choice(["180", "320", "650", "010"]) + digits(rng, 11)
    return body + clabe_check(body)


def cbu(rng: random.Random) -> str:
    branch = rng.choice(["011", "007", "017", "072"]) + digits(rng, 4)
    account = digits(rng, 13)
    return branch + _cbu_check(branch) + account + _cbu_check(account)


def ccc(rng: random.Random) -> str:
    """A Spanish CCC (entidad, oficina, two control digits, cuenta) as written: 4 4 2 10."""
    bank, branch, account = rng.choice(["2100", "0049", "0182", "0081"]), digits(rng, 4), digits(rng, 10)
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    c1, c2 = (11 - weighted(s, w) % 11 for s in ("00" + bank + branch, account))
    fix = {10: 1, 11: 0}
    return f"{bank} {branch} {fix.get(c1, c1)}{fix.get(c2, c2)} {account}"


def kontonr_no(rng: random.Random) -> str:
    while True:
        body = rng.choice(["1503", "1254", "9710", "3000"]) + digits(rng, 6)
        check = 11 - weighted(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
        if check != 10:
            n = body + str(check % 11)
            return f"{n[:4]}.{n[4:6]}.{n[6:]}"


def nz_account(rng: random.Random) -> str:
    while True:  # algorithm A: branch and account weighted, the sum 0 mod 11
        bank, branch = rng.choice([("38", str(rng.randint(9000, 9499))), ("01", rng.choice(["0001", "0004", "0009"]))])
        account = "0" + digits(rng, 5)
        s = sum(int(d) * w for d, w in zip(branch + account, (6, 3, 7, 9, 0, 10, 5, 8, 4, 2, 1)))
        check = -s % 11
        if check < 10:
            return f"{bank}-{branch}-{account}{check}-{rng.choice(['00', '000', '01'])}"


def cz_account(rng: random.Random) -> str:
    root = _czech_root(rng, rng.choice([9, 10]))
    prefix = rng.choice(["", "19-", "35-"])
    return f"{prefix}{root}/{rng.choice(['0800', '0100', '2010', '0300'])}"


def pl_nrb(rng: random.Random) -> str:
    bank = rng.choice(["1090", "1140", "1020", "2490"]) + digits(rng, 3)
    bank += str(-weighted(bank, (3, 9, 7, 1, 3, 9, 7)) % 10)
    return _nrb(iban("PL", bank + digits(rng, 16)))


def _nrb(value: str) -> str:
    nrb = value[2:]
    return nrb[:2] + " " + grouped(nrb[2:])


def rib(rng: random.Random) -> str:
    bank, branch, account = rng.choice(["30004", "30003", "20041", "10278"]), digits(rng, 5), digits(rng, 11)
    return f"{bank} {branch} {account} {rib_key(bank, branch, account)}"
