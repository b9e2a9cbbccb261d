"""Labelled lines for ``bench_privacy.py``: dev30, the held-out set from 2026-12-05 (written after
dev29 was moved; measured once at 1116413, recall 0.9561, precision 0.9916, false-redaction rate
0.0098, 4,631 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev29; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev29 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, an
Omi pendant's transcripts, Xreal, Rokid, Vuzix, Halliday and Mentra glasses, a Trilium notebook, an
Imou doorbell and an Ezviz camera, a Divoom Pixoo, an Ulanzi clock and an Inkplate dashboard,
RingConn, Suunto, Amazfit Helio and Huawei Health apps, Wickr, qTox, Nextcloud Talk and Pumble
messages, Dubizzle, DoneDeal, Letgo and Kufar listings, Microsoft Forms, Cognito Forms and
KoboToolbox submissions, rows copied from Smartsheet, Zoho Sheet, NocoDB and AppFlowy, contact cards
and voicemails, shell history and config files, a framebuilder's workshop tag, invoice and stamp, a
bike co-op's sign-up sheet and rota, an aquarium club's whiteboard, auction clipboard and show entry
card, a fish shop's bags and loyalty card, paper forms photographed, a value written before its
label or a sentence or a line away from it, browser and password-manager autofill, banking, pet-shop
and bike-shop screens), common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates and wordings are its own (seeds 8887 for the positives, 10177 for the look-alikes): the
values are drawn by ``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other
numbers from their issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev30_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev30_lines
import privacy_cases_dev30_passwords
import privacy_cases_dev30_people
import privacy_cases_dev30_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev30_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev30_lines, privacy_cases_dev30_passwords, privacy_cases_dev30_people,
                                     privacy_cases_dev30_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8887) -> list[Case]:
    """The positive cases of dev30."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10177) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
