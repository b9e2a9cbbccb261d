"""People of the dev74 privacy set (``privacy_cases_dev74.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE; for the rest, where no more time was spent hunting, two of
dev30's (the fifteenth and sixteenth from the end of each list where it is that long, else its first
two); and the addresses they pick: a free provider of their country most often (dev40's table), a
skijoring circuit's, a toy theatre guild's, a stone skimming club's, a wife carrying league's, a
cardboard boat regatta's or a snail racing club's domain now and then. How a name becomes an address
is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # given names, family names, by region
    "US": (("Winona", "Beckett"), ("Wofford", "McCants")),
    "GB": (("Ninian", "Merryn"), ("Carlyon", "Chudleigh")),
    "CA": (("Hermas", "Bérangère"), ("Savard", "Aucoin")),
    "IN": (("Nandita", "Gautami"), ("Rangnekar", "Bordoloi")),
    "DE": (("Gesine", "Tilmann"), ("Kühnel", "Osterkamp")),
    "NG": (("Ogechi", "Somadina"), ("Obiechina", "Bamgbose")),
    "JP": (("Satsuki", "Hikaru"), ("Haraguchi", "Hayakawa")),
    "PH": (("Joverly", "Rizalino"), ("Dimalanta", "Lumbera")),
    "ZA": (("Lesedi", "Ofentse"), ("Mofokeng", "Makhubela")),
    "KE": (("Adhiambo", "Ndinda"), ("Mutiso", "Ogola")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-16:-14] or given[:2], family[-16:-14] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("skijorcircuit.org", "toytheatreguild.org.uk", "skimmers-easdale.scot", "wifecarryleague.fi",
        "cardboardregatta.org", "snailderby.org.uk")
LOCAL_ORGS = {"US": ("sundayriver-carry.com",), "GB": ("congham-snails.co.uk",), "CA": ("regatecarton.qc.ca",),
              "IN": ("kolkatapapertheatre.in",), "DE": ("papiertheater-kiel.de",), "BR": ("regatadepapelao.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name a person of ``region`` might have: dev19's ``person`` over this set's names."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have: dev19's ``mailbox``."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
