"""Latvian in an English question, put into English.

People in Latvia switch between Latvian and English inside a sentence: "ko es ēdu pusdienās yesterday?" (what did I eat
for lunch), "cik kafijas es izdzēru today?" (how many coffees did I drink), "kas bija Team retro sapulcē?" (who was at
the Team retro meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and caffeine,
sleep and bedtime, workouts ("treniņš"), meetings and who was there, first and last, comparisons, habits, what someone
said, follow-ups), the days ("šodien", "vakar", "aizvakar", "naktī no piektdienas uz sestdienu (9.05)", "8. maijā",
"2036. gada 3. jūlijā") and the weekdays become English; a remark after the question carries nothing asked and is
dropped. Both spellings are read, with the long vowels and soft consonants and without.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEALS = {"brokast": "breakfast", "pusdien": "lunch", "vakariņ": "dinner", "vakarin": "dinner"}
_MEAL = r"(brokast|pusdien|vakari[ņn])\w*"
_THINGS = {"podk": "podcast", "film": "film", "gr": "book", "rest": "restaurant"}
_THING = r"(podk[āa]stu|filmu|gr[āa]matu|restor[āa]nu)"
_WEEKDAYS = {"pirm": "Monday", "otr": "Tuesday", "tre": "Wednesday", "ceturt": "Thursday", "piekt": "Friday",
             "sest": "Saturday", "sv": "Sunday"}
_WEEKDAY = r"(pirm|otr|tre[šs]|ceturt|piekt|sest|sv[ēe]t)dien(?:a|u|as)?"
_MONTHS = {"janv": "January", "febr": "February", "mart": "March", "apr": "April", "maij": "May", "jūnij": "June",
           "junij": "June", "jūlij": "July", "julij": "July", "aug": "August", "sept": "September", "okt": "October",
           "nov": "November", "dec": "December"}
_MONTH = r"(janv[āa]r|febru[āa]r|mart|apr[īi]l|maij|j[ūu]nij|j[ūu]lij|august|septembr|oktobr|novembr|decembr)\w*"
_PAST = r"(?:is|usi)"
"""A participle's ending for a man or a woman ("izdarījis", "izdarījusi")."""


def _meal(word: str) -> str:
    return next(english for stem, english in _MEALS.items() if word.lower().startswith(stem))


def _weekday(match: re.Match[str]) -> str:
    return next(english for stem, english in _WEEKDAYS.items() if match[1].lower().startswith(stem))


def _month(word: str) -> str:
    return next(english for stem, english in _MONTHS.items() if word.lower().startswith(stem))


