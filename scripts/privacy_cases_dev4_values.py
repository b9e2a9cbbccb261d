"""Values for the dev4 privacy set (``privacy_cases_dev4.py``): phones of countries no other tuning
set has, IBANs of countries no other tuning set has (national check digits where the country has
them), and national account numbers in formats the other sets lack.

Every value is made here from the published rule (never by asking python-stdnum or libphonenumber,
which ``tests/scripts/test_privacy_cases_dev4.py`` uses only as referees).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from privacy_cases import digits, grouped, iban, luhn_complete
from privacy_cases_dev3_values import mod_11_10, weighted

UPPER_DIGITS = string.ascii_uppercase + string.digits


def _n(r: random.Random, k: int) -> str:
    """``k`` digits that do not start with 0 or 1 (subscriber numbers rarely do)."""
    return str(r.randint(2, 9)) + digits(r, k - 1)


# --- phones: 38 countries none of tuning, dev2 and dev3 has --------------------------------------

_SK_MOBILE = ["901", "903", "905", "907", "908", "910", "911", "915", "917", "918", "940", "944", "948", "949", "950"]

PHONE_FORMS: dict[str, list[Callable[[random.Random], str]]] = {
    "SK": [lambda r: f"0{r.choice(_SK_MOBILE)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+421 {r.choice(_SK_MOBILE)} {digits(r, 3)} {digits(r, 3)}"],
    "SI": [lambda r: f"0{r.choice(['31', '41', '40', '51', '70'])} {_n(r, 3)} {digits(r, 3)}",
           lambda r: f"+386 1 {r.choice('2345678')}{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "HR": [lambda r: f"09{r.choice('1258')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+385 1 {_n(r, 3)} {digits(r, 4)}"],
    "RS": [lambda r: f"06{r.choice('01234')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+381 11 {_n(r, 3)} {digits(r, 4)}"],
    "BG": [lambda r: f"08{r.choice('789')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+359 2 {_n(r, 3)} {digits(r, 4)}"],
    "LT": [lambda r: f"+370 6{digits(r, 2)} {digits(r, 5)}", lambda r: f"8 6{digits(r, 2)} {digits(r, 5)}"],
    "LV": [lambda r: f"+371 2{r.choice('0124679')}{digits(r, 2)} {digits(r, 4)}", lambda r: f"2{r.choice('0124679')} {digits(r, 3)} {digits(r, 3)}"],
    "EE": [lambda r: f"+372 5{r.choice('0123')}{digits(r, 2)} {digits(r, 4)}", lambda r: f"5{r.choice('0123')}{digits(r, 2)} {digits(r, 4)}"],
    "IS": [lambda r: f"+354 {r.choice(['69', '77', '78', '86', '89'])}{digits(r, 1)} {digits(r, 4)}",
           lambda r: f"{r.choice(['69', '77', '85', '89'])}{digits(r, 1)}-{digits(r, 4)}"],
    "LU": [lambda r: f"+352 6{r.choice('269')}1 {digits(r, 3)} {digits(r, 3)}", lambda r: f"6{r.choice('269')}1 {digits(r, 3)} {digits(r, 3)}"],
    "MT": [lambda r: f"+356 {r.choice(['79', '99'])}{digits(r, 2)} {digits(r, 4)}", lambda r: f"21{digits(r, 2)} {digits(r, 4)}"],
    "CY": [lambda r: f"+357 9{r.choice('6579')} {_n(r, 6)}", lambda r: f"22 {_n(r, 6)}"],
    "MA": [lambda r: f"06{r.choice('12456')}{digits(r, 1)}-{digits(r, 6)}", lambda r: f"+212 6{r.choice('1256')}{digits(r, 1)}-{digits(r, 6)}"],
    "DZ": [lambda r: f"0{r.choice(['55', '66', '69', '77', '79'])}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+213 {r.choice(['55', '65', '67', '78'])}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "TN": [lambda r: f"+216 {r.choice('259')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"{r.choice('259')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"],
    "GH": [lambda r: f"0{r.choice(['24', '54', '55', '20', '26'])} {_n(r, 3)} {digits(r, 4)}",
           lambda r: f"+233 {r.choice(['24', '54', '50'])} {_n(r, 3)} {digits(r, 4)}"],
    "TZ": [lambda r: f"07{r.choice('1456')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+255 7{r.choice('1456')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"],
    "UG": [lambda r: f"07{r.choice('014578')}{digits(r, 1)} {digits(r, 6)}", lambda r: f"+256 7{r.choice('014578')}{digits(r, 1)} {digits(r, 6)}"],
    "ET": [lambda r: f"09{r.choice('1234')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+251 9{r.choice('1234')} {_n(r, 3)} {digits(r, 4)}"],
    "BD": [lambda r: f"01{r.choice('3456789')}{digits(r, 2)}-{digits(r, 6)}", lambda r: f"+880 1{r.choice('3456789')}{digits(r, 2)}-{digits(r, 6)}"],
    "LK": [lambda r: f"07{r.choice('01256')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+94 7{r.choice('01256')} {_n(r, 3)} {digits(r, 4)}"],
    "NP": [lambda r: f"98{r.choice('0145')}{digits(r, 7)}", lambda r: f"+977 98{r.choice('0145')}-{digits(r, 7)}"],
    "QA": [lambda r: f"+974 {r.choice('3567')}{digits(r, 3)} {digits(r, 4)}", lambda r: f"{r.choice('3567')}{digits(r, 3)} {digits(r, 4)}"],
    "KW": [lambda r: f"+965 {r.choice(['50', '55', '66', '90', '99'])}{digits(r, 2)} {digits(r, 4)}",
           lambda r: f"{r.choice(['55', '66', '94', '97'])}{digits(r, 2)}{digits(r, 4)}"],
    "JO": [lambda r: f"079 {_n(r, 3)} {digits(r, 4)}", lambda r: f"+962 7{r.choice('789')} {r.choice('25678')}{digits(r, 2)} {digits(r, 4)}"],
    "LB": [lambda r: f"+961 {r.choice(['3', '70', '71'])} {_n(r, 3)} {digits(r, 3)}",
           lambda r: f"{r.choice(['70', '71', '81'])} {_n(r, 3)} {digits(r, 3)}"],
    "UY": [lambda r: f"09{r.choice('1234589')} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+598 9{r.choice('1234589')} {digits(r, 3)} {digits(r, 3)}"],
    "PY": [lambda r: f"09{r.choice(['81', '82', '83', '85', '71', '72', '91'])} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+595 9{r.choice(['81', '82', '85', '71', '73'])} {digits(r, 3)} {digits(r, 3)}"],
    "EC": [lambda r: f"09{r.choice('89')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"+593 9{r.choice('89')} {_n(r, 3)} {digits(r, 4)}"],
    "VE": [lambda r: f"04{r.choice(['12', '14', '16', '24', '26'])}-{_n(r, 7)}",
           lambda r: f"+58 4{r.choice(['12', '14', '24'])} {_n(r, 3)} {digits(r, 4)}"],
    "CR": [lambda r: f"+506 {r.choice(['60', '63', '70', '72', '83', '88'])}{digits(r, 2)} {digits(r, 4)}",
           lambda r: f"{r.choice(['61', '64', '71', '85', '87'])}{digits(r, 2)}-{digits(r, 4)}"],
    "PA": [lambda r: f"+507 6{digits(r, 3)}-{digits(r, 4)}", lambda r: f"6{digits(r, 3)}-{digits(r, 4)}"],
    "GT": [lambda r: f"+502 {r.choice('345')}{digits(r, 3)} {digits(r, 4)}", lambda r: f"{r.choice('345')}{digits(r, 3)}-{digits(r, 4)}"],
    "DO": [lambda r: f"+1 ({r.choice(['809', '829', '849'])}) {r.randint(220, 989)}-{digits(r, 4)}",
           lambda r: f"{r.choice(['809', '829', '849'])}-{r.randint(220, 989)}-{digits(r, 4)}"],
    "KZ": [lambda r: f"+7 70{r.choice('01257')} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"8 (7{r.choice(['01', '02', '05', '07', '77'])}) {_n(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"],
    "UZ": [lambda r: f"+998 9{r.choice('013457')} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+998 ({r.choice(['90', '93', '97'])}) {_n(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"],
    "GE": [lambda r: f"+995 5{r.choice(['55', '57', '58', '91', '93', '98'])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"5{r.choice(['55', '57', '68', '99'])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "AZ": [lambda r: f"+994 {r.choice(['50', '51', '55', '70', '77'])} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"0{r.choice(['50', '51', '55', '70'])} {_n(r, 3)} {digits(r, 2)} {digits(r, 2)}"],
    "MN": [lambda r: f"+976 {r.choice('89')}{r.choice('05689')}{digits(r, 2)} {digits(r, 4)}",
           lambda r: f"9{r.choice('15569')}{digits(r, 2)}-{digits(r, 4)}"],
    "KH": [lambda r: f"+855 {r.choice(['12', '17', '92', '97'])} {_n(r, 3)} {digits(r, 3)}",
           lambda r: f"0{r.choice(['12', '17', '92', '77'])} {_n(r, 3)} {digits(r, 3)}"],
    "BA": [lambda r: f"+387 6{r.choice('1235')} {_n(r, 3)} {digits(r, 3)}", lambda r: f"06{r.choice('1235')}/{_n(r, 3)}-{digits(r, 3)}"],
    "MK": [lambda r: f"+389 7{r.choice('012568')} {_n(r, 3)} {digits(r, 3)}", lambda r: f"07{r.choice('012568')} {_n(r, 3)} {digits(r, 3)}"],
    "AL": [lambda r: f"+355 6{r.choice('789')} {_n(r, 3)} {digits(r, 4)}", lambda r: f"06{r.choice('789')} {_n(r, 3)} {digits(r, 4)}"],
    "JM": [lambda r: f"+1 876 {r.choice('348')}{digits(r, 2)} {digits(r, 4)}", lambda r: f"(876) {r.choice('348')}{digits(r, 2)}-{digits(r, 4)}"],
}


def phones(rng: random.Random) -> list[tuple[str, str]]:
    """``(region, written number)``: each country's first form, and its second for every third country."""
    return [(region, form(rng)) for i, (region, forms) in enumerate(PHONE_FORMS.items()) for form in forms[:1 + (i % 3 == 0)]]


