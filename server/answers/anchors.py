"""Days named by what happened on them: the clause of a question that picks a day, split from what it asks.

"What did I eat on the day I swam 1.4 km?", "On the day of the Roadmap workshop, where was lunch?",
"How long did I sleep the night after the Team retro?", "Who was at the meeting right after my run
on Tuesday?". ``split_anchor`` returns the question without the clause and the clause itself;
``compute`` finds the record the clause describes and reads the rest of the question on its day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Relation = Literal["day", "night_after", "after"]

_END = (r"(?=\s*(?:[,;?!]|\s[-–—]\s|->|→|[.:](?!\d)|$|\b(?:what|where|who|which|how|when)\b|\bI\s+(?:had|ate|went|did|was|"
        r"got|slept|ran|grabbed)\b))")
_SPORT_NOUN = (r"mat\s+(?:practice|session|class|work)|scrambl\w*|run|ran|running|jog\w*|ride|rode|(?:bike|bicycle|cycle)\s+ride|bike|"
               r"bicycle|biked|cycl\w*|spin|swim\w*|swam|pool|laps|yoga|climb\w*|bouldering|workout|work-out|training|trained|"
               r"session|exercis\w*|gym|pilates|hike|hiked|hiking")
# "the run", "my hill jog", "my lap swim", "the mat practice": one word may say which kind of it
_ACTIVITY_NOUN = (r"(?:(?:did|went\s+for|had|finished)\s+(?:an?\s+|some\s+)?)?"
                  r"(?:(?!(?:on|in|at|of|for|to|with|and|or|" + _SPORT_NOUN + r")\b)[a-z][\w-]*\s+){0,2}"
                  r"(?P<what>" + _SPORT_NOUN + r")\b")
# Where it was, after it: "along the Han River", "at the sports center", "out to Shikhov", "in the Grand Hôtel du Lac pool"
# (up to seven words, a day's words not among them).
_NOT_PLACE = (r"(?!(?:on|at|in|along|by|beside|near|via|past|through|around|this|last|yesterday|today|tonight|and|or|the\s+next|before|after|"
              r"the\s+(?:day|night)\s+(?:before|after)|(?:mon|tues?|wednes|weds?|thur?s?|fri|satur|sat|sun)"
              r"(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
              r"|nov(?:ember)?|dec(?:ember)?)\b)")
_ONE_PLACE = (r"(?:\s+(?:along|at|in|by|beside|around|round|past|via|through|near|across|up|down|off|out\s+(?:to|at|in|by|on|along|past|round|around)|over\s+to|"
              r"(?:a?round|up|down|back)\s+(?:by|past|through|via)|"
              r"(?:on|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|on(?=\s+the\s+(?!(?:same|first|last|next|previous|other|day|night|"
              r"morning|evening|afternoon|weekend|week)\b)[a-z]))\s+" + _NOT_PLACE + r"[A-Za-z][\w'-]*"
              r"(?:\s+" + _NOT_PLACE + r"[A-Za-z][\w'-]*){0,6})")
_PLACE = _ONE_PLACE + "{0,3}"  # "on the sea cliffs at Cape Greco", "on the indoor wall at a sports hall in Malé": up to three
_PLACE_TO = _ONE_PLACE.replace(r"(?:along|", r"(?:to|into|from|along|")
"""A place a workout went to or through ("ride to Lisi Lake", "jog in Vake Park"), not optional."""
_SPORT_DONE = r"(?:I\s+)?(?:ran|running|jogged|jogging|swam|swimming|cycled|cycling|rode|riding|biked|biking)"
_PATTERNS: tuple[tuple[Relation, re.Pattern[str]], ...] = tuple((relation, re.compile(pattern, re.I)) for relation, pattern in (
    # "the night after the Team retro", "the night following the day of the workshop", "the night after I ran 12 km"
    ("night_after", r"\b(?:on\s+)?(?:(?:the|that)\s+)?night\s+(?:after|following|(?:that|which)\s+followed)\s+(?:the\s+day\s+(?:of|when)\s+)?"
                    r"(?P<clause>.+?)" + _END),
    # "sleep the night of the 1:1 with Noor": the night after the day of a named event, not a date
    ("night_after", r"\bthe\s+night\s+of\s+(?P<clause>(?:the\s+)?(?:1:1\b|(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|"
                    r"Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)(?-i:[A-Z]))[^?,;]*?)" + _END),
    # "after the Team retro, how much did I sleep that night"
    ("night_after", r"^\s*(?:after|following)\s+(?P<clause>(?:the|I)\s+.+?)\s*,(?=.*\b(?:that|the)\s+night\b)"),
    ("night_after", r"(?:(?<=sleep )|(?<=slept ))(?:after|following)\s+(?:the\s+day\s+(?:of|when)\s+)?"
                    r"(?P<clause>(?:the|I)\s+.+?)" + _END),
    # "the meeting right after my run", "the meeting that followed my yoga session", "after my swim, ... next
    # meeting", "the call after I went for a run", "who did I meet after the ride"
    ("after", r"\b(?:(?:that|which)\s+)?(?:(?:right|just|straight|immediately|directly)\s+)?(?:after|following|followed|post)\s+"
              r"(?:(?:my|the|I)\s+)?" + _ACTIVITY_NOUN + r"(?:\s+(?:gym|pool|track|studio|wall))?(?:\s+(?:session|workout|class|day|outing|trip))?(?:\s+(?:on|in)\s+(?:the|my)\s+(?:bike|pool|water|mat|wall)(?:\s+of\s+(?:an?|the)\s+[\w'-]+)?)?"
              + _PLACE),
    # "on the day of the Team retro", "the day we had the Roadmap workshop", "the day I ran 12 km",
    # "the day Tom recommended Circe", "on the same day as my 12.3 km ride"
    ("day", r"\b(?:on\s+|in\s+)?(?:(?:the|that)\s+|(?=same\s))(?:same\s+)?(?P<part>day|date|evening|morning|afternoon)\s+"
            r"(?:when\s+|that\s+|of\s+|as\s+|with\s+|on\s+which\s+|in\s+which\s+|where\s+)?"
            r"(?P<clause>(?:we|I|my|(?-i:[A-Z])\w+|the)\b.+?)" + _END),
    # "Find the chat where Oscar brought up Radiolab: dinner that day was what?": an event picked, then
    # its day asked about ("that day" later; without it, "the meeting where ..." asks about the meeting)
    ("day", r"^\s*(?:(?:find|take|pick|locate|spot|recall|remember|think\s+of|go\s+to|look\s+at)\s+)?(?:the|that)\s+"
            r"(?:[\w-]+\s+){1,3}?(?:where|when|in\s+which|on\s+which|at\s+which)\s+(?P<clause>.+?)\s*"
            r"(?:[,;:]|\s[-–—]\s|[.](?!\d))(?=.*\bthat\s+(?:day|date|evening|morning|afternoon)\b)"),
    # "On a day like the one when I cycled 35.8 km, I eat like a horse. What was my dinner on it?": "it", that day
    ("day", r"^\s*(?:on\s+)?(?:a\s+day\s+like\s+)?the\s+(?:one|day)\s+(?:when|on\s+which)\s+(?P<clause>I\s+[^,;:.]+?(?:\.\d[^,;:.]*)?)"
            r"\s*(?:[,;:]|[.](?!\d))(?=.*\bon\s+it\s*\?\s*$)"),
    # "Yuki told me about Paddington Two - that day, what was dinner?": what someone said, then its day
    ("day", r"^\s*(?P<clause>(?-i:[A-Z])\w+\s+(?:told\s+me\s+about|talked\s+(?:to\s+me\s+)?about|mentioned|recommended|"
            r"suggested|brought\s+up|raved\s+about)\s+[^,;:?]{2,60}?)\s*(?:[,;:]|\s[-–—]\s|[.](?!\d))\s*(?=(?:on\s+)?that\s+day\b)"),
    # "28.4 km cycling loop... that day, dinner?": a distance's workout, then its day
    ("day", r"^\s*(?P<clause>[\d.]+\s*(?:km|k|kilomet\w*)\b[^.?!,]{0,40}?)\s*(?:\.{2,}|…|,|;|-)\s*that\s+(?:day|evening)\b"),
    # "bouldering session this Wednesday, then a meeting... who was in it?", "swim at the lido on 4/3, next meeting, who":
    # the meeting after that workout
    ("after", r"^\s*(?:my\s+)?" + _ACTIVITY_NOUN + r"(?:\s+(?:session|workout|class))?" + _PLACE +
              r"(?=[^?]{0,60}?(?:,?\s+then\s+(?:a|the)\s+(?:next\s+)?|[,;:]\s*(?:the\s+)?next\s+)(?:meeting|call|sync))"),
    # "I swam 1.4 km one day; what did I eat that evening?"
    ("day", r"^\s*(?P<clause>\w+.+?)\s+(?:one|some|on\s+a|on\s+the\s+same)\s+day\b\s*[-–—,;:.]?"),
    ("day", r"^\s*(?:one|some)\s+day\s+(?P<clause>I\s+.+?)\s*(?:[,;]|[.:](?!\d))"),
    # "dinner day Dev recommended Aftersun", "dinner on 10.5 km running workout day": typed as keywords
    ("day", r"\bday\s+(?P<clause>(?-i:[A-Z])\w+\s+(?:recommended|suggested|mentioned|said|told|talked|pitched|plugged|"
            r"raved|brought up|spoke|shared|\w+ed)\b.+?)" + _END),
    ("day", r"\b(?:on\s+)?(?:a\s+|my\s+|the\s+)?(?P<clause>[\d.]+\s*(?:km|k|kilomet\w*)(?:\s+\w+" + _PLACE_TO + r"|(?:\s+\w+){0,3}?))\s+day\b"
            r"(?:\s*\((?:the\s+one\s+)?(?P<what>[^)]*)\))?"),
    ("day", r"\bday\s+(?P<clause>(?:I\s+\w+|ran|swam|rode|\w+ed)\s+(?:an?\s+)?[\d.]+\s*(?:km|k|kilomet\w*)\b[^,;:?|]*)"),  # "dinner day (I) ran 7km?"
    ("day", r"\b(?:on\s+)?(?:the\s+)?day\s+of\s+(?:a\s+|my\s+|the\s+|that\s+)?(?P<clause>[\d.]+\s*(?:km|k|kilomet\w*)\s+\w+"
            r"(?:" + _PLACE_TO + r"|\s+\w+(?:" + _PLACE_TO + r")?)?)"),  # "dinner on day of 9.6 km run workout", "day of the 20.4 km
    # ride to Lisi Lake", "the 44.5 km bike ride up to Sogeri"
    # "what did I eat for dinner after running 9.8 km?": the day of that workout
    ("day", r"\b(?:after|following)\s+(?P<clause>" + _SPORT_DONE + r"\s+(?:an?\s+)?[\d.]+\s*(?:km|kilomet\w*|k)\b[^,;?]*)"),
))


_DATE_WORD = (r"(?:the|on|of|night|evening|morning|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}|"
              r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_DATE_ONLY = re.compile(_DATE_WORD + r"(?:[\s,]+" + _DATE_WORD + r")*", re.I)
"""A clause of calendar words alone names a date, not something that happened."""


@dataclass(frozen=True)
class Anchor:
    """The clause that names a day, and how the question's answer relates to that day."""

    relation: Relation
    clause: str
    """For ``after``: the activity word ("run", "yoga")."""


