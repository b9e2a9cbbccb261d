"""Question phrasings of the answers benchmark's sixty-seventh tuning set, ``dev67`` (docs/benchmarks.md, "Answers").

``dev67`` was the held-out set until 2026-12-05, when, after its measurement at 1c1d868 (grounded
accuracy 0.739; worst category multi_hop 0.409; unsupported 0.015; abstention 0.955; p95 0.02 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev66``, answers_dev66_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young physiotherapist in Zagreb who types lower case and switches between English and a
  language of that country inside a sentence (no earlier set's), in its ordinary typed spelling,
  as people type it in chats, without its diacritics, colloquial forms and all ("di", "sta",
  "jel", "nez"), English words where they come first to mind (a meeting, a launch, an offsite, a
  workout, rest days, "total", "basically", "btw");
- a man who types every question as a bare note: lower case, the thing asked in a few words, an
  at-sign before the day or the person it is about, closed by a spaced question mark ("breakfast
  @ {day} ?", "km run @ {day} ?"), comparisons as "more sleep @ {n1} vs {n2} ?", his follow-ups
  as bare notes too ("same @ day before ?");
- a watchmaker with a repair shop in Zagreb's Upper Town, writing in sentences with capitals, who
  makes a remark from his working life before or after the question (mainsprings, escapements,
  the balance wheel, a loupe in his eye, oiling jewels, a pocket watch in pieces, a customer's
  grandfather clock, the bench and its tweezers, regulating a watch against the time signal);
- a retired ministry clerk who writes formal sentences with formulas of her own: "May I request
  to be told", "I wish to be informed", some closed with "Cordially.", her follow-ups opened with
  "Further to your reply," and "Supplementary to this,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev67 life lives in Europe/Zagreb, from Monday 25 February 2036 to 11 March; Croatia keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 25 February to 11
March), so no clock changes inside it. Dates are written as people in Croatia write them in English:
day and month unpadded and joined by a dot, the closing dot left off ("25.2", "25.2.2036"), or
slashed, day first and unpadded ("25/2"), or the day with the month's name ("25 February 2036"). For
a day that may lie outside the life always with the month and the year ("on 25.2.2036 (Monday)",
"Monday 25.2.2036", "on the 25 February 2036, a Monday"); for one of the days before yesterday "on"
the weekday with the dotted day after a comma, "this" weekday "gone" with the slashed day in
brackets, so many "days ago," the dotted day, or, two days back, "the day before yesterday" with its
weekday and the slashed day in brackets; today alone, "on" its weekday with the dotted day after a
comma ("today, on Wednesday 27.2"), or its weekday "the" slashed day "it is" ("today, Wednesday the
27/2 it is"); yesterday alone, "on" its weekday with the dotted day after a comma, or "yesterday,
that was" its weekday with the slashed day. A night is named as the country's language names it,
"from" the day it starts "onto" the day it goes into: "the night from Monday onto Tuesday", "the
night from 25. onto 26.2", or the weekday's night "from" it "onto" the next with the slashed day;
last night alone, "last night," from one weekday onto the next, or "the night that's just gone,
onto" the next weekday with the dotted day.
Workouts are named with places in Zagreb: Lake Jarun, Maksimir Park, the climb up Sljeme, the Sava
embankment, the ride out to Samobor, the Mladost pool, the Utrina pool, a studio in Trešnjevka, a
studio in the Lower Town, a bouldering gym in Trnje and a climbing wall in Dubrava.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run round Lake Jarun", "run through Maksimir Park", "run up to Sljeme"),
         "cycle": ("ride along the Sava embankment", "ride out to Samobor", "ride round Lake Jarun"),
         "swim": ("swim at the Mladost pool", "swim at the Utrina pool"),
         "yoga": ("yoga class at a studio in Trešnjevka", "yoga hour in a studio in the Lower Town"),
         "climb": ("bouldering at a gym in Trnje", "climbing session on a wall in Dubrava")}
"""What this set's questions call a workout of each activity: places in Zagreb."""

