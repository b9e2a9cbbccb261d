"""Question phrasings of the answers benchmark's fiftieth tuning set, ``dev50`` (docs/benchmarks.md, "Answers").

``dev50`` was the held-out set until 2026-12-05, when, after its measurement at bd82316 (grounded
accuracy 0.864; worst category habit relation 0.5; unsupported 0.011; abstention 1.0; p95 0.011 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev49``, answers_dev49_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young teller at a bank on
Taufa'ahau Road in Nuku'alofa who types lower case and switches between English and Tongan inside a
sentence, in its ordinary typed spelling (as Tongans type it on their phones: no macrons, the
glottal stop kept as an apostrophe inside a word, "na'a", "na'e", "ta'u", "ho'ataa", "tu'uta",
"fokotu'u", "si'i", "mama'o", and dropped at a word's start, "eku", "ofefine", "osi", "i ai"):
"ko e ha" for what, "ko hai" for who, "i fe" for where, "fiha" for how many, "ko e ha e taimi" for
at what time, "fuoloa fefe" for how long, "mama'o fefe" for how far, "fefe" for how, "na'a ku kai",
"na'a ku inu", "na'a ku mohe", "na'a ku a hake", "na'a ku lele", "na'a ku kakau" and "na'a ku heka
pasikala" for I ate, drank, slept, woke, ran, swam and rode a bike, "kai pongipongi", "kai
ho'ataa" and "kai efiafi" for breakfast, lunch and dinner, "kofi" and "ipu kofi" for coffee and
cups of coffee, "fakataha" for a meeting, "na'e i ai" for who were present, "fakamalohisino" for a
workout, "mohe" for sleep, "hili" for after, "kimu'a" for before, "uike ni" and "uike kuo osi" for
this week and last week, "fakakatoa" for in total, "lahi ange", "loloa ange" and "si'i ange" for
more, longer and less, "pe" for whether and or, "aho" for a day, "po" for a night, "tohi", "faiva",
"kuli", "ofefine", "ta'u", "hingoa" and "vakapuna" for a book, a film, a dog, a daughter, years, a
name and a plane, "falekai" for a restaurant, "tu'uta" for lands, "hiki" for moved, "na'e pehe e"
for said, "na'e fokotu'u mai e" for recommended, "talanoa" for talked, "talamai" for tell me, "pea"
for and, "ahoni" for today, "fo'ou" for new and "malo" for thanks); a clerk at the Queen Salote
Wharf who types the fewest words, lower case, with the question word in capitals at the end and no
question mark ("lunch {day} WHERE", "coffees {day} HOW MANY",
"sleep {n1} vs {n2} WHICH LONGER"); a taxi driver at the rank by the Talamahu market who chats, the
question first and a remark about the taxi day after it ("the rank", "the airport run to
Fua'amotu", "the cruise ship in", "the pigs on the road", "my aunty in Auckland", "the choir
practice", "the rugby on the radio", "the ferry from Eua", "the Sunday rest"); and a retired clerk
of the Legislative Assembly who writes formal sentences with formulas of his own ("I have the
honour to ask", "Be pleased to state", "Your advice is sought as to", "It is respectfully requested
that you state", "With the greatest respect,", "I should be obliged to learn", "Would you be good
enough to state", "Permit me to enquire", "I respectfully seek"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev50 life lives in Pacific/Tongatapu, from Monday 25 December 2034 into January 2035; Tonga
keeps one offset (UTC+13) all year and has had no daylight saving time since January 2017, so no
clock changes inside it. Dates are written as people in Tonga write Gregorian dates in English, day
first as on Tongan forms, receipts and letters: slashed and zero-padded, with the full year
("25/12/2034") or without it ("25/12"); the weekday, the day and the month's full name with the
year after a comma ("Monday 25 December, 2034"); the ordinal and the short month ("the 25th Dec");
for one of the six days before today the weekday "of this past week" with its slashed day ("on
Monday of this past week, 25/12"), the short weekday with the ordinal and the short month ("on Mon
the 25th Dec"), or the days counted back with the weekday ("5 days back, on the Monday"); for a day
that may lie outside the life always with the year ("on 25/12/2034 being a Monday", "on Monday 25
December, 2034", "on the 25th Dec 2034"); today alone or with its weekday and slashed day ("today
Monday 25/12") or its short weekday and ordinal ("today Mon the 25th"); yesterday alone or with its
slashed day ("yesterday the 24/12") or its weekday ("yesterday, a Sunday"). A night is last night,
alone or with the slashed day it began ("last night, from 24/12"); or the night that began on a
short weekday and its slashed day ("the night that began Mon 25/12"), the night of one ordinal over
to the next ("the night of the 25th over to the 26th"), or a weekday's night with the next
morning's short weekday ("Monday's night, up Tue morning"). Day names that the disjointness checks
found shared with another set (the slashed date with the year alone, after the short weekday, or
with the short weekday in brackets; the day, the month and the year with the weekday before them,
after a comma or in brackets; the short weekday, a comma, the day and the short month; today with
its ordinal, or with its short weekday and slashed day) were reworded, as was one template (the
distance swum). Workouts are named with places on Tongatapu: Vuna Road, Teufaiva Stadium, Popua,
Hufangalupe, the Fanga'uta Lagoon, Taufa'ahau Road, Ha'atafu Beach, Pangaimotu, Keleti beach, Sopu
and Ma'ufanga.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run along Vuna Road", "jog round Teufaiva Stadium", "run out to Popua"),
         "cycle": ("ride out to Hufangalupe", "bike ride round the Fanga'uta Lagoon", "ride down Taufa'ahau Road"),
         "swim": ("swim off Ha'atafu Beach", "swim out at Pangaimotu", "swim at Keleti beach"),
         "yoga": ("yoga class at Sopu", "yoga session in the Ma'ufanga hall"),
         "climb": ("climb on the Hufangalupe cliffs", "bouldering session on the Keleti rocks")}
"""What this set's questions call a workout of each activity: places on Tongatapu."""

