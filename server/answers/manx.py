"""Manx (Gaelg, the Celtic language of the Isle of Man) in an English question, put into English.

People on the island type Manx inside English questions. Its weekdays ("Jelune", "Jemayrt", "Jecrean", "Jerdein",
"Jeheiney", "Jesarn", "Jedoonee": Monday to Sunday) stand beside a date ("Jelune 24/11", "Jelune 24 November", "laa Jelune
(24/11)": the day Monday); "jiu" is today, "jea" yesterday, "yn shiaghtin shoh" this week, "yn shiaghtin roish" last week,
"neayr's Jelune" since Monday; a night is "oie X" ("oie Jelune 24/11-25/11", "yn oie 24 November", "riyr 23/11-24/11": last
night). Those become English. The phrases that carry what is asked ("cre wooad oor chaddil mee" (how many hours did I sleep),
"c'raad d'ee mee my lunch" (where did I have lunch), "quoi va ec y X" (who was at the X)) become English too, where two of
Manx's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"jelune": "Monday", "jemayrt": "Tuesday", "jecrean": "Wednesday", "jerdein": "Thursday", "jeheiney": "Friday",
             "jesarn": "Saturday", "jedoonee": "Sunday"}
_WD = r"((?-i:J)elune|(?-i:J)emayrt|(?-i:J)ecrean|(?-i:J)erdein|(?-i:J)eheiney|(?-i:J)esarn|(?-i:J)edoonee)"
_Q = r"cre['’]n"  # "what (is) the"
_HOW_MANY = r"cre\s+wooad"
_MEALS = {"brishey-trostey": "breakfast", "lunch": "lunch", "shibber": "dinner"}
_MEAL = r"(brishey-trostey|lunch|shibber)"
_ATE = r"(?:d['’]ee|va)\s+mee"  # "did I eat", "was I"
_DAY_ENDS = _DAY + r"(?=\s*[?,.!]|\s*$)"  # the day that ends what is asked ("... on Sunday 30/11?"), not an "on" inside a name


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:oie\s+" + _WD + r"\s+|(?-i:riyr)\s+)\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", lambda m: f"the night of {m[2]}"),
    (r"yn\s+oie\s+" + _WORDS_DATE, r"the night of \1"),
    (r"neayr['’]s\s+" + _WD + r",?", lambda m: f"since {_day(m[1])}"),
    (r"yn\s+shiaghtin\s+roish", "last week"), (r"yn\s+shiaghtin\s+shoh", "this week"),
    (r"laa(?=\s+" + _WD + r"\s*\(?\s*\d)", ""),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:jiu)(?=\s*\(?\s*\d)", "today"), (r"(?-i:jea)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"jelune|jemayrt|jecrean|jerdein|jeheiney|jesarn|jedoonee|jiu|jea|riyr|oie|shiaghtin|neayr['’]s", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^as\s+y\s+laa\s+roish\s+shen\s*\??$", "and the day before?"), (r"^as\s+yn\s+oie\s+roish\s+shen\s*\??$", "and the night before?"),
    (r"^cre\s+cho\s+liauyr\s+va['’]n\s+meeting\s+shen\s*\??$", "and how long was that meeting?"),
    (r"^as\s+(?:jiu|today),?\s+gys\s+nish\s*\??$", "and today so far?"),
    # what someone said
    (_Q + r"\s+lioar\s+ren\s+" + _NAME + r"\s+insh\s+dou\s+da?y\s+lhaih", r"which book did \1 recommend"),
    (_Q + r"\s+film\s+ren\s+" + _NAME + r"\s+gra\s+dou\s+da?y\s+jeeaghyn(?:\s+er)?", r"which film did \1 recommend"),
    (_Q + r"\s+podcast\s+ren\s+" + _NAME + r"\s+insh\s+dou\s+da?y\s+clashtyn", r"which podcast did \1 recommend"),
    (_Q + r"\s+restaurant\s+ren\s+" + _NAME + r"\s+moylley(?:\s+dou)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+er\s+chaghlaa\s+yn\s+offsite,?\s+gys\s+" + _Q + r"\s+balley", r"where is the offsite now, according to \1"),
    (_Q + r"\s+traa\s+ta['’]n\s+eroplane\s+aig\s+" + _NAME + r"\s+cheet\s+stiagh", r"when does \1's flight land"),
    (_Q + r"\s+ennym\s+t['’]er\s+y\s+quallian\s+noa\s+aig\s+" + _NAME, r"what is the name of \1's new dog"),
    (_NAME + r"\s+er\s+lhiggey\s+yn\s+(.{2,40}?)\s+launch\s+gys\s+" + _Q + r"\s+date", r"what is the new date of the \2 launch according to \1"),
    (_Q + r"\s+eash\s+vees\s+inneen\s+" + _NAME + r"(?:\s+er\s+e\s+laa\s+ruggyree(?:\s+noa)?)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"y\s+laa\s+loayr\s+" + _NAME + r"\s+mychione\s+(.{2,40}?),?\s*cre\s+va\s+son\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"y\s+laa\s+(ran|cycled|swam|rode)\s+mee\s+(\d+(?:\.\d+)?\s*km),?\s*cre\s+va\s+son\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"laa\s+yn\s+(.{2,60}?),\s*c['’]raad\s+" + _ATE + r"\s+(?:my\s+|son\s+)?" + _MEAL,
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"yn\s+oie\s+lurg\s+y\s+(.{2,60}?),\s*" + _HOW_MANY + r"\s+oor\s+chaddil\s+mee", r"how many hours did I sleep the night after the \1 meeting"),
    (r"lurg\s+y\s+(.{2,80}?),\s*quoi\s+va\s+ec\s+y\s+meeting", r"who was at the meeting right after the \1"),
    # comparisons and habits
    (r"(.{2,60}?)\s+ny\s+(.{2,60}?),\s*" + _Q + r"\s+oie\s+chaddil\s+mee\s+smoo", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"(.{2,60}?)\s+ny\s+(.{2,60}?),\s*" + _Q + r"\s+laa\s+va\s+smoo\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"(.{2,60}?)\s+ny\s+(.{2,60}?),\s*" + _Q + r"\s+workout\s+va\s+ny\s+s['’]liauyr", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"ren\s+mee\s+iu\s+smoo\s+caffee\s+this\s+week\s+na\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"caffee\s+ec\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ny\s+s['’]anmey,?\s*vel\s+mee\s+cadley\s+ny\s+(?:s['’]girrey|sloo)",
     r"do I sleep less after coffee at \1 or later"),
    (r"shibber\s+ec\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ny\s+s['’]anmey,?\s*vel\s+mee\s+cadley\s+ny\s+(?:sloo|s['’]girrey)",
     r"do I sleep less after dinner at \1 or later"),
    (r"lurg\s+laa\s+workout,?\s*vel\s+mee\s+cadley\s+ny\s+s['’]liauyr", "do I sleep longer after workout days than after rest days"),
    (r"laaghyn\s+workout,?\s*vel\s+mee\s+iu\s+smoo\s+caffee", "do I drink more coffee on workout days than on rest days"),
    (r"laa\s+(\d{2,4}\s*mg)\s+caffeine\s+ny\s+smoo,?\s*kys\s+ta\s+my\s+chadley",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    # meetings
    (r"^quoi\s+va\s+ec\s+y\s+(.{2,80}?)\s+" + _DAY_ENDS, r"who was at the \1 meeting \2"),
    (r"^cre\s+cho\s+liauyr\s+va['’]n\s+(.{2,80}?)\s+" + _DAY_ENDS + r",?\s+ayns\s+minnidyn", r"how many minutes was the \1 meeting \2"),
    (_HOW_MANY + r"\s+meeting\s+va\s+aym", "how many meetings did I have"),
    (_Q + r"\s+traa\s+ren\s+yn\s+chied\s+meeting\s+goll\s+rish", "what time did my first meeting start"),
    (r"^" + _HOW_MANY + r"\s+minnid\s+va['’]n\s+(.{2,80}?)\s+" + _DAY_ENDS, r"how many minutes did the \1 \2 last"),
    # meals, sleep, workouts, coffee
    (r"c['’]raad\s+" + _ATE + r"\s+(?:my\s+|son\s+)?" + _MEAL, lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"cre\s+d['’]ee\s+mee\s+son\s+" + _MEAL, lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (_MEAL + r"\s+(.{0,40}?),?\s*cre\s+d['’]ee\s+mee", lambda m: f"what did I eat for {_MEALS[m[1].lower()]} {m[2]}"),
    (r"chaddil\s+mee\s+da?y\s+mie\s+ny\s+da?y\s+olk", "how well did I sleep, good or poor"),
    (_HOW_MANY + r"\s+oor\s+chaddil\s+mee", "how many hours did I sleep"), (_Q + r"\s+traa\s+hie\s+mee\s+da?y\s+lhie", "what time did I go to bed"),
    (_Q + r"\s+traa\s+dooisht\s+mee", "what time did I wake up"),
    (_Q + r"\s+sport\s+ren\s+mee", "what kind of workout did I do"),
    (r"^y\s+(.{2,80}?)\s+ec\s+(.{2,40}?),\s*" + _Q + r"\s+average\s+heart\s+rate\s+aym", r"what was my average heart rate during the \1 \2"),
    (_HOW_MANY + r"\s+km\s+roie\s+mee", "how many km did I run"), (_HOW_MANY + r"\s+km\s+er\s+y\s+bike", "how many km did I cycle"),
    (_HOW_MANY + r"\s+metre\s+snaue\s+mee", "how far did I swim"),
    (_HOW_MANY + r"\s+km\s+(running|cycling|swimming|run|cycle|swim)", r"how many km of \1 in total"),
    (_HOW_MANY + r"\s+workout\s+ren\s+mee", "how many workouts did I do"),
    (_HOW_MANY + r"\s+cappan\s+caffee", "how many coffees did I drink"),
    (_HOW_MANY + r"\s+mg\s+caffeine(?:\s+ghow\s+mee)?", "how much caffeine in mg"),
    (r"yn\s+chied\s+caffee\s+(.{0,40}?),?\s*" + _Q + r"\s+traa", r"what time was my first coffee \1"),
    (r"yn\s+caffee\s+s['’]jerree\s+(.{0,40}?),?\s*" + _Q + r"\s+traa", r"what time was my last coffee \1"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"cre['’]n|cre|wooad|c['’]raad|quoi|d['’]ee|mee|chaddil|dooisht|lhie|shibber|brishey-trostey|cappan|caffee|"
                           r"lurg|laa|laaghyn|oie|smoo|liauyr|s['’]liauyr|minnid|minnidyn|roie|snaue|insh|dou|lioar|moylley|"
                           r"eroplane|quallian|inneen|eash|chaghlaa|lhiggey|loayr|mychione|cadley|vel|iu|jiu|jea|nish|shen|roish|"
                           r"aym|ayns|cho|traa|chied|jerree|ghow|ec", least=2)

_FOLLOW_UPS = WordTable(((r"^as\s+([^?]{2,40}?)\s+nish\s*\?\s*$", r"and \1?"),), r"nish", least=1)  # "as Jemayrt 25/11 nish?": and Tuesday?


def from_manx(text: str) -> str:
    """``text`` with its Manx days, and the Manx phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
