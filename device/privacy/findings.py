"""What a detector found: a span of text and its kind, and how spans become placeholders."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from device.privacy.lazy_pattern import LazyPattern
from device.privacy.word_gates import WordGate

SECRET = "secret"
EMAIL = "email"
ACCOUNT = "account"
CARD = "card"
NATIONAL_ID = "national_id"
PHONE = "phone"

KINDS: tuple[str, ...] = (SECRET, EMAIL, ACCOUNT, CARD, NATIONAL_ID, PHONE)
"""Every kind, in the order overlapping findings are resolved (a secret wins over a phone in it)."""

PLACEHOLDER = re.compile(r"\[(" + "|".join(KINDS) + r")\]")
"""A redacted span as it appears in text that left the device."""

# Numbers a label says are something else: orders, invoices, tickets, flights, builds, rooms,
# insurance claims and policies, timestamps, barcodes.
_OTHER_NUMBER_LABEL = LazyPattern(
    r"(?i)\b(?:order|awb|waybill|consignment|bestell\w*|invoice|inv|rechnung\w*|facture|ref(?:erence)?|ticket|tracking|sendung\w*|"
    r"booking|buchung\w*|confirmation|isbn|issn|build|flight|flug|room|raum|zimmer|serial|s/n|sku|part|po|"
    r"case|vorgang|aktenzeichen|meeting\s+id|(?<!caller\s)id|version|transaction|txn|pid|job|run|pr|issue|commit|"
    r"customer|kunden\w*|ean|upc|imei|iccid|lot|batch|receipt|quittung|bon|claim|policy|complaint|grievance|docket|shikayat"
    r"|service\s+request|request|st[öo]rungs(?:nummer|meldung)|auftrag\w*"
    # A meeting's number or a conference's access code ("Webex access code 2316 937 570").
    r"|(?:access|meeting|conference|webinar|dial-?in)\s+(?:code|number|no|id)|meeting"
    r"|zoom|webex"  # "Band boosters Zoom 607 608 8244": its meeting's id
    r"|zugangs(?:nummer|code|kennung)|einwahl(?:nummer|code)|konferenz(?:nummer|code)"  # German: "Webex-Zugangsnummer 6133 ..."
    # A booking's number: "booked the campground ..., reservation 9727...", "seats ... confirmed under 5802..."
    r"|reservation|reservierung|r[ée]servation|reserva|prenotazione|rezerwacja|(?:confirmed|booked|reserved|held)\s+under"
    # "Order" in more languages ("Pedido nº 6609604328", "commande n° ...", "Bestellung", "sipariş").
    r"|pedido|encomenda|commande|bestelling|ordine|zam[óo]wienie|sipari[şs]|orden|factura|fatura|fattura|faktura"
    # A ticket's barcode, a booking's passenger name record (PNR).
    r"|barcode|bar\s+code|pnr|isbn-1[03]"
    # A moment in seconds since 1970 ("epoch 1758479738").
    r"|epoch|timestamp|unix\s+time"
    # A parcel's number, after its carrier's name or the word for it.
    r"|fedex|ups|usps|dhl|dpd|gls|tnt|royal\s+mail|parcel|package|shipment|paket\w*|colis|pacco|paquete|z[áa]silk\w*"
    # Goods' classification codes (customs tariff, commodity, HS/HTS/TARIC/CN/NCM), written in dotted groups.
    r"|(?:hs|hts|taric|tariff)(?:[\s-]+(?:code|no|number|heading))?|(?:cn|ncm|customs|commodity)[\s-]+(?:code|no|number))\b"
    # The shop's or the airline's name may stand between ("Pedido Liverpool 6487...", "booking Iberia 12...").
    # ... and "number" may follow the label ("complaint number 4715231417").
    # ... and whose it is and "is" ("my complaint reference with them is 9740514015").
    r"(?:\s+(?-i:[A-Z][\w&'-]*))?(?:\s+(?:number|no|num|nr|nummer|numéro|número))?"
    r"(?:\s+(?:with|from|at)\s+(?:them|us|him|her|(?-i:[A-Z])[\w&'-]*))?(?:\s+(?:is|was))?[\s.:#\-nº°o]*$"
)
_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Finding:
    """``text[start:end]`` is personal data of ``kind``."""

    start: int
    end: int
    kind: str


def any_of(words: Iterable[str]) -> WordGate:
    """A gate whose ``search`` says whether any of ``words`` is in a text (not which one): the gates that decide
    whether a detector runs at all test each text this way. All gates share one scan of a text (``word_gates``)."""
    return WordGate(words)


def placeholder(kind: str) -> str:
    """The text that replaces a finding of ``kind``."""
    return f"[{kind}]"


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order: the higher-priority kind wins, then the longer span; but a secret
    strictly inside a card's or an account's number is a part of it ("pit pass: 4784 8752 2354 9816": not a PIN 4784)."""
    findings = list(findings)
    numbers = [(f.start, f.end) for f in findings if f.kind in (CARD, ACCOUNT)]
    if numbers:
        findings = [f for f in findings if f.kind != SECRET or not any(
            start <= f.start and f.end <= end and end - start > f.end - f.start for start, end in numbers)]
    ranked = sorted(findings, key=lambda f: (_PRIORITY[f.kind], f.start - f.end, f.start))
    chosen: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= other.start or finding.start >= other.end for other in chosen):
            chosen.append(finding)
    return sorted(chosen, key=lambda f: f.start)


