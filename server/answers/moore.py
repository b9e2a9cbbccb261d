"""Mooré (the language of the Mossi, in Burkina Faso) in an English question, put into English.

People in Ouagadougou type Mooré inside English questions, with its open vowels or without them ("yʋʋngo" or "yuungo",
"rɩɩbo" or "riibo"). Its weekdays, taken from Arabic ("Tene", "Talato", "Arba", "Lamusa", "Arzuma", "Sibri", "Hadre":
Monday to Sunday), stand beside a date ("Tene 17/11", "Tene 17 November", "rasem Tene (17/11)": the day Monday); "rũndã" is
today, "zaame" yesterday, "semaine kãnga" this week, "semaine sẽn loogã" last week, "sɛɛ Tene" since Monday; a night is
"X yʋʋngo" after the day it starts on ("Tene yʋʋngo 17/11-18/11", "yʋʋngo 17 November", "zaame yʋʋngo 21/11-22/11"). Those
become English. The phrases that carry what is asked ("m gõe wakat wãna" (how long did I sleep), "wĩntoog rɩɩbo ... m rɩ
be" (where did I have lunch), "lagm-n-taaga wãna" (how many meetings)) become English too, where two of Mooré's own words
say the question is in it.
"""

from __future__ import annotations

import re

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_OPEN = {"ʋ": "[ʋu]", "ɩ": "[ɩi]", "ɛ": "[ɛe]", "ã": "[ãa]", "ẽ": "[ẽe]", "ĩ": "[ĩi]", "õ": "[õo]", "ũ": "[ũu]"}


def _m(pattern: str) -> str:
    """``pattern`` with each of Mooré's marked vowels matching its plain letter too ("yʋʋngo" as "yuungo")."""
    return "".join(_OPEN.get(char, char) for char in pattern)


_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"tene": "Monday", "talato": "Tuesday", "arba": "Wednesday", "lamusa": "Thursday", "arzuma": "Friday",
             "sibri": "Saturday", "hadre": "Sunday"}
