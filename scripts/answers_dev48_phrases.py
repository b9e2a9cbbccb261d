"""Question phrasings of the answers benchmark's forty-eighth tuning set, ``dev48`` (docs/benchmarks.md, "Answers").

``dev48`` was the held-out set until 2026-12-05, when, after its measurement at 7c213c5 (grounded
accuracy 0.803; worst category multi-hop 0.545; unsupported 0.004; abstention 0.909; p95 0.017 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev47``, answers_dev47_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young teller at a bank on Kingsway
in Maseru who types lower case and switches between English and Sesotho inside a sentence, in its
ordinary typed spelling (Lesotho's, as in its schools and newspapers: "li", "oa" and "ea" where
South Africa writes "di", "wa" and "ya", an apostrophe for a dropped vowel as in "'me",
no diacritics, so "motshehare" for "motšehare"; "ke jele eng" for what did I eat, "lijong tsa
hoseng", "lijong tsa motshehare" and "lijong tsa mantsiboea" for at breakfast, lunch and dinner,
"kae" for where, "ka hora mang" for at what time, "nako e kae" for how long, "hole hakae" for how
far, "tse kae", "a makae" and "e kae" for how many and how much, "joang" for how, "mang" and
"bo-mang" for who, "efe", "bofe" and "ke efe" for which, "ke mathile", "ke palame baesekele" and "ke
sesitse" for I ran, I rode a bicycle and I swam, "boikoetliso" and "ke ikoetlisitse" for a workout
and I worked out, "ke noele" and "ke noa" for I drank and I drink, "kofi" for coffee, "seboka" and
"liboka" for a meeting and meetings, "ba neng ba le teng" for who were present, "se nkile nako e
kae" for how long it took, "ke robetse" and "ke robala" for I slept and I sleep, "boroko" for sleep,
"ke kene betheng" for I went to bed, "ke tsohile" for I woke, "ea pele" and "ea ho qetela" for first
and last, "beke ena" and "beke e fetileng" for this week and last week, "kaofela" for in total,
"letsatsing leo" for on the day that, "bosiung" for on the night, "ka mor'a" for after, "pele ho
moo" for before that, "kapa" for or, "'me" for and, "ho feta" for more than, "e ngata" and "tse
ngata" for more, "nako e telele" for longer, "na" opening a yes-or-no question, "ho thoe'ng ka"
for what about, "o itse" for said, "o nkhothalelitse" for recommended to me, "ke shebelle" for that
I watch, "re leke" for that we try, "e isitsoe kae" for where it was moved to, "e tla ba neng" for
when it will be, "se fihla" for lands, "sefofane" for a plane, "buka", "ntja", "morali" and
"lilemo" for a book, a dog, a daughter and years of age, "lebitso" for a name, "joale" for now,
"abuti" to address the assistant); a stores clerk at a textile factory in the Thetsane industrial
area who types every question in capitals, as the factory's stock system prints its cards, the
thing first, then the day and what is asked after a dash, the fewest words, abbreviations ("MTG",
"QTY", "DUR", "HRS", "MINS", "AVG", "HR", "BPM", "MG", "KM", "WK", "1ST", "VS", "Q") and "PLS ADV"
(please advise) at the end instead of a question mark, the day, the night, the workout, the title
and the name as the assistant fills them; a seller of Basotho hats (the woven mokorotlo) at a stall
by the Basotho Hat building who chats, the question first and a remark after it ("the wind off the
Maloti", "the taxi rank at Sefika", "the queue at the Maseru Bridge border", "papa and moroho", "the
fat cakes by the rank", "the famo music from the next stall", "the tin roof", "the flask from home",
"the cold mornings", "the thin air up here", "the hill past the cathedral", "my cousin"); and a
retired postmaster in Lancers Gap who writes formal sentences with formulas of his own ("Be so kind
as to tell me", "Be so good as to state", "Oblige me by stating", "Pray advise me", "May I
be informed", "I respectfully enquire", "Permit me to enquire", "I beg to be told", "It is my wish
to be told", "For my records, kindly supply", "In like manner, I enquire", "Further to the
foregoing, I ask"). Every question asks for the gold ``answers_evalset`` computes for its key, and
fills the slots described in answers_phrases.py.

The dev48 life lives in Africa/Maseru, from Monday 16 October 2034; Lesotho keeps one offset
(South Africa Standard Time, UTC+2) all year and has no daylight saving time, so no clock changes
inside it. Dates are written as people in Lesotho write Gregorian dates in English, day first as on
Lesotho's forms, receipts and letters: slashed and zero-padded with the full year ("16/10/2034") or
without it ("16/10"), the day and the month's short name with a full stop ("16 Oct. 2034"), or the
ordinal of the month ("the 16th of October in 2034"); for one of the six days before today the
weekday "gone" with its slashed day ("Monday gone, 16/10"), the weekday and the ordinal "just past"
("on Monday the 16th just past"), or the weekday with the days counted ("on Monday, which is 3 days
back"); for a day that may lie outside the life always with the year ("on 16/10/2034, that is a
Monday", "on 16 Oct. 2034, Mon.", "on the 16th of October in 2034", "on the day 16/10/2034"); today
alone or with its date ("today, Mon 16/10", "today, 16 Oct."); yesterday alone or with its date
("yesterday 15/10", "yesterday, Sunday 15 Oct."). A night is last night, alone or with its two
short weekdays ("last night, Sun into Mon"); or the night of a weekday with its slashed day ("on the
night of Monday 16/10"), the night from one slashed day to the next ("on the night 16/10 to
17/10"), a weekday's night going into the next ("on Monday night going into Tuesday"), or the night
of an ordinal ("through the night of the 16th"). Day names that the disjointness checks found
shared with another set (the weekday and the slashed day, alone or in brackets after it; the short
weekday and the ordinal; the ordinal and the short weekday in brackets; the slashed date with the
year and the weekday, in brackets or "being" one; the weekday, the day, the month's short name and
the year, with or without a comma; the day, the month and the year with "a" weekday; the ordinal,
the month and the year with the short weekday in brackets, or as "the ... day of"; today with its
ordinal; yesterday with its weekday and ordinal) were reworded. Workouts are
named with places in and around Maseru: Kingsway, the Setsoto Stadium track, Qoaling hill, the Roma
road, Thaba Bosiu, Maseru West, the Lehakoe pool, the Maseru Club pool and Lancers Gap.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")

NOUNS = {"run": ("run along Kingsway", "jog round the Setsoto Stadium track", "run up Qoaling hill"),
         "cycle": ("ride out on the Roma road", "bike ride to Thaba Bosiu", "ride round Maseru West"),
         "swim": ("swim at the Lehakoe pool", "swim at the Maseru Club pool", "swim session in the Lehakoe pool"),
         "yoga": ("yoga class at Lehakoe", "yoga session in Maseru West", "yoga at home in Lancers Gap"),
         "climb": ("climb on the Thaba Bosiu cliffs", "bouldering session below Qoaling hill")}
"""What a question calls a workout of each activity, with places in and around Maseru."""

PHRASES: dict[str, list[str]] = {
    "breakfast_food": [
        "{day} ke jele eng lijong tsa hoseng?",
        "BREAKFAST {day} - WHAT EATEN PLS ADV",
        "what did i have for breakfast {day}? the fat cakes by the rank are gone before seven",
        "Be so kind as to tell me what I ate for breakfast {day}.",
    ],
    "lunch_food": [
        "ke jele eng lijong tsa motshehare {day}?",
        "LUNCH {day} - WHAT EATEN PLS ADV",
        "what did i eat for lunch {day}? the food court at Pioneer Mall was full of school kids",
        "Be so good as to state what I had for lunch {day}.",
    ],
    "dinner_food": [
        "{day} ke jele eng lijong tsa mantsiboea, abuti?",
        "DINNER {day} - WHAT EATEN PLS ADV",
        "what was my dinner {day}? my mother phones every evening to check that i am eating",
        "Pray advise me what I took for dinner {day}.",
    ],
    "lunch_place": [
        "{day} lijo tsa motshehare ke li jele kae?",
        "LUNCH {day} - PLACE PLS ADV",
        "where did i eat lunch {day}? i never remember where i wander off to when the stall is quiet",
        "May I be informed where I lunched {day}.",
    ],
    "dinner_place": [
        "lijo tsa mantsiboea {day} ke li jele kae, abuti?",
        "DINNER {day} - PLACE PLS ADV",
        "where did i have dinner {day}? the streetlights on Kingsway were out again that week",
        "I respectfully enquire where I dined {day}.",
    ],
    "workout_kind": [
        "{day} ke entse boikoetliso bofe?",
        "WORKOUT {day} - TYPE PLS ADV",
        "what kind of workout did i do {day}? my legs only ever remember the hills",
        "Permit me to enquire which form of exercise I took {day}.",
    ],
    "heart_rate": [
        "average heart rate ea ka nakong ea {noun} {day} e ne e le bokae?",
        "AVG HR {noun} {day} - BPM PLS ADV",
        "what was my average heart rate on the {noun} {day}? the thin air up here makes everything harder",
        "I beg to be told my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "boroko ba ka bo ne bo le joang {night}?",
        "SLEEP QUALITY {night} PLS ADV",
        "how well did i sleep {night}? the neighbour's rooster starts before four",
        "It is my wish to be told how well I slept {night}.",
    ],
    "sleep_night": [
        "ke robetse nako e kae {night}?",
        "SLEEP DUR {night} - HRS PLS ADV",
        "how many hours of sleep did i get {night}? the wind rattled the tin roof half the night",
        "For my records, kindly supply the length of my sleep {night}.",
    ],
    "exercise_duration": [
        "{noun} ea ka {day} e nkile nako e kae?",
        "DUR OF {noun} {day} - MINS PLS ADV",
        "how long did my {noun} last {day}? i had to be back to open the stall by nine",
        "Be so kind as to tell me how long my {noun} lasted {day}.",
    ],
    "meeting_duration": [
        "seboka sa {title} {day} se nkile nako e kae?",
        "MTG {title} {day} - DUR PLS ADV",
        "how long did the {title} go on {day}? meetings are why i sell hats and do not sit in an office",
        "Oblige me by stating how long the {title} lasted {day}.",
    ],
    "distance_run": [
        "{day} ke mathile hole hakae?",
        "RUN {day} - KM PLS ADV",
        "how far did i run {day}? the hill past the cathedral always feels twice as long",
        "Pray advise me of the distance I ran {day}.",
    ],
    "distance_cycle": [
        "{day} ke palame baesekele hole hakae?",
        "CYCLE {day} - KM PLS ADV",
        "how many km did i ride {day}? the taxis on the Main North road give a cyclist no room",
        "May I be informed how far I cycled {day}.",
    ],
    "distance_swim": [
        "{day} ke sesitse hole hakae?",
        "SWIM {day} - DISTANCE PLS ADV",
        "how far did i swim {day}? the water at Lehakoe stays cold until December",
        "I respectfully enquire what distance I swam {day}.",
    ],
    "attendees": [
        "ke bo-mang ba neng ba le teng sebokeng sa {title} {day}?",
        "MTG {title} {day} - ATTENDEES PLS ADV",
        "who was at the {title} {day}? i forget faces faster than i forget hat sizes",
        "Permit me to enquire who attended the {title} {day}.",
    ],
    "coffee_count": [
        "{day} ke noele kofi tse kae?",
        "COFFEE QTY {day} PLS ADV",
        "how many cups of coffee did i drink {day}? the flask from home never lasts past noon",
        "I beg to be told how many coffees I drank {day}.",
    ],
    "caffeine": [
        "{day} ke noele caffeine e kae kaofela?",
        "CAFFEINE {day} - TOTAL MG PLS ADV",
        "how much caffeine did i have {day}? my hands were shaking while i counted change",
        "It is my wish to be told the total caffeine I consumed {day}, in milligrams.",
    ],
    "meeting_count": [
        "{day} ke bile le liboka tse kae?",
        "MTG QTY {day} PLS ADV",
        "how many meetings did i have {day}? even the hat sellers' association wants meetings now",
        "For my records, kindly supply the number of meetings I had {day}.",
    ],
    "km_week": [
        "km tsa {activity} beke ena ke tse kae kaofela?",
        "TOTAL KM {activity} THIS WK PLS ADV",
        "how many km have i {past} this week? i keep meaning to write it in the stock book",
        "Be so good as to state how many kilometres I have {past} this week in total.",
    ],
    "workouts_week": [
        "beke ena ke ikoetlisitse makhetlo a makae?",
        "WORKOUTS THIS WK - QTY PLS ADV",
        "how many workouts have i done this week? the rain kept me in at least one morning",
        "Oblige me by stating how many workouts I have done this week.",
    ],
    "first_coffee": [
        "{day} kofi ea pele ke e noele ka hora mang?",
        "1ST COFFEE {day} - TIME PLS ADV",
        "what time was my first coffee {day}? the stall does not open itself",
        "Pray advise me at what time I had my first coffee {day}.",
    ],
    "last_coffee": [
        "{day} kofi ea ho qetela ke e noele ka hora mang?",
        "LAST COFFEE {day} - TIME PLS ADV",
        "when did i drink my last coffee {day}? i said none after lunch and we both know how that goes",
        "May I be informed at what time I took my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} seboka sa pele se qalile ka hora mang?",
        "1ST MTG {day} - START TIME PLS ADV",
        "what time did my first meeting start {day}? i had to leave the stall with my cousin again",
        "I respectfully enquire at what hour my first meeting began {day}.",
    ],
    "wake": [
        "{day} ke tsohile ka hora mang?",
        "WAKE TIME {day} PLS ADV",
        "what time did i wake up {day}? the taxis hooting on the main road are my alarm",
        "Permit me to enquire at what time I rose {day}.",
    ],
    "bedtime": [
        "ke kene betheng ka hora mang {night}?",
        "BEDTIME {night} PLS ADV",
        "what time did i go to bed {night}? my cousin kept me on the phone forever",
        "I beg to be told at what time I went to bed {night}.",
    ],
    "dinner_on_distance": [
        "letsatsing la {noun} ea {km} km, ke jele eng lijong tsa mantsiboea?",
        "DINNER ON DAY OF {km} KM {noun} PLS ADV",
        "what did i eat for dinner the day i {past} {km} km? on a day like that i eat two plates",
        "It is my wish to be told what I ate for dinner on the day I {past} {km} kilometres.",
    ],
    "meeting_after_workout": [
        "ke bo-mang ba neng ba le sebokeng ka mor'a {noun} ea ka {day}?",
        "MTG AFTER {noun} {day} - ATTENDEES PLS ADV",
        "who was in the meeting i went to after my {noun} {day}? i was still sweating through my shirt",
        "For my records, kindly supply the names of those at the meeting following my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "letsatsing la {title}, lijo tsa motshehare ke li jele kae?",
        "LUNCH PLACE ON DAY OF {title} PLS ADV",
        "where did i have lunch the day of the {title}? on meeting days i grab whatever is close",
        "Be so kind as to tell me where I lunched on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "bosiung bo latelang {title}, ke robetse nako e kae?",
        "SLEEP HRS NIGHT AFTER {title} PLS ADV",
        "how long did i sleep the night after the {title}? i lay there replaying it for hours",
        "Be so good as to state how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "letsatsing leo {who} a buileng ka {value}, ke jele eng lijong tsa mantsiboea?",
        "DINNER ON DAY {who} MENTIONED {value} PLS ADV",
        "what did i have for dinner the day {who} brought up {value}? i remember the talk, not the plate",
        "Pray advise me what I ate for dinner on the day {who} spoke of {value}.",
    ],
    "compare_sleep": [
        "ke robetse nako e telele {n1} kapa {n2}?",
        "SLEEP LONGER {n1} VS {n2} PLS ADV",
        "did i sleep longer {n1} or {n2}? both felt short from where i was standing",
        "May I be informed whether I slept longer {n1} or {n2}.",
    ],
    "compare_caffeine": [
        "ke noele caffeine e ngata {d1} kapa {d2}?",
        "MORE CAFFEINE {d1} VS {d2} PLS ADV",
        "was there more caffeine in me {d1} or {d2}? some days the flask is stronger than others",
        "I respectfully enquire on which day I consumed more caffeine, {d1} or {d2}.",
    ],
    "compare_duration": [
        "boikoetliso ba ka bo nkile nako e telele {d1} kapa {d2}?",
        "LONGER WORKOUT {d1} VS {d2} PLS ADV",
        "was my workout longer {d1} or {d2}? i feel like i always cut the second one short",
        "Permit me to enquire whether my exercise lasted longer {d1} or {d2}.",
    ],
    "compare_coffee_weeks": [
        "beke ena ke noele kofi tse ngata ho feta beke e fetileng?",
        "COFFEE QTY THIS WK VS LAST WK - MORE OR FEWER PLS ADV",
        "have i had more coffee this week than last week? the cold mornings are making it worse",
        "I beg to be told whether I have drunk more coffee this week than last week.",
    ],
    "late_coffee_sleep": [
        "ha ke noele kofi ka {t} kapa ka mor'a moo, na ke robala less bosiung boo?",
        "SLEEP AFTER DAYS WITH COFFEE FROM {t} ON VS WITHOUT PLS ADV",
        "do i sleep less after a coffee at {t} or later? my cousin swears it never bothers her",
        "It is my wish to be told whether I sleep less on nights after I have taken coffee at or after {t}.",
    ],
    "late_dinner_sleep": [
        "ha ke jele lijo tsa mantsiboea ka {t} kapa ka mor'a moo, na boroko ba ka bo ba short?",
        "SLEEP AFTER DINNER FROM {t} ON VS EARLIER DINNER PLS ADV",
        "does a dinner at {t} or later cut my sleep short? at home we always ate when the sun went down",
        "For my records, kindly supply whether I sleep less after a dinner begun at or after {t}.",
    ],
    "exercise_sleep": [
        "na ke robala nako e telele ka matsatsi ao ke ikoetlisitseng?",
        "SLEEP ON WORKOUT DAYS VS REST DAYS PLS ADV",
        "do i sleep longer on the days i work out? it feels that way after a hill run",
        "Be so kind as to tell me whether I sleep longer after days on which I have exercised.",
    ],
    "caffeine_sleep": [
        "ha ke noele caffeine ea {mg} mg kapa ho feta, na ke robala less?",
        "SLEEP AFTER DAYS OF {mg} MG CAFFEINE OR MORE VS OTHERS PLS ADV",
        "do i sleep less on days i take in {mg} mg of caffeine or more? the flask again, probably",
        "Oblige me by stating whether I sleep less after days with at least {mg} mg of caffeine.",
    ],
    "exercise_coffee": [
        "na ke noa kofi tse ngata ka matsatsi ao ke ikoetlisang ka 'ona?",
        "COFFEE QTY ON WORKOUT DAYS VS OTHERS PLS ADV",
        "do i drink more coffee on days i work out? i would have guessed the opposite",
        "Pray advise me whether I drink more coffee on days when I have exercised.",
    ],
    "book": [
        "buka eo {who} a nkhothalelitseng eona ke efe?",
        "BOOK {who} RECOMMENDED - TITLE PLS ADV",
        "what book was {who} telling me to read? on slow days at the stall i only read the papers",
        "Be so good as to state the title of the book that {who} recommended to me.",
    ],
    "film": [
        "{who} o itse ke shebelle movie efe?",
        "FILM {who} SAID TO WATCH - TITLE PLS ADV",
        "which film did {who} say i must watch? the wind off the Maloti blows dust into my hats all day",
        "May I be informed which film {who} advised me to see.",
    ],
    "offsite": [
        "{who} o itse offsite e isitsoe kae joale?",
        "OFFSITE NEW VENUE PER {who} - WHERE PLS ADV",
        "where did {who} say the offsite has moved to? nobody at the hat stalls has heard of an offsite",
        "I respectfully enquire to which place, according to {who}, the offsite has been moved.",
    ],
    "restaurant": [
        "{who} o itse re leke restaurant efe?",
        "RESTAURANT {who} SUGGESTED - NAME PLS ADV",
        "which restaurant did {who} say we should try? i am tired of papa and moroho every night",
        "Permit me to enquire which restaurant {who} proposed that we try.",
    ],
    "flight": [
        "sefofane sa {who} se fihla ka hora mang?",
        "FLIGHT OF {who} - LANDING TIME PLS ADV",
        "what time does {who}'s flight land? the taxi rank at Sefika has nothing going to the airport late",
        "I beg to be told at what time the flight of {who} is to land.",
    ],
    "dog": [
        "lebitso la ntja e ncha ea {who} ke mang?",
        "NEW DOG OF {who} - NAME PLS ADV",
        "what did {who} call the new dog? every dog on my street barks at me on the walk to the rank",
        "It is my wish to be told the name that {who} has given the new dog.",
    ],
    "launch": [
        "{who} o itse launch ea {project} e tla ba neng joale?",
        "{project} LAUNCH NEW DATE PER {who} PLS ADV",
        "when did {who} say the {project} launch is now? dates move more than the Maseru Bridge border queue",
        "For my records, kindly supply the date to which, as {who} stated, the {project} launch has now moved.",
    ],
    "age": [
        "morali oa {who} o tla ba le lilemo tse kae?",
        "DAUGHTER OF {who} - AGE TURNING PLS ADV",
        "how old is {who}'s daughter turning? i still owe her a little hat for the birthday",
        "Be so kind as to tell me the age that the daughter of {who} is about to turn.",
    ],
    "podcast": [
        "podcast eo {who} a buileng ka eona ke efe, abuti?",
        "PODCAST {who} RECOMMENDED - NAME PLS ADV",
        "what was that podcast {who} told me about? the next stall only ever plays famo music",
        "Oblige me by stating which podcast {who} commended to me.",
    ],
    "fu_day_before": [
        "ho thoe'ng ka letsatsi le neng le le pele ho moo?",
        "SAME Q - DAY BEFORE PLS ADV",
        "and the day before that? i am trying to remember if i ate the same thing twice",
        "In like manner, I enquire as to the day before.",
    ],
    "fu_meeting_length": [
        "'me seboka seo se nkile nako e kae?",
        "SAME MTG - DUR PLS ADV",
        "and how long did it run for? it felt longer than the queue at the border",
        "Further to the foregoing, I ask how long that meeting lasted.",
    ],
    "fu_other_day": [
        "ho thoe'ng ka {day}?",
        "SAME Q - {day} PLS ADV",
        "and {day}? my legs still remember that one",
        "In like manner, I enquire as to {day}.",
    ],
    "fu_night_before": [
        "'me bosiu bo fetileng pele ho boo?",
        "SAME Q - NIGHT BEFORE PLS ADV",
        "and the night before that? that one was worse, i think",
        "Further to the foregoing, I ask the same of the night before.",
    ],
    "fu_today": [
        "'me kajeno ke noele tse kae?",
        "SAME Q - TODAY PLS ADV",
        "and today so far? the flask is already half empty",
        "In like manner, I enquire as regards today.",
    ],
    "fu_other_person": [
        "'me {who} o itse'ng?",
        "SAME Q - {who} PLS ADV",
        "and what did {who} say? i always mix those two up",
        "Further to the foregoing, I ask the same as regards {who}.",
    ],
}


def _slashed(day: date, year: bool = False) -> str:
    """Day first, zero-padded ("16/10"); ``year``: with the full year ("16/10/2034")."""
    text = f"{day.day:02d}/{day.month:02d}"
    return f"{text}/{day.year}" if year else text


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        return [f"on {_slashed(day, True)}, that is a {weekday}",
                f"on {day.day} {SHORT_MONTHS[day.month - 1]} {day.year}, {short}.",
                f"on the {_ordinal(day.day)} of {MONTHS[day.month - 1]} in {day.year}",
                f"on the day {_slashed(day, True)}"]
    if back == 0:
        return ["today", f"today, {short} {_slashed(day)}", f"today, {day.day} {SHORT_MONTHS[day.month - 1]}"]
    if back == 1:
        return ["yesterday", f"yesterday {_slashed(day)}",
                f"yesterday, {weekday} {day.day} {SHORT_MONTHS[day.month - 1]}"]
    return [f"{weekday} gone, {_slashed(day)}", f"on {weekday} the {_ordinal(day.day)} just past",
            f"on {weekday}, which is {back} days back"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night, {SHORT_DAYS[day.weekday()]} into {SHORT_DAYS[after.weekday()]}"]
    return [f"on the night of {weekday} {_slashed(day)}", f"on the night {_slashed(day)} to {_slashed(after)}",
            f"on {weekday} night going into {next_weekday}", f"through the night of the {_ordinal(day.day)}"]
