"""People of the dev81 privacy set (``privacy_cases_dev81.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(imported), as dev80 did. Its e-mail domains are its own: a coffin race crew in Nederland, a kinetic
sculpture pit crew in Humboldt County, Lake Pisiquid's pumpkin paddlers, Brunsbüttel's mudflat games,
an Icelandic glima club and an Argentine pato club (and local ones in US, GB, CA, IN, DE and BR); its
providers are dev40's (imported).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Glenna", "Hershel", "Imogene"), ("Spradlin", "Grinstead")),
    "GB": (("Ailsa", "Dilys"), ("Fazackerley", "Murgatroyd")),
    "CA": (("Marcelline", "Isidore"), ("Labrecque", "MacEachern")),
    "IN": (("Madhumita", "Tirthankar"), ("Subrahmanyam", "Dholakia")),
    "DE": (("Meinrad", "Traudl"), ("Zwirner", "Kolbeck")),
    "NG": (("Ekene", "Aderonke"), ("Nnadi", "Iwu")),
    "JP": (("Takafumi", "Tomoyo"), ("Uchimura", "Sakuraba")),
    "PH": (("Venancio", "Marivel"), ("Villaruel", "Yulo")),
    "ZA": (("Reabetswe", "Liezl"), ("Majola", "Groenewald")),
    "KE": (("Makena", "Waithera"), ("Ndegwa", "Wambua")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("coffinrace-nederland.org", "kinetic-pitcrew.org", "pumpkin-paddlers.ca", "schlick-spiele.de",
        "glimufelag-hekla.is", "pato-criollo.com.ar")
LOCAL_ORGS = {"US": ("humboldt-kinetics.us",), "GB": ("glima-society.org.uk",), "CA": ("lakepisiquid-regatta.ca",),
              "IN": ("kilaraipur-games.in",), "DE": ("wattspiele-elbe.de",), "BR": ("pato-gaucho.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``, from this set's names (dev30's elsewhere)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have, at dev40's providers or this set's domains."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
