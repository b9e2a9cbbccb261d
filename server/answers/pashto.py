"""Pashto in an English question, put into English.

People in Afghanistan type Pashto in Latin letters inside English questions. Its weekdays as Kabul says them ("Gul",
"Nahi", "Shoro", "Ziarat", "Juma", "Khali", "Itwar": Monday to Sunday) stand beside a date ("Nahi (21/10)", "21 October,
Nahi"); "nan" is today, "parun" yesterday, "da onay" this week, "tera onay" last week; a night is "da X shpa" ("da Gul shpa
(20/10-21/10)", "da 20 October shpa"). Those become English. The phrases that carry what is asked ("ma tso saata khob kare"
(how many hours did I sleep), "gharma dodai charta wa" (where was lunch), "tso ghonde wi" (how many meetings)) become
English too, where two of Pashto's own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"gul": "Monday", "nahi": "Tuesday", "shoro": "Wednesday", "ziarat": "Thursday", "juma": "Friday", "khali": "Saturday",
             "itwar": "Sunday"}
_WD = r"((?-i:G)ul|(?-i:N)ahi|(?-i:S)horo|(?-i:Z)iarat|(?-i:J)uma|(?-i:K)hali|(?-i:I)twar)"  # capitalised
_MEALS = {"nashta": "breakfast", "gharma": "lunch", "makham": "dinner", "shpa": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"da\s+(?:" + _WD + r"\s+)?shpa\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"da\s+" + _WORDS_DATE + r"\s+shpa", r"the night of \1"), (r"da\s+" + _WD + r"\s+shpa", lambda m: f"{_day(m[1])} night"),
    (r"da\s+onay\s+le\s+" + _WD + r"\s+na\s+tar\s+osa,?", lambda m: f"since {_day(m[1])},"),  # from Monday up to now
    (r"(?-i:parun)\s+shpa\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \1"),
    (r"tera\s+onay", "last week"), (r"da\s+onay", "this week"),
    (_WORDS_DATE + r",\s*" + _WD, r"on \1"), (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (_WD + r",\s*" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"),
    (r"(?-i:nan)(?=\s*\(\s*\d|\s+(?:awal|tso|pa|me|total|shpa)\b)", "today"), (r"(?-i:parun)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"gul|nahi|shoro|ziarat|juma|khali|itwar|parun|shpa|onay|nan", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Pashto words
    (r"^hagha\s+ghonda\s+tso\s+daqiqe\s+wa", "and how long was that meeting"),
    # what someone said
    (r"da\s+" + _NAME + r"\s+lur\s+pa\s+raatlunki\s+kaaleeze\s+ki\s+tso\s+kalana\s+kegi", r"how old will \1's daughter turn"),
    (r"da\s+" + _NAME + r"\s+kuchuray\s+naam\s+tsa\s+dey", r"what is the name of \1's new dog"),
    # days named by what happened
    (r"pa\s+hagha\s+wraz\s+che\s+" + _NAME + r"\s+da\s+(.{2,40}?)\s+khabara\s+kawala,?\s*(makham|gharma)\s+me\s+tsa\s+wakhwarh",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"pa\s+hagha\s+wraz\s+che\s+ma\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*da\s+(makham|gharma)\s+dodai\s+tsa\s+wa",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"pa\s+hagha\s+wraz\s+che\s+(.{2,60}?)\s+wa,?\s*(gharma|makham|shpa)\s+dodai\s+charta\s+wa",
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"da\s+(.{2,60}?)\s+na\s+wrusta\s+pa\s+hagha\s+shpa\s+tso\s+saata\s+khob\s+me\s+kare", r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"(.{2,60}?)\s+ghonda\s+ke\s+(.{1,40}?)\s+tsok\s+tsok\s+wo", r"who was at the \1 meeting \2"),
    (r"tso\s+ghonde\s+wi", "how many meetings did I have"), (r"awala\s+ghonda\s+tso\s+baje\s+shuru\s+shwa", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"(gharma|makham|shpa)\s+dodai\s+(?:me\s+)?charta\s+(?:wa|wakhwarha)", lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"pa\s+(nashta|gharma|makham)\s+ke\s+ma\s+tsa\s+wakhwarh", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"(gharma|makham)\s+dodai\s+ke\s+ma\s+tsa\s+wakhwarh", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"ma\s+tso\s+saata\s+khob\s+kare", "how many hours did I sleep"), (r"tso\s+baje\s+wikhe\s+shwam", "what time did I wake up"),
    (r"tso\s+baje\s+udah\s+shwam", "what time did I go to bed"),
    (r"^(.{2,100}?)\s+tso\s+daqiqe\s+wakhat\s+wanaw", r"how many minutes did the \1 last"),
    (r"pa\s+baiskal\s+tso\s+km\s+lar", "how many km did I cycle"), (r"(?:me\s+)?tso\s+lambo\s+wahale", "how far did I swim"),
    (r"(?:me\s+)?tso\s+km\s+zghasta\s+kare", "how many km did I run"),
    (r"total\s+caffeine\s+tso\s+mg\s+wo", "how much caffeine in mg"), (r"tso\s+coffee\s+me\s+wackali", "how many coffees did I drink"),
    (r"awal\s+coffee\s+tso\s+baje\s+wa", "what time was my first coffee"), (r"akhri\s+coffee\s+tso\s+baje\s+wa", "what time was my last coffee"),
    (r"(running|cycling|swimming)\s+total\s+tso\s+km\s+shaw", r"how many km of \1 in total"),
    # comparisons and habits
    (r"^(.{2,50}?)\s+ya\s+(.{2,50}?),\s*pa\s+kum\s+wraz\s+caffeine\s+ziyat\s+wo\??\s*(?:mg\s+da\s+dwaro)?", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^da\s+(.{2,50}?)\s+ao\s+(.{2,50}?)\s+warzish,?\s*kuma\s+yaw\s+ozhda\s+wa\??\s*(?:daqiqe)?", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,50}?)\s+ya\s+(.{2,50}?),\s*pa\s+kuma\s+shpa\s+ziyat\s+khob\s+shwe\??\s*(?:saate)?", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"this\s+week\s+me\s+coffee\s+da\s+last\s+week\s+na\s+ziyat\s+shwe(?:\s+ka\s+na)?", "did I drink more coffee this week than last week"),
    (r"pa\s+warzish\s+wale\s+wrazo\s+ke\s+khob\s+me\s+ziyat\s+wi\s+ka\s+pa\s+nor\s+wrazo\s+ke", "do I sleep longer after workout days than after rest days"),
    (r"pa\s+warzish\s+wale\s+wraz\s+coffee\s+ziyat\s+ckam\s+ka\s+pa\s+rukhsati\s+wraz", "do I drink more coffee on workout days than on rest days"),
    (r"che\s+makham\s+dodai\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ya\s+wrusta\s+wakhwaram,?\s*khob\s+me\s+kam\s+wi", r"do I sleep less after dinner at \1 or later"),
    (r"che\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+ya\s+wrusta\s+coffee\s+wackam,?\s*khob\s+me\s+kamegi", r"do I sleep less after coffee at \1 or later"),
    (r"pa\s+hagha\s+wrazo\s+che\s+caffeine\s+(\d{2,4}\s*mg)\s+ya\s+ziyat\s+wi,?\s*khob\s+me\s+tsanga\s+wi\s+nor\s+shpo\s+ta",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bya\b[^?]*\??\s*$", ""),  # "...? kor ke ya bahar?": choices offered after the question
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"tso|tsa|charta|dodai|wakhwarh|wakhwarha|saata|khob|kare|daqiqe|wakhat|wanaw|baiskal|lambo|wahale|"
                           r"zghasta|ghonde|ghonda|baje|shwam|shwa|wikhe|udah|awal|awala|hagha|wraz|wrazo|ziyat|warzish|kuchuray|"
                           r"naam|lur|kalana|nashta|gharma|makham|wrusta|dwaro|ozhda|ckam|wackam|rukhsati|tsok|shaw|onay|shwe|pyale", least=2)
_FOLLOW_UPS = WordTable(((r"^ao\s+([^?]{2,40}?)(?:\s+bia)?\s*\?\s*$", r"and \1?"),), r"^ao", least=1)  # "ao Yuki?": and Yuki?


def from_pashto(text: str) -> str:
    """``text`` with its Pashto days, and the Pashto phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
