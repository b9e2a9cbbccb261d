"""People of the dev71 privacy set (``privacy_cases_dev71.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH and ZA; for the rest, where no more time was spent hunting, two of
dev30's (the eleventh and twelfth from the end of each list where it is that long, else its first two);
and the addresses they pick: a free provider of their country most often (dev40's table), a kho kho
club's, a corkball league's, a toe wrestling championship's, a welly wanging contest's, a pooh sticks
championship's or a shin kicking bout's domain now and then. How a name becomes an address is dev19's
``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Jedidiah", "Oneida"), ("Hollowbrook", "Halloran-Pike")),
    "GB": (("Swithin", "Prosper"), ("Wintergreen", "Ashbourne-Vale")),
    "CA": (("Tecumseh", "Ewerton"), ("Boisjoli", "Tremblay-Voss")),
    "IN": (("Saritha", "Vasundhara-Devi"), ("Kalyanaraman", "Chakravarthula")),
    "DE": (("Gunnhilde", "Quirinus"), ("Nussbaumer", "Hagebutte")),
    "NG": (("Kainene", "Chidozie"), ("Ezeugwu", "Onyekachi-Eze")),
    "JP": (("Hanzaburo", "Natsuhiko"), ("Kumagusu", "Tachibanaya")),
    "PH": (("Maharlika", "Bituin-Rose"), ("Lakandula-Cruz", "Mangubat-Sison")),
    "ZA": (("Sindisiwe", "Lithemba"), ("Mabhida", "Zungu-Mthembu")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-12:-10] or given[:2], family[-12:-10] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("khokho-poles.org", "corkball-cage.net", "toewrestling-pub.org", "wellywang-lanes.org",
        "poohsticks-bridge.net", "shinkick-hill.org")
LOCAL_ORGS = {"US": ("stlouis-corkball.org",), "GB": ("poohsticks-oxon.org.uk",), "CA": ("corkball-windsor.ca",),
              "IN": ("khokho-satara.in",), "DE": ("gummistiefel-weitwurf.de",), "BR": ("chute-bota.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of the region's people."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address of the region's people: a free provider's mostly, a club's now and then."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
