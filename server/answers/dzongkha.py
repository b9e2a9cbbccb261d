"""Dzongkha in an English question, typed in Latin letters, put into English.

People in Bhutan write the days of their calendar in English questions: weekdays with "za" ("za dawa", "za mingmar", "za
lhakpa", "za phurpa", "za pasang", "za penpa", "za nyima": Monday to Sunday) beside a date ("za dawa (04/08)", "4th August
(za dawa)"), "dari" (today), "khatsa" (yesterday), "duenthra" (this week), "za dawa lay" (since Monday), and nights with
"numo" (night) after the day they start on ("za dawa numo (04/08-05/08)", "4th August numo"). Those become English. The
phrases that carry what is asked ("lu su su yoe ci" (who was there), "chu tshoe gademchi nyel ci" (how many hours did I
sleep), "ga chi za yi" (what did I eat)) become English too, where two of Dzongkha's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"dawa": "Monday", "mingmar": "Tuesday", "lhakpa": "Wednesday", "phurpa": "Thursday", "pasang": "Friday",
             "penpa": "Saturday", "nyima": "Sunday"}
_WD = r"za\s+(" + "|".join(_WEEKDAYS) + ")"
_DATE = r"\d{1,2}/\d{1,2}"
_WORDS_DATE = r"(\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]+)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"|khatsa|dari)\s+numo\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"(?:" + _WD + r"\s+)?" + _WORDS_DATE + r"\s+numo", r"the night of \2"),
    (r"khatsa\s+numo", "last night"), (_WD + r"\s+numo", lambda m: f"{_day(m[1])} night"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"\s+lay", lambda m: f"since {_day(m[1])}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"dari(?=\s*\()|^dari(?=\s+(?:nga|yang)\b)", "today"), (r"khatsa(?=\s*\()|^khatsa(?=\s+(?:nga|yang)\b)", "yesterday"),
    (r"duenthra(?:\s+di)?", "this week"),
)
_DAYS = WordTable(_DAY_RULES, r"za|numo|dari|khatsa|duenthra", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^dhe\s+gi\s+hema\s+numo\s+yang", "and the night before"), (r"^dhe\s+gi\s+hema\s+zha\s+yang", "and the day before"),
    (r"^(?:today|dari)\s+yang\??\s*gademchi\s+ong\s+ci", "and today so far"),
    (r"^" + _NAME + r"\s+yang\??", r"and \1?"),
    # what someone said
    (_NAME + r"\s+gi\s+bum,?\s*next\s+birthday\s+lu\s+lo\s+gademchi\s+ong\s+ni", r"how old will \1's daughter turn"),
    (_NAME + r"\s+gi\s+zakhang\s+chi\s+lab\s+ci,?\s*ming\s+ga\s+chi\s+mo", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+gi\s+khi\s+sarpa,?\s*ming\s+ga\s+chi\s+mo", r"what is the name of \1's new dog"),
    (_NAME + r"\s+gi\s+(.{2,40}?)\s+lab\s+mi\s+zha,?\s*(dinner|lunch|breakfast)\s+lu\s+ga\s+chi\s+za\s+yi",
     r"what did I eat for \3 on the day \1 mentioned \2"),
    # meetings
    (r"(.{2,60}?)\s+meeting\s+shul\s+gi\s+numo,?\s*chu\s+tshoe\s+gademchi\s+nyel\s+ci", r"how many hours did I sleep the night after the \1 meeting"),
    (r"(.{2,60}?)\s+meeting\s+(.{0,40}?)\s*lu\s+su\s+su\s+yoe\s+ci", r"who was at the \1 meeting \2"),
    (r"meeting\s+gademchi\s+attend\s+ab\s+ci", "how many meetings did I attend"),
    # sleep, meals, workouts, coffee
    (r"(?:nga\s+)?chu\s+tshoe\s+gademchi\s+nyel\s+ci", "how many hours did I sleep"),
    (r"(?:nga\s+)?baza\s+gademchi\s+lu\s+nyel\s+ci", "what time did I go to bed"),
    (r"(?:nga\s+)?baza\s+gademchi\s+lu\s+lang\s+ci", "what time did I get up"),
    (r"(cycling|running|swimming)\s+km\s+gademchi\s+ab\s+ci", r"how many km of \1 in total"),
    (r"^(?:this\s+week\s+)?coffee\s+mang\s+mo,?\s*last\s+week\s+lay\??\s*or\s+less", "did I drink more coffee this week than last week or less"),
    (r"^this\s+week\s+coffee\s+mang\s+mo,?\s*last\s+week\s+lay\??\s*or\s+less", "did I drink more coffee this week than last week or less"),
    (r"^(.{2,40}?)\s+dang\s+(.{2,40}?),\s*numo\s+gadee\s+lu\s+nyel\s+ci\s+longer\??\s*hours\s+both\s+gi",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,40}?)\s+workout\s+dang\s+(.{2,40}?)\s+workout,?\s*gadee\s+long\s+ab\s+ci\??\s*karma\s+both\s+gi",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,40}?)\s+dang\s+(.{2,40}?),\s*caffeine\s+gadee\s+lu\s+mang\??\s*mg\s+both\s+gi",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"caffeine\s+(\d{2,4}\s*mg)\s+or\s+more\s+ong\s+mi\s+zha,?\s*dhe\s+gi\s+numo\s+nyel\s+gadebe\??\s*other\s+nights\s+dang\s+compare\s+ab",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"workout\s+ab\s+mi\s+zha\s+gi\s+numo,?\s*nyel\s+longer\s+ong\s+na\s+rest\s+day\s+lay", "do I sleep longer after workout days than after rest days"),
    (r"coffee\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+or\s+later\s+thung\s+ba,?\s*nyel\s+chu\s+tshoe\s+short\s+ong\s+na",
     r"do I sleep less after coffee at \1 or later"),
    (r"(breakfast|lunch|dinner)\s+lu\s+(?:nga\s+)?ga\s+chi\s+za\s+yi", r"what did I eat for \1"),
    (r"(breakfast|lunch|dinner)\s+ga\s+chi\s+za\s+yi", r"what did I eat for \1"),
    (r"(breakfast|lunch|dinner)\s+gatey\s+lu\s+za\s+yi", r"where did I have \1"),
    (r"(breakfast|lunch|dinner),?\s*zakhang\s+gadee\s+lu\s+za\s+yi", r"where did I have \1"),
    (r"first\s+coffee\s+baza\s+gademchi\s+lu\s+thung\s+ci", "what time was my first coffee"),
    (r"last\s+coffee\s+baza\s+gademchi", "what time was my last coffee"),
    remark_after(("and", "or", "with")),  # "... ? memory zero la": a remark after the question
)
_TABLE = WordTable(_ASKED, r"gademchi|gatey|gadee|gadebe|baza|nyel|tshoe|yoe|zakhang|sarpa|shul|hema|thung|numo|dhe|mang|bum|khi|"
                           r"ming|karma|duenthra|lay|za|yi|ci|zha", least=2)


def from_dzongkha(text: str) -> str:
    """``text`` with its Dzongkha days, and the Dzongkha phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
