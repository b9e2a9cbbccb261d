"""Kanuri (of the Saharan branch, spoken round Lake Chad) mixed into English questions typed in lower case, put into English.

The weekdays are those Kanuri takes from Arabic ("lətinin", "talata", "laraba", "lamisə", "jəma", "səbdu", "lahadə": Monday to
Sunday) and stand before a day-first date ("lətinin 25/05/2037"), or after "yim" (day) with a comma before the date ("yim
lətinin, 25/5/2037"); "yim adə" (this day) is today, with its date in brackets, and "bəlaŋ" yesterday, with its weekday in
brackets; a night is "bune" between the weekday and the date ("lətinin bune 25/05/2037"), or "bune", the date and its
weekday in brackets, or "bəlaŋ bune" (last night) with its date; "week adə" is this week. Those become English. The phrases
that carry what is asked ("hours ndagu I slept" (how many hours), "lunch ndarə lan" (where), "saa afi lan" (at what hour),
"X lan kam ndu ndu came" (who came to X), "X-nzə kəri" (X's dog)) become English too, where two of its own words say the
question is in it; a follow-up's "X-a?" is "and X?".
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, km_this_week, remark_after

_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_NAME = r"((?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)"
_WD = r"(?:lətinin|talata|laraba|lamisə|jəma|səbdu|lahadə)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+\d{1,2}/\d{1,2}/\d{4})?|the\s+night\s+of\s+\d{1,2}/\d{1,2}/\d{4}|last\s+night)"
"""A day once put into English ("on 25/05/2037", "today", "the night of 25/05/2037"): a group."""

_DAY_RULES: tuple[tuple[str, str], ...] = (
    (r"bəlaŋ\s+bune\s+\((" + _DATE + r")\)", r"the night of \1"),
    (_WD + r"\s+bune\s+(" + _DATE + r")", r"the night of \1"),
    (r"bune\s+(" + _DATE + r")\s+\(" + _WD + r"\)", r"the night of \1"),
    (r"this\s+week\s+since\s+lətinin,?", "this week"), (r"week\s+adə(?:\s+lan)?", "this week"),
    (r"lətinin\s+to\s+yim\s+adə", "Monday to today"),
    (_ON + r"bəlaŋ\s+\(" + _WD + r"\)", "yesterday"),
    (_ON + r"yim\s+adə\s+\(" + _DATE + r"\)", "today"),
    (_ON + r"(?:yim\s+)?" + _WD + r",?\s+(" + _DATE + r")", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, _WD + r"|bune|bəlaŋ|yim|adə", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"the\s+book\s+" + _NAME + r"\s+said\s+read,\s+title-nzə\s+afi", r"which book did \1 recommend"),
    (r"film\s+afi,\s+the\s+one\s+" + _NAME + r"\s+keeps\s+pushing\s+on\s+me", r"which film did \1 recommend"),
    (r"podcast\s+afi,\s+the\s+one\s+" + _NAME + r"\s+told\s+wu-ro\s+to\s+hear", r"which podcast did \1 recommend"),
    (r"restaurant\s+" + _NAME + r"\s+called\s+ngəla,\s+ndarə\s+lan", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+says\s+the\s+offsite\s+moved,\s+ndarə\s+lan\s+adə", r"where is the offsite now, according to \1"),
    (_NAME + r"-nzə\s+flight\s+saa\s+afi\s+lan\s+lands", r"when does \1's flight land"),
    (_NAME + r"-nzə\s+kəri,\s+name-nzə\s+afi", r"what is the name of \1's dog"),
    (r"^(.{2,40}?)\s+launch,\s+" + _NAME + r"\s+says\s+yim\s+afi\s+lan\s+now", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"-nzə\s+tada\s+kamu,\s+next\s+birthday\s+lan\s+years\s+ndagu", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"^yim\s+(\d+(?:\.\d+)?)\s*km\s+I\s+(ran|cycled|swam|rode|walked),\s+(dinner|lunch|breakfast)\s+lan\s+afi",
     r"what did I eat for \3 on the day I \2 \1 km"),
    (r"^yim\s+" + _NAME + r"\s+talked\s+about\s+(.{2,60}?),\s+(dinner|lunch|breakfast)\s+lan\s+afi(?:\s+I\s+ate)?",
     r"what did I eat for \3 on the day \1 mentioned \2"),
    (r"^(.{2,60}?)\s+meeting\s+yim,\s+lunch\s+ndarə\s+lan", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+meeting\s+after,\s+bune\s+adə\s+hours\s+ndagu(?:\s+I\s+slept)?", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r"\s+(.{2,100}?)\s+after,\s+next\s+meeting\s+lan\s+kam\s+ndu\s+ndu", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+bune\s+afi\s+more\s+sleep", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+yim\s+afi\s+more\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+or\s+(.{2,60}?),\s+yim\s+afi\s+workout\s+longer", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"yim\s+lan\s+coffee\s+past\s+" + _TIME + r",\s+or\s+right\s+at\s+it,\s+sleep\s+gana", r"do I sleep less after coffee at \1 or later"),
    (r"dinner\s+starting\s+" + _TIME + r"\s+or\s+past,\s+bune-nzə\s+sleep\s+gana", r"do I sleep less after dinner at \1 or later"),
    (r"yim\s+lan\s+caffeine\s+passes\s+(\d{2,4})\s*mg,\s+or\s+equals\s+it,\s+bune-nzə\s+sleep\s+gana",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+yim\s+lan,\s+bune-nzə\s+sleep\s+longer", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+yim\s+lan\s+coffee\s+more\s+I\s+drink", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^" + _DAY + r"\s+(.{2,80}?)\s+lan\s+kam\s+ndu\s+ndu\s+came", r"who was at the \2 meeting \1"),
    (r"^" + _DAY + r"\s+(.{2,100}?)\s+lan\s+heart\s+rate\s+ndagu(?:,\s+the\s+mean)?", r"what was my average heart rate during the \2 \1"),
    (r"^" + _DAY + r"\s+(.{2,80}?)\s+meeting\s+lan,\s+minutes\s+ndagu", r"how many minutes was the \2 meeting \1"),
    (r"^" + _DAY + r"\s+(.{2,100}?)\s+minutes\s+ndagu", r"how many minutes did the \2 \1 last"),
    km_this_week(r"km\s+ndagu"),
    (r"this\s+week\s+workouts\s+ndagu,\s+Monday\s+to\s+today", "how many workouts did I do this week"),
    (r"saa\s+afi\s+lan\s+the\s+first\s+meeting\s+began", "what time did my first meeting start"),
    (r"meetings\s+ndagu\s+I\s+had", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"(breakfast|lunch|dinner)\s+lan\s+afi\s+I\s+ate", r"what did I eat for \1"),
    (r"lunch,\s+afi\s+on\s+my\s+plate", "what did I eat for lunch"),
    (r"(breakfast|lunch|dinner)\s+lan,\s+food-nzə\s+afi", r"what did I eat for \1"),
    (r"(breakfast|lunch|dinner)\s+ndarə\s+lan\s+I\s+ate", r"where did I have \1"),
    (r"(breakfast|lunch|dinner)\s+" + _DAY + r",\s+ndarə\s+lan", r"where did I have \1 \2"),
    (r"workout\s+afi\s+I\s+did", "what kind of workout did I do"),
    (r"sleep\s+ngəla,\s+or\s+ngəla\s+ba", "how well did I sleep, good or poor"),
    (r"hours\s+ndagu\s+I\s+slept", "how many hours did I sleep"),
    (r"saa\s+afi\s+lan\s+I\s+went\s+to\s+bed", "what time did I go to bed"), (r"saa\s+afi\s+lan\s+I\s+woke\s+up", "what time did I wake up"),
    (r"bike\s+lan\s+km\s+ndagu\s+I\s+rode", "how many km did I cycle"), (r"running\s+km\s+ndagu", "how many km did I run"),
    (r"swim\s+lan\s+metres\s+ndagu", "how far did I swim in metres"),
    (r"coffee\s+ndagu\s+I\s+drank", "how many coffees did I drink"), (r"caffeine\s+ndagu,\s+all\s+the\s+mg\s+added", "how much caffeine in mg"),
    (r"earliest\s+coffee,\s+saa\s+afi\s+lan", "what time was my first coffee"),
    (r"saa\s+afi\s+lan\s+coffee\s+I\s+stopped\s+on", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"since\s+lətinin|afi|ndu|ndarə|ndagu|saa|lan|adə|bune|yim|bəlaŋ|kəri|kamu|tada|ngəla|gana|wu-ro|[\w'’]+-nzə",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^and\s+the\s+yim\s+before\s*\??$", "and the day before?"),
                         (r"^and\s+the\s+bune\s+before\s*\??$", "and the night before?"),
                         (r"^meeting\s+adə,\s+minutes\s+ndagu\s*\??$", "and how long was that meeting?"),
                         (r"^yim\s+adə-a,\s+so\s+far\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"-a,\s+afi\s*\?$", r"and \1?"),
                         (r"^(on\s+" + _DATE + r"|today|yesterday)-a\s*\?$", r"and \1?")),
                        r"yim|bune|adə|ndagu|afi|(?:" + _DATE + r"|today|yesterday|(?-i:[A-Z])[\w'’]*)-a(?=\s*\?$)", least=1)


def from_kanuri(text: str) -> str:
    """``text`` with its Kanuri days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
