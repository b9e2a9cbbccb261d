"""Cypriot Greek in an English question, typed in Latin letters (Greeklish), put into English.

People in Cyprus switch between Greek and English inside a sentence and type Greek in Latin letters on their phones,
with Cypriot words ("inda" what, "pkios" who or which, "tzai" and, "tzini" that): "posous kafedes ipia yesterday?",
"pkioi itan sto meeting Sprint planning?", "inda efaa vradino tzini tin mera pou i ran 6 km?". The words that carry
what is asked (weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or
night named by what happened, habits, what someone said) become English; "i" is "or" unless an English verb follows
it ("pou i swam": that I swam). Remarks after the question are left as they are.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"proino": "breakfast", "mesimeri": "lunch", "vradino": "dinner", "vradini": "dinner", "fagito": "meal"}
_MEAL = r"(proino|mesimerian[oi]|mesimeri|vradin[oi]|fagito)"
_ENGLISH_VERB = (r"(?:swam|ran|cycled|rode|biked|walked|hiked|climbed|had|did|went|ate|drank|slept|woke|met|was|am|have|"
                 r"do|did|got|took|spent|finished)")


def _meal(word: str) -> str:
    return next(english for greek, english in _MEALS.items() if word.lower().startswith(greek))


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "to neo skilli pou piren X, pos to ipan" (what X called the new dog), "pkio estiatorio ipe X na
    # dokimasoume" (which restaurant X said we should try), "X's flight ti ora prosgeionetai" (when X's flight lands)
    (r"to\s+neo\s+skilli\s+pou\s+piren?\s+" + _NAME + r",?\s+pos\s+to\s+(?:ipan|ipe|eviplan)",
     r"what is the name of \1's new dog"),
    (r"pkio\s+estiatorio\s+ipe\s+" + _NAME + r"\s+na\s+dokimasoume", r"which restaurant did \1 say we should try"),
    (r"pkio\s+(vivlio|podcast|film|tragoudi)\s+ipe\s+" + _NAME + r"(?:\s+na\s+\w+)?",
     lambda m: f"which {dict(vivlio='book', tragoudi='song').get(m[1].lower(), m[1].lower())} did {m[2]} recommend"),
    (r"ti\s+ora\s+(?:prosgeionetai|ftanei|erkete)", "what time does it land"),
    # a day or a night named by what happened: "tzini tin mera pou i swam 1 km" (on the day I swam 1 km), "tzini tin
    # mera tou meeting X" (on the day of the X meeting), "to vradi meta to meeting X" (the night after the X meeting)
    (r"(?:tzini|ekeini)\s+tin\s+mera\s+tou\s+meeting\s+(.{2,60}?)(?=\s*[?,]|$)", r"on the day of the \1 meeting"),
    (r"(?:tzini|ekeini)\s+tin\s+mera\s+pou", "on the day that"),
    (r"to\s+vradi\s+meta\s+to\s+meeting\s+(.{2,60}?)(?=\s*[?,])", r"the night after the \1 meeting"),
    # habits: "tes meres pou kamno gym" (on days I work out), "otan pianno 300 mg caffeine i pio polli" (when I take 300 mg
    # or more), "otan pinno kafe meta tis 3 pm" (when I drink coffee after 3 pm), "an fao vradino stis 8 pm i argotera"
    # (if I eat dinner at 8 pm or later), "kimoumai ligotero" (do I sleep less)
    (r"(?:tes|stes|tis)\s+meres\s+pou\s+kamno\s+(?:gym|gymnastiki|askisi)", "on workout days"),
    (r"otan\s+pianno\s+(\d+)\s*mg\s+(?:caffeine|kafeini)\s+i\s+pio\s+poll[ai]", r"on days with \1 mg of caffeine or more"),
    (r"otan\s+pinno\s+kafe\s+meta\s+(?:tis|tes)\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"an\s+fao\s+vradino\s+(?:stis|meta\s+tis)\s+" + _CLOCK + r"(?:\s+i\s+argotera)?", r"when dinner starts at \1 or later"),
    (r"pos\s+en\s+o\s+ypnos\s+mou", "how do I sleep"), (r"kimoumai\s+ligotero", "do I sleep less"),
    (r"kimoumai\s+perissotero", "do I sleep longer"), (r"pinno\s+pio\s+pollous\s+kafedes", "do I drink more coffees"),
    # comparisons
    (r"pote\s+koimithika\s+perissotero", "which night did I sleep longer"),
    (r"pkio\s+workout\s+kratise\s+perissotero", "which workout lasted longer"),
    # weeks, days and nights
    (r"touti\s+tin\s+evdomada|aftin\s+tin\s+evdomada", "this week"), (r"tin\s+perasmeni\s+evdomada", "last week"),
    (r"(?:tzai\s+)?to\s+proigoumeno\s+vradi", "and the night before"), (r"(?:tzai\s+)?tin\s+proigoumeni\s+mera", "and the day before"),
    (r"simera", "today"), (r"e?xthes|ehthes|hthes", "yesterday"),
    # what is asked
    (r"inda\s+gymnastiki\s+ekama", "which workout did I do"),
    (r"(?:inda|ti)\s+efaa\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"(?:inda|ti)\s+efaa\s+(?:to\s+|gia\s+)?" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"pou\s+efaa\s+(?:to\s+)?" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"ti\s+ora\s+eplosa", "what time did I go to bed"), (r"ti\s+ora\s+ksipnisa", "what time did I wake up"),
    (r"ti\s+ora\s+ksekinise", "what time did it start"), (r"ti\s+ora\s+itan", "what time was"), (r"ti\s+ora", "what time"),
    (r"pkioi\s+itan\s+sto\s+meeting", "who was in the meeting"), (r"pkioi|pkios", "who"), (r"pkio|pkia", "which"),
    (r"poses\s+ores\s+koimithika", "how many hours did I sleep"), (r"poses\s+fores\s+ekama\s+(?:gym|gymnastiki)",
                                                                  "how many workouts did I do"),
    (r"posa\s+km\s+ekama\s+me\s+to\s+podilato", "how many km did I cycle"), (r"posa\s+km", "how many km"),
    (r"posous\s+kafedes\s+ipia", "how many coffees did I drink"), (r"poses\s+fores", "how many times"),
    (r"poses\s+ores", "how many hours"), (r"posous|poses|posa", "how many"), (r"poso", "how much"),
    (r"inda", "what"), (r"pote", "when"),
    (r"o\s+teleftaios\s+kafes", "the last coffee"), (r"o\s+protos\s+kafes", "the first coffee"),
    (r"to\s+proto\s+meeting", "the first meeting"), (r"to\s+teleftaio\s+meeting", "the last meeting"),
    # more, less, or, and
    (r"perissotero", "more"), (r"ligotero", "less"), (r"argotera", "later"), (r"synolika", "in total"),
    (r"(?<=\s)(?-i:i)(?=\s+(?!" + _ENGLISH_VERB + r"\b))", "or"), (r"^tzai(?=\s)|(?<=\s)tzai(?=\s)", "and"),
    # things and doings
    (r"kafedes|kafes", "coffees"), (r"kafeini", "caffeine"), (r"gymnastiki", "workouts"), (r"me\s+to\s+podilato", "cycling"),
    (r"koimithika|kimithika", "did I sleep"), (r"ekama", "did I do"), (r"efaa|efaga", "did I eat"), (r"ipia", "did I drink"),
    (r"kratise", "lasted"), (r"itan", "was"), (r"meta", "after"), (r"prin", "before"), (r"sto\s+meeting", "in the meeting"),
)
_TABLE = WordTable(_RULES, r"inda|pkio\w*|posa|poses|posous|pote|ti\s+ora|efaa|efaga|ekama|eplosa|koimithika|kimithika|"
                           r"kimoumai|ksipnisa|ksekinise|kratise|itan|ipia|ipe|ipan|otan|meres|evdomada|kafedes|kafes|"
                           r"vradin[oi]|vradi|mesimeri\w*|proino|tzai|tzini|proigoumen\w*|perissotero|ligotero|touti|"
                           r"synolika|podilato|gymnastiki|prosgeionetai|pinno|pianno|kamno|fao|teleftai\w*|sto|skilli|piren|thymoumai|onoma|"
                           r"estiatorio|dokimasoume")


def from_cypriot(text: str) -> str:
    """``text`` with its Cypriot Greek words (in Latin letters) that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
