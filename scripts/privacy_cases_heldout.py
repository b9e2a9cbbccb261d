"""Labelled lines for ``bench_privacy.py``: the held-out set (since dev18 was moved, 2026-12-05).

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Keep it held out: whoever tunes the redactor tunes on tuning and dev2 to dev18, does
not read this file or ``privacy_cases_heldout_*.py``, and reads only this set's numbers (the bench
leaves its lines out of the JSON unless ``--show-heldout``).

Like dev7 to dev18 it is meant to be representative: what a personal agent's sensors record for
people around the world (chat apps, texts and DMs, e-mails and signatures, notes apps and daily
notes, voice-note and meeting transcripts, contacts, doorbell, smart-speaker and smart-home apps,
calendar invites, shell history and config files, OCR of notices, labels, cheques, passbooks, forms,
receipts and letters, browser and wallet autofill, banking, payroll and tax screens), common things
common (the countries most users live in, Visa and Mastercard, the keys of the most used services,
English first) and rare things at their rate. Its templates and wordings are its own (seeds 8629
for the positives, 9991 for the look-alikes): phones from a table of numbering plans and written
masks (``privacy_cases_dev12_phones.py``, shared with dev12), the other numbers from their issuers'
rules (``privacy_cases_dev12_numbers.py``, shared), people and their addresses
(``privacy_cases_heldout_people.py``), lines (``_lines``, ``_secrets``, ``_passwords``) and
look-alikes drawn from templates with typed fields (``_lookalikes``). Only ``Case`` comes from
``privacy_cases.py``.

Every personal value in a line is labelled, a second one too (the address in a signature or beside a
password on a command line or in a config, the card and phone of a mixed form). Kinds as in the
other sets: ``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs
included) and ``email``; a bank code written beside an account number (routing, sort, IFSC, BSB,
transit, branch and agency codes) is labelled with it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from privacy_cases import Case
from privacy_cases_heldout_lines import (ACCOUNT_LINES, CARD_EN, CARD_LOCAL, CARD_REGIONS, EMAIL_EN, EMAIL_LOCAL, EMAIL_REGIONS, ENGLISH,
                                       IBAN_EN, IBAN_LOCAL, ID_LINES, MIXED_LINES, PHONE_EN, PHONE_LINKS, PHONE_LOCAL, SIGNATURES, put)
from privacy_cases_heldout_lookalikes import lookalikes
from privacy_cases_dev12_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, NG_BANKS, as_printed, br_account, br_agency, bsb,
                                         card_number, cbu, clabe, iban_of, iban_printed, ifsc, national_id, nuban, routing_number, run,
                                         sort_code, transit, za_branch)
from privacy_cases_heldout_passwords import ACCOUNTS, COMMANDS, CONFIGS, PINS, PROSE, URL_CONFIGS, password, pin
from privacy_cases_heldout_people import mailbox, person
from privacy_cases_dev12_phones import PHONE_COUNTS, phone
from privacy_cases_heldout_secrets import KEYS, NAMES, ONLY_SPOTS, OWN_SPOTS, SECRET_REGIONS, SPOTS, aws_secret_key, pkcs8_in_json

__all__ = ["positives", "negatives"]

Make = Callable[[random.Random], str]


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

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
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
    r = s.r
    english, links = _Turns(r, PHONE_EN), _Turns(r, PHONE_LINKS)
    local = {region: _Turns(r, lines) for region, lines in PHONE_LOCAL.items()}
    for region, count in PHONE_COUNTS.items():
        for _ in range(count):
            if r.random() < 0.08:
                template = links.next()
            elif region in local and region not in ENGLISH and r.random() < (0.35 if region in ("IN", "PH", "PK") else 0.6):
                template = local[region].next()
            else:
                template = english.next()
            slot, form = ("vE", "e164") if "«vE»" in template else ("vW", "wa") if "«vW»" in template else ("v", "any")
            s.write(template, region, f"phone_{region}", {slot: ("phone", lambda rr, c=region, f=form: phone(rr, c, f))}, name=person(r, region))
    for region, template in SIGNATURES:
        name = person(r, region)
        s.write(template, region, "signature", {"v": ("phone", lambda rr, c=region: phone(rr, c)),
                                                "e": ("email", lambda rr, c=region, n=name: mailbox(rr, c, n))}, name=name)


def _emails(s: _Sheet) -> None:
    r = s.r
    for region, template in EMAIL_LOCAL.items():
        name = person(r, region)
        s.write(template, region, "email", {"e": ("email", lambda rr, c=region, n=name: mailbox(rr, c, n))}, name=name)
    english = _Turns(r, EMAIL_EN)
    for region in EMAIL_REGIONS:
        name = person(r, region)
        s.write(english.next(), region, "email", {"e": ("email", lambda rr, c=region, n=name: mailbox(rr, c, n))}, name=name)


def _cards(s: _Sheet) -> None:
    r = s.r
    english, unused_local = _Turns(r, CARD_EN), dict(CARD_LOCAL)
    for brand, count in CARD_COUNTS.items():
        regions = _Turns(r, CARD_REGIONS[brand])
        for _ in range(count):
            region = regions.next()
            template = unused_local.pop(region) if region in unused_local and r.random() < 0.7 else english.next()
            s.write(template, region, f"card_{brand}", {"v": ("card", lambda rr, b=brand: as_printed(rr, card_number(rr, b)))},
                    name=person(r, region))


def _ibans(s: _Sheet) -> None:
    r = s.r
    english = _Turns(r, IBAN_EN)
    for country, count in IBAN_COUNTS.items():
        local = _Turns(r, IBAN_LOCAL[country]) if country in IBAN_LOCAL else None
        for i in range(count):
            template = local.next() if local and i % 2 == 0 else english.next()
            s.write(template, country, f"iban_{country}", {"v": ("account", lambda rr, c=country: iban_printed(rr, iban_of(rr, c)))},
                    name=person(r, country))


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
    r = s.r
    for fmt, (region, count, first, second) in ACCOUNT_FORMATS.items():
        lines = _Turns(r, ACCOUNT_LINES[fmt])
        for _ in range(count):
            words = {"name": person(r, region)}
            if fmt == "ng":
                bank = r.choice(sorted(NG_BANKS))
                slots = {"a": ("account", lambda rr, code=NG_BANKS[bank]: nuban(rr, code))}
                words["bank"] = bank
            else:
                slots = {"a": ("account", first)} | ({"b": ("account", second)} if second else {})
            s.write(lines.next(), region, f"account_{fmt}", slots, **words)


def _ids(s: _Sheet) -> None:
    for kind, (count, _, _) in NATIONAL_IDS.items():
        region, templates = ID_LINES[kind]
        lines = _Turns(s.r, templates)
        for _ in range(count):
            s.write(lines.next(), region, f"id_{kind}", {"v": ("national_id", lambda rr, k=kind: national_id(rr, k))})


def _keys(s: _Sheet) -> None:
    r = s.r
    spots, regions = _Turns(r, SPOTS), _Turns(r, SECRET_REGIONS)
    own = {fmt: _Turns(r, lines) for fmt, lines in OWN_SPOTS.items()}
    only = {fmt: _Turns(r, lines) for fmt, lines in ONLY_SPOTS.items()}
    for fmt, (count, make) in KEYS.items():
        for i in range(count):
            region = regions.next()
            if fmt == "aws":
                s.write(only["aws"].next(), region, "secret_aws", {"a": ("secret", make), "b": ("secret", aws_secret_key)})
                continue
            template = only[fmt].next() if fmt in only else own[fmt].next() if fmt in own and i % 3 == 0 else spots.next()
            maker = pkcs8_in_json if fmt == "private_key" and ".json" in template else make  # a JSON file holds the PKCS #8 form
            s.write(template, region, f"secret_{fmt}", {"v": ("secret", maker)}, n=NAMES.get(fmt, "API_KEY"), u=r.choice(ACCOUNTS))


COMMAND_REGIONS = ["US", "US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "AU", "NL", "PL", "ES", "MX", "SE", "JP", "NG"]
CONFIG_REGIONS = ["US", "US", "US", "IN", "GB", "DE", "BR", "FR", "CA", "NL", "ES"]


def _passwords(s: _Sheet) -> None:
    r = s.r
    regions = _Turns(r, COMMAND_REGIONS)
    for template, url_safe in COMMANDS:
        region = regions.next()
        slots = {"pw": ("secret", lambda rr, u=url_safe: password(rr, u))}
        if "«e»" in template:
            slots["e"] = ("email", lambda rr, c=region: mailbox(rr, c))
        s.write(template, region, "password_command", slots, u=r.choice(ACCOUNTS))
    config_regions = _Turns(r, CONFIG_REGIONS)
    for fmt, template in CONFIGS.items():
        region = config_regions.next()
        slots = {"pw": ("secret", lambda rr, u=fmt in URL_CONFIGS: password(rr, u))}
        if "«e»" in template:
            slots["e"] = ("email", lambda rr, c=region: mailbox(rr, c))
        s.write(template, region, f"password_config_{fmt}", slots, u=r.choice(ACCOUNTS))
    for region, templates in PROSE.items():
        for template in templates:
            s.write(template, region, "password_prose", {"pw": ("secret", lambda rr: password(rr))})
    for region, template, length in PINS:
        s.write(template, region, "password_pin", {"pw": ("secret", lambda rr, n=length: pin(rr, n))})


def _mixed(s: _Sheet) -> None:
    for region, template, kinds in MIXED_LINES:
        name = person(s.r, region)
        makers: dict[str, tuple[str, Make]] = {
            "phone": ("phone", lambda rr, c=region: phone(rr, c)), "email": ("email", lambda rr, c=region, n=name: mailbox(rr, c, n)),
            "card": ("card", lambda rr: as_printed(rr, card_number(rr, rr.choice(["visa", "visa", "mastercard"])))),
            "ssn": ("national_id", lambda rr: national_id(rr, "us_ssn")),
        }
        s.write(template, region, "mixed", {kind: makers[kind] for kind in kinds}, name=name)


def positives(seed: int = 8629) -> list[Case]:
    """The positive cases of the held-out set."""
    sheet = _Sheet(seed)
    for part in (_phones, _emails, _cards, _ibans, _accounts, _ids, _keys, _passwords, _mixed):
        part(sheet)
    return sheet.cases


def negatives(seed: int = 9991) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))