def apply_findings(text: str, findings: list[Finding]) -> str:
    """``text`` with each (non-overlapping, ordered) finding replaced by its placeholder."""
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts.append(text[position:finding.start])
        parts.append(placeholder(finding.kind))
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def count_placeholders(value: Any) -> Counter[str]:
    """Placeholders by kind in every string of ``value`` (a string, or JSON-like lists and dicts).

    This is how redactions are counted in what leaves the device (the audit log, the filter's
    report): the values themselves are gone, only their kind remains.
    """
    counts: Counter[str] = Counter()
    _walk_strings(value, lambda text: counts.update(PLACEHOLDER.findall(text)) if "[" in text else None)
    return counts


def _walk_strings(value: Any, visit: Callable[[str], object]) -> None:
    if isinstance(value, str):
        visit(value)
    elif isinstance(value, dict):
        for item in value.values():
            _walk_strings(item, visit)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk_strings(item, visit)


def labelled_as_other_number(text: str, start: int) -> bool:
    """Whether the number at ``text[start]`` is labelled as something else ("order", "ISBN",
    "flight") or glued to a code ("INV-2026-004512", "#112-4455667")."""
    before = text[max(0, start - 32):start]
    # A Latin code ("INV-", "#112-"); a letter of another script is a prefix of the language (Hebrew "ל-").
    if before[-1:] in ("-", "#", "/", "_") and before[-2:-1].isascii() and before[-2:-1].isalnum():
        return True
    labels = list(_OTHER_NUMBER_LABEL.finditer(before))
    # "holds the room on 4242 ...", "paid the booking with ...": the number is what the thing is held on, not its label's
    if labels and not _HELD_ON.search(before, labels[-1].start() + 1):
        return True
    # "Pedido dos patinhos ... na loja online, número 1374434259": a sentence about an order, then its number
    return _NUMBER_AFTER_COMMA.search(before) is not None and _ORDER_SENTENCE.search(text[max(0, start - 160):start]) is not None


_HELD_ON = re.compile(r"(?i)\b(?:on|with|using|via|onto)\s*$")
_NUMBER_AFTER_COMMA = re.compile(r"(?i)[,;]\s*(?:n[úu]mero|number|nummer|num[ée]ro|no\.?|n[º°]|nr\.?)[\s.:#º°]*$")
_ORDER_SENTENCE = re.compile(r"(?i)(?:^|[.!?\n]\s*)(?:pedido|order|commande|bestellung|encomenda|ordine|zam[óo]wienie|sipari[şs])\b[^.!?\n]*$")


def filler_digits(value: str) -> bool:
    """A number written to fill a form or an example: six or more digits, all one digit ("000-00-0000")."""
    digits = [ch for ch in value if ch.isdigit()]
    return len(digits) >= 6 and len(set(digits)) == 1


def longest_valid_run(text: str, start: int, end: int, valid: Callable[[str], bool],
                     separators: str = " -", digits: int = 0) -> tuple[int, int] | None:
    """The longest run of separator-delimited groups in ``text[start:end]`` that ``valid`` accepts,
    as ``(start, end)`` (None if none does).

    A number pattern often swallows a neighbouring group ("DE89 3704 ... 00 BANK", a card number
    followed by its expiry year, an order number before it); trying shorter runs, group by group
    from either side, recovers the number. ``digits``: the fewest digits a valid value holds (runs with
    fewer are not checked).
    """
    bounds = [start] + [i + 1 for i in range(start, end - 1) if text[i] in separators and text[i + 1] not in separators]
    stops = [i for i in range(start + 1, end) if text[i] in separators and text[i - 1] not in separators] + [end]
    runs = sorted(((s, e) for s in bounds for e in stops if e > s), key=lambda run: run[0] - run[1])
    before = [0]  # digits before each position of the span: a run with fewer than ``digits`` is not checked
    if digits:
        for ch in text[start:end]:
            before.append(before[-1] + ch.isdigit())
    for run_start, run_end in runs[:64]:  # a bound on pathological inputs (hundreds of groups)
        if digits and before[run_end - start] - before[run_start - start] < digits:
            continue
        if valid(text[run_start:run_end]):
            return run_start, run_end
    return None
