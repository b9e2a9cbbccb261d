"""Labelled lines for ``bench_privacy.py``: dev40, the held-out set from 2026-12-05 (written after
dev39 was moved; measured once at e6139cc, recall 0.9809, precision 0.9878, false-redaction rate
0.0098, 4,207 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev39; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev39 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Runcam and Mobius clips, Wolfbox, Nexar, Lamax, Mio MiVue and Papago dashcam footage, LS-P5
recordings, Travis Touch and WT2 transcripts, Moondrop, Tribit, Baseus and Raycon earbuds, a Lemfo,
a Watchy and a Rebble watch, Heimvision cameras, a Texecom panel, Infant Optics and Bebcare baby
monitors, Me+, HabitBull, Coach.me, Exist.io, Moodnotes, Smashrun, CrewNerd,
SpeedCoach, Sleep as Android and ShutEye, Profanity, Hamsket, Miranda NG and Tawasal messages,
Whitelines pages, contact cards and voicemails, shell history and config files, a quilt guild's
sewing bees, long-arm rentals, retreats and quilt show, a dragon-boat club's river practices, drum
and steering clinics, race days and festival, paper forms photographed, a value written before its
label or a sentence or a line away from it, browser autofill, banking, audiology, hand-therapy,
nephrology, travel-clinic and sleep-clinic screens), common things common (the countries most users
live in, Visa and Mastercard, the keys of the most used services, English first) and rare things at
their rate. Its templates and wordings are its own (seeds 8999 for the positives, 10271 for the
look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev40_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev40_lines
import privacy_cases_dev40_passwords
import privacy_cases_dev40_people
import privacy_cases_dev40_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev40_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev40_lines, privacy_cases_dev40_passwords, privacy_cases_dev40_people,
                                     privacy_cases_dev40_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8999) -> list[Case]:
    """The positive cases of dev40."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10271) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
