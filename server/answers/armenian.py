"""Armenian written in Latin letters in an English question, put into English.

People in Armenia chat in Armenian typed in Latin letters and mix it into English ("yesterday qani surch
em khmel?", "Sprint planning-in ovqer ein?", "Noor-i asac filmy vorn er?"). Letters are written in
several ways (խ as "kh" or "x", ղ as "gh", ու as "u", ը as "y" or nothing), so each word is matched in
its common spellings. The words that carry what is asked (days, weeks, nights, meals, coffee, sleep,
workouts, meetings, question words, more/less, "or", "than", "the day of", "the night after") become
English; the article or case ending glued to a name or a title ("-i" of, "-in" at, "-ic" from) is undone,
and the words that only hold the sentence together ("ba" well, "xndrum em" please, "chem hishum" I
forget) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"erkushabti": "Monday", "ereqshabti": "Tuesday", "chorekshabti": "Wednesday", "choreqshabti": "Wednesday",
             "hingshabti": "Thursday", "urbat": "Friday", "kiraki": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + r")(?:n|y|in)?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_COFFEE = r"(?:surch|sourch|surj)(?:y|n|i|er)?"
_LUNCH = r"(?:chash|tchash)(?:y|n|in|i)?"
_BREAKFAST = r"nakha(?:j|ch)ash(?:y|n|in|i)?"
_DINNER = r"(?:yntriq|yntrik|entriq|entrik)(?:y|n|in|i)?"
_SLEPT = r"(?:em\s+)?(?:qnel|knel|qnac|knac)"
_SLEEP_NOW = r"(?:em\s+)?(?:qnum|knum)"
_SAID = r"(?:asac|asel\s+er|recommend\s+arac|xorhurd\s+tvac|khorhurd\s+tvac|nshec)"
_THING = {"film": "film", "kino": "film", "podcast": "podcast", "girq": "book", "girk": "book", "serial": "series",
          "restoran": "restaurant", "erg": "song", "app": "app"}

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said or recommended: "Noor-i asac filmy vorn er?" (which film did Noor mention?)
    (r"((?-i:[A-Z])\w+)-i\s+" + _SAID + r"\s+(" + "|".join(_THING) + r")[yn]?\s+(?:vorn|inch|vonc)\s+er",
     lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    # a night or a day named by what happened: "1:1 with Bea-ic heto gishery" (the night after the 1:1 with Bea),
    # "1:1 with Rafael-i ory" (the day of the 1:1 with Rafael), "vor or 1.5 km swam, et ory" (the day I swam 1.5 km)
    (r"^([^,;?]{2,60}?)-(?:ic|uc)\s+heto\s+gisher[yn]?", r"the night after the \1,"),
    (r"^([^,;?]{2,60}?)-i\s+or[yn]", r"on the day of the \1,"),
    (r"vor\s+or\s+([\d.]+\s*km)\s+(\w+),?\s+et\s+or[yn]", r"on the day I \2 \1,"), (r"et\s+or[yn]", "that day"),
    # a name or a title with its case ending: "Ana-i" (Ana's), "Sprint planning-in ovqer ein?" (who was at it)
    (r"([^\s,;()]+)-(?:in|um)(?=\s+(?:ovqer|ov)\b)", r"\1"), (r"([a-z]\w+)-s(?=\s)", r"my \1"), (r"((?-i:[A-Z])[\w.'’]*)-i(?=\s)", r"\1's"),
    # habits: "marzvelu orerin" (on workout days), "marzum chunecac orerin hamematac" (than days without one),
    # "yntriky 7:30 pm-ic ush linelu depqum" (when dinner is after 7:30 pm), "300 mg kofein kam aveli" (or more)
    (r"marzum\s+chunecac\s+orer(?:in|i|y)?(?:\s+hamematac)?", "than on days without a workout"),
    (r"marzvelu\s+orer(?:in|i|y)?(?:\s+heto)?", "on workout days"),
    (_DINNER + r"\s+" + _CLOCK + r"-?(?:ic|ich)\s+(?:ush|heto|hetu)\s+linelu\s+depqum", r"when dinner is at \1 or later,"),
    (r"(?:orum\s+)?(\d+)\s*mg\s+(?:kofein|kofeini)\s+kam\s+aveli\s+linelu\s+depqum", r"on days with \1 mg of caffeine or more,"),
    (_CLOCK + r"-?(?:ic|ich)\s+(?:heto|ush)\s+" + _COFFEE + r"\s+(?:khmelu|xmelu)\s+depqum", r"when I drink coffee at \1 or after,"),
    (r"linelu\s+depqum", ""),
    # days, weeks, nights
    (r"erek\s+gisher[yn]?", "last night"), (r"aysor", "today"), (r"erek", "yesterday"),
    (r"ays\s+shabat(?:va)?", "this week"), (r"ancac\s+shabat(?:va)?|naxord\s+shabat(?:va)?", "last week"),
    (r"erkushabtic|erkushabtiic", "since Monday"), (r"te(?=\s+last\s+week)", "than"),
    (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"), (r"gisher[yn]?", "night"),
    # what is asked
    (r"jamy\s+qanisin|jamy\s+qanisin\s+er|jam[yn]?\s+qanis?in|erb", "what time"), (r"qani\s+jam", "how many hours"),
    (r"qani\s+rope", "how many minutes"), (r"qani\s+km", "how many km"), (r"qani\s+angam", "how many times"),
    (r"qani|kani", "how many"), (r"inch\s+em\s+kerel", "what did I eat"), (r"vortegh\s+em\s+kerel", "where did I eat"),
    (r"vortegh|vortex", "where"), (r"ovqer\s+ein|ov\s+er|ovqer", "who attended"), (r"inch\s+marzum", "what workout"),
    (r"erb(?=\s+(?:em\s+)?aveli)", "which night"),
    (r"vor\s+marzum[n]?", "which workout"), (r"vor\s+gisher[yn]?", "which night"), (r"vor\s+or[yn]?", "which day"),
    (r"inch|inchy", "what"), (r"vor[n]?", "which"), (r"bolor\s+anunner[yn]?", "all names"), (r"anun[yn]?", "name"),
    # more, less, both, or
    (r"aveli\s+qich\s+" + _SLEEP_NOW, "do I sleep less"), (r"aveli\s+shat\s+" + _SLEEP_NOW, "do I sleep more"),
    (r"aveli\s+shat\s+" + _SLEPT, "did I sleep more"), (r"aveli\s+erkar", "longer"), (r"aveli\s+karch", "shorter"),
    (r"aveli\s+shat|aveli", "more"), (r"aveli\s+qich|qich", "less"), (r"orakan\s+mijin[yn]?|mijinum|mijin[yn]?", "on average"),
    (r"erkusi\s+hamar|erkusn\s+el|erkusi|erku", "both"), (r"yndhanur", "total"),
    (r"te(?=\s+(?:on\s|the\s|yesterday|today|last|this|\w+day\b|\w+\s+night\b))", "or"), (r"kam", "or"),
    # things and doings
    (r"kofein|kofeini", "caffeine"), (_COFFEE, "coffee"), (_BREAKFAST, "breakfast"), (_LUNCH, "lunch"), (_DINNER, "dinner"),
    (_SLEEP_NOW, "do I sleep"), (_SLEPT, "did I sleep"), (r"qun[yn]?", "sleep"),
    (r"em\s+(?:khmel|xmel)", "did I drink"), (r"em\s+(?:khmum|xmum)", "do I drink"), (r"(?:khmel|xmel)", "drink"), (r"handipum(?:y|n|ner)?", "meeting"),
    (r"arajin", "first"), (r"verjin", "last"), (r"sksvec|sksel", "start"), (r"tevec|terev", "did it last"),
    (r"em\s+marzvel|marzvel", "did I work out"), (r"marzum(?:n|y)?", "workout"), (r"vazq|vazel", "run"),
    (r"loghal|loxal", "swim"), (r"hecanivov|hecaniv", "bike"), (r"em\s+qshel|qshel", "did I ride"),
    (r"rope|ropen", "minutes"), (r"et", "that"), (r"jamern?|jam", "hours"), (r"tiv[n]?|tver", "numbers"), (r"mek\s+el", "also"),
    # "isk X-i mot? nuyn harcy": "and X? the same question"
    (r"isk\s+((?-i:[A-Z])\w+)(?:'s)?\s+mot", r"and \1"), (r"nuyn\s+harc[yn]?", "same question"), (r"isk", "and"),
    # words that only hold the sentence together
    (r"ba|xndrum\s+em|khndrum\s+em|chem\s+hishum|chem\s+hishum\s+anun[yn]?|champin\s+lselu|urish\s+ban|u|el|er|ein|em|ov|mot|"
     r"arel|arac|kerel", ""),
)
_TABLE = WordTable(_RULES, r"qani|kani|surch\w*|sourch\w*|chash\w*|nakhajash\w*|yntri\w+|qnel|qnum|knel|khmel|xmel|marzum\w*|"
                           r"marzvel\w*|handipum\w*|ovqer|vortegh|inch|arajin|verjin|jamy|rope|aveli|shabat\w*|aysor|erek|"
                           r"gisher\w*|mijinum|isk|nuyn|xndrum|chem|hecanivov|qshel|asac|girq\w*|\S+-i|\S+-in|\S+-ic")


def from_armenian(text: str) -> str:
    """``text`` with its Armenian words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
