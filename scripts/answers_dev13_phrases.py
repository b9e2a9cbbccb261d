"""Question phrasings of the answers benchmark's thirteenth tuning set, ``dev13`` (docs/benchmarks.md, "Answers").

``dev13`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.932), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev12``, answers_dev12_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people typing
to an assistant: a nurse on shift work (fragments in charting shorthand: "intake", "x how many",
"mtg", "wk", "@", "->", "pls", "vs", days as "Tue 16/10", "05/11" or "2d before today"), a teenager
(lower case, no full stops, slang and filler: "lol", "fr", "ngl", "gonna", "yest", "last weds",
"like 3 days ago"), a lawyer (precise, formal full sentences: "Kindly state", "on the day on
which", "the night commencing", "on the 16th day of October, 2029") and a Turkish speaker of
English as a second language (small slips of word order, articles, plurals and prepositions:
"What I ate in the breakfast", "3 days before today", "make sport", dotted dates "16.10.2029"). Only
the wording is new: each question asks for the gold ``answers_evalset`` computes for its key, and
fills the slots described in answers_phrases.py.

The dev13 life lives in Europe/Istanbul, from Monday 15 October 2029; Turkey has kept one offset
all year (UTC+3) since 2016, so no clock changes inside it. Dates are day first, as people in
Turkey write them: with a slash ("16/10" is 16 October, "05/11" 5 November) or with dots and the
year ("16.10.2029"). Questions keep the case they are typed in here (``as_typed`` in
``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

CHART_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""How the nurse writes a weekday in her notes."""
TEXT_DAYS = ("mon", "tues", "weds", "thurs", "fri", "sat", "sun")
"""How the teenager types a weekday."""
NOUNS = {"run": ("run", "jog"), "cycle": ("bike workout", "spin on the bike"), "swim": ("pool session", "swim"),
         "yoga": ("yoga", "yoga class"), "climb": ("climbing", "climbing gym session")}
