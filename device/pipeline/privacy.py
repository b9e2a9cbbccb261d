"""Privacy on the device: exclusion patterns, and redaction of everything that leaves it.

``PrivacyFilter`` applies the person's settings to observations (every sensor, the webhook's
records too) before the local store and the outbox; ``redact_chat_request`` applies them to the
question, the condensed prompt and the earlier turns of a chat. Both use one ``Redactor``
(``device.privacy``): phone numbers (libphonenumber, read in the person's region), payment cards,
IBANs and labelled account numbers, national identifiers (python-stdnum), secrets and passwords
(detect-secrets plus the forms it lacks) and e-mail addresses become ``[phone]``, ``[card]``,
``[account]``, ``[national_id]``, ``[secret]`` and ``[email]``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable

from device.privacy.accounts import luhn_ok
from device.privacy.findings import PLACEHOLDER, count_placeholders
from device.privacy.phones import normalize_region
from shared.observation import Observation
from shared.settings import SensorSettings
from shared.wire import ChatRequest, ChatTurn

if TYPE_CHECKING:
    from device.privacy.redactor import Redactor

__all__ = ["FilterReport", "PrivacyFilter", "count_placeholders", "luhn_ok", "redact_chat_request",
           "redact_observation", "redact_text", "redactor_for"]


@lru_cache(maxsize=8)
def redactor_for(region: str | None = None) -> Redactor:
    """The shared redactor for ``region`` (default: the locale's), built on first use."""
    # Imported here: its detectors compile many patterns, and only a command that redacts text
    # (``log``, ``ingest``, ``ask``, the agent) needs them.
    from device.privacy.redactor import Redactor

    return Redactor(normalize_region(region))


def settings_region(settings: SensorSettings) -> str | None:
    """The phone region the settings name (``[sensors] phone_region``, ``TETHER_SENSORS__PHONE_REGION``),
    or None, and the locale decides.

    Read with getattr until ``SensorSettings`` has the field: then it becomes
    ``settings.phone_region``, with nothing else to change.
    """
    region = getattr(settings, "phone_region", None)
    return region.strip() or None if isinstance(region, str) else None


def redact_text(text: str, redactor: Redactor | None = None) -> tuple[str, Counter[str]]:
    """``text`` with personal data replaced, and the replacements counted by kind."""
    return (redactor or redactor_for()).redact(text)


def _redact_value(value: Any, redactor: Redactor, counts: Counter[str]) -> Any:
    """``value`` with every string redacted; ``counts`` gets the placeholders in the result."""
    if isinstance(value, str):
        text = redactor.redact_fast(value)
        if "[" in text:
            counts.update(PLACEHOLDER.findall(text))
        return text
    if isinstance(value, list):
        return [_redact_value(v, redactor, counts) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(v, redactor, counts) for k, v in value.items()}
    return value


def redact_observation(obs: Observation, redactor: Redactor | None = None) -> tuple[Observation, Counter[str]]:
    """The observation with every string in ``data`` redacted (ids and times untouched), and the
    placeholders in its data by kind (those a sensor put there itself included)."""
    counts: Counter[str] = Counter()
    data = _redact_value(obs.data, redactor or redactor_for(), counts)
    return (obs, counts) if data == obs.data else (obs.model_copy(update={"data": data}), counts)


@dataclass(frozen=True)
class FilterReport:
    """What the filter did to a batch; ``by_kind`` counts the placeholders in what it kept."""

    kept: int
    excluded: int
    redactions: int
    by_kind: dict[str, int] = field(default_factory=dict)


class PrivacyFilter:
    """Applies the person's exclusion patterns and redaction settings.

    ``region`` overrides the settings' phone region (default: the locale's).
    """

    def __init__(self, settings: SensorSettings, region: str | None = None) -> None:
        self._apps = [re.compile(p, re.IGNORECASE) for p in settings.exclude_apps]
        self._titles = [re.compile(p, re.IGNORECASE) for p in settings.exclude_titles]
        self.redact = settings.redact
        self.region = normalize_region(region or settings_region(settings))

    @property
    def redactor(self) -> Redactor:
        """The redactor for the person's region (shared, built on first use)."""
        return redactor_for(self.region)

    def excluded(self, obs: Observation) -> bool:
        """Whether the observation names an excluded app or window title."""
        app, title = obs.data.get("app"), obs.data.get("title")
        return (isinstance(app, str) and any(p.search(app) for p in self._apps)) or (
            isinstance(title, str) and any(p.search(title) for p in self._titles)
        )

    def apply(self, observations: Iterable[Observation]) -> tuple[list[Observation], FilterReport]:
        """Drop excluded observations and redact the rest (when enabled).

        Redactions are counted as the placeholders in what is kept, so a value a sensor already
        redacted at its source (the shell sensor) counts too.
        """
        kept: list[Observation] = []
        excluded = 0
        by_kind: Counter[str] = Counter()
        for obs in observations:
            if self.excluded(obs):
                excluded += 1
                continue
            if self.redact:
                obs, counts = redact_observation(obs, self.redactor)
                by_kind.update(counts)
            kept.append(obs)
        return kept, FilterReport(len(kept), excluded, sum(by_kind.values()), dict(by_kind))

    def text(self, text: str) -> str:
        """Free text about to leave the device, redacted when enabled."""
        return self.redactor.redact(text)[0] if self.redact else text


def redact_chat_request(request: ChatRequest, privacy: PrivacyFilter) -> ChatRequest:
    """The request with its question, condensed prompt and earlier turns redacted (when enabled).

    Everything else (times, zone, limits) is unchanged. Call it on every request before it is sent.
    """
    if not privacy.redact:
        return request
    counts: Counter[str] = Counter()
    redactor = privacy.redactor
    history = [ChatTurn.model_validate(_redact_value(turn.model_dump(mode="json"), redactor, counts))
               for turn in request.history]
    return request.model_copy(update={
        "question": _redact_value(request.question, redactor, counts),
        "condensed": _redact_value(request.condensed, redactor, counts),
        "history": history,
    })
