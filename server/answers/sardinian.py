"""Sardinian (Logudorese) in an English question, put into English.

People in Cagliari mix Sardinian into English questions. Its weekdays ("Lunis", "Martis", "Mercuris", "Giobia", "Chenabura",
"Sabadu", "Dominiga": Monday to Sunday) stand before a slashed date, with "su" or a comma ("su Martis 13/01", "Martis,
13/01": on Tuesday the 13th), after "in die de" ("in die de Martis 13/01") or before a date in words ("su Martis, 13
January"); "oe" is today, "eris" yesterday, "custa chida" this week, "sa chida passada" last week and "dae Lunis" since Monday;
a night is "sa note de su Martis 13/01 a su 14/01", "sa note de su 13 January" or "eris a note, 13/01 a 14/01" (last night).
Those become English. The phrases that carry what is asked ("cantas oras apo dormidu" (how many hours did I sleep), "inue apo
mandigadu a prandzu" (where did I have lunch), "chie bi fit a sa X" (who was at the X)) become English too, where two of
Sardinian's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"lunis": "Monday", "martis": "Tuesday", "mercuris": "Wednesday", "giobia": "Thursday", "chenabura": "Friday",
             "sabadu": "Saturday", "dominiga": "Sunday"}
_WD = r"((?-i:L)unis|(?-i:M)artis|(?-i:M)ercuris|(?-i:G)iobia|(?-i:C)henabura|(?-i:S)abadu|(?-i:D)ominiga)"
_MEAL = r"(colatzione|prandzu|chena)"
_MEALS = {"co": "breakfast", "p": "lunch", "ch": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS.get(word[:2].lower()) or _MEALS[word[:1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"sa\s+note\s+de\s+su\s+" + _WD + r"\s+(" + _DATE + r")\s+a\s+su\s+" + _DATE, r"the night of \2"),
    (r"sa\s+note\s+de\s+su\s+" + _WORDS_DATE, r"the night of \1"),
    (r"(?-i:eris)\s+a\s+note,?\s+(" + _DATE + r")\s+a\s+" + _DATE, r"the night of \1"),
    (r"custa\s+chida", "this week"), (r"(?:de\s+)?sa\s+chida\s+passada", "last week"), (r"dae\s+(?-i:L)unis", "since Monday"),
    (r"in\s+die\s+de\s+" + _WD + r"(?=\s+" + _DATE + r")", "on"),
    # (with "su" before or a comma after, as Sardinian writes it: Kriol's "noti di Sabadu 10/01" is Kriol's to read)
    (r"(?:(?-i:su)\s+" + _WD + r",?|" + _WD + r",)\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1] or m[2])} {m[3]}"),
    (r"(?:(?-i:su)\s+" + _WD + r",?|" + _WD + r",)(?=\s+" + _DATE + r")", "on"),
    (r"(?-i:oe)(?=\s+\d)", "today"), (r"(?-i:eris)(?=\s+\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"lunis|martis|mercuris|giobia|chenabura|sabadu|dominiga|oe|eris|sa\s+note|chida", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+m['’]at\s+nadu\s+de\s+leghere\s+unu\s+libru(?:,?\s+cale\s+libru\s+fit)?", r"which book did \1 recommend"),
    (r"cale\s+film\s+m['’]at\s+cussigiadu\s+" + _NAME + r"\??(?:\s+devo\s+bidere\s+unu\s+film)?", r"which film did \1 recommend"),
    (_NAME + r"\s+m['’]at\s+nadu\s+de\s+ascurtare\s+unu\s+podcast(?:,?\s+cale)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+at\s+laudadu\s+unu\s+ristorante(?:,?\s+comente\s+si\s+narat)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+at\s+mudadu\s+s['’]offsite(?:,?\s+a\s+ite\s+bidda\s+andat\s+como)?", r"where is the offsite now, according to \1"),
    (r"s['’]aereo\s+de\s+" + _NAME + r"\s+a\s+ite\s+ora\s+arribat", r"when does \1's flight land"),
    (_NAME + r"\s+tenet\s+unu\s+cagneddu\s+nou(?:,?\s+comente\s+l['’]at\s+giamadu)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+at\s+mudadu\s+su\s+launch\s+de\s+(.{2,40}?)(?:,?\s+a\s+cale\s+die\s+est\s+como)?(?=\s*\?|$)",
     r"what is the new date of the \2 launch according to \1"),
    (r"sa\s+fiza\s+de\s+" + _NAME + r"\s+cantos\s+annos\s+at\s+a\s+fagher", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+at\s+faeddadu\s+de\s+(.{2,60}?)\s+una\s+die;?\s+ite\s+apo\s+mandigadu\s+a\s+" + _MEAL + r"\s+cudda\s+die",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"sa\s+die\s+chi\s+apo\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km,?\s+ite\s+apo\s+mandigadu\s+a\s+" + _MEAL,
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]} km"),
    (r"sa\s+die\s+de\s+sa\s+(.{2,60}?),?\s+inue\s+apo\s+mandigadu\s+a\s+" + _MEAL,
     lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"pustis\s+de\s+sa\s+(.{2,60}?),?\s+cantas\s+oras\s+apo\s+dormidu(?:\s+cudda\s+note)?", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _ASKED_DAY + r",?\s+pustis\s+de\s+sa\s+(.{2,100}?),?\s+chie\s+bi\s+fit\s+a\s+sa\s+riunione", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"cale\s+note\s+apo\s+dormidu\s+de\s+prus,?\s+(.{2,60}?)\s+o\s+(?:puru\s+)?(.{2,60}?)(?=\s*\?|$)",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^prus\s+caffeina\s+(.{2,60}?)\s+o\s+(.{2,60}?)(?=\s*\?|$)", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"apo\s+fatu\s+prus\s+minutos\s+de\s+esercitziu\s+(.{2,60}?)\s+o\s+(.{2,60}?)(?=\s*\?|$)",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+apo\s+bidu\s+prus\s+caffe\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"cando\s+s['’]urtimu\s+caffe\s+est\s+a\s+sas\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+o\s+pustis,?\s+dormo\s+de\s+mancu",
     r"do I sleep less after coffee at \1 or later"),
    (r"si\s+chenato\s+a\s+sas\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+o\s+prus\s+tardu,?\s+dormo\s+de\s+mancu", r"do I sleep less after dinner at \1 or later"),
    (r"sas\s+dies\s+chi\s+fatzo\s+esercitziu,?\s+dormo\s+de\s+prus", "do I sleep longer after workout days than after rest days"),
    (r"sas\s+dies\s+de\s+allenamentu,?\s+bio\s+prus\s+caffes", "do I drink more coffee on workout days than on rest days"),
    (r"cando\s+leo\s+(\d{2,4})\s*mg\s+de\s+caffeina\s+o\s+prus,?\s+comente\s+dormo",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    # meetings and workouts named
    (r"chie\s+bi\s+fit\s+a\s+sa\s+(.{2,80}?)\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"who was at the \1 meeting \2"),
    (r"^sa\s+(.{2,80}?)\s+" + _ASKED_DAY + r"\s+cantos\s+minutos\s+est\s+durada", r"how many minutes was the \1 meeting \2"),
    (r"cantos\s+minutos\s+est\s+durada\s+sa\s+(.{2,100}?)\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"how many minutes did the \1 \2 last"),
    (r"su\s+coro\s+meu\s+cantu\s+bategabat\s+in\s+sa\s+(.{2,100}?)\s+" + _ASKED_DAY + r",?\s+in\s+media",
     r"what was my average heart rate during the \1 \2"),
    (r"cantas\s+riuniones\s+apo\s+tentu", "how many meetings did I have"),
    (r"a\s+ite\s+ora\s+est\s+incumintzada\s+sa\s+prima\s+riunione", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"ite\s+apo\s+mandigadu\s+a\s+" + _MEAL, lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"inue\s+apo\s+mandigadu\s+a\s+" + _MEAL, lambda m: f"where did I have {_meal(m[1])}"), (r"inue\s+apo\s+fatu\s+chena", "where did I have dinner"),
    (r"comente\s+apo\s+dormidu,?\s+bene\s+o\s+male", "how well did I sleep, good or poor"),
    (r"cantas\s+oras\s+apo\s+dormidu", "how many hours did I sleep"), (r"a\s+ite\s+ora\s+so\s+andadu\s+a\s+dormire", "what time did I go to bed"),
    (r"a\s+ite\s+ora\s+mi\s+so\s+ischidadu", "what time did I wake up"), (r"ite\s+esercitziu\s+apo\s+fatu", "what kind of workout did I do"),
    (r"cantos\s+km\s+apo\s+fatu\s+in\s+bitzicleta", "how many km did I cycle"), (r"cantos\s+km\s+apo\s+curtu", "how many km did I run"),
    (r"cantos\s+metros\s+apo\s+natadu", "how far did I swim"),
    (r"cantos\s+km\s+de\s+(running|cycling|swimming|run|cycle|swim)\s+apo\s+fatu", r"how many km of \1 in total"),
    (r"cantos\s+allenamentos\s+apo\s+fatu", "how many workouts did I do"),
    (r"cantos\s+caffes\s+apo\s+bidu", "how many coffees did I drink"), (r"cantu\s+caffeina\s+apo\s+leadu", "how much caffeine in mg"),
    (r",?\s+mg\s+totales(?=\s*\?|$)", ""),
    (r"a\s+ite\s+ora\s+apo\s+bidu\s+su\s+primu\s+caffe", "what time was my first coffee"), (r"s['’]urtimu\s+caffe\s+a\s+ite\s+ora", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"ite|cale|cantos|cantas|cantu|inue|chie|apo|mandigadu|dormidu|bidu|fatu|curtu|natadu|bitzicleta|caffe|caffes|"
                           r"caffeina|riunione|riuniones|durada|minutos|oras|colatzione|prandzu|chena|esercitziu|allenamentos|"
                           r"allenamentu|pustis|prus|mancu|dormo|chenato|fatzo|leo|bio|bategabat|coro|ischidadu|dormire|primu|"
                           r"urtimu|incumintzada|laudadu|mudadu|cagneddu|fiza|faeddadu|cussigiadu|leghere|ascurtare|aereo|fit|comente|"
                           r"narat|tenet|giamadu|bidda|arribat|annos|fagher|nadu", least=2)
_FOLLOW_UPS = WordTable(((r"^e\s+sa\s+die\s+innantis\s*\??$", "and the day before?"), (r"^e\s+sa\s+note\s+innantis\s*\??$", "and the night before?"),
                         (r"^e\s+cantu\s+est\s+durada\s+cudda\s+riunione\s*\??$", "and how long was that meeting?"),
                         (r"^e\s+(?:oe|today),?\s+fintzas\s+a\s+como\s*\??$", "and today so far?"),
                         (r"^e\s+pro\s+([^?]{2,40}?)\s*\??$", r"and \1?"), (r"^e\s+" + _NAME + r"\s*\??$", r"and \1?")),
                        r"innantis|cudda|fintzas|pro|e(?=\s+(?-i:[A-Z])[\w'’]*\s*\??$)", least=1)


def from_sardinian(text: str) -> str:
    """``text`` with its Sardinian days, and the Sardinian phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
