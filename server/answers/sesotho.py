"""Sesotho (Southern Sotho) in an English question, put into English.

People in Lesotho and South Africa mix Sesotho into English as they type ("maobane ke noele kofi tse kae?", "ke
bo-mang ba neng ba le teng sebokeng sa Sprint planning?", "ke robetse nako e kae bosiung bo fetileng?"). Its
spelling is Lesotho's ("lijo", "hakae", "mor'a"). The words that carry what is asked (days, weeks, nights, meals,
coffee, sleep, workouts, meetings, question words, more/less, "or", the day named by what happened, habits, what
someone said) become English, and the words that only hold the sentence together ("na" that opens a yes/no
question, "'me" and, "abuti" brother) go.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"buka": "book", "book": "book", "filimi": "film", "movie": "film", "film": "film", "podcast": "podcast",
          "resturante": "restaurant", "restaurant": "restaurant", "pina": "song"}
_THINGS = "(" + "|".join(_THING) + ")"
_SAID = r"(?:a\s+nkhothalelitseng|a\s+buileng\s+ka)(?:\s+eona)?"
_LATER = r"(?:kapa\s+ka\s+mor['’]a\s+moo|kapa\s+ho\s+feta|kapa\s+morao)"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "buka eo X a nkhothalelitseng eona ke efe" (which book did X recommend to me), "X o itse ke
    # shebelle movie efe" (which film X said I should watch), "sefofane sa X se fihla ka hora mang" (when X's plane
    # lands), "X o itse launch ea Y e tla ba neng joale" (when X said the Y launch is now), "'me X o itse'ng" (and what
    # did X say)
    (_THINGS + r"\s+eo\s+" + _NAME + r"\s+" + _SAID + r"\s+ke\s+efe", lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (_NAME + r"\s+o\s+itse\s+ke\s+(?:shebelle|bale|mamele|leke)\s+" + _THINGS + r"\s+efe",
     lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (r"sefofane\s+sa\s+" + _NAME + r"\s+se\s+fihla\s+ka\s+hora\s+mang", r"what time does \1's flight land"),
    (_NAME + r"\s+o\s+itse\s+(launch|release|offsite)\s+ea\s+(.{2,30}?)\s+e\s+tla\s+ba\s+neng(?:\s+joale)?",
     r"when did \1 say the \3 \2 moved to"),
    (_NAME + r"\s+o\s+itse\s+offsite\s+e\s+isitsoe\s+kae(?:\s+joale)?", r"where did \1 say the offsite moved to"),
    (_NAME + r"\s+o\s+itse['’]ng", r"what did \1 say"),
    # a day named by what happened: "letsatsing leo X a buileng ka Y" (on the day X talked about Y), "letsatsing la X"
    # (on the day of X), "ke bo-mang ba neng ba le sebokeng ka mor'a X" (who was in the meeting after X)
    (r"letsatsing\s+leo\s+" + _NAME + r"\s+a\s+buileng\s+ka\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"letsatsing\s+la\s+(.{2,60}?)\s+ea\s+([\d.]+\s*km),", r"on the day of the \2 \1,"),
    (r"letsatsing\s+la\s+(.{2,60}?),", r"on the day of the \1,"),
    (r"ke\s+bo-?mang\s+ba\s+neng\s+ba\s+le\s+sebokeng\s+ka\s+mor['’]a\s+(.{2,60}?)\s+ea\s+ka\b",
     r"who was in the meeting after my \1"),
    # habits: "ha ke noele caffeine ea 300 mg kapa ho feta" (on days with 300 mg or more), "ha ke noele kofi ka 3 pm kapa
    # ka mor'a moo" (when I drink coffee at 3 pm or later), "ha ke jele lijo tsa mantsiboea ka 8 pm kapa ka mor'a moo"
    # (when dinner starts at 8 pm or later), "ka matsatsi ao ke ikoetlisang ka 'ona" (on the days I exercise)
    (r"ha\s+ke\s+noele\s+(?:caffeine|khafeine)\s+ea\s+(\d+)\s*mg\s+kapa\s+ho\s+feta", r"on days with \1 mg of caffeine or more"),
    (r"ha\s+ke\s+noele\s+kofi\s+ka\s+" + _CLOCK + r"\s+" + _LATER, r"on days I drink coffee at \1 or after"),
    (r"ha\s+ke\s+jele\s+(?:lijo\s+tsa\s+mantsiboea|dinner)\s+ka\s+" + _CLOCK + r"\s+" + _LATER, r"when dinner starts at \1 or later"),
    (r"ka\s+matsatsi\s+ao\s+ke\s+ikoetlisang\s+ka\s+['’]?ona", "on workout days"),
    (r"na\s+boroko\s+ba\s+ka\s+bo\s+ba\s+(?:short|bokhutšoanyane|bokhutsoanyane)", "is my sleep shorter that night"),
    (r"na\s+ke\s+robala\s+(?:less|hanyane)", "do I sleep less"), (r"na\s+ke\s+robala\s+(?:haholo|more)", "do I sleep longer"),
    (r"na\s+ke\s+noa\s+kofi\s+tse\s+ngata", "do I drink more coffee"),
    # comparisons: "boikoetliso ba ka bo nkile nako e telele X kapa Y" (did my workout last longer X or Y)
    (r"boikoetliso\s+ba\s+ka\s+bo\s+nkile\s+nako\s+e\s+telele", "which workout was longer,"),
    # days, weeks, nights
    (r"bosiung\s+bo\s+fetileng|maobane\s+bosiu", "last night"), (r"bosiu\s+bo\s+fetileng\s+pele\s+ho\s+boo", "the night before"),
    (r"letsatsi\s+le\s+neng\s+le\s+le\s+pele\s+ho\s+moo", "the day before"), (r"kajeno", "today"), (r"maobane", "yesterday"),
    (r"beke\s+ena", "this week"), (r"beke\s+e\s+fetileng", "last week"), (r"(?-i:bosiu)", "night"), (r"letsatsi", "day"),
    # what is asked
    (r"ka\s+hora\s+mang|ka\s+nako\s+mang", "at what time"), (r"nako\s+e\s+kae", "how long"), (r"hole\s+hakae", "how far"),
    (r"makhetlo\s+a\s+makae", "how many times"), (r"kofi\s+tse\s+kae|tse\s+kae", "how many coffees"),
    (r"e\s+kae\s+kaofela", "how much in total"), (r"ke\s+bo-?mang\s+ba\s+neng\s+ba\s+le\s+teng\s+sebokeng\s+sa", "who attended the"),
    (r"ke\s+bo-?mang", "who"), (r"ke\s+li\s+jele\s+kae", "where did I have it"), (r"ke\s+jele\s+eng", "what did I eat"),
    (r"e\s+ne\s+e\s+le\s+bokae", "was how much"), (r"ho\s+thoe['’]ng\s+ka", "what about"), (r"kae", "where"), (r"eng", "what"),
    (r"efe", "which"), (r"neng", "when"),
    # more, less, or
    (r"tse\s+ngata|haholo|ho\s+feta", "more"), (r"hanyane", "less"), (r"kapa", "or"), (r"telele", "longer"),
    # things and doings
    (r"lijong\s+tsa\s+hoseng|lijo\s+tsa\s+hoseng", "breakfast"), (r"lijong\s+tsa\s+motshehare|lijo\s+tsa\s+motshehare", "lunch"),
    (r"lijong\s+tsa\s+mantsiboea|lijo\s+tsa\s+mantsiboea", "dinner"), (r"kofi\s+ea\s+pele", "the first coffee"),
    (r"kofi\s+ea\s+ho\s+qetela", "the last coffee"), (r"kofi", "coffee"), (r"seboka\s+sa", "the meeting"),
    (r"seboka|sebokeng", "meeting"), (r"se\s+nkile", "did it last"), (r"ke\s+e\s+noele|ke\s+noele", "did I drink"),
    (r"ke\s+robetse", "did I sleep"), (r"ke\s+tsohile", "did I wake up"), (r"ke\s+mathile", "did I run"),
    (r"ke\s+sesitse", "did I swim"), (r"ke\s+palame\s+baesekele", "did I cycle"), (r"ke\s+ikoetlisitse", "did I work out"),
    (r"ea\s+ka|ba\s+ka", "my"), (r"nakong\s+ea", "during the"),
    # words that only hold the sentence together
    (r"^['’]me(?=\s)", "and"), (r"^na(?=\s)|abuti|ausi", ""),
)
_TABLE = WordTable(_RULES, r"kajeno|maobane|bosiu|bosiung|letsatsi|letsatsing|lijo|lijong|seboka|sebokeng|kofi|kae|hakae|bokae|"
                           r"mang|bo-mang|eng|efe|kapa|makhetlo|noele|noa|tsohile|mathile|robetse|palame|ikoetlis\w*|"
                           r"boikoetliso|nkhothalelitseng|buileng|o\s+itse|itse['’]ng|abuti|ausi|boroko|mor['’]a|joale|"
                           r"thoe['’]ng|hora|kaofela|fihla|sefofane|nakong|nako\s+e\s+kae|ea\s+ka|^['’]me")
_SESOTHO = re.compile(r"(?i)(?<![\w'’-])(?:kajeno|maobane|bosiu|bosiung|lijo|lijong|seboka|sebokeng|hakae|bokae|"
                                     r"makhetlo|noele|noa|tsohile|mathile|sesitse|ikoetlis\w*|boikoetliso|nkhothalelitseng|"
                                     r"buileng|itse|itse['’]ng|abuti|ausi|boroko|mor['’]a|thoe['’]ng|hora|kapa|kaofela|fihla|nakong|"
                                     r"nako\s+e\s+kae)(?![\w'’])")
"""Words Setswana spells otherwise (its "gompieno", "maabane", "bosigo", "dijo", "nwele", "ura"): Sesotho is tried
before it, and only a question with one of these is Sesotho's."""


def from_sesotho(text: str) -> str:
    """``text`` with its Sesotho words that say what is asked put into English; a text with fewer than two such words
    is left as it is."""
    return _TABLE.in_english(text) if _SESOTHO.search(text) else text
