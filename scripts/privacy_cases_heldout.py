"""The held-out privacy set (issue 78): read by no one who tunes the redactor, and measured once, when it
is moved to a dev set and a new held-out set is written. Its lines, passwords, people and secrets are
its own (privacy_cases_heldout_lines, _passwords, _people, _secrets, _lookalikes), written fresh as
messages from particular people in particular situations (the Mike the Headless Chicken festival in
Fruita, its 5K and peep-eating contest; the Okie Noodling tournament at Pauls Valley and its flathead
weigh-in; the Sourtoe Cocktail at Dawson City's Downtown Hotel and its Toe Captain; the Maldon Mud Race
across the Blackwater; the Drachenstich of Furth im Wald; the Nomaoi's armoured horse race on
Hibarigahara; Hola Mohalla's gatka at Anandpur Sahib; the Eyo procession on Lagos Island; AfrikaBurn's
theme camps in the Tankwa Karoo; the Rhino Charge's guard posts; Ati-Atihan in Aklan), in dev81's
structure, its values drawn by scripts/privacy_set_builder.py (numbers and phones through
privacy_cases_dev12_numbers and privacy_cases_dev12_phones) and its passwords, e-mail addresses, JWT
and Basic credentials and look-alikes made by dev19's generator functions with this set's stems (kyudo
and bandy), names, issuers and users.

Seeds 9391 (positives) and 10667 (look-alikes): the next primes above 9377 and 10663 that no set used.
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
"""The set's own texts, drawn by the shared builder (as dev20's to dev81's are)."""


def positives(seed: int = 9391) -> list[Case]:
    """The set's labelled lines: every personal value in them, labelled."""
    return privacy_set_builder.positives(TEXTS, seed)


def negatives(seed: int = 10667) -> list[Case]:
    """Its look-alikes: lines with digits, codes or keys, and no personal value."""
    return lookalikes(random.Random(seed))
