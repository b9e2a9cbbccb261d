"""Questions into ``QuestionPlan``s by rules: kinds, window, attribute and operation.

Pure functions of the question, the moment it is asked and the person's zone. The common phrasings
are covered here; a question the rules cannot place gets ``None`` and the model fills the plan in
under a grammar (``server.answers.model_plan``). Follow-ups ("and the day before?", "what about
Tom?") are read against the previous turn's plan.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from server.answers.habits import parse_habit
from server.memory.timeparse import parse_time_filter
from shared.plan import Attribute, Kind, Operation, QuestionPlan, TimeWindow
from shared.timeutil import to_utc

_KIND_WORDS: tuple[tuple[Kind, str], ...] = (
    ("coffee", r"coffees?|caffeine|espressos?|lattes?|cappuccinos?|flat whites?|cold brews?"),
    ("sleep", r"sleep|slept|asleep|bed|woke|wake|nap|get up|got up|getting up"),
    ("meal", r"eat|ate|eaten|lunch|dinner|breakfast|meals?|food"),
    ("exercise", r"run|ran|runs|running|jog\w*|cycl\w*|rides?|rode|bik\w*|swim\w*|swam|workouts?|exercis\w*|"
                 r"yoga|climb\w*|train(?:ed|ing)?"),
    ("meeting", r"meetings?|meet|met|attend\w*|standup|stand-up|1:1|calls?|(?:was|were)\s+(?:at|in)\s+the"),
    ("conversation", r"say|said|says|tell|told|recommend\w*|mention\w*|suggest\w*|talk\w*|according to"),
    ("computer", r"computer|screen|laptop|apps?"),
)
_ACTIVITIES = (("run", r"run|ran|runs|running|jog\w*"), ("cycle", r"cycl\w*|rides?|rode|bik\w*"),
               ("swim", r"swim\w*|swam"), ("yoga", r"yoga"), ("climb", r"climb\w*"))
_MEALS = ("breakfast", "lunch", "dinner")
_FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|and what about|what of)\b|^\s*the day before\b", re.I)
_DAY_BEFORE = re.compile(r"\b(the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night))\b", re.I)
_DAY_AFTER = re.compile(r"\b(the\s+day\s+after|the\s+next\s+day)\b", re.I)
_ANCHOR = re.compile(r"\b(?:on\s+)?the\s+day\s+(?:when\s+|that\s+|of\s+)?(?P<clause>[^?]+)", re.I)
_NIGHT_AFTER = re.compile(r"\b(?:on\s+)?(?:the\s+night\s+)?after\s+(?:the\s+day\s+of\s+)?(?P<clause>the\s+[^?]+)", re.I)
_AFTER = re.compile(r"\b(?:right\s+|just\s+)?after\s+my\s+(?P<what>\w+)(?:\s+(?:session|workout))?", re.I)
_NOT_NAMES = {"i", "what", "who", "when", "how", "did", "do", "does", "was", "were", "is", "and", "the", "on", "my",
              "a", "an", "which", "where", "why", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "today", "yesterday", "last", "this", "about", "tell", "in", "at"}


_TITLED = re.compile(r"\bthe\s+(?:[A-Z0-9][\w:'&-]*)(?!['’]s)")
_HABIT_QUESTION = re.compile(r"^\s*(do|does|am|is|are|did)\b.*\b(more|less|longer|shorter|fewer|better|worse)\b", re.I)


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + pattern + r")\b", re.I)


KIND_PATTERNS = tuple((kind, _words(words)) for kind, words in _KIND_WORDS)
ACTIVITY_PATTERNS = tuple((activity, _words(words)) for activity, words in _ACTIVITIES)


def kinds_in(text: str) -> list[Kind]:
    """The kinds a text names, in the order of ``_KIND_WORDS`` (which wins ties: coffee before meal)."""
    return [kind for kind, pattern in KIND_PATTERNS if pattern.search(text)]


def names_in(text: str) -> list[str]:
    """Capitalised words that may be people ("Tom", "Priya"), sentence starts and calendar words left out."""
    names = []
    for match in re.finditer(r"(?<![\w'])([A-Z][a-zà-ÿ]+)(?:'s|’s)?(?![\w'])", text):
        word = match.group(1).lower()
        is_date = word in _MONTHS and re.match(r"\s+\d", text[match.end():])
        if (word in _NOT_NAMES and (word not in _MONTHS or is_date)) or match.start() == len(text) - len(text.lstrip()):
            continue
        names.append(match.group(1))
    return names


def _operation(question: str, kind: Kind) -> tuple[Operation, Attribute]:
    q = question.lower()
    if re.search(r"\bmore\b.*\bor\b|\bless\b.*\bor\b|\bthan\b|\bcompared?\b|\bfewer\b.*\bor\b|\blonger\b.*\bor\b", q):
        return "compare", _measure(q, kind)
    if re.search(r"\b(after|affect\w*|when i have|on days)\b.*\b(late|evening)\b|\blate coffee\b|\bhabit\b", q):
        return "relation", "none"
    if re.search(r"\bwho\b", q):
        return "list", "attendees" if kind == "meeting" else "said"
    if re.search(r"\bhow long\b|\bhow many (hours|minutes)\b", q):
        return "duration", "duration"
    if re.search(r"\b(when|what time)\b", q):
        if re.search(r"\b(first|earliest)\b", q):
            return "first", "time"
        return ("last", "time") if kind != "sleep" else ("value", "time")
    if re.search(r"\b(first|earliest)\b", q):
        return "first", _attribute_of(q, kind)
    if re.search(r"\b(last|latest|most recent)\b(?!\s+(week|night|monday|tuesday|wednesday|thursday|friday|"
                 r"saturday|sunday|weekend))", q):
        return "last", _attribute_of(q, kind)
    if kind == "coffee" and re.search(r"\b(caffeine|mg)\b", q) and re.search(r"\bhow (many|much)\b", q):
        return "total", "amount"
    if re.search(r"\bhow many\b", q):
        return ("total", "distance") if re.search(r"\b(km|kilomet|miles?)\b", q) else ("count", "count")
    if re.search(r"\bhow much\b", q):
        if kind == "coffee" and re.search(r"\b(caffeine|mg)\b", q):
            return "total", "amount"
        return ("total", "distance") if kind == "exercise" else ("count", "count")
    if re.search(r"\bhow (far|long a distance)\b|\bdistance\b", q):
        return "total", "distance"
    if re.search(r"\bhow long\b|\bhours?\b|\bminutes?\b", q):
        return "duration", "duration"
    return "value", _attribute_of(q, kind)


def _measure(q: str, kind: Kind) -> Attribute:
    if kind == "coffee":
        return "amount" if re.search(r"\b(caffeine|mg)\b", q) else "count"
    if kind == "exercise" and re.search(r"\b(far|km|distance)\b", q):
        return "distance"
    return "duration" if kind in ("sleep", "exercise", "meeting", "computer") else "count"


def _attribute_of(q: str, kind: Kind) -> Attribute:
    return {"meal": "food", "meeting": "title", "conversation": "said", "exercise": "activity",
            "sleep": "duration", "coffee": "time", "computer": "title"}.get(kind, "none")  # type: ignore[return-value]


def _window(start: datetime, end: datetime, phrase: str) -> TimeWindow:
    return TimeWindow(start=start, end=end, label=phrase.strip())


def _day_window(at: datetime, tz: tzinfo, label: str) -> TimeWindow:
    local = to_utc(at).astimezone(tz)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1, hours=3)).replace(hour=0)
    return TimeWindow(start=to_utc(start), end=to_utc(end), label=label)


def shift_days(window: TimeWindow, days: int, tz: tzinfo) -> TimeWindow:
    """The same local window ``days`` later (negative: earlier), kept on local calendar days."""
    start = to_utc(window.start).astimezone(tz)
    end = to_utc(window.end).astimezone(tz)
    moved_start = (start.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=tz)
    moved_end = (end.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=tz)
    label = "the day before" if days == -1 else "the day after" if days == 1 else f"{days:+d} days"
    return TimeWindow(start=to_utc(moved_start), end=to_utc(moved_end), label=label)


def plan_question(question: str, as_of: datetime, tz: tzinfo, previous: QuestionPlan | None = None
                  ) -> QuestionPlan | None:
    """The plan of ``question`` asked at ``as_of`` (aware) by a person in ``tz``; None when the rules cannot place it."""
    if previous is not None and (_FOLLOW_UP.search(question) or not kinds_in(question)):
        return _follow_up(question, as_of, tz, previous)
    # "... on the day Idris recommended Circe": the clause names a day; the rest asks about it.
    night_after = _NIGHT_AFTER.search(question) if re.search(r"\b(sleep|slept)\b", question, re.I) else None
    anchor = night_after or _ANCHOR.search(question)
    after = _AFTER.search(question)
    clause = anchor.group("clause").strip() if anchor else None
    if anchor:
        question = question[: anchor.start()] + question[anchor.end():]
    elif after:
        question = question[: after.start()] + question[after.end():]
    kinds = kinds_in(question)
    if not kinds and _TITLED.search(question):
        kinds = ["meeting"]  # "How long was the Sprint planning?": a calendar entry named by its title
    if not kinds and names_in(question):
        kinds = ["conversation"]  # "How old is Oscar's daughter turning?": something Oscar said
    if not kinds:
        return None
    kind = kinds[0]
    if kind == "conversation" or (len(kinds) > 1 and "conversation" in kinds):
        kind = "conversation"
    operation, attribute = _operation(question, kind)
    two_windows = re.search(r"\bor\b(?!\s+(?:later|earlier|more|after|before)\b)", question)
    if _HABIT_QUESTION.search(question) and not two_windows and parse_habit(question) is not None:
        operation, attribute = "relation", "none"
    filters: dict[str, str] = {}
    if kind == "exercise":
        for activity, pattern in ACTIVITY_PATTERNS:
            if pattern.search(question):
                filters["activity"] = activity
                break
    if kind == "meal":
        for meal in _MEALS:
            if re.search(rf"\b{meal}\b", question, re.I):
                filters["meal"] = meal
    people = names_in(question)
    according = re.search(r"\baccording to\s+([A-Z][a-zà-ÿ]+)", question)
    if kind in ("conversation",) and people:
        filters["speaker"] = according.group(1) if according else people[0]
    plan = QuestionPlan(kinds=[kind], attribute=attribute, operation=operation, filters=filters,
                        topic=question.strip())
    if clause:
        plan.filters["anchor"] = clause
    if night_after:
        plan.filters["night"] = "after"
    if after:
        plan.filters["after"] = after.group("what").lower()
    question = _date_over_weekday(question, month_first(tz))
    found = parse_time_filter(question, as_of, tz)
    if found is not None:
        plan.window = _window(found.start, found.end, found.phrase)
        if operation == "compare":
            second = parse_time_filter(found.remove_from(question), as_of, tz)
            if second is not None:
                plan.compare_to = _window(second.start, second.end, second.phrase)
    elif operation in ("count", "total", "duration", "first", "last") and kind != "conversation" and not anchor:
        if operation != "last" or kind == "coffee":
            plan.window = _day_window(as_of, tz, "today")
    if operation == "relation":
        plan.relation = question.strip()
    return plan


_WEEKDAY_BEFORE_DATE = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+of)?\s+[a-z]{3}|[a-z]{3,9}\.?\s+\d{1,2}\b)", re.I)


_NIGHT_OF = re.compile(r"\bthe\s+night\s+of\s+(?P<day>[^?,.]+?)(?=\s*(?:\?|,|\.|$|\bor\b|\band\b))", re.I)
_SLASH_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _date_over_weekday(question: str, month_first: bool = True) -> str:
    """Dates as the time-phrase rules read them: "on Wednesday, November 4" drops the weekday, "11/4"
    becomes "November 4" (month first, or day first where the zone writes dates so), and "the night of
    November 5" becomes "November 5 night"."""
    def slash(match: re.Match[str]) -> str:
        month, day = (match["a"], match["b"]) if month_first else (match["b"], match["a"])
        if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
            return match.group(0)
        return f"{_MONTH_NAMES[int(month) - 1]} {int(day)}"

    text = _SLASH_DATE.sub(slash, question)
    text = _NIGHT_OF.sub(lambda m: f"{m['day'].strip()} night", text)
    return _WEEKDAY_BEFORE_DATE.sub("on ", text)


