"""Labelled moments for the condenser benchmark (scripts/bench_condense.py), and the held-out life.

Two lives are measured:
- dev: ``sensors.synthetic`` (Berlin), the life the condenser was tuned on;
- held-out: ``heldout_life`` below, written separately and never tuned on: its own people,
  meeting titles, apps, activities (yoga, climbing, runs, two sessions some days), sleep split at
  wake-ups, days without coffee, half-past meetings and another time zone (Toronto).

At each moment the truth of every state fact is computed here from the raw observations, with
code of its own (not ``device.condense.state``): last night's sleep (start, end, hours), coffees
so far today, their caffeine and the last one's time, exercise so far today (what, when, distance,
minutes), the next meeting (title, time, attendees) and what the person is doing. ``check_state``
says which of them a condensed prompt kept, in the prompt's own compact wording.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from shared.observation import Modality, Observation

DEV_TZ = "Europe/Berlin"
DEV_START = date(2026, 10, 5)  # a Monday
HELDOUT_TZ = "America/Toronto"
HELDOUT_START = date(2026, 11, 9)  # a Monday, after the clocks changed on Nov 1
HELDOUT_SEED = 2718
ATTENDEES_SHOWN = 3  # the prompt names the first 3 attendees of the next meeting

# --- the held-out life ----------------------------------------------------------------------

COLLEAGUES = ("Wren Okafor", "Dario Bianchi", "Sofia Lindqvist", "Kenji Mori", "Aroha Ngata", "Bilal Qureshi",
              "Marguerite Dubois")
FRIENDS = ("Priti", "Jules", "Noor", "Caleb")
MEETINGS = ("User research sync", "Design crit", "1:1 with {p}", "Hiring panel", "Roadmap review", "Pairing with {p}",
            "All-hands", "Vendor call: Halcyon Print", "Budget review")
MEETING_SLOTS = ((9, 15), (10, 0), (11, 30), (13, 0), (14, 0), (15, 30), (16, 45))
DRINKS = {"pour-over": 110, "cortado": 90, "matcha latte": 70, "drip": 95, "oat flat white": 130}
APPS = {"Notion": ("Q1 planning", "Team wiki — Onboarding", "Interview notes"),
        "Figma": ("Onboarding flow v3", "Settings redesign"),
        "Linear": ("SHIP-{n} Export fails on Safari", "SHIP-{n} Slow dashboard", "My issues"),
        "Chrome": ("Hacker News", "Gmail — Inbox", "Google Calendar"),
        "Obsidian": ("reading notes", "weekly review")}
LINES = ("Can we move the {m} to Thursday?", "The prototype test went well, five of six finished the task.",
         "I'll bring the climbing shoes back tomorrow.", "Did you see the new pricing page?",
         "Let's do dinner at Mira's on Friday.", "The build is green again.")


class _Day:
    """One held-out day; minutes are after local midnight (negative: the evening before)."""

    def __init__(self, day: date, seed: int, zone: tzinfo) -> None:
        self.day, self.zone = day, zone
        self.rng = random.Random(f"heldout-{seed}-{day.isoformat()}")
        self.workday = day.weekday() < 5
        self.busy: list[tuple[float, float]] = []
        self.out: list[tuple[float, float | None, str, dict[str, Any]]] = []

    def at(self, minutes: float) -> datetime:
        return datetime.combine(self.day, time()).replace(tzinfo=self.zone) + timedelta(minutes=round(minutes))

    def add(self, start: float, end: float | None, kind: str, data: dict[str, Any], away: bool = False) -> None:
        self.out.append((round(start), None if end is None else round(end), kind, data))
        if away and end is not None:
            self.busy.append((start, end))

    def plan(self) -> None:
        rng = self.rng
        # Sleep, split at one or two wake-ups some nights.
        bed = rng.uniform(22.7, 25.3) * 60 - 24 * 60
        wake = rng.uniform(5.0, 7.5) * 60 if self.workday else rng.uniform(7.0, 9.5) * 60
        cuts = sorted(rng.uniform(bed + 60, wake - 60) for _ in range(rng.choice((0, 0, 1, 2))))
        start = bed
        for cut in cuts:
            if cut < start + 30:
                continue
            self.add(start, cut, "sleep", {"stage": "asleep"}, away=True)
            start = cut + rng.uniform(5, 40)
        self.add(start, wake, "sleep", {"stage": "asleep"}, away=True)
        # Exercise: none, early, lunchtime, evening, or early and evening.
        pattern = rng.choice(("none", "none", "early", "lunch", "evening", "both"))
        if pattern in ("early", "both"):
            self._exercise(max(wake + 10, rng.uniform(5.9, 6.6) * 60), rng.choice(("climbing", "run", "yoga")))
        if pattern == "lunch":
            self._exercise(rng.uniform(12.1, 12.5) * 60, "yoga")
        if pattern in ("evening", "both"):
            self._exercise(rng.uniform(18.2, 19.3) * 60, rng.choice(("climbing", "yoga", "swim")))
        # Meetings on workdays, a brunch on some Saturdays.
        if self.workday:
            for hour, minute in sorted(rng.sample(MEETING_SLOTS, rng.randint(0, 4))):
                title = rng.choice(MEETINGS).format(p=rng.choice(COLLEAGUES))
                data: dict[str, Any] = {"title": title, "location": rng.choice(("Zoom", "Room Birch", "Room Maple"))}
                if rng.random() < 0.85:
                    data["attendees"] = rng.sample(COLLEAGUES, rng.randint(1, 6))
                begin = hour * 60 + minute
                self.add(begin, begin + rng.choice((25, 30, 50, 60)), "meeting", data, away=True)
        elif self.day.weekday() == 5 and rng.random() < 0.6:
            self.add(11 * 60, 12.5 * 60, "meeting", {"title": "Brunch", "attendees": rng.sample(FRIENDS, 2)}, away=True)
        # Coffee: none some days; amounts missing from some logs; sometimes a late one.
        count = rng.choice((0, 1, 2, 2, 3, 4))
        times = sorted([wake + rng.uniform(15, 45)] + [rng.uniform(a, b) * 60 for a, b in
                       rng.sample(((9.6, 11.0), (13.4, 14.5), (15.7, 16.8), (17.2, 17.9)), 3)])[:count]
        for at in times:
            drink = rng.choice(sorted(DRINKS))
            data = {"drink": drink, "where": rng.choice(("home", "Tidewater Cafe", "office"))}
            if rng.random() < 0.7:
                data["caffeine_mg"] = DRINKS[drink]
            self.add(at, None, "coffee", data)
        # Meals, a commute, talk, and the computer in whatever time is free.
        self.add(wake + 20, wake + 35, "meal", {"meal": "breakfast", "food": rng.choice(("congee", "toast and eggs"))})
        lunch = 12.75 * 60 if pattern == "lunch" else rng.uniform(11.8, 12.4) * 60
        self.add(lunch, lunch + 30, "meal", {"meal": "lunch", "food": rng.choice(("bibimbap", "falafel wrap", "pho")),
                                             "where": rng.choice(("desk", "Saffron Alley", "food court"))}, away=True)
        if self.workday:
            self.add(8.3 * 60, 8.3 * 60 + 18, "commute", {"mode": rng.choice(("bike", "streetcar"))}, away=True)
        for _ in range(rng.randint(2, 5)):
            at = rng.uniform(wake + 60, 21.5 * 60)
            self.add(at, at + 1, "conversation", {"speaker": rng.choice(COLLEAGUES[:4] + FRIENDS),
                                                  "text": rng.choice(LINES).format(m=rng.choice(MEETINGS[:2]))})
        first, last = (8.6, 17.8) if self.workday else (10.0, 16.0)
        self._screens(first * 60, last * 60)
        if rng.random() < 0.6:
            self._screens(20.5 * 60, 22.4 * 60)

    def _exercise(self, start: float, activity: str) -> None:
        minutes = {"climbing": self.rng.randint(60, 110), "yoga": self.rng.choice((30, 45, 60)),
                   "run": self.rng.randint(28, 55), "swim": self.rng.randint(30, 45)}[activity]
        key = "type" if self.rng.random() < 0.3 else "activity"  # a second fitness app names it differently
        data: dict[str, Any] = {key: activity, "duration_min": minutes}
        if activity == "run":
            data["distance_km"] = round(minutes / self.rng.uniform(5.0, 6.2), 1)
        self.add(start, start + minutes, "exercise", data, away=True)

    def _screens(self, start: float, end: float) -> None:
        rng, cursor = self.rng, start
        while cursor < end - 5:
            taken = [b for b in self.busy if b[0] <= cursor < b[1]]
            if taken:
                cursor = max(b[1] for b in taken) + 1
                continue
            app = rng.choice(sorted(APPS))
            title = rng.choice(APPS[app]).format(n=rng.randint(300, 420))
            stop = min(end, cursor + rng.uniform(10, 50), *[b[0] for b in self.busy if b[0] > cursor])
            while cursor < stop - 1:  # heartbeats of 2-8 minutes
                piece = min(stop, cursor + rng.uniform(2, 8))
                self.add(cursor, piece, "computer", {"app": app, "title": f"{title} — {app}"})
                cursor = piece
            cursor += rng.uniform(0, 4)


def heldout_life(start: date = HELDOUT_START, days: int = 10, seed: int = HELDOUT_SEED,
                 tz: str = HELDOUT_TZ) -> list[Observation]:
    """``days`` held-out days of observations from ``start`` (deterministic for a seed)."""
    zone = ZoneInfo(tz)
    sensors = {"sleep": "health", "exercise": "health", "coffee": "manual", "meal": "manual", "meeting": "calendar",
               "computer": "window", "conversation": "microphone", "commute": "phone"}
    modality = {"health": Modality.physiological, "manual": Modality.gustatory, "microphone": Modality.auditory}
    observations = []
    for offset in range(days):
        day = _Day(start + timedelta(days=offset), seed, zone)
        day.plan()
        for n, (begin, end, kind, data) in enumerate(sorted(day.out, key=lambda e: e[0])):
            observations.append(Observation(
                id=f"ho-{day.day.isoformat()}-{n:03d}", sensor=sensors[kind], kind=kind, start=day.at(begin),
                end=None if end is None else day.at(end), modality=modality.get(sensors[kind], Modality.digital),
                data=data))
    return sorted(observations, key=lambda o: (o.start, o.id))


# --- moments and questions ------------------------------------------------------------------

DEV_HOURS = ((8, 0), (10, 0), (12, 0), (15, 0), (18, 0), (21, 0))
DEV_QUESTIONS = ("How much coffee did I have today?", "How did I sleep last night?", "Did I exercise today?",
                 "How long was I on the computer today?", "When is my next meeting?", "What is going on right now?",
                 "Summarize my day so far.", "What should I focus on next?", "What did I have for lunch?",
                 "What did {speaker} say?", "How is my day going?", "Plan my evening.", "Am I too tired to train?",
                 "What's on my plate this afternoon?")
# Written apart from the dev questions and never used for tuning.
HELDOUT_TIMES = ((7, 40), (8, 55), (10, 35), (10, 50), (12, 20), (13, 45), (15, 10), (16, 30), (18, 5), (19, 40),
                 (21, 15), (22, 30))
HELDOUT_QUESTIONS = ("Am I rested enough for a hard workout this evening?", "Plan the rest of my afternoon.",
                     "How am I doing today?", "Should I have another coffee?", "What's coming up next?",
                     "Can I squeeze in a nap?", "Give me a quick status.", "Who am I meeting next?",
                     "Was my sleep ok?", "Anything I should prepare for?", "How active have I been today?",
                     "What was I working on?", "Is it too late for caffeine?", "What did {speaker} tell me?")


@dataclass
class Moment:
    """A labelled moment: when, the question, and the episode it also needs (lunch, a quote), if any."""

    at: datetime
    question: str
    episode_key: str | None = None


def moments(observations: list[Observation], start: date, days: int, tz: tzinfo, heldout: bool) -> list[Moment]:
    """Four moments a day from day 2 on, each with a question drawn for it (seeded)."""
    rng = random.Random(7 if heldout else 3)
    times, questions = (HELDOUT_TIMES, HELDOUT_QUESTIONS) if heldout else (DEV_HOURS, DEV_QUESTIONS)
    out = []
    for offset in range(1, days):
        day = start + timedelta(days=offset)
        for hour, minute in sorted(rng.sample(times, 4)):
            at = datetime.combine(day, time(hour, minute)).replace(tzinfo=tz)
            question = rng.choice(questions)
            key = None
            if "{speaker}" in question:
                said = [o for o in observations if o.kind == "conversation" and at - timedelta(hours=12) <= o.start <= at
                        and o.data.get("speaker") not in (None, "me")]
                if not said:
                    question = questions[0]
                else:
                    question = question.format(speaker=said[-1].data["speaker"])
                    key = str(said[-1].data["text"])[:30]
            elif "lunch" in question:
                lunch = [o for o in observations if o.kind == "meal" and o.data.get("meal") == "lunch"
                         and o.start.astimezone(tz).date() == day and o.start <= at]
                key = str(lunch[-1].data["food"]) if lunch else None
            out.append(Moment(at, question, key))
    return out


# --- the truth at a moment, and the check ---------------------------------------------------


def _end(o: Observation) -> datetime:
    return o.end or o.start


def _clock(moment: datetime) -> str:
    """The prompt's clock: ``9:40``, ``23:55`` (no leading zero)."""
    return f"{moment.hour}:{moment.minute:02d}"


