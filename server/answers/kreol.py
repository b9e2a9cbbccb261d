"""Mauritian Creole (Kreol Morisien) in an English question, put into English.

People in Mauritius mix Kreol into English as they type ("konbien tas kafe mo ti bwar yer?", "kisannla ti dan Sprint
planning la?", "konbien ler mo ti dormi yer swar?"). Kreol puts "the" after its noun ("Sprint planning la") and
marks the past with "ti" or "finn" ("mo ti manz": I ate): the rules read them with their verb. The words that carry
what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the
day or night named by what happened, habits, what someone said) become English, and the words that only hold the
sentence together ("la" after a noun, "eski" that opens a yes/no question) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"lindi": "Monday", "mardi": "Tuesday", "merkredi": "Wednesday", "zedi": "Thursday", "vandredi": "Friday",
             "samdi": "Saturday", "dimans": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"liv": "book", "film": "film", "sinema": "film", "podcast": "podcast", "restoran": "restaurant",
          "restaurant": "restaurant", "sante": "song", "lamizik": "song"}
_THINGS = "(" + "|".join(_THING) + ")"
_DO = r"(?:lir|get|gete|ekoute|esey[eé]|al\s+manz|manz|tande)"
_PAST = r"(?:ti|finn|ti\s+finn)"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "ki liv X ti dir mwa lir" (which book X told me to read), "ki non X so nouvo lisien" (the name
    # of X's new dog), "X so tifi pou gagn konbien an" (how old X's daughter turns), "ki li ti dir" (what did they say)
    (r"ki\s+" + _THINGS + r"\s+" + _NAME + r"\s+" + _PAST + r"\s+(?:dir|rekomand[eé]|konsey[eé])\s+mwa(?:\s+" + _DO + r")?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"ki\s+non\s+" + _NAME + r"\s+so\s+nouvo\s+(?:lisien|lisyen|sien|shien)", r"what is the name of \1's new dog"),
    (r"ki\s+non\s+" + _NAME + r"\s+so\s+nouvo\s+(?:sat|minou)", r"what is the name of \1's new cat"),
    (_NAME + r"\s+so\s+tifi\s+pou\s+gagn\s+konbien\s+an(?:,?\s+li\s+ti\s+dir\s+mwa)?", r"how old is \1's daughter turning"),
    (_NAME + r"\s+so\s+garson\s+pou\s+gagn\s+konbien\s+an(?:,?\s+li\s+ti\s+dir\s+mwa)?", r"how old is \1's son turning"),
    (r"ki\s+li\s+ti\s+dir", "what did they say"),
    # a day or a night named by what happened: "zour X ti koz ar mwa lor Y" (the day X talked to me about Y), "zour X
    # la" (the day of X), "lanwit apre X la" (the night after X), "apre mo run ..., kisannla ti dan premie meeting la"
    (r"zour\s+" + _NAME + r"\s+" + _PAST + r"\s+koz(?:e)?\s+(?:ar|avek)\s+mwa\s+lor\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"zour\s+mo\s+(?:ti\s+|finn\s+)?(.{2,40}?),", r"on the day I \1,"),
    (r"zour\s+(.{2,60}?)\s+la,", r"on the day of the \1,"), (r"lanwit\s+apre\s+(.{2,60}?)\s+la,", r"the night after the \1,"),
    (r"apre\s+mo\s+(.{2,60}?),\s+kisannla\s+ti\s+dan\s+premie\s+(?:meeting|renion|reinion)\s+la",
     r"who was in the first meeting after my \1"),
    # habits: "kan mo pran 300 mg caffeine oubien plis dan enn zour" (on days with 300 mg or more), "kan mo bwar kafe
    # apre 4 pm" (when I drink coffee after 4 pm), "kan mo dinner koumans apre 8 pm" (when dinner starts after 8 pm),
    # "kan mo fer sport" (on workout days), "eski mo dormi mwins" (do I sleep less)
    (r"kan\s+mo\s+(?:pran|bwar)\s+(\d+)\s*mg\s+(?:caffeine|kafeinn)\s+oubien\s+plis(?:\s+dan\s+enn\s+zour)?",
     r"on days with \1 mg of caffeine or more"),
    (r"kan\s+mo\s+bwar\s+kafe\s+apre\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"kan\s+mo\s+(?:dinner|manze\s+swar|soupe)\s+koumans\s+apre\s+" + _CLOCK, r"when dinner starts at \1 or later"),
    (r"kan\s+mo\s+(?:fer|finn\s+fer)\s+(?:sport|exersis)", "on workout days"),
    (r"eski\s+mo\s+dormi\s+mwins(?:\s+lanwit\s+la)?", "do I sleep less that night"),
    (r"eski\s+mo\s+dormi\s+plis(?:\s+lanwit\s+la)?", "do I sleep longer that night"),
    (r"eski\s+mo\s+bwar\s+plis\s+kafe", "do I drink more coffee"),
    # comparisons
    (r"ki\s+lanwit\s+mo\s+ti\s+dormi\s+plis", "which night did I sleep longer"),
    (r"mo\s+(workout|sport|run|ride|swim)\s+ti\s+pli\s+long", r"which \1 was longer,"),
    (r"eski\s+mo\s+finn\s+bwar\s+plis\s+kafe\s+sa\s+semenn\s+la\s+ki\s+semenn\s+pase",
     "did I drink more coffee this week than last week"),
    # days, weeks, nights
    (r"sa\s+(meeting|renion|run|ride|swim|workout)\s+la", r"that \1"), (r"yer\s+swar|lanwit\s+pase", "last night"), (r"zordi", "today"), (r"yer", "yesterday"),
    (r"sa\s+semenn\s+la|sa\s+semenn-la", "this week"), (r"semenn\s+pase|lot\s+semenn", "last week"),
    (r"lavey\s+sa\s+zour\s+la|zour\s+avan", "the day before"), (r"lanwit\s+avan(?:\s+la)?", "the night before"),
    (_DAY, lambda m: _WEEKDAYS[m[1].lower()]), (r"lanwit", "night"), (r"zour", "day"),
    # what is asked
    (r"a\s+ki\s+ler|ki\s+ler", "at what time"), (r"konbien\s+ler", "how many hours"),
    (r"ti\s+dire\s+konbien\s+letan", "lasted how long"), (r"konbien\s+letan", "how long"), (r"konbien\s+minit", "how many minutes"),
    (r"konbien\s+distans|konbien\s+kilomet|konbien\s+km", "how many km"), (r"konbien\s+fwa", "how many times"),
    (r"konbien\s+tas\s+kafe", "how many cups of coffee"), (r"konbien", "how many"),
    (r"kisannla\s+ti\s+dan", "who attended"), (r"kisannla|kisann", "who"), (r"kot\s+mo\s+ti\s+(?:al\s+)?manz", "where did I have"), (r"ki\s+mo\s+ti\s+manze?", "what did I eat"),
    (r"kot", "where"), (r"ki\s+sport\s+mo\s+ti\s+fer", "which workout did I do"),
    (r"kan", "when"), (r"ki", "what"),
    # more, less, or
    (r"pli\s+long", "longer"), (r"plis", "more"), (r"mwins", "less"), (r"oubien|ouswa", "or"),
    # things and doings
    (r"dezennen|ti-dezennen", "breakfast"), (r"dezene", "lunch"), (r"soupe", "dinner"),
    (r"mo\s+premie\s+kafe", "my first coffee"), (r"mo\s+dernie\s+kafe", "my last coffee"), (r"tas\s+kafe", "cups of coffee"),
    (r"kafe", "coffee"), (r"premie\s+(?:meeting|renion)", "the first meeting"), (r"dernie\s+(?:meeting|renion)", "the last meeting"),
    (r"renion|reinion", "meeting"), (r"premie", "first"), (r"dernie", "last"), (r"koumans", "start"),
    (r"mo\s+ti\s+al\s+dormi|mo\s+ti\s+al\s+kouse", "did I go to bed"), (r"mo\s+ti\s+dormi", "did I sleep"),
    (r"mo\s+ti\s+leve", "did I wake up"), (r"mo\s+ti\s+(?:kouri|galoup)", "did I run"), (r"mo\s+ti\s+naze", "did I swim"),
    (r"mo\s+ti\s+fer\s+bisiklet|mo\s+ti\s+roul\s+bisiklet", "did I cycle"), (r"mo\s+(?:ti|finn)\s+bwar", "did I drink"),
    (r"mo\s+ti\s+ena", "did I have"), (r"pou(?=\s+(?:breakfast|lunch|dinner|dezennen|dezene|soupe)\b)", "for"),
    (r"ti(?=\s+at\s+what\s+time\b|\s+how\s+many\b)", "was"), (r"ti(?=\s+(?:start|last)\b)", "did it"), (r"mo\s+(?:finn|ti)\s+fer", "did I do"), (r"ti\s+dire", "last"),
    (r"an\s+mwayenn", "average"), (r"pandan", "during"), (r"apre", "after"), (r"avan", "before"), (r"sport", "workouts"),
    # words that only hold the sentence together
    (r"^ek(?=\s)|(?<=,\s)ek(?=\s)", "and"), (r"(?<=\w\s)la(?=\s*(?:[?,.]|$|\s+on\b|\s+ti\b|\s+did\b|\s+last\b))|eski|mo(?=\s+\w)", ""),
)
_TABLE = WordTable(_RULES, r"konbien|kisannla|kisann|zordi|yer|lanwit|semenn|zour|kafe|oubien|eski|mwins|plis|kot|"
                           r"ti\s+dir|ti\s+manz\w*|ti\s+bwar|ti\s+dormi|ti\s+leve|ti\s+galoup|ti\s+kouri|ti\s+naze|ti\s+fer|"
                           r"ti\s+ena|finn|dezene|dezennen|soupe|premie|dernie|lavey|koumans|letan|lisien|tifi|apre|^ek|mwa|manz\w*|mwayenn|"
                           r"pandan|pou|nouvo|bisiklet|galoup|bwar|dormi|kouri|ti\s+dan|ti\s+koz|pli\s+long|ti\s+dire|ler|mo\s+ti|mo\s+finn")


def from_kreol(text: str) -> str:
    """``text`` with its Mauritian Creole words that say what is asked put into English; a text with fewer than two
    such words is left as it is."""
    return _TABLE.in_english(text)
