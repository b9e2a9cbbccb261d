"""Labelled lines for ``bench_privacy.py``: dev9, the held-out set from 2026-12-04 (written after
dev8 was moved; measured once at 7ddde5a, recall 0.9852 and precision 0.9832) and a tuning set since.

Written by a helper session that did not read the redactor (``device/privacy/``,
``device/pipeline/privacy.py``) and did not run these lines through the redactor or the bench while
writing them. Once measured, its misses may be read like those of tuning and dev2 to dev8; the
next held-out set (``privacy_cases_heldout.py``) is written apart from it.

Like dev7 and dev8 it is meant to be representative: what a personal agent's sensors record for
people around the world, common things common (the countries most users live in, Visa and
Mastercard, the keys of the most used services, English first) and rare things at their rate. Its
templates, generators and values are its own (seeds 6271 for the positives, 8087 for the
look-alikes); ``Case`` and the Luhn, grouping and mod-97 helpers come from ``privacy_cases.py``.

Every personal value in a line is labelled, including the second one a line may hold (the e-mail
address of a signature or of a cloud CLI's login beside its password). Kinds as in the other sets:
``phone``, ``card``, ``account``, ``national_id``, ``secret`` (passwords and PINs included) and
``email``; a bank code written beside an account number is labelled with it.
"""

from __future__ import annotations

import random

from privacy_cases import Case
from privacy_cases_dev9_lines import (ACCOUNT_LINES, CARD_LINES, EMAIL_LINES, ENGLISH, IBAN_LINES, IBAN_LOCAL, ID_LINES, ID_REGIONS, MIXED_LINES,
                                         PHONE_LINES, PHONE_LINES_EN, PHONE_LOCAL, SIGNATURE_LINES, email_address, user_name)
from privacy_cases_dev9_lookalikes import lookalikes
from privacy_cases_dev9_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, NUBAN_BANKS, PHONE_COUNTS, aba, card, card_shown, clabe,
                                           iban_shown, ifsc, national_id, new_iban, nuban, phone)
from privacy_cases_dev9_passwords import PASSWORD_COMMANDS, PASSWORD_CONFIGS, PASSWORD_PROSE, PIN_LINES
from privacy_cases_dev9_secrets import (AWS_PAIR, BASIC_PLACES, HEADER_PLACES, KEY_NAMES, KEY_PLACES, KEYS, PEM_PLACES, TELEGRAM_PLACES,
                                           URL_PLACES, password, pin)

__all__ = ["positives", "negatives"]

