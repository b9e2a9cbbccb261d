"""Forro (Santome, lungwa santomé, a Portuguese creole of the Gulf of Guinea) mixed into English questions typed in lower
case, put into English; the words are as this set's writer types them.

The weekdays ("sigunda-fela", "tlesa-fela", "kwatlu-fela", "kinta-fela", "sesta-fela", "sabadu", "dumingu": Monday to
Sunday) stand before a padded date with its year ("sigunda-fela 08/06/2037") or in brackets after a short one ("8/6
(sigunda-fela)"); "ojé" (today) stands before a short date and "onte" (yesterday) before a weekday; a night is "notxi" (night)
with a weekday and date ("notxi sigunda-fela 08/06/2037"), "notxi di" and a short date, or "notxi onte" (last night) with a
short date in brackets. Those become English, also capitalised at a sentence start, as other voices use them. The words
that carry what is asked ("kê" what, "kê ngê" who, "kê ora" what time, "kê dja" which day, "kuantu" how many, "nomi" name,
"kumé" eat, "dlumi" sleep, "fla" say, "dula" last, "maxi" more ...) become English in the phrases they make, where one of its
own words says the question is in it; a follow-up's "X també?" is "and X?".
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, km_this_week, remark_after

_LONG = r"\d{1,2}/\d{1,2}/\d{4}"
_SHORT = r"\d{1,2}/\d{1,2}"
_NAME = r"((?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)"
_WD = r"(?:sigunda-fela|tlesa-fela|kwatlu-fela|kinta-fela|sesta-fela|sabadu|dumingu)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*(?:[ap]m)?)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}/\d{1,2}(?:/\d{4})?)?|the\s+night\s+of\s+\d{1,2}/\d{1,2}(?:/\d{4})?|last\s+night)"
"""A day once put into English ("on 08/06/2037", "today", "the night of 8/6"): a group."""
_MEAL = r"(breakfast|lunch|dinner)"

_DAY_RULES: tuple[tuple[str, str], ...] = (
    (r"notxi\s+" + _WD + r"\s+(" + _LONG + r")", r"the night of \1"),
    (r"notxi\s+di\s+(" + _SHORT + r")(?![/\d])", r"the night of \1"),
    (r"notxi\s+onte\s+\((" + _SHORT + r")\)", r"the night of \1"),
    (r"this\s+week,\s*sigunda-fela\s+until\s+ojé,?", "this week"),
    (r"since\s+sigunda-fela", "since Monday"), (r"sigunda-fela\s+until\s+ojé", "Monday to today"),
    (_ON + r"ojé\s+" + _SHORT + r"(?![/\d])", "today"),
    (_ON + r"onte,\s*" + _WD + r"", "yesterday"),
    (r"(?<!su\s)(?<!na\s)(?<!noti\sdi\s)" + _ON + _WD + r",?\s+(" + _LONG + r")", r"on \1"),  # not Sardinian's, Kriol's
    (r"(?<!dia\s)" + _ON + r"(" + _SHORT + r")\s+\(" + _WD + r"\)", r"on \1"),
    (r"ojé", "today"), (r"onte", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"sigunda-fela|tlesa-fela|kwatlu-fela|kinta-fela|sesta-fela|sabadu|dumingu|ojé|onte|notxi", least=1)

_ASKED: tuple[tuple[str, str], ...] = (
    # what someone said
    (_NAME + r"\s+fla\s+one\s+livlu\s+bwa,\s*kê\s+nomi", r"which book did \1 recommend"),
    (r"the\s+film\s+" + _NAME + r"\s+ka\s+fla\s+all\s+the\s+time,\s*nomi\s+ê\s+kê", r"which film did \1 recommend"),
    (_NAME + r"\s+fla\s+offsite\s+mudá,\s*it['’]s\s+where\s+now", r"where is the offsite now, according to \1"),
    (r"restaurant\s+" + _NAME + r"\s+fla\s+bwa\s+pa\s+kumé,\s*kê\s+nomi", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+plane,\s*kê\s+ora\s+ê\s+ka\s+landing", r"when does \1's flight land"),
    (r"dog\s+of\s+" + _NAME + r",\s*kê\s+nomi", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch,\s*" + _NAME + r"\s+fla\s+kê\s+dja\s+now", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+daughter,\s*next\s+birthday\s+kuantu\s+anu", r"how old will \1's daughter turn"),
    (r"podcast\s+" + _NAME + r"\s+fla\s+n\s+ouvi,\s*kê\s+nomi", r"which podcast did \1 recommend"),
    # days named by what happened
    (r"^dja\s+n\s+(\w+)\s+(\d+(?:\.\d+)?)\s*km,\s*" + _MEAL + r"\s+kê", r"what did I eat for \3 on the day I \1 \2 km"),
    (r"^dja\s+" + _NAME + r"\s+fla\s+(.{2,60}?),\s*" + _MEAL + r"\s+kê", r"what did I eat for \3 on the day \1 mentioned \2"),
    (r"^dja\s+di\s+(.{2,60}?),\s*n\s+kumé\s+lunch\s+which\s+place", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+pasa,\s*that\s+notxi\s+n\s+dlumi\s+kuantu(?:\s+hours)?", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^after\s+(.{2,100}?)\s+" + _DAY + r",\s*next\s+meeting\s+ngê\s+sa", r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s*kê\s+notxi\s+n\s+dlumi\s+maxi", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s*kê\s+dja\s+caffeine\s+maxi", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s*workout\s+longer\s+kê\s+dja", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"kafé\s+this\s+week\s+maxi\s+than\s+week\s+pasadu", "did I drink more coffee this week than last week"),
    (r"kafé\s+ku\s+" + _TIME + r"\s+or\s+maxi\s+tardi,\s*n\s+dlumi\s+less", r"do I sleep less after coffee at \1 or later"),
    (r"dinner\s+ku\s+" + _TIME + r"\s+or\s+maxi\s+tardi,\s*(?:that\s+notxi\s+)?n\s+dlumi\s+less", r"do I sleep less after dinner at \1 or later"),
    (r"dja\s+(\d{2,4})\s*mg\s+caffeine\s+or\s+maxi,\s*notxi\s+n\s+dlumi\s+less",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"dja\s+with\s+workout,\s*notxi\s+n\s+dlumi\s+longer", "do I sleep longer after workout days than after rest days"),
    (r"dja\s+with\s+workout,\s*kafé\s+maxi", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _DAY + r",\s*kê\s+ngê\s+sa\s+inside", r"who was at the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*pulse\s+ê\s+sa\s+kuantu(?:,\s*average)?", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r",\s*kuantu\s+minutes\s+ê\s+dula", r"how many minutes did the \1 \2 last"),
    (r"^(.{2,80}?)\s+" + _DAY + r",\s*kuantu\s+minutes", r"how many minutes was the \1 meeting \2"),
    km_this_week(r"kuantu\s+km"),
    (r"kuantu\s+workouts\s+since\s+Monday,?\s*this\s+week", "how many workouts did I do this week"),
    (r"^" + _DAY + r",\s*meeting\s+(?:number\s+1|first)\s+ê\s+start\s+kê\s+ora", r"what time did my first meeting start \1"),
    (r"^" + _DAY + r",\s*kuantu\s+meetings\s+n\s+tê", r"how many meetings did I have \1"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+" + _DAY + r",?\s*(?:kê\s+n\s+kumé|n\s+kumé\s+kê)", r"what did I eat for \1 \2"),
    (r"^" + _DAY + r"\s+" + _MEAL + r",\s*kê\s+kumé", r"what did I eat for \2 \1"),
    (r"^" + _DAY + r"\s+" + _MEAL + r",\s*n\s+kumé\s+where", r"where did I have \2 \1"),
    (_MEAL + r"\s+" + _DAY + r"\s+n\s+sa\s+where", r"where did I have \1 \2"),
    (r"^" + _DAY + r"\s+kê\s+workout\s+n\s+fé", r"what kind of workout did I do \1"),
    (r"^" + _DAY + r",?\s+n\s+dlumi\s+bwa,\s*or\s+n\s+dlumi\s+mal", r"how well did I sleep \1, good or poor"),
    (r"^" + _DAY + r",\s*n\s+dlumi\s+kuantu\s+hours", r"how many hours did I sleep \1"),
    (r"^" + _DAY + r",\s*kê\s+ora\s+n\s+lie\s+down", r"what time did I go to bed \1"),
    (r"^" + _DAY + r"\s+n\s+wake\s+up\s+kê\s+ora", r"what time did I wake up \1"),
    (r"^" + _DAY + r",?\s+run,\s*kuantu\s+km", r"how many km did I run \1"),
    (r"^" + _DAY + r",?\s+bike,?\s+kuantu\s+km", r"how many km did I cycle \1"),
    (r"^" + _DAY + r",?\s+swim,\s*kuantu\s+metres", r"how far did I swim in metres \1"),
    (r"^" + _DAY + r"\s+kafé\s+kuantu\s+cups", r"how many coffees did I drink \1"),
    (r"caffeine\s+of\s+" + _DAY + r",\s*kuantu\s+mg\s+ê\s+dá", r"how much caffeine in mg \1"),
    (r"^" + _DAY + r"\s+first\s+kafé,\s*kê\s+ora", r"what time was my first coffee \1"),
    (r"kafé\s+di\s+" + _DAY + r",\s*the\s+final\s+one\s+kê\s+ora", r"what time was my last coffee \1"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"kê|ngê|fla|kuantu|kumé|dlumi|dja|notxi|livlu|ouvi|mudá|dula|pasa|maxi|ojé|onte|pasadu|n\s+sa\s+where",
                   least=1)
_FOLLOW_UPS = WordTable(((r"^and\s+dja\s+before\s+that\s*\??$", "and the day before?"),
                         (r"^notxi\s+before\s+that\s+one\s*\??$", "and the night before?"),
                         (r"^that\s+meeting,\s*kuantu\s+minutes\s+ê\s+dula\s*\??$", "and how long was that meeting?"),
                         (r"^today,\s*until\s+now\s*\??$", "and today so far?"),
                         (r"^(on\s+\d{1,2}/\d{1,2}(?:/\d{4})?|today|yesterday|" + _NAME[1:-1] + r")\s+també\s*\?$", r"and \1?")),
                        r"dja|notxi|kuantu|today,\s*until\s+now|(?:\d{1,2}/\d{1,2}(?:/\d{4})?|today|yesterday|(?-i:[A-Z])[\w'’]*)\s+també(?=\s*\?$)", least=1)


def from_forro(text: str) -> str:
    """``text`` with its Forro days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
