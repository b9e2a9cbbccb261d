"""People of the dev70 privacy set (``privacy_cases_dev70.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH and ZA; for the rest, where no more time was spent hunting, two of
dev30's (the ninth and tenth from the end of each list where it is that long, else its first two);
and the addresses they pick: a free provider of their country most often (dev40's table), a
knattleikr club's, a stoolball team's, a tar barrel night's, a horn dance's, a hobby horse festival's
or a coracle regatta's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Loretha", "Cleavon"), ("Hollinsworth", "Pettigrew-Oakes")),
    "GB": (("Winifrith", "Hildred"), ("Ravenscroft-Tull", "Quickenden")),
    "CA": (("Marie-Lumina", "Ulric-Arthur"), ("Desrochers-Lapointe", "Vaillancourt-Pelletier")),
    "IN": (("Thirunavukkarasu", "Kalaivani"), ("Sundaramurthy", "Chidambaranathan")),
    "DE": (("Hildeberta", "Ottokar"), ("Brotzeitmann", "Wiesengrund")),
    "NG": (("Oluwadarasimi", "Chukwuemelie"), ("Oyelaran-Adesina", "Nwachukwu-Eze")),
    "JP": (("Hidemitsu", "Rinnosuke"), ("Kuzuhara", "Tsukinowa")),
    "PH": (("Bituin-Hiraya", "Kalayaan"), ("Magsaysay-Tuazon", "Kalaw-Ledesma")),
    "ZA": (("Nomvuselelo", "Siphosethu"), ("Mkhwanazi-Dube", "Hlongwane-Zulu")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-10:-8] or given[:2], family[-10:-8] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("knattleikr-ice.org", "stoolball-green.net", "tarbarrel-square.org", "hornsdance-antlers.org",
        "obbyoss-teazers.net", "coracle-slipway.org")
LOCAL_ORGS = {"US": ("vermont-knattleikr.org",), "GB": ("stoolball-sussex.org.uk",), "CA": ("coracle-ottawa.ca",),
              "IN": ("coracle-hogenakkal.in",), "DE": ("knattleikr-verein.de",), "BR": ("regata-coracle.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of the region's people."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address of the region's people: a free provider's mostly, a club's now and then."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
