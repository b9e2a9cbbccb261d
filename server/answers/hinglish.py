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
    (r"kitne\s+baje|kis\s+time|kya\s+time", "what time"), (r"kitni\s+baar|kitne\s+baar|kitni\s+bar", "how many times"),
    (r"kitne\s+ghante", "how many hours"), (r"kitne\s+minute", "how many minutes"),
    (r"kitni\s+der|kitna\s+time|kitna\s+samay|kitni\s+lambi|kitna\s+lamba", "how long"),
    (r"kitna\s+door|kitni\s+door|kitne\s+km", "how far"), (r"kitne|kitni|kitna", "how many"),
    (r"kis\s+din", "which day"), (r"kis\s+raat", "which night"), (r"kaun\s+kaun|kaun-kaun", "who"), (r"kaunsa|kaun\s+sa|kaunsi|kaun\s+si", "which"), (r"kaun", "who"),
    (r"kahan|kahaan", "where"), (r"kab", "when"),
    (r"(?:maine\s+)?(?:kya\s+khaya|khaya\s+kya)", "what did I eat"), (r"kya", "what"),
    # things and doings
    (r"nashta|naashta", "breakfast"), (r"dopahar\s+ka\s+khana", "lunch"), (r"raat\s+ka\s+khana", "dinner"),
    (r"khana", "food"), (r"khaya|khayi", "ate"), (r"piya|pi|pee", "had"), (r"neend", "sleep"),
    (r"soya|soyi|soye|soya\s+tha|soyi\s+thi", "slept"), (r"utha|uthi|jaaga|jaagi", "woke up"),
    (r"kasrat|vyayam", "exercise"), (r"daud|daudna|bhaaga|bhaagi", "run"), (r"tairna|taira", "swim"),
    (r"kitab", "book"), (r"kutta|kutte", "dog"), (r"bola|boli|kaha|bataya", "said"),
    # more, less, or, than
    (r"zyada\s+(?:lamba|lambi|der)|jyada\s+(?:lamba|lambi|der)", "longer"), (r"zyada|jyada", "more"),
    (r"kam", "less"), (r"lamba|lambi", "longer"), (r"ke\s+mukable|ke\s+muqable|se\s+(?=more|less|longer)", "than "),
    (r"us\s+raat", "that night"), (r"us\s+din", "that day"), (r"ya\s+phir|ya", "or"), (r"aur", "and"), (r"jis\s+din", "on days"), (r"baaki\s+din|dusre\s+din", "other days"),
    # the person; words that only hold the sentence together
    (r"maine|main|mai", "I"), (r"mera|meri|mere", "my"),
    (r"yaar|bhai|na|hai|hain|tha|thi|toh|ne|ko|ka|ki|ke|mein|se|bata|batao|kiya|kiye|kari|wala|wali|wale", ""),
)
_TABLE = WordTable(_RULES, "|".join(_WEEKDAYS) + r"|kis|kal|aaj|parso|kitne|kitni|kitna|kaun|kahan|kab|kya|khaya|soya|soyi|neend|nashta|hafte|"
                           r"din\s+pehle|raat|zyada|jyada|yaar|hai|tha|thi|maine|baar|ghante|baje|(?:ka|ki|ke)(?=\s+(?:kya|batao))")


def from_hinglish(text: str) -> str:
    """``text`` with its Hinglish words that say what is asked put into English; a text with fewer
    than two such words is left as it is."""
    return _TABLE.in_english(text)

