"""Acholi (a Luo language of South Sudan and northern Uganda) in an English question, put into English.

The weekdays are "Ceng" (day, sun) and an ordinal ("Ceng Baraja", "Ceng Aryo", "Ceng Adek", "Ceng Angwen", "Ceng Abic",
"Ceng Abicel", "Ceng Cabit": Monday to Sunday), before a day-first date ("Ceng Aryo 07/04/2037", "Ceng Aryo, 7 April 2037")
or after "nino" (day), the date and a comma ("nino 07/04/2037, Ceng Aryo"); "tin" before a date is today, "lawo," before a
weekday and its date yesterday, "cabit man" (this week) and "cabit mukato" (the week gone by) the weeks; a night is "dyewor me
Ceng Aryo 07/04/2037", "dyewor, Ceng Aryo, 7 April 2037" or "dyewor lawo 07/04/2037" (last night). Those become English. The
phrases that carry what is asked ("anino hours adi" (how many hours did I sleep), "lunch acamo kwene" (where did I eat lunch),
"X nga ducu onongo tye" (who all were at X)) become English too, where two of its own words say the question is in it; a
remark after the question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, by_meal, km_this_week, remark_after

_SLASHED = r"\d{1,2}/\d{1,2}/\d{4}"
_WRITTEN = r"\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+\d{4}"
_DATE = r"(?:" + _SLASHED + r"|" + _WRITTEN + r")"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:Ceng\s+(?:Baraja|Aryo|Adek|Angwen|Abicel|Abic|Cabit)))"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _DATE + r")?|the\s+night\s+of\s+" + _DATE + r"|last\s+night)"
"""A day once put into English ("on 07/04/2037", "today 14/04/2037", "yesterday", "the night of 7 April 2037"): a group."""
_MEAL = {"odiko": "breakfast", "dyeceng": "lunch", "otyeno": "dinner"}
_MEALS = r"(?:cam\s+me\s+)(odiko|dyeceng|otyeno)"

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"dyewor\s+me\s+" + _WD + r",?\s+(" + _DATE + r")", r"the night of \2"),
    (r"dyewor,\s+" + _WD + r",\s+(" + _DATE + r")", r"the night of \2"),
    (r"dyewor\s+lawo,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"cabit\s+man(?![\w'’])", "this week"), (r"cabit\s+mukato", "last week"),
    (_ON + r"lawo,?\s+" + _WD + r"(?=,?\s+" + _DATE + r")", "yesterday"),
    (_ON + r"tin(?=\s+" + _SLASHED + r")", "today"),
    (_ON + _WD + r",?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"nino\s+(" + _DATE + r"),\s+" + _WD, r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"ceng|dyewor|lawo|cabit|(?:tin|nino)(?=\s+\d)", least=1)


def _meal(index: int, english: str) -> object:
    return by_meal(_MEAL, index, english)


_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"buk\s+ma\s+" + _NAME + r"\s+owaco\s+ni\s+akwan,?\s+nying\s+ngo", r"which book did \1 recommend"),
    (r"(film|podcast|restaurant)\s+mene\s+ma\s+" + _NAME + r"\s+owaco\s+ni\s+(?:aneno|awinyo|wacam\s+iye)", r"which \1 did \2 recommend"),
    (r"offsite\s+ma\s+" + _NAME + r"\s+owaco,?\s+kombedi\s+tye\s+kwene", r"where is the offsite now, according to \1"),
    (r"flight\s+pa\s+" + _NAME + r"\s+bino\s+cawa\s+adi", r"when does \1's flight land"),
    (r"(?:latin\s+)?gwok\s+pa\s+" + _NAME + r",?\s+nying\s+ngo", r"what is the name of \1's new dog"),
    (r"^launch\s+me\s+(.{2,40}?)\s+ki\s+awene\s+kombedi\s*\?\s*" + _NAME + r"\s+owaco\b.*$",
     r"what is the new date of the \1 launch according to \2?"),
    (r"nyare\s+" + _NAME + r"\s+(?:bene\s+)?mwaka\s+adi\s+ma\s+obino", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"nino\s+ma\s+(ran|cycled|swam|rode|walked)\s+(\d+(?:\.\d+)?)\s*km,?\s+" + _MEALS + r"\s+(?:onongo\s+)?ngo",
     _meal(3, "what did I eat for {meal} on the day I {g1} {g2} km")),
    (r"nino\s+ma\s+" + _NAME + r"\s+owaco\s+(.{2,60}?),\s+" + _MEALS + r"\s+(?:onongo\s+)?ngo",
     _meal(3, "what did I eat for {meal} on the day {g1} mentioned {g2}")),
    (r"nino\s+me\s+(.{2,60}?),\s+(?:lunch|cam\s+me\s+dyeceng)\s+acamo\s+kwene", r"where did I have lunch on the day of the \1 meeting"),
    (r"dyewor\s+i\s+nge\s+(.{2,60}?),\s+anino\s+hours\s+adi", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY + r",?\s+i\s+nge\s+(.{2,100}?),\s+cokke\s+mukwongo\s+onongo\s+nga(?:\s+ducu)?", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+ki\s+(.{2,60}?),\s+dyewor\s+mene\s+anino\s+mapol", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+ki\s+last\s+week,?\s+amato\s+coffee\s+mapol", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+ki\s+(.{2,60}?),\s+caffeine\s+mapol\s+onongo\s+mene", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+ki\s+(.{2,60}?),\s+workout\s+mene\s+onongo\s+bor", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"ka\s+amato\s+coffee\s+" + _TIME + r"\s+nyo\s+i\s+nge,?\s+anino\s+manok", r"do I sleep less after coffee at \1 or later"),
    (r"ka\s+" + _MEALS + r"\s+" + _TIME + r"\s+nyo\s+i\s+nge,?\s+anino\s+manok", _meal(1, "do I sleep less after {meal} at {g2} or later")),
    (r"ka\s+(\d{2,4})\s*mg\s+caffeine\s+nyo\s+mapol\s+i\s+nino,?\s+dyewor\s+ma\s+lubo\s+anino\s+manok",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"nino\s+ma\s+atiyo\s+workout,?\s+anino\s+mapol", "do I sleep longer after workout days than after rest days"),
    (r"nino\s+ma\s+atiyo\s+workout,?\s+amato\s+coffee\s+mapol", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+nga(?:\s+ducu)?\s+onongo\s+tye", r"who was at the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",?\s+heart\s+rate\s+average\s+onongo\s+adi", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+okwanyo\s+kare\s+adi(?:\s*\?\s*hours\s+nyo\s+minutes)?", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",?\s+minutes\s+adi", r"how many minutes did the \1 \2 last"),
    km_this_week(r"km\s+adi(?:\s+ducu)?"),
    (r"this\s+week\s+atiyo\s+workout\s+adi(?:\s+nio\s+tin)?", "how many workouts did I do this week"),
    (r"cokke\s+mukwongo\s+ocake\s+cawa\s+adi", "what time did my first meeting start"),
    (r"cokke\s+adi\s+ma\s+onongo\s+tye", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (_MEALS + r"\s+" + _DAY + r",?\s+(?:acamo\s+ngo|ngo\s+ma\s+acamo)", _meal(1, "what did I eat for {meal} {g2}")),
    (_MEALS + r"\s+" + _DAY + r",?\s+onongo\s+kwene", _meal(1, "where did I have {meal} {g2}")),
    (_MEALS + r"\s+(?:onongo\s+)?(?:ngo|acamo\s+ngo)", _meal(1, "what did I eat for {meal}")),
    (r"lunch\s+acamo\s+kwene", "where did I have lunch"), (r"workout\s+ngo\s+ma\s+atiyo", "what kind of workout did I do"),
    (r"anino\s+maber\s+nyo\s+pe", "how well did I sleep, good or poor"), (r"anino\s+hours\s+adi", "how many hours did I sleep"),
    (r"abuto\s+cawa\s+adi", "what time did I go to bed"), (r"acer\s+cawa\s+adi", "what time did I wake up"),
    (r"bike,?\s+km\s+adi\s+ma\s+awoto", "how many km did I cycle"), (r"aringo\s+km\s+adi", "how many km did I run"),
    (r"akwang\s+metres\s+adi", "how far did I swim"),
    (r"amato\s+coffee\s+adi", "how many coffees did I drink"), (r"caffeine\s+ducu\s+mg\s+adi", "how much caffeine in mg"),
    (r"coffee\s+mukwongo\s+amato\s+cawa\s+adi", "what time was my first coffee"),
    (r"coffee\s+me\s+agikki\s+(?:amato\s+)?cawa\s+adi", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"acamo|amato|anino|aringo|akwang|awoto|atiyo|acer|abuto|owaco|onongo|cokke|cawa|nying|gwok|nyare|mwaka|"
                           r"kwene|awene|kombedi|okwanyo|mukwongo|agikki|ocake|lubo|manok|mapol|ducu|dyewor|odiko|dyeceng|otyeno|"
                           r"akwan|aneno|awinyo|wacam|obino|bino|cabit|mene|ducu(?=\s+onongo)",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^nino\s+ma\s+peya\s+meno\s*\??$", "and the day before?"),
                         (r"^dyewor\s+ma\s+peya\s+meno\s*\??$", "and the night before?"),
                         (r"^cokke\s+meno\s+okwanyo\s+kare\s+adi\s*\??$", "and how long was that meeting?"),
                         (r"^(?:today|tin)\s+nio\s+kombedi\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"\s+kono\s*\??$", r"and \1?"),
                         (r"^((?:on|today|yesterday|the\s+night\s+of)(?:\s+" + _DATE + r")?|last\s+night)\s+kono\s*\?$", r"and \1?")),
                        r"peya|kombedi|okwanyo|kono(?=\s*\?)", least=1)


def from_acholi(text: str) -> str:
    """``text`` with its Acholi days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
