"""Shona in an English question, put into English.

People in Zimbabwe mix Shona into English as they type ("nezuro ndakanwa makapu mangani ekofi?", "musangano
weSprint planning ndiani aivepo?", "usiku hwanezuro ndakarara maawa mangani?"). Shona joins "of", "on", "to" and
"about" to the next word ("weSprint", "yaTom", "kwaTom", "neMuvhuro", "nezveDune"): those prefixes are split from
a name or a number first. The words that carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts,
meetings, question words, more/less, "or", "the day of", "the night of", habits) become English, and the words that
only hold the sentence together ("ko" and, "here" the question mark, "yangu" my) go.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_WEEKDAYS = {"muvhuro": "Monday", "chipiri": "Tuesday", "chitatu": "Wednesday", "china": "Thursday",
             "chishanu": "Friday", "mugovera": "Saturday", "svondo": "Sunday"}
_ON_DAY = r"(?:ne|pa)\s+(" + "|".join(_WEEKDAYS) + ")"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"resitorendi": "restaurant", "restaurant": "restaurant", "bhuku": "book", "book": "book", "firimu": "film",
          "movie": "film", "film": "film", "podcast": "podcast", "rwiyo": "song", "song": "song"}
_THINGS = "(" + "|".join(_THING) + ")"
_MEAL = {"chisvusvuro": "breakfast", "kudya kwemasikati": "lunch", "kudya kwemanheru": "dinner"}
_WHICH = r"(?:ipi|ripi|upi|rupi|chipi|api)"
_SAID = r"(?:akati|akandiudza|akandikurudzira\s+kuti)"
_DO = r"(?:ti|ndi)?(?:edze|kuedza|kuverenga|kuteerera|kuona|kunzwa|verenge|teerere|one)"
_MEETING = r"(?:musangano|misangano)"
_OF = r"(?:ye|wa|ya|re|ra|rwe|rwa|che|cha|dze|dza|hwe|hwa)"  # not "we", an English word too
_PREFIX = re.compile(r"(?<![\w'’])(nezve|sekutaura\s+kwa|kwa|we|ye|wa|ya|re|ra|rwa|hwa|che|cha|ne|pa|na|kuna)(?=[A-Z0-9])")

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "X akati tiedze restaurant ipi" (which restaurant X said we should try), "X akandiudza
    # kuverenga bhuku ripi" (which book X told me to read), "imbwa itsva ya X inonzi ani" (what X's new dog is called),
    # "launch ye X yakasundirwa kusvika rini, sekutaura kwa Y" (when the X launch was pushed to, as Y said)
    (_NAME + r"\s+" + _SAID + r"\s+" + _DO + r"\s+" + _THINGS + r"\s+" + _WHICH,
     lambda m: f"which {_THING[m[2].lower()]} did {m[1]} recommend"),
    (_THINGS + r"\s+" + _WHICH + r"\s+" + _NAME + r"\s+(?:yaakati|raakati|raakandiudza|yaakandiudza)(?:\s+" + _DO + r")?",
     lambda m: f"which {_THING[m[1].lower()]} did {m[2]} recommend"),
    (r"imbwa\s+itsva\s+ya\s+" + _NAME + r",?\s+(?:inonzi\s+ani|zita\s+rayo\s+ndiani|zita\s+rayo\s+chii)",
     r"what is the name of \1's new dog"),
    (r"katsi\s+itsva\s+ya\s+" + _NAME + r",?\s+(?:inonzi\s+ani|zita\s+rayo\s+ndiani|zita\s+rayo\s+chii)",
     r"what is the name of \1's new cat"),
    (r"sekutaura\s+kwa\s+" + _NAME, r"according to \1"), (r"yakasundirwa\s+kusvika\s+rini", "was moved to when"),
    # a day or a night named by what happened: "zuva raakataura X nezve Y" (the day X talked about Y), "zuva re musangano
    # we X" (the day of the X meeting), "zuva randakamhanya 6 km" (the day I ran 6 km), "usiku hwe musangano we X" (the
    # night of the X meeting)
    (r"zuva\s+(?:raakataura|raakataurira)\s+" + _NAME + r"\s+(?:nezve|pamusoro\s+pa)\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"zuva\s+re\s*" + _MEETING + r"\s+we\s+(.{2,60}?),", r"on the day of the \1 meeting,"),
    (r"usiku\s+hwe\s*" + _MEETING + r"\s+we\s+(.{2,60}?)(?=\s+ndakarara|\s+ndakavata|,)", r"the night after the \1 meeting"),
    (r"zuva\s+randakamhanya\s+(.{2,40}?),", r"on the day I ran \1,"),
    # habits: "mazuva andaita exercise" (on the days I exercised), "mazuva andanwa 300 mg caffeine kana kupfuura" (on days
    # with 300 mg of caffeine or more), "kana ndanwa kofi at 3 pm kana mushure" (when I drink coffee at 3 pm or after),
    # "kana kudya kwemanheru kwatanga at 8 pm kana mushure" (when dinner starts at 8 pm or later)
    (r"mazuva\s+andaita\s+(?:exercise|workout|kurovedza\s+muviri),?", "on workout days,"),
    (r"mazuva\s+andisina\s+kuita\s+(?:exercise|workout|kurovedza\s+muviri),?", "on days without a workout,"),
    (r"mazuva\s+andanwa\s+(\d+)\s*mg\s+(?:ye\s+)?caffeine\s+kana\s+kupfuura,?", r"on days with \1 mg of caffeine or more,"),
    (r"kana\s+ndanwa\s+kofi\s+(?:at|na)\s+" + _CLOCK + r"\s+kana\s+(?:mushure|kupfuura),?", r"on days I drink coffee at \1 or after,"),
    (r"kana\s+(?:kudya\s+kwemanheru|chirariro|dinner)\s+(?:kwatanga|chatanga)\s+(?:at|na)\s+" + _CLOCK
     + r"\s+kana\s+(?:mushure|kupfuura),?", r"when dinner starts at \1 or later,"),
    (r"ndinorara\s+zvakawanda(?:\s+here)?(?:\s+usiku\s+ihwohwo)?", "do I sleep longer that night"),
    (r"ndinorara\s+zvishoma(?:\s+here)?(?:\s+usiku\s+ihwohwo)?", "do I sleep less that night"),
    (r"ndinonwa\s+kofi\s+zvakawanda(?:\s+here)?", "do I drink more coffee"),
    # comparisons: "caffeine yakawanda zuva ripi, X kana Y" (which day more caffeine, X or Y), "workout yakareba zuva
    # ripi" (which day's workout was longer), "ndakarara zvakawanda rini" (when did I sleep longer), "ndanwa kofi
    # zvakawanda here kupfuura svondo rakapera" (did I drink more coffee than last week)
    (r"caffeine\s+yakawanda\s+zuva\s+ripi", "which day more caffeine"),
    (r"(workout|run|swim|yoga|ride)\s+yakareba\s+zuva\s+ripi", r"which day was the \1 longer"),
    (r"ndakarara\s+zvakawanda\s+rini", "which night did I sleep longer"),
    (r"zvakawanda\s+here\s+kupfuura", "more than"), (r"zvishoma\s+here\s+kupfuura", "less than"),
    # days, weeks, nights
    (r"usiku\s+hwanezuro|nezuro\s+usiku", "last night"), (r"usiku\s+hwakapfuura\s+ipapo|usiku\s+hwapfuura\s+ipapo", "the night before that"),
    (r"zuva\s+rakapfuura\s+ipapo|zuva\s+rapfuura\s+ipapo|zuva\s+rakatangira", "the day before that"),
    (r"nhasi", "today"), (r"nezuro", "yesterday"), (r"svondo\s+rino|vhiki\s+rino", "this week"),
    (r"svondo\s+rakapera|svondo\s+rapfuura|svondo\s+rakapfuura|vhiki\s+rakapera", "last week"),
    (_ON_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"), (r"kusvika\s+parizvino|parizvino", "so far"),
    (r"usiku", "night"), (r"mazuva", "days"), (r"zuva\s+ripi", "which day"), (r"zuva", "day"),
    # what is asked
    (r"nguva\s+ipi|nguva\s+yei|nguva\s+yakadii", "what time"), (r"maawa\s+mangani", "how many hours"),
    (r"maminitsi\s+mangani|maminetsi\s+mangani", "how many minutes"), (r"kure\s+sei", "how far"),
    (r"(?:wakatora|yakatora|chakatora)\s+nguva\s+yakareba\s+sei", "how long did it last"),
    (r"(?:running|kumhanya)\s+yemakm\s+mangani|makm\s+mangani|makiromita\s+mangani", "how many km"),
    (r"ndiani\s+aivepo|vanaani\s+vaivepo|ndivanaani\s+vaivepo", "who attended"),
    (r"makapu\s+mangani\s+(?:e)?kofi|makapu\s+(?:e)?kofi\s+mangani", "how many cups of coffee"), (r"mangani", "how many"),
    (r"ndakadya\s+(breakfast|lunch|dinner|chisvusvuro|kudya\s+kwemasikati|kudya\s+kwemanheru)\s+kupi",
     lambda m: f"where did I have {_MEAL.get(m[1].lower(), m[1])}"),
    (r"ndakadyira\s+kupi|ndakadya\s+kupi", "where did I eat"),
    (r"ndakadya\s+chii", "what did I eat"), (r"kupi", "where"), (r"ndiani", "who"), (r"rini", "when"), (r"chii", "what"),
    # more, less, or
    (r"zvakawanda|yakawanda|kupfuura", "more"), (r"zvishoma", "less"), (r"yakareba", "longer"), (r"kana", "or"),
    # things and doings
    (r"chisvusvuro|kudya\s+kwemangwanani", "breakfast"), (r"kudya\s+kwemasikati", "lunch"),
    (r"kudya\s+kwemanheru|chirariro", "dinner"), (r"(?:kofi\s+(?:yangu\s+)?yekutanga)", "the first coffee"),
    (r"(?:kofi\s+(?:yangu\s+)?yekupedzisira)", "the last coffee"), (r"makapu\s+(?:e)?kofi|makapu", "cups of coffee"),
    (r"ekofi|kofi", "coffee"), (_MEETING + r"\s+wekutanga", "the first meeting"),
    (_MEETING + r"\s+wekupedzisira", "the last meeting"), (_MEETING + r"\s+we", "the meeting"), (_MEETING, "meeting"),
    (r"wakatanga", "did it start"), (r"yekutanga|wekutanga|rekutanga", "first"), (r"yekupedzisira|wekupedzisira", "last"),
    (r"ndakarara|ndakavata", "did I sleep"), (r"ndakamuka", "did I wake up"), (r"ndakaenda\s+kunorara", "did I go to bed"),
    (r"ndakamhanya", "did I run"), (r"ndakashambira", "did I swim"), (r"ndakatasva\s+bhasikoro|bhasikoro", "bike"),
    (r"ndakanwa|ndakainwa|ndanwa", "did I drink"), (r"ndakadya", "did I eat"), (r"ndakaita|ndaita", "did I do"),
    # words that only hold the sentence together
    (r"^ko(?=\s)|(?<=,\s)ko(?=\s)", "and"), (r"ma(?=\s+[a-z])|here|yangu|wangu|ipapo|ndapota|" + _OF, ""),
)
_TABLE = WordTable(_RULES, r"nhasi|nezuro|svondo|vhiki|usiku|zuva|mazuva|kofi|ekofi|makapu|mangani|sei|kupi|chii|ndiani|"
                           r"aivepo|rini|ripi|ipi|nguva|maawa|ndakadya|ndakadyira|ndakanwa|ndakainwa|ndanwa|ndakarara|"
                           r"ndakamuka|ndakamhanya|ndakashambira|ndaita|ndinorara|ndinonwa|zvishoma|zvakawanda|yakawanda|"
                           r"yakareba|kupfuura|mushure|chisvusvuro|kudya|chirariro|musangano|misangano|yekutanga|"
                           r"wekutanga|yekupedzisira|wakatanga|wakatora|yakatora|akati|akandiudza|imbwa|inonzi|"
                           r"yakasundirwa|sekutaura|parizvino|^ko")


def from_shona(text: str) -> str:
    """``text`` with its Shona words that say what is asked put into English; a text with fewer than two such
    words is left as it is (and keeps its joined prefixes)."""
    split = _PREFIX.sub(r"\1 ", text)
    english = _TABLE.in_english(split)
    return text if english == split else english
