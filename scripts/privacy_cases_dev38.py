"""Labelled lines for ``bench_privacy.py``: dev38, the held-out set from 2026-12-05 (written after
dev37 was moved; measured once at 7845069, recall 0.9827, precision 0.9895, false-redaction rate
0.0146, 4,633 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev37; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev37 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Hohem gimbal clips, Campark and Crosstour action cameras, Azdome, Chortau and Thinkware dashcams,
Maono and Synco microphones, Anfier and Muama translators, EarFun, Tozo and 1More earbuds, a Realme
Watch, a Noise ColorFit, a Haylou and a Mibro watch, Wansview, Sricam, Vstarcam and Litmor cameras,
Remo+ and Ctronics doorbells, a Qolsys panel, a Lenovo Smart Frame, HabitNow, Habitify, Fabulous,
Yazio, MyNetDiary, Jefit, Hevy, TrainingPeaks, Intervals.icu and Ride with GPS, Manyverse, Trillian,
Hubzilla, Retroshare, Ricochet, Element X, Rambox, Ferdium, BAND, Mirrorfly and Nekogram messages,
Moleskine Smart, Wacom Bamboo Folio and Mod notebook pages, contact cards and voicemails, shell
history and config files, a calligraphy society's ink evenings, gilding classes, lettering
exhibitions and pen swaps, a stained-glass guild's copper-foil nights, kiln firings, lead-came
workshops and window restorations, paper forms photographed, a value written before its label or a
sentence or a line away from it, browser autofill, banking, allergy, speech-therapy,
occupational-therapy, fertility and sports-medicine screens), common things common (the countries
most users live in, Visa and Mastercard, the keys of the most used services, English first) and rare
things at their rate. Its templates and wordings are its own (seeds 8969 for the positives, 10259
for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev38_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
look-alikes drawn from templates with typed fields (``_lookalikes``, on dev19's look-alike
generator). Only ``Case`` comes from ``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line, the card and phone of a mixed form). Kinds as in the other sets:
``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs included) and
``email``; a bank code written beside an account number (routing, sort, IFSC, BSB, transit, branch
and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev38_lines
import privacy_cases_dev38_passwords
import privacy_cases_dev38_people
import privacy_cases_dev38_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev38_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev38_lines, privacy_cases_dev38_passwords, privacy_cases_dev38_people,
                                     privacy_cases_dev38_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8969) -> list[Case]:
    """The positive cases of dev38."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10259) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
