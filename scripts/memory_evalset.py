"""The memory benchmark's evaluation set: questions about a synthetic life, each with its evidence.

Built from ``sensors.synthetic`` (seeded) and a fixed "now", by scanning the observations (ground
truth), never by asking the retriever. Four categories:

- ``single-fact``: one event the question names without a time (a 31.2 km ride, the customer call
  with Kestrel Labs, who booked a table at Pho Saigon for 4 people); only events whose details are
  unique in the whole life are asked about, so the evidence is that one observation;
- ``temporal``: a kind of event at a time phrase relative to now ("lunch last Tuesday", "on
  12 November", "yesterday morning"); evidence: the observations of that kind in that window;
- ``multi-hop``: an event found through another one ("dinner on the day I cycled 31.2 km", "sleep
  the night after the design review of the Q3 roadmap"); evidence: both observations;
- ``aggregate``: counts and totals over a day or a week ("how many coffees did I have last week");
  evidence: the observations counted. A day summary lists its day's observations as its sources,
  so one summary hit covers a whole day, which is how these questions are meant to be answered.

Evidence ids are the raw synthetic observation ids; a memory lists them in ``source_ids`` (merged
heartbeats list every id they cover, day summaries every observation of their day).
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sensors.synthetic import generate_life
from shared.observation import Observation

TZ_NAME = "Europe/Berlin"
TZ = ZoneInfo(TZ_NAME)
START = date(2026, 10, 5)  # a Monday
NOW = datetime(2026, 11, 19, 21, 0, tzinfo=TZ)  # a Thursday evening, 46 days later
SEED = 7
CATEGORIES = ("single-fact", "temporal", "multi-hop", "aggregate")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS = {"morning": (4, 12), "afternoon": (12, 18), "evening": (18, 24)}
MAX_PER_CONVERSATION_TEMPLATE = 4
"""Conversation questions per line template, so one template does not dominate the set."""
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@dataclass(frozen=True)
class Question:
    """One evaluation question and the observation ids that answer it."""

    category: str
    text: str
    evidence: tuple[str, ...]
    template: str
    """Which generator made it (for per-template breakdowns)."""
    notes: dict[str, str] = field(default_factory=dict, compare=False)


def eval_life(days: int | None = None) -> list[Observation]:
    """The synthetic life the questions are about: ``START`` up to ``NOW`` (nothing after now)."""
    count = days if days is not None else (NOW.date() - START).days + 1
    first = NOW.date() - timedelta(days=count - 1)
    return [o for o in generate_life(first, count, seed=SEED, tz=TZ_NAME) if o.start < NOW]


def local_day(moment: datetime) -> date:
    return moment.astimezone(TZ).date()


def sleep_day(obs: Observation) -> date:
    """A night's sleep belongs to the day it ended on (as in the day summaries)."""
    return local_day(obs.end or obs.start)


