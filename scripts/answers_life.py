"""A seeded synthetic life for the answers benchmark (docs/benchmarks.md, "Answers").

Its own people, places, food and meetings (not ``sensors.synthetic``'s), in one IANA zone, as
``Observation`` records of seven kinds whose ``data`` fields are fixed, so that typed records can
be read back:

- ``sleep`` (health): start/end, ``{hours, quality}``; a night belongs to the evening it starts on
  ("Monday night") and the morning it ends on ("last night", seen on Tuesday);
- ``coffee`` (manual, an instant): ``{drink, caffeine_mg, where}``;
- ``meal`` (manual): ``{meal: breakfast|lunch|dinner, food, where}``;
- ``exercise`` (health): ``{activity, distance_km (run, cycle, swim only), duration_min, avg_heart_rate}``;
- ``meeting`` (calendar): ``{title, attendees, location}``;
- ``conversation`` (microphone): one utterance, ``{speaker, text}``: small talk, facts people say
  (``Life.said``: "You should read Piranesi by Susanna Clarke") and distractors about the same
  things that are not the fact ("I gave up on The Overstory");
- ``computer`` (window): a few coarse sessions a day, ``{app, title}``.

Habits are built in so that relations have an answer: a coffee late in the day pushes that
night's bedtime back, as does a late dinner. Everything is drawn from ``random.Random(seed)``, and
each seed draws its own cast from larger pools. Every record starts on a whole minute.
``answers_life_index.LifeIndex`` reads a life back as of a moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from shared.observation import Modality, Observation

DEFAULT_TZ = "America/New_York"
DEFAULT_START = date(2026, 11, 2)  # a Monday, the day after the clocks change, so no DST inside 14 days
DEFAULT_DAYS = 14
SENSOR = {"sleep": "health", "exercise": "health", "coffee": "manual", "meal": "manual", "meeting": "calendar",
          "conversation": "microphone", "computer": "window"}
MODALITY = {"sleep": Modality.physiological, "exercise": Modality.physiological, "coffee": Modality.gustatory,
            "meal": Modality.gustatory, "meeting": Modality.digital, "conversation": Modality.auditory,
            "computer": Modality.digital}

COLLEAGUE_POOL = ("Tom Brennan", "Ana Ferreira", "Grace Whitfield", "Dev Raman", "Noor Haddad", "Owen Castillo",
                  "Yuki Tanaka", "Bea Lindqvist", "Rafael Moreno", "Ingrid Solberg", "Kwame Asante", "Lila Park")
FRIEND_POOL = ("Rosa", "Felix", "Hannah", "Malik", "June", "Oscar", "Tessa", "Idris")
COFFEE_MG = {"cortado": 85, "cold brew": 200, "americano": 150, "oat latte": 120, "drip coffee": 95, "macchiato": 75}
COFFEE_PLACES = ("home", "Bluebird Cafe", "office kitchen", "Driftwood Roasters")
BREAKFASTS = ("oatmeal with berries", "scrambled eggs", "yogurt and granola", "avocado toast", "bagel with lox")
LUNCH_SPOTS = {"Marigold Diner": ("turkey club", "tomato soup"), "Saffron Table": ("chana masala", "lamb biryani"),
               "Green Fork": ("kale caesar", "quinoa bowl"), "Kettle & Crumb": ("grilled cheese", "lentil soup"),
               "Pier Taqueria": ("fish tacos", "carnitas burrito"), "office cafeteria": ("chicken wrap", "minestrone")}
DINNER_SPOTS = {"Osteria Lume": ("cacio e pepe", "grilled branzino"), "Hanami House": ("katsu curry", "tempura udon"),
                "Brass Lantern": ("steak frites", "roast chicken"),
                "home": ("veggie stir-fry", "black bean chili", "salmon with rice", "mushroom pasta", "sweet potato curry")}
MEETING_SLOTS = ((9, 0), (11, 0), (13, 30), (15, 30), (16, 15))
FIXED_MEETINGS = {0: ("Sprint planning", (10, 0), 60), 2: ("Design review", (14, 0), 45), 4: ("Team retro", (15, 0), 45)}
OTHER_MEETINGS = (("Hiring sync", 30), ("Roadmap workshop", 90), ("Budget check-in", 30),
                  ("Vendor call with Cobalt Freight", 45), ("Customer demo for Larkspur Health", 60),
                  ("Incident postmortem", 60), ("Architecture deep dive", 60), ("Quarterly goals", 45))
LOCATIONS = ("Room Juniper", "Room Cedar", "Zoom", "Room Alder")
ACTIVITIES = (("run", 0.35), ("cycle", 0.2), ("swim", 0.15), ("yoga", 0.15), ("climb", 0.15))
WORK_SCREENS = (("VS Code", "ledger.py - atlas-service"), ("Slack", "#team-atlas"), ("Chrome", "Jira - Sprint board"),
                ("Figma", "Checkout flow redesign"), ("Notion", "Quarterly planning notes"))
HOME_SCREENS = (("Chrome", "YouTube - Home"), ("Spotify", "Discover Weekly"), ("Chrome", "Serious Eats - Recipes"))

BOOKS = (("Piranesi", "Susanna Clarke"), ("The Overstory", "Richard Powers"), ("Klara and the Sun", "Kazuo Ishiguro"),
         ("Project Hail Mary", "Andy Weir"), ("Station Eleven", "Emily St. John Mandel"), ("Circe", "Madeline Miller"),
         ("Braiding Sweetgrass", "Robin Wall Kimmerer"), ("The Dispossessed", "Ursula K. Le Guin"))
FACT_VALUES = {
    "film": ("Past Lives", "Arrival", "Paddington Two", "Perfect Days", "Aftersun", "The Grand Budapest Hotel"),
    "offsite": ("Lisbon", "Porto", "Montreal", "Valencia", "Reykjavik", "Kyoto"),
    "restaurant": ("Juniper and Ash", "Casa Olivo", "Lotus Alley", "Smokestack Barbecue", "Tidewater Oyster Bar"),
    "dog": ("Biscuit", "Pickle", "Mochi", "Juno", "Waffles", "Pepper"),
    "launch": ("Atlas", "Beacon", "Harbor", "Lantern", "Meridian"),
    "podcast": ("Hard Fork", "Radiolab", "Search Engine", "Decoder", "Fresh Air"),
}
FACT_LINES = {
    "book": "You should read {value} by {author}, I couldn't put it down.",
    "film": "If you haven't seen {value} yet, watch it this weekend.",
    "offsite": "Heads up, the offsite moved to {value}.",
    "restaurant": "We should try {value} sometime, their dumplings are great.",
    "flight": "My flight lands at {value} on Friday.",
    "dog": "We adopted a dog last week, her name is {value}.",
    "launch": "The {project} launch slipped to {value}.",
    "age": "My daughter turns {value} on Saturday.",
    "podcast": "You'd like the podcast {value}, start with the latest episode.",
}
DISTRACTOR_LINES = {
    "book": "I gave up on {value}, too slow for me.",
    "film": "Did you see the trailer for {value}? Looks terrible.",
    "offsite": "We almost went to {value} for the offsite, but the venue fell through.",
}
SMALL_TALK = ("Morning! Did anyone else get rained on?", "Can you share the slides after this?",
              "I'll grab the next round of coffee.", "Let's push that to next sprint.",
              "Sorry, my connection dropped for a second.", "Nice work on the demo.", "Who's taking notes today?",
              "I'm heading out early today, dentist appointment.", "The elevator is broken again.",
              "How was your weekend?", "This week is flying by.", "Can we keep this one short?")
FACTS_PER_LIFE = 26
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@dataclass(frozen=True)
class SaidFact:
    """A fact a named person said (``kind`` book, film, ...), or a distractor about the same thing."""

    kind: str
    speaker: str
    value: str | int
    """The answer: a title, a place, a name, an age, "HH:MM" (flight) or "YYYY-MM-DD" (launch)."""
    observation_id: str
    at: datetime
    distractor: bool = False
    detail: str = ""
    """The book's author, or the project of a launch."""


