"""Question phrasings of the answers benchmark's eighth tuning set, ``dev8`` (docs/benchmarks.md, "Answers").

``dev8`` was the held-out set until 2026-12-04, when, after its measurement (accuracy 0.890), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev7``, answers_dev7_phrases.py), and was written without reading
the planner, its time parser or the tuning sets' phrasings (where the disjointness tests found a
wording already used, it was reworded). Its questions are typed as different people type to an
assistant: terse keywords, full sentences, casual, formal, dictated, lower case, abbreviations,
parentheticals, synonyms, words in other orders. Only the wording is new: every key asks for the
gold ``answers_evalset`` computes for it, and every template fills the slots described in
answers_phrases.py.

Its life lives in Asia/Tokyo (no clock change), so a slash date is day first ("7/11" is
7 November). Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

NOUNS = {"run": ("road run", "jogging"), "cycle": ("cycling session", "bike outing"),
         "swim": ("pool swim", "laps in the pool"), "yoga": ("yoga routine", "yoga sesh"),
         "climb": ("boulder session", "climbing gym visit")}
"""What a question calls a workout of each activity (``{noun}``)."""
PHRASES: dict[str, list[str]] = {
    "book": ["title of the book {who} recommended??", "I'm at the bookshop - which book did {who} tell me to get?",
             "Would you remind me of the book that {who} suggested I read?", "{who} book recommendation"],
    "film": ["which film (the one {who} recommended)", "What was the movie {who} said was a must-see?",
             "quick one: film {who} told me about, title?", "remind me the movie {who} brought up for me to watch"],
    "offsite": ["where did {who} say the offsite moved to", "Offsite venue after the change, per {who}?",
                "um where is the offsite being held now, {who} told me", "new offsite place ({who} said)"],
    "restaurant": ["{who} recommended a restaurant, remind me of its name?", "Name of {who}'s dumpling restaurant tip?",
                   "the place for dumplings {who} mentioned - what's it called", "restaurant suggestion from {who}, which one"],
    "flight": ["what time is {who}'s flight landing on friday", "{who} arrives friday - touchdown time?",
               "At what time does {who}'s flight on Friday land?", "so {who}'s plane on friday gets in when"],
    "dog": ["{who} got a dog, what's its name", "Name of {who}'s new dog?", "um what did {who} call the new puppy",
            "tell me the name {who} picked for the dog"],
    "launch": ["{project} launch: when is it now per {who}", "What's the new launch date for {project} ({who} said)?",
               "when's {project} going live now, {who} told me the date", "launch date of {project}, {who}'s update"],
    "age": ["{who}'s daughter - how old on her birthday saturday", "How old is {who}'s daughter turning this Saturday?",
            "what age does {who}s girl turn at the weekend", "age {who}'s daughter turns sat?"],
    "podcast": ["podcast {who} said I should listen to?", "What podcast did {who} recommend to me?",
                "that podcast {who} was going on about, name please", "{who}'s podcast suggestion"],
    "breakfast_food": ["my breakfast {day} = ?", "what was my breakfast {day}?", "{Day}: what did I have at breakfast",
                       "Could you tell me what I ate for breakfast {day}?"],
    "lunch_food": ["what did I have for lunch {day}", "{Day} - lunch, what was it?", "lunch {day} (food)",
                   "um what was my lunch {day}"],
    "dinner_food": ["what was dinner {day}", "{Day}, my dinner: what did I eat?", "dinner {day} - food?",
                    "Could you remind me what I ate at dinner {day}?"],
    "lunch_place": ["lunch {day}: where", "where did I have lunch {day}?", "{Day}, which place did I have lunch at?",
                    "um where did I go to lunch {day}"],
    "dinner_place": ["where was my dinner {day}", "dinner venue {day}?", "{Day} - where did I have dinner?",
                     "Which restaurant or place did I eat dinner at {day}?"],
    "workout_kind": ["which workout did I do {day}", "{Day}: exercise type?", "what sort of exercise was it {day}",
                     "Could you tell me what kind of workout I did {day}?"],
    "heart_rate": ["avg heart rate on my {noun} {day}", "{Day}, my {noun} - what was my average heart rate?",
                   "what was my mean bpm during the {noun} {day}", "heart rate (average) for the {noun} {day}?"],
    "sleep_quality": ["sleep quality {night}", "how well did I sleep {night}, quality-wise?",
                      "{Night}: how was my sleep rated", "What quality was my sleep {night}?"],
    "sleep_night": ["how much did I sleep {night}", "{Night} - total sleep?", "hours slept {night}",
                    "Could you tell me how long I slept {night}?"],
    "exercise_duration": ["how long was my {noun} {day}", "{Day}: length of the {noun}?",
                          "duration of my {noun} {day} please", "how many minutes did the {noun} take {day}"],
    "meeting_duration": ["{title} {day}: how long", "{Day}, the {title} meeting - how long did it go?",
                         "length of the {title} meeting {day}", "um how long did {title} run {day}"],
    "distance_run": ["how far did I run {day}", "{Day}: running distance?", "km run {day}",
                     "What distance did I run {day}?"],
    "distance_cycle": ["how far did I cycle {day}", "{Day}, bike distance in km?", "cycling km {day}",
                       "What distance did I ride my bike {day}?"],
    "distance_swim": ["how far did I swim {day}", "{Day}: swim distance?", "km swum {day}",
                      "What distance did I cover in the water {day}?"],
    "attendees": ["people at {title} {day}", "{Day}, {title}: who was there?", "attendees of {title} {day}",
                  "Could you tell me who was at the {title} meeting {day}?"],
    "coffee_count": ["how many coffees {day}", "{Day}: number of coffees?", "coffees I drank {day}, how many",
                     "How many cups of coffee did I have {day}?"],
    "caffeine": ["total caffeine {day} (mg)", "{Day}, how much caffeine did I have in mg?",
                 "mg of caffeine i had {day}", "What was my total caffeine intake {day}, in milligrams?"],
    "meeting_count": ["how many meetings did I have {day}", "{Day}: number of meetings?", "meetings {day} - how many",
                      "What number of meetings did I have {day}?"],
    "km_week": ["total km {past} this week", "{activity} distance this week, all together?",
                "how many km have I {past} since monday", "What is my total {activity} distance for this week?"],
    "workouts_week": ["number of workouts this week", "how many times did I work out this week",
                      "this week's workout count?", "How many workouts have I done this week so far?"],
    "first_coffee": ["1st coffee {day} at what time", "{Day}, when did I have my first coffee?",
                     "when was the first coffee {day}", "What time did I drink my first coffee of the day {day}?"],
    "last_coffee": ["last coffee {day} - what time", "{Day}: when was the final coffee?", "when was my final cup of coffee {day}",
                    "What time was my last coffee of the day {day}?"],
    "first_meeting": ["what time was my first meeting {day}", "{Day}, first meeting start time?",
                      "when did the first meeting start {day}", "At what time did my first meeting begin {day}?"],
    "wake": ["what time did I get up {day}", "{Day}: wake-up time?", "when did I wake {day}",
             "At what time did I wake up in the morning {day}?"],
    "bedtime": ["when did I go to sleep {night}", "{Night}, at what hour did I nod off?", "fell asleep at what time {night}",
                "What time did I get to sleep {night}?"],
    "dinner_on_distance": ["what did I have for dinner the day I {past} {km} km", "the day of my {km} km {noun}: dinner?",
                           "dinner on the day I {past} {km} km - what was it",
                           "What did I eat for dinner on the day of the {km} km {noun}?"],
    "meeting_after_workout": ["first meeting after my {noun} {day} - who was in it?",
                              "{Day}, after my {noun}: who attended the next meeting?",
                              "first meeting following the {noun} {day} - attendees",
                              "Which people were in my first meeting following the {noun} {day}?"],
    "lunch_on_meeting_day": ["where did I have lunch the day of {title}", "lunch place on the day of the {title} meeting?",
                             "the day I had {title}, where was lunch", "Where did I eat lunch on the day {title} was held?"],
    "sleep_after_meeting": ["how long did I sleep the night after {title}", "sleep after the {title} meeting (that night)?",
                            "the night following {title} - hours of sleep", "How much did I sleep on the night after {title}?"],
    "dinner_on_said_day": ["what did I have for dinner the day {who} mentioned {value}",
                           "dinner on the day {who} brought up {value}?",
                           "the day {who} talked about {value} - what was dinner",
                           "What did I eat for dinner on the day {who} mentioned {value} to me?"],
    "compare_sleep": ["did I sleep more {n1} or {n2}", "{N1} or {n2}: which night had more sleep?",
                      "which was the longer sleep, {n1} or {n2}", "Did I get more sleep {n1} than {n2}?"],
    "compare_caffeine": ["more caffeine {d1} or {d2}", "{D1} vs {d2}: which day had more caffeine?",
                         "which day did I have more caffeine, {d1} or {d2}", "Did I take in more caffeine {d1} than {d2}?"],
    "compare_duration": ["was my workout longer {d1} or {d2}", "{D1} or {d2}: which workout was longer?",
                         "workout length, {d1} vs {d2}: which was longer", "Did I exercise for longer {d1} than {d2}?"],
    "compare_coffee_weeks": ["coffees this wk vs last wk, more or fewer?", "coffee count: this week vs last week",
                             "am I having more coffee this week than I did last week",
                             "Have I had more cups of coffee this week compared to last week?"],
    "late_coffee_sleep": ["do I sleep less on days I have coffee at {t} or later", "coffee at {t} or after -> less sleep?",
                          "does having a coffee at or after {t} mean I sleep less that night",
                          "On days when I drink coffee at {t} or later, is my sleep shorter that night?"],
    "late_dinner_sleep": ["do I sleep less when dinner starts at {t} or later", "dinners starting {t}+ : shorter sleep after?",
                          "does starting dinner at or after {t} cut my sleep that night",
                          "On days my dinner begins at {t} or later, do I sleep less that night?"],
    "exercise_sleep": ["do I sleep more on days I work out", "workout days vs rest days: more sleep that night?",
                       "does working out mean I sleep longer that night",
                       "On days I exercise, is my sleep that night longer than on days I don't?"],
    "caffeine_sleep": ["do I sleep less on days with {mg} mg of caffeine or more", "caffeine {mg} mg+ in a day -> shorter night?",
                       "does having {mg} mg or more caffeine in a day mean I sleep less that night",
                       "On days with at least {mg} mg of caffeine, is my sleep that night shorter?"],
    "exercise_coffee": ["do I have more coffees on days I work out", "workout days vs rest days: coffee count?",
                        "am I drinking more coffee on exercise days",
                        "On days I exercise, do I have more coffees than on days I don't?"],
    "fu_day_before": ["ok and the day before that one", "um what about the previous day then", "And on the day prior to it?",
                      "same for the day prior"],
    "fu_other_person": ["ok, {who} then", "what about {who}'s", "And for {who}?", "same for {who}"],
    "fu_today": ["and today?", "um what about today then", "And for today so far?", "same for today"],
    "fu_meeting_length": ["and how long was that meeting?", "how long did that meeting go on for", "And its duration?",
                          "length of that one?"],
    "fu_night_before": ["ok and the night before that one", "um what about the previous night then", "And the night prior?",
                        "same for the night before that one"],
    "fu_other_day": ["ok now {day}", "um what about {day} then", "And for {day}, please?", "same for {day}"],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways a question names ``day``: relative to ``today`` within the week, else with its month."""
    back = (today - day).days
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    slash = f"{day.day}/{day.month}"
    dated = [f"{month[:3]} {day.day} ({weekday[:3].lower()})", f"for {slash}/{day.year}", f"on the {ordinal(day.day)} ({month[:3].lower()})",
             f"{weekday[:3].lower()} {day.day} {month.lower()}"]
    if absolute or not 0 <= back <= 6:
        return dated
    if back == 0:
        return ["today", f"today {slash}"]
    if back == 1:
        return ["yesterday", f"yesterday the {ordinal(day.day)}"]
    return [f"{weekday} {ordinal(day.day)}", f"{weekday.lower()} {slash}", f"{back} days ago ({weekday[:3].lower()})",
            f"on {slash} ({weekday[:3]})", f"this {weekday.lower()} gone"]


def night_options(day: date, today: date) -> list[str]:
    """Ways a question names the night that starts on ``day``."""
    back, after = (today - day).days, WEEKDAYS[(day + timedelta(days=1)).weekday()]
    weekday = WEEKDAYS[day.weekday()]
    between = f"the night between {weekday} and {after}"
    if back == 1:
        return ["last night", f"last night ({weekday[:3].lower()}-{after[:3].lower()})", between]
    if back == 0:
        return ["tonight"]
    return [between, f"{weekday.lower()} night ({day.day}/{day.month})", f"night of {weekday[:3].lower()} the {ordinal(day.day)}",
            f"{weekday} overnight"]
