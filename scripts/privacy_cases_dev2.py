"""Labelled lines for ``bench_privacy.py``: the second tuning set (the former held-out set, whose
misses were read while tuning).

Written apart from ``privacy_cases.py``: other templates (chat messages, e-mail snippets, log lines,
calendar notes), other values and seed, other countries where the kind allows (Spanish, Belgian,
Irish, Swedish, Danish, Norwegian IBANs; Korean, Mexican, Swiss, Austrian, Polish, Swedish phones;
Diners, UnionPay, Maestro cards), other secret formats. Only the check-digit rules are shared.
"""

from __future__ import annotations

import random
import string

from privacy_cases import Case, alnum, digits, grouped, iban, luhn_complete

HEX = "0123456789abcdef"


def _phone_values(rng: random.Random) -> list[tuple[str, str]]:
    v: list[tuple[str, str]] = []
    for _ in range(6):
        v.append(("KR", rng.choice([f"010-{digits(rng, 4)}-{digits(rng, 4)}", f"+82 10 {digits(rng, 4)} {digits(rng, 4)}",
                                    f"02-{rng.randint(200, 999)}-{digits(rng, 4)}"])))
    for _ in range(6):
        v.append(("MX", rng.choice([f"55 {digits(rng, 4)} {digits(rng, 4)}", f"+52 55 {digits(rng, 4)} {digits(rng, 4)}",
                                    f"+52 1 33 {digits(rng, 4)} {digits(rng, 4)}"])))
    for _ in range(6):
        v.append(("CH", rng.choice([f"079 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"+41 44 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                                    f"044 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"])))
    for _ in range(6):
        v.append(("AT", rng.choice([f"0664 {digits(rng, 7)}", f"+43 664 {digits(rng, 7)}", f"01 {digits(rng, 3)} {digits(rng, 4)}"])))
    for _ in range(6):
        lead = rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])  # mobile blocks
        v.append(("PL", rng.choice([f"{lead}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}",
                                    f"+48 {lead}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"])))
    for _ in range(6):
        v.append(("SE", rng.choice([f"070-{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"+46 70 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                                    f"08-{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 2)}"])))
    for _ in range(8):
        v.append(("US", rng.choice([f"+1 ({rng.choice(['646', '718', '408', '917'])}) {rng.randint(200, 989)}-{digits(rng, 4)}",
                                    f"{rng.choice(['646', '718', '408', '917'])} {rng.randint(200, 989)} {digits(rng, 4)}"])))
    for _ in range(8):
        v.append(("DE", rng.choice([f"+49 1{rng.choice(['51', '52', '57', '59'])} {digits(rng, 8)}", f"0{rng.choice(['221', '69', '711'])}/{digits(rng, 7)}",
                                    f"(0{rng.choice(['221', '69', '711'])}) {digits(rng, 3)} {digits(rng, 4)}"])))
    for _ in range(6):
        v.append(("GB", rng.choice([f"0{rng.choice(['161', '121', '131'])} {rng.randint(200, 999)} {digits(rng, 4)}",
                                    f"+447{rng.choice('4589')}{digits(rng, 8)}"])))
    return v


_PHONE_TEMPLATES = [
    "[WhatsApp] Lena: neue Nummer {v}", "From: Jae-won <jw@corp.kr> — cell {v}", "Reservierung unter {v}",
    "📞 {v}", "Llámame al {v} cuando llegues", "calendar: plumber visit, contact {v}", "log: outbound call to {v} (3m12s)",
    "Voicemail from {v}", "Zadzwoń {v}", "ring tillbaka på {v}", "emergency contact — {v}", "Fax {v}",
]


