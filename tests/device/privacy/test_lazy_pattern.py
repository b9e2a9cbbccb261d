"""The detectors' largest patterns are compiled on first use: redacting a short plain text (what
`tether log meal food=ramen` does) compiles none of them, and a pattern behaves as ``re.compile``'s."""

import re
import subprocess
import sys

from device.privacy.lazy_pattern import LazyPattern


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    lazy, compiled = LazyPattern(r"(?i)pass(?:word)?\s*[:=]\s*(\S+)"), re.compile(r"(?i)pass(?:word)?\s*[:=]\s*(\S+)")
    text = "user: ana, Password = Tr0ub4dor&3 and pass:x"
    assert [m.span(1) for m in lazy.finditer(text)] == [m.span(1) for m in compiled.finditer(text)]
    assert lazy.search(text, 20).span() == compiled.search(text, 20).span()
    assert lazy.match(text) is None and lazy.fullmatch("pass:x") is not None


_FRESH_PROCESS = """
from device.privacy import bank_accounts
from device.privacy.passwords import commands, phrasings, prose
from device.privacy.redactor import Redactor
large = [prose._CUE, phrasings._USE_AS, bank_accounts._LABELLED, commands._ARGUMENTS]
Redactor("DE").redact("ramen at the corner place")
assert all(pattern._compiled is None for pattern in large), "compiled for a plain text"
Redactor("DE").redact("password: Tr0ub4dor&3")
assert prose._CUE._compiled is not None, "not compiled when a text reaches it"
"""


def test_redacting_a_plain_text_compiles_no_large_pattern() -> None:
    # A fresh interpreter: in this one another test may have redacted such a text already.
    done = subprocess.run([sys.executable, "-c", _FRESH_PROCESS], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
