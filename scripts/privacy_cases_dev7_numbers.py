"""Numbers for dev7 (``privacy_cases_dev7.py``, the held-out set from 2026-12-04), in the mix a
personal agent meets them: phones of the countries where most of its users live (the United States,
India, Britain, Germany, Brazil and France most, Nigeria, the Philippines, Korea and others at their
rate), the card brands people carry (mostly Visa and Mastercard), IBANs of the SEPA countries people
bank in, labelled account numbers as the big banks print them, and the national identifiers people
are asked for on forms (a US SSN far more often than a Polish PESEL).

Phones, cards, IBANs and accounts are made here from the numbering plans, the brands' ranges and the
check-digit rules; identifiers take their check digits from python-stdnum's ``calc_check_digit``
where it has one, and are drawn again until python-stdnum accepts them (the referee test checks them
all with its ``validate``).
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable

from privacy_cases import digits, iban, luhn_complete


def _pick(r: random.Random, options: str | list[str]) -> str:
    return r.choice(options)


def _nz(r: random.Random, n: int) -> str:
    """``n`` digits, the first not 0 or 1 (a subscriber number's first digit in most plans)."""
    return r.choice("23456789") + digits(r, n - 1)


# --- phones: per country, its numbering plan in the forms people write it ----------------------

Plan = Callable[[random.Random], list[str]]
_US_NPA = "212 312 415 617 713 206 404 305 512 303 503 615 702 919 612 480 614 704 267 818 646 773 972 720".split()
_CA_NPA = "416 604 514 403 613 647 778 905 438 587 780 902".split()


def _nanp(r: random.Random, npas: list[str]) -> list[str]:
    npa, nxx, line = _pick(r, npas), r.choice("23456789") + r.choice("0234678") + r.choice("0123456789"), digits(r, 4)
    return [f"({npa}) {nxx}-{line}", f"{npa}-{nxx}-{line}", f"+1 {npa} {nxx} {line}", f"{npa}.{nxx}.{line}", f"1-{npa}-{nxx}-{line}",
            f"+1 ({npa}) {nxx}-{line}"]


PHONES: dict[str, Plan] = {
    "US": lambda r: _nanp(r, _US_NPA),
    "CA": lambda r: _nanp(r, _CA_NPA),
    "IN": lambda r: (lambda p, a, b: [f"+91 {p}{a} {b}", f"0{p}{a}{b}", f"{p}{a}-{b}", f"+91-{p}{a}{b}", f"{p}{a} {b}"])(
        _pick(r, ["98", "99", "97", "94", "70", "81", "88", "90", "91", "96", "63", "79"]), digits(r, 3), digits(r, 5)),
    "GB": lambda r: (lambda m, s: [f"07{m} {s}", f"+44 7{m} {s}", f"+44 (0)7{m} {s}", f"020 {r.choice('378')}{digits(r, 3)} {digits(r, 4)}",
                                   f"0161 {_nz(r, 3)} {digits(r, 4)}", f"07{m}{s}"])(
        _pick(r, ["400", "412", "447", "507", "534", "712", "723", "760", "787", "810", "852", "903", "947", "971"]), digits(r, 6)),
    "DE": lambda r: (lambda p, s: [f"0{p} {s}", f"+49 {p} {s}", f"0{p}/{s}", f"+49 ({p}) {s}", f"030 {_nz(r, 8)}",
                                   f"089 {_nz(r, 3)} {digits(r, 4)}"])(
        _pick(r, ["151", "152", "157", "159", "176", "177", "178", "160", "170", "171", "175"]), digits(r, 8)),
    "BR": lambda r: (lambda a, m, s: [f"({a}) 9{m}-{s}", f"+55 {a} 9{m}-{s}", f"+55 ({a}) 9{m}-{s}", f"{a} 9{m}{s}",
                                      f"({a}) 3{digits(r, 3)}-{digits(r, 4)}"])(
        _pick(r, ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "62"]), r.choice("6789") + digits(r, 3), digits(r, 4)),
    "FR": lambda r: (lambda p, a: [f"0{p} {a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}", f"+33 {p} {a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}",
                                   f"0{p}.{a[0:2]}.{a[2:4]}.{a[4:6]}.{a[6:8]}", f"01 {r.choice('345')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])(
        *(lambda p: (p, (r.choice("3456789") if p == "7" else r.choice("0124578")) + digits(r, 7)))(_pick(r, ["6", "6", "7"]))),
    "ES": lambda r: (lambda m: [f"6{m[0:2]} {m[2:5]} {m[5:8]}", f"+34 6{m[0:2]} {m[2:4]} {m[4:6]} {m[6:8]}", f"6{m}",
                                f"91 {_nz(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+34 93 {_nz(r, 3)} {digits(r, 4)}"])(digits(r, 8)),
    "MX": lambda r: (lambda a, s: [f"{a} {s[:4]} {s[4:]}", f"+52 {a} {s[:4]} {s[4:]}", f"+52{a}{s}", f"({a}) {s[:4]}-{s[4:]}"])(
        _pick(r, ["55", "33", "81"]), _nz(r, 8)),
    "IT": lambda r: (lambda p, s: [f"3{p} {s[:3]} {s[3:]}", f"+39 3{p} {s}", f"3{p}{s}", f"+39 02 {_nz(r, 4)} {digits(r, 4)}",
                                   f"06 {r.choice('2345789')}{digits(r, 3)} {digits(r, 4)}"])(
        _pick(r, ["47", "48", "49", "33", "35", "38", "39", "20", "28", "40", "66", "71"]), digits(r, 7)),
    "AU": lambda r: (lambda p, s: [f"04{p} {s[:3]} {s[3:]}", f"+61 4{p} {s[:3]} {s[3:]}", f"04{p}{s}", f"(02) 9{digits(r, 3)} {digits(r, 4)}",
                                   f"+61 3 9{digits(r, 3)} {digits(r, 4)}"])(
        _pick(r, ["00", "01", "02", "03", "04", "05", "07", "08", "09", "10", "11", "12", "13", "14", "16", "17", "18", "19", "20",
                  "21", "22", "23", "24", "25", "27", "28", "29", "30", "31", "32", "33", "34", "35", "38", "39"]), digits(r, 6)),
    "NG": lambda r: (lambda p, s: [f"0{p} {s[:3]} {s[3:]}", f"+234 {p} {s[:3]} {s[3:]}", f"0{p}{s}", f"+234{p}{s}"])(
        _pick(r, ["803", "806", "813", "816", "703", "706", "805", "807", "811", "905", "802", "808"]), digits(r, 7)),
    "PH": lambda r: (lambda p, s: [f"0{p} {s[:3]} {s[3:]}", f"+63 {p} {s[:3]} {s[3:]}", f"0{p}-{s[:3]}-{s[3:]}", f"+63{p}{s}"])(
        _pick(r, ["917", "918", "919", "920", "927", "936", "945", "995", "998", "906", "915", "966"]), digits(r, 7)),
    "JP": lambda r: (lambda p, a, b: [f"0{p}-{a}-{b}", f"+81 {p} {a} {b}", f"0{p}{a}{b}", f"03-{_nz(r, 4)}-{digits(r, 4)}"])(
        _pick(r, ["90", "80", "70"]), _nz(r, 4), digits(r, 4)),
    "NL": lambda r: (lambda s: [f"06-{s}", f"+31 6 {s[:4]} {s[4:]}", f"06 {s[:2]} {s[2:5]} {s[5:]}", f"020 {_nz(r, 3)} {digits(r, 4)}"])(
        r.choice("12345") + digits(r, 7)),
    "PL": lambda r: (lambda p, s: [f"{p} {s[:3]} {s[3:]}", f"+48 {p} {s[:3]} {s[3:]}", f"+48 {p}-{s[:3]}-{s[3:]}", f"{p}{s}"])(
        _pick(r, ["501", "502", "503", "510", "512", "530", "531", "570", "600", "601", "602", "660", "661", "691", "721", "730",
                  "781", "790", "880", "883"]), digits(r, 6)),
    "KR": lambda r: (lambda a, b: [f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010 {a} {b}", f"+82 10 {a} {b}"])(r.choice("2346789") + digits(r, 3), digits(r, 4)),
    "ID": lambda r: (lambda p, s: [f"0{p}-{s[:4]}-{s[4:]}", f"+62 {p} {s[:4]} {s[4:]}", f"0{p}{s}", f"+62{p}{s}"])(
        _pick(r, ["812", "813", "821", "822", "852", "853", "811", "857", "856", "878", "877", "838"]), digits(r, 8)),
    "ZA": lambda r: (lambda p, s: [f"0{p} {s[:3]} {s[3:]}", f"+27 {p} {s[:3]} {s[3:]}", f"0{p}{s}", f"+27 (0){p} {s[:3]} {s[3:]}"])(
        _pick(r, ["82", "83", "84", "72", "73", "74", "76", "79", "81", "60", "61", "71"]), digits(r, 7)),
}

# How many of each country's numbers the set holds: roughly where a personal agent's users live.
PHONE_COUNTS = {"US": 15, "IN": 9, "GB": 7, "DE": 6, "BR": 6, "FR": 4, "MX": 4, "ES": 3, "CA": 3, "IT": 3, "AU": 3, "NG": 3, "PH": 3,
                "JP": 3, "NL": 2, "PL": 2, "KR": 2, "ID": 2, "ZA": 2}


def phone(r: random.Random, region: str, form: int | None = None) -> str:
    """One number of ``region``, in the form ``form`` (or any of its forms)."""
    forms = PHONES[region](r)
    return forms[form % len(forms)] if form is not None else r.choice(forms)


# --- cards --------------------------------------------------------------------------------------

CARDS: dict[str, tuple[Callable[[random.Random], str], int]] = {
    "visa": (lambda r: "4" + digits(r, 5), 16),
    "mastercard": (lambda r: r.choice(["5" + r.choice("12345") + digits(r, 4), str(r.randint(222100, 272099))]), 16),
    "amex": (lambda r: r.choice(["34", "37"]) + digits(r, 4), 15),
    "discover": (lambda r: r.choice(["6011" + digits(r, 2), "65" + digits(r, 4)]), 16),
    "jcb": (lambda r: str(r.randint(3528, 3589)) + digits(r, 2), 16),
    "rupay": (lambda r: r.choice(["60", "65", "81", "82"]) + digits(r, 4), 16),
}
CARD_COUNTS = {"visa": 13, "mastercard": 9, "amex": 4, "discover": 2, "jcb": 1, "rupay": 1}


def card(r: random.Random, brand: str) -> str:
    prefix, length = CARDS[brand]
    return luhn_complete(prefix(r), length, r)


def printed(number: str, sep: str = " ") -> str:
    """A card number as its brand prints it (Amex 4-6-5, the others in fours)."""
    groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for g in groups:
        out.append(number[i:i + g])
        i += g
    return sep.join(out)


# --- IBANs with their national check digits -----------------------------------------------------

def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_check(body: str) -> str:
    s = 11 - sum(int(d) * w for d, w in zip(body, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return {10: "1", 11: "0"}.get(s, str(s))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(body: str) -> str:
    """The Italian CIN letter over ABI + CAB + account (odd places by the odd table)."""
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _elfproef(r: random.Random) -> str:
    while True:
        body = "0" + _nz(r, 9)
        if sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11 == 0:
            return body


def _pl_bank(r: random.Random) -> str:
    body = _pick(r, ["102", "105", "109", "114", "116", "124", "132", "160", "175", "249"]) + digits(r, 4)
    return body + str(-sum(int(d) * w for d, w in zip(body, [3, 9, 7, 1, 3, 9, 7])) % 10)


def _bban(r: random.Random, country: str) -> str:
    if country == "DE":
        return r.choice("1234567") + digits(r, 7) + digits(r, 10)
    if country == "FR":
        bank, branch, account = _pick(r, ["30004", "30003", "30002", "20041", "10278", "17515", "18206"]), digits(r, 5), digits(r, 11)
        return bank + branch + account + _rib_key(bank, branch, account)
    if country in ("GB", "IE"):
        banks = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CITI", "MONZ"] if country == "GB" else ["AIBK", "BOFI", "IPBS"]
        return _pick(r, banks) + digits(r, 14)
    if country == "ES":
        bank, branch, account = _pick(r, ["2100", "0049", "0182", "0081", "2080", "1465"]), digits(r, 4), digits(r, 10)
        return bank + branch + _es_check("00" + bank + branch) + _es_check(account) + account
    if country == "IT":
        body = _pick(r, ["03069", "02008", "05034", "03062", "01030"]) + digits(r, 5) + digits(r, 12)
        return _it_cin(body) + body
    if country == "NL":
        return _pick(r, ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"]) + _elfproef(r)
    if country == "BE":
        first = _pick(r, ["001", "068", "310", "363", "734", "735", "063", "088", "230"]) + digits(r, 7)
        return first + f"{int(first) % 97 or 97:02d}"
    if country == "PL":
        return _pl_bank(r) + digits(r, 16)
    if country == "PT":
        body = _pick(r, ["0035", "0033", "0007", "0010", "0036"]) + digits(r, 4) + digits(r, 11)
        return body + f"{98 - int(body) * 100 % 97:02d}"
    if country == "AT":
        return r.choice("123456") + digits(r, 4) + digits(r, 11)
    if country == "CH":
        return _pick(r, ["00762", "00230", "08390", "00700"]) + digits(r, 12)
    raise KeyError(country)


IBAN_COUNTS = {"DE": 7, "FR": 4, "GB": 4, "ES": 4, "IT": 3, "NL": 3, "BE": 1, "PL": 1, "PT": 1, "IE": 1, "AT": 1, "CH": 1}


def new_iban(r: random.Random, country: str) -> str:
    return iban(country, _bban(r, country))


def iban_shown(value: str, spaced: bool) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if spaced else value


# --- labelled national account numbers ----------------------------------------------------------

def aba(r: random.Random) -> str:
    """A US routing number: a Federal Reserve district prefix and the 3-7-1 check digit."""
    body = f"{r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}{digits(r, 6)}"
    return body + str(-sum(int(d) * w for d, w in zip(body, [3, 7, 1] * 3)) % 10)


def clabe(r: random.Random) -> str:
    """A Mexican CLABE: bank, city, account and the 3-7-1 (mod 10) check digit."""
    body = _pick(r, ["012", "002", "014", "072", "021", "044"]) + _pick(r, ["180", "320", "580", "010"]) + digits(r, 11)
    return body + str((10 - sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6)) % 10) % 10)


def ifsc(r: random.Random) -> str:
    return _pick(r, ["SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB"]) + "0" + digits(r, 6)


# --- national identifiers, checked by python-stdnum ---------------------------------------------

def _calc(module: str, body: str) -> str:
    mod = importlib.import_module(f"stdnum.{module}")
    return body + (mod.calc_check_digit(body) if hasattr(mod, "calc_check_digit") else mod.calc_check_digits(body))


def _ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _aadhaar(r: random.Random) -> str:
    from stdnum import verhoeff
    body = r.choice("23456789") + digits(r, 10)
    full = body + verhoeff.calc_check_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _cpf(r: random.Random) -> str:
    from stdnum.br import cpf
    body = digits(r, 9)
    full = body + cpf._calc_check_digits(body)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"


def _nir(r: random.Random) -> str:
    body = f"{r.choice('12')}{r.randint(55, 99):02d}{r.randint(1, 12):02d}{r.choice(['75', '69', '13', '33', '59', '31', '92', '44'])}" \
           f"{r.randint(1, 350):03d}{r.randint(1, 400):03d}"
    full = _calc("fr.nir", body)
    return f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"


def _codice(r: random.Random) -> str:
    letters = "BCDFGHLMNPRSTVZ"
    day = r.randint(1, 28) + r.choice([0, 40])
    body = (f"{''.join(r.choice(letters) for _ in range(3))}{''.join(r.choice(letters) for _ in range(3))}{r.randint(60, 99)}"
            f"{r.choice('ABCDEHLMPRST')}{day:02d}{r.choice(['H501', 'F205', 'A944', 'L219', 'F839', 'G273', 'D612', 'L736'])}")
    return _calc("it.codicefiscale", body)


def _curp(r: random.Random) -> str:
    cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOU"
    body = (f"{r.choice(cons)}{r.choice(vow)}{r.choice(cons)}{r.choice(cons)}{r.randint(70, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.choice('HM')}{r.choice(['DF', 'JC', 'NL', 'MC', 'PL', 'GT', 'VZ', 'YN'])}{r.choice(cons)}{r.choice(cons)}{r.choice(cons)}"
            f"{r.choice(string.digits)}")
    return _calc("mx.curp", body)


def _de_idnr(r: random.Random) -> str:
    pool = r.sample("0123456789", 9)
    body = list(pool + [r.choice(pool)])
    r.shuffle(body)
    if body[0] == "0":
        body.reverse()
    from stdnum.iso7064 import mod_11_10
    full = "".join(body) + mod_11_10.calc_check_digit("".join(body))
    return f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"


def _bsn(r: random.Random) -> str:
    body = _nz(r, 8)
    check = sum(int(d) * w for d, w in zip(body, range(9, 1, -1))) % 11
    return body + str(check)


def _sin(r: random.Random) -> str:
    full = luhn_complete(r.choice("1234567"), 9, r)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _tfn(r: random.Random) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    body = _nz(r, 8)
    last = next(d for d in range(10) if (sum(int(a) * w for a, w in zip(body + str(d), weights)) % 11 == 0))
    full = body + str(last)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _pesel(r: random.Random) -> str:
    year, month = r.randint(60, 99), r.randint(1, 12)
    return _calc("pl.pesel", f"{year:02d}{month:02d}{r.randint(1, 28):02d}{digits(r, 4)}")


def _ric(r: random.Random) -> str:
    body = f"{r.choice(['110105', '310104', '440305', '330106', '510107', '420106'])}{r.randint(1965, 2002)}{r.randint(1, 12):02d}" \
           f"{r.randint(1, 28):02d}{digits(r, 3)}"
    return _calc("cn.ric", body)


def _za(r: random.Random) -> str:
    return luhn_complete(f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 4)}{r.choice('01')}8", 13, r)


def _rrn(r: random.Random) -> str:
    body = f"{r.randint(70, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('12')}{r.randint(0, 96):02d}{digits(r, 3)}"
    full = _calc("kr.rrn", body)
    return f"{full[:6]}-{full[6:]}"


def _pan(r: random.Random) -> str:
    return "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "P" + r.choice(string.ascii_uppercase) + digits(r, 4) + \
        r.choice(string.ascii_uppercase)


def _dni(r: random.Random) -> str:
    return _calc("es.dni", digits(r, 8))


# kind -> (count, maker, python-stdnum module, region)
NATIONAL_IDS: dict[str, tuple[int, Callable[[random.Random], str], str, str]] = {
    "us_ssn": (7, _ssn, "us.ssn", "US"), "in_aadhaar": (5, _aadhaar, "in_.aadhaar", "IN"), "in_pan": (3, _pan, "in_.pan", "IN"),
    "br_cpf": (4, _cpf, "br.cpf", "BR"), "es_dni": (2, _dni, "es.dni", "ES"), "fr_nir": (2, _nir, "fr.nir", "FR"),
    "it_codicefiscale": (2, _codice, "it.codicefiscale", "IT"), "mx_curp": (2, _curp, "mx.curp", "MX"),
    "de_idnr": (2, _de_idnr, "de.idnr", "DE"), "nl_bsn": (1, _bsn, "nl.bsn", "NL"), "ca_sin": (2, _sin, "ca.sin", "CA"),
    "au_tfn": (1, _tfn, "au.tfn", "AU"), "pl_pesel": (1, _pesel, "pl.pesel", "PL"), "cn_ric": (1, _ric, "cn.ric", "CN"),
    "za_idnr": (1, _za, "za.idnr", "ZA"), "kr_rrn": (1, _rrn, "kr.rrn", "KR"),
}


def national_id(r: random.Random, kind: str) -> str:
    """A valid identifier of ``kind``: drawn again until python-stdnum accepts it (SSN areas, CURP words)."""
    _, maker, module, _ = NATIONAL_IDS[kind]
    validate = importlib.import_module(f"stdnum.{module}").is_valid
    while not validate(value := maker(r)):
        pass
    return value
