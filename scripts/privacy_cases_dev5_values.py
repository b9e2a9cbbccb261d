"""Values for dev5, the privacy set that was held out until 2026-12 (``privacy_cases_dev5.py``).

Each is made from a numbering plan or a check-digit rule written out here, never by asking the
redactor's libraries: phone numbers of 14 countries none of the other sets uses, cards of 6
networks, IBANs of 8 new countries with their national check digits, account numbers as their
banks print them, 10 kinds of national identifier, secrets in the shapes their services issue,
and people's passwords.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

from privacy_cases import alnum, digits, luhn_complete

HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
UPPER = string.ascii_uppercase + string.digits

# --- phones: one plan per country, its national and international forms -------------------------

Plan = Callable[[Callable[[int], str], Callable[[object], str]], list[str]]
_DK = ["20", "22", "26", "28", "29", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61"]
_CZ = ["602", "603", "604", "605", "606", "608", "720", "721", "724", "728", "731", "732", "736", "737", "739",
       "773", "774", "775", "777", "778"]
_ZA = ["60", "61", "62", "63", "64", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"]
_TR = ["501", "505", "506", "507", "530", "532", "533", "535", "536", "539", "541", "542", "543", "544", "545", "552"]
_HU = ["20", "30", "31", "70"]
_NOT0, _NOT01 = "123456789", "23456789"  # first subscriber digits in use (DK: never 0; IL: never 0 or 1)
PHONE_PLANS: dict[str, Plan] = {
    "BE": lambda d, c: [f"04{c('789')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+32 4{c('789')}{d(1)} {d(2)} {d(2)} {d(2)}",
                        f"04{c('789')}{d(1)}/{d(2)}.{d(2)}.{d(2)}", f"02 {c('2345678')}{d(2)} {d(2)} {d(2)}",
                        f"+32 3 {c('2345678')}{d(2)} {d(2)} {d(2)}"],
    "IE": lambda d, c: [f"08{c('35679')} {d(3)} {d(4)}", f"+353 8{c('35679')} {d(3)} {d(4)}", f"00353 8{c('35679')} {d(7)}",
                        f"(01) {c('2345678')}{d(2)} {d(4)}", f"+353 1 {c('2345678')}{d(2)} {d(4)}"],
    "PT": lambda d, c: [f"9{c('1236')}{d(1)} {d(3)} {d(3)}", f"+351 9{c('1236')}{d(1)} {d(3)} {d(3)}",
                        f"21{c('3456789')} {d(3)} {d(3)}", f"00351 9{c('1236')}{d(7)}", f"22{c('3456789')} {d(3)} {d(3)}"],
    "FI": lambda d, c: [f"04{c('0145')} {d(3)} {d(4)}", f"+358 4{c('0145')} {d(3)} {d(4)}", f"050 {d(7)}",
                        f"09 {c('12345678')}{d(3)} {d(3)}", f"+358 50 {d(3)} {d(4)}"],
    "NO": lambda d, c: [f"4{c('01678')}{d(1)} {d(2)} {d(3)}", f"9{d(2)} {d(2)} {d(3)}", f"+47 9{d(2)} {d(2)} {d(3)}",
                        f"2{c('234')} {d(2)} {d(2)} {d(2)}", f"+47 4{c('01678')}{d(6)}"],
    "DK": lambda d, c: [f"{c(_DK)} {c(_NOT0)}{d(1)} {d(2)} {d(2)}", f"+45 {c(_DK)} {c(_NOT0)}{d(1)} {d(2)} {d(2)}",
                        f"+45{c(_DK)}{c(_NOT0)}{d(5)}", f"{c(_DK)}{c(_NOT0)}{d(1)} {d(4)}", f"0045 {c(_DK)} {c(_NOT0)}{d(1)} {d(2)} {d(2)}"],
    "CZ": lambda d, c: [f"{c(_CZ)} {d(3)} {d(3)}", f"+420 {c(_CZ)} {d(3)} {d(3)}", f"2{d(2)} {d(3)} {d(3)}",
                        f"00420 {c(_CZ)} {d(3)} {d(3)}", f"+420 2{d(2)} {d(3)} {d(3)}"],
    "NZ": lambda d, c: [f"02{c('127')} {d(3)} {d(4)}", f"+64 2{c('127')} {d(3)} {d(4)}", f"(09) {c('3456789')}{d(2)} {d(4)}",
                        f"+64 9 {c('3456789')}{d(2)} {d(4)}", f"027{d(7)}"],
    "ZA": lambda d, c: [f"0{c(_ZA)} {d(3)} {d(4)}", f"+27 {c(_ZA)} {d(3)} {d(4)}", f"011 {c('2345678')}{d(2)} {d(4)}",
                        f"+27 (0){c(_ZA)} {d(3)} {d(4)}", f"021 {c('4567')}{d(2)} {d(4)}"],
    "SG": lambda d, c: [f"9{c('012345678')}{d(2)} {d(4)}", f"+65 8{c('12345678')}{d(2)} {d(4)}", f"6{c('123578')}{d(2)} {d(4)}",
                        f"+65-9{c('012345678')}{d(2)}-{d(4)}", f"8{c('12345678')}{d(6)}"],
    "TR": lambda d, c: [f"0{c(_TR)} {d(3)} {d(2)} {d(2)}", f"+90 {c(_TR)} {d(3)} {d(2)} {d(2)}",
                        f"0 (212) {c('23458')}{d(2)} {d(2)} {d(2)}", f"0{c(_TR)} {d(7)}", f"+90 216 {c('23458')}{d(2)} {d(2)} {d(2)}"],
    "HU": lambda d, c: [f"06 {c(_HU)} {c('123456789')}{d(2)} {d(4)}", f"+36 {c(_HU)} {c('123456789')}{d(2)} {d(4)}",
                        f"06 1 {c('23456789')}{d(2)} {d(4)}", f"+36-1-{c('23456789')}{d(2)}-{d(4)}", f"06-{c(_HU)}/{c('123456789')}{d(6)}"],
    "IL": lambda d, c: [f"05{c('023')}-{c(_NOT01)}{d(2)}-{d(4)}", f"+972 5{c('023')}-{c(_NOT01)}{d(2)}-{d(4)}",
                        f"03-{c('56789')}{d(2)}-{d(4)}", f"+972-5{c('023')}{c(_NOT01)}{d(6)}", f"05{c('023')}{c(_NOT01)}{d(6)}"],
    "GR": lambda d, c: [f"69{c('0345789')} {d(3)} {d(4)}", f"+30 69{c('0345789')} {d(3)} {d(4)}",
                        f"210 {c('23456789')}{d(2)} {d(4)}", f"+30 210 {c('23456789')}{d(6)}", f"0030 69{c('0345789')}{d(7)}"],
}


def phone_numbers(rng: random.Random, per_country: int = 5) -> list[tuple[str, str]]:
    """``(region, number as written)``: each country's forms in turn, so every form is used."""
    out = []
    for region, plan in PHONE_PLANS.items():
        for i in range(per_country):
            forms = plan(lambda n: digits(rng, n), rng.choice)  # type: ignore[arg-type]
            out.append((region, forms[i % len(forms)]))
    return out


