"""Question phrasings of the answers benchmark's sixty-ninth tuning set, ``dev69`` (docs/benchmarks.md, "Answers").

``dev69`` was the held-out set until 2026-12-05, when, after its measurement at 3e2cfe6 (grounded
accuracy 0.799; worst category attendees 0.636; unsupported 0.0; abstention 0.773; p95 0.019 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev68``, answers_dev68_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a data analyst in Bratislava who types lower case and switches between English and Slovak inside
  a sentence (no earlier set's language), in its ordinary typed spelling, without the diacritics, as
  most type it in chat ("pls", "fakt", "neviem", "restika"), English words where they come first to
  mind (a meeting, a launch, an offsite, a workout, rest days, "free", "full busy", "too many");
- a man who types every question as a classified advertisement: "wanted:" first, then the thing
  asked in a few words, a comma and the day, the person or the qualifier ("wanted: breakfast
  contents, {day}", "wanted: running km, {day}"), comparisons as "wanted: longer sleep of {n1} vs
  {n2}, hours each", his follow-ups as advertisements too ("wanted: same, one day earlier");
- an organ builder with a workshop in Bratislava's Old Town, writing in sentences with capitals, who
  makes a remark from his working life before or after the question (flue and reed pipes, voicing,
  the wind chest and its pallets, trackers, bellows and their leather, the swell box, soldering pipe
  metal, tuning the cathedral organ before mass, a recital's console);
- a retired diplomat who writes formal sentences with formulas of his own: "I beg leave to enquire",
  "May I respectfully request to know", some closed with "I remain, respectfully yours.", his
  follow-ups opened with "In the same connection," and "On a related matter,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev69 life lives in Europe/Bratislava, from Monday 4 February 2036 to 19 February; Slovakia
keeps Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October
2036 (zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 4 to 19
February), so no clock changes inside it. Dates are written as people in Slovakia write them in
English, day first and unpadded: the day and month each closed by a dot and a space, then the year
("4. 2. 2036"), or slashed ("4/2/2036"), or day and month alone the dotted way ("4. 2.") or slashed
("4/2"), or the day as an ordinal with the month's name and the year ("the 4th of February 2036"),
the weekday often cut to three letters ("Mon"). For a day that may lie outside the life always
with the year ("on Mon, 4. 2. 2036", "on 4/2/2036, Mon.", "on Monday, the 4th of February 2036");
for one of the days before yesterday "last" and the short weekday with the dotted day and month,
"on the" slashed day and month with "a" and the weekday after a comma, so many "days ago, on the"
dotted day and month, or, two days back, "the day before yesterday," its short weekday and the
slashed day and month; today alone, its short weekday and the dotted day and month after a comma
("today, Wed 6. 2."), or the short weekday and the slashed day and month in brackets ("today (Wed,
6/2)"); yesterday alone, its short weekday and the dotted day and month after a comma, or "i.e."
the slashed day and month. A night is named as Slovak names it, from the evening's day to the
morning's: "the night from Tue evening to Wed", "the Tue-to-Wed night", "the night from 5. 2. to 6.
2."; last night alone, "last night, Tue evening to Wed", or "the night just gone, from" the short
weekday with the dotted day and month to the next short weekday.
Workouts are named with places in Bratislava: Sad Janka Kráľa, Horský park, the climb up to Kamzík,
the Danube dike out to Čunovo, the ride out to Devín castle, the Petržalka dike, the Pasienky pool,
the Mladosť pool, a studio in Staré Mesto, a studio near Hodžovo Square, a bouldering gym in
Ružinov and a climbing wall in Nové Mesto.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run through Sad Janka Kráľa", "run in Horský park", "run up to Kamzík"),
         "cycle": ("ride along the Danube dike to Čunovo", "ride out to Devín castle",
                   "ride along the Petržalka dike"),
         "swim": ("swim at the Pasienky pool", "swim at the Mladosť pool"),
         "yoga": ("yoga class at a studio in Staré Mesto", "yoga hour at a studio near Hodžovo Square"),
         "climb": ("bouldering at a gym in Ružinov", "climbing session at a wall in Nové Mesto")}
"""What this set's questions call a workout of each activity: places in Bratislava."""

