"""Question phrasings of the answers benchmark's thirty-seventh tuning set, ``dev37`` (docs/benchmarks.md, "Answers").

``dev37`` was the held-out set until 2026-12-05, when, after its measurement at 08e9db0 (grounded
accuracy 0.788; worst category comparison 0.636; unsupported 0.023; abstention 0.864; p95 0.020 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev36``, answers_dev36_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a game developer in Tehran who types
English, lower case, with Persian words in Finglish mixed in ("chi" for what, "kodoom" for which,
"koja" for where, "ki" and "kia" for who, "chand ta" for how many, "cheghadr" for how much, "sa'at
chand" for at what time, "chand daghighe" and "chand saat" for how many minutes and hours,
"sobhane", "nahar" and "sham" for the meals, "khordam" for I ate, "ghahve" for coffee, "jalase" for
a meeting, "khabidam" for I slept, "bidar shodam" for I woke, "dovidam", "shena kardam" and "docharkhe"
for I ran, I swam and the bike, "varzesh" for a workout, "emruz" for today, "in hafte" and "hafteye
pish" for this week and last week, "az doshanbe" for since Monday, "miangin" for on average,
"bishtar" and "kamtar" for more and less, "ya" for or, "ba'd" for after, "yadam nist" for I don't
remember, "pas" for and so, "khob" and "vay" as sighs); a snapp driver who types the fewest words
between slashes (" / "), lower case, with a question mark at the end; a carpet seller in the Grand
Bazaar who chats, the question first and a remark after it ("the customers", "the bazaar", "my
brother in Shiraz", "the traffic on Valiasr"); and a retired university lecturer who writes in full,
formal sentences ("Would you be so kind as to tell me", "I would appreciate knowing", "May I ask",
"Please inform me"). Every question asks for the gold ``answers_evalset`` computes for its key, and
fills the slots described in answers_phrases.py.

The dev37 life lives in Asia/Tehran, from Monday 22 August 2033; Iran keeps one offset (UTC+3:30)
all year, with no daylight saving time since 2022, so no clock changes inside it. Dates are written
as people in Iran write Gregorian dates in English: day first, with slashes and the month not
zero-padded ("23/8", with the year "23/8/2033"), or the day before the month's short name ("23 Aug",
"23 Aug 2033"); the weekday short before a slashed date ("this last Tue 23/8"), in full after the
short month and a comma ("on 23 Aug, that Tuesday"), or in full with the day's number ("the Tuesday just gone,
23/8"): those three for one of the six days before today, "on Tue 23/8/2033" or "on 23 Aug 2033,
a Tuesday" for an older one, and "on 23/8/2033, Tuesday", "on Tuesday the 23rd, 23 Aug 2033" or "on the 23rd
day of August 2033" for a day that may lie outside the life; today and yesterday alone or with the
date ("today, Tue. 23/8 so far", "yesterday, Mon 22/8"); a night as last night, alone or with its slashed
date ("last night, the 22/8 one"), a weekday's night with its slashed date ("Monday night going into Tue, 22/8"), or
between the days of the month ("the night between 22 and 23 Aug", "the night between 31 Aug and 1
Sep").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
NOUNS = {"run": ("run", "run in Mellat Park", "jog up the Darband trail"),
         "cycle": ("bike ride", "ride along the Chitgar lake path"), "swim": ("swim", "swim at the Enghelab pool"),
         "yoga": ("yoga", "yoga class in Niavaran"), "climb": ("climbing", "wall climbing session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _slashed(day: date, year: bool = False) -> str:
    """23/8, or 23/8/2033 with the year."""
    return f"{day.day}/{day.month}/{day.year}" if year else f"{day.day}/{day.month}"


def _short(day: date, year: bool = False) -> str:
    """23 Aug, or 23 Aug 2033 with the year."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if year else f"{day.day} {MONTHS[day.month - 1]}"


