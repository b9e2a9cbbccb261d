"""Czech in an English question, put into English.

People in Czechia switch between Czech, often typed without its accents ("kafe", "veceri", "pondeli"), and English
inside a sentence: "co jsem mela k obedu yesterday?" (what did I have for lunch), "kolik kafi jsem vypila today?" (how
many coffees did I drink), "kdo byl na meetingu X?" (who was at the X meeting). The phrases that carry what is asked
(meals and where they were eaten, coffee and caffeine, sleep, workouts, meetings, who was there, first and last,
longer and more, "or" ("nebo"), the day named by what happened, habits, what someone said, follow-ups) become
English; the remarks around a question ("asi too many", "nevim nic") carry nothing asked and are dropped. Both
spellings are read, with accents and without ("večeři" and "veceri").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_SAID = r"(?:[rř][ií]kal|zm[ií]nil|doporu[cč]il|psal|poslal)(?:/?a)?"  # (he/she) said, mentioned, recommended, wrote
_MEALS = {"snidan": "breakfast", "obed": "lunch", "veceri": "dinner", "vecere": "dinner"}
_MEAL = r"(sn[ií]dan[ií]?|sn[ií]dan[eě]|ob[eě]d[eua]?|ve[cč]e[rř][ií]|ve[cč]e[rř]e)"


def _meal(match_text: str) -> str:
    """The English meal for a Czech one in any of its endings, with or without accents."""
    plain = match_text.lower().translate(str.maketrans("íěčřé", "iecre"))
    return next(english for stem, english in _MEALS.items() if plain.startswith(stem[:4]))


_RULES: tuple[tuple[str, object], ...] = (
    # remarks around the question: an aside after it, or a feeling before it
    (r"(?<=\?)\s+(?!(?:and|a|or|nebo)\b)[^?]*$", ""),
    (r"asi\s+too\s+many|nev[ií]m\s+nic|tot[aá]ln[ií]\s+blackout", ""),
    # follow-ups
    (r"^a\s+noc\s+p[rř]edt[ií]m", "and the night before"), (r"^a\s+den\s+p[rř]edt[ií]m", "and the day before"),
    (r"^a\s+dne(?:s|ska)\s+zat[ií]m", "and today so far"),
    (r"^a\s+jak\s+dlouho\s+ten\s+meeting\s+trval", "and how long was that meeting"),
    (r"^a\s+" + _NAME + r"(?=\s*\?)", r"and \1"),
    # what someone said
    (r"kolik\s+(?:bude|je)\s+d[cč]e[rř]i?e?\s+" + _NAME, r"how old is \1's daughter turning"),
    (r"jakou\s+kn[ií][zž]ku\s+mi\s+" + _SAID + r"\s+" + _NAME, r"which book did \1 recommend to me"),
    (r"jak[ýyeé]j?\s+podcast\s+mi\s+" + _NAME + r"\s+" + _SAID, r"which podcast did \1 recommend to me"),
    (r"jak[ýyeé]j?\s+podcast\s+mi\s+" + _SAID + r"\s+" + _NAME, r"which podcast did \1 recommend to me"),
    (r"ten\s+film\s+od\s+" + _NAME + r",?\s+co\s+ho\s+(?:prej\s+|prý\s+)?mus[ií]m\s+vid[eě]t,?\s+jak\s+se\s+jmenoval",
     r"which film did \1 say I must see"),
    (r"jak\s+se\s+jmenuje\s+nov[yý]\s+pejsek\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"jak\s+se\s+jmenuje\s+nov[yý]\s+pes\s+" + _NAME, r"what is the name of \1's new dog"),
    (_NAME + r"\s+" + _SAID + r",?\s+(?:ze|že)\s+se\s+(.{2,40}?)\s+posouv[aá],?\s+na\s+kdy\s+teda", r"\1 said the \2 moved, to when"),
    # a day named by what happened
    (r"ten\s+den,?\s+(?:kdy|co)\s+" + _NAME + r"\s+" + _SAID + r"\s+(.{2,40}?),\s+co\s+jsem\s+m[eě]la\s+k\s+" + _MEAL,
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"ten\s+den,?\s+co\s+byl\s+meeting\s+(.{2,60}?),\s+kde\s+jsem\s+ob[eě]dvala",
     r"where did I have lunch on the day of the \1 meeting"),
    (r"co\s+jsem\s+m[eě]la\s+k\s+" + _MEAL + r"\s+ten\s+den,?\s+kdy\s+jsem",
     lambda m: f"what did I eat for {_meal(m[1])} on the day I"),
    (r"kolik\s+jsem\s+spala\s+tu\s+noc\s+po\s+meetingu\s+(.{2,60}?)(?=\s*\?|$)", r"how many hours did I sleep the night after the \1 meeting"),
    (r"kdo\s+byl\s+na\s+tom\s+meetingu\s+hned\s+po", "who was at the meeting right after the"),
    # habits
    (r"kdy(?:z|ž)\s+piju\s+kafe\s+v", "when I drink coffee at"), (r"nebo\s+pozd[eě]jc?", "or later"),
    (r"spim\s+pak\s+m[ie]n|spím\s+pak\s+míň", "do I sleep less"),
    (r"dny\s+s\s+tr[eé]ninkem", "workout days"), (r"po\s+kter[yý]ch\s+sp[ií]m\s+d[eé]l|po\s+kterejch\s+spim\s+dyl",
                                                 "after which do I sleep longer"),
    (r"dny\s+s", "days with"), (r"a\s+v[ií]c(?:e)?(?=\s*,)", "or more"),
    (r"jak\s+potom\s+sp[ií]m\s+oproti\s+ostatn[ií]m\s+dn[uů]m", "how do I sleep after them vs other days"),
    # comparisons
    (r"piju\s+tenhle\s+t[yý]den\s+v[ií]c\s+kafe\s+ne(?:z|ž)\s+minulej,?\s+nebo\s+m[ií]n",
     "do I drink more coffee this week than last week, or less"),
    (r"kdy\s+jsem\s+spala\s+d[eé]l|kdy\s+jsem\s+spala\s+dyl", "which night did I sleep longer"),
    (r"kdy\s+v[ií]c", "which day more"), (r"kter[yýe]j?\s+byl\s+del[sš][ií]", "which was longer"),
    (r"hodiny\s+za\s+ob[eě]\s+noci|minuty\s+ob[oa]u|mg\s+pro\s+oba\s+dny", ""),
    (r"dob[rř]e\s+nebo\s+[sš]patn[eě]", "well or badly"), (r"(?<=\s)nebo(?=\s)", "or"), (r"kofein(?:u)?(?=\s)", "caffeine"),
    # what is asked
    (r"kde\s+jsme\s+byli\s+na\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"kde\s+jsem\s+byla\s+na\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"co\s+jsem\s+m[eě]la\s+k\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"jak\s+jsem\s+spala", "how did I sleep"),
    (r"kolik\s+hodin\s+jsem\s+spala", "how many hours did I sleep"), (r"kolik\s+jsem\s+spala", "how many hours did I sleep"),
    (r"jak\s+dlouho\s+trval\s+meeting\s+(.{2,60}?)(?=\s+(?:today|yesterday|on|last|this|the|\d|mon|tue|wed|thu|fri|sat|sun))",
     r"how long was the \1 meeting"),
    (r"jak\s+dlouho\s+trval", "how long did it take:"),
    (r"kolik\s+km\s+jsem\s+najela\s+na\s+kole", "how many km did I cycle"), (r"kolik\s+km\s+jsem\s+ub[eě]hla", "how many km did I run"),
    (r"kolik\s+jsem\s+uplavala", "how far did I swim"),
    (r"jak[yý]j?\s+jsem\s+m[eě]la\s+pr[uů]m[eě]rn[yý]j?\s+tep\s+p[rř]i", "what was my average heart rate on the"),
    (r"kdo\s+byl\s+na\s+meetingu\s+(.{2,60}?)(?=\s+(?:today|yesterday|on|last|this|the|\d|mon|tue|wed|thu|fri|sat|sun))",
     r"who was at the \1 meeting"),
    (r"kolik\s+mg\s+kofeinu\s+jsem\s+(?:do\s+sebe\s+dostala|m[eě]la|vypila)", "how many mg of caffeine did I have"),
    (r"kolik\s+kaf[ií]\s+jsem\s+vypila", "how many coffees did I drink"),
    (r"kolik\s+km\s+(running|cycling|swimming)\s+m[aá]m\s+od\s+pond[eě]l[ií]", r"how many km of \1 since Monday"),
    (r"kolik\s+tr[eé]ninku\s+jsem\s+dala\s+tenhle\s+t[yý]den", "how many workouts did I do this week"),
    (r"v\s+kolik\s+bylo\s+posledn[ií]\s+kafe", "what time was my last coffee"),
    (r"v\s+kolik\s+jsem\s+m[eě]la\s+prvn[ií]\s+kafe", "what time was my first coffee"),
    (r"v\s+kolik\s+jsem\s+[sš]la\s+sp[aá]t", "what time did I go to bed"), (r"v\s+kolik\s+jsem\s+vst[aá]vala|v\s+kolik\s+jsem\s+vstala",
                                                                          "what time did I get up"),
    (r"v\s+kolik\s+mi\s+za[cč]al\s+prvn[ií]\s+meeting", "what time did my first meeting start"),
    (r"kolik\s+jsem\s+m[eě]la\s+meetingu", "how many meetings did I have"),
    (r"tenhle\s+t[yý]den", "this week"), (r"minul[yý]j?\s+t[yý]den", "last week"), (r"od\s+pond[eě]l[ií]", "since Monday"),
)
_TABLE = WordTable(_RULES, r"jsem|jsme|kolik|kafe|kaf[ií]|ve[cč]e[rř]i|ob[eě]d[ue]?|sn[ií]dan[ií]|spala|meetingu|tr[eé]ninku|"
                           r"tr[eé]ninkem|kofeinu|kdy\s+v[ií]c|ub[eě]hla|najela|uplavala|trval|nebo|dyl|del[sš][ií]|piju|spim|sp[ií]m|"
                           r"pond[eě]l[ií]|t[yý]den|p[rř]edt[ií]m|zat[ií]m|dne(?:s|ska)|doporu[cč]il(?:/?a)?|zm[ií]nil(?:/?a)?|"
                           r"[rř][ií]kal(?:/?a)?|pejsek|knizku|knížku|jmenuje|kdy[zž]|ob[eě]dvala|^a(?=\s+(?-i:[A-Z])[\w'’]*\s*\?$)", least=1)
"""(Words of Czech alone, typed with or without accents: "a", "co", "kde", "kdo", "ten" are no hint by themselves, nor is
"kofein", which Uzbek and Polish spell so too.)"""


def from_czech(text: str) -> str:
    """``text`` with its Czech phrases that say what is asked put into English; a text with none of the words only Czech
    has is left as it is."""
    return _TABLE.in_english(text)
