"""Question phrasings of the answers benchmark's twenty-eighth tuning set, ``dev28`` (docs/benchmarks.md, "Answers").

``dev28`` was the held-out set until 2026-12-04, when, after its measurement at 7ab2796 (grounded
accuracy 0.977; worst category comparison 0.864; unsupported 0.004; abstention 1.0; p95 0.011 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev27``, answers_dev27_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Kathmandu
local who types Nepali English, lower case, with Nepali words and word order in it ("dai" and
"hajur" to address the assistant, "ni" and "hai" at the end, "re" for what someone said, "chai"
for "what about", "kati" for how many or how much, "kati baje" for at what time, "kaha" for
where, "aaja" for today, "gareko din" for the day one did something, "i ate in lunch", "who
all", "how much km", the verb last: "{who}'s flight lands at what time?"); a Himalayan trekking
guide who talks about the person's days as a trek ("the trail", "a stage", "the teahouse", "the
lodge", "base camp", "acclimatisation", "the pass", "bistarai bistarai", "dal bhat power");
a pastry chef who asks between bakes, in fragments and with a baker's precision ("proofing",
"the bench", "the ovens", "a batch", "the early bake", "weighed to the gram", "the order book");
and a tailor who asks politely and wants exact figures ("kindly", "for my register", "measure",
"to the minute", "the fitting", "cut and stitch", "the client card"). Every question asks for the
gold ``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev28 life lives in Asia/Kathmandu, from Monday 2 February 2032; Nepal keeps Nepal Time
(UTC+5:45) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Nepal write them in English: day first, with slashes and zero-padded
("03/02", "03/02/2032", the year marked "A.D." as forms there do, to tell it from the Bikram
Sambat calendar's), as an ordinal and the month's short name ("3rd Feb"), or year first with
hyphens as on Nepali online forms ("2032-02-03"); the weekday in full or as three letters: "on
3rd Feb (Tuesday)", "this Tuesday i.e. 03/02" (a day of this week) or "last Tuesday i.e. 03/02"
(one of the week before), "on Tue, 3 Feb", "on 2032-02-03 (Tue)", and "on 03/02/2032 A.D.
(Tuesday)", "on 3rd February, 2032 A.D. (Tue)" or "on 2032-02-03, a Tuesday" for a day that may lie
outside the life; today and yesterday alone or with the date ("today (4th Feb)", "today
(Wednesday, 04/02)", "yesterday, Tue the 3rd", "yesterday i.e. 03/02"); a night as last night
(alone, or "last night (Tuesday night, 03/02)"), a weekday's night with its ordinal date
("Tuesday night (3rd Feb)"), the night of a date with its year ("the night of 03/02/2032"), or the
night between two weekdays with both dates ("the night between Tue and Wed (03/02-04/02)").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("ring road run", "hill jog"), "cycle": ("mountain bike ride", "cycle ride"),
         "swim": ("swim at the pool", "swimming session"), "yoga": ("yoga class", "yoga practice session"),
         "climb": ("wall climb", "climbing session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _padded(day: date) -> str:
    return f"{day:%d/%m}"


def _year(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _iso(day: date) -> str:
    return day.isoformat()


def _nth(day: date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _mon(day: date) -> str:
    return MONTHS[day.month - 1][:3]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_year(day)} A.D. ({name})", f"on {_nth(day)} {MONTHS[day.month - 1]}, {day.year} A.D. ({short})",
                f"on {_iso(day)}, a {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({_nth(day)} {_mon(day)})", f"today ({name}, {_padded(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} the {_nth(day)}", f"yesterday i.e. {_padded(day)}"]
    if 2 <= back <= 6:
        week = "this" if day.weekday() < today.weekday() else "last"
        return [f"on {_nth(day)} {_mon(day)} ({name})", f"{week} {name} i.e. {_padded(day)}",
                f"on {short}, {day.day} {_mon(day)}", f"on {_iso(day)} ({short})"]
    return [f"on {_nth(day)} {_mon(day)} ({name})", f"on {_year(day)} A.D. ({name})"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    named = [f"{name} night ({_nth(day)} {_mon(day)})", f"the night of {_year(day)}",
             f"the night between {short} and {SHORT[after.weekday()]} ({_padded(day)}-{_padded(after)})"]
    if (today - day).days == 1:
        return ["last night", f"last night ({name} night, {_padded(day)})", *named[1:]]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "dai, {who} told me to read one book re. which book was that?",
        "Namaste! Sitting in the teahouse tonight I remembered: which book did {who} tell me I should read?",
        "Quick one while the dough proofs: what book did {who} recommend to me?",
        "For my register, kindly: the title of the book {who} advised me to read?",
    ],
    "film": [
        "which film {who} told me to watch, hajur? i forgot ni",
        "Long evenings at base camp need a film: which one did {who} say I must see?",
        "Between batches: the movie {who} told me to watch, what was it called?",
        "Which film did {who} recommend to me? I should like to write it on my client card.",
    ],
    "offsite": [
        "the offsite got shifted somewhere re, {who} said. where is it now?",
        "Route change for the team trip: where did {who} say the offsite has been moved to?",
        "Offsite's been moved, {who} told me. Moved to which city?",
        "Kindly remind me of the new venue of the offsite, as {who} told it to me.",
    ],
    "restaurant": [
        "{who} told about one restaurant with good dumplings, what was its name ni?",
        "After the trek we will want a proper feed: which restaurant did {who} say we should try?",
        "{who} had a dumpling place for us to try. Name of that restaurant?",
        "The restaurant {who} suggested we try, what was it called? I would like to book a table there.",
    ],
    "flight": [
        "{who}'s flight lands at what time, dai?",
        "Like the Lukla planes, I need the landing time: when does {who}'s flight land?",
        "Need to time the ovens for the pickup: at what time does {who}'s plane land?",
        "At what hour is {who}'s flight due to land, please? I will close the shop accordingly.",
    ],
    "dog": [
        "{who} adopted one dog no, what is her name hai?",
        "Every lodge on the trail has a dog; what did {who} name the dog they adopted?",
        "{who}'s new dog, the adopted one. Her name?",
        "What name has {who} given to the dog they adopted?",
    ],
    "launch": [
        "{project} launch got postponed re, {who} said to which date?",
        "Like a summit day pushed back for the weather: to what date did {who} say the {project} launch slipped?",
        "{project} launch date moved, {who} said. New date?",
        "To which date has the {project} launch been put back, according to {who}?",
    ],
    "age": [
        "{who}'s daughter is turning how old, dai?",
        "There's a birthday coming up for {who}'s daughter; how old will she be turning?",
        "Birthday cake order! How old is {who}'s daughter turning? Need the number for the candles.",
        "What age is {who}'s daughter turning? I wish to cut a frock of the right size for her.",
    ],
    "podcast": [
        "which podcast {who} said i would like, hajur?",
        "For the long jeep ride to the trailhead: which podcast did {who} think I'd enjoy?",
        "Podcast for the night bake: which one did {who} say I'd like?",
        "Kindly tell me the name of the podcast {who} thought would suit me.",
    ],
    # value on date
    "breakfast_food": [
        "what i ate in breakfast {day}, dai?",
        "Before setting off on the day's stage, what did I have at breakfast {day}?",
        "Breakfast {day}: what did I actually eat, before the first bake?",
        "What was my breakfast {day}? Please tell me the dish.",
    ],
    "lunch_food": [
        "lunch {day} ma what did i eat?",
        "At the midday teahouse stop {day}, what did I eat for lunch?",
        "What was lunch {day}? Probably ate it standing at the bench.",
        "Could you tell me what I had for my lunch {day}?",
    ],
    "dinner_food": [
        "dinner {day} what i ate, dai?",
        "Dal bhat power or something else? What did I eat for dinner {day}?",
        "After the last batch came out {day}, what did I have for dinner?",
        "What dish did I have for my dinner {day}?",
    ],
    "lunch_place": [
        "where i went for lunch {day}, which place hai?",
        "Where did I stop for lunch {day}? Name of the place, like a teahouse on the route.",
        "Lunch {day}, where was I? Name of the spot.",
        "At which establishment did I take lunch {day}?",
    ],
    "dinner_place": [
        "dinner {day} kaha? where i had it",
        "Where did I end the day with dinner {day}, which place was it?",
        "Dinner {day}: eaten where?",
        "Where did I dine {day}? The name of the place, please.",
    ],
    "workout_kind": [
        "what exercise i did {day}, dai? which type",
        "What activity was my training {day}? Just the type of exercise, no numbers.",
        "{Day}, what was the workout? Which sport.",
        "Which form of exercise did I take {day}?",
    ],
    "heart_rate": [
        "my {noun} {day} ma average heart rate kati thiyo?",
        "Up at altitude the heart works hard: what was my average heart rate on the {noun} {day}?",
        "Average pulse for my {noun} {day}? In bpm.",
        "What was my mean heart rate over the {noun} {day}, in beats per minute?",
    ],
    "sleep_quality": [
        "{night} how was my sleep, good or not good? the quality",
        "Teahouse beds are hard; what was my sleep quality {night}?",
        "Sleep {night}: good, fair, bad? What's the quality rating?",
        "What rating did my sleep quality get {night}? Kindly tell me.",
    ],
    "sleep_night": [
        "{night} kati ghanta sutey? how many hours i slept",
        "Rest is everything before a big day on the trail: how long did I sleep {night}?",
        "Hours of sleep {night}? Bakers never get enough.",
        "What was the length of my sleep {night}, measured to the minute?",
    ],
    "exercise_duration": [
        "my {noun} {day} was how long? in minutes",
        "How long did my {noun} take {day}, start to finish?",
        "Minutes on the clock for my {noun} {day}?",
        "Kindly tell me the duration of my {noun} {day}, to the minute.",
    ],
    "meeting_duration": [
        "how long the {title} meeting went {day}, dai?",
        "How long did the {title} drag on {day}? Minutes, please.",
        "{title} {day}: how long did that meeting go for?",
        "How much time did the {title} take {day}, from start to end?",
    ],
    # distance
    "distance_run": [
        "how much km i ran {day}?",
        "How many kilometres did I run {day}? Trail distances I keep in my head, but not that one.",
        "Run {day}: how many km did I do?",
        "What distance did I cover running {day}, in kilometres? Measure it for me like a hem.",
    ],
    "distance_cycle": [
        "how many km i rode cycle {day}?",
        "How many kilometres did I ride the bike {day}, bistarai bistarai or not?",
        "Bike ride {day}: distance in km?",
        "What distance did I cycle {day}? Kilometres, please.",
    ],
    "distance_swim": [
        "how much i swam {day}, in km hai?",
        "No rivers to cross on this one, but how far did I swim {day}?",
        "Swim {day}: how far did I go?",
        "Kindly measure it for me: the distance I swam {day}?",
    ],
    # attendees
    "attendees": [
        "who all came to the {title} meeting {day}?",
        "Who joined the {title} {day}? Give me the names, like a roster for the trekking group.",
        "{title} {day}: who attended?",
        "Which people were present at the {title} {day}?",
    ],
    # counts
    "coffee_count": [
        "how many coffee i drank {day}, dai?",
        "Count of coffees {day}, please: how many did I drink, milk tea aside?",
        "Coffees {day}? Number of cups.",
        "How many cups of coffee did I take {day}, in total?",
    ],
    "caffeine": [
        "total caffeine i took {day}, how many mg?",
        "In milligrams, how much caffeine did I take in {day}?",
        "Caffeine {day}, weighed out to the milligram: how much?",
        "Kindly total my caffeine {day} in mg.",
    ],
    "meeting_count": [
        "{day} how many meetings i had?",
        "How many meetings did I have to sit through {day}?",
        "Meetings {day}: how many?",
        "How many meetings did I have in total {day}, for my register?",
    ],
    "km_week": [
        "this week how many km {activity} i did in total?",
        "Trek tally since Monday: how many kilometres have I {past} this week?",
        "Total km I {past} this week, Monday till now?",
        "What is my total distance {activity} this week, in kilometres?",
    ],
    "workouts_week": [
        "this week how many times i did exercise?",
        "Since Monday, how many workouts have I got in? Count them like stages of a trek.",
        "Workouts this week, how many so far?",
        "Kindly count my workouts for this week.",
    ],
    # first and last
    "first_coffee": [
        "first coffee {day} kati baje? what time",
        "What time did I have my first coffee {day}, before hitting the trail?",
        "First coffee {day}, at what time?",
        "At what time did I take my first coffee {day}?",
    ],
    "last_coffee": [
        "last coffee {day} kati baje thiyo? time please",
        "When was my final coffee of the day {day}? The time, please.",
        "Last coffee {day}: time?",
        "At what time did I have my last cup of coffee {day}?",
    ],
    "first_meeting": [
        "{day} my first meeting started what time?",
        "What time did my first meeting begin {day}?",
        "First meeting {day}, what time did it start?",
        "At what hour did my earliest meeting start {day}?",
    ],
    "wake": [
        "what time i woke up {day}, dai?",
        "Trail days start early: what time did I wake up {day}?",
        "Wake-up time {day}? Bakers rise early.",
        "At what time did I rise from bed {day}?",
    ],
    "bedtime": [
        "what time i slept {night}? kati baje",
        "What time did I hit the pillow {night}?",
        "Bedtime {night}: when did I fall asleep?",
        "At what hour did I go to sleep {night}, kindly?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "the day i {past} {km} km, what i ate for dinner that day?",
        "On the day my {noun} covered {km} km, what was dinner?",
        "Day of the {km} km {noun}: what did I eat for dinner?",
        "On the day when I {past} {km} km, which dish did I have for dinner?",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, the next meeting ma who all were there?",
        "After coming off my {noun} {day}, who was in the first meeting I went to?",
        "{Day}, after the {noun}: who attended the next meeting?",
        "Following my {noun} {day}, which people attended the very next meeting?",
    ],
    "lunch_on_meeting_day": [
        "the day {title} happened, where i ate lunch?",
        "On the day of the {title}, where did I stop for lunch?",
        "{title} day: where was lunch?",
        "Where did I take my lunch on the day the {title} was held?",
    ],
    "sleep_after_meeting": [
        "after {title}, that night how much i slept?",
        "The night after the {title}, how long did I sleep? Rest matters after a hard stage.",
        "Sleep on the night after {title}: how many hours?",
        "What was the length of my sleep on the night following the {title}?",
    ],
    "dinner_on_said_day": [
        "the day {who} told about {value}, what i ate for dinner?",
        "What did I eat for dinner on the day that {who} got talking about {value}?",
        "Day {who} mentioned {value}: dinner was what?",
        "Which dish did I have for dinner on the day {who} spoke to me of {value}?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} or {n2}, which night i slept more? how many hours both",
        "Which was the longer night's rest, {n1} or {n2}? Give me both durations.",
        "Sleep {n1} vs {n2}: which was longer, and how long each?",
        "Between {n1} and {n2}, on which night did I sleep longer? Please give each length.",
    ],
    "compare_caffeine": [
        "{d1} or {d2}, which day i took more caffeine? mg both",
        "More caffeine {d1} or {d2}? Tell me the milligrams for each day.",
        "Caffeine {d1} vs {d2}, mg each, which was higher?",
        "Did I consume more caffeine {d1} or {d2}? The milligrams for each, please.",
    ],
    "compare_duration": [
        "{d1} or {d2}, which day workout was longer? minutes both",
        "Which workout went longer, the one {d1} or the one {d2}? Minutes for each.",
        "Workout length {d1} vs {d2}: minutes each, which was longer?",
        "Was my workout {d1} or the one {d2} the longer? Kindly give both durations.",
    ],
    "compare_coffee_weeks": [
        "this week vs last week, coffee more or less? count both",
        "Am I on more coffee this week than last week, or less? Numbers for both weeks.",
        "Coffee count, this week against last week: both numbers, and up or down?",
        "Have I had more coffees this week than last week, or fewer? Please give both counts.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "when i drink coffee {t} or after, that night i sleep less or not?",
        "Does a coffee at {t} or later cut into my sleep that night? Compare those nights with the rest.",
        "Coffee at {t} or later, and sleep that night: shorter or longer than otherwise?",
        "On days when I take a coffee at or after {t}, do I sleep less that night than on other days?",
    ],
    "late_dinner_sleep": [
        "if dinner starts at {t} or later, that night i sleep less or more?",
        "When dinner starts at {t} or later, do I get more or less sleep that night?",
        "Dinner starting {t} or after: does my sleep that night run shorter or longer?",
        "On evenings when dinner begins at or after {t}, is my sleep that night shorter, compared with other evenings?",
    ],
    "exercise_sleep": [
        "exercise gareko din, that night i sleep more or less?",
        "Do I sleep longer after a day with a workout than after a rest day, like an acclimatisation day?",
        "Workout days vs no-workout days: do I sleep longer after the workout ones?",
        "Following days on which I exercised, do I sleep more than following days on which I did not?",
    ],
    "caffeine_sleep": [
        "the days i take {mg} mg caffeine or more, that night i sleep less?",
        "When I take in {mg} mg of caffeine or more in a day, is my sleep that night shorter?",
        "Days at {mg} mg caffeine or above, then sleep that night: less or more than on other days?",
        "Do I sleep less on nights after days with at least {mg} mg of caffeine, compared with other nights?",
    ],
    "exercise_coffee": [
        "on exercise days i drink more coffee or less, dai?",
        "On training days do I drink more coffee than on rest days? Average cups a day.",
        "Coffees a day on workout days vs other days: more or fewer?",
        "Do I take more cups of coffee per day on days I exercise than on days I do not?",
    ],
    # follow-ups
    "fu_day_before": [
        "and the day before that, dai?",
        "And the previous stage, the day before?",
        "Day before that?",
        "And on the preceding day?",
    ],
    "fu_meeting_length": [
        "kati time lagyo? how long was it",
        "And how long did that one go on?",
        "Length of that meeting?",
        "And what was its duration, to the minute?",
    ],
    "fu_other_day": [
        "{day} chai?",
        "And {day}, how far on foot?",
        "{Day} then?",
        "And the same for {day}?",
    ],
    "fu_night_before": [
        "and the night before that, hajur?",
        "And the night before, how long did I sleep then?",
        "Night before that?",
        "And the preceding night?",
    ],
    "fu_today": [
        "aaja chai? today so far how many",
        "And today, up to this hour on the trail?",
        "Today so far?",
        "And for today, up to this moment?",
    ],
    "fu_other_person": [
        "{who} chai? what did {who} say?",
        "And what did {who} tell me on the same thing?",
        "Same question for {who}?",
        "And in {who}'s case?",
    ],
}