def phone_number(rng: random.Random, region: str) -> str:
    """One number of ``region``, in one of its forms."""
    return rng.choice(PHONE_PLANS[region](lambda n: digits(rng, n), rng.choice))  # type: ignore[arg-type]


# --- cards, bank accounts and IBANs -------------------------------------------------------------

CARD_BRANDS: dict[str, tuple[Callable[[random.Random], str], int]] = {
    "visa": (lambda r: "4" + r.choice(string.digits), 16),
    "mastercard": (lambda r: r.choice([str(r.randint(2221, 2720)), "5" + r.choice("12345")]), 16),
    "amex": (lambda r: r.choice(["34", "37"]), 15),
    "discover": (lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), 16),
    "jcb": (lambda r: str(r.randint(3528, 3589)), 16),
    "mir": (lambda r: f"220{r.randint(0, 4)}", 16),
}


def card_number(brand: str, rng: random.Random) -> str:
    """A Luhn-valid number in one of ``brand``'s issuer ranges."""
    prefix, length = CARD_BRANDS[brand]
    return luhn_complete(prefix(rng), length, rng)


def _mod11_last(body: str, weights: list[int]) -> int | None:
    """The last digit (weight 1) that makes ``sum(weight * digit) % 11 == 0``; None where it would be 10."""
    check = -sum(int(a) * w for a, w in zip(body, weights)) % 11
    return None if check == 10 else check