def split_anchor(question: str) -> tuple[str, Anchor | None]:
    """``question`` without its day-naming clause, and the clause (None when it has none)."""
    for relation, pattern in _PATTERNS:
        match = pattern.search(question)
        if match is None:
            continue
        if relation == "after":  # the last one: "After exercise I return to the bench. Who sat in the meeting that followed the swim?"
            match = [*pattern.finditer(question)][-1]
        if relation == "after":
            if not re.search(r"\b(meetings?|meet|met|calls?|sync|catch-?up|who|whom|people|attend\w*)\b", question, re.I):
                continue  # "after my run" in a question about something else: not a day anchor
            clause = match.group("what").lower()
        else:
            clause = match.group("clause").strip(" ,;:")
            if match.groupdict().get("what"):
                clause += " " + match["what"].strip()  # "the 1 km day (the one I swam)"
            if re.fullmatch(r"(?:before|after)(?:\s+\w+)?|yesterday|before yesterday", clause, re.I) or _DATE_ONLY.fullmatch(clause.rstrip(".")):
                continue  # "the day before yesterday", "the morning the 30 August night": dates, not clauses
            if re.search(r"\b(?:higher|more|longer|shorter|less|fewer|lower|greater|bigger)\b", clause, re.I) \
                    and re.search(r"\bor\b", question[match.end():], re.I):
                continue  # "the day on which my caffeine was the higher, Friday or Saturday": a comparison
        rest = (question[: match.start()] + " " + question[match.end():]).strip(" ,;:")
        rest = re.sub(r"\s+", " ", re.sub(r"\bthat\s+(?:day|evening)\b|\bon\s+it(?=\s*\?\s*$)", "", rest, flags=re.I))
        part = (match.groupdict().get("part") or "").lower()
        if re.search(r"\bthat\s+evening\b", question, re.I):
            part = "evening"
        meal = {"evening": "dinner", "morning": "breakfast"}.get(part)
        if relation == "day" and meal and not re.search(r"\b(breakfast|lunch|dinner|supper)\b", rest, re.I):
            rest += f" for {meal}"
        return rest, Anchor(relation, clause)
    return question, None
