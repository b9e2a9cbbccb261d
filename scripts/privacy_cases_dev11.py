"""Labelled lines for ``bench_privacy.py``: dev11, the held-out set from 2026-12-04 (written after
dev10 was moved; measured once at 17d4ef9, recall 0.9554 and precision 0.9781) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev10; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev10 it is meant to be representative: what a personal agent's sensors record for
people around the world, common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates, generators and wordings are its own (seeds 8377 for the positives, 6091 for the
look-alikes): phones from a table of numbering plans and written masks
(``privacy_cases_dev11_phones.py``), the other numbers from their issuers' rules
(``privacy_cases_dev11_numbers.py``), people and their addresses
(``privacy_cases_dev11_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
look-alikes drawn from templates with typed fields (``_lookalikes``). Only ``Case`` comes from
``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line, the card and phone of a mixed form). Kinds as in the other sets:
``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs included) and
``email``; a bank code written beside an account number (routing, sort, IFSC, BSB, transit, branch
and agency codes) is labelled with it.
"""

from __future__ import annotations

import random

import privacy_cases_dev11_lines
import privacy_cases_dev11_passwords
import privacy_cases_dev11_people
import privacy_cases_dev11_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev11_lookalikes import lookalikes
from privacy_cases_dev11_numbers import CARD_COUNTS, IBAN_COUNTS
from privacy_cases_dev11_phones import PHONE_COUNTS

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev11_lines, privacy_cases_dev11_passwords, privacy_cases_dev11_people,
                                     privacy_cases_dev11_secrets, CARD_COUNTS, IBAN_COUNTS, PHONE_COUNTS)
"""This set's own lines, passwords, people, secrets and counts; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8377) -> list[Case]:
    """The positive cases of dev11."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 6091) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
