"""Labelled lines for ``bench_privacy.py``: dev59, the held-out set from 2026-12-06 (issue 55, written
after dev58 was moved; measured once at e4e524a, recall 0.9775, precision 0.9895, false-redaction
rate 0.0145, 3,908 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev59_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a jianzi club's
shuttlecocks, courts, rallies and tournaments, a sprang guild's frames, warps, workshops and pattern
archive, a food bank's parcels, vans, referrals and warehouse, a sea scout group's dinghies,
boathouse, camps and badges, a toad patrol's buckets, lanes, counts and migration nights, a night
shelter's beds, rotas, intakes and donors), in dev58's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9161 (positives) and 10457 (look-alikes): the next primes above 9157 and 10453 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev58; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev59_lines
import privacy_cases_dev59_passwords
import privacy_cases_dev59_people
import privacy_cases_dev59_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev59_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev59_lines, privacy_cases_dev59_passwords, privacy_cases_dev59_people,
                                     privacy_cases_dev59_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9161) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10457) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
