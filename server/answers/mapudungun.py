"""Mapudungun (of the Araucanian family, Chile's largest indigenous language) mixed into English questions typed in lower
case, put into English.

The weekdays are numbered ("kiñe antü", "epu antü", "küla antü", "meli antü", "kechu antü", "kayu antü", "regle antü": the
first to the seventh day, Monday to Sunday) and stand before a day-first date ("kiñe antü 18-05-2037"), or with "mew" (on)
and a comma before it ("kiñe antü mew, 18/5/2037"); "fachantü" (today) stands before a date in brackets and "wiya"
(yesterday) before a weekday in brackets; a night is "pun" between the weekday and the date ("kiñe antü pun 18-05-2037"),
the date with "pun mew" (at night) and its weekday in brackets, or "wiya pun" (last night) with a date; "fachi semana" is
this week and "semana rupalu" the week before. Those become English, a hyphenated date with slashes. The phrases that carry
what is asked ("tunten hours umawtun" (how many hours did I sleep), "chew in lunch" (where did I eat lunch), "X mew iney pu
che müleyngün" (who were at X)) become English too, where two of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, remark_after

_DATE = r"\d{1,2}[-/]\d{1,2}[-/]\d{4}"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"(?:kiñe|epu|küla|meli|kechu|kayu|regle)\s+antü"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}/\d{1,2}/\d{4})?|the\s+night\s+of\s+\d{1,2}/\d{1,2}/\d{4}|last\s+night)"
"""A day once put into English ("on 18/05/2037", "today", "the night of 18/05/2037"): a group."""


def _slashed(english: str) -> object:
    """A replacement saying ``english`` of the rule's date (group 1), written with slashes ("18-05-2037": 18/05/2037)."""
    return lambda m: english.format(m[1].replace("-", "/"))


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"wiya\s+pun\s+\(" + _DATE + r"\)", "last night"),
    (_WD + r"\s+pun\s+(" + _DATE + r")", _slashed("the night of {}")),
    (r"(" + _DATE + r")\s+pun\s+mew\s+\(" + _WD + r"\)", _slashed("the night of {}")),
    (r"fachi\s+semana", "this week"), (r"(?:the\s+)?semana\s+rupalu", "last week"),
    (_ON + r"wiya\s+\(" + _WD + r"\)", "yesterday"),
    (_ON + r"fachantü\s+\(" + _DATE + r"\)", "today"),
    (_ON + _WD + r"\s+mew,?\s+(" + _DATE + r")", _slashed("on {}")),
    (_ON + _WD + r"\s+(" + _DATE + r")", _slashed("on {}")),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|pun|fachantü|wiya|semana", least=1)
