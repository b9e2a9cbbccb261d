"""A question typed as a Haskell list comprehension, read as the English question it stands for.

A programmer asks as a comprehension over lists of the log: ``[food m | m <- meals, day m == "Monday", kind m == Lunch]``,
``[attendees m | m <- meetings, title m == "Budget sync", day m == "today"]``, ``[venue m | r <- meetings, title r ==
"X", m <- meals, kind m == Lunch, day m == day r]``, ``rerun lastQuery previousDay``. What it yields, the lists it draws
from and the constructors it compares with (``Lunch``, ``Swim``) are read by the parts of their names through
``named_asks``; its strings are the values asked about. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled, threshold_habit

_COMPREHENSION = re.compile(r"^\s*\[\s*(?P<head>[^|\[\]]+?)\s*\|\s*(?P<body>.+?)\s*\]\s*$")
_RERUN = re.compile(r"^\s*rerun\s+lastQuery\s+(?P<what>.+?)\s*$")
_EQUALS = re.compile(r'\b([a-z][A-Za-z]*)\s+(\w+)\s*==\s*(?:"([^"]*)"|(\d+(?:\.\d+)?)|([A-Z]\w*))')


def _words(name: str) -> list[str]:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower().split()


def _again(what: str) -> str | None:
    if re.fullmatch(r"previous(Day|Night)", what):
        return f"and the {what[8:].lower()} before"
    if (value := re.search(r'"([^"]+)"', what)) is not None:
        return f"and {value[1]}"
    if re.search(r"(?i)minutes|duration|length", what):
        return "and how long was that meeting"
    return None


def _asked(head: str, body: str) -> str | None:
    sources = dict(re.findall(r"\b(\w+)\s*<-\s*(\w+)", body))  # variable -> the list it is drawn from
    values: list[str] = []
    titles: list[str] = []
    day = None
    fields: dict[str, str] = {}
    if elem := re.search(r"`elem`\s*\[([^\]]*)\]", body):
        values += re.findall(r'"([^"]+)"', elem[1])
    for field, var, quoted, number, constructor in _EQUALS.findall(body):
        fields[field] = quoted or number or constructor
        if field == "title":
            titles.append(quoted)
        elif quoted and field in ("day", "night", "date", "name", "passenger", "owner", "label"):
            values.append(quoted)
    variable = next((word for word in reversed(head.split()) if word in sources), head.split()[-1])
    parts = {part for word in head.split() if word != variable for part in _words(word)}
    head_source = sources.get(variable, "")
    parts |= set(_words(head_source))
    if "by" in fields and "about" in fields:
        day, values = f"on the day {fields['by']} mentioned {fields['about']}", []
    elif "verb" in fields and "km" in fields:
        day, values = f"on the day I {fields['verb']} {fields['km']} km", []
    elif titles and head_source != "meetings" and any(src == "meetings" for src in sources.values()):
        meeting = titles.pop()
        day = f"the night after the {meeting} meeting" if head_source == "nights" else f"on the day of the {meeting} meeting"
    if "kind" in fields:
        parts |= set(_words(fields["kind"]))
    if "activity" in fields:
        parts = parts - {"workouts", "workout"} | set(_words(fields["activity"]))
    if head_source == "meetings":
        parts |= {"meeting"}
    if head_source == "nights":
        parts |= {"night"}
    if "attendees" in parts:
        parts |= {"people"}
    asked = asked_by_name(parts, titles + values)
    return None if asked is None else filled(asked, titles + values, day)


_FOLDED = re.compile(r"^\s*(?P<fold>sum|length|maximum|minimum|head|last)\s+(?P<list>\[.+\])\s*$")
_SORTED = re.compile(r"^\s*sortOn\s*\([^)]*\)\s*\[\s*\(\s*\w+\s+\w+\s*,\s*(?P<head>\w+\s+\w+)\s*\)\s*\|\s*(?P<body>.+?)\]\s*$")
_THRESHOLD = re.compile(r'\b([a-z][A-Za-z]*)\s+\w+\s*>=\s*"?([^"\]\s]+(?:\s*[ap]m)?)"?')


def _folded(fold: str, head: str, body: str) -> str | None:
    """``sum [...]``, ``length [...]``, ``maximum [...]``: a total, a count, the last or the first."""
    extra = {"sum": " total", "length": " count", "maximum": " last", "minimum": " first", "head": " first", "last": " last"}[fold]
    week = re.search(r"\bthisWeek\b", body) is not None
    said = _asked(head + extra + (" week" if week else ""), body)
    return said if said is None or not week or "week" in said else said + " this week"


def _compound(text: str) -> str | None:
    """Two comprehensions compared (``mean [...] > mean [...]``, ``length [...] > length [...]``) or one sorted."""
    if re.search(r"\bthisWeek\b", text) and re.search(r"\blastWeek\b", text) and "coffee" in text:
        return "did I drink more coffee this week than last week"
    if text.lstrip().startswith("mean"):
        if threshold := _THRESHOLD.search(text):
            return threshold_habit(threshold[1], threshold[2])
        if re.search(r"\btrained\b", text):
            return "do I drink more coffee on workout days than on rest days" if "coffee" in text else \
                "do I sleep longer after workout days than after rest days"
    if text.lstrip().startswith("sortOn") and "caffeine" in text.lower() and (days := re.search(r'<-\s*\[\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\]', text)):
        return f"which day had more caffeine, {days[1]} or {days[2]}, with the mg of each"  # [(d, sum [caffeineMg c | ...]) | d <- [A, B]]
    if sorted_ := _SORTED.match(text):
        return _asked(sorted_["head"] + " compared", sorted_["body"])
    return None


def from_haskell(text: str) -> str:
    """``text`` as an English question when it is a list comprehension or a rerun of the last one; else as it is."""
    if "<-" not in text and not text.lstrip().startswith("rerun") and "lastAnswer" not in text:
        return text
    if (rerun := _RERUN.match(text)) is not None:
        said = _again(rerun["what"])
    elif re.search(r"\bmeetingOf\s+lastAnswer\b", text):
        said = "and how long was that meeting"
    elif (said := _compound(text)) is not None:
        pass
    elif (folded := _FOLDED.match(text)) and (inner := _COMPREHENSION.match(folded["list"])):
        said = _folded(folded["fold"], inner["head"], inner["body"])
    elif (comprehension := _COMPREHENSION.match(text)) is not None and "<-" in comprehension["body"]:
        said = _asked(comprehension["head"], comprehension["body"])
    else:
        return text
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
