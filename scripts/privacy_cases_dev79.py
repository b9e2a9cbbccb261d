"""Labelled lines for ``bench_privacy.py``: dev79, the held-out set from 2026-12-07 (issue 75, written
after dev78 was moved; measured once, numbers only, at 1cc66b5, recall 0.9672, precision 0.9929,
false-redaction rate 0.0048, 1,645 observations per CPU second at load about 3, 34,289 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev79_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (the Argungu fishing festival in Kebbi State,
hand nets and calabashes on the Matan Fada, the Naha Great Tug-of-War's rope at Kumoji crossing,
Markgröningen's Schäferlauf and its barefoot race across the stubble field, the Nehru Trophy snake boat
race on Punnamada lake, the Higantes Festival's papier-mâché giants in Angono, the Golden Shears at
Masterton, a yukigassen league under Showa Shinzan at Sobetsu, and a birling club's cedar logs and
peaveys on a Wisconsin flowage), in dev78's structure, its values drawn by scripts/privacy_set_builder.py
(numbers and phones through privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its
passwords, e-mail addresses, JWT and Basic credentials and look-alikes made by dev19's generator
functions with this set's stems, names, issuers and users.

Seeds 9349 (positives) and 10651 (look-alikes): the next primes above 9343 and 10639 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev78; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev79_lines
import privacy_cases_dev79_passwords
import privacy_cases_dev79_people
import privacy_cases_dev79_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev79_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev79_lines, privacy_cases_dev79_passwords, privacy_cases_dev79_people,
                                     privacy_cases_dev79_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev79's are)."""


def positives(seed: int = 9349) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10651) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