PHRASES: dict[str, list[str]] = {
    "book": [
        "sorry ko e ha e hingoa e book na'e talamai e {who} ke u read?",
        "{who} book to read WHICH",
        "Which book was {who} telling me to read? Quiet afternoon at the rank.",
        "I have the honour to ask which book {who} recommended that I read.",
    ],
    "film": [
        "ko e ha e faiva na'e pehe e {who} i should watch?",
        "{who} film to see WHICH",
        "What film did {who} say I had to watch? Slow day, the cruise ship left early.",
        "Be pleased to state the title of the film {who} urged me to see.",
    ],
    "offsite": [
        "na'e hiki e offsite ki fe, as {who} said?",
        "offsite new place per {who} WHERE",
        "Where did {who} say the offsite got moved to? My aunty in Auckland asked me the same thing.",
        "Your advice is sought as to the place to which, per {who}, the offsite was moved.",
    ],
    "restaurant": [
        "ko e ha e falekai na'e fokotu'u mai e {who} that we should try?",
        "{who} restaurant to try WHICH",
        "Which restaurant did {who} want us to try? Hungry already, still on the rank.",
        "It is respectfully requested that you state which restaurant {who} proposed that we try.",
    ],
    "flight": [
        "ko e ha e taimi e tu'uta ai e vakapuna o {who}, the flight?",
        "{who} flight landing time WHAT",
        "When does {who}'s flight land? Might do the airport run to Fua'amotu.",
        "I should be obliged to learn at what hour {who}'s flight is due to land.",
    ],
    "dog": [
        "ko e ha e hingoa e kuli fo'ou o {who}, the new dog?",
        "{who} new dog name WHAT",
        "What's {who}'s new dog called? The pigs on the road would chase it.",
        "Would you be good enough to state the name of the dog {who} has lately adopted?",
    ],
    "launch": [
        "ko e ha e aho kuo hiki ki ai e {project} launch, according to {who}?",
        "{project} launch new date per {who} WHEN",
        "When did {who} say the {project} launch slipped to? Radio's on, rugby at half time.",
        "Permit me to enquire to what date, per {who}, the {project} launch has slipped.",
    ],
    "age": [
        "fiha ta'u e ofefine o {who} turning this saturday?",
        "{who} daughter new age HOW OLD",
        "How old is {who}'s daughter going to be? Reminds me of my niece at the choir practice.",
        "I respectfully seek to know the age {who}'s daughter is to attain.",
    ],
    "podcast": [
        "ko e podcast fe na'e fokotu'u mai e {who} ke u listen ki ai?",
        "{who} podcast to hear WHICH",
        "Which podcast was {who} on about? I need something for the long waits at the rank.",
        "With the greatest respect, which podcast did {who} commend to me?",
    ],
    "breakfast_food": [
        "ko e ha na'a ku kai ki he kai pongipongi {day}, for breakfast?",
        "breakfast {day} food WHAT",
        "What did I eat for breakfast {day}? Was out the door before the first fare.",
        "I have the honour to ask what I took for breakfast {day}.",
    ],
    "lunch_food": [
        "ko e ha na'a ku kai ki he kai ho'ataa {day}, my lunch?",
        "lunch {day} food WHAT",
        "What did I have for lunch {day}? Ate it in the cab, as usual.",
        "Be pleased to state what I ate at midday {day}.",
    ],
    "dinner_food": [
        "ko e ha e kai efiafi na'a ku kai {day}, for dinner?",
        "dinner {day} food WHAT",
        "What was my dinner {day}? Got home late after the last run from the wharf.",
        "Your advice is sought as to what I ate for my evening meal {day}.",
    ],
    "lunch_place": [
        "na'a ku kai ho'ataa i fe {day}, where was lunch?",
        "lunch {day} place WHERE",
        "Where did I go for lunch {day}? The rank was dead at noon.",
        "It is respectfully requested that you state where I took luncheon {day}.",
    ],
    "dinner_place": [
        "na'a ku kai efiafi i fe {day}, which place?",
        "dinner {day} place WHERE",
        "Where did I have dinner {day}? Traffic on Taufa'ahau Road was something.",
        "I should be obliged to learn where I dined {day}.",
    ],
    "workout_kind": [
        "ko e ha e fakamalohisino na'a ku fai {day}, what kind of workout?",
        "exercise {day} type WHICH",
        "What sort of workout did I do {day}? Legs still sore from sitting in the cab.",
        "Would you be good enough to state what form of exercise I took {day}?",
    ],
    "heart_rate": [
        "ko e ha e average heart rate i hoku {noun} {day}?",
        "{noun} {day} avg bpm WHAT",
        "What was my average heart rate on the {noun} {day}? The heat was something.",
        "Permit me to enquire what my mean heart rate was during my {noun} {day}.",
    ],
    "sleep_quality": [
        "na'e fefe eku mohe {night}, was it good sleep?",
        "sleep {night} quality HOW",
        "How well did I sleep {night}? The dogs next door were at it again.",
        "I respectfully seek your assessment of the quality of my sleep {night}.",
    ],
    "sleep_night": [
        "e fiha e houa na'a ku mohe ai {night}, how long?",
        "sleep {night} hours HOW LONG",
        "How long did I sleep {night}? Feels like not enough for a full shift.",
        "With the greatest respect, for what length of time did I sleep {night}?",
    ],
    "exercise_duration": [
        "fuoloa fefe hoku {noun} {day}, how many minutes?",
        "{noun} {day} time taken HOW LONG",
        "How long did my {noun} {day} take? Had to be back at the rank by four.",
        "I have the honour to ask how long my {noun} {day} lasted.",
    ],
    "meeting_duration": [
        "fuoloa fefe e fakataha {title} {day}, how long did it go?",
        "{title} {day} length HOW LONG",
        "How long did the {title} go on for {day}? Meter would have run up a fortune.",
        "Be pleased to state the duration of the {title} meeting {day}.",
    ],
    "distance_run": [
        "mama'o fefe na'a ku lele {day}, how many km?",
        "run {day} km HOW FAR",
        "How far did I run {day}? My cousin reckons I'm getting slow.",
        "Your advice is sought as to the distance I ran {day}.",
    ],
    "distance_cycle": [
        "mama'o fefe na'a ku heka pasikala {day}, the bike ride?",
        "bike {day} km HOW FAR",
        "How far did I cycle {day}? Nearly got clipped by a van at the roundabout.",
        "It is respectfully requested that you state how far I cycled {day}.",
    ],
    "distance_swim": [
        "mama'o fefe na'a ku kakau {day}, the swim distance?",
        "swim {day} km HOW FAR",
        "How far did I swim {day}? The water was warm as a bath.",
        "I should be obliged to learn over what distance I swam {day}.",
    ],
    "attendees": [
        "ko hai na'e i ai i he {title} {day}, who came?",
        "{title} {day} people WHO",
        "Who was at the {title} {day}? Dropped two of them at the wharf after, maybe.",
        "Would you be good enough to state who attended the {title} {day}?",
    ],
    "coffee_count": [
        "fiha ipu kofi na'a ku inu {day}, how many cups?",
        "coffees {day} total HOW MANY",
        "How many coffees did I have {day}? Long wait for fares, so probably plenty.",
        "Permit me to enquire how many cups of coffee I drank {day}.",
    ],
    "caffeine": [
        "fiha mg caffeine na'a ku inu {day}, in total?",
        "caffeine {day} mg HOW MUCH",
        "How much caffeine did I get through {day}? Hands were a bit shaky on the wheel.",
        "I respectfully seek the total caffeine, in milligrams, that I took {day}.",
    ],
    "meeting_count": [
        "fiha e fakataha na'a ku i ai {day}, all the meetings?",
        "meetings {day} count HOW MANY",
        "How many meetings did I have {day}? Lost track between fares.",
        "With the greatest respect, how many meetings did I attend {day}?",
    ],
    "km_week": [
        "fiha kilomita na'a ku {past} fakakatoa i he uike ni, so far?",
        "km {past} this week total HOW MANY",
        "How many km have I {past} this week all up? Trying to beat my cousin's tally.",
        "I have the honour to ask how many kilometres of {activity} I have completed this week.",
    ],
    "workouts_week": [
        "fiha e fakamalohisino na'a ku fai i he uike ni, total count?",
        "workouts this week count HOW MANY",
        "How many workouts have I got in this week? Between the shifts I'm not sure.",
        "Be pleased to state the number of workouts I have done this week.",
    ],
    "first_coffee": [
        "ko e ha e taimi na'a ku inu ai hoku first kofi {day}?",
        "first coffee {day} time WHEN",
        "When was my first coffee {day}? Before the rank opened, I bet.",
        "Your advice is sought as to the hour of my first coffee {day}.",
    ],
    "last_coffee": [
        "ko e ha e taimi e last ipu kofi na'a ku inu {day}?",
        "last coffee {day} time WHEN",
        "What time was my last coffee {day}? Couldn't switch off after the late fare.",
        "It is respectfully requested that you state when I drank my final coffee {day}.",
    ],
    "first_meeting": [
        "ko e ha e taimi na'e kamata ai e first fakataha {day}?",
        "first meeting {day} start WHEN",
        "What time did my first meeting start {day}? Had a passenger at the same hour.",
        "I should be obliged to learn at what hour my first meeting began {day}.",
    ],
    "wake": [
        "ko e ha e taimi na'a ku a hake ai {day}, wake up time?",
        "woke {day} time WHEN",
        "What time did I wake up {day}? The roosters beat the alarm again.",
        "Would you be good enough to state the hour at which I woke {day}?",
    ],
    "bedtime": [
        "ko e ha e taimi na'a ku mohe ai {night}, lights off?",
        "went to bed {night} time WHEN",
        "What time did I go to bed {night}? The last fare was out past Mu'a.",
        "Permit me to enquire at what hour I retired {night}.",
    ],
    "dinner_on_distance": [
        "ko e ha e kai efiafi i he aho na'a ku {past} ai e {km} km?",
        "dinner day of {km} km {past} WHAT",
        "What did I have for dinner the day I {past} {km} km? Must have been starving.",
        "I respectfully seek to know what I ate for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "ko hai na'e i ai i he first fakataha hili hoku {noun} {day}?",
        "first meeting after {noun} {day} people WHO",
        "Who was in the first meeting after my {noun} {day}? I was still sweating, I reckon.",
        "With the greatest respect, who attended the first meeting following my {noun} {day}?",
    ],
    "lunch_on_meeting_day": [
        "na'a ku kai ho'ataa i fe i he aho e {title}?",
        "lunch on day of {title} WHERE",
        "Where did I eat lunch on the day of the {title}? The market was packed that week.",
        "I have the honour to ask where I took lunch on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "e fiha e houa na'a ku mohe ai i he po hili e {title}?",
        "sleep night after {title} HOW LONG",
        "How long did I sleep the night after the {title}? That one wore me out.",
        "Be pleased to state how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "ko e ha e kai efiafi i he aho na'e talanoa ai e {who} about {value}?",
        "dinner day {who} mentioned {value} WHAT",
        "What was dinner the day {who} brought up {value}? Funny what sticks with you.",
        "Your advice is sought as to what I dined on the day {who} made mention of {value}.",
    ],
    "compare_sleep": [
        "na'a ku mohe loloa ange {n1} pe {n2}, which one?",
        "sleep {n1} vs {n2} WHICH LONGER",
        "Did I sleep longer {n1} or {n2}? Both felt short to me, but.",
        "It is respectfully requested that you state whether I slept longer {n1} or {n2}.",
    ],
    "compare_caffeine": [
        "lahi ange e caffeine {d1} pe {d2}, which day?",
        "caffeine {d1} vs {d2} WHICH MORE",
        "Did I have more caffeine {d1} or {d2}? Both were long days on the rank.",
        "I should be obliged to learn whether I took in more caffeine {d1} or {d2}.",
    ],
    "compare_duration": [
        "na'e loloa ange hoku fakamalohisino {d1} pe {d2}, which workout?",
        "workout {d1} vs {d2} WHICH LONGER",
        "Was my workout longer {d1} or {d2}? Hard to tell with the shifts.",
        "Would you be good enough to state whether my workout {d1} or that {d2} was the longer?",
    ],
    "compare_coffee_weeks": [
        "lahi ange eku kofi i he uike ni pe i he uike kuo osi, more or fewer?",
        "coffees this week vs last week MORE OR FEWER",
        "Am I drinking more coffee this week than last week? My aunty says I'm addicted.",
        "Permit me to enquire whether I have drunk more coffee this week than in the week before.",
    ],
    "late_coffee_sleep": [
        "si'i ange eku mohe i he po hili ha kofi at {t} pe later?",
        "coffee {t} or later, sleep after SHORTER OR LONGER",
        "Do I sleep less on nights after a coffee at {t} or later? Those late fares need it, though.",
        "I respectfully seek to know whether I sleep less after days with coffee at or after {t}.",
    ],
    "late_dinner_sleep": [
        "si'i ange eku mohe hili ha kai efiafi at {t} or later?",
        "dinner {t} or later, sleep after SHORTER OR LONGER",
        "Do I sleep less when dinner is at {t} or later? Eating in the cab doesn't help.",
        "With the greatest respect, is my sleep shorter after a dinner begun at or after {t}?",
    ],
    "exercise_sleep": [
        "loloa ange eku mohe i he po hili ha aho na'a ku fakamalohisino ai?",
        "workout days, sleep after LONGER OR SHORTER",
        "Do I sleep longer after days I work out? The Sunday rest is the only real lie-in.",
        "I have the honour to ask whether my sleep is longer after the days on which I exercise.",
    ],
    "caffeine_sleep": [
        "si'i ange eku mohe hili ha aho with {mg} mg caffeine pe lahi ange?",
        "{mg} mg caffeine days, sleep after SHORTER OR LONGER",
        "Do I sleep less after days with {mg} mg of caffeine or more? Wouldn't surprise me.",
        "Be pleased to state whether I sleep less after days on which I take {mg} mg of caffeine or more.",
    ],
    "exercise_coffee": [
        "lahi ange eku inu kofi i he aho na'a ku fakamalohisino ai?",
        "workout days, coffees MORE OR FEWER",
        "Do I drink more coffee on days I exercise? Half the ferry from Eua runs on coffee.",
        "Your advice is sought as to whether I drink more coffee on the days I exercise.",
    ],
    "fu_day_before": [
        "pea ko e aho kimu'a ai, what was lunch?",
        "lunch day before WHAT",
        "And the day before that? Same old lunch, I bet.",
        "I should further be obliged to learn what I ate at lunch on the preceding day.",
    ],
    "fu_meeting_length": [
        "pea fuoloa fefe ia, how long did it run?",
        "that meeting length HOW LONG",
        "How long did it go for, then? Longer than the ferry ride, probably.",
        "Permit me further to enquire how long that meeting lasted.",
    ],
    "fu_other_day": [
        "pea {day}, mama'o fefe e run?",
        "run {day} instead HOW FAR",
        "What about {day}, how far then? I'm keeping score.",
        "I would likewise seek the distance of my run {day}.",
    ],
    "fu_night_before": [
        "pea ko e po kimu'a ai, fiha houa?",
        "night before that sleep HOW LONG",
        "And the night before that one? I was dead on my feet at the rank.",
        "Be pleased also to state how long I slept on the night before that.",
    ],
    "fu_today": [
        "pea ahoni, fiha ipu so far?",
        "today count HOW MANY",
        "And today so far? Don't tell my aunty.",
        "I have the honour further to ask the corresponding count for today.",
    ],
    "fu_other_person": [
        "pea ko {who}, what did they say?",
        "{who} same question WHAT",
        "And what about {who}? They're always on about something.",
        "With the greatest respect, the same question as regards {who}.",
    ],
}


