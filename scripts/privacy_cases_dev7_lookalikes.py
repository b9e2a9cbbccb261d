"""Look-alikes for dev7 (``privacy_cases_dev7.py``, the held-out set from 2026-12-04): harmless lines
that look like its values, as often as a personal agent meets them (times, dates, amounts and order
numbers all day long; ISBNs and coordinates now and then), in 30 groups. Identifiers with check
digits of their own (ISBNs, EANs, UPS parcel numbers) are made valid, as real ones are; a line
holding a Luhn-valid run of 13 to 19 digits, a valid IBAN or an e-mail address is drawn again, since
it would be a card, an account or an address.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum import ean, iban, isbn, luhn

from privacy_cases import Case, alnum, digits

HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits
REGIONS = ["US"] * 6 + ["IN"] * 3 + ["GB"] * 2 + ["DE"] * 2 + ["BR"] * 2 + ["FR", "MX", "ES", "CA", "AU", "IT", "NG", "PH", "JP", "NL"]
Maker = Callable[[], str]
SERVICES = ["Netflix", "Gmail", "Instagram", "bank", "Outlook", "Apple ID", "Amazon", "PayPal", "Steam", "HDFC NetBanking"]
PEOPLE = ["Jen", "Ravi", "Grandma", "Tomás", "Aunty Bisi", "Lukas", "Mei"]
ENVS = ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD", "SLACK_BOT_TOKEN", "HF_TOKEN", "ANTHROPIC_API_KEY"]


def _isbn13(r: random.Random) -> str:
    body = r.choice(["978", "979"]) + digits(r, 9)
    return isbn.format(body + ean.calc_check_digit(body))


def _makers(r: random.Random) -> dict[str, list[Maker]]:  # noqa: C901 - one table of groups
    def d(n: int) -> str:
        return digits(r, n)

    def h(n: int) -> str:
        return alnum(r, n, HEX)

    def t() -> str:
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def t12() -> str:
        return f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45', d(2)[0] + '5'])} {r.choice(['AM', 'PM', 'am', 'pm'])}"

    def ymd() -> str:
        return f"{r.choice([2025, 2026, 2027])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def uuid() -> str:
        x = h(32)
        return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{r.choice('89ab')}{x[17:20]}-{x[20:]}"

    def pick(options: list[str]) -> str:
        return r.choice(options)

    def money() -> str:
        return f"{r.randint(1, 9999):,}.{d(2)}"

    return {
        "time": [lambda: f"Calendar: Standup {t()}–{t()}", lambda: f"alarm set for {t12()}", lambda: f"train leaves {t()} from platform {r.randint(1, 14)}",
                 lambda: f"Slack: back at {t12()}", lambda: f"[{ymd()} {t()}:{d(2)}.{d(3)}] INFO sync finished", lambda: f"pickup window {t()} - {t()}",
                 lambda: f"OCR: Doors open {t12()}"],
        "date": [lambda: f"due {r.randint(1, 12)}/{r.randint(1, 28)}/{r.choice([2026, 2027])}", lambda: f"Invoice date: {ymd()}",
                 lambda: f"Termin am {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026", lambda: f"check-out {r.randint(1, 28)} {r.choice(['Jan', 'Mar', 'Jul', 'Oct'])} 2027",
                 lambda: f"valid from {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 to {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2027",
                 lambda: f"born {r.randint(1950, 2010)}, married {r.randint(1975, 2024)}"],
        "duration": [lambda: f"Strava: 10.{d(2)} km in {r.randint(40, 70)}:{d(2)}", lambda: f"Screen Time: {r.randint(1, 9)}h {r.randint(1, 59)}m today",
                     lambda: f"call duration 00:{r.randint(10, 59)}:{d(2)}", lambda: f"build took {r.randint(1, 9)}m{r.randint(1, 59)}s",
                     lambda: f"Sleep: {r.randint(5, 9)} h {r.randint(1, 59)} min", lambda: f"ETA {r.randint(5, 55)} min ({r.randint(2, 30)} km)"],
        "version": [lambda: f"pip install numpy=={r.randint(1, 2)}.{r.randint(0, 30)}.{r.randint(0, 9)}", lambda: f"iOS {r.randint(17, 19)}.{r.randint(0, 6)}.{r.randint(0, 3)} update available",
                    lambda: f"Chrome Version {r.randint(120, 140)}.0.{d(4)}.{d(3)}", lambda: f"node v{r.randint(18, 24)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                    lambda: f"Release {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}-rc.{r.randint(1, 5)}", lambda: f"firmware {r.randint(1, 9)}.{d(2)}.{d(4)}"],
        "coordinates": [lambda: f"Pinned location {r.uniform(-40, 60):.6f}, {r.uniform(-120, 140):.6f}", lambda: f"geo: {r.uniform(-30, 55):.5f},{r.uniform(-100, 120):.5f}",
                        lambda: f"Photo EXIF GPS {r.randint(1, 60)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N {r.randint(1, 120)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"E",
                        lambda: f"maps.google.com/?q={r.uniform(-30, 55):.7f},{r.uniform(-100, 120):.7f}"],
        "amount": [lambda: f"Total: ${money()}", lambda: f"UPI: paid ₹{r.randint(10, 99999):,} to Zomato", lambda: f"Rechnung über {r.randint(10, 9999)},{d(2)} €",
                   lambda: f"Pix recebido R$ {r.randint(10, 9999)},{d(2)}", lambda: f"balance £{money()}", lambda: f"salary credited INR {r.randint(1, 30)},{d(2)},{d(3)}.00",
                   lambda: f"Mortgage {r.randint(100000, 999999):,} at {r.randint(2, 7)}.{d(2)}%"],
        "isbn": [lambda: f"ISBN {_isbn13(r)}", lambda: f"Kindle: ISBN-13 {_isbn13(r)}", lambda: f"library hold ISBN {_isbn13(r)}"],
        "order": [lambda: f"Amazon order #{d(3)}-{d(7)}-{d(7)}", lambda: f"Order {r.choice(['#', 'No. '])}{d(6)} confirmed", lambda: f"Flipkart order OD{d(18)}",
                  lambda: f"Shopee: order {d(2)}{d(4)}{r.choice(string.ascii_uppercase)}{alnum(r, 7, UP)}", lambda: f"eBay order {d(2)}-{d(5)}-{d(5)}"],
        "flight": [lambda: f"Flight {r.choice(['UA', 'AA', 'DL', 'BA', 'LH', 'AI', '6E', 'LA', 'AF'])}{r.randint(10, 2999)} gate {r.choice('ABCDE')}{r.randint(1, 40)}",
                   lambda: f"boarding pass — seat {r.randint(1, 45)}{r.choice('ABCDEF')}, PNR {alnum(r, 6, string.ascii_uppercase)}",
                   lambda: f"Calendar: {r.choice(['EK', 'QR', 'SQ'])}{r.randint(1, 999)} departs {t()}", lambda: f"e-ticket {d(3)}-{d(10)}"],
        "invoice": [lambda: f"Invoice INV-{r.randint(2025, 2027)}-{d(5)}", lambda: f"Rechnungsnr. {d(8)}", lambda: f"Facture n° F{d(7)}",
                    lambda: f"Bill no. {d(4)}/{r.randint(24, 27)}-{r.randint(25, 28)}", lambda: f"QuickBooks: invoice {d(4)} sent"],
        "build": [lambda: f"GitHub Actions run #{d(5)} passed", lambda: f"build {d(8)}.{d(3)}", lambda: f"Jenkins job deploy-prod #{d(4)}",
                  lambda: f"Docker image app:{r.randint(2025, 2027)}{d(4)}-{h(7)}", lambda: f"Xcode archive {r.randint(1, 9)}.{r.randint(0, 9)} ({d(4)})"],
        "room": [lambda: f"Room {r.randint(100, 1999)}, {r.choice(['Hilton', 'Marriott', 'Taj', 'Ibis'])}", lambda: f"Meeting in Conf Rm {r.randint(2, 40)}{r.choice('ABC')}",
                 lambda: f"apt {r.randint(1, 40)}{r.choice('ABCDEF')}, floor {r.randint(1, 40)}", lambda: f"Lecture hall B-{d(3)}", lambda: f"locker {d(3)}"],
        "hash": [lambda: f"git checkout {h(40)}", lambda: f"sha256: {h(64)}", lambda: f"commit {h(7)} — fix typo", lambda: f"md5 {h(32)}  ubuntu.iso",
                 lambda: f"docker pull nginx@sha256:{h(64)}"],
        "uuid": [lambda: f"request_id={uuid()}", lambda: f"Notion page {h(32)}", lambda: f"device id {uuid().upper()}", lambda: f"trace {uuid()} span {h(16)}"],
        "tracking": [lambda: f"UPS 1Z{alnum(r, 6, UP)}{d(10)}", lambda: f"USPS tracking 9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
                     lambda: f"DHL {d(10)} in transit", lambda: f"Delhivery AWB {d(13)}", lambda: f"Correios {alnum(r, 2, string.ascii_uppercase)}{d(9)}BR"],
        "product_code": [lambda: f"SKU {alnum(r, 3, string.ascii_uppercase)}-{d(5)}", lambda: f"model no. {alnum(r, 2, string.ascii_uppercase)}{d(4)}{alnum(r, 2, UP)}",
                         lambda: f"EAN {(lambda b: b + ean.calc_check_digit(b))(r.choice(['40', '50', '76', '89']) + d(10))}",
                         lambda: f"ASIN B0{alnum(r, 8, UP)}", lambda: f"part #{d(3)}-{d(4)}-{d(2)}"],
        "password_words": [lambda: f"reset my {pick(SERVICES)} password tomorrow", lambda: f"password must be at least {r.randint(8, 16)} characters",
                           lambda: f"{pick(SERVICES)} — Forgot password? Send reset link", lambda: f"the wifi password is on the {pick(['fridge', 'router', 'whiteboard'])}",
                           lambda: f"Settings — Passwords — {r.randint(2, 40)} compromised passwords", lambda: f"your {pick(SERVICES)} password expires in {r.randint(2, 14)} days",
                           lambda: f"ask {pick(PEOPLE)} for the wifi password", lambda: f"Bitwarden — vault locked after {r.randint(5, 60)} min",
                           lambda: f"{pick(SERVICES)} password: " + "*" * r.randint(8, 14), lambda: f"Enter PIN ({r.choice([4, 6])} digits)",
                           lambda: f"changed my {pick(SERVICES)} password, all good", lambda: f"{pick(PEOPLE)} forgot her password again"],
        "secret_reference": [lambda: f"export {pick(ENVS)}=$(op read op://{pick(['dev', 'home', 'work'])}/{r.randint(1, 99)}/credential)",
                             lambda: f"api_key: ${{{pick(ENVS)}}}", lambda: f"{pick(ENVS)}: ${{{{ secrets.{pick(ENVS)} }}}}",
                             lambda: f"{pick(ENVS)}=<your-key-here>  # step {r.randint(2, 9)}", lambda: f"{pick(ENVS).lower()}: !vault |  # line {r.randint(2, 99)}",
                             lambda: f"{pick(ENVS)}=changeme  # placeholder for {pick(PEOPLE)}", lambda: f"curl -H \"Authorization: Bearer $TOKEN\" localhost:{r.randint(3000, 9000)}",
                             lambda: f"key = os.getenv('{pick(ENVS)}')", lambda: f"{pick(SERVICES)} key rotated at {t()}",
                             lambda: f"settings.{pick(ENVS)} is unset", lambda: f"{pick(ENVS)}=xxxxxxxx (ask {pick(PEOPLE)})",
                             lambda: f"password_hash = bcrypt.hashpw(pw, salt)  # v{r.randint(2, 9)}"],
        "meeting_id": [lambda: f"Zoom Meeting ID: {d(3)} {d(4)} {d(4)}", lambda: f"Google Meet meet.google.com/{alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}-"
                       f"{alnum(r, 4, 'abcdefghijkmnopqrstuvwxyz')}-{alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}", lambda: f"Teams conference ID {d(3)} {d(3)} {d(3)}#",
                       lambda: f"Webex meeting number {d(4)} {d(3)} {d(4)}"],
        "masked": [lambda: f"Visa ending in {d(4)}", lambda: f"card •••• {d(4)}", lambda: f"acct ****{d(4)}", lambda: f"Mastercard xxxx-xxxx-xxxx-{d(4)}",
                   lambda: f"we texted a code to (***) ***-{d(4)}", lambda: f"Chase checking ...{d(4)}", lambda: f"SSN ***-**-{d(4)}"],
        "postcode": [lambda: f"{d(3)} Main St, Springfield, IL 6{d(4)}", lambda: f"{r.randint(1, 200)} Baker Road, London SW{r.randint(1, 20)} {r.randint(1, 9)}AB",
                     lambda: f"PIN code 5{d(5)}, Bengaluru", lambda: f"CEP 0{d(4)}-{d(3)}", lambda: f"{r.randint(10000, 99999)} Berlin", lambda: f"zip {d(5)}-{d(4)}"],
        "network": [lambda: f"ssh pi@192.168.{r.randint(0, 9)}.{r.randint(2, 254)}", lambda: f"IPv6 fe80::{h(4)}:{h(4)}:{h(4)}:{h(4)}",
                    lambda: f"MAC {':'.join(h(2) for _ in range(6))}", lambda: f"localhost:{r.randint(3000, 9999)}", lambda: f"ping 10.{r.randint(0, 255)}.{r.randint(0, 255)}.1 — {d(2)} ms"],
        "health": [lambda: f"BP {r.randint(100, 150)}/{r.randint(60, 95)}, pulse {r.randint(55, 100)}", lambda: f"steps {r.randint(1000, 25000):,}",
                   lambda: f"glucose {r.randint(70, 180)} mg/dL at {t()}", lambda: f"weight {r.randint(50, 110)}.{d(1)} kg", lambda: f"SpO2 {r.randint(92, 100)}%"],
        "ticket": [lambda: f"JIRA PROJ-{d(4)}", lambda: f"Zendesk ticket #{d(6)}", lambda: f"case number {d(8)}", lambda: f"GitHub issue #{d(4)}",
                   lambda: f"Service request SR{d(9)}"],
        "booking": [lambda: f"Booking.com confirmation {d(10)}", lambda: f"Airbnb reservation HM{alnum(r, 8, UP)}", lambda: f"OpenTable res. #{d(8)}",
                    lambda: f"IRCTC PNR {d(10)}", lambda: f"hotel conf. {d(3)}{d(5)}"],
        "timestamp": [lambda: f"ts={r.randint(1_760_000_000, 1_800_000_000)}", lambda: f"\"created\": {r.randint(1_760_000_000_000, 1_800_000_000_000)}",
                      lambda: f"Last-Modified: {ymd()}T{t()}:{d(2)}Z", lambda: f"epoch {r.randint(1_700_000_000, 1_800_000_000)}.{d(6)}"],
        "quantity": [lambda: f"{r.randint(2, 48)} x {r.randint(100, 999)} g", lambda: f"page {r.randint(1, 900)} of {r.randint(900, 1500)}",
                     lambda: f"{r.randint(1, 99)}.{d(1)}°C outside", lambda: f"download {r.randint(1, 999)}.{d(1)} MB / {r.randint(1, 9)}.{d(2)} GB",
                     lambda: f"score {r.randint(0, 5)}-{r.randint(0, 5)} ({r.randint(60, 120)}')"],
        "phone_like": [lambda: f"call {pick(['911', '112', '999', '000', '100', '190'])} — {pick(PEOPLE)} fell", lambda: f"text {pick(['STOP', 'JOIN', 'HELP'])} to {d(5)}",
                       lambda: f"ext. {d(4)}", lambda: f"press 1, then {r.randint(2, 9)}, then #{d(2)}", lambda: f"serial {alnum(r, 4, UP)}-{d(4)}-{d(4)}",
                       lambda: f"IMEI 2 hidden; slot {r.randint(1, 2)}"],
        "reference": [lambda: f"ref {d(3)}-{d(3)}-{d(3)}", lambda: f"transaction id {alnum(r, 12, UP)}", lambda: f"UPI Ref No {d(12)}",
                      lambda: f"Payment reference {alnum(r, 3, string.ascii_uppercase)}{d(9)}", lambda: f"claim #{d(10)}"],
    }


def _personal(text: str) -> bool:
    for run in re.findall(r"\d(?:[ -]?\d){12,18}", text):
        if luhn.is_valid(re.sub(r"\D", "", run)):
            return True
    for token in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper()):
        if iban.is_valid(token):
            return True
    return bool(re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", text))


def lookalikes(r: random.Random, per_group: int = 12) -> list[Case]:
    """``per_group`` distinct look-alikes in each group, each for a writer's region."""
    out: list[Case] = []
    for group, makers in _makers(r).items():
        seen: set[str] = set()
        tries = 0
        while len(seen) < per_group and tries < 500:
            tries += 1
            text = makers[len(seen) % len(makers)]()
            if text in seen or _personal(text):
                continue
            seen.add(text)
            out.append(Case(text, (), r.choice(REGIONS), f"neg_{group}"))
    return out
