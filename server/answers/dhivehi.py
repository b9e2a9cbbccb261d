"""Dhivehi in an English question, put into English.

People in the Maldives type Dhivehi in Latin letters inside English questions. Its weekdays ("Hoama", "Angaara", "Budha",
"Burasfathi", "Hukuru", "Honihiru", "Aadhiththa": Monday to Sunday) stand beside a date ("Angaara (21/10)", "21 October
(Angaara)"); "miadhu" is today, "iyye" yesterday, "mi hafthaa" this week, "dhiya hafthaa" last week; a night is the day
it starts on and "reygandu" ("20 October reygandu", "Hoama dhuvahuge reygandu (20/10-21/10)"). Those become English. The
phrases that carry what is asked ("bahdhalah aee kaaku kaaku" (who came to the meeting), "nidhee kihaa gadi" (how many
hours did I sleep), "mendhuru kevee kon echcheh" (what did I eat at noon)) become English too, where a word of
Dhivehi's own says the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"hoama": "Monday", "angaara": "Tuesday", "budha": "Wednesday", "burasfathi": "Thursday", "hukuru": "Friday",
             "honihiru": "Saturday", "aadhiththa": "Sunday"}
_WD = r"((?-i:H)oama|(?-i:A)ngaara|(?-i:B)udha|(?-i:B)urasfathi|(?-i:H)ukuru|(?-i:H)onihiru|(?-i:A)adhiththa)"  # capitalised
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)"
_MEALS = {"hendhunu": "breakfast", "mendhuru": "lunch", "reygandu kaan": "dinner"}
_MEAL = r"(hendhunu(?:\s+saiy)?|mendhuru|reygandu\s+kaan)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[" ".join(word.lower().split()).replace(" saiy", "")]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+dhuvahuge\s+|(?-i:iyye)\s+)?reygandu\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"(?:" + _WD + r"\s+)?" + _WORDS_DATE + r"\s+reygandu(?!\s+kaan)", r"the night of \2"),
    (_WD + r"\s+dhuvahuge\s+reygandu", lambda m: f"{_day(m[1])} night"),
    (r"dhiya\s+hafthaa", "last week"), (r"mi\s+hafthaa", "this week"),
    (_WD + r"\s+dhuvahun\s+fetigen(?:\s+(?-i:miadhu)\s+aa\s+hamah)?,?", lambda m: f"since {_day(m[1])},"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:miadhu)", "today"), (r"(?-i:iyye)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"hoama|angaara|budha|burasfathi|hukuru|honihiru|aadhiththa|miadhu|iyye|reygandu|hafthaa", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (_WD, lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Dhivehi words ("Is Budha the cafe?" is English)
    # what someone said
    (_NAME + r"\s+recommend\s+kuri\s+(podcast|film|book|restaurant)\s+kon\s+eh", r"which \2 did \1 recommend"),
    (_NAME + r"\s+bunee\s+kon\s+foiy\s+eh(?:\s+kiyevun\s+jehey\s+kamah)?", r"which book did \1 recommend"),
    (_NAME + r"\s+bunee\s+kon\s+filmu?\s+eh(?:\s+balan\s+jehey\s+kamah)?", r"which film did \1 recommend"),
    (_NAME + r"\s+ge\s+anhenun\s+dhari\s+ah\s+birthday\s+ah\s+umuru\s+kihaa\s+vaanee", r"how old will \1's daughter turn"),
    (_NAME + r"\s+vara\s+tharuheef\s+kuri\s+restaurant\s+ge\s+nama\s+kon\s+eh", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+ge\s+kuda\s+balhu\s+ge\s+nama\s+kon\s+eh", r"what is the name of \1's new dog"),
    (_NAME + r"\s+(?:kiyaa|bunaa)\s+(?:film|filmu)\s+kon\s+eh", r"which film did \1 recommend"),
    (_NAME + r"\s+(?:kiyaa|bunaa)\s+(?:foi|book)\s+kon\s+eh", r"which book did \1 recommend"),
    # days named by what happened
    (r"(.{2,60}?)\s+vee\s+dhuvahu\s+" + _MEAL + r"\s+kevee\s+kobaa\s+gai", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"(.{2,80}?)\s+fahun\s+dhen\s+kuri\s+bahdhalah\s+aee\s+kaaku\s+kaaku", r"who was at the meeting right after the \1"),
    (r"(.{2,60}?)\s+fahun\s+reygandu\s+nidhee\s+kihaa\s+gadi", r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"(.{2,60}?)\s+bahdhalah\s+aee\s+kaaku\s+kaaku", r"who was at the \1 meeting"),
    (r"(.{2,60}?)\s+bahdhalu\s+kihaa\s+minittu\s+negi", r"how many minutes was the \1 meeting"),
    (r"bahdhalu\s+kihaa\s+eh\s+(?:baeh|hingi)", "how many meetings did I have"),
    (r"fuhara\s+bahdhalu\s+fashaa\s+ganthi", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"(?:\s+ah)?\s+kevee\s+kon\s+echcheh", lambda m: f"what did I eat for {_meal(m[1])}"),
    (_MEAL + r"\s+kevee\s+kobaa\s+gai", lambda m: f"where did I have {_meal(m[1])}"),
    (r"nidhee\s+kihaa\s+gadi", "how many hours did I sleep"), (r"woke\s+up\s+kuree\s+kon\s+ganthi\s+eh\s+gai", "what time did I wake up"),
    (r"(?:nidhan\s+vee|enah\s+aree)\s+kon\s+ganthi\s+eh\s+gai", "what time did I go to bed"),
    (r"(running|cycling|swimming)\s+kihaa\s+km", r"how many km of \1 in total"),
    (r"^(.{2,100}?)\s+kihaa\s+minittu\s+negi", r"how many minutes did the \1 last"),
    (r"duvee\s+kihaa\s+km", "how many km did I run"), (r"baisikalu\s+dhuvvee\s+kihaa\s+km", "how many km did I cycle"),
    (r"fathaifi\s+kihaa\s+dhuruah", "how far did I swim"), (r"kuri\s+workout\s+kon\s+baeh", "what kind of workout did I do"),
    (r"kofi\s+boee\s+kihaa\s+koappu", "how many coffees did I drink"), (r"caffeine\s+kihaa\s+boee\s+akkalaa", "how much caffeine in mg"),
    (r"fuhara\s+kofi\s+boee\s+kon\s+ganthi\s+eh\s+gai", "what time was my first coffee"),
    (r"fahu\s+kofi\s+boee\s+kon\s+ganthi\s+eh\s+gai", "what time was my last coffee"),
    # comparisons and habits
    (r"^(.{2,50}?)\s+aai\s+(.{2,50}?),\s*gina\s+gadi\s+nidhee\s+kon\s+reygandeh", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^workout\s+(.{2,50}?)\s+aai\s+(.{2,50}?),\s*gina\s+dhigu\s+kon\s+eh", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,50}?)\s+aai\s+(.{2,50}?),\s*gina\s+caffeine\s+boee\s+kon\s+dhuvaheh", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"this\s+week\s+kofi\s+boee\s+last\s+week\s+ah\s+vure\s+gina\s+tha", "did I drink more coffee this week than last week"),
    (r"workout\s+kuraa\s+dhuvas\s+thakugai\s+nidhun\s+gina\s+vey\s+tha,?\s*nukuraa\s+dhuvas\s+thakaa\s+ah\s+vure",
     "do I sleep longer after workout days than after rest days"),
    (r"workout\s+kuraa\s+dhuvas\s+thakugai\s+kofi\s+gina\s+vey\s+tha", "do I drink more coffee on workout days than on rest days"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+nuvatha\s+fahun\s+kofi\s+boaa\s+nama\s+nidhun\s+madu\s+vey\s+tha", r"do I sleep less after coffee at \1 or later"),
    (r"reygandu\s+kaan\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ge\s+fahun\s+kaa\s+nama\s+nidhi\s+madu\s+vey\s+tha", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4}\s*mg)\s+caffeine\s+nuvatha\s+gina\s+boaa\s+dhuvas\s+thakugai\s+nidhun\s+kihineh", r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bnuvatha\b[^?]*\??\s*$", ""),  # "...? run, bike nuvatha swim?": choices offered after the question
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"kihaa|kon|kevee|echcheh|kobaa|gai|nidhee|gadi|minittu|negi|bahdhalah|bahdhalu|kaaku|duvee|baisikalu|"
                           r"dhuvvee|fathaifi|dhuruah|kofi|boee|koappu|akkalaa|ganthi|fuhara|fahu|fahun|aai|gina|nama|balhu|"
                           r"anhenun|umuru|vaanee|tharuheef|dhuvahu|dhuvas|thakugai|nidhun|madu|kurin|mendhuru|hendhunu|bunee|foiy|enah|aree|kuri", least=2)


_FOLLOW_UPS = WordTable((
    (r"^e\s+kurin\s+reygandu", "and the night before"), (r"^e\s+kurin\s+dhuvas", "and the day before"),
    (r"^aai\s+today,?\s*mihaaru\s+aa\s+hamah", "and today so far"),
    (r"^aai\s+" + _NAME + r"\s+ge\s*\?", r"and \1?"), (r"^aai\s+([^?]{2,40}?)\s*\?", r"and \1?"),
), r"^e\s+kurin|^aai", least=1)  # "e kurin reygandu?" (the night before that), "aai Owen ge?" (and Owen's?)


def from_dhivehi(text: str) -> str:
    """``text`` with its Dhivehi days, and the Dhivehi phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
