"""Question phrasings of the answers benchmark's ninth tuning set, ``dev9`` (docs/benchmarks.md, "Answers").

``dev9`` was the held-out set until 2026-12-04, when, after its measurement (accuracy 0.886), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev8``, answers_dev8_phrases.py), and was written from what each key
asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Its questions are typed the way people type to an assistant on a phone: mostly lower
case and terse, some in full sentences, with "pls", "u", "take" for drinking coffee, "supper",
questions that open with the day, keyword fragments with a colon or a dash, and days named by
weekday, by counting back, and by date in several day-first forms. Every template fills the slots
described in answers_phrases.py.

Its life lives in Africa/Nairobi (no clock change), so a slash date is day first ("8/1" is
8 January). Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

COUNTED = ("zero", "one", "two", "three", "four", "five", "six")
NOUNS = {"run": ("run sesh", "jog outing"), "cycle": ("bike sesh", "cycle ride"), "swim": ("swim sesh", "pool swim"),
         "yoga": ("yoga sesh", "yoga practice"), "climb": ("climbing sesh", "climbing gym visit")}
"""What a question calls a workout of each activity (``{noun}``)."""
PHRASES: dict[str, list[str]] = {
    "book": ["which book was {who} going on about", "{who}'s book recommendation, remind me?",
             "that book {who} couldn't put down - what's it called", "What was the title of the book {who} suggested?"],
    "film": ["movie {who} told me to watch this weekend?", "what film was {who} on about",
             "{who} recommended a film, which one was it", "Remind me of the movie {who} said I should see."],
    "offsite": ["where's the offsite now, according to {who}", "{who} said the offsite moved. moved where?",
                "offsite new location ({who} told me)", "Where did {who} say the offsite is happening now?"],
    "restaurant": ["name of the place {who} wants us to try", "{who}'s restaurant suggestion?",
                   "the dumpling restaurant {who} talked about, what's it called",
                   "Which restaurant did {who} say we should go to sometime?"],
    "flight": ["what time does {who}'s flight get in on friday", "{who} landing friday - time?",
               "When is {who} arriving on Friday? need the landing time", "{who}'s plane touches down at what time on fri"],
    "dog": ["the dog {who} just adopted, what's she called", "{who}'s dog - name?", "name of the dog {who} adopted",
            "What's the name of {who}'s new dog?"],
    "launch": ["when's the {project} launch now? {who} said it slipped", "new date for {project} launch per {who}",
               "{who} mentioned the {project} launch moving - to when?",
               "What date did {who} say the {project} launch got pushed to?"],
    "age": ["how old is {who}'s daughter turning", "{who}'s daughter has a birthday saturday, what age",
            "age {who}'s girl turns this sat", "On Saturday {who}'s daughter turns how old?"],
    "podcast": ["the podcast {who} rated - name?", "which podcast did {who} say i'd like",
                "{who} told me about a podcast, name pls", "What was the podcast {who} said I should start listening to?"],
    "breakfast_food": ["what did i have for breakfast {day}", "breakfast {day} - what was it",
                       "{Day}, what did I eat for breakfast?", "remind me what i ate in the morning {day}"],
    "lunch_food": ["what was lunch {day}", "{Day} lunch - what did I eat?", "what did i eat at midday {day}",
                   "Can you tell me what I had for lunch {day}?"],
    "dinner_food": ["what did i eat for supper {day}", "dinner {day}: what was it",
                    "What was on my plate at dinner {day}?", "what did u log as my dinner {day}"],
    "lunch_place": ["where did i eat lunch {day}", "lunch spot {day}, where was it", "{Day}, what restaurant or place was lunch at?",
                    "Where was I having lunch {day}?"],
    "dinner_place": ["where did i have dinner {day}", "venue for dinner {day}", "{Day}, where did I eat supper?",
                     "Where did I go for dinner {day}?"],
    "workout_kind": ["what exercise did i do {day}", "{Day}: which workout was it?", "what kind of training did i do {day}",
                     "What did I do for exercise {day}?"],
    "heart_rate": ["avg hr for the {noun} {day}?", "what was my average bpm during the {noun} {day}",
                   "{Day}, how high was my heart rate on average during my {noun}?", "mean pulse for the {noun} {day}?"],
    "sleep_quality": ["how was my sleep quality {night}", "did i sleep well {night}? good, fair or poor",
                      "{Night}: sleep rating?", "How would my sleep {night} be rated?"],
    "sleep_night": ["sleep {night} - hrs and mins?", "sleep total {night}?", "{Night}, how long did I sleep for?",
                    "How much sleep did I manage {night}?"],
    "exercise_duration": ["how long did my {noun} last {day}", "{noun} {day} - how many minutes",
                          "{Day}, how long did the {noun} take?", "What was the duration of my {noun} {day}?"],
    "meeting_duration": ["how long did the {title} go {day}", "{title} {day}: how long?",
                         "length of the {title} {day}, in minutes", "How many minutes did the {title} take up {day}?"],
    "distance_run": ["how many kms did i run {day}", "run distance {day} pls", "{Day}, how far did I jog?",
                     "What distance did my run cover {day}?"],
    "distance_cycle": ["how far did i bike {day}", "cycling distance {day} in km?", "{Day}, how many kilometres did I ride?",
                       "What distance did I cycle {day}?"],
    "distance_swim": ["how many km was my swim {day}", "swim distance {day}, in km", "{Day}, how much did I swim?",
                      "How many metres did I swim {day}?"],
    "attendees": ["who was in the {title} {day}", "{title} {day} - attendees?", "{Day}, who joined the {title}?",
                  "Who attended the {title} meeting {day}?"],
    "coffee_count": ["how many coffees did i take {day}", "coffees {day}: how many", "{Day}, how many cups of coffee?",
                     "Number of coffees I had {day}?"],
    "caffeine": ["mg of caffeine {day}, total?", "how much caffeine did i consume {day}",
                 "{Day}, how many mg of caffeine did I get through?", "What was my caffeine intake {day}?"],
    "meeting_count": ["how many meetings was i in {day}", "meetings {day}, how many in total",
                      "{Day}, how many meetings did my calendar have?", "count my meetings {day} pls"],
    "km_week": ["how many km of {activity} this week", "{activity} distance so far this week?",
                "This week, how far did I {verb} in total?", "total km {activity} since monday"],
    "workouts_week": ["how many times have i worked out this week", "workout count since monday?",
                      "This week, how many times did I exercise?", "number of training sessions this week"],
    "first_coffee": ["what time was my first coffee {day}", "{Day}, when did I have my first cup of coffee?",
                     "first coffee {day} - time?", "When did I start drinking coffee {day}?"],
    "last_coffee": ["what time was my last coffee {day}", "{Day}, when did I have my final coffee?",
                    "last coffee {day} - when", "When was the last cup of coffee I drank {day}?"],
    "first_meeting": ["when did my first meeting kick off {day}", "{Day}, what time was my earliest meeting?",
                      "first meeting {day}: start time?", "What time did meetings begin for me {day}?"],
    "wake": ["what time did i wake up {day}", "{Day}, when did I get up?", "wake-up time {day}",
             "What time did I get out of bed in the morning {day}?"],
    "bedtime": ["what time did i go to bed {night}", "{Night}, when did I fall asleep?", "bedtime {night} - what time?",
                "When did I turn in {night}?"],
    "dinner_on_distance": ["what did i eat for dinner the day i {past} {km} km", "dinner on the day of my {km} km {noun}?",
                           "The day I {past} {km} km, what was dinner?",
                           "What was supper on the day of the {km} km {noun}?"],
    "meeting_after_workout": ["who was at the meeting right after my {noun} {day}",
                              "{Day}, who was in the first meeting after my {noun}?",
                              "meeting following the {noun} {day} - who attended?",
                              "After my {noun} {day}, who did I meet with next?"],
    "lunch_on_meeting_day": ["where did i have lunch the day of the {title}", "lunch place on {title} day?",
                             "On the day I had the {title}, where was lunch?", "the {title} day - where did i eat lunch?"],
    "sleep_after_meeting": ["how long did i sleep the night after the {title}", "sleep after {title} day?",
                            "The night following the {title}, how many hours did I get?",
                            "How long did I end up sleeping after the {title}?"],
    "dinner_on_said_day": ["what did i eat for dinner the day {who} recommended {value}",
                           "supper on the day {who} mentioned {value}?",
                           "The day {who} brought up {value}, what was for dinner?",
                           "What was my evening meal the day {who} told me about {value}?"],
    "compare_sleep": ["did i sleep longer {n1} or {n2}", "{N1} vs {n2}: which had more sleep?",
                      "which night was longer, {n1} or {n2}", "Compare my sleep {n1} and {n2} - which was more?"],
    "compare_caffeine": ["caffeine {d1} vs {d2} - which was more?", "{D1} or {d2} - which day had more caffeine?",
                         "which day did i take in more caffeine, {d1} or {d2}",
                         "Caffeine comparison: {d1} versus {d2}, which was higher?"],
    "compare_duration": ["which workout was longer, {d1} or {d2}", "{D1} vs {d2}, which day's workout lasted longer?",
                         "was my exercise longer {d1} or {d2}", "Did I train for longer {d1} or {d2}?"],
    "compare_coffee_weeks": ["am i drinking more coffee this week than last week",
                             "coffees this week vs last week - up or down?",
                             "This week compared to last, did I have more coffee?",
                             "have i had more cups this week than in the whole of last week"],
    "late_coffee_sleep": ["do i sleep less when i have coffee at {t} or later", "coffee from {t} onwards - does it cut my sleep?",
                          "Is my sleep shorter on days I drink coffee at or after {t}?",
                          "late coffee ({t} or after) and less sleep, is there a link?"],
    "late_dinner_sleep": ["do late dinners ({t} or later) mean less sleep for me",
                          "Do I sleep less after eating dinner at {t} or later?",
                          "dinner starting {t} or later vs earlier: do i get less sleep?",
                          "when supper is at or after {t}, is my sleep shorter?"],
    "exercise_sleep": ["do i sleep more on days i work out", "Does exercising give me longer nights of sleep?",
                       "workout days vs no-workout days: more sleep after workouts?",
                       "am i getting more sleep the nights after i train"],
    "caffeine_sleep": ["does {mg} mg of caffeine or more in a day make me sleep less",
                       "days at {mg} mg caffeine or above - shorter sleep?",
                       "Do I get less sleep after days with at least {mg} mg of caffeine?",
                       "is my sleep shorter when caffeine hits {mg} mg or more"],
    "exercise_coffee": ["do i drink more coffee on days i exercise", "Do workout days mean more coffees for me?",
                        "coffee per day: exercise days vs rest days, more or less?", "am i having more cups on days i train"],
    "fu_day_before": ["ok and one day before that one?", "How about the day before, lunch-wise?", "same for the day before pls",
                      "and a day earlier than that"],
    "fu_other_person": ["what about {who}?", "and {who}, same thing?", "Same question but for {who}", "ok now do {who}"],
    "fu_today": ["and today up to now?", "what about today then", "Today's count?", "same for today pls"],
    "fu_meeting_length": ["how long was it", "and how many minutes did it go on for?", "What was the duration of that meeting?",
                          "ok, length of that one?"],
    "fu_night_before": ["and the night before?", "what about the night prior to that", "One night earlier?",
                        "and the previous night pls"],
    "fu_other_day": ["same for {day}?", "what about {day} then", "{Day} - how far?", "And the run {day}?"],
}


def _dated(day: date) -> list[str]:
    """A day named with its month, in the day-first forms people in Nairobi type."""
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    return [f"on {day.day}/{day.month}/{day.year % 100:02d}", f"{ordinal(day.day)} {month}",
            f"{day.day} {month[:3]} '{day.year % 100:02d}",
            f"on {weekday}, {ordinal(day.day)} {month}", day.isoformat()]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways a question names ``day``: relative to ``today`` within the week, else with its month."""
    back, weekday = (today - day).days, WEEKDAYS[day.weekday()]
    if absolute or not 0 <= back <= 6:
        return _dated(day)
    if back == 0:
        return ["today", f"today, {ordinal(day.day)} {MONTHS[day.month - 1][:3]}"]
    if back == 1:
        return ["yesterday", f"yesterday ({ordinal(day.day)} {MONTHS[day.month - 1][:3]})"]
    this_week = day.weekday() < today.weekday()
    options = [f"on {weekday} {ordinal(day.day)}", f"{weekday[:3].lower()} {day.day}/{day.month}", f"{back}d ago",
               f"{COUNTED[back]} days ago, on {weekday}", f"on {weekday} {'this' if this_week else 'last'} week", *_dated(day)[:2]]
    return [*options, "on the day before yesterday"] if back == 2 else options


def night_options(day: date, today: date) -> list[str]:
    """Ways a question names the night that starts on ``day``."""
    back, after = (today - day).days, day + timedelta(days=1)
    weekday, next_day = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"{weekday}-{next_day} night", f"{weekday} evening to {next_day} morning",
               f"overnight {day.day}/{day.month}-{after.day}/{after.month}"]
    if back == 1:
        return ["last night", f"last night ({weekday.lower()} night)", options[2]]
    return [*options, f"{back} nights ago"] if 2 <= back <= 6 else options
