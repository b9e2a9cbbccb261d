"""Khmer in an English question, put into English (its digits are read as ASCII digits first: ``tidy``).

People in Cambodia write the days of their calendar in English questions, in Khmer script: "ថ្ងៃ" (day) with its weekday
("ថ្ងៃពុធ": Wednesday) beside a date ("ថ្ងៃពុធ (23/07)") or the day's number ("ថ្ងៃពុធ ទី២៣": Wednesday the 23rd), or
"ថ្ងៃទី" with a day's number and "ខែ" with a month ("ថ្ងៃទី២៣ ខែកក្កដា": 23 July), with "ឆ្នាំ" and a year for days far
off; "យប់" (night) before a day ("យប់ថ្ងៃពុធ (23/07-24/07)": the night from Wednesday into Thursday); "ថ្ងៃនេះ" (today),
"ម្សិលមិញ" (yesterday), "ម្សិលម្ង៉ៃ" (the day before yesterday), "យប់មិញ" (last night), "សប្តាហ៍នេះ" (this week),
"តាំងពីថ្ងៃច័ន្ទមក" (since Monday). Those become English. The phrases that carry what is asked ("X មានអ្នកណាខ្លះចូលរួម"
(who was at X), "ខ្ញុំគេងបានប៉ុន្មានម៉ោង" (how many hours did I sleep), "ចុះយប់មុននោះវិញ" (and the night before?))
become English too. Khmer writes no blank between words, so each rule spells a whole phrase.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"ច័ន្ទ": "Monday", "អង្គារ": "Tuesday", "ពុធ": "Wednesday", "ព្រហស្បតិ៍": "Thursday", "សុក្រ": "Friday",
             "សៅរ៍": "Saturday", "អាទិត្យ": "Sunday"}
_WD = "(" + "|".join(_WEEKDAYS) + ")"
_MONTHS = {"មករា": "January", "កុម្ភៈ": "February", "មីនា": "March", "មេសា": "April", "ឧសភា": "May", "មិថុនា": "June",
           "កក្កដា": "July", "សីហា": "August", "កញ្ញា": "September", "តុលា": "October", "វិច្ឆិកា": "November", "ធ្នូ": "December"}
_MONTH = "ខែ(" + "|".join(_MONTHS) + ")"
_DATE = r"\d{1,2}/\d{1,2}"
_NOT_KHMER = r"(?<![\u1780-\u17ff])"
_MEALS = {"ព្រឹក": "breakfast", "ថ្ងៃត្រង់": "lunch", "ល្ងាច": "dinner"}
_MEAL = "បាយ(" + "|".join(_MEALS) + ")"


def _on(day: str, month: str, year: str | None) -> str:
    return f"on {int(day)} {_MONTHS[month]}" + (f" {year}" if year else "")


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"យប់ថ្ងៃ" + _WD + r"\s*\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"យប់ថ្ងៃទី(\d{1,2})\s*" + _MONTH, lambda m: f"the night of {int(m[1])} {_MONTHS[m[2]]}"),
    (r"យប់ថ្ងៃ" + _WD, lambda m: f"{_WEEKDAYS[m[1]]} night"),
    (r"យប់មិញ(?:\s*\(" + _DATE + r"\s*[-–]\s*" + _DATE + r"\))?", "last night"),
    (r"(?:ថ្ងៃ" + _WD + r"\s*)?ថ្ងៃទី(\d{1,2})\s*" + _MONTH + r"(?:\s*ឆ្នាំ(\d{4}))?", lambda m: _on(m[2], m[3], m[4])),
    (r"ថ្ងៃ" + _WD + r"\s*ទី(\d{1,2})", lambda m: f"on {_WEEKDAYS[m[1]]} the {int(m[2])}th"),
    (r"តាំងពីថ្ងៃ" + _WD + r"មក", lambda m: f"since {_WEEKDAYS[m[1]]}"),
    (r"ថ្ងៃ" + _WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (r"ថ្ងៃ" + _WD, lambda m: f"on {_WEEKDAYS[m[1]]}"),
    (_NOT_KHMER + r"ម្សិលម្ង៉ៃ", "the day before yesterday"), (_NOT_KHMER + r"ម្សិលមិញ", "yesterday"),
    (_NOT_KHMER + r"ថ្ងៃនេះ", "today"), (_NOT_KHMER + r"សប្តាហ៍នេះ", "this week"),
)
_DAYS = WordTable(_DAY_RULES, r"ថ្ងៃ\S*|យប់\S*|ម្សិល\S*|សប្តាហ៍\S*|តាំងពី\S*", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^ចុះយប់មុននោះវិញ", "and the night before"), (r"^ចុះថ្ងៃមុននោះវិញ", "and the day before"),
    (r"^ចុះ(?:ថ្ងៃនេះ|today)វិញ\s*ដល់ឥឡូវប៉ុន្មានហើយ", "and today so far"),
    (r"^ប្រជុំហ្នឹងយូរប៉ុន្មាន", "and how long did that meeting last"),
    (r"^ចុះ\s*" + _NAME + r"\s*វិញ\??\s*(?:សំណួរដដែល)?", r"and \1?"),
    # what someone said
    (r"book\s*ដែល\s*" + _NAME + r"\s*ណែនាំឲ្យខ្ញុំអាន\s*គឺសៀវភៅអី", r"which book did \1 recommend"),
    (r"film\s*ដែល\s*" + _NAME + r"\s*ថាខ្ញុំត្រូវតែមើល\s*ឈ្មោះរឿងអី", r"which film did \1 recommend"),
    (r"podcast\s*មួយណាដែល\s*" + _NAME + r"\s*ណែនាំឲ្យខ្ញុំស្ដាប់", r"which podcast did \1 recommend"),
    (_NAME + r"\s*ថា\s*offsite\s*ផ្លាស់ទៅទីក្រុងណាហើយ", r"where is the offsite now, according to \1"),
    (_NAME + r"\s*ថា\s*(.{2,30}?)\s*launch\s*ពន្យារទៅថ្ងៃណា", r"what is the new date of the \2 launch according to \1"),
    # days named by what happened
    (r"ថ្ងៃដែល\s*" + _NAME + r"\s*និយាយពី\s*(.{2,40}?)\s*ខ្ញុំញ៉ាំ" + _MEAL + r"អី",
     lambda m: f"what did I eat for {_MEALS[m[3]]} on the day {m[1]} mentioned {m[2]}"),
    (r"ថ្ងៃដែល\s*((?:i|I)\s+.{2,30}?)\s*(?:ហ្នឹង)?\s*" + _MEAL + r"ញ៉ាំអី", lambda m: f"what did I eat for {_MEALS[m[2]]} on the day {m[1]}"),
    (r"ថ្ងៃប្រជុំ\s*(.{2,60}?)\s*ខ្ញុំញ៉ាំ" + _MEAL + r"នៅណា", lambda m: f"where did I have {_MEALS[m[2]]} on the day of the {m[1]} meeting"),
    # meetings
    (r"(?:meeting|ប្រជុំ)\s+(.{2,60}?)\s*មានអ្នកណាខ្លះចូលរួម", r"who was at the \1 meeting"),
    (r"ប្រជុំ\s*(.{2,60}?)\s*ប្រើពេលប៉ុន្មាននាទី", r"how many minutes was the \1 meeting"),
    (r"ប្រជុំដំបូងចាប់ផ្ដើមម៉ោងប៉ុន្មាន", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"ខ្ញុំញ៉ាំ" + _MEAL + r"អី", lambda m: f"what did I eat for {_MEALS[m[1]]}"),
    (_MEAL + r"ញ៉ាំអី", lambda m: f"what did I eat for {_MEALS[m[1]]}"),
    (r"(lunch|dinner|breakfast)\s+(.{2,40}?)\s*(?:ខ្ញុំ)?ញ៉ាំអីខ្លះ", r"what did I eat for \1 \2"),
    (r"(lunch|dinner|breakfast)\s+(.{2,40}?)\s*ញ៉ាំនៅកន្លែងណា", r"where did I have \1 \2"),
    (r"ខ្ញុំគេងបានប៉ុន្មានម៉ោង", "how many hours did I sleep"), (r"ខ្ញុំចូលគេងម៉ោងប៉ុន្មាន", "what time did I go to bed"),
    (r"ខ្ញុំរត់បានប៉ុន្មានគីឡូ", "how many km did I run"), (r"ចម្ងាយប៉ុន្មាន\s*km", "how many km"),
    (r"(.{2,80}?)\s*ចំណាយពេលប៉ុន្មាននាទី", r"how many minutes did the \1 last"),
    (r"ខ្ញុំបានធ្វើ\s*workout\s*ប្រភេទអី", "what kind of workout did I do"),
    (r"workout\s*បានប៉ុន្មានដងហើយ", "how many workouts did I do"),
    (r"(running|cycling|swimming)\s*សរុបបានប៉ុន្មាន\s*km", r"how many km of \1 in total"),
    (r"ខ្ញុំផឹកកាហ្វេអស់ប៉ុន្មានកែវ", "how many cups of coffee did I drink"),
    (r"caffeine\s*សរុបប៉ុន្មាន\s*mg", "how much caffeine in mg"),
    (r"កាហ្វេកែវទីមួយ\s*ខ្ញុំផឹកម៉ោងប៉ុន្មាន", "what time was my first coffee"),
    (r"last\s+coffee\s*ម៉ោងប៉ុន្មាន", "what time was my last coffee"),
    # comparisons and habits
    (r"^workout\s+(.{2,40}?)\s*និង\s*workout\s+(.{2,40}?)\s*មួយណាយូរជាង\??\s*នាទីទាំងពីរផង",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,40}?)\s*និង\s*(.{2,40}?)\s*យប់ណាខ្ញុំគេងយូរជាង\??\s*ប្រាប់ម៉ោងទាំងពីរយប់ផង",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,40}?)\s*ធៀបនឹង\s*(.{2,40}?)\s*ថ្ងៃណា\s*caffeine\s*ច្រើនជាង\??\s*mg\s*ម្ខាងៗប៉ុន្មាន",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"ថ្ងៃដែល\s*caffeine\s*ដល់\s*(\d{2,4}\s*mg)\s*ឬលើស\s*យប់បន្ទាប់ខ្ញុំគេងខុសពីយប់ផ្សេងយ៉ាងម៉េច",
     r"how do I sleep after days of \1 of caffeine or more compared to other days"),
    remark_after(also_stops="•"),  # "... ? ខ្ញុំភ្លេចចំណងជើងបាត់ហើយ": a remark after the question
)
_TABLE = WordTable(_ASKED, r"\S*[\u1780-\u17ff]\S*", least=1)


def from_khmer(text: str) -> str:
    """``text`` with its Khmer days, and the Khmer phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
