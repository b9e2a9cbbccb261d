"""Sango in an English question, put into English.

People in the Central African Republic write Sango, the national language, inside English questions, with dates as they
are written in Bangui (day first, months in French: "6 septembre", "1er septembre"). Its weekdays ("Bikua-oko",
"Bikua-use", "Bikua-ota", "Bikua-usio", "Bikua-oku", "Laposo", "Layenga": Monday to Sunday) stand beside a date
("Bikua-oko (20/10)", "20 octobre (Bikua-oko)"); "laso" is today, "biri" yesterday, "yenga so" this week, "yenga ti kozo"
last week; a night is "bi ti" (night of) before the day it starts on ("bi ti Bikua-oko (20/10-21/10)", "bi ti 20 octobre").
Those become English. The phrases that carry what is asked ("zo wa si a-yeke na" (who was at), "mbi lango ngbonga oke" (how
many hours did I sleep), "mbi te nye na kobe ti bekombite" (what did I eat for lunch)) become English too, where two of
Sango's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"bikua-oko": "Monday", "bikua-use": "Tuesday", "bikua-ota": "Wednesday", "bikua-usio": "Thursday",
             "bikua-oku": "Friday", "laposo": "Saturday", "layenga": "Sunday"}
_WD = r"(bikua-oko|bikua-usio|bikua-use|bikua-ota|bikua-oku|laposo|layenga)"
_MONTHS = {"janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April", "mai": "May",
           "juin": "June", "juillet": "July", "août": "August", "aout": "August", "septembre": "September", "octobre": "October",
           "novembre": "November", "décembre": "December", "decembre": "December"}
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
_MEALS = {"ndapre": "breakfast", "bekombite": "lunch", "bi": "dinner"}
_MEAL = r"kobe\s+ti\s+(ndapre|bekombite|bi)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\b", lambda m: f"{m[1]} {_MONTHS[m[2].lower()]}"),  # "1er septembre"
    (r"bi\s+ti\s+(?:(?:" + _WD + r"|laso|biri)\s*)?\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"bi\s+ti\s+(?:" + _WD + r"\s+)?" + _WORDS_DATE, r"the night of \2"),
    (r"bi\s+ti\s+" + _WD, lambda m: f"{_day(m[1])} night"), (r"bi\s+ti\s+biri", "last night"),
    (r"yenga\s+ti\s+kozo", "last week"), (r"yenga\s+so", "this week"),
    (r"(?:tongana\s+)?na\s+" + _WD + r"\s+ti\s+(?:fade|so)", lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"(?-i:laso)(?=\s*\(\s*\d)", "today"), (r"(?-i:biri)(?=\s*\(\s*\d)", "yesterday"),  # alone, only in Sango: Gilbertese "biri" is "run"
)
_DAYS = WordTable(_DAY_RULES, r"bikua-\w+|laposo|layenga|(?:laso|biri)(?=\s*\(\s*\d)|bi\s+ti|yenga\s+(?:so|ti)|" + "|".join(_MONTHS), least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?-i:laso)", "today"), (r"(?-i:biri)", "yesterday"),
    # follow-ups
    (r"^lango\s+so\s+a-si\s+kozo\s+ti\s+ni", "and the day before"), (r"^bi\s+so\s+a-si\s+kozo\s+ti\s+ni", "and the night before"),
    (r"^bungbi\s+ni,?\s*a-mu\s+minutes\s+oke", "and how long was that meeting"),
    (r"^" + _NAME + r"\s+ni\s*\?", r"and \1?"),
    # what someone said
    (r"molenge\s+ti\s+wali\s+ti\s+" + _NAME + r"(?:\s+fade)?\s+a-yeke\s+na\s+ngu\s+oke(?:\s+na\s+birthday\s+ti\s+lo)?",
     r"how old will \1's daughter turn"),
    (r"podcast\s+wa\s+si\s+" + _NAME + r"\s+a-tene\s+mbi\s+ti\s+ma", r"which podcast did \1 recommend"),
    (r"film\s+wa\s+si\s+" + _NAME + r"\s+a-tene\s+mbi\s+ti\s+ba", r"which film did \1 recommend"),
    (_NAME + r"\s+a-tene\s+na\s+mbi\s+ti\s+diko\s+mbeti\s+wa", r"which book did \1 recommend"),
    (r"ndo\s+ti\s+te\s+kobe\s+so\s+" + _NAME + r"\s+a-tene\s+a-yeke\s+nzoni(?:\s+ngangu)?,?\s*iri\s+ti\s+ni\s+nye",
     r"which restaurant did \1 recommend"),
    (r"mbo\s+ti\s+" + _NAME + r"\s+so\s+a-yeke\s+fini,?\s*iri\s+ti\s+lo\s+nye", r"what is the name of \1's new dog"),
    (r"plane\s+ti\s+" + _NAME + r"\s+a-yeke\s+si\s+na(?:\s+\S+)?\s+na\s+ngbonga\s+oke", r"when does \1's flight land"),
    # days named by what happened
    (r"lango\s+so\s+" + _NAME + r"\s+a-tene\s+tene\s+ti\s+(.{2,40}?),?\s*mbi\s+te\s+nye\s+na\s+(?:" + _MEAL + r"|(bi|bekombite|ndapre))",
     lambda m: f"what did I eat for {_MEALS[(m[3] or m[4]).lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"lango\s+so\s+mbi\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*mbi\s+te\s+nye\s+na\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"lango\s+so\s+(.{2,60}?)\s+a-si,?\s*mbi\s+te\s+" + _MEAL + r"\s+na\s+ndo\s+wa",
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"bi\s+so\s+a-ga\s+na\s+peko\s+ti\s+(.{2,60}?),?\s*mbi\s+lango\s+ngbonga\s+oke", r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"zo\s+wa\s+si\s+a-yeke\s+na(?:\s+bungbi)?\s+(.{2,60}?)(?=\s+(?:on\s|today|yesterday)|\s*\?|$)", r"who was at the \1 meeting"),
    (r"bungbi\s+(.{2,60}?)(\s+(?:on\s|today|yesterday)[^?]{0,30}?)?\s+a-mu\s+minutes\s+oke",
     lambda m: f"how many minutes was the {m[1]} meeting{m[2] or ''}"),
    (r"^(.{2,100}?)\s+ti\s+mbi\s+(.{2,40}?)\s+a-mu\s+minutes\s+oke", r"how many minutes did the \1 \2 last"),
    (r"mbi\s+gue\s+na\s+bungbi\s+oke", "how many meetings did I have"),
    (r"bungbi\s+ti\s+kozo\s+a-komanse\s+na\s+ngbonga\s+oke", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"mbi\s+te\s+nye\s+na\s+" + _MEAL, lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (_MEAL + r"(\s+[^,?]{2,40}?)?,?\s*mbi\s+te\s+nye", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}{m[2] or ''}"),
    (r"mbi\s+te\s+" + _MEAL + r"\s+na\s+ndo\s+wa", lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"mbi\s+lango\s+nzoni\s+wala\s+(?:pepe|sioni)", "did I sleep well or badly"),
    (r"mbi\s+gue\s+ti\s+lango\s+na\s+ngbonga\s+oke", "what time did I go to bed"),
    (r"mbi\s+lango\s+ngbonga\s+oke", "how many hours did I sleep"),
    (r"mbi\s+zingo\s+na\s+ngbonga\s+oke", "what time did I wake up"),
    (r"mbi\s+kpe\s+km\s+oke", "how many km did I run"), (r"mbi\s+gue\s+na\s+(?:bike|velo|vélo)\s+km\s+oke", "how many km did I cycle"),
    (r"mbi\s+swim\s+oke", "how far did I swim"),
    (r"mbi\s+sara\s+workout\s+oke(?:\s+awe)?", "how many workouts did I do"), (r"mbi\s+sara\s+workout\s+wa", "what kind of workout did I do"),
    (r"mbi\s+nyon\s+kawa\s+oke", "how many coffees did I drink"),
    (r"caffeine\s+kue\s+so\s+mbi\s+nyon\s+a-yeke\s+oke", "how much caffeine in mg"),
    (r"kawa\s+ti\s+kozo(?:\s+ni)?,?\s*ngbonga\s+oke", "what time was my first coffee"),
    (r"kawa\s+ti\s+nda(?:\s+ni)?,?\s*ngbonga\s+oke", "what time was my last coffee"),
    # comparisons and habits
    (r"^bi\s+wa\s+mbi\s+lango\s+ahon,?\s*(.{2,40}?)\s+wala\s+(.{2,40}?)\??\s*(?:ngbonga\s+oke\s+na\s+yeke\s+oko\s+oko)?\s*\?",
     r"which night did I sleep longer, \1 or \2, with the hours of each?"),
    (r"^(.{2,40}?)\s+wala\s+(.{2,40}?),\s*lango\s+wa\s+caffeine\s+a-ahon", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^workout\s+ti\s+(.{2,40}?)\s+na\s+ti\s+(.{2,40}?),\s*wa\s+a-ninga\s+ahon", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week,?\s*mbi\s+nyon\s+kawa\s+ahon\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"tongana\s+mbi\s+(te\s+kobe\s+ti\s+bi|nyon\s+kawa)\s+na\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+wala\s+na\s+peko\s+ni,?\s*lango\s+ti\s+mbi\s+a-kiri\s+kete",
     lambda m: f"do I sleep less after {'coffee' if 'kawa' in m[1] else 'dinner'} at {m[2]} or later"),
    (r"mbi\s+nyon\s+kawa\s+ahon\s+na\s+lango\s+ti\s+workout\s+wala\s+na\s+lango\s+so\s+mbi\s+sara\s+workout\s+pepe",
     "do I drink more coffee on workout days than on rest days"),
    (r"tongana\s+mbi\s+sara\s+workout,?\s*mbi\s+lango\s+ahon\s+lango\s+so\s+mbi\s+sara\s+pepe", "do I sleep longer after workout days than after rest days"),
    (r"(?<=\?)\s*[^?]*\bwala\b[^?]*\?\s*$", ""),  # "...? gozo na ngunza wala mbeni ye nde?": choices offered after the question
    remark_after(("and", "or", "with", "which")),  # "...? metres wala km": a remark after the question
)
_TABLE = WordTable(_ASKED, r"mbi|oke|nye|kobe|lango|ngbonga|bungbi|kawa|nyon|kpe|gue|zingo|sara|wala|ahon|zo\s+wa|a-\w+|"
                           r"molenge|wali|mbo|iri|mbeti|diko|tene|peko|tongana|kozo|ni\s*\?", least=2)


_OTHER_PERSON = WordTable(((r"^" + _NAME + r"\s+ni\s*\?\s*$", r"and \1?"),), r"ni\s*\?", least=1)  # "Tessa ni?": and Tessa?


def from_sango(text: str) -> str:
    """``text`` with its Sango days and French months, and the Sango phrases that say what is asked, put into English."""
    return _OTHER_PERSON.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
