"""Changana (Xitsonga) in an English question, put into English.

People in southern Mozambique type Changana inside English questions. Its weekdays as Maputo says them ("Musumbhunuku",
"Ravumbirhi", "Ravunharhu", "Ravumune", "Ravuntlhanu", "Mugqivela", "Sonto": Monday to Sunday) stand beside a date
("Ravumbirhi (21/10)", "Ravumbirhi, 21 October", "Ravumbirhi wa 21 October"); "namuntlha" is today, "tolo" yesterday,
"vhiki leri" this week, "vhiki leri hundzeke" last week, "ku sukela Musumbhunuku" since Monday; a night is "vusiku bya X"
("vusiku bya Musumbhunuku (20/10-21/10)", "vusiku bya 20 October", "vusiku bya tolo (...)"). Those become English. The
phrases that carry what is asked ("ndzi etlele tiawara tingani" (how many hours did I sleep), "lunch ndzi yi dyele kwihi"
(where did I have lunch), "a ndzi ri na tinhlengeletano tingani" (how many meetings)) become English too, where two of
Changana's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"musumbhunuku": "Monday", "ravumbirhi": "Tuesday", "ravunharhu": "Wednesday", "ravumune": "Thursday",
             "ravuntlhanu": "Friday", "mugqivela": "Saturday", "sonto": "Sunday"}
_WD = r"((?-i:M)usumbhunuku|(?-i:R)avumbirhi|(?-i:R)avunharhu|(?-i:R)avumune|(?-i:R)avuntlhanu|(?-i:M)ugqivela|(?-i:S)onto)"
_MEALS = {"nimixo": "breakfast", "nhlikanhi": "lunch", "nimadyambu": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"vusiku\s+bya\s+(?:" + _WD + r"\s*|(?-i:tolo)\s*)?\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"vusiku\s+bya\s+" + _WORDS_DATE, r"the night of \1"), (r"vusiku\s+bya\s+" + _WD, lambda m: f"{_day(m[1])} night"),
    (r"ku\s+sukela\s+" + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (r"vhiki\s+leri\s+hundzeke", "last week"), (r"vhiki\s+leri", "this week"),
    (_WD + r"\s+(?:wa\s+)?" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (_WD + r",\s*" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"namuntlha", "today"), (r"(?-i:tolo)(?=\s*\(\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"musumbhunuku|ravumbirhi|ravunharhu|ravumune|ravuntlhanu|mugqivela|sonto|namuntlha|tolo|vusiku|vhiki",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Changana words
    # follow-ups
    (r"^na\s+siku\s+leri\s+nga\s+emahlweni(?:\s+ka\s+rona)?\s*\??$", "and the day before?"),
    (r"^na\s+vusiku\s+lebyi\s+nga\s+emahlweni(?:\s+ka\s+byona)?\s*\??$", "and the night before?"),
    (r"^na\s+nhlengeletano\s+yoleyo\s+yi\s+teke\s+timinete\s+tingani", "and how long was that meeting"),
    (r"^na\s+today,?\s+ku\s+fikela\s+sweswi", "and today so far"),
    # what someone said
    (r"(?:i\s+)?buku\s+yihi\s+leyi\s+" + _NAME + r"\s+a\s+ndzi\s+byeleke(?:\s+ku\s+yi\s+hlaya)?", r"which book did \1 recommend"),
    (r"(?:i\s+)?podcast\s+yihi\s+leyi\s+" + _NAME + r"\s+a\s+ndzi\s+byeleke(?:\s+yona)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+u\s+te\s+i\s+film\s+yihi(?:\s+leyi\s+ndzi\s+faneleke\s+ku\s+yi\s+vona)?", r"which film did \1 recommend"),
    (_NAME + r"\s+u\s+te\s+offsite\s+yi\s+ya\s+kwihi(?:\s+sweswi)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+a\s+dzunisa\s+restaurant\s+yihi(?:\s+ngopfu)?", r"which restaurant did \1 recommend"),
    (r"xihaha\s+xa\s+" + _NAME + r"\s+xi\s+fika\s+hi\s+nkarhi\s+wihi", r"when does \1's flight land"),
    (r"ximbyanyana\s+xa\s+" + _NAME + r"\s+xi\s+vitaniwa\s+mani", r"what is the name of \1's new dog"),
    (_NAME + r"\s+u\s+te\s+launch\s+ya\s+(.{2,40}?)\s+yi\s+hundziseriwe\s+siku\s+rihi", r"what is the new date of the \2 launch according to \1"),
    (r"n['’]wana\s+wa\s+nhwanyana\s+wa\s+" + _NAME + r"\s+u\s+ta\s+va\s+na\s+malembe\s+mangani(?:\s+eka\s+siku\s+ra\s+yena\s+ro\s+velekiwa)?",
     r"how old will \1's daughter turn"),
    # days named by what happened
    (r"siku\s+leri\s+" + _NAME + r"\s+a\s+vulavula\s+hi\s+(.{2,40}?),?\s*(nimixo|nhlikanhi|nimadyambu)\s+ndzi\s+dyile\s+yini",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"siku\s+leri\s+ndzi\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*(nimixo|nhlikanhi|nimadyambu)\s+ndzi\s+dyile\s+yini",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"siku\s+ra\s+(.{2,60}?),\s*(lunch|dinner)\s+ndzi\s+yi\s+dyele\s+kwihi", r"where did I have \2 on the day of the \1 meeting"),
    (r"vusiku\s+endzhaku\s+ka\s+(.{2,60}?),\s*ndzi\s+etlele\s+tiawara\s+tingani", r"how many hours did I sleep the night after the \1 meeting"),
    (r"endzhaku\s+ka\s+(.{2,60}?),\s*nhlengeletano\s+leyi\s+landzelaka\s+a\s+yi\s+ri\s+na\s+vamani", r"who was at the meeting right after the \1"),
    # meetings
    (r"^(.{2,60})\s+" + _DAY + r"\s+a\s+ku\s+ri\s+na\s+vamani", r"who was at the \1 meeting \2"),
    (r"a\s+ku\s+ri\s+na\s+vamani", "who was at the meeting"),
    (r"a\s+ndzi\s+ri\s+na\s+tinhlengeletano\s+tingani", "how many meetings did I have"),
    (r"nhlengeletano\s+yo\s+sungula\s+yi\s+sungurile\s+hi\s+nkarhi\s+wihi", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+yi\s+teke\s+timinete\s+tingani", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (r"(nimixo|nhlikanhi|nimadyambu)\s+ndzi\s+dyile\s+yini", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"ndzi\s+dyile\s+yini\s+(nimixo|nhlikanhi|nimadyambu)", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"(lunch|dinner|breakfast)\s+(?:a\s+)?ndzi\s+(?:yi\s+)?dyel[ea]\s+kwihi", r"where did I have \1"),
    (r"ndzi\s+etlele\s+tiawara\s+tingani", "how many hours did I sleep"), (r"ndzi\s+etlele\s+hi\s+nkarhi\s+wihi", "what time did I go to bed"),
    (r"ndzi\s+pfukile\s+hi\s+nkarhi\s+wihi", "what time did I wake up"),
    (r"vurhongo\s+a\s+byi\s+ri\s+kahle\s+kumbe\s+e-e", "how well did I sleep, good or poor"),
    (r"ndzi\s+endlile\s+exercise\s+yihi", "what kind of workout did I do"),
    (r"eka\s+(.{2,80}?)\s+mbilu\s+a\s+yi\s+ba\s+kangani\s+hi\s+minete,?(?:\s+hi\s+avhareji)?", r"what was my average heart rate during the \1"),
    (r"ndzi\s+tsutsumile\s+ti-?km\s+tingani", "how many km did I run"), (r"hi\s+bicycle\s+ndzi\s+famba\s+ti-?km\s+tingani", "how many km did I cycle"),
    (r"ndzi\s+hlambele\s+mamitara\s+mangani", "how far did I swim"),
    (r"(running|cycling|swimming)\s+hinkwayo\s+i\s+ti-?km\s+tingani", r"how many km of \1 in total"),
    (r"ndzi\s+endlile\s+ti-?workout\s+tingani", "how many workouts did I do"),
    (r"ndzi\s+nwile\s+tikopo\s+tingani\s+ta\s+coffee", "how many coffees did I drink"),
    (r"caffeine\s+hinkwayo\s+a\s+yi\s+ri\s+mg\s+yingani", "how much caffeine in mg"),
    (r"coffee\s+yo\s+sungula\s+ndzi\s+yi\s+nwile\s+hi\s+nkarhi\s+wihi", "what time was my first coffee"),
    (r"coffee\s+yo\s+hetelela\s+a\s+yi\s+ri\s+hi\s+nkarhi\s+wihi", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+kumbe\s+(.{2,60}?),\s*i\s+vusiku\s+byihi\s+ndzi\s+etleleke\s+ngopfu\??\s*(?:tiawara\s+ta\s+byombirhi)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+kumbe\s+(.{2,60}?),\s*i\s+siku\s+rihi\s+caffeine\s+a\s+yi\s+tlula\??\s*(?:mg\s+ya\s+rin['’]wana\s+ni\s+rin['’]wana)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+kumbe\s+(.{2,60}?),\s*i\s+exercise\s+yihi\s+yi\s+teke\s+nkarhi\s+wo\s+leha", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+coffee\s+yi\s+tlula\s+ya\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"loko\s+ndzi\s+nwa\s+coffee\s+hi\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+kumbe\s+endzhaku,?\s*vurhongo\s+bya\s+hunguteka", r"do I sleep less after coffee at \1 or later"),
    (r"loko\s+ndzi\s+dya\s+nimadyambu\s+hi\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+kumbe\s+endzhaku,?\s*ndzi\s+etlela\s+nkarhi\s+wutsongo",
     r"do I sleep less after dinner at \1 or later"),
    (r"masiku\s+ya\s+exercise\s+ndzi\s+etlela\s+ngopfu\s+ku\s+tlula\s+masiku\s+man['’]wana", "do I sleep longer after workout days than after rest days"),
    (r"masiku\s+ya\s+exercise\s+ndzi\s+nwa\s+coffee\s+yo\s+tala\s+kumbe\s+masiku\s+yo\s+wisa", "do I drink more coffee on workout days than on rest days"),
    (r"masiku\s+ya\s+caffeine\s+ya\s+(\d{2,4}\s*mg)\s+kumbe\s+ku\s+tlula,?\s*vurhongo\s+bya\s+mina\s+byi\s+fana\s+njhani\s+ni\s+masiku\s+man['’]wana",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bkumbe\b[^?]*\??\s*$", ""),  # "...? kaya kumbe ehandle?": choices offered after the question
    (r"(?<=\?)\s*vito(?:\s+ra\s+yona|\s+ntsena)?\s*$", ""), (r"(?<=\?)\s*doroba\s+rihi\s*$", ""),  # "? vito ntsena": the name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"ndzi|dyile|dyele|yini|kwihi|yihi|rihi|tingani|mangani|nkarhi|wihi|vurhongo|nwile|nimixo|nhlikanhi|"
                           r"nimadyambu|nhlengeletano|tinhlengeletano|vamani|kumbe|endzhaku|etlele|etlela|pfukile|tsutsumile|hlambele|"
                           r"timinete|tiawara|masiku|byeleke|xihaha|ximbyanyana|nhwanyana|malembe|hinkwayo|sweswi|"
                           r"emahlweni|vulavula|tlula|fikela|namuntlha|tolo|vhiki|rona|vusiku|lebyi|musumbhunuku|ravumbirhi|ravunharhu|ravumune|ravuntlhanu|mugqivela|"
                           r"landzelaka|teke|dzunisa|vitaniwa|hundziseriwe", least=2)
_FOLLOW_UPS = WordTable(((r"^na\s+([^?]{2,40}?)\s+ke\s*\?\s*$", r"and \1?"),), r"ke", least=1)  # "na Oscar ke?": and Oscar?


def from_changana(text: str) -> str:
    """``text`` with its Changana days, and the Changana phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