def _thing(word: str) -> str:
    return next(english for stem, english in _THINGS.items() if word.lower().startswith(stem))


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^un\s+nakti\s+pirms\s+t[āa]s", "and the night before"), (r"^un\s+dienu\s+pirms\s+t[āa]s", "and the day before"),
    (r"^un\s+[šs]odien,?\s+(?:so\s+far|l[īi]dz\s+[šs]im)", "and today so far"),
    (r"^un\s+cik\s+ilgi\s+ilga\s+[šs][īi]\s+sapulce", "and how long was that meeting"),
    (r"^un\s+(.{2,60}?)\?\s*(?:tas\s+pats(?:\s+question|\s+jaut[āa]jums)?|the\s+same)?\s*$", r"and \1?"),
    (r"^un(?=\s)", "and"),
    # what someone said
    (r"cik\s+gadi\s+paliks\s+" + _NAME + r"\s+meitai", r"how old is \1's daughter turning"),
    (r"kuru\s+filmu\s+" + _NAME + r"\s+teica,?\s+ka\s+man\s+(?:noteikti\s+)?j[āa]redz", r"which film did \1 say I must see"),
    (r"kuru\s+gr[āa]matu\s+" + _NAME + r"\s+teica\s+man\s+(?:iz)?las[īi]t", r"which book did \1 recommend"),
    (r"kuru\s+" + _THING + r"\s+" + _NAME + r"\s+ieteica", lambda m: f"which {_thing(m[1])} did {m[2]} recommend"),
    (r"k[āa]\s+sauc\s+" + _NAME + r"\s+jauno\s+suni", r"what is the name of \1's new dog"),
    (r"cikos\s+nolai[žz]as\s+" + _NAME + r"\s+(?:lidma[šs][īi]na|reiss)", r"when does \1's flight land"),
    (r"uz\s+kurieni\s+p[āa]rc[ēe]la\s+offsite\?\s*" + _NAME + r"\s+said[^?]*$", r"where was the offsite moved, according to \1?"),
    (r"uz\s+kurieni\s+p[āa]rc[ēe]la\s+offsite", "where was the offsite moved"),
    (r"vai\s+[šs]onet?d[ēe][ļl]\s+dzeru\s+vair[āa]k\s+kafijas\s+nek[āa]", "do I drink more coffee this week than"),
    # remarks after the question; the days
    (r"(?<=\?)\s+(?!(?:and|un|or|vai)\b)[^?]*$", ""), (r"\(\s*pag[āa]ju[šs]aj[āa]\s+nakt[īi]\s*\)", ""),
    (r"nakt[īi]\s+no\s+\w+\s+uz\s+\w+\s+\((\d{1,2})\.(\d{1,2})\.?\)", r"the night of \1.\2"),
    (r"pag[āa]ju[šs]aj[āa]\s+nakt[īi]|pag[āa]ju[šs]onakt", "last night"),
    (r"aizvakar,?\s+(?=the\s+day\s+before\s+yesterday)", ""), (r"aizvakar", "the day before yesterday"),
    (r"[šs]odien", "today"), (r"vakar", "yesterday"), (r"[šs]onet?d[ēe][ļl]", "this week"),
    (r"pag[āa]ju[šs]aj[āa]\s+ned[ēe][ļl][āa]", "last week"), (r"l[īi]dz\s+[šs]im", "so far"),
    (r"kop[šs]\s+pirmdienas", "since Monday"),
    (r"(\d{4})\.\s*gada\s+(\d{1,2})\.\s*" + _MONTH, lambda m: f"{m[2]} {_month(m[3])} {m[1]}"),
    (r"(\d{1,2})\.\s*" + _MONTH, lambda m: f"{m[1]} {_month(m[2])}"),
    (_WEEKDAY, _weekday),
    # a day or a night named by what happened
    (r"t[āa]j[āa]\s+dien[āa],?\s+kad\s+bija\s+" + _TITLE + r"\s+(?:meeting|sapulce)", r"on the day of the \1 meeting"),
    (r"t[āa]j[āa]\s+dien[āa],?\s+kad", "on the day"),
    (r"kas\s+bija\s+sapulc[ēe](?=\s+(?:right\s+after|tie[šs]i\s+p[ēe]c))", "who was at the meeting"),
    (r"kas\s+bija\s+" + _TITLE + r"\s+sapulc[ēe]", r"who was at the \1 meeting"),
    # habits
    (r"k[āa]\s+es\s+gu[ļl]u\s+p[ēe]c\s+dien[āa]m\s+ar\s+(\d+)\s*mg\s+kofe[īi]na", r"how do I sleep after days with \1 mg of caffeine"),
    (r"(?:compared\s+to|sal[īi]dzin[āa]jum[āa]\s+ar)\s+cit[āa]m\s+dien[āa]m", "compared to the other days"),
    (r"vai\s+es\s+gu[ļl]u\s+maz[āa]k,?\s+ja\s+dzeru\s+kafiju(?=\s+\d)", "do I sleep less when I drink coffee at"),
    (r"vai\s+es\s+gu[ļl]u\s+maz[āa]k,?\s+ja\s+[ēe]du\s+vakari[ņn]as(?=\s+\d)", "do I sleep less when I have dinner at"),
    (r"vai\s+es\s+gu[ļl]u\s+ilg[āa]k\s+p[ēe]c\s+dien[āa]m\s+ar\s+trei?ni[ņn]u", "do I sleep longer after workout days"),
    (r"vai\s+es\s+dzeru\s+vair[āa]k\s+kafijas\s+dien[āa]s\s+ar\s+treni[ņn]u", "do I drink more coffees on workout days"),
    # comparisons
    (r"kur[šs]\s+treni[ņn][šs]\s+bija\s+gar[āa]ks", "which workout was longer"),
    (r"kur[āa]\s+nakt[īi]\s+es\s+gul[ēe]ju\s+ilg[āa]k", "which night did I sleep longer"),
    (r"kur[āa]\s+dien[āa]\s+man\s+bija\s+vair[āa]k\s+kofe[īi]na", "which day did I have more caffeine"),
    (r"(?<=\s)vai(?=\s)", "or"),
    # what is asked
    (r"ko\s+es\s+[ēe]du\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"kur\s+es\s+(?:biju|[ēe]du)\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"k[āa]\s+es\s+gul[ēe]ju\s+(.{0,60}?)\?\s*labi\s+vai\s+slikti", r"did I sleep well or badly \1?"),
    (r"k[āa]\s+es\s+gul[ēe]ju", "how well did I sleep"),
    (r"k[āa]ds\s+treni[ņn][šs]\s+man\s+bija", "what workout did I do"),
    (r"cik\s+stundas\s+es\s+nogul[ēe]ju", "how many hours did I sleep"),
    (r"cik\s+ilgi\s+ilga\s+" + _TITLE + r"\s+sapulce", r"how long was the \1 meeting"), (r"cik\s+ilgi\s+ilga", "how long was"),
    (r"cik\s+km\s+es\s+nobraucu\s+ar\s+riteni", "how many km did I cycle"), (r"cik\s+km\s+es\s+noskr[ēe]ju", "how many km did I run"),
    (r"cik\s+(?:daudz|t[āa]lu|km)\s+es\s+nopeld[ēe]ju", "how far did I swim"),
    (r"cik\s+km\s+(\w+)\s+esmu\s+izdar[īi]j" + _PAST, r"how many km of \1 have I done"),
    (r"cik\s+treni[ņn]i\s+man\s+biju[šs]i", "how many workouts have I done"),
    (r"cik\s+sapulces\s+man\s+bija", "how many meetings did I have"),
    (r"cik\s+kafijas\s+es\s+izdz[ēe]ru", "how many coffees did I drink"),
    (r"cik\s+(?:daudz\s+)?kofe[īi]na\s+es\s+(?:uz[ņn][ēe]mu|izdz[ēe]ru)", "how much caffeine did I have"),
    (r"cikos\s+s[āa]k[āa]s\s+pirm[āa]\s+sapulce", "what time did my first meeting start"),
    (r"kad\s+bija\s+mana\s+p[ēe]d[ēe]j[āa]\s+kafija|cikos\s+es\s+izdz[ēe]ru\s+p[ēe]d[ēe]jo\s+kafiju", "what time was my last coffee"),
    (r"cikos\s+es\s+izdz[ēe]ru\s+pirmo\s+kafiju|kad\s+bija\s+mana\s+pirm[āa]\s+kafija", "what time was my first coffee"),
    (r"cikos\s+es\s+aizg[āa]ju\s+gul[ēe]t", "what time did I go to bed"),
    (r"cikos\s+es\s+pamodos", "what time did I wake up"),
)
_TABLE = WordTable(_RULES, r"[ēe]du|gul[ēe]ju|nogul[ēe]ju|gu[ļl]u|sapulc\w*|brokast\w*|pusdien\w*|vakari[ņn]\w*|[šs]odien|vakar|aizvakar|"
                           r"nakt[īi]|treni[ņn]\w*|noskr[ēe]ju|nobraucu|nopeld[ēe]ju|izdz[ēe]ru|kafij\w*|kofeīn\w*|kofeina\s+es|cikos|"
                           r"[šs]onet?d[ēe][ļl]|tas\s+pats|pirms\s+t[āa]s|ieteica|teica|j[āa]redz|izlas[īi]t|paliks|meitai|p[āa]rc[ēe]la|(?:pirm|otr|tre[šs]|ceturt|piekt|sest|sv[ēe]t)dien\w*|"
                           r"maij[āa]|j[ūu]nij[āa]|j[ūu]lij[āa]|apr[īi]l[īi]",
                   least=1)
"""(Words Latvian alone spells so among the tables' languages; "es", "un", "vai", "kur", "cik" and "kas" are other
languages' words too.)"""


def from_latvian(text: str) -> str:
    """``text`` with its Latvian phrases that say what is asked put into English; a text with none of the words only
    Latvian spells so is left as it is."""
    return _TABLE.in_english(text)
