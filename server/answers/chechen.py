"""Chechen (Nokhchiyn mott) in Latin letters in an English question, put into English.

People in Grozny type Chechen inside English questions, in Latin letters, the palochka written "I" ("tIakha"). Its weekdays
("Orshot", "Shinara", "Qaara", "Eara", "Pereska", "Shot", "Kirande": Monday to Sunday) stand beside a date, dotted or slashed
("Orshot 01.12", "Orshot 1 December", "de Orshot (01.12)": the day Monday); "tahna" is today, "selhana" yesterday, "hokhu
kira" this week, "dakhadella kira" last week, "Orshot-ah dolalo" since Monday; a night is "buysa X" ("buysa Orshot
01.12-02.12", "buysa 1 December", "selhana buysa 30.11-01.12": last night). Those become English; a case ending a word took
("-ah", "-gah", "-na") goes. The phrases that carry what is asked ("masa saht nab yira" (how many hours did I sleep),
"delkhan yuurg ... michah diira" (where did I have lunch), "mila yara X-gah" (who was at X)) become English too, where two of
Chechen's own words say the question is in it.
"""

from __future__ import annotations

import re

from server.answers.word_tables import DOTTED_DATE as _DATE, ENGLISH_DAY as _DAY, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"orshot": "Monday", "shinara": "Tuesday", "qaara": "Wednesday", "eara": "Thursday", "pereska": "Friday",
             "shot": "Saturday", "kirande": "Sunday"}
