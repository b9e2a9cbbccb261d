"""Labelled lines for ``bench_privacy.py``: dev64, the held-out set from 2026-12-06 (issue 60, written
after dev63 was moved; measured once at e0ae935, recall 0.9775, precision 0.9912, false-redaction
rate 0.012, 4,324 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev64_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a footvolley club's sand courts, nets, beach
tournaments and league ladders, a smocking circle's pleaters, honeycomb stitches, yokes and christening
gowns, a hedgelaying group's stakes, binders and county matches, a scything course's peening jigs,
whetstones and meadows, a tandem cycling club's pilots, stokers and tours, a community orchard's
grafting days, cider press and wassail), in dev63's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9209 (positives) and 10499 (look-alikes): the next primes above 9199 and 10487 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev63; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev64_lines
import privacy_cases_dev64_passwords
import privacy_cases_dev64_people
import privacy_cases_dev64_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev64_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev64_lines, privacy_cases_dev64_passwords, privacy_cases_dev64_people,
                                     privacy_cases_dev64_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9209) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10499) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
