"""Question phrasings of the answers benchmark's sixth tuning set, ``dev6`` (docs/benchmarks.md, "Answers").

``dev6`` was the held-out set until 2026-12-04, when, after its measurement (accuracy 0.898), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev5``, answers_dev5_phrases.py), and was written without reading
the planner, its time parser or the tuning sets' phrasings (where the disjointness tests found a
wording already used, it was reworded). Its questions are typed as different people type to an
assistant: terse keywords, full sentences, casual, formal, dictated, lower case, abbreviations,
synonyms, words in other orders. Only the wording is new: every key asks for the gold
``answers_evalset`` computes for it, and every template fills the slots described in
answers_phrases.py.

Its life lives in Asia/Singapore (no clock change), so a slash date is day first ("9/8" is
9 August). Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

DAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NOUNS = {"run": ("jog", "running session"), "cycle": ("cycle", "bike session"), "swim": ("lap swim", "swim"),
         "yoga": ("yoga", "yoga practice"), "climb": ("bouldering session", "climbing")}
"""What a question calls a workout of each activity (``{noun}``)."""
PHRASES: dict[str, list[str]] = {
    "book": ["which book was {who} raving about", "{who}'s book rec??", "Remind me of the title of the book {who} "
             "said I had to read.", "hey what was that novel {who} told me about"],
    "film": ["movie {who} recommended?", "Which film did {who} say I should watch this weekend?",
             "what was the name of the film {who} wanted me to see", "hmm {who} mentioned a movie I haven't seen, "
             "what was it called"],
    "offsite": ["offsite location - what did {who} say it changed to", "Where is the offsite now, according to {who}?",
                "{who} said the offsite got moved... moved where?", "which city is the team offsite in now per {who}"],
    "restaurant": ["the restaurant {who} wanted to try, what's it called", "name of the place {who} said has great "
                   "dumplings?", "Which restaurant did {who} suggest we go to sometime?", "resto rec from {who}"],
    "flight": ["wht time does {who}'s flight land", "{who} flying in friday - landing time?", "When is {who}'s plane "
               "due to arrive on Friday?", "what time did {who} say their flight gets in"],
    "dog": ["{who}'s new dog - name?", "what name did {who} give the dog they adopted", "Could you remind me what {who} "
            "named her new puppy?", "what's the name of the dog {who} just got"],
    "launch": ["new date for the {project} launch?", "{who} said the {project} launch slipped, to when?",
               "When is {project} launching now, according to {who}?", "what date did the {project} launch get "
               "pushed to"],
    "age": ["how old is {who}'s daughter turning on saturday", "{who}'s kid's age this weekend?", "What age will "
            "{who}'s daughter be after her birthday on Saturday?", "{who}s daughter turns what age"],
    "podcast": ["podcast rec from {who}?", "what show did {who} say I'd like (podcast)", "Which podcast did {who} "
                "tell me to start listening to?", "name the podcast {who} suggested"],
    "breakfast_food": ["brekkie {day}?", "what did i eat for breakfast {day}", "{Day}, what was my breakfast?",
                       "Please tell me what I had for my morning meal {day}."],
    "lunch_food": ["lunch {day} - what did i eat", "what was for lunch {day}", "{Day} at lunchtime, what did I eat?",
                   "I'd like to know what I ate for lunch {day}."],
    "dinner_food": ["dinner {day}, what was it", "what did i have for supper {day}", "{Day}, what did I eat in the "
                    "evening for dinner?", "Kindly tell me what my dinner was {day}."],
    "lunch_place": ["where'd i grab lunch {day}", "lunch spot {day}?", "{Day}, where did I go for lunch?",
                    "Where exactly did I have my lunch {day}?"],
    "dinner_place": ["where did i eat dinner {day}", "dinner location {day}", "{Day} - where was dinner?",
                     "Which place did I have my evening meal at {day}?"],
    "workout_kind": ["what kind of exercise did i do {day}", "type of workout {day}?", "{Day}, what sport did I "
                     "train?", "Which activity did I do for my workout {day}?"],
    "heart_rate": ["avg hr during my {noun} {day}", "what was my mean heart rate on the {noun} {day}",
                   "{Day}, my {noun}: average bpm?", "During my {noun} {day}, what was my average pulse?"],
    "sleep_quality": ["sleep rating {night} - good fair or poor?", "was my sleep good, fair or poor {night}",
                      "How was my sleep quality rated {night}?", "{Night}, what quality of sleep did I get?"],
    "sleep_night": ["total sleep {night}?", "how many hours did i sleep {night}", "{Night}, how long was I asleep?",
                    "What was the length of my sleep {night}?"],
    "exercise_duration": ["length of my {noun} {day}", "how many minutes was my {noun} {day}", "{Day}, how long "
                          "did my {noun} go on for?", "What was the duration of the {noun} I did {day}?"],
    "meeting_duration": ["how long did {title} run {day}", "{title} {day}, length?", "{Day}, how many minutes was "
                         "the {title} meeting?", "What was the duration of {title} {day}?"],
    "distance_run": ["km run {day}?", "how far did i jog {day}", "{Day}, what distance did I run?",
                     "How many kilometres did I run {day}?"],
    "distance_cycle": ["km biked {day}?", "how far did i ride my bike {day}", "{Day}, what distance did I cycle?",
                       "How many kilometres did I cover on the bike {day}?"],
    "distance_swim": ["km swum {day}?", "how far did i swim {day}", "{Day}, how many km did I swim?",
                      "What distance did I cover swimming {day}?"],
    "attendees": ["who attended {title} {day}", "{title} {day} - who was there?", "{Day}, who was in the {title} "
                  "meeting?", "Please list the people who joined {title} {day}."],
    "coffee_count": ["how many coffees did i drink {day}", "no. of coffees {day}?", "{Day}, how many cups of coffee "
                     "did I have?", "Count my coffees {day}, please."],
    "caffeine": ["total caffeine {day} in mg", "how much caffeine did i take in {day}", "{Day}, what was my caffeine "
                 "in milligrams, all told?", "I would like my caffeine intake for the whole of {day} in mg."],
    "meeting_count": ["how many meetings did i have {day}", "no. of meetings {day}?", "{Day}, how many meetings "
                      "were on my calendar?", "Please count up how many meetings I attended {day}."],
    "first_coffee": ["time of my first coffee {day}", "when did i have my first coffee {day}", "{Day}, what time "
                     "was my first cup of coffee?", "At what time did I drink my first coffee {day}?"],
    "last_coffee": ["time of my last coffee {day}", "when did i have my final coffee {day}", "{Day}, what time was "
                    "my last cup of coffee?", "At what time did I drink my most recent coffee {day}?"],
    "first_meeting": ["first meeting start time {day}?", "what time did meeting number one kick off {day}", "{Day}, what time "
                      "did my earliest meeting begin?", "At what time was my first meeting {day}?"],
    "wake": ["what time did i get up {day}", "wake up time {day}?", "{Day}, when did I wake up in the morning?",
             "At what time did I wake up {day}?"],
    "bedtime": ["what time did i hit the sack {night}", "time i went to bed {night}?", "{Night}, what time did I "
                "fall asleep?", "At what time did I go to bed {night}?"],
    "dinner_on_distance": ["dinner on the day i {past} {km} km?", "what did i eat for dinner the day of my {km} km "
                           "{noun}", "On the day I {past} {km} km, what did dinner consist of?", "Tell me what I had for "
                           "dinner on the day of the {km} km {noun}."],
    "meeting_after_workout": ["who was at the first meeting i went to after the {noun} {day}", "{Day}, after my {noun}, who "
                              "attended the next meeting?", "first meeting after working out {day} - who was in it",
                              "Who joined the first meeting I had after my {noun} {day}?"],
    "lunch_on_meeting_day": ["where did i eat lunch the day of {title}", "lunch spot on the {title} day?",
                             "On the day of the {title} meeting, where did I have lunch?",
                             "What place did I go to for lunch on the day {title} took place?"],
    "sleep_after_meeting": ["how long did i sleep the night after {title}", "sleep the night following the {title} "
                            "meeting?", "After the day of {title}, how many hours did I sleep that night?",
                            "What was my sleep duration on the night after {title}?"],
    "dinner_on_said_day": ["what was dinner the day {who} brought up {value}", "dinner on the day {who} mentioned "
                           "{value}?", "On the day {who} talked about {value}, what did I eat for dinner?",
                           "What did I have for supper on the day {who} told me about {value}?"],
    "compare_sleep": ["longer sleep - {n1} or {n2}?", "which night did i sleep more, {n1} or {n2}",
                      "Was my sleep longer {n1}, or {n2}?", "more hours of sleep: {n1} vs {n2}?"],
    "compare_caffeine": ["caffeine higher {d1} or {d2}??", "did i have more caffeine {d1} than {d2}, or less",
                         "Which day had the higher caffeine total, {d1} or {d2}?", "caffeine mg {d1} vs {d2} - "
                         "which was higher"],
    "compare_duration": ["longer workout: {d1} or {d2}?", "which workout went on longer, the one {d1} or the one "
                         "{d2}", "Was my exercise session longer {d1} or {d2}?", "workout length {d1} vs {d2}, "
                         "which one was longer"],
    "compare_coffee_weeks": ["more coffees so far this week than in all of last week?", "have i drunk more coffee "
                             "this week (mon to now) than the whole of last week", "Compared with all of last "
                             "week, have I had more cups of coffee so far this week?", "coffee count this week vs "
                             "last week - am i drinking more"],
    "late_coffee_sleep": ["do i sleep less after a coffee at {t} or later", "coffee at or after {t} -> shorter "
                          "sleep that night?", "On days I have coffee at {t} or later, is my sleep that night "
                          "shorter?", "Does having a coffee from {t} on cut my sleep short that night?"],
    "late_dinner_sleep": ["do i sleep less when dinner starts at {t} or later", "dinner at {t} or later -> less "
                          "sleep?", "When my dinner starts at or after {t}, do I sleep less that night?",
                          "Does eating dinner from {t} onwards shorten my sleep that night?"],
    "exercise_sleep": ["do i sleep longer on nights after i work out", "workout days -> more sleep that night?",
                       "On days when I exercise, do I get more sleep that night than on days I don't?",
                       "Is my sleep longer after a day with a workout?"],
    "caffeine_sleep": ["do i sleep less after days with {mg} mg of caffeine or more", "{mg}+ mg caffeine days -> "
                       "shorter sleep?", "When I have at least {mg} mg of caffeine in a day, is my sleep that night "
                       "shorter?", "Does a day with {mg} mg or more of caffeine mean less sleep that night?"],
    "exercise_coffee": ["do i drink more coffee on days i work out", "workout days vs rest days - more coffees?",
                        "On days with a workout, do I have more cups of coffee than on days without one?",
                        "Is my coffee count higher on the days I exercise?"],
    "fu_day_before": ["ok and one day earlier?", "what about the previous day", "And for lunch the day before?",
                      "same question for the day before"],
    "fu_meeting_length": ["and how long did it go for", "how many minutes was that meeting?", "And what was its "
                          "duration?", "ok and how long was it"],
    "fu_night_before": ["and the night before that?", "what about the previous night", "And how long did I sleep "
                        "the night before?", "same for the night before"],
    "fu_today": ["and so far today?", "what about today", "And how many today?", "same question for today"],
    "fu_other_day": ["and {day}?", "what about {day}", "And how far {day}?", "same question for {day}"],
    "fu_other_person": ["and {who}?", "what about {who}", "And what did {who} say?", "same question for {who}"],
    "km_week": ["how many km did i {verb} this week", "total {activity} distance this week?", "Since Monday, what "
                "distance did I {verb} in total?", "{activity} km so far this week"],
    "workouts_week": ["how many workouts have i done this week", "no. of workouts since monday?", "Since Monday, "
                      "how many times have I exercised?", "How many exercise sessions have I logged this week?"],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a held-out question may name ``day`` asked on ``today`` (a repeat weighs more);
    ``absolute``: only ways with the month (a day outside the life must not read as one inside it)."""
    back, month = (today - day).days, MONTHS[day.month - 1]
    dated = [f"on {day.day}/{day.month}/{day.year}", f"on {day.day} {month} {day.year}",
             f"on {day.day} {month[:3]} '{day.year % 100:02d}", f"on the {ordinal(day.day)} of {month} {day.year}"]
    if absolute or not 0 <= back <= 6:
        return dated
    if back < 2:
        return [["today"], ["yesterday", "yesterday", f"yesterday ({day.day}/{day.month})"]][back]
    weekday, short = WEEKDAYS[day.weekday()], DAY_ABBREVIATIONS[day.weekday()]
    return [f"{weekday.lower()} just past", f"on {short} {day.day}/{day.month}", f"on the {ordinal(day.day)} ({short})",
            f"on {weekday}, {day.day} {month}", f"on {weekday.lower()}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a held-out question may name the night that starts on ``day``."""
    back, following = (today - day).days, WEEKDAYS[(day + timedelta(days=1)).weekday()]
    weekday = WEEKDAYS[day.weekday()]
    if back == 1:
        return ["last night", "last night", f"the night from {weekday.lower()} into {following.lower()}"]
    return [f"the night from {weekday.lower()} into {following.lower()}", f"on {weekday.lower()} night",
            f"the night of {day.day}/{day.month}", f"on the night of {weekday} the {ordinal(day.day)}"]
