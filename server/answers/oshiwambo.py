"""Oshiwambo (Oshindonga) in an English question, put into English.

People in Namibia type Oshiwambo inside English questions. Its weekdays ("Mande", "Etiyali", "Etitatu", "Etine", "Etitano",
"Olyomakaya", "Osoondaha": Monday to Sunday) stand beside a date ("Etiyali (21/10)", "Etiyali, 21 October", "Etiyali 21
October"); "nena" is today, "ohela" yesterday, "oshiwike shika" this week, "oshiwike sha piti" last week, "okuza Mande"
since Monday; a night is "uusiku wa X" ("uusiku wa Mande (20/10-21/10)", "uusiku wa 20 October", "uusiku wohela (...)").
Those become English. The phrases that carry what is asked ("onda kotha iihe ngapi" (how many hours did I sleep), "lunch
onde yi lila peni" (where did I have lunch), "onda li ndi na omitumba ngapi" (how many meetings)) become English too, where
two of Oshiwambo's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"mande": "Monday", "etiyali": "Tuesday", "etitatu": "Wednesday", "etine": "Thursday", "etitano": "Friday",
             "olyomakaya": "Saturday", "osoondaha": "Sunday"}
_WD = r"((?-i:M)ande|(?-i:E)tiyali|(?-i:E)titatu|(?-i:E)tine|(?-i:E)titano|(?-i:O)lyomakaya|(?-i:O)soondaha)"
_MEALS = {"ongula": "breakfast", "omutenya": "lunch", "ongulohi": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"uusiku\s+(?:wa\s+" + _WD + r"\s*|wohela\s*)\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"uusiku\s+wa\s+" + _WORDS_DATE, r"the night of \1"), (r"uusiku\s+wa\s+" + _WD, lambda m: f"{_day(m[1])} night"),
    (r"okuza\s+" + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (r"oshiwike\s+sha\s+piti", "last week"), (r"oshiwike\s+shika", "this week"),
    (_WD + r",?\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:nena)(?=\s*\(\s*\d)", "today"), (r"(?-i:ohela)(?=\s*\(\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"mande|etiyali|etitatu|etine|etitano|olyomakaya|osoondaha|nena|ohela|uusiku|oshiwike", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Oshiwambo words
    # follow-ups
    (r"^nesiku\s+lya\s+tetekela\s*\??$", "and the day before?"), (r"^nuusiku\s+wa\s+tetekela\s*\??$", "and the night before?"),
    (r"^nomutumba\s+ngoka\s+gwa\s+kutha\s+ominute\s+ngapi", "and how long was that meeting"),
    (r"^na\s+(?:nena|today),?\s+sigo\s+ngashingeyi", "and today so far"),
    # what someone said
    (_NAME + r"\s+a\s+lombwele\s+ndje\s+embo\s+lini(?:\s+ndi\s+li\s+leshe)?", r"which book did \1 recommend"),
    (_NAME + r"\s+a\s+lombwele\s+ndje\s+podcast\s+shike", r"which podcast did \1 recommend"),
    (_NAME + r"\s+ta\s+ti\s+film\s+shike(?:\s+ndi\s+na\s+okutala)?", r"which film did \1 recommend"),
    (_NAME + r"\s+a\s+ti\s+offsite\s+ya\s+yi\s+peni(?:\s+ngashingeyi)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+a\s+hambelele\s+restaurant\s+shike(?:\s+unene)?", r"which restaurant did \1 recommend"),
    (r"ondjila\s+yolufuko\s+ya\s+" + _NAME + r"\s+otayi\s+thiki\s+pethimbo\s+lini", r"when does \1's flight land"),
    (r"okambwa\s+ka\s+" + _NAME + r"\s+oka\s+luka\s+edhina\s+lye", r"what is the name of \1's new dog"),
    (_NAME + r"\s+a\s+ti\s+launch\s+ya\s+(.{2,40}?)\s+ya\s+undulilwa\s+kesiku\s+lini", r"what is the new date of the \2 launch according to \1"),
    (r"omukadhona\s+gwa\s+" + _NAME + r"\s+ota\s+ka\s+kala\s+e\s+na\s+omimvo\s+ngapi(?:\s+kesiku\s+lye\s+lyevalo)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"esiku\s+ndyoka\s+" + _NAME + r"\s+a\s+popi\s+kombinga\s+ya\s+(.{2,40}?),?\s*(ongula|omutenya|ongulohi)\s+onda\s+lya\s+shike",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"esiku\s+ndyoka\s+nda\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*(ongula|omutenya|ongulohi)\s+onda\s+lya\s+shike",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"esiku\s+lyomutumba\s+(.{2,60}?),\s*(lunch|dinner)\s+onde\s+yi\s+lila\s+peni", r"where did I have \2 on the day of the \1 meeting"),
    (r"uusiku\s+konima\s+yomutumba\s+(.{2,60}?),\s*onda\s+kotha\s+iihe\s+ngapi", r"how many hours did I sleep the night after the \1 meeting"),
    (r"konima\s+ya\s+(.{2,80}?),\s*omutumba\s+gwa\s+landula\s+mwa\s+li\s+olye", r"who was at the meeting right after the \1"),
    # meetings
    (r"^omutumba\s+(.{2,60})\s+" + _DAY + r"\s+mwa\s+li\s+olye", r"who was at the \1 meeting \2"),
    (r"^omutumba\s+(.{2,60})\s+" + _DAY + r"\s+gwa\s+kutha\s+ominute\s+ngapi", r"how many minutes was the \1 meeting \2"),
    (r"onda\s+li\s+ndi\s+na\s+omitumba\s+ngapi", "how many meetings did I have"),
    (r"omutumba\s+gwotango\s+gwa\s+tameke\s+pethimbo\s+lini", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+ya\s+kutha\s+ominute\s+ngapi", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (r"(ongula|omutenya|ongulohi)\s+onda\s+lya\s+shike", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"(lunch|dinner|breakfast)\s+onde\s+yi\s+lila\s+peni", r"where did I have \1"),
    (r"onda\s+kotha\s+iihe\s+ngapi", "how many hours did I sleep"), (r"onda\s+yi\s+okukotha\s+pethimbo\s+lini", "what time did I go to bed"),
    (r"onda\s+penduka\s+pethimbo\s+lini", "what time did I wake up"),
    (r"onda\s+kotha\s+nawa\s+nenge\s+aawe", "how well did I sleep, good or poor"),
    (r"onda\s+ningi\s+exercise\s+shike", "what kind of workout did I do"),
    (r"mo\s+(.{2,80}?)\s+omutima\s+gwandje\s+gwa\s+dhenge\s+lwongapi\s+kominute,?(?:\s+pahapu)?", r"what was my average heart rate during the \1"),
    (r"onda\s+matuka\s+ookilometa\s+ngapi", "how many km did I run"), (r"onda\s+hinga\s+bicycle\s+ookilometa\s+ngapi", "how many km did I cycle"),
    (r"onda\s+yogo\s+oometa\s+ngapi", "how far did I swim"),
    (r"(running|cycling|swimming)\s+ayihe\s+(this\s+week)\s+ookilometa\s+ngapi", r"how many km of \1 in total \2"),
    (r"onda\s+ningi\s+ii-?workout\s+ngapi", "how many workouts did I do"),
    (r"onda\s+nu\s+iikopi\s+ngapi\s+yo\s+coffee", "how many coffees did I drink"),
    (r"caffeine\s+ayihe\s+oya\s+li\s+mg\s+ngapi", "how much caffeine in mg"),
    (r"coffee\s+yotango\s+onde\s+yi\s+nu\s+pethimbo\s+lini", "what time was my first coffee"),
    (r"coffee\s+yahugunina\s+oya\s+li\s+pethimbo\s+lini", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+nenge\s+(.{2,60}?),\s*uusiku\s+wuni\s+nda\s+kotha\s+unene\??\s*(?:iihe\s+yawo\s+ayihe)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+nenge\s+(.{2,60}?),\s*esiku\s+lini\s+caffeine\s+ya\s+vula\??\s*(?:mg\s+yesiku\s+kehe)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+nenge\s+(.{2,60}?),\s*exercise\s+yini\s+ya\s+kutha\s+ethimbo\s+ele", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+onda\s+nu\s+coffee\s+yi\s+vule\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"ngele\s+onda\s+nu\s+coffee\s+po\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+nenge\s+konima,?\s*otandi\s+kotha\s+kashona", r"do I sleep less after coffee at \1 or later"),
    (r"ngele\s+onda\s+lya\s+ongulohi\s+po\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+nenge\s+konima,?\s*otandi\s+kotha\s+kashona", r"do I sleep less after dinner at \1 or later"),
    (r"omasiku\s+ga\s+exercise\s+otandi\s+kotha\s+unene\s+okuvula\s+omasiku\s+galwe", "do I sleep longer after workout days than after rest days"),
    (r"omasiku\s+ga\s+exercise\s+otandi\s+nu\s+coffee\s+oyindji\s+okuvula\s+omasiku\s+gokuvululuka", "do I drink more coffee on workout days than on rest days"),
    (r"omasiku\s+ga\s+caffeine\s+ya\s+(\d{2,4}\s*mg)\s+nenge\s+yi\s+vule,?\s*okukotha\s+kwandje\s+okwa\s+fa\s+ngiini\s+nomasiku\s+galwe",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bnenge\b[^?]*\??\s*$", ""),  # "...? megumbo nenge pondje?": choices offered after the question
    (r"(?<=\?)\s*(?:edhina(?:\s+alike|\s+lyayo)?|edoolopa\s+lini)\s*$", ""),  # "? edhina alike": the name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"onda|onde|nda|lya|shike|peni|lini|ngapi|pethimbo|kotha|okukotha|iihe|ominute|omitumba|omutumba|"
                           r"gwotango|olye|mwa|nenge|konima|lombwele|ndje|hambelele|ondjila|okambwa|omukadhona|omimvo|ayihe|"
                           r"ookilometa|oometa|matuka|yogo|penduka|tetekela|nesiku|nuusiku|nomutumba|esiku|ndyoka|omasiku|"
                           r"otandi|ngashingeyi|sigo|ongula|omutenya|ongulohi|nena|ohela|uusiku|oshiwike|mande|etiyali|"
                           r"etitatu|etine|etitano|olyomakaya|osoondaha|edhina|luka|lye|thiki|otayi|yolufuko|undulilwa|kesiku|lyevalo|leshe|okutala|embo", least=2)
_FOLLOW_UPS = WordTable(((r"^([^?]{2,40}?)\s+nee\s*\?\s*$", r"and \1?"),), r"nee", least=1)  # "Tuesday nee?": and Tuesday?


def from_oshiwambo(text: str) -> str:
    """``text`` with its Oshiwambo days, and the Oshiwambo phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
