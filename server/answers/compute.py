"""Answers computed from typed records by following a plan: code counts, sums and lists.

``compute(plan, records, as_of, tz)`` returns the answer sentence, the observations it rests on
and how it was made. Nothing here asks a model anything; every number, time and name in the
sentence is taken from the records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Literal

from server.answers.habits import habit_relation
from server.answers.cues import ACTIVITY_PATTERNS, CALENDAR, NOT_NAMES
from server.answers.focus import asking_sentence, through_ask, without_asides
from server.answers.said import best_said, quote, speaks_against, tokens
from server.answers.render import (and_list, day_name, hm, local, minutes, number, sleep_text, span_text,
                                   when)
from shared.observation import Observation, effective_end
from shared.plan import QuestionPlan, TimeWindow
from shared.timeutil import to_utc
from shared.wire import MemoryHit

Reader = Callable[[list[str] | None, datetime | None, datetime | None], list[Observation]]
"""Reads records: (kinds, start, end) -> observations overlapping [start, end), oldest first."""

VERBS = {"run": "ran", "cycle": "cycled", "swim": "swam", "yoga": "did yoga", "climb": "climbed"}


@dataclass
class Computed:
    """An answer made in code, with what it rests on."""

    text: str
    made_by: Literal["computed", "quoted", "unknown"]
    evidence: list[Observation] = field(default_factory=list)
    hits: list[MemoryHit] = field(default_factory=list)
    """Evidence found by retrieval rather than read from records (free-text questions)."""


def _day_bounds(moment: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    start = local(moment, tz).replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1, hours=3)).replace(hour=0)
    return to_utc(start), to_utc(end)


def _select(plan: QuestionPlan, window: TimeWindow | None, read: Reader, as_of: datetime) -> list[Observation]:
    kinds = [k for k in plan.kinds if k != "any"] or None
    start = window.start if window else None
    asked = to_utc(as_of) + timedelta(microseconds=1)  # something logged at the very moment asked counts
    end = min(to_utc(window.end), asked) if window else asked
    if kinds == ["sleep"] and window is not None and plan.filters.get("night") == "after":
        # "the night after the workshop": the sleep that began that evening (or after midnight).
        noon = to_utc(window.start) + timedelta(hours=12)
        rows = [o for o in read(kinds, noon, noon + timedelta(days=1))
                if noon <= o.start < noon + timedelta(days=1) and effective_end(o) <= to_utc(as_of)]
    elif kinds == ["sleep"] and window is not None:
        # A night belongs to the day one wakes up on: "sleep on Tuesday" ended on Tuesday.
        rows = read(kinds, to_utc(window.start) - timedelta(hours=18), end)
        rows = [o for o in rows if to_utc(window.start) < effective_end(o) <= to_utc(window.end)
                and effective_end(o) <= to_utc(as_of)] or \
            [o for o in rows if o.start < to_utc(window.end) and effective_end(o) > to_utc(window.start)
             and effective_end(o) <= to_utc(as_of)]
    else:
        rows = [o for o in read(kinds, start, end) if o.start <= to_utc(as_of)]
    return [o for o in rows if _matches(o, plan)]


def _matches(observation: Observation, plan: QuestionPlan) -> bool:
    data = observation.data or {}
    for key, wanted in plan.filters.items():
        if key in ("anchor", "person", "after", "night"):
            continue
        value = data.get(key)
        if key == "speaker":
            if not isinstance(value, str) or not re.search(rf"\b{re.escape(wanted)}\b", value, re.I):
                return False
        elif key == "title":
            if not isinstance(value, str) or wanted.lower() not in value.lower():
                return False
        elif str(value).lower() != wanted.lower():
            return False
    person = plan.filters.get("person")
    if person and observation.kind == "meeting":
        return any(re.search(rf"\b{re.escape(person)}\b", str(a), re.I) for a in data.get("attendees") or [])
    return True


def _record_words(o: Observation) -> set[str]:
    data = o.data or {}
    values = " ".join(" ".join(map(str, v)) if isinstance(v, list) else str(v) for v in data.values())
    return tokens(f"{o.kind} {values}") | {VERBS.get(str(data.get("activity")), "").split(" ")[-1]}


def _anchor_window(plan: QuestionPlan, read: Reader, as_of: datetime, tz: tzinfo) -> TimeWindow | None:
    """"on the day Idris recommended Circe" / "the day I ran 12.8 km": the local day of the record
    before ``as_of`` that shares the most words and numbers with the clause."""
    clause = plan.filters.get("anchor", "")
    words = tokens(clause) | {a for a, pattern in ACTIVITY_PATTERNS if pattern.search(clause)}
    numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", clause)}
    best: tuple[float, Observation] | None = None
    for o in read(None, None, to_utc(as_of)):
        if o.kind in ("computer", "sleep"):
            continue
        data = o.data or {}
        score = len(words & (_record_words(o) | {str(data.get("activity", ""))}))
        title = str(data.get("title") or "")
        if title and title.lower() in clause.lower():
            score += 5  # the clause names this meeting by its title
        score += 2 * sum(1 for v in data.values() if isinstance(v, (int, float)) and float(v) in numbers)
        speaker = str(data.get("speaker") or "")
        if speaker and re.search(rf"\b{re.escape(speaker.split()[0])}\b", clause, re.I):
            score += 3  # the clause names who said it
        if o.kind == "conversation" and speaks_against(str(data.get("text") or "")):
            score -= 1  # "I gave up on Piranesi" is not the day it was recommended
        if score > 0 and (best is None or score >= best[0]):
            best = (score, o)
    if best is None:
        return None
    start, end = _day_bounds(best[1].start, tz)
    return TimeWindow(start=start, end=end, label="that day")


def _after(rows: list[Observation], plan: QuestionPlan, read: Reader, window: TimeWindow | None,
           as_of: datetime) -> list[Observation]:
    """"the meeting right after my run": the first of ``rows`` starting after that activity ended."""
    word = plan.filters.get("after", "")
    activity = next((a for a, pattern in ACTIVITY_PATTERNS if pattern.fullmatch(word)), None)
    until = min(to_utc(window.end), to_utc(as_of)) if window else to_utc(as_of)
    anchors = [o for o in read(["exercise"], window.start if window else None, until)
               if activity is None or (o.data or {}).get("activity") == activity]  # "my workout": any sport
    if not anchors:
        return []
    ended = effective_end(anchors[-1])
    return [o for o in rows if o.start >= ended][:1]


def _measure(rows: list[Observation], attribute: str) -> float:
    if attribute == "amount":
        return float(sum((o.data or {}).get("caffeine_mg") or 0 for o in rows))
    if attribute == "distance":
        return float(sum((o.data or {}).get("distance_km") or 0 for o in rows))
    if attribute == "duration":
        return sum((effective_end(o) - o.start).total_seconds() / 3600 if o.kind == "sleep" else minutes(o) / 60
                   for o in rows)
    return float(len(rows))


def _measure_text(value: float, attribute: str, kind: str) -> str:
    if attribute == "amount":
        return f"{number(value, 0)} mg of caffeine"
    if attribute == "distance":
        return f"{number(value)} km"
    if attribute == "duration":
        return span_text(value * 60)
    noun = {"coffee": "coffee", "meal": "meal", "exercise": "workout", "meeting": "meeting",
            "conversation": "conversation", "sleep": "night"}.get(kind, "record")
    return f"{number(value, 0)} {noun}{'' if value == 1 else 's'}"


def _describe(o: Observation, tz: tzinfo) -> str:
    data = o.data or {}
    at = hm(o.start, tz)
    if o.kind == "coffee":
        return f"{data.get('drink', 'coffee')} at {at}"
    if o.kind == "meal":
        where = data.get("where")
        place = f" at {where}" if where else ""
        return f"{data.get('meal', 'meal')}: {data.get('food', 'something')}{place} ({at})"
    if o.kind == "exercise":
        distance = data.get("distance_km")
        amount = f"{number(float(distance))} km, " if isinstance(distance, (int, float)) else ""
        pulse = data.get("avg_heart_rate")
        heart = f", average heart rate {pulse} bpm" if isinstance(pulse, (int, float)) else ""
        return f"{data.get('activity', 'exercise')} at {at} ({amount}{span_text(minutes(o))}{heart})"
    if o.kind == "meeting":  # who was there too: a question whose asking words went unread still gets its answer
        people = [str(a) for a in data.get("attendees") or []]
        present = f", with {and_list(people)}" if people else ""
        return f"{data.get('title', 'meeting')} at {at} to {hm(effective_end(o), tz)} ({span_text(minutes(o))}{present})"
    if o.kind == "sleep":
        quality = f", quality {data['quality']}" if data.get("quality") else ""
        return f"{sleep_text(o)}, {hm(o.start, tz)} to {hm(effective_end(o), tz)}{quality}"
    if o.kind == "conversation":
        return quote(o, tz)
    return f"{o.kind} at {at}"


def _itemised(o: Observation, tz: tzinfo, attribute: str) -> str:
    """One record of a total: a length summed gets each record's own length beside it."""
    text = _describe(o, tz)
    if attribute != "duration" or o.kind not in ("meal", "coffee", "conversation") or effective_end(o) <= o.start:
        return text
    length = span_text(minutes(o))
    return f"{text[:-1]}, {length})" if text.endswith(")") else f"{text} ({length})"


