"""Question phrasings of the answers benchmark's thirty-fifth tuning set, ``dev35`` (docs/benchmarks.md, "Answers").

``dev35`` was the held-out set until 2026-12-05, when, after its measurement at f7d44ae (grounded
accuracy 0.777; worst categories first/last 0.5, comparison 0.636; unsupported 0.0; abstention
0.773; p95 0.031 s), the engineer tuning the answer planner read its failures; it is spent as
held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and zone
as before. It had replaced the former held-out set (now ``dev34``, answers_dev34_phrases.py) on
2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): an Almaty product manager at a
fintech who types English, lower case, with Kazakh words in the Latin letters Kazakhs chat in ("gh"
for the soft g, "q" for the back k, "ng" for the nasal: "ne" for what, "qaysy" and "qai" for which,
"qayda" for where, "kim" and "kimder" for who, "neshe" for how many, "qansha" for how much, "saghat
neshede" for at what time, "neshe minut" and "neshe saghat" for how many minutes and hours, "tangghy
as", "tuski as" and "keshki as" for the meals, "ne jedim" for what did I eat, "kofe ishtim" for I
drank coffee, "kezdesu" for a meeting, "uiyqtadym" for I slept, "oyandym" for I woke, "jattym" for I
went to bed, "jugirdim", "juzdim" and "velosipedpen" for I ran, I swam and by bike, "jattyghu" for
a workout, "bugin" for today, "osy apta" and "otken apta" for this week and last week,
"duisenbiden beri" for since Monday, "ortasha" for on average, "kobirek" and "azyraq" for more and
less, "alde" for or, "nemese odan keyin" for or later, "al ... she?" for and what about,
"aldyndaghy" for the one before, "esimde joq" for I don't remember, "-nyng" for 's, "-dan keyin"
and "keyingi" for after); a freight dispatcher at a cargo terminal who types in bursts, lower case,
the fewest words, abbreviations ("brkfst", "mtg", "mins", "hrs", "wk", "avg", "vs", "pls"), the
thing, a colon and what is asked, with no question mark; a mountain guide who keeps a small
guesthouse above the city and chats, the question first and a remark after it ("the guests",
"the lake trip", "my horses", "the Shymbulak crowd"), or now and then a remark first; and a court
interpreter who writes in full, formal sentences ("Please advise", "I would be grateful to learn",
"Please let me know", "I wish to know"). Every question asks for the gold ``answers_evalset``
computes for its key, and fills the slots described in answers_phrases.py.

The dev35 life lives in Asia/Almaty, from Monday 18 April 2033; Kazakhstan keeps one offset (UTC+5
since March 2024) all year, with no daylight saving time since 2005, so no clock changes inside it.
Dates are written as people in Kazakhstan write them in English: day first, mostly with dots and
zero-padded ("19.04", with the year "19.04.2033"), sometimes with slashes ("19/04", "19/04/2033"),
or the day as an ordinal before the month's full name ("19th April", with the year "19th April
2033"); the weekday abbreviated before the date with the date in brackets ("on Tue (19.04)"), or
with a dot and a comma, as on Russian forms ("on Tue., 19/04"), or after the date, in full after a
comma ("on 19.04, Tuesday") or in brackets ("on 19/04 (Tuesday)", "on 19th April (Tue)"): those five
for one of the six days before today, "on Tue (19.04.2033)" or "on 19th April 2033, Tuesday" for an
older one, and "on 19.04.2033 (Tue)", "on 19th April 2033" or "on Tue, 19/04/2033" for a day that may
lie outside the life; today and yesterday alone or with the date ("today (20.04)", "today (Wed, 20
April)", "yesterday, 19.04", "yesterday (Tue, 19/04)"); a night as last night, alone or from one
weekday to the next ("last night (from Tue to Wed)"), a weekday's night with its dotted date in
brackets ("Tue night (19.04)"), or, as Russian speakers say it, the night from one day to the next,
by the days of the month ("the night from 19 to 20 April", "the night from 30 April to 1 May") or by
the weekdays with both days dotted ("the night from Tuesday to Wednesday, 19-20.04", "30.04-01.05").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "run along the Esentai", "jog up to Kok-Tobe"),
         "cycle": ("bike ride", "ride up to Medeu"), "swim": ("swim", "laps at the aquapark"),
         "yoga": ("yoga", "yoga class"), "climb": ("climbing", "climbing wall session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dots(day: date, year: bool = False) -> str:
    """19.04, or 19.04.2033 with the year."""
    return f"{day:%d.%m.%Y}" if year else f"{day:%d.%m}"


def _slashes(day: date, year: bool = False) -> str:
    """19/04, or 19/04/2033 with the year."""
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def _nth(day: date) -> str:
    """19th, 1st, 22nd."""
    n = day.day
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_dots(day, True)} ({short})", f"on {_nth(day)} {MONTHS[day.month - 1]} {day.year}",
                f"on {short}, {_slashes(day, True)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({_dots(day)})", f"today ({short}, {day.day} {MONTHS[day.month - 1]})"]
    if back == 1:
        return ["yesterday", f"yesterday, {_dots(day)}", f"yesterday ({short}, {_slashes(day)})"]
    if 2 <= back <= 6:
        return [f"on {short} ({_dots(day)})", f"on {_dots(day)}, {name}",
                f"on {_nth(day)} {MONTHS[day.month - 1]} ({short})", f"on {short}., {_slashes(day)}",
                f"on {_slashes(day)} ({name})"]
    return [f"on {short} ({_dots(day, True)})", f"on {_nth(day)} {MONTHS[day.month - 1]} {day.year}, {name}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    if day.month == after.month:
        span, dotted = f"{day.day} to {after.day} {MONTHS[day.month - 1]}", f"{day:%d}-{after:%d.%m}"
    else:
        span = f"{day.day} {MONTHS[day.month - 1]} to {after.day} {MONTHS[after.month - 1]}"
        dotted = f"{_dots(day)}-{_dots(after)}"
    named = [f"{SHORT[day.weekday()]} night ({_dots(day)})", f"the night from {span}",
             f"the night from {WEEKDAYS[day.weekday()]} to {WEEKDAYS[after.weekday()]}, {dotted}"]
    if (today - day).days == 1:
        return ["last night", f"last night (from {SHORT[day.weekday()]} to {SHORT[after.weekday()]})", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "{who} usyngan kitap qaysy edi? atyn esimde joq",
        "book {who} recommended: title",
        "What was that book {who} recommended to me? The guests keep asking what I'm reading by the stove.",
        "Please advise which book {who} recommended to me.",
    ],
    "film": [
        "{who} mindetti turde kor degen film qaysy edi?",
        "film {who} said to watch: which",
        "Which film did {who} tell me I absolutely had to see? Rainy week at the guesthouse, we need a movie.",
        "I would be grateful to learn which film {who} urged me to watch.",
    ],
    "offsite": [
        "offsite qai qalagha auysty? {who} aitty goi",
        "offsite moved per {who}: city",
        "So {who} says the offsite got moved, which city is it in now? I have to find someone to cover the lake trip.",
        "Please let me know to which city the offsite has been moved, according to {who}.",
    ],
    "restaurant": [
        "{who} usyngan meiramkhananyng atauy ne edi? baryp koreiyn",
        "restaurant {who} suggested: name",
        "Which restaurant was it that {who} said we should try? My guests always want somewhere new in town.",
        "I wish to know the name of the restaurant {who} suggested we try.",
    ],
    "flight": [
        "{who}-nyng reisi saghat neshede qonady? aeroportqa baramyn",
        "{who} flight: lands at what time",
        "What time does {who}'s flight get in? It's a long drive down from the mountains to the airport.",
        "Please advise at what time {who}'s flight is due to land.",
    ],
    "dog": [
        "{who}-nyng jana itining aty ne edi?",
        "{who} new dog: name",
        "What did {who} call the new dog? My horses will want to meet it.",
        "I would be grateful to learn the name of {who}'s new dog.",
    ],
    "launch": [
        "{project} launch keiinge qaldy ma? {who} aitty. qai kunge?",
        "{project} launch moved per {who}: new date",
        "To what date did the {project} launch slip, going by {who}? Trying to book my own days off around it.",
        "Please let me know the new date of the {project} launch, as {who} gave it.",
    ],
    "age": [
        "{who}-nyng qyzy neshe jasqa tolady? tughan kuni jaqyndap qaldy",
        "{who} daughter: turning how old",
        "How old is {who}'s daughter about to be? I'm thinking of sending down a jar of mountain honey.",
        "I wish to know what age {who}'s daughter is about to reach.",
    ],
    "podcast": [
        "{who} usyngan podcast qaysy edi? jolda tyngdaimyn",
        "podcast {who} recommended: name",
        "Which podcast did {who} recommend again? The drive up the gorge is long and the radio dies halfway.",
        "Please advise which podcast {who} recommended to me.",
    ],
    # value on date
    "breakfast_food": [
        "{day} tangghy asqa ne jedim? esimde joq",
        "brkfst {day}: what",
        "What did I eat for breakfast {day}? The guests ate all the baursaks so it wasn't those.",
        "I would be grateful to learn what I had for breakfast {day}.",
    ],
    "lunch_food": [
        "{day} tuski asqa ne jedim?",
        "lunch {day}: food",
        "What did I have for lunch {day}? On trail days I never remember.",
        "Please let me know what I ate for lunch {day}.",
    ],
    "dinner_food": [
        "{day} keshki asqa ne jedim? ai, umyttym",
        "dinner {day}: what eaten",
        "What was my dinner {day}? Half the time I eat standing in the kitchen.",
        "I wish to know what I had for dinner {day}.",
    ],
    "lunch_place": [
        "{day} tuski asqa qayda bardym?",
        "lunch {day}: where pls",
        "Where did I go for lunch {day}? A guest wants a tip for somewhere good down in the city.",
        "Please advise where I had my lunch {day}.",
    ],
    "dinner_place": [
        "{day} keshki asty qayda jedim?",
        "dinner {day}: which place",
        "Where did I eat dinner {day}? My co-guide says I'm stuck in a rut.",
        "I would be grateful to learn where I had dinner {day}.",
    ],
    "workout_kind": [
        "{day} qandai jattyghu jasadym? jugiru, juzu alde basqa birdeme?",
        "workout {day}: type",
        "What kind of workout did I do {day}? My knees are complaining and I'd like to know who to blame.",
        "Please let me know what kind of exercise I did {day}.",
    ],
    "heart_rate": [
        "{day} {noun} kezinde ortasha pulsim qansha boldy?",
        "{noun} {day}: avg bpm",
        "What was my average heart rate during the {noun} {day}? Altitude does funny things to it.",
        "I wish to know my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} qalai uiyqtadym? good, fair alde poor",
        "sleep {night}: good, fair or poor pls",
        "Was my sleep {night} good, fair or poor? The wind was howling round the guesthouse.",
        "Please advise whether my sleep {night} was good, fair or poor.",
    ],
    "sleep_night": [
        "{night} neshe saghat uiyqtadym? saghat pen minutpen",
        "sleep {night}: hrs and mins",
        "How long did I sleep {night}? I was up at dawn with the horses anyway.",
        "I would be grateful to learn how many hours and minutes I slept {night}.",
    ],
    "exercise_duration": [
        "{day} {noun} neshe minutqa sozyldy?",
        "{noun} {day}: mins",
        "How many minutes did my {noun} take {day}? Logging it for the club.",
        "Please let me know how many minutes my {noun} lasted {day}.",
    ],
    "meeting_duration": [
        "{day} {title} neshe minutqa sozyldy? ote uzaq boldy goi",
        "{title} {day}: mins",
        "How many minutes was the {title} {day}? Felt longer than the lake trip.",
        "I wish to know how long the {title} lasted {day}.",
    ],
    # distance
    "distance_run": [
        "{day} neshe km jugirdim?",
        "run {day}: how many km",
        "How many kilometres did I run {day}? Getting ready for the Almaty marathon.",
        "Please advise what distance I ran {day}.",
    ],
    "distance_cycle": [
        "{day} velosipedpen neshe km jurdim?",
        "bike {day}: km",
        "How far did I cycle {day}? The climb up the gorge nearly finished me.",
        "I would be grateful to learn how many kilometres I cycled {day}.",
    ],
    "distance_swim": [
        "{day} qansha qashyqtyq juzdim? km-men",
        "swim {day}: how far",
        "What distance did I swim {day}? I lose count after ten lengths.",
        "Please let me know what distance I swam {day}.",
    ],
    # attendees
    "attendees": [
        "{day} {title} kezdesuinde kimder boldy? barlyghyn ata",
        "{title} {day}: attendees list pls",
        "Who was at the {title} {day}? I dialled in from the hut and the line kept dropping.",
        "I wish to know who attended the {title} {day}.",
    ],
    # counts and totals
    "coffee_count": [
        "{day} neshe kofe ishtim?",
        "coffee {day}: count",
        "How many coffees did I have {day}? The guests say I live on the stuff.",
        "Please advise how many coffees I drank {day}.",
    ],
    "caffeine": [
        "{day} barlyghy neshe mg kofein aldym?",
        "caffeine {day}: mg total pls",
        "How much caffeine did I take in {day}, in mg? My heart was racing on the trail.",
        "I would be grateful to learn my total caffeine intake {day}, in milligrams.",
    ],
    "meeting_count": [
        "{day} neshe kezdesu boldy?",
        "mtgs {day}: how many",
        "How many meetings did I have {day}? Too many for a man who lives up a mountain.",
        "Please let me know how many meetings I had {day}.",
    ],
    "km_week": [
        "osy aptada duisenbiden beri {activity} boiynsha barlyghy neshe km?",
        "{activity} this wk from mon: total km",
        "How many km of {activity} have I done this week, from Monday on? My co-guide is ahead of me, I think.",
        "I wish to know the total kilometres of {activity} I have done this week, since Monday.",
    ],
    "workouts_week": [
        "osy aptada duisenbiden beri neshe ret jattyghu jasadym?",
        "workouts this wk from mon: count",
        "How many workouts have I done this week, since Monday? Not counting hauling firewood, sadly.",
        "Please advise how many workouts I have done this week, counting from Monday.",
    ],
    # first and last
    "first_coffee": [
        "{day} birinshi kofeni saghat neshede ishtim?",
        "1st coffee {day}: what time",
        "What time was my first coffee {day}? The guests were up before me.",
        "I would be grateful to learn at what time I had my first coffee {day}.",
    ],
    "last_coffee": [
        "{day} songhy kofe saghat neshede boldy?",
        "final coffee {day}: what time",
        "When did I have my last coffee {day}? I lay awake listening to the river.",
        "Please let me know the time of my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} birinshi kezdesu saghat neshede bastaldy?",
        "first mtg {day}: start time",
        "What time did my first meeting start {day}? I took it on the porch, I think.",
        "I wish to know at what time my first meeting began {day}.",
    ],
    "wake": [
        "{day} saghat neshede oyandym?",
        "up {day}: what time",
        "When did I wake up {day}? The roosters next door don't help.",
        "Please advise at what time I woke {day}.",
    ],
    "bedtime": [
        "{night} saghat neshede jattym?",
        "bed {night}: time",
        "What time did I turn in {night}? The guests kept me up with their stories.",
        "I would be grateful to learn at what time I went to bed {night}.",
    ],
    # multi-hop
    "dinner_on_distance": [
        "{km} km {noun} bolghan kuni keshki asqa ne jedim?",
        "{km} km {noun} day: dinner",
        "What did I eat for dinner on the day of that {km} km {noun}? I must have been starving.",
        "Please let me know what I had for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day} {noun}-dan keyingi birinshi kezdesude kimder boldy?",
        "{day} first mtg after {noun}: who",
        "Who was in my first meeting after the {noun} {day}? I was still red in the face.",
        "I wish to know who was present at my first meeting after the {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "{title} bolghan kuni tuski asty qayda ishtim?",
        "lunch on {title} day: which place",
        "Where did I have lunch the day of the {title}? Somebody wants a place near the office.",
        "Please advise where I had lunch on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "{title}-dan keyingi tuni neshe saghat uiyqtadym?",
        "sleep night after {title}: hrs pls",
        "How long did I sleep the night after the {title}? That one left me wrung out.",
        "I would be grateful to learn how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "{who} {value} turaly aitqan kuni keshki asqa ne jedim?",
        "day {who} mentioned {value}: dinner",
        "What did I eat for dinner the day {who} talked about {value}? Funny what sticks and what doesn't.",
        "Please let me know what I had for dinner on the day {who} mentioned {value}.",
    ],
    # comparison
    "compare_sleep": [
        "{n1} alde {n2}, qaysysynda kobirek uiyqtadym? ekeuining de uaqytyn aitshy",
        "sleep {n1} vs {n2}: which longer, both hrs",
        "Did I sleep longer {n1} or {n2}, and how long each time? The guests say I look worn out either way.",
        "I wish to know on which night I slept longer, {n1} or {n2}, with the duration of each.",
    ],
    "compare_caffeine": [
        "{d1} alde {d2}, qai kuni kofein kobirek boldy? ekeuine de mg",
        "caffeine {d1} vs {d2}: which more, mg each",
        "Which day had more caffeine, {d1} or {d2}, and how many mg each? One of them I made the big pot.",
        "Please advise on which day I took in more caffeine, {d1} or {d2}, with the milligrams for each.",
    ],
    "compare_duration": [
        "{d1} alde {d2}, qaysy jattyghu uzaghyraq boldy? ekeuining de minuty",
        "workout {d1} vs {d2}: longer one, mins each",
        "Was my workout longer {d1} or {d2}, and how many minutes each? My co-guide and I have a bet on it.",
        "I would be grateful to learn which workout was longer, {d1} or {d2}, with the minutes of each.",
    ],
    "compare_coffee_weeks": [
        "osy aptada otken aptagha qaraghanda kobirek kofe ishtim be? eki sandy da aitshy",
        "coffee this wk vs last wk: counts",
        "Have I had more coffee this week than last week, with both numbers? The new grinder may be to blame.",
        "Please let me know whether I drank more coffee this week than last week, with the count for each.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "{t} nemese odan keyin kofe ishken kunderi azyraq uiyqtaimyn ba? ortasha ekeuin de",
        "coffee at {t} or later: less sleep? avg both",
        "On days I have a coffee at {t} or later, do I sleep less, and what are the two averages? "
        "The guests swear by the evening cup.",
        "I wish to know whether I sleep less on average after days with a coffee at {t} or later than after "
        "the other days, with both averages.",
    ],
    "late_dinner_sleep": [
        "keshki as {t} nemese odan keshirek bastalsa, azyraq uiyqtaimyn ba? ortasha ekeuin de",
        "dinner from {t} on: shorter sleep? both avgs",
        "When dinner starts at {t} or later, do I sleep less than otherwise? Give me both averages. "
        "We eat late up here once the guests are back.",
        "Please advise whether I sleep less on average after dinners begun at {t} or later than after earlier "
        "ones, with both averages.",
    ],
    "exercise_sleep": [
        "jattyghu jasaghan kunderden keyin kobirek uiyqtaimyn ba? jattyghusyz kundermen salystyrghanda, ortasha",
        "sleep after training days vs no training: avgs",
        "Do I sleep longer after days with a workout than after days without? Averages for both, please. "
        "My co-guide thinks the mountain air does it, not the exercise.",
        "I would be grateful to learn whether I sleep longer on average after days with a workout than after "
        "days without one, with both averages.",
    ],
    "caffeine_sleep": [
        "kunine {mg} mg nemese odan kop kofein alsam azyraq uiyqtaimyn ba? ortasha ekeuin de",
        "days {mg} mg caffeine or more: less sleep? avgs",
        "After days with {mg} mg of caffeine or more, do I sleep less? Both averages, please. "
        "I suspect the big pot again.",
        "Please let me know whether I sleep less on average after days with at least {mg} mg of caffeine than "
        "after the other days, with both averages.",
    ],
    "exercise_coffee": [
        "jattyghu kunderi kofeni kobirek ishemin be? kunine ortasha, jattyghusyz kundermen salystyr",
        "coffee per day training days vs rest days: avgs",
        "Do I drink more coffee on days I work out than on days I don't? Daily average for each. "
        "I feel like I need a cup before every climb.",
        "I wish to know whether I drink more coffee per day on average on days with a workout than on days "
        "without one, with both averages.",
    ],
    # follow-ups
    "fu_day_before": [
        "al onyng aldyndaghy kuni she? tuski asqa ne jedim",
        "and the day before: lunch",
        "And the day before that, what was lunch? I'm trying to piece the week together.",
        "Please advise what I had for lunch on the day before that.",
    ],
    "fu_meeting_length": [
        "al sol kezdesu neshe minutqa sozyldy?",
        "that mtg: mins",
        "And how many minutes did that meeting run? Felt like forever.",
        "I would also be grateful to learn how long that meeting lasted.",
    ],
    "fu_other_day": [
        "al {day} she? neshe km jugirdim",
        "and {day}: run km",
        "And how far did I run {day}? Curious how it compares.",
        "Please let me know the distance I ran {day} as well.",
    ],
    "fu_night_before": [
        "al onyng aldyndaghy tuni she? neshe saghat uiyqtadym",
        "night before that: sleep",
        "And the night before that, how long did I sleep? I bet it was worse.",
        "I wish to know how long I slept on the night before that one.",
    ],
    "fu_today": [
        "al bugin she? osy uaqytqa deiin neshe",
        "today so far: how many",
        "And today, how many so far? The day's not over yet.",
        "Please advise how many there have been today so far.",
    ],
    "fu_other_person": [
        "al {who} she? sol suraq",
        "{who}: same",
        "And {who}, same question? Just curious.",
        "I would be grateful for the same answer regarding {who}.",
    ],
}
