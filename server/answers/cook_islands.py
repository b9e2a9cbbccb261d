"""Cook Islands Māori in an English question, put into English.

People in Rarotonga mix Cook Islands Māori words into English: "kai ahiahi" (dinner), "kai avatea" (lunch), "kaope"
(coffee), "moe" (sleep), "e ia" (how many), "i teia ra" (today), "nanai" (yesterday), nights "te po o Varaire ki Maanakai
(13/06-14/06)" (the night from Friday to Saturday), and the weekdays and months of its calendar ("on 14 Tiunu
(Maanakai)", "i te Ruitoru (18/06)"). Those become English; a date beside a weekday says the day, so the weekday is
dropped there. The table is tried only when a word Cook Islands Māori alone spells so is in the question.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAY = r"(?:Monire|Ruirua|Ruitoru|Paraparau|Varaire|Maanakai|M[āa]anakai|Tapati|Sabati)"
_MONTHS = {"tianuare": "January", "pepueri": "February", "mati": "March", "aperira": "April", "me": "May", "tiunu": "June",
           "tiurai": "July", "aukute": "August", "tetema": "September", "okotopa": "October", "noema": "November",
           "titema": "December"}
_MONTH = r"(tianuare|pepueri|mati|aperira|tiunu|tiurai|aukute|tetema|okotopa|noema|titema)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"

_RULES: tuple[tuple[str, object], ...] = (
    (r"^e\s+what\s+about\s+" + _NAME + r"\?.*$", r"and \1?"), (r"same\s+patai", ""),
    (r"^e\s+the\s+po\s+before(?:\s+that(?:\s+one)?)?", "and the night before"),
    (r"i\s+te\s+po\s+nanai(?:\s*\(\s*last\s+night\s*\))?", "last night"),
    (r"te\s+po\s+o\s+" + _WEEKDAY + r"\s+ki\s+" + _WEEKDAY + r"\s*\((\d{1,2}/\d{1,2})\s*[-–]\s*\d{1,2}/\d{1,2}\)", r"the night of \1"),
    (r"(\d{1,2})\s+" + _MONTH + r"\s*\(\s*" + _WEEKDAY + r"\s*\)", lambda m: f"{m[1]} {_MONTHS[m[2].lower()]}"),
    (r"(\d{1,2})\s+" + _MONTH, lambda m: f"{m[1]} {_MONTHS[m[2].lower()]}"),
    (r"i\s+teia\s+ra\s*\(\s*" + _WEEKDAY + r"\s+(\d{1,2}/\d{1,2})\s*\)", r"today (\1)"), (r"i\s+teia\s+ra", "today"),
    (r"nanai\s*\(\s*" + _WEEKDAY + r"\s+(\d{1,2}/\d{1,2})\s*\)", r"yesterday (\1)"), (r"nanai", "yesterday"),
    (r"i\s+te\s+" + _WEEKDAY + r"\s*\((\d{1,2}/\d{1,2})\)", r"on \1"), (r"\(\s*" + _WEEKDAY + r"\s+(\d{1,2}/\d{1,2})\s*\)", r"(\1)"),
    (r"(?<=of\s)" + _WEEKDAY + r"(?=\s+\d{1,2}/\d{1,2})", ""), (_WEEKDAY + r"(?=\s+\d{1,2}/\d{1,2})", "on"),
    (r"kai\s+ahiahi", "dinner"), (r"kai\s+avatea", "lunch"), (r"kai\s+popongi", "breakfast"), (r"kaope", "coffee"),
    (r"e\s+ia(?=\s+(?:hours?|km|kaope|coffees?|meetings?|minutes?))", "how many"), (r"moe", "sleep"),
    (r"(?<=\s)ra(?=\s|\?)", "day"), (r"kia\s+orana,?", ""),
)
_TABLE = WordTable(_RULES, r"kai\s+ahiahi|kai\s+avatea|kai\s+popongi|kaope|i\s+teia\s+ra|nanai|te\s+po\s+o|the\s+po|patai|kia\s+orana|moe|"
                           + _MONTH + "|" + _WEEKDAY, least=1)


def from_cook_islands(text: str) -> str:
    """``text`` with its Cook Islands Māori words for meals, coffee, sleep and days put into English."""
    return _TABLE.in_english(text)

