"""Question phrasings of the answers benchmark's tenth tuning set, ``dev10`` (docs/benchmarks.md, "Answers").

``dev10`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.833), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev9``, answers_dev9_phrases.py), and was written from what
each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time
parser or the other sets' phrasing tables; where the disjointness tests found a wording already
used, it was reworded. Every key has four templates, one from each of four people typing to an
assistant: a teenager texting (lower case, "wat", "2day", "nite", "k" for kilometres), a speaker of
English as a second language (full sentences with their own word order and prepositions: "How much
sleep I had ...", "before 3 days"), a data-minded person (keyword queries with colons, "vs", "avg",
"#", ISO dates) and someone talking to a voice assistant (the transcript: spoken numbers and
ordinals, "the day before yesterday"). Each question asks for the gold ``answers_evalset`` computes
for its key, and fills the slots described in answers_phrases.py.

Its life lives in Europe/London and starts on the Monday after the clocks go forward (25 March
2029), so no clock change falls inside it; a slash date is day first ("27/3" is 27 March).
Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

TEXTED_WEEKDAYS = ("mon", "tues", "wed", "thurs", "fri", "sat", "sun")
SPOKEN_ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                   "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                   "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                   "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
                   "twenty-ninth", "thirtieth", "thirty-first")
NOUNS = {"run": ("run workout", "jog"), "cycle": ("bike workout", "cycle"), "swim": ("swim workout", "swimming"),
         "yoga": ("yoga workout", "yoga practice"), "climb": ("climbing workout", "wall climb")}
"""What its questions call a workout of each activity (one drawn per question)."""
# Each key: the teenager, the second-language speaker, the data-minded person, the voice assistant user.
PHRASES: dict[str, list[str]] = {
    "book": ["wat book did {who} say i shld read", "Which book {who} was recommending to me?",
             "book rec from {who}: title?", "Hey what was the name of the book {who} told me to read"],
    "film": ["{who} told me to watch some movie, which one lol", "What is the film that {who} said me to watch?",
             "film rec ({who}) - title", "What movie did {who} say I should see"],
    "offsite": ["where's the offsite now, {who} said it moved",
                "The offsite, to which city it was moved? {who} told me.",
                "offsite location (new, per {who})", "Where did {who} say the offsite got moved to"],
    "restaurant": ["that restaurant {who} wanted us to try, whats it called",
                   "Which restaurant {who} proposed that we try?", "restaurant suggestion by {who}: name",
                   "What's the restaurant {who} said we should go to"],
    "flight": ["wen does {who}s flight land", "At what hour lands the flight of {who}?", "{who} flight: landing time",
               "What time is {who}'s flight getting in"],
    "dog": ["{who} got a dog?? whats her name", "How is called the new dog of {who}?",
            "dog name ({who}, adopted recently)", "What did {who} name the dog they adopted"],
    "launch": ["{who} said {project} launch slipped, to when??",
               "To which date the {project} launch was moved, according to {who}?",
               "{project} launch: new date (source: {who})",
               "What's the new date for the {project} launch that {who} mentioned"],
    "age": ["how old is {who}s daughter turning", "Which age will have the daughter of {who} on her birthday?",
            "{who} daughter: age at upcoming bday", "How old is {who}'s daughter going to be"],
    "podcast": ["wat podcast did {who} tell me 2 listen to", "Which podcast {who} said that I would like?",
                "podcast rec, {who}", "What was that podcast {who} recommended"],
    "breakfast_food": ["wat did i eat for brekkie {day}", "What I have eaten at breakfast {day}?",
                       "breakfast {day}: food", "Remind me what I ate for breakfast {day}"],
    "lunch_food": ["wat was lunch {day}", "What I ate in the lunch {day}?", "lunch {day} - what food",
                   "Tell me what I had for lunch {day}"],
    "lunch_place": ["where did i get lunch {day}", "In which place I ate lunch {day}?", "lunch {day}: venue",
                    "Where was I for lunch {day}"],
    "dinner_food": ["wat did i eat 4 dinner {day}", "What I ate for the dinner {day}?", "dinner {day}: dish",
                    "What was my dinner {day}"],
    "dinner_place": ["where'd i eat dinner {day}", "In which place I had the dinner {day}?", "dinner {day}: venue",
                     "Where did I end up having dinner {day}"],
    "workout_kind": ["wat workout did i do {day}", "Which sport I made {day}?", "exercise type {day}",
                     "What kind of exercise did I do {day}"],
    "heart_rate": ["avg hr during my {noun} {day}?", "Which was my average pulse during the {noun} {day}?",
                   "mean bpm, {noun}, {day}", "What was my average heart rate for my {noun} {day}"],
    "sleep_quality": ["how gud was my sleep {night}", "Which quality had my sleep {night}?",
                      "quality label for sleep, {night}", "How would you rate my sleep {night}"],
    "sleep_night": ["how many hrs did i sleep {night}", "How much sleep I had {night}?", "total sleep time, {night}",
                    "How many hours of sleep did I get {night}"],
    "exercise_duration": ["how many min did i spend on my {noun} {day}", "How many minutes lasted my {noun} {day}?",
                          "{noun} {day}: duration (min)", "How long did my {noun} take {day}"],
    "meeting_duration": ["how long did {title} drag on {day}", "How much time took the meeting {title} {day}?",
                         "{title} {day}: length in min", "How long did the {title} meeting go on for {day}"],
    "distance_run": ["how many k did i run {day}", "How many kilometers I ran {day}?", "run distance {day} (km)",
                     "What distance did I run {day}"],
    "distance_cycle": ["how many k did i bike {day}", "How many kilometers I did with the bike {day}?",
                       "cycling distance {day} (km)", "How far did I go on the bike {day}"],
    "distance_swim": ["how many k did i swim {day}", "How many kilometers I swam {day}?", "swim distance {day} (km)",
                      "What distance did I swim {day}"],
    "attendees": ["who went to {title} {day}", "Who were the people in the meeting {title} {day}?",
                  "{title} {day}: attendees", "Who showed up to {title} {day}"],
    "coffee_count": ["how many coffees did i down {day}", "How many coffees I drank {day}?", "# coffees {day}",
                     "How many cups of coffee did I drink {day}"],
    "caffeine": ["how much caffeine did i have {day} in mg", "How much milligrams of caffeine I took {day}?",
                 "sum caffeine mg {day}", "How many milligrams of caffeine did I have {day}"],
    "meeting_count": ["how many mtgs did i have {day}", "How many meetings I had {day}?", "# meetings {day}",
                      "How many meetings did I sit through {day}"],
    "km_week": ["how many k have i {past} this week", "How many kilometers of {activity} I did this week?",
                "sum km {activity} since mon", "What's my total {activity} distance for this week"],
    "workouts_week": ["how many workouts have i done this wk", "How many times I trained this week?",
                      "count workouts, week to date", "How many workouts have I logged so far this week"],
    "first_coffee": ["wen was my first coffee {day}", "At what hour I drank the first coffee {day}?",
                     "first coffee {day}: time", "What time did I have my first coffee {day}"],
    "last_coffee": ["wen was my last coffee {day}", "At what hour was my last coffee {day}?", "last coffee {day}: time",
                    "What time did I have my final coffee {day}"],
    "first_meeting": ["wen was my first meeting {day}", "At what hour started my first meeting {day}?",
                      "first meeting {day}: start time", "What time did my first meeting start {day}"],
    "wake": ["wen did i wake up {day}", "At what hour I woke up {day}?", "wake-up timestamp {day}",
             "What time did I get up {day}"],
    "bedtime": ["wen did i go to bed {night}", "At what hour I went sleeping {night}?", "sleep onset {night}: time",
                "What time did I turn in {night}"],
    "dinner_on_distance": ["wat did i have 4 dinner the day i {past} {km}k",
                           "What I ate for dinner in the day when I {past} {km} km?",
                           "dinner on day of {km} km {noun}: food",
                           "What did I eat for dinner on the day I {past} {km} kilometres"],
    "meeting_after_workout": ["who wuz in the 1st mtg after my {noun} {day}",
                              "Who was in the first meeting that I had after my {noun} {day}?",
                              "{day}: first meeting after {noun} - attendees",
                              "Who was at the first meeting I went to after my {noun} {day}"],
    "lunch_on_meeting_day": ["where did i get lunch the day of {title}",
                             "In which place I had lunch on the day of the meeting {title}?",
                             "lunch venue on {title} day", "Where did I have lunch on the day we had {title}"],
    "sleep_after_meeting": ["hrs of sleep the nite after {title}",
                            "How much I slept in the night after the meeting {title}?",
                            "sleep duration, night following {title}",
                            "How much sleep did I get the night after {title}"],
    "dinner_on_said_day": ["wat was dinner the day {who} told me about {value}",
                           "What I ate for dinner the day that {who} told me about {value}?",
                           "dinner on day {who} mentioned {value}: dish",
                           "What did I have for dinner on the day {who} recommended {value}"],
    "compare_sleep": ["did i sleep longer {n1} or {n2}? how long each",
                      "In which night I slept more, {n1} or {n2}, and how much each one?",
                      "sleep duration {n1} vs {n2}: which longer",
                      "Compare how long I slept {n1} and {n2} and tell me which was longer"],
    "compare_caffeine": ["more caffeine {d1} or {d2}? mg pls",
                         "In which day I took more caffeine, {d1} or {d2}, with the milligrams?",
                         "caffeine mg {d1} vs {d2}: which higher",
                         "Did I have more caffeine {d1} or {d2} and how many milligrams each day"],
    "compare_duration": ["was my workout longer {d1} or {d2}? how long each",
                         "My training {d1} or {d2}, which one lasted more time, and how long?",
                         "workout minutes {d1} vs {d2}: which longer",
                         "How long were my workouts {d1} and {d2} and which one went on longer"],
    "compare_coffee_weeks": ["am i drinking more coffee this week than last week, how many each",
                             "This week I drank more coffees than the last week, or less? How many?",
                             "# coffees: this wk so far vs last wk, more or fewer",
                             "Have I had more or fewer coffees this week than last week and how many"],
    "late_coffee_sleep": ["does coffee at {t} or later make me sleep less",
                          "When I drink a coffee from {t} on, I sleep less in the night?",
                          "avg sleep: days w/ coffee at or after {t} vs days w/o",
                          "On days I have coffee at {t} or later do I end up sleeping less that night"],
    "late_dinner_sleep": ["do i sleep less if dinner starts at {t} or later",
                          "If I start the dinner at {t} or after, I sleep less?",
                          "avg sleep: dinner start at or after {t} vs earlier",
                          "Do I sleep less on nights when I start dinner at {t} or later"],
    "exercise_sleep": ["do i sleep more on workout days or nah", "In the days when I train, I sleep more in the night?",
                       "avg sleep: workout days vs rest days", "Do I get more sleep after days I exercise"],
    "caffeine_sleep": ["do i sleep less on days with {mg}mg+ caffeine",
                       "When I take {mg} mg of caffeine or more in a day, I sleep less?",
                       "avg sleep: days with caffeine >= {mg} mg vs under",
                       "Do I sleep less on days I have {mg} milligrams of caffeine or more"],
    "exercise_coffee": ["do i drink more coffee on workout days",
                        "In the days that I train, I drink more coffees than the other days?",
                        "avg coffees/day: workout days vs rest days",
                        "Do I have more coffee on days I work out than on days I don't"],
    "fu_day_before": ["n the day b4?", "And in the day before this one?", "same, previous day",
                      "What about the day before that"],
    "fu_meeting_length": ["how long did it go 4", "And how many minutes it was lasting?", "duration (min)?",
                          "How long did that meeting last"],
    "fu_other_day": ["n {day}?", "And {day} how much?", "{day}: same metric", "And how far did I run {day}"],
    "fu_night_before": ["n the nite b4 that?", "And in the night before this one?", "same, previous night",
                        "What about the night before that"],
    "fu_today": ["n 2day so far?", "And for today until now?", "same, today", "And how many have I had today"],
    "fu_other_person": ["n {who}?", "And what {who} said?", "same q, {who}", "What about {who}"],
}


def _dated(day: date) -> list[str]:
    """``day`` with its month, as the four of them write a date: day first, or ISO."""
    month = MONTHS[day.month - 1]
    return [f"on {ordinal(day.day)} {month[:3].lower()}", f"the {day.day}/{day.month}",
            f"on the {SPOKEN_ORDINALS[day.day]} of {month}", f"on {day.isoformat()}",
            f"on {WEEKDAYS[day.weekday()][:3]} {day.day:02d}/{day.month:02d}"]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; with its month when ``absolute`` or
    further back than a week."""
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        return _dated(day)
    if back == 0:
        return ["today", "2day", f"today ({day.isoformat()})", *_dated(day)[:2]]
    if back == 1:
        return ["yesterday", "ystrday", f"yesterday ({day.isoformat()})", f"on {ordinal(day.day)}", *_dated(day)]
    weekday, spoken = WEEKDAYS[day.weekday()], SPOKEN_ORDINALS[day.day]
    named = [TEXTED_WEEKDAYS[day.weekday()], f"on the last {weekday}", f"on {weekday} the {spoken}",
             f"before {back} days", f"on {ordinal(day.day)}"]
    if back == 2:
        named.append(f"on {weekday}, the day before yesterday")
    return named + _dated(day)


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``, asked on ``today``."""
    back, after = (today - day).days, day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    dated = f"{day.day}/{day.month}-{after.day}/{after.month}" if day.month != after.month else \
        f"{day.day}-{after.day}/{day.month}"
    options = [f"{TEXTED_WEEKDAYS[day.weekday()]} nite", f"in the night from {weekday} to {next_weekday}",
               f"night of {dated}", f"on the night of {weekday} the {SPOKEN_ORDINALS[day.day]}"]
    if back == 1:
        options += ["last night", "last nite", "the past night"]
    elif back == 2:
        options += ["the night before last night", "the nite b4 last"]
    return options
