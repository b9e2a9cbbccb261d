"""Passwords no word announces: a generated password's shape, in any text.

A password manager's or a site's generated password ("k7#Rm!q2Zx9&vL", "Tq~h~YsFlo_AGpHw") is written
down without a label as often as with one: stuck on a monitor, on a fridge, after a dash. It is told by
its shape alone: 12 to 64 printable ASCII characters with no space, upper and lower case letters and a
symbol (three of the four classes: lower, upper, digit, symbol), switching class at most every other
character, and spread over many different characters. Words, names, file names, handles and hashtags,
URLs, paths, e-mail addresses, assignments and dates do not switch class that often or are set aside
by what they hold ("://", "/", "\\", "@" before a dot, "=" inside, a leading "#" or "@").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

_SYMBOLS = frozenset("!#$%&*?^~|@")
"""A generated password's symbols, one at least; not "_", "+", "." or "-" alone (identifiers, hashes, versions)."""
_CANDIDATE = re.compile(r"(?<!\S)(?P<q>['\"]?)([!-~]{12,64}?)(?P=q)[.,;:،、。]?(?!\S)")
_GATE = re.compile(r"[!#$%&*?^~|@]")
_SET_ASIDE = re.compile(r"://|[/\\:;,()'\"`\[\]{}<>]|@[\w-]+\.|^[A-Za-z_][\w.-]*=|&[\w.-]+=|^[-+#@$>~*]|\.\.|\*\*|__"
                        r"|^[A-Za-z_][\w.-]*@[\w.-]+[#$%>]$|%[A-Za-z][-_./]?%[A-Za-z]")
"""Code, paths, URLs, e-mail addresses, options, assignments (``name=value``, ``&name=``), handles, markup, a shell's
prompt (``ubnt@EdgeRouter-X#``) and a file name's date format (``dome-%H-%v.dmp``): not a bare password. (One pair of quotes around the token is read past: a value quoted on a command line.)"""


def _class(char: str) -> int:
    if char.islower():
        return 0
    if char.isupper():
        return 1
    return 2 if char.isdigit() else 3


def generator_shaped(token: str) -> bool:
    """Whether ``token`` has a generated password's shape (see the module's docstring): stricter than
    ``values.generated``, which judges a value a cue word already points at; this one judges a bare token."""
    if not 12 <= len(token) <= 64 or not token.isascii() or _SET_ASIDE.search(token):
        return False
    classes = [_class(char) for char in token]
    present = set(classes)
    if not {0, 1} <= present or len(present) < 3 or not any(char in _SYMBOLS for char in token):
        return False
    switches = sum(a != b for a, b in zip(classes, classes[1:]))
    if switches < 0.45 * (len(token) - 1):
        return False
    counts = Counter(token)
    entropy = -sum(n / len(token) * math.log2(n / len(token)) for n in counts.values())
    return entropy >= 0.8 * math.log2(len(token))


def find_generated_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of tokens in ``text`` shaped like generated passwords."""
    if not _GATE.search(text):
        return
    for match in _CANDIDATE.finditer(text):
        if generator_shaped(match.group(2)):
            yield match.span(2)
