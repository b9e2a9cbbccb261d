"""Vietnamese mixed into English questions, put into English.

People in Vietnam write the weekdays as numbers ("T2" is Thứ Hai, Monday, up to "T7", Saturday; "CN"
is Chủ Nhật, Sunday), put "ngày" before a date, and mix Vietnamese words into English ("ăn tối on
Sunday, i eat món gì ha?", "i uống how many ly cà phê?", "ai tham gia (who join) vậy?"): the words
that carry what is asked become English, English glosses in brackets after them go, and the
particles ("vậy", "ha", "nhé") go. The weekday numbers are read in any question; the rest only in
one with two Vietnamese words.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_WEEKDAY_NUMBERS = {"2": "Monday", "3": "Tuesday", "4": "Wednesday", "5": "Thursday", "6": "Friday", "7": "Saturday"}
# "on T4 (13/08)", "T6 15/08", "yesterday (T5, 14/08)", "the one on CN (10/08)": a weekday before a date or in brackets.
_NUMBERED_WEEKDAY = re.compile(r"(?<![\w/-])(?:T([2-7])|(CN))(?=\s*[(,)?]|\s+\d|\s*$)")
_DATE_WORD = re.compile(r"(?i)(?<![\w-])ngày\s+(?=\d)")

_VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

_RULES: tuple[tuple[str, object], ...] = (
    # Glosses in brackets beside the words they translate: "hay (or)", "ai tham gia (who join)", "this week (tuần này)"
    (r"\((?:or|who|who\s+join|go\s+to\s+bed)\)", ""), (r"\([^()\d]{0,40}[" + _VIETNAMESE_LETTERS + r"][^()\d]{0,40}\)", ""),
    # days and nights
    (r"hôm\s+nay", "today"), (r"hôm\s+qua", "yesterday"), (r"tối\s+qua|đêm\s+qua", "last night"),
    (r"tuần\s+này", "this week"), (r"tuần\s+trước", "last week"), (r"chủ\s+nhật", "Sunday"),
    (r"thứ\s+hai", "Monday"), (r"thứ\s+ba", "Tuesday"), (r"thứ\s+tư", "Wednesday"), (r"thứ\s+năm", "Thursday"),
    (r"thứ\s+sáu", "Friday"), (r"thứ\s+bảy", "Saturday"),
    # what is asked
    (r"(?:lúc\s+)?mấy\s+giờ", "what time"), (r"(?:i\s+)?(?:eat|ăn)\s+(?:món\s+)?gì|món\s+gì", "what did I eat"),
    (r"ai\s+tham\s+gia|có\s+ai", "who attended"), (r"(?:i\s+)?có\s+how\s+many", "how many did I have"), (r"bao\s+nhiêu", "how many"), (r"bao\s+lâu", "how long"),
    (r"ở\s+đâu", "where"),
    # things and doings
    (r"ăn\s+sáng", "breakfast"), (r"ăn\s+trưa", "lunch"), (r"ăn\s+tối", "dinner"),
    (r"ly\s+cà\s+phê|cốc\s+cà\s+phê", "coffees"), (r"cà\s+phê", "coffee"), (r"cuộc\s+họp\s+đầu\s+tiên", "first meeting"),
    (r"cuộc\s+họp", "meetings"), (r"tiếp\s+theo", "next"), (r"đi\s+ngủ", "go to bed"), (r"ngủ\s+được", "slept"),
    (r"ngủ", "sleep"), (r"bơi", "swim"), (r"chạy", "run"), (r"tập", "exercise"), (r"buổi", "sessions"),
    (r"uống", "had"), (r"có", "had"), (r"đó", "that"), (r"hay", "or"),
    # particles
    (r"vậy|ha|nhé|nha|rồi|không|à|ạ|nhỉ", ""),
)
_TABLE = WordTable(_RULES, r"ăn|uống|cà\s+phê|cuộc\s+họp|ngủ|bơi|chạy|tập|vậy|ha|nhé|rồi|không|mấy\s+giờ|hôm|tuần|"
                           r"tham\s+gia|món|buổi|hay(?=\s*\()|có|tiếp\s+theo|đi\s+ngủ")


def from_vietnamese(text: str) -> str:
    """``text`` with its numbered weekdays and its Vietnamese words that say what is asked in English."""
    text = _NUMBERED_WEEKDAY.sub(lambda m: "Sunday" if m[2] else _WEEKDAY_NUMBERS[m[1]], text)
    return _TABLE.in_english(_DATE_WORD.sub("", text))
