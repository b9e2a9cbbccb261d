"""The two things the model does on the grounded path, each under a JSON-schema grammar.

* ``model_plan``: a question no phrase rule placed becomes a plan. The schema's enums hold only the
  plan's own words, so the output is always a valid ``QuestionPlan`` (right or wrong; code then
  reads the records, and an empty window answers "I don't know").
* ``pick_span``: the short answer to a free-text question is one of the spans cut from the quoted
  evidence, chosen by the model from an enum: it can pick badly, but it cannot write anything that
  is not in the evidence.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, tzinfo
from typing import get_args

from server.answers.cues import names_in
from server.engine.base import ChatMessage, Engine
from server.errors import TetherServerError
from server.memory.timeparse import parse_time_filter
from shared.plan import Attribute, Kind, Operation, QuestionPlan, TimeWindow
from shared.prompt_data import DATA_RULE, data_block

logger = logging.getLogger(__name__)

PLAN_SCHEMA = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": list(get_args(Kind))},
        "operation": {"type": "string", "enum": list(get_args(Operation))},
        "attribute": {"type": "string", "enum": list(get_args(Attribute))},
    },
    "required": ["kind", "operation", "attribute"],
}
PLAN_PROMPT = ("Classify the person's question about their own day log. kind: what it is about. "
               "operation: value, list, count, total, duration, first, last, compare, relation or fact. "
               "attribute: the field asked for. Answer with JSON only.")
MAX_SPANS = 12
MAX_SPAN_WORDS = 8


def model_plan(engine: Engine, question: str, as_of: datetime, tz: tzinfo) -> QuestionPlan | None:
    """The model's plan for ``question`` (window from the phrase rules); None when the model fails."""
    try:
        answer = engine.complete_json([ChatMessage("system", PLAN_PROMPT), ChatMessage("user", question.strip())],
                                      PLAN_SCHEMA, max_tokens=48)
    except TetherServerError as exc:
        logger.warning("model plan failed: %s", type(exc).__name__)  # never the text: it is personal
        return None
    if not isinstance(answer, dict):
        return None
    try:
        plan = QuestionPlan(kinds=[answer["kind"]], operation=answer["operation"], attribute=answer["attribute"],
                            topic=question.strip(), parsed_by="model")
    except (KeyError, ValueError):
        return None
    found = parse_time_filter(question, as_of, tz)
    if found is not None:
        plan.window = TimeWindow(start=found.start, end=found.end, label=found.phrase)
    if plan.kinds == ["conversation"] and names_in(question):
        plan.filters["speaker"] = names_in(question)[0]
    return plan


def candidate_spans(text: str) -> list[str]:
    """Short spans of ``text`` that can stand alone as an answer: names and titles ("Piranesi by
    Susanna Clarke"), then the clauses between punctuation."""
    spans: list[str] = []
    for match in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:by|of|the|and|de|da|von|in)?\s*[A-Z][\w'’-]*)*", text):
        span = match.group(0).strip()
        if span and len(span.split()) <= MAX_SPAN_WORDS and span not in spans and not _sentence_start(text, match.start()):
            spans.append(span)
    for clause in re.split(r"[,.;:!?\"“”()]+|\s+(?:and|but|because)\s+", text):
        clause = clause.strip()
        if 1 <= len(clause.split()) <= MAX_SPAN_WORDS and clause not in spans:
            spans.append(clause)
    return spans[:MAX_SPANS]


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?\"“"


def pick_span(engine: Engine, question: str, evidence: list[str]) -> str | None:
    """One span of ``evidence`` that answers ``question``, chosen by the model from an enum; None when
    no span fits or the model fails."""
    spans = [span for text in evidence for span in candidate_spans(text)][:MAX_SPANS]
    if not spans:
        return None
    schema = {"type": "object", "properties": {"answer": {"type": "string", "enum": [*spans, "none"]}},
              "required": ["answer"]}
    messages = [ChatMessage("system", "Pick the span of the evidence that answers the question. " + DATA_RULE),
                ChatMessage("user", data_block("evidence", evidence) + f"\nQuestion: {question.strip()}")]
    try:
        answer = engine.complete_json(messages, schema, max_tokens=32)
    except TetherServerError as exc:
        logger.warning("span pick failed: %s", type(exc).__name__)
        return None
    picked = answer.get("answer") if isinstance(answer, dict) else None
    return picked if isinstance(picked, str) and picked in spans else None
