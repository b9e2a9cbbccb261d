"""Money and mail: IBANs (validated by python-stdnum: country format and mod-97 checksum), payment
cards (Luhn and a known brand prefix), other account numbers (``bank_accounts``), and e-mail addresses."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban

from device.privacy.bank_accounts import find_bank_accounts
from device.privacy.findings import ACCOUNT, CARD, EMAIL, Finding, labelled_as_other_number, longest_valid_run

# Not host names on a local network (pi@raspberrypi.local) nor Kerberos realms (ana@CORP.LOCAL):
# those are logins, not mail addresses.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.(?!(?i:local|lan|internal|home|localdomain)\b)[A-Za-z]{2,}")
# Country code, check digits, then groups (print form "DE89 3704 ...", or compact); the groups may
# swallow a following word, which ``longest_valid_run`` gives back. Each group takes all the
# characters it can (possessive): otherwise a long token is split every possible way before failing.
# Groups apart by a space (two on a scan or a statement), a dash or a dot ("CR82.0151.0258...").
_IBAN = re.compile(r"(?i)(?<![A-Z0-9])[A-Z]{2}\d{2}(?:(?:  ?|[-.])?[A-Z0-9]{1,4}+){3,9}(?![A-Z0-9])")
_CARD = re.compile(r"(?<![\d.,/-])\d(?:[ -]?\d){12,22}(?![\d.,]\d)")
_NOT_DIGIT = re.compile(r"\D")
_BASE36 = str.maketrans({letter: str(10 + i) for i, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn checksum used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_brand(digits: str) -> str | None:
    """The card network that issues numbers starting like ``digits`` at its length, else None."""
    n, p2, p4, p6 = len(digits), int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or p2 == 65 or 644 <= int(digits[:3]) <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(digits[:3]) <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763) or p2 in (67,)) and 12 <= n <= 19:
        return "maestro"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if p4 == 9792 and n == 16:
        return "troy"
    if p4 == 5019 and n == 16:
        return "dankort"
    if (506099 <= p6 <= 506198 or 650002 <= p6 <= 650027) and 16 <= n <= 19:
        return "verve"
    if p6 == 606282 and n == 16:
        return "hipercard"
    return None


def _is_card(candidate: str) -> bool:
    digits = _NOT_DIGIT.sub("", candidate)
    return 13 <= len(digits) <= 19 and luhn_ok(digits) and card_brand(digits) is not None


def _is_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").replace("-", "").replace(".", "").upper()
    # The mod-97 check first: stdnum's full check costs 10-40 microseconds, and the shorter runs
    # ``longest_valid_run`` tries rarely pass this one.
    return _mod97_ok(compact) and stdnum_iban.is_valid(compact)


def _mod97_ok(compact: str) -> bool:
    """Whether ``compact`` has an IBAN's shape and its ISO 7064 mod 97-10 check holds."""
    if not (15 <= len(compact) <= 34 and compact.isalnum() and compact[:2].isalpha() and compact[2:4].isdigit()):
        return False
    return int((compact[4:] + compact[:4]).translate(_BASE36)) % 97 == 1


def find_accounts(text: str) -> list[Finding]:
    """IBANs, payment cards and labelled account numbers in ``text`` (may overlap one another)."""
    found: list[Finding] = []
    for match in _IBAN.finditer(text):
        run = longest_valid_run(text, match.start(), match.end(), _is_iban, " -.")
        if run is not None:
            found.append(Finding(*run, ACCOUNT))
    for match in _CARD.finditer(text):
        run = longest_valid_run(text, match.start(), match.end(), _is_card)
        if run is not None and not labelled_as_other_number(text, run[0]):
            found.append(Finding(*run, CARD))
    return found + find_bank_accounts(text)


def find_emails(text: str) -> list[Finding]:
    """E-mail addresses in ``text``."""
    return [Finding(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)] if "@" in text else []
