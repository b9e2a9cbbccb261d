"""Yoruba in an English question, put into English.

People in Benin and Nigeria type Yoruba, often without its tone marks, inside English questions. Its weekdays ("Ojo Aje",
"Ojo Isegun", "Ojoru", "Ojobo", "Ojo Eti", "Ojo Abameta", "Ojo Aiku": Monday to Sunday) stand beside a date ("Ojo Aje
(20/10)", "20 October (Ojo Aje)"); "oni" is today, "ana" yesterday, "ose yi" this week, "lati Ojo Aje" since Monday; a
night is "ale" (evening, night) before the day it starts on ("ale Ojo Aje (20/10-21/10)", "ale 20 October", "ale ana": last
night). Those become English. The phrases that carry what is asked ("ta ni o wa ni" (who was at), "mo sun fun wakati
melo" (how many hours did I sleep), "ki ni mo je fun ounje osan" (what did I eat for lunch)) become English too, where two
of Yoruba's own words say the question is in it.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"aje": "Monday", "isegun": "Tuesday", "oru": "Wednesday", "ru": "Wednesday", "bo": "Thursday", "obo": "Thursday",
             "eti": "Friday", "abameta": "Saturday", "aiku": "Sunday"}
_WD = r"(?-i:O)jo\s*((?-i:A)je|(?-i:I)segun|ru|bo|(?-i:E)ti|(?-i:A)bameta|(?-i:A)iku)"  # capitalised: "ojo" alone is a day
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
_MEALS = {"aaro": "breakfast", "owuro": "breakfast", "osan": "lunch", "ale": "dinner"}
_MEAL = r"ounje\s+(aaro|owuro|osan|ale)"
_NIGHT = r"(?<!ounje\s)ale"  # not "ounje ale" (dinner)


def _day(word: str) -> str:
    return _WEEKDAYS[re.sub(r"\s+", "", word).lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_NIGHT + r"\s+(?:(?:" + _WD + r"|ana|oni)\s*)?\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (_NIGHT + r"\s+(?:" + _WD + r"\s+)?" + _WORDS_DATE, r"the night of \2"),
    (_NIGHT + r"\s+" + _WD, lambda m: f"{_day(m[1])} night"), (_NIGHT + r"\s+ana", "last night"), (_NIGHT + r"\s+oni", "tonight"),
    (r"ose\s+to\s+(?:koja|kọja)", "last week"), (r"ose\s+yi", "this week"),
    (r"lati\s+" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)(?:['’]s)?", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"(?-i:oni)(?=\s*\(\s*" + _DATE + r"\s*\)|\s+(?:kilometa|caffeine|ipade|ife|kofi|workout|ounje|ki\s+ni|mo)\b|\s*[?.]?$)", "today"),
    (r"(?-i:ana)(?=\s*\(\s*" + _DATE + r"\s*\)|\s+(?:kilometa|caffeine|ipade|ife|kofi|workout|ounje|ki\s+ni|mo|da)\b|\s*[?.]?$)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"ojo\s*\w+|ale|oni|ana|ose", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^ojo\s+to\s+(?:saaju|ṣaaju)\s+(?:e|re)\s+da", "and the day before"), (r"^ale\s+to\s+(?:saaju|ṣaaju)\s+(?:e|re)\s+da", "and the night before"),
    (r"^ipade\s+yen,?\s*iseju\s+melo\s+lo\s+gba", "and how long was that meeting"),
    (r"^((?:on\s+|the\s+night\s+of\s+)?(?:today|yesterday|tonight|last\s+night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\(?\d{1,2}[/\s])"
     r"[^?]{0,24}?)\s+da\s*\?", r"and \1?"),  # "ana (05/09) da?": and yesterday?
    # what someone said
    (r"omobinrin\s+" + _NAME + r"\s+ma\s+pe\s+odun\s+melo(?:\s+ni\s+birthday\s+to\s+n\s+bo)?", r"how old will \1's daughter turn"),
    (r"offsite\s+yen,?\s*" + _NAME + r"\s+ni\s+won\s+ti\s+gbe\s+lo\s+si\s+ilu\s+wo", r"where is the offsite now, according to \1"),
    (r"launch\s+(.{2,30}?),?\s*" + _NAME + r"\s+ni\s+won\s+sun\s+siwaju\s+si\s+ojo\s+wo", r"what is the new date of the \1 launch according to \2"),
    (r"omo\s+aja\s+titun\s+" + _NAME + r",?\s*ki\s+ni\s+oruko\s+(?:re|e)", r"what is the name of \1's new dog"),
    (r"baalu\s+" + _NAME + r"\s+ma\s+de(?:\s+\S+)?\s+ni\s+aago\s+melo", r"when does \1's flight land"),
    (r"ile\s+ounje\s+ti\s+" + _NAME + r"\s+yin(?:\s+gan)?,?\s*ki\s+ni\s+oruko\s+(?:re|e)", r"which restaurant did \1 recommend"),
    (r"iwe\s+ti\s+" + _NAME + r"\s+ni\s+ki\s+n\s+ka", r"which book did \1 recommend"),
    (r"fiimu\s+ti\s+" + _NAME + r"\s+ni\s+ki\s+n\s+wo", r"which film did \1 recommend"),
    (r"podcast\s+ti\s+" + _NAME + r"\s+ni\s+ki\s+n\s+gbo", r"which podcast did \1 recommend"),
    # days named by what happened
    (r"ojo\s+ti\s+(.{2,60}?)\s+meeting\s+waye,?\s*nibo\s+ni\s+mo\s+ti\s+je\s+" + _MEAL,
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"ojo\s+ti\s+(.{2,60}?)\s+meeting\s+waye,?\s*ki\s+ni\s+mo\s+je(?:\s+fun|\s+ni)?\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"ale\s+lehin\s+(.{2,60}?)\s+meeting,?\s*wakati\s+melo\s+ni\s+mo\s+sun", r"how many hours did I sleep the night after the \1 meeting"),
    (r"ojo\s+ti\s+mo\s+(ran|cycled|swam|rode|sare|we)\s+(\d+(?:\.\d+)?\s*km),?\s*ki\s+ni\s+mo\s+je\s+(?:fun\s+" + _MEAL + r"|ni\s+(ale|osan|aaro))",
     lambda m: f"what did I eat for {_MEALS[(m[3] or m[4]).lower()]} on the day I {m[1]} {m[2]}"),
    (r"ojo\s+ti\s+" + _NAME + r"\s+soro\s+nipa\s+(.{2,40}?),?\s*ki\s+ni\s+mo\s+je\s+(?:fun\s+" + _MEAL + r"|ni\s+(ale|osan|aaro))",
     lambda m: f"what did I eat for {_MEALS[(m[3] or m[4]).lower()]} on the day {m[1]} mentioned {m[2]}"),
    # meetings
    (r"ta\s+ni\s+o\s+wa\s+ni(?:\s+ipade)?\s+(.{2,60}?)(?:\s+meeting)?(?=\s+(?:on\s|today|yesterday)|\s*\?|$)", r"who was at the \1 meeting"),
    (r"iseju\s+melo\s+ni\s+ipade\s+(.{2,60}?)\s+fi\s+gun", r"how many minutes was the \1 meeting"),
    (r"iseju\s+melo\s+ni\s+(.{2,80}?)\s+mi\s+(.{2,40}?)\s+gba", r"how many minutes did the \1 \2 last"),
    (r"ipade\s+melo\s+ni\s+mo\s+(?:lo|ni)", "how many meetings did I have"),
    (r"ipade\s+akoko\s+(?:mi\s+)?bere\s+ni\s+aago\s+melo", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"ale,?\s*ile\s+ounje\s+wo\s+ni\s+mo\s+lo\s+fun\s+dinner", "where did I have dinner"),
    (r"ile\s+ounje\s+wo\s+ni\s+mo\s+lo\s+fun\s+(breakfast|lunch|dinner)", r"where did I have \1"),
    (r"nibo\s+ni\s+mo\s+ti\s+je\s+" + _MEAL, lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"ki\s+ni\s+mo\s+je\s+(?:fun\s+)?" + _MEAL, lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"se\s+mo\s+sun\s+daadaa\s+abi\s+rara", "did I sleep well or badly"),
    (r"mo\s+sun\s+fun\s+wakati\s+melo|wakati\s+melo\s+ni\s+mo\s+sun", "how many hours did I sleep"),
    (r"mo\s+lo\s+sun\s+ni\s+aago\s+melo", "what time did I go to bed"), (r"mo\s+ji\s+ni\s+aago\s+melo", "what time did I get up"),
    (r"kilometa\s+melo\s+ni\s+mo\s+sare", "how many km did I run"), (r"mo\s+gun\s+keke\s+kilometa\s+melo", "how many km did I cycle"),
    (r"mo\s+we\s+to\s+bi\s+melo", "how far did I swim"),
    (r"workout\s+wo\s+ni\s+mo\s+se", "what kind of workout did I do"), (r"workout\s+melo\s+ni\s+mo\s+(?:ti\s+)?se", "how many workouts did I do"),
    (r"kilometa\s+melo\s+ni\s+mo\s+ti\s+(running|cycling|swimming)(?:\s+lapapo)?", r"how many km of \1 in total"),
    (r"caffeine\s+melo\s+ni\s+mo\s+mu(?:\s+lapapo)?", "how much caffeine in mg"),
    (r"ife\s+kofi\s+melo\s+ni\s+mo\s+mu", "how many coffees did I drink"),
    (r"kofi\s+akoko,?\s*aago\s+melo\s+ni\s+mo\s+mu", "what time was my first coffee"),
    (r"kofi\s+(?:to\s+)?(?:gbeyin|kehin),?\s*aago\s+melo\s+ni\s+mo\s+mu", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,40}?)\s+ati\s+(.{2,40}?),\s*ale\s+wo\s+ni\s+mo\s+sun\s+ju\??\s*(?:wakati\s+melo\s+ni\s+ikookan)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,40}?)\s+tabi\s+(.{2,40}?),\s*ojo\s+wo\s+ni\s+mo\s+mu\s+caffeine\s+ju", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^workout\s+(.{2,40}?)\s+ati\s+ti\s+(.{2,40}?),\s*ewo\s+lo\s+gun\s+ju\??\s*(?:iseju\s+melo\s+ni\s+ikookan)?",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"ojo\s+ti\s+mo\s+ba\s+mu\s+(\d{2,4}\s*mg)\s+caffeine\s+tabi\s+ju\s+be\s+lo,?\s*bawo\s+ni\s+oorun\s+mi\s+se\s+ri\s+si\s+awon\s+ale\s+miran",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"ojo\s+ti\s+mo\s+ba\s+se\s+workout,?\s*se\s+mo\s+ma\s+n\s+sun\s+ju\s+ojo\s+ti\s+mi\s+o\s+se", "do I sleep longer after workout days than after rest days"),
    (r"se\s+mo\s+ma\s+n\s+mu\s+kofi\s+ju\s+ni\s+ojo\s+workout\s+ju\s+ojo\s+isinmi(?:\s+lo)?", "do I drink more coffee on workout days than on rest days"),
    (r"ti\s+mo\s+ba\s+(?:je\s+ounje\s+ale|mu\s+kofi)\s+ni\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+tabi\s+lehin,?\s*se\s+oorun\s+mi\s+ma\s+kere",
     lambda m: f"do I sleep less after {'coffee' if 'kofi' in m[0] else 'dinner'} at {m[1]} or later"),
    (r"(?<=\?)\s*[^?]*\btabi\b[^?]*\?\s*$", ""),  # "...? sare tabi gun keke?": choices offered after the question
    remark_after(("and", "or", "with", "give")),  # "... ? mg lo dara": a remark after the question
)
_TABLE = WordTable(_ASKED, r"melo|wakati|iseju|kilometa|ipade|kofi|ounje|osan|aaro|nibo|saaju|akoko|aago|keke|sare|ewo|oorun|"
                           r"omobinrin|odun|oruko|baalu|lapapo|ikookan|lehin|waye|soro|titun|isinmi|daadaa|siwaju|ilu|ta\s+ni|ki\s+ni|da\s*\?|"
                           r"(?:ojo|ale)\s+wo|mo\s+(?:mu|je|sun|se|ma\s+n)",
                   least=1)


def from_yoruba(text: str) -> str:
    """``text`` with its Yoruba days, and the Yoruba phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
