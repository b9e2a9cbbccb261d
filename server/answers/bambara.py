"""Bambara in an English question, put into English.

People in Mali write the days of their calendar in English questions: its weekdays ("ntɛnɛn", "tarata", "araba", "alamisa",
"juma", "sibiri", "kari") beside a date ("araba (06/08)"), its months with "kalo" (month) joined to them, then "tile" (day)
and the day's number ("utikalo tile 6": 6 August), with "san" (year) and the year before them; "bi" (today), "kunu"
(yesterday), "kunasini" (the day before yesterday), "nin dɔgɔkun in" (this week), "kabini ntɛnɛn" (since Monday); nights
named by the day they start on and "sufɛ" (at night): "araba sufɛ (06/08-07/08)", "utikalo tile 6 sufɛ". Those become
English. The phrases that carry what is asked ("X ɲɔgɔnye ... jɔn ni jɔn tun bɛ yen" (who was at the X meeting), "n ye mun
dun" (what did I eat), "n sunɔgɔra lɛrɛ joli" (how many hours did I sleep)) become English too, where at least two of
Bambara's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"ntɛnɛn": "Monday", "tarata": "Tuesday", "araba": "Wednesday", "alamisa": "Thursday", "juma": "Friday",
             "sibiri": "Saturday", "kari": "Sunday"}
_WD = "(" + "|".join(_WEEKDAYS) + ")"
_MONTHS = {"zanwuye": "January", "feburuye": "February", "marisi": "March", "awirili": "April", "mɛ": "May", "zuwɛn": "June",
           "zuluye": "July", "uti": "August", "sɛtanburu": "September", "ɔkutɔburu": "October", "nowanburu": "November",
           "desanburu": "December"}
_MONTH = "(" + "|".join(_MONTHS) + ")kalo"
_DATE = r"\d{1,2}/\d{1,2}"
_MEALS = {"sɔgɔmadaraka": "breakfast", "tilelafana": "lunch", "surɔfana": "dinner"}
_MEAL = "(" + "|".join(_MEALS) + ")"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _date(month: str, day: str, year: str | None = None) -> str:
    return f"{int(day)} {_MONTHS[month.lower()]}" + (f" {year}" if year else "")


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+)?sufɛ\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"kunu\s+sufɛ", "last night"),
    (r"(?:" + _WD + r"\s+)?" + _MONTH + r"\s+tile\s+(\d{1,2})\s+sufɛ", lambda m: f"the night of {_date(m[2], m[3])}"),
    (r"(?:" + _WD + r"\s+)?san\s+(\d{4})\s+" + _MONTH + r"\s+tile\s+(\d{1,2})", lambda m: f"on {_date(m[3], m[4], m[2])}"),
    (r"(?:" + _WD + r"\s+)?" + _MONTH + r"\s+tile\s+(\d{1,2})", lambda m: f"on {_date(m[2], m[3])}"),
    (_WD + r"\s+sufɛ", lambda m: f"{_day(m[1])} night"),
    (r"kabini\s+" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD + r"(?=\s+(?:n\s|ni\s|caffeine|\d))", lambda m: f"on {_day(m[1])}"),
    (r"kunasini(?=\s*\(\s*" + _DATE + r"\s*\))", "on"), (r"kunasini", "the day before yesterday"), (r"kunu", "yesterday"), (r"bi(?=\s*(?:\(|n\s|ni\s|caffeine|dun\b))", "today"),
    (r"nin\s+dɔgɔkun\s+in", "this week"), (r"dɔgɔkun\s+tɛmɛnen(?:\s+ta)?", "last week"),
)
_DAYS = WordTable(_DAY_RULES, r"\w+kalo|sufɛ|kunu|kunasini|dɔgɔkun|kabini|" + _WD, least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^a\s+ɲɛ\s+don\s+dun", "and the day before"), (r"^a\s+ɲɛ\s+su\s+dun", "and the night before"),
    (r"^(today|yesterday|bi|kunu)\s+dun\??\s*ka\s+se\s+sisan\s+ma\s+joli", lambda m: "and today so far" if m[1] in ("today", "bi") else "and yesterday"),
    (r"^" + _NAME + r"\s+dun\??\s*(?:ɲininkali\s+kelen)?", r"and \1?"),
    # what someone said
    (r"gafe\s+min\s+" + _NAME + r"\s+ko\s+n\s+ka\s+kalan,?\s*a\s+tɔgɔ\s+ye\s+di", r"which book did \1 recommend"),
    (r"podcast\s+jumɛn\s+" + _NAME + r"\s+ko\s+n\s+ka\s+lamɛn", r"which podcast did \1 recommend"),
    (r"film\s+jumɛn\s+" + _NAME + r"\s+ko\s+n\s+ka\s+filɛ", r"which film did \1 recommend"),
    (_NAME + r"\s+ko\s+offsite\s+taara\s+dugu\s+jumɛn\s+na\s+sisan", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+ko\s+(.{2,30}?)\s+launch\s+bɛna\s+kɛ\s+don\s+jumɛn\s+sisan", r"what is the new date of the \2 launch according to \1"),
    # days named by what happened
    (r"don\s+min\s+" + _NAME + r"\s+ye\s+(.{2,40}?)\s+kofɔ,?\s*o\s+don\s+n\s+ye\s+mun\s+dun\s+" + _MEAL + r"\s+la",
     lambda m: f"what did I eat for {_MEALS[m[3]]} on the day {m[1]} mentioned {m[2]}"),
    (r"don\s+min\s+na\s+((?:i|I)\s+.{2,30}?),?\s*o\s+don\s+" + _MEAL + r",?\s*n\s+ye\s+mun\s+dun",
     lambda m: f"what did I eat for {_MEALS[m[2]]} on the day {m[1]}"),
    (r"(.{2,60}?)\s+ɲɔgɔnye\s+don,?\s*n\s+ye\s+" + _MEAL + r"\s+dun\s+min", lambda m: f"where did I have {_MEALS[m[2]]} on the day of the {m[1]} meeting"),
    (r"(.{2,60}?)\s+ɲɔgɔnye\s+kɔ\s+sufɛ,?\s*n\s+sunɔgɔra\s+lɛrɛ\s+joli", r"how many hours did I sleep the night after the \1 meeting"),
    (r"(.{2,80}?)\s+kɔ,?\s*next\s+meeting\s+la\s+jɔn\s+ni\s+jɔn\s+tun\s+bɛ\s+yen", r"who was at the meeting right after the \1"),
    # meetings
    (r"(.{2,60}?)\s+(?:meeting|ɲɔgɔnye)\s+(.{0,40}?),?\s*jɔn\s+ni\s+jɔn\s+tun\s+bɛ\s+yen", r"who was at the \1 meeting \2"),
    (r"(.{2,60}?)\s+ɲɔgɔnye\s+(.{0,40}?)\s*mɛnna\s+miniti\s+joli", r"how many minutes was the \1 meeting \2"),
    (r"ɲɔgɔnye\s+fɔlɔ\s+daminɛna\s+waati\s+jumɛn", "what time did my first meeting start"),
    (r"n\s+ye\s+ɲɔgɔnye\s+joli\s+kɛ", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"n\s+ye\s+mun\s+dun\s+" + _MEAL + r"\s+la", lambda m: f"what did I eat for {_MEALS[m[1]]}"),
    (r"n\s+ye\s+" + _MEAL + r"\s+dun\s+min", lambda m: f"where did I have {_MEALS[m[1]]}"),
    (r"(lunch|dinner|breakfast)\s+(.{2,40}?),?\s*n\s+ye\s+mun\s+dun", r"what did I eat for \1 \2"),
    (r"n\s+sunɔgɔra\s+lɛrɛ\s+joli", "how many hours did I sleep"), (r"n\s+dara\s+waati\s+jumɛn", "what time did I go to bed"),
    (r"n\s+wulila\s+waati\s+jumɛn", "what time did I wake up"),
    (r"n\s+bolila\s+kilomɛtɛrɛ\s+joli", "how many km did I run"),
    (r"n\s+ye\s+swim\s+kɛ,?\s*distance\s+tun\s+ye\s+joli\s+ye", "how far did I swim"),
    (r"(cycling|running|swimming)\s+km\s+joli\s+bɛ\s+n\s+bolo", r"how many km of \1 in total"),
    (r"n\s+ye\s+kafe\s+fɔlɔ\s+min\s+waati\s+jumɛn", "what time was my first coffee"),
    (r"n\s+ye\s+kafe\s+joli\s+min", "how many cups of coffee did I drink"),
    (r"caffeine\s+bɛɛ\s+lajɛlen\s+ye\s+mg\s+joli\s+ye", "how much caffeine in mg"),
    # comparisons and habits
    (r"^(.{2,40}?)\s+ni\s+(.{2,40}?),\s*don\s+jumɛn\s+caffeine\s+ka\s+ca\??\s*mg\s+joli,?\s*a\s+fila\s+bɛɛ",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,40}?)\s+ni\s+(.{2,40}?),\s*su\s+jumɛn\s+n\s+sunɔgɔra\s+ka\s+jan", r"which night did I sleep longer, \1 or \2"),
    (r"^workout\s+(.{2,40}?)\s+ni\s+workout\s+(.{2,40}?),\s*jumɛn\s+mɛnna\s+ka\s+tɛmɛ\??\s*miniti\s+a\s+fila\s+bɛɛ",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^today,?\s*n\s+ka\s+kafe\s+ka\s+ca\s+ni\s+last\s+week\s+ye\s+wa,?\s*walima\s+a\s+ka\s+dɔgɔ|"
     r"^this\s+week,?\s*n\s+ka\s+kafe\s+ka\s+ca\s+ni\s+last\s+week\s+ye\s+wa,?\s*walima\s+a\s+ka\s+dɔgɔ",
     "do I drink more coffee this week than last week or less"),
    (r"workout\s+don\s+kɔfɛ,?\s*n\s+bɛ\s+sunɔgɔ\s+ka\s+jan\s+ni\s+rest\s+day\s+kɔfɛ\s+wa", "do I sleep more after workout days than after rest days"),
    (r"workout\s+don,?\s*n\s+bɛ\s+kafe\s+min\s+ka\s+tɛmɛ\s+rest\s+day\s+kan\s+wa", "do I drink more coffee on workout days than on rest days"),
    (r"don\s+minnu\s+n\s+ye\s+surɔfana\s+dun\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+walima\s+o\s+kɔfɛ,?\s*n\s+sunɔgɔ\s+bɛ\s+surunya\s+wa",
     r"do I sleep less after dinner at \1 or later"),
    (r"don\s+minnu\s+caffeine\s+sera\s+(\d{2,4}\s*mg)\s+walima\s+ka\s+tɛmɛ,?\s*o\s+su\s+nata,?\s*n\s+sunɔgɔ\s+bɛ\s+cogo\s+di\s+ni\s+su\s+tɔw\s+ye",
     r"how do I sleep after days of \1 of caffeine or more compared to other days"),
    remark_after(("and", "or", "with")),  # "... ? n hakili t'a la tugun": a remark after the question
)
_TABLE = WordTable(_ASKED, r"jɔn|ɲɔgɔnye|dun|joli|jumɛn|sunɔgɔra|sunɔgɔ|lɛrɛ|waati|kafe|min|ye|ko|ka|ni|bɛ|tun|yen|kɔ|"
                           r"sufɛ|miniti|mɛnna|fɔlɔ|daminɛna|dara|wulila|bolila|kilomɛtɛrɛ|distance|bolo|lajɛlen|bɛɛ|fila|ca|"
                           r"kofɔ|gafe|kalan|tɔgɔ|lamɛn|dugu|sisan|taara|don|minnu|walima|surunya|cogo|tɔw|ɲɛ|ɲininkali|kelen|"
                           r"sɔgɔmadaraka|tilelafana|surɔfana|hakili|tugun|wa|dɔgɔ", least=3)


def from_bambara(text: str) -> str:
    """``text`` with its Bambara days, and the Bambara phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
