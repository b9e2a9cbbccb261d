"""People of the held-out privacy set (``privacy_cases_heldout.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(imported), as dev80's and dev81's did. Their e-mail addresses are made by dev19's ``mailbox`` with
dev40's table of free mail providers (imported) and this set's own domains: a headless-chicken 5K's
runners, flathead noodlers, an AfrikaBurn theme camp, a Rhino Charge pit crew, a kyudo club and a
bandy club (and local ones in US, GB, CA, IN, DE and BR).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Absalom", "Clarinda", "Sylvanus"), ("Witherspoon", "Pennybacker")),
    "GB": (("Octavius", "Romilly"), ("Mottram", "Bagshaw")),
    "CA": (("Ludger", "Olivette"), ("Cadieux", "Lamontagne")),
    "IN": (("Harjinder", "Simranjit"), ("Randhawa", "Sohal")),
    "DE": (("Xaver", "Apollonia"), ("Stadlbauer", "Zankl")),
    "NG": (("Adeyinka", "Oyindamola"), ("Dosunmu", "Alakija")),
    "JP": (("Tomonori", "Norihiko"), ("Watanuki", "Monma")),
    "PH": (("Estrella", "Rosauro"), ("Malvar", "Tiangco")),
    "ZA": (("Retief", "Hanlie"), ("Nieuwoudt", "Qwabe")),
    "KE": (("Naserian", "Lekishon"), ("Karanja", "Obuya")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("headlesschicken-runners.org", "flathead-noodlers.net", "tankwa-themecamp.org", "rhinocharge-pitcrew.club",
        "makiwara-kyudo.club", "sargen-bandy.org")
LOCAL_ORGS = {"US": ("fruita-fest-volunteers.org",), "GB": ("maldon-mudrunners.org.uk",), "CA": ("sourtoe-certificates.ca",),
              "IN": ("anandpur-gatka.in",), "DE": ("drachenstich-furth.de",), "BR": ("bloco-da-lama.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name as it is common in ``region``, from this set's people (dev19's ``person``)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have (dev19's ``mailbox``)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
