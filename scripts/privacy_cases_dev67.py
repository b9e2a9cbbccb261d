"""Labelled lines for ``bench_privacy.py``: dev67, the held-out set from 2026-12-06 (issue 63, written
after dev66 was moved; measured once at 86e1dea, recall 0.9809, precision 0.9878, false-redaction
rate 0.0096, 3,613 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev67_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a hurling club's hurleys, sliotars, helmets
and county fixtures, a yabusame school's horses, targets, the 255-metre track and festival rides, a
rushbearing committee's rush cart, bearings, procession and church floor, a toy library's shelves,
loans, cleaning rota and membership, a dormouse survey's nest tubes, boxes, hazel and licence checks, a
bumblebee walk's transect, queens, flower counts and recording app), in dev66's structure, its values
drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9239 (positives) and 10529 (look-alikes): the next primes above 9227 and 10513 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev66; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev67_lines
import privacy_cases_dev67_passwords
import privacy_cases_dev67_people
import privacy_cases_dev67_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev67_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev67_lines, privacy_cases_dev67_passwords, privacy_cases_dev67_people,
                                     privacy_cases_dev67_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9239) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10529) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
