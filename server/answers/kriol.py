"""Guinea-Bissau Kriol in an English question, put into English.

People in Bissau mix Kriol into English questions. Its weekdays ("Sigunda-fera", "Tersa-fera", "Kuarta-fera", "Kinta-fera",
"Sesta-fera", "Sabadu", "Dumingu": Monday to Sunday) stand before a slashed date ("Tersa-fera 13/01", "na Tersa-fera 13/01":
on Tuesday the 13th), before a date in words ("Tersa-fera 13 January") or in brackets after "dia" and the date ("dia 13/01
(Tersa-fera)"); "aos" is today, "onti" yesterday, "es simana" this week and "simana pasadu" last week; a night is "noti di
Tersa-fera 13/01 pa 14/01", "noti di 13 January" or "onti noti 13/01 pa 14/01" (last night). Those become English. The phrases
that carry what is asked ("kantu ora ku n durmi" (how many hours did I sleep), "nunde ku n kume almosu" (where did I have
lunch), "kin ku staba na runion X" (who was at the X meeting)) become English too, where two of Kriol's own words say the
question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import LEADING_DAY as _LEADING_DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"sigunda-fera": "Monday", "tersa-fera": "Tuesday", "kuarta-fera": "Wednesday", "kinta-fera": "Thursday",
             "sesta-fera": "Friday", "sabadu": "Saturday", "dumingu": "Sunday"}
_WD = r"((?-i:S)igunda-fera|(?-i:T)ersa-fera|(?-i:K)uarta-fera|(?-i:K)inta-fera|(?-i:S)esta-fera|(?-i:S)abadu|(?-i:D)umingu)"
_MEAL = r"(matabicu|almosu|janta)"
_MEALS = {"m": "breakfast", "a": "lunch", "j": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word[:1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"noti\s+di\s+" + _WD + r"\s+(" + _DATE + r")\s+pa\s+" + _DATE, r"the night of \2"),
    (r"(?-i:onti)\s+noti\s+(" + _DATE + r")\s+pa\s+" + _DATE, r"the night of \1"),
    (r"noti\s+di\s+" + _WORDS_DATE, r"the night of \1"),
    (r"es\s+simana(?!\s+pasadu)", "this week"), (r"(?:ku\s+)?(?:a\s+)?simana\s+pasadu", "last week"),
    (r"dia\s+(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),  # "dia 13/01 (Tersa-fera)"
    (r"(?-i:na)\s+" + _WD + r"(?=\s+" + _DATE + r")", "on"),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s+" + _DATE + r")", "on"),
    (r"(?-i:aos)(?=\s+\d)", "today"), (r"(?-i:onti)(?=\s+\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"sigunda-fera|tersa-fera|kuarta-fera|kinta-fera|sesta-fera|sabadu|dumingu|aos|onti|noti|simana", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (r"kal\s+libru\s+ku\s+" + _NAME + r"\s+fala\s+pa\s+n\s+lei(?:,?\s+kal\s+nomi\s+di\s+libru)?", r"which book did \1 recommend"),
    (_NAME + r"\s+fala\s+pa\s+n\s+odja\s+un\s+filmi(?:,?\s+kal\s+filmi)?", r"which film did \1 recommend"),
    (_NAME + r"\s+fala\s+pa\s+n\s+sinta\s+un\s+podcast(?:,?\s+kal\s+podcast)?", r"which podcast did \1 recommend"),
    (r"kal\s+restauranti\s+ku\s+" + _NAME + r"\s+gaba(?:,?\s+kal\s+nomi)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+muda\s+offsite\s+pa\s+nunde(?:,?\s+kal\s+tera)?", r"where is the offsite now, according to \1"),
    (r"avion\s+di\s+" + _NAME + r"\s+na\s+dismanta\s+ki\s+ora", r"when does \1's flight land"),
    (_NAME + r"\s+tene\s+un\s+kacur\s+pikininu\s+novu(?:,?\s+kuma\s+ki\s+si\s+nomi)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+muda\s+launch\s+di\s+(.{2,40}?)(?:,?\s+pa\s+kal\s+dia\s+gosi)?(?=\s*\?|$)", r"what is the new date of the \2 launch according to \1"),
    (r"fiju\s+femia\s+di\s+" + _NAME + r"\s+na\s+kumpleta\s+kantu\s+anu", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"dia\s+ku\s+" + _NAME + r"\s+fala\s+di\s+(.{2,60}?),?\s+ke\s+ku\s+n\s+kume\s+na\s+" + _MEAL,
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"dia\s+ku\s+n\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km,?\s+ke\s+ku\s+n\s+kume\s+na\s+" + _MEAL,
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]} km"),
    (r"dia\s+di\s+runion\s+(.{2,60}?),?\s+nunde\s+ku\s+n\s+kume\s+" + _MEAL, lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"dipus\s+di\s+(.{2,60}?),?\s+kantu\s+ora\s+ku\s+n\s+durmi(?:\s+es\s+noti)?", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r"\s+dipus\s+di\s+(.{2,100}?),?\s+kin\s+ku\s+staba\s+na\s+runion", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"entre\s+(.{2,60}?)\s+ku\s+(.{2,60}?),\s*kal\s+ku\s+n\s+durmi\s+mas", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"entre\s+(.{2,60}?)\s+ku\s+(.{2,60}?),\s*kal\s+dia\s+ku\s+n\s+bibi\s+mas\s+caffeine", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"entre\s+(.{2,60}?)\s+ku\s+(.{2,60}?),\s*kal\s+dia\s+ku\s+n\s+fasi\s+sport\s+mas\s+tempu", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+n\s+bibi\s+mas\s+kafe\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"si\s+n\s+bibi\s+kafe\s+dipus\s+di\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+n\s+ta\s+durmi\s+menus", r"do I sleep less after coffee at \1 or later"),
    (r"si\s+n\s+kume\s+janta\s+dipus\s+di\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+n\s+ta\s+durmi\s+menus", r"do I sleep less after dinner at \1 or later"),
    (r"dia\s+ku\s+n\s+fasi\s+sport,?\s+n\s+ta\s+durmi\s+mas", "do I sleep longer after workout days than after rest days"),
    (r"dia\s+ku\s+n\s+fasi\s+sport,?\s+n\s+ta\s+bibi\s+mas\s+kafe", "do I drink more coffee on workout days than on rest days"),
    (r"dia\s+ku\s+(\d{2,4})\s*mg\s+caffeine\s+o\s+mas,?\s+kuma\s+ku\s+n\s+ta\s+durmi",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    # meetings and workouts named
    (r"^" + _LEADING_DAY + r"\s+kin\s+ku\s+staba\s+na\s+runion\s+(.{2,80}?)(?=\s*\?|$)", r"who was at the \2 meeting \1"),
    (r"^" + _LEADING_DAY + r"\s+runion\s+(.{2,80}?)\s+tarda\s+kantu\s+minutu", r"how many minutes was the \2 meeting \1"),
    (r"kantu\s+runion\s+ku\s+n\s+tene", "how many meetings did I have"),
    (r"purmeru\s+runion\s+kumsa\s+ki\s+ora", "what time did my first meeting start"),
    (r"^" + _LEADING_DAY + r"\s+na\s+(.{2,100}?),?\s+kantu\s+ki\s+heart\s+rate\s+media", r"what was my average heart rate during the \2 \1"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,100}?)\s+tarda\s+kantu\s+minutu", r"how many minutes did the \2 \1 last"),
    # meals, sleep, workouts, coffee
    (r"ke\s+ku\s+n\s+kume\s+na\s+" + _MEAL, lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"nunde\s+ku\s+n\s+kume\s+" + _MEAL, lambda m: f"where did I have {_meal(m[1])}"),
    (r"n\s+durmi\s+diritu\s+o\s+mal", "how well did I sleep, good or poor"),
    (r"kantu\s+ora\s+ku\s+n\s+durmi", "how many hours did I sleep"), (r"ki\s+ora\s+ku\s+n\s+bai\s+durmi", "what time did I go to bed"),
    (r"ki\s+ora\s+ku\s+n\s+korda", "what time did I wake up"), (r"ke\s+sport\s+ku\s+n\s+fasi", "what kind of workout did I do"),
    (r"kantu\s+km\s+ku\s+bisikleta", "how many km did I cycle"), (r"kantu\s+km\s+ku\s+n\s+kuri", "how many km did I run"),
    (r"kantu\s+metru\s+ku\s+n\s+nada", "how far did I swim"),
    (r"kantu\s+km\s+di\s+(running|cycling|swimming|run|cycle|swim)\s+ku\s+n\s+fasi", r"how many km of \1 in total"),
    (r"kantu\s+bias\s+ku\s+n\s+fasi\s+sport", "how many workouts did I do"),
    (r"kantu\s+kafe\s+ku\s+n\s+bibi", "how many coffees did I drink"), (r"kantu\s+mg\s+di\s+caffeine(?:\s+tudu\s+djuntu)?", "how much caffeine in mg"),
    (r"ki\s+ora\s+ku\s+n\s+bibi\s+purmeru\s+kafe", "what time was my first coffee"), (r"ki\s+ora\s+ku\s+n\s+bibi\s+ultimu\s+kafe", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"kal|ke|ki|ku|kin|kantu|nunde|kume|durmi|bibi|kafe|runion|fasi|kuri|nada|bisikleta|tarda|minutu|staba|"
                           r"matabicu|almosu|janta|korda|purmeru|ultimu|kumsa|dipus|entre|mas|menus|fala|libru|filmi|gaba|"
                           r"restauranti|avion|dismanta|kacur|fiju|femia|kumpleta|muda|tera|djuntu|bias|metru|diritu", least=2)
_FOLLOW_UPS = WordTable(((r"^i\s+dia\s+antis\s+di\s+el\s*\??$", "and the day before?"), (r"^i\s+noti\s+antis\s+di\s+el\s*\??$", "and the night before?"),
                         (r"^i\s+es\s+runion,?\s+kantu\s+minutu\s*\??$", "and how long was that meeting?"),
                         (r"^i\s+(?:aos|today),?\s+ti\s+gosi\s*\??$", "and today so far?"),
                         (r"^i\s+([^?]{2,40}?)\s+nbin\s*\??$", r"and \1?")),
                        r"antis|nbin|gosi|runion", least=1)


def from_kriol(text: str) -> str:
    """``text`` with its Kriol days, and the Kriol phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