def true_state(observations: list[Observation], at: datetime, tz: tzinfo) -> dict[str, Any]:
    """Every state fact at ``at``, from the raw observations (absent: the fact does not apply)."""
    local_day = at.astimezone(tz).date()
    past = [o for o in observations if o.start <= at]
    today = [o for o in past if _end(o).astimezone(tz).date() == local_day or o.start.astimezone(tz).date() == local_day]
    truth: dict[str, Any] = {}
    nights = sorted((o for o in past if o.kind == "sleep" and _end(o) <= at), key=_end)
    if nights:
        night = [nights[-1]]
        for segment in reversed(nights[:-1]):
            if _end(segment) >= night[-1].start - timedelta(minutes=90):
                night.append(segment)
            else:
                break
        hours = sum((_end(o) - o.start).total_seconds() for o in night) / 3600
        truth["sleep"] = (hours, min(o.start for o in night).astimezone(tz), _end(nights[-1]).astimezone(tz))
    coffees = sorted((o for o in today if o.kind == "coffee" and o.start.astimezone(tz).date() == local_day),
                     key=lambda o: o.start)
    truth["coffee_count"] = len(coffees)
    if coffees:
        truth["coffee_last"] = _clock(coffees[-1].start.astimezone(tz))
        amounts = [float(o.data["caffeine_mg"]) for o in coffees if o.data.get("caffeine_mg") is not None]
        truth["coffee_mg"] = round(sum(amounts), 1) if amounts else None
    truth["exercise"] = [(str(o.data.get("activity") or o.data.get("type")), _clock(o.start.astimezone(tz)),
                          o.data.get("distance_km"),
                          (_end(o) - o.start).total_seconds() / 60 if o.end else o.data.get("duration_min"))
                         for o in today if o.kind == "exercise"]
    upcoming = sorted((o for o in observations if o.kind == "meeting" and at < o.start <= at + timedelta(hours=24)),
                      key=lambda o: o.start)
    if upcoming:
        first = upcoming[0]
        truth["meeting"] = (str(first.data["title"]), first.start.astimezone(tz), list(first.data.get("attendees", [])))
    else:
        truth["meeting"] = None
    current = [o for o in past if o.start <= at <= _end(o) and _end(o) > o.start]
    recent = [o for o in past if at - timedelta(minutes=15) <= _end(o) <= at]
    doing = max(current, key=lambda o: o.start) if current else max(recent, key=_end) if recent else None
    if doing is not None:
        truth["doing"] = str(doing.data.get("app")) if doing.kind == "computer" else doing.kind
    return truth


