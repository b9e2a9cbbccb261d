"""Question phrasings of the answers benchmark's forty-second tuning set, ``dev42`` (docs/benchmarks.md, "Answers").

``dev42`` was the held-out set until 2026-12-05, when, after its measurement at 1e73777 (grounded
accuracy 0.92; worst category habit relation 0.591; unsupported 0.004; abstention 1.0; p95 0.010 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev41``, answers_dev41_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young nurse at the University
Teaching Hospital in Lusaka who types English, lower case, with Nyanja (Chinyanja, the town language
of Lusaka) mixed in, in its ordinary Latin spelling ("chani" for what, "yanji" for which kind,
"kuti" for where, "ndani" for who, "angati" and "zingati" for how many, "nthawi yanji" for at what
time, "liti" for when, "bwanji" for how, "yaitali" for long, "maola" for hours, "ndinadya" for I
ate, "ndinamwa" for I drank, "ndinagona" for I slept, "ndinadzuka" for I woke, "ndinathamanga",
"ndinayendetsa njinga" and "ndinasambira" for I ran, cycled and swam, "khofi" and "makapu" for
coffee and cups, "msonkhano" for a meeting, "buku", "filimu", "galu", "dzina", "mwana wamkazi" and
"zaka" for a book, a film, a dog, a name, a daughter and years, "tsiku" and "usiku" for day and
night, "lelo" for today, "sabata ino" and "sabata yatha" for this week and last week, "yoyamba" and
"yomaliza" for first and last, "yambiri" and "pang'ono" for more and less, "kapena" for or,
"nanga" for and what about, "lapitalo" and "wapitawo" for the one before, "wotsatira" for the
next, "kadzutsa" for breakfast), each question ending in a few English words that restate it; a
dispatcher at the Intercity bus terminus who types the fewest words, lower case, the thing, the day
and what is asked split by " | ", every question ending in " ?", abbreviations ("bkfst", "mtg",
"mtgs", "wk", "avg", "1st", "rec", "q", "vs", "mg+"); a student at the University of Zambia who
chats, the question first and a remark after it ("the hostel", "load-shedding", "kapenta", "nshima
at the canteen", "the minibus rides", "Great East Road", "my aunt", "the match", "eish"); and a
retired magistrate in Kabulonga who writes formal sentences with polite formulas of his own ("I
should be most grateful to know", "May I trouble you for", "Be good enough to state", "I beg to
enquire", "Do me the courtesy of stating", "I should be obliged to learn", "Pray tell me", "may I
ask"). Every question asks for the gold ``answers_evalset`` computes for its key, and fills the
slots described in answers_phrases.py.

The dev42 life lives in Africa/Lusaka, from Monday 20 March 2034; Zambia keeps one offset
(Central Africa Time, UTC+2) all year and has no daylight saving time, so no clock changes inside
it. Dates are written as people in Zambia write Gregorian dates in English, day first as on Zambian
forms, receipts and bank slips: slashed and zero-padded with the full year ("24/03/2034"), slashed
and not padded without the year ("24/3"), or British style with an ordinal before the month's name
("the 24th of March 2034", "Fri 24th March, 2034"); for one of the six days before today the
weekday with "gone" after it, as Zambians say it ("on Friday gone"), the weekday and the slashed day
("this past Friday, 24/3"), or the weekday and the ordinal day of the month ("on Friday (the
24th)"); for a day that may lie outside the life always with the year ("on 24/03/2034, Friday",
"on the 24th of March 2034, a Friday", "on Fri 24th March, 2034"); today alone; yesterday alone or
with the date ("yesterday", "yesterday (26/03/2034)", "yesterday, the 26th"). A night is last
night, alone or with the two days it spans ("last night (26/3 into 27/3)"); a weekday's night
"just past" ("the Friday night just past"), with the two slashed days it spans after a comma
("Friday night, 24/3-25/3"), or the night from one short weekday and slashed day to the next ("the
night of Fri 24/3 to Sat 25/3"). Workouts are named with places in and around Lusaka: Leopards Hill Road, the
Showgrounds, Heroes Stadium, Great East Road, Chongwe, Kafue Road, the Olympic Youth Development
Centre pool, Kabulonga, Munda Wanga and the Kabwata climbing wall.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along Leopards Hill Road", "run round the Showgrounds", "Heroes Stadium run"),
         "cycle": ("ride out along Great East Road", "bike ride to Chongwe", "ride down Kafue Road"),
         "swim": ("swim at the OYDC pool", "Olympic Youth Development Centre swim"),
         "yoga": ("yoga class in Kabulonga", "yoga session at Munda Wanga"),
         "climb": ("climbing session at the Kabwata wall", "Kabwata wall climb")}
"""What its questions call a workout (one drawn per question)."""

# Each key: the Nyanja mixer, the bus-station dispatcher, the student, the retired magistrate.
PHRASES: dict[str, list[str]] = {
    "book": ["{who} anandiuza kuti ndiwerenge buku chani? the book ka",
             "book | {who} said read it | title ?",
             "Which book was it that {who} told me I should read? My reading list is getting long.",
             "I should be most grateful to know the title of the book {who} urged me to read."],
    "film": ["filimu chani {who} anati ndiwonere? the movie yomwe anandiuza",
             "film | {who} said watch it | which one ?",
             "What was the film {who} said I had to watch? Friday is movie night at the hostel.",
             "May I trouble you for the name of the film {who} told me I ought to see?"],
    "offsite": ["offsite ija yasamukira kuti malinga ndi {who}? where did they move it",
                "offsite | moved per {who} | where to ?",
                "Where did {who} say the offsite has been moved to? Hope it's somewhere warm.",
                "Be good enough to state where, according to {who}, the offsite has been moved."],
    "restaurant": ["restaurant chani {who} anati tikayesere? the place for the dumplings",
                   "restaurant | {who} said we should try | name ?",
                   "Which restaurant did {who} say we should try sometime? I'm tired of nshima at the canteen.",
                   "I beg to enquire which restaurant {who} suggested we try."],
    "flight": ["flight ya {who} ifika nthawi yanji on friday? what time does it land",
               "{who} flight | lands fri | time ?",
               "What time does {who}'s flight land on Friday? Someone has to go to the airport.",
               "Do me the courtesy of stating at what hour {who}'s flight lands on Friday."],
    "dog": ["galu watsopano wa {who} dzina lake ndani? the new dog",
            "{who} new dog | name ?",
            "What's the name of the dog {who} just adopted? I'd love to meet her.",
            "I should be obliged to learn the name of the dog {who} has lately adopted."],
    "launch": ["launch ya {project} yasunthira liti malinga ndi {who}? the new date",
               "{project} launch | slipped per {who} | new date ?",
               "When did {who} say the {project} launch has slipped to? Deadlines around here, eish.",
               "Pray tell me to what date, as {who} informed me, the {project} launch has slipped."],
    "age": ["mwana wamkazi wa {who} akwanitsa zaka zingati on saturday? how old",
            "{who} daughter | birthday sat | turning what age ?",
            "How old is {who}'s daughter turning on Saturday? I should get her a card.",
            "May I trouble you to tell me what age {who}'s daughter reaches on Saturday?"],
    "podcast": ["podcast chani {who} anandiuza kuti ndimvetsere? the one ija",
                "podcast | {who} rec | name ?",
                "Which podcast did {who} recommend to me? I need something for the minibus rides.",
                "I should be most grateful to know which podcast {who} commended to me."],
    "breakfast_food": ["ndinadya chani for breakfast {day}? kadzutsa",
                       "bkfst | {day} | ate what ?",
                       "What did I eat for breakfast {day}? I honestly can't remember, the mornings blur.",
                       "Be good enough to tell me what I took for breakfast {day}."],
    "lunch_food": ["ndinadya chani for lunch {day}? chakudya cha masana",
                   "lunch | {day} | ate what ?",
                   "What did I have for lunch {day}? Probably not kapenta again.",
                   "I beg to enquire what I had for my luncheon {day}."],
    "dinner_food": ["ndinadya chani for dinner {day}? chakudya cha madzulo",
                    "supper | {day} | ate what ?",
                    "What did I eat for supper {day}? My stomach is asking.",
                    "Do me the courtesy of stating what I ate at dinner {day}."],
    "lunch_place": ["ndinadyera kuti lunch {day}? the place",
                    "lunch | {day} | where ?",
                    "Where did I go for lunch {day}? Somebody asked me for a recommendation.",
                    "I should be obliged to learn where I took my luncheon {day}."],
    "dinner_place": ["ndinadyera kuti dinner {day}? malo ake",
                     "supper | {day} | where ?",
                     "Where did I have supper {day}? It wasn't at home, that much I know.",
                     "May I trouble you for the place at which I dined {day}?"],
    "workout_kind": ["ndinachita exercise yanji {day}? the workout type",
                     "workout | {day} | which kind ?",
                     "What kind of workout did I do {day}? My legs still feel it.",
                     "Be good enough to state what form of exercise I took {day}."],
    "heart_rate": ["heart rate yanga inali bwanji pa {noun} {day}? the average bpm",
                   "{noun} | {day} | avg heart rate ?",
                   "What was my average heart rate on my {noun} {day}? The watch felt off.",
                   "I beg to enquire what my mean heart rate was during my {noun} {day}."],
    "sleep_quality": ["ndinagona bwanji {night}? quality ya tulo",
                      "sleep | {night} | quality ?",
                      "How well did I sleep {night}? The neighbours' dog barked for ages.",
                      "Do me the courtesy of stating the quality of my sleep {night}."],
    "sleep_night": ["ndinagona maola angati {night}? how long",
                    "sleep | {night} | how long ?",
                    "How long did I sleep {night}? Load-shedding kept the fan off.",
                    "I should be most grateful to know for how long I slept {night}."],
    "exercise_duration": ["{noun} yanga inatenga nthawi yaitali bwanji {day}? how many minutes",
                          "{noun} | {day} | how long ?",
                          "How long was my {noun} {day}? It felt like forever in that heat.",
                          "May I trouble you to state how long my {noun} lasted {day}?"],
    "meeting_duration": ["msonkhano wa {title} unatenga nthawi yaitali bwanji {day}? how long",
                         "{title} | {day} | how long ?",
                         "How long did {title} go on {day}? I nearly missed my bus.",
                         "Be good enough to state the length of {title} {day}."],
    "distance_run": ["ndinathamanga ma km angati {day}? the run",
                     "run | {day} | how far ?",
                     "How far did I run {day}? I'm trying to keep a log.",
                     "I beg to enquire what distance I ran {day}."],
    "distance_cycle": ["ndinayendetsa njinga ma km angati {day}? the ride",
                       "bike | {day} | how far ?",
                       "How far did I cycle {day}? The potholes made it feel longer.",
                       "Do me the courtesy of stating the distance I cycled {day}."],
    "distance_swim": ["ndinasambira ma km angati {day}? the swim",
                      "swim | {day} | how far ?",
                      "How far did I swim {day}? My shoulders are still sore.",
                      "I should be obliged to learn what distance I swam {day}."],
    "attendees": ["ndani anali ku {title} {day}? who attended",
                  "{title} | {day} | who came ?",
                  "Who was at {title} {day}? I need to send the notes around.",
                  "May I trouble you for the names of those present at {title} {day}?"],
    "coffee_count": ["ndinamwa makapu angati a khofi {day}? how many coffees",
                     "coffee | {day} | how many cups ?",
                     "How many coffees did I drink {day}? My hands are a bit shaky.",
                     "Be good enough to tell me how many cups of coffee I drank {day}."],
    "caffeine": ["caffeine yonse ndinamwa {day} inali ma mg angati? total",
                 "caffeine | {day} | total mg ?",
                 "How much caffeine did I have {day}, in mg? I suspect too much.",
                 "I beg to enquire how many milligrams of caffeine I took in all {day}."],
    "meeting_count": ["ndinali ndi ma meeting angati {day}? total",
                      "mtgs | {day} | how many ?",
                      "How many meetings did I have {day}? The day just vanished.",
                      "Do me the courtesy of stating how many meetings I attended {day}."],
    "km_week": ["ma km angati ndi {activity} sabata ino? total this week",
                "{activity} | this wk | total km ?",
                "How many km have I {past} this week all together? Trying to hit a target.",
                "I should be most grateful to know the total distance I have {past} this week."],
    "workouts_week": ["ndachita ma workout angati sabata ino? since monday",
                      "workouts | this wk | count ?",
                      "How many workouts have I done this week? Coach will ask.",
                      "May I trouble you to state how many times I have exercised this week?"],
    "first_coffee": ["khofi yoyamba {day} ndinamwa nthawi yanji? first cup",
                     "1st coffee | {day} | time ?",
                     "What time did I have my first coffee {day}? I was up early.",
                     "Be good enough to state the hour of my first coffee {day}."],
    "last_coffee": ["khofi yomaliza {day} ndinamwa nthawi yanji? last cup",
                    "last coffee | {day} | time ?",
                    "What time was my last coffee {day}? Might explain the sleep.",
                    "I beg to enquire at what hour I drank my last coffee {day}."],
    "first_meeting": ["meeting yoyamba {day} inayamba nthawi yanji? start time",
                      "1st mtg | {day} | start time ?",
                      "What time did my first meeting start {day}? Traffic on Great East Road was bad.",
                      "Do me the courtesy of stating when my first meeting began {day}."],
    "wake": ["ndinadzuka nthawi yanji {day}? wake up time",
             "woke | {day} | time ?",
             "What time did I wake up {day}? The cocks start before dawn here.",
             "I should be obliged to learn at what hour I rose {day}."],
    "bedtime": ["ndinagona nthawi yanji {night}? bedtime",
                "bed | {night} | time ?",
                "What time did I go to bed {night}? I was watching the match.",
                "May I trouble you for the hour at which I retired {night}?"],
    "dinner_on_distance": ["tsiku lomwe I {past} {km} km, ndinadya chani for dinner? supper",
                           "day i {past} {km} km | supper | what ?",
                           "What did I have for supper the day I {past} {km} km? I was starving that night.",
                           "Be good enough to tell me what I dined on the day I {past} {km} km."],
    "meeting_after_workout": ["ndani anali mu meeting yoyamba after {noun} yanga {day}? who was there",
                              "1st mtg after {noun} | {day} | who ?",
                              "Who was in my first meeting after my {noun} {day}? I walked in still sweating.",
                              "I beg to enquire who attended the first meeting following my {noun} {day}."],
    "lunch_on_meeting_day": ["tsiku la {title}, ndinadyera kuti lunch? the place",
                             "{title} day | lunch | where ?",
                             "Where did I eat lunch on the day of {title}? The food there was good.",
                             "Do me the courtesy of stating where I lunched on the day of {title}."],
    "sleep_after_meeting": ["usiku wotsatira {title}, ndinagona maola angati? how long",
                            "night after {title} | sleep | how long ?",
                            "How long did I sleep the night after {title}? It was a stressful one.",
                            "I should be most grateful to know how long I slept on the night following {title}."],
    "dinner_on_said_day": ["tsiku lomwe {who} anatchula {value}, ndinadya chani for dinner? supper",
                           "day {who} mentioned {value} | supper | what ?",
                           "What did I eat for supper the day {who} brought up {value}? Funny how I remember the "
                           "talk but not the food.",
                           "May I trouble you to state what I dined on the day {who} spoke of {value}?"],
    "compare_sleep": ["ndinagona nthawi yaitali {n1} kapena {n2}? which night longer",
                      "sleep | {n1} vs {n2} | longer one ?",
                      "Did I sleep longer {n1} or {n2}? Both nights felt short.",
                      "Be good enough to state whether I slept longer {n1} or {n2}."],
    "compare_caffeine": ["caffeine yambiri {d1} kapena {d2}? which day more mg",
                         "caffeine | {d1} vs {d2} | more on which ?",
                         "Did I take in more caffeine {d1} or {d2}? Exams are coming.",
                         "I beg to enquire on which day I took more caffeine, {d1} or {d2}."],
    "compare_duration": ["workout yanga inali yaitali {d1} kapena {d2}? which was longer",
                         "workout length | {d1} vs {d2} | longer ?",
                         "Was my workout longer {d1} or {d2}? I'm trying to build up.",
                         "Do me the courtesy of stating whether my exercise lasted longer {d1} or {d2}."],
    "compare_coffee_weeks": ["ndamwa makapu a khofi ambiri sabata ino kuposa sabata yatha? more or fewer",
                             "coffees | this wk vs last wk | more ?",
                             "Have I had more coffees this week than last week? I promised to cut down.",
                             "I should be obliged to learn whether I have drunk more cups of coffee this week than "
                             "in the week before."],
    "late_coffee_sleep": ["ndikamwa khofi pa {t} kapena pambuyo pake, ndimagona pang'ono usiku? sleep less",
                          "coffee {t} or later | sleep that night | less ?",
                          "Do I sleep less on nights after I've had coffee at {t} or later? Asking for my sanity.",
                          "May I trouble you to say whether I sleep less after days on which I take coffee at {t} or "
                          "later?"],
    "late_dinner_sleep": ["ndikadya dinner pa {t} kapena mochedwa, ndimagona pang'ono? sleep less",
                          "supper {t} or later | sleep | less ?",
                          "Do I sleep less when supper starts at {t} or later? My aunt says eating late is bad.",
                          "Be good enough to state whether I sleep less on nights after a dinner begun at {t} or "
                          "later."],
    "exercise_sleep": ["ndikachita exercise, ndimagona nthawi yaitali usiku umenewo? sleep longer",
                       "workout days | sleep after | longer ?",
                       "Do I sleep longer on the nights after I work out? Seems like it but who knows.",
                       "I beg to enquire whether I sleep longer on the nights following days on which I exercise."],
    "caffeine_sleep": ["masiku ndimamwa {mg} mg ya caffeine kapena kuposa, ndimagona pang'ono? sleep less",
                       "caffeine {mg} mg+ days | sleep | less ?",
                       "On days I take {mg} mg of caffeine or more, do I sleep less that night? Probably, right?",
                       "Do me the courtesy of stating whether I sleep less after days on which I take at least {mg} "
                       "mg of caffeine."],
    "exercise_coffee": ["masiku ndichita exercise, ndimamwa khofi yambiri? more coffee",
                        "workout days | coffees | more ?",
                        "Do I drink more coffee on days I work out? Could be the early starts.",
                        "I should be most grateful to know whether I drink more coffee on days when I exercise."],
    "fu_day_before": ["nanga tsiku lapitalo? the day before that",
                      "day before | lunch what ?",
                      "And the day before that? I'm building a food diary.",
                      "And on the day before that, if I may ask?"],
    "fu_other_person": ["nanga {who}? same thing",
                        "{who} | same q ?",
                        "What about {who}? Curious what they said.",
                        "And in the case of {who}, may I ask?"],
    "fu_today": ["nanga lelo? today so far",
                 "today so far | cups ?",
                 "And today so far? Be honest.",
                 "And today, thus far, if I may ask?"],
    "fu_meeting_length": ["unatenga nthawi yaitali bwanji? the meeting",
                          "that mtg | how long ?",
                          "How long did it run? It felt endless.",
                          "For how long did that meeting last, may I ask?"],
    "fu_night_before": ["nanga usiku wapitawo? the night before",
                        "night before | sleep how long ?",
                        "And the night before that? I want to see the pattern.",
                        "And the night before that one, if I may ask?"],
    "fu_other_day": ["nanga {day}? how far that one",
                     "{day} | how far ?",
                     "And {day}, how far was the run? Keeping count.",
                     "And what distance did I run {day}, may I ask?"],
}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _slash(d: date) -> str:
    return f"{d.day}/{d.month}"


def _padded(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _british(d: date) -> str:
    return f"{_nth(d.day)} {MONTHS[d.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question names ``day`` asked on ``today``; ``absolute``: always with the year."""
    back, weekday, short = (today - day).days, WEEKDAYS[day.weekday()], WEEKDAYS_SHORT[day.weekday()]
    if absolute or not 0 <= back <= 6:
        month = MONTHS[day.month - 1]
        return [f"on {_padded(day)}, {weekday}", f"on the {_nth(day.day)} of {month} {day.year}, a {weekday}",
                f"on {short} {_nth(day.day)} {month}, {day.year}"]
    if back == 0:
        return ["today"]
    if back == 1:
        return ["yesterday", f"yesterday ({_padded(day)})", f"yesterday, the {_nth(day.day)}"]
    return [f"on {weekday} gone", f"this past {weekday}, {_slash(day)}", f"on {weekday} (the {_nth(day.day)})"]


def night_options(day: date, today: date) -> list[str]:
    """How a question names the night that starts on ``day`` (the sleep that ends the next morning)."""
    after, back = day + timedelta(days=1), (today - day).days
    if back == 1:
        return ["last night", f"last night ({_slash(day)} into {_slash(after)})"]
    if not 2 <= back <= 6:
        return [f"the night of {_padded(day)} to {_padded(after)}"]
    weekday, short, short_after = (WEEKDAYS[day.weekday()], WEEKDAYS_SHORT[day.weekday()],
                                   WEEKDAYS_SHORT[after.weekday()])
    return [f"the {weekday} night just past", f"{weekday} night, {_slash(day)}-{_slash(after)}",
            f"the night of {short} {_slash(day)} to {short_after} {_slash(after)}"]
