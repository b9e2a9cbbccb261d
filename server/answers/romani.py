"""Romani in Latin letters in an English question, put into English.

Roma in Skopje mix Romani into English questions. Its weekdays ("Luja", "Marci", "Tetradji", "Zhoja", "Parashtuj", "Savato",
"Kurko": Monday to Sunday) stand before a date, dotted or in words ("Marci 30.12", "Marci dive 30.12": the day Tuesday, "Kurko
28 December"), or after a slashed one ("27/12 - Savato"); "avdive" is today, "ich" yesterday, "akava kurko" this week and "o
anglalo kurko" last week (Kurko, with its capital, is Sunday); a night is "ratji" ("Savato ratji 27.12-28.12", "ratji 25
December", "ich ratji 31.12-01.01": last night). Those become English. The phrases that carry what is asked ("keti sahatja
sovljum" (how many hours did I sleep), "kaj haljum ko dilaves" (where did I have lunch), "kon sas ko X meeting" (who was at the
X meeting)) become English too, where two of Romani's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import DOTTED_DATE as _DATE, LEADING_DAY as _LEADING_DAY, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"luja": "Monday", "marci": "Tuesday", "tetradji": "Wednesday", "zhoja": "Thursday", "parashtuj": "Friday",
             "savato": "Saturday", "kurko": "Sunday"}
_WD = r"((?-i:L)uja|(?-i:M)arci|(?-i:T)etradji|(?-i:Z)hoja|(?-i:P)arashtuj|(?-i:S)avato|(?-i:K)urko)"
_MEAL = r"(sabalakoro|dilaveskoro|ratjakoro)"
_MEALS = {"s": "breakfast", "d": "lunch", "r": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word[:1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+|(?-i:ich)\s+)?ratji\s+\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", lambda m: f"the night of {m[2]}"),
    (r"(?-i:ratji)\s+" + _WORDS_DATE, r"the night of \1"),
    (r"(?-i:o\s+)?anglalo\s+kurko", "last week"), (r"(?-i:akava)\s+kurko", "this week"),
    (r"(" + _DATE + r")\s*[-–]\s*" + _WD + r"(?![\w'’])", r"on \1"),  # "27/12 - Savato"
    (_WD + r"\s+dive(?=\s+" + _DATE + r")", "on"),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:avdive)(?=\s*\(?\s*\d)", "today"), (r"(?-i:ich)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"luja|marci|tetradji|zhoja|parashtuj|savato|kurko|avdive|ich|ratji|dive", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"koja\s+kniga\s+phendas\s+" + _NAME + r"\s+te\s+drabarav(?:,?\s+so\s+si\s+lako\s+anav)?", r"which book did \1 recommend"),
    (_NAME + r"\s+phendas\s+te\s+dikhav\s+jekh\s+filmo(?:,?\s+savo)?", r"which film did \1 recommend"),
    (_NAME + r"\s+phendas\s+mange\s+jekh\s+podcast(?:,?\s+savo)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+savo\s+restorani\s+hvalisardas(?:,?\s+sar\s+akharel\s+pe)?", r"which restaurant did \1 recommend"),
    (r"kaj\s+legardas\s+" + _NAME + r"\s+o\s+offsite(?:,?\s+ande\s+savo\s+foro)?", r"where is the offsite now, according to \1"),
    (r"kana\s+huljol\s+o\s+aeroplano\s+e\s+" + _NAME + r"-esko(?:,?\s+savo\s+sahati)?", r"when does \1's flight land"),
    (_NAME + r"\s+lilja\s+nevo\s+rikono(?:,?\s+so\s+si\s+lesko\s+anav)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+pali\s+legardas\s+o\s+(.{2,40}?)\s+launch(?:,?\s+ande\s+savo\s+dive\s+akana)?", r"what is the new date of the \2 launch according to \1"),
    (r"e\s+" + _NAME + r"-eski\s+chhaj\s+kobor\s+bersh\s+ka\s+avel(?:\s+ko\s+avutno\s+biav\s+dive)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"o\s+dive\s+kana\s+" + _NAME + r"\s+vakerdas\s+pa\s+(.{2,60}?),?\s+so\s+haljum\s+" + _MEAL + r"\s+habe",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"o\s+dive\s+kana\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km,?\s+so\s+haljum\s+" + _MEAL + r"\s+habe",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]} km"),
    (r"o\s+dive\s+e\s+(.{2,60}?)-esko,?\s+kaj\s+haljum\s+ko\s+dilaves", r"where did I have lunch on the day of the \1 meeting"),
    (r"palo\s+(.{2,60}?),?\s+odoja\s+rat\s+keti\s+sahatja\s+sovljum", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r"\s+palo\s+(.{2,100}?),?\s+kon\s+sas\s+ko\s+meeting", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"(.{2,60}?)\s+il\s+(.{2,60}?),\s*ande\s+savi\s+rat\s+majbut\s+sovljum", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"(.{2,60}?)\s+il\s+(.{2,60}?),\s*kaj\s+sas\s+majbut\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"(.{2,60}?)\s+il\s+(.{2,60}?),\s*kaj\s+majdur\s+kerdem\s+sporto", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+majbut\s+kafe\s+piljum\s+na\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"kana\s+piav\s+kafe\s+palo\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+sovav\s+harneder", r"do I sleep less after coffee at \1 or later"),
    (r"kana\s+hav\s+ratjakoro\s+habe\s+palo\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+sovav\s+harneder", r"do I sleep less after dinner at \1 or later"),
    (r"kana\s+kerav\s+sporto,?\s+sovav\s+majbut(?:\s+odoja\s+rat)?", "do I sleep longer after workout days than after rest days"),
    (r"kana\s+kerav\s+sporto,?\s+piav\s+majbut\s+kafe", "do I drink more coffee on workout days than on rest days"),
    (r"kana\s+lav\s+(\d{2,4})\s*mg\s+caffeine\s+il\s+majbut,?\s+sar\s+sovav",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    # meetings and workouts named
    (r"^" + _LEADING_DAY + r"\s+kon\s+sas\s+ko\s+(.{2,80}?)\s+meeting", r"who was at the \2 meeting \1"),
    (r"^" + _LEADING_DAY + r"\s+o\s+(.{2,80}?)\s+meeting\s+keti\s+minutija\s+ingardas", r"how many minutes was the \2 meeting \1"),
    (r"keti\s+meetingja\s+sas\s+man", "how many meetings did I have"),
    (r"kana\s+lilja\s+o\s+angluno\s+meeting", "what time did my first meeting start"),
    (r"^" + _LEADING_DAY + r"\s+o\s+(.{2,100}?),?\s+keti\s+sas\s+o\s+heart\s+rate\s+mashkar", r"what was my average heart rate during the \2 \1"),
    (r"^" + _LEADING_DAY + r"\s+o\s+(.{2,100}?)\s+keti\s+minutija\s+sas", r"how many minutes did the \2 \1 last"),
    # meals, sleep, workouts, coffee
    (r"so\s+haljum\s+" + _MEAL + r"\s+habe", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"kaj\s+haljum\s+ko\s+dilaves", "where did I have lunch"), (r"kaj\s+haljum\s+" + _MEAL + r"\s+habe", lambda m: f"where did I have {_meal(m[1])}"),
    (r"lachhes\s+sovljum\s+il\s+na", "how well did I sleep, good or poor"),
    (r"keti\s+sahatja\s+sovljum", "how many hours did I sleep"), (r"kana\s+gelem\s+te\s+sovav", "what time did I go to bed"),
    (r"kana\s+ushtilem", "what time did I wake up"), (r"savo\s+sporto\s+kerdem", "what kind of workout did I do"),
    (r"e\s+biciklasa\s+keti\s+km\s+gelem", "how many km did I cycle"), (r"keti\s+km\s+nashlem", "how many km did I run"),
    (r"ko\s+bazeni\s+keti\s+metrija\s+plivindem", "how far did I swim"),
    (r"keti\s+km\s+(running|cycling|swimming|run|cycle|swim)\s+kerdem", r"how many km of \1 in total"),
    (r"keti\s+drama\s+sporto\s+kerdem", "how many workouts did I do"),
    (r"keti\s+kafe\s+piljum", "how many coffees did I drink"), (r"keti\s+mg\s+caffeine\s+lijem", "how much caffeine in mg"),
    (r"kana\s+piljum\s+o\s+angluno\s+kafe", "what time was my first coffee"), (r"kana\s+piljum\s+o\s+palutno\s+kafe", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"keti|kana|kaj|kon|sas|so|savo|savi|haljum|habe|sovljum|sovav|piljum|kafe|kerdem|sporto|nashlem|gelem|"
                           r"plivindem|lijem|minutija|ingardas|mashkar|phendas|hvalisardas|legardas|lilja|rikono|anav|huljol|"
                           r"aeroplano|chhaj|bersh|vakerdas|palo|odoja|majbut|majdur|harneder|kerav|piav|lav|dilaves|"
                           r"sabalakoro|dilaveskoro|ratjakoro|lachhes|ushtilem|angluno|palutno|meetingja|biciklasa|bazeni|il", least=2)
_FOLLOW_UPS = WordTable(((r"^a\s+o\s+dive\s+anglal\s*\??$", "and the day before?"), (r"^a\s+e\s+rat\s+anglal\s*\??$", "and the night before?"),
                         (r"^odova\s+meeting\s+keti\s+minutija\s+sas\s*\??$", "and how long was that meeting?"),
                         (r"^a\s+(?:avdive|today),?\s+dzi\s+akana\s*\??$", "and today so far?"),
                         (r"^thaj\s+e\s+" + _NAME + r"\s*\??$", r"and \1?"), (r"^thaj\s+([^?]{2,40}?)\s+so\s*\??$", r"and \1?")),
                        r"thaj|anglal|dzi|odova", least=1)


def from_romani(text: str) -> str:
    """``text`` with its Romani days, and the Romani phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
