"""Question phrasings of the answers benchmark's seventeenth tuning set, ``dev17`` (docs/benchmarks.md, "Answers").

``dev17`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.939), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev16``, answers_dev16_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a university
researcher who writes in the hedged, exact register of a paper ("for my records", "i.e.", "mean",
"versus", "to the nearest minute", a remark in brackets), a Gulf Arab in Dubai who writes English
with Arabic words in it ("habibi", "yalla", "wallah", "inshallah", "mashallah", "ya'ni", "shukran")
and Gulf word order ("what time I woke up?", "how many km I ran?"), an airline pilot who talks
about the ground in cockpit words ("say again", "confirm", "request", "block time" for how long a
thing took, "rest" for sleep, "brief" for a meeting, "local" for the time), and a trader who talks
about life in market words ("print" for a number, "WTD" for week to date, "WoW", "vs", "bullish
on", "exposure", "roll it back a day", "both sides"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev17 life lives in Asia/Dubai, from Monday 22 April 2030, into May; the United Arab Emirates
keep Gulf Standard Time (UTC+4) all year, with no daylight saving time, so no clock changes inside
it. Dates are day first, as people in the Emirates write them: with slashes (zero-padded, with the
year and the weekday's short name, or day and month after the weekday), with hyphens and the
month's short name ("22-Apr-2030", as on forms and receipts there), or as the weekday and the day
and the month's name; days are also named by weekday, by an ordinal day of the month, by counting
back and by relative words with the date beside them. Questions keep the case they are typed in
here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)
COUNTED = ("zero", "one", "two", "three", "four", "five", "six")

NOUNS = {
    "run": ("run", "running session"),
    "cycle": ("bike ride", "cycling session"),
    "swim": ("swim", "pool session"),
    "yoga": ("yoga class", "yoga session"),
    "climb": ("climbing session", "climb"),
}
"""What its questions call a workout of each activity (one drawn per question)."""

# Four people, in this order in every list: the researcher, the Gulf speaker, the pilot, the trader.
PHRASES: dict[str, list[str]] = {
    # What a person said (``{who}``; a launch's ``{project}``).
    "book": [
        "Which book did {who} recommend to me? I would like to add it to my reading list.",
        "habibi what was the name of the book {who} told me to read? wallah I forgot",
        "Say again the title of the book {who} recommended, I want it for the next layover.",
        "{who} pitched me a book, what's the title?",
    ],
    "film": [
        "What film did {who} suggest I watch? (I neglected to write it down.)",
        "yalla remind me, which movie {who} said I must watch?",
        "Request the title of the movie {who} recommended. Need something for the crew hotel tonight.",
        "which film was {who} bullish on? the one I should watch",
    ],
    "offsite": [
        "Where has the offsite been moved to, according to {who}?",
        "wallah I missed it, where did {who} say the offsite moved to?",
        "Confirm the new destination for the offsite, as passed on by {who}.",
        "{who} flagged an offsite change. where's it moved to?",
    ],
    "restaurant": [
        "Which restaurant did {who} propose that we try?",
        "{who} told me about a restaurant, yalla what was it called?",
        "Request the name of the restaurant {who} wanted us to try.",
        "which restaurant was {who} bullish on?",
    ],
    "flight": [
        "At what time is {who}'s flight due to land?",
        "what time {who} flight is landing? I want to pick them up inshallah",
        "What's {who}'s inbound landing time? Need the ETA.",
        "when does {who}'s flight touch down? need the exact time",
    ],
    "dog": [
        "What is the name of the dog {who} recently adopted?",
        "mashallah {who} got a new dog, what's her name again?",
        "{who}'s new dog, say again the name?",
        "{who} added a dog to the household, what's it called?",
    ],
    "launch": [
        "To which date did {who} say the {project} launch had slipped?",
        "{who} said the {project} launch is delayed, to when inshallah?",
        "Revised date for the {project} launch, as passed by {who}?",
        "{project} launch got pushed per {who}, what's the new date?",
    ],
    "age": [
        "What age is {who}'s daughter turning, i.e. how old will she be on her birthday?",
        "{who} daughter has her birthday, she turns how old? I want to buy a gift",
        "Confirm the age {who}'s daughter is turning.",
        "{who}'s kid's birthday: what age is she turning?",
    ],
    "podcast": [
        "Which podcast did {who} recommend to me, for my listening notes?",
        "which podcast {who} told me to listen to, ya'ni the name?",
        "Request the podcast {who} recommended, for the long sector tomorrow.",
        "{who}'s podcast pick, what's it called?",
    ],
    # A value on a day or night.
    "breakfast_food": [
        "For my dietary log: what did I eat for breakfast {day}?",
        "what I ate for breakfast {day} habibi?",
        "Breakfast {day}, say again what I had?",
        "breakfast {day}: what did I have, quick",
    ],
    "lunch_food": [
        "Which dish did I have for lunch {day}?",
        "yalla tell me what I ate for lunch {day}",
        "Lunch {day}, what did I eat? Negative on the place, just the food.",
        "lunch {day}, what was on the plate?",
    ],
    "dinner_food": [
        "For my food diary: what was dinner {day}?",
        "what was dinner {day} habibi? something nice I think",
        "Say again what I had for dinner {day}.",
        "what did I eat for dinner {day}, post-close?",
    ],
    "lunch_place": [
        "Where did I have lunch {day}? The location is what I'm after.",
        "{Day} lunch, where I went habibi?",
        "Position report: where did I eat lunch {day}?",
        "where'd I grab lunch {day}? need the spot",
    ],
    "dinner_place": [
        "Where did I have dinner {day} (the venue, not the dish)?",
        "where we ate dinner {day}? wallah I forgot the place",
        "Dinner {day}: confirm the location.",
        "dinner venue {day}, which place?",
    ],
    "workout_kind": [
        "Which type of exercise did I do {day}, for my activity log?",
        "{Day} what sport I did, yalla tell me",
        "What kind of workout did I log {day}?",
        "what was the workout {day}? which sport",
    ],
    "heart_rate": [
        "What was my mean heart rate during the {noun} {day}?",
        "the {noun} {day}, my heart rate was how much on average?",
        "Say again my average HR on the {noun} {day}.",
        "avg bpm on the {noun} {day}, what did it print?",
    ],
    "sleep_quality": [
        "How would the data characterise the quality of my sleep {night}?",
        "{Night} how was my sleep, good or bad? the quality ya'ni",
        "Rest {night}: how was the quality?",
        "sleep quality {night}, how did it grade?",
    ],
    # How long.
    "sleep_night": [
        "How long did I sleep {night}, to the nearest minute if possible?",
        "wallah I'm tired, how long I slept {night}?",
        "How much rest did I log {night}? Total sleep time.",
        "sleep {night}, what's the number? hours and minutes",
    ],
    "exercise_duration": [
        "What was the duration of my {noun} {day}, to the nearest minute?",
        "how long was my {noun} {day} habibi?",
        "Block time on the {noun} {day}? Minutes from start to finish.",
        "{noun} {day}: minutes on the clock?",
    ],
    "meeting_duration": [
        "How long did the {title} meeting {day} last?",
        "the {title} {day}, how long it took? felt like forever wallah",
        "Block time of the {title} brief {day}?",
        "{title} {day}, how long was I stuck in it?",
    ],
    # How far.
    "distance_run": [
        "What distance did I run {day}, in kilometres?",
        "{Day} how many km I ran?",
        "Distance covered on my run {day}?",
        "km on the run {day}?",
    ],
    "distance_cycle": [
        "How many kilometres did I cycle {day}?",
        "the bike {day}, how far I went?",
        "How far did I cycle {day}? Ground distance.",
        "cycling {day}, distance print?",
    ],
    "distance_swim": [
        "For my training notes: what distance did I swim {day}?",
        "{Day} I swam how far? in km",
        "Swim {day}: total distance?",
        "how far did I swim {day}, in km terms",
    ],
    # Who was there.
    "attendees": [
        "Who were the attendees of {title} {day}?",
        "who was with me in the {title} {day}?",
        "Who was in {title} {day}? Give me the crew list.",
        "{title} {day}, who was in the room?",
    ],
    # How many, how much.
    "coffee_count": [
        "How many coffees did I consume {day}?",
        "how many coffees I had {day} habibi?",
        "How many cups of coffee {day}? Need it for the fatigue report.",
        "coffees {day}, what's the count?",
    ],
    "caffeine": [
        "What was my total caffeine intake {day}, expressed in milligrams?",
        "{Day} how much caffeine I took, in mg?",
        "Total caffeine load {day}? In mg.",
        "caffeine exposure {day}, in mg?",
    ],
    "meeting_count": [
        "What was the number of meetings I attended {day}, for my time-use study?",
        "{Day} how many meetings I had? wallah too many",
        "How many meetings on the schedule {day}?",
        "meeting count {day}?",
    ],
    "km_week": [
        "What is my total {activity} distance this week, from Monday to today?",
        "this week how many km I {past} in total?",
        "Total distance {past} since Monday, in km?",
        "{activity} km WTD?",
    ],
    "workouts_week": [
        "How many workouts have I completed this week so far?",
        "this week how many times I trained? yalla count",
        "Number of workouts logged since Monday?",
        "workout count WTD?",
    ],
    # First, last, when.
    "first_coffee": [
        "At what time did I have my first coffee {day}, for my records?",
        "{Day} first coffee, what time I had it?",
        "Time of first coffee {day}, local?",
        "first coffee {day}, timestamp?",
    ],
    "last_coffee": [
        "When was my final coffee {day}?",
        "the last coffee {day} was what time?",
        "Last coffee {day}, time local?",
        "timestamp on the last coffee {day}?",
    ],
    "first_meeting": [
        "At what time did my first meeting begin {day} (i.e. the earliest one)?",
        "{Day} my first meeting started what time?",
        "First brief {day}: what time did it start?",
        "what time was the first meeting {day}?",
    ],
    "wake": [
        "What time did I wake up {day}?",
        "{Day} what time I woke up?",
        "Confirm the time I came off rest {day}.",
        "what time was I up {day}?",
    ],
    "bedtime": [
        "At what time did I fall asleep {night}?",
        "what time I slept {night}? I mean what time I went to bed",
        "{Night}, what time did I go to bed? Local time.",
        "what time did I hit the pillow {night}?",
    ],
    # Two hops.
    "dinner_on_distance": [
        "On the day I {past} {km} km, what did I eat for dinner?",
        "the day I {past} {km} km, what I ate for dinner?",
        "Dinner on the day of the {km} km {noun}?",
        "{km} km {noun} day: what was dinner?",
    ],
    "meeting_after_workout": [
        "Which people attended the first meeting that followed my {noun} {day}? (Names suffice.)",
        "after my {noun} {day}, the next meeting who was there?",
        "{Day}, after the {noun}: who was at the next brief?",
        "first meeting post-{noun} {day}, who was in it?",
    ],
    "lunch_on_meeting_day": [
        "Where did I have lunch on the day of the {title} meeting?",
        "the day of {title}, where I had lunch?",
        "Lunch location on the {title} day?",
        "{title} day, lunch spot?",
    ],
    "sleep_after_meeting": [
        "How long did I sleep the night after the {title} meeting?",
        "after {title}, that night how long I slept?",
        "Rest logged the night after {title}?",
        "{title} day, how much sleep did I get that night?",
    ],
    "dinner_on_said_day": [
        "What did I eat for dinner on the day {who} mentioned {value}?",
        "the day {who} told me about {value}, what I had for dinner?",
        "Dinner on the day {who} brought up {value}?",
        "day {who} pitched {value}: what was dinner?",
    ],
    # Two nights, two days, two weeks.
    "compare_sleep": [
        "Did I sleep longer {n1} or {n2}, and how long was each?",
        "{N1} or {n2}, which night I slept more? and how much each",
        "Compare rest {n1} versus {n2}: which was longer, and the hours for each?",
        "sleep {n1} vs {n2}: which one wins, and both numbers?",
    ],
    "compare_caffeine": [
        "Was my caffeine intake higher {d1} or {d2}? Please give both totals in mg.",
        "{D1} or {d2}, which day I took more caffeine? how many mg each",
        "Caffeine {d1} versus {d2}: which was heavier, and the mg on each?",
        "caffeine {d1} vs {d2}, which day was bigger? both prints in mg",
    ],
    "compare_duration": [
        "Which workout lasted longer, the one {d1} or the one {d2}, and how long was each?",
        "my workout {d1} and {d2}, which one was longer? and how many minutes",
        "Workout block times {d1} and {d2}: which was longer, with both durations?",
        "workout length {d1} vs {d2}, which went longer and what were the two numbers?",
    ],
    "compare_coffee_weeks": [
        "Have I had more or fewer coffees this week than last week? Please give both counts.",
        "this week I drank more coffee than last week or less? how many each week",
        "Coffee count this week versus last week: up or down, and both numbers?",
        "coffee WoW: this week's count vs last week's, up or down?",
    ],
    # Habits over the whole log.
    "late_coffee_sleep": [
        "In my data, do I sleep less on nights after I've had coffee at or after {t}? Compare mean sleep on those "
        "nights with the rest.",
        "when I drink coffee {t} or later, I sleep less that night? wallah tell me the average both ways",
        "Effect of coffee at {t} or later on that night's rest: mean sleep with versus without?",
        "coffee at {t} or later: what does it do to my sleep? avg with vs without",
    ],
    "late_dinner_sleep": [
        "Is there a difference in how long I sleep after days when dinner starts at {t} or later? Mean sleep for "
        "those nights versus the others, please.",
        "if I eat dinner {t} or after, I sleep less? the average each way",
        "Dinner at {t} or later versus earlier: average sleep that night, each case?",
        "late dinner ({t} or after) vs earlier, avg sleep on both sides?",
    ],
    "exercise_sleep": [
        "Do I sleep longer on nights after days on which I exercise? Mean sleep with and without a workout, please.",
        "the days I train, I sleep more that night? how long on average, training days and rest days",
        "Average rest on nights after a workout day versus nights after a day without one?",
        "workout days vs off days: avg sleep that night, which side is higher?",
    ],
    "caffeine_sleep": [
        "On days with at least {mg} mg of caffeine, do I sleep less that night? Mean sleep for those nights versus "
        "the rest.",
        "when I take {mg} mg caffeine or more in a day, how much I sleep that night on average, and the other days?",
        "Caffeine load of {mg} mg or more: average sleep that night versus days under {mg} mg?",
        "days at {mg} mg+ caffeine vs below: avg sleep on both sides?",
    ],
    "exercise_coffee": [
        "Do I drink more coffee on days on which I exercise? Mean coffees per day with and without a workout.",
        "the days I train, I drink more coffee? average cups each way",
        "Coffees per day on workout days versus non-workout days, averages?",
        "avg coffees/day: workout days vs rest days, which side is higher?",
    ],
    # Second turns of a conversation.
    "fu_day_before": [
        "And on the preceding day, what did I have for lunch?",
        "and the day before that habibi?",
        "Same question for the day prior.",
        "roll it back a day, same question?",
    ],
    "fu_meeting_length": [
        "How long did that meeting last, for my records?",
        "and that meeting, how long it was?",
        "Block time on that brief?",
        "how long did that one go?",
    ],
    "fu_night_before": [
        "And the night before that one, how long did I sleep?",
        "and the night before, how much I slept?",
        "Same for the previous night's rest?",
        "and the night prior, what's the print?",
    ],
    "fu_other_day": [
        "And the corresponding running distance {day}?",
        "and {day}, how many km?",
        "Same for {day}?",
        "what about {day}, distance?",
    ],
    "fu_other_person": [
        "And the equivalent for {who}?",
        "and {who}? same question habibi",
        "Same question, for {who}.",
        "now {who}, same thing?",
    ],
    "fu_today": [
        "And how many have I had today so far, by the same measure?",
        "and today? how many till now",
        "And today, so far?",
        "today's count so far?",
    ],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways to name ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    padded = f"{day.day:02d}/{day.month:02d}"
    if absolute or not 0 <= back <= 6:
        return [f"on {padded}/{day.year} ({short})", f"on {day.day:02d}-{SHORT_MONTHS[day.month - 1]}-{day.year}",
                f"on {weekday} {day.day} {MONTHS[day.month - 1]} {day.year}"]
    if back == 0:
        return ["today", f"today ({short} {padded})"]
    if back == 1:
        return ["yesterday", f"yesterday ({short} {padded})"]
    return [f"on {weekday} ({padded})", f"on {short}, {day.day}/{day.month}", f"{COUNTED[back]} days back ({weekday})",
            f"on {weekday} {day.day:02d}-{SHORT_MONTHS[day.month - 1]}", f"on the {_ordinal(day.day)} ({short})"]


def night_options(day: date, today: date) -> list[str]:
    """Ways to name the night that starts on ``day`` (its sleep ends the next morning)."""
    after = day + timedelta(days=1)
    weekday, next_day = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night ({day.day:02d}/{day.month:02d} to {after.day:02d}/{after.month:02d})"]
    return [f"the night of {weekday} ({day.day:02d}/{day.month:02d})", f"{weekday} night going into {next_day}",
            f"the night from {day.day}/{day.month} to {after.day}/{after.month}"]
