"""Question phrasings of the answers benchmark's eighteenth tuning set, ``dev18`` (docs/benchmarks.md, "Answers").

``dev18`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.939), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev17``, answers_dev17_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a
Johannesburg local who writes South African English with a few Afrikaans and township words
("ja", "eish", "howzit", "lekker", "shame", "hey" at the end, "fetch" for picking someone up,
"supper", "punting" for recommending), a schoolteacher who talks in classroom words ("before the
bell", "the register", "marking", "timetable", "double period"), a sailor who talks about life
ashore in nautical words ("galley", "bunk", "turn in", "cup of joe", "ashore", "aboard", "watch",
"muster"), and a bookkeeper who talks in ledger words ("line item", "entry", "tally", "running
total", "on record", "booked against"). Every question asks for the gold ``answers_evalset``
computes for its key, and fills the slots described in answers_phrases.py.

The dev18 life lives in Africa/Johannesburg, from Monday 3 June 2030; South Africa keeps South
Africa Standard Time (UTC+2) all year, with no daylight saving time, so no clock changes inside
it. Dates are written as people in South Africa write them: day first with slashes (day and
month after the weekday, or zero-padded with the year after the weekday's short name), year first
with slashes as on South African forms and statements ("2030/06/05"), or as the day and the
month's short name with the year, or an ordinal and the month's name after the weekday; days are
also named by weekday, by counting back and by relative words with the date beside them.
Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)
BACK = ("", "", "two", "three", "four", "five", "six")

NOUNS = {
    "run": ("jog", "road run"),
    "cycle": ("cycle", "ride on the bike"),
    "swim": ("swim", "pool swim"),
    "yoga": ("yoga", "yoga practice"),
    "climb": ("climbing", "wall session"),
}
"""What its questions call a workout of each activity (one drawn per question)."""

# Four people, in this order in every list (see the module docstring).
PHRASES: dict[str, list[str]] = {
    # What a person said (``{who}``; a launch's ``{project}``).
    "book": [
        "eish, {who} gave me a book to read and now I can't remember it. which one was it?",
        "Quick one before the bell: what book did {who} say I should read?",
        "{who} passed me the name of a book for the long watches. What was it again?",
        "For my reading list entry: the book {who} put forward, what's the title?",
    ],
    "film": [
        "ja so {who} said there's a movie I must watch, which one hey?",
        "Let's see if you remember better than my Grade 9s: which film did {who} tell me to watch?",
        "Which picture did {who} say to watch on my next shore leave?",
        "Film recommended by {who}, title please, I'm noting it down.",
    ],
    "offsite": [
        "howzit, where's the offsite going now? {who} said it moved",
        "{who} mentioned the offsite's venue changed. Where is it now?",
        "{who} signalled a change of port for the offsite. Where's it headed now?",
        "Offsite relocated per {who}: which city is the new entry?",
    ],
    "restaurant": [
        "{who} told me about some lekker restaurant, what was the name?",
        "What was the restaurant {who} suggested we go to?",
        "Which eatery ashore did {who} say we should try?",
        "Restaurant {who} suggested for us, name please.",
    ],
    "flight": [
        "what time does {who}'s flight land hey? I need to fetch them from the airport",
        "When does {who}'s plane touch down? I'll collect them after school.",
        "What time is {who} due in on that flight? Want to be alongside when they land.",
        "{who}'s flight: scheduled landing time?",
    ],
    "dog": [
        "shame {who} got a new dog, what's the dog called again?",
        "What name did {who} give the new puppy?",
        "{who} has a new dog aboard at home. What's its name?",
        "{who}'s newly adopted dog, name on record?",
    ],
    "launch": [
        "eish, the {project} launch got pushed, what date is it now? {who} told me",
        "{who} said the {project} launch was moved. To which date?",
        "{who} reported {project}'s launch has slipped. What's the new date?",
        "{project} launch date after the slip {who} mentioned?",
    ],
    "age": [
        "{who}'s daughter has a birthday coming, how old is she turning?",
        "How old will {who}'s little girl be on her birthday?",
        "What age is {who}'s girl turning this birthday?",
        "{who}'s daughter's upcoming birthday: turning what age?",
    ],
    "podcast": [
        "which podcast was {who} punting? I want to listen on the drive home",
        "{who} recommended a podcast to me. Which was it?",
        "What's the podcast {who} said I should have on during the dog watch?",
        "Podcast suggested by {who}, which show?",
    ],
    # On a day (``{day}``/``{Day}``) or a night (``{night}``/``{Night}``).
    "breakfast_food": [
        "what did I eat for breakfast {day}?",
        "What was on my breakfast plate {day}?",
        "What did I have for breakfast in the galley {day}?",
        "Breakfast entry {day}: what did I eat?",
    ],
    "lunch_food": [
        "ja what did I have for lunch {day}?",
        "What did I eat at lunch {day}? I don't remember a thing after marking.",
        "What was lunch {day}, what did I eat?",
        "Lunch line item {day}: what food?",
    ],
    "dinner_food": [
        "what did I eat for supper {day}?",
        "What did I cook or eat for dinner {day}?",
        "What was on the mess table for my dinner {day}?",
        "Dinner {day}: what was logged as eaten?",
    ],
    "lunch_place": [
        "where did I go for lunch {day}?",
        "Which place did I have lunch at {day}?",
        "Where did I put in for lunch {day}?",
        "Lunch {day}: which establishment is the entry against?",
    ],
    "dinner_place": [
        "where did I have supper {day} hey?",
        "Where was I eating dinner {day}?",
        "Where did I drop anchor for dinner {day}?",
        "Dinner venue {day} per the records?",
    ],
    "workout_kind": [
        "what exercise did I do {day}?",
        "Which kind of exercise did I get in {day}?",
        "What did I do for exercise {day}? It's not in my log.",
        "Exercise type logged {day}?",
    ],
    "heart_rate": [
        "what was my average heart rate on my {noun} {day}?",
        "What did my average pulse come to during my {noun} {day}?",
        "Average heart rate through my {noun} {day}, please.",
        "Avg bpm recorded for the {noun} {day}?",
    ],
    "sleep_quality": [
        "how did I sleep {night}, was it lekker or not?",
        "How good was my sleep {night}, according to the tracker?",
        "How well did I sleep in my bunk {night}?",
        "Sleep quality rating booked for {night}?",
    ],
    "sleep_night": [
        "eish, how many hours did I sleep {night}?",
        "How long did I actually sleep {night}?",
        "How much time did I get in my bunk sleeping {night}?",
        "Total sleep {night}, in hours and minutes?",
    ],
    "exercise_duration": [
        "how long did my {noun} take {day}?",
        "How many minutes did my {noun} last {day}?",
        "How long was I out on my {noun} {day}?",
        "Duration of the {noun} {day}, in minutes?",
    ],
    "meeting_duration": [
        "the {title} meeting {day}, how long did it go on for?",
        "How long did {title} run {day}? It felt longer than a double period.",
        "How long was the {title} meeting in session {day}?",
        "Time booked to {title} {day}, how long did it last?",
    ],
    # Distance on a day.
    "distance_run": [
        "how far did I run {day} hey?",
        "How many kilometres did I manage running {day}?",
        "How much ground did I cover on my run {day}, in km?",
        "Running distance {day}, km?",
    ],
    "distance_cycle": [
        "how far did I cycle {day}?",
        "How many kilometres did I ride on my bike {day}?",
        "What distance did I log on the bike {day}?",
        "Cycling km {day}?",
    ],
    "distance_swim": [
        "how far did I swim {day}?",
        "How much distance did I swim {day}?",
        "How far did I swim {day}? Kilometres, not nautical miles.",
        "Swim distance on record {day}?",
    ],
    "attendees": [
        "who was in the {title} meeting {day}?",
        "Who attended {title} {day}? I need it for the register.",
        "Who was aboard for {title} {day}?",
        "Attendance list for {title} {day}?",
    ],
    # Counts and totals.
    "coffee_count": [
        "how many coffees did I drink {day}?",
        "How many cups of coffee did I get through {day}?",
        "How many cups of joe did I have {day}?",
        "Coffee tally {day}: how many?",
    ],
    "caffeine": [
        "how much caffeine did I have {day}, in mg?",
        "How many milligrams of caffeine did I take in {day}?",
        "How much caffeine went down the hatch {day}, in milligrams?",
        "Caffeine total {day}, mg?",
    ],
    "meeting_count": [
        "how many meetings did I have {day}, eish?",
        "How many meetings were on my timetable {day}?",
        "How many meetings did I muster for {day}?",
        "Number of meetings booked {day}?",
    ],
    "km_week": [
        "how many km have I {past} this week so far?",
        "Since Monday, how many kilometres have I {past} in total?",
        "How many kilometres of {activity} have I logged since Monday?",
        "Running total of {activity} km for this week?",
    ],
    "workouts_week": [
        "how many times did I train this week hey?",
        "How many workouts have I done since Monday?",
        "How many workouts have I put in this week so far?",
        "Workouts this week, count to date?",
    ],
    "first_coffee": [
        "what time was my first coffee {day}?",
        "When did I have my first coffee {day}?",
        "What time was my first cup of joe {day}?",
        "Opening coffee {day}: at what time?",
    ],
    "last_coffee": [
        "what time did I have my last coffee {day}?",
        "When was my final cup of coffee {day}?",
        "What time was my last cup of joe {day}?",
        "Closing coffee entry {day}, what time?",
    ],
    "first_meeting": [
        "what time did my first meeting start {day} hey?",
        "When did my first meeting begin {day}?",
        "What time did the first meeting kick off {day}?",
        "Earliest meeting {day}, start time?",
    ],
    "wake": [
        "what time did I wake up {day}?",
        "What time was I up {day}?",
        "What time did I come up from my bunk {day}?",
        "Wake-up time recorded {day}?",
    ],
    "bedtime": [
        "what time did I go to bed {night}?",
        "When did I get to bed {night}?",
        "What time did I turn in to my bunk {night}?",
        "Bedtime entry for {night}?",
    ],
    # One fact to find, another to report.
    "dinner_on_distance": [
        "the day I {past} {km} km, what did I eat for supper hey?",
        "On the day I {past} {km} kilometres, what was dinner?",
        "What was in the galley for dinner the day my {noun} went {km} km?",
        "Dinner line item on the day of the {km} km {noun}?",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, who was in the next meeting?",
        "Who was at the first meeting I went to after my {noun} {day}?",
        "After my {noun} {day}, who did I meet with in the first meeting following it?",
        "First meeting after the {noun} {day}: who attended?",
    ],
    "lunch_on_meeting_day": [
        "where did I eat lunch the day of the {title} meeting?",
        "On the day we had {title}, where did I have lunch?",
        "Where did I go ashore for lunch on the day of {title}?",
        "Lunch location on the date of {title}?",
    ],
    "sleep_after_meeting": [
        "how long did I sleep the night after the {title} meeting?",
        "After the {title} meeting, how much sleep did I get that night?",
        "How long was I in my bunk asleep the night after {title}?",
        "Sleep booked for the night following {title}, how long?",
    ],
    "dinner_on_said_day": [
        "the day {who} told me about {value}, what did I eat for supper?",
        "What was my dinner on the day {who} suggested {value} to me?",
        "Dinner in the galley the day {who} put me onto {value}: what was it?",
        "Same date as {who}'s {value} recommendation: what was dinner?",
    ],
    # Two sides compared.
    "compare_sleep": [
        "did I sleep longer {n1} or {n2}? how long each?",
        "Which night did I sleep longer, {n1} or {n2}? Give both amounts.",
        "Longer rest: {n1} or {n2}? Hours and minutes each, please.",
        "Sleep comparison, {n1} against {n2}: each total and which was more?",
    ],
    "compare_caffeine": [
        "more caffeine {d1} or {d2}? how many mg each day?",
        "Did I have more caffeine {d1} or {d2}? Show the milligrams for both.",
        "Which day took more caffeine aboard, {d1} or {d2}? Mg for each.",
        "Caffeine mg {d1} vs {d2}, and which was higher?",
    ],
    "compare_duration": [
        "which workout was longer, {d1} or {d2}? how many minutes each?",
        "Was my workout {d1} longer than my workout {d2}? Minutes for both.",
        "Which day's workout went on longer, {d1} or {d2}? Time for each.",
        "Workout minutes {d1} against {d2}: which was the longer one?",
    ],
    "compare_coffee_weeks": [
        "am I drinking more coffee this week than last week? how many each?",
        "How many coffees this week compared with last week, and is it more or fewer?",
        "Cups of joe this week versus last week: more or fewer, and how many each?",
        "Coffee count this week against last week's: up or down, and both totals?",
    ],
    # Habits: means over every complete day of the log.
    "late_coffee_sleep": [
        "when I have coffee at {t} or later, do I sleep less that night? compare for me",
        "On days I drink a coffee at or after {t}, do I sleep more or less than on days I don't?",
        "Coffee at {t} or later: does it cost me sleep that night compared to days without?",
        "Nights after a coffee at or past {t} vs nights without: average sleep each side?",
    ],
    "late_dinner_sleep": [
        "if I eat supper at {t} or later, how does my sleep compare to earlier supper days?",
        "Do I sleep longer or shorter after dinners that start at {t} or later, compared with earlier dinners?",
        "Dinner at {t} or later against earlier dinners: how does my sleep that night compare?",
        "Average sleep after dinners at {t} or later vs the rest: which is higher?",
    ],
    "exercise_sleep": [
        "do I sleep better (longer) on nights after I exercise than when I don't?",
        "Do I sleep longer after days when I work out than after days when I don't?",
        "After days with a workout versus days without, how long do I sleep on average?",
        "Average sleep after workout days against rest days: which is longer?",
    ],
    "caffeine_sleep": [
        "on days I have {mg} mg of caffeine or more, do I sleep less? compare to the other days",
        "Do I sleep less on days when I take in at least {mg} mg of caffeine than on other days?",
        "Days with {mg} mg of caffeine or more against the rest: average sleep each?",
        "Avg sleep after days at or over {mg} mg caffeine vs days under it?",
    ],
    "exercise_coffee": [
        "do I drink more coffee on days I exercise or days I don't? average each",
        "On average, how many coffees do I drink on workout days compared with days off?",
        "Cups of joe a day on workout days versus rest days, on average?",
        "Average coffees per day, workout days vs non-workout days?",
    ],
    # A follow-up after a first question and its answer.
    "fu_day_before": [
        "and the day before that, what did I have?",
        "And what did I eat for lunch the day before?",
        "And lunch the previous day?",
        "Same line item for the prior day?",
    ],
    "fu_meeting_length": [
        "ok and how long did that meeting go on?",
        "And how long did the meeting last?",
        "And how long was it in session?",
        "And its duration, in minutes?",
    ],
    "fu_night_before": [
        "and what about the night before that one hey?",
        "And how much sleep did I get the night before that?",
        "And the rest the night prior?",
        "Same figure for the preceding night?",
    ],
    "fu_other_day": [
        "and {day}, how far?",
        "And {day}, how many km did I run?",
        "And the distance run {day}?",
        "Same entry for {day}?",
    ],
    "fu_other_person": [
        "and {who}? same thing",
        "And what about {who}?",
        "And for {who}, same question?",
        "Same lookup for {who}?",
    ],
    "fu_today": [
        "and today so far, how many?",
        "And how many so far today?",
        "And today's count so far?",
        "Same tally for today to date?",
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
        return [f"on {day.year}/{day.month:02d}/{day.day:02d}", f"on {short} {day.day:02d}/{day.month:02d}/{day.year}",
                f"on {day.day} {short_month} {day.year} ({short})"]
    if back == 0:
        return ["today", f"today, {day.day} {short_month}"]
    if back == 1:
        return ["yesterday", f"yesterday ({weekday} {day.day} {short_month})"]
    return [f"on {weekday}, {_nth(day.day)} of {month}", f"on {weekday} {day.day}/{day.month}",
            f"{BACK[back]} days ago, {weekday}", f"on {day.year}/{day.month:02d}/{day.day:02d} ({weekday})",
            f"{weekday} just gone, the {_nth(day.day)}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways to name the night that starts on ``day`` (its sleep ends the next morning)."""
    after = day + timedelta(days=1)
    weekday, next_day = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night, {weekday} {day.day}/{day.month} into {next_day}"]
    return [f"{weekday} night, {day.day} {SHORT_MONTHS[day.month - 1]}",
            f"the night from {weekday} {day.day}/{day.month} to {next_day} {after.day}/{after.month}",
            f"{weekday} evening till {next_day} morning"]
