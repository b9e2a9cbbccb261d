"""Alternations grouped by first letter find what the pattern as written finds: the same spans, the same groups."""

import random
import re

import pytest

from device.privacy.alternation import by_first_letter, cased, faster, first_characters, split_alternatives
from device.privacy.lazy_pattern import LazyPattern


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_fold_table_is_what_re_matches_without_case() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {chr(c) for c in range(0x10000) if re.fullmatch("(?i)" + letter, chr(c))}
        assert matched == set(cased(letter)), letter


def test_split_alternatives_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]
    assert split_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


def test_first_characters() -> None:
    assert first_characters(r"[şs]ifre") == frozenset("şs")
    assert first_characters(r"(?:wi-?fi|wlan)\s*code") == frozenset("w")
    assert first_characters(r"(?:al)?bas") == frozenset("ab")
    assert first_characters(r"\w+") is None and first_characters(r"x?") is None


def test_grouping() -> None:
    assert by_first_letter("pass|pin|key", False) == "p(?:ass|in)|key"
    assert by_first_letter(r"\bnet|\bnuke", False) == r"n(?:(?<!\w.)et|(?<!\w.)uke)"
    # "[pq]x" may match where "pin" does: "pin" does not move above it
    assert by_first_letter("pass|[pq]x|pin", False) == "pass|[pq]x|pin"
    assert by_first_letter("pass|[q]x|pin", False) == "p(?:ass|in)|[q]x"


_PATTERNS = [
    (r"password|passwort|pin|(?:door|gate)\s+code|[şs]ifre|key|kennwort|pwd?|\bnet\s+use|\bnet\s+user|code", re.I),
    (r"\b(?:phone|tel|telephone|mobile|mob|cell|handy|fax|call(?:\s+me)?|ring)\b\.?", re.I),
    (r"(?P<a>pass)\w*|(?P<b>pin)\d*|(p)w|(?P<c>k)ey|s(?P<d>k)", re.I),
    (r"(?i)(?<![\w/-])(?:sk|skip|Skype|ſki|Kelvin|kelp|İstanbul|ıtem|item)", 0),
    (r"\bsqlplus\s+\S+|\bsql\s+\S+|\bssh\s+-p|-{1,2}pass\S*|\bscp\b", 0),
    (r"(?:ab|ac|(?-i:C)c|cd|ce|(?i:dd)|de|df)+x?", 0),
    (r"(?:x(?=y)|xz|(?!q)xq|\Bxa|xb)", re.I),
]
_ALPHABET = "passwordPASSWORDpinPINkeyKEYcodeCODEşSifreİıſKsqlplusnetNETuseuser  \t-/.:x yzqabcdABCD1234_\n"


@pytest.mark.parametrize("source, flags", _PATTERNS)
def test_faster_finds_the_same(source: str, flags: int) -> None:
    before, after = re.compile(source, flags), re.compile(faster(source, bool(flags & re.I)), flags)
    assert after.pattern != before.pattern
    chance = random.Random(source)
    words = re.findall(r"[A-Za-zİıſş]+", source) + ["İSTANBUL", "SKYPE", "KELVIN", "net  use", "sql x", "--password=1"]
    for _ in range(3000):
        text = "".join(chance.choice(words) if chance.random() < 0.3 else chance.choice(_ALPHABET)
                       for _ in range(chance.randint(0, 40)))
        assert _found(after, text) == _found(before, text), (source, text)


def test_look_behinds_and_scoped_flags() -> None:
    source = r"(?<!ab|cd)(?:x|y|xz)|(?-i:Qa|Qb|qc)"
    assert "(?<!ab|cd)" in faster(source, True)
    compiled = re.compile(faster(source, True), re.I)
    assert compiled.fullmatch("qc") and not compiled.fullmatch("qa") and compiled.fullmatch("Qa")


def test_lazy_patterns_are_compiled_faster() -> None:
    lazy = LazyPattern(r"(?i)alpha|alps|beta")
    assert lazy.compiled.pattern == faster(r"(?i)alpha|alps|beta") and lazy.search("an ALPS hike").group(0) == "ALPS"
