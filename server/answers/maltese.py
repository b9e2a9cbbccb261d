"""Maltese in an English question, put into English.

People in Malta switch between Maltese and English inside a sentence, and often type Maltese without its letters ("gh"
for "għ", "h" for "ħ", "c" for "ċ", "g" for "ġ", "z" for "ż"): "kemm-il kafe xrobt yesterday?", "min kien fil-laqgha
Sprint planning?", "x'kilt ghac-cena dakinhar li Marija mentioned Dune?". The words that carry what is asked
(weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by
what happened, habits, what someone said) become English; the article glued to a word ("il-", "l-", "ic-") goes with
it, and the words that only hold the sentence together ("li" that, "u" and) become English too. The remarks people add
("ma niftakarx", I don't remember) are put into plain English, so they stay remarks.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_PLAIN = str.maketrans({"ħ": "h", "Ħ": "H", "ċ": "c", "Ċ": "C", "ġ": "g", "Ġ": "G", "ż": "z", "Ż": "Z", "à": "a", "è": "e",
                        "ì": "i", "ò": "o", "ù": "u"})
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_X = r"x['’]\s*"  # "x'" what, glued to the next word
_MEAL = {"kolazzjon": "breakfast", "nofsinhar": "lunch", "cena": "dinner", "ikla": "meal"}
_FOR_MEAL = r"(?:ghall-kolazzjon|ghal\s+nofsinhar|ghan-nofsinhar|ghac-cena|ghall-ikla)"


def _meal(words: str) -> str:
    return next(english for maltese, english in _MEAL.items() if maltese in words.lower())


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "x'semmew il-kelb il-gdid, X u l-familja" (what X and family named their new dog), "kemm-il sena
    # se taghlaq bint X" (how old X's daughter turns), "il-flight ta' X x'hin jasal" (when X's flight lands), "il-launch ta'
    # Y ghal meta ccaqlaq" (when the Y launch was moved to), "l-offsite fejn se jsir issa" (where the offsite is now),
    # "x'jismu r-restorant li ..." (the name of the restaurant that ...)
    (_X + r"semmew\s+i?l-kelb\s+il-gdid,?\s+" + _NAME + r"(?:\s+u\s+l-familja)?", r"what is the name of \1's new dog"),
    (_X + r"semmew\s+i?l-kelb\s+il-gdid", "what is the name of the new dog"),
    (r"kemm-il\s+sena\s+(?:se\s+)?(?:taghlaq|taghmel)\s+bint\s+" + _NAME, r"how old is \1's daughter turning"),
    (r"i?l-flight\s+ta['’]\s*" + _NAME + r"\s+" + _X + r"hin\s+(?:jasal|jinzel|jaqbad\s+l-art)", r"what time does \1's flight land"),
    (r"i?l-launch\s+ta['’]\s*" + _NAME + r"\s+ghal\s+meta\s+(?:ccaqlaq|ttella['’]?|iddahhal)", r"when was the \1 launch moved to"),
    (r"l-offsite\s+fejn\s+(?:se\s+)?jsir\s+issa", "where is the offsite now"),
    (_X + r"jismu\s+r-restorant\s+li", "what is the name of the restaurant that"),
    (r"(?:" + _X + r"|liema\s+)(film|ktieb|podcast|restorant|kanzunetta)\s+kien\s+dak\s+li",
     lambda m: "which " + {"ktieb": "book", "restorant": "restaurant", "kanzunetta": "song"}.get(m[1].lower(), m[1].lower())
     + " was the one that"),
    # a day or a night named by what happened: "dakinhar li X mentioned Y" (on the day X mentioned Y), "il-lejl wara
    # l-laqgha X" (the night after the X meeting), "fil-laqgha li kelli after ..." (in the meeting I had after ...)
    (r"dakinhar\s+li", "on the day that"), (r"i?l-lejl\s+wara\s+l-laqgha", "the night after the meeting"),
    (r"fil-laqgha\s+li\s+kelli", "in the meeting I had"),
    # habits: "il-granet li naghmel ezercizzju" (on the days I exercise), "jekk niekol ic-cena wara 8 pm" (if I eat dinner
    # after 8 pm), "jekk nixrob kafe wara 3 pm" (if I drink coffee after 3 pm), "norqod inqas" (do I sleep less)
    (r"(?:fil-|il-)?granet\s+li\s+(?:naghmel|ghamilt)\s+(?:l-)?ezercizzju", "on workout days"),
    (r"jekk\s+niekol\s+ic-cena\s+wara\s+" + _CLOCK, r"when dinner starts at \1 or later"),
    (r"jekk\s+nixrob\s+(?:il-)?kafe\s+wara\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"norqod\s+inqas", "do I sleep less"), (r"norqod\s+iktar", "do I sleep longer"),
    (r"nixrob\s+iktar\s+kafe", "do I drink more coffee"), (r"nixrob\s+inqas\s+kafe", "do I drink less coffee"),
    # weeks, days and nights
    (r"mill-gimgha\s+li\s+ghaddiet", "than last week"), (r"i?l-gimgha\s+li\s+ghaddiet", "last week"),
    (r"din\s+i?l-gimgha", "this week"), (r"i?l-lejl\s+ta['’]\s*qabel", "the night before"),
    (r"i?l-gurnata\s+ta['’]\s*qabel", "the day before"), (r"i?l-bierah\s+filghaxija|i?l-bierah\s+billejl", "last night"),
    (r"i?l-bierah", "yesterday"), (r"illum", "today"),
    # what is asked
    (_X + r"hin\s+mort\s+norqod", "what time did I go to bed"), (_X + r"hin\s+qomt", "what time did I wake up"),
    (_X + r"hin", "what time"), (r"(" + _FOR_MEAL + r")\s+(?:(.{0,60}?)\s+)?" + _X + r"kilt",
                                 lambda m: f"what did I eat for {_meal(m[1])} {m[2] or ''}".strip()),
    (_X + r"kilt\s+(" + _FOR_MEAL + ")", lambda m: "what did I eat for " + _meal(m[1])),
    (r"fejn\s+kilt\s+(" + _FOR_MEAL + ")", lambda m: "where did I have " + _meal(m[1])),
    (_X + r"kien\s+i?l-polz\s+medju", "what was the average heart rate"), (r"i?l-polz\s+medju|i?l-polz", "heart rate"),
    (_X + r"kien", "what was"), (_X + r"kilt", "what did I eat"),
    (r"min\s+kien\s+fil-laqgha", "who was in the meeting"), (r"min\s+kien", "who was"),
    (r"kemm-il\s+(?:siegha|sighat)", "how many hours"), (r"kemm-il\s+(?:kilometru|kilometri|km)", "how many km"),
    (r"kemm-il\s+(?:laqgha|laqghat)", "how many meetings"), (r"kemm-il\s+(?:kafe|kafejiet|tazza\s+kafe)", "how many coffees"),
    (r"kemm-il\s+darba", "how many times"), (r"kemm-il\s+minuta", "how many minutes"), (r"kemm-il", "how many"),
    (r"kemm\s+damet|kemm\s+dam", "how long did it last"), (r"kemm\s+ghamilt\s+km", "how many km did I do"),
    (r"kemm\s+mxejt", "how far did I walk"), (r"kemm", "how much"),
    (r"liema\s+gurnata", "which day"), (r"liema\s+lejl", "which night"), (r"liema", "which"),
    (r"fejn", "where"), (r"meta", "when"), (r"dam\s+iktar", "lasted longer"), (r"dam\s+inqas", "was shorter"),
    (r"f['’]\s*minuti", "in minutes"), (r"b['’]\s*kollox", "in total"),
    # more, less, or, first, last
    (r"iktar", "more"), (r"inqas", "less"), (r"jew", "or"), (r"l-ewwel", "the first"), (r"l-ahhar", "the last"),
    # things and doings
    (r"ghall-kolazzjon", "for breakfast"), (r"ghal\s+nofsinhar|ghan-nofsinhar", "for lunch"), (r"ghac-cena", "for dinner"),
    (r"(?:il-)?kolazzjon", "breakfast"), (r"nofsinhar", "lunch"), (r"(?:ic-)?cena", "dinner"),
    (r"dik\s+i?l-laqgha", "that meeting"), (r"fil-laqgha|i?l-laqgha|l-laqgha|laqgha", "the meeting"), (r"laqghat", "meetings"),
    (r"(?:il-)?kaffeina", "caffeine"), (r"(?:il-)?kafe", "coffee"), (r"ghamilt\s+(?:l-)?ezercizzju", "did I work out"),
    (r"(?:l-)?ezercizzju", "workouts"), (r"bir-rota", "cycling"), (r"xrobt", "did I drink"), (r"hadt", "did I have"),
    (r"qomt", "did I wake up"), (r"rqadt", "did I sleep"), (r"mort\s+norqod", "did I go to bed"), (r"grejt", "did I run"),
    (r"ghumt", "did I swim"), (r"kelli", "did I have"), (r"kilt", "did I eat"), (r"wara", "after"), (r"qabel", "before"),
    # remarks, in plain English so that they stay remarks
    (r"ma\s+niftakarx", "I can't recall"), (r"kont\s+ghajjien[a]?\s+hafna", "I was worn out"),
    (r"ghax\s+ghajjien[a]?\s+mejt[a]?", "worn out"), (r"kont\s+fuq\s+xift\s+twil", "long shift"),
    (r"qisni\s+xrobt\s+wisq", "too much I think"), (r"kmieni\s+or\s+le\??", ""), (r"fil-canteen\s+or\s+barra\??", ""),
    (r"forgot\s+l-isem", "forgot it"), (r"l-isem", "the name"),
    # words that only hold the sentence together
    (r"^u(?=\s)", "and"), (r"(?<=\s)u(?=\s)", "and"), (r"li", "that"), (r"issa", "now"), (r"kien", "was"),
)
_TABLE = WordTable(_RULES, r"x['’]\s*\w+|kemm(?:-il)?|fejn|liema|min\s+kien|kilt|xrobt|qomt|rqadt|grejt|ghumt|hadt|kelli|"
                           r"laqgh\w*|fil-laqgha|gimgha|gurnata|granet|lejl|kolazzjon|nofsinhar|ghac-cena|ic-cena|kaffeina|"
                           r"ezercizzju|iktar|inqas|jew|qabel|wara|dakinhar|jekk|niekol|norqod|nixrob|naghmel|"
                           r"i?l-bierah|illum|semmew|taghlaq|bint|jasal|jismu|ccaqlaq|jsir|^u(?=\s)|ta['’]|b['’]kollox|f['’]minuti|bir-rota|dam|damet|kafe|"
                           # a word with the article glued to it ("il-gurnata", "ghall-kolazzjon", "ic-cena")
                           r"(?:i?l|fil|mill|bil|tal|lill|ghall|ghal|ghac|ghan|ic|ir|is|it|iz|ix|id)-\w{3,}")


def from_maltese(text: str) -> str:
    """``text`` with its Maltese words that say what is asked put into English (read with or without Maltese letters); a
    text with fewer than two such words is left as it is."""
    plain = text.translate(_PLAIN)
    english = _TABLE.in_english(plain)
    return text if english == plain else english
