"""The held-out privacy set (issue 75): read by no one who tunes the redactor, and measured once, when
it is moved to a dev set and a new held-out set is written. Its lines, passwords, people and secrets are
its own (privacy_cases_heldout_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (the Argungu fishing festival's hand nets,
calabashes and weigh-in on the Matan Fada in Kebbi State, the Naha Great Tug-of-War's rope, kanuchi
pin and East and West on Kumoji crossing, Markgröningen's Schäferlauf barefoot across the stubble with
its Wasserträgerinnen and Schäferkönig, the Nehru Trophy's snake boats, oarsmen and vanchipattu on
Punnamada lake, Angono's Higantes with their papier-mâché giants, parehadoras and basaan, the Golden
Shears' handpieces, woolhandlers and Romney ewes in Masterton, a yukigassen league under Showa Shinzan
and a birling club's cedar logs and peaveys on a Wisconsin flowage). Its values are drawn by
scripts/privacy_set_builder.py (numbers and phones through privacy_cases_dev12_numbers
and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT and Basic credentials and
look-alikes made by dev19's generator functions with this set's stems, names, issuers and users.

Seeds 9349 (positives) and 10651 (look-alikes): the next primes above 9343 and 10639 that no set used.
Written without reading the redactor and without running its lines through it or the bench.
"""

from __future__ import annotations

import random

import privacy_cases_heldout_lines
import privacy_cases_heldout_passwords
import privacy_cases_heldout_people
import privacy_cases_heldout_secrets
import privacy_set_builder
from privacy_cases import Case
from privacy_cases_heldout_lookalikes import lookalikes

__all__ = ["negatives", "positives"]

TEXTS = privacy_set_builder.SetTexts(privacy_cases_heldout_lines, privacy_cases_heldout_passwords, privacy_cases_heldout_people,
                                     privacy_cases_heldout_secrets)
"""The set's own texts, drawn by the shared builder (as dev20's to dev78's are)."""


def positives(seed: int = 9349) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10651) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
