"""Labelled lines for ``bench_privacy.py``: dev42, the held-out set from 2026-12-05 (written after
dev41 was moved; measured once at 853a066, recall 0.9759, precision 0.9912, false-redaction rate
0.0098, 3,846 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev41; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev41 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
DDPai, Navitel, Xblitz, Owlcam and Toguard dashcam footage, Aiworth and
Mileta recordings, iZYREC transcripts, Sennheiser, Sudio, Tronsmart, Mpow and Mivi
earbuds, a Kronaby, an Xplora, a Spacetalk, a Misfit and a Mobvoi watch, Litokam, Xiaovv, Hiseeu,
Sannce, Jennov and Eyeplus cameras, a Verisure panel, Snuza, Levana and Tommee Tippee
baby monitors, Youper, Sanvello, Wysa, Headspace, MySwimPro and FORM goggles, Fractal, Cheogram,
Xabber, Yaxim, Beagle IM, Unigram, Kotatogram and Bridgefy messages, Rhodia, Midori, Hobonichi and
Stalogy pages, contact cards and voicemails, shell history and config files, a marquetry guild's
sawbench nights, veneer auctions, sand-shading workshops and open days, an underwater-hockey club's
pool sessions, kit nights, tournaments and summer camp, paper forms photographed, a value written
before its label or a sentence or a line away from it, browser autofill, banking, dermatology,
nephrology, audiology, podiatry and sleep-clinic screens), common things common (the countries most
users live in, Visa and Mastercard, the keys of the most used services, English first) and rare
things at their rate. Its templates and wordings are its own (seeds 9007 for the positives, 10289
for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones from
``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses
(``privacy_cases_dev42_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
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

import privacy_cases_dev42_lines
import privacy_cases_dev42_passwords
import privacy_cases_dev42_people
import privacy_cases_dev42_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev42_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev42_lines, privacy_cases_dev42_passwords, privacy_cases_dev42_people,
                                     privacy_cases_dev42_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 9007) -> list[Case]:
    """The positive cases of dev42."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10289) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
