"""Labelled lines for ``bench_privacy.py``: dev31, the held-out set from 2026-12-05 (written after
dev30 was moved; measured once at 316c37d, recall 0.9724, precision 0.995, false-redaction rate
0.0073, 4,623 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev30; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev30 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, a
Soundcore Work recorder's and a Sandbar ring's notes, Notta transcripts, Solos, Viture, RayNeo and
Meizu StarV glasses, a Lorex doorbell, a Nixplay frame, a Skylight calendar and a MagicMirror,
Samsung Health, Welltory and Circular apps, DingTalk, WeCom, Chatwork, Chanty, Revolt, Guilded and
Botim messages, Haraj, OpenSooq, Jófogás, Shpock, Bikroy and Tonaton listings, Fillout, Formstack,
Paperform, Zoho Forms, SurveyMonkey, Wufoo and HeyForm submissions, rows copied from Baserow,
LibreOffice Calc, Quip, Coda, SeaTable, EtherCalc and ONLYOFFICE, contact cards and voicemails, shell
history and config files, a falconry club's weighing book, hawking-day sign-in and lost-hawk
posters, a bell tower's rota, peal book and practice-night notice, a ringing guild's appeals, paper
forms photographed, a value written before its label or a sentence or a line away from it, browser
and password-manager autofill, banking, feed-supplier and raptor-vet screens), common things common
(the countries most users live in, Visa and Mastercard, the keys of the most used services, English
first) and rare things at their rate. Its templates and wordings are its own (seeds 8893 for the
positives, 10181 for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses (``privacy_cases_dev31_people.py``),
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

import privacy_cases_dev31_lines
import privacy_cases_dev31_passwords
import privacy_cases_dev31_people
import privacy_cases_dev31_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev31_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev31_lines, privacy_cases_dev31_passwords, privacy_cases_dev31_people,
                                     privacy_cases_dev31_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8893) -> list[Case]:
    """The positive cases of dev31."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10181) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
