"""Albanian in an English question, put into English.

People in Albania and Kosovo switch between Albanian and English inside a sentence: "çfarë hëngra për drekë yesterday?"
(what did I eat for lunch), "sa kafe piva today?" (how many coffees did I drink), "kush ishte në takimin X?" (who was at
the X meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and caffeine, sleep and
waking, workouts ("stërvitje"), meetings and who was there, first and last, comparisons, habits, what someone said,
follow-ups), the days ("sot", "dje", "pardje", a night named by its day) and the months become English; a remark after the
question carries nothing asked and is dropped. Both spellings are read, with "ë" and "ç" and without.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_TITLE = r"(.{2,60}?)"
_TITLE_END = r"(?=\s+(?:on|today|yesterday|the|sot|dje|pardje|\d)\b|\s*[?,]|$)"
_MEALS = {"mëngjes": "breakfast", "mengjes": "breakfast", "drekë": "lunch", "dreke": "lunch", "darkë": "dinner", "darke": "dinner"}
_MEAL = r"(m[ëe]ngjes|drek[ëe]|dark[ëe])"
_THINGS = {"libri": "book", "film": "film", "podcast": "podcast"}
_MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _month(word: str) -> str:
    word = word.lower().replace("e", "ë") if word.lower() == "nentor" else word.lower()
    return _MONTH_NAMES[_MONTHS.index(word)]


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^po\s+(?:një\s+|nje\s+)?dit[ëe]\s+para\s+asaj", "and the day before"), (r"^po\s+nata\s+para\s+asaj", "and the night before"),
    (r"^po\s+sot,?\s+deri\s+tani", "and today so far"), (r"^dhe\s+sa\s+zgjati\s+ai\s+takim", "and how long was that meeting"),
    (r"^po\s+(.{2,60}?)\?\s*(?:e\s+nj[ëe]jta\s+(?:pyetje|gj[ëe]))?\s*$", r"and \1?"),
    # what someone said
    (r"(?:çfarë|cfare)\s+libri\s+m[ëe]\s+rekomandoi\s+" + _NAME, r"which book did \1 recommend"),
    (r"cilin\s+(film|podcast)\s+(?:m[ëe]\s+)?(?:sugjeroi|rekomandoi)\s+" + _NAME, lambda m: f"which {m[1].lower()} did {m[2]} recommend"),
    (r"cilin\s+film\s+tha\s+" + _NAME + r"\s+q[ëe]\s+duhet\s+ta\s+shoh", r"which film did \1 say I must see"),
    (r"ku\s+u\s+zhvendos\s+offsite-?i,?\s+sipas\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"si\s+quhej\s+restoranti\s+q[ëe]\s+m[ëe]\s+tha\s+" + _NAME, r"what was the restaurant \1 recommended"),
    (r"n[ëe]\s+(?:çfarë|cfare)\s+ore\s+ulet\s+avioni\s+i\s+" + _NAME, r"when does \1's flight land"),
    (r"si\s+e\s+ka\s+emrin\s+qeni\s+i\s+ri\s+i\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"sa\s+vje[çc]\s+mbush\s+vajza\s+e\s+" + _NAME, r"how old is \1's daughter turning"),
    (_NAME + r"\s+tha\s+q[ëe]\s+launch-?i\s+i\s+(.{2,40}?)\s+shtyhet,?\s+p[ëe]r\s+cil[ëe]n\s+dat[ëe]", r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question; the days
    (r"(?<=\?)\s+(?!(?:and|dhe|po|or|apo)\b)[^?]*$", ""), (r"\(\s*mbr[ëe]m[ëe]\s*\)", ""),
    (r"pardje,?\s+(?=the\s+day\s+before\s+yesterday)", ""), (r"pardje", "the day before yesterday"),
    (r"nat[ëe]n\s+e\s+(?:s[ëe]\s+)?\w+\s+\((\d{1,2})\.(\d{1,2})\)", r"\1/\2 night"),
    (r"sot,?\s+(?=e\s+\w+\s+\d)", "today, "), (r"sot", "today"), (r"dje", "yesterday"),
    (r"(\d{1,2})\s+(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor)", lambda m: f"{m[1]} {_month(m[2])}"),
    # a day or a night named by what happened
    (r"dit[ëe]n\s+kur\s+ishte\s+takimi\s+" + _TITLE + _TITLE_END, r"on the day of the \1 meeting"),
    (r"dit[ëe]n\s+kur\s+" + _NAME + r"\s+p[ëe]rmendi", r"on the day \1 mentioned"),
    (r"nat[ëe]n\s+pas\s+takimit\s+" + _TITLE + _TITLE_END, r"the night after the \1 meeting"),
    (r"kush\s+ishte\s+n[ëe]\s+takimin\s+right\s+after", "who was at the meeting right after"),
    # habits
    (r"si\s+[ëe]sht[ëe]\s+gjumi\s+im\s+pas\s+dit[ëe]ve\s+me\s+(\d+)\s*mg\s+kafein[ëe]\s+ose\s+m[ëe]\s+shum[ëe]",
     r"how do I sleep after days with \1 mg of caffeine or more"), (r"compared\s+me\s+dit[ëe]t\s+e\s+tjera", "compared to the other days"),
    (r"a\s+fle\s+m[ëe]\s+pak\s+kur\s+pi\s+kafe\s+n[ëe]", "do I sleep less when I drink coffee at"),
    (r"a\s+fle\s+m[ëe]\s+pak\s+kur\s+ha\s+dark[ëe]\s+n[ëe]", "do I sleep less when I have dinner at"), (r"ose\s+m[ëe]\s+von[ëe]", "or later"),
    (r"a\s+fle\s+m[ëe]\s+gjat[ëe]\s+pas\s+dit[ëe]ve\s+me\s+st[ëe]rvitje\s+se\s+pas\s+(?:rest\s+days|dit[ëe]ve\s+pa\s+st[ëe]rvitje)",
     "do I sleep longer after workout days than after rest days"),
    (r"a\s+pi\s+m[ëe]\s+shum[ëe]\s+kafe\s+n[ëe]\s+dit[ëe]t\s+me\s+st[ëe]rvitje\s+se\s+n[ëe]\s+(?:rest\s+days|dit[ëe]t\s+pa\s+st[ëe]rvitje)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"po\s+pi\s+m[ëe]\s+shum[ëe]\s+kafe\s+k[ëe]t[ëe]\s+jav[ëe]\s+se\s+jav[ëe]n\s+e\s+kaluar", "do I drink more coffee this week than last week"),
    (r"cil[ëe]n\s+nat[ëe]\s+fjeta\s+m[ëe]\s+gjat[ëe]", "which night did I sleep longer"),
    (r"kur\s+pata\s+m[ëe]\s+shum[ëe]\s+kafein[ëe]", "which day did I have more caffeine"),
    (r"cila\s+st[ëe]rvitje\s+ishte\s+m[ëe]\s+e\s+gjat[ëe]", "which workout was longer"),
    (r"(?:dhe\s+sa\s+or[ëe]\s+secil[ëe]n|mg\s+p[ëe]r\s+secil[ëe]n\s+dit[ëe]|minutat\s+e\s+t[ëe]\s+dyjave)", ""),
    (r"(?<=\s)apo(?=\s)", "or"),
    # what is asked
    (r"(?:çfarë|cfare)\s+h[ëe]ngra\s+p[ëe]r\s+" + _MEAL, lambda m: "what did I eat for " + _MEALS[m[1].lower()]),
    (r"ku\s+h[ëe]ngra\s+" + _MEAL, lambda m: "where did I have " + _MEALS[m[1].lower()]), (r"ku\s+darkova", "where did I have dinner"),
    (r"(?:çfarë|cfare)\s+st[ëe]rvitje\s+b[ëe]ra", "what workout did I do"),
    (r"sa\s+ishte\s+average\s+pulsi\s+gjat[ëe]", "what was my average heart rate in the"),
    (r"si\s+fjeta\s+(.{0,60}?),?\s+mir[ëe]\s+apo\s+keq", r"did I sleep well or badly \1"),
    (r"sa\s+or[ëe]\s+fjeta", "how many hours did I sleep"),
    (r"sa\s+zgjati\s+takimi\s+" + _TITLE + _TITLE_END, r"how long was the \1 meeting"), (r"sa\s+zgjati", "how long was the"),
    (r"sa\s+km\s+vrapova", "how many km did I run"), (r"sa\s+km\s+b[ëe]ra\s+me\s+bi[çc]iklet[ëe]", "how many km did I cycle"),
    (r"sa\s+larg\s+notova", "how far did I swim"),
    (r"kush\s+ishte\s+n[ëe]\s+takimin\s+" + _TITLE + _TITLE_END, r"who was at the \1 meeting"),
    (r"sa\s+kafe\s+piva", "how many coffees did I drink"), (r"sa\s+kafein[ëe]\s+mora(?:\s+gjithsej)?", "how much caffeine did I have"),
    (r"sa\s+takime\s+pata", "how many meetings did I have"),
    (r"sa\s+km\s+(\w+)\s+kam\s+b[ëe]r[ëe]\s+q[ëe]\s+nga\s+e\s+h[ëe]na", r"how many km of \1 have I done since Monday"),
    (r"sa\s+st[ëe]rvitje\s+kam\s+b[ëe]r[ëe]\s+k[ëe]t[ëe]\s+jav[ëe]", "how many workouts have I done this week"),
    (r"n[ëe]\s+(?:çfarë|cfare)\s+ore\s+piva\s+kafen\s+e\s+par[ëe]", "what time was my first coffee"),
    (r"kur\s+e\s+piva\s+kafen\s+e\s+fundit", "what time was my last coffee"),
    (r"n[ëe]\s+(?:çfarë|cfare)\s+ore\s+filloi\s+takimi\s+i\s+par[ëe]", "what time did my first meeting start"),
    (r"n[ëe]\s+sa\s+u\s+zgova", "what time did I wake up"), (r"n[ëe]\s+(?:çfarë|cfare)\s+ore\s+shkova\s+t[ëe]\s+fle", "what time did I go to bed"),
    (r"k[ëe]t[ëe]\s+jav[ëe]", "this week"), (r"jav[ëe]n\s+e\s+kaluar", "last week"),
)
_TABLE = WordTable(_RULES, r"çfarë|cfare|h[ëe]ngra|piva|fjeta|takim\w*|st[ëe]rvitje|kafein[ëe]|kafen|vrapova|notova|darkova|"
                           r"zgjati|pata|mora|dje|pardje|nat[ëe]n|nata|javë|jav[ëe]n|rekomandoi|sugjeroi|p[ëe]rmendi|"
                           r"qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor|prill|shkurt|janar|pyetje|asaj|deri\s+tani|restoranti|vje[çc]|"
                           r"qeni|h[ëe]na|kam\s+b[ëe]r[ëe]|zgova|fle|von[ëe]",
                   least=1)
"""(Words Albanian alone spells so; "po", "sa", "ku", "kur", "dhe", "apo", "mars", "maj" and "sot" (Bislama's "short" too) are no hint by themselves.)"""


def from_albanian(text: str) -> str:
    """``text`` with its Albanian phrases that say what is asked put into English; a text with none of the words only
    Albanian spells so is left as it is."""
    return _TABLE.in_english(text)
