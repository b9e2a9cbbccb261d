"""Slovenian in an English question, put into English.

People in Slovenia switch between Slovenian and English inside a sentence: "kaj sem jedla za kosilo yesterday?" (what did
I eat for lunch), "koliko kav sem spila today?" (how many coffees did I drink), "kdo je bil na sestanku X?" (who was at the
X meeting), in the feminine or the masculine ("jedla"/"jedel", "spala"/"spal"). The phrases that carry what is asked
(meals and where they were eaten, coffee and caffeine, sleep and waking, workouts, meetings and who was there, first and
last, comparisons, habits, what someone said, follow-ups), the days ("danes", "včeraj", "predvčerajšnjim", "v noči s
ponedeljka na torek (5. 5.)") and the weekdays become English; a remark after the question carries nothing asked and is
dropped. Both spellings are read, with "č", "š", "ž" and without.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_TITLE_END = r"(?=\s+(?:on|today|yesterday|the|danes|v[čc]eraj|\d)\b|\s*[?,]|$)"
_MEALS = {"zajtrk": "breakfast", "kosilo": "lunch", "kosilu": "lunch", "večerjo": "dinner", "vecerjo": "dinner",
          "večerji": "dinner", "vecerji": "dinner"}
_MEAL = r"(zajtrk|kosil[ou]|ve[čc]erj[oi])"
_PAST = r"(?:a|el|la|i|e)?"
"""A verb's ending for a woman, a man or several ("jedla", "jedel", "jedli")."""
_WEEKDAYS = {"ponedeljek": "Monday", "torek": "Tuesday", "sreda": "Wednesday", "sredo": "Wednesday", "četrtek": "Thursday",
             "cetrtek": "Thursday", "petek": "Friday", "sobota": "Saturday", "soboto": "Saturday", "nedelja": "Sunday",
             "nedeljo": "Sunday"}


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^pa\s+dan\s+prej", "and the day before"), (r"^pa\s+no[čc]\s+prej", "and the night before"),
    (r"^pa\s+danes,?\s+do\s+zdaj", "and today so far"), (r"^in\s+koliko\s+[čc]asa\s+je\s+trajal\s+ta\s+sestanek", "and how long was that meeting"),
    (r"^pa\s+(.{2,60}?)\?\s*(?:ista\s+stvar|isto\s+vpra[šs]anje)?\s*$", r"and \1?"),
    # what someone said
    (r"katera\s+knjiga\s+je\s+bila\s+" + _NAME + r"['’]s\s+(?:recommendation|priporo[čc]ilo)", r"which book did \1 recommend"),
    (r"kateri\s+podcast\s+je\s+bil\s+" + _NAME + r"['’]s\s+tip", r"which podcast did \1 recommend"),
    (r"kateri\s+film\s+je\s+tisti\s+must-see\s+od\s+" + _NAME, r"which film did \1 say I must see"),
    (r"kam\s+so\s+prestavili\s+offsite,?\s+po\s+besedah\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"ob\s+kateri\s+uri\s+pristane\s+letalo\s+od\s+" + _NAME, r"when does \1's flight land"),
    (r"kako\s+je\s+ime\s+novemu\s+psu\s+od\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"koliko\s+let\s+bo\s+dopolnila\s+h[čc]i\s+od\s+" + _NAME, r"how old is \1's daughter turning"),
    (r"po\s+besedah\s+" + _NAME + r"\s+se\s+je\s+launch\s+od\s+(.{2,40}?)\s+premaknil,?\s+na\s+kateri\s+datum", r"what date did \1 say the \2 launch was pushed to"),
    (r"kako\s+je\s+bilo\s+ime\s+tisti\s+restavraciji,?", "what was the name of the restaurant,"),
    # remarks after the question; the days
    (r"(?<=\?)\s+(?!(?:and|in|pa|or|ali)\b)[^?]*$", ""), (r"\(\s*sino[čc]i\s*\)", ""),
    (r"v\s+no[čc]i\s+[sz]\s+\w+\s+na\s+\w+\s+\((\d{1,2})\.\s*(\d{1,2})\.?\)", r"the night of \1.\2"),
    (r"predv[čc]eraj[šs]njim,?\s+(?=the\s+day\s+before\s+yesterday)", ""), (r"predv[čc]eraj[šs]njim", "the day before yesterday"),
    (r"danes", "today"), (r"v[čc]eraj", "yesterday"),
    (r"(ponedeljek|torek|sred[ao]|[čc]etrtek|petek|sobot[ao]|nedelj[ao])", lambda m: _WEEKDAYS[m[1].lower()]),
    # a day or a night named by what happened
    (r"na\s+dan,?\s+ko\s+je\s+bil\s+sestanek\s+" + _TITLE + _TITLE_END, r"on the day of the \1 meeting"),
    (r"v\s+no[čc]i\s+po\s+sestanku\s+" + _TITLE + _TITLE_END, r"the night after the \1 meeting"),
    (r"tisti\s+dan,?\s+when", "on the day when"),
    (r"kdo\s+je\s+bil\s+na\s+sestanku\s+right\s+after", "who was at the meeting right after"),
    # habits
    (r"kak[šs]en\s+je\s+moj\s+spanec\s+po\s+dnevih\s+z\s+(\d+)\s*mg\s+kofeina\s+ali\s+ve[čc]", r"how do I sleep after days with \1 mg of caffeine or more"),
    (r"v\s+primerjavi\s+z\s+ostalimi\s+dnevi", "compared to the other days"),
    (r"ali\s+spim\s+manj,?\s+kadar\s+pijem\s+kavo\s+ob", "do I sleep less when I drink coffee at"),
    (r"ali\s+spim\s+manj,?\s+kadar\s+ve[čc]erjam\s+ob", "do I sleep less when I have dinner at"), (r"ali\s+kasneje", "or later"),
    (r"ali\s+spim\s+dlje\s+po\s+dnevih\s+s\s+treningom\s+kot\s+po\s+(?:rest\s+days|dnevih\s+brez\s+treninga)",
     "do I sleep longer after workout days than after rest days"),
    (r"ali\s+spijem\s+ve[čc]\s+kav\s+na\s+dneve\s+s\s+treningom\s+kot\s+na\s+(?:rest\s+days|dneve\s+brez\s+treninga)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"ali\s+pijem\s+ta\s+teden\s+ve[čc]\s+kave\s+kot\s+prej[šs]nji\s+teden", "do I drink more coffee this week than last week"),
    (r"katero\s+no[čc]\s+sem\s+spal" + _PAST + r"\s+dlje", "which night did I sleep longer"),
    (r"kdaj\s+sem\s+imel" + _PAST + r"\s+ve[čc]\s+kofeina", "which day did I have more caffeine"),
    (r"kateri\s+trening\s+je\s+trajal\s+dlje", "which workout was longer"),
    (r"(?:in\s+koliko\s+ur\s+vsako|mg\s+za\s+vsak\s+dan|minute\s+obeh)", ""), (r"(?<=\s)ali(?=\s)", "or"),
    # what is asked
    (r"kaj\s+sem\s+jed" + _PAST + r"\s+za\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"kje\s+sem\s+bil" + _PAST + r"\s+na\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"kje\s+sem\s+jed" + _PAST + r"\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"kje\s+sem\s+ve[čc]erjal" + _PAST, "where did I have dinner"),
    (r"kak[šs]en\s+trening\s+sem\s+imel" + _PAST, "what workout did I do"),
    (r"kak[šs]en\s+je\s+bil\s+povpre[čc]en\s+sr[čc]ni\s+utrip\s+med", "what was my average heart rate in the"),
    (r"kako\s+sem\s+spal" + _PAST + r"\s+(.{0,60}?),?\s+dobro\s+ali\s+slabo", r"did I sleep well or badly \1"),
    (r"koliko\s+ur\s+sem\s+spal" + _PAST, "how many hours did I sleep"),
    (r"koliko\s+[čc]asa\s+je\s+trajal\s+sestanek\s+" + _TITLE + _TITLE_END, r"how long was the \1 meeting"),
    (r"koliko\s+[čc]asa\s+je\s+trajal", "how long was the"),
    (r"koliko\s+km\s+sem\s+tekl" + _PAST, "how many km did I run"), (r"koliko\s+km\s+sem\s+prekolesaril" + _PAST, "how many km did I cycle"),
    (r"koliko\s+sem\s+preplaval" + _PAST, "how far did I swim"),
    (r"kdo\s+je\s+bil\s+na\s+sestanku\s+" + _TITLE + _TITLE_END, r"who was at the \1 meeting"),
    (r"koliko\s+kav\s+sem\s+spil" + _PAST, "how many coffees did I drink"),
    (r"koliko\s+kofeina\s+sem\s+imel" + _PAST, "how much caffeine did I have"),
    (r"koliko\s+sestankov\s+sem\s+imel" + _PAST, "how many meetings did I have"),
    (r"koliko\s+km\s+(\w+)\s+sem\s+naredil" + _PAST + r"\s+od\s+ponedeljka", r"how many km of \1 have I done since Monday"),
    (r"koliko\s+treningov\s+sem\s+imel" + _PAST + r"\s+ta\s+teden", "how many workouts have I done this week"),
    (r"ob\s+kateri\s+uri\s+sem\s+spil" + _PAST + r"\s+prvo\s+kavo", "what time was my first coffee"),
    (r"kdaj\s+sem\s+spil" + _PAST + r"\s+zadnjo\s+kavo", "what time was my last coffee"),
    (r"ob\s+kateri\s+uri\s+se\s+je\s+za[čc]el\s+prvi\s+sestanek", "what time did my first meeting start"),
    (r"kdaj\s+sem\s+se\s+zbudil" + _PAST, "what time did I wake up"),
    (r"ob\s+kateri\s+uri\s+sem\s+[šs]l" + _PAST + r"\s+spat", "what time did I go to bed"),
    (r"ta\s+teden", "this week"), (r"prej[šs]nji\s+teden", "last week"),
)
_TABLE = WordTable(_RULES, r"jedl\w*|spil\w*|sesta(?:nek|nk\w*)|kosil[ou]|zajtrk|ve[čc]erj\w*|danes|v[čc]eraj|predv[čc]eraj[šs]njim|tekl\w*|"
                           r"preplaval\w*|prekolesaril\w*|zbudil\w*|ista\s+stvar|isto\s+vpra[šs]anje|katera\s+knjiga|pristane|h[čc]i|"
                           r"besedah|restavraciji|dnevih|v\s+no[čc]i|dobro\s+ali\s+slabo|koliko\s+ur\s+sem|ali\s+spim|ali\s+pijem|"
                           r"trajal\s+dlje|katero\s+no[čc]|imel[ai]|kak[šs]en|ob\s+kateri\s+uri|treningov|dan\s+prej|no[čc]\s+prej|naredil\w*\s+od\s+ponedeljka",
                   least=1)
"""(Words and phrases Slovenian alone spells so; "sem", "kave", "trening", "kofeina", "knjiga", "pijem", "spal", "ali"
are Croatian's or Czech's too.)"""


def from_slovenian(text: str) -> str:
    """``text`` with its Slovenian phrases that say what is asked put into English; a text with none of the words only
    Slovenian spells so is left as it is."""
    return _TABLE.in_english(text)
