"""Question phrasings of the answers benchmark's forty-seventh tuning set, ``dev47`` (docs/benchmarks.md, "Answers").

``dev47`` was the held-out set until 2026-12-05, when, after its measurement at ba1f536 (grounded
accuracy 0.814; worst category comparison 0.591; unsupported 0.015; abstention 1.0; p95 0.022 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev46``, answers_dev46_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young site engineer at a
construction firm in Hodan who types lower case and switches between English and Somali inside a
sentence, in its ordinary Latin spelling (the alphabet of 1972: "c" and "x" for the throat sounds,
doubled vowels for long ones; "maxaan ... ku" for what I ... with, "xaggee" for where, "goorma" for
when, "saacadda imisa" for at what time, "imisa" for how many, "immisa jeer" for how many times,
"muddo intee le'eg" for how long, "masaafo intee le'eg" for how far, "sidee" for how, "yaa" for who,
"ka qaybgalay" and "ku jiray" for took part and was in, "kee", "tee", "maalintee", "habeenkee" and
"filimkee" for which, "quraacday", "qadeeyay" and "casheeyay" for I had breakfast, lunch and dinner,
"cabbay" and "cabbaa" for I drank and I drink, "qaatay" and "qaato" for I took and I take, "seexday"
and "seexdaa" for I slept and I sleep, "sariirta galay" for I went to bed, "toosay" for I woke,
"orday" for I ran, "baaskiil ku maray" for I rode a bike, "dabaashay" for I swam, "jimicsi" for a
workout, "bun" and "koob" for coffee and a cup, "shir" for a meeting, "buug", "filim", "eey",
"gabadh", "diyaarad" and "maqaayad" for a book, a film, a dog, a daughter, a plane and a restaurant,
"garaaca wadnaha" for the heart rate, "hurdo" and "hurdadaydu" for sleep and my sleep,
"toddobaadkan" and "toddobaadkii hore" for this week and last week, "maalintii", "maalmaha" and
"habeenkii" for the day, the days and the night, "ugu horreeyay" and "ugu dambeeyay" for first and
last, "ka badan" and "ka yar" for more and less, "celcelis ahaan" for on average, "wadar ahaan" for in
total, "tiro ahaan" for in number, "mise" for or, "kadib" and "ka dib" for after, "ka horreysay" and
"ka horreeyay" for the one before, "ka dambeeyay" for the one after, "ka warran" for what about, "isla
su'aashii" for the same question, "loo raray" for it was moved to, "loo dib dhigay" for it was put
off to, "soo degaysaa" for lands, "noqonaysaa" for turns, "magaciisu waa maxay" for what is its name,
"walaal" to address the assistant); a clerk at a freight office at the port of Mogadishu who types to
the assistant as to a chat bot, a slash command naming the thing first ("/breakfast", "/lunch",
"/dinner", "/coffee", "/caffeine", "/mtg", "/sleep", "/bed", "/wake", "/workout", "/hr", "/run",
"/ride", "/swim", "/book", "/film", "/flight", "/same"), then the fewest words, lower case, with no
question mark, abbreviations ("mtg", "wk", "hrs", "mins", "avg", "bpm", "vs") and "+" for "or
later" and "or more"; a phone seller at Bakaara Market who chats, the question first and a remark
after it ("the canjeero stall", "the call to prayer", "the traffic at KM4", "the sand at Lido", "the
generator next door", "the bus ride to Afgooye", "my cousin in Hargeisa", "the Deyr rains",
"afternoon shaah", "a thermos of tea at Aden Adde", "the power cut"); and a retired veterinary
officer in Wadajir who writes formal sentences with formulas of his own ("With due respect, please
state", "I take the liberty of asking", "I await your statement of", "I am desirous of knowing",
"Your answer is requested as to", "I would be grateful for an indication of", "I request your
clarification of", "It would be appreciated if you stated", "Kindly be informed that I wish to
know", "In the same vein, I ask", "Accordingly, I ask"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev47 life lives in Africa/Mogadishu, from Monday 11 September 2034; Somalia keeps one offset
(East Africa Time, UTC+3) all year and has no daylight saving time, so no clock changes inside it.
Dates are written as people in Somalia write Gregorian dates in English, day first as on Somali
forms, receipts and letters: zero-padded with hyphens and the full year ("11-09-2034"), slashed and
zero-padded with a two-digit year as on text-message receipts ("11/09/34"), or the ordinal before
the month's name ("11th September 2034"); for one of the six days before today the slashed day with
its two-digit year and then the weekday ("on 11/09/34, Monday"), the weekday and the hyphenated date
("on Monday, 11-09-2034"), "this past" weekday with its ordinal ("this past Monday, the 11th"), or
the days counted back ("3 days back, on Monday"); for a day that may lie outside the life always
with the year ("on 11-09-2034, a Monday", "on 11th September 2034, Monday", "on Monday the 11th,
September 2034", "on the date 11-09-2034"); today alone or with its date ("today (Mon 11/09/34)",
"today the 11th"); yesterday alone or with its date ("yesterday, 10-09-2034", "yesterday (Sunday the
10th)"). A night is last night, alone or with its short weekday and slashed day ("last night (Sun
10/09)"); or the night of a hyphenated date ("on the night of 11-09-2034"), a weekday's night with
its slashed day and two-digit year ("on Monday night (11/09/34)"), overnight from one weekday to the
next ("overnight from Monday to Tuesday"), or the night between two ordinals ("on the night between
the 11th and the 12th"). Day and night names that the disjointness checks found shared with another
set (the hyphenated date with the year, alone or with the short weekday in brackets; the ordinal, the
month's name and the year, with or without the weekday in brackets; the day, the month's name and the
year, with or without the weekday after a comma; the weekday before a slashed date with the full or
two-digit year; last night with its two short weekdays; the night from one ordinal to the next) were
reworded. Workouts are named with places in and around Mogadishu: Lido beach, Jazeera beach, the
Mogadishu Stadium track, the Maka al-Mukarama road, the Afgooye road, Shangani, the old port, the
Peace Garden and Hodan.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along Lido beach", "jog on the Jazeera beach sand", "run round the Mogadishu Stadium track"),
         "cycle": ("ride down the Maka al-Mukarama road", "bike ride out on the Afgooye road", "ride round Shangani"),
         "swim": ("swim off Lido beach", "sea swim by the old port", "swim at Jazeera beach"),
         "yoga": ("yoga class in Hodan", "yoga on the roof at home", "yoga session in the Peace Garden"),
         "climb": ("climbing session at the Hodan wall", "bouldering session at the sports club in Hodan")}
"""What a question calls a workout of each activity, with places in and around Mogadishu."""

PHRASES: dict[str, list[str]] = {
    "breakfast_food": [
        "{day} maxaan ku quraacday?",
        "/breakfast {day} food",
        "what did i eat for breakfast {day}? the canjeero stall had a queue out the door as usual",
        "With due respect, please state what I had for breakfast {day}.",
    ],
    "lunch_food": [
        "{day} maxaan ku qadeeyay, walaal?",
        "/lunch {day} food",
        "what did i have for lunch {day}? the office canteen line is a nightmare at one",
        "I take the liberty of asking what I ate for lunch {day}.",
    ],
    "dinner_food": [
        "{day} maxaan ku casheeyay?",
        "/dinner {day} food",
        "what did i have for dinner {day}? my aunt keeps asking whether i eat properly",
        "I await your statement of what I ate for dinner {day}.",
    ],
    "lunch_place": [
        "{day} xaggee ayaan ku qadeeyay?",
        "/lunch {day} where",
        "where did i go for lunch {day}? the noon heat sends everybody indoors",
        "I am desirous of knowing where I had lunch {day}.",
    ],
    "dinner_place": [
        "{day} xaggee ayaan ku casheeyay, walaal?",
        "/dinner {day} where",
        "where did i eat dinner {day}? half the street was dark from the power cut that week",
        "Your answer is requested as to where I took my dinner {day}.",
    ],
    "workout_kind": [
        "{day} jimicsi noocee ah ayaan sameeyay?",
        "/workout {day} type",
        "what kind of workout did i do {day}? my legs are telling me something but not which",
        "I am desirous of knowing what form of exercise I did {day}.",
    ],
    "heart_rate": [
        "{day} my {noun}, garaaca wadnaha celcelis ahaan imisa ahaa?",
        "/hr {noun} {day} avg bpm",
        "what was my average heart rate on the {noun} {day}? the watch strap keeps slipping off my wrist",
        "I would be grateful for an indication of my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} hurdadaydu sidee ayay ahayd?",
        "/sleep {night} quality",
        "how well did i sleep {night}? the fan in my room broke, so i'm curious",
        "I take the liberty of asking how well I slept {night}.",
    ],
    "sleep_night": [
        "{night} immisa saac ayaan seexday?",
        "/sleep {night} hrs",
        "how long did i sleep {night}? it was stuffy with the window shut against the dust",
        "Your answer is requested as to how long I slept {night}.",
    ],
    "exercise_duration": [
        "{day} my {noun}, muddo intee le'eg ayuu socday?",
        "/workout {noun} {day} mins",
        "how long did my {noun} take {day}? i lose track once the call to prayer starts",
        "I would be grateful for an indication of how long my {noun} lasted {day}.",
    ],
    "meeting_duration": [
        "{title} {day}, muddo intee le'eg ayuu shirku socday?",
        "/mtg {title} {day} length",
        "how long did the {title} run {day}? nobody here ever watches the clock",
        "I request your clarification of how long the {title} meeting lasted {day}.",
    ],
    "distance_run": [
        "{day} masaafo intee le'eg ayaan orday?",
        "/run {day} km",
        "how many km did i run {day}? the sand at Lido eats your legs",
        "Your answer is requested as to how far I ran {day}.",
    ],
    "distance_cycle": [
        "{day} immisa km ayaan baaskiil ku maray?",
        "/ride {day} km",
        "how far did i cycle {day}? the road past the old port is all potholes",
        "It would be appreciated if you stated the distance I cycled {day}.",
    ],
    "distance_swim": [
        "{day} immisa km ayaan dabaashay?",
        "/swim {day} km",
        "how far did i swim {day}? the sea was choppy the whole week",
        "I take the liberty of asking how many kilometres I swam {day}.",
    ],
    "attendees": [
        "{title} meeting-kii {day}, yaa ka qaybgalay?",
        "/mtg {title} {day} who attended",
        "who sat in on the {title} {day}? the generator next door drowned out half of it",
        "Your answer is requested as to who attended the {title} meeting {day}.",
    ],
    "coffee_count": [
        "{day} immisa koob oo bun ah ayaan cabbay?",
        "/coffee {day} count",
        "how many coffees did i have {day}? the machine at the office is finally fixed",
        "It would be appreciated if you stated how many coffees I drank {day}.",
    ],
    "caffeine": [
        "{day} immisa mg oo caffeine ah ayaan qaatay?",
        "/caffeine {day} mg total",
        "how much caffeine went into me {day}, in mg? my hands were shaking at the counter",
        "I await your statement of the total milligrams of caffeine I consumed {day}.",
    ],
    "meeting_count": [
        "{day} immisa shir ayaan galay?",
        "/mtg {day} count",
        "how many meetings did i sit through {day}? my tea went cold between every one of them",
        "It would be appreciated if you stated how many meetings I had {day}.",
    ],
    "km_week": [
        "toddobaadkan immisa km ayaan {past} wadar ahaan?",
        "/{verb} km this wk total",
        "how many km of {activity} have i done this week? i'm trying to beat my cousin in Hargeisa",
        "Your answer is requested as to the total kilometres of {activity} I have done this week.",
    ],
    "workouts_week": [
        "toddobaadkan immisa jeer ayaan jimicsi sameeyay?",
        "/workouts this wk count",
        "how many workouts have i fit in this week? i want a good streak before the Deyr rains",
        "It would be appreciated if you stated how many workouts I have done this week.",
    ],
    "first_coffee": [
        "{day} bunkii ugu horreeyay saacadda imisa ayaan cabbay?",
        "/coffee {day} first time",
        "when did i have my first coffee {day}? mornings at the shop start before the shutters are up",
        "Your answer is requested as to the time of my first coffee {day}.",
    ],
    "last_coffee": [
        "{day} bunkii ugu dambeeyay goorma ayaan cabbay?",
        "/coffee {day} last time",
        "when was my last coffee {day}? i'm trying to stop earlier in the day",
        "I take the liberty of asking at what time I drank my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} shirkii ugu horreeyay goorma ayuu bilaabmay?",
        "/mtg {day} first start time",
        "what time was my first meeting {day}? the traffic at KM4 makes me late to everything",
        "I would be grateful for an indication of the hour at which my first meeting began {day}.",
    ],
    "wake": [
        "{day} saacadda imisa ayaan toosay?",
        "/wake {day} time",
        "what time did i get up {day}? the call to prayer is my only alarm clock",
        "I would be grateful for an indication of the time I woke up {day}.",
    ],
    "bedtime": [
        "{night} saacadda imisa ayaan sariirta galay?",
        "/bed {night} time",
        "what time did i turn in {night}? the wedding music down the road went on forever",
        "I am desirous of knowing at what time I went to bed {night}.",
    ],
    "dinner_on_distance": [
        "maalintii aan {past} {km} km, maxaan ku casheeyay?",
        "/dinner day of {km} km {noun}",
        "what was dinner on the day i {past} {km} km? i remember being starving that evening",
        "I request your clarification of what I had for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day}, my {noun} kadib, shirkii ugu horreeyay yaa ku jiray?",
        "/mtg after {noun} {day} who",
        "who was in the first meeting after my {noun} {day}? i walked in still sweating",
        "Your answer is requested as to who attended the first meeting following my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "maalintii {title} meeting-ka, xaggee ayaan ku qadeeyay?",
        "/lunch where day of {title}",
        "where did i have lunch the day of the {title}? i remember rushing back for it",
        "I await your statement of where I had lunch on the day of the {title} meeting.",
    ],
    "sleep_after_meeting": [
        "habeenkii ka dambeeyay {title} meeting-ka, intee ayaan seexday?",
        "/sleep night after {title} hrs",
        "how much sleep did i get the night after the {title}? my head was still buzzing from it",
        "I request your clarification of how long I slept on the night following the {title} meeting.",
    ],
    "dinner_on_said_day": [
        "maalintii {who} mentioned {value}, maxaan ku casheeyay?",
        "/dinner day {who} mentioned {value}",
        "what did i have for dinner the day {who} brought up {value}? we talked about it over tea for an hour",
        "I await your statement of what I ate for dinner on the day {who} recommended {value}.",
    ],
    "compare_sleep": [
        "habeenkee ayaan hurdo badan helay, {n1} mise {n2}?",
        "/sleep {n1} vs {n2} longer",
        "did i get more sleep {n1} or {n2}? the mosquitoes decided for me on one of those nights",
        "I would be grateful for an indication of whether I slept longer {n1} or {n2}.",
    ],
    "compare_caffeine": [
        "maalintee ayaan caffeine badan qaatay, {d1} mise {d2}?",
        "/caffeine {d1} vs {d2} more",
        "was i more wired on caffeine {d1} or {d2}? both days felt like one long shift",
        "I take the liberty of asking whether I took in more caffeine {d1} or {d2}.",
    ],
    "compare_duration": [
        "jimicsigayga, {d1} mise {d2}, kee ayaa dheeraa?",
        "/workout {d1} vs {d2} longer",
        "which workout went on longer, {d1} or {d2}? my knees certainly noticed one of them",
        "Kindly be informed that I wish to know whether my workout {d1} lasted longer than the one {d2}.",
    ],
    "compare_coffee_weeks": [
        "toddobaadkan bun badan ayaan cabbay mise toddobaadkii hore, tiro ahaan?",
        "/coffee this wk vs last wk count",
        "am i drinking more coffee this week than last week, cup for cup? the wind off the sea makes me want it hot",
        "Your answer is requested as to whether I have had more coffees this week than in the whole of last week.",
    ],
    "late_coffee_sleep": [
        "maalmaha aan bun cabbo {t} ama ka dib, ma seexdaa wax ka yar, celcelis ahaan?",
        "/sleep coffee at {t}+ vs none avg",
        "does a coffee at {t} or later cut into my sleep, compared with days without one? afternoon shaah is a "
        "family habit",
        "I request your clarification of whether I sleep less after days on which I have coffee at or after {t} than "
        "after days on which I do not.",
    ],
    "late_dinner_sleep": [
        "markaan casheeyo {t} ama ka dib, hurdadaydu ma ka yaraataa maalmaha kale, celcelis ahaan?",
        "/sleep dinner {t}+ vs earlier avg",
        "do i sleep less when dinner starts at {t} or later? dinner at my mother's never starts before nine",
        "I am desirous of knowing whether I sleep less after evenings on which dinner begins at or after {t} than "
        "after evenings on which it begins earlier.",
    ],
    "exercise_sleep": [
        "habeennada ka dambeeya maalmaha aan jimicsi sameeyo, ma seexdaa wax ka badan, celcelis ahaan?",
        "/sleep after workout days vs rest days avg",
        "do i sleep longer after the days i work out than after the days i don't? my roommate swears i snore more "
        "after a run",
        "I am desirous of knowing whether I sleep longer on the nights after days on which I exercise than after days "
        "on which I do not.",
    ],
    "caffeine_sleep": [
        "markaan qaato {mg} mg caffeine ama ka badan, ma seexdaa wax ka yar maalmaha kale, celcelis ahaan?",
        "/sleep caffeine {mg}mg+ days vs rest avg",
        "do i sleep less after days with {mg} mg of caffeine or more than after days with less? my sister blames "
        "the shaah",
        "I request your clarification of whether my sleep is shorter after days on which I take at least {mg} mg of "
        "caffeine than after days on which I take less.",
    ],
    "exercise_coffee": [
        "maalmaha aan jimicsi sameeyo, ma cabbaa bun ka badan maalmaha aanan sameyn, celcelis ahaan?",
        "/coffee workout days vs rest days avg",
        "do i drink more coffee on workout days than on rest days? feels like the training makes me crave it",
        "I request your clarification of whether I drink more coffees on days when I exercise than on days when I "
        "do not.",
    ],
    "book": [
        "{who} recommended a buug, magaciisu waa maxay?",
        "/book {who} recommended title",
        "which book did {who} tell me to read? i need something for the long bus ride to Afgooye",
        "Kindly be informed that I wish to know the title of the book {who} recommended.",
    ],
    "film": [
        "{who} recommended a filim, filimkee ahaa?",
        "/film {who} recommended title",
        "which film did {who} say i should watch? there's finally a cinema open again in town",
        "I take the liberty of asking which film {who} urged me to watch.",
    ],
    "offsite": [
        "{who} said the offsite moved, xaggee loo raray?",
        "/offsite {who} new place",
        "where did {who} say the offsite moved to? i need to know whether to renew my passport",
        "I take the liberty of asking where, according to {who}, the offsite has been moved.",
    ],
    "restaurant": [
        "{who} said we should try a maqaayad, tee ahayd?",
        "/restaurant {who} suggested",
        "which restaurant did {who} want us to try? i'm tired of eating at the same place every Friday",
        "I await your statement of the restaurant {who} suggested we try.",
    ],
    "flight": [
        "diyaaradda {who} saacadda imisa ayay soo degaysaa?",
        "/flight {who} landing time",
        "what time does {who}'s flight land? i said i'd wait at Aden Adde with a thermos of tea",
        "Kindly be informed that I wish to know at what time {who}'s flight is due to land.",
    ],
    "dog": [
        "eeyga cusub ee {who}, magaciisu waa maxay?",
        "/dog {who} name",
        "what's {who}'s new dog called? i'm still a little nervous around dogs, honestly",
        "Kindly be informed that I wish to learn the name of the dog {who} adopted.",
    ],
    "launch": [
        "{project} launch-ka taariikhdee ayaa loo dib dhigay?",
        "/launch {project} new date",
        "what date did the {project} launch slip to? my team lead keeps moving everything",
        "Kindly be informed that I wish to know the date to which the {project} launch was postponed.",
    ],
    "age": [
        "gabadha {who} immisa jir ayay noqonaysaa birthday-geeda?",
        "/age {who} daughter turning",
        "how old is {who}'s girl turning? my own niece just started school in Hodan",
        "I take the liberty of asking what age {who}'s daughter is to reach on her birthday.",
    ],
    "podcast": [
        "{who} mentioned a podcast, kee ahaa?",
        "/podcast {who} recommended name",
        "which podcast did {who} put me onto? i need something for the drive to the office",
        "Kindly be informed that I wish to know which podcast {who} recommended.",
    ],
    "fu_day_before": [
        "ka warran maalintii ka horreysay? qadadu maxay ahayd?",
        "/lunch day before",
        "and the day before that? i honestly can't keep my lunches apart",
        "In the same vein, I ask what I had for lunch on the preceding day.",
    ],
    "fu_meeting_length": [
        "shirkaas muddo intee le'eg ayuu socday?",
        "/mtg length",
        "and how long did that one drag on? it felt like it ate the whole afternoon",
        "Accordingly, I ask how long that meeting lasted.",
    ],
    "fu_other_day": [
        "ka warran {day}? immisa km ayaan orday?",
        "/run also {day} km",
        "and {day}, how far did i get? the wind nearly knocked me over one of those mornings",
        "In the same vein, I ask how far I ran {day}.",
    ],
    "fu_night_before": [
        "ka warran habeenkii ka horreeyay? intee ayaan seexday?",
        "/sleep night before",
        "and the night before that one? i was up late with the football on",
        "In the same vein, I ask how long I slept on the night preceding it.",
    ],
    "fu_today": [
        "ka warran maanta? immisa koob?",
        "/coffee and today",
        "and so far today? don't judge me",
        "Accordingly, I ask how many coffees I have had today.",
    ],
    "fu_other_person": [
        "ka warran {who}? isla su'aashii.",
        "/same {who}",
        "and {who}? everyone at work seems to have an opinion",
        "In the same vein, I ask the same of {who}.",
    ],
}


def _slashed(day: date, year: bool | str = False) -> str:
    """Day first, zero-padded ("11/09"); ``year``: with the full year, or "short" for its last two digits."""
    text = f"{day.day:02d}/{day.month:02d}"
    if year == "short":
        return f"{text}/{day.year % 100:02d}"
    return f"{text}/{day.year}" if year else text


def _hyphened(day: date) -> str:
    """Day first with hyphens and the full year, zero-padded ("11-09-2034")."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        month = MONTHS[day.month - 1]
        return [f"on {_hyphened(day)}, a {weekday}", f"on {_ordinal(day.day)} {month} {day.year}, {weekday}",
                f"on {weekday} the {_ordinal(day.day)}, {month} {day.year}", f"on the date {_hyphened(day)}"]
    if back == 0:
        return ["today", f"today ({short} {_slashed(day, 'short')})", f"today the {_ordinal(day.day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {_hyphened(day)}", f"yesterday ({weekday} the {_ordinal(day.day)})"]
    return [f"on {_slashed(day, 'short')}, {weekday}", f"on {weekday}, {_hyphened(day)}",
            f"this past {weekday}, the {_ordinal(day.day)}", f"{back} days back, on {weekday}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night ({SHORT_DAYS[day.weekday()]} {_slashed(day)})"]
    return [f"on the night of {_hyphened(day)}", f"on {weekday} night ({_slashed(day, 'short')})",
            f"overnight from {weekday} to {next_weekday}",
            f"on the night between the {_ordinal(day.day)} and the {_ordinal(after.day)}"]
