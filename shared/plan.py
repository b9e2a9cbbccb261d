"""A question's plan: what it is about, over which window, which attribute, and what to compute.

Every question a person asks becomes a ``QuestionPlan`` before anything answers it (docs/api.md,
"Grounded answers"). Code computes the answer from typed records by following the plan; the model
only fills in a plan the phrase parsers could not, under a JSON-schema grammar, so its output is
always a valid plan.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["meal", "sleep", "exercise", "coffee", "meeting", "conversation", "computer", "any"]
Attribute = Literal["food", "duration", "distance", "attendees", "title", "said", "time", "count", "amount",
                    "activity", "place", "none"]
Operation = Literal["value", "list", "count", "total", "duration", "first", "last", "compare", "relation", "fact"]


class TimeWindow(BaseModel):
    """A half-open window [start, end) in the person's zone, with the words that named it."""

    start: datetime
    end: datetime
    label: str = Field(description='How the answer names it: "today", "Wednesday, 4 November", "this week".')


class QuestionPlan(BaseModel):
    """The typed form of one question."""

    kinds: list[Kind] = Field(default_factory=lambda: ["any"], description="Kinds of observation it is about.")
    window: TimeWindow | None = Field(default=None, description="When; None: any time up to the question's moment.")
    attribute: Attribute = "none"
    operation: Operation = "fact"
    filters: dict[str, str] = Field(default_factory=dict,
                                    description='Narrowing by a field: {"activity": "run"}, {"meal": "lunch"}, '
                                                '{"title": "Sprint planning"}, {"speaker": "Tom"}.')
    compare_to: TimeWindow | None = Field(default=None, description="The second window of a comparison.")
    relation: str | None = Field(default=None, description='A habit relation, e.g. "late coffee -> sleep".')
    topic: str | None = Field(default=None, description="What a free-text fact is about (for retrieval).")
    parsed_by: Literal["rules", "model", "follow-up"] = "rules"
