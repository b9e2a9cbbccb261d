"""What every category of the answers evaluation set shares (docs/benchmarks.md, "Answers"): a set's
random stream and wording (templates, day, night and workout names), the days questions are asked
on, and recording a case with the rivals an answer must not name.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from answers_cases import Case, Fact
from answers_life import FACT_VALUES, Life, first_name
from answers_life_index import LifeIndex
from answers_sets import EVAL_SETS

DAY = timedelta(days=1)
NOUN = {"run": "run", "cycle": "ride", "swim": "swim", "yoga": "yoga session", "climb": "climbing session"}
"""What a question of a set without workout words of its own (dev, dev2) calls a workout."""
ACTIVITY_WORDS = {"run": ("run", "ran", "running", "jog", "jogged"),
                  "cycle": ("cycle", "cycled", "cycling", "bike", "biked", "biking", "ride", "rode", "bike ride"),
                  "swim": ("swim", "swam", "swimming"), "yoga": ("yoga",), "climb": ("climb", "climbed", "climbing")}


class CaseBuilder:
    """Words and records one set's candidate cases; ``answers_evalset.Builder`` adds what each
    category asks."""

    def __init__(self, life: Life, variant: str) -> None:
        self.idx, self.variant, self.category = LifeIndex(life), variant, ""
        self.set = EVAL_SETS[variant]
        self.rng = random.Random(f"{life.seed}-{self.set.stream}")
        self.phrases = self.set.templates
        self.ask_days = self.idx.days[max(1, life.days // 2):] or self.idx.days
        self.out: list[Case] = []
        meals = [o.data for o in self.idx.by_kind["meal"]]
        self.groups = [{m["food"] for m in meals}, {m["where"] for m in meals}, set(ACTIVITY_WORDS["run"]).union(
            *ACTIVITY_WORDS.values()), {n for p in life.people for n in (p, first_name(p))}]
        self.groups += [{str(s.value) for s in life.said if s.kind == k} for k in FACT_VALUES | {"book": ()}]

    def ask(self, key: str, as_of: datetime, facts: list[Fact], days: tuple[date, ...] = (), abstain: bool = False,
            history: tuple[str, ...] = (), history_facts: tuple[Fact, ...] = (), definition: str = "", **slots: Any) -> None:
        question = self.fill(key, slots)
        said = {v for f in (*facts, *history_facts) if f.kind == "text" for v in f.value}
        rivals = {r for group in self.groups if said & group for r in group} - said
        self.out.append(Case("", self.category, key, self.typed(question), as_of, self.idx.life.tz_name,
                             tuple(facts), abstain, history, history_facts, days, definition, tuple(sorted(rivals))))

    def fill(self, key: str, slots: dict[str, Any]) -> str:
        """One of ``key``'s templates with its slots filled; ``{Day}`` is ``{day}`` with a capital."""
        capitals = {name.capitalize(): v[:1].upper() + v[1:] for name, v in slots.items() if isinstance(v, str)}
        return self.rng.choice(self.phrases[key]).format(**slots, **capitals)

    def typed(self, question: str) -> str:
        """The question as the person types it: capitalised, except where the set keeps its templates' case."""
        return question if self.set.as_typed else question[0].upper() + question[1:]

    def noun(self, activity: str) -> str:
        """What a question calls a workout of ``activity``."""
        own = self.set.nouns
        return self.rng.choice(own[activity]) if own else NOUN[activity]

    def day_phrase(self, d: date, today: date, absolute: bool = False) -> str:
        return self.set.day_phrase(d, today, self.rng, absolute)

    def night_phrase(self, d: date, today: date) -> str:
        return self.set.night_phrase(d, today, self.rng)

    def on_day(self, key: str, as_of: datetime, facts: list[Fact], d: date, today: date, **kw: Any) -> None:
        self.ask(key, as_of, facts, (d,), day=self.day_phrase(d, today), **kw)

    def on_night(self, key: str, as_of: datetime, facts: list[Fact], d: date, today: date, **kw: Any) -> None:
        self.ask(key, as_of, facts, (d, d + DAY), night=self.night_phrase(d, today), **kw)

    def recent(self, today: date, back: int = 6) -> list[date]:
        return [d for d in self.idx.days if 0 <= (today - d).days <= back]

    def moments(self) -> list[tuple[date, datetime]]:
        return [(d, self.idx.evening(d, self.rng)) for d in self.ask_days]
