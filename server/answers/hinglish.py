"""Hindi and Urdu written in Latin letters (Hinglish) in an English question, put into English.

Hundreds of millions mix Hindi into English as they type ("kal raat kitne ghante soya?", "aaj kitni
baar coffee pi?", "Priya ka kya?"): the words that carry what is asked (days, nights, meals, sleep,
question words, "more", "or", "the day before") become English; the little words that only hold the
sentence together ("yaar", "hai", "tha") go. "kal" is yesterday here: the log holds only the past.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"somvar": "Monday", "somwar": "Monday", "mangalvar": "Tuesday", "mangalwar": "Tuesday",
             "budhvar": "Wednesday", "budhwar": "Wednesday", "guruvar": "Thursday", "guruwar": "Thursday",
             "shukravar": "Friday", "shukrawar": "Friday", "shanivar": "Saturday", "shaniwar": "Saturday",
             "ravivar": "Sunday", "raviwar": "Sunday", "itvaar": "Sunday", "itwar": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_NUMBERS = {"ek": "1", "do": "2", "teen": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5", "chhe": "6"}

_RULES: tuple[tuple[str, object], ...] = (
    # habits: "2 pm ke baad coffee peene se ...", "dinner 7:30 pm ke baad ho to ...", "workout wale din ..."
    (r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+ke\s+baad\s+(\w+)\s+(?:peene|pine|khane|lene|karne)\s+se",
     r"on days with \2 after \1,"),
    (r"(\w+)\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+ke\s+baad\s+(?:ho|hua|hota|kiya)\s+(?:to|toh)", r"on days with \1 after \2,"),
    (r"(\w+)\s+wal[aei]\s+din", r"on \1 days"), (r"asar|farq|fark", "effect"),
    # a day named by what happened on it: "jis din 33.3 km wala bike ride tha", "jis din Bea ne X recommend kiya"
    (r"jis\s+din\s+([\d.]+\s*km)\s+wal[aei]\s+(.{1,30}?)\s+(?:tha|thi|hua|hui)", r"on the day of the \1 \2"),
    (r"(recommend|suggest|mention|call|text|message)\s+(?:kiya|kia|ki|kari)", r"\1ed"),
    (r"(\w+)\s+ki\s+beti", r"\1's daughter"), (r"(\w+)\s+ka\s+beta", r"\1's son"),
    (r"kitne\s+saal\s+(?:ki|ka|ke)\s+ho\s+(?:rahi|raha|rahe)\s+(?:hai|hain)", "how old is turning"),
    # follow-ups: "aur Priya ka kya?", "Priya ka kya?" is "what about Priya?"
    (r"(?:aur\s+)?((?-i:[A-Z])\w+)\s+(?:ka|ki|ke)\s+(?:kya|batao)", r"what about \1"),
    (r"wahi\s+(?:sawaal|sawal|question)|same\s+sawaal", "the same question"),
    (r"(?:usse|us\s+se)\s+(?:ek\s+)?(?:din\s+)?pehle\s+(?:wali\s+)?raat|pichli\s+raat", "the night before"),
    (r"(?:usse|us\s+se)\s+(?:ek\s+)?din\s+pehle|ek\s+din\s+pehle", "the day before"),
    # days and nights
    (r"kal\s+raat|beeti\s+raat", "last night"), (r"aaj\s+subah", "this morning"), (r"aaj\s+raat", "tonight"),
    (r"parso|parson", "the day before yesterday"), (r"kal", "yesterday"), (r"aaj", "today"),
    (r"is\s+hafte|iss\s+hafte|is\s+week", "this week"), (r"pichle\s+hafte|pichhle\s+hafte", "last week"),
    (r"(\d{1,2}|ek|do|teen|char|chaar|paanch|panch|chhe)\s+din\s+(?:pehle|pahle)",
     lambda m: f"{_NUMBERS.get(m[1].lower(), m[1])} days ago"),
    (_DAY + r"\s+(?:ki|ko)\s+raat", lambda m: f"{_WEEKDAYS[m[1].lower()]} night"),
    (_DAY + r"(?:\s+(?:ko|ke\s+din))?", lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"(?:ab\s+)?tak", "so far"),
    # what is asked
    (r"(?:mein|me)\s+kaun(?:[\s-]+kaun)?\s+(?:tha|the|thi|aaya|aaye|aayi)", "who attended"),
    (r"(?:kitne\s+baje|kab)\s+(?:soya|soyi|soye|soi)", "what time did I go to bed"),
    (r"(?:kitne\s+baje|kab)\s+(?:utha|uthi|uthe|jaaga|jaagi)", "what time did I wake up"),
    (r"kitne\s+baje|kis\s+time|kya\s+time", "what time"), (r"pehli|pehla|pahli", "first"), (r"aakhri|akhri|aakhiri", "last"),
    (r"dono(?:\s+ka|\s+ki|\s+ke)?", "both"), (r"kya\s+tha|kya\s+thi", "what was"), (r"kitni\s+baar|kitne\s+baar|kitni\s+bar", "how many times"),
    (r"kitne\s+ghante", "how many hours"), (r"kitne\s+minute", "how many minutes"),
    (r"kitni\s+der|kitna\s+time|kitna\s+samay|kitni\s+lambi|kitna\s+lamba", "how long"),
    (r"kitna\s+door|kitni\s+door|kitne\s+km", "how far"), (r"kitne|kitni|kitna", "how many"),
    (r"kis\s+din", "which day"), (r"kis\s+raat", "which night"), (r"kaun\s+kaun|kaun-kaun", "who"), (r"kaunsa|kaun\s+sa|kaunsi|kaun\s+si", "which"), (r"kaun", "who"),
    (r"kahan|kahaan", "where"), (r"kab", "when"),
    (r"(?:maine\s+)?(?:kya\s+khaya|khaya\s+kya)", "what did I eat"), (r"kya", "what"),
    # things and doings
    (r"nashta|naashta|nashte|naashte", "breakfast"), (r"dopahar\s+(?:ka|ke)\s+(?:khana|khane)", "lunch"),
    (r"raat\s+(?:ka|ke)\s+(?:khana|khane)", "dinner"), (r"raat\s+ko", "at night"),
    (r"khana", "food"), (r"khaya|khayi", "ate"), (r"piya|pi|pee|li|liya", "had"), (r"peeta|peeti|pita|piti", "drink"),
    (r"neend(?:\s+pe|\s+par)?", "sleep"), (r"(?:kam|zyada)\s+hoti\s+hai", lambda m: m[0].split()[0]),
    (r"soya|soyi|soye|soya\s+tha|soyi\s+thi", "slept"), (r"utha|uthi|jaaga|jaagi", "woke up"),
    (r"kasrat|vyayam", "exercise"), (r"daud|daudna|bhaaga|bhaagi", "run"), (r"tairna|taira", "swim"),
    (r"kitab", "book"), (r"kutta|kutte", "dog"), (r"bola|boli|kaha|bataya", "said"),
    # more, less, or, than
    (r"zyada\s+(?:lamba|lambi|der)|jyada\s+(?:lamba|lambi|der)", "longer"), (r"zyada|jyada", "more"),
    (r"kam", "less"), (r"lamba|lambi", "longer"), (r"ke\s+mukable|ke\s+muqable|se\s+(?=more|less|longer)", "than "),
    (r"us\s+raat", "that night"), (r"us\s+din", "that day"), (r"ya\s+phir|ya", "or"), (r"aur", "and"),
    (r"jis\s+din", "on the day"), (r"baaki\s+din|dusre\s+din", "other days"),
    # the person; words that only hold the sentence together
    (r"maine|main|mai", "I"), (r"mera|meri|mere", "my"),
    (r"yaar|bhai|na|hai|hain|tha|thi|toh|ne|ko|ka|ki|ke|mein|se|bata|batao|kiya|kiye|kari|wala|wali|wale|hun|hoon|ho|hota|"
     r"hoti|pe", ""),
)
_TABLE = WordTable(_RULES, "|".join(_WEEKDAYS) + r"|kis|kal|aaj|parso|kitne|kitni|kitna|kaun|kahan|kab|kya|khaya|soya|soyi|neend|nashta|hafte|"
                           r"din\s+pehle|raat|zyada|jyada|yaar|hai|tha|thi|maine|baar|ghante|baje|(?:ka|ki|ke)(?=\s+(?:kya|batao))|nashte|"
                           r"khane|ke\s+baad|wal[aei]\s+din|peeta|neend|dono|pehli|beti|saal|ya|lamba|lambi")


def from_hinglish(text: str) -> str:
    """``text`` with its Hinglish words that say what is asked put into English; a text with fewer
    than two such words is left as it is."""
    return _TABLE.in_english(text)

