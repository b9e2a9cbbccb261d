"""Kinyarwanda in an English question, put into English.

People in Rwanda mix Kinyarwanda into English as they type ("nanyoye ibikombe bingahe by'ikawa ejo?", "ni bande bari
mu nama ya Sprint planning?", "nasinziriye amasaha angahe nijoro?"). Kinyarwanda joins "of" to the next word with an
apostrophe ("y'inama", "by'ikawa", "w'inama"): the rules read them with it. The words that carry what is asked (days,
weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by
what happened, habits, what someone said) become English, and the words that only hold the sentence together ("ese"
that opens a yes/no question, "naho" and as for, "yanjye" my) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"ku\\s+wa\\s+mbere": "Monday", "ku\\s+wa\\s+kabiri": "Tuesday", "ku\\s+wa\\s+gatatu": "Wednesday",
             "ku\\s+wa\\s+kane": "Thursday", "ku\\s+wa\\s+gatanu": "Friday", "ku\\s+wa\\s+gatandatu": "Saturday",
             "ku\\s+cyumweru": "Sunday"}
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_LATER = r"(?:or\s+later|or\s+after|cyangwa\s+nyuma(?:\s+yaho)?|cyangwa\s+(?:bitinze|birenze))"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"filime": "film", "film": "film", "igitabo": "book", "book": "book", "podcast": "podcast", "resitora": "restaurant",
          "restaurant": "restaurant", "indirimbo": "song"}
_THINGS = "(" + "|".join(_THING) + ")"
_TOLD = r"(?:yambwiye|yansabye|yangiriye\s+inama)"
_DO = r"(?:ngo\s+)?(?:ndebe|nsome|numve|ngerageze|njye)"
_OF = r"(?:ya|y['’]|wa|w['’]|rya|ry['’]|by['’]|bya|za|z['’]|cya|cy['’])"


def _weekday(match: object) -> str:
    spoken = " ".join(str(match[1]).lower().split())  # type: ignore[index]
    return "on " + next(day for pattern, day in _WEEKDAYS.items() if pattern.replace("\\s+", " ") == spoken)


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "ni iyihe filime X yambwiye ngo ndebe" (which film X told me to watch), "umukobwa wa X azuzuza
    # imyaka ingahe" (how old X's daughter turns), "imbwa nshya ya X yitwa nde" (the name of X's new dog)
    (r"ni\s+iyihe\s+" + _THINGS + r"\s+" + _NAME + r"\s+" + _TOLD + r"(?:\s+" + _DO + r")?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"umukobwa\s+wa\s+" + _NAME + r"\s+azuzuza\s+imyaka\s+ingahe", r"how old is \1's daughter turning"),
    (r"umuhungu\s+wa\s+" + _NAME + r"\s+azuzuza\s+imyaka\s+ingahe", r"how old is \1's son turning"),
    (r"imbwa\s+nshya\s+ya\s+" + _NAME + r"\s+yitwa\s+(?:nde|gute)", r"what is the name of \1's new dog"),
    # a day or a night named by what happened: "ku munsi w'inama ya X" (on the day of the X meeting), "ku munsi i ran 6
    # km" (on the day I ran 6 km), "nijoro nyuma y'inama ya X" (the night after the X meeting)
    (r"ku\s+munsi\s+w['’]inama\s+ya\s+(.{2,60}?),", r"on the day of the \1 meeting,"),
    (r"ku\s+munsi\s+(?:i|na)\s+(.{2,60}?),", r"on the day I \1,"),
    (r"nijoro\s+nyuma\s+y['’]inama\s+ya\s+(.{2,60}?),", r"the night after the \1 meeting,"),
    (r"nijoro\s+nyuma\s+ya\s+(.{2,60}?),", r"the night after the \1,"),
    # habits: "ku minsi nanyoye caffeine ya 300 mg cyangwa irenga" (on days with 300 mg or more), "ku minsi nanyoye ikawa
    # at 3 pm or later" (on days I drank coffee at 3 pm or later), "iyo nariye dinner at 8 pm or later" (when dinner
    # starts at 8 pm or later), "ku minsi nakoze siporo" (on workout days), "ese nsinzira amasaha make" (do I sleep less)
    (r"ku\s+minsi\s+nanyoye\s+(?:caffeine|kafeyine)\s+ya\s+(\d+)\s*mg\s+cyangwa\s+(?:irenga|kurenza|birenga)",
     r"on days with \1 mg of caffeine or more"),
    (r"ku\s+minsi\s+nanyoye\s+ikawa\s+(?:at|saa)\s+" + _CLOCK + r"\s+" + _LATER, r"on days I drink coffee at \1 or after"),
    (r"iyo\s+nariye\s+(?:dinner|ifunguro\s+rya\s+nimugoroba)\s+(?:at|saa)\s+" + _CLOCK + r"\s+" + _LATER,
     r"when dinner starts at \1 or later"),
    (r"(?:ku\s+minsi|nyuma\s+y['’]umunsi)\s+nakoze\s+siporo\s+kurusha\s+iyo\s+ntakoze", "on workout days than on other days"),
    (r"ku\s+minsi\s+nakoze\s+siporo|nyuma\s+y['’]umunsi\s+nakoze\s+siporo", "on workout days"),
    (r"ese\s+nsinzira\s+amasaha\s+make|nsinzira\s+amasaha\s+make", "do I sleep less"),
    (r"ese\s+nsinzira\s+amasaha\s+menshi|nsinzira\s+amasaha\s+menshi", "do I sleep longer"),
    (r"ese\s+nsinzira\s+gute\s+ugereranyije\s+n['’]indi\s+minsi", "how do I sleep compared with other days"),
    (r"ese\s+nnywa\s+ikawa\s+nyinshi|nnywa\s+ikawa\s+nyinshi", "do I drink more coffee"),
    # comparisons
    (r"ni\s+ryari\s+nanyoye\s+(caffeine|ikawa)\s+nyinshi",
     lambda m: "which day did I have more " + ("coffee" if m[1].lower() == "ikawa" else "caffeine")),
    (r"ese\s+nasinziriye\s+igihe\s+kirekire", "which night did I sleep longer,"),
    # days, weeks, nights
    (r"ejo\s+hashize|ejo", "yesterday"), (r"uyu\s+munsi", "today"), (r"iki\s+cyumweru|muri\s+iki\s+cyumweru", "this week"),
    (r"icyumweru\s+gishize", "last week"), (r"ijoro\s+ryakeye|iri\s+joro\s+rishize", "last night"),
    (r"ijoro\s+ryabanje", "the night before"), (r"y['’]umunsi\s+wabanje", "of the day before"),
    (r"umunsi\s+wabanje", "the day before"),
    (r"kuva\s+(" + "|".join(_WEEKDAYS) + ")", lambda m: "since " + _weekday(m)[3:]),
    ("(" + "|".join(_WEEKDAYS) + ")", _weekday), (r"nijoro|ijoro", "night"), (r"umunsi|minsi", "day"),
    # what is asked
    (r"saa\s+ngahe", "at what time"), (r"amasaha\s+angahe", "how many hours"), (r"iminota\s+ingahe", "how many minutes"),
    (r"intera\s+ingana\s+iki|km\s+zingahe|kilometero\s+zingahe", "how many km"),
    (r"igihe\s+kingana\s+iki|yamaze\s+igihe\s+kingana\s+iki", "how long"), (r"yamaze", "lasted"),
    (r"ibikombe\s+bingahe\s+by['’]ikawa", "how many cups of coffee"), (r"mg\s+zingahe", "how many mg"),
    (r"ni\s+bande\s+bari\s+mu\s+nama\s+ya|ni\s+bande\s+bari\s+mu", "who attended"), (r"ni\s+bande|bande", "who"),
    (r"nariye\s+(breakfast|lunch|dinner)\s+he", r"where did I have \1"), (r"nayiriye\s+hehe|nariye\s+hehe|nariye\s+he", "where did I eat"),
    (r"nariye\s+iki", "what did I eat"), (r"yari\s+iki", "was what"), (r"yari\s+ingahe", "was how much"),
    (r"nasinziriye\s+gute", "how well did I sleep"), (r"hehe|he(?=\s*[?,]|\s+(?:yesterday|today|on)\b)", "where"), (r"zingahe|bingahe|angahe|ingahe", "how many"),
    (r"ryari", "when"), (r"iki", "what"),
    # more, less, or
    (r"nyinshi|menshi|kurusha|birenze", "more"), (r"make|nke", "less"), (r"cyangwa", "or"), (r"neza", "well"), (r"nabi", "badly"),
    # things and doings
    (r"ifunguro\s+rya\s+mu\s+gitondo|ifunguro\s+rya\s+kare", "breakfast"), (r"ifunguro\s+rya\s+saa\s+sita", "lunch"),
    (r"ifunguro\s+rya\s+nimugoroba|nimugoroba", "dinner"), (r"ikawa\s+ya\s+mbere", "the first coffee"),
    (r"ikawa\s+ya\s+nyuma", "the last coffee"), (r"ikawa", "coffee"), (r"inama\s+ya\s+mbere", "the first meeting"),
    (r"inama\s+ya\s+nyuma", "the last meeting"), (r"inama\s+ya", "the meeting"), (r"inama", "meetings"),
    (r"ya\s+mbere", "first"), (r"ya\s+nyuma", "last"), (r"nayinyoye|nanyoye|nanywe", "did I drink"),
    (r"nasinziriye|naryamye\s+amasaha", "did I sleep"), (r"naryamye", "did I go to bed"), (r"nabyutse", "did I wake up"),
    (r"nirutse", "did I run"), (r"noze", "did I swim"), (r"natwaye\s+igare", "did I cycle"), (r"nakoze", "did I do"),
    (r"nagize", "did I have"), (r"siporo", "workout"), (r"ugereranyije", "average"), (r"kuri", "on"),
    # words that only hold the sentence together
    (r"^naho(?=\s)|(?<=,\s)naho(?=\s)", "and"), (r"^ese|yanjye|ni(?=\s+(?:when|which|who|what)\b)|" + _OF + r"(?=\s)", ""),
)
_TABLE = WordTable(_RULES, r"ngahe|zingahe|bingahe|angahe|ingahe|(?<=\s)iki(?=\s*[?,])|ryari|cyangwa|ikawa|inama|nijoro|ijoro|"
                           r"umunsi|minsi|ese|saa\s+(?:ngahe|sita)|amasaha|iminota|bande|naho|iyihe|yambwiye|nanyoye|nayinyoye|nariye|nayiriye|nasinziriye|"
                           r"naryamye|nabyutse|nirutse|noze|natwaye|nakoze|nagize|nsinzira|nnywa|ifunguro|siporo|yamaze|"
                           r"ejo|hehe|yanjye|yari|umukobwa|imbwa|nshya|kurusha|nyinshi|menshi|intera|igare|ryabanje|wabanje|bari|mu\s+nama|"
                           r"(?<=\s)he(?=\s+(?:yesterday|today|on|ejo)\b|\s*[?,])")


def from_kinyarwanda(text: str) -> str:
    """``text`` with its Kinyarwanda words that say what is asked put into English; a text with fewer than two such
    words is left as it is."""
    return _TABLE.in_english(text)
