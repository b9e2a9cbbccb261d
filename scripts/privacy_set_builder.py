"""The generator every privacy set from dev11 on is drawn with: one sheet that writes each value new
to the set and each line holding each value once, in the mix and order the sets share (phones,
e-mails, cards, IBANs, bank accounts, national ids, keys, passwords, mixed lines).

A set supplies its own texts (``SetTexts``: its lines, passwords, people and secrets modules) and
its seeds (and dev11 its own counts); the numbers and phones are drawn by ``privacy_cases_dev12_numbers`` and
``privacy_cases_dev12_phones`` for all of them. The sets' modules (``privacy_cases_dev11.py`` ...)
each hold their texts and their seeds, and call ``positives`` here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from privacy_cases import Case
from privacy_cases_dev12_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, NG_BANKS, as_printed, br_account, br_agency, bsb,
                                         card_number, cbu, clabe, iban_of, iban_printed, ifsc, national_id, nuban, routing_number, run,
                                         sort_code, transit, za_branch)
from privacy_cases_dev12_phones import PHONE_COUNTS, phone


@dataclass(frozen=True)
class SetTexts:
    """A set's own texts: its ``_lines``, ``_passwords``, ``_people`` and ``_secrets`` modules, and its counts."""

    lines: ModuleType
    passwords: ModuleType
    people: ModuleType
    secrets: ModuleType
    card_counts: dict[str, int] = field(default_factory=lambda: dict(CARD_COUNTS))
    iban_counts: dict[str, int] = field(default_factory=lambda: dict(IBAN_COUNTS))
    phone_counts: dict[str, int] = field(default_factory=lambda: dict(PHONE_COUNTS))
    """How many of each card brand, IBAN country and phone country the set holds (dev12's, unless given)."""


Make = Callable[[random.Random], str]


def put(template: str, **slots: str) -> str:
    """``template`` with each ``«key»`` it names among ``slots`` filled in (a slot is written in
    guillemets, so braces, dollars and percent signs stay as the tools print them)."""
    return re.sub(r"«(\w+)»", lambda m: slots.get(m.group(1), m.group(0)), template)


class _Turns:
    """Hands out a list's items in a shuffled order, every one before any comes round again."""

    def __init__(self, r: random.Random, items: list) -> None:
        self.r, self.items, self.queue = r, list(items), []

    def next(self):  # noqa: ANN201 - whatever the list holds
        if not self.queue:
            self.queue = self.r.sample(self.items, len(self.items))
        return self.queue.pop()


class _Sheet:
    """The set as it is written: every value drawn new to it, every line holding each value once."""

    def __init__(self, seed: int, texts: SetTexts) -> None:
        self.r, self.texts = random.Random(seed), texts
        self.taken: set[str] = set()
        self.cases: list[Case] = []

    def write(self, template: str, region: str, group: str, slots: dict[str, tuple[str, Make]], **words: str) -> None:
        for _ in range(400):
            drawn = {slot: (kind, make(self.r)) for slot, (kind, make) in slots.items()}
            values = [value for _, value in drawn.values()]
            if len(set(values)) < len(values) or self.taken.intersection(values):
                continue
            text = put(template, **words, **{slot: value for slot, (_, value) in drawn.items()})
            if "«" in text or any(text.count(v) != 1 for v in values) or _stray(text, values):
                continue
            self.taken.update(values)
            self.cases.append(Case(text, tuple(sorted(drawn.values(), key=lambda kv: text.index(kv[1]))), region, group))
            return
        raise AssertionError(f"nothing fresh fits {group}: {template}")


def _luhn_ok(number: str) -> bool:
    return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(int(c) for c in reversed(number))) % 10 == 0


def _stray(text: str, values: list[str]) -> bool:
    """Whether two values side by side make a run of digits that would pass for a card of its own
    (a sort code and an account number, say): such a draw is made again, so that every card-like run
    in a line is one labelled value."""
    spans = [(text.index(v), text.index(v) + len(v)) for v in values]
    for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", text):
        if _luhn_ok(re.sub(r"\D", "", m.group())) and not any(a <= m.start() and m.end() <= b for a, b in spans):
            return True
    return False


