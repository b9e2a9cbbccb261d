"""Krio in an English question, put into English.

People in Sierra Leone switch between Krio and English inside a sentence: "omos kilomita a bin ron yesterday?", "udat
ol bin de na di Ops sync mitin?", "wetin tem a bin wek op?". The words that carry what is asked (weeks, nights, meals,
coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by what happened, habits,
what someone said, follow-ups) become English; "a bin" (I did), "di" (the) and "dem" (of many) go with them, and a
remark that only offers choices ("ron, swim or wetin?") goes.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEAL = {"brekfast": "breakfast", "brekfas": "breakfast", "lonch": "lunch", "lunch": "lunch", "dinner": "dinner",
         "dina": "dinner"}
_MEALS = r"(brekfast|brekfas|lonch|lunch|dinner|dina)"

_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:ron|run),\s+swim\s+or\s+wetin\s*\?", ""),
    # what someone said: "X in uman pikin, aw ol i go be fo in bortde" (how old X's daughter will be on her birthday),
    # "di de we X bin tok bout Y" (the day X talked about Y)
    (_NAME + r"\s+in\s+uman\s+pikin,?\s+aw\s+ol\s+(?:i|shi)\s+go\s+be(?:\s+fo\s+in\s+bortde)?",
     r"how old will \1's daughter be on her birthday"),
    (r"di\s+de\s+we\s+" + _NAME + r"\s+bin\s+tok\s+bout(?=\s)", r"on the day \1 talked about"),
    (r"di\s+de\s+we\s+a(?=\s)", "on the day I"), (r"di\s+net\s+afta\s+di\s+(.{2,60}?)\s+mitin", r"the night after the \1 meeting"),
    # habits
    (r"di\s+de\s+dem\s+we\s+a\s+drink\s+(\d+)\s*mg\s+caffeine\s+or\s+mor", r"on days with \1 mg of caffeine or more"),
    (r"(?:afta\s+)?di\s+de\s+dem\s+we\s+a\s+do\s+(?:trenin|exercise|workout)", "on workout days"),
    (r"if\s+a\s+it\s+dinner\s+(?:at\s+)?" + _CLOCK + r"\s+or\s+afta", r"when dinner starts at \1 or later"),
    (r"if\s+a\s+drink\s+coffee\s+afta\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"aw\s+a\s+kin\s+slip(?:\s+dat\s+net)?", "how do I sleep"), (r"mi\s+slip\s+kin\s+short|a\s+kin\s+slip\s+les",
                                                                   "do I sleep less"),
    (r"a\s+kin\s+slip\s+mor", "do I sleep more"), (r"a\s+kin\s+drink\s+mor\s+coffee", "do I drink more coffee"),
    # comparisons
    (r"dis\s+wik,?\s+a\s+don\s+drink\s+mor\s+coffee\s+pas\s+las\s+wik\s+or\s+les", "did I drink more coffee this week than last week or less"),
    (r"mi\s+workout\s+(.{2,60}?)\s+en\s+di\s+wan\s+(.{2,60}?),?\s+us\s+wan\s+bin\s+tek\s+long\s+pas",
     r"which workout was longer, \1 or \2"),
    (r"us\s+net\s+a\s+bin\s+slip\s+mor|us\s+net\s+a\s+bin\s+slip\s+long\s+pas", "which night did I sleep longer"),
    (r"us\s+de\s+a\s+bin\s+drink\s+mor\s+(caffeine|coffee)", r"which day had more \1"),
    # follow-ups
    (r"^en\s+tide\s+te\s+naw", "and today so far"), (r"^en\s+di\s+de\s+bifo(?:\s+dat)?", "and the day before that"), (r"^en\s+di\s+net\s+bifo(?:\s+dat)?", "and the night before that"),
    (r"dat\s+mitin,?\s+aw\s+long\s+i\s+bin\s+tek", "how long did that meeting last"), (r"^en(?=\s)", "and"),
    # weeks and days
    (r"dis\s+wik", "this week"), (r"las\s+wik", "last week"), (r"tide", "today"), (r"yestade", "yesterday"),
    # what is asked
    (r"udat\s+(?:ol\s+)?bin\s+de\s+(?:na|at)\s+di", "who was at the"), (r"udat", "who"),
    (r"omos\s+kilomita\s+a\s+bin\s+(ron|swim|ride|waka)", lambda m: "how many km did I " + {"ron": "run", "waka": "walk"}.get(
        m[1].lower(), m[1].lower())),
    (r"omos\s+mitin\s+a\s+bin\s+(?:get|go)", "how many meetings did I have"), (r"omos\s+awa\s+a\s+bin\s+slip", "how many hours did I sleep"),
    (r"omos\s+(?:kop\s+)?coffee\s+a\s+bin\s+drink", "how many coffees did I drink"), (r"omos\s+awa", "how many hours"),
    (r"omos", "how many"), (r"wetin\s+tem\s+a\s+bin\s+wek\s+op", "what time did I wake up"),
    (r"wetin\s+tem\s+a\s+bin\s+(?:go\s+slip|ledom)", "what time did I go to bed"),
    (r"wetin\s+tem\s+i\s+bin\s+start", "what time did it start"), (r"wetin\s+tem", "what time"),
    (r"wetin\s+kain\s+(?:exercise|workout|trenin)\s+a\s+bin\s+do", "which workout did I do"),
    (r"wetin\s+a\s+bin\s+it\s+fo\s+" + _MEALS, lambda m: "what did I eat for " + _MEAL[m[1].lower()]),
    (r"usai\s+a\s+bin\s+it\s+(?:fo\s+)?" + _MEALS, lambda m: "where did I have " + _MEAL[m[1].lower()]),
    (r"usai", "where"), (r"wetin", "what"), (r"us\s+wan", "which"),
    # things and doings
    (r"mi\s+fos\s+mitin", "my first meeting"), (r"mi\s+las\s+mitin", "my last meeting"), (r"mitin", "meeting"),
    (r"mi\s+(?=\w)", "my "), (r"a\s+bin\s+ron", "did I run"), (r"a\s+bin\s+slip", "did I sleep"), (r"a\s+bin", "did I"),
    (r"fos", "first"), (r"(?<=drink\s)am|(?<=it\s)am", "it"), (r"pas", "than"), (r"mor", "more"), (r"les", "less"), (r"afta", "after"), (r"bifo", "before"), (r"trenin", "workout"),
)
_TABLE = WordTable(_RULES, r"wetin|udat|usai|omos|a\s+bin|i\s+bin|a\s+don|mitin|kilomita|awa|wek\s+op|uman\s+pikin|bortde|"
                           r"tok\s+bout|di\s+de|di\s+net|dis\s+wik|las\s+wik|tide|yestade|trenin|a\s+kin|afta|bifo|"
                           r"us\s+wan|en\s+di|te\s+naw|kain|mi\s+slip|kin\s+short|if\s+a|fos|drink\s+am")


def from_krio(text: str) -> str:
    """``text`` with its Krio words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
