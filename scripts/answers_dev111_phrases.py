"""Question phrasings of the answers benchmark's one hundred and eleventh tuning set, ``dev111`` (docs/benchmarks.md, "Answers").

``dev111`` was the held-out set until 2026-12-06, when, after its measurement at 273c34f (grounded
accuracy 0.538; worst category follow_up 0.318; unsupported 0.004; abstention 0.909; p95 0.023 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev110``, answers_dev110_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young apprentice woodworker in a joinery at Disentis, in the Surselva, who types lower case,
  switching between English and Romansh (rumantsch, Switzerland's fourth national language, spoken
  in Graubünden; a Rhaeto-Romance language, whose close relatives are Ladin and Friulian, neither an
  earlier set's; Romance like several earlier sets' languages, but no dialect of any of them nor
  mutually intelligible with them) inside a sentence, in Latin letters without diacritics, in the
  written standard, Rumantsch Grischun. The Romansh here is the writer's own approximation from the
  language's commonest words (question words, today, yesterday, night, weekdays, meals, sleep, how
  many, where, who); no speaker has checked it. What the set tests is how the planner reads English
  mixed with a language it has never seen;
- an analyst who keeps his own logs in a search tool and types every question as one Splunk search
  (SPL): 'search sourcetype=... field="..." | table ...' for a value, '| stats count' for counts,
  '| stats sum(...)' for sums, '| stats avg(...)' for averages, '| stats earliest(...)' and
  'latest(...)' for firsts and lasts, '... OR ... | stats sum(...) by ...' for two compared, '| eval
  ...=if(...) | stats avg(hours) by ...' for habits, a subsearch in square brackets for a day named by
  what happened on it; no question mark of his own, no brace; his follow-ups run his last search
  again with one argument changed ('| savedsearch last shift_day=-1');
- a snowplough driver who keeps the Julier pass open in winter, who starts with a remark from his
  work (the plough and its blade and blower, the cab and its thermos, the depot and its canteen, the
  summit and the hospice, drifts, grit, closures and call-outs, the foreman) before he asks;
- a retired woodcarver in Ilanz, who writes formal sentences with formulas of his own: "I would be
  gratified to learn ...", often closed with "With the compliments of the season.", and his
  follow-ups "Pray extend the question to ...".

Of the Romansh words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept (listed in the commit that wrote this set); no other
module holds "Romansh", "rumantsch", "Graubünden", "Disentis", "Surselva", "Splunk", "sourcetype",
"savedsearch", "snowplough", "Julier", "woodcarver", "I would be gratified", "compliments of the
season" or "Pray extend", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev111 life lives in Europe/Zurich, the zone Switzerland keeps, in Graubünden, from Monday 29
December 2036 to 13 January 2037; Switzerland keeps Central European Time in winter and changes its
clocks only on the last Sundays of March and October (zoneinfo gives one offset over its 16 days),
so no clock changes inside it. Dates are written as people in Graubünden write them: day first,
with dots, both padded, and the year in full ("29.12.2036"), or the day and month alone the same way
("29.12"), sometimes with slashes instead ("29/12", "29/12/2036"), as people type them in messages;
in words the day's number before the month, in English ("29 December"), with the year after them for
a day that may lie outside the life ("29 December 2036"). Weekdays are in Romansh, with capitals:
"Glindesdi" for Monday, "Mardi", "Mesemna", "Gievgia", "Venderdi", "Sonda" and "Dumengia" for Sunday:
a day as its weekday, "ils" (the) and the dotted day ("Glindesdi ils 29.12"), as the slashed day and
its weekday in brackets ("29/12 (Glindesdi)"), as its weekday and the date in words ("Glindesdi 29
December"), or as "il di" (the day), its weekday and the dotted day ("il di Glindesdi 29.12"); for a
day that may lie outside the life always with the year ("Glindesdi ils 29.12.2036", "29/12/2036
(Glindesdi)", or "Glindesdi 29 December 2036"); today and yesterday alone, or as "oz ils" (today, the)
and "ier ils" (yesterday, the) with the dotted day after them. A night is named as "la notg da" (the
night of), the weekday it starts on and its two dotted days ("la notg da Glindesdi 29.12-30.12"), or
as "la notg dals" and the date in words ("la notg dals 29 December"); last night alone, "last
night", or as "ier notg" with its two dotted days. No day's name ends in a dot, so that no question
ends in two dots. Workouts are named with places in Graubünden: along the Rhine at Ilanz, up through
the Ruinaulta gorge, round the Caumasee; over the Albula pass, down the Engadin to Scuol, out to
Savognin; at the indoor pool in Davos and in the baths at Scuol; a hall in Thusis and a studio in
Samedan; a bouldering hall in Landquart and an indoor wall in Poschiavo.
"""


