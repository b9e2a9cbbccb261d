"""Question phrasings of the answers benchmark's seventy-second tuning set, ``dev72`` (docs/benchmarks.md, "Answers").

``dev72`` was the held-out set until 2026-12-05, when, after its measurement at d4697bc (grounded
accuracy 0.746; worst category comparison 0.545; unsupported 0.011; abstention 0.864; p95 0.024 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev71``, answers_dev71_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a nurse in Andorra la Vella who types lower case and switches between English and Catalan inside a
  sentence (no earlier set's language), in its ordinary typed spelling, with its accents, "ç" and
  "l·l", question words first as Catalan puts them ("què", "quin", "quina", "on", "quan", "quant",
  "quantes", "qui", "a quina hora"), "per esmorzar", "per dinar" and "per sopar" for the meals,
  "la reunió" for a meeting, "entrenos" for workouts, "cafès" for cups of coffee, English words where
  they come first to mind ("no idea", "total", "so far", "rest days", "like");
- a man who types every question tersely, lower case, the thing asked in a few words, then an em
  dash and a bare question word or two ("breakfast {day} — what?", "coffees {day} — how many?"),
  comparisons as "sleep {n1} or {n2} — which more? hrs each?", his follow-ups opened with an em dash
  ("— day before?");
- a tobacco grower with terraced fields above the Gran Valira at Sant Julià de Lòria, writing in
  sentences with capitals, who makes a remark from his working life before or after the question
  (the drying barn and its poles, hanging and curing the leaf, stripping and grading it in winter,
  the bales, the seedbeds under plastic, topping the flowers in summer, the factory that buys the
  leaf, the terraces and their stone walls);
- a woman who writes formal sentences with formulas of her own: "Would you be so obliging as to
  ...?", "I would be much obliged to learn ...", "I desire to know ...", some closed with "With my
  thanks for your assistance in this matter.", her follow-ups opened with "As a sequel to my
  enquiry," and "On the same footing,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev72 life lives in Europe/Andorra, from Monday 7 January 2036 to 22 January; Andorra keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 7 to 22 January,
after the change of 28 October 2035), so no clock changes inside it. Dates are written as people in
Andorra write them in English, day first, with slashes: the day and month padded to two digits and
the year in full ("07/01/2036"), or unpadded with hyphens ("7-1-2036"), or the day and month alone,
unpadded ("7/1") or padded ("07/01"), or, as Catalan says "el 7 de gener", the bare day "of" the
month ("the 7 of January 2036"), and a weekday before a day of the month with "day", as Catalan says
"dimarts dia 8" ("Tuesday day 8"), or shortened as Catalan calendars shorten it, with a dot ("dl.",
"dt.", "dc.", "dj.", "dv.", "ds.", "dg."). For a day that may lie outside the life always with the
year ("on dl. 07/01/2036", "on 7-1-2036 (dl.)", "on the 7 of January 2036"); for one of the days
before yesterday the Catalan short weekday and the unpadded slashed day and month ("on dc. 9/1"),
the weekday "day" and the day ("on Wednesday day 9"), so many days back as Catalan counts them ("fa
tres dies"), "makes 3 days" with the weekday and the slashed day and month in brackets, or, two days
back, "before yesterday" (Catalan "abans-d'ahir") with the weekday and the slashed day and month;
today alone, "today," the weekday "day" and the day ("today, Friday day 11"), or "today" with the
shortened weekday and the padded day and month in brackets ("today (Fri. 11/01)"); yesterday alone,
"yesterday" with the Catalan short weekday and the slashed day and month in brackets ("yesterday
(dj. 10/1)"), or with the lower-case weekday "day" and the day ("yesterday (thursday day 10)"). A
night is named as Catalan names it, by the evening it starts on ("dimarts a la nit", "la nit de
dimarts a dimecres"): "Tuesday at night", "the night from Tuesday 8/1 to Wednesday", "the night from
the 8 to the 9 of January"; last night alone, "last night", or, as Catalan says "ahir a la nit",
"yesterday at night (Tuesday to Wednesday)".
Workouts are named with places in and around Andorra la Vella: the Rec del Solà, the Parc Central,
the Gran Valira, the climbs to the Coll d'Ordino, Port d'Envalira and the Coll de la Gallina, the
Serradells sports centre's pool and Caldea, a studio in Escaldes and one on Avinguda Meritxell, a
bouldering gym in Santa Coloma and the via ferrata of the Roc del Quer.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CATALAN = ("dl", "dt", "dc", "dj", "dv", "ds", "dg")
"""Weekdays as Catalan shortens them on calendars and in notes (dilluns, dimarts, dimecres, ...)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along the Rec del Solà", "run round the Parc Central", "run beside the Gran Valira"),
         "cycle": ("ride up the Coll d'Ordino", "ride up to Port d'Envalira", "ride up the Coll de la Gallina"),
         "swim": ("swim at the Serradells pool", "swim at Caldea"),
         "yoga": ("yoga class at a studio in Escaldes", "yoga session at a studio on Avinguda Meritxell"),
         "climb": ("bouldering at a gym in Santa Coloma", "climbing on the via ferrata of the Roc del Quer")}