def _secret_values(rng: random.Random) -> list[tuple[str, str, str]]:
    b64 = string.ascii_letters + string.digits
    out: list[tuple[str, str, str]] = []
    for _ in range(3):
        out += [
            ("mailchimp", "MAILCHIMP_KEY={v}", alnum(rng, 32, HEX) + "-us" + str(rng.randint(1, 20))),
            ("telegram", "bot token {v}", f"{digits(rng, 9)}:{alnum(rng, 35, b64 + '_-')}"),
            ("square", "square: {v}", "sq0csp-" + alnum(rng, 43, b64 + "-_")),
            ("digitalocean", "doctl auth init -t {v}", "dop_v1_" + alnum(rng, 64, HEX)),
            ("shopify", "X-Shopify-Access-Token: {v}", "shpat_" + alnum(rng, 32, HEX)),
            ("stripe_restricted", "STRIPE_RK={v}", "rk_live_" + alnum(rng, 30)),
            ("azure_storage", "DefaultEndpointsProtocol=https;AccountName=priya;AccountKey={v};EndpointSuffix=core.windows.net",
             alnum(rng, 86, b64 + "+/") + "=="),
            ("gitlab_runner", "gitlab-runner register --token {v}", "glrt-" + alnum(rng, 20, b64 + "-_")),
            ("github_oauth", "oauth_token: {v}", "gho_" + alnum(rng, 36)),
            ("aws_session", "AWS_SESSION_TOKEN=\"{v}\"", "IQoJb3JpZ2luX2Vj" + alnum(rng, 120, b64 + "/+")),
            ("openai_legacy", "openai.api_key='{v}'", "sk-" + alnum(rng, 20) + "T3BlbkFJ" + alnum(rng, 20)),
            ("hex_api_key", "X-API-Key: {v}", alnum(rng, 40, HEX)),
            ("pypi", "twine upload -p {v} dist/*", "pypi-AgEIcHlwaS5vcmc" + alnum(rng, 80, b64 + "-_")),
            ("discord", "DISCORD_TOKEN={v}", "M" + alnum(rng, 23) + "." + alnum(rng, 6) + "." + alnum(rng, 27, b64 + "-_")),
            ("high_entropy_json", '{{"session": "{v}", "user": 41}}', alnum(rng, 44, b64 + "+/")),
        ]
    return out


_PW = ["Marmelade!9", "kiwi-Sunset-4", "Oslo2024#", "1qaz2wsx!", "Frühling88", "dragon_fly7", "pa55word", "Tigger#2010",
       "Kx8!vQ3z", "azerty123", "Bergen_77", "n0tmyrealpw"]
_PW_COMMANDS = [
    "mysql -h 10.0.0.5 -uroot -p{v} -e 'show databases'", "psql \"postgresql://admin:{v}@127.0.0.1:5432/prod\"",
    "echo {v} | sudo -S apt upgrade", "wget --user=priya --password={v} https://files.example.org/a.zip",
    "ftp://priya:{v}@ftp.example.org/upload", "net use Z: \\\\nas\\share /user:priya {v}",
    "7z a -p{v} backup.7z ~/Documents", "zip -P {v} secret.zip taxes.pdf", "mongosh -u admin -p {v} --authenticationDatabase admin",
    "keytool -list -keystore app.jks -storepass {v}",
]
_PW_PROSE = [
    "la password è {v}", "het wachtwoord is {v}", "Zugangsdaten: Benutzer priya, Passwort {v}", "senha do wifi: {v}",
    "use {v} as the temp password", "PIN: {v}", "guest wifi → {v}", "code de la porte et mot de passe wifi {v}",
    "The password to the shared drive is {v}.", "lösenord: {v}",
]


