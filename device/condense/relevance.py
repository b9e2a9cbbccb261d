"""Deterministic, question-relevant fact ranking (the condenser's first stage; pure functions)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are at be did do does for from had have how i in is it me my of on or so the to today "
    "was what when where which who why with you your yesterday this that much many long".split()
)
# Question words that point at a kind of observation even when the fact does not use the word.
_TOPICS: dict[str, tuple[str, ...]] = {
    "coffee": ("coffee", "caffeine", "espresso", "latte", "cappuccino", "drink", "drank", "cup", "cups"),
    "sleep": ("sleep", "slept", "bed", "wake", "woke", "night", "nap", "tired", "rest", "rested", "energy"),
    "meal": ("eat", "ate", "food", "lunch", "dinner", "breakfast", "meal", "hungry"),
    "exercise": ("exercise", "run", "ran", "running", "workout", "cycle", "swim", "km", "distance", "heart", "sport",
                 "training", "gym", "active"),
    "meeting": ("meeting", "meetings", "meet", "met", "call", "calendar", "schedule", "next", "agenda"),
    "computer": ("work", "worked", "working", "code", "coding", "computer", "screen", "app", "apps", "project",
                 "busy"),
    "conversation": ("said", "say", "talk", "talked", "conversation", "told", "mention", "mentioned", "who"),
}


# Words of questions about the whole day or what comes next: they need more than one topic's facts.
_BROAD = frozenset(
    "plan planning day doing going status overview summary recap rest afternoon evening morning everything "
    "update anything prepare".split()
)
BROAD_BUDGET_FACTOR = 1.5
"""How much larger the token budget is for a broad question (``budget_for``)."""
STATE_TOPICS = frozenset({"coffee", "sleep", "exercise", "meeting"})
"""Topics the pinned state answers by itself: a question on these alone needs half the budget."""


def words(text: str) -> set[str]:
    """Lower-case content words of ``text`` (stopwords removed, naive plural folding)."""
    out = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS:
            continue
        out.add(word)
        if len(word) > 3 and word.endswith("s"):
            out.add(word[:-1])
    return out


def question_topics(question: str) -> set[str]:
    """Kinds of observation the question is about (``coffee``, ``sleep``, ...)."""
    qwords = words(question)
    return {topic for topic, cues in _TOPICS.items() if qwords & set(cues)}


def is_broad(question: str) -> bool:
    """True for questions about the day as a whole (or several topics), which need more facts."""
    return bool(_BROAD & set(_WORD.findall(question.lower()))) or len(question_topics(question)) != 1


def budget_for(question: str, base: int) -> int:
    """Tokens the chosen facts of ``question`` may take beyond the state.

    Half of ``base`` for a question the state answers (how much coffee, the next meeting: the
    episodes only add history), ``base`` for one about episodes (lunch, what someone said), and
    ``BROAD_BUDGET_FACTOR`` times it for a question about the whole day.
    """
    if is_broad(question):
        return int(base * BROAD_BUDGET_FACTOR)
    return base // 2 if question_topics(question) <= STATE_TOPICS else base


@dataclass(frozen=True)
class Fact:
    """One line of context with where it came from."""

    text: str
    kind: str
    source_ids: tuple[str, ...]
    recency: float = 0.0
    """0..1, 1 for the newest; breaks ties towards what just happened."""
    summary: bool = False
    """An aggregate over the day (a state line): on its topic it beats any single episode."""
    pinned: bool = False
    """Part of the current state: always in the prompt, never a choice."""


def rank_facts(question: str, facts: list[Fact]) -> list[Fact]:
    """Facts ordered by relevance to ``question``: topic match, shared words, then recency."""
    qwords = words(question)
    topics = question_topics(question)

    def score(fact: Fact) -> tuple[float, float]:
        overlap = len(qwords & words(fact.text))
        topical = 3.0 if fact.kind in topics else 0.0
        aggregate = 2.0 if topical and fact.summary else 0.0
        return (topical + aggregate + overlap, fact.recency)

    return sorted(facts, key=score, reverse=True)


_NUMBER = re.compile(r"\d+(?:[.:]\d+)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)([A-Z][a-zA-Z]+)")


def unsupported_facts(output: str, source: str) -> list[str]:
    """Numbers, times and capitalised names in ``output`` that do not occur in ``source``."""
    source_numbers = set(_NUMBER.findall(source))
    source_lower = source.lower()
    missing = [n for n in _NUMBER.findall(output) if n not in source_numbers]
    # Capitalised words are names, except the first word of a sentence ("Heads up: ...").
    starts = {m.start(1) for m in _SENTENCE_START.finditer(output)}
    names = [m.group(0) for m in re.finditer(r"\b[A-Z][a-zA-Z]+\b", output) if m.start() not in starts]
    missing += [name for name in names if name.lower() not in source_lower]
    return missing
