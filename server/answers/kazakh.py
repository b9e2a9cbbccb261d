"""Kazakh written in Latin letters in an English question, put into English.

People in Kazakhstan chat in Kazakh typed in Latin letters (the new official alphabet or an English
keyboard's spelling: "sh" or "ş", "gh" or "ğ", "q", "y" or "ı") and mix it into English ("yesterday neshe kofe
ishtim?", "Sprint planning kezdesuinde kimder boldy?", "Yuki-nyng reisi saghat neshede qonady?"). The
words that carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question
words, more/less, "or", "than", "the day of", "the night after") become English; the case endings glued
to a name or a title ("-nyng" of, "-dan" from) are undone, and the words that only hold the sentence
together ("esimde joq" I forget, "aitshy" tell me) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"duisenbi": "Monday", "seisenbi": "Tuesday", "sarsenbi": "Wednesday", "beisenbi": "Thursday",
             "juma": "Friday", "senbi": "Saturday", "jeksenbi": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + r")(?:de|da|ge|ga|ni|nyng)?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_SH = "(?:sh|ş|s)"
_GH = "(?:gh|ğ|g)"
_MEAL = r"as(?:qa|ty|ta|y|yn)?"
_SLEPT = r"uiyqtadym|uyqtadym|uıyqtadym"
_SLEEP_NOW = r"uiyqtaimyn|uyqtaimyn|uıyqtaımyn"
_WORKOUT = r"jattyghu|jattyğu|jattygu|jattyghu\w*"

_RULES: tuple[tuple[str, object], ...] = (
    # a name with its case ending, and what they said: "Yuki-nyng reisi" (Yuki's flight), "Kwame Paddington Two
    # turaly aitqan kuni" (the day Kwame talked about Paddington Two)
    (r"((?-i:[A-Z])\w+)\s+(\S.{1,40}?)\s+turaly\s+aitqan\s+kuni", r"on the day \1 talked about \2,"),
    (r"((?-i:[A-Z])[\w.'’]*)-?n[yi]ng(?=\s)", r"\1's"),
    # a day or a night named by what happened: "X bolghan kuni" (the day of X), "X-dan keyingi tuni" (the night after X)
    (r"^([^,;?]{2,60}?)\s+bol" + _GH + r"an\s+kuni", r"on the day of the \1,"),
    (r"^([^,;?]{2,60}?)-?(?:dan|den|tan|ten)\s+keiingi\s+tuni|^([^,;?]{2,60}?)-?(?:dan|den|tan|ten)\s+keyingi\s+tuni",
     lambda m: f"the night after the {m[1] or m[2]},"),
    # habits: "jattyghu jasaghan kunderden keyin" (after workout days), "jattyghusyz kundermen salystyrghanda" (than
    # days without one), "keshki as 8 pm nemese odan keshirek bastalsa" (when dinner starts at 8 pm or later)
    (r"(?:" + _WORKOUT + r")syz\s+kunder(?:men|ge|de)?(?:\s+salystyr\w*)?", "than on days without a workout"),
    (r"(?:" + _WORKOUT + r")\s+(?:jasa" + _GH + r"an\s+)?kunder(?:i|den|de)?(?:\s+keiin|\s+keyin)?", "on workout days"),
    (r"keshki\s+as\s+" + _CLOCK + r"\s+nemese\s+odan\s+keshirek\s+bastalsa,?", r"when dinner starts at \1 or later,"),
    (r"(\d+)\s*mg\s+nemese\s+odan\s+(?:kop|köp)\s+kofein", r"on days with \1 mg of caffeine or more,"),
    # days, weeks, nights
    (r"keshe\s+tunde|keshegi\s+tun", "last night"), (r"bugin|bügin", "today"), (r"keshe", "yesterday"),
    (r"osy\s+aptada|osy\s+apta", "this week"), (r"otken\s+aptagha\s+qaraghanda|ötken\s+aptağa\s+qarağanda", "than last week"),
    (r"otken\s+apta(?:da)?|ötken\s+apta(?:da)?", "last week"), (r"duisenbiden\s+beri", "since Monday"),
    (r"al\s+onyng\s+aldyndaghy\s+tuni\s+she", "and the night before that"),
    (r"al\s+onyng\s+aldyndaghy\s+kuni\s+she", "and the day before that"),
    (r"al\s+(\w+)\s+she", r"and \1"), (r"osy\s+uaqytqa\s+deiin", "so far"),
    (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"), (r"qaysy\s+tun(?:i)?", "which night"), (r"qaysy\s+kun(?:i)?", "which day"),
    (r"tuni|tunde|tun", "night"),
    # what is asked
    (r"sa" + _GH + r"at\s+ne" + _SH + r"ede", "what time"), (r"ne" + _SH + r"e\s+sa" + _GH + r"at", "how many hours"),
    (r"ne" + _SH + r"e\s+minut", "how many minutes"), (r"ne" + _SH + r"e\s+km|qansha\s+qashyqtyq", "how far"),
    (r"ne" + _SH + r"e|qansha", "how many"), (r"qalai\s+(?:" + _SLEPT + r")", "how well did I sleep"),
    (r"ne\s+jedim|ne\s+ishtim", "what did I eat"), (r"qayda\s+(?:jedim|ishtim|bardym)", "where did I eat"), (r"qayda", "where"),
    (r"kimder\s+boldy|kim\s+boldy|kimder", "who attended"), (r"barly" + _GH + r"yn\s+ata", "all names"), (r"ne", "what"),
    (r"qaysy", "which"),
    # more, less, both, or
    (r"kobirek\s+(?:" + _SLEEP_NOW + r")|köbirek\s+(?:" + _SLEEP_NOW + r")", "do I sleep more"),
    (r"azyraq\s+(?:" + _SLEEP_NOW + r")", "do I sleep less"), (r"kobirek|köbirek", "more"), (r"azyraq", "less"),
    (r"uza" + _GH + r"yraq", "longer"), (r"qysqaraq", "shorter"), (r"kunine\s+ortasha|ortasha", "on average"),
    (r"eki\s+sandy\s+da|ekeuin\s+de|ekeuining\s+de", "both"), (r"barly" + _GH + r"y", "total"), (r"alde|älde|nemese", "or"),
    # things and doings
    (r"kofeni\s+(?:kobirek|köbirek)\s+ishemin", "do I drink more coffee"), (r"kofein", "caffeine"), (r"kofe(?:ni|si)?", "coffee"),
    (r"ta[nŋ]?g?" + _GH + r"y\s+" + _MEAL, "breakfast"),
    (r"tuski\s+" + _MEAL + r"|tüski\s+" + _MEAL, "lunch"), (r"keshki\s+" + _MEAL, "dinner"),
    (_SLEEP_NOW, "do I sleep"), (_SLEPT, "did I sleep"), (r"oyandym|oiandym|turdym", "wake up"), (r"jattym", "go to bed"),
    (r"ishtim", "did I drink"), (r"ishemin", "do I drink"), (r"kezdesu(?:inde|ler|ge|di)?", "meeting"), (r"birin" + _SH + r"i", "first"),
    (r"so" + _GH + r"ğy|songhy|songy", "last"), (r"bastaldy", "start"), (r"jugirdim|jügirdim", "run"), (r"juzdim|jüzdim", "swim"),
    (r"velosiped(?:pen)?", "bike"), (r"(?:" + _WORKOUT + r")", "workout"), (r"reisi|reis", "flight"), (r"qonady", "land"),
    (r"boiynsha", ""), (r"minuty|minut", "minutes"), (r"sa" + _GH + r"at", "hours"),
    # words that only hold the sentence together
    (r"esimde\s+joq|ai,?\s+umyttym|umyttym|aitshy|aitshi|boldy|ba|be|pe|she|de|da|al|km-men", ""),
)
_TABLE = WordTable(_RULES, r"ne" + _SH + r"e|qansha|qayda|kimder|bugin|keshe|osy|aptada|tun|tuni|tunde|kofe\w*|keshki|tuski|"
                           r"ta[nŋ]?g?" + _GH + r"y|uiyqta\w*|oyandym|jattym|ishtim|jedim|kezdesu\w*|birin\w*|songhy|"
                           r"jattyghu\w*|kobirek|azyraq|ortasha|alde|nemese|esimde|sa" + _GH + r"at|\S+-n[yi]ng|bolghan|keyingi|"
                           r"juzdim|jüzdim|jugirdim|jügirdim|qashyqtyq|uiyqtadym")


def from_kazakh(text: str) -> str:
    """``text`` with its Kazakh words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
