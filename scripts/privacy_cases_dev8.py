"""Labelled lines for ``bench_privacy.py``: dev8, the held-out set from 2026-12-04 (written after
dev7 was moved; measured once at 1377d89, recall 0.9741 and precision 0.9741) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev7; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7, and unlike dev6, it is meant to be representative: what a personal agent's sensors
record for people around the world, common things common (the countries most users live in, Visa
and Mastercard, the keys of the most used services, English first) and rare things at their rate.
Its sentences and sources are new (window titles, notifications, shell commands, notes, chat,
calendar entries, webhook payloads, config files, mail, forms, screenshots' OCR text) and its values
freshly drawn, seeds 3119 (positives) and 4523 (look-alikes); ``Case`` and the Luhn and mod-97
helpers come from ``privacy_cases.py``.

Conventions as in the other sets: kinds ``phone``, ``card``, ``account``, ``national_id``,
``secret`` (passwords and PINs included) and ``email``; a bank or branch code written beside an
account number is labelled with it; hashes, UUIDs, trace ids and public codes are look-alikes.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from privacy_cases import Case, digits
from privacy_cases_dev8_lines import (ACCOUNT_LINES, CARD_LINES, EMAIL_LINES, ENGLISH, IBAN_LINES, IBAN_LOCAL, ID_LINES, MIXED_LINES,
                                         PHONE_LINES, PHONE_LINES_EN, PHONE_LOCAL, SIGNATURE_LINES, email_address, user_name)
from privacy_cases_dev8_lookalikes import lookalikes
from privacy_cases_dev8_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, NUBAN_BANKS, PHONE_COUNTS, aba, card, card_shown, clabe,
                                           iban_shown, ifsc, national_id, new_iban, nuban, phone)
from privacy_cases_dev8_passwords import PASSWORD_COMMANDS, PASSWORD_CONFIGS, PASSWORD_PROSE, PIN_LINES
from privacy_cases_dev8_secrets import CODE_PLACES, HEADER_FORMATS, HEADER_PLACES, KEY_PLACES, KEYS, URL_UNSAFE, password, pin

__all__ = ["positives", "negatives"]

REGIONS = ["US"] * 6 + ["IN"] * 3 + ["BR", "BR", "GB", "GB", "DE", "MX", "FR", "ID", "PH", "NG", "CA", "ES", "IT", "AU", "PK", "TR", "KE", "VN"]


class _Templates:
    """Hands out a list's templates in a shuffled order, each once before any repeats."""

    def __init__(self, r: random.Random, templates: list) -> None:
        self.r, self.templates, self.queue = r, templates, []

    def next(self):  # noqa: ANN201 - a template of whatever shape the list holds
        if not self.queue:
            self.queue = list(self.templates)
            self.r.shuffle(self.queue)
        return self.queue.pop()


def _phone_cases(r: random.Random) -> list[Case]:
    out, general, english = [], _Templates(r, PHONE_LINES), _Templates(r, PHONE_LINES_EN)
    for region, count in PHONE_COUNTS.items():
        local = _Templates(r, PHONE_LOCAL[region]) if region in PHONE_LOCAL else english
        for i in range(count):
            value = phone(r, region, i + r.randrange(4))
            template = (local if i % 2 == 0 else general).next() if region not in ENGLISH else (english, english, general)[i % 3].next()
            out.append(Case(template.format(v=value), (("phone", value),), region, f"phone_{region}"))
    sigs = _Templates(r, SIGNATURE_LINES)
    for region in ["US", "US", "IN", "GB", "BR", "DE", "MX", "CA"]:
        name = user_name(r, region)
        tel, mail = phone(r, region), email_address(r, region, name)
        out.append(Case(sigs.next().format(name=name, v=tel, e=mail), (("phone", tel), ("email", mail)), region, "signature"))
    return out


def _email_cases(r: random.Random) -> list[Case]:
    regions = ["US"] * 7 + ["IN"] * 3 + ["BR", "BR", "GB", "GB", "DE", "MX", "FR", "ID", "PH", "NG", "CA", "ES", "JP", "KR", "TR", "ZA"]
    lines, out = _Templates(r, EMAIL_LINES), []
    for region in regions:
        name = user_name(r, region)
        mail = email_address(r, region, name)
        out.append(Case(lines.next().format(e=mail, name=name), (("email", mail),), region, "email"))
    return out


def _card_and_iban_cases(r: random.Random) -> list[Case]:
    out, lines = [], _Templates(r, CARD_LINES)
    for brand, count in CARD_COUNTS.items():
        for i in range(count):
            shown = card_shown(card(r, brand), (i + 1) % 3)
            region = {"jcb": "JP", "unionpay": "GB"}.get(brand) or r.choice(REGIONS)
            out.append(Case(lines.next().format(v=shown), (("card", shown),), region, f"card_{brand}"))
    general = _Templates(r, IBAN_LINES)
    for country, count in IBAN_COUNTS.items():
        local = _Templates(r, IBAN_LOCAL.get(country, IBAN_LINES))
        for i in range(count):
            shown = iban_shown(new_iban(r, country), i)
            out.append(Case((local if i % 2 == 0 else general).next().format(v=shown), (("account", shown),), country, f"iban_{country}"))
    return out