PHRASES: dict[str, list[str]] = {
    "book": ["koju knjigu mi preporucuje {who}? skroz mi je pobjegao title",
             "book rec @ {who} ?",
             "A loupe is poor for reading, but I mean to try. Which book did {who} advise me to read?",
             "May I request to be told the title of the book recommended to me by {who}."],
    "film": ["koji film {who} kaze da moram pogledat? imam free vecer konacno",
             "film to watch, per @ {who} ?",
             "{who} named a film I ought not to miss; which one was it? The shop shuts early on Saturdays.",
             "I wish to be informed which film {who} urged me to watch. Cordially."],
    "offsite": ["di je sad offsite? {who} kaze nesto o novoj lokaciji",
                "offsite venue now @ {who} ?",
                "I had a movement in pieces when the news came. Where did {who} say the offsite is moving?",
                "May I request to be told the new location of the offsite, as given by {who}."],
    "restaurant": ["kako se zove onaj restoran sto ga {who} preporucuje? hocu rezervirat stol",
                   "restaurant tip @ {who} ?",
                   "Which restaurant did {who} put us onto? I will go when this clock is back with its owner.",
                   "I wish to be informed of the name of the restaurant which {who} proposed to us. Cordially."],
    "flight": ["kad slijece avion od {who}? moram bit na aerodromu on time",
               "flight lands when @ {who} ?",
               "I keep time for a living, so tell me: at what hour does the flight of {who} come in?",
               "May I request to be told the time at which the flight of {who} is due to land."],
    "dog": ["kako se zove novi pas od {who}? vidjela sam slike, preslatko",
            "new dog's name @ {who} ?",
            "A customer brought a pocket watch chewed by a puppy today. What name did {who} give the new pup?",
            "I wish to be informed of the name of the dog newly acquired by {who}. Cordially."],
    "launch": ["{who} kaze da se launch za {project} pomice, na kad tocno?",
               "{project} launch moved to when @ {who} ?",
               "Deadlines slip like a worn mainspring. To when has {who} pushed back the {project} launch?",
               "May I request to be told to which date {who} has put off the {project} launch."],
    "age": ["koliko godina puni kcer od {who}? trebam joj kupit poklon",
            "daughter's coming age @ {who} ?",
            "I am setting aside a small wristwatch for her. How old will the daughter of {who} be?",
            "I wish to be informed of the age the daughter of {who} is about to turn. Cordially."],
    "podcast": ["koji podcast {who} kaze da slusam? treba mi nesto za tramvaj",
                "podcast rec @ {who} ?",
                "Cleaning a movement goes quicker with a voice in the room. Which podcast did {who} suggest?",
                "May I request to be told which podcast {who} advised me to listen to."],
    "breakfast_food": ["sta sam jela za dorucak {day}? nemam pojma, iskreno",
                       "breakfast @ {day} ?",
                       "I was at the bench before I had eaten a thing. What did my breakfast turn out to be {day}?",
                       "I wish to be informed of what I had for breakfast {day}."],
    "lunch_food": ["sta sam jela za rucak {day}? bila sam u guzvi cijeli dan",
                   "lunch eaten @ {day} ?",
                   "What was on my plate at midday {day}? A balance wheel was soaking in the cleaner.",
                   "May I request to be told what my lunch consisted of {day}. Cordially."],
    "dinner_food": ["sta sam jela za veceru {day}? imam totalni blackout u glavi",
                    "dinner eaten @ {day} ?",
                    "What did I have for supper {day}, once the shop shutters were down?",
                    "I wish to be informed of what I ate for dinner {day}."],
    "lunch_place": ["di sam rucala {day}? bilo je bas fino tamo",
                    "lunch place @ {day} ?",
                    "I locked the shop for an hour {day}. Where did I go to eat lunch?",
                    "May I request to be told where I took my lunch {day}."],
    "dinner_place": ["di sam bila na veceri {day}? htjela bi opet tamo",
                     "dinner place @ {day} ?",
                     "Where did I eat in the evening {day}, after regulating the cathedral clock?",
                     "I wish to be informed of the place at which I dined {day}. Cordially."],
    "workout_kind": ["koji workout sam radila {day}? ne sjecam se vise",
                     "workout type @ {day} ?",
                     "Hours hunched over a loupe stiffen the neck. Which sort of training did I fit in {day}?",
                     "May I request to be told what form of exercise I took {day}."],
    "heart_rate": ["koliki mi je bio prosjecni puls na {noun} {day}?",
                   "avg heart rate on {noun} @ {day} ?",
                   "A heart is a little escapement of its own. What was my average beat on the {noun} {day}?",
                   "I wish to be informed of my average heart rate over the {noun} {day}."],
    "sleep_quality": ["kako sam spavala {night}? dobro ili lose?",
                      "sleep good or bad @ {night} ?",
                      "I was winding customers' clocks late. Was my sleep sound or poor {night}?",
                      "May I request to be told whether I slept well or poorly {night}. Cordially."],
    "sleep_night": ["koliko sam sati spavala {night}? osjecam se ko zombi",
                    "hours slept @ {night} ?",
                    "My hand shook at the bench the next morning. How long was I asleep {night}, in hours?",
                    "I wish to be informed of the number of hours I slept {night}."],
    "exercise_duration": ["koliko je trajao {noun} {day}? u minutama pls",
                          "mins of {noun} @ {day} ?",
                          "I time everything to the second at work. How many minutes did the {noun} take {day}?",
                          "May I request to be told, in minutes, how long the {noun} lasted {day}."],
    "meeting_duration": ["koliko je trajao meeting {title} {day}? cinilo se ko vjecnost",
                         "{title} meeting length @ {day} ?",
                         "I could have cleaned a whole movement in the {title} meeting {day}. How long did it run,"
                         " start to finish?",
                         "I wish to be informed of the length of the {title} meeting {day}. Cordially."],
    "distance_run": ["koliko km sam pretrcala {day}?",
                     "km run @ {day} ?",
                     "A run shakes the bench dust out of me. How many kilometres did I cover on foot {day}?",
                     "May I request to be told the distance in kilometres that I ran {day}."],
    "distance_cycle": ["koliko km sam odvozila biciklom {day}?",
                       "km cycled @ {day} ?",
                       "How far did I ride {day}, in kilometres, with the shop left in my nephew's care?",
                       "I wish to be informed how many kilometres I cycled {day}."],
    "distance_swim": ["koliko sam preplivala {day}? metri, km, whatever",
                      "distance swum @ {day} ?",
                      "Water and watches do not mix, but I do swim. How far did I swim in the pool {day}, all"
                      " lengths added?",
                      "May I request to be told the distance I swam {day}. Cordially."],
    "attendees": ["tko je sve bio na meetingu {title} {day}?",
                  "who attended {title} meeting @ {day} ?",
                  "My mind was on a stubborn hairspring throughout. Who was at the table for the {title}"
                  " meeting {day}?",
                  "I wish to be informed of the persons who attended the {title} meeting {day}."],
    "coffee_count": ["koliko sam kava popila {day}? mislim previse",
                     "coffee count @ {day} ?",
                     "Tweezers demand a calm hand, so tell me honestly: how many coffees did I have {day}?",
                     "May I request to be told the number of coffees I drank {day}."],
    "caffeine": ["koliko kofeina sam unijela {day}, total u mg?",
                 "caffeine mg total @ {day} ?",
                 "The hands of the watch blurred under my loupe {day}. How many milligrams of caffeine had I taken?",
                 "I wish to be informed of the total caffeine, in milligrams, that I consumed {day}. Cordially."],
    "meeting_count": ["koliko sam meetinga imala {day}? osjecaj ko sto",
                      "meeting count @ {day} ?",
                      "Each one kept me from the bench. How many meetings pulled me away {day}?",
                      "May I request to be told how many meetings I attended {day}."],
    "km_week": ["koliko km {activity} sam skupila od ponedjeljka?",
                "km of {activity} @ this week ?",
                "I log repairs by the week, so log this too: how many kilometres of {activity} so far this week?",
                "I wish to be informed of the kilometres of {activity} I have done in the present week."],
    "workouts_week": ["koliko workouta sam odradila ovaj tjedan?",
                      "workouts @ this week ?",
                      "Between repairs, how often have I got a workout in this week?",
                      "May I request to be told the number of workouts I have completed this week. Cordially."],
    "first_coffee": ["u koliko sati sam popila prvu kavu {day}?",
                     "first coffee time @ {day} ?",
                     "I opened the shop early {day}. At what time did the first coffee of the day come?",
                     "I wish to be informed of the time of my first coffee {day}."],
    "last_coffee": ["u koliko sati sam popila zadnju kavu {day}?",
                    "last coffee time @ {day} ?",
                    "I was fitting a crystal late {day}. When did I drink the last coffee of that day?",
                    "May I request to be told the hour of my final coffee {day}. Cordially."],
    "first_meeting": ["u koliko je pocinjao prvi meeting {day}?",
                      "first meeting start @ {day} ?",
                      "When did my first meeting get going {day}? I left a watch half oiled for it.",
                      "I wish to be informed of the starting hour of my earliest meeting {day}."],
    "wake": ["u koliko sam se probudila {day}?",
             "wake-up time @ {day} ?",
             "Every clock in my flat chimes at seven. At what time did I actually wake {day}?",
             "May I request to be told at what time I woke {day}."],
    "bedtime": ["u koliko sam otisla spavat {night}?",
                "bedtime @ {night} ?",
                "I had been regulating a chronometer. What time did I finally get into bed {night}?",
                "I wish to be informed of the time at which I went to bed {night}. Cordially."],
    "dinner_on_distance": ["sta sam jela za veceru onaj dan kad sam {past} {km} km?",
                           "dinner @ day i {past} {km} km ?",
                           "Bench work makes me forget food. What did I have in the evening of the day I {past}"
                           " {km} km?",
                           "May I request to be told the contents of my evening meal on the day I {past} {km} km."],
    "meeting_after_workout": ["tko je bio na meetingu odmah nakon {noun} {day}?",
                              "who at meeting right after {noun} @ {day} ?",
                              "Who attended the meeting that came straight after my {noun} {day}? I still smelt of"
                              " clock oil.",
                              "I wish to be informed who took part in the meeting immediately following the {noun}"
                              " {day}. Cordially."],
    "lunch_on_meeting_day": ["di sam rucala onaj dan kad je bio meeting {title}?",
                             "lunch place @ day of {title} meeting ?",
                             "I recall the day of the {title} meeting only by the watch I was mending. Where did I"
                             " go for my midday meal on that day?",
                             "May I request to be told where I lunched on the day of the {title} meeting."],
    "sleep_after_meeting": ["koliko sam spavala u noci nakon meetinga {title}?",
                            "sleep hours @ night after {title} meeting ?",
                            "The {title} meeting cost me an afternoon at the bench. What did the night after it"
                            " give me in hours of sleep?",
                            "I wish to be informed of the hours I slept in the night that followed the {title}"
                            " meeting."],
    "dinner_on_said_day": ["sta sam jela za veceru onaj dan kad je od {who} bila prica o {value}?",
                           "dinner @ day {who} said {value} ?",
                           "What was my dinner on the day {who} brought up {value}? I was replacing a mainspring"
                           " that afternoon.",
                           "May I request to be told the dinner I had on the date {who} raised the subject of"
                           " {value}. Cordially."],
    "compare_sleep": ["kad sam vise spavala, {n1} ili {n2}? sa satima za oba",
                      "more sleep @ {n1} vs {n2}, hrs of both ?",
                      "Weigh my nights as I would two balance wheels: did {n1} or {n2} give me more sleep, and"
                      " how many hours in each?",
                      "I wish to be informed during which night, {n1} or {n2}, I slept longer, together with the"
                      " hours of both."],
    "compare_caffeine": ["kad sam imala vise kofeina, {d1} ili {d2}? mg za oba dana",
                         "more caffeine @ {d1} vs {d2}, mg of both ?",
                         "A steady hand is my trade: was there more caffeine in me {d1} or {d2}? The milligrams"
                         " of both, please.",
                         "May I request to be told on which day, {d1} or {d2}, I took in more caffeine, with the"
                         " milligrams of each. Cordially."],
    "compare_duration": ["koji workout je bio dulji, {d1} ili {d2}? minute pls",
                         "longer workout @ {d1} vs {d2}, mins of both ?",
                         "I clock everything, so clock these: which workout ran longer, the one {d1} or the one"
                         " {d2}?",
                         "I wish to be informed whether the workout {d1} or the workout {d2} was the longer, and"
                         " the minutes that each one took."],
    "compare_coffee_weeks": ["pijem li vise kave ovaj tjedan nego prosli?",
                             "more or less coffee @ this week vs last ?",
                             "Is my coffee up or down this week against last? A full service of a chronograph"
                             " takes nerves.",
                             "May I request to be told whether I am drinking more or less coffee this week than in"
                             " the week before. Cordially."],
    "late_coffee_sleep": ["ako popijem kavu u {t} ili kasnije, spavam li manje?",
                          "less sleep @ coffee {t} or later ?",
                          "Coffee at {t} or later keeps a watchmaker going through a late repair; does it cut my"
                          " sleep short?",
                          "I wish to be informed whether a coffee drunk at {t} or later shortens my sleep."],
    "late_dinner_sleep": ["kad veceram u {t} ili kasnije, spavam li manje?",
                          "less sleep @ dinner {t} or later ?",
                          "Supper at {t} or later is common when a repair runs over. Does it leave me with less"
                          " sleep?",
                          "May I request to be told whether a dinner started at {t} or later shortens the sleep"
                          " after it. Cordially."],
    "exercise_sleep": ["spavam li dulje nakon dana s workoutom nego nakon rest days?",
                       "sleep @ workout days vs rest days ?",
                       "After a day spent only at the bench, is my sleep shorter than after a day with a workout"
                       " in it?",
                       "I wish to be informed whether I sleep longer after days of exercise than after days"
                       " without any."],
    "caffeine_sleep": ["nakon dana s {mg} mg kofeina ili vise, kako spavam u odnosu na ostale dane?",
                       "sleep @ days of {mg} mg caffeine or more vs rest ?",
                       "Hairsprings want rested eyes. On days with {mg} mg of caffeine or more, is my sleep"
                       " different from the rest?",
                       "May I request to be told whether days with {mg} mg of caffeine or more bring a different"
                       " night's sleep from days below that."],
    "exercise_coffee": ["pijem li vise kava na dane s workoutom nego na rest days?",
                        "coffees a day @ workout days vs rest days ?",
                        "Do I get through more cups of coffee on training days than on days spent only mending"
                        " watches? Cups a day for both, please.",
                        "I wish to be informed whether I drink more coffees a day on days of exercise than on days"
                        " of rest. Cordially."],
    "fu_day_before": ["a dan prije toga?",
                      "same @ day before ?",
                      "And the day prior? I had a grandfather clock in pieces then.",
                      "Further to your reply, may I request to be told the same for the day prior."],
    "fu_meeting_length": ["a koliko je taj meeting trajao?",
                          "that meeting, length ?",
                          "How long did that meeting keep me from the bench? My oil dried on the jewels meanwhile.",
                          "Supplementary to this, I wish to be informed of the duration of that meeting."],
    "fu_other_day": ["a sta je bilo {day}? isto to pitam",
                     "same @ {day} ?",
                     "Now the same {day}, please, as I would check a second watch against the first.",
                     "Further to your reply, may I request to be told the same, {day}."],
    "fu_night_before": ["a noc prije?",
                        "same @ night before ?",
                        "I had a tower clock to service the next day; and how was the night before that one?",
                        "Supplementary to this, I wish to be informed of the same for the night before."],
    "fu_today": ["a danas do sad?",
                 "same @ today so far ?",
                 "And today so far, between customers?",
                 "Further to your reply, may I request to be told the same for today up to now."],
    "fu_other_person": ["a kod {who} kako je?",
                        "same @ {who} ?",
                        "And for {who}, whose watch I repaired last spring?",
                        "Supplementary to this, I wish to be informed of the same regarding {who}."],
}
"""Every question key's templates: the physiotherapist's, the note writer's, the watchmaker's, the retired
ministry clerk's."""


def _dotted(day: date) -> str:
    return f"{day.day}.{day.month}"


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {_dotted(day)}.{day.year} ({name})", f"{name} {_dotted(day)}.{day.year}",
                f"on the {day.day} {MONTHS[day.month - 1]} {day.year}, a {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, on {name} {_dotted(day)}", f"today, {name} the {_slashed(day)} it is"]
    if back == 1:
        return ["yesterday", f"yesterday, on {name} {_dotted(day)}", f"yesterday, that was {name} {_slashed(day)}"]
    options = [f"on {name}, {_dotted(day)}", f"this {name} gone ({_slashed(day)})", f"{back} days ago, {_dotted(day)}"]
    if back == 2:
        options.append(f"the day before yesterday ({name}, {_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night from {name} onto {following}", f"the night from {day.day}. onto {_dotted(after)}",
               f"{name} night, from {name} onto {following} {_slashed(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, from {name} onto {following}",
                    f"the night that's just gone, onto {following} {_dotted(after)}"]
    return options
