"""Ukrainian typed in Latin letters in an English question, put into English.

People in Ukraine type Ukrainian in Latin letters on an English keyboard and switch to English inside a sentence: "shcho
ia ila na obid yesterday?" (what did I eat for lunch), "skilky kav ia vypyla today?" (how many coffees did I drink), "khto
buv na zustrichi Team retro?" (who was at the Team retro meeting). The phrases that carry what is asked (meals and where
they were eaten, coffee and caffeine, sleep, waking and bedtime, workouts ("trenuvannia"), meetings and who was there,
first and last, comparisons, habits, what someone said, follow-ups) become English, and so do the days, in an otherwise
English question too ("sohodni", "vchora", "pozavchora", "u chetver (05.06)", "nich z ponedilka na vivtorok
(02.06-03.06)", "5 chervnia"); a remark after the question carries nothing asked and is dropped.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEALS = {"snid": "breakfast", "obid": "lunch", "vecher": "dinner"}
_MEAL = r"(snidan(?:ok|ku)|obid|vecheri[uia])"
_WEEKDAY = r"(ponedil(?:ok|ka)|vivtor(?:ok|ka)|sered(?:a|u|y)|chetver(?:ha)?|piatnyts(?:ia|iu|i)|subot(?:a|u|y)|nedil(?:ia|iu|i))"
_WEEKDAYS = (("ponedil", "Monday"), ("vivtor", "Tuesday"), ("sered", "Wednesday"), ("chetver", "Thursday"),
             ("piatnyts", "Friday"), ("subot", "Saturday"), ("nedil", "Sunday"))
_MONTHS = ("sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia",
           "lystopada", "hrudnia")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December")
_THINGS = {"restoran": "restaurant", "knyhu": "book", "podkast": "podcast", "film": "film"}


def _meal(word: str) -> str:
    return next(english for stem, english in _MEALS.items() if word.lower().startswith(stem))


def _weekday(match: re.Match[str]) -> str:
    return next(english for stem, english in _WEEKDAYS if match[1].lower().startswith(stem))


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"^a\s+za\s+den\s+do\s+toho", "and the day before"), (r"^a\s+nich\s+pered\s+tym", "and the night before"),
    (r"^a\s+skilky\s+tryvala\s+tsia\s+zustrich", "and how long was that meeting"),
    (r"^a\s+iak\s+(.{2,60}?)\?.*$", r"and \1?"), (r"^a\s+(.{2,60}?)\?\s*te\s+same.*$", r"and \1?"),
    (r"(?:v\s+)?nich\s+z\s+\w+\s+na\s+\w+\s*\((\d{1,2})\.(\d{1,2})\s*[-–]\s*\d{1,2}\.\d{1,2}\)", r"the night of \1.\2"),
    (r"v\s+nich\s+pislia\s+zustrichi\s+" + _TITLE + r"(?=\s*[?,.]|$)", r"the night after the \1 meeting"),
    (r"(\d{1,2})\s+(" + "|".join(_MONTHS) + r")", lambda m: f"{m[1]} {_MONTH_NAMES[_MONTHS.index(m[2].lower())]}"),
    (r"sohodni", "today"), (r"pozavchora", "the day before yesterday"), (r"vchora", "yesterday"),
    (r"tsoho\s+tyzhnia", "this week"), (r"mynuloho\s+tyzhnia", "last week"),
    (r"(?:v|u)\s+" + _WEEKDAY, lambda m: "on " + _weekday(m)), (_WEEKDAY, _weekday),
)
_DAYS = WordTable(_DAY_RULES, r"sohodni|pozavchora|vchora|nich|tsoho\s+tyzhnia|za\s+den\s+do\s+toho|te\s+same|tsia\s+zustrich|" + _WEEKDAY + "|"
                  + "|".join(_MONTHS), least=1)
"""The days alone, in an English question too ("How far did I run u ponedilok (02.06)?")."""

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"iak(?:yi|u)\s+(restoran|knyhu|podkast|film)\s+porady(?:v|la)\s+" + _NAME,
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"na\s+iaku\s+datu\s+perenesly\s+launch\s+(.{2,40}?)\?\s*" + _NAME + r"\s+skazal?a?[^?]*$", r"what date did \2 say the \1 launch was pushed to?"),
    (r"skilky\s+rokiv\s+vypovniu[iy]?etsia\s+donetsi\s+" + _NAME, r"how old is \1's daughter turning"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|a|or|chy)\b)[^?]*$", ""),
    # a day named by what happened
    (r"(?:toho\s+dnia|v\s+toi\s+den),?\s+koly\s+bula\s+zustrich\s+" + _TITLE + r"(?=\s*[?,.]|$)", r"on the day of the \1 meeting"),
    (r"(?:toho\s+dnia|v\s+toi\s+den),?\s+koly", "on the day"), (r"zghaduval?a?", "mentioned"),
    (r"khto\s+buv\s+na\s+zustrichi\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|\d)\b|\s*[?,]|$)", r"who was at the \1 meeting"),
    # habits
    (r"iak\s+ia\s+splu\s+pislia\s+dniv\s+z\s+(\d+)\s*mg\s+kofeinu", r"how do I sleep after days with \1 mg of caffeine"),
    (r"porivniano\s+z\s+inshymy\s+dniamy", "compared to the other days"),
    (r"chy\s+ia\s+splu\s+menshe,?\s+iakshcho\s+p'?iu\s+kavu\s+o(?=\s+\d)", "do I sleep less when I drink coffee at"),
    (r"chy\s+ia\s+splu\s+menshe,?\s+iakshcho\s+vecheriaiu\s+o(?=\s+\d)", "do I sleep less when I have dinner at"),
    (r"chy\s+ia\s+splu\s+dovshe\s+pislia\s+dniv\s+z\s+trenuvanniam", "do I sleep longer after workout days"),
    (r"chy\s+p'?iu\s+ia\s+bilshe\s+kavy\s+v\s+dni\s+z\s+trenuvanniam", "do I drink more coffees on workout days"),
    (r"chy\s+p'?iu\s+ia\s+bilshe\s+kavy", "do I drink more coffee"), (r"abo\s+piznishe", "or later"), (r"abo\s+bilshe", "or more"),
    # comparisons
    (r"koly\s+bulo\s+bilshe\s+kofeinu", "which day did I have more caffeine"),
    (r"iake\s+trenuvannia\s+bulo\s+dovshym", "which workout was longer"), (r"koly\s+ia\s+spala\s+dovshe", "which night did I sleep longer"),
    (r"(?<=\s)(?:chy|abo)(?=\s)", "or"),
    # what is asked
    (r"shcho\s+(?:ia\s+ila|bulo)\s+na\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"de\s+ia\s+(snidala|obidala|vecheriala)", lambda m: "where did I have " + _meal(m[1])),
    (r"iak\s+ia\s+spala\s+(.{0,60}?)\?\s*dobre\s+chy\s+pohano", r"did I sleep well or badly \1?"),
    (r"skilky\s+hodyn\s+ia\s+spala", "how many hours did I sleep"),
    (r"skilky\s+tryvala\s+zustrich\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|\d)\b|\s*[?,]|$)", r"how long was the \1 meeting"),
    (r"skilky\s+(?:km\s+)?ia\s+proplyvla", "how far did I swim"), (r"skilky\s+km\s+ia\s+probihla", "how many km did I run"),
    (r"skilky\s+km\s+ia\s+proikhala(?:\s+na\s+velosypedi)?", "how many km did I cycle"),
    (r"skilky\s+km\s+(\w+)\s+ia\s+zrobyl[ai]?\s+z\s+ponedilka", r"how many km of \1 have I done since Monday"),
    (r"skilky\s+trenuvan\s+u\s+mene\s+bulo", "how many workouts have I done"), (r"skilky\s+zustrichei\s+u\s+mene\s+bulo", "how many meetings did I have"),
    (r"skilky\s+kav\s+ia\s+vypyla", "how many coffees did I drink"), (r"skilky\s+kofeinu\s+ia\s+otrymala", "how much caffeine did I have"),
    (r"koly\s+ia\s+lyhla\s+spaty", "what time did I go to bed"), (r"o\s+kotrii\s+ia\s+prokynulasia", "what time did I wake up"),
    (r"o\s+kotrii\s+ia\s+vypyla\s+pershu\s+kavu", "what time was my first coffee"),
    (r"koly\s+bula\s+moia\s+ostannia\s+kava|o\s+kotrii\s+ia\s+vypyla\s+ostanniu\s+kavu", "what time was my last coffee"),
    (r"o\s+kotrii\s+pochalasia\s+persha\s+zustrich", "what time did my first meeting start"),
    (r",?\s*u\s+mg(?=\s*\?)", ""),
)
_TABLE = WordTable(_RULES, r"ia|ila|bulo|skilky|shcho|khto|koly|kotrii|spala|splu|kav[auy]?|kofeinu|zustrich\w*|trenuvan\w*|"
                           r"vypyla|otrymala|proplyvla|probihla|lyhla|prokynulasia|porady\w*|donetsi|obidala|vecheriala|"
                           r"snidala|vecheriaiu|iakshcho|dniv|zghaduval?a?|iakyi|iaku|iake|zrobyla|zrobyv|perenesly|skazal?a?",
                   least=2)
"""(Two of its words at least: "ia" and "koly" alone are no proof.)"""


def from_ukrainian(text: str) -> str:
    """``text`` with its Ukrainian phrases (in Latin letters) that say what is asked, and its days, put into English."""
    return _DAYS.in_english(_TABLE.in_english(text))
