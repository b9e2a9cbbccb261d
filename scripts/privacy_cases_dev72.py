"""Labelled lines for ``bench_privacy.py``: dev72, the held-out set from 2026-12-06 (issue 68, written
after dev71 was moved; measured once at 0bf044c, recall 0.981, precision 0.9913, false-redaction
rate 0.012, 3,407 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev72_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a klootschieten club's country lanes,
wooden balls and Sunday rounds, a buzkashi match's riders, boz and winter field, a lawn bowls club's
green, rinks, jacks and skips, a letterboxing walk's moor, stamps, logbooks and clues, a punkin chunkin
contest's trebuchets, air cannons and November field, a real tennis court's dedans, galleries, chases
and marker), in dev71's structure, its values drawn by scripts/privacy_set_builder.py (numbers and
phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9293 (positives) and 10597 (look-alikes): the next primes above 9283 and 10589 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev71; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev72_lines
import privacy_cases_dev72_passwords
import privacy_cases_dev72_people
import privacy_cases_dev72_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev72_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev72_lines, privacy_cases_dev72_passwords, privacy_cases_dev72_people,
                                     privacy_cases_dev72_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev71's are)."""


def positives(seed: int = 9293) -> list[Case]:
    """Every personal value, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10597) -> list[Case]:
    """Look-alikes: digits, codes and keys that are no personal value."""
    return lookalikes(random.Random(seed))
