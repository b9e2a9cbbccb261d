"""Labelled lines for ``bench_privacy.py``: dev37, the held-out set from 2026-12-05 (written after
dev36 was moved; measured once at 48c0132, recall 0.9854, precision 0.9908, false-redaction rate
0.0122, 4,797 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev36; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev36 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Brinno and Comica clips, Nextbase, Vantrue and 70mai dashcams, Zoom H4 and H6, Tascam Portacapture
recordings, Timekettle and Pocketalk transcripts, Shokz and Jabra earbuds, a TicWatch, a Kospet and
a Xiaomi Smart Band, Blurams and Yi Home cameras, a Wuuk doorbell, a Vivint panel, an Aura frame,
Loop Habit Tracker, Strides and Bellabeat apps, JusTalk, ToTok, Nimbuzz, Siskin, Tinode, FluffyChat,
SchildiChat, Nheko and Cinny messages, Youform submissions, Rocketbook and Livescribe pages, contact
cards and voicemails, shell history and config files, a rockhounding club's field trips, rock swaps,
gem shows, slab saw and faceting classes, a woodturning club's demonstrations, lathe hire, wood swaps
and shows, paper forms photographed, a value written before its label or a sentence or a line away
from it, browser autofill, banking, audiology, physiotherapy, travel-clinic and dental-hygienist
screens), common things common (the countries most users live in, Visa and Mastercard, the keys of
the most used services, English first) and rare things at their rate. Its templates and wordings are
its own (seeds 8963 for the positives, 10253 for the look-alikes): the values are drawn by
``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other numbers from their
issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev37_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev37_lines
import privacy_cases_dev37_passwords
import privacy_cases_dev37_people
import privacy_cases_dev37_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev37_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev37_lines, privacy_cases_dev37_passwords, privacy_cases_dev37_people,
                                     privacy_cases_dev37_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8963) -> list[Case]:
    """The positive cases of dev37."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10253) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
