"""A question typed as a spreadsheet formula, read as words: "=COUNT(COFFEES, THIS.WEEK) - COUNT(COFFEES, LAST.WEEK)",
"=DINNER.FOOD(DAY.WHEN("ran 12.5 km"))", "=SAME(DAY-1)".

Functions are read from the innermost out, each by what its name says (a count, a sum, an average over the days a
condition holds, what was eaten, who attended, the day something happened, the same again for the day before);
dotted names in capitals are words ("THIS.WEEK.TO.DATE": this week so far); a difference of two results sets them
against each other. Pure functions of the text.
"""

from __future__ import annotations

import re

_CALL = re.compile(r"([A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*)\(([^()]*)\)")
_ARG = re.compile(r"\s*(\"[^\"]*\"|[^,]+)\s*(?:,|$)")
_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)+\b|\b[A-Z]{2,}\b")
_WORDS = {"THIS.WEEK.TO.DATE": "this week so far", "TODAY.SO.FAR": "today so far", "NIGHT-1": "the night before",
          "DAY-1": "the day before", "KM": "km", "MG": "mg", "MENTIONED": "mentioned", "SAID": "said"}


def _args(inside: str) -> list[str]:
    """The arguments of a call: quoted ones as they are, bare names as words."""
    return [arg[1:-1] if arg.startswith('"') else _WORDS.get(arg) or _NAME.sub(lambda m: _words(m.group(0)), arg)
            for arg in (found.strip() for found in _ARG.findall(inside)) if arg]


def _words(name: str) -> str:
    return _WORDS.get(name) or name.replace(".", " ").lower()


def _read(name: str, args: list[str]) -> str:
    """One call in words."""
    first = args[0] if args else ""
    rest = " ".join(args[1:])
    if name == "SAME":
        return "and " + (_WORDS.get(first) or first)
    if name == "DAY.WHEN":
        return "on the day " + (" ".join(args) if len(args) > 1 else "I " + first)
    if name == "MEETING.AFTER":
        return f"the meeting after my {first}" + (f" on {rest}" if rest else "")
    if name == "ATTENDEES":
        return "who attended " + (f"the {first} on {rest}" if rest else first)
    if name in ("DINNER.FOOD", "LUNCH.FOOD", "BREAKFAST.FOOD"):
        return f"what did I eat for {name.split('.')[0].lower()} {' '.join(args)}"
    if name == "SLEEP.HOURS":
        return "how many hours did I sleep " + " ".join(args) if args else "sleep hours"
    if name == "HIGHER.OF" and len(args) == 2:
        return f"which is higher, {args[0]} or {args[1]}"
    if name == "COUNT":
        return "how many " + " ".join(args)
    if name == "SUM":
        return "total " + " ".join(args)
    if name in ("AVERAGEIF", "AVERAGE.IF") and len(args) == 2:
        return f"average {args[0]} on days with {args[1]}"
    return " ".join([_words(name), *args])


def from_formula(text: str) -> str:
    """``text`` read as words if it is a formula ("=..."), else as it is."""
    if not text.lstrip().startswith("="):
        return text
    quoted: list[str] = []  # quoted text may hold commas and brackets of its own ("the night of Monday (7/1)")

    def keep(text: str) -> str:
        quoted.append(text)
        return f'"\x00{len(quoted) - 1}"'

    def restore(text: str) -> str:
        return re.sub(r"\x00(\d+)", lambda m: restore(quoted[int(m[1])]), text)

    formula = re.sub(r'"([^"]*)"', lambda m: keep(m[1]), text.lstrip()[1:])
    for _ in range(8):  # innermost first; a call read is quoted text for the call around it
        formula, count = _CALL.subn(lambda m: keep(_read(m[1], [restore(arg) for arg in _args(m[2])])), formula)
        if not count:
            break
    formula = restore(_NAME.sub(lambda m: _words(m.group(0)), formula))
    formula = re.sub(r"\s+-\s+", " vs ", formula).replace('"', "")
    return re.sub(r"\s+", " ", formula).strip() + "?"
