"""Swahili in an English question, put into English.

People in East Africa mix Swahili into English as they type ("this past Thursday nilikunywa kahawa ngapi?",
"Sprint planning ya Monday walihudhuria akina nani?", "ndege ya Rafael inatua saa ngapi?"). The words that
carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words,
more/less, "or", "than", "the day of", "the night after") become English; "ya"/"wa" between a title or a
name and what follows are undone, and the words that only hold the sentence together ("je", "mbona
nimesahau" why did I forget, "nitajie wote" name them all) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"jumatatu": "Monday", "jumanne": "Tuesday", "jumatano": "Wednesday", "alhamisi": "Thursday",
             "ijumaa": "Friday", "jumamosi": "Saturday", "jumapili": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_THING = {"mgahawa": "restaurant", "kitabu": "book", "filamu": "film", "sinema": "film", "podcast": "podcast",
          "wimbo": "song", "mfululizo": "series"}

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "mgahawa gani Noor alisema tujaribu" (which restaurant did Noor say we should try),
    # "mbwa mpya wa Noor anaitwa nani" (what is Noor's new dog called), "ndege ya Rafael inatua saa ngapi"
    (r"(" + "|".join(_THING) + r")\s+gani\s+((?-i:[A-Z])\w+)\s+(?:alisema|alipendekeza|alituambia)(?:\s+tujaribu|\s+nisome|\s+nitazame)?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"mbwa\s+mpya\s+wa\s+((?-i:[A-Z])\w+)\s+anaitwa\s+nani", r"what is the name of \1's new dog"),
    (r"paka\s+mpya\s+wa\s+((?-i:[A-Z])\w+)\s+anaitwa\s+nani", r"what is the name of \1's new cat"),
    (r"ndege\s+ya\s+((?-i:[A-Z])\w+)\s+inatua\s+saa\s+ngapi", r"what time does \1's flight land"),
    # a day or a night named by what happened: "siku ile X alipozungumzia Y" (the day X talked about Y), "siku ya
    # X" (the day of X), "usiku baada ya X" (the night after X), "siku ile ya swim ya km 2.4" (the day of the 2.4 km swim)
    (r"siku\s+ile\s+((?-i:[A-Z])\w+)\s+alipozungumzia\s+([^,?]{2,40}?)(?=,|\s+(?:nilikula|nililala|nilikunywa|chakula)),?",
     r"on the day \1 talked about \2,"),
    (r"siku\s+ile\s+ya\s+(\w+)\s+ya\s+km\s+([\d.]+)", r"on the day of the \2 km \1"),
    (r"siku\s+ya\s+([^,?]{2,60}?)(?=\s+nili)", r"on the day of the \1,"),
    (r"usiku\s+baada\s+ya\s+([^,?]{2,60}?)(?=\s+nili)", r"the night after the \1,"),
    # habits: "chakula cha jioni kikianza saa 8 pm au baadaye" (when dinner starts at 8 pm or later), "siku
    # nikinywa kahawa saa 2 pm au baadaye", "siku nikipata kafeini mg 300 au zaidi"
    (r"chakula\s+cha\s+jioni\s+kikianza\s+saa\s+" + _CLOCK + r"\s+au\s+baadaye,?", r"when dinner starts at \1 or later,"),
    (r"siku\s+nikinywa\s+kahawa\s+saa\s+" + _CLOCK + r"\s+au\s+baadaye,?", r"on days I drink coffee at \1 or after,"),
    (r"siku\s+nikipata\s+kafeini\s+mg\s+(\d+)\s+au\s+zaidi,?", r"on days with \1 mg of caffeine or more,"),
    (r"siku\s+za\s+mazoezi", "on workout days"), (r"siku\s+bila\s+mazoezi", "than on days without a workout"),
    (r"je\s+nalala\s+pungufu|nalala\s+pungufu", "do I sleep less"), (r"je\s+nalala\s+zaidi|nalala\s+zaidi", "do I sleep more"),
    (r"wastani(?:\s+wa\s+zote\s+mbili)?", "on average"),
    # days, weeks, nights
    (r"jana\s+usiku", "last night"), (r"(?-i:leo)", "today"), (r"jana", "yesterday"), (r"wiki\s+hii", "this week"),
    (r"kuliko\s+wiki\s+iliyopita", "than last week"), (r"wiki\s+iliyopita", "last week"),
    (r"tangu\s+" + _DAY, lambda m: f"since {_WEEKDAYS[m[1].lower()]}"), (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"usiku\s+(?:gani|upi)", "which night"), (r"siku\s+(?:gani|ipi)", "which day"), (r"usiku", "night"),
    # what is asked
    (r"saa\s+ngapi", "what time"), (r"masaa\s+mangapi|saa\s+ngapi\s+za\s+kulala", "how many hours"),
    (r"dakika\s+ngapi", "how many minutes"), (r"umbali\s+gani|km\s+ngapi", "how far"), (r"mara\s+ngapi", "how many times"),
    (r"vingapi|ngapi", "how many"), (r"nilikula\s+nini\s+jioni", "what did I eat for dinner"),
    (r"nilikula\s+nini", "what did I eat"), (r"nilikula\s+wapi", "where did I eat"), (r"wapi", "where"),
    (r"walihudhuria\s+akina\s+nani|walihudhuria\s+nani|akina\s+nani", "who attended"), (r"nani", "who"),
    (r"mazoezi\s+gani", "which workout"), (r"gani", "which"), (r"nini", "what"),
    # more, less, both, or
    (r"marefu\s+zaidi|ndefu\s+zaidi", "longer"), (r"mafupi\s+zaidi|fupi\s+zaidi", "shorter"), (r"zaidi", "more"),
    (r"pungufu|kidogo", "less"), (r"zote\s+mbili|wote\s+wawili|kila\s+moja", "both"), (r"au", "or"), (r"kuliko", "than"),
    # things and doings
    (r"chakula\s+cha\s+jioni", "dinner"), (r"chakula\s+cha\s+mchana", "lunch"), (r"kifungua\s+kinywa|chai\s+ya\s+asubuhi", "breakfast"),
    (r"kafeini", "caffeine"), (r"kahawa\s+ya\s+kwanza", "first coffee"), (r"kahawa\s+ya\s+mwisho", "last coffee"), (r"kahawa", "coffee"),
    (r"nililala", "did I sleep"), (r"niliamka", "did I wake up"), (r"nililala\s+saa", "did I go to bed at"),
    (r"nilikunywa|niliinywa|nimekunywa", "did I drink"), (r"vikao|kikao|mikutano|mkutano", "meeting"),
    (r"ya\s+kwanza", "first"), (r"ya\s+mwisho", "last"), (r"ilianza", "start"), (r"ilikuwa|yalikuwa|walikuwa", "was"),
    (r"nilikula", "did I eat"),
    (r"nimefanya\s+mazoezi|nilifanya\s+mazoezi", "did I work out"), (r"mazoezi", "workout"),
    (r"niliogelea", "did I swim"), (r"nilikimbia", "did I run"), (r"niliendesha\s+baiskeli", "did I cycle"),
    (r"masaa", "hours"), (r"dakika", "minutes"), (r"idadi", "numbers"),
    # "na X je? swali lile lile": "and X? the same question"
    (r"na\s+((?-i:[A-Z])\w+)\s+je", r"and \1"), (r"swali\s+lile\s+lile", "same question"),
    # (a title or a name, then "ya": "Sprint planning ya Monday" is the Monday's Sprint planning)
    (r"ya(?=\s+(?:on|today|yesterday|this|last|the|\d))", ""),
    # words that only hold the sentence together
    (r"mbona\s+nimesahau|nimesahau|nitajie\s+wote|niambie|nipe|nataka\s+kwenda\s+weekend|nataka\s+kumpokea\s+airport|je|na|"
     r"nilikuwa", ""),
)
_TABLE = WordTable(_RULES, r"nilikula|nililala|nilikunywa|niliinywa|nimekunywa|niliogelea|nilikimbia|kahawa|chakula|ngapi|"
                           r"vingapi|mangapi|wapi|nani|gani|nini|wiki|jana|leo|usiku|siku|mazoezi|vikao|walihudhuria|"
                           r"zaidi|pungufu|wastani|kuliko|alisema|anaitwa|inatua|alipozungumzia|swali|je|tangu")


def from_swahili(text: str) -> str:
    """``text`` with its Swahili words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
