"""Labelled lines for ``bench_privacy.py``: dev57, the held-out set from 2026-12-06 (issue 53, written
after dev56 was moved; measured once at 48dac71, recall 0.9864, precision 0.9966, false-redaction
rate 0.0049, 4,027 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev57_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a nalbinding guild's
needles, yarns, mittens and socks, gateball clubs' gates, balls, sticks and tournaments, a tool
library's loans, drills and volunteers, a mobile vet's van, rounds and vaccinations, a night ferry's
crew, cabins and crossings, a mountain hut's wardens, bookings and supply runs, a community fridge's
rota), in dev56's structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones
through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9151 (positives) and 10433 (look-alikes): the next primes above 9137 and 10429 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev56; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev57_lines
import privacy_cases_dev57_passwords
import privacy_cases_dev57_people
import privacy_cases_dev57_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev57_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev57_lines, privacy_cases_dev57_passwords, privacy_cases_dev57_people,
                                     privacy_cases_dev57_secrets)
"""The set's own texts: its lines, passwords, people and secrets modules (dev12's counts)."""


def positives(seed: int = 9151) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10433) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
