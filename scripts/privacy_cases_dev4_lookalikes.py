"""Look-alikes for the dev4 privacy set: lines that look like dev4's phones, accounts, identifiers
and secrets and hold none, each group written in several contexts (logs, JSON, configs, chat,
receipts, tables, URLs). Hashes and commit ids, UUIDs and GUIDs, blockchain transaction hashes
(shaped like private keys) and public addresses, public and publishable keys (Stripe pk_live_,
PostHog phc_, reCAPTCHA site keys, analytics ids), references to secrets kept elsewhere (vault
paths, secret-manager ARNs, 1Password references, environment lookups) and placeholders, masked
values, company identifiers (VAT, EIN, ABN, CNPJ, SIREN, LEI) shaped like personal ones, securities
and container numbers with their own check digits, order, invoice and tracking numbers, ISBNs,
versions, timestamps, coordinates, meeting ids, medical and product codes, login wording in many
languages and commands with password flags but no password.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from privacy_cases import Case, alnum, digits
from privacy_cases_dev3_lookalikes import draw_lookalikes, ean13, isbn10

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
REGIONS = ("SK", "SI", "HR", "RS", "BG", "LT", "LV", "EE", "IS", "LU", "MT", "CY", "MA", "DZ", "TN", "GH", "TZ", "UG", "ET", "BD",
           "LK", "NP", "QA", "KW", "JO", "LB", "UY", "PY", "EC", "VE", "CR", "PA", "GT", "DO", "KZ", "UZ", "GE", "AZ", "MN", "KH",
           "BA", "MK", "AL", "JM", "US", "DE", "GB", "FR")


def _uuid(r: random.Random) -> str:
    return f"{alnum(r, 8, HEX)}-{alnum(r, 4, HEX)}-4{alnum(r, 3, HEX)}-{r.choice('89ab')}{alnum(r, 3, HEX)}-{alnum(r, 12, HEX)}"


def cnpj(r: random.Random) -> str:
    """A Brazilian company number (CNPJ) with both check digits."""
    body = digits(r, 8) + "0001"
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        check = 11 - sum(int(d) * w for d, w in zip(body, weights)) % 11
        body += str(0 if check >= 10 else check)
    return f"{body[:2]}.{body[2:5]}.{body[5:8]}/{body[8:12]}-{body[12:]}"


def abn(r: random.Random) -> str:
    """An Australian Business Number: subtract 1 from the first digit, weights, 0 mod 89."""
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    while True:
        rest = digits(r, 9)
        for lead in range(11, 100):
            n = f"{lead}{rest}"
            if (sum(int(d) * w for d, w in zip(n, weights)) - 10) % 89 == 0:
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def isin(r: random.Random, country: str) -> str:
    """An ISIN: country, nine characters, and the Luhn digit over their digit expansion."""
    body = country + digits(r, 9)
    expanded = "".join(str(int(c, 36)) for c in body)
    total = sum(int(d) if i % 2 else (int(d) * 2 - 9 if int(d) > 4 else int(d) * 2) for i, d in enumerate(reversed(expanded)))
    return body + str(-total % 10)


def container(r: random.Random) -> str:
    """An ISO 6346 freight container number with its check digit."""
    owner = r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU"])
    serial = digits(r, 6)
    values = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38]
    total = sum((values[ord(c) - 65] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + serial))
    return f"{owner} {serial} {total % 11 % 10}"


def _makers(r: random.Random) -> dict[str, list[Callable[[], str]]]:
    i, d, pick = r.randint, (lambda n: digits(r, n)), r.choice
    h = lambda n: alnum(r, n, HEX)  # noqa: E731
    return {
        "hash": [lambda: f"{h(64)} *backup-2026-12.tar.zst", lambda: f"SHA1 ({pick(['setup.exe', 'fw.bin'])}) = {h(40)}",
                 lambda: f"image: ghcr.io/acme/api@sha256:{h(64)}", lambda: f'checksum = "{h(64)}"  # Cargo.lock',
                 lambda: f"SHA256 Fingerprint={':'.join(alnum(r, 2, HEX.upper()) for _ in range(32))}", lambda: f'"contentHash": "{h(32)}"',
                 lambda: f"git hash-object notes.md → {h(40)}", lambda: f"md5sum: {h(32)}  IMG_4471.HEIC"],
        "commit": [lambda: f"commit {h(40)} (HEAD -> main, origin/main)", lambda: f"This reverts commit {h(40)}.",
                   lambda: f"HEAD is now at {h(7)} Fix flaky redaction test", lambda: f"https://github.com/acme/tether/commit/{h(40)}",
                   lambda: f"git cherry-pick {h(12)}", lambda: f"Merge {h(7)} into {h(7)}", lambda: f"deployed sha={h(40)} env=prod"],
        "uuid": [lambda: f"GET /api/v2/orders/{_uuid(r)} 200 12ms", lambda: f"HKLM\\SOFTWARE\\Classes\\CLSID\\{{{_uuid(r).upper()}}}",
                 lambda: f'{{"id": "{_uuid(r)}", "status": "shipped"}}', lambda: f"Device ID: {_uuid(r).upper()}",
                 lambda: f"X-Correlation-ID: {_uuid(r)}", lambda: f"volume {_uuid(r)} mounted at /data", lambda: f"session {_uuid(r)} ended"],
        "tx_hash": [lambda: f"Transaction Hash: 0x{h(64)}", lambda: f"https://etherscan.io/tx/0x{h(64)}", lambda: f"txid {h(64)} confirmed (6/6)",
                    lambda: f'"blockHash": "0x{h(64)}"', lambda: f"bitcoin-cli getrawtransaction {h(64)}"],
        "public_identifier": [lambda: f"Stripe publishable key pk_live_{alnum(r, 24)}", lambda: f"posthog.init('phc_{alnum(r, 43)}')",
                              lambda: f'data-sitekey="6Lc{alnum(r, 37, B64 + "-_")}"', lambda: f"gtag('config', 'G-{alnum(r, 10, UP)}');",
                              lambda: f"send ETH to 0x{h(40)}", lambda: f"BTC address bc1q{alnum(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}",
                              lambda: f"NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJ{alnum(r, 20)}In0.{alnum(r, 22, B64 + '-_')}",
                              lambda: f"ZeroTier network {h(16)}", lambda: f"Firebase projectId: tether-{d(5)}"],
        "secret_reference": [lambda: pick([
            "password: vault:secret/data/app#db_password", "DB_PASSWORD=op://Private/shop-db/password", "api_key: ${env:OPENAI_API_KEY}",
            "token = os.getenv('HF_TOKEN')", "const key = process.env.STRIPE_SECRET_KEY;", "secret: {{ .Values.db.password | quote }}",
            "password: !secret mqtt_password", "@Microsoft.KeyVault(SecretUri=https://tether-kv.vault.azure.net/secrets/db/)",
            "projects/4471/secrets/db-password/versions/latest", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbC123",
            "password_file: /run/secrets/postgres_password", "export GITHUB_TOKEN=$(gh auth token)", "api_key: <your-api-key-here>",
            "ANTHROPIC_API_KEY=sk-ant-...", "token: YOUR_TOKEN_HERE", "\"apiKey\": \"<INSERT KEY>\"", "password = \"${DB_PASS}\"",
            "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ",
            "Authorization: Bearer {{access_token}}", "private_key: \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n\"",
            "PASSWORD=%DB_PASSWORD%", "key: ENV['MAILGUN_KEY']"])],
        "masked": [lambda: f"Visa ending ****{d(4)}", lambda: f"IBAN: SK** **** **** **** **** {d(4)}", lambda: f"phone +421 9** *** {d(3)}",
                   lambda: f"sk_live_…{h(4)} (rolled)", lambda: f"ghp_{'*' * 36}", lambda: f"password: {'•' * i(8, 14)}",
                   lambda: f"EGN: ******{d(4)}", lambda: f"Konto: XXXX XXXX {d(4)}", lambda: "token=[REDACTED] user=priya",
                   lambda: f"AKIA{'*' * 16}", lambda: f"CNIC *****-*******-{d(1)}"],
        "company_id": [lambda: f"CNPJ {cnpj(r)}", lambda: f"ABN {abn(r)}", lambda: f"USt-IdNr. DE{d(9)}", lambda: f"EIN {d(2)}-{d(7)} (Acme Inc.)",
                       lambda: f"SIREN {d(3)} {d(3)} {d(3)}", lambda: f"KvK-nummer {d(8)}", lambda: f"IČO: {d(8)}, DIČ: CZ{d(8)}",
lambda: f"LEI {alnum(r, 4, UP)}00{alnum(r, 12, UP)}{d(2)}", lambda: f"DUNS {d(2)}-{d(3)}-{d(4)}",
                       lambda: f"VAT reg. GB {d(3)} {d(4)} {d(2)}", lambda: f"Matični broj firme: {d(8)}"],
        "security": [lambda: f"ISIN {isin(r, pick(['US', 'DE', 'SK', 'LU']))}", lambda: f"WKN {alnum(r, 6, UP)}", lambda: f"CUSIP {alnum(r, 9, UP)}",
                     lambda: f"container {container(r)} discharged", lambda: f"Bill of lading MEDU{d(7)}",
                     lambda: f"VIN {alnum(r, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}"],
        "order": [lambda: f"Objednávka č. 2026{d(6)} bola odoslaná", lambda: f"注文番号: {d(3)}-{d(7)}-{d(7)}", lambda: f"订单号 {d(18)}",
                  lambda: f"Sipariş no: {d(9)}", lambda: f"Shopify order #{i(1001, 9999)} paid", lambda: f"Porudžbina br. {d(8)}",
                  lambda: f"Užsakymo nr. LT-{d(7)}", lambda: f"Pedido Nº {d(4)}-{d(6)} (MercadoLibre)"],
        "invoice": [lambda: f"Faktúra č. 2026/{d(4)}", lambda: f"Račun br. {i(1, 999)}-1-1", lambda: f"Factura electrónica A-0001-{d(8)}",
                    lambda: f"請求書番号 INV-{d(8)}", lambda: f"Фактура № {d(10)}", lambda: f"Invoice {d(4)}/{d(2)}/2026 due 31.12.2026",
                    lambda: f"Arve nr {d(6)}", lambda: f"Rēķins Nr. R-{d(5)}"],
        "tracking": [lambda: f"DHL Waybill {d(10)}", lambda: f"Aramex AWB {d(11)}", lambda: f"Cainiao LP00{d(12)}",
                     lambda: f"YunExpress YT{d(16)}", lambda: f"Slovenská pošta RR{d(9)}SK", lambda: f"FedEx tracking {d(12)} — delivered",
                     lambda: f"Omniva {alnum(r, 2, string.ascii_uppercase)}{d(9)}EE", lambda: f"UPS 1Z{alnum(r, 16, UP)} in transit"],
        "isbn": [lambda: f"ISBN {ean13('978' + d(9))}", lambda: f"isbn = {{{isbn10(d(9))}}},", lambda: f"ISBN-13: 978-{d(2)}-{d(3)}-{d(4)}-{d(1)}",
                 lambda: f"ISMN 979-0-{d(4)}-{d(4)}-{d(1)}", lambda: f"EAN {ean13('978' + d(9))} (paperback)"],
        "version": [lambda: f"v{i(1, 20)}.{i(0, 40)}.{i(0, 20)}", lambda: f"1.{i(0, 9)}.0-beta.{i(1, 9)}+exp.sha.{h(7)}",
                    lambda: f"Version 17.{i(0, 6)}.{i(0, 3)} (21{pick('EFG')}{i(100, 999)})", lambda: f"numpy=={i(1, 2)}.{i(0, 26)}.{i(0, 9)}",
                    lambda: f"Debian 1:2.{i(30, 40)}.{i(0, 9)}-{i(1, 9)}+deb12u{i(1, 4)}", lambda: f"Android 15 (AP4A.{i(240101, 251231)}.{d(3)})",
                    lambda: f'"react": "^18.{i(0, 3)}.{i(0, 9)}"', lambda: f"OS build 26100.{d(4)}"],
        "timestamp": [lambda: f"Tue, {i(1, 28):02d} Dec 2026 {i(0, 23):02d}:{i(0, 59):02d}:{i(0, 59):02d} +0100",
                      lambda: f"Dec {i(1, 28):2d} {i(0, 23):02d}:{i(0, 59):02d}:{i(0, 59):02d} nas sshd[{d(4)}]: session opened",
                      lambda: f"2026-12-{i(1, 28):02d} {i(0, 23):02d}:{i(0, 59):02d}:{i(0, 59):02d},{d(3)} INFO worker ready",
                      lambda: f"2026-12-{i(1, 28):02d}T{i(0, 23):02d}:{i(0, 59):02d}:{i(0, 59):02d}.{d(9)}Z",
                      lambda: f"ts={i(1_700_000_000_000, 1_800_000_000_000)}",
                      lambda: f"backup_2026120{i(1, 9)}{i(10, 23)}{i(10, 59)}{i(10, 59)}.tar",
                      lambda: f"{i(1, 12)}/{i(1, 28)}/2026 {i(1, 12)}:{i(10, 59)}:{i(10, 59)} PM"],
        "coordinates": [lambda: f"https://www.google.com/maps/@{i(-40, 60)}.{d(7)},{i(-80, 80)}.{d(7)},17z",
                        lambda: f'"coordinates": [{i(-80, 80)}.{d(6)}, {i(-40, 60)}.{d(6)}]',
                        lambda: f"lat={i(-40, 60)}.{d(5)}&lng={i(-80, 80)}.{d(5)}",
                        lambda: f"{i(0, 89)}° {i(0, 59)}' {i(0, 59)}.{d(1)}\" S, {i(0, 179)}° {i(0, 59)}' {i(0, 59)}.{d(1)}\" W",
                        lambda: f"MGRS {i(10, 60)}{pick('STUV')}{alnum(r, 2, 'ABCDEFGHJKLMNPQRSTUV')} {d(5)} {d(5)}",
                        lambda: "what3words ///filled.count.soap"],
        "meeting": [lambda: f"Zoom meeting ID: {i(810, 899)} {d(4)} {d(4)}", lambda: f"Teams conference ID: {d(3)} {d(3)} {d(3)}#",
                    lambda: "meet.google.com/" + "-".join(alnum(r, n, string.ascii_lowercase) for n in (3, 4, 3)),
                    lambda: f"Webinar ID {d(3)} {d(4)} {d(4)}", lambda: f"Jitsi room tether-standup-{d(4)}"],
        "medical_code": [lambda: f"ICD-10 {pick('JKM')}{i(10, 99)}.{d(2)}", lambda: f"NDC {d(4)}-{d(4)}-{d(2)}",
                         lambda: f"ATC {pick(['N02BE01', 'C09AA05', 'A10BA02'])}",
                         lambda: f"PZN {d(8)}", lambda: f"LOINC {i(1000, 99999)}-{i(0, 9)}", lambda: f"lot {alnum(r, 6, UP)} exp 2027-0{i(1, 9)}"],
        "product_code": [lambda: f"GTIN {ean13('0' + d(11))}", lambda: f"P/N {d(3)}-{d(4)}-{d(3)}",
                         lambda: f"MPN {alnum(r, 3, string.ascii_uppercase)}-{d(5)}-{d(2)}",
                         lambda: f"model SM-A{i(100, 599)}{pick('BFU')}/DSN", lambda: f"Art.č. {d(6)}",
                         lambda: f"SKU {alnum(r, 3, string.ascii_uppercase)}-{d(4)}-{pick(['S', 'M', 'L', 'XL'])}"],
        "receipt": [lambda: f"SUMA EUR {i(1, 99)},{d(2)}   DPH 23 %", lambda: f"Terminal-ID {d(8)}  TA-Nr. {d(6)}",
                    lambda: f"Beleg-Nr. {d(4)}  Kasse {i(1, 9)}",
                    lambda: f"TSE-Seriennummer {h(64)}", lambda: f"ФИСКАЛЕН БОН № {d(10)}",
                    lambda: f"Auth code {alnum(r, 6, UP)}  Card ************{d(4)}"],
        "locale_number": [lambda: f"{i(1, 28)}. {i(1, 12)}. 2026", lambda: f"2026. {i(1, 12):02d}. {i(1, 28):02d}.",
                          lambda: f"₹{i(1, 9)},{d(2)},{d(2)},{d(3)}",
                          lambda: f"Kč {i(1, 99)} {d(3)},00", lambda: f"{i(1, 99)} {d(3)} {d(3)} so'm", lambda: f"Br {i(1, 9)} {d(3)},{d(2)}",
                          lambda: f"population {i(1, 9)} {d(3)} {d(3)} (2026 est.)",
                          lambda: f"| 2026-Q{i(1, 4)} | {i(1, 9)} {d(3)} {d(3)} | {i(1, 30)}.{d(1)} % |"],
        "config_words": [lambda: pick([
            "token_endpoint: https://sso.example.org/oauth2/token", "key_size: 4096", "secret_name: db-creds", "password_policy: strong",
            "api_version: 2024-10-21", "keyring_backend = file", "max_password_age = 90", "AUTH_TOKEN_TTL=3600", "KEY_ROTATION_DAYS=30",
            "PasswordAuthentication no", "PubkeyAuthentication yes", "auth_method: sso", "tokenizer: cl100k_base", "max_tokens_per_minute: 90000",
            "secret_scanning: enabled", "pin_memory: true", "session_timeout_minutes: 30", "require_2fa = true", "hash_algorithm: argon2id",
            "signing_key_id: prod-2026-12"])],
        "auth_wording": [lambda: pick([
            "Zabudli ste heslo?", "Смяна на паролата", "Unohditko salasanasi?", "Şifrenizi mi unuttunuz?", "Atkurti slaptažodį",
            "パスワードの再設定", "重設密碼", "비밀번호 재설정", "كلمة المرور غير صحيحة", "סיסמה שגויה, נסה שוב", "पासवर्ड रीसेट करें",
            "Quên mật khẩu?", "Lupa kata sandi?", "Lozinka je istekla", "Parool on aegunud", "Aizmirsāt paroli?", "Gleymt lykilorð?",
            "Enter the 6-digit code from your authenticator", "PIN entered incorrectly 3 times", "API key revoked by admin",
            "token expired, please sign in again", "rotate the secret every 90 days", "password must differ from the last 5",
            "the key to the shed is under the pot", "pass the secret sauce", "I keep my passwords in KeePassXC"])],
        "command": [lambda: pick([
            "ipmitool -I lanplus -H 10.0.0.50 -U ADMIN -a chassis status", "plink -ssh pi@raspberrypi.local",
            "security find-generic-password -s home-nas",
            "nmcli --ask dev wifi connect HomeNet-5G", "kinit priya@ACME.LOCAL", "oc login --web https://api.crc.testing:6443",
            "argocd login argocd.example.org --sso",
            "veracrypt --text --mount vault.hc /mnt/vault", "unrar x photos-2026.rar", "gh secret set DB_PASSWORD < pw.txt",
            "terraform apply -var-file=secrets.tfvars", "docker secret ls", "htpasswd -B -c .htpasswd priya", "openssl rand -hex 32",
            "pwgen -sy 20 1",
            "keepassxc-cli show Passwords.kdbx github", "gpg --full-generate-key", "ssh-copy-id -p 2222 pi@raspberrypi.local",
            "mysqladmin -u root -p status",
            "psql -h db -U app -W shop", "wpa_cli -i wlan0 list_networks", "cryptsetup luksAddKey /dev/sdb1",
            "yt-dlp --netrc https://video.example.org/course/12",
            "vault token lookup", "pulumi config set --secret dbPassword", "az keyvault secret show --vault-name tether-kv -n db-password"])],
        "url_id": [lambda: f"https://www.figma.com/design/{alnum(r, 22)}/Tether-UI", lambda: f"https://www.notion.so/Sprint-notes-{h(32)}",
                   lambda: f"https://airtable.com/app{alnum(r, 14)}/tbl{alnum(r, 14)}", lambda: f"https://www.loom.com/share/{h(32)}",
                   lambda: f"https://gist.github.com/priya/{h(32)}", lambda: f"https://trello.com/b/{alnum(r, 8)}/home-renovation",
                   lambda: f"https://www.youtube.com/shorts/{alnum(r, 11, B64 + '-_')}", lambda: f"https://maps.app.goo.gl/{alnum(r, 17)}"],
        "transport": [lambda: f"PNR {alnum(r, 6, string.ascii_uppercase)} / ticket {d(3)}-{d(10)}",
                      lambda: f"ZSSK vlak R {i(600, 999)} odchod {i(5, 22)}:{i(10, 59)}",
                      lambda: f"seat {i(1, 40)}{pick('ABCDEF')}, gate B{i(1, 60)}, flight JU {d(3)}",
                      lambda: f"plate BA-{d(3)}{alnum(r, 2, string.ascii_uppercase)}",
                      lambda: f"bus {i(1, 99)} dep {i(5, 23)}:{i(10, 59)} platform {i(1, 12)}"],
    }


def lookalikes(r: random.Random, size: int = 300) -> list[Case]:
    """``size`` distinct look-alike lines, taken from the groups in turn."""
    return draw_lookalikes(_makers(r), r, size, REGIONS)
