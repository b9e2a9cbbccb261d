"""Labelled lines for ``bench_privacy.py``: dev36, the held-out set from 2026-12-05 (written after
dev35 was moved; measured once at baace7c, recall 0.9678, precision 0.9934, false-redaction rate
0.0098, 4,785 observations per CPU second) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev35; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev35 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps and their voice notes, texts and DMs, e-mails and signatures,
Ricoh Theta, Veho Muvi, SJCAM and Polaroid Cube clips, a Viofo dashcam, Marantz PMD, MixPre,
Tentacle Track E, Deity PR-2 and EVISTR recordings, Reduct, Colibri, TranscribeMe, Simon Says,
Cockatoo, Speechmatics, GoTranscript and Audext transcripts, Pimax, HP Reverb, PlayStation VR2 and
Vufine headsets and glasses, an Aosu doorbell, Botslab, Geeni and Zmodo cameras and a Hubitat hub, a
Nexfoto frame and a JBL Link View, Grid Diary, Five Minute Journal, Sweatcoin, Lifesum, Fitbod,
Streaks, Habitica and Glow apps, TextNow, Talkatone, Dingtone, Sideline, Dialpad, Monal, Dino,
Movim, Kaidan, Cwtch, Ayoba and Sandes messages, Rakuma, Bunjang, Bukalapak, Chợ Tốt, Kaidee,
Hamrobazar, Divar and Oglasnik listings, Heyflow, Feathery and Formaloo submissions, rows copied
from Ninox, Memento Database, Adalo, Noloco, Tadabase and Kintone, Roam, Scrintal, Typora,
Scrivener, iA Writer, Zoho Notebook and Nimbus Note pages, contact cards and voicemails, shell
history and config files, a fencing club's club nights, pools, armoury, competitions, coaching and
Ophardt, BellePoule, Askfred and EnGarde screens, a model railway society's layout, swapmeets,
exhibitions, club room and JMRI, Rocrail, iTrain, XTrackCAD and Z21 screens, paper forms
photographed, a value written before its label or a sentence or a line away from it, browser
autofill, banking, dermatology, chiropractic, blood-donor and sleep-clinic screens), common things
common (the countries most users live in, Visa and Mastercard, the keys of the most used services,
English first) and rare things at their rate. Its templates and wordings are its own (seeds 8951 for
the positives, 10247 for the look-alikes): the values are drawn by ``privacy_set_builder`` (phones
from ``privacy_cases_dev12_phones.py``, the other numbers from their issuers' rules in
``privacy_cases_dev12_numbers.py``), people and their addresses (``privacy_cases_dev36_people.py``),
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

import privacy_cases_dev36_lines
import privacy_cases_dev36_passwords
import privacy_cases_dev36_people
import privacy_cases_dev36_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_dev36_lookalikes import lookalikes

__all__ = ["positives", "negatives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_dev36_lines, privacy_cases_dev36_passwords, privacy_cases_dev36_people,
                                     privacy_cases_dev36_secrets)
"""This set's own lines, passwords, people and secrets; ``privacy_set_builder`` draws the values."""


def positives(seed: int = 8951) -> list[Case]:
    """The positive cases of dev36."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10247) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
