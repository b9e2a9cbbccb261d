"""Basque in an English question, put into English.

People in the Basque Country write the days of their calendar in English questions: its weekdays with the case that
says "on" ("astelehenean" (on Monday), "asteartean", "asteazkenean", "ostegunean", "ostiralean", "larunbatean",
"igandean"), in brackets as names ("(larunbata)", "(asteartea, 08/07)"), their nights ("asteleheneko gauean (07/07)",
"astelehenetik astearterako gauean (07/07-08/07)": the night from Monday to Tuesday), its months with the day
("uztailaren 5ean": on 5 July; "2036ko ekainaren 10ean"), "gaur" (today), "atzo" (yesterday), "herenegun" (the day
before yesterday), "bart" (last night), "aste honetan" (this week). Those become English. The phrases that carry what
is asked ("nortzuk egon dira X bileran" (who was at the X meeting), "zenbat orduz egin dut lo" (how many hours did I
sleep), "zer afaldu dut" (what did I have for dinner), "eta aurreko egunean?" (and the day before?)) become English
too, where at least two of Basque's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WHEN = r"(.{2,60}?)"
_STEMS = {"astelehen": "Monday", "astearte": "Tuesday", "asteazken": "Wednesday", "osteguna": "Thursday", "ostegun": "Thursday",
          "ostiral": "Friday", "larunbat": "Saturday", "igande": "Sunday"}
_DAY = r"(astelehen|astearte|asteazken|ostegun|ostiral|larunbat|igande)"
_MONTHS = {"urtarrila": "January", "otsaila": "February", "martxoa": "March", "apirila": "April", "maiatza": "May",
           "ekaina": "June", "uztaila": "July", "abuztua": "August", "iraila": "September", "urria": "October",
           "azaroa": "November", "abendua": "December"}
_MONTH = r"(urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|urria|azaroa|abendua)"
_DATE = r"\d{1,2}/\d{1,2}"


def _day(stem: str) -> str:
    return _STEMS[stem.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_DAY + r"etik\s+" + _DAY + r"(?:e)?rako\s+gauean\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \3"),
    (_DAY + r"etik\s+" + _DAY + r"(?:e)?rako\s+gauean", lambda m: f"{_day(m[1])} night"),
    (_DAY + r"(?:e)?ko\s+gauean\s*\((" + _DATE + r")\)", r"the night of \2"),
    (_DAY + r"(?:e)?ko\s+gauean", lambda m: f"{_day(m[1])} night"),
    (r"(\d{4})ko\s+" + _MONTH + r"ren\s+(\d{1,2})(?:e)?an", lambda m: f"on {m[3]} {_MONTHS[m[2].lower()]} {m[1]}"),
    (_MONTH + r"ren\s+(\d{1,2})(?:e)?an", lambda m: f"on {m[2]} {_MONTHS[m[1].lower()]}"),
    (r"\(\s*" + _DAY + r"a\s*,\s*(" + _DATE + r")\s*\)", r"(\2)"),  # "atzo (asteartea, 08/07)": the date says the day
    (r"\(\s*" + _DAY + r"a\s*\)", lambda m: f"({_day(m[1])})"),  # "on 5 July (larunbata)"
    (_DAY + r"(?:e)?an(?=\s*\(?\s*" + _DATE + r")", "on"),  # "asteartean 08/07", "astelehenean (07/07)"
    (_DAY + r"(?:e)?an", lambda m: f"on {_day(m[1])}"),
    (r"herenegun", "the day before yesterday"), (r"gaur", "today"), (r"atzo", "yesterday"), (r"bart", "last night"),
    (r"aste\s+honetan", "this week"), (r"joan\s+den\s+astean", "last week"), (r"orain\s+arte", "so far"),
    (r"astelehenetik\s+hona", "since Monday"),
)
_DAYS = WordTable(_DAY_RULES, r"gaur|atzo|herenegun|bart|honetan|gauean|" + _DAY + r"\w*|" + _MONTH + r"ren", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^eta\s+aurreko\s+egunean", "and the day before"), (r"^eta\s+aurreko\s+gauean", "and the night before"),
    (r"^eta\s+" + _NAME + r"\?\s*galdera\s+bera", r"and \1?"), (r"^eta(?=\s)", "and"),
    # what someone said
    (_NAME + r"\s+(?:recommended|said)\s+liburu\s+bat(?:\s+oso\s+ona\s+dela)?,?\s*zein\s+zen", r"which book did \1 recommend"),
    (_NAME + r"\s+(?:recommended|said)\s+jatetxe\s+bat(?:\s+oso\s+ona\s+dela)?,?\s*zein\s+zen", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+(?:recommended|said)\s+(?:filma|pelikula)\s+bat(?:\s+oso\s+ona\s+dela)?,?\s*zein\s+zen", r"which film did \1 recommend"),
    # days named by what happened
    (r"^(I\s+.{2,40}?)\s+that\s+day,?\s*(?:eta\s+)?zer\s+afaldu\s+nuen\s+gau\s+hartan", r"what did I eat for dinner on the day \1"),
    (r"^(.{2,60}?)\s+bilera\s+izan\s+zen\s+egunean,?\s*non\s+bazkaldu\s+nuen", r"where did I have lunch on the day of the \1 meeting"),
    # meals
    (r"zer\s+afaldu\s+(?:dut|nuen)", "what did I have for dinner"), (r"zer\s+bazkaldu\s+(?:dut|nuen)", "what did I have for lunch"),
    (r"zer\s+gosaldu\s+(?:dut|nuen)", "what did I have for breakfast"), (r"non\s+afaldu\s+(?:dut|nuen)", "where did I have dinner"),
    (r"non\s+bazkaldu\s+(?:dut|nuen)", "where did I have lunch"),
    # sleep
    (r"zenbat\s+orduz\s+egin\s+dut\s+lo", "how many hours did I sleep"), (r"zer\s+ordutan\s+joan\s+naiz\s+ohera", "what time did I go to bed"),
    (r"zer\s+ordutan\s+esnatu\s+naiz", "what time did I wake up"), (r"ondo\s+ala\s+gaizki\s+egin\s+dut\s+lo", "did I sleep well or badly"),
    # meetings, coffee, workouts
    (r"nortzuk\s+egon\s+dira\s+(.{2,60}?)\s+bileran", r"who was at the \1 meeting"),
    (r"lehen\s+bilera\s+zer\s+ordutan\s+hasi\s+da", "what time did my first meeting start"),
    (r"lehen\s+kafea\s+zer\s+ordutan\s+hartu\s+dut", "what time was my first coffee"),
    (r"azken\s+kafea\s+zer\s+ordutan(?:\s+hartu\s+dut)?", "what time was my last coffee"),
    (r"zenbat\s+kafe\s+hartu\s+ditut", "how many coffees did I have"), (r"zenbat\s+bilera\s+izan\s+ditut", "how many meetings did I have"),
    (r"zenbat\s+workout\s+egin\s+ditut", "how many workouts did I do"), (r"zer\s+workout\s+egin\s+dut", "what workout did I do"),
    (r"zenbat\s+metro\s+egin\s+ditut\s+igerian", "how many metres did I swim"),
    (r"zenbat\s+kilometro\s+egin\s+ditut\s+korrika", "how many km did I run"),
    (r"bizikletan\s+zenbat\s+km\s+egin\s+ditut", "how many km did I cycle"), (r"zenbat\s+km\s+running", "how many km did I run"),
    (r"^(.{2,90}?),?\s*zenbat\s+minutu\s+iraun\s+du", r"how many minutes did the \1 last"),
    (r"kafeina\s+guztira,?\s*zenbat\s+mg", "how much caffeine"), (r",?\s*zenbat\s+km(?=\s*\?)", ", how many km"),
    # comparisons
    (r"kafeina\s+gehiago\s+" + _WHEN + r"\s+ala\s+" + _WHEN + r"\?\s*bien\s+mg-ak(?:,?\s*mesedez)?",
     r"more caffeine on \1 or \2, with the mg of both"),
    (r"^" + _WHEN + r"\s+ala\s+" + _WHEN + r",\s*zein\s+workout\s+izan\s+da\s+luzeagoa\?\s*bien\s+minutuak",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^" + _WHEN + r"\s+ala\s+" + _WHEN + r",\s*noiz\s+egin\s+dut\s+lo\s+gehiago\?\s*bien\s+orduak(?:,?\s*mesedez)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    # habits
    (r"^(\d{1,2}(?::\d\d)?\s*[ap]m)\s+edo\s+beranduago\s+kafea\s+hartzen\s+dudanean,?\s*gutxiago\s+egiten\s+dut\s+lo",
     r"do I sleep less after coffee at \1 or later"),
    (r"^(\d{1,2}(?::\d\d)?\s*[ap]m)\s+edo\s+beranduago\s+afaltzen\s+dudan\s+gauetan,?\s*lo\s+gutxiago\s+egiten\s+dut",
     r"do I sleep less after dinner at \1 or later"),
    (r"^(\d{2,4}\s*mg)\s+kafeina\s+edo\s+gehiago\s+hartzen\s+dudan\s+egunetan,?\s*nolakoa\s+da\s+hurrengo\s+gaueko\s+loa\s+beste\s+"
     r"egunekin\s+alderatuta", r"how do I sleep after days of \1 of caffeine or more compared to other days"),
    (r"workout\s+egunen\s+ondoren,?\s*lo\s+gehiago\s+egiten\s+dut\s+atseden\s+egunen\s+ondoren\s+baino",
     "do I sleep more after workout days than after rest days"),
    (r"workout\s+egiten\s+dudan\s+egunetan,?\s*kafe\s+gehiago\s+hartzen\s+dut\s+workout\s+gabeko\s+egunetan\s+baino",
     "on days with a workout, do I have more coffee than on days without"),
    (r"(?<=\s)ala(?=\s)", "or"),
    (r"(?<=\?)\s+(?!(?:and|eta|or)\b)[^?]*$", ""),  # "... ? izena ahaztu zait": a remark after the question
)
_TABLE = WordTable(_ASKED, r"eta|aurreko|egunean|gauean|galdera|bera|liburu|jatetxe|bat|zein|zen|afaldu|bazkaldu|gosaldu|dut|nuen|"
                           r"zenbat|orduz|egin|lo|zer|ordutan|joan|naiz|ohera|esnatu|ondo|ala|gaizki|nortzuk|egon|dira|bileran|"
                           r"bilera|lehen|kafea|kafe|hartu|ditut|azken|igerian|korrika|bizikletan|minutu|iraun|kafeina|guztira|"
                           r"gehiago|bien|luzeagoa|beranduago|hartzen|dudanean|gutxiago|egiten|afaltzen|dudan|gauetan|egunetan|"
                           r"gaur|atzo|herenegun|bart|honetan|izan|non|hona|" + _DAY + r"\w*", least=2)


def from_basque(text: str) -> str:
    """``text`` with its Basque days, and the Basque phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
