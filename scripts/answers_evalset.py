"""Questions with gold answers about an ``answers_life`` life (docs/benchmarks.md, "Answers").

Every gold answer is computed from the observations (never from a model), as of the moment the
question is asked: only records that ended by ``as_of`` count. A case lists every fact its answer
must contain: a text (any of its spellings), a number with a tolerance and a unit, a duration in
minutes, a clock time "HH:MM" in the person's zone, or a date. Unanswerable cases expect an
abstention. Conventions the phrasings rely on:

- "on Tuesday" / "last Tuesday" / "this past Tuesday": the most recent Tuesday before today
  (2 to 6 days back); "this week" and "since Monday": from Monday 00:00 of the week of ``as_of``;
- "Monday night" is the sleep that ended on Tuesday morning; "last night" ended this morning;
- habit relations compare group means over every complete day (or night) in the log up to
  ``as_of``; each case states its definition in ``definition``.

Two variants: ``dev`` (to tune on) and ``heldout``, whose templates and date phrasings are a
second, different set (``PHRASES``), each asked about its own life (seed, start day, zone), so
tuning on one cannot overfit the other.

This module is longer than STYLE.md's ~400 lines: its two phrasing tables (about 115 lines) stay
beside the builder that fills their slots, so that a template and the gold it is asked with are
read together.
"""

from __future__ import annotations

import random
import statistics
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Literal

from answers_life import FACT_VALUES, MONTHS, Life, LifeIndex, SaidFact, first_name, generate_life
from shared.observation import Observation, effective_end

VARIANTS = {"dev": (date(2026, 11, 2), "America/New_York"), "heldout": (date(2027, 2, 1), "America/Los_Angeles")}
"""Each variant's life starts on a Monday, in its own zone, with no clock change inside 14 days."""
CATEGORIES = ("said_fact", "value_on_date", "duration", "distance", "attendees", "count_total", "first_last",
              "multi_hop", "comparison", "habit_relation", "unanswerable", "follow_up")
