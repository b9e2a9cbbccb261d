"""Labelled lines for ``bench_privacy.py``: dev10, the held-out set from 2026-12-04 (written after
dev9 was moved; measured once at 5977d51, recall 0.9703 and precision 0.9649) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev9; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 to dev9 it is meant to be representative: what a personal agent's sensors record for
people around the world, common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates, generators and wordings are its own (seeds 7919 for the positives, 5651 for the
look-alikes); ``Case`` and the Luhn, grouping, digit and mod-97 helpers come from
``privacy_cases.py``.

Every personal value in a line is labelled, the second one too (the address in a signature, beside a
password on a command line, in a mixed form). Kinds as in the other sets: ``phone``, ``card``,
``account``, ``national_id``, ``secret`` (passwords and PINs included) and ``email``; a bank code
written beside an account number (routing, sort, IFSC, BSB, transit, branch codes) is labelled with
it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

from privacy_cases import Case
from privacy_cases_dev10_lines import (ACCOUNT_LINES, CARD_EN, CARD_LOCAL, EMAIL_EN, EMAIL_LOCAL, ENGLISH, IBAN_EN, IBAN_LOCAL, ID_LINES,
                                       MIXED_LINES, PHONE_EN, PHONE_LOCAL, SIGNATURES, email_address, fill, user_name)
from privacy_cases_dev10_lookalikes import lookalikes
from privacy_cases_dev10_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, NUBAN_BANKS, PHONE_COUNTS, aba_routing, bsb, ca_transit,
                                         card, card_written, cbu, clabe, iban_written, ifsc, national_id, new_iban, nuban, phone, sort_code,
                                         za_branch)
from privacy_cases_dev10_passwords import COMMANDS, CONFIGS, PINS, PROSE, URL_CONFIGS, USERS, password, pin
from privacy_cases_dev10_secrets import HEADERS, KEYS, PLACES, SPECIAL, VARS, aws_secret

__all__ = ["positives", "negatives"]

Maker = Callable[[random.Random], str]


class _Deck:
    """Deals a list's items in shuffled order, all of them before any comes again."""

    def __init__(self, r: random.Random, items: list) -> None:
        self.r, self.items, self.left = r, list(items), []

    def deal(self):  # noqa: ANN201 - whatever the list holds
        if not self.left:
            self.left = list(self.items)
            self.r.shuffle(self.left)
        return self.left.pop()


class _Writer:
    """Writes cases whose values are new to the set and appear once in their line."""

    def __init__(self, r: random.Random) -> None:
        self.r, self.used = r, set()

    def case(self, template: str, slots: Mapping[str, tuple[str, Maker]], region: str, group: str, **words: str) -> Case:
        for _ in range(500):
            drawn = {slot: (kind, make(self.r)) for slot, (kind, make) in slots.items()}
            values = [v for _, v in drawn.values()]
            if len(set(values)) < len(values) or any(v in self.used for v in values):
                continue
            text = fill(template, **words, **{slot: v for slot, (_, v) in drawn.items()})
            if all(text.count(v) == 1 for v in values):
                self.used.update(values)
                labelled = sorted(drawn.values(), key=lambda kv: text.index(kv[1]))
                return Case(text, tuple(labelled), region, group)
        raise AssertionError(f"no fresh value fits {group}")


def _phone_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    english = _Deck(r, PHONE_EN)
    for region, count in PHONE_COUNTS.items():
        local = _Deck(r, PHONE_LOCAL[region]) if region in PHONE_LOCAL else english
        for i in range(count):
            deck = english if region in ENGLISH or i % 2 else local
            out.append(w.case(deck.deal(), {"v": ("phone", lambda rr, c=region: phone(rr, c))}, region, f"phone_{region}",
                              name=user_name(r, region)))
    for region, template in SIGNATURES:
        name = user_name(r, region)
        out.append(w.case(template, {"v": ("phone", lambda rr, c=region: phone(rr, c)),
                                     "e": ("email", lambda rr, c=region, n=name: email_address(rr, c, n))}, region, "signature", name=name))
    return out


