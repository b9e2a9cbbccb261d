"""Polish in an English question, put into English.

People in Poland switch between Polish, often typed without its accents, and English inside a sentence: "ile mialam
meetingow today?" (how many meetings did I have), "co jadlam na sniadanie yesterday?" (what did I eat for breakfast),
"kto byl na meetingu X?" (who was at the X meeting). The phrases that carry what is asked (meals, coffee, sleep,
workouts, meetings, who was there, first and last, longer, "or" ("czy"), the day named by what happened, habits, what
someone said, follow-ups) become English, and the remarks after a question ("wszystko mnie boli", everything hurts)
are dropped.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"sniadanie": "breakfast", "śniadanie": "breakfast", "obiad": "lunch", "lunch": "lunch", "kolacje": "dinner",
          "kolację": "dinner"}
_MEAL = r"(sniadanie|śniadanie|obiad|lunch|kolacje|kolację)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"widzialam\s+story\s+na\s+insta|wszystko\s+mnie\s+boli|kompletny\s+blackout|release\s+sie\s+przeciagnal|"
     r"polowa\s+miala\s+wylaczone\s+kamerki|caly\s+dzien\s+w\s+callach|budzik\s+nie\s+zadzwonil|strava\s+mi\s+nie\s+zlapala|"
     r"godziny\s+z\s+obu\s+nocy|minuty\s+obu", ""),
    # what someone said
    (r"jak\s+ma\s+na\s+imie\s+nowy\s+pies\s+" + _NAME, r"what is the name of \1's new dog"), (r"^a\s+" + _NAME + r"(?=\s*\?)", r"and \1"),
    # a day named by what happened
    (r"co\s+jadlam\s+na\s+" + _MEAL + r"\s+tego\s+dnia\s+kiedy", lambda m: f"what did I eat for {_MEALS[m[1].lower()]} on the day I"),
    # habits
    (r"jak\s+pije\s+kawe\s+o", "when I drink coffee at"), (r"albo\s+pozniej", "or later"), (r"albo\s+wiecej", "or more"),
    (r"to\s+spie\s+krocej", "do I sleep less"), (r"dni\s+z", "days with"), (r"kofeiny", "caffeine"),
    (r"jak\s+potem\s+spie\s+vs\s+po\s+innych\s+dniach", "how do I sleep after them vs other days"),
    # comparisons
    (r"kiedy\s+spalam\s+dluzej", "which night did I sleep longer"), (r"ktory\s+byl\s+dluzszy", "which was longer"),
    (r"(?<=\s)czy(?=\s)", "or"), (r"trening(?=\s)", "workout"),
    # follow-ups
    (r"^a\s+dzisiaj\s+jak\s+na\s+razie", "and today so far"), (r"^a\s+dzien\s+wczesniej", "and the day before"),
    (r"w\s+tym\s+tygodniu", "this week"),
    # what is asked
    (r"gdzie\s+jedlismy\s+" + _MEAL, lambda m: "where did I have " + _MEALS[m[1].lower()]),
    (r"co\s+jadlam\s+na\s+" + _MEAL, lambda m: "what did I eat for " + _MEALS[m[1].lower()]),
    (r"jaki\s+trening\s+robilam", "what workout did I do"), (r"jak\s+spalam", "how did I sleep"), (r"dobrze\s+czy\s+slabo", "well or badly"),
    (r"ile\s+godzin\s+spalam", "how many hours did I sleep"), (r"kto\s+byl\s+na\s+meetingu\s+(.{2,60}?)(?=\s+(?:today|yesterday|on|last|this|\d|mon|tue|wed|thu|fri|sat|sun))",
                                                                r"who was at the \1 meeting"),
    (r"ile\s+mialam\s+meetingow", "how many meetings did I have"), (r"ile\s+treningow\s+zrobilam", "how many workouts did I do"),
    (r"o\s+ktorej\s+wstalam", "what time did I get up"), (r"o\s+ktorej\s+wypilam\s+pierwsza\s+kawe", "what time was my first coffee"),
    (r"o\s+ktorej\s+byla\s+ostatnia\s+kawa", "what time was my last coffee"), (r"ile\s+km\s+zrobilam\s+na\s+rowerze", "how many km did I cycle"),
    (r"ile\s+km\s+przebieglam", "how many km did I run"),
)
_TABLE = WordTable(_RULES, r"jadlam|jedlismy|kolacje|sniadanie|trening\w*|robilam|spalam|godzin|meetingu|meetingow|mialam|"
                           r"zrobilam|wstalam|wypilam|kawe|kawa|przebieglam|rowerze|dzisiaj|wczesniej|tygodniu|kofeiny|pozniej|"
                           r"wiecej|spie|krocej|dluzej|dluzszy|imie|pies|^a(?=\s+(?-i:[A-Z])[\w'’]*\s*\?$)", least=1)
"""(Words of Polish alone, typed without accents: "a", "czy", "ile", "kto" are no hint by themselves.)"""


def from_polish(text: str) -> str:
    """``text`` with its Polish phrases that say what is asked put into English; a text with none of the words only Polish
    has is left as it is."""
    return _TABLE.in_english(text)
