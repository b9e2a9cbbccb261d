"""Question phrasings of the answers benchmark's twenty-third tuning set, ``dev23`` (docs/benchmarks.md, "Answers").

``dev23`` was the held-out set until 2026-12-04, when, after its measurement at f08793b (grounded
accuracy 0.875; said fact 0.773, multi-hop 0.727, habit 0.727, follow-up 0.727; unsupported 0.0;
abstention 1.0; p95 0.010 s), the engineer tuning the answer planner read its failures; it is spent
as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and
zone as before. It had replaced the former held-out set (now ``dev22``, answers_dev22_phrases.py),
and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Hong Kong
office worker who types Hong Kong English, lower case, in Cantonese word order with its sentence
particles ("ar" and "ga" for a question, "meh" for doubt, "leh" for "what about", "jor" for done,
"wor" for what someone said, "d" for "a bit", "sin" for "first"); a quiz-show host who puts every
question to the assistant as a round of a quiz ("for the points", "buzz in", "the bonus", "head
to head", "true or false"); a lab scientist who keeps the life as a lab notebook ("data point",
"record", "measurement", "hypothesis", "test it against the log", "versus"); and a sports
commentator who calls the person's days like a match ("kick-off", "final whistle", "the line-up",
"the tally", "showdown", "rest days"). Every question asks for the gold ``answers_evalset``
computes for its key, and fills the slots described in answers_phrases.py.

The dev23 life lives in Asia/Hong_Kong, from Monday 7 April 2031; Hong Kong keeps Hong Kong
Time (UTC+8) all year, with no summer time since 1979, so no clock changes inside it. Dates are
written as people in Hong Kong write them: day first with slashes, unpadded, with the weekday's
short name before it ("on Tue (8/4)", "last Tue, 8/4"), the date after today ("today, 8/4"); "ytd"
for yesterday, as people there text it ("ytd", "ytd (7/4)", "ytd night"); a night as the night of a
day and its weekday, or of the two days it spans ("the night of 8/4 (Tue)", "the night of 8-9/4",
"the night of 30/4-1/5", "Tue night, 8/4"); and, for a day that must carry its month and year, day
first with slashes and the year, the weekday in brackets after it or before it ("on 8/4/2031
(Tue)", "on Tue 8/4/2031"), or the day, the month's short name, the year and the weekday as forms
there print them ("on 8 Apr 2031, Tue").
"""

from __future__ import annotations

from datetime import date, timedelta

SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run", "jog"), "cycle": ("ride", "cycling session"), "swim": ("swim", "pool session"),
         "yoga": ("yoga", "yoga session"), "climb": ("climb", "bouldering session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dm(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question may name ``day`` asked on ``today``: today, yesterday (or "ytd"), a day
    first date with its weekday for 2 to 6 days back; with its month and year when ``absolute``."""
    dm, weekday = _dm(day), SHORT_DAYS[day.weekday()]
    if absolute:
        return [f"on {dm}/{day.year} ({weekday})", f"on {weekday} {dm}/{day.year}",
                f"on {day.day} {SHORT_MONTHS[day.month - 1]} {day.year}, {weekday}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {dm}"]
    if back == 1:
        return ["yesterday", "ytd", f"ytd ({dm})"]
    if 2 <= back <= 6:
        return [f"on {weekday} ({dm})", f"last {weekday}, {dm}"]
    return [f"on {dm}/{day.year} ({weekday})", f"on {weekday} {dm}/{day.year}"]


def night_options(day: date, today: date) -> list[str]:
    """How a question may name the night that starts on ``day``: last night (for the one that
    ended this morning), the night of a day first date, or of the two dates it spans."""
    after = day + timedelta(days=1)
    dm, weekday = _dm(day), SHORT_DAYS[day.weekday()]
    spans = f"{day.day}-{_dm(after)}" if after.month == day.month else f"{dm}-{_dm(after)}"
    named = [f"the night of {dm} ({weekday})", f"the night of {spans}"]
    back = (today - day).days
    if back == 1:
        return ["last night", "ytd night", *named]
    if 2 <= back <= 6:
        return [*named, f"{weekday} night, {dm}"]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts: {who} (and {project} for a launch)
    "book": [
        "{who} recommend me which book ar? forgot jor",
        "Quiz question: which book did {who} tell me I should read? Title for the points.",
        "For my lab notebook: record the title of the book {who} recommended to me.",
        "And {who} comes in with a book recommendation! Which title was it?",
    ],
    "film": [
        "{who} say must watch which movie ar?",
        "For ten points: what film did {who} tell me to watch?",
        "Data needed: the film {who} recommended I watch. Title only.",
        "{who} steps up and recommends a film. What's the film called?",
    ],
    "offsite": [
        "{who} said the offsite move to where wor?",
        "Round two: according to {who}, where has the offsite moved to?",
        "Update my notebook: to which location did {who} say the offsite was moved?",
        "Big change of venue announced by {who}! Where's the offsite heading now?",
    ],
    "restaurant": [
        "{who} ask me go try which restaurant ar?",
        "Contestant, which restaurant did {who} suggest we try?",
        "Log entry required: name of the restaurant {who} suggested trying.",
        "{who} with a dining tip! Which restaurant did they put forward?",
    ],
    "flight": [
        "{who} flight land what time ar?",
        "On the buzzer: what time does {who}'s flight land?",
        "Record {who}'s flight arrival time, please: when does it land?",
        "Touchdown watch: when is {who}'s flight coming in to land?",
    ],
    "dog": [
        "{who} new dog call what name ar?",
        "Name that pet: what's the name of the dog {who} adopted?",
        "Subject data: what name did {who} give the newly adopted dog?",
        "A new arrival in {who}'s household! What's the dog's name?",
    ],
    "age": [
        "{who} daughter turning how old ar?",
        "For the bonus: how old is {who}'s daughter about to turn?",
        "Numeric value needed: the age {who}'s daughter is turning.",
        "Birthday on the horizon for {who}'s daughter! What age is she turning?",
    ],
    "launch": [
        "{project} launch {who} say delay to when ar?",
        "Question on the board: according to {who}, to what date did the {project} launch slip?",
        "Notebook update: the new date of the {project} launch, as {who} reported it.",
        "Delay at the {project} launch, {who} reporting! What's the new date?",
    ],
    "podcast": [
        "{who} recommend which podcast ar?",
        "Name the show: which podcast did {who} tell me to listen to?",
        "Source check: what podcast did {who} recommend to me?",
        "{who} with a listening tip! Which podcast was it?",
    ],
    # one day's records: {day} ({noun} a workout, {title} a meeting)
    "breakfast_food": [
        "{day} breakfast i eat what ar?",
        "Quiz question: what did I have for breakfast {day}?",
        "Notebook entry: breakfast {day}, what did I record eating?",
        "Kick-off {day}: what was on the breakfast plate?",
    ],
    "lunch_food": [
        "{day} lunch i ate what ar? cannot remember",
        "For the points: what was my lunch {day}?",
        "Data point: lunch contents {day}, please.",
        "Midday break {day}: what did I have for lunch?",
    ],
    "dinner_food": [
        "{day} dinner eat what ar?",
        "Contestant's question: what did I eat for dinner {day}?",
        "Recording evening intake: what was dinner {day}?",
        "Final whistle of the day {day}: what did I have for dinner?",
    ],
    "lunch_place": [
        "{day} lunch go where eat ar?",
        "Where did I have lunch {day}? Location for the points.",
        "Location field: where was lunch eaten {day}?",
        "Where was the lunch venue {day}? Tell me where I ate.",
    ],
    "dinner_place": [
        "{day} dinner eat at where ar?",
        "Buzz in: where did I eat dinner {day}?",
        "Location of dinner {day}, for the notebook?",
        "And the dinner venue {day} was...? Where did I eat?",
    ],
    "workout_kind": [
        "{day} i do what exercise ar?",
        "Name the sport: what workout did I do {day}?",
        "Classify the exercise session {day}: which activity was it?",
        "Out on the field {day}: which kind of workout did I do?",
    ],
    "heart_rate": [
        "{day} my {noun} average heart rate how much ar?",
        "For ten points: what was my average heart rate on my {noun} {day}?",
        "Mean heart rate (bpm) during my {noun} {day}?",
        "Heart pounding on the {noun} {day}! What was my average heart rate?",
    ],
    "exercise_duration": [
        "{day} {noun} do how long ar?",
        "For the points: how long was my {noun} {day}?",
        "Measured duration of my {noun} {day}, in minutes?",
        "Clock check on the {noun} {day}: how long did it go?",
    ],
    "meeting_duration": [
        "{day} {title} meeting how long ar?",
        "Timing round: how long did the {title} meeting last {day}?",
        "Record the length of the {title} meeting {day}.",
        "The {title} meeting {day}: how many minutes did it go on for?",
    ],
    "distance_run": [
        "{day} run jor how many km ar?",
        "Distance question: how far did I run {day}?",
        "Running distance {day}, in km?",
        "Out on the road {day}: how many kilometres did I run?",
    ],
    "distance_cycle": [
        "{day} cycling go how far ar?",
        "How many km did I cycle {day}? Points on the line.",
        "Cycling distance measurement {day}?",
        "On the bike {day}: what distance did I ride?",
    ],
    "distance_swim": [
        "{day} swim jor how far ar?",
        "Next up: how far did I swim {day}?",
        "Swimming distance recorded {day}, in km?",
        "In the pool {day}: how much distance did I swim?",
    ],
    "attendees": [
        "{day} {title} meeting got who ar?",
        "Name them all: who attended the {title} meeting {day}?",
        "List the attendees of the {title} meeting {day}.",
        "The line-up for the {title} meeting {day}: who was in it?",
    ],
    "coffee_count": [
        "{day} drink how many cup coffee ar?",
        "Count question: how many coffees did I have {day}?",
        "Coffee count {day}: number of cups?",
        "How many coffees on the scoresheet {day}?",
    ],
    "caffeine": [
        "{day} total caffeine how many mg ar?",
        "In milligrams, for the points: how much caffeine did I take in {day}?",
        "Total caffeine intake {day}, in mg?",
        "What's the caffeine total on the board {day}? In mg.",
    ],
    "meeting_count": [
        "{day} got how many meeting ar?",
        "Count them up: how many meetings did I have {day}?",
        "Number of meetings on the record {day}?",
        "Meetings on the fixture list {day}: how many were there?",
    ],
    "first_coffee": [
        "{day} first coffee what time drink ar?",
        "Time question: when did I have my first coffee {day}?",
        "Timestamp of the first coffee {day}?",
        "Opening play {day}: what time was the first coffee?",
    ],
    "last_coffee": [
        "{day} last cup coffee what time ar?",
        "What time was my last coffee {day}? Final answer please.",
        "Timestamp of the final coffee logged {day}?",
        "The last coffee of the day {day}: at what time did it go down?",
    ],
    "first_meeting": [
        "{day} first meeting start what time ar?",
        "When did my first meeting start {day}? For the points.",
        "Start time of the earliest meeting {day}?",
        "First fixture of the day {day}: what time did that first meeting kick off?",
    ],
    "wake": [
        "{day} i wake up what time ar?",
        "Quiz time: at what time did I wake up {day}?",
        "Record the wake-up time {day}: when did I wake?",
        "The day's first whistle {day}: what time did I wake up?",
    ],
    # one night's sleep: {night}
    "sleep_quality": [
        "{night} sleep good or not ar? the quality how",
        "Rate it: what was my sleep quality {night}?",
        "Sleep quality as logged for {night}?",
        "How did I sleep {night}: what was the quality of my sleep?",
    ],
    "sleep_night": [
        "{night} sleep how long ar?",
        "Question for the board: how many hours did I sleep {night}?",
        "Sleep duration measurement for {night}, please: how long?",
        "The long night, {night}: how much sleep did I get in total?",
    ],
    "bedtime": [
        "{night} what time go bed ar?",
        "When did I go to bed {night}? Time for the points.",
        "Sleep onset time for {night}?",
        "Lights out {night}: at what time did I go to bed?",
    ],
    # this week: {activity} running/cycling, {past} ran/cycled, {verb} run/cycle
    "km_week": [
        "this week {past} how many km total ar?",
        "Weekly total for the points: how many km of {activity} have I done this week?",
        "Cumulative {activity} distance this week (since Monday), in km?",
        "Season tally: how many kilometres have I {past} so far this week?",
    ],
    "workouts_week": [
        "this week work out jor how many times ar?",
        "How many workouts have I done this week? Buzzers ready.",
        "Workout count for the current week, since Monday?",
        "Games played this week: how many workouts so far?",
    ],
    # two hops
    "dinner_on_distance": [
        "the day i {past} {km} km, dinner eat what ar?",
        "Two-part question: on the day I {past} {km} km, what did I eat for dinner?",
        "Cross-reference: dinner on the day of the {km} km {noun}?",
        "After that {km} km {noun}, what did I have for dinner that day?",
    ],
    "meeting_after_workout": [
        "{day} after {noun} the first meeting got who ar?",
        "Linked question: who was in my first meeting after the {noun} {day}?",
        "Attendees of the first meeting following my {noun} {day}?",
        "Fresh off the {noun} {day}, who was in the next meeting after it?",
    ],
    "lunch_on_meeting_day": [
        "{title} meeting that day, lunch eat where ar?",
        "Where did I have lunch on the day of the {title} meeting? Points on offer.",
        "Lunch location on the date of the {title} meeting?",
        "Same day as the {title} meeting: where did I go for lunch?",
    ],
    "sleep_after_meeting": [
        "{title} meeting that night sleep how long ar?",
        "How long did I sleep the night after the {title} meeting? For the bonus.",
        "Sleep duration for the night following the {title} meeting?",
        "Post-match report on the {title} meeting: how much sleep did I get the night after it?",
    ],
    "dinner_on_said_day": [
        "{who} recommend {value} that day, dinner eat what ar?",
        "Connect the clues: on the day {who} recommended {value}, what did I have for dinner?",
        "Dinner on the date {who} mentioned {value}: what did I eat?",
        "The day {who} tipped {value}, what was on my dinner plate?",
    ],
    # comparisons: {n1}/{n2} two nights, {d1}/{d2} two days
    "compare_sleep": [
        "{n1} or {n2} sleep longer ar?",
        "Head to head: did I sleep longer {n1} or {n2}?",
        "Compare sleep durations: {n1} versus {n2}. Which was longer?",
        "Sleep showdown, {n1} against {n2}: which night did I get more sleep?",
    ],
    "compare_caffeine": [
        "{d1} or {d2} caffeine more ar?",
        "Higher or lower: did I have more caffeine {d1} or {d2}?",
        "Caffeine totals, {d1} versus {d2}: which day was higher?",
        "Caffeine derby, {d1} against {d2}: which day had more?",
    ],
    "compare_duration": [
        "{d1} vs {d2} workout which one longer ar?",
        "Which workout lasted longer, the one {d1} or the one {d2}?",
        "Workout duration comparison: {d1} versus {d2}, which was longer?",
        "Endurance battle: was my workout longer {d1} or {d2}?",
    ],
    "compare_coffee_weeks": [
        "this week coffee drink more than last week meh?",
        "True or false: I've had more coffees this week than last week?",
        "Weekly coffee counts: this week versus last week, which is higher?",
        "Week against week: am I drinking more coffee this week than last?",
    ],
    # habits: {t} a clock time, {mg}
    "late_coffee_sleep": [
        "coffee after {t} then sleep less ga? check sin",
        "Big question: on days I have coffee at {t} or later, do I sleep less?",
        "Hypothesis: a coffee at or after {t} shortens my sleep that night. Test it against the log.",
        "Late coffee, {t} or after: does it cost me sleep that night?",
    ],
    "late_dinner_sleep": [
        "dinner eat after {t}, sleep shorter ar?",
        "True or false: I sleep less on nights after a dinner starting at {t} or later?",
        "Test: nights after dinners begun at or after {t} versus earlier ones, do I sleep less?",
        "Late dinner at {t} or after: does my sleep take a hit?",
    ],
    "exercise_sleep": [
        "work out jor that day, sleep longer d ga?",
        "For the points: do I sleep longer after days I've worked out?",
        "Compare mean sleep after workout days with days without a workout.",
        "Does a workout day earn me more sleep that night?",
    ],
    "caffeine_sleep": [
        "caffeine {mg} mg or more the day, sleep less meh?",
        "For the bonus: when I take in {mg} mg of caffeine or more in a day, do I sleep less that night?",
        "Sleep after days with at least {mg} mg caffeine versus below that: any difference?",
        "Heavy caffeine days, {mg} mg and up: do they hurt my sleep?",
    ],
    "exercise_coffee": [
        "workout day drink more coffee ga?",
        "Buzz in: do I drink more coffee on workout days than on days without one?",
        "Coffee count per day: workout days versus non-workout days?",
        "Training days versus rest days: where do I drink more coffee?",
    ],
    # follow-ups (the first question is another key's)
    "fu_day_before": [
        "then the day before ar?",
        "Follow-up for the bonus: and the day before that?",
        "Same measurement for the preceding day?",
        "And rewind one more day: what about the day before?",
    ],
    "fu_meeting_length": [
        "meeting how long ar?",
        "Bonus: how long did that meeting last?",
        "Duration of that meeting?",
        "And how long did that one go for?",
    ],
    "fu_other_day": [
        "{day} leh?",
        "Same question, {day}?",
        "Repeat the measurement for {day}.",
        "And what about {day}?",
    ],
    "fu_night_before": [
        "night before leh?",
        "And the night before that, for the bonus?",
        "Same reading for the previous night?",
        "Roll back one more night: same question?",
    ],
    "fu_today": [
        "today leh?",
        "And today? Same question.",
        "Same count for today?",
        "And today's tally so far?",
    ],
    "fu_other_person": [
        "{who} leh?",
        "Same question about {who}?",
        "Same query for {who}.",
        "Over to {who}: what about them?",
    ],
}
"""Every question key's four templates: the Hong Kong office worker's, the quiz host's, the lab
scientist's and the commentator's, in that order."""
