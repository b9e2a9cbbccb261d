"""Question phrasings of the answers benchmark's thirty-eighth tuning set, ``dev38`` (docs/benchmarks.md, "Answers").

``dev38`` was the held-out set until 2026-12-05, when, after its measurement at 1c1875f (grounded
accuracy 0.773; worst category comparison 0.545; unsupported 0.0; abstention 0.818; p95 0.018 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev37``, answers_dev37_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a process engineer at an oil
terminal on the Absheron peninsula who types English, lower case, with Azerbaijani words mixed in,
in the Latin letters Azerbaijani is written in ("nə" for what, "hansı" for which, "harada" for
where, "hara" for where to, "kimlər" for who all, "neçə" for how many, "nə qədər" for how much or
how long, "saat neçədə" for at what time, "neçə dəqiqə" and "neçə saat" for how many minutes and
hours, "səhər yeməyi", "nahar" and "şam yeməyi" for the meals, "yedim" for I ate, "qəhvə" for
coffee and "içdim" for I drank, "iclas" for a meeting, "yatdım" for I slept, "yatmağa getdim" for I
went to bed, "oyandım" for I woke, "qaçdım", "üzdüm" and "velosipedlə sürdüm" for I ran, I swam and
I cycled, "məşq" for a workout, "nəbz" for the pulse, "yuxu" for sleep, "bu gün" for today, "bu
həftə" and "keçən həftə" for this week and last week, "bazar ertəsindən bəri" for since Monday,
"daha çox" and "daha az" for more and less, "yoxsa" for or, "bəs ...?" for and what about, "ondan
əvvəlki" for the one before, "o gün" for that day, "tövsiyə etdi" and "məsləhət gördü" for
recommended); a food-delivery courier on a scooter who types the fewest words, lower case, the thing
asked and then " = ?"; a tea-house keeper in İçərişəhər, the walled Old City, who chats, the
question first and a remark after it ("the samovar", "the nard players", "the armudu glasses", the
khazri wind, the tourists from the Maiden Tower, "my cousin in Sheki"); and a retired diplomat who
writes in full, formal sentences ("Would you be good enough to tell me", "I should like to know",
"Permit me to ask", "Might I ask"). Every question asks for the gold ``answers_evalset`` computes for
its key, and fills the slots described in answers_phrases.py.

The dev38 life lives in Asia/Baku, from Monday 24 October 2033; Azerbaijan keeps one offset
(UTC+4) all year, with no daylight saving time since 2016, so no clock changes inside it. Dates are
written as people in Azerbaijan write Gregorian dates in English: day first, with dots and
zero-padded as on Azerbaijani forms ("25.10", with the year "25.10.2033"), with slashes and not
padded ("25/10", "25/10/2033"), or the day before the month's full name ("25 October", "25th
October 2033"); for one of the six days before today the weekday in full before a dotted date ("on
Tuesday 25.10"), before a dash and a slashed one ("this past Tuesday - 25/10"), or after the day,
the month and a comma ("on 25 October, a Tuesday"); for an older one with the year ("on Tuesday
18.10.2033", "on 18/10/2033"); for a day that may lie outside the life always with the year ("on
Tue, 25.10.2033", "on Tuesday, 25/10/2033", "on 25th October 2033 (Tue)"); today and yesterday
alone or with the date ("today, Tuesday 25 October", "today - 25/10", "yesterday - Monday 24/10",
"yesterday, Monday 24.10"); a night as last night, alone or with its two dotted dates ("last night
(24.10 into 25.10)"), a weekday's night with its two slashed dates ("Monday night (24/10 to
25/10)"), the night from one weekday to the next with the first day's dotted date ("the night from
Monday to Tuesday (24.10)"), or the night after a weekday and its day of the month ("the night
after Monday 24 October").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "run along the Boulevard", "jog up to Highland Park"),
         "cycle": ("ride", "bike ride out to Mardakan", "ride along the Bilgah road"),
         "swim": ("swim", "swim at the Aquatics Palace", "sea swim at Shikhov beach"),
         "yoga": ("yoga session", "yoga class on Nizami Street"),
         "climb": ("climbing session", "session at the Yasamal climbing wall")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dots(day: date, year: bool = False) -> str:
    """25.10, or 25.10.2033 with the year."""
    return f"{day.day:02d}.{day.month:02d}" + (f".{day.year}" if year else "")


def _slash(day: date, year: bool = False) -> str:
    """25/10, or 25/10/2033 with the year."""
    return f"{day.day}/{day.month}" + (f"/{day.year}" if year else "")


def _nth(n: int) -> str:
    """25th, 1st, 22nd, 13th."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    back, weekday, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {weekday[:3]}, {_dots(day, True)}", f"on {weekday}, {_slash(day, True)}",
                f"on {_nth(day.day)} {month} {day.year} ({weekday[:3]})"]
    if back == 0:
        return ["today", f"today, {weekday} {day.day} {month}", f"today - {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday - {weekday} {_slash(day)}", f"yesterday, {weekday} {_dots(day)}"]
    if 2 <= back <= 6:
        return [f"on {weekday} {_dots(day)}", f"this past {weekday} - {_slash(day)}",
                f"on {day.day} {month}, a {weekday}"]
    return [f"on {weekday} {_dots(day, True)}", f"on {_slash(day, True)}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    named = [f"{weekday} night ({_slash(day)} to {_slash(after)})",
             f"the night from {weekday} to {next_weekday} ({_dots(day)})",
             f"the night after {weekday} {day.day} {MONTHS[day.month - 1]}"]
    if (today - day).days == 1:
        return ["last night", f"last night ({_dots(day)} into {_dots(after)})", named[0]]
    return named


