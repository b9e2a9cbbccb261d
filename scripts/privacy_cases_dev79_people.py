"""People of the dev79 privacy set (``privacy_cases_dev79.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the whole of each of dev30's lists
(as dev78 did).

Its organisations' mail domains: an Argungu fishing festival's committee, a Naha tug-of-war rope
guild, a Markgröningen race's shepherds' guild, a snake boat club on Punnamada, an Angono giants'
workshop and a Masterton shears committee, and local ones in US, GB, CA, IN, DE and BR.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # given names, family names
    "US": (("Alvina", "Lenora"), ("Scoggins", "Poteet")),
    "GB": (("Oriel", "Osric"), ("Ramsbotham", "Satterthwaite")),
    "CA": (("Bernadin", "Aldège"), ("MacLellan", "Brideau")),
    "IN": (("Anvesha", "Keshav"), ("Talwalkar", "Satpathy")),
    "DE": (("Wiltrud", "Heribert"), ("Kettelhack", "Ziegenbalg")),
    "NG": (("Tamunosiki", "Boladale"), ("Egbuna", "Akinrinade")),
    "JP": (("Fuyuko", "Kazunari"), ("Mizoguchi", "Kikkawa")),
    "PH": (("Ditas", "Jhonel"), ("Agoncillo", "Sumakwel")),
    "ZA": (("Anneliese", "Marlize"), ("Terblanche", "Kgosana")),
    "KE": (("Bosibori", "Nduku"), ("Nyakundi", "Mokaya")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (tuple(given), tuple(family))) for region, (given, family) in _DEV30.items()}
ORGS = ("argungu-fishers.org.ng", "otsunahiki-rope.jp", "schaeferlauf-zunft.de", "punnamada-chundan.in",
        "angono-higante.ph", "masterton-shears.nz")
LOCAL_ORGS = {"US": ("birling-club.us",), "GB": ("yukigassen-britain.uk",), "CA": ("snowfort-league.ca",),
              "IN": ("vanchipattu-sangam.in",), "DE": ("wassertraegerinnen.de",), "BR": ("cabo-de-guerra.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name for ``region``: this set's own for the ten regions above, dev30's lists elsewhere."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An e-mail address for ``region`` (``name``'s, where one is given), at a provider or an organisation."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