def _mod_11_10(body: str) -> str:
    """ISO 7064 MOD 11,10 check digit (Croatian account numbers)."""
    p = 10
    for ch in body:
        p = ((int(ch) + p) % 10 or 10) * 2 % 11
    return str((11 - p) % 10)


def cz_account(rng: random.Random) -> tuple[str, str, str]:
    """``(prefix, number, bank code)`` of a Czech account; prefix and number pass their mod-11 weights."""
    while (last := _mod11_last(body := str(rng.randint(1, 9)) + digits(rng, 8), [6, 3, 7, 9, 10, 5, 8, 4, 2])) is None:
        pass
    prefix = rng.choice(["000000", "000019", "000035", "000043", "000051"])
    return prefix, f"{body}{last}", rng.choice(["0100", "0300", "0800", "2010", "0600", "5500", "3030"])


def hu_giro(rng: random.Random) -> str:
    """A Hungarian account number (16 or 24 digits): blocks of 8 or 16 ending in a 9-7-3-1 check digit."""
    def block(body: str) -> str:
        return body + str(-sum(int(a) * w for a, w in zip(body, [9, 7, 3, 1] * 4)) % 10)
    first = block(rng.choice(["117", "107", "120", "104", "116", "109"]) + digits(rng, 4))
    return first + (block(digits(rng, 7)) if rng.random() < 0.6 else block(digits(rng, 15)))


