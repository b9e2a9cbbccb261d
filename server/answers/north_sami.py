"""North Sámi (davvisámegiella, of the Sámi branch of the Uralic family) mixed into English questions typed in lower case,
put into English.

The weekdays ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat", "lávvardat", "sotnabeaivi": Monday to
Sunday) stand before a day-first date, dotted with its year ("vuossárga 01.06.2037") or slashed without ("vuossárga 1/6");
"otne" (today) stands before a short date in brackets and "ikte" (yesterday) before a weekday in brackets; a night is the
weekday, "idja" (night) and the date ("vuossárga idja, 01.06.2037"), "idja", the date and its weekday in brackets, or
"ihkku" (last night) with a date; "dán vahkus" is this week and "ovddit vahkus" the week before. Those become English. The
words that carry what is asked ("mii" what, "gii ja gii" who all, "gos" where, "goas" when, "galle" how many, "man guhká"
how long, the meals "iđitbiebmu", "gaskabeaibiebmu", "eahketbiebmu", "gáffe" coffee, "čoahkkin" a meeting ...) become
English in the phrases they make, where two of its own words say the question is in it; a follow-up's "X ges?" is "and
X?".
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, km_this_week, remark_after

_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}"
_NAME = r"((?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)"
_WEEKDAYS = {"vuossárga": "Monday", "maŋŋebárga": "Tuesday", "gaskavahkku": "Wednesday", "duorastat": "Thursday",
             "bearjadat": "Friday", "lávvardat": "Saturday", "sotnabeaivi": "Sunday"}
_WD = "(?:" + "|".join(_WEEKDAYS) + ")"
_TIME = r"(\d{1,2}(?::\d\d)?\s*(?:[ap]m)?)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}[./]\d{1,2}(?:\.\d{4})?)?|the\s+night\s+of\s+\d{1,2}[./]\d{1,2}(?:\.\d{4})?|last\s+night)"
"""A day once put into English ("on 01.06.2037", "today", "the night of 1/6"): a group."""
_MEALS = {"iđitbiebmu": "breakfast", "gaskabeaibiebmu": "lunch", "eahketbiebmu": "dinner"}
_MEAL = "(" + "|".join(_MEALS) + ")"


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"ihkku\s+\((" + _DATE + r")\)", r"the night of \1"),
    (_WD + r"\s+idja,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"idja\s+(" + _DATE + r")\s+\(" + _WD + r"\)", r"the night of \1"),
    (r"dán\s+vahkus", "this week"), (r"ovddit\s+vahkus", "last week"),
    (r"since\s+vuossárga", "since Monday"), (r"vuossárga\s+to\s+otne", "Monday to today"),
    (_ON + r"otne\s+\((?:" + _DATE + r")\)", "today"),
    (_ON + r"ikte\s+\(" + _WD + r"\)", "yesterday"),
    (_ON + _WD + r"\s+(" + _DATE + r")", r"on \1"),
    (r"otne", "today"), (r"ikte", "yesterday"), (r"ihkku", "last night"),
    (_WD, lambda m: _WEEKDAYS[m[0].lower()]),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|idja|otne|ikte|ihkku|vahkus", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+recommended\s+girji,\s*mii\s+namma", r"which book did \1 recommend"),
    (r"filbma\s+mii,\s*the\s+one\s+" + _NAME + r"\s+was\s+praising", r"which film did \1 recommend"),
    (r"podcast\s+mii,\s*" + _NAME + r"\s+said\s+I\s+should\s+hear\s+it", r"which podcast did \1 recommend"),
    (r"restaurant\s+" + _NAME + r"\s+said\s+buorre,\s*gos\s+dat\s+lea", r"which restaurant did \1 recommend"),
    (r"offsite\s+gos\s+dál,\s*" + _NAME + r"\s+says\s+it['’]s\s+moved", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+girdi,\s*goas\s+landing", r"when does \1's flight land"),
    (_NAME + r"\s+beana,\s*mii\s+namma", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch\s+goas\s+dál,\s*" + _NAME + r"\s+mielas", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+nieida,\s*next\s+birthday\s+man\s+boaris", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"^(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode|walked)\s+beaivi,\s*" + _MEAL + r"\s+mii",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[2]} {m[1]} km"),
    (r"^beaivi\s+" + _NAME + r"\s+mentioned\s+(.{2,60}?),\s*" + _MEAL + r"\s+mii",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"^(.{2,60}?)\s+beaivi,\s*gaskabeaibiebmu\s+gos", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+maŋŋel,\s*that\s+idja\s+galle\s+hours\s+sleep", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^(.{2,100}?)\s+" + _DAY + r"\s+maŋŋel,\s*next\s+čoahkkin\s+gii\s+were\s+in\s+it", r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+dahje\s+(.{2,60}?),\s*guhte\s+eanet\s+sleep", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+dahje\s+(.{2,60}?),\s*guhte\s+eanet\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+dahje\s+(.{2,60}?),\s*guhte\s+longer\s+workout", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+eanet\s+gáffe\s+than\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"gáffe\s+" + _TIME + r"\s+dahje\s+maŋŋel,\s*then\s+unnit\s+sleep", r"do I sleep less after coffee at \1 or later"),
    (r"eahketbiebmu\s+" + _TIME + r"\s+dahje\s+maŋŋel,\s*unnit\s+sleep(?:\s+that\s+idja)?", r"do I sleep less after dinner at \1 or later"),
    (r"beaivi\s+(\d{2,4})\s*mg\s+caffeine\s+dahje\s+eanet,\s*idja\s+unnit\s+sleep",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+beaivi\s+maŋŋel,\s*idja\s+guhkit\s+sleep", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+beaivi,\s*eanet\s+gáffe", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _DAY + r",\s*gii\s+ja\s+gii\s+were\s+there", r"who was at the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*gaskamearálaš\s+pulse\s+galle", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,80}?)\s+" + _DAY + r",\s*man\s+guhká\s+dat\s+lasted", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*man\s+guhká\s+in\s+minutes", r"how many minutes did the \1 \2 last"),
    km_this_week(r"galle\s+km(?:,\s*since\s+Monday)?"),
    (r"this\s+week\s+galle\s+workouts,?\s*Monday\s+to\s+today", "how many workouts did I do this week"),
    (r"vuosttaš\s+čoahkkin,\s*goas\s+started", "what time did my first meeting start"),
    (r"čoahkkimat\s+galle", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+" + _DAY + r",\s*mii(?:\s+I\s+ate|\s+I\s+had|\s+borramuš)?", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (_MEAL + r"\s+gos,\s*" + _DAY, lambda m: f"where did I have {_meal(m[1])} {m[2]}"),
    (_MEAL + r"\s+gos", lambda m: f"where did I have {_meal(m[1])}"),
    (r"makkár\s+workout", "what kind of workout did I do"),
    (r"sleep\s+buorre\s+dahje\s+heajos", "how well did I sleep, good or poor"),
    (r"sleep\s+galle\s+hours", "how many hours did I sleep"),
    (r"goas\s+I\s+lay\s+down", "what time did I go to bed"), (r"goas\s+I\s+woke", "what time did I wake up"),
    (r"sihkkel,\s*galle\s+km\s+I\s+rode", "how many km did I cycle"), (r"running\s+galle\s+km", "how many km did I run"),
    (r"swimming\s+galle\s+metres", "how far did I swim in metres"),
    (r"gáffe\s+galle\s+cups", "how many coffees did I drink"), (r"caffeine\s+man\s+olu\s+mg(?:,\s*all\s+together)?", "how much caffeine in mg"),
    (r"vuosttaš\s+gáffe,?\s*goas", "what time was my first coffee"), (r"maŋimuš\s+gáffe,?\s*goas", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, _WD + r"|otne|ikte|ihkku|mii|gii|gos|goas|galle|guhká|olu|boaris|makkár|gaskamearálaš|mielas|guhte|namma|girji|filbma|girdi|beana|"
                           r"nieida|beaivi|idja|gáffe|iđitbiebmu|gaskabeaibiebmu|eahketbiebmu|borramuš|čoahkkin|čoahkkimat|sihkkel|"
                           r"vuosttaš|maŋimuš|maŋŋel|buorre|heajos|eanet|unnit|guhkit|dahje|dál|lea|vahkus|since\s+vuossárga",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^ja\s+ovddit\s+beaivi\s*\??$", "and the day before?"),
                         (r"^ja\s+ovddit\s+idja\s*\??$", "and the night before?"),
                         (r"^ja\s+dat\s+čoahkkin,\s*man\s+guhká\s*\??$", "and how long was that meeting?"),
                         (r"^(?:otne|today)\s+ges,\s*so\s+far\s*\??$", "and today so far?"),
                         (r"^(on\s+(?:" + _DATE + r")|today|yesterday|" + _NAME[1:-1] + r")\s+ges\s*\?$", r"and \1?")),
                        r"ovddit|(?:otne|today)\s+ges,|(?:" + _DATE + r"|today|yesterday|(?-i:[A-Z])[\w'’]*)\s+ges(?=\s*\?$)", least=1)


def from_north_sami(text: str) -> str:
    """``text`` with its North Sámi days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