"""What its questions call a workout of each activity (one drawn per question)."""
# Each key: the nurse on shifts, the teenager, the lawyer, the Turkish speaker of English.
PHRASES: dict[str, list[str]] = {
    "book": ["Book {who} recommended - title pls",
             "wait what was that book {who} said i had to read",
             "Kindly identify, by title, the book that {who} recommended to me.",
             "Which book {who} was recommending me to read?"],
    "film": ["Film {who} said to watch - title? have a night off",
             "whats the movie {who} said i gotta watch this weekend",
             "Please identify the film that {who} advised me to watch.",
             "What is the name of film which {who} told me to watch it?"],
    "offsite": ["Offsite - new location? {who} said it moved",
                "where's the offsite now, {who} said it got moved or smth",
                "According to what {who} told me, where will the offsite now be held?",
                "{who} said the offsite is changed, to where it is moved?"],
    "restaurant": ["Restaurant {who} suggested (dumplings?) - name pls",
                   "what was that place {who} said we gotta try, the dumpling spot",
                   "What is the name of the restaurant that {who} proposed we try?",
                   "Which restaurant {who} said us to try, with the good dumplings?"],
    "flight": ["{who} flight Fri - landing time?",
               "what time does {who} land friday",
               "At what time, as {who} stated it, is {who}'s flight due to land on Friday?",
               "At what time the plane of {who} is landing on Friday?"],
    "dog": ["{who} adopted dog - name?",
            "omg whats {who}'s new dog called",
            "What is the name of the dog that {who} recently adopted?",
            "How is the new dog of {who} called?"],
    "launch": ["{project} launch - new date? per {who}",
               "when's the {project} launch now, {who} said it got pushed",
               "To which date, according to {who}, has the {project} launch been deferred?",
               "{who} told the {project} launch is delayed, to which date it is delayed?"],
    "age": ["{who}'s daughter bday Sat - turning how old?",
            "how old is {who}'s daughter gonna be on saturday",
            "What age will {who}'s daughter attain on Saturday?",
            "How many years old {who}'s daughter will be on Saturday?"],
    "podcast": ["Podcast {who} recommended? for the commute after nights",
                "what was the podcast {who} said id like",
                "Please identify the podcast that {who} said I would enjoy.",
                "Which podcast {who} was saying I will like it?"],
    "breakfast_food": ["Intake {day}, breakfast: what?",
                       "what did i even eat for breakfast {day}",
                       "What did I consume at breakfast {day}?",
                       "What I ate in the breakfast {day}?"],
    "lunch_food": ["Intake {day}, lunch: what?",
                   "what did i have for lunch {day} lol i forgot",
                   "Kindly state what I ate for lunch {day}.",
                   "What was I eating for lunch {day}?"],
    "dinner_food": ["Intake {day}, dinner: what?",
                    "what was dinner {day} i literally cant remember",
                    "What, specifically, did I eat for dinner {day}?",
                    "What I have eaten at dinner {day}?"],
    "lunch_place": ["Lunch {day} - where? (which place)",
                    "where'd i get food for lunch {day}",
                    "At which establishment did I have lunch {day}?",
                    "Where I was eating my lunch {day}?"],
    "dinner_place": ["Dinner {day} - location?",
                     "where did i eat dinner {day} again",
                     "At which establishment did I dine {day}?",
                     "In which place I was eating the dinner {day}?"],
    "workout_kind": ["Exercise {day} - which type?",
                     "what workout did i do {day}",
                     "What form of exercise did I undertake {day}?",
                     "What sport I have made {day}?"],
    "heart_rate": ["Mean HR during {noun} {day}? bpm",
                   "what was my avg heart rate on my {noun} {day}",
                   "What was my average heart rate, in beats per minute, over the course of my {noun} {day}?",
                   "How much was my average pulse in the {noun} {day}?"],
    "sleep_quality": ["Sleep quality {night}? rating",
                      "how good was my sleep {night} fr",
                      "How was the quality of my sleep {night} recorded?",
                      "How was the quality of my sleeping {night}?"],
    "sleep_night": ["Total sleep {night} - hrs?",
                    "how many hrs of sleep did i get {night} ngl i feel dead",
                    "For how long, in total, did I sleep {night}?",
                    "How many hours I slept {night}?"],
    "exercise_duration": ["{noun} {day} - duration, mins?",
                          "how long was my {noun} {day} fr",
                          "What was the duration, in minutes, of my {noun} {day}?",
                          "How many minutes continued my {noun} {day}?"],
    "meeting_duration": ["{title} mtg {day} - how long?",
                         "how long did {title} go on for {day} it felt like forever",
                         "What was the duration of the {title} meeting {day}?",
                         "How long time was the {title} meeting {day}?"],
    "distance_run": ["Run {day} - distance km?",
                     "how far did i run {day}",
                     "What distance did I run {day}, expressed in kilometres?",
                     "How many kilometre I was running {day}?"],
    "distance_cycle": ["Cycle {day} - distance km?",
                       "how far did i bike {day} bro",
                       "What distance did I cycle {day}, expressed in kilometres?",
                       "How many kilometre I was cycling {day}?"],
    "distance_swim": ["Swim {day} - distance?",
                      "how far did i swim {day} lowkey forgot",
                      "What distance did I swim {day}, expressed in kilometres?",
                      "How much distance I swam {day}?"],
    "attendees": ["Who attended {title} {day}? names pls",
                  "who was even at {title} {day}",
                  "Please list each person who attended the {title} meeting {day}.",
                  "Who were joining to the {title} meeting {day}?"],
    "coffee_count": ["Coffee x how many {day}?",
                     "how many coffees did i have {day} lol",
                     "How many cups of coffee did I consume {day}, in total?",
                     "How many coffee I drank {day}?"],
    "caffeine": ["Caffeine total {day} - mg?",
                 "how much caffeine did i have {day} like in mg",
                 "What quantity of caffeine, measured in milligrams, did I ingest {day}?",
                 "How many milligram caffeine I took {day}?"],
    "meeting_count": ["No. of meetings {day}?",
                      "how many meetings did i have {day} ugh",
                      "How many meetings did I attend {day}, in total?",
                      "How many meeting I had {day}?"],
    "km_week": ["Total {activity} km this wk (Mon -> now)?",
                "how many km did i {verb} this week so far",
                "What total distance have I covered by {activity} in the current week, from Monday to date?",
                "How many kilometre I {past} in this week until now?"],
    "workouts_week": ["Workouts this wk so far - count?",
                      "how many workouts have i done this week lol",
                      "How many workouts have I completed in the current week, Monday onwards?",
                      "How many times I made sport in this week?"],
    "first_coffee": ["1st coffee {day} - time?",
                     "what time did i have my first coffee {day} lol",
                     "At what time was my first coffee consumed {day}?",
                     "When I drank the first coffee {day}?"],
    "last_coffee": ["Last coffee {day} - time?",
                    "when was my last coffee {day}",
                    "At what time was my last coffee consumed {day}?",
                    "When I drank the last coffee {day}?"],
    "first_meeting": ["1st mtg {day} - start time?",
                      "when did my first meeting even start {day}",
                      "At what time did the first of my meetings begin {day}?",
                      "At what time was starting my first meeting {day}?"],
    "wake": ["Wake time {day}?",
             "what time did i roll out of bed {day}",
             "At what time did I awaken {day}?",
             "When I woke up {day}?"],
    "bedtime": ["Bedtime {night} - time?",
                "what time did i crash {night}",
                "At what hour did I go to bed {night}?",
                "In what time I went to the bed {night}?"],
    "dinner_on_distance": ["Dinner on the day I {past} {km} km?",
                           "what did i eat for dinner the day i {past} {km}k",
                           "What did I eat for dinner on the day on which I {past} {km} kilometres?",
                           "In the day I {past} {km} km, what I ate for dinner?"],
    "meeting_after_workout": ["1st mtg after {noun} {day} - who attended?",
                              "who was at the first meeting after my {noun} {day}",
                              "Who attended the first meeting that followed my {noun} {day}?",
                              "Who was in the first meeting after my {noun} {day}?"],
    "lunch_on_meeting_day": ["Day of {title} - lunch where?",
                             "where did i get lunch the day we had {title}",
                             "Where did I have lunch on the day on which the {title} meeting was held?",
                             "In the day of {title}, where I ate lunch?"],
    "sleep_after_meeting": ["Sleep the night after {title} - hrs?",
                            "how much did i sleep the night after {title}",
                            "For how long did I sleep on the night after the {title} meeting?",
                            "How many hours I slept in the night after {title}?"],
    "dinner_on_said_day": ["Dinner the day {who} mentioned {value}?",
                           "what did i eat for dinner the day {who} told me about {value}",
                           "What did I eat for dinner on the day on which {who} recommended {value} to me?",
                           "In the day {who} recommended me {value}, what I ate for dinner?"],
    "compare_sleep": ["Sleep {n1} vs {n2} - hrs each, which longer?",
                      "did i sleep more {n1} or {n2}? how many hours each",
                      "Please compare the length of my sleep {n1} with that {n2}: how long was each, and which was "
                      "longer?",
                      "Which night I slept more, {n1} or {n2}, and how many hours in each one?"],
    "compare_caffeine": ["Caffeine {d1} vs {d2} - mg each, which higher?",
                         "did i have more caffeine {d1} or {d2}? how much each",
                         "Please compare my caffeine intake {d1} with that {d2}, in milligrams: how much was each, "
                         "and which was greater?",
                         "In which day I took more caffeine, {d1} or {d2}, and how many milligram in each?"],
    "compare_duration": ["Workout {d1} vs {d2} - mins each, which longer?",
                         "was my workout longer {d1} or {d2}? how long was each",
                         "Please compare the duration of my workout {d1} with that of my workout {d2}: how many "
                         "minutes did each last, and which lasted longer?",
                         "Which workout was more long, {d1} or {d2}, and how many minutes was each?"],
    "compare_coffee_weeks": ["Coffees this wk vs last wk - count each?",
                             "am i drinking more coffee this week than last week? how many each",
                             "Have I drunk more or fewer coffees this week than in the previous week? Please state "
                             "both totals.",
                             "This week I drank more coffee than the last week or less? How many in each week?"],
    "late_coffee_sleep": ["Coffee @ {t} or later -> shorter sleep? avg hrs both",
                          "ngl do i sleep less when i have coffee at {t} or later",
                          "On average, is my sleep shorter on days on which I drink coffee at or after {t} than on "
                          "other days?",
                          "When I drink coffee at {t} or more late, I sleep less in that night?"],
    "late_dinner_sleep": ["Dinner @ {t} or later -> less sleep? avg hrs both",
                          "do i sleep less if i eat dinner at {t} or later",
                          "On average, do I sleep less on days on which my dinner begins at or after {t} than on "
                          "other days?",
                          "If I start the dinner at {t} or more late, I sleep less?"],
    "exercise_sleep": ["Workout days vs rest days - sleep longer? avg hrs both",
                       "do i sleep longer on days i work out",
                       "On average, do I sleep longer on days on which I exercise than on days on which I do not?",
                       "In the days I make sport, I sleep more long than other days?"],
    "caffeine_sleep": ["Caffeine >= {mg} mg days -> less sleep? avg hrs both",
                       "do i sleep less on days i have {mg}mg of caffeine or more",
                       "On average, is my sleep shorter after days on which my caffeine intake reaches {mg} mg or "
                       "more?",
                       "When I take {mg} mg caffeine or more in one day, I sleep less?"],
    "exercise_coffee": ["Coffees per day: workout days vs rest days - avg each?",
                        "do i drink more coffee on gym days or nah",
                        "On average, do I drink more coffees on days on which I exercise than on days on which I "
                        "do not?",
                        "In the days I make sport, I drink more coffee?"],
    "fu_day_before": ["And day prior?",
                      "ok and the day before that",
                      "And what did I eat for lunch on the preceding day?",
                      "And one day before, what I ate?"],
    "fu_other_person": ["Same re: {who}?",
                        "ok what about {who}",
                        "And the same question in respect of {who}?",
                        "And {who}? What {who} said?"],
    "fu_today": ["And today so far?",
                 "ok and today",
                 "And how many have I had today, up to this moment?",
                 "And in today how many?"],
    "fu_meeting_length": ["Duration of that mtg?",
                          "ok how long was it tho",
                          "And what was the duration of that meeting?",
                          "And how long time it continued?"],
    "fu_night_before": ["And prev night?",
                        "ok and the night before that",
                        "And how long did I sleep on the preceding night?",
                        "And one night before, how many hours?"],
    "fu_other_day": ["And {day}? km",
                     "ok and {day}? how far",
                     "And what distance did I run {day}?",
                     "And {day} how many kilometre?"],
}


