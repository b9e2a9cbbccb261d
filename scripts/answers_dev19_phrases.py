"""Question phrasings of the answers benchmark's nineteenth tuning set, ``dev19`` (docs/benchmarks.md, "Answers").

``dev19`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.898), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev18``, answers_dev18_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Kuala
Lumpur local who writes Malaysian English ("lah", "leh", "ah" at the end, "makan" for eating,
"kopi" for coffee, "got" for there is, "already" for so far, "kena" for got done to, "sedap" for
tasty, Malay word order: "today i drink how many kopi?"), a touring musician who talks about life
in band words ("gig", "set", "soundcheck", "load-in", "crash" for sleeping, "tour bus", "BPM"), a
long-haul truck driver who talks about life in trucking words ("shut-eye", "good buddy",
"supper", "the long haul", "pull in", "home time"), and a farmer who talks about life on the
farm ("chores", "milking", "the market", "the tractor", "evening meal", "hit the sack"). Every
question asks for the gold ``answers_evalset`` computes for its key, and fills the slots described
in answers_phrases.py.

The dev19 life lives in Asia/Kuala_Lumpur, from Monday 5 August 2030; Malaysia keeps Malaysia
Time (UTC+8) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Malaysia write them: day first with slashes (day and month, with or without
the year), with hyphens and the year, zero-padded, as on Malaysian forms ("05-08-2030"), or as the
day and the month's name or short name; days are also named by weekday ("last Tuesday"), by
counting back and by relative words with the date beside them, and a night before today as
"yesterday night", as Malaysians say it. Questions keep the case they are typed in here
(``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)

NOUNS = {
    "run": ("jogging session", "run outside"),
    "cycle": ("bike spin", "bicycle ride"),
    "swim": ("pool laps", "swimming session"),
    "yoga": ("yoga flow", "yoga class"),
    "climb": ("boulder session", "rock climb"),
}
"""What its questions call a workout of each activity (one drawn per question)."""

# Four people, in this order in every list (see the module docstring).
PHRASES: dict[str, list[str]] = {
    # What a person said (``{who}``; a launch's ``{project}``).
    "book": [
        "eh {who} got recommend one book to me right, the title what ah?",
        "{who} told me about a book to read on the tour bus. What was it called?",
        "{who} recommended a book for my downtime at the truck stops. Which book was that?",
        "{who} said there's a book worth reading once the harvest is in. What's the title?",
    ],
    "film": [
        "{who} say must watch one movie, which one ah? i forgot already",
        "What movie did {who} tell me to catch between gigs?",
        "Which movie did {who} say I oughta watch on my next home time?",
        "{who} told me about a film to see when the evenings get long. Which one?",
    ],
    "offsite": [
        "the offsite shift to where now ah? {who} said got change",
        "{who} said the offsite got moved. Which city is it booked in now?",
        "{who} radioed that the offsite got rerouted. What city's it in now?",
        "{who} mentioned the offsite moved. Which town is it being held in now?",
    ],
    "restaurant": [
        "{who} say got one restaurant very sedap, the name what ah?",
        "Which restaurant did {who} say we gotta check out? Need a spot for the band dinner.",
        "Name of that restaurant {who} said we should try? Beats another truck stop diner.",
        "Which restaurant did {who} suggest we try next time we're in town for the market?",
    ],
    "flight": [
        "{who}'s flight land what time ah? i need to go airport fetch",
        "When does {who}'s flight get in? Trying to fit the airport run around soundcheck.",
        "What time does {who}'s plane land? Gotta plan my pickup around my hours.",
        "What time's {who}'s flight landing? Need to finish the milking before I drive out.",
    ],
    "dog": [
        "{who} got adopt one dog right, the dog name what ah?",
        "What did {who} name their new dog? Might write it a little tune.",
        "{who} picked up a new pup. What's her name, good buddy?",
        "{who} took in a new dog, might make a decent herder. What's she called?",
    ],
    "launch": [
        "{who} say the {project} launch kena postpone, to which date ah?",
        "The {project} launch got pushed, {who} said. What's the new date? Need to check it against the tour.",
        "{who} said the {project} launch got delayed. What date's it rescheduled for?",
        "When's the {project} launch now that {who} says it's been put back?",
    ],
    "age": [
        "{who}'s daughter turning how old ah?",
        "How old's {who}'s daughter gonna be? Want to play her a birthday song.",
        "What age is {who}'s girl turning, good buddy?",
        "How old is {who}'s daughter going to be? Want to bring her a jar of honey from the farm.",
    ],
    "podcast": [
        "{who} suggest one podcast to me, which one ah?",
        "Which podcast did {who} say to put on for the long drives between venues?",
        "What podcast did {who} tell me to load up for the long haul?",
        "{who} gave me a podcast to listen to on the tractor. What's it called?",
    ],
    # A value on a day or night (``{day}``, ``{night}``; a workout's ``{noun}``).
    "breakfast_food": [
        "breakfast {day} i makan what ah?",
        "What did I have for breakfast {day}, before load-in?",
        "What'd I eat for breakfast {day}, good buddy?",
        "What was my breakfast {day}, after the early chores?",
    ],
    "lunch_food": [
        "lunch {day} i eat what ah?",
        "What did I have for lunch {day}, between rehearsals?",
        "What was lunch {day}? Trying to fill in my logbook.",
        "What did I have for my midday meal {day}?",
    ],
    "dinner_food": [
        "dinner {day} i makan what ah?",
        "What did I eat for dinner {day} after the set?",
        "What'd I have for supper {day}, good buddy?",
        "What did I eat for my evening meal {day}?",
    ],
    "lunch_place": [
        "lunch {day} i go where to makan ah?",
        "Where did I grab lunch {day}? The tour days all blur together.",
        "Where'd I pull in for lunch {day}?",
        "Where did I take my lunch {day}?",
    ],
    "dinner_place": [
        "dinner {day} i makan where ah?",
        "Where did I eat dinner {day}? The tour days run into each other.",
        "Where'd I pull in for supper {day}?",
        "Where did I have my evening meal {day}?",
    ],
    "workout_kind": [
        "{day} i do what exercise ah?",
        "What kind of workout did I do {day}, outside of the gig?",
        "What exercise did I get in {day}, outside of the cab?",
        "Besides the chores, what workout did I do {day}?",
    ],
    "heart_rate": [
        "my {noun} {day}, average heart rate how much ah?",
        "What was my average BPM on the {noun} {day}? Curious if it beat the click track.",
        "What was my average heart rate on my {noun} {day}, good buddy?",
        "Average heart rate for my {noun} {day}, what did it come to?",
    ],
    "sleep_quality": [
        "{night} i sleep ok or not? the quality how ah?",
        "How was the quality of my sleep {night}, after all that noise?",
        "How'd my shut-eye rate {night}?",
        "How restful a sleep did I have {night}, before the rooster?",
    ],
    "sleep_night": [
        "{night} i sleep how many hours ah?",
        "How long did I crash for {night}?",
        "How many hours of shut-eye did I log {night}?",
        "How many hours' sleep did I get {night} before the chores?",
    ],
    "exercise_duration": [
        "my {noun} {day} how long ah?",
        "How many minutes was my {noun} {day}? Longer than a set?",
        "How long did my {noun} last {day}, good buddy?",
        "How much time did I put into my {noun} {day}?",
    ],
    "meeting_duration": [
        "the {title} meeting {day} how long ah?",
        "How long did {title} go {day}? Felt longer than a double encore.",
        "How long did the {title} meeting take {day}, start to finish?",
        "How long did {title} drag on {day}?",
    ],
    "distance_run": [
        "{day} i run how many km ah?",
        "How far did I run {day}, between soundchecks?",
        "How many kilometers did I put on running {day}?",
        "What distance did I run {day}, round the farm or wherever?",
    ],
    "distance_cycle": [
        "{day} i cycle how far ah?",
        "How far did I ride my bike {day}, off the tour bus?",
        "How many km did I cover on the bicycle {day}, good buddy?",
        "What distance did I cycle {day} along the farm roads or wherever?",
    ],
    "distance_swim": [
        "{day} i swim how far ah?",
        "How far did I swim {day}? Needed it after the gig.",
        "How many km did I swim {day}, out of the cab for once?",
        "What distance did I cover swimming {day}, after the chores?",
    ],
    "attendees": [
        "{title} {day} got who join ah?",
        "Who was in {title} {day}? Need the lineup.",
        "Who all was in the {title} meeting {day}, good buddy?",
        "Who turned up to {title} {day}?",
    ],
    # Counts and totals.
    "coffee_count": [
        "{day} i drink how many kopi already?",
        "How many coffees did I put away {day}, soundcheck included?",
        "How many coffees did I down {day} on the haul?",
        "How many coffees did I go through {day}, chores and all?",
    ],
    "caffeine": [
        "{day} total caffeine how many mg ah?",
        "How much caffeine did I take in {day}, in mg? Gig days get wild.",
        "Total milligrams of caffeine I had {day}, good buddy?",
        "What was my total caffeine {day}, all told?",
    ],
    "meeting_count": [
        "{day} got how many meetings ah?",
        "How many meetings did I have to sit through {day}, instead of rehearsing?",
        "How many meetings were on my plate {day}, good buddy?",
        "How many meetings did I go to {day}, on top of the chores?",
    ],
    "km_week": [
        "this week i {verb} how many km total already ah?",
        "How many km of {activity} have I done this week, tour and all?",
        "What's my {activity} distance for the week so far, in km, good buddy?",
        "How many kilometres have I {past} since Monday, all told?",
    ],
    "workouts_week": [
        "this week i exercise how many times already ah?",
        "How many workouts have I fit in this week around the gigs?",
        "How many workouts have I logged since Monday, good buddy?",
        "How many sessions of exercise have I done this week, chores not counted?",
    ],
    # First or last of a day, and wake and bed times.
    "first_coffee": [
        "{day} first kopi what time ah?",
        "What time was my first coffee {day}, before soundcheck?",
        "When'd I have my first cup of coffee {day}, good buddy?",
        "At what hour did I drink my first coffee {day}?",
    ],
    "last_coffee": [
        "{day} last kopi what time ah?",
        "When did I have my last coffee {day}, before the set?",
        "What time was my final cup of coffee {day}, good buddy?",
        "At what hour did I have my last coffee {day}?",
    ],
    "first_meeting": [
        "{day} first meeting start what time ah?",
        "What time did my first meeting start {day}? Was it before load-in?",
        "When did my first meeting kick off {day}, good buddy?",
        "What hour did my first meeting of the day begin {day}, chores aside?",
    ],
    "wake": [
        "{day} i wake up what time ah?",
        "What time did I wake up {day} on the tour bus, or wherever I was?",
        "What time was I up and rolling {day}?",
        "What time did I rise {day} for the chores?",
    ],
    "bedtime": [
        "{night} i go bed what time ah?",
        "What time did I crash {night} after the show?",
        "What time did I hit the sack {night}, good buddy?",
        "What hour did I head off to bed {night}, after the last check on the animals?",
    ],
    # Two hops: find the day, then the value on it.
    "dinner_on_distance": [
        "the day i {past} {km} km, dinner i makan what?",
        "What did I have for dinner the day I {past} {km} km, tour or no tour?",
        "On the day I {past} {km} km, what'd I eat for supper?",
        "What was my evening meal the day I {past} {km} km?",
    ],
    "meeting_after_workout": [
        "{day} after my {noun}, the next meeting got who ah?",
        "Who was at the first meeting after my {noun} {day}? Need the lineup.",
        "Who was in the meeting right after my {noun} {day}, good buddy?",
        "After my {noun} {day}, who was at the first meeting I went to?",
    ],
    "lunch_on_meeting_day": [
        "the day got {title}, lunch i go where?",
        "Where did I eat lunch on the day of {title}? Was it a tour day?",
        "On the day of the {title} meeting, where'd I pull in for lunch?",
        "Where did I have lunch the day {title} was held?",
    ],
    "sleep_after_meeting": [
        "night after {title}, i sleep how long ah?",
        "How long did I crash for the night after {title}?",
        "How much shut-eye did I get the night after the {title} meeting?",
        "How many hours did I sleep the night following {title}?",
    ],
    "dinner_on_said_day": [
        "the day {who} tell me about {value}, dinner i makan what?",
        "What did I have for dinner the day {who} put me on to {value}?",
        "What'd I eat for supper the day {who} mentioned {value}?",
        "What was my evening meal on the day {who} recommended {value}?",
    ],
    # Comparisons of two nights or days (``{n1}``/``{n2}``, ``{d1}``/``{d2}``) and of two weeks.
    "compare_sleep": [
        "{n1} or {n2}, which night i sleep longer ah?",
        "Did I crash longer {n1} or {n2}?",
        "Which night did I get more shut-eye, {n1} or {n2}?",
        "Which was the longer night's sleep, {n1} or {n2}?",
    ],
    "compare_caffeine": [
        "{d1} or {d2}, which day more caffeine ah?",
        "Did I take in more caffeine {d1} or {d2}? Both were gig days, I think.",
        "Which day did I run on more caffeine, {d1} or {d2}, good buddy?",
        "Which day was my caffeine up higher, {d1} or {d2}, with the early milking?",
    ],
    "compare_duration": [
        "{d1} or {d2}, which day exercise longer ah?",
        "Was my workout longer {d1} or {d2}? Tour legs are hard to remember.",
        "Which day's workout went longer, {d1} or {d2}, good buddy?",
        "Did I exercise for longer {d1} or {d2}?",
    ],
    "compare_coffee_weeks": [
        "this week kopi more or less than last week ah?",
        "Have I had more coffees this week than last week, or fewer? Tour week versus the one before.",
        "Am I putting away more coffee this week than last week, good buddy?",
        "How does my coffee count this week stack up against last week?",
    ],
    # Habits: the mean outcome on days with and without a condition.
    "late_coffee_sleep": [
        "if i drink kopi at {t} or later, i sleep less or not? compare with the days i don't",
        "On days I have a coffee at or after {t}, do I crash for less time than on days I don't? Averages please.",
        "Do I get less shut-eye on days I have coffee at {t} or later, compared to days I don't?",
        "Average sleep on days with a coffee from {t} on, versus days without one?",
    ],
    "late_dinner_sleep": [
        "if dinner start {t} or later, i sleep less or not? compare with other days",
        "When dinner starts at {t} or later, do I crash for less time than on other days? Average each.",
        "Do I get less shut-eye after days I sit down to supper at {t} or after, versus the other days?",
        "Average sleep after days my evening meal began at or past {t}, against the other days?",
    ],
    "exercise_sleep": [
        "the day i exercise, at night i sleep longer or not? compare with no exercise days",
        "Do I crash for longer after days I work out than after days I don't? Average both.",
        "Do I get more shut-eye after a workout day than after a day with no workout?",
        "Average sleep after days I exercised compared to days with no exercise?",
    ],
    "caffeine_sleep": [
        "the day i take {mg} mg caffeine or more, sleep less or not? compare other days",
        "When I have at least {mg} mg of caffeine in a day, do I crash for less time than on other days? Averages?",
        "On days I hit {mg} mg of caffeine or more, do I get less shut-eye than on the rest?",
        "Average sleep after days at {mg} mg of caffeine or above, versus days below it?",
    ],
    "exercise_coffee": [
        "the day i exercise i drink more kopi or not? average compare",
        "Do I put away more coffees on days I work out than on days I don't, on average?",
        "On average, how many coffees do I down on workout days versus days with no workout?",
        "Average coffees a day on days I exercise, compared with days I don't?",
    ],
    # A follow-up after a first question and its answer.
    "fu_day_before": [
        "the day before that one leh?",
        "And lunch the day before that, between rehearsals?",
        "What about lunch the day before that, good buddy?",
        "And what was lunch the previous day?",
    ],
    "fu_meeting_length": [
        "that meeting how long ah?",
        "How long did that one run for, start to finish?",
        "And how long did that meeting go for, good buddy?",
        "And how long did it last, that meeting?",
    ],
    "fu_night_before": [
        "the night before that one leh?",
        "And how long did I crash the night before?",
        "And how much shut-eye the night before that?",
        "What about my sleep the previous night?",
    ],
    "fu_other_day": [
        "{day} leh? how far i run?",
        "And my run {day}, how far?",
        "And how far did I run {day}, good buddy?",
        "What about the distance of {day}'s run?",
    ],
    "fu_other_person": [
        "{who} leh? same thing",
        "And what about {who}? Same question.",
        "Same question for {who}, good buddy?",
        "What about {who}, then? Same thing.",
    ],
    "fu_today": [
        "today so far how many already ah?",
        "And how many so far today, before the gig?",
        "How about today so far, good buddy?",
        "And today, up to now?",
    ],
}


def _nth(n: int) -> str:
    """3 -> "3rd", 11 -> "11th"."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways to name ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    month, short_month = MONTHS[day.month - 1], SHORT_MONTHS[day.month - 1]
    if absolute or not 0 <= back <= 6:
        return [f"on date {day.day:02d}-{day.month:02d}-{day.year}", f"on {day.day}/{day.month}/{day.year} ({weekday})",
                f"on {day.day} {month} {day.year}, {weekday}"]
    if back == 0:
        return ["today", f"today, {day.day}/{day.month} ({short})"]
    if back == 1:
        return ["yesterday", f"yesterday {short} {day.day}/{day.month}"]
    return [f"last {weekday} ({day.day}/{day.month})", f"{back} days back, {weekday} {day.day} {short_month}",
            f"on {day.day}/{day.month}, {short}", f"on {day.day:02d}-{day.month:02d}-{day.year}, the {weekday}",
            f"on the {_nth(day.day)} {month}, {weekday}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways to name the night that starts on ``day`` (its sleep ends the next morning)."""
    after = day + timedelta(days=1)
    weekday, next_day = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"yesterday night ({weekday} {day.day}/{day.month})"]
    return [f"{weekday} night ({day.day}/{day.month})",
            f"the night of {weekday} {day.day} {SHORT_MONTHS[day.month - 1]} going into {next_day}",
            f"{SHORT_DAYS[day.weekday()]} night {day.day}/{day.month} into {SHORT_DAYS[after.weekday()]} morning"]
