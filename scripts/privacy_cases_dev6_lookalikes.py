"""Look-alikes for dev6 (``privacy_cases_dev6.py``, the held-out set from 2026-12-04): harmless
lines that look like its values, in 33 groups, in the places the sensors read them. Identifiers with a check digit
of their own (ISBNs, ISSNs, CAS numbers, CUSIPs, SEDOLs, LEIs, IMO numbers, GTINs, SWIFT codes) are
made valid, as real ones are; a line holding a Luhn-valid run of 13 to 19 digits or a valid IBAN is
drawn again, since it would be a card or an account.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum import cusip, ean, iban, imo, isbn, issn, luhn
from stdnum.iso7064 import mod_97_10
from stdnum.gb import sedol

from privacy_cases import Case, alnum, digits

HEX = "0123456789abcdef"
REGIONS = ("AM", "KG", "MD", "BY", "ME", "BH", "OM", "MM", "LA", "BN", "SN", "CI", "CM", "RW", "ZM", "BO", "HN", "TT", "MO", "FJ")
Maker = Callable[[], str]


def _check(module: object, body: str) -> str:
    return body + module.calc_check_digit(body)  # type: ignore[attr-defined]


def _isbn10(body: str) -> str:
    check = sum(int(c) * w for c, w in zip(body, range(10, 1, -1))) * 10 % 11 % 11
    return body + ("X" if check == 10 else str(check))


def _cas(r: random.Random) -> str:
    body = str(r.randint(50, 99999)) + digits(r, 2)
    check = sum(int(d) * (i + 1) for i, d in enumerate(reversed(body))) % 10
    return f"{body[:-2]}-{body[-2:]}-{check}"


def _makers(r: random.Random) -> dict[str, list[Maker]]:
    def d(n: int) -> str:
        return digits(r, n)

    def h(n: int) -> str:
        return alnum(r, n, HEX)

    def up(n: int) -> str:
        return alnum(r, n, string.ascii_uppercase + string.digits)

    def hh() -> str:
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def day() -> str:
        return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice([2025, 2026, 2027])}"

    def uuid() -> str:
        x = h(32)
        return f"{x[:8]}-{x[8:12]}-{r.choice('14')}{x[13:16]}-{r.choice('89ab')}{x[17:20]}-{x[20:]}"

    return {
        "time": [lambda: f"Calendar: standup {hh()}-{hh()} (Asia/Yerevan)", lambda: f"alarm set for {hh()}:{r.randint(0, 59):02d}",
                 lambda: f"[{hh()}:{r.randint(10, 59)}.{d(3)}] worker-{r.randint(1, 9)} heartbeat ok",
                 lambda: f"Bus 14 leaves Kabrousse at {hh()} and {hh()}"],
        "date": [lambda: f"Invoice date {day()} · due {day()}", lambda: f"Reminder: passport photo appt {r.randint(2025, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                 lambda: f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2025, 2027)} họp nhóm", lambda: f"backup_{r.randint(2025, 2027)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{d(6)}.tar.zst"],
        "duration": [lambda: f"Focus session {r.randint(1, 3)}h {r.randint(1, 59)}m {r.randint(1, 59)}s", lambda: f"ffmpeg: time=0{r.randint(0, 2)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{d(2)} speed=1.{d(2)}x",
                     lambda: f"Sleep: {r.randint(5, 9)} h {r.randint(1, 59)} min, deep {r.randint(40, 120)} min", lambda: f"job finished in {r.randint(100, 99999)}.{d(3)} s"],
        "version": [lambda: f"Firmware {r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 999)}.{d(4)} available for your router",
                    lambda: f"pip install numpy=={r.randint(1, 2)}.{r.randint(0, 30)}.{r.randint(0, 9)}", lambda: f"Android {r.randint(12, 15)} (build {up(4)}.{d(6)}.{d(3)})",
                    lambda: f"kernel 6.{r.randint(1, 12)}.{r.randint(0, 60)}-{r.randint(100, 300)}-generic"],
        "coordinates": [lambda: f"pin: {r.uniform(-30, 50):.6f}, {r.uniform(-80, 120):.6f}", lambda: f"$GPGGA,{d(6)}.00,{r.randint(1000, 8999)}.{d(5)},N,{r.randint(10000, 17999)}.{d(5)},E,1,08,0.9,{r.randint(10, 900)}.{d(1)},M,,*{up(2)}",
                        lambda: f"geo:{r.uniform(-30, 50):.5f},{r.uniform(-80, 120):.5f}?z=17", lambda: f"Strava: start {r.uniform(-20, 45):.4f}°, {r.uniform(-70, 110):.4f}° elev {r.randint(0, 3000)} m"],
        "amount": [lambda: f"Total: {r.randint(1000, 999999):,} XOF".replace(",", " "), lambda: f"MoMo: you received RWF {r.randint(1000, 500000):,}.00 from KWIZERA",
                   lambda: f"Bs {r.randint(10, 9999)},{d(2)} - pollo a la brasa", lambda: f"budget 2027: {r.randint(1, 99)} {d(3)} {d(3)} {d(3)} MMK"],
        "isbn": [lambda: f"ISBN {isbn.format(_check(ean, '978' + str(r.randint(0, 1)) + d(8)))}", lambda: f"reading list: ISBN-10 {_isbn10('0' + d(8))}",
                 lambda: f"Goodreads import, isbn13={_check(ean, '979' + '1' + d(8))}"],
        "issn": [lambda: f"ISSN {issn.format(_check(issn, str(r.randint(1000, 2999)) + d(3)))}", lambda: f"journal (e-ISSN {issn.format(_check(issn, '2' + d(6)))})"],
        "order": [lambda: f"Order #{r.randint(100, 999)}-{d(7)}-{d(7)} shipped", lambda: f"Jumia order {d(9)} confirmed", lambda: f"Pedido N° {d(8)} - entregado",
                  lambda: f"order_id={up(3)}-{d(10)}"],
        "flight": [lambda: f"Flight {r.choice(['RJ', 'EK', 'WY', 'GF', 'FJ', 'NX', 'KQ', 'WB'])}{r.randint(100, 9999)} boards {hh()} gate {r.choice('ABCD')}{r.randint(1, 40)}",
                   lambda: f"e-ticket {r.choice(['176', '607', '910', '072'])}-{d(10)}, PNR {up(6)}", lambda: f"Seat {r.randint(1, 45)}{r.choice('ABCDEF')} on {r.choice(['FZ', 'PC', 'W6'])} {r.randint(1000, 8999)}"],
        "invoice": [lambda: f"Factura No. {r.choice(['A', 'B'])}{d(3)}-{d(8)}", lambda: f"Invoice INV/{r.randint(2025, 2027)}/{d(5)} overdue",
                    lambda: f"Rechnung Nr. {r.randint(2025, 2027)}-{d(6)} beglichen", lambda: f"facture FA{d(10)} payée"],
        "build": [lambda: f"CI build #{r.randint(1000, 99999)} passed ({h(7)})", lambda: f"Build {r.randint(20, 25)}{up(1)}{r.randint(100, 9999)}{r.choice('abcdef')}",
                  lambda: f"artifact app-{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}+{d(8)}.{h(8)}.apk", lambda: f"pipeline {d(10)} job {d(10)} finished"],
        "room": [lambda: f"Meeting room {r.choice(['Ararat', 'Sevan', 'Kivu', 'Inle'])} {r.randint(1, 9)}.{d(2)}", lambda: f"Zimmer {r.randint(100, 999)}, Haus {r.choice('ABC')}",
                 lambda: f"Lecture hall B{r.randint(1, 4)}-{d(3)}", lambda: f"room {r.randint(1000, 9999)}, floor {r.randint(1, 40)}"],
        "hash": [lambda: f"sha256sum: {h(64)}  ubuntu-24.04.iso", lambda: f"md5 {h(32)}", lambda: f"git checkout {h(40)}",
                 lambda: f"ETag: \"{h(32)}\"", lambda: f"blake3 {h(64)} backup.img"],
        "uuid": [lambda: f"trace_id={uuid()}", lambda: f"\"request_id\": \"{uuid()}\"", lambda: f"Volume {uuid().upper()} mounted",
                 lambda: f"calendar event uid {uuid()}@calendar"],
        "cas_number": [lambda: f"CAS {_cas(r)}", lambda: f"SDS section 3: CAS-Nr. {_cas(r)}, conc. {r.randint(1, 99)} %"],
        "securities": [lambda: f"CUSIP {_check(cusip, up(3) + d(5))}", lambda: f"SEDOL {_check(sedol, r.choice('BCDFGH') + up(5).replace('A', 'B').replace('E', 'F').replace('I', 'J').replace('O', 'P').replace('U', 'V'))}"],
        "advisory": [lambda: f"CVE-{r.randint(2019, 2027)}-{r.randint(1000, 59999)} patched", lambda: f"KB{r.randint(4000000, 5099999)} failed to install (0x{r.choice(['80070005', '800f0922', '8024402c', '80073712'])})",
                     lambda: f"GHSA-{alnum(r, 4, '23456789cfghjmpqrvwx')}-{alnum(r, 4, '23456789cfghjmpqrvwx')}-{alnum(r, 4, '23456789cfghjmpqrvwx')}"],
        "ticket": [lambda: f"{r.choice(['OPS', 'PAY', 'WEB', 'INFRA'])}-{r.randint(100, 99999)}: fix flaky test", lambda: f"PR #{r.randint(100, 99999)} merged into main",
                   lambda: f"Case {d(8)} updated by support", lambda: f"Zendesk ticket #{r.randint(100000, 9999999)} solved"],
        "network": [lambda: f"inet6 fe80::{h(4)}:{h(4)}:{h(4)}:{h(4)}/64 scope link", lambda: f"ether {':'.join(h(2) for _ in range(6))}  txqueuelen 1000",
                    lambda: f"ping 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} time={r.randint(1, 99)}.{d(1)} ms", lambda: f"allowed_ips = 10.{r.randint(0, 99)}.0.0/16, fd{h(2)}::/64"],
        "error_code": [lambda: f"Error 0x{h(8).upper()} while syncing", lambda: f"HTTP {r.choice([400, 401, 403, 404, 429, 500, 502, 503])} after {r.randint(10, 9999)} ms",
                       lambda: f"exit status {r.randint(1, 255)}; errno {r.randint(1, 130)}", lambda: f"Traceback: File \"app.py\", line {r.randint(10, 9999)}, col {r.randint(1, 120)}"],
        "health": [lambda: f"BP {r.randint(100, 150)}/{r.randint(60, 95)} mmHg, pulse {r.randint(50, 110)}", lambda: f"steps today {r.randint(1000, 29999):,}",
                   lambda: f"glucose {r.randint(4, 11)}.{d(1)} mmol/L at {hh()}", lambda: f"HRV {r.randint(20, 120)} ms · resting HR {r.randint(40, 80)} bpm"],
        "math": [lambda: "π ≈ 3.14159265358979", lambda: f"sqrt(2) = 1.41421356{d(4)}", lambda: f"seed={r.randint(10**9, 10**10)}",
                 lambda: f"matrix det = -{d(6)}.{d(6)}", lambda: f"epoch {r.randint(1700000000, 1899999999)}{d(3)} ms"],
        "product_code": [lambda: f"EAN {_check(ean, r.choice(['590', '611', '619', '628', '729']) + d(9))}", lambda: f"GTIN-14 {_check(ean, '1' + d(12))}",
                         lambda: f"SKU {up(3)}-{d(5)}-{up(2)}", lambda: f"model no. {up(2)}{d(4)}{up(1)}/{d(2)}"],
        "swift_code": [lambda: f"SWIFT/BIC {r.choice(['BKAM', 'CBMM', 'BCEA', 'BKIG', 'ZNCO', 'BNBO', 'ATLA', 'RBTT'])}{r.choice(['AM', 'MM', 'SN', 'RW', 'ZM', 'BO', 'HN', 'TT'])}{up(2)}",
                       lambda: f"intermediary bank BIC {r.choice(['CITIUS33', 'DEUTDEFF', 'BNPAFRPP', 'SCBLSGSG'])}"],
        "ship": [lambda: f"vessel {r.choice(['MSC Aurora', 'Kota Nilam', 'Maersk Kolkata'])} IMO {_check(imo, str(r.randint(900000, 999999)))}",
                 lambda: f"AIS MMSI {r.choice(['572', '636', '538', '477'])}{d(6)}"],
        "lei": [lambda: f"Legal Entity Identifier: {_lei(r)}", lambda: f"counterparty LEI {_lei(r)} (issuer)"],
        "tracking": [lambda: f"Parcel {up(2)}{d(9)}{r.choice(['CN', 'AM', 'BY', 'MD'])} in transit", lambda: f"DHL waybill {d(10)} out for delivery",
                     lambda: f"tracking 1Z{up(6)}{d(10)}"],
        "media_id": [lambda: f"https://youtu.be/{alnum(r, 11, string.ascii_letters + string.digits + '_-')}", lambda: f"spotify:track:{alnum(r, 22, string.ascii_letters + string.digits)}",
                     lambda: f"doi:10.{r.randint(1000, 9999)}/{alnum(r, 8, string.ascii_lowercase + string.digits)}", lambda: f"arXiv:{r.randint(22, 27)}{r.randint(1, 12):02d}.{d(5)}v{r.randint(1, 3)}"],
        "masked": [lambda: f"Card ending •••• {d(4)} charged", lambda: f"IBAN TN59 **** **** **** {d(4)}", lambda: f"account ****{d(4)} credited",
                   lambda: f"phone +374 ** *** {d(3)} verified"],
        "secret_reference": [lambda: "password: ${{ secrets.DB_PASSWORD }}", lambda: "token = os.environ[\"HCLOUD_TOKEN\"]", lambda: "SCW_SECRET_KEY=<your secret key>",
                             lambda: f"api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  {d(8)}", lambda: "LARAVEL APP_KEY=  # run php artisan key:generate",
                             lambda: "BW_SESSION=$(bw unlock --raw)", lambda: "export MISTRAL_API_KEY=\"$(pass show mistral/api)\"",
                             lambda: "password_file = /run/secrets/db_password", lambda: "curl -H \"Authorization: Bearer $PLEX_TOKEN\" localhost:32400", lambda: "XXXX-XXXX-XXXX-XXXX"],
        "password_words": [lambda: "Your password must have at least 12 characters, a digit and a symbol", lambda: "wifi password changed, ask Kezia",
                           lambda: "Password reset link expires in 30 minutes", lambda: "mysql -u root -p", lambda: "sudo passwd tomas",
                           lambda: "ssh-keygen -t ed25519 -C laptop-2027", lambda: "Forgot PIN? Tap here", lambda: "pgcli -h db.internal -U nadia -W ledger",
                           lambda: "kezia: the password box stays blank on the kiosk", lambda: "kata laluan salah, cuba lagi", lambda: "contraseña incorrecta (3 intentos)",
                           lambda: "openssl rand -base64 32", lambda: "PIN pad: enter 4 digits", lambda: "bw unlock"],
        "phone_like": [lambda: f"dial extension {r.randint(100, 9999)}", lambda: f"emergency: {r.choice(['112', '911', '999', '117', '122'])}",
                       lambda: f"MoMo code *{r.randint(100, 199)}*{r.randint(1, 9)}#", lambda: f"score {r.randint(0, 9)}-{r.randint(0, 9)} ({r.randint(10, 90)}')",
                       lambda: f"Sizes {r.randint(34, 46)}-{r.randint(36, 48)}, {r.randint(100, 999)} pcs", lambda: f"postcode {r.randint(1000, 9999)} / ZIP {d(5)}-{d(4)}"],
    }


def _lei(r: random.Random) -> str:
    body = alnum(r, 4, string.digits) + "00" + alnum(r, 12, string.ascii_uppercase + string.digits)
    return body + mod_97_10.calc_check_digits(body)


def _personal(text: str) -> bool:
    """Whether ``text`` would hold a card or IBAN by chance (then the line is drawn again)."""
    if any(luhn.is_valid(re.sub(r"\D", "", run)) for run in re.findall(r"\d(?:[ -]?\d){12,18}", text)):
        return True
    return any(iban.is_valid(t) for t in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper()))


def lookalikes(r: random.Random, per_group: int = 10) -> list[Case]:
    """``per_group`` distinct lines of each group (fewer where a group has fewer forms)."""
    cases: list[Case] = []
    seen: set[str] = set()
    for group, makers in _makers(r).items():
        tries, made = 0, 0
        while made < per_group and tries < 400:
            tries += 1
            text = makers[tries % len(makers)]()
            if text in seen or _personal(text):
                continue
            seen.add(text)
            made += 1
            cases.append(Case(text, (), r.choice(REGIONS), f"neg_{group}"))
    return cases
