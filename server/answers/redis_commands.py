"""A question typed as a Redis command, read as the English question it stands for.

A Redis engineer asks as a command: ``HGET "Monday" dinner:food``, ``SMEMBERS "Budget sync" attendees "today"``, ``MGET
sleep:hours "Monday night" "last night"``, ``MGET coffee:cups:thisweek coffee:cups:lastweek``, ``HGET sleep:effect
"coffee:3 pm+"``, ``RETRY "yesterday"``. Its keys and fields are read by the parts of their names (``cycle:km``: how many
km did I cycle; ``coffee:firstAt``: what time was my first coffee), its strings are the values they ask about ("Kofi said
Radiolab": the day Kofi mentioned Radiolab). Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import VALUES, asked_by_name, filled

_COMMAND = re.compile(r"^\s*(?P<cmd>HGET|HMGET|HGETALL|GET|MGET|SMEMBERS|SCARD|LRANGE|ZRANGE|ZSCORE|RETRY)\s+(?P<args>.+?)\s*;?\s*$")
_ARG = re.compile(r'"([^"]*)"|(\S+)')
_SAID = re.compile(r"^((?-i:[A-Z])[\w'’]*)\s+(?:said|mentioned|raised|told)\s+(.+)$", re.I)
_LATE = re.compile(r"^(dinner|supper|coffee|cup|caffeine):\s*(\d{1,2}(?::\d\d)?\s*[ap]m)\s*\+$", re.I)
_WORKOUT_DAYS = {"workoutdays", "workout-days", "trainingdays", "training-days", "exercisedays"}


def _words(key: str) -> list[str]:
    """A key's or field's words: its segments, camelCase and run-together words apart ("coffee:firstAt" -> coffee,
    first, at; "sleep:hours:nextnight" -> sleep, hours, next, night)."""
    words: list[str] = []
    for segment in re.split(r"[:._/-]", key):
        spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", segment).lower()
        spaced = re.sub(r"^(next|last|this|first|since)(?=[a-z]{3,})", r"\1 ", spaced)  # "nextnight", "lastweek", "thisweek"
        spaced = re.sub(r"(?<=[a-z]{3})(days|week|night)$", r" \1", spaced)  # "workoutdays", "restdays"
        words.extend(spaced.split())
    return words


def _asked(cmd: str, keys: list[str], strings: list[str]) -> str | None:
    parts = {word for key in keys for word in _words(key)}
    if "effect" in parts or "cost" in parts:  # a habit: HGET sleep:effect "coffee:3 pm+", HGET coffee:effect workoutdays
        late = next((m for s in strings + keys if (m := _LATE.match(s))), None)
        if late:
            return f"do I sleep less after {'dinner' if late[1].lower() in ('dinner', 'supper') else 'coffee'} at {late[2]} or later"
        if {k.lower() for k in keys} & _WORKOUT_DAYS or {s.lower() for s in strings} & _WORKOUT_DAYS:
            if parts & {"coffee", "cups", "cup", "coffees"}:
                return "do I drink more coffee on workout days than on rest days"
            return "do I sleep longer after workout days than after rest days"
        return None
    if cmd == "MGET" and len(keys) >= 2 and {"this", "last"} <= parts and "week" in parts:
        return "did I drink more coffee this week than last week" if parts & {"coffee", "cups", "coffees"} else None
    day = None
    values: list[str] = []
    for string in strings:
        said = _SAID.match(string)
        if said and not re.search(r"\d", said[2]):
            day = f"on the day {said[1]} mentioned {said[2]}"
        else:
            values.append(VALUES.get(string, string))
    if parts & {"next", "after", "following"} and "night" in parts and values:  # sleep:hours:nextnight "Budget sync"
        day = f"the night after the {values.pop(0)} meeting"
        parts -= {"next", "after", "following", "night"}
    if cmd == "MGET" and len(values) >= 2:
        parts |= {"compared"}
    if cmd == "SCARD":
        parts |= {"count"}
    if "attendees" in parts or "members" in parts:
        parts |= {"meeting", "people"}
    asked = asked_by_name(parts, values)
    return None if asked is None else filled(asked, values, day)


def from_redis(text: str) -> str:
    """``text`` as an English question when it is a Redis command; else ``text`` as it is."""
    match = _COMMAND.match(text)
    if match is None:
        return text
    args = [(m[1], m[2]) for m in _ARG.finditer(match["args"])]
    strings = [quoted for quoted, bare in args if quoted is not None]
    keys = [bare for quoted, bare in args if bare is not None]
    if match["cmd"] == "RETRY":
        return f"and {' '.join(strings + [VALUES.get(k, k) for k in keys])}?"
    if "lastmeeting" in {k.lower() for k in keys} or "last-meeting" in keys:
        return "and how long was that meeting?" if re.search(r"minutes|length|duration", match["args"], re.I) else text
    said = _asked(match["cmd"], keys, strings)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
