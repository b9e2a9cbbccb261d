"""Profile facts, mem0 style: candidate facts are merged into the stored ones by ADD/UPDATE/DELETE/NOOP.

Candidates come from routine statistics (and, optionally, from the model reading day summaries).
For each candidate the deterministic cases are settled first, without the model:

1. same text (normalized) as a stored fact: NOOP;
2. same topic (``sleep.average``, ...) or the same sentence with other numbers: UPDATE that fact
   (fresh statistics replace old values);
3. a near duplicate (embedding cosine > ``NEAR_DUPLICATE``): UPDATE when its numbers differ, else NOOP;
4. no stored fact is related (cosine >= ``RELATED``): ADD.

Only then is the model asked, with a JSON schema whose ``target`` is an enum of the related facts'
ids plus ``"none"``, so it cannot name a fact that does not exist. Guards on its answer:

- malformed output or any model/engine error: NOOP for that candidate (logged), nothing dropped;
- facts the current data confirmed in this run are never offered as targets, so one true
  statistic can never replace another (which also makes a second run on the same data a no-op);
- DELETE retires the target and adds the candidate (the new fact contradicts the old one); a store
  that cannot delete keeps the target.

Similarity uses the embedder directly: facts are few, and a hybrid store's search score is a
rank fusion, not a cosine.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable

from server.engine.base import ChatMessage, Engine
from server.errors import TetherServerError
from server.learning.failures import describe_failure
from server.learning.grounding import is_grounded
from server.learning.recall import (
    FACT_KIND,
    LEARNING_SENSOR,
    base_id,
    newest_revisions,
    remove_memories,
    replace_memory,
)
from server.learning.routines import MAX_SOURCE_IDS, Routines
from server.memory.embedder import Embedder
from server.memory.store import MemoryStore
from shared.observation import Observation
from shared.prompt_data import DATA_RULE, data_block
from shared.timeutil import format_iso, parse_iso, utc_now

logger = logging.getLogger(__name__)

NEAR_DUPLICATE = 0.92
"""Cosine above which two fact sentences say the same thing."""
RELATED = 0.7
"""Cosine from which a stored fact may be the target of the model's UPDATE/DELETE."""
MAX_RELATED = 3
DECISION_MAX_TOKENS = 48
OPS = ("ADD", "UPDATE", "DELETE", "NOOP")
DECISION_PROMPT = (
    "You keep a list of facts about a person. Compare the new fact with the existing facts and answer "
    "with one operation: ADD if it is new information, UPDATE if it is a newer version of the target fact, "
    "DELETE if it shows the target fact is no longer true, NOOP if it is already known. "
    "The target is the id of an existing fact, or none. " + DATA_RULE
)
EXTRACT_PROMPT = (
    "List at most three short facts about the person's habits that the day summary states. "
    "Use only what the summary says. " + DATA_RULE
)
EXTRACT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"facts": {"type": "array", "items": {"type": "string", "maxLength": 100}, "maxItems": 3}},
    "required": ["facts"],
}
_NUMBER = re.compile(r"\d+(?:[.:]\d+)?")


def normalize_fact(text: str) -> str:
    """Lowercase, single spaces, no trailing punctuation: what makes two fact texts equal."""
    return " ".join(text.lower().split()).rstrip(" .!")


def fact_template(text: str) -> str:
    """The normalized text with every number replaced by ``#``: ``sleeps # h a night on average``."""
    return _NUMBER.sub("#", normalize_fact(text))


