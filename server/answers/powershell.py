"""A question typed as a PowerShell pipeline, read as the English question it stands for.

A cost controller asks as if the log answered cmdlets: ``Get-Meal -Day 'Monday' -Kind lunch | Select-Object -ExpandProperty
Food``, ``Get-Coffee -Day 'today' | Measure-Object``, ``Get-Coffee -Day 'A', 'B' | Group-Object Day | Measure-Object CaffeineMg
-Sum``, ``Get-Night | Group-Object LastCoffee -ge '3 pm' | Measure-Object Hours -Average``, ``Get-Said -Speaker 'Lila' -Topic
'Circe' | Get-Meal -Kind dinner | ...``, and repeats the last one with ``Repeat-Query -DayBefore``. The pipeline is put into
the HTTP request line it stands for (the first cmdlet's noun as the path, its parameters the parameters, the property and its
measure what is selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR, read_as_request, request_line

_PIPELINE = re.compile(r"^\s*Get-(?P<noun>[A-Z][A-Za-z]+)(?P<rest>(?:\s+-[A-Z]|\s*\|).*)$")
_AGAIN = re.compile(r"^\s*(?:Repeat-Query(?P<rest>(?:\s+-\w+(?:\s+(?:'[^']*'|[^-\s]\S*))?)+)|Get-LastMeeting\s*\|.*Minutes)\s*$")
_PARAMETER = re.compile(r"(?<!\S)-(?P<name>[A-Z]\w*)(?:\s+(?P<value>'[^']*'(?:\s*,\s*'[^']*')*|[^-|'\s,][^|\s,]*(?:\s*,\s*[^-|'\s,][^|\s,]*)*))?")
_NAMES = {"from": "from", "movedby": "movedby", "passenger": "flyer", "relation": "kind", "wokeon": "woke", "speaker": "by",
          "topic": "said", "person": "from"}
_PLURAL = {"person": "people", "day": "days"}


def _words(name: str) -> str:
    """A property's name in the request line's spelling: "AgeNextBirthday" -> "age_next_birthday"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()


def _parameters(segment: str) -> dict[str, str]:
    found = {}
    for match in _PARAMETER.finditer(segment):
        value = match["value"] or ""
        values = re.findall(r"'([^']*)'", value) or [part.strip() for part in value.split(",") if part.strip()]
        found[match["name"].lower()] = "|".join(values)
    return found


def _day_named(first: str, base: str, fields: dict[str, str]) -> str | None:
    """A day or night named by what the pipeline's first cmdlet found (a workout, a meeting, something said)."""
    if first == "said":
        return f"dayof(by={fields.get('speaker', '')},said={fields.get('topic', '')})"
    if first == "meeting" and "title" in fields:
        return f"{'nightafter' if base == 'nights' else 'dayof'}(meeting={fields['title']})"
    if first == "workout" and "did" in fields:
        return f"dayof(dist={fields.get('km', '')},did={fields['did']})"
    return None


def _request(noun: str, rest: str) -> str | None:
    segments = [segment.strip() for segment in rest.split("|")]
    first, fields = noun.lower(), _parameters(segments[0])
    base = _PLURAL.get(first, first + "s")
    pairs: list[tuple[str, str]] = []
    later = [segment for segment in segments[1:] if segment.startswith("Get-")]
    if later and later[0].startswith("Get-NextMeeting"):
        base = "meetings"
        pairs += [("after" if name == "label" else name, value) for name, value in fields.items()] + [("take", "next")]
    elif later:
        noun_later = re.match(r"Get-(\w+)", later[0])[1].lower()  # type: ignore[index]
        base = _PLURAL.get(noun_later, noun_later + "s")
        named = _day_named(first, base, fields)
        if named is None:
            return None
        pairs.append(("night" if base == "nights" else "day", named))
        pairs += [(name, value) for name, value in _parameters(later[0]).items() if name != "following"]
    else:
        for name, value in fields.items():
            if name == "week":
                value = "this|last" if "|" in value else "this" if value in ("current", "this") else "last"
            pairs.append((_NAMES.get(name, name), value))
    words: list[str] = []
    for segment in segments[1:]:
        if (group := re.match(r"Group-Object\s+(\w+)(?:\s+-ge\s+'?([^'|]+?)'?\s*$)?", segment)) is not None:
            if group[2]:
                pairs.append((_words(group[1]).replace("last_coffee", "lastcoffee").replace("day_caffeine_mg", "caffeine")
                              .replace("dinner_at", "dinner") + "_gte", group[2]))
            elif "workout" in group[1].lower():
                pairs.append(("trained", "true"))
        elif (measure := re.match(r"Measure-Object(?:\s+(\w+))?(?:\s+-(Sum|Average|Maximum|Minimum))?", segment)) is not None:
            words += [_words(measure[1])] if measure[1] else ["count"]
            words += [{"Sum": "sum", "Average": "mean", "Maximum": "last", "Minimum": "first"}[measure[2]]] if measure[2] else []
        elif (select := re.match(r"Select-Object\s+(.*)$", segment)) is not None:
            words += ["first"] if "-First" in select[1] else ["last"] if "-Last" in select[1] else []
            words += [_words(name) for name in re.findall(r"(?:-ExpandProperty\s+|,\s*|^)([A-Z]\w*)", select[1])
                      if name not in ("Night", "Day") and not (name == "Name" and "," in select[1])]  # "Select-Object Name, Count"
    if any("|" in value for name, value in pairs if name != "week"):
        words = [word for word in words if word not in ("first", "last")] + ["compared"]
    if ("week", "this|last") in pairs:
        words = ["count", "compared"]
    pairs.append(("select", "_".join(words)))
    return request_line(base, pairs)


def _again(rest: str | None) -> str | None:
    if rest is None:
        return MEETING_MINUTES  # Get-LastMeeting | ... Minutes
    fields = _parameters(rest)
    if "daybefore" in fields:
        return DAY_BEFORE
    if "nightbefore" in fields:
        return NIGHT_BEFORE
    if fields.get("day") == "today" and fields.get("until") == "now":
        return TODAY_SO_FAR
    return "GET same&" + "&".join(f"{_NAMES.get(name, name)}={value}" for name, value in fields.items())


def from_powershell(text: str) -> str:
    """``text`` as an English question when it is a PowerShell pipeline over the log or a rerun of one; else as it is."""
    if (again := _AGAIN.match(text)) is not None:
        line = _again(again["rest"])
    elif (pipeline := _PIPELINE.match(text)) is not None:
        line = _request(pipeline["noun"], pipeline["rest"])
    else:
        return text
    return read_as_request(text, line)
