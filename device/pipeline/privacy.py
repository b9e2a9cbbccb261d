"""Privacy on the device: exclusion patterns and redaction of personal data before anything leaves.

Pure functions plus ``PrivacyFilter``, which applies the person's settings. Redaction replaces
e-mail addresses, phone numbers, payment card numbers (Luhn-checked) and bank account numbers
(IBANs, or digits labelled as an account) with placeholders; times, dates and ordinary numbers
are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from shared.observation import Observation
from shared.settings import SensorSettings

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
LABELLED_ACCOUNT = re.compile(r"(?i)\b(account|acct|konto|a/c)(\s*(?:no\.?|number|nr\.?|#)?\s*[:#]?\s*)(\d[\d -]{5,}\d)")
CARD = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
# + country code or a leading 0/( and at least 9 digits in groups; not dates (2026-11-20) or times.
PHONE = re.compile(r"(?<![\w/:.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w/:-])")
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$")


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn checksum used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = re.sub(r"\D", "", text)
    # E.164 numbers have at most 15 digits; fewer than 9 are extensions, rooms, amounts.
    if not 9 <= len(digits) <= 15 or _DATE_LIKE.match(text.strip()):
        return text
    return "[phone]"


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[card]" if 13 <= len(digits) <= 19 and luhn_ok(digits) else match.group(0)


def redact_text(text: str) -> tuple[str, int]:
    """``text`` with personal data replaced, and how many replacements were made."""
    count = 0

    def counted(repl: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        def apply(match: re.Match[str]) -> str:
            nonlocal count
            out = repl(match)
            count += out != match.group(0)
            return out

        return apply

    text = EMAIL.sub(counted(lambda m: "[email]"), text)
    text = IBAN.sub(counted(lambda m: "[account]"), text)
    text = LABELLED_ACCOUNT.sub(counted(lambda m: f"{m.group(1)}{m.group(2)}[account]"), text)
    text = CARD.sub(counted(_card), text)
    text = PHONE.sub(counted(_phone), text)
    return text, count


def _redact_value(value: Any) -> tuple[Any, int]:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, list):
        items = [_redact_value(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        items = {k: _redact_value(v) for k, v in value.items()}
        return {k: v for k, (v, _) in items.items()}, sum(n for _, n in items.values())
    return value, 0


def redact_observation(obs: Observation) -> tuple[Observation, int]:
    """The observation with every string in ``data`` redacted (ids and times untouched)."""
    data, count = _redact_value(obs.data)
    return (obs.model_copy(update={"data": data}), count) if count else (obs, 0)


@dataclass(frozen=True)
class FilterReport:
    """What the filter did to a batch."""

    kept: int
    excluded: int
    redactions: int


class PrivacyFilter:
    """Applies the person's exclusion patterns and redaction settings."""

    def __init__(self, settings: SensorSettings) -> None:
        self._apps = [re.compile(p, re.IGNORECASE) for p in settings.exclude_apps]
        self._titles = [re.compile(p, re.IGNORECASE) for p in settings.exclude_titles]
        self.redact = settings.redact

    def excluded(self, obs: Observation) -> bool:
        """Whether the observation names an excluded app or window title."""
        app, title = obs.data.get("app"), obs.data.get("title")
        return (isinstance(app, str) and any(p.search(app) for p in self._apps)) or (
            isinstance(title, str) and any(p.search(title) for p in self._titles)
        )

    def apply(self, observations: Iterable[Observation]) -> tuple[list[Observation], FilterReport]:
        """Drop excluded observations and redact the rest (when enabled)."""
        kept: list[Observation] = []
        excluded = redactions = 0
        for obs in observations:
            if self.excluded(obs):
                excluded += 1
                continue
            if self.redact:
                obs, n = redact_observation(obs)
                redactions += n
            kept.append(obs)
        return kept, FilterReport(len(kept), excluded, redactions)

    def text(self, text: str) -> str:
        """Free text about to leave the device (the condensed prompt), redacted when enabled."""
        return redact_text(text)[0] if self.redact else text