def no_kontonr(rng: random.Random) -> str:
    """An 11-digit Norwegian account number with its mod-11 check digit."""
    while (last := _mod11_last(body := digits(rng, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) is None:
        pass
    return f"{body}{last}"


def pt_nib(rng: random.Random) -> str:
    """A Portuguese NIB: bank, branch, account and two mod-97 check digits."""
    body = rng.choice(["0035", "0033", "0010", "0007", "0018", "0036"]) + digits(rng, 15)
    return f"{body}{98 - int(body) * 100 % 97:02d}"


IBAN_BBANS: dict[str, Callable[[random.Random], str]] = {
    "PT": pt_nib,
    "FI": lambda r: luhn_complete(r.choice(["1", "2", "5", "8", "31", "36"]), 14, r),
    "CZ": lambda r: (lambda p, n, b: b + p + n)(*cz_account(r)),
    "HU": lambda r: hu_giro(r).ljust(24, "0"),
    "GR": lambda r: r.choice(["011", "017", "026", "014"]) + digits(r, 20),
    "RO": lambda r: (lambda b: b + ("RONCRT" + digits(r, 10) if b == "BTRL" else digits(r, 16)))(
        r.choice(["BTRL", "RNCB", "INGB", "BRDE", "RZBR"])),
    "HR": lambda r: r.choice(["2340009", "2484008", "2360000", "2402006", "2500009"]) + (lambda b: b + _mod_11_10(b))(
        str(r.randint(1, 9)) + digits(r, 8)),
    "LT": lambda r: r.choice(["73000", "70440", "40100", "72900"]) + digits(r, 11),
}


# --- national identifiers, each by its own rule -------------------------------------------------

def _birth(rng: random.Random, first: int, last: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(first, last)


def pesel(rng: random.Random) -> str:
    day, month, year = _birth(rng, 1950, 2009)
    body = f"{year % 100:02d}{month + (20 if year >= 2000 else 0):02d}{day:02d}{digits(rng, 4)}"
    return body + str(-sum(int(a) * w for a, w in zip(body, [1, 3, 7, 9] * 3)) % 10)


def hetu(rng: random.Random) -> str:
    day, month, year = _birth(rng, 1945, 2012)
    base, individual = f"{day:02d}{month:02d}{year % 100:02d}", rng.randint(2, 899)
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{individual:03d}") % 31]
    return f"{base}{'-' if year < 2000 else 'A'}{individual:03d}{check}"


def fodselsnummer(rng: random.Random) -> str:
    while True:
        day, month, year = _birth(rng, 1940, 1999)
        body = f"{day:02d}{month:02d}{year % 100:02d}{rng.randint(0, 499):03d}"  # 000-499: born 1900-1999
        if (k1 := _mod11_last(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])) is None:
            continue
        if (k2 := _mod11_last(f"{body}{k1}", [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) is not None:
            return f"{body}{k1}{k2}"


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("123") + digits(rng, 7)
    check = 11 - sum(int(a) * w for a, w in zip(body, range(9, 1, -1))) % 11
    return body + str(0 if check >= 10 else check)


def _verhoeff(body: str) -> str:
    """The Verhoeff check digit: products in the dihedral group D5, positions permuted."""
    def mul(j: int, k: int) -> int:
        if j < 5:
            return (j + k) % 5 + (5 if k >= 5 else 0)
        return (j - k) % 5 + (0 if k >= 5 else 5)
    perm, c = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        for _ in range((i + 1) % 8):
            x = perm[x]
        c = mul(c, x)
    return str((5 - c) % 5 if c < 5 else c)


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    return body + _verhoeff(body)


def za_id(rng: random.Random) -> str:
    day, month, year = _birth(rng, 1950, 2005)
    return luhn_complete(f"{year % 100:02d}{month:02d}{day:02d}{digits(rng, 4)}08", 13, rng)


def pps(rng: random.Random) -> str:
    body, new = digits(rng, 7), rng.random() < 0.4  # since 2013 a second letter "A" joins the check
    total = sum(int(a) * w for a, w in zip(body, range(8, 1, -1))) + (9 if new else 0)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + ("A" if new else "")


def ahv(rng: random.Random) -> str:
    body = "756" + digits(rng, 9)
    n = body + str(-sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(body)) % 10)  # EAN-13
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10)
    return "".join(map(str, d + [sum(d) % 10]))


NATIONAL_IDS: dict[str, tuple[str, Callable[[random.Random], str], str]] = {
    # kind: (region, maker, the python-stdnum module the test checks it with; never used to make it)
    "pl_pesel": ("PL", pesel, "stdnum.pl.pesel"), "fi_hetu": ("FI", hetu, "stdnum.fi.hetu"),
    "no_fodselsnummer": ("NO", fodselsnummer, "stdnum.no.fodselsnummer"), "pt_nif": ("PT", pt_nif, "stdnum.pt.nif"),
    "in_aadhaar": ("IN", aadhaar, "stdnum.in_.aadhaar"), "za_id": ("ZA", za_id, "stdnum.za.idnr"), "ie_pps": ("IE", pps, "stdnum.ie.pps"),
    "ch_ahv": ("CH", ahv, "stdnum.ch.ssn"), "tr_tckimlik": ("TR", tckn, "stdnum.tr.tckimlik"),
    "il_teudat_zehut": ("IL", lambda r: luhn_complete(r.choice("0123"), 9, r), "stdnum.il.idnr"),
}


# --- secrets in the shapes their services issue -------------------------------------------------

def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(rng: random.Random) -> str:
    header = {"alg": "RS256", "kid": alnum(rng, 8, HEX), "typ": "JWT"}
    claims = {"iss": "https://login.example.fi/", "sub": alnum(rng, 24, HEX), "aud": "mobile-app",
              "iat": 1796000000 + rng.randint(0, 10**6), "scope": "openid profile"}
    claims["exp"] = claims["iat"] + 3600
    parts = [json.dumps(p, separators=(",", ":")).encode() for p in (header, claims)]
    return ".".join([*map(_b64url, parts), alnum(rng, 342, B64URL)])


SECRET_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "slack_user_token": lambda r: f"xoxp-{digits(r, 11)}-{digits(r, 11)}-{digits(r, 13)}-{alnum(r, 32, HEX)}",
    "github_app_token": lambda r: "ghs_" + alnum(r, 36),
    "stripe_webhook_secret": lambda r: "whsec_" + alnum(r, 32),
    "databricks": lambda r: "dapi" + alnum(r, 32, HEX),
    "postman": lambda r: f"PMAK-{alnum(r, 24, HEX)}-{alnum(r, 34, HEX)}",
    "brevo": lambda r: f"xkeysib-{alnum(r, 64, HEX)}-{alnum(r, 16)}",
    "mailgun": lambda r: "key-" + alnum(r, 32, HEX),
    "new_relic": lambda r: "NRAK-" + alnum(r, 27, UPPER),
    "grafana": lambda r: f"glsa_{alnum(r, 32)}_{alnum(r, 8, HEX)}",
    "vault": lambda r: "hvs.CAESI" + alnum(r, 86, B64URL),
    "terraform_cloud": lambda r: f"{alnum(r, 14)}.atlasv1.{alnum(r, 67)}",
    "age_key": lambda r: "AGE-SECRET-KEY-1" + alnum(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "docker_pat": lambda r: "dckr_pat_" + alnum(r, 27, B64URL),
    "linear": lambda r: "lin_api_" + alnum(r, 40),
    "notion": lambda r: "secret_" + alnum(r, 43),
    "okta": lambda r: "00" + alnum(r, 40, B64URL),
    "sentry": lambda r: "sntryu_" + alnum(r, 64, HEX),
    "atlassian": lambda r: "ATATT3xFfGF0" + alnum(r, 170, B64URL) + "=" + alnum(r, 8, HEX).upper(),
    "discord_webhook": lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{alnum(r, 68, B64URL)}",
    "wireguard_key": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "basic_auth": lambda r: base64.b64encode(f"{r.choice(['admin', 'scanner', 'ops'])}:{alnum(r, 12)}".encode()).decode(),
    "jwt": _jwt,
    "azure_client_secret": lambda r: alnum(r, 3) + r.choice(string.digits) + "Q~" + alnum(r, 34, B64URL + ".~"),
    "aws_temporary_key_id": lambda r: "ASIA" + alnum(r, 16, UPPER),
    "firebase_server_key": lambda r: f"AAAA{alnum(r, 7, B64URL)}:APA91b{alnum(r, 134, B64URL)}",
    "openai_service_account": lambda r: f"sk-svcacct-{alnum(r, 64, B64URL)}T3BlbkFJ{alnum(r, 64, B64URL)}",
    "gitlab_deploy_token": lambda r: "gldt-" + alnum(r, 20, B64URL),
    "twilio_auth_token": lambda r: alnum(r, 32, HEX),
    "connection_string": lambda r: alnum(r, 14) + r.choice("!*~") + alnum(r, 3),  # URL-safe: no # ? / @ :
    "kubernetes_secret": lambda r: base64.b64encode((alnum(r, 10) + r.choice("!#$")).encode()).decode(),
}


def private_key(kind: str, rng: random.Random, escaped: bool = False) -> str:
    """A PEM (or PGP armour) block of ``kind`` with its own body; ``escaped`` writes its line breaks as
    ``\\n`` (as in a service-account JSON file)."""
    b64 = string.ascii_letters + string.digits + "+/"
    first = {"OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq", "DSA PRIVATE KEY": "MIIBuwIBAAKBgQD"}
    lines = [first.get(kind, "lQdGBGZ") + alnum(rng, 64 - len(first.get(kind, "lQdGBGZ")), b64)]
    lines += [alnum(rng, 64, b64) for _ in range(4)] + [alnum(rng, 20, b64) + "=="]
    if kind == "PGP PRIVATE KEY BLOCK":
        lines = ["", *lines, "=" + alnum(rng, 4, b64)]
    sep = "\\n" if escaped else "\n"
    return sep.join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])


