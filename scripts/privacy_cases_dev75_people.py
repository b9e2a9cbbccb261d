"""People of the dev75 privacy set (``privacy_cases_dev75.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the first two names of each of
dev30's lists, as dev74's did (the last two, tried first, drew a Korean address an earlier set holds,
and another slice a Brazilian one). The organisations people write from are a gurning contest's, a
swamp soccer tournament's, an elephant polo club's, a pea shooting championship's, a mobile phone
throwing contest's and an outhouse race's, and a few local ones; free mail providers are dev40's
table, imported.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Alvah", "Myrtice"), ("Goolsby", "Pettaway")),
    "GB": (("Kenelm", "Eustace"), ("Cheesewright", "Allsopp")),
    "CA": (("Origène", "Clarisse"), ("Courchesne", "Sauvageau")),
    "IN": (("Jagadish", "Gurudatta"), ("Puthran", "Sardesai")),
    "DE": (("Ruprecht", "Kriemhild"), ("Kreuzkamp", "Mühlenbeck")),
    "NG": (("Chinwe", "Obafemi"), ("Oyeleke", "Iweala")),
    "JP": (("Masaaki", "Nobuko"), ("Shibusawa", "Yonekura")),
    "PH": (("Jovito", "Honorata"), ("Quisumbing", "Lagdameo")),
    "ZA": (("Nomsa", "Phumzile"), ("Magagula", "Masondo")),
    "KE": (("Kalondu", "Kasyoka"), ("Kioko", "Musyoka")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[:2], family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("egremontgurners.org.uk", "hyrynsalmi-swampball.fi", "meghauli-elephantpolo.org", "witcham-peashooters.org.uk",
        "savonlinna-phonethrow.fi", "conconully-outhouse.org")
LOCAL_ORGS = {"US": ("okanogan-outhouse-derby.org",), "GB": ("cumbria-crabfair.co.uk",), "CA": ("gurneurs-du-quebec.ca",),
              "IN": ("assam-elephantpolo.in",), "DE": ("sumpffussball-westerwald.de",), "BR": ("futebol-de-pantano.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A given and a family name of ``region`` (US's where the table has none), drawn with ``r``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address of ``name`` (or of someone of ``region``) at a free provider or a club's domain."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
