"""Question phrasings of the answers benchmark's one hundred and sixth tuning set, ``dev106`` (docs/benchmarks.md, "Answers").

``dev106`` was the held-out set until 2026-12-06, when, after its measurement at 0b12803 (grounded
accuracy 0.625; worst category comparison 0.182; unsupported 0.034; abstention 0.955; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev105``, answers_dev105_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young stevedore at Douglas harbour, who types lower case, switching between
  English and Manx Gaelic inside a sentence (Gaelg, the Celtic language of the Isle of Man, revived
  there and taught in its schools; no earlier set's language nor a close relative of one: no earlier
  set is in a Celtic language). The Manx here is the writer's own approximation from the language's
  commonest words (question words, today, yesterday, last night, night, weekdays, meals, sleep, how
  many, where, who); no speaker has checked it. What the set tests is how the planner reads English
  mixed with a language it has never seen;
- a developer at an e-gaming firm on the Douglas quayside, who types every question as one Rust
  method chain on his diary: 'diary.' and a method naming what is known ('meal(Lunch, "...")',
  'meeting("...", "...")', 'workout("...", "...")'), then '.unwrap()' and the field asked;
  '.count()' for counts, '.sum::<f64>()' for totals, '.next()'/'.last()' for firsts and lasts,
  '.max_by_key(|d| ...)' for two compared, '.partition(|n| ...)' and a mean for habits;
  no question mark at the end, no brace; his follow-ups call a method on 'prev';
- a groom at the stables of the horse trams on Douglas promenade, who starts with a remark from his
  work (the Clydesdales, brushing and harnessing them, the stalls, the feed bins, the tack room, the
  horses' winter rest) before he asks;
- a retired Methodist minister in Castletown, who writes formal sentences with formulas of his own:
  "Would you be good enough to search out ...", closed with "Ever faithfully yours.", and "I would have
  you find out ..."; his follow-ups open with "Ask it afresh of ...".

Of the Manx words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept: "as", "dy", "e", "er", "laa", "mee", "my", "na",
"noa", "ny", "shoh", "son", "ta", "va", "vel", "y" (and the English "average", "bike", "caffeine",
"date", "film", "heart", "km", "launch", "lunch", "meeting", "metre", "mg", "offsite", "podcast",
"rate", "restaurant", "sport", "workout"), checked by grepping every other
scripts/answers_*_phrases.py module; no other module holds "Manx", "Gaelg", "Isle of
Man", "Douglas", "Rust", "e-gaming", "stevedore", "horse trams", "Clydesdale", "Methodist
minister", "Would you be good enough to search out", "I would have you find out", "Ever faithfully
yours" or "Ask it afresh", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev106 life lives in Europe/Isle_of_Man, from Monday 24 November 2036 to 9 December; the Isle
of Man keeps British time, Greenwich Mean Time (UTC+0) in winter, and puts its clocks forward only
from the last Sunday of March to the last Sunday of October (zoneinfo gives one offset over its 16
days, 24 November to 9 December 2036), so no clock changes inside it. Dates are written as people on
the island write them: day first, with slashes, both padded, and the year in full ("24/11/2036"), or
the day and month alone the same way ("24/11"); in words the day's number before the month, in
English ("24 November"), with the year after them for a day that may lie outside the life ("24
November 2036"). Weekdays are in Manx, with capitals: "Jelune" for Monday, "Jemayrt", "Jecrean",
"Jerdein", "Jeheiney", "Jesarn" and "Jedoonee" for Sunday: a day as its weekday and the slashed day
("Jelune 24/11"), as its weekday and the date in words ("Jelune 24 November"), or as "laa" (day),
its weekday and the slashed day in brackets ("laa Jelune (24/11)"); for a day that may lie outside
the life always with the year ("Jelune 24/11/2036", or "Jelune 24 November 2036"); today and
yesterday alone, or as "jiu" (today) and "jea" (yesterday) with the slashed day after them. A night
is named "oie" (night) and the weekday it starts on, with its two slashed days ("oie Jelune
24/11-25/11"), or "yn oie" and the date in words ("yn oie 24 November"); last night alone, "last
night", or as "riyr" (last night) with its two slashed days. No day's name ends in a dot, so that
no question ends in two dots. Workouts are named with places on the island: along the Loch
Promenade, round Mooragh Park in Ramsey and up Bradda Head; over the Mountain Road to Ramsey, out to
the Point of Ayre and round by Kirk Michael; at the National Sports Centre pool and in the sea at
Port Erin; a church hall in Onchan and a studio in Castletown; the sea cliffs at Port St Mary and a
climbing wall in Ballasalla.
"""