def _more(rows: list[Observation], shown: int) -> list[str]:
    """"more" where a list names only the first ``shown`` of the records the total counts."""
    return ["more"] if len(rows) > shown else []


def compute(plan: QuestionPlan, read: Reader, as_of: datetime, tz: tzinfo) -> Computed:
    """The answer to ``plan`` from the records ``read`` returns, as of ``as_of`` in ``tz``."""
    window = plan.window
    if plan.filters.get("unread_day"):
        return Computed(f"I don't know which day \u201c{plan.filters['unread_day']}\u201d means: please name the day "
                        "by its weekday or date.", "unknown")
    if plan.filters.get("anchor"):
        anchored = _anchor_window(plan, read, as_of, tz)
        if anchored is None and window is None:
            return Computed(f"I don't know which day \u201c{plan.filters['anchor']}\u201d was: nothing in your log "
                            "matches it.", "unknown")
        window = anchored or window
    kind = plan.kinds[0] if plan.kinds else "any"
    if plan.operation == "compare" and plan.compare_to is not None and window is not None:
        return _compare(plan, window, plan.compare_to, read, as_of, tz)
    if plan.operation == "relation":
        found = habit_relation(plan.relation or plan.topic or "", read, as_of, tz)
        if found is None:
            return Computed("I don't know which habit and which outcome that asks about.", "unknown")
        text, hits = found
        return Computed(text, "computed" if hits else "unknown", hits=hits)
    rows = _select(plan, window, read, as_of)
    span = when(window, as_of, tz)
    if kind == "conversation" or plan.attribute == "said":
        return _said(plan, rows, tz, span)
    if kind == "meeting" and plan.topic:
        rows = _best_titles(rows, plan.topic)
    if plan.filters.get("after"):
        rows = _after(rows, plan, read, window, as_of)
    if not rows:
        what = plan.filters.get("meal") or plan.filters.get("activity") or kind
        return Computed(f"I don't know: your log has no {what} record {span}.", "unknown")
    if plan.operation in ("count", "total", "duration") and plan.attribute == "distance" and not any(
            isinstance((o.data or {}).get("distance_km"), (int, float)) for o in rows):
        what = plan.filters.get("activity") or "workout"  # "0 km" of yoga is no answer to "how far did I cycle"
        return Computed(f"I don't know: your log has no {what} with a distance {span}.", "unknown")
    if plan.operation in ("count", "total", "duration"):
        attribute = plan.attribute if plan.operation != "duration" else "duration"
        value = _measure(rows, attribute)
        activities = {(o.data or {}).get("activity") for o in rows} if kind == "exercise" else set()
        activity = plan.filters.get("activity") or (next(iter(activities)) if len(activities) == 1 else "")
        verb = VERBS.get(str(activity), "")
        lead = {"sleep": "You slept", "coffee": "You had", "exercise": f"You {verb}" if verb else "You exercised for"
                }.get(kind, "You had")
        if kind == "exercise" and attribute == "duration" and not verb:
            lead = "You exercised for"
        if kind == "meeting" and attribute == "duration" and len(rows) == 1:
            meeting = rows[0]
            return Computed(f"{(meeting.data or {}).get('title', 'The meeting')} {span} took "
                            f"{span_text(minutes(meeting))}, from {hm(meeting.start, tz)} to "
                            f"{hm(effective_end(meeting), tz)}.", "computed", rows)
        if kind == "meeting" and attribute == "duration" and window is None and _days(rows, tz) > 1:
            each = "; ".join(f"{(o.data or {}).get('title', 'meeting')} on {day_name(o.start, tz)}, {hm(o.start, tz)} to "
                             f"{hm(effective_end(o), tz)} ({span_text(minutes(o))})" for o in rows[:8])
            return Computed(f"{len(rows)} meetings match {span}, on different days: {each}.", "computed", rows[:8])
        if kind == "sleep" and len(rows) == 1:
            night = rows[0]
            quality = f" (quality {night.data['quality']})" if (night.data or {}).get("quality") else ""
            return Computed(f"You slept {sleep_text(night)} {span}, from {hm(night.start, tz)} to "
                            f"{hm(effective_end(night), tz)}{quality}.", "computed", rows)
        if kind == "meal" and attribute == "duration":
            lead = "You spent"
        items = and_list([_itemised(o, tz, attribute) for o in rows[:8]] + _more(rows, 8))
        eating = " eating" if kind == "meal" and attribute == "duration" else ""
        return Computed(f"{lead} {_measure_text(value, attribute, kind)}{eating} {span}: {items}.", "computed", rows)
    if plan.operation == "first":
        return Computed(f"The first {_noun(plan, kind)} {span}: {_describe(rows[0], tz)}, "
                        f"{day_name(rows[0].start, tz)}.", "computed", rows[:1])
    if plan.operation == "last" or (window is None and plan.operation == "value"):
        return Computed(f"The last {_noun(plan, kind)} {span}: {_describe(rows[-1], tz)}, "
                        f"{day_name(rows[-1].start, tz)}.", "computed", rows[-1:])
    if kind == "meeting" and plan.attribute == "attendees":
        on_day = window is None and _days(rows[:3], tz) > 1  # "the Team retro" held twice: say which is which
        parts = [f"{(o.data or {}).get('title', 'meeting')}{' on ' + day_name(o.start, tz) if on_day else ''} at {hm(o.start, tz)}: "
                 f"{and_list([str(a) for a in (o.data or {}).get('attendees') or []])}" for o in rows[:3]]
        return Computed(f"{_cap(span)}, " + "; ".join(parts) + ".", "computed", rows[:3])
    return Computed(f"{_cap(span)}: " + "; ".join(_describe(o, tz) for o in rows[:8]) + ".", "computed",
                    rows[:8])