PER_CATEGORY = 22
DAY = timedelta(days=1)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOUN = {"run": "run", "cycle": "ride", "swim": "swim", "yoga": "yoga session", "climb": "climbing session"}
PAST = {"run": "ran", "cycle": "cycled", "swim": "swam"}
# Every key has a dev and a held-out list; no template appears in both (a test checks it).
PHRASES: dict[str, dict[str, list[str]]] = {"dev": {
    "book": ["What book did {who} recommend?", "Which book did {who} tell me to read?"],
    "film": ["What film did {who} recommend?", "Which movie did {who} say I should watch?"],
    "offsite": ["Where did {who} say the offsite moved to?", "According to {who}, where is the offsite now?"],
    "restaurant": ["Which restaurant did {who} suggest we try?", "What place did {who} say we should try?"],
    "flight": ["What time does {who}'s flight land?", "When did {who} say their flight lands?"],
    "dog": ["What is the name of {who}'s new dog?", "What did {who} name their dog?"],
    "launch": ["When did {who} say the {project} launch is now?", "What date did the {project} launch slip to, according to {who}?"],
    "age": ["How old is {who}'s daughter turning?", "What age is {who}'s daughter turning?"],
    "podcast": ["What podcast did {who} recommend?", "Which podcast did {who} tell me about?"],
    "breakfast_food": ["What did I eat for breakfast {day}?", "What did I have for breakfast {day}?"],
    "lunch_food": ["What did I eat for lunch {day}?", "What did I have for lunch {day}?"],
    "dinner_food": ["What did I eat for dinner {day}?", "What was dinner {day}?"],
    "lunch_place": ["Where did I have lunch {day}?", "Where did I eat lunch {day}?"],
    "dinner_place": ["Where did I have dinner {day}?", "Where did I eat dinner {day}?"],
    "workout_kind": ["What workout did I do {day}?", "What exercise did I do {day}?"],
    "heart_rate": ["What was my average heart rate on my {noun} {day}?", "What was my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["How well did I sleep {night}?", "What was my sleep quality {night}?"],
    "sleep_night": ["How long did I sleep {night}?", "How many hours did I sleep {night}?"],
    "exercise_duration": ["How long was my {noun} {day}?", "How many minutes did my {noun} take {day}?"],
    "meeting_duration": ["How long was the {title} {day}?", "How long did the {title} meeting last {day}?"],
    "distance_run": ["How far did I run {day}?", "How many km did I run {day}?"],
    "distance_cycle": ["How far did I cycle {day}?", "How many kilometres did I ride {day}?"],
    "distance_swim": ["How far did I swim {day}?", "What distance did I swim {day}?"],
    "attendees": ["Who attended the {title} {day}?", "Who was at the {title} {day}?", "Who was in the {title} meeting {day}?"],
    "coffee_count": ["How many coffees did I have {day}?", "How many cups of coffee did I drink {day}?"],
    "caffeine": ["How much caffeine did I have {day}?", "How many mg of caffeine did I have {day}?"],
    "meeting_count": ["How many meetings did I have {day}?", "How many meetings were on my calendar {day}?"],
    "km_week": ["How many km did I {verb} this week?", "How far did I {verb} in total this week?"],
    "workouts_week": ["How many workouts did I do this week?", "How many times did I exercise this week?"],
    "first_coffee": ["When was my first coffee {day}?", "What time did I first have coffee {day}?"],
    "last_coffee": ["When was my last coffee {day}?", "What time did I have my last coffee {day}?"],
    "first_meeting": ["What time did my first meeting start {day}?", "When was my first meeting {day}?"],
    "wake": ["When did I wake up {day}?", "What time did I get up {day}?"],
    "bedtime": ["When did I go to bed {night}?", "What time did I fall asleep {night}?"],
    "dinner_on_distance": ["What did I eat for dinner on the day I {past} {km} km?", "What was dinner on the day I {past} {km} km?"],
    "meeting_after_workout": ["Who was at the meeting right after my {noun} {day}?", "Who attended the first meeting after my {noun} {day}?"],
    "lunch_on_meeting_day": ["Where did I have lunch on the day of the {title}?", "Where did I eat lunch the day we had the {title}?"],
    "sleep_after_meeting": ["How long did I sleep the night after the {title}?", "How much did I sleep after the day of the {title}?"],
    "dinner_on_said_day": ["What did I have for dinner on the day {who} recommended {value}?"],
    "compare_sleep": ["Did I sleep more {n1} or {n2}?", "Did I get more sleep {n1} or {n2}?"],
    "compare_caffeine": ["Did I have more caffeine {d1} or {d2}?", "Was there more caffeine {d1} or {d2}?"],
    "compare_duration": ["Was my workout longer {d1} or {d2}?", "Did I exercise longer {d1} or {d2}?"],
    "compare_coffee_weeks": ["Did I drink more coffee this week than last week?", "Have I had more coffees this week than last week?"],
    "late_coffee_sleep": ["Do I sleep less after a coffee at or after {t}?", "Do I sleep less on nights after I have coffee at {t} or later?"],
    "late_dinner_sleep": ["Do I sleep less when dinner starts at or after {t}?", "Do I sleep less on nights I eat dinner at {t} or later?"],
    "exercise_sleep": ["Do I sleep more on nights after a day I exercised?", "Do I sleep longer after days with a workout?"],
    "caffeine_sleep": ["Do I sleep less after days with at least {mg} mg of caffeine?"],
    "exercise_coffee": ["Do I drink more coffee on days I exercise?", "Do I have more coffees on workout days?"],
    "fu_day_before": ["And the day before?", "What about the day before?"],
    "fu_other_person": ["What about {who}?", "And {who}?"],
    "fu_today": ["And today?", "What about today?"],
    "fu_meeting_length": ["And how long was it?", "How long did it last?"],
    "fu_night_before": ["And the night before?", "What about the night before that?"],
    "fu_other_day": ["And {day}?", "What about {day}?"],
}, "heldout": {
    "book": ["{who} told me to read something. Which book was it?", "Remind me of the novel {who} suggested."],
    "film": ["{who} was raving about a movie. Which one?", "Name the film {who} said to watch."],
    "offsite": ["Per {who}, where's the offsite going to be?", "{who} mentioned a new location for the offsite. Which city?"],
    "restaurant": ["{who} had a restaurant tip for me. What was it?", "Which place to eat did {who} bring up?"],
    "flight": ["{who} is flying in. At what time does the plane land?", "Remind me when {who}'s flight gets in."],
    "dog": ["{who} got a dog recently. What's it called?", "Name of the dog {who} adopted?"],
    "launch": ["{who} mentioned the {project} launch moved. To which date?", "Per {who}, when is {project} launching now?"],
    "age": ["{who}'s daughter has a birthday coming up. How old will she be?", "Which birthday is {who}'s daughter celebrating?"],
    "podcast": ["{who} suggested a podcast to me. What is it called?", "Name the podcast {who} brought up."],
    "breakfast_food": ["What was on my plate at breakfast {day}?", "Remind me what breakfast was {day}."],
    "lunch_food": ["What was my lunch {day}?", "Remind me what I ate at lunchtime {day}."],
    "dinner_food": ["What did I have as my evening meal {day}?", "Tell me what I ate for supper {day}."],
    "lunch_place": ["At which place did I eat lunch {day}?", "Lunch {day}: where was it?"],
    "dinner_place": ["Where was dinner {day}?", "Which place did I have supper at {day}?"],
    "workout_kind": ["Which sport did I do {day}?", "What kind of training did I do {day}?"],
    "heart_rate": ["During my {noun} {day}, what was the mean heart rate?", "Average bpm for the {noun} {day}?"],
    "sleep_quality": ["Was my sleep good, fair or poor {night}?", "How restful was my sleep {night}?"],
    "sleep_night": ["How much sleep did I get {night}?", "What was my sleep duration {night}?"],
    "exercise_duration": ["What was the length of my {noun} {day}?", "For how long did I do my {noun} {day}?"],
    "meeting_duration": ["How much time did the {title} take {day}?", "What was the length of the {title} {day}?"],
    "distance_run": ["What distance did I cover running {day}?", "How long was my run {day}, in km?"],
    "distance_cycle": ["How many km was my bike ride {day}?", "What distance did I ride {day}?"],
    "distance_swim": ["How much did I swim {day}, distance-wise?", "What was my swim distance {day}?"],
    "attendees": ["Which people joined the {title} {day}?", "List everyone in the {title} {day}.", "Who took part in the {title} {day}?"],
    "coffee_count": ["Count my coffees {day}.", "What number of coffees did I drink {day}?"],
    "caffeine": ["What was my total caffeine intake {day}?", "Total caffeine {day}, in milligrams?"],
    "meeting_count": ["Count the meetings I had {day}.", "What number of calendar meetings did I have {day}?"],
    "km_week": ["What's my total {activity} distance since Monday?", "Sum up the kilometres I {past} since Monday."],
    "workouts_week": ["How many training sessions have I logged since Monday?", "Since Monday, how many times did I work out?"],
    "first_coffee": ["What time was my earliest coffee {day}?", "At what time did I have coffee first {day}?"],
    "last_coffee": ["What time was my final coffee {day}?", "When did I have the last cup of coffee {day}?"],
    "first_meeting": ["When did the earliest meeting begin {day}?", "At what time did my first calendar meeting start {day}?"],
    "wake": ["At what time did I get out of bed {day}?", "What was my wake-up time {day}?"],
    "bedtime": ["What time did I turn in {night}?", "When did my sleep start {night}?"],
    "dinner_on_distance": ["On the day I {past} {km} km, what was dinner?", "I {past} {km} km one day; what did I eat that evening?"],
    "meeting_after_workout": ["After my {noun} {day}, who was in the next meeting?", "Which people were at the meeting that followed my {noun} {day}?"],
    "lunch_on_meeting_day": ["On the day of the {title}, where did I go for lunch?", "The day of the {title}: where was lunch?"],
    "sleep_after_meeting": ["After the {title}, how much did I sleep that night?", "What was my sleep duration the night following the {title}?"],
    "dinner_on_said_day": ["On the day {who} recommended {value}, what did I eat for dinner?"],
    "compare_sleep": ["Which night did I sleep longer: {n1} or {n2}?", "Compare my sleep {n1} and {n2}: which was longer?"],
    "compare_caffeine": ["Was my caffeine higher {d1} or {d2}?", "Compare my caffeine intake {d1} versus {d2}."],
    "compare_duration": ["Which workout took more time, the one {d1} or the one {d2}?", "Compare the length of my workouts {d1} and {d2}."],
    "compare_coffee_weeks": ["Am I drinking more coffee this week compared with last week?", "Coffee count this week versus last week: more or fewer?"],
    "late_coffee_sleep": ["When I drink coffee at {t} or later, do I get less sleep that night?", "Does a coffee at or after {t} cut my sleep?"],
    "late_dinner_sleep": ["When dinner begins at {t} or later, do I sleep less?", "Does eating dinner at or after {t} shorten my sleep?"],
    "exercise_sleep": ["Do workout days give me longer nights of sleep?", "Is my sleep longer on nights following exercise?"],
    "caffeine_sleep": ["When my caffeine reaches {mg} mg or more in a day, do I sleep less that night?"],
    "exercise_coffee": ["On days I train, do I drink more coffee?", "Is my coffee count higher on exercise days?"],
    "fu_day_before": ["How about the previous day?", "Same question for the day before."],
    "fu_other_person": ["Same question about {who}.", "How about {who}?"],
    "fu_today": ["How about so far today?", "Same for today?"],
    "fu_meeting_length": ["What was its duration?", "How many minutes did that meeting run?"],
    "fu_night_before": ["How about the previous night?", "Same for the night before?"],
    "fu_other_day": ["How about {day}?", "Same question, but {day}."],
}}
ACTIVITY_WORDS = {"run": ("run", "ran", "running", "jog", "jogged"),
                  "cycle": ("cycle", "cycled", "cycling", "bike", "biked", "biking", "ride", "rode", "bike ride"),
                  "swim": ("swim", "swam", "swimming"), "yoga": ("yoga",), "climb": ("climb", "climbed", "climbing")}


@dataclass(frozen=True)
class Fact:
    """One thing a right answer must say."""

    kind: Literal["text", "number", "duration", "time", "date"]
    value: Any
    """text: a tuple of accepted spellings; number: float; duration: minutes; time: "HH:MM"; date: ISO."""
    tolerance: float = 0.0
    unit: str = ""

    def describe(self) -> str:
        if self.kind == "text":
            return " | ".join(self.value)
        if self.kind == "duration":
            return f"{int(self.value // 60)} h {round(self.value % 60)} min (±{self.tolerance:g} min)"
        return f"{self.value:g}{' ' + self.unit if self.unit else ''} (±{self.tolerance:g})" \
            if self.kind == "number" else str(self.value)


def text(*spellings: str) -> Fact:
    return Fact("text", tuple(spellings))


def person(name: str) -> Fact:
    return text(name, first_name(name))


@dataclass(frozen=True)
class Case:
    """A question asked as of a moment in the person's zone, with every fact its answer needs."""

    id: str
    category: str
    key: str
    question: str
    as_of: datetime
    timezone: str
    facts: tuple[Fact, ...]
    abstain: bool = False
    history: tuple[str, ...] = ()
    """Earlier questions of the conversation (a follow-up's first turn), asked first."""
    history_facts: tuple[Fact, ...] = ()
    days: tuple[date, ...] = ()
    """The days the question is about: an answer that names another date answers another question."""
    definition: str = ""
    rivals: tuple[str, ...] = ()
    """Other values of a text fact's kind in the life (foods, places, people, titles said, activities):
    an answer naming one lists candidates instead of answering."""


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_phrase(variant: str, day: date, today: date, rng: random.Random, absolute: bool = False) -> str:
    """How a question names ``day`` asked on ``today`` (a different set of phrasings per variant);
    ``absolute``: always with the month (a day outside the life must not read as one inside it)."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if not absolute and back in (0, 1):
        return ("today", "yesterday")[back]
    if variant == "dev":
        options = [f"on {wd}, {month} {day.day}", f"on {day.month}/{day.day}"]
        options += [f"on {wd}", f"last {wd}"] if 2 <= back <= 6 and not absolute else []
    else:
        options = [f"on {month[:3]} {day.day}", f"on the {ordinal(day.day)} of {month}"]
        options += [] if absolute else [f"on {wd} the {ordinal(day.day)}"]
        options += [f"this past {wd}", f"{back} days ago"] if 2 <= back <= 6 and not absolute else []
        options += ["the day before yesterday"] * 2 if back == 2 and not absolute else []
    return rng.choice(options)


def night_phrase(variant: str, day: date, today: date, rng: random.Random) -> str:
    """How a question names the night that starts on ``day``."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if back == 1:
        return "last night"
    if variant == "dev":
        return rng.choice([f"on the night of {month} {day.day}"] + ([f"on {wd} night"] * 2 if back <= 6 else []))
    if back == 2:
        return "the night before last"
    return rng.choice([f"the night of the {ordinal(day.day)}"] + ([f"{wd} night"] * 2 if back <= 6 else []))


class Builder:
    """Makes one variant's candidate cases; one method per category (``build_cases`` picks among them)."""

    def __init__(self, life: Life, variant: str) -> None:
        self.idx, self.variant, self.category = LifeIndex(life), variant, ""
        self.rng = random.Random(f"{life.seed}-{variant}")
        self.phrases = PHRASES[variant]
        self.ask_days = self.idx.days[max(1, life.days // 2):] or self.idx.days
        self.out: list[Case] = []
        meals = [o.data for o in self.idx.by_kind["meal"]]
        self.groups = [{m["food"] for m in meals}, {m["where"] for m in meals}, set(ACTIVITY_WORDS["run"]).union(
            *ACTIVITY_WORDS.values()), {n for p in life.people for n in (p, first_name(p))}]
        self.groups += [{str(s.value) for s in life.said if s.kind == k} for k in FACT_VALUES | {"book": ()}]

    def ask(self, key: str, as_of: datetime, facts: list[Fact], days: tuple[date, ...] = (), abstain: bool = False,
            history: tuple[str, ...] = (), history_facts: tuple[Fact, ...] = (), definition: str = "", **slots: Any) -> None:
        question = self.rng.choice(self.phrases[key]).format(**slots)
        said = {v for f in (*facts, *history_facts) if f.kind == "text" for v in f.value}
        rivals = {r for group in self.groups if said & group for r in group} - said
        self.out.append(Case("", self.category, key, question[0].upper() + question[1:], as_of, self.idx.life.tz_name,
                             tuple(facts), abstain, history, history_facts, days, definition, tuple(sorted(rivals))))

    def on_day(self, key: str, as_of: datetime, facts: list[Fact], d: date, today: date, **kw: Any) -> None:
        self.ask(key, as_of, facts, (d,), day=day_phrase(self.variant, d, today, self.rng), **kw)

    def on_night(self, key: str, as_of: datetime, facts: list[Fact], d: date, today: date, **kw: Any) -> None:
        self.ask(key, as_of, facts, (d, d + DAY), night=night_phrase(self.variant, d, today, self.rng), **kw)

    def recent(self, today: date, back: int = 6) -> list[date]:
        return [d for d in self.idx.days if 0 <= (today - d).days <= back]

    def moments(self) -> list[tuple[date, datetime]]:
        return [(d, self.idx.evening(d, self.rng)) for d in self.ask_days]

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
                                noun=NOUN[act])
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
                                noun=NOUN[workout.data["activity"]])
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
                                 day=day_phrase(self.variant, d, today, self.rng))
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
                self.ask("dinner_on_distance", as_of, [text(dinner.data["food"])], (d,), past=PAST[act], km=f"{km:g}")
            after = [m for m in meetings if m.start >= workout.end and idx.local(m.start).date() == d]
            if after and idx.one("exercise", d, as_of) and (last - d).days <= 6:
                self.on_day("meeting_after_workout", as_of, people_of(after[0]), d, last, noun=NOUN[act])
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
                    n1, n2 = (night_phrase(self.variant, d, today, self.rng) for d in (d1, d2))
                    won = (d1, n1) if s1.duration_s > s2.duration_s else (d2, n2)
                    self.ask("compare_sleep", as_of, [sleep_fact(s1), sleep_fact(s2), winner(*won)],
                             (d1, d2, d1 + DAY, d2 + DAY), n1=n1, n2=n2)
                p1, p2 = (day_phrase(self.variant, d, today, self.rng) for d in (d1, d2))
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
                absolute = day_phrase(self.variant, d, today, self.rng, absolute=True)
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
                self.ask("dinner_food", early, [], (today,), abstain=True, day="today")
        for kind in ("book", "film", "dog", "podcast"):
            silent = [p for p in life.people if not any(s.kind == kind and s.speaker == p for s in life.said)]
            for who in silent[:3]:
                self.ask(kind, idx.evening(idx.days[-1], self.rng), [], abstain=True, who=first_name(who))

    def follow_up(self) -> None:
        idx = self.idx

        def pair(first_key: str, key: str, as_of: datetime, facts: list[Fact], first_facts: list[Fact],
                 first_slots: dict, days: tuple = (), **slots: Any) -> None:
            first = self.rng.choice(self.phrases[first_key]).format(**first_slots)
            self.ask(key, as_of, facts, days, history=(first[0].upper() + first[1:],), history_facts=tuple(first_facts),
                     **slots)

        for today, as_of in self.moments():
            phrase = lambda d: day_phrase(self.variant, d, today, self.rng)  # noqa: E731
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
                     dict(night="last night"), (today - 2 * DAY, today - DAY, today))
            yesterday, now = (len(idx.on("coffee", d, as_of)) for d in (today - DAY, today))
            pair("coffee_count", "fu_today", as_of, [Fact("number", now)], [Fact("number", yesterday)],
                 dict(day="yesterday"), (today - DAY, today))
        for kind in ("book", "film", "podcast", "dog", "age", "flight", "restaurant"):
            said = [s for s in idx.life.said if s.kind == kind and not s.distractor]
            for a, b in zip(said, said[1:]):
                as_of = idx.evening(max(self.ask_days[-1], idx.local(b.at).date()), self.rng)
                pair(kind, "fu_other_person", as_of, [said_answer(b)], [said_answer(a)],
                     dict(who=first_name(a.speaker), project=a.detail), who=first_name(b.speaker))


