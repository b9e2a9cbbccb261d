"""Persian typed in Latin letters ("Finglish") in an English question, put into English.

People in Iran and its diaspora chat in Persian typed on an English keyboard, spelled as it sounds
("kh" or "x", "gh" or "q", "oo" or "u", "sa'at" or "saat") and mix it into English ("dirooz chand ta
ghahve khordam?", "Design review kia boodan?", "parvaz Tom sa'at chand mineshine?"). The words that
carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words,
more/less, "or", "the day of", "the night after") become English; the object marker "ro" and the
words that only hold the sentence together ("yadam nist" I don't remember, "hame ro begoo" name them
all, "khob", "vay") go. Persian puts the verb last ("dirooz sham chi khordam": yesterday dinner what
I ate); the rules read the words, not their order.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"yekshanbe": "Sunday", "doshanbe": "Monday", "seshanbe": "Tuesday", "chaharshanbe": "Wednesday",
             "charshanbe": "Wednesday", "panjshanbe": "Thursday", "jome": "Friday", "jomee": "Friday", "shanbe": "Saturday"}
_DAY = "(" + "|".join(_WEEKDAYS) + r")h?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d|\d{1,2})"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_KH = "(?:kh|x)"
_GH = "(?:gh|q)"
_ROOZ = r"r(?:oo|u)z"
_COFFEE = _GH + r"ahve?h?"
_THING = {"ketab": "book", "ketabi": "book", "restoran": "restaurant", "resturan": "restaurant", "resturant": "restaurant",
          "film": "film", "filmi": "film", "serial": "series", "podcast": "podcast", "ahang": "song", "kafe": "cafe"}
_THINGS = "(" + "|".join(sorted(_THING, key=len, reverse=True)) + ")"
_SAID = r"(?:goft|pishnahad\s+kard|moarefi\s+kard)"
_EXERCISE = r"varzesh(?:i)?"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "esm sag jadid Ana chi bood" (the name of Ana's new dog), "parvaz Ana sa'at chand
    # mineshine" (what time Ana's flight lands), "dokhtar Ana chand salesh mishe" (how old Ana's daughter turns),
    # "Ana goft kodoom ketab ro bekhoonam" / "Ana kodoom restoran ro goft" (which book / restaurant Ana recommended)
    (r"esm(?:e)?\s+sag(?:e)?\s+(?:jadid(?:e)?\s+)?" + _NAME + r"\s+chi(?:\s+b(?:oo|u)d|ye|e)?",
     r"what is the name of \1's new dog"),
    (r"esm(?:e)?\s+gorbe(?:ye)?\s+(?:jadid(?:e)?\s+)?" + _NAME + r"\s+chi(?:\s+b(?:oo|u)d|ye|e)?",
     r"what is the name of \1's new cat"),
    (r"parvaz(?:e)?\s+" + _NAME + r"\s+(?:sa'?at|saat)\s+chand\s+(?:mineshine|mishine|mirese|mige|farood\s+miad)",
     r"what time does \1's flight land"),
    (r"dokhtar(?:e)?\s+" + _NAME + r"\s+chand\s+sal(?:esh)?\s+(?:mishe|misheh)", r"how old is \1's daughter turning"),
    (r"pesar(?:e)?\s+" + _NAME + r"\s+chand\s+sal(?:esh)?\s+(?:mishe|misheh)", r"how old is \1's son turning"),
    (_NAME + r"\s+" + _SAID + r"\s+kod(?:oo|u|o)m\s+" + _THINGS + r"(?:\s+ro)?(?:\s+\w+am)?",
     lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (_NAME + r"\s+kod(?:oo|u|o)m\s+" + _THINGS + r"(?:\s+ro)?\s+" + _SAID + r"(?:\s+\w+(?:im|am))?",
     lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (r"kod(?:oo|u|o)m\s+" + _THINGS + r"(?:\s+ro)?\s+" + _NAME + r"\s+" + _SAID + r"(?:\s+\w+(?:im|am))?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    # a day or a night named by what happened: "rooz ke Ana darbare X harf zad" (the day Ana talked about X),
    # "oon rooz ke run 8 kilometri dashtam" (the day of the 8 km run), "shab ba'd az X" (the night after X)
    (r"(?:(?:oon|un|hamoon)\s+)?" + _ROOZ + r"(?:i)?\s+ke\s+" + _NAME + r"\s+darbare(?:ye)?\s+(.{2,50}?)\s+harf\s+zad,?",
     r"on the day \1 talked about \2,"),
    (r"(?:(?:oon|un|hamoon)\s+)?" + _ROOZ + r"(?:i)?\s+ke\s+(.{2,40}?)\s+([\d.]+)\s*(?:kilometr|km)(?:i)?\s+dashtam,?",
     r"on the day of the \2 km \1,"),
    (r"(?:(?:oon|un|hamoon)\s+)?" + _ROOZ + r"(?:i)?\s+ke\s+(.{2,50}?)\s+dashtam,?", r"on the day of the \1,"),
    (r"shab(?:e)?\s+ba'?d\s+az\s+(.{2,60}?)(?=\s+(?:chand|sa'?at|saat|chi|koja|chetor|key|kei)\b)", r"the night after the \1,"),
    # habits: "rooz hayi ke 300 mg kafein ya bishtar mikhoram" (days with 300 mg or more), "vaghti sa'at 3 pm ya dir
    # tar ghahve mikhoram" (when I have coffee at 3 pm or later), "rooz haye (bedoon) varzesh" (days with(out) a workout)
    (_ROOZ + r"\s*ha(?:yi|ye|i)?\s+ke\s+(\d+)\s*mg\s+kafein\s+ya\s+bishtar\s+mi" + _KH + r"oram,?",
     r"on days with \1 mg of caffeine or more,"),
    (r"vaghti\s+(?:sa'?at\s+)?" + _CLOCK + r"\s+ya\s+dir\s*tar\s+" + _COFFEE + r"\s+mi" + _KH + r"oram,?",
     r"on days I drink coffee at \1 or after,"),
    (r"vaghti\s+sham(?:\s+ro)?\s+(?:sa'?at\s+)?" + _CLOCK + r"\s+ya\s+dir\s*tar\s+mi" + _KH + r"oram,?",
     r"when dinner starts at \1 or later,"),
    (r"(?:ya\s+)?" + _ROOZ + r"\s*ha(?:ye|i)?\s+bedoon(?:e)?\s+" + _EXERCISE, "than on days without a workout"),
    (r"ba'?d\s+az\s+" + _ROOZ + r"\s*ha(?:ye|i)?\s+" + _EXERCISE, "after workout days"),
    (_ROOZ + r"\s*ha(?:ye|i)?\s+" + _EXERCISE, "on workout days"),
    (r"kamtar\s+mi" + _KH + r"abam", "do I sleep less"), (r"bishtar\s+mi" + _KH + r"abam", "do I sleep more"),
    (r"bishtar\s+" + _COFFEE + r"\s+mi" + _KH + r"oram", "do I drink more coffee"),
    (r"miangin(?:e)?(?:\s+(?:har\s+do|rozane|r(?:oo|u)zane))?", "on average"),
    # days, weeks, nights
    (r"dishab", "last night"), (r"emr(?:oo|u)z", "today"), (r"parir(?:oo|u)z", "the day before yesterday"),
    (r"dir(?:oo|u)z", "yesterday"), (r"in\s+hafte", "this week"), (r"hafte(?:ye)?\s+(?:pish|ghabl|gozashte)", "last week"),
    (r"az\s+" + _DAY, lambda m: f"since {_WEEKDAYS[m[1].lower()]}"), (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"kod(?:oo|u|o)m\s+shab", "which night"), (r"kod(?:oo|u|o)m\s+" + _ROOZ, "which day"),
    (r"^pas\s+r(?:oo|u)z(?:e)?\s+ghabl(?:esh)?(?:\s+chi)?", "and the day before"),
    (r"shab(?:e)?\s+ghabl(?:esh)?", "the night before"), (r"shab", "night"), (r"ta\s+alan|ta\s+hala", "so far"),
    (r"jam'?an|dar\s+kol", "in total"),
    # what is asked
    (r"(?:sa'?at|saat)\s+chand", "what time"), (r"chand\s+saat\s+o\s+chand\s+da" + _GH + r"i" + _GH + r"e", "how long"),
    (r"chand\s+saat", "how many hours"), (r"chand\s+da" + _GH + r"i" + _GH + r"e", "how many minutes"),
    (r"chand\s+(?:kilometr|km|metr)", "how far"), (r"chand\s+bar", "how many times"), (r"chand\s+ta|chand", "how many"),
    (r"che" + _GH + r"adr", "how much"), (r"chi\s+" + _KH + r"ordam", "what did I eat"),
    (r"koja\s+(?:ghaza\s+)?" + _KH + r"ordam", "where did I eat"), (r"koja", "where"),
    (r"kia\s+b(?:oo|u)dan|ki\s+ha\s+b(?:oo|u)dan|kia|kiya", "who attended"), (r"ki", "who"),
    (r"che\s+" + _EXERCISE + r"(?:\s+kardam)?", "which workout did I do"), (r"kod(?:oo|u|o)m", "which"),
    (r"chi|che", "what"),
    # more, less, both, or
    (r"bishtar\s+t(?:oo|u)l\s+keshid|t(?:oo|u)lani\s*tar", "longer"), (r"bishtar", "more"), (r"kamtar", "less"),
    (r"har\s+do|har\s+kod(?:oo|u|o)m", "both"), (r"ya", "or"),
    # things and doings
    (r"sobh(?:a|oo|u)ne", "breakfast"), (r"nah(?:a|aa)r", "lunch"), (r"sham", "dinner"), (r"kafein", "caffeine"),
    (r"avalin\s+" + _COFFEE, "first coffee"), (r"a" + _KH + r"arin\s+" + _COFFEE, "last coffee"), (_COFFEE, "coffee"),
    (r"avalin", "first"), (r"a" + _KH + r"arin", "last"), (r"(?:oon|un|hamoon)\s+jalase", "that meeting"),
    (r"jalase(?:ha|ye)?", "meeting"), (_KH + r"abidam", "did I sleep"), (r"bidar\s+shodam", "did I wake up"),
    (r"dovidam", "did I run"), (r"shena\s+kardam", "did I swim"), (r"docharkhe\s+savari\s+kardam|rekab\s+zadam", "did I cycle"),
    (r"docharkhe", "bike"), (_EXERCISE + r"\s+kardam", "did I work out"), (_EXERCISE, "workout"),
    (_KH + r"ordam", "did I have"), (r"t(?:oo|u)l\s+keshid", "last"), (r"b(?:oo|u)dan|b(?:oo|u)d", "was"),
    (r"da" + _GH + r"i" + _GH + r"e", "minutes"), (r"saat", "hours"),
    # "pas X chi? hamoon soal": "and X? the same question"
    (r"hamoon\s+soal|hamin\s+soal", "same question"), (r"pas", "and"),
    # words that only hold the sentence together
    (r"esmesh\s+yadam\s+nist|yadam\s+nist|yadam\s+rafte|esmesh\s+chi\s+b(?:oo|u)d|hame\s+ro\s+begoo|begoo|lotfan|khob|"
     r"vay|dige|ro|ke|az|dashtam|kardam|mishe", ""),
)
_TABLE = WordTable(_RULES, r"chand|chi|che" + _GH + r"adr|kod(?:oo|u|o)m|koja|kia|emr(?:oo|u)z|dir(?:oo|u)z|dishab|"
                           r"hafte|shab|" + _ROOZ + r"|" + _COFFEE + r"|sobh(?:a|oo|u)ne|nah(?:a|aa)r|jalase\w*|"
                           + _KH + r"ordam|" + _KH + r"abidam|mi" + _KH + r"oram|mi" + _KH + r"abam|dovidam|varzesh\w*|"
                           r"bishtar|kamtar|miangin|avalin|a" + _KH + r"arin|sa'at|goft|parvaz|yadam|begoo|hamoon|"
                           r"darbare\w*|ba'd|esm|sag|jadid|b(?:oo|u)d|salesh|mishe|metr|kilometr|shena|dokhtar|pesar|tavalod\w*")


def from_persian(text: str) -> str:
    """``text`` with its Persian (Finglish) words that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