def _nth(day: date) -> str:
    """23rd, 1st, 22nd, 13th."""
    n = day.day
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_slashed(day, True)}, {name}", f"on {name} the {_nth(day)}, {_short(day, True)}",
                f"on the {_nth(day)} day of {LONG_MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short}. {_slashed(day)} so far"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} {_slashed(day)}"]
    if 2 <= back <= 6:
        return [f"this last {short} {_slashed(day)}", f"on {_short(day)}, that {name}", f"the {name} just gone, {_slashed(day)}"]
    return [f"on {short} {_slashed(day, True)}", f"on {_short(day, True)}, a {name}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    if day.month == after.month:
        span = f"{day.day} and {after.day} {MONTHS[day.month - 1]}"
    else:
        span = f"{_short(day)} and {_short(after)}"
    named = [f"{WEEKDAYS[day.weekday()]} night going into {SHORT[after.weekday()]}, {_slashed(day)}", f"the night between {span}"]
    if (today - day).days == 1:
        return ["last night", f"last night, the {_slashed(day)} one", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "{who} goft kodoom ketab ro bekhoonam? esmesh yadam nist",
        "book / recommended by {who} / title?",
        "What was that book {who} told me I must read? Slow afternoons in the bazaar need something.",
        "Would you be so kind as to tell me which book {who} recommended to me?",
    ],
    "film": [
        "oon filmi ke {who} goft hatman bebinam chi bood?",
        "film / {who} said watch / name?",
        "Which movie did {who} say I absolutely had to see? My brother in Shiraz asked me for one.",
        "May I ask which film {who} urged me to watch?",
    ],
    "offsite": [
        "offsite ro bordan kodoom shahr? {who} gofte bood",
        "offsite / new city / per {who}?",
        "Where has the offsite been moved to, according to {who}? I hope somewhere the customers can't follow me.",
        "I would appreciate knowing to which city the offsite has been moved, as {who} reported.",
    ],
    "restaurant": [
        "{who} kodoom restoran ro goft berim? esmesh chi bood",
        "restaurant / {who} suggested / which?",
        "What was that restaurant {who} wanted us to try? I keep recommending the same kebab place to the customers.",
        "Please inform me of the name of the restaurant {who} proposed we try.",
    ],
    "flight": [
        "parvaz {who} sa'at chand mineshine? bayad beram foroodgah",
        "{who} / flight / lands when?",
        "What time is {who}'s flight coming in? The traffic on Valiasr will decide whether I make it.",
        "Would you be so kind as to tell me when {who}'s flight is due to land?",
    ],
    "dog": [
        "esm sag jadid {who} chi bood?",
        "{who} / new dog / called?",
        "What did {who} end up calling the new dog? The bazaar cats will not be pleased.",
        "May I ask what name {who} gave the new dog?",
    ],
    "launch": [
        "launch {project} ro endakhtan be key? {who} goft",
        "{project} launch / moved to / per {who}?",
        "When is the {project} launch now, after the delay {who} mentioned? I need to know before I book the trip.",
        "I would appreciate knowing the new date of the {project} launch, as {who} gave it.",
    ],
    "age": [
        "dokhtar {who} chand salesh mishe? tavalodesh nazdike",
        "{who} / daughter / turning how old?",
        "How old is {who}'s girl going to be? I want to put aside a little rug for her.",
        "Please inform me what age {who}'s daughter is turning.",
    ],
    "podcast": [
        "{who} kodoom podcast ro goft gush bedam?",
        "podcast / from {who} / which?",
        "What's the podcast {who} keeps going on about? Quiet mornings at the shop are long.",
        "Would you be so kind as to tell me which podcast {who} suggested?",
    ],
    # value on date
    "breakfast_food": [
        "{day} sobhane chi khordam? yadam nist vay",
        "breakfast / {day} / what?",
        "What was my breakfast {day}? Bread and cheese as usual, I'd guess, but tell me.",
        "May I ask what I had for breakfast {day}?",
    ],
    "lunch_food": [
        "{day} nahar chi khordam?",
        "lunch / {day} / food?",
        "What did I eat at lunchtime {day}? The customers don't leave me time to notice.",
        "I would appreciate knowing what my lunch was {day}.",
    ],
    "dinner_food": [
        "sham {day} chi khordam? khob yadam rafte",
        "dinner / {day} / ate what?",
        "What was on my plate for dinner {day}? I got home late, the bazaar was busy.",
        "Please inform me what I ate at dinner {day}.",
    ],
    "lunch_place": [
        "{day} nahar koja khordam?",
        "lunch / {day} / place?",
        "Where did I eat at midday {day}? A customer wants a good place near the bazaar.",
        "Would you be so kind as to tell me where I lunched {day}?",
    ],
    "dinner_place": [
        "sham {day} koja boodam?",
        "dinner / {day} / where?",
        "Where did I go for dinner {day}? My wife claims we never go anywhere new.",
        "May I ask where I dined {day}?",
    ],
    "workout_kind": [
        "{day} che varzeshi kardam? dovidam ya shena kardam ya chi?",
        "workout / {day} / type?",
        "What kind of workout did I do {day}? My knees say it wasn't gentle.",
        "I would appreciate knowing which sort of exercise I did {day}.",
    ],
    "heart_rate": [
        "{day} moghe {noun} miangin zaraban ghalbam chand bood?",
        "{noun} / {day} / avg heart rate?",
        "What did my heart rate average during the {noun} {day}? The summer heat here pushes it up.",
        "Please inform me of my mean heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} khabam chetor bood? good, fair ya poor?",
        "sleep / {night} / good fair poor?",
        "Was my sleep {night} good, fair or poor? The neighbours had a party on the roof.",
        "Would you be so kind as to tell me whether my sleep {night} was good, fair or poor?",
    ],
    "sleep_night": [
        "{night} chand saat o chand daghighe khabidam?",
        "sleep / {night} / hours minutes?",
        "How long did I sleep {night}? I had to open the shop early.",
        "May I ask how many hours and minutes of sleep I had {night}?",
    ],
    "exercise_duration": [
        "{day} {noun} chand daghighe tool keshid?",
        "{noun} / {day} / minutes?",
        "How many minutes was my {noun} {day}? My son keeps a chart on the fridge.",
        "I would appreciate knowing how many minutes my {noun} lasted {day}.",
    ],
    "meeting_duration": [
        "{title} {day} chand daghighe tool keshid? kheili deraz bood",
        "{title} / {day} / minutes?",
        "How many minutes did the {title} take {day}? Felt longer than the traffic on Valiasr.",
        "Please inform me how long, in minutes, the {title} lasted {day}.",
    ],
    # distance
    "distance_run": [
        "{day} chand kilometr dovidam?",
        "run / {day} / km?",
        "How many kilometres did I run {day}? My brother in Shiraz thinks I'm lying about it.",
        "Would you be so kind as to tell me the distance I ran {day}?",
    ],
    "distance_cycle": [
        "{day} ba docharkhe chand kilometr raftam?",
        "bike / {day} / km?",
        "How far did I get on the bike {day}? The hills up north nearly finished me.",
        "May I ask how many kilometres I cycled {day}?",
    ],
    "distance_swim": [
        "{day} chand metr shena kardam? ya kilometr",
        "swim / {day} / distance?",
        "What distance did I cover in the pool {day}? Felt like I swam to the Caspian.",
        "I would appreciate knowing how far I swam {day}.",
    ],
    # attendees
    "attendees": [
        "{title} {day} kia boodan? hame ro begoo",
        "{title} / {day} / attendees?",
        "Who came to the {title} {day}? I dialled in from the shop and missed the start.",
        "Please inform me who was present at the {title} {day}.",
    ],
    # counts and totals
    "coffee_count": [
        "{day} chand ta ghahve khordam?",
        "coffee / {day} / count?",
        "How many coffees did I get through {day}? The customers kept offering tea too.",
        "Would you be so kind as to tell me how many coffees I drank {day}?",
    ],
    "caffeine": [
        "{day} cheghadr kafein khordam? be milligram",
        "caffeine / {day} / mg?",
        "What was my caffeine total {day}, in mg? I was jittery haggling all afternoon.",
        "May I ask how many milligrams of caffeine I consumed {day}?",
    ],
    "meeting_count": [
        "{day} chand ta jalase dashtam?",
        "meetings / {day} / how many?",
        "How many meetings did I sit through {day}? A carpet seller should not have this many.",
        "I would appreciate knowing how many meetings I had {day}.",
    ],
    "km_week": [
        "in hafte az doshanbe jam'an chand kilometr {activity}?",
        "{activity} / this week from mon / km total?",
        "How many km of {activity} have I done this week, from Monday on? My son says he'll overtake me.",
        "Please inform me of the total kilometres of {activity} I have done this week since Monday.",
    ],
    "workouts_week": [
        "in hafte az doshanbe chand bar varzesh kardam?",
        "workouts / since mon / how many?",
        "How many workouts have I squeezed in this week since Monday? Carrying rugs doesn't count, sadly.",
        "Would you be so kind as to tell me how many times I have exercised this week, from Monday?",
    ],
    # first and last
    "first_coffee": [
        "{day} avalin ghahve ro sa'at chand khordam?",
        "first coffee / {day} / time?",
        "What time did I have my first coffee {day}? I was unrolling rugs before the shutters went up.",
        "May I ask at what time I drank my first coffee {day}?",
    ],
    "last_coffee": [
        "{day} akharin ghahve sa'at chand bood?",
        "last coffee / {day} / time?",
        "When did I have my final coffee {day}? I lay awake for hours afterwards.",
        "I would appreciate knowing the time of my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} avalin jalase sa'at chand shoroo shod?",
        "first meeting / {day} / start?",
        "What time did my first meeting start {day}? I think I took it standing in the bazaar.",
        "Please inform me when my first meeting began {day}.",
    ],
    "wake": [
        "{day} sa'at chand bidar shodam?",
        "wake up / {day} / time?",
        "When did I wake up {day}? The garbage truck usually gets me before the alarm.",
        "Would you be so kind as to tell me what time I woke {day}?",
    ],
    "bedtime": [
        "{night} sa'at chand khabidam?",
        "bed / {night} / what time?",
        "What time did I get to bed {night}? My brother in Shiraz called and wouldn't stop talking.",
        "May I ask at what hour I went to bed {night}?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "oon rooz ke {noun} {km} kilometri dashtam, sham chi khordam?",
        "{km} km {noun} day / dinner?",
        "The day I did that {km} km {noun}, what was dinner? I must have been starving.",
        "I would appreciate knowing what I had for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day} avalin jalase ba'd az {noun} kia boodan?",
        "{day} / first meeting after {noun} / who?",
        "Who was at my first meeting following the {noun} {day}? I was still red in the face.",
        "Please inform me who attended the first meeting after my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "rooz {title} nahar koja khordam?",
        "{title} day / lunch place?",
        "Where did I have lunch on the day of the {title}? A friend wants somewhere near there.",
        "Would you be so kind as to tell me where I lunched on the day of the {title}?",
    ],
    "sleep_after_meeting": [
        "shab ba'd az {title} chand saat khabidam?",
        "night after {title} / sleep hours?",
        "How long did I sleep the night following the {title}? That one wore me out.",
        "May I ask how many hours I slept on the night that followed the {title}?",
    ],
    "dinner_on_said_day": [
        "rooz ke {who} darbare {value} harf zad, sham chi khordam?",
        "day {who} talked {value} / dinner?",
        "On the day {who} was talking about {value}, what was my dinner? Funny what sticks in the head.",
        "I would appreciate knowing what I had for dinner on the day {who} mentioned {value}.",
    ],
    # comparison
    "compare_sleep": [
        "{n1} bishtar khabidam ya {n2}? chand saat har kodoom",
        "sleep / {n1} or {n2} / longer, hours each?",
        "Did I sleep longer {n1} or {n2}, and how long each night? One of them the neighbours were loud.",
        "Please inform me on which night I slept longer, {n1} or {n2}, and how long I slept on each.",
    ],
    "compare_caffeine": [
        "kafein {d1} bishtar bood ya {d2}? milligram har rooz",
        "caffeine / {d1} or {d2} / higher, mg each?",
        "Was my caffeine higher {d1} or {d2}, and what were the mg each day? One of those I had the strong Turkish pot.",
        "Would you be so kind as to tell me on which day I consumed more caffeine, {d1} or {d2}, "
        "and the milligrams for each?",
    ],
    "compare_duration": [
        "varzesh {d1} toolani tar bood ya {d2}? chand daghighe har kodoom",
        "workout / {d1} or {d2} / longer, min each?",
        "Was the workout {d1} or the one {d2} longer, and by how many minutes each? My son bet me a kebab.",
        "May I ask which workout took longer, {d1} or {d2}, and the minutes of each?",
    ],
    "compare_coffee_weeks": [
        "in hafte bishtar ghahve khordam ya hafteye pish? har do adad ro begoo",
        "coffee / this week or last / counts?",
        "Have I had more coffees this week or last week? Both numbers, please. The new espresso stand is trouble.",
        "I would appreciate knowing whether I drank more coffee this week than the week before, with both counts.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "vaghti sa'at {t} ya dir tar ghahve mikhoram, kamtar mikhabam? miangin har do",
        "coffee at {t} or after / sleep less? / averages?",
        "When my coffee comes at {t} or later, do I sleep less? Give me both averages. "
        "My brother in Shiraz drinks it at midnight and sleeps like a baby.",
        "Please inform me whether I sleep less on average after days with a coffee at {t} or later than after "
        "the other days, giving both averages.",
    ],
    "late_dinner_sleep": [
        "age sham sa'at {t} ya dir tar shoroo beshe, kamtar mikhabam? miangin har do",
        "dinner from {t} on / sleep less? / averages?",
        "Do I sleep less on nights when dinner starts at {t} or later? Both averages, please. "
        "In summer nobody here eats before ten.",
        "Would you be so kind as to tell me whether I sleep less on average after dinners that start at {t} "
        "or later than after earlier ones, giving both averages?",
    ],
    "exercise_sleep": [
        "ba'd az rooz haye varzesh bishtar mikhabam ya rooz haye bedoon varzesh? miangin har do",
        "sleep / workout days vs rest days / averages?",
        "After days I exercise, do I sleep more than after days I don't? Both averages, please. "
        "My wife says it's the mountain air, not the exercise.",
        "May I ask whether I sleep longer on average after days with exercise than after days without, "
        "giving both averages?",
    ],
    "caffeine_sleep": [
        "rooz hayi ke {mg} mg kafein ya bishtar mikhoram, kamtar mikhabam? miangin har do",
        "{mg} mg caffeine or more / sleep less? / averages?",
        "When I get {mg} mg of caffeine or more in a day, do I sleep less after? Both averages, please. "
        "The bazaar tea alone must be half of it.",
        "I would appreciate knowing whether I sleep less on average after days with at least {mg} mg of caffeine "
        "than after the other days, with both averages.",
    ],
    "exercise_coffee": [
        "rooz haye varzesh bishtar ghahve mikhoram ya rooz haye bedoon varzesh? miangin rozane",
        "coffees per day / workout vs rest days / averages?",
        "Am I drinking more coffee on days I work out than on days I don't? The daily average for each. "
        "I can't run without a cup first.",
        "Please inform me whether I drink more coffee per day on average on exercise days than on other days, "
        "giving both averages.",
    ],
    # follow-ups
    "fu_day_before": [
        "pas rooz ghablesh chi? nahar chi khordam",
        "day before / lunch?",
        "And the day before that, what was lunch? Trying to put the week back together.",
        "Would you be so kind as to tell me what I had for lunch on the day before?",
    ],
    "fu_meeting_length": [
        "oon jalase chand daghighe bood?",
        "that meeting / minutes?",
        "And how many minutes did that meeting run? It dragged on.",
        "May I ask how long that meeting lasted?",
    ],
    "fu_other_day": [
        "pas {day} chi? chand kilometr dovidam",
        "{day} / run / km?",
        "And {day}, how many km did I run? Just to compare the two.",
        "I would appreciate knowing as well how far I ran {day}.",
    ],
    "fu_night_before": [
        "pas shab ghablesh chi? chand saat khabidam",
        "night before / sleep?",
        "And the night before, how long did I sleep then? Worse, I suspect.",
        "Please inform me how long I slept on the previous night.",
    ],
    "fu_today": [
        "pas emruz chi? ta alan chand ta",
        "today / so far / count?",
        "And today, how many so far? The shop's open a few more hours.",
        "Would you be so kind as to tell me the number so far today?",
    ],
    "fu_other_person": [
        "pas {who} chi? hamoon soal",
        "{who} / same question?",
        "And {who}, same question there? Just curious.",
        "May I ask the same regarding {who}?",
    ],
}
