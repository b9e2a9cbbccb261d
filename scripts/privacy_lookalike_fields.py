"""The template filler every privacy set's look-alikes are drawn with from dev11 on: a look-alike is a
template whose ``«kind:arg»`` fields are drawn afresh (``«n:4»`` four digits, ``«hex:40»`` forty hex
digits, ``«num:2000-9000»`` a number with its thousands set off, ``«lat:47..55»`` a latitude,
``«isbn13»`` an ISBN with its check digit ...), in ranges real readings fall in; codes with check digits
of their own (ISBNs, EANs, UPS numbers) are made valid as real ones are, and a line whose digits pass a
card's Luhn check or an IBAN's mod 97, or that holds an e-mail address, is drawn again (``harmless``).

A set's ``_lookalikes`` module holds its groups of templates (``GROUPS``) and calls ``lookalikes`` here.
"""

from __future__ import annotations

import random
import re
import string
import uuid

from privacy_cases import Case

B64 = string.ascii_letters + string.digits + "+/"


def _luhn(number: str) -> bool:
    return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(int(c) for c in reversed(number))) % 10 == 0


def _ibanish(token: str) -> bool:
    token = token.replace(" ", "")
    if not 15 <= len(token) <= 34 or not token[2:4].isdigit():
        return False
    return int("".join(str(int(c, 36)) for c in token[4:] + token[:4])) % 97 == 1


def harmless(text: str) -> bool:
    """No 13-19 digit run passing Luhn, nothing IBAN-shaped passing mod 97, no e-mail address."""
    if any(_luhn(re.sub(r"\D", "", m)) for m in re.findall(r"\d(?:[ -]?\d){12,18}", text)):
        return False
    if any(_ibanish(m) for m in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper())):
        return False
    return not re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", text)


def _gs1(body: str) -> str:
    """``body`` and its GS1 check digit (ISBN-13, EAN-13): weights 1 and 3 from the left."""
    return body + str(-sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10)


def _isbn10(r: random.Random) -> str:
    body = "".join(r.choice(string.digits) for _ in range(9))
    check = -sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + ("X" if check == 10 else str(check))


def _ups(r: random.Random) -> str:
    body = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + r.choice(["01", "02", "03", "12", "42"]) + \
        "".join(r.choice(string.digits) for _ in range(8))
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    return "1Z" + body + str(-sum(v * (2 if i % 2 else 1) for i, v in enumerate(values)) % 10)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def field(r: random.Random, kind: str, arg: str) -> str:  # noqa: PLR0911, PLR0912 - one line per kind
    """One drawn field of a look-alike's template."""
    n = int(arg) if arg.isdigit() else 0
    if kind == "n":  # n digits, the first not 0
        return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))
    if kind == "d":  # n digits, any
        return "".join(r.choice(string.digits) for _ in range(n))
    if kind == "int":  # a number in lo-hi
        lo, hi = (int(x) for x in arg.split("-"))
        return str(r.randint(lo, hi))
    if kind == "two":  # 00-59
        return f"{r.randint(0, 59):02d}"
    if kind == "hour":
        return str(r.randint(1, 12))
    if kind == "hh":  # two digits in lo-hi (hours)
        lo, hi = (int(x) for x in arg.split("-")) if arg else (0, 23)
        return f"{r.randint(lo, hi):02d}"
    if kind == "day":
        return str(r.randint(1, 28))
    if kind == "dd":
        return f"{r.randint(1, 28):02d}"
    if kind == "mm":
        return f"{r.randint(1, 12):02d}"
    if kind == "mon":
        return r.choice(MONTHS)
    if kind == "year":
        return str(r.randint(2024, 2029))
    if kind == "hex":
        return "".join(r.choice("0123456789abcdef") for _ in range(n))
    if kind == "HEX":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if kind == "up":  # capitals
        return "".join(r.choice(string.ascii_uppercase) for _ in range(n))
    if kind == "an":  # capitals and digits
        return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))
    if kind == "b64":
        return "".join(r.choice(B64) for _ in range(n))
    if kind == "price":
        lo, hi = (int(x) for x in arg.split("-"))
        return f"{r.randint(lo, hi)}.{r.randint(0, 99):02d}"
    if kind == "num":  # a number in lo-hi with thousands set off by commas
        lo, hi = (int(x) for x in arg.split("-"))
        return f"{r.randint(lo, hi):,}"
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "isbn13":
        value = _gs1(r.choice(["978", "979"]) + "".join(r.choice(string.digits) for _ in range(9)))
        return value if r.random() < 0.5 else f"{value[:3]}-{value[3]}-{value[4:7]}-{value[7:12]}-{value[12]}"
    if kind == "isbn10":
        return _isbn10(r)
    if kind == "ean13":
        return _gs1(r.choice(["40", "50", "73", "76", "80", "87", "90", "93"]) + "".join(r.choice(string.digits) for _ in range(10)))
    if kind == "ups":
        return _ups(r)
    if kind in ("lat", "lon"):  # degrees in lo..hi
        lo, hi = (float(x) for x in arg.split(".."))
        return f"{r.uniform(lo, hi):.5f}"
    if kind == "ip":
        return f"{r.choice(['192.168', '10.0', '172.16'])}.{r.randint(0, 254)}.{r.randint(2, 254)}"
    if kind == "mac":
        return ":".join(f"{r.randrange(256):02x}" for _ in range(6))
    if kind == "bech":  # bech32's alphabet
        return "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(n))
    if kind == "pick":
        return r.choice(arg.split("/"))
    raise ValueError(kind)


def draw(r: random.Random, template: str) -> str:
    return re.sub(r"«(\w+)(?::([^»]*))?»", lambda m: field(r, m.group(1), m.group(2) or ""), template)


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]], times: int = 2) -> list[Case]:
    """Every template of every group (group: [(region, template)]) drawn ``times`` times, each line new
    and harmless; a template that gives no new harmless line in 200 draws is left out that time."""
    out: list[Case] = []
    seen: set[str] = set()
    for group, templates in groups.items():
        for region, template in templates * times:
            for _ in range(200):
                text = draw(r, template)
                if text not in seen and harmless(text):
                    break
            else:
                continue  # a fixed line already taken, or none harmless: left out
            seen.add(text)
            out.append(Case(text, (), region, f"neg_{group}"))
    return out
