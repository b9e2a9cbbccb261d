"""How code tests a column, in any syntax: the patterns the generic code reader (``any_code``) reads conditions with (an
identifier compared with a quoted value, a number or either of two values; a range and its criterion; a call with a key and
a value), an identifier, and a question in words that is no code; and whether a text looks like code at all."""

from __future__ import annotations

import re

QUOTED = r"(?:\"(?P<{0}d>[^\"]*)\"|'(?P<{0}s>(?:[^']|'(?=\w))*)'|`(?P<{0}b>[^`]*)`|“(?P<{0}c>[^”]*)”)"
KEY = r"(?:[\w$@#.]*?[.\[@#$:]|\b)(?:col|column|field|get|attr)?\(?\s*[\"'\[]?(?P<key>[A-Za-z_]\w*)[\"'\]]?\s*\)?(?:\s+[a-z]\b)?"
OP = r"\s*(?P<op>===|==|=~|~=|:=|=|:|->|=>|\beq\b|-eq\b|\bis\b|\bequals?\b|\blike\b|\b(?i:matches|contains|has)\b)\s*"
TEST = re.compile(KEY + OP + QUOTED.format("v"))
RANGE_TEST = re.compile(r"\w\[(?P<key>[A-Za-z_]\w*)\]\s*,\s*\"(?P<v>[^\"]*)\"|\"(?P<w>[^\"]*)\"\s*,\s*\w+\[(?P<by>[A-Za-z_]\w*)\]")
"""A range and its criterion (``tblMeals[day],"X"``), or a value looked up in a range (``"X",tblFlights[passenger]``)."""
CALL_TEST = re.compile(r"\b\w+\(\s*" + QUOTED.format("k").replace("P<k", "P<key_") + r"\s*,\s*" + QUOTED.format("v") + r"\s*\)")
NUMBER_TEST = re.compile(r"(?P<key>[A-Za-z_]\w*)[\"'\]]?\)?\s*(?P<op>===|==|>=|=>|=|:|\beq\b|\bge\b|-ge\b)\s*(?:~\w\[)?[\"']?"
                          r"(?P<value>\d+(?:[.:]\d+)?(?:\s*(?:am|pm|mg))?)[\"']?")
EITHER = re.compile(r"(?P<key>[A-Za-z_]\w*)[\"'\]]?\)?\s*[,.]?\s*(?:%in%\s*c|\bin\b|\bisin\b|\binlist\b|\bIN\b|\bany_of\b|\boneOf\b|\bin_\b)?"
                     r"\s*[(\[{]{1,2}\s*(?:[A-Za-z_]\w*\s*,\s*)?" + QUOTED.format("a") + r"\s*[,|]\s*" + QUOTED.format("b") + r"\s*[)\]}]")
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*")
"""An identifier, kebab-case too (``slept-h``, ``eyes-open``): a hyphen before a digit is a minus."""

PROSE = re.compile(r"^(?:what|which|who|where|when|how|did|do|does|is|are|was|were|can|could|tell|show me|give me|and|"
                   r"i|my|please)\b[^=(){}\[\]|$@#]*$", re.I)


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has code's marks (an identifier compared with a value, a call, an index, a pipe, a member, camel
    case, a counter "n = n - 1") and no sentence in words: no run of five plain words outside its quoted values and
    comments, no closing question mark, no spreadsheet formula's leading "=" (``from_formula`` reads those)."""
    stripped = text.strip()
    if stripped.startswith("="):  # a spreadsheet formula: only with a range and its criterion (``from_formula`` reads the others)
        return RANGE_TEST.search(stripped) is not None
    if not stripped or PROSE.match(stripped) or stripped.endswith("?") and not stripped.startswith("?-"):
        return False
    bare = re.sub(r"\"[^\"]*\"|'(?:[^']|'(?=\w))*'|`[^`]*`|“[^”]*”|//.*$|--.*$|\s#\s.*$", " ", stripped)
    if re.search(r"(?:\b(?![A-Z]+\b)[A-Za-z][a-z]+\b[ ,]+){4}(?![A-Z]+\b)[A-Za-z][a-z]+\b", bare):
        return False
    if any(test["op"] not in (":", "is", "like", "equals", "equal") for test in TEST.finditer(stripped)):
        return True
    # assignments ended with semicolons, a call written as a list (``(hours (sleep-on "X"))``), a named result piped on
    if re.fullmatch(r"(?:\s*\w+\s*=\s*[^;=]+;)+\s*(?:\w+\s+\w+;)?\s*|\((?:[A-Za-z][\w-]*\s+\(?)+.*\)|[A-Za-z]+_[A-Za-z_]+\s*\|\s*\w.*",
                    stripped):
        return True
    return re.search(r"==|=>|\|>|[A-Za-z_]\(|[A-Za-z_]\w*\.[A-Za-z_]|\w\[|\]\.|[$@#][A-Za-z_]|\w\s*=\s*[\"'`]|"
                     r"\w:\s*[\"']|(?<![\w'’-])[a-z]{2,}[A-Z][a-z]+|\b(\w+)\s*=\s*\1\s*[-+]\s*\d", stripped) is not None
