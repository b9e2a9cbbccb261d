"""A question typed as an XPath expression, read as the English question it stands for.

A programmer asks as a path through a document of the log: ``//day[@date="Monday"]/lunch/food``,
``//meeting[@title="Budget sync"][@date="today"]/attendee/@name``, ``//night[@date="A" or @date="B"]/@slept-h``,
``count(//week[@current]/workout)``, ``//day[said[@by="Kofi"]/@about="Radiolab"]/dinner/food``,
``//night[preceding::coffee[1]/@time >= "3 pm"]/@slept-h``, ``$last[@date="today"]``. Its steps and attributes are read
by the parts of their names (``@metres-or-km`` of a swim: how far did I swim), its quoted values are what they ask about.
Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled

_LOOKS_XPATH = re.compile(r"^\s*(?:(?:count|sum)\(\s*)?(?://[a-z][\w-]*(?=[\[/)])|\$last(?=[\[/]|\s*$))")
_QUOTED = re.compile(r'@(\w[\w-]*)\s*=\s*"([^"]*)"')
_LATE = re.compile(r'preceding::(coffee|dinner|supper|meal)\[1\]/@time\s*>=?\s*"([^"]+)"')
_DOSE = re.compile(r"preceding::day\[1\]/sum\(coffee/@caffeine-mg\)\s*>=?\s*(\d+)")


def _follow_up(text: str) -> str | None:
    """``$last...``: the question before, asked again of another value, day or the meeting it found."""
    if re.search(r"preceding::(day|night)\[(?:position\(\)\s*=\s*)?1\]", text):
        return "and the {} before".format(re.search(r"preceding::(day|night)", text)[1])  # type: ignore[index]
    if re.search(r"/meeting/@(?:minutes|duration|length)", text):
        return "and how long was that meeting"
    values = [value for _, value in _QUOTED.findall(text)]
    return f"and {' '.join(values)}" if values else None


def _parts(text: str) -> set[str]:
    """The words of the steps and attributes the path names, its quoted values and predicates left out."""
    bare = re.sub(r'"[^"]*"', " ", text)
    while re.search(r"\[[^\[\]]*\]", bare):
        bare = re.sub(r"\[[^\[\]]*\]", " ", bare)  # [@date=...], [preceding::meeting[1]/@title=...]: predicates
    names = re.findall(r"[A-Za-z][\w-]*", bare)
    return {part for name in names for part in name.lower().split("-")} - {"count", "sum", "or", "and", "position", "preceding"}


def _asked(text: str) -> str | None:
    if late := _LATE.search(text):
        return f"do I sleep less after {'coffee' if late[1] == 'coffee' else 'dinner'} at {late[2]} or later"
    if dose := _DOSE.search(text):
        return f"how do I sleep after days of {dose[1]} mg of caffeine or more compared to other nights"
    if re.search(r"//day\[workout\]", text):
        return "do I drink more coffee on workout days than on rest days" if "coffee" in text else \
            "do I sleep longer after workout days than after rest days"
    if re.search(r"@current\b", text) and re.search(r"@previous\b", text):
        return "did I drink more coffee this week than last week" if "coffee" in text else None
    week = " this week" if re.search(r"//week\[@current\]", text) else " last week" if "@previous" in text else ""
    quoted = _QUOTED.findall(text)
    values = [value for key, value in quoted if key not in ("by", "about", "title")]
    titles = [value for key, value in quoted if key == "title"]
    parts = _parts(text)
    day = None
    if said := re.search(r'said\[@by="([^"]+)"\]/@about="([^"]+)"', text):
        day = f"on the day {said[1]} mentioned {said[2]}"
    elif on := re.search(r'//day\[meeting/@title="([^"]+)"\]', text):
        day = f"on the day of the {on[1]} meeting"
        titles = []
    elif after := re.search(r'preceding::meeting\[1\]/@title="([^"]+)"', text):
        day = f"the night after the {after[1]} meeting"
        titles = []
    if re.search(r"^\s*count\(", text):
        parts |= {"count"}
    if re.search(r"^\s*sum\(", text) or re.search(r"/sum\(", text):
        parts |= {"total"}
    if " or @" in text and len(values) >= 2:
        parts |= {"compared"}
    if "attendee" in parts or "attendees" in parts:
        parts |= {"people"}
    if titles:
        parts |= {"meeting"}
    if "workout" in parts and {"name"} & {key for key, _ in quoted}:
        values = [value for key, value in quoted if key == "name"] + [v for k, v in quoted if k == "date"]
    asked = asked_by_name(parts, titles + values)
    if asked is None:
        return None
    said = filled(asked, titles + values, day)
    return said if "week" in said or not (week and "{0}" in asked and not values and not titles) else said + week


def from_xpath(text: str) -> str:
    """``text`` as an English question when it is an XPath expression; else ``text`` as it is."""
    if not _LOOKS_XPATH.match(text):
        return text
    said = _follow_up(text) if text.lstrip().startswith("$last") else _asked(text)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
