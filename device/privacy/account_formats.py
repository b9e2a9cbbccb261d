"""National bank account formats that carry their own check, found without a label: a Polish NRB,
a French RIB, a Spanish CCC, a Mexican CLABE, Norwegian, Czech and New Zealand account numbers
(python-stdnum), an Argentine CBU/CVU (python-stdnum), a Portuguese NIB (its IBAN is always PT50,
so python-stdnum's IBAN check decides), a Moroccan RIB (key 97 - 100 * account mod 97), a Croatian
bank and account pair (ISO 7064 mod 11,10 on each), and the routing and account numbers a cheque's
MICR line prints between its transit and on-us symbols (routing checked as an ABA number)."""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import iban as stdnum_iban
from stdnum.ar import cbu as ar_cbu
from stdnum.cz import bankaccount as cz_account
from stdnum.es import ccc as es_ccc
from stdnum.iso7064 import mod_11_10
from stdnum.no import kontonr as no_account
from stdnum.nz import bankaccount as nz_account
from stdnum.us import rtn as us_rtn

from device.privacy.findings import ACCOUNT, Finding, labelled_as_other_number

_SEPARATORS = re.compile(r"[ .-]")


def rib_ok(value: str) -> bool:
    """Whether ``value`` is a French RIB (bank, branch, account, key): its key is
    97 - (89 * bank + 15 * branch + 3 * account) mod 97, the account's letters read as digits."""
    compact = _SEPARATORS.sub("", value).upper()
    if len(compact) != 23 or not (compact[:10] + compact[21:]).isdigit():
        return False
    account = compact[10:21].translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789"))
    if not account.isdigit():
        return False
    return 97 - (89 * int(compact[:5]) + 15 * int(compact[5:10]) + 3 * int(account)) % 97 == int(compact[21:])


def clabe_ok(value: str) -> bool:
    """Whether ``value`` is a Mexican CLABE: 18 digits, the last a check over weights 3, 7, 1."""
    digits = re.sub(r"[ -]", "", value)
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def nrb_ok(value: str) -> bool:
    """Whether ``value`` is a Polish NRB: a PL IBAN without its country letters."""
    return stdnum_iban.is_valid("PL" + re.sub(r"\s", "", value))


def nib_ok(value: str) -> bool:
    """Whether ``value`` is a Portuguese NIB (bank, branch, account, two check digits): the check
    digits make every Portuguese IBAN start "PT50", so that IBAN's check decides."""
    digits = re.sub(r"\s", "", value)
    return len(digits) == 21 and digits.isdigit() and stdnum_iban.is_valid("PT50" + digits)


def moroccan_rib_ok(value: str) -> bool:
    """Whether ``value`` is a Moroccan RIB (bank 3, town 3, account 16, key 2 digits): its key is
    97 - (the first 22 digits * 100) mod 97."""
    digits = re.sub(r"\s", "", value)
    return len(digits) == 24 and digits.isdigit() and 97 - int(digits[:22]) * 100 % 97 == int(digits[22:])


def croatian_account_ok(value: str) -> bool:
    """Whether ``value`` is a Croatian bank code and account ("2360000-1102345678"): each part
    carries an ISO 7064 mod 11,10 check digit."""
    bank, _, account = value.partition("-")
    return mod_11_10.is_valid(bank) and mod_11_10.is_valid(account)


# Each: pattern, validator, and what a text needs for the pattern to be worth running (its fewest
# digits, a separator it always has). (Each starts with a digit, said first: a search skips the other characters at once.)
_FORMATS: tuple[tuple[re.Pattern[str], Callable[[str], bool], int, str], ...] = (
    (re.compile(r"(?=\d)(?<![\d-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d-])"), nz_account.is_valid, 15, "-"),
    (re.compile(r"(?=\d)(?<![\d/-])(?:\d{1,6}-)?\d{2,10}/\d{4}(?![\d/])"), cz_account.is_valid, 6, "/"),
    (re.compile(r"(?=\d)(?<![\d.])\d{4}\.\d{2}\.\d{5}(?![\d.])"), no_account.is_valid, 11, "."),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{2}(?: \d{4}){6}(?![ ]?\d)|(?<!\d)\d{26}(?!\d)"), nrb_ok, 26, ""),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{5} \d{5} [A-Z0-9]{11} \d{2}(?![ ]?\d)"), rib_ok, 12, " "),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{4} \d{4} \d{2} \d{10}(?![ ]?\d)|(?<!\d)\d{20}(?!\d)"), es_ccc.is_valid, 20, ""),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{3} ?\d{3} ?\d{11} ?\d(?![ ]?\d)"), clabe_ok, 18, ""),
    (re.compile(r"(?=\d)(?<!\d)\d{22}(?!\d)"), ar_cbu.is_valid, 22, ""),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{4} ?\d{4} ?\d{11} ?\d{2}(?![ ]?\d)"), nib_ok, 21, ""),
    (re.compile(r"(?=\d)(?<!\d)(?<!\d )\d{3} ?\d{3} ?\d{16} ?\d{2}(?![ ]?\d)"), moroccan_rib_ok, 24, ""),
    (re.compile(r"(?=\d)(?<![\d-])\d{7}-\d{10}(?![\d-])"), croatian_account_ok, 17, "-"),
)
_WITHOUT_DIGITS = str.maketrans("", "", "0123456789")
# A US cheque's numbers typed out as printed: the routing number (its ABA check), then the account number, in a line about
# a cheque, payroll or a direct deposit ("voided check ...: 296855975 2281495047").
_CHECK_NUMBERS = re.compile(r"(?<![\d.,/-])(?P<routing>\d{9})[ \t]+(?P<account>\d{4,17})(?![\d.,/-]|\s*(?:[$€£]|usd|dollars)\b)", re.I)
_CHECK_WORDS = re.compile(r"(?i)\b(?:checks?|cheques?|payroll|direct\s+deposit|routing|aba|checking|bank\s+details)\b")
# A cheque's MICR line: the routing number between two transit symbols (⑆), the account before an
# on-us symbol (⑈) right after it.
_MICR = re.compile(r"⑆(?P<routing>\d{9})⑆[ \t]?(?:(?P<account>\d[\d -]{2,16}\d)[ \t]?⑈)?")


def find_account_formats(text: str) -> list[Finding]:
    """Account numbers in ``text`` written in a national format whose check they pass."""
    found = []
    digit_count = len(text) - len(text.translate(_WITHOUT_DIGITS))
    for pattern, valid, fewest_digits, separator in _FORMATS:
        if digit_count < fewest_digits or separator not in text:
            continue
        for match in pattern.finditer(text):
            # Not one glued to letters ("order OD5123...": a shop's code) or labelled as something else.
            if match.start() and text[match.start() - 1].isalpha() or labelled_as_other_number(text, match.start()):
                continue
            if valid(match.group(0)):
                found.append(Finding(match.start(), match.end(), ACCOUNT))
    if digit_count >= 13 and _CHECK_WORDS.search(text):
        for match in _CHECK_NUMBERS.finditer(text):
            if us_rtn.is_valid(match.group("routing")) and not labelled_as_other_number(text, match.start()):
                found += [Finding(*match.span("routing"), ACCOUNT), Finding(*match.span("account"), ACCOUNT)]
    if "⑆" in text:
        for match in _MICR.finditer(text):
            if us_rtn.is_valid(match.group("routing")):
                found.append(Finding(*match.span("routing"), ACCOUNT))
                if match.group("account"):
                    found.append(Finding(*match.span("account"), ACCOUNT))
    return found
