"""Croatian in an English question, put into English.

People in Croatia switch between Croatian, often typed without its diacritics ("kava", "veceru", "rucala"), and English
inside a sentence: "sta sam jela za rucak yesterday?" (what did I eat for lunch), "koliko sam kava popila today?" (how
many coffees did I drink), "tko je bio na meetingu X?" (who was at the X meeting). The phrases that carry what is asked
(meals and where they were eaten, coffee and caffeine, sleep and waking, workouts, meetings and who was there, first and
last, longer and more, "or" ("ili"), the day named by what happened, habits, what someone said, follow-ups) become
English; the remarks after a question ("mislim previse", I think too many) carry nothing asked and are dropped. Both
spellings are read, with diacritics and without ("šta", "sta"; "ručak", "rucak").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"vecer": "dinner", "rucak": "lunch", "rucal": "lunch", "dorucak": "breakfast"}
_MEAL = r"(ve[cč]er[ue]|ru[cč]ak|doru[cč]ak)"


def _meal(word: str) -> str:
    """The English meal for a Croatian one, with or without diacritics."""
    plain = word.lower().replace("č", "c")
    return "breakfast" if plain.startswith("doru") else "lunch" if plain.startswith("ruc") else "dinner"


_WHAT = r"(?:[sš]ta|[sš]to)\s+sam\s+(?:jela|jeo|pojela|pojeo)"
_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^a\s+kod\s+" + _NAME + r"\s+kako\s+je", r"and \1"), (r"^a\s+danas\s+do\s+sad(?:a)?", "and today so far"),
    (r"^a\s+dan\s+prije", "and the day before"), (r"^a\s+no[cć]\s+prije", "and the night before"),
    (r"^a\s+" + _NAME + r"(?=\s*\?)", r"and \1"),
    # what someone said
    (r"kad\s+slije[cć]e\s+avion\s+od\s+" + _NAME, r"what time does \1's flight land"),
    (r"koliko\s+godina\s+puni\s+k[cćč]er\s+od\s+" + _NAME, r"how old is \1's daughter turning"),
    (r"kako\s+se\s+zove\s+novi\s+pas\s+od\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"koju\s+(?:knjigu|seriju)\s+mi\s+je\s+preporu[cč]io?(?:la)?\s+" + _NAME, r"which book did \1 recommend to me"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|a|or|ili)\b)[^?]*$", ""),
    # a day named by what happened
    (r"onaj\s+dan\s+kad\s+je\s+od\s+" + _NAME + r"\s+bila\s+pri[cč]a\s+o", r"on the day \1 mentioned"),
    (r"onaj\s+dan\s+kad\s+je\s+bio\s+meeting\s+(.{2,60}?)(?=\s*\?|$)", r"on the day of the \1 meeting"),
    (r"onaj\s+dan\s+kad\s+sam", "on the day I"),
    (r"u\s+no[cć]i\s+nakon\s+meetinga\s+(.{2,60}?)(?=\s*\?|$)", r"the night after the \1 meeting"),
    (r"tko\s+je\s+(?:sve\s+)?bio\s+na\s+meetingu\s+odmah\s+nakon", "who was at the meeting right after the"),
    # habits
    (r"spavam\s+li\s+du(?:l|lj)e\s+nakon\s+dana\s+s\s+workoutom\s+nego\s+nakon\s+rest\s+days",
     "do I sleep longer after workout days than after rest days"),
    (r"nakon\s+dana\s+s", "after days with"), (r"kofeina\s+ili\s+vi[sš]e", "of caffeine or more"),
    (r"kako\s+spavam\s+u\s+odnosu\s+na\s+ostale\s+dane", "how do I sleep vs other days"),
    (r"kad\s+ve[cč]eram\s+u", "when I have dinner at"), (r"kad\s+pijem\s+kavu\s+u", "when I drink coffee at"),
    (r"ili\s+kasnije", "or later"), (r"spavam\s+li\s+manje", "do I sleep less"),
    (r"pijem\s+li\s+vi[sš]e\s+kava\s+(?:na\s+dane|u\s+danima)\s+s\s+workoutom\s+nego\s+(?:na|u)\s+rest\s+days",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"pijem\s+li\s+vi[sš]e\s+kave\s+ovaj\s+tjedan\s+nego\s+pro[sš]li", "do I drink more coffee this week than last week"),
    (r"koji\s+workout\s+je\s+bio\s+du(?:l|lj)i", "which workout was longer"),
    (r"kad\s+sam\s+vi[sš]e\s+spavala", "which night did I sleep longer"),
    (r"kad\s+sam\s+imala\s+vi[sš]e\s+kofeina", "which day did I have more caffeine"),
    (r"mg\s+za\s+oba\s+dana|sa\s+satima\s+za\s+oba|minute\s+pls", ""),
    (r"(?<=\s)ili(?=\s)", "or"),
    # what is asked
    (r"di\s+sam\s+bila\s+na\s+ve[cč]eri|gdje\s+sam\s+bila\s+na\s+ve[cč]eri", "where did I have dinner"),
    (r"di\s+sam\s+ru[cč]ala|gdje\s+sam\s+ru[cč]ala", "where did I have lunch"),
    (_WHAT + r"\s+za\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"koliko\s+sam\s+sati\s+spavala", "how many hours did I sleep"), (r"koliko\s+sam\s+spavala", "how many hours did I sleep"),
    (r"kako\s+sam\s+spavala", "how did I sleep"),
    (r"tko\s+je\s+(?:sve\s+)?bio\s+na\s+meetingu\s+(.{2,60}?)(?=\s+(?:today|yesterday|on|last|this|the|\d|mon|tue|wed|thu|fri|sat|sun))",
     r"who was at the \1 meeting"),
    (r"koliko\s+sam\s+kava\s+popila", "how many coffees did I drink"),
    (r"koliko\s+km\s+(cycling|running|swimming)\s+sam\s+skupila\s+od\s+ponedjeljka", r"how many km of \1 since Monday"),
    (r"koliko\s+km\s+sam\s+(?:pretr[cč]ala|istr[cč]ala)", "how many km did I run"),
    (r"koliko\s+sam\s+preplivala", "how far did I swim"), (r"koliko\s+sam\s+(?:pretr[cč]ala|istr[cč]ala)", "how far did I run"),
    (r"koliko\s+sam\s+(?:odvozila|provozala)", "how far did I cycle"),
    (r"koliko\s+workouta\s+sam\s+odradila", "how many workouts did I do"), (r"koliko\s+sam\s+meetinga\s+imala", "how many meetings did I have"),
    (r"u\s+koliko\s+sati\s+sam\s+popila\s+prvu\s+kavu", "what time was my first coffee"),
    (r"u\s+koliko\s+sati\s+sam\s+popila\s+zadnju\s+kavu", "what time was my last coffee"),
    (r"u\s+koliko\s+(?:sati\s+)?sam\s+se\s+probudila", "what time did I wake up"),
    (r"u\s+koliko\s+(?:sati\s+)?sam\s+legla", "what time did I go to bed"),
    (r"ovaj\s+tjedan", "this week"), (r"pro[sš]li\s+tjedan", "last week"), (r"od\s+ponedjeljka", "since Monday"),
)
_TABLE = WordTable(_RULES, r"[sš]ta\s+sam|[sš]to\s+sam|koliko|kava|kavu|kave|kofeina|ve[cč]er[ueim]|ru[cč]a\w*|doru[cč]ak|spavala|"
                           r"spavam|meetingu|meetinga|workouta|workoutom|tjedan|ponedjeljka|slije[cć]e|onaj\s+dan|tko\s+je|"
                           r"probudila|legla|danas|prije|du(?:l|lj)[ei]|^a\s+kod|preplivala|pretr[cč]ala|kako\s+se\s+zove|puni\s+k[cćč]er|avion\s+od", least=1)
"""(Words of Croatian alone: "sam", "kad", "ili", "vise" are English's or other languages' words too, and no hint.)"""


def from_croatian(text: str) -> str:
    """``text`` with its Croatian phrases that say what is asked put into English; a text with too few of the words
    Croatian has is left as it is."""
    return _TABLE.in_english(text)
