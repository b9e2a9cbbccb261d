"""Kurdish (Sorani, in the Latin letters Kurds use online) in an English question, put into English.

People in Erbil and Sulaymaniyah mix Sorani into English questions. Its weekdays ("Dûşemme", "Sêşemme", "Çwarşemme",
"Pêncşemme", "Heynî", "Şemme", "Yekşemme": Monday to Sunday) stand before a slashed date, alone or after "rojî" (the day of)
or "le rojî" (on the day of) ("rojî Sêşemme 13/01": on Tuesday the 13th), or after "rojî" and before a comma and a date in
words ("rojî Sêşemme, 13 January"); "emro" is today, "dwênê" yesterday, "em hefteye" this week, "hefteyî pêşû" last week and
"le Dûşemmewe" since Monday; a night is "şewî Sêşemme 13/01 bo 14/01", "şewî 13 January" or "dwênê şew, 13/01 bo 14/01" (last
night). Those become English. The phrases that carry what is asked ("çend katjimêr xewtim" (how many hours did I sleep), "le
kwê nanî nîwerrom xward" (where did I have lunch), "kê le X-y ... amade bû" (who was at the X meeting)) become English too,
where two of Sorani's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"dûşemme": "Monday", "sêşemme": "Tuesday", "çwarşemme": "Wednesday", "pêncşemme": "Thursday", "heynî": "Friday",
             "şemme": "Saturday", "yekşemme": "Sunday"}
_WD = r"((?-i:D)ûşemme|(?-i:S)êşemme|(?-i:Ç)warşemme|(?-i:P)êncşemme|(?-i:H)eynî|(?-i:Ş)emme|(?-i:Y)ekşemme)"
_MEAL = r"(?:nanî\s+)?(beyanî|nîwerro|êware)[my]?"
_MEALS = {"b": "breakfast", "n": "lunch", "ê": "dinner"}
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word[:1].lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"şewî\s+" + _WD + r"\s+(" + _DATE + r")(?:\s+bo\s+" + _DATE + r")?", r"the night of \2"),
    (r"şewî\s+" + _WORDS_DATE, r"the night of \1"),
    (r"(?-i:dwênê)\s+şew,?\s+(" + _DATE + r")(?:\s+bo\s+" + _DATE + r")?", r"the night of \1"),
    (r"(?-i:dwênê)\s+şew(?!\w)", "last night"),
    (r"em\s+hefteye", "this week"), (r"(?:le\s+)?hefteyî\s+pêşû", "last week"), (r"le\s+(?-i:D)ûşemmewe", "since Monday"),
    (r"(?:le\s+)?rojî\s+" + _WD + r",?\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (r"(?:(?:le\s+)?rojî\s+" + _WD + r"|" + _WD + r"),?(?=\s+" + _DATE + r")", "on"),
    (r"(?-i:emro)(?=\s+\d)", "today"), (r"(?-i:dwênê)(?=\s+\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"dûşemme|sêşemme|çwarşemme|pêncşemme|heynî|şemme|yekşemme|emro|dwênê|şewî|hefteye|hefteyî|dûşemmewe",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+gotî\s+kitêbêk\s+bixwênmewe(?:,?\s+kam\s+kitêb\s+bû)?", r"which book did \1 recommend"),
    (_NAME + r"\s+kam\s+film-î\s+pê\s+wtim\s+bîbînm", r"which film did \1 recommend"),
    (_NAME + r"\s+podcastêkî\s+pê\s+wtim(?:,?\s+kamyan\s+bû)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+restorantêkî\s+pê\s+wtim(?:,?\s+nawî\s+çî\s+bû)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite-ekey\s+gwastewe(?:,?\s+êsta\s+le\s+kam\s+şar\s+e)?", r"where is the offsite now, according to \1"),
    (r"firokey\s+" + _NAME + r"\s+key\s+danîşêtewe", r"when does \1's flight land"),
    (_NAME + r"\s+tûtkeyekî\s+nwêy\s+heye(?:,?\s+nawî\s+çî\s+lê\s+nawe)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+launch-î\s+(.{2,40}?)(?:-y)?\s+gorî(?:,?\s+êsta\s+kewtote\s+kam\s+roj)?", r"what is the new date of the \2 launch according to \1"),
    (r"kiçekey\s+" + _NAME + r"\s+le\s+ledaykbûnî\s+dahatûda\s+debête\s+çend\s+sał", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+rojêk\s+basî\s+(.{2,60}?)(?:-y)?\s+kird;?\s+ew\s+roje\s+(?:bo\s+)?" + _MEAL + r"\s+çim\s+xward",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"ew\s+rojey\s+(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode),?\s+(?:bo\s+)?" + _MEAL + r"\s+çim\s+xward",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[2]} {m[1]} km"),
    (r"rojî\s+(.{2,60}?),\s+" + _MEAL + r"\s+le\s+kwê\s+xward", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"dway\s+(.{2,60}?),\s+ew\s+şewe\s+çend\s+katjimêr\s+xewtim", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _ASKED_DAY + r",?\s+dway\s+(.{2,100}?),\s+kê\s+le\s+kobûneweke\s+bû", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"kam\s+şew\s+ziyatir\s+xewtim,?\s+(.{2,60}?)\s+yan\s+(.{2,60}?)(?=\s*\?|$)", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"kafeînim\s+ziyatir\s+bû\s+(.{2,60}?)\s+yan\s+(.{2,60}?)(?=\s*\?|$)", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"werzişim\s+ziyatir\s+xulek\s+bû\s+(.{2,60}?)\s+yan\s+(.{2,60}?)(?=\s*\?|$)", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+qawey\s+ziyatirim\s+xwardotewe\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"ke\s+dwayîn\s+qawe\s+katjimêr\s+" + _TIME + r"\s+yan\s+dwatir\s+bêt,?\s+kemtir\s+dexewm", r"do I sleep less after coffee at \1 or later"),
    (r"eger\s+nanî\s+êware\s+katjimêr\s+" + _TIME + r"\s+yan\s+dwatir\s+bixom,?\s+xewim\s+kemtir\s+debêt",
     r"do I sleep less after dinner at \1 or later"),
    (r"ew\s+rojaney\s+werziş\s+dekem,?\s+ziyatir\s+dexewm", "do I sleep longer after workout days than after rest days"),
    (r"rojanî\s+werziş\s+qawey\s+ziyatir\s+dexomewe", "do I drink more coffee on workout days than on rest days"),
    (r"ke\s+(\d{2,4})\s*mg\s+kafeîn\s+yan\s+ziyatir\s+dexomewe,?\s+xewim\s+çon\s+debêt",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    # meetings and workouts named
    (r"kê\s+le\s+(.{2,80}?)(?:-y)?\s+" + _ASKED_DAY + r"\s+amade\s+bû", r"who was at the \1 meeting \2"),
    (r"kobûnewey\s+(.{2,80}?)\s+" + _ASKED_DAY + r"\s+çend\s+xulek\s+bû", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _ASKED_DAY + r"\s+çend\s+xulekî\s+xayand", r"how many minutes did the \1 \2 last"),
    (r"le\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+lêdanî\s+dłim\s+be\s+têkrayî\s+çend\s+bû", r"what was my average heart rate during the \1 \2"),
    (r"çend\s+kobûnewem\s+hebû", "how many meetings did I have"),
    (r"yekem\s+kobûnewe\s+key\s+dest-î\s+pê\s+kird", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"(?:bo\s+)?" + _MEAL + r"\s+(?:çim|çî)\s+xward", lambda m: f"what did I eat for {_meal(m[1])}"),
    (_MEAL + r"\s+(.{2,50}?)\s+çî\s+bû", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (r"le\s+kwê\s+" + _MEAL + r"\s+xward|" + _MEAL + r"\s+le\s+kwê\s+xward", lambda m: f"where did I have {_meal(m[1] or m[2])}"),
    (r"xewim\s+baş\s+bû\s+yan\s+xirap", "how well did I sleep, good or poor"), (r"çend\s+katjimêr\s+xewtim", "how many hours did I sleep"),
    (r"katjimêr\s+çend\s+çûm\s+bo\s+xew", "what time did I go to bed"), (r"katjimêr\s+çend\s+le\s+xew\s+hestam", "what time did I wake up"),
    (r"çi\s+werzişêkim\s+kird", "what kind of workout did I do"),
    (r"be\s+paskîl\s+çend\s+km\s+royştim", "how many km did I cycle"), (r"çend\s+km\s+rakirdim", "how many km did I run"),
    (r"çend\s+metr\s+mełewanîm\s+kird", "how far did I swim"),
    (r"çend\s+km\s+(running|cycling|swimming)m?\s+kirduwe", r"how many km of \1 in total"),
    (r"çend\s+car\s+werzişim\s+kirduwe", "how many workouts did I do"),
    (r"çend\s+qawem\s+xwardewe", "how many coffees did I drink"), (r"kafeîn\s+be\s+giştî\s+çend\s+mg\s+bû", "how much caffeine in mg"),
    (r"yekem\s+qawem\s+key\s+xwardewe", "what time was my first coffee"),
    (r"dwayîn\s+qawey\s+(.{0,40}?)\s*katjimêr\s+çend\s+bû", r"what time was my last coffee \1"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"çend|çî|çi|çim|çon|kam|kamyan|kê|kwê|key|katjimêr|xewtim|xewim|xew|xward|nanî|qawe|qawem|qawey|kobûnewe|"
                           r"kobûnewem|kobûnewey|kobûneweke|werziş|werzişim|werzişêkim|xulek|xulekî|xayand|amade|bû|kird|kafeîn|"
                           r"kafeînim|ziyatir|ziyatirim|kemtir|dway|dwayîn|yan|rakirdim|royştim|paskîl|mełewanîm|hestam|çûm|yekem|"
                           r"gotî|kitêb|kitêbêk|wtim|gwastewe|şar|restorantêkî|firokey|danîşêtewe|tûtkeyekî|nawî|gorî|kewtote|"
                           r"kiçekey|sał|podcastêkî|basî|rojêk|roje|rojey|rojaney|rojanî|dexewm|dexomewe|debêt|baş|xirap|hebû|"
                           r"lêdanî|dłim|têkrayî|giştî|metr|kirduwe|xwardewe|xwardotewe", least=2)
_FOLLOW_UPS = WordTable(((r"^ey\s+rojî\s+pêştir\s*\??$", "and the day before?"), (r"^ey\s+şewî\s+pêştir\s*\??$", "and the night before?"),
                         (r"^ey\s+ew\s+kobûnewe\s+çend\s+xulekî\s+xayand\s*\??$", "and how long was that meeting?"),
                         (r"^ey\s+(?:emro|today),?\s+ta\s+êsta\s*\??$", "and today so far?"),
                         (r"^ey\s+bo\s+([^?]{2,40}?)\s*\??$", r"and \1?")),
                        r"pêştir|xayand|êsta|ey(?=\s+bo\s)", least=1)


def from_kurdish(text: str) -> str:
    """``text`` with its Sorani days, and the Sorani phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
