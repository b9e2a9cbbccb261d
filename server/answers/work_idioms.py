"""Idioms of the remark writers the sets have met, put plainly: a day named by an outing or by what someone let drop ("That
outing where I swam 2.3 km: its supper was what?", "Ana dropped Braiding Sweetgrass into conversation once; that evening's
supper was what?"), the hour a day's coffee drinking opened or closed, nights that "stretch out", a volume "held up to
me as worth my evenings", what someone "swore by", and sleep that is "the loser" after some days. Applied by ``idioms.in_plain_words`` after its own rules. Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, re.I), repl) for pattern, repl in (
    # "the hour my coffee drinking opened", "... closed": the first or the last coffee
    (r"\bthe\s+hour\s+(?:my|the\s+day['’]s)\s+coffee(?:\s+drinking)?\s+(?:opened|began|started)\b", "the time of my first coffee"),
    (r"\bthe\s+hour\s+(?:my|the\s+day['’]s)\s+coffee(?:\s+drinking)?\s+(?:closed|ended|stopped|finished)\b", "the time of my last coffee"),
    # "That outing where I swam 2.3 km", "Ana dropped Braiding Sweetgrass into conversation once": the day of it
    (r"\bthat\s+(?:outing|session|trip|workout|day)\s+(?:where|when|in\s+which|on\s+which)\s+I\s+", "the day I "),
    (r"\b((?-i:[A-Z])[\w'’-]+)\s+(?:dropped|slipped|let\s+drop)\s+(.+?)\s+into\s+(?:the\s+)?(?:conversation|talk|chat)(?:\s+once)?\b",
     r"the day \1 mentioned \2"),
    # "the day I swam 2.3 km: its supper was what?", "the day Ana mentioned X; that evening's supper was what?"
    (r"(?:^|(?<=[.?!]\s))(?:on\s+)?(the\s+day\s+(?:[^.?!:;]|(?<=\d)\.(?=\d))+?)\s*[:;,]\s*(?:its|that\s+(?:evening|day)['’]s)\s+"
     r"(supper|dinner|lunch|breakfast)\s+was\s+what\s*\?", r"what did I have for \2 on \1?"),
    # "Nights after an exercise day: do they stretch out?"
    (r"\b(?:do|does)\s+(they|it)\s+stretch(?:\s+out)?\b", lambda m: "are they longer" if m[1].lower() == "they" else "is it longer"),
    # "the title of the volume Tom held up to me as worth my evenings"
    (r"\b(title\s+of\s+the\s+)volume\b", r"\1book"),
    (r"\bheld\s+up\s+to\s+me\s+as\s+worth(?:\s+(?:my|the|a)\s+[\w'’-]+)?", "recommended"),
    # "Owen swore by one; give me its title.": what he recommended
    (r"\b(?:swore|swears|sworn)\s+by\b", "recommended"),
    # "After days at 300 mg of caffeine or over, is sleep the loser?": do I sleep less after them
    (r"\bis\s+(?:my\s+)?sleep\s+the\s+loser\b|\bdoes\s+(?:my\s+)?sleep\s+lose\s+out\b|\bdoes\s+(?:my\s+)?sleep\s+pay\s+for\s+it\b", "do I sleep less"),
    (r"(?<=\bmg\s)(\s*of\s+caffeine\s+)?or\s+over\b", lambda m: f"{m[1] or ''}or more"),
))


def in_plain_work_words(text: str) -> str:
    """``text`` with the remark writers' idioms put plainly."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text
