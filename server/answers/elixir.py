"""A question typed as an Elixir pipeline, read as the English question it stands for.

A programmer pipes the log through functions: ``log |> meal("Monday", :lunch) |> food``, ``log |> coffees("today") |>
length``, ``log |> days(["A", "B"]) |> Enum.max_by(& &1.caffeine_mg)``, ``log |> nights |> Enum.group_by(& &1.last_coffee
>= ~T[3 pm]) |> mean(:hours)``, ``log |> day_when(said_by: "Lila", about: "Circe") |> dinner |> eaten``, and repeats the
last one with ``prev |> shift(:day_before)``. The pipeline is put into the HTTP request line it stands for (the first
function's name as the path, its arguments the parameters, what the later stages take what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR,
                                         read_as_request, request_line)

_PIPELINE = re.compile(r"^\s*[a-z_]\w*\s*\|>\s*(?P<stages>.+?)\s*$")
_STAGE = re.compile(r"^(?P<name>[A-Za-z_][\w.?!]*)\s*(?:\((?P<args>.*)\))?$")
_ARGUMENT = re.compile(r"""(?:(?P<key>\w+):\s+)?(?:"(?P<text>[^"]*)"|:(?P<atom>\w+)|(?P<number>\d+(?:\.\d+)?)|\[(?P<list>[^\]]*)\])""")
_FIELD = re.compile(r"&\s*&1\.(?P<field>\w+\??)(?:\s*>=?\s*(?:~T\[(?P<time>[^\]]+)\]|(?P<number>\d+(?:\.\d+)?)))?")
_KEYS = {"on": "day", "from": "from", "kind": "kind", "moved_by": "movedby", "said_by": "by", "about": "said", "km": "dist",
         "to": "day", "who": "from", "until": "until"}
_FIRST_STRING = {"wake": "woke", "night": "night", "nights": "night", "meeting": "title", "workout": "label",
                 "offsite_moved_by": "movedby", "flight_of": "flyer", "pet_of": "owner", "launch_of": "project", "daughter_of": "parent",
                 "meeting_after": "after", "night_after": "meeting", "day_of": "meeting"}
"""What a call's first string names where it is no day."""
_ATOM = {"km": "activity", "metres": "activity", "meters": "activity", "workouts": "week", "coffee_count": "week", "day_when": "did"}
"""What a call's atom names where it is no kind ("meal(..., :lunch)")."""
_TABLES = {"meal": "meals", "coffee_count": "coffees", "workout_on": "workouts", "wake": "nights", "night": "nights",
           "offsite_moved_by": "offsites", "flight_of": "flights", "pet_of": "pets", "launch_of": "launches", "daughter_of": "people",
           "meeting_after": "meetings", "night_after": "nights", "km": "workouts", "metres": "workouts", "meters": "workouts",
           "tip": "tips", "workout": "workouts", "meeting": "meetings", "day_of": "meals", "day_when": "meals"}
_SELECTED = {"length": "count", "Enum.count": "count", "Enum.sum": "sum", "hd": "first", "List.first": "first",
             "List.last": "last", "at": "time", "start": "time", "eaten": "food", "eaten_at": "place", "bed_time": "bed_time"}


def _arguments(text: str) -> tuple[list[str], list[str], dict[str, str]]:
    """The positional strings, the positional atoms and the keyword arguments of a call; a list's strings joined by "|"."""
    strings: list[str] = []
    atoms: list[str] = []
    named: dict[str, str] = {}
    for match in _ARGUMENT.finditer(text or ""):
        value = match["text"] if match["text"] is not None else match["atom"] or match["number"] or \
            "|".join(re.findall(r'"([^"]*)"', match["list"] or ""))
        if match["key"]:
            named[match["key"]] = value
        else:
            (atoms if match["atom"] else strings).append(value)
    return strings, atoms, named


def _stages(text: str) -> list[tuple[str, str]] | None:
    stages = []
    for part in re.split(r"\s*\|>\s*", text):
        stage = _STAGE.match(part.strip())
        if stage is None:
            return None
        stages.append((stage["name"], stage["args"] or ""))
    return stages


def _day_named(name: str, strings: list[str], atoms: list[str], named: dict[str, str]) -> str | None:
    """A day or night named by what happened on it: a distance done, something said, a meeting held."""
    if name == "day_when" and "by" in named:
        return f"dayof(by={named['by']},said={named.get('said', '')})"
    if name == "day_when" and atoms:
        return f"dayof(dist={named.get('dist', '')},did={atoms[0]})"
    if name in ("day_of", "night_after") and strings:
        return f"{'nightafter' if name == 'night_after' else 'dayof'}(meeting={strings[0]})"
    return None