# --- IBANs: countries none of tuning, dev2 and dev3 has ------------------------------------------

def mod97_national(body: str) -> str:
    """Two check digits making ``body + check`` 1 mod 97 (ISO 7064 MOD 97-10, as Bosnia and
    Herzegovina, North Macedonia and Timor-Leste use in their account numbers)."""
    return f"{98 - int(body + '00') % 97:02d}"


def rib_key(bank: str, branch: str, account: str) -> str:
    """The RIB key of the French-style account numbers (Mauritania), digits only."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def albanian_check(bank_branch: str) -> str:
    """The check digit after an Albanian bank and branch code (weights 9, 7, 3, 1)."""
    return str(-weighted(bank_branch, (9, 7, 3, 1, 9, 7, 3)) % 10)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(body: str) -> str:
    """The Italian/Sammarinese CIN letter of ABI + CAB + account (22 characters)."""
    def value(c: str, odd: bool) -> int:
        k = int(c) if c.isdigit() else ord(c) - 65
        return _CIN_ODD[k] if odd else k
    return chr(65 + sum(value(c, i % 2 == 0) for i, c in enumerate(body)) % 26)


def russian_account(rng: random.Random, bik: str, balance: str = "40817") -> str:
    """A 20-digit Russian account whose control key (9th digit) is right for ``bik``: the last
    three digits of the BIK and the account, weighted 7, 1, 3, sum to 0 mod 10."""
    account = balance + "810" + "0" + digits(rng, 11)
    weights = (7, 1, 3) * 8
    key = sum(int(d) * w % 10 for d, w in zip(bik[-3:] + account, weights)) * 3 % 10
    return account[:8] + str(key) + account[9:]


def _c(r: random.Random, n: int) -> str:
    """An alphanumeric BBAN field as banks fill it: digits, now and then a letter."""
    return "".join(r.choice(UPPER_DIGITS) if r.random() < 0.08 else r.choice(string.digits) for _ in range(n))


def _mk_bban(r: random.Random) -> str:
    body = r.choice(["300", "250", "210"]) + digits(r, 10)
    return body + mod97_national(body)


def _sm_bban(r: random.Random) -> str:
    body = r.choice(["03225", "06067", "08540"]) + r.choice(["09800", "09801"]) + digits(r, 12)
    return cin(body) + body


def _mr_bban(r: random.Random) -> str:
    bank, branch, account = r.choice(["00020", "00003", "00004"]), digits(r, 5), digits(r, 11)
    return bank + branch + account + rib_key(bank, branch, account)


def _al_bban(r: random.Random) -> str:
    bank_branch = r.choice(["202", "205", "212", "208"]) + digits(r, 4)
    return bank_branch + albanian_check(bank_branch) + digits(r, 16)


def _ru_bban(r: random.Random) -> str:
    bik = "04" + r.choice(["4525", "0349", "4030"]) + digits(r, 3)
    return bik + russian_account(r, bik)


BBANS: dict[str, Callable[[random.Random], str]] = {
    "AD": lambda r: r.choice(["0001", "0003", "0004"]) + digits(r, 4) + _c(r, 12),
    "AL": _al_bban,
    "AZ": lambda r: r.choice(["NABZ", "IBAZ", "AIIB"]) + _c(r, 20),
    "BA": lambda r: (b := r.choice(["129", "161", "338"]) + digits(r, 11)) + mod97_national(b),
    "BH": lambda r: r.choice(["BMAG", "NBOB", "BBKU"]) + _c(r, 14),
    "BY": lambda r: r.choice(["NBRB", "ALFA", "AKBB"]) + r.choice(["3600", "3014"]) + _c(r, 16),
    "CR": lambda r: "0" + r.choice(["152", "151", "102"]) + digits(r, 14),
    "DO": lambda r: r.choice(["BAGR", "BCBH", "RESE"]) + digits(r, 20),
    "EG": lambda r: r.choice(["0019", "0003", "0002"]) + digits(r, 4) + digits(r, 17),
    "FO": lambda r: r.choice(["6460", "9181", "7600"]) + digits(r, 10),
    "GI": lambda r: r.choice(["NWBK", "GIBB"]) + _c(r, 15),
    "GL": lambda r: r.choice(["6471", "6489"]) + digits(r, 10),
    "GT": lambda r: r.choice(["TRAJ", "BRRL", "AGRO"]) + _c(r, 20),
    "IQ": lambda r: r.choice(["NBIQ", "RAFB"]) + digits(r, 3) + digits(r, 12),
    "JO": lambda r: r.choice(["CBJO", "ARAB", "HBHO"]) + digits(r, 4) + _c(r, 18),
    "KW": lambda r: r.choice(["CBKU", "NBOK", "KFHO"]) + _c(r, 22),
    "LB": lambda r: r.choice(["0999", "0030", "0056"]) + _c(r, 20),
    "LY": lambda r: r.choice(["002", "025", "021"]) + digits(r, 3) + digits(r, 15),
    "MD": lambda r: r.choice(["AG", "MO", "VI"]) + _c(r, 18),
    "MK": _mk_bban,
    "MN": lambda r: r.choice(["0034", "0005", "0004"]) + digits(r, 12),
    "MR": _mr_bban,
    "MU": lambda r: r.choice(["BOMM", "MCBL"]) + digits(r, 4) + digits(r, 12) + "000MUR",
    "NI": lambda r: r.choice(["BAPR", "BAMC", "BCCE"]) + digits(r, 20),
    "OM": lambda r: r.choice(["018", "036", "027"]) + _c(r, 16),
    "PK": lambda r: r.choice(["SCBL", "HABB", "MEZN"]) + _c(r, 16),
    "PS": lambda r: r.choice(["PALS", "ARAB"]) + _c(r, 21),
    "RU": _ru_bban,
    "SC": lambda r: r.choice(["SSCB", "MCBL"]) + digits(r, 4) + digits(r, 16) + "SCR",
    "SM": _sm_bban,
    "SV": lambda r: r.choice(["CENR", "BAGR"]) + digits(r, 20),
    "TL": lambda r: (b := "008" + digits(r, 14)) + mod97_national(b),
    "VA": lambda r: "001" + digits(r, 15),
    "VG": lambda r: r.choice(["VPVG", "BVIB"]) + digits(r, 16),
    "XK": lambda r: r.choice(["1212", "1301", "1504"]) + digits(r, 12),
}

NATIONAL_CHECKS = {"AL", "BA", "MK", "MR", "RU", "SM", "TL"}  # national check digits inside the BBAN


def ibans(rng: random.Random) -> list[tuple[str, str]]:
    """``(country, compact IBAN)``: each country once, then a second value for every third one."""
    countries = list(BBANS) + list(BBANS)[1::3]
    return [(c, iban(c, BBANS[c](rng))) for c in countries]


def iban_forms(value: str, i: int) -> str:
    """How the IBAN is written: grouped, compact, grouped with a double space where a scan split it,
    grouped in lower case, grouped by dots."""
    forms = [grouped(value), value, grouped(value).replace(" ", "  ", 1), grouped(value).lower(), grouped(value),
             value, grouped(value, sep=".")]
    return forms[i % len(forms)]


# --- national account numbers in formats the other sets lack --------------------------------------

def nuban(rng: random.Random, bank: str) -> str:
    """A Nigerian NUBAN: nine serial digits and a check digit over the 3-digit bank code and the
    serial, weights 3, 7, 3 repeated."""
    serial = digits(rng, 9)
    total = weighted(bank + serial, (3, 7, 3) * 4)
    return serial + str((10 - total % 10) % 10)


def cci(rng: random.Random) -> str:
    """A Peruvian CCI (20 digits): bank, branch, 12-digit account and two check digits, each over
    its part, digits weighted 1, 2 alternately and the products' digits summed."""
    def check(part: str) -> str:
        s = sum(sum(divmod(int(d) * (1, 2)[i % 2], 10)) for i, d in enumerate(part))
        return str((10 - s % 10) % 10)
    bank_branch = rng.choice(["002", "003", "011", "009"]) + digits(rng, 3)
    account = digits(rng, 12)
    return bank_branch + account + check(bank_branch) + check(account)