_MEALS = {"liwen": "breakfast", "rangiantü": "lunch", "breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner"}

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+pienew\s+kiñe\s+chillka,?\s+chem\s+pingey", r"which book did \1 recommend"),
    (_NAME + r"\s+pienew\s+kiñe\s+film\s+adkintuam,?\s+chem\s+pingey", r"which film did \1 recommend"),
    (_NAME + r"\s+pienew\s+kiñe\s+podcast\s+allkütuam,?\s+chem", r"which podcast did \1 recommend"),
    (_NAME + r"\s+küme\s+pi\s+kiñe\s+iyal\s+ruka,?\s+chew\s+müley", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+pienew\s+ti\s+offsite\s+chew\s+müley\s+fewla", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+ñi\s+flight\s+chumül\s+puway", r"when does \1's flight land"),
    (_NAME + r"\s+ñi\s+trewa,?\s+chem\s+pingey", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch,?\s+" + _NAME + r"\s+pienew,?\s+chuchi\s+antü\s+fewla", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+ñi\s+ñawe\s+tunten\s+tripantu\s+nieay(?:,?\s+her\s+next\s+birthday)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode|walked)\s+antü,?\s+chem\s+in\s+(dinner|lunch|breakfast)(?:\s+mew)?",
     r"what did I eat for \3 on the day I \2 \1 km"),
    (_NAME + r"\s+(.{2,60}?)\s+nütramkalu\s+antü,?\s+chem\s+in\s+(dinner|lunch|breakfast)(?:\s+mew)?",
     r"what did I eat for \3 on the day \1 mentioned \2"),
    (r"^(.{2,60}?)\s+trawün\s+nielu\s+antü,?\s+chew\s+in\s+lunch", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+trawün\s+rupan,?\s+fey\s+ti\s+pun\s+tunten\s+hours\s+umawtun", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r"\s+(.{2,100}?)\s+rupan,?\s+next\s+trawün\s+mew\s+iney\s+pu\s+che\s+müleyngün", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+kam\s+(.{2,60}?),\s+chuchi\s+pun\s+doy\s+umawtun", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+kam\s+(.{2,60}?),\s+chuchi\s+antü\s+doy\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+kam\s+(.{2,60}?),\s+chuchi\s+antü\s+ñi\s+workout\s+doy\s+alü", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+doy\s+kafe\s+pütun\s+kam,?\s+compared\s+to\s+last\s+week", "did I drink more coffee this week than last week"),
    (_TIME + r"\s+mew\s+or\s+rupan\s+kafe\s+pütulu,?\s+doy\s+pichi\s+umawtun\s+kam", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+mew\s+or\s+rupan\s+dinner\s+ilu,?\s+doy\s+pichi\s+umawtun\s+kam", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+or\s+doy\s+pütulu\s+antü,?\s+fey\s+ti\s+pun\s+doy\s+pichi\s+umawtun\s+kam",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+zewmalu\s+antü,?\s+fey\s+ti\s+pun\s+doy\s+umawtun\s+kam", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+antü\s+mew\s+doy\s+kafe\s+pütun\s+kam", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^" + _DAY + r"\s+(.{2,80}?)\s+mew\s+iney\s+pu\s+che\s+müleyngün", r"who was at the \2 meeting \1"),
    (r"^" + _DAY + r"\s+ñi\s+(.{2,100}?)\s+mew\s+heart\s+rate\s+tunten(?:,?\s+average)?", r"what was my average heart rate during the \2 \1"),
    (r"^" + _DAY + r"\s+ñi\s+(.{2,100}?)\s+tunten\s+minutes", r"how many minutes did the \2 \1 last"),
    (r"^" + _DAY + r"\s+(.{2,80}?)\s+trawün\s+tunten\s+minutes", r"how many minutes was the \2 meeting \1"),
    (r"this\s+week\s+(\w+?)(?:ing)?\s+tunten\s+km\s*\?\s*since\s+kiñe\s+antü",
     lambda m: f"how many km did I {dict(runn='run', cycl='cycle', swimm='swim').get(m[1].lower(), m[1])} this week?"),
    (r"this\s+week\s+tunten\s+workout\s+zewman,?\s+kiñe\s+antü\s+mew\s+until\s+fewla", "how many workouts did I do this week"),
    (r"wünelu\s+trawün\s+chumül\s+llituy", "what time did my first meeting start"),
    (r"tunten\s+trawün\s+nien", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"(liwen|rangiantü)\s+chem\s+in\b(?:\s*\?\s*for\s+breakfast|,?\s+for\s+lunch)?", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"dinner\s+mew\s+chem\s+in", "what did I eat for dinner"),
    (r"chew\s+in\s+(lunch|dinner|breakfast)(?:\s+mew)?", r"where did I have \1"),
    (r"chem\s+workout\s+zewman", "what kind of workout did I do"),
    (r"küme\s+umawtun\s+kam\s*\?\s*or\s+weda", "how well did I sleep, good or poor?"),
    (r"tunten\s+hours\s+umawtun", "how many hours did I sleep"),
    (r"chumül\s+amun\s+umawtuam", "what time did I go to bed"), (r"chumül\s+trepen", "what time did I wake up"),
    (r"bike\s+mew\s+tunten\s+km\s+amun", "how many km did I cycle"), (r"tunten\s+km\s+lefün", "how many km did I run"),
    (r"tunten\s+metres\s+weyelün", "how far did I swim"),
    (r"tunten\s+kafe\s+pütun", "how many coffees did I drink"), (r"kom\s+caffeine,?\s+tunten\s+mg", "how much caffeine in mg"),
    (r"wünelu\s+kafe\s+chumül", "what time was my first coffee"), (r"af\s+kafe\s+chumül\s+pütun", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"pienew|chillka|pingey|adkintuam|allkütuam|iyal|ruka|müley|fewla|chumül|puway|trewa|chuchi|ñawe|tunten|"
                           r"tripantu|nieay|liwen|rangiantü|zewman|umawtun|weda|trawün|lefün|weyelün|iney|müleyngün|kafe|pütun|nien|"
                           r"wünelu|llituy|trepen|umawtuam|nütramkalu|nielu|rupan|alü|pütulu|ilu|pichi|zewmalu|antü|mew|chew(?=\s+in\b)|(?<=chew\s)in"
                           r"|chem(?=\s+in\b)|(?<=chem\s)in",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^kiñe\s+antü\s+doy\s+kuyfi\s*\??$", "and the day before?"),
                         (r"^kiñe\s+pun\s+doy\s+kuyfi\s*\??$", "and the night before?"),
                         (r"^fey\s+ti\s+trawün\s+tunten\s+minutes\s*\??$", "and how long was that meeting?"),
                         (r"^welu\s+(?:fachantü|today),?\s+petu\s*\??$", "and today so far?"),
                         (r"^welu\s+" + _NAME + r",?\s+chem\s*\?$", r"and \1?"),
                         (r"^welu\s+(.{2,40}?)\s+mew\s*\?$", r"and \1?")),
                        r"kuyfi|welu|petu", least=1)


def from_mapudungun(text: str) -> str:
    """``text`` with its Mapudungun days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))

