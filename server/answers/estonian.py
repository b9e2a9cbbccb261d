"""Estonian in an English question, put into English.

People in Estonia switch between Estonian and English inside a sentence, with the day between the subject and the verb
as Estonian puts it: "mida ma yesterday lõunaks sõin?" (what did I eat for lunch yesterday), "mitu tassi kohvi ma today
jõin?" (how many cups of coffee did I drink), "kes olid on Monday Team retro koosolekul?" (who was at the Team retro
meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and caffeine, sleep and waking,
workouts ("trenn"), meetings and who was there, first and last, comparisons, habits, what someone said, follow-ups) and
the weekdays become English, the day moved after what is asked; a remark after the question carries nothing asked and is
dropped.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable, then_day

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WHEN = r"(.{0,60}?)\s*"
"""The day, said between the subject and the verb ("ma *yesterday* lõunaks sõin")."""
_MEALS = {"hommikusöögiks": "breakfast", "hommikust": "breakfast", "lõunaks": "lunch", "lõunat": "lunch",
          "õhtusöögiks": "dinner", "õhtuks": "dinner", "õhtust": "dinner"}
_MEAL = r"(hommikusöögiks|hommikust|lõunaks|lõunat|õhtusöögiks|õhtuks|õhtust)"
_THINGS = {"raamatut": "book", "filmi": "film", "podcasti": "podcast"}
_WEEKDAYS = {"esmaspäev": "Monday", "teisipäev": "Tuesday", "kolmapäev": "Wednesday", "neljapäev": "Thursday",
             "reede": "Friday", "laupäev": "Saturday", "pühapäev": "Sunday"}


def _meal_then(english: str) -> object:
    return lambda m: f"{english} {_MEALS[m[2].lower()]} {m[1]}".rstrip()


def _weekday(match: re.Match[str]) -> str:
    word = match[1].lower()
    return next(english for stem, english in _WEEKDAYS.items() if word.startswith(stem))


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^aga\s+päev\s+enne\s+seda", "and the day before"), (r"^aga\s+öö\s+enne\s+seda", "and the night before"),
    (r"^ja\s+täna,?\s+(?:siiamaani|seni)", "and today so far"), (r"^ja\s+kui\s+kaua\s+see\s+koosolek\s+kestis", "and how long was that meeting"),
    (r"^aga\s+(.{2,60}?)\?\s*(?:sama\s+küsimus)?\s*$", r"and \1?"),
    # what someone said
    (r"mis\s+(raamatut|filmi|podcasti)\s+" + _NAME + r"\s+mulle\s+soovitas", lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"mis\s+(raamatut|filmi|podcasti)\s+" + _NAME + r"\s+ütles\s+et\s+ma\s+pean\s+(?:kindlasti\s+)?(?:ära\s+)?(?:vaatama|lugema|kuulama)",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} say I must see"),
    (r"kuhu\s+see\s+offsite\s+(?:nüüd\s+)?kolis,?\s+" + _NAME + r"\s+sõnul", r"where was the offsite moved, according to \1"),
    (r"mis\s+selle\s+restorani\s+nimi\s+oli\s+mida\s+" + _NAME + r"\s+soovitas", r"what was the restaurant \1 recommended"),
    (r"mis\s+kell\s+" + _NAME + r"\s+lend\s+maandub", r"when does \1's flight land"),
    (r"mis\s+on\s+" + _NAME + r"\s+uue\s+koera\s+nimi", r"what is the name of \1's new dog"),
    (r"mitu\s+aastaseks\s+" + _NAME + r"\s+tütar\s+saab", r"how old is \1's daughter turning"),
    (_NAME + r"\s+ütles\s+et\s+(.{2,40}?)\s+launch\s+lükkub\s+edasi,?\s+mis\s+kuupäevale", r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question; the day said twice
    (r"(?<=\?)\s+(?!(?:and|ja|aga|or|või)\b)[^?]*$", ""), (r"üleeile,?\s+(?=the\s+day\s+before\s+yesterday)", ""),
    (r"\(\s*ööl\s+vastu\s+\w+\s*\)", ""), (r"üleeile", "the day before yesterday"),
    # a day or a night named by what happened
    (r"sel\s+päeval\s+kui\s+oli\s+(.{2,60}?)\s+koosolek", r"on the day of the \1 meeting"),
    (r"sel\s+päeval\s+kui\s+" + _NAME + r"\s+mainis", r"on the day \1 mentioned"), (r"sel\s+päeval\s+kui\s+ma", "on the day I"),
    (r"sel\s+ööl\s+pärast\s+(.{2,60}?)\s+koosolekut", r"the night after the \1 meeting"),
    (r"kes\s+olid\s+sellel\s+koosolekul\s+mis\s+tuli\s+kohe\s+pärast\s+mu", "who was at the meeting right after my"),
    # habits
    (r"kuidas\s+ma\s+magan\s+pärast\s+päevi\s+kus\s+kofeiini\s+on\s+(\d+)\s*mg\s+või\s+rohkem",
     r"how do I sleep after days with \1 mg of caffeine or more"), (r"compared\s+teiste\s+päevadega", "compared to the other days"),
    (r"kas\s+ma\s+magan\s+vähem\s+kui\s+(?:ma\s+)?joon\s+kohvi\s+kell", "do I sleep less when I drink coffee at"),
    (r"kas\s+ma\s+magan\s+vähem\s+kui\s+(?:ma\s+)?söön\s+õhtust\s+kell", "do I sleep less when I have dinner at"),
    (r"või\s+hiljem", "or later"),
    (r"kas\s+ma\s+magan\s+kauem\s+pärast\s+trennipäevi\s+kui\s+pärast\s+(?:rest\s+days|puhkepäevi)",
     "do I sleep longer after workout days than after rest days"),
    (r"kas\s+ma\s+joon\s+trennipäevadel\s+rohkem\s+kohvi\s+kui\s+(?:rest\s+days|puhkepäevadel)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"kas\s+ma\s+joon\s+sel\s+nädalal\s+rohkem\s+kohvi\s+kui\s+eelmisel(?:\s+nädalal)?", "do I drink more coffee this week than last week"),
    (r"kumb\s+öö\s+ma\s+kauem\s+magasin", "which night did I sleep longer"), (r"millal\s+mul\s+rohkem\s+kofeiini\s+oli", "which day did I have more caffeine"),
    (r"kumb\s+trenn\s+oli\s+pikem", "which workout was longer"),
    (r"(?:ja\s+mitu\s+tundi\s+kumbki|mg\s+mõlema\s+päeva\s+kohta|minutid\s+mõlemal)", ""), (r"(?<=\s)või(?=\s)", "or"),
    # what is asked (the day between subject and verb moves after it)
    (r"(?:mis|mida)\s+ma\s+" + _WHEN + _MEAL + r"\s+sõin", _meal_then("what did I eat for")),
    (r"kus\s+ma\s+" + _WHEN + _MEAL + r"\s+sõin", _meal_then("where did I have")),
    (r"mis\s+trenni\s+ma\s+" + _WHEN + r"tegin", then_day("what workout did I do")),
    (r"mis\s+oli\s+mu\s+(?:average|keskmine)\s+pulss\s+(.{2,80}?)\s+ajal", r"what was my average heart rate in the \1"),
    (r"kas\s+ma\s+magasin\s+" + _WHEN + r"hästi\s+või\s+halvasti", then_day("did I sleep well or badly")),
    (r"mitu\s+tundi\s+ma\s+" + _WHEN + r"magasin", then_day("how many hours did I sleep")),
    (r"kui\s+kaua\s+(.{2,60}?)\s+koosolek\s+" + _WHEN + r"kestis", lambda m: f"how long was the {m[1]} meeting {m[2]}".rstrip()),
    (r"kui\s+kaua\s+(?:see\s+)?(.{2,80}?)\s+kestis", r"how long was the \1"),
    (r"mitu\s+km\s+ma\s+" + _WHEN + r"jooksin", then_day("how many km did I run")),
    (r"mitu\s+km\s+ma\s+" + _WHEN + r"rattaga\s+sõitsin", then_day("how many km did I cycle")),
    (r"kui\s+pika\s+maa\s+ma\s+" + _WHEN + r"ujusin", then_day("how far did I swim")),
    (r"kes\s+olid\s+" + _WHEN + r"((?-i:[A-Z])(?!\.?,?\s+\d)[^?]{1,60}?|1:1[^?]{0,60}?)\s+koosolekul",
     lambda m: f"who was at the {m[2]} meeting {m[1]}".rstrip()),
    (r"mitu\s+tassi\s+kohvi\s+ma\s+" + _WHEN + r"jõin", then_day("how many coffees did I drink")),
    (r"kui\s+palju\s+kofeiini\s+mul\s+" + _WHEN + r"kokku\s+oli", then_day("how much caffeine did I have")),
    (r"mitu\s+koosolekut\s+mul\s+" + _WHEN + r"oli", then_day("how many meetings did I have")),
    (r"mitu\s+km\s+(\w+)\s+mul\s+esmaspäevast\s+saadik\s+kokku\s+on", r"how many km of \1 have I done since Monday"),
    (r"mitu\s+trenni\s+ma\s+sel\s+nädalal\s+(?:juba\s+)?teinud\s+olen", "how many workouts have I done this week"),
    (r"mis\s+kell\s+ma\s+" + _WHEN + r"esimese\s+kohvi\s+jõin", then_day("what time was my first coffee")),
    (r"mis\s+kell\s+oli\s+" + _WHEN + r"viimane\s+kohv", then_day("what time was my last coffee")),
    (r"mis\s+kell\s+mu\s+esimene\s+koosolek\s+" + _WHEN + r"algas", then_day("what time did my first meeting start")),
    (r"mis\s+kell\s+ma\s+" + _WHEN + r"ärkasin", then_day("what time did I wake up")),
    (r"mis\s+kell\s+ma\s+" + _WHEN + r"magama\s+läksin", then_day("what time did I go to bed")),
    (r"sel\s+nädalal", "this week"), (r"eelmisel\s+nädalal", "last week"), (r"eile", "yesterday"), (r"täna", "today"),
    (r"((?:esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev)\w*)", _weekday),
)
_TABLE = WordTable(_RULES, r"mida|mitu|sõin|jõin|magasin|magan|koosolek\w*|kohvi|trenni\w*|trenn|tundi|täna|eile|üleeile|kokku|"
                           r"soovitas|küsimus|nädalal|kumb|millal|ärkasin|ujusin|jooksin|sõitsin|tegin|enne\s+seda|siiamaani|koera|filmi|raamatut|podcasti|maandub|ütles|tütar|sõnul|restorani|"
                           r"(?:esmaspäev|teisipäev|kolmapäev|neljapäev|laupäev|pühapäev)\w*", least=1)
"""(Words Estonian alone spells so; "ma", "mis", "kus", "kes", "aga" (Tagalog's "early" too) and "kofeiini" (Finnish too) are no hint by themselves.)"""


def from_estonian(text: str) -> str:
    """``text`` with its Estonian phrases that say what is asked put into English, the day that stood inside a phrase
    after it; a text with none of the words only Estonian spells so is left as it is."""
    return re.sub(r"\s{2,}", " ", _TABLE.in_english(text))
