"""Bulgarian in Latin letters in an English question, put into English.

People in Bulgaria type Bulgarian in Latin letters on an English keyboard and switch to English inside a sentence:
"kakvo yadoh na obyad yesterday?" (what did I eat for lunch), "kolko kafeta izpih today?" (how many coffees did I
drink), "koi byaha na sreshtata Team retro?" (who was at the Team retro meeting). The phrases that carry what is asked
(meals and where they were eaten, coffee and caffeine, sleep, waking and bedtime, workouts ("trenirovka"), meetings and
who was there, first and last, comparisons, habits, what someone said, follow-ups), the days ("dnes", "vchera",
"snoshti", "v petak (16.05)", "vav vtornik", "v noshtta sreshtu petak (22.05 to 23.05)", "14 yuni 2036 g.") and the
weekdays become English; a remark after the question carries nothing asked and is dropped.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_TITLE_END = r"(?=\s+(?:on|today|yesterday|the|dnes|vchera|v|vav|\d)\b|\s*[?,\[(]|$)"
_MEALS = {"zakus": "breakfast", "obyad": "lunch", "obed": "lunch", "vecher": "dinner"}
_THINGS = {"podkast": "podcast", "film": "film", "kniga": "book", "restorant": "restaurant"}
_WEEKDAYS = {"ponedelnik": "Monday", "vtornik": "Tuesday", "sryada": "Wednesday", "sreda": "Wednesday",
             "chetvartak": "Thursday", "chetvurtuk": "Thursday", "petak": "Friday", "petuk": "Friday", "sabota": "Saturday",
             "subota": "Saturday", "nedelya": "Sunday", "nedelia": "Sunday"}
_WEEKDAY = r"(ponedelnik|vtornik|sr[yi]?ada|sreda|chetv[au]rt[au]k|pet[au]k|s[au]bota|nedel[yi]a)"
_MONTHS = {"yanuari": "January", "fevruari": "February", "mart": "March", "april": "April", "may": "May", "mai": "May",
           "yuni": "June", "yuli": "July", "avgust": "August", "septemvri": "September", "oktomvri": "October",
           "noemvri": "November", "dekemvri": "December"}
_MONTH = r"(yanuari|fevruari|mart|april|mai|yuni|yuli|avgust|septemvri|oktomvri|noemvri|dekemvri)"


def _weekday(word: str) -> str:
    word = word.lower()
    return next(english for stem, english in _WEEKDAYS.items() if word.startswith(stem[:4]) and word[-2:] == stem[-2:]) \
        if any(word.startswith(stem[:4]) and word[-2:] == stem[-2:] for stem in _WEEKDAYS) else _WEEKDAYS.get(word, word)


def _meal(word: str) -> str:
    return next(english for stem, english in _MEALS.items() if word.lower().startswith(stem))


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^a\s+kolko\s+(?:e\s+)?tra[yi]al[ao]\s+tazi\s+(?:sreshta|meeting)", "and how long was that meeting"),
    (r"^(?:ami|a)\s+(.{2,60}?)\?\s*(?:sashtoto|sushtoto)(?:\s+question|\s+vapros)?\s*$", r"and \1?"),
    # what someone said
    (r"kade\s+premestiha\s+offsite(?:-a)?\?\s*" + _NAME + r"\s+kaza[^?]*$", r"where was the offsite moved, according to \1?"),
    (r"kade\s+premestiha\s+offsite(?:-a)?", "where was the offsite moved"),
    (r"v\s+kolko\s+chasa\s+kac?ca\s+samoleta\s+na\s+" + _NAME, r"when does \1's flight land"),
    (r"(?:koy|koya|koe)\s+(podkast|film|kniga|restorant)\s+mi\s+preporacha\s+" + _NAME,
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"koy\s+film\s+" + _NAME + r"\s+kaza\s+che\s+tryabva\s+da\s+(?:gledam|vidya)", r"which film did \1 say I must see"),
    (r"kak\s+se\s+kazva\s+novoto\s+kuche\s+na\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"na\s+kolko\s+(?:godini\s+)?stava\s+(?:dashterya|dashteryata)\s+na\s+" + _NAME, r"how old is \1's daughter turning"),
    # remarks after the question; the days
    (r"(?<=\?)\s+(?!(?:and|ami|a|or|ili)\b)[^?]*$", ""), (r"\(\s*last\s+night\s*\)", ""),
    (r"tazi\s+sedmica", "this week"), (r"minalata\s+sedmica", "last week"),
    # a day or a night named by what happened
    (r"v\s+denya,?\s+kogato\s+beshe\s+" + _TITLE + r"\s+(?:meeting|sreshta(?:ta)?)", r"on the day of the \1 meeting"),
    (r"v\s+denya,?\s+kogato", "on the day"), (r"(?<=\s)sreshtata(?=\s*\?)", "meeting"),
    (r"koi\s+byaha\s+na\s+sreshtata\s+(?=right\s+after|sled)", "who was at the meeting "),
    (r"koi\s+byaha\s+na\s+sreshtata\s+" + _TITLE + _TITLE_END, r"who was at the \1 meeting"),
    # habits
    (r"kak\s+spya\s+sled\s+dni\s+s\s+(\d+)\s*mg\s+kofein", r"how do I sleep after days with \1 mg of caffeine"),
    (r"(?:compared\s+to|v\s+sravnenie\s+s)\s+drugite\s+dni", "compared to the other days"),
    (r"spya\s+li\s+po-?malko,?\s+ako\s+pia\s+kafe\s+v(?=\s+\d)", "do I sleep less when I drink coffee at"),
    (r"spya\s+li\s+po-?malko,?\s+ako\s+vecheryam\s+v(?=\s+\d)", "do I sleep less when I have dinner at"),
    (r"spya\s+li\s+poveche\s+sled\s+dni\s+s\s+trenirovka", "do I sleep longer after workout days"),
    (r"pia\s+li\s+poveche\s+kafe\s+v\s+dni\s+s\s+trenirovka", "do I drink more coffees on workout days"),
    (r"pia\s+li\s+poveche\s+kafe\s+this\s+week", "do I drink more coffee this week"),
    # comparisons
    (r"koya\s+trenirovka\s+beshe\s+po-?dalga", "which workout was longer"),
    (r"koya\s+nosht\s+spah\s+(?:poveche|po-?dalgo)", "which night did I sleep longer"),
    (r"v\s+koy\s+den\s+imah\s+poveche\s+kofein", "which day did I have more caffeine"),
    (r"(?<=\s)ili(?=\s)", "or"), (r"\s*(?:mg\s+za\s+vseki|za\s+vsyaka|za\s+vseki)(?=\s*[?.]|$)", ""),
    # what is asked
    (r"kakvo\s+yadoh\s+na\s+(zakuska|obyad|obed|vecherya)", lambda m: "what did I eat for " + _meal(m[1])),
    (r"kakvo\s+(zakusih|obyadvah|obedvah|vecheryah)", lambda m: "what did I eat for " + _meal(m[1])),
    (r"kade\s+(zakusih|obyadvah|obedvah|vecheryah)", lambda m: "where did I have " + _meal(m[1])),
    (r"kakva\s+trenirovka\s+imah", "what workout did I do"),
    (r"kak\s+spah\s+(.{0,60}?)\?\s*dobre\s+ili\s+zle", r"did I sleep well or badly \1?"),
    (r"kolko\s+chasa\s+spah", "how many hours did I sleep"),
    (r"kolko\s+(?:e\s+)?tra[yi]al[ao]\s+sreshtata\s+" + _TITLE + _TITLE_END, r"how long was the \1 meeting"),
    (r"kolko\s+(?:e\s+)?tra[yi]al[ao]", "how long was"),
    (r"kolko\s+km\s+karah\s+kolelo", "how many km did I cycle"), (r"kolko\s+km\s+(?:izticah|tichah|byagah)", "how many km did I run"),
    (r"kolko\s+(?:km\s+)?pluvah", "how far did I swim"),
    (r"kolko\s+km\s+(\w+)\s+imam\s+ot\s+ponedelnik", r"how many km of \1 have I done since Monday"),
    (r"kolko\s+trenirovki\s+imah", "how many workouts did I do"), (r"kolko\s+sreshti\s+imah", "how many meetings did I have"),
    (r"kolko\s+kafeta\s+izpih", "how many coffees did I drink"), (r"kolko\s+kofein\s+(?:izpih|poluchih|imah)", "how much caffeine did I have"),
    (r"v\s+kolko\s+chasa\s+se\s+sabudih", "what time did I wake up"), (r"v\s+kolko\s+chasa\s+(?:si\s+)?legnah", "what time did I go to bed"),
    (r"v\s+kolko\s+chasa\s+izpih\s+parvoto\s+kafe|koga\s+beshe\s+parvoto\s+mi\s+kafe", "what time was my first coffee"),
    (r"koga\s+beshe\s+poslednoto\s+mi\s+kafe|v\s+kolko\s+chasa\s+izpih\s+poslednoto\s+kafe", "what time was my last coffee"),
    (r"v\s+kolko\s+chasa\s+zapochna\s+parvata\s+sreshta", "what time did my first meeting start"),
)
_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"^a\s+predishniya(?:t)?\s+den", "and the day before"), (r"^a\s+predishnata\s+nosht", "and the night before"),
    (r"(\d{1,2}\.\d{1,2}\.\d{4})\s*g\.", r"\1"),  # "07.07.2036 g." (godina, the year)
    (r"v\s+noshtta\s+sreshtu\s+\w+\s*\((\d{1,2})\.(\d{1,2})\s*(?:to|do|-|–)\s*\d{1,2}\.\d{1,2}\)", r"the night of \1.\2"),
    (r"snoshti", "last night"), (r"onzi\s+den\s*\((\d{1,2}[./]\d{1,2})\)", r"on \1"), (r"onzi\s+den", "the day before yesterday"),
    (r"dnes", "today"), (r"vchera", "yesterday"),
    (r"(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})(?:\s*g\.)?", lambda m: f"{m[1]} {_MONTHS[m[2].lower()]} {m[3]}"),
    (r"(?:v|vav)\s+" + _WEEKDAY, lambda m: "on " + _weekday(m[1])), (_WEEKDAY, lambda m: _weekday(m[1])),
)
_DAYS = WordTable(_DAY_RULES, r"dnes|vchera|snoshti|noshtta|onzi\s+den|predishniya|predishnata|\d{4}\s*g|(?:v|vav)\s+" + _WEEKDAY + "|" + _WEEKDAY, least=1)
"""The days alone, in an English question too ("The swim ... v nedelya (18.05)", "dnes (Sr, 21.05)"): the weekdays,
"dnes" (Czech's word too) and "petak" (Croatian's) mean the same there."""
_TABLE = WordTable(_RULES, r"yadoh|zakus\w*|obyad\w*|vecher[yi]a\w*|kolko|koi|koy|koya|kakvo|kade|spah|spya|pia|kafeta|kafe|"
                           r"sreshta\w*|sreshti|trenirovk\w*|izpih|pluvah|izticah|karah|sabudih|dnes|vchera|snoshti|"
                           r"noshtta|sreshtu|onzi|preporacha|premestiha|kazva|kuche|novoto|samoleta|predishniya|sashtoto|sushtoto|ami|"
                           r"imah|poveche|kofein|drugite|beshe|poslednoto|parvoto|chasa|tra[yi]al[ao]",
                   least=2)
"""(Two of Bulgarian's own words at least: "kak", "ili", "den", "na", "v" are other languages' words too.)"""


def from_bulgarian(text: str) -> str:
    """``text`` with its Bulgarian phrases (in Latin letters) that say what is asked put into English; a text with fewer
    than two of the words only Bulgarian spells so is left as it is."""
    return _DAYS.in_english(_TABLE.in_english(text))
