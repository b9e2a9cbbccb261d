"""Questions with gold answers about an ``answers_life`` life (docs/benchmarks.md, "Answers").

Every gold answer is computed from the observations (never from a model), as of the moment the
question is asked: only records that ended by ``as_of`` count (``answers_cases`` holds what a case
is and the facts its answer needs). Conventions the phrasings rely on, however a set words them:

- a weekday ("on Tuesday", "last Tuesday"): the most recent one before today (2 to 6 days back); a
  day of the month said without its month: the most recent such day; a slash date is month first
  in a zone of the Americas and day first elsewhere;
- "this week" and "since Monday": from Monday 00:00 of the week of ``as_of``; "last week": the
  Monday to Sunday before it;
- "Monday night" is the sleep that ended on Tuesday morning; "last night" ended this morning;
- habit relations compare group means over every complete day (or night) in the log up to
  ``as_of``; each case states its definition in ``definition``.

Each set (``answers_sets``) is asked about its own life with its own wording; ``build_cases``
makes its cases, one ``Builder`` method per category.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any, Callable

from answers_builder import ACTIVITY_WORDS, DAY, CaseBuilder
from answers_cases import (Case, Fact, caffeine, clock_words, direction, km_fact, minutes_of, people_of,
                           said_answer, sleep_fact, text, winner)
from answers_life import Life, first_name
from shared.observation import Observation

CATEGORIES = ("said_fact", "value_on_date", "duration", "distance", "attendees", "count_total", "first_last",
              "multi_hop", "comparison", "habit_relation", "unanswerable", "follow_up")
PER_CATEGORY = 22
PAST = {"run": "ran", "cycle": "cycled", "swim": "swam"}


class Builder(CaseBuilder):
    """Makes one set's candidate cases; one method per category (``build_cases`` picks among them)."""

    def said_fact(self) -> None:
        for said in (s for s in self.idx.life.said if not s.distractor):
            said_day = self.idx.local(said.at).date()
            later = [d for d in self.ask_days if d >= said_day] or self.idx.days[-1:]
            as_of = self.idx.evening(self.rng.choice(later), self.rng)
            self.ask(said.kind, as_of, [said_answer(said)], (said_day,), who=first_name(said.speaker), project=said.detail)

    def value_on_date(self) -> None:
        idx = self.idx
        for today, as_of in self.moments():
            for d in self.recent(today):
                for meal in ("breakfast", "lunch", "dinner"):
                    if found := idx.one("meal", d, as_of, meal=meal):
                        self.on_day(f"{meal}_food", as_of, [text(found.data["food"])], d, today)
                        if meal != "breakfast":
                            self.on_day(f"{meal}_place", as_of, [text(found.data["where"])], d, today)
                if workout := idx.one("exercise", d, as_of):
                    act = workout.data["activity"]
                    self.on_day("workout_kind", as_of, [text(*ACTIVITY_WORDS[act])], d, today)
                    self.on_day("heart_rate", as_of, [Fact("number", workout.data["avg_heart_rate"], 1, "bpm")], d, today,
                                noun=self.noun(act))
                if sleep := idx.night(d, as_of):
                    self.on_night("sleep_quality", as_of, [text(sleep.data["quality"])], d, today)

    def duration(self) -> None:
        idx = self.idx
        for today, as_of in self.moments():
            for d in self.recent(today):
                if sleep := idx.night(d, as_of):
                    self.on_night("sleep_night", as_of, [sleep_fact(sleep)], d, today)
                if workout := idx.one("exercise", d, as_of):
                    self.on_day("exercise_duration", as_of, [Fact("duration", workout.data["duration_min"], 1)], d, today,
                                noun=self.noun(workout.data["activity"]))
                for meeting in idx.on("meeting", d, as_of):
                    self.on_day("meeting_duration", as_of, [minutes_of(meeting)], d, today, title=meeting.data["title"])

    def distance(self) -> None:
        for today, as_of in self.moments():
            for d, act in ((d, act) for d in self.recent(today) for act in PAST):
                if workout := self.idx.one("exercise", d, as_of, activity=act):
                    self.on_day(f"distance_{act}", as_of, [km_fact(workout)], d, today)

    def attendees(self) -> None:
        for today, as_of in self.moments():
            for d in self.recent(today):
                for meeting in self.idx.on("meeting", d, as_of):
                    if not meeting.data["title"].startswith("1:1"):  # the title names the one attendee
                        self.on_day("attendees", as_of, people_of(meeting), d, today, title=meeting.data["title"])

    def count_total(self) -> None:
        idx = self.idx
        for today, evening in self.moments():
            for as_of in (evening, idx.afternoon(today, self.rng)):
                for d in self.recent(today, 2 if as_of == evening else 0):
                    coffees = idx.on("coffee", d, as_of)
                    self.on_day("coffee_count", as_of, [Fact("number", len(coffees))], d, today)
                    self.on_day("caffeine", as_of, [Fact("number", caffeine(coffees), 1, "mg")], d, today)
                    if d.weekday() < 5:
                        self.on_day("meeting_count", as_of, [Fact("number", len(idx.on("meeting", d, as_of)))], d, today)
            week = tuple(d for d in idx.days if today - timedelta(days=today.weekday()) <= d <= today)
            workouts = [w for d in week for w in idx.on("exercise", d, evening)]
            for act, noun in (("run", "running"), ("cycle", "cycling")):
                if done := [w.data["distance_km"] for w in workouts if w.data["activity"] == act]:
                    self.ask("km_week", evening, [Fact("number", round(sum(done), 2), 0.1, "km")], week, activity=noun,
                             past=PAST[act], verb=act)
            self.ask("workouts_week", evening, [Fact("number", len(workouts))], week)

    def first_last(self) -> None:
        idx = self.idx
        for today, evening in self.moments():
            for as_of in (evening, idx.afternoon(today, self.rng)):
                for d in self.recent(today, 3 if as_of == evening else 0):
                    coffees, meetings = idx.on("coffee", d, as_of), idx.on("meeting", d, as_of)
                    for key, records, pick in (("first_coffee", coffees, 0), ("last_coffee", coffees, -1),
                                               ("first_meeting", meetings, 0)):
                        if records:
                            self.on_day(key, as_of, [Fact("time", idx.clock(records[pick].start))], d, today)
                    if woke := idx.night(d - DAY, as_of):
                        self.ask("wake", as_of, [Fact("time", idx.clock(woke.end))], (d - DAY, d),
                                 day=self.day_phrase(d, today))
            for d in self.recent(today, 4):
                if sleep := idx.night(d, evening):
                    self.on_night("bedtime", evening, [Fact("time", idx.clock(sleep.start))], d, today)

    def multi_hop(self) -> None:
        idx, last = self.idx, self.ask_days[-1]
        as_of = idx.evening(last, self.rng)
        workouts, meetings = idx.by_kind["exercise"], idx.by_kind["meeting"]
        for workout in workouts:
            d, act, km = idx.local(workout.start).date(), workout.data["activity"], workout.data.get("distance_km")
            dinner = idx.one("meal", d, as_of, meal="dinner")
            unique = [w.data.get("distance_km") for w in workouts if w.data["activity"] == act].count(km) == 1
            if act in PAST and dinner and unique:
                self.ask("dinner_on_distance", as_of, [text(dinner.data["food"])], (d,), past=PAST[act], km=f"{km:g}",
                         noun=self.noun(act))
            after = [m for m in meetings if m.start >= workout.end and idx.local(m.start).date() == d]
            if after and idx.one("exercise", d, as_of) and (last - d).days <= 6:
                self.on_day("meeting_after_workout", as_of, people_of(after[0]), d, last, noun=self.noun(act))
        for meeting in meetings:
            d, title = idx.local(meeting.start).date(), meeting.data["title"]
            if [m.data["title"] for m in meetings].count(title) > 1:
                continue  # only a meeting that happened once identifies its day
            if lunch := idx.one("meal", d, as_of, meal="lunch"):
                self.ask("lunch_on_meeting_day", as_of, [text(lunch.data["where"])], (d,), title=title)
            if sleep := idx.night(d, as_of):
                self.ask("sleep_after_meeting", as_of, [sleep_fact(sleep)], (d, d + DAY), title=title)
        for said in self.idx.life.said:
            d = idx.local(said.at).date()
            dinner = idx.one("meal", d, as_of, meal="dinner")
            if said.kind in ("book", "film", "podcast") and not said.distractor and dinner:
                self.ask("dinner_on_said_day", as_of, [text(dinner.data["food"])], (d,), who=first_name(said.speaker),
                         value=said.value)

    def comparison(self) -> None:
        idx = self.idx
        for today, as_of in self.moments():
            days = self.recent(today)
            for d1, d2 in zip(days, days[1:]):
                s1, s2 = idx.night(d1, as_of), idx.night(d2, as_of)
                if s1 and s2 and abs(s1.duration_s - s2.duration_s) >= 9 * 60:
                    n1, n2 = (self.night_phrase(d, today) for d in (d1, d2))
                    won = (d1, n1) if s1.duration_s > s2.duration_s else (d2, n2)
                    self.ask("compare_sleep", as_of, [sleep_fact(s1), sleep_fact(s2), winner(*won)],
                             (d1, d2, d1 + DAY, d2 + DAY), n1=n1, n2=n2)
                p1, p2 = (self.day_phrase(d, today) for d in (d1, d2))
                mg1, mg2 = (caffeine(idx.on("coffee", d, as_of)) for d in (d1, d2))
                if mg1 != mg2:
                    self.ask("compare_caffeine", as_of, [Fact("number", mg1, 1, "mg"), Fact("number", mg2, 1, "mg"),
                             winner(*((d1, p1) if mg1 > mg2 else (d2, p2)))], (d1, d2), d1=p1, d2=p2)
                w1, w2 = idx.one("exercise", d1, as_of), idx.one("exercise", d2, as_of)
                if w1 and w2 and w1.data["duration_min"] != w2.data["duration_min"]:
                    won = (d1, p1) if w1.data["duration_min"] > w2.data["duration_min"] else (d2, p2)
                    self.ask("compare_duration", as_of, [Fact("duration", w1.data["duration_min"], 1),
                             Fact("duration", w2.data["duration_min"], 1), winner(*won)], (d1, d2), d1=p1, d2=p2)
            monday = today - timedelta(days=today.weekday())
            if monday - timedelta(days=7) >= idx.days[0]:
                this = sum(len(idx.on("coffee", d, as_of)) for d in idx.days if monday <= d <= today)
                before = sum(len(idx.on("coffee", d, as_of)) for d in idx.days if monday - timedelta(days=7) <= d < monday)
                if this != before:
                    self.ask("compare_coffee_weeks", as_of, [Fact("number", this), Fact("number", before), direction(
                        this > before, True, ("more",), ("fewer", "less", "more last week"))])

    def habit_relation(self) -> None:
        idx = self.idx
        for today, as_of in self.moments():
            days = [d for d in idx.days if d < today]
            nights = {d: idx.night(d, as_of) for d in days}
            coffee = {d: idx.on("coffee", d, as_of) for d in days}
            dinner = {d: idx.one("meal", d, as_of, meal="dinner") for d in days}
            worked_out = {d: bool(idx.on("exercise", d, as_of)) for d in days}
            for hour in (14, 15, 16):
                self.relation(as_of, nights, lambda d, h=hour: any(idx.local(c.start).hour >= h for c in coffee[d]),
                              "late_coffee_sleep", f"a coffee at or after {hour}:00", t=clock_words(hour, 0))
            for hour, minute in ((19, 30), (20, 0)):
                self.relation(as_of, nights, lambda d, t=time(hour, minute): bool(dinner[d]) and
                              idx.local(dinner[d].start).time() >= t, "late_dinner_sleep",
                              f"dinner starting at or after {hour}:{minute:02d}", t=clock_words(hour, minute))
            self.relation(as_of, nights, worked_out.__getitem__, "exercise_sleep", "a workout that day")
            for mg in (300, 400):
                self.relation(as_of, nights, lambda d, x=mg: caffeine(coffee[d]) >= x, "caffeine_sleep",
                              f"at least {mg} mg of caffeine that day", mg=mg)
            self.relation(as_of, {d: len(c) for d, c in coffee.items()}, worked_out.__getitem__, "exercise_coffee",
                          "a workout that day")

    def relation(self, as_of: datetime, outcome: dict[date, Any], condition: Callable[[date], bool], key: str,
                 condition_text: str, **slots: Any) -> None:
        """Mean outcome (sleep minutes, or coffees a day) on days with and without ``condition``."""
        values = {d: (v.duration_s / 60 if isinstance(v, Observation) else v) for d, v in outcome.items() if v is not None}
        with_, without = ([v for d, v in values.items() if condition(d) == flag] for flag in (True, False))
        if len(with_) < 2 or len(without) < 2:
            return
        high, low = statistics.fmean(with_), statistics.fmean(without)
        if key == "exercise_coffee":
            facts = [Fact("number", round(high, 2), 0.1), Fact("number", round(low, 2), 0.1),
                     direction(high > low, True, ("more",), ("fewer", "less"))]
            what = "mean coffees a day"
        else:
            facts = [Fact("duration", high, 6), Fact("duration", low, 6),
                     direction(high > low, key == "exercise_sleep", ("more", "longer"), ("less", "shorter", "fewer"))]
            what = "mean sleep of the night after each day"
        if abs(high - low) < (0.15 if key == "exercise_coffee" else 5):
            facts = facts[:2]  # too close to call a direction
        self.ask(key, as_of, facts, definition=f"{what}: days with {condition_text} ({len(with_)}) versus days without "
                 f"({len(without)}), over every complete day of the log before {as_of:%Y-%m-%d}", **slots)

    def unanswerable(self) -> None:
        idx, life = self.idx, self.idx.life
        for today, as_of in self.moments():
            outside = (idx.days[0] - timedelta(days=self.rng.randint(3, 60)), idx.days[-1] + timedelta(days=self.rng.randint(20, 50)))
            for d in outside:
                absolute = self.day_phrase(d, today, absolute=True)
                self.ask("lunch_food", as_of, [], (d,), abstain=True, day=absolute)
                self.ask("distance_run", as_of, [], (d,), abstain=True, day=absolute)
            for d in self.recent(today):
                done = {w.data["activity"] for w in idx.on("exercise", d, as_of)}
                for act in sorted(set(PAST) - done)[:1]:
                    self.on_day(f"distance_{act}", as_of, [], d, today, abstain=True)
                title = self.rng.choice(["Sprint planning", "Design review", "Team retro"])
                if title not in {m.data["title"] for m in idx.on("meeting", d, as_of)}:
                    self.on_day("attendees", as_of, [], d, today, abstain=True, title=title)
            early = idx.afternoon(today, self.rng)  # dinner is in the log, but after the question
            if idx.on("meal", today, as_of, meal="dinner") and not idx.on("meal", today, early, meal="dinner"):
                self.ask("dinner_food", early, [], (today,), abstain=True,
                         day=self.day_phrase(today, today))
        for kind in ("book", "film", "dog", "podcast"):
            silent = [p for p in life.people if not any(s.kind == kind and s.speaker == p for s in life.said)]
            for who in silent[:3]:
                self.ask(kind, idx.evening(idx.days[-1], self.rng), [], abstain=True, who=first_name(who))

    def follow_up(self) -> None:
        idx = self.idx

        def pair(first_key: str, key: str, as_of: datetime, facts: list[Fact], first_facts: list[Fact],
                 first_slots: dict, days: tuple = (), **slots: Any) -> None:
            first = self.fill(first_key, first_slots)
            self.ask(key, as_of, facts, days, history=(self.typed(first),), history_facts=tuple(first_facts),
                     **slots)

        for today, as_of in self.moments():
            phrase = lambda d: self.day_phrase(d, today)  # noqa: E731
            for d in self.recent(today):
                lunch, earlier = (idx.one("meal", x, as_of, meal="lunch") for x in (d, d - DAY))
                if lunch and earlier:
                    pair("lunch_food", "fu_day_before", as_of, [text(earlier.data["food"])], [text(lunch.data["food"])],
                         dict(day=phrase(d)), (d - DAY, d))
                for meeting in idx.on("meeting", d, as_of)[:1]:
                    pair("attendees", "fu_meeting_length", as_of, [minutes_of(meeting)], people_of(meeting),
                         dict(day=phrase(d), title=meeting.data["title"]), (d,))
            runs = [w for d in self.recent(today) if (w := idx.one("exercise", d, as_of, activity="run"))]
            for w1, w2 in zip(runs, runs[1:]):
                d1, d2 = (idx.local(w.start).date() for w in (w1, w2))
                pair("distance_run", "fu_other_day", as_of, [km_fact(w2)], [km_fact(w1)], dict(day=phrase(d1)), (d1, d2),
                     day=phrase(d2))
            last, before = idx.night(today - DAY, as_of), idx.night(today - 2 * DAY, as_of)
            if last and before:
                pair("sleep_night", "fu_night_before", as_of, [sleep_fact(before)], [sleep_fact(last)],
                     dict(night=self.night_phrase(today - DAY, today)),
                     (today - 2 * DAY, today - DAY, today))
            yesterday, now = (len(idx.on("coffee", d, as_of)) for d in (today - DAY, today))
            pair("coffee_count", "fu_today", as_of, [Fact("number", now)], [Fact("number", yesterday)],
                 dict(day=self.day_phrase(today - DAY, today)), (today - DAY, today))
        for kind in ("book", "film", "podcast", "dog", "age", "flight", "restaurant"):
            said = [s for s in idx.life.said if s.kind == kind and not s.distractor]
            for a, b in zip(said, said[1:]):
                as_of = idx.evening(max(self.ask_days[-1], idx.local(b.at).date()), self.rng)
                pair(kind, "fu_other_person", as_of, [said_answer(b)], [said_answer(a)],
                     dict(who=first_name(a.speaker), project=a.detail), who=first_name(b.speaker))