# --- passwords as people choose them -----------------------------------------------------------

PASSWORDS = [
    "Kalakukko#77", "Saudade2025!", "Vltava_1993", "pivo&knedliky", "Bacalhau!12", "Tulipan2026", "Akropolis#5",
    "Jakaranda88", "Haka!Blacks23", "Braai-time-4", "Merlion.Bay9", "Bosphorus1453!", "Paprika$Red7", "Sauna-Loyly-3",
    "fjord_Blue42", "Hygge#2026", "Galway!Bay8", "Antwerpen2030", "wafels&friet", "Kiwi_Fruit55", "Shalom#Yafo9",
    "Ouzo4ever!", "Lisboa*1755", "Nokia3310!", "TrabiRot1989", "Baklava_99", "DunLaoghaire7", "Pavlova#Mum",
    "Springbok!19", "chilicrab_SG", "Knafeh#Akko", "Spanakopita3", "Tatra&Snow21", "Vizsla!Barna", "Sisu_Suomi5",
    "Fado#Alfama2", "Oresund+Bridge", "Giraffe!Kruger", "Hokey-Pokey-6", "Marina#Bay88", "cobalt-otter-sundial-42",
    "Zq8!rTv2Lm", "mamaliga2000", "Retsina!07", "kebab4life", "Moomin_Valley1", "Pilsner*Urquell", "Ljubljana12",
]


def pin(rng: random.Random, n: int = 4) -> str:
    """A PIN of ``n`` digits that does not start with 0 (so it reads as one number)."""
    return str(rng.randint(1, 9)) + digits(rng, n - 1)

