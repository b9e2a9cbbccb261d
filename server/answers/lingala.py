"""Lingala in an English question, put into English.

People in Kinshasa write the days of their calendar in English questions: its weekdays ("mokolo ya yambo" (Monday),
"mokolo ya mibale", "mokolo ya misato", "mokolo ya minei", "mokolo ya mitano", "mposo" (Saturday), "lomingo" (Sunday))
beside a date ("on 26 juin (mokolo ya minei)", "mokolo ya mitano 27/06", "mposo (28/06)"), "lelo" (today), "lobi eleki"
(yesterday), "poso oyo" (this week), nights "butu ya lomingo kino mokolo ya yambo (29/06-30/06)" (the night from Sunday to
Monday). Those become English; a date beside a weekday says the day, so the weekday is dropped there. The phrases that
carry what is asked ("banani bazalaki na likita ya X" (who was at the X meeting), "naliaki nini na pokwa" (what did I eat
for dinner), "nalalaki bangonga boni" (how many hours did I sleep), "kafe ya suka ..., ngonga boni?" (what time was my
last coffee), "pe mokolo liboso ya yango?" (and the day before?)) become English too, where at least two of Lingala's
own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_WHEN = r"(.{2,60}?)"

_WEEKDAYS = {"yambo": "Monday", "mibale": "Tuesday", "misato": "Wednesday", "minei": "Thursday", "mitano": "Friday",
             "mposo": "Saturday", "lomingo": "Sunday"}
_WEEKDAY = r"(?:mokolo\s+ya\s+(?:yambo|mibale|misato|minei|mitano)|mposo|lomingo)"
_DATE = r"\d{1,2}/\d{1,2}"


def _day(words: str) -> str:
    return _WEEKDAYS[words.split()[-1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:the\s+)?butu\s+ya\s+" + _WEEKDAY + r"\s+kino\s+" + _WEEKDAY + r"\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)",
     r"the night of \1"),
    (r"(?:the\s+)?butu\s+ya\s+(" + _WEEKDAY + r")\s+kino\s+" + _WEEKDAY, lambda m: f"{_day(m[1])} night"),
    (r"butu\s+ya\s+lobi(?:\s*\(\s*last\s+night\s*\))?", "last night"),
    (r"\(\s*(" + _WEEKDAY + r")\s*\)", lambda m: f"({_day(m[1])})"),  # "on 26 juin (mokolo ya minei)"
    (r"\(\s*" + _WEEKDAY + r"\s+(" + _DATE + r")\s*\)", r"(\1)"),  # "lelo (mokolo ya misato 02/07)"
    (r"lobi\s+eleki", "yesterday"), (r"lelo", "today"), (r"poso\s+oyo", "this week"), (r"poso\s+eleki", "last week"),
    (r"(?<=of\s)" + _WEEKDAY + r"(?=\s+" + _DATE + r")", ""),  # "the night of mposo 28/06"
    (r"(?<!on\s)" + _WEEKDAY + r"(?=\s*" + _DATE + r")", "on"), (_WEEKDAY + r"\s*\((" + _DATE + r")\)", r"on \1"),
    (r"(?<!on\s)" + _WEEKDAY + r"(?=\s+\d{1,2}\s+[^\W\d]{3,9}\s+\d{4})", "on"),  # "mposo 16 août 2036"
)
_DAYS = WordTable(_DAY_RULES, r"lelo|lobi|eleki|poso|butu|mposo|lomingo|mokolo\s+ya\s+(?:yambo|mibale|misato|minei|mitano)", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^pe\s+butu\s+liboso\s+ya\s+yango", "and the night before"), (r"^pe\s+mokolo\s+liboso\s+ya\s+yango", "and the day before"),
    (r"^bongo\s+likita\s+yango\s+ewumelaki\s+ntango\s+boni", "and how long did that meeting last"),
    (r"^bongo\s+oyo\s+ya\s+" + _NAME, r"and \1"), (r"^bongo\s+today\s+kino\s+sikoyo", "and today so far"),
    (r"^(?:pe|bongo)(?=\s)", "and"),
    # what someone said
    (r"mwana\s+mwasi\s+ya\s+" + _NAME + r"\s+akokisa\s+mbula\s+boni(?:\s+na\s+anniversaire\s+na\s+ye(?:\s+ekoya)?)?",
     r"how old will \1's daughter turn"),
    (r"buku\s+nini\s+" + _NAME + r"\s+alobaki\s+natanga", r"which book did \1 tell me to read"),
    (r"filme\s+(?:nini|oyo)\s+" + _NAME + r"\s+alobaki\s+natala(?:,?\s+nkombo\s+na\s+yango\s+nini)?", r"which film did \1 tell me to watch"),
    (r"podcast\s+nini\s+" + _NAME + r"\s+alobaki\s+nayoka", r"which podcast did \1 tell me to listen to"),
    (r"mpepo\s+ya\s+" + _NAME + r"\s+ekokita\s+na\s+ngonga\s+boni", r"when does \1's flight land"),
    (_NAME + r"\s+azwi\s+mbwa\s+ya\s+sika,?\s+apesi\s+yango\s+nkombo\s+nini", r"what is the name of \1's new dog"),
    # days named by what happened
    (r"sima\s+ya\s+(.{2,90}?),\s*banani\s+bazalaki\s+na\s+likita\s+oyo\s+elandaki", r"who was at the meeting right after the \1"),
    (r"mokolo\s+oyo\s+(I\s+.{2,40}?),\s*naliaki\s+nini\s+na\s+pokwa", r"what did I eat for dinner on the day \1"),
    (r"mokolo\s+" + _NAME + r"\s+alobaki\s+na\s+ngai\s+mpo\s+na\s+(.{2,40}?),\s*naliaki\s+nini\s+na\s+pokwa",
     r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"mokolo\s+ya\s+likita\s+ya\s+" + _TITLE + r",\s*naliaki\s+bilei\s+ya\s+midi\s+wapi", r"where did I have lunch on the day of the \1 meeting"),
    (r"butu\s+oyo\s+elandaki\s+likita\s+ya\s+" + _TITLE + r",\s*nalalaki\s+bangonga\s+boni",
     r"how many hours did I sleep the night after the \1 meeting"),
    # meals
    (r"bilei\s+ya\s+(pokwa|midi|ntongo)\s+" + _WHEN + r"\s+ezalaki\s+nini", lambda m: f"what did I eat for {_MEAL[m[1].lower()]} {m[2]}"),
    (r"bilei\s+ya\s+(pokwa|midi|ntongo)\s+" + _WHEN + r",\s*naliaki\s+nini", lambda m: f"what did I eat for {_MEAL[m[1].lower()]} {m[2]}"),
    (r"naliaki\s+nini\s+na\s+(pokwa|midi|ntongo)", lambda m: f"what did I eat for {_MEAL[m[1].lower()]}"),
    (r"naliaki\s+bilei\s+ya\s+(pokwa|midi|ntongo)\s+wapi", lambda m: f"where did I have {_MEAL[m[1].lower()]}"),
    (r"bilei\s+ya\s+(pokwa|midi|ntongo)", lambda m: _MEAL[m[1].lower()]),
    # sleep
    (r"nalalaki\s+bangonga\s+boni", "how many hours did I sleep"), (r"nalamukaki\s+na\s+ngonga\s+boni", "what time did I wake up"),
    (r"nalalaki\s+na\s+ngonga\s+boni", "what time did I go to bed"),
    # coffee and caffeine
    (r"kafe\s+ya\s+(suka|liboso)\s+" + _WHEN + r",\s*ngonga\s+boni",
     lambda m: f"what time was my {'last' if m[1].lower() == 'suka' else 'first'} coffee {m[2]}"),
    (r"caffeine\s+nyonso\s+" + _WHEN + r",\s*mg\s+boni", r"how much caffeine did I have \1"),
    (r"namelaki\s+kopo\s+ya\s+kafe\s+boni", "how many cups of coffee did I drink"),
    # meetings
    (r"banani\s+bazalaki\s+na\s+likita\s+ya\s+" + _TITLE + r"(?=\s+(?:on|today|yesterday|the|\d)\b|\s*[?(,]|$)", r"who was at the \1 meeting"),
    (r"likita\s+ya\s+liboso\s+" + _WHEN + r"\s+ebandaki\s+na\s+ngonga\s+boni", r"what time did my first meeting start \1"),
    (r"likita\s+ya\s+" + _TITLE + r"(?:\s+((?:on|today|yesterday|this|last)\b.{0,40}?|\(.{0,20}?\)))?\s+ewumelaki\s+ntango\s+boni",
     lambda m: f"how long was the {m[1]} meeting {m[2] or ''}".rstrip()),
    # workouts
    (r"^(.{2,100}?)\s+ewumelaki\s+miniti\s+boni", r"how many minutes did the \1 last"),
    (r"na\s+velo\s+" + _WHEN + r",\s*natambolaki\s+ba\s+km\s+boni", r"how many km did I cycle \1"),
    (r"napotaki\s+mbangu\s+ba\s+km\s+boni", "how many km did I run"), (r"nabetaki\s+mayi\s+ba\s+metres\s+boni", "how many metres did I swim"),
    (r"nasalaki\s+sport\s+nini", "what workout did I do"), (r"nasali\s+sport\s+mbala\s+boni", "how many workouts did I do"),
    (r"average\s+heart\s+rate\s+na\s+ngai\s+ezalaki\s+boni", "what was my average heart rate"),
    (r"^sport\s+" + _WHEN + r"\s+to\s+" + _WHEN + r",\s*oyo\s+ewumelaki\s+koleka\??\s*miniti\s+ya\s+nyonso\s+mibale",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    # habits
    (r"soki\s+namele\s+kafe\s+na\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+to\s+sima,\s*nalalaka\s+moke", r"do I sleep less after coffee at \1 or later"),
    (r"^mikolo\s+ya\s+(.{2,30}?)\s+to\s+koleka,\s*pongi\s+na\s+ngai\s+na\s+butu\s+elandaka\s+ndenge\s+nini\s+compared\s+to\s+mikolo\s+mosusu",
     r"how do I sleep after days of \1 or more compared to other days"),
    (r"nalalaka\s+mingi\s+sima\s+ya\s+mikolo\s+ya\s+sport\s+koleka\s+sima\s+ya\s+mikolo\s+ya\s+repos",
     "do I sleep more after workout days than after rest days"),
    (r"(?<=\?)\s+(?!(?:and|pe|bongo|or)\b)[^?]*$", ""),  # "... ? nabosani nkombo na yango": a remark after the question
)
_MEAL = {"pokwa": "dinner", "midi": "lunch", "ntongo": "breakfast"}
_TABLE = WordTable(_ASKED, r"banani|bazalaki|likita|naliaki|nini|pokwa|midi|ntongo|bilei|ezalaki|nalalaki|bangonga|boni|ngonga|"
                           r"nalamukaki|kafe|suka|liboso|nyonso|namelaki|kopo|ebandaki|ewumelaki|ntango|miniti|velo|natambolaki|"
                           r"napotaki|mbangu|nabetaki|mayi|nasalaki|nasali|mbala|alobaki|natanga|natala|nayoka|mpepo|"
                           r"ekokita|azwi|mbwa|sika|nkombo|mwana|mwasi|akokisa|mbula|sima|mokolo|elandaki|butu|yango|oyo|"
                           r"bongo|soki|namele|nalalaka|mikolo|koleka|pongi|ngai|elandaka|ndenge|mosusu|repos|kino|"
                           r"sikoyo|wapi|lelo|lobi|eleki|mposo|lomingo", least=2)


def from_lingala(text: str) -> str:
    """``text`` with its Lingala days, and the Lingala phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