def positives(seed: int = 4711) -> list[Case]:
    """The positive cases of the held-out set."""
    rng = random.Random(seed)
    cases = []
    for region, number in _phone_values(rng):
        line = rng.choice(_PHONE_TEMPLATES).format(v=number)
        mail = (("email", "jw@corp.kr"),) if "jw@corp.kr" in line else ()
        cases.append(Case(line, (("phone", number), *mail), region, f"phone_{region}"))
    cards = [("diners", "36", 14), ("unionpay", "62", 16), ("maestro", "6759", 16), ("visa", "4", 16), ("mastercard", "53", 16),
             ("amex", "34", 15), ("visa13", "4", 13)]
    for i in range(28):
        brand, prefix, n = cards[i % len(cards)]
        number = luhn_complete(prefix, n, rng)
        shown = rng.choice([number, grouped(number, sep=" "), grouped(number, sep="-")]) if n != 14 else f"{number[:4]} {number[4:10]} {number[10:]}"
        line = rng.choice(["Your card ending in {last} was charged — full number {v}", "pay: {v} / 11/29 / Priya Nair",
                           "apple pay added {v}", "Kartennr. {v}", "tarjeta {v}"]).format(v=shown, last=number[-4:])
        cases.append(Case(line, (("card", shown),), "US", f"card_{brand}"))
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    for i in range(30):
        country = ["ES", "BE", "IE", "SE", "DK", "NO"][i % 6]
        if country == "ES":
            bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            d1 = 11 - sum(int(a) * b for a, b in zip("00" + bank + branch, w)) % 11
            d2 = 11 - sum(int(a) * b for a, b in zip(account, w)) % 11
            fix = lambda d: 0 if d == 11 else 1 if d == 10 else d  # noqa: E731
            bban = f"{bank}{branch}{fix(d1)}{fix(d2)}{account}"
        elif country == "BE":
            base = digits(rng, 10)
            check = int(base) % 97 or 97
            bban = f"{base}{check:02d}"
        elif country == "IE":
            bban = "AIBK" + digits(rng, 14)
        elif country == "NO":
            base = digits(rng, 10)
            weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            rest = 11 - sum(int(a) * b for a, b in zip(base, weights)) % 11
            if rest == 10:
                continue
            bban = base + str(0 if rest == 11 else rest)
        else:
            bban = digits(rng, 20 if country == "SE" else 14)
        value = iban(country, bban)
        shown = rng.choice([grouped(value), value.lower() if i % 5 == 0 else value])
        cases.append(Case(rng.choice(["Bizum no, transferencia a {v}", "beneficiary IBAN: {v} (ref: rent Dec)",
                                      "please refund to {v}", "IBAN {v}\nBIC NDEADKKK"]).format(v=shown),
                          (("account", shown),), country, f"iban_{country}"))
    for _ in range(12):
        sort_code = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        account = digits(rng, 8)
        cases.append(Case(f"sort code {sort_code}, account number {account}", (("account", sort_code), ("account", account)), "GB",
                          "account_gb"))
        routing = rng.choice(["021000021", "026009593", "121000358"])
        acct = digits(rng, 10)
        cases.append(Case(f"routing {routing} acct {acct} (checking)", (("account", routing), ("account", acct)), "US", "account_us"))
    for _ in range(6):
        n = rng.randint(10000000, 99999999)
        cases.append(Case(f"NIE X{n % 10000000:07d}{letters[int('0' + str(n % 10000000)) % 23]}",
                          (("national_id", f"X{n % 10000000:07d}{letters[int(str(n % 10000000)) % 23]}"),), "ES", "id_es_nie"))
        ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        cases.append(Case(f"employee {rng.randint(100, 999)} / {ssn}", (("national_id", ssn),), "US", "id_us_ssn_bare"))
        body = luhn_complete(rng.choice("12345"), 9, rng)
        cases.append(Case(f"my social insurance number is {body}", (("national_id", body),), "CA", "id_ca_sin"))
    for fmt, template, value in _secret_values(rng):
        cases.append(Case(template.format(v=value), (("secret", value),), "US", f"secret_{fmt}"))
    for i, template in enumerate(_PW_COMMANDS * 2):
        value = _PW[(i * 7) % len(_PW)]
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_command"))
    for i, template in enumerate(_PW_PROSE * 2):
        value = _PW[(i * 5 + 3) % len(_PW)] if "PIN" not in template else str(rng.randint(1000, 9999))
        cases.append(Case(template.format(v=value), (("secret", value),), "IT", "password_prose"))
    return cases


