"""Mongolian typed in Latin letters in an English question, put into English.

People in Mongolia chat in Mongolian typed on an English keyboard (Cyrillic "ө" and "ү" as "o" and "u", "х" as
"h") and mix it into English ("ochigdor hed ayaga kofe uusan be?", "Sprint planning hurald hen hen oroltsson
be?", "Tom-iin nisleg hed tsagt buuh ve?"). Mongolian puts the verb last and glues its case endings to the
word ("hurald" in the meeting, "odroo" on the day); the rules read the words, not their order, and do without
"ba" (and), which the Taglish table before them takes for a question particle. The words that
carry what is asked become English, and the question particles ("be", "ve", "n'") go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*?)(?:-?(?:iin|yn|in|g|ig))?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_THING = {"nom": "book", "kino": "film", "restoran": "restaurant", "podcast": "podcast", "duu": "song"}
_THINGS = "(" + "|".join(_THING) + ")"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "Tom-iin nisleg hed tsagt buuh ve" (what time Tom's flight lands), "Tom yamar nom unsh gej
    # zuvlusun be" (which book Tom recommended), "Tom-iin shine nohoinii ner yu ve" (Tom's new dog's name)
    (_NAME + r"\s+nisleg\s+hed\s+tsagt\s+(?:buuh|gazardah)", r"what time does \1's flight land"),
    (_NAME + r"\s+(?:yamar|ali)\s+" + _THINGS + r"(?:\s+[\w'’]+){0,3}?\s+gej\s+(?:zuvlusun|helsen)", lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (_NAME + r"\s+shine\s+nohoinii\s+ner", r"what is the name of \1's new dog"),
    (_NAME + r"\s+shine\s+muurnii\s+ner", r"what is the name of \1's new cat"),
    (_NAME + r"\s+ohin\s+hed\s+nas(?:and)?\s+(?:hurch|hurne)", r"how old is \1's daughter turning"),
    # a day named by what happened: "X bolson odor" (the day of X), "Tom X-g zuvlusun odor" (the day Tom recommended X),
    # "2.3 km swam odroo" (on the day I swam 2.3 km)
    (r"^(.{2,60}?)\s+bolson\s+odor", r"on the day of the \1,"),
    (r"^" + _NAME + r"\s+(.{2,40}?)-?g\s+zuvlusun\s+odor", r"on the day \1 recommended \2,"),
    (r"^([\d.]+\s*km\s+\w+)\s+odroo", r"on the day I \1,"),
    # habits: "... avsan odruud ba busad odruudiin daraah shono" (on the days with ... than the other days, the
    # night after), "koffein avsan" (had caffeine), "8 pm-ees hoish" (at 8 pm or later)
    (r"(\d+)\s*mg\s+(?:ba\s+)?tuunees\s+deesh\s+koffein\s+avsan\s+odruud", r"on days with \1 mg of caffeine or more"),
    (_CLOCK + r"-?ees\s+hoish\s+kofe\s+uusan\s+odruud", r"on days I drink coffee at \1 or after"),
    (r"oroin\s+hool\s+" + _CLOCK + r"-?ees\s+hoish\s+ehelsen\s+odruud", r"when dinner starts at \1 or later"),
    (r"dasgal\s+hiisen\s+odruud", "on workout days"),
    (r"(?:ba\s+)?busad\s+odruudiin\s+daraah\s+shono\s+dundajaar\s+hed\s+tsag\s+untdag\s+ve\??(?:\s*baga\s+(?:untdag\s+)?uu\??)?",
     ", do I sleep less than on other days? on average"),
    (r"(?:ba\s+)?busad\s+odruudiin\s+daraah\s+shono", "than other nights,"),
    (r"dundajaar", "on average"), (r"baga\s+untdag|baga", "less"), (r"untdag", "do I sleep"),
    # days, weeks, nights
    (r"unuudur", "today"), (r"ochigdor", "yesterday"), (r"ene\s+doloo\s+honog(?:t)?", "this week"),
    (r"ungursun\s+doloo\s+honog(?:t)?", "last week"), (r"omnoh\s+shono", "the night before"), (r"omnoh\s+odor", "the day before"),
    (r"shono", "night"), (r"harin|tegeed", "and"),
    # what is asked
    (r"hed\s+tsagt", "at what time"), (r"hed\s+tsag", "how many hours"), (r"hed\s+minut", "how many minutes"),
    (r"hed\s+km|hed\s+kilometr", "how far"), (r"hed\s+udaa", "how many times"), (r"hed\s+mg", "how many mg"), (r"hed", "how many"),
    (r"yu\s+idsen", "what did I eat"), (r"haana\s+idsen", "where did I eat"), (r"haana", "where"),
    (r"hen\s+hen\s+oroltsson|hen\s+oroltsson", "who attended"), (r"hen", "who"), (r"ali\s+odor", "which day"), (r"ali", "which"),
    (r"yu", "what"),
    # more, less, or
    (r"n['’]\s+urt", "longer"), (r"n['’]\s+iluu|iluu", "more"), (r"ba|esvel", "or"),
    # things and doings
    (r"oglooni\s+hool(?:oor)?", "breakfast"), (r"udiin\s+hool(?:oor|aa)?", "lunch"), (r"oroin\s+hool(?:oor)?", "dinner"),
    (r"koffein", "caffeine"), (r"ayaga\s+kofe|kofe", "coffee"), (r"hural(?:d|iin)?", "meeting"), (r"bossan", "did I wake up"),
    (r"untsan", "did I sleep"), (r"dasgal", "workout"), (r"dugui\s+unaad", "cycling"), (r"guisen", "did I run"), (r"sevsen", "did I swim"),
    (r"uusan", "did I drink"), (r"baisan", "were there"), (r"urgeljilsen", "lasted"), (r"avsan", "did I have"), (r"hiisen", "did I do"),
    # words that only hold the sentence together
    (r"bi|be|ve|uu|n['’]|yavsan", ""),
)
_TABLE = WordTable(_RULES, r"hed|haana|ali|yamar|unuudur|ochigdor|doloo|honog\w*|shono|odor|odroo|hool\w*|idsen|kofe|"
                           r"koffein|ayaga|hural\w*|untsan|bossan|dasgal|uusan|baisan|iluu|baga|harin|tegeed|omnoh|zuvlusun|"
                           r"nisleg|oroltsson|urgeljilsen|dundajaar|untdag|shine|nohoinii|muurnii|gej|helsen|n['’](?=\s*\?)|(?:yu|hen)(?=\s+(?:idsen|oroltsson|ve|be)\b)")


def from_mongolian(text: str) -> str:
    """``text`` with its Mongolian (Latin letters) words that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
