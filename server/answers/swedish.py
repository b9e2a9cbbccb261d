"""Swedish in an English question, put into English.

People in Sweden switch between Swedish and English inside a sentence: "hur många möten hade jag today?" (how many
meetings), "vad blev det till middag?" (what was dinner), "sover jag kortare när middagen börjar 8 pm eller senare?"
(do I sleep less when dinner starts). The words that carry what is asked (meals, coffee, sleep, running, cycling and
swimming, meetings, who was there, question words, first and last, more, less, longer, "or", "and", "than", the day
named by what happened, habits, what someone said, follow-ups) become English; "jag" (I), "min"/"mitt" (my) and the
verbs go with them, and the remarks around a question ("ärligt", honestly; "alltså", I mean) are dropped.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"frukost": "breakfast", "lunch": "lunch", "middag": "dinner", "middagen": "dinner", "breakfast": "breakfast",
          "dinner": "dinner"}
_MEAL = r"(frukost|lunch|middagen|middag|breakfast|dinner)"
_DOING = {"cyklade": "cycle", "simmade": "swim", "sprang": "run", "löpte": "run", "joggade": "run"}

_RULES: tuple[tuple[str, object], ...] = (
    # remarks around the question
    (r"ärligt|alltså|samma\s+sak\s+där|same\s+fråga|(?:mg|minuter|timmar)\s+för\s+båda(?:\s+dagarna)?", ""),
    # what someone said
    (r"vad\s+heter\s+den\s+nya\s+hunden\s+som\s+" + _NAME + r"\s+har\s+skaffat", r"what is the name of the new dog \1 got"),
    (r"enligt\s+" + _NAME + r"\s+har\s+offsiten\s+flyttats", r"according to \1 the offsite moved"),
    # a day named by what happened
    (r"dagen\s+då\s+jag", "on the day I"), (r"efter\s+min(?=\s)", "after my"),
    (r"(the\s+day\s+of|efter|på|after)\s+(.{2,60}?)-mötet", r"\1 the \2 meeting"), (r"var\s+åt\s+jag", "where did I eat"),
    (r"hade\s+jag\s+ett\s+möte,?\s+vilka\s+var\s+där", "I had a meeting, who was there"),
    # habits
    (r"sover\s+jag\s+(längre|kortare|mindre|mer)", lambda m: "do I sleep " + {"längre": "longer", "kortare": "less",
                                                                             "mindre": "less", "mer": "more"}[m[1].lower()]),
    (r"när\s+jag\s+har\s+tränat", "I worked out"), (r"jämfört\s+med\s+vilodagar", "compared with rest days"),
    (r"jämfört\s+med\s+andra\s+dagar", "compared with other days"), (r"efter\s+dagar\s+med", "after days with"),
    (r"när\s+middagen\s+börjar", "when dinner starts at"), (r"eller\s+senare", "or later"), (r"eller\s+mer", "or more"),
    # comparisons
    (r"dricker\s+jag\s+mer\s+eller\s+mindre\s+kaffe", "do I drink more or less coffee"), (r"än\s+förra\s+veckan", "than last week"),
    (r"vilken\s+dag\s+fick\s+jag\s+i\s+m[ei]g\s+mer\s+(koffein|kaffe)", lambda m: "which day had more " + (
        "coffee" if m[1].lower() == "kaffe" else "caffeine")),
    (r"which\s+workout\s+var\s+längst", "which workout was longest"), (r"sov\s+jag\s+längre", "did I sleep longer"),
    # follow-ups
    (r"^och\s+hur\s+länge\s+höll\s+det\s+mötet\s+på", "and how long was that meeting"),
    (r"^och\s+dagen\s+innan", "and the day before"), (r"^och\s+natten\s+innan", "and the night before"),
    (r"^och\s+" + _NAME + r"\s+då", r"and \1"), (r"^och(?=\s)", "and"),
    # days
    (r"idag|i\s+dag", "today"), (r"igår|i\s+går", "yesterday"), (r"förra\s+veckan", "last week"), (r"den\s+här\s+veckan", "this week"),
    # what is asked
    (r"vilka\s+var\s+med\s+på\s+(.{2,60}?)-mötet", r"who attended the \1 meeting"),
    (r"vad\s+blev\s+det\s+till\s+" + _MEAL, lambda m: "what did I have for " + _MEALS[m[1].lower()]),
    (r"(?:vad|va)\s+(?:åt|käkade)\s+jag\s+till\s+" + _MEAL, lambda m: "what did I eat for " + _MEALS[m[1].lower()]),
    (r"till\s+" + _MEAL, lambda m: "for " + _MEALS[m[1].lower()]),
    (r"(?:how\s+far|hur\s+långt)\s+(cyklade|simmade|sprang|löpte|joggade)\s+jag", lambda m: "how far did I " + _DOING[m[1].lower()]),
    (r"hur\s+många\s+träningspass\s+har\s+jag\s+hunnit\s+med", "how many workouts have I done"),
    (r"hur\s+många\s+möten\s+hade\s+jag", "how many meetings did I have"), (r"hur\s+många\s+timmar\s+sov\s+jag", "how many hours did I sleep"),
    (r"hur\s+många\s+(?:koppar\s+)?kaffe\s+drack\s+jag", "how many coffees did I drink"),
    (r"hur\s+dags\s+vaknade\s+jag", "what time did I wake up"), (r"hur\s+dags\s+gick\s+jag\s+och\s+lade\s+mig", "what time did I go to bed"),
    (r"när\s+började\s+mitt\s+första\s+möte", "what time did my first meeting start"),
    (r"hur\s+dags\s+var\s+min\s+(första|sista)\s+kopp\s+kaffe", lambda m: "what time was my " + (
        "first" if m[1].lower() == "första" else "last") + " coffee"),
    (r"hur\s+dags", "what time"), (r"hur\s+många", "how many"), (r"hur\s+länge", "how long"), (r"när", "when"),
    (r"vilka", "who"), (r"vad|va", "what"), (r"var\s+(?=jag\b)", "where "),
    # more, less, or; things
    (r"(\w+)-mötet", r"the \1 meeting"), (r"mötet|möte", "meeting"), (r"möten", "meetings"), (r"eller", "or"), (r"mer", "more"),
    (r"mindre", "less"), (r"längre", "longer"), (r"längst", "longest"), (r"kaffe", "coffee"), (r"koffein", "caffeine"),
    (r"middagen|middag", "dinner"), (r"frukost", "breakfast"), (r"(?<=\s)var(?=\s)", "was"), (r"min|mitt", "my"), (r"jag", "I"),
)
_TABLE = WordTable(_RULES, r"jag|vad|va|hur|när|vilka|vilken|mitt|möte[nt]?|-mötet|frukost|middagen|käkade|åt|cyklade|simmade|"
                           r"träningspass|hunnit|vaknade|började|sista|första|kopp|dricker|längre|längst|kortare|mer|jämfört|"
                           r"vilodagar|tränat|dagar|innan|och|då|ärligt|alltså|enligt|heter|skaffat|förra|veckan|fråga|samma|"
                           r"höll|senare|börjar|båda|blev|offsiten|flyttats|middag(?=\s+alltså)|med\s+på|mötet")
"""(Swedish's own words: those it shares with Danish, "kaffe", "sover", "eller", "mindre", "dagen", "middag", are no
hint, so Danish lines stay with their table.)"""


def from_swedish(text: str) -> str:
    """``text`` with its Swedish words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
