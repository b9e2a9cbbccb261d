"""Nyanja (Chichewa) in an English question, put into English.

People in Zambia and Malawi mix Nyanja into English as they type ("dzulo ndinamwa khofi kangati?", "ndinali ndi
ma meeting angati lero?", "usiku wotsatira Sprint planning, ndinagona maola angati?"). The words that carry
what is asked (days, weeks, nights, meals, coffee, sleep, workouts, question words, more/less, "or", "the day
X ...", "the night after X", habits) become English, and "ma" (the plural before an English noun) goes.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"

_RULES: tuple[tuple[str, object], ...] = (
    # a day or a night named by what happened: "tsiku lomwe Tom anatchula X" (the day Tom mentioned X), "tsiku lomwe
    # I ran 9 km" (the day I ran 9 km), "usiku wotsatira X" (the night after X)
    (r"tsiku\s+lomwe\s+" + _NAME + r"\s+(?:anatchula|ananena\s+za|analankhula\s+za)\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"tsiku\s+lomwe\s+(.{2,40}?),", r"on the day \1,"), (r"usiku\s+wotsatira\s+(.{2,60}?),", r"the night after the \1,"),
    # habits: "masiku ndimamwa 300 mg ya caffeine kapena kuposa" (on days with 300 mg or more), "ndikamwa khofi pa 3 pm
    # kapena pambuyo pake" (when I drink coffee at 3 pm or after), "ndikadya dinner pa 8 pm kapena mochedwa" (dinner at 8
    # pm or later), "masiku ndichita exercise" (on days I exercise), "ndikachita exercise" (when I exercise)
    (r"masiku\s+ndimamwa\s+(\d+)\s*mg\s+ya\s+(?:caffeine|kafeini)\s+kapena\s+kuposa,?", r"on days with \1 mg of caffeine or more,"),
    (r"ndikamwa\s+khofi\s+pa\s+" + _CLOCK + r"\s+kapena\s+pambuyo\s+pake,?", r"on days I drink coffee at \1 or after,"),
    (r"ndikadya\s+(?:dinner|chakudya\s+chamadzulo)\s+pa\s+" + _CLOCK + r"\s+kapena\s+mochedwa,?", r"when dinner starts at \1 or later,"),
    (r"masiku\s+ndichita\s+(?:exercise|masewera\s+olimbitsa\s+thupi),?", "on workout days,"),
    (r"ndikachita\s+(?:exercise|masewera\s+olimbitsa\s+thupi),?", "after workout days,"),
    (r"ndimagona\s+nthawi\s+yaitali(?:\s+usiku\s+umenewo)?", "do I sleep longer that night"),
    (r"ndimagona\s+pang['’]ono(?:\s+usiku)?", "do I sleep less"), (r"ndimamwa\s+khofi\s+yambiri", "do I drink more coffee"),
    # days, weeks, nights
    (r"dzulo\s+usiku|usiku\s+wa\s+dzulo", "last night"), (r"lero", "today"), (r"dzulo", "yesterday"),
    (r"sabata\s+ino", "this week"), (r"sabata\s+yatha", "last week"), (r"usiku", "night"), (r"tsiku", "day"),
    # what is asked
    (r"nthawi\s+yanji", "what time"), (r"maola\s+angati", "how many hours"), (r"mphindi\s+zingati", "how many minutes"),
    (r"makilomita\s+angati|km\s+zingati", "how far"), (r"kangati", "how many times"), (r"angati|zingati", "how many"),
    (r"ndinadya\s+chani", "what did I eat"), (r"ndinadya\s+kuti", "where did I eat"), (r"kuti", "where"), (r"ndani", "who"),
    (r"liti", "when"), (r"chani", "what"),
    # more, less, or
    (r"yambiri|kuposa", "more"), (r"pang['’]ono", "less"), (r"kapena", "or"),
    # things and doings
    (r"chakudya\s+cham['’]?mawa", "breakfast"), (r"chakudya\s+chamasana", "lunch"), (r"chakudya\s+chamadzulo", "dinner"),
    (r"khofi", "coffee"), (r"ndinagona", "did I sleep"), (r"ndinadzuka", "did I wake up"), (r"ndinathamanga", "did I run"),
    (r"ndinasambira", "did I swim"), (r"njinga", "bike"), (r"ndinamwa", "did I drink"), (r"ndinadya", "did I eat"),
    (r"ndinali\s+ndi", "did I have"), (r"ndachita|ndinachita", "did I do"),
    # words that only hold the sentence together
    (r"ma(?=\s+[a-z])|chonde|ndiuzeni", ""),
)
_TABLE = WordTable(_RULES, r"angati|zingati|kangati|chani|ndani|lero|dzulo|sabata|usiku|tsiku|khofi|ndinagona|ndinadya|"
                           r"ndinamwa|ndinadzuka|ndinathamanga|ndinasambira|ndinali|ndachita|masiku|ndimamwa|ndimagona|"
                           r"ndikamwa|ndikadya|ndikachita|kapena|yambiri|pang['’]ono|nthawi|maola|wotsatira|lomwe")


def from_nyanja(text: str) -> str:
    """``text`` with its Nyanja (Chichewa) words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
