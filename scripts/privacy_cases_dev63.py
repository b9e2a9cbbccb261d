"""Labelled lines for ``bench_privacy.py``: dev63, the held-out set from 2026-12-06 (issue 59, written
after dev62 was moved; measured once at e252ffc, recall 0.9914, precision 0.9965, false-redaction
rate 0.0048, 2,809 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev63_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a roundnet club's nets, rims, beach
tournaments and brackets, a chainmaille workshop's jump rings, mandrels, weaves and craft-fair kits, a
fungus foray group's baskets, spore prints and identification tables, a water vole survey's latrines,
mink rafts and riverbank transects, an oyster restoration group's cages, spat counts and pontoons, a
canal restoration trust's lock gates, dredging and work parties), in dev62's structure, its values
drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9199 (positives) and 10487 (look-alikes): the next primes above 9187 and 10477 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev62; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev63_lines
import privacy_cases_dev63_passwords
import privacy_cases_dev63_people
import privacy_cases_dev63_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev63_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev63_lines, privacy_cases_dev63_passwords, privacy_cases_dev63_people,
                                     privacy_cases_dev63_secrets)
"""The set's texts; its counts are dev12's (cards, IBANs and phones of each brand and country)."""


def positives(seed: int = 9199) -> list[Case]:
    """The held-out set's positives."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10487) -> list[Case]:
    """The held-out set's look-alikes: dev19's ``lookalikes`` with this set's groups."""
    return lookalikes(random.Random(seed))
