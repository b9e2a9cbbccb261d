"""How code tests a column, in any syntax: the patterns the generic code reader (``any_code``) reads conditions with (an
identifier compared with a quoted value, a number or either of two values; a range and its criterion; a call with a key and
a value), an identifier, and a question in words that is no code. Data only."""

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
