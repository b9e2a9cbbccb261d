"""Labelled lines for ``bench_privacy.py``: dev69, the held-out set from 2026-12-06 (issue 65, written
after dev68 was moved; measured once at b0fc9cb, recall 0.9845, precision 0.9828, false-redaction
rate 0.0216, 3,087 observations per CPU second) and a tuning set since. Its lines, passwords, people
and secrets are its own (privacy_cases_dev69_lines, _passwords, _people, _secrets, _lookalikes),
written fresh as
messages from particular people in particular situations (a bunnock league's horse bones, guards,
throw lines and bonspiels, a sheaf toss's pitchforks, bar heights and agricultural show, a cheese
rolling's hill, catchers and first aiders, a duck race's numbered ducks, weir and charity tickets, a bog
snorkelling championship's trench, flippers and wetsuits, an egg jarping contest's boiled eggs, pub and
Easter rounds), in dev68's structure, its values drawn by scripts/privacy_set_builder.py (numbers and
phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail
addresses, JWT and Basic credentials and look-alikes made by dev19's generator functions with this
set's stems, names, issuers and users.

Seeds 9277 (positives) and 10559 (look-alikes): the next primes above 9241 and 10531 that no set used
(9257 is dev14's).
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev68; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev69_lines
import privacy_cases_dev69_passwords
import privacy_cases_dev69_people
import privacy_cases_dev69_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev69_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev69_lines, privacy_cases_dev69_passwords, privacy_cases_dev69_people,
                                     privacy_cases_dev69_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev68's are)."""


def positives(seed: int = 9277) -> list[Case]:
    """Every personal value, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10559) -> list[Case]:
    """Look-alikes: digits, codes and keys that are no personal value."""
    return lookalikes(random.Random(seed))
