"""Hebrew in Latin letters in an English question, put into English.

People in Israel chat in Hebrew typed in Latin letters and switch to English inside a sentence: "ma achalti
batzohorayim yesterday?" (what did I eat for lunch), "mi haya bapgisha shel Ops sync?" (who was at the meeting),
"kama pgishot hayu li today?" (how many meetings did I have). The words that carry what is asked (meals, coffee,
sleep, swimming, meetings, question words, first and last, more, less, "or", the day named by what happened, habits,
what someone said, follow-ups) become English, "sheli" (mine) and the verbs with them, and the remarks around a
question ("shachachti legamrei", I completely forgot; "rega", wait) are dropped. One word only Hebrew has is enough.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"batzohorayim": "lunch", "tzohorayim": "lunch", "l'aruchat boker": "breakfast", "aruchat boker": "breakfast",
          "l'aruchat erev": "dinner", "l'aruchat ha'erev": "dinner", "ba'erev": "dinner", "aruchat erev": "dinner",
          "aruchat ha'erev": "dinner"}
_MEAL = r"(batzohorayim|tzohorayim|l'aruchat\s+boker|aruchat\s+boker|l'aruchat\s+(?:ha')?erev|ba'erev|aruchat\s+(?:ha')?erev)"


def _meal(match_text: str) -> str:
    return _MEALS[" ".join(match_text.lower().split())]


_RULES: tuple[tuple[str, object], ...] = (
    # remarks around the question
    (r"shachachti(?:\s+legamrei)?", "I forgot"), (r"^rega,?", ""), (r"ma\s+hamatzav", ""),
    (r"mg\s+shel\s+shneihem|shel\s+shneihem", "for both"),
    # what someone said
    (_NAME + r"\s+recommended\s+li\s+sefer,?\s+ma\s+hashem\s+shelo", r"which book did \1 recommend"),
    (r"eize\s+misada\s+" + _NAME + r"\s+said\s+we\s+should\s+try", r"which restaurant did \1 say we should try"),
    (r"^ma\s+lagabei\s+" + _NAME, r"and what about \1"),
    # a day named by what happened
    (r"achrei\s+she\s+(?:i|ani)\s+(ran|swam|cycled|rode)", r"on the day I \1"),
    (r"kama\s+yashanti\s+achrei\s+pgishat\s+(.{2,60}?)\?", r"how long did I sleep the night after the \1 meeting?"),
    # habits
    (r"imunim\s+vs\s+yemei\s+menucha", "workout days vs rest days"), (r"yamim\s+im", "days with"),
    (r"ma\s+kore\s+lasheina\s+sheli", "how do I sleep"),
    # comparisons
    (r"hashavua", "this week"), (r"yoter\s+kafe\s+o\s+pachot", "more coffee or less"), (r"(?<=\s)o(?=\s)", "or"),
    # follow-ups
    (r"^balayla\s+shelifnei\s+ze(?:,?\s+ma\s+haya)?", "and the night before"), (r"^bayom\s+shelifnei\s+ze(?:,?\s+ma\s+haya)?", "and the day before"),
    (r"yom\s+kodem", "the day before"), (r"layla\s+kodem", "the night before"), (r"today\s+until\s+now", "today so far"),
    # what is asked
    (r"b'eize\s+makom\s+hayta\s+" + _MEAL + r"\s+sheli", lambda m: "where did I have " + _meal(m[1])),
    (r"ma\s+hayta\s+" + _MEAL + r"\s+sheli", lambda m: "what did I have for " + _meal(m[1])),
    (r"ma\s+achalti\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"kama\s+meters\s+sachiti", "how many meters did I swim"), (r"kama\s+(?:km|kilometer)\s+racti", "how many km did I run"),
    (r"mi\s+haya\s+bapgisha\s+shel\s+(.{2,60}?)(?=\s+(?:today|yesterday|before|on|last|this|mon|tue|wed|thu|fri|sat|sun|\d))",
     r"who was at the \1 meeting"),
    (r"kama\s+pgishot\s+hayu\s+li", "how many meetings did I have"),
    (r"b'eize\s+sha'a\s+hitchila\s+hapgisha\s+harishona\s+sheli", "what time did my first meeting start"),
    (r"matai\s+shatiti\s+kafe\s+bapa'am\s+ha'achrona", "what time was my last coffee"),
    (r"hakafe\s+harishon", "my first coffee"), (r"b'eize\s+sha'a\s+kamti", "what time did I get up"),
    (r"kama\s+kosot\s+kafe\s+shatiti", "how many cups of coffee did I drink"),
    (r"b'eize\s+sha'a", "what time"), (r"matai", "when"), (r"kama", "how many"), (r"(?<![\w'])ma(?=\s)", "what"),
    # things
    (r"pgishot", "meetings"), (r"pgisha", "meeting"), (r"kafein", "caffeine"), (r"kafe", "coffee"), (r"sheli", "mine"),
)
_TABLE = WordTable(_RULES, r"achalti|batzohorayim|aruchat|bapgisha|pgishot|pgishat|shatiti|sachiti|kamti|yashanti|b'eize|misada|"
                           r"shachachti|legamrei|imunim|menucha|lasheina|hashavua|lagabei|hamatzav|kodem|shneihem|hakafe|"
                           r"ha'achrona|hitchila|shelifnei", least=1)
"""(Words of Hebrew alone: "ma", "kama", "sheli" and "o" are words of other languages too, and are no hint.)"""


def from_hebrew(text: str) -> str:
    """``text`` with its Hebrew words (in Latin letters) that say what is asked put into English; a text with none of the
    words only Hebrew has is left as it is."""
    return _TABLE.in_english(text)
