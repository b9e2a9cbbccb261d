"""Labelled lines for ``bench_privacy.py``: dev49, the held-out set from 2026-12-06 (written after
dev48 was moved; measured once at be3e8cf, recall 0.9748, precision 0.9949, false-redaction rate
0.0049, 4,353 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev48; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev48 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Boscam, Gigastone and Blaupunkt dashcam footage, Coolwoo and Vandlion recordings and transcripts, a
Gokoo watch, Escam and Sunba cameras, Totolink, Wavlink, Zyxel, Ruijie and Edimax routers, Escene,
Flyingvoice, Atcom and Obihai phones, Kidsneed and Hello Baby monitors, Shine, ManoramaMAX, Koode,
Sun NXT, Chorki, Wavve and Tving, contact cards and voicemails, shell history and config files, an
ikebana circle's kenzan orders, exhibition hangings, temple-flower mornings and teacher's
certificates, a hornussen club's field days, Schindel repairs, away fixtures and youth training,
paper forms photographed, a value written before its label or a sentence or a line away from it,
browser autofill, banking, endocrinology, nephrology, rheumatology, oncology, dental and
gastroenterology screens), common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates and wordings are its own (seeds 9059 for the positives, 10337 for the look-alikes): the
values are drawn by ``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other
numbers from their issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev49_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev49_lines
import privacy_cases_dev49_passwords
import privacy_cases_dev49_people
import privacy_cases_dev49_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev49_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev49_lines, privacy_cases_dev49_passwords, privacy_cases_dev49_people,
                                     privacy_cases_dev49_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9059) -> list[Case]:
    """The positive cases of dev49."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10337) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
