"""A question typed as an ldapsearch command, read as the English question it stands for.

An engineer asks as a search of a directory of the log: ``ldapsearch -b ou=meals "(&(kind=lunch)(dt=Monday))" food``,
``ldapsearch -b ou=meetings "(dt=today)" dn | grep -c ^dn``, ``ldapsearch -b ou=nights "(|(nt=A)(nt=B))" night slept |
sort -k2 -r``, ``!ldapsearch with dt=dt-1``. The base, the filter's attributes and what is asked for are read by the parts
of their names through ``named_asks``; the filter's values are what they ask about. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled

_SEARCH = re.compile(r'^\s*ldapsearch\s+-b\s+ou=(?P<base>\w+)\s+"(?P<filter>[^"]*)"\s*(?P<rest>.*)$')
_AGAIN = re.compile(r"^\s*!ldapsearch\s+with\s+(?P<what>.+?)\s*$")
_TERM = re.compile(r"\((\w+)=((?:[^()]|\([^()]*\))*)\)")  # a value may hold a bracket: "(dt=Gul (13/10))"
_VALUE_KEYS = ("label", "cn", "person", "owner", "movedBy", "project", "dt", "nt", "wokeOn")


def _words(name: str) -> list[str]:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower().split()


def _again(what: str) -> str | None:
    if re.search(r"\b(dt|nt)=\1-1\b", what):
        return "and the day before" if what.startswith("dt") else "and the night before"
    if (pair := re.match(r"(\w+)=(.+?)(?:\s+until=now)?$", what)) is not None:
        return f"and {pair[2]}" + (" so far" if "until=now" in what else "")
    return None


def _day_named(text: str) -> tuple[str | None, str]:
    """A day or night named by what happened (``dayOf=ou=said?(...)``), and the filter without it."""
    match = re.search(r"\((day|night)Of=ou=(\w+)\?(\(.*?\)\)?)\)", text)
    if match is None:
        return None, text
    inner = dict(_TERM.findall(match[3]))
    if match[2] == "said" and "speaker" in inner:
        day = f"on the day {inner['speaker']} mentioned {inner.get('about', '')}"
    elif match[2] == "meetings" and "cn" in inner:
        day = f"the night after the {inner['cn']} meeting" if match[1] == "night" else f"on the day of the {inner['cn']} meeting"
    elif match[2] == "workouts" and "past" in inner:
        day = f"on the day I {inner['past']} {inner.get('distKm', '')} km"
    else:
        return None, text
    return day, text.replace(match[0], " ")


def _asked(base: str, filter_: str, rest: str) -> str | None:
    day, filter_ = _day_named(filter_)
    terms = _TERM.findall(filter_)
    fields = dict(terms)
    attrs, _, pipes = rest.partition("|")
    parts = {re.sub(r"(?<=ch)es$|(?<!s)s$", "", base)} | {part for attr in attrs.split() for part in _words(attr)} - {"dn", "day", "night"}
    if "kind" in fields:
        parts.add(fields.pop("kind").lower())
    for key in ("tip", "species"):
        if key in fields:
            parts.add(fields.pop(key).lower())
    if "activity" in fields:
        parts = parts - {"workout"} | {fields.pop("activity").lower()}
    week = fields.pop("week", None)
    values = [value for key, value in terms if key in _VALUE_KEYS and key in fields and key != "week"]
    if filter_.lstrip().startswith("(|") and "week=" in filter_:
        return "did I drink more coffee this week than last week" if base.startswith("coffee") else None
    if filter_.lstrip().startswith("(|") and len(values) >= 2:
        parts.add("compared")
    if re.search(r"grep\s+-c|\bwc\s+-l|\bcount\b", pipes):
        parts.add("count")
    if re.search(r"\b(?:tally|total|sum)\b", pipes):
        parts.add("total")
    if re.search(r"sort\b[^|]*\|\s*head\s+-1", pipes):
        parts |= {"first", "time"}
    if re.search(r"sort\b[^|]*\|\s*tail\s+-1", pipes):
        parts |= {"last", "time"}
    if base == "meetings":
        parts.add("meeting")
    if parts & {"member", "members"}:
        parts |= {"people"}
    asked = asked_by_name(parts, values)
    if asked is None:
        return None
    said = filled(asked, values, day)
    return said + " this week" if week == "current" and "week" not in said else said


def from_ldap_search(text: str) -> str:
    """``text`` as an English question when it is an ldapsearch command or a rerun of it; else ``text`` as it is."""
    if (again := _AGAIN.match(text)) is not None:
        said = _again(again["what"])
    elif (search := _SEARCH.match(text)) is not None:
        said = _asked(search["base"], search["filter"], search["rest"])
    else:
        return text
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
