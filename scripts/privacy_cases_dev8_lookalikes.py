"""Look-alikes for the dev8 privacy set (``privacy_cases_dev8.py``): harmless lines that look
like its values, in 28 groups, as a personal agent meets them all day (times, dates, prices, order
and tracking numbers, versions, hashes) and now and then (ISBNs, coordinates, blood pressure).
Identifiers with check digits of their own (ISBNs, EANs) are made valid, as real ones are; a line
holding a Luhn-valid run of 13 to 19 digits, a valid IBAN or an e-mail address is drawn again,
since it would be a card, an account or an address.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable

from stdnum import iban, luhn

from privacy_cases import Case

HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits
REGIONS = ["US"] * 6 + ["IN"] * 3 + ["BR", "BR", "GB", "GB", "DE", "MX", "FR", "ID", "PH", "NG", "CA", "ES", "IT", "JP", "AU", "PK", "TR"]
APPS = ["Netflix", "Chase", "Instagram", "Outlook", "PayPal", "Spotify", "Apple ID", "Steam", "Revolut", "Nubank"]
ENVS = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "DB_PASSWORD", "HF_TOKEN", "AWS_SECRET_ACCESS_KEY"]
Maker = Callable[[], str]


def _s(r: random.Random, n: int, chars: str) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _d(r: random.Random, n: int) -> str:
    return _s(r, n, string.digits)


def _ean13(r: random.Random, prefix: str = "") -> str:
    body = prefix + _d(r, 12 - len(prefix))
    return body + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10)


def _makers(r: random.Random) -> dict[str, list[Maker]]:  # noqa: C901 - one table of groups
    d, s, c = (lambda n: _d(r, n)), (lambda n, chars=UP: _s(r, n, chars)), r.choice
    hh, mm = (lambda: r.randint(0, 23)), (lambda: r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    return {
        "time": [lambda: f"Calendar — Standup {hh():02d}:{mm():02d}–{hh():02d}:{mm():02d}", lambda: f"Alarm set for {r.randint(5, 9)}:{mm():02d} AM",
                 lambda: f"Train departs {hh():02d}:{mm():02d}, platform {r.randint(1, 14)}", lambda: f"Uber — arriving in {r.randint(2, 14)} min ({hh():02d}:{mm():02d})"],
        "date": [lambda: f"Due {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026", lambda: f"Passport renewal by 2027-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                 lambda: f"Booked {c(['Mon', 'Tue', 'Fri', 'Sat'])} {r.randint(1, 28)} {c(['Jan', 'Mar', 'Jul', 'Nov'])} 2026", lambda: f"Warranty until {r.randint(1, 12)}.{r.randint(1, 28)}.2028"],
        "duration": [lambda: f"Screen time today: {r.randint(1, 9)}h {r.randint(0, 59)}m", lambda: f"Run — {r.randint(20, 75)}:{r.randint(0, 59):02d} for {r.randint(3, 15)}.{r.randint(0, 9)} km",
                     lambda: f"Build finished in {r.randint(1, 600)}.{d(2)}s", lambda: f"Podcast — {r.randint(30, 180)} min left"],
        "version": [lambda: f"pip install torch=={r.randint(1, 2)}.{r.randint(0, 9)}.{r.randint(0, 3)}", lambda: f"iOS {r.randint(17, 26)}.{r.randint(0, 6)}.{r.randint(1, 3)} is available",
                    lambda: f"Chrome Version {r.randint(120, 142)}.0.{r.randint(6000, 7500)}.{r.randint(10, 250)}", lambda: f"node v{r.randint(18, 24)}.{r.randint(0, 20)}.{r.randint(0, 9)}"],
        "coordinates": [lambda: f"Dropped pin {r.uniform(-40, 60):.6f}, {r.uniform(-120, 150):.6f}", lambda: f"Strava start: {r.uniform(-35, 55):.5f},{r.uniform(-80, 120):.5f}",
                        lambda: f"EXIF GPS {r.randint(1, 60)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N {r.randint(1, 120)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"E"],
        "amount": [lambda: f"Total: ${r.randint(10, 9999):,}.{d(2)}", lambda: f"Transferred ₹{r.randint(1000, 999999):,} to savings", lambda: f"R$ {r.randint(10, 99999):,}".replace(",", ".") + f",{d(2)} no débito",
                   lambda: f"Rent €{r.randint(600, 2400)},00 paid", lambda: f"Salary credited NGN {r.randint(100000, 2000000):,}.00"],
        "isbn": [lambda: f"Kindle — sample of ISBN {_ean13(r, c(['978', '979']))}", lambda: f"Library hold ready: ISBN {_ean13(r, '978')}"],
        "order": [lambda: f"Amazon order #{d(3)}-{d(7)}-{d(7)}", lambda: f"Flipkart order OD{d(18)}", lambda: f"Etsy order {d(10)} shipped",
                  lambda: f"Mercado Livre pedido #{d(16)}"],
        "flight": [lambda: f"Boarding pass {c(['UA', 'AI', 'BA', 'LH', 'LA', 'AM', 'GA', 'PR'])}{r.randint(10, 2999)} seat {r.randint(1, 45)}{c('ABCDEF')}",
                   lambda: f"Flight {c(['DL', '6E', 'EK', 'QF', 'TK'])} {r.randint(100, 999)} delayed to {hh():02d}:{mm():02d}"],
        "invoice": [lambda: f"Invoice INV-2026-{d(5)}", lambda: f"Factura F{d(3)}-{d(8)}", lambda: f"Rechnung Nr. {d(6)} vom {r.randint(1, 28)}.11.2026",
                    lambda: f"GST invoice {s(3, string.ascii_uppercase)}/{d(2)}-{d(2)}/{d(4)}"],
        "build": [lambda: f"GitHub Actions — run #{r.randint(1000, 99999)} passed", lambda: f"Jenkins build {r.randint(100, 9999)} (#{d(4)}) failed",
                  lambda: f"Docker image sha-{s(7, HEX)} pushed", lambda: f"Xcode — archive build {r.randint(1, 9)}.{r.randint(0, 20)} ({r.randint(100, 9999)})"],
        "room": [lambda: f"Calendar: Sync in room {r.randint(1, 12)}.{r.randint(100, 450)}", lambda: f"Hotel room {r.randint(101, 2899)}, floor {r.randint(1, 28)}",
                 lambda: f"Zoom Room B-{r.randint(100, 999)}", lambda: f"Lecture in Hall {c('ABCD')}{r.randint(1, 400)}"],
        "hash": [lambda: f"sha256sum: {s(64, HEX)}  ubuntu-24.04.iso", lambda: f"md5 {s(32, HEX)} backup.zip", lambda: f"git log — commit {s(40, HEX)}",
                 lambda: f"Docker digest sha256:{s(64, HEX)}"],
        "uuid": [lambda: f"Request id {uuid.UUID(int=r.getrandbits(128), version=4)}", lambda: f"Sentry event {uuid.UUID(int=r.getrandbits(128), version=4).hex}",
                 lambda: f"Notion page {uuid.UUID(int=r.getrandbits(128), version=4)}"],
        "tracking": [lambda: f"UPS 1Z{s(6)}{d(10)}", lambda: f"USPS tracking 9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", lambda: f"DHL shipment {d(10)} in transit",
                     lambda: f"Correios {s(2, string.ascii_uppercase)}{d(9)}BR"],
        "product_code": [lambda: f"EAN {_ean13(r, c(['40', '50', '70', '89']))}", lambda: f"SKU {s(3, string.ascii_uppercase)}-{d(5)}-{s(2)}",
                         lambda: f"Model no. {s(2, string.ascii_uppercase)}{d(4)}{s(2, string.ascii_uppercase)}/{d(2)}", lambda: f"ASIN B0{s(8)}"],
        "password_words": [lambda: f"{c(APPS)}: Forgot password?", lambda: f"{c(APPS)} — your password was changed {r.randint(2, 9)} days ago",
                           lambda: f"Password must be at least {r.randint(8, 16)} characters", lambda: f"Settings — Passwords & Security ({r.randint(2, 40)} saved)",
                           lambda: f"{c(APPS)} — Enter the code we sent (expires in {r.randint(2, 10)} min)"],
        "secret_reference": [lambda: f"export {c(ENVS)}=$(op read op://Personal/{c(APPS)}/credential)", lambda: f"{c(ENVS)}: ${{{{ secrets.{c(ENVS)} }}}}",
                             lambda: f"key = os.environ[\"{c(ENVS)}\"]", lambda: f"vault kv get -field=value secret/{c(['prod', 'staging'])}/{c(ENVS).lower()}"],
        "masked": [lambda: f"Visa •••• {d(4)}", lambda: f"Account ending in {d(4)}", lambda: f"{c(ENVS)}=sk-...{s(4, string.ascii_letters)}",
                   lambda: f"Sent to +1 (•••) •••-{d(4)}", lambda: f"IBAN DE•• •••• •••• •••• {d(2)} ••"],
        "meeting_id": [lambda: f"Zoom meeting ID {d(3)} {d(4)} {d(4)}", lambda: f"Google Meet {s(3, string.ascii_lowercase)}-{s(4, string.ascii_lowercase)}-{s(3, string.ascii_lowercase)}",
                       lambda: f"Teams — Meeting ID: {d(3)} {d(3)} {d(3)} {d(3)}", lambda: f"Webex {d(4)} {d(3)} {d(4)}"],
        "address": [lambda: f"Deliver to {r.randint(1, 9999)} {c(['Oak St', 'Maple Ave', 'Sunset Blvd'])}, {c(['Austin TX', 'Denver CO'])} {d(5)}",
                    lambda: f"Lieferadresse: {c(['Bergstraße', 'Lindenweg'])} {r.randint(1, 120)}, {d(5)} {c(['Köln', 'Leipzig'])}",
                    lambda: f"Flat {r.randint(1, 40)}, {c(['Bengaluru', 'Pune'])} {r.randint(560001, 560110)}", lambda: f"CEP {d(5)}-{d(3)} {c(['Campinas', 'Recife'])}"],
        "network": [lambda: f"ssh pi@192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", lambda: f"DHCP lease 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    lambda: f"Wi-Fi MAC {':'.join(s(2, HEX) for _ in range(6))}", lambda: f"ping 2001:db8:{s(4, HEX)}::{s(2, HEX)}"],
        "health": [lambda: f"Health — BP {r.randint(100, 150)}/{r.randint(60, 95)} mmHg", lambda: f"Steps today {r.randint(1000, 25000):,}",
                   lambda: f"Glucose {r.randint(70, 180)} mg/dL at {hh():02d}:{mm():02d}", lambda: f"Resting HR {r.randint(48, 90)} bpm"],
        "ticket": [lambda: f"Jira {c(['OPS', 'WEB', 'APP', 'INFRA'])}-{r.randint(10, 9999)}", lambda: f"Zendesk ticket #{r.randint(100000, 9999999)}",
                   lambda: f"Concert ticket Row {c('ABCDEFGH')} Seat {r.randint(1, 40)} — barcode {d(12)}", lambda: f"ServiceNow INC{d(7)}"],
        "booking": [lambda: f"Booking.com confirmation {d(10)}", lambda: f"PNR {s(6, string.ascii_uppercase)}", lambda: f"IRCTC PNR {d(10)}",
                    lambda: f"OpenTable reservation #{d(8)} for {r.randint(2, 8)}"],
        "timestamp": [lambda: f"log ts={1764800000 + r.randint(0, 9000000)}", lambda: f"created_at: 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{hh():02d}:{mm():02d}:{d(2)}Z",
                      lambda: f"epoch_ms {1764800000000 + r.randint(0, 10**10)}"],
        "short_code": [lambda: f"Text STOP to {d(5)} to unsubscribe", lambda: f"Dial *{r.randint(100, 999)}# to check balance", lambda: f"Call {c(['911', '112', '999', '100', '190'])} in an emergency",
                       lambda: f"IVR: press {r.randint(1, 4)} for billing, {r.randint(5, 9)} for support"],
        "public_key": [lambda: f"stripe.js — Stripe('pk_live_{s(24, string.ascii_letters + string.digits)}')", lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{s(43, string.ascii_letters + string.digits + '+/')} laptop",
                       lambda: f"Sentry DSN public key {s(32, HEX)}", lambda: f"NEXT_PUBLIC_SUPABASE_URL=https://{s(20, string.ascii_lowercase)}.supabase.co"],
    }


def _personal(text: str) -> bool:
    """True when a drawn line would hold something personal: a Luhn-valid 13-19 digit run, an IBAN,
    an e-mail address."""
    for run in re.findall(r"\d(?:[ -]?\d){12,18}", text):
        if luhn.is_valid(re.sub(r"\D", "", run)):
            return True
    if any(iban.is_valid(t) for t in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper())):
        return True
    return bool(re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", text))


def lookalikes(r: random.Random, per_group: int = 12) -> list[Case]:
    """``per_group`` distinct look-alikes in each group, their templates taken in turn."""
    out, seen = [], set()
    for group, makers in _makers(r).items():
        made = 0
        while made < per_group:
            text = makers[made % len(makers)]()
            if text in seen or _personal(text):
                continue
            seen.add(text)
            out.append(Case(text, (), r.choice(REGIONS), f"neg_{group}"))
            made += 1
    return out
