"""Labelled lines for ``bench_privacy.py``: dev80, the held-out set from 2026-12-07 (issue 76, written
after dev79 was moved; measured once, numbers only, at d4d50a7, recall 0.9897, precision 0.9863,
false-redaction rate 0.0168, 1,937 observations per CPU second at load about 4, 41,290 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev80_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (Calaveras County's Jumping Frog Jubilee at
Angels Camp, its frog jockeys and jump pad; the Stånga Games, varpa and stångstörtning; the Dusi canoe
marathon's portages on the Msunduzi; the Camel Cup at Blatherskite Park; Kano's Hawan Sallah and its
Durbar horsemen; the British Marbles Championship at Tinsley Green and its tolleys; mallakhamb at an
Ujjain akhara; the ice canoe race of the Carnaval de Québec), in dev79's structure, its values drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers and
privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems (jukskei and Bavarian ice stock
sport), names, issuers and users.

Seeds 9371 (positives) and 10657 (look-alikes): the next primes above 9349 and 10651 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev79; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev80_lines
import privacy_cases_dev80_passwords
import privacy_cases_dev80_people
import privacy_cases_dev80_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev80_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev80_lines, privacy_cases_dev80_passwords, privacy_cases_dev80_people,
                                     privacy_cases_dev80_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev80's are)."""


def positives(seed: int = 9371) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10657) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