def _account_cases(r: random.Random) -> list[Case]:
    makers: dict[str, Callable[[], tuple[str, ...]]] = {
        "us": lambda: (aba(r), digits(r, r.choice([8, 10, 12]))), "gb": lambda: (f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", digits(r, 8)),
        "in": lambda: (digits(r, r.choice([11, 12, 14, 15])), ifsc(r)), "au": lambda: (f"{r.choice(['06', '08', '03', '01'])}{r.randint(2, 9)}-{digits(r, 3)}", digits(r, r.choice([8, 9]))),
        "ca": lambda: (f"{digits(r, 5)}-{r.choice(['001', '002', '003', '004', '006', '010'])}", digits(r, 7)),
        "br": lambda: (digits(r, 4), f"{digits(r, r.choice([5, 6, 8]))}-{r.randint(0, 9)}"), "mx": lambda: (clabe(r),),
    }
    counts = {"us": 8, "gb": 4, "in": 5, "au": 2, "ca": 2, "br": 3, "mx": 2, "ng": 2}
    out = []
    for fmt, count in counts.items():
        templates = _Templates(r, ACCOUNT_LINES[fmt])
        for _ in range(count):
            if fmt == "ng":  # the bank's name is written beside the NUBAN, not labelled
                bank = r.choice(sorted(NUBAN_BANKS))
                value = nuban(r, bank)
                text, values = templates.next().format(NUBAN_BANKS[bank], value), (("account", value),)
            else:
                parts = makers[fmt]()
                text, values = templates.next().format(*parts), tuple(("account", v) for v in parts)
            out.append(Case(text, values, fmt.upper(), f"account_{fmt}"))
    return out


def _id_cases(r: random.Random) -> list[Case]:
    out = []
    for kind, (count, _, _, region) in NATIONAL_IDS.items():
        lines = _Templates(r, ID_LINES[kind])
        for _ in range(count):
            value = national_id(r, kind)
            out.append(Case(lines.next().format(v=value), (("national_id", value),), region, f"id_{kind}"))
    return out


def _password_fits(value: str, template: str) -> bool:
    """A password in a URL, a user:pass pair or a shell word holds nothing that would end it there,
    and does not end in sentence punctuation."""
    if value[-1] in ".,?!":
        return False
    if "://" in template or any(f"{{u}}{sep}{{pw}}" in template for sep in ":%,/"):
        return not set(value) & URL_UNSAFE
    return not set(value) & set("'\"\\ ;`$&|<>(){}!#*?")


def _fresh_password(r: random.Random, template: str, used: set[str]) -> str:
    """A password that fits ``template`` and is not already in the set."""
    pw = password(r)
    while not _password_fits(pw, template) or pw in used:
        pw = password(r)
    used.add(pw)
    return pw


def _key_template(fmt: str, i: int, places: _Templates, headers: _Templates, code: _Templates | None) -> str:
    if code is not None and i < len(CODE_PLACES[fmt]):
        return code.next()
    if fmt in HEADER_FORMATS and i == 1:
        return headers.next()
    return places.next()


def _secret_cases(r: random.Random) -> list[Case]:
    out, places, headers = [], _Templates(r, KEY_PLACES), _Templates(r, HEADER_PLACES)
    for fmt, (count, maker, env, svc) in KEYS.items():
        code = _Templates(r, CODE_PLACES[fmt]) if fmt in CODE_PLACES else None
        for i in range(count):
            value = maker(r)
            text = _key_template(fmt, i, places, headers, code).format(v=value, env=env, env_lower=env.lower(), svc=svc)
            out.append(Case(text, (("secret", value),), r.choice(REGIONS), f"secret_{fmt}"))
    used: set[str] = set()
    users = ["admin", "root", "kavya", "mlopez", "svc_backup", "tunde", "deploy", "beatriz.s", "felixw", "ops"]
    for template in PASSWORD_COMMANDS:
        pw = _fresh_password(r, template, used)
        out.append(Case(template.format(pw=pw, u=r.choice(users)), (("secret", pw),), r.choice(REGIONS), "password_command"))
    for fmt, templates in PASSWORD_CONFIGS.items():
        for template in templates:
            pw = _fresh_password(r, template, used)
            out.append(Case(template.format(pw=pw, u=r.choice(users)), (("secret", pw),), r.choice(REGIONS), f"password_config_{fmt}"))
    for region, template in PASSWORD_PROSE:
        pw = _fresh_password(r, template, used)
        out.append(Case(template.format(pw=pw), (("secret", pw),), region, "password_prose"))
    for region, template, n in PIN_LINES:
        value = pin(r, n)
        out.append(Case(template.format(pw=value), (("secret", value),), region, "password_pin"))
    return out


def _mixed_cases(r: random.Random) -> list[Case]:
    """Forms and payloads holding several kinds at once, as a checkout page or a CRM webhook does."""
    out = []
    for region, template in MIXED_LINES:
        name = user_name(r, region)
        values = {"e": email_address(r, region, name), "p": phone(r, region),
                  "c": card_shown(card(r, r.choice(["visa", "visa", "mastercard"])), 1), "name": name}
        labelled = tuple((kind, values[key]) for key, kind in (("e", "email"), ("p", "phone"), ("c", "card")) if "{" + key + "}" in template)
        out.append(Case(template.format(**values), labelled, region, "mixed"))
    return out


def positives(seed: int = 3119) -> list[Case]:
    """The positive cases of dev8."""
    r = random.Random(seed)
    return (_phone_cases(r) + _email_cases(r) + _card_and_iban_cases(r) + _account_cases(r) + _id_cases(r) + _secret_cases(r)
            + _mixed_cases(r))


def negatives(seed: int = 4523) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
