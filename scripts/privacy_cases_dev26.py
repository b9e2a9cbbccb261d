"""Labelled lines for ``bench_privacy.py``: dev26, the held-out set from 2026-12-05 (written after
dev25 was moved; measured once at afc85b3, recall 0.9402 and precision 0.9982) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev25; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev25 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures, a
Humane pin's transcripts, an Echo Show's and a Nest Hub's screens, reMarkable and Boox notebooks, a
Steam Deck's chat, a Petcube camera's app, a rowing machine's and a smart trainer's screens, SimpleX
and Briar messages, Marktplaats, Kijiji, OfferUp, Sahibinden and Mercari, contact cards and voicemails,
shell history and config files, a saddlery's repair tag, a key-cutting kiosk's receipt, photos of a
glass studio's whiteboard, a ski-pass kiosk's screen, a Couchsurfing request, rows copied from
shared spreadsheets, a value written before its label or a sentence or a line away from it, browser
and password-manager autofill, banking, EV-charging, ski-school and tattoo-studio screens), common
things common (the countries most users live in, Visa and Mastercard, the keys of the most used
services, English first) and rare things at their rate. Its templates and wordings are its own
(seeds 8839 for the positives, 10151 for the look-alikes): the values are drawn by
``privacy_set_builder`` (phones from ``privacy_cases_dev12_phones.py``, the other numbers from their
issuers' rules in ``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev26_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev26_lines
import privacy_cases_dev26_passwords
import privacy_cases_dev26_people
import privacy_cases_dev26_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev26_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev26_lines, privacy_cases_dev26_passwords, privacy_cases_dev26_people,
                                     privacy_cases_dev26_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8839) -> list[Case]:
    """The positive cases of dev26."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10151) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
