"""Labelled lines for ``bench_privacy.py``: dev53, the held-out set from 2026-12-06 (written after
dev52 was moved; measured once at 693c6ce, recall 0.9791, precision 0.9935, false-redaction rate
0.0098, 4,035 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev52; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev52 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Lingdu and Sygic dashcam footage, a Motorola baby monitor, a Linksys Velop and a Netgear Orbi, Poly
and Yeastar phones and a Comelit door panel, Tecno, Infinix and Fairphone handsets, Viaplay on a
phone at the sideline, contact cards and
voicemails, shell history and config files, a kubb club's pitches, batons, cups and Gotland trips, a
quilling circle's strips, coils, fair stalls and workshops, ferry crews, lifeboat stations and a goat
dairy, paper forms photographed, notices on boards and doors, a value written before its label or a
sentence or a line away from it, browser autofill, banking, hand-therapy, podiatry, audiology,
hepatology, prosthetics and lactation-clinic screens), common things common (the countries most
users live in, Visa and Mastercard, the keys of the most used services, English first) and rare
things at their rate. Its templates and wordings are its own (seeds 9109 for the positives, 10391
for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses (``privacy_cases_dev53_people.py``),
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

import privacy_cases_dev53_lines
import privacy_cases_dev53_passwords
import privacy_cases_dev53_people
import privacy_cases_dev53_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev53_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev53_lines, privacy_cases_dev53_passwords, privacy_cases_dev53_people,
                                     privacy_cases_dev53_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9109) -> list[Case]:
    """The positive cases of dev53."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10391) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