def _with_weekday(name: str, window: TimeWindow, tz: tzinfo) -> str:
    """"yesterday" as "yesterday (Tuesday, 1 June)", "last night" as "last night (Monday, 31 May)": a
    comparison names both days plainly."""
    return f"{name} ({day_name(window.start, tz)})" if name in ("today", "yesterday", "last night", "tonight") else name


def _days(rows: list[Observation], tz: tzinfo) -> int:
    """How many local days ``rows`` fall on."""
    return len({local(o.start, tz).date() for o in rows})


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _noun(plan: QuestionPlan, kind: str) -> str:
    return plan.filters.get("meal") or plan.filters.get("activity") or kind


def _best_titles(rows: list[Observation], topic: str) -> list[Observation]:
    """Meetings whose title shares the most words with the question (all of them when none does): the sentence that
    asks first, then the whole question. A remark after the question may name a title ("... today? The budget sync
    ran over."), but one that names none ("... today? Practice management loves a meeting.") does not make the answer
    "none"; a remark before it ("Stuck on the Western Bypass. What time did my first meeting start?", "Half the team
    is on leave. Who was in the 1:1 with Bea?") names a title only by a title's words or a meeting word."""
    topic = without_asides(topic)  # "How many meetings today? Protecting my energy!": the question, not the aside
    asking = asking_sentence(topic)
    for text in (asking, topic):
        words = tokens(text) - _MEETING_WORDS
        scored = [(len(words & tokens(str((o.data or {}).get("title", "")))), o) for o in rows]
        best = max((score for score, _ in scored), default=0)
        if best > 0:
            return [o for score, o in scored if score == best]
    before = topic[:topic.find(asking)] if asking in topic else ""
    named_in = through_ask(topic) if re.search(r"\b(?:meeting|sync|review|call|retro|standup|1:1)\b", before, re.I) else asking
    named_in = _OPENING_GERUND.sub("", named_in)  # "Counting every one that kept me away, how many meetings ...": no title
    remark_end = named_in.find(asking) if asking in named_in else 0  # a remark's first word is capitalised anyway ("Mornings are ...")
    named = [m[1] for m in re.finditer(r"(?<![\w'])([A-Z][a-z][\w'-]*)", named_in) if m[1].lower() not in NOT_NAMES
             and m[1].lower() not in CALENDAR and m[1].lower() not in _MEETING_WORDS
             and not (m.start() < remark_end and (m.start() == 0 or named_in[m.start() - 2:m.start()] in (". ", "! ", "? ")))]
    return [] if named else rows  # a meeting named by title that did not take place: nothing, not every meeting


