"""Question phrasings of the answers benchmark's fifty-seventh tuning set, ``dev57`` (docs/benchmarks.md, "Answers").

``dev57`` was the held-out set until 2026-12-05, when, after its measurement at 71a8006 (grounded
accuracy 0.818; worst category comparison 0.545; unsupported 0.015; abstention 0.955; p95 0.014 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev56``, answers_dev56_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young deckhand on a harbour boat in Port Vila who types lower case and switches between English
  and Bislama (Vanuatu's national language, an English-lexifier creole of its own, not the Tok Pisin
  of the Port Moresby set) inside a sentence, in its ordinary typed spelling as people in Vanuatu
  type it on a phone: "wanem" for what, "wanem kaen" for what kind, "wanem taem" for at what time,
  "wea" for where, "hu" for who, "hamas" for how many and how much, "olsem wanem" for how, "mi bin"
  for I did, "blong" for of and for, "long" for at, in and on, "kakae" for eat, "slip" for sleep,
  "wekap" for wake, "ron", "swim" and "raedem baek" for run, swim and cycle, "eksesaes", "trening" and
  "wokaot" for a workout, "miting" for a meeting, "aoa" for an hour, "kilometa" for kilometres,
  "tede" and "naoia" for today and now, "wik ia" and "las wik" for this week and last week, "bifo" and
  "afta" for before and after, "moa" for more, "smol nomo" for less, "pikinini gel" for a daughter,
  "betde" for a birthday, "plen" for a plane, "muvum" for move, "talem" for tell, "toktok" for talk,
  "save" for know, "taed" for tired, "mo" for and, the plane landing at Bauerfield;
- a tally clerk at the main wharf in Port Vila who types as he keeps his tally sheet: lower case,
  the thing asked for, its day or its condition and the bare question word, chained with " >> "
  ("sleep >> {night} >> hrs?"), "mtg", "wk", "avg", "hrs", "mins", "vs" and "w/" cut short, and for
  a comparison or a habit a second short question after it ("hrs each?");
- the keeper of a nakamal (a kava bar) in Port Vila, writing in sentences with capitals, who makes a
  remark from his working life before or after the question ("the shells", "the bench", "the
  strainer", "kava roots from Pentecost", "closing up", "the last drinkers", "the regulars",
  "pounding kava", "the market house", "my wife", "my cousin", "a custom ceremony");
- a retired court registrar who writes formal sentences with the formulas of an old registry letter
  ("I beg to enquire", "Be so good as to state", "I should be obliged to know", "Pray state"), his
  follow-ups opened with "By way of supplement," and "Supplementary thereto,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev57 life lives in Pacific/Efate, from Monday 23 July 2035; Vanuatu keeps UTC+11 all year
and keeps no summer time (zoneinfo gives one offset, UTC+11, over its 16 days, to 7 August, and over
all of 2035), so no clock changes inside it. Dates are written as people in Vanuatu write Gregorian
dates in English, day first, British style: slashed and not zero-padded ("25/7"), zero-padded with
the full year as forms print it ("25/07/2035"), or with the ordinal day and the month's name ("the
25th of July"), the weekday often cut to three letters with a full stop ("Wed."). For a day that may
lie outside the life always with the year ("on Wednesday 25/7 of 2035", "on the 25th of July, 2035
(Wed.)", "on Wednesday, date 25/07/2035"); for one of the days before yesterday "on" the short
weekday, "the" ordinal day "of" the month ("on Fri. the 27th of July"), "this" weekday "just gone"
with the slashed day in brackets ("this Friday just gone (27/7)"), or the days counted "back" with
the weekday and "the" ordinal day ("3 days back, Friday the 27th"); today alone, with the short
weekday and the slashed day after a comma ("today, Mon. 30/7") or with "the" ordinal day and the
weekday in brackets ("today (the 30th, a Monday)"); yesterday alone or in the same two ways. A
night is last night, alone or with its weekday "through to" the next in brackets ("last night
(Sunday through to Monday)"); or a weekday's night with the slashed day ("Sunday's night, 29/7"),
"the night following" the short weekday and the slashed day ("the night following Sun. 29/7"), or
"overnight from" a weekday and its slashed day "into" the next weekday ("overnight from Sunday 29/7
into Monday"). Day names that the disjointness checks found shared with another set (the short
weekday with the day and the short month and the year, or the year before the short weekday in
brackets; the weekday and "the" ordinal day "of" the month and the year; the zero-padded date "(a"
weekday")" or after which "that is a" weekday; the short weekday with a full stop and the slashed
date and year, or the day and the month; today with "the" ordinal day alone; yesterday with the
short weekday and the slashed day in brackets, or the weekday and "the" ordinal day after a comma;
"this past" weekday; a weekday's night with the day and the short month in brackets, or with "the"
ordinal day after a comma; "the night of" the short weekday and the slashed day; "overnight" a
weekday "to" the next) were reworded, as were three follow-ups found in dev7, dev19 and dev56 and
the tally clerk's first separator (a semicolon, dev46's). Workouts are named with places in
Vanuatu: the Port Vila seafront, the track at Korman Stadium, the road to Pango Point, the Efate
ring road, Mele, the hill to Klehm, Erakor lagoon, Hideaway Island, Eton beach, the lawn at Iririki,
a gym in Nambatu, the Mele Cascades and Mount Erskine.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along the Port Vila seafront", "jog round the track at Korman Stadium",
                 "run out along the road to Pango Point"),
         "cycle": ("ride round the Efate ring road", "bike ride out to Mele and back", "ride up the hill to Klehm"),
         "swim": ("swim across Erakor lagoon", "swim off Hideaway Island", "swim at Eton beach"),
         "yoga": ("yoga class on the lawn at Iririki", "yoga session at a gym in Nambatu"),
         "climb": ("climb up to the Mele Cascades", "climb up Mount Erskine")}
"""What this set's questions call a workout of each activity: places in Vanuatu."""

