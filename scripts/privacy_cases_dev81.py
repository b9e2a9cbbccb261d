"""Labelled lines for ``bench_privacy.py``: dev81, the held-out set from 2026-12-07 (issue 77, written
after dev80 was moved; measured once, numbers only, at dd1f9c0, recall 0.9724, precision 0.9947,
false-redaction rate 0.0048, 2,720 observations per CPU second, 46,009 on a synthetic day's
observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev81_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (Frozen Dead Guy Days in Nederland, Colorado,
its coffin races and polar plunge; the Kinetic Grand Championship's human-powered sculptures crossing
Humboldt County to Ferndale; the pumpkin regatta of Windsor, Nova Scotia, on Lake Pisiquid; Brunsbüttel's
Wattolümpiade in the Elbe mud; Kishiwada's danjiri and their yarimawashi; the Kila Raipur rural games and
their bullock carts; the Osun-Osogbo festival and its grove; Cape Town's Kaapse Klopse on Tweede Nuwe
Jaar; the Safari Rally around Naivasha and Hell's Gate; Davao's Kadayawan), in dev80's structure, its
values drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers
and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems (glima, Icelandic wrestling, and
pato, the Argentine game on horseback), names, issuers and users.

Seeds 9377 (positives) and 10663 (look-alikes): the next primes above 9371 and 10657 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev80; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""

from __future__ import annotations

import random

import privacy_cases_dev81_lines
import privacy_cases_dev81_passwords
import privacy_cases_dev81_people
import privacy_cases_dev81_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev81_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev81_lines, privacy_cases_dev81_passwords, privacy_cases_dev81_people,
                                     privacy_cases_dev81_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev81's are)."""


def positives(seed: int = 9377) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10663) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
