"""Legal and old-fashioned English in a question, put plainly: a preamble ("Whereas I have need of it, I do ask ..."), "upon
the day whereon X spoke to me of Y" (on the day X mentioned Y), "the day whereon the X met" (the day of the X), "no earlier
than 3 pm" (at or after 3 pm), "the company at the meeting next following X" (who was at the meeting right after X), "the
present week, reckoned from its Monday" (this week), "meetings attended by me" (meetings I attended), and a follow-up's "I do
further ask the same, X being substituted" (and X?). Applied by ``formal.plainly`` before its own rules. Pure functions of the
text."""

from __future__ import annotations

import re
from collections.abc import Callable

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, re.I), repl) for pattern, repl in (
    # a follow-up: "Whereas more is wanted, I do further ask the same, today being substituted, insofar as it has run."
    (r"^(?:whereas\s+[^,.?!]{2,60},\s*)?I\s+(?:do\s+)?(?:further\s+)?(?:ask|request|enquire|inquire)\s+(?:(?:also|again)\s+)?(?:the\s+same|likewise)"
     r",?\s+(?:with\s+)?(?P<x>[^,.?!]{2,40}?)\s+(?:being\s+)?(?:substituted|put\s+in\s+its\s+(?:place|stead)|in\s+its\s+(?:place|stead))"
     r"(?P<so_far>,?\s+(?:insofar|in\s+so\s+far|so\s+far)\s+as\s+it\s+has\s+(?:run|gone|passed))?\s*[.?!]?$",
     lambda m: f"and {m['x']}{' so far' if m['so_far'] else ''}?"),
    # a preamble that gives a reason, then the formula of asking: "Whereas I have need of it, I do ask whether ..."
    (r"^whereas\s+[^,.?!]{2,60},\s*", ""),
    (r"^I\s+do\s+(?:hereby\s+)?(?:ask|request|enquire|inquire)(?:\s+(?:of\s+you|to\s+know))?\s+", ""),
    (r"\bthe\s+foregoing\s+(day|night)\b", r"the \1 before"),
    (r"\bno\s+earlier\s+than\b", "at or after"), (r"\bno\s+later\s+than\b", "at or before"),
    # "upon the day whereon Grace spoke to me of Aftersun", "the night of the day whereon the 1:1 with Ingrid met"
    (r"\b(?:on\s+)?the\s+night\s+of\s+the\s+day\s+(?:whereon|on\s+which|when)\s+(the\s+.{2,60}?)\s+(?:met|sat|was\s+held|took\s+place)\b",
     r"the night after \1"),
    (r"\bthe\s+day\s+(?:whereon|on\s+which|when)\s+(the\s+.{2,60}?)\s+(?:met|sat|was\s+held|took\s+place)\b", r"the day of \1"),
    (r"\b(?:up)?on\s+(?:the|that)\s+day\s+whereon\s+", "on the day "), (r"\bwhereon\b", "on which"),
    (r"(?<=\bday\s)((?-i:[A-Z])[\w'’-]+)\s+spoke\s+(?:to\s+me\s+)?of\b", r"\1 mentioned"),  # (formal's own rules read the rest)
    (r"\bmy\s+log\s+records\s+(?:that\s+)?(?:I\s+)?(?=(?:ran|swam|cycled|rode|walked|hiked|rowed)\b)", "I "),
    # "the company at the meeting next following X": who was at the meeting right after X
    (r"\bthe\s+company\s+(?:at|of)\s+the\s+(meeting|session|call)\b", r"who was at the \1"),
    (r"\bnext\s+following\b", "right after"),
    (r"\b(?:in\s+)?the\s+present\s+week(?:,?\s+reckoned\s+from\s+its\s+Monday)?", "this week"),
    (r"\b(?:the\s+)?(?:sum|tally|number|count)\s+of\s+(meetings|calls|sessions)\s+attended\s+by\s+me\b", r"how many \1 I attended"),
))


def in_plain_archaic(text: str) -> str:
    """``text`` with its legal and old-fashioned formulas put plainly."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text