PHRASES: dict[str, list[str]] = {
    "book": ["aku knihu mi odporucil {who}? uplne mi to vypadlo z hlavy, the title pls",
             "wanted: book tip, source {who}",
             "I need reading for the evenings while the wind chest glue cures. Which title was it that {who} put on"
             " my list?",
             "I beg leave to enquire which book {who} recommended to me."],
    "film": ["ktory film mi {who} povedal ze musim vidiet? konecne mam free vecer",
             "wanted: film to watch, rec. of {who}",
             "I spent the day voicing flue pipes. What was the film {who} said I must see?",
             "May I respectfully request to know the film which {who} urged upon me. I remain, respectfully yours."],
    "offsite": ["kam sa presuva ten offsite podla {who}? hovoril nieco o novom mieste",
                "wanted: new offsite venue, per {who}",
                "Moving an offsite is nothing to moving a church organ. Where has it gone, according to {who}?",
                "I beg leave to enquire to what venue the offsite is now being moved, as {who} reported it."],
    "restaurant": ["ako sa vola ta restika co odporucal {who}? chcem tam rezervovat stol",
                   "wanted: restaurant name, tip by {who}",
                   "Once this set of reed pipes is regulated I want to book a table. Where was it that {who} told"
                   " us to eat?",
                   "May I respectfully request to know the name of the restaurant {who} commended to us."],
    "flight": ["kedy pristava {who}? chcem byt na letisku on time",
               "wanted: landing time, flight of {who}",
               "A pipe speaks late if the pallet sticks; I hope the plane does not. When does {who} land?",
               "I beg leave to enquire at what hour the aircraft of {who} is expected to touch down. I remain,"
               " respectfully yours."],
    "dog": ["ako sa vola novy psik od {who}? videl som fotky, super cute",
            "wanted: name of new dog, {who}",
            "Their dog barked at my bellows last spring. What did {who} call the new puppy?",
            "May I respectfully request to know what name {who} has given the newly acquired dog."],
    "launch": ["{who} hovoril ze {project} launch sa posuva, na kedy presne?",
               "wanted: new launch date {project}, via {who}",
               "An organ is never finished on the date promised either. To when has {who} pushed the {project}"
               " launch?",
               "I beg leave to enquire to which date {who} has postponed the launch of {project}."],
    "age": ["kolko rokov bude mat dcera {who}? chcem jej kupit nejaky birthday gift",
            "wanted: age daughter of {who} turns",
            "I keep a toy pipe whistle for children who visit the workshop. What birthday is the daughter of {who}"
            " coming up to?",
            "May I respectfully request to know the age the daughter of {who} is about to reach. I remain,"
            " respectfully yours."],
    "podcast": ["aky podcast mi odporucil {who}? potrebujem nieco na dlhu cestu vlakom",
                "wanted: podcast rec, from {who}",
                "Soldering pipe seams is slow and quiet. Which podcast was it that {who} said I should listen to?",
                "I beg leave to enquire which podcast {who} proposed that I hear."],
    "breakfast_food": ["co som mal na ranajky {day}? fakt neviem",
                       "wanted: breakfast contents, {day}",
                       "I was up in the organ loft at dawn {day}. What did I eat for breakfast before I climbed?",
                       "May I respectfully request to know what I took for breakfast {day}."],
    "lunch_food": ["co som mal na obed {day}? bol som full busy cely den",
                   "wanted: lunch dish, {day}",
                   "The trackers had to be reset by noon {day}. What was my lunch, in the end?",
                   "I beg leave to enquire what I ate at lunch {day}. I remain, respectfully yours."],
    "dinner_food": ["co som vecieral {day}? mam totalny blackout",
                    "wanted: dinner dish, {day}",
                    "After the cathedral organ had been tuned {day}, what did I eat for supper?",
                    "May I respectfully request to know what my dinner consisted of {day}."],
    "lunch_place": ["kde som bol na obede {day}? bolo to fakt dobre miesto",
                    "wanted: lunch spot, {day}",
                    "I left the wind chest open on the bench at midday {day}. Where did I wander off to for my lunch?",
                    "I beg leave to enquire at what place I lunched {day}."],
    "dinner_place": ["kde som vecieral {day}? chcem sa tam vratit",
                     "wanted: dinner spot, {day}",
                     "Where did I eat dinner {day}, once the swell box shutters were back in?",
                     "May I respectfully request to know where I dined {day}. I remain, respectfully yours."],
    "workout_kind": ["aky workout som robil {day}? nepamatam si",
                     "wanted: workout type, {day}",
                     "Pumping the old bellows by hand is exercise of a sort. What real workout did I do {day}?",
                     "I beg leave to enquire what manner of training I went through {day}."],
    "heart_rate": ["aky som mal priemerny tep pocas {noun} {day}?",
                   "wanted: mean bpm, {noun}, {day}",
                   "Even wind pressure is what I chase all day. What did my heart average, in beats a minute, on the"
                   " {noun} {day}?",
                   "May I respectfully request to know my average pulse over the {noun} {day}."],
    "sleep_quality": ["ako som spal {night}? dobre alebo zle?",
                      "wanted: sleep verdict good/bad, {night}",
                      "A cipher kept a pipe sounding in my dreams. Was my rest {night} sound or broken?",
                      "I beg leave to enquire whether my sleep {night} was good or poor. I remain, respectfully"
                      " yours."],
    "sleep_night": ["kolko hodin som spal {night}? dnes som uplne hotovy",
                    "wanted: hours of sleep, {night}",
                    "I nearly dropped a bourdon pipe this morning. How many hours of sleep had I had {night}?",
                    "May I respectfully request to know the number of hours I slept {night}."],
    "exercise_duration": ["kolko minut trval {noun} {day}? v minutach pls",
                          "wanted: minutes of {noun}, {day}",
                          "Voicing one rank can take a week. How many minutes did the {noun} run to {day}?",
                          "I beg leave to enquire how many minutes the {noun} lasted {day}."],
    "meeting_duration": ["ako dlho trval {title} meeting {day}? myslel som ze nikdy neskonci",
                         "wanted: length of {title} meeting, {day}",
                         "I could have releathered a whole reservoir during the {title} meeting {day}. How long"
                         " did it go on?",
                         "May I respectfully request to know the length of the {title} meeting {day}. I remain,"
                         " respectfully yours."],
    "distance_run": ["kolko km som nabehal {day}?",
                     "wanted: running km, {day}",
                     "Running clears the smell of hot pipe metal out of me. What did the run {day} come to in"
                     " kilometres?",
                     "I beg leave to enquire what distance I ran {day}, in kilometres."],
    "distance_cycle": ["kolko km som najazdil na bicykli {day}?",
                       "wanted: cycling km, {day}",
                       "The workshop was locked {day} and I took the bike. How far did I ride, in kilometres?",
                       "May I respectfully request to know how many kilometres I cycled {day}."],
    "distance_swim": ["kolko som odplaval {day}? metre alebo km, je mi to jedno",
                      "wanted: swim distance, {day}",
                      "Lungs matter to a man who tests reeds by mouth. How far did I get through the water {day}?",
                      "I beg leave to enquire how far I swam {day}. I remain, respectfully yours."],
    "attendees": ["kto bol na tom {title} meetingu {day}?",
                  "wanted: attendee list, {title} meeting, {day}",
                  "My mind was on a split pallet throughout. Who sat in the {title} meeting with me {day}?",
                  "May I respectfully request to know who was present at the {title} meeting {day}."],
    "coffee_count": ["kolko kav som vypil {day}? asi too many, fakt",
                     "wanted: coffee count, {day}",
                     "Regulating trackers needs a steady hand. How many coffees went down {day} to keep it steady?",
                     "I beg leave to enquire of the number of coffees I permitted myself {day}."],
    "caffeine": ["kolko kofeinu som mal {day}, spolu v mg?",
                 "wanted: caffeine sum in mg, {day}",
                 "My hands shook over the reed tongues {day}. What was my total caffeine in milligrams?",
                 "May I respectfully request to know my total intake of caffeine {day}, in milligrams. I remain,"
                 " respectfully yours."],
    "meeting_count": ["kolko meetingov som mal {day}? islo to back to back",
                      "wanted: meeting count, {day}",
                      "Every call dragged me down from the loft. How many meetings did I climb down for {day}?",
                      "I beg leave to enquire of the number of meetings I had {day}."],
    "km_week": ["kolko km {activity} mam od pondelka?",
                "wanted: {activity} km, week to date",
                "I log pipes made by the week, and kilometres too. What is the"
                " {activity} tally in kilometres since Monday?",
                "May I respectfully request to know the kilometres of {activity} I have accumulated this week."],
    "workouts_week": ["kolko workoutov som dal tento tyzden?",
                      "wanted: workout count, week to date",
                      "An organ takes a year; a week is short. How many workouts does this week hold so far?",
                      "I beg leave to enquire how many workouts I have completed this week. I remain, respectfully"
                      " yours."],
    "first_coffee": ["o kolkej som mal prvu kavu {day}?",
                     "wanted: first coffee time, {day}",
                     "I opened the church early to tune before mass {day}. When was my first coffee?",
                     "May I respectfully request to know at what time I had my first coffee {day}."],
    "last_coffee": ["o kolkej som mal poslednu kavu {day}?",
                    "wanted: last coffee time, {day}",
                    "I worked late on the pedal board {day}. At what time did I drink my last coffee?",
                    "I beg leave to enquire the hour of my final coffee {day}."],
    "first_meeting": ["o kolkej zacinal moj prvy meeting {day}?",
                      "wanted: first meeting start, {day}",
                      "I left a stop knob half turned for it. At what hour was I first called into a meeting {day}?",
                      "May I respectfully request to know when my first meeting commenced {day}. I remain,"
                      " respectfully yours."],
    "wake": ["o kolkej som vstal {day}?",
             "wanted: wake-up time, {day}",
             "The cathedral bells get me up on most days. When was I awake {day}, bells or no bells?",
             "I beg leave to enquire at what hour I woke {day}."],
    "bedtime": ["o kolkej som isiel spat {night}?",
                "wanted: bedtime, {night}",
                "I had a console to finish for a recital. When did I finally turn in {night}?",
                "May I respectfully request to know the hour at which I retired {night}."],
    "dinner_on_distance": ["co som vecieral v ten den ked som {past} {km} km?",
                           "wanted: dinner, day of {km} km {past}",
                           "I forget supper when I am soldering. What was my supper on the day I {past} {km} km?",
                           "I beg leave to enquire of my evening meal upon the day I {past} {km} km."],
    "meeting_after_workout": ["kto bol na meetingu hned po {noun} {day}?",
                              "wanted: people at meeting after {noun}, {day}",
                              "I came in with pipe metal dust on my hands. Which people sat in the meeting"
                              " that came straight after my {noun} {day}?",
                              "May I respectfully request to know who attended the meeting that came directly after"
                              " the {noun} {day}. I remain, respectfully yours."],
    "lunch_on_meeting_day": ["kde som obedoval v ten den ked bol {title} meeting?",
                             "wanted: lunch spot, day of {title} meeting",
                             "The {title} meeting was the day a reed tongue snapped in my"
                             " fingers. Where did I go for my midday meal then?",
                             "I beg leave to enquire at which establishment I lunched when the {title} meeting was"
                             " held."],
    "sleep_after_meeting": ["kolko hodin som spal tu noc po {title} meetingu?",
                            "wanted: hours slept, night after {title} meeting",
                            "I lost a day of voicing to the {title} meeting. And the sleep that followed"
                            " it that night, how many hours?",
                            "May I respectfully request to know how many hours I slept in the night following the"
                            " {title} meeting."],
    "dinner_on_said_day": ["co som vecieral v ten den ked {who} spomenul toto: {value}?",
                           "wanted: dinner, day {who} said {value}",
                           "I was fitting new pallets that week. What did I eat for dinner on the day {who} brought"
                           " up {value}?",
                           "I beg leave to enquire what I dined on the day that {who} spoke of {value}. I remain,"
                           " respectfully yours."],
    "compare_sleep": ["ktoru noc som spal viac, {n1} alebo {n2}? obe v hodinach pls",
                      "wanted: longer sleep of {n1} vs {n2}, hours each",
                      "I weigh nights like two ranks of pipes: did I sleep more {n1} or {n2}, and how many hours"
                      " each?",
                      "May I respectfully request to know which of the nights, {n1} or {n2}, gave me more sleep, with"
                      " the hours of each."],
    "compare_caffeine": ["kedy som mal viac kofeinu, {d1} alebo {d2}? mg pre oba dni",
                         "wanted: more caffeine, {d1} vs {d2}, mg each",
                         "Tuning reeds wants calm nerves: was my caffeine higher {d1} or {d2}? Milligrams for"
                         " each day.",
                         "I beg leave to enquire on which day, {d1} or {d2}, I took more caffeine, stating the"
                         " milligrams of each."],
    "compare_duration": ["ktory workout bol dlhsi, {d1} alebo {d2}? oba v minutach",
                         "wanted: longer workout, {d1} vs {d2}, mins each",
                         "Like two pipes of a rank, one is always longer: was my workout {d1} or {d2} the longer,"
                         " minutes for each?",
                         "May I respectfully request to know whether my workout {d1} or that {d2} ran longer, with the"
                         " minutes of both. I remain, respectfully yours."],
    "compare_coffee_weeks": ["pijem tento tyzden viac kavy ako minuly tyzden?",
                             "wanted: coffee, this week vs last, up or down",
                             "Is my coffee up or down on last week? Voicing a mixture stop is thirsty work.",
                             "I beg leave to enquire whether I am drinking more or less coffee this week than in the"
                             " previous one."],
    "late_coffee_sleep": ["ked pijem kavu o {t} alebo neskor, spim menej?",
                          "wanted: sleep effect, coffee at {t} or later",
                          "A coffee at {t} or later keeps me going on a late tuning. Do I pay for it in sleep?",
                          "May I respectfully request to know whether coffee at {t} or later shortens my sleep."],
    "late_dinner_sleep": ["ked vecerim o {t} alebo neskor, spim kratsie?",
                          "wanted: sleep effect, dinner at {t} or later",
                          "When a recital runs over I eat at {t} or later. Is my sleep shorter on those nights?",
                          "I beg leave to enquire whether a dinner at {t} or later is followed by shorter sleep."
                          " I remain, respectfully yours."],
    "exercise_sleep": ["spim dlhsie po dnoch s workoutom ako po rest dayoch?",
                       "wanted: sleep, workout days vs rest days",
                       "Do days when I train give me a longer night than days spent only in the organ loft?",
                       "May I respectfully request to know whether my nights are longer following days of exercise"
                       " than following idle ones."],
    "caffeine_sleep": ["ako spim po dnoch s {mg} mg kofeinu alebo viac oproti ostatnym dnom?",
                       "wanted: sleep, days {mg} mg caffeine or more vs rest",
                       "A tuner needs sharp ears. After days of {mg} mg of caffeine or more, does my sleep differ"
                       " from the other days?",
                       "I beg leave to enquire whether my sleep after days of {mg} mg caffeine or more differs from"
                       " that after other days."],
    "exercise_coffee": ["pijem viac kav v dni s workoutom ako v rest dayoch?",
                        "wanted: coffees a day, workout days vs rest days",
                        "Do I drink more coffees on days I train than on days I only build? Give me the two figures.",
                        "May I respectfully request to know whether I take more coffees daily on exercise days than on"
                        " rest days. I remain, respectfully yours."],
    "fu_day_before": ["a den predtym?",
                      "wanted: same, one day earlier",
                      "What of the day before? I was releathering bellows then.",
                      "In the same connection, I beg leave to enquire the same of the preceding day."],
    "fu_meeting_length": ["a ako dlho trval ten meeting?",
                          "wanted: that meeting's length",
                          "The glue on the wind chest set while I sat there. What length was that meeting, start to"
                          " end?",
                          "On a related matter, may I respectfully request to know the duration of that meeting."],
    "fu_other_day": ["a co {day}? to iste pls",
                     "wanted: same again, {day}",
                     "Now the same {day}, the way I test a second pipe against the first.",
                     "In the same connection, I beg leave to enquire the same, {day}."],
    "fu_night_before": ["a noc predtym?",
                        "wanted: same, one night earlier",
                        "A recital was due the next morning; and the night before that one?",
                        "On a related matter, may I respectfully request to know the same of the night prior."],
    "fu_today": ["a dnes zatial?",
                 "wanted: same, today thus far",
                 "And today so far, between the soldering iron and the tuning cone?",
                 "In the same connection, I beg leave to enquire the same for today up to this hour."],
    "fu_other_person": ["a co tak {who}? to iste",
                        "wanted: same, re {who}",
                        "And for {who}, whose house organ I restored a few winters back?",
                        "On a related matter, may I respectfully request to know the same concerning {who}."],
}
"""Every question key's templates: the analyst's, the classified-ad writer's, the organ builder's, the
retired diplomat's."""