@dataclass
class Life:
    """The observations of a life, the facts said in it, and how it was made."""

    seed: int
    tz_name: str
    start: date
    days: int
    colleagues: tuple[str, ...]
    friends: tuple[str, ...]
    observations: list[Observation] = field(default_factory=list)
    said: list[SaidFact] = field(default_factory=list)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.tz_name)

    @property
    def people(self) -> tuple[str, ...]:
        return self.colleagues + self.friends


def first_name(name: str) -> str:
    return name.split()[0]


def clock_12h(hour: int, minute: int) -> str:
    """18:40 -> "6:40 pm"."""
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"


class _Builder:
    """Lays out one life day by day; keeps the state one day hands to the next night."""

    def __init__(self, seed: int, start: date, days: int, tz_name: str) -> None:
        self.rng = random.Random(seed)
        self.life = Life(seed, tz_name, start, days, tuple(self.rng.sample(COLLEAGUE_POOL, 7)),
                         tuple(self.rng.sample(FRIEND_POOL, 4)))
        self.tz = ZoneInfo(tz_name)
        self.count = 0

    def at(self, day: date, minutes: float) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.tz) + timedelta(minutes=round(minutes))

    def add(self, kind: str, start: datetime, end: datetime | None, data: dict) -> Observation:
        self.count += 1
        obs = Observation(id=f"al{self.life.seed}-{kind}-{self.count:05d}", sensor=SENSOR[kind], kind=kind,
                          start=start, end=end, modality=MODALITY[kind], data=data)
        self.life.observations.append(obs)
        return obs

    def say(self, speaker: str, moment: datetime, text: str) -> Observation:
        seconds = 10 + 2 * len(text.split())
        return self.add("conversation", moment, moment + timedelta(seconds=seconds), {"speaker": speaker, "text": text})

    def plan_facts(self) -> dict[date, list[tuple[str, str, str | int, str]]]:
        """(kind, speaker, value, detail) per day: each (speaker, kind) once, each value once; a kind
        with distractors keeps two values for them."""
        rng, life = self.rng, self.life
        pools = {k: rng.sample(v, len(v)) for k, v in {**FACT_VALUES, "book": BOOKS}.items()}
        room = {k: len(v) - (2 if k in DISTRACTOR_LINES else 0) for k, v in pools.items()}
        pairs: list[tuple[str, str]] = []
        while len(pairs) < FACTS_PER_LIFE:
            kind, speaker = rng.choice(list(FACT_LINES)), rng.choice(life.people)
            if (kind, speaker) not in pairs and room.get(kind, 1) > 0:
                pairs.append((kind, speaker))
                if kind in room:
                    room[kind] -= 1
        plan: dict[date, list[tuple[str, str, str | int, str]]] = {}
        for kind, speaker in pairs:
            value: str | int
            detail = ""
            if kind == "book":
                value, detail = pools[kind].pop()
            elif kind == "flight":
                value = f"{rng.randint(7, 22):02d}:{rng.choice((5, 10, 20, 25, 35, 40, 50, 55)):02d}"
            elif kind == "age":
                value = rng.randint(3, 16)
            elif kind == "launch":
                detail = pools[kind].pop()
                value = (life.start + timedelta(days=life.days + rng.randint(10, 60))).isoformat()
            else:
                value = pools[kind].pop()
            plan.setdefault(life.start + timedelta(days=rng.randrange(life.days)), []).append(
                (kind, speaker, value, detail))
        for kind in DISTRACTOR_LINES:  # the values no fact used
            for value in pools[kind][:2]:
                shown = value[0] if isinstance(value, tuple) else value
                plan.setdefault(life.start + timedelta(days=rng.randrange(life.days)), []).append(
                    (kind + "~", rng.choice(life.people), shown, ""))
        return plan

    def build(self) -> Life:
        rng, life = self.rng, self.life
        facts = self.plan_facts()
        names, weights = zip(*ACTIVITIES)
        workouts: dict[date, tuple[str, str] | None] = {}
        for offset in range(life.days):
            day = life.start + timedelta(days=offset)
            when = "morning" if day.weekday() < 5 and rng.random() < 0.45 else "later"
            workouts[day] = (rng.choices(names, weights)[0], when) if rng.random() < 0.85 else None
        late_coffee, late_dinner = rng.random() < 0.4, rng.random() < 0.3
        for offset in range(-1, life.days - 1):
            day = life.start + timedelta(days=offset)
            weekend = day.weekday() >= 5
            if offset >= 0:
                late_coffee, late_dinner = self.day(day, weekend, workouts[day], facts.get(day, []))
            # The night that starts this evening and ends tomorrow morning; an early workout sets the alarm.
            following = day + timedelta(days=1)
            bedtime = rng.uniform(22 * 60 + 15, 23 * 60 + 40) + 40 * late_coffee + 25 * late_dinner + 30 * weekend
            early = (workouts[following] or ("", ""))[1] == "morning"
            wake = rng.uniform(7 * 60 + 40, 8 * 60 + 50) if following.weekday() >= 5 else \
                rng.uniform(6 * 60, 6 * 60 + 20) if early else rng.uniform(6 * 60 + 35, 7 * 60 + 30)
            start, end = self.at(day, bedtime), self.at(following, wake)
            hours = round((end - start).total_seconds() / 3600, 2)
            quality = "good" if hours >= 7.4 else "fair" if hours >= 6.6 else "poor"
            self.add("sleep", start, end, {"hours": hours, "quality": quality})
        last = life.start + timedelta(days=life.days - 1)
        self.day(last, last.weekday() >= 5, workouts[last], facts.get(last, []))
        life.observations.sort(key=lambda o: (o.start, o.id))
        life.said.sort(key=lambda s: s.at)
        return life

    def day(self, day: date, weekend: bool, exercise: tuple[str, str] | None,
            facts: list[tuple[str, str, str | int, str]]) -> tuple[bool, bool]:
        """Lay out one day; returns (late coffee, late dinner) for the night that follows."""
        rng, life = self.rng, self.life
        wake = next(o.end for o in reversed(life.observations) if o.kind == "sleep")
        minute = (wake - self.at(day, 0)).total_seconds() / 60
        if exercise and exercise[1] == "morning":
            minute = self.exercise(day, exercise[0], minute + rng.uniform(10, 20)) + 5
        breakfast = minute + rng.uniform(10, 30)
        self.add("meal", self.at(day, breakfast), self.at(day, breakfast + rng.randint(15, 25)),
                 {"meal": "breakfast", "food": rng.choice(BREAKFASTS),
                  "where": "home" if weekend or rng.random() < 0.7 else "Bluebird Cafe"})
        coffees = [breakfast + rng.uniform(5, 25)]
        if rng.random() < 0.65:
            coffees.append(rng.uniform(10 * 60, 11 * 60 + 30))
        if rng.random() < 0.4:
            coffees.append(rng.uniform(13 * 60 + 20, 14 * 60 + 50))
        late_coffee = rng.random() < 0.4
        if late_coffee:
            coffees.append(rng.uniform(15 * 60 + 5, 18 * 60 + 30))
        for moment in coffees:
            drink = rng.choice(list(COFFEE_MG))
            where = "home" if weekend or moment < breakfast + 30 and rng.random() < 0.7 else \
                rng.choice(COFFEE_PLACES[1:])
            self.add("coffee", self.at(day, moment), None,
                     {"drink": drink, "caffeine_mg": COFFEE_MG[drink], "where": where})
        meetings = [] if weekend else self.meetings(day)
        lunch_at = rng.uniform(12 * 60, 13 * 60 + 10)
        spot = rng.choice([s for s in LUNCH_SPOTS if s != "office cafeteria" or not weekend])
        self.add("meal", self.at(day, lunch_at), self.at(day, lunch_at + rng.randint(30, 50)),
                 {"meal": "lunch", "food": rng.choice(LUNCH_SPOTS[spot]), "where": spot})
        evening = 17 * 60 + 40 + rng.uniform(0, 40) if not weekend else rng.uniform(9 * 60 + 30, 11 * 60)
        end = self.exercise(day, exercise[0], evening) if exercise and exercise[1] == "later" else 0
        dinner_at = max(rng.uniform(18 * 60 + 40, 20 * 60 + 30), end + rng.uniform(20, 40))
        spot = rng.choice(list(DINNER_SPOTS)) if rng.random() < 0.45 else "home"
        self.add("meal", self.at(day, dinner_at), self.at(day, dinner_at + rng.randint(40, 70)),
                 {"meal": "dinner", "food": rng.choice(DINNER_SPOTS[spot]), "where": spot})
        self.talk(day, meetings, lunch_at, dinner_at, facts)
        screens = HOME_SCREENS if weekend else WORK_SCREENS
        for begin in sorted(rng.sample(range(9 * 60, 17 * 60, 30), rng.randint(3, 5))):
            app, title = rng.choice(screens)
            self.add("computer", self.at(day, begin), self.at(day, begin + rng.randint(20, 90)),
                     {"app": app, "title": title})
        return late_coffee, dinner_at >= 20 * 60

    def exercise(self, day: date, activity: str, start: float) -> float:
        """Add one workout starting at ``start`` (minutes after midnight); returns its end."""
        rng = self.rng
        data: dict[str, object] = {"activity": activity}
        if activity in ("run", "cycle", "swim"):
            low, high, min_per_km = {"run": (4, 13, (5.0, 6.3)), "cycle": (15, 45, (2.2, 3.0)),
                                     "swim": (1, 2.6, (20, 25))}[activity]
            distance = round(rng.uniform(low, high), 1)
            data["distance_km"] = distance
            duration = max(10, round(distance * rng.uniform(*min_per_km)))
        else:
            duration = rng.randint(45, 75) if activity == "yoga" else rng.randint(60, 120)
        data["duration_min"] = duration
        low_hr, high_hr = {"run": (140, 162), "cycle": (128, 150), "swim": (120, 140), "yoga": (88, 105),
                           "climb": (115, 135)}[activity]
        data["avg_heart_rate"] = rng.randint(low_hr, high_hr)
        self.add("exercise", self.at(day, start), self.at(day, start + duration), data)
        return start + duration

    def meetings(self, day: date) -> list[Observation]:
        rng, colleagues = self.rng, self.life.colleagues
        plans = []
        if day.weekday() in FIXED_MEETINGS:
            title, (hour, minute), length = FIXED_MEETINGS[day.weekday()]
            plans.append((title, hour * 60 + minute, length, rng.sample(colleagues, rng.randint(3, 4))))
        taken = {p[1] // 60 for p in plans}
        choices = [*rng.sample(OTHER_MEETINGS, 2), (f"1:1 with {first_name(rng.choice(colleagues))}", 30)]
        for (title, length), (hour, minute) in zip(rng.sample(choices, rng.randint(1, 2)), rng.sample(MEETING_SLOTS, 2)):
            if hour in taken:
                continue
            taken.add(hour)
            people = [c for c in colleagues if first_name(c) == title.removeprefix("1:1 with ")] or \
                rng.sample(colleagues, rng.randint(2, 4))
            plans.append((title, hour * 60 + minute, length, people))
        out = []
        for title, start, length, people in sorted(plans, key=lambda p: p[1]):
            out.append(self.add("meeting", self.at(day, start), self.at(day, start + length),
                                {"title": title, "attendees": sorted(people), "location": rng.choice(LOCATIONS)}))
        return out

    def talk(self, day: date, meetings: list[Observation], lunch_at: float, dinner_at: float,
             facts: list[tuple[str, str, str | int, str]]) -> None:
        """Small talk in meetings and over dinner, and the day's facts and distractors."""
        rng, life = self.rng, self.life
        for meeting in meetings:
            for _ in range(rng.randint(1, 2)):
                moment = meeting.start + timedelta(minutes=rng.randint(1, 25))
                self.say(rng.choice(meeting.data["attendees"]), moment, rng.choice(SMALL_TALK))
        for kind, speaker, value, detail in facts:
            base = kind.rstrip("~")
            moment = self.at(day, (rng.uniform(9 * 60, 17 * 60) if speaker in life.colleagues and day.weekday() < 5
                                   else dinner_at + rng.uniform(5, 35)))
            if kind.endswith("~"):
                obs = self.say(speaker, moment, DISTRACTOR_LINES[base].format(value=value))
            else:
                shown: str | int = value
                if base == "flight":
                    shown = clock_12h(int(str(value)[:2]), int(str(value)[3:]))
                elif base == "launch":
                    launch = date.fromisoformat(str(value))
                    shown = f"{MONTHS[launch.month - 1]} {launch.day}"
                obs = self.say(speaker, moment, FACT_LINES[base].format(value=shown, author=detail, project=detail))
            life.said.append(SaidFact(base, speaker, value, obs.id, obs.start, kind.endswith("~"), detail))
        for _ in range(rng.randint(0, 2)):
            self.say(rng.choice(life.friends), self.at(day, dinner_at + rng.uniform(5, 30)), rng.choice(SMALL_TALK))
        if rng.random() < 0.5:
            self.say("me", self.at(day, lunch_at + 5), rng.choice(SMALL_TALK))


def generate_life(seed: int, days: int = DEFAULT_DAYS, start: date = DEFAULT_START, tz_name: str = DEFAULT_TZ) -> Life:
    """The life of ``days`` days from ``start`` (and the night before it), the same for the same seed."""
    return _Builder(seed, start, days, tz_name).build()
