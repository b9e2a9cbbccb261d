"""Labelled lines for ``bench_privacy.py``: dev75, the held-out set from 2026-12-07 (issue 71, written
after dev74 was moved; measured once, numbers only, at 0cc4825, recall 0.9776, precision 0.9948,
false-redaction rate 0.0048, 1,829 observations per CPU second at load 0.0-0.6, 33,678 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev75_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (a gurning contest at a crab fair with its
horse collar, judges and greasy pole, a swamp soccer tournament's bog pitches, kit wash and sauna, an
elephant polo club's mahouts, chukkas and long mallets, a pea shooting championship's putty targets,
brass tubes and village green, a mobile phone throwing contest's handsets, throwing arcs and radar
van, an outhouse race's privies on skis, pushers and main street), in dev74's structure, its values
drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9323 (positives) and 10613 (look-alikes): the next primes above 9319 and 10607 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev74; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev75_lines
import privacy_cases_dev75_passwords
import privacy_cases_dev75_people
import privacy_cases_dev75_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev75_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev75_lines, privacy_cases_dev75_passwords, privacy_cases_dev75_people,
                                     privacy_cases_dev75_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev74's are)."""


def positives(seed: int = 9323) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10613) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