def swiss_postal(rng: random.Random) -> str:
    """A Swiss postal account ``NN-NNNNNN-C`` (check digit: recursive mod 10 over 8 digits)."""
    prefix, number = rng.choice(["30", "40", "60", "80", "90"]), str(rng.randint(1000, 999999))
    carry = 0
    for d in prefix + number.zfill(6):
        carry = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5][(carry + int(d)) % 10]
    return f"{prefix}-{number}-{(10 - carry) % 10}"


def hu_giro(rng: random.Random) -> str:
    """A Hungarian domestic account (8+16 digits), each block's check by weights 9, 7, 3, 1."""
    w = (9, 7, 3, 1) * 4
    first = rng.choice(["117", "104", "120", "109"]) + digits(rng, 4)
    rest = digits(rng, 15)
    n = first + str(-weighted(first, w) % 10) + rest + str(-weighted(rest, w) % 10)
    return f"{n[:8]}-{n[8:16]}-{n[16:]}"


def hr_account(rng: random.Random) -> str:
    """A Croatian domestic account: bank code and a 10-digit account with ISO 7064 MOD 11,10."""
    account = str(rng.randint(1, 3)) + digits(rng, 8)
    return rng.choice(["2484008", "2360000", "2402006", "2330003"]) + "-" + account + mod_11_10(account)


