"""Checks for national identifiers that python-stdnum has no module for, each as its issuer
publishes it: Singapore's NRIC/FIN, Hong Kong's HKID, Taiwan's national id, Hungary's TAJ, the US
Medicare Beneficiary Identifier (a format, no check digit), Australia's Medicare card, New Zealand's
NHI (the letters-and-four-digits form), Germany's health insurance number (KVNR), Spain's social security number (NUSS), Brazil's
health card (CNS), Ontario's health card (OHIP) and Mexico's IMSS number (NSS). Each takes the value as written (spaces, dashes, slashes, brackets allowed)."""

from __future__ import annotations

import re

from stdnum import luhn

_SEPARATORS = re.compile(r"[\s./()-]")


def _compact(value: str) -> str:
    return _SEPARATORS.sub("", value).upper()


def sg_nric_ok(value: str) -> bool:
    """Singapore NRIC/FIN: a prefix letter (S, T, F, G, M), seven digits, a check letter from the
    weights 2, 7, 6, 5, 4, 3, 2 (plus 4 for T and G, 3 for M)."""
    v = _compact(value)
    if not re.fullmatch(r"[STFGM]\d{7}[A-Z]", v):
        return False
    total = sum(int(d) * w for d, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2))) + {"T": 4, "G": 4, "M": 3}.get(v[0], 0)
    letters = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}[v[0]]
    return letters[total % 11] == v[8]


def hkid_ok(value: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, a check digit or A (often in
    brackets) making the weighted sum 0 mod 11 (a single letter counts a leading blank as 36)."""
    v = _compact(value)
    if not re.fullmatch(r"[A-Z]{1,2}\d{6}[0-9A]", v):
        return False
    v = v if len(v) == 9 else " " + v
    values = [36 if c == " " else int(c) if c.isdigit() else ord(c) - 55 for c in v[:8]]
    check = 10 if v[8] == "A" else int(v[8])
    return (sum(x * w for x, w in zip(values, range(9, 1, -1))) + check) % 11 == 0


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the issuer's order (I, O last)


def tw_id_ok(value: str) -> bool:
    """Taiwan national id: a region letter, 1 or 2 (sex), seven digits, a check digit; the letter's
    two-digit code and the digits weighted 1, 9, 8, ..., 1 sum to 0 mod 10."""
    v = _compact(value)
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    code = _TW_LETTERS.index(v[0]) + 10
    digits = [code // 10, code % 10] + [int(d) for d in v[1:]]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def hu_taj_ok(value: str) -> bool:
    """Hungarian social security number (TAJ): nine digits, the last the sum of the first eight
    weighted 3, 7, 3, 7 ... mod 10."""
    v = _compact(value)
    return len(v) == 9 and v.isdigit() and sum(int(d) * (3, 7)[i % 2] for i, d in enumerate(v[:8])) % 10 == int(v[8])


_MBI_LETTER = "AC-HJKMNP-RT-Y"
_MBI = re.compile(rf"[1-9][{_MBI_LETTER}][{_MBI_LETTER}0-9]\d[{_MBI_LETTER}][{_MBI_LETTER}0-9]\d[{_MBI_LETTER}]{{2}}\d\d")


def us_mbi_ok(value: str) -> bool:
    """US Medicare Beneficiary Identifier: eleven characters in CMS's fixed pattern of digits and
    letters (no S, L, O, I, B, Z); it has no check digit."""
    return bool(_MBI.fullmatch(_compact(value)))


def au_medicare_ok(value: str) -> bool:
    """Australian Medicare card number: ten digits (an eleventh, the holder's position, may follow),
    the first 2-6, the ninth the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9 mod 10."""
    v = _compact(value)
    if not (v.isdigit() and len(v) in (10, 11) and v[0] in "23456"):
        return False
    return sum(int(d) * w for d, w in zip(v[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(v[8])


def nz_nhi_ok(value: str) -> bool:
    """New Zealand National Health Index number (the form issued until 2022): three letters (no I or
    O, A=1 ... Z=24), four digits; the first six weighted 7 down to 2, the last digit is 11 minus
    their sum mod 11 (10 read as 0; a sum of 0 mod 11 is never issued)."""
    v = _compact(value)
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", v):
        return False
    values = [ord(c) - 64 - (c > "I") - (c > "O") for c in v[:3]] + [int(d) for d in v[3:6]]
    remainder = sum(x * w for x, w in zip(values, range(7, 1, -1))) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(v[6])


def de_kvnr_ok(value: str) -> bool:
    """German health insurance number (Krankenversichertennummer): a letter and nine digits; the
    letter as its two-digit place in the alphabet, the first ten digits weighted 1, 2, 1, 2 ... (the
    products' digits summed) give the last mod 10."""
    v = _compact(value)
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    digits = f"{ord(v[0]) - 64:02d}" + v[1:9]
    total = sum(sum(divmod(int(d) * (1, 2)[i % 2], 10)) for i, d in enumerate(digits))
    return total % 10 == int(v[9])


def es_nuss_ok(value: str) -> bool:
    """Spanish social security number (NUSS/NAF): a two-digit province, the number (seven or eight
    digits) and two check digits, the rest of province and number mod 97."""
    v = _compact(value)
    if not (v.isdigit() and len(v) in (11, 12)):
        return False
    body, check = v[:-2], int(v[-2:])
    return int(body) % 97 == check


def br_cns_ok(value: str) -> bool:
    """Brazilian health card (Cartão Nacional de Saúde): fifteen digits starting 1, 2, 7, 8 or 9,
    weighted 15 down to 1, summing to 0 mod 11."""
    v = _compact(value)
    return len(v) == 15 and v.isdigit() and v[0] in "12789" and sum(int(d) * (15 - i) for i, d in enumerate(v)) % 11 == 0


def ca_ohip_ok(value: str) -> bool:
    """Ontario health card number: ten digits passing Luhn (the version letters are apart)."""
    v = _compact(value)
    return len(v) == 10 and v.isdigit() and luhn.is_valid(v)


def mx_nss_ok(value: str) -> bool:
    """Mexican social security number (IMSS NSS): eleven digits passing Luhn."""
    v = _compact(value)
    return len(v) == 11 and v.isdigit() and luhn.is_valid(v)
