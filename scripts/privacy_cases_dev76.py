"""Labelled lines for ``bench_privacy.py``: dev76, the held-out set from 2026-12-07 (issue 72, written
after dev75 was moved; measured once, numbers only, at fd62e42, recall 0.9845, precision 0.9896,
false-redaction rate 0.0096, 2,499 observations per CPU second at load 1.0-1.7, 43,190 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev76_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (a dwile flonking league's girters,
drivellers, beer-soaked dwiles and jobanowl in Waveney pubs, a bottle kicking village's hare pie,
casks and brooks between Hallaton and Medbourne, a bottomless boat regatta on the dry Todd River
sand at Alice Springs, a tuna toss on the Port Lincoln foreshore at Tunarama, an ice breakup lottery's
tripod, clock and tickets on the Tanana at Nenana, a paddy cattle race's jockeys and mud fields in
Tanah Datar), in dev75's structure, its values drawn by scripts/privacy_set_builder.py (numbers and
phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9337 (positives) and 10627 (look-alikes): the next primes above 9323 and 10613 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev75; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""
from __future__ import annotations

import random

import privacy_cases_dev76_lines
import privacy_cases_dev76_passwords
import privacy_cases_dev76_people
import privacy_cases_dev76_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev76_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev76_lines, privacy_cases_dev76_passwords, privacy_cases_dev76_people,
                                     privacy_cases_dev76_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev75's are)."""


def positives(seed: int = 9337) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10627) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
