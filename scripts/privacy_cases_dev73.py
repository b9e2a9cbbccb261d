"""Labelled lines for ``bench_privacy.py``: dev73, the held-out set from 2026-12-07 (issue 69, written
after dev72 was moved; measured once at 8e74def, recall 0.9897, precision 0.9914, false-redaction
rate 0.0096, 1,780 observations per CPU second; a throughput rerun at the same commit, on a slower
machine than the last, 2,367) and a tuning set since. Its lines, passwords, people and secrets are
its own (privacy_cases_dev73_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (a pilot gig rowing club's boathouse, coxes,
thwarts and Scilly crossings, a kite flyers' terrace at Uttarayan with its glass-coated manja,
charkhis and pench duels, a roller derby league's jammers, blockers, bench and bouts, a bathtub
racing society's tubs, outboards and harbour course, a swimrun race's islands, tethers, pull buoys
and hand paddles, a coal carrying race's sacks, weigh-in and Easter Monday run), in dev72's
structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems,
names, issuers and users.

Seeds 9311 (positives) and 10601 (look-alikes): the next primes above 9293 and 10597 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev72; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev73_lines
import privacy_cases_dev73_passwords
import privacy_cases_dev73_people
import privacy_cases_dev73_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev73_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev73_lines, privacy_cases_dev73_passwords, privacy_cases_dev73_people,
                                     privacy_cases_dev73_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev72's are)."""


def positives(seed: int = 9311) -> list[Case]:
    """Every personal value, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10601) -> list[Case]:
    """Look-alikes: digits, codes and keys that are no personal value."""
    return lookalikes(random.Random(seed))
