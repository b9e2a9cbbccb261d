"""Serbian in Latin letters in an English question, put into English.

People in Serbia switch between Serbian (in its Latin alphabet, often without its "č ć š ž đ") and English inside a
sentence: "sta je bilo za veceru yesterday?" (what was there for dinner), "ko je sve bio na Team retro sastanku?" (who was
at the Team retro meeting), "koliko sam km istrcala?" (how many km did I run). The phrases that carry what is asked become
English, and so do the days, in an otherwise English question too ("juče", "prekjuče", "sinoć", "pre 3 dana (nedelja, 8.
juna)", "u četvrtak (12.06.)", "noć između petka i subote (06.06.-07.06.)", "3. maja 2036."); a remark after the
question carries nothing asked and is dropped. Croatian's table reads the words the two languages share.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEALS = (("doru", "breakfast"), ("ruc", "lunch"), ("ruč", "lunch"), ("vec", "dinner"), ("več", "dinner"))
_MEAL = r"(doru[cč]a?k|ru[cč]ak|ve[cč]eru)"
_WEEKDAY = r"(ponedelj(?:ak|ka)|utor(?:ak|ka)|sred(?:a|u|e)|[cč]etvrt(?:ak|ka)|pet(?:ak|ka)|subot(?:a|u|e)|nedelj(?:a|u|e))"
_WEEKDAYS = (("ponedelj", "Monday"), ("utor", "Tuesday"), ("sred", "Wednesday"), ("četvrt", "Thursday"), ("cetvrt", "Thursday"),
             ("pet", "Friday"), ("subot", "Saturday"), ("nedelj", "Sunday"))
_MONTHS = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra",
           "decembra")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December")
_THINGS = {"knjigu": "book", "film": "film", "podkast": "podcast", "restoran": "restaurant"}


def _meal(word: str) -> str:
    return next(english for stem, english in _MEALS if word.lower().startswith(stem))


def _weekday(match: re.Match[str]) -> str:
    return next(english for stem, english in _WEEKDAYS if match[1].lower().startswith(stem))


def _date(match: re.Match[str]) -> str:
    return f"{match[1]} {_MONTH_NAMES[_MONTHS.index(match[2].lower())]}" + (f" {match[3]}" if match[3] else "")


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"^i\s+dan\s+pre\s+toga\??(?:\s*isto.*)?$", "and the day before?"), (r"^i\s+no[cć]\s+pre\s+toga\??(?:\s*isto.*)?$", "and the night before?"),
    (r"^i\s+koliko\s+je\s+trajao\s+taj\s+sastanak", "and how long was that meeting"),
    (r"^isto\s+za\s+danas,?\s+do\s+sada", "and today so far"), (r"^isto\s+pitanje,?\s+ali\s+za\s+" + _NAME + r"\??.*$", r"and \1?"),
    (r"^isto\s+pitanje\s+za\s+(.{2,40}?),?\s*(?:molim\s+te)?\s*$", r"and \1?"),
    (r"no[cć]\s+izme[dđ]u\s+\w+\s+i\s+\w+\s*\((\d{1,2})\.(\d{1,2})\.?\s*[-–]\s*\d{1,2}\.\d{1,2}\.?\)", r"the night of \1.\2"),
    (r"(\d{1,2})\.\s*(" + "|".join(_MONTHS) + r")(?:\s+(\d{4})\.?)?", _date),
    (r"prekju[cč]e", "the day before yesterday"), (r"ju[cč]e", "yesterday"), (r"danas", "today"), (r"sino[cć]", "last night"),
    (r"pre\s+(\d+)\s+dana", r"\1 days ago"), (r"ove\s+nedelje", "this week"), (r"pro[sš]le\s+nedelje", "last week"),
    (r"u\s+" + _WEEKDAY, lambda m: "on " + _weekday(m)), (r"(?<=\()" + _WEEKDAY, _weekday),
)
_DAYS = WordTable(_DAY_RULES, r"prekju[cč]e|ju[cč]e|danas|sino[cć]|pre\s+\d+\s+dana|no[cć]\s+izme[dđ]u|isto|pre\s+toga|" + _WEEKDAY + "|"
                  + "|".join(_MONTHS), least=1)
"""The days alone, in an English question too ("Lunch pre 3 dana (nedelja, 8. juna), what was on my plate?"); a weekday only
after "u" or in brackets (Slovenian's "od ponedeljka", "z nedelje" are its own table's)."""

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"koj(?:u|i)\s+(knjigu|film|podkast)\s+mi\s+je\s+" + _NAME + r"\s+preporu[cč]i(?:o|la)(?:/la)?",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"kako\s+se\s+zove\s+onaj\s+restoran\s+(?:[sš]to|koji)\s+(?:ga\s+)?je\s+" + _NAME + r"\s+predlo[zž]i(?:o|la)(?:/la)?",
     r"which restaurant did \1 recommend"),
    (r"u\s+koliko\s+sati\s+sle[cć]e\s+avion\s+od\s+" + _NAME, r"when does \1's flight land"),
    (r"koliko\s+godina\s+puni\s+[cćč]erka\s+od\s+" + _NAME, r"how old is \1's daughter turning"),
    # remarks after the question; a day named by what happened
    (r"(?<=\?)\s+(?!(?:and|i|or|ili)\b)[^?]*$", ""),
    (r"(?:tog|onog)\s+dana,?\s+kad\s+je\s+bio\s+" + _TITLE + r"\s+sastanak", r"on the day of the \1 meeting"),
    (r"(?:tog|onog)\s+dana,?\s+kad\s+sam", "on the day I"), (r"(?:tog|onog)\s+dana,?\s+kad", "on the day"),
    (r"ko\s+je\s+(?:sve\s+)?bio\s+na\s+" + _TITLE + r"\s+sastanku", r"who was at the \1 meeting"),
    # habits and comparisons
    (r"kako\s+spavam\s+posle\s+dana\s+sa\s+(\d+)\s*mg\s+(?:kofeina|of\s+caffeine)", r"how do I sleep after days with \1 mg of caffeine"),
    (r"u\s+pore[dđ]enju\s+sa\s+ostalim\s+danima", "compared to the other days"), (r"ili\s+vi[sš]e", "or more"),
    (r"kad\s+sam\s+unela\s+vi[sš]e\s+kofeina", "which day did I have more caffeine"), (r"(?<=\s)ili(?=\s)", "or"),
    # what is asked
    (r"(?:[sš]ta\s+je\s+bilo|[sš]ta\s+sam\s+(?:imala|imao|jela|jeo))\s+za\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"[sš]ta\s+sam\s+(?:uop[sš]te\s+)?doru[cč]kovala?", "what did I eat for breakfast"),
    (r"gde\s+sam\s+(ru[cč]ala?|ve[cč]erala?|doru[cč]kovala?)", lambda m: "where did I have " + _meal(m[1])),
    (r"koliko\s+(?:minuta\s+)?je\s+trajao\s+" + _TITLE + r"\s+sastanak", r"how long was the \1 meeting"),
    (r"koliko\s+(?:minuta\s+)?je\s+trajao", "how long was"),
    (r"koliko\s+sati\s+sna\s+sam\s+imala?", "how many hours did I sleep"), (r"koliko\s+sam\s+spavala?", "how many hours did I sleep"),
    (r"koliko\s+sam\s+km\s+istr[cč]ala?", "how many km did I run"), (r"koliko\s+sam\s+(?:km\s+)?preplivala?", "how far did I swim"),
    (r"koliko\s+sam\s+imala?\s+sastanaka", "how many meetings did I have"), (r"koliko\s+sam\s+kafa\s+popila?", "how many coffees did I drink"),
    (r"u\s+koliko\s+sam\s+popila?\s+prvu\s+kafu", "what time was my first coffee"),
    (r"kad\s+sam\s+popila?\s+poslednju\s+kafu", "what time was my last coffee"),
    (r"kad\s+je\s+po[cč]eo\s+prvi\s+sastanak", "what time did my first meeting start"),
    (r"kad\s+sam\s+legla?", "what time did I go to bed"), (r"kad\s+sam\s+se\s+(?:probudila?|ustala?)", "what time did I wake up"),
)
_TABLE = WordTable(_RULES, r"bilo|koliko|kad|gde|[sš]ta|koju|koji|kako|sve|bio|sastan\w*|ve[cč]eru|ru[cč]ak|ru[cč]ala|doru[cč]\w*|kafu|kafa|"
                           r"kofeina|istr[cč]ala|preplivala|legla|spavam|imala|imao|sna|preporu[cč]\w*|predlo[zž]\w*|sle[cć]e|puni|[cćč]erka",
                   least=2)
"""(Two of its words at least: "koliko", "kad", "kako" are Croatian's and Bosnian's words too.)"""


def from_serbian(text: str) -> str:
    """``text`` with its Serbian phrases that say what is asked, and its days, put into English."""
    return _DAYS.in_english(_TABLE.in_english(text))
