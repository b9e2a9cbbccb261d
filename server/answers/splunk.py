"""A question typed as a Splunk search over the log's events, read as the English question it stands for.

An operator asks as one search: ``search sourcetype=meals meal=lunch day="Monday" | table food``, ``search sourcetype=drinks
drink=coffee day="today" | stats count``, ``... | stats sum(km)``, ``... | stats earliest(time)`` for the first, ``day="A" OR
day="B" | stats sum(caffeine_mg) by day`` for two compared, ``| eval late=if(last_coffee>="3 pm",1,0) | stats avg(hours) by
late`` for a habit, a day found by a subsearch (``[search sourcetype=meetings title="X" | fields day]``), and repeats the last
one with ``| savedsearch last shift_day=-1``. The search is put into the HTTP request line it stands for (its sourcetype as the
path, its fields the parameters, the field tabled or the statistic what is selected), which ``http_requests`` reads. Pure
functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, pair_line, read_as_request, request_line, rerun

_SEARCH = re.compile(r"^\s*search\s+sourcetype\s*=\s*(?P<type>\w+)\b(?P<rest>.*)$", re.I)
_FIELD = re.compile(r'(?<![\w.$])(?P<key>[a-z_]\w*)\s*(?P<op>=|<|>)\s*(?:"(?P<text>[^"]*)"|(?P<word>[^\s|\]"]+))')
_SUBSEARCH = re.compile(r"\[\s*search\s+sourcetype\s*=\s*(?P<type>\w+)(?P<inner>[^\]]*)\|\s*fields\s+(?P<field>\w+)\s*\]")
_RECORDS = {"recs": "tips", "events": "tips", "sleep": "nights", "drinks": "coffees", "family": "people"}
_KEYS = {"from": "from", "changed_by": "movedby", "moved_by": "movedby", "passenger": "flyer", "owner": "owner", "project": "project",
         "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity",
         "woke_on": "day"}
_KINDS = ("medium", "species", "relation", "event", "meal")
_SELECTED = {"arrival_time": "landing", "bed_time": "bed_time", "wake_time": "wake_time", "start": "time", "time": "time",
             "next_age": "age_next_birthday", "caffeine_mg": "caffeine_mg", "kind": "activity"}


def _day_named(sub: re.Match[str]) -> str | None:
    """A subsearch that names a day (or a night) by what happened: a meeting, a workout of a distance, something said."""
    inner = {m["key"]: m["text"] if m["text"] is not None else m["word"] for m in _FIELD.finditer(sub["inner"])}
    if sub["type"].lower() == "meetings" and "title" in inner:
        return f"nightafter(meeting={inner['title']})" if sub["field"] == "night" else f"dayof(meeting={inner['title']})"
    if "km" in inner and "verb" in inner:
        return f"dayof(dist={inner['km']},did={inner['verb']})"
    said = re.search(r'(?<!=)"([^"]+)"(?!\s*=)', re.sub(r'\w+\s*=\s*"[^"]*"', "", sub["inner"]))
    if "speaker" in inner and said is not None:
        return f"dayof(by={inner['speaker']},said={said[1]})"
    return None


def _habit(text: str) -> str | None:
    """``| eval x=if(column>=V,1,0) | stats avg(hours) by x``, or ``| stats avg(hours) by trained``."""
    threshold = re.search(r'if\(\s*(\w+)\s*>=\s*"?([^",)]+)"?\s*,', text)
    if threshold is not None and re.search(r"stats\s+avg\(\s*hours\s*\)", text):
        column = threshold[1]
        name = "caffeine" if "mg" in column or "caffeine" in column else "lastcoffee" if "coffee" in column else \
            "dinner" if "dinner" in column else column
        return f"GET /nights?{name}_gte={threshold[2].strip()}&select=hours"
    trained = re.search(r"stats\s+avg\(\s*(\w+)\s*\)\s+by\s+(?:trained|workout\w*|exercise\w*)\b", text)
    if trained is not None:
        return f"GET /{'days' if trained[1] in ('cups', 'coffees') else 'nights'}?trained=true&select={trained[1]}"
    return None


def _request(search: re.Match[str]) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape of search
    text, source = search.string, search["type"].lower()
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r"earliest\s*=\s*-1w@w1", text) and re.search(r"by\s+week\b", text):
        return COFFEE_WEEKS
    sub = _SUBSEARCH.search(search["rest"])  # (its own pipe is not the search's)
    head, _, pipes = (_SUBSEARCH.sub("", search["rest"]) if sub else search["rest"]).partition("|")
    pipes = "|" + pipes if pipes else ""
    either = re.search(r'\b(day|night)\s*=\s*"([^"]*)"\s+OR\s+\1\s*=\s*"([^"]*)"', head)
    statistic = re.search(r"stats\s+(\w+)(?:\(\s*(\w+)\s*\))?", pipes)
    if either is not None:
        measured = statistic[2] if statistic and statistic[2] else ""
        return pair_line(either[2], either[3], either[1] == "night" or source == "sleep", "caffeine" in measured)
    base = _RECORDS.get(source, source)
    pairs: list[tuple[str, str]] = []
    named = {m["key"]: m["text"] if m["text"] is not None else m["word"] for m in _FIELD.finditer(head)}
    for key in _KINDS:
        if key in named and not (key == "meal" and base != "meals"):
            pairs.append(("kind", named[key]))
    if source == "events" and named.get("event") == "offsite":
        pairs = [("kind", "offsite")]
    if "after_workout" in named:
        return request_line("meetings", [("after", named["after_workout"]), ("day", named.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    if sub is not None and (day := _day_named(sub)) is not None:
        pairs.append(("night" if sub["field"] == "night" else "day", day))
    for key, value in named.items():
        if key in _KEYS and value:
            pairs.append((_KEYS[key], value))
    if re.search(r"earliest\s*=\s*@w1?\b", head):
        pairs.append(("week", "this"))
    tabled = re.search(r"\|\s*table\s+(\w+)", pipes)
    words: list[str] = []
    if tabled is not None:
        words = [_SELECTED.get(tabled[1], tabled[1])]
    elif statistic is not None:
        function, field = statistic[1].lower(), statistic[2] or ""
        if function == "count":
            words = ["meeting_count" if base == "meetings" else "count"]
        elif function in ("earliest", "latest", "min", "max", "first", "last"):
            words = ["first" if function in ("earliest", "min", "first") else "last", _SELECTED.get(field, field)]
        elif function == "avg" and field in ("bpm", "heart_rate", "hr"):
            words = ["avg_bpm"]
        elif function == "sum":
            words = [_SELECTED.get(field, field)] + (["sum"] if field in ("km", "caffeine_mg", "metres", "mg") else [])
    if base == "workouts" and any(key == "activity" for key, _ in pairs) and "km" not in words and "metres" not in words \
            and "minutes" not in words:
        words.insert(0, "km")
    pairs.append(("select", "_".join(word for word in words if word)))
    return request_line(base, pairs)


def _again(text: str) -> str | None:
    """``| savedsearch last shift_day=-1`` (or ``shift_night=-1``, ``day="X"``, ``who="X"``, ``day=today latest=now``)."""
    return rerun(text, r"\b\w*day\s*=\s*-1\b", r"\b\w*night\s*=\s*-1\b", r"\bday\s*=\s*today\b", r"\blatest\s*=\s*now\b",
                 r'\b(day|who)\s*=\s*"([^"]*)"')


def from_splunk(text: str) -> str:
    """``text`` as an English question when it is a Splunk search over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*\|\s*savedsearch\s+last\b", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*search\s+sourcetype\s*=\s*meetings\s+id\s*=\s*\$\w+\.id\$", text):
        return read_as_request(text, MEETING_MINUTES)
    search = _SEARCH.match(text)
    return text if search is None else read_as_request(text, _request(search))
