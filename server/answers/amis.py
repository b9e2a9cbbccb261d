"""Amis (Pangcah) in Latin letters in an English question, put into English.

People from Hualien mix Amis into English questions, with Taiwan's dates year first ("2037/3/2"). The counted weekdays
("Sakacecay", "Sakatosa", "Sakatolo", "Sakasepat", "Sakalima", "Sakaenem", "Sakapito": Monday to Sunday, written with a
capital; "sakacecay" in lower case is "the first") stand before a date, alone or after "romi'ad" (the day), or in brackets
after it; "anini" before a date is today, "inacila" before a weekday and its date yesterday, "ya tatakian a lipay" this week,
"sakaputal a lipay" last week; a night is "lafii no Sakacecay 2037/3/2", "Sakacecay lafii 2037/03/02" or "inacila a lafii,
2037/3/16" (last night). Those become English. The phrases that carry what is asked ("pina ko tatokian a mafoti' kako" (how
many hours did I sleep), "icowa kako a malahok" (where did I have lunch), "cima ko tayni i X" (who came to the X)) become
English too, where two of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, ON_BEFORE_DAY as _ON, WordTable

_DATE = r"\d{4}/\d{1,2}/\d{1,2}"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:S)aka(?:cecay|tosa|tolo|sepat|lima|enem|pito))"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_MY = r"(?:ako|kako)"
_SLEPT = r"mafoti['’]"

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"lafii\s+no\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (_WD + r"\s+lafii\s+(" + _DATE + r")", r"the night of \2"),
    (r"inacila\s+a\s+lafii,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"ya\s+tatakian\s+a\s+lipay", "this week"), (r"sakaputal\s+a\s+lipay", "last week"),
    (_ON + r"inacila\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_ON + r"anini(?=\s+\d)", "today"),
    (_ON + r"(?:romi['’]ad\s+)?" + _WD + r",?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"lafii|romi['’]ad|anini|inacila|lipay|sakacecay|sakatosa|sakatolo|sakasepat|sakalima|sakaenem|sakapito",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"maan\s+ko\s+ngangan\s+no\s+book\s+a\s+pasowal\s+ni\s+" + _NAME + r"(?:\s+takowanan)?", r"which book did \1 recommend"),
    (r"maan\s+a\s+film\s+ko\s+pasowal\s+ni\s+" + _NAME + r"(?:,?\s+tayra\s+miliso['’]\s+kako)?", r"which film did \1 recommend"),
    (r"maan\s+a\s+podcast\s+ko\s+pasowal\s+ni\s+" + _NAME + r"(?:\s+a\s+pitengil)?", r"which podcast did \1 recommend"),
    (r"icowa\s+ko\s+pikaenan\s+a\s+pasowal\s+ni\s+" + _NAME, r"which restaurant did \1 recommend"),
    (r"icowa\s+ko\s+offsite\s+ni\s+" + _NAME + r"(?:,?\s+patayra\s+i\s+cowa)?", r"where is the offsite now, according to \1"),
    (r"ihecowa\s+a\s+tangasa\s+ko\s+eroplano\s+ni\s+" + _NAME, r"when does \1's flight land"),
    (r"maan\s+ko\s+ngangan\s+no\s+wacu\s+ni\s+" + _NAME + r"(?:,?\s+ko\s+faroday)?", r"what is the name of \1's new dog"),
    (r"ihecowa\s+ko\s+launch\s+no\s+(.{2,40}?),?\s+han\s+ni\s+" + _NAME, r"what is the new date of the \1 launch according to \2"),
    (r"pina\s+ko\s+miheca\s+no\s+wawa\s+a\s+fafahiyan\s+ni\s+" + _NAME + r"(?:\s+anini)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"maan\s+ko\s+kinaen\s+" + _MY + r"\s+i\s+lafii,?\s+i\s+romi['’]ad\s+a\s+pasowal\s+ni\s+" + _NAME + r"\s+ko\s+(.{2,60}?)(?=\s*\?|$)",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"maan\s+ko\s+kinaen\s+" + _MY + r"\s+i\s+lafii,?\s+i\s+romi['’]ad\s+a\s+(ran|cycled|swam|rode)\s+kako\s+(\d+(?:\.\d+)?)\s*km",
     r"what did I eat for dinner on the day I \1 \2 km"),
    (r"icowa\s+kako\s+a\s+malahok,?\s+i\s+romi['’]ad\s+no\s+(.{2,60}?)(?=\s*\?|$)", r"where did I have lunch on the day of the \1 meeting"),
    (r"pina\s+ko\s+tatokian\s+a\s+" + _SLEPT + r"\s+kako,?\s+i\s+lafii\s+no\s+(.{2,60}?)(?=\s*\?|$)",
     r"how many hours did I sleep the night after the \1 meeting"),
    (r"cima\s+ko\s+i\s+meeting\s+a\s+sato,?\s+i\s+tenok\s+no\s+(.{2,100}?)\s+" + _MY + r",?\s+" + _ASKED_DAY + r"(?=\s*\?|$)",
     r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^" + _SLEPT + r"\s+kako\s+a\s+lafii,\s+(.{2,60}?)\s+haw,\s+(.{2,60}?)\s+haw,\s+icowa\s+ko\s+adihay",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^caffeine\s+ako,\s+(.{2,60}?)\s+haw,\s+(.{2,60}?)\s+haw,\s+icowa\s+ko\s+adihay", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^workout\s+ako,\s+(.{2,60}?)\s+haw,\s+(.{2,60}?)\s+haw,\s+icowa\s+ko\s+mafolaw", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^kohi\s+ako,\s+this\s+week\s+haw,\s+last\s+week\s+haw,\s+icowa\s+ko\s+adihay", "did I drink more coffee this week than last week"),
    (r"ano\s+minanom\s+kako\s+to\s+kohi\s+i\s+" + _TIME + r"\s+haw,?(?:\s+i\s+tenok,?)?\s+kedec\s+haw\s+ko\s+" + _SLEPT + r"\s+ako",
     r"do I sleep less after coffee at \1 or later"),
    (r"ano\s+komaen\s+kako\s+i\s+lafii\s+i\s+" + _TIME + r"\s+haw,?\s+kedec\s+haw\s+ko\s+" + _SLEPT + r"\s+ako",
     r"do I sleep less after dinner at \1 or later"),
    (r"ano\s+(\d{2,4})\s*mg\s+ko\s+caffeine\s+haw,?\s+kedec\s+haw\s+ko\s+" + _SLEPT + r"\s+ako",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"ano\s+ira\s+ko\s+workout\s+i\s+romi['’]ad,?\s+adihay\s+haw\s+ko\s+" + _SLEPT + r"\s+i\s+lafii",
     "do I sleep longer after workout days than after rest days"),
    (r"ano\s+ira\s+ko\s+workout\s+i\s+romi['’]ad,?\s+adihay\s+haw\s+ko\s+kohi\s+ako", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"cima\s+ko\s+tayni\s+i\s+(.{2,80}?),?\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"who was at the \1 meeting \2"),
    (r"pina\s+ko\s+heart\s+rate\s+ako\s+i\s+(.{2,100}?),?\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"what was my average heart rate during the \1 \2"),
    (r"pina\s+ko\s+minutes\s+no\s+(.{2,100}?)\s+ako,?\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"how many minutes did the \1 \2 last"),
    (r"pina\s+ko\s+minutes\s+no\s+(.{2,80}?),?\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"how many minutes was the \1 meeting \2"),
    (r"pina\s+ko\s+km\s+a\s+(\w+)\s+ako\s+i\s+this\s+week", r"how many km did I \1 this week"),
    (r"pina\s+ko\s+workout\s+ako\s+i\s+this\s+week", "how many workouts did I do this week"),
    (r"ihecowa\s+a\s+malingad\s+ko\s+sakacecay\s+a\s+meeting", "what time did my first meeting start"),
    (r"pina\s+ko\s+meeting\s+ako", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"maan\s+ko\s+kinaen\s+ako\s+i\s+dafak", "what did I eat for breakfast"), (r"maan\s+ko\s+kinaen\s+ako\s+a\s+lahok", "what did I eat for lunch"),
    (r"maan\s+ko\s+kinaen\s+ako\s+i\s+lafii", "what did I eat for dinner"), (r"icowa\s+kako\s+a\s+malahok", "where did I have lunch"),
    (r"icowa\s+kako\s+a\s+komaen\s+i\s+lafii", "where did I have dinner"), (r"maan\s+ko\s+workout\s+ako", "what kind of workout did I do"),
    (r"fangcal\s+haw\s+ko\s+" + _SLEPT + r"\s+ako", "how well did I sleep, good or poor"),
    (r"pina\s+ko\s+tatokian\s+a\s+" + _SLEPT + r"\s+kako", "how many hours did I sleep"),
    (r"ihecowa\s+kako\s+a\s+" + _SLEPT, "what time did I go to bed"), (r"ihecowa\s+kako\s+a\s+mafana['’]", "what time did I wake up"),
    (r"pina\s+ko\s+km\s+no\s+bike\s+ako", "how many km did I cycle"), (r"pina\s+ko\s+km\s+a\s+romakat\s+kako", "how many km did I run"),
    (r"pina\s+ko\s+metre\s+a\s+milangoy\s+kako", "how far did I swim"),
    (r"pina\s+ko\s+kohi\s+a\s+minanom\s+ako", "how many coffees did I drink"), (r"pina\s+ko\s+mg\s+no\s+caffeine\s+ako", "how much caffeine in mg"),
    (r"ihecowa\s+ko\s+sakacecay\s+a\s+kohi\s+ako", "what time was my first coffee"),
    (r"ihecowa\s+ko\s+sakamafolaw\s+a\s+kohi\s+ako", "what time was my last coffee"),
)
# (No remark after the question is taken off: "ko" and "ako" are words of other languages too (Wolof, Tagalog), whose
# questions would lose their second half.)
_TABLE = WordTable(_ASKED, r"maan|icowa|ihecowa|cima|pina|ko|ako|kako|kinaen|komaen|malahok|lahok|dafak|lafii|tatokian|mafoti['’]|"
                           r"mafana['’]|kohi|minanom|pasowal|ngangan|wacu|eroplano|tangasa|pikaenan|miheca|wawa|fafahiyan|tayni|"
                           r"romakat|milangoy|adihay|kedec|haw|sakamafolaw|malingad|tenok|sato|romi['’]ad|fangcal",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^i\s+sakaputal\s+a\s+romi['’]ad\s+haw\s*\??$", "and the day before?"),
                         (r"^i\s+lafii\s+a\s+sakaputal\s+haw\s*\??$", "and the night before?"),
                         (r"^pina\s+ko\s+minutes\s+no\s+meeting\s*\??$", "and how long was that meeting?"),
                         (r"^anini\s+haw\s*\??$", "and today so far?"),
                         (r"^(?:ni\s+)?(.{1,40}?)\s+haw\s*\?$", r"and \1?")),  # "ni Ana haw?", "on 2037/3/5 haw?"
                        r"sakaputal|haw(?=\s*\?)", least=1)


def from_amis(text: str) -> str:
    """``text`` with its Amis days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
