"""Labelled lines for ``bench_privacy.py``: the tuning set.

Each ``Case`` is a line as a sensor would record it (a window title, a shell command, a note, a
message), the personal values in it with their kind, and the region of the person who wrote it
(phone numbers written without a country code are read in that region). Values are made from the
numbering plans and check-digit rules themselves (never by asking the redactor's libraries), with a
fixed seed. ``privacy_cases_dev2.py`` and ``privacy_cases_heldout.py`` are written differently.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    """A line, the personal values in it as ``(kind, value)``, the writer's region and a group name."""

    text: str
    values: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    region: str = "US"
    group: str = ""


# --- check digits, shared with the held-out set (the rules, not the templates) -----------------

def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A ``length``-digit number starting with ``prefix`` whose Luhn check digit is right."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        digits = body + check
        total = sum(int(d) if i % 2 == 0 else (int(d) * 2 - 9 if int(d) > 4 else int(d) * 2)
                    for i, d in enumerate(reversed(digits)))
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable")


def iban(country: str, bban: str) -> str:
    """The compact IBAN for ``bban`` in ``country`` with its ISO 13616 (mod 97) check digits."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{country}{98 - number % 97:02d}{bban}"


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    """``value`` in groups of ``size`` (the print form of IBANs and cards)."""
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng: random.Random, n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


# --- phones: national formats of 11 countries, plus international forms -------------------------

def _phones(rng: random.Random) -> list[tuple[str, str]]:
    """``(region, written number)`` pairs."""
    out: list[tuple[str, str]] = []
    for _ in range(9):
        a, e, s = rng.choice(["212", "415", "650", "312", "617", "206", "303", "512", "713", "202"]), \
            str(rng.randint(201, 989)), digits(rng, 4)
        if e.endswith("11"):
            e = "234"
        out.append(("US", rng.choice([f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"{a}{e}{s}",
                                      f"+1 {a} {e} {s}", f"+1-{a}-{e}-{s}", f"1-{a}-{e}-{s}"])))
    for _ in range(10):
        mobile = rng.choice(["0151", "0160", "0170", "0171", "0172", "0176", "0177", "0178", "0179"])
        sub = digits(rng, 8 if mobile in ("0151", "0176", "0177", "0178", "0179") else 7)
        city, local = rng.choice([("030", digits(rng, 8)), ("089", digits(rng, 7)), ("040", digits(rng, 8))])
        out.append(("DE", rng.choice([f"{mobile} {sub}", f"{mobile}-{sub}", f"{mobile}/{sub}",
                                      f"+49 {mobile[1:]} {sub}", f"+49 (0){mobile[1:]} {sub}", f"0049 {mobile[1:]} {sub}",
                                      f"{city} {local[:4]} {local[4:]}", f"+49 {city[1:]} {local}"])))
    for _ in range(9):
        mob = f"07{rng.choice('45789')}{digits(rng, 2)}"
        sub = digits(rng, 6)
        london = f"{rng.choice('378')}{digits(rng, 3)} {digits(rng, 4)}"
        out.append(("GB", rng.choice([f"{mob} {sub}", f"+44 {mob[1:]} {sub}", f"+44 (0){mob[1:]} {sub}",
                                      f"020 {london}", f"+44 20 {london}", f"(020) {london}"])))
    for _ in range(9):
        lead = rng.choice(["01", "02", "03", "04", "05", "06", "07"])
        lead = "07" + rng.choice("3456789") if lead == "07" else lead + rng.choice("123456789")
        rest = digits(rng, 10 - len(lead))  # the digit after the area code is never 0
        number = lead + rest
        pairs = " ".join(number[i:i + 2] for i in range(0, 10, 2))
        out.append(("FR", rng.choice([pairs, pairs.replace(" ", "."), f"+33 {number[1]} " + pairs[3:],
                                      f"0033 {number[1]} " + pairs[3:], pairs.replace(" ", "-")])))
    for _ in range(8):
        out.append(("JP", rng.choice([f"03-{digits(rng, 4)}-{digits(rng, 4)}", f"090-{rng.randint(1000, 9999)}-{digits(rng, 4)}",
                                      f"080 {rng.randint(1000, 9999)} {digits(rng, 4)}", f"+81 3 {digits(rng, 4)} {digits(rng, 4)}",
                                      f"+81 90 {rng.randint(1000, 9999)} {digits(rng, 4)}", f"06-6{digits(rng, 3)}-{digits(rng, 4)}"])))
    for _ in range(8):
        area = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        out.append(("BR", rng.choice([f"({area}) 9{digits(rng, 4)}-{digits(rng, 4)}", f"+55 {area} 9{digits(rng, 4)} {digits(rng, 4)}",
                                      f"({area}) 3{digits(rng, 3)}-{digits(rng, 4)}", f"+55 ({area}) 9{digits(rng, 4)}-{digits(rng, 4)}"])))
    for _ in range(8):
        mobile = rng.choice("6789") + digits(rng, 9)
        out.append(("IN", rng.choice([f"{mobile[:5]} {mobile[5:]}", f"+91 {mobile[:5]} {mobile[5:]}", f"+91-{mobile}",
                                      f"0{mobile}", f"022 2{digits(rng, 3)} {digits(rng, 4)}"])))
    for _ in range(8):
        mob = "04" + digits(rng, 8)
        out.append(("AU", rng.choice([f"{mob[:4]} {mob[4:7]} {mob[7:]}", f"+61 {mob[1:4]} {mob[4:7]} {mob[7:]}",
                                      f"(02) 9{digits(rng, 3)} {digits(rng, 4)}", f"+61 2 9{digits(rng, 3)} {digits(rng, 4)}",
                                      f"03 9{digits(rng, 3)} {digits(rng, 4)}"])))
    for _ in range(6):
        out.append(("ES", rng.choice([f"6{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                                      f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                                      f"91 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"])))
    for _ in range(6):
        out.append(("IT", rng.choice([f"3{rng.choice('234')}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}",
                                      f"+39 3{rng.choice('234')}{digits(rng, 1)} {digits(rng, 7)}",
                                      f"06 {digits(rng, 4)} {digits(rng, 4)}"])))
    for _ in range(6):
        mobile = rng.choice("12345") + digits(rng, 7)  # 06-1 to 06-5 are the allocated mobile blocks
        out.append(("NL", rng.choice([f"06-{mobile}", f"+31 6 {mobile}", f"020-{digits(rng, 7)}",
                                      f"+31 20 {digits(rng, 3)} {digits(rng, 4)}"])))
    return out


_PHONE_LINES = [
    "Handy: {v}", "call me at {v}", "Tel. {v}", "Mei: {v}", "Missed call from {v}", "WhatsApp — Anna {v}",
    "Rückruf an {v} bitte", "Contact: Dr. Weber ({v})", "dentist {v} Tuesday", "SMS from {v}: see you at 7",
    "Ring {v} about the flat", "Appelle-moi au {v}", "{v}", "call Tom {v} before 18:00", "new number {v} (work)",
    "Signal {v}", "Meeting moved, reach me on {v}", "phone: {v}", "Chiamami al {v}", "my number is {v}",
]


def _secrets(rng: random.Random) -> list[tuple[str, str, str]]:
    """``(format, line, value)`` triples: at least 20 formats of secret."""
    b64 = string.ascii_letters + string.digits
    lower = string.ascii_lowercase + string.digits
    out: list[tuple[str, str, str]] = []
    for _ in range(4):
        out.append(("aws_key_id", "export AWS_ACCESS_KEY_ID={v}", "AKIA" + alnum(rng, 16, string.ascii_uppercase + string.digits)))
        out.append(("aws_secret", "aws_secret_access_key = {v}", alnum(rng, 40, b64 + "/+")))
        out.append(("github", "git clone https://x-access-token:{v}@github.com/priya/notes.git", "ghp_" + alnum(rng, 36)))
        out.append(("github_pat", "GH_TOKEN={v} gh pr list", "github_pat_" + alnum(rng, 22) + "_" + alnum(rng, 59)))
        out.append(("gitlab", "glab auth login --token {v}", "glpat-" + alnum(rng, 20, b64 + "-_")))
        out.append(("slack", "SLACK_BOT_TOKEN: {v}", f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{alnum(rng, 24, lower)}"))
        out.append(("slack_webhook", "curl -X POST {v} -d @msg.json",
                    f"https://hooks.slack.com/services/T{alnum(rng, 8, string.ascii_uppercase + string.digits)}/"
                    f"B{alnum(rng, 8, string.ascii_uppercase + string.digits)}/{alnum(rng, 24)}"))
        out.append(("stripe", "stripe.api_key = \"{v}\"", "sk_live_" + alnum(rng, 24)))
        out.append(("openai", "export OPENAI_API_KEY={v}", "sk-proj-" + alnum(rng, 48, b64 + "-_")))
        out.append(("anthropic", "ANTHROPIC_API_KEY={v} python run.py", "sk-ant-api03-" + alnum(rng, 80, b64 + "-_")))
        out.append(("google", "maps key {v} (restricted)", "AIza" + alnum(rng, 35, b64 + "-_")))
        out.append(("sendgrid", "SENDGRID_API_KEY='{v}'", f"SG.{alnum(rng, 22)}.{alnum(rng, 43)}"))
        out.append(("twilio", "twilio api key {v}", "SK" + alnum(rng, 32, "0123456789abcdef")))
        out.append(("huggingface", "huggingface-cli login --token {v}", "hf_" + alnum(rng, 34)))
        out.append(("jwt", "curl -H 'Authorization: Bearer {v}' https://api.example.com/me",
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI" + alnum(rng, 20) + "In0." + alnum(rng, 43, b64 + "-_")))
        out.append(("bearer", "Authorization: Bearer {v}", alnum(rng, 40, b64 + "-_.")))
        out.append(("basic_auth_url", "DATABASE_URL=postgres://app:{v}@db.internal:5432/app",
                    alnum(rng, 12, b64) + rng.choice("!#*")))
        out.append(("dotenv_password", "DB_PASSWORD={v}", alnum(rng, 14, b64 + "!@#%^&")))
        out.append(("api_key_yaml", "api_key: {v}", alnum(rng, 32, lower)))
        out.append(("client_secret", "client_secret = \"{v}\"", alnum(rng, 40, b64 + "-_")))
        out.append(("tether_token", "tether --token={v} ask 'how did I sleep'", f"tether_{digits(rng, 4)}abcd_{alnum(rng, 32, b64 + '-_')}"))
        out.append(("npm", "//registry.npmjs.org/:_authToken={v}", "npm_" + alnum(rng, 36)))
    key_body = "\n".join(alnum(random.Random(7), 64, string.ascii_letters + string.digits + "+/") for _ in range(3))
    for kind in ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"):
        block = f"-----BEGIN {kind}-----\n{key_body}\n-----END {kind}-----"
        out.append(("private_key", "id_ed25519: {v}", block))
    return out


PASSWORDS = ["Tr0ub4dor&3", "hunter2", "Summer2026!", "P@ssw0rd123", "qwerty!23", "Lisbon#1988", "m0nkeyBusiness",
             "sunflower42", "Geheim!2026", "correcthorsebatterystaple", "Zürich2025?", "blue-Falcon-77", "xK9#mQ2v",
             "letmein99", "Passw0rt!", "Rosebud_1941"]
_COMMAND_PASSWORDS = [
    "mysql -u root -p{v} shop", "mysqldump -uadmin -p{v} --all-databases > all.sql", "mysql --password={v} -h db",
    "sshpass -p {v} ssh pi@raspberrypi.local", "curl -u priya:{v} https://nas.local/api/status",
    "PGPASSWORD={v} psql -h localhost -U app", "redis-cli -h cache -a {v} ping", "docker login -u priya -p {v} registry.example.com",
    "htpasswd -b -c .htpasswd priya {v}", "openssl pkcs12 -export -in cert.pem -passout pass:{v} -out cert.p12",
    "smbclient //nas/share -U priya%{v}", "rclone config create nas webdav pass {v}", "mariadb -u app -p{v}",
    "psql postgresql://app:{v}@localhost/app", "git clone https://priya:{v}@git.example.com/notes.git",
]
_PROSE_PASSWORDS = [
    "my password is {v}", "Passwort: {v}", "wifi password is {v}", "the router password is {v} (don't share)",
    "Mein Passwort lautet {v}", "mot de passe : {v}", "new password: {v}", "pw: {v}", "contraseña: {v}",
    "Login: password: {v}", "password for the NAS is {v}", "Kennwort {v} für den Drucker", "the wifi code is {v}",
    "Password = {v}", "reminder - netflix password {v}",
]


def positives(seed: int = 17) -> list[Case]:
    """The positive cases of the tuning set (several hundred)."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for region, number in _phones(rng):
        cases.append(Case(rng.choice(_PHONE_LINES).format(v=number), (("phone", number),), region, f"phone_{region}"))
    brands = [("visa", "4", 16), ("mastercard", "5" + rng.choice("12345"), 16), ("mastercard", "2221", 16),
              ("amex", "37", 15), ("amex", "34", 15), ("discover", "6011", 16), ("jcb", "3530", 16)]
    for i in range(42):
        brand, prefix, length = brands[i % len(brands)]
        number = luhn_complete(prefix if brand != "mastercard" or i % 2 else "5" + str(1 + i % 5), length, rng)
        shown = (f"{number[:4]} {number[4:10]} {number[10:]}" if length == 15 else
                 rng.choice([grouped(number), grouped(number, sep="-"), number]))
        line = rng.choice(["card {v} exp 09/28", "paid with {v}", "Kreditkarte: {v}", "VISA {v}", "saved card {v} to wallet",
                           "checkout.example.com — card number {v}", "{v} 04/27"]).format(v=shown)
        cases.append(Case(line, (("card", shown),), "US", f"card_{brand}"))
    bbans = {"DE": lambda: digits(rng, 18), "GB": lambda: "NWBK" + digits(rng, 14), "FR": lambda: digits(rng, 10) + alnum(rng, 11, string.digits + "ABC") + digits(rng, 2),
             "IT": lambda: rng.choice("ABCX") + digits(rng, 10) + alnum(rng, 12, string.digits), "NL": lambda: "ABNA" + digits(rng, 10),
             "AT": lambda: digits(rng, 16), "CH": lambda: digits(rng, 17), "PL": lambda: digits(rng, 24)}
    for i in range(48):
        country = list(bbans)[i % len(bbans)]
        value = iban(country, bbans[country]())
        shown = rng.choice([grouped(value), value, grouped(value)])
        line = rng.choice(["IBAN {v}", "Überweisung an {v}", "pay rent to {v} by the 3rd", "IBAN: {v} BIC: COBADEFFXXX",
                           "Bank details — {v}", "send the deposit to {v}", "{v} (Sparkasse)"]).format(v=shown)
        cases.append(Case(line, (("account", shown),), country, f"iban_{country}"))
    for _ in range(24):
        number = rng.choice([digits(rng, 10), digits(rng, 8), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}", digits(rng, 12)])
        line = rng.choice(["account no. {v}", "Kontonummer: {v}", "acct #: {v}", "Account number {v} at Chase",
                           "savings account {v}", "Konto {v} (Girokonto)", "bank account: {v}"]).format(v=number)
        cases.append(Case(line, (("account", number),), "US", "account_labelled"))
    cases += _national_ids(rng)
    for fmt, template, value in _secrets(rng):
        cases.append(Case(template.format(v=value), (("secret", value),), "US", f"secret_{fmt}"))
    for i, template in enumerate(_COMMAND_PASSWORDS * 2):
        value = PASSWORDS[(i * 3) % len(PASSWORDS)]
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_command"))
    for i, template in enumerate(_PROSE_PASSWORDS * 2):
        value = PASSWORDS[(i * 5 + 1) % len(PASSWORDS)]
        cases.append(Case(template.format(v=value), (("secret", value),), "DE", "password_prose"))
    for name in ("priya.nair", "tom+news", "m.chen", "weber_k"):
        value = f"{name}@{rng.choice(['example.com', 'mail.de', 'uni-heidelberg.de'])}"
        cases.append(Case(f"reply to {value} by Friday", (("email", value),), "US", "email"))
    return cases


def _national_ids(rng: random.Random) -> list[Case]:
    """Identifiers made by their own check rules (stdnum is not asked)."""
    cases = []
    for _ in range(8):
        area = rng.choice([n for n in range(1, 900) if n != 666])
        ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        cases.append(Case(rng.choice(["SSN {v}", "social security number: {v}", "W-2 form, {v}", "ssn: {v}"]).format(v=ssn),
                          (("national_id", ssn),), "US", "id_us_ssn"))
    for _ in range(6):
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(w * d for w, d in zip(range(9, 1, -1), body)) % 11  # BSN: the 11-test
        if check == 10:
            continue
        bsn = "".join(map(str, body)) + str(check)
        cases.append(Case(rng.choice(["BSN: {v}", "burgerservicenummer {v}"]).format(v=bsn), (("national_id", bsn),), "NL", "id_nl_bsn"))
    for _ in range(5):
        sin = luhn_complete(rng.choice("1234567"), 9, rng)
        shown = f"{sin[:3]} {sin[3:6]} {sin[6:]}"
        cases.append(Case(f"SIN {shown} for the tax return", (("national_id", shown),), "CA", "id_ca_sin"))
    for _ in range(5):
        number = f"{digits(rng, 3)}{digits(rng, 3)}{digits(rng, 3)}"
        d = [int(c) for c in number]
        first = (sum(w * x for w, x in zip(range(10, 1, -1), d)) * 10) % 11 % 10
        second = (sum(w * x for w, x in zip(range(11, 1, -1), d + [first])) * 10) % 11 % 10
        cpf = f"{number[:3]}.{number[3:6]}.{number[6:]}-{first}{second}"
        cases.append(Case(rng.choice(["CPF {v}", "nota fiscal para {v}", "meu CPF é {v}"]).format(v=cpf),
                          (("national_id", cpf),), "BR", "id_br_cpf"))
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    for _ in range(5):
        number = rng.randint(10000000, 99999999)
        dni = f"{number}{letters[number % 23]}"
        cases.append(Case(rng.choice(["DNI {v}", "mi DNI es {v}", "NIF: {v}"]).format(v=dni), (("national_id", dni),), "ES", "id_es_dni"))
    return cases


REGIONS = ("US", "DE", "GB", "FR", "JP", "BR", "IN", "AU", "ES", "IT", "NL")


def negatives(seed: int = 23) -> list[Case]:
    """Harmless lines that look like personal data: numbers, codes, ids, and secret-sounding words."""
    rng = random.Random(seed)
    r = rng.randint
    makers: dict[str, list] = {
        "time": [lambda: f"coffee at {r(6, 23)}:{r(0, 59):02d}", lambda: f"{r(0, 23):02d}:{r(0, 59):02d}-{r(0, 23):02d}:{r(0, 59):02d} focus block",
                 lambda: f"alarm {r(5, 9)}:{r(0, 5)}0 am", lambda: f"standup {r(9, 11)}:{r(0, 5)}0–{r(11, 12)}:{r(0, 5)}0 with Mei Chen"],
        "date": [lambda: f"2026-{r(1, 12):02d}-{r(1, 28):02d} {r(0, 23):02d}:{r(0, 59):02d}-{r(0, 23):02d}:{r(0, 59):02d}",
                 lambda: f"due {r(1, 28):02d}.{r(1, 12):02d}.{r(2020, 2030)}", lambda: f"{r(1, 12)}/{r(1, 28)}/{r(2020, 2030)} dentist",
                 lambda: f"Termin am {r(1, 28)}. November 2026 um {r(8, 18)} Uhr", lambda: f"{r(2020, 2030)}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}+01:00"],
        "duration": [lambda: f"ran {r(2, 21)}.{r(0, 9)} km in {r(15, 120)} min", lambda: f"slept {r(5, 9)}h {r(0, 59)}m",
                     lambda: f"elapsed {r(0, 9):02d}:{r(0, 59):02d}:{r(0, 59):02d}", lambda: f"PT{r(1, 9)}H{r(1, 59)}M",
                     lambda: f"build took {r(100, 9999)} ms ({r(1, 99)}.{r(0, 9)} s)"],
        "version": [lambda: f"version {r(1, 12)}.{r(0, 30)}.{r(0, 99)}", lambda: f"Windows 10.0.{r(10000, 22631)}.{r(1000, 9999)}",
                    lambda: f"llama-cpp-python {r(0, 1)}.{r(1, 3)}.{r(1, 20)}", lambda: f"v{r(1, 5)}.{r(0, 20)}.{r(0, 9)}-rc.{r(1, 5)}",
                    lambda: f"Chrome/{r(100, 140)}.0.{r(1000, 9999)}.{r(10, 199)} Safari/537.36", lambda: f"kernel 6.{r(1, 12)}.{r(0, 60)}-{r(100, 300)}-generic"],
        "coordinates": [lambda: f"{r(-89, 89)}.{r(1000, 9999)}, {r(-179, 179)}.{r(1000, 9999)}",
                        lambda: f"lat {r(10, 70)}.{r(100000, 999999)} lon {r(-20, 40)}.{r(100000, 999999)}",
                        lambda: f"{r(0, 89)}°{r(0, 59)}'{r(0, 59)}\"N {r(0, 179)}°{r(0, 59)}'{r(0, 59)}\"W"],
        "amount": [lambda: f"€{r(1, 9)},{r(100, 999)}.{r(0, 99):02d}", lambda: f"{r(1, 99)}.{r(100, 999)},{r(0, 99):02d} €",
                   lambda: f"${r(1, 99)},{r(100, 999)},{r(100, 999)}.{r(0, 99):02d} raised", lambda: f"total ¥ {r(1, 9)} {r(100, 999)} {r(100, 999)}",
                   lambda: f"salary 2026: {r(40, 140)} {r(100, 999)} EUR", lambda: f"{r(1000, 99999)} steps, {r(1000, 3500)} kcal"],
        "isbn": [lambda: "ISBN 978-3-16-148410-0", lambda: "ISBN 0-306-40615-2", lambda: "isbn 9780306406157",
                 lambda: f"ISBN 978-{r(0, 1)}-{r(100, 999)}-{r(10000, 99999)}-{r(0, 9)}", lambda: "ISBN-13: 978-1-4028-9462-6"],
        "order": [lambda: f"Order #{r(100, 999)}-{r(1000000, 9999999)}-{r(1000000, 9999999)}", lambda: f"order {grouped(str(r(4 * 10**15, 5 * 10**15 - 1)))}",
                  lambda: f"Bestellnummer {r(100, 999)}-{r(1000000, 9999999)}", lambda: f"order no. {r(10**9, 10**10 - 1)} shipped",
                  lambda: f"your order {r(10**7, 10**8)} is on its way"],
        "flight": [lambda: f"flight LH {r(100, 999)} at {r(6, 22)}:{r(0, 59):02d}", lambda: f"BA0{r(100, 999)} gate A{r(1, 40)}",
                   lambda: f"UA {r(100, 999)} departs {r(6, 22)}:{r(0, 59):02d}, seat {r(1, 40)}C", lambda: f"booking ref {alnum(rng, 6, string.ascii_uppercase)} flight {r(1000, 9999)}"],
        "invoice": [lambda: f"invoice INV-2026-{r(1, 999999):06d}", lambda: f"Rechnung Nr. 2026-{r(1, 12):02d}-{r(1, 9999):04d}",
                    lambda: f"Invoice {r(2020, 2030)}-{r(1, 9999):04d}-{r(1, 9999):04d}", lambda: f"facture n° {r(10**6, 10**8)}",
                    lambda: f"PO {r(4500000000, 4599999999)}"],
        "build": [lambda: f"build {r(20200101, 20301231)}.{r(1000, 2359)}", lambda: f"CI run #{r(1000, 99999)} passed",
                  lambda: f"commit {alnum(rng, 40, '0123456789abcdef')}", lambda: f"sha256:{alnum(rng, 64, '0123456789abcdef')}",
                  lambda: f"image ghcr.io/priya/app:sha-{alnum(rng, 7, '0123456789abcdef')}", lambda: f"job {r(10**9, 10**10)} finished",
                  lambda: f"request id {alnum(rng, 8, '0123456789abcdef')}-{alnum(rng, 4, '0123456789abcdef')}-4{alnum(rng, 3, '0123456789abcdef')}-a{alnum(rng, 3, '0123456789abcdef')}-{alnum(rng, 12, '0123456789abcdef')}"],
        "room": [lambda: f"room {r(100, 1999)}", lambda: f"Raum B{r(1, 5)}.{r(100, 399)}", lambda: f"gate A{r(1, 60)}",
                 lambda: f"Zimmer {r(100, 999)}, {r(1, 9)}. Stock", lambda: f"meet in building {r(1, 40)} room {r(1000, 9999)}"],
        "code_words": [lambda: rng.choice(["forgot password? reset link sent", "password is incorrect", "change your password",
                                           "Password manager — 1Password", "max_tokens=128", "tokens: 512", "Secret Santa list",
                                           "API key settings page", "Set up SSH key", "Keyboard shortcuts: Ctrl+K",
                                           "password reset required", "the password field is empty", "PIN required",
                                           "token count 2048", "auth: none", "passwords: 3 weak", "secret/prod in vault",
                                           "keychain locked", "Authentication failed", "my password is too short",
                                           "Passwort vergessen?", "mot de passe oublié", "pass the salt", "bypass mode on",
                                           "SmolLM2-135M-Instruct-Q8_0.gguf", "Q3_Financial_Report_FINAL_v2.xlsx",
                                           "/Users/Priya/Documents/Projects/TetherDeviceNotes2026", "git push --force-with-lease",
                                           "tether ask 'what did I do on 2026-11-20?'", "pytest -k test_redaction -p no:cacheprovider",
                                           "ssh -p 2222 pi@raspberrypi.local", "ls -la ~/Downloads", "docker run -p 8080:80 nginx",
                                           "curl -sS https://api.github.com/repos/priya/tether/pulls/1234",
                                           "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "npm install --save-dev typescript@5.6.3"])],
        "other_numbers": [lambda: f"population {r(1, 99)},{r(100, 999)},{r(100, 999)}", lambda: f"zip {r(10000, 99999)}",
                          lambda: f"tracking 1Z{alnum(rng, 6, string.ascii_uppercase + string.digits)}{r(10**9, 10**10)}",
                          lambda: f"meeting id {r(100, 999)} {r(1000, 9999)} {r(1000, 9999)}", lambda: f"PR #{r(100, 9999)} merged",
                          lambda: f"ip 192.168.{r(0, 255)}.{r(1, 254)}", lambda: f"PROJ-{r(100, 99999)} in review",
                          lambda: f"heart rate {r(50, 180)} bpm, HRV {r(20, 120)} ms", lambda: f"{r(1, 9)}x{r(100, 999)} mg at {r(6, 22)}:00",
                          lambda: f"pid {r(1000, 4194304)} exited", lambda: f"score {r(0, 5)}-{r(0, 5)} ({r(1, 90)}')"],
    }
    cases: dict[str, Case] = {}
    groups = list(makers)
    for i in range(2000):
        if len(cases) == 330:
            break
        group = groups[i % len(groups)]
        text = rng.choice(makers[group])()
        cases.setdefault(text, Case(text, (), REGIONS[len(cases) % len(REGIONS)], f"neg_{group}"))
    return list(cases.values())