def fact_id(text: str) -> str:
    """Deterministic id of a new fact: ``fact-`` and a digest of its normalized text."""
    return "fact-" + hashlib.sha1(normalize_fact(text).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class FactCandidate:
    """A sentence that may become a profile fact, with its evidence."""

    text: str
    source_ids: tuple[str, ...] = ()
    topic: str | None = None
    origin: str = "routines"


@dataclass(frozen=True)
class Fact:
    """A stored profile fact."""

    id: str
    text: str
    source_ids: tuple[str, ...]
    learned_at: datetime
    updated_at: datetime
    topic: str | None = None

    @classmethod
    def from_observation(cls, obs: Observation) -> Fact:
        data = obs.data
        return cls(id=base_id(obs.id), text=str(data.get("fact", "")), source_ids=tuple(data.get("source_ids") or ()),
                   learned_at=_time(data.get("learned_at"), obs.start), updated_at=_time(data.get("updated_at"), obs.start),
                   topic=data.get("topic") if isinstance(data.get("topic"), str) else None)

    def to_observation(self) -> Observation:
        data: dict[str, Any] = {"fact": self.text, "source_ids": list(self.source_ids)[-MAX_SOURCE_IDS:],
                                "learned_at": format_iso(self.learned_at), "updated_at": format_iso(self.updated_at)}
        if self.topic:
            data["topic"] = self.topic
        return Observation(id=self.id, sensor=LEARNING_SENSOR, kind=FACT_KIND, start=self.learned_at, data=data)


def _time(value: Any, default: datetime) -> datetime:
    try:
        return parse_iso(str(value))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class FactDecision:
    """What happened to one candidate."""

    candidate: str
    op: str
    target: str | None
    reason: str
    by_model: bool = False


@dataclass
class FactLearningReport:
    """The decisions of one learning run."""

    decisions: list[FactDecision] = field(default_factory=list)
    model_calls: int = 0
    model_failures: int = 0

    def counts(self) -> dict[str, int]:
        """Decisions per operation."""
        return dict(Counter(d.op for d in self.decisions))

    def summary(self) -> str:
        """One line for job results."""
        counts = ", ".join(f"{op} {n}" for op, n in sorted(self.counts().items())) or "no candidates"
        return f"{counts}; model calls {self.model_calls}, failures {self.model_failures}"


def routine_candidates(routines: Routines) -> list[FactCandidate]:
    """The fact sentences routine statistics support."""
    return [FactCandidate(f.text, f.source_ids, f.topic) for f in routines.facts()]


def model_candidates(engine: Engine, summaries: Iterable[Observation]) -> list[FactCandidate]:
    """Facts the model reads out of day summaries, kept only when grounded in the summary."""
    found: list[FactCandidate] = []
    for summary in summaries:
        text = str(summary.data.get("text", ""))
        try:
            answer = engine.complete_json([ChatMessage("system", EXTRACT_PROMPT), ChatMessage("user", data_block("day", [text]))],
                                          EXTRACT_SCHEMA, 160)
        except TetherServerError as exc:
            logger.warning("no facts from %s: %s", summary.id, describe_failure(exc))
            continue
        items = answer.get("facts") if isinstance(answer, dict) else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, str) and is_grounded(item, text, min_words=4):
                found.append(FactCandidate(" ".join(item.split()), tuple(summary.data.get("source_ids") or ()),
                                           origin="model"))
    return found


