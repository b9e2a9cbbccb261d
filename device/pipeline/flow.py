"""The device pipeline: observations in -> local store and outbox; outbox -> server.

Raw observations are kept in the local store (state and condenser read them). What goes to the
server is digitized: back-to-back identical observations are merged into one, which lists the ids
it covers in ``data.source_ids`` so every memory can name its sources.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable

from device.pipeline.digitize import MergedObservation, merge_adjacent, normalize
from device.storage.outbox import Outbox
from device.pipeline.privacy import PrivacyFilter
from device.client.api import RecordRefusedError, ServerApi, ServerRequestError
from device.storage.store import ObservationStore
from shared.observation import Observation, oversize_message

logger = logging.getLogger(__name__)


def to_wire(merged: MergedObservation) -> Observation:
    """The observation sent to the server for a merged run (sources recorded when there are several)."""
    if len(merged.source_ids) <= 1:
        return merged.observation
    data = {**merged.observation.data, "source_ids": list(merged.source_ids)}
    return merged.observation.model_copy(update={"data": data})


@dataclass
class AcceptReport:
    """What ``DevicePipeline.accept`` did."""

    received: int
    stored: int
    queued: int
    excluded: int = 0
    redactions: int = 0
    set_aside: list[str] = field(default_factory=list)
    """``ID: why`` for each observation kept aside instead of stored and queued (over the size limit)."""


@dataclass
class SyncReport:
    """What one sync did."""

    sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: list[str] = field(default_factory=list)
    """``ID: why`` for each record the server found invalid (dropped: it would be refused again)."""
    set_aside: list[str] = field(default_factory=list)
    """``ID: why`` for each record the server refused by itself (too large, another device's) and
    the outbox set aside: kept on the device, never resent, never blocking the records behind it."""
    remaining: int = 0


class DevicePipeline:
    """Digitizes observations into the local store and the durable outbox, and syncs the outbox."""

    def __init__(self, store: ObservationStore, outbox: Outbox, privacy: PrivacyFilter | None = None,
                 pulsetime_s: float = 60.0) -> None:
        self.store = store
        self.outbox = outbox
        self.privacy = privacy
        self.pulsetime_s = pulsetime_s

    def accept(self, observations: Iterable[Observation]) -> AcceptReport:
        """Filter (exclusions, redaction), store and queue a batch (idempotent on ids).

        Excluded apps and titles are never stored; redaction applies before the local store too,
        so what the condenser reads is what may leave the device.
        """
        items = normalize(observations)
        excluded = redactions = 0
        if self.privacy is not None:
            items, report = self.privacy.apply(items)
            excluded, redactions = report.excluded, report.redactions
        # One over the size limit is kept aside (the outbox's damaged table), never stored or sent.
        too_large = [(obs, why) for obs in items if (why := oversize_message(obs)) is not None]
        set_aside = []
        for obs, why in too_large:
            self.outbox.keep_aside([obs], why)
            set_aside.append(f"{obs.id}: {why} (set aside)")
        if too_large:
            doomed = {obs.id for obs, _ in too_large}
            items = [obs for obs in items if obs.id not in doomed]
        stored = self.store.add(items)
        queued = self.outbox.put([to_wire(m) for m in merge_adjacent(items, self.pulsetime_s)])
        return AcceptReport(len(items) + excluded + len(too_large), stored, queued, excluded, redactions, set_aside)

    def sync(self, server: ServerApi, batch_size: int = 500) -> SyncReport:
        """Send the outbox in batches until empty; a connection error leaves the rest queued."""
        report = SyncReport()
        while True:
            batch = self.outbox.peek(batch_size)
            if not batch:
                break
            try:
                result = server.post_observations([obs.to_wire() for obs in batch])
            except RecordRefusedError as exc:
                # The server refused one record by itself (a device-bound token and another device's
                # record): set it aside like one too large, and send the rest again.
                if not 0 <= exc.index < len(batch):
                    raise
                refused = batch[exc.index]
                self.outbox.set_aside([refused.id], f"refused by the server: {exc.detail}")
                report.set_aside.append(f"{refused.id}: refused by the server ({exc.detail}) (set aside)")
                continue
            except ServerRequestError as exc:
                if exc.status != 413:
                    raise
                # Over the server's body limit: smaller batches; one record that is too large by
                # itself is set aside in the outbox's damaged table (kept, never resent forever).
                if len(batch) > 1:
                    batch_size = max(1, len(batch) // 2)
                    continue
                self.outbox.set_aside([batch[0].id], f"larger than the server's body limit: {exc}")
                report.set_aside.append(f"{batch[0].id}: larger than the server's body limit (set aside)")
                continue
            # Rejected records would be rejected again: they are logged and dropped (ActivityWatch's
            # rule for 4xx), everything else is acknowledged as delivered.
            rejected_ids = {batch[r.index].id for r in result.rejected if 0 <= r.index < len(batch)}
            for rejected in result.rejected:
                report.rejected.append(f"{rejected.id}: {rejected.error}")
            if rejected_ids:
                self.outbox.drop(rejected_ids, "; ".join(report.rejected[-len(result.rejected):]))
            self.outbox.ack([obs.id for obs in batch if obs.id not in rejected_ids])
            report.sent += len(batch)
            report.accepted += result.accepted
            report.duplicates += result.duplicates
        report.remaining = self.outbox.depth()
        return report
