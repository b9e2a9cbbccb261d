"""Question phrasings of the answers benchmark's twelfth tuning set, ``dev12`` (docs/benchmarks.md, "Answers").

``dev12`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.822), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev11``, answers_dev11_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
or dictating to an assistant: a shift worker (terse, lower case, reasons from the roster and days
off, days named by weekday and roster date), a parent dictating in a hurry (fillers, repeated
words, a self-correction that ends on what is asked), a journalist (precise full sentences, full
dates with the weekday and year) and someone who talks British and Australian slang ("brekkie",
"kip", "k's", "reckon", "just gone"). Only the wording is new: each question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev12 life lives in Australia/Perth, from Monday 6 August 2029; Western Australia keeps no
daylight saving time, so no clock changes inside it. A slash date is day first, as Australians
write it ("7/8" is 7 August). Questions keep the case they are typed in here (``as_typed`` in
``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

ROSTER_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""How the shift worker writes a weekday on a roster."""
BACK = ("", "", "two", "three", "four", "five", "six")
NOUNS = {"run": ("run", "jogging session"), "cycle": ("bike ride", "ride on the bike"),
         "swim": ("swim", "lap swim"), "yoga": ("yoga", "yoga flow"),
         "climb": ("climbing", "bouldering session")}
"""What its questions call a workout of each activity (one drawn per question)."""
# Each key: the shift worker, the hurried parent, the journalist, the one who talks slang.
PHRASES: dict[str, list[str]] = {
    "book": ["need a book for the night shifts - which one did {who} recommend",
             "Okay so the book, uh, the book {who} said I should read, what was it called?",
             "Which book did {who} recommend I read? Please give the exact title.",
             "what's the book {who} reckoned I should get stuck into"],
    "film": ["day off coming up, what film did {who} say to watch",
             "Um, what was the movie {who} said I had to, had to watch?",
             "Which film did {who} recommend that I watch? The title only, please.",
             "what flick did {who} reckon I had to see"],
    "offsite": ["offsite moved, {who} said - moved where",
                "The offsite, {who} said it got moved, moved where? Sorry, where to?",
                "According to {who}, to which city has the offsite been moved?",
                "where'd {who} say the offsite's been shunted to"],
    "restaurant": ["{who} mentioned a restaurant to try, name? want to go on my day off",
                   "What's the, uh, the restaurant {who} said we should try? The dumpling one I think.",
                   "Name the restaurant that {who} suggested we try.",
                   "what's that restaurant {who} was raving about, the one we've gotta try"],
    "flight": ["what time does {who}'s flight get in, might be rostered on",
               "When does {who}'s flight, no, what time does {who}'s flight land?",
               "At what time is {who}'s flight scheduled to land?",
               "what time's {who}'s plane touching down"],
    "dog": ["{who} got a dog, whats it called",
            "Okay {who}'s new dog, the puppy, sorry, the dog, what's her name?",
            "What name did {who} give the dog they adopted?",
            "what's {who}'s new pooch called"],
    "launch": ["{project} launch got pushed - new date per {who}?",
               "Um, {who} said the {project} launch moved, slipped, whatever, to when? What date?",
               "To what date has the {project} launch been postponed, according to {who}?",
               "when's the {project} launch been bumped to, {who} reckons"],
    "age": ["{who}'s daughter has a birthday coming, how old is she turning",
            "How old is {who}'s, um, {who}'s daughter going to be? She's got a birthday.",
            "What age will {who}'s daughter turn at her upcoming birthday?",
            "{who}'s daughter's birthday's coming up, how old's she turning"],
    "podcast": ["podcast {who} recommended? for the drive home after shift",
                "What was the podcast, the one {who} said I'd like, what's it called?",
                "Which podcast did {who} recommend to me?",
                "what pod was {who} banging on about that I'd like"],
    "breakfast_food": ["breakfast {day} - what did i eat? filling in my food log",
                       "Okay what did I have for breakfast {day}, uh, what did I eat?",
                       "Please state what I ate for breakfast {day}.",
                       "what did I chow down for brekkie {day}"],
    "lunch_food": ["what was lunch {day}, food wise",
                   "What did I have for dinner, sorry, lunch, for lunch {day}?",
                   "Record check: what did I eat for lunch {day}?",
                   "what'd I scoff for lunch {day}"],
    "dinner_food": ["dinner {day}, what did i eat? filling in my food log",
                    "Um so dinner {day}, what did I, what was it I ate?",
                    "What did I have for dinner {day}? Please be specific.",
                    "what'd I have for me dinner {day}"],
    "lunch_place": ["where did i have lunch {day}, which place",
                    "Where did I, okay where did I eat lunch {day}? Which place?",
                    "At which location did I have lunch {day}?",
                    "where'd I grab lunch {day}"],
    "dinner_place": ["dinner {day}, where was that",
                     "Where was dinner {day}, like where did we, where did I eat it?",
                     "Where did I have dinner {day}? Name the venue.",
                     "where'd I end up for dinner {day}"],
    "workout_kind": ["what exercise did i do {day}, gym or what",
                     "What did I, um, what kind of exercise did I do {day}?",
                     "What type of workout did I do {day}?",
                     "what sort of workout sesh did I do {day}"],
    "heart_rate": ["avg heart rate {noun} {day}? for my fitness log",
                   "What was my heart rate, the average, during my {noun} {day}?",
                   "What was my average heart rate, in beats per minute, during my {noun} {day}?",
                   "what'd the old ticker average, heart rate wise, on my {noun} {day}"],
    "sleep_quality": ["how well did i sleep {night}, quality wise",
                      "How was my sleep, the quality I mean, {night}?",
                      "How would my sleep {night} be rated for quality?",
                      "was I sleeping like a log {night} or what, how was the sleep quality"],
    "sleep_night": ["how many hours did i sleep {night}, for my fatigue log",
                    "How long did I sleep {night}? Like, uh, total hours.",
                    "What was the total duration of my sleep {night}?",
                    "how much kip did I get {night}"],
    "exercise_duration": ["how long was my {noun} {day}, mins",
                          "Okay how long, how many minutes was my {noun} {day}?",
                          "How many minutes did my {noun} last {day}, precisely?",
                          "how long did the {noun} go for {day}"],
    "meeting_duration": ["how long did the {title} meeting run {day}",
                         "The {title} meeting {day}, how long was it, like how long did it go?",
                         "What was the length of the {title} meeting {day}?",
                         "how long did {title} drag on for {day}"],
    "distance_run": ["km run {day}? logging it",
                     "How far did I, uh, run {day}? The distance.",
                     "Precisely how far did I run {day}, in kilometres?",
                     "how many k's did I run {day}"],
    "distance_cycle": ["km cycled {day}?",
                       "How far did I bike, I mean cycle, {day}?",
                       "Precisely how far did I cycle {day}, in kilometres?",
                       "how many k's did I do on the bike {day}"],
    "distance_swim": ["how far did i swim {day}, km",
                      "How far did I swim {day}, uh, in kilometres?",
                      "Precisely how far did I swim {day}, in kilometres?",
                      "how far'd I swim {day}"],
    "attendees": ["who was in the {title} meeting {day}",
                  "Who was, um, who came to the {title} meeting {day}?",
                  "Who attended the {title} meeting {day}? List every attendee.",
                  "who rocked up to {title} {day}"],
    "coffee_count": ["coffee count {day}? how many did i have",
                     "How many coffees did I have {day}, uh, cups I mean?",
                     "What was the number of coffees I drank {day}?",
                     "how many coffees did I knock back {day}"],
    "caffeine": ["total caffeine mg {day}, for my fatigue log",
                 "How much caffeine, how many milligrams did I have {day}?",
                 "What quantity of caffeine, in milligrams, did I consume {day}?",
                 "how much caffeine did I get into me {day}"],
    "meeting_count": ["how many meetings was i in {day}, total",
                      "How many meetings were there {day}, for me I mean?",
                      "How many meetings did I attend {day}?",
                      "how many meetings was I stuck in {day}"],
    "km_week": ["total {activity} km this week (since mon)?",
                "How far have I, how many kilometres did I {verb} this week?",
                "What is my cumulative {activity} distance for the current week, Monday onwards?",
                "how many k's have I {past} this week"],
    "workouts_week": ["workouts this week, how many so far",
                      "How many times did I, how many workouts have I done this week?",
                      "How many workouts have I logged this week?",
                      "how many workouts have I smashed out this week"],
    "first_coffee": ["first coffee {day}, what time",
                     "What time was my first coffee {day}? The first one.",
                     "At what time did I have my first coffee {day}?",
                     "what time'd I have me first coffee {day}"],
    "last_coffee": ["last coffee {day} what time",
                    "When was my, uh, last coffee {day}? What time?",
                    "At what time did I have my final coffee {day}?",
                    "what time was me last coffee {day}"],
    "first_meeting": ["what time did my first meeting start {day}",
                      "What time was the first meeting, the first one {day}, when did it start?",
                      "Please confirm the start time of my first meeting {day}.",
                      "when'd me first meeting kick off {day}"],
    "wake": ["what time was i up {day}, woke i mean",
             "When did I wake up {day}, what time?",
             "At what time did I wake {day}?",
             "what time'd I wake up {day}"],
    "bedtime": ["bedtime {night}? what time",
                "What time did I, um, go to sleep {night}?",
                "Please confirm the time I went to bed {night}.",
                "what time did I hit the hay {night}"],
    "dinner_on_distance": ["day i {past} {km} km - what was dinner",
                           "What did I have for dinner the day I, uh, {past} {km} kilometres?",
                           "For the record, what was dinner on the day I {past} {km} km?",
                           "what'd I scoff for dinner the day I {past} {km}k"],
    "meeting_after_workout": ["first meeting after my {noun} {day} - who was in it",
                              "Who was at the, um, the first meeting after my {noun} {day}?",
                              "Who attended the first meeting following my {noun} {day}?",
                              "who was in the first meeting I had after me {noun} {day}"],
    "lunch_on_meeting_day": ["lunch on the day of {title} - where was it",
                             "Where did I have lunch, the day we had {title}, where was it?",
                             "Where did I have lunch on the day the {title} meeting took place?",
                             "where'd I grab lunch the day {title} was on"],
    "sleep_after_meeting": ["hours slept the night after {title}?",
                            "How long did I sleep the night after the, uh, the {title} meeting?",
                            "How long did I sleep on the night following the {title} meeting?",
                            "how much kip did I get the night after {title}"],
    "dinner_on_said_day": ["dinner the day {who} told me about {value}, what was it",
                           "What did I eat for dinner on the day, uh, the day {who} mentioned {value}?",
                           "On the date {who} recommended {value}, what did I eat for dinner?",
                           "what'd I have for dinner the day {who} put me onto {value}"],
    "compare_sleep": ["which night did i sleep longer {n1} or {n2}, for my fatigue log",
                      "Did I sleep longer {n1} or, um, {n2}?",
                      "On which night did I sleep longer: {n1} or {n2}?",
                      "did I get more kip {n1} or {n2}"],
    "compare_caffeine": ["which day had more caffeine {d1} or {d2}, for my fatigue log",
                         "Which day did I have more caffeine, {d1} or, uh, {d2}?",
                         "Did I consume more caffeine {d1} or {d2}?",
                         "did I have more caffeine in me {d1} or {d2}"],
    "compare_duration": ["workout longer {d1} or {d2}? roster planning",
                         "Which workout was longer, the one {d1} or, um, {d2}?",
                         "Which was the longer workout, {d1} or {d2}?",
                         "did I train for longer {d1} or {d2}"],
    "compare_coffee_weeks": ["coffees this week vs last week, more or fewer?",
                             "Am I drinking more coffee this week than last, or less? Like number of coffees.",
                             "Have I had more or fewer coffees this week than last week?",
                             "am I on the coffee more this week than last week"],
    "late_coffee_sleep": ["on days i have coffee at {t} or later, do i sleep less that night",
                          "Do I sleep less on days I have coffee at {t} or later? Like, that night.",
                          "Is my sleep shorter on days when I drink coffee at or after {t}?",
                          "does a coffee from {t} on cut into my kip"],
    "late_dinner_sleep": ["dinner at {t} or later - does that change how long i sleep",
                          "Do I sleep less when dinner's late, um, at {t} or after?",
                          "How does my sleep duration differ on days I start dinner at or after {t}?",
                          "do I get less kip when dinner's at {t} or later"],
    "exercise_sleep": ["do i sleep longer on days i work out vs days off",
                       "On days I exercise do I, uh, do I sleep more that night?",
                       "Do I sleep longer on days when I exercise than on days when I don't?",
                       "do I kip longer on training days"],
    "caffeine_sleep": ["{mg}mg+ caffeine days - less sleep after?",
                       "Do I sleep less on days I have, um, {mg} milligrams of caffeine or more?",
                       "Is my sleep shorter after days on which I consume at least {mg} mg of caffeine?",
                       "when I've had {mg} mg of caffeine or more, do I get less kip"],
    "exercise_coffee": ["coffees: workout days vs non-workout days, do i have more",
                        "On the days I work out, do I drink, um, more coffee or less?",
                        "Do I drink more coffees on days I exercise than on days I don't?",
                        "do I hit the coffee harder on training days"],
    "fu_day_before": ["what about the day prior",
                      "Okay and the day before, what did I have then?",
                      "And what did I eat for lunch the previous day?",
                      "what about the day before, lunch wise"],
    "fu_other_person": ["same q for {who}",
                        "And what about, um, {who}?",
                        "And what did {who} say, for the record?",
                        "and {who}, what'd they reckon"],
    "fu_today": ["and today's count, up to now?",
                 "What about, um, today?",
                 "And how many have I had today?",
                 "and today's tally?"],
    "fu_meeting_length": ["and how long did that one run",
                          "Okay and how long was it? The meeting.",
                          "What was that meeting's duration?",
                          "how long'd it go for"],
    "fu_night_before": ["night before that?",
                        "And the night before, uh, the one before that?",
                        "And how long did I sleep the night before that?",
                        "what about the night before"],
    "fu_other_day": ["and how far did i run {day}, then",
                     "And, um, {day}? How far then?",
                     "And the distance I ran {day}?",
                     "what about {day}, how far'd I go"],
}