CARD_REGIONS = ["US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "JP"]
USERS = ["jordan", "kbrooks", "admin", "meera", "thiago", "svc_backup", "harriet", "lukas", "pi", "home", "ops", "camille"]


class _Cycle:
    """Hands out a list's items in a shuffled order, each once before any repeats."""

    def __init__(self, r: random.Random, items: list) -> None:
        self.r, self.items, self.queue = r, items, []

    def next(self):  # noqa: ANN201 - an item of whatever shape the list holds
        if not self.queue:
            self.queue = list(self.items)
            self.r.shuffle(self.queue)
        return self.queue.pop()


def _phone_cases(r: random.Random) -> list[Case]:
    out, general, english = [], _Cycle(r, PHONE_LINES), _Cycle(r, PHONE_LINES_EN)
    for region, count in PHONE_COUNTS.items():
        local = _Cycle(r, PHONE_LOCAL[region]) if region in PHONE_LOCAL else english
        for i in range(count):
            value = phone(r, region, i + r.randrange(4))
            pool = (english if i % 3 else general) if region in ENGLISH else (local if i % 2 == 0 else general)
            out.append(Case(pool.next().format(v=value, name=user_name(r, region)), (("phone", value),), region, f"phone_{region}"))
    sigs = _Cycle(r, SIGNATURE_LINES)
    for region in ["US", "US", "IN", "GB", "BR", "DE", "CA", "NG"]:
        name = user_name(r, region)
        tel, mail = phone(r, region, r.randrange(4)), email_address(r, region, name)
        out.append(Case(sigs.next().format(name=name, v=tel, e=mail), (("phone", tel), ("email", mail)), region, "signature"))
    return out


def _email_cases(r: random.Random) -> list[Case]:
    regions = ["US"] * 8 + ["IN"] * 4 + ["BR", "BR", "GB", "GB", "DE", "DE", "MX", "FR", "ID", "PH", "NG", "CA", "ES", "JP", "KR", "TR", "EG"]
    lines = _Cycle(r, EMAIL_LINES)
    out = []
    for region in regions:
        name = user_name(r, region)
        mail = email_address(r, region, name)
        out.append(Case(lines.next().format(e=mail, name=name), (("email", mail),), region, "email"))
    return out


def _card_and_iban_cases(r: random.Random) -> list[Case]:
    out, lines, regions = [], _Cycle(r, CARD_LINES), _Cycle(r, CARD_REGIONS)
    for brand, count in CARD_COUNTS.items():
        for _ in range(count):
            region = regions.next()
            shown = card_shown(card(r, brand), r.randrange(3))
            out.append(Case(lines.next().format(v=shown, name=user_name(r, region)), (("card", shown),), region, f"card_{brand}"))
    general = _Cycle(r, IBAN_LINES)
    for country, count in IBAN_COUNTS.items():
        local = _Cycle(r, IBAN_LOCAL[country]) if country in IBAN_LOCAL else general
        for i in range(count):
            shown = iban_shown(new_iban(r, country), r.randrange(4))
            template = (local if i % 2 == 0 else general).next()
            out.append(Case(template.format(v=shown, name=user_name(r, country)), (("account", shown),), country, f"iban_{country}"))
    return out


def _account_cases(r: random.Random) -> list[Case]:
    def pair(fmt: str, region: str, a: str, b: str) -> Case:
        return Case(r.choice(ACCOUNT_LINES[fmt]).format(a=a, b=b), (("account", a), ("account", b)), region, f"account_{fmt}")

    out = []
    for _ in range(6):
        out.append(pair("us", "US", aba(r), str(r.randint(10**7, 10**12 - 1))))
    for _ in range(4):
        out.append(pair("gb", "GB", "-".join(f"{r.randint(0, 99):02d}" for _ in range(3)), f"{r.randint(10**7, 10**8 - 1)}"))
        out.append(pair("in", "IN", str(r.randint(10**10, 10**15)), ifsc(r)))
    for _ in range(2):
        out.append(pair("au", "AU", f"{r.randint(10, 999):03d}-{r.randint(0, 999):03d}", str(r.randint(10**5, 10**9 - 1))))
        out.append(pair("ca", "CA", f"{r.randint(0, 99999):05d}-{r.choice(['001', '002', '003', '004', '006', '010', '815'])}",
                        f"{r.randint(10**6, 10**7 - 1)}"))
        out.append(pair("br", "BR", f"{r.randint(1, 9999):04d}", f"{r.randint(10**4, 10**8 - 1)}-{r.randint(0, 9)}"))
    for _ in range(3):
        value = clabe(r)
        out.append(Case(r.choice(ACCOUNT_LINES["mx"]).format(a=value), (("account", value),), "MX", "account_mx"))
        bank = r.choice(sorted(NUBAN_BANKS))
        value = nuban(r, NUBAN_BANKS[bank])
        out.append(Case(r.choice(ACCOUNT_LINES["ng"]).format(a=value, bank=bank), (("account", value),), "NG", "account_ng"))
    return out


def _id_cases(r: random.Random) -> list[Case]:
    out = []
    for kind, (count, _, _) in NATIONAL_IDS.items():
        region = ID_REGIONS[kind]
        lines = _Cycle(r, ID_LINES[region])
        for _ in range(count):
            value = national_id(r, kind)
            out.append(Case(lines.next().format(v=value), (("national_id", value),), region, f"id_{kind}"))
    return out


def _fresh(r: random.Random, used: set[str], make, *args) -> str:  # noqa: ANN001 - any maker
    while True:
        value = make(r, *args)
        if value not in used and len(value) >= 4:
            used.add(value)
            return value


def _key_cases(r: random.Random, used: set[str]) -> list[Case]:
    out, places, headers = [], _Cycle(r, KEY_PLACES), _Cycle(r, HEADER_PLACES)
    specials = {"slack_webhook": URL_PLACES, "discord_webhook": URL_PLACES, "private_key": PEM_PLACES, "basic_auth": BASIC_PLACES,
                "telegram_bot": TELEGRAM_PLACES}
    for fmt, (count, make) in KEYS.items():
        if fmt == "aws_secret_access_key":
            continue  # written beside its access key id
        for i in range(count):
            value = _fresh(r, used, make)
            region = r.choice(["US", "US", "US", "IN", "GB", "DE", "BR", "CA", "FR", "NG"])
            if fmt == "aws_access_key_id":
                secret = _fresh(r, used, KEYS["aws_secret_access_key"][1])
                out.append(Case(AWS_PAIR.format(a=value, b=secret), (("secret", value), ("secret", secret)), region, "secret_aws"))
                continue
            if fmt in specials:
                template = specials[fmt][i % len(specials[fmt])]
            elif fmt in ("openai", "anthropic", "github_classic", "jwt", "huggingface") and i % 3 == 2:
                template = headers.next()
            else:
                template = places.next()
            out.append(Case(template.format(n=KEY_NAMES[fmt], v=value), (("secret", value),), region, f"secret_{fmt}"))
    return out


def _password_cases(r: random.Random) -> list[Case]:
    used: set[str] = set()
    out = _key_cases(r, used)
    for template, url_safe in PASSWORD_COMMANDS:
        region = r.choice(["US", "US", "US", "IN", "GB", "DE", "BR", "FR", "CA", "ES", "MX", "AU"])
        pw, user = _fresh(r, used, password, url_safe), r.choice(USERS)
        values: tuple[tuple[str, str], ...] = (("secret", pw),)
        if "{e}" in template:
            mail = email_address(r, region)
            values = (("email", mail), ("secret", pw)) if template.index("{e}") < template.index("{pw}") else (("secret", pw), ("email", mail))
            text = template.format(pw=pw, u=user, e=mail)
        else:
            text = template.format(pw=pw, u=user)
        out.append(Case(text, values, region, "password_command"))
    for fmt, template in PASSWORD_CONFIGS.items():
        region = r.choice(["US", "US", "IN", "GB", "DE", "BR", "FR", "NL"])
        pw = _fresh(r, used, password, True)
        out.append(Case(template.format(pw=pw, u=r.choice(USERS)), (("secret", pw),), region, f"password_config_{fmt}"))
    for region, templates in PASSWORD_PROSE.items():
        for template in templates:
            pw = _fresh(r, used, password, False)
            out.append(Case(template.format(pw=pw), (("secret", pw),), region, "password_prose"))
    for region, template in PIN_LINES:
        value = _fresh(r, used, lambda rr: pin(rr))
        out.append(Case(template.format(pw=value), (("secret", value),), region, "password_pin"))
    return out


def _mixed_cases(r: random.Random) -> list[Case]:
    out = []
    for template, kinds in MIXED_LINES:
        region = "US"
        name = user_name(r, region)
        made = {"phone": phone(r, region, r.randrange(4)), "email": email_address(r, region, name),
                "card": card_shown(card(r, r.choice(["visa", "mastercard"])), r.randrange(3)), "ssn": national_id(r, "us_ssn")}
        labels = {"phone": "phone", "email": "email", "card": "card", "ssn": "national_id"}
        text = template.format(name=name, **{k: made[k] for k in kinds})
        values = tuple(sorted(((labels[k], made[k]) for k in kinds), key=lambda kv: text.index(kv[1])))
        out.append(Case(text, values, region, "mixed"))
    return out


def positives(seed: int = 6271) -> list[Case]:
    """The positive cases of dev9."""
    r = random.Random(seed)
    return (_phone_cases(r) + _email_cases(r) + _card_and_iban_cases(r) + _account_cases(r) + _id_cases(r) + _password_cases(r)
            + _mixed_cases(r))


def negatives(seed: int = 8087) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
