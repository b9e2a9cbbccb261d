"""``by_first_letter``: a long regex alternation rewritten so that each text position tries a few first letters, not
every alternative.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every position of a text; it skips one quickly only
when the alternative starts with a plain character or class matched without regard to case. The cue words of the
password detector are a few hundred alternatives read with ``(?i)``, so most of the scan went into entering
alternatives that could not match. Grouping the alternatives by their first letter (``pass...|pwd|pin`` ->
``[pP](?:ass...|wd|in)``), with that letter written as a class of both cases outside ``(?i)``, keeps the meaning: two
alternatives that start with different letters cannot both match at one position, so their order does not matter,
and alternatives that start otherwise (a group, a class, an escape) keep their place, the groups before them closed.
An alternative that opens with ``\\b`` before a word character is grouped too: ``\\bnet`` is ``n`` with no word
character before it. Pure string rewriting, done once when a pattern is built.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_SPECIAL = frozenset("\\()[].^$*+?{|")
_QUANTIFIER = frozenset("?*+{")


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of ``source`` (a regex without its enclosing group)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 if source[i + 1:i + 2] == "^" else 0
            i += 1 if source[i + 1:i + 2] == "]" else 0  # "[]...]" and "[^]...]": a "]" first is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


_FOLDS = {"i": "İı", "k": "\u212a", "s": "\u017f"}
"""The characters besides its two cases that ``(?i)`` matches an ASCII letter with (the Kelvin sign, the long s, the
dotted and dotless i); tests/device/privacy/test_alternation.py checks the table against ``re`` itself."""


def cased(letter: str) -> str:
    """Every character ``(?i)`` matches the ASCII ``letter`` with."""
    return letter.lower() + letter.upper() + _FOLDS.get(letter.lower(), "")


def _head(alternative: str, ignore_case: bool) -> tuple[str, str] | None:
    """The first character of ``alternative`` and what follows it (a word boundary before a word character moved
    after it as a look-behind), or None when it does not start with one plain character (read without case: one of
    ASCII, whose matches ``cased`` lists)."""
    boundary = alternative.startswith("\\b")
    first, rest = (alternative[2:3], alternative[3:]) if boundary else (alternative[:1], alternative[1:])
    if not first or first in _SPECIAL or first.isspace() or rest[:1] in _QUANTIFIER or (ignore_case and not first.isascii()):
        return None
    if boundary and not (first.isalnum() or first == "_"):
        return None
    return first, (r"(?<!\w.)" + rest if boundary else rest)


def first_characters(alternative: str) -> frozenset[str] | None:
    """The characters a match of ``alternative`` may start with, or None when it could start with too many to list
    (a category, a negated class, an empty match)."""
    try:
        found, empty = _firsts(_parser.parse(alternative))
    except (re.error, RecursionError, TypeError):
        return None
    return None if found is None or empty else frozenset(found)


def _firsts(items) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    """(first characters, whether the items may match nothing) of a parsed sequence."""
    found: set[str] = set()
    for op, av in items:
        more, empty = _first_of(op, av)
        if more is None:
            return None, False
        found |= more
        if not empty:
            return found, False
    return found, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for member, value in av:
            if member is sre.LITERAL:
                chars.add(chr(value))
            elif member is sre.RANGE and value[1] - value[0] < 256:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is sre.SUBPATTERN:
        return _firsts(av[3]) if not av[1] and not av[2] else (None, False)
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            more, may_be_empty = _firsts(branch)
            if more is None:
                return None, False
            found |= more
            empty = empty or may_be_empty
        return found, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        more, empty = _firsts(av[2])
        return more, empty or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # a boundary or a look-around matches no character
    return None, False


def by_first_letter(source: str, ignore_case: bool, reorder: bool = True) -> str:
    """``source``'s alternatives grouped by first character; ``ignore_case``: whether ``source`` is read with ``(?i)``;
    ``reorder=False`` (capturing groups inside, whose numbers follow their order): each keeps its place, only its first
    character rewritten."""
    if not reorder:
        heads = [(_head(alternative, ignore_case), alternative) for alternative in split_alternatives(source)]
        return "|".join(alternative if head is None else _group(head[0].lower() if ignore_case else head[0], [head[1]],
                                                                 ignore_case) for head, alternative in heads)
    out: list[str | list[str]] = []
    open_groups: dict[str, list[str]] = {}
    for alternative in split_alternatives(source):
        head = _head(alternative, ignore_case)
        if head is None:
            out.append(alternative)
            firsts = first_characters(alternative)  # what may match where this does moves no further up than it
            folded = None if firsts is None else {f for c in firsts for f in c + c.lower() + c.upper() + c.casefold()}
            open_groups = {key: group for key, group in open_groups.items()
                           if folded is not None and not folded & set(cased(key) if ignore_case and key.isascii() else key)}
            continue
        key = head[0].lower() if ignore_case else head[0]
        if key not in open_groups:
            open_groups[key] = [key]
            out.append(open_groups[key])
        open_groups[key].append(head[1])
    return "|".join(part if isinstance(part, str) else _group(part[0], part[1:], ignore_case) for part in out)


def _group(key: str, rests: list[str], ignore_case: bool) -> str:
    ascii_letter = key.isascii() and key.isalpha()
    first = f"(?-i:[{cased(key)}])" if ignore_case and ascii_letter else re.escape(key)
    return first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")


_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def faster(source: str, ignore_case: bool = False) -> str:
    """``source`` with every alternation in it (at the top and inside each group) rewritten by ``by_first_letter``; the
    same matches, the same groups. Inline flags at the start ("(?i)") are read; look-behinds are left as they are."""
    flags = _FLAGS.match(source)
    if flags:
        ignore_case = ignore_case or "i" in flags.group(1)
        return flags.group(0) + _rewrite(source[flags.end():], ignore_case)
    return _rewrite(source, ignore_case)


def _rewrite(source: str, ignore_case: bool) -> str:
    out, i = [], 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i:i + 2])
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            out.append(source[i:end])
            i = end
        elif char == "(":
            end = _group_end(source, i)
            opener = re.match(r"\((?:\?(?:[:=!]|<[=!]|P<\w+>|-?[imsx]+(?:-[imsx]+)?:|P=\w+\)|#[^)]*\))?)?", source[i:end]).group(0)
            inner_case = ignore_case
            scoped = re.fullmatch(r"\(\?([imsx]*)(?:-([imsx]+))?:", opener)
            if scoped:
                inner_case = ("i" in scoped.group(1)) or (ignore_case and "i" not in (scoped.group(2) or ""))
            if opener.startswith(("(?<=", "(?<!", "(?P=", "(?#")):
                out.append(source[i:end])  # a look-behind keeps its fixed widths as written
            else:
                out.append(opener + _rewrite(source[i + len(opener):end - 1], inner_case) + ")")
            i = end
        else:
            out.append(char)
            i += 1
    text = "".join(out)
    if len(split_alternatives(text)) < 3:
        return text
    return by_first_letter(text, ignore_case, reorder=not _CAPTURES.search(text))


_CAPTURES = re.compile(r"(?<!\\)\((?!\?)|\(\?P<")


def _class_end(source: str, start: int) -> int:
    i = start + 1
    i += 1 if source[i:i + 1] == "^" else 0
    i += 1 if source[i:i + 1] == "]" else 0
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _group_end(source: str, start: int) -> int:
    depth, i = 0, start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group at {start} in {source!r}")


def fast_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its alternations rewritten by ``faster``."""
    return re.compile(faster(source, bool(flags & re.I)), flags)
