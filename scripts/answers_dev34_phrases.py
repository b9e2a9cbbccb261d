"""Question phrasings of the answers benchmark's thirty-fourth tuning set, ``dev34`` (docs/benchmarks.md, "Answers").

``dev34`` was the held-out set until 2026-12-05, when, after its measurement at d22ca09 (grounded
accuracy 0.75; worst categories value on date 0.545, first/last and comparison 0.636; unsupported
0.004; abstention 0.682; p95 0.024 s), the engineer tuning the answer planner read its failures; it
is spent as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day
and zone as before. It had replaced the former held-out set (now ``dev33``, answers_dev33_phrases.py)
on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a Yerevan software developer who
types English, lower case, with Armenian words in the Latin letters Armenians chat in ("ba" for
well, "inch" for what, "vor" and "vorn" for which, "vortegh" for where, "ov" and "ovqer" for who,
"qani" for how many, "jamy qanisin" for at what time, "qani rope" and "qani jam" for how many
minutes and hours, "nakhajash", "chash" and "yntrik" for the meals, "inch em kerel" for what did I
eat, "surch" for coffee, "handipum" for a meeting, "qnel" for to sleep, "zartnvel" for to wake,
"parkel" for to lie down, "vazel", "loghal" and "hecanivov" for running, swimming and by bike,
"marzvel" and "marzum" for working out and a workout, "aysor" and "ays shabat" for today and this
week, "ancac shabat" for last week, "erkushabtic" for since Monday, "mijinum" for on average,
"aveli shat" and "aveli qich" for more and less, "te" for or, "isk" for and what about, "nakhord"
for the one before, "chem hishum" for I don't remember, "che?" for right?, and Armenian endings on
English names and words: "{who}-i" for {who}'s, "-ic heto" for after); a surgical resident who
types between rounds, lower case, the fewest words, abbreviations ("bkfst", "mtg", "hr", "wk",
"avg", "1st"), a dash or an arrow between the thing and what is asked, and a question mark at the
end; the owner of a wine bar on Saryan Street who chats, a remark first and the question after it
("the terrace", "the Areni tasting", "the jazz night", "the regulars", "my sommelier", "my
trainer"); and a translator at a ministry who asks in full, courteous sentences ("Would you tell
me", "Could you tell me", "I would like to know", "May I ask"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev34 life lives in Asia/Yerevan, from Monday 14 February 2033; Armenia keeps Armenia Time
(UTC+4) all year, with no daylight saving time since 2012, so no clock changes inside it. Dates are
written as people in Armenia write them in English: day first, mostly with dots and zero-padded
("15.02", with the year "15.02.2033", or the year in two digits, "15.02.33"), sometimes with
slashes ("15/02", "15/02/2033"), or the day and the month's name ("15 Feb", with the year "15
February 2033"), the weekday before the date without a comma, or after it in brackets, after a
comma or after a dash: "on Tue 15.02", "on 15.02 (Tuesday)", "on 15 Feb, Tue" or "on 15/02, Tue"
for one of the six days before today, "on Tue 15.02.2033" or "on 15/02/2033 - Tue" for an older
one, and "on 15.02.2033, Tuesday", "on 15 February 2033 - Tue" or "on 15.02.33, Tue" for a day that
may lie outside the life; today and yesterday alone or with the date ("today, 16.02", "today (Wed
16 Feb)", "yesterday (15.02)", "yesterday, Tuesday 15/02"); a night as last night, alone or with
its two weekdays joined by a dash ("last night (Tue-Wed)"), a weekday's night after a comma
("Tuesday night, 15.02"), the night of a weekday and a slashed date ("the night of Tue 15/02") or
the night of its two days of the month ("the night of 15-16 Feb", "the night of 28 Feb-1 Mar").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "run up the Cascade", "jog around Swan Lake"),
         "cycle": ("bike ride", "ride out to Garni"), "swim": ("swim", "swim at the pool"),
         "yoga": ("yoga", "yoga session at the studio"), "climb": ("bouldering", "bouldering session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dots(day: date, year: str = "") -> str:
    """15.02, 15.02.2033 (``year`` "full") or 15.02.33 (``year`` "short")."""
    if year == "full":
        return f"{day:%d.%m.%Y}"
    return f"{day:%d.%m.%y}" if year == "short" else f"{day:%d.%m}"


def _slashes(day: date, year: bool = False) -> str:
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def _month(day: date, year: bool = False) -> str:
    """15 Feb, or 15 February 2033 with the year."""
    name = MONTHS[day.month - 1]
    return f"{day.day} {name} {day.year}" if year else f"{day.day} {name[:3]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_dots(day, 'full')}, {name}", f"on {_month(day, True)} - {short}",
                f"on {_dots(day, 'short')}, {short}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {_dots(day)}", f"today ({short} {_month(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({_dots(day)})", f"yesterday, {name} {_slashes(day)}"]
    if 2 <= back <= 6:
        return [f"on {short} {_dots(day)}", f"on {_dots(day)} ({name})", f"on {_month(day)}, {short}",
                f"on {_slashes(day)}, {short}"]
    return [f"on {short} {_dots(day, 'full')}", f"on {_slashes(day, True)} - {short}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    name, after = WEEKDAYS[day.weekday()], day + timedelta(days=1)
    if day.month == after.month:
        span = f"{day.day}-{after.day} {MONTHS[day.month - 1][:3]}"
    else:
        span = f"{_month(day)}-{_month(after)}"
    named = [f"{name} night, {_dots(day)}", f"the night of {SHORT[day.weekday()]} {_slashes(day)}",
             f"the night of {span}"]
    if (today - day).days == 1:
        return ["last night", f"last night ({SHORT[day.weekday()]}-{SHORT[after.weekday()]})", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "ba {who}-i recommend arac girqy inch er? chem hishum anuny",
        "{who} book rec - title?",
        "Okay so I'm finally setting up a reading corner behind the bar. What was the book {who} recommended to me?",
        "Would you remind me of the title of the book {who} recommended?",
    ],
    "film": [
        "{who}-i asac filmy vorn er? the one i have to watch",
        "film {who} said i must see?",
        "Movie night on the terrace on Thursday and I need ideas. Which film did {who} insist I watch?",
        "Could you tell me which film {who} urged me to see?",
    ],
    "offsite": [
        "offsite-y texapoxvel e che? {who} asac. vor qaghaq?",
        "offsite new city? per {who}",
        "Heard from {who} that the offsite moved and somebody has to cover my shifts. Which city is it in now?",
        "Would you confirm to which city the offsite has been moved, according to {who}?",
    ],
    "restaurant": [
        "{who}-i asac restorany vorn er? uzum em gnal",
        "restaurant {who} suggested - name?",
        "My regulars keep asking where else to eat in town. Which restaurant did {who} say we should try?",
        "I would like to know the name of the restaurant that {who} suggested we try.",
    ],
    "flight": [
        "{who}-i reysy jamy qanisin e nstum? zvartnotsic em vercnelu",
        "{who} flight lands when?",
        "Need to leave someone in charge of the terrace before I drive to Zvartnots. What time does {who}'s "
        "flight land?",
        "Could you tell me at what time {who}'s flight is scheduled to land?",
    ],
    "dog": [
        "{who}-i nor shuny, anuny inch e? chem hishum",
        "{who} new dog name?",
        "A customer brought a puppy in tonight and it reminded me. What's {who}'s new dog called?",
        "Would you remind me what {who} named the new dog?",
    ],
    "launch": [
        "{project}-i launchy hetadzgvel e che? {who} asac. erb?",
        "{project} launch new date? per {who}",
        "Trying to plan my holiday around work stuff. {who} said the {project} launch slipped, so to what date?",
        "Could you confirm the new date of the {project} launch, as {who} reported it?",
    ],
    "age": [
        "{who}-i aghjiky qani tarekan e darnum? cnundy motenum e",
        "{who} daughter turning what age?",
        "I'm baking a cake for a kid's party at the bar. How old is {who}'s daughter going to be?",
        "May I ask what age {who}'s daughter is about to turn?",
    ],
    "podcast": [
        "{who}-i asac podcasty inch er? champin lselu",
        "podcast from {who} - name?",
        "Long drive to Dilijan this weekend. Which podcast was it that {who} recommended?",
        "Would you tell me the name of the podcast {who} recommended to me?",
    ],
    # value on date
    "breakfast_food": [
        "{day} nakhajashin inch em kerel? chem hishum",
        "bkfst {day}?",
        "The baker next door asked if I liked his gata. What did I have for breakfast {day}?",
        "Could you tell me what I had for my breakfast {day}?",
    ],
    "lunch_food": [
        "{day} chashin inch em kerel?",
        "lunch {day} - what?",
        "I swear I live on lavash these days. What did I eat for lunch {day}?",
        "I would like to know what I had for lunch {day}.",
    ],
    "dinner_food": [
        "{day} yntrikin inch em kerel? ba",
        "dinner {day} - ate what?",
        "Closing up was chaos and I barely remember eating. What was dinner {day}?",
        "Would you tell me what my dinner was {day}?",
    ],
    "lunch_place": [
        "{day} chashy vortegh em kerel?",
        "lunch {day} - where?",
        "A supplier wants to meet for lunch and I want somewhere new. Where did I go for lunch {day}?",
        "Could you tell me where I had lunch {day}?",
    ],
    "dinner_place": [
        "{day} yntriky vortegh er?",
        "dinner {day} - place?",
        "My sommelier says I always go to the same places. Where did I have dinner {day}?",
        "May I ask where I had dinner {day}?",
    ],
    "workout_kind": [
        "{day} inch marzum em arel? vazq, loghal te urish ban?",
        "workout {day} - which kind?",
        "My back is sore and I can't tell why. What kind of workout did I do {day}?",
        "Would you tell me what form of exercise I did {day}?",
    ],
    "heart_rate": [
        "{day} {noun}-i jamanak mijin pulsy qani er?",
        "avg hr {noun} {day}?",
        "The doctor wants numbers, so here goes. What was my average heart rate on the {noun} {day}?",
        "Could you tell me my average heart rate over the {noun} {day}?",
    ],
    "sleep_quality": [
        "{night} vonc em qnel? good, fair te poor",
        "sleep {night} - good/fair/poor?",
        "Felt like a zombie at the morning delivery. Was my sleep {night} good, fair or poor?",
        "Would you tell me whether my sleep {night} was rated good, fair or poor?",
    ],
    "sleep_night": [
        "{night} qani jam em qnel? jam u rope",
        "sleep {night} - hrs + mins?",
        "Still yawning behind the counter. How long did I sleep {night}?",
        "Could you tell me how many hours and minutes I slept {night}?",
    ],
    "exercise_duration": [
        "{day} {noun}-s qani rope tevec?",
        "{noun} {day} - mins?",
        "I want to log it for my trainer. How many minutes was my {noun} {day}?",
        "I would like to know how long my {noun} lasted {day}, in minutes.",
    ],
    "meeting_duration": [
        "{day} {title}-y qani rope tevec? shat erkar er",
        "{title} {day} - length?",
        "That one dragged on forever, honestly. How many minutes did the {title} take {day}?",
        "Could you tell me how long the {title} lasted {day}?",
    ],
    # distance
    "distance_run": [
        "{day} qani km em vazel?",
        "run {day} - km?",
        "Training for the Yerevan half, so I'm counting. How many kilometres did I cover running {day}?",
        "Would you tell me the distance I ran {day}?",
    ],
    "distance_cycle": [
        "{day} hecanivov qani km em qshel?",
        "bike {day} - km?",
        "My legs are still feeling it. How far did I go on the bike {day}?",
        "Could you tell me how many kilometres I cycled {day}?",
    ],
    "distance_swim": [
        "{day} qani km em loghacel?",
        "swim {day} - distance?",
        "The pool lost my lap count again, typical. How much distance did I swim {day}?",
        "I would like to know what distance I covered swimming {day}.",
    ],
    # attendees
    "attendees": [
        "{day} {title}-in ovqer ein? bolor anunnery xndrum em",
        "{title} {day} - who attended?",
        "I came in late from the wine supplier. Who all was at the {title} {day}?",
        "Would you list everyone who attended the {title} {day}?",
    ],
    # counts and totals
    "coffee_count": [
        "{day} qani surch em khmel?",
        "coffees {day} - how many?",
        "My hands are jittery behind the bar. How many coffees did I drink {day}?",
        "Could you tell me the number of coffees I had {day}?",
    ],
    "caffeine": [
        "{day} yndhanur qani mg kofein em stacel?",
        "caffeine {day} - mg?",
        "Cutting back is not going well, I think. How much caffeine did I have {day}, in mg?",
        "Would you tell me my total caffeine intake {day}, in milligrams?",
    ],
    "meeting_count": [
        "{day} qani handipum em unecel?",
        "mtgs {day} - count?",
        "For a bar owner I sure sit in a lot of calls. How many meetings did I have {day}?",
        "Could you tell me how many meetings I attended {day}?",
    ],
    "km_week": [
        "ays shabat erkushabtic yndhanur qani km {activity} em arel?",
        "{activity} km this wk since mon?",
        "Keeping score against my brother-in-law. How many km of {activity} have I done this week, since Monday?",
        "Would you tell me the total distance of my {activity} this week, counting from Monday?",
    ],
    "workouts_week": [
        "ays shabat qani angam em marzvel? erkushabtic",
        "workouts this wk since mon?",
        "Trying to be good this month. How many workouts have I done this week, since Monday?",
        "Could you tell me how many workouts I have done this week, from Monday on?",
    ],
    # first and last
    "first_coffee": [
        "{day} arajin surchy jamy qanisin em khmel?",
        "1st coffee {day} - when?",
        "Opening shift again, ugh. When did I have my first coffee {day}?",
        "Would you tell me at what time I had my first coffee {day}?",
    ],
    "last_coffee": [
        "{day} verjin surchy jamy qanisin er?",
        "last coffee {day} - time?",
        "I couldn't fall asleep after the jazz night. What time was my last coffee {day}?",
        "Could you tell me the time of my last coffee {day}?",
    ],
    "first_meeting": [
        "{day} arajin handipumy jamy qanisin sksvec?",
        "1st mtg {day} - start?",
        "I think I took that call from the cellar. What time did my first meeting begin {day}?",
        "Would you tell me when my first meeting started {day}?",
    ],
    "wake": [
        "{day} jamy qanisin em zartnvel?",
        "woke {day} - time?",
        "The delivery van woke the whole street. What time did I get up {day}?",
        "Could you tell me what time I woke up {day}?",
    ],
    "bedtime": [
        "{night} jamy qanisin em parkel qnelu?",
        "lights out {night} - time?",
        "Closing time keeps creeping later. What time did I go to bed {night}?",
        "Would you tell me at what time I went to bed {night}?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "vor or {km} km {past}, et ory yntrikin inch em kerel?",
        "{km} km {noun} day - dinner?",
        "Bet I was starving after that one. What did I eat for dinner the day of the {km} km {noun}?",
        "Could you tell me what I had for dinner on the day I {past} {km} km?",
    ],
    "meeting_after_workout": [
        "{day} {noun}-ic heto arajin handipumin ovqer ein?",
        "{day} 1st mtg after {noun} - who?",
        "I showed up sweaty, I'm sure of it. Who was in the first meeting after my {noun} {day}?",
        "Would you tell me who attended my first meeting after the {noun} {day}?",
    ],
    "lunch_on_meeting_day": [
        "{title}-i ory chashy vortegh em kerel?",
        "lunch on {title} day - where?",
        "Someone asked me for a lunch place near the office. Where did I have lunch on the day of the {title}?",
        "Could you tell me where I lunched on the day of the {title}?",
    ],
    "sleep_after_meeting": [
        "{title}-ic heto gishery qani jam em qnel?",
        "sleep night after {title}?",
        "That meeting wiped me out completely. How long did I sleep the night after the {title}?",
        "Would you tell me how long I slept on the night after the {title}?",
    ],
    "dinner_on_said_day": [
        "vor or {who} asac {value}-i masin, et ory yntrikin inch em kerel?",
        "dinner day {who} mentioned {value}?",
        "It was a good evening, I remember that much. What did I have for dinner the day {who} brought up {value}?",
        "Could you tell me what I ate for dinner on the day {who} mentioned {value}?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} te {n2}, erb em aveli shat qnel? erkusi jamern el",
        "sleep {n1} vs {n2} - longer? both durations",
        "My wife says I look tired either way. Did I sleep more {n1} or {n2}, and how long each?",
        "Would you tell me on which night I slept longer, {n1} or {n2}, and how long I slept on each?",
    ],
    "compare_caffeine": [
        "{d1} te {d2}, vor orn em aveli shat kofein stacel? mg erkusi hamar",
        "caffeine {d1} vs {d2} - higher? mg both",
        "We had an espresso tasting one of those days. Which day had more caffeine, {d1} or {d2}, with mg for both?",
        "Could you tell me on which day I took in more caffeine, {d1} or {d2}, giving the milligrams for each?",
    ],
    "compare_duration": [
        "{d1} te {d2}, vor marzumn er aveli erkar? rope erkusi hamar",
        "workout {d1} vs {d2} - longer? mins both",
        "Settling a bet with my trainer here. Was my workout longer {d1} or {d2}, minutes for both?",
        "Would you tell me which workout lasted longer, the one {d1} or the one {d2}, with the minutes of each?",
    ],
    "compare_coffee_weeks": [
        "ays shabat aveli shat surch em khmel te ancac shabat? erku tivn el",
        "coffees this wk vs last wk? counts",
        "The espresso machine at the bar is basically mine now. Have I had more coffee this week than last, "
        "with both counts?",
        "Could you tell me whether I drank more coffee this week than last week, with the number for each?",
    ],
    # habit relations
    "late_coffee_sleep": [
        "{t}-ic heto surch khmelis aveli qich em qnum? mijinum erkusn el",
        "coffee {t}+ -> less sleep? avgs",
        "My doctor blames the late espressos. On days I have coffee at {t} or later, do I sleep less, and what "
        "are the two averages?",
        "Would you tell me whether I sleep less on average after days with a coffee at {t} or later than after "
        "other days, giving both averages?",
    ],
    "late_dinner_sleep": [
        "yntriky {t}-ic ush linelu depqum aveli qich em qnum? mijinum",
        "dinner {t} or later -> sleep less? avg both",
        "The kitchen closes late so I eat late. When dinner starts at {t} or after, do I sleep less than usual? "
        "Both averages please",
        "Could you tell me whether my sleep is shorter on average after dinners begun at {t} or later than after "
        "earlier ones, with both averages?",
    ],
    "exercise_sleep": [
        "marzvelu orerin heto aveli shat em qnum? mijinum, marzum chunecac orerin hamematac",
        "sleep after workout days vs rest days? avgs",
        "My trainer swears exercise fixes sleep. Do I sleep longer after days I work out than after days I "
        "don't? Averages for each",
        "Would you tell me whether I sleep longer on average after days with a workout than after days without, "
        "giving both averages?",
    ],
    "caffeine_sleep": [
        "orum {mg} mg kofein kam aveli linelu depqum aveli qich em qnum? mijinum",
        "{mg}+ mg caffeine days -> shorter sleep? avgs",
        "Between the tastings and the espresso machine I overdo it. After days with {mg} mg of caffeine or "
        "more, do I sleep less? Both averages",
        "Could you tell me whether I sleep less on average after days with at least {mg} mg of caffeine than "
        "after other days, with both averages?",
    ],
    "exercise_coffee": [
        "marzvelu orerin aveli shat surch em khmum? orakan mijiny, marzum chunecac orerin hamematac",
        "coffees/day workout days vs rest days? avgs",
        "I feel like I need more coffee when I train. Do I drink more coffee on workout days than on other "
        "days? Daily average for each",
        "Would you tell me whether I drink more coffee per day on average on days with a workout than on days "
        "without, with both averages?",
    ],
    # follow-ups
    "fu_day_before": [
        "isk nakhord ory? chashin inch em kerel",
        "day before - lunch?",
        "Huh, okay. What about the day before that, what did I have for lunch?",
        "And on the preceding day, could you tell me what I had for lunch?",
    ],
    "fu_meeting_length": [
        "isk et handipumy qani rope tevec?",
        "that mtg - how long?",
        "Right, thanks. And how many minutes did that meeting go on?",
        "Could you also tell me how long that meeting lasted?",
    ],
    "fu_other_day": [
        "isk {day}? qani km em vazel",
        "{day} run km?",
        "Nice. And {day}, how far did I run then?",
        "And {day}, could you tell me the distance I ran?",
    ],
    "fu_night_before": [
        "isk nakhord gishery? qani jam",
        "night before - sleep?",
        "Hm, not great. And the night before that, how long did I sleep?",
        "And on the night before, could you tell me how long I slept?",
    ],
    "fu_today": [
        "isk aysor? minchev hima qani hat",
        "today so far - count?",
        "Okay. And today, how many so far?",
        "And today, could you tell me how many so far?",
    ],
    "fu_other_person": [
        "isk {who}-i mot? nuyn harcy",
        "{who} - same q?",
        "Got it. And what about {who}, same question?",
        "And could you tell me the same regarding {who}?",
    ],
}
