"""Breton (brezhoneg, a Celtic language of the Brythonic branch, spoken in Brittany) mixed into English questions typed in
lower case, put into English; the words are as this set's writer types them, mutations ("ma c'hoan", "ar c'hafe", "a gousk")
and apostrophes (' or ’) included.

The weekdays ("dilun", "dimeurzh", "dimerc'her", "diriaou", "digwener", "disadorn", "disul": Monday to Sunday) stand before a
padded date with its year ("dilun 15/06/2037") or in brackets after a short one ("15/06 (dilun)"); "hiziv" (today) stands
before a short date and "dec'h" (yesterday) before a weekday; a night is the weekday, "da noz" (at night) and the date
("dilun da noz 15/06/2037"), "noz" and a short date, or "neizhour" (last night) with a short date in brackets; "ar
sizhun-mañ" is this week and "ar sizhun tremenet" the week before. Those become English, also capitalised at a sentence
start, as other voices use them. The words that carry what is asked ("petra" what, "piv" who, "pelec'h" where, "pegoulz"
when, "pet" how many, "pegeit" how long, "da bet eur" at what time, the meals "dijuni", "lein", "koan", "kafe" coffee, "emvod"
a meeting ...) become English in the phrases they make, where one of its own words says the question is in it; a
follow-up's "ha X, ivez?" is "and X?".
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, remark_after

_A = r"['’]"
_LONG = r"\d{1,2}/\d{1,2}/\d{4}"
_SHORT = r"\d{1,2}/\d{1,2}"
_DATE = _LONG + "|" + _SHORT + r"(?![/\d])"
_NAME = r"((?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)"
_WD = r"(?:dilun|dimeurzh|dimerc" + _A + r"her|diriaou|digwener|disadorn|disul)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*(?:[ap]m)?)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}/\d{1,2}(?:/\d{4})?)?|the\s+night\s+of\s+\d{1,2}/\d{1,2}(?:/\d{4})?|last\s+night)"
"""A day once put into English ("on 15/06/2037", "today", "the night of 15/06"): a group."""
_VERBS = {"running": "run", "cycling": "cycle", "swimming": "swim"}

_DAY_RULES: tuple[tuple[str, str], ...] = (
    (_WD + r"\s+da\s+noz,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"(?:da\s+)?noz\s+" + _WD + r",?\s+(" + _DATE + r")", r"the night of \1"),
    (r"(?:da\s+)?noz\s+(" + _SHORT + r")\s+\(" + _WD + r"\)", r"the night of \1"),
    (r"(?:da\s+)?noz\s+(" + _DATE + r")", r"the night of \1"),
    (r"neizhour,?\s+\((" + _SHORT + r")\)", r"the night of \1"),
    (r"ar\s+sizhun-mañ,?\s*abaoe\s+dilun,?", "this week"), (r"abaoe\s+dilun,?\s*ar\s+sizhun-mañ,?", "this week"),
    (r"ar\s+sizhun-mañ", "this week"), (r"ar\s+sizhun\s+tremenet", "last week"), (r"abaoe\s+dilun", "since Monday"),
    (_ON + r"hiziv,?\s+\(?" + _SHORT + r"\)?(?![/\d])", "today"),
    (_ON + r"dec" + _A + r"h,?\s+\(?" + _WD + r"\)?", "yesterday"),
    (_ON + _WD + r",?\s+(" + _DATE + r")", r"on \1"),
    (_ON + r"(" + _SHORT + r")\s+\(" + _WD + r"\)", r"on \1"),
    (r"hiziv", "today"), (r"dec" + _A + r"h", "yesterday"), (r"neizhour", "last night"),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|hiziv|dec" + _A + r"h|noz|neizhour|sizhun-mañ", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"(?:al\s+)?levr\s+" + _NAME + r"\s+swore\s+by,\s*petra\s+eo\s+an\s+titl", r"which book did \1 recommend"),
    (r"(?:ar\s+)?film\s+" + _NAME + r"\s+never\s+shuts\s+up\s+about,\s*(?:petra\s+eo\s+e\s+)?anv", r"which film did \1 recommend"),
    (_NAME + r"\s+says\s+the\s+offsite\s+changed\s+place,\s*pelec" + _A + r"h\s+bremañ", r"where is the offsite now, according to \1"),
    (r"(?:ar\s+)?preti\s+" + _NAME + r"\s+raved\s+about,\s*petra\s+eo\s+e\s+anv", r"which restaurant did \1 recommend"),
    (r"nijerez\s+" + _NAME + r",\s*da\s+bet\s+eur\s+e\s+[dt]iskenn", r"when does \1's flight land"),
    (r"ki\s+" + _NAME + r",\s*petra\s+eo\s+e\s+anv", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch,\s*" + _NAME + r"\s+says\s+pegoulz\s+bremañ", r"what is the new date of the \1 launch according to \2"),
    (r"merc" + _A + r"h\s+" + _NAME + r",\s*pet\s+bloaz(?:\s+on\s+her\s+birthday\s+to\s+come)?", r"how old will \1's daughter turn"),
    (r"(?:ar\s+)?podcast\s+" + _NAME + r"\s+said\s+to\s+put\s+on,\s*petra\s+eo\s+e\s+anv", r"which podcast did \1 recommend"),
    # days named by what happened
    (r"an\s+deiz\s+ma\s+(\w+)\s+(\d+(?:\.\d+)?)\s*km,\s*petra\s+e\s+oa\s+ma\s+c" + _A + r"hoan",
     r"what did I eat for dinner on the day I \1 \2 km"),
    (r"an\s+deiz\s+" + _NAME + r"\s+brought\s+up\s+(.{2,60}?),\s*petra\s+e\s+oa\s+ma\s+c" + _A + r"hoan",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"deiz\s+an\s+(.{2,60}?),\s*lein\s+pelec" + _A + r"h", r"where did I have lunch on the day of the \1 meeting"),
    (r"noz\s+goude\s+ar\s+(.{2,60}?),\s*pet\s+eur(?:\s+kousket)?", r"how many hours did I sleep the night after the \1 meeting"),
    (r"goude\s+(.{2,100}?)\s+" + _DAY + r",\s*piv\s+e\s+oa\s+en\s+emvod\s+da-heul", r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+pe\s+(.{2,60}?),\s*pehini\s+hiroc" + _A + r"h\s+for\s+sleep",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+pe\s+(.{2,60}?),\s*pehini\s+muioc" + _A + r"h\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+pe\s+(.{2,60}?),\s*sport\s+hiroc" + _A + r"h\s+pehini",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"muioc" + _A + r"h\s+kafe\s+this\s+week\s+than\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"kafe\s+da\s+" + _TIME + r"\s+pe\s+diwezhatoc" + _A + r"h,\s*nebeutoc" + _A + r"h\s+a\s+gousk",
     r"do I sleep less after coffee at \1 or later"),
    (r"koan\s+da\s+" + _TIME + r"\s+pe\s+diwezhatoc" + _A + r"h,\s*noz\s+berroc" + _A + r"h", r"do I sleep less after dinner at \1 or later"),
    (r"deiz\s+gant\s+(\d{2,4})\s*mg\s+caffeine\s+pe\s+muioc" + _A + r"h,\s*nebeutoc" + _A + r"h\s+a\s+gousk",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"deizioù\s+gant\s+sport,\s*noz\s+hiroc" + _A + r"h", "do I sleep longer after workout days than after rest days"),
    (r"deizioù\s+sport,\s*muioc" + _A + r"h\s+kafe", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"emvod\s+(.{2,80}?)\s+" + _DAY + r",\s*piv\s+a\s+oa\s+eno", r"who was at the \1 meeting \2"),
    (r"emvod\s+(.{2,80}?)\s+" + _DAY + r",\s*pet\s+munutenn", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*keitad\s+ar\s+galon(?:,\s*bpm)?", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*pegeit\s+e\s+padas(?:,\s*minutes)?", r"how many minutes did the \1 \2 last"),
    (r"this\s+week,?\s*pet\s+km\s+of\s+(\w+)", lambda m: f"how many km did I {_VERBS.get(m[1].lower(), m[1])} this week"),
    (r"pet\s+sport\s+sessions?\s+this\s+week", "how many workouts did I do this week"),
    (r"^" + _DAY + r",\s*an\s+emvod\s+kentañ,\s*da\s+bet\s+eur(?:\s+e\s+krogas)?", r"what time did my first meeting start \1"),
    (r"^" + _DAY + r",\s*pet\s+emvod", r"how many meetings did I have \1"),
    # meals, sleep, workouts, coffee
    (r"^" + _DAY + r",\s*petra\s+em\s+eus\s+debret\s+for\s+dijuni", r"what did I eat for breakfast \1"),
    (r"lein\s+" + _DAY + r":?\s*petra\s+e\s+oa(?:\s+on\s+my\s+plate)?", r"what did I eat for lunch \1"),
    (r"koan\s+" + _DAY + r",?\s*petra\s+was\s+served", r"what did I eat for dinner \1"),
    (r"^" + _DAY + r",\s*lein\s+pelec" + _A + r"h", r"where did I have lunch \1"),
    (r"pelec" + _A + r"h\s+e\s+oa\s+ma\s+c" + _A + r"hoan\s+" + _DAY, r"where did I have dinner \1"),
    (r"peseurt\s+sport,?\s*" + _DAY, r"what kind of workout did I do \1"),
    (r"^" + _DAY + r",\s*kousket\s+mat\s+pe\s+fall", r"how well did I sleep \1, good or poor"),
    (r"^" + _DAY + r",\s*pet\s+eur\s+em\s+eus\s+kousket", r"how many hours did I sleep \1"),
    (r"^" + _DAY + r",\s*da\s+bet\s+eur\s+on\s+aet\s+da\s+gousket", r"what time did I go to bed \1"),
    (r"^" + _DAY + r",\s*da\s+bet\s+eur\s+on\s+dihunet", r"what time did I wake up \1"),
    (r"^" + _DAY + r",\s*pet\s+km\s+em\s+eus\s+redet", r"how many km did I run \1"),
    (r"^" + _DAY + r",?\s+war\s+varc" + _A + r"h-houarn,\s*pet\s+km(?:\s+total)?", r"how many km did I cycle \1"),
    (r"^" + _DAY + r",?\s+neuñv,\s*pet\s+metr", r"how far did I swim in metres \1"),
    (r"^" + _DAY + r",\s*pet\s+tasad\s+kafe(?:\s+em\s+eus\s+evet)?", r"how many coffees did I drink \1"),
    (r"caffeine\s+" + _DAY + r",\s*pegement\s+a\s+mg(?:\s+en\s+holl)?", r"how much caffeine in mg \1"),
    (r"^" + _DAY + r",\s*ar\s+c" + _A + r"hafe\s+kentañ,\s*(?:da\s+bet|pe)\s+eur", r"what time was my first coffee \1"),
    (r"^" + _DAY + r",\s*ar\s+c" + _A + r"hafe\s+diwezhañ,\s*(?:da\s+bet|pe)\s+eur", r"what time was my last coffee \1"),
    remark_after(),
)
_TABLE = WordTable(_ASKED,
                   r"petra|piv|pelec['’]h|pegoulz|pegement|pegeit|peseurt|pehini|anv|levr|merc['’]h|bloaz|preti|emvod|nijerez|"
                   r"[dt]iskenn|debret|kousket|gousk(?:et)?|dihunet|redet|neuñv|varc['’]h-houarn|dijuni|lein|koan|c['’]hoan|"
                   r"c['’]hafe|tasad|keitad|galon|padas|krogas|kentañ|diwezhañ|muioc['’]h|nebeutoc['’]h|hiroc['’]h|"
                   r"berroc['’]h|diwezhatoc['’]h|goude|deiz|deizioù|munutenn|sizhun(?:-mañ)?|pet\s+(?:km|sport|eur|emvod)", least=1)
_FOLLOW_UPS = WordTable(((r"^hag?\s+an\s+deiz\s+a-raok\s*\??$", "and the day before?"),
                         (r"^hag?\s+an\s+noz\s+a-raok\s*\??$", "and the night before?"),
                         (r"^an\s+emvod-se,\s*pegeit\s+e\s+padas\s*\??$", "and how long was that meeting?"),
                         (r"^hag?\s+(?:hiziv|today),?\s*betek\s+bremañ\s*\??$", "and today so far?"),
                         (r"^hag?\s+(" + _DAY[1:-1] + r"|" + _NAME[1:-1] + r"),?\s*ivez\s*\?$", r"and \1?")),
                        r"a-raok|ivez|betek\s+bremañ|emvod-se", least=1)


def from_breton(text: str) -> str:
    """``text`` with its Breton days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