def negatives(seed: int = 815) -> list[Case]:
    """Look-alikes written differently from the tuning set's."""
    rng = random.Random(seed)
    r = rng.randint
    makers = [
        lambda: f"Train ICE {r(100, 999)} dep {r(5, 23)}:{r(0, 59):02d} Gleis {r(1, 20)}", lambda: f"postcode SW{r(1, 20)}A {r(1, 9)}AA",
        lambda: f"{r(10000, 99999)} Berlin, Hauptstraße {r(1, 200)}", lambda: f"epoch ms {r(1700000000000, 1800000000000)}",
        lambda: f"MAC {':'.join(alnum(rng, 2, HEX) for _ in range(6))}", lambda: f"color #{alnum(rng, 6, HEX)}",
        lambda: f"SKU {r(100, 999)}-{r(1000, 9999)}-{r(1000, 9999)}", lambda: f"DHL JJD{r(10**14, 10**15)}",
        lambda: f"Bestellung #A-{r(10000, 99999)}-{r(1000, 9999)}", lambda: f"ticket INC{r(10**6, 10**7)}",
        lambda: f"{r(1, 31)}/{r(1, 12)}/{r(10, 30)} {r(1, 12)}:{r(0, 59):02d} PM", lambda: f"lap {r(1, 9)}:{r(10, 59)}.{r(100, 999)}",
        lambda: f"{r(1, 50)}.{r(0, 9)} GB of {r(64, 512)} GB used", lambda: f"sprint {r(10, 99)}: velocity {r(10, 80)} pts",
        lambda: f"blood pressure {r(100, 160)}/{r(60, 100)}", lambda: f"{r(100, 999)} {r(100, 999)} views",
        lambda: f"GPS {r(-60, 70)}.{r(10**5, 10**6)}N {r(-150, 150)}.{r(10**5, 10**6)}E", lambda: f"Kontostand {r(100, 9999)},{r(0, 99):02d} €",
        lambda: f"npm@{r(8, 11)}.{r(0, 9)}.{r(0, 9)}", lambda: f"node v{r(16, 24)}.{r(0, 20)}.{r(0, 9)}",
        lambda: f"ISBN-10 {rng.choice(['0-19-852663-6', '3-598-21500-2', '0-7167-0344-0'])}", lambda: f"order {r(10**11, 10**12)}",
        lambda: f"Flug EW {r(1000, 9999)} {r(6, 22)}:{r(0, 59):02d}", lambda: f"ref {r(100000, 999999)}/{r(10, 99)}",
        lambda: f"Raum {r(1, 4)}.{r(100, 300)}.{r(1, 50)}", lambda: f"uuid {alnum(rng, 8, HEX)}-{alnum(rng, 4, HEX)}-{alnum(rng, 4, HEX)}-{alnum(rng, 4, HEX)}-{alnum(rng, 12, HEX)}",
        lambda: f"git rev {alnum(rng, 12, HEX)}", lambda: f"build #{r(1000, 99999)} ({alnum(rng, 7, HEX)})",
        lambda: rng.choice(["Your password has expired", "Enter your PIN", "token budget exceeded", "secret: not set",
                            "password: (saved in keychain)", "Passwort ändern", "API_KEY not found in environment",
                            "export EDITOR=vim", "ssh-keygen -t ed25519", "curl -u $USER:$PASS https://x", "pass show email/work",
                            "mysql -u root -p", "docker login", "PASSWORD_MIN_LENGTH=12", "token_limit: 4096",
                            "ReportQ4_Marketing_Budget_Draft3.pptx", "IMG_20261120_143255.jpg", "Screenshot 2026-11-20 at 14.32.55.png",
                            "the secret ingredient is cumin", "password strength: strong"]),
    ]
    cases: dict[str, Case] = {}
    regions = ("US", "DE", "GB", "CH", "AT", "KR", "MX", "PL", "SE", "ES")
    for i in range(3000):
        if len(cases) == 320:
            break
        text = makers[i % len(makers)]()
        cases.setdefault(text, Case(text, (), regions[len(cases) % len(regions)], "neg"))
    return list(cases.values())
