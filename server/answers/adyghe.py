"""Adyghe (West Circassian, a Northwest Caucasian language), typed in Cyrillic with a Latin "I" for its palochka, in an
English question, put into English.

The weekdays ("Блыпэ", "Гъубдж", "Бэрэскэжъый", "Мэфэку", "Бэрэскэшхо", "Мэфэзакъу", "Тхьаумаф": Monday to Sunday) stand
before a day-first date ("Бэрэскэжъый 13/05/2037") or in brackets after one ("13/5/2037 (Бэрэскэжъый)"); "непэ" (today) and
"тыгъуасэ" (yesterday) stand before a date or a weekday in brackets; a night is the day and "чэщым" (at night):
"Мэфэку чэщым 14/05/2037", "14/5/2037 (Мэфэку) чэщым", "тыгъуасэ чэщым (13/05/2037)"; "мы тхьамафэм" is this week and
"блэкIыгъэ тхьамафэм" last week. Those become English. The phrases that carry what is asked ("сыхьат тхьапш сычъыягъ" (how
many hours did I sleep), "lunch тыдэ сшхыгъа" (where did I eat lunch), "X-м хэт щыIагъ" (who were at X)), with the case
endings glued to an English word by a hyphen ("flight-р", "Roadmap workshop-м", "bike-мкIэ"), become English too, where two
of its own words say the question is in it; a remark after the question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, by_meal, km_this_week, remark_after

_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"(?:Блыпэ|Гъубдж|Бэрэскэжъый|Мэфэку|Бэрэскэшхо|Мэфэзакъу|Тхьаумаф)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _DATE + r")?|the\s+night\s+of\s+" + _DATE + r"|last\s+night)"
"""A day once put into English ("on 13/05/2037", "today", "the night of 13/05/2037"): a group."""
_MEAL = {"пщэдджыжьышхэм": "breakfast", "щэджэгъоуашхэм": "lunch", "пчыхьэшхэм": "dinner",
         "breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner"}

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"тыгъуасэ\s+чэщым\s+\((" + _DATE + r")\)", r"the night of \1"),
    (_WD + r"\s+чэщым\s+(" + _DATE + r")", r"the night of \1"),
    (r"(" + _DATE + r")\s+\(" + _WD + r"\)\s+чэщым", r"the night of \1"),
    (r"мы\s+тхьамафэм", "this week"), (r"блэкIыгъэ\s+тхьамафэм(?:\s+нахьи)?", "last week"),
    (_ON + r"тыгъуасэ\s+\(" + _WD + r"\)", "yesterday"),
    (_ON + r"непэ\s+\(" + _DATE + r"\)", "today"),
    (_ON + _WD + r"\s+(" + _DATE + r")", r"on \1"),
    (_ON + r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|чэщым|непэ|тыгъуасэ|тхьамафэм", least=1)


def _meal(index: int, english: str) -> object:
    return by_meal(_MEAL, index, english)


_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+ыIуагъэ\s+book-р\s+сыд\s+ыцIэ", r"which book did \1 recommend"),
    (_NAME + r"\s+еплъ\s+ыIуагъэ\s+film-р\s+сыд", r"which film did \1 recommend"),
    (_NAME + r"\s+едэIу\s+ыIуагъэ\s+podcast-р\s+сыд", r"which podcast did \1 recommend"),
    (_NAME + r"\s+ыгъэлъэпIагъэ\s+restaurant-р\s+тыдэ\s+щыI", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+ыIуагъэ\s+offsite-р\s+тыдэ\s+щыIа\s+джы", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+и\s+flight-р\s+сыдигъо\s+къэсыщт", r"when does \1's flight land"),
    (_NAME + r"\s+и\s+dog-р\s+сыд\s+ыцIэ", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch-р\s+" + _NAME + r"\s+ыIуагъэ,?\s+сыдигъо\s+джы", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+ыпхъу\s+birthday\s+нэужым\s+ыныбжь\s+тхьапш\s+хъущт", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode|walked)\s+мафэм\s+(dinner|lunch|breakfast)\s+сыд\s+сшхыгъа",
     _meal(3, "what did I eat for {meal} on the day I {g2} {g1} km")),
    (_NAME + r"\s+(.{2,60}?)\s+къызыIогъэ\s+мафэм\s+(dinner|lunch|breakfast)\s+сыд\s+сшхыгъа",
     _meal(3, "what did I eat for {meal} on the day {g1} mentioned {g2}")),
    (r"^(.{2,60}?)\s+щыIа\s+мафэм\s+lunch\s+тыдэ\s+сшхыгъа", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+ыуж\s+а\s+чэщым\s+сыхьат\s+тхьапш\s+сычъыягъ", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r"\s+(.{2,100}?)-р\s+ыуж\s+meeting-м\s+хэт\s+щыIагъ", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+е\s+(.{2,60}?),\s+тэ\s+нахь\s+бэу\s+сычъыягъ", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+coffee\s+нахьыба\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+е\s+(.{2,60}?),\s+caffeine\s+нахьыбэ\s+тэ", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+е\s+(.{2,60}?),\s+workout\s+нахь\s+кIыхьагъэр\s+тэ", r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+ыуж\s+coffee\s+сешъомэ,?\s+sleep\s+нахь\s+макIа", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+ыуж\s+dinner\s+сшхымэ,?\s+sleep\s+нахь\s+макIа", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+е\s+нахьыбэ\s+зыщысешъогъэ\s+мафэм\s+ычэщ\s+нахь\s+кIэкIа",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+сшIыгъэ\s+мафэм\s+ычэщ\s+нахь\s+бэу\s+сычъыя", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+мафэм\s+coffee\s+нахьыбэ\s+сешъуа", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^" + _DAY + r"\s+(.{2,80}?)-м\s+хэт\s+щыIагъ", r"who was at the \2 meeting \1"),
    (r"^" + _DAY + r"\s+(.{2,100}?)-м\s+heart\s+rate\s+average\s+тхьапш", r"what was my average heart rate during the \2 \1"),
    (r"^" + _DAY + r"\s+(.{2,80}?)-р\s+такъикъ\s+тхьапш\s+кIуагъэ", r"how many minutes was the \2 meeting \1"),
    (r"^" + _DAY + r"\s+(.{2,100}?)-р\s+такъикъ\s+тхьапш\s+хъугъэ", r"how many minutes did the \2 \1 last"),
    km_this_week(r"km\s+тхьапш"),
    (r"this\s+week\s+workout\s+тхьапш\s+сшIыгъ", "how many workouts did I do this week"),
    (r"апэрэ\s+meeting-р\s+сыдигъо\s+ригъэжьагъ", "what time did my first meeting start"),
    (r"meeting\s+тхьапш\s+щыIагъ", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"(пщэдджыжьышхэм|щэджэгъоуашхэм|пчыхьэшхэм)(?:\s+(?:lunch|dinner|breakfast))?\s+сыд\s+сшхыгъа", _meal(1, "what did I eat for {meal}")),
    (r"(lunch|dinner|breakfast)\s+тыдэ\s+сшхыгъа", _meal(1, "where did I have {meal}")),
    (r"сыд\s+workout\s+сшIыгъа", "what kind of workout did I do"),
    (r"сычъыягъэр\s+дэгъуа", "how well did I sleep, good or poor"), (r"сыхьат\s+тхьапш\s+сычъыягъ", "how many hours did I sleep"),
    (r"сыдигъо\s+сычъыягъ", "what time did I go to bed"), (r"сыдигъо\s+сыкъэушъыгъ", "what time did I wake up"),
    (r"bike-мкIэ\s+km\s+тхьапш", "how many km did I cycle"), (r"km\s+тхьапш\s+сычъагъ", "how many km did I run"),
    (r"m\s+тхьапш\s+сесыгъ", "how far did I swim"),
    (r"coffee\s+тхьапш\s+сешъуагъ", "how many coffees did I drink"), (r"caffeine\s+mg\s+тхьапш(?:\s+зэкIэмкIи)?", "how much caffeine in mg"),
    (r"апэрэ\s+coffee-р\s+сыдигъо", "what time was my first coffee"), (r"кIэухым\s+coffee\s+сыдигъо\s+сешъуагъ", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"ыIуагъэ|сыд|ыцIэ|еплъ|едэIу|ыгъэлъэпIагъэ|тыдэ|щыIа?|джы|сыдигъо|къэсыщт|ыпхъу|нэужым|ыныбжь|тхьапш|хъущт|"
                           r"сшхыгъа|мафэм|къызыIогъэ|ыуж|чэщым|сычъыягъэ?р?|нахь|нахьыбэ|нахьыба|бэу|тэ|кIыхьагъэр|сешъомэ|сшхымэ|макIа|"
                           r"зыщысешъогъэ|ычэщ|кIэкIа|сшIыгъэ?|сычъыя|сешъуа|хэт|щыIагъ|такъикъ|кIуагъэ|хъугъэ|сшIыгъа|апэрэ|ригъэжьагъ|"
                           r"пщэдджыжьышхэм|щэджэгъоуашхэм|пчыхьэшхэм|дэгъуа|сыхьат|сыкъэушъыгъ|сычъагъ|сесыгъ|сешъуагъ|зэкIэмкIи|кIэухым|bike-мкIэ|тхьамафэм",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^ащ\s+ыпэкIэ\s+мафэр\s*\??$", "and the day before?"),
                         (r"^ащ\s+ыпэрэ\s+чэщыр\s*\??$", "and the night before?"),
                         (r"^а\s+meeting-р\s+такъикъ\s+тхьапш\s+кIуагъэ\s*\??$", "and how long was that meeting?"),
                         (r"^(?:непэ|today)\s+шъхьае\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"\s+шъхьае\s*\?$", r"and \1?"),
                         (r"^((?:on|today|yesterday|the\s+night\s+of)(?:\s+" + _DATE + r")?|last\s+night)\s+шъхьае\s*\?$", r"and \1?")),
                        r"шъхьае|ыпэкIэ|ыпэрэ", least=1)


def from_adyghe(text: str) -> str:
    """``text`` with its Adyghe days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
