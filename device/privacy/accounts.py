"""Money and mail: IBANs (validated by python-stdnum: country format and mod-97 checksum), payment
cards (``cards``), other account numbers (``bank_accounts``), and e-mail addresses."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban

from device.privacy.bank_accounts import find_bank_accounts
from device.privacy.cards import card_brand, find_cards, luhn_ok
from device.privacy.findings import ACCOUNT, EMAIL, Finding, longest_valid_run

__all__ = ["card_brand", "find_accounts", "find_emails", "luhn_ok"]  # the card checks keep their old home

# Not host names on a local network (pi@raspberrypi.local) nor Kerberos realms (ana@CORP.LOCAL):
# those are logins, not mail addresses.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.(?!(?i:local|lan|internal|home|localdomain)\b)[A-Za-z]{2,}"
                    r"(?![0-9A-Za-z_\u00c0-\u024f-]|\.[A-Za-z0-9])")  # the whole domain: "x@sip.home.lan" is a local host, not "x@sip.home"
# (A letter of another script may follow at once: Korean glues its particles on, "x@daum.net로".)
# Country code, check digits, then groups (print form "DE89 3704 ...", or compact); the groups may
# swallow a following word, which ``longest_valid_run`` gives back. Each group takes all the
# characters it can (possessive): otherwise a long token is split every possible way before failing.
# Groups apart by a space (two on a scan or a statement), a dash or a dot ("CR82.0151.0258...").
_IBAN = re.compile(r"(?i)(?<![A-Z0-9])[A-Z]{2}\d{2}(?:(?:  ?|[-.])?[A-Z0-9]{1,4}+){3,9}(?![A-Z0-9])")
_BASE36 = str.maketrans({letter: str(10 + i) for i, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


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
    return found + find_cards(text) + find_bank_accounts(text)


def find_emails(text: str) -> list[Finding]:
    """E-mail addresses in ``text``."""
    return [Finding(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)] if "@" in text else []