def _line(prompt: str, pattern: str) -> str:
    """The prompt's first line that ``pattern`` matches at its start ("" when none)."""
    return next((line for line in prompt.splitlines() if re.match(pattern, line)), "")


def _named(attendees: list[str]) -> list[str]:
    """How the prompt names the meeting's first attendees: by first name where no other attendee
    shares it (a title or an initial, ``Dr.``, keeps the whole name)."""
    firsts = [name.split()[0] for name in attendees]
    return [first if firsts.count(first) == 1 and not first.endswith(".") else name
            for first, name in zip(firsts, attendees)][:ATTENDEES_SHOWN]


def check_state(truth: dict[str, Any], prompt: str, at: datetime, tz: tzinfo) -> dict[str, bool]:
    """For each state fact that applies: did the prompt keep it (right value, in its own line)?

    The lines, as the prompt words them: ``sleep 23:55-5:10 (5.2 h)``, ``2 coffees (180 mg), last
    9:40`` / ``no coffee``, ``exercise 6:00 climbing 90 min; ...`` / ``no exercise``, ``next meeting
    11:30 Design review with Wren, Kenji +1`` / ``no meeting today``, ``doing Notion — ...``.
    """
    kept: dict[str, bool] = {}
    if "sleep" in truth:
        hours, start, end = truth["sleep"]
        # the days are named when the sleep did not end today ("23:10-6:55" would read as last night)
        days = end.date() != at.astimezone(tz).date()
        span = f"{start:%A} {_clock(start)}-{end:%A} {_clock(end)}" if days else f"{_clock(start)}-{_clock(end)}"
        kept["sleep"] = _line(prompt, "sleep ") == f"sleep {span} ({hours:.1f} h)"
    coffee = _line(prompt, r"(no coffee$|\d+ coffees?\b)")
    count = truth["coffee_count"]
    kept["coffee_count"] = coffee == "no coffee" if count == 0 else coffee.startswith(
        f"{count} coffee{'s' if count > 1 else ''}")
    if "coffee_last" in truth:
        kept["coffee_last"] = coffee.endswith(f", last {truth['coffee_last']}")
    if truth.get("coffee_mg") is not None:
        kept["coffee_mg"] = f" ({truth['coffee_mg']:g} mg)" in coffee
    exercise = _line(prompt, "(exercise |no exercise$)")
    if truth["exercise"]:
        parts = exercise.removeprefix("exercise ").split("; ")
        kept["exercise"] = len(parts) >= len(truth["exercise"]) and all(
            any(re.fullmatch(rf"{re.escape(clock)} {re.escape(activity)}"
                             + ("" if km is None else rf" {round(float(km), 1):g} km") + rf" {minutes:.0f} min", part)
                for part in parts)
            for activity, clock, km, minutes in truth["exercise"])
    else:
        kept["exercise"] = exercise == "no exercise"
    meeting = _line(prompt, "(next meeting |no meeting today$)")
    if truth["meeting"] is None:
        kept["next_meeting"] = meeting == "no meeting today"
    else:
        title, start, attendees = truth["meeting"]
        day = "" if start.date() == at.astimezone(tz).date() else "tomorrow "
        head = f"next meeting {day}{_clock(start)} {title}"
        named = _named(attendees)
        more = len(attendees) - len(named)
        with_ = (" with " + ", ".join(named) + (f" +{more}" if more else "")) if attendees else ""
        kept["next_meeting"] = meeting == head + with_
    if "doing" in truth:
        kept["doing"] = truth["doing"] in _line(prompt, "doing ")
    return kept