from __future__ import annotations

from datetime import date, timedelta

MANX = ("Jelune", "Jemayrt", "Jecrean", "Jerdein", "Jeheiney", "Jesarn", "Jedoonee")
"""Manx weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Loch Promenade in Douglas", "run round Mooragh Park in Ramsey",
                 "run up Bradda Head"),
         "cycle": ("ride over the Mountain Road to Ramsey", "ride out to the Point of Ayre",
                   "ride round by Kirk Michael"),
         "swim": ("swim at the National Sports Centre pool", "swim in the sea at Port Erin"),
         "yoga": ("yoga class in a church hall in Onchan", "yoga session at a studio in Castletown"),
         "climb": ("climb on the sea cliffs at Port St Mary", "climb at a climbing wall in Ballasalla")}
"""What this set's questions call a workout of each activity: places on the Isle of Man."""

PHRASES: dict[str, list[str]] = {
    "book": ["cre'n lioar ren {who} insh dou dy lhaih?",
             'diary.tips().find(|t| t.from == "{who}" && t.is(Tip::Book)).unwrap().title',
             "The horses doze in their stalls while I read a page or two. Which book did {who} say I ought to pick up?",
             "Would you be good enough to search out the title of the book {who} pressed upon me? Ever faithfully yours."],
    "film": ["cre'n film ren {who} gra dou dy jeeaghyn er?",
             'diary.tips().find(|t| t.from == "{who}" && t.is(Tip::Film)).unwrap().title',
             "Once the trams stop for the winter my evenings are my own. What picture does {who} want me to watch?",
             "I would have you find out which film {who} urged me to see."],
    "offsite": ["{who} er chaghlaa yn offsite, gys cre'n balley?",
                'diary.offsite_moves().filter(|m| m.by == "{who}").last().unwrap().town',
                "We shift the tram stables round too, when the season turns. Where has {who} shifted the offsite to, which town?",
                "Would you be good enough to search out the town to which {who} has transferred the offsite? Ever faithfully yours."],
    "restaurant": ["cre'n restaurant ren {who} moylley dou?",
                   'diary.tips().find(|t| t.from == "{who}" && t.is(Tip::Restaurant)).unwrap().name',
                   "The drivers are forever telling me where to eat along the front. Which place to eat did {who} sing the praises of?",
                   "I would have you find out the name of the restaurant {who} commended to me so heartily."],
    "flight": ["cre'n traa ta'n eroplane aig {who} cheet stiagh?",
               'diary.flights().find(|f| f.passenger == "{who}").unwrap().lands_at',
               "Visitors off the planes at Ronaldsway all want to pat the horses. When is the plane carrying {who} due to land?",
               "Would you be good enough to search out the hour at which the flight of {who} comes in? Ever faithfully yours."],
    "dog": ["cre'n ennym t'er y quallian noa aig {who}?",
            'diary.pets().find(|p| p.owner == "{who}" && p.is_puppy()).unwrap().name',
            "Dogs bark at the Clydesdales all along the promenade. The new pup that {who} got: by what name do they call it?",
            "I would have you find out by what name {who} calls the puppy lately taken in."],
    "launch": ["{who} er lhiggey yn {project} launch gys cre'n date?",
               'diary.launches().find(|l| l.project == "{project}" && l.moved_by == "{who}").unwrap().new_date',
               "A lame horse puts the whole stable rota back a day. What date has {who} now given for the {project} launch?",
               "Would you be good enough to search out the new date {who} has fixed for the launch of {project}? Ever faithfully yours."],
    "age": ["cre'n eash vees inneen {who} er e laa ruggyree noa?",
            'diary.daughter_of("{who}").unwrap().age_next_birthday()',
            "Children always want to stroke the horse's nose before they board. How many years will the daughter of {who} be at her next birthday?",
            "I would have you find out what age the daughter of {who} will reach on her forthcoming birthday."],
    "podcast": ["cre'n podcast ren {who} insh dou dy clashtyn?",
                'diary.tips().find(|t| t.from == "{who}" && t.is(Tip::Podcast)).unwrap().title',
                "Mucking out the stables goes quicker with something in my ears. What podcast did {who} put me on to?",
                "Would you be good enough to search out the podcast {who} advised me to follow? Ever faithfully yours."],
    "breakfast_food": ["brishey-trostey {day}, cre d'ee mee?",
                       'diary.meal(Breakfast, "{day}").unwrap().food',
                       "The horses get their oats before I get anything. And what was my own breakfast {day}?",
                       "I would have you find out what I ate to break my fast {day}."],
    "lunch_food": ["cre d'ee mee son lunch {day}?",
                   'diary.meal(Lunch, "{day}").unwrap().food',
                   "I eat in the tack room while the horses are changed over. What was in my lunch box {day}?",
                   "Would you be good enough to search out what my luncheon consisted of {day}? Ever faithfully yours."],
    "dinner_food": ["shibber {day}, cre d'ee mee?",
                    'diary.meal(Dinner, "{day}").unwrap().food',
                    "After the last tram I walk the horses home before I eat. What did the evening meal come to {day}, dish by dish?",
                    "I would have you find out what I took for my evening meal {day}."],
    "lunch_place": ["c'raad d'ee mee my lunch {day}?",
                    'diary.meal(Lunch, "{day}").unwrap().place',
                    "Some days I eat in the tack room, some days on a bench by the sea wall. Which of the two was my lunch spot {day}?",
                    "Would you be good enough to search out the place where I lunched {day}? Ever faithfully yours."],
    "dinner_place": ["c'raad va mee son shibber {day}?",
                     'diary.meal(Dinner, "{day}").unwrap().place',
                     "When the stable work is done early I treat myself to a meal out. Which table fed me my dinner {day}?",
                     "I would have you find out at what place I dined {day}."],
    "workout_kind": ["cre'n sport ren mee {day}?",
                     'diary.workouts_on("{day}").next().unwrap().activity',
                     "Grooming a Clydesdale works the arms and nothing else. What did I do to move my own legs {day}?",
                     "Would you be good enough to search out which form of exercise I took up {day}? Ever faithfully yours."],
    "heart_rate": ["y {noun} ec {day}, cre'n average heart rate aym?",
                   'diary.workout("{noun}", "{day}").unwrap().avg_hr',
                   "A big horse's heart beats slow and steady; mine does not. My mean pulse on the {noun} {day}, give me the number.",
                   "I would have you find out my average heart rate over the {noun} {day}."],
    "sleep_quality": ["{night}, chaddil mee dy mie ny dy olk?",
                      'diary.night("{night}").unwrap().quality',
                      "The gulls on the stable roof wake me some nights. Was my sleep sound or full of gulls {night}?",
                      "Would you be good enough to search out whether my sleep was good or poor {night}? Ever faithfully yours."],
    "sleep_night": ["cre wooad oor chaddil mee {night}?",
                    'diary.night("{night}").unwrap().hours',
                    "A day of brushes and buckets leaves me dead on my feet. How many hours was I out cold {night}?",
                    "I would have you find out how many hours of sleep I had {night}."],
    "exercise_duration": ["cre wooad minnid va'n {noun} {day}?",
                          'diary.workout("{noun}", "{day}").unwrap().minutes',
                          "Brushing down one big horse takes me about half an hour. How long in minutes did the {noun} {day} take me?",
                          "Would you be good enough to search out how many minutes the {noun} {day} lasted? Ever faithfully yours."],
    "meeting_duration": ["cre cho liauyr va'n {title} {day}, ayns minnidyn?",
                         'diary.meeting("{title}", "{day}").unwrap().minutes',
                         "Stable meetings run on while the horses wait in harness. How many minutes did the {title} {day} keep them standing?",
                         "I would have you find out the length in minutes of the {title} {day}."],
    "distance_run": ["cre wooad km roie mee {day}?",
                     'diary.workouts_on("{day}").filter(|w| w.kind == Run).map(|w| w.km).sum::<f64>()',
                     "The horses trot the promenade and some days I run it too. Running {day}, how many kilometres did I put behind me?",
                     "Would you be good enough to search out the distance I ran {day}, given in kilometres? Ever faithfully yours."],
    "distance_cycle": ["cre wooad km er y bike {day}?",
                       'diary.workouts_on("{day}").filter(|w| w.kind == Cycle).map(|w| w.km).sum::<f64>()',
                       "A bicycle needs no feeding and no grooming. Pedalling {day}, how many kilometres did the wheels turn out?",
                       "I would have you find out the sum of my cycling {day}, reckoned in kilometres."],
    "distance_swim": ["cre wooad metre snaue mee {day}?",
                      'diary.workouts_on("{day}").filter(|w| w.kind == Swim).map(|w| w.metres).sum::<u32>()',
                      "The horses paddle in the shallows on a hot day and I follow them in. How many metres did I swim {day} altogether?",
                      "Would you be good enough to search out the number of metres I swam {day}? Ever faithfully yours."],
    "attendees": ["quoi va ec y {title} {day}?",
                  'diary.meeting("{title}", "{day}").unwrap().attendees',
                  "I know every groom in the yard by the way he holds a brush. Who was in the room for the {title} {day}?",
                  "I would have you find out the names of those present at the {title} {day}."],
    "coffee_count": ["cre wooad cappan caffee {day}?",
                     'diary.coffees_on("{day}").count()',
                     "A flask of coffee hangs on a nail by the feed bins. How many times did I fill the flask cup {day}?",
                     "Would you be good enough to search out the number of coffees I drank {day}? Ever faithfully yours."],
    "caffeine": ["cre wooad mg caffeine ghow mee {day}?",
                 'diary.coffees_on("{day}").map(|c| c.caffeine_mg).sum::<u32>()',
                 "Early starts at the stables run on strong coffee. Add it all up: what weight of caffeine went down me {day}, counted by the mg?",
                 "I would have you find out the whole of my caffeine intake {day}, by the milligram."],
    "meeting_count": ["cre wooad meeting va aym {day}?",
                      'diary.meetings_on("{day}").count()',
                      "Every meeting means another pair of hands mucks out my stalls. How many meetings kept me from the stalls {day}?",
                      "Would you be good enough to search out how many meetings I attended {day}? Ever faithfully yours."],
    "km_week": ["cre wooad km {activity} neayr's Jelune?",
                'diary.workouts_since(Monday).filter(|w| w.kind == "{activity}").map(|w| w.km).sum::<f64>()',
                "The stable log starts a new page each Jelune, each Monday. Counting from that day, how many km has my {activity} added up to?",
                "I would have you find out the kilometres of {activity} I have put in since Monday last."],
    "workouts_week": ["cre wooad workout ren mee yn shiaghtin shoh?",
                      "diary.workouts_since(Monday).count()",
                      "Walking beside a horse all day is not training, whatever my wife says. How many real workouts have I done so far this week?",
                      "Would you be good enough to search out the count of my workouts in the week now running? Ever faithfully yours."],
    "first_coffee": ["yn chied caffee {day}, cre'n traa?",
                     'diary.coffees_on("{day}").next().unwrap().at',
                     "The first coffee is drunk while the harness is buckled. What time did I have my first cup {day}?",
                     "I would have you find out at what hour I drank my first coffee {day}."],
    "last_coffee": ["yn caffee s'jerree {day}, cre'n traa?",
                    'diary.coffees_on("{day}").last().unwrap().at',
                    "The last coffee is drunk while the horses are rubbed down. What time was my last cup {day}?",
                    "Would you be good enough to search out the hour of my last coffee {day}? Ever faithfully yours."],
    "first_meeting": ["cre'n traa ren yn chied meeting goll rish {day}?",
                      'diary.meetings_on("{day}").next().unwrap().starts',
                      "A morning meeting means somebody else feeds the horses. When did the earliest of my meetings start {day}?",
                      "I would have you find out the hour at which my first meeting opened {day}."],
    "wake": ["cre'n traa dooisht mee {day}?",
             'diary.wake_on("{day}").unwrap()',
             "The horses want feeding long before the first tram goes out. At what hour did I leave my bed for the horses {day}?",
             "Would you be good enough to search out the hour at which I woke {day}? Ever faithfully yours."],
    "bedtime": ["cre'n traa hie mee dy lhie {night}?",
                'diary.night("{night}").unwrap().bed_at',
                "I check the stable doors twice before turning in. What was the hour I pulled the blanket up {night}?",
                "I would have you find out at what hour I went to my bed {night}."],
    "dinner_on_distance": ["y laa {past} mee {km} km, cre va son shibber?",
                           'diary.day_when("{past}", {km}).unwrap().dinner().food',
                           "After a long outing I could eat as much as a Clydesdale. Once I had {past} {km} km that day, which dinner filled me back up?",
                           "Would you be good enough to search out my dinner on the day I {past} {km} km? Ever faithfully yours."],
    "meeting_after_workout": ["lurg y {noun} {day}, quoi va ec y meeting?",
                              'diary.meeting_after("{noun}", "{day}").unwrap().attendees',
                              "I smell of horse and sweat after exercise, and the yard never minds. Who was at the meeting I went to after the {noun} {day}?",
                              "I would have you find out who attended the meeting that came after the {noun} {day}."],
    "lunch_on_meeting_day": ["laa yn {title}, c'raad d'ee mee lunch?",
                             'diary.day_of("{title}").unwrap().lunch().place',
                             "On meeting days the stables run short of hands. The day the {title} was held, which place gave me my lunch?",
                             "Would you be good enough to search out where I lunched on the day of the {title}? Ever faithfully yours."],
    "sleep_after_meeting": ["yn oie lurg y {title}, cre wooad oor chaddil mee?",
                            'diary.night_after("{title}").unwrap().hours',
                            "Yard talk keeps me turning like a horse in a small paddock. Once the {title} was over and night came, what did my sleep add up to, counting hours?",
                            "I would have you find out how many hours I slept on the night after the {title}."],
    "dinner_on_said_day": ["y laa loayr {who} mychione {value}, cre va son shibber?",
                           'diary.day_said("{who}", "{value}").unwrap().dinner().food',
                           "The drivers tell me all sorts while I harness their horses. On the day {who} was going on about {value}, which dinner was mine?",
                           "Would you be good enough to search out my evening meal on the day {who} talked of {value}? Ever faithfully yours."],
    "compare_sleep": ["{n1} ny {n2}, cre'n oie chaddil mee smoo?",
                      '["{n1}", "{n2}"].iter().max_by_key(|n| diary.night(n).unwrap().minutes())',
                      "Some nights I sleep like a horse standing, some like a log. Hitch {n1} alongside {n2}: on which was I longer asleep?",
                      "I would have you find out on which of two nights I slept longer, the first {n1}, the second {n2}."],
    "compare_caffeine": ["{d1} ny {d2}, cre'n laa va smoo caffeine?",
                         '["{d1}", "{d2}"].iter().max_by_key(|d| diary.caffeine_mg(d))',
                         "Wet days in the yard need extra coffee. Which of the two days had the more caffeine in it: first {d1}, then {d2}?",
                         "Would you be good enough to search out whether {d1} or {d2} brought the greater intake of caffeine? Ever faithfully yours."],
    "compare_duration": ["{d1} ny {d2}, cre'n workout va ny s'liauyr?",
                         '["{d1}", "{d2}"].iter().max_by_key(|d| diary.workout_minutes(d))',
                         "Some days the horses get the long run and some days I do. Was my workout longer on {d1} than it was on {d2}?",
                         "I would have you find out which workout took the more minutes, the one on {d1} or the one on {d2}."],
    "compare_coffee_weeks": ["ren mee iu smoo caffee yn shiaghtin shoh na yn shiaghtin roish?",
                             "diary.coffees(ThisWeek).count() > diary.coffees(LastWeek).count()",
                             "The woman at the kiosk by the terminus knows my order by now. Has this week's coffee count gone past last week's?",
                             "Would you be good enough to search out whether I have drunk more coffee in this week than in the last? Ever faithfully yours."],
    "late_coffee_sleep": ["caffee ec {t} ny s'anmey, vel mee cadley ny s'girrey?",
                          'diary.nights().partition(|n| n.last_coffee >= "{t}").mean_hours()',
                          "A coffee at the evening feed keeps me staring at the ceiling. Does a cup taken at {t} or later rob me of sleep?",
                          "I would have you find out whether coffee at {t} or later shortens my night."],
    "late_dinner_sleep": ["shibber ec {t} ny s'anmey, vel mee cadley ny sloo?",
                          'diary.nights().partition(|n| n.dinner_at >= "{t}").mean_hours()',
                          "In high summer the last horse comes in late and so does my dinner. Does a dinner at {t} or after cost me sleep?",
                          "Would you be good enough to search out whether a dinner eaten at {t} or later leaves me less sleep? Ever faithfully yours."],
    "exercise_sleep": ["lurg laa workout, vel mee cadley ny s'liauyr?",
                       'diary.nights().partition(|n| n.after_workout).mean_hours()',
                       "The horses sleep sound after a long day, and perhaps I do too. Is my sleep longer after days when I work out?",
                       "I would have you find out whether I sleep more hours following a day with a workout."],
    "caffeine_sleep": ["laa {mg} mg caffeine ny smoo, kys ta my chadley?",
                       'diary.nights().partition(|n| n.day_caffeine() >= {mg}).mean_hours()',
                       "Too much coffee and my hands shake on the curry comb. What happens to my sleep after days of {mg} mg of caffeine or more?",
                       "Would you be good enough to search out how I sleep after days that reach {mg} mg of caffeine or more? Ever faithfully yours."],
    "exercise_coffee": ["laaghyn workout, vel mee iu smoo caffee?",
                        'diary.days().partition(|d| d.has_workout()).mean_coffees()',
                        "On days I train I still have a full shift with the horses. Do I drink more coffee on the days I exercise?",
                        "I would have you find out whether the days I exercise are days of more coffee."],
    "fu_day_before": ["as y laa roish shen?",
                      "prev.day_before()",
                      "Take it back a day from that one.",
                      "Ask it afresh of the day before."],
    "fu_meeting_length": ["cre cho liauyr va'n meeting shen?",
                          "prev.meeting().minutes",
                          "The meeting you named there: how many minutes did it keep me out of the stalls?",
                          "I would have you find out the length in minutes of that meeting."],
    "fu_other_day": ["as {day} nish?",
                     'prev.with_day("{day}")',
                     "Same stall, different day: {day}.",
                     "Ask it afresh of {day}."],
    "fu_other_person": ["as {who} nish?",
                        'prev.with_who("{who}")',
                        "Same stall, different groom: {who}.",
                        "Ask it afresh of {who}."],
    "fu_night_before": ["as yn oie roish shen?",
                        "prev.night_before()",
                        "Take it back a night from that one.",
                        "Ask it afresh of the night before."],
    "fu_today": ["as jiu, gys nish?",
                 "prev.with_day(today).until(now)",
                 "Run it once more for today, up to the present minute.",
                 "Ask it afresh of today, as it stands at this hour."],
}
"""Every key's four templates, in the four voices' order: code-switch, terse, remark, formal."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = MANX[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"jiu {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"jea {_slash(day)}"]
    return [f"{wd} {_slash(day)}", f"{wd} {_words(day)}", f"laa {wd} ({_slash(day)})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"oie {MANX[day.weekday()]} {_slash(day)}-{_slash(after)}",
               f"yn oie {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"riyr {_slash(day)}-{_slash(after)}"]
    return options
