"""Malagasy days in an English question, put into English.

People in Madagascar write the days of their calendar in English questions: its weekdays ("Alatsinainy", "Talata",
"Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady") beside a date, its months ("on 23 Jona (Alatsinainy)"), "androany"
(today), "omaly" (yesterday), "afak'omaly" (the day before yesterday), "ity herinandro ity" (this week), nights "ny
alin'ny Talata ho Alarobia (24/06-25/06)" (the night from Tuesday to Wednesday). Those become English; a date beside a
weekday says the day, so the weekday is dropped there.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

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


def from_malagasy(text: str) -> str:
    """``text`` with its Malagasy days put into English."""
    return _TABLE.in_english(text)
