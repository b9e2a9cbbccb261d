"""Labelled lines for ``bench_privacy.py``: dev33, the held-out set from 2026-12-05 (written after
dev32 was moved; measured once at e1d7013, recall 0.9434, precision 1.0, false-redaction rate 0.0,
4,903 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev32; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev32 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, an
Insta360 GO clip, a Narrative Clip frame, TicNote, Tascam and DJI Mic recordings, Happy Scribe,
Tactiq, Read.ai, Sembly, MeetGeek, Bluedot, Avoma and Jamie transcripts, Bose Frames, Looktech,
Huawei Eyewear, Nuance Audio and RealWear glasses and headsets, Swann, UniFi Protect, Amcrest and
Annke cameras, an Aluratek and a Loop frame, a Cozyla calendar and a Lenovo Smart Display, Sleep
Cycle, Daylio, Relive, Clue and How We Feel apps, Campfire, Gajim, Snikket, Quicksy, Basecamp,
Yammer, Zoho Cliq, LINE WORKS and TamTam messages, Hasznaltauto, Allegro Lokalnie, Njuškalo,
KupujemProdajem, Bolha, Okazii and Sreality listings, Kizeo Forms, Formspree, Alchemer, Formsite and
Enketo submissions, rows copied from Quadratic, Teable, APITable, Nextcloud Tables and CryptPad,
Amplenote, NotePlan and Noteshelf pages, contact cards and voicemails, shell history and config
files, a caving club's callout cards, survey book, tackle store and hut, a sheepdog-trial society's
entries, run orders and sheep hire, paper forms photographed, a value written before its label or a
sentence or a line away from it, browser and password-manager autofill, banking, shearing-shed,
farm-vet, show-cave and ear-tag-supplier screens), common things common (the countries most users
live in, Visa and Mastercard, the keys of the most used services, English first) and rare things at
their rate. Its templates and wordings are its own (seeds 8929 for the positives, 10211 for the
look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev33_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and look-
alikes drawn from templates with typed fields (``_lookalikes``, on dev19's look-alike generator).
Only ``Case`` comes from ``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line or in a config, the card and phone of a mixed form). Kinds as in the
other sets: ``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs
included) and ``email``; a bank code written beside an account number (routing, sort, IFSC, BSB,
transit, branch and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev33_lines
import privacy_cases_dev33_passwords
import privacy_cases_dev33_people
import privacy_cases_dev33_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev33_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev33_lines, privacy_cases_dev33_passwords, privacy_cases_dev33_people,
                                     privacy_cases_dev33_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8929) -> list[Case]:
    """The positive cases of dev33."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10211) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
