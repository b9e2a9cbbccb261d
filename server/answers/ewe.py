"""Ewe in an English question, put into English.

People in Togo and Ghana write the days of their calendar in English questions: its weekdays ("Dzoɖa", "Braɖa", "Kuɖa",
"Yawoɖa", "Fiɖa", "Memleɖa", "Kɔsiɖa": Monday to Sunday) beside a date ("Dzoɖa (11/08)", "11 August (Dzoɖa)"), "egbe"
(today), "etsɔ" (yesterday), "kɔsiɖa sia" (this week: "kɔsiɖa" is a week too), "tso Dzoɖa" (since Monday), and nights with
"zã" after the day they start on ("Dzoɖa zã (11/08-12/08)", "11 August zã"). Those become English. The phrases that carry
what is asked ("ame kawoe nɔ eme" (who was in it), "medɔ alɔ̃ gaƒoƒo nenie" (how many hours did I sleep), "nuka meɖu" (what
did I eat)) become English too, where two of Ewe's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"dzoɖa": "Monday", "braɖa": "Tuesday", "kuɖa": "Wednesday", "yawoɖa": "Thursday", "fiɖa": "Friday",
             "memleɖa": "Saturday", "kɔsiɖa": "Sunday"}
_WD = r"((?-i:D)zoɖa|(?-i:B)raɖa|(?-i:K)uɖa|(?-i:Y)awoɖa|(?-i:F)iɖa|(?-i:M)emleɖa|(?-i:K)ɔsiɖa)"  # capitalised: "kɔsiɖa" is a week
_DATE = r"\d{1,2}/\d{1,2}"
_WORDS_DATE = r"(\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
_MEALS = {"ŋdinu": "breakfast", "ŋdɔnu": "lunch", "fiẽnu": "dinner", "ŋdɔ": "lunch", "fiẽ": "dinner"}
_MEAL = "(ŋdinu|ŋdɔnu|fiẽnu|ŋdɔ|fiẽ)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"|etsɔ)\s+zã\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"(?:" + _WD + r"\s+)?" + _WORDS_DATE + r"\s+zã", r"the night of \2"), (r"etsɔ\s+zã", "last night"),
    (_WD + r"\s+zã", lambda m: f"{_day(m[1])} night"),
    (r"kɔsiɖa\s+si\s+va\s+yi", "last week"), (r"kɔsiɖa\s+sia(?:\s+me)?", "this week"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (r"tso\s+" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"egbe", "today"), (r"etsɔ", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"egbe|etsɔ|zã|kɔsiɖa|" + _WD, least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^ŋkeke\s+si\s+do\s+ŋgɔ\s+na\s+ema\s+hã", "and the day before"), (r"^zã\s+si\s+do\s+ŋgɔ\s+na\s+ema\s+hã", "and the night before"),
    (r"^(?:today|egbe)\s+hã\??\s*va\s+se\s+ɖe\s+fifia", "and today so far"), (r"^meeting\s+ma,?\s*exɔ\s+aɖabaƒoƒo\s+nenie", "and how long was that meeting"),
    (r"^" + _NAME + r"\s+hã\??", r"and \1?"),
    # what someone said
    (_NAME + r"\s+gblɔ\s+agbalẽ\s+aɖe\s+nam,?\s*eŋkɔ\s+nye\s+nuka", r"which book did \1 recommend"),
    (r"film\s+ka\s+" + _NAME + r"\s+be\s+mele\s+be\s+makpɔ", r"which film did \1 recommend"),
    (r"podcast\s+ka\s+" + _NAME + r"\s+be\s+mase", r"which podcast did \1 recommend"),
    (r"offsite\s+la,?\s*" + _NAME + r"\s+be\s+wotsɔe\s+yi\s+du\s+ka\s+me", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+kafu\s+nuɖuƒe\s+aɖe\s+ŋutɔ,?\s*nuka\s+nye\s+eŋkɔ", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+ƒe\s+yameʋu\s+aɖo\s+\S+\s+le\s+ga\s+ka\s+me", r"when does \1's flight land"),
    (_NAME + r"\s+ƒe\s+avu\s+yeye\s+la,?\s*eŋkɔ\s+nye\s+nuka", r"what is the name of \1's new dog"),
    (r"(.{2,30}?)\s+launch\s+la,?\s*" + _NAME + r"\s+be\s+woɖoe\s+ɖe\s+ŋkeke\s+ka\s+dzi\s+fifia", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+ƒe\s+vinyɔnu\s+axɔ\s+ƒe\s+nenie\s+le\s+eƒe\s+birthday\s+si\s+gbɔna", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"ŋkeke\s+si\s+" + _NAME + r"\s+ƒo\s+nu\s+tso\s+(.{2,40}?)\s+ŋu,?\s*" + _MEAL + r"\s+nuka\s+meɖu",
     lambda m: f"what did I eat for {_MEALS[m[3]]} on the day {m[1]} mentioned {m[2]}"),
    (r"ŋkeke\s+si\s+me\s+((?:i|I)\s+.{2,30}?)\s+la,?\s*nuka\s+meɖu\s+le\s+" + _MEAL + r"\s+me", lambda m: f"what did I eat for {_MEALS[m[2]]} on the day {m[1]}"),
    (r"ŋkeke\s+si\s+(.{2,60}?)\s+meeting\s+la\s+wɔ,?\s*afi\s+ka\s+meɖu\s+" + _MEAL + r"\s+le",
     lambda m: f"where did I have {_MEALS[m[2]]} on the day of the {m[1]} meeting"),
    (r"(.{2,60}?)\s+meeting\s+megbe\s+zã\s+la,?\s*medɔ\s+alɔ̃\s+gaƒoƒo\s+nenie", r"how many hours did I sleep the night after the \1 meeting"),
    (r"(.{2,80}?)\s+megbe,?\s*meeting\s+si\s+kplɔe\s+ɖo\s+la,?\s*ame\s+kawoe\s+nɔ\s+eme", r"who was at the meeting right after the \1"),
    # meetings
    (r"(.{2,60}?)\s+meeting\s+(.{0,40}?),?\s*ame\s+kawoe\s+nɔ\s+eme", r"who was at the \1 meeting \2"),
    (r"(.{2,60}?)\s+meeting\s+(.{0,40}?),?\s*exɔ\s+aɖabaƒoƒo\s+nenie", r"how many minutes was the \1 meeting \2"),
    (r"meeting\s+gbãtɔ\s+dze\s+egɔme\s+le\s+ga\s+ka\s+me", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (_MEAL + r",?\s*nuka\s+meɖu", lambda m: f"what did I eat for {_MEALS[m[1]]}"),
    (r"nuka\s+meɖu\s+le\s+" + _MEAL + r"\s+me", lambda m: f"what did I eat for {_MEALS[m[1]]}"),
    (_MEAL + r"(?:\s+la)?,?\s*afi\s+ka\s+meɖui\s+le", lambda m: f"where did I have {_MEALS[m[1]]}"),
    (_MEAL + r"\s+me,?\s*nuɖuƒe\s+ka\s+meɖu\s+nu\s+le", lambda m: f"where did I have {_MEALS[m[1]]}"),
    (r"medɔ\s+alɔ̃\s+nyuie\s+alo\s+vɔ̃", "did I sleep well or badly"), (r"medɔ\s+alɔ̃\s+gaƒoƒo\s+nenie", "how many hours did I sleep"),
    (r"meyi\s+mlɔ\s+anyi\s+le\s+ga\s+ka\s+me", "what time did I go to bed"), (r"mefɔ\s+le\s+ga\s+ka\s+me", "what time did I get up"),
    (r"run\s+la,?\s*meƒu\s+du\s+km\s+nenie", "how many km did I run"), (r"meku\s+gasɔ\s+yi\s+km\s+nenie", "how many km did I cycle"),
    (r"meƒu\s+tsi,?\s*distance\s+nenie", "how far did I swim"), (r"xɔ\s+aɖabaƒoƒo\s+nenie", "how many minutes did it last"),
    (r"workout\s+ka\s+mewɔ", "what kind of workout did I do"), (r"workout\s+zi\s+nenie\s+mewɔ(?:\s+va\s+se\s+ɖe\s+fifia)?", "how many workouts did I do"),
    (r"(running|cycling|swimming)\s+km\s+nenie\s+mewɔ", r"how many km of \1 in total"),
    (r"coffee\s+gbãtɔ,?\s*meno\s+le\s+ga\s+ka\s+me", "what time was my first coffee"), (r"coffee\s+mamlɛtɔ,?\s*ga\s+ka\s+me", "what time was my last coffee"),
    (r"nye\s+heart\s+rate\s+ƒe\s+average\s+nye\s+nenie", "what was my average heart rate"),
    # comparisons and habits
    (r"^(.{2,40}?)\s+kple\s+(.{2,40}?),\s*zã\s+kae\s+medɔ\s+alɔ̃\s+didi\s+wu\??\s*gaƒoƒo\s+of\s+both",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,40}?)\s+kple\s+(.{2,40}?),\s*ŋkeke\s+kae\s+caffeine\s+sɔ\s+gbɔ\s+wu", r"which day had more caffeine, \1 or \2"),
    (r"^(.{2,40}?)\s+ƒe\s+workout\s+kple\s+(.{2,40}?)\s+ƒe\s+workout,?\s*kae\s+didi\s+wu\??\s*aɖabaƒoƒo\s+of\s+both",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week,?\s*meno\s+coffee\s+wu\s+last\s+week,?\s*alo\s+ebɔbɔ", "did I drink more coffee this week than last week or less"),
    (r"ne\s+meno\s+coffee\s+le\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+alo\s+emegbe\s+la,?\s*alɔ̃\s+si\s+medɔna\s+ɖiɖina\s+a",
     r"do I sleep less after coffee at \1 or later"),
    (r"ne\s+meɖu\s+fiẽnu\s+le\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+alo\s+emegbe,?\s*nye\s+alɔ̃\s+ɖiɖina\s+a", r"do I sleep less after dinner at \1 or later"),
    (r"workout\s+ŋkekewo\s+ƒe\s+zã\s+me,?\s*medɔa\s+alɔ̃\s+didi\s+wu\s+rest\s+day\s+ŋkekewo\s+a", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+ŋkekewo\s+dzi,?\s*meno\s+coffee\s+wu\s+rest\s+days\s+a", "do I drink more coffee on workout days than on rest days"),
    (r"ŋkeke\s+siwo\s+me\s+caffeine\s+ɖo\s+(\d{2,4}\s*mg)\s+alo\s+wu,?\s*ale\s+ke\s+medɔa\s+alɔ̃\s+le\s+zã\s+si\s+kplɔe\s+ɖo\s+me\??\s*"
     r"compare\s+with\s+the\s+other\s+nights", r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    remark_after(("and", "or", "with", "give")),  # "... ? my memory is blank": a remark after the question
)
_TABLE = WordTable(_ASKED, r"nuka|meɖu|meɖui|medɔ|alɔ̃|gaƒoƒo|aɖabaƒoƒo|nenie|kawoe|nuɖuƒe|ŋkeke\w*|zã|kple|megbe|gbãtɔ|"
                           r"mamlɛtɔ|meno|mefɔ|mlɔ|meƒu|meku|gasɔ|eŋkɔ|gblɔ|ƒe|hã|fifia|ŋdinu|ŋdɔnu|fiẽnu|ŋdɔ|fiẽ|ɖiɖina|"
                           r"medɔa|medɔna|ebɔbɔ|kafu|avu|vinyɔnu|makpɔ|mase|wotsɔe|woɖoe|yameʋu|mewɔ|exɔ|egɔme", least=1)


def from_ewe(text: str) -> str:
    """``text`` with its Ewe days, and the Ewe phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
