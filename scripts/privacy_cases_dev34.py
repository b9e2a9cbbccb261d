"""Labelled lines for ``bench_privacy.py``: dev34, the held-out set from 2026-12-05 (written after
dev33 was moved; measured once at 3f81430, recall 0.9643, precision 0.9867, false-redaction rate
0.0195, 4,337 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev33; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev33 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
GoPro, DJI Osmo Pocket and Akaso clips, Philips VoiceTracer, Rode Wireless GO, Hollyland Lark, Zoom
F3 and Shure MV88 recordings, Trint, Descript, Noota, Claap, Circleback, Airgram, Fellow, Grain,
Nyota, Aiko and Wispr Flow transcripts, Air Glass, HoloLens, Magic Leap, Focals, Ampere Dusk,
ThinkReality and Loomos glasses, Tapo, Foscam, Hikvision and Dahua cameras and doorbells, Frameo and
Dragon Touch frames, an Echo Spot and a Mango Display, Day One, Pillow, SleepScore, Bevel, Natural
Cycles, Runkeeper and Finch apps, Skype, Missive, Spike, Twake, Kik, Feishu, ICQ, JioChat and
goTenna messages, Mudah, Tokopedia, Bazos, Jofogás, Ricardo and 2dehands listings, Fulcrum,
Survey123, Epicollect5, Getform and SurveySparrow submissions, rows copied from Grist, Stackby,
Ragic, Zoho Tables and Glide, Reflect, Milanote, Notability and Saber pages, contact cards and
voicemails, shell history and config files, an orienteering club's start lists, SI-card hire,
permissions, map printing and OpenOrienteering Mapper, OCAD, Purple Pen, MeOS, SI-Droid, MapRunF and
Livelox screens, a balloon club's launch fields, retrieve crews, passenger forms, pibal readings and
landowners, paper forms photographed, a value written before its label or a sentence or a line away
from it, browser autofill, banking, propane-depot, physiotherapy and map-printer screens), common
things common (the countries most users live in, Visa and Mastercard, the keys of the most used
services, English first) and rare things at their rate. Its templates and wordings are its own
(seeds 8933 for the positives, 10223 for the look-alikes): the values are drawn by
``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other numbers from their
issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev34_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and look-
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

import privacy_cases_dev34_lines
import privacy_cases_dev34_passwords
import privacy_cases_dev34_people
import privacy_cases_dev34_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev34_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev34_lines, privacy_cases_dev34_passwords, privacy_cases_dev34_people,
                                     privacy_cases_dev34_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8933) -> list[Case]:
    """The positive cases of dev34."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10223) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
