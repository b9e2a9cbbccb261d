"""Labelled lines for ``bench_privacy.py``: dev65, the held-out set from 2026-12-06 (issue 61, written
after dev64 was moved; measured once at 487fd75, recall 0.9792, precision 0.9826, false-redaction
rate 0.017, 3,738 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev65_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a tamburello club's sferisterio, serving
ramps, fixtures and league tables, a scherenschnitte circle's black paper, scalpels, folded hearts and
exhibitions, a drystone walling group's hearting, cope stones, batter frames and gaps, an owl pellet
class's trays, tweezers, vole skulls and bone charts, a well dressing team's clay boards, petals and
blessing day, a scarecrow festival's trail, straw, judging and map), in dev64's structure, its values
drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9221 (positives) and 10501 (look-alikes): the next primes above 9209 and 10499 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev64; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev65_lines
import privacy_cases_dev65_passwords
import privacy_cases_dev65_people
import privacy_cases_dev65_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev65_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev65_lines, privacy_cases_dev65_passwords, privacy_cases_dev65_people,
                                     privacy_cases_dev65_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9221) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10501) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
