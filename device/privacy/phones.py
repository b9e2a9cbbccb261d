"""Phone numbers through libphonenumber (``phonenumbers``): numbers valid in the person's region as
written there, numbers in international form (``+33 1 42 68 53 00``, ``0044 20 7946 0958``) from
anywhere, and any number a label names ("Tel.", "Handy:", "call me on") even when libphonenumber
cannot place it."""

from __future__ import annotations

import locale
import os
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from device.privacy.findings import PHONE, Finding, labelled_as_other_number

DEFAULT_REGION = "US"
"""Used when neither the settings nor the locale name a region (libphonenumber's own default)."""

_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}[:.]\d{2})?")
# At least 7 digits with short separators between them: anything less is not worth parsing.
_GATE = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")
_LABEL = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|mob|cell|handy|fax|call(?:\s+me)?(?:\s+(?:on|at))?|ring|text\s+me|"
    r"whats\s?app|signal|telefon|rufnummer|mobil|t[ée]l[ée]phone|t[ée]l|portable|tel[ée]fono|m[óo]vil|celular|"
    r"cellulare|telefoon|mobiel|(?:my|his|her|their|our|your)\s+(?:number|nummer|num[ée]ro)"
    r"|(?:missed\s+)?call\s+from|sms\s+from)\b\.?"
    r"(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:is|ist|est|:|-)?\s*(\+?\(?\d[\d\s().\-/]{5,22}\d)"
)


def region_from_locale() -> str:
    """The two-letter region of the person's locale (``de_DE.UTF-8`` -> ``DE``), else ``US``."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_TELEPHONE", "LC_CTYPE", "LANG")]
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:  # an unparsable locale setting
        pass
    for name in candidates:
        match = re.match(r"^[a-z]{2,3}[_-]([A-Z]{2})\b", name)
        if match and match.group(1) in phonenumbers.SUPPORTED_REGIONS:
            return match.group(1)
    return DEFAULT_REGION


def normalize_region(region: str | None) -> str:
    """``region`` upper-cased if libphonenumber knows it, else the locale's."""
    if region and region.upper() in phonenumbers.SUPPORTED_REGIONS:
        return region.upper()
    return region_from_locale()


class PhoneDetector:
    """Phone numbers in text, read as a person in ``region`` writes them."""

    def __init__(self, region: str | None = None) -> None:
        self.region = normalize_region(region)

    def find(self, text: str) -> list[Finding]:
        """Phone numbers in ``text``."""
        if not _GATE.search(text):
            return []
        found = []
        for match in PhoneNumberMatcher(text, self.region, leniency=Leniency.VALID):
            if not labelled_as_other_number(text, match.start):
                found.append(Finding(match.start, match.end, PHONE))
        for match in _LABEL.finditer(text):
            number = match.group(1).rstrip(" -./(")
            digits = sum(ch.isdigit() for ch in number)
            if 8 <= digits <= 15 and not _looks_like_date_or_time(number) \
                    and not labelled_as_other_number(text, match.start()):
                found.append(Finding(match.start(1), match.start(1) + len(number), PHONE))
        return found



def _looks_like_date_or_time(number: str) -> bool:
    return bool(_DATE_LIKE.fullmatch(number.strip()))