PHRASES: dict[str, list[str]] = {
    "book": ["wanem buk nao {who} i talem mi blong ridim? mi fogetem title",
             "book >> from {who} >> which title?",
             "Quiet night at the nakamal, only two shells sold. Which book did {who} say I should read?",
             "I beg to enquire which book {who} commended to my reading."],
    "film": ["{who} i talem se film ia i gud tumas, wanem film nao?",
             "film >> {who}'s pick >> name?",
             "Which film was it {who} told me to watch? The kava roots from Pentecost are late, so I have an"
             " evening free.",
             "Be so good as to state the film which {who} advised me to see."],
    "offsite": ["offsite ia, oli muvum i go wea? {who} nao i talem mi",
                "offsite >> moved by {who} >> new place?",
                "Where has the offsite gone now, going by {who}? I cannot leave the nakamal for long.",
                "I should be obliged to know where, on the word of {who}, the offsite is now to be held."],
    "restaurant": ["wanem restoran {who} i talem se yumi traem?",
                   "restaurant >> {who} suggested >> which?",
                   "Which restaurant did {who} want us to try? I have eaten laplap every night this month.",
                   "Pray state the restaurant which {who} proposed that we should try."],
    "flight": ["plen blong {who}, wanem taem nao i landing long Bauerfield?",
               "flight >> {who} >> lands when?",
               "What time does {who}'s plane land? I must open the nakamal at five and Bauerfield is the other way.",
               "I beg to enquire at what hour the aircraft carrying {who} is expected to land."],
    "dog": ["{who} i gat niu dog, wanem nem we hem i givim?",
            "dog >> {who}'s new one >> name?",
            "The nakamal dog sleeps under my bench all night. What did {who} name the new dog?",
            "Be so good as to state the name which {who} has bestowed on the new dog."],
    "launch": ["{who} i talem se oli muvum {project} launch, wanem niu deit?",
               "{project} launch >> per {who} >> new date?",
               "A customer asked me between shells. To what date was the {project} launch put back, according to"
               " {who}?",
               "I should be obliged to know the new date of the {project} launch, as reported by {who}."],
    "age": ["pikinini gel blong {who}, hamas yia bae hem i gat long betde blong hem?",
            "{who}'s daughter >> birthday >> turning how old?",
            "{who}'s girl has a birthday coming. How old will she be? I want to put aside a bag of kava for the party.",
            "Pray state the age which the daughter of {who} will attain upon her birthday."],
    "podcast": ["wanem podcast {who} i talem mi blong lisen?",
                "podcast >> {who} suggested >> title?",
                "Which podcast did {who} recommend? Something for the hours of grinding roots.",
                "I beg to enquire which podcast {who} commended to my attention."],
    "breakfast_food": ["wanem mi bin kakae long moning {day}? mi no save tingbaot",
                       "breakfast >> {day} >> ate what?",
                       "After closing the nakamal at two I remember nothing. What did I have for breakfast {day}?",
                       "Be so good as to state what I took by way of breakfast {day}."],
    "lunch_food": ["{day} wanem mi bin kakae long lunch?",
                   "lunch >> {day} >> what food?",
                   "Lunch {day} was eaten standing behind the counter, I think. What was it?",
                   "I should be obliged to know what I ate at midday {day}."],
    "dinner_food": ["wanem mi bin kakae long dina {day}? mi taed tumas",
                    "dinner >> {day} >> dish?",
                    "What was my dinner {day}? My customers eat after the kava, and I eat after them.",
                    "Pray state what I had for my evening meal {day}."],
    "lunch_place": ["wea nao mi kakae lunch {day}? long haos o long taon?",
                    "lunch >> {day} >> where?",
                    "Where did I have lunch {day}? Sometimes I eat at the nakamal, sometimes at the market house.",
                    "I beg to enquire where I partook of lunch {day}."],
    "dinner_place": ["{day} wea nao mi bin kakae dina?",
                     "dinner >> {day} >> eaten where?",
                     "My wife says I never eat dinner at home. Where was it {day}?",
                     "Be so good as to state the place at which I dined {day}."],
    "workout_kind": ["wanem kaen eksesaes mi bin mekem {day}? ron, swim o wanem?",
                     "exercise >> {day} >> what sort?",
                     "Carrying sacks of kava roots is not sport. Which exercise did I actually do {day}?",
                     "I should be obliged to know the form of exercise I took {day}."],
    "heart_rate": ["{noun} blong mi {day}, hat blong mi i kilim hamas long average?",
                   "{noun} >> {day} >> avg pulse?",
                   "Kava slows the heart, they say. What was my average heart rate on the {noun} {day}?",
                   "Pray state my mean heart rate in the course of the {noun} {day}."],
    "sleep_quality": ["slip blong mi {night} i gud o i nogud?",
                      "sleep >> {night} >> good or bad?",
                      "Did I sleep well {night}? The last drinkers were singing outside until late.",
                      "I beg to enquire whether my sleep {night} was sound or poor."],
    "sleep_night": ["hamas aoa mi bin slip {night}? mi taed yet",
                    "sleep >> {night} >> hrs?",
                    "The nakamal closes late. How many hours of sleep did I get {night}?",
                    "Be so good as to state the hours I slept {night}."],
    "exercise_duration": ["{noun} blong mi {day}, hamas minit i tekem?",
                          "{noun} >> {day} >> mins?",
                          "How many minutes did the {noun} {day} last? My regulars tease me about getting fit.",
                          "I should be obliged to know the duration of my {noun} {day}."],
    "meeting_duration": ["miting {title} {day}, i long olsem wanem?",
                         "{title} mtg >> {day} >> how long?",
                         "The {title} meeting {day}: how long did it go on? It ate into my time for pounding kava.",
                         "Pray state the length of the {title} meeting {day}."],
    "distance_run": ["hamas kilometa mi bin ron {day}?",
                     "run >> {day} >> km?",
                     "How far did I run {day}? My legs feel like I carried the whole kava harvest.",
                     "I beg to enquire the distance I ran {day}."],
    "distance_cycle": ["{day} mi raedem baek hamas kilometa?",
                       "bike >> {day} >> km?",
                       "What distance did I cycle {day}? The potholes on that road are worse than my bench.",
                       "Be so good as to state the distance I travelled by bicycle {day}."],
    "distance_swim": ["mi swim hamas {day}? long mita o kilometa?",
                      "swim >> {day} >> distance?",
                      "How far did I swim {day}? The water was warmer than the kava, anyway.",
                      "I should be obliged to know the distance I swam {day}."],
    "attendees": ["hu nao i stap long miting {title} {day}?",
                  "{title} mtg >> {day} >> who came?",
                  "Who was at the {title} meeting {day}? I was on the phone to my kava grower half the time.",
                  "Pray state which persons were present at the {title} meeting {day}."],
    "coffee_count": ["hamas kap kofi mi bin dringim {day}?",
                     "coffee >> {day} >> cups?",
                     "Kava at night, coffee by day. How many cups of coffee did I drink {day}?",
                     "I beg to enquire how many cups of coffee I consumed {day}."],
    "caffeine": ["{day} hamas mg kafein mi dringim olgeta?",
                 "caffeine >> {day} >> total mg?",
                 "How much caffeine did I take in all {day}, in milligrams? My hands shook at the strainer.",
                 "Be so good as to state the total milligrams of caffeine I took {day}."],
    "meeting_count": ["hamas miting mi bin gat {day}?",
                      "mtgs >> {day} >> count?",
                      "How many meetings did I have {day}? Each one keeps me away from the nakamal.",
                      "I should be obliged to know the number of meetings I attended {day}."],
    "km_week": ["wik ia, hamas km {activity} mi mekem finis?",
                "{activity} >> this wk >> km so far?",
                "How many km of {activity} have I done this week? My regulars want to know if I train or only drink.",
                "Pray state the distance covered by me in {activity} over the present week."],
    "workouts_week": ["wik ia, hamas taem mi mekem eksesaes?",
                      "workouts >> this wk >> how many?",
                      "How many workouts have I squeezed in between nakamal nights this week?",
                      "I beg to enquire how many workouts I have completed in the present week."],
    "first_coffee": ["fas kofi blong mi {day}, wanem taem?",
                     "first coffee >> {day} >> time?",
                     "When did I have my first coffee {day}? It is always the cure for a late close.",
                     "Be so good as to state the hour of my first coffee {day}."],
    "last_coffee": ["wanem taem mi dringim las kofi blong mi {day}?",
                    "last coffee >> {day} >> time?",
                    "When was my last coffee of {day}? I could not sleep after locking up.",
                    "I should be obliged to know the hour of my final coffee {day}."],
    "first_meeting": ["{day} fas miting blong mi i stat wanem taem?",
                      "first mtg >> {day} >> start?",
                      "What time did my first meeting {day} begin? I came straight from collecting kava at the wharf.",
                      "Pray state the hour at which my first meeting {day} began."],
    "wake": ["wanem taem mi wekap {day}?",
             "woke >> {day} >> time?",
             "What time did I get up {day}? The roosters behind the nakamal never let me sleep in.",
             "I beg to enquire the hour at which I awoke {day}."],
    "bedtime": ["wanem taem mi go slip {night}?",
                "bed >> {night} >> time?",
                "When did I get to bed {night}? I was sweeping out the nakamal until the last customer left.",
                "Be so good as to state the hour at which I retired {night}."],
    "dinner_on_distance": ["long dei we mi {past} {km} km, wanem mi bin kakae long dina?",
                           "dinner >> day i {past} {km} km >> what?",
                           "I was starving the day I {past} {km} km. What did I eat for dinner that day?",
                           "I should be obliged to know what I dined on the day on which I {past} {km} km."],
    "meeting_after_workout": ["afta long {noun} blong mi {day}, hu nao i stap long miting we i kam biaen?",
                              "mtg after {noun} {day} >> who came?",
                              "I went from the {noun} {day} straight into a meeting, still dripping. Who was in it?",
                              "Pray state who attended the meeting that followed my {noun} {day}."],
    "lunch_on_meeting_day": ["long dei blong miting {title}, wea nao mi kakae lunch?",
                             "lunch >> day of {title} mtg >> where?",
                             "The day of the {title} meeting was a mad one at the market. Where did I have lunch?",
                             "I beg to enquire where I took lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["long naet afta long miting {title}, hamas aoa mi slip?",
                            "sleep >> night after {title} mtg >> hrs?",
                            "After the {title} meeting I still had the nakamal to run. How long did I sleep that"
                            " night?",
                            "Be so good as to state the hours I slept on the night after the {title} meeting."],
    "dinner_on_said_day": ["long dei we {who} i toktok long {value}, wanem mi kakae long dina?",
                           "dinner >> day {who} spoke of {value} >> what?",
                           "{who} was going on about {value} at the bench one day. What was my dinner that day?",
                           "I should be obliged to know my evening meal on the day on which {who} spoke of {value}."],
    "compare_sleep": ["{n1} o {n2}, wanem naet mi slip moa?",
                      "sleep >> {n1} vs {n2} >> longer? hrs each?",
                      "One of those nights we had a big custom ceremony. Did I sleep longer {n1} or {n2}?",
                      "Pray state on which night I slept the longer, {n1} or {n2}."],
    "compare_caffeine": ["wanem dei mi dringim moa kafein, {d1} o {d2}?",
                         "caffeine >> {d1} vs {d2} >> more? mg each?",
                         "Which day had more caffeine, {d1} or {d2}? One of them I was covering for my cousin.",
                         "I beg to enquire on which day my caffeine intake was the greater, {d1} or {d2}."],
    "compare_duration": ["wokaot blong mi {d1} mo hemia blong {d2}, wanem i tekem longfala taem?",
                         "workout >> {d1} vs {d2} >> longer? mins each?",
                         "Was my workout {d1} or my workout {d2} the longer? One of them nearly made me miss opening.",
                         "Be so good as to state which was the longer workout, that {d1} or that {d2}."],
    "compare_coffee_weeks": ["wik ia mi dringim kofi moa long las wik o smol nomo?",
                             "coffee >> this wk vs last wk >> more or fewer? cups each?",
                             "Am I drinking more coffee this week than last, or less? Late closes all week again.",
                             "I should be obliged to know whether I have taken more or less coffee this week than"
                             " in the last."],
    "late_coffee_sleep": ["sapos mi dringim kofi afta {t}, mi slip smol nomo?",
                          "coffee after {t} >> sleep shorter? avg hrs vs other days?",
                          "My regulars say coffee after {t} keeps you up worse than bad kava. Is my sleep shorter"
                          " then?",
                          "Pray state whether my sleep is shorter following days on which coffee is taken after {t}."],
    "late_dinner_sleep": ["sapos mi kakae dina long {t} o afta, slip blong mi i sot?",
                          "dinner {t} or later >> sleep shorter? avg hrs each?",
                          "I usually eat after the nakamal empties. Does dinner at {t} or later cut my sleep?",
                          "I beg to enquire whether I sleep less on days when dinner is taken at {t} or later."],
    "exercise_sleep": ["long ol dei we mi mekem eksesaes, mi slip moa?",
                       "workout days vs rest days >> more sleep? avg hrs each?",
                       "Do I sleep longer after a day I exercise than after a day I only serve kava?",
                       "Be so good as to state whether I sleep longer after days on which I take exercise."],
    "caffeine_sleep": ["ol dei we mi dringim {mg} mg kafein o moa, slip blong mi i olsem wanem long naet ia?",
                       "days w/ {mg}+ mg caffeine >> sleep after? avg vs others?",
                       "Does my sleep suffer after days with {mg} mg of caffeine or more? My wife is sure of it.",
                       "I should be obliged to know how I sleep after days with {mg} mg of caffeine or more."],
    "exercise_coffee": ["ol dei we mi mekem trening, mi dringim kofi moa?",
                        "coffee >> workout days vs others >> more? avg each?",
                        "Do I drink more coffee on the days I train? The coffee lady at the market thinks so.",
                        "Pray state whether I take more coffee on days on which I exercise."],
    "fu_day_before": ["mo dei bifo long hemia?",
                      "same >> day before?",
                      "And the day before that? Quickly, the first customers are here.",
                      "By way of supplement, I beg the same for the preceding day."],
    "fu_meeting_length": ["miting ia, i long olsem wanem?",
                          "that mtg >> length mins?",
                          "That meeting: how long did it run?",
                          "Supplementary thereto, be so good as to state the length of that meeting."],
    "fu_other_day": ["mo {day}? sem kwestin",
                     "same >> {day}?",
                     "Now {day}, if you would. Same question, I am pouring shells.",
                     "By way of supplement, I should be obliged to have the same for {day}."],
    "fu_night_before": ["mo naet bifo long hemia?",
                        "same >> night before that?",
                        "And the night before that one? I was locking the shutters late.",
                        "Supplementary thereto, pray state the same for the night preceding it."],
    "fu_today": ["mo tede kasem naoia?",
                 "same >> today so far?",
                 "And today, up to now, before I open the nakamal?",
                 "By way of supplement, I beg the position for today thus far."],
    "fu_other_person": ["mo {who} tu?",
                        "same >> {who}?",
                        "Now the same for {who}, who drinks at my bench most nights.",
                        "Supplementary thereto, I beg the same in respect of {who}."],
}
"""Every question key's templates: the deckhand's, the wharf tally clerk's, the nakamal keeper's, the
retired court registrar's."""


def _slashed(day: date) -> str:
    """Day first, not zero-padded ("25/7")."""
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month, nth = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], ordinal(day.day)
    short = name[:3]
    if absolute:
        return [f"on {name} {_slashed(day)} of {day.year}", f"on the {nth} of {month}, {day.year} ({short}.)",
                f"on {name}, date {day.day:02d}/{day.month:02d}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short}. {_slashed(day)}", f"today (the {nth}, a {name})"]
    if back == 1:
        return ["yesterday", f"yesterday, {short}. {_slashed(day)}", f"yesterday (the {nth}, a {name})"]
    return [f"on {short}. the {nth} of {month}", f"this {name} just gone ({_slashed(day)})",
            f"{back} days back, {name} the {nth}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = WEEKDAYS[(day + timedelta(days=1)).weekday()]
    name, nth = WEEKDAYS[day.weekday()], ordinal(day.day)
    options = [f"{name}'s night, {_slashed(day)}", f"the night following {name[:3]}. {_slashed(day)}",
               f"overnight from {name} {_slashed(day)} into {after}"]
    if (today - day).days == 1:
        options += ["last night", f"last night ({name} through to {after})"]
    return options
