"""Icelandic in an English question, put into English.

People in Iceland switch between Icelandic and English inside a sentence: "hvað borðaði ég í hádeginu yesterday?"
(what did I eat at lunch), "hvað drakk ég marga kaffibolla today?" (how many cups of coffee did I drink), "hverjir voru á
X fundinum?" (who was at the X meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and
caffeine, sleep and waking, workouts, meetings and who was there, first and last, more, "or" ("eða"), the day named by
what happened, habits, what someone said, follow-ups) become English; a remark after the question ("man það ekki", I
don't remember) carries nothing asked and is dropped. Icelandic letters may be typed as they are or in plain Latin
("þ" as "th", "ð" as "d", "æ" as "ae", "á" as "a"): both spellings are read.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_PLAIN = {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ý": "[yý]", "ö": "[oö]", "ð": "[ðd]",
          "þ": "(?:þ|th)", "æ": "(?:æ|ae)"}


def _i(pattern: str) -> str:
    """``pattern`` with each Icelandic letter also read in its plain typed form."""
    return "".join(_PLAIN.get(letter, letter) for letter in pattern)


_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_MEAL = r"(morgunmat(?:inn|num)?|hádegismat(?:inn|num)?|hádeginu|kvöldmat(?:inn|num)?|matinn\s+um\s+kvöldið)"


def _meal(match: re.Match[str]) -> str:
    word = match.group(match.lastindex or 1).lower()
    return "breakfast" if word.startswith("mo") else "lunch" if word.startswith("h") else "dinner"


def _rule(pattern: str, english: object) -> tuple[str, object]:
    return _i(pattern), english


_RULES: tuple[tuple[str, object], ...] = tuple(_rule(p, e) for p, e in (
    # follow-ups
    (r"^(?:en|og)\s+daginn\s+(?:áður|á\s+undan)", "and the day before"),
    (r"^(?:en|og)\s+nóttina\s+(?:á\s+undan|áður)", "and the night before"),
    (r"^(?:en|og)\s+í\s+dag(?:\s+hingað\s+til)?", "and today so far"),
    (r"^(?:og\s+)?hvað\s+með\s+" + _NAME + r"\??(?:\s+sama(?:\s+spurning)?)?", r"and \1?"),
    (r"^(.{3,60}?)\s+þá\s*\?\s*(?:sama(?:\s+spurning)?)?$", r"and \1?"),
    (r"^og\s+hvað\s+var\s+sá\s+fundur\s+langur", "and how long was that meeting"),
    # what someone said
    (r"hvaða\s+(bók|mynd|podcast)\s+(?:var\s+það\s+sem\s+)?" + _NAME + r"\s+mælti\s+með",
     lambda m: f"which {_THING[m[1].lower()[:3]]} did {m[2]} recommend"),
    (r"hvaða\s+(bók|mynd|podcast)\s+(?:var\s+það\s+sem\s+)?mælti\s+" + _NAME + r"\s+með",
     lambda m: f"which {_THING[m[1].lower()[:3]]} did {m[2]} recommend"),
    (r"hvaða\s+(bók|mynd|podcast)\s+sagði\s+" + _NAME + r"\s+að\s+ég\s+(?:yrði|ætti|þyrfti)\s+að\s+(?:sjá|lesa|hlusta\s+á)",
     lambda m: f"which {_THING[m[1].lower()[:3]]} did {m[2]} say I had to see"),
    (r"hvað\s+heitir\s+veitingastaðurinn\s+sem\s+" + _NAME + r"\s+mælti\s+með", r"what is the restaurant \1 recommended"),
    (r"hvert\s+var\s+offsite-?ið\s+(?:fært|flutt),?\s+samkvæmt\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"hvenær\s+lendir\s+" + _NAME, r"when does \1 land"),
    (r"hvað\s+heitir\s+nýi\s+(?:hvolpurinn|hundurinn)\s+(?:hjá\s+|hans\s+|hennar\s+)?" + _NAME, r"what is the name of \1's new dog"),
    (r"hvað\s+verður\s+dóttir\s+" + _NAME + r"\s+gömul", r"how old is \1's daughter turning"),
    (_NAME + r"\s+sagði\s+að\s+(.{2,40}?)\s+launch-?ið\s+(?:væri|hefði\s+verið)\s+frestað,?\s+til\s+hvaða\s+dags(?:\s+nákvæmlega)?",
     r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|og|en|or|eða)\b)[^?]*$", ""),
    # a day named by what happened
    (r"daginn\s+sem\s+" + _TITLE + r"\s+fundurinn\s+var", r"on the day of the \1 meeting"),
    (r"daginn\s+sem\s+" + _NAME + r"\s+(?:talaði\s+um|minntist\s+á|nefndi)", r"on the day \1 mentioned"),
    (r"daginn\s+sem\s+ég", "on the day I"),
    (r"nóttina\s+eftir\s+" + _TITLE + r"\s+fundinn", r"the night after the \1 meeting"),
    (r"(?:á\s+)?fundinum\s+strax\s+eftir", "at the meeting right after"),
    # habits
    (r"hvernig\s+sef\s+ég\s+eftir\s+daga\s+með\s+(\d+)\s*mg\s+af\s+koffíni\s+eða\s+meira\s+miðað\s+við\s+(?:hina\s+dagana|aðra\s+daga)",
     r"how do I sleep after days with \1 mg of caffeine or more vs other days"),
    (r"sef\s+ég\s+(minna|styttra)\s+(?:þegar|ef)\s+ég\s+drekk\s+kaffi\s+(?:klukkan|kl\.?)",
     "do I sleep less when I drink coffee at"),
    (r"sef\s+ég\s+(minna|styttra)\s+(?:þegar|ef)\s+ég\s+borða\s+kvöldmat\s+(?:klukkan|kl\.?)",
     "do I sleep less when I have dinner at"),
    (r"eða\s+seinna", "or later"),
    (r"sef\s+ég\s+lengur\s+eftir\s+(?:workout|æfinga)\s*daga\s+en\s+eftir\s+(?:rest\s+days|hvíldardaga)",
     "do I sleep longer after workout days than after rest days"),
    (r"drekk\s+ég\s+fleiri\s+kaffibolla\s+á\s+æfingadögum\s+en\s+á\s+(?:rest\s+days|hvíldardögum)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"er\s+ég\s+að\s+drekka\s+meira\s+kaffi\s+(?:þessa\s+vikuna|í\s+þessari\s+viku)\s+en\s+(?:í\s+)?síðustu\s+viku",
     "do I drink more coffee this week than last week"),
    (r"hvorn\s+daginn\s+fékk\s+ég\s+meira\s+koffín", "which day did I have more caffeine"),
    (r"hvora\s+nóttina\s+svaf\s+ég\s+(?:meira|lengur)", "which night did I sleep longer"),
    (r"hvor\s+æfingin\s+var\s+lengri", "which workout was longer"),
    (r"(?:hours|mg|mínútur|klukkutíma)\s+(?:fyrir|á)\s+(?:báðar|báða|hvorn|hvora)", ""),
    (r"(?<=\s)eða(?=\s)", "or"),
    # what is asked
    (r"hvar\s+borðaði\s+ég\s+(?:í\s+)?" + _MEAL, lambda m: "where did I have " + _meal(m)),
    (r"hvað\s+(?:borðaði\s+ég|fékk\s+ég\s+mér|var)\s+í\s+" + _MEAL + r"(?:\s+hjá\s+mér)?", lambda m: "what did I eat for " + _meal(m)),
    (r"hvaða\s+æfingu\s+(?:tók|gerði)\s+ég", "what workout did I do"),
    (r"hver\s+var\s+meðalpúlsinn\s+minn\s+í", "what was my average heart rate in the"),
    (r"svaf\s+ég\s+vel\s+eða\s+illa", "did I sleep well or badly"),
    (r"hvað\s+svaf\s+ég\s+marga\s+(?:klukku)?tíma", "how many hours did I sleep"),
    (r"hvað\s+var\s+(.{2,60}?)\s+fundurinn\s+langur", r"how long was the \1 meeting"),
    (r"hvað\s+var\s+(.{2,60}?)\s+margar\s+mínútur", r"how many minutes was the \1"),
    (r"hvað\s+hljóp\s+ég\s+marga\s+(?:km|kílómetra)", "how many km did I run"),
    (r"hvað\s+hjólaði\s+ég\s+marga\s+(?:km|kílómetra)", "how many km did I cycle"),
    (r"hvað\s+synti\s+ég\s+langt", "how far did I swim"),
    (r"hverjir\s+voru\s+á\s+(?:fundinum\s+)?" + _TITLE + r"\s+fundinum", r"who was at the \1 meeting"),
    (r"hverjir\s+voru\s+á", "who was at"),
    (r"hvað\s+drakk\s+ég\s+marga\s+kaffibolla", "how many coffees did I drink"),
    (r"hvað\s+fékk\s+ég\s+mikið\s+koffín", "how much caffeine did I have"),
    (r"hvað\s+voru\s+margir\s+fundir\s+hjá\s+mér", "how many meetings did I have"),
    (r"hvað\s+er\s+ég\s+komin?n?\s+með\s+marga\s+km\s+af", "how many km of"),
    (r"síðan\s+á\s+mánudaginn", "since Monday"),
    (r"hvað\s+eru\s+æfingarnar\s+orðnar\s+margar", "how many workouts have I done"),
    (r"klukkan\s+hvað\s+fékk\s+ég\s+fyrsta\s+kaffið", "what time was my first coffee"),
    (r"klukkan\s+hvað\s+var\s+síðasti\s+kaffibollinn\s+minn", "what time was my last coffee"),
    (r"klukkan\s+hvað\s+byrjaði\s+fyrsti\s+fundurinn\s+minn", "what time did my first meeting start"),
    (r"klukkan\s+hvað\s+vaknaði\s+ég", "what time did I wake up"),
    (r"klukkan\s+hvað\s+fór\s+ég\s+að\s+sofa", "what time did I go to bed"),
    (r"þessa\s+vikuna|í\s+þessari\s+viku", "this week"), (r"(?:í\s+)?síðustu\s+viku", "last week"),
    (r"í\s+gær", "yesterday"), (r"í\s+dag", "today"),
))
_THING = {"bók": "book", "bok": "book", "myn": "film", "pod": "podcast"}
_TABLE = WordTable(_RULES, _i(r"hvað|hvaða|hvar|hvenær|hverjir|hvora|hvorn|hvor|klukkan\s+hvað|borðaði|drakk|svaf|sef|"
                              r"fundinum|fundurinn|fundir|kaffibolla|koffín|æfingu|æfingin|æfingarnar|hljóp|hjólaði|"
                              r"synti|mælti|sagði|daginn|nóttina|þá|sama\s+spurning|hvolpurinn|dóttir|lendir|vaknaði|drekka|drekk|kaffi|vikuna"),
                   least=1)
"""(Words of Icelandic alone, with or without its letters; "og", "en", "ég" are no hint by themselves.)"""


def from_icelandic(text: str) -> str:
    """``text`` with its Icelandic phrases that say what is asked put into English; a text with none of the words only
    Icelandic has is left as it is."""
    return _TABLE.in_english(text)
