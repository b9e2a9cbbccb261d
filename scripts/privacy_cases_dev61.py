"""Labelled lines for ``bench_privacy.py``: dev61, the held-out set from 2026-12-06 (issue 57, written
after dev60 was moved; measured once at 98025ae, recall 0.9845, precision 0.9828, false-redaction
rate 0.0144, 4,033 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev61_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a teqball club's curved
tables, leagues, rallies and tournaments, a suminagashi circle's ink baths, papers, classes and print
sales, a pond-dipping group's nets, trays and species counts, a coppice group's hazel stools, poles,
charcoal and work days, a geocaching club's caches, logbooks and events, an amateur radio club's nets,
repeaters, licence classes and QSL cards), in dev60's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9181 (positives) and 10463 (look-alikes): the next primes above 9173 and 10459 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev60; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev61_lines
import privacy_cases_dev61_passwords
import privacy_cases_dev61_people
import privacy_cases_dev61_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev61_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev61_lines, privacy_cases_dev61_passwords, privacy_cases_dev61_people,
                                     privacy_cases_dev61_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9181) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10463) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
