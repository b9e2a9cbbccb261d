"""Indonesian and Malay words in an English question, put into English before any rule reads it.

Colloquial Indonesian is mixed into English as often as Spanish is ("udah ngopi berapa kali sih?",
"makan malam tgl 12/10 menunya apa?", "kalau malam sebelumnya?"): the words that carry what is
asked (days, nights, meals, coffee, sleep, exercise, meetings, question words, "or", "more than",
"the day before") become English; the particles that only colour a sentence ("sih", "ya", "dong")
go. Malay shares most of these words. A pure function of the text, a table of (pattern, English).
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable

_WEEKDAYS = {"senin": "Monday", "selasa": "Tuesday", "rabu": "Wednesday", "kamis": "Thursday", "jumat": "Friday",
             "jum'at": "Friday", "sabtu": "Saturday", "minggu": "Sunday", "isnin": "Monday", "khamis": "Thursday",
             "ahad": "Sunday"}
_DAY = "(" + "|".join(re.escape(day) for day in _WEEKDAYS) + ")"
_NUMBER_WORDS = {"satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7"}
_NUMBER = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"

_RULES: tuple[tuple[str, object], ...] = (
    # "-nya" glued to a borrowed word ("offsite-nya", "meeting-nya"): the word itself.
    (r"(\w+)-nya", r"\1"),
    # follow-ups: "kalau Bea gimana?" is "what about Bea?"; "kalau" before a day is "and"
    (r"(?:kalau|kalo|terus|trus|lalu)\s+(.{1,40}?)\s+(?:gimana|bagaimana)(?=\s*[?.,]|\s*$)", r"what about \1"),
    (r"pertanyaan\s+yang\s+sama|sama\s+pertanyaannya", "the same question"),
    (r"(?:kalau|kalo|jika)\s+hari\s+itu\s+(\w+)", r"on days with \1"),
    (r"(?:kalau|kalo|terus|trus)(?=\s+(?:sehari|hari|malam|minggu|kemarin|semalam|tadi|senin|selasa|rabu|kamis|jumat"
     r"|sabtu|(?:\d+\s+hari)))", "and"),
    # days and nights
    (r"(?:sehari|hari)\s+sebelumnya", "the day before"), (r"malam\s+sebelumnya", "the night before"),
    (r"hari\s+ini\s+sampai\s+sekarang", "today so far"), (r"sampai\s+sekarang", "so far"),
    (r"hari\s+ini", "today"), (r"kemarin\s+lusa|kemarin\s+dulu", "the day before yesterday"),
    (r"kemarin|kemaren|semalam(?=\s+(?:aku|saya)\s+(?:makan|minum))", "yesterday"),
    (r"tadi\s+malam|semalam|malam\s+tadi", "last night"), (r"tadi\s+pagi|pagi\s+ini", "this morning"),
    (r"minggu\s+ini", "this week"), (r"minggu\s+lalu|minggu\s+kemarin", "last week"),
    (_NUMBER + r"\s+hari\s+(?:yang\s+)?lalu", lambda m: f"{_NUMBER_WORDS.get(m[1].lower(), m[1])} days ago"),
    (r"malam\s+" + _DAY, lambda m: f"{_WEEKDAYS[m[1].lower()]} night"),
    (r"(?:hari\s+)?" + _DAY + r"(?!\s+(?:ini|lalu|depan))", lambda m: _WEEKDAYS[m[1].lower()]),
    (r"hari\s+itu", "that day"), (r"malamnya|malam\s+itu", "that night"),
    (r"hari\s+(?:nggak|gak|enggak|tidak|tanpa)\s+(\w+)", r"days without \1"), (r"hari\s+lain(?:nya)?", "other days"),
    # the day something was said: "hari Lila ngomongin Perfect Days itu" is "the day Lila talked about Perfect Days"
    (r"hari(?=\s+(?-i:[A-Z]))", "the day"), (r"itu(?=\s*,)", ""),
    # "hari olahraga", "hari kafein 300 mg": the days with a habit
    (r"(?:pada\s+)?hari(?=\s+(?:kafein|olahraga|ngopi|kopi|lari|renang))", "on days with"),
    # what is asked
    (r"jam\s+berapa|pukul\s+berapa", "what time"), (r"berapa\s+kali", "how many times"),
    (r"berapa\s+jam", "how many hours"), (r"berapa\s+menit", "how many minutes"), (r"berapa\s+lama", "how long"),
    (r"berapa\s+jauh|berapa\s+km", "how far"), (r"berapa\s+banyak|berapa", "how many"),
    (r"siapa\s+(?:aja|saja)\s+yang\s+(?:ikut|hadir|datang)|siapa\s+(?:aja|saja)", "who attended"), (r"siapa", "who"),
    (r"(?:di\s*)?mana(?=\s*[?,]|\s*$)", "where"), (r"yang\s+mana", "which"), (r"(\w+)\s+mana", r"which \1"),
    (r"makan\s+malam", "dinner"), (r"makan\s+siang", "lunch"), (r"sarapan|makan\s+pagi", "breakfast"),
    (r"(?:(?:aku|saya|gue)\s+)?(dinner|lunch|breakfast|supper)\s+(?:makan\s+)?apa", r"what did I have for \1"),
    (r"(?:(?:aku|saya|gue)\s+)?(?:menunya\s+apa|makan\s+apa|makannya\s+apa)", "what did I eat"),
    (r"(?:(?:aku|saya|gue)\s+)?olahraga\s+apa", "what exercise did I do"),
    (r"ngomongin\s+apa|bilang\s+apa", "what did they say"), (r"apa", "what"),
    # things and doings
    (r"(?:udah|sudah)?\s*ngopi\s+lebih\s+banyak", "have more coffees"),
    (r"(?:udah|sudah)?\s*ngopi|minum\s+kopi", "coffee"), (r"kopi", "coffee"), (r"kafein", "caffeine"),
    (r"olahraga|olah\s+raga|latihan", "exercise"), (r"tidur(?:nya)?", "sleep"), (r"bangun", "wake up"),
    (r"lari", "run"), (r"(?:be)?renang", "swim"), (r"rapat", "meeting"), (r"buku", "book"), (r"anjing", "dog"),
    (r"kota", "city"), (r"ngomongin|cerita\s+soal|cerita\s+tentang|membahas|bahas", "talked about"),
    (r"bilang", "said"), (r"pindah\s+ke", "moved to"), (r"pindah", "moved"), (r"ikut|hadir", "attended"),
    (r"(?:jam|pukul)\s+(\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)\s+(?:atau\s+lebih|ke\s+atas|lewat)", r"at \1 or later"),
    (r"mulai(?=\s+(?:jam|pukul|at))", "started"), (r"jam(?=\s+\d)", "at"), (r"kalau|kalo|jika|kalau", "when"), (r"ada", ""),
    # more, less, than, or
    (r"lebih\s+lama|lebih\s+panjang", "longer"), (r"lebih\s+pendek|lebih\s+singkat", "shorter"),
    (r"lebih\s+sedikit", "less"), (r"lebih\s+banyak", "more"), (r"lebih\s+awal|lebih\s+pagi", "earlier"),
    (r"lebih\s+malam|lebih\s+telat", "later"), (r"atau\s+lebih", "or more"), (r"atau", "or"),
    (r"dibanding(?:kan)?(?:\s+(?:dengan|sama))?|daripada", "than"), (r"rata-rata|rata2", "on average"),
    (r"dan", "and"),
    # the person; particles that only colour the sentence
    (r"aku|saya|gue|gw", "I"), (r"(?:nggak|gak|ngga|enggak|tidak)(?=\s*(?:[?.]|$|than\b))", ""),
    (r"sih|ya|dong|deh|kok|nih|aja|saja|udah|sudah|yang|tuh|kah", ""),
)
_DATE_WORD = re.compile(r"(?i)(?<![\w-])(?:tgl|tanggal)\.?\s+(?=\d)")
""""tgl 12/10", "tanggal 9": the word for "date" before one."""
_TABLE = WordTable(_RULES, r"tgl|tanggal|udah|sudah|ngopi|kopi|berapa|siapa|apa|makan|tidur\w*|olahraga|kemarin|kemaren|"
                          r"semalam|hari|minggu|kalau|kalo|gimana|sih|aja|atau|lebih|sebelumnya|aku|saya|bangun|\w+-nya")


def from_indonesian(text: str) -> str:
    """``text`` with its Indonesian (and Malay) words that say what is asked put into English; a text
    with fewer than two such words is left as it is (an English "apa" or "hari" is a name)."""
    return _TABLE.in_english(_DATE_WORD.sub("", text))
