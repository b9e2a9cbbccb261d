"""Samoan in an English question, put into English.

People in Samoa and its diaspora mix Samoan into English as they type ("e fia ipu kofe na ou inu ai ananafi?", "o ai
na i ai i le fonotaga Sprint planning?", "e fia itula na ou moe ai anapo?"). The words that carry what is asked
(days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the night after a
meeting, habits, what someone said) become English, and the words that only hold the sentence together ("ai" that
points back, "na" and "ou" of the past, "lo'u"/"la'u" my) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"tusi": "book", "book": "book", "ata": "film", "tifaga": "film", "film": "film", "podcast": "podcast",
          "restaurant": "restaurant", "faleaiga": "restaurant", "pese": "song"}
_THINGS = "(" + "|".join(_THING) + ")"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "o le a le podcast na fautua mai e X ou te faalogo ai" (which podcast X recommended), "o fea le
    # restaurant na fai mai X e taumafai ai i tatou" (which restaurant X said we should try)
    (r"o\s+le\s+a\s+le\s+" + _THINGS + r"\s+na\s+(?:fautua|fai)\s+mai\s+(?:e\s+)?" + _NAME + r"(?:\s+ou\s+te\s+\w+\s+ai)?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"o\s+fea\s+le\s+" + _THINGS + r"\s+na\s+(?:fautua|fai)\s+mai\s+(?:e\s+)?" + _NAME + r"(?:\s+e\s+taumafai\s+ai\s+i\s+tatou)?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    # the night after a meeting: "i le po ina ua uma le X" (in the night after the X)
    (r"i\s+le\s+po\s+ina\s+ua\s+uma\s+le\s+(.{2,60}?)(?=\s*[?,]|$)", r"the night after the \1"),
    # habits: "pe itiiti lo'u moe i aso e 300 mg pe sili atu le caffeine" (do I sleep less on days with 300 mg or more),
    # "i aso ou te inu ai kofe pe a uma le 3 pm" (on days I drink coffee after 3 pm), "pe a ou ai le meaai o le afiafi pe
    # a uma le 8 pm" (when dinner is after 8 pm), "i aso ou te faamalositino ai" (on workout days)
    (r"i\s+aso\s+e\s+(\d+)\s*mg\s+pe\s+sili\s+atu\s+le\s+caffeine", r"on days with \1 mg of caffeine or more"),
    (r"i\s+aso\s+ou\s+te\s+inu\s+ai\s+kofe\s+pe\s+a\s+uma\s+le\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"pe\s+a\s+ou\s+ai\s+le\s+meaai\s+o\s+le\s+afiafi\s+pe\s+a\s+uma\s+le\s+" + _CLOCK, r"when dinner starts at \1 or later"),
    (r"i\s+aso\s+ou\s+te\s+faamalositino\s+ai", "on workout days"),
    (r"pe\s+itiiti\s+lo['’]u\s+moe", "do I sleep less"), (r"pe\s+umi\s+atu\s+lo['’]u\s+moe", "do I sleep longer"),
    (r"pe\s+sili\s+atu\s+ipu\s+kofe\s+ou\s+te\s+inu\s+ai", "do I drink more coffee"),
    # comparisons
    (r"na\s+sili\s+atu\s+ipu\s+kofe\s+na\s+ou\s+inu\s+ai\s+i\s+le\s+vaiaso\s+nei\s+nai\s+lo\s+le\s+vaiaso\s+ua\s+tuanai",
     "did I drink more coffee this week than last week"),
    (r"na\s+sili\s+atu\s+le\s+caffeine\s+na\s+ou\s+inu\s+ai", "which day did I have more caffeine,"),
    (r"na\s+umi\s+atu\s+lo['’]u\s+moe", "which night did I sleep longer,"),
    # days, weeks, nights
    (r"le\s+aso\s+nei|aso\s+nei", "today"), (r"ananafi", "yesterday"), (r"anapo", "last night"),
    (r"i\s+le\s+vaiaso\s+nei|le\s+vaiaso\s+nei", "this week"), (r"le\s+vaiaso\s+ua\s+tuanai", "last week"),
    (r"le\s+po\s+na\s+muamua\s+atu", "the night before"), (r"le\s+aso\s+na\s+muamua\s+atu", "the day before"),
    (r"ae\s+a", "and what about"),
    # what is asked
    (r"o\s+le\s+a\s+le\s+taimi\s+na\s+ou\s+alu\s+ai\s+e\s+moe", "what time did I go to bed"),
    (r"o\s+le\s+a\s+le\s+taimi\s+na\s+ou\s+ala\s+ai", "what time did I wake up"),
    (r"o\s+le\s+a\s+le\s+taimi\s+na\s+amata\s+ai\s+la['’]u\s+fonotaga\s+muamua", "what time did my first meeting start"),
    (r"o\s+le\s+a\s+le\s+taimi\s+na\s+ou\s+inu\s+ai\s+le\s+kofe\s+muamua", "what time did I drink my first coffee"),
    (r"o\s+le\s+a\s+le\s+taimi\s+o\s+le\s+kofe\s+mulimuli\s+na\s+ou\s+inu\s+ai", "what time did I drink my last coffee"),
    (r"o\s+le\s+a\s+le\s+taimi", "what time"), (r"e\s+fia\s+le\s+umi\s+o\s+lena\s+fonotaga", "how long did that meeting last"),
    (r"e\s+fia\s+le\s+umi\s+o\s+le\s+fonotaga", "how long was the meeting"), (r"e\s+fia\s+le\s+umi\s+o\s+la['’]u", "how long was my"),
    (r"e\s+fia\s+le\s+umi", "how long"), (r"e\s+fia\s+itula", "how many hours"), (r"e\s+fia\s+le\s+mamao", "how far"),
    (r"e\s+fia\s+kilomita", "how many km"), (r"e\s+fia\s+ipu\s+kofe", "how many cups of coffee"),
    (r"e\s+fia\s+faamalositino", "how many workouts"), (r"e\s+fia\s+fonotaga", "how many meetings"), (r"e\s+fia", "how many"),
    (r"o\s+ai\s+na\s+i\s+ai\s+i\s+le\s+fonotaga", "who attended the meeting"), (r"o\s+ai", "who"),
    (r"o\s+fea\s+na\s+ou\s+ai\s+ai\s+le\s+meaai\s+o\s+le\s+afiafi", "where did I have dinner"),
    (r"o\s+fea\s+na\s+ou\s+ai\s+ai\s+le\s+meaai\s+o\s+le\s+aoauli", "where did I have lunch"), (r"o\s+fea", "where"),
    (r"o\s+le\s+a\s+le\s+meaai\s+o\s+le\s+afiafi\s+na\s+ou\s+ai", "what did I eat for dinner"),
    (r"o\s+le\s+a\s+le\s+meaai\s+o\s+le\s+taeao\s+na\s+ou\s+ai", "what did I eat for breakfast"),
    (r"o\s+le\s+a\s+le\s+mea\s+na\s+ou\s+ai\s+i\s+le\s+aoauli", "what did I eat for lunch"),
    (r"o\s+le\s+a\s+le\s+faamalositino\s+na\s+ou\s+faia", "which workout did I do"), (r"o\s+le\s+a", "what"),
    # more, less, or
    (r"sili\s+atu", "more"), (r"itiiti", "less"), (r"nai\s+lo", "than"), (r"(?<=\s)pe(?=\s+(?:on|this|last|yesterday|today|the|\w+day)\b)", "or"),
    # things and doings
    (r"meaai\s+o\s+le\s+afiafi", "dinner"), (r"meaai\s+o\s+le\s+aoauli", "lunch"), (r"meaai\s+o\s+le\s+taeao", "breakfast"),
    (r"ipu\s+kofe", "cups of coffee"), (r"kofe", "coffee"), (r"fonotaga", "meeting"), (r"faamalositino", "workout"),
    (r"na\s+ou\s+moe\s+ai|na\s+ou\s+moe", "did I sleep"), (r"na\s+ou\s+tietie\s+uila\s+ai|na\s+ou\s+cycled\s+ai", "did I cycle"),
    (r"na\s+ou\s+tamoe\s+ai|na\s+ou\s+tamoe", "did I run"), (r"na\s+ou\s+aau\s+ai|na\s+ou\s+aau", "did I swim"),
    (r"na\s+ou\s+inu\s+ai|na\s+ou\s+inu", "did I drink"), (r"na\s+ou\s+i\s+ai", "did I have"), (r"aofai", "in total"),
    (r"i\s+la['’]u|la['’]u|lo['’]u", "my"), (r"(?<=\s)ai(?=\s)", ""),
)
_TABLE = WordTable(_RULES, r"o\s+le\s+a|o\s+ai|o\s+fea|e\s+fia|na\s+ou|fonotaga|kofe|vaiaso|aso\s+nei|ananafi|anapo|meaai|"
                           r"aoauli|afiafi|faamalositino|itiiti|sili\s+atu|lo['’]u|la['’]u|tietie|uila|kilomita|itula|"
                           r"mamao|fautua|ae\s+a|ina\s+ua\s+uma|muamua|mulimuli|umi\s+atu|moe")


def from_samoan(text: str) -> str:
    """``text`` with its Samoan words that say what is asked put into English; a text with fewer than two such words
    is left as it is."""
    return _TABLE.in_english(text)
