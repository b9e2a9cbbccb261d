"""Xibe (written as Manchu is, in Latin letters) in an English question, put into English.

The weekdays are ordinals, as Chinese numbers the days of the week ("Emuci", "Juweci", "Ilaci", "Duici", "Sunjaci",
"Ningguci", "Nadaci": Monday to Sunday), before a year-first date ("2037/3/30", "2037-03-30"), alone or with "inenggi" (day),
or after the date and a comma ("2037-03-30, Emuci"); "enenggi" before a date is today, "sikse," before a weekday and its date
yesterday, "ere nadan inenggi" (these seven days) this week, "duleke nadan inenggi" last week; a night is "Emuci dobori
2037/3/30", "dobori, Emuci 2037-03-30" or "sikse dobori 2037/3/30" (last night). Those become English. The phrases that carry
what is asked ("udu hours amgaha" (how many hours did I sleep), "lunch aibide jeke" (where did I have lunch), "X de we bihe"
(who was at X)) become English too, where two of its own words say the question is in it; a remark in English after the
question mark is taken off.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, WordTable, km_this_week, remark_after

_DATE = r"\d{4}[/-]\d{1,2}[/-]\d{1,2}"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:E)muci|(?-i:J)uweci|(?-i:I)laci|(?-i:D)uici|(?-i:S)unjaci|(?-i:N)ingguci|(?-i:N)adaci)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY_AT_START = r"^((?:(?:on|today|yesterday)\s+)?" + _DATE + r"|today|yesterday)"
"""The day a question opens with once put into English ("on 2037/3/30", "today 2037/4/11", "yesterday"): a group."""

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"\s+dobori\s+(" + _DATE + r")", r"the night of \2"),
    (r"dobori,?\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (r"sikse\s+dobori,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"ere\s+nadan\s+inenggi", "this week"), (r"duleke\s+nadan\s+inenggi", "last week"),
    (_ON + r"sikse,?\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_ON + r"enenggi,?(?=\s+\d)", "today"),
    (_ON + _WD + r"(?:\s+inenggi)?,?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r"),\s+" + _WD + r"\b", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"dobori|enenggi|sikse|nadan|emuci|juweci|ilaci|duici|sunjaci|ningguci|nadaci", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+i\s+henduhe\s+bithe,?\s+gebu\s+ai", r"which book did \1 recommend"),
    (r"ya\s+film\s+be\s+" + _NAME + r"\s+tuwa\s+sehe", r"which film did \1 recommend"),
    (_NAME + r"\s+i\s+henduhe\s+podcast\s+ya", r"which podcast did \1 recommend"),
    (_NAME + r"\s+gisurehe\s+restaurant,?\s+ya\s+ba", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+henduhe\s+offsite,?\s+te\s+aibide\s+oho", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+i\s+flight\s+ai\s+erin\s+de\s+isinjimbi", r"when does \1's flight land"),
    (_NAME + r"\s+i\s+ajige\s+indahun\s+de\s+ai\s+gebu\s+sindaha", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch\s+atanggi\s+de\s+guribuhe\s*\?\s*" + _NAME + r"\s+henduhe\b.*$",
     r"what is the new date of the \1 launch according to \2?"),
    (_NAME + r"\s+i\s+sargan\s+jui\s+ere\s+mudan\s+udu\s+se\s+ombi", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,60}?)\s+be\s+henduhe\s+inenggi,?\s+yamji\s+buda\s+ai\s+bihe", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode)\s+inenggi,?\s+yamji\s+buda\s+ai\s+bihe", r"what did I eat for dinner on the day I \2 \1 km"),
    (r"^(.{2,60}?)\s+bihe\s+inenggi,?\s+lunch\s+aibide\s+jeke", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+inenggi\s+i\s+dobori\s+udu\s+hours\s+amgaha", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+i\s+amala,?\s+ujui\s+isan\s+de\s+we\s+bihe", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+((?:on|the\s+night\s+of)\s+.{2,40}?),\s+ya\s+dobori\s+de\s+labdu\s+amgaha", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week,?\s+last\s+week\s+ci\s+coffee\s+labdu\s+omiha\s+o", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+((?:on|today|yesterday)\b.{0,40}?)\s+ci\s+caffeine\s+labdu\s+o", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+workout\s+(.{2,60}?)\s+ci\s+golmin\s+o", r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+amala\s+coffee\s+omici,?\s+komso\s+amgambi\s+o", r"do I sleep less after coffee at \1 or later"),
    (r"yamji\s+buda\s+" + _TIME + r"\s+eici\s+amala\s+oci,?\s+komso\s+amgambi\s+o", r"do I sleep less after dinner at \1 or later"),
    (r"inenggi\s+de\s+(\d{2,4})\s*mg\s+caffeine\s+eici\s+labdu\s+oci,?\s+sirame\s+dobori\s+komso\s+amgambi\s+o",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+araha\s+inenggi,?\s+dobori\s+labdu\s+amgambi\s+o", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+inenggi\s+coffee\s+labdu\s+omimbi\s+o", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (_DAY_AT_START + r"\s+(.{2,80}?)\s+de\s+we\s+bihe", r"who was at the \2 meeting \1"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+de\s+heart\s+rate\s+average\s+udu\s+bihe", r"what was my average heart rate during the \2 \1"),
    (_DAY_AT_START + r"\s+(.{2,80}?)\s+udu\s+goidaha\s*\?\s*hours\s+eici\s+minutes", r"how many minutes was the \2 meeting \1?"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+udu\s+minutes\s+goidaha", r"how many minutes did the \2 \1 last"),
    km_this_week(r"udu\s+km\s+oho"),
    (r"this\s+week\s+udu\s+workout\s+araha(?:,?\s+te\s+de\s+isitala)?", "how many workouts did I do this week"),
    (r"ujui\s+isan\s+ai\s+erin\s+de\s+deribuhe", "what time did my first meeting start"),
    (r"udu\s+isan\s+bihe", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"erde\s+buda\s+de\s+ai\s+jeke", "what did I eat for breakfast"), (r"lunch\s+de\s+ai\s+jeke", "what did I eat for lunch"),
    (r"yamji\s+buda\s+(.{2,40}?),\s+ai\s+jeke\s+bihe", r"what did I eat for dinner \1"), (r"lunch\s+aibide\s+jeke", "where did I have lunch"),
    (r"yamji\s+buda\s+aibide\s+bihe", "where did I have dinner"), (r"ai\s+workout\s+araha", "what kind of workout did I do"),
    (r"sain\s+amgaha,?\s+aku", "how well did I sleep, good or poor"), (r"udu\s+hours\s+amgaha", "how many hours did I sleep"),
    (r"ai\s+erin\s+de\s+amgame\s+genehe", "what time did I go to bed"), (r"ai\s+erin\s+de\s+getehe", "what time did I wake up"),
    (r"bike\s+de\s+udu\s+km\s+yabuha", "how many km did I cycle"), (r"udu\s+km\s+feksihe", "how many km did I run"),
    (r"udu\s+metre\s+ebishehe", "how far did I swim"),
    (r"udu\s+coffee\s+omiha", "how many coffees did I drink"), (r"caffeine\s+uheri\s+udu\s+mg", "how much caffeine in mg"),
    (r"ujui\s+coffee\s+ai\s+erin\s+de\s+omiha", "what time was my first coffee"), (r"dubei\s+coffee\s+ai\s+erin\s+bihe", "what time was my last coffee"),
    remark_after(),
)
_TABLE = WordTable(_ASKED, r"aibide|atanggi|udu|jeke|omiha|omimbi|omici|amgaha|amgambi|amgame|getehe|feksihe|ebishehe|yabuha|araha|isan|"
                           r"bithe|gebu|sindaha|indahun|sargan|ombi|labdu|komso|golmin|goidaha|henduhe|gisurehe|guribuhe|deribuhe|"
                           r"isinjimbi|bihe|eici|oci|uheri|ujui|dubei|amala|sirame|buda|erin|oho|we(?=\s+bihe)|ya(?=\s+ba\b)|ci(?=\s+(?:caffeine|coffee|golmin))|"
                           r"(?<=labdu\s)o(?=\s*\?)",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^terei\s+onggolo\s+inenggi(?:\s+oci)?\s*\??$", "and the day before?"),
                         (r"^terei\s+onggolo\s+dobori\s*\??$", "and the night before?"),
                         (r"^tere\s+isan\s+udu\s+goidaha\s*\??$", "and how long was that meeting?"),
                         (r"^(?:today|enenggi)\s+te\s+de\s+isitala\s*\??$", "and today so far?"),
                         (r"^" + _NAME + r"\s+i\s+ningge\s*\??$", r"and \1?"),
                         (r"^((?:on|today|yesterday|the\s+night\s+of)\b[^?]{0,30}?)\s+oci\s*\?$", r"and \1?")),
                        r"terei|onggolo|tere|isitala|ningge|oci(?=\s*\?)", least=1)


def from_xibe(text: str) -> str:
    """``text`` with its Xibe days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
