"""Labelled lines for ``bench_privacy.py``: dev70, the held-out set from 2026-12-06 (issue 66, written
after dev69 was moved; measured once at 1b455aa, recall 0.9758, precision 0.9809, false-redaction
rate 0.0264, 2,978 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev70_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a knattleikr club's hooked sticks, ice
pitch and away tournaments, a stoolball team's willow bats, stool wickets, tea rota and village green,
a tar barrel night's barrels, marshals, cooper and square, a horn dance's antlers, church, route and
bearers, a hobby horse festival's 'oss, teazers and May morning, a coracle regatta's willow boats,
paddles, slipway and river warden), in dev69's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9281 (positives) and 10567 (look-alikes): the next primes above 9277 and 10559 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev69; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev70_lines
import privacy_cases_dev70_passwords
import privacy_cases_dev70_people
import privacy_cases_dev70_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev70_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev70_lines, privacy_cases_dev70_passwords, privacy_cases_dev70_people,
                                     privacy_cases_dev70_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev69's are)."""


def positives(seed: int = 9281) -> list[Case]:
    """Every personal value, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10567) -> list[Case]:
    """Look-alikes: digits, codes and keys that are no personal value."""
    return lookalikes(random.Random(seed))
