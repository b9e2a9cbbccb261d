"""Labelled lines for ``bench_privacy.py``: dev32, the held-out set from 2026-12-05 (written after
dev31 was moved; measured once at 791c384, recall 0.9578, precision 0.9801, false-redaction rate
0.022, 4,963 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev31; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev31 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, a
Looki L1 clip, Zoom H1n, Sony, Olympus and iFlytek recordings, Fireflies, Fathom, Krisp and Whisper
Memos transcripts, INMO Air, Snap Spectacles, Oakley Meta, TCL NxtWear, Echo Frames and Lenovo
Legion glasses, Netatmo and Arlo cameras, a Pix-Star and a Meural frame, a Hearth Display, a
DAKboard and an Echo Hub, Polar Flow, Bearable, Cronometer and MyFitnessPal apps, Mattermost, Olvid,
Flock, Ryver, Twist, Naver Band, Zangi, Arattai, VK Messenger, BiP, Marco Polo, Voxer and Zello
messages, Okidoki, Tise, Bazaraki and Kupatana listings, Tally, Formbricks, Qualtrics, Gravity
Forms, 123FormBuilder, forms.app and ODK Collect submissions, rows copied from WPS, Gnumeric, Tencent
Docs, AFFiNE and Tana, GoodNotes, Zettlr, Simplenote and UpNote pages, contact cards and voicemails,
shell history and config files, a racing-pigeon club's race sheets, basketing nights and stray-bird
notices, a fly-tyers' club's classes and beat bookings, paper forms photographed, a value written
before its label or a sentence or a line away from it, browser and password-manager autofill,
banking, corn-merchant, bird-clinic and fly-shop screens), common things common (the countries most
users live in, Visa and Mastercard, the keys of the most used services, English first) and rare
things at their rate. Its templates and wordings are its own (seeds 8923 for the positives, 10193
for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses (``privacy_cases_dev32_people.py``),
lines (``_lines``, ``_secrets``, ``_passwords``) and look-alikes drawn from templates with typed
fields (``_lookalikes``, on dev19's look-alike generator). Only ``Case`` comes from
``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line or in a config, the card and phone of a mixed form). Kinds as in the
other sets: ``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs
included) and ``email``; a bank code written beside an account number (routing, sort, IFSC, BSB,
transit, branch and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev32_lines
import privacy_cases_dev32_passwords
import privacy_cases_dev32_people
import privacy_cases_dev32_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev32_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev32_lines, privacy_cases_dev32_passwords, privacy_cases_dev32_people,
                                     privacy_cases_dev32_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8923) -> list[Case]:
    """The positive cases of dev32."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10193) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
