"""Bemba (Icibemba) in an English question, put into English.

People in Zambia and Haut-Katanga type Bemba inside English questions. Its weekdays ("Palichimo", "Palichibili",
"Palichitatu", "Palichine", "Palichisano", "Pachibelushi", "Pamulungu": Monday to Sunday) stand beside a date ("Palichibili
(21/10)", "Palichibili, 21 October", "Palichibili 21 October"); "lelo" is today, "mailo" yesterday, "uyu mulungu" this week,
"umulungu wafumineko" last week, "ukufuma Palichimo" since Monday; a night is "ubushiku bwa X" ("ubushiku bwa Palichimo
(20/10-21/10)", "ubushiku bwa 20 October", "ubushiku bwa mailo (...)"). Those become English. The phrases that carry what
is asked ("nalele ama hour ayenga" (how many hours did I sleep), "lunch nalile kwi" (where did I have lunch), "nali na
ukulongana kunga" (how many meetings)) become English too, where two of Bemba's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"palichimo": "Monday", "palichibili": "Tuesday", "palichitatu": "Wednesday", "palichine": "Thursday",
             "palichisano": "Friday", "pachibelushi": "Saturday", "pamulungu": "Sunday"}
_WD = r"((?-i:P)alichimo|(?-i:P)alichibili|(?-i:P)alichitatu|(?-i:P)alichine|(?-i:P)alichisano|(?-i:P)achibelushi|(?-i:P)amulungu)"
_MEALS = {"ulucelo": "breakfast", "akasuba": "lunch", "icungulo": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"ubushiku\s+bwa\s+(?:" + _WD + r"\s*|(?-i:mailo)\s*)\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"ubushiku\s+bwa\s+" + _WORDS_DATE, r"the night of \1"), (r"ubushiku\s+bwa\s+" + _WD + r"(?!\s*\()", lambda m: f"{_day(m[1])} night"),
    (r"ukufuma\s+" + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (r"umulungu\s+wafumineko", "last week"), (r"uyu\s+mulungu", "this week"),
    (_WD + r",?\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:lelo)(?=\s*\(\s*\d)", "today"), (r"(?-i:mailo)(?=\s*\(\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"palichimo|palichibili|palichitatu|palichine|palichisano|pachibelushi|pamulungu|lelo|mailo|ubushiku|"
                              r"mulungu", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Bemba words
    # follow-ups
    (r"^bushiku\s+bwa\s+ntanshi\s+yakwe\s*\??$", "and the day before?"), (r"^ubushiku\s+bwa\s+ntanshi\s+yakwe\s*\??$", "and the night before?"),
    (r"^ukulongana\s+kulya\s+kwapokele\s+ama\s+minute\s+ayenga", "and how long was that meeting"),
    (r"^na\s+(?:lelo|today),?\s+mpaka\s+nomba", "and today so far"),
    # what someone said
    (_NAME + r"\s+alinsokele\s+ukuti\s+mbelenge\s+ibuku\s+nshi", r"which book did \1 recommend"),
    (_NAME + r"\s+alinsokele\s+podcast\s+nshi", r"which podcast did \1 recommend"),
    (_NAME + r"\s+atile\s+film\s+nshi(?:\s+nkamone)?", r"which film did \1 recommend"),
    (_NAME + r"\s+atile\s+offsite\s+yasendwa\s+ku\s+musumba\s+nshi", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+alitasha\s+restaurant\s+nshi(?:\s+sana)?", r"which restaurant did \1 recommend"),
    (r"indeke\s+ya\s+" + _NAME + r"\s+ikesa\s+pa\s+nshita\s+nshi", r"when does \1's flight land"),
    (r"akabwa\s+ka\s+" + _NAME + r"\s+bakainike\s+shani", r"what is the name of \1's new dog"),
    (_NAME + r"\s+atile\s+launch\s+ya\s+(.{2,40}?)\s+yasendwa\s+ku\s+bushiku\s+nshi", r"what is the new date of the \2 launch according to \1"),
    (r"umwana\s+umukashana\s+wa\s+" + _NAME + r"\s+akaba\s+ne\s+myaka\s+inga(?:\s+pa\s+birthday)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"ubushiku\s+" + _NAME + r"\s+alandile\s+pa\s+(.{2,40}?),?\s*(ulucelo|akasuba|icungulo)\s+nalile\s+cinshi",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"ubushiku\s+nali\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*(ulucelo|akasuba|icungulo)\s+nalile\s+cinshi",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"ubushiku\s+bwa\s+(.{2,60}?),\s*(lunch|dinner)\s+nalile\s+kwi", r"where did I have \2 on the day of the \1 meeting"),
    (r"ubushiku\s+panuma\s+ya\s+(.{2,60}?),\s*nalele\s+ama\s+hour\s+ayenga", r"how many hours did I sleep the night after the \1 meeting"),
    (r"panuma\s+ya\s+(.{2,80}?),\s*ukulongana\s+kwakonkelepo\s+kwali\s+nani", r"who was at the meeting right after the \1"),
    # meetings
    (r"^ukulongana\s+kwa\s+(.{2,60})\s+" + _DAY + r"\s+kwali\s+nani", r"who was at the \1 meeting \2"),
    (r"^ukulongana\s+kwa\s+(.{2,60})\s+" + _DAY + r"\s+kwapokele\s+ama\s+minute\s+ayenga", r"how many minutes was the \1 meeting \2"),
    (r"nali\s+na\s+ukulongana\s+kunga", "how many meetings did I have"),
    (r"ukulongana\s+kwa\s+kubalilapo\s+kwatendeke\s+pa\s+nshita\s+nshi", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+yapokele\s+ama\s+minute\s+ayenga", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (r"(ulucelo|akasuba|icungulo)\s+nalile\s+cinshi", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"(lunch|dinner|breakfast)\s+nalile\s+kwi", r"where did I have \1"),
    (r"nalele\s+ama\s+hour\s+ayenga", "how many hours did I sleep"), (r"naile\s+mu\s+kulala\s+pa\s+nshita\s+nshi", "what time did I go to bed"),
    (r"nabukile\s+pa\s+nshita\s+nshi", "what time did I wake up"),
    (r"nalele\s+bwino\s+nangu\s+iyo", "how well did I sleep, good or poor"),
    (r"nacitile\s+exercise\s+nshi", "what kind of workout did I do"),
    (r"mu\s+(.{2,80}?)\s+umutima\s+wandi\s+wapumine\s+inshita\s+inga\s+pa\s+minute,?(?:\s+pa\s+average)?", r"what was my average heart rate during the \1"),
    (r"nabutwike\s+ama\s+kilometre\s+ayenga", "how many km did I run"), (r"nenshile\s+bicycle\s+ama\s+kilometre\s+ayenga", "how many km did I cycle"),
    (r"nowele\s+ama\s+metre\s+ayenga", "how far did I swim"),
    (r"(running|cycling|swimming)\s+yonse\s+(this\s+week)\s+ama\s+kilometre\s+ayenga", r"how many km of \1 in total \2"),
    (r"nacitile\s+ama\s+workout\s+ayenga", "how many workouts did I do"),
    (r"nanwene\s+ama\s+kofi\s+ayenga", "how many coffees did I drink"),
    (r"caffeine\s+yonse\s+yali\s+mg\s+ishinga", "how much caffeine in mg"),
    (r"kofi\s+wa\s+kubalilapo\s+nanwene\s+pa\s+nshita\s+nshi", "what time was my first coffee"),
    (r"kofi\s+wa\s+kulekelesha\s+nanwene\s+pa\s+nshita\s+nshi", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+nangu\s+(.{2,60}?),\s*bushiku\s+nshi\s+nalele\s+sana\??\s*(?:ama\s+hour\s+yonse)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+nangu\s+(.{2,60}?),\s*bushiku\s+nshi\s+caffeine\s+yafulile\??\s*(?:mg\s+ya\s+bushiku\s+bonse)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+nangu\s+(.{2,60}?),\s*exercise\s+nshi\s+yapokele\s+inshita\s+iitali", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+nanwene\s+kofi\s+uwingi\s+ukucila\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"nga\s+nanwa\s+kofi\s+pa\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+nangu\s+panuma,?\s*ndala\s+panono", r"do I sleep less after coffee at \1 or later"),
    (r"nga\s+nalya\s+icungulo\s+pa\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+nangu\s+panuma,?\s*ndala\s+panono", r"do I sleep less after dinner at \1 or later"),
    (r"inshiku\s+nacita\s+exercise\s+ndala\s+sana\s+ukucila\s+inshiku\s+shimbi", "do I sleep longer after workout days than after rest days"),
    (r"inshiku\s+nacita\s+exercise\s+nanwa\s+kofi\s+uwingi\s+ukucila\s+inshiku\s+sha\s+kutusha", "do I drink more coffee on workout days than on rest days"),
    (r"inshiku\s+caffeine\s+yafika\s+(\d{2,4}\s*mg)\s+nangu\s+ukucilapo,?\s*ukulala\s+kwandi\s+kuli\s+shani\s+ukulinganya\s+ne\s+nshiku\s+shimbi",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bnangu\b[^?]*\??\s*$", ""),  # "...? ku ng'anda nangu ku nse?": choices offered after the question
    (r"(?<=\?)\s*ishina(?:\s+fye|\s+lyakwe)?\s*$", ""),  # "? ishina fye": the name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"nalile|nalele|nshi|kwi|ayenga|inga|nshita|ukulongana|kwali|nani|nangu|panuma|alinsokele|atile|"
                           r"alitasha|indeke|ikesa|akabwa|bakainike|umukashana|myaka|ubushiku|bushiku|cinshi|ulucelo|akasuba|"
                           r"icungulo|nabukile|naile|kulala|nacitile|nabutwike|nenshile|nowele|nanwene|kofi|yonse|ishinga|"
                           r"kubalilapo|kulekelesha|kwatendeke|yapokele|kwapokele|inshiku|nacita|ndala|ukucila|ntanshi|yakwe|"
                           r"mpaka|nomba|lelo|mailo|mulungu|kunga|nali|palichimo|palichibili|palichitatu|palichine|palichisano|"
                           r"pachibelushi|pamulungu", least=2)
_FOLLOW_UPS = WordTable(((r"^([^?]{2,40}?)\s+kuli\s+shani\s*\?\s*$", r"and \1?"),), r"shani", least=1)  # "Tuesday kuli shani?"


def from_bemba(text: str) -> str:
    """``text`` with its Bemba days, and the Bemba phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
