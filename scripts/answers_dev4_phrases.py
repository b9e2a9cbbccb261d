"""Question phrasings of the answers benchmark's fourth tuning set, ``dev4`` (docs/benchmarks.md, "Answers").

``dev4`` was written after ``dev3``, to tune on, to widen further what the answer planner sees. Its
questions come from three kinds of people rather than one: a busy parent dictating to a phone
(run-on sentences, "um", "okay so", "like", "I think", "roughly"), someone very formal ("Could you
please tell me...", "I would like to know..."), and someone who types keywords only ("caffeine
4/12", "dinner place 4/12"). Its days are named as people in the Americas name them: "this last
Wednesday", "back on Wednesday", "three days before today", "on Wednesday earlier this week",
month-first slash dates ("4/12", "Wednesday 4/12", "on 4/12/2028"); its nights as "Tuesday night
into Wednesday", "overnight Tuesday to Wednesday", "this last Tuesday night", "the night of 4/11". Each question still asks for the one gold its key has in every set.

It lives apart from ``answers_phrases`` (the other tuning sets) only to keep both modules short;
like them, it may be read by whoever tunes the planner. The slots are those of ``answers_phrases``;
``dev4`` keeps its templates' case (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

import random
from datetime import date

from answers_life import MONTHS
from answers_phrases import COUNT_WORDS, WEEKDAYS, ordinal

NOUNS = {"run": ("run", "running workout"), "cycle": ("bike ride", "cycling workout"),
         "swim": ("swim", "swimming workout"), "yoga": ("yoga", "yoga workout"), "climb": ("climbing", "climbing workout")}
"""What a dev4 question calls a workout of each activity (one drawn per question)."""

# Each key: dictated (um, okay so...), formal (Could you please..., I would like to know...) and
# keywords-only phrasings, mixed; no template is in another set (a test checks it).
PHRASES: dict[str, list[str]] = {
    "book": ["okay so {who} mentioned a book I should read, um, what was it called",
             "Could you please tell me which book {who} recommended to me?", "book rec from {who}",
             "so what was that book {who} said I'd love, I totally forgot the title",
             "I would like to know the title of the book {who} suggested."],
    "film": ["um what was the movie {who} said we have to watch", "Could you please remind me which film {who} recommended?",
             "movie {who} recommended", "okay so {who} told me about some film, like a must-see, what was it",
             "I would like to know which film {who} suggested I see."],
    "offsite": ["so {who} said the offsite got moved, um, where's it going to be now",
                "Could you please tell me the new location of the offsite that {who} mentioned?",
                "offsite new location per {who}", "I would like to know where {who} said the offsite will now take place."],
    "restaurant": ["okay so {who} told me about a restaurant we should try, what was it called again",
                   "Could you please tell me the name of the restaurant {who} recommended?", "restaurant {who} suggested",
                   "um that place to eat {who} mentioned, I think it was a restaurant, what's the name"],
    "flight": ["um what time does {who}'s flight get in, I think I'm picking them up",
               "Could you please tell me when {who}'s flight is scheduled to land?", "{who} flight arrival time",
               "I would like to know what time {who} lands."],
    "dog": ["so {who} got a new dog, what's its name again", "Could you please remind me what {who} named the dog?",
            "{who} dog name", "what did {who} end up naming the dog, I keep forgetting, like every time"],
    "launch": ["okay so {who} said {project} got pushed, um, what's the new launch date",
               "Could you please tell me the revised launch date for {project} that {who} mentioned?",
               "{project} launch date per {who}", "I would like to know when {who} said {project} will now launch."],
    "age": ["so {who}'s daughter has a birthday coming up, how old is she gonna be",
            "Could you please remind me how old {who}'s daughter will be turning?", "{who} daughter age turning",
            "um {who}'s daughter, she's turning what, I think {who} told me"],
    "podcast": ["okay so what was that podcast {who} said I'd like", "Could you please tell me which podcast {who} recommended?",
                "podcast rec {who}", "I would like to know the name of the podcast {who} suggested to me."],
    "breakfast_food": ["okay so what did I have for breakfast {day}, I honestly can't remember",
                       "Could you please tell me what I ate for breakfast {day}?", "breakfast {day}",
                       "um breakfast {day} what was it", "I would like to know what my breakfast consisted of {day}."],
    "lunch_food": ["so what did I eat for lunch {day}, like what was the actual food",
                   "Could you please tell me what I had for lunch {day}?", "lunch food {day}",
                   "{Day} at lunch, um, what did I end up eating", "I would like to know what I ate for lunch {day}."],
    "dinner_food": ["okay um what did we have for dinner {day}", "Could you please tell me what I ate for dinner {day}?",
                    "dinner food {day}", "so {day} for dinner, what did I end up eating",
                    "I would like to know what my dinner was {day}."],
    "lunch_place": ["um where did I end up going for lunch {day}", "Could you please tell me where I had lunch {day}?",
                    "lunch place {day}", "okay so {day}, lunch, where was that",
                    "I would like to know which establishment I had lunch at {day}."],
    "dinner_place": ["so where did we eat dinner {day}", "Could you please tell me where I had dinner {day}?",
                     "dinner place {day}", "um {day}, dinner, where did I have it", "I would like to know where I dined {day}."],
    "workout_kind": ["okay so what kind of workout did I do {day}, I can't remember",
                     "Could you please tell me which type of exercise I did {day}?", "workout type {day}",
                     "um what exercise did I get in {day}", "I would like to know what form of exercise I did {day}."],
    "heart_rate": ["so what was my average heart rate on the {noun} {day}, roughly",
                   "Could you please tell me my average heart rate during my {noun} {day}?", "avg bpm {noun} {day}",
                   "um {day} my {noun}, what did my heart rate average out to",
                   "I would like to know my mean heart rate for the {noun} {day}."],
    "sleep_quality": ["okay so how good was my sleep {night}, quality wise", "Could you please tell me how well I slept {night}?",
                      "sleep quality rating {night}", "um what was my sleep like {night}, the quality I mean",
                      "I would like to know the quality of my sleep {night}."],
    "sleep_night": ["so how many hours did I actually sleep {night}", "Could you please tell me how long I slept {night}?",
                    "sleep hours {night}", "um {night} how much sleep did I get, roughly",
                    "I would like to know the total duration of my sleep {night}."],
    "exercise_duration": ["okay so how long was my {noun} {day}, like in minutes",
                          "Could you please tell me how long my {noun} lasted {day}?", "{noun} duration {day}",
                          "um {day}, how long did I spend on the {noun}", "I would like to know the length of my {noun} {day}."],
    "meeting_duration": ["so how long did the {title} go on for {day}, it felt like forever",
                         "Could you please tell me how long the {title} lasted {day}?", "{title} length {day}",
                         "um the {title} {day}, how many minutes was it",
                         "I would like to know the duration of the {title} {day}."],
    "distance_run": ["okay so how far did I run {day}, in kilometers", "Could you please tell me the distance I ran {day}?",
                     "run km {day}", "um {day}, what distance did I run", "I would like to know how many kilometers I ran {day}."],
    "distance_cycle": ["so how far did I bike {day}", "Could you please tell me how many kilometers I cycled {day}?",
                       "bike km {day}", "um {day} on the bike, how far did I go",
                       "I would like to know the distance I covered cycling {day}."],
    "distance_swim": ["okay so how much did I swim {day}, like distance", "Could you please tell me how far I swam {day}?",
                      "swim km {day}", "um how many meters did I swim {day}, roughly",
                      "I would like to know the distance I swam {day}."],
    "attendees": ["okay so who was in the {title} {day}, like who actually showed up",
                  "Could you please tell me who attended the {title} {day}?", "{title} participants {day}",
                  "um the {title} {day}, who was there",
                  "I would like to know which people took part in the {title} {day}."],
    "coffee_count": ["so how many coffees did I end up having {day}",
                     "Could you please tell me how many cups of coffee I drank {day}?", "coffee count {day}",
                     "um {day}, how many coffees was that", "I would like to know the number of coffees I had {day}."],
    "caffeine": ["okay so how much caffeine did I have {day}, like total",
                 "Could you please tell me my total caffeine intake {day}, in milligrams?", "caffeine {day}",
                 "um {day} how much caffeine was that altogether",
                 "I would like to know how many milligrams of caffeine I consumed {day}."],
    "meeting_count": ["so how many meetings did I have {day}, it felt like back to back",
                      "Could you please tell me how many meetings I attended {day}?", "number of mtgs {day}",
                      "um how many meetings was I in {day}",
                      "I would like to know how many meetings were scheduled for me {day}."],
    "km_week": ["okay so how many kilometers have I done {activity} so far this week",
                "Could you please tell me my total {activity} distance for this week so far?", "{activity} km this week",
                "um since Monday, like, how far did I {verb} in total", "so what's my {activity} tally this week, in km",
                "I would like to know the total distance I have covered {activity} since Monday."],
    "workouts_week": ["okay so how many workouts have I done so far this week",
                      "Could you please tell me how many times I have exercised since Monday?", "workout tally this week",
                      "um how often did I work out this week, like how many times",
                      "I would like to know the number of exercise sessions I have completed this week."],
    "first_coffee": ["so what time did I have my first coffee {day}", "Could you please tell me when I had my earliest coffee {day}?",
                     "first coffee {day} time", "um {day}, when did I start on the coffee",
                     "I would like to know at what time I had my opening cup of coffee {day}."],
    "last_coffee": ["okay so when was my last coffee {day}", "Could you please tell me what time I had my final coffee {day}?",
                    "last cup {day} time", "um {day}, when did I stop drinking coffee, like what time was the last one",
                    "I would like to know the time of my latest coffee {day}."],
    "first_meeting": ["so when did meetings start for me {day}, like the first one",
                      "Could you please tell me the start time of my first meeting {day}?", "first mtg {day}",
                      "um {day}, what time was my earliest meeting",
                      "I would like to know at what time my first scheduled meeting began {day}."],
    "wake": ["okay so what time was I up {day}", "Could you please tell me what time I woke up {day}?", "wake time {day}",
             "um when did my day start {day}, like when did I wake up", "I would like to know when I awoke {day}."],
    "bedtime": ["so what time did I finally go to bed {night}", "Could you please tell me what time I went to sleep {night}?",
                "lights out {night}", "um when did I call it a night {night}", "I would like to know when I fell asleep {night}."],
    "dinner_on_distance": ["okay so the day I {past} {km} km, what did I have for dinner that night",
                           "Could you please tell me what I ate for dinner on the day I {past} {km} kilometers?",
                           "dinner on {km} km {noun} day", "um what was dinner, like, the evening of my {km} km {noun}",
                           "I would like to know what I had for dinner on the day of my {km} km {noun}."],
    "meeting_after_workout": ["okay so {day} after my {noun}, who was in the next meeting I had",
                              "Could you please tell me who attended my first meeting following my {noun} {day}?",
                              "people at first mtg after {noun} {day}",
                              "um who was at the meeting I went to right after the {noun} {day}",
                              "I would like to know which people were in the meeting that came directly after my {noun} {day}."],
    "lunch_on_meeting_day": ["so the day we had the {title}, where did I get lunch",
                             "Could you please tell me where I ate lunch on the day the {title} took place?",
                             "lunch place {title} day", "um where did I eat lunch that day with the {title}, you know the one",
                             "I would like to know the location of my lunch on the day of the {title}."],
    "sleep_after_meeting": ["okay so the night after the {title} how many hours did I get, sleep-wise",
                            "Could you please tell me how long I slept on the night following the {title}?",
                            "sleep night after {title}", "um that {title} day, how long did I sleep after it, like that night",
                            "I would like to know the duration of my sleep the night after the {title}."],
    "dinner_on_said_day": ["okay so the day {who} recommended {value}, what did I have for dinner",
                           "Could you please tell me what my dinner was on the day {who} suggested {value}?",
                           "dinner day {who} recommended {value}",
                           "um what was dinner the same day {who} said I should check out {value}",
                           "I would like to know what I had for supper on the day {who} suggested {value}."],
    "compare_sleep": ["okay so did I sleep longer {n1} or {n2}, I feel like both were bad",
                      "Could you please tell me on which of the two nights, {n1} or {n2}, I slept longer?",
                      "sleep {n1} vs {n2}", "um how does my sleep {n1} compare with {n2}, which was more",
                      "I would like to know whether I slept more {n1} than {n2}."],
    "compare_caffeine": ["so did I have more caffeine {d1} than {d2}, like was I more wired",
                         "Could you please tell me which day I consumed more caffeine, {d1} or {d2}?",
                         "caffeine {d1} vs {d2}", "um which had more caffeine, {d1} or {d2}",
                         "I would like to know how my caffeine intake {d1} compares with {d2}."],
    "compare_duration": ["okay so was I working out longer {d1} or {d2}",
                         "Could you please tell me which of my workouts was longer, the one {d1} or the one {d2}?",
                         "workout length {d1} vs {d2}", "um did I exercise more {d1} than {d2}, time-wise",
                         "I would like to know how the duration of my workout {d1} compares with the one {d2}."],
    "compare_coffee_weeks": ["okay so am I drinking more coffee this week than the week before, be honest",
                             "Could you please tell me whether I have had more coffee this week than last week?",
                             "coffees this week vs last week", "um is my coffee up or down on last week, like did I have more",
                             "I would like to know how my coffee count this week compares with the previous week."],
    "late_coffee_sleep": ["okay so when I have coffee at {t} or later, do I sleep less that night, I think I do",
                          "Could you please tell me whether having coffee at or after {t} is associated with less sleep?",
                          "coffee at/after {t} -> less sleep?", "um does a coffee from {t} on, like, cut into my sleep",
                          "I would like to know whether I sleep less on nights after drinking coffee at {t} or later."],
    "late_dinner_sleep": ["so when dinner's late, like {t} or later, am I sleeping less",
                          "Could you please tell me whether I sleep less after eating dinner at {t} or later?",
                          "dinner at/after {t} -> less sleep?", "um do late dinners, {t} and after, mean less sleep for me",
                          "I would like to know if starting dinner at or after {t} shortens my sleep."],
    "exercise_sleep": ["okay so on days I work out do I sleep more that night, like is it helping",
                       "Could you please tell me whether I sleep longer on nights following a day with a workout?",
                       "workout days -> more sleep?",
                       "um is there like a connection between exercising and sleeping longer for me",
                       "I would like to know whether exercise during the day goes with more sleep that night."],
    "caffeine_sleep": ["so on days I have like {mg} mg of caffeine or more, do I sleep less",
                       "Could you please tell me whether days with at least {mg} mg of caffeine are followed by less sleep?",
                       "{mg}+ mg caffeine days -> less sleep?",
                       "um if I hit {mg} milligrams of caffeine, does my sleep get shorter that night",
                       "I would like to know if my sleep is shorter after days when my caffeine reaches {mg} mg."],
    "exercise_coffee": ["okay so on workout days do I end up drinking more coffee",
                        "Could you please tell me whether I drink more coffee on days when I work out?",
                        "coffees on workout days vs rest days - more?", "um is my coffee higher on exercise days or is that just me",
                        "I would like to know whether I have more cups of coffee on the days I exercise."],
    "fu_day_before": ["okay and what about the day before that", "Could you please tell me the same for the previous day?",
                      "day before?", "um and the day before", "I would also like to know that for the preceding day."],
    "fu_other_person": ["okay and what about {who}", "Could you please tell me the same for {who}?", "{who} - same?",
                        "um and what did {who} say", "I would like to know the same regarding {who}."],
    "fu_today": ["okay and how many today so far", "Could you please tell me the same for today?", "today so far?",
                 "um and today, like up to now", "I would also like to know how many I have had today."],
    "fu_meeting_length": ["okay and how long did that one go", "Could you please tell me how long that meeting lasted?",
                          "length?", "um and how many minutes was it, roughly", "I would also like to know its duration."],
    "fu_night_before": ["okay and the night before that", "Could you please tell me the same for the preceding night?",
                        "night before?", "um and the previous night, how long",
                        "I would also like to know how long I slept the night before."],
    "fu_other_day": ["okay and {day}", "Could you please tell me the same for {day}?", "{day} distance?",
                     "um and how far did I go {day}", "I would like to know the same for {day} as well."],
}


def day_phrase(day: date, today: date, rng: random.Random, absolute: bool = False) -> str:
    """How a dev4 question names ``day`` asked on ``today``; ``absolute``: always with the month.
    Month-first slash dates as written in the Americas, weekdays, days counted back."""
    wd, month, back = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], (today - day).days
    if not absolute and back in (0, 1):
        return ("today", "yesterday")[back]
    options = [f"{day.month}/{day.day}", f"on {day.month}/{day.day}/{day.year}", f"{month} {day.day}",
               f"on {month} {ordinal(day.day)}, {day.year}", f"{wd} {day.month}/{day.day}"]
    if not absolute and 2 <= back <= 6:
        options += [f"back on {wd}", f"this last {wd}", f"{COUNT_WORDS[back]} days before today"]
        options += [f"on {wd} earlier this week"] if day.weekday() < today.weekday() else []
    return rng.choice(options)


def night_phrase(day: date, today: date, rng: random.Random) -> str:
    """How a dev4 question names the night that starts on ``day``."""
    wd, next_day, back = WEEKDAYS[day.weekday()], WEEKDAYS[(day.weekday() + 1) % 7], (today - day).days
    if back == 1:
        return "last night"
    options = [f"the night of {day.month}/{day.day}"]
    if 2 <= back <= 6:
        options += [f"{wd} night into {next_day}", f"overnight {wd} to {next_day}", f"this last {wd} night"]
    return rng.choice(options)