def _window(day: date, part: str | None = None) -> tuple[datetime, datetime]:
    if part is None:
        start = datetime.combine(day, time(0), tzinfo=TZ)
        return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=TZ)
    lo, hi = PARTS[part]
    start = datetime.combine(day, time(lo), tzinfo=TZ)
    end = datetime.combine(day + timedelta(days=hi // 24), time(hi % 24), tzinfo=TZ)
    return start, end


def _overlaps(obs: Observation, start: datetime, end: datetime) -> bool:
    return obs.start < end and (obs.end or obs.start) >= start


class _Life:
    """Indexes over the observations the generators need."""

    def __init__(self, observations: list[Observation]) -> None:
        self.all = observations
        self.by_kind: dict[str, list[Observation]] = defaultdict(list)
        self.by_day_kind: dict[tuple[date, str], list[Observation]] = defaultdict(list)
        for obs in observations:
            self.by_kind[obs.kind].append(obs)
            day = sleep_day(obs) if obs.kind == "sleep" else local_day(obs.start)
            self.by_day_kind[(day, obs.kind)].append(obs)
        self.today = NOW.date()
        self.first_day = min(local_day(o.start) for o in observations if o.kind != "sleep")

    def meal(self, day: date, which: str) -> Observation | None:
        found = [o for o in self.by_day_kind[(day, "meal")] if o.data.get("meal") == which]
        return found[0] if len(found) == 1 else None

    def day_phrases(self, day: date) -> list[str]:
        """Ways a person names ``day`` relative to now (semantics of the time phrases in docs/api.md)."""
        back = (self.today - day).days
        phrases = [f"on {day.day} {day:%B}", f"on {day:%B} {day.day}", f"on {day.isoformat()}"]
        if back == 1:
            phrases.append("yesterday")
        if back == 2:
            phrases.append("the day before yesterday")
        if 2 <= back <= 6:
            phrases.append(f"{NUMBER_WORDS[back]} days ago")
        if 1 <= back <= 7:
            phrases.append(f"last {WEEKDAYS[day.weekday()]}")
        return phrases


# --- single facts ----------------------------------------------------------------------------------

_ACTIVITY_VERB = {"run": "run", "cycle": "cycle", "swim": "swim"}
_ACTIVITY_NOUN = {"run": "run", "cycle": "bike ride", "swim": "swim"}


def _km(obs: Observation) -> str:
    return f"{obs.data['distance_km']:g}"


def _unique(items: list[Observation], key) -> list[Observation]:
    counts = Counter(key(o) for o in items)
    return [o for o in items if counts[key(o)] == 1]


def meeting_phrase(title: str) -> str | None:
    """How a person names a meeting: "my 1:1 with Mei Chen", "the design review of the Q3 roadmap"."""
    if title.startswith("1:1 with "):
        return f"my 1:1 with {title[len('1:1 with '):]}"
    if title.startswith("Design review: "):
        return f"the design review of the {title[len('Design review: '):]}"
    if title.startswith("Customer call — "):
        return f"the customer call with {title[len('Customer call — '):]}"
    if title.endswith(" check-in"):
        return f"the {title}"
    return None


def _unique_meetings(life: _Life) -> list[Observation]:
    """Meetings whose title occurs once in the whole life (so the question has one answer)."""
    return [o for o in _unique(life.by_kind["meeting"], lambda o: o.data.get("title")) if meeting_phrase(str(o.data["title"]))]


def _unique_exercise(life: _Life) -> list[Observation]:
    return _unique(life.by_kind["exercise"], lambda o: (o.data.get("activity"), _km(o)))


_CONVERSATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (pattern over the text, question template, the groups that make it unique)
    (r"^Reminder: the (?P<artifact>.+) for (?P<client>.+) is due (?P<day>\w+) at (?P<at>[\d:]+)\.$",
     "When is the {artifact} for {client} due?", ("artifact", "client")),
    (r"^I booked a table at (?P<restaurant>.+) for (?P<at>[\d:]+) on (?P<day>\w+), for (?P<n>\d) people\.$",
     "Who booked a table at {restaurant} for {n} people?", ("restaurant", "n")),
    (r"^My sister is visiting on (?P<day>\w+), her train arrives at (?P<at>[\d:]+)\.$",
     "When does my sister's train arrive on her {day} visit?", ("day",)),
    (r"^(?P<client>.+) asked whether we can demo the (?P<project>.+) work on (?P<day>\w+)\.$",
     "Which day did {client} want a demo of the {project} work?", ("client", "project")),
    (r"^The (?P<project>.+) deadline moved to (?P<day>\w+), can you have the (?P<artifact>.+) ready by then\?$",
     "Who said the {project} deadline moved and the {artifact} must be ready?", ("project", "artifact")),
    (r"^Shall we try (?P<restaurant>.+) on (?P<day>\w+)\? I heard the (?P<dish>.+) is excellent\.$",
     "Who suggested trying the {dish} at {restaurant}?", ("restaurant", "dish")),
)


def single_fact_questions(life: _Life, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for obs in _unique_exercise(life):
        activity = str(obs.data["activity"])
        form = rng.choice((f"When did I {_ACTIVITY_VERB[activity]} {_km(obs)} km?",
                           f"On which day was my {_km(obs)} km {_ACTIVITY_NOUN[activity]}?"))
        out.append(Question("single-fact", form, (obs.id,), "exercise-distance"))
    for obs in _unique_meetings(life):
        out.append(Question("single-fact", f"When was {meeting_phrase(str(obs.data['title']))}?", (obs.id,), "meeting-title"))
    talks = life.by_kind["conversation"]
    for pattern, template, key_groups in _CONVERSATIONS:
        regex = re.compile(pattern)
        matched = [(o, m) for o in talks if (m := regex.match(str(o.data.get("text", ""))))]
        counts = Counter(tuple(m.group(g) for g in key_groups) for _, m in matched)
        unique = [(obs, match) for obs, match in matched if counts[tuple(match.group(g) for g in key_groups)] == 1]
        for obs, match in rng.sample(unique, min(len(unique), MAX_PER_CONVERSATION_TEMPLATE)):
            out.append(Question("single-fact", template.format(**match.groupdict()), (obs.id,), "conversation"))
    restaurant_meals = [o for o in life.by_kind["meal"] if o.data.get("where") not in ("home", "canteen", "desk")]
    for obs in _unique(restaurant_meals, lambda o: (o.data.get("food"), o.data.get("where"))):
        out.append(Question("single-fact", f"When did I eat {obs.data['food']} at {obs.data['where']}?", (obs.id,),
                            "restaurant-meal"))
    return out


# --- temporal --------------------------------------------------------------------------------------

def temporal_questions(life: _Life, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    days = [life.today - timedelta(days=back) for back in range(1, (life.today - life.first_day).days + 1)]
    for day in days:
        phrase = rng.choice(life.day_phrases(day))
        choice = rng.randrange(6)
        if choice == 0 and (meal := life.meal(day, "lunch")):
            out.append(Question("temporal", f"What did I eat for lunch {phrase}?", (meal.id,), "lunch"))
        elif choice == 1 and (meal := life.meal(day, "dinner")):
            out.append(Question("temporal", f"What did I have for dinner {phrase}?", (meal.id,), "dinner"))
        elif choice == 2 and (meal := life.meal(day, "breakfast")):
            out.append(Question("temporal", f"What was breakfast {phrase}?", (meal.id,), "breakfast"))
        elif choice == 3 and (sleep := life.by_day_kind[(day, "sleep")]):
            out.append(Question("temporal", f"How well did I sleep {phrase}?", tuple(o.id for o in sleep), "sleep"))
        elif choice == 4 and (meetings := life.by_day_kind[(day, "meeting")]):
            out.append(Question("temporal", f"Which meetings did I have {phrase}?", tuple(o.id for o in meetings), "meetings"))
        elif choice == 5 and (exercise := life.by_day_kind[(day, "exercise")]):
            out.append(Question("temporal", f"What exercise did I do {phrase}?", tuple(o.id for o in exercise), "exercise"))
    # Parts of days: "yesterday morning", "on Tuesday evening", "this morning", "last night".
    for back in range(0, 7):
        day = life.today - timedelta(days=back)
        if back == 0:
            names = {"morning": "this morning"}
        elif back == 1:
            names = {part: f"yesterday {part}" for part in PARTS}
        else:
            names = {part: f"on {WEEKDAYS[day.weekday()]} {part}" for part in PARTS}
        for part, phrase in names.items():
            start, end = _window(day, part)
            coffee = [o for o in life.by_kind["coffee"] if start <= o.start < end]
            talks = [o for o in life.by_kind["conversation"] if start <= o.start < end]
            if part == "morning" and coffee:
                out.append(Question("temporal", f"What coffee did I drink {phrase}?", tuple(o.id for o in coffee), "coffee-part"))
            elif part != "morning" and 0 < len(talks) <= 5:
                out.append(Question("temporal", f"Who did I talk to {phrase}?", tuple(o.id for o in talks), "talk-part"))
    last_night = [o for o in life.by_kind["sleep"] if sleep_day(o) == life.today]
    if last_night:
        out.append(Question("temporal", "How did I sleep last night?", tuple(o.id for o in last_night), "last-night"))
    return out


# --- multi-hop -------------------------------------------------------------------------------------

def multi_hop_questions(life: _Life, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for obs in _unique_exercise(life):
        day = local_day(obs.start)
        activity = str(obs.data["activity"])
        anchor = f"the day I {'went on a' if activity == 'cycle' else 'did a'} {_km(obs)} km {_ACTIVITY_NOUN[activity]}"
        if rng.random() < 0.5 and (dinner := life.meal(day, "dinner")):
            out.append(Question("multi-hop", f"What did I have for dinner on {anchor}?", (obs.id, dinner.id), "dinner-after-exercise"))
        elif (night := life.by_day_kind[(day + timedelta(days=1), "sleep")]):
            out.append(Question("multi-hop", f"How long did I sleep the night after my {_km(obs)} km {_ACTIVITY_NOUN[activity]}?",
                                (obs.id, *(o.id for o in night)), "sleep-after-exercise"))
    for obs in _unique_meetings(life):
        day = local_day(obs.start)
        phrase = meeting_phrase(str(obs.data["title"]))
        if rng.random() < 0.5 and (lunch := life.meal(day, "lunch")):
            out.append(Question("multi-hop", f"Where did I have lunch on the day of {phrase}?", (obs.id, lunch.id), "lunch-on-meeting-day"))
        elif (night := life.by_day_kind[(day + timedelta(days=1), "sleep")]):
            out.append(Question("multi-hop", f"How did I sleep the night after {phrase}?", (obs.id, *(o.id for o in night)),
                                "sleep-after-meeting"))
    return out


# --- aggregate -------------------------------------------------------------------------------------

def aggregate_questions(life: _Life, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    days = [life.today - timedelta(days=back) for back in range(1, (life.today - life.first_day).days + 1)]
    for day in rng.sample(days, min(len(days), 24)):
        phrase = rng.choice(life.day_phrases(day))
        choice = rng.randrange(4)
        coffee = life.by_day_kind[(day, "coffee")]
        if choice == 0 and coffee:
            out.append(Question("aggregate", f"How many coffees did I have {phrase}?", tuple(o.id for o in coffee), "coffee-count"))
        elif choice == 1 and coffee:
            out.append(Question("aggregate", f"How much caffeine did I have {phrase}?", tuple(o.id for o in coffee), "caffeine"))
        elif choice == 2 and (meetings := life.by_day_kind[(day, "meeting")]):
            out.append(Question("aggregate", f"How many meetings did I have {phrase}?", tuple(o.id for o in meetings), "meeting-count"))
        elif (computer := life.by_day_kind[(day, "computer")]):
            out.append(Question("aggregate", f"How many hours was I on the computer {phrase}?", tuple(o.id for o in computer),
                                "screen-time"))
    monday = life.today - timedelta(days=life.today.weekday())
    weeks = {"last week": (monday - timedelta(days=7), monday), "this week": (monday, life.today + timedelta(days=1))}
    for phrase, (first, stop) in weeks.items():
        def within(kind: str) -> tuple[str, ...]:
            return tuple(o.id for d in range((stop - first).days) for o in life.by_day_kind[(first + timedelta(days=d), kind)])
        for text, kind, template in (
            (f"How many coffees did I have {phrase}?", "coffee", "week-coffee"),
            (f"How many times did I exercise {phrase}?", "exercise", "week-exercise"),
            (f"How many meetings did I have {phrase}?", "meeting", "week-meetings"),
            (f"How much did I sleep {phrase}?", "sleep", "week-sleep"),
        ):
            if ids := within(kind):
                out.append(Question("aggregate", text, ids, template))
    return out


def build_questions(observations: list[Observation], seed: int = SEED) -> list[Question]:
    """Every question of every category, in a stable order."""
    life = _Life(observations)
    rng = random.Random(f"memory-eval-{seed}")
    return [*single_fact_questions(life, rng), *temporal_questions(life, rng), *multi_hop_questions(life, rng),
            *aggregate_questions(life, rng)]


def recall_of(question: Question, hit_sources: list[list[str]]) -> float:
    """The share of the question's evidence ids found among the source ids of the hits."""
    found = {source for sources in hit_sources for source in sources}
    return sum(1 for evidence in question.evidence if evidence in found) / len(question.evidence)
