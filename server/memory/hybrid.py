"""Hybrid memory search: dense (embeddings) and keyword (FTS5 bm25) results fused by rank.

Dense search finds memories by meaning ("a hot drink" finds the flat white); keyword search finds
the exact rare words embeddings blur (a product code, a name). A time phrase in the question
("yesterday", "on 12 November") restricts both sides to that window, read in the person's zone.
The two ranked lists are combined with reciprocal rank fusion (Cormack et al., 2009), which needs
no calibration between cosine similarities and bm25 scores, each vote scaled by the hit's score
relative to the best on its side, plus a small boost for recent memories that only decides
near-ties. Both sides rank ids only; the records of the ``k`` hits returned are read once, at the
end, from the keyword index (reading them from Chroma costs ~0.1 ms a record, more than its vector
search).

Over the whole memory the dense side ranks distinct contents (``rank_contents``), each as its
newest memory: "How's the family?" said on forty days is one candidate, not forty that push what
was said once out of the list, and the approximate index is not crowded with identical vectors
(with them, the exact best turn of 3 in 8 questions of the conversation set's dev seed was missing
from Chroma's top 30). The copies the keyword side brings rank after everything else.

Among a named speaker's turns, a question a name answers ("which books has Ana suggested", "where
does Tom live now") lifts the turns that name something above small talk that matches as well
(``entities``).

Two query shapes get more than one search:

- a question that names an event instead of a date ("dinner on the day I cycled 31 km", "sleep
  the night after the retro"; ``anchors``) is answered in two hops: the anchor event is found
  first, then the rest of the question inside the window the relation names around it;
- a count or total over a time window ("how many coffees last week") puts that window's day
  summaries first: each states the day's counts and lists the day's observations as sources,
  where the single events would need more hits than ``k`` allows.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from server.memory.anchors import EventAnchor, anchor_window, parse_event_anchor
from server.memory.documents import said_text
from server.memory.entities import names_answer, names_something
from server.memory.hybrid_index import keyword_document, reconcile_keyword_index
from server.memory.keyword import KeywordDocument, KeywordIndex
from server.memory.ranking import (CURRENT, NEWEST_AMONG, NEWEST_NAMED_WEIGHT, NEWEST_WEIGHT, RECENCY_WEIGHT, RRF_K,
                                   Ranked, alternate, first_of_each, prefer_named, prefer_newest, repeats_last,
                                   rrf_contributions)
from server.memory.records import MemoryFilter, MemoryRecord
from server.memory.speakers import named_speakers, person_clause
from server.memory.store import MemoryStore, VectorMemoryStore
from server.memory.timeparse import TimeFilter, parse_time_filter
from shared.observation import Observation
from shared.timeutil import UTC, to_utc, utc_now
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)

RECENCY_HALF_LIFE_DAYS = 30.0
MIN_CANDIDATES = 20
ANCHOR_CANDIDATES = 3
WINDOW_SCAN_MAX = 3000
"""A time window with at most this many memories is ranked exactly among its own vectors (read by
id); a larger one goes to the vector index with a metadata filter."""
SUMMARY_KIND = "day_summary"
"""The kind of the consolidation job's day summaries (``server.learning``, which builds on this module)."""
AGGREGATE = re.compile(
    r"\bhow\s+(?:many|much|often|long)\b|\b(?:in\s+total|total|average|altogether|number\s+of)\b", re.IGNORECASE
)
"""Questions about counts and totals, which day summaries answer."""


"""A memory id and its score, before its record is read."""


@dataclass(frozen=True)
class HybridResult:
    """Hits of one search and how the time phrase was used."""

    hits: list[MemoryHit]
    time_filter: TimeFilter | None
    """The time window read from the query, if any."""
    unfiltered_fallback: bool
    """True when the window held nothing and the hits come from the whole memory."""


