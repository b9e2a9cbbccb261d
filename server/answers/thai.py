"""Thai written in Latin letters (romanised, as Thais type it on an English keyboard) in an English question, put into English.

Thai speakers mix romanised Thai into English as they type ("wan nee gin kafae pai gee kaew ka?",
"prachum Sprint planning mee khrai bang?", "laew Kwame la ka?"): the words that carry what is asked
(days, nights, meals, sleep, question words, more/less, "or later", "the day before") become English;
the polite particles ("ka", "kha", "krub", "na") and the words that only hold the sentence together go.
"ran" stays English ("I ran 6 km") unless a Thai word beside it makes it a shop ("ran ahan", "ran arai").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"wan jan": "Monday", "wan angkhan": "Tuesday", "wan phut": "Wednesday", "wan pharuehat": "Thursday",
             "wan paruehat": "Thursday", "wan suk": "Friday", "wan sao": "Saturday", "wan athit": "Sunday"}
_DAY = "(" + "|".join(w.replace(" ", r"\s+") for w in _WEEKDAYS) + ")"
_MEAL = r"(?:ahan\s+chao|khao\s+chao|ahan\s+tiang|khao\s+tiang|ahan\s+yen|khao\s+yen)"

_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups: "laew Kwame la ka?" (and Kwame?), "laew wan gon la ka?" (and the day before?)
    (r"laew\s+((?-i:[A-Z])\w+)\s+la(?=\s+(?:ka|kha|krub|khrap)\b|\s*\?)", r"what about \1"),
    (r"laew\s+(.{1,30}?)\s+la(?=\s+(?:ka|kha|krub|khrap)\b|\s*\?)", r"and \1"),
    # habits: "wan tee gin kafae 3 pm reu lang jak nan" (on days I have coffee at 3 pm or later),
    # "tha gin ahan yen 8 pm reu duek gwa nan" (if dinner is at 8 pm or later)
    (r"(?:wan\s+tee|tha)\s+gin\s+(kafae|" + _MEAL + r")\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+reu\s+(?:lang\s+jak\s+nan|duek\s+gwa\s+nan"
     r"|lang\s+gwa\s+nan)", lambda m: f"on days with {_meal(m[1])} at {m[2]} or later,"),
    (r"wan\s+tee\s+caffeine\s+(\d+)\s*mg\s+(?:keun\s+pai|reu\s+mak\s+gwa)", r"on days with \1 mg of caffeine or more,"),
    (r"wan\s+tee\s+mai\s+dai\s+ork(?:\s+gamlang\s+gai)?", "days without a workout"),
    (r"wan\s+tee\s+ork\s+gamlang\s+gai(?:\s*,?\s*khuen\s+nan)?", "on workout days"),
    (r"tieb\s+gap|tiap\s+gap", "compared with"),
    # a day named by what happened on it: "wan tee chan ran 6.7 km" (the day I ran 6.7 km),
    # "khuen lang 1:1 with Yuki" (the night after the 1:1 with Yuki)
    (r"wan\s+tee\s+chan\s+(\w+\s+[\d.]+\s*km)", r"on the day I \1"),
    (r"khuen\s+lang(?:\s+jak)?\s+(.{3,60}?)\s*,", r"the night after the \1,"),
    # days and nights
    (r"muea\s+khuen(?:\s+nee)?|khuen\s+tee\s+laew", "last night"), (r"khuen\s+nee", "tonight"),
    (r"muea\s+wan\s+seun|wan\s+seun", "the day before yesterday"), (r"muea\s+wan(?:\s+nee)?", "yesterday"),
    (r"wan\s+nee|wannee", "today"), (r"wan\s+gon|wan\s+korn", "the day before"),
    (r"aathit\s+nee|athit\s+nee|sapda\s+nee", "this week"),
    (r"aathit\s+gon|athit\s+gon|aathit\s+tee\s+laew|athit\s+tee\s+laew|sapda\s+tee\s+laew", "last week"),
    (r"tang\s+song\s+aathit|song\s+aathit", "both weeks"),
    (_DAY, lambda m: f"on {_WEEKDAYS[' '.join(m[1].lower().split())]}"),
    (r"khuen\s+nai", "which night"), (r"wan\s+nai", "which day"), (r"khuen\s+nan", "that night"), (r"wan\s+nan", "that day"),
    # what is asked
    (r"mee\s+khrai\s+bang|khrai\s+bang|khrai\s+ma", "who attended"), (r"khrai", "who"),
    (r"gee\s+mong|kee\s+mong", "what time"), (r"gee\s+chua\s+mong|gee\s+chuamong", "how many hours"),
    (r"gee\s+na\s*thee|gee\s+natee", "how many minutes"), (r"gee\s+krang", "how many times"),
    (r"gee\s+kaew", "how many cups"), (r"gee\s+km|gee\s+kilo", "how many km"), (r"gee\s+an|gee\s+rob", "how many"),
    (r"gee|kee|tao\s+rai", "how many"), (r"tee\s+nai|tinai", "where"), (r"mua\s+rai|muea\s+rai", "when"),
    (r"ran\s+(?:ahan\s+)?arai|ran\s+nai", "which restaurant"), (r"ran\s+ahan", "restaurant"), (r"arai", "what"),
    (r"chue\s+ran|chue", "name"),
    # more, less, longer
    (r"non\s+mak\s+gwa", "sleep more"), (r"non\s+noi\s+gwa", "sleep less"), (r"non\s+nan\s+gwa", "slept longer"),
    (r"mak\s+gwa", "more than"), (r"noi\s+gwa", "less than"), (r"nan\s+gwa", "longer"), (r"gwa", "than"), (r"reu", "or"),
    # things and doings
    (r"kafae|gafae", "coffee"), (r"ahan\s+chao|khao\s+chao", "breakfast"), (r"ahan\s+tiang|khao\s+tiang", "lunch"),
    (r"ahan\s+yen|khao\s+yen", "dinner"), (r"gin\s+khao|gin", "have"), (r"ahan", "food"),
    (r"ork\s+gamlang\s+gai|ok\s+kamlang\s+kai", "workout"), (r"wing", "run"), (r"pan\s+jakkrayan|jakkrayan", "cycle"),
    (r"wai\s+nam", "swim"), (r"non\s+lap|non", "sleep"), (r"tuen\s+non|tuen", "wake up"),
    (r"prachum\s+raek|raek\s+prachum", "first meeting"), (r"prachum", "meeting"), (r"raek", "first"), (r"sud\s+tai|sudtai", "last"),
    (r"nae\s+nam", "recommended"), (r"bok", "tell me"), (r"nangsue", "book"), (r"luk\s+sao", "daughter"),
    # the person; particles and words that only hold the sentence together
    (r"chan|phom|pom", "I"), (r"jam\s+mai\s+dai|yak\s+pai\s+gin|yak\s+ru", ""),
    (r"ka|kha|krub|khrap|krap|na|la|mai|laew|nee|dai|duay|bang|tang\s+song|pai|kap|gap|tee|mee|nai", ""),
)
_TABLE = WordTable(_RULES, "|".join(w.replace(" ", r"\s+") for w in _WEEKDAYS)
                   + r"|ka|kha|krub|khrap|wan\s+nee|muea\s+wan|muea\s+khuen|aathit|gee|arai|khrai|tee\s+nai|kafae|ahan|"
                     r"prachum|tuen|wing|laew|gwa|reu|khuen|chue|nae\s+nam|jam\s+mai\s+dai")


def _meal(word: str) -> str:
    return {"kafae": "coffee"}.get(word, "dinner" if "yen" in word else "lunch" if "tiang" in word else "breakfast")


def from_thai(text: str) -> str:
    """``text`` with its romanised Thai words that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
