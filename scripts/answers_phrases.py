"""Question phrasings of the answers benchmark's tuning sets, ``dev`` and ``dev2`` (docs/benchmarks.md, "Answers").

``dev`` was written to tune on. ``dev2`` was the held-out set until the engineer tuning the
answer planner had read it; it is a second tuning set now, asked with the same phrasings as before.
The held-out phrasings live apart, in ``answers_heldout_phrases``, so that whoever tunes the
planner can read this module and leave that one unread.

Each template fills its slots from ``answers_evalset.Builder``: ``{who}`` a first name,
``{project}``, ``{day}`` (``day_phrase``), ``{night}`` (``night_phrase``), ``{noun}`` a workout
("run", "ride"), ``{title}`` a meeting, ``{past}``/``{verb}``/``{activity}`` a sport, ``{km}``,
``{value}`` a title said, ``{n1}``/``{n2}`` and ``{d1}``/``{d2}`` two nights or days, ``{t}`` a
clock time ("3 pm"), ``{mg}``. A template may leave out slots it has no use for.
"""

from __future__ import annotations

import random
from datetime import date

from answers_life import MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Every key has a dev and a dev2 list (and a held-out one in answers_heldout_phrases); no template
# appears in two sets (a test checks it).
PHRASES: dict[str, dict[str, list[str]]] = {"dev": {
    "book": ["What book did {who} recommend?", "Which book did {who} tell me to read?"],
    "film": ["What film did {who} recommend?", "Which movie did {who} say I should watch?"],
    "offsite": ["Where did {who} say the offsite moved to?", "According to {who}, where is the offsite now?"],
    "restaurant": ["Which restaurant did {who} suggest we try?", "What place did {who} say we should try?"],
    "flight": ["What time does {who}'s flight land?", "When did {who} say their flight lands?"],
    "dog": ["What is the name of {who}'s new dog?", "What did {who} name their dog?"],
    "launch": ["When did {who} say the {project} launch is now?", "What date did the {project} launch slip to, according to {who}?"],
    "age": ["How old is {who}'s daughter turning?", "What age is {who}'s daughter turning?"],
    "podcast": ["What podcast did {who} recommend?", "Which podcast did {who} tell me about?"],
    "breakfast_food": ["What did I eat for breakfast {day}?", "What did I have for breakfast {day}?"],
    "lunch_food": ["What did I eat for lunch {day}?", "What did I have for lunch {day}?"],
    "dinner_food": ["What did I eat for dinner {day}?", "What was dinner {day}?"],
    "lunch_place": ["Where did I have lunch {day}?", "Where did I eat lunch {day}?"],
    "dinner_place": ["Where did I have dinner {day}?", "Where did I eat dinner {day}?"],
    "workout_kind": ["What workout did I do {day}?", "What exercise did I do {day}?"],
    "heart_rate": ["What was my average heart rate on my {noun} {day}?", "What was my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["How well did I sleep {night}?", "What was my sleep quality {night}?"],
    "sleep_night": ["How long did I sleep {night}?", "How many hours did I sleep {night}?"],
    "exercise_duration": ["How long was my {noun} {day}?", "How many minutes did my {noun} take {day}?"],
    "meeting_duration": ["How long was the {title} {day}?", "How long did the {title} meeting last {day}?"],
    "distance_run": ["How far did I run {day}?", "How many km did I run {day}?"],
    "distance_cycle": ["How far did I cycle {day}?", "How many kilometres did I ride {day}?"],
    "distance_swim": ["How far did I swim {day}?", "What distance did I swim {day}?"],
    "attendees": ["Who attended the {title} {day}?", "Who was at the {title} {day}?", "Who was in the {title} meeting {day}?"],
    "coffee_count": ["How many coffees did I have {day}?", "How many cups of coffee did I drink {day}?"],
    "caffeine": ["How much caffeine did I have {day}?", "How many mg of caffeine did I have {day}?"],
    "meeting_count": ["How many meetings did I have {day}?", "How many meetings were on my calendar {day}?"],
    "km_week": ["How many km did I {verb} this week?", "How far did I {verb} in total this week?"],
    "workouts_week": ["How many workouts did I do this week?", "How many times did I exercise this week?"],
    "first_coffee": ["When was my first coffee {day}?", "What time did I first have coffee {day}?"],
    "last_coffee": ["When was my last coffee {day}?", "What time did I have my last coffee {day}?"],
    "first_meeting": ["What time did my first meeting start {day}?", "When was my first meeting {day}?"],
    "wake": ["When did I wake up {day}?", "What time did I get up {day}?"],
    "bedtime": ["When did I go to bed {night}?", "What time did I fall asleep {night}?"],
    "dinner_on_distance": ["What did I eat for dinner on the day I {past} {km} km?", "What was dinner on the day I {past} {km} km?"],
    "meeting_after_workout": ["Who was at the meeting right after my {noun} {day}?", "Who attended the first meeting after my {noun} {day}?"],
    "lunch_on_meeting_day": ["Where did I have lunch on the day of the {title}?", "Where did I eat lunch the day we had the {title}?"],
    "sleep_after_meeting": ["How long did I sleep the night after the {title}?", "How much did I sleep after the day of the {title}?"],
    "dinner_on_said_day": ["What did I have for dinner on the day {who} recommended {value}?"],
    "compare_sleep": ["Did I sleep more {n1} or {n2}?", "Did I get more sleep {n1} or {n2}?"],
    "compare_caffeine": ["Did I have more caffeine {d1} or {d2}?", "Was there more caffeine {d1} or {d2}?"],
    "compare_duration": ["Was my workout longer {d1} or {d2}?", "Did I exercise longer {d1} or {d2}?"],
    "compare_coffee_weeks": ["Did I drink more coffee this week than last week?", "Have I had more coffees this week than last week?"],
    "late_coffee_sleep": ["Do I sleep less after a coffee at or after {t}?", "Do I sleep less on nights after I have coffee at {t} or later?"],
    "late_dinner_sleep": ["Do I sleep less when dinner starts at or after {t}?", "Do I sleep less on nights I eat dinner at {t} or later?"],
    "exercise_sleep": ["Do I sleep more on nights after a day I exercised?", "Do I sleep longer after days with a workout?"],
    "caffeine_sleep": ["Do I sleep less after days with at least {mg} mg of caffeine?"],
    "exercise_coffee": ["Do I drink more coffee on days I exercise?", "Do I have more coffees on workout days?"],
    "fu_day_before": ["And the day before?", "What about the day before?"],
    "fu_other_person": ["What about {who}?", "And {who}?"],
    "fu_today": ["And today?", "What about today?"],
    "fu_meeting_length": ["And how long was it?", "How long did it last?"],
    "fu_night_before": ["And the night before?", "What about the night before that?"],
    "fu_other_day": ["And {day}?", "What about {day}?"],
}, "dev2": {
    "book": ["{who} told me to read something. Which book was it?", "Remind me of the novel {who} suggested."],
    "film": ["{who} was raving about a movie. Which one?", "Name the film {who} said to watch."],
    "offsite": ["Per {who}, where's the offsite going to be?", "{who} mentioned a new location for the offsite. Which city?"],
    "restaurant": ["{who} had a restaurant tip for me. What was it?", "Which place to eat did {who} bring up?"],
    "flight": ["{who} is flying in. At what time does the plane land?", "Remind me when {who}'s flight gets in."],
    "dog": ["{who} got a dog recently. What's it called?", "Name of the dog {who} adopted?"],
    "launch": ["{who} mentioned the {project} launch moved. To which date?", "Per {who}, when is {project} launching now?"],
    "age": ["{who}'s daughter has a birthday coming up. How old will she be?", "Which birthday is {who}'s daughter celebrating?"],
    "podcast": ["{who} suggested a podcast to me. What is it called?", "Name the podcast {who} brought up."],
    "breakfast_food": ["What was on my plate at breakfast {day}?", "Remind me what breakfast was {day}."],
    "lunch_food": ["What was my lunch {day}?", "Remind me what I ate at lunchtime {day}."],
    "dinner_food": ["What did I have as my evening meal {day}?", "Tell me what I ate for supper {day}."],
    "lunch_place": ["At which place did I eat lunch {day}?", "Lunch {day}: where was it?"],
    "dinner_place": ["Where was dinner {day}?", "Which place did I have supper at {day}?"],
    "workout_kind": ["Which sport did I do {day}?", "What kind of training did I do {day}?"],
    "heart_rate": ["During my {noun} {day}, what was the mean heart rate?", "Average bpm for the {noun} {day}?"],
    "sleep_quality": ["Was my sleep good, fair or poor {night}?", "How restful was my sleep {night}?"],
    "sleep_night": ["How much sleep did I get {night}?", "What was my sleep duration {night}?"],
    "exercise_duration": ["What was the length of my {noun} {day}?", "For how long did I do my {noun} {day}?"],
    "meeting_duration": ["How much time did the {title} take {day}?", "What was the length of the {title} {day}?"],
    "distance_run": ["What distance did I cover running {day}?", "How long was my run {day}, in km?"],
    "distance_cycle": ["How many km was my bike ride {day}?", "What distance did I ride {day}?"],
    "distance_swim": ["How much did I swim {day}, distance-wise?", "What was my swim distance {day}?"],
    "attendees": ["Which people joined the {title} {day}?", "List everyone in the {title} {day}.", "Who took part in the {title} {day}?"],
    "coffee_count": ["Count my coffees {day}.", "What number of coffees did I drink {day}?"],
    "caffeine": ["What was my total caffeine intake {day}?", "Total caffeine {day}, in milligrams?"],
    "meeting_count": ["Count the meetings I had {day}.", "What number of calendar meetings did I have {day}?"],
    "km_week": ["What's my total {activity} distance since Monday?", "Sum up the kilometres I {past} since Monday."],
    "workouts_week": ["How many training sessions have I logged since Monday?", "Since Monday, how many times did I work out?"],
    "first_coffee": ["What time was my earliest coffee {day}?", "At what time did I have coffee first {day}?"],
    "last_coffee": ["What time was my final coffee {day}?", "When did I have the last cup of coffee {day}?"],
    "first_meeting": ["When did the earliest meeting begin {day}?", "At what time did my first calendar meeting start {day}?"],
    "wake": ["At what time did I get out of bed {day}?", "What was my wake-up time {day}?"],
    "bedtime": ["What time did I turn in {night}?", "When did my sleep start {night}?"],
    "dinner_on_distance": ["On the day I {past} {km} km, what was dinner?", "I {past} {km} km one day; what did I eat that evening?"],
    "meeting_after_workout": ["After my {noun} {day}, who was in the next meeting?", "Which people were at the meeting that followed my {noun} {day}?"],
    "lunch_on_meeting_day": ["On the day of the {title}, where did I go for lunch?", "The day of the {title}: where was lunch?"],
    "sleep_after_meeting": ["After the {title}, how much did I sleep that night?", "What was my sleep duration the night following the {title}?"],
    "dinner_on_said_day": ["On the day {who} recommended {value}, what did I eat for dinner?"],
    "compare_sleep": ["Which night did I sleep longer: {n1} or {n2}?", "Compare my sleep {n1} and {n2}: which was longer?"],
    "compare_caffeine": ["Was my caffeine higher {d1} or {d2}?", "Compare my caffeine intake {d1} versus {d2}."],
    "compare_duration": ["Which workout took more time, the one {d1} or the one {d2}?", "Compare the length of my workouts {d1} and {d2}."],
    "compare_coffee_weeks": ["Am I drinking more coffee this week compared with last week?", "Coffee count this week versus last week: more or fewer?"],
    "late_coffee_sleep": ["When I drink coffee at {t} or later, do I get less sleep that night?", "Does a coffee at or after {t} cut my sleep?"],
    "late_dinner_sleep": ["When dinner begins at {t} or later, do I sleep less?", "Does eating dinner at or after {t} shorten my sleep?"],
    "exercise_sleep": ["Do workout days give me longer nights of sleep?", "Is my sleep longer on nights following exercise?"],
    "caffeine_sleep": ["When my caffeine reaches {mg} mg or more in a day, do I sleep less that night?"],
    "exercise_coffee": ["On days I train, do I drink more coffee?", "Is my coffee count higher on exercise days?"],
    "fu_day_before": ["How about the previous day?", "Same question for the day before."],
    "fu_other_person": ["Same question about {who}.", "How about {who}?"],
    "fu_today": ["How about so far today?", "Same for today?"],
    "fu_meeting_length": ["What was its duration?", "How many minutes did that meeting run?"],
    "fu_night_before": ["How about the previous night?", "Same for the night before?"],
    "fu_other_day": ["How about {day}?", "Same question, but {day}."],
}}


def ordinal(n: int) -> str:
    """3 -> "3rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_phrase(variant: str, day: date, today: date, rng: random.Random, absolute: bool = False) -> str:
    """How a dev or dev2 question names ``day`` asked on ``today``; ``absolute``: always with the
    month (a day outside the life must not read as one inside it)."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if not absolute and back in (0, 1):
        return ("today", "yesterday")[back]
    if variant == "dev":
        options = [f"on {wd}, {month} {day.day}", f"on {day.month}/{day.day}"]
        options += [f"on {wd}", f"last {wd}"] if 2 <= back <= 6 and not absolute else []
    else:
        options = [f"on {month[:3]} {day.day}", f"on the {ordinal(day.day)} of {month}"]
        options += [] if absolute else [f"on {wd} the {ordinal(day.day)}"]
        options += [f"this past {wd}", f"{back} days ago"] if 2 <= back <= 6 and not absolute else []
        options += ["the day before yesterday"] * 2 if back == 2 and not absolute else []
    return rng.choice(options)


def night_phrase(variant: str, day: date, today: date, rng: random.Random) -> str:
    """How a dev or dev2 question names the night that starts on ``day``."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if back == 1:
        return "last night"
    if variant == "dev":
        return rng.choice([f"on the night of {month} {day.day}"] + ([f"on {wd} night"] * 2 if back <= 6 else []))
    if back == 2:
        return "the night before last"
    return rng.choice([f"the night of the {ordinal(day.day)}"] + ([f"{wd} night"] * 2 if back <= 6 else []))
