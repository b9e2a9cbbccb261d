"""Romanian in an English question, put into English.

People in Romania switch between Romanian, often typed without its diacritics ("cafea", "pranz", "saptamana"), and
English inside a sentence: "ce am mancat la pranz yesterday?" (what did I eat for lunch), "cate cafele am baut today?"
(how many coffees did I drink), "cine a fost la meetingul X?" (who was at the X meeting). The phrases that carry what is
asked (meals and where they were eaten, coffee and caffeine, sleep and waking, workouts, meetings and who was there,
first and last, more, "or" ("sau"), the day named by what happened, habits, what someone said, follow-ups) become
English; the remarks after a question ("cred ca prea multe", I think too many) carry nothing asked and are dropped.
Both spellings are read, with diacritics and without ("prânz" and "pranz").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"cina": "dinner", "cin": "dinner", "pranz": "lunch", "micul": "breakfast"}
_MEAL = r"(cin[aă]|pr[aâ]nz(?:ul)?|micul\s+dejun)"


def _meal(word: str) -> str:
    """The English meal for a Romanian one, with or without diacritics."""
    plain = word.lower().translate(str.maketrans("ăâ", "aa"))
    return next(english for stem, english in _MEALS.items() if plain.startswith(stem))


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^(?:si|și)\s+cu\s+o\s+zi\s+[iî]nainte", "and the day before"), (r"^(?:si|și)\s+noaptea\s+dinainte", "and the night before"),
    (r"^(?:si|și)\s+azi\s+p[aâ]n[aă]\s+acum", "and today so far"), (r"^(?:si|și)\s+" + _NAME + r"(?=\s*\?)", r"and \1"),
    # what someone said
    (r"la\s+ce\s+or[aă]\s+aterizeaz[aă]\s+avionul\s+lui\s+" + _NAME, r"what time does \1's flight land"),
    (r"unde\s+s-a\s+mutat\s+offsite-ul(?:\s+p[aâ]n[aă]\s+la\s+urm[aă])?\??\s+" + _NAME + r"\s+a\s+zis\s+ceva\s+de\s+o\s+loca[tț]ie\s+nou[aă]",
     r"where has the offsite moved, according to \1"),
    (r"unde\s+s-a\s+mutat\s+offsite-ul", "where has the offsite moved"),
    (r"cum\s+se\s+numea\s+restaurantul\s+(?:[aă]la\s+)?recomandat\s+de\s+" + _NAME, r"which restaurant did \1 recommend"),
    (r"cum\s+se\s+nume[sș]te\s+c[aă]t?elul\s+nou\s+de\s+la\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"ce\s+carte\s+mi-a\s+recomandat\s+" + _NAME, r"which book did \1 recommend to me"),
    (r"ce\s+podcast\s+mi-a\s+recomandat\s+" + _NAME, r"which podcast did \1 recommend to me"),
    (r"ce\s+film\s+mi-a\s+recomandat\s+" + _NAME, r"which film did \1 recommend to me"),
    # remarks after the question (what someone said is read first: "... la urma? Hannah a zis ..." names who said it)
    (r"(?<=\?)\s+(?!(?:and|si|și|or|sau)\b)[^?]*$", ""),
    # a day named by what happened
    (r"[iî]n\s+ziua\s+[iî]n\s+care\s+" + _NAME + r"\s+a\s+pomenit\s+de", r"on the day \1 mentioned"),
    (r"[iî]n\s+ziua\s+(?:[iî]n\s+care|c[aâ]nd)", "on the day"),
    (r"cine\s+a\s+fost\s+la\s+meetingul\s+de\s+imediat\s+dup[aă]", "who was at the meeting right after the"),
    # habits
    (r"beau\s+mai\s+multe\s+cafele\s+[iî]n\s+zilele\s+cu\s+workout\s+dec[aâ]t\s+[iî]n\s+rest\s+days",
     "do I drink more coffees on workout days than on rest days"),
    (r"dorm\s+mai\s+mult\s+dup[aă]\s+zilele\s+cu\s+workout\s+dec[aâ]t\s+dup[aă]\s+rest\s+days",
     "do I sleep more after workout days than after rest days"),
    (r"dac[aă]\s+beau\s+cafea\s+la", "if I drink coffee at"), (r"c[aâ]nd\s+m[aă]n[aâ]nc\s+la\s+cin[aă]\s+la", "when I eat dinner at"),
    (r"sau\s+mai\s+t[aâ]rziu", "or later"), (r"sau\s+mai\s+mult(?=\s*,)", "or more"),
    (r"dorm\s+mai\s+pu[tț]in", "do I sleep less"), (r"dup[aă]\s+zilele\s+cu", "after days with"),
    (r"cum\s+dorm\s+fa[tț][aă]\s+de\s+restul\s+zilelor", "how do I sleep vs other days"),
    (r"de\s+cafein[aă]", "of caffeine"),
    # comparisons
    (r"beau\s+mai\s+mult[aă]\s+cafea\s+s[aă]pt[aă]m[aâ]na\s+asta\s+dec[aâ]t\s+s[aă]pt[aă]m[aâ]na\s+trecut[aă]",
     "do I drink more coffee this week than last week"),
    (r"c[aâ]nd\s+am\s+avut\s+mai\s+mult[aă]\s+cafein[aă],?", "which day did I have more caffeine:"),
    (r"c[aâ]nd\s+am\s+dormit\s+mai\s+mult,?", "which night did I sleep longer:"),
    (r"mg\s+la\s+am[aâ]ndou[aă]|cu\s+orele\s+pt\.?\s+fiecare|cu\s+orele\s+pentru\s+fiecare", ""),
    (r"(?<=\s)sau(?=\s)", "or"),
    # what is asked
    (r"unde\s+am\s+luat\s+" + _MEAL, lambda m: "where did I have " + _meal(m[1])),
    (r"ce\s+am\s+m[aâ]ncat\s+la\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"ce\s+am\s+m[aâ]ncat\s+seara", "what did I eat for dinner"),
    (r"cine\s+a\s+fost\s+la\s+meetingul\s+(.{2,60}?)(?=\s+(?:today|yesterday|on|last|this|the|\d|mon|tue|wed|thu|fri|sat|sun))",
     r"who was at the \1 meeting"),
    (r"c[aâ][tț]i\s+km\s+de\s+(running|cycling|swimming)\s+am\s+str[aâ]ns\s+de\s+luni\s+p[aâ]n[aă]\s+acum", r"how many km of \1 since Monday"),
    (r"c[aâ][tț]i\s+km\s+am\s+alergat", "how many km did I run"), (r"c[aâ][tț]i\s+km\s+am\s+pedalat", "how many km did I cycle"),
    (r"c[aâ]te\s+workout(?:-)?uri\s+am\s+f[aă]cut", "how many workouts did I do"),
    (r"c[aâ]te\s+cafele\s+am\s+b[aă]ut", "how many coffees did I drink"),
    (r"la\s+ce\s+or[aă]\s+am\s+b[aă]ut\s+prima\s+cafea", "what time was my first coffee"),
    (r"la\s+ce\s+or[aă]\s+am\s+b[aă]ut\s+ultima\s+cafea", "what time was my last coffee"),
    (r"la\s+ce\s+or[aă]\s+m-am\s+trezit", "what time did I wake up"), (r"la\s+ce\s+or[aă]\s+m-am\s+culcat", "what time did I go to bed"),
    (r"c[aâ]t\s+am\s+dormit", "how long did I sleep"), (r"c[aâ]t\s+a\s+durat\s+meetingul", "how long was the meeting"),
    (r"s[aă]pt[aă]m[aâ]na\s+asta", "this week"), (r"s[aă]pt[aă]m[aâ]na\s+trecut[aă]", "last week"), (r"de\s+luni", "since Monday"),
)
_TABLE = WordTable(_RULES, r"cafea|cafele|cafein[aă]|cin[aă]|pr[aâ]nz\w*|m[aâ]ncat|b[aă]ut|dormit|meetingul|s[aă]pt[aă]m[aâ]na|"
                           r"ziua|zilele|dinainte|[iî]nainte|aterizeaz[aă]|avionul|restaurantul|c[aă]t?elul|pomenit|trezit|culcat|"
                           r"alergat|pedalat|workout(?:-)?uri|(?:cine|unde|ce)\s+am|cine\s+a\s+fost|c[aâ][tț]i\s+km|mutat|offsite-ul", least=1)
"""(Words of Romanian alone: "am", "ce", "sau", "dorm" are English's or Vietnamese's too, and no hint by themselves.)"""


def from_romanian(text: str) -> str:
    """``text`` with its Romanian phrases that say what is asked put into English; a text with too few of the words
    Romanian has is left as it is."""
    return _TABLE.in_english(text)
