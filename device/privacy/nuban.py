"""Nigerian bank account numbers (NUBAN) written beside the bank's name ("GTBank 0123456789",
"First Bank: ...", "... (Zenith)").

A NUBAN is ten digits: nine of the account and a check digit computed over the bank's three-digit
CBN code and those nine (weights 3, 7, 3 repeated; the Central Bank of Nigeria's standard). The
bank's name says which code to check against, so a number that merely has ten digits (an order, a
phone without its leading 0) rarely passes. python-stdnum has no module for it.
"""

from __future__ import annotations

import re

from device.privacy.findings import ACCOUNT, Finding, any_of

# The commercial banks' names as people write them, and their CBN codes.
_BANKS: tuple[tuple[str, str], ...] = (
    (r"access(?:\s+bank)?", "044"), (r"citi\s*bank", "023"), (r"eco\s*bank", "050"), (r"fidelity(?:\s+bank)?", "070"),
    (r"first\s*bank(?:\s+of\s+nigeria)?|fbn", "011"), (r"fcmb|first\s+city\s+monument(?:\s+bank)?", "214"),
    (r"gt\s*bank|gtb|gtco|guaranty\s+trust(?:\s+bank)?", "058"), (r"heritage(?:\s+bank)?", "030"),
    (r"keystone(?:\s+bank)?", "082"), (r"polaris(?:\s+bank)?", "076"), (r"stanbic(?:\s+ibtc)?", "221"),
    (r"standard\s+chartered", "068"), (r"sterling(?:\s+bank)?", "232"), (r"union\s+bank", "032"),
    (r"uba|united\s+bank\s+for\s+africa", "033"), (r"unity(?:\s+bank)?", "215"), (r"wema(?:\s+bank)?|alat", "035"),
    (r"zenith(?:\s+bank)?", "057"), (r"jaiz(?:\s+bank)?", "301"), (r"providus(?:\s+bank)?", "101"),
    (r"suntrust(?:\s+bank)?", "100"), (r"titan\s+trust(?:\s+bank)?", "102"), (r"globus(?:\s+bank)?", "103"),
    (r"premium\s*trust(?:\s+bank)?", "105"), (r"parallex(?:\s+bank)?", "104"), (r"taj\s*bank", "302"),
    (r"lotus(?:\s+bank)?", "303"), (r"diamond(?:\s+bank)?", "063"), (r"skye(?:\s+bank)?", "076"),
)
_NAMES = "|".join(f"(?P<b{i}>{name})" for i, (name, _) in enumerate(_BANKS))
_GAP = r"[^\d\n]{0,24}?"  # "Union Bank account number is 78..."
_AFTER_NAME = re.compile(rf"(?i)(?<![\w-])(?:{_NAMES})(?![\w-]){_GAP}(?<![\d-])(?P<v>\d{{10}})(?![\d-])")
_BEFORE_NAME = re.compile(rf"(?i)(?<![\w-])(?P<v>\d{{10}})(?![\w-]){_GAP}(?<![\w-])(?:{_NAMES})(?![\w-])")
_HINTS = any_of(("access", "citi", "eco", "fidelity", "first", "fbn", "fcmb", "gt", "guaranty", "heritage", "keystone",
                 "polaris", "stanbic", "chartered", "sterling", "union", "uba", "united bank", "unity", "wema", "alat",
                 "zenith", "jaiz", "providus", "suntrust", "titan", "globus", "premium", "parallex", "taj", "lotus",
                 "diamond", "skye"))
_TEN_DIGITS = re.compile(r"\d{10}")
_WEIGHTS = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)


def nuban_ok(bank_code: str, number: str) -> bool:
    """Whether ten-digit ``number`` is a NUBAN of the bank with CBN code ``bank_code``."""
    digits = bank_code + number[:9]
    if len(number) != 10 or not digits.isdigit() or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS))
    return (10 - total % 10) % 10 == int(number[9])


def find_nubans(text: str) -> list[Finding]:
    """NUBANs in ``text`` next to the name of their bank (before or after it)."""
    if not _TEN_DIGITS.search(text) or not _HINTS.search(text.lower()):
        return []
    found = []
    for pattern in (_AFTER_NAME, _BEFORE_NAME):
        for match in pattern.finditer(text):
            bank = next(name for name, value in match.groupdict().items() if value is not None and name != "v")
            if nuban_ok(_BANKS[int(bank[1:])][1], match.group("v")):
                found.append(Finding(*match.span("v"), ACCOUNT))
    return found