"""What this set's questions call a workout of each activity: places in and around Andorra la Vella."""

THANKS = " With my thanks for your assistance in this matter."

PHRASES: dict[str, list[str]] = {
    "book": ["quin llibre em va recomanar {who}? m'he oblidat del title, totally",
             "{who}'s book tip — which title?",
             "Winter evenings in the drying barn are long, so I read. Which book did {who} put on my list?",
             "Would you be so obliging as to name the book that {who} recommended I read?"],
    "film": ["quina pel·lícula diu {who} que he de veure sí o sí? tinc a free night",
             "film {who} insists on — which?",
             "The leaf is graded and baled, so tonight I can sit down. Which film did {who} say I had to watch?",
             "I would be much obliged to learn which film {who} urged me to see." + THANKS],
    "offsite": ["on han mogut l'offsite, segons {who}? some new venue",
                "offsite moved — where to, per {who}?",
                "When the river floods a terrace we move the seedbeds higher. Where did {who} say the offsite has"
                " been moved?",
                "I desire to know the new venue of the offsite, as {who} reported it."],
    "restaurant": ["com es deia el restaurant que em va dir {who}? vull reservar a table",
                   "restaurant tip, {who} — called what?",
                   "After a day of stripping leaf I deserve a proper meal out. What was the restaurant {who}"
                   " suggested called?",
                   "Would you be so obliging as to give me the name of the restaurant {who} recommended?"],
    "flight": ["a quina hora aterra el vol de {who}? l'he d'anar a buscar, need the time",
               "{who} flight — touchdown when?",
               "The barn doors stay shut while the leaf cures, but I can leave for the airport. At what time does"
               " {who}'s flight land?",
               "I would be much obliged to learn the hour at which the flight of {who} is to land." + THANKS],
    "dog": ["com es diu el gos nou de {who}? és super cute a les fotos",
            "{who} new pup — named what?",
            "Our old farm dog sleeps by the bales all winter. What has {who} named the new dog?",
            "I desire to know the name that {who} has chosen for the new dog."],
    "launch": ["{who} va dir que el launch de {project} s'endarrereix, fins a quina data exactly?",
               "{project} launch, pushed per {who} — to which date?",
               "Planting waits on the frost, and launches wait on something too. To which date did {who} say the"
               " {project} launch was put back?",
               "Would you be so obliging as to tell me the date to which, by {who}'s account, the {project} launch"
               " was postponed?"],
    "age": ["quants anys fa la filla de {who}? he de comprar a present",
            "{who} daughter — birthday age?",
            "My daughter used to hide among the hanging leaves as a child. What age does the daughter of {who} turn"
            " next?",
            "I would be much obliged to learn what age the daughter of {who} will shortly attain." + THANKS],
    "podcast": ["quin podcast em va recomanar {who}? per la drive to Barcelona",
                "{who} podcast tip — which show?",
                "Grading leaf by hand is dull work without something in my ears. Which podcast was it that {who}"
                " told me about?",
                "I desire to know which podcast {who} suggested to me."],
    "breakfast_food": ["què vaig menjar per esmorzar {day}? no idea, de veritat",
                       "breakfast {day} — food eaten?",
                       "I was up at the barn checking the damp in the leaf early {day}. What had I eaten for"
                       " breakfast beforehand?",
                       "Would you be so obliging as to tell me what my breakfast consisted of {day}?"],
    "lunch_food": ["què vaig dinar {day}? el dia va ser crazy",
                   "lunch {day} — eaten what?",
                   "At midday the pickers and I eat on the terrace wall. What did I have there for lunch {day}?",
                   "I would be much obliged to learn what I had at lunch {day}." + THANKS],
    "dinner_food": ["què vaig sopar {day}? tinc la ment en blanc",
                    "dinner {day} — what on plate?",
                    "My hands smelled of cured leaf all evening {day}. What did I have for dinner?",
                    "I desire to know of what my dinner {day} was made up."],
    "lunch_place": ["on vaig dinar {day}? el lloc era really good",
                    "lunch {day} — eaten where?",
                    "I drove down to the co-operative with samples {day}. Where did I stop to have lunch?",
                    "Would you be so obliging as to tell me the place at which I lunched {day}?"],
    "dinner_place": ["on vaig sopar {day}? vull tornar-hi, like soon",
                     "dinner {day} — at which spot?",
                     "Once the last bales were stacked {day}, where did I go to eat dinner?",
                     "I would be much obliged to learn the place where I had dinner {day}." + THANKS],
    "workout_kind": ["quin tipus d'entreno vaig fer {day}? what kind of workout, vull dir",
                     "workout {day} — what type?",
                     "Hauling bales up the barn ladder is not exercise, whatever my knees think. Which type of"
                     " workout did I truly do {day}?",
                     "I desire to know the kind of exercise I undertook {day}."],
    "heart_rate": ["quina va ser la meva mitjana de pulsacions al {noun} {day}? average, en bpm",
                   "{noun} {day} — mean bpm?",
                   "Climbing the terraces with a full basket sets my heart going. On the {noun} {day}, what did my"
                   " heart average in beats per minute?",
                   "Would you be so obliging as to state my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["vaig dormir bé o malament {night}? good or bad, digue-m'ho",
                      "sleep {night} — good one or bad one?",
                      "I dreamt that the barn caught fire with the whole harvest in it. Was my sleep {night} good or"
                      " bad, according to the log?",
                      "I would be much obliged to learn whether my sleep {night} was good or poor." + THANKS],
    "sleep_night": ["quantes hores vaig dormir {night}? estic fet pols avui",
                    "sleep {night} — hours total?",
                    "I nearly put a bale of first-grade leaf on the seconds pile this morning. How many hours of"
                    " sleep did the log give me {night}?",
                    "I desire to know how many hours of sleep I had {night}."],
    "exercise_duration": ["quant va durar el {noun} {day}? en minuts, gràcies",
                          "{noun} {day} — length in min?",
                          "Hanging a barn's worth of leaf takes a full day, a workout far less. How many minutes"
                          " long was my {noun} {day}?",
                          "Would you be so obliging as to tell me how many minutes the {noun} {day} lasted?"],
    "meeting_duration": ["quant va durar la reunió de {title} {day}? se'm va fer eterna",
                         "{title} meeting {day} — how long?",
                         "The {title} meeting {day} went on while the barn stood open and the leaf waited. How many"
                         " minutes did it run?",
                         "I would be much obliged to learn the length of the {title} meeting {day}." + THANKS],
    "distance_run": ["quants km vaig córrer {day}? el total",
                     "run {day} — km covered?",
                     "Running along the river clears the smell of the barn out of my head. What distance in"
                     " kilometres did I run {day}?",
                     "I desire to know the number of kilometres that I ran {day}."],
    "distance_cycle": ["quants km vaig fer amb bici {day}, more or less?",
                       "bike ride {day} — km covered?",
                       "No leaf to strip {day}, so I took the bike up the valley. How many kilometres did that ride"
                       " come to?",
                       "Would you be so obliging as to tell me how far, in kilometres, I cycled {day}?"],
    "distance_swim": ["quant vaig nedar {day}? metres o km, whatever",
                      "swim {day} — distance done?",
                      "In the water nobody asks me about leaf prices. How many metres or kilometres did I swim {day}?",
                      "I would be much obliged to learn the distance I swam {day}." + THANKS],
    "attendees": ["qui hi havia a la reunió de {title} {day}? no recordo who came",
                  "{title} meeting {day} — who sat in?",
                  "I spent that meeting thinking about the damp in the barn. Which people were at the {title}"
                  " meeting {day}?",
                  "Would you be so obliging as to list for me the people who took part in the {title} meeting {day}?"],
    "coffee_count": ["quants cafès em vaig prendre {day}? massa, segur",
                     "coffees {day} — tally?",
                     "A long day of grading runs on coffee from the flask. How many cups of it did I pour myself"
                     " {day}?",
                     "Would you be so obliging as to count for me the coffees I drank {day}?"],
    "caffeine": ["quanta cafeïna vaig prendre {day}, total en mg?",
                 "caffeine {day} — mg in all?",
                 "My hands were unsteady tying the leaf onto the poles {day}. How much caffeine did I have that day,"
                 " in milligrams?",
                 "I would be much obliged to learn the milligrams of caffeine I took in {day}." + THANKS],
    "meeting_count": ["quantes reunions vaig tenir {day}? back-to-back tot el dia",
                      "meetings {day} — number?",
                      "The co-operative seems to call a meeting whenever the price moves. How many meetings took up"
                      " my day {day}?",
                      "I desire to know the number of meetings I attended {day}."],
    "km_week": ["quants km de {activity} porto des de dilluns?",
                "{activity} since monday — total km?",
                "I keep a ledger for the bales and another for my legs. How many kilometres of {activity} does the"
                " second one hold since Monday?",
                "Would you be so obliging as to state the kilometres of {activity} I have done since Monday?"],
    "workouts_week": ["quants entrenos porto aquesta setmana, so far?",
                      "workouts this week — how many?",
                      "Carrying leaf to the barn does not count. How many proper workouts have I done this week?",
                      "I would be much obliged to learn the number of workouts I have done this week." + THANKS],
    "first_coffee": ["a quina hora em vaig prendre el primer cafè {day}? l'hora, please",
                     "first coffee {day} — clock time?",
                     "In curing season I check the barn before dawn. At what hour did I drink the first coffee {day}?",
                     "I desire to know the time of my first coffee {day}."],
    "last_coffee": ["a quina hora va ser l'últim cafè {day}? necessito l'hora",
                    "last coffee {day} — clock time?",
                    "I was grading leaf under the lamp late {day}. What time was my last coffee?",
                    "Would you be so obliging as to tell me at what time I drank my last coffee {day}?"],
    "first_meeting": ["a quina hora va començar la primera reunió {day}? només l'start time",
                      "first meeting {day} — began when?",
                      "The pickers had to start without me because of it. What time did the first meeting of my day"
                      " begin {day}?",
                      "I would be much obliged to learn when my first meeting {day} began." + THANKS],
    "wake": ["a quina hora em vaig despertar {day}? l'hora exacta",
             "woke {day} — what time?",
             "Farmers are meant to rise early, but winter makes me lazy. At what time was I awake {day}?",
             "Would you be so obliging as to state the hour of my waking {day}?"],
    "bedtime": ["a quina hora me'n vaig anar a dormir {night}? bedtime, vull dir",
                "bed {night} — lights out when?",
                "I stayed up reading about the new seed varieties. At what hour did I finally get into bed {night}?",
                "I desire to know the hour at which I retired {night}."],
    "dinner_on_distance": ["què vaig sopar the day i {past} {km} km? aquell dia, vull dir",
                           "day i {past} {km} km — dinner was?",
                           "After a day on the hills I eat like a whole picking crew. On the day I {past} {km} km,"
                           " what was my dinner?",
                           "I would be much obliged to learn what I ate for dinner on the day I {past} {km} km."
                             + THANKS],
    "meeting_after_workout": ["qui va venir a la reunió just després del {noun} {day}?",
                              "meeting right after {noun} {day} — who was in it?",
                              "I arrived with bits of leaf still in my hair. Who was at the meeting I went to"
                              " straight after my {noun} {day}?",
                              "I desire to know who attended the meeting that came directly after the {noun} {day}."],
    "lunch_on_meeting_day": ["on vaig dinar el dia de la reunió de {title}?",
                             "lunch on {title} meeting day — where?",
                             "The {title} meeting fell on a day the factory came to weigh the bales. Where did I"
                             " have my lunch on that day?",
                             "I desire to know the place of my lunch on the date of the {title} meeting."],
    "sleep_after_meeting": ["quantes hores vaig dormir la nit després de la reunió de {title}?",
                            "sleep, night after {title} meeting — hrs?",
                            "The {title} meeting kept me from the barn half the day. How long did I sleep, in hours,"
                            " on the night after it?",
                            "I would be much obliged to learn how many hours I slept on the night following the"
                            " {title} meeting." + THANKS],
    "dinner_on_said_day": ["què vaig sopar el dia que {who} va parlar de {value}?",
                           "dinner, day {who} brought up {value} — what?",
                           "That was the week the frost came down to the terraces. What did dinner consist of on the"
                           " day {who} talked about {value}?",
                           "I desire to be told my dinner on the date when {who} brought up {value}."],
    "compare_sleep": ["quina nit vaig dormir més, {n1} o {n2}? i les hores de cada una",
                      "sleep {n1} or {n2} — which longer? hours for each night?",
                      "Two nights, like two lots of leaf on the grading table. Which night gave me the longer sleep,"
                      " {n1} or {n2}, and how many hours did each give?",
                      "Would you be so obliging as to tell me on which night, {n1} or {n2}, I slept more, and the"
                      " hours of each?"],
    "compare_caffeine": ["quin dia vaig prendre més cafeïna, {d1} o {d2}? amb els mg de cada dia",
                         "caffeine {d1} or {d2} — which higher? mg for each day?",
                         "Tying leaf needs steady fingers. Did I take in more caffeine {d1} or {d2}, and how many"
                         " milligrams each day?",
                         "I would be much obliged to learn whether I had more caffeine {d1} or {d2}, with the"
                         " milligrams for each." + THANKS],
    "compare_duration": ["quin entreno va ser més llarg, {d1} o {d2}? minuts de cada un",
                         "workout {d1} or {d2} — which longer? min each?",
                         "Some days in the barn fly by and some drag on. Was my workout longer {d1} or {d2}, and how"
                         " many minutes did each take?",
                         "I desire to know which of my workouts, that {d1} or that {d2}, lasted longer, and how many"
                         " minutes each took."],
    "compare_coffee_weeks": ["estic prenent més cafè aquesta setmana que la passada? more, or less, digue'm",
                             "coffee this week vs last — more or less?",
                             "The flask has been refilled more often than the barn has been swept. Has this week"
                             " brought more coffee than last week, or less?",
                             "Would you be so obliging as to tell me whether I have had more or less coffee this"
                             " week than last week?"],
    "late_coffee_sleep": ["dormo menys quan prenc cafè a les {t} o més tard?",
                          "coffee at {t} or later — sleep shorter after?",
                          "When I grade leaf into the evening I pour a coffee at {t} or later. Do I get less sleep"
                          " on those nights?",
                          "I would be much obliged to learn whether I sleep less after drinking coffee at {t} or"
                          " later." + THANKS],
    "late_dinner_sleep": ["dormo menys si sopo a les {t} o més tard?",
                          "dinner at {t} or later — shorter sleep?",
                          "On baling days dinner waits until {t} or later. Do I sleep less on the nights after those"
                          " dinners?",
                          "I desire to know whether having dinner at {t} or later leaves me with less sleep."],
    "exercise_sleep": ["dormo més després dels dies d'entreno que després dels rest days?",
                       "workout days vs rest days — more sleep after?",
                       "After days I train, as against days spent only among the leaf, do I sleep longer at night?",
                       "Would you be so obliging as to tell me whether I sleep longer after days with exercise than"
                       " after days without it?"],
    "caffeine_sleep": ["com dormo després de dies amb {mg} mg de cafeïna o més, compared with other days?",
                       "days {mg}+ mg caffeine vs others — sleep after?",
                       "Harvest weeks run on strong coffee. How does my sleep after days with {mg} mg of caffeine or"
                       " more compare with my sleep after the other days?",
                       "I would be much obliged to learn how my sleep following days of {mg} mg of caffeine or more"
                       " compares with that following other days." + THANKS],
    "exercise_coffee": ["prenc més cafès els dies d'entreno que els rest days?",
                        "coffees per day, workout days vs rest days — more?",
                        "On days I train I seem to empty the flask twice. Averaged out, are my coffees more numerous"
                        " on workout days than on rest days?",
                        "I desire to know whether my daily coffees number more on days of exercise than on days of"
                        " rest."],
    "fu_day_before": ["i el dia abans?",
                      "— and one day earlier?",
                      "And the day before that, when I was hanging the last of the leaf?",
                      "As a sequel to my enquiry, I would be much obliged to learn the same for the day before."],
    "fu_meeting_length": ["i quant va durar aquella reunió?",
                          "— that meeting, minutes long?",
                          "I had left the barn doors open for it. For how long did that meeting go on?",
                          "On the same footing, would you be so obliging as to tell me how long that meeting ran?"],
    "fu_other_day": ["i {day}? la mateixa pregunta",
                     "— {day} likewise?",
                     "And {day}, the same question, as I compare one bale with the next?",
                     "As a sequel to my enquiry, I desire to know the same {day}."],
    "fu_night_before": ["i la nit d'abans?",
                        "— the night prior?",
                        "I was up early after it to open the barn. And the night preceding that one?",
                        "On the same footing, I would be much obliged to learn the same of the preceding night."],
    "fu_today": ["i avui, fins ara?",
                 "— today, up to this hour?",
                 "And today until now, between the barn and the grading table?",
                 "As a sequel to my enquiry, would you be so obliging as to tell me the same for today until"
                 " now?"],
    "fu_other_person": ["i {who}? la mateixa pregunta",
                        "— {who} likewise?",
                        "And {who}, who once helped me hang the leaf in the drying barn?",
                        "On the same footing, I desire to know the same concerning {who}."],
}
"""Every question key's templates: the mixed writer's, the terse writer's, the tobacco grower's, the
formal writer's."""


