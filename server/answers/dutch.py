"""Dutch in an English question, put into English.

People in the Netherlands and Flanders switch between Dutch and English inside a sentence: "hoeveel bakjes koffie heb
ik gehad yesterday?" (how many cups of coffee), "wie waren er bij de Ops sync meeting?" (who was at), "slaap ik korter
als ik koffie drink om 4 pm of later?" (do I sleep less when). The words that carry what is asked (meals, coffee,
sleep, running and cycling, meetings, question words, first and last, more, less, longer, "or" ("of"), "and", "than",
the day or the night named by what happened, habits, what someone said, follow-ups) become English; "ik" (I), "m'n"
(my) and the verbs go with them, and the remarks after a question ("niet oordelen", no judging; "eerlijk zeggen", be
honest) are dropped.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"ontbijt": "breakfast", "lunch": "lunch", "avondeten": "dinner", "avondmaal": "dinner", "diner": "dinner",
          "breakfast": "breakfast", "dinner": "dinner"}
_MEAL = r"(ontbijt|lunch|avondeten|avondmaal|diner|breakfast|dinner)"
_THINGS = {"boek": "book", "film": "film", "podcast": "podcast", "restaurant": "restaurant"}
_COFFEE = r"(?:bakjes?(?:\s+koffie)?|bakkies?|kopjes?(?:\s+koffie)?|koffie|koffies|coffees?)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"niet\s+oordelen|eerlijk\s+zeggen|(?:i\s+)?(?:really\s+)?weet\s+['’]?t\s+niet\s+meer|alle\s+namen(?:\s+pls)?", ""),
    (r"forgot\s+de\s+titel", "I forgot the title"), (r"de\s+naam\s+van\s+de\s+zaak(?:\s+pls)?", "the name of the place"),
    (r"(?:mg|minutes|minuten|uren|de\s+uren)\s+van\s+allebei(?:\s+pls)?", "for both"), (r"\bvan\s+allebei", "for both"),
    # what someone said
    (r"welk\s+(boek|film|podcast|restaurant)\s+had\s+" + _NAME + r"\s+me\s+aangeraden", lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    # a day or a night named by what happened
    (r"op\s+de\s+dag\s+dat\s+" + _NAME + r"\s+['’]t\s+over\s+(.{2,40}?)\s+had", r"on the day \1 talked about \2"),
    (r"op\s+de\s+dag\s+dat\s+ik", "on the day I"), (r"de\s+nacht\s+na\s+de\s+(.{2,60}?)\s+meeting", r"the night after the \1 meeting"),
    (r"na\s+m['’]n\s+(\w+)", r"after my \1"), (r"had\s+ik\s+een\s+meeting,?\s+wie\s+waren\s+erbij", "I had a meeting, who was at it"),
    # habits
    (r"slaap\s+ik\s+(langer|korter|minder|meer)", lambda m: "do I sleep " + {"langer": "longer", "korter": "less", "minder": "less",
                                                                           "meer": "more"}[m[1].lower()]),
    (r"na\s+dagen\s+dat\s+ik\s+(?:gesport|getraind)\s+heb", "after days I worked out"), (r"vergeleken\s+met\s+rustdagen", "compared with rest days"),
    (r"vergeleken\s+met\s+de\s+andere\s+dagen", "compared with the other days"), (r"op\s+dagen\s+dat\s+ik\s+(?:sport|train)", "on days I work out"),
    (r"als\s+ik\s+koffie\s+drink\s+om", "when I drink coffee at"), (r"als\s+m['’]n\s+avondeten\s+om\s+(.{2,12}?)\s+of\s+later\s+begint",
                                                                   r"when dinner starts at \1 or later"),
    (r"hoe\s+slaap\s+ik\s+na\s+dagen\s+met", "how do I sleep after days with"), (r"drink\s+ik\s+meer\s+koffie", "do I drink more coffee"),
    # comparisons
    (r"drink\s+ik\s+deze\s+week\s+meer\s+of\s+minder\s+koffie\s+dan\s+vorige\s+week",
     "do I drink more or less coffee this week than last week"),
    (r"op\s+welke\s+dag\s+had\s+ik\s+meer\s+(caffeine|cafeïne|koffie)", lambda m: "which day had more " + (
        "coffee" if m[1].lower() == "koffie" else "caffeine")),
    (r"heb\s+ik\s+langer\s+geslapen", "did I sleep longer"), (r"welke\s+workout\s+duurde\s+langer", "which workout was longer"),
    (r"(?<=[\d)])\s+of\s+(?=(?:yesterday|today|last|this|the|mon|tue|wed|thu|fri|sat|sun|\d))", " or "),
    (r"(pm|am)\s+of\s+later", r"\1 or later"), (r"of\s+meer", "or more"), (r"meer\s+of\s+minder", "more or less"),
    (r"hoe\s*lang\s+duurde\s+die\s+meeting", "how long was that meeting"), (r"hoe\s*lang", "how long"),
    # follow-ups
    (r"^en\s+vandaag\s+tot\s+nu\s+toe", "and today so far"), (r"^en\s+de\s+dag\s+ervoor", "and the day before"),
    (r"^en\s+de\s+nacht\s+ervoor", "and the night before"), (r"^en(?=\s)", "and"), (r"tot\s+nu\s+toe", "so far"),
    # days
    (r"vandaag", "today"), (r"gisteren", "yesterday"), (r"deze\s+week(?:\s+al)?", "this week"), (r"vorige\s+week", "last week"),
    # what is asked
    (r"wie\s+waren\s+er\s+bij\s+de", "who was at the"), (r"waar\s+heb\s+ik\s+geluncht", "where did I have lunch"),
    (r"wat\s+had\s+ik\s+als\s+" + _MEAL, lambda m: "what did I have for " + _MEALS[m[1].lower()]),
    (r"wat\s+was\s+m['’]n\s+" + _MEAL, lambda m: "what was my " + _MEALS[m[1].lower()]),
    (r"voor\s+['’]t\s+" + _MEAL + r"\s+bedoel\s+ik", lambda m: "for " + _MEALS[m[1].lower()]),
    (r"hoe\s+laat\s+ging\s+ik\s+naar\s+bed", "what time did I go to bed"), (r"hoe\s+laat\s+stond\s+ik\s+op", "what time did I get up"),
    (r"hoe\s+laat\s+had\s+ik\s+m['’]n\s+(eerste|laatste)\s+" + _COFFEE, lambda m: "what time was my " + (
        "first" if m[1].lower() == "eerste" else "last") + " coffee"),
    (r"wanneer\s+was\s+m['’]n\s+(eerste|laatste)\s+" + _COFFEE, lambda m: "what time was my " + (
        "first" if m[1].lower() == "eerste" else "last") + " coffee"),
    (r"hoeveel\s+" + _COFFEE + r"\s+heb\s+ik\s+gehad", "how many coffees did I have"),
    (r"hoeveel\s+km\s+(?:running\s+)?heb\s+ik\s+(?:deze\s+week\s+al\s+)?(?:gedaan|gelopen|hardgelopen)", "how many km did I run"),
    (r"hoeveel\s+km\s+heb\s+ik\s+hardgelopen", "how many km did I run"),
    (r"(?:how\s+far|hoe\s+ver)\s+heb\s+ik\s+(gefietst|gelopen|hardgelopen|gezwommen)", lambda m: "how far did I " + {
        "gefietst": "cycle", "gelopen": "run", "hardgelopen": "run", "gezwommen": "swim"}[m[1].lower()]),
    (r"hoeveel\s+uur\s+(?:slaap\s+had\s+ik|heb\s+ik\s+geslapen)", "how many hours did I sleep"),
    (r"hoeveel\s+meetings\s+had\s+ik", "how many meetings did I have"), (r"hoeveel", "how many"), (r"hoe\s+laat", "what time"),
    (r"wanneer", "when"), (r"welke?", "which"), (r"waar", "where"), (r"wie", "who"), (r"wat", "what"),
    # things
    (r"m['’]n", "my"), (r"koffie", "coffee"), (r"ontbijt", "breakfast"), (r"avondeten", "dinner"), (r"ik", "I"),
)
_TABLE = WordTable(_RULES, r"ik|heb|had\s+ik|hoeveel|hoe\s+laat|wanneer|welke?|waar|wie|wat|m['’]n|bakjes?|bakkies?|koffie|"
                           r"ontbijt|avondeten|geluncht|gefietst|geslapen|gesport|hardgelopen|slaap|vandaag|gisteren|deze\s+week|"
                           r"vorige\s+week|allebei|oordelen|eerlijk|aangeraden|vergeleken|rustdagen|meer|minder|langer|"
                           r"korter|duurde|bedoel|waren|erbij|nacht|dag|hoelang|dag\s+dat|op\s+de|tot\s+nu")


def from_dutch(text: str) -> str:
    """``text`` with its Dutch words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
