"""Kabyle in an English question, put into English.

People in Kabylie and Algiers type Kabyle (Taqbaylit) in Latin letters inside English questions, with dates as Algiers
writes them (day first, months in French). Its weekdays, taken from Arabic ("Letnayen", "Ttlata", "Larbaa", "Lekhmis",
"Ldjemaa", "Ssebt", "Lhed": Monday to Sunday), stand beside a date ("Ttlata (21/10)", "21 octobre (Ttlata)"); "assa" is
today, "idelli" yesterday, "ddurt-a" this week, "ddurt yezrin" last week; a night is "yiḍ n" (night of) with the day it
starts on ("deg yiḍ n Letnayen (20/10-21/10)", "yiḍ n 20 octobre", "idelli deg yiḍ": last night). Those become English.
The phrases that carry what is asked ("anwi i yellan di" (who was at), "achal n ssaat i ttsegh" (how many hours did I
sleep), "d acu i cchigh di imekli" (what did I eat at lunch)) become English too, where a word of Kabyle's own says the
question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"letnayen": "Monday", "ttlata": "Tuesday", "larbaa": "Wednesday", "lekhmis": "Thursday", "ldjemaa": "Friday",
             "ssebt": "Saturday", "lhed": "Sunday"}
_WD = r"(letnayen|ttlata|larbaa|lekhmis|ldjemaa|ssebt|lhed)"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = (r"(\d{1,2}(?:er)?\s+(?:(?-i:[A-Z])[a-z]+|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
               r"|d[ée]cembre)(?:\s+\d{4})?)")  # an English month, or a French one in lower case
_MEALS = {"imekli": "lunch", "imensi": "dinner", "breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner", "lfetur": "breakfast"}
_MEAL = r"(imekli|imensi|lfetur|breakfast|lunch|dinner)"
_NIGHT = r"(?:deg\s+)?yi[ḍd]\s+n"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:idelli\s+)?(?:" + _NIGHT + r"\s+(?:" + _WD + r"\s*)?|deg\s+yi[ḍd]\s*)\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (_NIGHT + r"\s+(?:" + _WD + r"\s+)?" + _WORDS_DATE, r"the night of \2"),
    (_NIGHT + r"\s+" + _WD, lambda m: f"{_day(m[1])} night"), (r"idelli\s+deg\s+yi[ḍd]", "last night"),
    (r"ddurt\s+yezrin", "last week"), (r"ddurt-a", "this week"), (r"seg\s+" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD, lambda m: f"on {_day(m[1])}"),
    (r"(?-i:assa)", "today"), (r"(?-i:idelli)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"letnayen|ttlata|larbaa|lekhmis|ldjemaa|ssebt|lhed|(?-i:assa)|idelli|yi[ḍd]|ddurt", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^ass\s+(?:n\s+)?uqbel-is\s+(?:d\s+acu|ma)?", "and the day before"), (r"^i[ḍd]\s+(?:n\s+)?uqbel-is", "and the night before"),
    (r"^timlilit-nni,?\s*achal\s+n\s+ddqayeq\s+i\s+tedum", "and how long was that meeting"),
    # what someone said
    (r"aqjun\s+amezyan\s+n\s+" + _NAME + r",?\s*d\s+acu\s+isem-is", r"what is the name of \1's new dog"),
    (r"l['’]offsite,?\s*ghur\s+" + _NAME + r",?\s*anta\s+tamdint(?:\s+tura)?", r"where is the offsite now, according to \1"),
    (r"flight\s+n\s+" + _NAME + r",?\s*ghef\s+achal\s+ad\s+d-tawed", r"when does \1's flight land"),
    (r"ghur\s+" + _NAME + r",?\s*d\s+acu\s+isem\s+n\s+restaurant(?:-nni)?(?:\s+i\s+yelhan(?:\s+atas)?)?", r"which restaurant did \1 recommend"),
    (r"ghur\s+" + _NAME + r",?\s*anwa\s+adlis\s+ilaq\s+ad\s+t-ghregh", r"which book did \1 recommend"),
    (r"ghur\s+" + _NAME + r",?\s*anwa\s+film\s+i\s+ilaqen\s+ad\s+t-zregh", r"which film did \1 recommend"),
    (r"ghur\s+" + _NAME + r",?\s*anwa\s+podcast\s+i\s+ilaqen\s+ad\s+t-sleegh", r"which podcast did \1 recommend"),
    (r"tafrurt\s+n\s+" + _NAME + r",?\s*achal\s+n\s+iseggasen\s+ad\s+tesεu", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"ass\s+n\s+(.{2,60}?),?\s*anda\s+i\s+cchigh\s+" + _MEAL, lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"i[ḍd]\s+seld\s+(.{2,60}?),?\s*achal\s+n\s+ssaat\s+i\s+ttsegh", r"how many hours did I sleep the night after the \1 meeting"),
    (r"ass-nni\s+i\s+(ran|swam|cycled|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*d\s+acu\s+i\s+cchigh\s+di\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"ass-nni\s+" + _NAME + r"\s+i\s+d-yehder\s+ghef\s+(.{2,40}?),?\s*d\s+acu\s+i\s+cchigh\s+di\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    # meetings
    (r"anwi\s+i\s+yellan\s+di\s+(.{2,60}?)(?=\s+(?:on\s|today|yesterday)|\s*\?|$)", r"who was at the \1 meeting"),
    (r"timlilit\s+n\s+(.{2,60}?)(\s+(?:on\s|today|yesterday)[^?]{0,30}?)?,?\s*achal\s+n\s+ddqayeq\s+i\s+tedum",
     lambda m: f"how many minutes was the {m[1]} meeting{m[2] or ''}"),
    (r"achal\s+n\s+timlilin\s+i\s+s3igh", "how many meetings did I have"),
    (r"timlilit\s+tamezwarut,?\s*ghef\s+achal\s+i\s+tebda", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"anda\s+i\s+cchigh\s+" + _MEAL, lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"d\s+acu\s+i\s+cchigh\s+di\s+" + _MEAL, lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"achal\s+n\s+ssaat\s+i\s+ttsegh", "how many hours did I sleep"), (r"ttsegh\s+mliḥ\s+negh\s+ala", "did I sleep well or badly"),
    (r"ghef\s+achal\s+i\s+gnegh", "what time did I go to bed"), (r"ghef\s+achal\s+i\s+kkregh", "what time did I wake up"),
    (r"achal\s+n\s+km\s+i\s+uzzlegh", "how many km did I run"), (r"achal\s+n\s+km\s+i\s+xedmegh\s+s\s+bike", "how many km did I cycle"),
    (r"achal\s+i\s+swimmigh", "how far did I swim"),
    (r"d\s+acu\s+n\s+sport\s+i\s+xedmegh", "what kind of workout did I do"),
    (r"achal\s+n\s+workouts\s+i\s+xedmegh(?:\s+armi\s+d\s+tura)?", "how many workouts did I do"),
    (r"achal\s+n\s+ifenjalen\s+n\s+lqahwa\s+i\s+swigh", "how many coffees did I drink"),
    (r"achal\s+n\s+caffeine\s+i\s+swigh(?:\s+s\s+mg)?", "how much caffeine in mg"),
    (r"achal\s+n\s+km\s+n\s+(running|cycling|swimming)(?:\s+i\s+xedmegh)?", r"how many km of \1 in total"),
    # comparisons and habits
    (r"^(.{2,50}?)\s+negh\s+(.{2,50}?),\s*anwa\s+yi[ḍd]\s+i\s+ttsegh\s+ugar\??\s*(?:ssaat\s+n\s+yal\s+yiwen)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,50}?)\s+negh\s+(.{2,50}?),\s*anwa\s+ass\s+i\s+swigh\s+ugar\s+n\s+caffeine\??\s*(?:mg\s+n\s+yal\s+yiwen)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^workout\s+n\s+(.{2,50}?)\s+negh\s+n\s+(.{2,50}?),\s*anwa\s+i\s+yedumen\s+ugar\??\s*(?:ddqayeq\s+n\s+yal\s+yiwen)?",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week,?\s*swigh\s+lqahwa\s+ugar\s+n\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"ma\s+(swigh\s+lqahwa|cchigh\s+imensi)\s+deg\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+negh\s+seld-s,?\s*ttsegh\s+drus",
     lambda m: f"do I sleep less after {'coffee' if 'lqahwa' in m[1] else 'dinner'} at {m[2]} or later"),
    (r"ma\s+swigh\s+(\d{2,4}\s*mg)\s+n\s+caffeine\s+negh\s+ugar,?\s*amek\s+i\s+yella\s+ides-iw(?:\s+ma\s+ad\s+t-qablegh\s+d\s+yi[ḍd]an\s+nniden)?",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"swigh\s+lqahwa\s+ugar\s+deg\s+ussan\s+n\s+workout\s+negh\s+deg\s+ussan\s+n\s+(?:rest|asgunfu)", "do I drink more coffee on workout days than on rest days"),
    (r"ussan\s+n\s+workout,?\s*ttsegh\s+ugar\s+n\s+ussan\s+nniden", "do I sleep longer after workout days than after rest days"),
    (r"(?<=\?)\s*[^?]*\bnegh\b[^?]*\??\s*$", ""),  # "...? run, bike negh swim?": choices offered after the question
    remark_after(("and", "or", "with", "which")),  # "...? ad ruhegh gher l'aeroport": a remark after the question
)
_TABLE = WordTable(_ASKED, r"acu|achal|anda|anwi|anwa|anta|cchigh|ttsegh|swigh|xedmegh|uzzlegh|swimmigh|kkregh|gnegh|timlilit|"
                           r"timlilin|ssaat|ddqayeq|lqahwa|ifenjalen|imekli|imensi|ghur|ghef|aqjun|isem|isem-is|negh|seld|ass-nni|"
                           r"ugar|ussan|drus|ides-iw|s3igh|yellan|tamdint|adlis|yedumen|tedum", least=2)


_WHAT_ABOUT = WordTable(((r"^ma\s+d\s+([^?]{2,40}?)\s*\?\s*$", r"and \1?"),), r"^ma\s+d", least=1)  # "ma d idelli?": and yesterday?


def from_kabyle(text: str) -> str:
    """``text`` with its Kabyle days and French months, and the Kabyle phrases that say what is asked, put into English."""
    return _WHAT_ABOUT.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
