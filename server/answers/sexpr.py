"""A question typed as a Lisp expression, read as the English question it stands for.

A programmer asks as code: ``(attendees (meeting "Design review" "today"))``, ``(km-covered (run-on "yesterday"))``,
``(longer-with-both-minutes (workout "Monday") (workout "today"))``, ``(same-query (person "Malik"))``. The expression
is parsed (strings, symbols, lists) and each function is said as the words it names: a known one by its phrase, any
other by its name's words ("avg-heart-rate" -> "avg heart rate"). Pure functions of the text.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\(|\)|\"[^\"\n]*\"|[^\s()\"]+")
_LOOKS_LISP = re.compile(r"^\s*\(\s*[a-z][\w?!*+-]*[\s)]")

Node = str | list["Node"]

# A function's phrase: its arguments' phrases go where {0}, {1} stand ({rest}: all of them, blank apart).
_PHRASES: dict[str, str] = {
    "attendees": "who was at {0}", "meeting": "the {0} meeting {rest1}", "next-meeting": "the meeting right {0}",
    "after": "after {0}", "workout": "the {0} {rest1}", "training": "my workout {0}", "day-of": "the day of {0}",
    "avg-heart-rate": "what was my average heart rate during {0}", "activity-type": "what kind of workout did I do {0}",
    "book-title": "which book did {0} recommend", "film-title": "which film did {0} recommend",
    "podcast": "which podcast did {0} recommend", "restaurant-name": "which restaurant did {0} recommend",
    "recommended-by": "{0}", "must-see-per": "{0}", "praised-by": "{0}", "per": "{0}", "person": "{0}",
    "pet-name": "what is the name of {0}", "new-dog-of": "{0}'s new dog", "daughter-age": "how old will {0}'s daughter turn",
    "new-launch-date": "what is the new date of the {0} launch according to {1}", "offsite-city": "where is the offsite now, according to {0}",
    "day-when": "the day {0} {1}", "mentioned": "mentioned {0}", "ran": "I ran {0}", "swam": "I swam {0}",
    "dishes": "what did I eat for {0}", "foods": "what did I eat for {0}", "where": "where did I have {0}",
    "hours": "how many hours did I sleep {0}", "sleep-on": "{0}", "sleep": "{0}", "bedtime": "what time did I go to bed {0}",
    "km": "how many km {0}", "bike-ride": "did I cycle {0}", "km-covered": "how many km {0}", "run-on": "did I run {0}",
    "length-swum": "how far did I swim {0}", "length": "how many {0}", "coffees-drunk": "coffees did I drink {0}",
    "workouts-done": "workouts did I do {0}", "meetings-held": "meetings did I have {0}", "this-week": "this week",
    "minutes": "how long was {0} in minutes", "that-meeting": "that meeting",
    "longer-with-both-hours": "which night did I sleep longer, {0} or {1}, with the hours of each",
    "longer-with-both-minutes": "which workout was longer, {0} or {1}, with the minutes of each",
    "more-with-both-mg": "which day had more caffeine, {0} or {1}, with the mg of each", "caffeine": "{0}",
    "more-cups-on?": "do I drink more coffee on {0} than on {1}", "longer-sleep-after?": "do I sleep longer after {0} than after {1}",
    "shorter-nights?": "do I sleep less {0}", "dinner-at-or-after": "dinner at {0} or later",
    "coffee-at-or-after": "coffee at {0} or later", "compare-sleep": "how do I sleep {0} compared to {1}",
    "nights-after": "after days of {0}", "caffeine-at-least": "{0} of caffeine or more", "other-nights": "other nights",
    "sum-mg": "how much caffeine in mg {0}", "same-query": "and {0}", "previous-night": "the night before",
    "previous-day": "the day before", "workout-days": "workout days", "rest-days": "rest days",
}
_MEALS = ("breakfast", "lunch", "dinner")


def _parse(tokens: list[str], at: int) -> tuple[Node, int]:
    if tokens[at] != "(":
        return tokens[at], at + 1
    items: list[Node] = []
    at += 1
    while at < len(tokens) and tokens[at] != ")":
        item, at = _parse(tokens, at)
        items.append(item)
    return items, at + 1


def _say(node: Node) -> str:
    if isinstance(node, str):
        if node.startswith('"'):
            return node.strip('"')
        return _PHRASES.get(node, node.replace("-", " ").rstrip("?"))
    if not node:
        return ""
    head, args = node[0], [_say(arg) for arg in node[1:]]
    if not isinstance(head, str):
        return " ".join([_say(head), *args])
    if head in _MEALS:  # (dinner "today"), (lunch (day-of (meeting "X")))
        return f"{head} on {args[0]}" if isinstance(node[1], list) else f"{head} {' '.join(args)}"
    phrase = "my workout {0}" if head == "workout" and len(args) == 1 else _PHRASES.get(head)
    if phrase is None:
        return " ".join([head.replace("-", " ").rstrip("?"), *args])
    filled = phrase.replace("{rest1}", " ".join(args[1:]))
    filled = filled.replace("{rest}", " ".join(args))
    for i, arg in enumerate(args):
        filled = filled.replace("{" + str(i) + "}", arg)
    return re.sub(r"\s+(?=[,?])|\s*\{\d\}", "", filled).strip()


def from_lisp(text: str) -> str:
    """``text`` as an English question when it is one Lisp expression; else ``text`` as it is."""
    if not _LOOKS_LISP.match(text) or text.count("(") != text.count(")") or not text.rstrip().endswith(")"):
        return text
    tokens = _TOKEN.findall(text)
    node, end = _parse(tokens, 0)
    if end != len(tokens):
        return text
    said = re.sub(r"\s{2,}", " ", _say(node)).strip()
    if "that-meeting" in tokens and not said.startswith("and "):
        said = "and " + said  # "(minutes that-meeting)": a follow-up on the meeting asked about before
    return said + "?"
