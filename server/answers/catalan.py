"""Catalan in an English question, put into English.

People in Andorra, Catalonia, Valencia and the Balearics switch between Catalan and English inside a sentence: "què vaig
dinar yesterday?" (what did I have for lunch), "quants cafès em vaig prendre today?" (how many coffees did I have), "qui hi
havia a la reunió de X?" (who was at the X meeting). The phrases that carry what is asked (meals and where they were
eaten, coffee and caffeine, sleep and waking, workouts ("entreno"), meetings and who was there, first and last,
comparisons, habits, what someone said, follow-ups) and the short weekdays of its calendar ("dl.", "dt.", "dc.", "dj.",
"dv.", "ds.", "dg.") become English; a remark after the question carries nothing asked and is dropped. Its table runs
before Spanish's, whose words it shares in part ("cafè", "dia"), and reads only what Catalan alone spells so ("vaig",
"quin", "reunió", "avui").
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_THINGS = {"llibre": "book", "pel·lícula": "film", "pel.lícula": "film", "pellícula": "film", "peli": "film",
           "podcast": "podcast"}
_THING = r"(llibre|pel[·.]?l[ií]cula|peli|podcast)"
_WEEKDAYS = {"dl": "Monday", "dt": "Tuesday", "dc": "Wednesday", "dj": "Thursday", "dv": "Friday", "ds": "Saturday",
             "dg": "Sunday", "dilluns": "Monday", "dimarts": "Tuesday", "dimecres": "Wednesday", "dijous": "Thursday",
             "divendres": "Friday", "dissabte": "Saturday", "diumenge": "Sunday"}


def _thing(word: str) -> str:
    return _THINGS.get(word.lower(), "film")


def _meal(verb: str) -> str:
    verb = verb.lower()
    return "breakfast" if verb.startswith("esmorz") else "lunch" if verb.startswith("din") else "dinner"


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^i\s+el\s+dia\s+(?:abans|anterior)", "and the day before"),
    (r"^i\s+la\s+nit\s+(?:d['’]abans|anterior)", "and the night before"),
    (r"^i\s+avui,?\s+(?:fins\s+ara|de\s+moment)", "and today so far"),
    (r"^i\s+quant\s+va\s+durar\s+aquella\s+reunió", "and how long was that meeting"),
    (r"^i\s+(.{2,60}?)\?\s*(?:la\s+mateixa\s+pregunta|el\s+mateix)?\s*$", r"and \1?"),
    # what someone said
    (r"quin(?:a)?\s+" + _THING + r"\s+em\s+va\s+(?:recomanar|dir)\s+" + _NAME,
     lambda m: f"which {_thing(m[1])} did {m[2]} recommend"),
    (r"quin(?:a)?\s+" + _THING + r"\s+diu\s+" + _NAME + r"\s+que\s+he\s+de\s+(?:veure|llegir|escoltar)",
     lambda m: f"which {_thing(m[1])} did {m[2]} say I must see"),
    (r"on\s+han\s+(?:mogut|traslladat|canviat)\s+l['’]offsite,?\s+segons\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"com\s+es\s+deia\s+el\s+restaurant\s+que\s+em\s+va\s+(?:dir|recomanar)\s+" + _NAME, r"what was the restaurant \1 recommended"),
    (r"a\s+quina\s+hora\s+aterra\s+el\s+vol\s+de\s+" + _NAME, r"when does \1's flight land"),
    (r"com\s+es\s+diu\s+el\s+(?:gos|gosset|cadell)\s+nou\s+de\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"quants\s+anys\s+(?:fa|farà|complirà)\s+la\s+filla\s+de\s+" + _NAME, r"how old is \1's daughter turning"),
    (_NAME + r"\s+va\s+dir\s+que\s+el\s+launch\s+de\s+(.{2,40}?)\s+s['’]endarrereix,?\s+fins\s+a\s+quina\s+data",
     r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|i|or|o)\b)[^?]*$", ""),
    # a day or a night named by what happened
    (r"el\s+dia\s+que\s+" + _NAME + r"\s+va\s+(?:parlar\s+de|mencionar|esmentar)", r"on the day \1 mentioned"),
    (r"el\s+dia\s+de\s+la\s+reunió\s+de\s+" + _TITLE + r"(?=\s*[?,.]|$)", r"on the day of the \1 meeting"),
    (r"la\s+nit\s+després\s+de\s+la\s+reunió\s+de\s+" + _TITLE + r"(?=\s*[?,.]|$)", r"the night after the \1 meeting"),
    (r"qui\s+va\s+(?:venir|ser)\s+a\s+la\s+reunió\s+just\s+després\s+del?", "who was at the meeting right after my"),
    # habits
    (r"com\s+dormo\s+després\s+de\s+dies\s+amb\s+(\d+)\s*mg\s+de\s+cafeïna\s+o\s+més",
     r"how do I sleep after days with \1 mg of caffeine or more"),
    (r"dormo\s+menys\s+(?:quan|si)\s+prenc\s+(?:un\s+)?cafè\s+a\s+les", "do I sleep less when I drink coffee at"),
    (r"dormo\s+menys\s+(?:quan|si)\s+sopo\s+a\s+les", "do I sleep less when I have dinner at"),
    (r"o\s+més\s+tard", "or later"),
    (r"dormo\s+més\s+després\s+dels\s+dies\s+d['’]entreno\s+que\s+després\s+dels\s+(?:rest\s+days|dies\s+de\s+descans)",
     "do I sleep longer after workout days than after rest days"),
    (r"prenc\s+més\s+cafès\s+els\s+dies\s+d['’]entreno\s+que\s+els\s+(?:rest\s+days|dies\s+de\s+descans)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"estic\s+prenent\s+més\s+cafè\s+aquesta\s+setmana\s+que\s+la\s+(?:passada|setmana\s+passada)",
     "do I drink more coffee this week than last week"),
    (r"quina\s+nit\s+vaig\s+dormir\s+més", "which night did I sleep longer"),
    (r"quin\s+dia\s+vaig\s+prendre\s+més\s+cafeïna", "which day did I have more caffeine"),
    (r"quin\s+entreno\s+va\s+ser\s+més\s+llarg", "which workout was longer"),
    (r"(?:i\s+les\s+hores|amb\s+els\s+mg|minuts)\s+de\s+cada\s+(?:una|un|dia)", ""),
    (r"(?<=\s)o(?=\s)", "or"),
    # what is asked
    (r"què\s+vaig\s+menjar\s+per\s+(esmorzar|dinar|sopar)", lambda m: "what did I eat for " + _meal(m[1])),
    (r"què\s+vaig\s+(esmorzar|dinar|sopar)", lambda m: "what did I eat for " + _meal(m[1])),
    (r"on\s+vaig\s+(esmorzar|dinar|sopar)", lambda m: "where did I have " + _meal(m[1])),
    (r"quin\s+tipus\s+d['’]entreno\s+vaig\s+fer", "what workout did I do"),
    (r"quina\s+va\s+ser\s+la\s+meva\s+mitjana\s+de\s+pulsacions\s+al?", "what was my average heart rate in the"),
    (r"vaig\s+dormir\s+bé\s+o\s+malament", "did I sleep well or badly"),
    (r"quantes\s+hores\s+vaig\s+dormir", "how many hours did I sleep"),
    (r"quant\s+va\s+durar\s+la\s+reunió\s+de\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|makes|\d)|\s*[?,])",
     r"how long was the \1 meeting"),
    (r"quant\s+va\s+durar\s+(?:el|la)", "how long was the"),
    (r"quants\s+km\s+vaig\s+córrer", "how many km did I run"), (r"quants\s+km\s+vaig\s+fer\s+amb\s+bici", "how many km did I cycle"),
    (r"quant\s+vaig\s+nedar", "how far did I swim"),
    (r"qui\s+hi\s+havia\s+a\s+la\s+reunió\s+de\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|makes|\d)|\s*[?,])",
     r"who was at the \1 meeting"),
    (r"quants\s+cafès\s+em\s+vaig\s+prendre", "how many coffees did I drink"),
    (r"quanta\s+cafeïna\s+vaig\s+prendre", "how much caffeine did I have"),
    (r"quantes\s+reunions\s+vaig\s+tenir", "how many meetings did I have"),
    (r"quants\s+km\s+de\s+(\w+)\s+porto", r"how many km of \1 have I done"), (r"des\s+de\s+dilluns", "since Monday"),
    (r"quants\s+entrenos\s+porto", "how many workouts have I done"),
    (r"a\s+quina\s+hora\s+em\s+vaig\s+prendre\s+el\s+primer\s+cafè", "what time was my first coffee"),
    (r"a\s+quina\s+hora\s+va\s+ser\s+l['’]últim\s+cafè", "what time was my last coffee"),
    (r"a\s+quina\s+hora\s+va\s+començar\s+la\s+primera\s+reunió", "what time did my first meeting start"),
    (r"a\s+quina\s+hora\s+em\s+vaig\s+despertar", "what time did I wake up"),
    (r"a\s+quina\s+hora\s+me['’]n\s+vaig\s+anar\s+a\s+dormir", "what time did I go to bed"),
    (r"aquesta\s+setmana", "this week"), (r"la\s+setmana\s+passada", "last week"), (r"ahir", "yesterday"), (r"avui", "today"),
    # the calendar's short weekdays: "on dj. 10/1"
    (r"(dl|dt|dc|dj|dv|ds|dg)\.", lambda m: _WEEKDAYS[m[1].lower()]),
    (r"(dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)", lambda m: _WEEKDAYS[m[1].lower()]),
)
_TABLE = WordTable(_RULES, r"vaig|quin|quina|quants|quantes|quanta|què|reunió|reunions|cafès|cafeïna|dormo|"
                           r"prenc|avui|abans|d['’]abans|mateixa|dilluns|aquesta|setmana|porto|pel[·.]l[ií]cula|llibre|"
                           r"(?:dl|dt|dc|dj|dv|ds|dg)\.", least=1)
"""(Words Catalan alone spells so; "dia", "cafè", "entreno", "o", "i" are Spanish too, or no hint by themselves.)"""


def from_catalan(text: str) -> str:
    """``text`` with its Catalan phrases that say what is asked put into English; a text with none of the words only Catalan
    spells so is left as it is."""
    return _TABLE.in_english(text)
