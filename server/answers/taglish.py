"""Tagalog (Filipino) mixed into English questions (Taglish), put into English.

Filipinos switch between Tagalog and English mid-sentence as a matter of course ("ilang oras ako
natulog kagabi?", "ano kinain ko sa lunch kahapon?", "eh si Priya?"): the words that carry what is
asked (days, nights, meals, sleep, question words, "more", "or", "the day before") become English;
the particles that only colour a sentence ("ba", "po", "naman") go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"lunes": "Monday", "martes": "Tuesday", "miyerkules": "Wednesday", "miyerkoles": "Wednesday",
             "huwebes": "Thursday", "biyernes": "Friday", "sabado": "Saturday", "linggo": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_NUMBERS = {"isa": "1", "isang": "1", "dalawa": "2", "dalawang": "2", "tatlo": "3", "tatlong": "3", "apat": "4",
            "lima": "5", "limang": "5"}

_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups: "eh si Priya?", "paano si Priya?" is "what about Priya?"
    (r"(?:eh|e|paano|pano|how\s+about)\s+(?:si|kay)\s+((?-i:[A-Z])\w+)", r"what about \1"),
    (r"parehong\s+tanong|same\s+na\s+tanong|ganun\s+din", "the same question"),
    (r"(?:noong\s+|nung\s+)?gabi\s+bago\s+(?:noon|nun|yun)", "the night before"),
    (r"(?:noong\s+|nung\s+)?(?:isang\s+)?araw\s+bago\s+(?:noon|nun|yun)", "the day before"),
    # days and nights
    (r"(?:sa\s+)?mga\s+araw\s+na", "on days"), (r"(?:sa\s+)?ibang\s+araw", "other days"), (r"kagabi", "last night"), (r"kahapon", "yesterday"), (r"kanina(?:ng)?\s+umaga", "this morning"),
    (r"ngayong\s+araw|ngayon", "today"), (r"ngayong\s+linggo", "this week"),
    (r"(?:noong|nung)\s+(?:isang|nakaraang)\s+linggo|last\s+linggo", "last week"),
    (r"(\d{1,2}|isang|dalawang|tatlong|apat\s+na|limang)\s+araw\s+na\s+ang\s+(?:nakalipas|nakaraan)",
     lambda m: f"{_NUMBERS.get(m[1].lower().split()[0], m[1])} days ago"),
    (r"(?:noong\s+|nung\s+)?" + _DAY + r"\s+ng\s+gabi|gabi\s+ng\s+" + _DAY,
     lambda m: f"{_WEEKDAYS[(m[1] or m[2]).lower()]} night"),
    (r"(?:noong\s+|nung\s+|sa\s+)?" + _DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"hanggang\s+ngayon|so\s+far\s+na", "so far"),
    # what is asked
    (r"anong\s+oras|ano\s+oras|what\s+time\s+na", "what time"), (r"ilang\s+beses|ilang\s+tasa", "how many times"),
    (r"ilang\s+oras", "how many hours"), (r"ilang\s+minuto", "how many minutes"), (r"gaano\s+katagal", "how long"),
    (r"gaano\s+kalayo|ilang\s+km", "how far"), (r"ilan|ilang", "how many"), (r"sinu-sino|sino-sino|sino", "who"),
    (r"saan", "where"), (r"kailan", "when"), (r"alin|aling", "which"),
    (r"ano(?:ng)?\s+(?:ang\s+)?kinain\s+ko|ano(?:ng)?\s+kinain", "what did I eat"), (r"ano(?:ng)?", "what"),
    (r"sumali|dumalo|kasama", "attended"),
    # things and doings
    (r"almusal", "breakfast"), (r"tanghalian", "lunch"), (r"hapunan", "dinner"), (r"kinain|kumain", "ate"),
    (r"nagkape", "had coffee"), (r"kape", "coffee"), (r"natulog|tulog", "slept"), (r"gumising|nagising", "woke up"),
    (r"nag-?exercise|nag-?ehersisyo|ehersisyo", "exercise"), (r"tumakbo|takbo", "run"), (r"lumangoy", "swim"),
    (r"libro", "book"), (r"aso", "dog"), (r"sinabi|sabi", "said"), (r"gabi", "night"), (r"araw", "day"),
    # more, less, or, than
    (r"mas\s+matagal|mas\s+mahaba", "longer"), (r"mas\s+marami", "more"), (r"mas\s+kaunti|mas\s+konti", "less"),
    (r"kaysa\s+sa|kaysa|kesa\s+sa|kesa", "than"), (r"o\s+kaya|o(?=\s)", "or"),
    # the person; particles
    (r"ako|ko", "I"), (r"ba|po|naman|lang|nga|daw|yung|ang|ng|sa|mga|na|eh|kaya|pala|ba't", ""),
)
# (Not the weekdays: Spanish has most of them, and a Spanish question is the Spanish table's.)
_TABLE = WordTable(_RULES, r"noong|nung|kagabi|kahapon|ngayon|ilang|ilan|ano|anong|sino|saan|kailan|natulog|kinain|"
                           r"kumain|almusal|tanghalian|hapunan|kape|ba|po|naman|ko|ako|mas|kaysa|gaano|eh|"
                           r"si(?=\s+(?-i:[A-Z]))|araw|gabi|yung")


def from_taglish(text: str) -> str:
    """``text`` with its Tagalog words that say what is asked put into English; a text with fewer
    than two such words is left as it is."""
    return _TABLE.in_english(text)
