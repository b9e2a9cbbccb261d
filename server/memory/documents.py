"""How an observation becomes a memory document: one line of text a model and a person can read."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from shared.observation import Observation

# Data keys that are bookkeeping, not facts worth embedding.
_HIDDEN_KEYS = frozenset({"source_ids"})


def _format_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# Learned memories carry their own text; bookkeeping keys (learned_at, topic, ...) stay out of it.
_TEXT_KEYS = {"day_summary": "text", "profile_fact": "fact"}


def observation_text(obs: Observation, tz: tzinfo) -> str:
    """E.g. ``Thu 2026-11-20 08:15-08:20 coffee (drink: flat white; caffeine_mg: 120)``."""
    text_key = _TEXT_KEYS.get(obs.kind)
    if text_key and isinstance(obs.data.get(text_key), str):
        label = "day summary" if obs.kind == "day_summary" else "profile fact"
        return f"{obs.start.astimezone(tz):%a %Y-%m-%d} {label}: {obs.data[text_key]}"
    start = obs.start.astimezone(tz)
    when = start.strftime("%a %Y-%m-%d %H:%M")
    if obs.end is not None and obs.end != obs.start:
        end = obs.end.astimezone(tz)
        when += end.strftime("-%H:%M") if end.date() == start.date() else end.strftime(" to %a %Y-%m-%d %H:%M")
    facts = "; ".join(f"{k}: {_format_value(v)}" for k, v in sorted(obs.data.items()) if k not in _HIDDEN_KEYS)
    text = f"{when} {obs.kind.replace('_', ' ')}"
    return f"{text} ({facts})" if facts else text


def observation_source_ids(obs: Observation) -> list[str]:
    """Ids of the raw observations behind ``obs``: merged ones list theirs in ``data.source_ids``."""
    merged = obs.data.get("source_ids")
    if isinstance(merged, list) and merged and all(isinstance(i, str) for i in merged):
        return list(merged)
    return [obs.id]
