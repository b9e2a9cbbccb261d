"""Numbers for the dev9 privacy set (``privacy_cases_dev9.py``), drawn afresh in the mix a
personal agent meets them: phones of the countries its users live in (the United States and India
most, then Brazil, Britain, Germany, Mexico ... Thailand and Colombia at their rate), the cards
people carry (Visa and Mastercard far ahead), IBANs of the SEPA countries people bank in (Germany
most), account numbers as banks print them, and the national identifiers forms ask for.

Each number is made by its published rule: a phone's leading digits come from libphonenumber's
example number for its country and type, the rest are drawn until libphonenumber takes the number
as that country's; cards are Luhn-completed in their brand's range; IBANs carry their national check
digits where the country has them; identifiers are drafted in their shape (birth dates where they
hold one) and drawn until python-stdnum validates them.
"""

from __future__ import annotations

import importlib
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Type

from privacy_cases import digits, grouped, iban, luhn_complete

# --- phones ---------------------------------------------------------------------------------------

PHONE_COUNTS = {"US": 15, "IN": 10, "BR": 6, "GB": 5, "DE": 5, "MX": 4, "FR": 4, "ID": 3, "PH": 3, "NG": 3, "JP": 3, "CA": 3,
                "ES": 3, "IT": 3, "AU": 2, "PK": 2, "TR": 2, "EG": 2, "BD": 2, "VN": 2, "TH": 2, "AR": 2, "CO": 2, "SA": 2,
                "ZA": 2, "KR": 2, "PL": 2}
_TYPES = (Type.MOBILE, Type.MOBILE, Type.FIXED_LINE)  # people hand out their mobiles more often


def phone_number(r: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A mobile or fixed line of ``region``: the example number's first digits, the rest drawn."""
    code = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        wanted = r.choice(_TYPES)
        example = phonenumbers.example_number_for_type(region, wanted)
        nsn = phonenumbers.national_significant_number(example)
        keep = r.randint(2, 3)
        draft = nsn[:keep] + digits(r, len(nsn) - keep)
        if region in ("US", "CA") and (draft[3:6] == "555" or draft[3] in "01"):
            continue  # 555 is fiction's exchange; an exchange never starts with 0 or 1
        number = phonenumbers.parse(f"+{code}{draft}")
        if (phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in (wanted, Type.FIXED_LINE_OR_MOBILE)):
            return number
    raise AssertionError(f"no number drawn for {region}")


def phone(r: random.Random, region: str, form: int) -> str:
    """A phone of ``region`` as written: national (0), international (1), E.164 (2) or a local habit
    (3: parentheses-free dots in North America, India's bare ten digits, no spaces elsewhere)."""
    number = phone_number(r, region)
    form %= 4
    if form == 1:
        return phonenumbers.format_number(number, Fmt.INTERNATIONAL)
    if form == 2:
        return phonenumbers.format_number(number, Fmt.E164)
    national = phonenumbers.format_number(number, Fmt.NATIONAL)
    nsn = phonenumbers.national_significant_number(number)
    if form == 3:
        if region in ("US", "CA"):
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        if region == "IN":
            return nsn
        return national.replace(" ", "").replace("-", "")
    return national


# --- cards ----------------------------------------------------------------------------------------

CARD_COUNTS = {"visa": 13, "mastercard": 10, "amex": 4, "discover": 2, "jcb": 1, "unionpay": 1}
_CARD_RANGES = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2345", "2511", "2699", "2710"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3530", "3571", "3588"], 16),
    "unionpay": (["6210", "6222", "6283"], 16),
}


def card(r: random.Random, brand: str) -> str:
    """A Luhn-valid number in ``brand``'s published range."""
    prefixes, length = _CARD_RANGES[brand]
    return luhn_complete(r.choice(prefixes), length, r)


def card_shown(number: str, style: int) -> str:
    """Compact (0), in fours with spaces (1) or dashes (2); American Express 4-6-5."""
    if style % 3 == 0:
        return number
    sep = " " if style % 3 == 1 else "-"
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return grouped(number, 4, sep)


# --- IBANs with their national checks --------------------------------------------------------------

IBAN_COUNTS = {"DE": 7, "FR": 4, "ES": 4, "IT": 3, "NL": 3, "GB": 3, "BE": 2, "AT": 2, "PT": 2, "PL": 2, "IE": 1, "FI": 1, "CH": 1}
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_NL_BANKS = ["ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "INGB"]
_GB_BANKS = ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "SRLG"]


