"""Uzbek written in Latin letters (with the Russian words Tashkent mixes in) in an English question, put into English.

Uzbekistan writes Uzbek in Latin letters, and people mix it into English as they type ("bugun nechta kofe
ichdim?", "Design reviewda kimlar bor edi?", "Devning qizi nechchi yoshga to'ladi?"): the words that carry
what is asked (days, nights, meals, coffee, sleep, question words, more/less, "or", "the day of") become
English; the suffixes glued to a name or a title ("-ning", "-da") and the words that only hold the
sentence together ("iltimos", "edi") go. "kecha" is yesterday here: the log holds only the past.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"dushanba": "Monday", "seshanba": "Tuesday", "chorshanba": "Wednesday", "payshanba": "Thursday",
             "juma": "Friday", "shanba": "Saturday", "yakshanba": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_APOS = "['’ʻʼ`]?"

_ENGLISH_NING = (r"(?:mor|eve|trai|run|plan|begin|mea|lear|ope|tur|clea|war|burn|ear|retur|win|di|shi|spin|scan|tu|sig|desig|joi|rai|"
                 r"gai|ow|scree|liste|happe|questio|reaso|seaso|garde|awake|dar|sharpe|softe|threate|lighte|tighte|dow)ning\b")
"""English words that end in "ning" ("Training", "Morning"), not a name with Uzbek's "-ning" (of)."""
_RULES: tuple[tuple[str, object], ...] = (
    # a name or a title with its suffix: "Devning qizi" (Dev's daughter), "Design reviewda kimlar" (in the Design review)
    (r"(?!" + _ENGLISH_NING + r")((?-i:[A-Z])\w+)ning", r"\1's"), (r"(\S+)da(?=\s+(?:kimlar|kim)\b)", r"\1"),
    # habits: "sport qilgan kunlari" (on workout days), "sportsiz kunlar" (days without a workout),
    # "kechki ovqat soat 8 pm yoki keyin bo'lsa" (on days dinner is at 8 pm or later)
    (r"sportsiz\s+kunlar(?:\s+bilan)?", "days without a workout"),
    (r"sport\s+qilgan\s+kunlar(?:i|dan\s+keyin)?", "on workout days"),
    (r"kechki\s+ovqat\s+(?:soat\s+)?(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+yoki\s+keyin\s+bo" + _APOS + r"lsa", r"on days with dinner at \1 or later,"),
    (r"(\d+)\s*mg\s+yoki\s+ko" + _APOS + r"proq\s+kofein\s+ichgan\s+kunlari", r"on days with \1 mg of caffeine or more,"),
    # a day named by what happened on it: "X bo'lgan kuni" (the day of X), "X haqida aytgan kuni" (the day
    # someone talked about X), "X dan keyingi kechasi" (the night after X)
    (r"(\S.{2,60}?)\s+bo" + _APOS + r"lgan\s+kuni", r"on the day of the \1,"),
    (r"((?-i:[A-Z])\w+\s+\S.{1,40}?)\s+haqida\s+aytgan\s+kuni", r"on the day \1 came up,"),
    (r"(\S.{2,60}?)dan\s+keyingi\s+kechasi", r"the night after the \1,"),
    # days and nights
    (r"kecha\s+kechasi|o" + _APOS + r"tgan\s+kecha", "last night"), (r"bugun", "today"), (r"kecha", "yesterday"),
    (r"shu\s+hafta|bu\s+hafta", "this week"), (r"o" + _APOS + r"tgan\s+haftadan", "than last week"),
    (r"o" + _APOS + r"tgan\s+hafta", "last week"), (r"ikkala\s+hafta", "both weeks"),
    (_DAY + r"dan", lambda m: f"since {_WEEKDAYS[m[1].lower()]}"),
    (_DAY + r"(?:\s+kuni)?", lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"qaysi\s+kechasi", "which night"), (r"qaysi\s+kuni", "which day"), (r"kechasi", "night"),
    # what is asked
    (r"qanday\s+uxladim", "how well did I sleep"), (r"yaxshi", "good"), (r"yomon", "poor"),
    (r"kimlar\s+bor\s+edi|kimlar\s+qatnashdi|kimlar", "who attended"), (r"kim", "who"),
    (r"soat\s+nechida|soat\s+nechada", "what time"), (r"necha\s+soat", "how many hours"),
    (r"necha\s+minut|minutlari(?:\s+bilan)?", "how many minutes"), (r"necha\s+marta", "how many times"),
    (r"necha\s+km|necha\s+kilometr", "how many km"), (r"nechchi\s+yosh(?:ga)?(?:\s+to" + _APOS + r"ladi)?", "how old is turning"),
    (r"nechta|necha|skolko", "how many"), (r"qayerda", "where"), (r"qachon", "when"), (r"qaysi", "which"),
    (r"nima\s+edi|nima", "what"), (r"nomi", "the name"), (r"ikkalasi(?:ning)?|ikkala", "both"),
    # more, less
    (r"ko" + _APOS + r"proq", "more"), (r"kamroq", "less"), (r"uzoqroq", "longer"), (r"o" + _APOS + r"rtacha", "average"),
    (r"yoki", "or"), (r"va", "and"),
    # things and doings
    (r"kofein", "caffeine"), (r"kofe(?:ni)?", "coffee"), (r"nonushta(?:ga)?", "breakfast"), (r"tushlik(?:ka|ni)?", "lunch"),
    (r"kechki\s+ovqat(?:ga)?", "dinner"), (r"ovqat", "food"), (r"uyqu", "sleep"),
    (r"uxladim|uxlayman(?:mi)?|uxlaymanmi", "sleep"), (r"turdim|uyg" + _APOS + r"ondim", "wake up"), (r"yotdim", "go to bed"),
    (r"yugurdim", "run"), (r"sport\s+qildim", "workouts"), (r"uchrashuv|majlis", "meeting"), (r"birinchi", "first"),
    (r"oxirgi", "last"), (r"boshlandi", "start"), (r"maslahat\s+bergan|recommend\s+qildi|tavsiya\s+qildi", "recommended"),
    (r"yangi\s+(?:it|kuchuk)", "a new dog"), (r"yangi\s+mushuk", "a new cat"),
    (r"(?:it|kuchug|mushug)(?:i)?ning\s+ismi", lambda m: "the cat's name" if m[0].lower().startswith("mush") else "the dog's name"),
    (r"ismi", "name"), (r"oldi", "got"),
    (r"restoran", "restaurant"), (r"kitob", "book"), (r"qizi", "daughter"), (r"yedim", "did I eat"), (r"ichdim(?:mi)?", "had"),
    (r"ichamanmi", "have"), (r"tug" + _APOS + r"ilgan\s+kun", "birthday"),
    # words that only hold the sentence together
    (r"iltimos|ayting|hammasini|hammasi|salom|edi|bor|bo" + _APOS + r"ldi|shekilli|menga|bitta|zabyl|koroche|ertalab|faqat"
     r"|joyning|kuniga|bilan|haqida|qildim|kech|sovsem", ""),
)
_TABLE = WordTable(_RULES, "|".join(_WEEKDAYS) + r"|bugun|kecha|shu\s+hafta|nima|kim|kimlar|nechta|necha|nechchi|soat|qayerda|"
                           r"qaysi|kofe|kofein|tushlik\w*|nonushta|kechki|ovqat|uxladim|uxlayman\w*|turdim|yotdim|yedim|"
                           r"ichdim|uchrashuv|iltimos|ayting|edi|yoki|ko['’ʻʼ`]?proq|kamroq|uzoqroq|minutlari|birinchi|oxirgi|ismi|"
                           r"(?!" + _ENGLISH_NING + r")\w+ning|\w+da(?=\s+kimlar)")


def from_uzbek(text: str) -> str:
    """``text`` with its Uzbek words that say what is asked put into English; a text with fewer than two
    such words is left as it is."""
    return _TABLE.in_english(text)
