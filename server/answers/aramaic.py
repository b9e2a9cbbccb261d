"""Assyrian Neo-Aramaic (Sureth) in Latin letters in an English question, put into English.

The weekdays ("Trushaba", "Tlatushaba", "Arbushaba", "Khamshushaba", "Erota", "Shapta", "Khushaba": Monday to Sunday) stand
before a slashed date, alone or after "yoma d-" (the day of) and before a comma, or after the date and a comma
("23/03/2037, Trushaba"); "idyu," before a date is today, "timmal," before a weekday and its date yesterday, "ay shabua" this
week, "shabua qamaya" the week before; a night is "lelya d-Trushaba 23/03/2037", "lelya, Trushaba 23/3/2037" or "lelya
d-timmal, 23/03/2037" (last night). Those become English. The phrases that carry what is asked ("kma sa'ate dmikhli" (how many
hours did I sleep), "lunch eka khlili" (where did I have lunch), "b-X d-... mani ithwa tama" (who was at X)) become English
too, where two of its own words say the question is in it; a remark in English after the question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, SLASHED_DATE as _DATE, WordTable, day_at_start, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:T)rushaba|(?-i:T)latushaba|(?-i:A)rbushaba|(?-i:K)hamshushaba|(?-i:E)rota|(?-i:S)hapta|(?-i:K)hushaba)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY_AT_START = day_at_start(_DATE)
_DAY = r"((?:on|today|yesterday)\b[^?,]{0,20}?|" + _DATE + r")"
"""A day once put into English, after "d-" ("Design review d-on 24/3/2037"): a group."""

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"lelya\s+d-" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (r"lelya,?\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (r"lelya\s+d-timmal,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"(?<!yoma\s)d-(idyu|timmal|yoma|" + _WD + r"|\d{1,2})", lambda m: "d- " + m[1]),  # "Hiring sync d-idyu, ...": the day apart from its "of"
    (r"ay\s+shabua", "this week"), (r"shabua\s+qamaya", "last week"),
    (_ON + r"timmal,?\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_ON + r"idyu,?(?=\s+\d)", "today"),
    (_ON + r"(?:yoma\s+d-)?" + _WD + r",?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r"),\s+" + _WD + r"\b", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"lelya|shabua|(?:d-)?(?:idyu|timmal|yoma|trushaba|tlatushaba|arbushaba|khamshushaba|erota|shapta|khushaba)",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+mirre\s+ktawa\s+khdha,?\s+mudi\s+shimmeh", r"which book did \1 recommend"),
    (r"ayna\s+filim\s+mirre\s+" + _NAME + r"\s+d-khazin", r"which film did \1 recommend"),
    (r"ayna\s+podcast\s+mirre\s+" + _NAME, r"which podcast did \1 recommend"),
    (r"ayna\s+bet\s+ikhala\s+mirre\s+" + _NAME, r"which restaurant did \1 recommend"),
    (r"(?:the\s+)?offsite\s+d-" + _NAME + r"\s+mirre,?\s+eka\s+pishla\s+hasha", r"where is the offsite now, according to \1"),
    (r"tayyara\s+d-" + _NAME + r"\s+aymat\s+lands", r"when does \1's flight land"),
    (r"kalba\s+zora\s+d-" + _NAME + r",?\s+mudi\s+shimmeh", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch\s+l-ayna\s+yoma\s+pishla\s*\?\s*" + _NAME + r"\s+mirre\b.*$",
     r"what is the new date of the \1 launch according to \2?"),
    (r"bratu\s+d-" + _NAME + r"\s+kma\s+shinne\s+bit-hawya", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"yoma\s+d-" + _NAME + r"\s+mhukele\s+['’]al\s+(.{2,60}?),\s+dinner\s+mudi\s+wewa", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"yoma\s+d-(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km,\s+ikhala\s+d-ramsha\s+mudi\s+wewa",
     r"what did I eat for dinner on the day I \1 \2 km"),
    (r"yoma\s+d-(.{2,60}?),\s+lunch\s+eka\s+khlili", r"where did I have lunch on the day of the \1 meeting"),
    (r"lelya\s+batar\s+(.{2,60}?),\s+kma\s+sa['’]ate\s+dmikhli", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY_AT_START + r"\s+batar\s+(.{2,100}?),\s+b-kinsha\s+d-batreh\s+mani\s+ithwa", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"bain\s+(.{2,60}?)\s+w\s+(.{2,60}?),\s+ayna\s+lelya\s+bish\s+dmikhli", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+yan\s+last\s+week,\s+ayna\s+bish\s+qahwe", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+yan\s+(.{2,60}?),\s+ayna\s+yoma\s+bish\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+yan\s+(.{2,60}?),\s+ayna\s+workout\s+bish\s+yarikha\s+wewa", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"qahwa\s+min\s+" + _TIME + r"\s+w\s+batar,?\s+bish\s+qalil\s+dmakhin", r"do I sleep less after coffee at \1 or later"),
    (r"dinner\s+" + _TIME + r"\s+yan\s+bish\s+drang,?\s+shintha\s+bish\s+qalila", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+yan\s+bish,?\s+lelya\s+d-batreh\s+bish\s+qalil\s+dmakhin",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"yoma\s+d-workout,?\s+b-lelya\s+bish\s+dmakhin", "do I sleep longer after workout days than after rest days"),
    (r"yoma\s+d-workout\s+bish\s+qahwe\s+shatin", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"b-(.{2,80}?)\s+d-\s*" + _DAY + r"\s+mani\s+ithwa\s+tama", r"who was at the \1 meeting \2"),
    (r"^(.{2,80}?)\s+d-\s*" + _DAY + r",?\s+kma\s+sa['’]ate\s+yan\s+daqiqe", r"how many minutes was the \1 meeting \2"),
    (r"b-(.{2,100}?)\s+" + _DAY + r"\s+heart\s+rate\s+average\s+kma\s+wewa", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,100}?)\s+" + _DAY + r"\s+kma\s+daqiqe\s+pishle", r"how many minutes did the \1 \2 last"),
    (r"this\s+week\s+kma\s+km\s+(\w+)\s+wadli", r"how many km did I \1 this week"),
    (r"this\s+week\s+kma\s+workouts\s+wadli(?:\s+hal\s+hasha)?", "how many workouts did I do this week"),
    (r"kinsha\s+qamaya\s+(.{2,40}?)\s+aymat\s+shrela", r"what time did my first meeting start \1"),
    (r"kma\s+kinshe\s+ithwali", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"mudi\s+khlili\s+l-ikhala\s+d-sapra", "what did I eat for breakfast"), (r"lunch\s+mudi\s+khlili", "what did I eat for lunch"),
    (r"ikhala\s+d-ramsha\s+(.{2,40}?),\s+mudi\s+wewa", r"what did I eat for dinner \1"), (r"lunch\s+eka\s+khlili", "where did I have lunch"),
    (r"dinner\s+eka\s+khlili", "where did I have dinner"), (r"mudi\s+workout\s+wadli", "what kind of workout did I do"),
    (r"spay\s+dmikhli\s+yan\s+la", "how well did I sleep, good or poor"), (r"kma\s+sa['’]ate\s+dmikhli", "how many hours did I sleep"),
    (r"aymat\s+zilli\s+l-shwita", "what time did I go to bed"), (r"aymat\s+qimli(?:\s+from\s+bed)?", "what time did I wake up"),
    (r"b-bisklet\s+kma\s+km\s+zilli", "how many km did I cycle"), (r"kma\s+km\s+rhitli", "how many km did I run"),
    (r"kma\s+metre\s+skhili", "how far did I swim"),
    (r"kma\s+qahwe\s+shtili", "how many coffees did I drink"), (r"kma\s+mg\s+caffeine\s+kulleh", "how much caffeine in mg"),
    (r"qahwa\s+qamaya\s+(.{2,40}?)\s+aymat\s+shtili", r"what time was my first coffee \1"),
    (r"qahwa\s+khraya\s+aymat\s+wewa", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"mudi|eka|mani|aymat|kma|ayna|khlili|shtili|dmikhli|dmakhin|qimli|rhitli|skhili|zilli|wadli|qahwa|qahwe|"
                           r"kinsha|kinshe|sa['’]ate|daqiqe|bish|qalil|qalila|drang|batar|mirre|ktawa|shimmeh|kalba|bratu|shinne|"
                           r"tayyara|shwita|tama|spay|kulleh|wewa|ithwa|ithwali|pishla|pishle|mhukele|yarikha|shintha|ikhala|"
                           r"bisklet|filim|khazin|hasha|shrela|shatin|batreh",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^w\s+yoma\s+d-qameh\s*\??$", "and the day before?"),
                         (r"^w\s+lelya\s+d-qameh\s*\??$", "and the night before?"),
                         (r"^ay\s+kinsha\s+kma\s+daqiqe\s+pishla\s*\??$", "and how long was that meeting?"),
                         (r"^idyu\s+hal\s+hasha\s*\??$", "and today so far?"),
                         (r"^w\s+d-" + _NAME + r"\s*\??$", r"and \1?"),
                         (r"^((?:on|today|yesterday|the\s+night\s+of)\b[^?]{0,30}?)\s+ham\s*\?$", r"and \1?")),
                        r"d-qameh|kinsha|hasha|w(?=\s+d-)|ham(?=\s*\?)", least=1)


def from_aramaic(text: str) -> str:
    """``text`` with its Aramaic days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