def _habit(stages: list[tuple[str, str]], base: str) -> list[tuple[str, str]] | None:
    """The parameter of ``Enum.group_by(& &1.column >= value)``: a threshold, or a workout day against the others."""
    grouped = next((args for name, args in stages if name == "Enum.group_by"), None)
    field = _FIELD.search(grouped or "")
    if field is None:
        return None
    if field["time"] or field["number"]:
        column = field["field"].lower().replace("last_coffee", "lastcoffee").replace("dinner_time", "dinner").replace("dinner_at", "dinner")
        return [(("caffeine" if "caffeine" in column else column) + "_gte", field["time"] or field["number"])]
    return [("trained", "true")] if re.search(r"workout|trained|exercise", field["field"]) else None


def _request(stages: list[tuple[str, str]]) -> str | None:
    (name, args), later = stages[0], stages[1:]
    strings, atoms, keywords = _arguments(args)
    named = {_KEYS.get(key, key): value for key, value in keywords.items()}
    base = _TABLES.get(name, name if name.endswith("s") else name + "s")
    habit = _habit(later, base)
    if habit is not None:
        pairs = habit
    elif (day := _day_named(name, strings, atoms, named)) is not None:
        meal = next((stage for stage, _ in later if stage in ("breakfast", "lunch", "dinner", "supper")), None)
        pairs = [("night", day)] if name == "night_after" else [("day", day)] + ([("kind", meal)] if meal else [])
        later = [(stage, rest) for stage, rest in later if stage != meal]
    else:
        pairs = [(_FIRST_STRING.get(name, "day"), value) for value in strings[:1]] + [("day", value) for value in strings[1:2]]
        pairs += [(_ATOM.get(name, "kind"), value) for value in atoms[:1]]
        pairs += [(key, value) for key, value in named.items() if key != "since"]
        if named.get("since"):
            pairs.append(("week", "this"))
        pairs = [("week", value.replace("_week", "")) if key == "week" else (key, value) for key, value in pairs]
    words = [{"km": "km", "metres": "metres", "meters": "metres", "wake": "wake", "workout_on": "activity"}.get(name, "")]
    for stage, rest in later:
        if stage in ("Enum.max_by", "Enum.min_by"):
            field = _FIELD.search(rest)
            words += [field["field"].replace("workout_", "") if field else "", "compared"]
        elif stage in ("Enum.map", "mean", "Enum.group_by"):
            words += [] if stage == "Enum.group_by" else [_FIELD.search(rest)["field"] if _FIELD.search(rest) else rest.strip(": ")]
        else:
            words.append(_SELECTED.get(stage, stage))
    if name == "meeting_after":
        pairs.append(("take", "next"))
    if name == "daughter_of":
        pairs.append(("kind", "daughter"))
    if any("|" in value for _, value in pairs) and "compared" not in words:
        words = ["count", "compared"] if base == "coffees" and any(key == "week" for key, _ in pairs) else words + ["compared"]
    pairs.append(("select", "_".join(word for word in words if word)))
    return request_line(base, pairs)


def _again(stages: list[tuple[str, str]]) -> str | None:
    """``prev |> shift(:day_before)``, ``prev |> shift(to: "Monday")``, ``prev_meeting |> minutes``."""
    _, positional, keywords = _arguments(stages[0][1]) if stages else ([], [], {})
    if positional[:1] == ["day_before"]:
        return DAY_BEFORE
    if positional[:1] == ["night_before"]:
        return NIGHT_BEFORE
    if positional[:1] == ["today"] and keywords.get("until") == "now":
        return TODAY_SO_FAR
    if positional[:1] in (["today"], ["yesterday"]):
        return f"GET same&day={positional[0]}"
    pairs = [(_KEYS.get(key, key), value) for key, value in keywords.items()]
    return "GET same&" + "&".join(f"{key}={value}" for key, value in pairs) if pairs else None


def from_elixir(text: str) -> str:
    """``text`` as an English question when it is an Elixir pipeline over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*prev_meeting\s*\|>\s*(?:minutes|duration|length)\s*$", text):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*\w+\s*\|>\s*coffee_count\(:(?:this|last)_week\)\s*[<>]=?\s*\w+\s*\|>\s*coffee_count\(:(?:this|last)_week\)\s*$", text):
        return read_as_request(text, COFFEE_WEEKS)  # this week's count against last week's
    pipeline = _PIPELINE.match(text)
    stages = _stages(pipeline["stages"]) if pipeline else None
    if not stages:
        return text
    if re.match(r"^\s*prev\s*\|>", text):
        return read_as_request(text, _again([(name, args) for name, args in stages if name == "shift"]))
    return read_as_request(text, _request(stages))