def _dotted(day: date) -> str:
    """``day`` as the Turkish speaker writes it: day, month and year with dots ("16.10.2029")."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; with its month when ``absolute`` or
    further back than a week."""
    back, wd, month = (today - day).days, day.weekday(), MONTHS[day.month - 1]
    slash = f"{day.day:02d}/{day.month:02d}"
    if absolute or not 0 <= back <= 6:
        return [f"{CHART_DAYS[wd]} {slash}/{day.year % 100:02d}", f"on {month[:3].lower()} {day.day} {day.year}",
                f"on the {ordinal(day.day)} day of {month}, {day.year}", f"in {_dotted(day)}"]
    if back == 0:
        return ["today", f"today {CHART_DAYS[wd]} {slash}", f"today, the {ordinal(day.day)} of {month}",
                f"today, {_dotted(day)}"]
    if back == 1:
        return ["yesterday", "yest", f"yesterday {CHART_DAYS[wd]} {slash}",
                f"yesterday, the {ordinal(day.day)} of {month}", f"yesterday ({_dotted(day)})"]
    return [f"{CHART_DAYS[wd]} {slash}", f"{back}d before today", f"last {TEXT_DAYS[wd]}", f"like {back} days ago",
            f"on {WEEKDAYS[wd]}, the {ordinal(day.day)} of {month}", f"{back} days before today", f"in {WEEKDAYS[wd]}",
            f"on {_dotted(day)}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``, asked on ``today``."""
    wd, after, back = day.weekday(), day + timedelta(days=1), (today - day).days
    options = [f"the night {day.day:02d}/{day.month:02d} -> {after.day:02d}/{after.month:02d}",
               f"the night commencing {WEEKDAYS[wd]} {day.day} {MONTHS[day.month - 1]}",
               f"in the night of {WEEKDAYS[wd]}"]
    if back == 1:
        return ["last night", "lastnight", "the last night", *options]
    if back == 2:
        return ["the nite before last", f"{WEEKDAYS[wd].lower()} night", *options]
    return [f"{WEEKDAYS[wd].lower()} night", *options]
