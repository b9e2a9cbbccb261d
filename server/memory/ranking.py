"""How hybrid search orders candidates: weighted reciprocal rank fusion, the newest of a speaker's
versions of a fact, two rankings taking turns, and the copies of one content counted once (pure functions)."""

from __future__ import annotations

import re
from datetime import datetime

Ranked = tuple[str, float]
"""A memory id and its score, best first in a list."""

RRF_K = 60
"""Rank offset of reciprocal rank fusion; 60 is the value from the paper and common practice."""
RECENCY_WEIGHT = 0.25 / (RRF_K + 1)
"""At most a quarter of what a first place on one side is worth, so it only decides near-ties."""

def rrf_contributions(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Each hit's share of one side's vote: ``1 / (RRF_K + rank)`` scaled by its score over the best.

    Plain RRF treats a keyword hit matching one word of "XJ-9000" like the one matching both, and
    then a document ranked first by embeddings wins on votes alone; scaling by the relative score
    keeps rank fusion's calibration-free sum while letting a clearly stronger match count more.
    """
    best = max((score for _, score in ranked), default=0.0)
    return [
        (mem_id, (score / best if best > 0 else 1.0) / (RRF_K + rank))
        for rank, (mem_id, score) in enumerate(ranked, start=1)
    ]


CURRENT = re.compile(r"\b(?:now|currently|current|these\s+days|nowadays|latest|any\s?more|still)\b", re.IGNORECASE)
"""A question about how things are now: of one person's versions of a fact, the newest answers it."""
NEWEST_WEIGHT = 0.5 / (RRF_K + 1)
"""What being the newest of a speaker's candidates adds for such a question: half a first place on
one side, so it orders versions of a fact that both match, not a fresh "lol" above an old answer."""
NEWEST_AMONG = 10
"""How many of the speaker's best candidates are ordered by age for it."""
NEWEST_NAMED_WEIGHT = 1.0 / (RRF_K + 1)
"""The same among only those of the candidates that name something, for a question a name answers
("where does Tom live now"): a first place on one side. Versions of a changed fact name what
changed, and small talk, which names nothing, is not lifted by it."""


def prefer_newest(ranked: list[Ranked], starts: dict[str, datetime], weight: float = NEWEST_WEIGHT) -> list[Ranked]:
    """``ranked`` with its first ``NEWEST_AMONG`` re-ordered: those in ``starts`` gain ``weight`` (scaled
    to the [0, 1] scores) times their place from oldest (0) to newest (1) among them."""
    top = ranked[:NEWEST_AMONG]
    dated = [item for item in top if item[0] in starts]
    if len(dated) < 2:
        return ranked
    by_age = sorted(dated, key=lambda item: starts[item[0]])
    bonus = weight / (2.0 / (RRF_K + 1) + RECENCY_WEIGHT)
    rescored = {mem_id: score + bonus * place / (len(by_age) - 1) for place, (mem_id, score) in enumerate(by_age)}
    head = sorted(((mem_id, rescored.get(mem_id, score)) for mem_id, score in top), key=lambda item: (-item[1], item[0]))
    return [*head, *ranked[NEWEST_AMONG:]]


def alternate(first: list[Ranked], second: list[Ranked]) -> list[Ranked]:
    """The best of ``first``, the best of ``second``, then two of ``first`` to one of ``second`` (each
    id once), then what is left of either: ``first`` leads, ``second``'s best is never far down."""
    out: list[Ranked] = []
    seen: set[str] = set()
    queues = [list(first), list(second)]
    pattern = [0, 1] + [0, 0, 1] * (len(first) + len(second))
    for side in pattern:
        queue = queues[side] or queues[1 - side]
        while queue and queue[0][0] in seen:
            queue.pop(0)
        if not queue:
            if not queues[0] and not queues[1]:
                break
            continue
        item = queue.pop(0)
        seen.add(item[0])
        out.append(item)
    return out


def repeats_last(ranked: list[Ranked], contents: dict[str, str | None]) -> list[Ranked]:
    """``ranked`` with the second and later memories of each content key moved after all the others
    (in their order). "Lol" said on forty days is one thing said, not ten hits; an id without a key
    is never a repeat."""
    seen: set[str] = set()
    first: list[Ranked] = []
    repeats: list[Ranked] = []
    for item in ranked:
        key = contents.get(item[0])
        (repeats if key is not None and key in seen else first).append(item)
        if key is not None:
            seen.add(key)
    return first + repeats


def first_of_each(ranked: list[Ranked], contents: dict[str, str | None]) -> list[Ranked]:
    """``ranked`` with only the first memory of each content key (ids without a key all stay)."""
    seen: set[str] = set()
    out: list[Ranked] = []
    for item in ranked:
        key = contents.get(item[0])
        if key is None or key not in seen:
            out.append(item)
        if key is not None:
            seen.add(key)
    return out


NAMED_WEIGHT = 0.5 / (RRF_K + 1)
"""What naming something adds to a candidate for a question a name answers: half a first place on one
side (as ``NEWEST_WEIGHT``), so it lifts a fact above small talk that matches about as well."""


def prefer_named(ranked: list[Ranked], named: set[str]) -> list[Ranked]:
    """``ranked`` re-scored: the ids in ``named`` gain ``NAMED_WEIGHT`` (scaled to the [0, 1] scores)."""
    bonus = NAMED_WEIGHT / (2.0 / (RRF_K + 1) + RECENCY_WEIGHT)
    rescored = [(mem_id, score + bonus if mem_id in named else score) for mem_id, score in ranked]
    return sorted(rescored, key=lambda item: -item[1])
