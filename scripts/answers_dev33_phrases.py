"""Question phrasings of the answers benchmark's thirty-third tuning set, ``dev33`` (docs/benchmarks.md, "Answers").

``dev33`` was the held-out set until 2026-12-05, when, after its measurement at 753d611 (grounded
accuracy 0.837; worst categories attendees, habit relation and follow-up 0.682; unsupported 0.008;
abstention 0.909; p95 0.019 s), the engineer tuning the answer planner read its failures; it is spent
as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and zone
as before. It had replaced the former held-out set (now ``dev32``, answers_dev32_phrases.py) on
2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a Tbilisi local who types English,
lower case, with Georgian words in it in the Latin "translit" Georgians chat in ("aba" for well,
"ra" for what, "ra hqvia" for what it is called, "sad" for where, "vin iyo" for who was there,
"romeli" for which, "ramdeni" for how many, "ramden saatze" for at what time, "ramdeni wuti" for
how many minutes, "sauzme", "sadili" and "vaxshami" for the meals, "ra vchame" for what did I eat,
"yava" for coffee, "shexvedra" for a meeting, "vizine" for I slept, "gavigvidze" for I woke,
"davweqi" for I went to bed, "virbine" and "vicurave" for I ran and I swam, "vivarjishe" for I
worked out, "am kviras" and "gasul kviras" for this week and last, "orshabatidan" for since Monday,
"dges" and "gushin" for today and yesterday, "sashualod" for on average, "ar maxsovs" for I don't
remember, "xo?" for right?, "gtxov" for please and "... ki?" for and what about); a ski instructor
at Gudauri who types on the chairlift with gloves on, lower case, the fewest words, no question
mark where a "pls" or a colon will do; a tour guide in Old Tbilisi who chats, the question with two
question marks or none and a remark after it about the day's group ("the sulphur baths", "the
cable car", "the fortress", "the wine tasting", "the group from Lyon", "haha"); and a notary who
writes in full, formal sentences ("Kindly state", "Please indicate", "I should be obliged to
know", "for the register", "for my files"). Every question asks for the gold ``answers_evalset``
computes for its key, and fills the slots described in answers_phrases.py.

The dev33 life lives in Asia/Tbilisi, from Monday 13 December 2032; Georgia keeps Georgia Time
(UTC+4) all year, with no daylight saving time since 2005, so no clock changes inside it. Dates are
written as people in Georgia write them in English: day first, mostly with dots ("14.12", with the
year "14.12.2032"), sometimes with slashes, zero-padded ("14/12", "14/12/2032"), or the day and the
month's name ("14 December", "14 Dec"), the weekday before the date or after it, often shortened
with a dot: "on Tuesday, 14.12", "on Tue, 14.12", "on 14/12 (Tue)" or "on Tue. 14 December" for one of
the six days before today, "on Tuesday, 14.12.2032" or "on 14/12/2032, Tuesday" for an older one, and
"on Tuesday, 14.12.2032", "on 14 December 2032 (Tue.)" or "on 14/12/2032, Tue" for a day that may
lie outside the life; today and yesterday alone or with the date ("today (Wednesday, 15.12)",
"today, Wed 15 Dec", "yesterday, Tue 14/12", "yesterday (14 December)"); a night as last night,
alone or from one weekday to the next ("last night, Tue to Wed"), a weekday's night with its date in
brackets ("Tuesday night (14.12)"), the night of a day and month with the weekday ("the night of 14
Dec (Tue)") or the night from one date to the next ("the night from 14/12 to 15/12").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "run along the Mtkvari embankment", "jog in Vake Park"),
         "cycle": ("bike ride", "ride to Lisi Lake"), "swim": ("swim", "pool swim"),
         "yoga": ("yoga", "yoga class"), "climb": ("climbing session", "session at the climbing gym")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dots(day: date, year: bool = False) -> str:
    return f"{day:%d.%m.%Y}" if year else f"{day:%d.%m}"


def _slashes(day: date, year: bool = False) -> str:
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def _month(day: date, short: bool = False) -> str:
    name = MONTHS[day.month - 1]
    return f"{day.day} {name[:3] if short else name}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {name}, {_dots(day, True)}", f"on {_month(day)} {day.year} ({short}.)",
                f"on {_slashes(day, True)}, {short}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({name}, {_dots(day)})", f"today, {short} {_month(day, True)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} {_slashes(day)}", f"yesterday ({_month(day)})"]
    if 2 <= back <= 6:
        return [f"on {name}, {_dots(day)}", f"on {_slashes(day)} ({short})", f"on {short}. {_month(day)}",
                f"on {short}, {_dots(day)}"]
    return [f"on {name}, {_dots(day, True)}", f"on {_slashes(day, True)}, {name}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    name, after = WEEKDAYS[day.weekday()], day + timedelta(days=1)
    named = [f"{name} night ({_dots(day)})", f"the night of {_month(day, True)} ({SHORT[day.weekday()]})",
             f"the night from {_slashes(day)} to {_slashes(after)}"]
    if (today - day).days == 1:
        return ["last night", f"last night, {SHORT[day.weekday()]} to {SHORT[after.weekday()]}", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "aba, ra hqvia the book {who} recommended me? ar maxsovs",
        "book {who} recommended, title pls",
        "What was that book {who} told me to read?? Need something for the bus back from the fortress haha",
        "Kindly state the title of the book that {who} recommended to me.",
    ],
    "film": [
        "{who}-m romeli film mirchia? the one i have to watch",
        "film {who} says i must see: name",
        "Which movie did {who} tell me I had to watch? The group from Lyon asked what I'm watching lately",
        "Please indicate which film {who} advised me to see.",
    ],
    "offsite": [
        "offsite gadaitanes, xo? {who} said so. romel qalaqshi?",
        "offsite moved, per {who}. which city",
        "So {who} says the offsite got moved, which city is it in now?? I might have to swap tours with someone",
        "I should be obliged to know to which city the offsite has been moved, as {who} informed me.",
    ],
    "restaurant": [
        "ra hqvia the restaurant {who} told us to try? gtxov",
        "restaurant rec from {who}: name pls",
        "Which restaurant was it that {who} said we should try?? Want to take the group there after the wine tasting",
        "Kindly state the name of the restaurant recommended by {who}.",
    ],
    "flight": [
        "{who}-s flight ramden saatze jdeba? i'm picking up from the airport",
        "{who}'s flight, landing time",
        "What time is {who} landing?? I've got the cable car group all afternoon haha",
        "Please indicate the time at which the flight of {who} is due to land.",
    ],
    "dog": [
        "{who}-s new dzagli, ra hqvia? ar maxsovs saxeli",
        "{who}'s new dog: name",
        "What's the name of {who}'s new dog?? There's a stray at the sulphur baths I keep calling the wrong name",
        "For my files, kindly state the name given to the dog that {who} has acquired.",
    ],
    "launch": [
        "{project} launch gadaido, {who} said. aba, ra tarigze?",
        "{project} launch pushed, per {who}. new date",
        "{who} told me the {project} launch got pushed back, to when?? I'd like to plan a day off around it",
        "Please indicate the date to which, according to {who}, the launch of {project} has been postponed.",
    ],
    "age": [
        "{who}-s qalishvili ramdeni wlis xdeba? birthday is coming",
        "{who}'s daughter turns how old",
        "How old is {who}'s daughter going to be?? I bought a card in the old town and need the number",
        "Kindly state the age that the daughter of {who} is about to reach.",
    ],
    "podcast": [
        "ra hqvia the podcast {who} recommended? for the marshrutka",
        "podcast {who} recommended: name pls",
        "Which podcast did {who} get me hooked on?? Something to listen to on the walk up to the fortress",
        "Please indicate the name of the podcast that {who} recommended to me.",
    ],
    # value on date
    "breakfast_food": [
        "{day} sauzmeze ra vchame? ar maxsovs",
        "breakfast {day}: what",
        "What did I eat for breakfast {day}?? Must have been quick, the group was already waiting",
        "{Day}, kindly state what I had for breakfast.",
    ],
    "lunch_food": [
        "{day} sadilze ra vchame? just the food",
        "lunch {day}: food pls",
        "What did I have for lunch {day}?? I eat whatever is near the tour route haha",
        "Please indicate what I ate at lunch {day}.",
    ],
    "dinner_food": [
        "{day} vaxshamze ra vchame?",
        "dinner {day}: what did i eat",
        "What was my dinner {day}?? I was too tired after the last group to remember",
        "{Day}, kindly state what my dinner consisted of.",
    ],
    "lunch_place": [
        "{day} sadili sad vchame? the place",
        "lunch spot {day}: where",
        "Where did I grab lunch {day}?? One of the tourists wants the name of the place",
        "Please indicate where I took my lunch {day}, for the register.",
    ],
    "dinner_place": [
        "{day} vaxshami sad iyo? remind me",
        "dinner {day}: place",
        "Where did I have dinner {day}?? Asking because somebody loved it and I forgot where",
        "{Day}, kindly state the place at which I dined.",
    ],
    "workout_kind": [
        "{day} ra varjishi gavakete? run, swim, sxva?",
        "workout {day}: which kind",
        "What sort of workout did I do {day}?? My legs are telling me something but not what haha",
        "Please indicate the type of exercise I performed {day}.",
    ],
    "heart_rate": [
        "{day} {noun}-ze sashualod pulsi ramdeni iyo? bpm",
        "avg hr on the {noun} {day} pls",
        "What was my average heart rate during the {noun} {day}?? Felt like I was dying on the hill",
        "{Day}, kindly state my average heart rate, in beats per minute, over the {noun}.",
    ],
    "sleep_quality": [
        "{night} rogor vizine? good, fair tu poor",
        "sleep {night}: good fair or poor",
        "How did I sleep {night}, good, fair or poor?? Felt rough at the morning pick-up",
        "Please indicate whether my sleep {night} was recorded as good, fair or poor.",
    ],
    "sleep_night": [
        "{night} ramdeni saati vizine? saati da wuti",
        "sleep total {night}: hrs mins",
        "How much did I sleep {night}?? Hours and minutes, the group noticed the yawning haha",
        "Kindly state how long I slept {night}, in hours and minutes.",
    ],
    "exercise_duration": [
        "{day} {noun} ramdeni wuti gagrdzelda?",
        "{noun} {day}: minutes",
        "How many minutes did my {noun} take {day}?? Squeezed it in before the afternoon tour",
        "{Day}, please indicate the duration of my {noun}, in minutes.",
    ],
    "meeting_duration": [
        "{day} {title} ramdeni wuti gagrdzelda? dzaan grdzeli iyo",
        "{title} {day}: how many min",
        "How many minutes did the {title} go on for {day}?? Felt longer than the fortress climb",
        "Kindly state the length, in minutes, of the {title} {day}.",
    ],
    # distance
    "distance_run": [
        "{day} ramdeni km virbine?",
        "run {day}: km",
        "How many kilometres did I run {day}?? Trying to get fit for the summer season",
        "{Day}, please indicate the distance I ran, in kilometres.",
    ],
    "distance_cycle": [
        "{day} velosipedit ramdeni km gaviare?",
        "ride {day}: distance km",
        "How far did I ride my bike {day}?? Kilometres, Tbilisi hills don't make it easy",
        "Kindly state the distance, in kilometres, that I cycled {day}.",
    ],
    "distance_swim": [
        "{day} ramdeni km vicurave? auzi",
        "swim {day}: km",
        "How many kilometres did I swim {day}?? I always lose count of the lengths",
        "Please indicate the distance I swam {day}, in kilometres.",
    ],
    # attendees
    "attendees": [
        "{day} {title}-ze vin iyo? yvela saxeli gtxov",
        "{title} {day}: who was there, all names",
        "Who was in the {title} {day}?? I walked in late straight from a tour",
        "{Day}, kindly state the names of all those who attended the {title}.",
    ],
    # counts and totals
    "coffee_count": [
        "{day} ramdeni yava davlie? sul",
        "coffees {day}: count",
        "How many coffees did I drink {day}?? a coffee at every stop adds up haha",
        "Please indicate the number of coffees I drank {day}.",
    ],
    "caffeine": [
        "{day} sul ramdeni mg kofeini? gtxov",
        "caffeine {day}: total mg",
        "How much caffeine did I have in total {day}, in mg?? Hands were shaking on the cable car",
        "Kindly state my total caffeine intake {day}, in milligrams.",
    ],
    "meeting_count": [
        "{day} ramdeni shexvedra mqonda?",
        "no. of meetings {day}",
        "How many meetings did I sit through {day}?? On a day off from guiding, too",
        "{Day}, please indicate the number of meetings I had.",
    ],
    "km_week": [
        "am kviras orshabatidan sul ramdeni km {activity}?",
        "{activity} km this week since mon: total",
        "How many km of {activity} have I done this week?? Counting from Monday",
        "Kindly state the total number of kilometres of {activity} recorded for me this week, since Monday.",
    ],
    "workouts_week": [
        "am kviras ramdenjer vivarjishe? orshabatidan",
        "workouts this week since mon: count",
        "How many workouts have I done this week so far?? Since Monday, I mean",
        "Please indicate the number of workouts recorded for me this week, counting from Monday.",
    ],
    # first and last
    "first_coffee": [
        "{day} pirveli yava ramden saatze davlie?",
        "time of first coffee {day}",
        "When did I have my first coffee {day}?? Before the group showed up, I hope",
        "{Day}, kindly state the time of my first coffee.",
    ],
    "last_coffee": [
        "{day} bolo yava ramden saatze iyo?",
        "time of last coffee {day}",
        "What time was my last coffee {day}?? I was wide awake till late haha",
        "Please indicate at what time I drank my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} pirveli shexvedra ramden saatze daiwyo?",
        "start of first meeting {day}: time",
        "When did my first meeting start {day}?? I think I was still at the sulphur baths",
        "{Day}, kindly state the time at which my first meeting began.",
    ],
    "wake": [
        "{day} ramden saatze gavigvidze?",
        "woke up {day}: time",
        "What time did I wake up {day}?? The morning pick-up was early",
        "Please indicate the time at which I woke {day}.",
    ],
    "bedtime": [
        "{night} ramden saatze davweqi?",
        "bedtime {night}",
        "What time did I go to bed {night}?? Early pick-up the next day",
        "Kindly state the time at which I went to bed {night}.",
    ],
    # multi-hop
    "dinner_on_distance": [
        "im dges rom {km} km {past}, vaxshamze ra vchame?",
        "day of the {km} km {noun}: dinner",
        "What did I eat for dinner the day I did the {km} km {noun}?? Bet it was a big one haha",
        "Please indicate what I ate for dinner on the day on which I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day} {noun}-is mere pirvel shexvedraze vin iyo?",
        "{noun} {day}, next meeting after: who",
        "Who was at the first meeting after my {noun} {day}?? I was still red in the face",
        "{Day}, kindly state who attended the first meeting following my {noun}.",
    ],
    "lunch_on_meeting_day": [
        "{title} rom iyo im dges sadili sad vchame?",
        "{title} day: lunch where",
        "Where did I eat lunch the day of the {title}?? Someone from the office wants the name",
        "Please indicate where I had lunch on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "{title}-is mere game ramdeni vizine?",
        "night after {title}: sleep hrs",
        "How much sleep did I get the night after the {title}?? I was exhausted after that one",
        "Kindly state how long I slept on the night following the {title}, in hours and minutes.",
    ],
    "dinner_on_said_day": [
        "im dges rom {who}-m {value} maxsena, vaxshamze ra vchame?",
        "day {who} brought up {value}: dinner",
        "What did I have for dinner the day {who} told me about {value}?? It was a good day I think",
        "Please indicate what I ate for dinner on the day on which {who} mentioned {value}.",
    ],
    # comparison
    "compare_sleep": [
        "{n1} tu {n2}, romel game vizine meti? orive saati",
        "sleep {n1} vs {n2}: which longer, both",
        "Did I sleep longer {n1} or {n2}?? Give me both, I want to see the difference",
        "Kindly state on which night I slept longer, {n1} or {n2}, with the duration of each.",
    ],
    "compare_caffeine": [
        "{d1} tu {d2}, romel dges meti kofeini? orive mg",
        "caffeine {d1} vs {d2}: which higher, mg each",
        "Was there more caffeine in me {d1} or {d2}?? mg for both please",
        "Please indicate on which day my caffeine intake was higher, {d1} or {d2}, with the milligrams for each.",
    ],
    "compare_duration": [
        "{d1} tu {d2}, romel dges vivarjishe ufro didxans? wutebi orive",
        "workout {d1} vs {d2}: which longer, min each",
        "Which workout went on longer, {d1} or {d2}?? Minutes for both",
        "Kindly state which of my workouts lasted longer, {d1} or {d2}, with the minutes of each.",
    ],
    "compare_coffee_weeks": [
        "am kviras meti yava davlie tu gasul kviras? orive ricxvi",
        "coffees this week vs last week: more or fewer, both counts",
        "Am I drinking more coffee this week than last week?? Give me the two numbers",
        "Please indicate whether I have drunk more coffee this week than last week, with the count for each week.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "{t}-ze an mere rom davlev yavas, naklebs vizineb? sashualod orive",
        "coffee at {t} or later: sleep shorter? avg both",
        "When I have coffee at {t} or later, do I end up sleeping less?? Averages for both kinds of night",
        "Kindly state whether my average sleep is shorter on nights after a coffee taken at {t} or later than on "
        "other nights, with both averages.",
    ],
    "late_dinner_sleep": [
        "vaxshami {t}-ze an gvian rom iwyeba, naklebs vizineb? sashualod",
        "dinner at {t} or later: less sleep? avg each",
        "If dinner starts at {t} or later, do I sleep less that night?? Compare the averages for me",
        "Please indicate whether I sleep less on average after a dinner starting at {t} or later than after other "
        "dinners, with both averages.",
    ],
    "exercise_sleep": [
        "varjishis dges mere meti vizineb? sashualod, varjishis gareshe dgeebtan",
        "workout days vs rest days: sleep after, avg each",
        "Do I sleep more after a day I've worked out than after a lazy day?? Averages for both",
        "Kindly state whether my average sleep after days with exercise is longer than after days without, with "
        "both averages.",
    ],
    "caffeine_sleep": [
        "{mg} mg an meti kofeini rom mivigo, naklebs vizineb? sashualod",
        "{mg} mg caffeine or more in a day: sleep after shorter? avgs",
        "On days I have {mg} mg of caffeine or more, do I sleep less that night?? Both averages please",
        "Please indicate whether my sleep is shorter on average after days with {mg} mg of caffeine or more than "
        "after other days, with both averages.",
    ],
    "exercise_coffee": [
        "varjishis dgeebshi meti yava davlie? sashualod dgeshi, varjishis gareshe dgeebtan",
        "coffees a day, workout days vs rest days: avg each",
        "Do I drink more coffee on days I work out than on days I don't?? Average per day for each",
        "Kindly state whether my average number of coffees per day is higher on days with exercise than on days "
        "without, with both averages.",
    ],
    # follow-ups
    "fu_day_before": [
        "imis wina dges ki? sadilze ra vchame",
        "day before that: lunch",
        "And the day before that, what was lunch??",
        "Please also indicate what I ate for lunch on the preceding day.",
    ],
    "fu_meeting_length": [
        "aba, ramdeni wuti gagrdzelda es shexvedra?",
        "that meeting: length min",
        "And how long did that meeting run?? In minutes",
        "Kindly state the duration of that meeting, in minutes.",
    ],
    "fu_other_day": [
        "{day} ki? ramdeni km virbine",
        "{day}: run km",
        "And {day}, how far did I run then??",
        "Please indicate also the distance I ran {day}.",
    ],
    "fu_night_before": [
        "imis wina game ki? ramdeni saati",
        "night before that: hrs",
        "And the night before that, how much sleep??",
        "Kindly state also how long I slept on the preceding night.",
    ],
    "fu_today": [
        "dges ki? jer-jerobit ramdeni",
        "today so far: count",
        "And what about today so far?? How many",
        "Please indicate also the number so far today.",
    ],
    "fu_other_person": [
        "{who} ki? igive kitxva",
        "{who}: same q",
        "And {who}?? Same question",
        "Kindly answer the same question with regard to {who}.",
    ],
}