def _slashed(day: date, year: bool = False) -> str:
    """Day first, zero-padded ("25/12"); ``year``: with the full year ("25/12/2034")."""
    text = f"{day.day:02d}/{day.month:02d}"
    return f"{text}/{day.year}" if year else text


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    if absolute or not 0 <= back <= 6:
        return [f"on {_slashed(day, True)} being a {weekday}",
                f"on {weekday} {day.day} {MONTHS[day.month - 1]}, {day.year}",
                f"on the {_ordinal(day.day)} {SHORT_MONTHS[day.month - 1]} {day.year}"]
    if back == 0:
        return ["today", f"today {weekday} {_slashed(day)}", f"today {short} the {_ordinal(day.day)}"]
    if back == 1:
        return ["yesterday", f"yesterday the {_slashed(day)}", f"yesterday, a {weekday}"]
    return [f"on {weekday} of this past week, {_slashed(day)}",
            f"on {short} the {_ordinal(day.day)} {SHORT_MONTHS[day.month - 1]}",
            f"{back} days back, on the {weekday}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    if (today - day).days == 1:
        return ["last night", f"last night, from {_slashed(day)}"]
    return [f"the night that began {SHORT_DAYS[day.weekday()]} {_slashed(day)}",
            f"the night of the {_ordinal(day.day)} over to the {_ordinal(after.day)}",
            f"{WEEKDAYS[day.weekday()]}'s night, up {SHORT_DAYS[after.weekday()]} morning"]
