"""Luganda in an English question, put into English.

People in Uganda mix Luganda into English as they type ("jjo nanywa ebikopo bya kaawa bimeka?", "olukiiko lwa
Sprint planning, baani abaaliyo?", "embwa ya Tom empya, erinnya lyayo ki?"). Luganda joins "of" to the next word
("lwa", "lw'", "ya", "bya"): the rules read them with it. The words that carry what is asked (days, weeks,
nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", "the day of", "the night
after") become English, and the words that only hold the sentence together ("bambi" please, "nzijukize"
remind me) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"mmande": "Monday", "lwakubiri": "Tuesday", "lwakusatu": "Wednesday", "lwakuna": "Thursday",
             "lwakutaano": "Friday", "lwamukaaga": "Saturday", "sabbiiti": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"firimu": "film", "filimu": "film", "ekitabo": "book", "kitabo": "book", "wooteeri": "restaurant",
          "restaurant": "restaurant", "podcast": "podcast", "oluyimba": "song"}
_THINGS = "(" + "|".join(_THING) + ")"
_MEETING = r"(?:olukiiko|enkiiko|nkiiko|olukungaana)"
_OF = r"(?:lwa|lw['’]|lya|lye|ya|za|bya|kya|wa|gwa|ba)"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "firimu ki Tom gye yagamba ndabe" (which film Tom said I should watch), "embwa ya Tom empya,
    # erinnya lyayo ki" (the name of Tom's new dog), "ennyonyi ya Tom egwa ku ssaawa mmeka" (when Tom's plane lands)
    (_THINGS + r"\s+ki\s+" + _NAME + r"\s+gye\s+(?:yagamba|yanteesa|yaŋŋamba|yalaga)(?:\s+\w+)?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"embwa\s+ya\s+" + _NAME + r"\s+empya,?\s+erinnya\s+lyayo\s+(?:ye\s+)?ki", r"what is the name of \1's new dog"),
    (r"kkapa\s+ya\s+" + _NAME + r"\s+empya,?\s+erinnya\s+lyayo\s+(?:ye\s+)?ki", r"what is the name of \1's new cat"),
    (r"ennyonyi\s+ya\s+" + _NAME + r"\s+(?:egwa|etuuka)\s+ku\s+ssaawa\s+mmeka", r"what time does \1's flight land"),
    (r"muwala\s+wa\s+" + _NAME + r"\s+(?:agenda\s+kuweza|aweza)\s+emyaka\s+emeka", r"how old is \1's daughter turning"),
    # a day or a night named by what happened: "olunaku lwa X" (the day of X), "olunaku lwe i ran 7 km" (the day I
    # ran 7 km), "ekiro oluvannyuma lw'olukiiko lwa X" (the night after the meeting X)
    (r"ekiro\s+oluvannyuma\s+lw['’]\s*(?:" + _MEETING + r"\s+lwa\s+)?(.{2,60}?),", r"the night after the \1,"),
    (r"olunaku\s+lwe\s+(.{2,60}?),", r"on the day \1,"),
    (r"olunaku\s+lwa\s+(.{2,60}?),", r"on the day of the \1,"),
    # habits: "bwe nnywa caffeine 300 mg oba okusingawo" (when I have 300 mg of caffeine or more), "ku nnaku ze nnywa
    # kaawa at or after 3 pm" (on the days I drink coffee at or after 3 pm), "bwe ndya ekyeggulo at or after 8 pm"
    (r"bwe\s+nnywa\s+(?:caffeine|kafeyini)\s+(\d+)\s*mg\s+oba\s+okusingawo(?:\s+mu\s+lunaku)?,?",
     r"on days with \1 mg of caffeine or more,"),
    (r"ku\s+nnaku\s+ze\s+nnywa\s+kaawa\s+(?:at\s+or\s+after|oluvannyuma\s+lwa)\s+" + _CLOCK + r",?",
     r"on days I drink coffee at \1 or after,"),
    (r"bwe\s+ndya\s+ekyeggulo\s+(?:at\s+or\s+after|oluvannyuma\s+lwa)\s+" + _CLOCK + r",?", r"when dinner starts at \1 or later,"),
    (r"ku\s+nnaku\s+ze\s+nkola\s+dduyiro", "on workout days"), (r"ku\s+nnaku\s+ze\s+sikola\s+dduyiro", "on days without a workout"),
    (r"nneebaka\s+kitono", "do I sleep less"), (r"nneebaka\s+nnyo|nneebaka\s+okusingawo", "do I sleep more"),
    (r"averages?\s+zombi|zombi", "both"),
    # days, weeks, nights
    (r"ekiro\s+kya\s+jjo|ekiro\s+ekiyise", "last night"), (r"leero", "today"), (r"jjo", "yesterday"),
    (r"wiiki\s+eno", "this week"), (r"wiiki\s+ewedde", "last week"), (r"okuva\s+ku\s+" + _DAY, lambda m: f"since {_WEEKDAYS[m[1].lower()]}"),
    (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"), (r"ekiro\s+ekyasooka|ekiro\s+ekyo\s+ekyakisooka", "the night before"),
    (r"ekiro", "night"), (r"olunaku", "day"),
    # what is asked
    (r"ku\s+ssaawa\s+mmeka", "at what time"), (r"essaawa\s+mmeka", "how many hours"), (r"ddakiika\s+mmeka", "how many minutes"),
    (r"kilomita\s+mmeka|km\s+mmeka", "how far"), (r"emirundi\s+emeka", "how many times"), (r"bbanga\s+ki", "how long"),
    (r"mmeka|bimeka|emeka|meka", "how many"), (r"nalidde\s+ki", "what did I eat"), (r"nalidde\s+wa", "where did I eat"),
    (r"baani\s+abaaliyo|baani\s+abaaliwo|baani", "who attended"), (r"ani", "who"), (r"ddi", "when"), (r"ki", "what"),
    # more, less, or
    (r"okusingawo|nnyo", "more"), (r"kitono", "less"), (r"oba", "or"),
    # things and doings
    (r"ekyenkya", "breakfast"), (r"ekyemisana", "lunch"), (r"ekyeggulo", "dinner"), (r"kafeyini", "caffeine"),
    (r"kaawa\s+(?:yange\s+)?eyasooka|kaawa\s+(?:yange\s+)?olwasooka", "first coffee"), (r"ebikopo\s+bya\s+kaawa|ebikopo", "coffees"),
    (r"kaawa(?:\s+yange)?", "coffee"), (_MEETING + r"(?:\s+" + _OF + r")?", "meeting"), (r"olwasooka|eyasooka", "first"),
    (r"olusembayo|eyasembayo", "last"), (r"lwatandika", "start"), (r"lwamala", "last"),
    (r"nneebase|nneebaka", "did I sleep"), (r"nazuukuka", "did I wake up"), (r"nagenda\s+okwebaka", "did I go to bed"),
    (r"nadduka", "did I run"), (r"nawuga", "did I swim"), (r"nvuga\s+ggaali|navuga\s+ggaali|ggaali", "bike"),
    (r"dduyiro", "workout"), (r"nanywa|nnywa", "did I drink"), (r"nabadde\s+mu", "did I have"), (r"nkoze", "did I do"),
    (r"yali", "was"), (r"^ate(?=\s)", "and"),  # (only first: "ate Tessa?" is "and Tessa?"; "ate" in English is eating)
    # words that only hold the sentence together
    (r"bambi|nzijukize|mbuulira|nsaba|same\s+thing\s+bambi|" + _OF, ""),
)
_TABLE = WordTable(_RULES, r"mmeka|bimeka|emeka|baani|nalidde|nanywa|nnywa|kaawa|ebikopo|ekyenkya|ekyemisana|ekyeggulo|"
                           r"olukiiko|enkiiko|nkiiko|nneebase|nneebaka|nazuukuka|nadduka|nawuga|dduyiro|leero|jjo|wiiki|"
                           r"ekiro|olunaku|ssaawa|kilomita|ddakiika|kitono|okusingawo|zombi|firimu|embwa|erinnya|bambi|^ate|"
                           r"lwatandika|lwamala|yagamba|olwasooka|olwo")


def from_luganda(text: str) -> str:
    """``text`` with its Luganda words that say what is asked put into English; a text with fewer than two
    such words is left as it is."""
    return _TABLE.in_english(text)