def be_old(rng: random.Random) -> str:
    """A pre-IBAN Belgian account ``3-7-2``: the last two digits are the first ten mod 97."""
    body = rng.choice(["068", "001", "310", "737"]) + digits(rng, 7)
    check = int(body) % 97 or 97
    return f"{body[:3]}-{body[3:]}-{check:02d}"


def nl_old(rng: random.Random) -> str:
    """A pre-IBAN Dutch bank account of 9 digits passing the 11-test, written with dots."""
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        if weighted(body, (9, 8, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0:
            return f"{body[:2]}.{body[2:4]}.{body[4:6]}.{body[6:]}"


def pt_nib(rng: random.Random) -> str:
    """A Portuguese NIB: bank, branch, account and two MOD 97-10 check digits."""
    body = rng.choice(["0035", "0033", "0018", "0036"]) + digits(rng, 4) + digits(rng, 11)
    n = body + mod97_national(body)
    return f"{n[:4]} {n[4:8]} {n[8:19]} {n[19:]}"


def sk_account(rng: random.Random) -> str:
    """A Slovak domestic account (prefix-number/bank), the number weighted to 0 mod 11."""
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        check = -weighted(body.zfill(9), (6, 3, 7, 9, 10, 5, 8, 4, 2)) % 11
        if check < 10:
            return f"{rng.choice(['', '000019-'])}{body}{check}/{rng.choice(['0900', '1100', '0200', '7500'])}"


def seb_account(rng: random.Random) -> str:
    """A Swedish SEB account: clearing 5xxx and a 7-digit number; the clearing's last three digits
    and the number, weighted 10 down to 1, are 0 mod 11."""
    while True:
        clearing = "5" + digits(rng, 3)
        body = clearing[1:] + digits(rng, 6)
        check = -weighted(body, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
        if check < 10:
            return f"{clearing}-{body[3:]}{check}"


def cvu(rng: random.Random) -> str:
    """An Argentine CVU (virtual account): CBU layout with '000' entity and both check digits."""
    def check(body: str) -> str:
        return str((10 - sum(int(d) * (3, 1, 7, 9)[i % 4] for i, d in enumerate(reversed(body)))) % 10)
    head = "000" + rng.choice(["0031", "0007", "0097"])
    account = digits(rng, 13)
    return head + check(head) + account + check(account)


def moroccan_rib(rng: random.Random) -> str:
    """A Moroccan RIB (24 digits): bank, city, account and a key making the whole 0 mod 97."""
    body = rng.choice(["007", "011", "145", "230"]) + rng.choice(["780", "810", "640"]) + digits(rng, 16)
    key = 97 - int(body + "00") % 97
    return f"{body[:3]} {body[3:6]} {body[6:]} {key:02d}"


def aba(rng: random.Random) -> str:
    body = rng.choice(["04", "05", "08", "09", "10", "23", "25", "28", "29", "30"]) + digits(rng, 6)
    return body + str(-weighted(body, (3, 7, 1, 3, 7, 1, 3, 7)) % 10)


def ifsc(rng: random.Random) -> str:
    return rng.choice(["HDFC", "ICIC", "UTIB", "KKBK", "PUNB"]) + "0" + digits(rng, 6)


def luhn_account(rng: random.Random, prefix: str, n: int) -> str:
    return luhn_complete(prefix, n, rng)