PHRASES = {
    "age": [
        "{who}'s daughter neçə yaşına girir? how old is she turning",
        "{who} daughter turning what age = ?",
        "How old is {who}'s daughter turning? I'd like to send her a box of shekerbura from the counter.",
        "Would you be good enough to tell me what age {who}'s daughter is about to turn?",
    ],
    "attendees": [
        "{title} {day}: kimlər var idi? who was there",
        "{title} {day} attendees = ?",
        "Who was at the {title} {day}? The nard players want to know why I opened late.",
        "Might I ask who attended the {title} {day}?",
    ],
    "bedtime": [
        "{night}, saat neçədə yatmağa getdim?",
        "bedtime {night} = ?",
        "What time did I go to bed {night}? The samovar was still hissing when I locked up.",
        "I should like to know at what time I went to bed {night}.",
    ],
    "book": [
        "{who} hansı kitabı recommend etdi? the title",
        "book {who} recommended = ?",
        "Which book did {who} recommend to me? A student was reading at the corner table all afternoon.",
        "Permit me to ask which book {who} recommended to me.",
    ],
    "breakfast_food": [
        "{day}, səhər yeməyində what did i eat?",
        "breakfast {day} food = ?",
        "What did I have for breakfast {day}? I eat standing behind the counter most mornings.",
        "Would you be good enough to tell me what I ate for breakfast {day}?",
    ],
    "caffeine": [
        "{day}, total caffeine neçə mg idi?",
        "caffeine mg {day} = ?",
        "How many mg of caffeine did I take in {day}? My hands were shaking while I poured the tea.",
        "I should like to know how many milligrams of caffeine I consumed {day}.",
    ],
    "caffeine_sleep": [
        "{mg} mg caffeine və ya daha çox olan günlərdən sonra i sleep daha çox yoxsa daha az, compared with the "
        "other days?",
        "sleep after {mg}+ mg caffeine days vs other days = ?",
        "Do I sleep more or less after days when I've had at least {mg} mg of caffeine than after days I had less? "
        "My wife blames the coffee for my snoring.",
        "Please tell me whether, after days on which I consumed at least {mg} mg of caffeine, I sleep longer or "
        "shorter than after days on which I did not.",
    ],
    "coffee_count": [
        "{day}, neçə qəhvə içdim?",
        "coffees {day} count = ?",
        "How many coffees did I drink {day}? Not the tea, I lose count of the tea.",
        "Might I ask how many cups of coffee I drank {day}?",
    ],
    "compare_caffeine": [
        "more caffeine hansı gün idi, {d1} yoxsa {d2}?",
        "more caffeine: {d1} or {d2} = ?",
        "Did I have more caffeine {d1} or {d2}? One of those days the shop was packed, I can't remember which.",
        "Would you be good enough to tell me on which day I consumed more caffeine, {d1} or {d2}?",
    ],
    "compare_coffee_weeks": [
        "bu həftə keçən həftədən daha çox qəhvə içmişəm yoxsa daha az? the number of coffees",
        "coffees this week vs last week, more or fewer = ?",
        "Have I had more coffees so far this week than last week, or fewer? The espresso tin is nearly empty "
        "already.",
        "I should like to know whether I have drunk more or fewer coffees so far this week than in the whole of "
        "last week.",
    ],
    "compare_duration": [
        "məşqim hansı gün longer oldu, {d1} yoxsa {d2}?",
        "longer workout: {d1} or {d2} = ?",
        "Was my workout longer {d1} or {d2}? My knees still feel one of them.",
        "Permit me to ask on which of the two days my workout lasted longer, {d1} or {d2}.",
    ],
    "compare_sleep": [
        "hansı gecə daha çox yatdım, {n1} yoxsa {n2}?",
        "slept longer: {n1} or {n2} = ?",
        "Which night did I sleep longer, {n1} or {n2}? The khazri kept banging the shutters one of those nights.",
        "Would you tell me on which night I slept longer, {n1} or {n2}?",
    ],
    "dinner_food": [
        "{day}, şam yeməyində nə yedim?",
        "dinner {day} food = ?",
        "What did I have for dinner {day}? My mother-in-law will ask, she always asks.",
        "Might I ask what I had for dinner {day}?",
    ],
    "dinner_on_distance": [
        "the day i {past} {km} km, şam yeməyində nə yedim?",
        "dinner, day of {km} km {noun} = ?",
        "What did I eat for dinner on the day I {past} {km} km? I was starving after that {noun}.",
        "I should like to know what I had for dinner on the day of my {km} km {noun}.",
    ],
    "dinner_on_said_day": [
        "{who} told me about {value} - o gün şam yeməyində nə yedim?",
        "dinner on day {who} mentioned {value} = ?",
        "What did I have for dinner on the day {who} told me about {value}? We talked over tea by the window.",
        "Would you be good enough to tell me what I ate for dinner on the day {who} spoke to me about {value}?",
    ],
    "dinner_place": [
        "{day}, şam yeməyini harada yedim?",
        "dinner {day} place = ?",
        "Where did I have dinner {day}? I'd like to go back if it was any good.",
        "Permit me to ask where I dined {day}.",
    ],
    "distance_cycle": [
        "{day}, velosipedlə neçə km sürdüm?",
        "bike km {day} = ?",
        "How far did I cycle {day}? My nephew wants to borrow the bike and asks how it's holding up.",
        "Might I ask what distance I cycled {day}?",
    ],
    "distance_run": [
        "{day}, neçə km qaçdım?",
        "run km {day} = ?",
        "How far did I run {day}? The tourists from the Maiden Tower keep asking me for a good route.",
        "I should like to know how far I ran {day}.",
    ],
    "distance_swim": [
        "{day}, neçə km üzdüm?",
        "swim km {day} = ?",
        "How far did I swim {day}? The boys at the pool keep a chart, I don't.",
        "Would you be good enough to tell me what distance I swam {day}?",
    ],
    "dog": [
        "{who}'s new dog - adı nədir?",
        "{who} new dog name = ?",
        "What's the name of the dog {who} adopted? The stray cats around the tea house won't be pleased.",
        "Permit me to ask what name {who} gave the dog they adopted.",
    ],
    "exercise_coffee": [
        "məşq etdiyim günlərdə daha çox qəhvə içirəm yoxsa daha az, than on days without a workout?",
        "coffees per day, workout days vs rest days = ?",
        "Do I drink more or fewer coffees on days I work out than on days I don't? The regulars think I'm "
        "hooked.",
        "I should like to know whether I drink more or fewer coffees a day on days on which I exercise than on "
        "days on which I do not.",
    ],
    "exercise_duration": [
        "{noun} {day}: neçə dəqiqə çəkdi?",
        "{noun} {day} minutes = ?",
        "How long was my {noun} {day}? I barely made it back before opening.",
        "Would you tell me how long my {noun} lasted {day}?",
    ],
    "exercise_sleep": [
        "workout olan günlərdən sonra daha çox yatıram yoxsa daha az, than after days without one?",
        "sleep after workout days vs no-workout days = ?",
        "Do I sleep longer or shorter after the days I work out than after the days I don't? A long day on my "
        "feet knocks me out anyway.",
        "Please tell me whether I sleep longer or shorter after days on which I exercised than after days on "
        "which I did not.",
    ],
    "film": [
        "{who} hansı filmə baxmağı məsləhət gördü?",
        "film {who} said to watch = ?",
        "Which film did {who} tell me to watch? The TV here only ever shows the football.",
        "Might I ask which film {who} advised me to see?",
    ],
    "first_coffee": [
        "{day}, ilk qəhvəni saat neçədə içdim?",
        "first coffee {day} time = ?",
        "What time did I have my first coffee {day}? The first customers come in before I'm properly awake.",
        "I should like to know at what time I drank my first coffee {day}.",
    ],
    "first_meeting": [
        "{day}, ilk iclas saat neçədə başladı?",
        "first meeting {day} start time = ?",
        "What time did my first meeting start {day}? My nephew was minding the counter for me.",
        "Permit me to ask at what time my first meeting began {day}.",
    ],
    "flight": [
        "{who}'s flight saat neçədə enir?",
        "{who} flight landing time = ?",
        "What time does {who}'s flight land? I might send my nephew to the airport with the car.",
        "Would you be good enough to tell me at what time {who}'s flight lands?",
    ],
    "fu_day_before": [
        "bəs ondan bir gün əvvəl? naharda nə yedim?",
        "day before, lunch = ?",
        "And the day before that, what did I have for lunch? Everything blurs together with the tourists.",
        "And what did I have for lunch on the preceding day, may I ask?",
    ],
    "fu_meeting_length": [
        "o iclas nə qədər çəkdi, how many minutes?",
        "that meeting length = ?",
        "And how long did that meeting go on for? It felt endless from where I was sitting.",
        "And might I ask how long that meeting lasted?",
    ],
    "fu_night_before": [
        "bəs ondan əvvəlki gecə neçə saat yatdım?",
        "night before that, sleep = ?",
        "And the night before that one, how long did I sleep? The neighbour's dog was barking again.",
        "And how long did I sleep on the night before that, please?",
    ],
    "fu_other_day": [
        "bəs {day}? neçə km qaçdım?",
        "and {day}, run km = ?",
        "And how far did I run {day}? I'm trying to beat my cousin in Sheki.",
        "And how far did I run {day}, if I may ask?",
    ],
    "fu_other_person": [
        "bəs {who}?",
        "and {who} = ?",
        "And what about {who}? Everybody tells me things over tea and I forget half of them.",
        "And what of {who}, may I ask?",
    ],
    "fu_today": [
        "bəs bu gün? indiyə qədər neçə qəhvə?",
        "and today so far, coffees = ?",
        "And how many coffees today so far? I've lost track between the tea glasses.",
        "And how many coffees have I had today thus far?",
    ],
    "heart_rate": [
        "{noun} {day}: orta nəbzim neçə idi? avg heart rate",
        "{noun} {day} avg heart rate = ?",
        "What was my average heart rate on my {noun} {day}? The doctor in Nasimi told me to keep an eye on it.",
        "I should like to know my average heart rate during my {noun} {day}.",
    ],
    "km_week": [
        "bazar ertəsindən bəri neçə km {activity}? total",
        "{activity} km this week = ?",
        "How many kilometres did I {verb} this week, since Monday? Not that anyone here is keeping score.",
        "Would you be good enough to tell me how many kilometres of {activity} I have done since Monday?",
    ],
    "last_coffee": [
        "{day}, son qəhvəni saat neçədə içdim?",
        "last coffee {day} time = ?",
        "What time was my last coffee {day}? After that it's only tea for me, supposedly.",
        "Might I ask at what time I drank my last coffee {day}?",
    ],
    "late_coffee_sleep": [
        "saat {t} və ya daha gec qəhvə içdiyim günlərdən sonra daha çox yatıram yoxsa daha az, compared with "
        "days without?",
        "sleep after days with coffee at {t} or later vs days without = ?",
        "Do I sleep more or less after days when I have a coffee at {t} or later than after days I don't? The "
        "late customers always talk me into one more.",
        "Please tell me whether, on nights following days on which I had a coffee at or after {t}, I sleep "
        "longer or shorter than on nights following days on which I did not.",
    ],
    "late_dinner_sleep": [
        "şam yeməyinə {t} və ya daha gec başladığım günlərdən sonra daha çox yatıram yoxsa daha az, compared with "
        "the other days?",
        "sleep after days dinner started {t} or later vs other days = ?",
        "When I start dinner at {t} or later, do I sleep more or less that night than on the other nights? We "
        "close late on Fridays.",
        "I should like to know whether I sleep longer or shorter after days on which my dinner began at or after "
        "{t}, compared with all other days.",
    ],
    "launch": [
        "{who} dedi {project} launch sürüşdü - hansı tarixə?",
        "{project} launch new date per {who} = ?",
        "What date did {who} say the {project} launch slipped to? I want to mark it on the calendar behind the "
        "counter.",
        "Would you be good enough to tell me to which date, according to {who}, the {project} launch has been "
        "moved?",
    ],
    "lunch_food": [
        "{day}, naharda nə yedim?",
        "lunch {day} food = ?",
        "What did I eat for lunch {day}? I can't tell the days apart this season.",
        "Permit me to ask what I had for lunch {day}.",
    ],
    "lunch_on_meeting_day": [
        "{title} olan gün naharı harada yedim?",
        "lunch place on {title} day = ?",
        "Where did I have lunch on the day of the {title}? My memory is a sieve lately.",
        "Might I ask where I took lunch on the day of the {title}?",
    ],
    "lunch_place": [
        "{day}, naharı harada yedim?",
        "lunch {day} place = ?",
        "Where did I have lunch {day}? A regular asked me for a good spot nearby.",
        "I should like to know where I lunched {day}.",
    ],
    "meeting_after_workout": [
        "after my {noun} {day}, ilk iclasda kimlər var idi?",
        "first meeting after {noun} {day}, attendees = ?",
        "Who was in my first meeting after the {noun} {day}? I remember rushing in still sweaty.",
        "Would you tell me who attended the first meeting I had after my {noun} {day}?",
    ],
    "meeting_count": [
        "{day}, neçə iclasım oldu?",
        "meetings {day} count = ?",
        "How many meetings did I have {day}? Too many to keep the samovar going, that's for sure.",
        "Permit me to ask how many meetings I had {day}.",
    ],
    "meeting_duration": [
        "{title} {day}: nə qədər çəkdi?",
        "{title} {day} duration = ?",
        "How long did the {title} last {day}? My tea went cold while it dragged on.",
        "I should like to know how long the {title} lasted {day}.",
    ],
    "offsite": [
        "{who} dedi offsite hara köçürülüb?",
        "offsite new place per {who} = ?",
        "Where did {who} say the offsite has moved to? I'll need someone to watch the tea house.",
        "Might I ask where, according to {who}, the offsite has been moved?",
    ],
    "podcast": [
        "{who} hansı podkastı tövsiyə etdi?",
        "podcast {who} recommended = ?",
        "Which podcast did {who} recommend? Something to listen to while I wash the armudu glasses.",
        "Would you be good enough to tell me which podcast {who} recommended?",
    ],
    "restaurant": [
        "{who} hansı restoranı sınamağı təklif etdi?",
        "restaurant {who} suggested = ?",
        "Which restaurant did {who} suggest we try? My wife is tired of eating at the tea house.",
        "Permit me to ask which restaurant {who} suggested we try.",
    ],
    "sleep_after_meeting": [
        "{title} olan günün gecəsi neçə saat yatdım?",
        "sleep night after {title} = ?",
        "How long did I sleep the night after the {title}? I remember the khazri howling that night.",
        "I should like to know how long I slept on the night following the {title}.",
    ],
    "sleep_night": [
        "{night}, neçə saat yatdım?",
        "sleep {night} hours = ?",
        "How long did I sleep {night}? The cats on the roof had plenty to say.",
        "Would you tell me how long I slept {night}?",
    ],
    "sleep_quality": [
        "{night}, yuxumun keyfiyyəti necə idi?",
        "sleep quality {night} = ?",
        "How was my sleep quality {night}? I dreamt about the old tea house in Lahij.",
        "Might I ask how the quality of my sleep was {night}?",
    ],
    "wake": [
        "{day}, saat neçədə oyandım?",
        "wake-up time {day} = ?",
        "What time did I wake up {day}? I need to know if I was late opening.",
        "Permit me to ask at what time I woke {day}.",
    ],
    "workout_kind": [
        "{day}, hansı məşqi etdim, what kind?",
        "workout type {day} = ?",
        "What kind of workout did I do {day}? Something is sore, I just can't say what.",
        "I should like to know what kind of exercise I did {day}.",
    ],
    "workouts_week": [
        "bu həftə neçə dəfə məşq etdim?",
        "workouts this week count = ?",
        "How many workouts have I done this week? The regulars say I'm getting thin.",
        "Would you be good enough to tell me how many workouts I have completed this week?",
    ],
}
"""Every question key's templates: the engineer's, the courier's, the tea-house keeper's, the diplomat's."""
