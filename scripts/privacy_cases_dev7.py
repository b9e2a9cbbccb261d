"""Labelled lines for ``bench_privacy.py``: the seventh tuning set, dev7 (the held-out set from
2026-12-04, after dev6).

Written on 2026-12-04 for issue 17 as the held-out set by a helper session that did not read the
redactor (``device/privacy/``, ``device/pipeline/privacy.py``) and did not run these lines through
the redactor or the bench while writing them. It was measured once, numbers only, at b299fcc
(recall 0.9619, precision 0.9849); its misses are read from now on, so it is a tuning set, and
``privacy_cases_heldout.py`` holds a new held-out set. Its lines and seeds are unchanged by the move.

Unlike dev6, which was aimed away from every earlier set, this one was meant to be representative:
what a personal agent's sensors record for people around the world, common things common (the
countries most users live in, Visa and Mastercard, the keys of the most used services, English
first) and rare things at their rate. Its lines are new (window titles, shell commands, notes, chat,
calendar entries, webhook payloads, config files, mail, forms, screenshots' OCR text) and its values
freshly drawn, seeds 5381 (positives) and 6947 (look-alikes); ``Case`` and the Luhn and mod-97
helpers come from ``privacy_cases.py``.

Conventions as in the other sets: kinds ``phone``, ``card``, ``account``, ``national_id``,
``secret`` (passwords and PINs included) and ``email``; a bank or branch code written beside an
account number is labelled with it; hashes, UUIDs, trace ids and public codes are look-alikes.
"""

from __future__ import annotations

import random

from privacy_cases import Case, digits
from privacy_cases_dev7_lines import (ACCOUNT_LINES, CARD_LINES, EMAIL_LINES, ENGLISH, IBAN_LINES, IBAN_LOCAL, ID_LINES, MIXED_LINES,
                                      PHONE_LINES, PHONE_LINES_EN, PHONE_LOCAL, SIGNATURE_LINES, email_address, user_name)
from privacy_cases_dev7_lookalikes import lookalikes
from privacy_cases_dev7_numbers import (CARD_COUNTS, IBAN_COUNTS, NATIONAL_IDS, PHONE_COUNTS, aba, card, clabe, iban_shown, ifsc,
                                        national_id, new_iban, phone, printed)
from privacy_cases_dev7_secrets import (CODE_PLACES, HEADER_PLACES, KEY_PLACES, KEYS, PASSWORD_COMMANDS, PASSWORD_CONFIGS,
                                        PASSWORD_PROSE, PIN_LINES, URL_UNSAFE, password, pin)

__all__ = ["positives", "negatives"]


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
        local = _Templates(r, PHONE_LOCAL[region]) if region in PHONE_LOCAL else general
        for i in range(count):
            value = phone(r, region, i)
            template = (local, general, english if region in ENGLISH else local)[i % 3].next()
            out.append(Case(template.format(v=value), (("phone", value),), region, f"phone_{region}"))
    sigs = _Templates(r, SIGNATURE_LINES)
    for region in ["US", "US", "GB", "IN", "DE", "BR", "AU", "FR"]:
        tel, mail = phone(r, region), email_address(r, region)
        out.append(Case(sigs.next().format(name=user_name(r, region), v=tel, e=mail), (("phone", tel), ("email", mail)), region, "signature"))
    return out


def _email_cases(r: random.Random) -> list[Case]:
    regions = ["US"] * 7 + ["IN"] * 3 + ["GB"] * 2 + ["DE", "DE", "BR", "BR", "FR", "MX", "ES", "CA", "AU", "NG", "PH", "IT", "JP"]
    lines = _Templates(r, EMAIL_LINES)
    out = []
    for region in regions:
        mail = email_address(r, region)
        out.append(Case(lines.next().format(e=mail, name=user_name(r, region)), (("email", mail),), region, "email"))
    return out


