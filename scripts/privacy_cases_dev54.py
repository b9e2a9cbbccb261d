"""Labelled lines for ``bench_privacy.py``: dev54, the held-out set from 2026-12-06 (issue 50, written
after dev53 was moved; measured once at 0ca65c5, recall 0.9815, precision 0.9949, false-redaction
rate 0.0049, 3,787 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev54_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a
kendama club's tricks, cups, meets and trick-list app, a bossaball league's inflatable courts, pumps and
beach tournaments, a ropeway crew at its valley and mountain stations, a seed library, a piano tuner's
round, salt-marsh wardens, a night market's stalls), in dev53's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9127 (positives) and 10399 (look-alikes): the next primes above 9109 and 10391 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev53; the next held-out set
(``privacy_cases_dev54.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev54_lines
import privacy_cases_dev54_passwords
import privacy_cases_dev54_people
import privacy_cases_dev54_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev54_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev54_lines, privacy_cases_dev54_passwords, privacy_cases_dev54_people,
                                     privacy_cases_dev54_secrets)
"""The set's own texts: its lines, passwords, people and secrets modules (dev12's counts)."""


def positives(seed: int = 9127) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10399) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
