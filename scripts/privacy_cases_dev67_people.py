"""People of the dev67 privacy set (``privacy_cases_dev67.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given names of US, GB,
IN, NG, JP and ZA and one of DE, the family names of US, GB, DE, IN, NG, JP and ZA; for the rest, where no more time was
spent hunting, two of dev30's (the third and fourth from the end of each list, not the two dev66
took, where a list is that long, else its first two); and the addresses they pick: a free provider of their country most often (dev40's table), a
hurling club's, a yabusame school's, a rushbearing committee's, a toy library's, a dormouse survey's
or a bumblebee walk's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Merribeth", "Lavaughn"), ("Honeycutt-Raines", "Trusdale")),
    "GB": (("Philippa-Rose", "Aldhelm"), ("Tremlett", "Quennell")),
    "IN": (("Saraswathi", "Jagadamba"), ("Thiruvenkatam", "Kolhatkar")),
    "DE": (("Eberhardine",) + _DEV30["DE"][0][-3:-2], ("Kittelmann", "Gottschling")),
    "NG": (("Uzoamaka", "Chibuikem"), ("Onyekwelu-Eze",)),
    "JP": (("Tadayoshi", "Noriyasu"), ("Kiriyama", "Fukuhara")),
    "ZA": (("Nokuthula-Grace", "Bonginkosi"), ("Mabaso-Khumalo", "Dlamini-Mthethwa")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-4:-2] or given[:2], family[-4:-2] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("sliotar-strike.org", "yabusame-gallop.net", "rushbearing-cart.org", "toylibrary-shelves.org",
        "dormouse-nestboxes.org", "bumblebee-transect.net")
LOCAL_ORGS = {"US": ("boston-hurlers.org",), "GB": ("grasmere-rushbearing.org.uk",), "CA": ("yabusame-ottawa.ca",),
              "IN": ("kochi-toylibrary.in",), "DE": ("hummelzaehlung-harz.de",), "BR": ("mamangava-campinas.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of ``region`` (dev19's ``person``)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address ``name`` (or someone of ``region``) might use (dev19's ``mailbox``)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
