"""Chuvash (the Oghur Turkic language of the Volga), typed in Latin letters without its diacritics, in an English question,
put into English.

The weekdays ("Tuntikun", "Ytlarikun", "Yunkun", "Kesnernikun", "Ernekun", "Shamatkun", "Vyrsarnikun": Monday to Sunday) stand
before a dotted date ("Ytlarikun 21.04.2037"), before a comma and a slashed one ("Ytlarikun, 21/04"), or after a date and a
comma; "paian," (today) and "ener," (yesterday) stand before a date or a weekday and its date, "ku erne" is this week and
"irtne erne" last week; a night is "Tuntikun sere, 20.04.2037" (its night), "20/04 Tuntikun serle" (at night) or "ener serle,
20/04" (last night). Those become English. The phrases that carry what is asked ("mise sehet syvartam" (how many hours did I
sleep), "kantarla asta apatlantam" (where did I eat at midday), "X kamsem purchche" (who were at X)) become English too, where
two of its own words say the question is in it; a remark after the question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, by_meal, km_this_week, remark_after

_DOTTED = r"\d{1,2}\.\d{1,2}\.\d{4}"
_SLASHED = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_DATE = r"(?:" + _DOTTED + r"|" + _SLASHED + r")"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:Tuntikun|Ytlarikun|Yunkun|Kesnernikun|Ernekun|Shamatkun|Vyrsarnikun))"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _DATE + r")?|the\s+night\s+of\s+" + _DATE + r"|last\s+night)"
"""A day once put into English ("on 21.04.2037", "today 21.04.2037", "yesterday", "the night of 20/04"): a group."""
_MEAL = {"irhi": "breakfast", "kantarlahi": "lunch", "kashi": "dinner", "ir": "breakfast", "kantarla": "lunch", "kashine": "dinner"}

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"\s+sere,?\s+(" + _DATE + r")", r"the night of \2"),
    (r"(" + _DATE + r")\s+" + _WD + r"\s+serle", r"the night of \1"),
    (r"ener\s+serle,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"ku\s+erne(?![\w'’])", "this week"), (r"irtne\s+erne(?![\w'’])", "last week"),
    (_ON + r"ener,?\s+" + _WD + r"(?=,?\s+" + _DATE + r")", "yesterday"),
    (_ON + r"paian,?(?=\s+" + _DATE + r")", "today"),
    (_ON + _WD + r",?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r"),\s+" + _WD, r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"(?-i:Tuntikun|Ytlarikun|Yunkun|Kesnernikun|Ernekun|Shamatkun|Vyrsarnikun)|sere|serle|paian|ener|erne", least=1)


def _meal(index: int, english: str) -> object:
    return by_meal(_MEAL, index, english)


_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+menle\s+keneke\s+vulama\s+senche", r"which book did \1 recommend"),
    (_NAME + r"\s+menle\s+kino\s+kurma\s+(?:kalare|senche)", r"which film did \1 recommend"),
    (_NAME + r"\s+menle\s+podcast\s+itleme\s+(?:senche|kalare)", r"which podcast did \1 recommend"),
    (_NAME + r"\s+asta\s+apatlanma\s+senche", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+kalare\s+offsite\s+kusre,?\s+hal\s+asta", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+samoletpe\s+vezet,?\s+mise\s+sehetre\s+anat", r"when does \1's flight land"),
    (_NAME + r"\s+yytti\s+yache\s+men", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch\s+hasan\s*\?\s*" + _NAME + r"\s+kalare\b.*$", r"what is the new date of the \1 launch according to \2?"),
    (_NAME + r"\s+herachi\s+birthday,?\s+mise\s+sul\s+tultarat", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode|walked)\s+kun,?\s+(irhi|kantarlahi|kashi)\s+apatra\s+men\s+sirem",
     _meal(3, "what did I eat for {meal} on the day I {g2} {g1} km")),
    (_NAME + r"\s+(.{2,60}?)\s+pirki\s+kalasna\s+kun,?\s+(kashine|kantarla|ir)\s+men\s+sirem",
     _meal(3, "what did I eat for {meal} on the day {g1} mentioned {g2}")),
    (r"^(.{2,60}?)\s+kunne\s+kantarla\s+asta\s+apatlantam", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+hyssan\s+serle\s+mise\s+sehet\s+syvartam", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r",?\s+(.{2,100}?)\s+hyssan\s+kanashlura\s+kamsem\s+purchche", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+e\s+(.{2,60}?),\s+hasan\s+varamrah\s+syvartam", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+kofe\s+irtne\s+erneren\s+numairah\s+esetep(?:-i)?", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+e\s+(.{2,60}?),\s+hasan\s+kofein\s+numairah", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+e\s+(.{2,60}?),\s+workout\s+hasan\s+varamrah", r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+hyssan\s+kofe\s+essen,?\s+keskerah\s+syvaratap(?:-i)?", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+e\s+kairan\s+kashi\s+apat,?\s+yyha\s+keskerah(?:-i)?", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+kofein\s+e\s+numairah\s+esne\s+kun,?\s+ser\s+keskerah(?:-i)?",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+tuna\s+kun\s+serle\s+varamrah\s+syvaratap(?:-i)?", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+kunsenche\s+kofe\s+numairah\s+esetep(?:-i)?", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+kamsem\s+purchche", r"who was at the \1 meeting \2"),
    (r"^" + _DAY + r",?\s+(.{2,100}?),\s+average\s+pulse\s+mise", r"what was my average heart rate during the \2 \1"),
    (r"^(.{2,80}?)\s+" + _DAY + r",?\s+mise\s+minut\s+tasalche(?:\s*\?\s*e\s+sehet)?", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",?\s+mise\s+minut", r"how many minutes did the \1 \2 last"),
    km_this_week(r"petempe\s+mise\s+suhram"),
    (r"this\s+week\s+mise\s+workout\s+tutam", "how many workouts did I do this week"),
    (r"perremesh\s+kanashlu\s+mise\s+sehetre\s+puslanche", "what time did my first meeting start"),
    (r"mise\s+kanashlu\s+purchche", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"(irhi|kantarlahi|kashi)\s+apatra\s+men\s+sirem", _meal(1, "what did I eat for {meal}")),
    (r"(kantarla|kashine|ir)\s+asta\s+apatlantam", _meal(1, "where did I have {meal}")),
    (r"menle\s+workout\s+tutam", "what kind of workout did I do"),
    (r"laiah\s+syvartam(?:-i)?,?\s+nachar(?:-i)?", "how well did I sleep, good or poor"), (r"mise\s+sehet\s+syvartam", "how many hours did I sleep"),
    (r"mise\s+sehetre\s+vyrtram", "what time did I go to bed"), (r"mise\s+sehetre\s+tatam", "what time did I wake up"),
    (r"velosipedpa\s+mise\s+km\s+kairam", "how many km did I cycle"), (r"mise\s+suhram\s+chupram", "how many km did I run"),
    (r"mise\s+metr\s+ishrem", "how far did I swim"),
    (r"mise\s+chashak\s+kofe\s+esrem", "how many coffees did I drink"), (r"kofein\s+petempe\s+mise\s+mg", "how much caffeine in mg"),
    (r"perremesh\s+kofe\s+mise\s+sehetre", "what time was my first coffee"), (r"yulashki\s+kofe\s+hasan\s+esrem", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"menle|keneke|vulama|senche|kalare|kusre|apatlanma|apatlantam|samoletpe|vezet|sehetre|yytti|yache|ulshanche|"
                           r"herachi|tultarat|itleme|irhi|apatra|sirem|kantarlahi|kantarla|kashi|kashine|tutam|syvartam|laiah|nachar|"
                           r"tasalche|suhram|chupram|velosipedpa|kairam|ishrem|kamsem|purchche|chashak|esrem|petempe|kanashlu|"
                           r"kanashlura|perremesh|yulashki|puslanche|tatam|vyrtram|hyssan|serle|kunne|pirki|kalasna|varamrah|numairah|"
                           r"esetep|keskerah|syvaratap|yyha|kunsenche|esne|erneren|hasan(?=\s+(?:varamrah|kofein|esrem|numairah))|mise(?=\s+(?:sehet|minut|suhram|metr|chashak|kanashlu|km|sul|workout)\b)",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^per\s+kun\s+malarah\s*\??$", "and the day before?"),
                         (r"^per\s+ser\s+malarah\s*\??$", "and the night before?"),
                         (r"^kanashlu\s+mise\s+minut\s+tasalche\s*\??$", "and how long was that meeting?"),
                         (r"^a\s+(?:paian|today)\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"\s+pirki\s*\?$", r"and \1?"),
                         (r"^tata\s+((?:on|today|yesterday|the\s+night\s+of)(?:\s+" + _DATE + r")?|last\s+night)\s*\?$", r"and \1?")),
                        r"malarah|tasalche|paian|pirki(?=\s*\?$)|tata(?=\s+(?:on|today|yesterday|the\s+night|last))", least=1)


def from_chuvash(text: str) -> str:
    """``text`` with its Chuvash days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
