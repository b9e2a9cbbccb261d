"""Somali in an English question, put into English.

People in Somalia and its diaspora mix Somali into English as they type ("immisa koob oo bun ah ayaan cabbay shalay?",
"Sprint planning meeting-kii, yaa ka qaybgalay?", "xalay immisa saacadood ayaan seexday?"). Somali joins "the" to its
noun ("meeting-kii", "launch-ka", "bunkii"): the rules read them with it. The words that carry what is asked (days,
weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by
what happened, habits, what someone said) become English, and the words that only hold the sentence together
("ayaan" and "ayuu" that mark the focus, "walaal" brother, "celcelis ahaan" on average in a habit) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_OR_LATER = r"(?:ama|mise)\s+(?:ka\s+dib|ka\s+dambe|wixii\s+ka\s+dambeeya)"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "X recommended a filim, filimkee ahaa" (which film was it), "X mentioned a podcast, kee ahaa"
    # (which was it), "launch-ka X taariikhdee ayaa loo dib dhigay" (to which date was the X launch moved), "X said the
    # offsite moved, xaggee loo raray" (where was it moved to)
    (r"(filim|film|buug|book|podcast|makhaayad|restaurant)(?:kee|ka)?\s+ahaa", r"which one was it"),
    (r"\bkee\s+ahaa", "which one was it"),
    (_NAME + r"\s+launch-ka\s+taariikhdee\s+ayaa\s+loo\s+dib\s+dhigay", r"when was the \1 launch moved to"),
    (r"launch-ka\s+" + _NAME + r"\s+taariikhdee\s+ayaa\s+loo\s+dib\s+dhigay", r"when was the \1 launch moved to"),
    (r"xaggee\s+loo\s+raray", "moved where"),
    # a day or a night named by what happened: "maalintii X mentioned Y" (on the day X mentioned Y), "maalintii aan ran 9
    # km" (on the day I ran 9 km), "habeenkii ka dambeeyay X" (the night after X)
    (r"maalintii\s+" + _NAME + r"\s+(mentioned|talked\s+about|recommended|sheegay)\s+(.{2,40}?),",
     lambda m: f"on the day {m[1]} talked about {m[3]},"),
    (r"maalintii\s+aan\s+(.{2,40}?),", r"on the day I \1,"), (r"maalintii\s+(.{2,60}?)\s+la\s+qabtay,", r"on the day of the \1,"),
    (r"habeenkii\s+ka\s+dambeeyay\s+(.{2,60}?),", r"the night after the \1,"),
    # habits: "maalmaha aan bun cabbo 3 pm ama ka dib" (on days I drink coffee at 3 pm or after), "markaan qaato 400 mg
    # caffeine ama ka badan" (on days with 400 mg or more), "maalmaha aan jimicsi sameeyo" (on workout days), "ma seexdaa
    # wax ka yar" (do I sleep less), "ma cabbaa bun ka badan" (do I drink more coffee)
    (r"maalmaha\s+aan\s+bun\s+cabbo\s+" + _CLOCK + r"\s+" + _OR_LATER, r"on days I drink coffee at \1 or after"),
    (r"(?:markaan|maalmaha\s+aan)\s+(?:qaato|cabbo)\s+(\d+)\s*mg\s+(?:caffeine|kafeyn)\s+ama\s+ka\s+badan",
     r"on days with \1 mg of caffeine or more"),
    (r"(?:markaan|maalmaha\s+aan)\s+(?:cashada|dinner)\s+(?:bilaabo|cuno)\s+" + _CLOCK + r"\s+" + _OR_LATER,
     r"when dinner starts at \1 or later"),
    (r"habeennada\s+ka\s+dambeeya\s+maalmaha\s+aan\s+jimicsi\s+sameeyo", "after workout days"),
    (r"maalmaha\s+aan\s+jimicsi\s+sameeyo", "on workout days"),
    (r"maalmaha\s+aanan\s+(?:jimicsi\s+)?sameyn|maalmaha\s+kale", "than on other days"),
    (r"ma\s+seexdaa\s+wax\s+ka\s+yar", "do I sleep less"), (r"ma\s+seexdaa\s+wax\s+ka\s+badan", "do I sleep longer"),
    (r"ma\s+cabbaa\s+bun\s+ka\s+badan", "do I drink more coffee"), (r"celcelis\s+ahaan", "on average"),
    # comparisons: "maalintee ayaan caffeine badan qaatay" (on which day did I have more caffeine), "habeenkee ayaan
    # hurdo badan helay" (which night did I sleep more), "jimicsigayga ... kee ayaa dheeraa" (which workout was longer),
    # "toddobaadkan bun badan ayaan cabbay mise toddobaadkii hore" (more coffee this week or last week)
    (r"maalintee\s+ayaan\s+(caffeine|bun)\s+badan\s+(?:qaatay|cabbay)",
     lambda m: "which day did I have more " + ("coffee" if m[1].lower() == "bun" else "caffeine")),
    (r"habeenkee\s+ayaan\s+hurdo\s+badan\s+helay", "which night did I sleep longer"),
    (r"jimicsigayga,?", "my workout,"), (r"kee\s+ayaa\s+dheeraa", "which one was longer"),
    (r"toddobaadkan\s+bun\s+badan\s+ayaan\s+cabbay\s+mise\s+toddobaadkii\s+hore(?:,?\s+tiro\s+ahaan)?",
     "did I drink more coffee this week than last week"),
    # days, weeks, nights
    (r"xalay", "last night"), (r"maanta", "today"), (r"shalay", "yesterday"), (r"toddobaadkan", "this week"),
    (r"toddobaadkii\s+hore|toddobaadkii\s+la\s+soo\s+dhaafay", "last week"),
    (r"ka\s+warran\s+maalintii\s+ka\s+horreysay", "and the day before"), (r"maalintii\s+ka\s+horreysay", "the day before"),
    (r"habeenkii\s+ka\s+horreeyay", "the night before"), (r"ka\s+warran", "and what about"),
    (r"habeenkii|habeen", "night"), (r"maalintii|maalin", "day"),
    # what is asked
    (r"saacadda\s+imisa|goorma", "at what time"), (r"immisa\s+saacadood|imisa\s+saacadood", "how many hours"),
    (r"muddo\s+intee\s+le['’]eg", "how long"), (r"masaafo\s+intee\s+le['’]eg", "how far"),
    (r"immisa\s+koob\s+oo\s+bun\s+ah", "how many cups of coffee"), (r"immisa\s+mg\s+oo\s+(?:caffeine|kafeyn)\s+ah", "how many mg of caffeine"),
    (r"yaa\s+ka\s+qaybgalay|yaa\s+joogay", "who attended"), (r"immisa|imisa", "how many"),
    (r"xaggee\s+ayaan\s+ku\s+(qadeeyay|casheeyay|quraacday)", lambda m: "where did I have " + {"qadeeyay": "lunch",
     "casheeyay": "dinner", "quraacday": "breakfast"}[m[1].lower()]),
    (r"maxaan\s+ku\s+casheeyay", "what did I eat for dinner"), (r"maxaan\s+ku\s+qadeeyay", "what did I eat for lunch"),
    (r"maxaan\s+ku\s+quraacday", "what did I eat for breakfast"), (r"qadadu\s+maxay\s+ahayd", "what was lunch"),
    (r"xaggee", "where"), (r"maxaan|maxay", "what"), (r"yaa", "who"),
    # more, less, or
    (r"ka\s+badan|badan", "more"), (r"ka\s+yar|yar", "less"), (r"mise|ama", "or"), (r"dheeraa", "longer"),
    # things and doings
    (r"bunkii\s+ugu\s+horreeyay", "the first coffee"), (r"bunkii\s+ugu\s+dambeeyay", "the last coffee"),
    (r"shirkii\s+ugu\s+horreeyay", "the first meeting"), (r"shirkii\s+ugu\s+dambeeyay", "the last meeting"),
    (r"ayuu\s+(?:shirku\s+)?socday", "did it last"), (r"shirkaas", "that meeting"), (r"shirku|shirkii|shir", "meeting"), (r"meeting-kii|meeting-ka", "meeting"),
    (r"filim(?:ka|kii)?", "film"), (r"buug(?:ga|gii)?", "book"), (r"bun|kafee", "coffee"), (r"quraac", "breakfast"), (r"qado|qadadu", "lunch"), (r"casho|cashada", "dinner"),
    (r"garaaca\s+wadnaha", "heart rate"), (r"jimicsi", "workout"), (r"wadar\s+ahaan", "in total"),
    (r"ayaan\s+orday|ayaan\s+ran", "did I run"), (r"ayaan\s+ku\s+dabaashay|ayaan\s+dabaashay", "did I swim"),
    (r"ayaan\s+cabbay", "did I drink"), (r"ayaan\s+qaatay", "did I have"), (r"ayaan\s+seexday|ayaan\s+hurday", "did I sleep"),
    (r"ayaan\s+sariirta\s+galay", "did I go to bed"), (r"ayaan\s+toosay", "did I wake up"), (r"ayuu\s+bilaabmay", "did it start"),
    (r"ahaa", "was"),
    # words that only hold the sentence together
    (r"walaal|ayaan|ayuu|ayaa", ""),
)
_TABLE = WordTable(_RULES, r"ayaan|ayuu|ayaa|maxaan|maxay|immisa|imisa|goorma|intee|xaggee|yaa|mise|maalintii|maalintee|"
                           r"maalmaha|habeenkee|habeenkii|habeennada|toddobaadkan|toddobaadkii|bunkii|shirkii|shirkaas|"
                           r"shirku|hurdo|seexdaa|celcelis|walaal|warran|maanta|shalay|xalay|meeting-kii|launch-ka|"
                           r"jimicsi\w*|casheeyay|qadeeyay|qadadu|ahaa|kee|markaan|\w+kee|loo|raray|dhigay")


def from_somali(text: str) -> str:
    """``text`` with its Somali words that say what is asked put into English; a text with fewer than two such words
    is left as it is."""
    return _TABLE.in_english(text)