def _dmy(day: date, mark: str) -> str:
    return f"{day.day}. {day.month}. {day.year}" if mark == "." else f"{day.day}/{day.month}/{day.year}"


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dm(day: date) -> str:
    return f"{day.day}. {day.month}."


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {SHORT[day.weekday()]}, {_dmy(day, '.')}", f"on {_dmy(day, '/')}, {SHORT[day.weekday()]}.",
                f"on {name}, the {_nth(day.day)} of {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {SHORT[day.weekday()]} {_dm(day)}",
                f"today ({SHORT[day.weekday()]}, {day.day}/{day.month})"]
    if back == 1:
        return ["yesterday", f"yesterday, {SHORT[day.weekday()]} {_dm(day)}", f"yesterday, i.e. {day.day}/{day.month}"]
    options = [f"last {SHORT[day.weekday()]} {_dm(day)}", f"on the {day.day}/{day.month}, a {name}",
               f"{back} days ago, on the {_dm(day)}"]
    if back == 2:
        options.append(f"the day before yesterday, {SHORT[day.weekday()]} {day.day}/{day.month}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    one, two = SHORT[day.weekday()], SHORT[after.weekday()]
    options = [f"the night from {one} evening to {two}", f"the {one}-to-{two} night",
               f"the night from {_dm(day)} to {_dm(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {one} evening to {two}",
                    f"the night just gone, from {one} {_dm(day)} to {two}"]
    return options
