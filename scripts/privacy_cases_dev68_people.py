"""People of the dev68 privacy set (``privacy_cases_dev68.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, IN, NG, JP, KR, PH and ZA and one given and both family names of DE; for the rest, where no more
time was spent hunting, two of dev30's (the third and fourth from the end of each list, as dev67 took
them, are not taken again: the fifth and sixth from the end where a list is that long, else its
first two); and the addresses they pick: a free provider of their country most often (dev40's
table), a pickleball club's, a quoits league's, a mummers troupe's, a maypole dancers', a pancake
race's or a worm charming contest's domain now and then. How a name becomes an address is dev19's
``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Delphinia", "Lavonna"), ("Vanderkolk", "Quattlebaum")),
    "GB": (("Ermintrude", "Aethelstan"), ("Oddiehurst", "Pennycuick")),
    "IN": (("Sulakshana", "Chakrapani"), ("Thirumalachar", "Sankaranarayanan")),
    "DE": (("Hildegunde",) + _DEV30["DE"][0][:1], ("Knoblauch", "Zwiebelhuber")),
    "NG": (("Oluwaseyifunmi", "Ifeanyichukwu"), ("Okonkwo-Adeyemi",)),
    "JP": (("Hidemasa", "Chiharu"), ("Kanbayashi", "Tsukigata")),
    "KR": (("Haneul-bit", "Yeoreum"), ("Sagong-Dongbang", "Jegal-Namgung")),
    "PH": (("Ligaya-Marisse", "Dalisay-Luningning"), ("Pangilinan-Soriano", "Evangelista-Macaraeg")),
    "ZA": (("Nomvuyiseko", "Sakhumzi"), ("Nxumalo-Sithole", "Magubane-Zulu")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-6:-4] or given[:2], family[-6:-4] or family[:2])) for region, (given, family) in _DEV30.items()}
ORGS = ("dinkline-paddlers.org", "quoits-claybed.net", "mummers-tour.org", "maypole-ribbons.org",
        "pancake-heats.org", "wormcharming-plots.net")
LOCAL_ORGS = {"US": ("austin-picklers.org",), "GB": ("willenhall-wormcharm.org.uk",), "CA": ("pickleball-regina.ca",),
              "IN": ("pune-picklers.in",), "DE": ("maibaum-freunde-aue.de",), "BR": ("picleball-curitiba.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A name from ``region`` (this set's)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address at a provider or organisation for ``region``, from ``name`` when given."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
