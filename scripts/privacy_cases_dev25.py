"""Labelled lines for ``bench_privacy.py``: dev25, the held-out set from 2026-12-05 (written after
dev24 was moved; measured once at 1c1875f, recall 0.9631 and precision 0.9931) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev24; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev24 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, a
Plaud pin's and a Pixel Watch's transcripts, a digital photo frame, a Tractive pet tracker, a
bird-feeder camera's app, a smart mirror, a bathroom scale's app, a treadmill's screen, Kobo notes,
Meshtastic messages, a Beeper inbox, Depop and Gumtree, contact cards and
voicemails, shell history and config files, a watch-repair ticket, a dry cleaner's tag, photos of a
blacksmith's forge whiteboard, a hotel TV's message screen, a seatback chat on a flight, rows copied
from shared spreadsheets, a value written before its label or a sentence or a line away from it,
browser and password-manager autofill, banking, water-bill, driving-school and vet screens), common
things common (the countries most users live in, Visa and Mastercard, the keys of the most used
services, English first) and rare things at their rate. Its templates and wordings are its own
(seeds 8837 for the positives, 10141 for the look-alikes): the values are drawn by
``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other numbers from their
issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev25_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev25_lines
import privacy_cases_dev25_passwords
import privacy_cases_dev25_people
import privacy_cases_dev25_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev25_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev25_lines, privacy_cases_dev25_passwords, privacy_cases_dev25_people,
                                     privacy_cases_dev25_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8837) -> list[Case]:
    """The positive cases of dev25."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10141) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
