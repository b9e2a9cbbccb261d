"""How an observation becomes a memory document: one line of text a model and a person can read."""

from __future__ import annotations

import hashlib
from datetime import tzinfo
from typing import Any

from shared.observation import Observation

# Data keys that are bookkeeping, not facts worth embedding (a conversation's session id is the
# same string on every turn of the session and says nothing about what was said).
_HIDDEN_KEYS = frozenset({"source_ids", "session"})


def _format_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# Learned memories carry their own text; bookkeeping keys (learned_at, topic, ...) stay out of it.
_TEXT_KEYS = {"day_summary": "text", "profile_fact": "fact"}


def _own_text(obs: Observation) -> str | None:
    text_key = _TEXT_KEYS.get(obs.kind)
    value = obs.data.get(text_key) if text_key else None
    return value if isinstance(value, str) else None


def _when(obs: Observation, tz: tzinfo) -> str:
    start = obs.start.astimezone(tz)
    if _own_text(obs) is not None:
        return f"{start:%a %Y-%m-%d}"
    when = start.strftime("%a %Y-%m-%d %H:%M")
    if obs.end is not None and obs.end != obs.start:
        end = obs.end.astimezone(tz)
        when += end.strftime("-%H:%M") if end.date() == start.date() else end.strftime(" to %a %Y-%m-%d %H:%M")
    return when


def embedding_text(obs: Observation) -> str:
    """What the memory is about, without its timestamp: the text its vector is computed from.

    Dates and clock times are a third of an observation's tokens and say nothing about meaning
    (time phrases in questions become filters on the stored times instead), so leaving them out
    makes embedding faster and lets identical events share one vector.
    """
    own = _own_text(obs)
    if own is not None:
        label = "day summary" if obs.kind == "day_summary" else "profile fact"
        return f"{label}: {own}"
    facts = "; ".join(f"{k}: {_format_value(v)}" for k, v in sorted(obs.data.items()) if k not in _HIDDEN_KEYS)
    text = obs.kind.replace("_", " ")
    return f"{text} ({facts})" if facts else text


def content_key(obs: Observation) -> str:
    """A short digest of what a memory says: equal for the same words of a conversation turn,
    whoever said them ("I need a new phone"), and for other memories with the same
    ``embedding_text`` (the same coffee on two days)."""
    text = obs.data.get("text") if obs.kind == "conversation" else None
    content = f"conversation: {text}" if isinstance(text, str) else embedding_text(obs)
    return hashlib.blake2b(content.encode("utf-8"), digest_size=8).hexdigest()


def observation_text(obs: Observation, tz: tzinfo) -> str:
    """E.g. ``Thu 2026-11-20 08:15-08:20 coffee (drink: flat white; caffeine_mg: 120)``: the local
    time and ``embedding_text``."""
    return f"{_when(obs, tz)} {embedding_text(obs)}"


def said_text(document: str) -> str:
    """What a conversation turn's memory text (``observation_text``) says was said; the text itself
    for any other memory."""
    # The first "; text: " (keys are sorted: the speaker's comes before it; what was said may hold another).
    head, said = document.partition("; text: ")[::2] if "conversation (" in document else ("", "")
    return said[:-1] if head and said.endswith(")") else document


def observation_source_ids(obs: Observation) -> list[str]:
    """Ids of the raw observations behind ``obs``: merged ones list theirs in ``data.source_ids``."""
    merged = obs.data.get("source_ids")
    if isinstance(merged, list) and merged and all(isinstance(i, str) for i in merged):
        return list(merged)
    return [obs.id]


def conversation_speaker(obs: Observation) -> str | None:
    """Who said a conversation turn (``data.speaker``), or None for anything else."""
    speaker = obs.data.get("speaker") if obs.kind == "conversation" else None
    return speaker.strip() or None if isinstance(speaker, str) else None
