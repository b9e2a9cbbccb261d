"""Labelled lines for ``bench_privacy.py``: dev77, the held-out set from 2026-12-07 (issue 73, written
after dev76 was moved; measured once, numbers only, at 3a87204, recall 0.9948, precision 0.9931,
false-redaction rate 0.0048, 2,350 observations per CPU second at load 0.9-2.8, 40,149 on a synthetic
day's observations) and a tuning set since. Its lines, passwords, people and secrets are its own
(privacy_cases_dev77_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (a road bowling score's bullets, lofts, sops
and road showers on the roads round Keady, a finger-pulling championship's straps, tables and Hakler in
a Werdenfels inn, the Haxey Hood's Fool, Boggins and sway between the Isle of Axholme's pubs, Kırkpınar's
oil wrestlers, kispet and cazgır at Sarayiçi in Edirne, a human tower team's pinya, enxaneta and faixas
at the Tarragona concurs, Knaresborough's bed race across the River Nidd), in dev76's structure, its
values drawn by scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers
and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9341 (positives) and 10631 (look-alikes): the next primes above 9337 and 10627 that no set used.
Written without reading the redactor and without running its lines through it or the bench; once
measured, its misses may be read like those of tuning and dev2 to dev76; the next held-out set
(``privacy_cases_heldout.py``) is written apart from it.
"""
from __future__ import annotations

import random

import privacy_cases_dev77_lines
import privacy_cases_dev77_passwords
import privacy_cases_dev77_people
import privacy_cases_dev77_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev77_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev77_lines, privacy_cases_dev77_passwords, privacy_cases_dev77_people,
                                     privacy_cases_dev77_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev76's are)."""


def positives(seed: int = 9341) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10631) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