_WD = r"((?-i:T)ene|(?-i:T)alato|(?-i:A)rba|(?-i:L)amusa|(?-i:A)rzuma|(?-i:S)ibri|(?-i:H)adre)"
_MEAL = _m(r"(yibeoog|wĩntoog|zaabr)\s+rɩɩbo")
_HOW_MANY = _m(r"wãna")
_WHEN = _m(r"wakat\s+bʋgo")


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    """The meal a Mooré word names: "yibeoog" (morning) breakfast, "wĩntoog" (midday) lunch, "zaabr" (evening) dinner."""
    return {"y": "breakfast", "w": "lunch"}.get(word[:1].lower(), "dinner")


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+|(?-i:zaame)\s+)?" + _m(r"yʋʋngo") + r"\s+\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", r"the night of \2"),
    (_m(r"yʋʋngo\s+") + _WORDS_DATE, r"the night of \1"),
    (_m(r"sɛɛ\s+") + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (_m(r"semaine\s+sẽn\s+loogã?"), "last week"), (_m(r"semaine\s+kãnga(?:\s+pʋgẽ)?"), "this week"),
    (r"rasem(?=\s+" + _WD + r")", ""),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (_m(r"(?-i:rũndã)(?=\s*\(?\s*\d)"), "today"), (r"(?-i:zaame)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, _m(r"tene|talato|arba|lamusa|arzuma|sibri|hadre|rũndã|zaame|yʋʋngo|rasem|sɛɛ|semaine"), least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (_m(r"^rasem\s+a\s+taoore(?:\s+wã)?\s*\??$"), "and the day before?"), (_m(r"^yʋʋngo\s+a\s+taoore(?:\s+wã)?\s*\??$"), "and the night before?"),
    (_m(r"^lagm-n-taag\s+wã\s+kao\s+minute\s+wãna\s*\??$"), "and how long was that meeting?"),
    (_m(r"^(?:rũndã|today)\s+me,?\s+hal\s+masã\s*\??$"), "and today so far?"),
    # what someone said
    (_m(r"sebr\s+ya\s+bõe\s+la\s+") + _NAME + _m(r"\s+yeel\s+tɩ\s+m\s+karem"), r"which book did \1 recommend"),
    (_m(r"film\s+ya\s+bõe\s+la\s+") + _NAME + _m(r"\s+yeel\s+tɩ\s+m\s+ges"), r"which film did \1 recommend"),
    (_m(r"podcast\s+ya\s+bõe\s+la\s+") + _NAME + _m(r"\s+yeel\s+tɩ\s+m\s+kelg"), r"which podcast did \1 recommend"),
    (_m(r"restaurant\s+ya\s+bõe\s+la\s+") + _NAME + _m(r"\s+(?:pẽgd(?:\s+wʋsgo)?|yeel\s+tɩ\s+m\s+rɩ)"), r"which restaurant did \1 recommend"),
    (_NAME + _m(r"\s+yeel\s+tɩ\s+offsite\s+wã\s+tees\s+ne\s+tẽng\s+ya\s+bõe"), r"where is the offsite now, according to \1"),
    (_NAME + _m(r"\s+avion\s+wã\s+na\s+n\s+tʋʋg\s+") + _WHEN, r"when does \1's flight land"),
    (_NAME + _m(r"\s+baag\s+bilf\s+wã,?\s+a\s+yʋʋr\s+la\s+bõe"), r"what is the name of \1's new dog"),
    (_NAME + _m(r"\s+yeel\s+tɩ\s+(.{2,40}?)\s+launch\s+wã\s+kẽed\s+rasem\s+ya\s+bõe"), r"what is the new date of the \2 launch according to \1"),
    (_NAME + _m(r"\s+bi-?puglã\s+na\s+n\s+ta\s+yʋʋm\s+") + _HOW_MANY + _m(r"(?:\s+a\s+rogem\s+daarã)?"), r"how old will \1's daughter turn"),
    # days named by what happened
    (_m(r"rasem\s+ning\s+") + _NAME + _m(r"\s+sẽn\s+gom\s+(.{2,40}?)\s+yell(?:\s+wã)?,?\s*") + _MEAL + _m(r"\s+ya\s+bõe"),
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (_m(r"rasem\s+ning\s+m\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km)(?:\s+wã)?,?\s*") + _MEAL + _m(r"\s+ya\s+bõe"),
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]}"),
    (_m(r"(.{2,60}?)\s+rasem\s+wã,?\s*") + _MEAL + _m(r"\s+m\s+rɩ\s+be"), lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (_m(r"(.{2,60}?)\s+yʋʋngo,?\s*m\s+gõe\s+wakat\s+") + _HOW_MANY, r"how many hours did I sleep the night after the \1 meeting"),
    (_m(r"(.{2,80}?)\s+poorẽ,?\s*lagm-n-taag\s+wã,?\s+ãnd\s+dãmba\s+n\s+da\s+be"), r"who was at the meeting right after the \1"),
    # meetings
    (_m(r"^(.{2,80}?)\s+") + _DAY + _m(r"\s+wã,?\s+ãnd\s+dãmba\s+n\s+da\s+be"), r"who was at the \1 meeting \2"),
    (_m(r"^(.{2,80}?)\s+") + _DAY + _m(r"\s+wã\s+kao\s+minute\s+") + _HOW_MANY, r"how many minutes was the \1 meeting \2"),
    (_m(r"lagm-n-taaga\s+") + _HOW_MANY + _m(r"\s+la\s+m\s+kẽe"), "how many meetings did I have"),
    (_m(r"lagm-n-taag\s+pipi\s+wã\s+sɩng\s+") + _WHEN, "what time did my first meeting start"),
    (_m(r"^(.{2,100}?)\s+wã\s+maan\s+minute\s+") + _HOW_MANY, r"how many minutes did the \1 last"),
    # comparisons and habits
    (_m(r"(.{2,60}?)\s+bɩ\s+(.{2,60}?),\s*yʋʋng\s+bʋgo\s+la\s+m\s+gõe\s+wʋsgo"), r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (_m(r"(.{2,60}?)\s+bɩ\s+(.{2,60}?),\s*rasem\s+bʋgo\s+caffeine\s+n\s+yɩɩda"), r"which day had more caffeine, \1 or \2, with the mg of each"),
    (_m(r"(.{2,60}?)\s+bɩ\s+(.{2,60}?),\s*sport\s+bʋgo\s+n\s+kaoo"), r"which workout was longer, \1 or \2, with the minutes of each"),
    (_m(r"this\s+week\s+kafe\s+yɩɩda\s+last\s+week(?:\s+bɩ)?"), "did I drink more coffee this week than last week"),
    (_m(r"m\s+sã\s+n\s+nu\s+kafe\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+bɩ\s+a\s+poorẽ,?\s*m\s+gõe\s+(?:wakat\s+wãna|bilfu)"),
     r"do I sleep less after coffee at \1 or later"),
    (_m(r"zaabr\s+rɩɩbo\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+bɩ\s+a\s+poorẽ,?\s*m\s+gõe\s+(?:bilfu|wakat\s+wãna)"),
     r"do I sleep less after dinner at \1 or later"),
    (_m(r"rasem\s+ning\s+m\s+sẽn\s+maan\s+sport,?\s*m\s+gõe\s+wʋsgo(?:\s+bɩ)?"), "do I sleep longer after workout days than after rest days"),
    (_m(r"sport\s+rasem,?\s*m\s+nu\s+kafe\s+wʋsgo(?:\s+bɩ)?"), "do I drink more coffee on workout days than on rest days"),
    (_m(r"caffeine\s+(\d{2,4}\s*mg)\s+bɩ\s+n\s+yɩɩg\s+rasem,?\s*m\s+gõe\s+wakat\s+") + _HOW_MANY,
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    # meals, sleep, workouts, coffee
    (_MEAL + _m(r",?\s+(.{0,40}?),?\s*m\s+rɩ\s+be"), lambda m: f"where did I have {_meal(m[1])} {m[2]}"),
    (_MEAL + _m(r",?\s+(.{0,40}?),?\s*(?:m\s+rɩ\s+)?(?:ya\s+)?bõe"), lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (_m(r"m\s+gõe\s+sõma\s+bɩ\s+pa\s+sõma(?:\s+ye)?"), "how well did I sleep, good or poor"),
    (_m(r"m\s+gõe\s+wakat\s+") + _HOW_MANY, "how many hours did I sleep"), (_m(r"m\s+gãand\s+") + _WHEN, "what time did I go to bed"),
    (_m(r"m\s+vʋʋg\s+") + _WHEN, "what time did I wake up"),
    (_m(r"m\s+maan\s+sport\s+bũn\s+ya\s+bõe"), "what kind of workout did I do"),
    (_m(r"^(.{2,80}?)\s+wã,?\s+m\s+sũur\s+kẽer\s+yaa\s+") + _HOW_MANY, r"what was my average heart rate during the \1"),
    (_m(r"m\s+zoe\s+kilometre\s+") + _HOW_MANY, "how many km did I run"), (_m(r"m\s+dɩk\s+velo\s+kilometre\s+") + _HOW_MANY, "how many km did I cycle"),
    (_m(r"m\s+yãag\s+koom\s+(?:pʋgẽ\s+)?metre\s+") + _HOW_MANY, "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+kilometre\s+" + _HOW_MANY, r"how many km of \1 in total"),
    (_m(r"m\s+maan\s+sport\s+naoor\s+") + _HOW_MANY, "how many workouts did I do"),
    (_m(r"m\s+nu\s+kafe\s+(?:tas\s+)?") + _HOW_MANY, "how many coffees did I drink"),
    (_m(r"kafe\s+fãa\s+taoore,?\s+caffeine\s+mg\s+") + _HOW_MANY, "how much caffeine in mg"),
    (_m(r"kafe\s+pipi\s+wã,?\s+") + _WHEN, "what time was my first coffee"),
    (_m(r"kafe\s+sẽn\s+baasã,?\s+") + _WHEN, "what time was my last coffee"),
    (_m(r"(?<=\?)\s*a\s+yʋʋre\s*$"), ""),  # "? a yʋʋre": its name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"bõe|wãna|bʋgo|wakat|rɩɩbo|yibeoog|wĩntoog|zaabr|gõe|gãand|vʋʋg|nu\s+kafe|lagm-n-taaga?|ãnd|dãmba|yeel|"
                          r"baag|bi-?puglã|yʋʋm|yʋʋre|yʋʋr|karem|kelg|pẽgd|tẽng|poorẽ|taoore|rasem|sẽn|yʋʋngo|yʋʋng|rũndã|"
                          r"zaame|bɩ|kaoo?|wã|dɩk|yãag|zoe|koom|sũur|pipi|baasã|yɩɩda|wʋsgo|bilfu|masã|sɛɛ"
                          r"|boe|bugo|riibo|wintoog|goe|gaand|vuug|yuungo|yuung|rundã|rundan|dik|yaag|wusgo|yiida",
                   least=2)  # the marked spellings, and the plain ones no other language's words are ("wa", "bi", "maan" are)

_FOLLOW_UPS = WordTable(((r"^la\s+([^?]{2,40}?)\s+me\s*\?\s*$", r"and \1?"),), r"la", least=1)  # "la Talato 25/11 me?": and Tuesday?


def from_moore(text: str) -> str:
    """``text`` with its Mooré days, and the Mooré phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
