"""Payment card numbers: 13-19 digits passing the Luhn checksum, and one more sign that they are a
card's, since one random number in ten passes Luhn. The sign is a known network's prefix at its
length (``card_brand``), the grouping cards are printed in ("5078 6540 3658 7531 488", the 4-6-5
of American Express, the 4-5-6 of UATP), or a word for a card or a network's name just before the
number ("card number: ...", "cartão Elo ...", '"card": {"number": ...'). The last two catch the
networks no prefix table keeps up with (RuPay, Elo, Verve, UATP, Dankort, domestic schemes)."""

from __future__ import annotations

import re

from device.privacy.findings import CARD, Finding, labelled_as_other_number, longest_valid_run

# (A digit first, then what stands before it: a search skips to the digits, 3.7 -> 1.9 us a text.)
_CARD = re.compile(r"\d(?<![\d.,/-]\d)(?:[ -]?\d){12,22}(?![\d.,]\d)")
_NOT_DIGIT = re.compile(r"\D")
# The layouts cards are printed in, as group lengths: fours (the last group may be shorter on
# 13-, 17-, 18- and 19-digit numbers), American Express and Diners 4-6-5 and 4-6-4, UATP 4-5-6.
_GROUPINGS = frozenset({(4, 4, 4, 4), (4, 4, 4, 1), (4, 4, 4, 4, 1), (4, 4, 4, 4, 2), (4, 4, 4, 4, 3),
                        (4, 6, 5), (4, 6, 4), (4, 5, 6)})
_GROUP_SPLIT = re.compile(r"[ -]")
# A card's word or a network's name, up to a few words before the number (JSON keys between:
# '"card": {"number": "...'). No word boundary after it: "cardNumber", "card_no", "Kartennummer".
_CARD_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:card|carte|karte|tarjeta|cart[ãa]o|carta|kaart|kort|kart[aeyıу]?|карт[аы]|картк[аи]"
    r"|(?:kredit|giro|bank|ec-|debit|credit)(?:karte|kort|kaart|card)"
    r"|visa|master\s?card|amex|american\s+express|discover|jcb|diners|union\s?pay|maestro|rupay|elo|verve|uatp"
    r"|dankort|mir|troy|hipercard|cb|cc|ccnum"
    r"|カード|卡号?|카드|บัตร|thẻ|kartu|بطاقة|כרטיס)"
)
_WORD_REACH = 40  # characters before the number a card's word may stand


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
    if (p2 in (81, 82) or 508500 <= p6 <= 508999) and n == 16:
        return "rupay"  # its own ranges; RuPay's 60 and 65 numbers read as Discover's above
    return None


def _is_branded_card(candidate: str) -> bool:
    digits = _NOT_DIGIT.sub("", candidate)
    return 13 <= len(digits) <= 19 and luhn_ok(digits) and card_brand(digits) is not None


def _is_card_shaped(candidate: str) -> bool:
    """Whether ``candidate`` is printed in a card's grouping (one separator throughout) and passes Luhn."""
    separators = {ch for ch in candidate if not ch.isdigit()}
    if len(separators) != 1:
        return False
    groups = _GROUP_SPLIT.split(candidate)
    return tuple(len(group) for group in groups) in _GROUPINGS and luhn_ok("".join(groups))


def _card_word_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _CARD_WORD.search(text, max(line_start, start - _WORD_REACH), start) is not None:
        return True
    # A line that opens with a card's word and names what it pays for, then a colon: "Card for the scouts' new sails order: N".
    opening = _CARD_WORD.match(text, line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip()))
    return opening is not None and re.fullmatch(r"[^:\n]{0,80}:[ \t]*", text[opening.end():start]) is not None


def find_cards(text: str) -> list[Finding]:
    """Payment card numbers in ``text``."""
    found = []
    for match in _CARD.finditer(text):
        run = longest_valid_run(text, match.start(), match.end(), _is_branded_card, digits=12)
        if run is None:
            # Without a known prefix, the whole number must look like a card's or follow a card's word;
            # a part of a longer number (a parcel's 22 digits) would pass Luhn one time in ten.
            value = match.group(0)
            digits = _NOT_DIGIT.sub("", value)
            if (13 <= len(digits) <= 19 and (_is_card_shaped(value) or (luhn_ok(digits)
                                                                          and _card_word_before(text, match.start())))):
                run = match.span()
        # A label before the whole run of digits speaks for a card's number found inside it ("USPS
        # tracking 9400 4231 3843 ...": the parcel's 22 digits, not a card in their tail).
        # ... unless a card's word is right there too ("Die Kreditkarte für die Buchung: 5162 ...").
        carded = run is not None and _is_branded_card(text[run[0]:run[1]]) and (
            _card_word_before(text, run[0]) or text[max(0, match.start() - 1):match.start()] != "+"
            and _CARD_WORD.search(text, text.rfind("\n", 0, run[0]) + 1, run[0]) is not None)
        # (a card's word earlier in the line: "put on the card ending... no, the whole number's on the invoice: N")
        if run is not None and not carded and text[max(0, match.start() - 1):match.start()] == "+":
            continue  # "+49 177 77927113": a number dialled from abroad, which no card is written as
        if run is not None and (carded or not labelled_as_other_number(text, run[0])
                                and not (run[0] != match.start() and labelled_as_other_number(text, match.start()))):
            found.append(Finding(*run, CARD))
    return found