def hit_of(doc: KeywordDocument, score: float) -> MemoryHit:
    """A keyword document (with its source ids) as a search hit."""
    return MemoryHit(
        id=doc.id, text=doc.text, score=score, kind=doc.kind, start=datetime.fromtimestamp(doc.start_ts, UTC),
        source_ids=list(doc.source_ids or ()) or [doc.id],
    )


class HybridMemoryStore(MemoryStore):
    """A ``VectorMemoryStore`` (the truth: Chroma or its twin) plus a ``KeywordIndex`` kept in step.

    ``add`` writes the vector store first and indexes only what it reports as new; ``delete`` and
    ``forget`` remove from both. If the two disagree on open (a crash between the writes, or an
    index created after the vector store already held memories), the keyword index is rebuilt from
    the vector store.
    """

    def __init__(
        self, dense: VectorMemoryStore, keyword: KeywordIndex, tz: tzinfo,
        candidates: int = MIN_CANDIDATES, reconcile: bool = True,
    ) -> None:
        self.dense = dense
        self.keyword = keyword
        self._tz = tz
        self._candidates = candidates
        self._write_lock = threading.Lock()
        if reconcile and (keyword.count() != dense.count() or keyword.ids_without_sources(limit=1)
                          or keyword.ids_without_contents(limit=1)):
            self.reconcile()

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        with self._write_lock:
            new, present = self.dense.insert(observations)
            if new:
                by_id = {obs.id: obs for obs in observations}
                self.keyword.add(keyword_document(record, by_id.get(record.id)) for record in new)
        return len(new), present

    def search(self, query: str, k: int, now: datetime | None = None) -> list[MemoryHit]:
        """The ``k`` best memories for ``query``, best first (see ``search_detailed``)."""
        return self.search_detailed(query, k, now).hits

    def search_detailed(self, query: str, k: int, now: datetime | None = None) -> HybridResult:
        """Fused dense and keyword hits; a time phrase in ``query`` (relative to ``now``, default the
        current time) restricts both sides, unless that leaves nothing.

        ``score`` is the fused score scaled to [0, 1] (1: first on both sides and brand new).
        """
        if k <= 0:
            return HybridResult([], None, False)
        now = utc_now() if now is None else to_utc(now)
        time_filter = parse_time_filter(query, now, self._tz)
        speakers = named_speakers(query, self.keyword.speakers())
        if time_filter is not None:
            rest = time_filter.remove_from(query)
            # "what did I do yesterday" is all time phrase and stopwords: the whole query still embeds fine.
            text = rest if re.search(r"\w", rest) else query
            ranked = self._fused(text, k, now, time_filter)
            if speakers is not None and (named := named_speakers(text, set(speakers.names))) is not None:
                rest = named.rest if re.search(r"\w", named.rest) else text
                ranked = self._speakers_first(rest, named.names, k, now, time_filter, ranked)
            if ranked:
                if AGGREGATE.search(query):
                    ranked = self._summaries_first(text, k, time_filter, ranked)
                hits = self._hits(ranked, k)
                if hits:
                    return HybridResult(hits, time_filter, False)
            logger.debug("nothing in %r (%s .. %s); searching all memory", time_filter.phrase,
                         time_filter.start, time_filter.end)
        elif (anchor := parse_event_anchor(query)) is not None:
            anchored = self._anchored(query, anchor, k, now)
            if anchored is not None:
                return anchored
        ranked = self._fused(query, k, now, None)
        if speakers is not None:
            # Among one speaker's turns their name says nothing (and matches every one of them by keyword).
            rest = speakers.rest if re.search(r"\w", speakers.rest) else query
            ranked = self._speakers_first(rest, speakers.names, k, now, None, ranked)
        elif (clause := person_clause(query)) is not None:
            ranked = self._through_person(query, clause, k, now, ranked)
        return HybridResult(self._hits(ranked, k), time_filter, time_filter is not None)

    def _speakers_first(self, text: str, names: tuple[str, ...], k: int, now: datetime,
                        window: TimeFilter | None, ranked: list[Ranked]) -> list[Ranked]:
        """What the named speakers said (in ``window``, if any), ranked for ``text``, then the rest."""
        among = self.keyword.ids_by_speaker(
            names, WINDOW_SCAN_MAX, None if window is None else window.start.timestamp(),
            None if window is None else window.end.timestamp())
        if not among:
            return ranked
        theirs = self._fused_among(text, k, now, among)
        theirs = self._answer_first(theirs, text)
        # Taking turns with the whole memory's ranking: "when was my 1:1 with Priya" is answered by a
        # calendar event, not by anything Priya said. Their turns the whole ranking found are already
        # ranked among their own.
        theirs_all = set(among)
        return alternate(theirs, [item for item in ranked if item[0] not in theirs_all])

    def _through_person(self, query: str, clause: str, k: int, now: datetime, ranked: list[Ranked]) -> list[Ranked]:
        """Two hops for a person named by what they said: the best turn saying ``clause`` gives the
        speaker; the question is then ranked among that speaker's turns, after that turn."""
        found = self._fused(clause, ANCHOR_CANDIDATES, now, None)
        speakers = self.keyword.speaker_of(mem_id for mem_id, _ in found)
        first = next(((mem_id, score) for mem_id, score in found
                      if speakers.get(mem_id, "").lower() not in ("", "me")), None)
        if first is None:
            return ranked
        among = self.keyword.ids_by_speaker([speakers[first[0]]], WINDOW_SCAN_MAX)
        theirs = [item for item in self._fused_among(query, k, now, among) if item[0] != first[0]]
        theirs = self._answer_first(theirs, query)
        chosen = {first[0], *(mem_id for mem_id, _ in theirs)}
        return [first, *theirs, *(item for item in ranked if item[0] not in chosen)]

    def _answer_first(self, ranked: list[Ranked], question: str) -> list[Ranked]:
        """A speaker's turns ordered for what answers ``question``: for a question a name answers, the
        turns that name something lead (``prefer_named``); for one about now, the newest of the best
        candidates (of those that name something, when a name answers it: the versions of a changed
        fact name what changed) gains most (``prefer_newest``). Copies of a content stay last."""
        named: set[str] = set()
        if names_answer(question):
            docs = self.keyword.documents(mem_id for mem_id, _ in ranked)
            named = {mem_id for mem_id, doc in docs.items() if names_something(said_text(doc.text))}
            ranked = repeats_last(prefer_named(ranked, named), self.keyword.contents(docs))
        if CURRENT.search(question):
            head = [mem_id for mem_id, _ in ranked[:NEWEST_AMONG] if not named or mem_id in named]
            ranked = prefer_newest(ranked, self.keyword.starts(head), NEWEST_NAMED_WEIGHT if named else NEWEST_WEIGHT)
        return ranked

    def _fused_among(self, text: str, k: int, now: datetime, among: list[str]) -> list[Ranked]:
        """Like ``_fused``, but only among these ids (a speaker's turns): dense ranks exactly among
        their vectors, keyword hits outside them are dropped."""
        depth = max(self._candidates, 3 * k)
        allowed = set(among)
        # Ranking all of them costs what ranking the best few does (every vector is read anyway), and
        # a turn said many times ("How's the family?", "lol") would fill the list with one thing: only
        # the best of each content stays.
        contents = self.keyword.contents(among)
        dense_ranked = first_of_each(self.dense.rank_among(text, len(among), among), contents)[:depth]
        keyword_ranked = [item for item in self.keyword.search(text, depth * 5) if item[0] in allowed][:depth]
        return self._fuse(dense_ranked, keyword_ranked, now)

    def _summaries_first(self, text: str, k: int, window: TimeFilter, ranked: list[Ranked]) -> list[Ranked]:
        """The window's day summaries (best first, scored by similarity), then the other hits."""
        among = self.keyword.ids_overlapping(window.start.timestamp(), window.end.timestamp(), WINDOW_SCAN_MAX,
                                             kind=SUMMARY_KIND)
        if among is not None:
            found = self.dense.rank_among(text, k, among)
        else:
            found = self.dense.rank(text, k, where=MemoryFilter(start=window.start, end=window.end, kind=SUMMARY_KIND))
        starts = self.keyword.starts(mem_id for mem_id, _ in found)
        summaries = [(mem_id, score) for mem_id, score in found
                     if mem_id in starts and starts[mem_id] >= window.start][:k]
        chosen = {mem_id for mem_id, _ in summaries}
        return [*summaries, *(item for item in ranked if item[0] not in chosen)]

    def _anchored(self, query: str, anchor: EventAnchor, k: int, now: datetime) -> HybridResult | None:
        """Two hops: the best memory of the anchor event, then the target inside the window around it."""
        target = anchor.target if re.search(r"\w", anchor.target) else query
        self.dense.warm([anchor.anchor, target])
        found = self._fused(anchor.anchor, ANCHOR_CANDIDATES, now, None)
        span = self.keyword.span(found[0][0]) if found else None
        if span is None:
            return None
        anchor_id = found[0][0]
        start, end = anchor_window(anchor.relation, span[0], span[1], self._tz)
        offset = max(0, query.find(anchor.phrase))
        window = TimeFilter(start=start, end=end, phrase=anchor.phrase, span=(offset, offset + len(anchor.phrase)))
        ranked = [item for item in self._fused(target, k, now, window) if item[0] != anchor_id]
        # One read of the records for both hops: the anchor first, then the target's hits.
        hits = self._hits([found[0], *ranked], k)
        logger.debug("anchor %r -> %s; %d hits %s", anchor.anchor, anchor_id, len(hits) - 1, anchor.relation)
        return HybridResult(hits, window, False)

    def _fused(self, text: str, k: int, now: datetime, window: TimeFilter | None) -> list[Ranked]:
        """Every candidate of both sides as (id, fused score scaled to [0, 1]), best first.

        Only ids and scores: the records are read afterwards, for the few that are returned.
        """
        depth = max(self._candidates, 3 * k)
        among = None if window is None else self.keyword.ids_overlapping(
            window.start.timestamp(), window.end.timestamp(), WINDOW_SCAN_MAX)
        if among is not None:
            dense_ranked = self.dense.rank_among(text, depth, among)
        elif window is None:
            dense_ranked = self._rank_contents(text, depth)
        else:
            dense_ranked = self.dense.rank(text, depth, where=MemoryFilter(start=window.start, end=window.end))
        keyword_ranked = self.keyword.search(
            text, depth,
            start_ts=None if window is None else window.start.timestamp(),
            end_ts=None if window is None else window.end.timestamp(),
        )
        return self._fuse(dense_ranked, keyword_ranked, now)

    def _rank_contents(self, text: str, depth: int) -> list[Ranked]:
        """The dense side over all memory: the best distinct contents, each as its newest memory (the
        copies of a thing said many times are one candidate). A store whose contents or keys are not
        indexed yet is ranked memory by memory."""
        contents = self.dense.rank_contents(text, depth)
        newest = self.keyword.newest_by_content(key for key, _ in contents)
        ranked = [(newest[key], score) for key, score in contents if key in newest]
        return ranked if ranked or not contents else self.dense.rank(text, depth)

    def _fuse(self, dense_ranked: list[Ranked], keyword_ranked: list[Ranked], now: datetime) -> list[Ranked]:
        """Reciprocal rank fusion of the two sides plus the recency boost, scaled to [0, 1], best first."""
        fused: dict[str, float] = defaultdict(float)
        for side in (dense_ranked, keyword_ranked):
            for mem_id, contribution in rrf_contributions(side):
                fused[mem_id] += contribution
        # Start times of both sides' candidates in one indexed read (a vector-store id the keyword
        # index lacks, drift only, gets no recency boost).
        facts = self.keyword.starts_and_contents(fused.keys())
        for mem_id, (start, _) in facts.items():
            age_days = max(0.0, (now - start).total_seconds() / 86400.0)
            fused[mem_id] += RECENCY_WEIGHT * 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)
        best = 2.0 / (RRF_K + 1) + RECENCY_WEIGHT
        ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
        ranked = repeats_last(ranked, {mem_id: key for mem_id, (_, key) in facts.items()})
        return [(mem_id, round(min(1.0, score / best), 6)) for mem_id, score in ranked]

    def _hits(self, ranked: list[Ranked], k: int) -> list[MemoryHit]:
        """The first ``k`` of ``ranked`` that the stores hold, as hits with their scores.

        Read from the keyword index (one indexed query); the vector store is asked only for what the
        index lacks: rows indexed before it kept source ids, or drift after a crash.
        """
        out: list[MemoryHit] = []
        offset = 0
        while len(out) < k and offset < len(ranked):
            # Usually one read of exactly k documents; more only if some were missing.
            batch = ranked[offset:offset + k - len(out)]
            offset += len(batch)
            indexed = self.keyword.documents(mem_id for mem_id, _ in batch)
            complete = {mem_id for mem_id, doc in indexed.items() if doc.source_ids is not None}
            lacking = [mem_id for mem_id, _ in batch if mem_id not in complete]
            records = {record.id: record for record in self.dense.get(lacking)} if lacking else {}
            for mem_id, score in batch:
                if mem_id in complete:
                    out.append(hit_of(indexed[mem_id], score))
                elif mem_id in records:
                    out.append(records[mem_id].hit(score))
                else:
                    logger.debug("hit %s is in neither store any more; skipped", mem_id)
        return out

    def get(self, ids: Iterable[str]) -> list[MemoryRecord]:
        """The records with these ids, from the vector store (the truth)."""
        return self.dense.get(ids)

    def stored_observations(
        self, start: datetime | None = None, end: datetime | None = None,
        kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None,
    ) -> list[Observation]:
        """Read from the vector store, which keeps the whole observations."""
        return self.dense.stored_observations(start, end, kinds, ids)

    def count(self) -> int:
        return self.dense.count()

    def select(self, ids: Iterable[str] | None = None, where: MemoryFilter | None = None) -> list[str]:
        return self.dense.select(ids, where)

    def set_pinned(self, ids: Iterable[str], pinned: bool) -> list[str]:
        """Pin or unpin memories by their own ids (the flag lives in the vector store); returns those found."""
        return self.dense.set_pinned(ids, pinned)

    def pinned_ids(self) -> set[str]:
        """Ids of every pinned memory."""
        return self.dense.pinned_ids()

    def raw_memories(self, exclude_kinds: Iterable[str], after: datetime | None = None) -> tuple[int, datetime | None]:
        """How many memories are not of ``exclude_kinds``, and when the oldest of them starting at or
        after ``after`` began (from the keyword index: one indexed query, whatever the store's size)."""
        count, oldest = self.keyword.kind_stats(exclude_kinds, None if after is None else after.timestamp())
        return count, None if oldest is None else datetime.fromtimestamp(oldest, UTC)

    def delete(self, ids: Iterable[str]) -> int:
        wanted = list(dict.fromkeys(ids))
        with self._write_lock:
            removed = self.dense.delete(wanted)
            self.keyword.delete(wanted)
        return removed

    def reconcile(self) -> tuple[int, int]:
        """Make the keyword index hold exactly the vector store's memories; returns (added, removed)."""
        with self._write_lock:
            return reconcile_keyword_index(self.dense, self.keyword)

    def close(self) -> None:
        """Close the keyword index (the vector store's client is owned by whoever built it)."""
        self.keyword.close()
