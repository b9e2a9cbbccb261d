"""People of the dev66 privacy set (``privacy_cases_dev66.py``): given and family names of its
regions, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given names of US and
IN and one of DE, NG and JP, the family names of US, GB, DE, IN, NG and JP and one of FR; for the rest, where no
more time was spent hunting, two of dev30's; and the addresses they pick: a free provider of their
country most often (dev40's table), a kirigami club's, a mölkky league's, a street piano project's, a
glowworm survey's, a conker championship's or a barn dance band's domain now and then. How a name
becomes an address is dev19's ``mailbox``."""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Zerelda", "Arvetta"), ("Hockaday", "Gilstrap")),
    "IN": (("Shashikala", "Nandkishore"), ("Thekkedath", "Chaturvedi-Joshi")),
    "GB": (_DEV30["GB"][0][-2:], ("Haworth-Booth", "Bolingbroke")),
    "DE": (("Hannelore-Sophie",) + _DEV30["DE"][0][-1:], ("Wolkenhauer", "Brettschneider")),
    "FR": (_DEV30["FR"][0][-2:], ("Le Goarnig",) + _DEV30["FR"][1][-1:]),
    "NG": (("Okwudili",) + _DEV30["NG"][0][-1:], ("Adeyemi-Bakare",)),
    "JP": (("Tadanobu",) + _DEV30["JP"][0][-1:], ("Shiozaki",)),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-2:], family[-2:])) for region, (given, family) in _DEV30.items()}
ORGS = ("kirigami-foldlines.org", "molkky-pinline.net", "keys-on-the-street.org", "glowworm-transects.org",
        "conker-strings.org", "barndance-callers.net")
LOCAL_ORGS = {"US": ("ozark-barndance.org",), "GB": ("ashton-conkers.org.uk",), "CA": ("molkky-laurentides.ca",),
              "IN": ("pune-kirigami.in",), "DE": ("strassenklavier-leipzig.de",), "BR": ("vagalume-contagem.org.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region``."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """The address a person of ``region`` (called ``name``) would have."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