def _money_cases(r: random.Random) -> list[Case]:
    out, lines = [], _Templates(r, CARD_LINES)
    regions = ["US", "US", "US", "IN", "GB", "DE", "BR", "FR", "CA", "AU", "MX", "ES", "NG", "PH", "IT", "JP"]
    for brand, count in CARD_COUNTS.items():
        for i in range(count):
            number = card(r, brand)
            shown = printed(number, r.choice([" ", " ", "-"])) if i % 3 else number
            region = "IN" if brand == "rupay" else "JP" if brand == "jcb" else r.choice(regions)
            out.append(Case(lines.next().format(v=shown), (("card", shown),), region, f"card_{brand}"))
    ibans = _Templates(r, IBAN_LINES)
    for country, count in IBAN_COUNTS.items():
        local = _Templates(r, IBAN_LOCAL.get(country, IBAN_LINES))
        for i in range(count):
            shown = iban_shown(new_iban(r, country), spaced=i % 2 == 0)
            out.append(Case((ibans if i % 2 else local).next().format(v=shown), (("account", shown),), country, f"iban_{country}"))
    makers = {
        "us": lambda: (aba(r), digits(r, r.choice([9, 10, 12]))), "gb": lambda: (f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", digits(r, 8)),
        "in": lambda: (digits(r, r.choice([11, 12, 14])), ifsc(r)), "au": lambda: (f"0{r.choice('6381')}{r.choice('2345')}-{digits(r, 3)}", digits(r, 9)),
        "ca": lambda: (f"{digits(r, 5)}-{r.choice(['004', '003', '001', '002', '006', '010'])}", digits(r, 7)),
        "br": lambda: (f"{digits(r, 4)}", f"{digits(r, 5)}-{r.randint(0, 9)}"), "mx": lambda: (clabe(r),),
    }
    counts = {"us": 7, "gb": 4, "in": 4, "au": 2, "ca": 2, "br": 3, "mx": 2}
    for fmt, count in counts.items():
        templates = _Templates(r, ACCOUNT_LINES[fmt])
        for _ in range(count):
            values = makers[fmt]()
            out.append(Case(templates.next().format(*values), tuple(("account", v) for v in values), fmt.upper(), f"account_{fmt}"))
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
    """A password in a URL, a user:pass pair or a shell word holds nothing that would end it there."""
    if "://" in template or "{u}:{pw}" in template or "{u}%{pw}" in template or ",{pw}" in template:
        return not set(value) & URL_UNSAFE
    return not set(value) & set("'\"\\ ;`$")


def _secret_cases(r: random.Random) -> list[Case]:
    out, places, headers = [], _Templates(r, KEY_PLACES), _Templates(r, HEADER_PLACES)
    regions = ["US"] * 5 + ["IN", "IN", "GB", "DE", "BR", "FR", "CA", "NL", "PL", "NG", "ES", "AU", "KR", "ID"]
    for fmt, (count, maker, env, svc) in KEYS.items():
        code = _Templates(r, CODE_PLACES.get(fmt, KEY_PLACES))
        for i in range(count):
            value = maker(r)
            if i == 0 and fmt in CODE_PLACES:
                template = code.next()
            elif fmt in ("openai", "anthropic", "github_classic", "jwt", "huggingface", "groq") and i == 1:
                template = headers.next()
            else:
                template = places.next()
            text = template.format(v=value, env=env, env_lower=env.lower(), svc=svc)
            out.append(Case(text, (("secret", value),), r.choice(regions), f"secret_{fmt}"))
    users = ["admin", "root", "priya", "jdoe", "marco", "backup", "svc_app", "ana.lima", "kwame", "deploy"]
    for template in PASSWORD_COMMANDS:
        while not _password_fits(pw := password(r), template):
            pass
        out.append(Case(template.format(pw=pw, u=r.choice(users)), (("secret", pw),), r.choice(regions), "password_command"))
    for fmt, templates in PASSWORD_CONFIGS.items():
        for template in templates:
            while not _password_fits(pw := password(r), template):
                pass
            out.append(Case(template.format(pw=pw, u=r.choice(users)), (("secret", pw),), r.choice(regions), f"password_config_{fmt}"))
    for region, template in PASSWORD_PROSE:
        while not _password_fits(pw := password(r), template):
            pass
        out.append(Case(template.format(pw=pw), (("secret", pw),), region, "password_prose"))
    for region, template, n in PIN_LINES:
        value = pin(r, n)
        out.append(Case(template.format(pw=value), (("secret", value),), region, "password_pin"))
    return out


def _mixed_cases(r: random.Random) -> list[Case]:
    """Forms and payloads holding several kinds at once, as a checkout page or a CRM webhook does."""
    out = []
    for region, template in MIXED_LINES:
        values = {"e": email_address(r, region), "p": phone(r, region), "c": card(r, r.choice(["visa", "visa", "mastercard"])),
                  "name": user_name(r, region)}
        text = template.format(**values)
        labelled = tuple((kind, values[key]) for key, kind in (("e", "email"), ("p", "phone"), ("c", "card")) if "{" + key + "}" in template)
        out.append(Case(text, labelled, region, "mixed"))
    return out


def positives(seed: int = 5381) -> list[Case]:
    """The positive cases of dev7."""
    r = random.Random(seed)
    return _phone_cases(r) + _email_cases(r) + _money_cases(r) + _id_cases(r) + _secret_cases(r) + _mixed_cases(r)


def negatives(seed: int = 6947) -> list[Case]:
    """Look-alikes: lines with no personal value in them."""
    return lookalikes(random.Random(seed))
