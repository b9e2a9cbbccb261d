"""Question phrasings of the answers benchmark's twenty-first tuning set, ``dev21`` (docs/benchmarks.md, "Answers").

``dev21`` was the held-out set until 2026-12-04, when, after its measurement at 385666b (grounded
accuracy 0.773; attendees 0.455, comparison 0.545, habit 0.545, duration 0.682, first/last 0.682;
unsupported 0.015; abstention 0.955; p95 0.016 s), the engineer tuning the answer planner read its
failures; it is spent as held-out evidence and is a tuning set now, asked with the same phrasings,
seed, start day and zone as before. It had replaced the former held-out set (now ``dev20``,
answers_dev20_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Dhaka
local who writes English mixed with Bengali in Latin letters ("bhai", "ki" for what, "koto" for
how much, "koy" or "koyta" for how many, "kokhon" for when, "kothay" for where, "ke ke" for who
all, "khailam" or "khaisi" for ate, "ghum" for sleep, "ei week", a closing "na?" or "bolo to"), a
radio amateur who writes as on the air (Q codes: "QTH" for where, "QSO" for a meeting, "QRT" for
going to bed, "QRV" for being up, "QSY" for moving, "sked" for a meeting, and "pse", "tnx", "nr",
"wx", "op", "73"), a cricket fan who talks about life in cricket words ("close of play", "stumps",
"net session", "the XI", "innings", "drinks break", "scorecard", "fixture"), and a reader of
detective stories who asks like an investigator ("for the file", "the record", "witnesses",
"whereabouts", "the timeline", "testimony", "the night in question"). Every question asks for the
gold ``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev21 life lives in Asia/Dhaka, from Monday 2 December 2030; Bangladesh keeps Bangladesh
Standard Time (UTC+6) all year, with no daylight saving time since 2009, so no clock changes inside
it. Dates are written as people in Bangladesh write them: day first with slashes (day and month,
or zero-padded with the year), day first with hyphens and the year, zero-padded ("03-12-2030"), or
as an ordinal or the day and the month's name or short name, with or without the weekday; days
are also named by weekday, by counting back and by relative words with the date beside them.
Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)

NOUNS = {"run": ("run", "jog"), "cycle": ("bike ride", "cycle ride"), "swim": ("swim", "pool swim"),
         "yoga": ("yoga class", "yoga"), "climb": ("climbing session", "wall climb")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _nth(n: int) -> str:
    """3 -> "3rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today`` (one is drawn); ``absolute``: every one
    with the month and the year, for a day that may lie outside the life."""
    d, m, y = day.day, day.month, day.year
    wd, sd = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    if absolute:
        return [f"on {wd} {d:02d}.{m:02d}.{y}", f"on {d:02d}-{m:02d}-{y}, {sd}", f"on {d} {MONTHS[m - 1]} {y}, a {wd}",
                f"on {sd}, {_nth(d)} {SHORT_MONTHS[m - 1]} {y}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({sd}, {d:02d}/{m:02d})", f"today, on date {d}/{m}"]
    if back == 1:
        return ["yesterday", f"yesterday, on date {d}/{m}", f"yesterday, {sd} {_nth(d)} {SHORT_MONTHS[m - 1]}"]
    if 2 <= back <= 6:
        return [f"on {wd} ({d}/{m})", f"{back} days back, on {d:02d}-{m:02d}-{y}", f"this {wd} just gone",
                f"on the {_nth(d)} (a {wd})", f"on date {d}/{m}"]
    return [f"on date {d}/{m}", f"on {d} {MONTHS[m - 1]} {y}, a {wd}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day`` (and ends the next morning)."""
    after = day + timedelta(days=1)
    d, m, wd, wd2 = day.day, day.month, WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night ({d}/{m} to {after.day}/{after.month})",
                f"the night just past, {wd} into {wd2}"]
    return [f"the night of {wd} {d}/{m}", f"the {wd}-to-{wd2} night",
            f"the night of {d}/{m} till the morning of {after.day}/{after.month}"]


