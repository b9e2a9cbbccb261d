"""Question phrasings of the answers benchmark's twenty-fourth tuning set, ``dev24`` (docs/benchmarks.md, "Answers").

``dev24`` was the held-out set until 2026-12-04, when, after its measurement at fd983d5 (grounded
accuracy 0.955; comparison 0.727, every other category 0.909 or above; unsupported 0.0;
abstention 1.0; p95 0.010 s), the engineer tuning the answer planner read its failures; it is spent
as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and
zone as before. It had replaced the former held-out set (now ``dev23``, answers_dev23_phrases.py),
and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): an Accra
local who types Ghanaian English, lower case, with its turns of phrase and a few Twi words
("chale", "ei", "paa" for really, "ankasa" for truly, "koraa" for at all, "nso" for also, "i beg",
"take" for eating or drinking, "supper", "go and lie down" for going to bed, the topic first and
the question after it: "that meeting, how long did it last?"); a mission controller who runs the
person's days like a space mission ("Capcom", "telemetry", "downlink", "the mission log", "sleep
period", "wake-up call", "EVA" for a workout, "burn", "crew manifest", "consumables", "Roger");
a weather forecaster who reads the life like the weather ("readings", "outlook", "conditions",
"the bulletin", "overnight", "front", "trend", "above or below"); and a librarian who keeps the
life as a catalogue ("look it up", "the catalogue", "the stacks", "on file", "cross-reference",
"shelve", "the holdings"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev24 life lives in Africa/Accra, from Monday 2 June 2031; Ghana keeps Greenwich Mean Time
(UTC+0) all year, with no daylight saving time, so no clock changes inside it. Dates are written
as people in Ghana write them: day first with slashes, zero-padded, after the weekday ("on Tuesday
03/06"), or with the full year ("on Tuesday 03/06/2031", "on 03/06/2031 (Tuesday)"); as the
weekday, an ordinal, the month's name and the year, with commas ("on Tuesday, 3rd June, 2031");
as the weekday and an ordinal ("on Tuesday, the 3rd"); a day of the week before this one as "last
week" and its weekday, and a day of this one as "this week" and its weekday, as people there say
it, with the date beside it ("last week Friday (06/06)", "this week Tuesday (10/06)"); today and
yesterday alone or with the date beside them ("today, Wednesday 11/06", "yesterday (10/06)",
"yesterday, 10th June"); and a night as last night (alone or with its two dates, "last night,
10/06 to 11/06"), a weekday's night through to the next morning ("Tuesday night through to
Wednesday morning"), the night of a weekday and its date ("the night of Tuesday 03/06"), or a
weekday night of this week or the last ("last week Friday night").
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run", "jog"), "cycle": ("bicycle ride", "cycling session"), "swim": ("swim", "swimming session"),
         "yoga": ("yoga class", "yoga"), "climb": ("wall climb", "climbing session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dm(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _week_word(day: date, today: date) -> str:
    """``last week`` for a day before the Monday of ``today``'s week, else ``this week``."""
    return "last week" if day < today - timedelta(days=today.weekday()) else "this week"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question may name ``day`` asked on ``today``: today or yesterday (alone or with the
    date), the weekday with its date, its week or its ordinal for 2 to 6 days back; with the
    month and year when ``absolute`` (or further back)."""
    weekday, nth = WEEKDAYS[day.weekday()], _ordinal(day.day)
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        return [f"on {_dm(day)}/{day.year} ({weekday})", f"on {weekday}, {nth} {MONTHS[day.month - 1]}, {day.year}",
                f"on {weekday} {_dm(day)}/{day.year}"]
    if back == 0:
        return ["today", f"today, {weekday} {_dm(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday ({_dm(day)})", f"yesterday, {nth} {MONTHS[day.month - 1]}"]
    return [f"on {weekday} {_dm(day)}", f"{_week_word(day, today)} {weekday} ({_dm(day)})", f"on {weekday}, the {nth}"]


def night_options(day: date, today: date) -> list[str]:
    """How a question may name the night that starts on ``day`` (its sleep ends the next morning)."""
    weekday, following = WEEKDAYS[day.weekday()], WEEKDAYS[(day.weekday() + 1) % 7]
    if (today - day).days == 1:
        return ["last night", f"last night, {_dm(day)} to {_dm(day + timedelta(days=1))}"]
    return [f"{weekday} night through to {following} morning", f"the night of {weekday} {_dm(day)}",
            f"{_week_word(day, today)} {weekday} night"]


PHRASES: dict[str, list[str]] = {
    "book": [
        "chale, which book did {who} tell me to read? i beg remind me",
        "Control to assistant: confirm the title of the book {who} recommended to me.",
        "Checking the outlook for my reading: which book did {who} say I should pick up?",
        "Could you look up in the catalogue which book {who} recommended I read?",
    ],
    "film": [
        "ei, which film did {who} say i should watch ankasa?",
        "Requesting downlink: the film {who} told me to watch. Title only.",
        "Weekend outlook: what film did {who} tell me to go and see?",
        "Please find, for my viewing list, the film that {who} said I should watch.",
    ],
    "offsite": [
        "please, {who} said the offsite has moved. moved to where?",
        "Capcom, per {who}, what is the new location of the offsite?",
        "A front is moving the offsite: where did {who} say it is going now?",
        "Could you cross-reference what {who} said: where has the offsite been moved to?",
    ],
    "restaurant": [
        "which restaurant did {who} say we should go and try? the name, i beg",
        "Capcom, which restaurant did {who} propose we try? I need the name for the mission log.",
        "Conditions look fine for eating out: which restaurant did {who} say we should try?",
        "I'd like to file this properly: what restaurant did {who} suggest we try?",
    ],
    "flight": [
        "chale, {who} said the flight lands at what time?",
        "Tracking {who}'s inbound flight: what landing time did they give?",
        "Arrivals bulletin: at what time is {who}'s flight due to touch down?",
        "Would you check what time {who} said their flight lands? I'd like it on file.",
    ],
    "dog": [
        "the dog {who} adopted, what is the name? i have forgotten koraa",
        "New crew member report: what did {who} name the dog they adopted?",
        "A bit of sunshine at {who}'s house: what's their new dog called?",
        "Under which name should I shelve {who}'s newly adopted dog?",
    ],
    "launch": [
        "please, the {project} launch, {who} said it has shifted to which date?",
        "T-minus unknown: to what date did {who} say the {project} launch slipped?",
        "Revised outlook: what date did {who} say the {project} launch was pushed to?",
        "Could you update the due date on file: when is the {project} launch now, according to {who}?",
    ],
    "age": [
        "{who} said the daughter is turning how old? ei i forget",
        "Crew roster detail: what age is {who}'s daughter turning?",
        "Birthday outlook: how old will {who}'s daughter be turning?",
        "For the children's section: how old did {who} say their daughter is turning?",
    ],
    "podcast": [
        "which podcast did {who} say i will like? chale i need the name",
        "Requesting uplink of the podcast {who} told me to listen to. Name?",
        "On my listening radar: what podcast did {who} recommend?",
        "Which podcast did {who} recommend? I'd like to add it to my holdings.",
    ],
    "breakfast_food": [
        "please, what did i take for breakfast {day}?",
        "Status check on crew rations: what did I eat for breakfast {day}?",
        "Morning conditions report: what was my breakfast {day}?",
        "Please check the stacks: what did I have for breakfast {day}?",
    ],
    "lunch_food": [
        "{day} what did i eat for lunch? i beg",
        "Mission log query: what did I have for lunch {day}?",
        "Midday reading: what did I eat for lunch {day}?",
        "Would you look up, in the midday section of my records, what I ate for lunch {day}?",
    ],
    "dinner_food": [
        "ei, what did i eat for supper {day}?",
        "Capcom, confirm what I had for dinner {day}.",
        "Evening bulletin: what was on my plate for dinner {day}?",
        "What did I have for dinner {day}? Please consult the catalogue.",
    ],
    "lunch_place": [
        "where did i go and eat lunch {day}? chale remind me",
        "Requesting coordinates: where did I have lunch {day}?",
        "Lunchtime station report: where did I eat lunch {day}?",
        "At which place did I have lunch {day}, according to the holdings?",
    ],
    "dinner_place": [
        "please, where did i take my supper {day}?",
        "Location fix needed: where did I eat dinner {day}?",
        "Looking back at the evening conditions {day}: where did I have dinner?",
        "Please locate in my records where I had dinner {day}.",
    ],
    "workout_kind": [
        "which exercise did i do {day}? ankasa i can't remember",
        "EVA report: what kind of workout did I do {day}?",
        "Activity conditions {day}: what sort of workout did I do?",
        "Under what heading should I shelve my workout {day}: which kind of exercise was it?",
    ],
    "heart_rate": [
        "my heart rate during the {noun} {day}, what was the average?",
        "Biomed telemetry request: average heart rate on my {noun} {day}?",
        "What was the average pulse reading during my {noun} {day}?",
        "Could you find, on file, my average heart rate for the {noun} {day}?",
    ],
    "sleep_quality": [
        "how was the quality of my sleep {night}? was it fine paa?",
        "Sleep period debrief: how does the log rate my sleep quality {night}?",
        "Sleep conditions {night}: calm or stormy? What quality did my sleep get?",
        "What does my record say about the quality of my sleep {night}?",
    ],
    "sleep_night": [
        "chale, how many hours did i sleep {night}?",
        "Sleep period duration for {night}? Give me hours and minutes.",
        "Overnight reading: how long did I sleep {night}?",
        "Would you check the holdings for how long I slept {night}?",
    ],
    "exercise_duration": [
        "my {noun} {day}, how long did it take?",
        "Burn duration for my {noun} {day}? Minutes, please.",
        "How long did my {noun} last {day}, from start to finish? Give me the reading.",
        "Please look up the length of my {noun} {day}, in minutes.",
    ],
    "meeting_duration": [
        "the {title} {day}, how long did it last? please",
        "Comms window for the {title} {day}: how long was it open?",
        "How long did the {title} run {day}? Give me the duration for the bulletin.",
        "According to the calendar on file, how long was the {title} {day}?",
    ],
    "distance_run": [
        "how far did i run {day}? the km, i beg",
        "Distance telemetry: how many km did I run {day}?",
        "Run report {day}: what distance did I cover?",
        "What distance did I run {day}? Please look it up in the catalogue.",
    ],
    "distance_cycle": [
        "{day}, how many km did i ride the bicycle?",
        "Ground track for my bike ride {day}: how many kilometres?",
        "How far did I cycle {day}, in kilometres? Wind permitting.",
        "Could you find on file how many kilometres I cycled {day}?",
    ],
    "distance_swim": [
        "{day} i swam how far? chale",
        "Splashdown report: how far did I swim {day}?",
        "Swim conditions {day}: how much distance did I cover in the water?",
        "Please check the record: what distance did I swim {day}?",
    ],
    "attendees": [
        "the {title} {day}, who were all the people there?",
        "Crew manifest for the {title} {day}: who attended?",
        "Who showed up to the {title} {day}? List everyone, like a station roll-call.",
        "Could you list the attendees of the {title} {day}, as catalogued?",
    ],
    "coffee_count": [
        "how many cups of coffee did i take {day}?",
        "Consumables count: how many coffees did I have {day}?",
        "Coffee readings {day}: how many cups did I have?",
        "How many coffees are on file for me {day}?",
    ],
    "caffeine": [
        "{day} how much caffeine did i take in total? the mg",
        "Stimulant telemetry {day}: total caffeine in mg?",
        "Caffeine levels {day}: what was my total intake in milligrams?",
        "Would you total up the milligrams of caffeine I had {day}, from the records?",
    ],
    "meeting_count": [
        "{day} i had how many meetings?",
        "How many comms sessions, I mean meetings, did I have {day}?",
        "Meeting conditions {day}: how many meetings did I have in all?",
        "How many meetings appear in my calendar holdings {day}?",
    ],
    "km_week": [
        "this week how many km have i {past} so far?",
        "Cumulative {activity} distance since Monday: how many km this week?",
        "Weekly {activity} total so far: how many kilometres this week?",
        "Could you sum my {activity} distance for this week so far?",
    ],
    "workouts_week": [
        "this week how many workouts have i done so far?",
        "EVA count for this mission week: how many workouts since Monday?",
        "How many workouts have I logged so far this week? Count them like rainy days.",
        "How many workouts are in my records for this week so far?",
    ],
    "first_coffee": [
        "{day} what time did i take my first coffee?",
        "First caffeine intake {day}: what time was it logged?",
        "Earliest coffee reading {day}: at what time?",
        "What time does the record give for my first coffee {day}?",
    ],
    "last_coffee": [
        "the last coffee i took {day}, what time was that?",
        "Final caffeine intake {day}: time stamp?",
        "Last coffee {day}: at what time did it come in?",
        "At what time is my last coffee recorded {day}?",
    ],
    "first_meeting": [
        "{day} my first meeting started at what time?",
        "First scheduled comms window {day}: at what time did my first meeting start?",
        "When did my first meeting of the day start {day}? Early or late conditions?",
        "Please look up the start time of my first meeting {day}.",
    ],
    "wake": [
        "{day} what time did i wake up from sleep?",
        "Wake-up call {day}: what time did I actually get up?",
        "Morning report {day}: at what time did I wake?",
        "According to my records, what time did I wake up {day}?",
    ],
    "bedtime": [
        "chale, {night}, what time did i go and lie down?",
        "What time did my sleep period begin {night}?",
        "Nightfall report: what time did I go to bed {night}?",
        "What time did I go to bed {night}? Please check the holdings.",
    ],
    "dinner_on_distance": [
        "the day i {past} {km} km, what did i eat for supper?",
        "On the mission day of my {km} km {noun}, what did I eat for dinner?",
        "On the day I {past} {km} km, what was dinner? Give me the evening reading.",
        "Please cross-reference: on the day of my {km} km {noun}, what did I have for dinner?",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, the meeting that came next, who were there?",
        "Post-EVA: after my {noun} {day}, who was in my first meeting afterwards?",
        "After my {noun} {day}, who attended the first meeting that blew in?",
        "Who attended the first meeting following my {noun} {day}? Please cross-reference.",
    ],
    "lunch_on_meeting_day": [
        "the day of the {title}, where did i go for lunch?",
        "On the mission day of the {title}, where was lunch?",
        "On the day the {title} took place, where did I eat lunch? Give me the lunchtime reading.",
        "Cross-referencing the {title}: where did I have lunch that day?",
    ],
    "sleep_after_meeting": [
        "the night after the {title}, how long did i sleep?",
        "Sleep period following the {title}: duration?",
        "Overnight after the {title}: how much sleep did I get?",
        "Please find how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "the day {who} talked about {value}, what did i eat for supper?",
        "On the day {who} mentioned {value}, what was on the dinner menu for me?",
        "The day {who} brought up {value}: what did I have for dinner that evening?",
        "What did I have for dinner on the day {who} spoke of {value}? Please look it up.",
    ],
    "compare_sleep": [
        "{n1} and {n2}, which one did i sleep longer? chale",
        "Compare sleep periods: {n1} versus {n2}, which was longer?",
        "Which night had the longer sleep reading, {n1} or {n2}?",
        "Comparing the two records, did I sleep more {n1} or {n2}?",
    ],
    "compare_caffeine": [
        "{d1} and {d2}, which day did i take more caffeine?",
        "Stimulant levels: more caffeine {d1} or {d2}?",
        "Were my caffeine readings higher {d1} or {d2}?",
        "Which day shows more caffeine in my records, {d1} or {d2}?",
    ],
    "compare_duration": [
        "my workout {d1} and the one {d2}, which one was longer?",
        "EVA duration comparison: was my workout longer {d1} or {d2}?",
        "Did I exercise for longer {d1} or {d2}? Compare the readings.",
        "Which workout lasted longer, the one {d1} or the one {d2}? Please check the catalogue.",
    ],
    "compare_coffee_weeks": [
        "this week i have taken more coffee than last week or less?",
        "Consumables trend: more coffees this week than last week, or fewer?",
        "Coffee trend: is this week so far running above or below last week's count?",
        "Have I had more or fewer coffees so far this week than in the whole of last week?",
    ],
    "late_coffee_sleep": [
        "when i take coffee at {t} or later, do i sleep less that night?",
        "Data check: on days with a coffee at {t} or later, is my sleep period shorter than on days without?",
        "Does a late coffee, at {t} or after, bring a shorter night of sleep than days without one?",
        "Comparing days when I had coffee at or after {t} with days I didn't, how does my sleep differ?",
    ],
    "late_dinner_sleep": [
        "if i eat supper at {t} or later, does it affect my sleep? how many hours compared to the other days",
        "Does a late dinner, starting {t} or after, cut into my sleep period versus earlier dinners?",
        "Nights after dinners starting at {t} or later: do I sleep less than after earlier ones?",
        "How does my sleep after dinners begun at {t} or later compare with my sleep after earlier dinners?",
    ],
    "exercise_sleep": [
        "on days i exercise, do i sleep longer than days i don't?",
        "Do workout days give me a longer sleep period than rest days?",
        "Do I sleep longer on nights after I work out than on nights after I don't? What's the outlook?",
        "What does my record show about sleep after days with a workout versus days without?",
    ],
    "caffeine_sleep": [
        "the days i take {mg} mg of caffeine or more, how is my sleep compared to the other days?",
        "When my caffeine load reaches {mg} mg or more in a day, how does that night's sleep period compare?",
        "High-caffeine days ({mg} mg or more): do I sleep less those nights than on the other days?",
        "Comparing days with at least {mg} mg of caffeine against the rest, how long do I sleep afterwards?",
    ],
    "exercise_coffee": [
        "on the days i exercise, do i take more coffee or less?",
        "Workout days versus rest days: how many coffees a day do I average on each?",
        "Do I drink more cups of coffee on days I work out than on days I don't?",
        "On average, do I have more coffees on days with a workout, or on days without?",
    ],
    "fu_day_before": [
        "and the day before that one, what did i eat for lunch?",
        "Roger. And lunch the day before that?",
        "What about the day before? Same reading, please.",
        "Might you check the day before that as well?",
    ],
    "fu_other_person": [
        "{who} nso, what did they say?",
        "Roger. Same question for {who}?",
        "And what did {who} say on the same subject?",
        "And {who}'s, please? I'd like to file it alongside.",
    ],
    "fu_today": [
        "and today, how many have i taken?",
        "Copy that. And today's count so far?",
        "And today so far? Same reading.",
        "And how many so far today, on file?",
    ],
    "fu_meeting_length": [
        "that meeting, how long did it last?",
        "Roger. Duration of that meeting?",
        "And how long did it run, that meeting?",
        "And what was the length of that meeting, please?",
    ],
    "fu_night_before": [
        "and the night before that one, how many hours?",
        "Roger. And the sleep period before that?",
        "And the night before that? Same overnight reading.",
        "And the night prior to that, according to the holdings?",
    ],
    "fu_other_day": [
        "{day} nso, the run was how far?",
        "Roger. Same data for {day}?",
        "And the run {day}? What distance?",
        "And how far did I run {day}? Please look it up too.",
    ],
}
"""Every question key's templates: four each, one from each of the four people, in the order the
module docstring names them."""
