"""Hmong in an English question, put into English.

Hmong speakers in Laos, Thailand and the United States type Hmong in the Romanised Popular Alphabet (a word's tone as its
last letter) inside English questions. Its weekdays are numbered: "hnub ib" (day one, Monday) to "hnub xya" (day seven,
Sunday), written beside a date ("hnub ob (21/10)", "21 October (hnub ob)"); "hnub no" is today, "hnub nag hmo" yesterday,
"nag hmo" last night; a night is "hmo" (evening, night) before the day it starts on ("hmo hnub ib (20/10-21/10)", "hmo
20 October"). Those become English. The phrases that carry what is asked ("kuv pw tsaug zog tau pes tsawg teev" (how many
hours did I sleep), "kuv noj su dab tsi" (what did I eat for lunch), "leej twg tuaj koom" (who attended)) become English
too, where two of Hmong's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"ib": "Monday", "ob": "Tuesday", "peb": "Wednesday", "plaub": "Thursday", "tsib": "Friday", "rau": "Saturday",
             "xya": "Sunday"}
_WD = r"hnub\s+(ib|ob|peb|plaub|tsib|rau|xya)"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
_MEALS = {"tshais": "breakfast", "su": "lunch", "hmo": "dinner"}
_MEAL = r"noj\s+(tshais|su|hmo)"
_NIGHT = r"(?<!noj\s)(?<!nag\s)hmo"  # not "noj hmo" (dinner) nor "nag hmo" (last night)


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _NIGHT + r"\s+(?:" + _WD + r"\s*)?|(?<!hnub\s)nag\s+hmo\s*)\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)",
     r"the night of \2"),
    (_NIGHT + r"\s+(?:" + _WD + r"\s+)?" + _WORDS_DATE, r"the night of \2"),
    (_NIGHT + r"\s+" + _WD, lambda m: f"{_day(m[1])} night"), (r"(?<!hnub\s)nag\s+hmo", "last night"),
    (r"lub\s+lim\s+tiam\s+(?:dhau\s+los|tas\s+los)", "last week"), (r"lub\s+lim\s+tiam\s+no", "this week"),
    (r"txij\s+" + _WD + r"(?:\s+los)?", lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"hnub\s+nag\s+hmo", "yesterday"), (r"hnub\s+no", "today"),
)
_DAYS = WordTable(_DAY_RULES, r"hnub|hmo", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^hnub\s+ua\s+ntej\s+ntawd\s+(?:thiab|ne)", "and the day before"), (r"^hmo\s+ua\s+ntej\s+ntawd\s+(?:thiab|ne)", "and the night before"),
    (r"^today\s+(?:thiab|ne)\??\s*(?:txog\s+tam\s+sim\s+no)?", "and today so far"),
    (r"^lub\s+rooj\s+sib\s+tham\s+ntawd\s+ntev\s+pes\s+tsawg\s+feeb", "and how long was that meeting"),
    (r"^" + _NAME + r"\s+(?:thiab|ne)\??", r"and \1?"),
    # what someone said
    (_NAME + r"\s+qhuas\s+ib\s+lub\s+tsev\s+noj\s+mov(?:\s+heev)?,?\s*(?:nws\s+)?lub\s+npe\s+hu\s+li\s+cas", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+tus\s+ntxhais\s+yuav\s+muaj\s+pes\s+tsawg\s+xyoo(?:\s+thaum\s+nws\s+hnub\s+yug(?:\s+tom\s+ntej)?)?",
     r"how old will \1's daughter turn"),
    (_NAME + r"\s+lub\s+dav\s+hlau\s+tsaws(?:\s+\S+)?\s+thaum\s+pes\s+tsawg\s+teev", r"when does \1's flight land"),
    (_NAME + r"\s+(?:hais\s+tias\s+)?kuv\s+yuav\s+tsum\s+saib\s+yeeb\s+yaj\s+kiab\s+twg", r"which film did \1 recommend"),
    (_NAME + r"\s+(?:hais\s+tias\s+)?kuv\s+yuav\s+tsum\s+nyeem\s+phau\s+ntawv\s+twg", r"which book did \1 recommend"),
    (_NAME + r"\s+(?:hais\s+tias\s+)?kuv\s+yuav\s+tsum\s+mloog\s+podcast\s+twg", r"which podcast did \1 recommend"),
    (_NAME + r"\s+tus\s+dev\s+tshiab\s+(?:lub\s+)?npe\s+hu\s+li\s+cas", r"what is the name of \1's new dog"),
    # days named by what happened
    (r"hnub\s+muaj\s+(.{2,60}?)\s+meeting,?\s*kuv\s+" + _MEAL + r"\s+nyob\s+qhov\s+twg",
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"hnub\s+muaj\s+(.{2,60}?)\s+meeting,?\s*kuv\s+" + _MEAL + r"\s+dab\s+tsi",
     lambda m: f"what did I eat for {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"hmo\s+tom\s+qab\s+(.{2,60}?)\s+meeting,?\s*kuv\s+pw(?:\s+tsaug\s+zog)?(?:\s+tau)?\s+pes\s+tsawg\s+teev",
     r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"leej\s+twg\s+tuaj\s+koom(?:\s+lub\s+rooj\s+sib\s+tham)?\s+(.{2,60}?)(?:\s+meeting)?(?=\s+(?:on\s|today|yesterday)|\s*\?|$)",
     r"who was at the \1 meeting"),
    (r"(.{2,60}?)\s+meeting\s+(.{0,40}?)\s*ntev\s+pes\s+tsawg\s+feeb", r"how many minutes was the \1 meeting \2"),
    (r"kuv\s+muaj\s+pes\s+tsawg\s+lub\s+rooj\s+sib\s+tham", "how many meetings did I have"),
    (r"(?:kuv\s+)?lub\s+rooj\s+sib\s+tham\s+thawj\s+pib\s+thaum\s+pes\s+tsawg\s+teev", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"(?:yav\s+tsaus\s+ntuj,?\s*)?kuv\s+(?:mus\s+)?" + _MEAL + r"\s+nyob\s+(?:qhov\s+twg|lub\s+tsev\s+noj\s+mov\s+twg)",
     lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"kuv\s+" + _MEAL + r"\s+dab\s+tsi", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"kuv\s+pw\s+tsaug\s+zog\s+(?:zoo\s+los\s+yog\s+tsis\s+zoo|puas\s+zoo)", "did I sleep well or badly"),
    (r"kuv\s+pw(?:\s+tsaug\s+zog)?(?:\s+tau)?\s+pes\s+tsawg\s+teev", "how many hours did I sleep"),
    (r"kuv\s+mus\s+pw\s+thaum\s+pes\s+tsawg\s+teev", "what time did I go to bed"),
    (r"kuv\s+sawv\s+thaum\s+pes\s+tsawg\s+teev", "what time did I get up"),
    (r"kuv\s+khiav\s+tau\s+pes\s+tsawg\s+km", "how many km did I run"),
    (r"kuv\s+caij\s+tsheb\s+kauj\s+vab\s+tau\s+pes\s+tsawg\s+km", "how many km did I cycle"),
    (r"kuv\s+ua\s+luam\s+dej\s+tau\s+deb\s+npaum\s+li\s+cas", "how far did I swim"),
    (r"^(.{2,100}?)\s+siv\s+sij\s+hawm\s+pes\s+tsawg\s+feeb", r"how many minutes did the \1 last"),
    (r"kuv\s+ua\s+workout\s+dab\s+tsi", "what kind of workout did I do"),
    (r"kuv\s+ua\s+workout\s+pes\s+tsawg\s+zaus", "how many workouts did I do"),
    (r"kuv\s+(running|cycling|swimming)\s+tau\s+pes\s+tsawg\s+km(?:\s+tag\s+nrho)?", r"how many km of \1 in total"),
    (r"kuv\s+haus\s+kas\s+fes\s+pes\s+tsawg\s+khob", "how many coffees did I drink"),
    (r"kuv\s+(?:khob\s+kas\s+fes\s+thawj|thawj\s+khob\s+kas\s+fes)(?:\s+haus)?\s+thaum\s+pes\s+tsawg\s+teev", "what time was my first coffee"),
    (r"kuv\s+(?:khob\s+kas\s+fes\s+kawg|khob\s+kawg)(?:\s+haus)?\s+thaum\s+pes\s+tsawg\s+teev", "what time was my last coffee"),
    (r"kuv\s+haus\s+caffeine\s+pes\s+tsawg\s+mg", "how much caffeine in mg"),
    (r"kuv\s+lub\s+heart\s+rate\s+thaum\s+(.{2,80}?)\s+nruab\s+nrab\s+yog\s+pes\s+tsawg", r"what was my average heart rate during the \1"),
    # comparisons and habits
    (r"^(.{2,40}?)\s+los\s+yog\s+(.{2,40}?),\s*hnub\s+twg\s+kuv\s+haus\s+caffeine\s+ntau\s+dua", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,40}?)\s+los\s+yog\s+(.{2,40}?),\s*hmo\s+twg\s+kuv\s+pw\s+ntev\s+dua", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^kuv\s+workout\s+(.{2,40}?)\s+(?:thiab|los\s+yog)\s+(.{2,40}?),\s*twg\s+ntev\s+dua", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week\s+kuv\s+haus\s+kas\s+fes\s+ntau\s+dua\s+last\s+week(?:\s+lov)?", "did I drink more coffee this week than last week"),
    (r"hnub\s+kuv\s+ua\s+workout,?\s*hmo\s+ntawd\s+kuv\s+pw\s+ntev\s+dua\s+hnub\s+so(?:\s+lov)?", "do I sleep longer after workout days than after rest days"),
    (r"hnub\s+kuv\s+ua\s+workout,?\s*kuv\s+haus\s+kas\s+fes\s+ntau\s+dua\s+hnub\s+so(?:\s+lov)?", "do I drink more coffee on workout days than on rest days"),
    (r"yog\s+kuv\s+haus\s+kas\s+fes\s+thaum\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+los\s+yog\s+(?:tom\s+qab|lig\s+dua),?\s*(?:puas\s+ua\s+rau\s+)?kuv\s+pw\s+"
     r"(?:tsis\s+tau\s+ntev|tsawg\s+dua)(?:\s+lov)?", r"do I sleep less after coffee at \1 or later"),
    (r"yog\s+kuv\s+noj\s+hmo\s+thaum\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+los\s+yog\s+(?:tom\s+qab|lig\s+dua),?\s*(?:puas\s+ua\s+rau\s+)?kuv\s+pw\s+"
     r"(?:tsis\s+tau\s+ntev|tsawg\s+dua)(?:\s+lov)?", r"do I sleep less after dinner at \1 or later"),
    (r"(?<=\?)\s*[^?]*\blos\s+yog\b[^?]*\?\s*$", ""),  # "...? khiav los yog caij tsheb kauj vab?": choices offered after it
    remark_after(("and", "or", "with", "give")),  # "... ? i really can't remember": a remark after the question
)
_TABLE = WordTable(_ASKED, r"kuv|hnub|pes|tsawg|teev|tsaug|khob|leej|tuaj|koom|tsi|qhov|khiav|caij|luam|npaum|feeb|hawm|qhuas|"
                           r"ntxhais|xyoo|hlau|tsaws|tias|yeeb|kiab|ntawd|ntej|thiab|tshais|rooj|tham|thawj|sawv|txij|nrho|"
                           r"ntev|nruab|tsheb|kauj|noj|lov|tshiab|npe|heev|nws|tsum|nyeem|phau|ntawv|mloog|saib", least=2)


def from_hmong(text: str) -> str:
    """``text`` with its Hmong days, and the Hmong phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