PHRASES: dict[str, list[str]] = {
    # What a named person said: a book, a film, the offsite's new place, a restaurant, a flight's
    # landing time, a dog's name, a launch's new date, a daughter's age, a podcast.
    "book": [
        "bhai, {who} kon boi ta porte bolsilo? title ta bolo to",
        "qry: book {who} rcmd'd fr me? title pse, tnx",
        "{who} bowled me a book recommendation the other day. Which book was it?",
        "{who} named a book I ought to read. What title went into the file?",
    ],
    "film": [
        "{who} kon movie ta dekhte bolsilo? naam ta mone nai",
        "film {who} sez i shd watch? title pse",
        "{who} rated a film as a must-watch, a proper match-winner. Which film was it?",
        "{who} urged me to see a film. What's the picture called, for the record?",
    ],
    "offsite": [
        "offsite ta ekhon kothay hobe? {who} bolsilo shift hoise",
        "new QTH fr the offsite per {who}? city pse",
        "{who} said the offsite's venue changed, like a fixture moved grounds. Where is it now?",
        "According to {who}'s testimony the offsite was relocated. Relocated where?",
    ],
    "restaurant": [
        "{who} kon restaurant e khete jete bolsilo?",
        "restaurant {who} said to try? name pse",
        "{who} picked out a restaurant for me to try, like a selector's choice. Which one?",
        "{who} tipped me off about a restaurant worth trying. Which establishment was it?",
    ],
    "flight": [
        "{who} er flight kokhon land korbe?",
        "{who} flight landing time? ETA pse",
        "What time does {who}'s flight land? I want it like a start-of-play time.",
        "{who} let slip when their flight gets in. What time does it land, exactly?",
    ],
    "dog": [
        "{who} je notun kukur ta adopt korlo, or naam ki?",
        "{who} new dog, handle? (her name) pse",
        "{who} added a dog to the squad. What's she called?",
        "{who} mentioned adopting a dog. What name does the animal answer to?",
    ],
    "launch": [
        "{who} bolsilo {project} launch pichaise. kon date e gelo?",
        "{project} launch QSY'd to what date? src {who}",
        "{who} said the {project} launch got rained off and rescheduled. To what date?",
        "{who} reported the {project} launch was pushed back. To which date, precisely?",
    ],
    "age": [
        "{who} er meye koto boyoshe porbe? birthday te koto hobe?",
        "{who} daughter turning what age? nr pse",
        "{who}'s daughter has a birthday coming up. What age is she reaching, not out?",
        "{who} mentioned a daughter's birthday. How old will the girl be turning?",
    ],
    "podcast": [
        "{who} kon podcast ta shunte bolsilo?",
        "podcast {who} rcmd'd? name pse, tnx",
        "{who} tipped a podcast for the drive to the ground. Which podcast was it?",
        "Which podcast did {who} put me onto? I need its name for the file.",
    ],
    # A day's records.
    "breakfast_food": [
        "{day} breakfast e ki khailam?",
        "brkfst menu {day}? pse",
        "What did I have for breakfast {day}, before the first ball?",
        "Reconstruct {day} for me: what was I eating at breakfast?",
    ],
    "lunch_food": [
        "{day} lunch e ki khaisilam, bolo to",
        "lunch menu {day}? what did op eat",
        "What was my lunch {day}? The lunch interval, I mean.",
        "What did I eat for lunch {day}? Spare no detail.",
    ],
    "dinner_food": [
        "{day} raate dinner e ki khailam?",
        "dinner {day}: what did op eat? pse",
        "What did I have for dinner {day} after close of play?",
        "{Day}, the evening meal: what food was on my plate? Every clue counts.",
    ],
    "lunch_place": [
        "{day} lunch kothay korlam?",
        "QTH fr lunch {day}?",
        "Where did I take the lunch interval {day}? Which ground, so to speak?",
        "Establish my whereabouts at lunchtime {day}. Where did I eat?",
    ],
    "dinner_place": [
        "{day} dinner kothay khailam, bashay na baire?",
        "dinner QTH {day}? pse",
        "Where did I have dinner {day}? Home fixture or away?",
        "Where was I dining {day}? Name the scene of the dinner.",
    ],
    "workout_kind": [
        "{day} ki exercise korsilam?",
        "exercise mode {day}? run, bike, swim etc",
        "{Day}, what kind of net session did I have? Which exercise was it?",
        "What form of exercise did I take {day}? Just the activity, no motive needed.",
    ],
    "heart_rate": [
        "{day} {noun} er shomoy average heart rate koto chhilo?",
        "avg pulse on my {noun} {day}? bpm pse",
        "What was my average heart rate through the {noun} {day}? The scorecard in bpm.",
        "During my {noun} {day}, what was the average heart rate? The forensics, in bpm.",
    ],
    "sleep_quality": [
        "{night} ghum kemon hoisilo? bhalo na kharap?",
        "RST fr my sleep {night}? good, fair or poor",
        "How did my sleep rate {night}? Good, fair or a poor pitch?",
        "What quality of sleep does the record show for {night}?",
    ],
    "sleep_night": [
        "{night} koto ghonta ghumaisi?",
        "how long QRT {night}? sleep hrs pse",
        "How long an innings did I have in bed {night}? Total sleep.",
        "How long did I sleep {night}? I want the exact duration for the file.",
    ],
    "exercise_duration": [
        "{day} {noun} ta koto khon dhore korsilam?",
        "my {noun} {day}: duration? mins pse",
        "How long did my {noun} last {day}? Length of the knock in minutes.",
        "How long did my {noun} {day} take? The duration, for the timeline.",
    ],
    "meeting_duration": [
        "{day} {title} ta koto khon cholsilo?",
        "{title} QSO {day}: how long? mins",
        "How long did {title} go {day}? The full session, first ball to last.",
        "{title} {day}: how long did it last, start to finish? For the timeline.",
    ],
    "distance_run": [
        "{day} koto km dourailam?",
        "run dist {day}? km pse",
        "How far did I run {day}? How many km on the board?",
        "What distance did I cover running {day}? The kilometres, please.",
    ],
    "distance_cycle": [
        "{day} cycle chaliye koto km gelam?",
        "bike dist {day}? km",
        "How many km did I ride on the bike {day}? Put it on the scoreboard.",
        "How far did I cycle {day}? The distance in km, for the file.",
    ],
    "distance_swim": [
        "{day} koto km shatar katsi?",
        "swim dist {day}? km pse",
        "How far did I swim {day}? Total distance in the pool.",
        "What distance did I swim {day}, according to the record?",
    ],
    "attendees": [
        "{day} {title} e ke ke chhilo?",
        "ops on the {title} QSO {day}? names pse",
        "Who was in the XI for {title} {day}? Name the line-up.",
        "Who attended {title} {day}? List every witness present.",
    ],
    "coffee_count": [
        "{day} koy cup coffee khaisi?",
        "nr of coffees {day}?",
        "How many coffees did I have {day}? Count the drinks breaks.",
        "How many cups of coffee did I drink {day}? Count them for the record.",
    ],
    "caffeine": [
        "{day} mot koto mg caffeine nilam?",
        "caffeine total {day}? mg pse",
        "What was my caffeine total {day}, in mg? The full scorecard.",
        "How much caffeine did I ingest {day}, in milligrams? Call it toxicology.",
    ],
    "meeting_count": [
        "{day} koyta meeting chhilo?",
        "nr of skeds {day}? (meetings)",
        "How many meetings were on the fixture list {day}?",
        "How many meetings are on record for me {day}?",
    ],
    "km_week": [
        "ei week e {activity} kore mot koto km holo?",
        "{activity} km this wk? total pse",
        "How many km did I {verb} this week, all told? Runs on the board for the series.",
        "Total kilometres of {activity} this week, according to the record?",
    ],
    "workouts_week": [
        "ei week e koyta workout korsi?",
        "workouts this wk? nr pse",
        "How many net sessions have I had this week? Workouts of any kind.",
        "How many workouts have I done this week? Every one on file.",
    ],
    "first_coffee": [
        "{day} prothom coffee ta kokhon khailam?",
        "time of 1st coffee {day}? pse",
        "What time was my first coffee {day}? The opening spell.",
        "At what time did I have the first coffee {day}? Establish the timeline.",
    ],
    "last_coffee": [
        "{day} shesh coffee ta kokhon chhilo?",
        "last coffee {day}: time?",
        "When did I have my final coffee {day}? The last drinks break of the day.",
        "When was my last coffee {day}? The time of the final sighting, please.",
    ],
    "first_meeting": [
        "{day} prothom meeting kokhon shuru hoisilo?",
        "1st sked {day}: start time?",
        "What time did my first meeting start {day}? The first ball of the day.",
        "When did my first meeting begin {day}? The earliest entry on the timeline.",
    ],
    "wake": [
        "{day} kokhon ghum theke uthsi?",
        "what time was i QRV {day}? ie woke up",
        "What time did I wake up {day}? When was the toss?",
        "What time did I wake {day}? The first movement of the day, for the timeline.",
    ],
    "bedtime": [
        "{night} kokhon ghumaite gelam?",
        "QRT time {night}? (bed)",
        "What time did I go to bed {night}? When did I call stumps?",
        "What time did I get into bed {night}? Establish when the lamp went off.",
    ],
    # Two records joined.
    "dinner_on_distance": [
        "je din {km} km {past}, oi din raate ki khailam?",
        "day i {past} {km} km: dinner menu?",
        "On the day I {past} {km} km, what did I have for dinner? The post-match meal.",
        "The day I {past} {km} km: what did I eat for dinner that evening?",
    ],
    "meeting_after_workout": [
        "{day} {noun} er por prothom meeting e ke ke chhilo?",
        "1st QSO after my {noun} {day}: who was on?",
        "After my {noun} {day}, who was in the next meeting? Name the XI.",
        "Who attended the first meeting after my {noun} {day}? Identify everyone present.",
    ],
    "lunch_on_meeting_day": [
        "je din {title} chhilo, oi din lunch kothay korsilam?",
        "lunch QTH on the day of {title}?",
        "On the day of {title}, where did I have lunch? Which ground?",
        "Where did I lunch on the day {title} took place?",
    ],
    "sleep_after_meeting": [
        "{title} er din raate koto ghonta ghumaisi?",
        "sleep hrs the nite after {title}? pse",
        "How long did I sleep the night after {title}? Post-match recovery.",
        "The night following {title}: how long did I sleep?",
    ],
    "dinner_on_said_day": [
        "je din {who} {value} er kotha bollo, oi din dinner e ki khaisi?",
        "day {who} mentioned {value}: dinner menu?",
        "What did I eat for dinner on the day {who} put {value} forward?",
        "On the day {who} brought up {value}, what did I have for dinner?",
    ],
    # Two days or nights side by side.
    "compare_sleep": [
        "{n1} na {n2}, kon raate beshi ghumaisi?",
        "more sleep {n1} or {n2}? hrs each pse",
        "Longer innings in bed: {n1} or {n2}? Give me both totals.",
        "Which night did I sleep longer, {n1} or {n2}? Compare the evidence.",
    ],
    "compare_caffeine": [
        "{d1} ar {d2}, kon din beshi caffeine nisi?",
        "more caffeine {d1} or {d2}? mg both",
        "Which day had the higher caffeine score, {d1} or {d2}?",
        "Did I take more caffeine {d1} or {d2}? Lay the two totals side by side.",
    ],
    "compare_duration": [
        "{d1} na {d2}, kon din workout beshi khon korsi?",
        "longer workout: {d1} or {d2}? mins",
        "Which day's session lasted longer, {d1} or {d2}? Minutes for both.",
        "Compare my workouts {d1} and {d2}: which one lasted longer?",
    ],
    "compare_coffee_weeks": [
        "ei week e ki gotho week er cheye beshi coffee khaisi?",
        "coffees this wk vs last wk: more or fewer?",
        "Am I drinking more coffee this week than last week? Compare the two series.",
        "Have I had more coffees this week than the week before? Compare the counts.",
    ],
    # Habits: nights or days with something against the others.
    "late_coffee_sleep": [
        "{t} ba tar pore coffee khaile ki raate kom ghumai?",
        "coffee at or after {t}: less sleep that nite? avg both ways",
        "On days I have a coffee at or after {t}, do I sleep less that night than on days I don't?",
        "Is there a link: on days with a coffee at or after {t}, do I sleep less that night? "
        "Compare with the other days.",
    ],
    "late_dinner_sleep": [
        "dinner {t} ba tar pore shuru hole ki raate kom ghumai?",
        "dinner start at or after {t}: sleep shorter? avg pse",
        "When dinner starts at or after {t}, is my sleep shorter that night than when it doesn't?",
        "Does a dinner beginning at or after {t} cost me sleep that night? Compare with the other days.",
    ],
    "exercise_sleep": [
        "workout korle ki raate beshi ghumai?",
        "workout days vs rest days: more sleep after workouts?",
        "Do I sleep longer on nights after a net session than after days without one?",
        "Do I sleep more on nights after I've exercised than after days I haven't? Weigh the evidence.",
    ],
    "caffeine_sleep": [
        "je din {mg} mg ba tar beshi caffeine nei, oi raate ki kom ghumai?",
        "days with {mg}+ mg caffeine: less sleep that nite?",
        "On days I take at least {mg} mg of caffeine, do I sleep less that night than on other days?",
        "When I consume {mg} mg of caffeine or more in a day, do I sleep less that night than otherwise?",
    ],
    "exercise_coffee": [
        "workout er din ki beshi coffee khai?",
        "coffees a day, workout days vs not: more?",
        "Do I drink more coffees a day on days with a net session than on days without?",
        "On days I exercise, do I drink more coffee than on days I don't? Average cups a day, please.",
    ],
    # Follow-ups to an earlier question.
    "fu_day_before": [
        "accha, tar ager din lunch e ki chhilo?",
        "QSY to the day before: lunch?",
        "And the day before that? Same lunch question, the previous day's play.",
        "Now go back one more day: what was lunch the day before?",
    ],
    "fu_meeting_length": [
        "meeting ta koto khon cholsilo?",
        "QSO length? mins pse",
        "How long did that fixture go on for?",
        "And how long did that meeting last, by the clock?",
    ],
    "fu_night_before": [
        "ar tar ager raate koto ghumaisi?",
        "nite before that? sleep hrs",
        "And the night before that one? Same innings question.",
        "And the night prior to that? How long did I sleep then?",
    ],
    "fu_other_day": [
        "ar {day} koto km dourailam?",
        "same fr {day}? run km",
        "And {day}? How far did I run then?",
        "What about {day}? Same distance question.",
    ],
    "fu_other_person": [
        "accha, ar {who} er ta?",
        "same q fr {who}?",
        "And {who}? Same question, next batter in.",
        "And {who}'s answer to the same question?",
    ],
    "fu_today": [
        "ar ajke ekhon porjonto koy cup?",
        "& today so far? nr",
        "And today so far? What's the count?",
        "And today, up to now? Same count, please.",
    ],
}