def said_answer(said: SaidFact) -> Fact:
    kind = {"flight": "time", "launch": "date", "age": "number"}.get(said.kind, "text")
    return text(str(said.value)) if kind == "text" else Fact(kind, said.value)


def sleep_fact(sleep: Observation) -> Fact:
    return Fact("duration", sleep.duration_s / 60, 6)


def km_fact(workout: Observation) -> Fact:
    return Fact("number", workout.data["distance_km"], 0.05, "km")


def minutes_of(meeting: Observation) -> Fact:
    return Fact("duration", meeting.duration_s / 60, 1)


def people_of(meeting: Observation) -> list[Fact]:
    return [person(p) for p in meeting.data["attendees"]]


def caffeine(coffees: list[Observation]) -> int:
    return sum(c.data["caffeine_mg"] for c in coffees)


def winner(day: date, phrase: str) -> Fact:
    return text(WEEKDAYS[day.weekday()], phrase.removeprefix("on "))


def direction(up: bool, asks_up: bool, more: tuple[str, ...], less: tuple[str, ...]) -> Fact:
    """The words an answer may use to say which way the difference goes, "yes" or "no" included
    (the question asks whether it goes up when ``asks_up``). A weak check: the values carry the case."""
    return text(*(more if up else less), "yes" if up == asks_up else "no")


def clock_words(hour: int, minute: int) -> str:
    return f"{(hour - 1) % 12 + 1}{f':{minute:02d}' if minute else ''} {'am' if hour < 12 else 'pm'}"


def build_cases(life: Life, variant: Literal["dev", "heldout"], per_category: int = PER_CATEGORY) -> list[Case]:
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


def variant_life(variant: Literal["dev", "heldout"], seed: int, days: int = 14) -> Life:
    """The life a variant asks about: its own start day and zone."""
    start, tz_name = VARIANTS[variant]
    return generate_life(seed, days, start, tz_name)
