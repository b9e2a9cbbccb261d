"""Lithuanian in an English question, put into English.

People in Lithuania switch between Lithuanian and English inside a sentence: "ką valgiau pietums yesterday?" (what did
I eat for lunch), "kiek kavų išgėriau today?" (how many coffees did I drink), "kas buvo Team retro susitikime?" (who was
at the Team retro meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and caffeine,
sleep, waking and bedtime, workouts ("treniruotė"), meetings and who was there, first and last, comparisons, habits,
what someone said, follow-ups) become English, and so do the days, in an otherwise English question too ("šiandien",
"vakar", "užvakar", "pirmadienį (05-26)", "naktį iš penktadienio į šeštadienį (23/05-24/05)", "gegužės 25 d."); a remark
after the question carries nothing asked and is dropped. Both spellings are read, with the letters "ą č ę ė į š ų ū ž"
and without.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEALS = {"pusry": "breakfast", "piet": "lunch", "vakari": "dinner"}
_MEAL = r"(pusry[čc]iams|pietums|per\s+pietus|vakarienei)"
_WEEKDAY = r"(pirm|antr|tre[čc]i|ketvirt|penkt|[šs]e[šs]t|sekm)adien(?:is|į|i|io|ą)"
_MONTHS = ("sausio", "vasario", "kovo", "baland[žz]io", "gegu[žz][ėe]s", "bir[žz]elio", "liepos", "rugpj[ūu][čc]io", "rugs[ėe]jo",
           "spalio", "lapkri[čc]io", "gruod[žz]io")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December")


def _meal(word: str) -> str:
    word = word.lower().replace("per ", "")
    return next(english for stem, english in _MEALS.items() if word.startswith(stem))


def _weekday(match: re.Match[str]) -> str:
    stem = match[1].lower().replace("č", "c").replace("š", "s")
    return {"pirm": "Monday", "antr": "Tuesday", "treci": "Wednesday", "ketvirt": "Thursday", "penkt": "Friday",
            "sest": "Saturday", "sekm": "Sunday"}[stem]


def _month(match: re.Match[str]) -> str:
    index = next(i for i, pattern in enumerate(_MONTHS) if re.fullmatch(pattern, match[1], re.I))
    return f"{_MONTH_NAMES[index]} {match[2]}"


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"^o\s+kaip\s+su\s+" + _NAME + r"\?.*$", r"and \1?"),
    (r"^o\s+diena\s+prie[šs]\s+tai", "and the day before"), (r"^o\s+naktis\s+prie[šs]\s+tai", "and the night before"),
    (r"nakt[įi]\s+i[šs]\s+\w+\s+[įi]\s+\w+\s*\((\d{1,2})/(\d{1,2})\s*[-–]\s*\d{1,2}/\d{1,2}\)", r"the night of \1/\2"),
    (r"nakt[įi]\s+i[šs]\s+\w+\s+[įi]\s+\w+\s*\((\d{1,2})-(\d{1,2})\)", r"the night of \1-\2"),
    (r"(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\s*d\.?", _month),
    (r"[šs]iandien", "today"), (r"u[žz]vakar", "the day before yesterday"), (r"vakar", "yesterday"),
    (r"[šs]i[ąa]\s+savait[ęe]", "this week"), (r"pra[ėe]jusi[ąa]\s+savait[ęe]|praeit[ąa]\s+savait[ęe]", "last week"),
    (r"iki\s+[šs]iol", "so far"), (r"nuo\s+pirmadienio", "since Monday"),
    (_WEEKDAY, _weekday),
)
_DAYS = WordTable(_DAY_RULES, r"[šs]iandien|u[žz]vakar|vakar|nakt[įi]|prie[šs]\s+tai|[šs]i[ąa]\s+savait[ęe]|iki\s+[šs]iol|o\s+kaip\s+su|" + _WEEKDAY + "|" + "|".join(_MONTHS), least=1)
"""The days alone, in an English question too ("What did I have for breakfast antradienį (05-27)?")."""

_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^o\s+(.{2,60}?)\?\s*(?:t[ąa]\s+pat[įi].*)?$", r"and \1?"),
    # what someone said
    (r"kiek\s+met[ųu]\s+sukanka\s+" + _NAME + r"\s+dukrai", r"how old is \1's daughter turning"),
    (r"kelint[ąa]\s+valand[ąa]\s+nusileid[žz]ia\s+" + _NAME + r"\s+l[ėe]ktuvas", r"when does \1's flight land"),
    (r"kok[įi]\s+(podcast[ąa]|film[ąa]|knyg[ąa]|restoran[ąa])\s+" + _NAME + r"\s+(?:rekomendavo|pasi[ūu]l[ėe])",
     lambda m: f"which {dict(p='podcast', f='film', k='book', r='restaurant')[m[1][0].lower()]} did {m[2]} recommend"),
    (r"kaip\s+vadinasi\s+" + _NAME + r"\s+nauj(?:as|ojo)\s+[šs]uo", r"what is the name of \1's new dog"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|o|or|ar)\b)[^?]*$", ""),
    # a day named by what happened
    (r"t[ąa]\s+dien[ąa],?\s+kai\s+buvo\s+" + _TITLE + r"\s+(?:meeting|susitikimas)", r"on the day of the \1 meeting"),
    (r"t[ąa]\s+dien[ąa],?\s+kai", "on the day"),
    (r"kas\s+buvo\s+susitikime(?=\s+(?:right\s+after|i[šs]kart\s+po))", "who was at the meeting"),
    (r"kas\s+buvo\s+" + _TITLE + r"\s+susitikime", r"who was at the \1 meeting"),
    # habits
    (r"kaip\s+miegu\s+po\s+dien[ųu]\s+su\s+(\d+)\s*mg\s+kofeino", r"how do I sleep after days with \1 mg of caffeine"),
    (r"(?:compared\s+to|palyginus\s+su)\s+kitomis\s+dienomis", "compared to the other days"),
    (r"ar\s+miegu\s+ma[žz]iau,?\s+jei\s+geriu\s+kav[ąa](?=\s+\d)", "do I sleep less when I drink coffee at"),
    (r"ar\s+miegu\s+ma[žz]iau,?\s+jei\s+vakarieniauju(?=\s+\d)", "do I sleep less when I have dinner at"),
    (r"ar\s+miegu\s+ilgiau\s+po\s+dien[ųu]\s+su\s+treniruote", "do I sleep longer after workout days"),
    (r"ar\s+geriu\s+daugiau\s+kavos\s+treniruo[čc]i[ųu]\s+dienomis", "do I drink more coffees on workout days"),
    (r"ar\s+geriu\s+daugiau\s+kavos(?=\s+this\s+week|\s+[šs]i[ąa]\s+savait)", "do I drink more coffee"),
    # comparisons
    (r"kuri\s+treniruot[ėe]\s+buvo\s+ilgesn[ėe]", "which workout was longer"),
    (r"kuri[ąa]\s+nakt[įi]\s+miegojau\s+ilgiau", "which night did I sleep longer"),
    (r"kuri[ąa]\s+dien[ąa]\s+gavau\s+daugiau\s+kofeino", "which day did I have more caffeine"),
    (r"(?<=\s)ar(?=\s)", "or"),
    # what is asked
    (r"k[ąa]\s+valgiau\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"kur\s+(pusry[čc]iavau|pietavau|vakarieniavau)", lambda m: "where did I have " + _meal(m[1])),
    (r"kaip\s+miegojau\s+(.{0,60}?)\?\s*gerai\s+ar\s+blogai", r"did I sleep well or badly \1?"),
    (r"kiek\s+valand[ųu]\s+miegojau", "how many hours did I sleep"),
    (r"kiek\s+truko\s+" + _TITLE + r"\s+susitikimas", r"how long was the \1 meeting"), (r"kiek\s+truko", "how long was"),
    (r"kiek\s+km\s+(?:nuva[žz]iavau\s+dvira[čc]iu|numyniau)", "how many km did I cycle"),
    (r"kiek\s+km\s+(?:nub[ėe]gau|prab[ėe]gau)", "how many km did I run"), (r"kiek\s+(?:km\s+)?nuplaukiau", "how far did I swim"),
    (r"kiek\s+km\s+(\w+)\s+padariau", r"how many km of \1 have I done"),
    (r"kiek\s+treniruo[čc]i[ųu]\s+(?:turiu|turėjau|tur[ėe]jau)", "how many workouts have I done"),
    (r"kiek\s+susitikim[ųu]\s+tur[ėe]jau", "how many meetings did I have"),
    (r"kiek\s+kav[ųu]\s+i[šs]g[ėe]riau", "how many coffees did I drink"), (r"kiek\s+kofeino\s+gavau", "how much caffeine did I have"),
    (r"kada\s+atsiguliau", "what time did I go to bed"), (r"kada\s+atsik[ėe]liau|kada\s+prabudau", "what time did I wake up"),
    (r"kada\s+prasid[ėe]jo\s+pirmas\s+susitikimas", "what time did my first meeting start"),
    (r"kada\s+i[šs]g[ėe]riau\s+pirm[ąa]\s+kav[ąa]", "what time was my first coffee"),
    (r"kada\s+i[šs]g[ėe]riau\s+paskutin[ęe]\s+kav[ąa]", "what time was my last coffee"),
)
_TABLE = WordTable(_RULES, r"valgiau|pusry[čc]\w*|piet\w*|vakarien\w*|miegojau|miegu|kav[ųuąa]|kavos|kofeino|susitikim\w*|"
                           r"treniruo\w*|i[šs]g[ėe]riau|gavau|turiu|tur[ėe]jau|atsiguliau|atsik[ėe]liau|truko|nub[ėe]gau|"
                           r"nuplaukiau|numyniau|padariau|kiek|kada|kur|kaip|sukanka|dukrai|nusileid[žz]ia|l[ėe]ktuvas|"
                           r"rekomendavo|geriu|dien[ąa]|dienomis|nepamenu|pra[šs]au|buvo|at[ėe]jo|ilgesn[ėe]|daugiau",
                   least=2)
"""(Two of Lithuanian's own words at least: "kur", "kaip", "kiek" alone are no proof.)"""


def from_lithuanian(text: str) -> str:
    """``text`` with its Lithuanian phrases that say what is asked, and its days, put into English."""
    return _DAYS.in_english(_TABLE.in_english(text))
