"""Burmese in an English question, put into English (its digits are read as ASCII digits first: ``tidy``).

People in Myanmar write the days of their calendar in English questions, in Burmese script: its weekdays with "နေ့"
(day) beside a date ("တနင်္လာနေ့ 14/07", "(အင်္ဂါ, 15/07)"), their nights ("တနင်္လာနေ့ ညဘက် (14/07)", "အင်္ဂါနေ့ည
(15/07-16/07)"), its months with the day ("ဇူလိုင်လ ၁၅ ရက်": 15 July), "ဒီနေ့" (today), "မနေ့က" (yesterday),
"တမြန်နေ့က" (the day before yesterday), "မနေ့ညက" (last night), "ဒီအပတ်" (this week). Those become English. The
phrases that carry what is asked ("X meeting မှာ ဘယ်သူတွေ ပါလဲ" (who was at the X meeting), "ညစာ ... ဘာစားခဲ့လဲ" (what
did I eat for dinner), "ဘယ်နှနာရီ အိပ်ခဲ့လဲ" (how many hours did I sleep), "အဲဒီ့ အရင်နေ့ကရော?" (and the day before?))
become English too. Burmese writes no blank inside a phrase, so each rule spells a whole phrase.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"တနင်္လာ": "Monday", "အင်္ဂါ": "Tuesday", "ဗုဒ္ဓဟူး": "Wednesday", "ကြာသပတေး": "Thursday", "သောကြာ": "Friday",
             "စနေ": "Saturday", "တနင်္ဂနွေ": "Sunday"}
_WD = "(" + "|".join(_WEEKDAYS) + ")"
_MONTHS = {"ဇန်နဝါရီ": "January", "ဖေဖော်ဝါရီ": "February", "မတ်": "March", "ဧပြီ": "April", "မေ": "May", "ဇွန်": "June",
           "ဇူလိုင်": "July", "ဩဂုတ်": "August", "စက်တင်ဘာ": "September", "အောက်တိုဘာ": "October", "နိုဝင်ဘာ": "November",
           "ဒီဇင်ဘာ": "December"}
_MONTH = "(" + "|".join(_MONTHS) + ")လ"
_DATE = r"\d{1,2}/\d{1,2}"
_MEALS = {"ညစာ": "dinner", "နေ့လယ်စာ": "lunch", "မနက်စာ": "breakfast"}
_MEAL = "(" + "|".join(_MEALS) + ")"

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"နေ့(?:ည|\s*ညဘက်)\s*\((" + _DATE + r")(?:\s*[-–]\s*" + _DATE + r")?\)", r"the night of \2"),
    (_WD + r"နေ့(?:ည|\s*ညဘက်)", lambda m: f"{_WEEKDAYS[m[1]]} night"),
    (r"မနေ့ညက(?:\s*\(" + _DATE + r"\s*[-–]\s*" + _DATE + r"\))?", "last night"),
    (r"(\d{4})\s*ခုနှစ်\s+" + _MONTH + r"\s+(\d{1,2})\s+ရက်", lambda m: f"on {m[3]} {_MONTHS[m[2]]} {m[1]}"),
    (_MONTH + r"\s+(\d{1,2})\s+ရက်", lambda m: f"on {m[2]} {_MONTHS[m[1]]}"),
    (r"\(\s*" + _WD + r"\s*,\s*(" + _DATE + r")\s*\)", r"(\2)"),  # "ဒီနေ့ (သောကြာ, 18/07)": the date says the day
    (r"\(\s*" + _WD + r"\s*\)", lambda m: f"({_WEEKDAYS[m[1]]})"),
    (_WD + r"နေ့ကစပြီး", lambda m: f"since {_WEEKDAYS[m[1]]}"),
    (_WD + r"နေ့(?=\s*\(?\s*" + _DATE + r")", "on"), (_WD + r"နေ့", lambda m: f"on {_WEEKDAYS[m[1]]}"),
    (r"တမြန်နေ့က", "the day before yesterday"), (r"(?<![\u1000-\u109f])မနေ့က", "yesterday"), (r"(?<![\u1000-\u109f])ဒီနေ့", "today"),
    (r"(?<![\u1000-\u109f])ဒီအပတ်(?:ထဲမှာ)?", "this week"),  # (not inside a longer word: "အဲဒီနေ့" is "that day")
)
_DAYS = WordTable(_DAY_RULES, r"ဒီနေ့|မနေ့က|မနေ့ညက|တမြန်နေ့က|ဒီအပတ်\w*|" + _WD + r"\w*|" + _MONTH, least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^အဲဒီ့\s*အရင်နေ့ကရော", "and the day before"), (r"^ဒါဆို\s*အဲဒီ\s*meeting\s*က\s*ဘယ်လောက်\s*ကြာခဲ့လဲ", "and how long did that meeting last"),
    (r"^" + _NAME + r"\s*ရော\??\s*(?:အဲဒီ\s*မေးခွန်းပဲ)?", r"and \1?"), (r"^(yesterday|today)\s*ရော,?", r"and \1,"),
    # what someone said
    (_NAME + r"\s*ရဲ့\s*ခွေးအသစ်ကို\s*နာမည်\s*ဘာပေးထားလဲ", r"what is the name of \1's new dog"),
    (_NAME + r"\s*ရဲ့\s*သမီး\s*next\s+birthday\s*မှာ\s*အသက်\s*ဘယ်လောက်\s*ပြည့်မှာလဲ", r"how old will \1's daughter turn"),
    (_NAME + r"\s+recommend\s*လုပ်တဲ့\s*book\s*က\s*ဘာစာအုပ်လဲ", r"which book did \1 recommend"),
    (_NAME + r"\s*က\s*မဖြစ်မနေ\s*ကြည့်ရမယ်ဆိုတဲ့\s*film\s*က\s*ဘာလဲ", r"which film did \1 recommend"),
    (_NAME + r"\s*ပြောတာ\s*(.{2,30}?)\s*launch\s*ကို\s*ရွှေ့လိုက်ပြီတဲ့,?\s*ဘယ်ရက်ကို\s*ရွှေ့လဲ", r"what is the new date of the \2 launch \1 mentioned"),
    (_NAME + r"\s*ပြောတာ\s*offsite\s*ကို\s*ပြောင်းလိုက်ပြီတဲ့,?\s*အခု\s*ဘယ်မြို့မှာလဲ", r"where is the offsite now, according to \1"),
    # days named by what happened
    (_NAME + r"\s*က\s*(.{2,40}?)\s*အကြောင်း\s*ပြောတဲ့နေ့က\s*ညစာ\s*ဘာစားခဲ့လဲ", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"^(I\s+.{2,30}?),?\s*အဲဒီနေ့\s*ညစာ\s*ဘာစားခဲ့လဲ", r"what did I eat for dinner on the day \1"),
    (r"(.{2,60}?)\s*meeting\s*ပြီးတဲ့ညက\s*ဘယ်နှနာရီ\s*အိပ်ခဲ့လဲ", r"how many hours did I sleep the night after the \1 meeting"),
    # meetings
    (r"((?-i:[A-Z0-9])[^()?]{1,50}?)\s*meeting\s*မှာ\s*ဘယ်သူတွေ\s*ပါလဲ", r"who was at the \1 meeting"),
    (r"((?-i:[A-Z0-9])[^()?]{1,50}?)\s*အစည်းအဝေး\s*(.{0,30}?)\s*ဘယ်လောက်\s*ကြာခဲ့လဲ", r"how long was the \1 meeting \2"),
    (r"meeting\s*ဘယ်နှခု\s*ရှိခဲ့လဲ", "how many meetings did I have"),
    # meals
    (_MEAL + r"\s*(.{0,40}?)\s*ဘာစားခဲ့လဲ", lambda m: f"what did I eat for {_MEALS[m[1]]} {m[2]}".rstrip()),
    (r"(.{2,40}?)\s*" + _MEAL + r"\s*ဘာစားခဲ့လဲ", lambda m: f"what did I eat for {_MEALS[m[2]]} {m[1]}"),
    (r"(lunch|dinner|breakfast)\s*ကို\s*ဘယ်မှာ\s*စားခဲ့လဲ", r"where did I have \1"),
    # sleep
    (r"ဘယ်နှနာရီ\s*အိပ်ခဲ့လဲ", "how many hours did I sleep"), (r"ဘယ်အချိန်\s*နိုးခဲ့လဲ", "what time did I wake up"),
    # coffee and caffeine
    (r"ကော်ဖီ\s*ဘယ်နှခွက်\s*သောက်ခဲ့လဲ", "how many cups of coffee did I drink"),
    (r"နောက်ဆုံး\s*ကော်ဖီ\s*ဘယ်အချိန်လဲ", "what time was my last coffee"),
    (r"ပထမဆုံး\s*ကော်ဖီ\s*ဘယ်အချိန်\s*သောက်ခဲ့လဲ", "what time was my first coffee"),
    (r"caffeine\s*စုစုပေါင်း\s*ဘယ်နှ\s*mg\s*လဲ", "how much caffeine in mg"),
    # workouts
    (r"workout\s*ဘယ်နှခါ\s*လုပ်ပြီးပြီလဲ", "how many workouts did I do"), (r"ဘာ\s*workout\s*လုပ်ခဲ့လဲ", "what workout did I do"),
    (r"^(.{2,80}?)\s*က\s*ဘယ်နှမိနစ်\s*ကြာခဲ့လဲ", r"how many minutes did the \1 last"),
    (r"ရေ\s*ဘယ်နှ\s*meters?\s*ကူးခဲ့လဲ", "how many metres did I swim"), (r"ဘယ်နှ\s*km\s*ပြေးခဲ့လဲ", "how many km did I run"),
    (r"running\s*ဘယ်နှ\s*km\s*ရှိပြီလဲ", "how many km did I run"), (r"ဘယ်နှ\s*km\s*လဲ", "how many km"),
    # comparisons
    (r"^(.{2,40}?)\s*workout\s*နဲ့\s*(.{2,40}?)\s*workout,?\s*ဘယ်ဟာ\s*ပိုကြာလဲ\??\s*minutes\s*နှစ်ခုလုံး(?:\s*ပြောပါ)?",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^(.{2,40}?)\s*နဲ့\s*(.{2,40}?),?\s*ဘယ်ညက\s*ပိုအိပ်ခဲ့လဲ\??\s*hours\s*နှစ်ခုလုံး(?:\s*ပြောပါ)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,40}?)\s*နဲ့\s*(.{2,40}?),?\s*ဘယ်နေ့\s*caffeine\s*ပိုများလဲ\??\s*mg\s*နှစ်ခုလုံး(?:\s*ပြောပါ)?",
     r"which day had more caffeine, \1 or \2, with the mg of both"),
    (r"this\s+week\s*ကော်ဖီ\s*last\s+week\s*ထက်\s*ပိုသောက်နေလား\s*လျော့သောက်နေလား",
     "am I drinking more coffee this week than last week or less"),
    # habits
    (r"workout\s*လုပ်တဲ့နေ့တွေမှာ\s*workout\s*မလုပ်တဲ့နေ့တွေထက်\s*ကော်ဖီ\s*ပိုသောက်လား",
     "on days with a workout, do I drink more coffee than on days without"),
    (r"workout\s*လုပ်တဲ့နေ့တွေပြီးရင်\s*rest\s+day\s*တွေထက်\s*ပိုအိပ်ရလား", "do I sleep more after workout days than after rest days"),
    (r"caffeine\s*(\d{2,4}\s*mg)\s*နဲ့အထက်\s*သောက်တဲ့နေ့တွေရဲ့\s*နောက်ညမှာ\s*အိပ်ချိန်က\s*တခြားညတွေနဲ့\s*ဘယ်လိုကွာလဲ",
     r"how do I sleep after days of \1 of caffeine or more compared to other days"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s*နောက်ပိုင်း\s*ညစာစားတဲ့ညတွေမှာ\s*အိပ်ချိန်\s*နည်းသွားလား",
     r"do I sleep less after dinner at \1 or later"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s*နောက်ပိုင်း\s*ကော်ဖီ\s*သောက်တဲ့နေ့တွေမှာ\s*အိပ်ချိန်\s*နည်းသွားလား",
     r"do I sleep less after coffee at \1 or later"),
    (r"(?<=\?)\s+(?!(?:and|or)\b)[^?]*$", ""),  # "... ? မေ့နေပြီ": a remark after the question
)
_TABLE = WordTable(_ASKED, r"[\u1000-\u109f]+", least=1)


def from_burmese(text: str) -> str:
    """``text`` with its Burmese days, and the Burmese phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
