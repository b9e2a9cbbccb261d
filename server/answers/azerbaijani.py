"""Azerbaijani in an English question, put into English.

People in Azerbaijan mix Azerbaijani, in its Latin letters (ə, ı, ş, ç, ğ, ö, ü; typed plain on an English
keyboard too: "e", "i", "s", "c", "g", "o", "u"), into English ("dünən neçə qəhvə içdim?", "Sprint planning-də
kimlər var idi?", "Tomun təyyarəsi saat neçədə enir?"). Azerbaijani glues its endings to the word
("naharda" at lunch, "iclasım" my meeting, "günlərdə" on days): the rules read a word with its endings. The
words that carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words,
more/less, "or", "the day of", "the night after") become English, and the words that only hold the sentence
together ("yadımda deyil" I don't remember, "de görüm" tell me) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"bazar ertəsi": "Monday", "çərşənbə axşamı": "Tuesday", "çərşənbə": "Wednesday",
             "cümə axşamı": "Thursday", "cümə": "Friday", "şənbə": "Saturday", "bazar": "Sunday"}
_E = "[əe]"
_I = "[ıi]"
_S = "[şs]"
_C = "[çc]"
_G = "[ğg]"
_O = "[öo]"
_U = "[üu]"


def _loose(word: str) -> str:
    """``word`` as a pattern that also takes its letters typed without their marks."""
    return word.replace("ə", _E).replace("ı", _I).replace("ş", _S).replace("ç", _C).replace("ğ", _G) \
        .replace("ö", _O).replace("ü", _U).replace(" ", r"\s+")


_DAY = "(" + "|".join(_loose(day) for day in _WEEKDAYS) + r")(?:n?d[əe]n|n[ıi]n|si|s[ıi]|d[əe])?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d|\d{1,2})"
_NAME = r"((?-i:[A-Z])[\w'’]*?)(?:['’-]?(?:[ıi]n|un|[üu]n|n[ıi]n|nun))?"
_THING = {"film": "film", "kitab": "book", "restoran": "restaurant", "podkast": "podcast", "mahnı": "song",
          "serial": "series", "kafe": "cafe"}
_THINGS = "(" + "|".join(_loose(thing) for thing in _THING) + r")\w*"
_RECOMMENDED = _loose(r"(?:\w+\s+)?(?:məsləhət\s+gördü|təklif\s+etdi|tövsiyə\s+etdi|dedi)")


def _thing(word: str) -> str:
    return next(english for stem, english in _THING.items() if word.lower().startswith(stem[:4]))


def _weekday(word: str) -> str:
    lowered = " ".join(word.lower().split())
    plain = lowered.translate(str.maketrans("əışçğöü", "eiscgou"))
    return next(english for day, english in _WEEKDAYS.items()
                if plain.startswith(day.translate(str.maketrans("əışçğöü", "eiscgou"))))


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "Yuki hansı filmə baxmağı məsləhət gördü" (which film did Yuki advise watching), "Lila hansı
    # restoranı təklif etdi", "Tomun yeni itinin adı nədir" (the name of Tom's new dog), "Tomun təyyarəsi saat neçədə
    # enir" (what time Tom's plane lands), "Tomun qızı neçə yaşına girir" (how old Tom's daughter turns)
    (_NAME + r"\s+hans" + _I + r"\s+" + _THINGS + r"\s+" + _RECOMMENDED,
     lambda m: f"which {_thing(m[2])} did {m[1]} recommend"),
    (_NAME + r"\s+yeni\s+itinin\s+ad" + _I + r"(?:\s+n" + _E + r"dir|\s+n" + _E + r")?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+yeni\s+pi" + _S + r"iyinin\s+ad" + _I + r"(?:\s+n" + _E + r"dir|\s+n" + _E + r")?",
     r"what is the name of \1's new cat"),
    (_NAME + r"\s+t" + _E + r"yyar" + _E + r"si\s+saat\s+ne" + _C + _E + r"d" + _E + r"\s+(?:enir|" + _E + r"n" + _E + r"c" + _E + r"k)",
     r"what time does \1's flight land"),
    (_NAME + r"\s+q" + _I + r"z" + _I + r"\s+ne" + _C + _E + r"\s+ya" + _S + r"(?:" + _I + r"na)?\s+(?:girir|olur)",
     r"how old is \1's daughter turning"),
    # a day or a night named by what happened: "X olan gün" (the day of X), "X olan günün gecəsi" (the night of
    # the day of X), "X haqqında danışdığı gün" (the day X talked about Y), "o gün" (that day)
    (r"^(.{2,60}?)\s+olan\s+g" + _U + r"n" + _U + r"n\s+gec" + _E + r"si,?", r"the night after the \1,"),
    (r"^(.{2,60}?)\s+olan\s+g" + _U + r"n,?", r"on the day of the \1,"),
    (_NAME + r"\s+(.{2,40}?)\s+haqq" + _I + r"nda\s+dan" + _I + _S + r"d" + _I + _G + r"[ıi]\s+g" + _U + r"n,?",
     r"on the day \1 talked about \2,"),
    (r"[-–]?\s*o\s+g" + _U + r"n", lambda m: ("- " if m[0][0] in "-–" else "") + "that day"),
    # habits: "məşq etdiyim günlərdə" (on the days I work out), "saat 2 pm və ya daha gec qəhvə içdiyim günlərdən
    # sonra" (after the days I have coffee at 2 pm or later), "300 mg ... və ya daha çox olan günlərdən sonra"
    (r"saat\s+" + _CLOCK + r"\s+v" + _E + r"\s+ya\s+daha\s+gec\s+q" + _E + r"hv" + _E + r"\s+i" + _C + r"diyim\s+g" + _U + r"nl" + _E
     + r"rd" + _E + r"n\s+sonra", r"after days I drink coffee at \1 or later,"),
    (r"(\d+)\s*mg\s+(?:caffeine|kofein)\s+v" + _E + r"\s+ya\s+daha\s+" + _C + r"ox\s+olan\s+g" + _U + r"nl" + _E + r"rd" + _E
     + r"n\s+sonra", r"after days with \1 mg of caffeine or more,"),
    (r"(?:workout|m" + _E + r"" + _S + r"q)\s+(?:etdiyim|olan)\s+g" + _U + r"nl" + _E + r"rd" + _E + r"n\s+sonra", "after workout days"),
    (r"(?:workout|m" + _E + r"" + _S + r"q)\s+(?:etdiyim|olan)\s+g" + _U + r"nl" + _E + r"rd" + _E, "on workout days"),
    (r"daha\s+" + _C + r"ox\s+yat" + _I + r"ram|yat" + _I + r"ram\s+daha\s+" + _C + r"ox", "do I sleep more"),
    (r"daha\s+az\s+yat" + _I + r"ram|yat" + _I + r"ram\s+daha\s+az", "do I sleep less"),
    (r"daha\s+" + _C + r"ox\s+q" + _E + r"hv" + _E + r"\s+i" + _C + r"ir" + _E + r"m", "do I drink more coffee"),
    (r"orta\s+hesabla", "on average"),
    # days, weeks, nights
    (r"d" + _U + r"n" + _E + r"n\s+gec" + _E, "last night"), (r"bu\s*g" + _U + r"n", "today"), (r"d" + _U + r"n" + _E + r"n", "yesterday"),
    (r"sra" + _G + r"ag" + _U + r"n", "the day before yesterday"), (r"bu\s+h" + _E + r"ft" + _E, "this week"),
    (r"ke" + _C + r"" + _E + r"n\s+h" + _E + r"ft" + _E + r"d" + _E + r"n", "than last week"),
    (r"ke" + _C + r"" + _E + r"n\s+h" + _E + r"ft" + _E, "last week"),
    (_DAY + r"\s+b" + _E + r"ri", lambda m: f"since {_weekday(m[1])}"), (_DAY, lambda m: f"on {_weekday(m[1])}"),
    (r"ondan\s+" + _E + r"vv" + _E + r"lki\s+gec" + _E, "the night before that"),
    (r"ondan\s+" + _E + r"vv" + _E + r"lki\s+g" + _U + r"n", "the day before that"),
    (r"ondan\s+bir\s+g" + _U + r"n\s+" + _E + r"vv" + _E + r"l", "the day before that"),
    (r"hans" + _I + r"\s+gec" + _E, "which night"), (r"hans" + _I + r"\s+g" + _U + r"n", "which day"),
    (r"gec" + _E + r"(?:si|d" + _E + r")?", "night"), (r"ind" + _I + r"y" + _E + r"\s+q" + _E + r"d" + _E + r"r", "so far"),
    (r"c" + _E + r"mi", "in total"),
    # what is asked
    (r"saat\s+ne" + _C + _E + r"d" + _E, "what time"), (r"ne" + _C + _E + r"\s+saat", "how many hours"),
    (r"ne" + _C + _E + r"\s+d" + _E + r"qiq" + _E, "how many minutes"), (r"ne" + _C + _E + r"\s+km|ne" + _C + _E + r"\s+kilometr", "how far"),
    (r"ne" + _C + _E, "how many"), (r"n" + _E + r"\s+q" + _E + r"d" + _E + r"r", "how much"), (r"n" + _E + r"\s+vaxt", "when"),
    (r"harada", "where"), (r"kiml" + _E + r"r\s+var\s+idi|kiml" + _E + r"r|(?-i:kim)\s+var\s+idi", "who attended"), (r"(?-i:kim)", "who"),
    (r"hans" + _I + r"\s+m" + _E + _S + r"qi\s+etdim", "which workout did I do"), (r"hans" + _I, "which"), (r"n" + _E, "what"),
    # more, less, both, or
    (r"daha\s+uzun|uzun", "longer"), (r"daha\s+q" + _I + r"sa", "shorter"), (r"daha\s+" + _C + r"ox", "more"),
    (r"daha\s+az", "less"), (r"h" + _E + r"r\s+iki(?:si)?", "both"), (r"yoxsa|v" + _E + r"\s+ya", "or"),
    # things and doings
    (r"s" + _E + r"h" + _E + r"r\s+y" + _E + r"m" + _E + r"yi\w*", "breakfast"), (r"nahar\w*", "lunch"),
    (_S + r"am\s+y" + _E + r"m" + _E + r"yi\w*", "dinner"), (r"kofein\w*", "caffeine"),
    (r"ilk\s+q" + _E + r"hv" + _E + r"\w*", "first coffee"), (r"son\s+q" + _E + r"hv" + _E + r"\w*", "last coffee"),
    (r"q" + _E + r"hv" + _E + r"\w*", "coffee"), (r"ilk", "first"), (r"son(?:uncu)?", "last"),
    (r"iclas\w*", "meeting"), (r"yatma" + _G + r"a\s+getdim", "did I go to bed"), (r"yatd" + _I + r"m", "did I sleep"),
    (r"oyand" + _I + r"m", "did I wake up"), (r"qa" + _C + r"d" + _I + r"m", "did I run"), (_U + r"zd" + _U + r"m", "did I swim"),
    (r"velosiped\w*", "bike"), (r"m" + _E + _S + r"q\w*", "workout"), (r"yedim", "did I eat"), (r"i" + _C + r"dim", "did I drink"),
    (r"ba" + _S + r"lad" + _I, "start"), (r"s" + _U + r"rd" + _U, "last"), (r"oldu|idi", "was"),
    (r"b" + _E + r"s", "and"),
    # words that only hold the sentence together
    (r"yad" + _I + r"mda\s+deyil|unutmu" + _S + r"am|de\s+g" + _O + r"r" + _U + r"m|z" + _E + r"hm" + _E + r"t\s+olmasa|etdim|var", ""),
)
_TABLE = WordTable(_RULES, r"ne" + _C + _E + r"|n" + _E + r"|hans" + _I + r"|harada|kiml" + _E + r"r|(?-i:kim)|bu\s*g" + _U + r"n|d" + _U + r"n"
                           + _E + r"n|h" + _E + r"ft" + _E + r"\w*|gec" + _E + r"\w*|g" + _U + r"n\w*|q" + _E + r"hv" + _E + r"\w*|"
                           r"nahar\w*|y" + _E + r"m" + _E + r"yi\w*|iclas\w*|yatd" + _I + r"m|yat" + _I + r"ram|yedim|i" + _C + r"dim|"
                           r"oyand" + _I + r"m|m" + _E + _S + r"q\w*|daha|yoxsa|olan|saat|ilk|m" + _E + r"sl" + _E + r"h" + _E + r"t|"
                           r"t" + _E + r"klif|t" + _O + r"vsiy" + _E + r"|b" + _E + r"s|ondan|b" + _E + r"ri|ert" + _E + r"si\w*|" + _C + _E + r"r" + _S + _E
                           + r"nb" + _E + r"\w*|c" + _U + r"m" + _E + r"\w*|" + _S + _E + r"nb" + _E + r"\w*|yeni|ad" + _I + r"|n" + _E + r"dir|t" + _E
                           + r"yyar" + _E + r"\w*|q" + _I + r"z" + _I + r"|enir|ya" + _S + r"\w*")


def from_azerbaijani(text: str) -> str:
    """``text`` with its Azerbaijani words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
