"""Kimbundu in an English question, put into English.

People in Luanda type Kimbundu inside English questions. Its weekdays ("Kiadi", "Kitatu", "Kiuana", "Kitanu", "Kisamanu",
"Sabalu", "Lumingu": Monday to Sunday) stand beside a date ("Kitatu (04/11)", "Kitatu, 4 November", "kizua kia Kitatu
04/11"); "lelu" is today, "zau" yesterday, "semana iii" this week, "semana ia bhiti" last week, "kubhinga ku Kiadi" since
Monday; a night is "usuku wa X" ("usuku wa Kiadi (03/11-04/11)", "usuku wa 3 November", "usuku wa zau (...)"). Those become
English. The phrases that carry what is asked ("ngazeka ola ikuxi" (how many hours did I sleep), "lunch ngadia kuebi" (where
did I have lunch), "ngakexile ni kukunguluka ikuxi" (how many meetings)) become English too, where two of Kimbundu's own
words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"kiadi": "Monday", "kitatu": "Tuesday", "kiuana": "Wednesday", "kitanu": "Thursday", "kisamanu": "Friday",
             "sabalu": "Saturday", "lumingu": "Sunday"}
_WD = r"((?-i:K)iadi|(?-i:K)itatu|(?-i:K)iuana|(?-i:K)itanu|(?-i:K)isamanu|(?-i:S)abalu|(?-i:L)umingu)"
_MEALS = {"kamenemene": "breakfast", "mu kaxi ka kizua": "lunch", "ku ngoloxi": "dinner"}
_MEAL = r"(kamenemene|mu\s+kaxi\s+ka\s+kizua|ku\s+ngoloxi)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(words: str) -> str:
    return _MEALS[" ".join(words.lower().split())]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"usuku\s+wa\s+(?:" + _WD + r"\s*|(?-i:zau)\s*)\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"usuku\s+wa\s+" + _WORDS_DATE, r"the night of \1"), (r"usuku\s+wa\s+" + _WD + r"(?!\s*\()", lambda m: f"{_day(m[1])} night"),
    (r"kubhinga\s+ku\s+" + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (r"(?:mu\s+|ku\s+)?semana\s+ia\s+bhiti", "last week"), (r"(?:mu\s+)?semana\s+iii", "this week"),
    (r"kizua\s+kia\s+(?=" + _WD + r")", ""),
    (_WD + r",?\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:lelu)(?=\s*\(\s*\d)", "today"), (r"(?-i:zau)(?=\s*\(\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"kiadi|kitatu|kiuana|kitanu|kisamanu|sabalu|lumingu|lelu|zau|usuku|semana|kizua", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Kimbundu words
    # follow-ups
    (r"^kizua\s+kia\s+bhiti\s*\??$", "and the day before?"), (r"^usuku\s+ua\s+bhiti\s*\??$", "and the night before?"),
    (r"^kukunguluka\s+kuku\s+kua-zuba\s+ku\s+minuto\s+ikuxi", "and how long was that meeting"),
    (r"^ni\s+(?:lelu|today),?\s+kat[ée]\s+ku\s+ola\s+iii", "and today so far"),
    # what someone said
    (r"mukanda\s+ihi\s+" + _NAME + r"\s+wangi-tela\s+kuma\s+ngi-tange", r"which book did \1 recommend"),
    (r"filme\s+ihi\s+" + _NAME + r"\s+wangi-tela\s+kuma\s+ngi-mone", r"which film did \1 recommend"),
    (r"podcast\s+ihi\s+" + _NAME + r"\s+wangi-tumina", r"which podcast did \1 recommend"),
    (_NAME + r"\s+wa-zuela\s+kuma\s+offsite\s+ia-ia\s+mu\s+mbanza\s+ihi", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+wa-bonga\s+kiavulu\s+restaurant\s+ihi", r"which restaurant did \1 recommend"),
    (r"avi[ãa]u\s+ia\s+" + _NAME + r"\s+ia-bixila\s+ola\s+ihi", r"when does \1's flight land"),
    (r"kambua\s+ka\s+" + _NAME + r",?\s+dijina\s+di[êe]\s+nanyi", r"what is the name of \1's new dog"),
    (_NAME + r"\s+wa-zuela\s+kuma\s+launch\s+ia\s+(.{2,40}?)\s+ia-ia\s+ku\s+kizua\s+ihi", r"what is the new date of the \2 launch according to \1"),
    (r"mon['’]a\s+muhatu\s+a\s+" + _NAME + r"\s+ua-kala\s+ni\s+mivu\s+ikuxi(?:\s+mu\s+kizua\s+kia\s+kuvualuka\s+ki[êe])?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"kizua\s+" + _NAME + r"\s+wa-zuela\s+kuma\s+(.{2,40}?),?\s*" + _MEAL + r"\s+ngadia\s+ihi",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"kizua\s+ngabanga\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*" + _MEAL + r"\s+ngadia\s+ihi",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]}"),
    (r"kizua\s+kia\s+(.{2,60}?),\s*(lunch|dinner)\s+ngadia\s+kuebi", r"where did I have \2 on the day of the \1 meeting"),
    (r"usuku\s+ki[áa]\s+(.{2,60}?),\s*ngazeka\s+ola\s+ikuxi", r"how many hours did I sleep the night after the \1 meeting"),
    (r"ki[áa]\s+(.{2,80}?),\s*kukunguluka\s+kua-landula\s+kuakexile\s+nanyi", r"who was at the meeting right after the \1"),
    # meetings
    (r"^kukunguluka\s+kua\s+(.{2,60})\s+" + _DAY + r",?\s+kuakexile\s+nanyi", r"who was at the \1 meeting \2"),
    (r"^kukunguluka\s+kua\s+(.{2,60})\s+" + _DAY + r"\s+kua-zuba\s+ku\s+minuto\s+ikuxi", r"how many minutes was the \1 meeting \2"),
    (r"ngakexile\s+ni\s+kukunguluka\s+ikuxi", "how many meetings did I have"),
    (r"kukunguluka\s+kua\s+dianga\s+kua-bhinga\s+ola\s+ihi", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+ia-zuba\s+ku\s+minuto\s+ikuxi", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+ngadia\s+ihi", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"(lunch|dinner|breakfast)\s+ngadia\s+kuebi", r"where did I have \1"),
    (r"ngazeka\s+ola\s+ikuxi", "how many hours did I sleep"), (r"ngaia\s+mu\s+kuzeka\s+ola\s+ihi", "what time did I go to bed"),
    (r"ngabalumuka\s+ola\s+ihi", "what time did I wake up"),
    (r"ngazeka\s+kiambote\s+mba\s+kana", "how well did I sleep, good or poor"),
    (r"ngabanga\s+exercise\s+ihi", "what kind of workout did I do"),
    (r"mu\s+(.{2,80}?)\s+mutima\s+uami\s+ua-bula\s+ikuxi\s+mu\s+minuto,?(?:\s+mu\s+m[ée]dia)?", r"what was my average heart rate during the \1"),
    (r"ngalenge\s+kil[óo]metro\s+ikuxi", "how many km did I run"), (r"ngendele\s+ni\s+bicicleta\s+kil[óo]metro\s+ikuxi", "how many km did I cycle"),
    (r"ngoguele\s+m[ée]tro\s+ikuxi", "how far did I swim"),
    (r"(running|cycling|swimming)\s+ioso\s+(this\s+week)\s+kil[óo]metro\s+ikuxi", r"how many km of \1 in total \2"),
    (r"ngabanga\s+workout\s+ikuxi", "how many workouts did I do"),
    (r"nganu\s+kaf[ée]\s+ikuxi", "how many coffees did I drink"),
    (r"caffeine\s+ioso\s+ia-kala\s+mg\s+ikuxi", "how much caffeine in mg"),
    (r"kaf[ée]\s+ia\s+dianga\s+nganu\s+ola\s+ihi", "what time was my first coffee"),
    (r"kaf[ée]\s+ia\s+sukilu\s+nganu\s+ola\s+ihi", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+mba\s+(.{2,60}?),\s*usuku\s+ihi\s+ngazeka\s+kiavulu\??\s*(?:ola\s+ia\s+usuku\s+ni\s+usuku)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+mba\s+(.{2,60}?),\s*kizua\s+ihi\s+caffeine\s+ia-vulu\??\s*(?:mg\s+ia\s+kizua\s+ni\s+kizua)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+mba\s+(.{2,60}?),\s*exercise\s+ihi\s+ia-zuba\s+kiavulu", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+nganu\s+kaf[ée]\s+kiavulu\s+dingi\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"se\s+nganu\s+kaf[ée]\s+ku\s+ola\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+mba\s+ki[áa],?\s*ngazeka\s+kiofele", r"do I sleep less after coffee at \1 or later"),
    (r"se\s+ngadia\s+ku\s+ngoloxi\s+ku\s+ola\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+mba\s+ki[áa],?\s*ngazeka\s+kiofele", r"do I sleep less after dinner at \1 or later"),
    (r"kizua\s+ngabanga\s+exercise,?\s*ngazeka\s+kiavulu\s+dingi\s+ku\s+izua\s+ioso", "do I sleep longer after workout days than after rest days"),
    (r"izua\s+ia\s+exercise\s+nganu\s+kaf[ée]\s+kiavulu\s+dingi\s+ku\s+izua\s+ia\s+kunioka", "do I drink more coffee on workout days than on rest days"),
    (r"izua\s+ia\s+caffeine\s+ia-bixila\s+(\d{2,4}\s*mg)\s+mba\s+dingi,?\s*kuzeka\s+kuami\s+kuala\s+kiebi\s+ni\s+izua\s+ioso",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bmba\b[^?]*\??\s*$", ""),  # "...? mu dibata mba ku mbandu?": choices offered after the question
    (r"(?<=\?)\s*dijina(?:\s+dia\s+mukanda|\s+di[êe])?\s*$", ""),  # "? dijina diê": the name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"ngadia|ngazeka|ihi|ikuxi|kuebi|ola|nanyi|kukunguluka|kuakexile|ngakexile|mba|kiavulu|dingi|nganu|"
                           r"kaf[ée]|ngabanga|ngalenge|ngendele|ngoguele|ngabalumuka|ngaia|kuzeka|kamenemene|ngoloxi|kaxi|"
                           r"wangi-tela|wangi-tumina|wa-zuela|wa-bonga|kambua|dijina|avi[ãa]u|muhatu|mivu|kizua|izua|usuku|"
                           r"bhiti|semana|ioso|minuto|kua-zuba|ia-zuba|lelu|zau|kiadi|kitatu|kiuana|kitanu|kisamanu|sabalu|"
                           r"lumingu|kiá|kiofele", least=2)
_FOLLOW_UPS = WordTable(((r"^kiebi\s+ni\s+([^?]{2,40}?)\s*\?\s*$", r"and \1?"),), r"kiebi", least=1)  # "kiebi ni Tuesday?"


def from_kimbundu(text: str) -> str:
    """``text`` with its Kimbundu days, and the Kimbundu phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
