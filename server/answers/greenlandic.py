"""Greenlandic (Kalaallisut, West Greenlandic, of the Eskimo-Aleut family) mixed into English questions typed in lower case,
put into English; the words are as this set's writer types them, in the orthography of 1973.

The weekdays ("ataasinngorneq", "marlunngorneq", "pingasunngorneq", "sisamanngorneq", "tallimanngorneq", "arfininngorneq",
"sapaat": Monday to Sunday) stand before a date written as in the Danish realm, with its year after a hyphen ("ataasinngorneq
22/6-2037") or without it ("ataasinngorneq 22/6"); "ullumi" is today and "ippassaq" (yesterday) stands before a weekday; a
night is the weekday, "unnuaq" (night) and a short date ("ataasinngorneq unnuaq 22/6"), "unnuaq" and a full date, or
"unnuaq" alone (last night); "sapaatip akunnerani matumani" is this week and "sapaatip akunnera kingulleq" the week before.
Those become English, also capitalised at a sentence start, as other voices use them. The words that carry what is asked
("suna" what, "sumik" with what, "kikkut" who, "sumi" where, "sumut" where to, "qaqugu" when, "qassit" and "qassinik" how
many, "qassinut" at what time, "qanoq" how, "sorleq" which one, "aqqa" its name, the meals "ullaakkorsiorneq",
"ulloqeqqasiorneq", "unnukkorsiorneq", "kaffi" coffee, "ataatsimiinneq" a meeting, "timersorneq" exercise, "sinik" sleep ...)
become English in the phrases they make, where one of its own words says the question is in it; a follow-up's "aamma X?"
is "and X?".
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, remark_after

_A = r"['’]"
_LONG = r"\d{1,2}/\d{1,2}-\d{4}"
_SHORT = r"\d{1,2}/\d{1,2}(?![-/\d])"
_DATE = _LONG + "|" + _SHORT
_NAME = r"((?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)"
_WD = r"(?:ataasinngorneq|marlunngorneq|pingasunngorneq|sisamanngorneq|tallimanngorneq|arfininngorneq|sapaat)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*(?:[ap]m)?)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}/\d{1,2}(?:-\d{4})?)?|the\s+night\s+of\s+\d{1,2}/\d{1,2}(?:-\d{4})?|last\s+night)"
"""A day once put into English ("on 22/6-2037", "today", "the night of 22/6"): a group."""
_HOW_MANY = r"qassi(?:t|nik)"
_HOURS = r"(?:hours|tiimit)"
_VERBS = {"running": "run", "cycling": "cycle", "swimming": "swim"}

_DAY_RULES: tuple[tuple[str, str], ...] = (
    (_WD + r"\s+unnuaq,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"unnuaq,?\s+" + _WD + r",?\s+(" + _DATE + r")", r"the night of \1"),
    (r"unnuaq,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"sapaatip\s+akunnerani\s+matumani", "this week"), (r"sapaatip\s+akunnera\s+kingulleq", "last week"),
    (_ON + r"ippassaq,?\s+" + _WD, "yesterday"),
    (_ON + _WD + r",?\s+(" + _DATE + r")", r"on \1"),
    (_ON + r"ullumi", "today"), (_ON + r"ippassaq", "yesterday"),
    (r"(?<!the\s)unnuaq(?!\s+(?:taanna|siuliani)\b|,?\s*\d)", "last night"),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|ullumi|ippassaq|unnuaq|sapaatip\s+akunner(?:a|ani)", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"atuagaq\s+" + _NAME + r"\s+[^,?]{2,40}?,\s*(?:suna\s+)?aqqa(?:\s+suna)?", r"which book did \1 recommend"),
    (r"filmi\s+" + _NAME + r"\s+[^,?]{2,40}?,\s*(?:suna\s+)?aqqa(?:\s+suna)?", r"which film did \1 recommend"),
    (r"podcast\s+" + _NAME + r"\s+[^,?]{2,40}?,\s*(?:suna\s+)?aqqa(?:\s+suna)?", r"which podcast did \1 recommend"),
    (r"neriniartarfik\s+" + _NAME + r"\s+[^,?]{2,40}?,\s*(?:sorleq|aqqa)(?:\s+suna)?", r"which restaurant did \1 recommend"),
    (r"offsite\s+nuuppoq,\s*" + _NAME + r"\s+says,\s*sumut(?:\s+massakkut)?", r"where is the offsite now, according to \1"),
    (_NAME + _A + r"s\s+timmisartoq,\s*(?:qassinut|qaqugu)\s+mittarpa", r"when does \1's flight land"),
    (_NAME + _A + r"s\s+qimmeq,\s*(?:aqqa\s+suna|suna\s+aqqa|aqqa)", r"what is the name of \1's dog"),
    (_NAME + _A + r"s\s+pania,\s*qassinik\s+ukioqalissaaq", r"how old will \1's daughter turn"),
    (r"^(.{2,40}?)\s+launch,\s*" + _NAME + r"\s+says,?\s*qaqugu(?:\s+massakkut)?",
     r"what is the new date of the \1 launch according to \2"),
    # days named by what happened
    (r"ulloq\s+(\w+)\s+(\d+(?:\.\d+)?)\s*km,\s*sumik\s+nerivunga\s+unnukkut", r"what did I eat for dinner on the day I \1 \2 km"),
    (r"ulloq\s+" + _NAME + r"\s+talked\s+about\s+(.{2,60}?),\s*unnukkorsiorneq\s+suna",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"^(.{2,60}?)\s+ulloq,\s*ulloqeqqasiorneq\s+sumi", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+kingorna,\s*unnuaq\s+taanna\s+" + _HOW_MANY + r"\s+" + _HOURS + r"\s+sinippunga",
     r"how many hours did I sleep the night after the \1 meeting"),
    (r"^(.{2,100}?)\s+" + _DAY + r"\s+kingorna,\s*(?:next\s+)?ataatsimiinneq,\s*kikkut(?:\s+peqataapput)?",
     r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+imaluunniit\s+(.{2,60}?),\s*sorleq\s+sivisunerusoq\s+sinik",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+imaluunniit\s+(.{2,60}?),\s*sorlermi\s+caffeine\s+amerlanerusoq",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+imaluunniit\s+(.{2,60}?),\s*timersorneq\s+sorleq\s+sivisunerusoq",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"kaffi\s+this\s+week,?\s*amerlanerusut\s+than\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"kaffi\s+" + _TIME + r"\s+aamma\s+kingorna,\s*taava\s+less\s+sinik(?:,\s*ilaa)?", r"do I sleep less after coffee at \1 or later"),
    (r"unnukkorsiorneq\s+(?:start\s+)?" + _TIME + r"\s+aamma\s+kingorna,\s*taava\s+less\s+sinik(?:,\s*ilaa)?",
     r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+plus\s+caffeine\s+ullut,\s*taava\s+less\s+sinik(?:,\s*ilaa)?",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"ullut\s+with\s+timersorneq,\s*the\s+unnuaq\s+after,\s*more\s+sinik", "do I sleep longer after workout days than after rest days"),
    (r"timersorneq\s+ullut,\s*more\s+kaffi", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"ataatsimiinneq\s+(.{2,80}?)\s+" + _DAY + r",\s*" + _HOW_MANY + r"\s+minutsit", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,80}?)\s+" + _DAY + r",\s*kikkut\s+peqataapput", r"who was at the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*uummat\s+qanoq\s+sukkatigisoq(?:,\s*bpm)?", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*qanoq\s+sivisutigisoq(?:,\s*minutsit)?", r"how many minutes did the \1 \2 last"),
    (r"this\s+week,?\s*qassit\s+km\s+(\w+)", lambda m: f"how many km did I {_VERBS.get(m[1].lower(), m[1])} this week"),
    (r"this\s+week,?\s*qassit\s+timersorneq(?:\s+sessions?)?", "how many workouts did I do this week"),
    (_DAY + r",?\s+ataatsimiinneq\s+siulleq,\s*qassinut(?:\s+aallartippa)?", r"what time did my first meeting start \1"),
    (_DAY + r",\s*qassit\s+ataatsimiinnerit", r"how many meetings did I have \1"),
    # meals, sleep, workouts, coffee
    (_DAY + r",?\s+ullaakkorsiorneq,\s*sumik\s+nerivunga", r"what did I eat for breakfast \1"),
    (r"sumik\s+nerivunga\s+ulloqeqqasiorneq\s+" + _DAY, r"what did I eat for lunch \1"),
    (_DAY + r",\s*unnukkorsiorneq\s+suna", r"what did I eat for dinner \1"),
    (r"ulloqeqqasiorneq\s+" + _DAY + r",\s*sumi", r"where did I have lunch \1"),
    (r"sumi\s+nerivunga\s+unnukkorsiorneq\s+" + _DAY, r"where did I have dinner \1"),
    (_DAY + r",\s*sorleq\s+timersorneq", r"what kind of workout did I do \1"),
    (_DAY + r",\s*sinilluarpunga\s+imaluunniit\s+naamik", r"how well did I sleep \1, good or poor"),
    (_DAY + r",\s*" + _HOW_MANY + r"\s+" + _HOURS + r"\s+sinippunga", r"how many hours did I sleep \1"),
    (_DAY + r",?\s+arpappunga,\s*qassit\s+km", r"how many km did I run \1"),
    (_DAY + r",?\s+cycling,\s*qassit\s+km(?:\s+katillugit)?", r"how many km did I cycle \1"),
    (_DAY + r",?\s+swim(?:ming)?,\s*qassit\s+met(?:er|re)s?", r"how far did I swim in metres \1"),
    (_DAY + r",\s*qassinik\s+kaffisorpunga", r"how many coffees did I drink \1"),
    (_DAY + r",?\s+caffeine\s+katillugit,\s*qassit\s+mg", r"how much caffeine in mg \1"),
    (_DAY + r",\s*kaffi\s+siulleq,?\s*qassinut", r"what time was my first coffee \1"),
    (r"kaffi\s+kingulleq\s+" + _DAY + r",\s*qassinut", r"what time was my last coffee \1"),
    (_DAY + r",\s*qassinut\s+iterpunga", r"what time did I wake up \1"),
    (_DAY + r",\s*qassinut\s+innarpunga", r"what time did I go to bed \1"),
    remark_after(),
)
_TABLE = WordTable(_ASKED,
                   r"suna|sumik|kikkut|sumi|sumut|qaqugu|qassit|qassinik|qassinut|qanoq|sorleq|sorlermi|aqqa|atuagaq|filmi|"
                   r"neriniartarfik|timmisartoq|mittarpa|qimmeq|pania|ukioqalissaaq|nuuppoq|ullaakkorsiorneq|ulloqeqqasiorneq|"
                   r"unnukkorsiorneq|unnukkut|nerivunga|kaffisorpunga|sinippunga|sinilluarpunga|sinik|innarpunga|iterpunga|"
                   r"arpappunga|timersorneq|uummat|ataatsimiinner(?:it|oq)|ataatsimiinneq|peqataapput|aallartippa|minutsit|"
                   r"sivisu\w+|amerlaneru\w+|katillugit|siulleq|kingulleq|kingorna|imaluunniit|ulloq|ullut", least=1)
_FOLLOW_UPS = WordTable(((r"^aamma\s+ulloq\s+siuliani\s*\??$", "and the day before?"),
                         (r"^aamma\s+unnuaq\s+siuliani\s*\??$", "and the night before?"),
                         (r"^(?:aamma\s+)?taanna\s+ataatsimiinneq,\s*qanoq\s+sivisutigaa\s*\??$", "and how long was that meeting?"),
                         (r"^aamma\s+today,?\s*massakkut\s+tikillugu\s*\??$", "and today so far?"),
                         (r"^aamma\s+(" + _DAY[1:-1] + r"|" + _NAME[1:-1] + r")\s*\?$", r"and \1?")),
                        r"aamma|siuliani|tikillugu|sivisutigaa", least=1)


def from_greenlandic(text: str) -> str:
    """``text`` with its Greenlandic days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
