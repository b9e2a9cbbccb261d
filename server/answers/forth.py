"""A question typed as a line of Forth, read as the English question it stands for.

A Forth programmer asks as a line of words: its arguments first (strings ``s" ..."``, numbers, or words that stand for a
value, ``this-week``, ``workout-days``), then the words that act on them, then ``.`` to print: ``s" Monday" supper-dishes
.``, ``s" Budget sync" s" today" heads-present .``, ``s" ran" 12 km-day lunch-spot .``, ``prior-night requery .``. The
word that asks is read by the parts of its name (a meal and a place: where did I have it; a meeting and a count: how many
meetings), so a name no table holds is read too; words before it name a day by what happened on it. Pure functions of
the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import MINUTES, VALUES, asked_by_name, day_named, filled, parts_of

_TOKEN = re.compile(r's"\s([^"]*)"|(\d+(?:[.:]\d+)?(?:\s*[ap]m)?)|([a-z][a-z0-9?-]*)|(\S+)')
_LOOKS_FORTH = re.compile(r'^\s*(?:s"\s[^"]*"\s+|\d+(?:\.\d+)?\s+)*[a-z][a-z0-9?]*(?:-[a-z0-9?]+)*(?:\s+(?:s"\s[^"]*"|[a-z][\w?-]*|\d+(?:\.\d+)?))*\s+\.\s*$')


def _say(tokens: list[tuple[str, str]]) -> str | None:
    values: list[str] = []
    words = [text for kind, text in tokens if kind == "word"]
    if not words:
        return None
    follow_up = words[-1] in ("requery", "again", "redo", "same", "repeat")
    day: str | None = None
    for kind, text in tokens:
        if kind == "value":
            values.append(text)
        elif text in VALUES:
            values.append(VALUES[text])
        elif text in ("prior-day", "previous-day", "day-before"):
            values.append("the day before")
        elif text in ("prior-night", "previous-night", "night-before"):
            values.append("the night before")
        elif named := day_named(text, values):
            day, taken = named
            values = values[:-taken]
    asking = [w for w in words if w not in VALUES and day_named(w, [""] * 2) is None
              and w not in ("requery", "again", "redo", "same", "repeat", "prior-day", "previous-day", "day-before",
                            "prior-night", "previous-night", "night-before")]
    if not asking:
        return f"and {' '.join(values)}" if follow_up and values else None
    parts = set().union(*(parts_of(w) for w in asking))
    asked = asked_by_name(parts, values)
    if asked is None:
        return None
    if follow_up and "that meeting" in values:
        return "and how long was that meeting" if parts & MINUTES else f"and {asked.replace('{0}', 'that')}"
    asked = filled(asked, values, day)
    return f"and {asked}" if follow_up else asked


def from_forth(text: str) -> str:
    """``text`` as an English question when it is a line of Forth ending in ``.``; else ``text`` as it is."""
    if not _LOOKS_FORTH.match(text) or not ('s"' in text or "-" in text):
        return text
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text.rstrip().removesuffix(".")):
        if match[1] is not None or match[2] is not None:
            tokens.append(("value", match[1] if match[1] is not None else match[2]))
        elif match[3] is not None:
            tokens.append(("word", match[3]))
        else:
            return text
    said = _say(tokens)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
