"""Labelled lines for ``bench_privacy.py``: dev52, the held-out set from 2026-12-06 (written after
dev51 was moved; measured once at 8ea587b, recall 0.9883, precision 0.9933, false-redaction rate
0.0098, 4,093 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev51; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev51 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Street Storm, Artway and Transcend DrivePro dashcam footage, Tascam DR-07X and Zoom H5 recordings
and transcripts, a Withings ScanWatch and a Polar Pacer, an Arlo Baby monitor, a DrayTek router,
Avaya and Alcatel phones, OSN+, Genflix, Sooka, Kocowa, Pluto TV and Rakuten TV, contact cards and
voicemails, shell history and config files, a fierljeppen club's canal jumps, pole sheds, contests
and bus trips to Winsum, a mizuhiki class's cords, knots, wedding envelopes and orders, paper forms
photographed, notices on boards and doors, a value written before its label or a sentence or a line
away from it, browser autofill, banking, dialysis, dermatology, allergy, orthoptics, wound-care and
sleep-clinic screens), common things common (the countries most users live in, Visa and Mastercard,
the keys of the most used services, English first) and rare things at their rate. Its templates and
wordings are its own (seeds 9103 for the positives, 10369 for the look-alikes): the values are drawn
by ``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other numbers from
their issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev52_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and look-
alikes drawn from templates with typed fields (``_lookalikes``, on dev19's look-alike generator).
Only ``Case`` comes from ``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line, the card and phone of a mixed form). Kinds as in the other sets:
``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs included) and
``email``; a bank code written beside an account number (routing, sort, IFSC, BSB, transit, branch
and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev52_lines
import privacy_cases_dev52_passwords
import privacy_cases_dev52_people
import privacy_cases_dev52_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev52_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev52_lines, privacy_cases_dev52_passwords, privacy_cases_dev52_people,
                                     privacy_cases_dev52_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9103) -> list[Case]:
    """The positive cases of dev52."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10369) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