def build_cases(life: Life, variant: str, per_category: int = PER_CATEGORY) -> list[Case]:
    """About ``per_category`` cases a category, balanced over sub-kinds, the same for the same life."""
    builder = Builder(life, variant)
    cases: list[Case] = []
    for category in CATEGORIES:
        by_key: dict[str, list[Case]] = defaultdict(list)
        seen = set()
        builder.category, builder.out = category, []
        getattr(builder, category)()
        for case in builder.out:
            if (case.question, case.as_of, case.history) not in seen:
                seen.add((case.question, case.as_of, case.history))
                by_key[case.key].append(case)
        for group in by_key.values():
            builder.rng.shuffle(group)
        picked: list[Case] = []
        while len(picked) < per_category and any(by_key.values()):
            for key in sorted(by_key):
                if by_key[key] and len(picked) < per_category:
                    picked.append(by_key[key].pop())
        cases += [replace(c, id=f"{variant}-{category}-{n:02d}") for n, c in enumerate(picked)]
    return cases


def take_balanced(cases: list[Case], limit: int | None) -> list[Case]:
    """The first ``limit`` cases taking one category at a time, so a short run sees every category."""
    if limit is None or limit >= len(cases):
        return cases
    queues = {c: [x for x in cases if x.category == c] for c in CATEGORIES}
    out: list[Case] = []
    while len(out) < limit:
        out += [q.pop(0) for q in queues.values() if q][: limit - len(out)]
    return out
