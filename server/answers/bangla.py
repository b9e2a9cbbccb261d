"""Bengali written in Latin letters (Banglish) in an English question, put into English.

Bengali is the sixth most spoken language, and its speakers mix it into English as they type ("kal
raate koto ghonta ghumaisi?", "Design review e ke ke chhilo?", "tar ager din lunch e ki chhilo?"):
the words that carry what is asked (days, nights, meals, sleep, question words, more/less, "or",
"the day before") become English; the little words that only hold the sentence together ("to",
"je", "ta") go. "kal" is yesterday here: the log holds only the past.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"shombar": "Monday", "sombar": "Monday", "mongolbar": "Tuesday", "mongalbar": "Tuesday",
             "budhbar": "Wednesday", "budhbaar": "Wednesday", "brihospotibar": "Thursday", "bishudbar": "Thursday",
             "brihaspatibar": "Thursday", "shukrobar": "Friday", "sukrobar": "Friday", "shonibar": "Saturday",
             "sonibar": "Saturday", "robibar": "Sunday", "rabibar": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"

_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups and the day or night before
    (r"(?:accha|acha|achha)\s*,?", ""), (r"eki\s+proshno|same\s+proshno", "the same question"),
    (r"(?:tar\s+)?ager\s+(?:rat|raat|raate)", "the night before"), (r"(?:tar\s+)?ager\s+din", "the day before"),
    # days and nights
    (r"kal\s+(?:rat|raat|raate)|gotokal\s+raate", "last night"), (r"aaj\s+shokale|aj\s+sokale", "this morning"),
    (r"gotokal|gatokal|kalke|kal", "yesterday"), (r"porshu|porsu", "the day before yesterday"), (r"aaj|aj", "today"),
    (r"ei\s+(?:week|shoptah|soptah)\s*e?", "this week"), (r"(?:gotho|gato|goto|last)\s+(?:week|shoptah|soptah)(?:\s*e\b|\s*er(?!\s+cheye))?",
                                                       "last week"),
    (r"(\d{1,2})\s+din\s+age", r"\1 days ago"),
    (_DAY + r"\s+(?:rat|raat|raate)", lambda m: f"{_WEEKDAYS[m[1].lower()]} night"),
    (_DAY + r"(?:\s+e)?", lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"(\w+)\s+(\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+ba\s+tar\s+pore\s+(?:shuru|suru)\s+hole", r"on days with \1 at \2 or later"),
    (r"(\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+ba\s+tar\s+pore\s+(\w+)\s+(?:khaile|korle|hole|nile)", r"on days with \2 at \1 or later"),
    (r"(workout|exercise|run|gym|swim|yoga)\s+er\s+din", r"on \1 days"), (r"(\w+)\s+korle", r"on days with \1"),
    (r"(\S.{0,40}?)\s+er\s+din\s+(?:raate|rate|raat\s+e)", r"the night after \1"),
    (r"je\s+din", "on days"), (r"(?:oi|sei|shei)\s+(?:raate|raat|rat)", "that night"), (r"(?:oi|sei|shei)\s+din", "that day"),
    (r"(\S.{0,40}?)\s+er\s+din(?=\s)", r"the day of \1"), (r"raate|rate|raat\s+e", "at night"),
    # what is asked
    (r"koto\s+ghonta", "how many hours"), (r"koto\s+(?:minute|minit)", "how many minutes"),
    (r"kotokkhon|koto\s+khon|koto\s+shomoy", "how long"), (r"koto\s+(?:dur|km)", "how far"),
    (r"kotobar|koybar|koy\s+bar|koto\s+bar", "how many times"), (r"koyta|koita|kotogula|koto", "how many"),
    (r"kokhon", "what time"), (r"kothay|kothai", "where"), (r"ke\s+ke|kara", "who attended"),
    (r"kon\s+din", "which day"), (r"kon\s+(?:raate|raat|rat)", "which night"), (r"kon", "which"),
    (r"or\s+naam", "its name"), (r"naam\s+ki", "what is the name"), (r"koto\s+boyoshe?", "how old"),
    # things and doings
    (r"ghum\s+theke\s+(?:uthsi|uthlam|uthechi|uthi)", "wake up"), (r"ghumaite\s+gelam|ghumate\s+gelam|shuite\s+gelam",
                                                                    "go to bed"),
    (r"ghumaisi|ghumiyechi|ghumalam|ghumai|ghum", "sleep"), (r"khaisi|khelam|kheyechi|khai|khaile", "had"),
    (r"nisi|nilam|nei", "had"), (r"dourlam|douraisi|dourai", "ran"), (r"kukur", "dog"), (r"meye", "daughter"),
    (r"boi", "book"), (r"notun", "new"), (r"nasta|nashta", "breakfast"), (r"dupurer\s+khabar", "lunch"), (r"rater\s+khabar", "dinner"),
    (r"(?:shuru|suru)\s+hole", "starts"), (r"chhilo|chilo|silo", "was"),
    # more, less, or, than
    (r"ba\s+tar\s+pore", "or later"), (r"ba\s+tar\s+beshi", "or more"), (r"er\s+cheye|theke", "than"),
    (r"beshi", "more"), (r"kom", "less"), (r"lomba", "longer"), (r"ba|ar|naki", "or"),
    (r"na(?=\s+the\s+night|\s+on\s|\s+\d)", "or"),
    # words that only hold the sentence together
    (r"ki|je|ta|ti|gula|toh|te|e|er|ami|amar|hobe|porbe|korlo", ""),
)
_TABLE = WordTable(_RULES, "|".join(_WEEKDAYS) + r"|aaj|kal|gotokal|koto|kotobar|koyta|kokhon|kothay|ke\s+ke|kon|"
                                                 r"ghumaisi|ghum|ghumai|khaisi|nisi|chhilo|chilo|beshi|kom|er\s+cheye|"
                                                 r"accha|raate|ager|korle|khaile|naam|kukur|boyoshe|ghumaite|gelam|uthsi|khai|er\s+din")


def from_bangla(text: str) -> str:
    """``text`` with its Banglish words that say what is asked put into English; a text with fewer
    than two such words is left as it is."""
    return _TABLE.in_english(text)
