"""Udmurt (udmurt kyl, a Permic language of Udmurtia) in Latin letters in an English question, put into English.

People in Izhevsk type Udmurt inside English questions, in Latin letters. Its weekdays ("Vordiskon", "Pukson", "Virnunal",
"Pokchiarna", "Udmurtarna", "Kosnunal", "Arnyanunal": Monday to Sunday) stand beside a date, dotted or slashed ("Vordiskon
08.12", "Vordiskon 8 December", "Vordiskon nunal 08.12": the day Monday, "08/12 (Vordiskon)"); "tunne" is today, "tolon"
yesterday, "tu arna" this week, "ortchem arna" last week, "Vordiskon-ysen" since Monday; a night is "X uy" after the day it
starts on ("Vordiskon uy 08.12-09.12", "the uy of 8 December", "tolon uy 07.12-08.12": last night). Those become English.
The phrases that carry what is asked ("köny chas izi mon" (how many hours did I sleep), "nunaz siyon kytyn" (where was lunch),
"kin lyktiz" (who came)) become English too, where two of Udmurt's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import DOTTED_DATE as _DATE, LEADING_DAY as _LEADING_DAY, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"vordiskon": "Monday", "pukson": "Tuesday", "virnunal": "Wednesday", "pokchiarna": "Thursday", "udmurtarna": "Friday",
             "kosnunal": "Saturday", "arnyanunal": "Sunday"}
_WD = r"((?-i:V)ordiskon|(?-i:P)ukson|(?-i:V)irnunal|(?-i:P)okchiarna|(?-i:U)dmurtarna|(?-i:K)osnunal|(?-i:A)rnyanunal)"
_KONY = r"k[öo]ny"  # "how many"
_MEAL = r"(chukna|nunaz\s+siyon|nunaz|zhyt\s+siyon)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return {"c": "breakfast", "n": "lunch"}.get(word[:1].lower(), "dinner")


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+|(?-i:tolon)\s+)uy\s+\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", lambda m: f"the night of {m[2]}"),
    (r"the\s+uy\s+of\s+" + _WORDS_DATE, r"the night of \1"),
    (_WD + r"-ysen", lambda m: f"since {_day(m[1])}"),
    (r"ortchem\s+arna(?:-les)?", "last week"), (r"tu\s+arna", "this week"),
    (r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),  # "08/12 (Vordiskon)"
    (_WD + r"\s+nunal(?=\s+" + _DATE + r")", "on"),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:tunne)(?=\s*\(?\s*\d)", "today"), (r"(?-i:tolon)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"vordiskon|pukson|virnunal|pokchiarna|udmurtarna|kosnunal|arnyanunal|tunne|tolon|arna|uy", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^soles\s+azvyl\s+nunal\s*\??$", "and the day before?"), (r"^soles\s+azvyl\s+uy\s*\??$", "and the night before?"),
    (r"^so\s+meeting\s+" + _KONY + r"\s+minut\s+val\s*\??$", "and how long was that meeting?"),
    (r"^(?:tunne|today),?\s+ali\s+vylem\s*\??$", "and today so far?"),
    # what someone said
    (_NAME + r"\s+mynym\s+kudiz\s+kniga\s+lyddyny\s+shuiz", r"which book did \1 recommend"),
    (_NAME + r"\s+mynym\s+kudiz\s+kino\s+uchkyny\s+shuiz", r"which film did \1 recommend"),
    (_NAME + r"\s+mynym\s+kudiz\s+podcast\s+kylzyny\s+shuiz", r"which podcast did \1 recommend"),
    (_NAME + r"\s+mynym\s+kudiz\s+restaurant-ez\s+shuiz(?:,?\s+kytyn\s+siyon\s+umoy)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite-ez\s+kytchy\s+vuttiz(?:,?\s+kudiz\s+gurt)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+samolet-en\s+kuke\s+lyktoz", r"when does \1's flight land"),
    (_NAME + r"\s+pinal\s+puny\s+basytiz,?\s+solen\s+nimyz\s+mar", r"what is the name of \1's new dog"),
    (_NAME + r"\s+(.{2,40}?)\s+launch-ez\s+kudiz\s+date-e\s+vuttiz", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+nylyz\s+vordskem\s+nunal-e\s+" + _KONY + r"\s+ares\s+luoz", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,40}?)\s+syarys\s+verashkem\s+nunal-e\s+zhyt\s+siyon\s+mar\s+val",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"(\d+(?:\.\d+)?\s*km)\s+(ran|cycled|swam|rode)\s+nunal-e\s+zhyt\s+siyon\s+mar\s+val", r"what did I eat for dinner on the day I \2 \1"),
    (r"(.{2,60}?)\s+nunal-e\s+nunaz\s+siyon\s+kytyn\s+val", r"where did I have lunch on the day of the \1 meeting"),
    (r"(.{2,60}?)\s+bere\s+uy\s+" + _KONY + r"\s+chas\s+izi", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,100}?)\s+bere\s+meeting-e\s+kin\s+lyktiz", r"who was at the meeting right after the \2 \1"),
    (r"^(.{2,100}?)\s+bere\s+meeting-e\s+kin\s+lyktiz", r"who was at the meeting right after the \1"),
    # comparisons and habits
    (r"(.{2,60}?)\s+yake\s+(.{2,60}?),\s*kudiz\s+uy\s+tros\s+izi", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"(.{2,60}?)\s+yake\s+(.{2,60}?),\s*kudiz\s+nunal\s+caffeine\s+tros", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"(.{2,60}?)\s+yake\s+(.{2,60}?),\s*kudiz\s+nunal\s+workout\s+kuzyn", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+kofe\s+tros-a,?\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+bere\s+kofe\s+juy\s+ke,?\s+izem\s+ichi\s+luo-a", r"do I sleep less after coffee at \1 or later"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+bere\s+zhyt\s+siyon\s+sii\s+ke,?\s+izem\s+ichi\s+luo-a", r"do I sleep less after dinner at \1 or later"),
    (r"workout\s+nunal\s+bere\s+uy\s+tros\s+izi-a", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+nunal-yos\s+kofe\s+tros\s+juo-a(?:\s+mon)?", "do I drink more coffee on workout days than on rest days"),
    (r"(\d{2,4}\s*mg)\s+caffeine\s+yake\s+tros\s+nunal\s+bere,?\s+izem\s+kyzy",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    # meetings
    (r"^" + _LEADING_DAY + r"\s+(.{2,80}?)-e\s+kin\s+lyktiz", r"who was at the \2 meeting \1"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,80}?)\s+" + _KONY + r"\s+minut\s+munditiz", r"how many minutes was the \2 meeting \1"),
    (_KONY + r"\s+meeting\s+val", "how many meetings did I have"),
    (r"nyrysetiez\s+meeting\s+kuke\s+kutskiz", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+" + _KONY + r"\s+minut\s+val", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+kytyn\s+sii\s+mon", lambda m: f"where did I have {_meal(m[1])}"),
    (_MEAL + r"\s+mar\s+(?:sii\s+mon|val)", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"umoy\s+izi-a\s+ug-a", "how well did I sleep, good or poor"),
    (_KONY + r"\s+chas\s+izi(?:\s+mon)?", "how many hours did I sleep"), (r"kuke\s+izyny\s+vydi", "what time did I go to bed"),
    (r"kuke\s+sayki\s+mon", "what time did I wake up"),
    (r"kudiz\s+sport-en\s+mon\s+vetli", "what kind of workout did I do"),
    (r"^(.{2,100}?)\s+dyrya,?\s+average\s+heart\s+rate\s+" + _KONY + r"\s+val", r"what was my average heart rate during the \1"),
    (r"velik-en\s+" + _KONY + r"\s+km", "how many km did I cycle"), (_KONY + r"\s+km\s+bizi\s+mon", "how many km did I run"),
    (_KONY + r"\s+metr\s+ujai\s+mon", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+" + _KONY + r"\s+km", r"how many km of \1 in total"),
    (r"this\s+week\s+" + _KONY + r"\s+workout", "how many workouts did I do this week"),
    (_KONY + r"\s+kofe\s+juy\s+mon", "how many coffees did I drink"),
    (_KONY + r"\s+mg\s+caffeine", "how much caffeine in mg"),
    (r"nyrysetiez\s+kofe\s+kuke\s+juy", "what time was my first coffee"),
    (r"berpumetiez\s+kofe\s+kuke\s+juy", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"k[öo]ny|kuke|kytyn|kudiz|mynym|shuiz|sii|mon|siyon|nunaz|chukna|zhyt|izi|izi-a|chas|minut|munditiz|"
                           r"lyktiz|bizi|ujai|metr|velik-en|juy|nyrysetiez|berpumetiez|kutskiz|sayki|izyny|vydi|bere|yake|tros|"
                           r"izem|soles|azvyl|nunal|nunal-e|syarys|verashkem|samolet-en|pinal|nimyz|nylyz|ares|tunne|tolon|uy|"
                           r"arna|vylem|kniga|kylzyny|uchkyny|vetli|dyrya|luo-a|juo-a|kyzy|kuzyn|vuttiz|launch-ez|vordiskon(?:-ysen)?|pukson|virnunal|"
                           r"pokchiarna|udmurtarna|kosnunal|arnyanunal|kin(?=\s+lyktiz)", least=2)
_FOLLOW_UPS = WordTable(((r"^([^?]{2,40}?)\s+ke\s*\?\s*$", r"and \1?"),), r"ke", least=1)  # "Pukson 09.12 ke?": and Tuesday?


def from_udmurt(text: str) -> str:
    """``text`` with its Udmurt days, and the Udmurt phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
