"""A conversation evaluation set the retriever is never tuned on's sibling: months of chats, with evidence.

A second generator, unrelated to ``sensors.synthetic``: multi-session conversations between the
person ("me") and named people over about five months. Facts are introduced, changed and referred
back to across sessions, among plenty of small talk. Every turn is one observation of kind
``conversation`` with data ``{speaker, text, session}``. Questions are computed from what the
generator planted (ground truth), never by asking the retriever, in six categories:

- ``single-fact``: one thing a person said once ("What is Tom's dog called?");
- ``changed-fact``: a fact that changed later; the evidence is the newest version only (the old
  one is in ``notes["superseded"]``, to tell whether the newest version ranks above it);
- ``multi-hop``: a person found through one fact, asked about through another, said in different
  sessions ("the dog of the friend who works at Helix"); evidence: both turns;
- ``when``: when something happened; evidence: the turn that told it (its session time answers);
- ``inference``: the question shares no content words with the evidence ("who could help me with
  my taxes" -> "I've been doing people's tax returns for ten years");
- ``aggregation``: everything of one sort a person said across sessions ("every restaurant Ana
  recommended"); evidence: all those turns.

The wording of the turns and the questions comes from a ``Style``. ``DEV`` here is the one to look
at while developing; ``scripts/conversation_evalset_heldout.py`` has another seed, other names and
other phrasings, and is only ever reported, never tuned on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from memory_evalset import Question
from shared.observation import Modality, Observation

TZ_NAME = "Europe/Berlin"
TZ = ZoneInfo(TZ_NAME)
NOW = datetime(2026, 11, 19, 21, 0, tzinfo=TZ)
WEEKS = 22
SESSIONS_PER_WEEK = (3, 6)
SMALL_TALK_TURNS = (10, 22)
CATEGORIES = ("single-fact", "changed-fact", "multi-hop", "when", "inference", "aggregation")

CITIES = ("Leipzig", "Porto", "Ghent", "Bologna", "Tallinn", "Graz", "Malmo", "Lyon", "Bristol", "Krakow",
          "Utrecht", "Bilbao", "Aarhus", "Brno", "Turin", "Cork")
COMPANIES = ("Helix", "Northwind", "Brightloop", "Quarry Labs", "Tidewater", "Oakridge Health", "Vantage Print",
             "Cobalt Freight", "Lumen Studio", "Parcelbird", "Greyfield Bank", "Sable Games", "Marlow Insurance",
             "Fennel Robotics", "Kestrel Air")
PETS = ("Biscuit", "Pepper", "Miso", "Juno", "Tofu", "Ziggy", "Olive", "Mango", "Pickle", "Nugget", "Waffles", "Sprout")
RESTAURANTS = ("Casa Lupe", "Hanoi Corner", "Trattoria Nino", "The Copper Pot", "Sushi Hama", "El Faro",
               "Byblos Grill", "Green Fork", "Kebab Palast", "Bistro Margaux", "Taj Mahal Kitchen", "Noodle Bar Yu",
               "Ramen Kaido", "Pizzeria Vesuvio", "Smokehouse 88", "Cafe Anatolia")
BOOKS = ("The Overstory", "Piranesi", "Klara and the Sun", "The Dispossessed", "Stoner", "Educated",
         "Pachinko", "The Remains of the Day", "Station Eleven", "Middlemarch", "Hyperion", "Circe")
SIBLINGS = ("Clara", "Mateo", "Noor", "Felipe", "Hanna", "Dmitri", "Lotte", "Ibrahim", "Rosa", "Emil")
EVENTS = (
    # (past tense as told, base form as asked)
    ("ran my first half marathon", "run the half marathon"),
    ("got engaged", "get engaged"),
    ("passed my driving test", "pass the driving test"),
    ("broke my wrist skateboarding", "break the wrist"),
    ("bought a sailing boat", "buy the sailing boat"),
    ("defended my thesis", "defend the thesis"),
    ("climbed Mont Blanc", "climb Mont Blanc"),
    ("sold my old flat", "sell the old flat"),
    ("got my pilot licence", "get the pilot licence"),
    ("adopted a rescue cat", "adopt the rescue cat"),
)
INFERENCE_KEYS = ("taxes", "peanuts", "french", "meat", "car_repair", "piano", "flying", "garden")


@dataclass(frozen=True)
class Style:
    """How turns and questions are worded; the dev and held-out sets differ in all of these."""

    name: str
    seed: int
    people: tuple[str, ...]
    pet_line: tuple[str, ...]
    pet_question: str
    sibling_line: tuple[str, ...]
    sibling_question: str
    city_first: tuple[str, ...]
    city_changed: tuple[str, ...]
    city_question: str
    job_first: tuple[str, ...]
    job_changed: tuple[str, ...]
    job_question: str
    restaurant_line: tuple[str, ...]
    restaurant_question: str
    book_line: tuple[str, ...]
    book_question: str
    event_line: tuple[str, ...]
    event_question: str
    multi_pet_by_job: str
    multi_city_by_event: str
    inference: dict[str, tuple[str, str]]
    """Key -> (what the person says, the question that needs it)."""
    small_talk: tuple[str, ...]
    my_lines: tuple[str, ...]


DEV = Style(
    name="dev",
    seed=11,
    people=("Tom", "Ana", "Priya", "Jonas", "Mei", "Lukas", "Sara", "Omar"),
    pet_line=("We finally got a dog, she's called {v}.", "{v} chewed through my charger again, that dog is a menace."),
    pet_question="What is {p}'s dog called?",
    sibling_line=("My sister {v} is visiting next week.", "{v}, my little brother, just started university."),
    sibling_question="What is the name of {p}'s sibling?",
    city_first=("I live in {v} now, near the old harbour.", "Rent in {v} keeps going up, it's ridiculous."),
    city_changed=("We ended up moving to {v} after all.", "So we left and we're in {v} now."),
    city_question="Where does {p} live now?",
    job_first=("I started at {v} as a designer.", "Work at {v} is busy but fun."),
    job_changed=("I quit and joined {v}, first week done.", "New job! I'm at {v} now."),
    job_question="Where does {p} work now?",
    restaurant_line=("You have to try {v}, the food is amazing.", "We had dinner at {v} last night, go there."),
    restaurant_question="Which restaurants has {p} recommended?",
    book_line=("You should read {v}, I couldn't put it down.", "Just finished {v}, you'd love it."),
    book_question="What books has {p} suggested I read?",
    event_line=("Guess what, I {v} on Sunday!", "Big weekend: I {v}."),
    event_question="When did {p} {v}?",
    multi_pet_by_job="What is the dog's name of the friend who works at {v}?",
    multi_city_by_event="Where does the person who {v} live now?",
    inference={
        "taxes": ("I've been doing people's tax returns for ten years.", "Who could help me with my taxes?"),
        "peanuts": ("I can't eat anything with peanuts, I end up in hospital.",
                    "What should I avoid cooking when {p} comes for dinner?"),
        "french": ("I grew up in Marseille before moving here.", "Who could help me practise French?"),
        "meat": ("I haven't eaten a steak or a burger in eight years.", "Is {p} vegetarian?"),
        "car_repair": ("I spent the weekend rebuilding a gearbox in my garage.", "Who could fix my car?"),
        "piano": ("My hands hurt after four hours of Chopin today.", "Which friend plays an instrument?"),
        "flying": ("I'm taking the train to Rome, you won't get me on a plane.", "Why won't {p} fly to the wedding?"),
        "garden": ("The tomatoes and courgettes finally came in, I have too many.",
                   "Who could give me vegetables from their garden?"),
    },
    small_talk=(
        "How was your weekend?", "Pretty quiet, mostly stayed in.", "Did you see the weather today?",
        "It's been raining all week.", "Haha, yes, exactly.", "I know, right?", "Long day at work.",
        "Same here, I'm exhausted.", "Any plans for tonight?", "Probably just cooking and a film.",
        "Have you watched anything good lately?", "I started a new series but it's slow.",
        "We should catch up properly soon.", "Definitely, let's find a date.", "How's the family?",
        "All good, thanks for asking.", "Traffic was awful this morning.", "I'm thinking of taking a holiday.",
        "Coffee later?", "Sure, around four?", "That sounds great.", "Ugh, Mondays.", "Did you sleep well?",
        "Not really, the neighbours were loud.", "I need a new phone, this one is dying.",
        "The trains were late again.", "Are you going to the party on Saturday?", "Maybe, I'll see how I feel.",
        "Lol", "Sounds good to me.", "I'll send you the link.", "Talk soon!", "Take care.", "Okay, bye for now.",
        "Wait, really?", "No way.", "That's hilarious.", "I have so much laundry to do.",
    ),
    my_lines=("I got a cat last year, her name is Luna.", "I live in Berlin, still the same flat.",
              "You should try the Vietnamese place near my office.", "I'm reading a thriller at the moment."),
)


@dataclass
class _Person:
    name: str
    facts: dict[str, str] = field(default_factory=dict)
    changed: dict[str, str] = field(default_factory=dict)
    recommendations: dict[str, list[str]] = field(default_factory=dict)
    event: tuple[str, str] | None = None
    inference: str | None = None


@dataclass(frozen=True)
class _Planted:
    """A fact turn to place in some session of ``person``, in order of ``rank`` (0 before 1)."""

    person: str
    key: str
    text: str
    rank: int = 0


def _people(style: Style, rng: random.Random) -> list[_Person]:
    people = [_Person(name) for name in style.people]
    cities, companies, pets = list(CITIES), list(COMPANIES), list(PETS)
    siblings, events, inference = list(SIBLINGS), list(EVENTS), list(INFERENCE_KEYS)
    for pool in (cities, companies, pets, siblings, events, inference):
        rng.shuffle(pool)
    restaurants, books = list(RESTAURANTS), list(BOOKS)
    rng.shuffle(restaurants)
    rng.shuffle(books)
    for index, person in enumerate(people):
        person.facts["pet"] = pets.pop()
        person.facts["sibling"] = siblings.pop()
        person.facts["city"] = cities.pop()
        person.facts["job"] = companies.pop()
        if index % 2 == 0:
            person.changed["city"] = cities.pop()
        if index % 3 != 1:
            person.changed["job"] = companies.pop()
        if index % 2 == 0:
            person.recommendations["restaurant"] = [restaurants.pop() for _ in range(rng.randint(2, 3))]
        else:
            person.recommendations["book"] = [books.pop() for _ in range(rng.randint(2, 3))]
        person.event = events.pop()
        person.inference = inference.pop()
    return people


def _planted(style: Style, person: _Person, rng: random.Random) -> list[_Planted]:
    pick = rng.choice
    out = [
        _Planted(person.name, "pet", pick(style.pet_line).format(v=person.facts["pet"])),
        _Planted(person.name, "sibling", pick(style.sibling_line).format(v=person.facts["sibling"])),
        _Planted(person.name, "city", pick(style.city_first).format(v=person.facts["city"])),
        _Planted(person.name, "job", pick(style.job_first).format(v=person.facts["job"])),
        _Planted(person.name, "event", pick(style.event_line).format(v=person.event[0])),
        _Planted(person.name, "inference", style.inference[person.inference][0]),
    ]
    for key, value in person.changed.items():
        template = style.city_changed if key == "city" else style.job_changed
        out.append(_Planted(person.name, f"{key}-changed", pick(template).format(v=value), rank=1))
    for sort, values in person.recommendations.items():
        template = style.restaurant_line if sort == "restaurant" else style.book_line
        out.extend(_Planted(person.name, f"{sort}-{i}", pick(template).format(v=v)) for i, v in enumerate(values))
    return out


def generate_conversations(style: Style, weeks: int = WEEKS) -> tuple[list[Observation], list[Question]]:
    """The whole conversation history (``weeks`` up to ``NOW``) and its questions, seeded by ``style``.

    Fewer weeks (a smoke run) keep the same people and facts in fewer sessions; a question whose
    evidence found no session is left out.
    """
    rng = random.Random(f"conversations-{style.name}-{style.seed}")
    people = _people(style, rng)
    first_day = NOW.date() - timedelta(weeks=weeks)
    sessions: list[tuple[datetime, _Person]] = []
    for week in range(weeks):
        for _ in range(rng.randint(*SESSIONS_PER_WEEK)):
            day = first_day + timedelta(days=week * 7 + rng.randrange(7))
            at = datetime.combine(day, time(rng.randint(8, 21), rng.randrange(60)), tzinfo=TZ)
            if at < NOW - timedelta(hours=2):
                sessions.append((at, rng.choice(people)))
    sessions.sort(key=lambda item: item[0])
    # Plant each person's facts in their sessions: first versions in the first half, changes later.
    by_person: dict[str, list[int]] = {}
    for index, (_, person) in enumerate(sessions):
        by_person.setdefault(person.name, []).append(index)
    planted_at: dict[int, list[_Planted]] = {}
    for person in people:
        mine = by_person.get(person.name)
        if not mine:
            continue
        half = max(1, len(mine) // 2)
        for item in _planted(style, person, rng):
            pool = mine[:half] if item.rank == 0 else mine[half:] or mine[-1:]
            planted_at.setdefault(rng.choice(pool), []).append(item)
    observations: list[Observation] = []
    evidence: dict[tuple[str, str], str] = {}
    for index, (start, person) in enumerate(sessions):
        session_id = f"{style.name}-s{index:03d}"
        turns: list[tuple[str, str, _Planted | None]] = []
        for n in range(rng.randint(*SMALL_TALK_TURNS)):
            speaker = "me" if n % 2 == 0 else person.name
            turns.append((speaker, rng.choice(style.small_talk), None))
        for item in planted_at.get(index, []):
            where = rng.randrange(1, len(turns) + 1)
            turns.insert(where, (person.name, item.text, item))
        if rng.random() < 0.15:
            turns.insert(rng.randrange(len(turns) + 1), ("me", rng.choice(style.my_lines), None))
        moment = start
        for number, (speaker, text, item) in enumerate(turns):
            obs_id = f"conv-{style.name}-{index:03d}-{number:02d}"
            observations.append(Observation(
                id=obs_id, sensor="chat", kind="conversation", start=moment,
                end=moment + timedelta(seconds=20), modality=Modality.auditory,
                data={"speaker": speaker, "text": text, "session": session_id},
            ))
            if item is not None:
                evidence[(item.person, item.key)] = obs_id
            moment += timedelta(seconds=rng.randint(25, 90))
    return observations, _questions(style, people, evidence, rng)


def _questions(style: Style, people: list[_Person], evidence: dict[tuple[str, str], str],
               rng: random.Random) -> list[Question]:
    out: list[Question] = []

    def ask(category: str, text: str, keys: list[tuple[str, str]], template: str,
            superseded: tuple[str, str] | None = None) -> None:
        ids = tuple(evidence[key] for key in keys if key in evidence)
        if len(ids) == len(keys):
            notes = {"superseded": evidence[superseded]} if superseded in evidence else {}
            out.append(Question(category, text, ids, template, notes))

    for person in people:
        p = person.name
        ask("single-fact", style.pet_question.format(p=p), [(p, "pet")], "pet")
        ask("single-fact", style.sibling_question.format(p=p), [(p, "sibling")], "sibling")
        for key, question in (("city", style.city_question), ("job", style.job_question)):
            if key in person.changed:
                ask("changed-fact", question.format(p=p), [(p, f"{key}-changed")], key, superseded=(p, key))
        ask("when", style.event_question.format(p=p, v=person.event[1]), [(p, "event")], "event")
        ask("inference", style.inference[person.inference][1].format(p=p), [(p, "inference")],
            f"inference-{person.inference}")
        for sort, values in person.recommendations.items():
            question = style.restaurant_question if sort == "restaurant" else style.book_question
            ask("aggregation", question.format(p=p), [(p, f"{sort}-{i}") for i in range(len(values))], sort)
        # Multi-hop: found through the job they kept (or the first one), asked about the pet;
        # found through the event, asked where they live now (the newest city).
        job = person.changed.get("job", person.facts["job"])
        job_key = "job-changed" if "job" in person.changed else "job"
        ask("multi-hop", style.multi_pet_by_job.format(v=job), [(p, job_key), (p, "pet")], "pet-by-job")
        city_key = "city-changed" if "city" in person.changed else "city"
        ask("multi-hop", style.multi_city_by_event.format(v=person.event[0].replace("my ", "their ")),
            [(p, "event"), (p, city_key)], "city-by-event")
    return out
