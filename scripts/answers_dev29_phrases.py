"""Question phrasings of the answers benchmark's twenty-ninth tuning set, ``dev29`` (docs/benchmarks.md, "Answers").

``dev29`` was the held-out set until 2026-12-04, when, after its measurement at f6c016f (overall
0.75; worst category duration 0.591; unsupported 0.004; abstention 0.818; p95 0.023 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev28``, answers_dev28_phrases.py), and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a Seoul office worker who types
Konglish, lower case, English with romanized Korean words, particles and endings in it ("-ssi" after
a name, "-neun" for "what about", "-irang" for "and", "vs" and "bigyo" for comparing, "mwo" and
"mwoyeosseo" for what, "eodi" and "eodiseo" for where, "nugu" for who, "myeot" for how many, "myeot
si" for what time, "myeot sigan" and "myeot bun" for how many hours and minutes, "eolmana" for how
much or how long, "achim", "jeomsim" and "jeonyeok" for the meals, "keopi" for coffee and "myeot
jan" for how many cups, "hoeui" for a meeting, "undong" for a workout, "jam" and "jasseo" for sleep,
"i-beon ju" and "jinan ju" for this week and last, "geu jeonnal" for the day before, "matjip" for a
good restaurant, "kkamppak" for forgetting, and "ㅠㅠ"); a barista at a specialty coffee bar who asks
between orders, often the question first and an aside after it ("on bar", "pull my first shot", "my
shift", "opening", "closing up", "the espresso machine", "a pup cup", "the customers'"); a webtoon
artist on deadline who types lower case, with asides about the work ("panels", "the next episode",
"inking", "the storyboard", "a background", "a cameo", "reference poses", "deadline week", "the
tablet"); and an amateur astronomer who asks in full, careful sentences, a clause before the
question or after it, and keeps an observing log ("the scope", "the telescope", "seeing", "clouded
over", "the new moon", "the log", "the exact figure"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev29 life lives in Asia/Seoul, from Monday 5 April 2032; South Korea keeps Korea
Standard Time (UTC+9) all year, with no daylight saving time, so no clock changes inside it.
Dates are written as people in Korea write them in English: year first, with dots, zero-padded
("2032.04.06", as Korean forms and receipts print them) or with slashes ("2032/04/06"), the month
and day with a dot ("4.6", never alone: with the weekday after it), or the month's name and an
ordinal ("April 6th", "Apr. 6"), the weekday in brackets after the date or before it: "on Tuesday
(Apr. 6)", "on 2032.04.06 (Tue)", "on 4.6 (Tue)", "last week's Tuesday (2032/04/06)" (one of the
week before) or "this week's Tuesday (2032/04/06)" (one of this week), and "on 2032.04.06 (Tue)",
"on 2032/04/06 (Tue)" or "on Tuesday, April 6th, 2032" for a day that may lie outside the
life; today and yesterday alone or with the date ("today (April 8th, Thu)", "today
(2032.04.08)", "yesterday (2032/04/07, Wed)", "yesterday, Apr. 7"); a night as last night (alone,
or "last night (Tuesday night, 2032.04.06)"), a weekday's night with its date ("Tuesday night,
Apr. 6"), the night of a year-first date ("the night of 2032/04/06 (Tue)"), or the night from one
day into the next ("the night from Tue 2032.04.06 into Wed"). A slash date always has its year
first: people in Korea write a short slash date month first ("4/6" for 6 April), which the
benchmark reads day first outside the Americas, so the short form is written with a dot and the
weekday instead.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run along the Han River", "jog"), "cycle": ("bike ride", "ride on a Ttareungi bike"),
         "swim": ("swim", "swim at the sports center"), "yoga": ("yoga session", "yoga class"),
         "climb": ("bouldering session", "climb at the climbing gym")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dots(day: date) -> str:
    return f"{day:%Y.%m.%d}"


def _slashes(day: date) -> str:
    return f"{day:%Y/%m/%d}"


def _nth(day: date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _mon(day: date) -> str:
    return f"{MONTHS[day.month - 1][:3]}. {day.day}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_dots(day)} ({short})", f"on {_slashes(day)} ({short})",
                f"on {name}, {MONTHS[day.month - 1]} {_nth(day)}, {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({MONTHS[day.month - 1]} {_nth(day)}, {short})", f"today ({_dots(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({_slashes(day)}, {short})", f"yesterday, {_mon(day)}"]
    if 2 <= back <= 6:
        week = "this" if day.weekday() < today.weekday() else "last"
        return [f"on {name} ({_mon(day)})", f"on {_dots(day)} ({short})", f"on {day.month}.{day.day} ({short})",
                f"{week} week's {name} ({_slashes(day)})"]
    return [f"on {name} ({_mon(day)})", f"on {_dots(day)} ({name})"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    named = [f"{name} night, {_mon(day)}", f"the night of {_slashes(day)} ({short})",
             f"the night from {short} {_dots(day)} into {SHORT[after.weekday()]}"]
    if (today - day).days == 1:
        return ["last night", f"last night ({name} night, {_dots(day)})", *named[1:]]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "{who}-ssi chucheon haejun chaek, title mwoyeosseo? kkamppak haesseo ㅠㅠ",
        "Slow hour on bar, finally time to read: what book did {who} say I should pick up?",
        "need something to read on my break week... which book was {who} recommending to me again?",
        "The sky is clouded over, so tonight is a reading night. Which book was it that {who} recommended?",
    ],
    "film": [
        "{who}-ssi-ga kkok bwa-ya handa-go han yeonghwa, mwoya? the movie title",
        "After closing up tonight I want to watch the film {who} recommended. Which one was it?",
        "for reference (camera angles!!) what's the film {who} told me i had to watch",
        "On a night of poor seeing I might watch a film instead; which one did {who} tell me to see?",
    ],
    "offsite": [
        "{who}-ssi malhaesseo, offsite jangso bakkwieotdae. now eodi-ya? which city",
        "The offsite got moved, {who} said. Moved where?",
        "offsite location changed?? {who} said it moved somewhere, which city is it now",
        "Which city did {who} say the offsite has been relocated to? I would like to look up its skies.",
    ],
    "restaurant": [
        "{who}-ssi-ga mandu matjip itdago haesseo, geu sikdang ireum mwoya?",
        "{who} mentioned a place with great dumplings that we should try. What's the restaurant called?",
        "the dumpling spot {who} wanted us to try... name? i want to draw its sign into a background",
        "Once the new moon has passed we could eat out: which restaurant did {who} propose we try?",
    ],
    "flight": [
        "{who}-ssi bihaenggi myeot si-e dochak-hae? landing time jom",
        "What time is {who}'s flight getting in? I need to know whether to swap my shift for the pickup.",
        "{who}'s plane lands when? need to plan my inking around the airport run",
        "At what time is {who}'s flight scheduled to touch down?",
    ],
    "dog": [
        "{who}-ssi-ne gangaji ireum mwoyeotji? the dog they adopted",
        "{who}'s adopted dog: what did they call her? I want to write it on a pup cup.",
        "{who} adopted a dog and i want to draw her as a cameo... what's her name",
        "Remind me, please: what name did {who} give the dog they took in?",
    ],
    "launch": [
        "{project} launch milyeotdago {who}-ssi-ga malhaesseo. new date myeot il-ya?",
        "The {project} launch got pushed back, per {who}. To what date?",
        "{project} launch is delayed like my episodes lol, {who} said it moved to which date?",
        "{who} told me the {project} launch had slipped; what date is it set for now?",
    ],
    "age": [
        "{who}-ssi ttal saengil... myeot sal dwae? how old she is turning",
        "How old is {who}'s daughter going to be? I'm making her a birthday hot chocolate.",
        "drawing a birthday card for {who}'s daughter, how old is she turning? need the number on the cake",
        "What age will {who}'s daughter reach on her coming birthday?",
    ],
    "podcast": [
        "{who}-ssi-ga na-neun joahal geora-go han podcast, ireum mwoya?",
        "Need something for the early prep: which podcast did {who} reckon I'd enjoy?",
        "podcast for long inking sessions... which one did {who} say i'd like?",
        "Which podcast did {who} think would suit me? Something for the long wait while the scope cools down.",
    ],
    # value on date
    "breakfast_food": [
        "{day} achim mwo meogeosseo? breakfast menu",
        "Before opening {day}, what did I grab for breakfast?",
        "{day} breakfast... what did i eat? i was probably sketching with one hand",
        "What was it that I ate at breakfast {day}, after the night's observing?",
    ],
    "lunch_food": [
        "{day} jeomsim mwo meogeosseo? lunch",
        "Lunch {day}, on my break: what was it that I ate?",
        "what did i eat for lunch {day}?? my memory is all panels and speech bubbles",
        "For lunch {day}, what did I eat? I'm filling in my log.",
    ],
    "dinner_food": [
        "{day} jeonyeok menu mwoyeosseo? dinner",
        "After closing up {day}, what did I eat for dinner?",
        "dinner {day}, what did i have? probably ate at my desk again",
        "What did I eat for dinner {day}, before setting up the telescope?",
    ],
    "lunch_place": [
        "{day} jeomsim eodiseo meogeosseo? place name",
        "Where did I go for my lunch break {day}? Which place?",
        "where'd i have lunch {day}? want to use the place as a location in the next episode",
        "Where was I for lunch {day}? The name of the place, for the log.",
    ],
    "dinner_place": [
        "{day} jeonyeok eodiseo meogeosseo? where i had dinner",
        "{Day}, dinner: where did I eat it?",
        "where did i eat dinner {day}... home or out?",
        "Where did I have my evening meal {day}? The name of the place, please.",
    ],
    "workout_kind": [
        "{day} undong mwo haesseo? which exercise",
        "What did I do for exercise {day}, around my shift?",
        "{day} what kind of workout did i do? need reference poses lol",
        "Which sort of exercise did I do {day}?",
    ],
    "heart_rate": [
        "{day} {noun} pyeonggyun simbaksu eolmaya? avg bpm",
        "My average heart rate on the {noun} {day}: what was it? Probably higher than after a double espresso.",
        "avg heart rate on my {noun} {day}?? asking for a character's stats page",
        "During the {noun} {day}, what did my heart rate average out to, in beats per minute?",
    ],
    "sleep_quality": [
        "{night} sleep quality eottaesseo? jal jasseo?",
        "How did I sleep {night}: good, fair or poor? I felt it at the espresso machine.",
        "{night} sleep quality? felt like i was drawing in my dreams",
        "{Night}, how good was my sleep? The quality rating, please.",
    ],
    "sleep_night": [
        "{night} myeot sigan jasseo? hours of sleep",
        "How many hours of sleep did I get {night}? Tell me before I pull my first shot.",
        "how long did i sleep {night}... deadline week so probably not much",
        "How long was I asleep {night}? Astronomers keep odd hours, so I would like the exact figure.",
    ],
    "exercise_duration": [
        "{day} {noun} myeot bun haesseo? how many minutes",
        "How long did the {noun} go {day}? Minutes.",
        "{day} my {noun} lasted how long? minutes pls",
        "How many minutes did my {noun} {day} take, from start to finish, according to the log?",
    ],
    "meeting_duration": [
        "{day} {title} hoeui eolmana georyeosseo? how long",
        "The {title} {day}: how long was I stuck in it?",
        "how long did the {title} take {day}? it ate into my storyboard time",
        "How many minutes did the {title} last {day}?",
    ],
    # distance
    "distance_run": [
        "{day} myeot kilo dallyeosseo? running distance",
        "How far did I run {day}? Kilometres, please, like grams of coffee: exact.",
        "{day} run distance?? how many km",
        "What distance did my run cover {day}, in kilometres?",
    ],
    "distance_cycle": [
        "{day} jajeongeo myeot kilo tasseo?",
        "{Day}, how many km did I cover on the bike?",
        "how far did i bike {day}? km",
        "How many kilometres did I cycle {day}, by the log?",
    ],
    "distance_swim": [
        "{day} suyeong geori eolmana? how far i swam",
        "How far did I swim {day}? The distance, please.",
        "{day} swim distance? need it for my progress doodle",
        "Over what distance did I swim {day}?",
    ],
    # attendees
    "attendees": [
        "{day} {title} hoeui-e nugu nugu wasseo? who came",
        "Who was in the {title} {day}? Full list of names.",
        "{title} {day}, who was there? need the whole cast for a group panel",
        "Which people attended the {title} {day}? I would like every name.",
    ],
    # counts and totals
    "coffee_count": [
        "{day} keopi myeot jan masyeosseo?",
        "How many coffees did I have {day}? Mine, not the customers'.",
        "coffee count {day}? it's deadline fuel",
        "By my log, how many cups of coffee did I drink {day}?",
    ],
    "caffeine": [
        "{day} kapein eolmana masyeosseo? mg-ro",
        "Total caffeine {day}, in milligrams? I know my shots, but not my total.",
        "how much caffeine did i have {day}? mg. my hands were shaking on the tablet",
        "How much caffeine did I consume {day}? The figure in milligrams.",
    ],
    "meeting_count": [
        "{day} hoeui myeot gae isseosseo?",
        "{Day}, how many meetings did I sit through?",
        "{day} how many meetings? (meetings = no drawing time)",
        "What was the number of meetings I had {day}?",
    ],
    "km_week": [
        "i-beon ju {activity} chong myeot kilo? total this week",
        "This week's {activity} total in km: what are we at?",
        "km i {past} since monday, total?",
        "Across this week, how many kilometres did I {verb} altogether?",
    ],
    "workouts_week": [
        "i-beon ju undong myeot beon haesseo?",
        "How many workouts have I fit in this week around my shifts?",
        "workout count for this week?? feels like zero",
        "How many times have I exercised so far this week, by the log?",
    ],
    # first and last
    "first_coffee": [
        "{day} cheot keopi myeot si-e masyeosseo?",
        "What time did I have my first coffee {day}? Before or after I opened?",
        "{day}, first coffee of the day: what time?",
        "When did I drink my first coffee {day}? The clock time, please.",
    ],
    "last_coffee": [
        "{day} majimak keopi myeot si?",
        "My last coffee {day}: what time was that?",
        "what time was my last coffee {day}? maybe thats why i couldnt sleep",
        "What was the clock time of the last coffee I drank {day}?",
    ],
    "first_meeting": [
        "{day} cheot hoeui myeot si-e sijak-haesseo?",
        "{Day}, when did my first meeting kick off?",
        "what time did my first meeting start {day}? need to know how much morning i had for sketching",
        "At what time did the first meeting of the day begin {day}?",
    ],
    "wake": [
        "{day} myeot si-e ireonasseo? wake up time",
        "What time was I up {day}? Openers get up early.",
        "{day} when did i wake up?? i think i overslept again",
        "At what hour did I wake {day}? I am noting it in the log.",
    ],
    "bedtime": [
        "{night} myeot si-e jasseo? bedtime",
        "{Night}, what time did I go to sleep?",
        "what time did i finally fall asleep {night}?",
        "At what time did my sleep begin {night}?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "i {past} {km} km han nal, jeonyeok mwo meogeosseo?",
        "What was dinner on the day my {noun} came to {km} km?",
        "the day i {past} {km} km... what did i have for dinner that night?",
        "What did my dinner consist of on the day of my {km} km {noun}?",
    ],
    "meeting_after_workout": [
        "{day} {noun} kkeunnago baro daeum hoeui-e nugu isseosseo?",
        "{Day}, right after my {noun}, I had a meeting: who was in it?",
        "after my {noun} {day}, the next meeting... who was there?",
        "Once my {noun} {day} was done, whom did I meet with at my next meeting?",
    ],
    "lunch_on_meeting_day": [
        "{title} hoeui itdeon nal jeomsim eodiseo meogeosseo?",
        "On the day we had the {title}, where did I get lunch?",
        "where did i have lunch the day of the {title}?",
        "The {title} took place on one day only; where did I eat lunch that day?",
    ],
    "sleep_after_meeting": [
        "{title} hoeui han nal bam, myeot sigan jasseo?",
        "How many hours did I sleep the night after the {title}? Needed it, probably.",
        "the night after {title}... how long did i sleep",
        "How long did I sleep on the night following the day of the {title}?",
    ],
    "dinner_on_said_day": [
        "{who}-ssi-ga {value} yaegi han nal, jeonyeok mwo meogeosseo?",
        "{who} brought up {value} one day. What did I have for dinner that day?",
        "the day {who} told me about {value}, what was dinner?",
        "On the date {who} mentioned {value} to me, what was my dinner?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} vs {n2}, eonje deo mani jasseo? du bam da myeot sigan?",
        "{N1} or {n2}: which night did I sleep longer, and how long was each?",
        "which night did i get more sleep, {n1} or {n2}? give me both numbers",
        "Comparing {n1} with {n2}, on which night did I sleep more? Please state the duration of each.",
    ],
    "compare_caffeine": [
        "kapein bigyo jom: {d1} vs {d2}, eoneu nal-i deo mana? mg both",
        "Caffeine {d1} versus {d2}: which day had more, and how many mg each?",
        "did i have more caffeine {d1} or {d2}?? mg for both pls",
        "Was my caffeine intake higher {d1} or {d2}? Give the milligrams for both days.",
    ],
    "compare_duration": [
        "undong bigyo: {d1} vs {d2}, eoneu ge deo gireosseo? myeot bun-ssik?",
        "Was the workout longer {d1} or {d2}? Minutes for both.",
        "which workout was longer, {d1} or {d2}? minutes each",
        "Between my workout {d1} and my workout {d2}, which lasted longer? Give both durations in minutes.",
    ],
    "compare_coffee_weeks": [
        "i-beon ju keopi, jinan ju-boda deo masyeosseo deol masyeosseo? du ju da myeot jan?",
        "Coffees this week compared with last week: more or fewer? Give me both counts.",
        "this week vs last week coffee count... did it go up or down? both totals pls",
        "How does my coffee count this week compare with last week's? Both totals, and which is higher.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "{t} ihu-e keopi masin nal-eun jam deol ja? average sleep bigyo",
        "When I drink coffee at {t} or later, do I sleep less that night than usual? Average hours both ways.",
        "does a coffee at {t} or after wreck my sleep? compare those nights with the others",
        "After I've had coffee at {t} or later, is my sleep that night shorter than on other nights? Give me the averages.",
    ],
    "late_dinner_sleep": [
        "jeonyeok {t} ina geu ihu-e meogeumyeon jam deol ja? average",
        "If dinner starts at {t} or later, do I sleep less afterwards? Averages for both.",
        "late dinners ({t} or later) vs earlier ones: does my sleep get shorter?",
        "When my dinner begins at {t} or later, is my sleep that night shorter than when it begins earlier? Compare the averages.",
    ],
    "exercise_sleep": [
        "undong han nal bam-e jam deo mani ja? undong an han nal-irang bigyo",
        "Do I sleep longer after days I work out than after days I don't? Average for each.",
        "do i sleep more on nights after a workout day? vs no-workout days",
        "Is my sleep longer on nights after an exercise day than on nights after a day without exercise? Averages, please.",
    ],
    "caffeine_sleep": [
        "kapein {mg} mg isang masin nal-eun jam jjalba? average",
        "On days I hit {mg} mg of caffeine or more, do I sleep less that night? Averages both ways.",
        "{mg}+ mg caffeine days... do i sleep less after those? compare with the other days",
        "After days with {mg} mg of caffeine or more, is my sleep shorter than after the rest? Give the mean for each.",
    ],
    "exercise_coffee": [
        "undong han nal-e keopi deo masyeo? harue pyeonggyun myeot jan?",
        "Do I drink more coffees on workout days than on rest days? Average per day for each.",
        "workout days vs non-workout days: do i drink more coffee? cups per day",
        "Do I drink more cups of coffee a day on days when I exercise than on days when I don't? The average for each.",
    ],
    # follow-ups
    "fu_day_before": [
        "geureom geu jeonnal-eun?",
        "And the day before that one?",
        "what about the day before...",
        "And on the previous day?",
    ],
    "fu_meeting_length": [
        "geu hoeui eolmana georyeosseo?",
        "And how long did that one go on for?",
        "how long was that meeting tho",
        "And how long did that meeting last, by the log?",
    ],
    "fu_other_day": [
        "geureom {day}-neun?",
        "And {day}? Same question.",
        "ok and {day}?",
        "And what about the run {day}?",
    ],
    "fu_night_before": [
        "geu jeonnal bam-eun?",
        "And the night before that, how many hours?",
        "and the night before??",
        "And how long was I asleep on the night before it?",
    ],
    "fu_today": [
        "oneul-eun? jigeumkkaji myeot jan?",
        "And today so far, counting this morning's?",
        "what about today, up to now",
        "And for today, up to the present moment?",
    ],
    "fu_other_person": [
        "{who}-ssi-neun?",
        "And {who}? What did they say?",
        "and for {who}? same question",
        "And the same question about {who}?",
    ],
}
