"""Javanese in an English question, put into English.

People in Java and Bali type Javanese (ngoko, the everyday register) inside English questions. Its weekdays ("Senen",
"Selasa", "Rebo", "Kemis", "Jemuwah", "Setu", "Minggu": Monday to Sunday) stand beside a date ("Selasa (21/10)", "21
October (Selasa)"); "dino iki" is today, "wingi" yesterday, "minggu iki" this week (and "Minggu" alone Sunday), "wiwit
Senen" since Monday; a night is the day it starts on and "bengi" ("Senen bengi (20/10-21/10)", "20 October bengi",
"wingi bengi": last night). Those become English. The phrases that carry what is asked ("sing teko sopo wae" (who came),
"aku turu pirang jam" (how many hours did I sleep), "maem awan aku mangan opo" (what did I eat at lunch)) become English
too, where two of Javanese's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"senen": "Monday", "selasa": "Tuesday", "rebo": "Wednesday", "kemis": "Thursday", "jemuwah": "Friday",
             "setu": "Saturday", "minggu": "Sunday"}
_WD = r"((?-i:S)enen|(?-i:S)elasa|(?-i:R)ebo|(?-i:K)emis|(?-i:J)emuwah|(?-i:S)etu|(?-i:M)inggu)"  # capitalised: "minggu" is a week
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)"
_MEALS = {"sarapan": "breakfast", "maem awan": "lunch", "maem bengi": "dinner", "maem esuk": "breakfast"}
_MEAL = r"(sarapan|maem\s+awan|maem\s+bengi|maem\s+esuk)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[" ".join(word.lower().split())]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+|(?-i:wingi)\s+)?bengi\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"(?:" + _WD + r"\s+)?" + _WORDS_DATE + r"\s+bengi", r"the night of \2"),
    (_WD + r"\s+bengi", lambda m: f"{_day(m[1])} night"), (r"(?-i:wingi)\s+bengi", "last night"),
    (r"minggu\s+wingi", "last week"), (r"(?-i:minggu)\s+iki", "this week"), (r"wiwit\s+" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"dino\s+iki", "today"), (r"(?-i:wingi)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"senen|selasa|rebo|kemis|jemuwah|setu|minggu|dino\s+iki|wingi|bengi", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (_WD, lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Javanese words
    # what someone said
    (r"pesawate\s+" + _NAME + r"\s+mendarat\s+jam\s+piro", r"when does \1's flight land"),
    (r"launch\s+(.{2,30}?)\s+mundur\s+dadi\s+dino\s+opo\??\s*jare\s+" + _NAME, r"what is the new date of the \1 launch according to \2"),
    (r"restoran\s+sing\s+dialem-alem\s+" + _NAME + r"\s+kuwi\s+jenenge\s+opo", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+ngongkon\s+aku\s+maca\s+buku\s+opo", r"which book did \1 recommend"),
    (_NAME + r"\s+ngongkon\s+aku\s+nonton\s+film\s+opo", r"which film did \1 recommend"),
    (r"kirik\s*e\s+" + _NAME + r"\s+jenenge\s+sopo", r"what is the name of \1's new dog"),
    (r"podcast\s+sing\s+disaranke\s+" + _NAME + r"\s+opo\s+jenenge", r"which podcast did \1 recommend"),
    (r"anak\s+wedok\s*e\s+" + _NAME + r"\s+umure\s+piro", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"dino\s+aku\s+(ran|swam|cycled|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*bengine\s+(?:aku\s+)?mangan\s+opo", r"what did I eat for dinner on the day I \1 \2"),
    (r"dino\s+" + _NAME + r"\s+crita\s+bab\s+(.{2,40}?),?\s*bengine\s+(?:aku\s+)?mangan\s+opo", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"dino\s+rapat\s+(.{2,60}?),?\s*maem\s+awan\s+nang\s+ngendi(?:\s+aku)?", r"where did I have lunch on the day of the \1 meeting"),
    (r"bengi\s+sakwise\s+rapat\s+(.{2,60}?),?\s*aku\s+turu\s+pirang\s+jam", r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"rapat\s+(.{2,60}?)(\s+(?:on\s|today|yesterday)[^?]{0,30}?)?\s+sing\s+teko\s+sopo\s+wae", lambda m: f"who was at the {m[1]} meeting{m[2] or ''}"),
    (r"rapat\s+(.{2,60}?)(\s+(?:on\s|today|yesterday)[^?]{0,30}?)?\s+suwene\s+piro\s+menit", lambda m: f"how many minutes was the {m[1]} meeting{m[2] or ''}"),
    (r"rapat\s*e\s+ono\s+piro", "how many meetings did I have"), (r"rapat\s+pisanan\s+wiwit\s+jam\s+piro", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+aku\s+mangan\s+opo", lambda m: f"what did I eat for {_meal(m[1])}"),
    (_MEAL + r"\s+nang\s+ngendi(?:\s+aku)?", lambda m: f"where did I have {_meal(m[1])}"),
    (r"turuku\s+kepenak\s+opo\s+ora", "did I sleep well or badly"), (r"aku\s+turu\s+pirang\s+jam", "how many hours did I sleep"),
    (r"aku\s+turu\s+jam\s+piro", "what time did I go to bed"), (r"aku\s+tangi\s+jam\s+piro", "what time did I wake up"),
    (r"^(.{2,100}?)\s+rata-rata\s+detak\s+jantung\s+piro", r"what was my average heart rate during the \1"),
    (r"^(.{2,100}?)\s+suwene\s+piro\s+menit", r"how many minutes did the \1 last"),
    (r"nglangi\s+adoh\s*e\s+piro", "how far did I swim"), (r"mlayu\s+piro\s+km", "how many km did I run"),
    (r"sepedaan\s+piro\s+km", "how many km did I cycle"), (r"olahraga\s+opo\s+aku", "what kind of workout did I do"),
    (r"aku\s+wis\s+olahraga\s+ping\s+piro", "how many workouts did I do"),
    (r"(running|cycling|swimming)\s+(this\s+week\s+)?(?:since\s+(\w+)\s+)?nganti\s+saiki\s+total\s+piro\s+km",
     lambda m: f"how many km of {m[1]} in total" + (f" since {m[3]}" if m[3] else " this week")),
    (r"kafein\s+total\s*e\s+piro\s+mg", "how much caffeine in mg"), (r"ngombe\s+kopi\s+piro\s+gelas", "how many coffees did I drink"),
    (r"kopi\s+pungkasan\s+jam\s+piro", "what time was my last coffee"), (r"kopi\s+kawitan\s+jam\s+piro", "what time was my first coffee"),
    # comparisons and habits
    (r"^olahraga\s+(.{2,50}?)\s+karo\s+(.{2,50}?),\s*sing\s+luwih\s+suwe\s+sing\s+endi\??\s*(?:menit\s*e)?", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,50}?)\s+karo\s+(.{2,50}?),\s*sing\s+turune\s+luwih\s+suwe\s+sing\s+endi\??\s*(?:jam\s*e\s+loro-lorone)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,50}?)\s+karo\s+(.{2,50}?),\s*kafein\s*e\s+luwih\s+akeh\s+sing\s+endi\??\s*(?:mg\s*e\s+loro-lorone)?", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"this\s+week\s+kopiku\s+luwih\s+akeh\s+tinimbang\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"kopiku\s+luwih\s+akeh\s+nek\s+dino\s+olahraga\s+utawa\s+dino\s+prei", "do I drink more coffee on workout days than on rest days"),
    (r"nek\s+dino\s+olahraga,?\s*turuku\s+luwih\s+suwe\s+tinimbang\s+dino\s+ora\s+olahraga", "do I sleep longer after workout days than after rest days"),
    (r"nek\s+(ngombe\s+kopi|maem\s+bengi)\s+jam\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+utawa\s+luwih(?:\s+bengi)?,?\s*turuku\s+(?:dadi\s+)?kurang(?:\s+ora)?",
     lambda m: f"do I sleep less after {'coffee' if 'kopi' in m[1] else 'dinner'} at {m[2]} or later"),
    (r"dino\s+kafein\s+(\d{2,4}\s*mg)\s+utawa\s+luwih,?\s*turuku\s+piye\s+dibandingke\s+bengi\s+liyane",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\butawa\b[^?]*\??\s*$", ""),  # "...? mlayu, sepedaan utawa nglangi?": choices offered after the question
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"aku|opo|piro|sopo|wae|teko|rapat|suwene|menit|turu|turuku|pirang|jam|mangan|maem|nglangi|mlayu|"
                           r"sepedaan|olahraga|kopi|kopiku|kafein|gelas|tangi|pungkasan|kawitan|karo|sing|endi|luwih|nek|"
                           r"pesawate|mendarat|jenenge|kirik|ngongkon|disaranke|dialem-alem|bengine|crita|sakdurunge|nang|ngendi", least=2)


_FOLLOW_UPS = WordTable((
    (r"^dino\s+sakdurunge", "and the day before"), (r"^bengi\s+sakdurunge", "and the night before"),
    (r"^rapat\s+kuwi\s+suwene\s+piro\s+menit", "and how long was that meeting"),
    (r"^nek\s+today,?\s*nganti\s+saiki", "and today so far"), (r"^nek\s+([^?]{2,40}?)\s*\?", r"and \1?"),
), r"sakdurunge|^rapat\s+kuwi|^nek", least=1)  # "dino sakdurunge?" (the day before), "nek Setu?" (and on Saturday?)


def from_javanese(text: str) -> str:
    """``text`` with its Javanese days, and the Javanese phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
