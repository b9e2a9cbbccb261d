"""Labelled lines for ``bench_privacy.py``: dev50, the held-out set from 2026-12-06 (written after
dev49 was moved; measured once at ea7f126, recall 0.9882, precision 0.9899, false-redaction rate
0.0098, 3,731 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev49; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev49 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Cansonic, Roadgid and Neoline dashcam footage, Zoom H1 and Philips DVT recordings and transcripts, an
Oppo Watch and an Honor Band, a Momcozy monitor, GL.iNet, Teltonika and Peplink routers, Aastra,
Sangoma, Zultys and Dinstar phones and gateways, ZEE5, Globoplay, Joyn, ViX, Molotov, WeTV, iQIYI,
U-NEXT, Hayu, Coupang Play, Claro video, Mubi, BritBox and ABEMA, contact cards and voicemails, shell
history and config files, a pysanky circle's dye baths, kistka heaters, church-hall workshops and
egg-art orders, a shinty club's fixtures, team sheets, minibus trips and cup finals, paper forms
photographed, notices on boards and doors, a value written before its label or a sentence or a line
away from it, browser autofill, banking, audiology, physiotherapy, pulmonology, haematology,
podiatry and urology screens), common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates and wordings are its own (seeds 9067 for the positives, 10343 for the look-alikes): the
values are drawn by ``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other
numbers from their issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev50_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev50_lines
import privacy_cases_dev50_passwords
import privacy_cases_dev50_people
import privacy_cases_dev50_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev50_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev50_lines, privacy_cases_dev50_passwords, privacy_cases_dev50_people,
                                     privacy_cases_dev50_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9067) -> list[Case]:
    """The positive cases of dev50."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10343) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