def _full(day: date) -> str:
    """``day`` as the journalist writes it: weekday, day, month and year."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; with its month when ``absolute`` or
    further back than a week."""
    back, wd = (today - day).days, day.weekday()
    slash = f"{day.day}/{day.month}"
    if absolute or not 0 <= back <= 6:
        return [f"on {_full(day)}", f"on {slash}/{day.year} (a {WEEKDAYS[wd]})",
                f"on the {ordinal(day.day)} of {MONTHS[day.month - 1]}, {day.year}"]
    if back == 0:
        return ["today", f"today, the {ordinal(day.day)}", f"today ({slash}, {ROSTER_DAYS[wd]})"]
    roster, journalist = f"on the {slash}", f"on {_full(day)}"
    if back == 1:
        return ["yesterday", f"yesterday ({slash}, {ROSTER_DAYS[wd]})", f"yesterday, {_full(day)}", roster]
    return [f"{WEEKDAYS[wd]} that's just been", roster, journalist, f"{BACK[back]} days back from today",
            f"on {WEEKDAYS[wd - 1]}, no, sorry, {WEEKDAYS[wd]}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``, asked on ``today``."""
    wd, after = day.weekday(), day + timedelta(days=1)
    options = [f"overnight {ROSTER_DAYS[wd]} to {ROSTER_DAYS[after.weekday()]}",
               f"the night of {WEEKDAYS[wd]} {day.day} {MONTHS[day.month - 1]}",
               f"the night of {day.day}/{day.month} into {after.day}/{after.month}"]
    if (today - day).days == 1:
        return ["last night", "the night just gone", *options]
    return [f"{WEEKDAYS[wd]} night just gone", *options]
