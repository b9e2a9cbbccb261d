"""Labelled lines for ``bench_privacy.py``: dev58, the held-out set from 2026-12-06 (issue 54, written
after dev57 was moved; measured once at 5c80d9c, recall 0.9793, precision 0.9913, false-redaction
rate 0.0096, 3,907 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev58_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as messages from particular people in particular situations (a tenkara club's flies,
lines, rods and river trips, canicross clubs' harnesses, dogs, trails and races, a school crossing
patrol's rota and lollipops, a meals-on-wheels round's vans, drivers and diners, a hedgehog rescue's
pens, hoglets and carers, a ski patrol's huts, transceivers and avalanche bulletins), in dev57's
structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems,
names, issuers and users.

Seeds 9157 (positives) and 10453 (look-alikes): the next primes above 9151 and 10433 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev57; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev58_lines
import privacy_cases_dev58_passwords
import privacy_cases_dev58_people
import privacy_cases_dev58_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev58_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev58_lines, privacy_cases_dev58_passwords, privacy_cases_dev58_people,
                                     privacy_cases_dev58_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9157) -> list[Case]:
    """Lines holding personal values."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10453) -> list[Case]:
    """Look-alikes: lines that look like personal values and hold none."""
    return lookalikes(random.Random(seed))
