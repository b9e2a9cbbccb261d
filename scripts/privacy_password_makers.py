"""The password and PIN makers every privacy set from dev11 on draws its passwords with: a password
is made the ways people make one (a word or two with digits and a sign, a password manager's random
string, a passphrase of words; where a line puts it in a URL only URL-safe signs), from a set's own
word stems (``wider`` as dev15's on make them).

A set's ``_passwords`` module holds its stems, accounts and lines and draws with these.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence


def password(r: random.Random, stems: Sequence[str], url_safe: bool = False, *, wider: bool = False) -> str:
    """A password as people make them, from ``stems``. It starts with a letter and never ends with a
    mark a sentence could end with; with ``url_safe`` its signs are only ``-``, ``_`` and ``.``.
    ``wider`` (dev15's sets on): an ``s`` swapped for ``$`` too (no swapped sign where ``url_safe``),
    numbers up to 2031, a word and digits alone now and then, random strings of 12 to 24 characters."""
    marks = "-_." if url_safe else "!#$%&*+-_=@^~?"
    closing = "-_" if url_safe else "#$%&*+-_=@^~"
    how = r.random()
    if how < 0.4:  # a word, digits and a mark
        word = r.choice(stems).capitalize() if wider else r.choice(stems).title()
        if r.random() < 0.4:  # one letter swapped for its look-alike digit or sign
            swaps = {"a": "@", "e": "3", "i": "1", "o": "0"} | ({"s": "$"} if wider else {})
            at = next((i for i, c in enumerate(word) if i and c in swaps), 0)
            word = word[:at] + swaps.get(word[at], word[at]) + word[at + 1:]
            if wider and url_safe:
                word = word.replace("@", "a").replace("$", "s")
        number = str(r.randint(1, 2031 if wider else 2029))
        return r.choice([word + r.choice(marks) + number, word + number + r.choice(closing)] + ([word + number] if wider else []))
    if how < 0.8:  # a password manager's
        body = [r.choice(string.ascii_letters)] + [r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(*(11, 23) if wider else (13, 21)))]
        for _ in range(r.randint(1, 3)):
            body.insert(r.randint(1, len(body) - 1), r.choice(marks))
        return "".join(body)
    words = r.sample(stems, r.choice([3, 4]))
    return r.choice("-_." if url_safe else "-_.+").join(words) + str(r.randint(1, 99))


def pin(r: random.Random, length: int) -> str:
    """A PIN of ``length`` digits as people pick one: not a run, not a year, three digits or more."""
    while True:
        value = "".join(r.choice(string.digits) for _ in range(length))
        runs = "01234567890" + "09876543210"
        if len(set(value)) >= 3 and value not in runs and value[:2] not in ("19", "20"):
            return value
