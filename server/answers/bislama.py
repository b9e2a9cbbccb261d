"""Bislama in an English question, put into English.

People in Vanuatu switch between Bislama and English inside a sentence: "hamas aoa mi bin slip last night?", "hu nao i
stap long miting Ops sync?", "wanem mi bin kakae long dina yesterday?". The words that carry what is asked (weeks,
nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day named by what happened,
habits, what someone said, follow-ups) become English; "blong" (of), "i" (the verb's mark) and "nao" (the focus) go
with them, and the remarks after a question ("mi taed tumas", I'm very tired) become plain English.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEAL = {"brekfas": "breakfast", "brekfast": "breakfast", "lunch": "lunch", "lanj": "lunch", "dina": "dinner",
         "dinner": "dinner"}
_MEALS = r"(brekfas|brekfast|lunch|lanj|dina|dinner)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"mi\s+taed(?:\s+tumas|\s+yet)?", "worn out"), (r"mi\s+fogetem(?:\s+\w+)?", "I forgot it"),
    # what someone said: "wanem buk nao X i talem mi blong ridim" (which book X told me to read)
    (r"wanem\s+(buk|film|podcast|restoran)\s+nao\s+" + _NAME + r"\s+i\s+talem\s+mi(?:\s+blong\s+\w+)?",
     lambda m: f"which {dict(buk='book', restoran='restaurant').get(m[1].lower(), m[1].lower())} did {m[2]} recommend"),
    # a day named by what happened: "long dei we X i toktok long Y" (on the day X talked about Y), "long dei we mi ran 9
    # km" (on the day I ran 9 km), "afta long X blong mi ..., hu nao i stap long miting we i kam biaen" (the meeting
    # after my X)
    (r"long\s+dei\s+we\s+" + _NAME + r"\s+i\s+toktok\s+long", r"on the day \1 talked about"),
    (r"long\s+dei\s+we\s+mi(?=\s)", "on the day I"), (r"long\s+naet\s+afta\s+long\s+miting\s+(.{2,60}?),", r"the night after the \1 meeting,"), (r"afta\s+long\s+(.{2,80}?)\s+blong\s+mi", r"after my \1"),
    (r"hu\s+nao\s+i\s+stap\s+long\s+miting\s+we\s+i\s+kam\s+biaen", "who was at the next meeting"),
    # habits
    (r"ol\s+dei\s+we\s+mi\s+dringim\s+(\d+)\s*mg\s+(?:kafein|caffeine)\s+o\s+moa", r"on days with \1 mg of caffeine or more"),
    (r"ol\s+dei\s+we\s+mi\s+mekem\s+(?:trening|eksesaes|wokaot)", "on workout days"),
    (r"sapos\s+mi\s+dringim\s+kofi\s+afta\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"sapos\s+mi\s+kakae\s+dina\s+long\s+" + _CLOCK + r"(?:\s+o\s+afta)?", r"when dinner starts at \1 or later"),
    (r"slip\s+blong\s+mi\s+i\s+olsem\s+wanem(?:\s+long\s+naet\s+ia)?", "how do I sleep"),
    (r"mi\s+slip\s+smol\s+nomo|slip\s+blong\s+mi\s+i\s+sot", "do I sleep less"), (r"mi\s+dringim\s+kofi\s+moa", "do I drink more coffee"),
    # comparisons
    (r"wokaot\s+blong\s+mi\s+(.{2,60}?)\s+mo\s+hemia\s+blong\s+(.{2,60}?),\s+wanem\s+i\s+tekem\s+longfala\s+taem",
     r"which workout was longer, \1 or \2"),
    (r"wanem\s+dei\s+mi\s+dringim\s+moa\s+(kafein|caffeine|kofi)", lambda m: "which day had more " + (
        "coffee" if m[1].lower() == "kofi" else "caffeine")),
    (r"wanem\s+naet\s+mi\s+slip\s+moa", "which night did I sleep longer"),
    # follow-ups
    (r"^mo\s+dei\s+bifo(?:\s+long\s+hemia)?", "and the day before"), (r"^mo\s+naet\s+bifo(?:\s+long\s+hemia)?", "and the night before"),
    (r"^mo\s+tede\s+kasem\s+naoia", "and today so far"), (r"^mo(?=\s)", "and"), (r"(?<=\s)tu(?=\s*\?)", ""),
    # weeks and days
    (r"wik\s+ia", "this week"), (r"las\s+wik", "last week"), (r"tede", "today"), (r"yestedei", "yesterday"),
    # what is asked
    (r"hu\s+nao\s+i\s+stap\s+long\s+miting", "who was at the meeting"), (r"hu\s+nao", "who"),
    (r"hamas\s+aoa\s+mi\s+bin\s+slip", "how many hours did I sleep"), (r"hamas\s+taem\s+mi\s+mekem\s+(?:eksesaes|trening|wokaot)",
                                                                      "how many workouts did I do"),
    (r"hamas\s+kap\s+kofi\s+mi\s+bin\s+dringim", "how many cups of coffee did I drink"), (r"hamas\s+miting", "how many meetings"),
    (r"hamas\s+kilomita\s+mi\s+bin\s+(ran|swim|raed)", lambda m: "how many km did I " + {"raed": "cycle"}.get(m[1].lower(), m[1].lower())),
    (r"hamas\s+km\s+(\w+)\s+mi\s+mekem\s+finis", r"how many km of \1 have I done"), (r"hamas", "how many"), (r"wanem\s+taem\s+mi\s+go\s+slip", "what time did I go to bed"),
    (r"wanem\s+taem\s+mi\s+wekap", "what time did I wake up"), (r"wanem\s+taem", "what time"),
    (r"wanem\s+mi\s+(?:bin\s+)?kakae\s+long\s+" + _MEALS, lambda m: "what did I eat for " + _MEAL[m[1].lower()]),
    (r"wea\s+nao\s+mi\s+(?:bin\s+)?kakae\s+long\s+" + _MEALS, lambda m: "where did I have " + _MEAL[m[1].lower()]),
    (r"wanem", "what"), (r"wea", "where"),
    # more, less, or; things
    (r"moa", "more"), (r"smol", "less"), (r"(?<=\s)o(?=\s)", "or"), (r"miting", "meeting"), (r"kofi", "coffee"),
    (r"kafein", "caffeine"), (r"wokaot|eksesaes|trening", "workout"), (r"mi\s+bin", "did I"),
)
_TABLE = WordTable(_RULES, r"hu\s+nao|blong|kakae|tede|yestedei|wik\s+ia|hemia|kasem|naoia|longfala|wokaot|eksesaes|trening|"
                           r"toktok|talem|taed|tumas|fogetem|naet|dei|smol|dina|kafein|^mo(?=\s)|(?<=\s)tu(?=\s*\?)|i\s+stap\s+long\s+miting|"
                           r"slip\s+blong|mi\s+slip\s+smol|nomo|mekem\s+finis")
"""(Bislama's own words: those it shares with Tok Pisin, "wanem", "hamas", "miting", "kofi", "moa", "slip", are no hint.)"""


def from_bislama(text: str) -> str:
    """``text`` with its Bislama words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
