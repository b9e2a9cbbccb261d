"""Romansh (Rumantsch Grischun) in an English question, put into English.

People in Graubünden mix Romansh into English questions. Its weekdays ("Glindesdi", "Mardi", "Mesemna", "Gievgia",
"Venderdi", "Sonda", "Dumengia": Monday to Sunday) stand before a dotted date with "ils" ("Mardi ils 30.12": on Tuesday the
30th), after "il di" ("il di Mardi 30.12"), before a date in words ("Mardi 30 December") or in brackets after a slashed one
("30/12 (Mardi)"); "oz" is today, "ier" yesterday, "quest'emna" this week and "l'emna passada" last week; a night is "la notg
da Mardi 30.12-31.12", "la notg dals 30 December" or "ier notg 30.12-31.12" (last night). Those become English. The phrases
that carry what is asked ("quantas uras hai jau durmi" (how many hours did I sleep), "nua hai jau mangia gentar" (where did I
have lunch), "tgi era a la sesida X" (who was at the X meeting)) become English too, where two of Romansh's own words say the
question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import DOTTED_DATE as _DATE, LEADING_DAY as _LEADING_DAY, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"glindesdi": "Monday", "mardi": "Tuesday", "mesemna": "Wednesday", "gievgia": "Thursday", "venderdi": "Friday",
             "sonda": "Saturday", "dumengia": "Sunday"}
_WD = r"((?-i:G)lindesdi|(?-i:M)ardi|(?-i:M)esemna|(?-i:G)ievgia|(?-i:V)enderdi|(?-i:S)onda|(?-i:D)umengia)"
_MEAL = r"(l['’]ensolver|gentar|tschaina)"
_MEALS = {"l": "breakfast", "g": "lunch", "t": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word[:1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"la\s+notg\s+da\s+" + _WD + r"\s+(" + _DATE + r")\s*[-–]\s*" + _DATE, r"the night of \2"),
    (r"la\s+notg\s+dals\s+" + _WORDS_DATE, r"the night of \1"),
    (r"(?-i:ier)\s+notg\s+(" + _DATE + r")\s*[-–]\s*" + _DATE, r"the night of \1"),
    (r"quest['’]emna", "this week"), (r"l['’]emna\s+passada", "last week"),
    (r"il\s+di\s+" + _WD + r"(?=\s+" + _DATE + r")", "on"),
    (_WD + r"\s+ils(?=\s+" + _DATE + r")", "on"),
    (r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),  # "30/12 (Mardi)"
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (r"(?-i:oz)\s+ils(?=\s+\d)", "today"), (r"(?-i:ier)\s+ils(?=\s+\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"glindesdi|mardi|mesemna|gievgia|venderdi|sonda|dumengia|ils|notg|emna", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"tge\s+cudesch\s+m['’]ha\s+" + _NAME + r"\s+recumanda(?:\s+da\s+leger)?(?:,?\s+tge\s+titel)?", r"which book did \1 recommend"),
    (_NAME + r"\s+ha\s+ditg\s+che\s+jau\s+stoppia\s+guardar\s+in\s+film(?:,?\s+tge\s+film(?:\s+exact)?)?", r"which film did \1 recommend"),
    (_NAME + r"\s+m['’]ha\s+recumanda\s+in\s+podcast(?:,?\s+tge\s+podcast)?", r"which podcast did \1 recommend"),
    (r"quala\s+ustaria\s+ha\s+" + _NAME + r"\s+luda(?:,?\s+tge\s+num\s+ha\s+ella)?", r"which restaurant did \1 recommend"),
    (r"nua\s+ha\s+" + _NAME + r"\s+spusta\s+l['’]offsite(?:,?\s+in\s+which\s+town(?:\s+now)?)?", r"where is the offsite now, according to \1"),
    (r"cura\s+atterra\s+l['’]aviun\s+da\s+" + _NAME + r"(?:,?\s+a\s+tge\s+ura)?", r"when does \1's flight land"),
    (_NAME + r"\s+ha\s+in\s+chaunet\s+nov(?:,?\s+tge\s+num\s+ha\s+el)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+ha\s+spusta\s+il\s+launch\s+da\s+(.{2,40}?)(?:,?\s+sin\s+tge\s+di(?:\s+now)?)?(?=\s*\?|$)",
     r"what is the new date of the \2 launch according to \1"),
    (r"quants\s+onns\s+vegn\s+la\s+figlia\s+da\s+" + _NAME + r"(?:\s+al\s+proxim\s+anniversari)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"il\s+di\s+che\s+" + _NAME + r"\s+ha\s+discurri\s+da\s+(.{2,60}?),?\s+tge\s+era\s+la\s+tschaina",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"il\s+di\s+che\s+jau\s+hai\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km,?\s+tge\s+era\s+la\s+tschaina",
     r"what did I eat for dinner on the day I \1 \2 km"),
    (r"il\s+di\s+da\s+la\s+(.{2,60}?),?\s+nua\s+hai\s+jau\s+mangia\s+gentar", r"where did I have lunch on the day of the \1 meeting"),
    (r"suenter\s+la\s+(.{2,60}?),?\s+quantas\s+uras\s+hai\s+jau\s+durmi(?:\s+quella\s+notg)?",
     r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r"\s+suenter\s+il\s+(.{2,100}?),?\s+tgi\s+era\s+a\s+la\s+sesida", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"(.{2,60}?)\s+u\s+(.{2,60}?),\s*cura\s+hai\s+jau\s+durmi\s+dapli", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"(.{2,60}?)\s+u\s+(.{2,60}?),\s*cura\s+hai\s+jau\s+gia\s+dapli\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"(.{2,60}?)\s+u\s+(.{2,60}?),\s*cura\s+hai\s+jau\s+fatg\s+sport\s+pli\s+ditg", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+dapli\s+cafe\s+che\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"sch['’]jau\s+bav\s+cafe\s+suenter\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+dorm\s+jau\s+damain", r"do I sleep less after coffee at \1 or later"),
    (r"sch['’]jau\s+mang\s+tschaina\s+suenter\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+dorm\s+jau\s+damain", r"do I sleep less after dinner at \1 or later"),
    (r"ils\s+dis\s+cun\s+sport,?\s+dorm\s+jau\s+dapli(?:\s+la\s+notg)?", "do I sleep longer after workout days than after rest days"),
    (r"ils\s+dis\s+cun\s+sport,?\s+bav\s+jau\s+dapli\s+cafe", "do I drink more coffee on workout days than on rest days"),
    (r"cun\s+(\d{2,4})\s*mg\s+caffeine\s+u\s+dapli,?\s+co\s+dorm\s+jau",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    # meetings and workouts named
    (r"^" + _LEADING_DAY + r"\s+tgi\s+era\s+a\s+la\s+sesida\s+(.{2,80}?)(?=\s*\?|$)", r"who was at the \2 meeting \1"),
    (r"^" + _LEADING_DAY + r"\s+la\s+sesida\s+(.{2,80}?),?\s+quants\s+minutes", r"how many minutes was the \2 meeting \1"),
    (r"quantas\s+sesidas\s+hai\s+jau\s+gia", "how many meetings did I have"),
    (r"cura\s+ha\s+cumenza\s+l['’]emprima\s+sesida", "what time did my first meeting start"),
    (r"^" + _LEADING_DAY + r"\s+il\s+(.{2,100}?),?\s+tge\s+heart\s+rate\s+aveva\s+jau\s+en\s+media", r"what was my average heart rate during the \2 \1"),
    (r"^" + _LEADING_DAY + r"\s+il\s+(.{2,100}?),?\s+quants\s+minutes\s+ha\s+el\s+dura", r"how many minutes did the \2 \1 last"),
    # meals, sleep, workouts, coffee
    (r"tge\s+hai\s+jau\s+mangia\s+a\s+" + _MEAL, lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"nua\s+hai\s+jau\s+mangia\s+gentar", "where did I have lunch"), (r"nua\s+hai\s+jau\s+fatg\s+tschaina", "where did I have dinner"),
    (r"hai\s+jau\s+durmi\s+bain\s+u\s+mal", "how well did I sleep, good or poor"),
    (r"quantas\s+uras\s+hai\s+jau\s+durmi", "how many hours did I sleep"), (r"a\s+tge\s+ura\s+sun\s+jau\s+i\s+en\s+letg", "what time did I go to bed"),
    (r"cura\s+sun\s+jau\s+sa\s+dasda", "what time did I wake up"), (r"tge\s+sport\s+hai\s+jau\s+fatg", "what kind of workout did I do"),
    (r"quants\s+km\s+cun\s+il\s+velo", "how many km did I cycle"), (r"quants\s+km\s+sun\s+jau\s+curri", "how many km did I run"),
    (r"quants\s+meters\s+hai\s+jau\s+nuda", "how far did I swim"),
    (r"quants\s+km\s+(running|cycling|swimming|run|cycle|swim)\s+hai\s+jau\s+fatg", r"how many km of \1 in total"),
    (r"quantas\s+giadas\s+hai\s+jau\s+fatg\s+sport", "how many workouts did I do"),
    (r"quants\s+cafes\s+hai\s+jau\s+bavi", "how many coffees did I drink"), (r"quant\s+mg\s+caffeine(?:\s+en\s+total)?", "how much caffeine in mg"),
    (r"cura\s+hai\s+jau\s+bavi\s+l['’]emprim\s+cafe", "what time was my first coffee"), (r"cura\s+hai\s+jau\s+bavi\s+l['’]ultim\s+cafe", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"tge|nua|cura|tgi|quants|quantas|quant|hai|jau|mangia|durmi|dorm|bavi|bav|cafes|sesida|sesidas|"
                           r"fatg|curri|nuda|velo|uras|dura|dapli|damain|suenter|recumanda|luda|ustaria|cudesch|"
                           r"spusta|atterra|aviun|chaunet|figlia|onns|discurri|gentar|tschaina|l'ensolver|letg|dasda|giadas|"
                           r"aveva|cumenza|emprim|emprima|ultim|sch'jau|mang|quest'emna|passada", least=2)
_FOLLOW_UPS = WordTable(((r"^e\s+il\s+di\s+avant\s*\??$", "and the day before?"), (r"^e\s+la\s+notg\s+avant\s*\??$", "and the night before?"),
                         (r"^e\s+quella\s+sesida,?\s+quants\s+minutes\s*\??$", "and how long was that meeting?"),
                         (r"^ed\s+(?:oz|today),?\s+fin\s+ussa\s*\??$", "and today so far?"),
                         (r"^e\s+([^?]{2,40}?)\s+lura\s*\??$", r"and \1?")),
                        r"avant|quella|ussa|lura|ed", least=1)


def from_romansh(text: str) -> str:
    """``text`` with its Romansh days, and the Romansh phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
