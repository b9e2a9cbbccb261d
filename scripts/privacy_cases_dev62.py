"""Labelled lines for ``bench_privacy.py``: dev62, the held-out set from 2026-12-06 (issue 58, written
after dev61 was moved; measured once at 90bef19, recall 0.9828, precision 0.9828, false-redaction
rate 0.0144, 4,255 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev62_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a jorkyball club's cages, glass walls,
two-a-side ladders and tournaments, a kokedama workshop's moss balls, akadama, twine and market stalls,
a swift survey group's nest boxes, church towers and screaming parties, a moth-trapping group's light
traps, egg boxes and county records, a dark-sky society's telescopes, star parties and observatory
domes, a wild swimming group's lakes, tow floats and water temperatures), in dev61's structure, its
values drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers
and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9187 (positives) and 10477 (look-alikes): the next primes above 9181 and 10463 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev61; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev62_lines
import privacy_cases_dev62_passwords
import privacy_cases_dev62_people
import privacy_cases_dev62_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev62_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev62_lines, privacy_cases_dev62_passwords, privacy_cases_dev62_people,
                                     privacy_cases_dev62_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9187) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10477) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