class FactLearner:
    """Merges candidate facts into the ``profile_fact`` memories of one store."""

    def __init__(self, store: MemoryStore, embedder: Embedder, engine: Engine | None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._embedder = embedder
        self._engine = engine
        self._clock = clock
        self._vectors: dict[str, list[float]] = {}

    def facts(self) -> dict[str, Fact]:
        """The stored facts by (base) id, the newest revision of each."""
        stored = newest_revisions(self._store.stored_observations(kinds=[FACT_KIND]))
        return {key: Fact.from_observation(obs) for key, obs in stored.items()}

    def learn(self, candidates: Iterable[FactCandidate]) -> FactLearningReport:
        """Apply each candidate in turn; the store is changed only by valid decisions."""
        report = FactLearningReport()
        facts = self.facts()
        confirmed: set[str] = set()
        pending = list({normalize_fact(c.text): c for c in candidates if c.text.strip()}.values())
        # Pass 1 settles what the data confirms (same text or topic), so pass 2 can protect it.
        rest = []
        for candidate in pending:
            decision = self._settle_known(candidate, facts, confirmed)
            if decision is None:
                rest.append(candidate)
            else:
                report.decisions.append(decision)
        for candidate in rest:
            report.decisions.append(self._decide(candidate, facts, confirmed, report))
        logger.info("fact learning: %s", report.summary())
        return report

    # -- deterministic cases -----------------------------------------------------------------

    def _settle_known(self, candidate: FactCandidate, facts: dict[str, Fact], confirmed: set[str]) -> FactDecision | None:
        norm, template = normalize_fact(candidate.text), fact_template(candidate.text)
        for fact in facts.values():
            if normalize_fact(fact.text) == norm:
                confirmed.add(fact.id)
                return FactDecision(candidate.text, "NOOP", fact.id, "already known")
        for fact in facts.values():
            same_topic = candidate.topic is not None and fact.topic == candidate.topic
            if fact.id not in confirmed and (same_topic or fact_template(fact.text) == template):
                confirmed.add(fact.id)
                self._update(facts, fact, candidate)
                return FactDecision(candidate.text, "UPDATE", fact.id, "same topic" if same_topic else "new numbers")
        return None

    # -- similarity and the model ------------------------------------------------------------

    def _similar(self, text: str, facts: Iterable[Fact]) -> list[tuple[float, Fact]]:
        candidates = list(facts)
        missing = [t for t in {text, *(f.text for f in candidates)} if t not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, self._embedder.embed(missing)))
        query = self._vectors[text]
        scored = [(sum(a * b for a, b in zip(query, self._vectors[f.text])), f) for f in candidates]
        return sorted(scored, key=lambda pair: (-pair[0], pair[1].id))

    def _decide(self, candidate: FactCandidate, facts: dict[str, Fact], confirmed: set[str],
                report: FactLearningReport) -> FactDecision:
        open_facts = [f for f in facts.values() if f.id not in confirmed]
        scored = self._similar(candidate.text, open_facts) if open_facts else []
        if scored and scored[0][0] > NEAR_DUPLICATE:
            best = scored[0][1]
            confirmed.add(best.id)
            if sorted(_NUMBER.findall(best.text)) == sorted(_NUMBER.findall(candidate.text)):
                return FactDecision(candidate.text, "NOOP", best.id, f"near duplicate ({scored[0][0]:.2f})")
            self._update(facts, best, candidate)
            return FactDecision(candidate.text, "UPDATE", best.id, f"near duplicate with new numbers ({scored[0][0]:.2f})")
        related = [fact for score, fact in scored if score >= RELATED][:MAX_RELATED]
        if not related or self._engine is None:
            added = self._add(facts, candidate)
            confirmed.add(added.id)
            return FactDecision(candidate.text, "ADD", added.id, "no related fact" if not related else "no model")
        op, target, why = self._ask(candidate, related, report)
        if op == "NOOP":
            return FactDecision(candidate.text, "NOOP", target, why, by_model=True)
        if op == "UPDATE" and target is not None:
            confirmed.add(target)
            self._update(facts, facts[target], candidate)
            return FactDecision(candidate.text, "UPDATE", target, why, by_model=True)
        if op == "DELETE" and target is not None:
            if remove_memories(self._store, _revision_ids(target)):
                del facts[target]
            else:
                why += "; the store cannot delete, the target stays"
        added = self._add(facts, candidate)
        confirmed.add(added.id)
        return FactDecision(candidate.text, op, target, why, by_model=True)

    def _ask(self, candidate: FactCandidate, related: list[Fact], report: FactLearningReport) -> tuple[str, str | None, str]:
        """The model's (op, target, reason); NOOP on any error or malformed answer."""
        ids = [fact.id for fact in related]
        schema = {"type": "object", "required": ["op", "target"],
                  "properties": {"op": {"enum": list(OPS)}, "target": {"enum": [*ids, "none"]}}}
        listing = data_block("facts", (f"- {fact.id}: {fact.text}" for fact in related))
        new = data_block("new fact", [candidate.text])
        messages = [ChatMessage("system", DECISION_PROMPT),
                    ChatMessage("user", f"Existing facts:\n{listing}\n\nNew fact:\n{new}")]
        report.model_calls += 1
        try:
            answer = self._engine.complete_json(messages, schema, DECISION_MAX_TOKENS)  # type: ignore[union-attr]
        except TetherServerError as exc:
            report.model_failures += 1
            logger.warning("fact decision failed for %s (%s): NOOP", fact_id(candidate.text), type(exc).__name__)
            return "NOOP", None, f"model error: {exc}"
        op = answer.get("op") if isinstance(answer, dict) else None
        target = answer.get("target") if isinstance(answer, dict) else None
        if op not in OPS or not (target == "none" or target in ids) or (op in ("UPDATE", "DELETE") and target == "none"):
            report.model_failures += 1
            logger.warning("fact decision for %s is malformed: NOOP", fact_id(candidate.text))  # no texts: personal
            return "NOOP", None, f"malformed answer: {str(answer)[:80]}"
        return op, None if target == "none" else target, f"model: {op} {target}"

    # -- writes ------------------------------------------------------------------------------

    def _add(self, facts: dict[str, Fact], candidate: FactCandidate) -> Fact:
        new_id, n = fact_id(candidate.text), 2
        while new_id in facts:  # an updated fact may hold an old id under a new text
            new_id, n = f"{fact_id(candidate.text)}-{n}", n + 1
        now = self._clock()
        fact = Fact(new_id, candidate.text, candidate.source_ids, now, now, candidate.topic)
        self._store.add([fact.to_observation()])
        facts[new_id] = fact
        return fact

    def _update(self, facts: dict[str, Fact], old: Fact, candidate: FactCandidate) -> None:
        fact = Fact(old.id, candidate.text, candidate.source_ids or old.source_ids, old.learned_at, self._clock(),
                    candidate.topic or old.topic)
        previous = newest_revisions(self._store.stored_observations(kinds=[FACT_KIND], ids=_revision_ids(old.id)))
        replace_memory(self._store, fact.to_observation(), next(iter(previous.values()), None))
        facts[old.id] = fact


def _revision_ids(memory_id: str, most: int = 20) -> list[str]:
    """The id and its possible revision ids (a store without delete keeps ``~r2``, ``~r3``, ...)."""
    return [memory_id, *(f"{memory_id}~r{n}" for n in range(2, most + 1))]


def learn_facts(store: MemoryStore, embedder: Embedder, engine: Engine | None, routines: Routines,
                summaries: Iterable[Observation] = (), clock: Callable[[], datetime] = utc_now) -> FactLearningReport:
    """One run: routine candidates (plus model candidates from ``summaries``, when given) merged in."""
    candidates = routine_candidates(routines)
    summaries = list(summaries)
    if summaries and engine is not None:
        candidates += model_candidates(engine, summaries)
    return FactLearner(store, embedder, engine, clock).learn(candidates)