def month_first(tz: tzinfo) -> bool:
    """Whether people in ``tz`` write 11/4 for November 4 (the Americas) rather than 4 April."""
    return str(getattr(tz, "key", "")).startswith("America/")


def _follow_up(question: str, as_of: datetime, tz: tzinfo, previous: QuestionPlan) -> QuestionPlan:
    plan = previous.model_copy(deep=True)
    plan.parsed_by = "follow-up"
    if re.search(r"\b(how|when|who|what time|where)\b", question, re.I):
        plan.operation, plan.attribute = _operation(question, plan.kinds[0] if plan.kinds else "any")
    found = parse_time_filter(_date_over_weekday(question, month_first(tz)), as_of, tz)
    if found is not None:
        plan.window = _window(found.start, found.end, found.phrase)
    elif previous.window is not None and _DAY_BEFORE.search(question):
        plan.window = shift_days(previous.window, -1, tz)
    elif previous.window is not None and _DAY_AFTER.search(question):
        plan.window = shift_days(previous.window, 1, tz)
    people = names_in(question)
    if people:
        if "speaker" in plan.filters or "conversation" in plan.kinds:
            plan.filters["speaker"] = people[0]
        else:
            plan.filters["person"] = people[0]
    for activity, pattern in ACTIVITY_PATTERNS:
        if pattern.search(question):
            plan.filters["activity"] = activity
    for meal in _MEALS:
        if re.search(rf"\b{meal}\b", question, re.I):
            plan.filters["meal"] = meal
    return plan