def _email_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    english = _Deck(r, EMAIL_EN)
    for region, template in EMAIL_LOCAL.items():
        name = user_name(r, region)
        out.append(w.case(template, {"e": ("email", lambda rr, c=region, n=name: email_address(rr, c, n))}, region, "email", name=name))
    for region in ["US"] * 8 + ["IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "BR", "DE"]:
        name = user_name(r, region)
        out.append(w.case(english.deal(), {"e": ("email", lambda rr, c=region, n=name: email_address(rr, c, n))}, region, "email", name=name))
    return out


CARD_REGIONS = {"visa": ["US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "ES", "NG", "PH"],
                "mastercard": ["US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "JP"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"]}


def _card_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    english = _Deck(r, CARD_EN)
    local = {region: _Deck(r, [template]) for region, template in CARD_LOCAL.items()}
    for brand, count in CARD_COUNTS.items():
        regions = _Deck(r, CARD_REGIONS[brand])
        for _ in range(count):
            region = regions.deal()
            deck = local.pop(region) if region in local and r.random() < 0.6 else english
            out.append(w.case(deck.deal(), {"v": ("card", lambda rr, b=brand: card_written(rr, card(rr, b)))}, region, f"card_{brand}",
                              name=user_name(r, region)))
    return out


def _iban_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    english = _Deck(r, IBAN_EN)
    for country, count in IBAN_COUNTS.items():
        local = _Deck(r, IBAN_LOCAL[country]) if country in IBAN_LOCAL else english
        for i in range(count):
            deck = local if i % 2 == 0 else english
            out.append(w.case(deck.deal(), {"v": ("account", lambda rr, c=country: iban_written(rr, new_iban(rr, c)))}, country,
                              f"iban_{country}", name=user_name(r, country)))
    return out


ACCOUNTS: dict[str, tuple[str, int, Maker, Maker | None]] = {  # format: (region, lines, first part, second part)
    "us": ("US", 6, aba_routing, lambda r: str(r.randint(10**7, 10**12 - 1))),
    "gb": ("GB", 4, sort_code, lambda r: f"{r.randint(10**7, 10**8 - 1)}"),
    "in": ("IN", 4, lambda r: str(r.randint(10**10, 10**16 - 1)), ifsc),
    "au": ("AU", 2, bsb, lambda r: str(r.randint(10**5, 10**9 - 1))),
    "ca": ("CA", 2, ca_transit, lambda r: f"{r.randint(10**6, 10**7 - 1)}"),
    "br": ("BR", 2, lambda r: f"{r.randint(1, 9999):04d}", lambda r: f"{r.randint(10**4, 10**8 - 1)}-{r.randint(0, 9)}"),
    "mx": ("MX", 3, clabe, None),
    "ng": ("NG", 3, lambda r: "", None),  # a NUBAN, drawn below with its bank's code
    "za": ("ZA", 2, za_branch, lambda r: str(r.randint(10**8, 10**11 - 1))),
    "ar": ("AR", 2, cbu, None),
}


def _account_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    for fmt, (region, count, first, second) in ACCOUNTS.items():
        lines = _Deck(r, ACCOUNT_LINES[fmt])
        for _ in range(count):
            name = user_name(r, region)
            if fmt == "ng":
                bank = r.choice(list(NUBAN_BANKS))
                out.append(w.case(lines.deal(), {"a": ("account", lambda rr, b=NUBAN_BANKS[bank]: nuban(rr, b))}, region, "account_ng",
                                  name=name, bank=bank))
                continue
            slots = {"a": ("account", first)} | ({"b": ("account", second)} if second else {})
            out.append(w.case(lines.deal(), slots, region, f"account_{fmt}", name=name))
    return out


def _id_cases(w: _Writer) -> list[Case]:
    out = []
    for kind, (count, _, _) in NATIONAL_IDS.items():
        region, templates = ID_LINES[kind]
        lines = _Deck(w.r, templates)
        for _ in range(count):
            out.append(w.case(lines.deal(), {"v": ("national_id", lambda rr, k=kind: national_id(rr, k))}, region, f"id_{kind}"))
    return out


KEY_REGIONS = ["US", "US", "US", "US", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP"]


def _key_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    places, regions = _Deck(r, PLACES), _Deck(r, KEY_REGIONS)
    for fmt, (count, make) in KEYS.items():
        for i in range(count):
            region = regions.deal()
            if fmt == "aws":
                template = SPECIAL["aws"][i % 2]
                out.append(w.case(template, {"a": ("secret", make), "b": ("secret", aws_secret)}, region, "secret_aws"))
                continue
            if fmt in SPECIAL:
                template = SPECIAL[fmt][i % len(SPECIAL[fmt])]
            elif fmt in HEADERS and i % 3 == 1:
                template = HEADERS[fmt][(i // 3) % len(HEADERS[fmt])]
            else:
                template = places.deal()
            out.append(w.case(template, {"v": ("secret", make)}, region, f"secret_{fmt}", n=VARS.get(fmt, "API_KEY")))
    return out


COMMAND_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "AU", "ES", "NL", "PL", "MX"]


def _password_cases(w: _Writer) -> list[Case]:
    r, out = w.r, []
    regions = _Deck(r, COMMAND_REGIONS)
    for template, url_safe in COMMANDS:
        region = regions.deal()
        slots = {"pw": ("secret", lambda rr, s=url_safe: password(rr, s))}
        if "{e}" in template:
            slots["e"] = ("email", lambda rr, c=region: email_address(rr, c))
        out.append(w.case(template, slots, region, "password_command", u=r.choice(USERS)))
    config_regions = _Deck(r, ["US", "US", "IN", "GB", "DE", "BR", "FR", "NL", "CA"])
    for fmt, template in CONFIGS.items():
        out.append(w.case(template, {"pw": ("secret", lambda rr, s=fmt in URL_CONFIGS: password(rr, s))}, config_regions.deal(),
                          f"password_config_{fmt}", u=r.choice(USERS)))
    for region, templates in PROSE.items():
        for template in templates:
            out.append(w.case(template, {"pw": ("secret", lambda rr: password(rr, False))}, region, "password_prose"))
    for region, template, length in PINS:
        out.append(w.case(template, {"pw": ("secret", lambda rr, n=length: pin(rr, n))}, region, "password_pin"))
    return out


def _mixed_cases(w: _Writer) -> list[Case]:
    makers: dict[str, tuple[str, Maker]] = {
        "phone": ("phone", lambda rr: phone(rr, "US")), "email": ("email", lambda rr: email_address(rr, "US")),
        "card": ("card", lambda rr: card_written(rr, card(rr, rr.choice(["visa", "visa", "mastercard"])))),
        "ssn": ("national_id", lambda rr: national_id(rr, "us_ssn")),
    }
    return [w.case(template, {k: makers[k] for k in kinds}, "US", "mixed", name=user_name(w.r, "US")) for template, kinds in MIXED_LINES]


def positives(seed: int = 7919) -> list[Case]:
    """The positive cases of dev10."""
    w = _Writer(random.Random(seed))
    return (_phone_cases(w) + _email_cases(w) + _card_cases(w) + _iban_cases(w) + _account_cases(w) + _id_cases(w) + _key_cases(w)
            + _password_cases(w) + _mixed_cases(w))


def negatives(seed: int = 5651) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
