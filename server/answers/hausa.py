"""Hausa in an English question, put into English.

People in Niger and northern Nigeria write the days of their calendar in English questions: its weekdays ("Litinin",
"Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi") after "ranar" (on the day of) or beside a date ("Litinin,
21/07", "(Alhamis, 24/07)"), its months with "ga" ("24 ga Yuli": 24 July), "yau" (today), "jiya" (yesterday), "wannan
satin" (this week), nights "ranar Litinin da dare (21/07)" and "daren Talata (21/07-22/07)" (Hausa names a night after the
day it leads into; the dates say which). Those become English. The phrases that carry what is asked ("su wa suka halarci X
meeting" (who was at the X meeting), "me na ci" (what did I eat), "awa nawa na yi barci" (how many hours did I sleep))
become English too, where at least two of Hausa's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"litinin": "Monday", "talata": "Tuesday", "laraba": "Wednesday", "alhamis": "Thursday", "jumma'a": "Friday",
             "jummaa": "Friday", "asabar": "Saturday", "lahadi": "Sunday"}
_WD = r"(Litinin|Talata|Laraba|Alhamis|Jumma['’]?a|Asabar|Lahadi)"
_MONTHS = {"janairu": "January", "fabrairu": "February", "maris": "March", "afrilu": "April", "mayu": "May", "yuni": "June",
           "yuli": "July", "agusta": "August", "satumba": "September", "oktoba": "October", "nuwamba": "November",
           "disamba": "December"}
_MONTH = r"(Janairu|Fabrairu|Maris|Afrilu|Mayu|Yuni|Yuli|Agusta|Satumba|Oktoba|Nuwamba|Disamba)"
_DATE = r"\d{1,2}/\d{1,2}"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower().replace("’", "'")]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"daren\s+" + _WD + r"\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"(?:ranar\s+)?" + _WD + r"\s+da\s+dare\s*\((" + _DATE + r")\)", r"the night of \2"),
    (r"(?:ranar\s+)?" + _WD + r"\s+da\s+dare", lambda m: f"{_day(m[1])} night"),
    (r"jiya\s+da\s+dare(?:\s*\(" + _DATE + r"\s*[-–]\s*" + _DATE + r"\))?", "last night"),
    (r"(\d{1,2})\s+ga\s+" + _MONTH + r"(?:\s+(\d{4}))?", lambda m: f"on {m[1]} {_MONTHS[m[2].lower()]}" + (f" {m[3]}" if m[3] else "")),
    (r"\(\s*" + _WD + r"\s*,\s*(" + _DATE + r")\s*\)", r"(\2)"), (r"\(\s*" + _WD + r"\s*\)", lambda m: f"({_day(m[1])})"),
    (r"(?:ranar\s+" + _WD + r"\s*,?|" + _WD + r"\s*,)\s*(?=\(?\s*" + _DATE + r"(?!\s*[-–]))", "on "),  # "ranar Talata (22/07)", "Litinin, 21/07"
    (r"ranar\s+" + _WD, lambda m: f"on {_day(m[1])}"),
    (r"shekaranjiya", "the day before yesterday"), (r"yau", "today"), (r"jiya", "yesterday"), (r"wannan\s+satin", "this week"), (r"satin\s+da\s+ya\s+wuce", "last week"),
    (r"zuwa\s+yanzu", "so far"),
)
_DAYS = WordTable(_DAY_RULES, r"yau|jiya|shekaranjiya|ranar|daren|satin|" + _WD + r"|ga\s+" + _MONTH, least=1)

_MEALS = {"dare": "dinner", "rana": "lunch", "safe": "breakfast"}
_ASKED: tuple[tuple[str, object], ...] = (
    (r"^da\s+(.{2,30}?)\s*\?\s*tambaya\s+daya", r"and \1?"), (r"^ranar\s+da\s+ta\s+gabace\s+ta\s+fa", "and the day before"),
    (r"^daren\s+da\s+ya\s+gabace\s+shi\s+fa", "and the night before"),
    (r"^(.{2,40}?)\s+da\s+(.{2,40}?),\s*wace\s+rana\s+caffeine\s+ya\s+fi\s+yawa\??\s*mg\s+na\s+kowace\s+rana",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"su\s+wa\s+suka\s+halarci\s+(.{2,60}?)\s+meeting", r"who was at the \1 meeting"),
    (r"daren\s+da\s+ya\s+biyo\s+bayan\s+(.{2,60}?)\s+meeting,?\s*awa\s+nawa\s+na\s+yi\s+barci",
     r"how many hours did I sleep the night after the \1 meeting"),
    (r"ranar\s+(.{2,60}?)\s+meeting,?\s*a\s+ina\s+na\s+ci\s+abincin\s+rana", r"where did I have lunch on the day of the \1 meeting"),
    (r"ranar\s+da\s+(I\s+.{2,30}?),?\s*me\s+na\s+ci\s+da\s+dare", r"what did I eat for dinner on the day \1"),
    (r"bayan\s+(.{2,80}?),\s*su\s+wa\s+ke\s+cikin\s+meeting\s+na\s+gaba", r"who was at the meeting right after the \1"),
    (r"taron\s+(.{2,60}?)\s+(.{2,30}?)\s+ya\s+dauki\s+tsawon\s+lokaci\s+nawa", r"how long was the \1 meeting \2"),
    (r"^(.{2,90}?)\s+ya\s+dauki\s+minti\s+nawa", r"how many minutes did the \1 last"),
    (r"abincin\s+(dare|rana|safe)\s+(.{0,40}?),?\s*me\s+na\s+ci", lambda m: f"what did I eat for {_MEALS[m[1].lower()]} {m[2]}".rstrip()),
    (r"a\s+ina\s+na\s+ci\s+abincin\s+(dare|rana|safe)", lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"wane\s+wuri\s+na\s+je\s+cin\s+abincin\s+(dare|rana|safe)", lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"abincin\s+(dare|rana|safe)", lambda m: _MEALS[m[1].lower()]),
    (r"awa\s+nawa\s+na\s+yi\s+barci", "how many hours did I sleep"), (r"karfe\s+nawa\s+na\s+kwanta", "what time did I go to bed"),
    (r"na\s+yi\s+barci\s+mai\s+kyau\s+ko\s+ban\s+yi\s+ba", "did I sleep well or badly"),
    (r"kilomita\s+nawa\s+na\s+yi\s+gudu", "how many km did I run"), (r"mita\s+nawa\s+na\s+yi\s+iyo", "how many metres did I swim"),
    (r"na\s+hau\s+keke\s+kilomita\s+nawa", "how many km did I cycle"), (r"taruka\s+nawa\s+na\s+halarta", "how many meetings did I attend"),
    (r"kofi\s+kofuna\s+nawa\s+na\s+sha", "how many cups of coffee did I drink"),
    (r"jimillar\s+caffeine\s+nawa\s+ne,?\s*a\s+mg", "how much caffeine in mg"),
    (r"karfe\s+nawa\s+na\s+sha\s+kofi\s+na\s+farko", "what time was my first coffee"),
    (r"meeting\s+na\s+farko\s+ya\s+fara\s+karfe\s+nawa", "what time did my first meeting start"),
    (r"workout\s+sau\s+nawa\s+na\s+yi", "how many workouts did I do"),
    (r"average\s+heart\s+rate\s+dina\s+nawa\s+ne", "what was my average heart rate"),
    (r"^(.{2,40}?)\s+da\s+(.{2,40}?),\s*wane\s+dare\s+na\s+fi\s+yin\s+barci\??\s*fada\s+mani\s+awoyin\s+duka\s+biyu",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^workout\s+na\s+(.{2,40}?)\s+da\s+na\s+(.{2,40}?),\s*wanne\s+ya\s+fi\s+tsawo\??\s*minti\s+na\s+duka\s+biyu",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+na\s+fi\s+shan\s+kofi\s+fiye\s+da\s+last\s+week,?\s*ko\s+na\s+rage", "do I drink more coffee this week than last week or less"),
    (r"bayan\s+ranakun\s+workout,?\s*ina\s+fi\s+yin\s+barci\s+fiye\s+da\s+bayan\s+rest\s+days", "do I sleep more after workout days than after rest days"),
    (r"idan\s+na\s+ci\s+dinner\s+daga\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ko\s+bayan\s+haka,?\s*ina\s+rage\s+barci",
     r"do I sleep less after dinner at \1 or later"),
    (r"ranakun\s+da\s+na\s+sha\s+kofi\s+daga\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+zuwa\s+gaba,?\s*barcina\s+yana\s+raguwa",
     r"do I sleep less after coffee at \1 or later"),
    (r"ranakun\s+da\s+caffeine\s+ya\s+kai\s+(\d{2,4}\s*mg)\s+ko\s+fiye,?\s*barcin\s+daren\s+da\s+ya\s+biyo\s+baya\s+ya\s+bambanta\s+yaya\s+da\s+"
     r"sauran\s+dare", r"how do I sleep after days of \1 of caffeine or more compared to other days"),
    (r"wane\s+book\s+ne\s+" + _NAME + r"\s+ke\s+cewa\s+in\s+karanta", r"which book did \1 recommend"),
    (r"wane\s+film\s+ne\s+" + _NAME + r"\s+ke\s+cewa\s+dole\s+sai\s+na\s+kalla", r"which film did \1 recommend"),
    (r"flight\s+din\s+" + _NAME + r"\s+karfe\s+nawa\s+zai\s+sauka", r"when does \1's flight land"),
    (r"a\s+cewar\s+" + _NAME + r"\s+an\s+daga\s+(.{2,30}?)\s+launch,?\s*zuwa\s+wace\s+rana", r"what is the new date of the \2 launch according to \1"),
    (r"(?<=\?)\s+(?!(?:and|da|or)\b)[^?]*$", ""),  # "... ? na manta gaba daya": a remark after the question
)
_TABLE = WordTable(_ASKED, r"suka|halarci|abincin|nawa|barci|karfe|kwanta|kilomita|gudu|iyo|keke|taruka|halarta|kofuna|jimillar|"
                           r"farko|dina|wane|fada|mani|duka|biyu|wanne|tsawo|minti|ranakun|haka|barcina|raguwa|fiye|karanta|"
                           r"kalla|sauka|cewar|taron|dauki|tsawon|lokaci|ranar|daren|yau|jiya|satin|dare|manta|daya|gaba|ina|rana|bayan|cikin|"
                           r"gabace|wace|yawa|kowace", least=2)


def from_hausa(text: str) -> str:
    """``text`` with its Hausa days, and the Hausa phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
