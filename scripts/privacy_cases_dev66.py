"""Labelled lines for ``bench_privacy.py``: dev66, the held-out set from 2026-12-06 (issue 62, written
after dev65 was moved; measured once at 90e18d9, recall 0.9879, precision 0.9913, false-redaction
rate 0.0096, 4,007 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev66_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a kirigami club's valley and mountain folds,
cutting mats, pop-up cards and snowflakes, a mölkky league's pins, throwing line, fifty points and
fixtures, a street piano project's tuners, covers, rota and relocations, a glowworm survey's transects,
red head torches and counts, a conker championship's strings, draws, weigh-ins and trophies, a barn
dance band's caller, hall, hay bales and tickets), in dev65's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9227 (positives) and 10513 (look-alikes): the next primes above 9221 and 10501 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev65; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev66_lines
import privacy_cases_dev66_passwords
import privacy_cases_dev66_people
import privacy_cases_dev66_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev66_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev66_lines, privacy_cases_dev66_passwords, privacy_cases_dev66_people,
                                     privacy_cases_dev66_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9227) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10513) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
