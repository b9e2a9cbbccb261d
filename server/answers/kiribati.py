"""Gilbertese (te taetae ni Kiribati) in an English question, put into English.

People in Kiribati switch between Gilbertese and English inside a sentence: "iraua te aoa ae i matu last night?" (how
many hours did I sleep), "antai aika a roko n te Ops sync meeting?" (who came to), "tera au lunch yesterday?" (what was
my lunch). The words that carry what is asked (sleep, meals, drinking, running, meetings, question words, first, more,
longer, "or", "and", the day or the night named by what happened, habits, what someone said, follow-ups) become English;
"te" (the), "au" (my), "ae" (that) and "i" (I) go with them, and the remarks around a question ("i a mwaninga", I
forgot; "taiaoka tuangai", please tell me; "mauri", hello) are dropped or become plain English.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_DOING = {"biri": "run", "bike": "cycle", "cycled": "cycle", "cycle": "cycle", "swim": "swim", "uau": "swim"}
_DOES = r"(biri|bike|cycled|cycle|swim|uau)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks around the question
    (r"i\s+a\s+mwaninga(?:\s+the\s+\w+)?", ""), (r"taiaoka\s+tuangai", ""), (r"mauri,?", ""),
    (r"(?:biri|run),\s*(?:swim|uau)\s+ke\s+tera", ""),
    # what someone said
    (r"te\s+wanikiba\s+of\s+" + _NAME, r"\1's flight"), (r"e\s+na\s+roko(?:\s+i\s+\w+)?", "does it land"),
    (r"tera\s+te\s+boki\s+ae\s+e\s+tuangai\s+" + _NAME + r"\s+bwa\s+i\s+na\s+wareka", r"which book did \1 tell me to read"),
    (r"tera\s+aran\s+te\s+(\w+)\s+anne", r"what is the name of that \1"),
    (r"e\s+na\s+iraua\s+ana\s+ririki", "how old will she turn"), (r"tera\s+te\s+tabo\s+ngkai", "what is the place now"),
    # a day or a night named by what happened
    (r"te\s+bong\s+ae\s+e\s+taetae\s+iai\s+" + _NAME + r"\s+ibukin", r"on the day \1 talked about"),
    (r"te\s+bong\s+ae\s+i(?=\s)", "on the day I"), (r"te\s+bong\s+of\s+the", "on the day of the"),
    (r"te\s+tairiki\s+imwin\s+te\s+(.{2,60}?)\s+bootaki", r"the night after the \1 meeting"),
    # habits
    (r"ngkana(?=\s+\d)", "on days with"), (r"(or\s+more)\s+n\s+te\s+bong", r"\1"),
    (r"ngkana\s+i\s+moi\s+(coffee|kaibe)\s+after\s+" + _CLOCK, r"on days I drink coffee after \2"),
    (r"ngkana\s+i\s+amwarake\s+dinner\s+at\s+" + _CLOCK + r"\s+or\s+later", r"when I eat dinner at \1 or later"),
    (r"e\s+uarereke\s+riki\s+au\s+matu", "do I sleep less"), (r"e\s+kangaa\s+au\s+matu", "how do I sleep"),
    (r"i\s+matu\s+less", "do I sleep less"), (r"ngkana", "when"),
    # comparisons
    (r"which\s+one\s+e\s+maan\s+riki", "which one was longer"), (r"e\s+maan\s+riki", "was longer"),
    (r"which\s+day\s+i\s+moi\s+riki\s+te\s+(caffeine|coffee|kaibe)", lambda m: "which day had more " + (
        "coffee" if m[1].lower() == "kaibe" else m[1].lower())),
    (r"i\s+moi\s+riki", "did I drink more"),
    # follow-ups
    (r"^ao\s+te\s+bong\s+aei\s+ni\s+karokoa\s+ngkai", "and today so far"), (r"te\s+bong\s+aei", "today"),
    (r"^ao\s+" + _NAME + r"\s+naba(?=\s*\?)", r"and \1"), (r"te\s+bootaki\s+anne,?\s+e\s+maanra", "how long was that meeting"),
    (r"^ao(?=\s)", "and"), (r"(?<=\s)ao(?=\s)", "and"), (r"(?<=\s)ke(?=\s)", "or"),
    # who, how many, how long, when
    (r"antai\s+aika\s+a\s+roko\s+n\s+te", "who attended the"), (r"antai", "who"),
    (r"iraua\s+au\s+bootaki", "how many meetings did I have"), (r"iraua\s+te\s+aoa\s+ae\s+i\s+matu", "how many hours did I sleep"),
    (r"iraua\s+te\s+km\s+ae\s+i\s+" + _DOES, lambda m: "how many km did I " + _DOING[m[1].lower()]),
    (r"i\s+" + _DOES + r"\s+iraua\s+te\s+km", lambda m: "how many km did I " + _DOING[m[1].lower()]),
    (r"i\s+" + _DOES + r"\s+iraua", lambda m: "how far did I " + _DOING[m[1].lower()]), (r"iraua", "how many"),
    (r"au\s+moan\s+(coffee|kaibe|bootaki|meeting)", lambda m: "my first " + {"kaibe": "coffee", "bootaki": "meeting"}.get(
        m[1].lower(), m[1].lower())),
    (r"e\s+start\s+what\s+time", "what time did it start"), (r"i\s+nako\s+n\s+matu", "did I go to bed"),
    (r"i\s+uti", "did I wake up"), (r"what\s+time\s+i\s+moi", "what time did I drink"),
    (r"e\s+maanra", "how long"),
    # what, where
    (r"tera\s+te\s+exercise\s+ae\s+i\s+karaoia", "what exercise did I do"),
    (r"tera\s+te\s+tabo\s+ae\s+i\s+amwarake\s+iai", "where did I eat"),
    (r"tera\s+au\s+amwarake\s+for", "what did I eat for"), (r"tera\s+au\s+(breakfast|lunch|dinner)", r"what was my \1"),
    (r"tera\s+au\s+amwarake", "what did I eat"), (r"i\s+amwarake\s+(breakfast|lunch|dinner)\s+where", r"where did I have \1"),
    (r"tera", "what"),
    # things
    (r"bootaki", "meeting"), (r"kaibe", "coffee"), (r"matu", "sleep"), (r"amwarake", "eat"), (r"biri", "run"),
    (r"au(?=\s)", "my"), (r"n\s+te(?=\s)", "at the"), (r"(?<=\s)te(?=\s)", "the"), (r"anne", "that"),
)
_TABLE = WordTable(_RULES, r"antai|iraua|bootaki|amwarake|ngkana|imwin|tairiki|uarereke|maanra|maan\s+riki|moi\s+riki|wanikiba|"
                           r"karaoia|taiaoka|tuangai|mwaninga|ririki|karokoa|ibukin|taetae|kangaa|au\s+moan|i\s+uti|"
                           r"i\s+nako\s+n\s+matu|e\s+na\s+roko|i\s+matu|te\s+bong|naba(?=\s*\?)", least=1)
"""(Words of Gilbertese alone: "te", "au", "ao", "ke" and "tera" are words of other languages too, and are no hint.)"""


def from_kiribati(text: str) -> str:
    """``text`` with its Gilbertese words that say what is asked put into English; a text with none of the words only
    Gilbertese has is left as it is."""
    return _TABLE.in_english(text)
