"""Labelled lines for ``bench_privacy.py``: dev56, the held-out set from 2026-12-06 (issue 52, written
after dev55 was moved; measured once at 910d5c6, recall 0.9834, precision 0.9933, false-redaction
rate 0.0098, 3,165 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev56_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a
crokinole club's boards, discs, twenties and tournaments, a rosemaling circle's brushes, tine boxes,
classes and exhibition, a blood-donation bus's stops and donors, a volunteer lifeboat station's crew
and launches, a community radio station's night shift), in dev55's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9137 (positives) and 10429 (look-alikes): the next primes above 9133 and 10427 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev55; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev56_lines
import privacy_cases_dev56_passwords
import privacy_cases_dev56_people
import privacy_cases_dev56_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev56_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev56_lines, privacy_cases_dev56_passwords, privacy_cases_dev56_people,
                                     privacy_cases_dev56_secrets)
"""The set's own texts: its lines, passwords, people and secrets modules (dev12's counts)."""


def positives(seed: int = 9137) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10429) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
