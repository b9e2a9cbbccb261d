"""Synthetic life: a deterministic, seeded generator of realistic days of observations.

Used by ``tether demo``, tests and benchmarks. Each day is drawn from its own ``random.Random``
seeded by (seed, date), so the same seed always gives byte-identical JSON Lines, and a day looks the
same whichever range it is generated in. Times are planned as local wall-clock times in ``tz`` and
handed to Observation as aware datetimes (which stores them as UTC).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from shared.observation import Modality, Observation, write_jsonl
from shared.timeutil import UTC, resolve_timezone

COLLEAGUES = ("Priya Nair", "Jonas Weber", "Mei Chen", "Tomás Alvarez", "Aisha Bello", "Lukas Hoffmann")
FRIENDS = ("Alex", "Sam", "Lena", "Marco")
DISHES_BY_RESTAURANT = {
    "Trattoria Da Luca": ("carbonara", "margherita", "tiramisu"), "Pho Saigon": ("pho", "summer rolls"),
    "Curry 36": ("currywurst",), "Osteria Bellini": ("risotto", "vitello tonnato"),
    "Sushi Ya": ("salmon nigiri", "ramen"), "Café Fleur": ("shakshuka", "quiche"),
}
RESTAURANTS = tuple(DISHES_BY_RESTAURANT)
CLIENTS = ("Nordwind GmbH", "Kestrel Labs", "Stadtmuseum Berlin")
ARTIFACTS = ("release notes", "quarterly report", "design doc", "slide deck", "budget sheet")
PROJECTS = ("device sync", "onboarding", "Q3 roadmap", "billing migration")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OFFICE_HOURS = ("9:00", "10:30", "11:00", "14:00", "15:30", "17:00")
EVENING_HOURS = ("18:30", "19:00", "19:30", "20:00")

CAFFEINE_MG = {"espresso": 63, "double espresso": 126, "flat white": 130, "cappuccino": 75, "filter": 95,
               "cold brew": 155}
FOODS = {
    "breakfast": ("porridge with blueberries", "muesli and yoghurt", "scrambled eggs on toast", "croissant and jam",
                  "avocado toast"),
    "lunch": ("lentil soup", "chicken shawarma wrap", "ramen", "Caesar salad", "currywurst with fries", "veggie bowl"),
    "dinner": ("spaghetti carbonara", "green curry with rice", "homemade pizza", "salmon with potatoes",
               "chili sin carne", "falafel plate"),
}
SOURCE_FILES = ("server/app.py", "device/condenser.py", "device/outbox.py", "sensors/replay.py",
                "shared/observation.py", "tests/device/test_outbox.py")
# App -> (weight, window titles); titles may use {file}, {pr}, {colleague}, {friend}, {restaurant}.
WORK_SCREENS: dict[str, tuple[int, tuple[str, ...]]] = {
    "VS Code": (40, ("tether — {file}",)),
    "Terminal": (18, ("pytest -q — ~/src/tether", "zsh — ~/src/tether", "git log — ~/src/tether", "htop")),
    "Firefox": (22, ("Pull request #{pr} · tether/tether — GitHub", "sqlite FTS5 bm25 ranking - Stack Overflow",
                     "Chroma docs — Collections", "llama.cpp server README — GitHub", "Jira — Sprint board")),
    "Slack": (14, ("#tether-dev | Acme", "#general | Acme", "{colleague} (DM) | Acme")),
    "Thunderbird": (6, ("Inbox — work", "Re: invoice #{pr} — Thunderbird")),
}
HOME_SCREENS: dict[str, tuple[int, tuple[str, ...]]] = {
    "Firefox": (50, ("YouTube — Home", "Spiegel Online", "{restaurant} — Reservations", "Wikipedia — Sourdough",
                     "Deutsche Bahn — Journey planner")),
    "Spotify": (20, ("Spotify — Discover Weekly", "Spotify — Lo-fi beats")),
    "Signal": (15, ("Signal — {friend}",)),
    "Thunderbird": (15, ("Inbox — personal",)),
}
MEETINGS = (  # (title, fewest attendees, most attendees)
    ("Sprint planning", 3, 5), ("1:1 with {colleague}", 1, 1), ("Design review: {project}", 2, 4),
    ("Customer call — {client}", 2, 3), ("Retro", 3, 5), ("{project} check-in", 2, 3),
)
# Conversation one-liners; {workday} is Monday-Friday, {office_time} daytime, {evening_time} evening.
WORK_LINES = (
    "The {project} deadline moved to {workday}, can you have the {artifact} ready by then?",
    "Let's get lunch at {restaurant} today, they have {dish} on the menu.",
    "Reminder: the {artifact} for {client} is due {workday} at {office_time}.",
    "I pushed a fix for the outbox retry, can you review it before {office_time}?",
    "{client} asked whether we can demo the {project} work on {workday}.",
    "Can you send me the {artifact} draft? I want to read it before the meeting.",
)
HOME_LINES = (
    "Shall we try {restaurant} on {weekday}? I heard the {dish} is excellent.",
    "I booked a table at {restaurant} for {evening_time} on {weekday}, for {n} people.",
    "Don't forget the dentist appointment on {workday} at {office_time}.",
    "Can you pick up oat milk and bread on the way home?",
    "My sister is visiting on {weekday}, her train arrives at {evening_time}.",
    "I still think about the {dish} at {restaurant}, best I've had in ages.",
)


@dataclass(frozen=True)
class _Event:
    start: datetime
    end: datetime | None
    sensor: str
    kind: str
    modality: Modality | None
    data: dict[str, Any]


def _minutes_between(start: datetime, end: datetime) -> float:
    # Aware datetimes sharing a tzinfo subtract as wall clock; convert to measure real time across DST.
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60


class _DayPlanner:
    """Plans one day. Times are minutes after the day's local midnight (negative: the night before)."""

    def __init__(self, day: date, seed: int, zone: tzinfo) -> None:
        self.day = day
        self.zone = zone
        self.rng = random.Random(f"tether-synthetic-{seed}-{day.isoformat()}")
        self.workday = day.weekday() < 5
        # Every third day is an exercise day whatever the dice say, so any three days in a row hold some.
        self.exercise_day = (day.toordinal() + seed) % 3 == 0 or self.rng.random() < 0.3
        self.events: list[_Event] = []
        self.away: list[tuple[float, float]] = []  # spans spent away from the computer

    def plan(self) -> list[_Event]:
        """All of the day's events, in no particular order."""
        wake = self._sleep()
        exercise = self._exercise(wake) if self.exercise_day else None
        if self.workday:
            self._meetings()
        self._meals(wake, exercise)
        self._coffees(wake)
        self._computer(wake, exercise)
        self._conversations(wake)
        return self.events

    def _local(self, minutes: float) -> datetime:
        wall = datetime.combine(self.day, time()) + timedelta(seconds=round(minutes * 60))
        return wall.replace(tzinfo=self.zone)

    def _add(self, start: float, end: float | None, sensor: str, kind: str, modality: Modality | None,
             data: dict[str, Any], away: bool = False) -> None:
        self.events.append(_Event(self._local(start), None if end is None else self._local(end), sensor, kind,
                                  modality, data))
        if away and end is not None:
            self.away.append((start, end))

    def _pick(self, screens: dict[str, tuple[int, tuple[str, ...]]]) -> tuple[str, str]:
        apps = list(screens)
        app = self.rng.choices(apps, weights=[screens[a][0] for a in apps])[0]
        title = self.rng.choice(screens[app][1]).format(
            file=self.rng.choice(SOURCE_FILES), pr=self.rng.randint(120, 190),
            colleague=self.rng.choice(COLLEAGUES), friend=self.rng.choice(FRIENDS),
            restaurant=self.rng.choice(RESTAURANTS))
        return app, title

    def _sleep(self) -> float:
        """Last night's sleep; returns the wake-up time."""
        rng = self.rng
        bed = rng.uniform(22.5, 24.6) * 60 - 24 * 60
        wake = rng.uniform(6.3, 7.6) * 60 if self.workday else rng.uniform(7.6, 9.6) * 60
        hours = _minutes_between(self._local(bed), self._local(wake)) / 60
        felt = hours + rng.gauss(0, 0.7)
        quality = "good" if felt >= 7.3 else "fair" if felt >= 6.3 else "poor"
        self._add(bed, wake, "health", "sleep", Modality.physiological,
                  {"hours": round(hours, 1), "quality": quality, "awakenings": rng.randint(0, 4)}, away=True)
        return wake

    def _exercise(self, wake: float) -> tuple[float, float]:
        """A run, ride or swim: after work on workdays, late morning otherwise."""
        rng = self.rng
        activity = rng.choices(("run", "cycle", "swim"), weights=(5, 3, 2))[0]
        if activity == "run":
            distance, minutes_per_km, heart_rate = rng.uniform(4.5, 12), rng.uniform(4.8, 6.2), rng.randint(140, 168)
        elif activity == "cycle":
            distance, minutes_per_km, heart_rate = rng.uniform(15, 45), 60 / rng.uniform(22, 30), rng.randint(118, 150)
        else:
            distance, minutes_per_km, heart_rate = rng.uniform(1, 3), rng.uniform(18, 25), rng.randint(115, 145)
        duration = round(distance * minutes_per_km)
        start = rng.uniform(17.75, 18.5) * 60 if self.workday else wake + rng.uniform(75, 120)
        self._add(start, start + duration, "health", "exercise", Modality.physiological,
                  {"activity": activity, "distance_km": round(distance, 2 if activity == "swim" else 1),
                   "avg_heart_rate": heart_rate, "duration_min": duration}, away=True)
        return start, start + duration

    def _meetings(self) -> None:
        """The daily standup plus up to two more meetings in fixed hourly slots."""
        rng = self.rng
        plans = [("Daily standup", rng.sample(COLLEAGUES, rng.randint(3, 5)), 9.5 * 60, 15)]
        for slot in sorted(rng.sample((10.5, 14.0, 15.0, 16.0), rng.choice((0, 1, 1, 2)))):
            template, fewest, most = rng.choice(MEETINGS)
            attendees = rng.sample(COLLEAGUES, rng.randint(fewest, most))
            title = template.format(colleague=attendees[0], project=rng.choice(PROJECTS), client=rng.choice(CLIENTS))
            plans.append((title, attendees, slot * 60, rng.choice((30, 45, 60))))
        for title, attendees, start, length in plans:
            location = rng.choice(("Zoom", "Room Spree", "Room Havel"))
            self._add(start, start + length, "calendar", "meeting", Modality.digital,
                      {"title": title, "attendees": attendees, "location": location}, away=True)

    def _meals(self, wake: float, exercise: tuple[float, float] | None) -> None:
        """Breakfast (sometimes skipped on workdays), lunch and dinner, never during exercise."""
        rng = self.rng
        after_exercise = exercise[1] + rng.uniform(15, 30) if exercise else 0.0
        if not self.workday or rng.random() < 0.85:
            start = wake + rng.uniform(15, 40)
            self._meal("breakfast", start, rng.uniform(12, 30), "home")
        if self.workday:
            where = rng.choices(("canteen", "desk", rng.choice(RESTAURANTS)), weights=(5, 2, 3))[0]
            self._meal("lunch", rng.uniform(12.0, 12.75) * 60, rng.uniform(25, 50), where)
        else:
            self._meal("lunch", max(rng.uniform(13.0, 14.0) * 60, after_exercise), rng.uniform(25, 50), "home")
        where = rng.choice(RESTAURANTS) if rng.random() < 0.2 else "home"
        dinner = rng.uniform(18.75, 20.0) * 60
        if exercise and exercise[0] > 12 * 60:
            dinner = max(dinner, after_exercise)
        self._meal("dinner", dinner, rng.uniform(30, 60), where)

    def _meal(self, meal: str, start: float, length: float, where: str) -> None:
        menu = DISHES_BY_RESTAURANT.get(where, FOODS[meal])  # at a restaurant, eat what it serves
        self._add(start, start + length, "manual", "meal", Modality.gustatory,
                  {"meal": meal, "food": self.rng.choice(menu), "where": where}, away=True)

    def _coffees(self, wake: float) -> None:
        """One to four coffees: the first soon after waking, the others at the usual break times."""
        rng = self.rng
        times = [wake + rng.uniform(5, 30)]
        breaks = (rng.uniform(10.0, 10.75), rng.uniform(13.25, 14.0), rng.uniform(15.25, 16.25))
        times += sorted(b * 60 for b in rng.sample(breaks, rng.randint(1, 4) - 1))
        for number, at in enumerate(times):
            drink = rng.choice(sorted(CAFFEINE_MG))
            where = "home" if number == 0 else ("office" if self.workday else rng.choice(("home", "Café Fleur")))
            self._add(at, None, "manual", "coffee", Modality.gustatory,
                      {"drink": drink, "caffeine_mg": CAFFEINE_MG[drink], "where": where})

    def _computer(self, wake: float, exercise: tuple[float, float] | None) -> None:
        """Work hours on workdays, shorter personal blocks otherwise, and often an evening block."""
        rng = self.rng
        if self.workday:
            start, end = rng.uniform(8.75, 9.25) * 60, rng.uniform(17.0, 17.75) * 60
            if exercise:
                end = min(end, exercise[0] - 10)
            self._fill(start, end, WORK_SCREENS)
        else:
            morning = wake + rng.uniform(60, 90)
            self._fill(morning, morning + rng.uniform(30, 60), HOME_SCREENS)
            afternoon = rng.uniform(14.5, 16.0) * 60
            self._fill(afternoon, afternoon + rng.uniform(60, 120), HOME_SCREENS)
        if rng.random() < 0.75:
            evening = rng.uniform(20.75, 21.5) * 60
            # Stop before the earliest bedtime so a day never overlaps the next night's sleep.
            self._fill(evening, min(evening + rng.uniform(30, 75), 22.4 * 60), HOME_SCREENS)

    def _fill(self, start: float, end: float, screens: dict[str, tuple[int, tuple[str, ...]]]) -> None:
        """Computer sessions in the free parts of [start, end), with short breaks between some."""
        rng = self.rng
        for free_start, free_end in self._free(start, end):
            cursor = free_start
            while free_end - cursor >= 3:
                app, title = self._pick(screens)
                cursor = self._heartbeats(cursor, min(free_end, cursor + rng.uniform(6, 45)), app, title)
                if rng.random() < 0.4:
                    cursor += rng.uniform(0.5, 6)

    def _heartbeats(self, start: float, end: float, app: str, title: str) -> float:
        """One session as back-to-back pieces of a few minutes (gaps of seconds), as a watcher reports it."""
        rng = self.rng
        cursor = start
        while end - cursor >= 1:
            piece_end = min(end, cursor + rng.uniform(3, 7))
            self._add(cursor, piece_end, "window", "computer", Modality.digital, {"app": app, "title": title})
            cursor = piece_end + (rng.uniform(0.05, 0.4) if rng.random() < 0.3 else 0.0)
        return cursor

    def _free(self, start: float, end: float) -> list[tuple[float, float]]:
        """[start, end) minus the spans spent away from the computer."""
        spans = [(start, end)]
        for away_start, away_end in self.away:
            spans = [piece for s, e in spans
                     for piece in ((s, min(e, away_start)), (max(s, away_end), e)) if piece[1] > piece[0]]
        return spans

    def _conversations(self, wake: float) -> None:
        """Short overheard one-liners: colleagues during work hours, friends and family otherwise."""
        rng = self.rng
        count = rng.randint(4, 8) if self.workday else rng.randint(3, 6)
        for at in sorted(rng.uniform(wake + 30, 22 * 60) for _ in range(count)):
            at_work = self.workday and 9 * 60 <= at <= 17.5 * 60
            people = COLLEAGUES if at_work else FRIENDS
            speaker = "me" if rng.random() < 0.3 else rng.choice(people)
            restaurant = rng.choice(RESTAURANTS)
            text = rng.choice(WORK_LINES if at_work else HOME_LINES).format(
                project=rng.choice(PROJECTS), weekday=rng.choice(WEEKDAYS), workday=rng.choice(WEEKDAYS[:5]),
                artifact=rng.choice(ARTIFACTS), restaurant=restaurant,
                dish=rng.choice(DISHES_BY_RESTAURANT[restaurant]), client=rng.choice(CLIENTS),
                office_time=rng.choice(OFFICE_HOURS), evening_time=rng.choice(EVENING_HOURS), n=rng.randint(2, 6))
            self._add(at, at + rng.uniform(0.1, 0.7), "microphone", "conversation", Modality.auditory,
                      {"speaker": speaker, "text": text})


