"""People of the dev72 privacy set (``privacy_cases_dev72.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE; for the rest, where no more time was spent hunting, two of
dev30's (the eleventh and twelfth from the end of each list where it is that long, else its first two);
and the addresses they pick: a free provider of their country most often (dev40's table), a
klootschieten club's, a buzkashi match's, a lawn bowls club's, a letterboxing walk's, a punkin chunkin
contest's or a real tennis court's domain now and then. How a name becomes an address is dev19's
``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Zerubbabel", "Cornelius-Ray"), ("Wickersham", "Halloway-Birch")),
    "GB": (("Hesperus", "Tamsin-Rae"), ("Hesketh", "Marchbank")),
    "CA": (("Saoirse-Lune", "Lisgar"), ("Beaupré", "Lalonde-Finch")),
    "IN": (("Vishalakshi", "Chandrashekhara"), ("Gangadharan", "Perumbudur")),
    "DE": (("Ortwin-Jost", "Sigiswald"), ("Schellenberger", "Holunderbusch")),
    "NG": (("Chimamanda-Ife", "Nnaemeka-Uche"), ("Ugochukwu-Eze", "Anyanwu-Okeke")),
    "JP": (("Tokimune", "Yasunari"), ("Kirishima", "Hachisuka")),
    "PH": (("Mayumi-Liwayway", "Amihan-Joy"), ("Dumaguing-Reyes", "Panganiban-Luna")),
    "ZA": (("Luvuyo", "Zandile-Grace"), ("Mkhabela-Dube", "Ngcobo-Mahlaba")),
    "KE": (("Nyokabi-Wairimu", "Kiplagat-Rono"), ("Chepkoech-Tanui", "Wambugu-Kariuki")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-12:-10] or given[:2], family[-12:-10] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("kloot-lanes.org", "buzkashi-field.net", "bowls-rinks.org", "letterbox-moor.net",
        "chunkin-field.org", "dedans-court.net")
LOCAL_ORGS = {"US": ("sussex-chunkin.org",), "GB": ("dartmoor-letterbox.org.uk",), "CA": ("muskoka-letterbox.ca",),
              "IN": ("nashik-trebuchet.in",), "DE": ("bosseln-nordhorn.de",), "BR": ("bocha-holambra.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of the region's people."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address of the region's people: a free provider's mostly, a club's now and then."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
