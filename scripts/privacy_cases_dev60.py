"""Labelled lines for ``bench_privacy.py``: dev60, the held-out set from 2026-12-06 (issue 56, written
after dev59 was moved; measured once at 1ca8a7c, recall 0.9879, precision 0.9811, false-redaction
rate 0.0144, 3,323 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev60_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a kin-ball club's giant
balls, gyms, calls and tournaments, a shodo circle's brushes, inksticks, classes and exhibitions, a
bat survey group's detectors, roosts, boxes and dusk counts, a beach clean's bags, tides, tallies and
skips, tree wardens' street trees, watering rounds, saplings and plaques, a litter-picking group's
grabbers, routes, bags and fly-tipping reports), in dev59's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9173 (positives) and 10459 (look-alikes): the next primes above 9161 and 10457 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev59; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev60_lines
import privacy_cases_dev60_passwords
import privacy_cases_dev60_people
import privacy_cases_dev60_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev60_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev60_lines, privacy_cases_dev60_passwords, privacy_cases_dev60_people,
                                     privacy_cases_dev60_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9173) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10459) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
