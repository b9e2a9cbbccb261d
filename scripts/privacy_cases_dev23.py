"""Labelled lines for ``bench_privacy.py``: dev23, the held-out set from 2026-12-05 (written after
dev22 was moved; measured once at cb4e30b, recall 0.9299 and precision 0.9945) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev22; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev22 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, a
car's voice assistant reading messages out, smart glasses' and a pendant recorder's transcripts, a
smart fridge's door screen, a doorbell's chime message, a baby monitor's app, Zwift and Peloton,
Carousell and second-hand listings, notes apps and journals, contact cards and voicemails, shell
history and config files, photos of cheese-shop chalkboards, market stalls, delivery slips, a
lost-pet poster and a windscreen permit, rows copied from shared spreadsheets, a value written
before its label or a sentence or a line away from it, browser and password-manager autofill,
banking, school-fee, pet-insurance and allotment-rent screens), common things common (the
countries most users live in, Visa and Mastercard, the keys of the most used services, English
first) and rare things at their rate. Its templates and wordings are its own (seeds 8821 for the
positives, 10133 for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev23_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
look-alikes drawn from templates with typed fields (``_lookalikes``, on dev19's look-alike
generator). Only ``Case`` comes from ``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line or in a config, the card and phone of a mixed form). Kinds as in the
other sets: ``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs
included) and ``email``; a bank code written beside an account number (routing, sort, IFSC, BSB,
transit, branch and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev23_lines
import privacy_cases_dev23_passwords
import privacy_cases_dev23_people
import privacy_cases_dev23_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev23_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev23_lines, privacy_cases_dev23_passwords, privacy_cases_dev23_people,
                                     privacy_cases_dev23_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8821) -> list[Case]:
    """The positive cases of dev23."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10133) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