def _phones(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    english, links = _Turns(r, t.lines.PHONE_EN), _Turns(r, t.lines.PHONE_LINKS)
    local = {region: _Turns(r, lines) for region, lines in t.lines.PHONE_LOCAL.items()}
    for region, count in t.phone_counts.items():
        for _ in range(count):
            if r.random() < 0.08:
                template = links.next()
            elif region in local and region not in t.lines.ENGLISH and r.random() < (0.35 if region in ("IN", "PH", "PK") else 0.6):
                template = local[region].next()
            else:
                template = english.next()
            slot, form = ("vE", "e164") if "«vE»" in template else ("vW", "wa") if "«vW»" in template else ("v", "any")
            s.write(template, region, f"phone_{region}", {slot: ("phone", lambda rr, c=region, f=form: phone(rr, c, f))}, name=t.people.person(r, region))
    for region, template in t.lines.SIGNATURES:
        name = t.people.person(r, region)
        s.write(template, region, "signature", {"v": ("phone", lambda rr, c=region: phone(rr, c)),
                                                "e": ("email", lambda rr, c=region, n=name: t.people.mailbox(rr, c, n))}, name=name)


def _emails(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    for region, template in t.lines.EMAIL_LOCAL.items():
        name = t.people.person(r, region)
        s.write(template, region, "email", {"e": ("email", lambda rr, c=region, n=name: t.people.mailbox(rr, c, n))}, name=name)
    english = _Turns(r, t.lines.EMAIL_EN)
    for region in t.lines.EMAIL_REGIONS:
        name = t.people.person(r, region)
        s.write(english.next(), region, "email", {"e": ("email", lambda rr, c=region, n=name: t.people.mailbox(rr, c, n))}, name=name)


def _cards(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    english, unused_local = _Turns(r, t.lines.CARD_EN), dict(t.lines.CARD_LOCAL)
    for brand, count in t.card_counts.items():
        regions = _Turns(r, t.lines.CARD_REGIONS[brand])
        for _ in range(count):
            region = regions.next()
            template = unused_local.pop(region) if region in unused_local and r.random() < 0.7 else english.next()
            s.write(template, region, f"card_{brand}", {"v": ("card", lambda rr, b=brand: as_printed(rr, card_number(rr, b)))},
                    name=t.people.person(r, region))


def _ibans(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    english = _Turns(r, t.lines.IBAN_EN)
    for country, count in t.iban_counts.items():
        local = _Turns(r, t.lines.IBAN_LOCAL[country]) if country in t.lines.IBAN_LOCAL else None
        for i in range(count):
            template = local.next() if local and i % 2 == 0 else english.next()
            s.write(template, country, f"iban_{country}", {"v": ("account", lambda rr, c=country: iban_printed(rr, iban_of(rr, c)))},
                    name=t.people.person(r, country))


ACCOUNT_FORMATS: dict[str, tuple[str, int, Make, Make | None]] = {  # format: (region, lines, first value, second value)
    "us": ("US", 7, routing_number, lambda r: run(r, r.choice([8, 9, 10, 10, 12]))),
    "gb": ("GB", 4, sort_code, lambda r: run(r, 8)),
    "in": ("IN", 4, lambda r: str(r.randint(1, 9)) + run(r, r.choice([10, 11, 13, 14, 15])), ifsc),
    "au": ("AU", 2, bsb, lambda r: str(r.randint(1, 9)) + run(r, r.choice([5, 7, 8]))),
    "ca": ("CA", 2, transit, lambda r: run(r, 7)),
    "br": ("BR", 2, br_agency, br_account),
    "mx": ("MX", 3, clabe, None),
    "ng": ("NG", 3, lambda r: "", None),  # a NUBAN, drawn with its bank's code below
    "za": ("ZA", 2, za_branch, lambda r: str(r.randint(1, 9)) + run(r, r.choice([8, 9, 10]))),
    "ar": ("AR", 2, cbu, None),
}


def _accounts(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    for fmt, (region, count, first, second) in ACCOUNT_FORMATS.items():
        lines = _Turns(r, t.lines.ACCOUNT_LINES[fmt])
        for _ in range(count):
            words = {"name": t.people.person(r, region)}
            if fmt == "ng":
                bank = r.choice(sorted(NG_BANKS))
                slots = {"a": ("account", lambda rr, code=NG_BANKS[bank]: nuban(rr, code))}
                words["bank"] = bank
            else:
                slots = {"a": ("account", first)} | ({"b": ("account", second)} if second else {})
            s.write(lines.next(), region, f"account_{fmt}", slots, **words)


def _ids(s: _Sheet) -> None:
    t = s.texts
    for kind, (count, _, _) in NATIONAL_IDS.items():
        region, templates = t.lines.ID_LINES[kind]
        lines = _Turns(s.r, templates)
        for _ in range(count):
            s.write(lines.next(), region, f"id_{kind}", {"v": ("national_id", lambda rr, k=kind: national_id(rr, k))})


def _keys(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    spots, regions = _Turns(r, t.secrets.SPOTS), _Turns(r, t.secrets.SECRET_REGIONS)
    own = {fmt: _Turns(r, lines) for fmt, lines in t.secrets.OWN_SPOTS.items()}
    only = {fmt: _Turns(r, lines) for fmt, lines in t.secrets.ONLY_SPOTS.items()}
    for fmt, (count, make) in t.secrets.KEYS.items():
        for i in range(count):
            region = regions.next()
            if fmt == "aws":
                s.write(only["aws"].next(), region, "secret_aws", {"a": ("secret", make), "b": ("secret", t.secrets.aws_secret_key)})
                continue
            template = only[fmt].next() if fmt in only else own[fmt].next() if fmt in own and i % 3 == 0 else spots.next()
            maker = t.secrets.pkcs8_in_json if fmt == "private_key" and ".json" in template else make  # a JSON file holds the PKCS #8 form
            s.write(template, region, f"secret_{fmt}", {"v": ("secret", maker)}, n=t.secrets.NAMES.get(fmt, "API_KEY"), u=r.choice(t.passwords.ACCOUNTS))


COMMAND_REGIONS = ["US", "US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "AU", "NL", "PL", "ES", "MX", "SE", "JP", "NG"]
CONFIG_REGIONS = ["US", "US", "US", "IN", "GB", "DE", "BR", "FR", "CA", "NL", "ES"]


def _passwords(s: _Sheet) -> None:
    t = s.texts
    r = s.r
    regions = _Turns(r, COMMAND_REGIONS)
    for template, url_safe in t.passwords.COMMANDS:
        region = regions.next()
        slots = {"pw": ("secret", lambda rr, u=url_safe: t.passwords.password(rr, u))}
        if "«e»" in template:
            slots["e"] = ("email", lambda rr, c=region: t.people.mailbox(rr, c))
        s.write(template, region, "password_command", slots, u=r.choice(t.passwords.ACCOUNTS))
    config_regions = _Turns(r, CONFIG_REGIONS)
    for fmt, template in t.passwords.CONFIGS.items():
        region = config_regions.next()
        slots = {"pw": ("secret", lambda rr, u=fmt in t.passwords.URL_CONFIGS: t.passwords.password(rr, u))}
        if "«e»" in template:
            slots["e"] = ("email", lambda rr, c=region: t.people.mailbox(rr, c))
        s.write(template, region, f"password_config_{fmt}", slots, u=r.choice(t.passwords.ACCOUNTS))
    for region, templates in t.passwords.PROSE.items():
        for template in templates:
            s.write(template, region, "password_prose", {"pw": ("secret", lambda rr: t.passwords.password(rr))})
    for region, template, length in t.passwords.PINS:
        s.write(template, region, "password_pin", {"pw": ("secret", lambda rr, n=length: t.passwords.pin(rr, n))})


def _mixed(s: _Sheet) -> None:
    t = s.texts
    for region, template, kinds in t.lines.MIXED_LINES:
        name = t.people.person(s.r, region)
        makers: dict[str, tuple[str, Make]] = {
            "phone": ("phone", lambda rr, c=region: phone(rr, c)), "email": ("email", lambda rr, c=region, n=name: t.people.mailbox(rr, c, n)),
            "card": ("card", lambda rr: as_printed(rr, card_number(rr, rr.choice(["visa", "visa", "mastercard"])))),
            "ssn": ("national_id", lambda rr: national_id(rr, "us_ssn")),
        }
        s.write(template, region, "mixed", {kind: makers[kind] for kind in kinds}, name=name)


def positives(texts: SetTexts, seed: int) -> list[Case]:
    """The positive cases a set's ``texts`` and ``seed`` give."""
    sheet = _Sheet(seed, texts)
    for part in (_phones, _emails, _cards, _ibans, _accounts, _ids, _keys, _passwords, _mixed):
        part(sheet)
    return sheet.cases
