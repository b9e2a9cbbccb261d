"""Pitjantjatjara in an English question, put into English.

People near Uluru mix Pitjantjatjara into English questions. Its weekdays, borrowed from English ("Mantei", "Tjuuntei",
"Wantitei", "Tjatatei", "Palaitei", "Tjatitei", "Tjantei": Monday to Sunday), stand before a slashed date, alone, with the
locative "-ngka" (on) or after "tjintu" (day) ("Tjuunteingka 13/01": on Tuesday the 13th), or after "tjintu" and before a
comma and a date in words ("tjintu Tjuuntei, 13 January"); "kuwari" (now) before a slashed date is today, "yesterday" may
stand before a weekday and its date, and "Mantei-nguru" is since Monday; a night is "mungangka Tjuuntei 13/01 ka 14/01" (at
night), "munga 13 January" or "munga yesterday, 13/01 ka 14/01" (last night). Those become English. The phrases that carry
what is asked ("yaaltjitu hours ngarinu" (how many hours did I sleep), "tjintungka mai yaaltji" (where was lunch), "ngana
tjuta there X" (who was at the X meeting)) become English too, where two of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, LEADING_DAY as _LEADING_DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"mantei": "Monday", "tjuuntei": "Tuesday", "wantitei": "Wednesday", "tjatatei": "Thursday", "palaitei": "Friday",
             "tjatitei": "Saturday", "tjantei": "Sunday"}
_WD = r"((?-i:M)antei|(?-i:T)juuntei|(?-i:W)antitei|(?-i:T)jatatei|(?-i:P)alaitei|(?-i:T)jatitei|(?-i:T)jantei)"
_MEAL = r"(mungawinki|tjintungka|mungartji)\s+mai"
_MEALS = {"mungawinki": "breakfast", "tjintungka": "lunch", "mungartji": "dinner"}
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"mungangka\s+" + _WD + r"\s+(" + _DATE + r")(?:\s+ka\s+" + _DATE + r")?", r"the night of \2"),
    (r"munga\s+" + _WORDS_DATE, r"the night of \1"),
    (r"munga\s+yesterday,?\s+(" + _DATE + r")(?:\s+ka\s+" + _DATE + r")?", r"the night of \1"),
    (r"(?-i:M)antei-nguru", "since Monday"), (r"last\s+week-nguru", "than last week"),
    (r"tjintu\s+" + _WD + r",\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (r"(?:tjintu\s+" + _WD + r"|" + _WD + r"(?:ngka)?)(?=\s+" + _DATE + r")", "on"),
    (r"(?<=yesterday\s)on\s+(?=" + _DATE + r")", ""),  # "yesterday Tjantei 01/02": yesterday, its weekday and its date
    (r"(?-i:kuwari)(?=\s+\d)", "today"),
)
_DAYS = WordTable(_DAY_RULES, r"mantei|tjuuntei|wantitei|tjatatei|palaitei|tjatitei|tjantei|\w+eingka|kuwari|munga|mungangka|"
                              r"mantei-nguru|week-nguru", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+wangkangu\s+book\s+palya,?\s+nyaa\s+book", r"which book did \1 recommend"),
    (_NAME + r"\s+wangkangu\s+film(?:\s+nyaa\s+ngayulu\s+nyakunytjaku)?", r"which film did \1 recommend"),
    (_NAME + r"\s+podcast\s+wangkangu(?:,?\s+nyaa\s+one)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+restaurant\s+palya\s+wangkangu(?:,?\s+nyaa\s+name)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite\s+shifted(?:,?\s+yaaltji\s+town(?:\s+kuwari)?)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+plane\s+yaaltjitu\s+hour\s+landing", r"when does \1's flight land"),
    (_NAME + r"\s+papa\s+tjitji\s+new(?:,?\s+nyaa\s+name)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+(.{2,40}?)\s+launch\s+shifted(?:,?\s+yaaltji\s+date(?:\s+kuwari)?)?", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+kungka\s+tjitji\s+birthday\s+next(?:,?\s+yaaltjitu\s+years)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,60}?)\s+wangkangu\s+tjintu,?\s+" + _MEAL + r"\s+nyaa", lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode)\s+tjintu,?\s+" + _MEAL + r"\s+nyaa",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[2]} {m[1]} km"),
    (r"^(.{2,60}?)\s+tjintu,?\s+" + _MEAL + r"\s+yaaltji", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"^(.{2,60}?)\s+palula,?\s+munga\s+yaaltjitu\s+hours\s+ngarinu", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r",?\s+(.{2,100}?)\s+palula,?\s+meeting\s+ngana\s+tjuta", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"munga\s+nyaa\s+ngarinu\s+tjuta,?\s+(.{2,60}?)\s+or\s+(.{2,60}?)(?=\s*\?|$)", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"tjintu\s+nyaa\s+caffeine\s+tjuta,?\s+(.{2,60}?)\s+or\s+(.{2,60}?)(?=\s*\?|$)", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"exercise\s+minutes\s+tjuta\s+tjintu\s+nyaa,?\s+(.{2,60}?)\s+or\s+(.{2,60}?)(?=\s*\?|$)",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+coffee\s+tjuta,?\s+than\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"coffee\s+last\s+one\s+" + _TIME + r"\s+or\s+later,?\s+ngarinyi\s+(?:wiya|short)", r"do I sleep less after coffee at \1 or later"),
    (r"mungartji\s+mai\s+" + _TIME + r"\s+or\s+later,?\s+ngarinyi\s+(?:wiya|short)", r"do I sleep less after dinner at \1 or later"),
    (r"caffeine\s+(\d{2,4})\s*mg\s+or\s+more\s+tjintu,?\s+ngarinyi\s+palya",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"exercise\s+tjintu,?\s+ngarinyi\s+tjuta", "do I sleep longer after workout days than after rest days"),
    (r"exercise\s+tjintu,?\s+coffee\s+tjuta", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"ngana\s+tjuta\s+there\s+(.{2,80}?)\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"who was at the \1 meeting \2"),
    (r"heart\s+beat\s+average\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+yaaltjitu", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,100}?)\s+" + _ASKED_DAY + r"\s+yaaltjitu\s+minutes", r"how many minutes did the \1 \2 last"),
    (r"meeting\s+kutju,?\s+yaaltjitu\s+time\s+start", "what time did my first meeting start"),
    (r"meeting\s+yaaltjitu(?=\s*\?|$)", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"(?:^|(?<=\s))" + _MEAL + r"\s+nyaa(?:\s+ngayulu)?\s+ngalkunu", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"^" + _MEAL + r"\s+(.{2,50}?),?\s+nyaa(?=\s*\?|$)", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (_MEAL + r"\s+yaaltji(?:\s+ngalkunu)?", lambda m: f"where did I have {_meal(m[1])}"),
    (r"ngarinu\s+palya\s+or\s+kura", "how well did I sleep, good or poor"), (r"yaaltjitu\s+hours\s+ngarinu", "how many hours did I sleep"),
    (r"yaaltjitu\s+time\s+ngarinu", "what time did I go to bed"), (r"yaaltjitu\s+time\s+paka[ṉn]u", "what time did I wake up"),
    (r"nyaa\s+exercise\s+ngayulu", "what kind of workout did I do"),
    (r"bike-ngka\s+yaaltjitu\s+km", "how many km did I cycle"), (r"yaaltjitu\s+km\s+wirtjapakanu", "how many km did I run"),
    (r"kapingka\s+yaaltjitu\s+metres(?:\s+swim)?", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+yaaltjitu\s+km", r"how many km of \1 in total"),
    (r"exercise\s+yaaltjitu\s+times", "how many workouts did I do"),
    (r"coffee\s+yaaltjitu\s+cups", "how many coffees did I drink"), (r"caffeine\s+mg\s+tjuta,?\s+yaaltjitu", "how much caffeine in mg"),
    (r"coffee\s+kutju,?\s+yaaltjitu\s+time", "what time was my first coffee"), (r"coffee\s+last\s+one,?\s+nyaa\s+time", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"nyaa|yaaltji|yaaltjitu|ngana|wangkangu|ngarinu|ngarinyi|mai|mungawinki|tjintungka|mungartji|ngalkunu|"
                           r"tjuta|kutju|palula|tjintu|munga|wirtjapakanu|kapingka|bike-ngka|paka[ṉn]u|palya|kura|wiya|tjitji|"
                           r"kungka|papa|ngayulu|nyakunytjaku|\w+-nguru", least=2)
_FOLLOW_UPS = WordTable(((r"^tjintu\s+kutjupa,?\s+before\s*\??$", "and the day before?"),
                         (r"^munga\s+kutjupa,?\s+before\s*\??$", "and the night before?"),
                         (r"^meeting\s+palatja\s+yaaltjitu\s+minutes\s*\??$", "and how long was that meeting?"),
                         (r"^(?:kuwari|today)\s+palu,?\s+until\s+now\s*\??$", "and today so far?"),
                         (r"^([^?]{2,40}?)\s+palu\s*\??$", r"and \1?")),
                        r"kutjupa|palatja|palu", least=1)


def from_pitjantjatjara(text: str) -> str:
    """``text`` with its Pitjantjatjara days, and the Pitjantjatjara phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
