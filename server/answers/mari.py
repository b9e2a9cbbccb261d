"""Mari (Meadow Mari) in Latin letters in an English question, put into English.

The weekdays ("Shochmo", "Kushkyzhmo", "Vürgeche", "Izarnya", "Kugarnya", "Shumatkeche", "Rusharnya": Monday to Sunday) stand
before a dotted or slashed date, alone or with "keche" (day) and a comma, or after it and a comma ("16.03.2037, Shochmo");
"tache," before a date is today, "tengeche," before a weekday and its date yesterday, "tide arnya" this week, "ertyshe arnya"
last week; a night is "Shochmo yüd 16.03.2037", "yüd, Shochmo 16/3/2037" or "tengeche yüd, 16/3/2037" (last night). Those
become English. The phrases that carry what is asked ("mynyar shagat malenam" (how many hours did I sleep), "lunch kushto
ulmash" (where was lunch), "X-ysh kö-vlak tolyn" (who came to the X)) become English too, where two of its own words say the
question is in it.
"""

from __future__ import annotations

import re

from server.answers.word_tables import DOTTED_DATE as _DATE, ON_BEFORE_DAY as _ON, WordTable, day_at_start

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:S)hochmo|(?-i:K)ushkyzhmo|(?-i:V)[üu]rgeche|(?-i:I)zarnya|(?-i:K)ugarnya|(?-i:S)humatkeche|(?-i:R)usharnya)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY_AT_START = day_at_start(_DATE)

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"\s+y[üu]d\s+(" + _DATE + r")", r"the night of \2"),
    (r"y[üu]d,?\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (r"tengeche\s+y[üu]d,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"tide\s+arnya(?:shte)?", "this week"), (r"ertyshe\s+arnya", "last week"),
    (_ON + r"tengeche,?\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_ON + r"tache,?(?=\s+\d)", "today"),
    (_ON + _WD + r"(?:\s+keche)?,?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r"),\s+" + _WD + r"\b", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"y[üu]d|tache|tengeche|arnya|arnyashte|shochmo|kushkyzhmo|v[üu]rgeche|izarnya|kugarnya|shumatkeche|rusharnya",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+ludash\s+kalasysh\s+kniga,?\s+l[üu]mzho\s+mo", r"which book did \1 recommend"),
    (_NAME + r"\s+onchash\s+kalasysh\s+kino\s+mo", r"which film did \1 recommend"),
    (_NAME + r"\s+kolyshtash\s+kalasysh\s+podcast\s+mo", r"which podcast did \1 recommend"),
    (_NAME + r"\s+kalasysh\s+restaurant\s+kushto", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite-ym\s+kushko\s+kusharen", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+samolyot\s+kunam\s+vola", r"when does \1's flight land"),
    (_NAME + r"\s+pii\s+iga\s+l[üu]mzho\s+mo", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch\s+kunam,?\s+" + _NAME + r"\s+kalasysh", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+ydyrzhe\s+kunam\s+mynyar\s+iyash\s+liyesh", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,60}?)\s+nergen\s+kalasysh\s+keche\s+kastene\s+mo\s+kochkynam", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode)\s+keche\s+kastene\s+mo\s+kochkynam", r"what did I eat for dinner on the day I \2 \1 km"),
    (r"^(.{2,60}?)\s+ulmo\s+keche\s+lunch\s+kushto", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+ulmo\s+keche\s+y[üu]d\s+mynyar\s+shagat\s+malenam", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+vara\s+pogynymashte\s+k[öo]\s+ulmash", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+ale\s+(.{2,60}?),\s+kudo\s+y[üu]dym\s+utlarak\s+malenam", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+ale\s+last\s+week,\s+kudyshto\s+kofe\s+utlarak", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+ale\s+(.{2,60}?),\s+kudo\s+kechyn\s+caffeine\s+utlarak", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+ale\s+(.{2,60}?),\s+kudo\s+kechyn\s+workout\s+kuzhurak", r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+gych\s+vara\s+kofe\s+y[üu]am\s+gyn,?\s+izirak\s+malem", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+gych\s+vara\s+dinner\s+gyn,?\s+izirak\s+malem", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+dech\s+utlarak\s+gyn,?\s+izirak\s+malem",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+keche\s+y[üu]dym\s+utlarak\s+malem", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+keche\s+kofe\s+utlarak\s+y[üu]em", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (_DAY_AT_START + r"\s+(.{2,80}?)-ysh\s+k[öo]-vlak\s+tolyn", r"who was at the \2 meeting \1"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+godym\s+heart\s+rate\s+average\s+mynyar", r"what was my average heart rate during the \2 \1"),
    (_DAY_AT_START + r"\s+(.{2,80}?)\s+mynyar\s+shagat\s+kayysh", r"how many minutes was the \2 meeting \1"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+mynyar\s+minut", r"how many minutes did the \2 \1 last"),
    (r"this\s+week\s+mynyar\s+km\s+(\w+)", r"how many km did I \1 this week"), (r"this\s+week\s+mynyar\s+workout", "how many workouts did I do this week"),
    (r"ondak\s+pogynymash\s+kunam\s+t[üu]ngalyn", "what time did my first meeting start"),
    (r"mynyar\s+pogynymash\s+ulmash", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"erdene\s+mo\s+kochkynam", "what did I eat for breakfast"), (r"kechyval\s+mo\s+kochkynam", "what did I eat for lunch"),
    (r"kastene\s+kochkysh\s+mo\s+ulmash", "what did I eat for dinner"), (r"lunch\s+kushto\s+ulmash", "where did I have lunch"),
    (r"dinner\s+kushto\s+kochkynam", "where did I have dinner"), (r"mo\s+workout\s+yshtem", "what kind of workout did I do"),
    (r"sai\s+malenam", "how well did I sleep, good or poor"), (r"mynyar\s+shagat\s+malenam", "how many hours did I sleep"),
    (r"kunam\s+malash\s+kaiym", "what time did I go to bed"), (r"kunam\s+kyneleshym", "what time did I wake up"),
    (r"velosiped\s+dene\s+mynyar\s+km", "how many km did I cycle"), (r"mynyar\s+km\s+kurgyzhynam", "how many km did I run"),
    (r"mynyar\s+metr\s+ishtynam", "how far did I swim"),
    (r"mynyar\s+kofe\s+y[üu]ynam", "how many coffees did I drink"), (r"chylazhe\s+mynyar\s+mg\s+caffeine", "how much caffeine in mg"),
    (r"ondak\s+kofe\s+kunam\s+y[üu]ynam", "what time was my first coffee"), (r"pytartyshe\s+kofe\s+kunam", "what time was my last coffee"),
)
_TABLE = WordTable(_ASKED, r"mo|kushto|kushko|k[öo]|kunam|mynyar|kochkynam|kochkysh|malenam|malem|malash|kyneleshym|kofe|y[üu]ynam|"
                           r"kurgyzhynam|ishtynam|shagat|minut|utlarak|izirak|kalasysh|l[üu]mzho|iyash|pogynymash|pogynymashte|ondak|"
                           r"vara|gych|erdene|kechyval|kastene|ulmash|ulmo|kudo|kechyn|y[üu]dym|kuzhurak|kudyshto|tolyn|godym|kayysh|"
                           r"chylazhe|pytartyshe|t[üu]ngalyn|yshtem|samolyot|vola|ydyrzhe|liyesh|nergen|ludash|onchash|kolyshtash|kusharen",
                   least=2)
# (No remark after the question is taken off: the writer makes none.)
_FOLLOW_UPS = WordTable(((r"^ik\s+keche\s+ondak\s*\??$", "and the day before?"),
                         (r"^ik\s+y[üu]d\s+ondak\s*\??$", "and the night before?"),
                         (r"^tudo\s+pogynymash\s+mynyar\s+minut\s*\??$", "and how long was that meeting?"),
                         (r"^tache\s+kechyn\s*\??$", "and today so far?"),
                         (r"^((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?:on|today|yesterday|the\s+night\s+of)\b[^?]{0,30}?)\s+gych\s*\?$",
                          r"and \1?")),  # "Ana gych?", "on 16.03.2037 gych?"
                        r"ondak|tudo|kechyn|gych(?=\s*\?)", least=1)


def from_mari(text: str) -> str:
    """``text`` with its Mari days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
