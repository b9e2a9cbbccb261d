"""Look-alikes for dev5 (``privacy_cases_dev5.py``, the held-out set until 2026-12): harmless lines
that look like personal data. Same rules as that set: written without reading the redactor and never
run through it while written; a tuning set now.

Numbers that have check digits of their own (ISBNs, EANs, UPCs, parcel numbers, payment
references) are made valid, as real ones are.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from privacy_cases import Case, alnum, digits, iban
from privacy_cases_dev5_values import HEX, UPPER

def ean13(rng: random.Random, prefix: str) -> str:
    """An EAN-13 (or ISBN-13, prefix 978) with its 1-3 weighted check digit."""
    body = prefix + digits(rng, 12 - len(prefix))
    return body + str(-sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(body)) % 10)


def isbn13(rng: random.Random) -> str:
    """A hyphenated ISBN-13 under one of the writers' language groups."""
    group = rng.choice(["0", "1", "951", "972", "80", "963", "960", "965", "975", "82", "87", "90"])
    publisher = rng.randint(2, 5)
    n = ean13(rng, "978" + group)
    return f"978-{group}-{n[3 + len(group):3 + len(group) + publisher]}-{n[3 + len(group) + publisher:12]}-{n[12]}"


def isbn10(rng: random.Random) -> str:
    group = rng.choice(["0", "1", "951", "80"])
    body = group + digits(rng, 9 - len(group))
    check = -sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
    return body + ("X" if check == 10 else str(check))


def upc_a(rng: random.Random) -> str:
    body = digits(rng, 11)
    n = body + str(-sum(int(a) * (3 if i % 2 == 0 else 1) for i, a in enumerate(body)) % 10)
    return f"{n[0]} {n[1:6]} {n[6:11]} {n[11]}"


