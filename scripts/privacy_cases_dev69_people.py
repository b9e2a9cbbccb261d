"""People of the dev69 privacy set (``privacy_cases_dev69.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, IN, DE, NG, JP, KR, PH and ZA; for the rest, where no more time was spent hunting, two of
dev30's (the seventh and eighth from the end of each list where it is that long, else its first two);
and the addresses they pick: a free provider of their country most often (dev40's table), a bunnock
league's, a sheaf toss's, a cheese rolling's, a duck race's, a bog snorkelling championship's or an
egg jarping contest's domain now and then. How a name becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Marvaline", "Odessie"), ("Quarternight", "Wimberley-Haskins")),
    "GB": (("Wilfreda", "Lutwidge"), ("Fotheringay", "Nettlefold")),
    "IN": (("Jyotiraditya", "Hemavathi"), ("Venkataraghavan", "Purushothaman")),
    "DE": (("Gisberta", "Liebfried"), ("Pfefferkorn", "Rotkohlbauer")),
    "NG": (("Ifechukwu", "Ozioma"), ("Adebayo-Ogunleye", "Nnaemeka-Obi")),
    "JP": (("Tsunemori", "Kiyohiko"), ("Higashikuni", "Sakuragawa")),
    "KR": (("Bomnal", "Byeolha"), ("Namgoong", "Jaegal")),
    "PH": (("Tala-Mayumi", "Dalisay-Amihan"), ("Dalangin", "Pagulayan")),
    "ZA": (("Lwandiswa", "Zenande"), ("Ntuli-Mabaso", "Gumede-Shabalala")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-8:-6] or given[:2], family[-8:-6] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("bunnock-bones.org", "sheaftoss-show.net", "cheeseroll-hill.org", "duckrace-weir.org",
        "bogsnorkel-trench.net", "eggjarping-pub.org")
LOCAL_ORGS = {"US": ("fargo-bunnockers.org",), "GB": ("bogsnorkel-llan.org.uk",), "CA": ("bunnock-macklin.ca",),
              "IN": ("duckrace-kochi.in",), "DE": ("garbenwurf-verein.de",), "BR": ("corrida-patos.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A name of ``region`` from this set's people."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address for ``name`` (or someone of ``region``), by dev19's ``mailbox`` with this set's people."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
