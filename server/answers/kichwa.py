"""Kichwa (Ecuadorian Quichua, of the Quechuan family), in the unified alphabet, mixed into English questions typed in
lower case, put into English.

The weekdays ("Killachaw", "Atichaw", "Quyllurchaw", "Illapachaw", "Chaskachaw", "Kuychichaw", "Intichaw": Monday to
Sunday) stand before a day-first date ("Killachaw 18/05/2037"), or with "punlla" (day) and a comma before it ("Killachaw
punlla, 18/5/2037"); "kunan punlla" (today) stands before a date in brackets and "kayna" (yesterday) before a weekday in
brackets; a night is "tuta" between the weekday and the date ("Killachaw tuta 18/05/2037"), the date with "tutapi" (at
night) and its weekday in brackets, or "kayna tuta" (last night) with a date; "kay hunkay" is this week and "ñawpa hunkay"
the week before. Those become English. The phrases that carry what is asked ("mashna horastak puñurkani" (how many hours
did I sleep), "lunch maypitak mikurkani" (where did I eat lunch), "X-pi pikunatak karka" (who were at X)), with the
endings glued to an English word by a hyphen ("Grace-pak", "Design review-pi", "yesterday-chu"), become English too,
where two of its own words say the question is in it; a remark after the question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, by_meal, remark_after

_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"(?:Killachaw|Atichaw|Quyllurchaw|Illapachaw|Chaskachaw|Kuychichaw|Intichaw)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _DATE + r")?|the\s+night\s+of\s+" + _DATE + r"|last\s+night)"
"""A day once put into English ("on 18/05/2037", "today", "the night of 18/05/2037"): a group."""
_MEAL = {"tutamanta": "breakfast", "chawpi punlla": "lunch", "chishi": "dinner", "breakfast": "breakfast", "lunch": "lunch",
         "dinner": "dinner"}

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"kayna\s+tuta\s+\((" + _DATE + r")\)", "last night"),
    (_WD + r"\s+tuta\s+(" + _DATE + r")", r"the night of \1"),
    (r"(" + _DATE + r")\s+tutapi\s+\(" + _WD + r"\)", r"the night of \1"),
    (r"kay\s+hunkay", "this week"), (r"ñawpa\s+hunkay(?:manta)?", "last week"),
    (_ON + r"kayna\s+\(" + _WD + r"\)", "yesterday"),
    (_ON + r"kunan\s+punlla\s+\(" + _DATE + r"\)", "today"),
    (_ON + _WD + r"\s+punlla,?\s+(" + _DATE + r")", r"on \1"),
    (_ON + _WD + r"\s+(" + _DATE + r")", r"on \1"),
    (r"^(.{2,60}?)-chu\s+(.{2,60}?)-chu,", r"\1 or \2,"),
    (r"^(yesterday|today|on\s+" + _DATE + r"|the\s+night\s+of\s+" + _DATE + r"|last\s+night)-pash\s*\?", r"and \1?"),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|tuta|tutapi|kunan|kayna|hunkay|[\w/]+-chu", least=1)


def _meal(index: int, english: str) -> object:
    return by_meal(_MEAL, index, english)


_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+nirka\s+chay\s+kamu,?\s+imatak\s+shutin", r"which book did \1 recommend"),
    (_NAME + r"\s+rikuy\s+nirka\s+film,?\s+imatak", r"which film did \1 recommend"),
    (_NAME + r"\s+uyay\s+nirka\s+podcast,?\s+imatak", r"which podcast did \1 recommend"),
    (_NAME + r"\s+alli\s+nirka\s+mikuna\s+wasi,?\s+maypitak", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+nirka\s+offsite\s+kunanka\s+maypitak", r"where is the offsite now, according to \1"),
    (_NAME + r"-pak\s+flight\s+ima\s+horastak\s+chayamunka", r"when does \1's flight land"),
    (_NAME + r"-pak\s+allku,?\s+imatak\s+shutin", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch\s+" + _NAME + r"\s+nirka,?\s+kunanka\s+ima\s+punllatak", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"-pak\s+ushushi\s+birthday\s+kipa\s+mashna\s+watatak\s+kanka", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode|walked)\s+punlla\s+(dinner|lunch|breakfast)\s+imatak\s+mikurkani",
     _meal(3, "what did I eat for {meal} on the day I {g2} {g1} km")),
    (_NAME + r"\s+(.{2,60}?)-manta\s+rimarka\s+punlla\s+(dinner|lunch|breakfast)\s+imatak\s+mikurkani",
     _meal(3, "what did I eat for {meal} on the day {g1} mentioned {g2}")),
    (r"^(.{2,60}?)\s+karka\s+punlla\s+lunch\s+maypitak\s+mikurkani", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+kipa\s+chay\s+tuta\s+mashna\s+horastak\s+puñurkani", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r"\s+(.{2,100}?)\s+kipa\s+shamuk\s+tantanakuypi\s+pikunatak\s+karka", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+maykan\s+tutapitak\s+ashtawan\s+puñurkani",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"this\s+week\s+ashtawan\s+coffee\s+upyarkanichu\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+maykan\s+punllapitak\s+ashtawan\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+maykan\s+punllapitak\s+workout\s+ashtawan\s+unay",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+kipa\s+coffee\s+upyakpi,?\s+ashalla\s+puñunichu", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+kipa\s+dinner\s+mikukpi,?\s+ashalla\s+puñunichu", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+or\s+ashtawan\s+upyashka\s+punllapi,?\s+chay\s+tuta\s+ashalla\s+puñunichu",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+rurashka\s+punllakunapi,?\s+chay\s+tuta\s+ashtawan\s+puñunichu", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+punllakunapi\s+ashtawan\s+coffee\s+upyanichu", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^" + _DAY + r"\s+(.{2,80}?)-pi\s+pikunatak\s+karka", r"who was at the \2 meeting \1"),
    (r"^" + _DAY + r"\s+(.{2,100}?)-pi\s+heart\s+rate\s+average\s+mashnatak\s+karka", r"what was my average heart rate during the \2 \1"),
    (r"^" + _DAY + r"\s+((?:run|ride|swim|yoga|climb)\b.{2,100}?)\s+mashna\s+minutostak\s+karka", r"how many minutes did the \2 \1 last"),
    (r"^" + _DAY + r"\s+(.{2,80}?)\s+mashna\s+minutostak\s+karka", r"how many minutes was the \2 meeting \1"),
    (r"this\s+week\s+(\w+?)(?:ing)?\s+mashna\s+km\s*\?\s*Killachawmanta(?:\s+kunankama)?",
     lambda m: f"how many km did I {dict(runn='run', cycl='cycle', swimm='swim').get(m[1].lower(), m[1])} this week?"),
    (r"this\s+week\s+mashna\s+workouttak\s+rurarkani\s*\?\s*Killachawmanta(?:\s+kunankama)?", "how many workouts did I do this week?"),
    (r"kallarik\s+tantanakuy\s+ima\s+horastak\s+kallarirka", "what time did my first meeting start"),
    (r"mashna\s+tantanakuytak\s+karka", "how many meetings did I have"),
    (r"chay\s+tantanakuy\s+mashna\s+minutostak\s+karka", "and how long was that meeting"),
    # meals, sleep, workouts, coffee
    (r"(tutamanta|chawpi\s+punlla|chishi)(?:\s+(?:lunch|dinner|breakfast))?\s+imatak\s+mikurkani",
     lambda m: f"what did I eat for {_MEAL[' '.join(m[1].lower().split())]}"),
    (r"(lunch|dinner|breakfast)\s+maypitak\s+mikurkani", _meal(1, "where did I have {meal}")),
    (r"ima\s+workouttak\s+rurarkani", "what kind of workout did I do"),
    (r"alli\s+puñurkanichu\s*\?\s*or\s+mana\s+alli", "how well did I sleep, good or poor?"),
    (r"mashna\s+horastak\s+puñurkani", "how many hours did I sleep"),
    (r"ima\s+horastak\s+puñunaman\s+rirkani", "what time did I go to bed"), (r"ima\s+horastak\s+rikcharirkani", "what time did I wake up"),
    (r"bicicletawan\s+mashna\s+km", "how many km did I cycle"), (r"mashna\s+km\s+kallparkani", "how many km did I run"),
    (r"mashna\s+metrostak\s+waytarkani", "how far did I swim"),
    (r"mashna\s+coffeetak\s+upyarkani", "how many coffees did I drink"), (r"caffeine\s+mg\s+tukuy\s+mashnatak", "how much caffeine in mg"),
    (r"kallarik\s+coffee\s+ima\s+horastak", "what time was my first coffee"),
    (r"puchukak\s+coffee\s+ima\s+horastak\s+upyarkani", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"nirka|chay|kamu|imatak|shutin|rikuy|uyay|alli|mikuna|wasi|maypitak|kunanka|ima|horastak|chayamunka|-pak|"
                           r"allku|punllatak|ushushi|kipa|mashna|watatak|kanka|punlla|mikurkani|rimarka|karka|tuta|puñurkani|shamuk|"
                           r"tantanakuypi|pikunatak|maykan|tutapitak|ashtawan|upyarkanichu|punllapitak|unay|upyakpi|ashalla|puñunichu|"
                           r"mikukpi|upyashka|punllapi|rurashka|punllakunapi|upyanichu|mashnatak|minutostak|Killachawmanta|"
                           r"workouttak|rurarkani|kallarik|tantanakuy|kallarirka|tantanakuytak|tutamanta|chishi|puñurkanichu|"
                           r"puñunaman|rirkani|rikcharirkani|bicicletawan|kallparkani|metrostak|waytarkani|coffeetak|upyarkani|tukuy|"
                           r"puchukak",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^shuk\s+punlla\s+ñawpaman\s*\??$", "and the day before?"),
                         (r"^shuk\s+tuta\s+ñawpaman\s*\??$", "and the night before?"),
                         (r"^(?:kunan\s+punlla|today)ka\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"-pash\s*\?$", r"and \1?")),
                        r"ñawpaman|punllaka|todayka|[\w'’]+-pash", least=1)


def from_kichwa(text: str) -> str:
    """``text`` with its Kichwa days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
