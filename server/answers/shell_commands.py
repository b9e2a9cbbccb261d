"""A question typed as a shell command or a web address, read as words: "$ coffee --count --this-week --vs last-week",
"$ dinner --what --on-day-of 'swam 1.7 km'", "$ !! --today" (the last question again, for today), "/workouts/count?week=this",
"/sleep/avg?split=workout-day,rest-day", "&shift=-1day" (the last question again, a day earlier).

The command names what is asked about; its options say what of it ("--count": how many, "--hours": how long, "--what":
what, "--avg-per-day": the average a day), which day ("--on", "--since monday": this week) and whose ("--from",
"--person"); "!!" repeats the last question. Pure functions of the text.
"""

from __future__ import annotations

import re

_COMMAND = re.compile(r"^\s*\$\s+(?P<cmd>!!|[\w-]+)(?P<rest>.*)$")
_OPTION = re.compile(r"--(?P<name>[\w-]+)(?:[ =](?P<value>'[^']*'|\"[^\"]*\"|(?!--)[^\s'\"]+))?")
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_WHAT = {"count": "how many", "hours": "how many hours", "what": "what", "avg-per-day": "average per day",
         "distance": "how far", "km": "how many km", "time": "what time", "first": "first", "last": "last",
         "attendees": "who attended", "who": "who attended", "length": "how long was", "mg": "how many mg",
         "minutes": "how many minutes"}
_THINGS = {"coffee": "coffees", "meeting": "meetings", "workout": "workouts", "run": "runs", "swim": "swims"}


def from_command(text: str) -> str:
    """``text`` read as words if it is a shell command ("$ ..."), else as it is."""
    match = _COMMAND.match(text)
    if match is None:
        return text
    cmd, rest = match["cmd"], match["rest"]
    options = {m["name"].lower(): (m["value"] or "").strip("'\"") for m in _OPTION.finditer(rest)}
    loose = [a or b for a, b in _QUOTED.findall(_OPTION.sub("", rest))]  # a second quoted value ("--split 'a' 'b'")
    if cmd == "!!":
        return "and " + " ".join(v or k.replace("-", " ") for k, v in options.items()) + "?"
    person = options.get("from") or options.get("person") or options.get("daughter-of")
    if cmd.endswith("-tip") and person:
        return f"which {cmd[:-4]} did {person} recommend?"
    if cmd == "age" and person:
        return f"how old will {person}'s daughter turn at her birthday?"
    if cmd == "offsite":
        return "where is the offsite now" + (f" according to {options['per']}" if options.get("per") else "") + "?"
    if "compare" in options and options["compare"] and loose:  # "--compare 'a' 'b'": which of the two had more
        asked = f"which {cmd} was longer" if "minutes" in options else f"which day had more {cmd.replace('-', ' ')}"
        return f"{asked}, {options['compare']} or {loose[0]}?"
    thing = "" if options.get("title") else _THINGS.get(cmd, cmd.replace("-", " "))  # the title says which
    words = [w for key, w in _WHAT.items() if key in options]
    what = " ".join(words)
    if what in ("what", "how many hours") or not what:
        subject = cmd if what == "what" else ("did I sleep" if cmd == "sleep" else thing)
        phrase = (f"what did I eat for {cmd}" if what == "what" and cmd in ("dinner", "lunch", "breakfast")
                  else f"{what} {subject}".strip())
    elif what == "average per day":
        phrase = f"average {thing} per day"
    else:
        phrase = f"{what} {thing}"
    if options.get("title"):
        phrase += f" the {options['title']} meeting"
    if options.get("night-after"):
        phrase += f" the night after the {options['night-after']}"
    if "on-day-of" in options:
        phrase += f" on the day I {options['on-day-of']}"
    for key in ("on", "night", "day"):
        if options.get(key):
            phrase += f" {options[key]}"
    if "since" in options and options["since"].lower() == "monday":
        phrase += " this week"
    if "this-week" in options:
        phrase += " this week"
    if options.get("vs"):
        phrase += f" vs {options['vs'].replace('-', ' ')}"
    if "split" in options and options["split"]:
        phrase += f" on {options['split']}s vs " + (f"{loose[0]}s" if loose else "other days")
    for key in ("today", "yesterday"):
        if key in options:
            phrase += f" {key}"
    return re.sub(r"\s+", " ", phrase).strip() + "?"


_URL = re.compile(r"^\s*/(?P<path>[\w/-]*)(?:\?(?P<query>.*))?$")
_SHIFT = re.compile(r"^\s*&shift=-1(day|night)\s*$")


def from_address(text: str) -> str:
    """``text`` read as words if it is a web address's path and query ("/km?activity=running&from=monday"), else as it is."""
    if shift := _SHIFT.match(text):
        return f"and the {shift[1]} before?"
    match = _URL.match(text)
    if match is None:
        return text
    path = [part for part in match["path"].split("/") if part]
    query = dict((pair.split("=", 1) + [""])[:2] for pair in (match["query"] or "").split("&") if pair)
    if not path:
        return text
    thing, verbs = path[0], path[1:]
    when = " ".join(filter(None, ["this week" if query.get("week") == "this" or query.get("from") == "monday" else "",
                                  "so far" if query.get("to") == "now" else ""]))
    if "split" in query:
        parts = query["split"].replace("-", " ").split(",")
        other = f"on {parts[1]}s" if len(parts) > 1 else "on other days"
        return f"average {thing} on days with {parts[0]} vs {other}?" if len(parts) == 1 else f"average {thing} on {parts[0]}s vs {other}?"
    if query.get("recommended-by"):
        return f"which {thing} did {query['recommended-by']} recommend?"
    if "compare" in verbs and "minutes" in verbs and "a" in query and "b" in query:
        return f"which {thing} was longer, {query['a']} or {query['b']}?"
    if "compare" in verbs and "a" in query and "b" in query:
        return f"how many {_THINGS.get(thing, thing)} {query['a'].replace('-', ' ')} vs {query['b'].replace('-', ' ')}?"
    if "day-when" in query:
        said = f" mentioned {query['said']}" if query.get("said") else ""
        return f"what did I eat for {thing} on the day {query['day-when']}{said}?"
    if "on-the-day" in query:
        return f"what did I eat for {thing} on the day {query['on-the-day']}?"
    if "count" in verbs:
        return f"how many {thing} {when or query.get('day', '')}?".replace("  ", " ").replace(" ?", "?")
    if thing == "km":
        return f"how many km {query.get('activity', '')} {when}?".replace("  ", " ")
    return " ".join([thing, *verbs, *(f"{k} {v}" for k, v in query.items())]) + "?"
