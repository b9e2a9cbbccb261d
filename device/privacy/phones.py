"""Phone numbers through libphonenumber (``phonenumbers``): numbers valid in the person's region as
written there, numbers in international form (``+33 1 42 68 53 00``, ``0044 20 7946 0958``) from
anywhere, and, even when libphonenumber cannot place them, any number a label names ("Tel.",
"Handy:", "call me on") and a "+" number of about its country's length (``+52 1 33 ...``).

The region comes from the settings (``device.pipeline.privacy.settings_region``), else the locale."""

from __future__ import annotations

import locale
import logging
import os
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import ean, isbn

from device.privacy.findings import PHONE, Finding, any_of, labelled_as_other_number
from device.privacy.alternation import fast_compile

logger = logging.getLogger(__name__)

DEFAULT_REGION = "US"
"""Used when neither the settings nor the locale name a region (libphonenumber's own default)."""

_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}[:.]\d{2})?")
# At least 7 digits with short separators between them: anything less is not worth parsing.
_GATE = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")
_LABEL = fast_compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|mob|cell|handy|fax|call(?:\s+me)?(?:\s+(?:on|at))?|ring|text\s+me|"
    r"whats\s?app|signal|telefon|rufnummer|mobil|t[ée]l[ée]phone|t[ée]l|portable|tel[ée]fono|m[óo]vil|celular|"
    r"cellulare|telefoon|mobiel|(?:my|his|her|their|our|your)\s+(?:number|nummer|num[ée]ro)"
    r"|(?:missed\s+)?call\s+from|sms\s+from)\b\.?"
    r"(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:is|ist|est|:|-)?\s*(\+?\(?\d[\d\s().\-/]{5,22}\d)"
)


# A number in international form: "+", then digits in groups. libphonenumber's metadata may not
# know its layout (Mexico's retired mobile "1" after +52, ranges opened after the library's
# release), yet a "+" before a known country code and enough digits is how people write phone
# numbers and little else.
# Its groups take all the digits they can (possessive), so a long run of digits fails at once.
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-/]?(?:\(0\)[ ]?)?\(?\d{1,5}+\)?){2,7}(?![\d.,]\d|\d)")
_INTERNATIONAL_DIGITS = (10, 15)  # E.164: at most 15 digits with the country code
# Links that carry a number in international form without its "+": chat links (wa.me/491701234567,
# api.whatsapp.com/send?phone=..., viber://chat?number=...) and URL parameters named for a phone.
_LINK = re.compile(r"(?i)(?:\bwa\.me/|[?&](?:phone|tel|msisdn|mobile|cell|whatsapp)=|\bviber://\w+\?number=)"
                   r"(?:%2B|\+)?(\d{7,15})(?!\d)")
_LINK_HINTS = any_of(("wa.me/", "phone=", "tel=", "msisdn=", "mobile=", "cell=", "whatsapp=", "viber:"))
# A business's number is no one's personal data: one libphonenumber types as toll-free, premium-rate or
# shared-cost, or a fixed line the text calls a toll-free line or a hotline (a mobile is someone's, whatever it is called).
_BUSINESS_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                             phonenumbers.PhoneNumberType.SHARED_COST})
_BUSINESS_WORDS = fast_compile(r"(?i)\b(?:toll[- ]?free|free\s?phone|hotline|helpline|help\s+line|customer\s+(?:care|service)|"
                             r"call\s+cent(?:er|re))\b")

_CHAT_APP_BEFORE = fast_compile(r"(?i)\b(?:whats\s?app|signal|telegram|viber)\b[^\d\n]{0,12}$")
"""A number given to chat to on WhatsApp or Signal: a mobile's, a person's, even where the text calls it a help line."""
_OWN_NUMBER_BEFORE = fast_compile(r"(?i)\b(?:call\s*-?\s*back(?:\s+(?:at|on|number))?|call\s+me(?:\s+back)?(?:\s+(?:at|on))?|"
                                  r"reach\s+me(?:\s+(?:at|on))?|my\s+(?:number|mobile|cell|phone)(?:\s+is)?)[\s:,]*$")
