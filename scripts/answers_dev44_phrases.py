"""Question phrasings of the answers benchmark's forty-fourth tuning set, ``dev44`` (docs/benchmarks.md, "Answers").

``dev44`` was the held-out set until 2026-12-05, when, after its measurement at a8cf360 (grounded
accuracy 0.807; worst category comparison 0.545; unsupported 0.015; abstention 0.864; p95 0.014 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev43``, answers_dev43_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a camera operator at Botswana
Television in Gaborone who types lower case and switches between English and Setswana inside a
sentence, in its ordinary Latin spelling ("eng" for what, "mang" for who, "bomang" for who of
several, "efe", "ofe", "lefe" and "bofe" for which, "kae" for where, "leng" for when, "jang" for how,
"ka nako mang" for at what time, "di le kae" and "a le kae" for how many, "e kana kang" and "se se
kae" for how much, "ke jele" for I ate, "ke jetse ... kae" for where I ate, "ke nwele" for I drank,
"ke robetse" for I slept, "ke tsogile" for I woke, "ke ile go robala" for I went to bed, "ke
tabogile" for I ran, "ke palame baesekele" for I cycled, "ke thumile" for I swam, "ke ikatisitse"
for I worked out, "kofi" and "dikopi" for coffee and cups, "kopano" and "dikopano" for a meeting and
meetings, "buka", "filimi", "ntša", "leina", "morwadia", "dingwaga" and "sefofane" for a book, a
film, a dog, a name, the daughter of, years and a plane, "diura" for hours, "dikhilomitara" for
kilometres, "bosigo" for night, "gompieno" for today, "beke eno" and "beke e e fetileng" for this
week and last week, "sefitlholo" for breakfast, "dijo tsa motshegare" and "dijo tsa maitseboa" for
lunch and dinner, "ya ntlha" and "ya bofelo" for first and last, "e ntsi" and "go feta" for more,
"go le gonnye" for less, "kgotsa" for or, "mme ... ene?" for and what about, "morago ga" and "pele
ga" for after and before, "a" opening a yes-or-no question); an IT support technician in the CBD
who types every question like a ticket's subject line: a tag in square brackets first ("[bfast]",
"[lunch]", "[supper]", "[mtg]", "[sleep]", "[km]", "[cofs]", "[wkout]", "[same]"), then the fewest
words, lower case, a single "?" at the end; a nurse at Princess Marina Hospital who chats, a remark
first and the question after it ("these cold mornings", "ao bathong", "eish", "the combi from
Mogoditshane", "payday", "my nkuku in Molepolole", "choir practice", "the Western Bypass", "the long
drive to Francistown"); and a retired school inspector in Phakalane who writes formal sentences with
formulas of his own ("May I be told", "I request to be informed", "I seek to know", "Might I learn",
"Do let me have", "I beg to know", "Could I trouble you to state", "I should be glad to learn").
Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev44 life lives in Africa/Gaborone, from Monday 29 May 2034; Botswana keeps one offset
(Central Africa Time, UTC+2) all year and has no daylight saving time, so no clock changes inside
it. Dates are written as people in Botswana write Gregorian dates in English, day first as on
Botswana government forms, payslips and till slips: slashed without padding in a quick message
("1/6"), slashed and zero-padded with the full year as on a form ("01/06/2034"), or with an
ordinal, British style, the day before the month ("1st June 2034", and as in an affidavit "the 1st
day of June 2034"); for one of the six days before today the slashed day with its weekday ("on
1/6, a Thursday"), the weekday with its ordinal and "this month" or "last month" ("on Thursday, the
1st of this month"), the ordinal with the weekday ("on the 1st, this past Thursday"), or "on the
Thursday just past"; for a day that may lie outside the life always with the year and the weekday
after it ("on the 01/06/2034, a Thursday", "on the 1st day of June 2034, a Thursday", "on 1st June
2034, a Thursday"); today alone or with its date ("today, the 1st day of June"); yesterday alone
or with its date ("yesterday, that is Thursday 1/6", "yesterday, the 1st day of June"). A night is
last night, alone or with its two weekdays or days ("last night, from Thursday to Friday", "last
night, the 1st into the 2nd"); or a weekday's night with its slashed day ("on the night of
Thursday, 1/6"), into the next weekday ("the night of Thursday going into Friday"), "just past" ("on
the Thursday night just past"), or from its day to the next ("on the night from the 1st to the
2nd"). Day and night names that the disjointness checks found shared with another set were
reworded. Workouts are named with places in and around Gaborone: Gaborone Dam, Kgale Hill,
the University of Botswana track and pool, Mokolodi, the Lobatse road, Tlokweng, the Phakalane
pool, Riverwalk, Broadhurst and Otse.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run round Gaborone Dam", "jog up Kgale Hill", "run on the UB track"),
         "cycle": ("bike ride out to Mokolodi", "ride along the Lobatse road", "Tlokweng cycling loop"),
         "swim": ("swim at the UB pool", "Phakalane pool swim", "swimming session at the UB pool"),
         "yoga": ("yoga class at Riverwalk", "Broadhurst yoga session", "yoga in Broadhurst"),
         "climb": ("climbing at Otse", "Kgale Hill climbing session", "climbing day at Otse")}
"""What its questions call a workout (one drawn per question)."""

PHRASES: dict[str, list[str]] = {
    "book": [
        "ke buka efe e {who} a neng a re ke e bale?",
        "[book] {who} recommended?",
        "Ao, I keep forgetting titles. Which book did {who} tell me to read?",
        "May I be told which book {who} recommended to me?",
    ],
    "film": [
        "{who} o ne a re ke lebelele filimi efe? the movie",
        "[film] {who} said watch which?",
        "Eish, weekend plans. What movie did {who} say I should watch?",
        "I request to be informed which film {who} recommended.",
    ],
    "offsite": [
        "{who} o rile offsite e fudugetse kae? where is it now",
        "[offsite] new venue per {who}?",
        "Bathong, these changes. Where did {who} say the offsite has moved to?",
        "I seek to know where, according to {who}, the offsite has been moved.",
    ],
    "restaurant": [
        "{who} o ne a re re leke restaurant efe? which one",
        "[restaurant] {who} suggested which?",
        "Payday is coming, so: which restaurant did {who} say we should try?",
        "Might I learn which restaurant {who} proposed that we try?",
    ],
    "flight": [
        "sefofane sa ga {who} se fitlha ka nako mang? landing time",
        "[flight] {who} lands when?",
        "Someone has to fetch them from the airport. What time does {who}'s flight land?",
        "Do let me have the time at which {who}'s flight lands.",
    ],
    "dog": [
        "ntša e ntšha ya ga {who}, leina la yone ke mang?",
        "[dog] {who}'s new one, name?",
        "My kids keep asking. What is {who}'s new dog called?",
        "I beg to know the name {who} has given the new dog.",
    ],
    "launch": [
        "{who} o rile launch ya {project} e tla nna leng jaanong? the new date",
        "[launch] {project} new date per {who}?",
        "Deadlines, deadlines. When did {who} say the {project} launch is now?",
        "Could I trouble you to state the date to which, as {who} told me, the {project} launch has moved?",
    ],
    "age": [
        "morwadia {who} o tla nna le dingwaga di le kae? the birthday",
        "[age] {who}'s daughter turning?",
        "I need to buy a card. How old is {who}'s daughter turning?",
        "I should be glad to learn what age {who}'s daughter is about to turn.",
    ],
    "podcast": [
        "ke podcast efe e {who} a neng a e tshitshinya?",
        "[podcast] {who} recommended?",
        "Long drive to Francistown on Friday. Which podcast did {who} recommend?",
        "May I be reminded which podcast {who} commended to me?",
    ],
    "breakfast_food": [
        "ke jele eng for breakfast {day}? sefitlholo sa me",
        "[bfast] {day} ate?",
        "These cold mornings make me so hungry. What did I eat for breakfast {day}?",
        "I request to be informed what I ate for breakfast {day}.",
    ],
    "lunch_food": [
        "{day} ke jele eng for lunch? dijo tsa motshegare",
        "[lunch] {day} food?",
        "Eish, the canteen again. What did I have for lunch {day}?",
        "May I be told what I had for lunch {day}?",
    ],
    "dinner_food": [
        "dijo tsa maitseboa {day}, ke jele eng?",
        "[supper] {day} what food?",
        "My nkuku in Molepolole asked and I blanked. What did I eat for dinner {day}?",
        "I seek to know what I ate for my evening meal {day}.",
    ],
    "lunch_place": [
        "ke jetse lunch kae {day}? which place",
        "[lunch] {day} where?",
        "Ao bathong, my memory. Where did I go for lunch {day}?",
        "Might I learn where I took lunch {day}?",
    ],
    "dinner_place": [
        "{day} ke jetse dinner kae? the place",
        "[supper] {day} venue?",
        "A friend wants the name of the spot. Where did I have dinner {day}?",
        "Do let me have the name of the place where I dined {day}.",
    ],
    "workout_kind": [
        "ke dirile exercise ya mofuta ofe {day}? which workout",
        "[wkout] {day} type?",
        "My legs are still sore. What kind of workout did I do {day}?",
        "I beg to know which form of exercise I undertook {day}.",
    ],
    "heart_rate": [
        "heart rate ya me e ne e le bokae ka nako ya {noun} {day}? average",
        "[hr] {noun} {day} avg bpm?",
        "The doctor at the clinic asked me. What was my average heart rate during my {noun} {day}?",
        "Could I trouble you to state my average heart rate over the {noun} {day}?",
    ],
    "sleep_quality": [
        "ke robetse jang {night}? sleep quality",
        "[sleep] {night} quality?",
        "I woke up so grumpy. How well did I sleep {night}?",
        "I request to be informed of the quality of my sleep {night}.",
    ],
    "sleep_night": [
        "ke robetse diura di le kae {night}?",
        "[sleep] {night} hrs?",
        "The neighbour's dogs were barking. How long did I sleep {night}?",
        "May I be told for how many hours I slept {night}?",
    ],
    "exercise_duration": [
        "{noun} ya me {day} e tsere nako e kana kang? how many minutes",
        "[wkout] {noun} {day} mins?",
        "I felt like it went on forever. How long was my {noun} {day}?",
        "I seek to know the duration of my {noun} {day}.",
    ],
    "meeting_duration": [
        "kopano ya {title} {day} e tsere nako e kana kang?",
        "[mtg] {title} {day} length?",
        "Ao, that one dragged. How long did the {title} last {day}?",
        "Might I learn how long the {title} lasted {day}?",
    ],
    "distance_run": [
        "ke tabogile dikhilomitara di le kae {day}?",
        "[km] run {day}?",
        "My knees are complaining. How far did I run {day}?",
        "Do let me have the distance I ran {day}.",
    ],
    "distance_cycle": [
        "ke palame baesekele dikhilomitara di le kae {day}? the distance",
        "[km] bike {day}?",
        "The wind was something else. How far did I cycle {day}?",
        "I beg to know the distance I cycled {day}.",
    ],
    "distance_swim": [
        "ke thumile sekgala se se kae {day}? how far",
        "[swim] {day} distance?",
        "The pool water was freezing. How far did I swim {day}?",
        "Could I trouble you to state how far I swam {day}?",
    ],
    "attendees": [
        "ke bomang ba neng ba le kwa {title} {day}? who attended",
        "[mtg] {title} {day} who?",
        "I need to send the minutes. Who was at the {title} {day}?",
        "I request to be informed who attended the {title} {day}.",
    ],
    "coffee_count": [
        "ke nwele dikopi di le kae tsa kofi {day}?",
        "[cofs] {day} how many?",
        "My hands are shaking a bit. How many coffees did I drink {day}?",
        "May I be told how many cups of coffee I drank {day}?",
    ],
    "caffeine": [
        "caffeine e ke e nwele {day} e kana kang? in mg",
        "[caffeine] {day} mg?",
        "I could not sit still at choir practice. How much caffeine did I have {day}?",
        "I seek to know the total caffeine, in milligrams, that I took {day}.",
    ],
    "meeting_count": [
        "ke nnile le dikopano di le kae {day}? meetings",
        "[mtgs] {day} count?",
        "The whole day felt like one long meeting. How many meetings did I have {day}?",
        "Might I learn the number of meetings I had {day}?",
    ],
    "km_week": [
        "{activity} ya beke eno, dikhilomitara di le kae altogether?",
        "[km] {activity} this week total?",
        "I want to brag to my cousin. How many km did I {verb} this week?",
        "Do let me have the total kilometres of {activity} I have done this week.",
    ],
    "workouts_week": [
        "ke ikatisitse makgetlo a le kae beke eno? workouts",
        "[wkouts] this week count?",
        "The gym fees went up again. How many workouts have I done this week?",
        "I beg to know how many workouts I have completed this week.",
    ],
    "first_coffee": [
        "kofi ya ntlha {day} ke e nwele ka nako mang?",
        "[cofs] {day} 1st at?",
        "The combi from Mogoditshane was late again. What time did I have my first coffee {day}?",
        "Could I trouble you to state at what time I had my first coffee {day}?",
    ],
    "last_coffee": [
        "kofi ya bofelo {day} e ne e le ka nako mang?",
        "[cofs] {day} last at?",
        "I could not fall asleep. What time was my last coffee {day}?",
        "I request to be informed at what hour I drank my last coffee {day}.",
    ],
    "first_meeting": [
        "kopano ya ntlha {day} e simolotse ka nako mang?",
        "[mtg] {day} 1st start?",
        "I was still stuck on the Western Bypass. What time did my first meeting start {day}?",
        "May I be told the starting time of my first meeting {day}?",
    ],
    "wake": [
        "ke tsogile ka nako mang {day}? wake up time",
        "[wake] {day} time?",
        "The roosters next door again. What time did I wake up {day}?",
        "I seek to know the hour at which I woke {day}.",
    ],
    "bedtime": [
        "ke ile go robala ka nako mang {night}? bedtime",
        "[bed] {night} time?",
        "I watched too much TV. What time did I go to bed {night}?",
        "Might I learn at what time I retired to bed {night}?",
    ],
    "dinner_on_distance": [
        "letsatsi le ke {past} {km} km, ke jele eng for dinner?",
        "[supper] day I {past} {km} km?",
        "That was a proper effort. What did I have for dinner the day I {past} {km} km?",
        "Do let me have a note of what I ate for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "morago ga {noun} {day}, ke bomang ba neng ba le mo kopanong ya ntlha?",
        "[mtg] 1st after {noun} {day} who?",
        "I was still sweaty, I think. Who was in the first meeting after my {noun} {day}?",
        "I beg to know who attended the first meeting that followed my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "letsatsi la {title}, ke jetse lunch kae?",
        "[lunch] {title} day where?",
        "That day was so busy. Where did I have lunch on the day of the {title}?",
        "Could I trouble you to state where I lunched on the day of the {title}?",
    ],
    "sleep_after_meeting": [
        "bosigo morago ga {title}, ke robetse diura di le kae?",
        "[sleep] night after {title} hrs?",
        "That meeting stressed me out. How long did I sleep the night after the {title}?",
        "I request to be informed how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "ka letsatsi le {who} a mpoleletseng ka {value}, dinner e ne e le eng?",
        "[supper] day {who} mentioned {value}?",
        "Funny how I remember that chat. What did I have for dinner the day {who} told me about {value}?",
        "May I be told what I ate for dinner on the day {who} mentioned {value} to me?",
    ],
    "compare_sleep": [
        "ke robetse lobaka lo loleele bosigo bofe, {n1} kgotsa {n2}?",
        "[sleep] longer {n1} or {n2}?",
        "I am trying to sort out my sleep. Which night did I sleep longer, {n1} or {n2}?",
        "I seek to know on which night I slept longer: {n1} or {n2}.",
    ],
    "compare_caffeine": [
        "ke nwele caffeine e ntsi letsatsi lefe, {d1} kgotsa {d2}?",
        "[caffeine] more {d1} or {d2}?",
        "The nurse in me says cut down. On which day did I have more caffeine, {d1} or {d2}?",
        "Might I learn whether I took more caffeine {d1} or {d2}?",
    ],
    "compare_duration": [
        "exercise ya me e ne e le telele letsatsi lefe, {d1} kgotsa {d2}?",
        "[wkout] longer {d1} or {d2}?",
        "I am tracking my progress. Was my workout longer {d1} or {d2}?",
        "Could I trouble you to state which workout lasted longer, the one {d1} or the one {d2}?",
    ],
    "compare_coffee_weeks": [
        "a ke nwele kofi e ntsi beke eno go feta beke e e fetileng?",
        "[cofs] this wk vs last wk more?",
        "The coffee tin empties so fast. Did I drink more coffee this week than last week?",
        "I beg to know whether my coffee drinking this week exceeds that of last week.",
    ],
    "late_coffee_sleep": [
        "a ke robala go le gonnye fa ke nwele kofi ka {t} kgotsa morago ga foo?",
        "[sleep] coffee from {t} on, effect?",
        "My sister says coffee keeps me up. Do I sleep less on days I have coffee at {t} or later?",
        "Could I trouble you to state whether a coffee at or after {t} shortens my sleep that night?",
    ],
    "late_dinner_sleep": [
        "a ke robala go le gonnye fa dinner e simolola ka {t} kgotsa morago?",
        "[sleep] supper from {t} on, effect?",
        "We eat so late at my place. Does starting dinner at {t} or later change how long I sleep?",
        "I request to be informed whether beginning dinner at or after {t} affects how long I sleep.",
    ],
    "exercise_sleep": [
        "a ke robala lobaka lo loleele fa ke ikatisitse? on workout days",
        "[sleep] wkout days vs rest days?",
        "People say exercise helps. Do I sleep longer on days I work out?",
        "May I be told whether I sleep longer on the days on which I exercise?",
    ],
    "caffeine_sleep": [
        "a ke robala go le gonnye fa ke nwele {mg} mg ya caffeine kgotsa go feta?",
        "[sleep] {mg}+ mg caffeine days?",
        "Too much tea and coffee at work. Do I sleep less on days I have {mg} mg of caffeine or more?",
        "I seek to know whether days with at least {mg} mg of caffeine are followed by shorter sleep.",
    ],
    "exercise_coffee": [
        "a ke nwa kofi e ntsi fa ke ikatisitse? on workout days",
        "[cofs] wkout days vs rest days?",
        "I always want a cup after training. Do I drink more coffee on days I work out?",
        "Might I learn whether I drink more coffee on the days I exercise?",
    ],
    "fu_day_before": [
        "mme letsatsi pele ga foo? the day before",
        "[lunch] day before?",
        "Okay, one more. And the day before?",
        "May I be told the same for the preceding day?",
    ],
    "fu_other_person": [
        "mme {who} ene?",
        "[same] {who}?",
        "Ha, funny. And what about {who}?",
        "I should be glad to learn the same regarding {who}.",
    ],
    "fu_today": [
        "mme gompieno? today",
        "[same] today?",
        "It has been a long day. And today?",
        "Do let me have the figure for today as well.",
    ],
    "fu_meeting_length": [
        "e tsere nako e kana kang? the meeting",
        "[mtg] length?",
        "It felt endless. How long did it last?",
        "Might I learn how long that meeting lasted?",
    ],
    "fu_night_before": [
        "mme bosigo pele ga foo?",
        "[sleep] night before?",
        "One more thing. And the night before that?",
        "I beg to know the same for the night before.",
    ],
    "fu_other_day": [
        "mme {day}, dikhilomitara di le kae?",
        "[km] {day} too?",
        "Keeping a log now. And {day}?",
        "Could I trouble you to state the same for {day}?",
    ],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question may name ``day`` asked on ``today``, day first as in Botswana; ``absolute``:
    always with the year (a day outside the life must not read as one inside it)."""
    weekday, nth, month = WEEKDAYS[day.weekday()], _ordinal(day.day), MONTHS[day.month - 1]
    if absolute:
        return [f"on the {day.day:02d}/{day.month:02d}/{day.year}, a {weekday}",
                f"on the {nth} day of {month} {day.year}, a {weekday}", f"on {nth} {month} {day.year}, a {weekday}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, the {nth} day of {month}"]
    if back == 1:
        return ["yesterday", f"yesterday, that is {weekday} {day.day}/{day.month}",
                f"yesterday, the {nth} day of {month}"]
    which_month = "this month" if day.month == today.month else "last month"
    return [f"on {day.day}/{day.month}, a {weekday}", f"on the {weekday} just past",
            f"on {weekday}, the {nth} of {which_month}", f"on the {nth}, this past {weekday}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question may name the night that starts on ``day``."""
    weekday, following = WEEKDAYS[day.weekday()], WEEKDAYS[(day + timedelta(days=1)).weekday()]
    nth, next_nth = _ordinal(day.day), _ordinal((day + timedelta(days=1)).day)
    if (today - day).days == 1:
        return ["last night", f"last night, from {weekday} to {following}",
                f"last night, the {nth} into the {next_nth}"]
    return [f"on the night of {weekday}, {day.day}/{day.month}", f"the night of {weekday} going into {following}",
            f"on the {weekday} night just past", f"on the night from the {nth} to the {next_nth}"]
