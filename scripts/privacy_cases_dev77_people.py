"""People of the dev77 privacy set (``privacy_cases_dev77.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(dev75 took their first two names, dev76 their last two).
The organisations people write from are a road bowling club's, a finger-pulling society's, a hood
game's, an oil wrestling festival's, a human tower team's and a bed race's, and a few local ones; free
mail providers are dev40's table, imported.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Roxanne", "Elmore"), ("Hargrove", "Overholt")),
    "GB": (("Eluned", "Seren"), ("Thwaite", "Gomersall")),
    "CA": (("Tremaine", "Sylvain"), ("McIsaac", "Bernatchez")),
    "IN": (("Harshvardhan", "Chaitanya"), ("Borthakur", "Parulekar")),
    "DE": (("Ortrun", "Quirin"), ("Zellmeier", "Grasegger")),
    "NG": (("Ebikabowei", "Osaretin"), ("Olawuyi", "Ihejirika")),
    "JP": (("Tomoyuki", "Kimiko"), ("Matsudaira", "Kagawa")),
    "PH": (("Rizaldy", "Leonisa"), ("Umali", "Lumanlan")),
    "ZA": (("Nandipha", "Zolani"), ("Baloyi", "Chauke")),
    "KE": (("Kemunto", "Kipngeno"), ("Nyamweya", "Ondieki")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("keady-roadbowls.org", "werdenfels-hakler.de", "haxey-sway.org.uk", "sarayici-pehlivan.org",
        "colla-de-valls.cat", "nidd-bedrace.org.uk")
LOCAL_ORGS = {"US": ("ozarks-sorghum-mill.org",), "GB": ("axholme-parish-rooms.org.uk",), "CA": ("cape-breton-fiddlers.ca",),
              "IN": ("kolhapur-akhada-trust.in",), "DE": ("loisachtal-trachten.de",), "BR": ("parintins-boi-bumba.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region`` (dev19's maker with this set's names)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address a person of ``region`` would have (dev19's maker with this set's names and orgs)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
