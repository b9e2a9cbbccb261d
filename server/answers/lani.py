"""Lani (Western Dani, of Papua's highlands) in an English question, as one writer types it, put into English.

The weekdays are the Indonesian names said in Lani sounds ("Tenin", "Telata", "Rambu", "Kamit", "Lumat", "Taptu", "Mingguk":
Monday to Sunday), before a day-first date ("Telata 14/04/2037"), before a comma and a date in words ("Telata, 14 April 2037")
or before "ogo" (day) and the date; "ogo ino" (this day) before a date is today, "olukwe," before a weekday and its date
yesterday, "week ino" this week and "week kale" (the week gone by) last week; a night is "yinom Telata 14/04/2037", "Telata
yinom, 14 April 2037" or "yinom olukwe 14/04/2037" (last night). Those become English. The phrases that carry what is asked
("an nuwok hours mbilak" (how many hours did I sleep), "ndaga, an nagarak nggwe" (where did I eat at midday), "X ndeyap yoko
ino" (who all were at X)) become English too, where two of its own words say the question is in it; a remark after the
question mark is taken off. The writer's Lani is her own approximation; the table reads it as she writes it.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, by_meal, km_this_week, remark_after

_SLASHED = r"\d{1,2}/\d{1,2}/\d{4}"
_WRITTEN = r"\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+\d{4}"
_DATE = r"(?:" + _SLASHED + r"|" + _WRITTEN + r")"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:Tenin|Telata|Rambu|Kamit|Lumat|Taptu|Mingguk))"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _DATE + r")?|the\s+night\s+of\s+" + _DATE + r"|last\s+night)"
"""A day once put into English ("on 14/04/2037", "today 14/04/2037", "yesterday", "the night of 14 April 2037"): a group."""
_MEAL = {"wunggom": "breakfast", "ndaga": "lunch", "mbolok": "dinner"}
_MEALS = r"(wunggom|ndaga|mbolok)"
_ATE = r"(?:an\s+)?nagarak"

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"yinom\s+" + _WD + r",?\s+(" + _DATE + r")", r"the night of \2"),
    (_WD + r"\s+yinom,?\s+(" + _DATE + r")", r"the night of \2"),
    (r"yinom\s+olukwe,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"week\s+ino", "this week"), (r"week\s+kale", "last week"),
    (_ON + r"olukwe,?\s+" + _WD + r"(?=,?\s+" + _DATE + r")", "yesterday"),
    (_ON + r"ogo\s+ino(?=\s+" + _SLASHED + r")", "today"),
    (_ON + _WD + r"(?:\s+ogo)?,?\s+(" + _DATE + r")", r"on \2"),
)
_DAYS = WordTable(_DAY_RULES, r"(?-i:Tenin|Telata|Rambu|Kamit|Lumat|Taptu|Mingguk)|yinom|olukwe|ogo(?=\s+ino\s+\d)|week(?=\s+(?:ino|kale)\b)",
                  least=1)


def _meal(index: int, english: str) -> object:
    return by_meal(_MEAL, index, english)


_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+yogwe\s+book\s+ndewe\s+an\s+kinik", r"which book did \1 recommend"),
    (r"(film|podcast)\s+ndewe\s+" + _NAME + r"\s+yogwe\s+an\s+(?:nigi|yuluk)", r"which \1 did \2 recommend"),
    (_NAME + r"\s+yogwe\s+restaurant\s+ndewe(?:\s+nit\s+nagarak)?", r"which restaurant did \1 recommend"),
    (r"offsite\s+" + _NAME + r"\s+yogwe,?\s+nggwe\s+ino(?:\s+kale)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+ombo\s+(?:(?-i:[A-Z])\w+,?\s+)?plane\s+landing\s+time\s+nde", r"when does \1's flight land"),
    (_NAME + r"\s+nggwek\s+ino\s+ndu\s+nde", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch,?\s+" + _NAME + r"\s+yogwe\s+ogo\s+nde\s+ino\s*\?.*$", r"what is the new date of the \1 launch according to \2?"),
    (_NAME + r"\s+nagwe\s+birthday\s+ino,?\s+years\s+mbilak", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"ogo\s+an\s+(ran|cycled|swam|rode|walked)\s+(\d+(?:\.\d+)?)\s*km,?\s+" + _MEALS + r"\s+" + _ATE + r"\s+nde",
     _meal(3, "what did I eat for {meal} on the day I {g1} {g2} km")),
    (r"ogo\s+" + _NAME + r"\s+yogwe\s+(.{2,60}?),\s+" + _MEALS + r"\s+" + _ATE + r"\s+nde",
     _meal(3, "what did I eat for {meal} on the day {g1} mentioned {g2}")),
    (r"ogo\s+mbarak\s+(.{2,60}?),\s+ndaga\s+" + _ATE + r"\s+nggwe", r"where did I have lunch on the day of the \1 meeting"),
    (r"yinom\s+ndorak\s+(.{2,60}?),\s+an\s+nuwok\s+hours\s+mbilak", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY + r",?\s+ndorak\s+(.{2,100}?),\s+mbarak\s+ino\s+ndeyap(?:\s+yoko)?", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+logo\s+(.{2,60}?),\s+yinom\s+ndewe\s+an\s+nuwok\s+onggo", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+logo\s+last\s+week,?\s+an\s+nunuk\s+coffee\s+ndagi", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+logo\s+(.{2,60}?),\s+caffeine\s+ndagi\s+ndewe", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+logo\s+(.{2,60}?),\s+workout\s+ndewe\s+onggo", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"coffee\s+" + _TIME + r"\s+ka\s+ndorak,?\s+an\s+nuwok\s+nggilak", r"do I sleep less after coffee at \1 or later"),
    (_MEALS + r"\s+" + _ATE + r"\s+" + _TIME + r"\s+ka\s+ndorak,?\s+an\s+nuwok\s+nggilak", _meal(1, "do I sleep less after {meal} at {g2} or later")),
    (r"ogo\s+an\s+nunuk\s+(\d{2,4})\s*mg\s+caffeine\s+ka\s+ndagi,?\s+yinom\s+(?:ino\s+)?an\s+nuwok\s+nggilak",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"ogo\s+an\s+workout\s+wuluk,?\s+yinom\s+an\s+nuwok\s+ndagi", "do I sleep longer after workout days than after rest days"),
    (r"ogo\s+an\s+workout\s+wuluk,?\s+(?:an\s+nunuk\s+)?coffee\s+ndagi", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+ndeyap(?:\s+yoko)?(?:\s+ino)?", r"who was at the \1 meeting \2"),
    (r"^" + _DAY + r"\s+(.{2,100}?)(?:\s+ino)?,?\s+heart\s+an\s+mbilak", r"what was my average heart rate during the \2 \1"),
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+onggo\s+mbilak(?:\s*\?\s*hours\s+ka\s+minutes)?", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",?\s+minutes\s+mbilak", r"how many minutes did the \1 \2 last"),
    km_this_week(r"km\s+mbilak(?:\s+yoko)?"),
    (r"this\s+week\s+an\s+workout\s+mbilak\s+wuluk", "how many workouts did I do this week"),
    (r"mbarak\s+mbonggi\s+time\s+nde", "what time did my first meeting start"), (r"mbarak\s+mbilak(?:\s+ino)?", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (_MEALS + r"\s+" + _DAY + r",?\s+" + _ATE + r"\s+nde", _meal(1, "what did I eat for {meal} {g2}")),
    (_MEALS + r"(?:\s+" + _DAY + r")?,?\s+" + _ATE + r"\s+nggwe", _meal(1, "where did I have {meal} {g2}")),
    (_MEALS + r",?\s+" + _ATE + r"\s+nde", _meal(1, "what did I eat for {meal}")),
    (r"an\s+workout\s+nde\s+wuluk", "what kind of workout did I do"),
    (r"an\s+nuwok\s+aret\s+ka\s+lek", "how well did I sleep, good or poor"), (r"an\s+nuwok\s+hours\s+mbilak", "how many hours did I sleep"),
    (r"an\s+nuwok\s+mbiwak\s+time\s+nde", "what time did I go to bed"), (r"an\s+wurak\s+time\s+nde", "what time did I wake up"),
    (r"bike,?\s+km\s+mbilak(?:\s+an\s+ombo)?", "how many km did I cycle"), (r"an\s+mbogoro\s+km\s+mbilak", "how many km did I run"),
    (r"an\s+tiklak\s+metres\s+mbilak", "how far did I swim"),
    (r"an\s+nunuk\s+coffee\s+mbilak", "how many coffees did I drink"), (r"caffeine\s+yoko\s+mg\s+mbilak", "how much caffeine in mg"),
    (r"coffee\s+mbonggi\s+time\s+nde", "what time was my first coffee"), (r"coffee\s+ndukwi\s+time\s+nde", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"yogwe|kinik|nigi|yuluk|nggwe|nggwek|nagwe|nagarak|wunggom|ndaga|mbolok|wuluk|nuwok|mbilak|onggo|mbogoro|"
                           r"tiklak|ndeyap|yoko|ndu(?=\s+nde)|nde(?=\s*\?)|nunuk|mbarak|mbonggi|ndukwi|wurak|mbiwak|ndorak|ndewe|ndagi|nggilak|yinom|aret|logo",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^ogo\s+mbiwak\s+kale\s*\??$", "and the day before?"),
                         (r"^yinom\s+mbiwak\s+kale\s*\??$", "and the night before?"),
                         (r"^mbarak\s+ino\s+onggo\s+mbilak\s*\??$", "and how long was that meeting?"),
                         (r"^(?:today|ogo\s+ino)\s+kale\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"\s+ka\s*\?$", r"and \1?"),
                         (r"^((?:on|today|yesterday|the\s+night\s+of)(?:\s+" + _DATE + r")?|last\s+night)\s+ka\s*\?$", r"and \1?")),
                        r"mbiwak|onggo|kale(?=\s*\??$)|ka(?=\s*\?$)", least=1)


def from_lani(text: str) -> str:
    """``text`` with its Lani days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
