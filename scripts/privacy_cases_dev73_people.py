"""People of the dev73 privacy set (``privacy_cases_dev73.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA, KE and AU (AU's added when dev30's drew an address dev70
holds); for the rest, where no more time was spent hunting, two of dev30's (the thirteenth and
fourteenth from the end of each list where it is that long, else its first two); and the addresses
they pick: a free provider of their country most often (dev40's table), a pilot gig rowing club's, a
kite flyers' terrace's, a roller derby league's, a bathtub racing society's, a swimrun race's or a
coal carrying race's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Marcellus", "Thelonious"), ("Wetherbee", "Tillinghast")),
    "GB": (("Lowenna", "Morvoren"), ("Rosevear", "Trembath")),
    "CA": (("Cyrille", "Noëlla"), ("Brisebois", "Duchesneau")),
    "IN": (("Devesh", "Aparajita"), ("Vaghela", "Chudasama")),
    "DE": (("Hubertus", "Ansgar"), ("Quadflieg", "Oberdörfer")),
    "NG": (("Tolulope", "Onyinyechi"), ("Ezeilo", "Onuoha")),
    "JP": (("Shintaro", "Masumi"), ("Kamikawa", "Nakahara")),
    "PH": (("Rodante", "Perlita"), ("Villafuerte", "Baluyut")),
    "ZA": (("Elsabe", "Wikus"), ("Coetzer", "Fourie")),
    "KE": (("Mwikali", "Syokau"), ("Jepchumba", "Mugo")),
    "AU": (("Merindah", "Talara"), ("Fairbairn", "Lovegrove")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-14:-12] or given[:2], family[-14:-12] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("penwith-gigrowers.org.uk", "kaipoche-terrace.in", "brackenfold-rollerderby.org", "harbourtub-society.ca",
        "skerryhop-swimrun.se", "coalsack-race.org.uk")
LOCAL_ORGS = {"US": ("tillamook-jammers.us",), "GB": ("tamar-pilotgigs.co.uk",), "CA": ("departure-bay-tubbers.ca",),
              "IN": ("pol-terrace-kites.in",), "DE": ("elbe-swimrun.de",), "BR": ("ilhabela-swimrun.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name of ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have: dev19's ``mailbox``."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
