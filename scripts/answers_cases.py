"""A case of the answers benchmark and the facts its answer needs (docs/benchmarks.md, "Answers").

A case lists every fact its answer must contain: a text (any of its spellings), a number with a
tolerance and a unit, a duration in minutes, a clock time "HH:MM" in the person's zone, or a date.
Unanswerable cases expect an abstention. The gold helpers here turn records of an
``answers_life`` life into such facts; they never ask a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from answers_life import SaidFact, first_name
from answers_phrases import WEEKDAYS
from shared.observation import Observation


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


def text(*spellings: str) -> Fact:
    return Fact("text", tuple(spellings))


def person(name: str) -> Fact:
    return text(name, first_name(name))


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
