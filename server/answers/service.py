"""The grounded-answer pipeline: plan, read records, compute or quote, verify.

One pipeline for every way in: ``/v1/chat`` (``ChatService``), the OpenAI-compatible route, and
the device's offline answers over its own store (they pass a different record reader).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from server.answers.code_readers import unread_code
from server.answers.reading_checks import misread
from server.answers.compute import Computed, Reader, compute
from server.answers.model_steps import model_plan, pick_span
from server.answers.plan_checks import refusal
from server.answers.planner import plan_question
from server.answers.said import content
from server.answers.windows import find_window
from server.answers.tidy import restore_case, tidy
from server.answers.verify import claims, strip_markup, unsupported_claims
from server.engine.base import ChatMessage, Engine, TokenPiece
from server.answers.render import day_name, hm, span_text
from shared.observation import Observation, effective_end
from shared.plan import QuestionPlan
from shared.timeutil import to_utc
from shared.wire import ChatTurn, MemoryHit

logger = logging.getLogger(__name__)

EVIDENCE_CHARS = 400
"""Each piece of evidence is clipped to this many characters: whatever is stored, the answer and its
prompt stay small (a 28 KB conversation no longer overflows the context)."""

PHRASE_PROMPT = ("Say the facts as one short, friendly sentence to the person. Keep every number, time, date "
                 "and name exactly as written; add nothing.")
PHRASE_MAX_TOKENS = 64
PEOPLE_DAYS = timedelta(days=60)

Searcher = Callable[[str, int, datetime], list[MemoryHit]]
"""Free-text retrieval: (question, k, as_of) -> hits, best first."""


@dataclass
class GroundedAnswer:
    """An answer and everything that shows how it was made."""

    text: str
    made_by: str
    plan: QuestionPlan | None
    evidence: list[MemoryHit]
    verified: bool


def clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def evidence_hit(observation: Observation, tz: tzinfo) -> MemoryHit:
    """A record as evidence: when (local day and times, how long) and its own fields, clipped."""
    data = observation.data or {}
    fields = "; ".join(f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
                       for key, value in data.items())
    end = effective_end(observation)
    when = f"{day_name(observation.start, tz)} {hm(observation.start, tz)}"
    if end > observation.start:
        when += f" to {hm(end, tz)} ({span_text((end - observation.start).total_seconds() / 60)})"
    return MemoryHit(id=observation.id, text=clip(f"{observation.kind}, {when}: {fields}"), score=1.0,
                     kind=observation.kind, start=observation.start, source_ids=[observation.id])


class GroundedAnswerer:
    """Answers from typed records and quoted evidence; the model is never trusted with a number."""

    def __init__(self, read: Reader, search: Searcher | None, tz: tzinfo, k: int = 6,
                 engine: Engine | None = None, routines: Callable[[str], list[MemoryHit]] | None = None) -> None:
        self._routines = routines
        self._vocabulary: tuple[object, tuple[list[str], list[str]]] = (None, ([], []))
        """The learned routine statistics for a habit question (``RoutineBook.hits_for``); None: computed here."""
        self._read = read
        self._search = search
        self._tz = tz
        self._k = k
        self._engine = engine
        """Plans what the rules cannot place and picks short answers from quotes (None: rules and quotes only)."""

    def plan(self, question: str, as_of: datetime, tz: tzinfo, previous: QuestionPlan | None) -> QuestionPlan | None:
        """The plan of ``question``, a follow-up of the plan ``previous`` (the last turn's with a plan; None: none)."""
        people, titles = self.vocabulary(as_of)
        return plan_question(question, as_of, tz, previous, people, titles)

    def people(self, as_of: datetime) -> list[str]:
        """The people of the last ``PEOPLE_DAYS`` of the log (speakers and attendees), most often first."""
        return self.vocabulary(as_of)[0]

    def vocabulary(self, as_of: datetime) -> tuple[list[str], list[str]]:
        """The people (speakers, attendees) and meeting titles of the last ``PEOPLE_DAYS`` of the log,
        most often seen first: the planner tells "what did tom say" from "who was in sprint planning"."""
        key = to_utc(as_of).date()
        if self._vocabulary[0] != key:
            people: dict[str, int] = {}
            titles: dict[str, int] = {}
            for o in self._read(["conversation", "meeting"], to_utc(as_of) - PEOPLE_DAYS, to_utc(as_of)):
                data = o.data or {}
                for name in [data.get("speaker"), *(data.get("attendees") or [])]:
                    if isinstance(name, str) and name[:1].isupper():
                        people[name] = people.get(name, 0) + 1
                title = data.get("title")
                if o.kind == "meeting" and isinstance(title, str) and 3 <= len(title) <= 80:
                    titles[title] = titles.get(title, 0) + 1
            self._vocabulary = (key, (sorted(people, key=lambda n: -people[n])[:200],
                                      sorted(titles, key=lambda n: -titles[n])[:200]))
        return self._vocabulary[1]

    def answer(self, question: str, as_of: datetime, tz: tzinfo | None = None,
               history: list[ChatTurn] | None = None) -> GroundedAnswer:
        """The answer to ``question`` asked at ``as_of`` (aware) in ``tz``."""
        tz, asked, question = tz or self._tz, question, restore_case(tidy(question), *self.vocabulary(as_of))
        code = unread_code(question) or misread(asked, question)  # code no reader knows, or read losing what it asks
        previous = next((turn.plan for turn in reversed(history or []) if turn.plan is not None), None)
        plan = None if code else self.plan(question, as_of, tz, previous)
        if plan is None and self._engine is not None and not code:
            plan = model_plan(self._engine, question, as_of, tz)
        if code:
            computed = Computed("I don't know how to read that question: please ask it in words.", "unknown")
        elif plan is not None and (refused := refusal(question, plan, previous, as_of, tz)) is not None:
            computed = Computed(refused, "unknown")  # a plan that lost part of the question: refused, not answered
        elif plan is None or (plan.parsed_by == "model" and plan.kinds == ["any"]):
            computed = self._free_text(question, as_of, tz)
        else:
            computed = compute(plan, self._read, as_of, tz)
            stats = self._routines(question) if plan.operation == "relation" and self._routines is not None else []
            if stats and computed.made_by == "unknown":
                computed = Computed("From your routine statistics: " + "; ".join(hit.text for hit in stats) + ".",
                                    "computed", hits=stats)
            elif stats:
                computed.hits = [*computed.hits, *stats]  # the learned statistics back the computed answer
        evidence = computed.hits or [evidence_hit(o, tz) for o in computed.evidence]
        text = strip_markup(computed.text)
        if computed.made_by == "quoted" and self._engine is not None:
            quotes = re.findall(r'"([^"]+)"', text) or [line for line in text.splitlines() if line.strip()]
            span = pick_span(self._engine, question, quotes)
            if span:
                text = f"{span}.\n{text}"
        sources = [hit.text for hit in evidence] + [question, computed.text]
        if computed.made_by == "computed" and self._engine is not None:
            text = self._phrase(question, text, sources) or text
        verified = not unsupported_claims(text, sources)
        return GroundedAnswer(text=text, made_by=computed.made_by, plan=plan, evidence=evidence, verified=verified)

    def _phrase(self, question: str, text: str, sources: list[str]) -> str | None:
        """The model's sentence for a computed answer, kept only when it keeps every claim of ``text``
        and adds none the evidence lacks; None otherwise (the templated sentence is shown)."""
        assert self._engine is not None
        messages = [ChatMessage("system", PHRASE_PROMPT), ChatMessage("user", f"Question: {question}\nFacts: {text}")]
        pieces = [event.text for event in self._engine.generate(messages, PHRASE_MAX_TOKENS)
                  if isinstance(event, TokenPiece)]
        candidate = strip_markup("".join(pieces))
        kept = all(claim in candidate for claim in claims(text))
        if candidate and kept and not unsupported_claims(candidate, sources):
            return candidate
        logger.info("model phrasing dropped or added a claim; the templated sentence is used")
        return None

    def _free_text(self, question: str, as_of: datetime, tz: tzinfo) -> Computed:
        """A question no rule places: quote the best memories found before ``as_of`` that share a word
        with it or lie in the time it names ("What was I doing this morning?"). A search returns its
        nearest memories whatever was asked: one about something else, or a question in words the log
        does not use, gets "I don't know", not unrelated quotes."""
        asked, window = content(question), find_window(question, as_of, tz)

        def related(hit: MemoryHit) -> bool:
            in_window = window is not None and hit.start is not None and window.start <= hit.start < window.end
            return in_window or bool(asked & content(hit.text))

        hits = [] if self._search is None else [
            hit for hit in self._search(question, self._k, as_of)
            if (hit.start is None or hit.start <= to_utc(as_of)) and related(hit)]
        if not hits:
            return Computed("I don't know: nothing in your log answers that.", "unknown")
        best = [hit.model_copy(update={"text": clip(hit.text)}) for hit in hits[:2]]
        return Computed("\n".join(f'"{hit.text}"' for hit in best), "quoted", hits=best)