_OPENING_GERUND = re.compile(r"(?:^|(?<=[.!?]\s))[A-Z][a-z]+ing(?=\s+[a-z])")
"""A sentence opened by a word in -ing and going on in lower case ("Counting every one ...", "Looking back ..."): no title."""
_MEETING_WORDS = {"meeting", "meetings", "attended", "attend", "who", "were", "there", "last", "long", "how",
                  "many", "minutes", "hours", "yesterday", "today", "last", "week"}


def _said(plan: QuestionPlan, rows: list[Observation], tz: tzinfo, span: str) -> Computed:
    best = best_said(plan.topic or "", plan.filters.get("speaker"), rows)
    if not best:
        who = plan.filters.get("speaker")
        return Computed(f"I don't know: your log has no conversation{' with ' + who if who else ''} about that "
                        f"{span}.", "unknown")
    return Computed("\n".join(quote(o, tz) for o in best), "quoted", best)


def _compare(plan: QuestionPlan, first: TimeWindow, second: TimeWindow, read: Reader, as_of: datetime,
             tz: tzinfo) -> Computed:
    kind = plan.kinds[0]
    attribute = plan.attribute if plan.attribute != "none" else "count"
    rows_a, rows_b = _select(plan, first, read, as_of), _select(plan, second, read, as_of)
    a, b = _measure(rows_a, attribute), _measure(rows_b, attribute)
    name_a, name_b = (_with_weekday(when(w, as_of, tz), w, tz) for w in (first, second))
    text_a, text_b = _measure_text(a, attribute, kind), _measure_text(b, attribute, kind)
    if attribute in ("duration", "distance"):  # a day with no workout has none to measure, not one of "0 min"
        none = f"no {plan.filters.get('activity') or ('workout' if kind == 'exercise' else kind)} in your log"
        text_a, text_b = text_a if rows_a else none, text_b if rows_b else none
    if not rows_a and not rows_b:
        return Computed(f"I don't know: your log has no {kind} record {name_a} or {name_b}.", "unknown")
    if kind == "sleep" and not (rows_a and rows_b):  # a night with no sleep in the log is unknown, not "0 min"
        return Computed(f"I don't know: your log has no sleep record {name_b if rows_a else name_a}.", "unknown")
    verdict = "the same" if abs(a - b) < 1e-9 else f"more {name_a}" if a > b else f"more {name_b}"
    return Computed(f"{_cap(name_a)}: {text_a}; {name_b}: {text_b}. That is {verdict}.", "computed",
                    rows_a + rows_b)
