"""Labelled lines for ``bench_privacy.py``: dev39, the held-out set from 2026-12-05 (written after
dev38 was moved; measured once at 7b0bfe6, recall 0.9895, precision 0.9861, false-redaction rate
0.0235, 4,193 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev38; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev38 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Apeman action-camera clips, Rove, Rexing, Vava and Garmin Dash Cam footage, Tascam DR-05X
recordings, ili translator transcripts, Skullcandy, JLab, Edifier and QCY earbuds, a Kieslect, a
Zeblaze, a Colmi, a Fire-Boltt and a CMF Watch, a Bangle.js and a PineTime, Kami cameras, a Yale
doorbell, an Ajax panel, Cubo and Lollipop baby monitors, Productive, Way of Life, Runna, Gentler
Streak, Reflectly, SleepTown and Flora, Wavebox, Kopete, ShareChat, Rubika, Soroush and Eitaa
messages, Elfinbook pages, contact cards and voicemails, shell history and config files, a puppet
theatre's marionette workshops, shadow-puppet shows and touring van, a juggling club's practice
nights, passing workshops, fire-spinning sessions and convention, paper forms photographed, a value
written before its label or a sentence or a line away from it, browser autofill, banking, podiatry,
optometry, dermatology, chiropractic and orthodontic screens), common things common (the countries
most users live in, Visa and Mastercard, the keys of the most used services, English first) and rare
things at their rate. Its templates and wordings are its own (seeds 8971 for the positives, 10267
for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev39_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev39_lines
import privacy_cases_dev39_passwords
import privacy_cases_dev39_people
import privacy_cases_dev39_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev39_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev39_lines, privacy_cases_dev39_passwords, privacy_cases_dev39_people,
                                     privacy_cases_dev39_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8971) -> list[Case]:
    """The positive cases of dev39."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10267) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
