"""People of the dev78 privacy set (``privacy_cases_dev78.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(as dev77 did).
The organisations people write from are an Aunt Sally league's, a Swiss wrestling club's, a Jarl
Squad's, a silver ball hurling committee's, a Yamakasa nagare's and a bull owners' trust's, and a few
local ones; free mail providers are dev40's table, imported.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Jedediah", "Cassius"), ("Whitcombe", "Treadwell")),
    "GB": (("Jessamy", "Godric"), ("Fairhurst", "Penberthy")),
    "CA": (("Évariste", "Hilaire"), ("Bellefeuille", "Latulippe")),
    "IN": (("Dhritiman", "Padmavati"), ("Gaekwad", "Hazarika")),
    "DE": (("Traugott", "Liutgard"), ("Kettenbach", "Zinkernagel")),
    "NG": (("Moyosore", "Chukwudumebi"), ("Akindele", "Nwabueze")),
    "JP": (("Fumitaka", "Hisayo"), ("Hoshizaki", "Miyakoshi")),
    "PH": (("Rizalina", "Inocencia"), ("Mendiola", "Guevarra")),
    "ZA": (("Itumeleng", "Omphile"), ("Sekwati", "Tsotetsi")),
    "KE": (("Kanini", "Wahome"), ("Wairegi", "Kiragu")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("auntsally-oxon.org.uk", "schwingklub-lindau.de", "jarlsquad-shetland.org", "silverball-stcolumb.org.uk",
        "yamakasa-nagare.jp", "vadivasal-trust.org.in")
LOCAL_ORGS = {"US": ("newglarus-swissfest.org",), "GB": ("plough-thame.co.uk",), "CA": ("swissclub-kitchener.ca",),
              "IN": ("alanganallur-bulls.in",), "DE": ("schwingerfreunde-bodensee.de",), "BR": ("suicos-friburgo.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region`` (dev19's maker with this set's names)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address a person of ``region`` would have (dev19's maker with this set's names and orgs)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