def s10(rng: random.Random, country: str) -> str:
    """A UPU S10 parcel number (two letters, 8 digits, check digit, country)."""
    body = digits(rng, 8)
    check = 11 - sum(int(a) * w for a, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    return f"{rng.choice(['RR', 'CP', 'LX', 'EA'])}{body}{0 if check == 10 else 5 if check == 11 else check}{country}"


def fi_reference(rng: random.Random) -> str:
    """A Finnish payment reference (viitenumero): 7-3-1 weights from the right."""
    body = str(rng.randint(1, 9)) + digits(rng, rng.randint(5, 12))
    check = -sum(int(a) * [7, 3, 1][i % 3] for i, a in enumerate(reversed(body))) % 10
    n = body + str(check)
    return " ".join(reversed([n[max(0, i - 5):i] for i in range(len(n), 0, -5)]))  # printed in fives from the right


def be_structured(rng: random.Random) -> str:
    """A Belgian structured communication, +++123/4567/89002+++ (mod 97)."""
    body = digits(rng, 10)
    n = f"{body}{int(body) % 97 or 97:02d}"
    return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"


def uuid4(rng: random.Random) -> str:
    return f"{alnum(rng, 8, HEX)}-{alnum(rng, 4, HEX)}-4{alnum(rng, 3, HEX)}-{rng.choice('89ab')}{alnum(rng, 3, HEX)}-{alnum(rng, 12, HEX)}"


def rf_reference(rng: random.Random) -> str:
    """An ISO 11649 creditor reference (RF, mod 97 like an IBAN), printed in fours."""
    value = iban("RF", digits(rng, rng.randint(8, 14)))
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


_WORDS = [
    "forgot my password again", "password reset link sent", "can you send me the wifi password?", "changed my password yesterday, all good",
    "Password: ••••••••", "password=******", "DB_PASSWORD=${DB_PASSWORD}", "the wifi password is on the router sticker",
    "the password is in 1Password", "my pin is the usual one", "Enter passcode to unlock", "PIN pad broken at the till again",
    "salasana vaihdettu onnistuneesti", "zapomniałam hasła do banku", "Reset your PIN — Revolut", "passwordless sign-in enabled",
    "Passkey added for this device", "1Password 8.10 update available", "KeePassXC database locked", "password policy: at least 14 characters",
    "API key rotated, the new one is in the vault", "token refreshed", "Secret scanning enabled for studio/site",
    "Bitwarden: 3 reused passwords", "hint: first pet's name", "password-protected PDF, ask Jukka for it", "pass: 41 of 42 tests",
    "passed the driving test!", "bypass the cache with ?nocache=1", "Passport photo booth, level 2", "Pin this message",
    "pinned: lunch rota", "heslo k wifi je na lednici", "şifremi unuttum", "jelszó módosítva", "λάθος κωδικός, δοκίμασε ξανά",
    "nova senha criada com sucesso", "Password expired — choose a new one", "wrong PIN, 2 attempts left", "PUK required",
    "Authentication token expired, please sign in again", "secret_key_base missing in production", "the code is in the email",
    "what's the password for the guest network?", "Kodeord skal være mindst 12 tegn", "passordet er for kort",
]
_COMMANDS = [
    "scp -P 2200 notes.txt nas:/volume1/", "mysql -u report -h db01 -p", "psql -h db01 -U analyst -W warehouse",
    'curl -u "$API_USER:$API_PASS" https://api.example.net/v1/ping', "sshpass -e ssh pi@10.0.0.7",
    "docker login -u jdoe --password-stdin < ~/.config/docker-token", "openssl rsa -in server.key -passin env:KEY_PASS -out plain.key",
    "openssl pkcs12 -in cert.p12 -passin file:/run/secrets/p12pass -nokeys", "7z x -p backup.7z", "unzip -l scans.zip",
    "git clone https://github.com/studio/website.git", "kubectl get secret pg-auth -o yaml", "helm upgrade --install web ./chart --set replicaCount=3",
    "htpasswd -B /etc/nginx/.htpasswd grafana", "redis-cli -h 10.0.0.12 -p 6380 ping", "mongosh --port 27018 --quiet",
    "rsync -avP -e 'ssh -p 2222' src/ backup:/srv/", "lftp -p 2121 ftp.example.pt", "nc -zv 10.0.0.5 5432", "iperf3 -c 10.0.0.2 -p 5201 -t 30",
    "ssh-add -l", "gpg --list-secret-keys", "vault kv get secret/prod/db", "sudo -k", "passwd", "chage -l jdoe", "sqlcmd -S localhost,1433 -E",
    "xfreerdp /v:10.0.5.20 /u:Administrator", "nmcli dev wifi list", "ansible-playbook site.yml --ask-become-pass", "mc alias list",
    "ldapsearch -x -H ldap://dc01 -b dc=example,dc=org '(uid=*)'", "export AWS_PROFILE=prod", "kubectl config use-context prod-eu",
]

_PLUS_CODE = "23456789CFGHJMPQRVWX"
_EAN_PREFIXES = ["64", "560", "859", "599", "520", "729", "869", "70", "57", "54", "94", "600", "888", "539"]  # the writers' GS1 prefixes


def _makers(rng: random.Random) -> dict[str, list[Callable[[], str]]]:
    r, c = rng.randint, rng.choice
    uuid = lambda: uuid4(rng)  # noqa: E731
    return {
        "time": [lambda: f"klo {r(7, 21)}.{r(0, 5)}0 hammaslääkäri", lambda: f"kl. {r(6, 22):02d}:{r(0, 59):02d} fælles spisning",
                 lambda: f"às {r(8, 22)}h{r(0, 5)}0 jantar com a Rita",
                 lambda: f"{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}.{r(0, 999):03d} worker started",
                 lambda: f"METAR EGLL {r(1, 28):02d}{r(0, 23):02d}{r(0, 5)}0Z", lambda: f"saat {r(8, 22)}:{r(0, 5)}0'da toplantı",
                 lambda: (lambda h: f"{h}:{r(0, 5)}0pm–{h + 1}:{r(0, 5)}5pm school run")(r(1, 8)),
                 lambda: f"T+{r(0, 9):02d}:{r(0, 59):02d}:{r(0, 59):02d} since deploy"],
        "date": [lambda: f"{r(2025, 2028)}/{r(1, 12):02d}/{r(1, 28):02d} backup ok",
                 lambda: f"{r(1, 28):02d}-{r(1, 12):02d}-{r(2025, 2028)} fatura vence",
                 lambda: f"week {r(1, 52)} ({r(2025, 2028)}-W{r(1, 52):02d})",
                 lambda: f"Date: Mon, {r(1, 28):02d} Dec {r(2025, 2028)} {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d} +0200",
                 lambda: f"backup_{r(2025, 2028)}{r(1, 12):02d}{r(1, 28):02d}.tar.zst",
                 lambda: f"d. {r(1, 28)}. december {r(2025, 2028)}",
                 lambda: f"{r(1, 28)}/{r(1, 12)}/{r(25, 28)} - {r(1, 28)}/{r(1, 12)}/{r(25, 28)} annual leave",
                 lambda: f"{r(1, 28)}.{r(1, 12)}.{r(2025, 2028)} στις {r(8, 21)}:00"],
        "duration": [lambda: f"marathon {r(2, 5)}:{r(0, 59):02d}:{r(0, 59):02d}", lambda: f"pomodoro {r(15, 50)}:00 done",
                     lambda: f"up {r(1, 400)} days, {r(0, 23)}:{r(0, 59):02d}", lambda: f"TTL {r(60, 604800)}s",
                     lambda: f"P{r(1, 9)}DT{r(1, 23)}H{r(1, 59)}M", lambda: f"took {r(1, 59)}m{r(0, 59):02d}.{r(0, 999):03d}s",
                     lambda: f"screen time {r(1, 9)} h {r(1, 59)} min",
                     lambda: f"bake {r(12, 45)}–{r(46, 60)} min at {r(160, 220)} °C"],
        "version": [lambda: f"Firefox {r(120, 140)}.0.{r(1, 3)}",
                    lambda: f"iOS {r(16, 18)}.{r(0, 6)}.{r(1, 3)} ({r(20, 22)}{c('ABCDEFG')}{r(10, 99)})",
                    lambda: f"OS build {r(19041, 26200)}.{r(100, 4999)}",
                    lambda: f"Android {r(12, 15)} ({c(['UP1A', 'TQ3A', 'AP2A'])}.{r(230101, 241231)}.{r(1, 30):03d})",
                    lambda: f"rustc 1.{r(70, 85)}.{r(0, 2)} ({alnum(rng, 9, HEX)} 2024-{r(1, 12):02d}-{r(1, 28):02d})",
                    lambda: f"firmware {r(1, 9)}.{r(0, 9)}.{r(0, 99)}.{r(1000, 9999)}",
                    lambda: f"python3-numpy 1:{r(1, 2)}.{r(0, 26)}.{r(0, 5)}-{r(1, 9)}ubuntu{r(1, 3)}",
                    lambda: f"Terraform v1.{r(5, 10)}.{r(0, 9)} on linux_amd64",
                    lambda: f"Docker version {r(24, 27)}.{r(0, 5)}.{r(0, 9)}, build {alnum(rng, 7, HEX)}"],
        "coordinates": [lambda: f"{r(35, 70)}.{r(1000, 9999)}° N, {r(1, 40)}.{r(1000, 9999)}° E",
                        lambda: f"-{r(30, 46)}.{r(1000, 9999)}, {r(166, 178)}.{r(1000, 9999)}",
                        lambda: f"N {r(35, 70)}°{r(0, 59):02d}.{r(0, 999):03d}' E {r(1, 40):03d}°{r(0, 59):02d}.{r(0, 999):03d}'",
                        lambda: f"geo:{r(35, 60)}.{r(1000, 9999)},-{r(1, 9)}.{r(1000, 9999)}",
                        lambda: f"UTM 33U {r(300000, 700000)} {r(5000000, 6000000)}",
                        lambda: f"plus code {alnum(rng, 8, _PLUS_CODE)}+{alnum(rng, 2, _PLUS_CODE)}",
                        lambda: f"summit {r(100, 2500)} m, {r(35, 70)}.{r(10**5, 10**6 - 1)} {r(1, 40)}.{r(10**5, 10**6 - 1)}"],
        "amount": [lambda: f"{r(1, 99)} {r(100, 999)},{r(0, 99):02d} kr", lambda: f"HUF {r(1, 99)} {r(100, 999)} {r(100, 999)}",
                   lambda: f"R {r(1, 9)} {r(100, 999)}.{r(0, 99):02d} (ZAR)", lambda: f"₪{r(1, 9)},{r(100, 999)}",
                   lambda: f"NZ${r(1, 9)},{r(100, 999)}.{r(0, 99):02d}", lambda: f"{r(1, 99)}.{r(100, 999)},{r(0, 99):02d} TL",
                   lambda: f"CZK {r(1, 99)} {r(100, 999)} Kč", lambda: f"S${r(1, 9)},{r(100, 999)}.00",
                   lambda: f"₹{r(1, 9)},{r(10, 99)},{r(100, 999)}.00", lambda: f"CHF {r(1, 9)}'{r(100, 999)}.{r(0, 95):02d}",
                   lambda: f"€ {r(1, 99)}.{r(100, 999)},{r(0, 99):02d} IVA incl."],
        "isbn": [lambda: f"ISBN {isbn13(rng)}", lambda: f"ISBN-10 {isbn10(rng)}", lambda: f"isbn {isbn13(rng).replace('-', '')}",
                 lambda: f"library loan: ISBN {isbn13(rng)}, due {r(1, 28)}.{r(1, 12)}."],
        "order": [lambda: f"order ID {r(10**15, 10**16 - 1)}", lambda: f"Pedido nº {r(10**8, 10**9 - 1)}",
                  lambda: f"tilaus #{r(10**6, 10**7 - 1)} toimitettu", lambda: f"sipariş no: {r(10**9, 10**10 - 1)}",
                  lambda: f"objednávka č. {r(10**8, 10**9 - 1)}", lambda: f"Wolt order {alnum(rng, 8, UPPER)}",
                  lambda: f"AliExpress order {r(8 * 10**15, 9 * 10**15)}", lambda: f"rendelés {r(10**7, 10**8 - 1)} feldolgozva"],
        "flight": [lambda: f"AY {r(100, 1999)} HEL–ARN {r(6, 22):02d}:{r(0, 59):02d}", lambda: f"TP{r(1000, 1999)} LIS→OPO",
                   lambda: f"FR {r(1000, 9999)} seat {r(1, 33)}{c('ABCDEF')}",
                   lambda: f"SK{r(400, 1999)} boarding {r(6, 22)}:{r(0, 59):02d}",
                   lambda: f"TK {r(1, 1999)} IST-ATH gate F{r(1, 20)}", lambda: f"NZ {r(100, 999)} AKL–WLG",
                   lambda: f"LY {r(1, 399)} to TLV delayed", lambda: f"SQ {r(1, 999)} SIN–ZRH",
                   lambda: f"PNR {alnum(rng, 6, string.ascii_uppercase)}, e-ticket {r(100, 999)}-{r(10**9, 10**10 - 1)}"],
        "invoice": [lambda: f"Lasku {r(2025, 2028)}-{r(1, 99999):05d}", lambda: f"Fatura FT {r(2025, 2028)}/{r(1, 9999)}",
                    lambda: f"Faktura č. {r(2025, 2028)}{r(1, 999999):06d}",
                    lambda: f"Számla SZLA-{r(2025, 2028)}-{r(1, 999999):06d}", lambda: f"Τιμολόγιο Α-{r(1, 99999):05d}",
                    lambda: f"viitenumero {fi_reference(rng)}", lambda: f"mededeling {be_structured(rng)}",
                    lambda: f"payment reference {rf_reference(rng)}"],
        "tracking": [lambda: f"PostNord {r(10**17, 10**18 - 1)}", lambda: f"CTT {s10(rng, 'PT')}",
                     lambda: f"FedEx {r(1000, 9999)} {r(1000, 9999)} {r(1000, 9999)}",
                     lambda: f"USPS 9400 {r(1000, 9999)} {r(1000, 9999)} {r(1000, 9999)} {r(1000, 9999)} {r(10, 99)}",
                     lambda: f"DHL Express {r(10**9, 10**10 - 1)}", lambda: f"An Post {s10(rng, 'IE')}",
                     lambda: f"Aramex AWB {r(10**10, 10**11 - 1)}", lambda: f"PPL zásilka {r(10**10, 10**11 - 1)}"],
        "build": [lambda: f"Build #{r(2025, 2028)}.{r(1, 12):02d}.{r(1, 28):02d}-{r(1000, 2359)}",
                  lambda: f"build {r(2025, 2028)}{r(1, 12):02d}{r(1, 28):02d}T{r(0, 23):02d}{r(0, 59):02d}Z",
                  lambda: f"Jenkins #{r(1000, 99999)} SUCCESS", lambda: f"buildkite build {r(1000, 99999)} passed in {r(1, 20)}m",
                  lambda: f"TeamCity build {r(100000, 999999)}", lambda: f"pipeline {r(10**8, 10**9 - 1)} running",
                  lambda: f"app-{r(1, 9)}.{r(0, 20)}.{r(0, 99)}+build.{r(1, 999)}.apk"],
        "hash": [lambda: f"git checkout {alnum(rng, 40, HEX)}", lambda: f"{alnum(rng, 7, HEX)} fix typo in README",
                 lambda: f"{alnum(rng, 40, HEX)}  backup.tar", lambda: f"md5 {alnum(rng, 32, HEX)}  photo.jpg",
                 lambda: f"docker pull ubuntu@sha256:{alnum(rng, 64, HEX)}", lambda: f"UUID={uuid()} /mnt/data ext4 defaults 0 2",
                 lambda: f"trace_id={alnum(rng, 32, HEX)} span_id={alnum(rng, 16, HEX)}",
                 lambda: f'ETag: "{alnum(rng, 32, HEX)}"', lambda: f"correlation id {uuid()}",
                 lambda: f"git log {alnum(rng, 7, HEX)}..{alnum(rng, 7, HEX)}",
                 lambda: f"event {uuid()} processed in {r(1, 900)} ms"],
        "room": [lambda: f"Sali {r(1, 5)}.{r(1, 99):03d}", lambda: f"sala {r(1, 4)}.{r(1, 30):02d}",
                 lambda: f"Room G-{r(100, 199)}", lambda: f"učebna {r(100, 499)}", lambda: f"terem {r(100, 399)}",
                 lambda: f"Suite {r(100, 3999)}, Level {r(1, 39)}", lambda: f"desk {r(1, 9)}-{r(100, 199)}",
                 lambda: f"αίθουσα {r(100, 299)}", lambda: f"platform {r(1, 12)}, coach {r(1, 14)} seat {r(1, 80)}"],
        "product_code": [lambda: f"IKEA KALLAX {r(100, 999)}.{r(100, 999)}.{r(10, 99)}",
                         lambda: f"Bosch part 0 {r(100, 999)} {r(100, 999)} {r(100, 999)}",
                         lambda: f"EAN {ean13(rng, c(_EAN_PREFIXES))}",
                         lambda: f"UPC {upc_a(rng)}", lambda: f"P/N {r(1000, 9999)}-{r(1000, 9999)}-{r(10, 99)}",
                         lambda: f"Art.-Nr. {r(100, 999)} {r(100, 999)} {r(10, 99)}",
                         lambda: f"model SM-{c('SAG')}{r(100, 999)}{c('BUN')}/DS",
                         lambda: f"HS code {r(1000, 9999)}.{r(10, 99)}.{r(1000, 9999)}",
                         lambda: f"filter cartridge {r(100, 999)}-{r(100, 999)}-{r(1000, 9999)}",
                         lambda: f"serial no. {alnum(rng, 12, UPPER)}"],
        "words": [lambda: c(_WORDS)],
        "commands": [lambda: c(_COMMANDS)],
        "other_numbers": [lambda: f"IP 10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}", lambda: f"listening on port {r(1024, 65535)}",
                          lambda: f"VLAN {r(2, 4094)}", lambda: f"bus {r(1, 999)} to the harbour at {r(5, 23)}:{r(0, 59):02d}",
                          lambda: f"score {r(0, 9)}:{r(0, 9)} (HT {r(0, 5)}:{r(0, 5)})",
                          lambda: f"weight {r(50, 110)},{r(0, 9)} kg",
                          lambda: f"{r(15, 28)}.{r(0, 9)} °C, humidity {r(20, 90)} %",
                          lambda: f"load average: {r(0, 9)}.{r(10, 99)}, {r(0, 9)}.{r(10, 99)}, {r(0, 9)}.{r(10, 99)}",
                          lambda: f"Teams conference ID: {r(100, 999)} {r(100, 999)} {r(100, 999)}#",
                          lambda: f"page {r(1, 400)} of {r(401, 900)}",
                          lambda: f"population {r(1, 9)} {r(100, 999)} {r(100, 999)}", lambda: f"postcode {r(1000, 9999)}",
                          lambda: "Lotto " + " ".join(str(n) for n in sorted(rng.sample(range(1, 50), 6))),
                          lambda: f"chapter {r(1, 30)}, verse {r(1, 40)}"],
    }


REGIONS = ("BE", "IE", "PT", "FI", "NO", "DK", "CZ", "NZ", "ZA", "SG", "TR", "HU", "IL", "GR")


def negatives(seed: int = 9203) -> list[Case]:
    """The look-alikes of dev5: 340 distinct lines in 18 groups."""
    rng = random.Random(seed)
    makers = _makers(rng)
    groups = list(makers)
    cases: dict[str, Case] = {}
    for i in range(4000):
        if len(cases) == 340:
            break
        group = groups[i % len(groups)]
        text = rng.choice(makers[group])()
        cases.setdefault(text, Case(text, (), REGIONS[len(cases) % len(REGIONS)], f"neg_{group}"))
    return list(cases.values())