_WD = r"((?-i:O)rshot|(?-i:S)hinara|(?-i:Q)aara|(?-i:E)ara|(?-i:P)ereska|(?-i:S)hot|(?-i:K)irande)"
_MEALS = {"uyrenan": "breakfast", "delkhan": "lunch", "suyrenan": "dinner"}
_MEAL = r"(uyrenan|delkhan|suyrenan)\s+yuurg"
_ENDING = r"(?:-(?:ah|gah|na|l))?"  # a case ending glued with a hyphen: "Orshot-ah", "Sprint planning-gah"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:buysa\s+" + _WD + r"\s+|(?-i:selhana)\s+buysa\s+)\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?" + _ENDING,
     lambda m: f"the night of {m[2]}"),
    (r"buysa\s+" + _WORDS_DATE + _ENDING, r"the night of \1"),
    (_WD + r"-ah\s+dolalo", lambda m: f"since {_day(m[1])}"),
    (r"dakhadella\s+kira(?:-l)?", "last week"), (r"hokhu\s+kira(?:\s+so)?", "this week"),
    (r"de(?=\s+" + _WD + r"\s*\(?\s*\d)", ""),
    (_WD + r"\s+" + _WORDS_DATE + _ENDING, lambda m: f"on {_day(m[1])} {m[2]}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:tahna)(?=\s*\(?\s*\d)", "today"), (r"(?-i:selhana)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"orshot|shinara|qaara|eara|pereska|shot|kirande|tahna|selhana|buysa|kira", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^tsunna\s+hyalkha\s+dolchu\s+de\s*\??$", "and the day before?"), (r"^tsunna\s+hyalkha\s+dolchu\s+buysa\s*\??$", "and the night before?"),
    (r"^i\s+meeting\s+mel\s+deha\s+dara\s*\??$", "and how long was that meeting?"),
    (r"^(?:tahna|today),?\s+hintsalc\s*\??$", "and today so far?"),
    # what someone said
    (_NAME + r"\s+suna\s+hun\s+kinshka\s+dyeshar\s+elira", r"which book did \1 recommend"),
    (_NAME + r"\s+suna\s+hun\s+kino\s+hyezhar\s+elira", r"which film did \1 recommend"),
    (_NAME + r"\s+suna\s+hun\s+podcast\s+ladogIa\s+elira", r"which podcast did \1 recommend"),
    (_NAME + r"\s+suna\s+hun\s+restaurant\s+dika\s+ala\s+elira", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite\s+michah\s+dakhira,?\s+hun\s+gala", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+kemanca\s+maca\s+ditsar\s+du", r"when does \1's flight land"),
    (_NAME + r"\s+kerla\s+zhalin\s+kiorni,?\s+tsunna\s+hun\s+tsie\s+du", r"what is the name of \1's new dog"),
    (_NAME + r"\s+(.{2,40}?)\s+launch\s+hun\s+date-na\s+dakhira", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+yoiyn\s+masa\s+sho\s+hir\s+du(?:\s+dina\s+de\s+tIekhya)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,40}?)\s+dIa\s+elcha\s+de,?\s*" + _MEAL + r"\s+hun\s+dara",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"(\d+(?:\.\d+)?\s*km)\s+(ran|cycled|swam|rode)\s+de,?\s*" + _MEAL + r"\s+hun\s+dara",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[2]} {m[1]}"),
    (r"(.{2,60}?)\s+dolchu\s+de\s+" + _MEAL + r"\s+michah\s+diira", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"(.{2,60}?)\s+tIakha\s+buysa\s+masa\s+saht\s+nab\s+yira", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^(.{2,100}?)\s+tIakha\s+meeting,?\s+mila\s+yara", r"who was at the meeting right after the \1"),
    # comparisons and habits
    (r"mulla\s+buysa\s+dukha\s+nab\s+yira,?\s+(.{2,60}?)\s+ya\s+(.{2,60}?)(?=\s*\?|$)", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"mulla\s+de\s+dukha\s+caffeine,?\s+(.{2,60}?)\s+ya\s+(.{2,60}?)(?=\s*\?|$)", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"mulla\s+workout\s+deha\s+dara,?\s+(.{2,60}?)\s+ya\s+(.{2,60}?)(?=\s*\?|$)", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+kofe\s+dukha\s+miira\s+as,?\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+tIakha\s+kofe\s+miicha,?\s+nab\s+kezig\s+hulu", r"do I sleep less after coffee at \1 or later"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+tIakha\s+suyrenan\s+yuurg\s+diicha,?\s+nab\s+kezig\s+hulu", r"do I sleep less after dinner at \1 or later"),
    (r"workout\s+dolchu\s+de\s+tIakha\s+nab\s+dukha\s+hulu", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+dolchu\s+deshkah\s+kofe\s+dukha\s+miiy\s+as", "do I drink more coffee on workout days than on rest days"),
    (r"(\d{2,4}\s*mg)\s+caffeine\s+ya\s+dukha\s+dolchu\s+de,?\s+nab\s+hun\s+hulu",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    # meetings
    (r"^mila\s+yara\s+(.{2,80}?)-gah\s+" + _DAY + r"(?=\s*[?,.!]|\s*$)", r"who was at the \1 meeting \2"),
    (r"masa\s+meeting\s+yara\s+suna", "how many meetings did I have"),
    (r"duhhara\s+meeting\s+maca\s+dolaelira", "what time did my first meeting start"),
    (r"^(.{2,120}?)\s+mel\s+deha\s+dara,?\s*minot-ash", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+(.{0,40}?),?\s*michah\s+(?:diira|dara)(?:\s+as)?", lambda m: f"where did I have {_meal(m[1])} {m[2]}"),
    (_MEAL + r",?\s+(.{0,40}?),?\s*hun\s+(?:diira|dara)(?:\s+as)?", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (r"nab\s+dika\s+yara\s+ya\s+vo\s+yara", "how well did I sleep, good or poor"),
    (r"masa\s+saht\s+nab\s+yira(?:\s+as)?", "how many hours did I sleep"), (r"so\s+maca\s+vizhira", "what time did I go to bed"),
    (r"so\s+maca\s+sama\s+vella", "what time did I wake up"),
    (r"so\s+hun\s+sport-ah\s+vyara", "what kind of workout did I do"),
    (r"^(.{2,100}?),?\s+sa\s+average\s+heart\s+rate\s+masa\s+dara", r"what was my average heart rate during the \1"),
    (r"bike-ah\s+masa\s+km\s+lelira", "how many km did I cycle"), (r"masa\s+km\s+idda(?:\s+as)?", "how many km did I run"),
    (r"masa\s+metre\s+neka(?:\s+as)?", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+masa\s+km", r"how many km of \1 in total"),
    (r"masa\s+workout\s+vyara", "how many workouts did I do"),
    (r"masa\s+kofe\s+miira(?:\s+as)?", "how many coffees did I drink"),
    (r"masa\s+mg\s+caffeine\s+hilla", "how much caffeine in mg"),
    (r"duhhara\s+kofe\s+maca\s+miira", "what time was my first coffee"),
    (r"tIakhara\s+kofe\s+maca\s+miira", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"masa|maca|mila|michah|yara|yira|dara|diira|nab|saht|yuurg|uyrenan|delkhan|suyrenan|kofe|miira|"
                           r"suna|elira|kinshka|dukha|mulla|deha|minot-ash|idda|neka|lelira|vyara|vella|vizhira|duhhara|"
                           r"tIakhara|tIakha|dolchu|buysa|tahna|selhana|tsunna|hyalkha|hulu|kezig|dakhira|kemanca|zhalin|tsie|"
                           r"yoiyn|hintsalc|dolaelira|hilla|dolalo", least=2)  # (not "ya", "de", "so", "hun": other languages' words too)
_FOLLOW_UPS = WordTable(((r"^([^?]{2,40}?)\s+hun\s*\?\s*$", r"and \1?"),), r"hun", least=1)  # "Shinara 09.12 hun?": and Tuesday?


def from_chechen(text: str) -> str:
    """``text`` with its Chechen days, and the Chechen phrases that say what is asked, put into English."""
    if "-ah" in text:
        text = re.sub(r"(?<=[\d)])-ah(?![\w-])|(?<=\btoday)-ah(?![\w-])|(?<=\byesterday)-ah(?![\w-])", "", text)  # "07.12-ah": of 07.12
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
