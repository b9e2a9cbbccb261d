"""Question phrasings of the answers benchmark's forty-third tuning set, ``dev43`` (docs/benchmarks.md, "Answers").

``dev43`` was the held-out set until 2026-12-05, when, after its measurement at ffa1f83 (grounded
accuracy 0.851; worst category habit relation 0.636; unsupported 0.004; abstention 0.864; p95
0.010 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev42``, answers_dev42_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a junior pharmacist at Parirenyatwa
Hospital in Harare who types lower case and switches between English and Shona (chiShona) inside a
sentence, in its ordinary Latin spelling ("chii" for what, "ani" and "ndiani" for who, "ipi" for
which, "kupi" for where, "rini" for when, "sei" for how, "mangani" and "zvingani" for how many,
"nguva ipi" for at what time, "kwenguva yakareba sei" for for how long, "kure sei" for how far,
"ndakadya" for I ate, "ndakanwa" for I drank, "ndakarara" for I slept, "ndakamuka" for I woke,
"ndakamhanya" for I ran, "ndakatasva bhasikoro" for I cycled, "ndakashambira" for I swam, "kofi" and
"makapu" for coffee and cups, "musangano" for a meeting, "bhuku", "firimu", "imbwa", "zita",
"mwanasikana" and "makore" for a book, a film, a dog, a name, a daughter and years, "maawa" for
hours, "usiku" for night, "nhasi" for today, "svondo rino" and "svondo rakapera" for this week and
last week, "chisvusvuro" for breakfast, "kudya kwemasikati" and "kudya kwemanheru" for lunch and
dinner, "pakutanga" and "pekupedzisira" for first and last, "zvakawanda" and "zvishoma" for more and
less, "kana" for or, "ko" for and what about, "mushure me" for after, "here" ending a yes-or-no
question); a security guard at a bank in Samora Machel Avenue who types the fewest words, lower
case, comma-separated fragments, every question ending in "??", abbreviations ("bfast", "mtg",
"mtgs", "hrs", "mins", "avg", "kms", "wkouts", "cofs", "vs", "1st"); a hairdresser in Avondale who
chats, the question first and a remark after it ("the ZESA cuts", "the kombi queue", "sadza at
lunch", "Mbare Musika", "my cousin in Bulawayo", "the Dynamos game", "haa", "shamwari"); and a
retired bank manager in Borrowdale who writes formal sentences with formulas of his own ("Kindly
advise", "I would appreciate being informed", "Would you be so good as to tell me", "I wish to
ascertain", "Please be so kind as to indicate", "It would assist me to know", "I humbly request").
Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev43 life lives in Africa/Harare, from Monday 24 April 2034; Zimbabwe keeps one offset
(Central Africa Time, UTC+2) all year and has no daylight saving time, so no clock changes inside
it. Dates are written as people in Zimbabwe write Gregorian dates in English, day first as on
Zimbabwean forms, receipts and bank slips: slashed and zero-padded with the full year
("28/04/2034"), slashed and zero-padded without the year ("28/04"), or British style with the day
before the month's name and no ordinal ("Fri 28 April, 2034"); for one of the six days before today
the weekday with "last" and the slashed day ("last Friday, 28/04"), the slashed day with the short
weekday in brackets ("on the 28/04 (Fri)"), or "on Friday that passed" as Zimbabweans say it; for a
day that may lie outside the life always with the year ("on Friday, the 28/04/2034", "on Fri 28
April, 2034", "on 28/04/2034, being a Friday"); today alone; yesterday alone or with the date
("yesterday, which was Sunday 30/04", "yesterday, being the 30th"). A night is last night, alone or
with the two days it spans ("last night, 30/04 going into 01/05"); a weekday's night with its two
slashed days ("Friday night, 28/04-29/04"), "on Friday at night", or the night from one
short weekday to the next ("Fri-to-Sat night"). Workouts are named with places in and around
Harare: Harare Gardens, Mukuvisi Woodlands, Borrowdale Road, Lake Chivero, the Mazowe road, the Les
Brown pool, the Avondale pool, Belgravia, Ngomakurira and Domboshava.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run round Harare Gardens", "jog in Mukuvisi Woodlands", "Borrowdale Road run"),
         "cycle": ("bike ride out to Lake Chivero", "ride up the Mazowe road", "cycling loop in Borrowdale"),
         "swim": ("swim at the Les Brown pool", "Avondale pool swim", "swimming session at Les Brown"),
         "yoga": ("yoga class in Belgravia", "yoga session in Avondale", "Belgravia yoga"),
         "climb": ("climbing at Ngomakurira", "climbing day at Domboshava", "Ngomakurira climbing session")}
"""What its questions call a workout (one drawn per question)."""

PHRASES: dict[str, list[str]] = {
    "breakfast_food": [
        "chisvusvuro {day} ndakadya chii? breakfast yangu",
        "bfast, {day}, ate what??",
        "what did I eat for breakfast {day}? my mornings are such a rush with the kombi queue",
        "Kindly advise what I had for breakfast {day}.",
    ],
    "lunch_food": [
        "{day} ndakadya chii for lunch? kudya kwemasikati",
        "lunch, {day}, food??",
        "what did I have for lunch {day}? hope it was better than the sadza at lunch today",
        "I would appreciate being informed what I ate at lunch {day}.",
    ],
    "dinner_food": [
        "kudya kwemanheru {day} ndakadya chii? dinner",
        "supper, {day}, what food??",
        "what was my dinner {day}? I honestly forget, the ZESA cuts mess up my evenings",
        "Would you be so good as to tell me what I ate for dinner {day}?",
    ],
    "lunch_place": [
        "{day} ndakadya lunch kupi? which place",
        "lunch, {day}, where??",
        "where did I go for lunch {day}? somebody asked me and I blanked, haa",
        "I wish to ascertain where I took my lunch {day}.",
    ],
    "dinner_place": [
        "dinner {day} ndakadyira kupi? the place",
        "dinner spot, {day}, where??",
        "where did I have dinner {day}? my cousin in Bulawayo wants the name of the place",
        "Please be so kind as to indicate where I dined {day}.",
    ],
    "workout_kind": [
        "{day} ndakaita exercise ipi? which workout",
        "wkout, {day}, which type??",
        "what kind of workout did I do {day}? run, ride, swim, I can't remember, shamwari",
        "It would assist me to know which form of exercise I took {day}.",
    ],
    "heart_rate": [
        "heart rate yangu pa{noun} {day} yaiva ipi? avg bpm",
        "avg hr, {noun}, {day}??",
        "what was my average heart rate on my {noun} {day}? felt like my heart was at Mbare Musika",
        "I humbly request my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} ndakarara zvakanaka here? sleep quality yangu yaiva sei",
        "sleep quality, {night}, good or bad??",
        "how well did I sleep {night}, what was the sleep quality? the neighbour's dog was barking, haa",
        "Kindly advise the quality of my sleep {night}.",
    ],
    "sleep_night": [
        "{night} ndakarara maawa mangani? how long I slept",
        "sleep, {night}, hrs??",
        "how long did I sleep {night}? I feel like a zombie, shamwari",
        "I would appreciate being informed how long I slept {night}.",
    ],
    "exercise_duration": [
        "{noun} yangu {day} yakatora nguva yakareba sei? how many minutes",
        "{noun}, {day}, how many mins??",
        "how long was my {noun} {day}? my legs still feel it in the kombi queue",
        "Would you be so good as to tell me how long my {noun} lasted {day}?",
    ],
    "meeting_duration": [
        "musangano we{title} {day} wakatora nguva yakareba sei? how long",
        "{title} mtg, {day}, how long??",
        "how long did the {title} meeting go on {day}? it felt endless, haa",
        "I wish to ascertain the length of the {title} meeting held {day}.",
    ],
    "distance_run": [
        "{day} ndakamhanya kure sei? how many km I ran",
        "run, {day}, kms??",
        "how far did I run {day}? trying to beat my cousin in Bulawayo",
        "Please be so kind as to indicate the distance I ran {day}.",
    ],
    "distance_cycle": [
        "{day} ndakatasva bhasikoro kure sei? km on the bike",
        "bike, {day}, kms ridden??",
        "how far did I cycle {day}? those hills are no joke, shamwari",
        "It would assist me to know how many kilometres I cycled {day}.",
    ],
    "distance_swim": [
        "{day} ndakashambira kure sei? swim distance in km",
        "swim, {day}, kms??",
        "how far did I swim {day}? the pool was freezing, haa",
        "I humbly request the distance I swam {day}.",
    ],
    "attendees": [
        "musangano we{title} {day} ndiani aivepo? who attended",
        "{title} mtg, {day}, who was there??",
        "who was in the {title} meeting {day}? I zoned out thinking about the Dynamos game",
        "Kindly advise who attended the {title} meeting {day}.",
    ],
    "meeting_count": [
        "{day} ndaiva nemisangano mingani? how many meetings",
        "mtgs, {day}, how many??",
        "how many meetings did I have {day}? it felt like a hundred, haa",
        "I would appreciate being informed how many meetings I had {day}.",
    ],
    "coffee_count": [
        "{day} ndakanwa makapu mangani ekofi? coffee count",
        "cofs, {day}, how many cups??",
        "how many coffees did I drink {day}? the ZESA cuts keep me up so I need them",
        "Would you be so good as to tell me how many cups of coffee I drank {day}?",
    ],
    "caffeine": [
        "caffeine yandakanwa {day} yaiva mangani mg? total caffeine",
        "caffeine, {day}, total mg??",
        "how much caffeine did I have {day}, in mg? no wonder I was jumpy in the kombi queue",
        "I wish to ascertain my total caffeine intake in milligrams {day}.",
    ],
    "first_coffee": [
        "kofi yangu yekutanga {day} ndakainwa nguva ipi? first coffee time",
        "1st coffee, {day}, what time??",
        "what time did I have my first coffee {day}? I was half asleep, shamwari",
        "Please be so kind as to indicate the time of my first coffee {day}.",
    ],
    "last_coffee": [
        "kofi yekupedzisira {day} ndakainwa nguva ipi? last coffee time",
        "last coffee, {day}, time??",
        "when did I have my last coffee {day}, what time? trying to work out why I was up so late",
        "It would assist me to know at what time I drank my last coffee {day}.",
    ],
    "first_meeting": [
        "musangano wekutanga {day} wakatanga nguva ipi? first meeting start time",
        "1st mtg, {day}, start time??",
        "what time did my first meeting start {day}? I nearly missed it because of the kombi queue",
        "I humbly request the starting time of my first meeting {day}.",
    ],
    "wake": [
        "{day} ndakamuka nguva ipi? wake up time",
        "woke up, {day}, what time??",
        "what time did I wake up {day}? the roosters next door never stop, haa",
        "Kindly advise at what time I woke {day}.",
    ],
    "bedtime": [
        "{night} ndakarara nguva ipi? what time I went to bed",
        "bedtime, {night}, when??",
        "what time did I go to bed {night}? I was watching the Dynamos game replay",
        "I would appreciate being informed at what time I retired to bed {night}.",
    ],
    "km_week": [
        "svondo rino ndaita {activity} yemakm mangani? total km I {past} this week",
        "{activity} kms, this week so far, total??",
        "how many km have I {past} in total this week? aiming to keep up with my cousin in Bulawayo",
        "Would you be so good as to tell me the total distance I have {past} this week, in kilometres?",
    ],
    "workouts_week": [
        "svondo rino ndaita ma workouts mangani? how many workouts",
        "wkouts this week, count??",
        "how many workouts have I done this week? I keep telling my clients I'm fit, haa",
        "I wish to ascertain how many workouts I have completed this week.",
    ],
    "dinner_on_distance": [
        "zuva randakaita {km} km pa{noun}, ndakadya chii for dinner? the day I {past} that far",
        "{km}km {noun} day, dinner was what??",
        "what did I eat for dinner on the day I {past} {km} km on my {noun}? I must have been starving, shamwari",
        "Please be so kind as to indicate what I ate for dinner on the day of my {km} km {noun}.",
    ],
    "meeting_after_workout": [
        "mushure me{noun} {day}, musangano wakatevera ndiani aivepo? who was at it",
        "1st mtg after {noun}, {day}, who attended??",
        "who was in the first meeting after my {noun} {day}? I was still sweaty, haa",
        "It would assist me to know who attended the first meeting following my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "zuva remusangano we{title}, ndakadya lunch kupi? the place",
        "{title} mtg day, lunch where??",
        "where did I have lunch on the day of the {title} meeting? my cousin in Bulawayo keeps asking for tips",
        "I humbly request the place where I lunched on the day of the {title} meeting.",
    ],
    "sleep_after_meeting": [
        "usiku hwemusangano we{title} ndakarara maawa mangani? sleep that night",
        "sleep, night after {title} mtg, hrs??",
        "how long did I sleep the night after the {title} meeting? it stressed me out, haa",
        "Kindly advise the length of my sleep on the night following the {title} meeting.",
    ],
    "dinner_on_said_day": [
        "zuva raakataura {who} nezve {value}, ndakadya chii for dinner?",
        "dinner, day {who} mentioned {value}, what food??",
        "what did I have for dinner the day {who} told me about {value}? I only remember the chat, shamwari",
        "I would appreciate being informed what I ate for dinner on the day {who} spoke of {value}.",
    ],
    "compare_sleep": [
        "{n1} kana {n2}, ndakarara zvakawanda rini? which night was longer sleep",
        "sleep, {n1} vs {n2}, which longer??",
        "which night did I sleep longer, {n1} or {n2}? both felt short with the ZESA cuts",
        "Would you be so good as to tell me on which night I slept longer, {n1} or {n2}?",
    ],
    "compare_caffeine": [
        "caffeine yakawanda zuva ripi, {d1} kana {d2}? which day more mg",
        "caffeine, {d1} vs {d2}, which day more??",
        "did I have more caffeine {d1} or {d2}? I felt wired on one of them, haa",
        "I wish to ascertain on which day I took more caffeine, {d1} or {d2}.",
    ],
    "compare_duration": [
        "workout yakareba zuva ripi, {d1} kana {d2}? which one was longer",
        "wkout length, {d1} vs {d2}, which longer??",
        "which day's workout was longer, {d1} or {d2}? my trainer at the gym wants to know",
        "Please be so kind as to indicate on which day my workout was longer, {d1} or {d2}.",
    ],
    "compare_coffee_weeks": [
        "svondo rino ndanwa kofi zvakawanda here kupfuura svondo rakapera? more cups this week",
        "cofs, this wk vs last wk, more or fewer??",
        "have I drunk more coffee this week than last week? I blame the ZESA cuts, shamwari",
        "It would assist me to know whether I have drunk more coffee this week than I did last week.",
    ],
    "late_coffee_sleep": [
        "kana ndanwa kofi at {t} kana mushure, ndinorara zvishoma here usiku ihwohwo? less sleep",
        "coffee {t} or later, sleep less that night??",
        "do I sleep less on nights after I have coffee at {t} or later? my sister swears it ruins her sleep",
        "I humbly request to know whether I sleep less on the nights after days when I drink coffee at {t} or later.",
    ],
    "late_dinner_sleep": [
        "kana kudya kwemanheru kwatanga at {t} kana mushure, ndinorara zvishoma here? less sleep after late dinner",
        "dinner starting {t} or later, less sleep??",
        "do I get less sleep when dinner starts at {t} or later? we eat late at home because of the kombi queue",
        "Kindly advise whether I sleep less on nights when my dinner begins at {t} or later.",
    ],
    "exercise_sleep": [
        "mazuva andaita exercise, ndinorara zvakawanda here usiku ihwohwo? longer sleep after workouts",
        "workout days, sleep longer that night??",
        "do I sleep longer on nights after days I work out? I want to convince my husband to come along, haa",
        "I would appreciate being informed whether I sleep longer on the nights after days on which I exercise.",
    ],
    "caffeine_sleep": [
        "mazuva andanwa {mg} mg caffeine kana kupfuura, ndinorara zvishoma here? less sleep",
        "{mg} mg+ caffeine days, sleep less??",
        "on days I have {mg} mg of caffeine or more, do I sleep less that night? I suspect I do, shamwari",
        "Would you be so good as to tell me whether I sleep less after days on which I take at least {mg} mg of "
        "caffeine?",
    ],
    "exercise_coffee": [
        "mazuva andaita exercise, ndinonwa kofi zvakawanda here? more coffee on workout days",
        "workout days vs rest days, more cofs??",
        "do I drink more coffee on days I work out than on days I don't? my clients think I live on coffee, haa",
        "I wish to ascertain whether I drink more coffee on days when I exercise than on days when I do not.",
    ],
    "book": [
        "{who} akandiudza kuverenga bhuku ripi? the book title",
        "{who}, book recommended, title??",
        "what book did {who} tell me to read? I need something for the long kombi queue",
        "Please be so kind as to indicate which book {who} recommended to me.",
    ],
    "film": [
        "{who} akati ndiwone firimu ripi? which film",
        "{who}, film to watch, which??",
        "which film did {who} say I should watch? need something for when the ZESA comes back",
        "It would assist me to know which film {who} suggested I watch.",
    ],
    "offsite": [
        "offsite yakatamira kupi, sekutaura kwa{who}? where is it now",
        "offsite, per {who}, moved where??",
        "where did {who} say the offsite moved to? hope it's not as far as my cousin in Bulawayo",
        "I humbly request to know where, according to {who}, the offsite has been moved.",
    ],
    "restaurant": [
        "{who} akati tiedze restaurant ipi? the restaurant name",
        "{who}, restaurant to try, name??",
        "which restaurant did {who} say we should try? I'm tired of sadza at lunch",
        "Kindly advise which restaurant {who} proposed that we try.",
    ],
    "flight": [
        "ndege ya{who} inomhara nguva ipi? landing time",
        "{who}, flight lands, time??",
        "what time does {who}'s flight land? I might have to fetch them from the airport, haa",
        "I would appreciate being informed at what time {who}'s flight lands.",
    ],
    "dog": [
        "imbwa itsva ya{who} inonzi ani? the dog's name",
        "{who}, new dog, name??",
        "what's the name of {who}'s new dog? I love dogs, shamwari",
        "Would you be so good as to tell me the name of the dog {who} adopted?",
    ],
    "launch": [
        "launch ye{project} yakasundirwa kusvika rini, sekutaura kwa{who}? new launch date",
        "{project} launch, per {who}, slipped to when??",
        "when is the {project} launch now, after {who} said it slipped? everything here is delayed, haa",
        "I wish to ascertain the date to which, as {who} told me, the {project} launch has slipped.",
    ],
    "age": [
        "mwanasikana wa{who} ari kuita makore mangani on saturday? her age",
        "{who}, daughter, turning how old sat??",
        "how old is {who}'s daughter turning on Saturday? I should bring her a present, shamwari",
        "Please be so kind as to indicate the age {who}'s daughter turns on Saturday.",
    ],
    "podcast": [
        "{who} akandiudza kuteerera podcast ipi? podcast name",
        "{who}, podcast recommended, name??",
        "which podcast did {who} recommend to me? something for the kombi queue would be nice",
        "It would assist me to know which podcast {who} recommended to me.",
    ],
    "fu_day_before": [
        "ko zuva rakapfuura ipapo, ndakadya chii for lunch?",
        "and the day before that, lunch??",
        "and what did I have for lunch the day before that one? sorry, my memory is like the ZESA",
        "And, kindly advise, what I lunched on the day prior to that.",
    ],
    "fu_meeting_length": [
        "ko musangano iwoyo wakatora nguva yakareba sei? how long",
        "that mtg, length??",
        "and how long did that meeting last? felt like forever to me, haa",
        "I would further appreciate being informed how long that meeting lasted.",
    ],
    "fu_other_day": [
        "ko {day}, ndakamhanya kure sei?",
        "and {day}, run kms??",
        "and how far did I run {day}? keeping score for my cousin in Bulawayo",
        "Would you likewise tell me the distance I ran {day}?",
    ],
    "fu_night_before": [
        "ko usiku hwakatangira ipapo, ndakarara maawa mangani?",
        "night before that, sleep hrs??",
        "and how long did I sleep the night before that? I think that was the night of the ZESA cuts",
        "I wish likewise to ascertain how long I slept the night before that one.",
    ],
    "fu_today": [
        "ko nhasi, makapu mangani ekofi kusvika parizvino?",
        "today so far, cofs??",
        "and how many coffees have I had today so far? don't judge me, shamwari",
        "And today, thus far, how many cups of coffee have I had, if you please?",
    ],
    "fu_other_person": [
        "ko {who} iye?",
        "and {who}, same q??",
        "and what about {who}, same question? they always have opinions, haa",
        "Kindly advise the same in respect of {who}.",
    ],
}


def _padded(d: date, year: bool = True) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if year else f"{d.day:02d}/{d.month:02d}"


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question names ``day`` asked on ``today``."""
    weekday, short = WEEKDAYS[day.weekday()], WEEKDAYS_SHORT[day.weekday()]
    if absolute:
        return [f"on {weekday}, the {_padded(day)}", f"on {short} {day.day} {MONTHS[day.month - 1]}, {day.year}",
                f"on {_padded(day)}, being a {weekday}"]
    back = (today - day).days
    if back == 0:
        return ["today"]
    if back == 1:
        return ["yesterday", f"yesterday, which was {weekday} {_padded(day, False)}",
                f"yesterday, being the {_nth(day.day)}"]
    return [f"last {weekday}, {_padded(day, False)}", f"on the {_padded(day, False)} ({short})",
            f"on {weekday} that passed"]


def night_options(day: date, today: date) -> list[str]:
    """How a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    weekday = WEEKDAYS[day.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night, {_padded(day, False)} going into {_padded(after, False)}"]
    return [f"{weekday} night, {_padded(day, False)}-{_padded(after, False)}", f"on {weekday} at night",
            f"{WEEKDAYS_SHORT[day.weekday()]}-to-{WEEKDAYS_SHORT[after.weekday()]} night"]
