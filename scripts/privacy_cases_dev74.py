"""Labelled lines for ``bench_privacy.py``: dev74, the held-out set from 2026-12-07 (issue 70, written
after dev73 was moved; measured once, numbers only, at 4f92200, recall 0.9741, precision 0.9878,
false-redaction rate 0.0144, 2,207 observations per CPU second at load 1.0-1.4, 43,320 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev74_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (a skijoring circuit's horses, riders, tow
ropes, gates and snow course, a toy theatre guild's printed sheets, prosceniums, wire sliders and
footlights, a stone skimming championship's slate, quarry pool, throwing lanes and ferry, a wife
carrying race's track, water pit, log hurdles and Estonian carry, a cardboard boat regatta's hulls,
tape, paint and sinkings, a snail racing club's damp cloth, chalk circle, trainers and lettuce), in
dev73's structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems,
names, issuers and users.

Seeds 9319 (positives) and 10607 (look-alikes): the next primes above 9311 and 10601 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev73; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev74_lines
import privacy_cases_dev74_passwords
import privacy_cases_dev74_people
import privacy_cases_dev74_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev74_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev74_lines, privacy_cases_dev74_passwords, privacy_cases_dev74_people,
                                     privacy_cases_dev74_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev73's are)."""


def positives(seed: int = 9319) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10607) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
