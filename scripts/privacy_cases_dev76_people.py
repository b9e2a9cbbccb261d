"""People of the dev76 privacy set (``privacy_cases_dev76.py``): the names its lines carry, by
region, none in an earlier set's modules or lines, nor in the commit messages, neither as written nor
folded to the ASCII an address takes (checked by a script; picked by hand): the given and family names
of US, GB, CA, IN, DE, NG, JP, PH, ZA and KE. Other regions take the last two names of each of
dev30's lists (the first two, as dev75's, tried first, drew a Mexican address an earlier set holds).
The organisations people write from are a dwile flonking league's, a bottle kicking village's, a
bottomless boat regatta's, a tuna toss's, an ice breakup lottery's and a paddy cattle race's, and a
few local ones; free mail providers are dev40's table, imported.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_people as _dev19
from privacy_cases_dev30_people import FOLKS as _DEV30
from privacy_cases_dev40_people import PROVIDERS

__all__ = ["FOLKS", "LOCAL_ORGS", "ORGS", "PROVIDERS", "mailbox", "person"]

_OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # region: (given names, family names)
    "US": (("Jebediah", "Clarabelle"), ("Whitcomb", "Stackhouse")),
    "GB": (("Aloysius", "Thisbe"), ("Twitchett", "Gedge")),
    "CA": (("Marcellin", "Berthe"), ("Bissonnette", "Marchessault")),
    "IN": (("Sharmistha", "Trilok"), ("Gangopadhyay", "Vengsarkar")),
    "DE": (("Wolfhart", "Ermengard"), ("Kretschmer", "Vogelsang")),
    "NG": (("Nneoma", "Ugochi"), ("Ogunbiyi", "Odukoya")),
    "JP": (("Yoshinori", "Emiko"), ("Matsuzaki", "Okuda")),
    "PH": (("Lilibeth", "Sofronio"), ("Tupas", "Calalang")),
    "ZA": (("Zwelethu", "Hlengiwe"), ("Mavuso", "Moloi")),
    "KE": (("Kamande", "Kavata"), ("Kilonzo", "Ndambuki")),
}
FOLKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    region: _OWN.get(region, (given[-2:], family[-2:])) for region, (given, family) in _DEV30.items()}
ORGS = ("waveney-dwileflonkers.org", "hallaton-bottlekick.club", "henleyontodd-regatta.org", "tunarama-tunatoss.net",
        "tanana-breakup-pool.org", "pacujawi-tanahdatar.id")
LOCAL_ORGS = {"US": ("fairbanks-tripod-watchers.us",), "GB": ("bungay-flonking-girter.org.uk",), "CA": ("whitehorse-icepool.ca",),
              "IN": ("udupi-kambala-track.in",), "DE": ("dwileverein-leer.de",), "BR": ("regata-rio-seco.com.br",)}


def person(r: random.Random, region: str) -> str:
    """A made-up name as it is common in ``region`` (dev19's maker with this set's names)."""
    return _dev19.person(r, region, FOLKS)


def mailbox(r: random.Random, region: str, name: str | None = None) -> str:
    """An address a person of ``region`` would have (dev19's maker with this set's names and orgs)."""
    return _dev19.mailbox(r, region, name, folks=FOLKS, providers=PROVIDERS, orgs=ORGS, local_orgs=LOCAL_ORGS)