def generate_day(day: date, seed: int = 0, tz: str = "Europe/Berlin") -> list[Observation]:
    """One day of synthetic observations (including the night before's sleep), sorted by start."""
    zone = _zone(tz)
    events = _DayPlanner(day, seed, zone).plan()
    events.sort(key=lambda event: event.start.astimezone(UTC))  # stable: ties keep planning order
    return [
        Observation(id=f"syn-{seed}-{day.isoformat()}-{number:03d}", sensor=event.sensor, kind=event.kind,
                    start=event.start, end=event.end, modality=event.modality, data=event.data)
        for number, event in enumerate(events)
    ]


def generate_life(start: date, days: int, seed: int = 0, tz: str = "Europe/Berlin") -> list[Observation]:
    """``days`` consecutive synthetic days from ``start``, sorted by start time; same seed, same output."""
    if days < 0:
        raise ValueError(f"days must be 0 or more, got {days}")
    observations = [obs for offset in range(days)
                    for obs in generate_day(start + timedelta(days=offset), seed, tz)]
    observations.sort(key=lambda obs: (obs.start, obs.id))
    return observations


def write_life_jsonl(path: str | os.PathLike[str], start: date, days: int, seed: int = 0,
                     tz: str = "Europe/Berlin") -> int:
    """Write ``generate_life(...)`` to ``path`` as JSON Lines; returns the number of observations."""
    observations = generate_life(start, days, seed, tz)
    # newline="\n" keeps the file byte-identical across platforms.
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(write_jsonl(observations))
    return len(observations)


def _zone(name: str) -> tzinfo:
    if not name:
        # The machine's own zone would make output differ between machines.
        raise ValueError("tz must name an IANA time zone, e.g. Europe/Berlin")
    return resolve_timezone(name)
