"""Labelled lines for ``bench_privacy.py``: dev68, the held-out set from 2026-12-06 (issue 64, written
after dev67 was moved; measured once at bc0d7b0, recall 0.9931, precision 0.9931, false-redaction
rate 0.0096, 3,622 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev68_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a pickleball club's courts, paddles, ladder
and round robins, a quoits league's pitches, clay beds, rings and away fixtures, a mummers troupe's
play, costumes and pub tour, a maypole dancers' pole, ribbons and May Day, a pancake race's course,
pans, heats and charity, a worm charming contest's plots, forks, counts and judges), in dev67's
structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems,
names, issuers and users.

Seeds 9241 (positives) and 10531 (look-alikes): the next primes above 9239 and 10529 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev67; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev68_lines
import privacy_cases_dev68_passwords
import privacy_cases_dev68_people
import privacy_cases_dev68_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev68_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev68_lines, privacy_cases_dev68_passwords, privacy_cases_dev68_people,
                                     privacy_cases_dev68_secrets)
"""What the builder draws from: this set's lines, passwords, people and secrets, in that order."""


def positives(seed: int = 9241) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10531) -> list[Case]:
    """Look-alikes: lines with digits, codes or keys but no personal value."""
    return lookalikes(random.Random(seed))
