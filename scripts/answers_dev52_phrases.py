"""Question phrasings of the answers benchmark's fifty-second tuning set, ``dev52`` (docs/benchmarks.md, "Answers").

``dev52`` was the held-out set until 2026-12-05, when, after its measurement at 5724bcd (grounded
accuracy 0.803; worst category habit relation 0.5; unsupported 0.004; abstention 1.0; p95 0.018 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev51``, answers_dev51_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young nurse at Mater Dei Hospital
in Msida who types lower case and switches between English and Maltese inside a sentence, in its
ordinary typed spelling (as Maltese is typed on a phone without the Maltese letters: "gh" for "għ",
"h" for "ħ", "z" for "ż", "c" for "ċ", "g" for "ġ", the apostrophe of "x'", "ta'" and "f'" kept, so
"x'hin", "ghal", "l-ahhar", "gimgha", "ezercizzju", "cena", "ccaqlaq"): "x'" for what ("x'kilt" for
what did I eat), "liema" for which, "fejn" for where, "min" for who, "kemm" and "kemm-il" for how
much and how many, "x'hin" for at what time, "kemm dam" and "kemm damet" for how long it lasted,
"kif" for how, "kilt", "xrobt", "hadt", "rqadt", "qomt", "mort norqod", "grejt", "ghomt",
"ghamilt" and "bir-rota" for I ate, drank, took, slept, woke, went to bed, ran, swam, did and by
bike, "niekol", "nixrob", "norqod" and "naghmel" for I eat, drink, sleep and do, "kolazzjon",
"nofsinhar" and "cena" for breakfast, lunch and dinner, "kafe" and "kaffeina" for coffee and
caffeine, "laqgha" for a meeting, "kelli" for I had, "bdiet" for it began, "ezercizzju" for a
workout, "il-polz medju" for the average pulse, "irqad" for sleep, "tajjeb" and "hazin" for good and
bad, "kmieni" for early, "siegha" for an hour, "metri" and "minuti" for metres and minutes,
"l-ewwel" and "l-ahhar" for first and last, "wara" and "qabel" for after and before, "din
il-gimgha" and "il-gimgha li ghaddiet" for this week and last week, "b'kollox" for in total,
"iktar" and "inqas" for more and less, "jew" for or, "u" for and, "gurnata" and "granet" for a day
and days, "dakinhar" for that day, "lejl" for a night, "ktieb", "restorant", "kelb", "bint", "sena"
and "isem" for a book, a restaurant, a dog, the daughter of, a year and a name, "semmew" for they
named, "se jsir" for it will be held, "ghal meta ccaqlaq" for to when it was moved, "jasal" for it
arrives, "se taghlaq" for she will turn, "dal-weekend" for this weekend, "issa" for now, "s'issa"
for so far, "illum" ("llum" after "u") for today, "nsejt" and "ma niftakarx" for I forgot and I
don't remember); an analyst at an iGaming company in St Julian's who types every question as a
database query, lower case, with no question mark: "select", what is wanted as a column or an
aggregate ("food", "place", "hours", "count(*)", "sum(mg)", "avg(hr)", "min(time)", "max(time)",
"lands_at", "new_date"), "from" the thing, then the day, the night, the workout, the title or the
name as the assistant fills them, "vs" for a comparison, "where" for a condition, "group by" for a
habit ("select avg(sleep) group by coffee after" and the hour), and "rerun for" a follow-up's new
day, night or person; a deckhand on the Gozo Channel ferry between Cirkewwa and Mgarr who chats, in
sentences with capitals, a remark about his days on the crossing first and the question after it
("the early boat", "the bar on the ferry", "the lads at Mgarr", "the drive from Cirkewwa to the
airport", "the stray the crew feed", "my niece in Xaghra", "the galley's ftira and pastizzi", "my
mother-in-law's in Zebbug", "the car deck", "the gregale", "the night crossing", "the gangway", "the
hill up from Mgarr harbour", "the kiosk at Cirkewwa", "the gym in Mellieha", "the festa band
practice next door", "the skipper"); and a retired notary in Mdina who writes formal sentences with
formulas of his own ("Have the goodness to", "I venture to ask", "I should be indebted to you for
stating", "I take leave to enquire", "I should count it a favour to be told", "Enlighten me, if you
will, as to", "I make so bold as to ask", "In like manner,"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev52 life lives in Europe/Malta, from Monday 5 March 2035; Malta's clocks go forward on 25
March 2035, after its last day (zoneinfo gives one offset, UTC+1, over its 16 days, to 20 March), so
no clock changes inside it. Dates are written as people in Malta write Gregorian dates in English,
day first, British style, as on Maltese forms, receipts and letters: slashed and zero-padded
("05/03"), or the weekday, "the", the day as an ordinal and the month's name ("Monday the 5th
March"); for a day that may lie outside the life always with the year ("on Monday the 5th March
2035", "on Mon 5th Mar 2035", "on the 5th March 2035, a Monday"); for one of the days before
yesterday the short weekday, a comma and the slashed day ("on Mon, 05/03"), the weekday with the
ordinal and the month ("on Monday the 5th March"), or the days counted back with the weekday and
the slashed day in brackets ("3 days ago (Monday 05/03)"); today alone, with its short weekday and
ordinal ("today, Wed 7th") or with the ordinal and the month ("today the 7th March"); yesterday
alone, with its short weekday and ordinal ("yesterday, Tue 6th") or with its weekday and slashed
day in brackets ("yesterday (Tuesday, 06/03)"). A night is last night, alone or with its two short
weekdays and slashed days ("last night, Tue 06/03 to Wed 07/03"); or the night of a short weekday
and its slashed day ("on the night of Tue 06/03"), overnight from one weekday into the next
("overnight Tuesday into Wednesday"), or the night of one ordinal into the next ("the night of the
6th into the 7th"). Day and night names that the disjointness checks found shared with another set
(the short weekday and the slashed day with no comma between; the weekday with "the" and an ordinal
but no month; the weekday, the ordinal, the month and the year with no "the"; the slashed date with
the year and the short weekday in brackets; the ordinal "of" the month and the year; today and
yesterday with a comma, the short weekday and the slashed day, or with "the" and an ordinal alone;
the night of a weekday and its slashed day; a weekday's night into the next one's morning) were
reworded. Workouts are named with places in Malta: the Sliema front, Ta' Qali, the Upper Barrakka,
Mellieha, Marsaxlokk, the Dingli cliffs, St George's Bay, the rocks at Tigne, Ghadira Bay, the
Argotti Gardens, the Ta' Xbiex waterfront, Ghar Lapsi and Wied Babu.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along the Sliema front", "jog round Ta' Qali", "run up to the Upper Barrakka"),
         "cycle": ("ride out to Mellieha", "bike ride round Marsaxlokk", "ride up to the Dingli cliffs"),
         "swim": ("swim at St George's Bay", "swim off the rocks at Tigne", "swim at Ghadira Bay"),
         "yoga": ("yoga session in the Argotti Gardens", "yoga session on the Ta' Xbiex waterfront"),
         "climb": ("climbing session at Ghar Lapsi", "climb at Wied Babu")}
"""What this set's questions call a workout of each activity: places in Malta."""

