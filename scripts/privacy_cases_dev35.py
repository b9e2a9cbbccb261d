"""Labelled lines for ``bench_privacy.py``: dev35, the held-out set from 2026-12-05 (written after
dev34 was moved; measured once at b2d6d07, recall 0.9661, precision 0.995, false-redaction rate 0.0,
5,045 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev34; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev34 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Kodak PIXPRO and Canon PowerShot V10 clips, Sony ICD-UX570 and PCM-A10, OM System WS-883, Saramonic
and Roland R-07 recordings, Temi, Scribie, Amberscript, Verbit, Sybill, Leexi, Hyprnote, Rewatch,
TurboScribe and Wudpecker transcripts, Google Glass, Varjo, Vive, Pico 4, Nreal and Iristick glasses
and headsets, a Nooie doorbell, Uniview, Victure, Canary and Logitech Circle cameras and an Abode
hub, Aeezo and Pexar frames, a Lenovo Smart Clock and a Homey dashboard, Diarium, Penzu, Stoic,
AutoSleep, Gyroscope, Flo, Ovia, MapMyRun and Nike Run Club apps, Tango, Hangouts, Berty, Brosix,
BBM, Confide, Mixin, Teamwire, Tox and Troop Messenger messages, Daraz, Xianyu, Jimoty, Danggeun,
Sbazar, Anibis, Yapo and Segundamano listings, KoboCollect, OpnForm, Tripetto, CommCare and
FormAssembly submissions, rows copied from Knack, Quickbase, Caspio, Rowy, Softr and Zenkit,
Workflowy, Dynalist, Ulysses and Xournal++ pages, contact cards and voicemails, shell history and
config files, an archery club's shoots, range duty, licences, coaching and Ianseo and MyTargets
screens, an astronomy society's star parties, open nights, telescope loans, dark-site trips and
Stellarium, SkySafari, Sky Guide, Clear Outside and Astrospheric screens, paper forms photographed,
a value written before its label or a sentence or a line away from it, browser autofill, banking,
optician, podiatry and range-booking screens), common things common (the countries most users live
in, Visa and Mastercard, the keys of the most used services, English first) and rare things at
their rate. Its templates and wordings are its own (seeds 8941 for the positives, 10243 for the
look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses (``privacy_cases_dev35_people.py``),
lines (``_lines``, ``_secrets``, ``_passwords``) and look-alikes drawn from templates with typed
fields (``_lookalikes``, on dev19's look-alike generator). Only ``Case`` comes from
``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line, the card and phone of a mixed form). Kinds as in the other sets:
``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs included) and
``email``; a bank code written beside an account number (routing, sort, IFSC, BSB, transit, branch
and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev35_lines
import privacy_cases_dev35_passwords
import privacy_cases_dev35_people
import privacy_cases_dev35_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev35_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev35_lines, privacy_cases_dev35_passwords, privacy_cases_dev35_people,
                                     privacy_cases_dev35_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8941) -> list[Case]:
    """The positive cases of dev35."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10243) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
