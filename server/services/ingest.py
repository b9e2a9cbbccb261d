"""Ingest service: validate a batch record by record, store the good ones idempotently.

Storing a batch embeds every new record, which takes seconds on a small CPU, and batches are stored
one at a time (idempotent check-then-insert). ``IngestGate`` bounds how many batches may wait for
their turn: beyond that a batch is refused at once with 503 ``ingest_busy`` and a Retry-After of
about one batch's storing time. Without the bound, a burst of devices would hold every server
thread waiting, and chat and health requests would wait behind them.

Batches are embedded and stored on one thread of their own, run at a lower CPU priority (``nice``):
on a small machine the model's compute threads would otherwise be descheduled for the embedder
mid-step. Measured with 4 devices x 1,000 observations while one person chats without pause:
nice 0 gave chat TTFT p50 2.1 s and 64 observations/s, nice 5 1.3 s and 28/s, nice 10 1.1 s and
11/s. The default is 5; when nobody chats, ingest has the whole CPU at any value.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from server.errors import IngestBusyError
from server.memory.store import MemoryStore
from shared.observation import Observation, ObservationError, oversize_message, parse_observation
from shared.wire import IngestResult, RejectedRecord

if TYPE_CHECKING:  # SQLAlchemy loads only where the records are built (services.container)
    from server.answers.typed_records import RecordStore

logger = logging.getLogger(__name__)

MAX_RETRY_AFTER_S = 30


class IngestGate:
    """Admits one batch being stored plus at most ``max_waiting`` waiting; refuses the rest at once."""

    def __init__(self, max_waiting: int) -> None:
        self.max_waiting = max_waiting
        self._slots = threading.BoundedSemaphore(max_waiting + 1)
        self._lock = threading.Lock()
        self._turn = threading.Lock()
        self._store_s = 1.0  # moving average of one batch's storing time (seeds the first Retry-After)

    def retry_after_s(self) -> int:
        """Whole seconds until a slot is likely free: about one batch's storing time."""
        with self._lock:
            return min(MAX_RETRY_AFTER_S, max(1, math.ceil(self._store_s)))

    @contextmanager
    def admit(self, size: int) -> Iterator[None]:
        """Hold a slot while the batch waits for its turn and is stored; ``IngestBusyError`` if none is free."""
        if not self._slots.acquire(blocking=False):
            wait = self.retry_after_s()
            logger.info("ingest busy: %d batches already waiting; refused a batch of %d (retry after %d s)",
                        self.max_waiting, size, wait)
            raise IngestBusyError(
                f"{self.max_waiting + 1} observation batches are already being stored or waiting; "
                f"send this one again after {wait} s (nothing of it was stored)",
                retry_after_s=wait,
            )
        try:
            with self._turn:  # one batch stored at a time, so ``record`` times storing, not waiting
                yield
        finally:
            self._slots.release()

    def record(self, seconds: float) -> None:
        """Fold one batch's storing time into the average the Retry-After is made from."""
        with self._lock:
            self._store_s = 0.7 * self._store_s + 0.3 * seconds


def _echoable(record_id: str | None) -> str | None:
    """The id to echo in ``rejected``: None when it holds a lone surrogate (the answer could not be sent)."""
    if record_id is None:
        return None
    try:
        record_id.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return record_id


def _escaped(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udfff`` escapes, so the answer can be encoded."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def lower_thread_priority(nice: int) -> None:
    """Raise the calling thread's nice value by ``nice`` (Linux: per thread); a no-op where refused."""
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + nice))
    except OSError as exc:  # not Linux (the id is not a thread's there), or not allowed
        logger.info("ingest runs at normal CPU priority (%s)", exc)


class IngestService:
    """Turns a batch of raw records into stored memories; one bad record spoils nothing."""

    def __init__(self, store: MemoryStore, max_waiting: int = 4, nice: int = 5,
                 records: RecordStore | None = None) -> None:
        self._store = store
        self._records = records
        """The typed records grounded answers read (``server.answers.typed_records``); kept beside memory."""
        self.gate = IngestGate(max_waiting)
        self.nice = nice
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tether-ingest",
                                          initializer=lower_thread_priority, initargs=(nice,))

    def ingest(self, records: list[Any]) -> IngestResult:
        """Validate each record, store the valid ones, report the rest with field-named reasons.

        Raises ``IngestBusyError`` (before storing anything) when too many batches are waiting.
        """
        valid: list[Observation] = []
        rejected: list[RejectedRecord] = []
        for index, raw in enumerate(records):
            try:
                observation = parse_observation(raw)
                observation.to_json().encode("utf-8")  # a lone surrogate ("\ud800") can be neither embedded nor stored
                too_large = oversize_message(observation)
                if too_large is not None:  # the device sets such a record aside before sending it
                    rejected.append(RejectedRecord(index=index, id=_echoable(observation.id), error=f"record: {too_large}"))
                    continue
                valid.append(observation)
            except ObservationError as exc:
                rejected.append(RejectedRecord(index=index, id=_echoable(exc.record_id), error=_escaped(str(exc))))
            except UnicodeEncodeError:
                record_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
                rejected.append(RejectedRecord(index=index, id=_echoable(record_id),
                                               error="record: text is not valid Unicode (a lone surrogate such as \\ud800)"))
        stored = duplicates = 0
        if valid:
            with self.gate.admit(len(valid)):
                started = time.monotonic()
                stored, duplicates = self._worker.submit(self._store_batch, valid).result()
                self.gate.record(time.monotonic() - started)
        if rejected:
            logger.info("ingest rejected %d of %d records", len(rejected), len(records))
        return IngestResult(accepted=stored, duplicates=duplicates, rejected=rejected)

    def _store_batch(self, valid: list[Observation]) -> tuple[int, int]:
        """Typed records first (cheap, idempotent), then memory (embedded)."""
        if self._records is not None:
            self._records.add(valid)
        return self._store.add(valid)

    def close(self) -> None:
        """Stop the storing thread (after the batch it is storing)."""
        self._worker.shutdown(wait=True)
