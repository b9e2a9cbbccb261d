"""Question phrasings of the answers benchmark's twenty-seventh tuning set, ``dev27`` (docs/benchmarks.md, "Answers").

``dev27`` was the held-out set until 2026-12-04, when, after its measurement at 0bf1803 (grounded
accuracy 0.814; multi-hop 0.455, attendees 0.636, value on date 0.682, comparison 0.727, habit
0.773; unsupported 0.0; abstention 0.864; p95 0.021 s), the engineer tuning the answer planner read
its failures; it is spent as held-out evidence and is a tuning set now, asked with the same
phrasings, seed, start day and zone as before. It had replaced the former held-out set (now
``dev26``, answers_dev26_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Riyadh
local who types Saudi English, lower case ("ya akhi", "wallah", "yani", "khalas", "futoor",
"ghada" and "asha" for the meals, "gahwa" for coffee, "ijtima" for a meeting); a falconer who
talks about the person's days as a bird's ("the mews", "the hood", "the glove", "a flight",
"the evening feed", "roost", "the cast", "the falcon log"); a chess commentator ("the board",
"the clock", "the opening", "a move", "the endgame", "the scoresheet", "annotate"); and a
surveyor who talks about life as a map ("the chart", "the survey", "waypoint", "plot",
"the field notebook", "the legend", "traverse"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev27 life lives in Asia/Riyadh, from Monday 1 December 2031; Saudi Arabia keeps Arabia
Standard Time (UTC+3) all year, with no daylight saving time, so no clock changes inside it.
Dates are written as people in Saudi Arabia write them in English: day first, with slashes
("2/12", "02/12/2031") or hyphens as on Saudi forms ("02-12-2031"), or the day before the month
name ("2 Dec", "the 2nd of December"), the weekday in full or as three letters: "on Tuesday gone, 2/12",
"this past Tuesday (02-12-2031)", "on Tue the 2nd just gone", "on Tuesday just passed, 2 Dec",
"on Tuesday 02/12/2031 exactly" or "on the 2nd of December, year 2031" for a day that may lie
outside the life; today and yesterday alone or with the date ("today, Wed 03-12-2031", "today
so far, Wed 3/12", "yesterday, 2/12"); a night as last
night (alone, or "last night, 2/12 to 3/12"), a weekday's night with its two dates ("Tuesday's
night, 2/12 to 3/12"), or the night of a hyphenated date ("the night of Tue 02-12-2031").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("wadi trail run", "jogging stint"), "cycle": ("bike loop", "cycling stint"),
         "swim": ("lap swim", "pool session"), "yoga": ("yoga practice", "mat practice"),
         "climb": ("bouldering session", "wall climbing stint")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _slash(day: date) -> str:
    return f"{day.day}/{day.month}"


def _hyphen(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def _padded(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _nth(day: date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {name} {_padded(day)} exactly", f"on the {_nth(day)} of {MONTHS[day.month - 1]}, year {day.year}",
                f"on {short} {_hyphen(day)} precisely"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short} {_hyphen(day)}", f"today so far, {short} {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {_slash(day)}", f"yesterday ({short} {_hyphen(day)})"]
    if 2 <= back <= 6:
        return [f"on {name} gone, {_slash(day)}", f"this past {name} ({_hyphen(day)})", f"on {short} the {_nth(day)} just gone",
                f"on {name} just passed, {day.day} {MONTHS[day.month - 1][:3]}"]
    return [f"on {name} {_padded(day)} exactly", f"on the {_nth(day)} of {MONTHS[day.month - 1]}, year {day.year}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night, {_slash(day)} to {_slash(after)}"]
    return [f"{name}'s night, {_slash(day)} to {_slash(after)}", f"the night of {short} {_hyphen(day)}"]


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "ya akhi which book did {who} tell me to read, and who wrote it?",
        "Before the falcon goes on the glove: what book did {who} urge on me, and by which author?",
        "Opening move of this game: {who} recommended a book to me. Title and author, please?",
        "Plot this on the chart: the book {who} told me to read, with its author's name.",
    ],
    "film": [
        "wallah i forgot, what film did {who} say i have to watch?",
        "Which film did {who} tell me to see, as the falcon log would record it?",
        "Annotate for me: the movie {who} said I should watch this weekend.",
        "Survey note needed: which film did {who} insist I watch?",
    ],
    "offsite": [
        "ya akhi where did {who} say the offsite moved to?",
        "To what place has the offsite flown, by {who}'s word?",
        "Position check: {who} told me the offsite changed venue. Which city now?",
        "Mark the new offsite location on the map: where did {who} say it moved?",
    ],
    "restaurant": [
        "which restaurant did {who} say we must try, the one with good dumplings yani?",
        "What eatery did {who} flush up for us to try, the dumpling place?",
        "Which restaurant did {who} suggest as our next move, the dumpling one?",
        "Give me the name on the map: the restaurant {who} said we should try.",
    ],
    "flight": [
        "what time does {who}'s flight land, ya akhi?",
        "When does {who} come down to land, by the clock of the flight?",
        "On the clock: at what time did {who} say the flight lands?",
        "Arrival coordinates in time: when does {who}'s plane touch down?",
    ],
    "dog": [
        "wallah what's the name of the dog {who} adopted?",
        "{who} took in a new dog. What is her name, as a falconer would note a new bird's?",
        "New piece on the board: what did {who} name the adopted dog?",
        "Label for the legend: the name of {who}'s newly adopted dog?",
    ],
    "launch": [
        "khalas tell me, to when did the {project} launch slip, as {who} said?",
        "To what date was the {project} launch held back in the mews, per {who}?",
        "Clock update from {who}: the {project} launch was delayed to which date?",
        "Per {who}'s report, what is the new date on the chart for the {project} launch?",
    ],
    "age": [
        "how old is {who}'s daughter turning, ya akhi?",
        "What age does {who}'s daughter reach, told to me like a bird's season count?",
        "Age check on the scoresheet: {who}'s daughter turns how old on Saturday?",
        "Record the figure: what age is {who}'s daughter about to be?",
    ],
    "podcast": [
        "which podcast did {who} say i'd like, yani?",
        "What podcast did {who} cast my way to listen to?",
        "Which podcast was {who}'s recommended line for me?",
        "Field-notebook entry: the podcast {who} thought I would enjoy?",
    ],
    # value on date
    "breakfast_food": [
        "what did i have for futoor {day}?",
        "Before the morning hunt, what was my breakfast {day}?",
        "Opening of the day's game: what did I eat at breakfast {day}?",
        "Survey the first meal: breakfast {day} was what dish?",
    ],
    "lunch_food": [
        "what did i eat for ghada {day}, ya akhi?",
        "What did I feed on at midday {day}, falconer's log please?",
        "Middlegame meal: what was my lunch {day}?",
        "Chart the noon meal: what food did I have for lunch {day}?",
    ],
    "dinner_food": [
        "what was my asha {day}?",
        "What did I eat at the evening feed {day}?",
        "Endgame of the day: what dish was dinner {day}?",
        "Plot the evening meal: what did I eat for dinner {day}?",
    ],
    "lunch_place": [
        "where did i go for ghada {day}, wallah i forget",
        "At which perch did I take lunch {day}?",
        "Where on the board was I sitting for lunch {day}?",
        "Lunch coordinates {day}: at which place did I eat?",
    ],
    "dinner_place": [
        "where did i have asha {day}?",
        "At what perch did I dine {day}?",
        "Dinner square {day}: where did I eat?",
        "Give me the dinner location {day} on the map.",
    ],
    "workout_kind": [
        "what sport did i do {day}, ya akhi?",
        "What was my flight of exercise {day}, which activity?",
        "Which workout did I play {day}, what type of move?",
        "Survey the training log: which activity did I do {day}?",
    ],
    "heart_rate": [
        "what was my average pulse in the {noun} {day}?",
        "How hard did my heart beat on average during my {noun} {day}, like a falcon's on the chase?",
        "Average heart rate readout for the {noun} {day}, please?",
        "What mean bpm goes on the chart for my {noun} {day}?",
    ],
    "sleep_quality": [
        "how was my sleep quality {night}, good or bad yani?",
        "How well did I rest in the mews {night}, by the quality rating?",
        "Evaluation of my sleep {night}: what quality was it?",
        "Sleep quality recorded in the field notebook for {night}?",
    ],
    # durations
    "sleep_night": [
        "how many hours did i sleep {night}, wallah?",
        "How long was I hooded and asleep {night}?",
        "Time on the clock for my sleep {night}: how long?",
        "Measure the span of my sleep {night}, in hours and minutes.",
    ],
    "exercise_duration": [
        "how long was my {noun} {day}?",
        "How many minutes did my {noun} last {day}, from release to return?",
        "Clock time used by my {noun} {day}?",
        "What length in minutes goes on the survey for my {noun} {day}?",
    ],
    "meeting_duration": [
        "how long did the {title} ijtima take {day}?",
        "How long was the {title} gathering {day}, from hood off to hood on?",
        "How many minutes did {title} run on the clock {day}?",
        "Measure the duration of {title} {day} for the record sheet.",
    ],
    # distance
    "distance_run": [
        "how many km did i run {day}, ya akhi?",
        "How far did I run {day}, as far as a falcon's stoop?",
        "Distance of my run {day}, in kilometres for the scoresheet?",
        "What distance did my run cover {day}? Give the kilometres for the survey.",
    ],
    "distance_cycle": [
        "how far did i go on the bike {day}, in km?",
        "How many kilometres did I ride the bicycle {day}, like a long cast?",
        "Kilometres on the scoresheet for my bike ride {day}?",
        "Traverse length of my cycling {day}: how many kilometres?",
    ],
    "distance_swim": [
        "how far did i swim {day}, wallah?",
        "How much water did I cover swimming {day}, in kilometres?",
        "Swim distance {day}, as the annotator records it?",
        "Chart the swim {day}: what distance in km?",
    ],
    # attendees
    "attendees": [
        "who was in the {title} ijtima {day}, ya akhi?",
        "Which birds of the cast were at {title} {day}?",
        "Who were the players at the {title} table {day}?",
        "List the names on the roster for {title} {day}, survey style.",
    ],
    # counts
    "coffee_count": [
        "how many coffees did i drink {day}, gahwa and all?",
        "How many cups did I take {day}, counted like jesses?",
        "Count of coffees on the scoresheet {day}?",
        "Tally the coffees in the field notebook {day}: how many?",
    ],
    "caffeine": [
        "how much caffeine did i take {day}, in mg yani?",
        "What total caffeine, in milligrams, went into me {day}?",
        "Caffeine total in mg {day}, for the annotations?",
        "Sum the caffeine reading {day}, in milligrams for the chart.",
    ],
    "meeting_count": [
        "how many ijtimas did i have {day}?",
        "How many gatherings did I fly to {day}?",
        "How many meetings stood on my board {day}?",
        "Count the meeting markers on the map {day}.",
    ],
    "km_week": [
        "wallah how many km of {activity} did i do this week?",
        "Since Monday, how many kilometres have I {past} all told, like a week of flights?",
        "Total kilometres I {past} this week, for the tournament table?",
        "Sum the week's {activity} traverses since Monday: how many kilometres did I {verb}?",
    ],
    "workouts_week": [
        "how many times did i train this week, ya akhi?",
        "How many training flights have I made since Monday?",
        "Number of workouts this week, as the scoresheet counts them?",
        "Count the workout waypoints since Monday: how many?",
    ],
    # first and last
    "first_coffee": [
        "what time was my first gahwa {day}?",
        "At what hour did I take my first coffee {day}, before the first flight?",
        "Clock time of my opening coffee {day}?",
        "Timestamp the first coffee on the chart {day}.",
    ],
    "last_coffee": [
        "when was my last coffee {day}, yani what time?",
        "At what hour did I take my final coffee {day}, before the birds went to roost?",
        "Clock time of the closing coffee of the game {day}?",
        "Timestamp of the final coffee waypoint {day}?",
    ],
    "first_meeting": [
        "what time did my first ijtima start {day}?",
        "When did the first gathering of the day fly off {day}?",
        "Start time of the opening meeting on the board {day}?",
        "What time does the survey show for my first meeting {day}?",
    ],
    "wake": [
        "what time did i wake up {day}, wallah?",
        "When did I come out of the hood and wake {day}?",
        "At what time did my clock start ticking, waking up {day}?",
        "Sunrise waypoint: when did I get up {day}?",
    ],
    "bedtime": [
        "what time did i go to sleep {night}, ya akhi?",
        "At what hour did I go to roost {night}?",
        "Clock stopped for bed: what time did I fall asleep {night}?",
        "Timestamp for going to bed on the chart, {night}?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "the day i {past} {km} km, what was asha?",
        "On the day of my {km} km {noun}, what did I eat at the evening feed?",
        "Find the game where I {past} {km} km: what was dinner that day?",
        "Locate the day with the {km} km {noun} on the map, then tell me what I ate for dinner.",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, who was in the next ijtima?",
        "Once my {noun} was done {day}, who came to the first gathering after it?",
        "The move after my {noun} {day}: who attended the following meeting?",
        "Next waypoint after the {noun} {day}: which people were at that meeting?",
    ],
    "lunch_on_meeting_day": [
        "the day of {title}, where did i eat ghada?",
        "On the day {title} was held, at which perch did I take lunch?",
        "Same day as {title} on the board: where was lunch?",
        "Cross-reference the {title} day on the survey: lunch location?",
    ],
    "sleep_after_meeting": [
        "how long did i sleep the night after {title}, ya akhi?",
        "After the {title} gathering, how long was I in the mews asleep that night?",
        "Sleep time on the clock the night following {title}?",
        "Measure the sleep on the night after {title}.",
    ],
    "dinner_on_said_day": [
        "the day {who} told me about {value}, what was asha?",
        "On the day {who} mentioned {value} to me, what did I eat at the evening feed?",
        "Find the game where {who} brought up {value}: dinner that day was what?",
        "Locate the day {who} named {value}, then chart my dinner from it.",
    ],
    # comparison
    "compare_sleep": [
        "which night did i sleep longer, {n1} or {n2}? and how long each",
        "Which was the longer rest in the mews, {n1} or {n2}? With both durations.",
        "Head to head: sleep {n1} versus {n2}. Which was longer, and by the clock how long was each?",
        "Compare the two survey lines, {n1} and {n2}: hours slept each and which was longer?",
    ],
    "compare_caffeine": [
        "when did i take more caffeine, {d1} or {d2}? in mg both",
        "Which day had the heavier caffeine load, {d1} or {d2}? Milligrams for both.",
        "Caffeine duel: {d1} against {d2}. Which scored higher, with both mg totals?",
        "Compare caffeine readings {d1} and {d2} on the chart: mg each and which was higher.",
    ],
    "compare_duration": [
        "which workout was longer, {d1} or {d2}? minutes both yani",
        "Which flight of exercise lasted longer, {d1} or {d2}? Give both lengths.",
        "Workout versus workout: {d1} or {d2}, which took more clock, with each length?",
        "Compare training traverse lengths {d1} and {d2}: minutes each and the longer one.",
    ],
    "compare_coffee_weeks": [
        "am i drinking more coffee this week than last week or less, wallah? numbers both",
        "This week's cups against last week's: more or fewer, and how many in each?",
        "Score this week against last week in coffees: which week leads, with both counts?",
        "Compare weekly coffee tallies, this week versus last: both counts and which is higher.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "when i drink coffee at {t} or later, do i sleep less that night? ya akhi tell me",
        "Does a coffee at {t} or after keep me from roosting as long at night?",
        "Evaluate the pattern: on days with coffee at or after {t}, is my night's sleep shorter or longer?",
        "Survey correlation: sleep on nights after a coffee at {t} or later versus nights without one?",
    ],
    "late_dinner_sleep": [
        "if asha starts at {t} or later, how is my sleep that night, more or less?",
        "When the evening feed begins at {t} or after, do I rest longer or shorter?",
        "Pattern check: a dinner starting at {t} or later, and my sleep that night, longer or shorter on average?",
        "Map the link between dinners starting at {t} or after and that night's sleep length.",
    ],
    "exercise_sleep": [
        "do i sleep longer on days i train, wallah?",
        "After a day with a training flight, is my night's rest longer than after a day without?",
        "Evaluate: workout days versus rest days, which gives me more sleep that night?",
        "Survey the sleep on nights after workout days against other nights: longer or shorter?",
    ],
    "caffeine_sleep": [
        "when i take {mg} mg of caffeine or more in a day, do i sleep less, ya akhi?",
        "On days I take in at least {mg} mg of caffeine, is my rest in the mews shorter?",
        "Pattern on the board: days with {mg} mg caffeine or more, and my sleep that night, shorter or not?",
        "Chart the nights after days of {mg} mg caffeine or above against the rest: how does sleep compare?",
    ],
    "exercise_coffee": [
        "on days i train, do i drink more gahwa or less?",
        "On days with a training flight, do I take more cups of coffee than on other days?",
        "Workout days versus rest days on the scoresheet: more coffees a day or fewer?",
        "Survey average coffees a day on workout days against days without: which is higher?",
    ],
    # follow-ups
    "fu_day_before": [
        "and the day before it, ya akhi?",
        "And on the day before that flight?",
        "And one move back, the previous day?",
        "And the waypoint one day earlier?",
    ],
    "fu_meeting_length": [
        "and how long did it take, wallah?",
        "And how long did that gathering keep us hooded?",
        "And how much clock did that meeting use?",
        "And the span of that meeting, in minutes?",
    ],
    "fu_other_day": [
        "and {day}, ya akhi?",
        "And the same flight {day}?",
        "And the same move {day}?",
        "And the same reading {day} on the chart?",
    ],
    "fu_night_before": [
        "and the night before, wallah?",
        "And my roost on the night before that one?",
        "And one night earlier on the clock?",
        "And the previous night's reading?",
    ],
    "fu_today": [
        "and today so far yani?",
        "And today, up to this hour of the hunt?",
        "And today's score so far?",
        "And today's tally to this point?",
    ],
    "fu_other_person": [
        "and {who}, what did {who} say?",
        "And what did {who} offer on the same subject?",
        "And {who}'s move on that same topic?",
        "And the same entry from {who}'s report?",
    ],
}
