"""Question phrasings of the answers benchmark's seventh tuning set, ``dev7`` (docs/benchmarks.md, "Answers").

``dev7`` was the held-out set until 2026-12-04, when, after its measurement (accuracy 0.908), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev6``, answers_dev6_phrases.py), and was written without reading
the planner, its time parser or the tuning sets' phrasings (where the disjointness tests found a
wording already used, it was reworded). Its questions are typed as different people type to an
assistant: terse keywords, full sentences, casual, formal, dictated, lower case, abbreviations,
parentheticals, synonyms, words in other orders. Only the wording is new: every key asks for the
gold ``answers_evalset`` computes for it, and every template fills the slots described in
answers_phrases.py.

Its life lives in Asia/Kolkata (no clock change), so a slash date is day first ("3/10" is
3 October). Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NOUNS = {"run": ("morning run", "running workout"), "cycle": ("bike workout", "cycling workout"),
         "swim": ("pool session", "swimming workout"), "yoga": ("yoga workout", "yoga flow"),
         "climb": ("climbing workout", "wall session")}
"""What a question calls a workout of each activity (``{noun}``)."""
PHRASES: dict[str, list[str]] = {
    "book": ["book {who} told me to pick up - title pls", "Kindly remind me which book {who} recommended to me.",
             "ugh forgot the book {who} swore by, what was it", "what's the name of that book {who} kept pushing on me?"],
    "film": ["film rec (from {who})?", "so {who} told me to watch some movie... which one",
             "Which movie was it that {who} insisted I see?", "the film {who} suggested for the weekend = ?"],
    "offsite": ["{who} mentioned a new offsite venue, where is it", "offsite: new location per {who}",
                "Could you tell me where {who} said the offsite was moved to?", "where's the offsite going now (via {who})"],
    "restaurant": ["restaurant {who} brought up, the dumpling one - name?", "what was that dumpling spot {who} mentioned",
                   "Please remind me of the restaurant {who} proposed we try.", "{who} had a place in mind to eat at... which?"],
    "flight": ["{who} lands fri at what time", "Could you tell me when {who}'s flight touches down on Friday?",
               "friday arrival time for {who}'s plane", "ok so when does {who} land on friday"],
    "dog": ["{who} got a dog - what's she called", "name of {who}'s dog?",
            "What did {who} say the new dog is called?", "remind me what {who} called the dog they took in"],
    "launch": ["{project} launch (per {who}) moved to which date", "when's {project} going live now, {who} said it slipped",
               "What is the revised launch date for {project}, as {who} put it?", "date {who} gave for {project} launch now?"],
    "age": ["{who}'s daughter's birthday sat - how old?", "what age does {who}'s girl turn this saturday",
            "How old will {who}'s daughter be on Saturday?", "age of {who}'s daughter come sat"],
    "podcast": ["{who}'s podcast tip?", "which podcast was {who} recommending to me",
                "What is the podcast {who} thought I would enjoy?", "podcast {who} said to start on = ?"],
    "breakfast_food": ["b'fast {day}?", "what was breakfast {day}", "{Day} - what did i have first thing to eat (breakfast)?",
                       "Could you tell me what my breakfast consisted of {day}?"],
    "lunch_food": ["lunch {day} = ?", "what'd i have at lunch {day}", "{Day}, what did I eat at midday (lunch)?",
                   "Would you tell me what I ate for lunch {day}?"],
    "dinner_food": ["dinner {day} = ?", "what'd i eat for dinner {day}", "{Day}, my evening meal (dinner) was what?",
                    "Would you tell me what I ate for dinner {day}?"],
    "lunch_place": ["lunch venue {day}", "where'd lunch happen {day}", "{Day}: where did I have lunch?",
                    "At which place did I eat my lunch {day}?"],
    "dinner_place": ["dinner venue {day}", "where'd dinner happen {day}", "{Day}: where did I have dinner?",
                     "At which place did I eat dinner {day}?"],
    "workout_kind": ["workout type {day}?", "what sort of training did i do {day}", "{Day}, what kind of workout was it?",
                     "Which type of exercise did I do {day}?"],
    "heart_rate": ["{noun} {day} - avg heart rate", "what was the average bpm on my {noun} {day}",
                   "{Day}, what was my average heart rate for the {noun}?", "my avg pulse during the {noun} {day}?"],
    "sleep_quality": ["sleep quality {night} (good/fair/poor)?", "how'd my sleep rate {night}",
                      "{Night}, was my sleep rated good, fair or poor?", "What was the quality rating of my sleep {night}?"],
    "sleep_night": ["hrs of sleep {night}?", "how long did i sleep for {night}", "{Night}, how much did I sleep in total?",
                    "Could you tell me the total hours I slept {night}?"],
    "exercise_duration": ["{noun} {day} - how many mins", "how long was the {noun} {day}",
                          "{Day}, how long did I spend on my {noun}?", "Duration of my {noun} {day}, please."],
    "meeting_duration": ["{title} {day} - how many mins did it take", "how long was {title} {day}",
                         "{Day}, how long did {title} last?", "Could you tell me the length of the {title} meeting {day}?"],
    "distance_run": ["distance i ran {day}?", "how many km did i run {day}", "{Day}, how far did I go running?",
                     "What distance did I cover on foot running {day}?"],
    "distance_cycle": ["cycling distance {day}?", "how many km did i cycle {day}", "{Day}, how far did I go by bike?",
                       "What distance did I cover cycling {day}?"],
    "distance_swim": ["distance swum {day}?", "how many km did i swim {day}", "{Day}, how far did I go in the pool?",
                      "What distance did I cover swimming {day}, in km?"],
    "attendees": ["{title} {day}: attendees?", "who came to {title} {day}", "{Day}, who was at the {title}?",
                  "Could you list who attended the {title} meeting {day}?"],
    "coffee_count": ["coffees {day}, how many", "how many coffees did i have {day}", "{Day}, how many coffees in total?",
                     "Could you count the coffees I drank {day}?"],
    "caffeine": ["caffeine {day}, mg total?", "how many mg of caffeine did i have {day}",
                 "{Day}, how much caffeine did I consume altogether (mg)?", "What was my total caffeine {day} in milligrams?"],
    "meeting_count": ["meetings {day}, how many", "how many meetings did i sit in {day}", "{Day}, how many meetings did I have?",
                      "Could you count the meetings I had {day}?"],
    "km_week": ["{activity} km so far this week?", "how far have i {past} this week in total (km)",
                "So far this week, how many kilometres have I done {activity}?", "total km {activity} this wk"],
    "workouts_week": ["no. of workouts this wk so far", "how many times did i exercise this week so far",
                      "So far this week, how many workouts have I done?", "count of my workouts since monday?"],
    "first_coffee": ["1st coffee {day}, what time", "when was my first coffee of the day {day}",
                     "{Day}, at what time did I have my first coffee?", "What time did I drink the first coffee {day}?"],
    "last_coffee": ["last coffee {day}, what time", "when was my final coffee of the day {day}",
                    "{Day}, at what time did I have my last coffee?", "What time did I drink the last coffee {day}?"],
    "first_meeting": ["1st meeting {day}, start time", "when did my first meeting of the day start {day}",
                      "{Day}, at what time did my first meeting start?", "What time was the start of my first meeting {day}?"],
    "wake": ["wake time {day}?", "when did i wake {day}", "{Day}, at what time did I wake up?",
             "What time did I get out of bed {day}?"],
    "bedtime": ["bed time {night}?", "when did i get to sleep {night}", "{Night}, at what time did I go to sleep?",
                "What time did I turn in for the night {night}?"],
    "dinner_on_distance": ["dinner the day i {past} {km} km = ?", "what was for dinner on my {km} km {noun} day",
                           "On the day of the {km} km {noun}, what did I have for dinner?",
                           "the {km} km day ({past} it) - what did i eat that evening for dinner"],
    "meeting_after_workout": ["{Day}, first meeting after the {noun} - attendees?",
                              "who was in the meeting right after my {noun} {day}",
                              "Who attended my first meeting following the {noun} {day}?",
                              "after the {noun} {day}, the next meeting had who in it"],
    "lunch_on_meeting_day": ["day of the {title} - lunch venue?", "where'd i have lunch on the day we had {title}",
                             "Where did I eat lunch on the day of {title}?", "{title} day: where was lunch"],
    "sleep_after_meeting": ["night after {title} - hrs slept?", "how much did i sleep the night after the {title}",
                            "How long did I sleep on the night following {title}?", "{title}, then that night: how long asleep"],
    "dinner_on_said_day": ["dinner the day {who} recommended {value} = ?", "what was dinner on the day {who} brought {value} up",
                           "On the day {who} recommended {value}, what was my dinner?",
                           "{who} mentioned {value} one day - that day, what did i have for dinner"],
    "compare_sleep": ["slept longer {n1} or {n2}?", "which night was my sleep longer, {n1} or {n2}",
                      "{N1} or {n2}: on which night did I sleep longer?", "did i get more sleep {n1} vs {n2}"],
    "compare_caffeine": ["caffeine higher - {d1} or {d2}?", "which day did i have more caffeine, {d1} or {d2}",
                         "{D1} or {d2}: on which of the two did I take in more caffeine?", "caffeine (mg): {d1} vs {d2}, which was more"],
    "compare_duration": ["longer workout {d1} or {d2}?", "which day's workout lasted longer, {d1} or {d2}",
                         "{D1} or {d2}: on which day was my workout longer?", "workout mins {d1} vs {d2}, which longer"],
    "compare_coffee_weeks": ["coffees this week so far vs all last week - more?",
                             "am i having more coffee this week than i had last week",
                             "Have I drunk more coffees this week so far than in the whole of last week?",
                             "this wk vs last wk: more coffees now?"],
    "late_coffee_sleep": ["coffee at {t} or later -> less sleep that night?",
                          "does a coffee at {t} or later mean i sleep less that night",
                          "Do I sleep less on nights after days with a coffee at or after {t}?",
                          "when i have coffee from {t} onward, is my sleep that night shorter"],
    "late_dinner_sleep": ["dinner starting {t} or later -> less sleep?", "do i sleep less when dinner begins at {t} or later",
                          "Is my sleep shorter on nights after a dinner that began at or after {t}?",
                          "when dinner starts from {t} onward do i get less sleep that night"],
    "exercise_sleep": ["workout days -> longer sleep that night?", "do i sleep more the night after i exercise",
                       "Is my sleep longer on nights after days with a workout than after days without?",
                       "on days i train do i get more sleep that night"],
    "caffeine_sleep": ["{mg} mg+ caffeine in a day -> less sleep that night?",
                       "do i sleep less after a day with {mg} mg of caffeine or more",
                       "Is my sleep shorter on nights after days with at least {mg} mg of caffeine?",
                       "when i have {mg} mg or more caffeine in a day, do i sleep less that night"],
    "exercise_coffee": ["coffee count: workout days vs no-workout days, which is higher?", "do i have more coffees on days i exercise",
                        "Do I drink more coffee on days with a workout than on days without?",
                        "on days i train, do i drink more coffees"],
    "fu_day_before": ["and the day prior to that?", "ok what about the previous day's lunch",
                      "And the day before it?", "the day before, then?"],
    "fu_other_person": ["ok what about {who} then", "and for {who}?", "Same for {who}?", "{who} - same q"],
    "fu_today": ["n today so far?", "today, then?", "And so far today?", "ok what about today"],
    "fu_meeting_length": ["how long did it last", "and its length?", "How long did that meeting run?", "mins?"],
    "fu_night_before": ["and the night prior to it?", "the night before, then?", "And the night before that one?",
                        "ok what about the night before"],
    "fu_other_day": ["{day}, then?", "and {day}", "And the distance {day}?", "ok what about {day}"],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways a question names ``day``: relative to ``today`` within the week, else with its month."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    slash, month = f"{day.day}/{day.month}", MONTHS[day.month - 1]
    dated = [slash, f"on {day.day}-{month[:3]}", f"on {month} the {ordinal(day.day)}",
             f"on {weekday} ({ordinal(day.day)} {month[:3]})"]
    if absolute or not 0 <= back <= 6:
        return dated
    if back == 0:
        return ["today", f"today ({slash})"]
    if back == 1:
        return ["yesterday", f"yesterday ({short} {slash})"]
    return [f"{weekday.lower()} just gone", f"on {short} {slash}", f"({short.lower()} {slash})", f"{back} days back",
            *dated[1:3]]


def night_options(day: date, today: date) -> list[str]:
    """Ways a question names the night that starts on ``day``."""
    back, after = (today - day).days, day + timedelta(days=1)
    into = f"{SHORT_DAYS[day.weekday()].lower()} night into {SHORT_DAYS[after.weekday()].lower()}"
    spanned = f"the night of {day.day}/{day.month} to {after.day}/{after.month}"
    if back == 1:
        return ["last night", f"last night ({day.day}/{day.month})", spanned]
    if back == 0:
        return ["tonight"]
    return [f"the {WEEKDAYS[day.weekday()]} night just gone", f"over {into}", spanned, f"{back} nights back"]
