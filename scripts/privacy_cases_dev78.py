"""Labelled lines for ``bench_privacy.py``: dev78, the held-out set from 2026-12-07 (issue 74, written
after dev77 was moved; measured once, numbers only, at 97be2b6, recall 0.9879, precision 0.9761,
false-redaction rate 0.0288, 2,511 observations per CPU second at load about 2, 49,213 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev78_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (an Aunt Sally league's dollies, sticks and
irons in Oxfordshire pub gardens from Witney to Thame, a Schwingfest's sawdust ring, Zwilchhosen and
Schlussgang on the Schwägalp and in New Glarus, Up Helly Aa's Guizer Jarl, Jarl Squad and burning galley
in Shetland, the silver ball hurled between Town and Country through St Columb Major, Hakata Gion Yamakasa's
kakiyama floats raced through Hakata at dawn, and Jallikattu's bulls let out of the vadivasal at
Alanganallur), in dev77's structure, its values drawn by scripts/privacy_set_builder.py (numbers and
phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9343 (positives) and 10639 (look-alikes): the next primes above 9341 and 10631 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev77; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev78_lines
import privacy_cases_dev78_passwords
import privacy_cases_dev78_people
import privacy_cases_dev78_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev78_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev78_lines, privacy_cases_dev78_passwords, privacy_cases_dev78_people,
                                     privacy_cases_dev78_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev78's are)."""


def positives(seed: int = 9343) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10639) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
