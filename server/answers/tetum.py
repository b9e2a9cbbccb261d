"""Tetum in an English question, put into English.

People in Timor-Leste mix Tetum into English as they type ("kopu kafe hira mak hau hemu horiseik?", "se mak tuir
enkontru Sprint planning?", "hau toba oras hira kalan horiseik?"). The words that carry what is asked (days, weeks,
nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by what
happened, habits, what someone said) become English, and the words that only hold the sentence together ("mak" that
marks the focus, "no" and, "hau nia" my) go. A follow-up that opens with "no" (and) needs one more Tetum word ("no
ohin?", and today?).
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"livru": "book", "filme": "film", "podcast": "podcast", "restorante": "restaurant", "knananuk": "song"}
_THINGS = "(" + "|".join(_THING) + ")"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "X rekomenda livru saida mai hau" (which book X recommended to me), "restorante saida mak X dehan
    # ita tenke koko" (which restaurant X said we should try), "X nia asu foun naran saida" (the name of X's new dog),
    # "X nia oan feto tinan hira" (how old X's daughter is)
    (_NAME + r"\s+rekomenda\s+" + _THINGS + r"\s+saida(?:\s+mai\s+hau)?", lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (_THINGS + r"\s+saida\s+mak\s+" + _NAME + r"\s+(?:dehan|rekomenda)(?:\s+ita\s+tenke\s+\w+|\s+hau\s+tenke\s+\w+)?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (_NAME + r"\s+nia\s+asu\s+foun\s+naran\s+saida", r"what is the name of \1's new dog"),
    (_NAME + r"\s+nia\s+oan\s+feto\s+tinan\s+hira(?:\s+ona)?", r"how old is \1's daughter turning"),
    # a day or a night named by what happened: "loron ne'ebe X ko'alia kona ba Y" (the day X talked about Y), "loron
    # enkontru X" (the day of the X meeting), "kalan depois enkontru X" (the night after the X meeting)
    (r"loron\s+ne['’]?ebe\s+" + _NAME + r"\s+ko['’]alia\s+kona\s+ba\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"loron\s+enkontru\s+(.{2,60}?),", r"on the day of the \1 meeting,"),
    (r"kalan\s+depois\s+enkontru\s+(.{2,60}?),", r"the night after the \1 meeting,"),
    # habits: "loron ne'ebe kafeina 300 mg ka liu" (on days with 300 mg or more), "bainhira hau hemu kafe depois 3 pm" (when
    # I drink coffee after 3 pm), "se hau han kalan depois 8 pm" (if dinner is after 8 pm), "loron ne'ebe hau halo
    # ezersisiu" (on workout days)
    (r"loron\s+ne['’]?ebe\s+kafeina\s+(\d+)\s*mg\s+ka\s+liu", r"on days with \1 mg of caffeine or more"),
    (r"bainhira\s+hau\s+hemu\s+kafe\s+depois\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"se\s+hau\s+han\s+kalan\s+depois\s+" + _CLOCK, r"when dinner starts at \1 or later"),
    (r"loron\s+ne['’]?ebe\s+hau\s+halo\s+ezersisiu", "on workout days"),
    (r"hau\s+nia\s+toba\s+oinsa", "how do I sleep"), (r"hau\s+toba\s+menus(?:\s+liu)?(?:\s+ka\s+lae)?", "do I sleep less"),
    (r"hau\s+toba\s+naruk\s+liu\s+ka\s+badak\s+liu", "do I sleep less"),
    (r"hau\s+toba\s+naruk\s+liu(?:\s+ka\s+lae)?", "do I sleep longer"),
    (r"hau\s+hemu\s+kafe\s+barak\s+liu(?:\s+ka\s+lae)?(?=\s*\?)", "do I drink more coffee"),
    # comparisons
    (r"semana\s+ida\s+ne['’]?e\s+hau\s+hemu\s+kafe\s+barak\s+liu\s+ka\s+menus\s+liu\s+semana\s+kotuk",
     "did I drink more coffee this week than last week"),
    (r"kalan\s+ida\s+ne['’]?ebe\s+mak\s+hau\s+toba\s+naruk\s+liu", "which night did I sleep longer"),
    # days, weeks, nights
    (r"kalan\s+horiseik", "last night"), (r"ohin", "today"), (r"horiseik", "yesterday"),
    (r"semana\s+ida\s+ne['’]?e|semana\s+ne['’]?e", "this week"), (r"semana\s+kotuk", "last week"),
    (r"no\s+loron\s+molok\s+ne['’]?e", "and the day before"), (r"no\s+kalan\s+molok\s+ne['’]?e", "and the night before"),
    (r"loron\s+molok\s+ne['’]?e", "the day before"), (r"kalan\s+molok\s+ne['’]?e", "the night before"),
    # what is asked
    (r"hahu\s+oras\s+hira", "what time did it start"), (r"oras\s+hira\s+naruk|toba\s+naruk\s+oras\s+hira", "how many hours"),
    (r"oras\s+hira", "what time"), (r"dook\s+hira", "how far"), (r"kopu\s+kafe\s+hira", "how many cups of coffee"),
    (r"enkontru\s+hira", "how many meetings"), (r"kilometru\s+hira", "how many km"), (r"miligrama\s+hira", "how many mg"),
    (r"dala\s+hira", "how many times"), (r"hira", "how many"), (r"naruk\s+oras\s+hira|naruk\s+hira", "how long"),
    (r"se\s+mak\s+tuir(?:\s+enkontru)?", "who attended"), (r"hau\s+han\s+(meiudia|kalan|dadeer)\s+iha\s+nebee",
     lambda m: "where did I have " + {"meiudia": "lunch", "kalan": "dinner", "dadeer": "breakfast"}[m[1].lower()]),
    (r"iha\s+nebee\s+mak\s+hau\s+han\s+(meiudia|kalan|dadeer)",
     lambda m: "where did I have " + {"meiudia": "lunch", "kalan": "dinner", "dadeer": "breakfast"}[m[1].lower()]),
    (r"saida\s+mak\s+hau\s+han\s+(meiudia|kalan|dadeer)|hau\s+han\s+(meiudia|kalan|dadeer)\s+saida",
     lambda m: "what did I eat for " + {"meiudia": "lunch", "kalan": "dinner", "dadeer": "breakfast"}[(m[1] or m[2]).lower()]),
    (r"iha\s+nebee", "where"), (r"saida", "what"), (r"bainhira", "when"),
    # more, less, or
    (r"barak\s+liu", "more"), (r"menus\s+liu|menus", "less"), (r"naruk\s+liu", "longer"), (r"badak\s+liu", "shorter"),
    (r"ka\s+lae", "or not"), (r"(?<=\s)ka(?=\s)", "or"),
    # things and doings
    (r"kafe\s+dahuluk", "the first coffee"), (r"kafe\s+ikus", "the last coffee"), (r"enkontru\s+dahuluk", "the first meeting"),
    (r"enkontru\s+ne['’]?e", "that meeting"), (r"enkontru", "meeting"), (r"kafeina", "caffeine"), (r"kafe", "coffee"),
    (r"han\s+meiudia", "lunch"), (r"han\s+kalan", "dinner"), (r"han\s+dadeer", "breakfast"), (r"ezersisiu", "workouts"),
    (r"hau\s+hemu", "did I drink"), (r"hau\s+toba", "did I sleep"), (r"hau\s+hader", "did I wake up"), (r"hau\s+halai", "did I run"),
    (r"hau\s+nani", "did I swim"), (r"hau\s+sa['’]e\s+bisikleta", "did I cycle"), (r"hau\s+halo", "did I do"),
    (r"hau\s+iha", "did I have"), (r"hau\s+han", "did I eat"), (r"depois", "after"), (r"molok", "before"), (r"kalan", "night"),
    (r"loron", "day"), (r"ne['’]?e", "this"),
    # words that only hold the sentence together
    (r"^no(?=\s)", "and"), (r"mak|hau\s+nia", ""),
)
_TABLE = WordTable(_RULES, r"^no(?=\s)|saida|hira|iha\s+nebee|bainhira|hau|hemu|han|toba|hader|halai|nani|bisikleta|ezersisiu|kafe|kafeina|"
                           r"kopu|meiudia|dadeer|enkontru|dahuluk|ikus|hahu|ohin|horiseik|kalan|loron|semana|kotuk|depois|"
                           r"molok|naruk|badak|barak|menus|rekomenda|livru|restorante|asu|naran|oan|tinan|dehan|ko['’]alia|mak")


def from_tetum(text: str) -> str:
    """``text`` with its Tetum words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
