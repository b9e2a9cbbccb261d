"""``WordTable``: the words of one language mixed into English questions, put into English.

A table is an ordered list of (pattern, English) pairs applied in turn (longer phrases first), read
without regard to case and only as whole words; a question is put through it only when it holds at
least ``least`` of the language's hint words, so that one borrowed word ("Hari", "ya") in an English
question is left alone. Pure functions of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Replacement = str | Callable[[re.Match[str]], str]
SLASHED_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
"""A date as the tables' languages write it beside a weekday: "21/10", "21/10/2036"."""
DOTTED_DATE = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
"""A date dotted or slashed, as Russia's republics write it beside a weekday: "08.12", "08/12", "08.12.2036"."""
WORDS_DATE = r"(\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)"
LEADING_DAY = (r"((?:on|today|yesterday)\b(?:\s+(?-i:[A-Z])[a-z]+)?(?:\s+\(?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\)?"
               r"|\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)?)")
"""The day a question opens with, once a table's day rules put it into English ("on 16.12", "today"): a group."""
"""A date in words, its day first ("21 October", "21 October 2036"): a group."""
ON_BEFORE_DAY = r"(?:(?:up)?on\s+)?"
"""An English "on" or "upon" a language's day words stand after ("on Thingal 9/3/2037"): taken with them, so that the day
put into English ("on 9/3/2037") is not "on on ..."."""


def day_at_start(date: str) -> str:
    """The day a question opens with once a table's day rules put it into English ("on 9/3/2037", "today 9/3/2037",
    "yesterday"), for a language whose dates are written as ``date``: a group."""
    return r"^((?:(?:on|today|yesterday)\s+)?" + date + r"|today|yesterday)"


ENGLISH_DAY = r"((?:on|today|yesterday|the\s+night)\b[^?,]{0,40}?)"
"""A day once a table's day rules have put it into English ("on Monday 20 October", "today (23/10)"): a group."""


class WordTable:
    """One language's words in English: ``rules`` in order, applied when ``hint`` matches ``least`` times."""

    def __init__(self, rules: Sequence[tuple[str, Replacement]], hint: str, least: int = 2) -> None:
        self._rules = tuple((re.compile(r"(?<![\w'’/-])(?:" + pattern + r")(?![\w'’])", re.I), repl)
                            for pattern, repl in rules)
        self._hint = re.compile(r"(?<![\w-])(?:" + hint + r")(?!\w)", re.I)
        self._least = least

    def in_english(self, text: str, hinted_by: str | None = None) -> str:
        """``text`` with the table's words in English (unchanged when too few of them are in it, or in ``hinted_by``:
        the question before another table put some of its words into English)."""
        if len(self._hint.findall(text if hinted_by is None else hinted_by)) < self._least:
            return text
        for pattern, repl in self._rules:
            text = pattern.sub(repl, text)
        text = re.sub(r"\?\s+(?=than\b)", " ", text)  # "... longer? than ...": one question
        return re.sub(r"\s+(?=[?,.!])", "", re.sub(r"\s{2,}", " ", text)).strip(" ,")


def remark_after(kept: tuple[str, ...] = ("and", "or"), also_stops: str = "") -> tuple[str, str]:
    """A table's last rule: a remark after the question mark taken off ("... ? my memory is blank"), not a turn that
    starts with one of ``kept`` ("? and Tuesday?"), nor past another question mark or a character of ``also_stops``; a
    problem's "=?" ends no question."""
    return rf"(?<=[^=]\?)\s+(?!(?:{'|'.join(kept)})\b)[^?{also_stops}]*$", ""


_ACTIVITY_VERBS = {"run": "run", "runn": "run", "cycl": "cycle", "cycle": "cycle", "swim": "swim", "swimm": "swim"}


def km_this_week(asked: str) -> tuple[str, Replacement]:
    """A table's rule for this week's km of an activity named in English, then the language's words for how many km
    (``asked``): "this week swimming km mbilak yoko" -> "how many km did I swim this week"."""
    return (r"this\s+week\s+(\w+?)(?:ing)?\s+" + asked,
            lambda m: f"how many km did I {_ACTIVITY_VERBS.get(m[1].lower(), m[1])} this week")


def by_meal(meals: dict[str, str], index: int, english: str) -> Callable[[re.Match[str]], str]:
    """A replacement saying ``english`` of the meal the rule's group ``index`` names in the language (``meals``: its words for
    breakfast, lunch and dinner), as ``{meal}``, with the rule's groups as ``{g1}``, ``{g2}``, ...: "cam me otyeno 8 pm ..."
    -> "... after dinner at 8 pm ..."."""
    return lambda m: english.format(meal=meals[m[index].lower()], **{f"g{i}": m[i] or "" for i in range(1, (m.re.groups or 0) + 1)})


def then_day(english: str) -> Callable[[re.Match[str]], str]:
    """A replacement for a phrase with the day said inside it ("hunn ech *yesterday* ... gedronk", "ma *yesterday*
    ... jõin"): ``english``, then the day (the rule's first group)."""
    return lambda m: f"{english} {m[1]}".rstrip()