def _es_check(body: str) -> str:
    value = 11 - sum(int(d) * w for d, w in zip(body, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return str({11: 0, 10: 1}.get(value, value))


def _bban(r: random.Random, country: str) -> str:  # noqa: C901, PLR0911 - one rule per country
    if country == "DE":
        return r.choice("1234567") + digits(r, 7) + digits(r, 10)
    if country == "FR":  # bank, branch, account, RIB key
        bank, branch, account = r.choice(["30004", "30003", "10278", "20041", "30066", "10907"]), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":  # bank, branch, two CCC check digits, account
        bank, branch, account = r.choice(["2100", "0049", "0182", "2080", "0081", "1465"]), digits(r, 4), digits(r, 10)
        return bank + branch + _es_check("00" + bank + branch) + _es_check(account) + account
    if country == "IT":  # CIN letter, ABI, CAB, account
        body = r.choice(["03069", "02008", "05034", "01030", "03062"]) + digits(r, 5) + digits(r, 12)
        values = [int(c) for c in body]
        return chr(65 + sum(_IT_ODD[v] if i % 2 == 0 else v for i, v in enumerate(values)) % 26) + body
    if country == "NL":  # an account that passes the eleven test
        while True:
            account = r.choice("123456789") + digits(r, 9)
            if sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0:
                return r.choice(_NL_BANKS) + account
    if country == "BE":
        body = r.choice(["001", "068", "143", "363", "735", "973"]) + digits(r, 7)
        return f"{body}{int(body) % 97 or 97:02d}"
    if country == "PT":  # NIB: the 21 digits are 1 mod 97
        body = r.choice(["0035", "0033", "0010", "0007", "0036"]) + digits(r, 15)
        return f"{body}{(98 - int(body) * 100 % 97) % 97:02d}"
    if country == "PL":  # the bank's sort code carries a 3-9-7-1 check digit
        seven = r.choice(["1020", "1140", "1050", "1090", "2490"]) + digits(r, 3)
        check = (10 - sum(int(d) * w for d, w in zip(seven, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return f"{seven}{check}" + digits(r, 16)
    if country == "FI":  # Luhn over the fourteen digits
        return luhn_complete(r.choice(["1", "2", "5", "8"]) + digits(r, 5), 14, r)
    if country == "GB":
        return r.choice(_GB_BANKS) + digits(r, 6) + digits(r, 8)
    if country == "IE":
        return r.choice(["AIBK", "BOFI"]) + digits(r, 6) + digits(r, 8)
    if country == "AT":
        return r.choice(["12000", "20111", "32000", "14000"]) + digits(r, 11)
    if country == "CH":
        return r.choice(["00762", "00230", "00700", "80808"]) + digits(r, 12)
    raise KeyError(country)


def new_iban(r: random.Random, country: str) -> str:
    """A compact IBAN of ``country`` with its ISO 13616 and national check digits."""
    return iban(country, _bban(r, country))


def iban_shown(value: str, style: int) -> str:
    """Grouped by fours (the print form, most often), compact, or grouped in lower case."""
    return (grouped(value), value, grouped(value), grouped(value).lower())[style % 4]


# --- labelled account numbers ----------------------------------------------------------------------

NUBAN_BANKS = {"Access Bank": "044", "GTBank": "058", "Zenith Bank": "057", "First Bank": "011", "UBA": "033", "Fidelity Bank": "070"}


def aba(r: random.Random) -> str:
    """A US routing number: a Federal Reserve prefix, then the 3-7-1 check digit."""
    body = f"{r.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + digits(r, 6)
    total = sum(int(d) * w for d, w in zip(body, [3, 7, 1, 3, 7, 1, 3, 7]))
    return body + str((10 - total % 10) % 10)


def clabe(r: random.Random) -> str:
    """A Mexican CLABE: bank, plaza, account, then the 3-7-1 check digit."""
    body = r.choice(["002", "012", "014", "021", "072", "127", "137"]) + r.choice(["180", "320", "580", "650"]) + digits(r, 11)
    return body + str((10 - sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6)) % 10) % 10)


def nuban(r: random.Random, bank_code: str) -> str:
    """A Nigerian NUBAN: nine digits and the check over the bank code and them (3-7-3)."""
    serial = digits(r, 9)
    total = sum(int(d) * w for d, w in zip(bank_code + serial, [3, 7, 3] * 4))
    return serial + str((10 - total % 10) % 10)


def ifsc(r: random.Random) -> str:
    return r.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB"]) + "0" + digits(r, 6)


# --- national identifiers -------------------------------------------------------------------------

# kind: (how many, the label people write, python-stdnum's module)
NATIONAL_IDS = {
    "us_ssn": (8, "SSN", "us.ssn"), "in_aadhaar": (4, "Aadhaar", "in_.aadhaar"), "br_cpf": (4, "CPF", "br.cpf"),
    "mx_curp": (2, "CURP", "mx.curp"), "ca_sin": (2, "SIN", "ca.sin"), "es_dni": (2, "DNI", "es.dni"), "fr_nir": (2, "n° de sécu", "fr.nir"),
    "de_idnr": (2, "Steuer-ID", "de.idnr"), "nl_bsn": (2, "BSN", "nl.bsn"), "pl_pesel": (2, "PESEL", "pl.pesel"),
    "za_idnr": (2, "ID number", "za.idnr"), "tr_tckimlik": (2, "TC Kimlik No", "tr.tckimlik"), "cl_rut": (2, "RUT", "cl.rut"),
    "cn_ric": (1, "身份证号", "cn.ric"), "kr_rrn": (1, "주민등록번호", "kr.rrn"), "ar_cuit": (1, "CUIT", "ar.cuit"),
    "se_personnummer": (1, "personnummer", "se.personnummer"),
}
_CURP_STATES = ["AS", "BC", "CL", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN"]


def _birth(r: random.Random, lo: int = 1955, hi: int = 2003) -> tuple[int, int, int]:
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def _draft(r: random.Random, kind: str) -> str:  # noqa: C901, PLR0911 - one shape per kind
    y, m, d = _birth(r)
    if kind == "us_ssn":
        return f"{r.choice([r.randint(1, 665), r.randint(667, 899)]):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    if kind == "in_aadhaar":
        return grouped(r.choice("23456789") + digits(r, 11), 4)
    if kind == "br_cpf":
        n = digits(r, 11)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
    if kind == "mx_curp":
        letters = "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        initials = r.choice("BCDFGHLMNPRSTV") + r.choice("AEIOU") + r.choice("ABCDEGHLMNOPRSTV") + r.choice("ABCDEGJLMNPRSTV")
        return (initials + f"{y % 100:02d}{m:02d}{d:02d}" + r.choice("HM") + r.choice(_CURP_STATES) + letters
                + ("0" if y < 2000 else "A") + r.choice(string.digits))
    if kind == "ca_sin":
        n = r.choice("1234567") + digits(r, 8)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if kind == "es_dni":
        return digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE")
    if kind == "fr_nir":
        body = f"{r.choice('12')}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {97 - int(body) % 97:02d}"
    if kind == "de_idnr":
        n = r.choice("123456789") + digits(r, 10)
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"
    if kind == "nl_bsn":
        return r.choice("123456") + digits(r, 8)
    if kind == "pl_pesel":
        return f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}" + digits(r, 5)
    if kind == "za_idnr":
        return f"{y % 100:02d}{m:02d}{d:02d}" + digits(r, 4) + "08" + digits(r, 1)
    if kind == "tr_tckimlik":
        return r.choice("123456789") + digits(r, 10)
    if kind == "cl_rut":
        n = str(r.randint(6_000_000, 24_999_999))
        return f"{int(n):,}".replace(",", ".") + "-" + r.choice("0123456789K")
    if kind == "cn_ric":
        return r.choice(["110105", "310115", "440305", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + digits(r, 3) + r.choice("0123456789X")
    if kind == "kr_rrn":
        return f"{y % 100:02d}{m:02d}{d:02d}-{r.choice('12' if y < 2000 else '34')}" + digits(r, 6)
    if kind == "ar_cuit":
        n = r.choice(["20", "23", "27"]) + digits(r, 9)
        return f"{n[:2]}-{n[2:10]}-{n[10]}"
    if kind == "se_personnummer":
        return f"{y % 100:02d}{m:02d}{d:02d}-" + digits(r, 4)
    raise KeyError(kind)


def national_id(r: random.Random, kind: str) -> str:
    """A ``kind`` identifier as people write it, drafted and drawn again until python-stdnum takes it."""
    module = importlib.import_module(f"stdnum.{NATIONAL_IDS[kind][2]}")
    for _ in range(200_000):
        value = _draft(r, kind)
        try:
            if module.is_valid(value):
                return value
        except Exception:  # noqa: BLE001, S112 - a draft stdnum cannot even read is drawn again
            continue
    raise AssertionError(f"no {kind} drawn")
