"""Labelled lines for ``bench_privacy.py``: dev71, the held-out set from 2026-12-06 (issue 67, written
after dev70 was moved; measured once at e6a95c4, recall 0.9776, precision 0.9982, false-redaction
rate 0.0, 3,274 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev71_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a kho kho club's chasers, poles, squares and
inter-school meets, a corkball league's cages, thin bats, cork balls and summer nights, a toe wrestling
championship's toesrack, referees and pub, a welly wanging contest's boots, lanes and fete, a pooh
sticks championship's bridge, sticks and lock keeper, a shin kicking bout's straw-padded trousers,
sticklers and hill), in dev70's structure, its values drawn by scripts/privacy_set_builder.py (numbers
and phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9283 (positives) and 10589 (look-alikes): the next primes above 9281 and 10567 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev70; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev71_lines
import privacy_cases_dev71_passwords
import privacy_cases_dev71_people
import privacy_cases_dev71_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev71_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev71_lines, privacy_cases_dev71_passwords, privacy_cases_dev71_people,
                                     privacy_cases_dev71_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev70's are)."""


def positives(seed: int = 9283) -> list[Case]:
    """Every personal value, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10589) -> list[Case]:
    """Look-alikes: digits, codes and keys that are no personal value."""
    return lookalikes(random.Random(seed))
