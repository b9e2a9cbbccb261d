"""Look-alikes for the dev9 privacy set (``privacy_cases_dev9.py``): harmless lines that look
like its values, in 28 groups, as a personal agent meets them all day (times, dates, prices, order
and tracking numbers, versions, hashes, meeting ids) and now and then (ISBNs, coordinates, blood
pressure). Identifiers with check digits of their own (ISBNs, EANs) are made valid, as real ones
are; a drawn line holding a Luhn-valid run of 13 to 19 digits, a valid IBAN or an e-mail address is
drawn again, since it would be a card, an account or an address.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable

from stdnum import iban, luhn

from privacy_cases import Case

Maker = Callable[[], tuple[str, str]]
UPPER_DIGITS = string.ascii_uppercase + string.digits


def _s(r: random.Random, n: int, chars: str) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _d(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + _s(r, n - 1, string.digits)


def _check13(body: str) -> str:
    """EAN-13 / ISBN-13 check digit (weights 1 and 3)."""
    return str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10)


def _makers(r: random.Random) -> dict[str, list[Maker]]:  # noqa: C901 - one table of groups
    c = r.choice
    return {
        "time": [lambda: (f"Alarm '{c(['gym', 'meds', 'school run', 'flight'])}' set for {r.randint(5, 9)}:{r.randint(0, 59):02d} AM", "US"),
                 lambda: (f"Standup moved to {r.randint(8, 17):02d}:{r.randint(0, 59):02d} CET", "DE"),
                 lambda: (f"Train departs {r.randint(0, 23):02d}h{r.randint(0, 59):02d} voie {r.randint(1, 22)}", "FR")],
        "date": [lambda: (f"Lease ends {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2026, 2031)}", "GB"),
                 lambda: (f"Due {r.randint(2026, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} \u2014 car registration", "US"),
                 lambda: (f"Vencimento {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2026, 2029)}", "BR")],
        "duration": [lambda: (f"Run: {r.randint(20, 59)}:{r.randint(0, 59):02d}:{r.randint(0, 99):02d} elapsed", "US"),
                     lambda: (f"Screen time today {r.randint(1, 9)}h {r.randint(0, 59)}m", "IN")],
        "version": [lambda: (f"Update available: iOS {r.randint(17, 19)}.{r.randint(0, 6)}.{r.randint(0, 3)}", "US"),
                    lambda: (f"pip install torch=={r.randint(2, 3)}.{r.randint(0, 9)}.{r.randint(0, 3)}+cu{c(['118', '121', '124'])}", "IN"),
                    lambda: (f"Build {r.randint(10, 26)}.{r.randint(0, 12)}.{r.randint(1000, 9999)}.{r.randint(100, 999)} installed", "DE")],
        "coordinates": [lambda: (f"Pinned location {r.uniform(-60, 60):.6f}, {r.uniform(-170, 170):.6f}", "US"),
                        lambda: (f"geo:{r.uniform(-40, 55):.5f},{r.uniform(-80, 140):.5f}?z=17", "BR")],
        "amount": [lambda: (f"Total due: ${r.randint(1000, 99999):,}.{r.randint(0, 99):02d}", "US"),
                   lambda: (f"\u20b9{r.randint(10000, 9999999):,} credited as salary", "IN"),
                   lambda: (f"Saldo: R$ {r.randint(1000, 999999):,}".replace(",", ".") + f",{r.randint(0, 99):02d}", "BR")],
        "isbn": [lambda: (lambda b: (f"Goodreads: want to read \u2014 ISBN {b}{_check13(b)}", "US"))("978" + _s(r, 9, string.digits))],
        "order": [lambda: (f"Amazon order #{r.randint(100, 999)}-{_s(r, 7, string.digits)}-{_s(r, 7, string.digits)} shipped", "US"),
                  lambda: (f"Flipkart order OD{_d(r, 18)} delivered", "IN"),
                  lambda: (f"Pedido n\u00ba {_d(r, 10)} confirmado", "MX")],
        "flight": [lambda: (f"Boarding {c(['UA', 'LH', 'AI', 'EK', 'QF', 'LA'])} {r.randint(10, 9999)} gate {c('ABCDE')}{r.randint(1, 60)}", "US")],
        "invoice": [lambda: (f"Invoice INV-{r.randint(2024, 2026)}-{_s(r, 5, string.digits)} paid", "GB"),
                    lambda: (f"Rechnung Nr. {r.randint(2025, 2026)}{_s(r, 6, string.digits)} vom Stromanbieter", "DE")],
        "build": [lambda: (f"CI run #{r.randint(1000, 99999)} passed in {r.randint(2, 40)}m", "US"),
                  lambda: (f"Xcode archive build {r.randint(100, 9999)} uploaded", "US")],
        "room": [lambda: (f"Meeting in room {r.randint(1, 40)}.{r.randint(100, 999)}, floor {r.randint(1, 40)}", "GB"),
                 lambda: (f"Hotel room {r.randint(101, 2899)}, wifi on the card at the desk", "US")],
        "hash": [lambda: (f"git commit {_s(r, 40, '0123456789abcdef')}", "US"),
                 lambda: (f"sha256sum ubuntu.iso: {_s(r, 64, '0123456789abcdef')}", "DE")],
        "uuid": [lambda: (f"Sentry event {uuid.UUID(int=r.getrandbits(128), version=4)}", "US"),
                 lambda: (f"Notion page id {uuid.UUID(int=r.getrandbits(128), version=4).hex}", "GB")],
        "tracking": [lambda: (f"UPS 1Z{_s(r, 6, UPPER_DIGITS)}{_s(r, 10, string.digits)} out for delivery", "US"),
                     lambda: (f"DHL Sendungsnummer JJD{_s(r, 18, string.digits)}", "DE"),
                     lambda: (f"Correios rastreio {_s(r, 2, string.ascii_uppercase)}{_s(r, 9, string.digits)}BR", "BR")],
        "product_code": [lambda: (lambda b: (f"EAN {b}{_check13(b)}", "DE"))(c(["40", "50", "76", "87"]) + _s(r, 10, string.digits)),
                         lambda: (f"SKU {_s(r, 3, string.ascii_uppercase)}-{r.randint(1000, 9999)}-{c(['S', 'M', 'L', 'XL'])}", "US")],
        "password_words": [lambda: (c(["Forgot password?", "Your password was changed", "Password must be 12+ characters",
                                       "Reset your password within 24 hours", "Passwords don't match"]) + f" \u2014 attempt {r.randint(1, 9)}", "US"),
                           lambda: (f"Passwort vergessen? Link g\u00fcltig f\u00fcr {r.randint(10, 60)} Minuten", "DE")],
        "secret_reference": [lambda: (f"api_key: ${{{{ secrets.{c(['OPENAI', 'STRIPE', 'SLACK'])}_KEY_{r.randint(1, 99)} }}}}", "US"),
                             lambda: (f"password = os.environ['DB_PASSWORD_{r.randint(1, 99)}']", "US"),
                             lambda: (f"token: vault:secret/data/app{r.randint(1, 99)}#token", "GB")],
        "masked": [lambda: (f"Visa ending in {_s(r, 4, string.digits)}", "US"),
                   lambda: (f"Card **** **** **** {_s(r, 4, string.digits)} charged", "GB"),
                   lambda: (f"IBAN DE** **** **** **** **{_s(r, 2, string.digits)} {_s(r, 2, string.digits)}", "DE"),
                   lambda: (f"password: {'*' * r.randint(8, 14)}", "US")],
        "meeting_id": [lambda: (f"Zoom meeting ID {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}", "US"),
                       lambda: (f"Google Meet meet.google.com/{_s(r, 3, string.ascii_lowercase)}-{_s(r, 4, string.ascii_lowercase)}-"
                                f"{_s(r, 3, string.ascii_lowercase)}", "IN")],
        "address": [lambda: (f"{r.randint(10, 9999)} {c(['Oak', 'Maple', 'Cedar', 'Elm'])} St, Apt {r.randint(1, 40)}, ZIP {_d(r, 5)}", "US"),
                    lambda: (f"{c(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg'])} {r.randint(1, 150)}, {_d(r, 5)} {c(['Berlin', 'Köln', 'Hamburg'])}", "DE")],
        "network": [lambda: (f"ssh pi@192.168.{r.randint(0, 255)}.{r.randint(2, 254)} -p {r.randint(1024, 65535)}", "US"),
                    lambda: (f"MAC {':'.join(_s(r, 2, '0123456789abcdef') for _ in range(6))} joined the network", "GB")],
        "health": [lambda: (f"BP {r.randint(100, 150)}/{r.randint(60, 95)} pulse {r.randint(50, 100)}", "US"),
                   lambda: (f"Glucose {r.randint(70, 180)} mg/dL at {r.randint(6, 22)}:{r.randint(0, 59):02d}", "IN")],
        "ticket": [lambda: (f"JIRA {c(['OPS', 'WEB', 'PAY'])}-{r.randint(100, 99999)} moved to Done", "US"),
                   lambda: (f"Support ticket #{_d(r, 8)} \u2014 we'll reply within 48 hours", "GB")],
        "booking": [lambda: (f"Booking reference {_s(r, 6, string.ascii_uppercase.replace('O', ''))} \u2014 check in online", "GB"),
                    lambda: (f"Airbnb reservation HM{_s(r, 8, UPPER_DIGITS)} confirmed", "US")],
        "timestamp": [lambda: (f"ts={r.randint(1_700_000_000_000, 1_799_999_999_999)} level=info msg=sync done", "US"),
                      lambda: (f"created_at: {r.randint(1_700_000_000, 1_799_999_999)}", "DE")],
        "short_code": [lambda: (f"Text STOP to {r.randint(20000, 99999)} to unsubscribe", "US"),
                       lambda: (f"Dial *{r.randint(100, 999)}# for balance", "NG")],
        "public_key": [lambda: (f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_s(r, 43, string.ascii_letters + string.digits)} laptop", "US"),
                       lambda: (f"Stripe publishable key pk_live_{_s(r, 24, string.ascii_letters + string.digits)}", "US"),
                       lambda: (f"PGP fingerprint {' '.join(_s(r, 4, '0123456789ABCDEF') for _ in range(10))}", "DE")],
        "placeholder": [lambda: (f"OPENAI_API_KEY=<your-key-here>  # step {r.randint(1, 9)} of the README", "US"),
                        lambda: (f"DB_PASSWORD=   # left empty on purpose, set it in the dashboard (step {r.randint(1, 9)})", "GB"),
                        lambda: (f"Enter your {c(['password', 'PIN', 'passcode'])} to continue ({r.randint(2, 5)} tries left)", "US")],
    }


def _personal(text: str) -> bool:
    """Would a reader take something in ``text`` for a card, an IBAN or an e-mail address?"""
    for run in re.findall(r"\d(?:[ -]?\d){12,18}", text):
        if luhn.is_valid(re.sub(r"\D", "", run)):
            return True
    if any(iban.is_valid(t) for t in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper())):
        return True
    return bool(re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", text))


def lookalikes(r: random.Random, per_group: int = 12) -> list[Case]:
    """``per_group`` look-alikes of each group, drawn from its makers in turn, none twice."""
    out, seen = [], set()
    for group, makers in _makers(r).items():
        made = 0
        while made < per_group:
            text, region = makers[made % len(makers)]()
            if text in seen or _personal(text):
                continue
            seen.add(text)
            out.append(Case(text, (), region, f"neg_{group}"))
            made += 1
    return out
