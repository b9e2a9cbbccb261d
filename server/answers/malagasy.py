"""Malagasy in an English question, put into English.

People in Madagascar write the days of their calendar in English questions: its weekdays ("Alatsinainy", "Talata",
"Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady") beside a date, its months ("on 23 Jona (Alatsinainy)"), "androany"
(today), "omaly" (yesterday), "afak'omaly" (the day before yesterday), "ity herinandro ity" (this week), nights "ny
alin'ny Talata ho Alarobia (24/06-25/06)" (the night from Tuesday to Wednesday). Those become English; a date beside a
weekday says the day, so the weekday is dropped there. The phrases that carry what is asked ("iza avy no tonga tamin ny
fivoriana X" (who came to the X meeting), "firy kaopy kafe no nosotroiko" (how many cups of coffee did I drink), "ora
firy aho no nifoha" (what time did I wake up), "inona ny sakafo hariva" (what was dinner), "ary X kosa?" (and X?)) become
English too, where at least two of Malagasy's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"

_WEEKDAY = r"(?:Alatsinainy|Talata|Alarobia|Alakamisy|Zoma|Sabotsy|Alahady)"
_WEEKDAYS = {"alatsinainy": "Monday", "talata": "Tuesday", "alarobia": "Wednesday", "alakamisy": "Thursday", "zoma": "Friday",
             "sabotsy": "Saturday", "alahady": "Sunday"}
_MONTHS = {"janoary": "January", "febroary": "February", "martsa": "March", "aprily": "April", "mey": "May", "jona": "June",
           "jolay": "July", "aogositra": "August", "septambra": "September", "oktobra": "October", "novambra": "November",
           "desambra": "December"}
_MONTH = r"(janoary|febroary|martsa|aprily|mey|jona|jolay|aogositra|septambra|oktobra|novambra|desambra)"

_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:ny\s+)?alin['’]ny\s+" + _WEEKDAY + r"\s+ho\s+" + _WEEKDAY + r"\s*\((\d{1,2}/\d{1,2})\s*[-–]\s*\d{1,2}/\d{1,2}\)",
     r"the night of \1"),
    (r"(\d{1,2})\s+" + _MONTH + r"\s*\(\s*" + _WEEKDAY + r"\s*\)", lambda m: f"{m[1]} {_MONTHS[m[2].lower()]}"),
    (r"(\d{1,2})\s+" + _MONTH, lambda m: f"{m[1]} {_MONTHS[m[2].lower()]}"),
    (r"\(\s*" + _WEEKDAY + r"\s+(\d{1,2}/\d{1,2})\s*\)", r"(\1)"),
    (r"afak['’]omaly", "the day before yesterday"), (r"androany", "today"), (r"omaly", "yesterday"),
    (r"ity\s+herinandro\s+ity", "this week"), (r"since\s+alatsinainy", "since Monday"),
    (r"(?<=of\s)" + _WEEKDAY + r"(?=\s+\d{1,2}/\d{1,2})", ""), (_WEEKDAY + r"(?=\s+\d{1,2}/\d{1,2})", "on"),
    (r"ny\s+(" + _WEEKDAY + r")(?=\s*\()", lambda m: "on " + _WEEKDAYS[m[1].lower()]),
)
_TABLE = WordTable(_RULES, r"androany|omaly|afak['’]omaly|herinandro|alin['’]ny|" + _MONTH + "|" + _WEEKDAY, least=1)


_ASKED: tuple[tuple[str, object], ...] = (
    (r"^ary\s+ny\s+andro\s+teo\s+aloha", "and the day before"), (r"^ary\s+ny\s+alina\s+teo\s+aloha", "and the night before"),
    (r"naharitra\s+hafiriana\s+izany\s+fivoriana\s+izany", "how long did that meeting last"),
    (r"naharitra\s+hafiriana", "how long did it last"), (r"^ary\s+" + _NAME + r"\s+kosa", r"and \1"),
    (r"^ary(?=\s)", "and"),
    (r"rahoviana\s+no\s+tonga\s+ny\s+fiaramanidina\s+(?:of|an['’]?i)\s+" + _NAME, r"when does \1's flight land"),
    (r"(?<=\?)\s+(?!(?:and|ary|or|sa)\b)[^?]*$", ""),
    (r"ilay\s+andro\s+nilazan['’]?\s*" + _NAME + r"\s+ny\s+(.{2,40}?),\s*inona\s+no\s+sakafo\s+hariva",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"ilay\s+andro\s+(.{2,40}?)\s+aho,\s*inona\s+no\s+sakafo\s+hariva", r"what did I eat for dinner on the day I \1"),
    (r"tamin['’]?\s*ny\s+andro\s+nisy\s+fivoriana\s+" + _TITLE + r",\s*aiza\s+no\s+nisakafoako\s+atoandro",
     r"where did I have lunch on the day of the \1 meeting"),
    (r"ny\s+alina\s+after\s+ny\s+fivoriana\s+" + _TITLE + r",\s*firy\s+ora\s+no\s+natory\s+aho",
     r"how many hours did I sleep the night after the \1 meeting"),
    (r"iza\s+avy\s+no\s+tonga\s+tamin['’]?\s*ny\s+fivoriana\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|\d)\b|\s*[?(,]|$)",
     r"who was at the \1 meeting"),
    (r"firy\s+kaopy\s+kafe\s+no\s+nosotroiko", "how many coffees did I drink"),
    (r"ora\s+firy\s+ny\s+kafe\s+voalohany", "what time was my first coffee"), (r"ora\s+firy\s+ny\s+kafe\s+farany", "what time was my last coffee"),
    (r"ora\s+firy\s+aho\s+no\s+nifoha", "what time did I wake up"), (r"ora\s+firy\s+aho\s+no\s+natory", "what time did I go to bed"),
    (r"firy\s+ora\s+no\s+natory\s+aho", "how many hours did I sleep"),
    (r"inona\s+(?:ny|no)\s+sakafo\s+hariva", "what did I eat for dinner"), (r"inona\s+(?:ny|no)\s+sakafo\s+atoandro", "what did I eat for lunch"),
    (r"inona\s+(?:ny|no)\s+sakafo\s+maraina", "what did I eat for breakfast"),
    (r"aiza\s+no\s+nisakafoako\s+hariva", "where did I have dinner"), (r"aiza\s+no\s+nisakafoako\s+atoandro", "where did I have lunch"),
    (r"inona\s+ny\s+fanatanjahantena\s+nataoko", "what workout did I do"), (r"firy\s+ny\s+workout\s+nataoko", "how many workouts have I done"),
    (r"amin['’]?\s*ny\s+andro\s+misy", "on days with"), (r"noho\s+ny\s+andro\s+tsy\s+misy", "than on days without"),
    (r"(?<=\s)ve(?=\s)", ""), (r"alika\s+vaovao", "new dog"), (r"alika", "dog"),
    (r"(?<=\s)sa(?=\s)", "or"), (r"aiza\s+no\s+lava\s+kokoa\s+ny\s+torimasoko", "which night did I sleep longer"),
    (r"sakafo\s+atoandro", "lunch"), (r"sakafo\s+hariva", "dinner"), (r"inona\s+no\s+nohaniko", "what did I eat"),
    (r"bisikileta", "bike ride"), (r"torimasoko|torimaso", "sleep"), (r"kafe", "coffee"),
)
_ASKED_TABLE = WordTable(_ASKED, r"iza|avy|tonga|tamin|fivoriana|firy|kaopy|kafe|nosotroiko|ora|aho|nifoha|natory|inona|sakafo|"
                                 r"hariva|atoandro|aiza|nisakafoako|nataoko|ary|kosa|rahoviana|fiaramanidina|ilay|andro|nilazan|"
                                 r"torimasoko|torimaso|bisikileta|nohaniko|naharitra|hafiriana|izany|amin|misy|noho|tsy|"
                                 r"alika|vaovao|alina|teo|aloha|herinandro|androany|omaly", least=2)


def from_malagasy(text: str) -> str:
    """``text`` with its Malagasy days, and the Malagasy phrases that say what is asked, put into English."""
    return _ASKED_TABLE.in_english(_TABLE.in_english(text), hinted_by=text)  # "ity herinandro ity ... kafe": the days count too
