"""Wolof in an English question, put into English.

People in The Gambia and Senegal switch between Wolof and English inside a sentence: "lan laa lekk ci ndekki
yesterday?", "nyan nyoo nekkoon ci Sprint planning meeting bi?", "nyaata kopp kafe laa naan tey?". The words that
carry what is asked (weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day
named by what happened, habits, follow-ups) become English; "laa" and "moo" that mark the focus, "bi", "gi" and "yi"
(the) go, and the remarks after a question ("xamatuma", I don't know) become plain English.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_MEAL = {"ndekki": "breakfast", "añ": "lunch", "an": "lunch", "reer": "dinner"}

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"xamatuma|fattewuma", "I can't recall"), (r"dama\s+sonn(?:oon)?(?:\s+lool)?(?:\s+ba\s+tey)?", "worn out"),
    (r"alarm\s+bi\s+dafa\s+ma\s+sonal", "the alarm annoyed me"),
    # follow-ups: "bes bi ko jiitu nag?" (and the day before?), "guddi gi ko jiitu nag?" (and the night before?)
    (r"^(?:te\s+)?bes\s+bi\s+ko\s+jiitu(?:\s+nag)?", "and the day before"),
    (r"^(?:te\s+)?guddi\s+gi\s+ko\s+jiitu(?:\s+nag)?", "and the night before"),
    (r"^(?:te\s+)?tey\s+ba\s+leegi(?:\s+nag)?", "and today so far"), (r"^te(?=\s)", "and"),
    # a day named by what happened: "bes bi ma swam 1.6 km" (the day I swam 1.6 km), "sama run ... ba mu jeexee, ...
    # meeting bi topp" (the meeting after my run)
    (r"bes\s+bi\s+ma(?=\s)", "on the day I"), (r"sama\s+(.{2,80}?)\s+ba\s+mu\s+jeexee,?", r"after my \1,"),
    (r"ba\s+mu\s+jeexee,?", "after it,"),
    (r"nyan\s+nyoo\s+nekkoon\s+ci\s+meeting\s+bi\s+topp", "who was at the next meeting"),
    # habits: "bes yi ma naan 300 mg caffeine walla lu ko epp" (days I drink 300 mg or more), "ci bes yi ma def workout"
    # (on workout days), "su ma reeree ci 8 pm walla ginnaaw" (if I dine at 8 pm or after), "su ma naanee kafe ginnaaw 3
    # pm" (if I drink coffee after 3 pm), "naka laa nelawe ci guddi gi" (how do I sleep at night)
    (r"bes\s+yi\s+ma\s+naan\s+(\d+)\s*mg\s+(?:caffeine|kafeyin)\s+walla\s+lu\s+ko\s+epp", r"on days with \1 mg of caffeine or more"),
    (r"(?:ci\s+)?bes\s+yi\s+ma\s+def\s+(?:workout|sport|ay\s+sport)", "on workout days"),
    (r"su\s+ma\s+reeree\s+ci\s+" + _CLOCK + r"(?:\s+walla\s+ginnaaw)?", r"when dinner starts at \1 or later"),
    (r"su\s+ma\s+naanee\s+kafe\s+(?:ginnaaw|ci)\s+" + _CLOCK + r"(?:\s+walla\s+ginnaaw)?", r"on days I drink coffee at \1 or after"),
    (r"naka\s+laa\s+nelawe(?:\s+ci\s+guddi\s+gi)?", "how do I sleep"), (r"ndax\s+sama\s+nelaw\s+dafay\s+wanyiku", "do I sleep less"),
    (r"ndax\s+dama\s+gena\s+nelaw", "do I sleep more"), (r"ndax\s+dama\s+gena\s+naan\s+kafe", "do I drink more coffee"),
    # comparisons
    (r"ban\s+guddi\s+laa\s+gena\s+nelaw", "which night did I sleep longer"),
    (r"ban\s+bes\s+laa\s+gena\s+naan\s+(caffeine|kafe)", lambda m: "which day had more " + (
        "caffeine" if m[1].lower() == "caffeine" else "coffee")),
    (r"ban\s+moo\s+gena\s+yagg", "which lasted longer"),
    (r"ndax\s+kafe\s+bi\s+ma\s+naan\s+moo\s+gena\s+bari\s+ayubes\s+bi\s+weesu\s+walla\s+moo\s+gena\s+tuuti",
     "did I drink more coffee than last week or less"),
    # weeks and days
    (r"ayubes\s+bii", "this week"), (r"ayubes\s+bi\s+weesu", "last week"), (r"tey", "today"), (r"demb", "yesterday"),
    # what is asked
    (r"lan\s+laa\s+(?:lekk|reer)\s+ci\s+(ndekki|añ|an|reer)", lambda m: "what did I eat for " + _MEAL[m[1].lower()]),
    (r"lan\s+laa\s+reer", "what did I eat for dinner"), (r"lan\s+laa\s+añ|lan\s+laa\s+an(?=\s)", "what did I eat for lunch"),
    (r"fan\s+laa\s+(?:lekk|reer|añ)\s*(?:ci\s+)?(ndekki|añ|reer)?",
     lambda m: "where did I have " + (_MEAL[m[1].lower()] if m[1] else "the meal")),
    (r"nyan\s+nyoo\s+nekkoon\s+ci", "who was at"), (r"nyan\s+nyoo", "who"),
    (r"nyaata\s+kopp\s+kafe\s+laa\s+naan", "how many cups of coffee did I drink"),
    (r"nyaata\s+meeting\s+laa\s+am", "how many meetings did I have"),
    (r"nyaata\s+yoon\s+laa\s+def\s+(?:sport|workout)", "how many workouts did I do"),
    (r"nyaata\s+km\s+laa\s+war\s+welo", "how many km did I cycle"), (r"nyaata\s+km\s+laa\s+daw", "how many km did I run"),
    (r"nyaata\s+km\s+laa\s+feey", "how many km did I swim"), (r"nyaata\s+km\s+(\w+)\s+laa\s+def", r"how many km of \1 did I do"),
    (r"nyaata\s+waxtu\s+laa\s+nelaw", "how many hours did I sleep"), (r"nyaata\s+waxtu\s+la\s+yagg", "how long did it last"),
    (r"ban\s+waxtu\s+laa\s+yewu", "what time did I wake up"), (r"ban\s+waxtu\s+laa\s+tëdd|ban\s+waxtu\s+laa\s+tedd",
                                                                 "what time did I go to bed"),
    (r"ban\s+waxtu\s+laa\s+naan\s+(?:sama\s+)?kafe\s+bu\s+(njëkk|njekk|mujj)",
     lambda m: "what time did I drink the " + ("last" if m[1].lower() == "mujj" else "first") + " coffee"),
    (r"ban\s+waxtu", "what time"), (r"nyaata", "how many"), (r"lan", "what"), (r"fan", "where"), (r"kañ|kan(?=\s)", "when"),
    # more, less, or, and, my
    (r"gena\s+bari|gena", "more"), (r"gena\s+tuuti|tuuti", "less"), (r"walla", "or"), (r"ak\s+bu", "or"), (r"sama", "my"),
    (r"war\s+welo", "cycling"), (r"daw", "run"), (r"feey", "swim"), (r"nelaw", "sleep"), (r"kafe", "coffee"),
    (r"meeting\s+bi", "meeting"), (r"(?<=\s)(?:bi|gi|yi|laa|moo|nag)(?=\s|\?|$)", ""),
)
_TABLE = WordTable(_RULES, r"lan\s+laa|laa|nyaata|nyan\s+nyoo|nekkoon|lekk|ndekki|reer|añ|waxtu|yagg|ayubes|yoon|kopp|"
                           r"yewu|sama|jeexee|topp|walla|guddi|gena|nelaw|bes|ndax|bari|tuuti|epp|reeree|ginnaaw|"
                           r"wanyiku|welo|jiitu|nag|tey|demb|xamatuma|moo|bii|weesu|dama")


def from_wolof(text: str) -> str:
    """``text`` with its Wolof words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