def _padded(day: date, year: bool = False) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if year else f"{day.day:02d}/{day.month:02d}"


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name, short, cat = WEEKDAYS[day.weekday()], SHORT[day.weekday()], CATALAN[day.weekday()]
    if absolute:
        return [f"on {cat}. {_padded(day, year=True)}",
                f"on {day.day}-{day.month}-{day.year} ({cat}.)",
                f"on the {day.day} of {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} day {day.day}", f"today ({short}. {_padded(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({cat}. {_slashed(day)})", f"yesterday ({name.lower()} day {day.day})"]
    options = [f"on {cat}. {_slashed(day)}", f"on {name} day {day.day}", f"makes {back} days ({name} {_slashed(day)})"]
    if back == 2:
        options.append(f"before yesterday, {name} {_slashed(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    name, into = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if after.month == day.month:
        span = f"the night from the {day.day} to the {after.day} of {MONTHS[day.month - 1]}"
    else:
        span = (f"the night from the {day.day} of {MONTHS[day.month - 1]} to the {after.day} of"
                f" {MONTHS[after.month - 1]}")
    options = [f"{name} at night", f"the night from {name} {_slashed(day)} to {into}", span]
    if (today - day).days == 1:
        options += ["last night", f"yesterday at night ({name} to {into})"]
    return options
