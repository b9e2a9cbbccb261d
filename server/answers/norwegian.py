"""Norwegian (Bokmål) in an English question, put into English.

People in Norway switch between Norwegian and English inside a sentence: "hva fikk jeg til lunsj yesterday?" (what did I
have for lunch), "hvor mange kopper kaffe drakk jeg today?" (how many cups of coffee did I drink), "hvem var med på X
møtet?" (who was at the X meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and
caffeine, sleep and waking, workouts ("økter"), meetings and who was there, first and last, comparisons, habits, what
someone said, follow-ups) become English; a remark after the question carries nothing asked and is dropped.

Danish is written much like it, and its table comes later: this one reads only what Norwegian spells its own way
("lunsj", "økt", "uka", "natta", "våknet", "syklet", "drakk", "møtet"), and "frokost" here is breakfast, as in
Norway (in Denmark it is lunch).
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEALS = {"frokost": "breakfast", "frokosten": "breakfast", "lunsj": "lunch", "lunsjen": "lunch", "middag": "dinner",
          "middagen": "dinner", "kveldsmat": "dinner", "breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner"}
_MEAL = r"(frokost(?:en)?|lunsj(?:en)?|middag(?:en)?|kveldsmat|breakfast|lunch|dinner)"
_THINGS = {"bok": "book", "boka": "book", "boken": "book", "film": "film", "filmen": "film", "podcast": "podcast",
           "podcasten": "podcast"}
_THING = r"(bok|boka|boken|film|filmen|podcast|podcasten)"
_DID = {"løp": "ran", "ran": "ran", "syklet": "cycled", "cycled": "cycled", "svømte": "swam", "swam": "swam"}


def _meal(match: re.Match[str]) -> str:
    return _MEALS[match.group(match.lastindex or 1).lower()]


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^og\s+dagen\s+før(?:\s+det)?(?:\s+da)?", "and the day before"),
    (r"^og\s+natt(?:a|en)\s+før(?:\s+det)?(?:\s+da)?", "and the night before"),
    (r"^og\s+i\s+dag(?:,?\s+(?:up\s+to\s+now|så\s+langt|hittil))?", "and today so far"),
    (r"^og\s+hvor\s+lenge\s+varte\s+det\s+møtet", "and how long was that meeting"),
    (r"^hva\s+med\s+(.{2,60}?)\?\s*(?:samme\s+spørsmål|samme)?\s*$", r"and \1?"),
    # what someone said
    (r"hvilken\s+" + _THING + r"\s+(?:var\s+det\s+(?:som\s+)?)?" + _NAME + r"\s+anbefalte",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"hvilken\s+" + _THING + r"\s+anbefalte\s+" + _NAME, lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"hvilken\s+" + _THING + r"\s+sa\s+" + _NAME + r"\s+at\s+jeg\s+(?:bare\s+)?(?:må|burde|skulle)\s+(?:se|lese|høre\s+på)",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} say I must see"),
    (r"hvor\s+ble\s+offsiten\s+flyttet(?:\s+til)?,?\s+ifølge\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"hva\s+het(?:er)?\s+restauranten\s+" + _NAME + r"\s+(?:tipset\s+om|anbefalte)", r"what was the restaurant \1 recommended"),
    (r"når\s+lander\s+flyet\s+til\s+" + _NAME, r"when does \1's flight land"),
    (r"når\s+lander\s+" + _NAME, r"when does \1 land"),
    (r"hva\s+heter\s+den\s+nye\s+(?:valpen|hunden)\s+til\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"hvor\s+gammel\s+blir\s+datteren\s+til\s+" + _NAME, r"how old is \1's daughter turning"),
    (_NAME + r"\s+sa\s+at\s+(.{2,40}?)\s+launchen\s+(?:er|var|ble)\s+utsatt,?\s+til\s+hvilken\s+dato",
     r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|og|or|eller)\b)[^?]*$", ""),
    # a day or a night named by what happened
    (r"den\s+dagen\s+jeg\s+(løp|ran|syklet|cycled|svømte|swam)", lambda m: "on the day I " + _DID[m[1].lower()]),
    (r"den\s+dagen\s+vi\s+hadde\s+" + _TITLE + r"[\s-]møtet", r"on the day of the \1 meeting"),
    (r"den\s+dagen\s+" + _NAME + r"\s+(?:snakket|pratet)\s+om", r"on the day \1 mentioned"),
    (r"natt(?:en|a)\s+etter\s+" + _TITLE + r"[\s-]møtet", r"the night after the \1 meeting"),
    (r"hvem\s+var\s+(?:med\s+)?på\s+møtet\s+(?:rett|like)\s+etter", "who was at the meeting right after"),
    (r"(?:på\s+)?møtet\s+(?:rett|like)\s+etter", "at the meeting right after"),
    # habits
    (r"hvordan\s+sover\s+jeg\s+etter\s+dager\s+med\s+(\d+)\s*mg\s+koffein\s+eller\s+mer",
     r"how do I sleep after days with \1 mg of caffeine or more"),
    (r"sover\s+jeg\s+(?:mindre|kortere)\s+(?:når|hvis|om)\s+jeg\s+drikker\s+kaffe\s+(?:klokka|klokken|kl\.?)",
     "do I sleep less when I drink coffee at"),
    (r"sover\s+jeg\s+(?:mindre|kortere)\s+(?:når|hvis|om)\s+jeg\s+spiser\s+middag\s+(?:klokka|klokken|kl\.?)",
     "do I sleep less when I have dinner at"),
    (r"eller\s+senere", "or later"),
    (r"sover\s+jeg\s+lenger\s+etter\s+treningsdager\s+enn\s+etter\s+(?:rest\s+days|hviledager)",
     "do I sleep longer after workout days than after rest days"),
    (r"drikker\s+jeg\s+flere\s+kopper\s+kaffe\s+på\s+treningsdager\s+enn\s+på\s+(?:rest\s+days|hviledager)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"drikker\s+jeg\s+mer\s+kaffe\s+denne\s+uk(?:a|en)\s+enn\s+forrige\s+uke", "do I drink more coffee this week than last week"),
    (r"hvilken\s+natt\s+sov\s+jeg\s+(?:mest|lengst|lenger)", "which night did I sleep longer"),
    (r"hvilken\s+dag\s+fikk\s+jeg\s+(?:i\s+meg\s+)?(?:mest|mer)\s+koffein", "which day did I have more caffeine"),
    (r"hvilken\s+økt\s+var\s+(?:lengst|lengre)", "which workout was longer"),
    (r"(?:på\s+hver|for\s+each\s+av\s+dem|av\s+dem)", ""),
    (r"(?<=\s)eller(?=\s)", "or"),
    # what is asked
    (r"hvor\s+spiste\s+jeg\s+" + _MEAL, lambda m: "where did I have " + _meal(m)),
    (r"hva\s+(?:hadde|fikk|spiste)\s+jeg\s+(?:egentlig\s+)?til\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m)),
    (r"hva\s+slags\s+trening\s+(?:ble\s+det|gjorde\s+jeg)", "what workout did I do"),
    (r"hva\s+var\s+snittpulsen\s+min\s+på", "what was my average heart rate in the"),
    (r"sov\s+jeg\s+godt\s+eller\s+dårlig", "did I sleep well or badly"),
    (r"hvor\s+mange\s+timer\s+sov\s+jeg", "how many hours did I sleep"),
    (r"hvor\s+lenge\s+varte\s+" + _TITLE + r"[\s-]møtet", r"how long was the \1 meeting"),
    (r"hvor\s+lang\s+var", "how long was the"),
    (r"hvor\s+mange\s+km\s+løp\s+jeg", "how many km did I run"), (r"hvor\s+langt\s+syklet\s+jeg", "how far did I cycle"),
    (r"hvor\s+langt\s+svømte\s+jeg", "how far did I swim"), (r"hvor\s+langt\s+løp\s+jeg", "how far did I run"),
    (r"hvem\s+var\s+(?:med\s+)?på\s+" + _TITLE + r"[\s-]møtet", r"who was at the \1 meeting"),
    (r"hvor\s+mange\s+kopper\s+kaffe\s+drakk\s+jeg", "how many coffees did I drink"),
    (r"hvor\s+mye\s+koffein\s+fikk\s+jeg(?:\s+i\s+meg)?", "how much caffeine did I have"),
    (r"hvor\s+mange\s+møter\s+hadde\s+jeg", "how many meetings did I have"),
    (r"hvor\s+mange\s+km\s+med\s+(\w+)\s+har\s+jeg\s+(?:logget|hatt|gjort|tatt)", r"how many km of \1 have I done"),
    (r"hvor\s+mange\s+økter\s+har\s+jeg\s+(?:hatt|gjort|tatt)", "how many workouts have I done"),
    (r"når\s+drakk\s+jeg\s+den\s+første\s+kaffen", "what time was my first coffee"),
    (r"når\s+(?:var|drakk\s+jeg)\s+den\s+siste\s+(?:kaffekoppen|kaffen)(?:\s+min)?", "what time was my last coffee"),
    (r"når\s+startet\s+det\s+første\s+møtet\s+mitt", "what time did my first meeting start"),
    (r"når\s+våknet\s+jeg", "what time did I wake up"), (r"når\s+la\s+jeg\s+meg", "what time did I go to bed"),
    (r"siden\s+mandag", "since Monday"), (r"denne\s+uk(?:a|en)", "this week"), (r"forrige\s+uke", "last week"),
    (r"i\s+går", "yesterday"), (r"i\s+dag", "today"),
)
_TABLE = WordTable(_RULES, r"lunsj|lunsjen|økt|økta|økter|uka|natta|snittpulsen|våknet|syklet|svømte|drakk|kaffen|"
                           r"kaffekoppen|valpen|datteren|flyet|ifølge|tipset|logget|treningsdager|spørsmål|møtet|mye|varte|"
                           r"lenge|den\s+dagen|dager\s+med|hvordan\s+sover|hvilken\s+(?:bok|film|podcast|natt|dag|økt)|snakket|klokka|når\s+(?:drakk|var|startet|våknet|la)",
                   least=1)
"""(Words Norwegian spells its own way; "hva", "hvem", "jeg", "spiste", "til", "og" are Danish too.)"""


def from_norwegian(text: str) -> str:
    """``text`` with its Norwegian phrases that say what is asked put into English; a text with none of the words only
    Norwegian spells so is left as it is."""
    return _TABLE.in_english(text)