from __future__ import annotations

from datetime import date, timedelta

ROMANSH = ("Glindesdi", "Mardi", "Mesemna", "Gievgia", "Venderdi", "Sonda", "Dumengia")
"""Romansh weekdays (Rumantsch Grischun) as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Rhine at Ilanz", "run up through the Ruinaulta gorge", "run round the Caumasee"),
         "cycle": ("ride over the Albula pass", "ride down the Engadin to Scuol", "ride out to Savognin"),
         "swim": ("swim at the indoor pool in Davos", "swim in the baths at Scuol"),
         "yoga": ("yoga class in a hall in Thusis", "yoga session at a studio in Samedan"),
         "climb": ("climb at a bouldering hall in Landquart", "climb at an indoor wall in Poschiavo")}
"""What this set's questions call a workout of each activity: places in Graubünden."""

PHRASES: dict[str, list[str]] = {
    "book": ["tge cudesch m'ha {who} recumanda da leger, tge titel?",
             "search sourcetype=recs from=\"{who}\" medium=book | table title",
             "Ploughing the Julier at night leaves long waits in the depot canteen. Which book did {who} tell me to bring along for those?",
             "I would be gratified to learn which book {who} commended to me. With the compliments of the season."],
    "film": ["{who} ha ditg che jau stoppia guardar in film, tge film exact?",
             "search sourcetype=recs from=\"{who}\" medium=film | table title",
             "When the pass is shut I sit out the storm with films in the plough cab. Which film did {who} rate highly to me?",
             "I would be gratified to learn which film {who} was so good as to recommend to me."],
    "offsite": ["nua ha {who} spusta l'offsite, in which town now?",
                "search sourcetype=events event=offsite changed_by=\"{who}\" | head 1 | table town",
                "A snow closure moves every plan on the mountain. Which town did the offsite end up in after {who} moved it?",
                "I would be gratified to learn the town to which {who} has removed the offsite. With the compliments of the season."],
    "restaurant": ["quala ustaria ha {who} luda, tge num ha ella?",
                   "search sourcetype=recs from=\"{who}\" medium=restaurant | table name",
                   "The only hot food on the Julier is the soup at the hospice. Which restaurant has {who} been talking up to the whole crew?",
                   "I would be gratified to learn the name of the restaurant {who} recommended so warmly."],
    "flight": ["cura atterra l'aviun da {who}, a tge ura?",
               "search sourcetype=flights passenger=\"{who}\" | table arrival_time",
               "Flights into Zurich get held when the fog sits low like our drifts. When is the plane with {who} on board meant to touch down?",
               "I would be gratified to learn at what hour the aircraft bearing {who} is to arrive. With the compliments of the season."],
    "dog": ["{who} ha in chaunet nov, tge num ha el?",
            "search sourcetype=pets owner=\"{who}\" species=dog age_months<12 | table name",
            "Dogs love chasing the plough blade along the verge. What is the new puppy that {who} got called?",
            "I would be gratified to learn the name bestowed on the puppy of {who}."],
    "launch": ["{who} ha spusta il launch da {project}, sin tge di now?",
               "search sourcetype=launches project=\"{project}\" changed_by=\"{who}\" | table new_date",
               "Our spring reopening of the pass slips every year. The {project} launch has slipped as well, thanks to {who}. Which date is it now?",
               "I would be gratified to learn the date to which {who} postponed the launch of {project}. With the compliments of the season."],
    "age": ["quants onns vegn la figlia da {who} al proxim anniversari?",
            "search sourcetype=family parent=\"{who}\" relation=daughter | eval next_age=age+1 | table next_age",
            "My own girl is too young to ride in the plough cab yet. What age will the daughter of {who} be at her coming birthday?",
            "I would be gratified to learn what age the daughter of {who} attains at her approaching birthday."],
    "podcast": ["{who} m'ha recumanda in podcast, tge podcast?",
                "search sourcetype=recs from=\"{who}\" medium=podcast | table title",
                "The radio dies halfway up the pass, so I keep episodes on my phone. Which podcast did {who} reckon I'd like for the long climbs?",
                "I would be gratified to learn which podcast {who} advised me to hear. With the compliments of the season."],
    "breakfast_food": ["{day} tge hai jau mangia a l'ensolver?",
                       "search sourcetype=meals meal=breakfast day=\"{day}\" | table food",
                       "Breakfast gets eaten at four before the first run over the summit. What was on my plate for it {day}?",
                       "I would be gratified to learn of what my breakfast consisted {day}."],
    "lunch_food": ["{day} tge hai jau mangia a gentar?",
                   "search sourcetype=meals meal=lunch day=\"{day}\" | table food",
                   "Midday on a plough shift is whatever is in the bag behind the seat. What was lunch made up of {day}?",
                   "I would be gratified to learn of what my luncheon consisted {day}. With the compliments of the season."],
    "dinner_food": ["{day} tge hai jau mangia a tschaina?",
                    "search sourcetype=meals meal=dinner day=\"{day}\" | table food",
                    "After a long shift clearing drifts anything hot will do. What did I end up eating in the evening {day}?",
                    "I would be gratified to learn of what my evening meal consisted {day}."],
    "lunch_place": ["{day} nua hai jau mangia gentar?",
                    "search sourcetype=meals meal=lunch day=\"{day}\" | table place",
                    "Sometimes I lunch in the depot, sometimes at the hospice at the top. Where did I sit down for lunch {day}?",
                    "I would be gratified to learn the establishment at which I took luncheon {day}. With the compliments of the season."],
    "dinner_place": ["{day} nua hai jau fatg tschaina?",
                     "search sourcetype=meals meal=dinner day=\"{day}\" | table place",
                     "On quiet evenings I eat down in the village instead of the depot. Where did I have my dinner {day}?",
                     "I would be gratified to learn at which table I sat for dinner {day}."],
    "workout_kind": ["{day} tge sport hai jau fatg?",
                     "search sourcetype=workouts day=\"{day}\" | table activity",
                     "Hours in the cab leave my back like a plank. Which kind of training did I fit in {day}?",
                     "I would be gratified to learn in what exercise I was engaged {day}. With the compliments of the season."],
    "heart_rate": ["{day} il {noun}, tge heart rate aveva jau en media?",
                   "search sourcetype=workouts session=\"{noun}\" day=\"{day}\" | stats avg(bpm)",
                   "The depot doctor checks our pulse before every winter. What did my pulse average out at during the {noun} {day}?",
                   "I would be gratified to learn the average rate of my heart across the {noun} {day}."],
    "sleep_quality": ["{night} hai jau durmi bain u mal?",
                      "search sourcetype=sleep night=\"{night}\" | table quality",
                      "A call-out for fresh snow can come at any hour. Did I get a decent night or a restless one {night}?",
                      "I would be gratified to learn whether my repose was good or poor {night}. With the compliments of the season."],
    "sleep_night": ["{night} quantas uras hai jau durmi?",
                    "search sourcetype=sleep night=\"{night}\" | stats sum(hours)",
                    "On storm nights the phone by the bed rings before midnight. How many hours of sleep did I snatch {night}?",
                    "I would be gratified to learn the total of hours I slept {night}."],
    "exercise_duration": ["{day} il {noun}, quants minutes ha el dura?",
                          "search sourcetype=workouts session=\"{noun}\" day=\"{day}\" | stats sum(minutes)",
                          "Clearing the summit stretch takes about forty minutes with the blower. How many minutes did the {noun} take up {day}?",
                          "I would be gratified to learn the duration in minutes of the {noun} {day}. With the compliments of the season."],
    "meeting_duration": ["{day} la sesida {title}, quants minutes?",
                         "search sourcetype=meetings title=\"{title}\" day=\"{day}\" | stats sum(minutes)",
                         "Winter service briefings at the depot drag on over cold coffee. How many minutes of my shift did the {title} eat up {day}?",
                         "I would be gratified to learn for how many minutes the {title} ran {day}."],
    "distance_run": ["{day} quants km sun jau curri?",
                     "search sourcetype=workouts activity=run day=\"{day}\" | stats sum(km)",
                     "In summer I run the pass road I plough in winter. What distance in km did I run {day}?",
                     "I would be gratified to learn how many kilometres I covered running {day}. With the compliments of the season."],
    "distance_cycle": ["{day} quants km cun il velo?",
                       "search sourcetype=workouts activity=cycle day=\"{day}\" | stats sum(km)",
                       "Cyclists curse the grit we leave on the road every spring. How far did I ride in km {day}?",
                       "I would be gratified to learn how many kilometres I rode upon my bicycle {day}."],
    "distance_swim": ["{day} quants meters hai jau nuda?",
                      "search sourcetype=workouts activity=swim day=\"{day}\" | stats sum(metres)",
                      "Warm water is the cure for a night of cold steering wheels. How many metres of lengths did I swim off the cold {day}?",
                      "I would be gratified to learn the number of metres I swam {day}. With the compliments of the season."],
    "attendees": ["{day} tgi era a la sesida {title}?",
                  "search sourcetype=meetings title=\"{title}\" day=\"{day}\" | table attendees",
                  "Half the crew is usually still out on the roads during meetings. Which of the crew turned up to the {title} {day}?",
                  "I would be gratified to learn the names of those who attended the {title} {day}."],
    "coffee_count": ["{day} quants cafes hai jau bavi?",
                     "search sourcetype=drinks drink=coffee day=\"{day}\" | stats count",
                     "The thermos in the cab holds three cups and never lasts the shift. What number of coffees did I get through {day}?",
                     "I would be gratified to learn how many cups of coffee I drank {day}. With the compliments of the season."],
    "caffeine": ["{day} quant mg caffeine en total?",
                 "search sourcetype=drinks day=\"{day}\" | stats sum(caffeine_mg)",
                 "Night ploughing runs on caffeine more than on diesel. Counting every cup from the thermos and elsewhere, what mg of caffeine went through me {day}?",
                 "I would be gratified to learn how many milligrams of caffeine passed my lips {day}."],
    "meeting_count": ["{day} quantas sesidas hai jau gia?",
                      "search sourcetype=meetings day=\"{day}\" | stats count",
                      "The office only calls us in when the forecast turns bad. How many meetings did I have to attend {day}?",
                      "I would be gratified to learn the number of meetings I attended {day}. With the compliments of the season."],
    "km_week": ["quest'emna quants km {activity} hai jau fatg?",
                "search sourcetype=workouts activity=\"{activity}\" earliest=@w1 | stats sum(km)",
                "The depot logs the kilometres each plough clears per week, so I keep a log of mine too. What does my {activity} come to in km since Monday?",
                "I would be gratified to learn the kilometres of {activity} I have done since this week began."],
    "workouts_week": ["quest'emna quantas giadas hai jau fatg sport?",
                      "search sourcetype=workouts earliest=@w1 | stats count",
                      "Shift weeks leave little room for the gym. How many sessions of exercise have I got in since Monday?",
                      "I would be gratified to learn how many times I have exercised since this week began. With the compliments of the season."],
    "first_coffee": ["{day} cura hai jau bavi l'emprim cafe?",
                     "search sourcetype=drinks drink=coffee day=\"{day}\" | stats earliest(time)",
                     "The first coffee comes out of the thermos before the engine is warm. What time was it poured {day}?",
                     "I would be gratified to learn the hour of my earliest cup of coffee {day}."],
    "last_coffee": ["{day} cura hai jau bavi l'ultim cafe?",
                    "search sourcetype=drinks drink=coffee day=\"{day}\" | stats latest(time)",
                    "The last cup of the day I drink while the plough is being refuelled. At what hour did I drink that one {day}?",
                    "I would be gratified to learn the hour of my final cup of coffee {day}. With the compliments of the season."],
    "first_meeting": ["{day} cura ha cumenza l'emprima sesida?",
                      "search sourcetype=meetings day=\"{day}\" | stats earliest(start)",
                      "The foreman likes a word with the crew before the roads open. When did the first meeting get going {day}?",
                      "I would be gratified to learn at what hour the first of my meetings began {day}."],
    "wake": ["{day} cura sun jau sa dasda?",
             "search sourcetype=sleep woke_on=\"{day}\" | table wake_time",
             "On snow days the alarm goes before the village bakery opens. At what hour did the alarm drag me out {day}?",
             "I would be gratified to learn the hour of my waking {day}. With the compliments of the season."],
    "bedtime": ["{night} a tge ura sun jau i en letg?",
                "search sourcetype=sleep night=\"{night}\" | table bed_time",
                "If the forecast is clear I can turn in early for once. What time did I crawl under the covers {night}?",
                "I would be gratified to learn the hour at which I retired {night}."],
    "dinner_on_distance": ["il di che jau hai {past} {km} km, tge era la tschaina?",
                           "search sourcetype=meals meal=dinner [search sourcetype=workouts verb=\"{past}\" km={km} | fields day] | table food",
                           "Kilometres under my own legs count for more than kilometres in the cab. What did I eat in the evening after I {past} {km} km?",
                           "I would be gratified to learn what I dined on the day I {past} {km} km. With the compliments of the season."],
    "meeting_after_workout": ["{day} suenter il {noun}, tgi era a la sesida?",
                              "search sourcetype=meetings day=\"{day}\" after_workout=\"{noun}\" | table attendees",
                              "I often go straight from training to the depot without a shower. Which people were at the meeting that came after the {noun} {day}?",
                              "I would be gratified to learn who attended the meeting held after the {noun} {day}."],
    "lunch_on_meeting_day": ["il di da la {title}, nua hai jau mangia gentar?",
                             "search sourcetype=meals meal=lunch [search sourcetype=meetings title=\"{title}\" | fields day] | table place",
                             "Meetings down in the valley mean lunch away from the depot. Where did I get lunch on the day of the {title}?",
                             "I would be gratified to learn where I took luncheon on the day of the {title}. With the compliments of the season."],
    "sleep_after_meeting": ["suenter la {title}, quantas uras hai jau durmi quella notg?",
                            "search sourcetype=sleep [search sourcetype=meetings title=\"{title}\" | fields night] | stats sum(hours)",
                            "A tense meeting keeps me awake worse than a blizzard. How many hours of sleep did I get the night after the {title}?",
                            "I would be gratified to learn the hours of rest granted me on the night that followed the {title}."],
    "dinner_on_said_day": ["il di che {who} ha discurri da {value}, tge era la tschaina?",
                           "search sourcetype=meals meal=dinner [search sourcetype=talk speaker=\"{who}\" \"{value}\" | fields day] | table food",
                           "People talk about all sorts in the depot while the kettle boils. {who} went on about {value} once. What did I have to eat in the evening of that day?",
                           "I would be gratified to learn what I dined on the day {who} spoke of {value}. With the compliments of the season."],
    "compare_sleep": ["{n1} u {n2}, cura hai jau durmi dapli?",
                      "search sourcetype=sleep night=\"{n1}\" OR night=\"{n2}\" | stats sum(hours) by night",
                      "Call-outs cut nights short without warning. Was I asleep longer {n1} or was it {n2}?",
                      "I would be gratified to learn whether {n1} afforded me longer sleep than {n2}."],
    "compare_caffeine": ["{d1} u {d2}, cura hai jau gia dapli caffeine?",
                         "search sourcetype=drinks day=\"{d1}\" OR day=\"{d2}\" | stats sum(caffeine_mg) by day",
                         "Some shifts the thermos gets refilled twice. Was there more caffeine in me {d1} than {d2}?",
                         "I would be gratified to learn whether I took more caffeine {d1} than {d2}. With the compliments of the season."],
    "compare_duration": ["{d1} u {d2}, cura hai jau fatg sport pli ditg?",
                         "search sourcetype=workouts day=\"{d1}\" OR day=\"{d2}\" | stats sum(minutes) by day",
                         "When the snow stops I finally have time to train. Did I train for longer {d1} than I did {d2}?",
                         "I would be gratified to learn whether my exercise took more time {d1} than {d2}."],
    "compare_coffee_weeks": ["quest'emna dapli cafe che l'emna passada?",
                             "search sourcetype=drinks drink=coffee earliest=-1w@w1 | stats count by week",
                             "Bad weather weeks are thermos weeks. Has this week seen more coffee from me than last week did?",
                             "I would be gratified to learn whether I have drunk more coffee this week than in the one before it. With the compliments of the season."],
    "late_coffee_sleep": ["sch'jau bav cafe suenter {t}, dorm jau damain?",
                          "search sourcetype=nights | eval late=if(last_coffee>=\"{t}\",1,0) | stats avg(hours) by late",
                          "Night crews drink coffee at hours others are asleep. If my last cup is at {t} or later, is my night any shorter?",
                          "I would be gratified to learn whether coffee taken at {t} or after reduces my sleep."],
    "late_dinner_sleep": ["sch'jau mang tschaina suenter {t}, dorm jau damain?",
                          "search sourcetype=nights | eval late=if(dinner_time>=\"{t}\",1,0) | stats avg(hours) by late",
                          "After an evening on the pass the meal often comes very late. Is my sleep shorter when dinner is at {t} or later?",
                          "I would be gratified to learn whether dining at {t} or after reduces my sleep. With the compliments of the season."],
    "exercise_sleep": ["ils dis cun sport, dorm jau dapli la notg?",
                       "search sourcetype=nights | stats avg(hours) by trained",
                       "A hard session tires me differently from a hard shift. After days with training, do I sleep for longer?",
                       "I would be gratified to learn whether days with exercise bring me more sleep."],
    "caffeine_sleep": ["cun {mg} mg caffeine u dapli, co dorm jau?",
                       "search sourcetype=nights | eval heavy=if(caffeine_day>={mg},1,0) | stats avg(hours) by heavy",
                       "On blizzard days the caffeine adds up fast. How is my sleep after days of {mg} mg of caffeine or more?",
                       "I would be gratified to learn how I sleep after days on which I take {mg} mg of caffeine or more. With the compliments of the season."],
    "exercise_coffee": ["ils dis cun sport, bav jau dapli cafe?",
                        "search sourcetype=days | stats avg(cups) by trained",
                        "Training days make me reach for the thermos more, or so it seems. When I have trained that day, does the thermos empty faster?",
                        "I would be gratified to learn whether my coffee rises on those days on which I take exercise."],
    "fu_day_before": ["e il di avant?",
                      "| savedsearch last shift_day=-1",
                      "Back one day on the road, please.",
                      "Pray extend the question to the day before."],
    "fu_meeting_length": ["e quella sesida, quants minutes?",
                          "search sourcetype=meetings id=$prev.id$ | stats sum(minutes)",
                          "Nobody at the depot watches the clock in meetings. For how many minutes did that one last?",
                          "I would be gratified to learn the length in minutes of that meeting. With the compliments of the season."],
    "fu_other_day": ["e {day} lura?",
                     "| savedsearch last day=\"{day}\"",
                     "Put {day} in its place and ask it over.",
                     "Pray extend the question to {day}."],
    "fu_other_person": ["e {who} lura?",
                        "| savedsearch last who=\"{who}\"",
                        "Put {who} in my place and ask it over.",
                        "Pray extend the question to {who}."],
    "fu_night_before": ["e la notg avant?",
                        "| savedsearch last shift_night=-1",
                        "Back one night on the road, please.",
                        "Pray extend the question to the night before."],
    "fu_today": ["ed oz, fin ussa?",
                 "| savedsearch last day=today latest=now",
                 "Put today in its place, counting only what has happened yet, and ask it over.",
                 "Pray extend the question to today, so far as it has run."],
}
"""Every key's four templates, in the four voices' order: code-switch, terse, remark, formal."""


def _full(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _dots(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = ROMANSH[day.weekday()]
    if absolute:
        return [f"{wd} ils {_full(day)}", f"{_slash(day)}/{day.year} ({wd})", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"oz ils {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"ier ils {_dots(day)}"]
    return [f"{wd} ils {_dots(day)}", f"{_slash(day)} ({wd})", f"{wd} {_words(day)}", f"il di {wd} {_dots(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"la notg da {ROMANSH[day.weekday()]} {_dots(day)}-{_dots(after)}",
               f"la notg dals {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"ier notg {_dots(day)}-{_dots(after)}"]
    return options
