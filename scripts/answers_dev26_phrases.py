"""Question phrasings of the answers benchmark's twenty-sixth tuning set, ``dev26`` (docs/benchmarks.md, "Answers").

``dev26`` was the held-out set until 2026-12-04, when, after its measurement at 2a72970 (grounded
accuracy 0.723; duration 0.545, attendees, multi-hop and comparison 0.591; unsupported 0.015;
abstention 1.0; p95 0.013 s), the engineer tuning the answer planner read its failures; it is
spent as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day
and zone as before. It had replaced the former held-out set (now ``dev25``,
answers_dev25_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Colombo
local who types Sri Lankan English, lower case ("machan" to call the assistant, "no?" and "men"
to end a question, "aney", "what to do", "went for" a workout, "rice and curry" for lunch, "plain
tea" and "a cup" for coffee too, "put a meeting"); a tea taster who talks about the person's days
in estate and cupping words ("cupping notes", "the leaf", "the liquor", "the pluck", "the grade",
"the brew", "the auction", "the estate"); a mission controller who talks to the person as a crew
member in orbit ("Flight", "copy", "telemetry", "crew", "mission log", "EVA" for a workout, "sleep
period", "over"); and a beekeeper who talks about life as a hive ("the hive", "the colony",
"forage", "the apiary log", "nectar", "the smoker", "the swarm", "the comb"). Every question asks
for the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev26 life lives in Asia/Colombo, from Monday 6 October 2031; Sri Lanka keeps Sri Lanka
Standard Time (UTC+5:30) all year, with no daylight saving time, so no clock changes inside it.
Dates are written as people in Sri Lanka write them: day first with slashes, zero-padded with the
year ("07/10/2031") or short ("7/10"), or as an ordinal with the month ("the 7th of October"),
the weekday in full or as three letters: "on Tuesday the 7th (07/10)", "on Tue 7/10 itself", "this
Tuesday, 07/10/2031", "on last Friday (03/10)", "on Monday, 29/09/2031 dated" for a day outside
the life; today and yesterday alone or with the date ("today itself (08/10)", "yesterday, Tue
07/10/2031"); a night as last night (alone, or "last night itself, 07/10 into 08/10"), a weekday's night
with its two dates ("Tuesday's night, 7/10 into 8/10"), or the night of an ordinal date ("the night
of the 7th (Tue)").
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("road run", "run round the lake"), "cycle": ("cycle outing", "bicycle round"),
         "swim": ("pool session", "swim at the baths"), "yoga": ("yoga practice", "asana session"),
         "climb": ("wall climb", "climbing session")}


def _short(day: date) -> str:
    return f"{day.day}/{day.month}"


def _padded(day: date) -> str:
    return f"{day:%d/%m}"


def _full(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _nth(day: date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question may name ``day`` asked on ``today``."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {name}, {_full(day)} dated", f"on {short} the {_nth(day)} of {MONTHS[day.month - 1]} {day.year}",
                f"on the date {_full(day)} ({short})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today itself ({_padded(day)})", f"today, {short} {_full(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} {_full(day)}", f"yesterday itself ({_short(day)})"]
    if back < 7 and day.weekday() < today.weekday():
        return [f"on {name} the {_nth(day)} ({_padded(day)})", f"on {short} {_short(day)} itself",
                f"this {name}, {_full(day)}"]
    return [f"on last {name} ({_padded(day)})", f"on {short} the {_nth(day)}, last week ({_short(day)})",
            f"on last week's {name} ({_full(day)})"]


def night_options(day: date, today: date) -> list[str]:
    """How a question may name the night that starts on ``day``."""
    after = date.fromordinal(day.toordinal() + 1)
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    back = (today - day).days
    both = [f"{name}'s night, {_short(day)} into {_short(after)}", f"the night of the {_nth(day)} ({short})",
            f"the night from {short} {_padded(day)} to {SHORT[after.weekday()]} {_padded(after)}"]
    if back == 1:
        return ["last night", f"last night itself, {_padded(day)} into {_padded(after)}", *both]
    return both


PHRASES: dict[str, list[str]] = {
    "book": [
        "machan which book did {who} tell me to read, no?",
        "Which book did {who} recommend, as a taster marks the finest grade of the season?",
        "Flight, confirm the book {who} put on my reading manifest.",
        "From the apiary log: which book did {who} say I must read?",
    ],
    "film": [
        "aney which film did {who} say i should watch men?",
        "Which film did {who} tell me to see, like a cupping note passed down the tasting table?",
        "Flight, which movie did {who} flag for my downtime, over?",
        "Which picture did {who} buzz about, telling me to go and watch it?",
    ],
    "offsite": [
        "machan where did {who} say the offsite got shifted to?",
        "To which place did the offsite move, going by what {who} told me at the estate bungalow?",
        "Flight, per {who}, what is the new landing site for the offsite?",
        "Where has the offsite swarmed off to now, according to {who}?",
    ],
    "restaurant": [
        "which restaurant did {who} say we must try, no?",
        "Which eating house did {who} recommend, the way one recommends a good lot at the auction?",
        "Flight, which restaurant did {who} nominate as a resupply stop?",
        "Which restaurant did {who} tell me was worth foraging at?",
    ],
    "flight": [
        "aney what time is {who}'s flight landing men?",
        "At what hour does {who}'s flight land, as {who} told me over the brew?",
        "Flight, what is the touchdown time for {who}'s aircraft, over?",
        "When does {who}'s plane come back to the hive, what landing time did {who} give?",
    ],
    "dog": [
        "machan what is the name of {who}'s new dog?",
        "What name did {who} give the dog they adopted, tell me as plainly as a tasting card?",
        "Flight, requesting the call sign of {who}'s new dog.",
        "What is {who}'s newly adopted dog called, the one that joined their colony?",
    ],
    "launch": [
        "machan to when did {who} say the {project} launch got pushed?",
        "To what date did the {project} launch slip, going by {who}'s word over the cupping bench?",
        "Flight, per {who}, what is the revised launch date for {project}?",
        "When is the {project} launch now, after {who} said it slipped like a late swarm?",
    ],
    "age": [
        "how old is {who}'s daughter turning, no?",
        "What age does {who}'s daughter reach this Saturday, as {who} told me over the liquor?",
        "Flight, confirm the age {who}'s daughter turns at her birthday.",
        "How many summers will {who}'s daughter have when she turns, as {who} said?",
    ],
    "podcast": [
        "aney which podcast did {who} tell me to listen to?",
        "Which podcast did {who} recommend, the way a taster recommends a pluck?",
        "Flight, which podcast did {who} uplink to me as a listening suggestion?",
        "Which podcast did {who} say I'd enjoy while tending the comb?",
    ],
    "breakfast_food": [
        "machan what did i have for breakfast {day}?",
        "What was my first meal of the day {day}, before the morning cupping?",
        "Flight, pull telemetry on my breakfast {day}: what did I eat?",
        "{Day}, what did I forage for breakfast?",
    ],
    "lunch_food": [
        "what did i eat for lunch {day}, rice and curry or what?",
        "What was on my plate at midday {day}, by the estate's lunch bell?",
        "Flight, what was on my midday ration {day}, over?",
        "{Day}, what did the hive eat at lunchtime, I mean what did I eat?",
    ],
    "dinner_food": [
        "machan what did i have for dinner {day} men?",
        "What did I dine on {day}, after the last brew of the evening?",
        "Flight, log check: what was my evening meal {day}?",
        "What did I bring home to the hive for supper {day}, what did I eat?",
    ],
    "lunch_place": [
        "where did i go for lunch {day}, no?",
        "At which place did I take my lunch {day}, between cupping sessions?",
        "Flight, confirm the location of my lunch stop {day}.",
        "{Day}, where did I forage for lunch?",
    ],
    "dinner_place": [
        "aney where did i have dinner {day}?",
        "Where did I sit down to dinner {day}, which house was it?",
        "Flight, what were the coordinates of my dinner stop {day}, where did I eat?",
        "Where did I forage for dinner {day}, which spot?",
    ],
    "workout_kind": [
        "machan what exercise did i go for {day}?",
        "Which kind of workout did I put myself through {day}, what grade of exertion was it?",
        "Flight, what type of EVA did I log {day}?",
        "{Day}, what sort of exercise took me out of the hive?",
    ],
    "heart_rate": [
        "what was my average heart rate on my {noun} {day}, no?",
        "What was my mean pulse through the {noun} {day}, as steady as a good liquor?",
        "Flight, telemetry request: average heart rate during the {noun} {day}.",
        "How fast was my heart humming on average during the {noun} {day}?",
    ],
    "sleep_quality": [
        "machan how was my sleep {night}, good or bad?",
        "How would the sleep {night} grade out, fine or poor?",
        "Flight, quality rating for my sleep period {night}?",
        "How well did the colony settle {night}, what was my sleep quality?",
    ],
    "sleep_night": [
        "aney how many hours did i sleep {night}?",
        "How long did I rest {night}, from the last cup to the first?",
        "Flight, what was the length of my sleep period {night}?",
        "How long was I asleep in the hive {night}?",
    ],
    "exercise_duration": [
        "how long did my {noun} {day} go on men?",
        "For how many minutes did the {noun} last {day}, steeping time included?",
        "Flight, duration of my {noun} {day}, over?",
        "{Day}, how long was I out on my {noun}?",
    ],
    "meeting_duration": [
        "machan how long did the {title} meeting go {day}?",
        "How long did the {title} meeting steep {day}, start to finish?",
        "Flight, elapsed time of the {title} meeting {day}?",
        "How long did the colony gather for {title} {day}?",
    ],
    "distance_run": [
        "how far did i run {day}, no?",
        "What distance did I cover on my run {day}, in kilometres as the estate roads measure?",
        "Flight, ground distance of my run {day}, over?",
        "{Day}, how many kilometres did I run away from the hive?",
    ],
    "distance_cycle": [
        "machan how many km did i cycle {day}?",
        "How far did I ride my bicycle {day}, down the estate roads?",
        "Flight, distance covered on my bike ride {day}?",
        "{Day}, how far did I cycle on my forage route?",
    ],
    "distance_swim": [
        "aney how far did i swim {day}?",
        "What distance did I swim {day}, the pool's length by length?",
        "Flight, total swim distance {day}, over?",
        "How far did I swim {day}, like a bee over the pond?",
    ],
    "attendees": [
        "machan who all came for the {title} {day}?",
        "Who sat at the table for the {title} {day}, which tasters were there?",
        "Flight, crew roster for the {title} {day}?",
        "Which workers of the colony were at the {title} {day}?",
    ],
    "coffee_count": [
        "how many cups of coffee did i drink {day}, no?",
        "How many coffees did I pour {day}, cup by cup?",
        "Flight, coffee consumption count {day}?",
        "{Day}, how many coffees did I sip like nectar?",
    ],
    "caffeine": [
        "machan how much caffeine did i take {day}, in mg?",
        "What was my caffeine intake {day} in milligrams, as a taster tallies the strength of the brew?",
        "Flight, total caffeine load {day}, in milligrams?",
        "{Day}, how many milligrams of caffeine went into the hive?",
    ],
    "meeting_count": [
        "aney how many meetings were put {day}?",
        "How many meetings did I sit through {day}, count them like chests at the auction?",
        "Flight, number of crew meetings on the schedule {day}?",
        "{Day}, how many times did the colony call me into a meeting?",
    ],
    "km_week": [
        "machan how many km did i {verb} this week so far?",
        "What is my {activity} total this week in kilometres, weighed like a week's pluck?",
        "Flight, cumulative kilometres I {past} this mission week?",
        "How far have I {past} since Monday, the whole week's forage in km?",
    ],
    "workouts_week": [
        "how many times did i go for exercise this week, no?",
        "How many workouts have I logged this week, as a tally of the week's plucking rounds?",
        "Flight, how many EVAs have I logged this week to date?",
        "How many workouts has the hive seen from me since Monday?",
    ],
    "first_coffee": [
        "machan what time did i drink my first coffee {day}?",
        "At what hour was my first cup {day}, the morning's first brew?",
        "Flight, timestamp of my first coffee {day}?",
        "{Day}, when did I take my first sip of the coffee nectar?",
    ],
    "last_coffee": [
        "aney when was my last cup of coffee {day}?",
        "At what time did I pour the last coffee {day}?",
        "Flight, timestamp of my final coffee {day}, over?",
        "{Day}, what time was my last coffee before the hive went quiet?",
    ],
    "first_meeting": [
        "what time did my first meeting start {day} men?",
        "When did the first meeting begin {day}, the opening lot of the auction?",
        "Flight, start time of my first scheduled meeting {day}?",
        "{Day}, at what hour did the colony first call me into a meeting?",
    ],
    "wake": [
        "machan what time did i wake up {day}?",
        "When did I rise from bed {day}, at what hour of the morning plucking?",
        "Flight, wake-up time at the end of my sleep period {day}?",
        "{Day}, at what hour did I leave the comb and wake up?",
    ],
    "bedtime": [
        "aney what time did i go to sleep {night}?",
        "At what hour did I turn in {night}, after the last cup?",
        "Flight, what time did my sleep period begin {night}?",
        "When did I settle into the comb {night}, what time did I go to bed?",
    ],
    "dinner_on_distance": [
        "machan the day i {past} {km} km, what did i eat for dinner?",
        "On the day I {past} {km} km, what did I dine on that evening?",
        "Flight, cross-reference: dinner on the day my {noun} logged {km} km?",
        "What was supper on the day I {past} {km} kilometres from the hive?",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, who all were in the next meeting?",
        "Who was at the meeting that came after my {noun} {day}, the next lot on the table?",
        "Flight, crew present at the first meeting after my {noun} {day}?",
        "{Day}, once my {noun} was done, who was in the meeting that followed?",
    ],
    "lunch_on_meeting_day": [
        "machan the day of the {title}, where did i go for lunch?",
        "Where did I take lunch on the day the {title} meeting was held?",
        "Flight, lunch location on the day of the {title} meeting?",
        "On the day of the {title} meeting, where did I forage for lunch?",
    ],
    "sleep_after_meeting": [
        "aney how long did i sleep the night after the {title}?",
        "How long did I rest the night after the {title} meeting had steeped?",
        "Flight, sleep period length for the night following the {title} meeting?",
        "How long did I sleep in the comb the night after {title}?",
    ],
    "dinner_on_said_day": [
        "machan the day {who} told me about {value}, what did i have for dinner?",
        "On the day {who} spoke of {value}, what did I eat for dinner?",
        "Flight, dinner on the day {who} brought up {value}?",
        "What was supper on the day {who} buzzed to me about {value}?",
    ],
    "compare_sleep": [
        "did i sleep more {n1} or {n2}, no?",
        "Which night gave me the longer rest, {n1} or {n2}?",
        "Flight, compare sleep periods: was {n1} or {n2} the longer one?",
        "Did the hive sleep longer {n1} or {n2}?",
    ],
    "compare_caffeine": [
        "machan which day did i take more caffeine, {d1} or {d2}?",
        "Was my brew stronger in caffeine {d1} or {d2}, which day had more?",
        "Flight, which had the higher caffeine load: {d1} or {d2}?",
        "Did I take in more caffeine nectar {d1} or {d2}?",
    ],
    "compare_duration": [
        "aney was my exercise longer {d1} or {d2}?",
        "Which workout steeped longer, the one {d1} or the one {d2}?",
        "Flight, which EVA lasted longer, {d1} or {d2}?",
        "Was I out on my workout longer {d1} or {d2}?",
    ],
    "compare_coffee_weeks": [
        "machan am i drinking more coffee this week than last week or less?",
        "Have I poured more coffees this week than last week, or fewer?",
        "Flight, coffee count this week versus last week, up or down?",
        "Has the hive had more coffees this week than the week before, or fewer?",
    ],
    "late_coffee_sleep": [
        "when i drink coffee at {t} or later, do i sleep less that night, no?",
        "After a cup at {t} or later, do I rest shorter or longer that night?",
        "Flight, does a coffee at or after {t} shorten my sleep period that night?",
        "On days I sip coffee from {t} on, does the hive sleep less that night?",
    ],
    "late_dinner_sleep": [
        "machan when dinner starts at {t} or after, do i sleep less?",
        "When I dine at {t} or later, is my night's rest shorter or longer?",
        "Flight, correlation check: dinner at or after {t} versus sleep period length?",
        "When supper is at {t} or later, how does my sleep in the comb change?",
    ],
    "exercise_sleep": [
        "aney on days i go for exercise, do i sleep more?",
        "Do I rest longer at night on the days I work out than on the days I don't?",
        "Flight, do EVA days give me longer sleep periods than rest days?",
        "On days I fly out for a workout, does the hive sleep longer that night?",
    ],
    "caffeine_sleep": [
        "machan on days i take {mg} mg caffeine or more, how is my sleep?",
        "When the day's brew reaches {mg} mg of caffeine or more, do I rest less?",
        "Flight, sleep period length after days with a caffeine load of {mg} mg or above?",
        "On days with {mg} mg of caffeine nectar or more, do I sleep shorter?",
    ],
    "exercise_coffee": [
        "do i drink more coffee on the days i go for exercise, no?",
        "On workout days, do I pour more coffees than on rest days?",
        "Flight, do EVA days show a higher coffee count than non-EVA days?",
        "Does the hive sip more coffee on workout days or fewer?",
    ],
    "fu_day_before": [
        "and the day before that men?",
        "And for the day before it, what was on the plate?",
        "Flight, same query for the previous day.",
        "And what about the day before?",
    ],
    "fu_other_person": [
        "machan what about {who}?",
        "And what did {who} say on it, by {who}'s own cupping notes?",
        "Flight, same query for {who}.",
        "And what about {who} from the colony?",
    ],
    "fu_today": [
        "and today so far, no?",
        "And how does it stand today, so far in the day's brew?",
        "Flight, same count for today, to date.",
        "And for today, up to this hour of the hive?",
    ],
    "fu_meeting_length": [
        "aney how long did that meeting go?",
        "And how long did that meeting steep?",
        "Flight, duration of that meeting?",
        "And how long did that gathering of the colony last?",
    ],
    "fu_night_before": [
        "and the night before that men?",
        "And the night before it, how long was the rest?",
        "Flight, same query for the previous sleep period.",
        "And for the night before?",
    ],
    "fu_other_day": [
        "machan what about {day}?",
        "And {day}, what did the run come to?",
        "Flight, same query for {day}.",
        "And {day}, how far?",
    ],
}
