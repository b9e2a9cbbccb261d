"""People of the dev80 privacy set (``privacy_cases_dev80.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(imported), as dev79 did. Its e-mail domains are its own: a frog jubilee's scoring desk, a Gotland
games' varpa club, a canoe marathon's portage crew, a camel race committee, a marbles club and an
ice canoe crew (and local ones in US, GB, CA, IN, DE and BR); its providers are dev40's (imported).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Wilda", "Ozzie"), ("Brubaker", "Cutshall")),
    "GB": (("Oswin", "Thomasina"), ("Whitelock", "Haddleton")),
    "CA": (("Ovide", "Laurette"), ("Beausoleil", "Plamondon")),
    "IN": (("Paritosh", "Janhavi"), ("Chiplunkar", "Hardikar")),
    "DE": (("Siegfried", "Liesel"), ("Zimmerling", "Birkenfeld")),
    "NG": (("Adaora", "Ibukun"), ("Obaseki", "Onyeka")),
    "JP": (("Kenshiro", "Ryunosuke"), ("Hiramatsu", "Shigemura")),
    "PH": (("Benilda", "Teodorico"), ("Dayrit", "Maglalang")),
    "ZA": (("Marthinus", "Elmarie"), ("Bezuidenhout", "Makhathini")),
    "KE": (("Waithira", "Kibiwott"), ("Gathogo", "Mbugua")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("frogjubilee-scoring.org", "varpaklubben-stanga.se", "dusi-portagecrew.org.za", "camelcup-committee.org.au",
        "tinsleymarbles.org.uk", "canotaglace-equipe7.ca")
LOCAL_ORGS = {"US": ("angelscampfrogs.org",), "GB": ("marbles-ringstewards.co.uk",), "CA": ("levis-canotiers.ca",),
              "IN": ("ujjain-mallakhamb.org.in",), "DE": ("koetzting-rittverein.de",), "BR": ("cavalhada-figurino.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A given and a family name of the region (the United States' when the region has none)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address at one of the region's providers (now and then the set's own domains), as people pick them."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