PHRASES: dict[str, list[str]] = {
    "book": ["liema ktieb kien dak li {who} said i should read? nsejt l-isem",
             "select title from books recommended_by {who}",
             "Hardly any cars on the early boat, so I had time to read. Which book did {who} say I should read?",
             "Have the goodness to tell me the title of the book {who} recommended I read."],
    "film": ["x'film kien dak li {who} told me to watch? irrid narah dal-weekend",
             "select film from recs by {who}",
             "The bar on the ferry shows old films on the telly now. What film did {who} tell me to watch?",
             "I venture to ask which film {who} advised me to watch."],
    "offsite": ["l-offsite fejn se jsir issa? {who} said they moved it",
                "select city from offsite latest per {who}",
                "Half the passengers are off somewhere for work lately. Where has the offsite been moved to,"
                " according to {who}?",
                "I should be indebted to you for stating the city to which, as {who} told us, the offsite"
                " has been moved."],
    "restaurant": ["x'jismu r-restorant li {who} said we should try?",
                   "select name from restaurants suggested_by {who}",
                   "The lads at Mgarr keep telling me about new places in Victoria. Which restaurant did {who}"
                   " say we ought to try?",
                   "I take leave to enquire which restaurant {who} proposed that we try."],
    "flight": ["il-flight ta' {who} x'hin jasal? need to be at the airport",
               "select lands_at from flights for {who}",
               "The drive from Cirkewwa to the airport takes forever. What time does the flight of {who} land?",
               "I should count it a favour to be told at what time the flight of {who} is due to land."],
    "dog": ["x'semmew il-kelb il-gdid, {who} u l-familja? forgot l-isem",
            "select name from new_dog of {who}",
            "There's a stray that rides the ferry and the crew feed her. What's the name of the dog {who}"
            " adopted?",
            "Enlighten me, if you will, as to what {who} named the dog just adopted."],
    "launch": ["il-launch ta' {project} ghal meta ccaqlaq? {who} said it slipped",
               "select new_date from launches project {project} per {who}",
               "Our timetable changes every season too. When's the {project} launch now, going by what {who}"
               " said?",
               "I make so bold as to ask the date to which the {project} launch has slipped, as reported by"
               " {who}."],
    "age": ["kemm-il sena se taghlaq bint {who}? birthday tagha is-sibt",
            "select age from daughter of {who} at birthday",
            "My niece in Xaghra had her birthday party on the boat once. How old is the daughter of {who}"
            " turning?",
            "I venture to ask what age the daughter of {who} will be on her birthday."],
    "podcast": ["liema podcast kien dak li {who} recommended? siegha fil-bus kuljum",
                "select podcast from recs by {who}",
                "A crossing is twenty-five minutes of nothing without something in my ears. Which podcast did"
                " {who} put me on to?",
                "Have the goodness to name the podcast that {who} thought I should hear."],
    "breakfast_food": ["x'kilt ghall-kolazzjon {day}? ma niftakarx",
                       "select food from breakfast {day}",
                       "The first boat leaves at six so breakfast is whatever's going. What did I eat for"
                       " breakfast {day}?",
                       "Have the goodness to tell me what I had for breakfast {day}."],
    "lunch_food": ["{day} x'kilt ghal nofsinhar? kont fuq xift twil",
                   "select food from lunch {day}",
                   "The galley only ever has ftira and pastizzi. What did I have for lunch {day}?",
                   "I venture to ask what my lunch consisted of {day}."],
    "dinner_food": ["ghac-cena {day} x'kilt? kont ghajjiena hafna",
                    "select food from dinner {day}",
                    "My wife cooks when I'm on the late boat and I never take notice. What was dinner {day}?",
                    "Enlighten me, if you will, as to what I ate for dinner {day}."],
    "lunch_place": ["fejn kilt ghal nofsinhar {day}? fil-canteen jew barra?",
                    "select place from lunch {day}",
                    "Some days I eat on the quay at Mgarr, some days on board. Where did I have lunch {day}?",
                    "I take leave to enquire where I took lunch {day}."],
    "dinner_place": ["fejn kilt ghac-cena {day}? f'liema post?",
                     "select place from dinner {day}",
                     "Half the time we end up at my mother-in-law's in Zebbug. Where did I eat dinner {day}?",
                     "I should be indebted to you for stating where I dined {day}."],
    "workout_kind": ["x'ezercizzju ghamilt {day}? grejt, ghomt jew xi haga ohra?",
                     "select activity from workouts {day}",
                     "Hauling ropes all day should be workout enough, but I still go. What kind of workout did I"
                     " do {day}?",
                     "I should count it a favour to be told what form of exercise I took {day}."],
    "heart_rate": ["during my {noun} {day}, x'kien il-polz medju?",
                   "select avg(hr) from {noun} {day}",
                   "The stairs up from the car deck get my heart going on their own. What was my average heart"
                   " rate on the {noun} {day}?",
                   "Have the goodness to state what my heart rate averaged over the {noun} {day}."],
    "sleep_quality": ["kif kien l-irqad tieghi {night}? tajjeb jew hazin?",
                      "select quality from sleep {night}",
                      "The gregale had the windows rattling. How well did I sleep {night}?",
                      "I venture to ask how well I slept {night}."],
    "sleep_night": ["kemm-il siegha rqadt {night}? ghax ghajjiena mejta",
                    "select hours from sleep {night}",
                    "Nobody on the night crossing crew sleeps properly, and I'm on it half the week. How long did"
                    " I sleep {night}?",
                    "I should count it a favour to learn how many hours I slept {night}."],
    "exercise_duration": ["{noun} {day}, kemm dam? f'minuti",
                          "select duration from {noun} {day}",
                          "The skipper says I'm getting fit. How long was my {noun} {day}?",
                          "I make so bold as to ask how long my {noun} lasted {day}."],
    "meeting_duration": ["il-laqgha {title} {day} kemm damet?",
                         "select duration from {title} {day}",
                         "Our crew briefings are five minutes, if that. How long was the {title} meeting {day}?",
                         "I should be indebted to you for stating the duration of the {title} meeting {day}."],
    "distance_run": ["kemm-il kilometru grejt {day}?",
                     "select km from runs {day}",
                     "My knees feel every step of the gangway. How far did I run {day}?",
                     "Enlighten me, if you will, as to the distance I ran {day}."],
    "distance_cycle": ["kemm ghamilt km bir-rota {day}?",
                       "select km from rides {day}",
                       "The hill up from Mgarr harbour is no joke on a bike. How many km did I cycle {day}?",
                       "I take leave to enquire how far I cycled {day}."],
    "distance_swim": ["kemm ghomt {day}? metri jew km",
                      "select distance from swims {day}",
                      "The sea's still cold but I go in anyway. What distance did I swim {day}?",
                      "I should count it a favour to be told the distance I swam {day}."],
    "attendees": ["min kien fil-laqgha {title} {day}?",
                  "select attendees from {title} {day}",
                  "I can name every regular on the morning boat but not my own colleagues. Who was at the {title}"
                  " meeting {day}?",
                  "Have the goodness to name those who attended the {title} meeting {day}."],
    "coffee_count": ["kemm-il kafe xrobt {day}? qisni xrobt wisq",
                     "select count(*) from coffees {day}",
                     "The kiosk at Cirkewwa does a decent espresso. How many coffees did I get through {day}?",
                     "I venture to ask how many cups of coffee I drank {day}."],
    "caffeine": ["kemm kaffeina hadt {day}? f'mg b'kollox",
                 "select sum(mg) from caffeine {day}",
                 "My hands shake a bit by the last crossing, must be the espresso. How many mg of caffeine did I"
                 " have {day}?",
                 "I should be indebted to you for stating, in milligrams, how much caffeine I took in {day}."],
    "meeting_count": ["kemm-il laqgha kelli {day}?",
                      "select count(*) from meetings {day}",
                      "On the ferry a meeting is two of us at the rail. How many meetings did I have {day}?",
                      "I take leave to enquire how many meetings I attended {day}."],
    "km_week": ["din il-gimgha kemm-il km i {past} b'kollox?",
                "select sum(km) from {activity} this week",
                "Between shifts I fit in what I can. How many km of {activity} this week so far?",
                "I make so bold as to ask the total distance I {past} this week."],
    "workouts_week": ["kemm-il darba ghamilt ezercizzju din il-gimgha?",
                      "select count(*) from workouts this week",
                      "The gym in Mellieha is on my way home at least. How many workouts have I done this week?",
                      "Have the goodness to state the number of my workouts so far this week."],
    "first_coffee": ["{day} x'hin xrobt l-ewwel kafe?",
                     "select min(time) from coffees {day}",
                     "I need one before I tie up the first boat. When did I drink my first coffee {day}?",
                     "I venture to ask at what hour I drank my first coffee {day}."],
    "last_coffee": ["x'hin kien l-ahhar kafe {day}?",
                    "select max(time) from coffees {day}",
                    "The late espresso always comes back to haunt me at night. When did I have my last coffee"
                    " {day}?",
                    "Enlighten me, if you will, as to the time of my last coffee {day}."],
    "first_meeting": ["l-ewwel laqgha {day} x'hin bdiet?",
                      "select min(start) from meetings {day}",
                      "Nobody sensible books anything before the first boat. What time did my first meeting start"
                      " {day}?",
                      "I should count it a favour to be told at what hour my first meeting began {day}."],
    "wake": ["x'hin qomt {day}? kmieni jew le?",
             "select wake_time from sleep {day}",
             "The alarm goes at five for the early crossing. What time did I wake up {day}?",
             "I should be indebted to you for stating at what hour I got up {day}."],
    "bedtime": ["x'hin mort norqod {night}?",
                "select bed_time from sleep {night}",
                "The festa band practice next door ran late. When did I go to bed {night}?",
                "I take leave to enquire at what hour I went to bed {night}."],
    "dinner_on_distance": ["x'kilt ghac-cena dakinhar li i {past} {km} km?",
                           "select dinner from days where {past} = {km} km",
                           "I came home with an appetite like a horse that evening. What did I have for dinner the"
                           " day I {past} {km} km?",
                           "Have the goodness to tell me what I ate for dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["min kien fil-laqgha li kelli after my {noun} {day}?",
                              "select attendees from next meeting after {noun} {day}",
                              "I probably still smelled of the sea. Who sat in the meeting I had straight after my"
                              " {noun} {day}?",
                              "I venture to ask who was present at the meeting following my {noun} {day}."],
    "lunch_on_meeting_day": ["fejn kilt ghal nofsinhar dakinhar tal-laqgha {title}?",
                             "select lunch_place from day of {title}",
                             "The meeting I remember, the sandwich not at all. Where did I have lunch on the day of"
                             " the {title} meeting?",
                             "Enlighten me, if you will, as to where I took lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["il-lejl wara l-laqgha {title}, kemm-il siegha rqadt?",
                            "select hours from sleep night after {title}",
                            "Some meetings keep me up thinking. How long did I sleep the night after the {title}"
                            " meeting?",
                            "I make so bold as to ask how long I slept on the night following the {title} meeting."],
    "dinner_on_said_day": ["dakinhar li {who} mentioned {value}, x'kilt ghac-cena?",
                           "select dinner from day {who} mentioned {value}",
                           "Funny what sticks in your head. What did I have for dinner the day {who} talked about"
                           " {value}?",
                           "I should be indebted to you for stating what I dined on the day {who} made mention of"
                           " {value}."],
    "compare_sleep": ["liema lejl rqadt iktar, {n1} jew {n2}?",
                      "select longer from sleep {n1} vs {n2}",
                      "Two early boats in a row, so not much in it. Did I sleep longer {n1} or {n2}?",
                      "I should count it a favour to learn whether I slept longer {n1} or {n2}."],
    "compare_caffeine": ["liema gurnata hadt iktar kaffeina, {d1} jew {d2}?",
                         "select higher sum(mg) {d1} vs {d2}",
                         "I was jittery on the gangway at least once. Which day did I have more caffeine, {d1} or"
                         " {d2}?",
                         "Have the goodness to state whether my caffeine was higher {d1} or {d2}."],
    "compare_duration": ["liema workout dam iktar, {d1} jew {d2}?",
                         "select longer workout {d1} vs {d2}",
                         "My legs can't tell the difference any more. Which workout went on longer, the one {d1}"
                         " or the one {d2}?",
                         "I venture to ask whether my workout {d1} or that {d2} lasted longer."],
    "compare_coffee_weeks": ["din il-gimgha xrobt iktar kafe jew inqas mill-gimgha li ghaddiet?",
                             "select count(coffee) this week vs last week",
                             "The kiosk lady says I'm her best customer. Am I drinking more coffee this week than"
                             " last week, or less?",
                             "Enlighten me, if you will, as to whether I have drunk more or less coffee this week"
                             " than in the week before."],
    "late_coffee_sleep": ["meta nixrob kafe wara {t}, norqod inqas?",
                          "select avg(sleep) group by coffee after {t}",
                          "The skipper won't touch an espresso after the midday boat. Do I sleep less on days I drink"
                          " coffee after {t}?",
                          "I make so bold as to ask whether coffee taken after {t} shortens my sleep."],
    "late_dinner_sleep": ["jekk niekol ic-cena wara {t}, norqod inqas?",
                          "select avg(sleep) group by dinner after {t}",
                          "On the late boat dinner gets pushed back a lot. Do I sleep less when I eat dinner at {t}"
                          " or later?",
                          "Have the goodness to tell me whether my sleep is shorter when I dine at {t} or later."],
    "exercise_sleep": ["il-granet li naghmel ezercizzju, norqod iktar?",
                       "select avg(sleep) group by workout_day",
                       "The skipper says a tired body sleeps well. Do I sleep longer on days I work out?",
                       "I venture to ask whether a day with exercise in it gives me a longer night's sleep."],
    "caffeine_sleep": ["meta nixrob {mg} mg kaffeina jew iktar, kif ikun l-irqad?",
                       "select avg(sleep) group by caffeine >= {mg} mg",
                       "Some days it's espresso after espresso on the crossing. How is my sleep after a day of {mg} mg"
                       " of caffeine or more?",
                       "I should count it a favour to learn how I sleep after days with at least {mg} mg of"
                       " caffeine."],
    "exercise_coffee": ["il-granet li naghmel ezercizzju, nixrob iktar kafe?",
                        "select avg(coffees) group by workout_day",
                        "I'd guess a workout makes me want more coffee, not less. On days I exercise do I drink"
                        " more coffee?",
                        "I should be indebted to you for stating whether I drink more coffee on the days on which I"
                        " exercise."],
    "fu_day_before": ["u l-gurnata ta' qabel?",
                      "rerun for the day before",
                      "My memory's worse than the ferry timetable. And the day before that?",
                      "In like manner, have the goodness to tell me the same of the day before."],
    "fu_meeting_length": ["u kemm damet dik il-laqgha?",
                          "select duration from that meeting",
                          "Probably longer than a crossing. And how long did that meeting go on for?",
                          "In like manner, I venture to ask how long that meeting lasted."],
    "fu_other_day": ["u {day}, kemm?",
                     "rerun for {day}",
                     "Those runs all blur together for me. What about {day}?",
                     "In like manner, I should count it a favour to be told the same for {day}."],
    "fu_night_before": ["u l-lejl ta' qabel?",
                        "rerun for the night before",
                        "One of those nights the wind kept me up. And the night before that?",
                        "Likewise, have the goodness to state the same for the night before."],
    "fu_today": ["u llum s'issa?",
                 "rerun for today so far",
                 "The kiosk lady has my order ready before I ask now. What about today up to now?",
                 "In like manner, I venture to ask the same for today up to this hour."],
    "fu_other_person": ["u {who}?",
                        "rerun for {who}",
                        "Everyone has an opinion on the boat. And what about {who}?",
                        "Likewise, I should count it a favour to learn the same as regards {who}."],
}
"""Every question key's templates: the nurse's, the iGaming analyst's, the ferry deckhand's, the
retired notary's."""


def _slashed(day: date, year: bool = False) -> str:
    """Day first, zero-padded ("05/03"); ``year``: with the full year ("05/03/2035")."""
    return f"{day.day:02d}/{day.month:02d}" + (f"/{day.year}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    name, short, month = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {name} the {ordinal(day.day)} {month} {day.year}",
                f"on {short} {ordinal(day.day)} {month[:3]} {day.year}",
                f"on the {ordinal(day.day)} {month} {day.year}, a {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short} {ordinal(day.day)}", f"today the {ordinal(day.day)} {month}"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} {ordinal(day.day)}", f"yesterday ({name}, {_slashed(day)})"]
    return [f"on {short}, {_slashed(day)}", f"on {name} the {ordinal(day.day)} {month}",
            f"{back} days ago ({name} {_slashed(day)})"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    options = [f"on the night of {SHORT_DAYS[day.weekday()]} {_slashed(day)}",
               f"overnight {WEEKDAYS[day.weekday()]} into {WEEKDAYS[after.weekday()]}",
               f"the night of the {ordinal(day.day)} into the {ordinal(after.day)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {SHORT_DAYS[day.weekday()]} {_slashed(day)} to"
                    f" {SHORT_DAYS[after.weekday()]} {_slashed(after)}"]
    return options
