"""Look-alikes for the dev3 privacy set: lines that look like dev3's phones, accounts, identifiers
and secrets and hold none. Order, invoice, parcel and ticket numbers; product codes and barcodes with
their own check digits; build ids, commit SHAs, UUIDs and trace ids in ordinary contexts; versions,
dates, amounts, coordinates and postal codes of many countries; ISBNs, ISSNs and DOIs; payment
references that carry mod-97 check digits like an IBAN (RF references, SEPA creditor ids, Belgian
structured communications, Swiss QR references), BICs and masked numbers; forms and case numbers;
config lines whose secret is a reference or a placeholder; password-reset wording in many languages;
commands with flags but no password; public keys and hashes.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from privacy_cases import Case, alnum, digits

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REGIONS = ("PT", "IE", "BE", "DK", "NO", "FI", "CZ", "GR", "TR", "IL", "AE", "ZA", "SG", "HK", "CN", "TW", "TH", "PH", "ID", "MY",
           "VN", "NZ", "CA", "AR", "CL", "CO", "PE", "RU", "UA", "HU", "RO", "EG", "SA", "PK", "US", "DE", "GB", "FR", "IN", "BR",
           "MX", "JP", "KR", "AU", "ES", "IT", "NL", "PL", "SE", "CH", "AT")


def _iso7064_97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def ean13(body: str) -> str:
    """``body`` (12 digits) with its EAN-13 check digit; a 12-digit UPC-A is an EAN-13 with a leading 0."""
    return body + str(-sum(int(d) * (1, 3)[i % 2] for i, d in enumerate(body)) % 10)


def isbn10(body: str) -> str:
    check = -sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + ("X" if check == 10 else str(check))


def issn(body: str) -> str:
    check = -sum(int(d) * (8 - i) for i, d in enumerate(body)) % 11
    return f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"


def rf_reference(ref: str) -> str:
    """An ISO 11649 creditor reference (RF, two check digits, the reference) in groups of four."""
    value = f"RF{98 - _iso7064_97(ref + 'RF00'):02d}{ref}"
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def sepa_creditor_id(country: str, national: str) -> str:
    """A SEPA creditor identifier: its check digits skip the business code (ZZZ)."""
    return f"{country}{98 - _iso7064_97(national + country + '00'):02d}ZZZ{national}"


def qr_reference(body: str) -> str:
    """A Swiss QR reference: 26 digits and the recursive mod-10 check digit, in groups."""
    carry = 0
    for d in body:
        carry = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5][(carry + int(d)) % 10]
    n = body + str((10 - carry) % 10)
    return n[:2] + " " + " ".join(n[i:i + 5] for i in range(2, 27, 5))


def s10(prefix: str, country: str, r: random.Random) -> str:
    """A UPU S10 parcel number (two letters, 8 digits, check digit, country)."""
    body = digits(r, 8)
    check = 11 - sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
    return f"{prefix}{body}{ {10: 0, 11: 5}.get(check, check)}{country}"


def ogm(r: random.Random) -> str:
    body = digits(r, 10)
    n = body + f"{int(body) % 97 or 97:02d}"
    return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"


def _luhn_ok(number: str) -> bool:
    return sum(int(d) if i % 2 == 0 else (int(d) * 2 - 9 if int(d) > 4 else int(d) * 2)
               for i, d in enumerate(reversed(number))) % 10 == 0


_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")


def holds_card_or_iban(text: str) -> bool:
    """Whether ``text`` has a 13-19 digit run passing Luhn or an IBAN-shaped token passing mod 97."""
    runs = (re.sub(r"\D", "", m.group(0)) for m in _DIGIT_RUN.finditer(text))
    if any(_luhn_ok(run) for run in runs):
        return True
    for m in _IBAN_LIKE.finditer(text.upper()):
        token = m.group(0).replace(" ", "")
        if token[:2] != "RF" and _iso7064_97(token[4:] + token[:4]) == 1:
            return True
    return False


def _uuid(r: random.Random) -> str:
    return f"{alnum(r, 8, HEX)}-{alnum(r, 4, HEX)}-4{alnum(r, 3, HEX)}-{r.choice('89ab')}{alnum(r, 3, HEX)}-{alnum(r, 12, HEX)}"


def _b64_32(r: random.Random) -> str:
    """Base64 of 32 bytes (an X25519/Ed25519 key): 43 characters, the last one from 4 bits, and '='."""
    return alnum(r, 42, B64) + r.choice("AEIMQUYcgkosw048") + "="


def _makers(r: random.Random) -> dict[str, list[Callable[[], str]]]:
    i = r.randint
    d = lambda n: digits(r, n)  # noqa: E731
    pick = r.choice
    return {
        "order": [lambda: f"Zalando Bestellnummer 1010{d(10)}", lambda: f"eBay order {d(2)}-{d(5)}-{d(5)}", lambda: f"AliExpress order {d(16)}",
                  lambda: f"Pedido nº {d(9)} enviado", lambda: f"Commande n° {d(10)} expédiée", lambda: f"zamówienie nr {d(8)}/2026",
                  lambda: f"bol.com bestelnummer {d(10)}", lambda: f"Etsy receipt #{d(10)}", lambda: f"Order SO-2026-{d(6)} confirmed"],
        "invoice": [lambda: f"Faktura nr FV/2026/12/{d(4)}", lambda: f"Rechnungsnr. RE-2026-{d(6)}", lambda: f"Factura F-2026-{d(5)}",
                    lambda: f"Invoice #INV-{d(7)} due 2026-12-31", lambda: f"fattura n. {i(1, 999)}/2026", lambda: f"nota fiscal nº {d(9)} série 1",
                    lambda: f"számla sorszáma: SZ-2026/{d(5)}", lambda: f"fatura no: GIB2026{d(9)}"],
        "parcel": [lambda: f"UPS 1Z{alnum(r, 6, string.ascii_uppercase + string.digits)}{d(10)}", lambda: f"FedEx {d(4)} {d(4)} {d(4)} out for delivery",
                   lambda: f"USPS 9400 1{d(3)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", lambda: f"Royal Mail tracked {s10(pick(['AB', 'RR', 'TT']), 'GB', r)}",
                   lambda: f"PostNL 3S{alnum(r, 4, string.ascii_uppercase)}{d(9)}", lambda: f"Correios rastreio {s10('QB', 'BR', r)}",
                   lambda: f"China Post {s10('LX', 'CN', r)}", lambda: f"GLS Paketnummer {d(11)}", lambda: f"DHL Sendung 00340434{d(12)}"],
        "travel": [lambda: f"LX {i(100, 999)} ZRH→LIS {i(6, 21):02d}:{i(0, 59):02d}", lambda: f"EK {d(4)} seat {i(1, 60)}{pick('ABCDEFHJK')}",
                   lambda: f"Booking ref: {alnum(r, 6, string.ascii_uppercase + string.digits)}", lambda: f"e-ticket {pick(['220', '125', '057'])} {d(10)}",
                   lambda: f"Zug RE {i(1000, 9999)} Gleis {i(1, 14)}", lambda: f"hotel confirmation no. {d(8)}", lambda: f"Wagen {i(1, 14)}, Platz {i(11, 118)}",
                   lambda: f"TK {i(1000, 2999)} IST-ATH gate B{i(1, 40)}"],
        "product": [lambda: f"SKU: TSH-BLK-M-{d(4)}", lambda: f"Art.-Nr. {d(7)}", lambda: f"EAN {ean13(pick(['400', '590', '871', '303']) + d(9))}",
                    lambda: f"UPC {ean13('0' + d(11))[1:]}", lambda: f"ASIN B0{alnum(r, 8, string.ascii_uppercase + string.digits)}",
                    lambda: f"model SM-S9{i(10, 29)}B/DS", lambda: f"IKEA {d(3)}.{d(3)}.{d(2)}", lambda: f"REF {d(4)}-{d(4)}-{d(2)}",
                    lambda: f"HS code {d(4)}.{d(2)}.{d(4)}", lambda: f"Modell-Nr. KG{i(30, 49)}NAI{i(1, 9)}P", lambda: f"serial no. C02{alnum(r, 9, string.ascii_uppercase + string.digits)}"],
        "build": [lambda: f"Merge commit {alnum(r, 40, HEX)} into main", lambda: f"fixed in {alnum(r, 7, HEX)}", lambda: f"build 2026.12.{i(1, 31)}.{i(1, 40)}",
                  lambda: f"GitHub Actions run {d(10)} succeeded", lambda: f"pipeline #{d(7)} passed", lambda: f"digest: sha256:{alnum(r, 64, HEX)}",
                  lambda: f"image tether/app:1.{i(0, 9)}.{i(0, 20)}-{alnum(r, 7, HEX)}", lambda: f"Jenkins build #{d(4)} unstable",
                  lambda: f"versionCode {2026 * 10000 + i(1000, 9999)}"],
        "trace": [lambda: f"X-Request-ID: {_uuid(r)}", lambda: f"traceparent: 00-{alnum(r, 32, HEX)}-{alnum(r, 16, HEX)}-01",
                  lambda: f"trace_id={alnum(r, 32, HEX)} span_id={alnum(r, 16, HEX)}", lambda: f'"correlationId": "{_uuid(r)}"',
                  lambda: f"Azure subscription {_uuid(r)}", lambda: f"tenant id {_uuid(r)}", lambda: f"ULID 01J{alnum(r, 23, CROCKFORD)}",
                  lambda: f"job_id={_uuid(r)} status=done", lambda: f"Idempotency-Key: {_uuid(r)}", lambda: f'ETag: W/"{alnum(r, 16, HEX)}"'],
        "version": [lambda: f"v{i(1, 9)}.{i(0, 30)}.{i(0, 9)}-rc.{i(1, 5)}+build.{d(4)}", lambda: f"macOS 15.{i(0, 3)} (Build 24{pick('ABCD')}{i(10, 99)})",
                    lambda: f"Android 14 (UP1A.{i(230101, 241231)}.{i(1, 30):03d})", lambda: f"iOS 18.{i(0, 3)}.{i(0, 2)} (22{pick('ABC')}{i(10, 199)})",
                    lambda: f"firmware 4.{i(0, 9)}.{i(0, 9)}.{d(4)}", lambda: f"Python 3.{i(9, 13)}.{i(0, 12)}", lambda: f"OpenSSL 3.{i(0, 4)}.{i(0, 15)} 30 Jan 2024",
                    lambda: f"Chrome {i(125, 133)}.0.{d(4)}.{i(10, 199)}", lambda: f"kernel 6.{i(1, 12)}.0-{i(10, 60)}-generic"],
        "date": [lambda: f"{i(1, 28)}.{i(1, 12)}.2026", lambda: f"2026/{i(1, 12):02d}/{i(1, 28):02d}", lambda: f"{i(1, 28):02d}-Dec-2026",
                 lambda: f"2026年{i(1, 12)}月{i(1, 28)}日", lambda: f"{i(1, 12):02d}/{i(1, 28):02d}/26 {i(1, 12)}:{i(0, 59):02d} PM",
                 lambda: f"202612{i(1, 28):02d}T{i(0, 23):02d}{i(0, 59):02d}{i(0, 59):02d}Z", lambda: f"epoch {i(1_700_000_000, 1_800_000_000)}",
                 lambda: f"week {i(1, 52)}/2026", lambda: f"{i(1, 28)} de diciembre de 2026"],
        "amount": [lambda: f"€ {i(1, 99)}.{d(3)},{d(2)}", lambda: f"CHF {i(1, 99)}'{d(3)}.{d(2)}", lambda: f"₹{i(1, 9)},{d(2)},{d(3)}.00",
                   lambda: f"R$ {i(1, 99)}.{d(3)},{d(2)}", lambda: f"¥{i(1, 999)},{d(3)}", lambda: f"{i(1, 99)} {d(3)},{d(2)} kr",
                   lambda: f"{i(1, 9)} {d(3)},{d(2)} zł", lambda: f"${i(1, 9)},{d(3)},{d(3)}.{d(2)}", lambda: f"Ft {i(10, 999)} {d(3)}",
                   lambda: f"₺ {i(1, 99)}.{d(3)},{d(2)}", lambda: f"Kontostand {i(100, 9999)},{d(2)} €"],
        "place": [lambda: f"{i(-60, 70)}.{d(6)}, {i(-170, 170)}.{d(6)}", lambda: f"geo:{i(-60, 70)}.{d(4)},{i(-170, 170)}.{d(4)}",
                  lambda: f"{i(0, 89)}°{i(0, 59)}′{i(0, 59)}″N {i(0, 179)}°{i(0, 59)}′{i(0, 59)}″E", lambda: f"UTM 33U {d(6)} {d(7)}",
                  lambda: f"plus code {alnum(r, 4, '23456789CFGHJMPQRVWX')}+{alnum(r, 2, '23456789CFGHJMPQRVWX')}",
                  lambda: pick(["SW1A 1AA", "K1A 0B1", "1012 AB Amsterdam", "00-950 Warszawa", "CEP 01310-100", "〒100-0001 東京都",
                                "ZIP 94105-1804", "PIN 560001", "75008 Paris", "Eircode D02 X285", "SE-111 22 Stockholm", "CH-8001 Zürich",
                                "1000 Bruxelles", "4000-123 Porto", "110 00 Praha 1", "Μαρούσι 151 24", "34000 Fatih/İstanbul"])],
        "reference": [lambda: f"ISBN {ean13('978' + d(9))}", lambda: f"ISBN {isbn10(d(9))}", lambda: f"ISSN {issn(d(7))}",
                      lambda: f"doi:10.{i(1000, 9999)}/{alnum(r, 8, string.ascii_lowercase + string.digits)}", lambda: f"arXiv:2{i(301, 412)}.{d(5)}",
                      lambda: pick(["ISO 9001:2015", "RFC 9110", "ISO/IEC 27001:2022", "DIN EN ISO 13485:2016", "IEC 62304", "Form 1040-SR"])],
        "number": [lambda: f"Webex meeting number 2{d(3)} {d(3)} {d(4)}", lambda: f"IP 10.{i(0, 255)}.{i(0, 255)}.{i(1, 254)}",
                   lambda: f"call {pick(['112', '999', '911', '000', '110'])} in an emergency", lambda: f"+{i(1, 9)}.{i(0, 9)}% QoQ",
                   lambda: f"CO₂ {i(400, 430)}.{i(0, 9)} ppm", lambda: f"DAX {i(18, 21)}.{d(3)},{d(2)} (+0,{d(2)} %)", lambda: f"{i(720, 3840)}x{i(480, 2160)}",
                   lambda: f"lens {i(10, 35)}-{i(50, 200)} mm f/{i(2, 5)}.{i(0, 9)}", lambda: f"steps {i(1, 29)},{d(3)} · HRV {i(20, 90)} ms · BP {i(100, 140)}/{i(60, 90)}",
                   lambda: f"pace {i(4, 7)}:{i(0, 59):02d}/km over {i(5, 42)}.{i(0, 9)} km"],
        "payment_reference": [lambda: f"Zahlungsreferenz {rf_reference(d(12))}", lambda: f"Gläubiger-ID {sepa_creditor_id('DE', d(11))}",
                              lambda: f"creditor id {sepa_creditor_id(pick(['NL', 'FR', 'AT']), d(11))}", lambda: f"QR-Referenz {qr_reference(d(26))}",
                              lambda: f"mededeling {ogm(r)}", lambda: f"BIC {pick(['NDEAFIHH', 'COBADEFFXXX', 'BCOMPTPL', 'KOMBCZPP', 'OTPVHUHB', 'TGBATRIS'])}",
                              lambda: f"SWIFT code {pick(['BOFAUS3N', 'CHASUS33', 'HSBCHKHH', 'DBSSSGSG'])}", lambda: f"Chase account ending in {d(4)} — payment received",
                              lambda: f"Karte endet auf {d(4)}", lambda: f"IBAN: DE** **** **** **** **{d(2)} {d(2)}", lambda: f"Mandatsreferenz M-{d(6)}",
                              lambda: f"Verwendungszweck RE-2026-{d(4)}"],
        "form": [lambda: f"case no. 2026-CV-{d(5)}", lambda: f"Aktenzeichen {i(1, 9)} K {d(3)}/26", lambda: f"docket {i(20, 26)}-{d(4)}",
                 lambda: f"patient room {i(100, 999)}, bed {i(1, 4)}", lambda: pick([
                     "Form W-2 box 12", "Enter your SSN to continue", "BSN invullen (verplicht)", "PESEL — pole wymagane", "CURP: (pendiente)",
                     "numéro fiscal à renseigner", "Steuer-ID fehlt noch", "W-8BEN form attached", "NHS 111 advice line", "Personalausweis beantragen",
                     "Aadhaar update centre, Bengaluru 560001", "codice fiscale: da inserire", "personnummer krävs för att boka", "NIE solicitado, cita el martes"])],
        "secret_reference": [lambda: pick([
            "password: ${DB_PASSWORD}", "api_key: {{ .Values.apiKey }}", 'token = os.environ["GITHUB_TOKEN"]', "Authorization: Bearer $TOKEN",
            "Authorization: Bearer <token>", "X-Api-Key: ${API_KEY}", 'password = ""', "secret: null", "client_secret: REPLACE_ME",
            "password: ********", "PASSWORD=<redacted>", '"password": "%s"', "DB_PASSWORD_FILE=/run/secrets/db_password", "password: !vault |",
            "api_key: ${{ secrets.OPENAI_API_KEY }}", "token: \"{{ lookup('env', 'GH_TOKEN') }}\"", "AWS_SECRET_ACCESS_KEY=$(pass show aws/secret)",
            "PASSWORD_RESET_TIMEOUT=3600", "TOKEN_EXPIRY=86400", "max_tokens: 4096", "SESSION_COOKIE_AGE=1209600", "auth_type: oauth2",
            "secret_santa_budget: 25", "WWW-Authenticate: Bearer realm=\"api\"", "Authorization header missing", "Content-Type: application/json"])],
        "password_words": [lambda: pick([
            "Passwort vergessen? Hier zurücksetzen", "Réinitialisez votre mot de passe", "Restablecer contraseña", "Wachtwoord wijzigen",
            "hasło wygasło — ustaw nowe", "Your password was changed on 2026-12-01", "password must contain 12+ characters",
            "the password is wrong again", "my password manager died", "what's the wifi password?", "ask Tom for the password",
            "password is on the fridge", "I reset my password twice today", "het wachtwoord staat in 1Password", "la contraseña está en el sobre",
            "Passwort steht im Tresor", "esqueci a senha do banco", "şifremi unuttum", "salasana vaihdettu", "zapomněl jsem heslo",
            "пароль не подходит", "パスワードを忘れた", "密码错误，请重试", "비밀번호를 잊어버렸어요", "Password strength: weak",
            "the secret is to rest the dough", "token of appreciation for the team", "pass me the salt", "passport renewal at 10:00"])],
        "command": [lambda: pick([
            "ssh -p 2222 pi@octopi.local", "scp -P 2022 notes.md pi@octopi.local:", "git add -p", "mkdir -p ~/src/tether", "docker run -p 5432:5432 postgres:16",
            "xargs -P 8 -n 1 gzip", "rsync -avP ~/Photos nas:/backup", "ps -p 4242 -o etime", "netstat -tulpn", "pip install -U pip",
            "mysql -u root -p", "psql -U app -W shop", "sqlcmd -S db01 -U sa", "mongosh --username admin --password", "docker login --password-stdin < token.txt",
            "openssl rand -base64 32", "pwgen -s 20 1", "passwd priya", "htpasswd -c /etc/nginx/.htpasswd priya", "ssh-keygen -t ed25519 -C priya@laptop",
            "aws configure", "gh auth login", "vault login -method=oidc", "az login", "npm login", "unzip -l archive.zip", "gpg --list-keys",
            "kubectl get secret db-creds -o yaml", "git log -p --stat", "curl -u priya https://nas.local/api", "wget --ask-password https://files.example.org/a.zip"])],
        "public_key": [lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{alnum(r, 43, B64)} priya@laptop",
                       lambda: f"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{alnum(r, 43, B64)}",
                       lambda: f"PublicKey = {_b64_32(r)}", lambda: f"age recipient: age1{alnum(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}",
                       lambda: "PGP fingerprint " + " ".join(alnum(r, 4, HEX.upper()) for _ in range(10)),
                       lambda: f"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA{_b64_32(r)}\n-----END PUBLIC KEY-----",
                       lambda: f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{alnum(r, 341, B64)}= priya@desk"],
        "hash": [lambda: f"{alnum(r, 64, HEX)}  ubuntu-24.04.1-desktop-amd64.iso", lambda: f"MD5 (backup.zip) = {alnum(r, 32, HEX)}",
                 lambda: f'<script src="app.js" integrity="sha384-{alnum(r, 64, B64)}">', lambda: f"golang.org/x/text v0.{i(10, 21)}.0 h1:{alnum(r, 43, B64)}=",
                 lambda: f"requests==2.32.3 --hash=sha256:{alnum(r, 64, HEX)}", lambda: f'checksum = "{alnum(r, 64, HEX)}"',
                 lambda: f'"integrity": "sha512-{alnum(r, 86, B64)}=="', lambda: f"magnet:?xt=urn:btih:{alnum(r, 40, HEX)}&dn=debian.iso",
                 lambda: f"ipfs://bafybei{alnum(r, 52, 'abcdefghijklmnopqrstuvwxyz234567')}"],
        "random_id": [lambda: f"https://www.youtube.com/watch?v={alnum(r, 11, B64[:-2] + '-_')}",
                      lambda: f"https://docs.google.com/document/d/1{alnum(r, 43, B64[:-2] + '-_')}/edit",
                      lambda: f"https://open.spotify.com/track/{alnum(r, 22, B64[:-2])}", lambda: f"s3://tether-exports/2026/12/{i(1, 28):02d}/{_uuid(r)}.parquet",
                      lambda: f"pod api-{alnum(r, 9, 'bcdfghjklmnpqrstvwxz2456789')}-{alnum(r, 5, 'bcdfghjklmnpqrstvwxz2456789')} restarted",
                      lambda: f"CloudFront distribution E{alnum(r, 13, string.ascii_uppercase + string.digits)}",
                      lambda: f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{alnum(r, 40, B64)}", lambda: "echo SGVsbG8sIFdvcmxkIQ== | base64 -d"],
        "model_name": [lambda: pick(["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "Qwen2.5-7B-Instruct-Q4_K_M.gguf", "locale sk-SK",
                                     "GitHub classic tokens start with ghp_", "xoxb- tokens are for bots", "128k-token context window",
                                     "keys starting AKIA are long-term keys", "sk-SK and sk_SK are both Slovak", "mistral-7b-instruct-v0.3.Q5_K_M.gguf",
                                     "text-embedding-3-small", "whisper-large-v3-turbo", "bge-m3 embeddings"])],
        "time": [lambda: f"{i(0, 23):02d}:{i(0, 59):02d}–{i(0, 23):02d}:{i(0, 59):02d} deep work", lambda: f"slept {i(5, 9)} h {i(0, 59)} min",
                 lambda: f"elapsed {i(0, 9)}:{i(0, 59):02d}:{i(0, 59):02d}.{d(3)}", lambda: f"took {i(100, 9999)} ms", lambda: f"uptime {i(1, 400)} days, {i(0, 23)}:{i(0, 59):02d}"],
    }


def lookalikes(r: random.Random, size: int = 360) -> list[Case]:
    """``size`` distinct look-alike lines, taken from the groups in turn."""
    return draw_lookalikes(_makers(r), r, size, REGIONS)


def draw_lookalikes(makers: dict[str, list[Callable[[], str]]], r: random.Random, size: int,
                    regions: tuple[str, ...]) -> list[Case]:
    """``size`` distinct lines from ``makers``, one group at a time, none holding a valid card or IBAN."""
    groups = list(makers)
    cases: dict[str, Case] = {}
    for n in range(20 * size):
        if len(cases) == size:
            break
        group = groups[n % len(groups)]
        text = r.choice(makers[group])()
        if text not in cases and not holds_card_or_iban(text):
            cases[text] = Case(text, (), regions[len(cases) % len(regions)], f"neg_{group}")
    return list(cases.values())
