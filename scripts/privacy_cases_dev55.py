"""Labelled lines for ``bench_privacy.py``: dev55, the held-out set from 2026-12-06 (issue 51, written
after dev54 was moved; measured once at dfc477c, recall 0.9798, precision 0.9949, false-redaction
rate 0.0049, 4,424 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev55_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a
gorodki club's bats, figures and tournaments, a temari circle's threads, kits and exhibitions, a
bookmobile's rural stops, a canal's lock-keepers, a musher's kennel and race days), in dev54's
structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems,
names, issuers and users.

Seeds 9133 (positives) and 10427 (look-alikes): the next primes above 9127 and 10399 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev54; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev55_lines
import privacy_cases_dev55_passwords
import privacy_cases_dev55_people
import privacy_cases_dev55_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev55_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev55_lines, privacy_cases_dev55_passwords, privacy_cases_dev55_people,
                                     privacy_cases_dev55_secrets)
"""The set's own texts: its lines, passwords, people and secrets modules (dev12's counts)."""


def positives(seed: int = 9133) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10427) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