""""callback +1 ...", "call me back on ...": the person's own number, said to a helpline."""


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
    """``region`` upper-cased if libphonenumber knows it, else the locale's (logged: a setting
    that names no region should not go unnoticed)."""
    if region and region.strip().upper() in phonenumbers.SUPPORTED_REGIONS:
        return region.strip().upper()
    fallback = region_from_locale()
    if region:
        logger.warning("phone region %r is not a region libphonenumber knows (two letters, such as DE or GB); "
                       "reading phone numbers as written in %s, the locale's", region, fallback)
    return fallback


class PhoneDetector:
    """Phone numbers in text, read as a person in ``region`` writes them."""

    def __init__(self, region: str | None = None) -> None:
        self.region = normalize_region(region)
        # Keep the metadata's compiled patterns: libphonenumber compiles a region's patterns for each
        # number it checks, through re's own bounded cache (parsing the held-out lines: 42 -> 40 us a text).
        phonenumbers.enable_pattern_cache()

    def find(self, text: str) -> list[Finding]:
        """Phone numbers in ``text``."""
        if not _GATE.search(text):
            return []
        found = []
        for match in PhoneNumberMatcher(text, self.region, leniency=Leniency.VALID):
            if not _other_number(text, match.start) and not _in_decimal(text, match.start, match.end) \
                    and phonenumbers.number_type(match.number) not in _BUSINESS_TYPES:
                found.append(Finding(match.start, match.end, PHONE))
        if "+" in text:
            found += _international(text)
        lowered = text.lower()
        if _LINK_HINTS.search(lowered):
            found += _in_links(text)
        for match in _LABEL.finditer(text):
            number = match.group(1).rstrip(" -./(")
            digits = sum(ch.isdigit() for ch in number)
            if 8 <= digits <= 15 and not _looks_like_date_or_time(number) \
                    and not labelled_as_other_number(text, match.start()) and not labelled_as_other_number(text, match.start(1)):
                found.append(Finding(match.start(1), match.start(1) + len(number), PHONE))
        if found and " -" in text:  # "DepotDownloader -app 1690800": a tool's numeric argument, not a phone
            found = [f for f in found if text[f.start] == "+" or not _AFTER_OPTION.search(text, max(0, f.start - 40), f.start)]
        if found and _BOOK_WORDS.search(text):  # "pencilled inside the paperback's cover: 5857136598": its ISBN
            found = [f for f in found if not (_isbn10(text[f.start:f.end]) and _BOOK_WORDS.search(text, max(0, f.start - 60), f.end))]
        if found and "#" in text:  # "phone in with 249 881 657#": what a caller keys in (a meeting's id), not a phone
            found = [f for f in found if not text.startswith("#", f.end)]
        if found and _BUSINESS_WORDS.search(text):  # (a callback number given to the helpline is the person's own)
            found = [f for f in found if not _BUSINESS_WORDS.search(text, max(0, f.start - 40), f.end + 40) or not self._landline(text, f)
                     or _OWN_NUMBER_BEFORE.search(text, max(0, f.start - 24), f.start) or text.endswith("tel:", 0, f.start)
                     or _CHAT_APP_BEFORE.search(text, max(0, f.start - 24), f.start)]
        if found and _BARCODE_WORDS.search(text):  # "Strichcode der Sägemehl-Säcke: 9046952685187": a valid EAN-13, not a phone
            found = [f for f in found if not (ean.is_valid(text[f.start:f.end]) and _BARCODE_WORDS.search(text, max(0, f.start - 60), f.start))]
        return [f for f in found if not _filler_number(text[f.start:f.end])]

    def _landline(self, text: str, finding: Finding) -> bool:
        """Whether a number is a fixed line's (an office's hotline); one that may be a mobile ("+1 (754) 905-4082": a US number
        may be either) is someone's, whatever the text calls it."""
        try:
            number = phonenumbers.parse(text[finding.start:finding.end], self.region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.number_type(number) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


_AFTER_OPTION = re.compile(r"(?:^|\s)--?(?!(?:phone|tel|mobile|cell|number|msisdn|to|from|sms|whatsapp|fax)\b)[A-Za-z][\w-]*"
                           r"[ \t]*[= \t]$", re.I)
_BOOK_WORDS = fast_compile(r"(?i)\b(?:book|books|paperback|hardback|hardcover|novel|edition|library|isbn|cover|flyleaf|manual|bookshop"
                         r"|bookstore|primer|textbook|printed|reprint|author)\b")


def _isbn10(number: str) -> bool:
    """Whether ``number`` is written as an ISBN-10: ten digits in one run that python-stdnum accepts."""
    return number.isdigit() and len(number) == 10 and isbn.is_valid(number)


def _filler_number(number: str) -> bool:
    """A number written to fill a form or an example ("(555) 000-0000", "999 999 9999"): its last
    seven digits are one digit repeated, or it is North America's film number ("(555) 555-2318")."""
    digits = [ch for ch in number if ch.isdigit()]
    return len(digits) >= 7 and len(set(digits[-7:])) == 1 or _FICTIONAL_NANP.fullmatch(number.strip()) is not None


_FICTIONAL_NANP = re.compile(r"(?:\+?1[\s.-]*)?\(?555\)?[\s.-]*555[\s.-]*\d{4}")
"""The film and form number of North America, 555 for both the area code, which none has, and the exchange ("(555)
555-2318", "555-555-0134")."""
_BARCODE_WORDS = fast_compile(r"(?i)\b(?:barcode|bar\s+code|strichcode|ean(?:-?13)?|gtin|code[\s-]barres|c[óo]digo\s+de\s+barras|streepjescode|"
                              r"codice\s+a\s+barre|kod\s+kreskowy|streckkod|stregkode|strekkode|viivakoodi)\b")


def _international(text: str) -> list[Finding]:
    """Numbers in international form that libphonenumber could not place: a known country code,
    10 to 15 digits in all, and a national part of about the country's length."""
    found = []
    for match in _INTERNATIONAL.finditer(text):
        number = match.group(0)
        digits = sum(ch.isdigit() for ch in number)
        if not _INTERNATIONAL_DIGITS[0] <= digits <= _INTERNATIONAL_DIGITS[1]:
            continue
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            continue  # no country has that code
        if _plausible_length(parsed) and not _other_number(text, match.start()):
            found.append(Finding(match.start(), match.end(), PHONE))
    return found


def _in_links(text: str) -> list[Finding]:
    """Numbers in chat links and phone-named URL parameters: valid in international form (the
    country code first, as those links require)."""
    found = []
    for match in _LINK.finditer(text):
        try:
            number = phonenumbers.parse("+" + match.group(1), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            found.append(Finding(match.start(1), match.end(1), PHONE))
    return found


def _plausible_length(number: phonenumbers.PhoneNumber) -> bool:
    """Whether the national part is as long as the country's numbers are, or one digit longer (a
    prefix its plan dropped but people still write, as Mexico's mobile "1")."""
    region = phonenumbers.region_code_for_country_code(number.country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region) if region != "ZZ" else None
    if metadata is None:
        return False
    length = len(str(number.national_number))
    return any(possible <= length <= possible + 1 for possible in metadata.general_desc.possible_length)


_GROUPS_BEFORE = re.compile(r"(?:\d{2,6}[ \t]){1,4}$")


def _other_number(text: str, start: int) -> bool:
    """Whether a label says the number at ``text[start]`` is something else, or the run of digit groups it ends
    ("Webex access number 6133 530 1697": the matcher's "1697"); a number written with "+" and its country code is a
    phone's whatever word stands before it ("contact customer +1 ...")."""
    if text[start] == "+":
        return False
    groups = _GROUPS_BEFORE.search(text, max(0, start - 30), start) if text[start - 1:start] in (" ", "\t") else None
    return labelled_as_other_number(text, start) or groups is not None and labelled_as_other_number(text, groups.start())


def _in_decimal(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole or the fraction of a decimal number the matcher cut
    ("1758479738" of "1758479738.320798"): a phone's digits do not run on after a point. (A comma
    may: fields of a CSV line.)"""
    return (text[end:end + 1] == "." and text[end + 1:end + 2].isdigit()) \
        or (text[start - 1:start] == "." and text[start - 2:start - 1].isdigit())


def _looks_like_date_or_time(number: str) -> bool:
    return bool(_DATE_LIKE.fullmatch(number.strip()))
