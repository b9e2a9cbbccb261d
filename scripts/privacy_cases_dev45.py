"""Labelled lines for ``bench_privacy.py``: dev45, the held-out set from 2026-12-05 (written after
dev44 was moved; measured once at 32b94f2, recall 0.9763, precision 0.9897, false-redaction rate
0.0098, 3,068 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev44; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev44 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Vantop, Kaccoo, Dcrous, Pelsee and Nexigo dashcam footage, Sonyo, Eivotor and Mosdart recordings and
transcripts, Boltune, Otium, Letscom, Arbily and Bluedio earbuds, a Willful, an Iteknic, a Yamay, a
Gydom, a Motast, a Tiaki and a Uwatch watch, Xega, Littlelf, Kamtron, Oossxx, Hosafe and Teckin
cameras, DSC, Vanderbilt, Interlogix, Pima and Bentel panels, Hubble, Bonoch, Yoton and Moonybaby
baby monitors, Smiling Mind, Petit BamBou, Intellect and Expectful, Speek, Ginlo and Kontalk
messages, Lemome, Ogami, Semikolon, Dingbats, Paperage, Appointed, Denik and Brepols pages, contact
cards and voicemails, shell history and config files, a pyrography studio's burning evenings, gourd
days, pattern swaps and tip-cleaning nights, a tchoukball club's gym evenings, cup Sundays,
frame-mending nights and beach season, paper forms photographed, a value written before its label
or a sentence or a line away from it, browser autofill, banking, rheumatology, endocrinology,
dermatology, nephrology and haematology screens), common things common (the countries most users
live in, Visa and Mastercard, the keys of the most used services, English first) and rare things at
their rate. Its templates and wordings are its own (seeds 9029 for the positives, 10313 for the
look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev45_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev45_lines
import privacy_cases_dev45_passwords
import privacy_cases_dev45_people
import privacy_cases_dev45_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev45_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev45_lines, privacy_cases_dev45_passwords, privacy_cases_dev45_people,
                                     privacy_cases_dev45_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9029) -> list[Case]:
    """The positive cases of dev45."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10313) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
